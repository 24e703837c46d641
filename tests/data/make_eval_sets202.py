#!/usr/bin/env python3
"""Write the blind evaluation set holdout202 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets202.py
Theme: the Gulf and labour migration, 1-17 February 2021.  Domestic workers' groups, recruitment-reform
campaigners, a chamber of commerce's HR committee, an embassy labour attaché writing in a personal capacity,
South Asian, East African and Filipino community associations based in Gulf states.  Transliterated names
spelt several ways, 'Eng.' and 'م.' before names, English by non-native writers, Gulf dialect next to formal
Arabic, phone one-liners, a request forwarded by a colleague, an out-of-office and a mailbox-full bounce.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, top)
from mailgen import POSTFIX_NOTICE, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id, logo

SET = EvalSet(202)
add = SET.add


def rpdf(title, org, chapters):
    lines = [title, org, "Contribution to the Regional Review of the GCM - Arab States, February 2021", ""]
    lines += ["%d. %s" % (k, c) for k, c in enumerate(chapters, 1)]
    return make_pdf(lines)


GMAIL_IOS = [("X-Mailer", "iPhone Mail (18C66)")]


# ================================================================ 01  EN  speaker  Filipino association, 2 speakers
M01_ID = "<CAJ8v2hQm4xRk7pWz0Ls3Tn9Ye5Bd1Fa6Gc@mail.gmail.example.com>"
M01_SUBJ = "Request for speaking - SMPG Kuwait"


def m01():
    when = at("2021-02-01 10:22:14")
    sent = sent_at(when, 3, 6)
    text = """Good day po!

We are very thankful for the invitation letter which our Embassy friends shared to us. Our group is composed by Filipino household service workers here in Kuwait and we want also our voice to be heard in the Regional Review.

We like to request 2 speakers please:

1. Ms. Maria Luz Dela Cruz, President of Samahan ng mga Manggagawang Pilipino sa Gulpo (SMPG) - she want to join the open discussion on 23 February
2. Ms. Jocelyn Bautista, Secretary, also SMPG - for the roundtable no. 2 if possible

Both of us are working as domestic helper so we can only join by zoom on our day off, kindly consider. We already register in the website last Saturday.

Thank you and God bless!

Maria Luz Dela Cruz
President
Samahan ng mga Manggagawang Pilipino sa Gulpo (SMPG)
Kuwait City, Kuwait
"""
    body = alt(text, "000000000000f3a2b105ba3c7d11")
    m = mk(when, sent, "mail-pj1-f41.google.example.com", "192.0.2.141", "4DTm1x0Qa2z1",
           "Maria Luz Dela Cruz <smpg.kuwait@gmail.example.com>", M01_SUBJ, M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maria Luz Dela Cruz", "President", "Samahan ng mga Manggagawang Pilipino sa Gulpo (SMPG)",
           ["open_discussion"]),
        sp("Jocelyn Bautista", "Secretary", "Samahan ng mga Manggagawang Pilipino sa Gulpo (SMPG)",
           ["roundtable"], 2)],
        notes="Filipino English by a non-native writer ('Good day po', 'she want'); two speakers in one numbered list, "
              "the second writes only 'also SMPG', recorded with the full name the message gives for the same "
              "association. 'Ms.' dropped; 'Kuwait City, Kuwait' is a place (dev 004 convention)."))


# ================================================================ 02  AR  speaker  Gulf dialect, phone, chamber HR committee
def m02():
    when = at("2021-02-01 14:05:51")
    sent = sent_at(when, 4, 3)
    text = """السلام عليكم ورحمة الله

حياكم الله، نبي نسجل مشاركة في الطاولة المستديرة الثالثة (مال سوق العمل والاستقدام)

المتحدث: م. محمد سعيد الظنحاني
رئيس لجنة الموارد البشرية
غرفة تجارة وصناعة الساحل الشرقي

وشكراً

مرسلة من الـiPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-qv1-f66.google.example.com", "192.0.2.66", "4DTsK20Rb7z4",
           addr("Mohammed AlDhanhani", "m.dhanhani@eccci.example.ae"), hdr("مشاركة"),
           "<8A1E2F7C-4B3D-4E9A-9C0F-2D6B7A5E1C33@eccci.example.ae>", body, extra=GMAIL_IOS)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد سعيد الظنحاني", "رئيس لجنة الموارد البشرية", "غرفة تجارة وصناعة الساحل الشرقي", ["roundtable"], 3)],
        notes="Gulf dialect from an iPhone ('نبي نسجل', 'مال'), plain text in base64, one-word subject. 'م.' "
              "(engineer) before the name is an honorific, dropped like Dr.; the title is written with its unit "
              "(committee), kept whole as dev 012 does. From display name is a Latin transliteration "
              "('Mohammed AlDhanhani'); the label uses the Arabic name the message writes. Private sector."))


# ================================================================ 03  FR  report  PDF + logo, Outlook
def m03():
    when = at("2021-02-01 18:40:09")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Suite à l'invitation adressée aux parties prenantes dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) pour la région arabe, l'Observatoire tunisien des recrutements vers le Golfe (OTRG) a l'honneur de vous transmettre ci-joint son rapport volontaire d'examen.

Le rapport porte principalement sur l'objectif 6 (recrutement équitable et conditions garantissant un travail décent) et sur les frais de recrutement supportés par les travailleuses et travailleurs tunisiens partant vers les pays du Conseil de coopération du Golfe.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hédi Belhaj
Secrétaire général
Observatoire tunisien des recrutements vers le Golfe (OTRG)
Tunis - Tunisie
Tél. : +216 71 000 000
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div>' + "<br>\n".join(x.replace("&", "&amp;") for x in text.split("\n")) +
            '<img src="cid:image001.png@01D6F8C1.5A2B3C40" width="120" height="60"></div></body></html>\n')
    fname = "OTRG_Rapport_volontaire_PMM_2021.pdf"
    pdf = rpdf("Rapport volontaire d'examen du PMM", "Observatoire tunisien des recrutements vers le Golfe (OTRG)",
               ["Contexte", "Frais de recrutement et endettement", "Intermediaires et agences privees",
                "Recommandations"])
    related = multi("related", [alt(text, "_000_VI1P190MB0214A3C2_", html=html),
                                logo("image001.png@01D6F8C1.5A2B3C40", (200, 30, 40))],
                    "_004_VI1P190MB0214A3C2_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [related, attach("application/pdf", pdf, fname)], "_005_VI1P190MB0214A3C2_")
    subj = "Rapport volontaire d'examen du PMM - OTRG"
    m = mk(when, sent, "mail-vi1eur04on0712.outbound.protection.outlook.example.com", "198.51.100.12",
           "4DTzP51Kc3z8", "Hedi Belhaj <h.belhaj@otrg.example.tn>", subj,
           "<VI1P190MB0214A3C2B1D0E9F8@VI1P190MB0214.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW+Ba3kX9mQ2Lp7Uy0Rz4Vw1t5Eg==", lang="fr-FR", has_attach="yes"))
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="plain case: administrative French, Outlook with an inline logo (image001.png) that is not part of "
              "the report; the PDF is the report. No speaker proposed."))


# ================================================================ 04  EN  other  question from an East African community leader
def m04():
    when = at("2021-02-02 08:55:30")
    sent = sent_at(when, 4, 5)
    text = """Dear Sir/Madam

Greetings from Muscat. I am coordinator of Ethiopian community volunteers here, we help the sisters who are domestic workers when they have problem with sponsor or they run away to the embassy shelter.

I have some questions before we send anything:
- many of our ladies cannot go out from the house and they dont have laptop, only phone. If one of them will speak can she join by phone only or she must have zoom?
- if she dont want to say her real name because of the employer, is it possible?
- we can write report in Amharic and translate to english or it must be in Arabic?

Sorry for many questions. We are not big organisation, just volunteers.

Regards
Almaz Tesfaye
Ethiopian Community Volunteers Group, Oman
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable",
                params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent, "mail-ot1-f52.yahoo.example.com", "192.0.2.152", "4DVb6T2Hn8z2",
           "almaz tesfaye <almaz.t1985@yahoo.example.com>", "Questions about speaking and report language",
           "<1476209853.2231904.1612248925@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17597 YMailNorrin")])
    add(4, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions only (joining by phone, anonymity of a domestic worker speaker, report language): nobody "
              "is proposed yet ('before we send anything'), so no speakers. Non-native English, format=flowed "
              "plain text, lowercase display name."))


# ================================================================ 05  AR  report  collective, Arabic PDF name (RFC 2231)
def m05():
    when = at("2021-02-02 11:30:02")
    sent = sent_at(when, 3, 8)
    text = """السادة القائمون على الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،

تحية طيبة وبعد،

يسرّ حملة "استقدام عادل" لإصلاح أنظمة الاستقدام في دول الخليج أن ترفق لكم تقريرها الطوعي الجماعي، الذي أعدّته بالتشاور مع إحدى عشرة منظمة من منظمات المجتمع المدني ونقابتين عماليتين في البلدان المرسِلة والمستقبِلة.

يركز التقرير على الهدف السادس من الاتفاق العالمي (تيسير التوظيف المنصف والأخلاقي) وعلى الهدف الخامس عشر (توفير الخدمات الأساسية للمهاجرين)، ويتضمن توصيات محددة بشأن إلغاء رسوم الاستقدام التي يتحملها العمال ونقل الكفالة.

نرجو التكرم بتأكيد الاستلام.

مع فائق الاحترام،

سارة العنزي
منسقة الحملة
حملة استقدام عادل
"""
    fname = "التقرير الطوعي الجماعي - حملة استقدام عادل.pdf"
    pdf = rpdf("Collective voluntary GCM review report", "Fair Recruitment Campaign (Gulf)",
               ["Background", "Recruitment fees", "Sponsorship and job mobility", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000b71c2d05ba41e0a7", rtl=True),
                           attach("application/pdf", pdf, fname)], "000000000000b71c2f05ba41e0a9")
    m = mk(when, sent, "mail-wm1-f47.google.example.com", "192.0.2.47", "4DVgQ03Ms1z6",
           addr("سارة العنزي", "sara.alanazi.fr@gmail.example.com"), hdr("التقرير الطوعي - حملة استقدام عادل"),
           "<CAL3r8Kp0vW2nQ7zX4yHj9Bc6Td1Fs5Mg2Ae@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a recruitment-reform campaign; Arabic PDF file name with spaces sent as RFC 2231 "
              "(filename*) with an RFC 2047 name parameter; formal Arabic from Gmail."))


# ================================================================ 06  FR  speaker  labour attaché, personal capacity
def m06():
    when = at("2021-02-02 16:10:44")
    sent = sent_at(when, 3, 9)
    text = """Madame, Monsieur,

J'ai pris connaissance avec intérêt de l'invitation relative à la consultation multipartite du 23 février 2021.

Je me permets de vous écrire à titre personnel, et non au nom de mon Ambassade, pour solliciter la possibilité de prendre la parole lors de la discussion ouverte de la consultation. Depuis trois ans, je suis au quotidien les dossiers des travailleuses domestiques malgaches en Arabie saoudite (contrats, rapatriements, litiges avec les bureaux de placement), et je souhaiterais partager quelques constats de terrain, sans engager la position officielle de mon pays.

Je reste à votre disposition pour toute précision et vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Jean-Baptiste Rakotomalala
Attaché chargé des affaires sociales et du travail
Ambassade de Madagascar
Riyad, Royaume d'Arabie saoudite
"""
    body = alt(text, "----=_NextPart_000_0013_01D6F96A.3C1B2A90")
    m = mk(when, sent, "smtp.mg-mail.example.mg", "198.51.100.206", "4DVq2b5Wd0z3",
           "Jean-Baptiste RAKOTOMALALA <jb.rakotomalala@mg-mail.example.mg>",
           "Demande d'intervention - discussion ouverte du 23 février",
           "<000c01d6f96a$3c1b2a90$b4517fb0$@mg-mail.example.mg>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "fr")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Jean-Baptiste Rakotomalala", "Attaché chargé des affaires sociales et du travail", "Ambassade de Madagascar",
           ["open_discussion"])],
        notes="an embassy labour attaché writing 'à titre personnel, et non au nom de mon Ambassade': not covered by "
              "LABELS.md/dev; a secretary would still register who he is, so title and affiliation are the ones of "
              "his signature (the embassy), with the personal capacity left to the notes. 'Riyad, Royaume d'Arabie "
              "saoudite' is a place; the From writes the surname in capitals."))


# ================================================================ 07  EN  both  South Asian recruitment campaign, PDF + rapporteur
M07_ID = "<PN2PR01MB4471C9A0B3D2E1F0A9@PN2PR01MB4471.INDPRD01.PROD.OUTLOOK.example.com>"


def m07():
    when = at("2021-02-02 20:15:12")
    sent = sent_at(when, 5.75, 6)
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary review report of the Zero Fees Migration Campaign (ZFMC), a coalition of returnee workers' groups and recruitment-reform advocates from Nepal, Bangladesh and Sri Lanka with members working in Qatar, Saudi Arabia and the UAE.

In addition, we would like to propose our Campaign Lead, Mr. Suman Raj Adhikari, as rapporteur to deliver the key messages of the stakeholders at the conference, as he has facilitated the pre-consultations of migrant workers in Doha and Riyadh. Should the rapporteur role already be allocated, he would be glad to make a floor intervention in Roundtable 1 instead.

Speaker: Suman Raj Adhikari
Designation: Campaign Lead
Organization: Zero Fees Migration Campaign (ZFMC)

With warm regards,

Pooja Shrestha
Research and Communications Officer
Zero Fees Migration Campaign (ZFMC)
Kathmandu | Doha
"""
    fname = "ZFMC_Voluntary_GCM_Review_Report_Feb2021.pdf"
    pdf = rpdf("Voluntary GCM Review Report", "Zero Fees Migration Campaign (ZFMC)",
               ["Who we are", "Recruitment fees paid by workers", "Wage theft and access to justice",
                "Recommendations to origin and destination States"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
            + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.strip().split("\n\n")) +
            '</div></body></html>\n')
    body = multi("mixed", [alt(text, "_000_PN2PR01MB4471C9A0_", html=html), attach("application/pdf", pdf, fname)],
                 "_004_PN2PR01MB4471C9A0_")
    subj = "ZFMC voluntary report + rapporteur nomination"
    m = mk(when, sent, "mail-pn2ind01on2088.outbound.protection.outlook.example.com", "198.51.100.88",
           "4DW0cS6Fp2z9", "Pooja Shrestha <pooja.s@zfmc.example.org>", subj, M07_ID, body,
           extra=outlook(subj, "AQHW+Xq1m0Zk3Lr8Sy5Tb2Wc7Nd4Pg==", lang="en-IN", has_attach="yes"))
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
            sp("Suman Raj Adhikari", "Campaign Lead", "Zero Fees Migration Campaign (ZFMC)", ["rapporteur", "roundtable"], 1)],
        notes="both, on time: report PDF plus a rapporteur nomination sent by a colleague (the sender is not the "
              "speaker); roundtable 1 is a fallback ('should the rapporteur role already be allocated'), recorded as "
              "a second role as dev 025 records two roles. Date header in +0545 (Nepal)."))


# ================================================================ 08  AR  speaker  formal, on behalf, two speakers
M08_ID = "<AM0PR03MB6180E4D2C1B0A9F8@AM0PR03MB6180.eurprd03.prod.outlook.example.com>"
M08_SUBJ = "ترشيح متحدثَين - الجمعية الخليجية لحماية العمالة المنزلية"


def m08():
    when = at("2021-02-03 09:05:27")
    sent = sent_at(when, 3, 5)
    text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

بناءً على توجيهات رئيسة مجلس الإدارة، وبالإشارة إلى دعوتكم الكريمة للمشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي، يسرّني أن أرشّح باسم الجمعية المتحدثَين التاليين:

أولاً: الدكتورة فاطمة عبد الرحمن البلوشي، رئيسة مجلس الإدارة، الجمعية الخليجية لحماية العمالة المنزلية — للمداخلة في الجلسة العامة.

ثانياً: الأستاذ يوسف إبراهيم النعيمي، مستشار قانوني، الجمعية الخليجية لحماية العمالة المنزلية — للمداخلة في المائدة المستديرة الرابعة الخاصة بالعمل اللائق.

علماً بأن المرشحَين قد أتمّا التسجيل عبر المنصة الإلكترونية.

وتفضلوا بقبول فائق الاحترام والتقدير،

هند الكواري
مديرة المكتب التنفيذي
الجمعية الخليجية لحماية العمالة المنزلية
المنامة - مملكة البحرين
"""
    body = alt(text, "_000_AM0PR03MB6180E4D2_", rtl=True)
    m = mk(when, sent, "mail-am0eur03on0623.outbound.protection.outlook.example.com", "198.51.100.23",
           "4DWMv71Xt5z0", addr("هند الكواري", "h.alkuwari@gadwp.example.org"), hdr(M08_SUBJ), M08_ID, body,
           extra=outlook(M08_SUBJ, "AdbqB2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jjw==", lang="ar-BH"))
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فاطمة عبد الرحمن البلوشي", "رئيسة مجلس الإدارة", "الجمعية الخليجية لحماية العمالة المنزلية", ["plenary"]),
        sp("يوسف إبراهيم النعيمي", "مستشار قانوني", "الجمعية الخليجية لحماية العمالة المنزلية", ["roundtable"], 4)],
        notes="formal Arabic, sent on behalf of the board by the executive office director (not a speaker); two "
              "speakers in prose with 'الدكتورة' and 'الأستاذ' dropped (honorifics); roundtable as an ordinal word "
              "('الرابعة'). The city/country line of the signature is a place. Its acknowledgement draws the "
              "out-of-office h202-09."))


# ================================================================ 09  AR  auto_reply  out-of-office answering the ack of 08
def m09():
    when = at("2021-02-03 09:06:40")
    sent = sent_at(when, 3, 2)
    text = """مرحباً،

أنا حالياً في إجازة ولن أتمكن من الرد على الرسائل حتى ١٤ فبراير ٢٠٢١.
في الحالات المستعجلة يرجى التواصل مع مكتب الجمعية على info@gadwp.example.org

هند الكواري

---
I am on leave until 14 February 2021 with no access to email.
"""
    body = alt(text, "_000_AM0PR03MB6180F5E3D2C1_", rtl=True)
    rows = std_rows(when, "mail-am0eur03on0624.outbound.protection.outlook.example.com", "198.51.100.24",
                    "4DWMx02Yu6z1", addr("هند الكواري", "h.alkuwari@gadwp.example.org"),
                    re_hdr("Automatic reply: ", "إشعار باستلام - " + M08_SUBJ), rfcdate(sent),
                    "<AM0PR03MB6180F5E3D2C1B0A9@AM0PR03MB6180.eurprd03.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="h.alkuwari@gadwp.example.org")
    rows += [("In-Reply-To", ack_id("4DWMw11Xt9z4")), ("References", "%s %s" % (M08_ID, ack_id("4DWMw11Xt9z4"))),
             ("Content-Language", "ar-BH"), ("X-MS-Exchange-Inbox-Rules-Loop", "h.alkuwari@gadwp.example.org")]
    add(9, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        thread_of=None,
        notes="Exchange out-of-office of the sender of h202-08 answering our acknowledgement 73 seconds after "
              "receipt: 'Automatic reply:' before an Arabic subject, Arabic text with an English line. Never "
              "acknowledge; thread_of null as for dev auto-replies (References still names h202-08)."))


# ================================================================ 10  FR  speaker  pasted registration form, chamber HR commission
def m10():
    when = at("2021-02-03 15:20:18")
    sent = sent_at(when, 4, 4)
    text = """Bonjour,

Comme demandé dans la lettre d'invitation, je vous confirme par courriel notre demande d'intervention. Je copie ci-dessous le récapitulatif reçu après l'inscription en ligne :

------------------------------------------------------------
Récapitulatif de votre inscription
Événement : Conférence régionale d'examen du PMM - États arabes
Prénom : Claire
Nom : FONTAINE-HADDAD
Fonction : Présidente de la Commission Ressources humaines et mobilité
Organisation : Chambre de Commerce et d'Industrie Franco-Émiratie (CCIFE)
Pays de résidence : Émirats arabes unis
Type de participation souhaité : Intervention - Table ronde thématique 2
Langue : Français
------------------------------------------------------------

Notre commission réunit une quarantaine de DRH d'entreprises employant des travailleurs migrants dans la construction, l'hôtellerie et les services ; nous souhaiterions présenter nos travaux sur la portabilité des contrats et la prise en charge des frais de recrutement par l'employeur.

Bien cordialement,

Claire Fontaine-Haddad
Présidente, Commission RH & mobilité
CCIFE - Dubaï
"""
    body = alt(text, "Apple-Mail=_7C2E4A10-3B5D-4F61-9A28-0D1E2F3A4B5C")
    m = mk(when, sent, "mail-ot1-f70.icloud.example.com", "192.0.2.70", "4DWY3m8Gc4z6",
           "Claire Fontaine-Haddad <claire.fh@ccife.example.ae>", "Demande d'intervention - table ronde 2 - CCIFE",
           "<5F0A2C1E-7D3B-4A9E-8C16-3E2F1D0B9A87@ccife.example.ae>", body,
           extra=[("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Claire Fontaine-Haddad", "Présidente de la Commission Ressources humaines et mobilité",
           "Chambre de Commerce et d'Industrie Franco-Émiratie (CCIFE)", ["roundtable"], 2)],
        notes="details in a pasted registration summary (Prénom / Nom in capitals on separate lines) and again in a "
              "shorter signature: name taken from the signature as written (the form splits it); title and "
              "affiliation in the fullest form (the form's lines; the signature abbreviates to 'Commission RH & "
              "mobilité' and 'CCIFE - Dubaï'). Private sector (chamber of commerce HR commission)."))


# ================================================================ 11  EN  speaker  forwarded by a colleague, name variants
def m11():
    when = at("2021-02-04 12:02:33")
    sent = sent_at(when, 3, 7)
    text = """Dear Team,

Kindly see below request from our Chairman, Br. Muhammad Rizvi, who is not able to send from his own email due to some problem with his account. He would like to speak in the plenary session on 24th Feb about the situation of Sri Lankan workers after the pandemic layoffs.

Thanks & Regards,
Fathima Nazeer
Office Secretary, SEWF

---------- Forwarded message ---------
From: Mohamed Rizvi <rizvi.mohamed61@gmail.example.com>
Date: Thu, 4 Feb 2021 at 11:40
Subject: GCM conference
To: Fathima Nazeer <sewf.office@gmail.example.com>


Fathima pls send this to the GCM email in the letter. I want to request to speak in plenary. Details below.

Mohamed Rizvi Farook
Chairman
Sri Lankan Expatriate Welfare Forum (SEWF)
Doha - Qatar
Mob: +974 5500 0000
"""
    body = alt(text, "000000000000d8e9fa05ba5c1b20")
    m = mk(when, sent, "mail-yb1-f180.google.example.com", "192.0.2.180", "4DX7Rk4Vn3z2",
           "SEWF Office <sewf.office@gmail.example.com>", "Fwd: GCM conference",
           "<CAN5t1Yk7wQ3mR0xZ9vLp2Hd8Bg4Fc6Js1Ke@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed Rizvi Farook", "Chairman", "Sri Lankan Expatriate Welfare Forum (SEWF)", ["plenary"])],
        notes="request forwarded by the office secretary (not the speaker); the name is spelt 'Muhammad Rizvi' in "
              "her note, 'Mohamed Rizvi' in the forward header and 'Mohamed Rizvi Farook' in his signature: the "
              "label uses the fullest signature form. 'Br.' (brother) is an honorific. 'Doha - Qatar' is a place."))


# ================================================================ 12  AR  other  Gulf dialect question
def m12():
    when = at("2021-02-04 17:45:09")
    sent = sent_at(when, 3, 3)
    text = """مساء الخير

عندي استفسار لو سمحتو، احنا لجنة صغيرة من العمال النيباليين والبنغاليين في الكويت ونبي نرسل تقرير بس مو متأكدين:
١- هل لازم يكون التقرير بالعربي ولا عادي بالانجليزي؟
٢- آخر موعد للتقرير ٥ فبراير ولا تمدد؟ لأن واحد من الربع قال لي انه تمدد
٣- كم صفحة بالحد الاقصى؟

ومشكورين مقدماً

عبدالله
"""
    body = alt(text, "000000000000e1f2a305ba5f8c44", rtl=True)
    m = mk(when, sent, "mail-io1-f53.google.example.com", "192.0.2.53", "4DXK0p6Tw8z5",
           addr("Abdullah M.", "abdullah.kw.2019@gmail.example.com"), hdr("استفسار عن التقرير"),
           "<CAP2w9Lk4xV7nR3zY0tBq6Hc1Mf8Gd5Ks2Ja@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Kuwaiti dialect questions about the report (language, extended deadline, length): a report is only "
              "announced, nothing submitted. Display name in Latin script, Arabic body."))


# ================================================================ 13  FR  report  DOCX with accented name (RFC 2231)
M13_ID = "<2b7f1c9e-4a3d-8e21-b5c0-6f9d0a1e2c33@atmg.example.mg>"
M13_SUBJ = "Rapport volontaire - Association des Travailleuses Malgaches du Golfe"
M13_TEXT = """Bonjour,

Veuillez trouver en pièce jointe le rapport volontaire de notre association dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Ce rapport a été rédigé à partir de témoignages de 46 travailleuses domestiques malgaches au Koweït, au Liban et en Arabie saoudite, recueillis entre octobre et décembre 2020.

Merci d'en accuser réception.

Cordialement,

Voahangy Randrianarisoa
Présidente
Association des Travailleuses Malgaches du Golfe (ATMG)
"""


def m13():
    when = at("2021-02-05 10:30:55")
    sent = sent_at(when, 3, 6)
    fname = "Rapport_volontaire_ATMG_révisé_février.docx"
    docx = make_docx(["Rapport volontaire d'examen du Pacte mondial sur les migrations",
                      "Association des Travailleuses Malgaches du Golfe (ATMG)",
                      "1. Présentation de l'association", "2. Recrutement et départ",
                      "3. Conditions de travail et de vie", "4. Retour et réintégration", "5. Recommandations"])
    body = multi("mixed", [leaf("text/plain", M13_TEXT, "utf-8", "8bit",
                                params=[("format", "flowed")]), attach(DOCX, docx, fname)],
                 "------------9A1C3E5B7D0F2A4C6E8B0D1F")
    m = mk(when, sent, "smtp.atmg.example.mg", "198.51.100.77", "4DXj5Hq1Ne7z",
           "Voahangy Randrianarisoa <presidente@atmg.example.mg>", M13_SUBJ, M13_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(13, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Thunderbird, 8bit plain text; DOCX whose name has an accent ('révisé'), sent RFC 2231 encoded. "
              "Followed up by h202-20."))


# ================================================================ 14  FR  speaker  edge: 23:41 Beirut, Date already Saturday
def m14():
    when = at("2021-02-05 23:41:07")
    sent = sent_at(when, 3, 11)
    text = """Mesdames et Messieurs les membres du secrétariat,

Au nom du bureau exécutif de l'Association des Ressortissants Sénégalais en Arabie Saoudite (ARSAS), et avant la clôture de ce soir, j'ai l'honneur de vous soumettre la candidature de deux de nos membres pour une prise de parole lors de la Conférence régionale :

- M. Mamadou Lamine Ndiaye, Vice-président chargé des affaires sociales, ARSAS : intervention en séance plénière ;
- Mme Aïssatou Sow Diallo, Responsable de la cellule juridique, ARSAS : intervention à la table ronde thématique n°3, ou à défaut n°4.

Nous vous remercions par avance de l'attention portée à notre demande.

Pour le Bureau exécutif,
Ousmane Fall
Secrétaire général
Association des Ressortissants Sénégalais en Arabie Saoudite (ARSAS)
Djeddah
"""
    body = alt(text, "000000000000a9b8c705ba6d2e55")
    m = mk(when, sent, "mail-lj1-f196.google.example.com", "192.0.2.196", "4DXxW83Cs0z4",
           "Ousmane Fall <arsas.jeddah@gmail.example.com>", "Candidatures ARSAS - prise de parole",
           "<CAQ6x4Mm8vZ1pS5yW2tNr7Jf0Dk3Hb9Lc4Gb@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mamadou Lamine Ndiaye", "Vice-président chargé des affaires sociales",
           "Association des Ressortissants Sénégalais en Arabie Saoudite (ARSAS)", ["plenary"]),
        sp("Aïssatou Sow Diallo", "Responsable de la cellule juridique",
           "Association des Ressortissants Sénégalais en Arabie Saoudite (ARSAS)", ["roundtable"], 3)],
        notes="edge: received 23:41:07 Beirut on 5 February, on time, although the Date header (Sat 6 Feb 00:40 "
              "+0300, Jeddah) already shows the next day. Two speakers, each line giving only 'ARSAS', recorded "
              "with the full name of the signature; 'M.'/'Mme' dropped; roundtable n°3 first choice, n°4 fallback. "
              "Sender (secretary general) is not a speaker; 'Djeddah' is a place."))


# ================================================================ 15  EN  other  thank-you reply to our acknowledgement of 01
def m15():
    when = at("2021-02-06 13:10:20")
    sent = sent_at(when, 3, 4)
    ack = ack_id("4DTm1y3Rb5z9")
    text = """Thank you so much maam/sir for the confirmation!! We are very happy. God bless your work

Maria Luz

On Mon, Feb 1, 2021 at 11:22 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Maria Luz Dela Cruz,
>
> Thank you for your message "Request for speaking - SMPG Kuwait", received on
> 1 February 2021. Your request for a speaking role has been registered and
> will be considered by the organisers.
>
> GCM Regional Review - Arab States
"""
    body = alt(text, "000000000000c2d3e405ba7a9f66")
    rows_extra = [("In-Reply-To", ack), ("References", "%s %s" % (M01_ID, ack))]
    m = mk(when, sent, "mail-pj1-f44.google.example.com", "192.0.2.144", "4DYD7c2Kr1z8",
           "Maria Luz Dela Cruz <smpg.kuwait@gmail.example.com>", "Re: Acknowledgement of receipt - " + M01_SUBJ,
           "<CAJ8v2hQn5yRl8qXa1Mt4Uo0Zf6Ce2Gb7Hd@mail.gmail.example.com>", body, extra=rows_extra)
    add(15, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h202-01.eml",
        notes="a thank-you in reply to our acknowledgement of h202-01, adding nothing new: not acknowledged "
              "(LABELS.md). thread_of h202-01 (References names it). The quoted acknowledgement mentions a speaking "
              "role but nothing is requested."))


# ================================================================ 16  EN  speaker  late, Kenyan association, 'Eng.', HTML only
M16_ID = "<DU2PR04MB8661A7B6C5D4E3F2@DU2PR04MB8661.eurprd04.prod.outlook.example.com>"
M16_SUBJ = "Late request - speaking slot for Kenyan community UAE"


def m16():
    when = at("2021-02-08 09:30:12")
    sent = sent_at(when, 4, 8)
    inner = """<div style="font-family:Arial;font-size:10pt">
<p>Dear Organizers,</p>
<p>Kindly accept our apologies for writing after the deadline, we received the invitation letter only on Saturday through the Consulate WhatsApp group.</p>
<p>The Kenya Community Welfare Association in the UAE is requesting to make intervention in the thematic roundtable on decent work (we think is number 4) and also if possible to be part of the open discussion on 23rd. Our Chairman will speak:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>Eng. Mohammed Abdi Hassan</td></tr>
<tr><td><b>Position</b></td><td>Chairman</td></tr>
<tr><td><b>Organization</b></td><td>Kenya Community Welfare Association - UAE (KCWA-UAE)</td></tr>
</table>
<p>We are handling many cases of Kenyan domestic workers and security guards who are stranded after loosing jobs, so we have a lot to share.</p>
<p>Best Regards,<br>
Grace Wanjiku Mwangi<br>
Secretary General, KCWA-UAE<br>
Sharjah, United Arab Emirates</p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent, "mail-du2eur04on0661.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DZ4Lb9Mv2z7", "Grace Mwangi <secgen@kcwa-uae.example.org>", M16_SUBJ, M16_ID, body,
           extra=outlook(M16_SUBJ, "AQHW/e7b3Jk1Xq5Zm9Rt0Ys4Wn2Cg==", lang="en-GB"))
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Mohammed Abdi Hassan", "Chairman", "Kenya Community Welfare Association - UAE (KCWA-UAE)",
           ["roundtable", "open_discussion"], 4)],
        notes="late (8 February) and apologises; HTML-only with the details in a table; 'Eng.' before the name is an "
              "honorific, dropped. Roundtable named by theme with a hedged number ('we think is number 4'), "
              "recorded as 4. '- UAE' is written inside the organisation's name and its acronym (KCWA-UAE), so it "
              "is kept, unlike the 'Sharjah, United Arab Emirates' place line. Its acknowledgement bounces (h202-17)."))


# ================================================================ 17  EN  bounce  mailbox full, acknowledgement of 16
def m17():
    when = at("2021-02-08 09:31:25")
    qid = "4DZ4Mc0Nw3z8"
    text = POSTFIX_NOTICE + """
<secgen@kcwa-uae.example.org>: host kcwauae-example-org.mail.protection.outlook.example.com[198.51.100.99]
    said: 552 5.2.2 Mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
    (in reply to end of DATA command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: %s\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; secgen@kcwa-uae.example.org\n"
           "Original-Recipient: rfc822;secgen@kcwa-uae.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; kcwauae-example-org.mail.protection.outlook.example.com\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full;\n"
           "    STOREDRV.Deliver.Exception:QuotaExceededException\n"
           % (qid, rfcdate(when - dt.timedelta(seconds=3), "EET")))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Grace Mwangi <secgen@kcwa-uae.example.org>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (M16_SUBJ, rfcdate(when - dt.timedelta(seconds=6)), ack_id(qid), M16_ID))
    body = dsn_report(text, dsn, hdrs, "4DZ4Md1Px4z9.1612769485/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZ4Md1Px4z9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210208073125.4DZ4Md1Px4z9@mx1.iom.int>")]
    add(17, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full, Exchange quota) for our acknowledgement of h202-16; the returned "
              "headers name h202-16 in In-Reply-To and 'Late request - speaking slot' in the subject. Never "
              "acknowledge; thread_of null as for dev bounces."))


# ================================================================ 18  AR  speaker  late, WhatsApp-style one-liner, name variants
def m18():
    when = at("2021-02-09 21:05:48")
    sent = sent_at(when, 3, 2)
    text = """مساء الخير، ابي اسجل اسمي للكلام في الجلسة العامة يوم ٢٤ اذا ممكن، ادري تأخرت بس الرسالة وصلتني امس 🙏

محمد عبدالله الهاجري
رئيس رابطة العمال البنغاليين - الدمام
Sent from my Samsung Galaxy smartphone.
"""
    body = alt(text, "--_com.samsung.android.email_2211490633270310", rtl=True)
    m = mk(when, sent, "mail-pf1-f171.google.example.com", "192.0.2.171", "4DZqT5Gx0z3c",
           "Mohd Al-Hajri <mohd.alhajri88@gmail.example.com>", "(no subject)",
           "<5hk9n2x0q7vb3m1r8c4d6w2e.1612897546411@email.android.example.com>", body)
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("محمد عبدالله الهاجري", "رئيس", "رابطة العمال البنغاليين", ["plenary"])],
        notes="late (9 February; says so), phone one-liner in Gulf dialect with an emoji, '(no subject)'; name spelt "
              "'Mohd Al-Hajri' in the From and in Arabic in the signature (label uses the Arabic). The signature "
              "runs title and organisation together ('رئيس رابطة العمال البنغاليين - الدمام'): title 'رئيس', "
              "affiliation the association, the city after ' - ' is a place (dev convention). Not covered exactly "
              "by dev: title and affiliation split the way a secretary would register them."))


# ================================================================ 19  AR  both  report on time, speaker part late
def m19():
    when = at("2021-02-10 11:00:36")
    sent = sent_at(when, 4, 6)
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة                     المحترمين

الموضوع: التقرير الطوعي لجمعية مكاتب الاستقدام الأهلية وطلب مداخلة

تحية طيبة وبعد،،

نرفق لكم طيّه التقرير الطوعي لجمعية مكاتب الاستقدام الأهلية حول التقدم المحرز في تنفيذ الهدف السادس من الاتفاق العالمي، والذي يتناول مبادرات القطاع الخاص للحد من الرسوم غير القانونية وتحسين عقود العمالة المنزلية.

كما نود، إن أمكن رغم انقضاء المهلة المحددة لطلبات المداخلة، ترشيح:
الاسم: م. محمود سالم الشامسي
الصفة: عضو مجلس الإدارة ورئيس لجنة الامتثال
الجهة: جمعية مكاتب الاستقدام الأهلية
للمداخلة في المائدة المستديرة الأولى.

وتفضلوا بقبول وافر الاحترام،،

إدارة الاتصال المؤسسي
جمعية مكاتب الاستقدام الأهلية
أبوظبي
"""
    fname = "Voluntary Report - Recruitment Agencies Association (AR).docx"
    docx = make_docx(["التقرير الطوعي - جمعية مكاتب الاستقدام الأهلية", "1. المقدمة",
                      "2. مبادرات القطاع الخاص", "3. التحديات", "4. التوصيات"])
    body = multi("mixed", [alt(text, "_000_BE1P281MB1877D3C2_", rtl=True), attach(DOCX, docx, fname)],
                 "_004_BE1P281MB1877D3C2_")
    subj = "التقرير الطوعي وطلب مداخلة - جمعية مكاتب الاستقدام الأهلية"
    m = mk(when, sent, "mail-be1deu01on0703.outbound.protection.outlook.example.com", "198.51.100.103",
           "4F0Bx72Hd5z1", addr("Corporate Communication", "communication@raa.example.ae"), hdr(subj),
           "<BE1P281MB1877D3C2A1B0F9E8@BE1P281MB1877.DEUP281.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW/65Vk2Zr0Ym3Xq8Wt1Ls6Nb4Dg==", lang="ar-AE", has_attach="yes"))
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("محمود سالم الشامسي", "عضو مجلس الإدارة ورئيس لجنة الامتثال", "جمعية مكاتب الاستقدام الأهلية",
               ["roundtable"], 1)],
        notes="both: the report (10 February) is on time but the speaker part is late, so on_time is false. "
              "'م.' before the name dropped; title joined with its committee kept whole (dev 012). Sent by a "
              "department mailbox with an English display name; DOCX with an English file name. Private sector "
              "(recruitment agencies)."))


# ================================================================ 20  FR  other  follow-up on 13: did you receive it?
def m20():
    when = at("2021-02-11 14:20:03")
    sent = sent_at(when, 3, 5)
    quoted = "\n".join("> " + x if x else ">" for x in M13_TEXT.strip("\n").split("\n"))
    text = """Bonjour,

Sauf erreur de ma part, nous n'avons pas reçu d'accusé de réception pour notre rapport envoyé le 5 février (voir ci-dessous). Pourriez-vous nous confirmer qu'il vous est bien parvenu et qu'il sera pris en compte ?

Je vous remercie.

Voahangy Randrianarisoa
ATMG

Le 05/02/2021 à 11:30, Voahangy Randrianarisoa a écrit :
""" + quoted + "\n"
    body = leaf("text/plain", text, "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.atmg.example.mg", "198.51.100.77", "4F0Qm38Jk2z6",
           "Voahangy Randrianarisoa <presidente@atmg.example.mg>", "Re: " + M13_SUBJ,
           "<7c1e0b2a-9f4d-4c38-a6e1-2d5b8f0c3e91@atmg.example.mg>", body,
           extra=[("In-Reply-To", M13_ID), ("References", M13_ID),
                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "fr")])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h202-13.eml",
        notes="follow-up asking whether the report of h202-13 arrived (reply to her own message, '>'-quoted): a "
              "question, not a new submission; the DOCX is not attached again."))


# ================================================================ 21  EN  report  from a phone, PDF + photo decoy
def m21():
    when = at("2021-02-12 09:40:17")
    sent = sent_at(when, 3, 9)
    text = """Hi po, attached is our report for the GCM review. Sorry the photo is from our meeting last december, just for your reference only.

Salamat,
Jocelyn
SMPG Kuwait

Sent from my HUAWEI phone
"""
    fname = "SMPG report GCM final.pdf"
    pdf = rpdf("Voluntary Report - GCM Regional Review", "Samahan ng mga Manggagawang Pilipino sa Gulpo (SMPG)",
               ["Our members", "Day off and passport keeping", "Stranded workers during COVID-19",
                "What we ask"])
    photo = leaf("image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
                 + bytes(range(64)) + b"\xff\xd9", cte="base64", params=[("name", '"IMG_20201213_154210.jpg"')],
                 disp='attachment; filename="IMG_20201213_154210.jpg"')
    body = multi("mixed", [alt(text, "--_com.huawei.email_6120190212"), attach("application/pdf", pdf, fname), photo],
                 "--_com.huawei.email_6120190213")
    m = mk(when, sent, "mail-pl1-f173.google.example.com", "192.0.2.173", "4F16Hy2Rc8z4",
           "Jocelyn Bautista <joce.bautista82@gmail.example.com>", "SMPG report",
           "<k2m7x9b1w4q8.1612939208301@email.android.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="phone mail in Filipino English; the PDF (file name with spaces) is the report, the JPEG photo of a "
              "meeting is not. Same association as h202-01 but a separate submission (a report, not a follow-up of "
              "the speaker request), so thread_of null."))


# ================================================================ 22  FR  both  report DOCX + late speaker, on behalf
def m22():
    when = at("2021-02-15 16:02:44")
    sent = sent_at(when, 1, 8)
    text = """Madame, Monsieur,

Le Réseau Afrique de l'Est - Golfe pour le recrutement équitable (RAGRE) a le plaisir de vous transmettre en pièce jointe sa contribution écrite à l'examen régional du PMM, élaborée avec nos partenaires de Djibouti, des Comores et du Burundi.

Par ailleurs, et bien que nous sachions que le délai pour les demandes d'intervention est échu, notre coordinatrice régionale, Mme Rahma Said Abdallah, souhaiterait, si le programme le permet encore, être rapporteuse et restituer les messages clés des parties prenantes lors de la conférence.
Sa fonction : Coordinatrice régionale.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations les meilleures.

P.O. Rahma Said Abdallah
Abdourahman Houmed
Chargé de projets
RAGRE - Réseau Afrique de l'Est - Golfe pour le recrutement équitable
Djibouti / Bruxelles
"""
    fname = "Contribution_RAGRE_examen_regional_PMM.docx"
    docx = make_docx(["Contribution écrite du RAGRE", "Examen régional du PMM - États arabes",
                      "1. Le corridor Afrique de l'Est - Golfe", "2. Recrutement et intermédiaires",
                      "3. Recommandations"])
    body = multi("mixed", [alt(text, "----=_NextPart_001_0042_01D703B4.6E2F1A80"), attach(DOCX, docx, fname)],
                 "----=_NextPart_000_0041_01D703B4.6E2F1A80")
    m = mk(when, sent, "mail.ragre.example.org", "203.0.113.140", "4F3hT17Vq9z2",
           "Abdourahman Houmed <a.houmed@ragre.example.org>", "Contribution RAGRE + demande rapporteur",
           "<004101d703b4$6e2f1a80$4a8d4f80$@ragre.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-be")])
    add(22, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("Rahma Said Abdallah", "Coordinatrice régionale",
               "Réseau Afrique de l'Est - Golfe pour le recrutement équitable (RAGRE)", ["rapporteur"])],
        notes="both: report on time (15 February), rapporteur request late (says so), so on_time false. Sent 'P.O.' "
              "(par ordre) by a project officer; the speaker's title is on a line of its own ('Sa fonction : ...'). "
              "Affiliation as the body writes it, name with acronym (the signature writes 'RAGRE - ...'); 'Mme' "
              "dropped; 'Djibouti / Bruxelles' is a place."))


# ================================================================ 23  AR  report  edge 23:52 on 16 Feb, HTML only
def m23():
    when = at("2021-02-16 23:52:30")
    sent = sent_at(when, 3, 12)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:12pt">
<p>السلام عليكم ورحمة الله وبركاته،</p>
<p>الحمدلله لحقنا قبل نهاية المهلة 😅 مرفق التقرير الطوعي لمبادرة &quot;سند&quot; لدعم العاملات المنزليات في الخليج.</p>
<p>التقرير بالعربي والانجليزي في نفس الملف.</p>
<p>تحياتي،<br>
نوف المري<br>
مبادرة سند لدعم العاملات المنزليات</p>
</div>"""
    fname = "Sanad_GCM_voluntary_report_AR-EN.pdf"
    pdf = rpdf("Voluntary GCM review report (Arabic / English)", "Sanad Initiative for Domestic Workers",
               ["Context", "Helpline cases 2019-2020", "Access to justice", "Recommendations"])
    body = multi("mixed", [html_only(inner, rtl=True, b64=True, lang="ar", newlines=True),
                           attach("application/pdf", pdf, fname)], "00000000000055aa66bb05bb7c0d12")
    m = mk(when, sent, "mail-ej1-f48.google.example.com", "192.0.2.48", "4F4b0z3Ks7z5",
           addr("نوف المري", "nouf.sanad@gmail.example.com"), hdr("تقرير مبادرة سند"),
           "<CAR7y5Nn9wA2qT6zX3uOs8Kg1El4Ic0Md5Hc@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:52:30 Beirut on 16 February (Date header 17 Feb 00:52 +0300): on time. "
              "HTML-only body (base64, dir=rtl) in Gulf-flavoured Arabic with an emoji; bilingual PDF."))


# ================================================================ 24  FR  report  late, PDF, formal letter in the body
def m24():
    when = at("2021-02-17 08:15:00")
    sent = sent_at(when, 1, 5)
    text = """Objet : Transmission du rapport volontaire du Collectif comorien pour la migration de travail (CCMT)

Madame, Monsieur,

Nous avons l'honneur de vous faire parvenir, avec un léger retard dont nous vous prions de bien vouloir nous excuser, le rapport volontaire du Collectif comorien pour la migration de travail dans le cadre de l'examen régional du Pacte mondial pour les migrations.

Ce document porte sur les conditions de départ des travailleuses comoriennes vers les pays du Golfe et sur les mécanismes de protection consulaire.

En vous souhaitant bonne réception, nous vous prions d'agréer nos salutations respectueuses.

Le Coordinateur,
Said Ahmed Mmadi

CCMT - Moroni / Marseille
"""
    fname = "Rapport CCMT - PMM 2021.pdf"
    pdf = rpdf("Rapport volontaire", "Collectif comorien pour la migration de travail (CCMT)",
               ["Introduction", "Depart et recrutement", "Protection consulaire", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                           attach("application/pdf", pdf, fname)], "=_a3f1c7e902b4d85f6e10")
    m = mk(when, sent, "smtp.laposte.example.net", "203.0.113.17", "4F4qN62Ws1z0",
           "CCMT <ccmt.collectif@laposte.example.net>", "Rapport volontaire CCMT",
           "<1613546095.4471.ccmt@laposte.example.net>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3996 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3990)")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 February, one day after the extended deadline) and says so; ISO-8859-1 quoted-printable "
              "body with an 'Objet :' line, webmail, PDF with spaces in its name. No speaker."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
