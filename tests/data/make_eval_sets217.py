#!/usr/bin/env python3
"""Write the blind evaluation set holdout217 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets217.py
Theme: the Levant (Lebanon, Syria, Jordan, Palestine) in the COVID winter of 2021.  Lockdowns, questions about
online or hybrid participation and Zoom links, speakers who wear two hats and say which one they speak for
(a professor on an NGO board, a lawyer who coordinates a network), a CV or biography attached beside a request
(not a report), long signatures listing several organisations, roundtables named by their theme instead of
their number, requests sent on someone else's behalf, late additions, an out-of-office (lockdown, working from
home) and a bounce of one of our acknowledgements.  Helpers from mailgen.py.
"""
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, alt, at, attach, flowed, gmail_html, hdr, html_only, leaf,
                     make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(217)
add = SET.add
H = "h217-%02d.eml"

TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.0"
IPHONE = "iPhone Mail (18C66)"


# ================================================================ 01  EN  speaker  professor speaking for the NGO board he sits on
M01_ID = "<CAF3kLx9vQ2n+7Hc0dR5wYp1ZsMe8tUa6Gb@mail.gmail.example.com>"
M01_SUBJ = "Request to speak - roundtable on labour mobility"
M01_TEXT = """Dear colleagues at the GCM Regional Review secretariat,

I hope this finds you well and safe, given the situation here in Lebanon.

I would like to express my interest in taking the floor at one of the thematic roundtables of the Regional Review Conference on 24-25 February, preferably the one dealing with labour mobility, decent work and fair recruitment.

To avoid any confusion: although I teach at the university, I would be speaking as a Board Member of Cedar Migrant Solidarity (CMS), not on behalf of the university. Our board has asked me to present CMS's findings on kafala reform after the 2020 port explosion.

Could you also let me know whether the conference will be held online only? With the current lockdown in Beirut I doubt I could travel, so Zoom would suit me best.

With many thanks and best wishes,
Nabil

--
Prof. Nabil Khoury
Professor of Labour Economics, Department of Economics
American University of the Levant (AUL), Beirut
Board Member, Cedar Migrant Solidarity (CMS)
Associate Fellow, Mashrek Policy Lab
Tel. +961 1 000 000 | Twitter @nkhoury_econ
"""


def m01():
    when = at("2021-01-28 11:42:15")
    body = alt(M01_TEXT, "000000000000b7c31d05b9f2e8a4", html=gmail_html(M01_TEXT))
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f44.google.example.com", "192.0.2.44", "4DRMx61Kzqz7",
           "Nabil Khoury <nabil.khoury.aul@gmail.example.com>", M01_SUBJ, M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nabil Khoury", "Board Member", "Cedar Migrant Solidarity (CMS)", ["roundtable"])],
        notes="two hats: a university professor who says he speaks as Board Member of an NGO, so title and "
              "affiliation are the NGO ones (the signature lists three affiliations; 'Prof.' dropped). The "
              "roundtable is named by its theme only (labour mobility, decent work) and the message gives no "
              "number: roundtable null, for the secretariat to map from the agenda (not covered by dev; what a "
              "careful secretary would type without guessing). Also asks whether it is online only "
              "(Zoom)."))


# ================================================================ 02  AR  speaker  lawyer who coordinates a network; two speakers
M02_ID = "<VI1PR08MB3312F0A4D7C91E2B@VI1PR08MB3312.eurprd08.prod.outlook.example.com>"
M02_SUBJ = "ترشيح متحدثين - الشبكة الأردنية لحقوق العمال المهاجرين"
M02_TEXT = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

إشارةً إلى دعوتكم الكريمة للمشاركة في المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي في المنطقة العربية، يسر الشبكة الأردنية لحقوق العمال المهاجرين أن ترشح لكم ما يلي:

أولاً: الاسم: ريم العبادي
الصفة: منسقة الشبكة
الجهة: الشبكة الأردنية لحقوق العمال المهاجرين (JNMWR)
الدور المطلوب: المشاركة في النقاش المفتوح لمشاورة أصحاب المصلحة المتعددين يوم ٢٣ شباط
ملاحظة: الأستاذة ريم محامية مزاولة أيضاً، إلا أنها ستتحدث بصفتها منسقة للشبكة وليس باسم مكتبها.

ثانياً: الاسم: خالد الزعبي
الصفة: باحث قانوني
الجهة: الشبكة الأردنية لحقوق العمال المهاجرين (JNMWR)
الدور المطلوب: مداخلة في المائدة المستديرة المواضيعية الثانية

نرجو التكرم بإعلامنا إن كانت المشاركة ستتم حضورياً في بيروت أم عن بعد، نظراً لإجراءات الحظر المفروضة في الأردن.

وتفضلوا بقبول فائق الاحترام والتقدير،

ريم العبادي
منسقة الشبكة الأردنية لحقوق العمال المهاجرين
عمّان - الأردن
"""


def m02():
    when = at("2021-01-29 13:05:48")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl" lang="AR-JO"><div class="WordSection1">%s</div></body></html>\n'
            % "".join('<p class="MsoNormal" dir="RTL">%s</p>' % p.replace("\n", "<br>")
                      for p in M02_TEXT.split("\n\n")))
    body = alt(M02_TEXT, "_000_VI1PR08MB3312F0A4D7C91E2B_", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur08on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DS2qK0mFvz3", addr("ريم العبادي", "coordinator@jnmwr.example.org"), hdr(M02_SUBJ), M02_ID, body,
           extra=outlook(M02_SUBJ, "AdbyKq3s8f1LmN0pQrStUvWxYz12ab==", lang="ar-JO"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم العبادي", "منسقة الشبكة", "الشبكة الأردنية لحقوق العمال المهاجرين (JNMWR)", ["open_discussion"]),
        sp("خالد الزعبي", "باحث قانوني", "الشبكة الأردنية لحقوق العمال المهاجرين (JNMWR)", ["roundtable"], 2)],
        notes="two speakers in labelled blocks (أولاً/ثانياً). Two hats: the first is also a practising lawyer but "
              "will speak as the network's coordinator (title as written, 'منسقة الشبكة'). Acronym beside the "
              "organisation kept; the signature's city line not part of the affiliation. Roundtable as an ordinal "
              "word ('الثانية'). Asks whether participation is in person or remote (lockdown)."))


# ================================================================ 03  FR  other  hybrid / Zoom / interpretation question
def m03():
    when = at("2021-01-31 10:17:33")
    text = """Madame, Monsieur,

Notre association, basée à Tripoli (Liban-Nord), a bien reçu l'invitation à la Consultation multipartite du 23 février et à la Conférence régionale d'examen du PMM.

Avant de vous proposer un intervenant, nous souhaiterions savoir :
- si la Conférence se tiendra entièrement en ligne ou en format hybride ;
- si le lien Zoom sera le même pour la consultation et pour les tables rondes ;
- si une interprétation simultanée vers le français sera assurée.

Compte tenu du confinement général et des coupures d'électricité, plusieurs de nos membres ne pourront se connecter que par téléphone.

En vous remerciant par avance de votre réponse,

Bien cordialement,

Joëlle Karam
Chargée de communication
Association Al-Minaa pour le développement social
Tripoli - Liban
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 2, 3), "smtp.alminaa.example.org", "203.0.113.61", "4DT5wR2b8Hz1",
           addr("Joëlle Karam", "j.karam@alminaa.example.org", enc="Q"),
           hdr("Question : participation en ligne / lien Zoom", enc="Q"),
           "<3b7f1e20-9c4d-4a61-8e2f-5d0c7a9b1e34@alminaa.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(3, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics question (online or hybrid format, Zoom link, French interpretation) before proposing a "
              "speaker: no speaker is named yet, so other. The sender's own title in the signature is not a "
              "request."))


# ================================================================ 04  EN  report  PDF, Outlook, long signature with several organisations
M04_FILE = "TDF_Voluntary_GCM_Review_Jordan_2021.pdf"


def m04():
    when = at("2021-02-01 09:28:40")
    text = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of Tadamon Development Foundation (TDF), covering the implementation of the Global Compact in Jordan in 2019-2020, with a focus on migrant domestic workers and agricultural workers in the Jordan Valley during the COVID-19 closures.

The report was prepared with input from our partner community-based organisations in Mafraq, Irbid and Zarqa.

We would be grateful if you could confirm receipt.

Kind regards,

Lubna Haddad
Monitoring & Evaluation Manager
Tadamon Development Foundation (TDF)
Member of the Jordan Civil Society Coalition on Migration | Focal point, Arab Network for Migrant Domestic Workers
Jabal Al-Weibdeh, Amman 11191, Jordan
T +962 6 000 0000 | M +962 79 000 0000
www.tadamon-dev.example.org

This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    pdf = rep_pdf("Voluntary GCM Review - Jordan 2019-2020", "Tadamon Development Foundation (TDF)",
                  ["Executive summary", "Context: COVID-19 closures", "Objectives 6, 7 and 22",
                   "Migrant domestic and agricultural workers", "Recommendations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1">%s<p><img width="120" height="40" src="cid:image001.png@01D6F86B.7A1E2C30">'
            '</p></div></body></html>\n' % "".join('<p class="MsoNormal">%s</p>' % p.replace("\n", "<br>")
                                                    for p in text.split("\n\n")))
    rel = multi("related", [leaf("text/html", html), logo("image001.png@01D6F86B.7A1E2C30", (0, 120, 90))],
                "_004_AM6PR04MB5590D1E7A3C2F94B_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6PR04MB5590D1E7A3C2F94B_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "_005_AM6PR04MB5590D1E7A3C2F94B_")
    subj = "TDF voluntary GCM review report"
    m = mk(when, sent_at(when, 2, 8), "mail-am6eur04on0611.outbound.protection.outlook.example.com", "198.51.100.11",
           "4DTlVb3c2Qz5", "Lubna Haddad <l.haddad@tadamon-dev.example.org>", subj,
           "<AM6PR04MB5590D1E7A3C2F94B@AM6PR04MB5590.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbzL0a9c8b7e6d5f4a3b2c1d0eFgQ==", has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="report as PDF; Outlook mixed > alternative > related with an inline logo (not a report file); long "
              "signature naming the foundation, a coalition and a network, and a confidentiality footer."))


# ================================================================ 05  AR  speaker  phone, details only in the signature, rapporteur
def m05():
    when = at("2021-02-02 20:51:09")
    text = """مرحبا،
حابين نشارك بالمؤتمر الاقليمي، ومنقترح اني كون مقررة لتقديم الرسائل الرئيسية لأصحاب المصلحة، لأنو اشتغلنا على مشاورات مع اكتر من ٤٠ منظمة سورية بالداخل وبدول الجوار.
اذا في شي لازم نعبيه او نرسله خبروني.
ويعطيكم العافية

لمى الأحمد
مديرة برامج الحماية
منظمة بصمة للتنمية المجتمعية
غازي عنتاب / إدلب

أُرسلت من الـ iPhone الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 11), "mail-pl1-f176.google.example.com", "192.0.2.176", "4DVB7t5Wjkz2",
           addr("Lama Al Ahmad", "lama.ahmad.basma@gmail.example.com"), hdr("مشاركة بالمؤتمر"),
           "<A1C9E3F7-2B4D-4E6A-8C0F-1D3B5F7A9C2E@gmail.example.com>", body,
           extra=[("X-Mailer", IPHONE)])
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("لمى الأحمد", "مديرة برامج الحماية", "منظمة بصمة للتنمية المجتمعية", ["rapporteur"])],
        notes="Syrian dialect from an iPhone; the speaker is the sender ('اني كون مقررة') and her name, title and "
              "organisation are only in the signature; the places line (غازي عنتاب / إدلب) is not part of the "
              "affiliation. From display name in Latin script."))


# ================================================================ 06  FR  speaker  CV attached beside the request, two hats
M06_ID = "<c41e7d2a9b5f@mail.usj-levant.example.edu>"
M06_CV = "CV_Hala_Nasr_2021.docx"


def m06():
    when = at("2021-02-02 22:14:36")
    text = """Madame, Monsieur,

Je me permets de solliciter une prise de parole lors d'une session plénière de la Conférence régionale d'examen du PMM (24-25 février 2021).

Afin d'éviter toute ambiguïté : bien que j'enseigne à l'université, j'interviendrais au titre de l'association que je préside, et non de l'université.

Nom : Hala Nasr
Fonction : Présidente
Organisation : Association Nour pour les travailleuses migrantes (ANTM)

Vous trouverez ci-joint mon CV, au cas où il vous serait utile pour la préparation du programme. Je précise que, vu le confinement à Beyrouth, je ne pourrai participer qu'à distance.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hala Nasr
Maître de conférences, Faculté de droit et de sciences politiques
Université Saint-Joseph du Levant
Présidente, ANTM
"""
    cv = make_docx(["Hala Nasr - Curriculum vitae", "Maitre de conferences (droit social), depuis 2012",
                    "Presidente, Association Nour pour les travailleuses migrantes (ANTM), depuis 2018",
                    "Publications choisies", "Langues : arabe, francais, anglais"])
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    body = multi("mixed", [t, attach(DOCX, cv, M06_CV)], "----=_Part_44781_1360588122.1612296876000")
    m = mk(when, sent_at(when, 2, 4), "mail.usj-levant.example.edu", "203.0.113.88", "4DVD1h0sPxz9",
           "Hala Nasr <hala.nasr@usj-levant.example.edu>", hdr("Demande d'intervention – session plénière", enc="Q"),
           M06_ID, body, extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3953)")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hala Nasr", "Présidente", "Association Nour pour les travailleuses migrantes (ANTM)", ["plenary"])],
        notes="the attached DOCX is the speaker's CV, not a report: no report_attachments. Two hats: a university "
              "lecturer who says she speaks for the association she chairs; the labelled lines give that role. "
              "Zimbra webmail, plain text only."))


# ================================================================ 07  EN  speaker  on behalf of the director; two speakers; roundtable by theme with the agenda pasted
def m07():
    when = at("2021-02-03 12:36:02")
    inner = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear GCM Regional Review Team,</p>
<p>On behalf of Dr. Samer Odeh, Director General of the Palestinian Centre for Migration and Diaspora Studies (PCMDS), I am writing to propose two speakers from our Centre:</p>
<ol>
<li><b>Dr. Samer Odeh</b>, Director General, Palestinian Centre for Migration and Diaspora Studies (PCMDS) &ndash; floor intervention in a plenary session.</li>
<li><b>Maysa Jaber</b>, Senior Research Officer, PCMDS &ndash; floor intervention in the roundtable on diaspora, remittances and financial inclusion.</li>
</ol>
<p>For ease of reference, this is how the roundtables appear in the draft agenda we received:</p>
<p style="margin-left:30px;color:#555555"><i>Roundtable 1: Labour migration, decent work and skills<br>
Roundtable 2: Border governance, return and reintegration<br>
Roundtable 3: Social inclusion and access to services<br>
Roundtable 4: Diaspora, remittances and financial inclusion</i></p>
<p>Both would join remotely from Ramallah, as movement between cities is still restricted. Kindly share the Zoom details when available.</p>
<p>Best regards,</p>
<p>Rania Shalabi<br>
Executive Assistant to the Director General<br>
Palestinian Centre for Migration and Diaspora Studies (PCMDS)<br>
Al-Masyoun, Ramallah, Palestine</p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 2, 7), "mail.pcmds.example.ps", "203.0.113.140", "4DVvK84dJtz6",
           "Rania Shalabi <r.shalabi@pcmds.example.ps>", "PCMDS - proposed speakers (plenary + Roundtable on diaspora)",
           "<000a01d6fa1b$3c8e2d10$b5aa8730$@pcmds.example.ps>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH3eB1v9dK0pL2mN4oQ6sR8tU+Wxg=="),
                  ("Content-Language", "en-gb")])
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samer Odeh", "Director General", "Palestinian Centre for Migration and Diaspora Studies (PCMDS)", ["plenary"]),
        sp("Maysa Jaber", "Senior Research Officer", "Palestinian Centre for Migration and Diaspora Studies (PCMDS)",
           ["roundtable"], 4)],
        notes="HTML-only; sent by an executive assistant on behalf of her director (she is not a speaker). Two "
              "speakers in an HTML list; beside the second speaker only the acronym 'PCMDS' is written: recorded in "
              "the fullest form the message writes (as dev 035 does for an affiliation given by reference). Her roundtable is named by theme, and the sender pastes the draft agenda, "
              "where that theme is Roundtable 4. 'Dr.' dropped. Asks for the Zoom details."))


# ================================================================ 08  FR  both  DOCX report + roundtable speaker
M08_FILE = "Rapport_volontaire_PMM_CLDRM_Liban.docx"


def m08():
    when = at("2021-02-04 15:47:21")
    text = """Mesdames, Messieurs,

Le Collectif libanais pour les droits des réfugiés et des migrants (CLDRM) a l'honneur de vous transmettre, en pièce jointe, son rapport volontaire d'examen du Pacte mondial pour les migrations, élaboré avec ses quatorze associations membres.

Par ailleurs, le Collectif souhaite intervenir lors de la table ronde thématique n° 3. L'intervention serait assurée par :

M. Georges Abi Saab
Coordinateur du plaidoyer
Collectif libanais pour les droits des réfugiés et des migrants (CLDRM)

Nous vous saurions gré de bien vouloir nous confirmer la bonne réception du présent courriel.

Veuillez agréer, Mesdames, Messieurs, nos salutations distinguées.

Pour le Bureau exécutif,
Nayla Frem
Secrétaire générale
CLDRM - Beyrouth, Liban
"""
    doc = make_docx(["Rapport volontaire d'examen du PMM - Liban 2021",
                     "Collectif libanais pour les droits des refugies et des migrants (CLDRM)",
                     "1. Contexte : crise economique, explosion du 4 aout, COVID-19",
                     "2. Methodologie (14 associations membres)", "3. Objectifs 7, 15, 16 et 17",
                     "4. Recommandations"])
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>%s</body></html>\n" % (
        "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")))
    a = alt(text, "_000_DB8PR10MB3641B9F2E0D7A4C6_", html=html)
    body = multi("mixed", [a, attach(DOCX, doc, M08_FILE)], "_004_DB8PR10MB3641B9F2E0D7A4C6_")
    subj = "CLDRM - Rapport volontaire PMM et demande d'intervention (table ronde 3)"
    m = mk(when, sent_at(when, 2, 6), "mail-db8eur10on0627.outbound.protection.outlook.example.com", "198.51.100.27",
           "4DWRf91zSmz4", "Secretariat CLDRM <secretariat@cldrm.example.org>", hdr(subj, enc="Q"),
           "<DB8PR10MB3641B9F2E0D7A4C6@DB8PR10MB3641.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcbE4r7Yq2wS9tX1uV3zA5bC7dE9f==", lang="fr-FR", has_attach="yes"))
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M08_FILE], speakers=[
        sp("Georges Abi Saab", "Coordinateur du plaidoyer",
           "Collectif libanais pour les droits des réfugiés et des migrants (CLDRM)", ["roundtable"], 3)],
        notes="both, on time (4 February): collective DOCX report and a roundtable speaker ('table ronde thématique "
              "n° 3'); the speaker is given in an indented block with 'M.' (dropped); the sender (secrétaire "
              "générale) is not the speaker."))


# ================================================================ 09  AR  report  collective PDF, Gmail, Arabic file name
M09_ID = "<CAH8pRq3Wz1x+Lk5mNb7Vc0Ts2Gd9Yf4Je@mail.gmail.example.com>"
M09_SUBJ = "التقرير الطوعي الجماعي - ائتلاف المنظمات الأهلية الفلسطينية للهجرة"
M09_FILE = "التقرير الطوعي الجماعي - الائتلاف الفلسطيني للهجرة 2021.pdf"


def m09():
    when = at("2021-02-04 18:22:57")
    text = """حضرات القائمين على الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة،

نرفق لكم طيّه التقرير الطوعي الجماعي الصادر عن ائتلاف المنظمات الأهلية الفلسطينية للهجرة، والذي شاركت في إعداده ١١ منظمة عاملة في الضفة الغربية وقطاع غزة ومخيمات اللجوء في لبنان والأردن.

يتناول التقرير أثر جائحة كورونا وإجراءات الإغلاق على العمال الفلسطينيين وعلى التحويلات المالية، ويقدم توصيات تتعلق بالأهداف ٥ و٧ و٢٠ من الاتفاق العالمي.

نرجو تأكيد الاستلام.

مع فائق الاحترام،
منى داود
منسقة البحث والمناصرة
ائتلاف المنظمات الأهلية الفلسطينية للهجرة
رام الله
"""
    pdf = rep_pdf("Collective voluntary GCM report - Palestine 2021", "Coalition of Palestinian NGOs on Migration",
                  ["Summary", "COVID-19 closures and Palestinian workers", "Remittances", "Objectives 5, 7, 20",
                   "Recommendations"])
    a = alt(text, "000000000000d41e7a05ba8c9f31", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M09_FILE)], "000000000000d41e7c05ba8c9f33")
    m = mk(when, sent_at(when, 2, 9), "mail-wr1-f49.google.example.com", "192.0.2.49", "4DWZm30KqBz8",
           addr("Mona Dawood", "mona.dawood.pcnm@gmail.example.com"), hdr(M09_SUBJ), M09_ID, body)
    add(9, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M09_FILE],
        notes="collective report (11 organisations) as PDF with a long Arabic file name (RFC 2231 + RFC 2047); "
              "Gmail, base64 text parts; Arabic-Indic digits; the sender's Arabic signature is not a request."))


# ================================================================ 10  EN  speaker  pasted form, place after the organisation, Zoom question
M10_ID = "<1984503217.2207741.1612557600114@mail.yahoo.example.com>"


def m10():
    when = at("2021-02-05 22:40:04")
    text = """Good evening,

Sorry for the late hour, we only managed to meet as a union committee tonight (online, of course). I filled in the speaker form that was circulated in our network and I paste it below, since I am not sure the web version went through.

---------- Speaker form ----------
Full name: Mr. Ahmad Sleiman
Position: Head of the Migrant Workers Desk
Organization: Levant Federation of Workers' Unions (LFWU), Beirut office
Requested role: Participation in the open discussion (Multi-Stakeholder Consultation, 23 Feb)
Language: Arabic
Participation: online
----------------------------------

One more question: will the Zoom link be sent to each speaker individually, or will there be one link for everybody?

Thanks and regards,
Ahmad Sleiman
LFWU
"""
    body = alt(text, "----=_Part_2207740_1527903842.1612557600113")
    m = mk(when, sent_at(when, 2, 4), "sonic310-21.consmr.mail.ir2.yahoo.example.com", "192.0.2.210",
           "4DXbH23Vnqz1", "Ahmad Sleiman <ahmad.sleiman.lfwu@yahoo.example.com>", "Speaker form - LFWU", M10_ID,
           body, extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ahmad Sleiman", "Head of the Migrant Workers Desk", "Levant Federation of Workers' Unions (LFWU)",
           ["open_discussion"])],
        notes="details only in a pasted form block ('Full name: Mr. ...': 'Mr.' dropped); the organisation line "
              "ends with ', Beirut office', which is a place, not part of the affiliation (as dev 004/024). "
              "Received 22:40 on 5 February: on time. Also asks how Zoom links are sent. An out-of-office answers "
              "our acknowledgement (h217-11)."))


# ================================================================ 11  EN  auto_reply  lockdown out-of-office answering our acknowledgement of 10
def m11():
    when = at("2021-02-05 22:41:19")
    text = """Thank you for your message.

Due to the general lockdown in Lebanon, our office is closed until further notice and I am working from home with limited connectivity. I will reply as soon as possible.

For urgent matters related to migrant workers in distress, please call our hotline +961 1 000 111.

Ahmad Sleiman
Levant Federation of Workers' Unions
"""
    body = leaf("text/plain", text, "utf-8", "7bit")
    rows = std_rows(when, "sonic310-21.consmr.mail.ir2.yahoo.example.com", "192.0.2.210", "4DXbJ04Xrsz3",
                    "Ahmad Sleiman <ahmad.sleiman.lfwu@yahoo.example.com>",
                    "Auto Reply: Acknowledgement of receipt - Speaker form - LFWU", rfcdate(sent_at(when, 2, 2)),
                    "<1660293857.2208012.1612557677001@mail.yahoo.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
                    ret="ahmad.sleiman.lfwu@yahoo.example.com")
    rows += [("In-Reply-To", ack_mid("4DXbH23Vnqz1")), ("References", ack_mid("4DXbH23Vnqz1"))]
    add(11, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="vacation auto-reply (lockdown, working from home) to our acknowledgement of h217-10, a minute "
              "later; reads like a person but carries Auto-Submitted and X-Autoreply. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 12  FR  speaker  late by a few hours, roundtable by theme only
M12_ID = "<20210206073105.Horde.k3Jx9QpVbT2mZs8aR1Lw0Ea@webmail.alawda-chatila.example.org>"


def m12():
    when = at("2021-02-06 09:31:05")
    text = """Bonjour,

Avec nos excuses pour ce léger retard, dû aux coupures d'électricité au camp hier soir, nous souhaiterions proposer une intervenante pour la table ronde consacrée à l'inclusion sociale et à l'accès aux services de base.

Il s'agit de Mme Rima Hallak, responsable du programme santé et protection de notre association, qui travaille depuis dix ans avec les familles réfugiées et migrantes de Chatila et de Sabra. Elle interviendra en arabe, à distance.

Cordialement,

Samir Hallak
Directeur
Association Al-Awda pour l'enfance et la famille
Camp de Chatila, Beyrouth
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent_at(when, 2, 5), "webmail.alawda-chatila.example.org", "203.0.113.172", "4DXq0m6TbCz7",
           "Samir Hallak <direction@alawda-chatila.example.org>", hdr("Intervenante - table ronde inclusion sociale",
                                                                    "iso-8859-1", "Q"),
           M12_ID, body, extra=[("User-Agent", "Horde Application Framework 5")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Rima Hallak", "responsable du programme santé et protection",
           "Association Al-Awda pour l'enfance et la famille", ["roundtable"])],
        notes="late (Saturday 6 February, morning) and says so; the speaker is described in prose by the director "
              "who signs ('Mme' dropped); her title is written in lower case inside the sentence and recorded as "
              "written; her affiliation is given by reference ('notre association') to the signature's "
              "organisation. Roundtable named by its theme (social inclusion and access to services) with no number: "
              "null. ISO-8859-1 plain text. Our acknowledgement to this address bounces (h217-18)."))


# ================================================================ 13  AR  speaker  late, on behalf, two speakers, one with two hats
def m13():
    when = at("2021-02-08 11:02:44")
    text = """السادة المنظمين المحترمين،

بالنيابة عن المدير التنفيذي لجمعية سنديان للإغاثة والتنمية، نود ترشيح المتحدثَين التاليين للمشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة، مع الاعتذار عن التأخر في الإرسال بسبب انقطاع الإنترنت المتكرر في دمشق:

- الدكتور فراس الحلبي، عضو مجلس أمناء جمعية سنديان للإغاثة والتنمية، للمشاركة بمداخلة في المائدة المستديرة الخاصة بإدارة الحدود والعودة وإعادة الإدماج. (للعلم: الدكتور فراس أستاذ في كلية الحقوق أيضاً، لكنه سيتحدث بصفته عضواً في مجلس الأمناء.)

- السيدة ديما خوري، مديرة برنامج سبل العيش، جمعية سنديان للإغاثة والتنمية، للمشاركة في النقاش المفتوح يوم ٢٣ شباط.

سيشارك كلاهما عبر الإنترنت.

مع الشكر،
مكتب المدير التنفيذي
جمعية سنديان للإغاثة والتنمية
دمشق - بيروت
"""
    html = ('<div dir="rtl" style="font-family:Tahoma;font-size:10pt">%s</div>'
            % "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")))
    body = alt(text, "=_sindian_5d3a7c21e9", html=html.join(['<html><head><meta http-equiv="Content-Type" '
                                                                 'content="text/html; charset=utf-8"></head><body>',
                                                                 '</body></html>\n']))
    m = mk(when, sent_at(when, 2, 7), "mail.sindian-relief.example.org", "203.0.113.199", "4DYhS76pLwz2",
           addr("مكتب المدير التنفيذي - سنديان", "ed.office@sindian-relief.example.org"),
           hdr("ترشيح متحدثين - جمعية سنديان"), "<5fe1c0a9.7b21.44d8.b1e6.0c2f9d3a8e71@sindian-relief.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0")])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فراس الحلبي", "عضو مجلس أمناء", "جمعية سنديان للإغاثة والتنمية", ["roundtable"]),
        sp("ديما خوري", "مديرة برنامج سبل العيش", "جمعية سنديان للإغاثة والتنمية", ["open_discussion"])],
        notes="late (8 February) and apologises; sent by the executive director's office on his behalf (no person "
              "signs). Two speakers in comma-separated bullets after honorifics (الدكتور / السيدة, dropped). The "
              "first is also a law professor but speaks as a board member: title 'عضو مجلس أمناء' as written "
              "before the organisation. His roundtable is named by its theme (border governance, return and "
              "reintegration) with no number: null. The signature's 'دمشق - بيروت' is not part of the "
              "affiliation."))


# ================================================================ 14  EN  other  follow-up in the thread of 01: Zoom link, observer
def m14():
    when = at("2021-02-08 16:20:31")
    new = """Dear colleagues,

Just following up on my message below. I have not seen a confirmation yet - could you please let me know whether my request reached you, and whether the Zoom link will be shared with speakers in advance for a technical test?

Also, may a CMS colleague follow the sessions as an observer without taking the floor?

Best,
Nabil
"""
    quoted = ("On Thu, 28 Jan 2021 at 11:42, Nabil Khoury <nabil.khoury.aul@gmail.example.com> wrote:\n"
              + gt(M01_TEXT) + "\n")
    text = new + "\n" + quoted
    body = alt(text, "000000000000e92f4b05bad61c07", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 4), "mail-ej1-f44.google.example.com", "192.0.2.44", "4DYqT88hVkz5",
           "Nabil Khoury <nabil.khoury.aul@gmail.example.com>", "Re: " + M01_SUBJ,
           "<CAF3kLx8Wd0q+2Pn5cT7vYs1ReHa4uMb9Kc@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)])
    add(14, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="Gmail follow-up to the sender's own request h217-01 (In-Reply-To set), quoting it with '>': asks "
              "whether it arrived, about a Zoom test and about an observer. Nothing new is requested, so other "
              "with no speakers (the quoted request must not be counted again)."))


# ================================================================ 15  FR  report  DOCX (revised late by 23)
M15_ID = "<AS8PR07MB7094A3B1C5E2D7F9@AS8PR07MB7094.eurprd07.prod.outlook.example.com>"
M15_SUBJ = "OLMT - Rapport volontaire d'examen du PMM"
M15_FILE = "OLMT_rapport_volontaire_PMM_v1.docx"
M15_TEXT = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Observatoire libanais des migrations de travail (OLMT) relatif à la mise en œuvre du Pacte mondial au Liban en 2019-2020.

Le rapport traite notamment de la situation des travailleuses domestiques migrantes abandonnées par leurs employeurs depuis la crise économique et l'explosion du port de Beyrouth.

Bien à vous,

Carole Haddad
Chargée de recherche | Observatoire libanais des migrations de travail (OLMT)
Membre du Réseau Euro-Méditerranéen pour les Droits Humains
Badaro, Beyrouth
"""


def m15():
    when = at("2021-02-09 10:05:12")
    doc = make_docx(["Rapport volontaire d'examen du PMM - Liban", "Observatoire libanais des migrations de travail",
                     "1. Introduction", "2. Travailleuses domestiques migrantes", "3. Objectifs 6 et 7",
                     "4. Recommandations"])
    a = alt(M15_TEXT, "_000_AS8PR07MB7094A3B1C5E2D7F9_")
    body = multi("mixed", [a, attach(DOCX, doc, M15_FILE)], "_004_AS8PR07MB7094A3B1C5E2D7F9_")
    m = mk(when, sent_at(when, 2, 6), "mail-as8eur07on0609.outbound.protection.outlook.example.com", "198.51.100.9",
           "4DZ8gY1mRcz0", "Carole Haddad <c.haddad@olmt.example.org>", hdr(M15_SUBJ, enc="Q"), M15_ID, body,
           extra=outlook(M15_SUBJ, "AdcVm3pQ8rT1sU5vW7xY9zA2bC4dEg==", lang="fr-FR", has_attach="yes"))
    add(15, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M15_FILE],
        notes="report as DOCX ('_v1'); signature with two organisations on a '|' line. Revised after the deadline "
              "by h217-23."))


# ================================================================ 16  AR  other  thank-you reply to our acknowledgement of 09
def m16():
    when = at("2021-02-10 08:47:50")
    text = """شكراً جزيلاً على التأكيد، وبالتوفيق في تنظيم المؤتمر.

منى
"""
    quoted = ("في الخميس، ٤ فبراير ٢٠٢١ في ٦:٢٣ م، GCM Regional Review Arab States <gcmrrarabstates@iom.int> كتب:\n"
              + gt("""تم استلام رسالتكم "%s" والمرفقات، وسيتم تسجيلها.
أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة""" % M09_SUBJ) + "\n")
    full = text + "\n" + quoted
    body = alt(full, "0000000000007a3e1f05bafc40d2", html=gmail_html(full, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 3), "mail-wm1-f52.google.example.com", "192.0.2.52", "4DZnR45BcLz6",
           addr("Mona Dawood", "mona.dawood.pcnm@gmail.example.com"), re_hdr("Re: ", "إشعار باستلام - " + M09_SUBJ),
           "<CAH8pRq0Ab7c+Xy3mZn1Vd5Ue9Ff2Kg6Lh@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack_mid("4DWZm30KqBz8")), ("References", "%s %s" % (M09_ID, ack_mid("4DWZm30KqBz8")))])
    add(16, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 9,
        notes="a thank-you reply to our acknowledgement of h217-09 that adds nothing new: do not acknowledge. "
              "References name h217-09 and our acknowledgement; the quoted acknowledgement names the report."))


# ================================================================ 17  EN  both  lawyer / network coordinator: report on time, speaker part late
M17_FILE = "MMJN_GCM_Voluntary_Report_2021.pdf"


def m17():
    when = at("2021-02-11 14:12:26")
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Mashreq Migrant Justice Network (MMJN), compiled from the casework of our member legal aid centres in Jordan, Lebanon and Palestine.

I also realise the deadline for speakers has passed, but if there is still space we would very much like to contribute to Roundtable 2. I would take the floor myself. For the record, I am writing in my capacity as Regional Coordinator of MMJN and not for my law firm, although my firm's details appear in my signature below.

Speaker: Dana Qaddoumi
Title: Regional Coordinator
Organisation: Mashreq Migrant Justice Network (MMJN)

Happy to connect via Zoom or Teams, whichever you use.

Best regards,

Dana Qaddoumi
Attorney-at-Law, Partner | Qaddoumi & Associates Law Firm, Amman
Regional Coordinator | Mashreq Migrant Justice Network (MMJN)
Member, Jordan Bar Association
"""
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Mashreq Migrant Justice Network (MMJN)",
                  ["Introduction", "Access to justice for migrant workers", "Detention and deportation (Obj. 13, 21)",
                   "COVID-19 and legal aid", "Recommendations"])
    a = alt(text, "_000_HE1PR03MB2893C0D1E2F3A4B5_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M17_FILE)], "_004_HE1PR03MB2893C0D1E2F3A4B5_")
    subj = "MMJN voluntary report + speaker request (RT2)"
    m = mk(when, sent_at(when, 2, 5), "mail-he1eur03on0606.outbound.protection.outlook.example.com", "198.51.100.6",
           "4F0Bx52KmQz3", "Dana Qaddoumi <dana@qaddoumi-law.example.jo>", subj,
           "<HE1PR03MB2893C0D1E2F3A4B5@HE1PR03MB2893.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcAnP4qR6sT8uV0wX2yZ4aB6cD8eQ==", has_attach="yes"),
           cc="info@mmjn.example.org")
    add(17, when, m, dict(category="both", language="en", acknowledge=True, on_time=False,
        report_attachments=[M17_FILE], speakers=[
        sp("Dana Qaddoumi", "Regional Coordinator", "Mashreq Migrant Justice Network (MMJN)", ["roundtable"], 2)],
        notes="both, received 11 February: the report is on time but the speaker part is late (and the sender says "
              "so), so on_time is false. Two hats: a lawyer (partner of a law firm, sending from the firm's "
              "address) who speaks as the network's Regional Coordinator: labelled lines give the network; the "
              "signature lists three affiliations."))


# ================================================================ 18  FR  bounce  our acknowledgement of 12 (mailbox full)
def m18():
    when = at("2021-02-12 06:10:44")
    text = """Ceci est le système de messagerie de mx1.iom.int.

J'ai le regret de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour plus d'assistance, veuillez envoyer un courriel au postmaster.

<direction@alawda-chatila.example.org>: host mx.alawda-chatila.example.org[203.0.113.172]
    said: 552 5.2.2 <direction@alawda-chatila.example.org>: Mailbox full
    (quota exceeded) (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXq1B0Zr2z9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; direction@alawda-chatila.example.org\n"
           "Original-Recipient: rfc822;direction@alawda-chatila.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.alawda-chatila.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <direction@alawda-chatila.example.org>: Mailbox\n"
           "    full (quota exceeded)\n" % rfcdate(at("2021-02-06 09:31:40"), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Samir Hallak <direction@alawda-chatila.example.org>\n"
            "Subject: =?iso-8859-1?q?Accus=E9_de_r=E9ception_-_Intervenante_-_table_ronde_inclusion_sociale?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(at("2021-02-06 09:31:38")), ack_mid("4DXq0m6TbCz7"), M12_ID))
    # the French notice is not ASCII: build the report with a UTF-8 first part (dsn_report writes us-ascii)
    notice = leaf("text/plain", text, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    status = Message(policy=POL)
    status["Content-Description"] = "Delivery report"
    status["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        status.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    returned = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
                    extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [notice, status, returned], "4F0Xq71Tc3z2.1613103044/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F0Xq71Tc3z2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Système de messagerie)"),
            ("Subject", hdr("Message non remis : retourné à l'expéditeur", enc="Q")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210212041044.4F0Xq71Tc3z2@mx1.iom.int>")]
    add(18, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (5.2.2 mailbox full), final after six days of retries, for our "
              "acknowledgement of h217-12; the returned headers name h217-12 in In-Reply-To. Never acknowledge; "
              "thread_of null as for dev bounces."))


# ================================================================ 19  AR  report  DOCX, Outlook, long signature with several organisations
M19_FILE = "تقرير المراجعة الطوعية - مؤسسة جذور للاجئين.docx"


def m19():
    when = at("2021-02-14 12:55:03")
    text = """السادة الكرام في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

يسعدنا أن نرسل لكم مرفقاً تقرير المراجعة الطوعية الخاص بمؤسسة جذور لدعم اللاجئين الفلسطينيين، ويغطي أوضاع اللاجئين الفلسطينيين المهجّرين من سوريا إلى لبنان والأردن خلال عام ٢٠٢٠، وأثر الإغلاق العام على وصولهم إلى العمل والخدمات الصحية.

نأمل أن يسهم التقرير في نقاشات المؤتمر، ونحن جاهزون لأي استفسار.

مع خالص التحيات،

أحمد يوسف
مدير وحدة الأبحاث والسياسات
مؤسسة جذور لدعم اللاجئين الفلسطينيين
عضو الهيئة التنسيقية - تجمع المؤسسات الأهلية العاملة في التجمعات الفلسطينية في لبنان
عضو شبكة المنظمات العربية غير الحكومية للتنمية
صيدا - مخيم عين الحلوة، لبنان
هاتف: ٠٠٩٦١٧٠٠٠٠٠٠٠
"""
    doc = make_docx(["Voluntary GCM review report - Jouzour Foundation for Palestinian Refugees",
                     "Palestinian refugees from Syria in Lebanon and Jordan, 2020", "1. Context", "2. Work and health",
                     "3. Objectives 15, 16, 22", "4. Recommendations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl" lang="AR-LB"><div class="WordSection1">%s<p><img width="90" height="45" '
            'src="cid:image001.jpg@01D702A4.1C9E6B20"></p></div></body></html>\n'
            % "".join('<p class="MsoNormal" dir="RTL">%s</p>' % p.replace("\n", "<br>") for p in text.split("\n\n")))
    rel = multi("related", [leaf("text/html", html, cte="base64"),
                            logo("image001.jpg@01D702A4.1C9E6B20", (130, 80, 20), name="image001.png")],
                "_004_DU2PR02MB7623E1A9B3C5D7F2_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_DU2PR02MB7623E1A9B3C5D7F2_")
    body = multi("mixed", [a, attach(DOCX, doc, M19_FILE)], "_005_DU2PR02MB7623E1A9B3C5D7F2_")
    subj = "تقرير المراجعة الطوعية - مؤسسة جذور"
    m = mk(when, sent_at(when, 2, 9), "mail-du2eur02on0614.outbound.protection.outlook.example.com", "198.51.100.14",
           "4F1mD40WzNz1", addr("Ahmad Youssef", "research@jouzour.example.org"), hdr(subj), 
           "<DU2PR02MB7623E1A9B3C5D7F2@DU2PR02MB7623.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcCq7rS9tU1vW3xY5zA7bC9dE1fGw==", lang="en-US", has_attach="yes"))
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="Arabic report as DOCX with an Arabic file name (RFC 2231 + RFC 2047); Outlook with an inline logo "
              "(decoy) and Content-Language en-US although the body is Arabic; long signature listing the "
              "foundation, a coordination body and a network."))


# ================================================================ 20  FR  other  question answering our acknowledgement of 06
def m20():
    when = at("2021-02-15 17:33:41")
    text = """Bonjour,

Merci pour votre accusé de réception. Pourriez-vous m'indiquer quand les intervenants recevront le lien Zoom, et s'il est prévu une répétition technique la veille ? Par ailleurs, faut-il envoyer une photo en plus du CV déjà transmis ?

Bien cordialement,
Hala Nasr

----- Mail d'origine -----
De: "GCM Regional Review Arab States" <gcmrrarabstates@iom.int>
À: "Hala Nasr" <hala.nasr@usj-levant.example.edu>
Envoyé: Mardi 2 Février 2021 22:14:40
Objet: Accusé de réception - Demande d'intervention – session plénière

Nous accusons réception de votre demande d'intervention, qui sera examinée par le comité d'organisation.
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 4), "mail.usj-levant.example.edu", "203.0.113.88", "4F2QbT6kYvz8",
           "Hala Nasr <hala.nasr@usj-levant.example.edu>",
           hdr("Re: Accusé de réception - Demande d'intervention – session plénière", enc="Q"),
           "<8a2d5f0e71c3@mail.usj-levant.example.edu>", body,
           extra=[("In-Reply-To", ack_mid("4DVD1h0sPxz9")),
                  ("References", "%s %s" % (M06_ID, ack_mid("4DVD1h0sPxz9"))),
                  ("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3953)")])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 6,
        notes="reply to our acknowledgement of h217-06 (Zimbra quote, not '>'-prefixed) with new questions (Zoom "
              "link, technical rehearsal, photo): unlike a plain thank-you it asks something, so acknowledge. "
              "Mentions the CV already sent; nothing new is submitted."))


# ================================================================ 21  EN  report  DOCX + PDF annex, Gmail, evening of the deadline
def m21():
    when = at("2021-02-16 21:15:37")
    f1 = "SDN-J Voluntary GCM Report (final).docx"
    f2 = "Annex - survey of 212 Syrian workers in Jordan.pdf"
    text = """Dear Secretariat,

Attached is the voluntary GCM review report of the Syrian Diaspora Network - Jordan (SDN-J), together with its annex (survey results). Apologies for sending it on the last evening; our team was affected by COVID and we lost a week.

Warm regards,
Omar Sabbagh
Programme Officer, SDN-J
Irbid | Amman
"""
    doc = make_docx(["Voluntary GCM Review Report", "Syrian Diaspora Network - Jordan (SDN-J)",
                     "1. Work permits and the COVID-19 closures", "2. Objectives 5, 6 and 19", "3. Recommendations"])
    pdf = rep_pdf("Annex: survey of 212 Syrian workers in Jordan", "SDN-J", ["Sample", "Results", "Tables"])
    a = alt(text, "000000000000c55a2e05bb7d0f91", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, f1), attach("application/pdf", pdf, f2)], "000000000000c55a3005bb7d0f93")
    m = mk(when, sent_at(when, 2, 12), "mail-lf1-f51.google.example.com", "192.0.2.151", "4F3Cs12VgRz4",
           "Omar Sabbagh <omar.sabbagh.sdnj@gmail.example.com>", "SDN-J voluntary report",
           "<CAM5tNy2Hk8w+Qf1rLp4Zs6Xd3Vb0Cg7Ej@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="report in two files (DOCX report + PDF annex), both part of the report; received 21:15 on 16 "
              "February, before the deadline, although the sender apologises as if late. File names with spaces "
              "and parentheses."))


# ================================================================ 22  AR  both  late: report PDF + speaker, Gaza, phone
def m22():
    when = at("2021-02-17 13:08:19")
    fname = "تقرير_جمعية_نسيم_غزة.pdf"
    text = """السلام عليكم

نعتذر عن التأخير بسبب انقطاع الكهرباء والإنترنت المستمر في القطاع.
مرفق تقرير جمعية نسيم للتنمية المجتمعية حول الهجرة والعمالة في غزة.
كما نرغب بأن يشارك مدير الجمعية الأستاذ وائل أبو شعبان في النقاش المفتوح للمشاورة يوم ٢٣، وطبعاً عن بعد عبر زووم لأنو السفر مستحيل حالياً.

وائل أبو شعبان - مدير جمعية نسيم للتنمية المجتمعية - غزة، فلسطين

مرسل من هاتف Samsung Galaxy الذكي.
"""
    pdf = rep_pdf("Voluntary GCM report - Gaza 2021", "Naseem Society for Community Development",
                  ["Context", "Workers and closures", "Recommendations"])
    t = leaf("text/plain", text, "utf-8", "base64")
    body = multi("mixed", [t, attach("application/pdf", pdf, fname)], "--_com.samsung.android.email_9281734061125460")
    m = mk(when, sent_at(when, 2, 15), "mail.naseem-gaza.example.ps", "203.0.113.201", "4F3ZkQ8mDxz6",
           addr("جمعية نسيم", "info@naseem-gaza.example.ps"), hdr("تقرير ومشاركة"),
           "<jm0xy1r2kq7s8e4a9b6d3f5c@email.android.example.com>", body)
    add(22, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
        sp("وائل أبو شعبان", "مدير", "جمعية نسيم للتنمية المجتمعية", ["open_discussion"])],
        notes="both, and both parts late (17 February); Samsung email app, plain text. The speaker is named in the "
              "body after the honorific 'الأستاذ' (dropped) and in a one-line signature ('name - title - place'); "
              "the title is written fused with the organisation ('مدير الجمعية', 'مدير جمعية نسيم للتنمية "
              "المجتمعية'): recorded as 'مدير' with the organisation as affiliation, what a secretary would type "
              "(not covered by dev, whose 012 unit is a sub-unit, not the organisation itself); 'غزة، فلسطين' is "
              "a place."))


# ================================================================ 23  FR  report  late revision of 15 (reply)
def m23():
    when = at("2021-02-18 11:44:06")
    fname = "OLMT_rapport_volontaire_PMM_v2.docx"
    text = """Madame, Monsieur,

Suite à une relecture, nous vous transmettons une version révisée de notre rapport (v2), qui corrige plusieurs données chiffrées de la section 2 et ajoute un encadré sur l'accès à la vaccination. Nous vous saurions gré de bien vouloir remplacer la version envoyée le 9 février par celle-ci, malgré le dépassement du délai.

Bien à vous,

Carole Haddad
Chargée de recherche | OLMT

De : Carole Haddad
Envoyé : mardi 9 février 2021 10:05
À : gcmrrarabstates@iom.int
Objet : OLMT - Rapport volontaire d'examen du PMM

""" + M15_TEXT
    doc = make_docx(["Rapport volontaire d'examen du PMM - Liban (v2)", "Observatoire libanais des migrations de travail",
                     "1. Introduction", "2. Travailleuses domestiques migrantes (donnees corrigees)",
                     "Encadre : acces a la vaccination", "3. Objectifs 6 et 7", "4. Recommandations"])
    a = alt(text, "_000_AS8PR07MB70945E9D1C3B2A0F_")
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "_004_AS8PR07MB70945E9D1C3B2A0F_")
    m = mk(when, sent_at(when, 2, 6), "mail-as8eur07on0609.outbound.protection.outlook.example.com", "198.51.100.9",
           "4F4Kc93HnTz1", "Carole Haddad <c.haddad@olmt.example.org>", hdr("RE: " + M15_SUBJ, enc="Q"),
           "<AS8PR07MB70945E9D1C3B2A0F@AS8PR07MB7094.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(M15_SUBJ, "AdcVm3pQ8rT1sU5vW7xY9zA2bC4dEgAJwTk=", lang="fr-FR", has_attach="yes")
           + [("In-Reply-To", M15_ID), ("References", M15_ID)])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        thread_of=H % 15, report_attachments=[fname],
        notes="revised report (v2) replacing h217-15, replying to it (In-Reply-To set); received 18 February, after "
              "the report deadline although the original was on time; the quoted original (Outlook 'De :' "
              "block) names the v1 file, which is not attached here."))


# ================================================================ 24  AR  speaker  late addition of a third speaker to 02
def m24():
    when = at("2021-02-19 10:26:55")
    text = """السادة الأمانة المحترمين،

تحية طيبة،

إلحاقاً برسالتنا أدناه، نرجو إن أمكن إضافة متحدثة ثالثة من الشبكة، مع علمنا بأن الموعد قد انقضى:

الاسم: سماح القضاة
الصفة: مسؤولة ملف العاملات في المنازل
الجهة: الشبكة الأردنية لحقوق العمال المهاجرين (JNMWR)
الدور: مداخلة في المائدة المستديرة المواضيعية الأولى

أما المتحدثان المرشحان سابقاً فلا تغيير عليهما.

مع الشكر والتقدير،
ريم العبادي
منسقة الشبكة الأردنية لحقوق العمال المهاجرين

________________________________
From: ريم العبادي <coordinator@jnmwr.example.org>
Sent: Friday, January 29, 2021 1:05 PM
To: gcmrrarabstates@iom.int
Subject: %s

""" % M02_SUBJ + M02_TEXT
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl" lang="AR-JO"><div class="WordSection1">%s</div></body></html>\n'
            % "".join('<p class="MsoNormal" dir="RTL">%s</p>' % p.replace("\n", "<br>") for p in text.split("\n\n")))
    body = alt(text, "_000_VI1PR08MB33127C2A9E0F4D1B_", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-vi1eur08on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4F5Hn17RcPz4", addr("ريم العبادي", "coordinator@jnmwr.example.org"), re_hdr("RE: ", M02_SUBJ),
           "<VI1PR08MB33127C2A9E0F4D1B@VI1PR08MB3312.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(M02_SUBJ, "AdbyKq3s8f1LmN0pQrStUvWxYz12abAKcR2=", lang="ar-JO")
           + [("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(24, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        thread_of=H % 2, speakers=[
        sp("سماح القضاة", "مسؤولة ملف العاملات في المنازل", "الشبكة الأردنية لحقوق العمال المهاجرين (JNMWR)",
           ["roundtable"], 1)],
        notes="late (19 February) addition of a third speaker to h217-02, as an Outlook reply quoting the original "
              "with its two speakers (unchanged, 'لا تغيير عليهما'): only the added speaker is recorded here. "
              "Roundtable as an ordinal word ('الأولى'). Not covered by dev: an addition rather than a "
              "replacement; the secretary records the new name only."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
