#!/usr/bin/env python3
"""Write the blind evaluation set holdout108 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets108.py
Theme: the Gulf states (Kuwait, Qatar, Saudi Arabia, UAE, Oman, Bahrain): national human-rights
committees, labour attaches and embassies of countries of origin (Philippines, India, Nepal, Sri Lanka,
Senegal, Guinea, Mali), recruitment agencies' associations, migrant welfare centres.
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout108")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h108-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


INVITE_ID = "<DB8PR04MB66014E2A9C7B1D3F0A5E8C21B9C40@DB8PR04MB6601.eurprd04.prod.outlook.example.com>"
INVITE_SUBJ = "Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021"
IDS = {}


# ================================================================ the 24 messages
def m01():
    when = at("2021-02-01 10:12:33")
    sent = tz(when - dt.timedelta(seconds=41), 3)
    text = """Dear Sir/Madam,

Greetings from the Philippine Overseas Labor Office in Kuwait!

With reference to the invitation letter of the Regional UN Network on Migration dated January 2021 regarding the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region, the undersigned would like to request a speaking slot in the Roundtable 2 on 24-25 February 2021, in order to share the experience of this Office on the protection of Overseas Filipino Workers (OFWs), especially household service workers, during the COVID-19 pandemic.

The undersigned will be joining virtually from Kuwait City. Kindly advise on the technical requirements and the time allotted for the intervention.

Thank you very much and we look forward to your favorable response.

Very truly yours,

MA. CRISTINA D. VILLANUEVA
Labor Attaché
Philippine Overseas Labor Office (POLO) – Kuwait
Embassy of the Republic of the Philippines
Jabriya, Block 1A, Kuwait
Tel. +965 2200 0000 | Hotline +965 9999 0000

"Serving OFWs with compassion and integrity"

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "_000_HK0PR01MB2947E1A7C3B1F04B2D5E7F0AHK0PR01MB2947apcp_")
    mid = "<HK0PR01MB2947E1A7C3B1F04B2D5E7F0A@HK0PR01MB2947.apcprd01.prod.outlook.example.com>"
    IDS[1] = mid
    rows = std_rows(when, "mail-hk2apc01on2071.outbound.protection.outlook.example.com", "40.107.130.71",
                    "4DTk1q2Zr7z1", "POLO Kuwait <polo.kuwait@dole-polo.example.gov.ph>",
                    "Request for Speaking Slot - GCM Regional Review (POLO Kuwait)", rfcdate(sent), mid,
                    ret="polo.kuwait@dole-polo.example.gov.ph")
    rows += [("Thread-Topic", "Request for Speaking Slot - GCM Regional Review (POLO Kuwait)"),
             ("Thread-Index", "AdbYQ2k7mX1n0pR8Tq6vZ9wLc3e5Fg=="), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    add(1, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Ma. Cristina D. Villanueva", "Labor Attaché", "Philippine Overseas Labor Office (POLO) – Kuwait",
                     ["roundtable"], 2)],
        notes="'the undersigned would like to request a speaking slot': the speaker is the writer, whose name appears "
              "only in the signature (in capitals, 'MA.' = Maria, not an honorific); From display name is the office "
              "'POLO Kuwait'; office, not person, mailbox; Outlook multipart/alternative QP."))


def m02():
    when = at("2021-02-01 13:41:05")
    sent = tz(when - dt.timedelta(seconds=22), 3)
    text = """السادة/ شبكة الأمم المتحدة الإقليمية المعنية بالهجرة                      المحترمين
تحية طيبة وبعد،

بالإشارة إلى كتابكم بشأن الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، والمقرر عقده خلال الفترة من 23 إلى 25 فبراير 2021،

يسر اللجنة الوطنية لحقوق الإنسان بدولة قطر أن تعرب عن خالص شكرها وتقديرها على هذه الدعوة الكريمة، وتود إفادتكم بترشيح سعادة السيد/ حمد بن راشد المري، رئيس اللجنة، لإلقاء مداخلة في الجلسة العامة للمؤتمر، يستعرض فيها جهود اللجنة في مجال حماية حقوق العمال المهاجرين في دولة قطر.

نأمل التكرم بالإحاطة والتنسيق مع مكتب سعادته عبر البريد الإلكتروني أدناه.

وتفضلوا بقبول فائق الاحترام والتقدير،،،

إدارة العلاقات الدولية والتعاون
اللجنة الوطنية لحقوق الإنسان - دولة قطر
الدوحة - ص.ب 0000
هاتف: 00000000 974+
"""
    inner = "".join('<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-QA" style="font-family:\'Simplified Arabic\'">%s</span></p>\n'
                    % (esc(l) if l else "&nbsp;") for l in text.split("\n"))
    html = html_wrap('<div class="WordSection1">' + inner + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "_000_AM6PR09MB3321B7E0C2A94D18F6E3C5D1AM6PR09MB3321eurp_")
    mid = "<AM6PR09MB3321B7E0C2A94D18F6E3C5D1@AM6PR09MB3321.eurprd09.prod.outlook.example.com>"
    rows = std_rows(when, "mail-am6eur05on2102.outbound.protection.outlook.example.com", "40.107.22.102",
                    "4DTpQ84Lm3z2", addr("إدارة العلاقات الدولية", "intl.relations@nhrc-qa.example.org", "windows-1256"),
                    hdr("ترشيح رئيس اللجنة الوطنية لحقوق الإنسان للمشاركة في الاستعراض الإقليمي", "windows-1256"),
                    rfcdate(sent), mid, ret="intl.relations@nhrc-qa.example.org")
    rows += [("Accept-Language", "ar-QA, en-US"), ("Content-Language", "ar-QA"), ("X-MS-Has-Attach", "")]
    add(2, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("حمد بن راشد المري", "رئيس اللجنة", "اللجنة الوطنية لحقوق الإنسان بدولة قطر", ["plenary"])],
        notes="formal Gulf Arabic letter from a national committee proposing its chairman with the honorific "
              "'سعادة السيد/' (to drop); title 'رئيس اللجنة' only in relation to the committee; role 'مداخلة في "
              "الجلسة العامة' = plenary; windows-1256 QP Outlook; sender is a department, not the speaker."))


def m03():
    when = at("2021-02-02 11:05:48")
    sent = tz(when - dt.timedelta(seconds=35), 3)
    text = """Objet : Demande de prise de parole - Examen régional du Pacte mondial sur les migrations

L'Ambassade de la République du Sénégal à Riyad présente ses compliments au Réseau régional des Nations Unies sur les migrations et, se référant à sa lettre d'invitation relative à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, a l'honneur de lui proposer la participation de

M. Abdoulaye NDIAYE, Conseiller chargé des affaires consulaires,

pour une intervention lors de la table ronde n°3 prévue les 24 et 25 février 2021.

M. NDIAYE suit depuis 2018 les questions relatives à la protection des travailleurs sénégalais dans le Royaume et pourra partager l'expérience de la mission en matière d'assistance consulaire.

L'Ambassade de la République du Sénégal à Riyad saisit cette occasion pour renouveler au Réseau régional des Nations Unies sur les migrations les assurances de sa haute considération.

Riyad, le 2 février 2021

Service consulaire
Ambassade du Sénégal - Riyad
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    mid = "<000a01d6f94e$3c2b1e40$b48159c0$@senegal-riyad.example.sn>"
    IDS[3] = mid
    rows = std_rows(when, "smtp.senegal-riyad.example.sn", "212.26.44.9", "4DV5nT1Kc8z3",
                    "=?iso-8859-1?Q?Service_consulaire_-_Ambassade_du_S=E9n=E9gal?= <consulat@senegal-riyad.example.sn>",
                    "=?iso-8859-1?Q?Demande_de_prise_de_parole_-_Examen_r=E9gional_PMM?=", rfcdate(sent), mid,
                    ret="consulat@senegal-riyad.example.sn")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW+U48KwgeQLRwWcYs1A=="),
             ("Content-Language", "fr")]
    add(3, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Abdoulaye NDIAYE", "Conseiller chargé des affaires consulaires",
                     "Ambassade de la République du Sénégal à Riyad", ["roundtable"], 3)],
        notes="note-verbale in the third person ('présente ses compliments'): the mission proposes its Counsellor, "
              "surname in capitals; 'table ronde n°3'; ISO-8859-1 QP plain text; sender is the consular service, "
              "not the speaker."))


def m04():
    when = at("2021-02-02 15:30:12")
    sent = tz(when - dt.timedelta(seconds=18), 3)
    text = """Dear Sir/Madam,

Namaste and greetings from the Embassy of Nepal, Doha.

This is with reference to the invitation for the Regional Review of the GCM in the Arab region. The Embassy would like to nominate the following official for speaking role:

Name : Mr. Bishnu Prasad Adhikari
Designation : Labour Counsellor
Office : Embassy of Nepal, Doha, Qatar

He may kindly be given opportunity for floor intervention in the plenary session and also in the Roundtable 4 if time permits, as the Embassy is having large number of Nepali migrant workers issues to share specially on recruitment cost and wage protection.

Kindly do the needful and confirm at the earliest.

With best regards,
Sita Kumari Shrestha
Second Secretary
Embassy of Nepal, Doha
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "7bit"),
                                 leaf("text/html", html, "UTF-8", "quoted-printable")],
                 "0000000000004a7c1805ba5c3e21")
    mid = "<CAH7sK2pQ0vB9mL4eR6tY1uI3oP8aS5dF2gH7jK0lZ4xC9vB6nM@mail.gmail.example.com>"
    rows = std_rows(when, "mail-pj1-f52.google.example.com", "209.85.216.52", "4DVCk05Hd9z4",
                    "Sita Shrestha <sita.shrestha.nepemb@gmail.example.com>",
                    "Nomination for speaking role - GCM Regional Review", rfcdate(sent), mid,
                    ret="sita.shrestha.nepemb@gmail.example.com")
    add(4, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Bishnu Prasad Adhikari", "Labour Counsellor", "Embassy of Nepal, Doha, Qatar",
                     ["plenary", "roundtable"], 4)],
        notes="the same person proposed for two roles (plenary floor intervention and Roundtable 4 'if time "
              "permits'); details in a 'Name : / Designation : / Office :' list; writer (Second Secretary, in the "
              "signature) is not the speaker; Gmail personal address for an embassy."))


def m05():
    when = at("2021-02-03 09:20:40")
    sent = tz(when - dt.timedelta(seconds=37), 3)
    orig = "2/1/2021 11:11 AM"
    text = """Dear Sir/Madam,

Further to our email below, kindly be informed that the Labor Attaché has an official commitment with the Kuwaiti Public Authority for Manpower on 24 February 2021.

In this regard, may we request that our Welfare Officer, Mr. Jonathan R. Pascual, be considered as speaker instead for Roundtable 2. His details:

Jonathan R. Pascual
Welfare Officer
Overseas Workers Welfare Administration (OWWA), POLO Kuwait

Apologies for the inconvenience and thank you for your kind understanding.

Very truly yours,

POLO Kuwait
Administrative Unit

________________________________
From: POLO Kuwait <polo.kuwait@dole-polo.example.gov.ph>
Sent: Monday, %s
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Subject: Request for Speaking Slot - GCM Regional Review (POLO Kuwait)

Dear Sir/Madam,

Greetings from the Philippine Overseas Labor Office in Kuwait!

With reference to the invitation letter of the Regional UN Network on Migration dated January 2021 regarding the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region, the undersigned would like to request a speaking slot in the Roundtable 2 on 24-25 February 2021 [...]

Very truly yours,

MA. CRISTINA D. VILLANUEVA
Labor Attaché
Philippine Overseas Labor Office (POLO) – Kuwait
""" % orig
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "_000_HK0PR01MB29479A2C4E6B8D0F1A3C5E7BHK0PR01MB2947apcp_")
    mid = "<HK0PR01MB29479A2C4E6B8D0F1A3C5E7B@HK0PR01MB2947.apcprd01.prod.outlook.example.com>"
    rows = std_rows(when, "mail-hk2apc01on2088.outbound.protection.outlook.example.com", "40.107.130.88",
                    "4DW0Lp6Vb2z5", "POLO Kuwait <polo.kuwait@dole-polo.example.gov.ph>",
                    "RE: Request for Speaking Slot - GCM Regional Review (POLO Kuwait)", rfcdate(sent), mid,
                    ret="polo.kuwait@dole-polo.example.gov.ph")
    rows += [("References", IDS[1]), ("In-Reply-To", IDS[1]),
             ("Thread-Topic", "Request for Speaking Slot - GCM Regional Review (POLO Kuwait)"),
             ("Thread-Index", "AdbYQ2k7mX1n0pR8Tq6vZ9wLc3e5FgAxB7c="), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US")]
    add(5, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Jonathan R. Pascual", "Welfare Officer", "Overseas Workers Welfare Administration (OWWA), POLO Kuwait",
                     ["roundtable"], 2)],
        thread_of="h108-01.eml",
        notes="follow-up in the thread of h108-01 replacing the speaker: only the new speaker (Welfare Officer) is "
              "proposed; the quoted original still names the Labor Attaché, who must not be listed again; "
              "Outlook top-posting with a '____ From:/Sent:' header block."))


def m06():
    when = at("2021-02-03 10:02:17")
    sent = tz(when - dt.timedelta(seconds=3), 3)
    text = """شكراً لرسالتكم.

أنا خارج المكتب في مهمة رسمية حتى يوم الأحد 14 فبراير 2021، مع وصول محدود إلى البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع مكتب الشؤون الدولية على البريد intl@hrc-ksa.example.sa

Thank you for your email. I am out of the office on official mission until Sunday 14 February 2021 with limited access to email. For urgent matters please contact intl@hrc-ksa.example.sa

عبدالعزيز الشهري
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    mid = "<7c1f0e2a9b4d4c3e8a6f5d2b1c0e9f8a@EXCH02.hrc-ksa.example.sa>"
    rows = std_rows(when, "mail.hrc-ksa.example.sa", "185.24.16.33", "4DW1Jb0Qx4z6",
                    addr("عبدالعزيز الشهري", "a.alshehri@hrc-ksa.example.sa"),
                    re_hdr("Automatic reply: ", "رد تلقائي - " + INVITE_SUBJ), rfcdate(sent), mid,
                    ret="a.alshehri@hrc-ksa.example.sa")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "a.alshehri@hrc-ksa.example.sa"),
             ("Content-Language", "ar-SA")]
    add(6, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office, bilingual Arabic then English, answering the invitation (In-Reply-To the "
              "invitation, not a labelled message); Auto-Submitted: auto-replied; base64 UTF-8."))


def m07():
    when = at("2021-02-03 17:44:09")
    sent = tz(when - dt.timedelta(seconds=29), 3)
    name = "CASTM - rapport volontaire PMM 2021.pdf"
    text = """Bonjour à toute l'équipe,

J'espère que vous allez bien !

Ci-joint le rapport volontaire de notre centre sur la mise en œuvre du Pacte mondial (on l'a préparé avec deux autres associations de Doha, leurs noms sont en page 2).

Autre chose : on serait vraiment ravis si notre directrice Rita Khoury pouvait être la rapporteuse qui présente les messages clés des parties prenantes, elle a suivi toutes les consultations nationales depuis l'automne. Elle parle arabe, français et anglais, donc pas de souci pour la langue.

Merci d'avance et bon courage avec l'organisation, c'est pas évident en ces temps de Covid…

Bien à vous,
Maya

--
Maya Haddad
Chargée de plaidoyer
CASTM – Centre d'accueil et de soutien aux travailleuses migrantes (Doha)
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    pdf = make_pdf(["CASTM - Centre d'accueil et de soutien aux travailleuses migrantes, Doha",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations, 2021",
                    "Travailleuses domestiques migrantes au Qatar: acces a la justice et aux refuges"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment;\r\n filename="%s"' % name)
    body = multi("mixed", [t, att], "------------0B2D4F6A8C1E3A5B7D9F0C2E")
    rows = std_rows(when, "smtp.castm-doha.example.org", "78.100.21.14", "4DWCf95Rm1z7",
                    "Maya Haddad <maya.haddad@castm-doha.example.org>",
                    "Rapport volontaire CASTM + proposition rapporteuse", rfcdate(sent),
                    "<5e3b7a10-2c4d-4f8e-9a1b-6d0c3e2f7a94@castm-doha.example.org>",
                    ret="maya.haddad@castm-doha.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    add(7, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Rita Khoury", "directrice",
                     "CASTM – Centre d'accueil et de soutien aux travailleuses migrantes (Doha)", ["rapporteur"])],
        report_attachments=[name],
        notes="Levantine French, chatty; collective report attached and, in passing, the director proposed as "
              "'rapporteuse'; the speaker's title is 'notre directrice' and her organisation is only implied "
              "('notre centre'; the full name is in the writer's signature); writer Maya Haddad is not a "
              "speaker; Thunderbird format=flowed 8bit; file name with spaces."))


def m08():
    when = at("2021-02-04 16:45:30")
    sent = tz(when - dt.timedelta(seconds=44), 3)
    text = """Monsieur, Madame,

Suite à la lettre d'invitation du Réseau régional des Nations Unies sur les migrations, le Consulat général de la République de Guinée à Djeddah a le plaisir de vous communiquer les noms des deux représentants qui souhaitent prendre la parole :

- Mme Fatoumata Binta CAMARA, Vice-Consule : participation à la discussion ouverte de la consultation multipartite du 23 février ;
- M. Ibrahima SOW, Attaché social : intervention à la table ronde 1 (24 février).

Nous vous prions de bien vouloir nous transmettre le lien de connexion ainsi que le programme détaillé.

Veuillez agréer, Monsieur, Madame, l'expression de notre haute considération.

Le Consul général
Mamadou Saliou DIALLO
Consulat général de la République de Guinée à Djeddah
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = leaf("text/html", html, "utf-8", "base64")
    mid = "<DB7PR02MB4730C1E5A3B9F2D08E6A4C7BDB7PR02MB4730@DB7PR02MB4730.eurprd02.prod.outlook.example.com>"
    rows = std_rows(when, "mail-db7eur02on2044.outbound.protection.outlook.example.com", "40.107.13.44",
                    "4DWzHg2Tn8z8", '"Consulat General Guinee Djeddah" <cgg.djeddah@outlook.example.com>',
                    "=?utf-8?Q?Participation_de_la_Guin=C3=A9e_-_examen_r=C3=A9gional_du_Pacte?=",
                    rfcdate(sent), mid, ret="cgg.djeddah@outlook.example.com")
    rows += [("Content-Language", "fr-FR")]
    add(8, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Fatoumata Binta CAMARA", "Vice-Consule", "Consulat général de la République de Guinée à Djeddah",
                     ["open_discussion"]),
                  sp("Ibrahima SOW", "Attaché social", "Consulat général de la République de Guinée à Djeddah",
                     ["roundtable"], 1)],
        notes="two speakers in one bullet list, each with a different role (open discussion of 23 Feb / table ronde "
              "1); the signer (Consul général) is not a speaker; HTML-only base64 from an Outlook.com address."))


def m09():
    when = at("2021-02-04 20:10:55")
    sent = tz(when - dt.timedelta(seconds=50), 4)
    text = """السلام عليكم

انا امينة من جمعية المغربيات العاملات بالإمارات. وصلتنا الدعوة ديال المراجعة الإقليمية عن طريق واحد الصديقة.
بغيت نسول واش ممكن نشاركو عن بعد من دبي؟ وفين نلقاو الرابط ديال التسجيل؟ واش خاص نكونو منظمة مسجلة ولا لا؟

شكرا بزاف
أمينة بنعلي
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    mid = "<CAM9vX1bT7qR3yN2oE8wK5zL0pA4sD6fG1hJ3kQ9mV2cB8xN7uA@mail.gmail.example.com>"
    alt = multi("alternative", [body, leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
                "000000000000f1e2d305ba6b2c77")
    rows = std_rows(when, "mail-wm1-f43.google.example.com", "209.85.128.43", "4DX6Yn3Gs5z9",
                    addr("Amina Benali", "amina.benali.uae@gmail.example.com"),
                    hdr("سؤال على المشاركة"), rfcdate(sent), mid, ret="amina.benali.uae@gmail.example.com")
    add(9, when, top(alt, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Moroccan Darija in Arabic script (واش، بغيت، ديال) asking whether an association of Moroccan women "
              "workers can take part remotely and how to register; no speaker proposed and no report; Latin-script "
              "From name."))


def m10():
    when = at("2021-02-05 23:50:40")
    sent = tz(when - dt.timedelta(seconds=31), 3)
    name = "SLEmb_KWT_GCM_Voluntary_Review_2021.pdf"
    text = """Dear Sir / Madam,

Regional Review of the GCM in the Arab region - submission of voluntary report and request for speaking role

With reference to the above, please find attached herewith the voluntary GCM review report of the Embassy of Sri Lanka in Kuwait, prepared in consultation with the Sri Lanka Bureau of Foreign Employment (SLBFE).

Further, the Embassy wishes to request a speaking opportunity for the following officer in Roundtable 1:

Mrs. W.M. Dilrukshi Perera
First Secretary (Labour)
Embassy of the Democratic Socialist Republic of Sri Lanka, Kuwait

Kindly note the report was delayed due to the approval process at the Ministry. We regret the inconvenience caused.

Thanking you,

Yours faithfully,

H.K. Ranasinghe
Management Service Officer
Labour Section, Embassy of Sri Lanka - Kuwait
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                leaf("text/html", html, "us-ascii", "quoted-printable")],
                "_000_VI1PR0701MB2862D4A6C8E0B2F4A6C8E0D2VI1PR0701MB2862eurp_")
    pdf = make_pdf(["Embassy of Sri Lanka - Kuwait / SLBFE", "Voluntary GCM Review Report - Kuwait 2021",
                    "Sri Lankan domestic workers in Kuwait: welfare, amnesty and repatriation (2019-2020)"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s";\r\n\tsize=%d; creation-date="Fri, 05 Feb 2021 21:40:02 GMT"' % (name, len(pdf)))
    body = multi("mixed", [alt, att], "_004_VI1PR0701MB2862D4A6C8E0B2F4A6C8E0D2VI1PR0701MB2862eurp_")
    rows = std_rows(when, "mail-vi1eur04on2101.outbound.protection.outlook.example.com", "40.107.8.101",
                    "4DXYc81Wk0z1", "Labour Section SL Embassy Kuwait <labour.kwt@slembassy-kw.example.lk>",
                    "Regional Review of the GCM - submission of voluntary report and request for speaking role",
                    rfcdate(sent), "<VI1PR0701MB2862D4A6C8E0B2F4A6C8E0D2@VI1PR0701MB2862.eurprd07.prod.outlook.example.com>",
                    ret="labour.kwt@slembassy-kw.example.lk")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")]
    add(10, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("W.M. Dilrukshi Perera", "First Secretary (Labour)",
                     "Embassy of the Democratic Socialist Republic of Sri Lanka, Kuwait", ["roundtable"], 1)],
        report_attachments=[name],
        notes="deadline edge: received 23:50:40 Beirut on Fri 5 Feb, on time for the speaker part; the Date header "
              "is 'Sat, 6 Feb 2021 00:50:09 +0300' (Kuwait) and the writer apologises for a delay; report is on time "
              "too; 'Mrs.' honorific dropped, initials kept; signer is not the speaker."))


def m11():
    when = at("2021-02-05 23:57:12")
    sent = tz(when - dt.timedelta(seconds=26), 4)
    inner = """<p>السادة الكرام في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،</p>
<p>تحية طيبة،</p>
<p>بناءً على توجيهات رئيس مجلس الإدارة، يسعدني أن أرفع إليكم بيانات ممثلة جمعية الإمارات لرعاية العمالة الوافدة التي نرغب في ترشيحها للمداخلة في الطاولة المستديرة الثانية:</p>
<table border="1" cellspacing="0" cellpadding="4" dir="rtl">
<tr><th>المسمى الوظيفي</th><th>الاسم</th><th>الجهة</th></tr>
<tr><td>نائب رئيس مجلس الإدارة</td><td>الدكتورة عائشة سالم الكعبي</td><td>جمعية الإمارات لرعاية العمالة الوافدة - أبوظبي</td></tr>
</table>
<p>مع العلم بأنه يمكن التواصل مع سعادتها مباشرة عبر هذا البريد.</p>
<p>وتفضلوا بقبول وافر الاحترام،</p>
<p>خلود المنصوري<br>سكرتيرة مجلس الإدارة<br>جمعية الإمارات لرعاية العمالة الوافدة</p>
<p style="color:#888">أُرسلت من Outlook لنظام iOS</p>"""
    body = leaf("text/html", html_wrap(inner, "rtl"), "utf-8", "base64")
    rows = std_rows(when, "mail.eawwa-uae.example.ae", "94.56.10.220", "4DXYm20Pq7z2",
                    addr("خلود المنصوري", "k.almansoori@eawwa-uae.example.ae"),
                    hdr("ترشيح متحدث - الطاولة المستديرة الثانية"), rfcdate(sent),
                    "<PR3P195MB0812F3A5C7E9B1D3F5A7C9E1@PR3P195MB0812.EURP195.PROD.OUTLOOK.example.com>",
                    ret="k.almansoori@eawwa-uae.example.ae")
    rows += [("X-Mailer", "Outlook for iOS")]
    add(11, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عائشة سالم الكعبي", "نائب رئيس مجلس الإدارة",
                     "جمعية الإمارات لرعاية العمالة الوافدة - أبوظبي", ["roundtable"], 2)],
        notes="deadline edge: received 23:57:12 Beirut on Fri 5 Feb (on time) while the Date header reads "
              "'Sat, 6 Feb 2021 01:56:46 +0400' (UAE); HTML-only with the speaker in a table whose columns are "
              "title | name | organisation; 'الدكتورة' dropped; the secretary writes for someone else; "
              "'الطاولة المستديرة الثانية' = roundtable 2."))


def m12():
    when = at("2021-02-06 00:06:30")
    sent = tz(when - dt.timedelta(seconds=40), 3)
    text = """مساء الخير

نبي نشارك بكلمة في المؤتمر الإقليمي عن الميثاق العالمي للهجرة، احنا اتحاد مكاتب استقدام العمالة المنزلية في الكويت وعندنا شي واجد نبي نقوله عن قانون العمالة المنزلية وعن الاستقدام بعد كورونا.

الأسماء:
١- أ. فهد مطلق العنزي - رئيس الاتحاد
٢- م. نورة الرشيدي - مسؤولة العلاقات العامة

اتمنى ما تأخرنا، الله يعطيكم العافية

مرسل من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.ithad-istiqdam.example.com.kw", "37.231.4.90", "4DXYw56Tr3z3",
                    addr("فهد العنزي", "fahad@ithad-istiqdam.example.com.kw"),
                    hdr("مشاركة"), rfcdate(sent), "<A3F1C0D2-6B4E-4A8F-9C2D-7E5B1A3F9D40@ithad-istiqdam.example.com.kw>",
                    ret="fahad@ithad-istiqdam.example.com.kw")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    add(12, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("فهد مطلق العنزي", "رئيس الاتحاد", "اتحاد مكاتب استقدام العمالة المنزلية في الكويت", []),
                  sp("نورة الرشيدي", "مسؤولة العلاقات العامة", "اتحاد مكاتب استقدام العمالة المنزلية في الكويت", [])],
        notes="late by 6.5 minutes: received 00:06:30 Beirut on Sat 6 Feb (Date header 01:05:50 +0300, Kuwait); "
              "Kuwaiti colloquial ('نبي نشارك', 'شي واجد'); two speakers in an Arabic-numbered list with honorific "
              "abbreviations 'أ.' and 'م.' to drop; no role stated ('بكلمة'); affiliation only in the prose sentence; "
              "one-word subject."))


def m13():
    when = at("2021-02-06 09:14:02")
    qid = "4DYG1r7Nm2z4"
    ack_id = "<ack-20210206-0091@gcmrr.iom.int>"
    orig_id = "<VI1PR0701MB2862D4A6C8E0B2F4A6C8E0D2@VI1PR0701MB2862.eurprd07.prod.outlook.example.com>"
    text = POSTFIX_NOTICE + """
<labour.kwt@slembassy-kw.example.lk>: host mx.slembassy-kw.example.lk[203.115.0.25]
    said: 552 5.2.2 <labour.kwt@slembassy-kw.example.lk>: Mailbox full, quota
    exceeded (in reply to RCPT TO command)
"""
    arr = when - dt.timedelta(seconds=14)
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; labour.kwt@slembassy-kw.example.lk
Original-Recipient: rfc822;labour.kwt@slembassy-kw.example.lk
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.slembassy-kw.example.lk
Diagnostic-Code: smtp; 552 5.2.2 <labour.kwt@slembassy-kw.example.lk>: Mailbox
    full, quota exceeded
""" % (qid, rfcdate(arr, "EET"))
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <labour.kwt@slembassy-kw.example.lk>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Labour Section SL Embassy Kuwait <labour.kwt@slembassy-kw.example.lk>
Subject: Re: Regional Review of the GCM - submission of voluntary report and
 request for speaking role
Date: %s
Message-ID: %s
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
""" % (qid, rfcdate(arr, "EET"), rfcdate(arr), ack_id, orig_id, orig_id)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1612595642/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))
    m["Date"] = rfcdate(when, "EET")
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<20210206071402.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(13, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report, 5.2.2 mailbox full) for our acknowledgement of h108-10; the returned "
              "headers quote the Sri Lankan embassy's subject about a report and a speaking role, which must not "
              "be read as a new submission."))


def m14():
    when = at("2021-02-07 10:03:18")
    sent = tz(when - dt.timedelta(seconds=21), 3)
    ack_id = "<ack-20210202-0017@gcmrr.iom.int>"
    text = """Bien reçu, merci beaucoup.

Service consulaire
Ambassade du Sénégal - Riyad

-----Message d'origine-----
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mardi 2 février 2021 12:06
À : consulat@senegal-riyad.example.sn
Objet : RE: Demande de prise de parole - Examen régional PMM

Madame, Monsieur,

Nous accusons réception de votre demande de prise de parole pour l'examen régional du Pacte mondial sur les migrations. Elle sera examinée par le comité d'organisation.

Cordialement,
Secrétariat de l'examen régional
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "smtp.senegal-riyad.example.sn", "212.26.44.9", "4DZ3bK8Hv6z5",
                    "=?iso-8859-1?Q?Service_consulaire_-_Ambassade_du_S=E9n=E9gal?= <consulat@senegal-riyad.example.sn>",
                    "=?iso-8859-1?Q?RE=A0:_RE:_Demande_de_prise_de_parole_-_Examen_r=E9gional_PMM?=",
                    rfcdate(sent), "<001b01d6fd2a$8e4f7c10$aaee7430$@senegal-riyad.example.sn>",
                    ret="consulat@senegal-riyad.example.sn")
    rows += [("In-Reply-To", ack_id), ("References", IDS[3] + " " + ack_id), ("X-Mailer", "Microsoft Outlook 16.0"),
             ("Content-Language", "fr")]
    add(14, when, top(body, rows), dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h108-03.eml",
        notes="a thank-you ('Bien reçu, merci') replying to our acknowledgement of h108-03: adds nothing new, so "
              "no acknowledgement; References carry h108-03's Message-ID; French Outlook 'RE :' with a non-breaking "
              "space and a '-----Message d'origine-----' block."))


def m15():
    when = at("2021-02-08 12:20:00")
    sent = tz(when - dt.timedelta(seconds=33), 3)
    text = """Bonjour,

Je me permets de vous écrire au nom de l'Ambassade de Côte d'Ivoire à Riyad.

Nous avons bien reçu la lettre d'invitation et souhaiterions savoir :
1) si une interprétation en français sera assurée pendant les tables rondes des 24 et 25 février ;
2) si le rapport volontaire peut être rédigé en français ou s'il doit obligatoirement être en anglais ou en arabe ;
3) si les missions diplomatiques peuvent assister en tant qu'observateurs sans prendre la parole.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Kouassi Jean-Marc Yao
Premier Secrétaire
Ambassade de Côte d'Ivoire - Riyad
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", html, "UTF-8", "quoted-printable")],
                 "000000000000b7c8d905bae0f1a3")
    rows = std_rows(when, "mail-ed1-f65.google.example.com", "209.85.208.65", "4DZqT0Cw1z6",
                    "Jean-Marc Yao <jm.yao.ambaci@gmail.example.com>",
                    "Questions - examen regional du Pacte mondial (interpretation, langue du rapport)",
                    rfcdate(sent), "<CAB2nY8uE4rT6wQ0pL3kJ9hG5fD1sA7zX2cV8bN4mM6qW0eR1tY@mail.gmail.example.com>",
                    ret="jm.yao.ambaci@gmail.example.com")
    add(15, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="three logistic questions (interpretation, language of the report, attending as observers); mentions "
              "'tables rondes', 'rapport volontaire' and 'prendre la parole' without asking for a role or sending "
              "a report."))


def m16():
    when = at("2021-02-09 12:31:44")
    sent = tz(when - dt.timedelta(seconds=47), 4)
    name = "EOIM-LW.pdf"
    text = """Sir/Madam,

PFA the report for the GCM Regional Review as desired vide your letter.

Kindly acknowledge the receipt.

Regards,

(R. Venkataraman)
Section Officer (Labour)
Embassy of India, Muscat
Tel: +968 2400 0000
"""
    t = leaf("text/plain", text, "us-ascii", "7bit")
    pdf = make_pdf(["Embassy of India, Muscat - Labour Wing",
                    "Voluntary Review of the Global Compact for Migration - Sultanate of Oman",
                    "Indian workers in Oman: welfare measures, ICWF assistance and grievance redressal 2019-2020"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name)], disp="attachment; filename=%s" % name)
    body = multi("mixed", [t, att], "=_alternative 0042A1B2652586B5_=")
    rows = std_rows(when, "mail.eoimuscat.example.gov.in", "164.100.1.77", "4F0bKs2Dp5z7",
                    '"SO (Labour), EOI Muscat" <so.labour@eoimuscat.example.gov.in>',
                    "GCM Regional Review - report", rfcdate(sent),
                    "<OF3A7C1E52.9B0D4F26-ON65258671.0042A1B2-65258671.0042C3D4@eoimuscat.example.gov.in>",
                    ret="so.labour@eoimuscat.example.gov.in")
    rows += [("X-Mailer", "Lotus Notes Release 9.0.1FP10 SHF68 March 15, 2019"), ("X-MIMETrack", "Serialize by Router on GOVMAIL/EOI at 09-02-2021 14:31:03")]
    add(16, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="'PFA the report' (please find attached) with a PDF named only by an acronym (EOIM-LW = Embassy of "
              "India Muscat - Labour Wing); no 'voluntary' in the body; Lotus Notes, unquoted filename; writer's "
              "name in parentheses in the signature."))


def m17():
    when = at("2021-02-10 14:22:10")
    sent = tz(when - dt.timedelta(seconds=36), 3)
    name = "تقرير رابطة العاملين المصريين - الرياض.pdf"
    text = """السلام عليكم ورحمة الله

ازيكم يا جماعة، بعتلكم في المرفقات تقرير الرابطة عن الميثاق العالمي للهجرة، التقرير اتعمل بالتعاون مع جاليات مصرية في جدة والدمام.

وكمان كنا عايزين حد مننا يتكلم في الجلسة العامة يوم 24، الأستاذ محمود عبد الحميد السيد (أمين عام رابطة العاملين المصريين بالمملكة العربية السعودية) هو اللي هيتكلم لو وافقتوا.

معلش لو اتأخرنا في موضوع الكلمة، الدعوة وصلتنا متأخر.

وشكرا جزيلا
هاني فؤاد
منسق الرابطة - الرياض
"""
    t = leaf("text/plain", text, "UTF-8", "base64")
    h = leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")
    alt = multi("alternative", [t, h], "000000000000a1b2c305bb01d4e5")
    pdf = make_pdf(["Egyptian Workers League in Saudi Arabia - Riyadh",
                    "Voluntary GCM Review Report (Arabic original, English summary)",
                    "Egyptian workers in KSA: sponsorship transfer reform (March 2021) and wage protection"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", b_word(name))],
               disp="attachment; filename*=%s" % rfc2231(name), extra=[("X-Attachment-Id", "f_kkz0q1w70")])
    body = multi("mixed", [alt, att], "000000000000a1b2c405bb01d4e7")
    rows = std_rows(when, "mail-lj1-f51.google.example.com", "209.85.208.51", "4F1Rn7Mx3z8",
                    addr("Hany Fouad", "hany.fouad.ewl@gmail.example.com"),
                    hdr("تقرير الرابطة + طلب كلمة"), rfcdate(sent),
                    "<CAK5pW2eR8tY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM1qW4eR7tY@mail.gmail.example.com>",
                    ret="hany.fouad.ewl@gmail.example.com")
    add(17, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("محمود عبد الحميد السيد", "أمين عام",
                     "رابطة العاملين المصريين بالمملكة العربية السعودية", ["plenary"])],
        report_attachments=[name],
        notes="Egyptian colloquial ('ازيكم', 'عايزين', 'معلش'); report on time (10 Feb) but the speaking request is "
              "after the 5 Feb deadline, so 'both' is not on time; title and organisation fused in parentheses "
              "after the name ('أمين عام رابطة ...'); 'الأستاذ' dropped; Arabic PDF name as RFC 2231 + RFC 2047."))


def m18():
    when = at("2021-02-11 16:05:27")
    sent = tz(when - dt.timedelta(seconds=58), 4)
    n1, n2 = "EARA_GCM_Voluntary_Report_2021.pdf", "Annex 1 - Member Survey Data.docx"
    text = """Dear Colleagues,

On behalf of the Emirates Association of Recruitment Agencies (EARA), I am pleased to submit our voluntary report for the Regional Review of the GCM in the Arab region, together with its annex (results of a survey of 112 member agencies on fair recruitment and the Employer Pays Principle).

This is a collective submission of EARA and the Dubai chapter of the Gulf Fair Recruitment Forum.

Best regards,

Rajesh Menon
Policy & Compliance Manager
Emirates Association of Recruitment Agencies (EARA)
Office 1204, Business Bay, Dubai, UAE
"""
    html = html_wrap(text2html(text).replace("Rajesh Menon", '<img src="cid:image001.png@01D70086.5C2E1A40" '
                                             'width="80" height="30" alt="EARA"><br>Rajesh Menon'))
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                leaf("text/html", html, "us-ascii", "quoted-printable")],
                "_000_DXBPR01MB7742A1C3E5F7092B4D6F8A0CDXBPR01MB7742apcp_")
    logo = leaf("image/png", make_png(16, 6, (180, 20, 40)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D70086.5C2E1A40>")])
    rel = multi("related", [alt, logo], "_006_DXBPR01MB7742A1C3E5F7092B4D6F8A0CDXBPR01MB7742apcp_",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Emirates Association of Recruitment Agencies (EARA)", "Voluntary GCM Review Report 2021",
                    "Fair recruitment and the Employer Pays Principle in the UAE"])
    docx = make_docx(["Annex 1 - Member Survey Data", "EARA survey of 112 member agencies, November-December 2020",
                      "Q1. Does your agency charge recruitment fees to workers? Yes 9% / No 91%"])
    a1 = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % n1)],
              disp='attachment; filename="%s"; size=%d' % (n1, len(pdf)))
    a2 = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % n2)],
              disp='attachment; filename="%s"; size=%d' % (n2, len(docx)))
    body = multi("mixed", [rel, a1, a2], "_007_DXBPR01MB7742A1C3E5F7092B4D6F8A0CDXBPR01MB7742apcp_")
    mid = "<DXBPR01MB7742A1C3E5F7092B4D6F8A0C@DXBPR01MB7742.apcprd01.prod.outlook.example.com>"
    IDS[18] = mid
    rows = std_rows(when, "mail-sg2apc01on2130.outbound.protection.outlook.example.com", "40.107.128.130",
                    "4F2Gx1Jk9z9", "Rajesh Menon <rajesh.menon@eara-uae.example.ae>",
                    "EARA - Voluntary GCM Review Report submission", rfcdate(sent), mid,
                    ret="rajesh.menon@eara-uae.example.ae")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")]
    add(18, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[n1, n2],
        notes="collective report in two files (PDF report + DOCX annex, both part of the submission) plus an inline "
              "signature logo image001.png that is not; Outlook multipart/mixed[related[alternative, png], pdf, "
              "docx]."))


def m19():
    when = at("2021-02-11 18:40:00")
    sent = tz(when - dt.timedelta(seconds=24), 4)
    text = """Madame, Monsieur,

L'Ambassade de la République du Mali à Abou Dhabi a l'honneur de vous confirmer la participation de sa délégation, en qualité d'observateurs, aux travaux de l'examen régional (23-25 février 2021). La délégation sera composée comme suit :

  1. M. Oumar TRAORÉ, Ministre Conseiller
  2. Mme Aminata KEÏTA, Attachée aux Maliens de l'extérieur
  3. M. Seydou COULIBALY, Chargé du protocole

Les intéressés ne prendront pas la parole ; nous vous serions reconnaissants de leur transmettre les liens de connexion à leurs adresses respectives (jointes en copie).

Haute considération.

Secrétariat
Ambassade du Mali - Abou Dhabi
"""
    body = leaf("text/plain", text, "windows-1252", "quoted-printable")
    rows = std_rows(when, "mail.ambamali-ad.example.ml", "5.195.40.61", "4F2M8v3Lz0z1",
                    "Ambassade du Mali Abou Dhabi <secretariat@ambamali-ad.example.ml>",
                    "=?windows-1252?Q?Participation_de_la_d=E9l=E9gation_malienne_(observateurs)?=",
                    rfcdate(sent), "<20210211204000.7F3C2A1B9E@ambamali-ad.example.ml>",
                    to=BOX, ret="secretariat@ambamali-ad.example.ml")
    rows += [("Cc", "o.traore@ambamali-ad.example.ml, a.keita@ambamali-ad.example.ml, s.coulibaly@ambamali-ad.example.ml"),
             ("User-Agent", "Roundcube Webmail/1.4.9")]
    add(19, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="registration of a three-person delegation as observers: names, titles and a numbered list look "
              "like a speaker request, but the message says they will not speak ('ne prendront pas la parole'); "
              "windows-1252 QP, Roundcube."))


def m20():
    when = at("2021-02-12 11:00:51")
    sent = tz(when - dt.timedelta(seconds=19), 4)
    text = """حضرات السادة المحترمين
شبكة الأمم المتحدة الإقليمية المعنية بالهجرة

السلام عليكم ورحمة الله وبركاته، وبعد،

إشارةً إلى رسالة الدعوة الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والتي حُدد فيها موعد إرسال طلبات الكلمات بيوم الجمعة 23 فبراير 2021، يطيب لنا أن نرشح الفاضلة/ شيخة بنت سعيد البلوشية، مديرة دائرة الرصد والمتابعة باللجنة العمانية لحقوق الإنسان، للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 فبراير.

شاكرين لكم حسن تعاونكم.

مع خالص التحية،

سالم بن خلفان الهنائي
قسم التعاون الدولي
اللجنة العمانية لحقوق الإنسان
مسقط - سلطنة عمان
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "mail.ohrc-om.example.om", "85.154.2.18", "4F3Tq5Bn2z2",
                    addr("سالم الهنائي", "s.alhinai@ohrc-om.example.om"),
                    hdr("ترشيح للمشاركة في النقاش المفتوح - الاستعراض الإقليمي للاتفاق العالمي للهجرة"),
                    rfcdate(sent), "<8d2f6a1c-4b3e-4f70-9c5a-1e7b3d9f2a60@ohrc-om.example.om>",
                    ret="s.alhinai@ohrc-om.example.om")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "ar")]
    add(20, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("شيخة بنت سعيد البلوشية", "مديرة دائرة الرصد والمتابعة", "اللجنة العمانية لحقوق الإنسان",
                     ["open_discussion"])],
        notes="relies on the Arabic letter's misprinted deadline ('الجمعة 23 فبراير'): sent 12 Feb, after the real "
              "5 Feb speaker deadline, so late; 'الفاضلة/' honorific dropped; title and organisation fused "
              "('مديرة دائرة الرصد والمتابعة باللجنة ...'); role 'النقاش المفتوح' = open_discussion; Thunderbird "
              "format=flowed 8bit."))


def m21():
    when = at("2021-02-14 10:15:36")
    sent = tz(when - dt.timedelta(seconds=30), 3)
    name = "التقرير الطوعي - مركز رعاية العمالة الوافدة.docx"
    text = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة      المحترمين

تحية طيبة وبعد،

يسرنا أن نرفق لكم طيه التقرير الطوعي الخاص بمركز رعاية العمالة الوافدة في مملكة البحرين، والذي يتناول خدمات الإيواء والإرشاد القانوني المقدمة للعمالة الوافدة خلال عامي 2019 و2020، ومدى اتساقها مع أهداف الاتفاق العالمي.

نرجو التكرم بتأكيد الاستلام.

وتفضلوا بقبول فائق الاحترام،

د. منى عبدالرحمن الجودر
المديرة التنفيذية
مركز رعاية العمالة الوافدة - مملكة البحرين
"""
    t = leaf("text/plain", text, "windows-1256", "quoted-printable")
    docx = make_docx(["Migrant Workers Care Centre - Kingdom of Bahrain", "Voluntary GCM Review Report 2021",
                      "Shelter and legal counselling services for migrant workers, 2019-2020"])
    att = Message(policy=POL)
    att["Content-Type"] = DOCX + ";\r\n\t" + ";\r\n\t".join(rfc2231_cont("name", name))
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", name))
    att.set_payload(base64.encodebytes(docx).decode("ascii"))
    body = multi("mixed", [t, att], "----=_NextPart_000_0031_01D70288.4A1B2C30")
    rows = std_rows(when, "mail.mwcc-bh.example.bh", "80.88.242.17", "4F4xR2Wn6z3",
                    addr("مركز رعاية العمالة الوافدة", "info@mwcc-bh.example.bh", "windows-1256"),
                    hdr("التقرير الطوعي - مركز رعاية العمالة الوافدة", "windows-1256"), rfcdate(sent),
                    "<003101d70288$4a1b2c30$de5184a0$@mwcc-bh.example.bh>", ret="info@mwcc-bh.example.bh")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-bh")]
    add(21, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="formal MSA from Bahrain, windows-1256 QP body; Arabic DOCX file name in RFC 2231 continuations "
              "(name*0*/filename*0*...); signer with 'د.' is not a speaker (no speaking request)."))


def m22():
    when = at("2021-02-15 13:48:02")
    sent = tz(when - dt.timedelta(seconds=45), 4)
    name = "EARA_GCM_Voluntary_Report_2021_rev1.pdf"
    text = """Dear Colleagues,

Please find attached a revised version of our report, which replaces the one sent on 11 February (there was an error in Table 3 on recruitment fees, and the name of our partner forum was misspelt on the cover). The annex is unchanged.

Apologies for the trouble.

Best regards,

Rajesh Menon
Policy & Compliance Manager
Emirates Association of Recruitment Agencies (EARA)

From: Rajesh Menon <rajesh.menon@eara-uae.example.ae>
Sent: Thursday, February 11, 2021 6:04 PM
To: gcmrrarabstates@iom.int
Subject: EARA - Voluntary GCM Review Report submission

Dear Colleagues,

On behalf of the Emirates Association of Recruitment Agencies (EARA), I am pleased to submit our voluntary report for the Regional Review of the GCM in the Arab region, together with its annex [...]
"""
    html = html_wrap(text2html(text))
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                leaf("text/html", html, "us-ascii", "quoted-printable")],
                "_000_DXBPR01MB77425E7F9A1B3C5D7E9F1A2BDXBPR01MB7742apcp_")
    pdf = make_pdf(["Emirates Association of Recruitment Agencies (EARA)", "Voluntary GCM Review Report 2021 - rev. 1",
                    "Fair recruitment and the Employer Pays Principle in the UAE"])
    a1 = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
              disp='attachment; filename="%s"; size=%d' % (name, len(pdf)))
    body = multi("mixed", [alt, a1], "_004_DXBPR01MB77425E7F9A1B3C5D7E9F1A2BDXBPR01MB7742apcp_")
    rows = std_rows(when, "mail-sg2apc01on2119.outbound.protection.outlook.example.com", "40.107.128.119",
                    "4F5jC7Pd0z4", "Rajesh Menon <rajesh.menon@eara-uae.example.ae>",
                    "RE: EARA - Voluntary GCM Review Report submission", rfcdate(sent),
                    "<DXBPR01MB77425E7F9A1B3C5D7E9F1A2B@DXBPR01MB7742.apcprd01.prod.outlook.example.com>",
                    ret="rajesh.menon@eara-uae.example.ae")
    rows += [("In-Reply-To", IDS[18]), ("References", IDS[18]), ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")]
    add(22, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h108-18.eml",
        notes="revised report replacing the PDF of h108-18 (the annex of h108-18 stays valid but is not re-sent); "
              "reply in the same thread with the original quoted Outlook-style."))


def m23():
    when = at("2021-02-16 23:56:40")
    sent = tz(when - dt.timedelta(seconds=27), 0)
    name = "Rapport_BASE_Koweit_PMM.pdf"
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire du Bureau d'appui aux Sénégalais de l'extérieur (BASE) - antenne du Koweït, dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Je vous l'envoie depuis Dakar où je suis en mission, excusez la forme.

Cordialement,
Ndèye Khady Fall
Cheffe d'antenne BASE Koweït

Envoyé de mon iPhone
"""
    t1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = make_pdf(["Bureau d'appui aux Senegalais de l'exterieur (BASE) - Koweit",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                    "Travailleurs senegalais au Koweit: etat des lieux 2019-2020"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name), ("x-unix-mode", "0644")],
               disp="inline;\r\n\tfilename=%s" % name)
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-2C9E4A1B-7D3F-4E5A-8B6C-0D1E2F3A4B5C")
    rows = std_rows(when, "mail.base-sn.example.sn", "41.82.10.5", "4F6Wz9Kq1z5",
                    "=?utf-8?Q?Nd=C3=A8ye_Khady_Fall?= <nk.fall@base-sn.example.sn>",
                    "Rapport volontaire BASE Koweit", rfcdate(sent),
                    "<4C1E7B2A-9D3F-4A6E-8B5C-2F0D1E3A7C9B@base-sn.example.sn>", ret="nk.fall@base-sn.example.sn")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(23, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:56:40 Beirut on Tue 16 Feb, on time; Date header 'Tue, 16 Feb 2021 "
              "21:56:13 +0000' (Dakar); iPhone layout [text, PDF inline, text] with an unquoted file name."))


def m24():
    when = at("2021-02-17 00:03:25")
    sent = tz(when - dt.timedelta(seconds=38), 4)
    name = "ATME rapport PMM final.docx"
    text = """Salam alikoum,

Veuillez trouver ci-joint le rapport de l'ATME (Association des travailleurs marocains aux Émirats) pour la revue régionale du pacte mondial.
Désolé pour le retard, on a eu des problèmes de connexion toute la soirée, inchallah c'est pas grave, on est toujours le 16 chez vous normalement.

Bien cordialement

Youssef El Amrani
Secrétaire général ATME
Abou Dhabi
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                leaf("text/html", html, "UTF-8", "quoted-printable")],
                "000000000000c9d0e105bb6f1a22")
    docx = make_docx(["ATME - Association des travailleurs marocains aux Emirats",
                      "Rapport volontaire - examen regional du Pacte mondial sur les migrations",
                      "Conditions de travail et acces aux services consulaires, 2019-2020"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kl9b0c1d2")])
    body = multi("mixed", [alt, att], "000000000000c9d0e205bb6f1a24")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4F6Xd2Nm4z6",
                    "Youssef El Amrani <y.elamrani.atme@gmail.example.com>",
                    "Rapport ATME - revue regionale PMM", rfcdate(sent),
                    "<CAD8uV3cN7eR2tY5wQ9pL1kJ4hG6fD0sA3zX5cV7bN9mM2qW4eR@mail.gmail.example.com>",
                    ret="y.elamrani.atme@gmail.example.com")
    add(24, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by 3.5 minutes: received 00:03:25 Beirut on Wed 17 Feb; Date header 'Wed, 17 Feb 2021 02:02:47 "
              "+0400' (Abu Dhabi); Maghrebi French ('Salam alikoum', 'inchallah') wrongly believing it is still the "
              "16th in Beirut."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
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
