#!/usr/bin/env python3
"""Write the blind evaluation set holdout95 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets95.py
Theme: faith-based and charitable organisations (church-run services, mosque and zakat committees,
Caritas-type and interfaith groups, diaspora charities; Lebanon, Jordan, Egypt, Iraq, Syria, Morocco).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout95")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h95-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
INVITE_MID = "<AM0PR04MB6723E1A0C4B95D21F7A03C18B9FE0@AM0PR04MB6723.eurprd04.prod.outlook.example.com>"
INVITE_SUBJ = "Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021"


def m01():
    when = at("2021-01-26 10:42:17")
    sent = when - dt.timedelta(seconds=4)
    text = """Dear Colleagues,

Greetings from Caritas Lebanon.

Thank you for the kind invitation to the Regional Review of the Global Compact for Migration. After consulting with our team, we would like to propose Sister Marie-Therese Abi Nader to speak on our behalf. Sister Marie-Therese is the Director of the Migrants Center at Caritas Lebanon and has accompanied migrant domestic workers in our shelters for more than fifteen years, including during the port explosion last August.

She would be most useful in the roundtable on protection / vulnerabilities, which we understood from the concept note is roundtable 3. She speaks Arabic, French and English.

I am not available on the 24th myself, so please address all correspondence regarding the session directly to her (in copy).

With my prayers and best wishes for the success of the Review,

Fr. Michel Abboud
Executive Director
Caritas Lebanon
Sin el Fil, Beirut
T: +961 1 499 767

P Please consider the environment before printing this e-mail
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                 "_000_VI1PR0902MB2158B4E3A97C1D0E36C2D4A2F1BA0VI1PR0902MB2158_")
    rows = std_rows(when, "mail-eopbgr80072.outbound.protection.outlook.example.com", "40.107.8.72",
                    "4DQ4kR2bWnz6Y", '"Fr. Michel Abboud" <director@caritas-lb.example.org>',
                    "RE: " + INVITE_SUBJ, rfcdate(sent),
                    "<VI1PR0902MB2158B4E3A97C1D0E36C2D4A2F1BA0@VI1PR0902MB2158.eurprd09.prod.outlook.example.com>",
                    ret="director@caritas-lb.example.org")
    rows.insert(5, ("Cc", "Migrants Center <mt.abinader@caritas-lb.example.org>"))
    rows += [("In-Reply-To", INVITE_MID), ("References", INVITE_MID),
             ("Thread-Topic", INVITE_SUBJ), ("Thread-Index", "AQHW8yXq1n9Bf3kZQ0yVfT2cWmB4Zw=="),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Marie-Therese Abi Nader", "Director of the Migrants Center", "Caritas Lebanon",
           ["roundtable"], 3)],
        notes="Sender is a priest ('Fr.') proposing a nun; 'Sister' is a religious form of address, not a title "
              "and not part of the name; the signer (Executive Director) is NOT a speaker; title given in prose "
              "('is the Director of the Migrants Center at Caritas Lebanon'); roundtable 3 inferred by the sender "
              "from the concept note ('which we understood ... is roundtable 3'); reply to the invitation thread."))


def m02():
    when = at("2021-01-27 13:05:51")
    sent = when - dt.timedelta(seconds=12)
    text = """بسم الله الرحمن الرحيم

الإخوة الكرام في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمون
السلام عليكم ورحمة الله وبركاته،

بالإشارة إلى كتابكم الموقر بخصوص المراجعة الإقليمية للميثاق العالمي للهجرة، تتشرف لجنة الزكاة والصدقات في جامع الإمام الأعظم بالأعظمية بترشيح فضيلة الشيخ عبد الستار حميد الدليمي، رئيس اللجنة، لإلقاء مداخلة في الجلسة العامة للمؤتمر، حيث تتولى اللجنة منذ عام 2014 إغاثة العوائل النازحة والعائدة من نينوى والأنبار وتقديم المساعدات النقدية لها.

نرجو إعلامنا بالموافقة وبالمدة المخصصة للمداخلة.

وجزاكم الله خيراً

مقداد فاضل العبيدي
مسؤول العلاقات العامة
لجنة الزكاة والصدقات - جامع الإمام الأعظم
بغداد - الأعظمية
"""
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic;font-size:14pt">' + text2html(text) + "</div>",
                     "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0047_01D6F4C2.8A1E3F20")
    rows = std_rows(when, "mail.azamiya-zakat.example.iq", "37.236.14.90", "4DQn7c1Hk5z2",
                    addr("مقداد العبيدي", "pr@azamiya-zakat.example.iq", "windows-1256"),
                    hdr("ترشيح متحدث - المراجعة الإقليمية", "windows-1256"),
                    rfcdate(tz(sent, 3)), "<004701d6f4c2$8a1e3f20$9e5abe60$@azamiya-zakat.example.iq>",
                    ret="pr@azamiya-zakat.example.iq")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdbkwopOdP3mHq1LTg6oXqZl2YbR3A=="),
             ("Content-Language", "ar-iq")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الستار حميد الدليمي", "رئيس اللجنة", "لجنة الزكاة والصدقات في جامع الإمام الأعظم بالأعظمية",
           ["plenary"])],
        notes="Iraqi Outlook, windows-1256 text+HTML; 'فضيلة الشيخ' is a religious form of address, not part of "
              "the name or the title; title 'رئيس اللجنة' only meaningful with the committee named earlier in the "
              "sentence; the signer (PR officer) is not the speaker; plenary as 'الجلسة العامة'; Date in +0300."))


def m03():
    when = at("2021-01-28 19:22:08")
    sent = when - dt.timedelta(seconds=9)
    text = """Bonsoir,

Je me permets de vous écrire au nom de l'Association Al Ihsane pour la solidarité (mosquée Al Ihsane, Oujda). Nous avons bien reçu votre lettre d'invitation par l'intermédiaire du bureau de l'OIM à Rabat et nous vous remercions.

Nous avons quelques questions svp avant de préparer notre contribution :
1- Est-ce que le rapport volontaire peut être rédigé en français ou bien il doit être obligatoirement en anglais ?
2- Y a t-il un modèle ou un nombre de pages maximum ?
3- Notre association est une association à caractère religieux (gestion de la mosquée + aide aux migrants subsahariens en transit), est ce qu'on est concernés par la consultation des parties prenantes ou c'est seulement pour les ONG laïques ?

Merci d'avance pour votre retour, et bon courage à toute l'équipe.

Cordialement
Hamza Bouazzaoui
Secrétaire général adjoint
"""
    html = ('<div dir="ltr">' + text2html(text).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>")
            + "</div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000c41f3a05b9f7a2d1")
    rows = std_rows(when, "mail-ej1-f43.google.example.com", "209.85.218.43", "4DRbX41pq3z9",
                    addr("Hamza Bouazzaoui", "hamza.bouazzaoui.oujda@gmail.example.com"),
                    "Questions concernant le rapport volontaire", rfcdate(tz(sent, 1)),
                    "<CAK3pZr8v1Hq-7fTYe2wJm0nB5sLxQ9cR4uKd6gA_oE1iNmW2bQ@mail.gmail.example.com>",
                    ret="hamza.bouazzaoui.oujda@gmail.example.com")
    m = top(body, rows)
    add(3, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Moroccan French, Gmail; only questions (language of the report, template, eligibility of a "
              "faith-based association): no report and no speaker, although it mentions 'notre contribution'; "
              "Date header in +0100 (Morocco)."))


def m04():
    when = at("2021-01-29 08:01:33")
    sent = when - dt.timedelta(seconds=1)
    text = """Thank you for your email.

I am away from the office on retreat until Monday 8 February 2021 with limited access to email. For pastoral emergencies please contact the parish office on +962 6 462 5383. For matters relating to the Refugee Ministry programme, please write to Ms. Dana Haddad (refugees@stpaul-amman.example.org).

Blessings,
Revd. Canon Andrew Whitfield
Chaplain, St Paul's Anglican Church Amman
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                 "_000_DB7PR06MB5034D1A6B3E3DA0C01E5F4C7A9F20DB7PR06MB5034_")
    rows = std_rows(when, "mail-db8eur05on2102.outbound.protection.outlook.example.com", "40.107.20.102",
                    "4DRx8R0Y3sz5", '"Revd. Canon Andrew Whitfield" <chaplain@stpaul-amman.example.org>',
                    "Automatic reply: " + INVITE_SUBJ, rfcdate(tz(sent, 0)),
                    "<DB7PR06MB5034D1A6B3E3DA0C01E5F4C7A9F20@DB7PR06MB5034.eurprd06.prod.outlook.example.com>",
                    ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_MID), ("References", INVITE_MID),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "chaplain@stpaul-amman.example.org"),
             ("Content-Language", "en-GB")]
    m = top(body, rows)
    add(4, when, m, dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office from an Anglican chaplain ('Revd. Canon'); names a colleague and a "
              "programme but proposes nobody; must not be acknowledged."))


def m05():
    when = at("2021-02-01 12:30:46")
    sent = when - dt.timedelta(seconds=6)
    text = """السلام والنعمة،

مرفق لحضراتكم التقرير الطوعي الخاص بخدمة اللاجئين والمهاجرين في مطرانية الأقباط الأرثوذكس بالمعادي، عن تنفيذ الاتفاق العالمي للهجرة في الفترة 2019–2020، كمساهمة في المراجعة الإقليمية.

التقرير بيتكلم عن الخدمات اللي بنقدمها للاجئين السودانيين والجنوب سودانيين والإريتريين في القاهرة (تعليم، رعاية صحية، دعم نفسي)، وعن التحديات اللي واجهتنا مع كورونا. ياريت تأكدوا لنا الاستلام.

وشكراً جزيلاً لتعبكم

مينا صموئيل جرجس
منسق البرامج – خدمة اللاجئين والمهاجرين
مطرانية الأقباط الأرثوذكس بالمعادي – القاهرة

Sent from my Galaxy
"""
    pdf = make_pdf(["Voluntary GCM Review Report 2019-2020",
                    "Refugee and Migrant Service - Coptic Orthodox Diocese of Maadi, Cairo",
                    "1. Introduction", "2. Education and health services for refugees",
                    "3. Psychosocial support", "4. COVID-19 challenges", "5. Recommendations"])
    fname = "التقرير الطوعي - خدمة اللاجئين المعادي.pdf"
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(fname))])
    att["Content-Disposition"] = "attachment; " + "; ".join(rfc2231_cont("filename", fname))
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
                "000000000000a3d7f105ba4c19e2")
    body = multi("mixed", [alt, att], "000000000000a3d7f305ba4c19e4")
    rows = std_rows(when, "mail-wm1-f65.google.example.com", "209.85.128.65", "4DTq2N5Wbgz8",
                    addr("Mina Samuel", "mina.samuel.maadi@gmail.example.com"),
                    hdr("التقرير الطوعي - خدمة اللاجئين - مطرانية المعادي"), rfcdate(sent),
                    "<CAJt5mQ0x3eN-Rk2Zp7vWc1hLgY8uT4sB6aF9dE_Ho0iKqM3nVw@mail.gmail.example.com>",
                    ret="mina.samuel.maadi@gmail.example.com")
    m = top(body, rows)
    add(5, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Egyptian colloquial Arabic ('بيتكلم', 'اللي', 'ياريت'), Christian greeting 'السلام والنعمة'; "
              "base64 text parts; Arabic PDF file name in RFC 2231 continuations (filename*0*/filename*1*) and "
              "RFC 2047 in name=; Latin display name vs Arabic signature."))


def m06():
    when = at("2021-02-02 16:14:29")
    sent = when - dt.timedelta(seconds=15)
    text = """Bonjour Madame, Monsieur,

Suite à votre invitation reçue via le Réseau des organisations chrétiennes d'aide aux migrants, je souhaiterais prendre part à la discussion ouverte de la consultation multipartite du 23 février.

Cela fait maintenant six ans que nous accueillons à Jbeil des enfants syriens et irakiens déscolarisés, et on aimerait vraiment faire entendre la voix des petites structures de terrain, qui sont souvent oubliées dans ce genre de rencontres.

Je reste à votre disposition pour toute information complémentaire.

Bien fraternellement,

-- 
Frère Georges Sfeir, fms
Responsable du programme « Écoles ouvertes »
Frères Maristes – Champville, Liban
+961 3 218 440
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "smtp.fms-liban.example.org", "185.89.87.14", "4DVB1m4Xtvz3",
                    addr("Georges Sfeir", "g.sfeir@fms-liban.example.org"),
                    "=?UTF-8?Q?Participation_=C3=A0_la_discussion_ouverte_=E2=80=93_23_f=C3=A9vrier?=",
                    rfcdate(sent), "<6a1f3e2c-9b4d-4e7a-b1c2-5d8f0e3a7c19@fms-liban.example.org>",
                    ret="g.sfeir@fms-liban.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Georges Sfeir", "Responsable du programme « Écoles ouvertes »", "Frères Maristes – Champville",
           ["open_discussion"])],
        notes="Self-nomination, all speaker details only in the Thunderbird signature after '-- '; 'Frère' is a "
              "religious form of address and 'fms' a religious-order suffix, neither is part of name or title; "
              "8bit UTF-8 format=flowed; Lebanese French ('on aimerait vraiment')."))


def m07():
    when = at("2021-02-03 11:48:02")
    sent = when - dt.timedelta(seconds=7)
    text = """Dear GCM Regional Review team,

Please find attached the voluntary review report of Hands of Mercy for Syria, a UK-registered Muslim charity (no. 1156342) working with Syrian refugees and returnees in Lebanon, Jordan and north-west Syria. It covers 2019 and 2020 and is structured around GCM objectives 2, 16 and 19.

We would also welcome the opportunity to contribute to the conference itself. Our proposed speaker is:

Programme Director, Levant Region - Hands of Mercy for Syria (HMS): Dr Lina Kassab

Dr Kassab would be glad to act as rapporteur and present the stakeholders' key messages, if the organisers are still looking for someone; otherwise any floor intervention would be fine.

Many thanks and kind regards,

Yusuf Patel
Head of Policy & Partnerships
Hands of Mercy for Syria
Birmingham | Gaziantep | Amman
www.handsofmercy-syria.example.org

This email and any attachments are confidential and intended solely for the addressee. Hands of Mercy for Syria is a registered charity in England and Wales.
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    docx = make_docx(["Hands of Mercy for Syria", "Voluntary GCM Review Report 2019-2020",
                      "Objective 2: Minimize the adverse drivers", "Objective 16: Empower migrants and societies",
                      "Objective 19: Create conditions for migrants and diasporas to contribute"])
    fname = "HMS_GCM_Voluntary_Review_Report_Feb2021.docx"
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % fname)],
               disp='attachment; filename="%s"; size=%d' % (fname, len(docx)))
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                "_000_LO2P265MB3052A8C1B4E2D3F7A9C06E5B4D21LO2P265MB3052GBRP_")
    body = multi("mixed", [alt, att], "_004_LO2P265MB3052A8C1B4E2D3F7A9C06E5B4D21LO2P265MB3052GBRP_")
    rows = std_rows(when, "mail-lo2gbr01on0619.outbound.protection.outlook.example.com", "40.107.10.119",
                    "4DVr6f3Lx0z1", "Yusuf Patel <y.patel@handsofmercy-syria.example.org>",
                    "Voluntary review report + speaker proposal - Hands of Mercy for Syria",
                    rfcdate(tz(sent, 0)),
                    "<LO2P265MB3052A8C1B4E2D3F7A9C06E5B4D21@LO2P265MB3052.GBRP265.PROD.OUTLOOK.example.com>",
                    ret="y.patel@handsofmercy-syria.example.org")
    rows += [("Thread-Topic", "Voluntary review report + speaker proposal - Hands of Mercy for Syria"),
             ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Lina Kassab", "Programme Director, Levant Region", "Hands of Mercy for Syria (HMS)", ["rapporteur"])],
        report_attachments=[fname],
        notes="Report attachment plus speaker in one mail; speaker line in unusual order 'title - organisation "
              "(acronym): name'; acronym HMS only appears in that line; rapporteur stated, 'otherwise any floor "
              "intervention' is a fallback and names no specific role; signer is not the speaker; UK diaspora "
              "charity, Date in +0000."))


def m08():
    when = at("2021-02-03 21:37:55")
    sent = when - dt.timedelta(seconds=11)
    text = """مرحبا

نحنا جمعية "بيت الرحمة" بزحلة، جمعية خيرية تابعة لمطرانية الروم الكاثوليك، منشتغل مع العمال المهاجرين والنازحين السوريين بالبقاع.

حابين نشارك بالطاولة المستديرة التانية، وعنا شخصين بدهم يحكوا:
- الأب جوزيف معلوف، مدير الجمعية
- رنا الحاج

رنا هي يلي بتتابع ملف العاملات بالخدمة المنزلية عنا.

شكرا كتير ونطرت ردكن

أرسلت من الـ iPhone الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.beitalrahma-zahle.example.org", "94.187.3.55", "4DW6dZ2mQjz4",
                    addr("بيت الرحمة", "beitalrahma.zahle@icloud.example.com"),
                    hdr("مشاركة بالطاولة المستديرة"), rfcdate(sent),
                    "<8F2D5C1A-4B7E-4E3A-9D61-2C0F7B8A3E55@icloud.example.com>",
                    ret="beitalrahma.zahle@icloud.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)"), ("Content-Language", None)]
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جوزيف معلوف", "مدير الجمعية", "جمعية \"بيت الرحمة\" بزحلة", ["roundtable"], 2),
        sp("رنا الحاج", None, "جمعية \"بيت الرحمة\" بزحلة", ["roundtable"], 2)],
        notes="Short Lebanese colloquial iPhone mail, no signature, display name is the organisation; two "
              "speakers in a dash list; 'الأب' is a religious form of address (not part of the name); second "
              "speaker has no title (her portfolio is described in prose, not a title); roundtable 2 written "
              "colloquially 'الطاولة المستديرة التانية'."))


def m09():
    when = at("2021-02-04 10:03:20")
    sent = when - dt.timedelta(seconds=5)
    text = """Madame, Monsieur,

Au nom de la Plateforme interconfessionnelle Maroc Solidarité Migrants (PIMSM), nous avons l'honneur de vous transmettre ci-joint notre rapport volontaire collectif sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières au Maroc.

Ce rapport a été élaboré de manière participative entre novembre 2020 et janvier 2021 par les organisations membres de la Plateforme :
- Caritas Maroc (Rabat, Casablanca, Tanger)
- l'Église Évangélique au Maroc (EEAM) - Comité d'entraide internationale
- l'Association Marocaine d'Entraide et de Solidarité - Fès
- le Conseil des Églises Chrétiennes au Maroc
- Fondation Orient-Occident
- Association Al Karam pour l'aide aux migrants, Tanger

Le rapport porte principalement sur les objectifs 7, 15 et 22 (accès aux services de base, réduction des vulnérabilités, santé et protection sociale).

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour la PIMSM,
Abdelkrim El Ouazzani
Coordinateur de la Plateforme
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    pdf = make_pdf(["Plateforme interconfessionnelle Maroc Solidarite Migrants (PIMSM)",
                    "Rapport volontaire collectif - Pacte mondial sur les migrations",
                    "Examen regional - Etats arabes, fevrier 2021",
                    "Organisations membres: Caritas Maroc, EEAM, AMES Fes, CECM, Fondation Orient-Occident, Al Karam"])
    fname = "Rapport collectif PIMSM - Pacte mondial 2021.pdf"
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
               disp='attachment; filename="%s"' % fname)
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-15", "quoted-printable"),
                                leaf("text/html", html, "iso-8859-15", "quoted-printable")],
                "----=_Part_118823_1403716712.1612425800144")
    body = multi("mixed", [alt, att], "----=_Part_118822_1740163291.1612425800144")
    rows = std_rows(when, "smtp02.menara.example.ma", "196.200.131.22", "4DWQ0p6kG9z7",
                    addr("PIMSM Coordination", "coordination@pimsm.example.ma"),
                    "=?iso-8859-15?Q?Rapport_volontaire_collectif_=96_PIMSM?=".replace("=96", "-"),
                    rfcdate(tz(sent, 1)), "<1403716712.118824.1612425800144@webmail.menara.example.ma>",
                    ret="coordination@pimsm.example.ma")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)")]
    m = top(body, rows)
    add(9, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Collective report of an interfaith coalition with a list of six member organisations (one of them "
              "a church 'Comité d'entraide'); the members are not speakers; iso-8859-15 quoted-printable, "
              "webmail; Date in +0100."))


def m10():
    when = at("2021-02-04 22:16:41")
    sent = when - dt.timedelta(seconds=8)
    text = """مرحبا مرة تانية،

نسيت قلكن بالإيميل الماضي: رنا الحاج هي منسقة برنامج حماية العاملات المهاجرات بالجمعية. وإذا ما في مجال للتنين بالطاولة التانية، الأب جوزيف بيفضّل يحكي بالجلسة العامة.

شكرا

أرسلت من الـ iPhone الخاص بي

> في 3 شباط 2021، الساعة 9:37 م، كتب بيت الرحمة <beitalrahma.zahle@icloud.example.com>:
> 
> مرحبا
> 
> نحنا جمعية "بيت الرحمة" بزحلة، جمعية خيرية تابعة لمطرانية الروم الكاثوليك، منشتغل مع العمال المهاجرين والنازحين السوريين بالبقاع.
> 
> حابين نشارك بالطاولة المستديرة التانية، وعنا شخصين بدهم يحكوا:
> - الأب جوزيف معلوف، مدير الجمعية
> - رنا الحاج
> 
> رنا هي يلي بتتابع ملف العاملات بالخدمة المنزلية عنا.
> 
> شكرا كتير ونطرت ردكن
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    first = "<8F2D5C1A-4B7E-4E3A-9D61-2C0F7B8A3E55@icloud.example.com>"
    rows = std_rows(when, "mail.beitalrahma-zahle.example.org", "94.187.3.55", "4DX2pF0sRvz6",
                    addr("بيت الرحمة", "beitalrahma.zahle@icloud.example.com"),
                    re_hdr("Re: ", "مشاركة بالطاولة المستديرة"), rfcdate(sent),
                    "<C41E9A07-2D3B-4F58-A6E1-7B90D5F2C813@icloud.example.com>",
                    ret="beitalrahma.zahle@icloud.example.com")
    rows += [("In-Reply-To", first), ("References", first), ("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    aff = "جمعية \"بيت الرحمة\" بزحلة"
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رنا الحاج", "منسقة برنامج حماية العاملات المهاجرات", aff, ["roundtable"], 2),
        sp("جوزيف معلوف", "مدير الجمعية", aff, ["roundtable", "plenary"], 2)],
        thread_of="h95-08.eml",
        notes="Follow-up to h95-08 (sender replied to her own mail): supplies the title missing for the second "
              "speaker and a fallback role (plenary) for the first; the organisation is only named in the quoted "
              "part; 'الأب' again a form of address; Lebanese colloquial; the new information sits above an "
              "Apple Mail Arabic quote header."))


def m11():
    # 16:50 in Toronto (-0500) = 23:50 Beirut, 5 Feb: just in time
    when = at("2021-02-05 23:50:38")
    sent = when - dt.timedelta(seconds=19)
    text = """Hello,

Sorry for the last-minute email, we only received the invitation yesterday through the Assyrian Church of the East diocese. The Mesopotamia Relief Foundation would like to request speaking slots for the two colleagues below:

Name | Position | Session
Rev. Dr. Shlemon Warda | Chair of the Board | Plenary
Nineb Yacoub | Field Coordinator, Dohuk office | Roundtable 4 (returns & reintegration)

Both speak Arabic and English. Nineb is based in Dohuk, Shlemon in Toronto.

Thanks so much,
Christina Odisho
Mesopotamia Relief Foundation (MRF)
Toronto, ON
"""
    html = """<div dir="ltr"><div>Hello,</div><div><br></div><div>Sorry for the last-minute email, we only received the invitation yesterday through the Assyrian Church of the East diocese. The Mesopotamia Relief Foundation would like to request speaking slots for the two colleagues below:</div><div><br></div>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"><tbody>
<tr><td><b>Name</b></td><td><b>Position</b></td><td><b>Session</b></td></tr>
<tr><td>Rev. Dr. Shlemon Warda</td><td>Chair of the Board</td><td>Plenary</td></tr>
<tr><td>Nineb Yacoub</td><td>Field Coordinator, Dohuk office</td><td>Roundtable 4 (returns &amp; reintegration)</td></tr>
</tbody></table>
<div><br></div><div>Both speak Arabic and English. Nineb is based in Dohuk, Shlemon in Toronto.</div><div><br></div><div>Thanks so much,</div><div>Christina Odisho<br>Mesopotamia Relief Foundation (MRF)<br>Toronto, ON</div></div>
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000005e8b1c05ba9f0d37")
    rows = std_rows(when, "mail-qk1-f176.google.example.com", "209.85.222.176", "4DXkR51yWcz2",
                    "Christina Odisho <christina@mrf-canada.example.org>",
                    "Speaker request - Mesopotamia Relief Foundation", rfcdate(tz(sent, -5)),
                    "<CAMhR9w2Yx-5nBq8Tt3kLz0vPc6dJ1fS7aE4gH2uWo_mKiN8rXe@mail.gmail.example.com>",
                    ret="christina@mrf-canada.example.org")
    m = top(body, rows)
    aff = "Mesopotamia Relief Foundation (MRF)"
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Shlemon Warda", "Chair of the Board", aff, ["plenary"]),
        sp("Nineb Yacoub", "Field Coordinator, Dohuk office", aff, ["roundtable"], 4)],
        notes="Deadline edge: Date 16:50 -0500 (Toronto) on 5 Feb = 23:50 Beirut, on time; speakers in a "
              "pipe table (HTML table in the HTML part); 'Rev. Dr.' honorifics to strip; sender is not a speaker; "
              "acronym MRF only in the signature."))


def m12():
    # 23:04 in Paris (+0100) on 5 Feb = 00:04 Beirut on 6 Feb: late
    when = at("2021-02-06 00:04:12")
    sent = when - dt.timedelta(seconds=6)
    text = """Bonsoir,

J'espère qu'il n'est pas trop tard !! Notre association, Solidarité Maghreb Entraide (SME), basée à Saint-Denis et liée à la mosquée Tawhid, souhaite proposer l'intervention de notre président M. Rachid Benali lors d'une des tables rondes (de préférence la n°1 sur la migration de travail, sinon la n°3).

M. Benali est président fondateur de l'association, ancien travailleur migrant lui-même, et il accompagne depuis 20 ans les familles de migrants maghrébins en France et au pays.

Merci de votre compréhension et bonne soirée,
Samira Tahiri
Chargée de mission
SME - Solidarité Maghreb Entraide
93200 Saint-Denis
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "=_a8c3f0e91d2b47d6b5e4c21a0f7d3e88")
    rows = std_rows(when, "smtp-out.orange.example.fr", "80.12.242.131", "4DXm0H3vTqz5",
                    "Samira Tahiri <s.tahiri93@orange.example.fr>",
                    "=?UTF-8?B?RGVtYW5kZSBkJ2ludGVydmVudGlvbiDigJMgdGFibGUgcm9uZGU=?=",
                    rfcdate(tz(sent, 1)), "<6c0b2f8a4e93d15a7b8e20f1c4d9a337@orange.example.fr>",
                    ret="s.tahiri93@orange.example.fr")
    rows += [("User-Agent", "Roundcube Webmail/1.4.10")]
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Rachid Benali", "président fondateur de l'association", "Solidarité Maghreb Entraide (SME)",
           ["roundtable"], 1)],
        notes="Deadline edge: Date 'Fri, 5 Feb 2021 23:04 +0100' looks on time in the sender's zone but is 00:04 "
              "Beirut on 6 Feb: late; speaker proposed by a staff member; 'M.' honorific; title in prose "
              "('président fondateur de l'association', also 'notre président'); two roundtable choices, first "
              "is 1; base64 text parts, RFC 2047 B subject; French diaspora association linked to a mosque."))


def m13():
    # 01:07 Kuwait (+0300) on 6 Feb = 00:07 Beirut: late; sender relies on the Arabic misprint
    when = at("2021-02-06 00:07:44")
    sent = when - dt.timedelta(seconds=10)
    text = """السلام عليكم ورحمة الله

تحية طيبة، حسب خطابكم باللغة العربية آخر موعد لطلبات المتحدثين هو يوم الجمعة 23 فبراير، فحبينا نرسل طلبنا من الحين.

الهيئة الخيرية للتضامن مع اللاجئين - فرع الكويت تبي تشارك في المؤتمر، والمتحدث المقترح:

الاسم: د. نورة عبدالله المطيري
الصفة: نائبة رئيس مجلس الإدارة
الجهة: الهيئة الخيرية للتضامن مع اللاجئين (فرع الكويت)

ونبي لها مداخلة في الجلسة العامة لو تكرمتوا، أو المائدة المستديرة الثانية.

مع خالص الشكر والتقدير
عبدالعزيز الرشيدي
إدارة المشاريع الخارجية
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "Apple-Mail=_3B7E0C52-9A14-4D6F-8E21-C5A0F93D7B16")
    rows = std_rows(when, "mail.charity-solidarity.example.kw", "62.215.4.201", "4DXm3s0KpLz1",
                    addr("عبدالعزيز الرشيدي", "a.alrashidi@charity-solidarity.example.kw"),
                    hdr("طلب مشاركة متحدث - المراجعة الإقليمية للميثاق العالمي للهجرة"),
                    rfcdate(tz(sent, 3)), "<3B7E0C52-9A14-4D6F-8E21-C5A0F93D7B16@charity-solidarity.example.kw>",
                    ret="a.alrashidi@charity-solidarity.example.kw")
    rows += [("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")]
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("نورة عبدالله المطيري", "نائبة رئيس مجلس الإدارة", "الهيئة الخيرية للتضامن مع اللاجئين (فرع الكويت)",
           ["plenary", "roundtable"], 2)],
        notes="Gulf (Kuwaiti) colloquial ('تبي', 'نبي', 'من الحين'); sender quotes the misprinted Arabic deadline "
              "'الجمعة 23 فبراير' and believes he is early, but Date 01:07 +0300 on 6 Feb = 00:07 Beirut: late; "
              "labelled key:value block; 'د.' honorific; affiliation written two ways (with ' - فرع' and "
              "'(فرع ...)'); two roles, plenary first then roundtable 2."))


def m14():
    when = at("2021-02-08 09:26:03")
    sent = when - dt.timedelta(seconds=13)
    text = """Dear organisers,

Good morning. I am writing on behalf of the Amman Interfaith Dialogue Circle (AIDC). Our chair, the Reverend Nabil Haddad, and Sheikh Omar Al-Khatib of our steering committee would like to attend the conference on 24-25 February as participants (listening only, we do not plan to speak this time).

Could you kindly tell us:
- whether registration is needed separately for each day, and where the link is?
- whether Arabic-English interpretation will be available on the Zoom platform?
- whether observers can also follow the consultation on the 23rd?

With thanks and warm regards,
Hiba Qaqish
Programme Officer, AIDC
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "7bit")],
                 "_000_AM6PR10MB2871F0E4C6D1A9B7E2F0C5A3B88D0AM6PR10MB2871EURP_")
    rows = std_rows(when, "mail-am6eur05on2070.outbound.protection.outlook.example.com", "40.107.22.70",
                    "4DYt5V2rNkz8", "Hiba Qaqish <h.qaqish@aidc-jo.example.org>",
                    "Registration and interpretation - Regional Review conference", rfcdate(sent),
                    "<AM6PR10MB2871F0E4C6D1A9B7E2F0C5A3B88D0@AM6PR10MB2871.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret="h.qaqish@aidc-jo.example.org")
    rows += [("Content-Language", "en-US")]
    m = top(body, rows)
    add(14, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="Logistics questions; names a Reverend and a Sheikh with their roles, but explicitly as "
              "non-speaking participants ('we do not plan to speak'): no speaker request despite names, "
              "organisation and dates of the plenary."))


def m15():
    when = at("2021-02-09 14:11:27")
    orig_date = "Tue, 9 Feb 2021 14:11:19 +0200"
    dsn_text = POSTFIX_NOTICE + """
<info@zakat-tripoli.example.org>: host mail.zakat-tripoli.example.org[185.114.57.9]
    said: 550 5.1.1 <info@zakat-tripoli.example.org>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4DZ8cH0wT1z3
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; info@zakat-tripoli.example.org
Original-Recipient: rfc822;info@zakat-tripoli.example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.zakat-tripoli.example.org
Diagnostic-Code: smtp; 550 5.1.1 <info@zakat-tripoli.example.org>: Recipient
    address rejected: User unknown in virtual mailbox table
""" % orig_date
    headers = """Received: from AM0PR04MB6723.eurprd04.prod.outlook.example.com (unknown [10.20.1.15])
\tby mx1.iom.int (Postfix) with ESMTPS id 4DZ8cH0wT1z3
\tfor <info@zakat-tripoli.example.org>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: info@zakat-tripoli.example.org
Subject: Reminder: speaker requests - Regional Review of the GCM in the Arab region
Date: %s
Message-ID: <AM0PR04MB6723F2B51D0C7E94A1B3C6D2E7A80@AM0PR04MB6723.eurprd04.prod.outlook.example.com>
""" % (orig_date, orig_date)
    p1 = leaf("text/plain", dsn_text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in status.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", headers, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    p3.replace_header("Content-Type", "text/rfc822-headers")
    body = multi("report", [p1, p2, p3], "4DZ8cJ3xVmz7.1612872687/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZ8cJ3xVmz7; %s" % rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"), ("To", BOX),
            ("Subject", "Undelivered Mail Returned to Sender"), ("Date", rfcdate(when, "EET")),
            ("Message-ID", "<20210209121127.4DZ8cJ3xVmz7@mx1.iom.int>"), ("Auto-Submitted", "auto-replied")]
    m = top(body, rows)
    add(15, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status) for a reminder the mailbox sent to a zakat committee; "
              "must not be acknowledged."))


def m16():
    when = at("2021-02-10 17:40:09")
    sent = when - dt.timedelta(seconds=9)
    text = """Chère équipe du Réseau,

Veuillez trouver ci-joint le rapport volontaire de l'Union des Œuvres Sociales Arméniennes du Liban (UOSAL) sur la mise en œuvre du Pacte mondial, préparé avec les paroisses de Bourj Hammoud et d'Anjar.

Par la même occasion, nous souhaiterions que notre secrétaire exécutive, Mme Arpi Der Sarkissian, puisse faire une intervention lors d'une séance plénière, afin de présenter l'expérience de nos centres auprès des familles arméniennes de Syrie réfugiées au Liban depuis 2012. Nous savons que la date pour les intervenants est passée, mais nous avons été très pris par les suites de l'explosion du port, et nous espérons que vous pourrez tout de même en tenir compte.

Avec nos remerciements anticipés,

Hagop Kalaydjian
Trésorier
UOSAL – Bourj Hammoud
"""
    html = html_wrap('<div style="font-family:Verdana;font-size:10pt">' + text2html(text) + "</div>")
    pdf = make_pdf(["Union des Oeuvres Sociales Armeniennes du Liban (UOSAL)",
                    "Rapport volontaire - Pacte mondial pour les migrations",
                    "Paroisses de Bourj Hammoud et d'Anjar", "Fevrier 2021"])
    fname = "Rapport_UOSAL_Pacte_mondial_2021.pdf"
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", fname)],
               disp="attachment; filename=%s" % fname)
    logo = leaf("image/png", make_png(12, 12, (140, 20, 30)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FFD2.6E1A3B40>")])
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252", "quoted-printable"),
                                leaf("text/html", html.replace("Œ", "&OElig;"), "windows-1252", "quoted-printable")],
                "----=_NextPart_001_00A3_01D6FFD2.6E1A3B40")
    rel = multi("related", [alt, logo], "----=_NextPart_002_00A4_01D6FFD2.6E1A3B40",
                params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, att], "----=_NextPart_000_00A2_01D6FFD2.6E1A3B40")
    rows = std_rows(when, "mail.uosal.example.org.lb", "91.232.101.6", "4DZxW81qHsz4",
                    "Hagop Kalaydjian <tresorier@uosal.example.org.lb>",
                    "Rapport volontaire UOSAL et demande d'intervention",
                    rfcdate(sent), "<00a201d6ffd2$6e1a3b40$4a4eb1c0$@uosal.example.org.lb>",
                    ret="tresorier@uosal.example.org.lb")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcP0m4aO0oeS1tCTqW8f3D6JxYbAQ=="),
             ("Content-Language", "fr-lb")]
    m = top(body, rows)
    add(16, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Arpi Der Sarkissian", "secrétaire exécutive",
           "Union des Œuvres Sociales Arméniennes du Liban (UOSAL)", ["plenary"])],
        report_attachments=[fname],
        notes="Report + speaker on 10 Feb: report on time, speaker request late (sender admits it), so 'both' is "
              "not on time; title before the name ('notre secrétaire exécutive, Mme ...'); Outlook windows-1252 "
              "QP (ligature 'Œ' = 0x8C; &OElig; entity in HTML), multipart/related inside mixed; inline logo "
              "image001.png is not part of the report; unquoted RFC 2045 filename."))


def m17():
    when = at("2021-02-12 12:55:31")
    sent = when - dt.timedelta(seconds=14)
    text = """حضرات الزملاء الأعزاء في الشبكة الإقليمية،

تحية طيبة وبعد،

نشكركم جزيل الشكر على دعوتكم الكريمة لمجلس الكنائس والمؤسسات الإسلامية للعمل الإنساني في الأردن. للأسف لن نتمكن هذه المرة من إعداد تقرير طوعي بسبب ضيق الوقت، لكننا نود أن نسأل: هل يمكن لممثلين عن المجلس حضور المؤتمر بصفة مراقبين؟ وهل ستُتاح الوثائق الختامية باللغة العربية؟

مع خالص التحيات،
سلام النمري
المجلس الأردني المشترك للعمل الإنساني
"""
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma">' + text2html(text) + "</div>", "rtl")
    body = leaf("text/html", html, "UTF-8", "base64")
    rows = std_rows(when, "mail-pj1-f47.google.example.com", "209.85.216.47", "4DbP3k7MxRz9",
                    addr("Salam Nimri", "salam.nimri@jjhc-jo.example.org"),
                    hdr("استفسار حول حضور المؤتمر"), rfcdate(sent),
                    "<CAE7wQ1m-Hp4kRz8Yt2cLn5vXs0bD3fG6jA9eU1iKo_wNqM7tPz@mail.gmail.example.com>",
                    ret="salam.nimri@jjhc-jo.example.org")
    m = top(body, rows)
    add(17, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="HTML-only base64 Arabic; thanks + says explicitly no report will be sent + questions about observer "
              "status and Arabic documents: 'other', not a report."))


def m18():
    when = at("2021-02-14 15:20:48")
    sent = when - dt.timedelta(seconds=22)
    text = """السلام عليكم،

هادا هو التقرير ديال جمعية الإحسان والزكاة بالناظور على تنفيذ الميثاق العالمي للهجرة، كتبناه هنا فالإيميل حيت ماعندناش الوقت نديرو ملف.

1) شكون حنا: جمعية خيرية تابعة للمسجد الكبير بالناظور، كنخدمو مع المهاجرين من إفريقيا جنوب الصحراء اللي عالقين فالغابات قرب مليلية، وكذلك مع العائلات ديال المهاجرين المغاربة اللي رجعو من أوروبا.

2) شنو درنا فـ 2019-2020: توزيع الماكلة والأغطية على 1200 مهاجر، مساعدة 85 عائلة فالعلاج، دفن 14 مهاجر ماتو فالبحر بكرامة بتعاون مع السلطات المحلية (الهدف 8 ديال الميثاق).

3) التحديات: كورونا، سد الحدود، قلة الموارد ديال الزكاة هاد العام.

4) التوصيات: خاص تكون قاعدة بيانات للمفقودين فالبحر، وخاص الجمعيات الدينية تشارك فالتخطيط المحلي.

والسلام
الحاج محمد أمزيان
أمين المال - جمعية الإحسان والزكاة، الناظور
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + '<br><img src="cid:ii_kl5x2b3c0" alt="logo"></div>', "rtl")
    logo = leaf("image/png", make_png(16, 16, (20, 120, 60)), cte="base64", params=[("name", '"logo_jamiya.png"')],
                disp='inline; filename="logo_jamiya.png"', extra=[("Content-ID", "<ii_kl5x2b3c0>"),
                                                                  ("X-Attachment-Id", "ii_kl5x2b3c0")])
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                "000000000000e7a2b905bb4d8c13")
    body = multi("related", [alt, logo], "000000000000e7a2bb05bb4d8c14")
    rows = std_rows(when, "mail-wr1-f49.google.example.com", "209.85.221.49", "4DcR8m2PtVz6",
                    addr("محمد أمزيان", "amziane.nador@gmail.example.com"),
                    hdr("التقرير ديال الجمعية"), rfcdate(tz(sent, 1)),
                    "<CAF2kLp9-Vb3nQx7Rt1mZc6wYs4dE8gH0jB5fU2iJo_pNrK4sAe@mail.gmail.example.com>",
                    ret="amziane.nador@gmail.example.com")
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[],
        notes="Moroccan Darija; the report is written in the body (numbered sections), not attached; the only "
              "attachment is an inline logo, not the report; 'الحاج' is an honorific; Date in +0100."))


def m19():
    when = at("2021-02-15 11:08:57")
    sent = when - dt.timedelta(seconds=5)
    first = "<1403716712.118824.1612425800144@webmail.menara.example.ma>"
    text = """Madame, Monsieur,

Suite à notre envoi du 4 février, nous vous adressons ci-joint la version révisée (v2) de notre rapport collectif, qui remplace la précédente. Une septième organisation, le Secours islamique - bureau de Rabat, a rejoint la Plateforme et a contribué à la section sur la santé.

Merci de bien vouloir ne prendre en compte que cette nouvelle version.

Salutations distinguées,
Abdelkrim El Ouazzani
Coordinateur de la Plateforme interconfessionnelle Maroc Solidarité Migrants (PIMSM)

----- Message d'origine -----
De: "PIMSM Coordination" <coordination@pimsm.example.ma>
À: gcmrrarabstates@iom.int
Envoyé: Jeudi 4 Février 2021 09:03:15
Objet: Rapport volontaire collectif - PIMSM

Madame, Monsieur,

Au nom de la Plateforme interconfessionnelle Maroc Solidarité Migrants (PIMSM), nous avons l'honneur de vous transmettre ci-joint notre rapport volontaire collectif [...]
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    pdf = make_pdf(["Plateforme interconfessionnelle Maroc Solidarite Migrants (PIMSM)",
                    "Rapport volontaire collectif - version revisee v2 (15/02/2021)",
                    "Organisations membres: Caritas Maroc, EEAM, AMES Fes, CECM, Fondation Orient-Occident,",
                    "Al Karam, Secours islamique - bureau de Rabat"])
    fname = "Rapport collectif PIMSM - Pacte mondial 2021 v2.pdf"
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
               disp='attachment; filename="%s"' % fname)
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-15", "quoted-printable"),
                                leaf("text/html", html, "iso-8859-15", "quoted-printable")],
                "----=_Part_131577_1984532210.1613380137090")
    body = multi("mixed", [alt, att], "----=_Part_131576_552806347.1613380137090")
    rows = std_rows(when, "smtp02.menara.example.ma", "196.200.131.22", "4DcxN13hFkz2",
                    addr("PIMSM Coordination", "coordination@pimsm.example.ma"),
                    "=?iso-8859-15?Q?RE:_Rapport_volontaire_collectif_-_PIMSM_(version_r=E9vis=E9e)?=",
                    rfcdate(tz(sent, 1)), "<1984532210.131578.1613380137090@webmail.menara.example.ma>",
                    ret="coordination@pimsm.example.ma")
    rows += [("In-Reply-To", first), ("References", first),
             ("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)")]
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h95-09.eml",
        notes="Revised collective report replacing h95-09 (thread_of), a seventh member organisation added; "
              "Zimbra quote header; file name differs from the first only by ' v2'."))


def m20():
    # 00:20 Baghdad (+0300) on 17 Feb = 23:20 Beirut on 16 Feb: report on time, speaker part long late
    when = at("2021-02-16 23:20:14")
    sent = when - dt.timedelta(seconds=16)
    text = """السادة المحترمين

مرفق طيا التقرير الطوعي لمؤسسة الإمام الخوئي الخيرية - مكتب العراق حول دعم العائدين والنازحين.

ونود ايضا ترشيح الاستاذ حيدر كاظم الموسوي مدير قسم الاغاثة في المؤسسة للمشاركة في المائدة المستديرة الرابعة ان امكن.

مع التقدير
ضياء الحسيني
مؤسسة الإمام الخوئي الخيرية - مكتب العراق - النجف الأشرف
"""
    docx = make_docx(["مؤسسة الإمام الخوئي الخيرية - مكتب العراق", "التقرير الطوعي حول الاتفاق العالمي للهجرة",
                      "دعم العائدين والنازحين 2019-2020"])
    fname = "تقرير مؤسسة الخوئي.docx"
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp='attachment; filename="%s"' % b_word(fname))
    body = multi("mixed", [leaf("text/plain", text, "windows-1256", "quoted-printable"), att],
                 "----=_NextPart_000_0012_01D704B8.1C3E5F60")
    rows = std_rows(when, "mail.alkhoei-iraq.example.iq", "5.62.61.30", "4Dh2Lx0qJtz5",
                    addr("ضياء الحسيني", "d.alhusseini@alkhoei-iraq.example.iq", "windows-1256"),
                    hdr("التقرير الطوعي وترشيح متحدث", "windows-1256"),
                    rfcdate(tz(sent, 3)), "<001201d704b8$1c3e5f60$54bb1e20$@alkhoei-iraq.example.iq>",
                    ret="d.alhusseini@alkhoei-iraq.example.iq")
    rows += [("X-Mailer", "Microsoft Outlook 14.0")]
    m = top(body, rows)
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("حيدر كاظم الموسوي", "مدير قسم الاغاثة في المؤسسة", "مؤسسة الإمام الخوئي الخيرية - مكتب العراق",
           ["roundtable"], 4)],
        report_attachments=[fname],
        notes="Date '17 Feb 00:20 +0300' looks late for the report but is 23:20 Beirut on 16 Feb (report on time); "
              "speaker part is 11 days late, so 'both' is not on time; 'الاستاذ' honorific; title in prose; Arabic "
              "DOCX name as RFC 2047 inside quoted filename= (Outlook 2010 style); windows-1256 QP plain text only."))


def m21():
    # 16:55 in Detroit (-0500) on 16 Feb = 23:55 Beirut: just in time
    when = at("2021-02-16 23:55:02")
    sent = when - dt.timedelta(seconds=18)
    text = """Dear Sir or Madam,

On behalf of the Chaldean Mercy Outreach (CMO), please find attached our voluntary report on the implementation of the Global Compact for Migration, along with its annex of case data from our partner parishes in Ankawa, Alqosh and Zakho. Hope it is not too late - we were told the deadline was extended to today.

The report was prepared by our volunteers in Michigan together with the parish committees in northern Iraq and looks mainly at family reunification, remittances and the situation of Iraqi Christians stuck in Lebanon and Jordan waiting for resettlement.

God bless,

Fr. Paul Kattoula
Chaldean Mercy Outreach
Southfield, MI 48075
"""
    html = html_wrap('<div style="font-family:Calibri;font-size:12pt">' + text2html(text) + "</div>")
    pdf = make_pdf(["Chaldean Mercy Outreach (CMO)", "Voluntary Report - Global Compact for Migration",
                    "Family reunification, remittances, Iraqi Christians in transit", "February 2021"])
    pdf2 = make_pdf(["Annex 1 - Case data from partner parishes", "Ankawa / Alqosh / Zakho", "2019-2020"])
    f1 = "CMO Voluntary Report GCM 2021.pdf"
    f2 = "Annex 1 - parish case data.pdf"
    a1 = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % f1)],
              disp='attachment; filename="%s"; size=%d; creation-date="Tue, 16 Feb 2021 21:50:11 GMT"' % (f1, len(pdf)))
    a2 = leaf("application/pdf", pdf2, cte="base64", params=[("name", '"%s"' % f2)],
              disp='attachment; filename="%s"; size=%d' % (f2, len(pdf2)))
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                leaf("text/html", html, "us-ascii", "quoted-printable")],
                "_000_BYAPR14MB2743E5F1C8A2B94D07A3E6C1D5B20BYAPR14MB2743namp_")
    body = multi("mixed", [alt, a1, a2], "_004_BYAPR14MB2743E5F1C8A2B94D07A3E6C1D5B20BYAPR14MB2743namp_")
    rows = std_rows(when, "mail-bn8nam12on2118.outbound.protection.outlook.example.com", "40.107.237.118",
                    "4Dh3Z72VbWz1", '"Fr. Paul Kattoula" <frpaul@chaldeanmercy.example.org>',
                    "Voluntary GCM report - Chaldean Mercy Outreach", rfcdate(tz(sent, -5)),
                    "<BYAPR14MB2743E5F1C8A2B94D07A3E6C1D5B20@BYAPR14MB2743.namprd14.prod.outlook.example.com>",
                    ret="frpaul@chaldeanmercy.example.org")
    rows += [("User-Agent", "Microsoft-MacOutlook/16.45.21011103"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="Deadline edge: Date 16:55 -0500 (Michigan) = 23:55 Beirut on 16 Feb, on time; two PDFs, the report "
              "and its annex, both make up the report; 'Fr.' in display name and signature; Iraqi diaspora "
              "church charity."))


def m22():
    # 23:03 in Casablanca (+0100) on 16 Feb = 00:03 Beirut on 17 Feb: late
    when = at("2021-02-17 00:03:37")
    sent = when - dt.timedelta(seconds=24)
    text = """Bonsoir

Ci joint le rapport de notre association sur le Pacte Mondial, desole pour le retard on a eu un probleme de connexion toute la soiree.

Association Rahma pour la Solidarité et le Développement (ARSD) – comité de zakat de la mosquée Al Fath, Casablanca

Cordialement
Youssef Lamrani
Président

Envoyé de mon iPhone
"""
    docx = make_docx(["Association Rahma pour la Solidarite et le Developpement (ARSD)",
                      "Rapport sur la mise en oeuvre du Pacte mondial", "Casablanca, fevrier 2021"])
    fname = "Rapport ARSD pacte mondial.docx"
    att = leaf(DOCX, docx, cte="base64", params=[("x-unix-mode", "0644"), ("name", '"%s"' % fname)],
               disp='attachment; filename="%s"' % fname)
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), att],
                 "Apple-Mail-7E4C2A19-58D3-4B61-9F0E-A3C8D2B61F47")
    rows = std_rows(when, "smtp.menara.example.ma", "196.200.131.30", "4Dh3fT5kQcz8",
                    "Youssef Lamrani <arsd.casa@menara.example.ma>",
                    "Rapport ARSD", rfcdate(tz(sent, 1)),
                    "<A9D2F4E1-3C7B-4B85-8E06-1F5A7C3D9B20@menara.example.ma>",
                    ret="arsd.casa@menara.example.ma")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="Deadline edge: Date 'Tue, 16 Feb 2021 23:03 +0100' (Casablanca) is 00:03 Beirut on 17 Feb: late; "
              "sender apologises for lateness without giving a date; unaccented iPhone French; short body."))


def m23():
    when = at("2021-02-17 16:12:25")
    sent = when - dt.timedelta(seconds=10)
    orig = "<BYAPR14MB2743E5F1C8A2B94D07A3E6C1D5B20@BYAPR14MB2743.namprd14.prod.outlook.example.com>"
    ack = "<20210217061501.GCM-ACK-0021@iom.int>"
    text = """Thank you very much for the confirmation, and for all your work. Our prayers are with you for a fruitful conference.

Fr. Paul

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 17, 2021 1:15 AM
To: Fr. Paul Kattoula <frpaul@chaldeanmercy.example.org>
Subject: Re: Voluntary GCM report - Chaldean Mercy Outreach

Dear Fr. Paul Kattoula,

Thank you for your voluntary GCM review report, which we received on 16 February 2021. [...]
"""
    html = html_wrap('<div style="font-family:Calibri;font-size:12pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_BYAPR14MB27439A1C3E5D7F20B46C8E0A1D3F2BYAPR14MB2743namp_")
    rows = std_rows(when, "mail-bn8nam12on2121.outbound.protection.outlook.example.com", "40.107.237.121",
                    "4DhW0c3TnMz4", '"Fr. Paul Kattoula" <frpaul@chaldeanmercy.example.org>',
                    "Re: Voluntary GCM report - Chaldean Mercy Outreach", rfcdate(tz(sent, -5)),
                    "<BYAPR14MB27439A1C3E5D7F20B46C8E0A1D3F2@BYAPR14MB2743.namprd14.prod.outlook.example.com>",
                    ret="frpaul@chaldeanmercy.example.org")
    rows += [("In-Reply-To", ack), ("References", "%s %s" % (orig, ack)),
             ("User-Agent", "Microsoft-MacOutlook/16.45.21011103")]
    m = top(body, rows)
    add(23, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h95-21.eml",
        notes="Thank-you reply to our acknowledgement of h95-21 that adds nothing new: must not be acknowledged; "
              "quoted acknowledgement mentions 'voluntary GCM review report' and the date, which must not make it "
              "a report; signed only 'Fr. Paul'."))


def m24():
    when = at("2021-02-19 10:31:50")
    sent = when - dt.timedelta(seconds=12)
    text = """Bonjour,

Je vous écris de la part du Forum islamo-chrétien pour la dignité des migrants (FIDM), à Saïda. Notre co-président, le Cheikh Bilal Chehadeh – imam de la mosquée Al-Omari et membre du comité de dialogue de Dar el-Fatwa du Sud – serait très honoré de pouvoir prendre la parole lors de la conférence, idéalement en plénière, pour porter la voix des acteurs religieux qui accueillent les réfugiés palestiniens et syriens du Liban-Sud.

Je sais que les délais sont probablement dépassés, mais si une place se libère il est disponible les 24 et 25.

Bien à vous,
Père Antoine Khalil
Co-président, FIDM
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", html, "UTF-8", "quoted-printable")],
                 "000000000000f1b92a05bbaf6d51")
    rows = std_rows(when, "mail-ed1-f51.google.example.com", "209.85.208.51", "4DjL7q0BwRz3",
                    "Antoine Khalil <fidm.saida@gmail.example.com>",
                    "Demande d'intervention - FIDM", rfcdate(sent),
                    "<CAH6tRp2-Wq8mZx3Ks5nLv1cYb7dF0gJ4eA2iU9oHk_rTmN6wQe@mail.gmail.example.com>",
                    ret="fidm.saida@gmail.example.com")
    m = top(body, rows)
    add(24, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Bilal Chehadeh", "co-président",
           "Forum islamo-chrétien pour la dignité des migrants (FIDM)", ["plenary"])],
        notes="Late (19 Feb); one co-president (a priest, 'Père') proposes the other co-president ('le Cheikh': form "
              "of address, not title); title is 'co-président' (of FIDM, 'Notre co-président'); the dash-apposition "
              "(imam of a mosque, member of a Dar el-Fatwa committee) names other bodies that are not the affiliation "
              "he speaks for; sender signs with the same title but is not a speaker; 'idéalement en plénière'; "
              "Lebanese French."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
        assert len(data) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        r = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or r > prev, fname
        prev = r
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
