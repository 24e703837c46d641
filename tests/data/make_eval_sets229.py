#!/usr/bin/env python3
"""Write the blind evaluation set holdout229 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets229.py
Theme: climate, environment and disability, and the private sector (1-17 February 2021).  Climate-displacement
and environmental NGOs (drought in the Iraqi marshes and along the Euphrates, the 2020 Sudan floods, water
scarcity and floods in Yemen, desertification in Mauritania, Gabès and Lebanon), disability-rights organisations
of migrants (a Deaf speaker with a request for sign-language interpretation, captions and accessible documents; an
easy-read version of a report), a chamber of commerce, an employers' federation, an association of recruitment
offices, a federation of recruitment agencies, a fair-recruitment business network, a facilities-management
company and a law firm's pro-bono unit.  English, formal and colloquial Arabic (Iraqi, Sudanese, Gulf) and French
from the Maghreb, Mauritania and Lebanon.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, flowed, gmail_html, hdr, html_only, leaf, make_docx,
                     make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top, esc)
from mailgen import exchange_ooo_rows, outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(229)
add = SET.add
H = "h229-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
TB_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"


def plain_html(text, style="font-family: Arial; font-size: 10pt"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="%s">%s</div></body></html>\n'
            % (style, "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip("\n").split("\n\n"))))


# ================================================================ 01  EN  speaker  fair-recruitment business network, Outlook with logo, Cc the nominee
M01_ID = "<DB7PR03MB4971A6C2E81F0B35@DB7PR03MB4971.eurprd03.prod.outlook.example.com>"
M01_SUBJ = "Speaker nomination - MERRBN - Thematic Roundtable 2"
M01_QID = "4DTj7W2qKsz3"


def m01():
    when = at("2021-02-01 09:12:26")
    text = """Dear colleagues,

Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region, which reached us through the IOM office in Dubai.

The Middle East Responsible Recruitment Business Network (MERRBN) brings together 34 employers, brands and labour-supply companies operating in the GCC, Jordan and Lebanon that have committed to the Employer Pays Principle, i.e. that no worker should pay for a job. Together our members employ some 180,000 migrant workers in construction, hospitality, facilities management and retail.

We would be grateful if the network could be given the floor in Thematic Roundtable 2 of the Conference. Our nominee is Ms. Deepa Nair, Network Coordinator of MERRBN, who leads our work with member companies on the repayment of recruitment fees already paid by workers and on supplier due diligence in countries of origin. Deepa is copied on this email.

Happy to send a short bio if needed.

Kind regards,

Jonathan Avery
Head of Secretariat
Middle East Responsible Recruitment Business Network (MERRBN)
Dubai Design District, Building 4 | Dubai, UAE
M +971 50 000 0000 | www.merrbn.example.org
"""
    cid = "image001.png@01D6F86A.3E1C9B70"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (0, 128, 96))], "_004_DB7PR03MB4971A6C2E81F0B35_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_DB7PR03MB4971A6C2E81F0B35_")
    m = mk(when, sent_at(when, 4, 7), "mail-db7eur03on0615.outbound.protection.outlook.example.com", "198.51.100.15",
           M01_QID, "Jonathan Avery <j.avery@merrbn.example.org>", M01_SUBJ, M01_ID, body,
           cc="Deepa Nair <d.nair@merrbn.example.org>",
           extra=outlook(M01_SUBJ, "AdcHpK3wLm8Q2eR5TyU7iO9pA1sD4g==", lang="en-GB"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Deepa Nair", "Network Coordinator", "Middle East Responsible Recruitment Business Network (MERRBN)",
           ["roundtable"], 2)],
        notes="private sector: a fair-recruitment business network; the speaker is named in prose ('Ms. Deepa Nair, "
              "Network Coordinator of MERRBN'): 'Ms.' dropped, 'of MERRBN' is the affiliation, recorded in the full "
              "form written in the first paragraph and the signature. The sender (head of secretariat) is not the "
              "speaker; the nominee is in Cc and her out-of-office answers our acknowledgement (h229-02). Outlook "
              "related part with an inline logo, no attachment; Date in UTC+4."))


# ================================================================ 02  EN  auto_reply  the nominee's out-of-office on our acknowledgement of 01
def m02():
    when = at("2021-02-01 09:13:40")
    ack = ack_mid(M01_QID)
    text = """Thank you for your email.

I am on annual leave until Sunday 7 February 2021 with limited access to email. For anything urgent related to MERRBN, please contact Jonathan Avery (j.avery@merrbn.example.org).

Best regards,
Deepa Nair
Network Coordinator | MERRBN
"""
    body = alt(text, "_000_DB7PR03MB4971OOF01D6F86A_")
    rows = exchange_ooo_rows(when, "mail-db7eur03on0615.outbound.protection.outlook.example.com",
                             "198.51.100.15", "4DTj8R5vNpz1",
                             "Deepa Nair <d.nair@merrbn.example.org>",
                             "<DB7PR03MB4971OOF3B9D2C7E5@DB7PR03MB4971.eurprd03.prod.outlook.example.com>",
                             M01_SUBJ, M01_ID, ack, "en-GB", (4, 2))
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the speaker in Cc of h229-01, answering our acknowledgement a minute later "
              "(References also name h229-01). Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 03  AR  speaker  Iraqi colloquial, marshes and drought, 'م.'
def m03():
    when = at("2021-02-01 14:40:03")
    subj = "طلب مشاركة - منظمة حماة الأهوار للبيئة / ذي قار"
    text = """السلام عليكم

هلا بيكم، أني علي كريم من منظمة حماة الأهوار للبيئة بذي قار. وصلتنا الدعوة مالتكم عن طريق شبكة المنظمات بالناصرية وكلش فرحنا بيها.

احنا نشتغل ويا العوايل اللي طلعت من الأهوار والقرى بسبب الجفاف وقلة المي والملوحة وموت الجاموس. هواية منهم راحوا للبصرة وبغداد، وقسم من الشباب صاروا يفكرون يطلعون برة العراق. فنريد صوت هذولة الناس يوصل للمؤتمر.

نريد نشارك بالنقاش المفتوح مال المشاورة يوم ٢٣ شباط. المتحدث راح يكون م. حيدر جبار الساعدي، مدير المشاريع بالمنظمة، هو مهندس زراعي وعنده خبرة طويلة بموضوع شحة المياه.

إذا تحتاجون أي معلومة ثانية گولولنا.

ويّاكم الله
علي كريم
مسؤول الإعلام - منظمة حماة الأهوار للبيئة
الناصرية - ٠٧٨٠ ٠٠٠ ٠٠٠٠
"""
    body = alt(text, "000000000000a1f3c905ba4c7d22", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-wr1-f52.google.example.com", "192.0.2.152", "4DTs1L8cQwz6",
           addr("Ali Kareem", "ali.kareem.marshes@gmail.example.com"), hdr(subj),
           "<CAKd9sW2pQ7vM0tY+z3Nc8bR1eLf5hGx4jA@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حيدر جبار الساعدي", "مدير المشاريع", "منظمة حماة الأهوار للبيئة", ["open_discussion"])],
        notes="Iraqi colloquial Arabic ('أني', 'مالتكم', 'هواية', 'گولولنا', 'شباط' for February); the speaker is named "
              "in prose with the engineer's abbreviation 'م.' (dropped) and 'مدير المشاريع بالمنظمة' (title; "
              "'بالمنظمة' refers back to the organisation). 'بذي قار' after the organisation's first mention is the "
              "province (the signature writes the name without it). The sender (media officer, Latin-script From "
              "name) is not the speaker."))


# ================================================================ 04  FR  report  Mauritanian climate NGO, PDF, Thunderbird
M04_FILE = "AMCD_Rapport_volontaire_PMM_climat_migrations.pdf"


def m04():
    when = at("2021-02-02 10:20:51")
    subj = "Rapport volontaire - Examen régional du Pacte mondial - AMCD (Mauritanie)"
    text = """Madame, Monsieur,

En réponse à la lettre d'invitation du Réseau régional des Nations Unies sur les migrations, l'Association Mauritanienne Climat et Développement (AMCD) a le plaisir de vous adresser ci-joint son rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport traite de la mobilité liée à la dégradation de l'environnement en Mauritanie : sécheresses répétées dans les deux Hodh et l'Assaba, avancée du sable, pertes de cheptel, raréfaction des ressources halieutiques, et départ des jeunes vers Nouakchott et Nouadhibou, puis vers le Maroc, l'Algérie et, pour certains, les îles Canaries. Il s'appuie sur des entretiens menés en 2020 auprès de 140 familles d'éleveurs et de pêcheurs artisans.

Nous restons à votre disposition pour toute information complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

--
Dr Mohamed Mahmoud Ould Sidi
Président de l'AMCD
Association Mauritanienne Climat et Développement
Tevragh Zeina, Nouakchott - Mauritanie
Tél. : +222 00 00 00 00
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM",
                  "Association Mauritanienne Climat et Developpement (AMCD)",
                  ["Secheresses, desertification et mobilite en Mauritanie", "Methodologie : 140 familles enquetees",
                   "Objectif 2 : facteurs negatifs et changements climatiques", "Migrations vers le Maghreb",
                   "Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")]),
                           attach("application/pdf", pdf, M04_FILE)], "------------7A0C3E5F2B9D1E4F6A8C0B2D")
    m = mk(when, sent_at(when, 0, 5), "smtp.amcd-mauritanie.example.org", "203.0.113.22", "4DVHn40PqTz5",
           "AMCD Mauritanie <contact@amcd-mauritanie.example.org>", hdr(subj, enc="Q"),
           "<5d3e9a71-2c0b-4f86-b1e4-7a9c2d0f6e13@amcd-mauritanie.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="climate and desertification NGO from Mauritania (Date in UTC+0); Thunderbird, format=flowed; PDF "
              "report; signed by the president with 'Dr' but no speaker is proposed."))


# ================================================================ 05  EN  speaker  disability-rights network of migrants: Deaf speaker, sign-language interpretation
M05_ID = "<CAGx5tQ8mR1wK9pV+e2Lz7Nb3cY0dF6hJ4s@mail.gmail.example.com>"
M05_SUBJ = "Speaker requests + accessibility requirements (sign language interpretation) - MDRN"
M05_QID = "4DVS0y6JmBz8"


def m05():
    when = at("2021-02-02 16:05:18")
    text = """Dear Regional Review Secretariat,

Greetings from the Migrants with Disabilities Rights Network (MDRN) in Amman. We are a network run by and for migrants and refugees with disabilities in Jordan and Lebanon (Sudanese, Yemeni, Somali, Syrian and Filipino members), and we would like to take part in the Regional Review.

We nominate the following two speakers:

1) Name: Tarig Osman Elamin
   Title: Deaf Community Coordinator
   Organization: Migrants with Disabilities Rights Network (MDRN)
   Requested role: floor intervention in Thematic Roundtable 3

2) Name: Hiba Saleh
   Title: Executive Director
   Organization: MDRN
   Requested role: open discussion of the multi-stakeholder consultation (23 February)

Accessibility requirements - please read:
- Mr. Elamin is Deaf. He communicates in Sudanese Sign Language and also follows Jordanian Sign Language well. He will need qualified sign-language interpreters for the whole roundtable (two interpreters working in turns), and the interpreter's video must stay visible (pinned) throughout, not only when he speaks.
- Please provide live captions in English and Arabic if at all possible.
- I am a screen-reader user. Could all documents (agenda, concept notes, speaker guidelines) be shared as accessible Word files or tagged PDFs, not scanned images? Please also tell us which online platform will be used so that we can test it with our assistive technology in advance.
- If the secretariat cannot arrange interpreters, we can propose two certified interpreters we work with, but their time would need to be covered.

We would welcome a short technical call to arrange this.

Thank you for making the Review accessible.

Hiba Saleh
Executive Director
Migrants with Disabilities Rights Network (MDRN)
Jabal Al-Weibdeh, Amman - Jordan
WhatsApp (text only): +962 7 0000 0000
"""
    body = alt(text, "000000000000e2b7d405ba5a3f81", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-lj1-f43.google.example.com", "192.0.2.43", M05_QID,
           "Hiba Saleh <hiba.saleh.mdrn@gmail.example.com>", M05_SUBJ, M05_ID, body)
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tarig Osman Elamin", "Deaf Community Coordinator", "Migrants with Disabilities Rights Network (MDRN)",
           ["roundtable"], 3),
        sp("Hiba Saleh", "Executive Director", "Migrants with Disabilities Rights Network (MDRN)",
           ["open_discussion"])],
        notes="disability-rights network of migrants: two speakers in numbered label-value blocks, the second is "
              "the sender herself with her organisation written only as 'MDRN' (recorded in the fullest form "
              "written). A long list of accessibility requirements follows (sign-language interpreters for the Deaf "
              "speaker, captions, accessible documents, platform test, interpreters the network can propose): "
              "requests to the organisers, not speakers and not a separate question category. Followed up by "
              "h229-20."))


# ================================================================ 06  AR  speaker  Gulf chamber of commerce, formal, HTML table, two speakers
M06_SUBJ = "ترشيح ممثلي غرفة الخليج للتجارة والصناعة للمشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة"


def m06():
    when = at("2021-02-03 11:30:44")
    rows = [("م", "الاسم", "المسمى الوظيفي", "الجهة", "نوع المشاركة"),
            ("١", "د. سعود بن فهد العتيبي", "نائب رئيس مجلس الإدارة ورئيس لجنة سوق العمل",
             "غرفة الخليج للتجارة والصناعة", "مداخلة في الجلسة العامة"),
            ("٢", "م. ريم عبد الله الكعبي", "مديرة إدارة الموارد البشرية والتوطين",
             "غرفة الخليج للتجارة والصناعة", "مداخلة في المائدة المستديرة المواضيعية الأولى")]
    intro = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية      المحترمين

تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة الصادر عن شبكة الأمم المتحدة الإقليمية المعنية بالهجرة بشأن المشاركة في الاستعراض الإقليمي للاتفاق العالمي، يسر غرفة الخليج للتجارة والصناعة أن تؤكد حرصها على إسهام القطاع الخاص في أعمال المؤتمر، إيماناً منها بدور أصحاب العمل في تعزيز التوظيف العادل وحماية حقوق العمالة الوافدة وتنظيم سوق العمل.

وعليه، نرشح لكم ممثلَي الغرفة المبينة بياناتهما أدناه:
"""
    outro = """ونرجو التكرم بإفادتنا بالترتيبات اللازمة وبرنامج الجلسات.

وتفضلوا بقبول فائق الاحترام والتقدير،

عبد العزيز سالم المري
مدير إدارة العلاقات الدولية
غرفة الخليج للتجارة والصناعة
هاتف: +973 1700 0000 | فاكس: +973 1700 0001
"""
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro
    table = ('<table class="MsoTableGrid" dir="rtl" border="1" cellspacing="0" cellpadding="5" '
             'style="border-collapse:collapse">'
             + "".join("<tr>%s</tr>" % "".join(
                 ('<td style="background:#D9E2F3"><b>%s</b></td>' if i == 0 else "<td>%s</td>") % esc(c) for c in r)
                 for i, r in enumerate(rows)) + "</table>")
    paras = lambda t: "".join('<p class="MsoNormal" dir="rtl">%s</p>' % esc(p).replace("\n", "<br>")
                              for p in t.strip("\n").split("\n\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="AR-SA" dir="rtl">'
            '<div class="WordSection1" dir="rtl" style="font-family:Sakkal Majalla;font-size:14pt">'
            + paras(intro) + table + paras(outro) + '</div></body></html>\n')
    body = alt(text, "_000_AM9PR04MB8122C5E0A3F7D91B_", html=html, b64=True)
    m = mk(when, sent_at(when, 3, 8), "mail-am9eur04on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", "4DW3Dq1TbHz0", addr("عبد العزيز سالم المري", "a.almarri@gulfchamber.example.org"),
           hdr(M06_SUBJ), "<AM9PR04MB8122C5E0A3F7D91B@AM9PR04MB8122.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(hdr(M06_SUBJ), "AdcKf2Lw9Qx3Rb5Ty7Uz1Iv4Oa8Ps6g==", lang="ar-SA"))
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سعود بن فهد العتيبي", "نائب رئيس مجلس الإدارة ورئيس لجنة سوق العمل", "غرفة الخليج للتجارة والصناعة",
           ["plenary"]),
        sp("ريم عبد الله الكعبي", "مديرة إدارة الموارد البشرية والتوطين", "غرفة الخليج للتجارة والصناعة",
           ["roundtable"], 1)],
        notes="chamber of commerce, formal Gulf Arabic; two speakers in a five-column HTML table (tab-separated in "
              "the text part, both base64) with honorifics 'د.' and 'م.' (dropped; 'بن' is part of the name); a "
              "double title kept whole; roundtable as an ordinal word ('الأولى'). The signer (director of "
              "international relations) is not a speaker. Outlook, Date in UTC+3."))


# ================================================================ 07  FR  speaker  law firm's pro-bono unit in Beirut, 'Me', CV attached, disclaimer
M07_CV = "CV - Me Carla Sfeir.pdf"


def m07():
    when = at("2021-02-03 15:45:09")
    subj = "Demande d'intervention en séance plénière - Me Carla Sfeir (Sfeir & Khoury Avocats)"
    text = """Madame, Monsieur,

Je vous écris de la part de Me Carla Sfeir, avocate associée et responsable du Pôle Pro Bono de notre cabinet, Sfeir & Khoury Avocats (Beyrouth), suite à la lettre d'invitation relative à l'Examen régional du Pacte mondial sur les migrations.

Depuis 2016, le Pôle Pro Bono du cabinet assure gratuitement la défense de travailleuses domestiques migrantes devant les juridictions libanaises (salaires impayés, confiscation de passeports, plaintes pénales abusives pour « fuite »), en lien avec plusieurs ONG. Me Sfeir souhaiterait partager cette expérience lors d'une séance plénière de la Conférence des 24 et 25 février, en particulier sur l'accès à la justice et le rôle que peuvent jouer les barreaux et les cabinets privés.

Vous trouverez ci-joint son CV.

Je reste à votre disposition pour toute précision.

Bien cordialement,

Joëlle Haddad
Assistante juridique – Pôle Pro Bono
Sfeir & Khoury Avocats
Immeuble Le Gray, rue Weygand – Beyrouth, Liban
Tél. : +961 1 000 000

Ce message et ses pièces jointes sont confidentiels et peuvent être couverts par le secret professionnel. S'ils ne vous sont pas destinés, merci d'en avertir immédiatement l'expéditeur et de les détruire.
"""
    cv = make_pdf(["Carla Sfeir - Curriculum vitae", "Avocate au Barreau de Beyrouth depuis 2004",
                   "Associee, Sfeir & Khoury Avocats - Responsable du Pole Pro Bono",
                   "Contentieux du travail, droits des travailleurs migrants", "LL.M., Universite Saint-Joseph"])
    a = alt(text, "_000_VI1PR08MB5310B4A7E2C9D061_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", cv, M07_CV)], "_004_VI1PR08MB5310B4A7E2C9D061_")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur08on0630.outbound.protection.outlook.example.com",
           "198.51.100.130", "4DW8Lp3ZcFz2", addr("Joëlle Haddad", "j.haddad@sfeirkhoury-law.example.com", enc="Q"),
           hdr(subj, enc="Q"), "<VI1PR08MB5310B4A7E2C9D061@VI1PR08MB5310.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcKm7Xq2Wr4Ts6Yu8Io0Pa1Sd3Fg5Hj==", lang="fr-FR", has_attach="yes"))
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Carla Sfeir", "avocate associée et responsable du Pôle Pro Bono", "Sfeir & Khoury Avocats", ["plenary"])],
        notes="a law firm's pro-bono unit; a legal assistant writes on behalf of the lawyer ('de la part de Me Carla "
              "Sfeir'): 'Me' (Maître) is an honorific, dropped; title as written, without 'de notre cabinet'; "
              "'(Beyrouth)' after the firm is the place. The attached CV is not a report (report_attachments empty); "
              "short confidentiality notice."))


# ================================================================ 08  FR  speaker  federation of recruitment agencies, title missing
M08_ID = "<PR3PR02MB6042E7A1C0D5B938@PR3PR02MB6042.eurprd02.prod.outlook.example.com>"
M08_SUBJ = "FMARI - proposition d'intervenant table ronde 1"
M08_TEXT = """Bonjour,

La Fédération Marocaine des Agences de Recrutement à l'International (FMARI), qui regroupe 46 agences privées de placement agréées, souhaite contribuer à la Conférence d'examen régional du Pacte mondial, notamment sur le recrutement équitable des travailleurs marocains vers les pays du Golfe et l'Europe.

Nous souhaiterions proposer M. Hamza El Alaoui, qui représentera la Fédération, pour une intervention lors de la table ronde thématique n°1. Je vous communiquerai sa fonction exacte et ses coordonnées dès son retour de mission à Doha, d'ici demain.

Bien cordialement,

Youssef Benjelloun
Secrétaire général
FMARI
Casablanca
"""


def m08():
    when = at("2021-02-03 18:10:37")
    body = alt(M08_TEXT, "_000_PR3PR02MB6042E7A1C0D5B938_", html=outlook_html(M08_TEXT, lang="FR"))
    m = mk(when, sent_at(when, 1, 6), "mail-pr3eur02on0640.outbound.protection.outlook.example.com",
           "198.51.100.140", "4DWCq05NxRz7", "Youssef Benjelloun <sg@fmari.example.ma>", hdr(M08_SUBJ, enc="Q"),
           M08_ID, body, extra=outlook(hdr(M08_SUBJ, enc="Q"), "AdcKq8Rw1Ez3Tx5Yc7Uv9Ib2On4Pm6Aq==", lang="fr-FR"))
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hamza El Alaoui", None, "Fédération Marocaine des Agences de Recrutement à l'International (FMARI)",
           ["roundtable"], 1)],
        notes="private sector (federation of recruitment agencies); the speaker's title is announced for later, so "
              "title is null; his affiliation is given by 'qui représentera la Fédération' (the full name is in the "
              "first paragraph). Completed by the reply h229-10 the next day."))


# ================================================================ 09  AR  report  Sudan floods network, collective, Arabic PDF name
M09_ID = "<CAMf4hT1sW9kR2xN+p7Qc0vB5yL8dG3jE6u@mail.gmail.example.com>"
M09_SUBJ = "التقرير الطوعي المشترك - شبكة الاستجابة للفيضانات والنزوح المناخي في السودان"
M09_QID = "4DWZk27GtVz4"
M09_FILE = "تقرير شبكة الاستجابة للفيضانات - الاستعراض الطوعي 2021.pdf"


def m09():
    when = at("2021-02-04 09:50:12")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
السلام عليكم ورحمة الله وبركاته

يسرنا أن نرفق لكم التقرير الطوعي المشترك لشبكة الاستجابة للفيضانات والنزوح المناخي في السودان، والذي شاركت في إعداده إحدى عشرة منظمة وطنية وقاعدية في ولايات الخرطوم وسنار والنيل الأزرق ونهر النيل وكسلا.

يتناول التقرير آثار فيضانات خريف ٢٠٢٠ غير المسبوقة، التي طالت أكثر من ثمانمائة ألف شخص، والعلاقة بين التدهور البيئي والتصحر وتآكل سبل العيش من جهة، والنزوح الداخلي والهجرة نحو ليبيا ومصر ودول الخليج من جهة أخرى، مع توصيات تتعلق بالهدفين ٢ و٥ من الاتفاق العالمي.

نرجو التكرم بتأكيد الاستلام.

مع خالص التقدير،
د. آمنة الطيب عبد الرحمن
منسقة الشبكة
شبكة الاستجابة للفيضانات والنزوح المناخي في السودان
الخرطوم
"""
    pdf = rep_pdf("Joint voluntary GCM review report (Arabic)", "Sudan Floods and Climate Displacement Response Network",
                  ["The 2020 floods: 11 member organisations report", "Khartoum, Sennar, Blue Nile, River Nile, Kassala",
                   "Environmental degradation, livelihoods and mobility", "Objectives 2 and 5", "Recommendations"])
    a = alt(text, "000000000000f4a2c105ba6b8e53", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M09_FILE)], "000000000000f4a2c305ba6b8e55")
    m = mk(when, sent_at(when, 2, 9), "mail-ej1-f61.google.example.com", "192.0.2.61", M09_QID,
           addr("آمنة الطيب", "amna.eltayeb.sfcdn@gmail.example.com"), hdr(M09_SUBJ), M09_ID, body)
    add(9, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M09_FILE],
        notes="collective report of a network of eleven Sudanese organisations on the 2020 floods and climate "
              "displacement; Gmail, base64 text, Arabic PDF name with spaces and a dash (RFC 2231 + RFC 2047); "
              "signed with 'د.' but nobody is proposed to speak. Thanked in h229-17."))


# ================================================================ 10  FR  speaker  reply completing the details of 08
def m10():
    when = at("2021-02-04 12:25:55")
    text = """Bonjour,

Comme annoncé hier, voici les informations complètes concernant notre intervenant pour la table ronde n°1 :

Nom : Hamza El Alaoui
Fonction : Vice-président chargé du recrutement éthique
Organisation : FMARI
Tél. : +212 6 00 00 00 00
E-mail : h.elalaoui@fmari.example.ma

Pour information, M. El Alaoui dirige par ailleurs l'agence Atlas Talents International à Casablanca, mais il interviendra au nom de la Fédération.

Bien cordialement,

Youssef Benjelloun
Secrétaire général
Fédération Marocaine des Agences de Recrutement à l'International (FMARI)

De : Youssef Benjelloun <sg@fmari.example.ma>
Envoyé : mercredi 3 février 2021 17:10
À : gcmrrarabstates@iom.int
Objet : %s

%s""" % (M08_SUBJ, M08_TEXT)
    subj = "RE: " + M08_SUBJ
    body = alt(text, "_000_PR3PR02MB60428D2F6B1A0C47_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 5), "mail-pr3eur02on0640.outbound.protection.outlook.example.com",
           "198.51.100.140", "4DWh5c9KrLz1", "Youssef Benjelloun <sg@fmari.example.ma>", hdr(subj, enc="Q"),
           "<PR3PR02MB60428D2F6B1A0C47@PR3PR02MB6042.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(M08_SUBJ, enc="Q"), "AdcKq8Rw1Ez3Tx5Yc7Uv9Ib2On4Pm6AqAAJ3kXg==", lang="fr-FR")
           + [("In-Reply-To", M08_ID), ("References", M08_ID)])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hamza El Alaoui", "Vice-président chargé du recrutement éthique",
           "Fédération Marocaine des Agences de Recrutement à l'International (FMARI)", ["roundtable"], 1)],
        thread_of=H % 8,
        notes="Outlook reply (In-Reply-To h229-08) completing the speaker's title and contacts; the labelled line "
              "gives only 'FMARI', the full name is in this reply's signature; the agency the speaker also runs is "
              "not his affiliation here ('il interviendra au nom de la Fédération'); the roundtable is repeated; "
              "the quoted original is not '>'-prefixed."))


# ================================================================ 11  EN  both  employers' federation: DOCX report + rapporteur, 'Eng.'
M11_FILE = "FEM_Voluntary_GCM_Review_Employers_Perspective.docx"


def m11():
    when = at("2021-02-04 17:30:21")
    subj = "FEM voluntary GCM review report and rapporteur nomination"
    text = """Dear Sir/Madam,

On behalf of the Federation of Employers of the Mashreq (FEM), I am pleased to share our voluntary GCM review report (attached) and to request a speaking role at the Regional Review Conference.

FEM represents 12 national employers' organisations and sectoral business associations from Jordan, Lebanon, Iraq and Palestine, whose member companies employ a large share of the region's migrant workforce in agriculture, construction, manufacturing and domestic services. The report presents the employers' perspective on GCM Objectives 5, 6 and 18 (regular pathways matched to labour market needs, fair recruitment, and skills recognition), including the lessons of the COVID-19 crisis for business continuity and worker protection.

We would like to propose Eng. Rami Khoury, Director of Labour and Social Policy at FEM, as rapporteur to deliver the stakeholders' key messages. He chaired the employers' working group that prepared the report and took part in the national GCM consultations in Jordan in 2020.

We remain at your disposal for any further information.

Best regards,

Nadine Aoun
Senior Policy Officer
Federation of Employers of the Mashreq (FEM)
Amman | Beirut
T: +962 6 000 0000
"""
    doc = make_docx(["Federation of Employers of the Mashreq (FEM)",
                     "Voluntary GCM Review - the employers' perspective, February 2021",
                     "1. Labour market needs and regular pathways (Objective 5)",
                     "2. Fair recruitment and decent work (Objective 6)", "3. Skills recognition (Objective 18)",
                     "4. COVID-19: business continuity and worker protection", "5. Recommendations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text))],
              "_000_HE1PR06MB3187F2A9C4D0E615_")
    body = multi("mixed", [a, attach(DOCX, doc, M11_FILE)], "_002_HE1PR06MB3187F2A9C4D0E615_")
    m = mk(when, sent_at(when, 2, 8), "mail-he1eur06on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4DWt9J6MsDz9", "Nadine Aoun <n.aoun@fem-employers.example.org>", subj,
           "<HE1PR06MB3187F2A9C4D0E615@HE1PR06MB3187.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcLb4Xn7Pq0Wr2Ts9Yu1Io3Pa5Sd7Fg==", has_attach="yes"))
    add(11, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rami Khoury", "Director of Labour and Social Policy", "Federation of Employers of the Mashreq (FEM)",
           ["rapporteur"])],
        report_attachments=[M11_FILE],
        notes="both, on time (4 February); employers' federation; speaker in prose with 'Eng.' (dropped) and "
              "'Director of Labour and Social Policy at FEM' ('at FEM' is the affiliation, recorded in full); the "
              "sender (senior policy officer) is not the speaker; GCM objective numbers are not roundtable numbers."))


# ================================================================ 12  AR  other  Yemeni environmental NGO: questions on scope and file size
def m12():
    when = at("2021-02-05 11:05:48")
    subj = "استفسار حول التقرير الطوعي والنزوح المناخي"
    text = """السادة في أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة،

نحن في منظمة سبأ للبيئة والتنمية المستدامة (اليمن) نعمل مع المجتمعات المتضررة من شح المياه والسيول والتصحر في محافظات مأرب والجوف وحضرموت، ونرغب في المساهمة في الاستعراض الإقليمي. ولدينا بعض الاستفسارات قبل إرسال أي مادة:

١- أغلب من نعمل معهم نازحون داخلياً بسبب الجفاف والسيول، وليسوا مهاجرين عبر الحدود. هل يدخل النزوح الناتج عن تغير المناخ داخل البلد في نطاق التقرير الطوعي، أم يقتصر الاستعراض على الهجرة الدولية؟
٢- هل هناك حد أقصى لعدد الصفحات أو لحجم الملف؟ لدينا خرائط وصور أقمار صناعية قد تجعل الملف كبيراً.
٣- بسبب انقطاع الكهرباء والإنترنت المتكرر، هل يمكن إرسال التقرير على أجزاء في أكثر من رسالة؟

نشكر لكم تعاونكم.

أنور عبد الله باعلوي
مسؤول البرامج
منظمة سبأ للبيئة والتنمية المستدامة
سيئون - حضرموت
"""
    body = alt(text, "----=_Part_205118_1422063517.1612515944120", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 4), "sonic311-24.consmr.mail.ne1.yahoo.example.com", "198.51.100.211",
           "4DXCw43HpNz6", addr("أنور باعلوي", "anwar.baalawi@yahoo.example.com"), hdr(subj),
           "<1612515944120.205119@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(12, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions before submitting (internal climate displacement in scope? page or size limit? sending "
              "the report in several parts?): keyword-heavy ('التقرير الطوعي') but nothing is submitted; formal "
              "Arabic from Yemen; Yahoo."))


# ================================================================ 13  EN  speaker  Euphrates drought network: received 23:47 on 5 Feb, Date already 6 Feb
def m13():
    when = at("2021-02-05 23:47:31")
    subj = "Request for plenary intervention - ECDN"
    text = """Dear GCM Regional Review team,

Apologies for the late hour - our board only approved our participation this evening.

The Euphrates Climate and Displacement Network (ECDN) is a network of Syrian and Iraqi researchers and local organisations, based in Gaziantep, documenting how the drought and the falling level of the Euphrates are pushing farming families in Raqqa, Deir ez-Zor and Anbar to leave their land, first to the cities and then across borders.

We would like to request a floor intervention in a plenary session of the Conference for our Research Director, Dr. Rasha Al-Hamwi. Dr. Al-Hamwi is a hydrologist and has coordinated our household surveys along the river since 2018.

Thank you for considering our request.

Kind regards,
Ahmad Khalaf
Communications Officer, ECDN
Gaziantep, Turkey
"""
    body = leaf("text/plain", flowed(text), "utf-8", "7bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 3, 9), "mail.ecdn-network.example.org", "203.0.113.73", "4DXq2T8VbGz3",
           "Ahmad Khalaf <a.khalaf@ecdn-network.example.org>", subj,
           "<b41e8c2a-6f0d-4a7e-93c5-1d2f8e0a7b64@ecdn-network.example.org>", body,
           extra=[("User-Agent", TB_MAC), ("Content-Language", "en-US")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rasha Al-Hamwi", "Research Director", "Euphrates Climate and Displacement Network (ECDN)", ["plenary"])],
        notes="edge: received 23:47:31 on 5 February Beirut time (on time) although the Date header is Sat, 6 Feb "
              "00:47 +0300 and the sender apologises for the late hour; climate-displacement network; speaker in "
              "prose ('our Research Director, Dr. Rasha Al-Hamwi', 'Dr.' dropped); the sender is not the speaker; "
              "Thunderbird, format=flowed."))


# ================================================================ 14  AR  speaker  Gulf colloquial, recruitment offices, late, iPhone
def m14():
    when = at("2021-02-07 20:15:02")
    subj = "طلب مشاركة - رابطة مكاتب الاستقدام الخليجية"
    text = """السلام عليكم ورحمة الله وبركاته
مساكم الله بالخير

معاكم ناصر الدوسري من رابطة مكاتب الاستقدام الخليجية. توني شايف الدعوة، كانت عند السكرتير وما انتبهنا لها إلا اليوم، وندري إن آخر موعد كان ٥ فبراير بس إن شاء الله تقدرون تلحقونا.

ودنا نشارك بكلمة في الجلسة العامة عن تكاليف الاستقدام ودور المكاتب في الدول المرسلة، لأن الناس دايم يحطون اللوم كله على مكاتبنا وحنا عندنا وجهة نظر لازم تنسمع.

المتحدث بيكون أنا:
ناصر فيصل الدوسري
رئيس مجلس إدارة الرابطة
رابطة مكاتب الاستقدام الخليجية

وتقبلوا تحياتي
بو فيصل

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 12), "mr85p00im-hyfv06021301.me.example.com", "198.51.100.185", "4DYW7m2CqKz8",
           addr("ناصر الدوسري", "nasser.aldosari@icloud.example.com"), hdr(subj),
           "<8E4F2A1C-7D3B-4C9E-A6F0-3B1D5E7C9A24@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("ناصر فيصل الدوسري", "رئيس مجلس إدارة الرابطة", "رابطة مكاتب الاستقدام الخليجية", ["plenary"])],
        notes="late (7 February) and says so, in Gulf colloquial Arabic ('توني شايف', 'ودنا', 'حنا'); association of "
              "recruitment offices; the sender proposes himself in a three-line block ('المتحدث بيكون أنا:'), then "
              "signs with his kunya 'بو فيصل' (not part of the name); 'كلمة في الجلسة العامة' is a plenary "
              "intervention; iPhone, base64 plain text only."))


# ================================================================ 15  EN  other  facilities-management company: can a company submit a report?
def m15():
    when = at("2021-02-08 10:32:14")
    subj = "Questions from a private company - voluntary report / observers"
    text = """Dear Regional Review team,

I lead ethical recruitment at Al Noor Integrated Facilities Management (ANIFM), a Doha-based facilities management company with around 9,000 migrant employees, mostly from Nepal, India, Bangladesh, Kenya and Uganda.

A colleague forwarded your invitation letter and we have a few practical questions:

1. Can an individual company submit a voluntary GCM review report, or are reports expected only from governments, NGOs and networks? We have data from our recruitment-fee reimbursement programme (2019-2020) that could be useful.
2. Is there a template, word limit or preferred format for the reports?
3. We understand that the deadline for speaking roles has passed. Would it still be possible for private-sector participants to follow the roundtables as observers?

Many thanks in advance for your guidance.

Best regards,

Sarah Mitchell
Head of Ethical Recruitment & Labour Standards
Al Noor Integrated Facilities Management LLC (ANIFM)
West Bay, Doha - Qatar
"""
    body = alt(text, "_000_AS8PR02MB6983D1E7B2F4A590_", html=outlook_html(text, lang="EN-GB"))
    m = mk(when, sent_at(when, 3, 7), "mail-as8eur02on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4DYwR1f5LsZ2", "Sarah Mitchell <sarah.mitchell@anifm.example.qa>", subj,
           "<AS8PR02MB6983D1E7B2F4A590@AS8PR02MB6983.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcOd5Ty8Ui1Op3As6Df9Gh2Jk4Lz7Xc==", lang="en-GB"))
    add(15, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions from a company (can a company submit a report, format, observers): mentions the report, "
              "its data and the speaker deadline but submits nothing and asks for no speaking role; the sender gives "
              "her title and company in the signature."))


# ================================================================ 16  FR  other  Gabès environmental association: video testimonies, questions
def m16():
    when = at("2021-02-08 15:20:40")
    subj = "Questions - rapport volontaire et témoignages vidéo"
    text = """Bonjour,

Je suis chargée de projets à l'Association Gabès Environnement et Mobilités (AGEM), en Tunisie. Nous travaillons depuis 2015 avec les habitants de l'oasis de Gabès et des zones côtières touchées par la pollution industrielle et la salinisation des nappes, dont beaucoup de jeunes finissent par partir vers Tunis, la Libye ou l'Europe.

Nous préparons notre rapport volontaire pour l'examen régional et nous avons deux questions :

1. Nous avons recueilli une douzaine de témoignages vidéo (environ 350 Mo au total). Pouvons-nous les joindre au rapport via un lien de téléchargement (WeTransfer ou Google Drive), ou seul le document écrit sera-t-il pris en compte ?
2. Le rapport est rédigé en français. Faut-il fournir aussi une traduction en anglais ou en arabe ?

Merci d'avance pour votre réponse.

Cordialement,

Salma Ben Ammar
Chargée de projets, AGEM
Gabès - Tunisie
"""
    body = alt(text, "=_9c2a7e41b3d05f86", html=plain_html(text, "font-family: Verdana; font-size: 10pt"))
    m = mk(when, sent_at(when, 1, 5), "zimbra.planet.example.tn", "203.0.113.95", "4DZ3gY8HwMz5",
           "Salma Ben Ammar <salma.benammar@planet.example.tn>", subj,
           "<1402866395.118204.1612794035811.JavaMail.zimbra@planet.example.tn>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"),
                  ("Thread-Index", "x7ZQb1Kc3nV0pWq9Rt2Ys4Ug6Ih8Jk==")])
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions while preparing a report (video testimonies by download link, translation): says the "
              "report is being prepared but submits nothing; Zimbra webmail."))


# ================================================================ 17  AR  other  Sudanese colloquial thanks for the acknowledgement of 09
def m17():
    when = at("2021-02-09 10:00:27")
    ack = ack_mid(M09_QID)
    q = """في الخميس، ٤ فبراير ٢٠٢١ في ٩:٥١ ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + gt("""تشكركم أمانة الاستعراض الإقليمي على رسالتكم، وتؤكد استلام تقريركم الطوعي (ملف واحد).
الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية""")
    text = """تسلموا كتير على الرد السريع، ربنا يجزيكم خير ويوفقكم.
الشباب في الشبكة فرحانين جداً إنو التقرير وصل، وبنتمنى يلقى حظه في النقاش.

آمنة

""" + q + "\n"
    body = alt(text, "000000000000b3e8d105bae6a2c4", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f61.google.example.com", "192.0.2.61", "4DZLv92RtXz7",
           addr("آمنة الطيب", "amna.eltayeb.sfcdn@gmail.example.com"),
           re_hdr("Re: ", "إشعار استلام - " + M09_SUBJ),
           "<CAMf4hT3nB6vX0wQ+k8Rz1mL4cY7dF2gH5s@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M09_ID + " " + ack)])
    add(17, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 9,
        notes="thank-you in Sudanese colloquial Arabic ('تسلموا كتير', 'إنو') answering our acknowledgement of "
              "h229-09 (References name h229-09): adds nothing new, so no acknowledgement; the quoted "
              "acknowledgement mentions the report."))


# ================================================================ 18  FR  both  disability association of migrants in Morocco: report on time, speaker late
M18_FILE = "Rapport_AMSHM_Pacte_mondial_2021.pdf"


def m18():
    when = at("2021-02-10 11:40:16")
    subj = "AMSHM - rapport volontaire et proposition d'intervenante"
    text = """Bonjour Mesdames et Messieurs,

L'Association des Migrants en Situation de Handicap au Maroc (AMSHM) vous transmet en pièce jointe son rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations. Il est, à notre connaissance, le premier document consacré spécifiquement aux personnes migrantes handicapées au Maroc (accès aux soins, aux aides techniques, à l'école pour les enfants sourds ou aveugles, violences aux frontières ayant causé des handicaps).

Nous souhaiterions aussi que notre présidente, Mme Christelle Mbuyi Kalala, puisse intervenir lors de la table ronde thématique IV. Mme Mbuyi se déplace en fauteuil roulant : si une partie de la Conférence se tient en présentiel, merci de nous indiquer si les locaux sont accessibles ; en ligne, elle n'a besoin d'aucun aménagement particulier.

Avec nos remerciements,

Ousmane Diop
Secrétaire général de l'AMSHM
Rabat
"""
    pdf = rep_pdf("Rapport volontaire - AMSHM", "Association des Migrants en Situation de Handicap au Maroc",
                  ["Les personnes migrantes handicapees au Maroc", "Acces aux soins et aux aides techniques",
                   "Enfants sourds et aveugles : scolarisation", "Handicaps causes aux frontieres",
                   "Recommandations"])
    a = alt(text, "000000000000c7d1e805bb0f2a61", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "000000000000c7d1ea05bb0f2a63")
    m = mk(when, sent_at(when, 1, 7), "mail-wm1-f49.google.example.com", "192.0.2.149", "4DZqX56BnFz0",
           "AMSHM Maroc <amshm.maroc@gmail.example.com>", subj,
           "<CAPn3tY9wE2rK5vM+b1Xq8sL0dH7cG4fJ6z@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Christelle Mbuyi Kalala", "présidente", "Association des Migrants en Situation de Handicap au Maroc (AMSHM)",
           ["roundtable"], 4)],
        report_attachments=[M18_FILE],
        notes="both; received 10 February: the report is on time but the speaker part is late (not mentioned by "
              "the sender), so on_time is false. Speaker in prose ('notre présidente, Mme Christelle Mbuyi Kalala': "
              "'Mme' dropped, affiliation by reference to the association named in the first sentence); roundtable "
              "as a Roman numeral ('IV'); the accessibility question about venues is part of the request; shared "
              "Gmail box, signed by the general secretary (not the speaker)."))


# ================================================================ 19  EN  report  collective drought coalition, PDF + DOCX annex, Outlook
M19_PDF = "TEDDC_Collective_Voluntary_GCM_Report_2021.pdf"
M19_ANNEX = "TEDDC_Annex_Household_Survey_Data.docx"


def m19():
    when = at("2021-02-11 14:02:33")
    subj = "Collective voluntary GCM review report - Tigris-Euphrates Drought and Displacement Coalition"
    text = """Dear Secretariat,

Please find attached the collective voluntary GCM review report of the Tigris-Euphrates Drought and Displacement Coalition (TEDDC), together with its annex.

TEDDC brings together nine organisations working in Iraq (Nineveh, Anbar, Dhi Qar, Basra) and north-east Syria on the consequences of the worst drought in the region in decades: crop failure, loss of livestock, water-borne disease and the movement of rural families to cities and across borders. The report, validated by all nine members on 8 February, looks at GCM Objective 2 (minimising the adverse drivers of migration) and Objective 23 (international cooperation), and the annex contains the anonymised data of our household survey (1,150 households).

We would appreciate a confirmation of receipt.

With best regards,

Dr. Sinan Al-Jubouri
Coordinator
Tigris-Euphrates Drought and Displacement Coalition (TEDDC)
Erbil, Kurdistan Region of Iraq
"""
    pdf = rep_pdf("Collective Voluntary GCM Review Report", "Tigris-Euphrates Drought and Displacement Coalition (TEDDC)",
                  ["Nine member organisations in Iraq and north-east Syria", "The 2020-2021 drought",
                   "Objective 2: adverse drivers", "Objective 23: international cooperation", "Recommendations"])
    annex = make_docx(["TEDDC - Annex: household survey data (anonymised)", "1,150 households, 2020",
                       "Table 1. Displacement by governorate", "Table 2. Income loss and livestock"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text))],
              "_000_VE1PR03MB5440A8B2C6D0E973_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_PDF), attach(DOCX, annex, M19_ANNEX)],
                 "_004_VE1PR03MB5440A8B2C6D0E973_")
    m = mk(when, sent_at(when, 3, 10), "mail-ve1eur03on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4F0b6Pq2WnZ4", "Sinan Al-Jubouri <coordinator@teddc.example.org>", subj,
           "<VE1PR03MB5440A8B2C6D0E973@VE1PR03MB5440.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcAp6Ry1Tu4Io7Pa0Sd3Fg5Hj8Kl2Zx==", has_attach="yes"))
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M19_PDF, M19_ANNEX],
        notes="collective report of a nine-member drought coalition: main PDF plus a DOCX annex with the survey data, "
              "both part of the report (as dev 037); signed by 'Dr.' coordinator but no speaker proposed; Outlook, "
              "Date in UTC+3."))


# ================================================================ 20  EN  other  follow-up on 05: sign-language arrangements, interpreters named
def m20():
    when = at("2021-02-12 09:10:05")
    ack = ack_mid(M05_QID)
    quoted = """Dear Hiba Saleh,

Thank you for your message "%s". The secretariat confirms receipt of your speaker request (2 speakers). The secretariat will contact you about the programme.

GCM Regional Review - Arab States""" % M05_SUBJ
    text = """Dear colleagues,

Thank you for your acknowledgement of 2 February. We have not yet heard anything about the accessibility arrangements, and with the conference less than two weeks away we are getting a little worried.

Could you please confirm:
- whether sign-language interpreters will be provided for Mr. Elamin's intervention in Roundtable 3, or whether we should bring our own (we work with Ms. Amani Zaid and Mr. Khaled Odeh, both certified interpreters);
- which platform will be used (Zoom, Teams, Webex?), so that we can test the interpreter pin and the captions;
- when the agenda and concept notes will be shared in an accessible format.

Many thanks,
Hiba

Hiba Saleh
Executive Director
Migrants with Disabilities Rights Network (MDRN)

On Tue, 2 Feb 2021 at 16:06, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000d5a9f105bb2e7c34", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-lj1-f43.google.example.com", "192.0.2.43", "4F0yK81DvPz6",
           "Hiba Saleh <hiba.saleh.mdrn@gmail.example.com>", "Re: Acknowledgement of receipt - " + M05_SUBJ,
           "<CAGx5tQ9pW3nB7vR+c0Ky2Mf6dL1hZ8sJ4e@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack)])
    add(20, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 5,
        notes="reply to our acknowledgement of h229-05 (References name h229-05) asking about sign-language "
              "interpreters, the platform and accessible documents: questions, so acknowledged; the two "
              "interpreters named ('Ms. Amani Zaid', 'Mr. Khaled Odeh') are not speakers and the speaker request "
              "is not repeated."))


# ================================================================ 21  AR  report  Yemeni water and climate-adaptation foundation, DOCX, Outlook
M21_FILE = "تقرير مؤسسة تهامة - الاستعراض الطوعي للاتفاق العالمي.docx"


def m21():
    when = at("2021-02-13 12:30:50")
    subj = "تقرير الاستعراض الطوعي - مؤسسة تهامة للمياه والتكيف المناخي"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المحترمون

تحية طيبة وبعد،

يسر مؤسسة تهامة للمياه والتكيف المناخي أن ترفق لكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة، والذي يركز على أثر ارتفاع درجات الحرارة وتراجع المياه الجوفية والسيول الموسمية في سهل تهامة على هجرة المزارعين والصيادين نحو المدن ودول الجوار، وعلى أوضاع المهاجرين القادمين من القرن الأفريقي عبر السواحل اليمنية.

وقد أُعدّ التقرير استناداً إلى زيارات ميدانية في مديريات الحديدة وزبيد وبيت الفقيه خلال النصف الثاني من عام ٢٠٢٠.

وتفضلوا بقبول فائق الاحترام،

م. فؤاد يحيى الأهدل
المدير التنفيذي
مؤسسة تهامة للمياه والتكيف المناخي
الحديدة - الجمهورية اليمنية
"""
    doc = make_docx(["Tihama Foundation for Water and Climate Adaptation - voluntary GCM review (Arabic)",
                     "1. Heat, groundwater and floods in the Tihama plain", "2. Farmers and fishers on the move",
                     "3. Migrants from the Horn of Africa on the Yemeni coast", "4. Recommendations"])
    a = alt(text, "_000_DB6PR07MB4290E3B1F7A2C058_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M21_FILE)], "_004_DB6PR07MB4290E3B1F7A2C058_")
    m = mk(when, sent_at(when, 3, 7), "mail-db6eur07on0625.outbound.protection.outlook.example.com",
           "198.51.100.125", "4F1k3Nw7QcZ2", addr("Fuad Al-Ahdal", "f.alahdal@tihama-water.example.org"), hdr(subj),
           "<DB6PR07MB4290E3B1F7A2C058@DB6PR07MB4290.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcB7m2Wx5Ec8Rv1Tb4Yn6Um9Ii3Ok0Pl==", lang="ar-SA", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="formal Arabic, Yemeni water and climate-adaptation foundation; Arabic DOCX name with spaces and a "
              "dash (RFC 2231 + RFC 2047); Outlook, Latin-script From name; signed 'م.' (engineer), no speaker."))


# ================================================================ 22  FR  report  Lebanese climate and mobility platform, collective DOCX, Thunderbird
M22_FILE = "PLCM - Rapport collectif examen régional PMM.docx"


def m22():
    when = at("2021-02-15 16:45:29")
    subj = "Rapport collectif de la PLCM - Examen régional du Pacte mondial"
    text = """Madame, Monsieur,

Au nom des sept associations membres de la Plateforme Libanaise Climat et Mobilités (PLCM), j'ai le plaisir de vous transmettre ci-joint notre rapport collectif pour l'examen régional du Pacte mondial sur les migrations.

Le rapport croise deux réalités rarement traitées ensemble : d'une part les incendies de forêt de 2019 et 2020, la crise de l'eau et l'effondrement agricole au Akkar et dans la Békaa, qui poussent des familles libanaises, syriennes et palestiniennes à se déplacer ou à émigrer ; d'autre part la situation des travailleurs migrants exposés à la chaleur extrême dans l'agriculture et le bâtiment.

Les associations signataires sont listées en dernière page du rapport.

Avec mes salutations distinguées,

Nour Tabet
Coordinatrice de la PLCM
Plateforme Libanaise Climat et Mobilités
Achrafieh, Beyrouth
"""
    doc = make_docx(["Plateforme Libanaise Climat et Mobilites (PLCM) - rapport collectif",
                     "1. Incendies, crise de l'eau et effondrement agricole", "2. Deplacements et emigration",
                     "3. Travailleurs migrants et chaleur extreme", "4. Recommandations",
                     "Associations signataires (7)"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           attach(DOCX, doc, M22_FILE)], "------------3C7E9A1B5D0F2E4A6C8B0D1F")
    m = mk(when, sent_at(when, 2, 5), "smtp.plcm-liban.example.org", "203.0.113.48", "4F2rM18XsJz9",
           "Nour Tabet <coordination@plcm-liban.example.org>", hdr(subj, enc="Q"),
           "<2e7c1a94-8b3d-4f60-a5e2-9d0c6b4f1a37@plcm-liban.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="collective report of a seven-member Lebanese climate and mobility platform (DOCX, name with spaces "
              "and an accented letter, RFC 2231 + RFC 2047); Thunderbird, 8bit format=flowed; French from Lebanon."))


# ================================================================ 23  AR  both  disability association in Cairo: PDF + easy-read DOCX, speaker late
M23_PDF = "تقرير جمعية تمكين - الاستعراض الطوعي.pdf"
M23_EASY = "تقرير جمعية تمكين - نسخة سهلة القراءة.docx"


def m23():
    when = at("2021-02-16 20:10:44")
    subj = "التقرير الطوعي لجمعية تمكين + ترشيح مقررة"
    text = """السادة الأفاضل في أمانة الاستعراض الإقليمي،
السلام عليكم ورحمة الله،

نرسل إليكم مرفقاً التقرير الطوعي لجمعية تمكين للمهاجرين واللاجئين ذوي الإعاقة حول تنفيذ الاتفاق العالمي من أجل الهجرة، بصيغتين:
- النسخة الكاملة بصيغة PDF؛
- نسخة سهلة القراءة بصيغة Word، متوافقة مع قارئات الشاشة، لتمكين أعضائنا من ذوي الإعاقة البصرية والذهنية من الاطلاع عليه.

ويتناول التقرير أوضاع المهاجرين واللاجئين ذوي الإعاقة في القاهرة والإسكندرية: صعوبة الحصول على الأجهزة التعويضية، وغياب لغة الإشارة في الخدمات العامة، وحرمان الأطفال ذوي الإعاقة من التعليم.

كما نرجو النظر في ترشيح رئيسة مجلس إدارة الجمعية د. منى فؤاد عبد المجيد لتكون مقررة تعرض الرسائل الرئيسية لأصحاب المصلحة، علماً بأنها كفيفة وتستخدم قارئ الشاشة، لذا نرجو إرسال أي وثائق تخص دور المقرر بصيغة نصية قابلة للقراءة.

مع خالص الشكر والتقدير،
سارة محمود حسين
مسؤولة المناصرة
جمعية تمكين للمهاجرين واللاجئين ذوي الإعاقة
القاهرة
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Tamkeen Association for Migrants and Refugees with Disabilities",
                  ["Migrants and refugees with disabilities in Cairo and Alexandria", "Assistive devices",
                   "Sign language in public services", "Education of children with disabilities", "Recommendations"])
    easy = make_docx(["Tamkeen - easy-read version of the voluntary GCM review report (Arabic)",
                      "Who we are", "What we found", "What we ask for"])
    a = alt(text, "000000000000a8f6c205bb3d9e17", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_PDF), attach(DOCX, easy, M23_EASY)],
                 "000000000000a8f6c405bb3d9e19")
    m = mk(when, sent_at(when, 2, 8), "mail-wr1-f44.google.example.com", "192.0.2.144", "4F3bT62LkWz5",
           addr("سارة محمود", "sara.mahmoud.tamkeen@gmail.example.com"), hdr(subj),
           "<CAHt8pW4xK1nV6mR+s9Bz3Qc7dL0fY2gE5j@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("منى فؤاد عبد المجيد", "رئيسة مجلس إدارة الجمعية", "جمعية تمكين للمهاجرين واللاجئين ذوي الإعاقة",
           ["rapporteur"])],
        report_attachments=[M23_PDF, M23_EASY],
        notes="both; received 16 February 20:10: the report is on time but the speaker part is late (not said), so "
              "on_time is false. The report is sent in two formats, the full PDF and an accessible easy-read DOCX "
              "of the same report: both listed as making up the report (not covered by dev; decision: a version of "
              "the report is part of it, unlike a cover letter). Speaker in prose with 'د.' (dropped), title "
              "'رئيسة مجلس إدارة الجمعية' as written; the sender (advocacy officer) is not the speaker; accessibility "
              "request for documents in text format."))


# ================================================================ 24  EN  report  Basra water watchdog, sent the morning after the deadline
M24_FILE = "BWCW_GCM_voluntary_report_Feb2021.pdf"


def m24():
    when = at("2021-02-17 10:20:36")
    subj = "Voluntary report - Basra Water and Climate Watch (sorry for the delay)"
    text = """Dear GCM team,

Please find attached the voluntary GCM review report of Basra Water and Climate Watch (BWCW).

We know the deadline was yesterday, 16 February. We had power cuts across Basra for most of the day and evening and could only finish the final version this morning. We would be very grateful if it can still be considered.

The report covers the salinity crisis of the Shatt al-Arab, the 2018 water poisoning cases and the movement of families from Abu al-Khasib, Fao and northern Basra villages to the city and abroad.

Many thanks and apologies again,

Zainab Al-Maliki
Programme Manager
Basra Water and Climate Watch (BWCW)
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Basra Water and Climate Watch (BWCW)",
                  ["Salinity of the Shatt al-Arab", "The 2018 water crisis", "Displacement from Abu al-Khasib and Fao",
                   "Recommendations"])
    a = alt(text, "000000000000e9c4b705bb4a1f28", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "000000000000e9c4b905bb4a1f2a")
    m = mk(when, sent_at(when, 3, 6), "mail-ed1-f53.google.example.com", "192.0.2.53", "4F4Gq27NzBz1",
           "Zainab Al-Maliki <zainab.almaliki.bwcw@gmail.example.com>", subj,
           "<CAEr2sV7kM4wQ9nT+x1Bc6Lz3pH0dF8gY5a@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late (17 February, the morning after the report deadline) and says so; Gmail, PDF; the years and "
              "place names in the body are not dates of submission."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
