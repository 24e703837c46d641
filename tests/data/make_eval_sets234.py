#!/usr/bin/env python3
"""Write the blind evaluation set holdout234 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets234.py
Theme: the Levant and Iraq (18 January - 22 February 2021).  Iraq with the Kurdistan Region, Syria, Lebanon, Jordan
and Palestine: a refugee-led organisation in East Amman, a union of municipalities in the Bekaa, humanitarian NGOs in
Beirut, Tripoli, Damascus and Mosul, an IDP camp committee south of Mosul writing through the chairman's son, a
Kurdish women's association in Sulaymaniyah, a Palestinian workers' rights centre in Nablus, a committee of the
Jordan Bar Association, a Lebanese university legal clinic and Lebanese associations writing in French.
Levantine and Iraqi colloquial Arabic ('شلونكم', 'يحچي', 'ربطاً', 'م / '), English from NGO staff, French from
Lebanese writers; roundtables asked for in words ('roundtable three', 'الطاولة المستديرة الثالثة', 'la 4e table
ronde'); a speaker replaced by a colleague, a request withdrawn, two late requests (one trusting the Arabic letter's
misprinted date), a late report, a report pasted in the body, a nomination made only in an attached form, an
out-of-office in Arabic and one in French, a mailbox-full bounce.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid

SET = EvalSet(234)
add = SET.add
H = "h234-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3608.120.23.2.4)"
YAHOO = "WebService/1.1.17648 YMailNorrin"


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp7a2e41c0yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


# ================================================================ 01  EN  speaker  refugee-led organisation in East Amman, 'roundtable three'
M01_ID = "<CAKr4vN8qW2mT6xB+h1Zp9Lc3sD7eYf0gJ5@mail.gmail.example.com>"
M01_SUBJ = "Request to speak - Rawasi Refugee-Led Organisation (Amman)"
M01_TEXT = """Dear colleagues at the GCM regional review secretariat,

Good morning and thank you for sharing the invitation with refugee-led groups, it is not often that we are invited directly.

Rawasi Refugee-Led Organisation (RRLO) was started in 2016 in East Amman by Syrian refugees, and today our volunteers are Syrian, Iraqi, Sudanese and Yemeni. We run homework clubs, a legal orientation desk with volunteer lawyers, and a WhatsApp hotline in Arabic for families who have problems with work permits or with renewing their MoI cards.

We would like to request a floor intervention in roundtable three for our co-founder and board member Omar Yaseen Al-Masalmeh (عمر ياسين المسالمة). Omar arrived from Daraa in 2013, worked four seasons in the farms of the Jordan Valley on a flexible work permit, and he knows better than anyone what the permit system means for refugee workers. We feel this voice is missing from most of these meetings.

He prefers to speak in Arabic if interpretation is available.

Thanks a lot and have a nice week,

Lubna Hijazi
Programme Coordinator | Rawasi Refugee-Led Organisation (RRLO)
Jabal Al-Nuzha, Amman - Jordan
+962 7 9000 0000
"""


def m01():
    when = at("2021-01-18 10:14:22")
    body = alt(M01_TEXT, "0000000000007c2e9105b9276a41", html=gmail_html(M01_TEXT))
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f43.google.example.com", "192.0.2.43", "4DKbT71xRqz5",
           "Lubna Hijazi <lubna.rawasi.rlo@gmail.example.com>", M01_SUBJ, M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Omar Yaseen Al-Masalmeh", "co-founder and board member", "Rawasi Refugee-Led Organisation (RRLO)",
           ["roundtable"], 3)],
        notes="refugee-led organisation in East Amman, sent in January (long before the deadline); the roundtable "
              "is written as a word ('roundtable three'); the speaker's name is followed by its Arabic spelling in "
              "brackets (recorded in the Latin form of this English mail); title in lower case as written ('our "
              "co-founder and board member'); 'from Daraa' and 'the Jordan Valley' are his story, not an "
              "affiliation; the interpretation wish is not a role. The sender is not the speaker. Withdrawn by "
              "h234-18."))


# ================================================================ 02  AR  report  union of municipalities in the Bekaa, Outlook, report DOCX + cover letter
M02_ID = "<DB9PR02MB7163A4E2C8F10D95@DB9PR02MB7163.eurprd02.prod.outlook.example.com>"
M02_SUBJ = "التقرير الطوعي لاتحاد بلديات السهل الأوسط حول تنفيذ الاتفاق العالمي للهجرة"
M02_QID = "4DLm0S2wQpz8"
M02_FILE = "التقرير الطوعي - اتحاد بلديات السهل الأوسط 2021.docx"
M02_LETTER = "كتاب التغطية موقّع.pdf"


def m02():
    when = at("2021-01-21 11:02:37")
    text = """حضرة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

الموضوع: التقرير الطوعي لاتحاد بلديات السهل الأوسط – البقاع
المرجع: دعوتكم للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية

بتكليف من رئيس الاتحاد، نرسل إليكم ربطاً التقرير الطوعي الذي أعدّه الاتحاد حول تنفيذ الاتفاق العالمي على مستوى البلديات الإحدى عشرة الأعضاء، مع كتاب التغطية الموقّع من حضرة الرئيس.

يتناول التقرير الضغط على البنى التحتية والخدمات البلدية (المياه، النفايات الصلبة، الصرف الصحي) في ظل وجود ما يزيد على ستين ألف نازح سوري ضمن نطاق الاتحاد، وتنظيم العمالة الزراعية الموسمية، وتجربة الشرطة البلدية في إحصاء المقيمين، وأثر الأزمة الاقتصادية وجائحة كورونا على العلاقة بين المجتمع المضيف والنازحين.

نأمل إفادتنا بالاستلام.

وتفضلوا بقبول فائق الاحترام،

ريتا جوزيف البيطار
رئيسة وحدة التنمية المحلية والمشاريع
اتحاد بلديات السهل الأوسط
شتورا – البقاع، لبنان
هاتف: 000000 8 961+
"""
    doc = make_docx(["اتحاد بلديات السهل الأوسط – البقاع", "التقرير الطوعي حول تنفيذ الاتفاق العالمي للهجرة",
                     "1. نطاق الاتحاد والبلديات الأعضاء", "2. الخدمات البلدية والبنى التحتية",
                     "3. العمالة الزراعية الموسمية", "4. الشرطة البلدية وإحصاء المقيمين", "5. التوصيات"])
    letter = make_pdf(["Union of Central Plain Municipalities - Bekaa", "Ref. 27/2021  Chtaura, 20 January 2021",
                       "To: GCM Regional Review Secretariat", "Subject: Voluntary report (cover letter)",
                       "Signed: the President of the Union"])
    a = alt(text, "_000_DB9PR02MB7163A4E2C8F10D95_", html=outlook_html(text, lang="AR-LB", rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M02_FILE), attach("application/pdf", letter, M02_LETTER)],
                 "_004_DB9PR02MB7163A4E2C8F10D95_")
    m = mk(when, sent_at(when, 2, 8), "mail-db9eur02on0615.outbound.protection.outlook.example.com",
           "198.51.100.115", M02_QID, addr("Rita El Bitar", "r.bitar@cpmu-bekaa.example.org"), hdr(M02_SUBJ),
           M02_ID, body, cc=addr("م. طوني فؤاد الخوري", "president@cpmu-bekaa.example.org"),
           extra=outlook(hdr(M02_SUBJ), "AdbvZ2Kq8Tn4Wc6Xe0Ry2Ui4Op6As8Df==", lang="ar-LB", has_attach="yes"))
    add(2, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M02_FILE],
        notes="union of municipalities in the Bekaa, formal Lebanese administrative Arabic ('الموضوع / المرجع', "
              "'ربطاً'); two attachments with Arabic names (RFC 2231 + RFC 2047): the DOCX is the report, the "
              "signed cover letter PDF is not part of it. The head of unit who signs is not a speaker; the "
              "president is in Cc and his out-of-office answers our acknowledgement (h234-03). Latin From name."))


# ================================================================ 03  AR  auto_reply  the president's out-of-office on our acknowledgement of 02
def m03():
    when = at("2021-01-21 11:03:49")
    ack = ack_mid(M02_QID)
    text = """شكراً لرسالتكم.

أنا خارج المكتب حتى يوم الاثنين 1 شباط 2021 لمتابعة اجتماعات لجنة الطوارئ الخاصة بجائحة كورونا في البلديات الأعضاء، ولن أتمكن من الرد على البريد الإلكتروني بانتظام.
للأمور العاجلة يرجى التواصل مع السيدة ريتا البيطار على العنوان r.bitar@cpmu-bekaa.example.org أو على الرقم 000000 8 961+.

I am out of the office until Monday 1 February 2021. For urgent matters please contact Ms Rita El Bitar.

م. طوني فؤاد الخوري
رئيس اتحاد بلديات السهل الأوسط
"""
    body = alt(text, "_000_DB9PR02MB7163OOF4F1C2B7A_", html=outlook_html(text, lang="AR-LB", rtl=True), b64=True)
    subj = hdr("رد تلقائي: إشعار استلام - " + M02_SUBJ)
    rows = exch_ooo(when, "mail-db9eur02on0615.outbound.protection.outlook.example.com", "198.51.100.115",
                    "4DLm1B7vHtz2", addr("م. طوني فؤاد الخوري", "president@cpmu-bekaa.example.org"),
                    "<DB9PR02MB71637C0B51E6F2A8@DB9PR02MB7163.eurprd02.prod.outlook.example.com>", subj,
                    hdr("إشعار استلام - " + M02_SUBJ), M02_ID, ack, "ar-LB", (2, 2))
    add(3, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic Exchange out-of-office ('رد تلقائي:') of the union's president, in Cc of h234-02, answering "
              "our acknowledgement a minute later (References also name h234-02); it carries a date, a phone "
              "number, a colleague's name and a signature with a title, and an English line. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 04  FR  speaker  Lebanese university legal clinic, Thunderbird, two speakers, 'la 4e table ronde'
M04_ID = "<b3e9f0c1-7a24-4d6e-9c58-2f1a8e6d4b70@ustb.example.edu.lb>"
M04_SUBJ = "Demande d'intervention - Clinique juridique de la Faculté de droit (USTB)"


def m04():
    when = at("2021-01-26 16:47:05")
    text = """Madame, Monsieur,

Je me permets de vous écrire au nom de la Clinique juridique des droits des personnes migrantes (CJDPM) de la Faculté de droit et des sciences politiques de l'Université Sainte-Thècle de Beyrouth (USTB).

Depuis 2017, nos étudiants de Master 2, encadrés par des avocats inscrits au Barreau de Beyrouth, accompagnent gratuitement des travailleuses domestiques migrantes et des réfugiés dans leurs démarches : litiges avec les employeurs, régularisation du séjour auprès de la Sûreté générale, enregistrement des naissances. Nous avons suivi plus de 900 dossiers l'an dernier, malgré la fermeture des tribunaux pendant le confinement.

Nous souhaiterions proposer deux intervenantes :

- Pr Nadine Bteich-Azar, professeure de droit international public et directrice de la Clinique, pour une intervention dans la 4e table ronde ;
- Mlle Yara Bou Khalil, étudiante en Master 2 Droits de l'homme, bénévole à la Clinique depuis 2019, pour la discussion ouverte de la consultation multipartite du 23 février.

Il nous semble important qu'une étudiante puisse témoigner de ce que voient les jeunes juristes sur le terrain.

Je reste à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

-- 
Me Karim Nahas
Avocat au Barreau de Beyrouth
Superviseur pédagogique - Clinique juridique (CJDPM)
Faculté de droit et des sciences politiques - USTB
Rue de Damas, Beyrouth
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 2, 7), "smtp.ustb.example.edu.lb", "203.0.113.58", "4DPq6Y3nWkz1",
           "Karim Nahas <karim.nahas@ustb.example.edu.lb>", hdr(M04_SUBJ, enc="Q"), M04_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    cl = ("Clinique juridique des droits des personnes migrantes (CJDPM) de la Faculté de droit et des sciences "
          "politiques de l'Université Sainte-Thècle de Beyrouth (USTB)")
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadine Bteich-Azar", "professeure de droit international public et directrice de la Clinique", cl,
           ["roundtable"], 4),
        sp("Yara Bou Khalil", "étudiante en Master 2 Droits de l'homme", cl, ["open_discussion"])],
        notes="Lebanese university legal clinic, Thunderbird format=flowed, 8bit; two speakers on '- ' lines in "
              "prose ('Pr', 'Mlle' dropped; hyphenated married name kept whole); 'la 4e table ronde' = 4; the "
              "student's title is her degree course, 'bénévole à la Clinique depuis 2019' describes her; the "
              "affiliation is the clinic with its faculty and university as written in the first sentence "
              "(both acronyms). The sender, 'Me' in the signature, is not a speaker. The clinic's late report "
              "is h234-23."))


# ================================================================ 05  EN  other  Beirut humanitarian NGO: logistics questions, unnamed director
M05_TEXT = """Dear GCM Regional Review team,

I hope this email finds you well.

My colleagues and I at Wellspring Humanitarian Action received the invitation through a partner's mailing list, and we have a few practical questions before we decide how to take part:

1. Will the multi-stakeholder consultation on 23 February and the Conference on 24-25 February be held fully online, or is there an in-person component in Beirut?
2. Do participants who are not speakers need to register, and if so, is there a link?
3. Is there a limit to the number of participants per organisation?

Our Country Director may also want to request a speaking slot. I will come back to you on this before the 5 February deadline once she has confirmed her availabilty.

Many thanks in advance,

Lara Ghanem
Protection Coordinator – Migrant Workers Programme
Wellspring Humanitarian Action (WHA) | Lebanon Country Office
Sin el Fil, Beirut, Lebanon
M: +961 3 000 000

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. WHA accepts no liability for any damage caused by viruses transmitted by this e-mail.
"""


def m05():
    when = at("2021-01-29 09:51:30")
    subj = "Query: format of the 23 Feb consultation and registration"
    a = alt(M05_TEXT, "_000_VI1PR08MB4412D7B3E9A1C560_", html=outlook_html(M05_TEXT, lang="EN-GB"))
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur08on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4DRx5Q0pLmz3", "Lara Ghanem <lara.ghanem@wellspring-ha.example.org>", subj,
           "<VI1PR08MB4412D7B3E9A1C560@VI1PR08MB4412.eurprd08.prod.outlook.example.com>", a,
           extra=outlook(subj, "AdbyT3Rw5Yx7Ui9Op1As3Df5Gh7Jk9Lq==", lang="en-GB"))
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics questions (online or in person, registration, participants per organisation) from a "
              "Beirut humanitarian NGO; the Country Director 'may also want to request a speaking slot' but is "
              "not named and nothing is requested yet; the signature's title with its unit ('Protection "
              "Coordinator – Migrant Workers Programme') is the sender's, not a speaker's; typo 'availabilty'; "
              "long disclaimer. The same sender asks again on 22 February (h234-24)."))


# ================================================================ 06  AR  speaker  IDP camp committee south of Mosul, the chairman's son writes, Iraqi dialect, phone
M06_ID = "<CAOq2sH7vT9kW4nR+c6Mx1Bz8pL3dYf5eKa@mail.gmail.example.com>"
M06_SUBJ = "طلب مشاركة لجنة مخيم الجدعة"
M06_QID = "4DTh9Q4cVnz6"


def m06():
    when = at("2021-02-01 12:18:44")
    text = """السلام عليكم ورحمة الله
شلونكم ان شاء الله بخير

اني احمد صالح حسين، ابن الحجي صالح رئيس لجنة ادارة المخيم بمخيم الجدعة 5 بالقيارة جنوب الموصل. ابوية ماعنده ايميل فدا اكتبلكم من ايميلي بطلب منه.

وصلتنا الدعوة عن طريق منظمة تشتغل وية النازحين بالمخيم. احنا هسه بالمخيم بحدود 1600 عائلة نازحة من الحضر والبعاج وتلعفر، والحكومة دا تسكر المخيمات وهواية عوايل ماعدها مكان ترجعله، بيوتهم مهدمة وماكو شغل ولا اوراق ثبوتية.

ابوية يريد يشارك ويحچي عن وضع العوايل النازحة بالطاولة المستديرة الثالثة، وهذه معلوماته:

الاسم: الحجي صالح حسين علي الجبوري
الصفة: رئيس اللجنة
الجهة: لجنة ادارة مخيم الجدعة 5 - القيارة

اذا تحتاجون اي شي ثاني اتصلو بية على الرقم 07700000000 (واتساب)

وشكرا الكم
احمد
"""
    body = alt(text, "000000000000f2a7c305ba3c9e17", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 3, 9), "mail-yw1-f178.google.example.com", "192.0.2.178", M06_QID,
           addr("احمد صالح", "ahmed.saleh.qayyarah@gmail.example.com"), hdr(M06_SUBJ), M06_ID, body)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("صالح حسين علي الجبوري", "رئيس اللجنة", "لجنة ادارة مخيم الجدعة 5", ["roundtable"], 3)],
        notes="IDP camp committee south of Mosul; Iraqi colloquial Arabic typed on an Android phone ('شلونكم', "
              "'ابوية', 'فدا', 'هسه', 'هواية', 'يحچي' with چ), hamzas dropped ('ادارة' kept as written). The "
              "chairman's son writes from his own account for his father, who has no email: the sender is not "
              "the speaker. 'الحجي' (respectful form of address for an elder) dropped from the name; '- القيارة' "
              "after the committee is the place; 'الطاولة المستديرة الثالثة' = 3; the WhatsApp number is not a "
              "role. Thanked by h234-19."))


# ================================================================ 07  FR  both  Tripoli NGO: report DOCX + plenary speaker in Cc, Outlook
M07_ID = "<PAXPR01MB8891E5A2C7D4B16F@PAXPR01MB8891.eurprd01.prod.outlook.example.com>"
M07_SUBJ = "SNL – Rapport volontaire PMM et demande d'intervention en plénière"
M07_QID = "4DVd3K8sTbz0"
M07_FILE = "Rapport_SNL_examen_régional_PMM_Tripoli–Akkar.docx"


def m07():
    when = at("2021-02-02 16:40:12")
    text = """Bonjour,

Suite à votre courrier d'invitation, Solidarité Nord-Liban (SNL) a le plaisir de vous adresser en pièce jointe sa contribution écrite à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Notre rapport couvre nos interventions à Tripoli, à Minié et dans le Akkar : l'aide d'urgence aux familles syriennes et libanaises frappées par la crise économique, les départs par la mer depuis les côtes du Nord vers Chypre à l'automne 2020, et le suivi des travailleurs migrants (égyptiens, bangladais, soudanais) qui ont perdu leur emploi.

Nous souhaiterions également que notre directeur général, le Dr Bilal Kanj (en copie), puisse prendre la parole lors d'une des sessions plénières de la Conférence des 24 et 25 février. Il a coordonné l'automne dernier l'accompagnement des familles des personnes disparues en mer.

En vous remerciant par avance de votre confirmation,

Bien cordialement,

Joëlle Khattar
Responsable plaidoyer et communication
Solidarité Nord-Liban (SNL)
Rue Azmi, Tripoli – Liban
Tél. : +961 6 000 000
"""
    doc = make_docx(["Solidarité Nord-Liban (SNL)", "Contribution écrite – examen régional du Pacte mondial (2021)",
                     "1. Tripoli, Minié et le Akkar : contexte", "2. Aide d'urgence et crise économique",
                     "3. Départs par la mer vers Chypre (automne 2020)", "4. Travailleurs migrants sans emploi",
                     "5. Recommandations"])
    a = alt(text, "_000_PAXPR01MB8891E5A2C7D4B16F_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach(DOCX, doc, M07_FILE)], "_004_PAXPR01MB8891E5A2C7D4B16F_")
    m = mk(when, sent_at(when, 2, 9), "mail-pax1eur01on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", M07_QID, addr("Joëlle Khattar", "j.khattar@snl-liban.example.org", enc="Q"),
           hdr(M07_SUBJ, enc="Q"), M07_ID, body, cc="Bilal Kanj <b.kanj@snl-liban.example.org>",
           extra=outlook(hdr(M07_SUBJ, enc="Q"), "AdcAm5Rt7Yu9Io1Pa3Sd5Fg7Hj9Kl1Zx==", lang="fr-FR",
                         has_attach="yes"))
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Bilal Kanj", "directeur général", "Solidarité Nord-Liban (SNL)", ["plenary"])],
        report_attachments=[M07_FILE],
        notes="both, on time (2 February); Tripoli humanitarian NGO; the report is called 'contribution écrite' and "
              "sent as a DOCX whose name has an accented letter and an en dash (RFC 2231 + RFC 2047); speaker in "
              "prose ('notre directeur général, le Dr Bilal Kanj (en copie)': 'Dr' dropped), 'une des sessions "
              "plénières'. The sender is not the speaker; the speaker is in Cc and his French out-of-office "
              "answers our acknowledgement (h234-08)."))


# ================================================================ 08  FR  auto_reply  the director's French out-of-office on our acknowledgement of 07
def m08():
    when = at("2021-02-02 16:41:33")
    ack = ack_mid(M07_QID)
    text = """Bonjour,

Je suis en mission dans le Akkar jusqu'au jeudi 4 février inclus, avec un accès limité à ma messagerie. Pour toute urgence, merci de contacter Mme Joëlle Khattar (j.khattar@snl-liban.example.org) ou le standard au +961 6 000 000.

I am on mission until Thursday 4 February with limited access to email.

Bien à vous,

Dr Bilal Kanj
Directeur général – Solidarité Nord-Liban (SNL)
"""
    body = alt(text, "_000_PAXPR01MB8891OOF9D3E7C21_", html=outlook_html(text, lang="FR"))
    subj = hdr("Réponse automatique : Accusé de réception - " + M07_SUBJ, enc="Q")
    rows = exch_ooo(when, "mail-pax1eur01on0628.outbound.protection.outlook.example.com", "198.51.100.128",
                    "4DVd4G2mRcz5", "Bilal Kanj <b.kanj@snl-liban.example.org>",
                    "<PAXPR01MB88913A6F0C9E2D47@PAXPR01MB8891.eurprd01.prod.outlook.example.com>", subj,
                    hdr("Accusé de réception - " + M07_SUBJ, enc="Q"), M07_ID, ack, "fr-FR", (2, 2))
    add(8, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office ('Réponse automatique :') of the director proposed as speaker in "
              "h234-07 (he was in Cc), answering our acknowledgement 81 seconds later; it names him with 'Dr', "
              "his title and organisation like a new nomination, and a colleague. Never acknowledge; thread_of "
              "null as for dev auto-replies."))


# ================================================================ 09  AR  both  Nablus workers' rights centre: report PDF + the director himself, bilingual signature
M09_FILE = "DCWR_GCM_Voluntary_Report_2021.pdf"


def m09():
    when = at("2021-02-03 10:22:48")
    subj = "تقرير طوعي ومشاركة - مركز درب لحقوق العمال - نابلس"
    text = """الإخوة والأخوات في أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة وبعد،

يسرّنا في مركز درب لحقوق العمال أن نرفق لكم تقريرنا الطوعي حول تنفيذ الاتفاق العالمي للهجرة من منظور العمال الفلسطينيين.

يركّز التقرير على أوضاع العمال الفلسطينيين الذين يعملون داخل الخط الأخضر وفي المستوطنات، ونظام التصاريح والسماسرة الذين يتاجرون بها، والمبيت في أماكن العمل خلال إغلاقات كورونا، وغياب الحماية من إصابات العمل، إضافة إلى العمال الفلسطينيين العائدين من دول الخليج بعد فقدان أعمالهم خلال 2020.

كما أرغب بالمشاركة شخصياً في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 شباط، لعرض أبرز ما ورد في التقرير.

مع خالص التحية،

م. ثائر عبد الرحيم صوالحة
المدير التنفيذي
مركز درب لحقوق العمال (DCWR)
نابلس – فلسطين

Eng. Thaer Abdelrahim Sawalha
Executive Director
Darb Centre for Workers' Rights (DCWR)
Nablus – Palestine
Tel: +970 9 000 0000 | Mob: +970 59 000 0000
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Darb Centre for Workers' Rights (DCWR), Nablus",
                  ["Palestinian workers inside the Green Line and in settlements", "Permits and brokers",
                   "COVID-19 closures and overnight stays at work sites", "Work injuries",
                   "Workers returning from the Gulf in 2020", "Recommendations"])
    a = alt(text, "000000000000a1d4e705ba52c3f8", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M09_FILE)], "000000000000a1d4e905ba52c3fa")
    m = mk(when, sent_at(when, 2, 7), "mail-wr1-f52.google.example.com", "192.0.2.152", "4DW1mP6vXsz9",
           "Thaer Sawalha <thaer.sawalha@darb-workers.example.ps>", hdr(subj),
           "<CAGp7tN2xR5kV9mW+b3Hz8Lc1sQ6dYe4fJr@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ثائر عبد الرحيم صوالحة", "المدير التنفيذي", "مركز درب لحقوق العمال (DCWR)", ["open_discussion"])],
        report_attachments=[M09_FILE],
        notes="both, on time (3 February); Palestinian workers' rights centre (Google Workspace on its own domain). "
              "The sender proposes himself ('أرغب بالمشاركة شخصياً'): name, title and affiliation only in the "
              "bilingual signature, recorded in its Arabic form for this Arabic message ('م.' = Eng. dropped; the "
              "Arabic organisation line carries the Latin acronym); 'النقاش المفتوح ... يوم 23 شباط' = open "
              "discussion (Levantine month name); 'نابلس – فلسطين' is the place. English-only PDF name."))


# ================================================================ 10  EN  speaker  Kurdish women's association, labelled blocks, Kurdish script, Cc the second speaker
M10_ID = "<CAHz5rK1wN8mT3vQ+p7Lb2Xc9sD4eGf6hYu@mail.gmail.example.com>"
M10_SUBJ = "Nomination of two speakers - Rozhan Women's Association (Sulaymaniyah)"
M10_QID = "4DW6cR0kNhz7"


def m10():
    when = at("2021-02-03 14:05:19")
    text = """Dear Sir / Madam,

Warm greetings from Slemani.

Rozhan Women's Association for Development (RWAD) is a Kurdish women's organisation founded in 2004 in Sulaymaniyah. We work with IDP and refugee women in Arbat and Ashti camps and with Kurdish women who returned from Europe, on civil documents, gender-based violence and livelihoods.

Please find below our nominations for the Regional Review:

Name: Dr. Kazhal Omer Faraj (کەژاڵ عومەر فەرەج)
Position: Head of Legal Aid Unit
Organisation: RWAD
Role: Rapporteur

Name: Bahar Hama Saeed
Position: Field Coordinator, Arbat Camp Office
Organisation: RWAD
Role: Floor intervention, first thematic roundtable

Bahar is in copy of this email. Kazhal can be reached on +964 770 000 0000.

Kind regards,

Hero Jamal Karim
Director
Rozhan Women's Association for Development (RWAD)
Salim Street, Sulaymaniyah, Kurdistan Region – Iraq
"""
    body = alt(text, "0000000000005e8b1f05ba57d2c6", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 8), "mail-lj1-f171.google.example.com", "192.0.2.171", M10_QID,
           "Hero Jamal Karim <director@rwad-krd.example.org>", M10_SUBJ, M10_ID, body,
           cc="Bahar Hama Saeed <bahar.hamasaeed@rwad-krd.example.org>")
    rwad = "Rozhan Women's Association for Development (RWAD)"
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Kazhal Omer Faraj", "Head of Legal Aid Unit", rwad, ["rapporteur"]),
        sp("Bahar Hama Saeed", "Field Coordinator, Arbat Camp Office", rwad, ["roundtable"], 1)],
        notes="Kurdish women's association in Sulaymaniyah ('Slemani' in the greeting); two labelled blocks whose "
              "'Organisation' lines give only the acronym (fullest form from the first paragraph and signature); "
              "'Dr.' dropped; the first name is followed by its Sorani Kurdish spelling in brackets (recorded in "
              "the Latin form); the second title carries its unit ('Field Coordinator, Arbat Camp Office'); 'first "
              "thematic roundtable' = 1; 'Arbat and Ashti camps' are places. The sender (director) is not a speaker. "
              "Our acknowledgement's copy to the Cc address bounces (h234-11)."))


# ================================================================ 11  EN  bounce  mailbox full for the Cc copy of our acknowledgement of 10
def m11():
    when = at("2021-02-03 14:05:51")
    text = POSTFIX_NOTICE + """
<bahar.hamasaeed@rwad-krd.example.org>: host mail.rwad-krd.example.org[203.0.113.77]
    said: 552 5.2.2 <bahar.hamasaeed@rwad-krd.example.org>: Mailbox full, quota
    exceeded (in reply to end of DATA command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DW6cV3pQjz2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; bahar.hamasaeed@rwad-krd.example.org\n"
           "Original-Recipient: rfc822;bahar.hamasaeed@rwad-krd.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mail.rwad-krd.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <bahar.hamasaeed@rwad-krd.example.org>: Mailbox\n"
           "    full, quota exceeded\n" % rfcdate(when - dt.timedelta(seconds=6), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Hero Jamal Karim <director@rwad-krd.example.org>\n"
            "Cc: Bahar Hama Saeed <bahar.hamasaeed@rwad-krd.example.org>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M10_SUBJ, rfcdate(when - dt.timedelta(seconds=9)), ack_mid(M10_QID), M10_ID,
                                  M10_ID))
    body = dsn_report(text, dsn, hdrs, "4DW6dF1sLvz4.1612353951/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DW6dF1sLvz4; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203120551.4DW6dF1sLvz4@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.2.2 (mailbox full) for the copy of our acknowledgement of h234-10 sent to the second "
              "speaker in Cc; the returned headers name h234-10 and its subject about speaker nominations. Never "
              "acknowledge; thread_of null as for dev bounces."))


# ================================================================ 12  AR  speaker  Jordan Bar Association committee, Outlook, formal letter, plenary
M12_ID = "<AM6PR03MB5427F1C9A3E8D062@AM6PR03MB5427.eurprd03.prod.outlook.example.com>"
M12_SUBJ = "ترشيح متحدث - لجنة حقوق اللاجئين والعمال المهاجرين / نقابة المحامين الأردنيين"
M12_TEXT = """حضرات القائمين على الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

بالإشارة إلى كتاب الدعوة الخاص بالاستعراض الإقليمي للاتفاق العالمي في المنطقة العربية، يسرّ لجنة حقوق اللاجئين والعمال المهاجرين في نقابة المحامين الأردنيين أن تبدي رغبتها في المشاركة في أعمال المؤتمر.

وقد قررت اللجنة في اجتماعها المنعقد بتاريخ 2/2/2021 ترشيح رئيس اللجنة الأستاذ الدكتور المحامي سامر توفيق الحياري لتقديم مداخلة في إحدى الجلسات العامة للمؤتمر يومي 24 و25 شباط، يتناول فيها تجربة المحامين المتطوعين في تمثيل العمال المهاجرين أمام المحاكم العمالية والدفاع عن اللاجئين الموقوفين بسبب مخالفات الإقامة وتصاريح العمل.

نرجو التكرم بتأكيد استلام هذا الترشيح وإعلامنا بالخطوات اللاحقة.

وتفضلوا بقبول فائق الاحترام والتقدير،

المحامية لانا عادل الشوبكي
أمينة سر اللجنة
لجنة حقوق اللاجئين والعمال المهاجرين
نقابة المحامين الأردنيين – عمّان
"""
JBA = "لجنة حقوق اللاجئين والعمال المهاجرين في نقابة المحامين الأردنيين"


def m12():
    when = at("2021-02-04 11:30:05")
    a = alt(M12_TEXT, "_000_AM6PR03MB5427F1C9A3E8D062_", html=outlook_html(M12_TEXT, lang="AR-JO", rtl=True),
            b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-am6eur03on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", "4DWk8Z3tFqz1", addr("لانا الشوبكي", "lana.shobaki@jba-committees.example.jo"),
           hdr(M12_SUBJ), M12_ID, a,
           extra=outlook(hdr(M12_SUBJ), "AdcA8Kq2Wx4Ec6Rv8Tb0Yn2Um4Ii6Ok8Pl==", lang="ar-JO"))
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سامر توفيق الحياري", "رئيس اللجنة", JBA, ["plenary"])],
        notes="committee of the Jordan Bar Association, formal Jordanian Arabic (Outlook, base64); the speaker "
              "comes after a chain of forms of address ('رئيس اللجنة الأستاذ الدكتور المحامي'): title 'رئيس "
              "اللجنة', the honorifics dropped; 'إحدى الجلسات العامة' = plenary; the meeting date '2/2/2021' and "
              "'24 و25 شباط' are not deadlines; affiliation as written in the body (committee of the bar). The "
              "sender (secretary, 'المحامية') is not the speaker. The speaker is replaced in h234-15."))


# ================================================================ 13  EN  both  Damascus humanitarian NGO: report PDF + two speakers in an Outlook table
M13_FILE = "BHF_Voluntary_GCM_Review_Report_Syria_Feb2021.pdf"


def m13():
    when = at("2021-02-04 15:44:10")
    subj = "Voluntary GCM Review report and speakers - Bawader Humanitarian Foundation (Syria)"
    before = """Dear GCM Regional Review Secretariat,

Greetings form Damascus.

On behalf of Bawader Humanitarian Foundation (BHF), a Syrian NGO registered in 2012 and working in Rural Damascus, Aleppo and Deir ez-Zor, I am pleased to share our voluntary GCM review report (attached) and to propose two colleagues to speak at the Regional Review.

The report looks at internal displacement and returns inside Syria, Syrians who came back from Lebanon in 2019-2020, civil documentation for children born in displacement, and the remittances families depend on since the collapse of the Syrian pound.

Proposed speakers:
"""
    rows = [["Name", "Position", "Session"],
            ["Eng. Yaman Haddad", "Livelihoods Programme Manager",
             "Open discussion - multi-stakeholder consultation, 23 Feb"],
            ["Dr. Reem Al-Attar", "Head of Health Unit, Aleppo Sub-Office", "Roundtable two (24-25 Feb)"]]
    after = """Both speakers will connect online from Damascus and Aleppo; the connection is sometimes weak because of power cuts, so we kindly ask for a phone dial-in option if possible.

Best regards,

Ghina Kassab
Partnerships and Reporting Officer
Bawader Humanitarian Foundation (BHF)
Mezzeh, Damascus – Syria
"""
    text = before + "\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + after
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">'
             + "".join("<tr>%s</tr>" % "".join(
                 ('<td style="background:#D9E2F3"><b>%s</b></td>' if i == 0 else "<td>%s</td>") % esc(c) for c in r)
                 for i, r in enumerate(rows)) + "</table>")

    def paras(t):
        return "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                       for p in t.strip("\n").split("\n\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="EN-GB" link="#0563C1"><div class="WordSection1">'
            '%s%s%s</div></body></html>\n' % (paras(before), table, paras(after)))
    pdf = rep_pdf("Voluntary GCM Review Report - Syria", "Bawader Humanitarian Foundation (BHF), Damascus",
                  ["Internal displacement and returns", "Returns from Lebanon 2019-2020",
                   "Civil documentation for children born in displacement", "Remittances and the Syrian pound",
                   "Recommendations"])
    a = alt(text, "_000_HE1PR05MB3290B8C1D6E4A937_", html=html)
    body = multi("mixed", [a, attach("application/pdf", pdf, M13_FILE)], "_004_HE1PR05MB3290B8C1D6E4A937_")
    m = mk(when, sent_at(when, 2, 9), "mail-he1eur05on0641.outbound.protection.outlook.example.com",
           "198.51.100.141", "4DWpT5gBxRz3", "Ghina Kassab <g.kassab@bawader-sy.example.org>", subj,
           "<HE1PR05MB3290B8C1D6E4A937@HE1PR05MB3290.eurprd05.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcA9Lr3Yx5Ed7Tw9Uc1Zn3Vm5Jj7Pk9Qm==", lang="en-GB", has_attach="yes"))
    bhf = "Bawader Humanitarian Foundation (BHF)"
    add(13, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Yaman Haddad", "Livelihoods Programme Manager", bhf, ["open_discussion"]),
        sp("Reem Al-Attar", "Head of Health Unit, Aleppo Sub-Office", bhf, ["roundtable"], 2)],
        report_attachments=[M13_FILE],
        notes="both, on time (4 February); Damascus humanitarian NGO; two speakers in a three-column Outlook HTML "
              "table (tab-separated rows in the plain part) with no organisation column: both speak for the "
              "sender's foundation; 'Eng.' and 'Dr.' inside the name cells dropped; 'Roundtable two' = 2; the "
              "second title carries its office; the dial-in wish is not a role; typo 'Greetings form Damascus'. "
              "The sender is not a speaker."))


# ================================================================ 14  FR  speaker  Beirut association: the nomination only in an attached DOCX form, 'envoi tardif'
M14_FORM = "Fiche intervenante – AYY.docx"


def m14():
    when = at("2021-02-05 17:36:40")
    subj = "Fiche de proposition d'intervenante - Association Yad bi Yad"
    text = """Bonsoir,

Ci-joint la fiche de proposition d'intervenante de notre association, dûment remplie, pour la Conférence d'examen régional.

Désolée pour l'envoi tardif, la semaine a été compliquée (deux travailleuses à rapatrier en urgence).

Merci de nous confirmer la bonne réception.

Bien à vous,
Carla

--
Carla Saadé
Coordinatrice administrative
Association Yad bi Yad pour les travailleuses domestiques (AYY)
Badaro, Beyrouth
"""
    form = make_docx([
        "FICHE DE PROPOSITION D'INTERVENANT(E)",
        "Examen régional du Pacte mondial pour les migrations – États arabes, février 2021",
        "Organisation : Association Yad bi Yad pour les travailleuses domestiques (AYY)",
        "Nom et prénom : Mme Tigist Worku Gebre",
        "Fonction : Médiatrice communautaire",
        "Rôle souhaité :",
        "[ ] Discussion ouverte de la consultation multipartite (23 février)",
        "[X] Rapporteur(e) – présentation des messages clés des parties prenantes",
        "[ ] Intervention en séance plénière",
        "[ ] Intervention dans une table ronde thématique, n° ___",
        "Langue d'intervention : amharique et arabe (interprète fourni par l'association)",
        "Contact : via l'association (+961 1 000 000)",
    ])
    a = alt(text, "000000000000b8e2d405ba6f1a93", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, form, M14_FORM)], "000000000000b8e2d605ba6f1a95")
    m = mk(when, sent_at(when, 2, 6), "mail-wm1-f47.google.example.com", "192.0.2.147", "4DXJw2bQkTz8",
           addr("Carla Saadé", "yadbiyad.beirut@gmail.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<CAM9sK4wT1nV6xR+q2Pz7Hb3cL8dY5fGe0w@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Tigist Worku Gebre", "Médiatrice communautaire",
           "Association Yad bi Yad pour les travailleuses domestiques (AYY)", ["rapporteur"])],
        notes="the nomination is only in the attached DOCX form (name, function, ticked box '[X] Rapporteur(e)'); "
              "the body names nobody and the form is not a report. 'Mme' dropped. The sender apologises for a "
              "'late' sending but it is Friday 5 February 17:36 Beirut time: on time. The signature (Badaro, "
              "Beyrouth) is the sender's. Form name with an en dash (RFC 2231 + RFC 2047)."))


# ================================================================ 15  AR  speaker  the bar committee replaces its speaker (reply to its own 12)
def m15():
    when = at("2021-02-05 21:48:31")
    text = """حضرات الزملاء المحترمين،

إلحاقاً بكتابنا أدناه، نعلمكم بأن الأستاذ الدكتور سامر الحياري قد اعتذر عن المشاركة لارتباطه بمرافعة أمام محكمة التمييز في الموعد ذاته.

وعليه تقترح اللجنة أن تحل محله الزميلة المحامية رنا سليمان الطراونة، نائبة رئيس اللجنة، لتقديم المداخلة ذاتها.

مع الشكر والتقدير،
المحامية لانا عادل الشوبكي
أمينة سر اللجنة

________________________________
من: لانا الشوبكي <lana.shobaki@jba-committees.example.jo>
أُرسلت: الخميس، 4 شباط، 2021 11:30 ص
إلى: gcmrrarabstates@iom.int
الموضوع: """ + M12_SUBJ + "\n\n" + M12_TEXT
    a = alt(text, "_000_AM6PR03MB54279E2D4B7C1A38_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-am6eur03on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", "4DXQn7VhCmz4", addr("لانا الشوبكي", "lana.shobaki@jba-committees.example.jo"),
           re_hdr("RE: ", M12_SUBJ), "<AM6PR03MB54279E2D4B7C1A38@AM6PR03MB5427.eurprd03.prod.outlook.example.com>",
           a, extra=[("In-Reply-To", M12_ID), ("References", M12_ID)]
           + outlook(re_hdr("RE: ", M12_SUBJ), "AdcA8Kq2Wx4Ec6Rv8Tb0Yn2Um4Ii6Ok8PlAAJx4Rw=", lang="ar-JO"))
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رنا سليمان الطراونة", "نائبة رئيس اللجنة", JBA, ["plenary"])],
        thread_of=H % 12,
        notes="Outlook reply ('RE:', In-Reply-To h234-12) replacing the committee's speaker by a colleague, on "
              "time (Friday 5 February 21:48); the role is given only by reference ('المداخلة ذاتها' = the plenary "
              "intervention of the quoted original) and the affiliation comes from the quoted letter; only the new "
              "speaker is recorded ('الزميلة المحامية' dropped), the withdrawn one stays in the quoted text below an "
              "Arabic Outlook header block (not '>'-quoted)."))


# ================================================================ 16  FR  other  Beirut researcher: questions about a joint report, Apple Mail
def m16():
    when = at("2021-02-08 10:12:55")
    subj = "Questions sur le format du rapport volontaire"
    text = """Bonjour,

Je coordonne la rédaction d'un rapport volontaire commun à trois associations de Beyrouth et de Saïda, dont la nôtre, le Centre libanais d'études sur l'exil et les migrations (CLEEM). Avant l'envoi, prévu pour la semaine prochaine, j'aurais trois petites questions :

1. Le rapport peut-il être rédigé en français, ou faut-il une version en arabe ou en anglais ?
2. Y a-t-il un nombre maximal de pages ? Notre texte fait une trentaine de pages, annexes comprises.
3. Un rapport commun doit-il être envoyé par chacune des associations signataires, ou un seul envoi suffit-il ?

Merci d'avance pour vos réponses, et bon courage pour la préparation.

Bien cordialement,

Dr Hala Chidiac
Chercheuse associée, CLEEM
Achrafieh, Beyrouth
"""
    body = alt(text, "Apple-Mail=_8C3E1F52-4B7A-4D09-9E61-A2F5C7D30B84", html=apple_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-smtp.cleem.example.org", "203.0.113.96", "4DZ2vH9sNpz6",
           "Hala Chidiac <hala.chidiac@cleem.example.org>", subj,
           "<6D2A9F40-31C8-4E7B-B5D2-8F0E4A1C93B7@cleem.example.org>", body, extra=[("X-Mailer", APPLE)])
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about a joint report still being written (language, length, who sends it): keyword-heavy "
              "('rapport volontaire', 'annexes', 'envoi') but nothing is attached or submitted; the sender's 'Dr' "
              "and title are not a speaker request. Apple Mail, multipart/alternative."))


# ================================================================ 17  AR  speaker  Baghdad NGO, late (9 February), trusts the misprinted Arabic deadline, Yahoo
def m17():
    when = at("2021-02-09 13:07:20")
    subj = "ترشيح متحدث للمؤتمر الإقليمي - منظمة واحة الرافدين"
    text = """الى / أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين
م / ترشيح متحدث

تحية طيبة..

استناداً الى كتاب الدعوة باللغة العربية والذي حدد يوم الجمعة 23 شباط 2021 موعداً نهائياً لتقديم طلبات المشاركة بالمداخلات، نرشح لكم الشخص المدرجة معلوماته ادناه للمداخلة في الطاولة المستديرة الثانية:

الاسم الرباعي: د. علي عبد الكريم جاسم الساعدي
المنصب: مدير قسم البرامج والمشاريع
الجهة: منظمة واحة الرافدين للإغاثة والتنمية (WRO) - بغداد
رقم الموبايل: 07800000000

يرجى التفضل بالاطلاع وإعلامنا بالموافقة.. مع التقدير

أ. مصطفى حميد كاظم
مسؤول العلاقات العامة
منظمة واحة الرافدين للإغاثة والتنمية
بغداد - الكرادة
"""
    body = alt(text, "----=_Part_733418_1730652285.1612868837105", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 5), "sonic310-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.210",
           "4DZqB61mKtz5", addr("Mustafa Hameed", "mustafa.hameed.wro@yahoo.example.com"), hdr(subj),
           "<1612868837105.733419@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("علي عبد الكريم جاسم الساعدي", "مدير قسم البرامج والمشاريع", "منظمة واحة الرافدين للإغاثة والتنمية (WRO)",
           ["roundtable"], 2)],
        notes="late (9 February): the sender relies on the misprinted speaker deadline of the Arabic letter "
              "('الجمعة 23 شباط 2021'); the English/French date (5 February) stands, so on_time is false. Iraqi "
              "administrative style ('الى /', 'م / ' = subject), labelled lines with 'الاسم الرباعي' (four-part "
              "name kept whole, 'د.' dropped); '- بغداد' after the acronym is the place; 'الطاولة المستديرة "
              "الثانية' = 2. Yahoo, base64; the sender ('أ.', public relations) is not the speaker."))


# ================================================================ 18  EN  other  the refugee-led organisation withdraws its request (iPhone reply to 01)
def m18():
    when = at("2021-02-10 18:25:03")
    text = """Dear colleagues,

I am writing to withdraw our request below for Omar to speak in roundtable three. Omar and his family just received the date of their resettlement departure to Canada (end of this month), so he will not be able to prepare or take part. We could not find another board member who can commit on these dates, so we prefer to leave the place to other groups.

We still hope to follow the sessions online.

Thank you for your understanding and sorry for the trouble,
Lubna

Sent from my iPhone

On 18 Jan 2021, at 10:14, Lubna Hijazi <lubna.rawasi.rlo@gmail.example.com> wrote:

""" + gt(M01_TEXT) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 11), "mail-pj1-f41.google.example.com", "192.0.2.41", "4F0bX35rWnz2",
           "Lubna Hijazi <lubna.rawasi.rlo@gmail.example.com>", "Re: " + M01_SUBJ,
           "<8E4B2C71-9D05-4A3F-B6E8-1C7F0A5D92E3@gmail.example.com>", body,
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID), ("X-Mailer", IPHONE)])
    add(18, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="withdrawal of the speaker request h234-01 (iPhone reply to the sender's own message, In-Reply-To "
              "set): no replacement, so no speaker is proposed although the quoted original still names Omar and "
              "'roundtable three'; category other, acknowledged because it changes the submission; 'follow the "
              "sessions online' is not a role."))


# ================================================================ 19  AR  other  the camp chairman's son thanks us for the acknowledgement of 06
def m19():
    when = at("2021-02-11 20:02:40")
    ack = ack_mid(M06_QID)
    quoted = """تشكركم أمانة الاستعراض الإقليمي على رسالتكم، وتؤكد استلام طلب المشاركة (متحدث واحد).
سيتم التواصل معكم بشأن برنامج الجلسات.
الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية"""
    text = """تسلمون، هسه شفت رسالتكم. ابوية كلش فرحان ويسلم عليكم
الله يوفقكم

احمد

في الاثنين، ١ فبراير ٢٠٢١ في ١:١٩ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000c7f3a205bb1e4d58", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 3, 8), "mail-yw1-f178.google.example.com", "192.0.2.178", "4F1Cs82dJwz7",
           addr("احمد صالح", "ahmed.saleh.qayyarah@gmail.example.com"), re_hdr("Re: ", "إشعار استلام - " + M06_SUBJ),
           "<CAOq2sH9mX4vB1kT+w8Rz6Lc3pN7dYf2eQs@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M06_ID + " " + ack)])
    add(19, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 6,
        notes="a thank-you in Iraqi colloquial Arabic ('تسلمون', 'هسه', 'كلش') answering, ten days later, our "
              "acknowledgement of h234-06 (References name h234-06): adds nothing new, so no acknowledgement. Sent "
              "from the son's phone; the quoted acknowledgement mentions the speaker request."))


# ================================================================ 20  FR  speaker  Lebanese association, late (12 February), 'S.E. M.' former minister
def m20():
    when = at("2021-02-12 11:40:26")
    subj = "Proposition d'intervenant – ALAD (demande hors délai)"
    text = """Madame, Monsieur,

Nous n'avons eu connaissance de votre invitation qu'hier, par l'intermédiaire d'une ONG partenaire, et nous nous permettons de vous écrire malgré l'échéance du 5 février, en espérant qu'une exception reste possible.

L'Association Libanaise Accueil et Dignité (ALAD), fondée en 1998, accompagne les réfugiés et les migrants détenus à la prison de Roumieh et dans les centres de rétention, ainsi que leurs familles.

Nous aurions l'honneur de vous proposer comme intervenant S.E. M. Fouad Karam, ancien ministre du Travail et président d'honneur de notre association, pour la troisième table ronde thématique. Il a suivi ces dossiers tout au long de son parcours public et reste très engagé à nos côtés.

Nous restons à votre disposition pour toute information complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations les meilleures.

Marie-Thérèse Sfeir
Secrétaire générale
Association Libanaise Accueil et Dignité (ALAD)
Jdeidé, Metn – Liban
"""
    body = alt(text, "000000000000e4b9c105bb3a7f62", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 7), "mail-wr1-f44.google.example.com", "192.0.2.144", "4F1t0M7qHcz9",
           addr("Marie-Thérèse Sfeir", "alad.liban@gmail.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<CAPx3wR6tM9kN2vB+s5Lz1Hq7cY4dF8gJe2@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Fouad Karam", "ancien ministre du Travail et président d'honneur",
           "Association Libanaise Accueil et Dignité (ALAD)", ["roundtable"], 3)],
        notes="late (12 February) and says so ('demande hors délai', 'malgré l'échéance du 5 février'); Lebanese "
              "association in French; the speaker is named after 'S.E. M.' (Son Excellence, kept by former "
              "ministers in Lebanon: both dropped); title as written without 'de notre association'; 'la "
              "troisième table ronde thématique' = 3. The sender (secretary general) is not the speaker."))


# ================================================================ 21  FR  report  Bourj Hammoud collective: the report pasted in an HTML-only body
def m21():
    when = at("2021-02-14 16:20:11")
    subj = "Rapport volontaire – Collectif Bourj Hammoud Solidaire (texte dans le corps du message)"
    inner = """<div>Bonjour,</div>
<div><br></div>
<div>N'ayant pas réussi à joindre notre fichier (la connexion du bureau coupe à chaque envoi), nous vous adressons ci-dessous le texte intégral du rapport volontaire du Collectif Bourj Hammoud Solidaire (CBHS) pour l'examen régional du Pacte mondial.</div>
<div><br></div>
<h3>Rapport volontaire – Collectif Bourj Hammoud Solidaire (CBHS)</h3>
<p><b>1. Qui sommes-nous</b><br>
Le CBHS réunit depuis 2015 neuf associations de quartier, une paroisse et deux dispensaires de Bourj Hammoud et de Nabaa, quartiers où vivent côte à côte des familles libanaises d'origine arménienne, des réfugiés syriens et kurdes, et des travailleurs migrants éthiopiens, sri-lankais, bangladais et soudanais.</p>
<p><b>2. Constats</b></p>
<ul>
<li>Après l'explosion du 4 août 2020, des centaines de logements de notre secteur ont été endommagés ; les migrants sans papiers ont souvent été exclus des aides à la reconstruction.</li>
<li>Avec l'effondrement de la livre, de nombreux employeurs ont abandonné des travailleuses domestiques devant les consulats, sans salaire ni passeport.</li>
<li>Les loyers en dollars et les coupures d'électricité ont poussé plusieurs familles à partager un seul logement à dix ou douze personnes.</li>
</ul>
<p><b>3. Objectifs du Pacte mondial concernés</b><br>
Objectifs 7 (réduire les vulnérabilités), 15 (accès aux services de base) et 16 (inclusion et cohésion sociale).</p>
<p><b>4. Recommandations</b></p>
<ol>
<li>Inclure toutes les personnes résidant dans les quartiers sinistrés dans les programmes d'aide, quel que soit leur statut.</li>
<li>Permettre le changement d'employeur sans l'accord de l'employeur précédent.</li>
<li>Soutenir les dispensaires de quartier qui soignent sans condition de papiers.</li>
</ol>
<div>Ce rapport a été validé par l'assemblée des membres du Collectif le 11 février 2021.</div>
<div><br></div>
<div>Avec nos remerciements,</div>
<div><br></div>
<div>Arpi Derderian<br>Coordinatrice du CBHS<br>Rue Arax, Bourj Hammoud</div>"""
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent_at(when, 2, 5), "webmail.cbhs.example.org", "203.0.113.121", "4F2Pg40zVnz3",
           "Arpi Derderian <coordination@cbhs.example.org>", hdr(subj, enc="Q"),
           "<a7d03e5b91c2f4e8@webmail.cbhs.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="the report is pasted into an HTML-only body (Roundcube, no text/plain part) because the file could "
              "not be attached: a voluntary report with no report_attachments; headings, lists, GCM objectives "
              "and the date of its validation ('le 11 février 2021', not a deadline); Lebanese-Armenian sender, "
              "not a speaker."))


# ================================================================ 22  EN  report  Mosul NGO, 23:52 Beirut (Date header already 17 Feb in Iraq), report + annex
M22_FILE = "HORD_GCM_Voluntary_Report_Final.pdf"
M22_ANNEX = "HORD_Annex1_Case_Studies.pdf"


def m22():
    when = at("2021-02-16 23:52:18")
    subj = "HORD voluntary GCM review report + Annex 1"
    text = """Dear Secretariat,

Apologies for sending this so late in the evening, we had a power cut in the office for most of the afternoon.

Please find attached the voluntary GCM review report of Al-Hadba Organization for Relief and Development (HORD), together with Annex 1 (case studies), which is an integral part of the report.

The report covers returns to West Mosul and Sinjar, families with perceived affiliation who cannot obtain civil documents, and the reintegration of Iraqis returned from Turkey and Europe.

Kindly confirm receipt.

Best regards,

Mohammed Younis Thanoon
Reporting and Advocacy Officer
Al-Hadba Organization for Relief and Development (HORD)
Al-Majmoaa Al-Thaqafiya, Mosul, Nineveh – Iraq
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Al-Hadba Organization for Relief and Development (HORD), Mosul",
                  ["Returns to West Mosul and Sinjar", "Civil documents and perceived affiliation",
                   "Returnees from Turkey and Europe", "Recommendations"])
    annex = make_pdf(["Annex 1 - Case studies", "HORD voluntary GCM review report, February 2021",
                      "Case 1: family returned to West Mosul", "Case 2: young man deported from Turkey"])
    a = alt(text, "000000000000d9c4b705bb7e2a19", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE), attach("application/pdf", annex, M22_ANNEX)],
                 "000000000000d9c4b905bb7e2a1b")
    m = mk(when, sent_at(when, 3, 9), "mail-ej1-f53.google.example.com", "192.0.2.53", "4F3gQ28wTkz6",
           "Mohammed Younis Thanoon <m.thanoon@hord-iq.example.org>", subj,
           "<CAQv8xT1nW5mR9kB+d3Hz6Lp2cY7sF4gJe9@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE, M22_ANNEX],
        notes="received 23:52:18 on 16 February Beirut time, the last minutes before the report deadline, while the "
              "sender's Date header already says Wed 17 Feb 00:52 +0300 (Mosul): on time. Two PDFs: the annex is "
              "declared 'an integral part of the report', so both are listed. Mosul NGO, Gmail on its own domain."))


# ================================================================ 23  FR  report  the legal clinic's report, late (18 February); mentions its speaker again
M23_FILE = "Rapport_CJDPM_examen_régional_PMM_février_2021.pdf"


def m23():
    when = at("2021-02-18 09:14:37")
    subj = "Rapport volontaire de la Clinique juridique (CJDPM) - avec nos excuses pour le retard"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de la Clinique juridique des droits des personnes migrantes (CJDPM) de l'USTB pour l'examen régional du Pacte mondial.

Nous vous prions d'excuser ce retard de deux jours : la relecture par nos étudiants a été retardée par les examens de fin de semestre. Nous espérons que le rapport pourra tout de même être versé aux travaux.

Le rapport présente les 900 dossiers suivis par la Clinique en 2020 (travailleuses domestiques, réfugiés, enregistrement des naissances) et formule douze recommandations sur l'accès à la justice.

Comme indiqué dans notre courriel du 26 janvier, la Pr Bteich-Azar se tient prête pour la 4e table ronde.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

-- 
Me Karim Nahas
Avocat au Barreau de Beyrouth
Superviseur pédagogique - Clinique juridique (CJDPM)
Faculté de droit et des sciences politiques - USTB
"""
    pdf = rep_pdf("Rapport volontaire - Clinique juridique (CJDPM), USTB",
                  "Clinique juridique des droits des personnes migrantes, Faculte de droit, USTB",
                  ["900 dossiers suivis en 2020", "Travailleuses domestiques migrantes", "Refugies et sejour",
                   "Enregistrement des naissances", "Douze recommandations sur l'acces a la justice"])
    text_part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach("application/pdf", pdf, M23_FILE)],
                 "------------9C1E0F4A7B2D5E8361F0A3C7")
    m = mk(when, sent_at(when, 2, 8), "smtp.ustb.example.edu.lb", "203.0.113.58", "4F4Sd19mXqz0",
           "Karim Nahas <karim.nahas@ustb.example.edu.lb>", hdr(subj, enc="Q"),
           "<5f2c8a91-3d6e-4b07-a1c4-e9b0d7f62a35@ustb.example.edu.lb>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="late report (18 February, after the 16 February deadline) with apologies; PDF whose name has two "
              "accented letters (RFC 2231 + RFC 2047); a new message, not a reply, from the sender of h234-04: it "
              "recalls that speaker's standing request ('se tient prête pour la 4e table ronde') without proposing "
              "anything new, so not 'both' and no speakers; thread_of null (a new submission). Thunderbird, "
              "format=flowed, 8bit."))


# ================================================================ 24  EN  other  the Beirut NGO asks to follow the consultation tomorrow (22 February)
def m24():
    when = at("2021-02-22 15:30:08")
    subj = "Attending tomorrow's consultation as observers?"
    text = """Dear GCM Regional Review team,

Following up on my email of 29 January: in the end our Country Director could not commit to a speaking slot, so we did not send any nomination.

Could two of our staff still follow tomorrow's multi-stakeholder consultation as observers? If so, could you please share the link or tell us where to register? We are sorry for the very short notice.

Many thanks,

Lara Ghanem
Protection Coordinator – Migrant Workers Programme
Wellspring Humanitarian Action (WHA) | Lebanon Country Office
"""
    a = alt(text, "_000_VI1PR08MB44125C9E2A7B1F03_", html=outlook_html(text, lang="EN-GB"))
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur08on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4F6Lr93cBvz1", "Lara Ghanem <lara.ghanem@wellspring-ha.example.org>", subj,
           "<VI1PR08MB44125C9E2A7B1F03@VI1PR08MB4412.eurprd08.prod.outlook.example.com>", a,
           extra=outlook(subj, "AdcJ0Rz6Qw8Ek2Tn4Yb6Um8Ii0Ok2Pl4As==", lang="en-GB"))
    add(24, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="the day before the consultation, a request to attend as observers and for the link; it says "
              "explicitly that no speaker was nominated; a new message (not a reply) from the sender of h234-05, "
              "whose question did not open a submission: thread_of null. Outlook."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
