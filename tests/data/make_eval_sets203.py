#!/usr/bin/env python3
"""Write the blind evaluation set holdout203 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets203.py
Theme: the Maghreb and Mauritania (1-17 February 2021).  Associations of sub-Saharan migrants in Morocco,
Tunisian and Algerian university observatories, a Tunisian and an Algerian municipal council, trade union
federations of Tunisia, Morocco and Mauritania.  Administrative French with long names and acronyms, Arabic
mixed with French words ('table ronde', 'fivri'), Darija and Hassaniya phrases, a mail half French half
Arabic, Outlook signatures with Tél. / Fax / BP lines and a logo, a bounce and an out-of-office.
Helpers from mailgen.py.
"""
import base64
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html,
                     top, tz)
from mailgen import POSTFIX_NOTICE, outlook_rows as outlook
from mailgen import quote_block as q, ack_id, logo

SET = EvalSet(203)
add = SET.add


def rpdf(title, org, parts):
    lines = [title, org, "Examen regional du PMM / Regional Review of the GCM - Arab States 2021", ""]
    lines += ["%d. %s" % (k, p) for k, p in enumerate(parts, 1)]
    return make_pdf(lines)


def outlook_html(text, cid, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-family:"Calibri",sans-serif;}'
            '</style></head><body lang="FR" link="#0563C1"><div class="WordSection1"%s>%s'
            '<p class="MsoNormal"><img width="120" height="60" src="cid:%s" alt="logo"></p></div></body></html>\n'
            % (d, text2html(text), cid))


M02_ID = "<CAGk7pV0xQ2mTn9b3Rr8sUe4Lw1Zy6Hd5Jc0Fa@mail.gmail.example.com>"
M02_SUBJ = "طلب مداخلة - الجامعة العامة للبناء والأخشاب"
M08_ID = "<20210204071955.GA11873@suomm.univ-sfax.example.tn>"
M08_SUBJ = "Speaker proposals - SUOMM (University of Sfax)"
M14_ID = "<5E1B2C9A0F.3D7A@apc-tamanrasset.example.dz>"
M16_ID = "<DB8PR06MB6412F3A2C1B0D9E8@DB8PR06MB6412.eurprd06.prod.outlook.example.com>"
M16_SUBJ = "TR: Demande de prise de parole - CTMD Tanger"


# ================================================================ 01  FR  speaker  Outlook, logo, details only in signature
def m01():
    when = at("2021-02-01 10:12:44")
    sent = sent_at(when, 1, 6)
    text = """Bonjour,

Suite à la lettre d'invitation reçue la semaine dernière par l'intermédiaire de nos partenaires, je souhaiterais prendre la parole lors de la table ronde thématique n° 2 de la Conférence régionale d'examen du PMM (24-25 février).

Notre collectif accompagne depuis 2013 les migrants subsahariens installés à Rabat, Salé et Témara (accès aux soins, scolarisation des enfants, régularisation). Nous aimerions partager ce que nous observons sur le terrain depuis la deuxième campagne de régularisation.

Je me suis également inscrit sur la plateforme en ligne.

Dans l'attente de votre retour, veuillez recevoir mes salutations les meilleures.

Serge-Alain Nkoulou
Coordinateur national
Collectif des Communautés Subsahariennes au Maroc (CCSM)
Tél. : +212 5 37 00 41 12 / Fax : +212 5 37 00 41 13
BP 8921 Rabat-Agdal – Maroc
www.ccsm-maroc.example.org
"""
    cid = "image001.png@01D6F87A.4C2B1E30"
    rel = multi("related", [alt(text, "_000_PR2PR09MB3101A7C4E2B9D0F1_", html=outlook_html(text, cid)),
                            logo(cid, (200, 120, 20))], "_005_PR2PR09MB3101A7C4E2B9D0F1_",
                params=[("type", '"multipart/alternative"')])
    subj = "Table ronde n°2 - demande d'intervention CCSM"
    m = mk(when, sent, "mail-pr2fra01on0631.outbound.protection.outlook.example.com", "198.51.100.31",
           "4DTnF02Kq1z5", "Serge-Alain Nkoulou <coordination@ccsm-maroc.example.org>", hdr(subj, enc="Q"),
           "<PR2PR09MB3101A7C4E2B9D0F1@PR2PR09MB3101.eurprd09.prod.outlook.example.com>", rel,
           extra=outlook(subj, "AQHW+HpNk3c1Rk2vQ0yQ8mXj7d5Tzw==", lang="fr-FR", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Serge-Alain Nkoulou", "Coordinateur national",
           "Collectif des Communautés Subsahariennes au Maroc (CCSM)", ["roundtable"], 2)],
        notes="association of sub-Saharan migrants in Morocco; the sender proposes himself and his name, title and "
              "organisation are only in the Outlook signature; 'Tél. / Fax / BP 8921 Rabat-Agdal – Maroc' lines and "
              "the inline logo image001.png (multipart/related) are signature furniture, not part of the "
              "affiliation nor a report."))


# ================================================================ 02  AR  speaker  Tunisian union federation, two speakers, French words
def m02():
    when = at("2021-02-01 15:40:09")
    sent = sent_at(when, 1, 5)
    text = """السادة والسيدات أعضاء فريق الاستعراض الإقليمي،

تحية نقابية وبعد،

على إثر دعوتكم الكريمة، يسعد الجامعة العامة للبناء والأخشاب أن تقترح عليكم مشاركة اثنين من إطاراتها في أشغال الاستعراض الإقليمي، وذلك كما يلي:

1) الاسم: محمد الصغير بن عمار
   الصفة: الكاتب العام
   الهيكل: الجامعة العامة للبناء والأخشاب
   المشاركة: مداخلة في الطاولة المستديرة الثالثة (table ronde 3) يوم 24 أو 25 فيفري

2) الاسم: سنية الجلاصي
   الصفة: مسؤولة قسم العمال بالخارج والهجرة
   الهيكل: الجامعة العامة للبناء والأخشاب
   المشاركة: النقاش المفتوح للمشاورة يوم 23 فيفري

نشير إلى أن عمال البناء التونسيين في ليبيا وعمال البناء من جنوب الصحراء في تونس هم في صلب عملنا، ونأمل أن يكون لصوتهم مكان في الـ débat.

مع فائق التقدير والاحترام،

سنية الجلاصي
قسم العمال بالخارج والهجرة
الجامعة العامة للبناء والأخشاب
29 نهج محمد علي، تونس
"""
    body = alt(text, "000000000000a1b2c3d405ba5e7f10", rtl=True, b64=True)
    m = mk(when, sent, "mail-wm1-f52.google.example.com", "192.0.2.52", "4DTwR73Pz4z1",
           addr("Sonia Jlassi", "sonia.jlassi.fgbb@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد الصغير بن عمار", "الكاتب العام", "الجامعة العامة للبناء والأخشاب", ["roundtable"], 3),
        sp("سنية الجلاصي", "مسؤولة قسم العمال بالخارج والهجرة", "الجامعة العامة للبناء والأخشاب",
           ["open_discussion"])],
        notes="Tunisian trade union federation; two speakers on labelled lines with the Maghreb word 'الهيكل' for the "
              "organisation and 'فيفري' for February; French words inside the Arabic ('table ronde 3', 'débat'). "
              "Sender is the second speaker; From display name in Latin script. Gmail, base64 parts."))


# ================================================================ 03  EN  other  Algerian university observatory asks questions
def m03():
    when = at("2021-02-02 09:05:31")
    sent = sent_at(when, 1, 7)
    text = """Dear Madam / Sir,

I am writing on behalf of the Migration Research Observatory of the University of Oran 2. We are preparing a voluntary GCM review report based on our fieldwork in Oran and Maghnia, and I have two practical questions before we send anything:

1. Our team writes in French. Is a report in French acceptable, or must it be in English or Arabic?
2. If one of our researchers wishes to take the floor at a roundtable but cannot travel, is it possible to intervene remotely?

We would be grateful for a quick answer since the team meets on Thursday.

Best regards,

Amel Benyahia, PhD
Associate Professor
Migration Research Observatory (ORM)
University of Oran 2 Mohamed Ben Ahmed
Tel: +213 41 00 00 00
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "mail.univ-oran2.example.dz", "203.0.113.22", "4DVF1k8Hn2z3",
           '"Dr. Amel BENYAHIA" <a.benyahia@univ-oran2.example.dz>',
           "GCM review - language of reports / remote intervention?",
           "<a3f0c9e1-77b2-4d1e-9a5c-0b8e6d4f2c11@univ-oran2.example.dz>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1")])
    add(3, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions only (report language, remote intervention): a report is announced and a speaking role is "
              "asked about hypothetically ('if one of our researchers wishes'), but nothing is submitted and no "
              "speaker is named. Algerian university observatory writing in English."))


# ================================================================ 04  EN  speaker  on behalf of the president, Mauritania, plenary
def m04():
    when = at("2021-02-02 11:30:02")
    sent = sent_at(when, 0, 5)
    text = """Dear GCM Regional Review Team,

On behalf of Mr. Cheikh Ould Mohamed Vall, President of the Executive Board of the Association for the Defence of Migrants' Rights in Mauritania (ADDM), I would like to request a speaking slot for him in one of the plenary sessions of the Regional Review Conference on 24-25 February 2021.

ADDM works in Nouakchott and Nouadhibou with migrants in transit towards the Canary Islands and with Mauritanian returnees. Mr. Ould Mohamed Vall would speak in French.

Please do not hesitate to contact me for any further information.

Kind regards,

Aminetou Mint Sidi
Communication Officer, ADDM
Nouakchott, Mauritania
+222 45 00 00 00
"""
    body = alt(text, "0000000000002f3e4d5c05ba61c2aa")
    m = mk(when, sent, "mail-ed1-f65.google.example.com", "192.0.2.65", "4DVJ3m0Sx7z8",
           "Aminetou Mint Sidi <addm.mauritanie@gmail.example.com>",
           "Request for speaking slot - plenary - ADDM Mauritania",
           "<CAF8nQe2Yk7Hs4Wd0Lp3Zr9Tm6Vb1Xc5Ng2Qf@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Cheikh Ould Mohamed Vall", "President of the Executive Board",
           "Association for the Defence of Migrants' Rights in Mauritania (ADDM)", ["plenary"])],
        notes="sent on behalf of the president by the communication officer (not a speaker); speaker described in "
              "one prose sentence; 'Mr.' dropped; 'Ould' is part of the Mauritanian name; he would speak French but "
              "the mail is English, so the acknowledgement is in English."))


# ================================================================ 05  FR  report  Tunisian municipal council, PDF
def m05():
    when = at("2021-02-02 16:20:15")
    sent = sent_at(when, 1, 8)
    text = """Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint, au nom de M. le Président du Conseil municipal de Zarzis, la contribution de la commune à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport volontaire a été préparé par la Commission des affaires sociales et de la migration du conseil municipal, en concertation avec les associations locales et l'association des marins-pêcheurs. Il porte notamment sur le sauvetage en mer, l'inhumation digne des personnes décédées et l'accueil des migrants débarqués à Zarzis.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Habib Ben Khalifa
Chargé de mission auprès du Président
Commune de Zarzis – Conseil municipal
Tél. : +216 75 000 000
"""
    fname = "Commune_Zarzis_rapport_volontaire_PMM.pdf"
    pdf = rpdf("Rapport volontaire - Commune de Zarzis", "Commission des affaires sociales et de la migration",
               ["Contexte local", "Sauvetage en mer et inhumation", "Accueil et orientation",
                "Cooperation avec la societe civile", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, fname)], "=_a8c1e4f70b2d9356e1f0c7a4b3d2e190")
    m = mk(when, sent, "webmail.commune-zarzis.example.tn", "203.0.113.75", "4DVQz45Lr0z2",
           '"Commune de Zarzis - Cabinet" <cabinet@commune-zarzis.example.tn>',
           hdr("Contribution de la Commune de Zarzis - examen régional du PMM", enc="Q"),
           "<e0b5d7a29c31f4e8@commune-zarzis.example.tn>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.3.15")])
    add(5, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="voluntary report of a Tunisian municipal council sent by the mayor's 'Chargé de mission' from a "
              "shared cabinet mailbox; the signature is not a speaker request."))


# ================================================================ 06  AR  speaker  Darija from Oujda, phone, open discussion
def m06():
    when = at("2021-02-03 10:45:50")
    sent = sent_at(when, 1, 11)
    text = """السلام عليكم

بغينا نشاركو فالنقاش المفتوح (la discussion ouverte) ديال 23 فبراير، حيت حنا خدامين مع الدراري والعيالات اللي جايين من جنوب الصحراء وكيدوزو من وجدة، وعندنا بزاف ديال الحوايج اللي خاصها تتقال.

هادي المعلومات:
الاسم: خديجة العلوي
الصفة: رئيسة الجمعية
الجمعية: جمعية وجدة للتضامن مع المهاجرين

سمحو ليا على الكتابة، كنكتب من التيليفون.
الله يخليكم ردو علينا واش توصلتو.

خديجة

Envoyé de mon Samsung Galaxy
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-pl1-f180.google.example.com", "192.0.2.180", "4DW2Hc6Bq9z0",
           addr("خديجة العلوي", "khadija.alaoui.oujda@gmail.example.com"), hdr("مشاركة ف النقاش"),
           "<CAL0p9Xk4Vn7Tq2Wb8Rz1Mc5Yd3Hs6Jf0Ue9A@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خديجة العلوي", "رئيسة الجمعية", "جمعية وجدة للتضامن مع المهاجرين", ["open_discussion"])],
        notes="Moroccan Darija written from a phone (Samsung footer in French), with the French 'la discussion "
              "ouverte' in brackets; the speaker (the sender) gives labelled lines; the title 'رئيسة الجمعية' "
              "(president of the association) is recorded as written."))


# ================================================================ 07  FR  both  Algerian association, DOCX + rapporteur
def m07():
    when = at("2021-02-03 14:10:27")
    sent = sent_at(when, 1, 9)
    text = """Mesdames, Messieurs,

L'Association Algérienne pour la Promotion des Droits des Migrants (AAPDM) a l'honneur de vous faire parvenir, en pièce jointe, son rapport volontaire dans le cadre de l'examen régional du Pacte mondial sur les migrations pour la région arabe.

Par la même occasion, l'AAPDM se porte candidate pour le rôle de rapporteur chargé de présenter les messages clés des parties prenantes. Nous proposons à cet effet :

- Nom et prénom : Lounis Hamadouche
- Fonction : Président du bureau exécutif
- Organisation : Association Algérienne pour la Promotion des Droits des Migrants (AAPDM)

M. Hamadouche a coordonné la rédaction du rapport ci-joint avec nos antennes d'Alger, Tamanrasset et In Guezzam.

Veuillez agréer, Mesdames, Messieurs, nos salutations distinguées.

Pour le bureau exécutif,
Nadia Ouali
Secrétaire générale adjointe
AAPDM – Alger
"""
    fname = "AAPDM - Rapport volontaire PMM 2021.docx"
    docx = make_docx(["Association Algérienne pour la Promotion des Droits des Migrants (AAPDM)",
                      "Rapport volontaire - examen régional du PMM 2021", "1. Présentation de l'AAPDM",
                      "2. Situation des migrants dans le sud algérien", "3. Objectifs 7, 8 et 15 du Pacte",
                      "4. Recommandations"])
    body = multi("mixed", [alt(text, "_000_AM0PR08MB5281C3D4E5F6A7B8_"), attach(DOCX, docx, fname)],
                 "_004_AM0PR08MB5281C3D4E5F6A7B8_")
    subj = "AAPDM : rapport volontaire + candidature rapporteur"
    m = mk(when, sent, "mail-am0eur08on0702.outbound.protection.outlook.example.com", "198.51.100.72",
           "4DW8sL1Wd3z6", '"AAPDM - Bureau executif" <bureau@aapdm.example.dz>',
           hdr(subj, enc="Q"), "<AM0PR08MB5281C3D4E5F6A7B8@AM0PR08MB5281.eurprd08.prod.outlook.example.com>",
           body, extra=outlook(subj, "AdcqA1b2C3d4E5f6G7h8I9j0K1l2Mw==", lang="fr-FR", has_attach="yes"))
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, report_attachments=[fname],
        speakers=[sp("Lounis Hamadouche", "Président du bureau exécutif",
                     "Association Algérienne pour la Promotion des Droits des Migrants (AAPDM)", ["rapporteur"])],
        notes="both, on time (3 February). Dashed labelled lines ('Nom et prénom :'); title 'Président du bureau "
              "exécutif'; the sender (deputy secretary-general) is not a speaker; 'AAPDM – Alger' in the signature is "
              "acronym + city. DOCX name with spaces (ASCII)."))


# ================================================================ 08  EN  speaker  HTML-only table, two speakers, Sfax observatory
def m08():
    when = at("2021-02-04 09:20:03")
    sent = sent_at(when, 1, 8)
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear organisers,</p>
<p>The Sfax University Observatory on Mobility and Migration (SUOMM) would like to propose the following two speakers for the thematic roundtables of the Regional Review Conference:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>Position</th><th>Institution</th><th>Session</th></tr>
<tr><td>Prof. Hatem Gharbi</td><td>Director</td><td>Sfax University Observatory on Mobility and Migration (SUOMM)</td><td>Roundtable 1</td></tr>
<tr><td>Ms. In&egrave;s Masmoudi</td><td>Doctoral researcher</td><td>Faculty of Letters and Humanities of Sfax</td><td>Roundtable 4 (or 2 if 4 is full)</td></tr>
</table>
<p>Both are registered on the online platform. Short bios can be provided on request.</p>
<p>With best regards,<br>
Hatem Gharbi<br>
Director, SUOMM<br>
University of Sfax &ndash; Tunisia</p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent, "smtp.univ-sfax.example.tn", "203.0.113.141", "4DWp0T9Mc2z4",
           "Hatem Gharbi <h.gharbi@suomm.univ-sfax.example.tn>", M08_SUBJ, M08_ID, body,
           extra=[("User-Agent", "Mutt/1.10.1 (2018-07-13)")])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hatem Gharbi", "Director", "Sfax University Observatory on Mobility and Migration (SUOMM)",
           ["roundtable"], 1),
        sp("Inès Masmoudi", "Doctoral researcher", "Faculty of Letters and Humanities of Sfax", ["roundtable"], 4)],
        notes="HTML-only, two speakers in a table with 'Prof.'/'Ms.' dropped; the second name is written with an "
              "HTML entity (In&egrave;s); the second speaker has another institution (her faculty); 'Roundtable 4 "
              "(or 2 if 4 is full)': first choice 4."))


# ================================================================ 09  AR  other  thank-you reply to our acknowledgement of 02
def m09():
    when = at("2021-02-04 12:02:38")
    sent = sent_at(when, 1, 4)
    text = """شكرا جزيلا على التأكيد، وصلنا الإشعار.
في انتظار البرنامج النهائي وروابط الاتصال.

مع التحية النقابية
سنية

‫في الخميس، 4 فيفري 2021 في 10:01 ص، كتب ‪GCM Regional Review Arab States‬‏ <‪gcmrrarabstates@iom.int‬‏>:‬
> شكراً لرسالتكم. نؤكد استلام طلب المداخلة الخاص بكم، وسيتم التواصل معكم لاحقاً بخصوص البرنامج.
>
> فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة
"""
    body = alt(text, "000000000000c4d5e6f705ba7a8b91", rtl=True, b64=True)
    aid = ack_id("4DTwR73Pz4z1")
    m = mk(when, sent, "mail-wm1-f41.google.example.com", "192.0.2.41", "4DWtB50Kr6z2",
           addr("Sonia Jlassi", "sonia.jlassi.fgbb@gmail.example.com"), re_hdr("Re: ", "إشعار باستلام - " + M02_SUBJ),
           "<CAGk7pV1Nh4sQe8Wd2Bz5Yc0Lr3Tm7Xf9Ka6Pb@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", aid), ("References", M02_ID + " " + aid)])
    add(9, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h203-02.eml",
        notes="thank-you reply to our acknowledgement of h203-02 (References names h203-02 and the acknowledgement): "
              "adds nothing new, so no acknowledgement; 'فيفري' in the Gmail quote line."))


# ================================================================ 10  FR  speaker  half French, half Arabic (Hassaniya), Nouadhibou
def m10():
    when = at("2021-02-04 17:35:19")
    sent = sent_at(when, 0, 6)
    text = """Bonjour Madame, Monsieur,

L'Association Nouadhibou Solidarité Migrants (ANSM) souhaite proposer une intervenante pour la table ronde thématique 3 de la conférence des 24 et 25 février :

Nom : Mariem Mint Ahmed Salem
Fonction : Chargée de mission
Structure : Association Nouadhibou Solidarité Migrants (ANSM)

Mme Mint Ahmed Salem suit depuis cinq ans les dossiers des pêcheurs sénégalais et maliens installés à Nouadhibou.

----

السلام عليكم،
ألا نبغي نزيد لكم كلمة بالعربية: جمعيتنا صغيرة ولكن خدامة مع المهاجرين هون في انواذيبو من زمان، ومريم هي اللي تعرف المشاكل امنين. إلين كان ممكن تعطوها الكلمة فالطاولة الثالثة نكونو ممتنين.
والسلام

Mohamed Lemine Ould Bah
Président de l'ANSM
BP 412 Nouadhibou – Mauritanie
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail.ansm-ndb.example.mr", "203.0.113.222", "4DX0Wc3Ya8z7",
           "Mohamed Lemine Ould Bah <president@ansm-ndb.example.mr>",
           hdr("Proposition intervenante table ronde 3 / مقترح متدخلة", enc="B"),
           "<20210204153513.7f2a91c0@ansm-ndb.example.mr>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF84 (Win)/8.8.15_GA_3869)")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mariem Mint Ahmed Salem", "Chargée de mission", "Association Nouadhibou Solidarité Migrants (ANSM)",
           ["roundtable"], 3)],
        notes="half French, half Arabic (Hassaniya: 'ألا نبغي', 'امنين', 'إلين'): the request and the labelled "
              "details are in French and the Arabic half repeats it as a personal word, so the acknowledgement is "
              "in French (secretary's judgement, not covered by dev). Sender is the president, not the speaker; "
              "'BP 412 Nouadhibou – Mauritanie' is an address."))


# ================================================================ 11  EN  report  Moroccan agricultural union federation, Outlook logo, PDF
def m11():
    when = at("2021-02-05 10:00:46")
    sent = sent_at(when, 1, 7)
    text = """Dear Sir / Madam,

Please find attached the voluntary GCM review report of the National Federation of Agricultural Sector Workers (FNSA), prepared with our regional unions of Souss-Massa and the Gharb.

The report covers seasonal workers recruited from Morocco to Spain (strawberry harvest), and the sub-Saharan agricultural workers employed without contracts in the Souss region.

We remain at your disposal.

Best regards,

Abdelkrim Zerouali
International Relations Officer
Fédération Nationale du Secteur Agricole (FNSA)
Tél. : +212 5 28 00 00 00
Fax : +212 5 28 00 00 01
BP 1150 Inezgane – Agadir
"""
    cid = "image001.jpg@01D6FB10.2A9E6C40"
    fname = "FNSA_GCM_voluntary_report_2021_EN.pdf"
    pdf = rpdf("Voluntary GCM Review Report", "National Federation of Agricultural Sector Workers (FNSA)",
               ["Seasonal circular migration to Spain", "Sub-Saharan agricultural workers in Souss",
                "Objective 6 - fair recruitment", "Recommendations"])
    img = leaf("image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(64)) +
               b"\xff\xd9", cte="base64", params=[("name", '"image001.jpg"')],
               disp='inline; filename="image001.jpg"', extra=[("Content-ID", "<%s>" % cid)])
    rel = multi("related", [alt(text, "_000_VI1PR04MB6920E1F2A3B4C5D6_", html=outlook_html(text, cid)), img],
                "_006_VI1PR04MB6920E1F2A3B4C5D6_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, fname)], "_007_VI1PR04MB6920E1F2A3B4C5D6_")
    subj = "FNSA - Voluntary GCM review report"
    m = mk(when, sent, "mail-vi1eur04on0619.outbound.protection.outlook.example.com", "198.51.100.19",
           "4DXLm8Zc1z0q", "Abdelkrim Zerouali <a.zerouali@fnsa-maroc.example.ma>", subj,
           "<VI1PR04MB6920E1F2A3B4C5D6@VI1PR04MB6920.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcrD4e5F6g7H8i9J0k1L2m3N4o5Pg==", lang="en-GB", has_attach="yes"))
    add(11, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Moroccan trade union federation: English body but French organisation name in the signature with "
              "Tél. / Fax / BP lines; Outlook mixed > related > alternative with an inline logo image001.jpg that is "
              "not part of the report; signature title is not a speaker request."))


# ================================================================ 12  AR  both  Moroccan university observatory, PDF + roundtable 2
def m12():
    when = at("2021-02-05 18:50:12")
    sent = sent_at(when, 1, 9)
    text = """السيدات والسادة المحترمون،

تحية طيبة،

يشرفني أن أبعث إليكم رفقته بالتقرير الطوعي الذي أعده المرصد المغربي للدراسات الهجروية (OMEM) في إطار الاستعراض الإقليمي للميثاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية. التقرير محرر باللغة الفرنسية مع ملخص بالعربية.

كما نقترح مشاركة منسقة المرصد في الطاولة المستديرة الثانية:
- الاسم: سعاد الإدريسي
- الصفة: أستاذة باحثة ومنسقة المرصد
- المؤسسة: المرصد المغربي للدراسات الهجروية (OMEM) - الرباط

مع خالص التقدير،

د. سعاد الإدريسي
OMEM - Observatoire Marocain des Études Migratoires
"""
    fname = "Rapport_OMEM_PMM_2021.pdf"
    pdf = rpdf("Rapport volontaire - OMEM", "Observatoire Marocain des Etudes Migratoires (OMEM)",
               ["Resume en arabe", "Methodologie", "Migrations de transit et installation",
                "Politique nationale d'immigration et d'asile", "Recommandations"])
    body = multi("mixed", [alt(text, "000000000000d7e8f9a005ba8c9d02", rtl=True, b64=True),
                           attach("application/pdf", pdf, fname)], "000000000000d7e8f9a205ba8c9d04")
    m = mk(when, sent, "mail-wr1-f44.google.example.com", "192.0.2.44", "4DXd9q2Vt6z3",
           addr("Souad Idrissi", "omem.rabat@gmail.example.com"), hdr("التقرير الطوعي للمرصد + مقترح مداخلة"),
           "<CAJ2wR5uPq8Hn1Yt4Lc7Zb0Xm3Vd6Kg9Se2Na@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, report_attachments=[fname],
        speakers=[sp("سعاد الإدريسي", "أستاذة باحثة ومنسقة المرصد", "المرصد المغربي للدراسات الهجروية (OMEM)",
                     ["roundtable"], 2)],
        notes="both, on time (5 February evening). Arabic body with a French acronym and French report file name; "
              "the institution line ends with ' - الرباط' (a place, not "
              "part of the affiliation); the signature gives the French name of the observatory, the label keeps "
              "the Arabic form of the labelled line with its acronym; 'د.' dropped."))


# ================================================================ 13  FR  speaker  edge 23:57, iPhone, two speakers, on behalf
def m13():
    when = at("2021-02-05 23:57:40")
    sent = tz(when - dt.timedelta(seconds=12), 1)
    text = """Bonsoir,

Au nom du bureau de l'Union des Travailleurs Migrants Subsahariens au Maroc (UTMSM), je vous transmets nos deux demandes de prise de parole avant la clôture de ce soir :

1. M. Didier Kouassi, SG de l'UTMSM : intervention en plénière
2. Mme Aïssatou Diop, chargée de la communication, UTMSM : table ronde 4 (travailleuses domestiques)

Désolé pour l'heure tardive, la réunion du bureau vient de se terminer.

Fraternellement,
Moussa Keïta
Trésorier UTMSM – Casablanca

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-pj1-f43.google.example.com", "192.0.2.143", "4DXq7Fd1Mz9w",
           addr("Moussa Keïta", "utmsm.maroc@gmail.example.com", enc="Q"),
           hdr("Prise de parole UTMSM (2 intervenants)", enc="Q"),
           "<8D0B2E7A-4C19-4F3B-9E52-1A6C7D8E9F01@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Didier Kouassi", "SG", "Union des Travailleurs Migrants Subsahariens au Maroc (UTMSM)", ["plenary"]),
        sp("Aïssatou Diop", "chargée de la communication",
           "Union des Travailleurs Migrants Subsahariens au Maroc (UTMSM)", ["roundtable"], 4)],
        notes="edge: received 23:57:40 Beirut time on 5 February (Date 22:57 +0100): on time. Union of sub-Saharan "
              "migrant workers in Morocco; sent by the treasurer on behalf of the bureau; the first title is only the "
              "abbreviation 'SG' (secrétaire général), recorded as written; the full organisation name is in the "
              "first sentence, the speaker lines write only 'UTMSM'; 'M.'/'Mme' dropped."))


# ================================================================ 14  AR  speaker  late, Algerian municipal council, plenary
M14_SUBJ = "طلب مداخلة - المجلس الشعبي البلدي لتمنراست"


def m14():
    when = at("2021-02-06 08:15:22")
    sent = sent_at(when, 1, 10)
    text = """الجمهورية الجزائرية الديمقراطية الشعبية
ولاية تمنراست - بلدية تمنراست
المجلس الشعبي البلدي

إلى السادة فريق الاستعراض الإقليمي للميثاق العالمي للهجرة

الموضوع: طلب مداخلة في الجلسة العامة

تحية طيبة وبعد،

نظرا للموقع الخاص لبلدية تمنراست كمدينة عبور واستقرار للمهاجرين القادمين من النيجر ومالي، يتشرف المجلس الشعبي البلدي بطلب مداخلة في إحدى الجلسات العامة للمؤتمر الإقليمي، ويقترح لذلك:

الاسم واللقب: عبد القادر بلحاج
الصفة: نائب رئيس المجلس الشعبي البلدي مكلف بالشؤون الاجتماعية
الهيئة: المجلس الشعبي البلدي لبلدية تمنراست

نعتذر عن التأخر في الإرسال بسبب انقطاع شبكة الأنترنت يوم أمس.

وتقبلوا فائق التقدير والاحترام.

الأمانة العامة للبلدية
الهاتف / الفاكس: 029 00 00 00
"""
    body = alt(text, "_000_5E1B2C9A0F3D7A_", rtl=True)
    m = mk(when, sent, "mail.apc-tamanrasset.example.dz", "203.0.113.111", "4DXyP04Gh5z1",
           addr("بلدية تمنراست", "sg@apc-tamanrasset.example.dz"), hdr(M14_SUBJ), M14_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-dz")])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عبد القادر بلحاج", "نائب رئيس المجلس الشعبي البلدي مكلف بالشؤون الاجتماعية",
           "المجلس الشعبي البلدي لبلدية تمنراست", ["plenary"])],
        notes="late: received Saturday 6 February 08:15 (the sender blames an internet outage the day before). "
              "Algerian municipal council, official letterhead lines in the body; 'الاسم واللقب' (name and surname) "
              "label; title with its unit kept whole (as dev 012). Sent by the municipal general secretariat; the "
              "acknowledgement to this address bounces (h203-15)."))


# ================================================================ 15  EN  bounce  acknowledgement of 14, user unknown
def m15():
    when = at("2021-02-06 08:16:05")
    text = POSTFIX_NOTICE + """
<sg@apc-tamanrasset.example.dz>: host mail.apc-tamanrasset.example.dz[203.0.113.111]
    said: 550 5.1.1 <sg@apc-tamanrasset.example.dz>: Recipient address rejected:
    User unknown in local recipient table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXyQ12Jk7z3\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; sg@apc-tamanrasset.example.dz\n"
           "Original-Recipient: rfc822;sg@apc-tamanrasset.example.dz\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mail.apc-tamanrasset.example.dz\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <sg@apc-tamanrasset.example.dz>: Recipient address\n"
           "    rejected: User unknown in local recipient table\n" % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: sg@apc-tamanrasset.example.dz\n"
            "Subject: =?utf-8?b?%s?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (base64.b64encode(("إشعار باستلام - " + M14_SUBJ).encode()).decode(),
                                   rfcdate(when - dt.timedelta(seconds=6)), ack_id("4DXyQ12Jk7z3"), M14_ID))
    body = dsn_report(text, dsn, hdrs, "4DXyQ35Lm9z5.1612592165/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXyQ35Lm9z5; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210206061605.4DXyQ35Lm9z5@mx1.iom.int>")]
    add(15, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 (user unknown) for the acknowledgement of h203-14: the Tamanrasset council wrote "
              "from an address that does not accept mail. The returned headers carry an Arabic subject and "
              "In-Reply-To h203-14; thread_of null as for dev bounces."))


# ================================================================ 16  FR  speaker  late, forwarded by the chargée de mission, Tangier
def m16():
    when = at("2021-02-08 10:20:31")
    sent = sent_at(when, 1, 6)
    text = """Bonjour,

Je vous transfère ci-dessous la demande de notre président, qui n'avait pas été envoyée à la bonne adresse (il l'avait adressée au bureau OIM de Rabat, qui nous a renvoyés vers vous). Nous savons que le délai du 5 février est dépassé, mais nous espérons qu'elle pourra tout de même être examinée.

Bien à vous,

Fatoumata Camara
Chargée de mission
Collectif Tanger Migrations et Droits (CTMD)
Tél. / Fax : +212 5 39 00 00 00
BP 2140 Tanger Principal

De : Youssouf Traoré <y.traore@ctmd-tanger.example.org>
Envoyé : mardi 2 février 2021 18:42
À : contact.rabat@iom.example.int
Objet : Demande de prise de parole - CTMD Tanger

Madame, Monsieur,

Le Collectif Tanger Migrations et Droits (CTMD) souhaite participer à la discussion ouverte de la consultation multipartite du 23 février.

Je serai moi-même l'intervenant.

Youssouf Traoré
Président
Collectif Tanger Migrations et Droits (CTMD)
"""
    cid = "image002.png@01D6FDF0.1B2C3D40"
    rel = multi("related", [alt(text, "_000_DB8PR06MB6412F3A2C1B0D9E8_", html=outlook_html(text, cid)),
                            logo(cid, (20, 110, 60), "image002.png")], "_005_DB8PR06MB6412F3A2C1B0D9E8_",
                params=[("type", '"multipart/alternative"')])
    m = mk(when, sent, "mail-db8eur06on0623.outbound.protection.outlook.example.com", "198.51.100.123",
           "4DYmG61Ps2z8", "Fatoumata Camara <f.camara@ctmd-tanger.example.org>", M16_SUBJ, M16_ID, rel,
           extra=outlook(M16_SUBJ, "AQHW/YbXq0n2Lk4FTUa7c9z1Wm3E5A==", lang="fr-FR", has_attach="yes"))
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Youssouf Traoré", "Président", "Collectif Tanger Migrations et Droits (CTMD)", ["open_discussion"])],
        notes="late: received 8 February; the original request was written on 2 February but sent to another IOM "
              "office, and only reaches this mailbox as a forward ('TR:') on 8 February: on_time follows the "
              "receipt here. The forwarder (chargée de mission, Tél. / Fax / BP lines, logo) is not the speaker; the "
              "president names himself ('Je serai moi-même l'intervenant')."))


# ================================================================ 18  AR  report  Mauritanian association, DOCX with Arabic name
def m18():
    when = at("2021-02-09 11:00:08")
    sent = sent_at(when, 0, 5)
    text = """بسم الله الرحمن الرحيم

السادة المسؤولون عن الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،

السلام عليكم ورحمة الله وبركاته،

تجدون طيه التقرير الطوعي لجمعية الأمل لحماية المهاجرين والعائدين حول تنفيذ الاتفاق العالمي في موريتانيا، وقد أعددناه بالتشاور مع جمعيات الصيادين في انواذيبو ومع ممثلين عن الجاليات الإفريقية في انواكشوط.

نرجو إفادتنا بالاستلام.

والسلام

محمد الأمين ولد الشيخ سيديا
الأمين العام
جمعية الأمل لحماية المهاجرين والعائدين
انواكشوط - موريتانيا
"""
    fname = "التقرير الطوعي - جمعية الأمل - موريتانيا 2021.docx"
    docx = make_docx(["جمعية الأمل لحماية المهاجرين والعائدين", "التقرير الطوعي حول تنفيذ الاتفاق العالمي للهجرة",
                      "مقدمة", "المنهجية", "التقدم المحرز", "التحديات", "التوصيات"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"), attach(DOCX, docx, fname)],
                 "----=_Part_88412_1290341.1612861203114")
    m = mk(when, sent, "smtp.mauritel.example.mr", "203.0.113.230", "4DZ3Qx7Tv1z6",
           addr("جمعية الأمل", "amal.migrants@yahoo.example.com"), hdr("التقرير الطوعي - جمعية الأمل"),
           "<1290341.88412.1612861203114@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17278 YMailNorrin")])
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Mauritanian association, formal Arabic with the basmala; DOCX name in Arabic with spaces and dashes "
              "(RFC 2231 filename*, RFC 2047 name); Yahoo-style boundary; signature of the secretary-general is not a "
              "speaker request."))


# ================================================================ 17  FR  auto_reply  out of office to our acknowledgement of 16
def m17():
    when = at("2021-02-08 10:21:02")
    sent = sent_at(when, 1, 2)
    text = """Bonjour,

Je suis en mission à Oujda et Nador jusqu'au vendredi 12 février inclus, avec un accès très limité à ma messagerie.
Pour toute urgence, merci de contacter le secrétariat du CTMD : contact@ctmd-tanger.example.org / +212 5 39 00 00 00.

Cordialement,
Fatoumata Camara
"""
    body = alt(text, "_000_DB8PR06MB6412AA11BB22CC33_")
    rows = std_rows(when, "mail-db8eur06on0624.outbound.protection.outlook.example.com", "198.51.100.124",
                    "4DYmH20Rt4z1", "Fatoumata Camara <f.camara@ctmd-tanger.example.org>",
                    hdr("Réponse automatique : Accusé de réception - " + M16_SUBJ, enc="Q"), rfcdate(sent),
                    "<DB8PR06MB6412AA11BB22CC33@DB8PR06MB6412.eurprd06.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="f.camara@ctmd-tanger.example.org")
    rows += [("In-Reply-To", ack_id("4DYmG61Ps2z8")), ("Content-Language", "fr-FR")]
    add(17, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h203-16 answering our acknowledgement half a minute later; "
              "French subject prefix 'Réponse automatique :'. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 19  EN  other  follow-up in the thread of 08
def m19():
    when = at("2021-02-10 15:45:37")
    sent = sent_at(when, 1, 5)
    text = """Dear colleagues,

Thank you for your acknowledgement last week. Could you let us know when the selection of roundtable speakers will be communicated? Ines would also like to know whether the roundtables will be held online only or in hybrid format, as she would need to request leave from the faculty.

Many thanks,
Hatem

On Thu, Feb 04, 2021 at 09:21:10AM +0200, GCM Regional Review Arab States wrote:
> Thank you for your message. We confirm receipt of your speaking-role request.
> You will be contacted regarding the programme in due course.
>
> GCM Regional Review team
"""
    aid = ack_id("4DWp0T9Mc2z4")
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "smtp.univ-sfax.example.tn", "203.0.113.141", "4DZf2Vb8Nq3z",
           "Hatem Gharbi <h.gharbi@suomm.univ-sfax.example.tn>", "Re: Acknowledgement of receipt - " + M08_SUBJ,
           "<20210210134532.GB20414@suomm.univ-sfax.example.tn>", body,
           extra=[("User-Agent", "Mutt/1.10.1 (2018-07-13)"), ("In-Reply-To", aid),
                  ("References", M08_ID + " " + aid)])
    add(19, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h203-08.eml",
        notes="follow-up question in the thread of h203-08 (replying to our acknowledgement): asks about the "
              "selection date and the format; nothing new is proposed, but it is a question that needs an answer. "
              "Plain 7-bit text from Mutt; 'Ines' written without the accent."))


# ================================================================ 20  FR  report  collective Tunisian platform, PDF + annex, Thunderbird
def m20():
    when = at("2021-02-11 12:10:44")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Au nom de la Plateforme Tunisienne des Associations pour la Mobilité Humaine (PTAMH), qui regroupe onze associations de Tunis, Sfax, Médenine et Gafsa, nous avons le plaisir de vous adresser notre rapport volontaire collectif sur la mise en œuvre du PMM en Tunisie.

Pièces jointes :
- le rapport (PDF, 14 pages) ;
- l'annexe 2 (liste des associations membres et des personnes consultées), au format Word.

Le rapport a été validé en assemblée générale le 6 février.

Cordialement,

Rim Ben Slimane
Coordinatrice de la PTAMH
Bureau exécutif – Tunis
"""
    f1 = "PTAMH_Rapport_collectif_PMM_Tunisie.pdf"
    f2 = "Annexe 2 - Membres et personnes consultées.docx"
    pdf = rpdf("Rapport volontaire collectif", "Plateforme Tunisienne des Associations pour la Mobilite Humaine",
               ["Introduction", "Methodologie participative", "Progres par objectif", "Defis", "Recommandations"])
    docx = make_docx(["Annexe 2", "Associations membres de la PTAMH", "Personnes consultées (anonymisées)"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           attach("application/pdf", pdf, f1), attach(DOCX, docx, f2)],
                 "------------0F3A6B2D9C81E4F7A5B0C3D2")
    m = mk(when, sent, "smtp.topnet.example.tn", "203.0.113.85", "4DZz5Kc0Lp2z",
           "Rim Ben Slimane <ptamh.tunisie@topnet.example.tn>",
           hdr("Rapport volontaire collectif PTAMH - PMM Tunisie", enc="Q"),
           "<b7e2c41a-0d93-4f6e-8a1b-5c2d7e9f0a34@topnet.example.tn>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.1"), ("Content-Language", "fr")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="collective report of a platform of eleven associations: main PDF plus a Word annex (name with spaces "
              "and accents, RFC 2231); both files make up the report. format=flowed 8bit."))


# ================================================================ 21  AR  both  late, Mauritanian fishermen's union federation, Hassaniya
def m21():
    when = at("2021-02-12 16:00:29")
    sent = sent_at(when, 0, 8)
    text = """السلام عليكم

نرسل لكم التقرير الطوعي ديال الاتحادية الموريتانية لعمال الصيد التقليدي، وإلين كانت الفرصة مازالت نبغو نقترحو الأخ سيدي محمد ولد أحمدو ليكون مقرر ويقدم الرسائل الرئيسية لأصحاب المصلحة. هو اللي تابع ملف البحارة السنغاليين والغينيين في انواذيبو.

عارفين أن الوقت فات شوية، سامحونا.

الاتحادية الموريتانية لعمال الصيد التقليدي
انواكشوط
"""
    fname = "Rapport FMPA 2021.pdf"
    pdf = rpdf("Rapport volontaire", "Federation mauritanienne des travailleurs de la peche artisanale",
               ["Peche artisanale et main-d'oeuvre migrante", "Conditions de travail a bord", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"), attach("application/pdf", pdf, fname)],
                 "Apple-Mail=_3C9E1F4A-7B2D-4E80-A6C5-91D0B8F2E713")
    m = mk(when, sent, "smtp.chinguitel.example.mr", "203.0.113.233", "4F0Bc83Rz5z2",
           addr("الاتحادية الموريتانية للصيد", "fmpa.rim@gmail.example.com"), hdr("تقرير + مقرر"),
           "<3C9E1F4A-7B2D-4E80-A6C5-91D0B8F2E713@gmail.example.com>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, report_attachments=[fname],
        speakers=[sp("سيدي محمد ولد أحمدو", None, "الاتحادية الموريتانية لعمال الصيد التقليدي", ["rapporteur"])],
        notes="both, received 12 February: the report part is on time, the speaker part late (the sender says so), "
              "so on_time false. Hassaniya-flavoured Arabic ('ديال', 'إلين', 'نبغو'); 'الأخ' (brother, a union form "
              "of address) dropped as an honorific; no title given (null); the affiliation is the federation that "
              "sends the report, named in the first sentence and the signature. PDF name in French with spaces."))


# ================================================================ 22  EN  report  Algerian observatory (asked in 03), PDF
def m22():
    when = at("2021-02-15 10:30:18")
    sent = sent_at(when, 1, 6)
    text = """Dear Madam / Sir,

Following your kind answer to our earlier questions, please find attached the voluntary GCM review report of the Migration Research Observatory (ORM) of the University of Oran 2. As agreed, the report is in French, with an executive summary in English on page 2.

The report draws on 46 interviews with migrants from Niger, Mali and Cameroon in Oran and Maghnia, carried out between October and December 2020.

Best regards,

Amel Benyahia, PhD
Associate Professor
Migration Research Observatory (ORM)
University of Oran 2 Mohamed Ben Ahmed
"""
    fname = "ORM_Oran2_Rapport_volontaire_PMM_2021.pdf"
    pdf = rpdf("Rapport volontaire / Voluntary report", "Observatoire de Recherche sur les Migrations - Universite Oran 2",
               ["Executive summary (EN)", "Methodologie", "Migrations subsahariennes a Oran et Maghnia",
                "Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "quoted-printable",
                                params=[("format", "flowed")]), attach("application/pdf", pdf, fname)],
                 "------------A1B2C3D4E5F60718293A4B5C")
    m = mk(when, sent, "mail.univ-oran2.example.dz", "203.0.113.22", "4F1qK27Wn8z5",
           '"Dr. Amel BENYAHIA" <a.benyahia@univ-oran2.example.dz>',
           "Voluntary GCM review report - ORM, University of Oran 2",
           "<5d2e8b1c-3f4a-4e7d-9c0b-a1f2e3d4c5b6@univ-oran2.example.dz>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report from the observatory that asked questions in h203-03; sent as a new message (no In-Reply-To): "
              "h203-03 did not open a submission, so thread_of is null. English mail, French PDF."))


# ================================================================ 23  AR  report  HTML-only, Moroccan association of migrant women, 16 Feb 22:40
def m23():
    when = at("2021-02-16 22:40:51")
    sent = sent_at(when, 1, 7)
    inner = """<div dir="rtl" style="font-family:Tahoma">
<p>السلام عليكم ورحمة الله،</p>
<p>نبعث لكم في المرفقات التقرير الطوعي ديال <b>جمعية نساء المهاجرات بالمغرب - ANMM</b> حول تنفيذ الاتفاق العالمي للهجرة، قبل نهاية الأجل ديال الليلة إن شاء الله.</p>
<p>التقرير فيه شهادات ديال نساء من الكوت ديفوار والكاميرون وغينيا ساكنات فالدار البيضاء وفاس.</p>
<p>شكرا بزاف،<br>
حليمة بنعيسى<br>
منسقة البرامج</p>
</div>"""
    fname = "تقرير ANMM.pdf"
    pdf = rpdf("Rapport volontaire ANMM", "Association des Femmes Migrantes au Maroc",
               ["Temoignages", "Acces aux droits", "Recommandations"])
    att = leaf("application/pdf", pdf, cte="base64",
               params=[("name", '"=?UTF-8?B?%s?="' % base64.b64encode(fname.encode()).decode())],
               disp='attachment; filename="=?UTF-8?B?%s?="' % base64.b64encode(fname.encode()).decode())
    body = multi("mixed", [html_only(inner, rtl=True, b64=True), att], "000000000000f1e2d3c4b505bb7a1c2d")
    m = mk(when, sent, "mail-lf1-f66.google.example.com", "192.0.2.66", "4F2Wv50Bs9z7",
           addr("حليمة بنعيسى", "anmm.casa@gmail.example.com"), hdr("التقرير الطوعي ANMM"),
           "<CAN5rT8wQz2Yv6Kp1Hm4Xc9Lb3Jd7Fs0Ge5Ua@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="on time, 1 h 19 min before the report deadline; HTML-only Arabic body in Darija; Gmail-style "
              "RFC 2047 encoded-word inside the quoted filename/name (Arabic + Latin acronym)."))


# ================================================================ 24  EN  other  Mauritanian union confederation, interpretation question
def m24():
    when = at("2021-02-17 09:10:05")
    sent = sent_at(when, 0, 4)
    text = """Dear Sir/Madam,

Our confederation has registered two participants for the multi-stakeholder consultation on 23 February (as observers, not as speakers).

Could you please tell us:
- whether interpretation into French will be available in the roundtables, as our delegates do not speak English;
- and whether the connection link will be sent to each registered participant, or only to the organisation.

Thank you in advance.

Regards,
Brahim Ould Ebetty
Foreign Relations Department
General Confederation of Mauritanian Workers
Nouakchott
"""
    body = alt(text, "----=_NextPart_000_0012_01D70512.3A4B5C60")
    m = mk(when, sent, "mail.cgtm.example.mr", "203.0.113.240", "4F2kR19Hx3z0",
           "Brahim Ould Ebetty <relations.ext@cgtm.example.mr>", "Question on interpretation - 23 February",
           "<000f01d70501$3a4b5c60$aee11520$@cgtm.example.mr>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "en-us")])
    add(24, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics question from a trade union confederation: two participants registered 'as observers, not "
              "as speakers', so no speaker request although the consultation and roundtables are mentioned."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
