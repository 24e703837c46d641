#!/usr/bin/env python3
"""Write the blind evaluation set holdout209 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets209.py
Theme: universities, research centres and students, and the diaspora abroad (1-19 February 2021).  A doctoral
candidate whose details are only in a five-line academic signature, a professor holding a UNESCO chair, an
assistant writing for her professor, a consortium of universities sending one collective report with its list of
co-authors, migration observatories, a speaker's CV attached (not a report), diaspora associations in France,
Belgium, Canada and the Gulf writing in French and Arabic, a student union's pasted form, a reminder answered by
an out-of-office, a bounce of an acknowledgement to a co-author, a thank-you to an acknowledgement and a
follow-up in a thread.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top, text2html, b_word)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(209)
add = SET.add
H = "h209-%02d.eml"

TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"


def outlook_page(text, lang="EN-US", rtl=False, img_cid=None):
    """An Outlook-like HTML body (WordSection1, MsoNormal paragraphs), optionally with a signature logo."""
    d = ' dir="RTL"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s</p>' % (d, "<br>".join(
        x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for x in p.split("\n")))
        for p in text.strip("\n").split("\n\n"))
    img = ('<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p>' % img_cid) if img_cid else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang="%s"><div class="WordSection1">%s%s</div></body></html>\n' % (lang, paras, img))


# ================================================================ 01  EN  speaker  doctoral candidate, details only in a 5-line signature
M01_ID = "<CAF3kq9Xw2Lm7+Pz0bQv4NsY8tRe1uJd6Hc@mail.gmail.example.com>"


def m01():
    when = at("2021-02-01 09:14:22")
    text = """Dear GCM Regional Review team,

I hope this finds you well. I received your invitation through our department's mailing list and I would be very interested in taking part in the open discussion of the multi-stakeholder consultation on 23 February.

My doctoral research looks at how Syrian and Iraqi students in Lebanon and Jordan move between humanitarian and education visa categories, and I think it speaks directly to objectives 5 and 7 of the Compact. I would of course keep my remarks short.

I have registered on the online platform as well. Please let me know if you need anything else from me.

With thanks and best wishes,
Nadia

--
Nadia Karam
PhD Candidate in Political Science
Migration and Mobility Research Lab (MMRL)
Faculty of Arts and Sciences
Cedars University
Beirut, Lebanon
"""
    body = alt(text, "000000000000b4e1a905ba3c9f21", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f47.google.example.com", "192.0.2.47", "4DTnB51QfVz4",
           "Nadia Karam <nadia.karam.phd@gmail.example.com>", "Request to take part in the open discussion (23 Feb)",
           M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Karam", "PhD Candidate in Political Science", "Cedars University", ["open_discussion"])],
        notes="doctoral student; name, title and affiliation only in the signature, where the affiliation runs over "
              "three lines (lab, faculty, university) followed by the city. Not covered by dev: the university line "
              "is recorded as the affiliation (what a secretary types in the register), not joined with the lab or "
              "faculty lines; the city line is not part of it (as dev 004/013)."))


# ================================================================ 02  FR  speaker  UNESCO chair holder, plenary, labelled lines, Outlook
M02_ID = "<PR2P264MB0412A7C3E5D9F1B0@PR2P264MB0412.FRAP264.PROD.OUTLOOK.example.com>"
M02_TITLE = ("Professeure des universités, titulaire de la chaire UNESCO « Migrations, mobilités et droits "
             "fondamentaux en Méditerranée »")


def m02():
    when = at("2021-02-01 16:40:05")
    subj = "Demande de prise de parole – séance plénière – Chaire UNESCO MMDF"
    text = """Madame, Monsieur,

En réponse à votre courrier d'invitation à la Conférence régionale d'examen du Pacte mondial sur les migrations (24-25 février 2021), j'ai l'honneur de solliciter une intervention depuis la salle lors d'une des séances plénières.

Nom : Pr Hélène Marchal-Benali
Qualité : %s
Établissement : Université Côte-Méditerranée, Marseille

L'intervention porterait sur la mobilité étudiante et les voies régulières de migration (objectif 5), à partir des travaux menés par la chaire depuis 2017 avec des partenaires à Tunis, Rabat et Beyrouth.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène Marchal-Benali
Chaire UNESCO MMDF
Université Côte-Méditerranée
""" % M02_TITLE
    html = outlook_page(text, lang="FR")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_PR2P264MB0412A7C3E5D9F1B0_")
    m = mk(when, sent_at(when, 1, 6), "mail-pr2fra01on0611.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DTzK83mWqz1", addr("Hélène Marchal-Benali", "helene.marchal-benali@univ-cotemed.example.fr", enc="Q"),
           hdr(subj, enc="Q"), M02_ID, body,
           extra=outlook(subj, "AdcosK1Xq7Zr3Yt5Wm9Lp2Nb8Vc4Ag==", lang="fr-FR"))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hélène Marchal-Benali", M02_TITLE, "Université Côte-Méditerranée", ["plenary"])],
        notes="labelled lines with a space before the colon ('Nom :', 'Qualité :', 'Établissement :'); 'Pr' before "
              "the name is an honorific, dropped; long title with the chair's name in French quotes, kept whole; "
              "the city after the comma on the 'Établissement' line is not part of the affiliation (as dev 004)."))


# ================================================================ 03  AR  speaker  a research assistant writes on behalf of her professor
def m03():
    when = at("2021-02-02 10:05:40")
    subj = "طلب مداخلة للأستاذ الدكتور خالد العمري - المائدة المستديرة الثانية"
    text = """السادة القائمون على الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،
تحية طيبة وبعد،

أكتب إليكم نيابةً عن الأستاذ الدكتور خالد العمري، الذي يرغب في تقديم مداخلة من القاعة خلال المائدة المستديرة المواضيعية الثانية في المؤتمر الاستعراضي الإقليمي يومي ٢٤ و٢٥ شباط/فبراير ٢٠٢١، وذلك استناداً إلى دراسته الميدانية الأخيرة حول عودة العمال الأردنيين من دول الخليج.

بيانات المتحدث:
الاسم: أ.د. خالد العمري
الصفة: أستاذ مشارك بقسم علم الاجتماع والخدمة الاجتماعية
الجهة: جامعة وادي الأردن

يرجى التكرم بتوجيه أي مراسلات بخصوص المداخلة إلى بريده مع نسخة إليّ.

وتفضلوا بقبول فائق الاحترام والتقدير،

رهف الزعبي
مساعدة بحث - مكتب الأستاذ الدكتور خالد العمري
كلية الآداب والعلوم الإنسانية
جامعة وادي الأردن
"""
    html = outlook_page(text, lang="AR-JO", rtl=True)
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "_000_VI1PR07MB5830B2E4C1A9D7F3_")
    m = mk(when, sent_at(when, 2, 4), "mail-vi1eur07on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DVHc21pXkz7", addr("رهف الزعبي", "r.zoubi@wju.example.edu.jo"), hdr(subj),
           "<VI1PR07MB5830B2E4C1A9D7F3@VI1PR07MB5830.eurprd07.prod.outlook.example.com>", body,
           cc=addr("خالد العمري", "k.omari@wju.example.edu.jo"),
           extra=outlook(subj, "AdcpR5Tz2Kq8Wn1Yx4Vb7Lm0Hs3Dg==", lang="ar-JO"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد العمري", "أستاذ مشارك بقسم علم الاجتماع والخدمة الاجتماعية", "جامعة وادي الأردن", ["roundtable"], 2)],
        notes="sent by a research assistant on behalf of the professor (Cc); the sender is not the speaker. 'أ.د.' "
              "is an academic honorific, dropped from the name; the title is written with its department, kept "
              "(as dev 012); roundtable as an ordinal word ('الثانية'). Base64 Outlook parts."))


# ================================================================ 04  EN  report  consortium of universities, collective report, co-author list
M04_ID = "<AM6PR10MB2871D4F0C7B3A5E9@AM6PR10MB2871.EURPRD10.PROD.OUTLOOK.example.com>"
M04_SUBJ = "AUMRC collective voluntary GCM review report"
M04_FILE = "AUMRC_Collective_Voluntary_GCM_Review_2021.pdf"


def m04():
    when = at("2021-02-02 15:22:10")
    text = """Dear colleagues,

On behalf of the Arab Universities Migration Research Consortium (AUMRC), please find attached our collective voluntary review report for the Regional Review of the Global Compact for Migration in the Arab region.

The report was prepared jointly by seven member institutions. Co-authors (in alphabetical order):

- Prof. Samir Abou Jaoude, Cedars University (Lebanon)
- Dr. Amal Ben Youssef, Université de Carthage-Nord (Tunisia)
- Dr. Hoda El-Masry, Nile Valley University (Egypt)
- Prof. Rachid Lahlou, Université Mohammed-Atlas (Morocco)
- Dr. Reem Al-Khatib, Wadi Al-Urdun University (Jordan)
- Dr. Yousra Osman, University of Khartoum North (Sudan)
- Dr. Faisal Al-Mutairi, Gulf Institute for Population Studies (Kuwait)

The report covers objectives 1, 3, 5, 7 and 23, with a chapter on data collection by academic institutions. We would be happy to present its findings if that is useful, but we are not requesting a speaking slot at this stage.

Kind regards,

Samir Abou Jaoude
Professor of Demography | Chair, AUMRC Steering Committee
Arab Universities Migration Research Consortium (AUMRC)
Secretariat hosted by Cedars University, Beirut
"""
    pdf = rep_pdf("Collective Voluntary GCM Review Report", "Arab Universities Migration Research Consortium (AUMRC)",
                  ["Introduction and methodology", "Co-authors and member institutions",
                   "Objectives 1, 3, 5, 7 and 23", "Academic data on migration in the region", "Recommendations"])
    rel = multi("related", [leaf("text/html", outlook_page(text, img_cid="image001.png@01D6F95B.6A1E2C40")),
                            logo("image001.png@01D6F95B.6A1E2C40", (10, 60, 120))],
                "_004_AM6PR10MB2871D4F0C7B3A5E9_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6PR10MB2871D4F0C7B3A5E9_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "_005_AM6PR10MB2871D4F0C7B3A5E9_")
    m = mk(when, sent_at(when, 2, 5), "mail-am6eur10on0614.outbound.protection.outlook.example.com", "198.51.100.14",
           "4DVQ7m2KwNz3", '"Abou Jaoude, Samir" <s.aboujaoude@cedars-univ.example.edu.lb>', M04_SUBJ, M04_ID, body,
           extra=outlook(M04_SUBJ, "AQHW+Ua1Zx9Cv8Bn7Mq6Wr5Et4Ty3Ug==", has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="collective report of a consortium of seven universities, with the list of co-authors in the body "
              "(names, honorifics and universities: not speakers); 'happy to present its findings ... not requesting "
              "a speaking slot': no speaker. From in 'Last, First' form; inline logo image001.png is not a report "
              "file. A thank-you to our acknowledgement follows (h209-22)."))


# ================================================================ 05  FR  report  migration observatory in Brussels, DOCX, Thunderbird
M05_ID = "<3e9d1c7a-52b0-4f8e-a6c1-9b7d2e4f0a13@omb-bruxelles.example.be>"
M05_SUBJ = "Contribution de l'OMB - rapport volontaire d'examen du PMM"
M05_FILE = "OMB_rapport_volontaire_PMM_2021.docx"
M05_TEXT = """Bonjour,

Veuillez trouver en pièce jointe la contribution de l'Observatoire des Migrations Maghrébines de Bruxelles (OMB) à l'examen régional du Pacte mondial pour les migrations, sous la forme d'un rapport volontaire.

Ce rapport s'appuie sur une enquête menée en 2020 auprès de 412 ressortissants marocains, algériens et tunisiens résidant en Belgique, ainsi que sur des entretiens avec des associations de la diaspora. Il traite en particulier des transferts de fonds (objectif 20), de la portabilité des droits sociaux (objectif 22) et de la contribution des diasporas au développement (objectif 19).

Nous restons à votre disposition pour toute question.

Bien à vous,

Sofia Ait Lahcen
Chargée de recherche
Observatoire des Migrations Maghrébines de Bruxelles (OMB)
Rue de la Senne 42, 1000 Bruxelles
"""


def m05():
    when = at("2021-02-03 11:08:31")
    doc = make_docx(["Rapport volontaire d'examen du PMM 2021",
                     "Observatoire des Migrations Maghrebines de Bruxelles (OMB)",
                     "1. Methodologie (enquete 2020, 412 repondants)", "2. Objectif 19", "3. Objectif 20",
                     "4. Objectif 22", "5. Recommandations"])
    t = leaf("text/plain", flowed(M05_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, doc, M05_FILE)], "------------8A2F0C61B3D4E5F6A7B8C9D0")
    m = mk(when, sent_at(when, 1, 7), "smtp.omb-bruxelles.example.be", "203.0.113.45", "4DVyR03LhTz9",
           "Sofia Ait Lahcen <s.aitlahcen@omb-bruxelles.example.be>", hdr(M05_SUBJ, enc="Q"), M05_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr-BE")])
    add(5, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE],
        notes="observatory in Brussels (diaspora research); Thunderbird format=flowed, 8bit; DOCX report. A "
              "follow-up question in the same thread comes later (h209-23)."))


# ================================================================ 06  AR  speaker  Gulf diaspora association, two speakers
M06_ID = "<CAGm5Rb1hYx8Qv+Tn3Wd9Ke2Ls7Pf0Zc4Ja@mail.gmail.example.com>"


def m06():
    when = at("2021-02-03 19:45:12")
    subj = "ترشيح متحدثين من رابطة الكفاءات السودانية بدولة قطر"
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة الكرام في أمانة الاستعراض الإقليمي،

تتقدم رابطة الكفاءات السودانية بدولة قطر بالشكر على الدعوة، ويسعدها أن ترشح اثنين من أعضائها للمشاركة:

أولاً: د. مها عبد الرحيم، أستاذة مساعدة بكلية الصحة العامة - جامعة الخليج للعلوم، وعضو المكتب التنفيذي للرابطة، للمشاركة في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة يوم ٢٣ فبراير.

ثانياً: م. عثمان الطيب، رئيس لجنة الطلاب والخريجين، رابطة الكفاءات السودانية بدولة قطر، لتقديم مداخلة في المائدة المستديرة الثالثة حول إدماج المهاجرين وتنقل المهارات.

نرجو التكرم بتأكيد الاستلام.

مع وافر التقدير،
الطيب حسن
السكرتير العام
رابطة الكفاءات السودانية بدولة قطر
الدوحة
"""
    body = alt(text, "000000000000c7d2e805ba4f1a63", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 3, 6), "mail-pl1-f181.google.example.com", "192.0.2.181", "4DWBv42nRsz5",
           addr("الطيب حسن", "sudanese.competencies.qa@gmail.example.com"), hdr(subj), M06_ID, body)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مها عبد الرحيم", "أستاذة مساعدة بكلية الصحة العامة", "جامعة الخليج للعلوم", ["open_discussion"]),
        sp("عثمان الطيب", "رئيس لجنة الطلاب والخريجين", "رابطة الكفاءات السودانية بدولة قطر", ["roundtable"], 3)],
        notes="Gulf diaspora association; two speakers in prose ('أولاً/ثانياً'), neither is the sender; 'د.' and "
              "'م.' (engineer) are honorifics, dropped. The first speaker has two affiliations (a university and the "
              "association's executive board): recorded the one written with her title ('... - جامعة الخليج "
              "للعلوم'), not joined; 'بدولة قطر' is part of the association's name as written everywhere. Roundtable "
              "as an ordinal word ('الثالثة')."))


# ================================================================ 07  EN  both  research centre: report PDF + director in roundtable 1
M07_ID = "<0100017768a3c1f2-7b9e4d20-3a51-4c8e-9f06-2d1b5e8a7c40-000000@email.amazonses.example.com>"
M07_FILE = "GCRMS_Voluntary_Report_GCM_2021.pdf"


def m07():
    when = at("2021-02-04 09:30:00")
    subj = "Voluntary report + speaker nomination | Gulf Centre for Research on Migration and Society"
    text = """Dear Secretariat,

Please find attached the voluntary GCM review report of the Gulf Centre for Research on Migration and Society (GCRMS). It summarises five years of our survey work on labour migration governance in the GCC countries.

We would also like to nominate our Director to take the floor in Roundtable 1 of the Regional Review Conference:

Speaker: Dr. Aisha Rahman
Position: Director and Senior Research Fellow
Institution: Gulf Centre for Research on Migration and Society (GCRMS), Muscat

Her biography can be shared on request.

Best,

Thomas Lindqvist
Research Communications Manager
GCRMS
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Gulf Centre for Research on Migration and Society (GCRMS)",
                  ["Executive summary", "Survey methodology 2016-2020", "Objectives 6 and 22",
                   "Fair recruitment", "Recommendations"])
    a = alt(text, "b1_9f3c2a7d5e8b0c4f1a6d2e9b7c3a5f08")
    body = multi("mixed", [a, attach("application/pdf", pdf, M07_FILE)], "b2_9f3c2a7d5e8b0c4f1a6d2e9b7c3a5f08")
    m = mk(when, sent_at(when, 4, 3), "a8-31.smtp-out.amazonses.example.com", "198.51.100.231", "4DWbN17xYtz2",
           "Thomas Lindqvist <t.lindqvist@gcrms.example.org>", subj, M07_ID, body,
           extra=[("X-Mailer", "Zoho Mail")])
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[M07_FILE], speakers=[
        sp("Aisha Rahman", "Director and Senior Research Fellow",
           "Gulf Centre for Research on Migration and Society (GCRMS)", ["roundtable"], 1)],
        notes="report PDF and a speaker in one message, both on time; labelled lines with other labels "
              "('Speaker:', 'Position:', 'Institution:'); 'Dr.' dropped; acronym kept, the city after the comma "
              "dropped (as dev 004/020). The sender (communications manager) is not the speaker."))


# ================================================================ 08  FR  speaker  Canadian diaspora association, CV attached, two roles
M08_CV = "CV_Karim_Haddad_2021.pdf"


def m08():
    when = at("2021-02-04 14:12:45")
    subj = "Demande d'intervention – RDMQ – consultation du 23 février et rapporteur"
    text = """Bonjour à toute l'équipe,

Le Regroupement de la Diaspora Maghrébine du Québec (RDMQ) souhaite proposer la candidature de son vice-président, M. Karim Haddad, pour :
1) participer à la discussion ouverte de la consultation multipartite du 23 février ;
2) et, si possible, assumer le rôle de rapporteur chargé de présenter les messages clés des parties prenantes.

M. Haddad est chercheur postdoctoral au Centre de recherche interuniversitaire sur les migrations de Montréal (CRIMM). Son CV est joint à ce courriel.

Nous précisons que le RDMQ n'a pas préparé de rapport volontaire cette année.

Au plaisir,

Nathalie Bouchard-Amrani
Secrétaire du conseil d'administration
Regroupement de la Diaspora Maghrébine du Québec (RDMQ)
Montréal (Québec) Canada
"""
    cv = make_pdf(["Karim Haddad - Curriculum vitae", "Vice-president, RDMQ",
                   "Postdoctoral researcher, CRIMM", "PhD in Sociology (2019)", "Publications"])
    html = outlook_page(text, lang="FR-CA")
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "_000_YT1PR01MB3547A9C0E2F4B6D8_")
    body = multi("mixed", [a, attach("application/pdf", cv, M08_CV)], "_004_YT1PR01MB3547A9C0E2F4B6D8_")
    m = mk(when, sent_at(when, -5, 5), "mail-yt1can01on0608.outbound.protection.outlook.example.com", "198.51.100.108",
           "4DWkS61cHbz6", addr("Nathalie Bouchard-Amrani", "secretariat@rdmq.example.ca", enc="Q"),
           hdr(subj, enc="Q"), "<YT1PR01MB3547A9C0E2F4B6D8@YT1PR01MB3547.CANPRD01.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcrA7Bx1Cz2Dy3Ew4Fv5Gu6Ht7Is8Q==", lang="fr-CA", has_attach="yes"))
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Haddad", "Vice-président", "Regroupement de la Diaspora Maghrébine du Québec (RDMQ)",
           ["open_discussion", "rapporteur"])],
        notes="diaspora association in Canada; the speaker is named in prose ('son vice-président, M. Karim "
              "Haddad'), the sender is the board secretary. Title from the prose ('vice-président'), capitalised as a "
              "secretary would type it; his other position (postdoc at CRIMM) is background, the nomination is on behalf of the "
              "association. The attached PDF is his CV, not a report (and the message says no report was "
              "prepared): no report_attachments. Two roles."))


# ================================================================ 09  AR  report  observatory, iPhone, almost no text
M09_FILE = "MMO_GCM_Report_2021_AR.pdf"


def m09():
    when = at("2021-02-04 21:03:18")
    text = """مرفق تقرير مرصد المغرب العربي للهجرة الطوعي حول تنفيذ الاتفاق العالمي للهجرة.

مع التحية
د. سليم بوزيد
مدير المرصد

أُرسلت من الـiPhone
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic version)", "Maghreb Migration Observatory (MMO)",
                  ["Context", "Data sources", "Objectives 2, 17 and 23", "Recommendations"])
    t = leaf("text/plain", text, "utf-8", "base64")
    a_ = attach("application/pdf", pdf, M09_FILE)
    body = multi("mixed", [t, a_], "Apple-Mail-7B1E4C2A-9D3F-4A06-8E5B-0C1D2F3A4B5C")
    m = mk(when, sent_at(when, 1, 9), "smtp.mmo-observatoire.example.tn", "203.0.113.88", "4DWxF93TpLz8",
           addr("Slim Bouzid", "s.bouzid@mmo-observatoire.example.tn"), hdr("تقرير المرصد"),
           "<7B1E4C2A-9D3F-4A06-8E5B-0C1D2F3A4B5C@mmo-observatoire.example.tn>", body,
           extra=[("X-Mailer", IPHONE)])
    add(9, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M09_FILE],
        notes="iPhone, two-line Arabic body with a signature; Latin display name, short Arabic subject; the report "
              "is the only attachment."))


# ================================================================ 10  EN  speaker  university lab, two speakers (one a PhD student), HTML only
def m10():
    when = at("2021-02-05 11:35:09")
    subj = "Speaking roles - Refugee Law Clinic, Faculty of Law, Nile Valley University"
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Sir/Madam,</p>
<p>Further to the invitation letter, the Refugee Law Clinic would like to propose two speakers for the Regional Review Conference. I am copying below the details as we entered them in the registration form:</p>
<p>-----<br>
Full name: Dr. Hoda El-Masry<br>
Job title: Associate Professor of International Law, Director of the Refugee Law Clinic<br>
Organization: Nile Valley University<br>
Requested role: Plenary - floor intervention<br>
-----<br>
Full name: Mostafa Adel<br>
Job title: PhD student and clinic coordinator<br>
Organization: Nile Valley University<br>
Requested role: Thematic roundtable (1st choice: roundtable 4, 2nd choice: roundtable 2)<br>
-----</p>
<p>Mostafa's intervention would present the clinic's casework with students from Sudan and South Sudan.</p>
<p>Regards,</p>
<p>Hoda El-Masry, PhD<br>
Associate Professor of International Law<br>
Director, Refugee Law Clinic<br>
Faculty of Law<br>
Nile Valley University, Cairo</p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 2, 8), "mx.nvu.example.edu.eg", "203.0.113.140", "4DX6Lk5sPvz0",
           "Hoda El-Masry <hoda.elmasry@law.nvu.example.edu.eg>", subj,
           "<1612517700.41823.hoda.elmasry@law.nvu.example.edu.eg>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hoda El-Masry", "Associate Professor of International Law, Director of the Refugee Law Clinic",
           "Nile Valley University", ["plenary"]),
        sp("Mostafa Adel", "PhD student and clinic coordinator", "Nile Valley University", ["roundtable"], 4)],
        notes="HTML-only (Zimbra); two speakers in a pasted registration form between dashed lines; the sender is "
              "the first speaker ('Dr.' in the form and 'PhD' after the name in the signature are not part of the "
              "name); the second is a doctoral student; two roundtable choices, the first (4) recorded."))


# ================================================================ 11  FR  both  diaspora association in France: report PDF + plenary, details in signature
M11_ID = "<CAHq2Wm8Zt4Lx+Yb6Nr1Kd7Ps3Vg9Fc0Ej@mail.gmail.example.com>"
M11_FILE = "Rapport PMM - FADM 2021.pdf"


def m11():
    when = at("2021-02-05 17:50:44")
    subj = "FADM : rapport volontaire + demande d'intervention en plénière"
    text = """Bonsoir,

Vous trouverez ci-joint le rapport volontaire de la Fédération des Associations de la Diaspora Malienne et Sénégalaise en France (FADM), préparé avec nos associations de Montreuil, Marseille et Lyon et avec l'appui d'étudiants du master « Migrations internationales » de l'université Paris-Nanterre Ouest.

Je souhaiterais également intervenir depuis la salle lors d'une séance plénière de la Conférence, pour présenter les principales recommandations du rapport sur les transferts de fonds et le vote des Maliens de l'extérieur.

Bien cordialement,

Aminata Traoré-Diakité
Présidente
Fédération des Associations de la Diaspora Malienne et Sénégalaise en France (FADM)
06 00 00 00 00
"""
    pdf = rep_pdf("Rapport volontaire PMM 2021", "Federation des Associations de la Diaspora Malienne et "
                  "Senegalaise en France (FADM)", ["Presentation de la FADM", "Objectif 19", "Objectif 20",
                                                    "Participation politique de la diaspora", "Recommandations"])
    a = alt(text, "000000000000d5f3a205ba5c2e71", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M11_FILE)], "000000000000d5f3a405ba5c2e73")
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f66.google.example.com", "192.0.2.66", "4DXNd84qRmz1",
           addr("Aminata Traoré-Diakité", "fadm.presidence@gmail.example.com", enc="Q"), hdr(subj, enc="Q"), M11_ID,
           body)
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M11_FILE], speakers=[
        sp("Aminata Traoré-Diakité", "Présidente",
           "Fédération des Associations de la Diaspora Malienne et Sénégalaise en France (FADM)", ["plenary"])],
        notes="diaspora federation in France; report PDF (file name with spaces) and the sender herself as speaker, "
              "name/title/affiliation only in the signature; the students' master programme and university in the "
              "body are not an affiliation. Both parts on time (5 February)."))


# ================================================================ 12  AR  speaker  student union, pasted form, edge: 23:41 Beirut, Date already 6 Feb
def m12():
    when = at("2021-02-05 23:41:30")
    subj = "استمارة طلب المشاركة - الاتحاد العام لطلبة الدراسات العليا"
    text = """مساء الخير

نرسل لكم بيانات مرشحنا كما هي في الاستمارة:

* الاسم الكامل: يوسف بن علي المحرزي
* المسمى / الصفة: رئيس الاتحاد، طالب دكتوراه في الاقتصاد
* الجهة / المنظمة: الاتحاد العام لطلبة الدراسات العليا في الجامعات العُمانية
* نوع المشاركة المطلوبة: المقرر (عرض الرسائل الرئيسية لأصحاب المصلحة)
* البريد الإلكتروني: y.almahrizi@example.om

نعتذر عن التأخر في الإرسال، وأملنا أن يصلكم الطلب قبل انتهاء المهلة.

الاتحاد العام لطلبة الدراسات العليا
مسقط
"""
    body = alt(text, "----=_Part_318842_1290374651.1612561290117", b64=True)
    m = mk(when, sent_at(when, 4, 6), "mail.example.om", "203.0.113.171", "4DXc3R7mNqz4",
           addr("اتحاد طلبة الدراسات العليا", "gsu.oman@example.om"), hdr(subj),
           "<1961284470.318843.1612561290117@mail.example.om>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.4-Rev20")])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("يوسف بن علي المحرزي", "رئيس الاتحاد، طالب دكتوراه في الاقتصاد",
           "الاتحاد العام لطلبة الدراسات العليا في الجامعات العُمانية", ["rapporteur"])],
        notes="edge: received 23:41:30 Beirut time on 5 February, on time, although the Date header (+0400) already "
              "reads 6 February 01:41; a pasted form with starred lines and slash labels; the sender is the union's "
              "shared mailbox. The title holds two items separated by an Arabic comma, kept as written; the "
              "affiliation line is fuller than the signature ('... في الجامعات العُمانية')."))


# ================================================================ 13  EN  other  master's student: can students attend, certificate?
def m13():
    when = at("2021-02-06 10:20:00")
    subj = "Question - student participation"
    text = """Hello,

I'm a master's student in migration studies (Université Saint-Louis de Tanger, international programme) and my supervisor forwarded me your invitation. I have two questions:

1. Can students attend the consultation on 23 February and the conference as observers, without taking the floor? I don't want to request a speaking role, I'd just like to follow the discussions for my thesis.
2. Will participants receive a certificate of attendance?

Also, I saw that the deadline for speaker requests was yesterday - if a student group wanted to send a short voluntary report, is the 16 February deadline for reports still open?

Thanks a lot,
Lucas Moreau
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 4), "mail-qt1-f180.google.example.com", "192.0.2.180", "4DXrKm2FvYz3",
           "Lucas Moreau <lucas.moreau.ma@gmail.example.com>", subj,
           "<CAKd8Nf2Qw7Rv+Xm1Tb5Ly9Hs3Pe6Gc0Uz@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions from a student (attend as observer, certificate, whether the report deadline is open); "
              "says explicitly he does not request a speaking role; keyword-heavy but nothing submitted."))


# ================================================================ 14  FR  auto_reply  out-of-office of a lab answering the secretariat's reminder
REMINDER_ID = "<reminder.20210208@gcmrrarabstates.iom.int>"


def m14():
    when = at("2021-02-08 09:02:10")
    text = """Bonjour,

Je suis actuellement en congé de recherche jusqu'au 1er mars 2021 et ne consulte ma messagerie que ponctuellement.

Pour toute question relative au laboratoire, merci de contacter le secrétariat : secretariat-lmi@univ-cotemed.example.fr.
Pour la chaire UNESCO, vous pouvez écrire à chaire.mmdf@univ-cotemed.example.fr.

Cordialement,
Hélène Marchal-Benali
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-pr2fra01on0611.outbound.protection.outlook.example.com", "198.51.100.61",
                    "4DYm0Q8sKtz5", addr("Hélène Marchal-Benali", "helene.marchal-benali@univ-cotemed.example.fr",
                                         enc="Q"),
                    hdr("Réponse automatique : Rappel – date limite prolongée au 16 février pour les rapports "
                        "volontaires", enc="Q"),
                    rfcdate(sent_at(when, 1, 2)),
                    "<PR2P264MB0412OOF3C7A1E9D5@PR2P264MB0412.FRAP264.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
                    ret="helene.marchal-benali@univ-cotemed.example.fr")
    rows += [("In-Reply-To", REMINDER_ID), ("References", REMINDER_ID), ("Content-Language", "fr-FR")]
    add(14, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office ('congé de recherche') answering the secretariat's reminder mailing about the "
              "extended report deadline; sent by the speaker of h209-02, but it is not part of her submission: "
              "thread_of null as for dev auto-replies; never acknowledge."))


# ================================================================ 15  AR  both  research centre: DOCX report + rapporteur (speaker part late); Cc bounces (16)
M15_ID = "<AS8PR08MB6455E1B3D7F9A2C4@AS8PR08MB6455.eurprd08.prod.outlook.example.com>"
M15_FILE = "تقرير مركز دراسات الهجرة واللجوء - 2021.docx"


def m15():
    when = at("2021-02-08 12:30:00")
    subj = "تقرير طوعي وترشيح مقرر - مركز دراسات الهجرة واللجوء"
    text = """السادة الكرام في المنظمة الدولية للهجرة،
تحية طيبة،

يتشرف مركز دراسات الهجرة واللجوء بجامعة القرن الأفريقي بأن يرفق لكم تقريره الطوعي حول استعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في منطقة القرن الأفريقي وشبه الجزيرة العربية.

كما يرشح المركز مديرته لتولي دور المقرر وعرض الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر:
الاسم: د. فاطمة إسماعيل جامع
المنصب: مديرة المركز وأستاذة الجغرافيا البشرية
الجهة: مركز دراسات الهجرة واللجوء، جامعة القرن الأفريقي

ونعتذر عن تأخر الترشيح بسبب انقطاع الإنترنت في الأيام الماضية.

مع خالص الشكر،
عبد القادر يوسف
منسق البحوث
مركز دراسات الهجرة واللجوء
جامعة القرن الأفريقي - جيبوتي
"""
    doc = make_docx(["Voluntary GCM review report", "Centre for Migration and Asylum Studies, Horn of Africa University",
                     "1. Introduction", "2. Mixed movements across the Gulf of Aden", "3. Recommendations"])
    html = outlook_page(text, lang="AR-SA", rtl=True)
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
              "_000_AS8PR08MB6455E1B3D7F9A2C4_")
    body = multi("mixed", [a, attach(DOCX, doc, M15_FILE)], "_004_AS8PR08MB6455E1B3D7F9A2C4_")
    m = mk(when, sent_at(when, 3, 5), "mail-as8eur08on0627.outbound.protection.outlook.example.com", "198.51.100.27",
           "4DYtW51bHpz7", addr("عبد القادر يوسف", "a.youssouf@cmas-hau.example.dj"), hdr(subj), M15_ID, body,
           cc=addr("فاطمة إسماعيل جامع", "f.jama@cmas-hau.example.dj"),
           extra=outlook(subj, "AdcuE3Fv5Gw7Hx9Iy1Jz3Ka5Lb7Mc9Q==", lang="ar-SA", has_attach="yes"))
    add(15, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M15_FILE], speakers=[
        sp("فاطمة إسماعيل جامع", "مديرة المركز وأستاذة الجغرافيا البشرية",
           "مركز دراسات الهجرة واللجوء، جامعة القرن الأفريقي", ["rapporteur"])],
        notes="both; received 8 February: the report part is on time but the rapporteur nomination is late (and "
              "says so), so on_time is false (as dev 035). 'د.' dropped. The affiliation line names the centre and "
              "its university separated by an Arabic comma on one line: kept whole as written. Arabic DOCX file "
              "name (RFC 2231 + RFC 2047). Our acknowledgement to the Cc'd director bounces (h209-16)."))


# ================================================================ 16  EN  bounce  our acknowledgement of 15 to the Cc'd director
def m16():
    when = at("2021-02-08 12:31:20")
    text = POSTFIX_NOTICE + """
<f.jama@cmas-hau.example.dj>: host mail.cmas-hau.example.dj[203.0.113.199] said:
    552 5.2.2 <f.jama@cmas-hau.example.dj>: Mailbox full (in reply to RCPT TO
    command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DYtX02dKqz9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; f.jama@cmas-hau.example.dj\n"
           "Original-Recipient: rfc822;f.jama@cmas-hau.example.dj\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mail.cmas-hau.example.dj\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <f.jama@cmas-hau.example.dj>: Mailbox full\n"
           % rfcdate(when - dt.timedelta(seconds=70), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: a.youssouf@cmas-hau.example.dj\n"
            "Cc: f.jama@cmas-hau.example.dj\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (b_word("إشعار باستلام: تقرير طوعي وترشيح مقرر"), rfcdate(when - dt.timedelta(seconds=72)),
                                    ack_mid("4DYtW51bHpz7"), M15_ID))
    body = dsn_report(text, dsn, hdrs, "4DYtY81fMrz2.1612780280/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DYtY81fMrz2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210208103120.4DYtY81fMrz2@mx1.iom.int>")]
    add(16, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.2.2 (mailbox full) for the copy of our Arabic acknowledgement of h209-15 sent to the "
              "Cc'd director; only the returned headers (Arabic RFC 2047 subject, In-Reply-To naming h209-15). "
              "Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 17  FR  report  university lab, collective, accented DOCX name + PDF annex
M17_FILE = "Rapport_volontaire_PMM_LADEM_Université_Sfax-Sud.docx"
M17_ANNEX = "Annexe_1_Liste_des_contributeurs.pdf"


def m17():
    when = at("2021-02-10 16:05:33")
    subj = "Envoi du rapport volontaire – LADEM (examen régional du PMM)"
    text = """Madame, Monsieur,

J'ai le plaisir de vous adresser, au nom du Laboratoire de démographie et d'études migratoires (LADEM), le rapport volontaire collectif élaboré par les équipes de recherche de trois établissements partenaires dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport est accompagné d'une annexe listant les vingt-trois contributrices et contributeurs (enseignants-chercheurs, doctorants et étudiants de master).

Je vous saurais gré de bien vouloir m'accuser réception de cet envoi.

Veuillez agréer, Madame, Monsieur, mes salutations respectueuses.

Mohamed Ali Trabelsi
Maître de conférences en démographie
Directeur du LADEM (LR18ES04)
Faculté des lettres et sciences humaines
Université de Sfax-Sud
Tél. : +216 74 000 000
"""
    doc = make_docx(["Rapport volontaire collectif - examen regional du PMM",
                     "Laboratoire de demographie et d'etudes migratoires (LADEM)",
                     "1. Cadre et methodologie", "2. Migrations etudiantes", "3. Objectifs 3, 5 et 18",
                     "4. Recommandations"])
    annex = make_pdf(["Annexe 1 - Liste des contributeurs", "23 contributeurs, 3 etablissements"])
    html = outlook_page(text, lang="FR")
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "_000_VI1P190MB0718C2E4A6B8D0F1_")
    body = multi("mixed", [a, attach(DOCX, doc, M17_FILE), attach("application/pdf", annex, M17_ANNEX)],
                 "_004_VI1P190MB0718C2E4A6B8D0F1_")
    m = mk(when, sent_at(when, 1, 5), "mail-vi1eur01on0645.outbound.protection.outlook.example.com", "198.51.100.45",
           "4DZhM27vQsz1", "Mohamed Ali Trabelsi <medali.trabelsi@flsh-sfaxsud.example.tn>", hdr(subj, enc="Q"),
           "<VI1P190MB0718C2E4A6B8D0F1@VI1P190MB0718.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcfG4Hw6Ix8Jy0Kz2La4Mb6Nc8Od0Q==", lang="fr-FR", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE, M17_ANNEX],
        notes="collective report of a university lab and partners: DOCX with an accented file name (RFC 2231) plus a "
              "PDF annex listing the contributors; both make up the report (as dev 037). Academic signature on "
              "several lines (title, lab with its code, faculty, university)."))


# ================================================================ 18  AR  other  doctoral student: research paper instead of a report? page limit?
def m18():
    when = at("2021-02-11 10:15:00")
    subj = "استفسار بخصوص التقارير الطوعية"
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:11pt">
<p>السلام عليكم،</p>
<p>أنا طالبة دكتوراه في علم الاجتماع بجامعة محمد الخامس بالرباط، وأعمل على أطروحة حول هجرة الكفاءات المغربية إلى كندا. لدي سؤالان قبل انتهاء المهلة:</p>
<ol>
<li>هل يمكن إرسال ورقة بحثية فردية (بالعربية أو الفرنسية) بدلاً من تقرير طوعي بالشكل المعتاد؟ وهل هناك نموذج معين يجب اتباعه؟</li>
<li>هل هناك حد أقصى لعدد الصفحات؟</li>
</ol>
<p>شكراً جزيلاً على وقتكم.</p>
<p>سلمى الإدريسي</p>
</div>"""
    body = html_only(inner, rtl=True, b64=True, lang="ar", newlines=True)
    m = mk(when, sent_at(when, 1, 7), "mail-oi1-f170.google.example.com", "192.0.2.170", "4DZzQ64wTmz8",
           addr("Salma Idrissi", "salma.idrissi.phd@gmail.example.com"), hdr(subj),
           "<CAMf4Ts9Lx2Wn+Qr7Hv0Yk5Bd8Pz3Ce6Jo@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="HTML-only (base64) question from a doctoral student about the form and length of a voluntary report "
              "before the deadline; nothing is submitted, no speaker."))


# ================================================================ 19  EN  report  professor forwards a student research group's report (Fwd:)
M19_FILE = "Student_Migration_Lab_GCM_Voluntary_Report.pdf"


def m19():
    when = at("2021-02-12 08:50:00")
    subj = "Fwd: Voluntary GCM review - Student Migration Lab report"
    text = """Dear GCM Regional Review Secretariat,

I am forwarding below the voluntary report prepared by the Student Migration Lab of our Master's programme. The students asked me to send it as their faculty supervisor; please address any questions to Ms. Farah Qasem (in copy), who coordinated the drafting.

Best regards,
Jonathan Reid
Associate Professor, Master's in Migration and Development
School of Social Sciences, Gulf American University (Sharjah)

---------- Forwarded message ---------
From: Farah Qasem <farah.qasem@students.gau.example.ae>
Date: Wed, Feb 10, 2021 at 9:12 PM
Subject: Voluntary GCM review - Student Migration Lab report
To: Jonathan Reid <j.reid@gau.example.ae>


Dear Professor Reid,

Attached is the final version of our voluntary report for the GCM regional review, with the comments from last week's seminar addressed. Could you please forward it to the IOM/ESCWA mailbox (gcmrrarabstates@iom.int) before the 16 February deadline?

Thank you,
Farah Qasem
MA candidate, Student Migration Lab coordinator
"""
    pdf = rep_pdf("Student Migration Lab - Voluntary GCM Review", "Gulf American University, Master's in Migration "
                  "and Development", ["Student researchers", "Objective 7: vulnerabilities",
                                      "Objective 18: skills recognition", "Recommendations"])
    a = alt(text, "000000000000e1a4b705ba6f3c92", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE)], "000000000000e1a4b905ba6f3c94")
    m = mk(when, sent_at(when, 4, 5), "mail-lj1-f173.google.example.com", "192.0.2.173", "4F0bV39nXkz2",
           "Jonathan Reid <j.reid@gau.example.ae>", subj,
           "<CAJr6Ux1Mv4Zp+Lq8Ws2Kt0Nb7Hd5Fe9Ya@mail.gmail.example.com>", body,
           cc="Farah Qasem <farah.qasem@students.gau.example.ae>")
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="a professor forwards (Gmail 'Fwd:') a student group's report with the students' original message "
              "below; the authors are the students, the sender is their supervisor; the forwarded text contains "
              "the review address and the deadline. On time (12 February)."))


# ================================================================ 20  FR  speaker  late, doctoral student in a Belgian diaspora association, phone
def m20():
    when = at("2021-02-12 18:20:00")
    subj = "Demande de participation table ronde 2"
    text = """Bonjour,

Je me permets de vous écrire un peu tardivement, je sais que la date du 5 février est passée, mais notre association n'a reçu l'invitation qu'hier par le biais d'un partenaire.

Je suis doctorante en sciences politiques et je m'occupe du pôle jeunesse de l'association Jeunes Belgo-Marocains pour le Développement (JBMD), à Liège. J'aimerais beaucoup intervenir à la table ronde thématique n° 2 si une place est encore disponible.

Merci d'avance pour votre retour,
Imane Bakkali
Responsable du pôle jeunesse – JBMD

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 8), "smtp-out.skynet.example.be", "203.0.113.215", "4F0zC50kLpz6",
           "Imane Bakkali <imane.bakkali@skynet.example.be>", subj,
           "<A3F7C1D9-2E4B-4C6A-8F0D-1B3E5A7C9D2F@skynet.example.be>", body,
           extra=[("X-Mailer", IPHONE)])
    add(20, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Imane Bakkali", "Responsable du pôle jeunesse", "Jeunes Belgo-Marocains pour le Développement (JBMD)",
           ["roundtable"], 2)],
        notes="late (12 February) and says so; the sender is the speaker; two possible titles (doctorante in the "
              "body, 'Responsable du pôle jeunesse' in the signature): the signature title recorded as the role in "
              "the nominating association. The full name 'Jeunes Belgo-Marocains pour le Développement (JBMD)' is "
              "written in the body and only the acronym in the signature: the fullest form, acronym included, is "
              "recorded; the city ('à Liège') is not part of it; 'table ronde thématique n° 2'."))


# ================================================================ 21  AR  report  Gulf diaspora academics, edge: 23:40 on 16 Feb Beirut, Arabic file name
M21_FILE = "تقرير رابطة الأكاديميين المصريين بالكويت.pdf"


def m21():
    when = at("2021-02-16 23:40:10")
    subj = "التقرير الطوعي لرابطة الأكاديميين المصريين بالكويت"
    text = """تحية طيبة،

مرفق لحضراتكم التقرير الطوعي لرابطة الأكاديميين المصريين بالكويت بشأن تنفيذ الاتفاق العالمي من أجل الهجرة، ويركز التقرير على الاعتراف بالمؤهلات الأكاديمية وأوضاع أعضاء هيئات التدريس الوافدين في الجامعات الخاصة.

نرجو التكرم بإفادتنا بالاستلام.

وتفضلوا بقبول وافر الاحترام،

أ.د. مجدي عبد الحميد
رئيس الرابطة
أستاذ الهندسة المدنية - كلية الهندسة
الجامعة الخليجية للعلوم والتكنولوجيا
"""
    pdf = rep_pdf("Voluntary GCM review report", "Association of Egyptian Academics in Kuwait",
                  ["Recognition of qualifications", "Expatriate faculty in private universities", "Recommendations"])
    a = alt(text, "Apple-Mail=_5C2A8E1F-7B3D-4F90-A6C4-2E8D1B9F3A70", rtl=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)],
                 "Apple-Mail=_0F4B7D2E-9A1C-4E63-B8F5-3D6A0C2E7B91")
    m = mk(when, sent_at(when, 3, 6), "smtp.eaak.example.com.kw", "203.0.113.96", "4F3mH71rSvz0",
           addr("مجدي عبد الحميد", "president@eaak.example.com.kw"), hdr(subj),
           "<5C2A8E1F-7B3D-4F90-A6C4-2E8D1B9F3A70@eaak.example.com.kw>", body,
           extra=[("X-Mailer", APPLE)])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="edge: received 23:40:10 Beirut time on 16 February, on time, although the Date header (+0300) reads "
              "17 February 00:40; Gulf-based diaspora association of academics; Apple Mail; Arabic PDF file name "
              "with spaces (RFC 2231 + RFC 2047)."))


# ================================================================ 22  EN  other  thank-you to our acknowledgement of 04 (no acknowledgement)
def m22():
    when = at("2021-02-17 09:10:00")
    ack = ack_mid("4DVQ7m2KwNz3")
    text = """Dear colleagues,

Many thanks for confirming receipt - much appreciated. We look forward to the conference.

Best,
Samir

Samir Abou Jaoude
Professor of Demography | Chair, AUMRC Steering Committee

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 3:23 PM
To: Abou Jaoude, Samir <s.aboujaoude@cedars-univ.example.edu.lb>
Subject: Acknowledgement of receipt - AUMRC collective voluntary GCM review report

Dear Samir Abou Jaoude,

Thank you for your message. We confirm receipt of your voluntary GCM review report (AUMRC_Collective_Voluntary_GCM_Review_2021.pdf), received on 2 February 2021, before the deadline of 16 February 2021.

GCM Regional Review Secretariat
"""
    subj = "RE: Acknowledgement of receipt - AUMRC collective voluntary GCM review report"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_page(text))],
                 "_000_AM6PR10MB2871F6A2B8C0D4E3_")
    m = mk(when, sent_at(when, 2, 4), "mail-am6eur10on0614.outbound.protection.outlook.example.com", "198.51.100.14",
           "4F3yP28mWdz5", '"Abou Jaoude, Samir" <s.aboujaoude@cedars-univ.example.edu.lb>', subj,
           "<AM6PR10MB2871F6A2B8C0D4E3@AM6PR10MB2871.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook("Acknowledgement of receipt - AUMRC collective voluntary GCM review report",
                         "AQHW+Ua1Zx9Cv8Bn7Mq6Wr5Et4Ty3UgAFk2Qw") + [("In-Reply-To", ack),
                                                                    ("References", "%s %s" % (M04_ID, ack))])
    add(22, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 4,
        notes="thank-you reply to our acknowledgement of h209-04 (Outlook quote of the acknowledgement, which "
              "names the report file and the deadline): adds nothing new, so no acknowledgement; References carry "
              "the original message, thread_of h209-04."))


# ================================================================ 23  FR  other  follow-up question in the thread of 05
def m23():
    when = at("2021-02-18 10:00:00")
    subj = "Re: " + M05_SUBJ
    text = """Bonjour,

Je me permets de revenir vers vous concernant notre rapport envoyé le 3 février (ci-dessous). Pourriez-vous nous indiquer si les rapports volontaires reçus seront publiés sur le site de l'examen régional, et si oui, sous quel délai ? Notre conseil scientifique souhaiterait en effet le diffuser auprès de nos partenaires universitaires en même temps.

Merci d'avance,

Sofia Ait Lahcen
Chargée de recherche – OMB

Le 03/02/2021 à 10:08, Sofia Ait Lahcen a écrit :
""" + gt(M05_TEXT) + "\n"
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "smtp.omb-bruxelles.example.be", "203.0.113.45", "4F4cZ17hQrz3",
           "Sofia Ait Lahcen <s.aitlahcen@omb-bruxelles.example.be>", hdr(subj, enc="Q"),
           "<9a1f4e2b-73c5-4d08-b6e2-5c8a0d3f1b27@omb-bruxelles.example.be>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr-BE"), ("In-Reply-To", M05_ID),
                  ("References", M05_ID)])
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 5,
        notes="Thunderbird reply to the original submission h209-05 ('>'-quoted, with the DOCX only named in the "
              "quote, not attached): a question about publication, not a new submission; thread_of h209-05."))


# ================================================================ 24  AR  speaker  Canadian diaspora association, very late, relies on the Arabic misprint
def m24():
    when = at("2021-02-19 11:00:00")
    subj = "طلب مداخلة في الجلسة العامة - جمعية الجالية العربية في أوتاوا"
    text = """السادة المنظمون المحترمون،

تحية طيبة من أوتاوا،

بناءً على الرسالة العربية للدعوة التي حددت يوم الجمعة ٢٣ فبراير آخر موعد لطلبات المداخلة، تتقدم جمعية الجالية العربية في أوتاوا بطلب مداخلة من القاعة خلال إحدى الجلسات العامة للمؤتمر، يقدمها:

الاسم: السيد نبيل حداد
الصفة: نائب رئيس الجمعية ومسؤول ملف الطلاب الدوليين
الجهة: جمعية الجالية العربية في أوتاوا (ACAO)

تتناول المداخلة أوضاع الطلاب العرب في كندا وانتقالهم إلى الإقامة الدائمة.

مع الشكر،
ليلى منصور
أمينة السر
جمعية الجالية العربية في أوتاوا
"""
    body = alt(text, "Apple-Mail=_8E3B1F6A-2C4D-4A97-B0E5-7D9C1A3F5B28", rtl=True)
    m = mk(when, sent_at(when, -5, 5), "smtp.acao.example.ca", "203.0.113.233", "4F58Tn49Ksz7",
           addr("ليلى منصور", "secretariat@acao.example.ca"), hdr(subj),
           "<8E3B1F6A-2C4D-4A97-B0E5-7D9C1A3F5B28@acao.example.ca>", body, extra=[("X-Mailer", APPLE)])
    add(24, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("نبيل حداد", "نائب رئيس الجمعية ومسؤول ملف الطلاب الدوليين", "جمعية الجالية العربية في أوتاوا (ACAO)",
           ["plenary"])],
        notes="late (19 February): the sender relies on the misprinted speaker deadline of the Arabic letter "
              "('الجمعة ٢٣ فبراير'); the English/French date (5 February) stands, so on_time is false. Diaspora "
              "association in Canada writing in Arabic; 'السيد' dropped; the sender (secretary) is not the speaker; "
              "'في أوتاوا' is part of the association's name, and the acronym in brackets is kept."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
