#!/usr/bin/env python3
"""Write the blind evaluation set holdout179 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets179.py
Theme: faith-based and humanitarian charities and diaspora associations (Europe, the Gulf, the Americas) that
work on migration from and to the Arab region: church and mosque-linked relief bodies, chaplaincies, diaspora
councils and clubs.  Mixed formality; several writers use a second language (Italian-French, Brazilian-Arabic,
Norwegian-English).  Helpers imported from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, b_word, dsn_report, esc, flowed, hdr, html_only,
                     html_wrap, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rfc2231_cont, rfcdate,
                     sent_at, sp, std_rows, text2html, top, tz)
from mailgen import POSTFIX_NOTICE

SET = EvalSet(179)
add = SET.add

INVITE_AR = "<INV-2021-01-26-AR.0031@gcmrrarabstates.iom.int>"
INVITE_EN = "<INV-2021-01-26-EN.0112@gcmrrarabstates.iom.int>"


def report_pdf(title, org, topics):
    lines = [title, org, "Voluntary GCM review - Regional Review, Arab region, 2021", ""]
    lines += ["%d. %s" % (k, t) for k, t in enumerate(topics, 1)]
    return make_pdf(lines)


def logo(cid, rgb):
    return leaf("image/png", make_png(12, 6, rgb), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<%s>" % cid)])


# ================================================================ the 24 messages
def m01():
    # Exchange out-of-office of a Kuwait-based relief charity, answering the Arabic invitation
    when = at("2021-01-27 10:12:40")
    sent = sent_at(when, 3, 3)
    text = """شكراً لرسالتكم.
أنا خارج المكتب في مهمة ميدانية حتى يوم الأحد ٧ فبراير ٢٠٢١، ولن أتمكن من الاطلاع على البريد بانتظام.
للأمور العاجلة يرجى التواصل مع إدارة العلاقات الخارجية: ext.relations@khairiya-relief.example.kw

Thank you for your email. I am on a field mission until Sunday 7 February 2021 with limited access to e-mail.
For urgent matters please contact the External Relations Department: ext.relations@khairiya-relief.example.kw

فيصل العنزي
"""
    body = alt(text, "_000_VI1PR08MB4421C0D5E9A71B3FVI1PR08MB4421eurp_", rtl=True)
    rows = std_rows(when, "mail-he1eur04.outbound.protection.example.com", "40.107.7.88", "4DQgT21sKlz7",
                    addr("فيصل العنزي", "f.alanazi@khairiya-relief.example.kw"),
                    re_hdr("Automatic reply: ", "دعوة - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية"),
                    rfcdate(sent), "<VI1PR08MB4421C0D5E9A71B3F0A@VI1PR08MB4421.eurprd08.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "f.alanazi@khairiya-relief.example.kw"),
                           ("Content-Language", "ar-KW")],
                    ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", INVITE_AR), ("References", INVITE_AR)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress, null Return-Path) to the "
              "Arabic invitation; bilingual Arabic/English text; 'Automatic reply:' in ASCII before the Arabic subject. "
              "The same charity sends its report in h179-19."))


def m02():
    when = at("2021-01-28 15:20:11")
    sent = sent_at(when, -5, 6)
    text = """Dear colleagues at IOM,

Greetings from Dearborn! We received the invitation through the Arab American civil society list and we are very glad the Regional Review is open to diaspora voices this time.

The Yemeni American Diaspora Council would like to propose two speakers:

- Nabil Al-Sanabani - President, Yemeni American Diaspora Council (YADC), Dearborn, MI - floor intervention in the plenary
- Reem Qaid, our Youth Programs Coordinator, for the third thematic roundtable

Nabil has been working with families separated by the travel restrictions and with Yemeni students stranded in the region since 2017. Reem runs our youth mentoring program and would speak about second generation engagement and remittances.

Please let us know if you need bios or photos. Both can connect on Zoom.

Best regards,
Adel

Adel Mohsen
Board Secretary | YADC
(313) 555-0148
"""
    body = alt(text, "0000000000002e7c1a05b9f0c4d1")
    m = mk(when, sent, "mail-qk1-f171.google.example.com", "209.85.222.171", "4DR8xZ3mLqz2",
           "Adel Mohsen <adel.yadc@gmail.example.com>", "Speakers from YADC - GCM Regional Review",
           "<CAGq7vXz1Pm4YadcK9sLw2Nt0bRe6Hu3Jc8Df5Qa@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nabil Al-Sanabani", "President", "Yemeni American Diaspora Council (YADC)", ["plenary"]),
        sp("Reem Qaid", "Youth Programs Coordinator", "Yemeni American Diaspora Council (YADC)", ["roundtable"], 3)],
        notes="two speakers proposed by the board secretary (not a speaker); first on a dash line with the city and "
              "state after the organisation ('Dearborn, MI', not part of the affiliation); the second's affiliation only "
              "by reference ('our'), recorded as the council's fullest form; 'third thematic roundtable' = 3."))


M03_ID = "<PR1P264MB2140A5B7C9E2F401@PR1P264MB2140.FRAP264.PROD.OUTLOOK.example.com>"


def m03():
    when = at("2021-01-29 11:47:03")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Au nom du Secours Fraternel Méditerranée (SFM), service d'entraide rattaché à la Fédération des paroisses du diocèse de Marseille, j'ai l'honneur de vous transmettre notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières pour la région arabe.

Ce rapport (12 pages) rend compte de nos actions d'accueil et d'accompagnement des personnes exilées venues du Maghreb, du Soudan et de Syrie entre 2019 et 2020, et formule des recommandations sur les objectifs 7, 15 et 21.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Bernadette Rouvière
Déléguée générale
Secours Fraternel Méditerranée
14, rue des Dominicaines - 13001 Marseille
Tél. : +33 4 91 55 02 17
"""
    sig_html = ("<p><img src=\"cid:image001.png@01D6F62A.5C4B2E10\" width=\"120\" height=\"60\"></p>")
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + sig_html
                     + "</div>")
    rel = multi("related", [alt(text, "_000_PR1P264MB2140A5B7C9E2F401PR1P264MB2140FRAP_", html=html),
                            logo("image001.png@01D6F62A.5C4B2E10", (150, 20, 40))],
                "_005_PR1P264MB2140A5B7C9E2F401PR1P264MB2140FRAP_", params=[("type", '"multipart/alternative"')])
    rep = attach("application/pdf", report_pdf("Rapport volontaire - Pacte mondial pour les migrations",
                                               "Secours Fraternel Mediterranee (SFM) - janvier 2021",
                                               ["Accueil et hebergement", "Acces aux soins", "Regroupement familial",
                                                "Recommandations"]),
                 "SFM_Rapport_volontaire_PMM_2021.pdf")
    body = multi("mixed", [rel, rep], "_006_PR1P264MB2140A5B7C9E2F401PR1P264MB2140FRAP_")
    m = mk(when, sent, "mail-pr1fra01.outbound.protection.example.com", "40.107.12.54", "4DRyQ06dBxz4",
           addr("Rouvière Bernadette", "b.rouviere@secours-fraternel.example.fr", enc="Q"),
           hdr("Rapport volontaire – Secours Fraternel Méditerranée", enc="Q"), M03_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR"),
                  ("Thread-Topic", hdr("Rapport volontaire – Secours Fraternel Méditerranée", enc="Q"))])
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=["SFM_Rapport_volontaire_PMM_2021.pdf"],
        notes="Outlook layout mixed > related > alternative with the inline signature logo image001.png (not part of "
              "the report); faith-based charity; display name in 'Nom Prénom' order; the signature title (Déléguée "
              "générale) is not a speaker request."))


def m04():
    when = at("2021-01-31 13:05:22")
    sent = sent_at(when, 3, 4)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية      المحترمين
السلام عليكم ورحمة الله وبركاته، وبعد،

بالإشارة إلى دعوتكم الكريمة المؤرخة في ٢٦ يناير ٢٠٢١، يسر مؤسسة الرحمة للعمل الإنساني أن ترشح ممثلها للمشاركة بمداخلة في إحدى الموائد المستديرة الموضوعية للمؤتمر الإقليمي، وذلك وفق البيانات التالية:

الاسم: الدكتور خالد بن سعد الهاجري
المسمى الوظيفي: مدير إدارة البرامج الدولية
الجهة: مؤسسة الرحمة للعمل الإنساني – الدوحة، دولة قطر
المشاركة المطلوبة: مداخلة في المائدة المستديرة الموضوعية الرابعة

وتفضلوا بقبول فائق الاحترام والتقدير،

قسم الاتصال المؤسسي
مؤسسة الرحمة للعمل الإنساني
هاتف: +974 4455 0193
"""
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic,serif;font-size:14pt">'
                     + text2html(text) + "</div>", dir_="rtl")
    body = alt(text, "_000_DB7PR02MB3962E1C4A8F05B27DB7PR02MB3962eurp_", html=html, b64=True)
    m = mk(when, sent, "mail-db7eur02.outbound.protection.example.com", "40.107.13.117", "4DT9kq2YWvz6",
           addr("قسم الاتصال المؤسسي - مؤسسة الرحمة", "media@alrahma-humanitarian.example.qa"),
           hdr("ترشيح مشارك - المراجعة الإقليمية للاتفاق العالمي للهجرة"),
           "<DB7PR02MB3962E1C4A8F05B27A1@DB7PR02MB3962.eurprd02.prod.outlook.example.com>", body,
           extra=[("Content-Language", "ar-QA"), ("X-MS-Has-Attach", "")])
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد بن سعد الهاجري", "مدير إدارة البرامج الدولية", "مؤسسة الرحمة للعمل الإنساني", ["roundtable"], 4)],
        notes="sent by the communications department on behalf of the director (sender is not a speaker); formal "
              "Arabic labelled lines; honorific 'الدكتور' dropped, the patronymic 'بن سعد' kept as part of the "
              "name; the title keeps its unit (إدارة البرامج الدولية); city and country after the organisation "
              "('– الدوحة، دولة قطر') are not part of the affiliation; 'الرابعة' = roundtable 4. The "
              "department's display name spans two RFC 2047 encoded-words (policy.default leaves a stray space "
              "inside a word; decode_header joins them)."))


def m05():
    when = at("2021-02-01 09:33:10")
    sent = sent_at(when, 0, 7)
    text = """Dear GCM Regional Review team,

I work for Hope Crescent Relief, a UK Muslim charity (registered in England and Wales) that supports Syrian, Iraqi and Sudanese refugees in Lebanon and Jordan and runs a small casework service for newly arrived families in Birmingham.

We have read the invitation with interest and would like to contribute a voluntary GCM review report, but before we start we have three questions:

1) We are not ECOSOC accredited. Can we still submit, or should our report go through a network that is?
2) Most of our field staff write in Arabic. Is it acceptable to submit in Arabic, or does it have to be English?
3) Is there a page limit or a recommended structure (e.g. by GCM objective)?

We are not asking for a speaking slot at this stage.

Many thanks in advance,

Imran Siddiqui
Policy & Advocacy Lead
Hope Crescent Relief
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.hopecrescent.example.org.uk", "81.2.93.40", "4DTh7m0KpRz1",
           "Imran Siddiqui <imran.siddiqui@hopecrescent.example.org.uk>",
           "Query re voluntary GCM review report (non-accredited charity)",
           "<5e1c0a3b-77f2-4c9d-b1e8-0af62d913c47@hopecrescent.example.org.uk>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"),
                  ("Content-Language", "en-GB")])
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions before submitting (accreditation, language, length); mentions the voluntary report and "
              "speaking slot but submits nothing and says no speaker is requested. The same charity sends its "
              "report as a new message in h179-17. Thunderbird format=flowed, 8bit."))


def m06():
    when = at("2021-02-02 17:48:55")
    sent = sent_at(when, -5, 9)
    text = """Bonjour,

Suite à l'invitation reçue par l'intermédiaire du Conseil des communautés arabes du Canada, je souhaiterais prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février.

Notre association accompagne depuis 2006 les familles libanaises et syriennes arrivées au Québec par le parrainage privé. Nous aimerions témoigner du lien que ces familles gardent avec les pays d'origine et des obstacles qu'elles rencontrent pour la réunification familiale.

Je pourrai me connecter par Zoom (heure de Montréal, pas de souci pour le décalage).

Merci et bonne journée!

Joëlle Khoury-Tremblay
Vice-présidente
Association libano-québécoise d'entraide (ALQE)
Montréal (Québec)  Canada
514 555-0172

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-yb1-f180.google.example.com", "209.85.219.180", "4DVbS84fTnz3",
           addr("Joëlle Khoury-Tremblay", "joelle.kt@videotron.example.ca", enc="Q"),
           hdr("Demande de prise de parole – discussion ouverte 23 février", enc="Q"),
           "<F2A1C9E8-3B7D-4E52-9A06-7C51D0B84E23@videotron.example.ca>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Joëlle Khoury-Tremblay", "Vice-présidente", "Association libano-québécoise d'entraide (ALQE)",
           ["open_discussion"])],
        notes="the sender proposes herself; name, title and affiliation only in the iPhone signature; the city line "
              "'Montréal (Québec) Canada' is not part of the affiliation; diaspora association in the Americas."))


M07_ID = "<HE1PR0702MB3619B2D7F0A8C6E4@HE1PR0702MB3619.eurprd07.prod.outlook.example.com>"


def m07():
    when = at("2021-02-03 10:22:31")
    sent = sent_at(when, 1, 5)
    text = """Dear Sir/Madam,

On behalf of Nordic Diaconal Aid (NDA) I am pleased to send you our voluntary GCM review report, please find it attached. The report is about our work with migrants and refugees in Lebanon, Jordan and Iraq in the years 2019-2020 and it is based on the experiences of our local church partners.

In addition we would like to propose my colleague Ms. Ingrid Solberg as rapporteur to present the key messages of stakeholders at the conference. Ingrid is Senior Adviser, Migration and Protection in our Oslo office and she was many years in Beirut, she speaks Arabic well.

We hope this is in order. Please do not hesitate to contact me if something is missing.

With kind regards

Per-Øyvind Lunde
Programme Coordinator Middle East
Nordic Diaconal Aid (NDA)
Oslo, Norway
"""
    alt_ = alt(text, "_000_HE1PR0702MB3619B2D7F0A8C6E4HE1PR0702MB3619eurp_")
    rep = attach("application/pdf", report_pdf("Voluntary GCM review report", "Nordic Diaconal Aid (NDA)",
                                               ["Church partners in Lebanon, Jordan and Iraq",
                                                "Protection and access to services", "Recommendations"]),
                 "NDA_voluntary_GCM_review_Jan2021.pdf")
    body = multi("mixed", [alt_, rep], "_004_HE1PR0702MB3619B2D7F0A8C6E4HE1PR0702MB3619eurp_")
    m = mk(when, sent, "mail-he1eur02.outbound.protection.example.com", "40.107.1.92", "4DWG2c6RtXz8",
           addr("Per-Øyvind Lunde", "per.oyvind.lunde@nda.example.no", enc="Q"),
           "NDA voluntary report + proposal for rapporteur", M07_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "nb-NO")])
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ingrid Solberg", "Senior Adviser, Migration and Protection", "Nordic Diaconal Aid (NDA)",
           ["rapporteur"])],
        report_attachments=["NDA_voluntary_GCM_review_Jan2021.pdf"],
        notes="report and rapporteur proposal, both on time; written in second-language English by a Norwegian "
              "colleague (Content-Language nb-NO, body English: acknowledge in English); 'Ms.' dropped; the speaker's "
              "affiliation only by reference ('our Oslo office'), recorded as the organisation; the sender's own "
              "signature is not a speaker."))


def m08():
    # Sudanese community association in Riyadh, colloquial, from an Android phone
    when = at("2021-02-03 21:14:08")
    sent = sent_at(when, 3, 11)
    text = """السلام عليكم ورحمة الله
يا جماعة الخير وصلتنا دعوتكم عن طريق السفارة والحمد لله
انا عوض الكريم محمد احمد الامين العام لرابطة أبناء السودان للتكافل بالرياض، داير اشارك في النقاش المفتوح يوم ٢٣ فبراير عشان اتكلم عن مشاكل اخوانا العمال الما عندهم اقامة والمحبوسين في الترحيل
ومعاي الاستاذة سعاد عثمان مسؤولة ملف العمالة المنزلية في الرابطة، هي عايزة تتكلم في المائدة المستديرة حقت العمالة المنزلية لو في
الرابطة ما عندها ايميل رسمي فبنراسلكم من هنا
ولكم جزيل الشكر

عوض الكريم
٠٥٥ ٣١٢ ٧٧٤٠
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-ej1-f68.google.example.com", "209.85.218.68", "4DWcG15rMfz0",
           "awad karim <awadkarim.mohamed77@gmail.example.com>", hdr("مشاركة الرابطة في المؤتمر"),
           "<CAN5pYt3Kw8Qz2AwadRiy0hLm4Sx7Vb1Ce9Dn6Fg@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عوض الكريم محمد احمد", "الامين العام", "رابطة أبناء السودان للتكافل", ["open_discussion"]),
        sp("سعاد عثمان", "مسؤولة ملف العمالة المنزلية", "رابطة أبناء السودان للتكافل", ["roundtable"])],
        notes="Sudanese colloquial Arabic from a phone, plain text base64, lower-case Latin display name; the sender "
              "proposes himself (first person, in prose) and a colleague ('الاستاذة' dropped, affiliation by "
              "reference 'في الرابطة'); 'بالرياض' after the association is the city, not part of the affiliation; "
              "the second speaker asks for a roundtable by topic only ('حقت العمالة المنزلية'), no number: roundtable "
              "null. Name and title recorded as written, without the hamza the "
              "writer leaves out ('احمد', 'الامين العام')."))


M09_ID = "<000601d6fadc$9b2e4f70$d18aee50$@epbr.example.be>"
M09_TEXT = """Madame, Monsieur,

Faisant suite à votre courrier d'invitation du 26 janvier 2021, la direction de l'Entraide protestante belge pour les réfugiés (EPBR) a le plaisir de vous proposer deux intervenants pour la conférence régionale des 24 et 25 février 2021.

Vous trouverez ci-dessous les informations demandées, telles que reprises dans notre fiche interne :

----- Intervenant 1 -----
Nom : Pasteur Daniel Vermeulen
Fonction : Secrétaire général
Organisation : Entraide protestante belge pour les réfugiés (EPBR), Bruxelles
Rôle souhaité : intervention en séance plénière

----- Intervenant 2 -----
Nom : Mme Hanane Bouazza
Fonction : Responsable du pôle Accompagnement juridique
Organisation : EPBR
Rôle souhaité : table ronde thématique n° 1 (à défaut : n° 3)

Nous vous remercions de bien vouloir accuser réception de la présente et restons à votre disposition.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos sentiments distingués.

Véronique Lambotte
Assistante de direction
EPBR asbl - Rue Brogniez 41, 1070 Anderlecht
"""


def m09():
    when = at("2021-02-04 11:02:47")
    sent = sent_at(when, 1, 6)
    body = alt(M09_TEXT, "----=_NextPart_000_0007_01D6FAE5.5CF8B760", charset="iso-8859-1")
    m = mk(when, sent, "smtp.epbr.example.be", "91.183.44.12", "4DWxV90HcLz5",
           addr("Véronique Lambotte", "direction@epbr.example.be", charset="iso-8859-1", enc="Q"),
           hdr("Proposition d'intervenants - EPBR", charset="iso-8859-1", enc="Q"), M09_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbnpMRh2mO1V2ZkR0i7m8fF0UqJ3A=="),
                  ("Content-Language", "fr-be")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Daniel Vermeulen", "Secrétaire général", "Entraide protestante belge pour les réfugiés (EPBR)",
           ["plenary"]),
        sp("Hanane Bouazza", "Responsable du pôle Accompagnement juridique",
           "Entraide protestante belge pour les réfugiés (EPBR)", ["roundtable"], 1)],
        notes="sent by the director's assistant on behalf of two speakers, pasted internal form with 'Nom :' lines; "
              "'Pasteur' (religious honorific) and 'Mme' dropped from the names: not in LABELS.md/dev for a clergy "
              "title, recorded as a secretary would; city after the organisation dropped; second speaker's "
              "organisation written only as the acronym 'EPBR', recorded in the fullest form written; first choice "
              "n° 1 (fallback n° 3). Outlook desktop, ISO-8859-1 quoted-printable."))


def m10():
    when = at("2021-02-04 19:40:15")
    sent = sent_at(when, -5, 5)
    text = """مساء الخير،
إحنا جمعية خيرية قبطية في نيوجيرسي بنساعد الأسر المصرية والسودانية اللي وصلت أمريكا في السنين الأخيرة.
عندنا كام سؤال قبل ما نقرر نشارك ولا لأ:
- هل المؤتمر يوم ٢٤ و٢٥ فبراير هيكون أونلاين بالكامل؟ ولو أونلاين، هل فيه ترجمة فورية عربي/إنجليزي؟
- المواعيد هتبقى بتوقيت بيروت؟ عندنا فرق ٧ ساعات.
- هل ممكن نحضر كمستمعين بس من غير ما نتكلم؟
شكراً جداً ومستنيين ردكم.

مينا جرجس
منسق المتطوعين
St. Mark Coptic Charitable Society – NJ
"""
    html = ('<div dir="rtl">' + "<br>".join(esc(x) for x in text.strip().split("\n")) + "</div>")
    body = alt(text, "0000000000004f3b8c05ba8d2e61", html=html_wrap(html), b64=True)
    m = mk(when, sent, "mail-io1-f47.google.example.com", "209.85.166.47", "4DXJr72WsHz9",
           addr("Mina Guirguis", "mina.guirguis.smccs@gmail.example.com"), hdr("استفسار عن المؤتمر"),
           "<CAFm8zQr4Lt1MinaNJ7pWs0eKd3Yh6Vx2Bc9Ag5R@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial Arabic questions (online format, interpretation, time zone, attending as "
              "listeners only): no speaking role requested, no report; English display name and English "
              "organisation line in the signature: acknowledge in Arabic."))


def m11():
    when = at("2021-02-05 21:37:02")
    sent = sent_at(when, 3, 7)
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Good evening,</p>
<p>I am writing on behalf of our Coordinator, who is travelling between parishes this week. Please find below the speaker details as requested in your invitation. We hope it still reaches you in time for today's deadline.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Speaker name</b></td><td>Fr. Joseph Arakkal, OFM Cap.</td></tr>
<tr><td><b>Position</b></td><td>Coordinator, Pastoral Care for Migrant Workers</td></tr>
<tr><td><b>Organization</b></td><td>Gulf Migrant Chaplaincy Network (GMCN), Manama, Bahrain</td></tr>
<tr><td><b>Session</b></td><td>Thematic Roundtable 2</td></tr>
<tr><td><b>Language</b></td><td>English</td></tr>
</table>
<p>Fr. Joseph has accompanied South Asian and African domestic and construction workers in the Gulf for 15 years, including in detention and repatriation cases.</p>
<p>Thank you and God bless,</p>
<p>Maria Lourdes Santos<br>Office Administrator<br>Gulf Migrant Chaplaincy Network<br>Tel. +973 1772 0415</p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent, "mail.gmcn.example.bh", "80.95.201.18", "4DXsF36ZkJz2",
           '"GMCN Office" <office@gmcn.example.bh>', "Speaker for Roundtable 2 - GMCN",
           "<1612553815.48213.gmcn-office@mail.gmcn.example.bh>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3869)")])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Joseph Arakkal", "Coordinator, Pastoral Care for Migrant Workers", "Gulf Migrant Chaplaincy Network (GMCN)",
           ["roundtable"], 2)],
        notes="HTML-only, speaker in a pasted two-column table, sent by the office administrator on behalf of the "
              "speaker; 'Fr.' and the religious-order post-nominal 'OFM Cap.' are not part of the name (post-nominal "
              "not covered by dev, recorded as a secretary would); city and country after the organisation dropped; "
              "received 21:37 on 5 February Beirut time (Date header in +0300): on time."))


def m12():
    when = at("2021-02-06 09:15:44")
    sent = sent_at(when, 1, 8)
    text = """Bonjour Madame, Monsieur,

je m'excuse pour mon français, je vis en Italie depuis vingt ans et je l'écris pas très bien.

Je voudrais demander la possibilité de faire une intervention dans la session plénière de la conférence du 24-25 février. Notre association travaille a Palerme avec les jeunes tunisiens qui arrivent par la mer et avec les familles qui restent en Tunisie, on fait aussi des projets de retour volontaire avec des municipalités de la région de Sfax.

Je sais que la date limite était hier, j'ai vu l'invitation seulement ce matin dans le groupe WhatsApp de la communauté. Si c'est encore possible ce serait un grand honneur pour nous.

Cordiali saluti / Cordialement

Mourad Jebali
Presidente
Associazione Ponti Mediterranei APS
Via Maqueda 212 – 90134 Palermo
"""
    body = alt(text, "----=_Part_1183402_1948307212.1612595736412")
    m = mk(when, sent, "smtp-out.libero.example.it", "213.209.10.44", "4DXxH92bPcz7",
           "Mourad Jebali <mourad.jebali@libero.example.it>", "Demande intervention - Ponti Mediterranei",
           "<1472958143.1183403.1612595736418@mail1.libero.example.it>", body,
           extra=[("X-Mailer", "Libero Mail")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mourad Jebali", "Presidente", "Associazione Ponti Mediterranei APS", ["plenary"])],
        notes="late (6 February) and says so; second-language French from a Tunisian in Italy; title and "
              "organisation only in the signature, in Italian, recorded as written ('Presidente'; 'APS' is the "
              "Italian legal form, part of the name); the street address is not part of the affiliation."))


M13_ID = "<CAH2tWq9Ld0Rx3ArabEuNet7mKs4Zp1Yb8Vc6Fj5@mail.gmail.example.com>"


def m13():
    when = at("2021-02-07 12:30:19")
    sent = sent_at(when, 1, 5)
    text = """السيدات والسادة في الأمانة الفنية للمراجعة الإقليمية،
تحية طيبة،

باسم شبكة الجاليات العربية في أوروبا للتضامن والتنمية، يسعدنا أن نرسل إليكم مرفقاً تقريرنا الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

أُعدّ التقرير بمشاركة ١١ جمعية عضواً في فرنسا وألمانيا وبلجيكا وهولندا والسويد، ويتناول ثلاثة محاور: التحويلات المالية ومساهمة الجاليات في التنمية، وحماية المهاجرين غير النظاميين القادمين من المنطقة العربية، ومشاركة الشباب من الجيل الثاني.

نرجو التكرم بتأكيد الاستلام.

مع خالص التحية،
د. سهام بن يوسف
المنسقة العامة
شبكة الجاليات العربية في أوروبا للتضامن والتنمية
"""
    alt_ = alt(text, "000000000000d81f6e05bac94a27", rtl=True, b64=True)
    fname = "تقرير الشبكة الطوعي - الاتفاق العالمي للهجرة 2021.pdf"
    rep = leaf("application/pdf", report_pdf("Collective voluntary GCM report (Arabic)",
                                             "Network of Arab Diaspora Communities in Europe",
                                             ["Remittances and development", "Protection of irregular migrants",
                                              "Second-generation youth"]),
               cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp='attachment; filename="%s"' % b_word(fname),
               extra=[("Content-ID", "<f_kkv1x2c40>"), ("X-Attachment-Id", "f_kkv1x2c40")])
    body = multi("mixed", [alt_, rep], "000000000000d81f7105bac94a29")
    m = mk(when, sent, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DYb5n1QxTz3",
           addr("سهام بن يوسف", "siham.benyoussef.reseau@gmail.example.com"),
           hdr("التقرير الطوعي الجماعي - شبكة الجاليات العربية في أوروبا"), M13_ID, body)
    add(13, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a European network of 11 diaspora associations; Gmail layout with the Arabic PDF "
              "name as an RFC 2047 encoded-word inside the quoted filename/name parameters; base64 text parts; "
              "the signature 'د.' and title are not a speaker request."))


def m14():
    when = at("2021-02-08 16:51:37")
    sent = sent_at(when, -6, 9)
    text = """Hello,

I realize the deadline for speaker requests was last Friday - apologies, our team was fully taken by the winter emergency response in northwest Syria and this slipped through.

If there is any flexibility, I would like to request to take part in the open discussion on Feb 23 and, if possible, a floor intervention in any of the thematic roundtables (we have no preference, whichever has space). Our focus is on family reunification for Syrian and Iraqi refugees resettled in the US and the situation of their relatives still in Lebanon and Turkey.

Thank you for considering.

Maher

Dr. Maher Idlibi
Chief Program Officer
Levant Relief Partners (LRP)
Houston, TX | www.levantrelief.example.org

Get Outlook for Android
"""
    html = html_wrap('<div dir="auto">' + text2html(text) + "</div>")
    body = alt(text, "_000_BN8PR12MB3347F6A0D2C91E85BN8PR12MB3347namp_", html=html)
    m = mk(when, sent, "mail-bn8nam12.outbound.protection.example.com", "40.107.237.64", "4DZFq05LmVz8",
           "Maher Idlibi <midlibi@levantrelief.example.org>", "Late request - speaking role",
           "<BN8PR12MB3347F6A0D2C91E85C3@BN8PR12MB3347.namprd12.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-US")])
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Maher Idlibi", "Chief Program Officer", "Levant Relief Partners (LRP)", ["open_discussion", "roundtable"])],
        notes="late (8 February) and says so; one speaker, two roles: open discussion and a roundtable with no "
              "preference (roundtable null); details only in the Outlook for Android signature; 'Dr.' dropped; the "
              "city/website line is not part of the affiliation."))


M15_ID = "<a3f9e2c1-5b8d-47e0-9c16-d2b4f70a8e35@asdme.example.es>"


def m15():
    when = at("2021-02-09 10:05:26")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

L'Association Solidarité et Développement des Marocains d'Espagne (ASDME), basée à Almería, a l'honneur de vous faire parvenir sa contribution écrite à l'examen régional du Pacte mondial sur les migrations (document Word ci-joint). Ce rapport volontaire porte sur la situation des travailleuses saisonnières marocaines dans l'agriculture andalouse et sur les transferts de fonds vers les régions d'origine.

Par la même occasion, nous souhaiterions proposer l'intervention de notre collègue :

Nom : Latifa Ouardighi
Fonction : Coordinatrice du programme Femmes et mobilité
Intervention souhaitée : table ronde n°3

Nous sommes conscients que le délai pour les intervenants est dépassé, mais nous espérons que notre demande pourra être prise en considération, la conférence se tenant à distance.

Bien cordialement,

Abdelhak Zerouali
Secrétaire général – ASDME
"""
    body_t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    rep = leaf(DOCX, make_docx(["Contribution volontaire - Pacte mondial sur les migrations",
                                "Association Solidarite et Developpement des Marocains d'Espagne (ASDME)",
                                "1. Travailleuses saisonnieres marocaines en Andalousie",
                                "2. Transferts de fonds et developpement local",
                                "3. Recommandations"]),
               cte="base64", params=[("name", '"Contribution_PMM_ASDME_2021.docx"')],
               disp='attachment; filename="Contribution_PMM_ASDME_2021.docx"')
    body = multi("mixed", [body_t, rep], "------------8A2F0D3C71B5E94A60D21C7E")
    m = mk(when, sent, "smtp.asdme.example.es", "85.48.160.23", "4DZkW83TnDz1",
           "ASDME - Secretaria <secretaria@asdme.example.es>",
           "Contribution ASDME (rapport) et demande d'intervention", M15_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.1"), ("Content-Language", "fr")])
    add(15, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Latifa Ouardighi", "Coordinatrice du programme Femmes et mobilité",
           "Association Solidarité et Développement des Marocains d'Espagne (ASDME)", ["roundtable"], 3)],
        report_attachments=["Contribution_PMM_ASDME_2021.docx"],
        notes="both; received 9 February: report on time, speaker part late (the sender says so), so on_time false. "
              "The speaker's labelled lines have no organisation line ('notre collègue'): affiliation taken from the "
              "body, fullest form with acronym, without 'basée à Almería'."
              " Thunderbird, format=flowed; Spanish-named shared mailbox."))


def m16():
    when = at("2021-02-09 14:22:00")
    sent = sent_at(when, 1, 4)
    ack_id = "<ack.4DZkW83TnDz1@gcmrrarabstates.iom.int>"
    text = """Merci beaucoup pour votre accusé de réception.
Bonne continuation à toute l'équipe.

A. Zerouali

Le 09/02/2021 à 10:06, GCM Regional Review Arab States a écrit :
> Bonjour,
>
> Nous accusons réception de votre message « Contribution ASDME (rapport)
> et demande d'intervention » reçu le 9 février 2021.
>
> Secrétariat de l'examen régional du PMM – région arabe
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.asdme.example.es", "85.48.160.23", "4DZrC47YkMz6",
           "ASDME - Secretaria <secretaria@asdme.example.es>",
           hdr("Re: Accusé de réception - Contribution ASDME (rapport) et demande d'intervention", enc="Q"),
           "<7c1e0b92-4d3a-4f08-8e5b-91a6c2f7d044@asdme.example.es>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M15_ID, ack_id)),
                  ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.1"), ("Content-Language", "fr")])
    add(16, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h179-15.eml",
        notes="a thank-you replying to our acknowledgement of h179-15 (In-Reply-To is the acknowledgement, References "
              "also names h179-15): adds nothing new, so no acknowledgement; the quoted acknowledgement mentions the "
              "report and the speaker request."))


def m17():
    when = at("2021-02-11 09:48:30")
    sent = sent_at(when, 0, 6)
    text = """Dear GCM Regional Review team,

Thank you for your helpful reply to my questions last week.

Please find attached Hope Crescent Relief's voluntary GCM review report. As advised, it is in English, with an Arabic executive summary at the end, and is structured around GCM objectives 2, 7 and 16. A short cover letter from our CEO is also attached.

Kind regards,

Imran Siddiqui
Policy & Advocacy Lead
Hope Crescent Relief
Registered charity no. 1187xxx
"""
    alt_ = alt(text, "_000_LO2P265MB3021D4A9E7C0B51FLO2P265MB3021GBRP_")
    cover = attach(DOCX, make_docx(["Hope Crescent Relief", "Cover letter",
                                    "Dear Secretariat, we are pleased to submit our voluntary report.",
                                    "Chief Executive Officer"]), "Cover letter - HCR.docx")
    rep = attach("application/pdf", report_pdf("Voluntary GCM Review Report 2021", "Hope Crescent Relief",
                                               ["Objective 2 - drivers of displacement",
                                                "Objective 7 - reducing vulnerabilities",
                                                "Objective 16 - inclusion", "Executive summary (Arabic)"]),
                 "HCR_Voluntary_GCM_Review_2021.pdf")
    body = multi("mixed", [alt_, cover, rep], "_004_LO2P265MB3021D4A9E7C0B51FLO2P265MB3021GBRP_")
    m = mk(when, sent, "mail-lo2gbr01.outbound.protection.example.com", "40.107.10.70", "4DbQ6y2KwHz4",
           "Imran Siddiqui <imran.siddiqui@hopecrescent.example.org.uk>",
           "Hope Crescent Relief - Voluntary GCM Review Report",
           "<LO2P265MB3021D4A9E7C0B51F66@LO2P265MB3021.GBRP265.PROD.OUTLOOK.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=["HCR_Voluntary_GCM_Review_2021.pdf"],
        notes="report PDF plus a one-page DOCX cover letter from the CEO: the cover letter is not part of the report "
              "(not covered by dev; recorded as a secretary would file it). New message, not a reply: the same "
              "sender's earlier question h179-05 opened no submission, so thread_of is null."))


def m18():
    when = at("2021-02-12 15:10:04")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Sauf erreur de notre part, nous n'avons pas reçu d'accusé de réception pour notre proposition d'intervenants du 4 février (message ci-dessous). Pourriez-vous nous confirmer que celle-ci a bien été enregistrée, et nous indiquer quand les intervenants retenus seront informés ?

Avec nos remerciements anticipés,

Véronique Lambotte
Assistante de direction
EPBR asbl

-----Message d'origine-----
De : Véronique Lambotte <direction@epbr.example.be>
Envoyé : jeudi 4 février 2021 10:02
À : gcmrrarabstates@iom.int
Objet : Proposition d'intervenants - EPBR

""" + M09_TEXT
    body = alt(text, "----=_NextPart_000_0019_01D7014B.2A6C1E90", charset="iso-8859-1")
    m = mk(when, sent, "smtp.epbr.example.be", "91.183.44.12", "4Dbz3R7mNqz2",
           addr("Véronique Lambotte", "direction@epbr.example.be", charset="iso-8859-1", enc="Q"),
           hdr("RE: Proposition d'intervenants - EPBR", charset="iso-8859-1", enc="Q"),
           "<001a01d70142$7f4c3d20$7de4b760$@epbr.example.be>", body,
           extra=[("In-Reply-To", M09_ID), ("References", M09_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Thread-Index", "AdbnpMRh2mO1V2ZkR0i7m8fF0UqJ3AGx7Tq0"), ("Content-Language", "fr-be")])
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h179-09.eml",
        notes="follow-up to h179-09 asking whether it was received and when speakers will be told (In-Reply-To "
              "set); Outlook-style quoted original (not '>'-prefixed) still contains both speakers' labelled lines "
              "and roles: the new text is a question, not a new request. Acknowledge (it asks something)."))


def m19():
    when = at("2021-02-14 12:44:51")
    sent = sent_at(when, 3, 5)
    text = """السادة المحترمين،
تحية طيبة وبعد،

يطيب للهيئة الخيرية للإغاثة والتنمية أن ترفق لكم تقريرها الطوعي الخاص بمراجعة تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويستعرض التقرير برامج الهيئة لدعم العمالة الوافدة المتضررة من جائحة كورونا في دولة الكويت خلال عام ٢٠٢٠، ومنها توزيع السلال الغذائية وتذاكر العودة والمساعدة في تسوية أوضاع الإقامة.

نأمل أن يسهم التقرير في أعمال المراجعة الإقليمية، ونحن على استعداد لتقديم أي معلومات إضافية.

وتفضلوا بقبول فائق الاحترام،

Faisal Al-Anazi
External Relations Manager
Khairiya Relief & Development Authority
Kuwait
"""
    html = html_wrap('<div dir="rtl" style="font-family:Arial,sans-serif">' + text2html(text)
                     + '<p><img src="cid:image001.png@01D702B1.9E4A6F30" width="140" height="70"></p></div>')
    rel = multi("related", [alt(text, "_000_VI1PR08MB44216B1E3D7A09C2VI1PR08MB4421eurp_", html=html, b64=True),
                            logo("image001.png@01D702B1.9E4A6F30", (0, 120, 60))],
                "_005_VI1PR08MB44216B1E3D7A09C2VI1PR08MB4421eurp_", params=[("type", '"multipart/alternative"')])
    fname = "تقرير الهيئة الخيرية - الاتفاق العالمي للهجرة.docx"
    rep = leaf(DOCX, make_docx(["Khairiya Relief & Development Authority", "Voluntary GCM review report (Arabic)",
                                "Support to migrant workers affected by COVID-19, Kuwait 2020"]),
               cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp="attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", fname)))
    body = multi("mixed", [rel, rep], "_006_VI1PR08MB44216B1E3D7A09C2VI1PR08MB4421eurp_")
    m = mk(when, sent, "mail-he1eur04.outbound.protection.example.com", "40.107.7.91", "4DcmL58pRtz9",
           "Faisal Al-Anazi <f.alanazi@khairiya-relief.example.kw>",
           hdr("التقرير الطوعي - الهيئة الخيرية للإغاثة والتنمية"),
           "<VI1PR08MB44216B1E3D7A09C2B4@VI1PR08MB4421.eurprd08.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Arabic body, English signature and display name, Content-Language en-US: acknowledge in Arabic; Outlook "
              "mixed > related > alternative with an inline logo decoy; long Arabic DOCX name as RFC 2231 "
              "continuations. Same sender as the out-of-office h179-01 (no thread: that was an auto-reply)."))


def m20():
    when = at("2021-02-15 20:03:33")
    sent = sent_at(when, -3, 10)
    text = """مرحبا
انا رئيس النادي ونحنا في البرازيل من زمان، جدي جا من زحلة سنة ١٩٥٢. بكتب عربي شوي صعب سامحوني اذا في غلط.
بدنا نشارك بالمؤتمر، انا بحب اكون المقرر اللي بيقدم الرسائل الرئيسية لاصحاب المصلحة، عندنا خبرة كبيرة مع العائلات السورية واللبنانية اللي وصلت على ساو باولو بعد ٢٠١٣ وبعد انفجار المرفأ.
بعرف انو الموعد راح، بس اذا في امكانية.
شكرا كتير

Jorge Haddad
Presidente
Clube Líbano-Brasileiro de Solidariedade (CLBS)
São Paulo – SP, Brasil
+55 11 95555-0190
"""
    html = html_wrap('<div dir="rtl">' + text2html(text.split("\n\nJorge")[0]) + '</div><div dir="ltr"><br>'
                     + "<br>".join(esc(x) for x in ("Jorge" + text.split("\n\nJorge")[1]).strip().split("\n"))
                     + "</div>")
    body = alt(text, "0000000000005c9e2a05bb61f4a8", html=html, b64=True)
    m = mk(when, sent, "mail-qv1-f54.google.example.com", "209.85.219.54", "4DdTs63XhLz0",
           "Jorge Haddad <jorge.haddad.clbs@gmail.example.com>", "Conferencia GCM - participação CLBS",
           "<CAJr6tYw2Qm9JorgeSP4xLv0nHc7Kd1Ub3Ze8Tg5@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("Jorge Haddad", "Presidente", "Clube Líbano-Brasileiro de Solidariedade (CLBS)", ["rapporteur"])],
        notes="late (15 February), says so; heritage-speaker Levantine Arabic body with a Portuguese subject and "
              "signature: acknowledge in Arabic. The speaker is the sender; name, title and affiliation only in the "
              "Latin-script signature (recorded in that form, as dev 022 does); city/country line dropped; "
              "'المقرر اللي بيقدم الرسائل الرئيسية' = rapporteur."))


def m21():
    when = at("2021-02-16 22:10:09")
    sent = sent_at(when, 3, 12)
    text = """مساء الخير
مرفق تقرير مبادرة رفقاء لدعم عاملات المنازل للمراجعة الطوعية
ونرشح الأخت مريم الفيلكاوي منسقة المبادرة للمشاركة في المائدة المستديرة الثانية إذا أمكن
مع الشكر

أُرسلت من الـ iPhone
"""
    p1 = leaf("text/plain", text.split("\n\nأُرسلت")[0] + "\n", "utf-8", "base64")
    rep = leaf("application/pdf", report_pdf("Rofaqaa Initiative - voluntary GCM review",
                                             "Support for domestic workers, Kuwait",
                                             ["Hotline cases 2020", "Shelter referrals", "Recommendations"]),
               cte="base64", params=[("name", '"Rofaqaa_GCM_report.pdf"'), ("x-unix-mode", "0644")],
               disp='inline; filename="Rofaqaa_GCM_report.pdf"')
    p3 = leaf("text/plain", "\n\nأُرسلت من الـ iPhone\n", "utf-8", "base64")
    body = multi("mixed", [p1, rep, p3], "Apple-Mail-5E1D7A2C-9B40-4F3E-8C21-3D6A0E7B9F14")
    m = mk(when, sent, "mail-pf1-f175.google.example.com", "209.85.210.175", "4Df1N29KqVz5",
           addr("مبادرة رفقاء", "rofaqaa.initiative@gmail.example.com"), hdr("تقرير + مشاركة"),
           "<8D3E2B71-0C4A-4E9F-A5B6-17F2C9D04E68@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("مريم الفيلكاوي", "منسقة المبادرة", "مبادرة رفقاء لدعم عاملات المنازل", ["roundtable"], 2)],
        report_attachments=["Rofaqaa_GCM_report.pdf"],
        notes="both; received 22:10 on 16 February: the report is on time but the speaker part is late (deadline 5 "
              "February), so on_time false. iPhone layout [text, inline PDF, text]: the inline PDF is the report. "
              "'الأخت' is a form of address, dropped; the speaker's title 'منسقة المبادرة' refers to the initiative "
              "named in the same sentence; 'الثانية' = roundtable 2."))


def m22():
    when = at("2021-02-16 23:58:41")
    sent = tz(when - dt.timedelta(seconds=4), -5)
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire collectif du Regroupement des associations maghrébines du Québec (RAMQ) sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières. Le rapport a été préparé conjointement par sept associations membres de Montréal, Québec et Sherbrooke.

Nous vous l'envoyons juste avant minuit, heure de Beyrouth, en espérant qu'il soit reçu dans les délais.

Salutations distinguées,

Karim Bouchareb
Coordonnateur
Regroupement des associations maghrébines du Québec (RAMQ)
"""
    alt_ = alt(text, "0000000000001a7e5f05bb7d3c90")
    rep = attach("application/pdf", report_pdf("Rapport volontaire collectif - PMM 2021",
                                               "Regroupement des associations maghrebines du Quebec (RAMQ)",
                                               ["Insertion en emploi", "Reconnaissance des diplomes",
                                                "Liens avec les pays d'origine"]),
                 "RAMQ_rapport_collectif_PMM.pdf")
    body = multi("mixed", [alt_, rep], "0000000000001a7e6205bb7d3c92")
    m = mk(when, sent, "mail-qt1-f193.google.example.com", "209.85.160.193", "4DfDp17WmBz3",
           "Karim Bouchareb <ramq.coordination@gmail.example.com>",
           "Rapport volontaire collectif RAMQ",
           "<CAB9kRv4Wz7RamqQc1nLs0tMx3Hd6Jf2Ye8Pa5Ug@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=["RAMQ_rapport_collectif_PMM.pdf"],
        notes="deadline edge: Date header Tue 16 Feb 16:58:37 -0500, received 23:58:41 on 16 February Beirut time: on "
              "time. Collective report of seven member associations (Québec diaspora network)."))


M23_ID = "<DU2PR04MB8709A1F3C6E0D2B9@DU2PR04MB8709.eurprd04.prod.outlook.example.com>"


def m23():
    when = at("2021-02-17 08:26:14")
    sent = sent_at(when, 4, 6)
    text = """Dear Review Secretariat,

Please accept our apologies for sending this a few hours after the deadline; our board only approved the final text last night.

Attached is the voluntary GCM review report of Compassion Gulf Foundation, covering our assistance to stranded migrant workers in the UAE and Oman during 2020 (food support, legal aid referrals and repatriation flights).

Regards,
Sanjay Menon
Head of Programmes
Compassion Gulf Foundation, Dubai
"""
    alt_ = alt(text, "_000_DU2PR04MB8709A1F3C6E0D2B9DU2PR04MB8709eurp_")
    rep = attach("application/pdf", report_pdf("Voluntary GCM Review Report", "Compassion Gulf Foundation",
                                               ["Stranded migrant workers 2020", "Legal aid", "Repatriation"]),
                 "CGF GCM Voluntary Review Report (final).pdf")
    body = multi("mixed", [alt_, rep], "_004_DU2PR04MB8709A1F3C6E0D2B9DU2PR04MB8709eurp_")
    m = mk(when, sent, "mail-du2eur04.outbound.protection.example.com", "40.107.14.73", "4DfVx30GzRz8",
           "Sanjay Menon <sanjay.menon@compassiongulf.example.ae>",
           "Voluntary GCM Review Report - Compassion Gulf Foundation", M23_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=["CGF GCM Voluntary Review Report (final).pdf"],
        notes="late: Date header Wed 17 Feb 10:26 +0400 = 08:26 Beirut, after the 16 February report deadline; "
              "sender apologises. File name with spaces and parentheses. The acknowledgement bounces (h179-24)."))


def m24():
    when = at("2021-02-17 08:27:02")
    text = POSTFIX_NOTICE + """
<sanjay.menon@compassiongulf.example.ae>: host
    compassiongulf-example-ae.mail.protection.example.com[104.47.21.36] said:
    550 5.4.1 Recipient address rejected: Access denied. (in reply to RCPT TO
    command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DfVy04LkPz1\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; sanjay.menon@compassiongulf.example.ae\n"
           "Original-Recipient: rfc822;sanjay.menon@compassiongulf.example.ae\n"
           "Action: failed\n"
           "Status: 5.4.1\n"
           "Remote-MTA: dns; compassiongulf-example-ae.mail.protection.example.com\n"
           "Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.\n"
           % rfcdate(when - dt.timedelta(seconds=44), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: sanjay.menon@compassiongulf.example.ae\n"
            "Subject: Acknowledgement of receipt - Voluntary GCM Review Report - Compassion Gulf Foundation\n"
            "Date: %s\n"
            "Message-ID: <ack.4DfVx30GzRz8@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=45)), M23_ID))
    body = dsn_report(text, dsn, hdrs, "4DfVy04LkPz1.1613543222/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DfVz12MqTz4; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210217062702.4DfVz12MqTz4@mx1.iom.int>")]
    add(24, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN from the mailbox's own MTA for the acknowledgement of h179-23 (remote 550 5.4.1, tenant "
              "rejects the address although the sender just wrote from it); only the returned headers, whose "
              "In-Reply-To names h179-23. Never acknowledge."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
