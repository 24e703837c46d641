#!/usr/bin/env python3
"""Write the blind evaluation set holdout165 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets165.py
Theme: education and skills: schools for migrant and refugee children, teachers' unions, skills-recognition
and vocational-training bodies, scholarship programmes, university international offices, adult literacy
associations.  8 Arabic, 8 English, 8 French.  Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     rfcdate, sp, std_rows, text2html, top, tz, alt, html_only, sent_at)

SET = EvalSet(165)
add = SET.add

INVITE_ID = "<INV-2021-01-26-AR.0001@gcmrrarabstates.iom.int>"


def dsn_body(text, dsn_blocks, returned_headers, boundary, charset="us-ascii", cte="7bit"):
    p1 = leaf("text/plain", text, charset, cte)
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn_blocks:
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", returned_headers, "us-ascii", "7bit")
    return multi("report", [p1, p2, p3], boundary, params=[("report-type", "delivery-status")])


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 09:14:05")
    sent = sent_at(when, 3, 2)
    text = """Thank you for your email.

The Office of International Students and Scholars is closed for the inter-semester break from Sunday 24 January until Sunday 7 February 2021. Messages are not being monitored during this period.

For scholarship and visa emergencies only, please call the duty officer on +974 4400 1122.

OISS - Gulf Polytechnic University
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "mail-qa1.gpu.example.edu.qa", "203.0.113.41", "4DQm0Y1vLkz2",
                    "International Office <intl.office@gpu.example.edu.qa>",
                    "Out of Office: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(sent), "<oof.20210127061402.77123@gpu.example.edu.qa>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("Precedence", "auto_reply")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="university international office closed for the semester break: out-of-office answer to the "
              "invitation (Auto-Submitted, Precedence: auto_reply, null Return-Path); gives a phone number and a "
              "date, proposes nothing. Never acknowledge."))


M02_ID = "<CAJx7Wq1rT0aN5m3K8vB2pYc9LdE4sHf6gQ1uZ@mail.gmail.example.com>"


def m02():
    when = at("2021-01-28 13:22:10")
    sent = sent_at(when, 2, 4)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، يسرّ اتحاد نقابات العاملين في التعليم في المشرق العربي أن يرشّح الزميلين التاليين للمشاركة بالكلمة:

١. الأستاذ جمال الدين المومني، نائب رئيس الاتحاد، للمشاركة في النقاش المفتوح ضمن التشاور متعدد أصحاب المصلحة يوم ٢٣ شباط.
٢. الأستاذة ريم الخوالدة، مسؤولة ملف تعليم أبناء اللاجئين، لمداخلة في المائدة المستديرة الثانية، إذ إن موضوعها قريب من عملنا مع معلمي الفترة المسائية في مدارس اللاجئين.

وكلا الزميلين من أعضاء المكتب التنفيذي للاتحاد.

وتفضلوا بقبول فائق الاحترام،

سهى حداد
أمينة السر
اتحاد نقابات العاملين في التعليم في المشرق العربي
عمّان – الأردن
"""
    body = alt(text, "000000000000a1f3c205b9f2e871", rtl=True, b64=True)
    m = mk(when, sent, "mail-wr1-f51.google.example.com", "209.85.221.51", "4DR2kV0pWmz8",
           addr("سهى حداد", "suha.haddad.tu@gmail.example.com"),
           hdr("ترشيح متحدثَين من اتحاد نقابات العاملين في التعليم"), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جمال الدين المومني", "نائب رئيس الاتحاد", "اتحاد نقابات العاملين في التعليم في المشرق العربي",
           ["open_discussion"]),
        sp("ريم الخوالدة", "مسؤولة ملف تعليم أبناء اللاجئين", "اتحاد نقابات العاملين في التعليم في المشرق العربي",
           ["roundtable"], 2)],
        notes="teachers' union, two speakers in an Arabic-Indic numbered list; the honorific 'الأستاذ/الأستاذة' is "
              "dropped; the speakers' affiliation is only given by reference ('الاتحاد', 'المكتب التنفيذي للاتحاد') "
              "and written in full in the first sentence and the signature; the city after the organisation is "
              "not part of it; the sender (union secretary) is not a speaker; personal Gmail address."))


M03_ID = "<DB7PR02MB4471A8C1E2F3D4B5@DB7PR02MB4471.eurprd02.prod.outlook.example.com>"


def m03():
    when = at("2021-01-29 17:05:40")
    sent = sent_at(when, 1, 5)
    text = """Bonjour Madame, Monsieur,

Suite à la réception de votre invitation, je me permets de vous faire part de mon souhait d'intervenir lors de la table ronde thématique n°3 de la Conférence d'examen régional.

Notre association anime depuis 2016 des cours d'alphabétisation fonctionnelle en darija et en français pour des femmes migrantes subsahariennes à Rabat et à Salé, et nous aimerions partager ce que ces cours changent dans l'accès aux services (santé, école des enfants, démarches de régularisation).

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

Fatima-Zahra Bennani
Coordinatrice des programmes d'alphabétisation
Association Marocaine pour l'Alphabétisation des Adultes (AMAA)
Rabat - Maroc
Tél. : +212 5 37 00 41 18
"""
    body = alt(text, "_000_DB7PR02MB4471A8C1E2F3D4B5DB7PR02MB4471eurp_")
    m = mk(when, sent, "mail-db7eur02.outbound.protection.example.com", "40.107.15.63", "4DRz3n1CkBz6",
           "Fatima-Zahra Bennani <fz.bennani@amaa.example.ma>",
           hdr("Demande d'intervention - table ronde n°3", enc="Q"), M03_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatima-Zahra Bennani", "Coordinatrice des programmes d'alphabétisation",
           "Association Marocaine pour l'Alphabétisation des Adultes (AMAA)", ["roundtable"], 3)],
        notes="adult literacy association; the sender proposes herself and her name, title and affiliation are "
              "only in the signature (city 'Rabat - Maroc' on its own line, not part of the affiliation); "
              "'table ronde thématique n°3'. Her acknowledgement bounces (h165-09)."))


def m04():
    when = at("2021-01-30 11:48:02")
    sent = sent_at(when, 2, 6)
    inner = ("<div>Dear GCM Regional Review Secretariat,</div><div><br></div>"
             "<div>Further to your letter of 26 January, I would like to put myself forward as one of the "
             "rapporteurs delivering the stakeholders' key messages at the Regional Review Conference. Our office "
             "hosts around 400 refugee and migrant students on scholarship each year and we coordinate the "
             "recognition of their prior studies with the Ministry of Higher Education.</div><div><br></div>"
             "<div>Name: Prof. Tareq Al-Bashir<br>Title: Director, International Students Office<br>"
             "Affiliation: Al-Mashriq University, Irbid, Jordan</div><div><br></div>"
             "<div>With many thanks and kind regards,</div><div>Tareq</div><div><br></div>"
             "<div style=\"color:#888888\">--<br>Prof. Tareq Al-Bashir<br>Director, International Students Office"
             "<br>Al-Mashriq University | Irbid 21110 | Jordan<br>www.mashriq-univ.example.edu.jo</div>")
    body = html_only('<div dir="ltr">' + inner + "</div>")
    m = mk(when, sent, "mail-pl1-f170.google.example.com", "209.85.214.170", "4DSKq02wNhz4",
           "Tareq Al-Bashir <t.albashir@mashriq-univ.example.edu.jo>",
           "Rapporteur - GCM Regional Review Conference (Al-Mashriq University)",
           "<CAN4pZ8qLw1hT6eR3vX0bC7yM2kD9sJf5gA@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tareq Al-Bashir", "Director, International Students Office", "Al-Mashriq University", ["rapporteur"])],
        notes="HTML-only (Google Workspace of a university); labelled lines; 'Prof.' dropped; the title is "
              "written with its unit ('Director, International Students Office', kept as the title as in dev 012); "
              "'Irbid, Jordan' after the university is a place, not part of the affiliation."))


def m05():
    when = at("2021-02-01 20:31:17")
    sent = sent_at(when, 2, 9)
    text = """مرحبا،
نحنا جمعية صغيرة منشتغل مع ولاد لاجئين بمدارس الدوام المسائي (الدوام التاني) بالبقاع، وعم نحضّر تقرير عن التسرّب المدرسي.
عندي كم سؤال لو سمحتو:
- لازم التقرير الطوعي يكون بالإنجليزي ولا منقدر نبعتو بالعربي؟
- في عدد صفحات معيّن؟
- ومنقدر نبعتو PDF ولا لازم Word؟
شكراً كتير وعطيتو العافية

لمى
جمعية درب للتعليم

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, cte="base64")
    m = mk(when, sent, "mail-pf1-f180.google.example.com", "209.85.210.180", "4DTr8b2GxNz1",
           addr("Lama Darb", "lama.darb.edu@gmail.example.com"), hdr("سؤال عن التقرير الطوعي"),
           "<7D3C9A2E-41F8-4B6A-9E0D-2C5B8F1A7E63@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions in Levantine dialect about the language, length and file format of a voluntary report "
              "still being written: nothing is submitted yet; From display name in Latin letters, body Arabic."))


M06_ID = "<5f2a1c3e-8d47-4b9e-a0c6-1e7d3b9f2a48@cesf.example.tn>"


def m06():
    when = at("2021-02-02 10:20:33")
    sent = sent_at(when, 1, 7)
    text = """Bonjour,

Au nom du Collectif Éducation Sans Frontières (CESF), je vous transmets en pièce jointe notre rapport volontaire sur la mise en oeuvre du PMM, rédigé collectivement par cinq associations membres qui accompagnent la scolarisation des enfants migrants et réfugiés à Tunis, Sfax et Médenine.

Par ailleurs, le collectif souhaite être représenté lors de la conférence : nous proposons que notre porte-parole, M. Hichem Trabelsi, enseignant et coordinateur du collectif, prenne la parole lors d'une séance plénière (le 24 ou le 25 février, selon vos disponibilités).

Avec nos remerciements,

Sarra Ben Youssef
Chargée de communication
Collectif Éducation Sans Frontières (CESF) - Tunis
"""
    pdf = make_pdf(["Collectif Education Sans Frontieres (CESF)", "Rapport volontaire - Examen regional du PMM",
                    "Scolarisation des enfants migrants et refugies en Tunisie", "Fevrier 2021"])
    fname = "Rapport_volontaire_CESF_PMM_2021.pdf"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit", params=[("format", "flowed")]),
                           attach("application/pdf", pdf, fname)], "------------0C3D5A7E9B1F2A4C6E8D0B2F")
    m = mk(when, sent, "smtp.cesf.example.tn", "197.14.51.23", "4DTy1w5KqPz7",
           "Sarra Ben Youssef <communication@cesf.example.tn>",
           hdr("Rapport volontaire du CESF + demande d'intervention", enc="Q"), M06_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(6, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
            sp("Hichem Trabelsi", "enseignant et coordinateur du collectif", "Collectif Éducation Sans Frontières (CESF)",
               ["plenary"])],
        notes="both, on time: collective report (PDF) from a network of associations schooling migrant children, "
              "plus a speaker who is not the sender, given in prose with 'M.'; the title is written in lower "
              "case in the sentence and recorded as written; affiliation only by reference ('le collectif', "
              "'notre porte-parole'), full form from the first paragraph/signature; Thunderbird 8bit format=flowed."))


def m07():
    when = at("2021-02-02 15:42:51")
    sent = sent_at(when, 3, 4)
    text = """Dear Sir/Madam,

On behalf of Eng. Samer Khalil, Chief Executive Officer of the Regional Skills Recognition Council (RSRC), I am pleased to propose the following two speakers for the Regional Review Conference:

1) Eng. Samer Khalil - Chief Executive Officer - RSRC
   Floor intervention in the plenary session (24 February).

2) Ms. Noor Abu-Ghazaleh - Head, Qualifications Recognition Unit - RSRC
   Thematic roundtable 4 if possible, otherwise roundtable 2.

RSRC works with ministries of labour and TVET providers in the region on the recognition of prior learning and skills certification for returning and incoming migrant workers.

Please do not hesitate to contact me for any logistical arrangements.

Kind regards,

Maya Haddad
Executive Assistant | Office of the CEO
Regional Skills Recognition Council (RSRC)
Amman, Jordan
[cid:image001.png@01D6F96A.2C4E8B10]
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US"><div class="WordSection1">'
            + text2html(text.replace("[cid:image001.png@01D6F96A.2C4E8B10]\n", ""))
            + '<p><img width="120" height="40" src="cid:image001.png@01D6F96A.2C4E8B10" alt="RSRC logo"></p>'
            '</div></body></html>\n')
    logo = leaf("image/png", make_png(12, 4, (20, 110, 70)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6F96A.2C4E8B10>")])
    body = multi("related", [alt(text, "_000_AM9PR03MB6613E4F5A6B7C8D9AM9PR03MB6613eurp_", html=html), logo],
                 "_004_AM9PR03MB6613E4F5A6B7C8D9AM9PR03MB6613eurp_", params=[("type", '"multipart/alternative"')])
    m = mk(when, sent, "mail-am9eur03.outbound.protection.example.com", "40.107.6.88", "4DV2cH7mRtz3",
           "Maya Haddad <m.haddad@rsrc.example.org>", "Nomination of speakers - RSRC",
           "<AM9PR03MB6613E4F5A6B7C8D9@AM9PR03MB6613.eurprd03.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samer Khalil", "Chief Executive Officer", "Regional Skills Recognition Council (RSRC)", ["plenary"]),
        sp("Noor Abu-Ghazaleh", "Head, Qualifications Recognition Unit", "Regional Skills Recognition Council (RSRC)",
           ["roundtable"], 4)],
        notes="sent by an executive assistant on behalf of the CEO; two speakers on dash-separated lines where the "
              "affiliation is only the acronym 'RSRC' (full form 'Regional Skills Recognition Council (RSRC)' "
              "from the first sentence/signature, acronym kept); honorifics 'Eng.' and 'Ms.' dropped; roundtable "
              "'4 if possible, otherwise 2': first choice 4; title written with its unit; inline logo."))


def m08():
    when = at("2021-02-03 09:05:12")
    sent = sent_at(when, 3, 8)
    text = """السلام عليكم ورحمة الله،

حسب توجيه مديرة البرنامج، أرسل لكم أدناه نسخة من الاستمارة التي عبّيناها على موقع التسجيل، ونرجو اعتماد الدكتورة سناء كمتحدثة في المؤتمر.

----- نسخة من الاستمارة -----
الاسم الكامل: د. سناء عبد الكريم الجبوري
المسمى الوظيفي: مديرة البرنامج
الجهة/المنظمة: برنامج أمل للمنح الجامعية للطلبة اللاجئين - أربيل
البريد الإلكتروني: s.aljubouri@amal-scholarships.example.org
نوع المشاركة: متحدث/ة
الدور المطلوب: مداخلة في المائدة المستديرة الرابعة
-----------------------------

مع التقدير،
علي حسن
منسق المنح

مرسل من هاتفي
"""
    body = leaf("text/plain", text, cte="base64")
    m = mk(when, sent, "mail-ej1-f66.google.example.com", "209.85.218.66", "4DVq5s0FbLz9",
           addr("علي حسن", "ali.hassan@amal-scholarships.example.org"), hdr("ترشيح متحدثة - برنامج أمل للمنح"),
           "<CAB9kQ3dWp7nX2tL5rM8yF1zG4cH6jV0sA@mail.gmail.example.com>", body,
           extra=[("X-Mailer", "Android Gmail 2021.01")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سناء عبد الكريم الجبوري", "مديرة البرنامج", "برنامج أمل للمنح الجامعية للطلبة اللاجئين", ["roundtable"], 4)],
        notes="scholarship programme; the speaker's details are in a pasted copy of the online registration form "
              "(with an e-mail field); 'د.' dropped; city 'أربيل' after the organisation dropped; roundtable as an "
              "ordinal word ('الرابعة'); the sender (scholarships coordinator) writes on the director's instruction "
              "and is not a speaker; phone client."))


def m09():
    when = at("2021-02-03 16:40:09")
    ack_date = at("2021-01-29 17:06:12")
    text = """Ceci est le programme postfix de l'hôte mx.amaa.example.ma.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il est resté en file d'attente pendant 5 jours sans pouvoir être livré,
la boîte aux lettres du destinataire étant pleine.

Pour obtenir de l'aide, contactez <postmaster@amaa.example.ma>.
Merci de joindre ce message d'erreur à votre demande.

                   Le programme postfix

<fz.bennani@amaa.example.ma>: host imap.amaa.example.ma[10.0.4.12] said: 452
    4.2.2 Mailbox full: quota exceeded (in reply to RCPT TO command)
"""
    dsn = ["Reporting-MTA: dns; mx.amaa.example.ma\n"
           "X-Postfix-Queue-ID: 4DRz41kT2Lz5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s" % rfcdate(ack_date),
           "Final-Recipient: rfc822; fz.bennani@amaa.example.ma\n"
           "Original-Recipient: rfc822;fz.bennani@amaa.example.ma\n"
           "Action: failed\n"
           "Status: 4.2.2\n"
           "Remote-MTA: dns; imap.amaa.example.ma\n"
           "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full: quota exceeded"]
    returned = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                "To: Fatima-Zahra Bennani <fz.bennani@amaa.example.ma>\n"
                "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Demande_d=27intervention_-_table_ronde_n?=\n"
                " =?utf-8?q?=C2=B03?=\n"
                "Date: %s\n"
                "Message-ID: <ACK-2021-01-29-0007@gcmrrarabstates.iom.int>\n"
                "In-Reply-To: %s\n" % (rfcdate(ack_date), M03_ID))
    body = dsn_body(text, dsn, returned, "4DW8Qd3MxVz0.1612363209/mx.amaa.example.ma", "utf-8", "8bit")
    rows = std_rows(when, "mx.amaa.example.ma", "196.200.131.77", "4DW8Qf0nYSz2",
                    "MAILER-DAEMON@amaa.example.ma (Mail Delivery System)",
                    hdr("Message non délivré : retour à l'expéditeur", enc="Q"),
                    rfcdate(tz(when - dt.timedelta(seconds=2), 1)),
                    "<20210203144007.4DW8Qd3MxVz0@mx.amaa.example.ma>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(9, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (multipart/report): the acknowledgement sent to the h165-03 sender "
              "stayed 5 days in the queue (mailbox full, 4.2.2) and is returned as headers only; its subject "
              "mentions the speaker request. Never acknowledge; thread_of null as for dev bounces."))


M10_ID = "<002d01d6fad1$6c4e2a10$44ca7e30$@fneeb.example.mr>"


def m10():
    when = at("2021-02-04 10:12:00")
    sent = sent_at(when, 0, 11)
    text = """Objet : Désignation de deux intervenants - Examen régional du PMM

Monsieur le Coordonnateur,

Faisant suite à votre lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, j'ai l'honneur de porter à votre connaissance que le Bureau exécutif de la Fédération Nationale des Enseignants de l'Éducation de Base (FNEEB) a désigné les intervenants suivants :

- Mme Aïcha Mint Ahmed, Secrétaire générale adjointe chargée de l'enseignement primaire, pour la discussion ouverte de la consultation multipartite du 23 février 2021 ;

- M. Brahim Ould Saleck, Secrétaire national aux affaires sociales, pour une intervention lors de la table ronde thématique II.

Les intéressés restent à votre disposition pour toute information complémentaire.

Veuillez agréer, Monsieur le Coordonnateur, l'expression de notre haute considération.

P/ Le Secrétaire général et P.O.
Mohamed Vall Ould Sidi
Chef du Secrétariat
FNEEB - Nouakchott
"""
    body = alt(text, "----=_NextPart_000_002E_01D6FAD1.6C4E2A10", charset="iso-8859-1")
    m = mk(when, sent, "smtp.fneeb.example.mr", "41.188.64.19", "4DWg6R1pZcz4",
           "FNEEB - Secretariat <secretariat@fneeb.example.mr>",
           hdr("Désignation de deux intervenants - Examen régional du PMM", "iso-8859-1", "Q"), M10_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "fr")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aïcha Mint Ahmed", "Secrétaire générale adjointe chargée de l'enseignement primaire",
           "Fédération Nationale des Enseignants de l'Éducation de Base (FNEEB)", ["open_discussion"]),
        sp("Brahim Ould Saleck", "Secrétaire national aux affaires sociales",
           "Fédération Nationale des Enseignants de l'Éducation de Base (FNEEB)", ["roundtable"], 2)],
        notes="teachers' union, administrative letter signed 'P/ Le Secrétaire général et P.O.' by the head of the "
              "secretariat (not a speaker); two speakers with 'Mme'/'M.' dropped; affiliation from the letter "
              "body with its acronym; 'table ronde thématique II' = 2; ISO-8859-1 quoted-printable; From is a "
              "functional mailbox."))


M11_ID = "<CAF2mX9pR4tN7vQ1kL8wY3bZ6cD0eH5gJ@mail.gmail.example.com>"


def m11():
    when = at("2021-02-04 19:27:45")
    sent = sent_at(when, 2, 5)
    text = """Hi there,

I'd love to take part in the open discussion on 23 Feb! We run evening literacy and numeracy classes for migrant domestic workers (mostly Ethiopian, Sri Lankan and Filipina women) in three church halls, and there is very little in the GCM discussions about adult learning, so I think it's a perspective worth hearing.

I've registered on the website already.

Cheers,
Grace

--
Grace Mensah-Owusu
Founder & Volunteer Coordinator
Read to Rise Literacy Initiative (R2R)
Beirut, Lebanon | +961 71 000 482
"""
    body = alt(text, "000000000000c8d2e405ba8f1a33")
    m = mk(when, sent, "mail-lf1-f49.google.example.com", "209.85.167.49", "4DWz8t2HqMz5",
           "Grace Mensah-Owusu <grace@readtorise.example.org>", "open discussion 23 Feb - adult literacy",
           M11_ID, body)
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Grace Mensah-Owusu", "Founder & Volunteer Coordinator", "Read to Rise Literacy Initiative (R2R)",
           ["open_discussion"])],
        notes="informal Gmail message from an adult literacy initiative; the sender is the speaker and her full "
              "name, title and affiliation are only in the signature ('Beirut, Lebanon' dropped); body signed "
              "with the first name only."))


def m12():
    when = at("2021-02-05 23:56:40")
    sent = sent_at(when, 3, 12)
    text = """السادة المنظمون للمراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية،

تحية طيبة،

أرجو التكرم بقبول طلب مشاركتي بمداخلة من القاعة في إحدى الجلسات العامة للمؤتمر الإقليمي، حول استمرارية تعليم الأطفال المهاجرين والنازحين في حالات الطوارئ ودور المعلمين غير النظاميين.

الاسم: د. وليد السقا
الصفة: خبير مناهج ومنسق برنامج التعليم غير النظامي
الجهة: الشبكة العربية للتعليم في حالات الطوارئ (ANEE)

وأعتذر عن التأخر في الإرسال إلى هذه الساعة.

مع وافر الاحترام،
د. وليد السقا
الشبكة العربية للتعليم في حالات الطوارئ - الرياض
"""
    body = alt(text, "_000_PA4PR09MB5532F1A2B3C4D5E6PA4PR09MB5532eurp_", rtl=True, b64=True)
    m = mk(when, sent, "mail-pa4eur09.outbound.protection.example.com", "40.107.24.93", "4DXcL1s9Tfz7",
           addr("وليد السقا", "w.alsaqqa@anee.example.org"), hdr("طلب مداخلة في الجلسة العامة"),
           "<PA4PR09MB5532F1A2B3C4D5E6@PA4PR09MB5532.eurprd09.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-SA")])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وليد السقا", "خبير مناهج ومنسق برنامج التعليم غير النظامي",
           "الشبكة العربية للتعليم في حالات الطوارئ (ANEE)", ["plenary"])],
        notes="edge: received 23:56:40 Beirut time on 5 February, on time, although the Date header (+0300) is "
              "already 6 February and the sender apologises for the late hour; Arabic labelled lines with 'د.' "
              "dropped; Latin acronym beside the Arabic name kept; 'الجلسات العامة' = plenary."))


def m13():
    when = at("2021-02-06 09:34:21")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Je vous prie tout d'abord d'excuser le caractère tardif de ce message : l'invitation nous est parvenue par un collègue hier soir seulement.

L'Université de Sfax accueille un nombre croissant d'étudiants subsahariens, dont plusieurs réfugiés, et notre bureau travaille sur la reconnaissance de leurs diplômes antérieurs et sur l'accès aux bourses. Je souhaiterais intervenir lors d'une séance plénière ou, à défaut, lors de la table ronde 1.

Nom : Leïla Gharbi
Fonction : Responsable du Bureau d'accueil des étudiants internationaux
Institution : Université de Sfax (US), Tunisie

Avec mes remerciements anticipés,

Dr Leïla Gharbi
Bureau d'accueil des étudiants internationaux
Université de Sfax
"""
    body = alt(text, "_000_PR1PR06MB4790B1C2D3E4F5A6PR1PR06MB4790eurp_")
    m = mk(when, sent, "mail-pr1eur06.outbound.protection.example.com", "40.107.20.71", "4DXr2p6KwJz1",
           "Leila GHARBI <leila.gharbi@usf.example.tn>",
           hdr("Demande de prise de parole - Université de Sfax", enc="Q"),
           "<PR1PR06MB4790B1C2D3E4F5A6@PR1PR06MB4790.eurprd06.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Leïla Gharbi", "Responsable du Bureau d'accueil des étudiants internationaux", "Université de Sfax (US)",
           ["plenary", "roundtable"], 1)],
        notes="late (Saturday 6 February morning) and says so; university international office; labelled lines "
              "with a space before the colon and 'Fonction'/'Institution' as labels; country after the "
              "acronym dropped; 'séance plénière ou, à défaut, table ronde 1': recorded as both roles (plenary "
              "first choice) with roundtable 1, as a secretary would note the fallback; the From display name "
              "has no accent and the surname in capitals: the label uses the body form."))


ACK11_ID = "<ACK-2021-02-04-0031@gcmrrarabstates.iom.int>"


def m14():
    when = at("2021-02-08 12:03:10")
    sent = sent_at(when, 2, 4)
    text = """Thanks so much for confirming! A couple of quick questions before the 23rd:

1. Will the open discussion be in English, or should I prepare something in Arabic? (My Arabic is survival-level, I'm afraid.)
2. Will we receive the Zoom link by email, or through the registration platform?
3. Could my colleague Hiba join as an observer only? She won't speak.

Thanks again,
Grace

On Thu, 4 Feb 2021 at 19:29, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Grace Mensah-Owusu,
>
> We acknowledge receipt of your request for a speaking role in the open
> discussion of the multi-stakeholder consultation (23 February 2021).
> The secretariat will confirm the list of speakers in due course.
>
> GCM Regional Review - Arab States secretariat
"""
    body = alt(text, "0000000000007e3a1b05bad10f58")
    m = mk(when, sent, "mail-lf1-f43.google.example.com", "209.85.167.43", "4DZ0mF3sVbz8",
           "Grace Mensah-Owusu <grace@readtorise.example.org>",
           "Re: Acknowledgement: open discussion 23 Feb - adult literacy",
           "<CAF2mX9pR4tN7vQ1kL8wY3bZ6cD0eH5gJ-re1@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ACK11_ID), ("References", M11_ID + " " + ACK11_ID)])
    add(14, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        thread_of="h165-11.eml",
        notes="reply to the acknowledgement of h165-11 with new practical questions (language, link, an "
              "observer): not a thank-you only, so it is acknowledged; the colleague joins 'as an observer "
              "only' and is not a speaker; '>'-quoted acknowledgement."))


def m15():
    when = at("2021-02-09 14:15:33")
    sent = sent_at(when, 2, 7)
    text = """تحية طيبة،

باسم تحالف جمعيات التعليم غير النظامي في لبنان، نرسل إليكم مرفقاً التقرير الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة، والذي شاركت في إعداده سبع جمعيات أعضاء تعمل على إعادة الأطفال اللاجئين والمهاجرين المتسربين إلى المدرسة وعلى برامج التعليم المسرّع.

يتناول التقرير بشكل خاص الهدف ١٥ (توفير الخدمات الأساسية) والهدف ١٨ (تنمية المهارات والاعتراف المتبادل بالمؤهلات).

نرجو تأكيد الاستلام.

مع الشكر،
نادين عون
منسقة التحالف
تحالف جمعيات التعليم غير النظامي في لبنان
"""
    fname = "التقرير الطوعي - تحالف التعليم غير النظامي 2021.docx"
    doc = make_docx(["Non-Formal Education Alliance - Lebanon", "Voluntary GCM review report 2021 (Arabic)"])
    body = multi("mixed", [alt(text, "0000000000004b7c9e05bae3d2a1", rtl=True, b64=True),
                           attach(DOCX, doc, fname)], "0000000000004b7c9f05bae3d2a3")
    m = mk(when, sent, "mail-wm1-f54.google.example.com", "209.85.128.54", "4DZm7Q2xKcz6",
           addr("نادين عون", "nadine.aoun.nfe@gmail.example.com"),
           hdr("التقرير الطوعي - تحالف جمعيات التعليم غير النظامي في لبنان"),
           "<CAH3nW8sT1qP6vY0kM4xR9bL2cF7dZ5gA@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report (seven member associations) as a DOCX with an Arabic file name (RFC 2231 "
              "filename*, RFC 2047 name); the body names GCM objectives with Arabic-Indic numbers; personal "
              "Gmail of the coordinator."))


M16_ID = "<DU2PR04MB8821A0B1C2D3E4F5@DU2PR04MB8821.eurprd04.prod.outlook.example.com>"


def m16():
    when = at("2021-02-10 16:48:02")
    sent = sent_at(when, 4, 5)
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Arab TVET Providers Association (ATPA), together with Annex 1, which summarises our recognition-of-prior-learning pilots with construction and hospitality workers in the UAE, Oman and Jordan. The annex is an integral part of the submission.

Our board approved the report on 8 February.

Best regards,

Omar Said
Director of Policy and Partnerships
Arab TVET Providers Association (ATPA)
Dubai Knowledge Park, Dubai, UAE
[cid:image001.png@01D6FFC4.8A2B3C40]

This email and any attachments are confidential and intended solely for the addressee.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1">'
            + text2html(text.replace("[cid:image001.png@01D6FFC4.8A2B3C40]\n", ""))
            + '<p><img width="90" height="30" src="cid:image001.png@01D6FFC4.8A2B3C40" alt="ATPA"></p>'
            '</div></body></html>\n')
    logo = leaf("image/png", make_png(9, 3, (230, 120, 0)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FFC4.8A2B3C40>")])
    f1 = "ATPA_GCM_Voluntary_Review_Feb2021.pdf"
    f2 = "ATPA_Annex1_RPL_pilots.docx"
    body = multi("mixed", [
        multi("related", [alt(text, "_000_DU2PR04MB8821A0B1C2D3E4F5DU2PR04MB8821eurp_", html=html), logo],
              "_005_DU2PR04MB8821A0B1C2D3E4F5DU2PR04MB8821eurp_", params=[("type", '"multipart/alternative"')]),
        attach("application/pdf", make_pdf(["Arab TVET Providers Association (ATPA)",
                                            "Voluntary GCM Review Report - February 2021"]), f1),
        attach(DOCX, make_docx(["ATPA - Annex 1", "Recognition of prior learning pilots: UAE, Oman, Jordan"]), f2)],
        "_006_DU2PR04MB8821A0B1C2D3E4F5DU2PR04MB8821eurp_")
    m = mk(when, sent, "mail-du2eur04.outbound.protection.example.com", "40.107.12.118", "4DbP4k8nWsz2",
           "Omar Said <o.said@atpa.example.ae>", "ATPA - Voluntary GCM Review Report + Annex 1", M16_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="vocational-training association: report PDF plus a DOCX annex declared 'an integral part of the "
              "submission' (both listed); the inline signature logo is not part of the report; confidentiality "
              "footer; the signature title is not a speaker request."))


M17_ID = "<A91F3C2B-6D5E-4F70-8B1A-3E9C2D7F0A54@alesf.example.dz>"


def m17():
    when = at("2021-02-11 21:10:45")
    sent = sent_at(when, 1, 10)
    text = """Bonsoir,
Ci-joint notre contribution.
Cordialement
K. Meziane

Envoyé de mon iPhone
"""
    fname = "Contribution ALESF PMM.pdf"
    pdf = make_pdf(["Association Lire et Ecrire Sans Frontieres (ALESF)",
                    "Contribution a l'examen regional du PMM - alphabetisation des adultes migrants"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, fname)], "Apple-Mail-7C1E4B2A-90D3-4F6E-A5B8-2D1C0E9F3A7B")
    m = mk(when, sent, "smtp.alesf.example.dz", "105.98.12.201", "4Dbx1L5rQpz3",
           "ALESF Oran <contact@alesf.example.dz>", "Rapport volontaire ALESF", M17_ID, body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="iPhone, minimal French body ('Ci-joint notre contribution'); the subject says 'Rapport volontaire' "
              "and the file name says 'Contribution'; adult literacy association; file name with spaces. "
              "Replaced by h165-20."))


def m18():
    when = at("2021-02-12 11:25:19")
    sent = sent_at(when, 2, 6)
    text = """السادة في أمانة المراجعة الإقليمية المحترمين،

تحية طيبة وبعد،

يسرّنا أن نرفق لكم تقرير مركز الزرقاء للتدريب المهني والتشغيل حول تنفيذ الاتفاق العالمي من أجل الهجرة، والذي يركّز على التدريب المهني المشترك للاجئين وأبناء المجتمع المضيف وعلى تصاريح العمل في قطاعات البناء والخياطة والصيانة.

كما نرجو النظر في ترشيح المهندسة دعاء الرواشدة، مديرة التدريب والتشغيل في المركز، لتكون من المقرّرين الذين يقدّمون الرسائل الرئيسية لأصحاب المصلحة في المؤتمر. ونعتذر إن كان باب الترشيح قد أُغلق.

مع خالص التحية،

خالد العمري
المدير العام
مركز الزرقاء للتدريب المهني والتشغيل
الزرقاء - الأردن
"""
    fname = "تقرير المركز - المراجعة الطوعية للاتفاق العالمي.pdf"
    pdf = make_pdf(["Zarqa Centre for Vocational Training and Employment", "Voluntary GCM review - February 2021"])
    body = multi("mixed", [alt(text, "_000_VI1PR08MB3120C4D5E6F7A8B9VI1PR08MB3120eurp_", rtl=True,
                                      b64=True),
                           attach("application/pdf", pdf, fname)], "_004_VI1PR08MB3120C4D5E6F7A8B9VI1PR08MB3120eurp_")
    m = mk(when, sent, "mail-vi1eur08.outbound.protection.example.com", "40.107.2.61", "4DcC9w2JtNz0",
           addr("خالد العمري", "director@zvtc.example.jo"), hdr("تقرير طوعي وترشيح مقررة - مركز الزرقاء للتدريب المهني"),
           "<VI1PR08MB3120C4D5E6F7A8B9@VI1PR08MB3120.eurprd08.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-JO")])
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("دعاء الرواشدة", "مديرة التدريب والتشغيل", "مركز الزرقاء للتدريب المهني والتشغيل", ["rapporteur"])],
        notes="both; received 12 February: the report part is on time but the speaker part is late, so on_time is "
              "false (the sender himself suspects it); vocational-training centre; 'المهندسة' (Eng.) dropped; the "
              "speaker's affiliation only by reference ('في المركز'), full form from the body/signature; Arabic "
              "PDF file name; the sender (director general) is not a speaker."))


ACK16_ID = "<ACK-2021-02-10-0058@gcmrrarabstates.iom.int>"


def m19():
    when = at("2021-02-13 10:02:44")
    sent = sent_at(when, 4, 4)
    text = """Many thanks for confirming receipt - much appreciated.

Best,
Omar

Omar Said
Director of Policy and Partnerships
Arab TVET Providers Association (ATPA)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 10, 2021 6:50 PM
To: Omar Said <o.said@atpa.example.ae>
Subject: Acknowledgement: ATPA - Voluntary GCM Review Report + Annex 1

Dear Omar Said,

We acknowledge receipt of your voluntary GCM review report (2 files: ATPA_GCM_Voluntary_Review_Feb2021.pdf, ATPA_Annex1_RPL_pilots.docx). Thank you for your contribution to the Regional Review.

GCM Regional Review - Arab States secretariat
"""
    body = alt(text, "_000_DU2PR04MB8821B9C8D7E6F5A4DU2PR04MB8821eurp_")
    m = mk(when, sent, "mail-du2eur04.outbound.protection.example.com", "40.107.12.121", "4Dcp0s6GhLz4",
           "Omar Said <o.said@atpa.example.ae>", "RE: Acknowledgement: ATPA - Voluntary GCM Review Report + Annex 1",
           "<DU2PR04MB8821B9C8D7E6F5A4@DU2PR04MB8821.eurprd04.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ACK16_ID), ("References", M16_ID + " " + ACK16_ID),
                  ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "ATPA - Voluntary GCM Review Report + Annex 1")])
    add(19, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h165-16.eml",
        notes="thank-you reply to our acknowledgement of h165-16, adding nothing new: do not acknowledge. The "
              "Outlook-style quoted acknowledgement (not '>'-prefixed) lists the report file names, but nothing "
              "is attached."))


def m20():
    when = at("2021-02-15 18:30:12")
    sent = sent_at(when, 1, 9)
    text = """Bonsoir,

Nous vous avons envoyé jeudi dernier notre contribution, mais nous nous sommes rendu compte que la page 4 (tableau des effectifs des cours du soir à Oran et Tlemcen) était manquante dans le PDF.

Merci de bien vouloir remplacer le document précédent par la version corrigée ci-jointe.

Avec nos excuses,

Karima Meziane
Présidente
Association Lire et Écrire Sans Frontières (ALESF)
Oran - Algérie

> Le 11 févr. 2021 à 20:10, ALESF Oran <contact@alesf.example.dz> a écrit :
>
> Bonsoir,
> Ci-joint notre contribution.
> Cordialement
> K. Meziane
>
> Envoyé de mon iPhone
"""
    fname = "Contribution ALESF PMM - version corrigée.pdf"
    pdf = make_pdf(["Association Lire et Ecrire Sans Frontieres (ALESF)",
                    "Contribution a l'examen regional du PMM - version corrigee (avec page 4)"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, fname)], "Apple-Mail=_5B2D8E1F-7A3C-4C90-B6E4-91F0D2A3C5E8")
    m = mk(when, sent, "smtp.alesf.example.dz", "105.98.12.201", "4Dfb6H0mTkz1",
           "ALESF Oran <contact@alesf.example.dz>", "Re: Rapport volontaire ALESF",
           "<C4E8A1B3-2F6D-4A9B-8C0E-7D5F1B3A9E26@alesf.example.dz>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID), ("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of="h165-17.eml", report_attachments=[fname],
        notes="corrected version replacing the PDF of h165-17 (reply to the sender's own message, In-Reply-To "
              "set), still before the report deadline; non-ASCII file name ('corrigée') as RFC 2231; this time "
              "the president signs in full (not a speaker request)."))


def m21():
    when = at("2021-02-16 23:49:05")
    sent = sent_at(when, 2, 7)
    inner = ("<div>الإخوة الكرام في أمانة المراجعة الإقليمية،</div><div><br></div>"
             "<div>السلام عليكم،</div><div>مرفق تقرير جمعية اقرأ لمحو الأمية وتعليم الكبار الطوعي عن الاتفاق "
             "العالمي للهجرة، ويتناول برامج محو الأمية للنساء النازحات والعائدات في ولايات الخرطوم والجزيرة "
             "وكسلا، وبرامج المهارات الحياتية المرتبطة بها.</div><div><br></div>"
             "<div>نعتذر عن الإرسال في آخر لحظة بسبب انقطاع الإنترنت طوال اليوم.</div><div><br></div>"
             "<div>والسلام،</div><div>عوض الكريم بابكر</div><div>الأمين العام - جمعية اقرأ لمحو الأمية وتعليم الكبار"
             "</div><div><br></div><div>Get <a href=\"https://aka.ms/o0ukef\">Outlook for Android</a></div>")
    fname = "Iqraa_GCM_voluntary_report_AR.pdf"
    pdf = make_pdf(["Iqraa Association for Literacy and Adult Education", "GCM voluntary review report (Arabic)"])
    body = multi("mixed", [html_only(inner, rtl=True, b64=True), attach("application/pdf", pdf, fname)],
                 "_002_HE1PR07MB4410D2E3F4A5B6C7HE1PR07MB4410eurp_")
    m = mk(when, sent, "mail-he1eur07.outbound.protection.example.com", "40.107.3.95", "4Dg4Xc1vRmz8",
           addr("Awad Elkarim Babiker", "iqraa.sd@outlook.example.com"), hdr("تقرير جمعية اقرأ الطوعي"),
           "<HE1PR07MB4410D2E3F4A5B6C7@HE1PR07MB4410.eurprd07.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Outlook-Android")])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:49:05 Beirut time on 16 February, 11 minutes before the report deadline (the "
              "Date header is 7 seconds earlier, also +0200); HTML-only body from Outlook for Android, Arabic, base64; "
              "adult literacy association; From display name in Latin letters."))


def m22():
    when = at("2021-02-17 14:05:36")
    sent = sent_at(when, 4, 8)
    inner = ("<div dir=\"ltr\"><p>Dear GCM Review Team,</p>"
             "<p>Apologies for the delay - our academic council only signed off on the document yesterday. "
             "Please find attached the contribution of the University of the Gulf for Science and Technology "
             "(UGST) to the voluntary GCM review, focusing on access to higher education and scholarships for "
             "refugee and migrant students.</p>"
             "<p>We realise the deadline for speakers has passed, but if there is still any possibility, we would "
             "like to propose the following:</p>"
             "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
             "<tr><th>Name</th><th>Title</th><th>Organization</th><th>Session</th></tr>"
             "<tr><td>Dr. Amal Nasser</td><td>Dean of International Affairs</td>"
             "<td>University of the Gulf for Science and Technology (UGST), Kuwait</td>"
             "<td>Thematic roundtable 1</td></tr>"
             "<tr><td>Mr. Karim Saad</td><td>Scholarships Manager</td><td>Refugee Scholars Fund (RSF)</td>"
             "<td>Plenary</td></tr></table>"
             "<p>Mr. Saad's fund co-finances our scholarship scheme; he is copied here.</p>"
             "<p>Warm regards,<br>Huda Al-Sabah<br>Partnerships Officer, Office of International Affairs<br>"
             "UGST</p></div>")
    fname = "UGST_Refugee_Students_GCM_Review.docx"
    doc = make_docx(["University of the Gulf for Science and Technology (UGST)",
                     "Contribution to the voluntary GCM review: refugee and migrant students"])
    body = multi("mixed", [html_only(inner), attach(DOCX, doc, fname)], "000000000000d9e1f205bb8a4c17")
    m = mk(when, sent, "mail-oi1-f172.google.example.com", "209.85.167.172", "4DgR2v7NbKz5",
           "Huda Al-Sabah <h.alsabah@ugst.example.edu.kw>", "UGST contribution to the GCM review + speakers",
           "<CAD7tY2pK9wM4qR1nX6vB3cL8fE0hJ5sZ@mail.gmail.example.com>", body,
           cc="Karim Saad <k.saad@rsf-scholars.example.org>")
    add(22, when, m, dict(category="both", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("Amal Nasser", "Dean of International Affairs",
               "University of the Gulf for Science and Technology (UGST)", ["roundtable"], 1),
            sp("Karim Saad", "Scholarships Manager", "Refugee Scholars Fund (RSF)", ["plenary"])],
        notes="both, both parts late (17 February); HTML-only with the two speakers in a table; 'Dr.'/'Mr.' "
              "dropped; ', Kuwait' after the first organisation is a place; the second speaker belongs to a "
              "partner fund (Cc), not to the sender's university; the sender (partnerships officer) is not a speaker."))


def m23():
    when = at("2021-02-18 09:20:00")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Le Réseau des Écoles de la Deuxième Chance du Maghreb (RE2C-M) n'a malheureusement pas pu finaliser son rapport volontaire avant le 16 février, en raison de la fermeture de plusieurs de nos centres (COVID-19).

Pourriez-vous nous indiquer :
- s'il est encore possible de transmettre une contribution écrite après la date limite, et sous quelle forme ;
- si des membres de notre réseau peuvent suivre la consultation du 23 février et la conférence en qualité d'observateurs, sans prise de parole.

Dans l'attente de votre retour, veuillez recevoir nos salutations distinguées.

Nabil Chaouch
Chargé de projets
RE2C-M
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "smtp.re2c-maghreb.example.org", "193.95.66.140", "4Dh3Kp9xWcz2",
           "Nabil Chaouch <n.chaouch@re2c-maghreb.example.org>",
           hdr("Rapport volontaire - demande d'information (date limite)", "iso-8859-1", "Q"),
           "<20210218081955.1b7e3f2a@re2c-maghreb.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question after the report deadline (can a late contribution still be sent, can members attend as "
              "observers 'sans prise de parole'): keyword-heavy but nothing is submitted and no speaker is "
              "proposed; second-chance schools network; plain ISO-8859-1 text."))


def m24():
    when = at("2021-02-19 13:40:00")
    sent = sent_at(when, 3, 6)
    text = """الموضوع: التقرير الطوعي لرابطة المعلمين السوريين في المهجر

حضرات القائمين على المراجعة الإقليمية للاتفاق العالمي للهجرة،

تحية طيبة، وبعد،

نظراً لتعذّر إرفاق ملفات من بريدنا، ننقل إليكم تقريرنا الطوعي في متن هذه الرسالة، مع الاعتذار عن التأخير.

أولاً: التعريف بالرابطة
رابطة مهنية تضم نحو 1200 معلم ومعلمة سوريين يعملون في تركيا ولبنان والأردن ومصر، في مدارس رسمية ومراكز تعليم مؤقتة.

ثانياً: التقدم المحرز
- إدماج عدد من المعلمين السوريين كمتطوعين أو مساعدي تدريس في المدارس الرسمية في بلدين من بلدان الإقامة.
- برامج تدريب مهني مستمر بالتعاون مع منظمات دولية.

ثالثاً: التحديات
- عدم الاعتراف بالشهادات التربوية السورية، وصعوبة الحصول على وثائق المؤهلات الأصلية.
- هشاشة الوضع القانوني للمعلمين وغياب تصاريح العمل.
- انقطاع تعليم الأطفال عند الانتقال بين البلدان بسبب اختلاف المناهج.

رابعاً: التوصيات
1. آلية إقليمية للاعتراف بمؤهلات المعلمين اللاجئين (الهدف 18 من الاتفاق).
2. السماح للمعلمين اللاجئين بالعمل في التعليم بعقود نظامية.
3. اعتماد شهادات إتمام المراحل الدراسية الصادرة عن مراكز التعليم المؤقتة.

وتفضلوا بقبول الاحترام،
المكتب التنفيذي
رابطة المعلمين السوريين في المهجر
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    m = mk(when, sent, "mail.srta.example.org", "185.93.201.17", "4DhT1n4BqXz6",
           addr("رابطة المعلمين السوريين", "info@srta.example.org", "windows-1256"),
           hdr("التقرير الطوعي - رابطة المعلمين السوريين في المهجر", "windows-1256"),
           "<000701d706b2$4a1c3e80$de58bb80$@srta.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-sy")])
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        notes="late (19 February) voluntary report pasted in the body (no attachment, report_attachments empty), "
              "with its own subject line and numbered sections; teachers' association in exile; windows-1256 "
              "quoted-printable body and RFC 2047 windows-1256 headers; signed by an office, no person."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
