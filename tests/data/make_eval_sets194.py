#!/usr/bin/env python3
"""Write the blind evaluation set holdout194 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets194.py
Theme: diaspora, faith-based and charitable associations. Maghreb and Levant diaspora groups in Europe and the
Gulf, church and mosque charities, zakat committees, scouts and sports clubs doing outreach; volunteers with
honorary titles, presidents who sign with a stamp line, secretaries writing for the president, mixed
French/Arabic and Arabic typed in Latin letters (Arabizi).  1 to 18 February 2021.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, rfcdate, sent_at, sp, std_rows,
                     text2html, top)
from mailgen import POSTFIX_NOTICE, outlook_rows as outlook

SET = EvalSet(194)
add = SET.add


def rpt_pdf(title, org, sections):
    lines = [title, org, "Voluntary GCM review - Regional Review, Arab States, 2021", ""]
    lines += ["%d. %s" % (k, s) for k, s in enumerate(sections, 1)]
    return make_pdf(lines)


def logo(cid, name="image001.png", rgb=(120, 30, 40)):
    return leaf("image/png", make_png(10, 10, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def ack_id(qid):
    return "<ack.%s@gcmrrarabstates.iom.int>" % qid


# ================================================================ the 24 messages

def m01():
    # Moroccan diaspora association near Paris; president writes himself; French with Arabic formulas; stamp line
    when = at("2021-02-01 09:41:20")
    sent = sent_at(when, 1, 6)
    text = """Salam alaykoum,
Madame, Monsieur,

Nous avons bien reçu votre invitation par l'intermédiaire du consulat, et nous vous en remercions.

L'Association Dar Al Jalia des Marocains de Gennevilliers (ADJMG) accompagne depuis 1998 les familles marocaines et les chibanis du quartier (permanence administrative, cours d'arabe et de français, aide au rapatriement des défunts avec la caisse de solidarité de la mosquée). Nous aimerions témoigner de ce travail lors de la discussion ouverte de la consultation multipartite du 23 février.

C'est moi-même qui prendrai la parole, en tant que président de l'association.
Je me suis inscrit sur le lien en ligne hier soir, inchallah tout est en ordre.

بارك الله فيكم
Avec nos salutations fraternelles,

Le Président
Abdelkrim Bennani
Association Dar Al Jalia des Marocains de Gennevilliers (ADJMG)
(cachet de l'association)
"""
    body = alt(text, "0000000000004b1e9c05ba3d7f21")
    m = mk(when, sent, "mail-wr1-f54.google.example.com", "198.51.100.54", "4DTc2Lq0xNz3",
           "ADJMG Gennevilliers <adjmg.gennevilliers@gmail.example.com>",
           hdr("Demande de participation à la discussion ouverte – ADJMG", enc="Q"),
           "<CAJx7Tq1v9Hb2mW4kPz0Rn6sYe3cL8dF5uA@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelkrim Bennani", "Président", "Association Dar Al Jalia des Marocains de Gennevilliers (ADJMG)",
           ["open_discussion"])],
        notes="the president proposes himself ('C'est moi-même qui prendrai la parole'): name and title only in the "
              "signature block with its stamp line '(cachet de l'association)'; French with Arabic formulas "
              "('Salam alaykoum', 'inchallah', an Arabic blessing line): language fr; From display name is the "
              "association; 'Gennevilliers' is part of the registered name here, not a place written after it."))


def m02():
    # zakat committee of a mosque association (Tripoli); the committee's secretary writes for the president
    when = at("2021-02-01 13:05:44")
    sent = sent_at(when, 2, 5)
    text = """حضرة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
السلام عليكم ورحمة الله وبركاته،

بتكليف من رئيس اللجنة، أتشرف بإبلاغكم رغبة لجنة الزكاة والعمل الخيري في جمعية مسجد النور الخيرية في المشاركة في المؤتمر الاستعراضي الإقليمي، وذلك بمداخلة في المائدة المستديرة المواضيعية الثالثة، نظراً لما تقدمه اللجنة من مساعدات شهرية لأكثر من ستمائة أسرة لاجئة ومهاجرة في الشمال.

بيانات المتحدث:
الاسم: فضيلة الشيخ محمود الرفاعي
الصفة: رئيس لجنة الزكاة والعمل الخيري
الجهة: جمعية مسجد النور الخيرية – طرابلس، لبنان

وقد تم التسجيل عبر الرابط الإلكتروني.

وتفضلوا بقبول فائق الاحترام،

عن رئيس اللجنة
أمينة السر: ريم الأيوبي
جمعية مسجد النور الخيرية
(الختم الرسمي)
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-LB" dir="rtl"><div class="WordSection1">' + text2html(text) + '</div></body></html>\n')
    body = alt(text, "_000_PR3P191MB0884A0C3F52E9B71D6A4E0C1PR3P191MB0884EURP_", html=html, b64=True)
    subj = "طلب مداخلة – لجنة الزكاة والعمل الخيري – جمعية مسجد النور"
    m = mk(when, sent, "mail-pr3p191.outbound.protection.outlook.example.com", "203.0.113.21", "4DTh6Wp3kRz1",
           addr("ريم الأيوبي", "zakat.committee@masjid-annour.example.org"), hdr(subj),
           "<PR3P191MB0884A0C3F52E9B71D6A4E0C1@PR3P191MB0884.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj), "AdbziQ7Lx2Rm0Pt4Vn6cKe8wS1b9Hq==", lang="ar-LB"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود الرفاعي", "رئيس لجنة الزكاة والعمل الخيري", "جمعية مسجد النور الخيرية", ["roundtable"], 3)],
        notes="the committee's secretary ('أمينة السر') writes on behalf of the president ('عن رئيس اللجنة') and "
              "is not the speaker; the religious honorific 'فضيلة الشيخ' dropped from the name (not covered by dev "
              "explicitly: treated like السيد/الدكتورة, as a secretary would register him); title written with "
              "its unit kept whole (as dev 012); the place after the association '– طرابلس، لبنان' left out (as "
              "dev 004/024); roundtable as ordinal 'الثالثة'; stamp line in the signature."))


M03_ID = "<1612257612.418260.77315@webmail.merm-parish.example.org>"


def m03():
    # church refugee ministry (Lebanon), parish office pastes two filled-in forms; plain text, Roundcube
    when = at("2021-02-02 11:20:15")
    sent = sent_at(when, 2, 3)
    text = """Dear Sir/Madam,

Please find below the speaker details for the Regional Review, as requested in your letter to the Council of Churches. Father Georges asked me to send both forms from the parish office.

----- SPEAKER FORM 1 -----
Full name: Fr. Georges Haddad
Position: Director
Organization: Mar Elias Church Refugee Ministry (MERM)
Session requested: Open discussion - multi-stakeholder consultation (23 Feb)

----- SPEAKER FORM 2 -----
Full name: Ms. Nadine Karam
Position: Volunteer Coordinator (honorary)
Organization: Mar Elias Church Refugee Ministry (MERM)
Session requested: Thematic roundtable 2 (24-25 Feb)

Nadine has coordinated our food parcel and school-fee programme for Syrian and Iraqi families since 2014, entirely as a volunteer.

God bless,
Marie-Thérèse Abou Jaoudé
Parish Office, Mar Elias Church - Achrafieh
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "webmail.merm-parish.example.org", "192.0.2.88", "4DTz9Kc1mVz6",
           "Parish Office <office@merm-parish.example.org>", "Speaker forms - Mar Elias Church Refugee Ministry",
           M03_ID, body, extra=[("User-Agent", "Roundcube Webmail/1.4.10"), ("X-Sender", "office@merm-parish.example.org")])
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Georges Haddad", "Director", "Mar Elias Church Refugee Ministry (MERM)", ["open_discussion"]),
        sp("Nadine Karam", "Volunteer Coordinator (honorary)", "Mar Elias Church Refugee Ministry (MERM)",
           ["roundtable"], 2)],
        notes="two speakers pasted as two filled-in forms; the parish office secretary writes for the priest and is "
              "not a speaker; 'Fr.' (priest's courtesy title) and 'Ms.' dropped; the honorary/volunteer mark "
              "'(honorary)' is part of the title as written; the parish's district after the church name in the "
              "signature is not an affiliation."))


def m04():
    # Lebanese scouts group in Dubai, Arabizi from a phone, two speakers with different roles
    when = at("2021-02-02 18:47:09")
    sent = sent_at(when, 4, 8)
    text = """Marhaba,

Ana Rami men Fawj Al Arz Scouts bi Dubai (Lebanese scouts group, 3anna aktar men 120 shab w sabiyye). Shefna el invitation 3al page taba3 el consulate w 7abbayna nsha2rek.

Badna Maya Sfeir, el Assistant Group Leader 3anna, te7ke bel roundtable raqam 4, la2anno hiye msta2ale 3an barnamaj el volunteering ma3 el 3ommel bel labour camps.
W ana kamen (Rami Khoury, Group Leader) baddi sha2rek bel open discussion yom 23.

Fawj Al Arz Scouts - Dubai

Merci ktir w yaateekon el 3afye
Rami

Sent from my iPhone
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "mail-pf1-f170.google.example.com", "198.51.100.170", "4DV3sQx8hTz2",
           "Rami Khoury <rami.khoury.arz@gmail.example.com>", "Scouts - speakers",
           "<4C1E7A90-2B3D-4F6E-9A85-D03C2B1F7E44@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Maya Sfeir", "Assistant Group Leader", "Fawj Al Arz Scouts", ["roundtable"], 4),
        sp("Rami Khoury", "Group Leader", "Fawj Al Arz Scouts", ["open_discussion"])],
        notes="Lebanese dialect typed in Latin letters with digits (Arabizi: 3 = ع, 7 = ح, 2 = ء) with English "
              "words mixed in; not covered by LABELS.md or dev: language recorded as ar (the writer's language is "
              "Arabic, written in Latin script; a secretary would answer in Arabic); two speakers, the sender is "
              "the second one; names and titles as written in Latin letters; '- Dubai' after the group is a "
              "place, not part of the affiliation; plain 7bit text from an iPhone."))


M05_ID = "<a7d3c1e2-58f4-4b9a-bc06-1e92f4d7a3b8@fatb-belgique.example.be>"


def m05():
    # Tunisian diaspora federation in Belgium, Thunderbird, administrative French, two speakers
    when = at("2021-02-03 08:30:42")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Objet : Demande de prise de parole – Conférence régionale d'examen du PMM

Faisant suite à votre courrier d'invitation, la Fédération des Associations Tunisiennes de Belgique (FATB), qui regroupe quatorze associations de la diaspora tunisienne à Bruxelles, Liège et Charleroi, a l'honneur de solliciter deux prises de parole :

1) Mme Leïla Ben Romdhane – Présidente – FATB : en qualité de rapporteuse, pour présenter les messages clés des parties prenantes ;
2) M. Sami Gharbi – Trésorier et responsable jeunesse – FATB : intervention en séance plénière lors de la conférence des 24 et 25 février.

Les inscriptions en ligne ont été effectuées le 2 février.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Pour le Conseil d'administration,
Hédi Mansouri
Secrétaire général (bénévole)
FATB – Bruxelles
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.fatb-belgique.example.be", "192.0.2.140", "4DVPq2Ln7cz8",
           addr("Hédi Mansouri", "secretariat@fatb-belgique.example.be", enc="Q"),
           hdr("Demande de prise de parole – FATB", enc="Q"), M05_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr-BE")])
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Leïla Ben Romdhane", "Présidente", "Fédération des Associations Tunisiennes de Belgique (FATB)",
           ["rapporteur"]),
        sp("Sami Gharbi", "Trésorier et responsable jeunesse",
           "Fédération des Associations Tunisiennes de Belgique (FATB)", ["plenary"])],
        notes="two speakers on dash-separated lines where the organisation is written only as the acronym 'FATB': "
              "the affiliation is the fullest form written in the message, 'Fédération des Associations "
              "Tunisiennes de Belgique (FATB)'; 'rapporteuse' = rapporteur; the sender (volunteer secretary "
              "general) is not a speaker; Thunderbird format=flowed, 8bit. The second speaker is replaced in "
              "h194-16."))


def m06():
    # Sudanese community sports club (Riyadh): report PDF + one speaker (roundtable 1), both on time; Gmail
    when = at("2021-02-03 14:02:33")
    sent = sent_at(when, 3, 7)
    text = """Dear GCM Regional Review Team,

Greetings from Nile Stars Sports Club (NSSC).

We are a community football and athletics club founded by Sudanese expatriates. Every Friday our volunteers run free training for around 300 boys and girls from migrant families, and we use the sessions to share information on residency renewal, school enrolment and health insurance.

1) Attached is our voluntary GCM review report. It is short, as we are all volunteers, but it is based on a survey of 212 parents.

2) We would also like our head coach, Osman Idris, Head Coach and Community Outreach Lead, to take the floor in Roundtable One, on the role of sport and community groups in social inclusion.

Thank you for giving small community groups a voice.

Best regards,
Hiba Abdelrahman
Club Secretary (volunteer)
Nile Stars Sports Club (NSSC), Riyadh
"""
    fname = "NSSC_Voluntary_GCM_Review_Report_2021.pdf"
    pdf = rpt_pdf("Voluntary GCM review report", "Nile Stars Sports Club (NSSC)",
                  ["Who we are", "Method: survey of 212 parents", "Objective 15: access to basic services",
                   "Objective 16: inclusion and social cohesion", "Challenges", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000e81d2b05ba6f4c3a"), attach("application/pdf", pdf, fname)],
                 "000000000000e81d2d05ba6f4c3c")
    m = mk(when, sent, "mail-ed1-f41.google.example.com", "198.51.100.41", "4DVb1Hn5sKz0",
           "Nile Stars SC <nilestars.sc@gmail.example.com>", "NSSC - voluntary report and speaker request",
           "<CAHw3Lr8p0Kd5nQ2vTz7Bc4xMe1sU9gJ6yF@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Osman Idris", "Head Coach and Community Outreach Lead", "Nile Stars Sports Club (NSSC)",
           ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both, received 3 February: each part on time; the sender (volunteer club secretary) is not the "
              "speaker; speaker given in prose with a comma-separated title; roundtable as a word ('Roundtable "
              "One'); the city after the club in the signature is not part of the affiliation."))


M07_ID = "<7E2F4C19-6A0B-4D83-9F51-3B8C2E0A7D64@rahma-league.example.org>"


def m07():
    # Christian charity league (Beirut) Apple Mail: Arabic DOCX report + director as rapporteur, on time
    when = at("2021-02-03 16:25:03")
    sent = sent_at(when, 2, 4)
    text = """السادة في أمانة الاستعراض الإقليمي،
تحية طيبة،

باسم رابطة الرحمة المسيحية للإغاثة (رحمة)، نرفق طيّه تقريرنا الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة، وهو حصيلة عمل مراكزنا الخمسة التابعة للأبرشيات في بيروت وجبل لبنان والبقاع، ويتناول بشكل خاص أوضاع العاملات في الخدمة المنزلية وأطفال الأسر المهاجرة.

كما نرشّح الأب إلياس نصر، المدير العام للرابطة، ليكون مقرراً يقدّم الرسائل الرئيسية لأصحاب المصلحة، لما له من خبرة طويلة في تنسيق عمل الكنائس والمنظمات الإنسانية.

مع الشكر والتقدير،

جورج صليبا
مسؤول الإعلام والتواصل
رابطة الرحمة المسيحية للإغاثة
"""
    fname = "تقرير رابطة الرحمة - المراجعة الطوعية 2021.docx"
    doc = make_docx(["Rahma Christian Relief League - voluntary GCM review report (Arabic)",
                     "1. Introduction", "2. Methodology: five parish centres", "3. Objective 6 and 7: domestic workers",
                     "4. Objective 15: children of migrant families", "5. Challenges", "6. Recommendations"])
    from mailgen import rfc2231_cont
    att = leaf(DOCX, doc, cte="base64", params=[("name", '"%s"' % fname)],
               disp="attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", fname)))
    # Apple Mail: RFC 2047 Q-encoded name parameter, RFC 2231 continuations in the disposition
    import quopri
    qname = "=?utf-8?Q?" + quopri.encodestring(fname.encode("utf-8"), header=True).decode("ascii").replace("=\n", "") + "?="
    att.replace_header("Content-Type", '%s; name="%s"' % (DOCX, qname))
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), att],
                 "Apple-Mail=_3C0B7D2E-91F4-4A6B-8E25-C7D1F0A3B964")
    m = mk(when, sent, "mail.rahma-league.example.org", "203.0.113.57", "4DVf8Tm2qXz4",
           addr("جورج صليبا", "media@rahma-league.example.org"),
           hdr("التقرير الطوعي وترشيح مقرر – رابطة الرحمة"), M07_ID, body,
           cc=addr("نائب المدير العام", "deputy.dg@rahma-league.example.org"),
           extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add(7, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("إلياس نصر", "المدير العام", "رابطة الرحمة المسيحية للإغاثة (رحمة)", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, received 3 February: each part on time; the speaker is in prose ('الأب إلياس نصر، المدير "
              "العام للرابطة'): the priest's title 'الأب' dropped as a courtesy title; affiliation by reference "
              "('للرابطة') to the organisation named with its Arabic acronym '(رحمة)' in the first paragraph; "
              "sender (media officer) is not the speaker; Apple Mail: Arabic DOCX name as RFC 2231 continuations "
              "and RFC 2047 Q name. The Cc'd deputy's out-of-office answers the acknowledgement (h194-08)."))


def m08():
    # Outlook out-of-office of the deputy Cc'd on h194-07, answering our acknowledgement
    when = at("2021-02-03 16:26:12")
    sent = sent_at(when, 2, 2)
    text = """شكراً لرسالتكم.
أنا خارج المكتب في مهمة ميدانية في البقاع حتى ١٠ شباط ٢٠٢١، مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى الاتصال بمكتب الرابطة على الرقم ‎+961 1 000 000.

نائب المدير العام
رابطة الرحمة المسيحية للإغاثة
"""
    body = alt(text, "_000_DB7PR02MB5210F4E8C3A1B92D7E60F5C3DB7PR02MB5210eurp_", b64=True)
    qid = "4DVf8Tm2qXz4"
    subj = hdr("رد تلقائي: التقرير الطوعي وترشيح مقرر – رابطة الرحمة")
    rows = std_rows(when, "mail-db7pr02.outbound.protection.outlook.example.com", "203.0.113.58", "4DVfBc6Yw1z7",
                    addr("نائب المدير العام", "deputy.dg@rahma-league.example.org"), subj, rfcdate(sent),
                    "<DB7PR02MB5210F4E8C3A1B92D7E60F5C3@DB7PR02MB5210.eurprd02.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "deputy.dg@rahma-league.example.org")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack_id(qid)), ("References", ack_id(qid)), ("Content-Language", "ar-LB")]
    add(8, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the deputy director Cc'd on h194-07, answering our acknowledgement 69 "
              "seconds later; Arabic subject prefix 'رد تلقائي:' on a subject that names the voluntary report and "
              "a rapporteur; Auto-Submitted: auto-replied, null Return-Path, X-MS-Exchange-Inbox-Rules-Loop. "
              "Never acknowledge; thread_of null as dev auto-replies."))


def m09():
    # Levantine professionals' diaspora council (Doha), Outlook with logo, labelled lines, 'Dr.', title with unit
    when = at("2021-02-04 12:10:27")
    sent = sent_at(when, 3, 6)
    text = """Dear Colleagues,

On behalf of the Levantine Professionals Diaspora Council, I would like to request a floor intervention in one of the plenary sessions of the Regional Review Conference on 24-25 February.

Name: Dr. Rania Saab
Title: Head of the Research and Advocacy Unit
Affiliation: Levantine Professionals Diaspora Council (LPDC) - Doha, Qatar

The Council brings together some 2,400 Lebanese, Syrian, Jordanian and Palestinian engineers, doctors and teachers working in Qatar and Kuwait. Our intervention would focus on diaspora remittances and skills transfer (GCM Objectives 19 and 20).

Registration was completed online on 3 February.

Kind regards,

Dr. Rania Saab
Head of the Research and Advocacy Unit
LPDC | Levantine Professionals Diaspora Council
West Bay, Doha - Qatar
"""
    sig = ('<p class="MsoNormal"><img width="90" height="90" src="cid:image001.png@01D6FAE2.7B41C5D0"><br>'
           '<b>Dr. Rania Saab</b><br>Head of the Research and Advocacy Unit<br>LPDC | Levantine Professionals '
           'Diaspora Council<br>West Bay, Doha - Qatar</p>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1">' + text2html(text.split("\n\nDr. Rania Saab\nHead")[0])
            + sig + '</div></body></html>\n')
    rel = multi("related", [alt(text, "_000_AS8PR10MB4822C1D7E5F3A09B6E2D4C18AS8PR10MB4822EURP_", html=html),
                            logo("image001.png@01D6FAE2.7B41C5D0", rgb=(10, 60, 120))],
                "_004_AS8PR10MB4822C1D7E5F3A09B6E2D4C18AS8PR10MB4822EURP_",
                params=[("type", '"multipart/alternative"')])
    subj = "Request for floor intervention - plenary - LPDC"
    m = mk(when, sent, "mail-as8pr10.outbound.protection.outlook.example.com", "203.0.113.80", "4DWL4Zr9bNz5",
           '"Saab, Rania" <r.saab@lpdc-diaspora.example.org>', subj,
           "<AS8PR10MB4822C1D7E5F3A09B6E2D4C18@AS8PR10MB4822.EURPRD10.PROD.OUTLOOK.example.com>", rel,
           extra=outlook(subj, "AdbU7wC1Pk4Qz9Lm2Rb6Xe0sTn8vYg==", lang="en-GB"))
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Saab", "Head of the Research and Advocacy Unit", "Levantine Professionals Diaspora Council (LPDC)",
           ["plenary"])],
        notes="labelled lines; 'Dr.' dropped; title written with its unit kept whole (as dev 012); the city and "
              "country written after the organisation ('- Doha, Qatar') left out of the affiliation (as dev 004/024) "
              "while the acronym beside it is kept (as dev 020/025/029); the signature writes 'LPDC | Levantine "
              "Professionals Diaspora Council' in another order; 'Last, First' display name; inline Outlook logo "
              "decoy image001.png."))


def m10():
    # Egyptian community charity in Kuwait: eligibility / format questions; HTML-only
    when = at("2021-02-04 19:40:51")
    sent = sent_at(when, 3, 5)
    inner = """<div dir="rtl" style="font-family:Arial;font-size:12pt">
<p>السلام عليكم ورحمة الله،</p>
<p>نحن جمعية البر والإحسان لأبناء الجالية المصرية في الكويت، وهي جمعية خيرية ذات طابع ديني تعمل من خلال المساجد على مساعدة العمال المتعثرين وأسرهم في دفع الإيجارات وتذاكر السفر والغرامات.</p>
<p>اطلعنا على الدعوة للمشاركة في الاستعراض الإقليمي ولدينا بعض الاستفسارات قبل أن نرسل أي شيء:</p>
<ol>
<li>هل يحق للجمعيات الخيرية الدينية غير المسجلة كمنظمات مجتمع مدني بالمعنى الرسمي أن تقدم تقريراً طوعياً؟</li>
<li>هل يمكن أن يكون التقرير باللغة العربية فقط، وأن يُرسل على شكل خطاب موقّع ومختوم ممسوح ضوئياً؟</li>
<li>إذا رغب رئيس الجمعية في حضور المؤتمر دون إلقاء كلمة، هل يكفي التسجيل عبر الرابط؟</li>
</ol>
<p>جزاكم الله خيراً، وننتظر ردكم.</p>
<p>عبد الرحمن فهمي<br>
المنسق الإداري – جمعية البر والإحسان</p>
</div>"""
    body = html_only(inner, b64=False, lang="ar", newlines=True)
    m = mk(when, sent, "mail.albirr-kw.example.org", "192.0.2.201", "4DWg0Ps3cJz9",
           addr("جمعية البر والإحسان", "info@albirr-kw.example.org"), hdr("استفسار بخصوص المشاركة في الاستعراض الإقليمي"),
           "<20210204164046.Horde.Qm3Lp7Vz1Kt9Xr2Wb8Ne0Ag@webmail.albirr-kw.example.org>", body,
           extra=[("User-Agent", "Horde Application Framework 5")])
    add(10, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions only (eligibility of a faith-based charity, a scanned stamped letter in Arabic as report, "
              "attending without speaking): keyword-heavy (تقرير طوعي، رئيس الجمعية، المؤتمر) but nothing is "
              "submitted and nobody is proposed as a speaker; HTML-only quoted-printable with an ordered list."))


def m11():
    # Maghrebi scouts federation in France: secretariat writes for the Commissaire général; details only in his
    # pasted signature; received 23:59:58 on 5 Feb (Date header 22:59:55 +0100): on time
    when = at("2021-02-05 23:59:58")
    sent = sent_at(when, 1, 3)
    text = """Bonsoir,

À la demande de notre Commissaire général, je vous transmets sa demande d'intervention à la première table ronde thématique de la Conférence régionale (24-25 février). Il souhaite y présenter l'action de nos groupes auprès des jeunes mineurs non accompagnés.

Ses coordonnées figurent ci-dessous, telles qu'il signe ses courriers :

Karim Zeroual
Commissaire général
Scouts et Guides Maghrébins de France (SGMF)
Siège national : Lyon
[cachet SGMF]

Excusez l'heure tardive, nous sortons d'une réunion du bureau.

Bien à vous,
Le secrétariat national SGMF
Nawel B.
"""
    body = alt(text, "--_NmP-7c4e3b9f12d06a85-Part_1", b64=False)
    m = mk(when, sent, "mx.sgmf.example.fr", "192.0.2.19", "4DXn7Bq2wTz1",
           "Secretariat SGMF <secretariat@sgmf.example.fr>",
           hdr("Demande d'intervention – table ronde 1 – Commissaire général SGMF", enc="Q"),
           "<trinity-4e1f0b6a-93c2-47d8-b5a0-c2e8f71d9a34-1612565995123@3c-app-mailcom-bs05>", body,
           extra=[("Importance", "normal"), ("Sensitivity", "Normal")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Zeroual", "Commissaire général", "Scouts et Guides Maghrébins de France (SGMF)",
           ["roundtable"], 1)],
        notes="edge: received 23:59:58 on 5 February Beirut time (Date header 22:59:55 +0100): on time by one "
              "second; the national secretariat writes for the Commissaire général, whose name/title/affiliation "
              "are only in his pasted signature with a seat line and a stamp mark ('Siège national : Lyon', "
              "'[cachet SGMF]', neither part of the affiliation); the secretary's own signature is a first name and "
              "an initial; roundtable as 'première table ronde thématique'."))


def m12():
    # Syrian community association in Hamburg: late (8 Feb), two speakers from the online form pasted; Gmail
    when = at("2021-02-08 09:30:14")
    sent = sent_at(when, 1, 6)
    text = """السادة الكرام في أمانة الاستعراض الإقليمي،
تحية طيبة وبعد،

نعتذر عن التأخر في إرسال هذا الطلب، فقد وصلتنا الدعوة عن طريق إحدى الجمعيات الشريكة يوم السبت فقط. نرجو النظر في طلبنا إن أمكن.

ننسخ لكم أدناه البيانات كما عبأناها في استمارة التسجيل:

*** المتحدث الأول ***
الاسم الكامل: د. لمى الحسن
المنصب: رئيسة الهيئة الإدارية
المنظمة: جمعية الجالية السورية في هامبورغ
الدور المطلوب: مداخلة في الجلسة العامة

*** المتحدث الثاني ***
الاسم الكامل: عمر الديري
المنصب: منسق المتطوعين (متطوع)
المنظمة: جمعية الجالية السورية في هامبورغ
الدور المطلوب: مداخلة في المائدة المستديرة الثانية

مع الشكر الجزيل،
باسل قدور
أمين السر
جمعية الجالية السورية في هامبورغ
Hamburg, Deutschland
"""
    body = alt(text, "000000000000c7a51e05bac8d0f2", b64=True)
    m = mk(when, sent, "mail-lj1-f180.google.example.com", "198.51.100.180", "4DZ2kVn6pHz3",
           addr("باسل قدور", "syrische.gemeinde.hh@gmail.example.com"),
           hdr("طلب مشاركة متحدثَين – جمعية الجالية السورية في هامبورغ"),
           "<CAEp9Wz2Tq6Lx0Rb4nKc8Vm1sYh3Jd7Fg5A@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("لمى الحسن", "رئيسة الهيئة الإدارية", "جمعية الجالية السورية في هامبورغ", ["plenary"]),
        sp("عمر الديري", "منسق المتطوعين (متطوع)", "جمعية الجالية السورية في هامبورغ", ["roundtable"], 2)],
        notes="late (8 February), the sender apologises; two speakers pasted from the registration form between "
              "star lines; 'د.' dropped; the volunteer mark '(متطوع)' kept in the title as written; the sender "
              "(association secretary) is not a speaker; the city in the association name ('في هامبورغ') is part "
              "of the name, the German place line in the signature is not an affiliation; Gmail base64."))


M13_ID = "<DM6PR11MB3947B2A05E8C71F4D9C3E6B0@DM6PR11MB3947.namprd11.prod.outlook.example.com>"


def m13():
    # British Yemeni welfare association: honorary secretary writes for the president (late, 9 Feb); president Cc'd
    when = at("2021-02-09 15:10:05")
    sent = sent_at(when, 0, 5)
    text = """Dear GCM Secretariat,

I hope this finds you well. I am writing on behalf of our President, Hajji Abdo Saleh Al-Maqtari, who would very much like to make a floor intervention in one of the plenary sessions of the Regional Review Conference.

I realise the deadline for speakers was last Friday - our committee only met on Sunday, as most of us volunteer in the evenings and at weekends. We would be grateful if you could still consider him.

His details as he signs them:
Abdo Saleh Al-Maqtari | President | British Yemeni Welfare Association (BYWA)

The BYWA has supported Yemeni seafarers, steelworkers and their families in the UK for over fifty years, and today also helps relatives stranded in Djibouti and the Gulf.

I have copied the President on this email.

Kind regards,

Fatima Al-Shami
Hon. Secretary (volunteer)
British Yemeni Welfare Association
Registered charity no. 000000
"""
    body = alt(text, "_000_DM6PR11MB3947B2A05E8C71F4D9C3E6B0DM6PR11MB3947namp_")
    subj = "Speaker request - BYWA President (plenary)"
    m = mk(when, sent, "mail-dm6pr11.outbound.protection.outlook.example.com", "203.0.113.111", "4DZt3Gh8mQz6",
           "Fatima Al-Shami <fatima.alshami@outlook.example.com>", subj, M13_ID, body,
           cc="Abdo Al-Maqtari <president.bywa@bywa.example.org.uk>",
           extra=outlook(subj, "AdbW5tP2Xq7Ln4Rc1Vk9Mz0bJe3sHw==", lang="en-GB"))
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Abdo Saleh Al-Maqtari", "President", "British Yemeni Welfare Association (BYWA)", ["plenary"])],
        notes="late (9 February), the sender says so; the honorary secretary writes on behalf of the president "
              "(the sender is not the speaker); 'Hajji' (pilgrim honorific) dropped from the name, not covered by "
              "dev: a secretary would register him without it; details on one pipe-separated signature line; "
              "personal outlook address; the president is Cc'd and his mailbox bounces our acknowledgement "
              "(h194-14)."))


def m14():
    # Postfix DSN: our acknowledgement of h194-13 to the Cc'd president, mailbox full
    when = at("2021-02-09 15:11:02")
    text = POSTFIX_NOTICE + """
<president.bywa@bywa.example.org.uk>: host mx.bywa.example.org.uk[192.0.2.77]
    said: 552 5.2.2 <president.bywa@bywa.example.org.uk>: Recipient address
    rejected: Mailbox full (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DZt4Bn1rWz9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; president.bywa@bywa.example.org.uk\n"
           "Original-Recipient: rfc822;president.bywa@bywa.example.org.uk\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.bywa.example.org.uk\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <president.bywa@bywa.example.org.uk>:\n"
           "    Recipient address rejected: Mailbox full\n" % rfcdate(when - dt.timedelta(seconds=2), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: fatima.alshami@outlook.example.com\n"
            "Cc: president.bywa@bywa.example.org.uk\n"
            "Subject: Acknowledgement of receipt - Speaker request - BYWA President (plenary)\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=3)), ack_id("4DZt3Gh8mQz6"), M13_ID))
    body = dsn_report(text, dsn, hdrs, "4DZt4Bn1rWz9.1612876262/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZt4Dq5vKz2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210209131102.4DZt4Dq5vKz2@mx1.iom.int>")]
    add(14, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, permanent failure 5.2.2 (mailbox full) for the Cc copy of our acknowledgement of "
              "h194-13; only the returned headers, whose In-Reply-To names h194-13 and whose subject repeats the "
              "speaker request subject; a bounce is never part of a submission (thread_of null, as dev bounces)."))


def m15():
    # mosque cultural association in Marseille: PDF report + one speaker (2e table ronde), 10 Feb: speaker part late
    when = at("2021-02-10 11:00:36")
    sent = sent_at(when, 1, 6)
    text = """Assalamou alaykoum,
Mesdames, Messieurs,

Veuillez trouver ci-joint le rapport volontaire de l'Association Culturelle des Musulmans de Marseille Nord (ACMMN) sur la mise en œuvre du Pacte mondial pour les migrations, rédigé à partir des permanences sociales que nous tenons chaque samedi à la mosquée pour les familles nouvellement arrivées.

Nous souhaiterions également qu'une de nos bénévoles, Mme Souad Kherbouche, responsable de la commission sociale de l'association, puisse prendre la parole lors de la 2e table ronde thématique. Nous savons que la date du 5 février est passée ; si une place se libère, elle se tient prête.

Avec nos respectueuses salutations,

Le Président
Abdelhak Merabet
ACMMN – 13015 Marseille
(cachet et signature)
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Verdana;font-size:10pt">' + text2html(text) + '</div></body></html>\n')
    fname = "Rapport_ACMMN_PMM_2021.pdf"
    pdf = rpt_pdf("Rapport volontaire - Pacte mondial pour les migrations",
                  "Association Culturelle des Musulmans de Marseille Nord (ACMMN)",
                  ["Presentation", "Methode: 140 familles recues en permanence", "Objectif 3: information",
                   "Objectif 15: acces aux services de base", "Difficultes", "Recommandations"])
    body = multi("mixed", [alt(text, "----=_Part_5519_1147702318.1612947630118", html=html),
                           attach("application/pdf", pdf, fname)], "----=_Part_5518_702194355.1612947630117")
    m = mk(when, sent, "smtp-out.orange.example.fr", "192.0.2.222", "4Db9Lw6sNhz0",
           "ACMMN Marseille <acmmn.marseille@orange.example.fr>",
           hdr("Rapport volontaire ACMMN + demande d'intervention", enc="Q"),
           "<1398761265.5520.1612947630119.JavaMail.open-xchange@opme11oxm23aub.example.fr>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev34"), ("X-Priority", "3")])
    add(15, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Souad Kherbouche", "responsable de la commission sociale",
           "Association Culturelle des Musulmans de Marseille Nord (ACMMN)", ["roundtable"], 2)],
        report_attachments=[fname],
        notes="both, received 10 February: the report part is on time but the speaker part is late, so on_time is "
              "false (the writer knows); the speaker is a volunteer described in prose ('responsable de la "
              "commission sociale de l'association'), affiliation by reference to the association named with its "
              "acronym; the signer (president, stamp line) is not the speaker; '2e table ronde'; 'Assalamou "
              "alaykoum' opening in a French message; the postcode and city after the acronym in the signature "
              "are not part of the affiliation."))


def m16():
    # FATB replaces its second speaker (reply to h194-05, '>'-quoted), 10 Feb: late
    when = at("2021-02-10 17:45:20")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

Suite à notre demande du 3 février, nous vous informons que M. Sami Gharbi ne pourra malheureusement pas se libérer les 24 et 25 février pour raisons professionnelles.

Le Conseil d'administration propose de le remplacer, pour la même intervention en séance plénière, par :
Mme Inès Jlassi, Secrétaire générale adjointe de la FATB.

La demande concernant notre présidente reste inchangée.

Cordialement,
Hédi Mansouri
Secrétaire général (bénévole)

Le 03/02/2021 à 07:30, Hédi Mansouri a écrit :
> Madame, Monsieur,
>
> Objet : Demande de prise de parole – Conférence régionale d'examen du PMM
>
> Faisant suite à votre courrier d'invitation, la Fédération des Associations Tunisiennes de Belgique (FATB), qui regroupe quatorze associations de la diaspora tunisienne à Bruxelles, Liège et Charleroi, a l'honneur de solliciter deux prises de parole :
>
> 1) Mme Leïla Ben Romdhane – Présidente – FATB : en qualité de rapporteuse, pour présenter les messages clés des parties prenantes ;
> 2) M. Sami Gharbi – Trésorier et responsable jeunesse – FATB : intervention en séance plénière lors de la conférence des 24 et 25 février.
>
> Pour le Conseil d'administration,
> Hédi Mansouri
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.fatb-belgique.example.be", "192.0.2.140", "4DbMx0Qf4Tz7",
           addr("Hédi Mansouri", "secretariat@fatb-belgique.example.be", enc="Q"),
           hdr("Re: Demande de prise de parole – FATB", enc="Q"),
           "<0c9e5b21-7f3a-4d68-a2b1-94e6c8d0f157@fatb-belgique.example.be>", body,
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID),
                  ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr-BE")])
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Inès Jlassi", "Secrétaire générale adjointe",
           "Fédération des Associations Tunisiennes de Belgique (FATB)", ["plenary"])],
        thread_of="h194-05.eml",
        notes="replaces the second speaker of h194-05 (In-Reply-To set); only the new speaker is recorded (as dev "
              "021), the unchanged first speaker and the quoted original are not; role by reference ('la même "
              "intervention en séance plénière'); affiliation written as 'de la FATB', fullest form only in the "
              "'>'-quoted original, where format=flowed splits it over two quoted lines; late (10 February) although the original request was on time."))


M17_ID = "<LO2P265MB3318D6A1F0B94C27E5A3D8F1@LO2P265MB3318.GBRP265.PROD.OUTLOOK.example.com>"


def m17():
    # UK Muslim relief charity with Gulf offices: Outlook, PDF report, logo decoy, on time
    when = at("2021-02-11 10:20:48")
    sent = sent_at(when, 0, 6)
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of Crescent Hands Relief (CHR).

The report draws on our zakat-funded emergency assistance and legal aid programmes for migrant workers and refugees in Jordan, Lebanon and the Gulf (2019-2020), and on consultations with imams and mosque committees who refer families to us. It covers Objectives 7, 15 and 21 and ends with eight recommendations for governments and faith-based actors.

We would be grateful for a short confirmation of receipt.

With warm regards,

Yusuf Patel
Programme Officer, MENA Desk
Crescent Hands Relief (CHR)
Registered Charity in England and Wales
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1">' + text2html(text.split("\n\nYusuf Patel")[0])
            + '<p class="MsoNormal"><b>Yusuf Patel</b><br>Programme Officer, MENA Desk<br>Crescent Hands Relief '
              '(CHR)<br>Registered Charity in England and Wales<br>'
              '<img width="140" height="40" src="cid:image002.png@01D70052.3A9E61F0"></p></div></body></html>\n')
    rel = multi("related", [alt(text, "_000_LO2P265MB3318D6A1F0B94C27E5A3D8F1LO2P265MB3318GBRP_", html=html),
                            logo("image002.png@01D70052.3A9E61F0", name="image002.png", rgb=(0, 120, 80))],
                "_004_LO2P265MB3318D6A1F0B94C27E5A3D8F1LO2P265MB3318GBRP_", params=[("type", '"multipart/alternative"')])
    fname = "CHR_Voluntary_GCM_Review_Report_Feb2021.pdf"
    pdf = rpt_pdf("Voluntary GCM Review Report", "Crescent Hands Relief (CHR)",
                  ["Introduction", "Methodology", "Objective 7: vulnerabilities", "Objective 15: basic services",
                   "Objective 21: dignified return", "Challenges", "Eight recommendations"])
    body = multi("mixed", [rel, attach("application/pdf", pdf, fname)],
                 "_005_LO2P265MB3318D6A1F0B94C27E5A3D8F1LO2P265MB3318GBRP_")
    subj = "CHR Voluntary GCM Review Report"
    m = mk(when, sent, "mail-lo2p265.outbound.protection.outlook.example.com", "203.0.113.65", "4DbrT5Kp9Gz3",
           "Yusuf Patel <yusuf.patel@crescenthands.example.org.uk>", subj, M17_ID, body,
           extra=outlook(subj, "AdcAFy8Rq2Wn5Lm0Tz3Kc7Xb1eVp4g==", lang="en-GB", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook layout mixed > related > alternative with an inline logo image002.png (decoy) after the "
              "signature; the body summarises the report; asks for a confirmation. A thank-you reply follows "
              "(h194-20)."))


def m18():
    # collective of churches' migrant services in the Maghreb: DOCX (accented RFC 2231 name), Thunderbird
    when = at("2021-02-12 13:00:05")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Au nom du Collectif Églises et Migrants du Maghreb (CEMM), je vous prie de trouver en pièce jointe notre rapport volontaire sur la mise en œuvre du PMM.

Ce rapport est collectif : il a été préparé par les services d'accueil de sept paroisses et communautés protestantes et catholiques de Rabat, Casablanca, Oran, Alger, Tunis et Sfax, qui accompagnent chaque année plusieurs milliers de migrants subsahariens (hébergement d'urgence, soins, scolarisation, accompagnement juridique).

Nous restons à votre disposition pour tout complément d'information.

Fraternellement,

Sœur Marie-Claire Dufour
Coordinatrice du CEMM
"""
    fname = "Rapport_volontaire_CEMM_Églises_et_Migrants_2021.docx"
    doc = make_docx(["Collectif Eglises et Migrants du Maghreb (CEMM)", "Rapport volontaire - PMM 2021",
                     "1. Introduction", "2. Methodologie : sept lieux d'accueil", "3. Progres par objectif",
                     "4. Defis", "5. Recommandations"])
    from mailgen import rfc2231_cont
    att = leaf(DOCX, doc, cte="base64", params=[("name", '"%s"' % "Rapport_volontaire_CEMM_=?UTF-8?Q?=C3=89?=glises_et_Migrants_2021.docx")],
               disp="attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname, chunk=40)))
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]), att],
                 "------------8F2D1C7B0A3E6954D1B7C2E0")
    m = mk(when, sent, "smtp.cemm-maghreb.example.org", "192.0.2.36", "4DcJ1Wm8rFz5",
           addr("Sœur Marie-Claire Dufour", "coordination@cemm-maghreb.example.org", enc="Q"),
           hdr("Rapport volontaire du CEMM – PMM", enc="Q"),
           "<e4b2f0d9-1c7a-4b35-8e60-a9d31f5c72b8@cemm-maghreb.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.1"), ("Content-Language", "fr")])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of seven church reception services; DOCX name with 'É' sent as RFC 2231 "
              "continuations (filename*0*/filename*1*...) and an RFC 2047 word in the middle of the quoted "
              "name parameter; religious title 'Sœur' in the display name and signature; Thunderbird "
              "format=flowed, 8bit."))


def m19():
    # mosque charity's migrant workers committee in Doha: Gmail, Arabic PDF name RFC 2047 in quotes
    when = at("2021-02-13 20:30:19")
    sent = sent_at(when, 3, 5)
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة الكرام في أمانة الاستعراض الإقليمي

نرفق لكم التقرير الطوعي الخاص بلجنة رعاية العمال الوافدين في جمعية مسجد الرحمة الخيرية، ويتضمن حصيلة عمل اللجنة خلال عامي ٢٠١٩ و٢٠٢٠ في توزيع السلال الغذائية ودفع تذاكر العودة للعمال الذين فقدوا أعمالهم خلال الجائحة، إضافة إلى توصياتنا.

نرجو التكرم بتأكيد الاستلام.

وجزاكم الله خيراً

أخوكم
محمد الأمين ولد أحمد
منسق لجنة رعاية العمال الوافدين
"""
    fname = "التقرير الطوعي - لجنة رعاية العمال الوافدين.pdf"
    pdf = rpt_pdf("Voluntary GCM review report (Arabic)", "Al-Rahma Mosque Charity - Migrant Workers Care Committee",
                  ["Introduction", "Food baskets and return tickets 2019-2020", "Objective 7 and 21",
                   "Challenges", "Recommendations"])
    from mailgen import b_word
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp='attachment; filename="%s"' % b_word(fname),
               extra=[("Content-ID", "<f_kl4r8w2x0>"), ("X-Attachment-Id", "f_kl4r8w2x0")])
    body = multi("mixed", [alt(text, "0000000000009a3c4e05bb3f71d6", b64=True), att], "0000000000009a3c4f05bb3f71d8")
    m = mk(when, sent, "mail-qk1-f173.google.example.com", "198.51.100.173", "4Dd6Gr0pYtz8",
           addr("محمد الأمين", "rahma.workers.committee@gmail.example.com"), hdr("التقرير الطوعي"),
           "<CAN4t8Rb0Wq3Lp7Yz2Kc6Xm9sFe1Vh5Jd0B@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Gmail style: Arabic PDF name RFC 2047-encoded inside the quoted filename/name parameters "
              "(compat32 get_filename() returns the raw encoded word); base64 text parts; Arabic-Indic digits; "
              "short generic subject; the signature title is not a speaker request."))


def m20():
    # thank-you reply to our acknowledgement of h194-17: adds nothing new
    when = at("2021-02-14 09:05:40")
    sent = sent_at(when, 0, 4)
    text = """Dear colleagues,

Many thanks for confirming receipt - much appreciated. Wishing you all the best with the preparations for the conference.

Warm regards,
Yusuf

Yusuf Patel
Programme Officer, MENA Desk
Crescent Hands Relief (CHR)

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: 11 February 2021 08:21
To: Yusuf Patel <yusuf.patel@crescenthands.example.org.uk>
Subject: Acknowledgement of receipt - CHR Voluntary GCM Review Report

Dear Yusuf Patel,

Thank you for your message. We confirm receipt of your voluntary GCM review report (CHR_Voluntary_GCM_Review_Report_Feb2021.pdf), received on time.

Regional Review of the Global Compact for Migration - Arab States
"""
    body = alt(text, "_000_LO2P265MB33189E4C2B07D5A1F6E3C8D0LO2P265MB3318GBRP_")
    subj = "RE: Acknowledgement of receipt - CHR Voluntary GCM Review Report"
    aid = ack_id("4DbrT5Kp9Gz3")
    m = mk(when, sent, "mail-lo2p265.outbound.protection.outlook.example.com", "203.0.113.66", "4DdVp3Ns6Cz1",
           "Yusuf Patel <yusuf.patel@crescenthands.example.org.uk>", subj,
           "<LO2P265MB33189E4C2B07D5A1F6E3C8D0@LO2P265MB3318.GBRP265.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", aid), ("References", "%s %s" % (M17_ID, aid))]
           + outlook(subj, "AdcAFy8Rq2Wn5Lm0Tz3Kc7Xb1eVp4gAC9kQ=", lang="en-GB"))
    add(20, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h194-17.eml",
        notes="a thank-you reply to our acknowledgement of h194-17 that adds nothing new: acknowledge false (LABELS.md); "
              "thread_of h194-17 (References names it; the secretary files the thanks with that submission); the "
              "quoted acknowledgement names the report file and 'voluntary GCM review report' but nothing is "
              "attached."))


def m21():
    # sports/culture club of young people (Saint-Denis): questions about a youth video report; HTML-only
    when = at("2021-02-15 16:00:12")
    sent = sent_at(when, 1, 5)
    inner = """<div style="font-family:Arial,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Je suis éducatrice à l'Union Sportive Franco-Maghrébine de Saint-Denis (USFM). Nos jeunes (15-22 ans, beaucoup sont enfants ou petits-enfants d'immigrés algériens et marocains) ont réalisé cet hiver un petit travail sur les droits des migrants, et aimeraient le partager pour l'examen régional.</p>
<p>Deux questions avant l'envoi :</p>
<ul>
<li>Le rapport volontaire peut-il prendre la forme d'une vidéo de 8 minutes (lien YouTube non répertorié) accompagnée d'une page de synthèse ?</li>
<li>Les mineurs peuvent-ils s'inscrire pour suivre la consultation en ligne du 23 février, avec autorisation parentale ?</li>
</ul>
<p>Nous savons que la date limite est demain, nous ferons au plus vite selon votre réponse.</p>
<p>Sportivement,<br>Yasmina Hadj-Ali<br>Éducatrice sportive – USFM</p>
</div>"""
    body = html_only(inner, b64=True, lang="fr", newlines=True)
    m = mk(when, sent, "smtp.usfm93.example.fr", "192.0.2.93", "4DfB8Hq2nXz4",
           addr("Yasmina Hadj-Ali", "yasmina.usfm@usfm93.example.fr"),
           hdr("Question : rapport des jeunes sous forme de vidéo ?", enc="Q"),
           "<a3f6c1d8e2b94705@usfm93.example.fr>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3953)")])
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions (a video as voluntary report, minors attending online) the day before the report "
              "deadline: nothing submitted, no link given yet, nobody proposed as a speaker; HTML-only base64 "
              "with a bulleted list."))


def m22():
    # Sudanese diaspora charity network (UK): Gmail Android, PDF, received 23:59:31 on 16 Feb: on time
    when = at("2021-02-16 23:59:31")
    sent = sent_at(when, 0, 4)
    text = """Hi,
Please find attached our voluntary review report for the GCM Regional Review, from the Sudanese Diaspora Charity Network. Sorry it's so last minute, we only got sign off from the trustees tonight.
Thanks
Amna

Amna Osman
Trustee (volunteer), SDCN UK
"""
    fname = "SDCN report GCM final.pdf"
    pdf = rpt_pdf("Voluntary GCM review report", "Sudanese Diaspora Charity Network (SDCN)",
                  ["About the network: 23 member charities", "Remittances and Objective 20",
                   "Diaspora engagement, Objective 19", "Challenges", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000b4e17f05bb8c2a93"), attach("application/pdf", pdf, fname)],
                 "000000000000b4e18005bb8c2a95")
    m = mk(when, sent, "mail-wm1-f52.google.example.com", "198.51.100.52", "4Dg3Zk7vQmz2",
           "Amna Osman <amna.sdcn@gmail.example.com>", "Voluntary report - SDCN",
           "<CAGb5Rq9Xv2Nw6Lt0Kz4Py8cMh3sTe1Fd7U@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:59:31 on 16 February Beirut time (Date header 21:59:27 +0000): on time by 28 "
              "seconds; 'last minute' in the body; file name with spaces; the signature title with the "
              "'(volunteer)' mark is not a speaker request."))


def m23():
    # Algerian diaspora association (Marseille) from an iPhone, PDF inline between two text parts; late 17 Feb
    when = at("2021-02-17 08:40:26")
    sent = sent_at(when, 1, 5)
    t1 = "Bonjour, ci-joint notre rapport. Désolés pour le retard, problème de signature du bureau.\n\n"
    t2 = "\n\nTiwizi 13\n\nEnvoyé de mon iPhone\n"
    fname = "Rapport Tiwizi13 PMM.pdf"
    pdf = rpt_pdf("Rapport volontaire PMM", "Association Tiwizi des Algeriens de Marseille (Tiwizi 13)",
                  ["Qui sommes-nous", "Objectif 19: diaspora", "Objectif 20: transferts de fonds",
                   "Objectif 21: retour", "Recommandations"])
    p_pdf = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
                 disp='inline; filename="%s"' % fname)
    body = multi("mixed", [leaf("text/plain", t1, "utf-8", "quoted-printable"), p_pdf,
                           leaf("text/plain", t2, "utf-8", "quoted-printable")],
                 "Apple-Mail-8C1E0F5A-3B72-4D96-A41E-6F2D9C0B7E35")
    m = mk(when, sent, "smtp-out.free.example.fr", "192.0.2.113", "4DgR1Pw5sLz9",
           "Tiwizi 13 <tiwizi13@free.example.fr>", "Rapport",
           "<9F3E1A2C-7B40-4C85-B6D1-E2A07F9C3D58@free.example.fr>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 February 08:40), the sender apologises; iPhone layout multipart/mixed [text, PDF inline, "
              "text]: the PDF has Content-Disposition inline but is the report; one-word subject; almost no text."))


def m24():
    # Iraqi diaspora association in Sweden: Outlook windows-1256, DOCX, president's stamp line; late 18 Feb
    when = at("2021-02-18 12:30:07")
    sent = sent_at(when, 1, 6)
    text = """السادة المحترمون في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة

تحية طيبة

نرفق لكم تقرير رابطة الجالية العراقية في مالمو الخاص بالاستعراض الطوعي للاتفاق العالمي من أجل الهجرة، مع اعتذارنا عن التأخير بسبب انشغال الهيئة الإدارية بالعمل التطوعي في فترة الإغلاق. ويتناول التقرير لمّ شمل الأسر، وتحويلات المغتربين، ومشاركة الجالية في مشاريع التنمية في العراق.

رئيس الرابطة
د. هاشم الجبوري
(الختم والتوقيع)
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
            '<body lang="AR-IQ" dir="rtl"><div class="WordSection1">' + text2html(text) + '</div></body></html>\n')
    body_alt = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                     leaf("text/html", html, "windows-1256", "quoted-printable")],
                     "_000_HE1PR07MB3162C0B9E4A7F58D21C6E3F9HE1PR07MB3162eurp_")
    fname = "Iraqi_Association_Malmo_GCM_report.docx"
    doc = make_docx(["Iraqi Community Association in Malmo - voluntary GCM review report (Arabic)",
                     "1. Introduction", "2. Family reunification (Objective 5)", "3. Remittances (Objective 20)",
                     "4. Diaspora and development (Objective 19)", "5. Recommendations"])
    body = multi("mixed", [body_alt, attach(DOCX, doc, fname)], "_004_HE1PR07MB3162C0B9E4A7F58D21C6E3F9HE1PR07MB3162eurp_")
    subj = "تقرير رابطة الجالية العراقية في مالمو"
    m = mk(when, sent, "mail-he1pr07.outbound.protection.outlook.example.com", "203.0.113.107", "4DhF6Yn0tRz4",
           addr("رابطة الجالية العراقية", "iraqi.assoc.malmo@outlook.example.com", charset="windows-1256"),
           hdr(subj, charset="windows-1256"),
           "<HE1PR07MB3162C0B9E4A7F58D21C6E3F9@HE1PR07MB3162.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, charset="windows-1256"), "AdcF2tL8Wm1Qr5Xn9Kb3Pz7cVe0sJg==", lang="sv-SE",
                         has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (18 February), the sender apologises; Outlook with windows-1256 text and HTML and RFC 2047 "
              "windows-1256 subject and display name; Content-Language sv-SE (Swedish Windows) although the body "
              "is Arabic; signed by the president with a stamp line '(الختم والتوقيع)'; no speaker."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
