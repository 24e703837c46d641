#!/usr/bin/env python3
"""Write the blind evaluation set holdout161 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets161.py
Theme: an ordinary week (1-9 February 2021) of small civil-society organisations across the region
(Morocco to Iraq, the Gulf, Sudan, Yemen, Djibouti): associations, networks, foundations, coalitions.
Helpers imported from mailgen.py.
"""
import datetime as dt

from mailgen import (DOCX, EvalSet, addr, at, attach, b_word, flowed, hdr, leaf, make_docx, make_pdf,
                     make_png, mk, multi, re_hdr, rfc2231_cont, rfcdate, sp, std_rows, text2html, top,
                     html_only, sent_at, dsn_report)

SET = EvalSet(161)
add = SET.add

INVITE_SUBJ = "Invitation - Regional Review of the Global Compact for Migration in the Arab Region"
INVITE_ID = "<INV-2021-01-26.EN-0001@gcmrrarabstates.iom.int>"


def plain_html(text, boundary, rtl=False, cte="quoted-printable", html=None):
    """multipart/alternative with a text part and an HTML rendering of it."""
    if html is None:
        d = ' dir="rtl"' if rtl else ""
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body><div%s style="font-family:Calibri,Arial,sans-serif">%s</div></body></html>\n'
                % (d, text2html(text)))
    return multi("alternative", [leaf("text/plain", text, "utf-8", cte), leaf("text/html", html, "utf-8", cte)],
                 boundary)


def ack_id(n):
    return "<ACK-161-%02d.%s@gcmrrarabstates.iom.int>" % (n, "7f3a9c")


# ================================================================ the 24 messages
M01_ID = "<CAKx3Ld9pR2vQ8nB5tY1wE7uI4oP6aS0dF9gH3jK@mail.gmail.example.com>"


def m01():
    when = at("2021-02-01 08:47:12")
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

إشارة إلى كتاب الدعوة الكريم، نرجو التكرم باعتماد ممثل الجمعية للمشاركة بالكلمة في المؤتمر، ونورد أدناه البيانات المطلوبة:

الاسم: م. رائد محمود العبادي
المسمى الوظيفي: مدير المشاريع
الجهة: جمعية سنابل للتنمية المجتمعية - عمّان
نوع المشاركة: مداخلة في المائدة المستديرة المواضيعية الثانية

وتفضلوا بقبول فائق الاحترام،

ديما الخوالدة
السكرتاريا الإدارية
جمعية سنابل للتنمية المجتمعية
هاتف: 00962 6 5xx xxxx
"""
    body = plain_html(text, "000000000000a71c0405ba3f0e55", rtl=True, cte="base64")
    m = mk(when, sent_at(when, 2, 3), "mail-wr1-f52.google.example.com", "209.85.221.52", "4DTb2K0zWqz7",
           addr("Sanabel Society", "sanabel.society.jo@gmail.example.com"),
           hdr("طلب مشاركة بكلمة - جمعية سنابل"), M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رائد محمود العبادي", "مدير المشاريع", "جمعية سنابل للتنمية المجتمعية", ["roundtable"], 2)],
        notes="pasted Arabic form (الاسم / المسمى الوظيفي / الجهة / نوع المشاركة); 'م.' (engineer) honorific "
              "dropped; the city after the dash ('- عمّان') is not part of the affiliation (as dev 004/013); "
              "sender is the administrative secretary, not the speaker; 'الثانية' = roundtable 2. "
              "Followed up by h161-20."))


def m02():
    when = at("2021-02-01 10:20:31")
    sent = sent_at(when, 2, 1)
    text = """Thank you for your email.

I am out of the office from 31 January to 4 February 2021 attending a field mission in Gedaref with limited access to email. I will respond to your message upon my return.

For urgent matters please call the office on +249 183 xxx xxx or write to info@snmrr.example.sd.

Best regards,
Nafisa Abdelrahman
Finance and Admin Officer
Sudanese Network for Migrants and Refugees Rights (SNMRR)
"""
    body = plain_html(text, "_000_VI1P195MB0443B7C2D1E0F9A8VI1P195MB0443EURP_")
    subj = "Automatic reply: Reminder - speaking roles and voluntary reports - GCM Regional Review, Arab Region"
    rows = std_rows(when, "mail-vi1eur02.outbound.protection.example.com", "40.107.2.119", "4DTc6m1HXbz3",
                    "Nafisa Abdelrahman <n.abdelrahman@snmrr.example.sd>", subj, rfcdate(sent),
                    "<VI1P195MB0443.autoreply.62c1@snmrr.example.sd>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "n.abdelrahman@snmrr.example.sd")])
    rows[0] = ("Return-Path", "<>")
    ref = "<REM-2021-02-01.0002@gcmrrarabstates.iom.int>"
    rows += [("In-Reply-To", ref), ("References", ref), ("Content-Language", "en-GB")]
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office to the secretariat's reminder mailing; the subject names speaking roles and "
              "voluntary reports and the signature carries a title and an organisation; Auto-Submitted: "
              "auto-replied, null Return-Path. Never acknowledge."))


def m03():
    when = at("2021-02-01 14:05:40")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Suite à votre invitation du 26 janvier dernier, l'Association Tunisienne d'Appui aux Migrants (ATAM) a l'honneur de vous transmettre ci-joint son rapport volontaire d'examen de la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport (12 pages) porte sur l'accès des migrants subsahariens aux soins et à la justice dans les gouvernorats de Sfax et de Médenine, à partir de notre permanence juridique et de 48 entretiens menés entre octobre et décembre 2020.

Concernant les interventions lors de la conférence, notre bureau exécutif se réunit la semaine prochaine ; nous reviendrons vers vous, le cas échéant, avec le nom de notre intervenant(e).

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

--
Hela Ben Romdhane
Chargée de projets
ATAM - Association Tunisienne d'Appui aux Migrants
Sfax, Tunisie
"""
    pdf = make_pdf(["Association Tunisienne d'Appui aux Migrants (ATAM)",
                    "Rapport volontaire - Examen regional du Pacte mondial pour les migrations",
                    "Acces aux soins et a la justice - Sfax et Medenine", "Janvier 2021"])
    fname = "ATAM_Rapport_volontaire_PMM_2021.pdf"
    txt = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    body = multi("mixed", [txt, attach("application/pdf", pdf, fname)], "------------0B4E2A7C1D9F3E5A6B8C7D0E")
    m = mk(when, sent, "smtp.planet.example.tn", "193.95.66.14", "4DTk1w4yRnz2",
           "Hela Ben Romdhane <atam.sfax@planet.example.tn>",
           hdr("Rapport volontaire ATAM - Examen régional du PMM", enc="Q"),
           "<5e1f0c2a-7b44-4c1e-a0d3-9f2b8e6c1d47@planet.example.tn>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.6.1"), ("Content-Language", "fr")])
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Thunderbird, format=flowed; report as PDF; a speaker is only announced for later ('nous "
              "reviendrons vers vous ... avec le nom'): no speaker proposed, so voluntary_report, not both."))


M04_ID = "<AM0P195MB0391E2C4A6B8D0F1@AM0P195MB0391.EURP195.PROD.OUTLOOK.example.com>"


def m04():
    when = at("2021-02-01 17:32:05")
    sent = sent_at(when, 2, 4)
    text = """Dear Sir/Madam,

Greetings from Khartoum.

Further to your invitation letter of 26 January, the Sudanese Network for Migrants and Refugees Rights (SNMRR) would like to nominate the following two colleagues for speaking roles at the Regional Review:

1. Ms. Amna Osman Babiker - Head of Programmes, SNMRR - to take part in the open discussion of the multi-stakeholder consultation on 23 February.

2. Mr. Mohamed Elfatih Adam - Legal Aid Officer, Al-Salam Legal Aid Centre, Nyala (a member organisation of our network) - floor intervention in thematic roundtable IV.

Both will connect online. Kindly let us know if you need short bios.

With best regards,

Tarig Hassan
Programme Coordinator
Sudanese Network for Migrants and Refugees Rights (SNMRR)
Khartoum, Sudan
Tel: +249 9xx xxx xxx
"""
    body = plain_html(text, "_000_AM0P195MB0391E2C4A6B8D0F1AM0P195MB0391EURP_")
    m = mk(when, sent, "mail-am0eur02.outbound.protection.example.com", "40.107.12.74", "4DTpQ83xLkz5",
           "Tarig Hassan <t.hassan@snmrr.example.sd>", "Nomination of speakers - SNMRR", M04_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Nomination of speakers - SNMRR"),
                  ("Content-Language", "en-US")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Amna Osman Babiker", "Head of Programmes", "Sudanese Network for Migrants and Refugees Rights (SNMRR)",
           ["open_discussion"]),
        sp("Mohamed Elfatih Adam", "Legal Aid Officer", "Al-Salam Legal Aid Centre", ["roundtable"], 4)],
        notes="two speakers in a numbered list, sender (programme coordinator) is neither; first speaker's "
              "affiliation written as the acronym 'SNMRR', recorded in the fullest form written in the message; "
              "second speaker belongs to a member organisation, city 'Nyala' dropped from it; Roman numeral "
              "'roundtable IV'; Ms./Mr. dropped. Thanked in h161-10."))


def m05():
    when = at("2021-02-02 09:15:22")
    sent = sent_at(when, 2, 9)
    text = """صباح الخير،

لو سمحتم عندي كام سؤال قبل ما نبعت التقرير:
١- ينفع نبعت التقرير الطوعي بالعربي ولا لازم يكون بالإنجليزي؟
٢- هل في عدد صفحات معين أو نموذج (template) لازم نمشي عليه؟
٣- احنا رابطة صغيرة وبنفكر نعمل تقرير مشترك مع جمعيتين تانيين في أسوان، ينفع كده ولا كل جهة تبعت لوحدها؟

وشكراً جزيلاً على مجهودكم.

محمود سعيد
منسق الرابطة
رابطة أبناء النوبة للتنمية والهجرة

أُرسلت من هاتفي المحمول
"""
    body = plain_html(text, "000000000000e3b91005ba4c7d21", rtl=True, cte="base64")
    m = mk(when, sent, "mail-lf1-f67.google.example.com", "209.85.167.67", "4DV0y52GcMz1",
           addr("Mahmoud Saeed", "mahmoud.saeed.nuba@gmail.example.com"),
           hdr("استفسار بخصوص التقرير الطوعي"),
           "<CAP9sR4gLm0bT6yW2eQ8uH1iK5oN3cV7xZ2aD4fJ@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial questions (language, length/template, joint report) before sending a "
              "voluntary report: nothing submitted, no speaker; Arabic-Indic list numbers; a title and "
              "organisation in the signature are not a speaker request."))


M06_ID = "<DB7P191MB0555A1C3E5F7B9D2@DB7P191MB0555.EURP191.PROD.OUTLOOK.example.com>"


def m06():
    when = at("2021-02-02 11:40:09")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Au nom de M. le Président de la Plateforme, je vous prie de bien vouloir trouver ci-dessous la fiche de candidature pour une prise de parole lors de la conférence régionale d'examen du Pacte mondial sur les migrations :

Nom et prénom : M. Abdelkrim Zeroual
Fonction : Président
Organisation : Plateforme Marocaine des Associations d'Appui aux Migrants (PMAAM)
Rôle souhaité : Rapporteur (présentation des messages clés des parties prenantes)
Langue d'intervention : français

Je reste à votre disposition pour toute information complémentaire.

Cordialement,

Khadija Ouchen
Assistante administrative
Secrétariat de la PMAAM
Rabat - Maroc
"""
    body = plain_html(text, "_000_DB7P191MB0555A1C3E5F7B9D2DB7P191MB0555EURP_")
    m = mk(when, sent, "mail-db7eur03.outbound.protection.example.com", "40.107.3.91", "4DV4hH6TfRz9",
           "Secretariat PMAAM <secretariat@pmaam.example.ma>",
           hdr("Candidature prise de parole - PMAAM (rapporteur)", enc="Q"), M06_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelkrim Zeroual", "Président",
           "Plateforme Marocaine des Associations d'Appui aux Migrants (PMAAM)", ["rapporteur"])],
        notes="sent by the administrative assistant on behalf of the president ('Au nom de M. le Président'); "
              "pasted application form with French labels; 'M.' dropped. The title is corrected two days "
              "later in h161-16."))


def m07():
    when = at("2021-02-02 15:58:44")
    sent = sent_at(when, 3, 7)
    text = """Dear colleagues at IOM,

On behalf of the Iraq Civil Society Network on Migration (ICSNM), please find attached our collective voluntary GCM review report, prepared jointly by seven member organisations in Baghdad, Basra, Erbil and Duhok.

The report looks at returnees and internally displaced persons, access to civil documentation, and the situation of migrant workers in the Kurdistan Region. It was validated at our network meeting on 28 January.

Thank you for the opportunity, and please do not hesitate to contact me for any clarification.

Kind regards,

Shirin Kareem
Network Coordinator | ICSNM
Erbil - Iraq
[ICSNM logo]
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
            + text2html(text.replace("[ICSNM logo]\n", ""))
            + '<p><img src="cid:image001.png@01D6F95A.3B2C1D00" width="120" height="40" alt="ICSNM"></p>'
            '</div></body></html>\n')
    alt_part = plain_html(text, "_000_HE1PR0301MB2281C4D3E2F1A0B9HE1PR0301MB2281EURP_", html=html)
    logo = leaf("image/png", make_png(12, 4, (20, 110, 60)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6F95A.3B2C1D00>")])
    rel = multi("related", [alt_part, logo], "_004_HE1PR0301MB2281C4D3E2F1A0B9HE1PR0301MB2281EURP_",
                params=[("type", '"multipart/alternative"')])
    doc = make_docx(["Iraq Civil Society Network on Migration (ICSNM)",
                     "Collective Voluntary Review of the Global Compact for Migration", "Iraq, February 2021",
                     "1. Returnees and IDPs  2. Civil documentation  3. Migrant workers in the KRI"])
    fname = "ICSNM_Collective_GCM_Review_Report_Feb2021.docx"
    body = multi("mixed", [rel, attach(DOCX, doc, fname)], "_005_HE1PR0301MB2281C4D3E2F1A0B9HE1PR0301MB2281EURP_")
    m = mk(when, sent, "mail-he1eur01.outbound.protection.example.com", "40.107.13.102", "4DV9rT1sKwz4",
           "Shirin Kareem <coordinator@icsnm.example.iq>",
           "ICSNM collective voluntary GCM review report",
           "<HE1PR0301MB2281C4D3E2F1A0B9@HE1PR0301MB2281.eurprd03.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US"),
                  ("X-MS-Has-Attach", "yes")])
    add(7, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report (seven member organisations) as DOCX; Outlook layout mixed > related > "
              "alternative with an inline signature logo image001.png that is not part of the report."))


def m08():
    when = at("2021-02-02 20:30:18")
    sent = sent_at(when, 2, 11)
    text = """مرحبا،

شفنا الدعوة عن طريق شبكة الجمعيات، وحابّة شارك بالنقاش المفتوح تبع المشاورة مع أصحاب المصلحة يوم 23 شباط. نحنا جمعية صغيرة منشتغل مع العاملات بالخدمة المنزلية بالضاحية وطرابلس، وعنّا كتير شغلات بدنا نحكيها عن الكفالة وعن وضع العاملات بعد انفجار المرفأ.

إذا في شي لازم نعبّيه أو نبعتو خبروني.

شكراً كتير،

لمى حداد
منسقة البرامج | جمعية أجيال للتنمية - بيروت
+961 3 xxx xxx

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-pj1-f41.google.example.com", "209.85.216.41", "4DVLb60NmGz8",
           addr("Lama Haddad", "lama.haddad.ajyal@gmail.example.com"), hdr("المشاركة بالنقاش المفتوح"),
           "<6B1D2F4A-9C3E-4E7A-B5D1-2F8A0C6E4B93@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("لمى حداد", "منسقة البرامج", "جمعية أجيال للتنمية", ["open_discussion"])],
        notes="Lebanese colloquial, first person ('حابّة شارك'), iPhone plain text; name, title and organisation "
              "only in the signature line with '|' separators; '- بيروت' is the city, not part of the "
              "affiliation; 'النقاش المفتوح ... يوم 23 شباط' = open_discussion (23 Feb is the consultation, "
              "not a deadline)."))


def m09():
    when = at("2021-02-03 09:02:30")
    sent = sent_at(when, 0, 6)
    text = """Mesdames, Messieurs,

L'Association Mauritanienne pour les Droits des Migrants (AMDM) a le plaisir de vous faire parvenir, en pièce jointe, sa contribution à l'examen régional du Pacte mondial pour les migrations, sous forme de rapport volontaire.

Nous souhaiterions également proposer que notre coordinatrice nationale, Dr Aminetou Mint Cheikh, prenne la parole lors de la table ronde thématique n°1 de la conférence des 24 et 25 février.

Nous vous remercions de l'attention portée à notre demande et vous prions d'agréer, Mesdames, Messieurs, l'expression de notre haute considération.

Sidi Mohamed Ould Ahmed
Secrétaire général
AMDM - Nouakchott
"""
    pdf = make_pdf(["Association Mauritanienne pour les Droits des Migrants (AMDM)",
                    "Rapport volontaire sur la mise en oeuvre du PMM", "Nouakchott - Nouadhibou, 2020-2021"])
    fname = "Rapport AMDM - Examen PMM 2021.pdf"
    body = multi("mixed", [plain_html(text, "_000_PAXPR04MB8912F0E1D2C3B4A5_"), attach("application/pdf", pdf, fname)],
                 "_004_PAXPR04MB8912F0E1D2C3B4A5_")
    m = mk(when, sent, "mail-pax04.outbound.protection.example.com", "40.107.7.53", "4DVbW23HpJz6",
           "AMDM Mauritanie <amdm.mr@hotmail.example.com>",
           hdr("Contribution de l'AMDM : rapport volontaire et proposition d'intervention", enc="Q"),
           "<PAXPR04MB8912F0E1D2C3B4A5@PAXPR04MB8912.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(9, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminetou Mint Cheikh", "coordinatrice nationale",
           "Association Mauritanienne pour les Droits des Migrants (AMDM)", ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both, 3 February, both parts on time; speaker in prose ('notre coordinatrice nationale, Dr ...'): "
              "'Dr' dropped, title as written in lower case, affiliation by reference to the association named "
              "in full in the first sentence; signer (secrétaire général) is not the speaker; Date header in "
              "UTC+0 (Nouakchott)."))


def m10():
    when = at("2021-02-03 12:47:03")
    sent = sent_at(when, 2, 5)
    text = """Well received, many thanks for the quick confirmation. We will send the short bios by Friday as requested.

Best,
Tarig

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 10:05 AM
To: Tarig Hassan <t.hassan@snmrr.example.sd>
Subject: RE: Nomination of speakers - SNMRR

Dear Tarig Hassan,

Thank you for your message. We confirm that your speaking role request has been received and registered for:
- Amna Osman Babiker (open discussion, 23 February)
- Mohamed Elfatih Adam (thematic roundtable 4)

The secretariat will be in touch regarding the programme and connection details.

Kind regards,
GCM Regional Review Secretariat
"""
    body = plain_html(text, "_000_AM0P195MB0391F3D5B7C9E1A2AM0P195MB0391EURP_")
    ack = ack_id(4)
    m = mk(when, sent, "mail-am0eur02.outbound.protection.example.com", "40.107.12.75", "4DVhC1xZQtz2",
           "Tarig Hassan <t.hassan@snmrr.example.sd>", "RE: Nomination of speakers - SNMRR",
           "<AM0P195MB0391F3D5B7C9E1A2@AM0P195MB0391.EURP195.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", "%s %s" % (M04_ID, ack)),
                  ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Nomination of speakers - SNMRR")])
    add(10, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h161-04.eml",
        notes="thank-you reply to our acknowledgement of h161-04 that adds nothing new (bios only promised): "
              "do not acknowledge. The quoted acknowledgement lists both speakers and roles and must not be "
              "read as a new request."))


def m11():
    when = at("2021-02-03 16:20:55")
    sent = sent_at(when, 3, 8)
    text = """السادة/ المنظمة الدولية للهجرة - أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة
المحترمين

تحية طيبة وبعد،،

يسر جمعية التضامن مع العمالة الوافدة (تضامن) أن ترفق لكم طيه تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في دولة الكويت، والذي يتناول أوضاع العمالة المنزلية وآليات تقديم الشكاوى وإجراءات الإيواء خلال جائحة كورونا.

شاكرين لكم حسن تعاونكم،،

وتفضلوا بقبول وافر التقدير والاحترام،

أ. نوال العنزي
أمينة السر
جمعية التضامن مع العمالة الوافدة (تضامن)
دولة الكويت
"""
    pdf = make_pdf(["Tadamun Society for Migrant Workers - Kuwait",
                    "Voluntary report on GCM implementation (Arabic)", "February 2021"])
    fname = "تقرير تضامن الطوعي - الاتفاق العالمي للهجرة.pdf"
    body = multi("mixed", [plain_html(text, "_000_AS8PR07MB7126A9B8C7D6E5F4_", rtl=True, cte="base64"),
                           attach("application/pdf", pdf, fname)], "_004_AS8PR07MB7126A9B8C7D6E5F4_")
    m = mk(when, sent, "mail-as8eur07.outbound.protection.example.com", "40.107.8.66", "4DVqN46RcYz0",
           addr("جمعية تضامن", "info@tadamun-kw.example.org"),
           hdr("التقرير الطوعي لجمعية التضامن مع العمالة الوافدة"),
           "<AS8PR07MB7126A9B8C7D6E5F4@AS8PR07MB7126.eurprd07.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-KW")])
    add(11, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="formal Gulf administrative Arabic ('طيه'، '،،'); Arabic PDF name (RFC 2231 filename*, RFC 2047 "
              "name); the signer's title is not a speaker request."))


M12_ID = "<1612370710.402188.1612370710555@mail.yahoo.example.com>"


def m12():
    when = at("2021-02-03 18:45:10")
    sent = sent_at(when, 1, 6)
    inner = """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<div>Bonsoir,</div><div><br></div>
<div>Le Collectif Algérien Migrations et Solidarité (CAMS), qui regroupe une quinzaine de bénévoles et d'associations de quartier à Oran, Tamanrasset et Alger, souhaite proposer deux intervenants pour la conférence régionale :</div>
<ul>
<li><b>Mme Fatiha Benmoussa</b>, présidente du CAMS : intervention dans une séance plénière ;</li>
<li><b>M. Yacine Larbi</b> (CAMS, Oran) : intervention dans la table ronde thématique n°3.</li>
</ul>
<div>Ils interviendront en français. Merci de nous confirmer la bonne réception.</div>
<div><br></div>
<div>Solidairement,</div>
<div>Le bureau du CAMS</div>
</div>"""
    body = html_only(inner)
    m = mk(when, sent, "sonic311-24.consmr.mail.ir2.yahoo.example.com", "77.238.177.146", "4DVxF2bKsPz3",
           "Collectif CAMS <cams.oran@yahoo.example.fr>", "Intervenants CAMS - conference regionale PMM", M12_ID,
           body, extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatiha Benmoussa", "présidente", "Collectif Algérien Migrations et Solidarité (CAMS)", ["plenary"]),
        sp("Yacine Larbi", None, "Collectif Algérien Migrations et Solidarité (CAMS)", ["roundtable"], 3)],
        notes="HTML-only (Yahoo), two speakers in a bulleted list, signed by 'Le bureau' (no person); second "
              "speaker has no title (null; written '(CAMS, Oran)': city dropped, affiliation in the fullest form "
              "written in the message); honorifics Mme/M. dropped. Our acknowledgement bounces (h161-13)."))


def m13():
    when = at("2021-02-03 18:47:40")
    ack = ack_id(12)
    text = """This is the mail system at host mta-out2.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<cams.oran@yahoo.example.fr>: host mx-eu.mail.am0.yahoodns.example.net[188.125.72.74]
    said: 552 5.2.2 Mailbox quota exceeded for this recipient (in reply to
    RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mta-out2.iom.int\n"
           "X-Postfix-Queue-ID: 4DVxG03QvWz7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; cams.oran@yahoo.example.fr\n"
           "Original-Recipient: rfc822;cams.oran@yahoo.example.fr\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx-eu.mail.am0.yahoodns.example.net\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded for this recipient\n"
           % rfcdate(when - dt.timedelta(seconds=41)))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Collectif CAMS <cams.oran@yahoo.example.fr>\n"
            "Subject: Re: Intervenants CAMS - conference regionale PMM\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=42)), ack, M12_ID))
    body = dsn_report(text, dsn, hdrs, "4DVxG03QvWz7.1612370860/mta-out2.iom.int")
    rows = std_rows(when, "mta-out2.iom.int", "10.12.4.22", "4DVxH15mTqz1",
                    "MAILER-DAEMON@mta-out2.iom.int (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(when - dt.timedelta(seconds=1)),
                    "<20210203164739.4DVxH15mTqz1@mta-out2.iom.int>", extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(13, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.2.2 mailbox quota exceeded) for our acknowledgement of h161-12 (French sender); "
              "only the returned headers (text/rfc822-headers), whose subject names the speaker request. Never "
              "acknowledge; not a follow-up of the submission."))


def m14():
    when = at("2021-02-04 10:05:17")
    sent = sent_at(when, 3, 12)
    text = """Hi,

Sending this on behalf of our case manager Joy Santos, who would like to speak in one of the thematic roundtables - preferably roundtable 2, or 3 if 2 is full. She is Case Manager at Migrant Care Bahrain (MCB) and handles most of our shelter cases.

Thanks a lot!
Rhea

Sent from my iPhone
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "mail-pf1-f177.google.example.com", "209.85.210.177", "4DWDt47vBcz6",
           "Rhea Villanueva <rhea.v.mcb@gmail.example.com>", "speaker - roundtable",
           "<D3A9F1C2-0B7E-4F5D-8A61-C4E2B9D07F35@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Joy Santos", "Case Manager", "Migrant Care Bahrain (MCB)", ["roundtable"], 2)],
        notes="short iPhone plain-text message sent on behalf of a colleague; no signature beyond a first name; "
              "two roundtable choices ('roundtable 2, or 3 if 2 is full'): the first choice, 2, is recorded."))


def m15():
    when = at("2021-02-04 13:30:02")
    sent = sent_at(when, 3, 9)
    text = """الإخوة والأخوات في أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة
تحية طيبة،

تتقدم مؤسسة الساحل للتنمية وحماية المهاجرين بخالص الشكر على دعوتكم، وترفق لكم تقريرها الطوعي الخاص بمراجعة تنفيذ الاتفاق العالمي للهجرة في اليمن، مع التركيز على أوضاع المهاجرين القادمين من القرن الأفريقي عبر سواحل لحج وشبوة.

كما نرشح الأستاذة أفراح ناجي الصبري، نائبة المدير التنفيذي للمؤسسة، لتكون ضمن المقررين الذين سيقدمون الرسائل الرئيسية لأصحاب المصلحة في المؤتمر.

ونظراً لانقطاع الإنترنت المتكرر لدينا، نرجو التواصل معنا أيضاً على الرقم المرفق في التوقيع عبر واتساب.

مع خالص التحية،

وليد عبده قاسم
المدير التنفيذي
مؤسسة الساحل للتنمية وحماية المهاجرين - عدن
واتساب: +967 7xx xxx xxx
"""
    doc = make_docx(["Al-Sahel Foundation for Development and Migrant Protection - Aden",
                     "Voluntary GCM review report - Yemen (Arabic)", "February 2021"])
    fname = "تقرير مؤسسة الساحل - مراجعة الاتفاق العالمي للهجرة.docx"
    body = multi("mixed", [plain_html(text, "000000000000f4c21b05ba8e2d93", rtl=True, cte="base64"),
                           attach(DOCX, doc, fname)], "000000000000f4c21d05ba8e2d95")
    m = mk(when, sent, "mail-ej1-f45.google.example.com", "209.85.218.45", "4DWKp90RsHz2",
           addr("مؤسسة الساحل", "alsahel.foundation.ye@gmail.example.com"),
           hdr("التقرير الطوعي وترشيح مقررة - مؤسسة الساحل"),
           "<CAJt7Wq3nB8xR1mK5vL9pE2sY6dH0fU4gA3iO7cZ@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أفراح ناجي الصبري", "نائبة المدير التنفيذي", "مؤسسة الساحل للتنمية وحماية المهاجرين", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, 4 February, both parts on time; report as DOCX with an Arabic name; speaker in prose "
              "('الأستاذة' honorific dropped; 'للمؤسسة' refers to the foundation named in full); 'المقررين ... "
              "الرسائل الرئيسية' = rapporteur; signer (executive director) is not the speaker; '- عدن' is the "
              "city."))


def m16():
    when = at("2021-02-04 17:10:40")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Suite à notre message de mardi, une erreur s'est glissée dans la fiche transmise : M. Abdelkrim Zeroual est Coordinateur national de la Plateforme, et non Président. Le reste des informations (rôle de rapporteur) demeure inchangé.

Nous vous prions de bien vouloir corriger et vous présentons nos excuses pour ce désagrément.

Cordialement,

Khadija Ouchen
Assistante administrative
Secrétariat de la PMAAM
Rabat - Maroc

-----Message d'origine-----
De : Secretariat PMAAM <secretariat@pmaam.example.ma>
Envoyé : mardi 2 février 2021 10:40
À : gcmrrarabstates@iom.int
Objet : Candidature prise de parole - PMAAM (rapporteur)

Madame, Monsieur,

Au nom de M. le Président de la Plateforme, je vous prie de bien vouloir trouver ci-dessous la fiche de candidature pour une prise de parole lors de la conférence régionale d'examen du Pacte mondial sur les migrations :

Nom et prénom : M. Abdelkrim Zeroual
Fonction : Président
Organisation : Plateforme Marocaine des Associations d'Appui aux Migrants (PMAAM)
Rôle souhaité : Rapporteur (présentation des messages clés des parties prenantes)
Langue d'intervention : français
"""
    body = plain_html(text, "_000_DB7P191MB0555C2E4A6F8B0D1DB7P191MB0555EURP_")
    m = mk(when, sent, "mail-db7eur03.outbound.protection.example.com", "40.107.3.92", "4DWRd52KmVz4",
           "Secretariat PMAAM <secretariat@pmaam.example.ma>",
           hdr("RE: Candidature prise de parole - PMAAM (rapporteur) - correction", enc="Q"),
           "<DB7P191MB0555C2E4A6F8B0D1@DB7P191MB0555.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Content-Language", "fr-FR")])
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of="h161-06.eml", speakers=[
            sp("Abdelkrim Zeroual", "Coordinateur national",
               "Plateforme Marocaine des Associations d'Appui aux Migrants (PMAAM)", ["rapporteur"])],
        notes="correction of h161-06 (reply to own message, Outlook '-----Message d'origine-----' quote): same "
              "speaker and role, title corrected to 'Coordinateur national'; the quoted form still says "
              "'Président'. Organisation only as 'la Plateforme' in the new text, full name from the quoted "
              "form. Recorded as a revised speaker request (what the secretary would update in the register)."))


def m17():
    when = at("2021-02-05 11:25:33")
    sent = sent_at(when, 1, 10)
    text = """Good morning,

Please find attached the voluntary report of Migrant Voices Network Morocco (MVNM) for the GCM regional review. We are a network of migrant-led associations (Cameroonian, Ivorian, Guinean and Congolese communities) in Rabat, Casablanca, Tangier and Oujda.

Sorry, the report is in English only, we did not have time to translate it to French or Arabic.

We will not ask for a speaking slot this time, but some of our members will follow the sessions online.

Best regards
Serge Mbarga Essomba
Coordinator, MVNM
"""
    pdf = make_pdf(["Migrant Voices Network Morocco (MVNM)", "Voluntary report - GCM Regional Review 2021",
                    "Access to regularisation, health and education for migrants in Morocco"])
    fname = "MVNM report GCM.pdf"
    body = multi("mixed", [leaf("text/plain", text, "us-ascii", "7bit"), attach("application/pdf", pdf, fname)],
                 "----=_Part_1187342_90417125.1612517133021")
    m = mk(when, sent, "sonic305-2.consmr.mail.bf2.yahoo.example.com", "74.6.131.41", "4DWpv17XbNz9",
           "serge essomba <sergembarga@yahoo.example.com>", "MVNM voluntary report",
           "<1190733581.1187343.1612517133022@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YMailNodin")])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="plain text only, written in English by a network based in Morocco (the acknowledgement goes in "
              "English); explicitly declines a speaking slot; lowercase display name; file name with spaces."))


def m18():
    when = at("2021-02-05 22:55:48")
    sent = sent_at(when, 2, 14)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:10pt">
<p>بسم الله الرحمن الرحيم</p>
<p>السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة<br>المحترمين</p>
<p>تحية طيبة،</p>
<p>تود مبادرة دارفور للعودة الطوعية والهجرة الآمنة أن ترشح كلاً من:</p>
<p>الأستاذ عثمان الطيب إدريس، رئيس مجلس الأمناء،<br>
والدكتورة سلوى آدم محمد، مستشارة النوع الاجتماعي بالمبادرة،</p>
<p>لتقديم مداخلتين في الجلسات العامة للمؤتمر الإقليمي يومي 24 و25 فبراير، حول أوضاع النازحين والعائدين في دارفور والهجرة عبر الحدود مع ليبيا وتشاد.</p>
<p>نعتذر عن التأخير بسبب ظروف الاتصالات.</p>
<p>وتقبلوا فائق الاحترام،<br>
المكتب التنفيذي<br>
مبادرة دارفور للعودة الطوعية والهجرة الآمنة<br>
الخرطوم - نيالا</p>
</div>"""
    body = html_only(inner, b64=True)
    m = mk(when, sent, "mail.sudanet.example.sd", "196.29.166.12", "4DX3Pq8LwJz5",
           addr("مبادرة دارفور", "darfur.initiative@sudanet.example.sd"),
           hdr("ترشيح متحدثين للجلسات العامة"), "<20210205205534.8F3A21C0E7@mail.sudanet.example.sd>", body,
           extra=[("X-Mailer", "Roundcube Webmail/1.4.9")])
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عثمان الطيب إدريس", "رئيس مجلس الأمناء", "مبادرة دارفور للعودة الطوعية والهجرة الآمنة", ["plenary"]),
        sp("سلوى آدم محمد", "مستشارة النوع الاجتماعي", "مبادرة دارفور للعودة الطوعية والهجرة الآمنة", ["plenary"])],
        notes="HTML-only (base64, Roundcube), two speakers in one prose sentence with honorifics الأستاذ/الدكتورة "
              "dropped; 'بالمبادرة' refers to the initiative named in full; 'الجلسات العامة' = plenary; apologises "
              "for a delay but received 22:55 on 5 February: on time; signed by the executive office only; "
              "'الخرطوم - نيالا' are places."))


def m19():
    when = at("2021-02-06 10:12:06")
    sent = sent_at(when, 1, 8)
    text = """Bonjour,

Nous n'avons reçu votre invitation qu'hier soir, par le biais du réseau régional, d'où ce message un peu tardif. Je souhaiterais intervenir lors de la table ronde thématique 2, pour partager notre expérience d'accompagnement des jeunes migrants de retour dans la région Fès-Meknès.

Si les inscriptions sont closes, merci de me le faire savoir.

Bien à vous,

Omar Benjelloun
Responsable du pôle Migration & Jeunesse
Fondation Al Massira pour le Développement Local - Fès
Tél. : +212 6 xx xx xx xx

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    body = plain_html(text, "000000000000c81a2705bac96f10")
    m = mk(when, sent, "mail-wm1-f54.google.example.com", "209.85.128.54", "4DXJ6k3TnFz1",
           "Omar Benjelloun <o.benjelloun.massira@gmail.example.com>", "Table ronde 2 - demande d'intervention",
           "<CAFv2Lp8sQ1nM6tB3xR9yK4wE0dJ7hG5aU2iZ8oC@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Omar Benjelloun", "Responsable du pôle Migration & Jeunesse",
           "Fondation Al Massira pour le Développement Local", ["roundtable"], 2)],
        notes="LATE (Saturday 6 February) and says so; the sender proposes himself, name/title/affiliation only "
              "in the signature; title kept with its unit ('du pôle Migration & Jeunesse', as dev 012); '- Fès' "
              "is the city; Android Gmail footer."))


def m20():
    when = at("2021-02-08 09:40:27")
    sent = sent_at(when, 2, 6)
    text = """السادة الكرام،

تحية طيبة،

نود الاستفسار عما إذا كان طلبنا المرسل بتاريخ 1 شباط/فبراير (أدناه) بخصوص مشاركة ممثل الجمعية بمداخلة في المائدة المستديرة الثانية قد وصلكم، حيث لم يصلنا أي رد أو تأكيد حتى الآن. كما نرجو إعلامنا إن كان هناك أي نموذج تسجيل إضافي يجب تعبئته.

مع الشكر الجزيل،
ديما الخوالدة
السكرتاريا الإدارية
جمعية سنابل للتنمية المجتمعية

‏في الاثنين، 1 فبراير 2021 في 8:47 ص كتب ‪Sanabel Society‬‏ <‪sanabel.society.jo@gmail.example.com‬‏>:‬
> السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
>
> تحية طيبة وبعد،
>
> إشارة إلى كتاب الدعوة الكريم، نرجو التكرم باعتماد ممثل الجمعية للمشاركة بالكلمة في المؤتمر، ونورد أدناه البيانات المطلوبة:
>
> الاسم: م. رائد محمود العبادي
> المسمى الوظيفي: مدير المشاريع
> الجهة: جمعية سنابل للتنمية المجتمعية - عمّان
> نوع المشاركة: مداخلة في المائدة المستديرة المواضيعية الثانية
>
> وتفضلوا بقبول فائق الاحترام،
>
> ديما الخوالدة
> السكرتاريا الإدارية
> جمعية سنابل للتنمية المجتمعية
"""
    body = plain_html(text, "0000000000002d7e6805bad4a1c8", rtl=True, cte="base64")
    m = mk(when, sent, "mail-wr1-f49.google.example.com", "209.85.221.49", "4DYT0c7MkBz6",
           addr("Sanabel Society", "sanabel.society.jo@gmail.example.com"),
           re_hdr("Re: ", "طلب مشاركة بكلمة - جمعية سنابل"),
           "<CAKx3Ld8wT5nY2qF7bR0mS4vE9uJ1oH6aC3gK8pX@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)])
    add(20, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h161-01.eml",
        notes="Gmail reply to its own earlier request (h161-01), asking whether it was received: a question, not "
              "a new request, although the '>'-quoted original still holds the full speaker form; received "
              "after the speaker deadline but that does not matter for 'other'."))


def m21():
    when = at("2021-02-08 15:05:10")
    sent = sent_at(when, 2, 7)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport collectif du Collectif Solidarités Migrantes Liban (CSML), élaboré par cinq associations membres (Beyrouth, Tripoli, Saïda, Zahlé et Tyr), dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Le document porte principalement sur les travailleuses domestiques migrantes, le système de parrainage (kafala) et l'impact de la crise économique et de l'explosion du 4 août.

Nous vous remercions de bien vouloir en accuser réception.

Bien cordialement,

Marie-Thérèse Khalil
Chargée de plaidoyer
Collectif Solidarités Migrantes Liban (CSML)
"""
    doc = make_docx(["Collectif Solidarites Migrantes Liban (CSML)",
                     "Rapport collectif - Examen regional du Pacte mondial sur les migrations",
                     "Fevrier 2021"])
    fname = "Rapport_collectif_CSML_Pacte_mondial_migrations_février2021.docx"
    att = leaf(DOCX, doc, cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp="attachment; " + "; ".join(rfc2231_cont("filename", fname, 40)))
    txt = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    body = multi("mixed", [txt, att], "Apple-Mail=_3E8B1F0A-6C2D-4A97-B5E4-7D1C9F2A0E63")
    m = mk(when, sent, "smtp.cyberia.example.lb", "194.146.152.31", "4DYf3R1NvCz8",
           hdr("Marie-Thérèse Khalil", enc="Q").encode() + " <mt.khalil@csml-liban.example.org>",
           "Rapport collectif CSML - examen regional PMM",
           "<7A2C5E91-4B3D-4F08-A6E2-1D9C8B7F0A34@csml-liban.example.org>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of five member associations; Apple Mail, format=flowed; DOCX name with 'é' as "
              "RFC 2231 continuations (filename*0*/filename*1*...) and an RFC 2047 name parameter; Q-encoded "
              "display name."))


def m22():
    when = at("2021-02-08 16:30:00")
    sent = sent_at(when, 3, 4)
    text = """Dear GCM Regional Review Secretariat,

I hope this email finds you well. We only came across the invitation yesterday through a partner organisation, and I understand the deadline for speaking roles was last Friday. Is it still possible to propose a speaker?

If so, Qatar Expatriate Workers Welfare Forum (QEWWF) would like to propose our Founder & Chairman, Mr. Ravi Shankar Nair, for a floor intervention in the plenary, or otherwise in any of the thematic roundtables where there is space.

Apologies for the delay and thank you for considering our request.

Warm regards,

Priya Menon
Communications Volunteer
QEWWF | Doha, Qatar
"""
    body = plain_html(text, "_000_PR1P264MB1823B5A7C9E1D3F2PR1P264MB1823FRAP_")
    m = mk(when, sent, "mail-pr1fra01.outbound.protection.example.com", "40.107.12.41", "4DYhK6wPbSz3",
           "Priya Menon <priya.menon.qewwf@outlook.example.com>", "Late speaker proposal - QEWWF",
           "<PR1P264MB1823B5A7C9E1D3F2@PR1P264MB1823.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(22, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ravi Shankar Nair", "Founder & Chairman", "Qatar Expatriate Workers Welfare Forum (QEWWF)",
           ["plenary", "roundtable"])],
        notes="LATE (8 February), asks whether it is still possible and proposes a speaker anyway; sent by a "
              "volunteer on behalf of the founder; plenary first, roundtable as a fallback with no number "
              "(roundtable null); 'Mr.' dropped; 'Doha, Qatar' is a place."))


def m23():
    when = at("2021-02-09 11:00:13")
    sent = sent_at(when, 1, 5)
    text = """السلام عليكم ورحمة الله،

في إطار المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يشرفنا أن نبعث إليكم رفقته بالتقرير الطوعي لجمعية الأطلس للتنمية والهجرة، والذي أعددناه بتشاور مع الجمعيات الشريكة بجهة سوس ماسة، ويهم بالخصوص هجرة الشباب القروي والمهاجرين العائدين.

نرجو منكم تأكيد التوصل.

وتقبلوا منا فائق عبارات التقدير والاحترام.

عن المكتب المسير
الحسين أوبلا
أمين المال
جمعية الأطلس للتنمية والهجرة - تيزنيت
"""
    pdf = make_pdf(["Association Atlas pour le Developpement et la Migration - Tiznit",
                    "Voluntary GCM review report (Arabic)", "Souss-Massa, 2021"])
    fname = "تقرير جمعية الأطلس.pdf"
    enc = b_word(fname)
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % enc)],
               disp='attachment; filename="%s"' % enc, extra=[("Content-ID", "<f_kkx81q2j0>"),
                                                             ("X-Attachment-Id", "f_kkx81q2j0")])
    body = multi("mixed", [plain_html(text, "000000000000a9e3c505bae7f412", rtl=True, cte="base64"), att],
                 "000000000000a9e3c705bae7f414")
    m = mk(when, sent, "mail-wm1-f48.google.example.com", "209.85.128.48", "4DZ3w05JqLz2",
           addr("جمعية الأطلس للتنمية والهجرة", "atlas.tiznit@gmail.example.com"),
           hdr("التقرير الطوعي - جمعية الأطلس"),
           "<CAGh5Ym2rL9vN4sE8tW1qB6xK0dF3jP7aR2uI5oT@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Moroccan administrative Arabic ('رفقته', 'تأكيد التوصل'); Gmail style Arabic PDF name RFC 2047 "
              "encoded inside the quoted filename/name parameters; signer's title (treasurer) is not a speaker. The "
              "From display name spans two RFC 2047 encoded-words (policy.default shows a stray space)."))


def m24():
    when = at("2021-02-09 14:20:30")
    sent = sent_at(when, 3, 9)
    text = """Madame, Monsieur,

L'Association Djiboutienne pour l'Accueil des Migrants (ADAM) vous transmet ci-joint son rapport volontaire relatif à la mise en œuvre du Pacte mondial pour les migrations à Djibouti, axé sur les migrants en transit sur la route de l'Est (Obock, Tadjourah) et les mineurs non accompagnés.

Nous savons que le délai pour les demandes de prise de parole est dépassé ; si cela reste toutefois possible, nous souhaiterions que Mme Hodan Ali Omar, chargée de programme au sein de notre association, puisse intervenir lors de la table ronde thématique IV.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Ahmed Houssein Robleh
Président de l'ADAM
Djibouti
"""
    pdf = make_pdf(["Association Djiboutienne pour l'Accueil des Migrants (ADAM)",
                    "Rapport volontaire - Pacte mondial pour les migrations", "Djibouti, fevrier 2021"])
    fname = "ADAM_rapport_volontaire_PMM.pdf"
    body = multi("mixed", [plain_html(text, "_000_MR2P264MB0871D4E6F8A0B2C3MR2P264MB0871FRAP_"),
                           attach("application/pdf", pdf, fname)], "_004_MR2P264MB0871D4E6F8A0B2C3MR2P264MB0871FRAP_")
    m = mk(when, sent, "mail-mr2fra01.outbound.protection.example.com", "40.107.9.88", "4DZ9fB2XsRz7",
           "ADAM Djibouti <adam.djibouti@outlook.example.fr>",
           hdr("Rapport volontaire ADAM + demande d'intervention (table ronde IV)", enc="Q"),
           "<MR2P264MB0871D4E6F8A0B2C3@MR2P264MB0871.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(24, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Hodan Ali Omar", "chargée de programme", "Association Djiboutienne pour l'Accueil des Migrants (ADAM)",
           ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both, 9 February: the report part is on time but the speaker part is late (the sender says so), so "
              "on_time is false; speaker in prose ('au sein de notre association' = the association named in "
              "full); Roman numeral 'table ronde thématique IV'; Date header UTC+3 (Djibouti)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
