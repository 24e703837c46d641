#!/usr/bin/env python3
"""Write the blind evaluation set holdout207 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets207.py
Theme: women's and children's rights groups writing to the review mailbox (1-17 February 2021).  Feminine
titles (Présidente, Directrice exécutive, chargée de programme, منسقة, رئيسة), double and hyphenated family
names, names with bint / ben / ould / mint / Al-, a young woman proposed together with her mentor, a mother
telling her son's story, a coalition report with its list of member organisations, speaker details only in
an HTML table, plus an out-of-office and a bounce.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, top)
from mailgen import POSTFIX_NOTICE, b_word, gmail_html, outlook_rows as outlook
from mailgen import quote_block as quote, ack_id, logo

SET = EvalSet(207)
add = SET.add


def report_pdf(title, org, parts):
    lines = [title, org, "Regional Review of the Global Compact for Migration - Arab region, 2021", ""]
    for k, p in enumerate(parts, 1):
        lines.append("%d. %s" % (k, p))
    return make_pdf(lines)


def gmail(text, boundary, rtl=False):
    return multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", gmail_html(text, rtl), "UTF-8", "base64")], boundary)


# ================================================================ 01  EN  speaker  HTML table only, two speakers
def m01():
    when = at("2021-02-01 10:12:44")
    sent = sent_at(when, 2, 6)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Secretariat of the Regional Review,</p>
<p>Greetings from Amman. Girls First Initiative would like to take up the invitation to speak at the regional
consultation and conference. Please find our two nominees below; both have completed the online registration.</p>
<table border="0" cellspacing="0" cellpadding="6" style="border:1px solid #bfbfbf">
<tr style="background:#7030a0;color:#ffffff"><td><b>Nominee</b></td><td><b>Position</b></td><td><b>Organisation</b></td><td><b>Session requested</b></td></tr>
<tr><td>Dr. Hanan Al-Rashidi</td><td>Executive Director</td><td>Girls First Initiative (GFI)</td><td>Thematic roundtable 2 (floor intervention)</td></tr>
<tr><td>Ms. Joanna Khoury-Haddad</td><td>Child Protection Programme Manager</td><td>Girls First Initiative (GFI)</td><td>Open discussion, 23 February</td></tr>
</table>
<p>We would be grateful for a confirmation of receipt.</p>
<p>Warm regards,</p>
<p style="color:#7030a0"><b>GFI Partnerships Desk</b><br>
Amman &ndash; Jordan<br>
<span style="font-size:8pt;color:#888">Every girl, everywhere, safe on the move.</span></p>
</div>"""
    body = html_only(inner, newlines=True)
    subj = "Speakers nomination - GFI"
    m = mk(when, sent, "mail-he1eur04on0712.outbound.protection.outlook.example.com", "198.51.100.12",
           "4DTq0c5Kd1z2", "GFI Partnerships <partnerships@girlsfirst.example.org>", subj,
           "<HE1PR04MB3321A9C0D17E2F44B1C5@HE1PR04MB3321.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcXm3QzR1y2k0Wb7Ea9Tq4L5p8v1g=="))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hanan Al-Rashidi", "Executive Director", "Girls First Initiative (GFI)", ["roundtable"], 2),
        sp("Joanna Khoury-Haddad", "Child Protection Programme Manager", "Girls First Initiative (GFI)",
           ["open_discussion"])],
        notes="HTML-only Outlook message: the speaker details exist only in the cells of an HTML table (no text/plain "
              "part); 'Dr.'/'Ms.' dropped; hyphenated family name; the signature is a shared desk, not a speaker, and "
              "'Amman - Jordan' is a place."))


# ================================================================ 02  AR  auto_reply  out of office to the invitation
def m02():
    when = at("2021-02-01 11:30:09")
    sent = sent_at(when, 3, 2)
    text = """السلام عليكم،

شكراً على رسالتكم. أنا في إجازة أمومة حتى ١٥ آذار/مارس ٢٠٢١ ولن أتمكن من الرد على البريد.
لأي أمر يخص برامج حماية الطفولة يرجى مراسلة الزميلة ريم على العنوان programs@amal-women.example.org

مع التحية،
دعاء الزعبي
منسقة البرامج - جمعية أمل لتمكين المرأة
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "smtp.amal-women.example.org", "203.0.113.27", "4DTr9k1Xw3z8",
                    addr("دعاء الزعبي", "d.zoubi@amal-women.example.org"),
                    re_hdr("رد تلقائي: ", "Invitation - Regional Review of the Global Compact for Migration in the Arab Region"),
                    rfcdate(sent), "<auto.1612171807.4471@amal-women.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                           ("Precedence", "bulk")])
    add(2, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="out-of-office (maternity leave) answering the invitation; Auto-Submitted and X-Autoreply headers, "
              "Precedence: bulk. It names a coordinator and her association but proposes nobody: never acknowledge."))


# ================================================================ 03  FR  speaker  Présidente, details in the signature
def m03():
    when = at("2021-02-02 09:05:31")
    sent = sent_at(when, 1, 7)
    text = """Bonjour,

Suite à votre courrier d'invitation, notre association souhaite prendre la parole lors d'une séance plénière de la conférence des 24 et 25 février. C'est moi-même qui interviendrai, au nom des femmes migrantes que nous accompagnons à Casablanca et Oujda.

Nous sommes inscrites sur la plateforme.

Bien cordialement,

--
Fatima-Zahra Benjelloun-Tazi
Présidente
Association Marocaine pour les Droits des Femmes Migrantes (AMDFM)
Rabat, Maroc
Tél. +212 5 37 00 00 00
"""
    body = gmail(text, "000000000000a41f3905ba4c2d11")
    m = mk(when, sent, "mail-wr1-f54.google.example.com", "192.0.2.54", "4DVB3n0Lq7z1",
           "Fatima-Zahra Benjelloun <fz.benjelloun@amdfm.example.ma>", "Demande d'intervention - plénière",
           "<CAF7b2kQx1pN0mZ8=Qe4u5vYt3rWd9s@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatima-Zahra Benjelloun-Tazi", "Présidente",
           "Association Marocaine pour les Droits des Femmes Migrantes (AMDFM)", ["plenary"])],
        notes="the speaker is the sender ('C'est moi-même'); name, feminine title and organisation only in the "
              "signature; the From display name drops the second family name (the label uses the full signature "
              "form); 'Rabat, Maroc' is a place, not part of the affiliation."))


# ================================================================ 04  AR  speaker  young woman with her mentor
def m04():
    when = at("2021-02-02 14:20:18")
    sent = sent_at(when, 4, 5)
    text = """السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،

تحية طيبة وبعد،

يسعدنا في شبكة فتيات الخليج للحقوق أن نرشح متحدثتين للمشاركة معاً في المائدة المستديرة المواضيعية الثالثة، إيماناً منا بأهمية إيصال صوت الشابات المهاجرات بأنفسهن:

١- الاسم: سارة بنت خالد العامري
   الصفة: عضوة المجلس الاستشاري للشباب
   الجهة: شبكة فتيات الخليج للحقوق
   (١٩ عاماً، ستتحدث عن تجربتها كابنة لأسرة مهاجرة)

٢- الاسم: الدكتورة عائشة بنت سالم المهيري
   الصفة: رئيسة مجلس الإدارة
   الجهة: شبكة فتيات الخليج للحقوق
   (مرشدة سارة في برنامج القيادات الشابة، وسترافقها في المداخلة نفسها)

نأمل أن تتاح لهما المداخلة المشتركة، وفي حال تعذر ذلك نرجو إعطاء الأولوية لسارة.

وتفضلوا بقبول فائق الاحترام،

مكتب التنسيق
شبكة فتيات الخليج للحقوق
أبوظبي
"""
    body = alt(text, "_000_AM0PR02MB5521C0D9E8F7A6B5_", rtl=True)
    subj = "ترشيح متحدثتين - المائدة المستديرة الثالثة"
    m = mk(when, sent, "mail-am0eur02on0633.outbound.protection.outlook.example.com", "198.51.100.33",
           "4DVLk28Mn6z4", addr("مكتب التنسيق - شبكة فتيات الخليج", "coord@gulfgirls.example.org"), hdr(subj),
           "<AM0PR02MB5521C0D9E8F7A6B5@AM0PR02MB5521.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcZq8Lk3Jh2Gf1Ds0Ap9Ow8Ie7Uyw==", lang="ar-AE"))
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سارة بنت خالد العامري", "عضوة المجلس الاستشاري للشباب", "شبكة فتيات الخليج للحقوق", ["roundtable"], 3),
        sp("عائشة بنت سالم المهيري", "رئيسة مجلس الإدارة", "شبكة فتيات الخليج للحقوق", ["roundtable"], 3)],
        notes="two co-speakers proposed together for one joint intervention (a 19-year-old and her mentor); 'بنت' is "
              "part of both names and kept; 'الدكتورة' dropped; roundtable as the ordinal word 'الثالثة' in the "
              "intro only. Sent from the coordination office (not a speaker); 'أبوظبي' is a place."))


# ================================================================ 05  EN  report  PDF, Gmail, children's rights
M05_ID = "<CAH3z9Lr0pQe-Vt7=RkM2a8nX4yUc1w@mail.gmail.example.com>"
M05_SUBJ = "Voluntary GCM review report - Right to Childhood Foundation"


def m05():
    when = at("2021-02-03 11:40:02")
    sent = sent_at(when, 2, 4)
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Right to Childhood Foundation. It focuses on unaccompanied and separated children (objectives 7 and 13), with case data from our drop-in centres in Beirut and Tripoli for 2019-2020.

We remain available for any clarification.

Kind regards,
Maya

Maya Haddad Nassar
Advocacy & Research Coordinator
Right to Childhood Foundation
"""
    fname = "RTC_Foundation_GCM_Voluntary_Report_Feb2021.pdf"
    pdf = report_pdf("Voluntary GCM Review Report", "Right to Childhood Foundation",
                     ["Context: children on the move in Lebanon", "Unaccompanied and separated children (Obj. 7)",
                      "Detention as a last resort (Obj. 13)", "Recommendations"])
    body = multi("mixed", [gmail(text, "000000000000b2e60a05ba5d7e01"), attach("application/pdf", pdf, fname)],
                 "000000000000b2e60c05ba5d7e03")
    m = mk(when, sent, "mail-ej1-f48.google.example.com", "192.0.2.48", "4DW2Pq7Vx0z3",
           "Maya Haddad Nassar <maya.hn@righttochildhood.example.org>", M05_SUBJ, M05_ID, body)
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="plain voluntary report, PDF attached, Gmail; the sender's double family name is in the signature but "
              "she asks for no speaking role (no speakers)."))


# ================================================================ 06  FR  other  can a minor speak?
def m06():
    when = at("2021-02-03 16:02:47")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Dans le cadre de la consultation multipartite du 23 février, notre association envisage de proposer une jeune fille de 17 ans, arrivée seule en Tunisie à 14 ans, pour témoigner lors de la discussion ouverte.

Avant de vous transmettre une candidature, pourriez-vous nous préciser :
- si la participation d'une personne mineure est possible ;
- si une autorisation parentale ou de son tuteur est requise, et sous quelle forme ;
- si elle peut intervenir en arabe dialectal avec interprétation.

Nous tenons à la protéger et souhaitons, si possible, qu'elle n'apparaisse pas à l'écran.

Avec nos remerciements,

Ines Gharbi-Mansour
chargée de programme Protection de l'enfance
Association Enfance Sans Frontières - Tunis
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.topnet-mail.example.tn", "203.0.113.140", "4DW8Tb3Gh5z6",
           "Ines Gharbi-Mansour <ines.gharbi@esf-tunis.example.org>", "Question - participation d'une mineure",
           "<5f2c81a4.1c69fb81.7d3e.0a2b@esf-tunis.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")])
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a question before any nomination: the girl is neither named nor proposed yet; the only named person is "
              "the sender (feminine 'chargée de programme'), who asks nothing for herself. Not a speaker request."))


# ================================================================ 07  EN  both  on behalf of the director, DOCX
M07_ID = "<DB7PR03MB4871E5A0B6C2D9F1A3E7@DB7PR03MB4871.eurprd03.prod.outlook.example.com>"
M07_SUBJ = "AWLN submission: voluntary review report + speaker request"


def m07():
    when = at("2021-02-03 18:25:10")
    sent = sent_at(when, 2, 6)
    text = """Dear GCM Regional Review team,

On behalf of Dr. Rasha Abu-Ghazaleh, Executive Director of the Arab Women's Legal Network (AWLN), please find attached our voluntary GCM review report, prepared with our member lawyers in Jordan, Lebanon and Iraq on access to justice for migrant domestic workers.

Dr. Abu-Ghazaleh would also like to request a floor intervention in one of the plenary sessions of the conference (24 or 25 February). Her details:

Rasha Abu-Ghazaleh
Executive Director
Arab Women's Legal Network (AWLN)

Please let me know if anything else is needed.

Best regards,

Dalia Mashal
Communications Officer | AWLN
Amman, Jordan
"""
    fname = "AWLN - GCM voluntary review report 2021.docx"
    docx = make_docx(["Arab Women's Legal Network (AWLN)", "Voluntary GCM review report 2021",
                      "Access to justice for migrant domestic workers", "1. Legal framework", "2. Findings",
                      "3. Recommendations"])
    body = multi("mixed", [alt(text, "_000_DB7PR03MB4871E5A0B6C2D9F1A3E7_"), attach(DOCX, docx, fname)],
                 "_004_DB7PR03MB4871E5A0B6C2D9F1A3E7_")
    m = mk(when, sent, "mail-db7eur03on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DWC8r4Lp2z9", "Dalia Mashal <d.mashal@awln.example.org>", M07_SUBJ, M07_ID, body,
           extra=outlook(M07_SUBJ, "AdcaB7Cd8Ef9Gh0Ij1Kl2Mn3Op4Qr5g==", has_attach="yes"))
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, report_attachments=[fname],
        speakers=[sp("Rasha Abu-Ghazaleh", "Executive Director", "Arab Women's Legal Network (AWLN)", ["plenary"])],
        notes="both, on time; sent on behalf of the director by the communications officer (her own title in the "
              "signature is not the speaker's); hyphenated family name; attachment name with spaces."))


# ================================================================ 08  AR  speaker  phone, dialect, pasted form
def m08():
    when = at("2021-02-04 08:50:26")
    sent = sent_at(when, 2, 9)
    text = """مرحبا
بدي قدم طلب مداخلة بالحوار المفتوح يوم ٢٣ شباط. عبّيت الاستمارة عالموقع وهاي نسخة عنها:

الاسم الكامل: نور الهدى بن يوسف
المسمى الوظيفي: منسقة مشاريع
المنظمة: جمعية نساء من أجل الكرامة
البلد: لبنان
الدور المطلوب: المشاركة في الحوار المفتوح (المشاورة متعددة الأطراف)

يعطيكن العافية

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-pf1-f181.google.example.com", "192.0.2.181", "4DWb0s2Kh9z1",
           addr("Nour", "nourhouda.by@gmail.example.com"), hdr("مداخلة"),
           "<8D3F1A2B-77C4-4E19-9B6A-2F0E5D4C3B21@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نور الهدى بن يوسف", "منسقة مشاريع", "جمعية نساء من أجل الكرامة", ["open_discussion"])],
        notes="iPhone, Levantine dialect ('بدي', 'عبّيت', 'يعطيكن العافية'), one-word subject, display name 'Nour' "
              "only: the details are only in a copy of the online form pasted into the body; 'ابن/بن' kept in the "
              "name; the country line is not part of the affiliation."))


# ================================================================ 09  FR  report  coalition, member list, DOCX
M09_ID = "<PR1P264MB2290B7A6C5D4E3F2@PR1P264MB2290.FRAP264.PROD.OUTLOOK.example.com>"
M09_SUBJ = "Rapport collectif - Coalition maghrébine pour les droits de l'enfant en mobilité"
M09_TEXT = """Madame, Monsieur,

La Coalition maghrébine pour les droits de l'enfant en mobilité (CMDEM) a l'honneur de vous transmettre, en pièce jointe, son rapport volontaire collectif dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été élaboré collectivement entre novembre 2020 et janvier 2021 par les organisations membres suivantes :

1. Association Enfance Sans Frontières (Tunisie)
2. Association Marocaine pour les Droits des Femmes Migrantes (AMDFM)
3. Réseau Algérien pour la Défense des Droits de l'Enfant (NADA)
4. Fondation Bayti pour l'enfance (Maroc)
5. Association Mauritanienne pour la Santé de la Mère et de l'Enfant
6. Collectif Libyen des Mères (CLM)
7. Terre d'Accueil Enfance - Oujda

Il porte sur les objectifs 7, 13 et 15 du Pacte, avec une attention particulière aux filles et aux mineurs non accompagnés.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Samia Ben Brahim
Secrétaire exécutive
Coalition maghrébine pour les droits de l'enfant en mobilité (CMDEM)
Secrétariat : Tunis
"""


def m09():
    when = at("2021-02-04 13:15:40")
    sent = sent_at(when, 1, 5)
    fname = "Rapport_collectif_CMDEM_PMM_2021.docx"
    docx = make_docx(["Coalition maghrébine pour les droits de l'enfant en mobilité (CMDEM)",
                      "Rapport volontaire collectif - Examen régional du PMM 2021", "Organisations membres : 7",
                      "1. Contexte", "2. Mineurs non accompagnés", "3. Recommandations"])
    body = multi("mixed", [alt(M09_TEXT, "_000_PR1P264MB2290B7A6C5D4E3F2_"), attach(DOCX, docx, fname)],
                 "_004_PR1P264MB2290B7A6C5D4E3F2_")
    m = mk(when, sent, "mail-pr1fra01on0105.outbound.protection.outlook.example.com", "198.51.100.105",
           "4DWk5m6Nr8z2", "Samia Ben Brahim <secretariat@cmdem.example.org>", M09_SUBJ, M09_ID, body,
           extra=outlook(M09_SUBJ, "AdcbC1Dd2Ee3Ff4Gg5Hh6Ii7Jj8Kk9w==", lang="fr-FR", has_attach="yes"))
    add(9, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a coalition with a numbered list of its seven member organisations (which are "
              "not speakers, and one of them also writes to the mailbox separately: h207-03, h207-06); 'ben' in the "
              "sender's name; Outlook, fr-FR."))


# ================================================================ 10  EN  speaker  bint / Al-, title with unit
def m10():
    when = at("2021-02-04 17:32:05")
    sent = sent_at(when, 3, 5)
    text = """Dear Sir/Madam,

I write to request a floor intervention in the first thematic roundtable (Roundtable I) of the Regional Review Conference. I would speak on the situation of migrant women in domestic work and their children left behind, drawing on our 2020 household survey.

I have registered on the conference platform.

With best regards,

Noora bint Ali Al-Suwaidi
Head of Research, Women and Family Studies Unit
Gulf Centre for Family and Migration Studies
Doha, Qatar

This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    body = multi("related", [alt(text, "_000_DXBP281MB0219A1B2C3D4_"), logo("image001.png@01D6FA2B.7C1E9A40",
                                                                             (0, 110, 90))],
                 "_005_DXBP281MB0219A1B2C3D4_", params=[("type", '"multipart/alternative"')])
    subj = "Request for floor intervention - Roundtable I"
    m = mk(when, sent, "mail-dxb01on0640.outbound.protection.outlook.example.com", "198.51.100.140",
           "4DWq7h3Bz0z5", "Noora Al-Suwaidi <nalsuwaidi@gcfms.example.qa>", subj,
           "<DXBP281MB0219A1B2C3D4@DXBP281MB0219.ARE.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcbD4Ee5Ff6Gg7Hh8Ii9Jj0Kk1Ll2w=="))
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Noora bint Ali Al-Suwaidi", "Head of Research, Women and Family Studies Unit",
           "Gulf Centre for Family and Migration Studies", ["roundtable"], 1)],
        notes="speaker is the sender, details only in the signature; 'bint Ali' is part of the full name (the From "
              "display name shortens it); the title is written with its unit on one line and kept whole (as dev 012); "
              "roundtable as Roman numeral 'Roundtable I'; inline logo; 'Doha, Qatar' is a place."))


# ================================================================ 11  AR  both  PDF + رئيسة as rapporteur
def m11():
    when = at("2021-02-05 12:04:51")
    sent = sent_at(when, 1, 6)
    text = """السيدات والسادة أعضاء أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

تتشرف الجمعية التونسية لحماية الطفولة المهاجرة بأن ترسل إليكم طيّه تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة، والذي يتناول أوضاع الأطفال المهاجرين غير المصحوبين في تونس.

كما تقترح الجمعية رئيستها، السيدة ليلى بن عمار، للقيام بدور المقررة التي تقدم الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر.

ليلى بن عمار
رئيسة الجمعية التونسية لحماية الطفولة المهاجرة

مع فائق التقدير،
الكاتبة العامة
هالة الدريدي
"""
    fname = "التقرير الطوعي - الجمعية التونسية لحماية الطفولة المهاجرة.pdf"
    pdf = report_pdf("Rapport volontaire / Voluntary report", "Tunisian Association for the Protection of Migrant Children",
                     ["Context", "Unaccompanied children", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000d1c2b305ba6f0e21", rtl=True, b64=True),
                           attach("application/pdf", pdf, fname)], "000000000000d1c2b505ba6f0e23")
    m = mk(when, sent, "mail-wm1-f67.google.example.com", "192.0.2.67", "4DX2Lc9Qs1z7",
           addr("هالة الدريدي", "atpem.tunisie@gmail.example.com"), hdr("التقرير الطوعي وطلب مداخلة"),
           "<CAJp4kT8x=Wm2Qb7Rz0uY5vN3cLd6eFh@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, report_attachments=[fname],
        speakers=[sp("ليلى بن عمار", "رئيسة", "الجمعية التونسية لحماية الطفولة المهاجرة", ["rapporteur"])],
        notes="both, on time (5 February). The sender (general secretary, feminine 'الكاتبة العامة') is not the "
              "speaker. The speaker's line 'رئيسة الجمعية التونسية لحماية الطفولة المهاجرة' fuses title and "
              "organisation (idafa); not covered by LABELS.md/dev: recorded as a secretary would type it, title "
              "'رئيسة' and the association (named in full in the body) as affiliation. 'السيدة' dropped. Arabic "
              "attachment name (RFC 2231 + RFC 2047)."))


# ================================================================ 12  FR  speaker  edge 23:40, two speakers, ould/mint
M12_ID = "<1612561200.48213.rmpfm@webmail.rmpfm.example.mr>"


def m12():
    when = at("2021-02-05 23:40:15")
    sent = sent_at(when, 0, 8)
    text = """Bonsoir,

Le Réseau mauritanien pour la protection des filles migrantes (RMPFM) souhaite proposer deux intervenants pour la conférence régionale :

- Mme Mariem Mint Ely, chargée de programme Filles et Mobilité, RMPFM : intervention dans la table ronde thématique n° 4 ;
- M. Mohamed Ould Abdallahi, Président du RMPFM : intervention en séance plénière.

Nous nous excusons de l'heure tardive de cet envoi, la connexion ayant été coupée toute la journée à Nouakchott.

Merci de répondre à notre secrétariat (adresse en copie de réponse).

Cordialement,
Mariem Mint Ely
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "webmail.rmpfm.example.mr", "203.0.113.222", "4DXS1q8Wv2z0",
           "Mariem Mint Ely <m.mintely@rmpfm.example.mr>", "Candidatures intervenants RMPFM", M12_ID, body,
           extra=[("Reply-To", "secretariat@rmpfm-mr.example.org"), ("User-Agent", "Roundcube Webmail/1.3.8")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mariem Mint Ely", "chargée de programme Filles et Mobilité",
           "Réseau mauritanien pour la protection des filles migrantes (RMPFM)", ["roundtable"], 4),
        sp("Mohamed Ould Abdallahi", "Président", "Réseau mauritanien pour la protection des filles migrantes (RMPFM)",
           ["plenary"])],
        notes="edge: received 23:40:15 Beirut on 5 February (Date 21:40 +0000), on time. Two speakers in a dashed "
              "list, 'Mint'/'Ould' kept in the names, 'Mme'/'M.' dropped; both lines write only the acronym 'RMPFM', "
              "recorded with the fullest form of the first sentence (as dev 035 resolves a reference); latin-1 QP. "
              "Reply-To points to another address (our acknowledgement to it bounces: h207-13)."))


# ================================================================ 13  EN  bounce  acknowledgement of 12 (Reply-To unknown)
def m13():
    when = at("2021-02-05 23:41:02")
    text = POSTFIX_NOTICE + """
<secretariat@rmpfm-mr.example.org>: host mx.rmpfm-mr.example.org[203.0.113.223]
    said: 550 5.1.1 <secretariat@rmpfm-mr.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXS2c0Xw4z3\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; secretariat@rmpfm-mr.example.org\n"
           "Original-Recipient: rfc822;secretariat@rmpfm-mr.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.rmpfm-mr.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <secretariat@rmpfm-mr.example.org>: Recipient\n"
           "    address rejected: User unknown in virtual mailbox table\n" % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: secretariat@rmpfm-mr.example.org\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (b_word("Accusé de réception - Candidatures intervenants RMPFM"),
                                      rfcdate(when - dt.timedelta(seconds=6)), ack_id("4DXS2c0Xw4z3"), M12_ID))
    body = dsn_report(text, dsn, hdrs, "4DXS2d1Yx5z6.1612561262/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXS2d1Yx5z6; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205214102.4DXS2d1Yx5z6@mx1.iom.int>")]
    add(13, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 (user unknown) for the French acknowledgement of h207-12, sent to its Reply-To "
              "address; returned headers carry a French subject and h207-12 in In-Reply-To. Never acknowledge; "
              "thread_of null as for dev bounces."))


# ================================================================ 14  AR  speaker  late, a mother and her son's story
def m14():
    when = at("2021-02-08 10:20:33")
    sent = sent_at(when, 2, 7)
    text = """السلام عليكم ورحمة الله

أنا أم لطفل اسمه يوسف، عمره اليوم ستة عشر عاماً. قبل ثلاث سنوات خرج من بيتنا في الصعيد مع أولاد من القرية وركب مركباً من الساحل الليبي، ولم نعرف عنه شيئاً لمدة سبعة أشهر. عرفنا بعد ذلك أنه محتجز في مركز للأطفال في إيطاليا، ثم أعيد إلينا بعد إجراءات طويلة لم يشرح لنا أحد شيئاً منها.

قرأت في صفحة إحدى الجمعيات أن هناك اجتماعاً لكم يوم ٢٣ فبراير فيه حوار مفتوح، وأنا أتمنى أن أتكلم فيه ولو دقائق، حتى يسمع المسؤولون ما تعيشه الأمهات. أعرف أن الموعد ربما فات، سامحوني، لم أعرف إلا أمس.

اسمي: أم يوسف - سعاد عبد الرحيم محمود
لا أعمل في منظمة، أنا ربة بيت.
رقم الهاتف: ٠١٠٠٠٠٠٠٠٠٠

وجزاكم الله خيراً
"""
    body = gmail(text, "0000000000007f3a1e05bad1c9a5", rtl=True)
    m = mk(when, sent, "mail-oi1-f169.google.example.com", "192.0.2.169", "4DZ8Nw5Tq3z8",
           addr("soad abdelrahim", "soad.abdelrahim1979@gmail.example.com"), hdr("عن ابني يوسف"),
           "<CAB9wR2t=Lq8Zm5Xe0Vn4Kc7Ju1Hy3Pg@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سعاد عبد الرحيم محمود", None, None, ["open_discussion"])],
        notes="a mother tells her son's story as a child migrant and asks to speak in the open discussion of 23 "
              "February; late (8 February), as she suspects. 'أم يوسف' is a kunya, not part of the registered name; "
              "no title and no organisation ('لا أعمل في منظمة'): both null, the acknowledgement should be kind and "
              "plain. Not a voluntary report: the story is her request, not a review report. The Latin display name "
              "is a transliteration."))


# ================================================================ 15  EN  other  thank-you reply to our acknowledgement of 07
def m15():
    when = at("2021-02-08 15:45:19")
    sent = sent_at(when, 2, 5)
    text = """Thank you very much, well noted. Dr. Abu-Ghazaleh is looking forward to the conference.

Best,
Dalia

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 3, 2021 6:25 PM
To: Dalia Mashal <d.mashal@awln.example.org>
Subject: Acknowledgement of receipt - AWLN submission: voluntary review report + speaker request

Dear Dalia Mashal,

We acknowledge receipt of your voluntary GCM review report and of the request for a speaking role for Rasha Abu-Ghazaleh (plenary). The secretariat will be in touch regarding the programme.

GCM Regional Review - Arab States
"""
    subj = "RE: Acknowledgement of receipt - " + M07_SUBJ
    body = alt(text, "_000_DB7PR03MB4871F0A1B2C3D4E5_")
    m = mk(when, sent, "mail-db7eur03on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DZH3x6Rb1z4", "Dalia Mashal <d.mashal@awln.example.org>", subj,
           "<DB7PR03MB4871F0A1B2C3D4E5@DB7PR03MB4871.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcaB7Cd8Ef9Gh0Ij1Kl2Mn3Op4Qr5gAAh3kDw==")
           + [("In-Reply-To", ack_id("4DWC8t1Mq5z2")), ("References", M07_ID + " " + ack_id("4DWC8t1Mq5z2"))])
    add(15, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h207-07.eml",
        notes="a thank-you reply to our acknowledgement of h207-07 that adds nothing new: acknowledge false (LABELS.md). "
              "The quoted acknowledgement names the speaker and the report; References include h207-07."))


# ================================================================ 16  FR  speaker  late, on behalf, HTML-only, Directrice exécutive
def m16():
    when = at("2021-02-09 10:05:48")
    sent = sent_at(when, 2, 5)
    inner = """<div style="font-family:'Segoe UI',sans-serif;font-size:10.5pt">
<p>Madame, Monsieur,</p>
<p>Je me permets de vous écrire de la part de Mme Marie-Claude Haddad-Sfeir, Directrice exécutive de la Fondation Enfance et Avenir (FEA), qui souhaiterait intervenir lors de la <b>deuxième table ronde thématique</b> de la conférence régionale.</p>
<p>Nous sommes conscients que la date limite du 5 février est dépassée ; Mme Haddad-Sfeir était en mission et n'a pu valider sa participation qu'hier. Nous espérons que sa demande pourra néanmoins être examinée.</p>
<p>Je vous remercie par avance et reste à votre disposition.</p>
<p>Bien respectueusement,</p>
<p>Rita Azar<br>
Assistante de direction<br>
Fondation Enfance et Avenir (FEA)<br>
Achrafieh, Beyrouth &ndash; Liban</p>
</div>"""
    body = html_only(inner, newlines=True)
    subj = "Demande d'intervention tardive - Mme Haddad-Sfeir (FEA)"
    m = mk(when, sent, "mail-vi1eur05on0724.outbound.protection.outlook.example.com", "198.51.100.124",
           "4DZr8Gv2Lp6z", "Rita Azar <r.azar@fea-liban.example.org>", subj,
           "<VI1PR05MB6390C2D1E0F9A8B7@VI1PR05MB6390.eurprd05.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdceE6Ff7Gg8Hh9Ii0Jj1Kk2Ll3Mm4w==", lang="fr-FR"))
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Marie-Claude Haddad-Sfeir", "Directrice exécutive", "Fondation Enfance et Avenir (FEA)", ["roundtable"], 2)],
        notes="late (9 February) and says so; HTML-only; sent on behalf by the executive assistant (her own title "
              "'Assistante de direction' is not the speaker's); speaker in prose with a hyphenated compound first "
              "and family name, 'Mme' dropped; roundtable as the ordinal 'deuxième'; the district and city are places."))


# ================================================================ 17  AR  report  DOCX, رئيسة in signature
def m17():
    when = at("2021-02-09 16:30:12")
    sent = sent_at(when, 3, 4)
    text = """تحية طيبة،

مرفق التقرير الطوعي لرابطة العاملات المهاجرات في الأردن ضمن الاستعراض الإقليمي للاتفاق العالمي للهجرة، ويركز على أوضاع العاملات في المنازل وأطفالهن المولودين في الأردن وصعوبات تسجيلهم.

نرجو تأكيد الاستلام.

مع الاحترام،
رئيسة الرابطة
منى آل خليفة-الحسن
"""
    fname = "Migrant_Women_Workers_League_GCM_report_AR.docx"
    docx = make_docx(["رابطة العاملات المهاجرات في الأردن", "التقرير الطوعي - الاستعراض الإقليمي 2021",
                      "١. العاملات في المنازل", "٢. تسجيل المواليد", "٣. التوصيات"])
    body = multi("mixed", [alt(text, "_000_AM9PR06MB7711A1B2_", rtl=True), attach(DOCX, docx, fname)],
                 "_004_AM9PR06MB7711A1B2_")
    m = mk(when, sent, "mail-am9eur06on0611.outbound.protection.outlook.example.com", "198.51.100.111",
           "4Db0Qp4Hs7z2", addr("رابطة العاملات المهاجرات", "info@mwwl-jo.example.org"),
           hdr("التقرير الطوعي - رابطة العاملات المهاجرات"),
           "<AM9PR06MB7711A1B2@AM9PR06MB7711.eurprd06.prod.outlook.example.com>", body,
           extra=outlook("التقرير الطوعي", "AdcfF7Gg8Hh9Ii0Jj1Kk2Ll3Mm4Nn5w==", lang="ar-JO", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="voluntary report, DOCX with an English file name under an Arabic body; the president signs "
              "('رئيسة الرابطة', hyphenated 'آل خليفة-الحسن') but asks for no role: no speakers."))


# ================================================================ 18  EN  speaker  late, young woman + mentor in prose
def m18():
    when = at("2021-02-10 11:02:37")
    sent = sent_at(when, 1, 6)
    text = """Hi,

Sorry this comes after the deadline, we only got the invitation through a partner last week.

Youth Voices for Migrant Children (YVMC) would like to propose two people to speak together. Amal Ben Salem is 20, she came to Europe from Tunisia as a minor and is now one of our peer educators; she'd like to deliver the key messages as rapporteur if there's a place for a young person. She'd be supported by her mentor Grace Nakato-Mubiru, our Safeguarding Lead, who would also like to take the floor at roundtable 3.

Let me know if you need anything else from us (bios, photos).

Thanks a lot!
Grace

--
Grace Nakato-Mubiru (she/her)
Safeguarding Lead
Youth Voices for Migrant Children (YVMC)
Brussels
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent, "smtp.yvmc.example.eu", "203.0.113.77", "4DbM1k7Tc9z5",
           "Grace Nakato-Mubiru <grace@yvmc.example.eu>", "late request - two speakers (YVMC)",
           "<e3b1c9a0-5d2f-4a7e-8c61-0f9d2b4a6e11@yvmc.example.eu>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    add(18, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Amal Ben Salem", None, "Youth Voices for Migrant Children (YVMC)", ["rapporteur"]),
        sp("Grace Nakato-Mubiru", "Safeguarding Lead", "Youth Voices for Migrant Children (YVMC)", ["roundtable"], 3)],
        notes="late (10 February); a young woman and her mentor in prose. Amal's role is described ('one of our peer "
              "educators') rather than given as a title: a secretary would not type that as a job title, so null. "
              "'(she/her)' is not part of the name; 'Ben' kept; Brussels is a place."))


# ================================================================ 19  FR  other  did you receive our report? (reply to 09)
def m19():
    when = at("2021-02-11 09:30:26")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Nous n'avons pas reçu d'accusé de réception pour le rapport collectif envoyé le 4 février (voir ci-dessous). Pourriez-vous nous confirmer qu'il vous est bien parvenu ? Plusieurs de nos membres nous posent la question.

Merci d'avance,
Samia Ben Brahim
CMDEM

-----Message d'origine-----
De : Samia Ben Brahim <secretariat@cmdem.example.org>
Envoyé : jeudi 4 février 2021 12:15
À : gcmrrarabstates@iom.int
Objet : %s

%s""" % (M09_SUBJ, M09_TEXT)
    subj = "RE: " + M09_SUBJ
    body = alt(text, "_000_PR1P264MB2290C8D7E6F5A4B3_")
    m = mk(when, sent, "mail-pr1fra01on0105.outbound.protection.outlook.example.com", "198.51.100.105",
           "4DcB4r0Mv6z1", "Samia Ben Brahim <secretariat@cmdem.example.org>", subj,
           "<PR1P264MB2290C8D7E6F5A4B3@PR1P264MB2290.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcbC1Dd2Ee3Ff4Gg5Hh6Ii7Jj8Kk9wAAk2Lmw==", lang="fr-FR")
           + [("In-Reply-To", M09_ID), ("References", M09_ID)])
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h207-09.eml",
        notes="follow-up asking whether the collective report was received; quotes the whole original (member list "
              "included) but re-attaches nothing: a question, not a new submission."))


# ================================================================ 20  AR  report  iPhone minimal, Arabic PDF name
def m20():
    when = at("2021-02-12 14:00:41")
    sent = sent_at(when, 3, 3)
    text = """مرفق تقرير جمعيتنا
مع الشكر

منسقة جمعية حماية الأطفال المهاجرين - عدن

أُرسلت من الـ iPhone
"""
    fname = "تقرير جمعية حماية الأطفال المهاجرين.pdf"
    pdf = report_pdf("Voluntary report", "Association for the Protection of Migrant Children - Aden",
                     ["Children on the Horn of Africa route", "Needs", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach("application/pdf", pdf, fname)],
                 "Apple-Mail-7C2E1B90-4F3A-4D8E-9A11-5B6C7D8E9F00")
    m = mk(when, sent, "mail-yb1-f171.google.example.com", "192.0.2.171", "4DcX0p3Ks2z9",
           addr("Afrah", "afrah.aden.apmc@gmail.example.com"), "",
           "<4A1B2C3D-5E6F-4071-8293-A4B5C6D7E8F9@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="iPhone, empty subject, two-line body ('مرفق تقرير جمعيتنا'); Arabic PDF name; the sender signs only "
              "with a feminine function ('منسقة'), no name; no speaker."))


# ================================================================ 21  EN  report  revised version replacing 05
def m21():
    when = at("2021-02-15 10:10:09")
    sent = sent_at(when, 2, 4)
    text = """Dear colleagues,

Please find attached a revised version of our report, which replaces the one sent on 3 February. We corrected the figures in section 2 (the 2020 numbers of unaccompanied children had been counted twice) and added a short annex on girls.

Apologies for the inconvenience.

Kind regards,
Maya

On Wed, Feb 3, 2021 at 11:39 AM Maya Haddad Nassar <maya.hn@righttochildhood.example.org> wrote:
> Dear colleagues,
>
> Please find attached the voluntary GCM review report of the Right to Childhood Foundation.
> It focuses on unaccompanied and separated children (objectives 7 and 13), with case data
> from our drop-in centres in Beirut and Tripoli for 2019-2020.
>
> Kind regards,
> Maya
"""
    fname = "RTC_Foundation_GCM_Voluntary_Report_Feb2021_REVISED.pdf"
    pdf = report_pdf("Voluntary GCM Review Report (revised)", "Right to Childhood Foundation",
                     ["Context", "Unaccompanied and separated children (corrected)", "Detention", "Annex: girls",
                      "Recommendations"])
    body = multi("mixed", [gmail(text, "000000000000e8f1a205bb5a3c71"), attach("application/pdf", pdf, fname)],
                 "000000000000e8f1a405bb5a3c73")
    m = mk(when, sent, "mail-ej1-f48.google.example.com", "192.0.2.48", "4DfG7n2Pw8z4",
           "Maya Haddad Nassar <maya.hn@righttochildhood.example.org>", "Re: " + M05_SUBJ,
           "<CAH3z9Lr1qRf-Wu8=SlN3b9oY5zVd2x@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID)])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h207-05.eml",
        notes="revised report replacing h207-05 (In-Reply-To set; new file name with _REVISED); on time (15 February)."))


# ================================================================ 22  FR  report  edge, last evening, PDF
def m22():
    when = at("2021-02-16 22:51:30")
    sent = sent_at(when, 0, 9)
    text = """Bonsoir,

Veuillez trouver ci-joint la contribution du Collectif des Femmes pour une Migration Digne (CFMD) à l'examen régional du Pacte mondial sur les migrations, en espérant qu'elle vous parvienne avant la date limite de ce soir.

Le document présente les témoignages de 40 femmes migrantes et de leurs enfants rencontrés à Dakar, Nouadhibou et Tanger, ainsi que nos recommandations.

Sincères salutations,

Awa Diop Ndiaye
Coordinatrice
CFMD
"""
    fname = "Contribution CFMD - examen régional PMM.pdf"
    pdf = report_pdf("Contribution a l'examen regional du PMM", "Collectif des Femmes pour une Migration Digne (CFMD)",
                     ["Temoignages", "Enfants", "Recommandations"])
    body = multi("mixed", [gmail(text, "000000000000f0a1b205bb7d9e41"), attach("application/pdf", pdf, fname)],
                 "000000000000f0a1b405bb7d9e43")
    m = mk(when, sent, "mail-wr1-f41.google.example.com", "192.0.2.41", "4DgK9q5Lr0z7",
           "Awa Diop Ndiaye <cfmd.collectif@gmail.example.com>", "Contribution CFMD",
           "<CAKr7m2Q=Xn5Yp0Tz8uW3vB6cMd4eGh@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 22:51:30 Beirut on 16 February (Date 20:51 +0000), on time for the report deadline; "
              "called a 'contribution', not a 'rapport'; accented attachment name; double family name of the "
              "coordinator, who asks for no role."))


# ================================================================ 23  AR  other  late-report question
def m23():
    when = at("2021-02-17 09:15:55")
    sent = sent_at(when, 3, 5)
    text = """صباح الخير،

نحن مجموعة من الأمهات المهاجرات في الكويت نعمل معاً بشكل تطوعي، وكنا نحضّر تقريراً قصيراً عن تعليم أبنائنا، لكننا لم ننهه قبل أمس.
هل ما زال بالإمكان إرساله، أم أن الباب أُغلق؟ وإذا أُغلق، هل يمكن أن نشارك بأي طريقة أخرى؟

شكراً لكم
رحاب علي
منسقة المجموعة (متطوعة)
"""
    body = gmail(text, "0000000000002b3c4d05bb8e1f51", rtl=True)
    m = mk(when, sent, "mail-qk1-f182.google.example.com", "192.0.2.182", "4DgX2m8Nt4z6",
           addr("رحاب علي", "rehab.ali.kw@gmail.example.com"), hdr("سؤال عن التقرير بعد الموعد"),
           "<CAM1nQ8r=Tz2Wv5Xy0uK7pL3cJd9eFa@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="question after the report deadline (17 February) whether a report can still be sent: nothing is "
              "submitted and no one is proposed; an informal group of mothers, not an organisation."))


# ================================================================ 24  FR  both  late, DOCX + chargée de programme
def m24():
    when = at("2021-02-17 11:40:03")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association Femmes et Mobilités Tunisie (AFMT) sur la mise en oeuvre du Pacte mondial, en particulier pour les travailleuses migrantes subsahariennes et leurs enfants à Sfax.

Nous savons que les délais sont dépassés, mais nous souhaiterions également proposer notre chargée de programme, Mme Nadia Ben Othman, pour une intervention lors de la table ronde thématique n°1.

Nom : Nadia Ben Othman
Fonction : Chargée de programme Genre et Migration
Organisation : Association Femmes et Mobilités Tunisie (AFMT)

Avec nos excuses pour ce retard et nos remerciements,

Leïla Trabelsi-Karray
Directrice exécutive, AFMT
"""
    fname = "AFMT_rapport_volontaire_PMM.docx"
    docx = make_docx(["Association Femmes et Mobilités Tunisie (AFMT)", "Rapport volontaire - PMM 2021",
                      "1. Travailleuses migrantes à Sfax", "2. Enfants", "3. Recommandations"])
    body = multi("mixed", [alt(text, "_000_PAXP193MB1720D4E3F2A1_"), attach(DOCX, docx, fname)],
                 "_004_PAXP193MB1720D4E3F2A1_")
    subj = "Rapport volontaire AFMT + demande d'intervention"
    m = mk(when, sent, "mail-pa1eur03on0702.outbound.protection.outlook.example.com", "198.51.100.102",
           "4DgZ7c1Hk3z2", addr("Leïla Trabelsi-Karray", "direction@afmt.example.tn"), hdr(subj, enc="Q"),
           "<PAXP193MB1720D4E3F2A1@PAXP193MB1720.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcFg1Hh2Ii3Jj4Kk5Ll6Mm7Nn8Oo9w==", lang="fr-FR", has_attach="yes"))
    add(24, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, report_attachments=[fname],
        speakers=[sp("Nadia Ben Othman", "Chargée de programme Genre et Migration",
                     "Association Femmes et Mobilités Tunisie (AFMT)", ["roundtable"], 1)],
        notes="both, late for both parts (17 February); the sender (Directrice exécutive, hyphenated name) is not the "
              "speaker; labelled lines with a space before the colon; 'Mme' dropped; 'table ronde thématique n°1'."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
