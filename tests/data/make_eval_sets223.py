#!/usr/bin/env python3
"""Write the blind evaluation set holdout223 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets223.py
Theme: names, titles and forms of address in every shape (1-17 February 2021).  Kunyas ('أبو سالم', 'أم خالد'),
bin/bint/ibn inside names and inside organisation names, a refugee known by one name, names typed in capitals or
surname-first, three spellings of one name in one mail, a priest named only in the From display name, religious
and honorific titles (Sheikh / الشيخ, Father / Père, Sister / Sœur, Eng. / المهندسة, Me, Pr, الدكتورة), degrees after
the name (PhD, MD), 'Sœurs' that is both a title and part of the congregation's name, and posts written as long
chains ('Deputy Head of the ... Unit of the ... Department at ...').  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, b_word, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, mk, multi, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(223)
add = SET.add
H = "h223-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
ANDROID_SIG = "Sent from my Samsung Galaxy smartphone."


def outlook_html(text, lang="EN-US", rtl=False, img_cid=None):
    d = ' dir="rtl"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s</p>' % (d, p.replace("&", "&amp;").replace("<", "&lt;")
                                                      .replace(">", "&gt;").replace("\n", "<br>"))
                    for p in text.split("\n\n"))
    img = '<p class="MsoNormal"><img width="120" height="40" src="cid:%s"></p>' % img_cid if img_cid else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
            '<body lang="%s" link="#0563C1"><div class="WordSection1">%s%s</div></body></html>\n' % (lang, paras, img))


# ================================================================ 01  AR  speaker  Sheikh, bin, kunya; 'الشيخ' also inside the organisation's name
M01_ID = "<CAF3kq9Wd2bX+1rTzLmA0p7yVe4sHnQ8cJu@mail.gmail.example.com>"


def m01():
    when = at("2021-02-01 09:14:37")
    text = """السلام عليكم ورحمة الله وبركاته،

الإخوة الكرام في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة،

نشكركم على دعوتكم الكريمة. يرغب فضيلة الشيخ عبد الرحمن بن سالم العمودي، رئيس مجلس أمناء مؤسسة الشيخ سالم العمودي للتنمية والإغاثة، في تقديم مداخلة في المائدة المستديرة المواضيعية الثانية، لعرض تجربة المؤسسة في إيواء العمال المهاجرين العالقين في حضرموت والمهرة خلال الجائحة.

البيانات:
الاسم: الشيخ عبد الرحمن بن سالم العمودي
الصفة: رئيس مجلس الأمناء
الجهة: مؤسسة الشيخ سالم العمودي للتنمية والإغاثة - المكلا، اليمن

وللتواصل معه مباشرة: هاتف/واتساب +967 0 000 000

وجزاكم الله خيراً،
أخوكم أبو سالم
مكتب الشيخ عبد الرحمن العمودي
"""
    body = alt(text, "0000000000004e7d2a05ba3f91c0", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 3, 5), "mail-ej1-f41.google.example.com", "192.0.2.41", "4DTkR20vWqz1",
           addr("مكتب الشيخ عبدالرحمن", "office.alamoudi.found@gmail.example.com"),
           hdr("طلب مداخلة - المائدة المستديرة الثانية - مؤسسة الشيخ سالم العمودي"), M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الرحمن بن سالم العمودي", "رئيس مجلس الأمناء", "مؤسسة الشيخ سالم العمودي للتنمية والإغاثة",
           ["roundtable"], 2)],
        notes="'الشيخ' (and 'فضيلة') before the speaker's name is an honorific and is dropped, but the same word is part "
              "of the organisation's name ('مؤسسة الشيخ سالم العمودي ...') and stays there; 'بن سالم' is part of the "
              "name. The sender signs with a kunya ('أخوكم أبو سالم') from the Sheikh's office: not a second speaker. "
              "The city and country after the organisation ('- المكلا، اليمن') are not part of the affiliation (dev "
              "004/024). Roundtable as an ordinal word ('الثانية')."))


# ================================================================ 02  EN  speaker  two speakers, pasted form in capitals, 'MD'
M02_ID = "<AM6PR08MB41278D2C0E5F9A14@AM6PR08MB4127.eurprd08.prod.outlook.example.com>"
M02_SUBJ = "NVMHI - nomination of speakers - GCM Regional Review"
M02_TEXT = """Dear Sir / Madam,

I am writing on behalf of our Executive Director and our Medical Coordinator, who would both like to contribute to the Regional Review Conference. Please find their details below, as entered in our internal nomination form:

---------------------------------------------
SPEAKER 1
FULL NAME: MOHAMED IBRAHIM AL-SAYED
POSITION: EXECUTIVE DIRECTOR
ORGANIZATION: NILE VALLEY MIGRANT HEALTH INITIATIVE (NVMHI)
REQUESTED SLOT: PLENARY SESSION - FLOOR INTERVENTION
---------------------------------------------
SPEAKER 2
FULL NAME: Dr. Hana Yousef, MD
POSITION: Medical Coordinator, Mobile Clinics Programme
ORGANIZATION: NILE VALLEY MIGRANT HEALTH INITIATIVE (NVMHI)
REQUESTED SLOT: RT4
---------------------------------------------

(Sorry for the capitals, the form exports them that way.)

Should you need anything else please do not hesitate to contact me.

Kind regards,

Marwa Fathy
Programme Assistant
Office of the Executive Director
Nile Valley Migrant Health Initiative (NVMHI)
Cairo | Khartoum
"""


def m02():
    when = at("2021-02-01 15:40:19")
    body = alt(M02_TEXT, "_000_AM6PR08MB41278D2C0E5F9A14_",
               html=outlook_html(M02_TEXT))
    m = mk(when, sent_at(when, 2, 6), "mail-am6eur08on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DTv0m3Q7Hz9", "Marwa Fathy <m.fathy@nvmhi.example.org>", M02_SUBJ, M02_ID, body,
           extra=outlook(M02_SUBJ, "AdX4bQ2Rc3Sd4Te5Uf6Vg7Wh8Xi9Yj=="))
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed Ibrahim Al-Sayed", "Executive Director", "Nile Valley Migrant Health Initiative (NVMHI)",
           ["plenary"]),
        sp("Hana Yousef", "Medical Coordinator, Mobile Clinics Programme",
           "Nile Valley Migrant Health Initiative (NVMHI)", ["roundtable"], 4)],
        notes="sent on behalf of two speakers by a programme assistant (whose own title and office in the signature "
              "are decoys). The form is typed in capitals: recorded in ordinary case as a secretary would type it "
              "into the register (not a case LABELS.md covers; same letters, case only). 'Dr.' and the degree 'MD' "
              "after the name are dropped from the name. Roundtable only as 'RT4'. Title kept with its programme "
              "(dev 012)."))


# ================================================================ 03  FR  report  'Me' (Maître), collective of lawyers, PDF
M03_ID = "<a4c1e9f0-77b2-4d1e-9c3a-2f8b6d0e1a55@barreau-solidaire.example.org>"
M03_SUBJ = "Rapport volontaire - Collectif Avocats sans Frontières Intérieures"
M03_FILE = "CASFI_rapport_volontaire_PMM_2021.pdf"


def m03():
    when = at("2021-02-02 10:05:48")
    text = """Madame, Monsieur,

Au nom du Collectif Avocats sans Frontières Intérieures (CASFI), qui réunit quatorze avocats des barreaux de Casablanca, Rabat, Oujda et Tanger, j'ai l'honneur de vous transmettre ci-joint notre rapport volontaire relatif à la mise en oeuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte principalement sur l'accès à la justice et à l'assistance juridique des personnes migrantes (objectifs 4, 7 et 15). Il a été rédigé par Me Khadija Benjelloun et Me Hicham El Fassi, avec les contributions des membres du Collectif.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

--
Me Khadija BENJELLOUN
Avocate au Barreau de Casablanca
Coordinatrice du CASFI
"""
    pdf = rep_pdf("Rapport volontaire d'examen du PMM", "Collectif Avocats sans Frontieres Interieures (CASFI)",
                  ["Presentation du Collectif", "Acces a la justice (objectif 7)", "Documents d'identite (objectif 4)",
                   "Services de base (objectif 15)", "Recommandations"])
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach("application/pdf", pdf, M03_FILE)], "------------8F1C2D3E4A5B6C7D8E9F0A1B")
    m = mk(when, sent_at(when, 1, 5), "smtp.barreau-solidaire.example.org", "203.0.113.23", "4DVH1x2KpLz4",
           '"Me Khadija Benjelloun" <k.benjelloun@barreau-solidaire.example.org>', hdr(M03_SUBJ, enc="Q"), M03_ID,
           body, extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M03_FILE],
        notes="collective report of a group of lawyers; 'Me' (Maître) before the names in the body, the signature and "
              "the From display name, surname in capitals in the signature. No speaker is proposed: the two authors "
              "named are not speaker requests. Thunderbird format=flowed, 8bit. A question follows in h223-15."))


# ================================================================ 04  AR  other  may a speaker be listed by her kunya only?
def m04():
    when = at("2021-02-02 19:30:02")
    text = """مرحبا،

عنا سؤال قبل ما نبعتلكم الترشيح. في وحدة من النساء اللي بنشتغل معهن بدها تحكي بالجلسة عن تجربتها كعاملة منزلية، بس ما بدها اسمها الكامل يطلع بالبرنامج أو على الشاشة لأسباب أمنية، الكل بيعرفها باسم أم خالد.

هل فينا نسجلها باسم "أم خالد" بس؟ ولا لازم الاسم الكامل بالتسجيل ومنقدر نطلب ما ينعرض؟ وهل في إمكانية تحكي بدون كاميرا؟

شكراً كتير إلكن
ريما
جمعية نساء بلا حدود

مرسل من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 9), "smtp-out.icloud.example.com", "192.0.2.88", "4DVXq61pRmz7",
           addr("Rima K.", "rima.k@icloud.example.com"), hdr("سؤال عن اسم المتحدثة"),
           "<5D1E7F2A-9C3B-4E8D-A6F0-B2C4D6E8F013@icloud.example.com>", body,
           extra=[("X-Mailer", IPHONE)])
    add(4, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine dialect question from a phone: can a speaker be listed by her kunya only ('أم خالد') for "
              "safety reasons. The nomination is announced, not made (no role, no title, no full name): no speaker "
              "is recorded. The sender signs with a first name only."))


# ================================================================ 05  EN  speaker  named only in the From display name ('Fr.')
def m05():
    when = at("2021-02-03 08:50:26")
    text = """Good morning,

I write as Director of the St. Ephrem Migrant Support Centre in Zahle to ask for a place in the open discussion of the multi-stakeholder consultation on 23 February. We accompany some 600 migrant domestic workers and their children, most of them without valid residency since 2019, and I would like to speak about shelter and access to documents.

Thank you and God bless,
Fr. Elias

""" + ANDROID_SIG + "\n"
    body = alt(text, "--_com.samsung.android.email_9284710265530410",
               html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 11), "mail-pf1-f178.google.example.com", "192.0.2.178", "4DWFv83dNcz2",
           '"Fr. Elias Haddad" <stephrem.centre@gmail.example.com>', "Open discussion 23 Feb - request",
           "<1bf3e0d2-51a8-4c6e-8f13-7d09a4b2c6e1@email.android.example.com>", body)
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Elias Haddad", "Director", "St. Ephrem Migrant Support Centre", ["open_discussion"])],
        notes="the speaker's full name is only in the From display name ('Fr. Elias Haddad'); the body is signed "
              "'Fr. Elias'. 'Fr.' (Father) is a religious honorific, dropped. The name is therefore not in the body "
              "text (check_labels warns): a secretary would take the surname from the From header. The centre's "
              "shared Gmail address is not the speaker's name. City after the organisation ('in Zahle') not kept."))


# ================================================================ 06  AR  both  Tunisian 'بن' surnames, الدكتورة + المهندس, report PDF
M06_FILE = "Rapport_ONM_contribution_PMM_2021.pdf"


def m06():
    when = at("2021-02-03 13:02:55")
    text = """السادة المحترمون،

تحية طيبة،

يسعد المرصد الوطني للهجرة والتنقل (ONMT) أن يوافيكم في المرفق بتقريره الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في تونس (النسخة العربية؛ الملخص بالفرنسية).

كما نرغب في ترشيح متحدثين عن المرصد:

- الدكتورة هدى بن يوسف، مديرة المرصد، لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقررة.
- المهندس كريم بن عاشور، رئيس وحدة الإحصاء ونظم المعلومات، لمداخلة في المائدة المستديرة الثانية.

مع الشكر والتقدير،

د. هدى بن يوسف
مديرة المرصد
المرصد الوطني للهجرة والتنقل (ONMT)
Dr Houda Ben Youssef | Directrice | ONMT
"""
    pdf = rep_pdf("Rapport volontaire - ONMT", "Observatoire National des Migrations et de la Mobilite (ONMT)",
                  ["Contexte tunisien", "Donnees et statistiques (objectif 1)", "Migration de travail",
                   "Retour et reintegration", "Recommandations"])
    a = alt(text, "000000000000b7c1d805ba5a2e31", html=gmail_html(text, rtl=True))
    body = multi("mixed", [a, attach("application/pdf", pdf, M06_FILE)], "000000000000b7c1da05ba5a2e33")
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f66.google.example.com", "192.0.2.66", "4DWPd10MbTz6",
           addr("Houda Ben Youssef", "houda.benyoussef.onmt@gmail.example.com"),
           hdr("التقرير الطوعي وترشيح متحدثين - المرصد الوطني للهجرة والتنقل"),
           "<CAGk2Ls0Qv7nWx5+Rd9bZt1Ym3eUo8hJp6A@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M06_FILE], speakers=[
            sp("هدى بن يوسف", "مديرة المرصد", "المرصد الوطني للهجرة والتنقل (ONMT)", ["rapporteur"]),
            sp("كريم بن عاشور", "رئيس وحدة الإحصاء ونظم المعلومات", "المرصد الوطني للهجرة والتنقل (ONMT)",
               ["roundtable"], 2)],
        notes="both, on time. Tunisian surnames with 'بن' (Ben Youssef, Ben Achour) are family names, kept; honorifics "
              "'الدكتورة' and 'المهندس' dropped. The speakers are given on dash lines without the organisation, which "
              "is the sender's (affiliation taken from the opening sentence / signature, acronym kept as written "
              "there). The signature repeats the name in French transliteration ('Houda Ben Youssef'): the Arabic "
              "form is recorded for an Arabic message. French summary inside an Arabic report, acknowledge in Arabic."))


# ================================================================ 07  FR  speaker  'Pr', three spellings of one name, long title chain, 'Ibn' in a university
M07_ID = "<20210203122158.7A1C3E5F@mail.uirm.example.ma>"


def m07():
    when = at("2021-02-03 14:22:09")
    text = """Madame, Monsieur,

Je me permets de vous écrire de la part du Pr Abdelkader Ould-Ahmed, qui se trouve actuellement en déplacement et m'a chargée de transmettre sa demande.

Le Professeur Ould-Ahmed souhaiterait faire une intervention lors de l'une des sessions plénières de la Conférence régionale (24-25 février), sur la base des travaux de son laboratoire consacrés aux migrations de retour vers le Maroc.

Ses coordonnées, telles qu'il souhaite qu'elles figurent au programme :
Nom : Pr Abdelkader OULD-AHMED
Fonction : Directeur du Laboratoire Migrations, Mobilités et Sociétés (LMMS) de la Faculté des Sciences Juridiques, Économiques et Sociales
Établissement : Université Ibn Rochd de Meknès

NB : vous trouverez parfois son prénom orthographié « Abdel-Kader » ou « Abd El Kader » dans ses publications et sur son passeport ; il s'agit bien de la même personne. Merci d'utiliser l'orthographe ci-dessus pour le badge.

Je reste à votre disposition.

Cordialement,

Salma Ait Brahim
Secrétariat du LMMS
Faculté des Sciences Juridiques, Économiques et Sociales
Université Ibn Rochd de Meknès
Tél. : +212 5 00 00 00 00
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Arial;font-size:10pt">%s</div></body></html>\n'
            % "".join("<p>%s</p>" % p.replace("<", "&lt;").replace("\n", "<br>") for p in text.split("\n\n")))
    body = alt(text, "=_5e0f1c2a9b3d4e6f7a8b9c0d1e2f3a4b", html=html)
    m = mk(when, sent_at(when, 1, 4), "mail.uirm.example.ma", "203.0.113.71", "4DWS3v6HqKz8",
           "Secretariat LMMS <lmms.secretariat@uirm.example.ma>",
           hdr("Demande d'intervention en plénière - Pr Abdelkader Ould-Ahmed (LMMS)", enc="Q"), M07_ID, body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF84 (Win)/8.8.15_GA_3953)")])
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelkader Ould-Ahmed", "Directeur du Laboratoire Migrations, Mobilités et Sociétés (LMMS) de la Faculté "
           "des Sciences Juridiques, Économiques et Sociales", "Université Ibn Rochd de Meknès", ["plenary"])],
        notes="sent on behalf of the speaker by the laboratory's secretariat (the sender is not a speaker). 'Pr' / "
              "'Professeur' dropped from the name; surname in capitals on the Nom line, recorded in ordinary case as "
              "in the body ('Ould-Ahmed'). The mail gives three spellings of the first name and asks for "
              "'Abdelkader': that one is recorded. The post is a long chain (director of a laboratory of a faculty): "
              "the whole chain is the title, the university the affiliation (dev 012: title kept with its unit). "
              "'Ibn Rochd' and 'de Meknès' are part of the university's name, not a person or a place after it."))


# ================================================================ 08  AR  report  DOCX, 'المهندسة' in the signature, English display name
M08_FILE = "تقرير جمعية حماية العمالة الوافدة - الاستعراض الطوعي 2021.docx"


def m08():
    when = at("2021-02-04 11:10:40")
    text = """السادة / أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة      المحترمين

السلام عليكم ورحمة الله وبركاته،

نرفق لكم طيه التقرير الطوعي لجمعية حماية العمالة الوافدة حول تنفيذ أهداف الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية خلال الفترة 2019-2020، وقد أعدّته لجنة الرصد في الجمعية بالتعاون مع ثلاث جمعيات شريكة.

نأمل أن يسهم التقرير في إثراء النقاش خلال المؤتمر.

وتفضلوا بقبول فائق الاحترام والتقدير،

المهندسة/ ريم بنت عبدالله القحطاني
نائبة رئيس مجلس الإدارة ورئيسة لجنة الرصد
جمعية حماية العمالة الوافدة
"""
    docx = make_docx(["التقرير الطوعي - جمعية حماية العمالة الوافدة", "المقدمة", "المنهجية",
                      "الهدف 6: التوظيف العادل والعمل اللائق", "الهدف 7: الحد من أوجه الضعف", "التوصيات"])
    a = alt(text, "_000_DB8PR10MB3562E4A1F0C27B95_", html=outlook_html(text, lang="AR-SA", rtl=True))
    body = multi("mixed", [a, attach(DOCX, docx, M08_FILE)], "_004_DB8PR10MB3562E4A1F0C27B95_")
    subj = "التقرير الطوعي - جمعية حماية العمالة الوافدة"
    m = mk(when, sent_at(when, 3, 8), "mail-db8eur10on0655.outbound.protection.outlook.example.com", "198.51.100.55",
           "4DWtM03ZbVz3", "Eng. Reem AlQahtani <r.alqahtani@hemaya-workers.example.org>", hdr(subj),
           "<DB8PR10MB3562E4A1F0C27B95@DB8PR10MB3562.eurprd10.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcK7p1Q2r3S4t5U6v7W8x9Y0zAbCg==", lang="ar-SA", has_attach="yes"))
    add(8, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M08_FILE],
        notes="report only, as a DOCX with a long Arabic file name (RFC 2231). The signature carries 'المهندسة/' and a "
              "name with 'بنت'; the From display name is an English transliteration with 'Eng.'. No speaker is "
              "proposed (the signature title is not a speaker request)."))


# ================================================================ 09  FR  speaker  a single name, details only in the signature
def m09():
    when = at("2021-02-04 15:05:33")
    text = """Bonjour,

je voudrais prendre la parole à la table ronde thématique 3 pour parler de la situation des jeunes migrants subsahariens à Oujda et à la frontière. Je peux parler en français ou en anglais.

Je n'ai qu'un seul nom (c'est comme ça sur ma carte de séjour aussi), merci de ne pas inventer de prénom.

Merci beaucoup

Yacouba
Porte-parole
Collectif des Migrants Subsahariens au Maroc (CMSM)
Oujda
"""
    body = alt(text, "000000000000c2d3e405ba6b7c8d", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 7), "mail-lj1-f173.google.example.com", "192.0.2.173", "4DWzK58LtPz1",
           "Yacouba CMSM <yacouba.cmsm@gmail.example.com>", "Demande de parole table ronde 3",
           "<CAH9xTn4Rb2mPq+Wf6sKd0Ye8uLv3jZc1Ag@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Yacouba", "Porte-parole", "Collectif des Migrants Subsahariens au Maroc (CMSM)", ["roundtable"], 3)],
        notes="a speaker with a single name (he says so): the name is one word, not a first name with a missing "
              "surname. Title and affiliation only in the signature block; the city on the line after the "
              "organisation is not part of it (dev 004/013/024)."))


# ================================================================ 10  EN  both  'Eng.', bin, post as a long chain; PDF + Outlook logo
M10_ID = "<VI1PR09MB3014B7E2D41C9A60@VI1PR09MB3014.eurprd09.prod.outlook.example.com>"
M10_SUBJ = "GCF - Voluntary GCM review report & speaker nomination"
M10_FILE = "GCF_Voluntary_Review_GCM_2021_final.pdf"


def m10():
    when = at("2021-02-04 16:45:12")
    text = """Dear GCM Regional Review Team,

Please find attached the voluntary GCM review report of the Gulf Contractors Federation (GCF), prepared with input from 37 member companies on recruitment costs, housing and wage protection.

We would also like to nominate Eng. Tariq bin Khalid Al-Harthy, Deputy Head of the Worker Welfare Unit of the Department of Compliance and Sustainability at the Gulf Contractors Federation (GCF), to take the floor in thematic roundtable 3. Eng. Tariq leads our audit programme for labour camps and would present the results of the 2020 audits.

Best regards,

Tariq bin Khalid Al-Harthy (Eng.)
Deputy Head, Worker Welfare Unit
Department of Compliance and Sustainability
Gulf Contractors Federation (GCF)
Muscat, Sultanate of Oman
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Gulf Contractors Federation (GCF)",
                  ["Introduction", "Recruitment costs (objective 6)", "Housing standards", "Wage protection",
                   "Recommendations"])
    cid = "image001.png@01D6FB12.7C4E9A30"
    rel = multi("related", [leaf("text/html", outlook_html(text, img_cid=cid)), logo(cid, (10, 60, 120))],
                "_006_VI1PR09MB3014B7E2D41C9A60_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR09MB3014B7E2D41C9A60_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE)], "_007_VI1PR09MB3014B7E2D41C9A60_")
    m = mk(when, sent_at(when, 4, 6), "mail-vi1eur09on0631.outbound.protection.outlook.example.com", "198.51.100.31",
           "4DX0fS2yJnz5", '"Al-Harthy, Tariq" <t.alharthy@gcf-gulf.example.org>', M10_SUBJ, M10_ID, body,
           extra=outlook(M10_SUBJ, "AdcLq9R0s1T2u3V4w5X6y7Z8a9BcDe==", has_attach="yes"))
    add(10, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[M10_FILE], speakers=[
            sp("Tariq bin Khalid Al-Harthy",
               "Deputy Head of the Worker Welfare Unit of the Department of Compliance and Sustainability",
               "Gulf Contractors Federation (GCF)", ["roundtable"], 3)],
        notes="both, on time; the sender nominates himself in the third person. 'Eng.' (before the name, and '(Eng.)' "
              "after it in the signature) is an honorific, dropped; 'bin Khalid' is part of the name. The post is a "
              "long chain ('Deputy Head of the ... Unit of the ... Department ... at the Federation'): the unit and "
              "department stay in the title (dev 012), the federation with its acronym is the affiliation; the "
              "signature splits the same post over three lines. Country after the organisation not kept. Outlook "
              "logo image001.png is not a report file; From display name 'Last, First'. His out-of-office answers "
              "our acknowledgement (h223-11)."))


# ================================================================ 11  EN  auto_reply  out-of-office of 10's sender
def m11():
    when = at("2021-02-04 16:47:03")
    text = """Thank you for your message.

I am attending site audits in Duqm until 11 February with intermittent access to email. For urgent matters related to worker welfare please contact welfare@gcf-gulf.example.org.

Eng. Tariq Al-Harthy
Deputy Head, Worker Welfare Unit
"""
    body = alt(text, "_000_VI1PR09MB3014OOF20210204_")
    rows = std_rows(when, "mail-vi1eur09on0631.outbound.protection.outlook.example.com", "198.51.100.31",
                    "4DX0hJ7mRqz2", '"Al-Harthy, Tariq" <t.alharthy@gcf-gulf.example.org>',
                    "Automatic reply: Acknowledgement of receipt - GCF - Voluntary GCM review report & speaker nomination",
                    rfcdate(sent_at(when, 4, 2)),
                    "<VI1PR09MB3014OOF5C1E8A2D@VI1PR09MB3014.eurprd09.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="t.alharthy@gcf-gulf.example.org")
    rows += [("In-Reply-To", ack_mid("4DX0gB4kPwz7")), ("References", ack_mid("4DX0gB4kPwz7")),
             ("Content-Language", "en-US"), ("X-MS-Exchange-Inbox-Rules-Loop", "t.alharthy@gcf-gulf.example.org")]
    add(11, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h223-10 answering our acknowledgement; it carries a name, an "
              "honorific and a title but proposes nothing. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 12  FR  speaker  two speakers: 'Sœur' (also the congregation's name) and 'Père'
M12_ID = "<000a01d6fb9c$3e5f7a80$bb1e6f80$@soeurs-accueil.example.org>"
M12_SUBJ = "Demande de prise de parole - Congrégation des Sœurs de l'Accueil"


def m12():
    when = at("2021-02-05 10:20:44")
    text = """Mesdames, Messieurs,

La Congrégation des Sœurs de l'Accueil, présente à Tunis et à Sfax auprès des femmes migrantes depuis 1998, souhaite proposer deux intervenants pour les travaux du 23 au 25 février :

1) Sœur Agnès Mukamana, responsable du foyer d'accueil des femmes migrantes de la Congrégation des Sœurs de l'Accueil, pour une intervention à la première table ronde thématique ;

2) le Père Antoine Khoury, aumônier des migrants de la Paroisse maronite Saint-Charbel, qui collabore avec nous depuis de nombreuses années, pour la discussion ouverte de la consultation multipartite du 23 février.

Je vous écris de la part de Sœur Agnès, qui n'a pas d'adresse électronique personnelle.

Avec nos remerciements et nos salutations fraternelles,

Claire Vidal
Secrétaire de la communauté
Congrégation des Sœurs de l'Accueil
"""
    body = alt(text, "----=_NextPart_000_000B_01D6FBA4.FFE8E680", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 5), "smtp.soeurs-accueil.example.org", "203.0.113.112", "4DXQ2n9VwHz0",
           addr("Communauté Sœurs de l'Accueil", "communaute@soeurs-accueil.example.org", enc="Q"),
           hdr(M12_SUBJ, enc="Q"), M12_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdbxnD5fZ4Ct8H2kQ1e9bX3rW7YpLA=="),
                  ("Content-Language", "fr")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Agnès Mukamana", "responsable du foyer d'accueil des femmes migrantes",
           "Congrégation des Sœurs de l'Accueil", ["roundtable"], 1),
        sp("Antoine Khoury", "aumônier des migrants", "Paroisse maronite Saint-Charbel", ["open_discussion"])],
        notes="two speakers in prose, sent on behalf by the community's secretary (not a speaker). 'Sœur' and "
              "'le Père' are religious forms of address, dropped from the names, while 'Sœurs' stays inside the "
              "congregation's name. Titles and affiliations written in one phrase ('responsable du foyer ... de la "
              "Congrégation ...'): the post is the title, the body after 'de la' the affiliation. Roundtable as 'première table ronde'. A follow-up question comes in "
              "h223-21."))


# ================================================================ 13  AR  speaker  HTML-only pasted form, 'د.' + 'PhD', kunya in brackets; 23:41 on 5 Feb
def m13():
    when = at("2021-02-05 23:41:18")
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:11pt">
<p>السلام عليكم،</p>
<p>نرجو التفضل بقبول ترشيح المتحدثَين التاليين من منظمة أمل للنازحين والمهجّرين، وقد نسخنا البيانات من استمارة الترشيح الداخلية كما هي:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>الاسم الكامل</th><th>المسمى الوظيفي</th><th>الجهة</th><th>المشاركة المطلوبة</th></tr>
<tr><td>د. نادية حسن الكبيسي، PhD</td><td>أستاذة مشاركة ورئيسة قسم علم الاجتماع في كلية الآداب</td><td>جامعة بلاد الرافدين</td><td>مداخلة في المائدة المستديرة المواضيعية الأولى</td></tr>
<tr><td>محمود العبيدي (أبو فراس)</td><td>منسق ميداني - مخيمات نينوى</td><td>منظمة أمل للنازحين والمهجّرين</td><td>النقاش المفتوح للمشاورة (23 شباط)</td></tr>
</table>
<p>ملاحظة: الأخ محمود معروف في المخيمات باسم أبو فراس، ونرجو كتابة اسمه الرسمي في البرنامج.</p>
<p>مع التقدير،<br>زينب الجبوري<br>مسؤولة البرامج<br>منظمة أمل للنازحين والمهجّرين - بغداد</p>
</div>"""
    body = html_only(inner, rtl=True, b64=True, lang="ar", newlines=True)
    m = mk(when, sent_at(when, 3, 6), "smtp.amal-idp.example.org", "203.0.113.145", "4DXnT05QjFz6",
           addr("زينب الجبوري", "z.aljubouri@amal-idp.example.org"), hdr("ترشيح متحدثين - منظمة أمل"),
           "<4f2b9c1e8d7a6051@amal-idp.example.org>", body,
           extra=[("X-Mailer", "Roundcube Webmail/1.4.10")])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نادية حسن الكبيسي", "أستاذة مشاركة ورئيسة قسم علم الاجتماع في كلية الآداب", "جامعة بلاد الرافدين",
           ["roundtable"], 1),
        sp("محمود العبيدي", "منسق ميداني - مخيمات نينوى", "منظمة أمل للنازحين والمهجّرين", ["open_discussion"])],
        notes="HTML-only (base64) with the two speakers in a table pasted from a form; received 23:41 on 5 February "
              "Beirut time (Date 00:41 +0300 on the 6th): on time. 'د.' before and the degree 'PhD' after the first "
              "name are dropped; the kunya in brackets after the second ('(أبو فراس)') is not part of the official "
              "name the sender asks for. The first speaker's affiliation (a university) differs from the sender's "
              "organisation; her title is a chain kept whole with its department and faculty (dev 012). The second "
              "title carries a place ('- مخيمات نينوى') that is part of the post as written, kept. The city after the "
              "organisation in the signature ('- بغداد') is not part of it."))


# ================================================================ 14  EN  other  thank-you answering our acknowledgement of 02
def m14():
    when = at("2021-02-06 09:05:51")
    text = """Dear colleagues,

Well received, many thanks. Dr. Hana and Mr. Al-Sayed are looking forward to the conference.

Kind regards,
Marwa

Marwa Fathy
Programme Assistant
Office of the Executive Director
Nile Valley Migrant Health Initiative (NVMHI)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 3:41 PM
To: Marwa Fathy <m.fathy@nvmhi.example.org>
Subject: Acknowledgement of receipt - NVMHI - nomination of speakers - GCM Regional Review

Dear Marwa Fathy,

Thank you for your message. We have registered the following speaking requests for the Regional Review of the GCM in the Arab region:
- Mohamed Ibrahim Al-Sayed (plenary)
- Hana Yousef (thematic roundtable 4)

The secretariat will contact you about the programme in due course.

GCM Regional Review secretariat
"""
    body = alt(text, "_000_AM6PR08MB4127D93E1A0F6C22_", html=outlook_html(text))
    subj = "RE: Acknowledgement of receipt - NVMHI - nomination of speakers - GCM Regional Review"
    m = mk(when, sent_at(when, 2, 4), "mail-am6eur08on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DY2cW1pSvz4", "Marwa Fathy <m.fathy@nvmhi.example.org>", subj,
           "<AM6PR08MB4127D93E1A0F6C22@AM6PR08MB4127.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdX4bQ2Rc3Sd4Te5Uf6Vg7Wh8Xi9YjAAGk3mQ=="))
    m["In-Reply-To"] = ack_mid("4DTv1a8Nx2z3")
    m["References"] = "%s %s" % (M02_ID, ack_mid("4DTv1a8Nx2z3"))
    add(14, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 2,
        notes="a thank-you answering our acknowledgement of h223-02, adding nothing new: not acknowledged. The new "
              "text names both speakers with honorifics and a short form ('Dr. Hana', 'Mr. Al-Sayed'); the quoted "
              "acknowledgement lists them again: no new speaker request."))


# ================================================================ 15  FR  other  question following the report of 03 (how the authors are credited)
def m15():
    when = at("2021-02-06 13:30:27")
    text = """Madame, Monsieur,

Suite à notre envoi du 2 février et à votre accusé de réception, je me permets une question : les rapports volontaires seront-ils publiés sur le site de la Conférence ? Dans l'affirmative, pourriez-vous les attribuer au Collectif et non à ses membres à titre individuel, et, si les auteurs doivent figurer, les mentionner sous la forme « Me K. Benjelloun et Me H. El Fassi, avocats au Barreau de Casablanca » ?

Par ailleurs, notre confrère Me El Fassi souhaiterait savoir s'il reste possible de demander un temps de parole, ou si la date est désormais passée.

Avec mes remerciements,

--
Me Khadija BENJELLOUN
Avocate au Barreau de Casablanca
Coordinatrice du CASFI

Le 02/02/2021 à 10:06, GCM Regional Review Arab States a écrit :
""" + gt("""Madame, Monsieur,

Nous accusons réception de votre rapport volontaire (CASFI_rapport_volontaire_PMM_2021.pdf) et vous remercions de votre contribution à l'examen régional du Pacte mondial pour les migrations.

Secrétariat de l'examen régional du PMM""") + "\n"
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 5), "smtp.barreau-solidaire.example.org", "203.0.113.23", "4DY8wL2tNhz0",
           '"Me Khadija Benjelloun" <k.benjelloun@barreau-solidaire.example.org>',
           hdr("Re: Accusé de réception - Rapport volontaire - Collectif Avocats sans Frontières Intérieures", enc="Q"),
           "<c7e2f1a0-3b4d-4e5f-8a9b-0c1d2e3f4a5b@barreau-solidaire.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr"),
                  ("In-Reply-To", ack_mid("4DVH2a0LqRz9")),
                  ("References", "%s %s" % (M03_ID, ack_mid("4DVH2a0LqRz9")))])
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 3,
        notes="question replying to our acknowledgement of h223-03: how the authors are credited ('Me K. Benjelloun', "
              "initials and honorific) and whether a colleague may still ask to speak. Asking whether it is still "
              "possible is not a speaker request (no role asked, no title); acknowledge because it asks questions."))


# ================================================================ 16  EN  speaker  late; three spellings of one name, 'Dr.' + ', PhD'
def m16():
    when = at("2021-02-07 10:12:36")
    text = """Dear organizers,

My name is Muhammad Al-Obaidi and I lead the research on protracted displacement at our centre in Baghdad. I understand the deadline for speaker requests was Friday; I only received the invitation yesterday through a colleague, so I hope you can still consider this.

I would like to request a floor intervention in the second thematic roundtable.

Name: Dr. Mohammed Al-Obaidi, PhD
Title: Senior Research Fellow
Affiliation: Tigris Centre for Displacement Studies (TCDS), Baghdad

Please note that my name appears as "Mohamed El-Obeidy" in my email account and on my passport (the transliteration was chosen by the passport office). The spelling above is the one I use in my publications and would prefer on the programme.

Best wishes,
Mohammed
"""
    body = alt(text, "000000000000f1e2d305ba8c9d0e", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 8), "mail-oi1-f182.google.example.com", "192.0.2.182", "4DYYp41zKcz5",
           "Mohamed El-Obeidy <m.elobeidy.tcds@gmail.example.com>", "Request - floor intervention, roundtable 2",
           "<CAK7pWq3Xd1nLs+Tb5vRf9Yh2eZm0uGj4Co@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Mohammed Al-Obaidi", "Senior Research Fellow", "Tigris Centre for Displacement Studies (TCDS)",
           ["roundtable"], 2)],
        notes="late (7 February) and says so. Three transliterations of one name in one mail: 'Muhammad Al-Obaidi' "
              "(body), 'Mohammed Al-Obaidi' (labelled line, the spelling he asks for) and 'Mohamed El-Obeidy' (From "
              "display name and passport); the labelled one is recorded. 'Dr.' and ', PhD' dropped. City after the "
              "acronym (', Baghdad') not part of the affiliation. Roundtable as 'second thematic roundtable'."))


# ================================================================ 17  AR  speaker  late, Gulf dialect, on behalf, kunya + 'بنت'; Cc bounces (18)
M17_ID = "<CAM2rTy8Vb5qHn+Ke3wPd7Zs1uXf9oLg6Ba@mail.gmail.example.com>"


def m17():
    when = at("2021-02-08 12:40:09")
    text = """السلام عليكم ورحمة الله

حياكم الله. أدري إن الموعد فات يوم الجمعة، بس الخطاب العربي عندنا مكتوب فيه ٢٣ فبراير فحسبنا إن عندنا وقت، فالسموحة منكم.

نبي نرشح الأخت أم نواف تكون مقررة وتقدم الرسائل الرئيسية عن العاملات المنزليات، لأنها من أكثر الناس اللي تعرف مشاكلهن على أرض الواقع.

بياناتها:
الاسم: فاطمة بنت علي الزهراني (أم نواف)
المنصب: رئيسة اللجنة النسائية
الجهة: رابطة العاملات المنزليات في الخليج

هي ما عندها إيميل، فأي تواصل يكون عن طريقي.

تحياتي
أبو عبدالله - عبدالله المري
منسق الرابطة
"""
    body = alt(text, "0000000000002a3b4c05bab1d2e3", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 3, 6), "mail-pl1-f196.google.example.com", "192.0.2.196", "4DZ0yG7cBvz8",
           addr("ابو عبدالله", "abu.abdullah.rabita@gmail.example.com"), hdr("ترشيح مقررة - رابطة العاملات المنزليات"),
           M17_ID, body, cc="Rabita Office <office@rabita-gulf.example.org>")
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فاطمة بنت علي الزهراني", "رئيسة اللجنة النسائية", "رابطة العاملات المنزليات في الخليج", ["rapporteur"])],
        notes="late (8 February): the sender relied on the Arabic letter's misprinted date (23 February), which does "
              "not move the deadline. Gulf dialect; the speaker is introduced by her kunya ('الأخت أم نواف') and named "
              "with 'بنت' on the labelled line; the kunya in brackets is not recorded. The sender (also signing with "
              "a kunya, 'أبو عبدالله', and in the From display name) is not a speaker. 'في الخليج' is part of the "
              "organisation's name as written on the line, kept. The copy of our acknowledgement to the Cc address "
              "bounces (h223-18)."))


# ================================================================ 18  AR  bounce  Arabic-localised NDR for our acknowledgement of 17 (Cc)
def m18():
    when = at("2021-02-08 12:43:27")
    text = """تعذر تسليم رسالتك إلى المستلمين التاليين:

office@rabita-gulf.example.org
صندوق البريد ممتلئ ولا يمكنه استقبال رسائل جديدة في الوقت الحالي.

Your message couldn't be delivered to office@rabita-gulf.example.org: the recipient's mailbox is full.

خادم التشخيص: mx.rabita-gulf.example.org
"""
    dsn = ("Reporting-MTA: dns; mx.rabita-gulf.example.org\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; office@rabita-gulf.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n" % rfcdate(when - dt.timedelta(seconds=20), "EET"))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: abu.abdullah.rabita@gmail.example.com\n"
            "Cc: office@rabita-gulf.example.org\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n" % (b_word("إشعار بالاستلام - ترشيح مقررة - رابطة العاملات المنزليات"),
                                  rfcdate(when - dt.timedelta(seconds=25)), ack_mid("4DZ0zQ3dCwz1")))
    body = dsn_report("-", dsn, hdrs, "9c1d2e3f-NDR-4a5b-8c6d-rabita")
    body.get_payload()[0] = leaf("text/plain", text, "utf-8", "base64",
                                 extra=[("Content-Description", "Notification")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mx.rabita-gulf.example.org (mx.rabita-gulf.example.org [203.0.113.201])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4DZ12R6fDxz4\r\n"
                         "\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(when, "EET")),
            ("From", "postmaster@rabita-gulf.example.org"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Subject", hdr("غير قابل للتسليم: إشعار بالاستلام")),
            ("Date", rfcdate(sent_at(when, 3, 3))),
            ("Message-ID", "<9c1d2e3f-ndr-4a5b-8c6d@mx.rabita-gulf.example.org>"),
            ("Auto-Submitted", "auto-replied")]
    add(18, when, top(body, rows), dict(category="bounce", language="ar", acknowledge=False, on_time=None,
        notes="Arabic-localised delivery failure (mailbox full, 5.2.2) from the recipient's server for the copy of "
              "our acknowledgement of h223-17 sent to the Cc address; multipart/report with a UTF-8 notice. Never "
              "acknowledge; thread_of null as for dev bounces."))


# ================================================================ 19  FR  both  surname-first form in capitals; DOCX; speaker part late
M19_FILE = "AFMD - Rapport volontaire PMM.docx"


def m19():
    when = at("2021-02-09 17:20:15")
    text = """Bonjour Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association des Femmes Migrantes pour le Développement (AFMD) sur la mise en œuvre du Pacte mondial en Algérie.

Nous souhaiterions également, si cela est encore possible, que notre présidente intervienne lors d'une séance plénière de la Conférence. Voici la fiche complétée :

NOM : TRAORÉ
Prénom : Aminata
Fonction : Présidente
Organisation : Association des Femmes Migrantes pour le Développement (AFMD)
Type d'intervention : séance plénière

Merci d'avance et bonne soirée.

Aminata Traoré
Présidente de l'AFMD
Alger
"""
    docx = make_docx(["Rapport volontaire - AFMD", "1. Contexte", "2. Acces aux soins des femmes migrantes",
                      "3. Travail domestique", "4. Recommandations"])
    a = alt(text, "----=_Part_1843207_552016391.1612884012093")
    body = multi("mixed", [a, attach(DOCX, docx, M19_FILE)], "----=_Part_1843206_1204117783.1612884012093")
    m = mk(when, sent_at(when, 1, 9), "sonic301-22.consmr.mail.ir2.yahoo.example.com", "192.0.2.222",
           "4DZmX53rHtz2", addr("Aminata Traoré", "aminata.traore.afmd@yahoo.example.fr", enc="Q"),
           hdr("Rapport volontaire + demande d'intervention (AFMD)", enc="Q"),
           "<1843208.552016391.1612884012094@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(19, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M19_FILE], speakers=[
            sp("Aminata Traoré", "Présidente", "Association des Femmes Migrantes pour le Développement (AFMD)",
               ["plenary"])],
        notes="both, received 9 February: report on time, speaker request late, so on_time false. The form writes the "
              "surname in capitals on its own line before the first name ('NOM : TRAORÉ' / 'Prénom : Aminata'); the "
              "name is recorded in the order and case of the signature ('Aminata Traoré'), which writes it whole. "
              "City after the signature not kept. Space in the DOCX file name."))


# ================================================================ 20  EN  report  'Sister', post-nominal order initials; plain text Apple Mail
M20_FILE = "SoH_Network_GCM_voluntary_report_2021.pdf"


def m20():
    when = at("2021-02-10 10:00:41")
    text = """Dear Secretariat,

Greetings from Beirut. On behalf of the Sisters of Hope Migrant Network, I am pleased to share our voluntary review report on the implementation of the Global Compact for Migration, covering our shelters and legal aid desks in Lebanon, Jordan and Egypt.

The report was written jointly by our three country teams. Do let me know if a different format is needed.

With every good wish,

Sister Mary Okafor, SHCJ
Regional Coordinator
Sisters of Hope Migrant Network
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Sisters of Hope Migrant Network",
                  ["Who we are", "Shelter and protection (objective 7)", "Legal aid (objective 15)",
                   "Children of migrant workers", "Recommendations"])
    t = leaf("text/plain", text, "us-ascii", "7bit")
    body = multi("mixed", [t, attach("application/pdf", pdf, M20_FILE)], "Apple-Mail=_7B3E1D2C-5A4F-4E6B-9C8D-0F1A2B3C4D5E")
    m = mk(when, sent_at(when, 2, 7), "mail.sohnetwork.example.org", "203.0.113.160", "4Dbb0T2mLwz7",
           "Sr Mary Okafor <coordinator@sohnetwork.example.org>", "Voluntary report - Sisters of Hope Migrant Network",
           "<E2D4F6A8-1B3C-4D5E-9F0A-7B8C9D0E1F2A@sohnetwork.example.org>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="report only; the sender is a religious sister ('Sister' / 'Sr', post-nominal order initials 'SHCJ') "
              "and the organisation's name also starts with 'Sisters': nothing here is a speaker request. Apple Mail, "
              "plain 7bit text."))


# ================================================================ 21  FR  other  question following the request of 12 (interpretation, accompaniment)
def m21():
    when = at("2021-02-11 09:30:05")
    text = """Bonjour,

Merci pour votre accusé de réception concernant Sœur Agnès et le Père Antoine.

Deux questions pratiques : le Père Antoine s'exprime plus aisément en arabe ; une interprétation arabe-français sera-t-elle assurée pendant la discussion ouverte du 23 février ? Et Sœur Agnès pourra-t-elle être accompagnée d'une résidente du foyer, qui souhaite seulement assister ?

Bien à vous,

Claire Vidal
Secrétaire de la communauté
Congrégation des Sœurs de l'Accueil

-----Message d'origine-----
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : vendredi 5 février 2021 10:21
À : communaute@soeurs-accueil.example.org
Objet : Accusé de réception - Demande de prise de parole - Congrégation des Sœurs de l'Accueil

Madame, Monsieur,

Nous avons bien reçu votre demande de prise de parole pour Agnès Mukamana (table ronde thématique 1) et Antoine Khoury (discussion ouverte, 23 février).

Secrétariat de l'examen régional du PMM
"""
    body = alt(text, "----=_NextPart_000_0031_01D70056.A2C4E6F0", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 6), "smtp.soeurs-accueil.example.org", "203.0.113.112", "4DbzL61sRkz3",
           addr("Communauté Sœurs de l'Accueil", "communaute@soeurs-accueil.example.org", enc="Q"),
           hdr("RE: Accusé de réception - Demande de prise de parole - Congrégation des Sœurs de l'Accueil", enc="Q"),
           "<003001d70046$a2c4e6f0$e84eb2d0$@soeurs-accueil.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "fr"),
                  ("In-Reply-To", ack_mid("4DXQ3b2XwJz5")),
                  ("References", "%s %s" % (M12_ID, ack_mid("4DXQ3b2XwJz5")))])
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 12,
        notes="practical questions (interpretation, a person who would only attend) replying to our acknowledgement "
              "of h223-12; the speakers are named again with 'Sœur' / 'le Père' but nothing new is proposed. "
              "Outlook-style quoted header ('-----Message d'origine-----')."))


# ================================================================ 22  AR  report  iPhone, sender known only by a kunya in the display name
M22_FILE = "تقرير ملتقى الجاليات.pdf"


def m22():
    when = at("2021-02-12 21:15:50")
    text = "مرفق تقرير ملتقى الجاليات العربية للاستعراض الطوعي\nمع الشكر\n\nأبو يوسف\n\nأُرسلت من الـ iPhone\n"
    pdf = rep_pdf("Voluntary GCM review - Arab Diaspora Forum", "Multaqa al-Jaliyat al-Arabiya",
                  ["Introduction", "Remittances (objective 20)", "Diaspora engagement (objective 19)",
                   "Recommendations"])
    p1 = leaf("text/plain", text, "utf-8", "base64")
    body = multi("mixed", [p1, attach("application/pdf", pdf, M22_FILE, inline=True)],
                 "Apple-Mail-2F4A6C8E-0B1D-4E3F-A5B7-C9D1E3F5A7B9")
    m = mk(when, sent_at(when, 4, 10), "smtp-out.icloud.example.com", "192.0.2.89", "4Dcq5W0nPyz9",
           addr("أبو يوسف", "abuyousef.multaqa@icloud.example.com"), hdr("تقرير"),
           "<9A1C3E5F-7B2D-4F6A-8C0E-1D3F5A7B9C2E@icloud.example.com>", body,
           extra=[("X-Mailer", IPHONE)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="iPhone, one-line Arabic body; the sender is known only by a kunya ('أبو يوسف', display name and "
              "signature): the acknowledgement cannot use a full name. PDF with Arabic name and space, inline "
              "disposition, one-word subject."))


# ================================================================ 23  FR  report  administrative letter, 'P/O' signature with a long title chain
M23_FILE = "ATDDM_Rapport_volontaire_Pacte_mondial_2021.pdf"


def m23():
    when = at("2021-02-15 11:00:22")
    text = """Tunis, le 15 février 2021

Le Président de l'Association Tunisienne de Défense des Droits des Migrants (ATDDM)

à

Monsieur le Chef de Mission
Secrétariat de l'examen régional du Pacte mondial pour les migrations - région arabe

Objet : Transmission du rapport volontaire de l'ATDDM
P.J. : 1 (un) rapport

Monsieur le Chef de Mission,

J'ai l'honneur de vous faire parvenir, en pièce jointe, le rapport volontaire de l'ATDDM relatif à l'examen régional de la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Je vous prie d'agréer, Monsieur le Chef de Mission, l'expression de ma haute considération.

P/O le Président,
le Secrétaire général adjoint chargé des relations extérieures et de la coopération internationale

Mongi BEN HADJ YAHIA
"""
    pdf = rep_pdf("Rapport volontaire - ATDDM", "Association Tunisienne de Defense des Droits des Migrants",
                  ["Cadre juridique", "Detention administrative (objectif 13)", "Acces a la justice",
                   "Recommandations"])
    cid = "image001.jpg@01D70381.5A2B3C40"
    a = alt(text, "_000_PR3PR01MB6420A1B2C3D4E5F6_", html=outlook_html(text, lang="FR", img_cid=cid))
    rel = multi("related", [a, logo(cid, (200, 16, 46), name="image001.png")], "_005_PR3PR01MB6420A1B2C3D4E5F6_",
                params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M23_FILE)], "_006_PR3PR01MB6420A1B2C3D4E5F6_")
    subj = "Transmission du rapport volontaire de l'ATDDM"
    m = mk(when, sent_at(when, 1, 5), "mail-pr3eur01on0611.outbound.protection.outlook.example.com", "198.51.100.11",
           "4DfF7v3JsMz1", "ATDDM - Secretariat <secretariat@atddm.example.tn>", subj,
           "<PR3PR01MB6420A1B2C3D4E5F6@PR3PR01MB6420.eurprd01.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcDq2W3e4R5t6Y7u8I9o0PaSdFgHj==", lang="fr-FR", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="formal administrative letter in the body ('Le Président ... à Monsieur le Chef de Mission', 'Objet :', "
              "'P.J.'), signed 'P/O' by a deputy secretary-general with a long title chain, surname in capitals: no "
              "speaker. Outlook related > alternative with an inline logo that is not part of the report."))


# ================================================================ 24  EN  report  late DOCX; a signature full of titles and degrees
M24_FILE = "MHF_GCM_Voluntary_Review_Report.docx"


def m24():
    when = at("2021-02-17 08:30:17")
    text = """Dear GCM Regional Review Secretariat,

Apologies for missing yesterday's deadline: our board only approved the final text last night. Please find attached the voluntary GCM review report of the Migrant Health Foundation. We would be grateful if it could still be included in the compilation.

Yours sincerely,

Prof. Dr. Leila Nasser, PhD, MD
Chair of the Board of Trustees
Migrant Health Foundation (MHF)
Honorary Consultant, Department of Community Medicine, Faculty of Medicine
"""
    docx = make_docx(["MHF Voluntary GCM Review Report", "Health screening at arrival", "Access to primary care",
                      "Mental health", "Recommendations"])
    a = alt(text, "_000_AS8PR04MB8040F1E2D3C4B5A6_", html=outlook_html(text))
    body = multi("mixed", [a, attach(DOCX, docx, M24_FILE)], "_004_AS8PR04MB8040F1E2D3C4B5A6_")
    subj = "Voluntary GCM review report - Migrant Health Foundation (late submission)"
    m = mk(when, sent_at(when, 3, 7), "mail-as8eur04on0650.outbound.protection.outlook.example.com", "198.51.100.50",
           "4Dgh2K8mQvz6", '"Prof. Dr. Leila Nasser" <l.nasser@mhf.example.org>', subj,
           "<AS8PR04MB8040F1E2D3C4B5A6@AS8PR04MB8040.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcFr3T4y5U6i7O8p9A0sDfGhJkLzX==", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late (17 February) and says so. Signature stacked with honorifics and degrees ('Prof. Dr. ...', "
              "'PhD, MD') and two posts; no speaker is proposed."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
