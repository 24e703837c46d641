#!/usr/bin/env python3
"""Write the blind evaluation set holdout301 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets301.py
Theme: local authorities (21 January - 18 February 2021): municipalities, mayors' offices, governorates and a city
network.  A Moroccan commune's letter from the President of the communal council relayed by its communication
officer (the next day she corrects the vice-president's name and title), a Jordanian mayor's letter designating a
city manager's assistant for the open discussion (the mayor's office director, in Cc, answers with an out-of-office
and the mayor's secretary corrects the title the next day), a city network's questions and, a week later, its joint
report as a reply to the secretariat's answer, a Tunisian 'adjointe au maire' sending the commune's report while
'Monsieur le Maire' only wants to attend (her Cc'd head of service answers with a Sieve vacation notice), a Jordanian
councillor's self-nomination ('Cllr.') and her thank-you, an Egyptian governor's office asking for an official
invitation so that the governor may attend, a Mauritanian commune's report and its deputy mayor for a roundtable
(the mayor only leads the delegation), a Lebanese municipality writing in dialect (report + mayor in the plenary),
an Iraqi governorate's two nominees (a mistyped Cc bounces our acknowledgement), a Tunisian mayor's chief of staff
at 23:41 on the speaker deadline, an Algerian commune at 23:20 its time (00:20 in Beirut, late), a Lebanese
mayor's secretary declining in French, a Sudanese locality's report with a late speaker, an Iraqi governorate's
report and its 'did you receive it?', a Moroccan commune at 22:50 its time on the report deadline and a Mosul
mayor's office two days late.  Formal administrative Arabic and French ('الرقم', 'الموضوع', 'العدد', 'م/',
'Objet :', 'N°', 'D'ordre de Monsieur le Président'), titles of elected officials ('Vice-présidente chargée de
...', 'Adjointe au Maire chargée de ...', 'نائب رئيس المجلس الشعبي البلدي المكلفة ب...', 'Municipal Councillor'),
honorifics (M., Mme, Cllr., المهندسة, الأستاذ, السيدة) and roles in words and numbers.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(301)
add = SET.add
H = "h301-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.9"


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c1e9a07yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def rc_html(text):
    """Roundcube: one <p> per paragraph, <br /> inside, Verdana body."""
    paras = "\n".join("<p>%s</p>" % "<br />".join(esc(x) for x in p.split("\n")) for p in text.strip("\n").split("\n\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            "style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n%s\n</body></html>\n" % paras)


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial pour les migrations "
                "(région arabe) accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers "
                "vous au sujet du programme.\n\nExamen régional du PMM – États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


# ================================================================ 01  FR  speaker  Berkane: the President's letter relayed by the communication officer
M01_ID = "<DB7PR02MB4987E3A1C6F2D905@DB7PR02MB4987.eurprd02.prod.outlook.example.com>"
M01_SUBJ = "Lettre de Monsieur le Président du Conseil communal de Berkane – Examen régional du Pacte mondial"
M01_LETTER = "Lettre_N0093-P-CB-2021_Examen_regional_PMM.pdf"
M01_CC_TXT = "Cabinet du Président - Commune de Berkane <cabinet.president@berkane-commune.example.ma>"


def m01_cc():
    return addr("Cabinet du Président - Commune de Berkane", "cabinet.president@berkane-commune.example.ma", enc="Q")


M01_TEXT = """Madame, Monsieur,

D'ordre de Monsieur le Président du Conseil de la Commune de Berkane, j'ai l'honneur de vous transmettre ci-dessous, ainsi qu'en pièce jointe au format PDF, la lettre relative à la participation de la Commune aux travaux de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

______________________________

ROYAUME DU MAROC
MINISTÈRE DE L'INTÉRIEUR
RÉGION DE L'ORIENTAL – PROVINCE DE BERKANE
COMMUNE DE BERKANE
Le Président du Conseil communal

Berkane, le 20 janvier 2021
N° 0093/P/CB/2021

À Madame la Coordonnatrice du Secrétariat de l'Examen régional du Pacte mondial sur les migrations – Région arabe

Objet : Participation de la Commune de Berkane à la Conférence régionale des 24 et 25 février 2021
Réf. : Votre lettre d'invitation

Madame,

Suite à votre lettre citée en référence, j'ai l'honneur de vous faire part de l'intérêt que porte la Commune de Berkane aux travaux de l'Examen régional. Commune frontalière et terre d'émigration, Berkane compte plus de 20 000 ressortissants établis en Europe, principalement en France, en Belgique et aux Pays-Bas, et voit passer depuis quelques années un nombre croissant de migrants subsahariens en transit vers le nord.

À cet effet, j'ai l'honneur de vous informer que la Commune sera représentée par Mme Rachida Amzil, Vice-présidente chargée des affaires sociales et des Marocains résidant à l'étranger, qui souhaiterait intervenir lors de la table ronde thématique n° 2.

Je vous prie d'agréer, Madame, l'expression de ma haute considération.

Le Président du Conseil communal
Mohammed El Ghazouani
______________________________

Restant à votre entière disposition pour tout complément d'information.

Bien cordialement,

Imane Boutaleb
Chargée de communication
Service de la Communication et des Relations Publiques
Commune de Berkane
Tél. : +212 5 36 00 00 00 – Fax : +212 5 36 00 00 01

Avant d'imprimer ce courriel, pensez à l'environnement.
"""


def m01():
    when = at("2021-01-21 11:05:37")
    letter = make_pdf(["ROYAUME DU MAROC - COMMUNE DE BERKANE", "Le President du Conseil communal",
                       "Berkane, le 20 janvier 2021 - N 0093/P/CB/2021",
                       "Objet : Participation de la Commune de Berkane a la Conference regionale",
                       "Mme Rachida Amzil, Vice-presidente - table ronde thematique n 2",
                       "Le President du Conseil communal (signature et cachet)"])
    cid = "image001.png@01D6EFD1.4A2C7E10"
    rel = multi("related", [leaf("text/html", outlook_html(M01_TEXT, lang="FR", img_cid=cid)),
                            logo(cid, (0, 110, 60))], "_004_DB7PR02MB4987E3A1C6F2D905_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_DB7PR02MB4987E3A1C6F2D905_")
    body = multi("mixed", [a, attach("application/pdf", letter, M01_LETTER)], "_005_DB7PR02MB4987E3A1C6F2D905_")
    m = mk(when, sent_at(when, 1, 9), "mail-db7eur02on0612.outbound.protection.outlook.example.com",
           "198.51.100.12", "4DLd2Rk15Fz7", "Imane Boutaleb <i.boutaleb@berkane-commune.example.ma>",
           hdr(M01_SUBJ, enc="Q"), M01_ID, body, cc=m01_cc(),
           extra=outlook(hdr(M01_SUBJ, enc="Q"), "AdbvxK3Lm5Np7Qr9St1Uv3Wx5Yz7Ab==", lang="fr-FR", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rachida Amzil", "Vice-présidente chargée des affaires sociales et des Marocains résidant à l'étranger",
           "Commune de Berkane", ["roundtable"], 2)],
        notes="a commune's communication officer relays 'D'ordre de Monsieur le Président' the letter of the "
              "President of the communal council, pasted between rules and attached as a PDF (the letter, not a "
              "report): the sender and the signer (the President, who is also the 'Monsieur le Président' of the "
              "first line) are not the speaker. 'Mme' dropped; 'table ronde thématique n° 2'. Letterhead lines "
              "(ROYAUME DU MAROC ... Le Président du Conseil communal), 'N°', 'Objet :', 'Réf. :', 20 000 "
              "nationals abroad are noise. Outlook with the commune's logo, Date in UTC+1. The next day the same "
              "officer corrects the speaker's name and title (h301-02)."))


# ================================================================ 02  FR  speaker  Berkane: correction of the name and title, the next day
def m02():
    when = at("2021-01-22 09:41:10")
    text = """Madame, Monsieur,

Je reviens vers vous au sujet de la lettre transmise hier : une erreur matérielle s'est glissée dans la désignation de notre intervenante. Il convient de lire :

Mme Rachida Amzil Tahiri, Troisième Vice-présidente du Conseil communal, chargée des affaires sociales et des Marocains résidant à l'étranger

et non « Mme Rachida Amzil, Vice-présidente chargée des affaires sociales et des Marocains résidant à l'étranger ». Le reste de la lettre demeure inchangé, y compris le choix de la table ronde. Vous trouverez ci-joint la lettre rectifiée, signée ce matin par Monsieur le Président.

Avec toutes nos excuses pour ce désagrément.

Bien cordialement,

Imane Boutaleb
Chargée de communication
Commune de Berkane

De : Imane Boutaleb
Envoyé : jeudi 21 janvier 2021 10:05
À : gcmrrarabstates@iom.int
Cc : """ + M01_CC_TXT + """
Objet : """ + M01_SUBJ + "\n\n" + M01_TEXT
    letter = make_pdf(["ROYAUME DU MAROC - COMMUNE DE BERKANE", "Le President du Conseil communal",
                       "Berkane, le 22 janvier 2021 - N 0093/P/CB/2021 (rectificatif)",
                       "Mme Rachida Amzil Tahiri, Troisieme Vice-presidente du Conseil communal",
                       "table ronde thematique n 2", "Le President du Conseil communal (signature et cachet)"])
    name = "Lettre_N0093-P-CB-2021_rectificatif.pdf"
    cid = "image001.png@01D6F09A.1B3D5F70"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (0, 110, 60))], "_004_DB7PR02MB49878C2E5A7B1F36_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB7PR02MB49878C2E5A7B1F36_")
    body = multi("mixed", [a, attach("application/pdf", letter, name)], "_005_DB7PR02MB49878C2E5A7B1F36_")
    m = mk(when, sent_at(when, 1, 8), "mail-db7eur02on0612.outbound.protection.outlook.example.com",
           "198.51.100.12", "4DLx7Tb40Hz2", "Imane Boutaleb <i.boutaleb@berkane-commune.example.ma>",
           re_hdr("RE: ", M01_SUBJ), "<DB7PR02MB49878C2E5A7B1F36@DB7PR02MB4987.eurprd02.prod.outlook.example.com>", body,
           cc=m01_cc(),
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)] +
           outlook(hdr(M01_SUBJ, enc="Q"), "AdbvxK3Lm5Np7Qr9St1Uv3Wx5Yz7AbAAI4kTw==", lang="fr-FR", has_attach="yes"))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rachida Amzil Tahiri", "Troisième Vice-présidente du Conseil communal, chargée des affaires sociales et "
           "des Marocains résidant à l'étranger", "Commune de Berkane", ["roundtable"], 2)],
        thread_of=H % 1,
        notes="correction sent the next day as an Outlook reply to h301-01 (In-Reply-To): the corrected full name "
              "(a second surname) and title replace the old ones, which are still written in the new text inside "
              "'et non « ... »' and in the quoted letter; 'le choix de la table ronde' is unchanged, so roundtable "
              "2 comes from the quoted letter. A rectified letter PDF is attached (not a report). 'Mme' dropped. "
              "Acknowledged: it changes the request."))


# ================================================================ 03  AR  speaker  Irbid Greater Municipality: the mayor designates an assistant city manager
M03_ID = "<AM0PR10MB3187B2E6D9C4A071@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.example.com>"
M03_SUBJ = "ترشيح ممثلة بلدية إربد الكبرى - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M03_QID = "4DMb6Yq22Sz5"
M03_FROM = addr("مكتب رئيس البلدية - بلدية إربد الكبرى", "mayor.office@irbid-city.example.jo")
M03_CC = addr("خالد الزعبي", "k.alzoubi@irbid-city.example.jo")
M03_TEXT = """بسم الله الرحمن الرحيم

بلدية إربد الكبرى
مكتب رئيس البلدية

الرقم: ب إ ك/م ر/2021/211
التاريخ: 11 جمادى الآخرة 1442 هـ
الموافق: 24 كانون الثاني 2021 م

حضرات السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية المحترمين

الموضوع: ترشيح ممثلة عن البلدية

تحية طيبة وبعد،

إشارة إلى كتاب الدعوة الموجه إلى البلدية، وحرصاً من بلدية إربد الكبرى على المشاركة في أعمال الاستعراض الإقليمي، لا سيما أن المدينة تستضيف منذ عام 2012 أعداداً كبيرة من اللاجئين السوريين إلى جانب العمال الوافدين، يسرني أن أرشح المهندسة ديما سليمان العمري، مساعدة مدير المدينة لشؤون التنمية المجتمعية، للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم الثلاثاء 23 شباط 2021.

ولغايات التنسيق يرجى التواصل مع مدير مكتب رئيس البلدية السيد خالد الزعبي (نسخة منه).

وتفضلوا بقبول فائق الاحترام والتقدير،

رئيس بلدية إربد الكبرى
الدكتور نضال عبد الرحيم الشرمان
"""


def m03():
    when = at("2021-01-25 10:20:14")
    a = alt(M03_TEXT, "_000_AM0PR10MB3187B2E6D9C4A071_", html=outlook_html(M03_TEXT, lang="AR-JO", rtl=True),
            b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-am0eur10on0634.outbound.protection.outlook.example.com",
           "198.51.100.34", M03_QID, M03_FROM, hdr(M03_SUBJ), M03_ID, a, cc=M03_CC,
           extra=outlook(hdr(M03_SUBJ), "AdbzA1Ke4Rt6Yu8Io0Pa2Sd4Fg6Hj8==", lang="ar-JO"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ديما سليمان العمري", "مساعدة مدير المدينة لشؤون التنمية المجتمعية", "بلدية إربد الكبرى",
           ["open_discussion"])],
        notes="a mayor's letter pasted into the body ('الرقم', Hijri date with 'الموافق', 'الموضوع'): the mayor "
              "(signer, 'الدكتور') and the office director named for coordination (in Cc, 'السيد') are not "
              "speakers; 'المهندسة' dropped; 'النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم الثلاثاء 23 "
              "شباط' = open_discussion; Jordanian month names; 2012 is history. Outlook, RTL, base64. The Cc'd "
              "director's out-of-office follows (h301-04) and the title is corrected the next day (h301-05)."))


# ================================================================ 04  AR  auto_reply  the Cc'd office director's out-of-office on our acknowledgement of 03
def m04():
    when = at("2021-01-25 10:20:51")
    ack = ack_mid(M03_QID)
    text = """شكراً لرسالتكم.

أنا خارج المكتب في مهمة رسمية حتى يوم الأحد 31 كانون الثاني 2021، وسأطلع على بريدي فور عودتي. للأمور العاجلة يرجى التواصل مع السيدة رنا الخطيب، سكرتيرة مكتب رئيس البلدية، على الرقم 02 000 0000.

خالد الزعبي
مدير مكتب رئيس البلدية
بلدية إربد الكبرى

Thank you for your email. I am out of the office on official duty until Sunday 31 January 2021. For urgent matters please contact Ms. Rana Al-Khatib, Secretary of the Mayor's Office.
"""
    body = alt(text, "_000_AM0PR10MB3187OOF7C2D1E4_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    subj = hdr("الرد التلقائي: إشعار استلام - " + M03_SUBJ)
    rows = exch_ooo(when, "mail-am0eur10on0634.outbound.protection.outlook.example.com", "198.51.100.34",
                    "4DMb7Fh58Nz1", M03_CC, "<AM0PR10MB3187D41F8A2C6E90@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.example.com>",
                    subj, hdr("إشعار استلام - " + M03_SUBJ), M03_ID, ack, "ar-JO", (2, 3))
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the mayor's office director (in Cc of h301-03) answering our acknowledgement "
              "37 seconds later ('الرد التلقائي:' before our subject; References name h301-03): bilingual, signed "
              "with his name and title and naming a colleague with her title, so it looks like a designation. "
              "Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 05  AR  speaker  Irbid: the mayor's secretary corrects the title the next day
def m05():
    when = at("2021-01-26 08:55:30")
    subj = "رد: " + M03_SUBJ
    text = """حضرات السادة المحترمين،

تصويباً لكتابنا المرسل إليكم أمس، نرجو اعتماد المسمى الوظيفي الصحيح للمهندسة ديما العمري وهو: مساعدة مدير المدينة للتنمية المجتمعية والشؤون الاجتماعية، بدلاً مما ورد في الكتاب سهواً. ويبقى الترشيح للمشاركة في النقاش المفتوح كما هو دون تغيير.

نعتذر عن الخطأ، ونظراً لغياب مدير المكتب في مهمة رسمية هذا الأسبوع أرجو توجيه أي مراسلات إليّ مباشرة.

مع الاحترام،
رنا الخطيب
سكرتيرة مكتب رئيس البلدية
بلدية إربد الكبرى
هاتف: 02 000 0000

________________________________
من: مكتب رئيس البلدية - بلدية إربد الكبرى <mayor.office@irbid-city.example.jo>
تاريخ الإرسال: الاثنين، 25 كانون الثاني، 2021 10:20 ص
إلى: gcmrrarabstates@iom.int
نسخة: خالد الزعبي <k.alzoubi@irbid-city.example.jo>
الموضوع: """ + M03_SUBJ + "\n\n" + M03_TEXT
    a = alt(text, "_000_AM0PR10MB31879E1B4C7D2A63_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-am0eur10on0634.outbound.protection.outlook.example.com",
           "198.51.100.34", "4DMz3Cw71Bz8", M03_FROM, hdr(subj),
           "<AM0PR10MB31879E1B4C7D2A63@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.example.com>", a, cc=M03_CC,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID)] +
           outlook(hdr(M03_SUBJ), "AdbzA1Ke4Rt6Yu8Io0Pa2Sd4Fg6Hj8AAC7vQz==", lang="ar-JO"))
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ديما سليمان العمري", "مساعدة مدير المدينة للتنمية المجتمعية والشؤون الاجتماعية", "بلدية إربد الكبرى",
           ["open_discussion"])],
        thread_of=H % 3,
        notes="title correction the next day, as an Outlook reply to h301-03 (Arabic 'من: / تاريخ الإرسال: / "
              "الموضوع:' header, original not '>'-quoted): the new title replaces the one in the quoted letter; "
              "the new text names the speaker as 'المهندسة ديما العمري' only, the full three-part name is in the "
              "quoted letter; role unchanged ('يبقى الترشيح للمشاركة في النقاش المفتوح'). Written by the mayor's "
              "secretary named in the out-of-office h301-04; she is not a speaker. Acknowledged."))


# ================================================================ 06  EN  other  a city network's questions before nominating
M06_ID = "<CAJ7wLm2Qx9Rt4nK+b8Vc1Zp5sH3dFy6gE0@mail.gmail.example.com>"
M06_SUBJ = "Questions from a city network: speaker nominations, interpretation and a joint report"


def m06():
    when = at("2021-01-26 14:02:33")
    text = """Dear colleagues,

I coordinate the secretariat of the Arab Cities Network for Migrant Inclusion (ACNMI), which brings together 17 municipalities in Jordan, Lebanon, Tunisia, Morocco and Iraq. Several of our members received your invitation directly and others through us, and we would like to make sure we respond in the right way. A few questions:

1. Several of our mayors and deputy mayors would like to take the floor, two of them in the roundtables. Should each city write to you on its own, or can the network's secretariat send a single message listing several speakers? Our Bureau meets on 2 February to agree on names, so anything from us would come just before your 5 February deadline.

2. Will there be interpretation between Arabic, English and French? Some of our mayors speak Arabic only.

3. We are considering a joint voluntary report on behalf of the network rather than 17 separate ones. Is a report signed by a network acceptable, and is there a template or a page limit?

4. If a mayor cannot travel or connect on the day, may a deputy mayor or a councillor speak in his or her place?

Many thanks in advance for your help.

Best regards,

Yasmine Jaber
Network Coordinator
Arab Cities Network for Migrant Inclusion (ACNMI)
Tunis office: +216 71 000 000
www.acnmi.example.org
"""
    body = alt(text, "0000000000007a3f2c05b9c4e1d8", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 7), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DN4kT19Vmz6",
           "Yasmine Jaber <y.jaber@acnmi.example.org>", M06_SUBJ, M06_ID, body)
    add(6, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions from a city network's coordinator (may one message list several speakers? interpretation? "
              "a joint report signed by a network? may a deputy mayor replace a mayor?): mayors, deputy mayors, "
              "roundtables, a voluntary report and the 5 February deadline are all mentioned, but nobody is named "
              "and nothing is submitted. Google Workspace (Gmail) from the network's domain, Date in UTC+1. The "
              "network's report follows as a reply to the secretariat's answer (h301-12)."))


# ================================================================ 07  FR  report  Zarzis: the deputy mayor sends the report; the mayor only wants to attend
M07_ID = "<7c41e2a9d08b3f5a6e1c9d2b4f7a0e31@commune-zarzis.example.tn>"
M07_SUBJ = "Rapport volontaire de la Commune de Zarzis – Examen régional du Pacte mondial"
M07_QID = "4DPq1Nh36Wz4"
M07_REPORT = "Rapport_volontaire_Commune_de_Zarzis_PMM_2021.pdf"
M07_DELIB = "Extrait_deliberation_CM_19-01-2021.pdf"


def m07():
    when = at("2021-01-28 16:47:09")
    text = """Madame, Monsieur,

Au nom de Monsieur le Maire de Zarzis, j'ai le plaisir de vous adresser le rapport volontaire de la Commune de Zarzis dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ville de départ vers l'Italie, ville d'accueil pour les personnes secourues en mer et ville de retour pour beaucoup de nos jeunes, Zarzis vit les trois visages de la migration. Le rapport présente l'action de la commune depuis 2018 : l'aménagement d'un cimetière digne pour les migrants décédés en mer, le guichet d'accueil ouvert avec le Croissant-Rouge, le programme de réinsertion des jeunes de retour et la coopération avec deux villes siciliennes.

Vous trouverez en pièces jointes :
- le rapport (PDF) ;
- l'extrait de la délibération du Conseil municipal du 19 janvier 2021 qui l'a approuvé.

Monsieur le Maire souhaiterait assister à la conférence des 24 et 25 février. Il ne sollicite pas de temps de parole, la Commune ayant choisi de s'exprimer à travers ce rapport. Pourriez-vous nous indiquer les modalités d'inscription ?

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Samia Ben Mabrouk
Adjointe au maire chargée de la coopération décentralisée et des affaires migratoires
Commune de Zarzis – Gouvernorat de Médenine
Tunisie
"""
    pdf = rep_pdf("Rapport volontaire - Commune de Zarzis", "Examen regional du Pacte mondial pour les migrations",
                  ["Zarzis, ville de depart, d'accueil et de retour", "Un cimetiere digne pour les morts en mer",
                   "Le guichet d'accueil des migrants", "Reinsertion des jeunes de retour",
                   "Cooperation avec deux villes siciliennes", "Recommandations"])
    delib = make_pdf(["REPUBLIQUE TUNISIENNE - COMMUNE DE ZARZIS", "Extrait du proces-verbal de la session du",
                      "Conseil municipal du 19 janvier 2021", "Point 4 : approbation du rapport volontaire",
                      "Adopte a l'unanimite des membres presents"])
    a = alt(text, "=_b4e7a2c9f1d03e6a58c21b7d9e40f6a3", html=rc_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M07_REPORT), attach("application/pdf", delib, M07_DELIB)],
                 "=_0a5d3c8e71f2b94c6d1e8a3f5b7c2e90")
    m = mk(when, sent_at(when, 1, 6), "mail.commune-zarzis.example.tn", "197.0.0.71", M07_QID,
           "Samia Ben Mabrouk <s.benmabrouk@commune-zarzis.example.tn>", hdr(M07_SUBJ, enc="Q"), M07_ID, body,
           cc="Nabil Chaouch <n.chaouch@commune-zarzis.example.tn>", extra=[("User-Agent", ROUNDCUBE),
                                                                          ("X-Sender", "s.benmabrouk@commune-zarzis.example.tn")])
    add(7, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M07_REPORT],
        notes="a deputy mayor ('Adjointe au maire chargée de ...') sends the commune's report: the PDF report is "
              "listed, the extract of the council's deliberation that approved it is not. The category turns on "
              "one sentence: 'Monsieur le Maire souhaiterait assister ... Il ne sollicite pas de temps de parole' "
              "(attendance, no speaker), so not 'both'; the registration question does not change the category. "
              "Roundcube from the commune's server, Date in UTC+1; 2018 and 19 January are history. Her Cc'd head "
              "of service answers our acknowledgement with a vacation notice (h301-08)."))


# ================================================================ 08  FR  auto_reply  the Cc'd head of service's Sieve vacation notice
def m08():
    when = at("2021-01-28 16:47:52")
    ack = ack_mid(M07_QID)
    text = """Bonjour,

Je suis absent du bureau du 25 janvier au 5 février 2021 inclus (congé annuel) et ne consulte pas ma messagerie.

Pour toute question relative à la coopération décentralisée, merci de vous adresser à Mme Samia Ben Mabrouk, adjointe au maire chargée de la coopération décentralisée et des affaires migratoires (s.benmabrouk@commune-zarzis.example.tn), ou au secrétariat général de la commune (+216 75 000 000).

Cordialement,

Nabil Chaouch
Chef du service de la coopération décentralisée et des relations extérieures
Commune de Zarzis
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", params=[("format", "flowed")])
    subj = hdr("Auto: Accusé de réception - " + M07_SUBJ, enc="Q")
    rows = std_rows(when, "mail.commune-zarzis.example.tn", "197.0.0.71", "4DPq2Jc70Xz9",
                    "Nabil Chaouch <n.chaouch@commune-zarzis.example.tn>", subj, rfcdate(sent_at(when, 1, 2)),
                    "<dovecot-sieve-1611845270-128473-0@mail.commune-zarzis.example.tn>",
                    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M07_ID + " " + ack)]
    add(8, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Dovecot/Sieve vacation notice (Auto-Submitted: auto-replied (vacation), Precedence: bulk, null "
              "Return-Path, 'Auto:' subject) of the head of service in Cc of h301-07, answering our "
              "acknowledgement 43 seconds later: signed with his name and title and naming the deputy mayor with "
              "her full title, which must not be read as a proposal. Never acknowledge."))


# ================================================================ 09  EN  speaker  Mafraq councillor nominates herself (Gmail), details only in the signature
M09_ID = "<CAP4hN8xRw2Kq7mT+c5Lb9Vz3sJ1dGe6fY0@mail.gmail.example.com>"
M09_SUBJ = "Request to speak - a municipal councillor from Mafraq"
M09_QID = "4DQh5Wm83Kz0"


def m09():
    when = at("2021-01-29 19:33:50")
    text = """Dear organisers,

My name is Hanan and I was elected to the municipal council of Mafraq in 2017. Mafraq is about 15 km from Zaatari camp, and for nearly ten years our city has had almost as many Syrian residents as Jordanian ones. As chair of the council's committee for social development, I have spent a lot of time on what this means in practice: schools working in two shifts, water cuts every summer, waste collection that cannot keep up, and the tension that grows when people feel services are getting worse.

I would like to request a floor intervention in one of the plenary sessions, to speak about what a small municipality needs from national governments and donors when it hosts refugees and migrant workers for years rather than months. The voice of local councillors, and of women councillors in particular, is often missing from these meetings.

The Mayor knows I am writing and supports the request, but I am writing in my own name as a councillor.

With thanks and best wishes,
Hanan

--
Cllr. Hanan Odeh Al-Masri
Municipal Councillor, Chair of the Social Development Committee
Greater Mafraq Municipality
Mafraq, Jordan
+962 77 000 0000
"""
    body = alt(text, "000000000000c81e4f05ba0b27d3", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 9), "mail-wr1-f45.google.example.com", "192.0.2.45", M09_QID,
           "Hanan Al-Masri <hanan.almasri.mafraq@gmail.example.com>", M09_SUBJ, M09_ID, body)
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hanan Odeh Al-Masri", "Municipal Councillor, Chair of the Social Development Committee",
           "Greater Mafraq Municipality", ["plenary"])],
        notes="self-nomination signed 'Hanan': full name, title and municipality only in the signature after '--' "
              "('Cllr.' dropped; the From name is shorter); 'a floor intervention in one of the plenary sessions' = "
              "plenary. 'The Mayor knows ... and supports the request' does not make the mayor a speaker; 2017, "
              "15 km and 'ten years' are not event data. Gmail from a personal address. Her thank-you follows "
              "(h301-18)."))


# ================================================================ 10  AR  other  Fayoum governor's office: the governor only wants to attend
def m10():
    when = at("2021-02-01 12:10:05")
    subj = "بشأن حضور السيد محافظ الفيوم أعمال المؤتمر الإقليمي"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
تحية طيبة وبعد،

أتشرف بالإفادة بأن السيد اللواء/ محمود جلال الدين حسنين، محافظ الفيوم، قد اطلع على الدعوة الخاصة بالاستعراض الإقليمي، ويرغب سيادته في حضور أعمال المؤتمر الإقليمي يومي 24 و25 فبراير 2021، نظراً لما تمثله قضية الهجرة غير الشرعية من أهمية خاصة لمحافظة الفيوم التي خرج منها عدد كبير من الشباب إلى ليبيا وإيطاليا خلال السنوات الأخيرة.

وحيث إن سفر السادة المحافظين ومشاركتهم في الفعاليات الدولية يستلزمان الحصول على موافقة مسبقة من وزارة التنمية المحلية، نرجو التكرم بموافاتنا بخطاب دعوة رسمي باسم سيادته، مع توضيح ما إذا كان المؤتمر سيعقد حضورياً أم عبر الإنترنت.

علماً بأن سيادته لا يطلب إلقاء كلمة، وإنما الحضور والاطلاع على التجارب المطروحة، وسيرافقه مدير عام الشؤون الاجتماعية بالمحافظة.

وتفضلوا بقبول وافر الاحترام،،،

مدير مكتب السيد المحافظ
عمرو فاروق عبد الستار
ديوان عام محافظة الفيوم
ت: 084 000 0000
"""
    a = alt(text, "_000_VI1PR08MB5328A7D2E4C1B609_", html=outlook_html(text, lang="AR-EG", rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur08on0655.outbound.protection.outlook.example.com",
           "198.51.100.155", "4DSw9Kc44Pz3", addr("مكتب السيد المحافظ - محافظة الفيوم", "governor.office@fayoum.gov.example.eg"),
           hdr(subj), "<VI1PR08MB5328A7D2E4C1B609@VI1PR08MB5328.eurprd08.prod.outlook.example.com>", a,
           extra=outlook(hdr(subj), "Adb4Rk9Lp1Qz3Xc5Vb7Nm9Qw1Er3Ty==", lang="ar-EG"))
    add(10, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a governor's office asks for an official invitation letter in the governor's name (ministry approval "
              "needed) and whether the conference is in person or online. The category turns on one sentence: "
              "'سيادته لا يطلب إلقاء كلمة، وإنما الحضور' - the governor, named with 'اللواء/' and his title, only "
              "attends, and the director general who will accompany him is unnamed: no speaker. Outlook, RTL, "
              "base64."))


# ================================================================ 11  FR  both  Rosso: report DOCX + the deputy mayor for roundtable 3; the mayor leads the delegation
M11_REPORT = "Rapport volontaire Commune de Rosso - PMM 2021.docx"


def m11():
    when = at("2021-02-02 11:28:44")
    subj = "Rapport volontaire et proposition d'intervenante - Commune de Rosso"
    text = """Madame, Monsieur,

J'ai l'honneur, d'ordre de Monsieur le Maire de la Commune de Rosso, de vous faire parvenir ci-joint le rapport volontaire de la commune sur la mise en œuvre du Pacte mondial pour les migrations au niveau local.

Ville frontière sur le fleuve Sénégal, Rosso voit passer chaque jour des centaines de personnes par le bac et accueille de nombreux travailleurs venus du Sénégal, du Mali et de Guinée. Le rapport traite de l'état civil et de l'enregistrement des naissances, de l'accès des enfants étrangers aux écoles communales et de la gestion du marché frontalier.

Monsieur le Maire conduira la délégation de la commune à la conférence. Par ailleurs, la commune souhaite proposer Mme Aïchetou Mint Sidi Mohamed, Adjointe au Maire chargée des affaires sociales, de la santé et des migrations, pour une intervention lors de la table ronde thématique n°3.

Dans l'attente de votre retour, veuillez agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Le Secrétaire général
Cheikh Ould Brahim Vall
Commune de Rosso – Wilaya du Trarza
République Islamique de Mauritanie
Tél : +222 45 00 00 00
"""
    doc = make_docx(["République Islamique de Mauritanie – Commune de Rosso",
                     "Rapport volontaire – Pacte mondial pour des migrations sûres, ordonnées et régulières",
                     "1. Rosso, ville frontière", "2. État civil et enregistrement des naissances",
                     "3. Accès des enfants étrangers aux écoles communales", "4. Le marché frontalier",
                     "5. Recommandations"])
    lg = attach("image/png", make_png(40, 40, (0, 120, 70)), "logo_commune_rosso.png")
    a = alt(text, "----=_Part_3318204_1640297733.1612258120544", html=yahoo_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M11_REPORT), lg], "----=_Part_3318203_918270644.1612258120543")
    m = mk(when, sent_at(when, 0, 7), "sonic302-11.consmr.mail.ir2.yahoo.example.com", "198.51.100.202",
           "4DTk4Bv63Lz2", "Commune de Rosso <commune.rosso@yahoo.example.fr>", subj,
           "<1612258120544.3318205@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aïchetou Mint Sidi Mohamed", "Adjointe au Maire chargée des affaires sociales, de la santé et des migrations",
           "Commune de Rosso", ["roundtable"], 3)],
        report_attachments=[M11_REPORT],
        notes="both, on time (2 February): a DOCX report (spaces in the name) and a deputy mayor for 'la table ronde "
              "thématique n°3' ('Mme' dropped, four-part Mauritanian name). 'Monsieur le Maire conduira la "
              "délégation' is not a speaking role; the Secretary-General who writes 'd'ordre de Monsieur le Maire' "
              "is not a speaker; the commune's logo is attached as a file, not part of the report. Yahoo from a "
              "generic address (display name 'Commune de Rosso'), Date in UTC+0."))


# ================================================================ 12  EN  report  ACNMI: joint report, a reply to the secretariat's answer to 06
M12_FILES = ["ACNMI Joint Voluntary GCM Review Report 2021.pdf", "ACNMI Report - Annex - City profiles.docx"]


def m12():
    when = at("2021-02-03 15:05:21")
    sec_id = "<AM6PR09MB3410C2F7E9A1D485@AM6PR09MB3410.eurprd09.prod.outlook.example.com>"
    answer = """Dear Ms. Jaber,

Thank you for your message. In brief:
1. Either way is fine: each city may write to us directly, or the network may send one message that gives the name, title and affiliation of each speaker and the role requested, by 5 February.
2. Interpretation will be available in Arabic, English and French.
3. A joint report by a network is welcome. There is no template; please send it by 16 February.
4. Please tell us who will speak; changes can be notified later.

Kind regards,
Rania Aoun
GCM Regional Review team"""
    text = """Dear Rania,

Thank you for your clear answers, they helped a lot. Our Bureau met yesterday and decided that the member cities that wish to speak will write to you directly; I understand at least two of them will do so before Friday. The network itself will not propose a speaker.

As promised, please find attached the network's joint voluntary GCM review report, prepared with 12 of our 17 member cities, together with its annex of city profiles (population, number of refugees and migrants, municipal services concerned). The annex is part of the report and is cited throughout.

Best regards,
Yasmine

Yasmine Jaber
Network Coordinator
Arab Cities Network for Migrant Inclusion (ACNMI)

On Tue, 26 Jan 2021 at 17:40, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(answer) + "\n>\n" + gt("-----Original Message-----\nFrom: Yasmine Jaber <y.jaber@acnmi.example.org>\n"
                                   "Sent: Tuesday, January 26, 2021 2:02 PM\nSubject: " + M06_SUBJ) + "\n"
    pdf = rep_pdf("Joint voluntary GCM review report", "Arab Cities Network for Migrant Inclusion (ACNMI)",
                  ["Cities on the front line: 12 member cities", "Municipal services and hosting",
                   "Local inclusion practices", "What cities need from states and donors", "Recommendations"])
    annex = make_docx(["ACNMI Joint Voluntary GCM Review Report 2021 - Annex", "City profiles",
                       "Irbid", "Sfax", "Tripoli", "Nador", "Mosul", "Zarqa", "Sousse", "Saida"])
    a = alt(text, "000000000000e4b71a05ba7d2c98", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M12_FILES[0]), attach(DOCX, annex, M12_FILES[1])],
                 "000000000000e4b71c05ba7d2c9a")
    m = mk(when, sent_at(when, 1, 10), "mail-ed1-f47.google.example.com", "192.0.2.47", "4DVm8Qr15Dz6",
           "Yasmine Jaber <y.jaber@acnmi.example.org>", "Re: " + M06_SUBJ,
           "<CAJ7wLm5Ty8nV2pR+e3Kd6Hx9sC1fBg4jW7@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", sec_id), ("References", M06_ID + " " + sec_id)])
    add(12, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=M12_FILES, thread_of=H % 6,
        notes="the network's joint report, sent as a reply to the secretariat's answer to its questions (References "
              "name h301-06): thread_of points to the question that opened the exchange. Two files make up the "
              "report (the PDF and its annex of city profiles, 'part of the report'). 'The network itself will "
              "not propose a speaker' and member cities that 'will write to you directly': no speaker. The quoted "
              "answer repeats roles and deadlines. Gmail (Google Workspace), Date in UTC+1."))


# ================================================================ 13  AR  both  Saadnayel (Bekaa): report + the mayor in the plenary, Lebanese dialect
M13_REPORT = "تقرير بلدية سعدنايل الطوعي - الاتفاق العالمي للهجرة.pdf"
M13_PHOTO = "IMG_20210201_114502.jpg"


def m13():
    when = at("2021-02-04 13:40:22")
    subj = "تقرير بلدية سعدنايل + طلب مداخلة لرئيس البلدية"
    text = """مرحبا،

معكن جنى الديراني من بلدية سعدنايل (البقاع). مرفق التقرير الطوعي تبع البلدية عن وضع النازحين السوريين والعمال الأجانب بالبلدة، حضّرناه مع لجنة الشؤون الاجتماعية بالمجلس البلدي ووافق عليه المجلس بجلسة 28 كانون التاني.

وكمان حابين نطلب إنو رئيس البلدية، الأستاذ حسين علي شحادة، يكون إلو مداخلة بالجلسة العامة يوم 24 أو 25 شباط، لأنو عنا بسعدنايل أكتر من 30 مخيم غير رسمي وعدد السوريين صار أكبر من عدد أهل البلدة، والريّس عندو كتير شغلات بدو يحكيها عن الضغط عالبنى التحتية والنفايات والمي.

بعتنالكن كمان صورة من زيارة الريّس لأحد المخيمات الأسبوع الماضي، إذا حابين تستعملوها.

إذا في أي استمارة لازم نعبّيها خبرونا.

شكراً كتير
جنى الديراني
مسؤولة الإعلام والعلاقات العامة
بلدية سعدنايل - قضاء زحلة
"""
    pdf = rep_pdf("Voluntary GCM review report - Saadnayel Municipality", "Bekaa, Lebanon",
                  ["Displaced Syrians and migrant workers in Saadnayel", "More than 30 informal settlements",
                   "Infrastructure, waste and water", "Social cohesion", "Recommendations"])
    photo = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + make_png(32, 24, (150, 140, 120)) + b"\xff\xd9"
    a = alt(text, "000000000000a93d5e05ba8f1c47", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M13_REPORT), attach("image/jpeg", photo, M13_PHOTO)],
                 "000000000000a93d6005ba8f1c49")
    m = mk(when, sent_at(when, 2, 7), "mail-wm1-f54.google.example.com", "192.0.2.154", "4DWr2Gk08Hz5",
           addr("بلدية سعدنايل", "baladiyat.saadnayel@gmail.example.com"), hdr(subj),
           "<CAM9dKp4Xw7Lq1nR+f6Tb3Vz8sH2gJe5cY0@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حسين علي شحادة", "رئيس البلدية", "بلدية سعدنايل", ["plenary"])],
        report_attachments=[M13_REPORT],
        notes="both, on time (4 February), in Lebanese dialect: the municipality's report (Arabic PDF name, RFC 2231 "
              "+ RFC 2047) and the mayor for the plenary ('مداخلة بالجلسة العامة يوم 24 أو 25'); 'الأستاذ' "
              "dropped; title 'رئيس البلدية' (later 'الريّس'); the phone photo of the mayor's visit is not part of "
              "the report. The media officer who writes is not a speaker; 28 January (council session) and 30 "
              "settlements are not event data. Gmail, base64."))


# ================================================================ 14  EN  speaker  Basra Governorate: two nominees, a mistyped Cc
M14_ID = "<DB9PR05MB8461F2C7A3E9D015@DB9PR05MB8461.eurprd05.prod.outlook.example.com>"
M14_SUBJ = "Nomination of Basra Governorate representatives - GCM Regional Review"
M14_QID = "4DWy6Ns52Bz1"
M14_BADCC = "zainab.alasdi@basra-gov.example.iq"
M14_LETTER = "كتاب الترشيح - محافظة البصرة.pdf"


def m14():
    when = at("2021-02-04 18:22:10")
    text = """Republic of Iraq
Basra Governorate
Office of the Governor - International Relations Section

No.: 4/1187
Date: 4/2/2021

To: The Secretariat of the Regional Review of the Global Compact for Safe, Orderly and Regular Migration - Arab Region

Subject: Nomination of representatives

Greetings,

With reference to your invitation, the Governor of Basra is pleased to nominate the following representatives of Basra Governorate:

1. Ms. Zainab Kadhim Al-Asadi, Director of the Displacement and Migration Affairs Department, to serve as rapporteur delivering the stakeholders' key messages;

2. Mr. Haidar Jabbar Al-Maliki, Advisor to the Governor for Civil Society and Returnees Affairs, for a floor intervention in Roundtable 1.

Ms. Al-Asadi is copied on this email. The signed Arabic original of this letter is attached.

Please accept our highest consideration.

Ali Raad Al-Tamimi
Head of International Relations Section
Office of the Governor, Basra Governorate

DISCLAIMER: This e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error, please notify the sender and delete it.
"""
    letter = make_pdf(["Republic of Iraq - Basra Governorate - Office of the Governor", "No. 4/1187 - 4/2/2021",
                       "Nomination of representatives (Arabic original, signed)"])
    a = alt(text, "_000_DB9PR05MB8461F2C7A3E9D015_", html=outlook_html(text, lang="EN-US"))
    body = multi("mixed", [a, attach("application/pdf", letter, M14_LETTER)], "_004_DB9PR05MB8461F2C7A3E9D015_")
    m = mk(when, sent_at(when, 3, 9), "mail-db9eur05on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", M14_QID, '"Basra Governorate - International Relations" <intl.relations@basra-gov.example.iq>',
           M14_SUBJ, M14_ID, body, cc="Zainab Al-Asadi <%s>" % M14_BADCC,
           extra=outlook(M14_SUBJ, "AdcAe2Wr4Ty6Ui8Op0As2Df4Gh6Jk8==", lang="en-US", has_attach="yes"))
    bg = "Basra Governorate"
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Zainab Kadhim Al-Asadi", "Director of the Displacement and Migration Affairs Department", bg, ["rapporteur"]),
        sp("Haidar Jabbar Al-Maliki", "Advisor to the Governor for Civil Society and Returnees Affairs", bg,
           ["roundtable"], 1)],
        notes="an Iraqi governorate's letter in English (No./Date in d/m/y, 'Subject:'), two nominees in a numbered "
              "list with different roles ('to serve as rapporteur delivering the stakeholders' key messages', "
              "'Roundtable 1'); 'Ms.'/'Mr.' dropped; the Governor (unnamed) and the signing head of section are not "
              "speakers; the attached PDF is the Arabic original of the letter, not a report. The Cc address is "
              "mistyped and the copy of our acknowledgement bounces (h301-15). Outlook with a disclaimer, UTC+3."))


# ================================================================ 15  EN  bounce  the Cc copy of our acknowledgement of 14: user unknown
def m15():
    when = at("2021-02-04 18:22:49")
    diag = ("host mail.basra-gov.example.iq[203.0.113.44] said: 550 5.1.1\n    <%s>: Recipient address rejected: "
            "User unknown in virtual mailbox\n    table (in reply to RCPT TO command)" % M14_BADCC)
    text = POSTFIX_NOTICE + "\n<%s>: %s\n" % (M14_BADCC, diag)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DWy7Kp31Gz4\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mail.basra-gov.example.iq\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected:\n"
           "    User unknown in virtual mailbox table\n"
           % (rfcdate(when - dt.timedelta(seconds=8), "EET"), M14_BADCC, M14_BADCC, M14_BADCC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: \"Basra Governorate - International Relations\" <intl.relations@basra-gov.example.iq>\n"
            "Cc: Zainab Al-Asadi <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M14_BADCC, M14_SUBJ, rfcdate(when - dt.timedelta(seconds=10)), ack_mid(M14_QID),
                                  M14_ID, M14_ID))
    body = dsn_report(text, dsn, hdrs, "4DWy8Lr72Mz0.1612455769/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWy8Lr72Mz0; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210204162249.4DWy8Lr72Mz0@mx1.iom.int>")]
    add(15, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.1, user unknown at the governorate's server: 'alasdi' for 'alasadi') for the copy of "
              "our acknowledgement of h301-14 sent to its mistyped Cc; the returned headers carry h301-14's "
              "'Nomination of ... representatives' subject. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 16  FR  speaker  Gafsa: the mayor's chief of staff at 23:41 on the speaker deadline
def m16():
    when = at("2021-02-05 23:41:18")
    subj = "Demande d'intervention de Monsieur le Maire de Gafsa – séance plénière"
    text = """Madame, Monsieur,

Je me permets de vous écrire à une heure tardive, au nom de Monsieur le Maire de Gafsa, qui rentre ce soir d'une réunion à Tunis et tenait à ce que sa demande vous parvienne avant l'échéance.

Monsieur le Maire souhaiterait prendre la parole lors d'une séance plénière, le 24 ou le 25 février, pour présenter l'expérience de la commune face au départ des jeunes du bassin minier vers l'Europe et vers la Libye, ainsi que la cellule d'écoute des familles de migrants disparus ouverte par la municipalité en 2019.

Pour le programme, voici ses coordonnées complètes :
M. Mongi Khelifi
Maire de Gafsa
Municipalité de Gafsa

Je reste joignable ce week-end au +216 98 000 000.

Avec mes remerciements et mes salutations distinguées,

Walid Mansouri
Chef de cabinet du Maire
Municipalité de Gafsa
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 4), "mail.commune-gafsa.example.tn", "197.0.0.116", "4DXc3Vt97Rz2",
           "Walid Mansouri <cabinet.maire@commune-gafsa.example.tn>", hdr(subj, enc="Q"),
           "<3b8f0c27-9e41-4a6d-b5c2-71f8e0d4a963@commune-gafsa.example.tn>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mongi Khelifi", "Maire de Gafsa", "Municipalité de Gafsa", ["plenary"])],
        notes="deadline edge: received 23:41 Beirut time on Friday 5 February (Date 22:41 +0100, Tunis): on time. "
              "The chief of staff writes for 'Monsieur le Maire' (named only in the block 'voici ses coordonnées "
              "complètes', 'M.' dropped; title 'Maire de Gafsa'); 'prendre la parole lors d'une séance plénière' = "
              "plenary; the sender is not a speaker; 2019 is history. Thunderbird, format=flowed, 8bit."))


# ================================================================ 17  AR  speaker  Maghnia (Algeria): 23:20 its time = 00:20 in Beirut, late
def m17():
    when = at("2021-02-06 00:20:40")
    subj = "طلب مشاركة بلدية مغنية في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """السلام عليكم،

نرسل إليكم في ما يلي نص مراسلة السيد رئيس المجلس الشعبي البلدي لبلدية مغنية، قبل انتهاء الآجال المحددة، والنسخة الممضاة مرفقة بصيغة PDF.

الجمهورية الجزائرية الديمقراطية الشعبية
ولاية تلمسان - دائرة مغنية
بلدية مغنية
المجلس الشعبي البلدي
رقم: 147/م.ش.ب/2021

إلى السادة: أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية

الموضوع: طلب مشاركة

يشرفني أن أعلمكم أن بلدية مغنية، بحكم موقعها الحدودي واستقبالها لأعداد متزايدة من المهاجرين القادمين من دول الساحل، ترغب في المساهمة في أشغال الاستعراض الإقليمي، وعليه نقترح السيدة فتيحة بوزيان، نائب رئيس المجلس الشعبي البلدي المكلفة بالشؤون الاجتماعية والتضامن، للتدخل في إحدى الموائد المستديرة المواضيعية، ويفضل أن تكون المائدة الرابعة.

تقبلوا منا فائق التقدير والاحترام.

عن رئيس المجلس الشعبي البلدي
الأمين العام للبلدية
محمد الأمين قادري
"""
    letter = make_pdf(["Republique Algerienne Democratique et Populaire", "Wilaya de Tlemcen - Commune de Maghnia",
                       "APC - N 147/2021", "Objet : demande de participation", "(signature et cachet)"])
    a = alt(text, "0000000000005c2e8b05baa3f716", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", letter, "مراسلة رئيس المجلس الشعبي البلدي - مغنية.pdf")],
                 "0000000000005c2e8d05baa3f718")
    m = mk(when, sent_at(when, 1, 4), "mail-wr1-f68.google.example.com", "192.0.2.68", "4DXd0Fb26Qz8",
           addr("بلدية مغنية", "apc.maghnia.sg@gmail.example.com"), hdr(subj),
           "<CAL2xPw9Rk4Tn7mV+g1Qc8Hz5sB3dKe6jF0@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فتيحة بوزيان", "نائب رئيس المجلس الشعبي البلدي المكلفة بالشؤون الاجتماعية والتضامن", "بلدية مغنية",
           ["roundtable"], 4)],
        notes="late by 21 minutes: Date 'Fri, 5 Feb 2021 23:20:36 +0100' (Algeria) = 00:20 on Saturday 6 February "
              "in Beirut, although the sender writes 'قبل انتهاء الآجال'. An Algerian APC letter pasted in the "
              "body (letterhead, 'رقم:', 'الموضوع:'), its signed copy attached (not a report); 'السيدة' dropped; "
              "title with 'المكلفة ب...'; 'المائدة الرابعة' = roundtable 4; the President of the APC and the "
              "Secretary-General who signs for him are not speakers. Gmail, base64."))


# ================================================================ 18  EN  other  the Mafraq councillor's thank-you to our acknowledgement of 09
def m18():
    when = at("2021-02-08 10:12:06")
    ack = ack_mid(M09_QID)
    quoted = ack_text("en", M09_SUBJ, "your request for a speaking role")
    text = """Thank you so much for confirming, and sorry for the slow reply - it has been a busy week at the council. I'll wait to hear from you about the programme.

Best,
Hanan

Sent from my iPhone

> On 29 Jan 2021, at 7:34 PM, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
""" + gt(quoted) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 5), "mail-pj1-f41.google.example.com", "192.0.2.141", "4DZn1Hx58Tz3",
           "Hanan Al-Masri <hanan.almasri.mafraq@gmail.example.com>",
           "Re: Acknowledgement of receipt - " + M09_SUBJ,
           "<6E1B9A42-C7D3-4F58-9A20-3B4D5E6F7A81@gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M09_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(18, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 9,
        notes="iPhone thank-you answering our acknowledgement of h301-09 (References name h301-09) ten days later: "
              "adds nothing new, so no acknowledgement; the quoted acknowledgement repeats 'request for a speaking "
              "role'. Plain text quoted-printable, Date in UTC+2."))


# ================================================================ 19  FR  other  a Lebanese mayor's secretary declines (no speaker), a contribution announced
def m19():
    when = at("2021-02-09 11:05:33")
    subj = "Invitation – Examen régional du Pacte mondial pour les migrations"
    text = """Madame, Monsieur,

Monsieur le Maire a bien reçu votre aimable invitation à l'Examen régional du Pacte mondial pour les migrations et vous en remercie vivement.

Il regrette de ne pouvoir participer à la conférence des 24 et 25 février, le Conseil municipal tenant sa session budgétaire aux mêmes dates ; pour la même raison, la municipalité ne proposera pas d'intervenant.

La municipalité vous fera toutefois parvenir, d'ici le 16 février, une courte contribution écrite sur l'accompagnement des travailleuses domestiques migrantes résidant à Jbeil, en lien avec les associations locales.

Monsieur le Maire vous prie d'agréer, Madame, Monsieur, l'expression de ses sentiments les meilleurs.

Pour le Maire,
Nada Karam Sfeir
Secrétaire de Monsieur le Maire
Municipalité de Jbeil-Byblos
Tél. : +961 9 000 000
"""
    cid = "image001.png@01D6FEC2.5B7A1C30"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (160, 120, 40))], "_004_PAXPR08MB6894D3B1E7A2C560_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_PAXPR08MB6894D3B1E7A2C560_")
    m = mk(when, sent_at(when, 2, 9), "mail-pax08on0647.outbound.protection.outlook.example.com", "198.51.100.147",
           "4F0Hq62Xkz5", "Secretariat du Maire - Jbeil <secretariat.maire@jbeil-byblos.example.gov.lb>",
           hdr(subj, enc="Q"), "<PAXPR08MB6894D3B1E7A2C560@PAXPR08MB6894.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcE7Hn1Jk3Lm5Np7Qr9St1Uv3Wx5Y==", lang="fr-FR"))
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a mayor's secretary declines: the mayor will not attend and 'la municipalité ne proposera pas "
              "d'intervenant' (speaking named only to refuse); a written contribution is only announced for 16 "
              "February, nothing is attached. A person's message, so acknowledged. 'Pour le Maire' signature; "
              "Outlook with a logo in a related part; Lebanese French."))


# ================================================================ 20  EN  both  Kassala Locality: report on time, speaker part late (11 February)
M20_REPORT = "Kassala Locality - Voluntary GCM Review Report (Feb 2021).pdf"


def m20():
    when = at("2021-02-11 09:44:20")
    subj = "Kassala Locality - voluntary GCM review report and a speaker"
    text = """Dear Sir/Madam,

Greetings from Kassala.

On behalf of the Executive Director of Kassala Locality, I am sending you the voluntary GCM review report of the locality (attached, PDF). It covers the reception of people arriving from Eritrea and Ethiopia since November 2020, the pressure on water, health and schools in the town, and the work of the locality with the camps' committees and the State Ministry of Social Development.

We would also like to propose Ms. Amna Osman Idris, Head of the Social Welfare and Humanitarian Affairs Unit, Kassala Locality, to speak in the second roundtable.

Sorry for the delay in writing to you, the internet has been very weak in the past weeks.

With best regards,

Mohamed Adam Hamid
Planning and Development Officer
Office of the Executive Director, Kassala Locality
Kassala State, Sudan
"""
    pdf = rep_pdf("Voluntary GCM review report", "Kassala Locality, Kassala State, Sudan",
                  ["Arrivals from Eritrea and Ethiopia since November 2020", "Water, health and schools",
                   "Working with the camps' committees", "Recommendations"])
    a = alt(text, "----=_Part_2204917_1593260811.1613029460187", html=yahoo_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_REPORT)], "----=_Part_2204916_448129375.1613029460186")
    m = mk(when, sent_at(when, 2, 7), "sonic307-8.consmr.mail.bf2.yahoo.example.com", "198.51.100.207", "4F1Tb27Gmz9",
           "Mohamed Adam Hamid <m.adamhamid.kassala@yahoo.example.com>", subj,
           "<1613029460187.2204918@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(20, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Amna Osman Idris", "Head of the Social Welfare and Humanitarian Affairs Unit", "Kassala Locality",
           ["roundtable"], 2)],
        report_attachments=[M20_REPORT],
        notes="both on 11 February: the report is on time but the speaker part is late and the sender does not say "
              "so ('Sorry for the delay' is about writing at all), so on_time false. 'Ms.' dropped; title and "
              "affiliation in apposition ('..., Head of ... Unit, Kassala Locality'); 'the second roundtable' = 2; "
              "the Executive Director (unnamed) and the sender are not speakers; November 2020 is history. Yahoo, "
              "Date in UTC+2 (Sudan)."))


# ================================================================ 21  AR  report  Nineveh Governorate: report PDF + the governor's letter as a scan
M21_ID = "<CAB5nTq8Wx2Lr6mK+h9Pd3Vc7sF1gJe4zY0@mail.gmail.example.com>"
M21_SUBJ = "التقرير الطوعي لمحافظة نينوى - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M21_REPORT = "التقرير الطوعي لمحافظة نينوى 2021.pdf"
M21_SCAN = "كتاب المحافظ.jpg"
M21_TEXT = """جمهورية العراق
محافظة نينوى
مكتب المحافظ / قسم شؤون المواطنين والمنظمات
العدد: م ن/3318
التاريخ: 14/2/2021

إلى/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية
م/ التقرير الطوعي

تحية طيبة...

إشارة إلى دعوتكم للمشاركة في الاستعراض الإقليمي، نرفق لكم طياً التقرير الطوعي لمحافظة نينوى، والذي يتناول أوضاع النازحين العائدين إلى الموصل وقضاء سنجار وسهل نينوى بعد عام 2017، والعراقيين العائدين من تركيا وأوروبا، ودور الإدارات المحلية في إعادة الإعمار وإصدار الوثائق المدنية.

المرفقات:
- التقرير الطوعي (PDF)
- صورة كتاب السيد المحافظ بالموافقة على التقرير

مع التقدير.

زياد طارق الحمداني
مدير قسم شؤون المواطنين والمنظمات
مكتب محافظ نينوى
"""


def m21():
    when = at("2021-02-15 10:30:12")
    pdf = rep_pdf("Voluntary GCM review report - Nineveh Governorate", "Office of the Governor, Nineveh, Iraq",
                  ["Returns to Mosul, Sinjar and the Nineveh Plains since 2017", "Iraqis returning from Turkey and Europe",
                   "Local administrations, reconstruction and civil documents", "Recommendations"])
    scan = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + make_png(60, 80, (235, 235, 230)) + b"\xff\xd9"
    a = alt(M21_TEXT, "000000000000d17f3a05bb5e8c21", html=gmail_html(M21_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_REPORT), attach("image/jpeg", scan, M21_SCAN)],
                 "000000000000d17f3c05bb5e8c23")
    m = mk(when, sent_at(when, 3, 8), "mail-lf1-f52.google.example.com", "192.0.2.152", "4F5Pc81Wnz4",
           addr("زياد الحمداني", "ninawa.gov.citizens@gmail.example.com"), hdr(M21_SUBJ), M21_ID, body)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_REPORT],
        notes="an Iraqi governorate's letter ('العدد', 'إلى/', 'م/' for the subject, 'نرفق لكم طياً', 'المرفقات:') "
              "with two attachments with Arabic names (RFC 2231 + RFC 2047): the PDF is the report, the JPEG scan "
              "of the governor's approval letter is not. 2017 and 14/2/2021 are not event data. Gmail, base64, "
              "Date in UTC+3. The sender asks two days later whether it arrived (h301-23)."))


# ================================================================ 22  FR  report  Nador: 22:50 its time on the report deadline (23:50 in Beirut)
M22_REPORT = "Rapport volontaire – Commune de Nador (version finale).pdf"
M22_LETTER = "Lettre de transmission signée.pdf"


def m22():
    when = at("2021-02-16 23:50:44")
    subj = "Commune de Nador – Rapport volontaire (Examen régional du Pacte mondial)"
    text = """Madame, Monsieur,

D'ordre de Monsieur le Président du Conseil communal de Nador, j'ai l'honneur de vous transmettre le rapport volontaire de la Commune de Nador, accompagné de la lettre de transmission signée.

Le rapport rend compte de l'action de la commune auprès des migrants en situation de vulnérabilité présents dans la ville et dans les forêts environnantes, de l'accès aux soins au centre de santé municipal et des actions menées avec les associations de la société civile depuis 2016.

Nous nous excusons de vous l'adresser si tard : la dernière version n'a été validée qu'en fin d'après-midi. Nous espérons qu'il vous parviendra bien avant minuit.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Leïla Azzouzi
Chargée de mission auprès du Président du Conseil communal
Commune de Nador
"""
    pdf = rep_pdf("Rapport volontaire - Commune de Nador", "Examen regional du Pacte mondial pour les migrations",
                  ["Les migrants en situation de vulnerabilite a Nador", "Acces aux soins au centre de sante municipal",
                   "Actions avec la societe civile depuis 2016", "Recommandations"])
    letter = make_pdf(["ROYAUME DU MAROC - COMMUNE DE NADOR", "Le President du Conseil communal",
                       "Objet : transmission du rapport volontaire", "(signature et cachet)"])
    a = alt(text, "_000_MR2P264MB0521A8D3C6E1F947_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", letter, M22_LETTER), attach("application/pdf", pdf, M22_REPORT)],
                 "_004_MR2P264MB0521A8D3C6E1F947_")
    m = mk(when, sent_at(when, 1, 4), "mail-mr2fra01on0620.outbound.protection.outlook.example.com",
           "198.51.100.120", "4F6Wz40Jkz7", addr("Leïla Azzouzi", "l.azzouzi@commune-nador.example.ma", enc="Q"),
           hdr(subj, enc="Q"), "<MR2P264MB0521A8D3C6E1F947@MR2P264MB0521.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcEqZ4Xc6Vb8Nm0Qw2Er4Ty6Ui8Op==", lang="fr-FR", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_REPORT],
        notes="deadline edge: received 23:50 Beirut time on Tuesday 16 February (Date 22:50 +0100, Morocco): on "
              "time; 'avant minuit' is the sender's own midnight. Two PDFs: the signed transmission letter (first) "
              "is not the report; the report's name has an en dash and brackets (RFC 2231 + RFC 2047). 'D'ordre de Monsieur le Président' names nobody to speak; 2016 is history. "
              "Outlook, accented sender name."))


# ================================================================ 23  AR  other  Nineveh asks whether its report arrived (reply to its own message)
def m23():
    when = at("2021-02-17 09:30:05")
    subj = "Re: " + M21_SUBJ
    text = """السلام عليكم

نرجو التفضل بتأكيد استلام التقرير الطوعي لمحافظة نينوى المرسل بتاريخ 15 شباط، حيث لم يصلنا أي إشعار بالاستلام، وقد يكون الإشعار ذهب إلى البريد غير المرغوب فيه. وفي حال عدم وصوله نعيد إرساله فوراً.

مع التقدير
زياد الحمداني

في الاثنين، 15 فبراير 2021 في 11:30 ص، كتب زياد الحمداني <ninawa.gov.citizens@gmail.example.com>:

""" + gt(M21_TEXT) + "\n"
    a = alt(text, "000000000000f62c1e05bb7a4d93", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-lf1-f49.google.example.com", "192.0.2.149", "4F7Dk15Mrz2",
           addr("زياد الحمداني", "ninawa.gov.citizens@gmail.example.com"), re_hdr("Re: ", M21_SUBJ),
           "<CAB5nTq1Kx7Wm3pR+j2Hd8Vc4sG6fLe9zQ5@mail.gmail.example.com>", a,
           extra=[("In-Reply-To", M21_ID), ("References", M21_ID)])
    add(23, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 21,
        notes="'did you receive it?' follow-up as a Gmail reply to the sender's own h301-21 (In-Reply-To), quoting "
              "the whole letter with its 'المرفقات:' list but attaching nothing: a question, not a new submission, "
              "so other (acknowledged, it asks for an answer), thread_of h301-21; received after the report "
              "deadline but other has no deadline. Gmail, base64, Date in UTC+3."))


# ================================================================ 24  EN  report  Mosul mayor's office: report two days late
M24_REPORT = "Mosul Municipality - GCM Voluntary Review Report.docx"


def m24():
    when = at("2021-02-18 14:12:09")
    subj = "Mosul Municipality voluntary GCM review report (late submission)"
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of Mosul Municipality, on behalf of the Mayor.

We are aware that the deadline was 16 February and we sincerely apologise. The municipal council asked for additional data on returnees to the Old City before approving the text, and we received its approval only yesterday. We would be grateful if the report could still be taken into account.

The report covers the return of displaced families to the Old City and West Mosul, housing, land and property records destroyed during the conflict, and the municipality's work with returnees from the camps and from abroad.

We understand that the list of speakers is closed and we are not requesting a speaking role.

Kind regards,

Rand Basil Younis
Assistant to the Mayor for International Cooperation
Office of the Mayor, Mosul Municipality
Nineveh, Iraq

This message is intended only for the use of the addressee. If you are not the intended recipient, please delete it and notify the sender.
"""
    doc = make_docx(["Mosul Municipality - Office of the Mayor", "Voluntary GCM review report - February 2021",
                     "1. Return to the Old City and West Mosul", "2. Housing, land and property records",
                     "3. Returnees from the camps and from abroad", "4. Recommendations"])
    cid = "image001.png@01D70600.3C5E7A90"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (30, 60, 120))], "_004_VI1PR03MB4127E5C2A9D7B318_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR03MB4127E5C2A9D7B318_")
    body = multi("mixed", [a, attach(DOCX, doc, M24_REPORT)], "_005_VI1PR03MB4127E5C2A9D7B318_")
    m = mk(when, sent_at(when, 3, 9), "mail-vi1eur03on0633.outbound.protection.outlook.example.com",
           "198.51.100.133", "4F8Gq72Bsz6", "Rand Basil Younis <r.younis@mosul-municipality.example.iq>", subj,
           "<VI1PR03MB4127E5C2A9D7B318@VI1PR03MB4127.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcGf8Jk0Lm2Np4Qr6St8Uv0Wx2Yz==", lang="en-US", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M24_REPORT],
        notes="late report (18 February, two days after the report deadline, the sender says so): on_time false, "
              "still acknowledged. 'we are not requesting a speaking role' mentions speaking only to decline; the "
              "Mayor (unnamed) is not a speaker; the inline signature logo is not part of the report. Outlook with "
              "a disclaimer, Date in UTC+3."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
