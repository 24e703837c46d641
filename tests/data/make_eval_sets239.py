#!/usr/bin/env python3
"""Write the blind evaluation set holdout239 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets239.py
Theme: legal aid and human-rights defenders (20 January - 19 February 2021).  The Bâtonnier of Tangier's bar
writing a numbered letter with footnotes, a reference and a signed PDF copy (and his secretariat's thank-you), the
Aden branch of the Yemeni bar with a Hijri date and 'المرجع', a law firm's paralegal in Amman asking for a speaking
role for her senior partner (whose mistyped Cc address bounces our acknowledgement), a Lebanese statelessness
campaign's HTML table with a speaker who withholds her family name (and its legal adviser's Arabic out-of-office),
university legal clinics in Irbid and Sousse, anti-trafficking groups in Manama, Monastir (a 'TR: TR:' chain),
Nouakchott and Cairo, a detention-monitoring network sending a report with a cover letter and annexes in several
files and the last annex the next day, a Libyan detention observatory, volunteer legal advisers in Kuwait
writing at the last minute, a Paris lawyer and a Basra legal-aid society writing late (one trusting the Arabic
letter's misprinted date), defenders in exile asking about reprisals, a Moroccan lawyer asking about his client's
testimony, and young lawyers asking for attendance certificates.  Formal legal titles (Me, Bâtonnier, avocate au
barreau de ..., المحامي، نقيب المحامين، مستشار قانوني، ذ.), long legal-style letters, footnotes and
confidentiality disclaimers under signatures.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(239)
add = SET.add
H = "h239-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3608.120.23.2.4)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3953)"
OUTLOOK_MAC = "Microsoft Outlook 16.45 (Macintosh)"


def android_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div%s>%s</div></body></html>\n' % (d, inner))


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp91c3e0d7yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>\n' % inner)


def proton_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>\n' % inner)


def outlook_cs(text, charset, lang="EN-US", img_cid=None, rtl=False):
    return outlook_html(text, lang=lang, img_cid=img_cid, rtl=rtl).replace("charset=utf-8", "charset=" + charset)


def ooo_rows(when, host, ip, qid, sender, mid, subject, orig_id, ack, delay, extra):
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid, ret="",
                    extra=extra)
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack)]


# ================================================================ 01  EN  other  Irbid legal clinic: questions on confidentiality, joint reports, students
def m01():
    when = at("2021-01-21 10:14:37")
    subj = "Query from a university legal clinic - confidentiality of case material in voluntary reports"
    text = """Dear colleagues at the GCM Regional Review secretariat,

I hope this finds you well. I supervise the Migrant Workers' Legal Clinic at the Faculty of Law of Ibn Rushd University in Irbid. A colleague forwarded us the invitation letter last week and our students have been discussing it ever since.

Before we decide how to take part, I would be grateful for your guidance on three points:

1. Our clinic advises around 150 migrant domestic and agricultural workers a year. If we prepare a voluntary GCM review report, may we include anonymised case summaries? Our student advisers and supervising lawyers are bound by professional confidentiality, so we need to know who will have access to the reports and whether they will be posted online.

2. Can a report be submitted jointly with another clinic (we are in discussion with a clinic in Zarqa), or should each institution submit separately?

3. Three of our final-year students have asked whether they could attend the consultation on 23 February as observers, or even take the floor. Is there a separate registration for students?

We would rather get this right than rush it, so any indication before the end of the month would help us plan.

With thanks and best regards,

Dr. Dima Obeidat
Assistant Professor of Labour Law
Supervisor, Migrant Workers' Legal Clinic
Faculty of Law, Ibn Rushd University - Irbid, Jordan
"""
    body = alt(text, "000000000000e4a91c05b96a7d15", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DLq3Hn7WbzK",
           "Dima Obeidat <dima.obeidat.law@gmail.example.com>", subj,
           "<CAMx4bR7tW1qN9vK+e2Pz6Lc3dH8sYf5gA0@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a clinic supervisor's questions (anonymised case summaries and confidentiality, joint report with "
              "another clinic, students attending or taking the floor) a month before the deadlines: the text is "
              "full of 'voluntary GCM review report', 'take the floor', 'consultation on 23 February', but nothing "
              "is submitted and nobody is proposed (the students are unnamed). The signer's title block ('Dr.', "
              "clinic, faculty) is not a speaker."))


# ================================================================ 02  FR  speaker  Bâtonnier of Tangier: numbered letter with footnotes + signed PDF copy
M02_ID = "<DB9PR08MB6715E3A2C18F4B07@DB9PR08MB6715.eurprd08.prod.outlook.example.com>"
M02_SUBJ = ("Réf. 041/B/2021 – Examen régional du Pacte mondial – Désignation d'intervenants par le Barreau de "
            "Tanger")
M02_QID = "4DPa7Kc2RtzM"
M02_PDF = "Lettre Batonnier 041-B-2021 signee.pdf"
DISCL_TANGER = """AVERTISSEMENT : Ce courriel et ses pièces jointes sont strictement confidentiels et peuvent être couverts par le secret professionnel de l'avocat. Ils sont destinés exclusivement à leur(s) destinataire(s). Si vous l'avez reçu par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation, diffusion ou reproduction non autorisée est interdite.
تنبيه: هذه الرسالة وما يرفق بها سرية وموجهة حصراً إلى المرسل إليه. إذا وصلتكم عن طريق الخطأ، يرجى إشعار المرسل وإتلافها."""


def m02():
    when = at("2021-01-25 11:32:48")
    text = """Royaume du Maroc
Ordre des Avocats de Tanger
Le Bâtonnier

Tanger, le 25 janvier 2021
N/Réf. : 041/B/2021

À l'attention du Secrétariat de l'examen régional du Pacte mondial sur les migrations – États arabes

Objet : désignation d'intervenants – Consultation multipartite et Conférence d'examen régional (23-25 février 2021)

Madame, Monsieur,

J'ai l'honneur d'accuser réception de votre lettre d'invitation relative à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières[1], que le Conseil de l'Ordre a examinée lors de sa séance du 21 janvier 2021.

Situé au point de passage du détroit, le Barreau de Tanger est quotidiennement saisi de contentieux relatifs à l'entrée et au séjour des étrangers, aux reconduites à la frontière et aux maintiens en zone d'attente prévus par la loi n° 02-03[2], ainsi qu'aux poursuites engagées contre des migrants mineurs. Sa Commission des droits des migrants et des étrangers assure depuis 2014 une permanence d'aide juridictionnelle au tribunal de première instance de Tanger et au port de Tanger Med.

Le Conseil de l'Ordre a décidé de désigner les deux confrères suivants :

– Me Nawal El Harrak, avocate au barreau de Tanger, présidente de la Commission des droits des migrants et des étrangers, pour une intervention lors de la table ronde thématique n° 3, compte tenu de son expérience en matière de privation de liberté des étrangers[3] ;

– Me Youssef Akalay, avocat au barreau de Tanger, membre de la Commission, pour une intervention en séance plénière.

Les intéressés se tiennent à votre disposition pour toute information complémentaire ; le Secrétariat du Bâtonnier reste votre interlocuteur pour les aspects pratiques. Une copie signée de la présente est jointe.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Le Bâtonnier
Me Abdeslam Temsamani

________________________________
[1] Résolution 73/195 de l'Assemblée générale des Nations Unies, adoptée le 19 décembre 2018.
[2] Loi n° 02-03 relative à l'entrée et au séjour des étrangers au Royaume du Maroc, à l'émigration et l'immigration irrégulières, promulguée par le dahir n° 1-03-196 du 11 novembre 2003.
[3] Voir l'objectif 13 du Pacte : « Ne recourir à la détention administrative des migrants qu'en dernier ressort et chercher des solutions de rechange ».

--
Secrétariat du Bâtonnier
Ordre des Avocats de Tanger – هيئة المحامين بطنجة
Palais de Justice, Tanger
Tél. : +212 539 00 00 00

""" + DISCL_TANGER + "\n"
    pdf = make_pdf(["ORDRE DES AVOCATS DE TANGER - LE BATONNIER", "Tanger, le 25 janvier 2021",
                    "N/Ref. : 041/B/2021", "Objet : designation d'intervenants - Examen regional du Pacte mondial",
                    "Me Nawal El Harrak - table ronde thematique n. 3", "Me Youssef Akalay - seance pleniere",
                    "Le Batonnier, Me Abdeslam Temsamani (signature et cachet)"])
    cid = "image001.png@01D6F30A.2B7C4E90"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (110, 20, 30))], "_004_DB9PR08MB6715E3A2C18F4B07_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB9PR08MB6715E3A2C18F4B07_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M02_PDF)], "_005_DB9PR08MB6715E3A2C18F4B07_")
    m = mk(when, sent_at(when, 1, 9), "mail-db9eur08on0613.outbound.protection.outlook.example.com",
           "198.51.100.113", M02_QID,
           addr("Secrétariat du Bâtonnier - Barreau de Tanger", "secretariat.batonnier@barreau-tanger.example.ma"),
           hdr(M02_SUBJ, enc="Q"), M02_ID, body,
           extra=outlook(hdr(M02_SUBJ, enc="Q"), "AdbzC4Rw2Tq9Lm5Xv1Kp7Hs3Ne8Gf==", lang="fr-FR", has_attach="yes"))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nawal El Harrak",
           "avocate au barreau de Tanger, présidente de la Commission des droits des migrants et des étrangers",
           "Ordre des Avocats de Tanger", ["roundtable"], 3),
        sp("Youssef Akalay", "avocat au barreau de Tanger, membre de la Commission", "Ordre des Avocats de Tanger",
           ["plenary"])],
        notes="formal letter of the Bâtonnier (letterhead, 'N/Réf. : 041/B/2021', 'Objet', numbered footnotes [1]-[3]) "
              "sent by his secretariat: two lawyers on dash-led lines with 'Me' (honorific, dropped); each title is "
              "the professional qualification plus the commission post, as written; the affiliation is the bar "
              "('Ordre des Avocats de Tanger'); footnote numbers, 'loi n° 02-03', 'dahir n° 1-03-196', 'objectif 13' "
              "and 'Résolution 73/195' are not roundtables, only 'table ronde thématique n° 3' is. The Bâtonnier who "
              "signs is not a speaker. The attached PDF is a signed copy of the same letter, not a report. "
              "French + Arabic confidentiality disclaimer under the signature; Outlook with an inline logo; Date in "
              "UTC+1. Thanked in h239-03."))


# ================================================================ 03  FR  other  the Bâtonnier's secretariat thanks us for the acknowledgement of 02
def m03():
    when = at("2021-01-26 09:05:12")
    ack = ack_mid(M02_QID)
    text = """Madame, Monsieur,

Nous accusons bonne réception de votre message et vous en remercions. Monsieur le Bâtonnier en a été informé ; Me El Harrak et Me Akalay attendent vos indications sur le déroulement des sessions.

Bien cordialement,

Kaoutar Bakkali
Secrétariat du Bâtonnier
Ordre des Avocats de Tanger – هيئة المحامين بطنجة

""" + DISCL_TANGER + """

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : lundi 25 janvier 2021 11:33
À : Secrétariat du Bâtonnier - Barreau de Tanger <secretariat.batonnier@barreau-tanger.example.ma>
Objet : Accusé de réception - """ + M02_SUBJ + """

Madame, Monsieur,

Le secrétariat de l'examen régional vous remercie de votre message et confirme la réception de votre demande de prise de parole (2 intervenants). Le secrétariat reviendra vers vous au sujet du programme.

Examen régional du Pacte mondial sur les migrations – États arabes
"""
    subj = "RE: Accusé de réception - " + M02_SUBJ
    a = alt(text, "_000_DB9PR08MB6715F1C7A04D2B36_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 8), "mail-db9eur08on0613.outbound.protection.outlook.example.com",
           "198.51.100.113", "4DQ8Bv5MnczT",
           addr("Secrétariat du Bâtonnier - Barreau de Tanger", "secretariat.batonnier@barreau-tanger.example.ma"),
           hdr(subj, enc="Q"), "<DB9PR08MB6715F1C7A04D2B36@DB9PR08MB6715.eurprd08.prod.outlook.example.com>", a,
           extra=outlook(hdr(subj, enc="Q"), "AdbzC4Rw2Tq9Lm5Xv1Kp7Hs3Ne8GfAAB7xQ==", lang="fr-FR")
           + [("In-Reply-To", ack), ("References", M02_ID + " " + ack)])
    add(3, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 2,
        notes="Outlook 'RE:' to our acknowledgement of h239-02 (References name h239-02): a thank-you that adds "
              "nothing ('Nous accusons bonne réception ... et vous en remercions'), so no acknowledgement; it names "
              "both lawyers again with 'Me' and repeats the whole confidentiality disclaimer; the quoted "
              "acknowledgement says 'demande de prise de parole (2 intervenants)'."))


# ================================================================ 04  AR  speaker  Yemeni bar, Aden branch: Hijri date, reference, the نقيب proposes himself + a colleague
def m04():
    when = at("2021-01-28 13:47:05")
    subj = "طلب مشاركة نقابة المحامين اليمنيين - فرع عدن في الاستعراض الإقليمي"
    text = """بسم الله الرحمن الرحيم

الجمهورية اليمنية
نقابة المحامين اليمنيين – فرع عدن
مكتب النقيب

التاريخ: 15 جمادى الآخرة 1442هـ الموافق 28/1/2021م
المرجع: ن م ع/ 2021/ 17

الإخوة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية – المنطقة العربية     المحترمون
تحية طيبة وبعد،،،

الموضوع: طلب مشاركة نقابة المحامين – فرع عدن في الاستعراض الإقليمي

إشارة إلى دعوتكم الكريمة التي وصلتنا عن طريق مكتب منظمة الهجرة الدولية في عدن، نود إفادتكم بأن فرع النقابة يتابع منذ سنوات أوضاع المهاجرين القادمين من القرن الأفريقي الذين يصلون إلى سواحل لحج وأبين وشبوة، وما يتعرضون له من احتجاز تعسفي في ظروف غير إنسانية واستغلال على أيدي شبكات التهريب، وقد تولّى محامو الفرع الدفاع عن عشرات منهم أمام نيابات ومحاكم عدن ولحج خلال العامين 2019 و2020 دون مقابل.

وعليه، يتشرف الفرع بطلب ما يلي:
أولاً: أن يُتاح لنقيب المحامين – فرع عدن، الموقّع أدناه، إلقاء مداخلة في إحدى الجلسات العامة للمؤتمر يومي 24 و25 فبراير.
ثانياً: أن تشارك الأستاذة المحامية أروى عبدالله الشعيبي، رئيسة لجنة الحقوق والحريات بالفرع، بمداخلة في المائدة المستديرة المواضيعية الثانية.

شاكرين لكم حسن تعاونكم، ونرجو إفادتنا بما يلزم من ترتيبات.

وتقبلوا خالص التحية والتقدير،،،

المحامي/ عادل محسن الحوشبي
نقيب المحامين – فرع عدن
نقابة المحامين اليمنيين
خور مكسر – عدن – الجمهورية اليمنية
Adel Mohsen Al-Haushabi, Head of Aden Branch, Yemeni Bar Association
"""
    cs = "windows-1256"
    a = multi("alternative", [leaf("text/plain", text, cs, "quoted-printable"),
                              leaf("text/html", outlook_cs(text, cs, lang="AR-YE", rtl=True), cs, "quoted-printable")],
              "_000_AM0PR10MB2835C4E1F7A90B62_")
    m = mk(when, sent_at(when, 3, 12), "mail-am0eur10on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4DRm2Vy8KqzP", addr("نقابة المحامين - فرع عدن", "aden.bar.branch@outlook.example.com",
                                                  charset=cs),
           hdr(subj, charset=cs), "<AM0PR10MB2835C4E1F7A90B62@AM0PR10MB2835.EURPRD10.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj, charset=cs), "AdbfA9Ks3Wq7Rn1Lx5Tv8Hc2Mp4Ze==", lang="ar-SA"))
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عادل محسن الحوشبي", "نقيب المحامين – فرع عدن", "نقابة المحامين اليمنيين – فرع عدن", ["plenary"]),
        sp("أروى عبدالله الشعيبي", "رئيسة لجنة الحقوق والحريات", "نقابة المحامين اليمنيين – فرع عدن",
           ["roundtable"], 2)],
        notes="Yemeni formal letter (letterhead, Hijri date '15 جمادى الآخرة 1442هـ' beside 28/1/2021, 'المرجع: ن م ع/ "
              "2021/ 17', 'الموضوع'), Outlook in windows-1256 quoted-printable. Two speakers: the نقيب asks for a "
              "plenary intervention for himself ('لنقيب المحامين – فرع عدن، الموقّع أدناه'), so his name is only in "
              "the signature after 'المحامي/' (profession prefix, dropped); the second is in prose after 'الأستاذة "
              "المحامية' (honorifics, dropped), title without the trailing 'بالفرع'; affiliation is the branch as "
              "written in the letterhead. Reference numbers and 2019/2020 are not roundtables; 'الثانية' is. From "
              "display name is the branch; English signature line; Date in UTC+3."))


# ================================================================ 05  EN  speaker  law firm's paralegal asks for a role for her senior partner (Cc mistyped)
M05_ID = "<6F2A9C14-8E3B-4D57-A1C0-2B7E5D9F3A18@nimrsawalha.example.jo>"
M05_SUBJ = "Request for speaking role - Dr. Tareq Sawalha (Nimr & Sawalha) - GCM Regional Review"
M05_QID = "4DSf9Tn3XpzB"
M05_CC = "t.sawalha@nimrsawala.example.jo"


def m05():
    when = at("2021-01-29 16:20:33")
    text = """Dear Sir/Madam,

I am writing on behalf of Dr. Tareq Sawalha, Senior Partner and Head of the Pro Bono and Human Rights Practice at Nimr & Sawalha Attorneys at Law, who has asked me to submit the following request.

Dr. Sawalha would be honoured to deliver the stakeholders' key messages as rapporteur at the Regional Review Conference. Should the rapporteur role already be assigned, he would welcome the opportunity to make a floor intervention in Thematic Roundtable 2 instead.

By way of background, the firm's pro bono practice has since 2016 represented migrant workers in wage-theft and passport-confiscation cases before the labour courts in Amman and Aqaba, and Dr. Sawalha has advised on draft amendments to the regulations governing migrant domestic workers. His short biography can be provided on request.

Kindly direct any correspondence to Dr. Sawalha, copied here, with me in copy.

Thank you for your consideration.

Kind regards,

Rasha Mheidat
Paralegal | Pro Bono & Human Rights Practice
Nimr & Sawalha Attorneys at Law
Abdoun, 12 Al-Hijaz Street, Amman 11183, Jordan
T +962 6 500 0000 | www.nimrsawalha.example.jo

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be protected by legal professional privilege. If you are not the intended recipient, any use, disclosure or copying is prohibited; please notify the sender and delete this e-mail. Nimr & Sawalha Attorneys at Law does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. Nothing in this e-mail constitutes legal advice unless expressly stated.
"""
    a = alt(text, "B_3694782033_1908311647", html=outlook_html(text, lang="EN-GB"), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur05on0629.outbound.protection.outlook.example.com",
           "198.51.100.129", M05_QID, "Rasha Mheidat <r.mheidat@nimrsawalha.example.jo>", M05_SUBJ, M05_ID, a,
           cc="\"Dr. Tareq Sawalha\" <%s>, Pro Bono Practice <probono@nimrsawalha.example.jo>" % M05_CC,
           extra=[("Thread-Topic", M05_SUBJ), ("Thread-Index", "AQHW9kR2mXc4Lp7BvE1tY3nZ8aQkWg=="),
                  ("Content-Language", "en-GB"), ("User-Agent", OUTLOOK_MAC)])
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tareq Sawalha", "Senior Partner and Head of the Pro Bono and Human Rights Practice",
           "Nimr & Sawalha Attorneys at Law", ["rapporteur", "roundtable"], 2)],
        notes="sent by the law firm's paralegal for her senior partner (the sender and her signature are not the "
              "speaker); 'Dr.' dropped; title and firm in one phrase ('Senior Partner and Head of ... at Nimr & "
              "Sawalha Attorneys at Law'); rapporteur first, 'Thematic Roundtable 2 instead' as fallback: both roles, "
              "roundtable 2 (as earlier sets record a fallback). Long privilege notice under the signature; Outlook "
              "for Mac, base64 parts. The partner's Cc address is mistyped, so our acknowledgement bounces (h239-06)."))


# ================================================================ 06  EN  bounce  our acknowledgement of 05 to the partner's mistyped Cc domain
def m06():
    when = at("2021-01-29 16:21:09")
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name
    service error for name=nimrsawala.example.jo type=AAAA: Host not found
""" % M05_CC
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DSfB02YkvzR\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=nimrsawala.example.jo type=AAAA: Host not found\n"
           % (rfcdate(when - dt.timedelta(seconds=6), "EET"), M05_CC, M05_CC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Rasha Mheidat <r.mheidat@nimrsawalha.example.jo>\n"
            "Cc: \"Dr. Tareq Sawalha\" <%s>,\n Pro Bono Practice <probono@nimrsawalha.example.jo>\n"
            "Subject: Acknowledgement of receipt - Request for speaking role - Dr. Tareq Sawalha\n"
            " (Nimr & Sawalha) - GCM Regional Review\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M05_CC, rfcdate(when - dt.timedelta(seconds=9)), ack_mid(M05_QID), M05_ID,
                                  M05_ID))
    body = dsn_report(text, dsn, hdrs, "4DSfB3Lh6wzX.1611930069/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DSfB3Lh6wzX; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210129142109.4DSfB3Lh6wzX@mx1.iom.int>")]
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.4.4 (domain not found: 'nimrsawala' for 'nimrsawalha') for the copy of our "
              "acknowledgement of h239-05 sent to the partner's mistyped Cc address; the returned headers carry a "
              "speaker name, 'Request for speaking role' and a folded subject. Never acknowledge; thread_of null as "
              "for dev bounces."))


# ================================================================ 07  AR  speaker  Lebanese statelessness campaign: HTML-only table, 3 speakers, one without family name
M07_ID = "<1776b3c9e52.c4a1f0e2381907.5528306441736290417@hawiyati-haqqi.example.org>"
M07_SUBJ = "ترشيحات حملة «هويتي حقي» للمشاركة في الاستعراض الإقليمي"
M07_QID = "4DTw0Rk5HmzD"


def m07():
    when = at("2021-02-01 12:10:26")
    inner = """<div dir="rtl" style="font-family: Tahoma, Arial; font-size: 10pt;">
<p>تحية طيبة،</p>
<p>نحن في حملة «هويتي حقي» من أجل الحق في الجنسية، وهي حملة يقودها محامون وناشطون وأشخاص عديمو الجنسية في لبنان منذ عام 2017، ونعمل على قضايا «مكتومي القيد» وأبناء الأمهات اللبنانيات المتزوجات من أجانب وأطفال العاملات المهاجرات غير المسجلين، ونتابع دعاوى تسجيل الولادات وإثبات الجنسية أمام المحاكم.</p>
<p>يسعدنا أن نرشّح للمشاركة في الاستعراض الإقليمي الأشخاص الواردة أسماؤهم في الجدول أدناه:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse: collapse;">
<tr style="background-color: #e8e8e8;"><th>الاسم</th><th>الصفة</th><th>المشاركة المطلوبة</th></tr>
<tr><td>ريما شمس الدين<br><span style="color: #777;">Rima Chamseddine</span></td><td>المنسّقة العامة للحملة</td><td>النقاش المفتوح في المشاورة (23 شباط)</td></tr>
<tr><td>المحامي علي حسن دندش<br><span style="color: #777;">Ali Hassan Dandash</span></td><td>المستشار القانوني للحملة</td><td>مداخلة في المائدة المستديرة الثالثة</td></tr>
<tr><td>زينب *</td><td>—</td><td>مداخلة في المائدة المستديرة الثالثة (مع الأستاذ علي)</td></tr>
</table>
<p>* زينب شابة «مكتومة القيد» عمرها 24 سنة، وتفضّل عدم نشر اسم عائلتها لأسباب تتعلق بسلامتها. سنزوّدكم باسمها الكامل بشكل منفصل إذا كان ذلك ضرورياً للتسجيل.</p>
<p>الأستاذ علي في نسخة هذه الرسالة.</p>
<p>مع الشكر والتقدير،<br>
نور الهدى الموسوي<br>
مسؤولة التواصل والمناصرة<br>
حملة «هويتي حقي» من أجل الحق في الجنسية<br>
بيروت – لبنان</p>
</div>"""
    body = html_only(inner, rtl=True, b64=True, lang="ar", newlines=True)
    m = mk(when, sent_at(when, 2, 5), "sender4-op-o12.zoho.example.com", "203.0.113.212", M07_QID,
           addr("نور الهدى الموسوي", "nour.moussawi@hawiyati-haqqi.example.org"), hdr(M07_SUBJ), M07_ID, body,
           cc=addr("علي دندش", "ali.dandash@dandash-law.example.com.lb"),
           extra=[("X-Mailer", "Zoho Mail"), ("User-Agent", "Zoho Mail")])
    aff = "حملة «هويتي حقي» من أجل الحق في الجنسية"
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريما شمس الدين", "المنسّقة العامة للحملة", aff, ["open_discussion"]),
        sp("علي حسن دندش", "المستشار القانوني للحملة", aff, ["roundtable"], 3),
        sp("زينب", None, aff, ["roundtable"], 3)],
        notes="HTML-only (Zoho, base64) with the three speakers in a table; names in both scripts (Arabic recorded, "
              "the Latin transliteration under it is the same person, not another speaker); 'المحامي' before the "
              "second name is a profession prefix, dropped; the third speaker is a stateless young woman who "
              "withholds her family name for her safety: first name only, title '—' = null, affiliation the "
              "campaign; titles kept as written with 'للحملة'; the affiliation is the campaign's full name, in "
              "guillemets, from the first paragraph and the signature. Roundtable as an ordinal word ('الثالثة'). "
              "The sender (communication officer) is not a speaker; the legal adviser is in Cc and his out-of-office "
              "answers our acknowledgement (h239-08)."))


# ================================================================ 08  AR  auto_reply  the Cc'd legal adviser's Exchange out-of-office (Arabic)
def m08():
    when = at("2021-02-01 12:11:38")
    ack = ack_mid(M07_QID)
    text = """شكراً لرسالتكم.

أنا خارج المكتب حتى يوم الاثنين 8 شباط 2021 بسبب ارتباطي بجلسات أمام المحاكم في بعلبك والهرمل، مع إمكانية محدودة جداً للاطلاع على البريد الإلكتروني.
للأمور المستعجلة يرجى الاتصال بمكتب المحاماة على الرقم 01/000000.

المحامي علي حسن دندش
مستشار قانوني
Ali H. Dandash – Attorney at Law
"""
    subj = hdr("رد تلقائي: إشعار استلام - " + M07_SUBJ)
    body = alt(text, "_000_VI1PR0601MB2206OOF9C3A1E7B4_", html=outlook_html(text, lang="AR-LB", rtl=True), b64=True)
    rows = ooo_rows(when, "mail-vi1eur06on0620.outbound.protection.outlook.example.com", "198.51.100.120",
                    "4DTw2Fq7LszH", addr("علي دندش", "ali.dandash@dandash-law.example.com.lb"),
                    "<VI1PR0601MB2206OOF9C3A1E7B4@VI1PR0601MB2206.eurprd06.prod.outlook.example.com>", subj, M07_ID,
                    ack, (2, 2), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    rows += [("Thread-Topic", hdr("إشعار استلام - " + M07_SUBJ)), ("Content-Language", "ar-LB"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "ali.dandash@dandash-law.example.com.lb")]
    add(8, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in Arabic ('رد تلقائي:') of the legal adviser in Cc of h239-07, answering our "
              "acknowledgement a minute later (References name h239-07); it mentions court hearings, a return date "
              "and a signature with 'المحامي' and 'مستشار قانوني' like a nomination. Never acknowledge; thread_of "
              "null as for dev auto-replies."))


# ================================================================ 09  FR  speaker  Sousse legal clinic: self-nomination, name and title only in the signature
def m09():
    when = at("2021-02-02 18:30:44")
    subj = "Demande d'intervention - table ronde 1 - Clinique juridique FDSPS"
    text = """Madame, Monsieur,

Suite à la lettre d'invitation reçue par l'intermédiaire du bureau de l'OIM à Tunis, je me permets de vous adresser ma candidature pour une intervention dans le cadre de l'examen régional du Pacte mondial.

Depuis 2018, notre clinique accompagne, avec des étudiants de master encadrés par des avocats bénévoles, des migrants subsahariens de Sousse et de Monastir dans leurs démarches : régularisation du séjour, pénalités de dépassement de la durée du visa, litiges avec les employeurs, accès à l'aide juridictionnelle. Nous avons aussi documenté une trentaine de cas de travail forcé et de confiscation de passeports, que nous avons signalés à l'instance nationale compétente.

Je souhaiterais intervenir lors de la table ronde thématique n° 1, afin de présenter ce que les cliniques juridiques universitaires peuvent apporter à l'accès des migrants à la justice.

Je reste à votre disposition pour tout complément d'information et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

-- 
Dr Héla Guesmi
Maître-assistante en droit public
Responsable de la Clinique juridique « Droits des migrants »
Faculté de droit et des sciences politiques de Sousse (FDSPS)
Tél. : +216 73 000 000
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 7), "smtp.fdsps.example.tn", "203.0.113.73", "4DVK5cM1pRzF",
           addr("Héla Guesmi", "hela.guesmi@fdsps.example.tn", enc="Q"), subj,
           "<3b7e51c2-9a04-4f1d-8c26-e0d5a7b9f413@fdsps.example.tn>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Héla Guesmi", "Maître-assistante en droit public, responsable de la Clinique juridique « Droits "
           "des migrants »", "Faculté de droit et des sciences politiques de Sousse (FDSPS)", ["roundtable"], 1)],
        notes="self-nomination in the first person ('je souhaiterais intervenir'): name, title and affiliation only in "
              "the '-- ' signature; 'Dr' dropped, but 'Maître-assistante' is an academic rank (part of the title), "
              "not the lawyers' 'Maître'; two title lines (rank + clinic post) joined, the faculty with its acronym is "
              "the affiliation; 'n° 1' in the subject and body. Thunderbird, format=flowed, 8bit, no HTML; Date in "
              "UTC+1."))


# ================================================================ 10  EN  speaker  Manama anti-trafficking network: speaker only in an attached DOCX form
M10_FORM = "DATN speaker nomination form.docx"


def m10():
    when = at("2021-02-03 09:45:19")
    subj = "Speaker nomination - Dilmun Anti-Trafficking Network"
    text = """Hello,

Good morning from Manama.

Please find attached the completed speaker nomination form of the Dilmun Anti-Trafficking Network (DATN). We used the fields listed in your invitation letter (name, title, affiliation, preferred role) because we could not find a form on the website, apologies if there is an official template we missed.

DATN brings together volunteer lawyers, community leaders and shelter staff who assist victims of trafficking and forced labour, mostly domestic workers from South and South-East Asia and East Africa.

Many thanks,
Fatema

Fatema Al-Aradi
Programme Officer
Dilmun Anti-Trafficking Network (DATN)
Manama, Kingdom of Bahrain
"""
    form = make_docx([
        "SPEAKER NOMINATION - GCM Regional Review, Arab Region (23-25 February 2021)",
        "Nominating organisation: Dilmun Anti-Trafficking Network (DATN), Manama, Bahrain",
        "Full name of speaker: Ms. Sheela Mathew Varghese",
        "Title / position: Head of Shelter and Case Management",
        "Organisational affiliation: Dilmun Anti-Trafficking Network (DATN)",
        "Preferred role (tick one):",
        "[ ] Open discussion of the multi-stakeholder consultation (23 February)",
        "[ ] Rapporteur - key messages of stakeholders",
        "[ ] Floor intervention - plenary session",
        "[X] Floor intervention - thematic roundtable No. 4",
        "Languages: English, Malayalam, basic Arabic",
        "Contact: sheela.datn@gmail.example.com",
    ])
    a = alt(text, "0000000000007c3e9b05ba66f2d1", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, form, M10_FORM)], "0000000000007c3e9d05ba66f2d3")
    m = mk(when, sent_at(when, 3, 6), "mail-wr1-f44.google.example.com", "192.0.2.44", "4DW1Jx6QcnzV",
           "Fatema Al-Aradi <datn.bahrain@gmail.example.com>", subj,
           "<CAPk7vT2rW9mQ4xN+b6Lz1Hc8sY3dF0eJ5w@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Sheela Mathew Varghese", "Head of Shelter and Case Management", "Dilmun Anti-Trafficking Network (DATN)",
           ["roundtable"], 4)],
        notes="the speaker is only in the attached DOCX form (the body names nobody); the form lists all four roles "
              "as tick boxes and only the '[X]' line counts (roundtable No. 4); 'Ms.' dropped; the sender "
              "(programme officer, signs with her first name then a full block) is not the speaker; the form is not "
              "a report (report_attachments empty). Gmail, Date in UTC+3."))


# ================================================================ 11  AR  both  Libyan detention observatory: DOCX report (annexes inside) + speaker, Libyan touches
M11_FILE = "تقرير مرصد شاهد - أوضاع مراكز الاحتجاز 2020 - نسخة نهائية.docx"


def m11():
    when = at("2021-02-03 15:10:52")
    subj = "التقرير الطوعي لمرصد «شاهد» + ترشيح مشارك في النقاش المفتوح"
    text = """السلام عليكم ورحمة الله،

تحية طيبة من مصراتة.

نرفق لكم تقرير مرصد «شاهد» لأوضاع المهاجرين المحتجزين، وهو تقريرنا الطوعي في إطار الاستعراض الإقليمي للاتفاق العالمي. التقرير يغطي زياراتنا لمراكز الاحتجاز والإيواء في مصراتة والخمس وزليتن خلال سنة 2020، وفيه فصل على الاحتجاز لمدد مفتوحة بدون عرض على النيابة، وفصل على النساء والأطفال، وتوصيات للسلطات وللمنظمات الدولية. الملاحق (قائمة المراكز واستمارة المقابلة) موجودة في نفس الملف.

وكذلك نبّي نرشح زميلنا المحامي خالد امحمد الزروق، منسق فريق الرصد القانوني في المرصد، باش يشارك في النقاش المفتوح للمشاورة يوم 23 فبراير، لأنه هو اللي زار المراكز بنفسه وعنده صورة كاملة على الوضع.

ملاحظة: بعض الأسماء في التقرير مرمّزة لحماية المحتجزين، نرجو عدم نشر الملحق الثاني.

بارك الله فيكم،

سالمة علي بن سعود
المديرة التنفيذية
مرصد «شاهد» لأوضاع المهاجرين المحتجزين
مصراتة – ليبيا
"""
    doc = make_docx(["Shahed Observatory on the Situation of Detained Migrants - Misrata",
                     "Voluntary GCM review report (Arabic) - detention and shelter centres, 2020",
                     "1. Misrata, Al-Khums and Zliten centres", "2. Open-ended detention without judicial review",
                     "3. Women and children", "4. Recommendations", "Annex 1: list of centres",
                     "Annex 2: interview form (restricted)"])
    a = alt(text, "0000000000002d7f4a05ba6b1e39", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M11_FILE)], "0000000000002d7f4c05ba6b1e3b")
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f68.google.example.com", "192.0.2.168", "4DWF8sN2TbzJ",
           addr("سالمة بن سعود", "shahed.observatory.ly@gmail.example.com"), hdr(subj),
           "<CAHt3pW9xK2nV7mR+c5Bz8Lq1dY4sF6gJe0@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد امحمد الزروق", "منسق فريق الرصد القانوني", "مرصد «شاهد» لأوضاع المهاجرين المحتجزين",
           ["open_discussion"])],
        report_attachments=[M11_FILE],
        notes="both, on time (3 February); Libyan detention-monitoring observatory, Libyan touches ('نبّي', 'باش', "
              "'اللي', 'على' for 'عن'); one long Arabic DOCX name (RFC 2231 + RFC 2047); the annexes are inside the "
              "same file, and the request not to publish annex 2 is not a question needing an answer; speaker in "
              "prose after 'زميلنا المحامي' (dropped), title without 'في المرصد'; the sender (executive director) "
              "is not the speaker."))


# ================================================================ 12  FR  both  Lebanese statelessness initiative: PDF report + rapporteur, Apple Mail
M12_FILE = "ICSF - Rapport volontaire PMM - Apatridie au Liban.pdf"


def m12():
    when = at("2021-02-04 10:25:40")
    subj = "Rapport volontaire ICSF + proposition de rapporteuse"
    text = """Bonjour,

Au nom de l'Initiative Citoyenneté Sans Frontières (ICSF), j'ai le plaisir de vous transmettre en pièce jointe notre rapport volontaire pour l'examen régional du Pacte mondial sur les migrations. Il est consacré à l'apatridie et à l'enregistrement des naissances au Liban : enfants de mères libanaises et de pères étrangers, personnes « maktoumin al-qayd » (non enregistrées), enfants nés de travailleuses domestiques migrantes.

Nous souhaiterions également proposer Me Mireille Ghostine-Azar, avocate au barreau de Beyrouth et coordinatrice juridique de l'ICSF, comme rapporteuse chargée de présenter les messages clés des parties prenantes. Me Ghostine-Azar plaide depuis dix ans des actions en reconnaissance de nationalité devant les juridictions civiles.

En vous souhaitant bonne réception,

Bien à vous,

Karim Abou Jaoudé
Chargé de plaidoyer – ICSF
Achrafieh, Beyrouth
+961 3 000 000
"""
    pdf = rep_pdf("Rapport volontaire - Apatridie au Liban", "Initiative Citoyennete Sans Frontieres (ICSF)",
                  ["Enfants de meres libanaises et de peres etrangers", "Les maktoumin al-qayd",
                   "Enfants nes de travailleuses domestiques migrantes", "Objectif 4 du Pacte : identite juridique",
                   "Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, M12_FILE)],
                 "Apple-Mail=_5B9E2C71-0A4D-4F38-9E16-C3D7A82B4F05")
    m = mk(when, sent_at(when, 2, 9), "mo4-p00-ob.smtp.rbx.mail-out.ovh.example.net", "203.0.113.151", "4DWmR4Dh8vzL",
           addr("Karim Abou Jaoudé", "karim.aboujaoude@icsf-liban.example.org", enc="Q"), subj,
           "<E47C2A9B-1F5D-4B83-A0E6-7D2C9F1B8A34@icsf-liban.example.org>", body, extra=[("X-Mailer", APPLE)])
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mireille Ghostine-Azar", "avocate au barreau de Beyrouth et coordinatrice juridique",
           "Initiative Citoyenneté Sans Frontières (ICSF)", ["rapporteur"])],
        report_attachments=[M12_FILE],
        notes="both, on time (4 February); statelessness campaigners in Beirut; hyphenated married name after 'Me' "
              "(dropped), repeated as 'Me Ghostine-Azar'; title joins the bar qualification and the post, recorded "
              "without the trailing 'de l'ICSF'; feminine 'rapporteuse'; PDF name with spaces and dashes; Apple "
              "Mail, text/plain only; the sender (advocacy officer) is not the speaker."))


# ================================================================ 13  FR  speaker  Monastir anti-trafficking association: 'TR: TR:' chain, the lawyer's details at the bottom
def m13():
    when = at("2021-02-05 14:02:57")
    subj = "TR: TR: Intervention examen régional PMM"
    text = """Bonjour,

Veuillez trouver ci-dessous la demande d'intervention de notre association, transmise à la demande de notre président. Merci de bien vouloir en accuser réception.

Cordialement,

Sonia Khemiri
Secrétariat administratif
Association Tunisienne de Lutte contre la Traite (ATLT)
Rue d'Alger, Monastir

-----Message d'origine-----
De : Mourad Jelassi <m.jelassi@atlt.example.tn>
Envoyé : vendredi 5 février 2021 11:47
À : Secrétariat ATLT <contact@atlt.example.tn>
Objet : TR: Intervention examen régional PMM

Sonia,
Peux-tu transférer le message d'Inès à l'adresse de l'OIM (gcmrrarabstates@iom.int) avant ce soir stp ? C'est la date limite pour les intervenants.
Merci
Mourad

-----Message d'origine-----
De : Ines Ayachi <me.ines.ayachi@gmail.example.com>
Envoyé : jeudi 4 février 2021 22:15
À : Mourad Jelassi <m.jelassi@atlt.example.tn>
Cc : contact@atlt.example.tn
Objet : Intervention examen régional PMM

Cher Mourad,

Suite à notre réunion du bureau de mardi, je te confirme que je suis disponible pour représenter l'ATLT lors de l'examen régional. Je préférerais intervenir dans la table ronde n° 4, celle qui traite, si j'ai bien compris la note conceptuelle, de la traite et du trafic de migrants — c'est là que notre expérience des dossiers devant le tribunal de Monastir sera la plus utile.

Pour l'inscription :
Me Inès Ayachi
Avocate près la Cour d'appel de Monastir
Membre du bureau exécutif de l'ATLT

Bien amicalement,
Inès
"""
    cs = "windows-1252"
    a = multi("alternative", [leaf("text/plain", text, cs, "quoted-printable"),
                              leaf("text/html", outlook_cs(text, cs, lang="FR"), cs, "quoted-printable")],
              "_000_PR3P191MB1452A8D3C6E0F219_")
    m = mk(when, sent_at(when, 1, 10), "mail-pr3fra01on0618.outbound.protection.outlook.example.com",
           "198.51.100.119", "4DXc7Lw3NkzS", addr("Secrétariat ATLT", "contact@atlt.example.tn", charset=cs, enc="Q"),
           hdr(subj, charset=cs, enc="Q"),
           "<PR3P191MB1452A8D3C6E0F219@PR3P191MB1452.EURP191.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj, charset=cs, enc="Q"), "AQHW+1c4Rt7Yu2Io5Pa8Sd1Fg3Hj6Q==", lang="fr-FR"))
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Inès Ayachi", "Avocate près la Cour d'appel de Monastir, membre du bureau exécutif",
           "Association Tunisienne de Lutte contre la Traite (ATLT)", ["roundtable"], 4)],
        notes="'TR: TR:' chain in Outlook (windows-1252 quoted-printable): the association's secretariat forwards the "
              "president's forward of the lawyer's own mail; the request and the labelled block ('Pour l'inscription "
              ":') are at the bottom of the chain. 'Me' dropped; the From header of the inner mail writes 'Ines' "
              "without the accent, the body 'Inès'; title = qualification + board post, without 'de l'ATLT'; "
              "affiliation in full from the forwarding signature. 'table ronde n° 4' followed by the writer's guess "
              "at its theme. The forwarding sender is not the speaker. On time (5 February)."))


# ================================================================ 14  AR  speaker  Kuwait volunteer legal advisers, iPhone, Date after midnight (+0300) but on time
def m14():
    when = at("2021-02-05 23:41:30")
    subj = "تسجيل متحدثين"
    text = """السلام عليكم

مساء الخير، اعتذر على التأخير بس توني شفت ان اليوم آخر يوم للتسجيل 🙏

انا حمد فهد العتيبي، مستشار قانوني في فريق إنصاف التطوعي للاستشارات القانونية (فريق يقدم استشارات مجانية للعمالة المنزلية والعمال بالكويت). ودي أشارك بمداخلة في الجلسة العامة عن قضايا بلاغات التغيب والكفالة.

وويانا بعد زميلتي نوف سالم الرشيدي، محامية متطوعة بالفريق، ودها تشارك بالمائدة المستديرة الثانيه.

شاكرين ومقدرين
حمد

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 8), "mr85p00im-hyfv06021501.me.example.com", "198.51.100.188", "4DXv3Tq9GhzW",
           addr("Hamad Alotaibi", "hamad.f.alotaibi@icloud.example.com"), hdr(subj),
           "<8C1D4E7A-2B95-4F03-9A6E-5D0C3B8F1E27@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    aff = "فريق إنصاف التطوعي للاستشارات القانونية"
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حمد فهد العتيبي", "مستشار قانوني", aff, ["plenary"]),
        sp("نوف سالم الرشيدي", "محامية متطوعة", aff, ["roundtable"], 2)],
        notes="deadline edge: received 23:41 on Friday 5 February in Beirut (on time) while the Date header reads Sat 6 "
              "Feb 00:41 +0300 (Kuwait) and the sender apologises for being late. iPhone, Kuwaiti colloquial ('توني "
              "شفت', 'ودي', 'ويانا بعد'), typos ('اعتذر', 'الثانيه'), an emoji; self-nomination ('انا ... ودي أشارك') "
              "plus a colleague ('محامية متطوعة بالفريق' -> title without 'بالفريق'); the bracketed description "
              "after the team's name is not part of it; Latin-script From name."))


# ================================================================ 15  FR  speaker  Paris lawyer, late (8 February), iPhone
def m15():
    when = at("2021-02-08 08:55:03")
    subj = "Demande de participation - discussion ouverte 23 fevrier"
    text = """Bonjour,

Je me permets de vous écrire un peu tardivement, je n'ai eu connaissance de l'invitation que ce week-end par une consoeur de Casablanca. Je sais que la date limite pour les demandes d'intervention était vendredi dernier mais si c'est encore possible je souhaiterais participer a la discussion ouverte du 23 février.

Je suis avocate au barreau de Paris, spécialisée en droit des étrangers, et membre du Collectif des avocats franco-maghrébins pour le droit des étrangers (CAFMDE), au nom duquel j'interviendrais. Nous assurons notamment des permanences en centre de rétention administrative (Mesnil-Amelot, Vincennes) pour des ressortissants marocains, algériens et tunisiens.

Merci d'avance pour votre retour et désolée pour le retard

Me Samia Oudjani
Avocate au Barreau de Paris
CAFMDE

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 6), "mr85p00im-ztdg06011101.me.example.com", "198.51.100.186", "4DZ2nC6WrqzN",
           "Samia Oudjani <samia.oudjani.avocat@icloud.example.com>", subj,
           "<2A9F6C3E-7B14-4D8A-B5E2-0C1D9F7A3B56@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Samia Oudjani", "Avocate au Barreau de Paris",
           "Collectif des avocats franco-maghrébins pour le droit des étrangers (CAFMDE)", ["open_discussion"])],
        notes="LATE (Monday 8 February) and says so; self-nomination from an iPhone with small slips ('participer a', "
              "no final full stop); 'Me' dropped; title from the signature; the affiliation is written in full with "
              "its acronym only in the body ('au nom duquel j'interviendrais'), the signature gives 'CAFMDE' alone; "
              "CRA names are places; ASCII subject without the accent; Date in UTC+1."))


# ================================================================ 16  AR  speaker  Basra legal-aid society, late (9 February), trusting the misprinted Arabic date
def m16():
    when = at("2021-02-09 20:17:44")
    subj = "ترشيح متحدث - جمعية بيت العدالة للمساعدة القانونية"
    text = """مساء الخير

نحن جمعية بيت العدالة للمساعدة القانونية بالبصرة، نشتغل ويه العمال الأجانب (بنغلادش، باكستان، نيبال) اللي يشتغلون بشركات النفط والخدمات، وأكثر المشاكل عدهم مصادرة الجوازات وتأخير الرواتب والتسفير.

شفنا بالكتاب العربي مالتكم إنو آخر موعد لطلبات المتحدثين هو الجمعة 23 شباط، فحبينا نرشح:

الاسم: مرتضى جبار الساعدي
الصفة: محامي، مسؤول وحدة العون القانوني للعمال الأجانب
الجهة: جمعية بيت العدالة للمساعدة القانونية – البصرة
المشاركة: مداخلة بالمائدة المستديرة رقم 1

نتمنى نسمع منكم قريب
ويه التقدير

رقية حسن عبد الزهرة
منسقة المشاريع
"""
    body = alt(text, "000000000000a6c2e805bae7f4b1", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 7), "mail-oi1-f171.google.example.com", "192.0.2.171", "4DZsK8Rb2mzC",
           addr("Ruqaya Hasan", "baytaladala.basra@gmail.example.com"), hdr(subj),
           "<CAKd9mR3vT6wP1xN+h4Bz7Lc2sY5qF8eJ0n@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("مرتضى جبار الساعدي", "محامي، مسؤول وحدة العون القانوني للعمال الأجانب",
           "جمعية بيت العدالة للمساعدة القانونية", ["roundtable"], 1)],
        notes="LATE (9 February) without knowing it: the sender relies on the Arabic letter's misprinted speaker "
              "deadline ('الجمعة 23 شباط'); Iraqi colloquial ('ويه', 'مالتكم', 'إنو', 'عدهم'); labelled block "
              "(الاسم / الصفة / الجهة / المشاركة): the title line starts with the profession 'محامي' and is kept as "
              "written; '– البصرة' after the society's name is the city; 'رقم 1' = roundtable 1. Gmail for "
              "Android, base64; the sender (project coordinator) is not the speaker."))


# ================================================================ 17  EN  report  detention-monitoring network: cover letter + report + Annexes I-II, Annex III to follow
M17_ID = "<VI1PR03MB4926B7E2D1A5C083@VI1PR03MB4926.eurprd03.prod.outlook.example.com>"
M17_SUBJ = "IDMN-ME voluntary GCM review report (main report + Annexes I-II; Annex III to follow)"
M17_COVER = "IDMN-ME_cover_letter_GCM_RR_2021.pdf"
M17_MAIN = "IDMN-ME_GCM_voluntary_review_2021.pdf"
M17_A1 = "Annex I – Monitored facilities 2019-2020.docx"
M17_A2 = "Annex II – Interview protocol.pdf"
DISCL_IDMN = ("This message is intended only for the addressee(s) and may contain information that is confidential, "
              "privileged or otherwise protected from disclosure. If you have received it in error, please notify the "
              "sender immediately and delete it from your system. IDMN-ME communications may be monitored for "
              "security purposes.")
M17_TEXT = """Dear GCM Regional Review Secretariat,

On behalf of the Immigration Detention Monitoring Network – Middle East (IDMN-ME), please find attached our voluntary GCM review report. The submission consists of the following files:

1. Cover letter signed by our Steering Committee (IDMN-ME_cover_letter_GCM_RR_2021.pdf)
2. Main report: "Behind Closed Doors: Immigration Detention in Five Arab States, 2019-2020" (IDMN-ME_GCM_voluntary_review_2021.pdf)
3. Annex I – list of the 23 facilities visited or monitored remotely, with the legal basis for detention in each (Word)
4. Annex II – the interview protocol used by our monitors (PDF)

Annex III (anonymised case summaries) is still going through a final anonymisation check by our legal team and will follow separately by the end of the week. We would be grateful if Annex III could be treated as a restricted document and not posted publicly, as some of the individuals concerned remain in detention.

The report addresses GCM Objective 13 in particular, but also Objectives 7, 8 and 21, and is based on 212 interviews conducted by lawyers and monitors of our seven member organisations.

Please do not hesitate to contact me should any file fail to open.

Best regards,

Hala Baalbaki
Legal Coordinator
Immigration Detention Monitoring Network – Middle East (IDMN-ME)
Secretariat hosted in Beirut, Lebanon
Tel: +961 1 000 000

""" + DISCL_IDMN + "\n"


def m17():
    when = at("2021-02-10 11:40:06")
    cover = make_pdf(["IDMN-ME - Immigration Detention Monitoring Network - Middle East", "Beirut, 9 February 2021",
                      "To: the Secretariat of the Regional Review of the GCM, Arab States",
                      "Transmittal of the voluntary GCM review report of IDMN-ME",
                      "Signed: for the Steering Committee"])
    main = rep_pdf("Behind Closed Doors: Immigration Detention in Five Arab States, 2019-2020",
                   "Immigration Detention Monitoring Network - Middle East (IDMN-ME)",
                   ["Methodology: 212 interviews", "Legal basis and duration of detention",
                    "Access to lawyers, interpreters and consular officials", "Alternatives to detention",
                    "Objectives 7, 8, 13 and 21", "Recommendations"])
    a1 = make_docx(["Annex I - Monitored facilities 2019-2020", "23 facilities in five States",
                    "Facility | Authority | Legal basis | Visit / remote", "(table)"])
    a2 = make_pdf(["Annex II - Interview protocol", "Consent and anonymity", "Sections A-F"])
    cid = "image001.png@01D6FF9B.3A5E7C20"
    rel = multi("related", [leaf("text/html", outlook_html(M17_TEXT, lang="EN-GB", img_cid=cid)),
                            logo(cid, (40, 40, 90))], "_004_VI1PR03MB4926B7E2D1A5C083_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M17_TEXT), rel], "_000_VI1PR03MB4926B7E2D1A5C083_")
    body = multi("mixed", [a, attach("application/pdf", cover, M17_COVER), attach("application/pdf", main, M17_MAIN),
                           attach(DOCX, a1, M17_A1), attach("application/pdf", a2, M17_A2)],
                 "_005_VI1PR03MB4926B7E2D1A5C083_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur03on0625.outbound.protection.outlook.example.com",
           "198.51.100.125", "4F0bH7Vs1kzQ", "Hala Baalbaki <h.baalbaki@idmn-me.example.org>", M17_SUBJ, M17_ID, body,
           extra=outlook(M17_SUBJ, "AdcHf3Lm8Qw2Rx6Tn4Yb1Vc9Kp5Zs==", lang="en-GB", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M17_MAIN, M17_A1, M17_A2],
        notes="a report in several files: the main PDF and Annexes I (DOCX) and II (PDF) make up the report; the "
              "signed cover letter PDF (listed first in the body) is not part of it, nor the inline logo. Annex "
              "names carry en dashes (RFC 2231 + RFC 2047). Annex III is announced for later and arrives in "
              "h239-18; the request not to publish it is not a question. Objective numbers are not roundtables; "
              "the signer (legal coordinator) is not a speaker. Long confidentiality notice; Outlook, Date UTC+2."))


# ================================================================ 18  EN  report  IDMN-ME sends Annex III (Outlook reply to its own 17)
M18_FILE = "Annex III – Anonymised case summaries (RESTRICTED).pdf"


def m18():
    when = at("2021-02-11 17:10:28")
    text = """Dear colleagues,

Further to my email below, please find attached Annex III (anonymised case summaries) to our voluntary report. This completes our submission; the other files remain unchanged.

As mentioned, we kindly ask that Annex III not be published.

Best regards,
Hala

Hala Baalbaki | Legal Coordinator | IDMN-ME

""" + DISCL_IDMN + """

From: Hala Baalbaki <h.baalbaki@idmn-me.example.org>
Sent: Wednesday, February 10, 2021 11:40 AM
To: gcmrrarabstates@iom.int
Subject: """ + M17_SUBJ + "\n\n" + M17_TEXT
    pdf = make_pdf(["Annex III - Anonymised case summaries (RESTRICTED)", "IDMN-ME voluntary GCM review report 2021",
                    "Case A-01 ... Case E-17", "Not for publication"])
    a = alt(text, "_000_VI1PR03MB4926C2F9A8E4D157_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "_004_VI1PR03MB4926C2F9A8E4D157_")
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur03on0625.outbound.protection.outlook.example.com",
           "198.51.100.125", "4F1p2Wd6YczR", "Hala Baalbaki <h.baalbaki@idmn-me.example.org>", "RE: " + M17_SUBJ,
           "<VI1PR03MB4926C2F9A8E4D157@VI1PR03MB4926.eurprd03.prod.outlook.example.com>", body,
           extra=outlook("IDMN-ME voluntary GCM review report (main report + Annexes I-II; Annex III to follow)",
                         "AdcHf3Lm8Qw2Rx6Tn4Yb1Vc9Kp5ZsAACx9Lw==", lang="en-GB", has_attach="yes")
           + [("In-Reply-To", M17_ID), ("References", M17_ID)])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE], thread_of=H % 17,
        notes="the annex announced in h239-17, sent as an Outlook 'RE:' to the sender's own message (In-Reply-To): "
              "part of the same report, on time (11 February); only Annex III is attached and listed; the quoted "
              "original lists four other files that are not attached here; en dash and parentheses in the PDF name."))


# ================================================================ 19  EN  other  defenders in exile ask about publication, anonymity and reprisals (ProtonMail)
def m19():
    when = at("2021-02-12 15:30:49")
    subj = "Confidentiality of voluntary reports and participant names"
    text = """Dear Secretariat,

We are a small network of lawyers and human rights defenders supporting migrant workers and stateless residents in the Gulf. Several of our members work from exile; others still live in the region and have faced travel bans and questioning because of their work.

We are preparing a short voluntary review report and would like to understand, before we send it:

- whether the voluntary reports will be published on the Regional Review website or shared with Member States, and if so whether the names of authors and organisations will appear;
- whether we may submit the report under the name of the network only, without listing individual contributors;
- for the consultation on 23 February, whether participants can join online with the camera off and without their full name being displayed.

We appreciate your understanding of these concerns. A reply to this address is the safest way to reach us.

Regards,
Coordination team
KDLSF - Khaleej Defenders Legal Support Fund
"""
    body = alt(text, "b1_9f2c7e4a1d3b6058e7c2a9f41d8b3e05", html=proton_html(text))
    m = mk(when, sent_at(when, 0, 5), "mail-41104.protonmail.example.ch", "185.70.41.104", "4F1D6Mh4RxzT",
           "KDLSF Coordination <kdlsf.coordination@protonmail.example.com>", subj,
           "<Xq3vN7bK2mW9pR1tL5yZ8cH4dF6sJ0gA1eU3iO5kM7nP9qS2tV4wX6yZ8bB0dC2@protonmail.example.com>", body,
           extra=[("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end")])
    add(19, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="defenders in exile ask whether reports and names will be published, whether the report can be "
              "submitted without individual names, and whether participants can stay anonymous online: they are "
              "'preparing' a report and mention the consultation but submit and request nothing; no person's name "
              "anywhere (signed 'Coordination team'); ProtonMail, Date in UTC+0."))


# ================================================================ 20  AR  other  Oujda lawyer asks whether his client's testimony can be heard (question, no request)
def m20():
    when = at("2021-02-13 12:12:15")
    subj = "استفسار حول إمكانية تقديم شهادة ناجية من الاتجار بالبشر"
    text = """السلام عليكم ورحمة الله تعالى وبركاته،

أنا الأستاذ المهدي بوعزة، محامٍ بهيئة المحامين بوجدة، أنوب منذ سنتين عن مجموعة من المهاجرات من دول إفريقيا جنوب الصحراء، ضحايا الاتجار بالبشر، أمام المحكمة الابتدائية بوجدة وبالناظور.

إحدى موكلاتي، وهي ناجية من الاتجار، عبّرت عن رغبتها في أن تُسمع شهادتها خلال الاستعراض الإقليمي، لكنها لا تستطيع الحضور ولا الظهور بوجهها لأن المسطرة القضائية ما زالت جارية. لذا أرجو إفادتي بما يلي:
1- هل يمكن عرض شهادة مسجلة (صوتية فقط) خلال إحدى الموائد المستديرة؟
2- وإذا تعذر ذلك، هل يمكنني أن أتلو ملخص شهادتها باسمها المستعار؟
3- هل ستكون الجلسات مسجلة أو منقولة مباشرة على الإنترنت؟

أعلم أن أجل طلبات المداخلة قد انتهى، ولهذا أكتفي بالسؤال قبل أي طلب.

وتقبلوا فائق التقدير والاحترام.

ذ. المهدي بوعزة
محامٍ بهيئة وجدة
Me El Mehdi Bouazza – Avocat au barreau d'Oujda
"""
    body = alt(text, "000000000000f3b81d05bb3c9a62", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 1, 5), "mail-ej1-f53.google.example.com", "192.0.2.53", "4F2Q5Xn8BvzG",
           addr("El Mehdi Bouazza", "me.bouazza.avocat@gmail.example.com"), hdr(subj),
           "<CAGs8kV1pR4wT7mN+x2Bz5Lc9qY6dF3hJe1@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a lawyer's questions (recorded audio testimony of a client who survived trafficking, reading a summary "
              "under her pseudonym, live streaming), written after the speaker deadline and saying he only asks "
              "'before any request': not a speaker request although it mentions 'الموائد المستديرة' and reading a "
              "testimony; the client is unnamed; Moroccan legal register ('أنوب', 'المسطرة', 'أجل', 'ذ.' = "
              "الأستاذ) and a French signature line with 'Me'; Gmail quoted-printable, Date in UTC+1."))


# ================================================================ 21  FR  report  Mauritanian anti-trafficking lawyers: the report in the body, with footnotes (Zimbra)
def m21():
    when = at("2021-02-15 17:48:31")
    subj = "Contribution de l'AMDT à l'examen régional du Pacte mondial (rapport volontaire)"
    text = """Nouakchott, le 15 février 2021

À Mesdames et Messieurs les membres du Secrétariat de l'examen régional du Pacte mondial sur les migrations

Objet : rapport volontaire de l'Association Mauritanienne pour la Dignité et contre la Traite (AMDT)

Madame, Monsieur,

Notre connexion ne nous permettant pas de joindre de fichier volumineux, nous vous adressons ci-dessous, dans le corps du présent courriel, le texte intégral de notre rapport volontaire.

I. PRÉSENTATION
L'AMDT, reconnue par récépissé du 4 mars 2012, regroupe des avocats, des juristes et des travailleurs sociaux qui assistent les victimes de traite et de pratiques esclavagistes, ainsi que les migrants ouest-africains interpellés à Nouadhibou et à Nouakchott.

II. CADRE JURIDIQUE
La Mauritanie a adopté en 2020 une nouvelle loi relative à la prévention et à la répression de la traite des personnes et à la protection des victimes¹, qui remplace la loi de 2003. Sa mise en œuvre reste limitée : peu de juges et d'officiers de police judiciaire ont été formés, et les victimes étrangères n'ont pas accès à un titre de séjour pendant la procédure.

III. CONSTATS (2019-2020)
1. Les migrants interpellés avant un départ vers les îles Canaries sont retenus sans accès à un avocat pendant les premières 48 heures².
2. Les refoulements vers la frontière sénégalaise ou malienne interviennent souvent sans décision écrite ni possibilité de recours.
3. Les victimes de traite, en particulier les travailleuses domestiques venues du Sénégal, du Mali et de la Guinée, sont rarement identifiées comme telles et sont poursuivies pour séjour irrégulier.

IV. RECOMMANDATIONS
a) Garantir l'accès à un avocat dès le début de la privation de liberté (objectif 13 du Pacte).
b) Créer un mécanisme national d'identification et d'orientation des victimes de traite (objectif 10).
c) Accorder aux victimes étrangères un titre de séjour temporaire pendant la durée de la procédure.

Nous avons présenté ces constats lors d'une table ronde organisée avec le barreau de Nouadhibou le 12 janvier 2021³.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Me Mohamed Lemine Ould Bouya
Avocat à la Cour
Président de l'AMDT

¹ Loi n° 2020-017 du 6 août 2020.
² Entretiens menés par l'AMDT avec 64 personnes libérées entre mars 2019 et novembre 2020.
³ Compte rendu disponible sur demande.
"""
    a = alt(text, "=_6e3c1b9a-4f27-4d8e-b0a5-7c2e9f1d4b36", html=zimbra_html(text))
    m = mk(when, sent_at(when, 0, 6), "zimbra.amdt-rim.example.mr", "203.0.113.222", "4F3Ck1Rn5wzP",
           "Mohamed Lemine Ould Bouya <president@amdt-rim.example.mr>", hdr(subj, enc="Q"),
           "<1147295622.118305.1613411305947.JavaMail.zimbra@amdt-rim.example.mr>", body=a,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "q7LmX2vN9cR4tB1wP8sK3eY6hF0gJ5")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="the report is the body of the mail (no attachment: 'dans le corps du présent courriel, le texte "
              "intégral de notre rapport volontaire'), a long legal-style text with Roman-numbered sections and "
              "superscript footnotes (¹ ² ³); 'table ronde' refers to a past event with the Nouadhibou bar, and "
              "'objectif 13'/'objectif 10' are GCM objectives, not roundtables; the signer ('Me', avocat à la Cour, "
              "président) proposes no one. Zimbra, quoted-printable, Date in UTC+0."))


# ================================================================ 22  AR  report  Egyptian anti-trafficking legal-aid foundation, 8 minutes before the deadline
M22_FILE = "التقرير الطوعي - مؤسسة عبور - فبراير 2021.pdf"


def m22():
    when = at("2021-02-16 23:52:18")
    subj = "التقرير الطوعي لمؤسسة عبور للدعم القانوني لضحايا الاتجار بالبشر"
    text = """السادة الأفاضل/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
تحية طيبة وبعد،

مرفق طيه التقرير الطوعي لمؤسسة عبور للدعم القانوني لضحايا الاتجار بالبشر، المعدّ في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

ويتناول التقرير تطبيق القانون رقم 64 لسنة 2010 بشأن مكافحة الاتجار بالبشر، والقانون رقم 82 لسنة 2016 بشأن مكافحة الهجرة غير الشرعية وتهريب المهاجرين، من واقع القضايا التي باشرها محامو المؤسسة أمام محاكم الجنايات بالقاهرة والإسكندرية وكفر الشيخ، مع توصيات بشأن حماية الشهود والمجني عليهم.

نعتذر عن الإرسال في الساعات الأخيرة من المهلة، وذلك لانتظار اعتماد مجلس الأمناء.

وتفضلوا بقبول وافر الاحترام،

المستشار/ شريف عبد الرؤوف منصور
رئيس مجلس الأمناء
مؤسسة عبور للدعم القانوني لضحايا الاتجار بالبشر
القاهرة – جمهورية مصر العربية

إخلاء مسؤولية: هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط، وقد تتضمن معلومات محمية بسرية العلاقة بين المحامي وموكله. إذا تلقيتم هذه الرسالة عن طريق الخطأ، يرجى إخطار المرسل فوراً وحذفها.
"""
    cs = "windows-1256"
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Oboor Foundation for Legal Support to Victims of Trafficking",
                  ["Law 64 of 2010 on combating trafficking in persons",
                   "Law 82 of 2016 on irregular migration and smuggling of migrants", "Cases before criminal courts",
                   "Protection of witnesses and victims", "Recommendations"])
    a = multi("alternative", [leaf("text/plain", text, cs, "quoted-printable"),
                              leaf("text/html", outlook_cs(text, cs, lang="AR-EG", rtl=True), cs, "quoted-printable")],
              "_000_HE1PR0402MB3371D9A4E2C7F058_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "_004_HE1PR0402MB3371D9A4E2C7F058_")
    m = mk(when, sent_at(when, 2, 11), "mail-he1eur04on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4F48rT3Kw9zM", addr("مؤسسة عبور", "info@oboor-legal.example.eg", charset=cs),
           hdr(subj, charset=cs), "<HE1PR0402MB3371D9A4E2C7F058@HE1PR0402MB3371.eurprd04.prod.outlook.example.com>",
           body, extra=outlook(hdr(subj, charset=cs), "AdcEb7Qv1Ns5Wk9Tm3Xr6Lp2Hy8Jd==", lang="ar-EG",
                               has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="deadline edge: received 23:52 on Tuesday 16 February (Cairo = Beirut time), on time, and the sender "
              "apologises for the last hours; Outlook in windows-1256 quoted-printable with an Arabic PDF name "
              "(RFC 2231 + RFC 2047); law numbers and years ('رقم 64 لسنة 2010') are not dates or roundtables; "
              "'المستشار/' in the signature is an honorific of a former judge, and no speaker is proposed; Arabic "
              "disclaimer under the signature."))


# ================================================================ 23  EN  report  Bidoon statelessness collective in London, late (17 February), Yahoo
M23_FILE = "NJC_Bidoon_Statelessness_GCM_Voluntary_Report.pdf"


def m23():
    when = at("2021-02-17 10:06:55")
    subj = "Voluntary report - Nationality Justice Collective (apologies for the delay)"
    text = """Dear Secretariat,

Please find attached the voluntary report of the Nationality Justice Collective (NJC) on statelessness among the Bidoon in Kuwait, Saudi Arabia and the UAE, and its consequences for their mobility, their documentation and their access to legal residence and work.

We are aware that the deadline was yesterday (16 February) and we sincerely apologise: our last contributor, who lives in the region, could only send her section through a secure channel late last night. We would be very grateful if the report could still be considered.

With best wishes,

Yousef Al-Fadhli
Coordinator, Nationality Justice Collective (NJC)
London, United Kingdom
"""
    pdf = rep_pdf("Voluntary GCM review report", "Nationality Justice Collective (NJC)",
                  ["The Bidoon in Kuwait, Saudi Arabia and the UAE", "Documentation and legal identity (Objective 4)",
                   "Mobility, residence and work", "Recommendations"])
    a = alt(text, "----=_Part_2281047_1650392817.1613549209113", html=yahoo_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "----=_Part_2281046_771830524.1613549209112")
    m = mk(when, sent_at(when, 0, 4), "sonic308-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.208",
           "4F4dW9Gm2bzS", "Yousef Al-Fadhli <yousef.alfadhli.njc@yahoo.example.co.uk>", subj,
           "<1613549209113.2281048@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="LATE (Wednesday 17 February, 10:06 Beirut, 08:06 in London) and says so; statelessness collective in "
              "exile; Yahoo with a PDF; the 'deadline was yesterday (16 February)' in the body is not the date of "
              "submission."))


# ================================================================ 24  FR  other  young lawyers in Béjaïa: observers and attendance certificates (Outlook.com, HTML only)
def m24():
    when = at("2021-02-18 11:20:09")
    subj = "Observateurs - attestation de participation (formation continue des avocats)"
    inner = """<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Bonjour,<br><br>
Plusieurs membres de notre association souhaiteraient suivre en ligne la Conférence d'examen régional des 24 et 25 février en qualité d'observateurs.<br><br>
Pourriez-vous nous indiquer&nbsp;:<br>
- si une inscription préalable est nécessaire pour les observateurs, et jusqu'à quelle date&nbsp;;<br>
- si une attestation de participation pourra être délivrée, notre barreau la prenant en compte au titre de la formation continue obligatoire des avocats.<br><br>
Nous ne sollicitons pas de prise de parole.<br><br>
Avec nos remerciements anticipés,<br><br>
Me Lydia Amrani<br>
Secrétaire générale<br>
Association des Jeunes Avocats de Béjaïa (AJAB)<br>
Béjaïa, Algérie
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 1, 6), "mail-db3eur04olkn2049.outbound.protection.outlook.example.com",
           "198.51.100.49", "4F5Kq2Tz7vzH", addr("Lydia Amrani", "lydia.amrani.ajab@outlook.example.fr"),
           hdr(subj, enc="Q"), "<DB7PR04MB4187C1E3A9D2F560@DB7PR04MB4187.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AQHXBfA3Kt9Wm2Rv6Lp1Nx4Hc8Qy7g==", lang="fr-FR")
           + [("x-ms-exchange-messagesentrepresentingtype", "1")])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about registering observers and attendance certificates for lawyers' continuing "
              "education, after both deadlines (on_time null for 'other'); states 'Nous ne sollicitons pas de prise "
              "de parole'; signer with 'Me' and a title is not a speaker; Outlook.com HTML-only with &nbsp; "
              "entities, Date in UTC+1."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
