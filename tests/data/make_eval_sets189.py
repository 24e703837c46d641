#!/usr/bin/env python3
"""Write the blind evaluation set holdout189 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets189.py
Theme: migrants and returnees writing for themselves -- domestic workers, construction workers, students
abroad, returnees -- from phones and webmail, informal, with typos; some messages dictated by a relative or
written by an outreach worker; a few with a small community group behind them.  Late January to 20 February
2021.  8 Arabic, 8 English, 8 French.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, esc, flowed, hdr, html_only, leaf,
                     make_docx, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html,
                     top)
from mailgen import POSTFIX_NOTICE, rep_pdf, gmail_html, outlook_hdrs

SET = EvalSet(189)
add = SET.add

# sending hosts (documentation IP ranges)
GMAIL = ("mail-pl1-f171.google.example.com", "198.51.100.171")
GMAIL2 = ("mail-ej1-f52.google.example.com", "198.51.100.52")
OUTLOOK_COM = ("mail-db8eur05olkn2041.outbound.protection.outlook.example.com", "203.0.113.41")
O365 = ("mail-am6eur05on2088.outbound.protection.outlook.example.com", "203.0.113.88")
YAHOO = ("sonic317-22.consmr.mail.ir2.yahoo.example.com", "192.0.2.117")
ICLOUD = ("st43p00im-ztfb10061701.me.example.com", "192.0.2.61")
WEBMAIL = ("webmail.menara.example.net", "192.0.2.200")


M01_ID = "<CAH7vKq2mXw1tL0pZ9cE4rJ8aQnB3uD6fY5sGh2kVw@mail.gmail.example.com>"
M02_ID = "<5C1F0A7E-2B4D-4E8A-9F63-8A1D2C7B9E40@icloud.example.com>"
M03_ID = "<1472093618.2245107.1611946271903@mail.yahoo.example.com>"
M05_ID = "<CAF2pQ9rT1x0Wk7nHm3yLdV5cZ8bS4eJ2uA6gRt0sN@mail.gmail.example.com>"
M06_ID = "<CAB8e1Yw4nK7rPz2TqM9vXc0dL6hF3sJ5gU1aWiE8o@mail.gmail.example.com>"
M10_ID = "<CAM4uR7kZ2qW9xE1nT5yBv8cH0pL3dS6gJaF2mKo4i@mail.gmail.example.com>"


# ================================================================ the 24 messages
def m01():
    # Kenyan domestic worker in Beirut, Gmail app on her phone, herself, open discussion
    when = at("2021-01-25 21:14:37")
    sent = sent_at(when, 2, 6)
    text = """hello

my name is Faith Wanjiru Kamau i am kenyan, i work as house maid in Beirut since 2016. i saw your invitation letter on facebook page of our group, one of our members put it there.

i want to ask a chance to speak in the open discusion of 23 feb. i can explain about the kafala and how some madams they keep our pasports and we can not go home even when contract is finish. many of us after the explosion in August they lost job and they are sleeping outside the embassy.

i am the Secretary of Kenyan Domestic Workers Welfare Group (KDWWG), we are around 60 ladies, we meet every sunday.

please tell me if it is possible and if it is zoom or we have to come.

thank you so much
Faith

Sent from my Huawei phone
"""
    body = alt(text, "0000000000003c5e1f05b9c1a2e7", html=gmail_html(text))
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DPk1R0w7Vz3", addr("faith wanjiru", "faithwanjiru88@gmail.example.com"),
           "speaking in open discussion 23 feb", M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Faith Wanjiru Kamau", "Secretary", "Kenyan Domestic Workers Welfare Group (KDWWG)", ["open_discussion"])],
        notes="a domestic worker proposing herself in informal lower-case English with typos ('open discusion'); "
              "full name only in the first sentence (display name and sign-off shorter); her occupation "
              "('house maid') is not her title: the title recorded is her role in the group, written further "
              "down; acronym kept with the group's name."))


def m02():
    # Egyptian returned construction worker, dictated to his son, iPhone, Egyptian colloquial, plenary
    when = at("2021-01-27 19:02:11")
    sent = sent_at(when, 2, 9)
    text = """السلام عليكم ورحمة الله وبركاته

انا ابنه اللي بكتب الرسالة دي لان والدي مش بيعرف يستعمل الايميل، والكلام ده كلامه هو:

"انا اسمي محمود عبد التواب السيد، اشتغلت ١٤ سنة في المعمار (محارة وخرسانة) في السعودية والكويت، ورجعت مصر سنة ٢٠١٩ من غير ما اخد مستحقاتي من الكفيل. دلوقتي انا منسق رابطة العمال المصريين العائدين من الخليج، بنساعد الرجالة اللي رجعوا يعملوا توكيلات ويرفعوا شكاوى.
عايز اتكلم في الجلسة العامة في المؤتمر يوم ٢٤ او ٢٥ فبراير عن العمال اللي رجعوا وايديهم فاضية، ولو فيه ترجمة يبقى كويس لاني مش بتكلم انجليزي."

رقم التليفون بتاع الوالد: ٠١٠٠٤٥٦٧٨٢١
وشكرا

أحمد محمود

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, ICLOUD[0], ICLOUD[1], "4DQb7H2tSkz9", addr("Ahmed Mahmoud", "ahmed.m.abdeltawab@icloud.example.com"),
           hdr("طلب كلمة في المؤتمر - محمود عبد التواب"), M02_ID, body,
           extra=[("X-Mailer", "iPhone Mail (18C66)"), ("Content-Language", "ar")])
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود عبد التواب السيد", "منسق", "رابطة العمال المصريين العائدين من الخليج", ["plenary"])],
        notes="dictated: the sender (the son, Ahmed Mahmoud) is not the speaker; the father's words are in quotation "
              "marks in Egyptian colloquial Arabic; 'الجلسة العامة' = plenary; the trade he did (محارة وخرسانة) is "
              "not a title; 'من الخليج' is part of the association's name, not a place written after it. iPhone "
              "plain text, base64."))


def m03():
    # students' collective in Morocco, Yahoo webmail, PDF report
    when = at("2021-01-29 20:51:15")
    sent = sent_at(when, 1, 4)
    text = """Bonsoir Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire du Collectif des Étudiants et Stagiaires Africains au Maroc (CESAM) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport a été rédigé par les membres du bureau après trois réunions avec des étudiants subsahariens de Rabat, Fès et Oujda. Il porte surtout sur le renouvellement des cartes de séjour étudiantes, le logement et l'accès aux stages.

Nous restons disponibles pour toute information complémentaire.

Cordialement,

Didier Mbarga
SG du CESAM
Rabat
"""
    html = ('<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
            'font-size:13px;"><div dir="ltr" data-setdir="false">' + text2html(text) + '</div></div></body></html>\n')
    fname = "Rapport_CESAM_Pacte_Mondial_Migrations.pdf"
    pdf = rep_pdf("Rapport volontaire - CESAM", "Collectif des Etudiants et Stagiaires Africains au Maroc",
                  ["Introduction et methodologie (3 reunions)", "Cartes de sejour etudiantes (Objectif 4)",
                   "Logement et discrimination (Objectif 17)", "Acces aux stages", "Recommandations"])
    body = multi("mixed", [alt(text, "----=_Part_2245106_1133702891.1611946271902", html=html),
                           attach("application/pdf", pdf, fname)], "----=_Part_2245105_412097763.1611946271902")
    m = mk(when, sent, YAHOO[0], YAHOO[1], "4DS2nL5b0Fz1", addr("Didier Mbarga", "d.mbarga@yahoo.example.fr"),
           hdr("Rapport volontaire CESAM - Examen régional du Pacte mondial", enc="Q"), M03_ID, body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="straightforward collective report of a students' collective; Yahoo webmail mixed > alternative; "
              "signed 'SG du CESAM'."))


def m04():
    # Filipino household worker in Kuwait, Outlook.com mobile, question
    when = at("2021-02-01 14:37:50")
    sent = sent_at(when, 3, 5)
    text = """Good day po!

Im an OFW here in Kuwait, working as household service worker for 6 years already. My kababayan sent me your letter in our group chat.

I just want to ask if individual person can also send a report? Or only organizations? I dont have organization, im only member of our church fellowship. Also can I write it in Tagalog or it should be english arabic or french only?

Sorry for my english. Thank you and God bless!

Maricel D.

Get Outlook for Android
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">' + "<br>".join(esc(x) for x in text.split("\n\nGet Outlook")[0].split("\n")) +
            '</div><div dir="auto"><br></div>Get <a href="https://aka.ms/ghei36">Outlook for Android</a>'
            '</body></html>\n')
    body = alt(text, "_000_DB8P191MB06421C3F5A7E2B9D4E61A0F8DB8P191MB0642EURP_", html=html)
    m = mk(when, sent, OUTLOOK_COM[0], OUTLOOK_COM[1], "4DTn8c1KqXz4",
           addr("Maricel Dela Cruz", "maricel.dc1990@outlook.example.com"), "question about the report",
           "<DB8P191MB06421C3F5A7E2B9D4E61A0F8@DB8P191MB0642.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(4, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question (may an individual report, may it be in Tagalog): nothing submitted, no speaker; Taglish "
              "('po', 'kababayan'); answer in English."))


def m05():
    # Tunisian returnees' association, Gmail, two speakers (roundtable 3 + rapporteur), sent by the second
    when = at("2021-02-02 11:26:03")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Suite à votre lettre d'invitation relative à l'examen régional du Pacte mondial sur les migrations, l'Association Tunisienne des Migrants de Retour (ATMR) a le plaisir de vous proposer deux intervenants :

- M. Hédi Ben Salah, Président de l'association, ancien ouvrier du bâtiment en Libye, rentré à Zarzis en 2014 avec sa famille : intervention dans la table ronde thématique n° 3 ;
- moi-même, pour présenter en tant que rapporteure les messages clés des parties prenantes. J'ai été rapatriée de Tripoli en 2019 après quatre ans de travail dans la restauration.

Nous vous remercions de votre attention et restons à votre disposition.

Bien cordialement,

Sana Trabelsi
Chargée de communication – ATMR
Zarzis, Tunisie
+216 98 442 310
"""
    body = alt(text, "000000000000a81d7c05ba5e9f10", html=gmail_html(text))
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DVc2Jm6Q1z7", addr("Sana Trabelsi", "sana.trabelsi.atmr@gmail.example.com"),
           hdr("Proposition d'intervenants - ATMR (Tunisie)", enc="Q"), M05_ID, body)
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hédi Ben Salah", "Président", "Association Tunisienne des Migrants de Retour (ATMR)", ["roundtable"], 3),
        sp("Sana Trabelsi", "Chargée de communication", "Association Tunisienne des Migrants de Retour (ATMR)",
           ["rapporteur"])],
        notes="two speakers; the second is the sender herself ('moi-même'): her name and title only in the "
              "signature, where the association is only 'ATMR' (fullest form from the body recorded); 'M.' "
              "dropped; 'Président de l'association' recorded as 'Président'; 'Zarzis, Tunisie' is a place."))


def m06():
    # Sudanese domestic workers' group in Amman, Gmail HTML only, Arabic PDF file name: report + speaker
    when = at("2021-02-03 16:48:29")
    sent = sent_at(when, 2, 5)
    inner = """<div dir="rtl">السلام عليكم<br><br>
نحنا مجموعة صغيرة من العاملات المنزليات السودانيات في الأردن، بنتلاقى كل جمعة من ٢٠١٨. كتبنا تقرير صغير عن أوضاعنا (الإقامة، الغرامات، حجز الجوازات، الصحة أيام الكورونا) ومرفق مع الرسالة دي.<br><br>
وكمان دايرين منسقتنا الأخت آمنة إدريس محمد تتكلم في المائدة المستديرة التانية عن العاملات اللي ما عندهم أوراق.<br><br>
الاسم: آمنة إدريس محمد<br>
الصفة: منسقة<br>
الجهة: مجموعة تضامن العاملات المنزليات السودانيات<br><br>
وشكراً ليكم كتير<br>
سارة عبد الله (كتبت الرسالة عن المجموعة)</div>"""
    fname = "تقرير مجموعة تضامن - العاملات السودانيات.pdf"
    pdf = rep_pdf("Taqrir - Majmouat Tadamon (Sudanese domestic workers, Jordan)",
                  "Sudanese Domestic Workers Solidarity Group",
                  ["Who we are (about 40 women)", "Residency and overstay fines (Objective 7)",
                   "Passport confiscation", "Health during COVID-19 (Objective 15)", "What we ask"])
    body = multi("mixed", [html_only(inner, rtl=False, b64=True), attach("application/pdf", pdf, fname)],
                 "0000000000004e7b2a05ba6c1d33")
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DWq5Kd8Hnz2", addr("سارة عبدالله", "sara.abdalla.amman@gmail.example.com"),
           hdr("تقرير ومشاركة - مجموعة تضامن"), M06_ID, body)
    add(6, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("آمنة إدريس محمد", "منسقة", "مجموعة تضامن العاملات المنزليات السودانيات", ["roundtable"], 2)],
        report_attachments=[fname],
        notes="both, on time; Sudanese colloquial Arabic; HTML-only (base64) Gmail message; the group's report as "
              "PDF with an Arabic file name (RFC 2231); 'الأخت' (sister, a form of address) dropped from the name; "
              "the sender signs as the one who wrote for the group, she is not the speaker; 'التانية' = roundtable "
              "2 in dialect spelling."))


def m07():
    # outreach worker in Doha for a Nepali construction worker, Outlook desktop, pasted form
    when = at("2021-02-04 10:05:44")
    sent = sent_at(when, 3, 6)
    text = """Dear GCM Regional Review team,

I am writing on behalf of Mr. Ram Bahadur Thapa, who asked us to send his request as he does not have an email account and works on site six days a week. We met him during our Friday outreach at the labour camps in the Industrial Area. He has been in Qatar for 11 years as a steel fixer and volunteers for his community, helping workers with wage complaints.

He filled in the form below with our interpreter:

---------------------------
Name: Ram Bahadur Thapa
Position: Volunteer Community Leader
Organisation: Pravasi Nepali Coordination Committee (PNCC) Qatar
Role requested: floor intervention - Roundtable 4
Language: Nepali (he would need interpretation) or simple English
---------------------------

Please send any reply to this address and we will pass it on to him. He can only connect in the evening after 7 pm Doha time.

Kind regards,

Priya Menon
Community Outreach Officer
Gulf Labour Support Desk
Doha | +974 5512 0873
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US"><div class="WordSection1">' + text2html(text.split("\n\nPriya Menon")[0]) +
            '<p class="MsoNormal"><b>Priya Menon</b><br>Community Outreach Officer<br>'
            '<span style="color:#2E75B6">Gulf Labour Support Desk</span><br>Doha | +974 5512 0873</p>'
            '</div></body></html>\n')
    body = alt(text, "_000_AM6PR02MB41776B0C2E9D8A1F3C5E7A90AM6PR02MB4177eurp_", html=html)
    subj = "Speaker request on behalf of Ram Bahadur Thapa (PNCC)"
    m = mk(when, sent, O365[0], O365[1], "4DXx0Fh3Trz5", "Priya Menon <p.menon@glsd-doha.example.org>", subj,
           "<AM6PR02MB41776B0C2E9D8A1F3C5E7A90@AM6PR02MB4177.eurprd02.prod.outlook.example.com>", body,
           extra=outlook_hdrs(subj, "AdcA1k7Qv3pZx9LmR2uT0yWb4nE8hg==") + [("X-Mailer", "Microsoft Outlook 16.0")])
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ram Bahadur Thapa", "Volunteer Community Leader", "Pravasi Nepali Coordination Committee (PNCC)",
           ["roundtable"], 4)],
        notes="sent on behalf of a construction worker by an outreach officer whose own name, title and "
              "organisation are in the signature (decoys); speaker details in a pasted form; 'Qatar' written "
              "after the organisation and its acronym is a place, not part of the affiliation (dev convention); "
              "his trade ('steel fixer') is not the title."))


def m08():
    # Ivorian domestic worker in Sfax, iPhone, details only in the signature, plenary
    when = at("2021-02-04 22:31:09")
    sent = sent_at(when, 1, 8)
    text = """Bonsoir

je voudrai prendre la parole a la séance plénière le 24 ou 25 février pour parler des femmes ivoiriennes qui travaillent dans les maisons en Tunisie et qui sont bloquées avec les pénalités de dépassement de séjour, on ne peut meme pas rentrer au pays. Mes coordonées sont en bas.
Merci d'avance et bonne soirée

Aminata Koné
Porte-parole
Collectif des Femmes Migrantes Solidaires (CFMS) - Sfax
+216 52 118 604

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, ICLOUD[0], ICLOUD[1], "4DYg6Wn1Bcz8", addr("Aminata", "aminata.kone.sfax@icloud.example.com"),
           "Demande de parole", "<9B3E7D21-6F0C-4A55-8E1B-2C4D6A8F0E13@icloud.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminata Koné", "Porte-parole", "Collectif des Femmes Migrantes Solidaires (CFMS)", ["plenary"])],
        notes="the sender proposes herself; name, title and organisation only in the signature; ' - Sfax' after "
              "the acronym is a place; typos and missing accents ('je voudrai', 'coordonées'); display name is "
              "the first name only."))


def m09():
    # Somali students' association in Egypt: report pasted in the body, Outlook.com plain, windows-1256
    when = at("2021-02-05 12:12:40")
    sent = sent_at(when, 2, 6)
    text = """إلى أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية

تحية طيبة وبعد،

نرسل إليكم أدناه تقريرنا الطوعي، ولم نتمكن من إرفاقه كملف لأن الحاسوب الوحيد لدى الرابطة معطل، فنسخناه هنا من الهاتف.

التقرير الطوعي لرابطة الطلاب الصوماليين في مصر
أولاً: من نحن
رابطة طلابية تطوعية تأسست عام 2012 وتضم نحو 300 طالب وطالبة في الجامعات والمعاهد المصرية.
ثانياً: المنهجية
استبيان عبر الهاتف شارك فيه 84 طالباً، وجلستا نقاش في يناير 2021.
ثالثاً: أبرز التحديات
1- تأخر تجديد الإقامة الدراسية وما يترتب عليه من غرامات (الهدف 7).
2- صعوبة تحويل الأموال من الأسر بسبب رسوم التحويل المرتفعة (الهدف 20).
3- انقطاع الدراسة لدى كثيرين بعد إغلاق الجامعات بسبب كورونا وفقدان العمل الجزئي.
رابعاً: التوصيات
- تبسيط إجراءات الإقامة للطلاب وربطها بالقيد الجامعي.
- إتاحة المنح والإعفاءات الجزئية للطلاب المهاجرين.
- إشراك الروابط الطلابية في المشاورات الوطنية.

مع الشكر والتقدير

عبد الرزاق حسن فارح
رئيس رابطة الطلاب الصوماليين في مصر
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    m = mk(when, sent, OUTLOOK_COM[0], OUTLOOK_COM[1], "4DZb3Mq9Lsz6",
           addr("Abdirazak Hassan", "abdirazak.farah@hotmail.example.com"),
           hdr("التقرير الطوعي - رابطة الطلاب الصوماليين", "windows-1256"),
           "<VI1P194MB0487A2E9C1D7F6B3A8E5@VI1P194MB0487.EURP194.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "ar-EG"), ("X-MS-Has-Attach", "")])
    add(9, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="report pasted in the body (the association's only computer is broken): no attachment, "
              "report_attachments empty; windows-1256 quoted-printable plain text with a windows-1256 subject; "
              "Latin display name, Arabic signature."))


def m10():
    # domestic workers' network in the UAE, Gmail, two speakers in an HTML table; received 23:51 Beirut,
    # Date already 6 February in the sender's zone; Cc to the chairperson (whose address then bounces, h189-11)
    when = at("2021-02-05 23:51:40")
    sent = sent_at(when, 4, 8)
    text = """Dear Sir/Madam,

Sorry for sending this so late at night, we just finished our meeting. The Domestic Workers Solidarity Network (DWSN) would like to propose 2 speakers:

1. Josephine Nakato - Chairperson, DWSN - floor intervention in thematic roundtable 1
2. Kavitha Perera - Treasurer, DWSN - floor intervention in the plenary session

Both of them are domestic workers themselves (Uganda and Sri Lanka) and they will speak on their own experience. Josephine is in copy.

Regards,
Grace (volunteer, DWSN)
"""
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [
        ("Josephine Nakato", "Chairperson, DWSN", "floor intervention in thematic roundtable 1"),
        ("Kavitha Perera", "Treasurer, DWSN", "floor intervention in the plenary session")])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">Dear Sir/Madam,<div><br></div><div>Sorry for sending this so late at night, we just '
            'finished our meeting. The Domestic Workers Solidarity Network (DWSN) would like to propose 2 speakers:'
            '</div><div><br></div><table border="1" cellpadding="4" style="border-collapse:collapse">'
            '<tr><th>Name</th><th>Position</th><th>Role</th></tr>' + rows + '</table><div><br></div><div>Both of '
            'them are domestic workers themselves (Uganda and Sri Lanka) and they will speak on their own '
            'experience. Josephine is in copy.</div><div><br></div><div>Regards,</div><div>Grace (volunteer, DWSN)'
            '</div></div></body></html>\n')
    body = alt(text, "000000000000f3b07205baa0c4d9", html=html)
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4Dc0Lp4Yt7z2", addr("DWSN UAE", "dwsn.uae@gmail.example.com"),
           "DWSN speakers - GCM regional review", M10_ID, body,
           cc="Josephine Nakato <jnakato.dw@yahoo.example.com>")
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Josephine Nakato", "Chairperson", "Domestic Workers Solidarity Network (DWSN)", ["roundtable"], 1),
        sp("Kavitha Perera", "Treasurer", "Domestic Workers Solidarity Network (DWSN)", ["plenary"])],
        notes="edge: Date header Sat 6 Feb 01:51 +0400 but received 23:51:40 on 5 February Beirut time: on time; "
              "two speakers in a numbered list (HTML table in the HTML part), affiliation only as 'DWSN' beside "
              "each title, the full name with acronym in the first sentence (fullest form recorded); sent by a "
              "volunteer signing with a first name only. The acknowledgement to the Cc'd chairperson bounces "
              "(h189-11)."))


def m11():
    # Postfix DSN: acknowledgement of h189-10, Cc'd address does not exist
    when = at("2021-02-05 23:52:47")
    text = POSTFIX_NOTICE + """
<jnakato.dw@yahoo.example.com>: host mta6.am0.yahoodns.example.net[192.0.2.14]
    said: 554 delivery error: dd This user doesn't have a yahoo.example.com
    account (jnakato.dw@yahoo.example.com) [0] - mta4012.mail.ir2.yahoo.example.com
    (in reply to end of DATA command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4Dc0Nr1Gq5z9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; jnakato.dw@yahoo.example.com\n"
           "Original-Recipient: rfc822;jnakato.dw@yahoo.example.com\n"
           "Action: failed\n"
           "Status: 5.0.0\n"
           "Remote-MTA: dns; mta6.am0.yahoodns.example.net\n"
           "Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a\n"
           "    yahoo.example.com account (jnakato.dw@yahoo.example.com) [0] -\n"
           "    mta4012.mail.ir2.yahoo.example.com\n" % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: DWSN UAE <dwsn.uae@gmail.example.com>\n"
            "Cc: Josephine Nakato <jnakato.dw@yahoo.example.com>\n"
            "Subject: Acknowledgement of receipt - DWSN speakers - GCM regional review\n"
            "Date: %s\n"
            "Message-ID: <ack.4Dc0Lp4Yt7z2@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=4)), M10_ID))
    body = dsn_report(text, dsn, hdrs, "4Dc0Nr1Gq5z9.1612561967/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4Dc0Nt6Bv2z4; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205215247.4Dc0Nt6Bv2z4@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, 554 (no such Yahoo account) for the Cc'd speaker's address on our acknowledgement of "
              "h189-10; the returned headers name h189-10 in In-Reply-To, but a bounce is never part of a "
              "submission (thread_of null). Never acknowledge; the speaker's address is wrong."))


def m12():
    # ATMR follow-up (Gmail reply, '>' quote): did you receive it? may the president speak Tunisian Arabic?
    when = at("2021-02-08 09:47:21")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Je me permets de revenir vers vous au sujet de notre message ci-dessous. Pourriez-vous nous confirmer que la proposition de l'ATMR a bien été enregistrée ? Nous n'avons rien reçu, peut-être que la réponse est partie dans les spams.

Par ailleurs, M. Ben Salah ne parle pas bien le français ; est-ce qu'il pourra intervenir en arabe (dialecte tunisien) avec interprétation ?

Merci beaucoup,
Sana

Le mar. 2 févr. 2021 à 10:25, Sana Trabelsi <sana.trabelsi.atmr@gmail.example.com> a écrit :
> Madame, Monsieur,
>
> Suite à votre lettre d'invitation relative à l'examen régional du Pacte mondial sur les migrations, l'Association Tunisienne des Migrants de Retour (ATMR) a le plaisir de vous proposer deux intervenants :
>
> - M. Hédi Ben Salah, Président de l'association, ancien ouvrier du bâtiment en Libye, rentré à Zarzis en 2014 avec sa famille : intervention dans la table ronde thématique n° 3 ;
> - moi-même, pour présenter en tant que rapporteure les messages clés des parties prenantes. J'ai été rapatriée de Tripoli en 2019 après quatre ans de travail dans la restauration.
>
> Bien cordialement,
>
> Sana Trabelsi
> Chargée de communication – ATMR
> Zarzis, Tunisie
"""
    body = alt(flowed(text), "000000000000c6a3e105bacf7a21")
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DdK9Qx2Wmz6", addr("Sana Trabelsi", "sana.trabelsi.atmr@gmail.example.com"),
           hdr("Re: Proposition d'intervenants - ATMR (Tunisie)", enc="Q"),
           "<CAF2pQ9rU4y8Zn1bKs6wMeX3dA0cT7fH5vR9jLq2oP@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID)])
    add(12, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h189-05.eml",
        notes="follow-up to the sender's own request h189-05 (In-Reply-To set): asks whether it was registered and "
              "about interpretation; the quoted original still names both speakers, but nothing new is proposed."))


def m13():
    # Moroccan NGO outreach worker nominates a returnee woman, formal Arabic, Outlook, late
    when = at("2021-02-09 13:18:02")
    sent = sent_at(when, 1, 7)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي بشأن الهجرة المحترمون،

تحية طيبة،

نعتذر عن تأخرنا في مراسلتكم، إذ لم تصلنا رسالة الدعوة إلا مؤخراً عبر إحدى الشبكات الشريكة، ونأمل أن يكون ما زال بالإمكان النظر في طلبنا.

بصفتي منشطة ميدانية بالجمعية، أتشرف باقتراح السيدة فاطمة الزهراء بنعلي للمشاركة في النقاش المفتوح للمشاورة متعددة الأطراف يوم 23 فبراير. السيدة بنعلي عملت ثماني سنوات في جني الفراولة بإسبانيا في إطار العمل الموسمي، وعادت إلى المغرب سنة 2018، وهي اليوم رئيسة تعاونية الأمل للنساء العائدات التي تضم 27 امرأة من العاملات الموسميات السابقات.

لا تتوفر السيدة بنعلي على بريد إلكتروني، لذا نرجو توجيه المراسلات إلى هذا العنوان.

وتقبلوا فائق التقدير والاحترام،

خديجة الوزاني
منشطة ميدانية - جمعية أفق للتنمية والهجرة
العرائش - المغرب
"""
    body = alt(text, "_000_PR3P193MB07551D9E2C8A4B6F0E3D5C71PR3P193MB0755EURP_", rtl=True, b64=True)
    subj = "اقتراح مشاركة في النقاش المفتوح - تعاونية الأمل"
    m = mk(when, sent, OUTLOOK_COM[0], OUTLOOK_COM[1], "4DfR4Hb7Npz1",
           addr("Khadija Ouazzani", "k.ouazzani.ofok@outlook.example.com"), hdr(subj),
           "<PR3P193MB07551D9E2C8A4B6F0E3D5C71@PR3P193MB0755.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "ar-MA"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فاطمة الزهراء بنعلي", "رئيسة", "تعاونية الأمل للنساء العائدات", ["open_discussion"])],
        notes="late (9 February) and apologises; sent on behalf of a returned seasonal worker by a field worker "
              "of an NGO whose name, title and association in the signature are decoys; 'السيدة' dropped; the "
              "speaker's title and affiliation are in prose ('رئيسة تعاونية الأمل للنساء العائدات'); the "
              "speaker's cooperative is not the sender's association."))


def m14():
    # Ethiopian women's self-help group in Beirut, sent by a student volunteer, PDF report + late speaker
    when = at("2021-02-10 18:40:55")
    sent = sent_at(when, 2, 6)
    text = """Hi,

I'm a volunteer (AUB student) helping the Mesewat Ethiopian Women's Self-Help Group, they asked me to send this for them since most members only use whatsapp.

1) Attached is their voluntary report on the GCM. They wrote it in Amharic during 3 sunday meetings and we translated it together into English, so please excuse the language.

2) They would also like their founder Tigist Alemu to speak at the thematic roundtable 3 (the one on protection / labour rights if I understood correctly). I know the deadline for speakers was last week, sorry, the group only decided on Sunday. Tigist is Founder and Coordinator of the group and has lived in Lebanon for 14 years.

Please reply to me and I will translate for them.

Thanks a lot,
Rita Khoury
"""
    fname = "Mesewat report GCM final.pdf"
    pdf = rep_pdf("Voluntary GCM review report", "Mesewat Ethiopian Women's Self-Help Group",
                  ["How we wrote this report (3 meetings, Amharic)", "Kafala and passports (Objective 6)",
                   "After the port explosion: no job, no shelter", "Going home: tickets and exit fees (Objective 21)",
                   "Our recommendations"])
    body = multi("mixed", [alt(text, "000000000000d2e4c805bb0a6f58", html=gmail_html(text)),
                           attach("application/pdf", pdf, fname)], "000000000000d2e4c705bb0a6f59")
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DgT8Vc3Rxz5", addr("Rita Khoury", "rita.khoury02@gmail.example.com"),
           "Report + speaker - Mesewat group (Ethiopian domestic workers)",
           "<CAJ5nW2xR8vQ1yT4kL7mZp0cE9sB3hF6dUaG1oXi5r@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Tigist Alemu", "Founder and Coordinator", "Mesewat Ethiopian Women's Self-Help Group", ["roundtable"], 3)],
        report_attachments=[fname],
        notes="both, sent by a student volunteer for a community group: the report is on time (10 February) but "
              "the speaker part is late, so on_time is false; the title is given later in prose ('Tigist is "
              "Founder and Coordinator of the group'); file name with spaces."))


def m15():
    # French autoreply (Zimbra-style vacation) from a Mauritanian association, answering the secretariat's reminder
    when = at("2021-02-10 19:02:30")
    sent = sent_at(when, 0, 2)
    text = """Bonjour,

Je suis absent du bureau du 8 au 19 février 2021 (mission à Rosso et Kaédi) avec un accès limité à ma messagerie.
Pour toute urgence, merci de contacter notre secrétariat au +222 45 25 61 90.

Cordialement,
Moussa Ba
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.amr-nkc.example.org", "192.0.2.222", "4DgV1Zr8Kcz3",
                    "Moussa Ba <moussa.ba@amr-nkc.example.org>",
                    hdr("Réponse automatique : Rappel - Examen régional du Pacte mondial (date limite des rapports "
                        "16 février)", enc="Q"),
                    rfcdate(sent), "<1719430562.88104.1612976548210.JavaMail.zimbra@amr-nkc.example.org>",
                    to="gcmrrarabstates@iom.int",
                    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"),
                           ("X-Mailer", "Zimbra 8.8.15_GA_3953 (Zimbra Vacation Auto-Reply)")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", "<reminder.20210210.0412@gcmrrarabstates.iom.int>")]
    add(15, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation reply to the secretariat's reminder about the report deadline; the subject quotes "
              "'rapports' and a deadline; Auto-Submitted: auto-replied (vacation), Precedence: bulk, null "
              "Return-Path. Never acknowledge."))


def m16():
    # thank-you reply to our acknowledgement of h189-06, Sudanese dialect, Gmail quote
    when = at("2021-02-11 08:15:42")
    sent = sent_at(when, 2, 4)
    ack_id = "<ack.4DWq5Kd8Hnz2@gcmrrarabstates.iom.int>"
    text = """شكراً ليكم كتير، وصلنا التأكيد والبنات فرحانين شديد إنو التقرير اتسجل. ربنا يوفقكم.

سارة

في الأربعاء، ٣ فبراير ٢٠٢١ في ٤:٤٩ م، GCM Regional Review Arab States <gcmrrarabstates@iom.int> كتب:
> السيدة سارة عبدالله،
>
> نشكركم على رسالتكم. تم استلام تقريركم الطوعي (تقرير مجموعة تضامن - العاملات السودانيات.pdf) وتسجيله،
> كما تم تسجيل طلب المداخلة للسيدة آمنة إدريس محمد في المائدة المستديرة الثانية.
>
> أمانة المراجعة الإقليمية
"""
    body = alt(text, "000000000000a9f1e305bb1b2c47", html=gmail_html(text, rtl=True))
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DhB2Xs6Gtz8", addr("سارة عبدالله", "sara.abdalla.amman@gmail.example.com"),
           re_hdr("Re: ", "إشعار بالاستلام - تقرير ومشاركة - مجموعة تضامن"),
           "<CAB8e1Yx7pR2sLm5UwQ0vZd3cK9hG4tJ6nF2bAoE1y@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M06_ID, ack_id))])
    add(16, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h189-06.eml",
        notes="thank-you reply to our acknowledgement of h189-06 (References name it): adds nothing new, no "
              "acknowledgement; the quoted acknowledgement names the report file and the speaker, nothing is "
              "attached."))


def m17():
    # Mauritanian returnees' association, Outlook, collective PDF with accented file name + inline logo
    when = at("2021-02-12 11:03:18")
    sent = sent_at(when, 0, 6)
    text = """Madame, Monsieur,

Nous avons l'honneur de vous transmettre, en pièce jointe, le rapport volontaire collectif élaboré par l'Association Mauritanienne des Migrants de Retour (AMMR) avec quatre associations villageoises de la vallée du fleuve, dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport s'appuie sur les témoignages de 62 migrants de retour (Espagne, Libye, Arabie saoudite, Angola) recueillis en décembre 2020 et janvier 2021, et traite notamment de la réintégration économique et de l'accès aux documents d'état civil.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour le Bureau exécutif,
Mariem Mint Ahmed
Secrétaire générale
Association Mauritanienne des Migrants de Retour (AMMR)
Nouakchott – Mauritanie
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div class="WordSection1">' + text2html(text.split("\n\nPour le Bureau")[0]) +
            '<p class="MsoNormal">Pour le Bureau exécutif,<br><img width="48" height="48" '
            'src="cid:image001.png@01D7012A.5C3E8B10" alt="AMMR"><br><b>Mariem Mint Ahmed</b><br>Secrétaire '
            'générale<br>Association Mauritanienne des Migrants de Retour (AMMR)<br>Nouakchott &#8211; Mauritanie'
            '</p></div></body></html>\n')
    logo = leaf("image/png", make_png(12, 12, (0, 120, 70)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D7012A.5C3E8B10>")])
    related = multi("related", [alt(text, "_000_AS8PR01MB7014C3D9E1A2F5B6E7C8D0F2AS8PR01MB7014eurp_", html=html),
                                logo], "_004_AS8PR01MB7014C3D9E1A2F5B6E7C8D0F2AS8PR01MB7014eurp_",
                    params=[("type", '"multipart/alternative"')])
    fname = "Rapport_volontaire_AMMR_février_2021.pdf"
    pdf = rep_pdf("Rapport volontaire collectif - AMMR", "Association Mauritanienne des Migrants de Retour",
                  ["Methodologie : 62 temoignages", "Reintegration economique (Objectif 21)",
                   "Documents d'etat civil (Objectif 4)", "Transferts de fonds (Objectif 20)", "Recommandations"])
    body = multi("mixed", [related, attach("application/pdf", pdf, fname)],
                 "_005_AS8PR01MB7014C3D9E1A2F5B6E7C8D0F2AS8PR01MB7014eurp_")
    subj = "Rapport volontaire collectif - AMMR"
    m = mk(when, sent, O365[0], O365[1], "4DjM7Ca0Wdz2", addr("AMMR Secrétariat", "contact@ammr-rim.example.org"),
           subj, "<AS8PR01MB7014C3D9E1A2F5B6E7C8D0F2@AS8PR01MB7014.eurprd01.prod.outlook.example.com>", body,
           extra=outlook_hdrs(subj, "AQHXATkQ2b8mRv5eTzW1nLc7Ydk3Pg==", lang="fr-FR", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a returnees' association with four village associations; accented file name "
              "(RFC 2231 filename*, RFC 2047 name); Outlook mixed > related > alternative, the inline logo "
              "image001.png is not part of the report."))


def m18():
    # Bangladeshi construction worker in Riyadh, individual report DOCX, typed by a cousin, Yahoo Android
    when = at("2021-02-14 17:22:06")
    sent = sent_at(when, 3, 5)
    text = """Dear Sir

Assalamu alaikum. My name Rahim Uddin, i am from Bangladesh, working in construction in Riyadh from 2013 (mason). My cousin is student in Dhaka he help me to write this report about my life and my friends life here, the recruitment agent fees 4 lakh taka, the salary delay 5-6 month, the iqama problem. I attach the file, it is my own report not from organisation.

Please accept it. Thank you

Rahim Uddin
Riyadh, KSA
whatsapp +966 55 804 2217

Sent from Yahoo Mail on Android
"""
    fname = "my story gcm report Rahim.docx"
    doc = make_docx(["Individual voluntary report - Rahim Uddin, construction worker (mason), Riyadh",
                     "1. Recruitment: agent fee 4 lakh taka, loan from family (Objective 6)",
                     "2. Salary delay of 5-6 months, no overtime pay",
                     "3. Iqama not renewed by employer, fear of arrest (Objective 7)",
                     "4. COVID-19: lockdown in labour camp, 12 persons in one room",
                     "5. My requests: fair recruitment, wage protection, free iqama renewal"])
    html = ('<html><head></head><body><div class="ydpa1b2c3d4yahoo-style-wrap">' + text2html(text.split(
        "\n\nSent from Yahoo")[0]) + '</div><div id="ydp9f8e7d6cyahoo_quoted"></div><br><br><a '
        'href="https://go.onelink.me/107872968?pid=InProduct">Sent from Yahoo Mail on Android</a></body></html>\n')
    body = multi("mixed", [alt(text, "----=_Part_3390172_1460298311.1613316120881", html=html),
                           attach(DOCX, doc, fname)], "----=_Part_3390171_1820937754.1613316120880")
    m = mk(when, sent, YAHOO[0], YAHOO[1], "4DlQ0Tg5Hkz7", addr("rahim uddin", "rahimuddin.ksa@yahoo.example.com"),
           "report from worker", "<2103958874.3390173.1613316120882@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YMailAndroidMobile")])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="individual report ('my own report not from organisation') of a construction worker, typed with "
              "a cousin's help; broken English; generic subject; DOCX with spaces in the name."))


def m19():
    # Sudanese students in Egypt, HTML only, two speakers, roundtable 3 + open discussion, late
    when = at("2021-02-14 21:30:33")
    sent = sent_at(when, 2, 6)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:14px">
<p>السلام عليكم ورحمة الله</p>
<p>نحن في الاتحاد العام للطلاب السودانيين الوافدين نرغب في المشاركة في المراجعة الإقليمية، ونعلم أن موعد طلبات المتحدثين قد انتهى لكننا لم نعرف بالدعوة إلا أمس من أحد الأساتذة، فنرجو أن تقبلوا طلبنا استثناءً.</p>
<p>نرشح:</p>
<ul>
<li>الطالب مجتبى عثمان الطيب – أمين الشؤون الأكاديمية بالاتحاد – للمداخلة في المائدة المستديرة الثالثة</li>
<li>الطالبة رفيدة حسن بابكر – سكرتيرة الإعلام – للمشاركة في النقاش المفتوح يوم ٢٣ فبراير</li>
</ul>
<p>يتحدثان عن الطلاب الذين توقفت دراستهم بسبب الظروف الاقتصادية في السودان وارتفاع الرسوم وتأخر الإقامات.</p>
<p>ولكم جزيل الشكر<br>المكتب التنفيذي<br>الاتحاد العام للطلاب السودانيين الوافدين</p>
</div>"""
    body = html_only(inner, lang="ar", newlines=True)
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DkP3Ye9Jmz4", addr("اتحاد الطلاب السودانيين", "sudanese.students.union@gmail.example.com"),
           hdr("ترشيح متحدثين من الاتحاد العام للطلاب السودانيين الوافدين"),
           "<CAK9tM3wQ5zX2nR8pL1yVe6dB0cH4sF7gJaU3mWo6k@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("مجتبى عثمان الطيب", "أمين الشؤون الأكاديمية", "الاتحاد العام للطلاب السودانيين الوافدين",
           ["roundtable"], 3),
        sp("رفيدة حسن بابكر", "سكرتيرة الإعلام", "الاتحاد العام للطلاب السودانيين الوافدين", ["open_discussion"])],
        notes="late (14 February), asks for an exception; HTML-only with a list; 'الطالب'/'الطالبة' (the student) "
              "describe, they are not titles and are dropped from the names; the titles are written with their "
              "unit ('أمين الشؤون الأكاديمية', kept whole as dev 012); '– بالاتحاد' refers back to the union "
              "named in the first sentence and the signature."))


def m20():
    # Moroccan returnees' association in Oujda, Gmail plain text: DOCX report (on time) + late rapporteur
    when = at("2021-02-15 15:44:12")
    sent = sent_at(when, 1, 7)
    text = """Bonjour,

L'Association Retour et Dignité (ARD) vous fait parvenir ci-joint son rapport volontaire sur la mise en oeuvre du Pacte mondial, préparé avec nos membres, des migrants marocains de retour d'Algérie et de Libye, et avec des jeunes refoulés des frontières.

Nous souhaitons également proposer notre trésorière, Mme Khadija Amrani, comme rapporteure pour présenter les messages clés des parties prenantes. Nous savons que la date du 5 février est dépassée, nous vous prions de nous excuser pour ce retard qui est dû à la coupure internet dans notre local.

Nos salutations les plus cordiales,

Le bureau de l'ARD
Oujda
"""
    fname = "Rapport ARD - Pacte mondial migrations.docx"
    doc = make_docx(["Rapport volontaire - Association Retour et Dignité (ARD)",
                     "1. Présentation de l'association et méthodologie",
                     "2. Retours forcés et expulsions aux frontières (Objectif 21)",
                     "3. Réintégration : accès à l'emploi et au microcrédit",
                     "4. Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "quoted-printable",
                                params=[("format", "flowed")]), attach(DOCX, doc, fname)],
                 "000000000000e5c2a105bb6d1f04")
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DmW6Rb1Vtz9", addr("ARD Oujda", "ard.oujda@gmail.example.com"),
           hdr("Rapport volontaire + rapporteure - ARD", enc="Q"),
           "<CAL3qX8vN2mZ5rT1wKy7bPd4eA9cJ0sG6hFuR2nEo8t@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Khadija Amrani", "Trésorière", "Association Retour et Dignité (ARD)", ["rapporteur"])],
        report_attachments=[fname],
        notes="both: the report (15 February) is on time, the rapporteur proposal is late and says so, so on_time "
              "is false; the speaker's title is in prose ('notre trésorière', recorded capitalised as a secretary "
              "would type it), her affiliation only by reference ('notre') to the association named in the first "
              "sentence; 'Mme' dropped; signed by 'Le bureau'; plain text format=flowed."))


def m21():
    # Yemeni returnees from Saudi Arabia, Gmail Android, PDF; received 23:56 on 16 Feb Beirut, Date 00:56 +0300
    when = at("2021-02-16 23:56:48")
    sent = sent_at(when, 3, 11)
    text = """السلام عليكم

مرفق تقرير ملتقى العائدين اليمنيين عن أوضاع العمال اللي رجعوا من السعودية بعد تغيير قوانين المهن والرسوم على المرافقين. جمعنا القصص من ٣٥ عامل في تعز وإب.

آسفين على التأخير في الإرسال، الكهرباء كانت مقطوعة طول اليوم وما قدرنا نرسل إلا الحين. نرجو إنه يوصل قبل انتهاء الموعد.

فؤاد الشرعبي
ملتقى العائدين اليمنيين
"""
    fname = "تقرير ملتقى العائدين.pdf"
    pdf = rep_pdf("Voluntary report - Yemeni Returnees Forum", "Multaqa al-Aaidin al-Yamaniyyin",
                  ["35 testimonies from Taiz and Ibb", "Forced return after fee increases (Objective 21)",
                   "Unpaid end-of-service benefits", "Reintegration in a war economy", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000b1d7f405bb81c3e6", html=gmail_html(text, rtl=True)),
                           attach("application/pdf", pdf, fname)], "000000000000b1d7f305bb81c3e7")
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DnZ1Kc4Qbz6", addr("Fuad Alsharabi", "fuad.alsharabi77@gmail.example.com"),
           hdr("تقرير العائدين"), "<CAN6wP1zT8qY3mK5vRx2dLe9bC7sH0fJ4gAuT6nWo3p@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: Date header Wed 17 Feb 00:56 +0300 (already the 17th in Yemen) but received 23:56:48 on 16 "
              "February Beirut time: on time; Yemeni colloquial; Arabic PDF file name (RFC 2231)."))


def m22():
    # a sister writes for her brother, an Egyptian returnee from Libya; pasted WhatsApp message; late
    when = at("2021-02-17 12:09:30")
    sent = sent_at(when, 2, 6)
    text = """Hello,

I am writing for my brother Omar, he came back from Libya last year after 9 years working there as electrician. He is very active with the men who returned to our village and he asked me to send you his request to talk in the conference because his English is weak. I know maybe it is late but we only heard about it now.

This is what he sent me on whatsapp:

[17/02/2021, 10:41] Omar: name Omar Farouk Hassan
[17/02/2021, 10:41] Omar: chairman
[17/02/2021, 10:42] Omar: Returnees Mutual Aid Committee - Sohag
[17/02/2021, 10:43] Omar: i want to speak in the plenary about the men who lost everything in libya and came back with nothing

You can call him on +20 112 408 6631 (he speaks Arabic only).

Thank you,
Nadia Farouk
"""
    body = alt(text, "000000000000f7a3c905bb8f2d10", html=gmail_html(text))
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DpC5Hf2Mrz3", addr("Nadia Farouk", "nadia.farouk.eg@gmail.example.com"),
           "Request to speak - Omar Farouk Hassan",
           "<CAP4rV7yM1nX6kQ2wTz9cLd3eB5sJ8hG0fAuN4mRo2q@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Omar Farouk Hassan", "Chairman", "Returnees Mutual Aid Committee", ["plenary"])],
        notes="late (17 February); a sister writes for her brother (the sender is not the speaker); details in a "
              "pasted WhatsApp conversation, lower-case 'chairman' recorded as a secretary types it; ' - Sohag' "
              "after the committee is a place; 'electrician' is his trade, not a title."))


def m23():
    # Chadian student in Algeria, Gmail, individual PDF report, late, apologises
    when = at("2021-02-18 10:27:51")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Je suis étudiant tchadien en master de sociologie à l'Université de Constantine. Je vous envoie ma contribution individuelle à l'examen régional du Pacte mondial sur les migrations, basée sur mon expérience et celle de mes camarades étudiants subsahariens en Algérie (renouvellement des titres de séjour, bourses, contrôles de police).

Je sais que le délai était le 16 février, je m'excuse pour ce retard de deux jours, j'étais en période d'examens. J'espère qu'elle pourra quand même être prise en compte.

Respectueusement,

Abakar Mahamat Nour
Étudiant en Master 2 - Sociologie
"""
    fname = "Contribution_individuelle_Abakar_Mahamat_Nour.pdf"
    pdf = rep_pdf("Contribution individuelle - examen regional du PMM", "Abakar Mahamat Nour, etudiant, Constantine",
                  ["Parcours et methode", "Titres de sejour etudiants (Objectif 5)", "Bourses et travail informel",
                   "Controles de police et detention (Objectif 13)", "Recommandations"])
    body = multi("mixed", [alt(text, "000000000000a4e8b605bb9c7a12", html=gmail_html(text)),
                           attach("application/pdf", pdf, fname)], "000000000000a4e8b505bb9c7a13")
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DqF8Nd0Ckz5", addr("Abakar Mahamat", "abakar.mht@gmail.example.com"),
           hdr("Contribution individuelle - examen régional PMM (en retard)", enc="Q"),
           "<CAQ8sT2vW6pY1nM4kRz7dLe0bC3hJ9fG5gAuX1mVo7w@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (18 February), the sender says so; individual contribution of a student; no organisation."))


def m24():
    # the son of h189-02 asks whether his father's request arrived; iPhone reply quoting the original
    when = at("2021-02-20 13:51:04")
    sent = sent_at(when, 2, 8)
    text = """السلام عليكم
لو سمحتم هو طلب الوالد وصلكم ولا لأ؟ ما جالناش اي رد لحد دلوقتي والمؤتمر قرب. ولو اتقبل ازاي هيدخل، هيبعتوله لينك على الموبايل ولا على الايميل ده؟
شكرا

أُرسلت من الـ iPhone

> في ٢٧‏/٠١‏/٢٠٢١، الساعة ٧:٠٢ م، ‏Ahmed Mahmoud <ahmed.m.abdeltawab@icloud.example.com> كتب:
>
> السلام عليكم ورحمة الله وبركاته
>
> انا ابنه اللي بكتب الرسالة دي لان والدي مش بيعرف يستعمل الايميل، والكلام ده كلامه هو:
>
> "انا اسمي محمود عبد التواب السيد، اشتغلت ١٤ سنة في المعمار (محارة وخرسانة) في السعودية والكويت، ورجعت مصر سنة ٢٠١٩ من غير ما اخد مستحقاتي من الكفيل. دلوقتي انا منسق رابطة العمال المصريين العائدين من الخليج، بنساعد الرجالة اللي رجعوا يعملوا توكيلات ويرفعوا شكاوى.
> عايز اتكلم في الجلسة العامة في المؤتمر يوم ٢٤ او ٢٥ فبراير عن العمال اللي رجعوا وايديهم فاضية، ولو فيه ترجمة يبقى كويس لاني مش بتكلم انجليزي."
>
> رقم التليفون بتاع الوالد: ٠١٠٠٤٥٦٧٨٢١
> وشكرا
>
> أحمد محمود
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, ICLOUD[0], ICLOUD[1], "4DsH2Lp7Xnz1", addr("Ahmed Mahmoud", "ahmed.m.abdeltawab@icloud.example.com"),
           re_hdr("Re: ", "طلب كلمة في المؤتمر - محمود عبد التواب"),
           "<A7E2C95B-1D3F-4B80-9A6E-5F2C8D1B7A34@icloud.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID), ("X-Mailer", "iPhone Mail (18D52)")])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h189-02.eml",
        notes="follow-up by the son to his own message h189-02 (In-Reply-To set): did it arrive, how will his father "
              "join; the quoted original still holds the whole speaker request, but nothing new is proposed "
              "(received 20 February, the speaker request itself was on time)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
