#!/usr/bin/env python3
"""Write the blind evaluation set holdout235 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets235.py
Theme: Egypt, Sudan and Libya, returns and transit (20 January - 19 February 2021).  Returnee associations in
Upper Egypt (Assiut, Sohag, Minya), Sudanese refugee-led groups in Cairo and Giza (Ard el-Lewa, Ain Shams), a
Libyan municipality's migration office (Al-Khums), an Egyptian construction workers' union federation, a Cairo
university's refugee law clinic (an assistant writing on behalf of the director, who wishes to speak), a Coptic
church's migrants and refugees service, an umbrella platform of refugee communities forwarding three member
organisations' nominations in one mail, a francophone Egyptian NGO and Chadian refugees writing French, English
from Sudanese and Eritrean diaspora writers in the UK and the Netherlands.  Egyptian (Sa'idi) and Sudanese
colloquial Arabic, Libyan touches, Arabic bodies with English-language attachments, a nomination only in an
attached form with tick boxes, a table in an HTML-only mail, an Arabic out-of-office and a French vacation reply,
a French Exchange NDR for a mistyped Cc address, a 'both' whose speaker part is late, and a report sent from
Paris before midnight local time that reached the mailbox after midnight in Beirut.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POL, addr, alt, at, attach, esc, flowed, gmail_html, hdr, html_only, leaf,
                     make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo
from email.message import Message
from email.parser import Parser

SET = EvalSet(235)
add = SET.add
H = "h235-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17648 YMailNorrin"


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5e2c9a1byahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">%s</body></html>\n' % inner)


def ooo_rows(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


# ================================================================ 01  FR  other  francophone Egyptian NGO: questions before writing its report
def m01():
    when = at("2021-01-20 10:14:22")
    subj = "Questions sur le rapport volontaire - AEMD (Le Caire)"
    text = """Madame, Monsieur,

Nous avons bien reçu, par l'intermédiaire du bureau de l'OIM au Caire, la lettre d'invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, et nous vous en remercions.

L'Association Égyptienne Mobilités et Développement (AEMD) travaille depuis 2009 auprès des familles de Haute-Égypte et du Delta dont un fils est parti travailler en Libye ou a tenté la traversée vers l'Italie, ainsi qu'auprès des migrants francophones (tchadiens, camerounais, ivoiriens, congolais) installés au Caire.

Avant de nous lancer dans la rédaction, nous aurions trois questions :

1) Un rapport rédigé en français est-il recevable, ou faut-il le soumettre en anglais ou en arabe ?
2) Pouvons-nous présenter un rapport commun avec deux associations partenaires, l'une à Kafr El-Cheikh et l'autre à Samalout (Minya), ou chaque organisation doit-elle envoyer le sien ?
3) Existe-t-il un modèle à suivre ou un nombre de pages à ne pas dépasser ?

En vous remerciant par avance de votre retour, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

--
Névine Sorial
Chargée de projets
Association Égyptienne Mobilités et Développement (AEMD)
12, rue de Bagdad - Héliopolis, Le Caire
Tél. : +20 2 0000 0000
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 2, 5), "mail.aemd-egypte.example.org", "203.0.113.41", "4DLB7q2VxMz4",
           "=?UTF-8?Q?N=C3=A9vine_Sorial?= <n.sorial@aemd-egypte.example.org>", hdr(subj, enc="Q"),
           "<7d3c1e90-5a2b-4f6e-b1c8-2e9a0d4f7b35@aemd-egypte.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(1, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions asked a month ahead (language of the report, a joint report with two partner "
              "associations, a template or page limit) from a francophone Egyptian NGO: full of the words "
              "'rapport volontaire' and 'Pacte mondial' but nothing is submitted and no speaker is proposed. "
              "Thunderbird, 8bit format=flowed, signature after '-- '. The same NGO submits in h235-12 (a new "
              "message, not a follow-up of this question)."))


# ================================================================ 02  AR  speaker  Assiut returnees' association, Sa'idi colloquial, phone
def m02():
    when = at("2021-01-24 21:33:05")
    subj = "طلب مشاركه في المؤتمر"
    text = """السلام عليكم ورحمة الله
ازيكم يا جماعة، اتمنى تكونوا بخير

معاكم محمود أبو الوفا من جمعية رعاية العائدين من ليبيا بأسيوط، احنا جمعية صغيرة في مركز ديروط بنساعد الشباب اللي رجعوا من ليبيا وقعدوا من غير شغل، وكمان أهالي اللي اتحبسوا هناك أو ماتوا في الطريق.

الأستاذ اللي في مديرية التضامن بعتلنا الدعوة بتاعتكم وإحنا حابين نشارك. عايزين الحاج عبد الرحيم صابر أبو الوفا، رئيس مجلس إدارة الجمعية، يتكلم في المائدة المستديرة التانية. هو نفسه اشتغل في مصراتة ١٨ سنة ورجع سنة ٢٠١٥ لما الدنيا ولعت هناك، وعارف الموضوع ده من جوه.

الحاج مش بيستخدم الإيميل، فلو فيه أي حاجة كلموني أنا على الرقم ده 01000000000 (واتساب برضه).

وشكرا مقدما
محمود صابر
سكرتير الجمعية
"""
    body = alt(text, "0000000000007c2e9b05b9a41d63", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-yb1-f181.google.example.com", "192.0.2.181", "4DP3kR7mWvz1",
           "Mahmoud Abo El Wafa <mahmoud.abowafa88@gmail.example.com>", hdr(subj),
           "<CAPv3nW7xK2mR9tB+q4Lz8Hc1sY6dF0eJ5g@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الرحيم صابر أبو الوفا", "رئيس مجلس إدارة الجمعية", "جمعية رعاية العائدين من ليبيا بأسيوط",
           ["roundtable"], 2)],
        notes="Upper Egyptian returnees' association written from a phone in Sa'idi/Cairene colloquial ('ازيكم', "
              "'عايزين', 'التانية' = second, 'من جوه'), colloquial spelling in the subject ('مشاركه'); the speaker in "
              "prose after the form of address 'الحاج' (dropped, as 'Mr.'); 'بأسيوط' is part of the association's "
              "name as Egyptian associations are registered (the 'مركز ديروط' of the body is where it works); "
              "'رئيس مجلس إدارة الجمعية' kept as written. The sender introduces himself as 'محمود أبو الوفا' and signs "
              "'محمود صابر' (same person, a relative of the speaker): he is not a speaker. Gmail for Android, base64."))


# ================================================================ 03  EN  speaker  law clinic: the director's assistant writes on her behalf, Outlook, Cc
M03_ID = "<VI1PR0601MB2284C5E1A7B9D30F@VI1PR0601MB2284.eurprd06.prod.outlook.example.com>"
M03_SUBJ = "Request to speak - Dr. Rasha El-Sawy (MRLC, Helwan University)"
M03_QID = "4DQ6Hb1TnKz3"


def m03():
    when = at("2021-01-26 11:05:31")
    text = """Dear GCM Regional Review Secretariat,

I am writing on behalf of Dr. Rasha Mamdouh El-Sawy, Director of the Migration and Refugee Law Clinic (MRLC), Faculty of Law, Helwan University, who wishes to speak at the Regional Review.

Dr. Rasha would like to serve as rapporteur and deliver the key messages of the stakeholders. Since 2016 the Clinic has trained more than 300 law students who give free legal counselling to refugees and migrants from Sudan, South Sudan, Eritrea, Ethiopia, Syria and Yemen in Greater Cairo, mostly on residence permits, birth registration and labour disputes. The Clinic has also published two field studies on Egyptian workers who returned from Libya to Beni Suef and Fayoum.

Dr. Rasha is copied on this message. Please do not hesitate to contact me for any logistical matter, as I am managing her agenda.

Kind regards,

Salma Hesham
Executive Assistant to the Clinic Director
Migration and Refugee Law Clinic (MRLC)
Faculty of Law - Helwan University
Ain Helwan, Cairo, Egypt
Tel: +20 2 0000 0000 | Ext. 214
"""
    cid = "image001.png@01D6F3C2.8A41E5B0"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (120, 20, 40))], "_004_VI1PR0601MB2284C5E1A7B9D30F_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR0601MB2284C5E1A7B9D30F_")
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur06on0620.outbound.protection.outlook.example.com",
           "198.51.100.120", M03_QID, "Salma Hesham <salma.hesham@law.helwan.example.edu.eg>", M03_SUBJ, M03_ID,
           body, cc='"Dr. Rasha El-Sawy" <rasha.elsawy@law.helwan.example.edu.eg>',
           extra=outlook(M03_SUBJ, "AdbzD1Kq4Wm7Xr0Tp3Ys6Ub9Nc2Vf5Hg==", has_attach="yes"))
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rasha Mamdouh El-Sawy", "Director",
           "Migration and Refugee Law Clinic (MRLC), Faculty of Law, Helwan University", ["rapporteur"])],
        notes="an executive assistant writes 'on behalf of Dr. X, who wishes to speak': the speaker is the director "
              "('Dr.' dropped), not the sender; title 'Director', the rest of the apposition (clinic with acronym, "
              "faculty, university) is the affiliation; 'Dr. Rasha' later (first name with the honorific). The "
              "assistant's signature repeats the clinic's name with her own title ('Executive Assistant to the "
              "Clinic Director'). The speaker is in Cc; her Arabic out-of-office answers our acknowledgement "
              "(h235-04). Outlook related part with an inline logo (X-MS-Has-Attach yes, no attachment)."))


# ================================================================ 04  AR  auto_reply  the director's Arabic out-of-office on our acknowledgement of 03
def m04():
    when = at("2021-01-26 11:06:47")
    ack = ack_mid(M03_QID)
    text = """شكراً على رسالتك.

أنا في إجازة علمية خارج الجامعة حتى يوم الأحد ٧ فبراير ٢٠٢١، ولن أتمكن من الاطلاع على البريد الإلكتروني بصفة منتظمة. للمسائل العاجلة الخاصة بالعيادة يرجى التواصل مع أ. سلمى هشام على العنوان salma.hesham@law.helwan.example.edu.eg.

Thank you for your email. I am on academic leave until Sunday 7 February 2021 with limited access to email. For urgent Clinic matters, please contact Ms Salma Hesham.

د. رشا ممدوح الصاوي
مدير عيادة قانون الهجرة واللاجئين - كلية الحقوق، جامعة حلوان
"""
    body = alt(text, "_000_VI1PR0601MB5518OOF3B2E7D91_", html=outlook_html(text, lang="AR-EG", rtl=True), b64=True)
    subj = hdr("رد تلقائي: Acknowledgement of receipt - " + M03_SUBJ)
    rows = ooo_rows(when, "mail-vi1eur06on0620.outbound.protection.outlook.example.com", "198.51.100.120",
                    "4DQ6Jm8ZsWz7", addr("د. رشا ممدوح الصاوي", "rasha.elsawy@law.helwan.example.edu.eg"),
                    "<VI1PR0601MB55183D7A0E2C41B9@VI1PR0601MB5518.eurprd06.prod.outlook.example.com>", subj,
                    "Acknowledgement of receipt - " + M03_SUBJ, M03_ID, ack, "ar-EG", (2, 2))
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic Exchange out-of-office ('رد تلقائي:' before our English acknowledgement's subject) of the "
              "director proposed in h235-03, who was in Cc; arrives 76 seconds after h235-03 with a date, an "
              "e-mail address, a colleague and a signature with a title and organisation (in Arabic, while the "
              "request was in English), plus an English line. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 05  AR  both  construction workers' union federation: Arabic body, English report + Arabic cover letter
M05_REPORT = "EFBCWU_GCM_Voluntary_Report_2021_EN.pdf"
M05_LETTER = "خطاب الاتحاد إلى أمانة الاستعراض.pdf"


def m05():
    when = at("2021-01-28 13:20:40")
    subj = "التقرير الطوعي للاتحاد المصري لنقابات عمال البناء والتشييد وطلب إلقاء كلمة"
    text = """السادة / أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية
تحية طيبة وبعد،،

بالإشارة إلى خطاب الدعوة الموجه من شبكة الأمم المتحدة الإقليمية المعنية بالهجرة، يتشرف الاتحاد المصري لنقابات عمال البناء والتشييد بأن يرفق لسيادتكم تقريره الطوعي عن تنفيذ الاتفاق العالمي، والذي يتناول أوضاع عمال البناء المصريين في ليبيا ودول الخليج، وعودة عشرات الآلاف منهم منذ ٢٠١٤ ثم خلال جائحة كورونا، ومشكلات المستحقات المتأخرة والتأمينات الاجتماعية، ودور اللجان النقابية في محافظات الصعيد في استقبال العائدين.

علماً بأن التقرير مُعد باللغة الإنجليزية لأنه جزء من مشروع مشترك مع اتحاد نقابي دولي، وسنوافيكم بالترجمة العربية فور الانتهاء منها.

كما يرغب الاتحاد في أن يلقي المهندس/ حسن عبد الفتاح الشرقاوي، نائب رئيس الاتحاد وأمين لجنة العمالة المصرية بالخارج، كلمة في إحدى الجلسات العامة للمؤتمر يومي ٢٤ و٢٥ فبراير.

مرفق طيه أيضاً خطاب الاتحاد الرسمي الموقع من السيد رئيس الاتحاد.

وتفضلوا بقبول فائق الاحترام،،

محمد السيد عبد الحميد
مدير المكتب الفني
الاتحاد المصري لنقابات عمال البناء والتشييد (EFBCWU)
Egyptian Federation of Building and Construction Workers' Unions
٢٢ شارع الجمهورية - عابدين - القاهرة
"""
    report = rep_pdf("Voluntary GCM Review Report", "Egyptian Federation of Building and Construction Workers' Unions "
                     "(EFBCWU)", ["Egyptian construction workers in Libya and the Gulf", "Returns since 2014 and in "
                     "2020", "Unpaid wages and social insurance", "Trade union committees in Upper Egypt",
                     "Recommendations (GCM Objectives 6, 21, 22)"])
    letter = make_pdf(["EFBCWU - official letter to the Regional Review Secretariat (Arabic original)",
                       "Ref. 17/2021 - Cairo, 27 January 2021", "Signed: President of the Federation"])
    a = alt(text, "_000_AM6PR06MB4471D2C8E9A1F370_", html=outlook_html(text, lang="AR-EG", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", report, M05_REPORT),
                           attach("application/pdf", letter, M05_LETTER)], "_004_AM6PR06MB4471D2C8E9A1F370_")
    m = mk(when, sent_at(when, 2, 9), "mail-am6eur06on0613.outbound.protection.outlook.example.com",
           "198.51.100.113", "4DRp2X9cLqz6", addr("Mohamed El Sayed Abdel Hamid", "techoffice@efbcwu.example.org.eg"),
           hdr(subj), "<AM6PR06MB4471D2C8E9A1F370@AM6PR06MB4471.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdbzCx5Rt8Uy1Io4Pa7Sd0Fg3Hj6Kl9Zq==", lang="ar-EG", has_attach="yes"))
    add(5, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حسن عبد الفتاح الشرقاوي", "نائب رئيس الاتحاد وأمين لجنة العمالة المصرية بالخارج",
           "الاتحاد المصري لنقابات عمال البناء والتشييد (EFBCWU)", ["plenary"])],
        report_attachments=[M05_REPORT],
        notes="Egyptian trade union federation, formal administrative Arabic ('يتشرف ... بأن يرفق لسيادتكم', "
              "'مرفق طيه'); an Arabic body with an English-language report (acknowledge in Arabic); the Arabic-named "
              "PDF is the signed cover letter, not part of the report; the translation promised for later is not "
              "sent here. Speaker in prose after 'المهندس/' (dropped) with a double title kept whole; 'الجلسات "
              "العامة' = plenary. Affiliation with the Latin acronym as the signature writes it; the English name "
              "on the next line is a translation. 'السيد رئيس الاتحاد' signs the letter and is not a speaker. "
              "Outlook, base64 parts."))


# ================================================================ 06  EN  speaker  Sudanese refugee women's group in Giza, two speakers, one title missing
M06_ID = "<1612115408722.310514@mail.yahoo.example.com>"
M06_SUBJ = "Speakers from NDWSG - Ard el Lewa, Giza"
M06_TEXT = """Dear Sir / Madam

Greetings from Ard el-Lewa, Giza.

My name is Sitana Abdelgadir Musa, I am volunteer secretary of the Nuba and Darfur Women's Self-Help Group (NDWSG). We are refugee women from Sudan living in Ard el-Lewa, Faisal and Haram. Our group started 2014 with twelve women and now we are 180, we do saving groups, sewing and henna work, and we follow cases of women who have problem with the residence sticker and with school registration of the children.

We want to nominate two of our members:

Name: Zeinab Adam Bakhit Yagoub (زينب آدم بخيت يعقوب)
Position: Chairperson of NDWSG
Participation: Open discussion 23 February

Name: Nafisa Kuku Tia Kafi
Position: (I will confirm it, she is travelling to Aswan now)
Participation: Roundtable 2

Both of them speak Arabic, Zeinab speak also some English.

We are very happy for this chance to give voice of refugee women.

Best regards
Sitana Abdelgadir
NDWSG - Giza
+20 11 0000 0000
"""


def m06():
    when = at("2021-01-31 19:50:12")
    body = alt(M06_TEXT, "----=_Part_310513_1480927716.1612115408721", html=yahoo_html(M06_TEXT))
    m = mk(when, sent_at(when, 2, 4), "sonic311-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.211",
           "4DTB6c3WnPz8", "Sitana Abdelgadir <sitana_musa@yahoo.example.com>", M06_SUBJ, M06_ID, body,
           extra=[("X-Mailer", YAHOO)])
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Zeinab Adam Bakhit Yagoub", "Chairperson", "Nuba and Darfur Women's Self-Help Group (NDWSG)",
           ["open_discussion"]),
        sp("Nafisa Kuku Tia Kafi", None, "Nuba and Darfur Women's Self-Help Group (NDWSG)", ["roundtable"], 2)],
        notes="Sudanese refugee women's group in Giza, English by a Sudanese volunteer ('Zeinab speak also', "
              "'started 2014'); two speakers in labelled blocks: the first with her name in both scripts (Latin "
              "form recorded, the Arabic in brackets is the same name) and 'Chairperson of NDWSG' (title without "
              "the acronym), the second with a 'Position:' line that says the title will come later (title null). "
              "Affiliation from the first paragraph (full name with acronym). The sender is not a speaker. "
              "Completed and changed by h235-08. Yahoo."))


# ================================================================ 07  FR  speaker  Chadian refugees' association, phone, the sender himself, details only in the signature
M07_ID = "<2b7e4f1a9c3d.5e8f0a6b@email.samsung.example.com>"
M07_SUBJ = "Participation ARDATE"
M07_QID = "4DTQx51GhVz2"


def m07():
    when = at("2021-02-01 09:40:18")
    text = """Bonjour

Suite à l'invitation transmise par l'OIM Caire, je souhaite prendre la parole à la table ronde N°1 au nom des réfugiés tchadiens en Egypte.

Je reste disponible pour tout complément d'information.

Cordialement

Abakar Mahamat Nour
Secrétaire général
Association des Réfugiés et Demandeurs d'Asile Tchadiens en Égypte (ARDATE)
Cité du 6-Octobre, Gizeh
Tél/WhatsApp : +20 12 0000 0000


Envoyé depuis mon appareil Galaxy
"""
    body = alt(text, "--_com.samsung.android.email_1612165212840170", html=android_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-qk1-f172.google.example.com", "192.0.2.172", M07_QID,
           "Abakar Mahamat <abakar.mahamat.ardate@gmail.example.com>", M07_SUBJ, M07_ID, body)
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abakar Mahamat Nour", "Secrétaire général",
           "Association des Réfugiés et Demandeurs d'Asile Tchadiens en Égypte (ARDATE)", ["roundtable"], 1)],
        notes="Chadian refugees' association in Giza writing French from a Samsung phone: 'je souhaite prendre la "
              "parole' - the sender is the speaker, and his name, title and organisation are only in the signature "
              "(the From display name drops the third part of his name); 'table ronde N°1'. 'Egypte' without accent "
              "in the body, with it in the signature. Followed by his questions in h235-16."))


# ================================================================ 08  EN  speaker  NDWSG completes 06: the title, and a different roundtable (Yahoo reply)
def m08():
    when = at("2021-02-02 10:25:30")
    text = """Hello again,

Nafisa is back from Aswan. Her position is Coordinator of the Sewing and Livelihoods Programme.

Also she ask to change to Roundtable 3 instead of Roundtable 2, she think it is closer to her work. Please correct it.

Zeinab stay same as before (open discussion).

Thank you
Sitana


On Sunday, January 31, 2021, 07:50:08 PM GMT+2, Sitana Abdelgadir <sitana_musa@yahoo.example.com> wrote:


""" + gt(M06_TEXT) + "\n"
    body = alt(text, "----=_Part_402871_2093361148.1612254326102", html=yahoo_html(text))
    m = mk(when, sent_at(when, 2, 4), "sonic311-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.211",
           "4DTvC28KpRz5", "Sitana Abdelgadir <sitana_musa@yahoo.example.com>", "Re: " + M06_SUBJ,
           "<1612254326102.402872@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", YAHOO), ("In-Reply-To", M06_ID), ("References", M06_ID)])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nafisa Kuku Tia Kafi", "Coordinator of the Sewing and Livelihoods Programme",
           "Nuba and Darfur Women's Self-Help Group (NDWSG)", ["roundtable"], 3)],
        thread_of=H % 6,
        notes="Yahoo reply to the sender's own h235-06 (In-Reply-To) completing the second speaker's title and "
              "changing her roundtable from 2 to 3; the speaker is named by her first name only in the new text, "
              "her full name and organisation come from the quoted original. 'Zeinab stay same as before' is no "
              "new request (only the changed speaker is listed); the quoted '2' must not win over the new '3'."))


# ================================================================ 09  AR  speaker  Libyan municipality's migration office: HTML-only table, two speakers
def m09():
    when = at("2021-02-02 13:10:44")
    subj = "ترشيح ممثلي بلدية الخمس للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    inner = """<p>السادة المحترمين / أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية</p>
<p>السلام عليكم ورحمة الله وبركاته،،</p>
<p>يهديكم مكتب شؤون الهجرة ببلدية الخمس أطيب التحيات، وإشارةً إلى الدعوة الموجهة إلى البلديات، نفيدكم بأن البلدية ترغب في المشاركة في أعمال المؤتمر الإقليمي، باعتبار مدينة الخمس من نقاط الانطلاق على الساحل الغربي، ويُنزَل في مينائها المهاجرون الذين يتم اعتراضهم في البحر، إضافةً إلى العمالة الوافدة من النيجر وتشاد والسودان ومصر التي تعمل في المدينة.</p>
<p>وعليه نرشح السادة الآتية أسماؤهم:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tbody>
<tr><td><b>ت</b></td><td><b>الاسم</b></td><td><b>الصفة</b></td><td><b>الجهة</b></td><td><b>المشاركة المطلوبة</b></td></tr>
<tr><td>1</td><td>أ. فرج الهادي امحمد بن عيسى</td><td>رئيس مكتب شؤون الهجرة</td><td>بلدية الخمس</td><td>مداخلة في المائدة المستديرة المواضيعية رقم (4)</td></tr>
<tr><td>2</td><td>د. نجاة المبروك الزوي</td><td>عضو المجلس البلدي - مسؤولة الملف الاجتماعي</td><td>المجلس البلدي الخمس</td><td>مداخلة في الجلسة العامة</td></tr>
</tbody>
</table>
<p>ونبو نعرفو هل المشاركة حضورية ولا عن بُعد، باش نجهزو الموافقات اللازمة من وزارة الحكم المحلي.</p>
<p>وتقبلوا فائق الاحترام والتقدير</p>
<p>مكتب شؤون الهجرة<br>
بلدية الخمس - ليبيا<br>
هاتف: 00218 21 000 0000</p>"""
    body = html_only(inner, rtl=True, lang="ar", newlines=True)
    m = mk(when, sent_at(when, 2, 5), "mail.alkhums.gov.example.ly", "203.0.113.88", "4DV0mT6sQbz9",
           addr("مكتب شؤون الهجرة - بلدية الخمس", "migration.office@alkhums.gov.example.ly"), hdr(subj),
           "<a8c41f7e20b93d5e6f1a2b4c7d8e9f01@alkhums.gov.example.ly>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فرج الهادي امحمد بن عيسى", "رئيس مكتب شؤون الهجرة", "بلدية الخمس", ["roundtable"], 4),
        sp("نجاة المبروك الزوي", "عضو المجلس البلدي - مسؤولة الملف الاجتماعي", "المجلس البلدي الخمس",
           ["plenary"])],
        notes="Libyan municipality's migration office; HTML-only mail (Roundcube, quoted-printable) whose two "
              "speakers are rows of a five-column table (number, name, title, body, requested participation); "
              "honorifics 'أ.' and 'د.' dropped; each row has its own 'الجهة' (the municipality, the municipal "
              "council); 'رقم (4)' in brackets; 'الجلسة العامة' = plenary. A Libyan colloquial question ('ونبو "
              "نعرفو ... باش نجهزو') about in-person or online participation does not make it 'other'. No "
              "personal signer; the From display name is the office."))


# ================================================================ 10  EN  speaker  umbrella platform forwards three member organisations' nominations in one mail
def m10():
    when = at("2021-02-03 09:02:15")
    subj = "GCRCP nominations of speakers - GCM Regional Review (3 member organisations)"
    text = """Dear Secretariat of the GCM Regional Review,

Greetings from the Greater Cairo Refugee Community Platform (GCRCP), a platform of 21 refugee-led community organisations from Sudan, South Sudan, Eritrea, Ethiopia and Somalia in Cairo and Giza.

After we shared your invitation with our members, three of them sent us nominations. As agreed in our coordination meeting, I am forwarding them to you together in one email, exactly as I received them (see below). Please consider these as the nominations of the Platform. The Platform itself will not nominate a separate speaker, and I am not a candidate.

The member organisations are in copy so they can follow directly with you.

With thanks and best regards,

Tewelde Ghebremedhin Haile
Coordinator
Greater Cairo Refugee Community Platform (GCRCP)
Nasr City, Cairo
+20 10 0000 0000

________________________________
From: Yonas Habte <eclc.cairo@gmail.example.com>
Sent: Monday, February 1, 2021 4:12 PM
To: Tewelde Ghebremedhin <coordinator@gcrcp.example.org>
Subject: Nomination GCM review - ECLC

Dear Tewelde,

Our board met yesterday and agreed to propose our director, Saba Kidane Woldemariam, Director of the Eritrean Community Learning Centre (ECLC) in Ard el-Lewa, for a floor intervention in thematic roundtable 1. She has run the centre since 2013 and the school now has 340 Eritrean and Ethiopian children.

Thanks,
Yonas Habte
Secretary of the board, ECLC

________________________________
From: Deng Garang Akol <deng.akol.ssyue@yahoo.example.com>
Sent: Monday, February 1, 2021 9:47 PM
To: Tewelde Ghebremedhin <coordinator@gcrcp.example.org>
Subject: RE: Call for nominations - GCM Regional Review

Hi Tewelde,
From our side the South Sudanese Youth Union in Egypt (SSYUE) would like Mr. Deng Garang Akol, Chairperson of SSYUE, to take part in the open discussion on 23rd Feb.
Regards
Deng

________________________________
From: Osman Haroun <nourelhuda.school@gmail.example.com>
Sent: Tuesday, February 2, 2021 11:30 AM
To: Tewelde Ghebremedhin <coordinator@gcrcp.example.org>
Subject: RE: Call for nominations - GCM Regional Review

Dear brother Tewelde, salam.

Nour Al-Huda Sudanese Community School in Faisal nominates Ustaz Osman Ibrahim Adam Haroun (عثمان إبراهيم آدم هارون), the Headmaster, for a floor intervention in the plenary. He can talk about the education of refugee children who have no residency.

God bless
Osman
"""
    body = alt(text, "_000_DB7PR08MB3049A6E1C4F2B857_", html=outlook_html(text, lang="EN-GB"))
    cc = ("Yonas Habte <eclc.cairo@gmail.example.com>, Deng Garang Akol <deng.akol.ssyue@yahoo.example.com>, "
          "Osman Haroun <nourelhuda.school@gmail.example.com>")
    m = mk(when, sent_at(when, 2, 8), "mail-db7eur08on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4DVXn84MtFz0", "Tewelde Ghebremedhin Haile <coordinator@gcrcp.example.org>", subj,
           "<DB7PR08MB3049A6E1C4F2B857@DB7PR08MB3049.eurprd08.prod.outlook.example.com>", body, cc=cc,
           extra=outlook(subj, "AdbyE2Tf5Gh8Jk1Lz4Xc7Vb0Nm3Qw6Er==", lang="en-GB"))
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Saba Kidane Woldemariam", "Director", "Eritrean Community Learning Centre (ECLC)", ["roundtable"], 1),
        sp("Deng Garang Akol", "Chairperson", "South Sudanese Youth Union in Egypt (SSYUE)", ["open_discussion"]),
        sp("Osman Ibrahim Adam Haroun", "Headmaster", "Nour Al-Huda Sudanese Community School", ["plenary"])],
        notes="an umbrella platform's coordinator (Eritrean, not a candidate, says so) pastes three member "
              "organisations' e-mails below Outlook separators in one message: three speakers from three "
              "different organisations, each named in its own style (apposition with 'in Ard el-Lewa' as the "
              "place; a member nominating himself in the third person with 'Mr.'; 'Ustaz' dropped and the name "
              "in both scripts, 'in Faisal' as the place, 'the Headmaster'). The forwarded senders (secretary of "
              "the board, school) and the platform itself are not speakers; the affiliation is each member "
              "organisation, not the platform. Three member addresses in Cc."))


# ================================================================ 11  AR  other  Minya association: which speaker deadline, the Arabic letter's or the English one?
def m11():
    when = at("2021-02-03 15:47:09")
    subj = "استفسار عن آخر ميعاد لطلبات الكلمة"
    text = """السادة الأفاضل في أمانة الاستعراض الإقليمي،
تحية طيبة وبعد،

وصلتنا الدعوة باللغة العربية ومكتوب فيها إن آخر ميعاد لطلبات المشاركة بكلمة هو "الجمعة 23 فبراير 2021"، لكن زميل عندنا قرأ النسخة الإنجليزية ولقى إن الميعاد 5 فبراير، وكمان 23 فبراير السنة دي يوم تلات مش جمعة.

فبرجاء توضيح الميعاد الصحيح، لأننا لسه بنجهز اسم المتحدث ومستنيين موافقة مجلس الإدارة يوم السبت.

وكمان نحب نعرف: هل ممكن نبعت التقرير الطوعي بالعربي، ولا لازم يكون بالإنجليزي؟

وشكراً لحضراتكم

ماجد فوزي حنا
المدير التنفيذي
جمعية أبناء مطاي للتنمية ورعاية العائدين - المنيا
"""
    body = alt(text, "----=_Part_517330_660245122.1612360024517", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "sonic308-15.consmr.mail.ne1.yahoo.example.com", "198.51.100.208",
           "4DVsK73BqXz6", addr("Maged Fawzy", "maged_fawzy_matay@yahoo.example.com"), hdr(subj),
           "<1612360024517.517331@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(11, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="question from a Minya returnees' association about the Arabic letter's misprinted speaker deadline "
              "('الجمعة 23 فبراير') against the English 5 February, and whether a report may be in Arabic: "
              "mentions a speaker, a deadline and a report but submits nothing (the speaker is not named yet). "
              "Egyptian colloquial in a polite frame ('حضراتكم', 'يوم تلات'); Yahoo, base64. The association sends "
              "its report in h235-20 as a new message."))


# ================================================================ 12  FR  both  AEMD: collective report in two files + a lawyer for roundtable 3, Thunderbird
M12_ID = "<c41e8a27-93b5-4d0f-8e6a-1f2b7c9d3e50@aemd-egypte.example.org>"
M12_SUBJ = "AEMD - Rapport volontaire collectif et demande d'intervention"
M12_QID = "4DWFz29NcJz3"
M12_DOCX = "Rapport_collectif_AEMD_Pacte_mondial_Égypte_2021.docx"
M12_PDF = "Executive_summary_AEMD_EN.pdf"


def m12():
    when = at("2021-02-04 10:18:07")
    text = """Madame, Monsieur,

L'Association Égyptienne Mobilités et Développement (AEMD) a le plaisir de vous transmettre son rapport volontaire, rédigé conjointement avec l'Association Al-Wafaa pour le Développement de Kafr El-Cheikh et le Comité de Développement Rural de Samalout (Minya). Le rapport est en français ; vous trouverez en pièces jointes le rapport lui-même (Word) et son résumé exécutif en anglais (PDF), qui forment ensemble notre contribution.

Le rapport porte sur les départs irréguliers de jeunes du Delta et de Haute-Égypte vers l'Italie via la Libye, sur la situation des mineurs égyptiens non accompagnés, et sur l'accompagnement juridique des migrants francophones au Caire.

Par ailleurs, nous souhaiterions proposer Me Dina Fawzy Iskandar, responsable du pôle juridique de l'AEMD, pour une intervention lors de la troisième table ronde thématique de la Conférence. Avocate, elle suit depuis six ans les dossiers de mineurs rapatriés d'Italie. Me Iskandar est en copie de ce message.

Restant à votre disposition, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

--
Névine Sorial
Chargée de projets
Association Égyptienne Mobilités et Développement (AEMD)
12, rue de Bagdad - Héliopolis, Le Caire
Tél. : +20 2 0000 0000
"""
    doc = make_docx(["Association Egyptienne Mobilites et Developpement (AEMD)",
                     "avec l'Association Al-Wafaa (Kafr El-Cheikh) et le Comite de Developpement Rural de Samalout",
                     "Rapport volontaire - examen regional du Pacte mondial pour les migrations, 2021",
                     "1. Departs irreguliers du Delta et de Haute-Egypte", "2. Mineurs non accompagnes",
                     "3. Migrants francophones au Caire : acces au droit", "4. Recommandations"])
    pdf = make_pdf(["AEMD - Voluntary GCM review report - Executive summary (English)",
                    "Joint report with Al-Wafaa Association (Kafr El-Sheikh) and the Samalout Rural Development "
                    "Committee", "1. Irregular departures", "2. Unaccompanied Egyptian minors",
                    "3. Francophone migrants in Cairo", "4. Recommendations"])
    txt = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [txt, attach(DOCX, doc, M12_DOCX), attach("application/pdf", pdf, M12_PDF)],
                 "------------8D2A41C7F09B3E6150A7C2D4")
    m = mk(when, sent_at(when, 2, 7), "mail.aemd-egypte.example.org", "203.0.113.41", M12_QID,
           "=?UTF-8?Q?N=C3=A9vine_Sorial?= <n.sorial@aemd-egypte.example.org>", hdr(M12_SUBJ, enc="Q"), M12_ID, body,
           cc="Dina Fawzy Iskandar <d.iskandar@aemd-egypte.example.org>",
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Dina Fawzy Iskandar", "responsable du pôle juridique",
           "Association Égyptienne Mobilités et Développement (AEMD)", ["roundtable"], 3)],
        report_attachments=[M12_DOCX, M12_PDF],
        notes="francophone Egyptian NGO, both on time: a collective report in two files that the body says form "
              "the contribution together (French DOCX with 'É' in its name, RFC 2231 + RFC 2047, and an English "
              "executive summary PDF), so both are listed; the two partner associations are co-authors, not "
              "speakers. Speaker in prose with the lawyer's 'Me' (dropped), 'responsable du pôle juridique de "
              "l'AEMD' (title without 'de l'AEMD'); 'Avocate' in the next sentence is her profession; 'la troisième "
              "table ronde thématique'. Thunderbird multipart/mixed, 8bit format=flowed. The speaker is in Cc and "
              "her vacation reply follows (h235-13)."))


# ================================================================ 13  FR  auto_reply  the lawyer's Sieve vacation reply to our acknowledgement of 12
def m13():
    when = at("2021-02-04 10:19:30")
    ack = ack_mid(M12_QID)
    text = """Bonjour,

Je suis en audience puis en déplacement à Assouan jusqu'au lundi 8 février inclus, sans accès régulier à ma messagerie. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence, merci de contacter Mme Névine Sorial (n.sorial@aemd-egypte.example.org).

Me Dina Fawzy Iskandar
Avocate - Responsable du pôle juridique
AEMD
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.aemd-egypte.example.org", "203.0.113.41", "4DWG0b5TrLz8",
                    "Dina Fawzy Iskandar <d.iskandar@aemd-egypte.example.org>",
                    hdr("Absente jusqu'au 8 février - Réponse automatique", enc="Q"),
                    rfcdate(sent_at(when, 2, 1)), "<dovecot-sieve-1612426769-318204-0@mail.aemd-egypte.example.org>",
                    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M12_ID + " " + ack)]
    add(13, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Dovecot/Sieve vacation reply (Auto-Submitted: auto-replied (vacation), Precedence: bulk, null "
              "Return-Path) of the lawyer proposed in h235-12, who was in Cc of our acknowledgement: its subject "
              "is the user's own ('Absente jusqu'au 8 février'), not 'Re:'; it names her with 'Me', her title and "
              "the NGO like a signature. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 14  EN  speaker  Coptic church's migrants and refugees service, the priest writes, Apple Mail
M14_ID = "<8E1C5A3B-0F27-4D9E-A6B4-2C7D9E1F3A58@stmary-raphael.example.org>"
M14_SUBJ = "Nomination - Migrants and Refugees Service, St. Mary & Archangel Raphael Church"
M14_QID = "4DWRr45DkMz1"


def m14():
    when = at("2021-02-04 16:30:55")
    text = """Dear Brothers and Sisters of the GCM Regional Review Secretariat,

Peace and grace to you.

Our church in Ezbet El-Nakhl has been serving migrants and refugees in our neighbourhood since 2012. Every week we receive Eritrean, Ethiopian, South Sudanese and Sudanese families, Christians and Muslims alike, and we offer food parcels, help with school fees, a small clinic on Fridays, and visits to the sick and to those who are detained.

We would be honoured if Mrs. Demiana Fekry Abdelmalak, coordinator of the Migrants and Refugees Service of St. Mary and Archangel Raphael Coptic Orthodox Church, could make a floor intervention in one of the plenary sessions of the Conference. She has coordinated the Service for six years, speaks Arabic, English and some Tigrinya, and knows the families one by one.

With my prayers for the success of your work,

Fr. Antonios Shenouda
Parish priest, St. Mary and Archangel Raphael Coptic Orthodox Church
Ezbet El-Nakhl, Cairo
"""
    body = alt(text, "Apple-Mail=_5B9E0C31-7A24-4F8D-9E16-3D0B2A7C4E85", html=apple_html(text))
    m = mk(when, sent_at(when, 2, 9), "mail.stmary-raphael.example.org", "203.0.113.52", M14_QID,
           "Fr. Antonios Shenouda <abouna.antonios@stmary-raphael.example.org>", M14_SUBJ, M14_ID, body,
           extra=[("X-Mailer", APPLE)])
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Demiana Fekry Abdelmalak", "coordinator",
           "Migrants and Refugees Service of St. Mary and Archangel Raphael Coptic Orthodox Church", ["plenary"])],
        notes="a Coptic church's service for migrants, written by the parish priest ('Fr.' in the From and "
              "signature; he is not the speaker) with religious greetings; the speaker in prose with 'Mrs.' "
              "(dropped); the affiliation is the service together with its church, as the apposition writes it "
              "('Ezbet El-Nakhl' is the neighbourhood). 'one of the plenary sessions' = plenary. Apple Mail "
              "multipart/alternative; the From display name carries a comma-free honorific. Thanked in h235-17."))


# ================================================================ 15  AR  speaker  Sohag returnees' youth league: the nomination only in an attached form, 23:41 on 5 February
M15_FORM = "استمارة ترشيح متحدث - رابطة شباب جرجا.docx"


def m15():
    when = at("2021-02-05 23:41:20")
    subj = "استمارة ترشيح متحدث"
    text = """مساء الخير
معلش اتأخرنا لآخر اليوم، كان لازم نستنى الأستاذ عمرو يرجع من القاهرة عشان يمضي الاستمارة.
مرفق استمارة ترشيح المتحدث وفيها كل البيانات.
يارب نلحق الميعاد 🙏

أحمد رجب
رابطة شباب جرجا العائدين للتنمية - سوهاج
"""
    form = make_docx([
        "استمارة ترشيح متحدث",
        "الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية 2021",
        "اسم المتحدث (رباعي): عمرو جمال الدين عبد الباقي حسانين",
        "Name (Latin letters): Amr Gamal El-Din Abdel-Baky Hassanein",
        "الصفة / الوظيفة: رئيس مجلس إدارة الرابطة",
        "الجهة: رابطة شباب جرجا العائدين للتنمية - محافظة سوهاج",
        "الهاتف: 01100000000    البريد الإلكتروني: amr.gamal.girga@gmail.example.com",
        "نوع المشاركة المطلوبة (ضع علامة):",
        "☐ المشاركة في النقاش المفتوح للمشاورة متعددة أصحاب المصلحة (23 فبراير)",
        "☐ مقرر لعرض الرسائل الرئيسية لأصحاب المصلحة",
        "☐ مداخلة في إحدى الجلسات العامة",
        "☒ مداخلة في مائدة مستديرة مواضيعية - رقم المائدة: 1",
        "التوقيع: عمرو جمال الدين        التاريخ: 5/2/2021",
    ])
    a = alt(text, "000000000000b3e81f05ba9f7c21", html=android_html(text), b64=True)
    body = multi("mixed", [a, attach(DOCX, form, M15_FORM)], "000000000000b3e82105ba9f7c23")
    m = mk(when, sent_at(when, 2, 11), "mail-yw1-f196.google.example.com", "192.0.2.196", "4DXvT02PhGz5",
           "Ahmed Ragab <ahmed.ragab.girga@gmail.example.com>", hdr(subj),
           "<CAL8wR2vN5kT9xM+p3Hz7Bc1qY4dF6sJe8a@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عمرو جمال الدين عبد الباقي حسانين", "رئيس مجلس إدارة الرابطة", "رابطة شباب جرجا العائدين للتنمية",
           ["roundtable"], 1)],
        notes="Sohag returnees' youth league, 23:41 on the speaker deadline day (on time); a three-line colloquial "
              "phone mail with an emoji ('معلش اتأخرنا', 'يارب نلحق الميعاد') that names the speaker only as "
              "'الأستاذ عمرو': everything else is in the attached DOCX form with an Arabic name (RFC 2231 + RFC "
              "2047). The form has the four roles as tick boxes and only '☒' counts (roundtable 1); name in Arabic "
              "(recorded, the form's first name line) and in Latin letters; 'محافظة سوهاج' after the league is the "
              "place. The form is a nomination, not a report. The sender is not the speaker."))


# ================================================================ 16  FR  other  ARDATE answers our acknowledgement of 07 with practical questions
def m16():
    when = at("2021-02-06 11:05:12")
    ack = ack_mid(M07_QID)
    quoted = """Bonjour,

Nous vous remercions de votre message « Participation ARDATE ». Le secrétariat accuse réception de votre demande de prise de parole (1 intervenant) et reviendra vers vous au sujet du programme.

Examen régional du Pacte mondial sur les migrations - États arabes"""
    text = """Bonjour,

Merci beaucoup pour l'accusé de réception.

Svp deux petites questions :
- La table ronde se fera en ligne ou en présentiel ? Si c'est en ligne, est-ce que je peux me connecter depuis les bureaux de l'OIM à Gizeh, car la connexion chez nous est très faible.
- Est-ce qu'il y aura une interprétation arabe/français ? Je parle l'arabe tchadien mais je préfère présenter en français.

Merci d'avance
Abakar Mahamat Nour
SG ARDATE


Envoyé depuis mon appareil Galaxy

-------- Message d'origine --------
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Date : 01/02/2021 09:40 (GMT+02:00)
À : Abakar Mahamat <abakar.mahamat.ardate@gmail.example.com>
Objet : Accusé de réception - Participation ARDATE

""" + quoted + "\n"
    body = alt(text, "--_com.samsung.android.email_1612602306512280", html=android_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-qk1-f172.google.example.com", "192.0.2.172", "4DY8Lq5WcTz4",
           "Abakar Mahamat <abakar.mahamat.ardate@gmail.example.com>",
           hdr("RE: Accusé de réception - " + M07_SUBJ, enc="Q"), "<6c0d9a3e5b17.2f4e8b1c@email.samsung.example.com>",
           body, extra=[("In-Reply-To", ack), ("References", M07_ID + " " + ack)])
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 7,
        notes="reply from a Samsung phone to our acknowledgement of h235-07 (References name h235-07), with two "
              "practical questions (online or in person, connecting from IOM's office, Arabic/French "
              "interpretation): acknowledged, unlike a plain thank-you; it repeats his name and 'SG ARDATE' and "
              "'la table ronde' without a new request. Samsung's '-------- Message d'origine --------' header "
              "(not '>' quoting)."))


# ================================================================ 17  EN  other  the priest thanks us for the acknowledgement of 14 (iPhone)
def m17():
    when = at("2021-02-06 18:40:03")
    ack = ack_mid(M14_QID)
    quoted = """Dear Fr. Antonios Shenouda,

Thank you for your message "%s". The secretariat confirms receipt of your speaker request (1 speaker). The secretariat will contact you about the programme.

GCM Regional Review - Arab States""" % M14_SUBJ
    text = """Thank you, received with thanks. Demiana is ready for any preparation you need.
God bless your service.

Fr. Antonios

Sent from my iPhone

> On Feb 4, 2021, at 4:31 PM, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
""" + gt(quoted) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 8), "mail.stmary-raphael.example.org", "203.0.113.52", "4DYLh70VnSz2",
           "Fr. Antonios Shenouda <abouna.antonios@stmary-raphael.example.org>",
           "Re: Acknowledgement of receipt - " + M14_SUBJ, "<F2A7D9C1-6B3E-4E08-9C5A-1D8B3F7E2A64@stmary-raphael.example.org>",
           body, extra=[("X-Mailer", IPHONE), ("In-Reply-To", ack), ("References", M14_ID + " " + ack)])
    add(17, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 14,
        notes="two-line thank-you from an iPhone answering our acknowledgement of h235-14 (References name "
              "h235-14): adds nothing new ('Demiana is ready' is no request), so no acknowledgement; the quoted "
              "acknowledgement contains 'speaker request'."))


# ================================================================ 18  EN  report  Sudanese diaspora network in the UK: the report pasted in the body
def m18():
    when = at("2021-02-08 14:22:50")
    subj = "Voluntary GCM review - contribution of SDNMP (text in the body)"
    text = """Dear GCM Regional Review team,

Please find below our voluntary review contribution. We did not manage to put it in a proper PDF with our logo in time, so I paste the text directly in the email, I hope this is acceptable.

VOLUNTARY GCM REVIEW - SUDANESE DIASPORA NETWORK FOR MIGRANT PROTECTION (SDNMP)
Period covered: January 2019 - December 2020

1. Who we are
SDNMP is a network of 26 Sudanese diaspora professionals (lawyers, doctors, social workers, interpreters) in the UK, Ireland and the Netherlands. We support Sudanese migrants on the move through Egypt and Libya remotely, through volunteer caseworkers in Cairo, Tripoli and Kufra, and we document what they tell us.

2. Main findings
- Transit through Egypt: most young Sudanese men we followed entered Egypt regularly, overstayed, and were then unable to renew their residence because of the cost and the waiting time. Many of them lost their jobs in the informal sector during the 2020 lockdown.
- The Kufra route: arrivals through the desert to Kufra and onward to Tripoli increased in the second half of 2020. Our caseworkers recorded 41 cases of ransom demands to families in Sudan and in the diaspora.
- Detention in Libya: Sudanese nationals are often not identified as potential refugees and are held together with migrants for deportation.
- Returns: many returnees from Libya arrived in Darfur and Kordofan with no documents and no support, and some left again within months.

3. GCM objectives concerned
Objectives 4 (documents), 8 (saving lives and missing migrants), 13 (detention as a last resort) and 21 (dignified return and sustainable reintegration).

4. Recommendations
a) Egypt: a reduced-fee and faster residence procedure for Sudanese nationals, and access to the labour market.
b) Libya: an end to arbitrary detention, and screening and referral of Sudanese nationals in need of protection.
c) Sudan: reintegration programmes in Darfur and Kordofan that include returnees who came back on their own.
d) All states: a regional mechanism to trace missing migrants and support their families.

We remain at your disposal for any clarification.

Kind regards,

Mugahid Elfatih Babiker, PhD
Chair of the Steering Committee, SDNMP
Birmingham, United Kingdom
"""
    body = alt(text, "000000000000f2a6c905bad31e84", html=gmail_html(text))
    m = mk(when, sent_at(when, 0, 7), "mail-wr1-f43.google.example.com", "192.0.2.143", "4DZ6Wp3KrBz7",
           "Mugahid Babiker <sdnmp.network@gmail.example.com>", subj,
           "<CAM5tX8vR1kW4nQ+b7Lz2Hd9pY3cF6sJe0r@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="Sudanese diaspora network in the UK: the voluntary report is pasted in the body (title, period, four "
              "numbered sections, recommendations) and nothing is attached, so report_attachments is empty; the "
              "subject says so. Signed with 'PhD' after the name; no speaker is proposed. Date in UTC+0; Gmail."))


# ================================================================ 19  EN  speaker  Eritrean diaspora network in the Netherlands, late (9 February)
def m19():
    when = at("2021-02-09 17:30:26")
    subj = "Request for participation in open discussion - ETMSN (sorry for the late request)"
    text = """Dear Sir/Madam,

Selam. I am writing from Rotterdam on behalf of the Eritrean Transit Migrants Support Network (ETMSN), a small network of Eritrean volunteers in the Netherlands, Germany and Sudan who help the families of young Eritreans stuck in Khartoum, in Cairo or in the smugglers warehouses in Libya.

I know the deadline for speaker was on 5th of February and I apologise for writing so late, we heard about the consultation only last weekend from a friend in Khartoum. If it is still possible, we would like Ms. Rahwa Berhane Tekle, our field liaison in Khartoum, to participate in the open discussion of the multi-stakeholder consultation on 23rd February. She made the journey herself through Sudan, Egypt and Libya in 2014 and since then she accompanied more than hundred families searching for their children.

She can connect from Khartoum, the connection is not always good but she will try from the office of a partner organisation.

Thank you for your understanding,

Yohannes Tesfamariam
Coordinator, ETMSN
Rotterdam, the Netherlands
"""
    body = alt(text, "_000_AM0P190MB0738E5B1C2D9A46F_", html=outlook_html(text, lang="NL"))
    m = mk(when, sent_at(when, 1, 6), "mail-am5eur02olkn2061.outbound.protection.outlook.example.com",
           "198.51.100.61", "4DZk1Rv8TqZ3", "Yohannes Tesfamariam <yohannes.etmsn@outlook.example.com>", subj,
           "<AM0P190MB0738E5B1C2D9A46F@AM0P190MB0738.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-US"),
                  ("X-TMN", "[Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc]")])
    add(19, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Rahwa Berhane Tekle", "field liaison", "Eritrean Transit Migrants Support Network (ETMSN)",
           ["open_discussion"])],
        notes="late speaker request (9 February) that says so; English from an Eritrean diaspora writer in "
              "Rotterdam (Outlook.com, Date in UTC+1, Content-Language nl/en); the speaker in prose with 'Ms.' "
              "(dropped), 'our field liaison in Khartoum' (title without the place); Eritrean name chain "
              "(given name, father, grandfather) kept whole; the sender is not the speaker."))


# ================================================================ 20  AR  report  Minya returnees' association: Arabic body with summary, English DOCX
M20_FILE = "Matay_Association_GCM_Voluntary_Report_Feb2021.docx"


def m20():
    when = at("2021-02-11 12:05:33")
    subj = "التقرير الطوعي - جمعية أبناء مطاي للتنمية ورعاية العائدين"
    text = """السادة أمانة الاستعراض الإقليمي،
تحية طيبة وبعد،

بالإشارة لرسالتنا السابقة، مرفق لحضراتكم التقرير الطوعي لجمعية أبناء مطاي للتنمية ورعاية العائدين بمحافظة المنيا، عن الفترة 2019-2020.

التقرير مكتوب بالإنجليزي لأن المكتب الاستشاري اللي ساعدنا في الصياغة شغال بالإنجليزي، ودا ملخص سريع بالعربي:
- الجمعية بتخدم حوالي ٤٠٠ أسرة في قرى مركز مطاي ليها أبناء في ليبيا أو رجعوا منها.
- أغلب العائدين رجعوا من غير مستحقاتهم ومن غير أوراق، ومحتاجين قروض صغيرة وتدريب مهني.
- فيه زيادة في سفر الشباب الصغيرين لليبيا عن طريق السلوم ومنها لإيطاليا.
- توصياتنا: دعم مشروعات العائدين، وتوعية الأهالي بمخاطر الهجرة غير النظامية، وتسهيل استخراج الأوراق من السفارة.

أما بالنسبة لطلب الكلمة، فهمنا من ردكم إن الميعاد كان ٥ فبراير، فمش هنقدم طلب المرة دي.

مع خالص الشكر والتقدير،

ماجد فوزي حنا
المدير التنفيذي
جمعية أبناء مطاي للتنمية ورعاية العائدين - المنيا
"""
    doc = make_docx(["Matay Sons Association for Development and Returnee Care - Minya Governorate",
                     "Voluntary GCM Review Report, 2019-2020", "1. About the association (400 families)",
                     "2. Returnees from Libya: wages, documents, livelihoods",
                     "3. Young people leaving through Salloum towards Italy", "4. Recommendations"])
    a = alt(text, "0000000000006d1b4a05bb1c8e57", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M20_FILE)], "0000000000006d1b4c05bb1c8e59")
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f52.google.example.com", "192.0.2.152", "4F0Bq63XmWz1",
           addr("ماجد فوزي حنا", "matay.association@gmail.example.com"), hdr(subj),
           "<CAH2vQ6xN9kR3mT+w8Bz5Lc1pY7dF4sJe2k@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="Minya returnees' association: an Arabic body with an English-language DOCX report (acknowledge in "
              "Arabic); the four-point Arabic summary in the body is not the report itself; 'بالإشارة لرسالتنا "
              "السابقة' refers to the question h235-11 (not a submission, and this is a new message: thread_of "
              "null). The paragraph on the speaker deadline says they will not ask to speak: no speaker. Sent "
              "from a different address than h235-11 (Gmail instead of Yahoo)."))


# ================================================================ 21  AR  both  Sudanese refugee-led initiative in Ain Shams: report on time, speaker late
M21_FILE = "Nile_Companions_Initiative_GCM_Report_2021.pdf"


def m21():
    when = at("2021-02-12 20:14:48")
    subj = "تقرير مبادرة رفاق النيل + ترشيح متحدث"
    text = """السلام عليكم ورحمة الله
يا إخوانا في أمانة الاستعراض، إن شاء الله تكونوا بخير وعافية.

نحن مبادرة رفاق النيل للاجئين السودانيين بالقاهرة، مبادرة شبابية بديناها سنة ٢٠١٧ في عين شمس والمطرية، بنساعد الناس الجايين جديد من السودان في السكن والتسجيل في المفوضية ومدارس الأولاد، وبنتابع حالات الشباب الماشين ليبيا عن طريق الحدود.

رسلنا ليكم التقرير الطوعي بتاعنا مرفق، كتبناهو بالإنجليزي عشان الناس الساعدونا في الكتابة من منظمة شريكة، وفيهو قصص حقيقية من ناسنا.

وكمان لو في فرصة لسه، دايرين الأستاذ الطيب عوض الكريم محمد الحسن، منسق المبادرة، يتكلم في الطاولة المستديرة الأولى. عارفين إنو الزمن فات شوية، لكن الجماعة ما عرفوا بالدعوة إلا الأسبوع الفات.

وجزاكم الله خير
محمد عثمان "ود الجزيرة"
مسؤول الإعلام - مبادرة رفاق النيل
القاهرة
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Nile Companions Initiative for Sudanese Refugees in Cairo",
                  ["Who we are: a youth initiative in Ain Shams and Matariya", "Newcomers from Sudan: housing, "
                   "registration, schools", "Young men leaving for Libya through the border", "Stories from our "
                   "community", "Recommendations"])
    a = alt(text, "000000000000a8d5e205bb36f1c0", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "000000000000a8d5e405bb36f1c2")
    m = mk(when, sent_at(when, 2, 9), "mail-lj1-f171.google.example.com", "192.0.2.171", "4F0yJ28NdHz6",
           addr("Mohamed Osman", "rufaga.elnil.cairo@gmail.example.com"), hdr(subj),
           "<CAJ9pW3tM6vK1xR+n4Hz8Lc2sY5dF7qBe9m@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("الطيب عوض الكريم محمد الحسن", "منسق المبادرة", "مبادرة رفاق النيل للاجئين السودانيين بالقاهرة",
           ["roundtable"], 1)],
        report_attachments=[M21_FILE],
        notes="both on 12 February: the report is on time but the speaker part is a week late (and the sender "
              "knows it, 'الزمن فات شوية'), so on_time is false. Sudanese colloquial Arabic ('دايرين', 'بديناها', "
              "'كتبناهو', 'فيهو', 'الأسبوع الفات') with an English-language PDF; speaker after 'الأستاذ' (dropped), "
              "'منسق المبادرة' kept as written, 'الطاولة المستديرة الأولى' (طاولة, not مائدة). 'بالقاهرة' is part "
              "of the initiative's name as written. The sender signs with his nickname in quotes and is not the "
              "speaker. Gmail, base64."))


# ================================================================ 22  FR  report  Alexandria families' association, sent by the assistant, Cc the president (mistyped)
M22_ID = "<PR3P192MB0875B4E2A9C1D6F3@PR3P192MB0875.EURP192.PROD.OUTLOOK.example.com>"
M22_SUBJ = "Rapport volontaire - Association Alexandrine d'Entraide aux Familles de Migrants (AAEFM)"
M22_QID = "4F1NwQ7hPcz2"
M22_FILE = "Rapport_AAEFM_examen_régional_PMM_2021.pdf"


def m22():
    when = at("2021-02-13 11:40:19")
    text = """Bonjour,

De la part de notre Présidente, Mme Hoda Farid Mikhail (en copie), j'ai le plaisir de vous transmettre ci-joint le rapport volontaire de l'Association Alexandrine d'Entraide aux Familles de Migrants (AAEFM) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport présente notre travail auprès des familles d'Alexandrie, de Kafr El-Dawar et de Rosette dont les fils sont partis par la mer, ont disparu ou sont détenus en Libye, ainsi que nos recommandations sur la recherche des migrants disparus et l'identification des corps.

Nous vous serions reconnaissants de bien vouloir en accuser réception.

Bien cordialement,

Mariam Gaber
Assistante administrative
AAEFM - Association Alexandrine d'Entraide aux Familles de Migrants
14, rue Fouad - Alexandrie, Égypte
"""
    pdf = rep_pdf("Rapport volontaire - AAEFM", "Association Alexandrine d'Entraide aux Familles de Migrants (AAEFM)",
                  ["Les familles d'Alexandrie, Kafr El-Dawar et Rosette", "Fils disparus en mer",
                   "Detenus en Libye", "Recherche des disparus et identification", "Recommandations"])
    a = alt(text, "_000_PR3P192MB0875B4E2A9C1D6F3_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "_004_PR3P192MB0875B4E2A9C1D6F3_")
    m = mk(when, sent_at(when, 2, 8), "mail-pr3fra01on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", M22_QID, "Mariam Gaber <secretariat@aaefm-alex.example.org>", M22_SUBJ, M22_ID, body,
           cc="Hoda Farid Mikhail <hoda.mikhail@aaefm-alex.example.org>",
           extra=outlook(M22_SUBJ, "AdcBf8Wq1Er4Ty7Ui0Op3As6Df9Gh2Jk==", lang="fr-FR", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="Alexandria association of migrants' families; the administrative assistant sends the report 'de la "
              "part de notre Présidente, Mme ... (en copie)': a named person with a title who is not a speaker. "
              "Outlook, PDF name with 'é' (RFC 2231 + RFC 2047). The president's Cc address is mistyped and the "
              "copy of our acknowledgement bounces (h235-23)."))


# ================================================================ 23  FR  bounce  French Exchange NDR for the Cc copy of our acknowledgement of 22
def m23():
    when = at("2021-02-13 11:40:52")
    ack = ack_mid(M22_QID)
    ack_subj = "Accusé de réception - " + M22_SUBJ
    text = """Votre message n'a pas pu être remis aux destinataires suivants :

hoda.mikhail@aaefm-alex.example.org
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez votre service d'assistance.

Diagnostic pour les administrateurs :
Serveur de rapport : PR3P192MB0875.EURP192.PROD.OUTLOOK.example.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Objet du message d'origine : %s
""" % ack_subj
    p1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    dsn = ("Reporting-MTA: dns;PR3P192MB0875.EURP192.PROD.OUTLOOK.example.com\n"
           "Received-From-MTA: dns;mx1.iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;hoda.mikhail@aaefm-alex.example.org\n"
           "Action: failed\n"
           "Status: 5.1.10\n"
           "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP\n"
           " address lookup\n" % rfcdate(when - dt.timedelta(seconds=8)))
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    returned = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                "To: Mariam Gaber <secretariat@aaefm-alex.example.org>\n"
                "CC: Hoda Farid Mikhail <hoda.mikhail@aaefm-alex.example.org>\n"
                "Subject: Accuse de reception - Rapport volontaire - Association Alexandrine d'Entraide aux\n"
                " Familles de Migrants (AAEFM)\n"
                "Date: %s\n"
                "Message-ID: %s\n"
                "In-Reply-To: %s\n"
                "References: %s\n" % (rfcdate(when - dt.timedelta(seconds=11)), ack, M22_ID, M22_ID))
    p3 = leaf("text/rfc822-headers", returned, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "_000_PR3P192MB0875NDR20210213_",
                 params=[("report-type", '"delivery-status"')])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mail-pr3fra01on0619.outbound.protection.outlook.example.com\r\n"
                         " (mail-pr3fra01on0619.outbound.protection.outlook.example.com [198.51.100.119])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4F1NxB2kRvz9\r\n"
                         "\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(when, "EET")),
            ("From", "postmaster@aaefm-alex.example.org"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Date", rfcdate(sent_at(when, 2, 3))),
            ("Subject", hdr("Non remis : " + ack_subj, enc="Q")),
            ("Message-ID", "<3e8b1f2a-6c4d-4a7e-9f05-b2d1c7e4a980@PR3P192MB0875.EURP192.PROD.OUTLOOK.example.com>"),
            ("In-Reply-To", ack), ("References", ack),
            ("Content-Language", "fr-FR"), ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Auto-Submitted", "auto-replied")]
    add(23, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="Exchange NDR localised in French ('Non remis :', 5.1.10 recipient not found) for the copy of our "
              "acknowledgement of h235-22 sent to the mistyped Cc address of the association's president; "
              "multipart/report, the returned headers name h235-22 in In-Reply-To and its subject about a "
              "voluntary report. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 24  FR  report  Alexandria research centre from Paris: 23:07 in Paris = 00:07 in Beirut (late)
M24_FILE = "CAEMM_rapport_volontaire_PMM_2021.pdf"


def m24():
    when = at("2021-02-17 00:07:40")
    subj = "CAEMM - rapport volontaire (examen régional du PMM)"
    text = """Bonjour,

Je vous prie de trouver ci-joint le rapport volontaire du Centre Alexandrin d'Études des Migrations Méditerranéennes (CAEMM), que je vous envoie de Paris où je suis en mission ce mois-ci. J'espère qu'il arrive bien avant minuit !

Le rapport analyse les départs depuis la côte nord de l'Égypte et depuis l'est libyen (Tobrouk, Benghazi) vers l'Italie et la Grèce en 2019-2020, ainsi que le retour des travailleurs égyptiens de Libye pendant la pandémie.

Toutes nos excuses pour cet envoi de dernière minute.

Bien cordialement,

Dr Karim Wissa
Chercheur associé - CAEMM
Alexandrie / Paris
"""
    pdf = rep_pdf("Rapport volontaire - CAEMM", "Centre Alexandrin d'Etudes des Migrations Mediterraneennes (CAEMM)",
                  ["Departs depuis la cote nord de l'Egypte", "Departs depuis l'est libyen (Tobrouk, Benghazi)",
                   "Retours de Libye pendant la pandemie", "Recommandations"])
    a = alt(text, "000000000000e1c74b05bb8a2d36", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "000000000000e1c74d05bb8a2d38")
    m = mk(when, sent_at(when, 1, 4), "mail-wm1-f48.google.example.com", "192.0.2.148", "4F3L0s5GtNz8",
           "Karim Wissa <karim.wissa.caemm@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAK7vN2wT5mR8xQ+c1Bz4Hd6pL9sY3fJe7n@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late by seven minutes: the researcher wrote from Paris at 23:07 on 16 February (Date header in "
              "UTC+1, 'J'espère qu'il arrive bien avant minuit'), but the mailbox received it at 00:07 on 17 "
              "February Beirut time, after the report deadline. Alexandria research centre; 'Dr' in the "
              "signature, no speaker. Gmail, PDF."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
