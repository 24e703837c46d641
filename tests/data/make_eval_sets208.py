#!/usr/bin/env python3
"""Write the blind evaluation set holdout208 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets208.py
Theme: changes to earlier submissions (1-18 February 2021).  A speaker replaced by a colleague (and her
out-of-office answering our acknowledgement), a typo in a speaker's name corrected in a new mail whose subject
only says 'رد:', a roundtable changed and a co-speaker added, a nominee whose title and roundtable come in the
answer to a question of the secretariat, a report re-sent with a corrected page ('Réf. :', then an Arabic one as
a Gmail reply), a replacement after the deadline, a 'just confirming everything stays as sent' answer to our
acknowledgement, a 'RE: RE: TR:' internal chain copied to the mailbox, and ordinary reports and nominations in
between.  Every earlier message of a thread is in the set.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(208)
add = SET.add
H = "h208-%02d.eml"


TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"


# ================================================================ 01  EN  speaker  GMWA, roundtable 2 (replaced by 05)
M01_ID = "<DB7PR03MB4921A6F08C3E2B71@DB7PR03MB4921.eurprd03.prod.outlook.example.com>"
M01_SUBJ = "Speaker request - GMWA - Roundtable 2"
M01_TEXT = """Dear Regional Review Secretariat,

On behalf of the Gulf Migrant Workers Alliance, I would like to request a floor intervention in Thematic Roundtable 2 of the Regional Review Conference (24-25 February 2021).

Name: Priya Nair
Title: Research Coordinator
Affiliation: Gulf Migrant Workers Alliance (GMWA) - Kuwait City

Our intervention would draw on the 2020 survey we ran with domestic workers on access to justice and complaint mechanisms.

Many thanks,
Priya

Priya Nair | Research Coordinator
Gulf Migrant Workers Alliance (GMWA)
+965 0000 0000 | www.gmwa.example.org
"""


def m01():
    when = at("2021-02-01 10:12:07")
    m = mk(when, sent_at(when, 3, 6), "mail-db7eur03on0612.outbound.protection.outlook.example.com", "198.51.100.12",
           "4DTp1Q0kLmz1", "Priya Nair <p.nair@gmwa.example.org>", M01_SUBJ, M01_ID,
           alt(M01_TEXT, "_000_DB7PR03MB4921A6F08C3E2B71_"),
           extra=outlook(M01_SUBJ, "AQHW+HkA9bN1c2d3e4f5g6h7i8j9kA=="))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Priya Nair", "Research Coordinator", "Gulf Migrant Workers Alliance (GMWA)", ["roundtable"], 2)],
        notes="labelled lines; the affiliation line ends with the city ('- Kuwait City'), which is not part of the "
              "affiliation (as dev 004/024). Replaced two days later by h208-05."))


# ================================================================ 02  AR  speaker  two speakers, typo in the second name (corrected by 07)
M02_ID = "<CAJx7Rk2pQm4e+Vb9sNw1YzT3uHq0dLfK5o@mail.gmail.example.com>"
M02_SUBJ = "طلب المشاركة كمتحدثين - مركز سنابل للدعم القانوني"
M02_TEXT = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، يسر مركز سنابل للدعم القانوني أن يرشح المتحدثين التاليين:

١- الاسم: سارة الحوراني
المسمى الوظيفي: مديرة المركز
الجهة: مركز سنابل للدعم القانوني - عمّان
الدور: المشاركة في النقاش المفتوح للمشاورة مع أصحاب المصلحة (٢٣ شباط)

٢- الاسم: رامي الحبلي
المسمى الوظيفي: محامي ومنسق وحدة العمال المهاجرين
الجهة: مركز سنابل للدعم القانوني
الدور: مداخلة في المائدة المستديرة المواضيعية الرابعة

وتفضلوا بقبول فائق الاحترام،
سارة الحوراني
"""


def m02():
    when = at("2021-02-01 14:30:22")
    body = alt(M02_TEXT, "000000000000a1b2c305ba4c7d1e", html=gmail_html(M02_TEXT, rtl=True))
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f54.google.example.com", "192.0.2.54", "4DTvS25xQnz3",
           addr("سارة الحوراني", "sara.hourani.sanabel@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سارة الحوراني", "مديرة المركز", "مركز سنابل للدعم القانوني", ["open_discussion"]),
        sp("رامي الحبلي", "محامي ومنسق وحدة العمال المهاجرين", "مركز سنابل للدعم القانوني", ["roundtable"], 4)],
        notes="two speakers in numbered labelled blocks; the first affiliation line ends with the city ('- عمّان'), "
              "not part of the affiliation; roundtable as an ordinal word ('الرابعة'). The second name is mistyped "
              "('الحبلي'); it is recorded as written here and corrected by h208-07. Title written with its unit, kept."))


# ================================================================ 03  FR  speaker  PAMM, table ronde 1 (changed by 09)
M03_ID = "<5c2e9a71-0d4b-4f3e-b8a6-71c9e0f2d4a8@pamm-maroc.example.org>"
M03_SUBJ = "Demande d'intervention - PAMM - table ronde thématique"
M03_TEXT = """Madame, Monsieur,

Suite à l'invitation à la Conférence régionale d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières, la Plateforme des Associations Marocaines pour la Migration souhaite solliciter une prise de parole lors de la table ronde thématique n°1.

Intervenante proposée :
Nom : Aïcha Benmoussa
Fonction : Chargée de mission migrations
Organisation : Plateforme des Associations Marocaines pour la Migration (PAMM)

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

--
Aïcha Benmoussa
PAMM - Rabat
"""


def m03():
    when = at("2021-02-02 09:05:11")
    body = leaf("text/plain", flowed(M03_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 4), "smtp.pamm-maroc.example.org", "203.0.113.31", "4DVGh70Rtbz5",
           addr("Aïcha Benmoussa", "a.benmoussa@pamm-maroc.example.org", enc="Q"), hdr(M03_SUBJ, enc="Q"), M03_ID,
           body, extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aïcha Benmoussa", "Chargée de mission migrations", "Plateforme des Associations Marocaines pour la Migration (PAMM)",
           ["roundtable"], 1)],
        notes="Thunderbird format=flowed, 8bit; French labelled lines with a space before the colon; 'table ronde "
              "thématique n°1'. Later changed (roundtable 3, co-speaker added) by h208-09."))


# ================================================================ 04  FR  report  CTDM, PDF (re-sent corrected by 15)
M04_SUBJ = "Rapport volontaire PMM - CTDM"
M04_ID = "<PR1PR02MB5117C3D9A0E4F6B2@PR1PR02MB5117.eurprd02.prod.outlook.example.com>"
M04_FILE = "Rapport_PMM_CTDM_2021.pdf"


def m04():
    when = at("2021-02-02 16:40:03")
    text = """Bonjour,

Au nom du Collectif Tunisien pour les Droits des Migrants (CTDM), veuillez trouver ci-joint notre rapport volontaire d'examen du PMM, élaboré avec nos onze associations membres de Tunis, Sfax, Médenine et Gafsa.

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

Leïla Mejri
Coordinatrice du Collectif
Collectif Tunisien pour les Droits des Migrants (CTDM)
"""
    pdf = rep_pdf("Rapport volontaire d'examen du PMM", "Collectif Tunisien pour les Droits des Migrants (CTDM)",
                  ["Introduction", "Methodologie (11 associations membres)", "Objectifs 6, 7, 15 et 16",
                   "Defis", "Recommandations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            '<div class="WordSection1">%s<p><img width="96" height="48" src="cid:image001.png@01D6F96A.3B2C1D00">'
            '</p></div></body></html>\n' % "".join("<p class=\"MsoNormal\">%s</p>" % p.replace("\n", "<br>")
                                                    for p in text.split("\n\n")))
    rel = multi("related", [leaf("text/html", html), logo("image001.png@01D6F96A.3B2C1D00", (180, 20, 40))],
                "_004_PR1PR02MB5117C3D9A0E4F6B2_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR1PR02MB5117C3D9A0E4F6B2_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "_005_PR1PR02MB5117C3D9A0E4F6B2_")
    m = mk(when, sent_at(when, 1, 7), "mail-pr1eur02on0633.outbound.protection.outlook.example.com", "198.51.100.33",
           "4DVV2c6Mhrz2", addr("Leïla Mejri", "l.mejri@ctdm.example.org", enc="Q"), M04_SUBJ, M04_ID, body,
           extra=outlook(M04_SUBJ, "AdcpZ1a2b3c4d5e6f7g8h9i0jkLMNA==", lang="fr-FR", has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="collective report as PDF; Outlook multipart/mixed > alternative > related with an inline logo "
              "image001.png (not a report file). Re-sent with a corrected page by h208-15."))


# ================================================================ 05  EN  speaker  replaces the speaker of 01
M05_ID = "<DB7PR03MB49218E2C5F1A0D93@DB7PR03MB4921.eurprd03.prod.outlook.example.com>"


def m05():
    when = at("2021-02-03 11:20:45")
    text = """Dear colleagues,

A quick change to our request below: I will unfortunately be on mission during the conference, so my colleague Joseph Mathew will take the floor for GMWA instead of me, in the same roundtable.

Name: Joseph Mathew
Title: Programme Officer
Affiliation: Gulf Migrant Workers Alliance (GMWA)

Please remove my name from the list. Apologies for the extra work.

Best regards,
Priya

Priya Nair | Research Coordinator
Gulf Migrant Workers Alliance (GMWA)

From: Priya Nair <p.nair@gmwa.example.org>
Sent: Monday, February 1, 2021 11:12 AM
To: gcmrrarabstates@iom.int
Subject: Speaker request - GMWA - Roundtable 2

""" + M01_TEXT
    subj = "RE: " + M01_SUBJ
    m = mk(when, sent_at(when, 3, 5), "mail-db7eur03on0612.outbound.protection.outlook.example.com", "198.51.100.12",
           "4DW3mX1hT4z8", "Priya Nair <p.nair@gmwa.example.org>", subj, M05_ID,
           alt(text, "_000_DB7PR03MB49218E2C5F1A0D93_"),
           extra=outlook(M01_SUBJ, "AQHW+HkA9bN1c2d3e4f5g6h7i8j9kIAAB3xQ") + [("In-Reply-To", M01_ID),
                                                                          ("References", M01_ID)])
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, speakers=[
        sp("Joseph Mathew", "Programme Officer", "Gulf Migrant Workers Alliance (GMWA)", ["roundtable"], 2)],
        notes="replaces the speaker of h208-01 (In-Reply-To set): the new speaker's roundtable is given only by "
              "reference ('the same roundtable'), 2 from the quoted original, which still holds the old speaker's "
              "labelled lines. The sender (the old speaker) is not the new speaker."))


# ================================================================ 06  EN  auto_reply  out of office of 05's sender, answering our acknowledgement
def m06():
    when = at("2021-02-03 11:21:52")
    text = """Thank you for your email.

I am on mission from 3 to 12 February with limited access to email. For urgent matters please contact info@gmwa.example.org or call our office on +965 0000 0001.

Kind regards,
Priya Nair
Research Coordinator, GMWA
"""
    body = alt(text, "_000_DB7PR03MB4921OOF20210203_")
    rows = std_rows(when, "mail-db7eur03on0612.outbound.protection.outlook.example.com", "198.51.100.12",
                    "4DW3nZ4kV1z0", "Priya Nair <p.nair@gmwa.example.org>",
                    "Automatic reply: Acknowledgement of receipt - RE: Speaker request - GMWA - Roundtable 2",
                    rfcdate(sent_at(when, 3, 2)),
                    "<DB7PR03MB4921OOF9A7C2E1B@DB7PR03MB4921.eurprd03.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="p.nair@gmwa.example.org")
    rows += [("In-Reply-To", ack_mid("4DW3mX1hT4z8")), ("References", ack_mid("4DW3mX1hT4z8")),
             ("Content-Language", "en-US"), ("X-MS-Exchange-Inbox-Rules-Loop", "p.nair@gmwa.example.org")]
    add(6, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h208-05, answering our acknowledgement a minute later; the "
              "subject names the speaker request and the roundtable. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 07  AR  speaker  typo in a name corrected; subject 'رد:' only, no threading headers
def m07():
    when = at("2021-02-03 18:02:10")
    text = """مساء الخير،

نعتذر عن خطأ مطبعي في رسالتنا السابقة بتاريخ ١ شباط: اسم المتحدث الثاني هو رامي الحلبي وليس "رامي الحبلي".
نعيد إليكم البيانات كاملة بعد التصحيح، ولا تغيير في باقي المعلومات:

١- سارة الحوراني، مديرة المركز، مركز سنابل للدعم القانوني - النقاش المفتوح
٢- رامي الحلبي، محامي ومنسق وحدة العمال المهاجرين، مركز سنابل للدعم القانوني - المائدة المستديرة الرابعة

مع الشكر والتقدير،
سارة الحوراني
مديرة مركز سنابل للدعم القانوني
"""
    body = alt(text, "000000000000f3e2d105ba5233c0", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 6), "mail-wm1-f41.google.example.com", "192.0.2.41", "4DWDx53Jpmz6",
           addr("سارة الحوراني", "sara.hourani.sanabel@gmail.example.com"), re_hdr("رد: ", M02_SUBJ),
           "<CAJx7Rk0Tq9w3+ZcX2uP8vGf6mHs1eLa4Ny@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 2, speakers=[
        sp("سارة الحوراني", "مديرة المركز", "مركز سنابل للدعم القانوني", ["open_discussion"]),
        sp("رامي الحلبي", "محامي ومنسق وحدة العمال المهاجرين", "مركز سنابل للدعم القانوني", ["roundtable"], 4)],
        notes="corrects a typo in the second speaker's name (الحلبي, not الحبلي, which still appears in quotes in "
              "the text) and restates both speakers on comma-separated lines; the subject starts with 'رد:' but there "
              "is no In-Reply-To/References (new Gmail message with a hand-typed subject): linked to h208-02 by "
              "sender and subject. Both speakers recorded as restated."))


# ================================================================ 08  FR  both  AMPDM: DOCX report + plenary speaker (speaker replaced by 18)
M08_ID = "<AM0PR06MB4180E7B2C9D1F3A5@AM0PR06MB4180.eurprd06.prod.outlook.example.com>"
M08_SUBJ = "AMPDM - Rapport volontaire PMM et demande d'intervention"
M08_FILE = "AMPDM_Rapport_volontaire_PMM_2021.docx"
M08_TEXT = """Mesdames et Messieurs,

L'Association Mauritanienne pour la Promotion des Droits des Migrants (AMPDM) a l'honneur de vous transmettre en pièce jointe son rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations en Mauritanie.

Par la même occasion, l'AMPDM sollicite une intervention lors d'une des sessions plénières de la Conférence des 24 et 25 février, qui serait assurée par son Secrétaire exécutif, M. Sidi Mohamed Ould Ahmed.

Dans l'attente de votre retour, veuillez agréer nos salutations distinguées.

Khadijetou Sall
Assistante administrative
Association Mauritanienne pour la Promotion des Droits des Migrants (AMPDM)
Nouakchott - Mauritanie
"""


def m08():
    when = at("2021-02-04 10:30:00")
    doc = make_docx(["Rapport volontaire - Examen regional du PMM 2021",
                     "Association Mauritanienne pour la Promotion des Droits des Migrants (AMPDM)",
                     "1. Introduction", "2. Methodologie", "3. Progres par objectif (2, 4, 8, 13)",
                     "4. Defis", "5. Recommandations"])
    a = alt(M08_TEXT, "_000_AM0PR06MB4180E7B2C9D1F3A5_")
    body = multi("mixed", [a, attach(DOCX, doc, M08_FILE)], "_004_AM0PR06MB4180E7B2C9D1F3A5_")
    m = mk(when, sent_at(when, 0, 5), "mail-am0eur06on0618.outbound.protection.outlook.example.com", "198.51.100.18",
           "4DWbq26FNsz4", "AMPDM Secretariat <secretariat@ampdm.example.org>", M08_SUBJ, M08_ID, body,
           extra=outlook(M08_SUBJ, "AdcqFF0a1b2c3d4e5f6g7h8i9j0kLg==", lang="fr-FR", has_attach="yes"))
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M08_FILE], speakers=[
        sp("Sidi Mohamed Ould Ahmed", "Secrétaire exécutif",
           "Association Mauritanienne pour la Promotion des Droits des Migrants (AMPDM)", ["plenary"])],
        notes="report (DOCX) and a plenary speaker in one message, both on time (4 February); the speaker is named "
              "in prose ('son Secrétaire exécutif, M. ...'), the sender is an administrative assistant writing from "
              "a shared mailbox; place line in the signature not part of the affiliation. Speaker replaced late by "
              "h208-18."))


# ================================================================ 09  FR  speaker  roundtable changed 1 -> 3 and a co-speaker added (reply to 03)
M09_ID = "<b81f3d2e-7a6c-4e19-9f05-3c2d8a1e6b70@pamm-maroc.example.org>"


def m09():
    when = at("2021-02-04 15:10:31")
    text = """Madame, Monsieur,

Je reviens vers vous au sujet de notre demande du 2 février. Après concertation avec nos associations membres, nous souhaiterions apporter deux modifications :

- Mme Benmoussa interviendrait finalement à la table ronde thématique n°3 et non plus à la n°1 ;
- nous souhaiterions ajouter un co-intervenant à la même table ronde : M. Hamza Ouali, Juriste, Plateforme des Associations Marocaines pour la Migration (PAMM).

Merci de bien vouloir mettre à jour notre demande en conséquence.

Cordialement,

--
Aïcha Benmoussa
PAMM - Rabat

Le 02/02/2021 à 08:05, Aïcha Benmoussa a écrit :
""" + gt(M03_TEXT) + "\n"
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 3), "smtp.pamm-maroc.example.org", "203.0.113.31", "4DWkB91cXvz2",
           addr("Aïcha Benmoussa", "a.benmoussa@pamm-maroc.example.org", enc="Q"), hdr("Re: " + M03_SUBJ, enc="Q"),
           M09_ID, body, extra=[("User-Agent", TB), ("In-Reply-To", M03_ID), ("References", M03_ID),
                                ("Content-Language", "fr")])
    pamm = "Plateforme des Associations Marocaines pour la Migration (PAMM)"
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 3, speakers=[
        sp("Aïcha Benmoussa", "Chargée de mission migrations", pamm, ["roundtable"], 3),
        sp("Hamza Ouali", "Juriste", pamm, ["roundtable"], 3)],
        notes="revises h208-03 (In-Reply-To set): roundtable changed from n°1 to n°3 and a co-speaker added 'à la "
              "même table ronde'. The first speaker is named by surname only in the new text ('Mme Benmoussa'); her "
              "full name and title come from the '>'-quoted original, which still says n°1."))


# ================================================================ 10  AR  speaker  iPhone, minimal, no title, no roundtable number
M10_ID = "<9E3B1C2A-47D5-4F8E-A61B-2C0D9F7E5A31@example.net>"
M10_SUBJ = "ترشيح متحدث"


def m10():
    when = at("2021-02-04 19:40:09")
    text = """السلام عليكم
نرشح الأستاذ وليد منصور للمشاركة بمداخلة في المائدة المستديرة
شكرا

رابطة المصريين العاملين بالخارج

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 9), "sonic305-3.consmr.mail.bf2.yahoo.example.com", "192.0.2.105", "4DWx0L2Gq8z7",
           addr("Egyptians Abroad Workers League", "egy.abroad.league@yahoo.example.com"), hdr(M10_SUBJ), M10_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وليد منصور", None, "رابطة المصريين العاملين بالخارج", ["roundtable"])],
        notes="phone message of three lines: 'الأستاذ' is a courtesy title ('Mr.'), not part of the name; no job title "
              "(null) and no roundtable number (null); the affiliation is the signature line; English From display "
              "name, English 'Sent from my iPhone'. The secretariat asked for the missing details; answered in h208-11."))


# ================================================================ 11  AR  speaker  answer to the secretariat's question (quoted), gives title + roundtable
def m11():
    when = at("2021-02-05 12:15:44")
    q_mid = "<sec.20210205.0915.wm@gcmrrarabstates.iom.int>"
    text = """أهلاً بحضرتكم،

بالرد على سؤالكم: المسمى الوظيفي للأستاذ وليد هو مسؤول ملف العمالة غير النظامية بالرابطة، وهو يفضل المائدة المستديرة التالتة (رقم ٣) لأنها الأقرب لشغله.

ولو محتاجين أي بيانات تانية إحنا تحت أمركم.

رابطة المصريين العاملين بالخارج

Sent from my iPhone

> On 5 Feb 2021, at 9:15 AM, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
> السادة رابطة المصريين العاملين بالخارج،
> شكراً على ترشيحكم. لاستكمال الطلب، نرجو تزويدنا بالمسمى الوظيفي للأستاذ وليد منصور، ورقم المائدة المستديرة المواضيعية (١ إلى ٤) التي يرغب في التحدث فيها، وذلك قبل نهاية يوم الجمعة ٥ شباط/فبراير.
> مع التحية،
> أمانة الاستعراض الإقليمي
>
>> On 4 Feb 2021, at 7:40 PM, Egyptians Abroad Workers League <egy.abroad.league@yahoo.example.com> wrote:
>>
>> السلام عليكم
>> نرشح الأستاذ وليد منصور للمشاركة بمداخلة في المائدة المستديرة
>> شكرا
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 6), "sonic305-3.consmr.mail.bf2.yahoo.example.com", "192.0.2.105", "4DXN7q0Rk3z1",
           addr("Egyptians Abroad Workers League", "egy.abroad.league@yahoo.example.com"),
           re_hdr("Re: ", "استكمال بيانات طلب المداخلة - " + M10_SUBJ),
           "<5A2F8D10-3B6C-4E97-8C14-7D0E2A9B6F42@example.net>", body,
           extra=[("X-Mailer", IPHONE), ("In-Reply-To", q_mid), ("References", M10_ID + " " + q_mid)])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 10, speakers=[
        sp("وليد منصور", "مسؤول ملف العمالة غير النظامية", "رابطة المصريين العاملين بالخارج", ["roundtable"], 3)],
        notes="answer (Egyptian dialect) to the secretariat's question quoted below it, which is an outgoing message "
              "of the review address and not in the set; In-Reply-To names the secretariat's message, References "
              "also h208-10. Completes h208-10 with the title ('بالرابطة' refers to the league, not part of the "
              "title) and roundtable 'التالتة (رقم ٣)'. The full name is written only in the quoted question and the "
              "quoted original. On time (5 February)."))


# ================================================================ 12  EN  both  HAMMF: PDF report + two speakers in a pasted form (Cc colleague)
M12_ID = "<CAKp3wZ8sT1q+0fNdR6yUj4Hx9bV2mLc7Ea@mail.gmail.example.com>"
M12_SUBJ = "HAMMF voluntary GCM report + speakers"
M12_FILE = "HAMMF_Voluntary_GCM_Review_2021.pdf"


def m12():
    when = at("2021-02-05 16:02:18")
    text = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Horn-Arabia Mixed Migration Forum.

We would also like to propose two speakers. I copy below what we entered in the online registration form:

----- Speaker 1 -----
Full name: Dr Salma Idris
Position: Senior Researcher
Organization: Horn-Arabia Mixed Migration Forum (HAMMF)
Role requested: Rapporteur (key messages)

----- Speaker 2 -----
Full name: Abdirahman Yusuf Ali
Position: Field Coordinator
Organization: Horn-Arabia Mixed Migration Forum (HAMMF)
Role requested: Open discussion, multi-stakeholder consultation (23 Feb)

I am copying my colleague Mohamed Osman, who coordinated the report.

Warm regards,
Salma

--
Dr Salma Idris
Senior Researcher, HAMMF
Nairobi | Aden | Djibouti
"""
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Horn-Arabia Mixed Migration Forum (HAMMF)",
                  ["Introduction", "Methodology", "Progress on Objectives 1, 8, 9 and 10",
                   "Challenges on the Eastern Route", "Recommendations"])
    a = alt(text, "000000000000b7c6d505ba6e91f2", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M12_FILE)], "000000000000b7c6d405ba6e91f0")
    m = mk(when, sent_at(when, 3, 11), "mail-ed1-f47.google.example.com", "192.0.2.47", "4DXTbn4Lk2z9",
           "Salma Idris <salma.idris.hammf@gmail.example.com>", M12_SUBJ, M12_ID, body,
           cc="Mohamed Osman <m.osman@hammf.example.org>")
    hammf = "Horn-Arabia Mixed Migration Forum (HAMMF)"
    add(12, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[M12_FILE], speakers=[
        sp("Salma Idris", "Senior Researcher", hammf, ["rapporteur"]),
        sp("Abdirahman Yusuf Ali", "Field Coordinator", hammf, ["open_discussion"])],
        notes="both, on time (report and speakers on 5 February); two speakers in a pasted registration form ('Full "
              "name' / 'Position' / 'Organization'); 'Dr' dropped; the signature's places are not part of the "
              "affiliation. Cc to a colleague whose address bounces (h208-13)."))


# ================================================================ 13  EN  bounce  our acknowledgement of 12 to the Cc'd colleague
def m13():
    when = at("2021-02-05 16:03:01")
    text = POSTFIX_NOTICE + """
<m.osman@hammf.example.org>: host mx1.hammf.example.org[203.0.113.77] said: 550
    5.1.1 <m.osman@hammf.example.org>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXTbq0Wm5z2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; m.osman@hammf.example.org\n"
           "Original-Recipient: rfc822;m.osman@hammf.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx1.hammf.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <m.osman@hammf.example.org>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table\n" % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Salma Idris <salma.idris.hammf@gmail.example.com>\n"
            "Cc: Mohamed Osman <m.osman@hammf.example.org>\n"
            "Subject: Acknowledgement of receipt - HAMMF voluntary GCM report + speakers\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=6)), ack_mid("4DXTbq0Wm5z2"), M12_ID))
    body = dsn_report(text, dsn, hdrs, "4DXTcC5Pn1z8.1612533781/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXTcC5Pn1z8; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205140301.4DXTcC5Pn1z8@mx1.iom.int>")]
    add(13, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 (user unknown) for the copy of our acknowledgement of h208-12 sent to the Cc'd "
              "colleague; the returned headers name the report and h208-12 in In-Reply-To. Never acknowledge; "
              "thread_of null as for dev bounces."))


# ================================================================ 14  EN  speaker  late, on behalf, 'RE: RE: TR:' internal chain copied to the mailbox
def m14():
    when = at("2021-02-07 13:20:00")
    text = """Dear IOM colleagues,

Apologies for the late submission - the invitation reached our Director only last week through our Tunis office (see the chain below). On her behalf, I would like to request a floor intervention for her in a plenary session of the conference on 24-25 February, if slots are still available.

Speaker: Ms Rana Jaber
Position: Director of Programmes
Organisation: Levant Refugee Legal Aid (LRLA)

Best regards,

Hadi Nassar
Executive Assistant to the Director of Programmes
Levant Refugee Legal Aid (LRLA) | Beirut

________________________________
From: Rana Jaber <r.jaber@lrla.example.org>
Sent: Saturday, February 6, 2021 7:48 PM
To: Hadi Nassar <h.nassar@lrla.example.org>
Subject: RE: TR: Invitation - Regional Review of the GCM in the Arab region

Hadi, yes please go ahead and send my name for a plenary slot, even if it is late. Use my usual title. Thanks!
R.

________________________________
De : Sonia Trabelsi <s.trabelsi@lrla.example.org>
Envoyé : vendredi 5 février 2021 17:02
À : Rana Jaber <r.jaber@lrla.example.org>
Objet : TR: Invitation - Regional Review of the GCM in the Arab region

Bonjour Rana, je te transfère l'invitation reçue par le bureau de Tunis. La date limite pour les intervenants était aujourd'hui, je crois. Bises, Sonia

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, January 21, 2021 10:00 AM
Subject: Invitation - Regional Review of the GCM in the Arab region

Dear colleagues,

You are invited to submit voluntary GCM review reports by 16 February 2021 and to express your interest in speaking roles by 5 February 2021 to gcmrrarabstates@iom.int, giving the name, title and organizational affiliation of the proposed speaker.
"""
    subj = "RE: RE: TR: Invitation - Regional Review of the GCM in the Arab region"
    m = mk(when, sent_at(when, 2, 8), "mail-he1eur04on0602.outbound.protection.outlook.example.com", "198.51.100.2",
           "4DYZ3s7Lq0z4", "Hadi Nassar <h.nassar@lrla.example.org>", subj,
           "<HE1PR04MB3366D2A9B1C0E7F4@HE1PR04MB3366.eurprd04.prod.outlook.example.com>",
           alt(text, "_000_HE1PR04MB3366D2A9B1C0E7F4_"),
           extra=outlook("TR: Invitation - Regional Review of the GCM in the Arab region",
                         "AQHW/KCCzz1a2b3c4d5e6f7g8h9i0BBBCCCD", lang="en-GB")
           + [("In-Reply-To", "<HE1PR04MB33660A1B2C3D4E5F@HE1PR04MB3366.eurprd04.prod.outlook.example.com>"),
              ("References", "<PR0P264MB1122AABBCCDD@PR0P264MB1122.FRAP264.PROD.OUTLOOK.example.com> "
                             "<HE1PR04MB33660A1B2C3D4E5F@HE1PR04MB3366.eurprd04.prod.outlook.example.com>")],
           cc="Rana Jaber <r.jaber@lrla.example.org>")
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Rana Jaber", "Director of Programmes", "Levant Refugee Legal Aid (LRLA)", ["plenary"])],
        notes="late (7 February); sent on behalf of the speaker by her assistant (whose own title is in the "
              "signature); subject 'RE: RE: TR:' of an internal chain (English and French Outlook headers) that ends "
              "with our own invitation: the threading headers name internal messages only, nothing in the set, so "
              "thread_of null. 'Ms' dropped."))


# ================================================================ 15  FR  report  corrected page, new message with 'Réf. :' subject (re-sends 04)
M15_FILE = "Rapport_PMM_CTDM_2021_p7_corrigee.pdf"


def m15():
    when = at("2021-02-08 09:30:12")
    text = """Bonjour,

Une erreur s'est glissée à la page 7 de notre rapport transmis le 2 février (les chiffres du tableau sur les retours volontaires de 2019 et 2020 étaient inversés). Vous trouverez ci-joint la version corrigée, qui annule et remplace la précédente. Le reste du document est inchangé.

Avec nos excuses,

Leïla Mejri
Coordinatrice du Collectif
Collectif Tunisien pour les Droits des Migrants (CTDM)
"""
    pdf = rep_pdf("Rapport volontaire d'examen du PMM (version corrigee)",
                  "Collectif Tunisien pour les Droits des Migrants (CTDM)",
                  ["Introduction", "Methodologie (11 associations membres)", "Objectifs 6, 7, 15 et 16",
                   "Defis (tableau p. 7 corrige)", "Recommandations"])
    a = alt(text, "_000_PR1PR02MB51179F0E1D2C3B4A_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M15_FILE)], "_004_PR1PR02MB51179F0E1D2C3B4A_")
    subj = "Réf. : " + M04_SUBJ + " - version corrigée"
    m = mk(when, sent_at(when, 1, 6), "mail-pr1eur02on0633.outbound.protection.outlook.example.com", "198.51.100.33",
           "4DZ4hQ2Xw7z5", addr("Leïla Mejri", "l.mejri@ctdm.example.org", enc="Q"), hdr(subj, "iso-8859-1", "Q"),
           "<PR1PR02MB51179F0E1D2C3B4A@PR1PR02MB5117.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcB9x0a1b2c3d4e5f6g7h8i9j0kZw==", lang="fr-FR", has_attach="yes"))
    add(15, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 4, report_attachments=[M15_FILE],
        notes="corrected version of the report of h208-04 ('annule et remplace'), sent as a new message with a "
              "'Réf. :' subject and no In-Reply-To/References: linked by sender and subject; on time (8 February). "
              "Subject Q-encoded ISO-8859-1."))


# ================================================================ 16  AR  report  DOCX with Arabic file name (corrected by 22)
M16_ID = "<AS8PR01MB7702B4C6D8E0F2A1@AS8PR01MB7702.eurprd01.prod.outlook.example.com>"
M16_SUBJ = "التقرير الطوعي - الجمعية البحرينية لحماية العمال الوافدين"
M16_FILE = "تقرير الجمعية البحرينية - الاتفاق العالمي للهجرة.docx"
M16_TEXT = """السادة المنظمة الدولية للهجرة - أمانة الاستعراض الإقليمي،

تحية طيبة،

مرفق لكم التقرير الطوعي للجمعية البحرينية لحماية العمال الوافدين حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويغطي الفترة ٢٠١٩-٢٠٢٠ مع التركيز على الهدفين ٦ و٢٢.

مع خالص الشكر،

منيرة الدوسري
منسقة المشاريع
الجمعية البحرينية لحماية العمال الوافدين
"""


def m16():
    when = at("2021-02-09 11:00:40")
    doc = make_docx(["التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة ٢٠٢١",
                     "الجمعية البحرينية لحماية العمال الوافدين",
                     "١. مقدمة", "٢. المنهجية", "٣. التقدم المحرز (الهدفان ٦ و٢٢)", "٤. التحديات", "٥. التوصيات"])
    a = alt(M16_TEXT, "_000_AS8PR01MB7702B4C6D8E0F2A1_", rtl=True)
    body = multi("mixed", [a, attach(DOCX, doc, M16_FILE)], "_004_AS8PR01MB7702B4C6D8E0F2A1_")
    m = mk(when, sent_at(when, 3, 5), "mail-as8eur01on0601.outbound.protection.outlook.example.com", "198.51.100.81",
           "4DZr8T1Yb3z2", addr("منيرة الدوسري", "m.aldosari@bspmw.example.org"), hdr(M16_SUBJ), M16_ID, body,
           extra=outlook(hdr(M16_SUBJ), "AdcA7m1b2c3d4e5f6g7h8i9j0kQQ==", lang="ar-BH", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="report as a DOCX whose Arabic file name has spaces and a hyphen (RFC 2231 + RFC 2047); Outlook. "
              "Replaced by a corrected version in h208-22."))


# ================================================================ 17  EN  other  'just confirming everything stays as sent' (reply to our acknowledgement of 12)
def m17():
    when = at("2021-02-10 14:20:05")
    ack = ack_mid("4DXTbq0Wm5z2")
    text = """Dear team, just confirming everything stays as sent on 5 Feb: same report, same two speakers and roles, no changes from our side. (Mohamed's address was wrong in my Cc, sorry about that.)

Salma

Sent from my iPhone

> On 5 Feb 2021, at 17:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
> Dear Salma Idris,
>
> Thank you for your message "HAMMF voluntary GCM report + speakers". We confirm receipt of your voluntary GCM review report (1 file) and of your speaking-role request for 2 speakers. The secretariat will be in touch about the programme.
>
> GCM Regional Review - Arab States
"""
    body = leaf("text/plain", text, "utf-8", "7bit" if all(ord(c) < 128 for c in text) else "quoted-printable")
    m = mk(when, sent_at(when, 3, 3), "mail-pj1-f44.google.example.com", "192.0.2.44", "4F0B1w5Rt8z3",
           "Salma Idris <salma.idris.hammf@gmail.example.com>",
           "Re: Acknowledgement of receipt - " + M12_SUBJ,
           "<A8C4E2F0-91B3-4D6A-B7E5-0F1D2C3B4A59@gmail.example.com>", body,
           extra=[("X-Mailer", IPHONE), ("In-Reply-To", ack), ("References", M12_ID + " " + ack)])
    add(17, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 12,
        notes="changes nothing: a reply to our acknowledgement of h208-12 confirming that the report and both "
              "speakers stay as sent. LABELS.md: no acknowledgement for a reply to one of our acknowledgements that "
              "adds nothing new, so acknowledge false although a person wrote it; thread_of h208-12 (References "
              "names it). The apology for the wrong Cc address adds nothing to the submission."))


# ================================================================ 18  FR  speaker  late replacement of the plenary speaker of 08
def m18():
    when = at("2021-02-11 10:10:10")
    text = """Mesdames et Messieurs,

Nous vous informons que M. Sidi Mohamed Ould Ahmed, retenu par une mission à l'intérieur du pays, ne pourra pas prendre part à la Conférence. L'AMPDM propose qu'il soit remplacé, pour la même session plénière, par :

Mme Mariem Mint Brahim, Chargée de programmes

Nous vous prions de bien vouloir nous excuser pour ce changement tardif.

Khadijetou Sall
Assistante administrative
Association Mauritanienne pour la Promotion des Droits des Migrants (AMPDM)

-----Message d'origine-----
De : AMPDM Secretariat <secretariat@ampdm.example.org>
Envoyé : jeudi 4 février 2021 08:29
À : gcmrrarabstates@iom.int
Objet : """ + M08_SUBJ + "\n\n" + M08_TEXT
    a = alt(text, "_000_AM0PR06MB41802C4E6A8B0D1F_")
    subj = "RE: " + M08_SUBJ
    m = mk(when, sent_at(when, 0, 4), "mail-am0eur06on0618.outbound.protection.outlook.example.com", "198.51.100.18",
           "4F0rW96Hk1z0", "AMPDM Secretariat <secretariat@ampdm.example.org>", subj,
           "<AM0PR06MB41802C4E6A8B0D1F@AM0PR06MB4180.eurprd06.prod.outlook.example.com>", a,
           extra=outlook(M08_SUBJ, "AdcqFF0a1b2c3d4e5f6g7h8i9j0kLgABCdEf", lang="fr-FR")
           + [("In-Reply-To", M08_ID), ("References", M08_ID)])
    add(18, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of=H % 8, speakers=[
        sp("Mariem Mint Brahim", "Chargée de programmes",
           "Association Mauritanienne pour la Promotion des Droits des Migrants (AMPDM)", ["plenary"])],
        notes="late (11 February) replacement of the plenary speaker of h208-08 (In-Reply-To set); the new speaker's "
              "affiliation is the association written in full in the signature ('L'AMPDM propose'); the quoted "
              "original (Outlook '-----Message d'origine-----') still holds the report mail and the old speaker. No "
              "report in this message: speaker_request only."))


# ================================================================ 19  AR  both  windows-1256; report PDF + speaker only in the signature (speaker part late)
def m19():
    when = at("2021-02-12 16:45:30")
    text = """الإخوة الكرام في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

نرفق لكم التقرير الطوعي الجماعي لتحالفنا حول تنفيذ الاتفاق العالمي للهجرة في السودان، والذي شاركت في إعداده تسع منظمات أعضاء.

كما أرغب في المشاركة في النقاش المفتوح للمشاورة مع أصحاب المصلحة يوم 23 فبراير، مع الاعتذار عن التأخر في إرسال الطلب بسبب انقطاع الإنترنت في الأيام الماضية.

مع الشكر والتقدير

د. إيمان عثمان
منسقة البرامج
تحالف المنظمات السودانية للهجرة والتنمية
الخرطوم
"""
    fname = "Sudan_Alliance_GCM_Report_2021.pdf"
    pdf = rep_pdf("Collective voluntary GCM review report - Sudan", "Sudanese Alliance of Organisations on Migration "
                  "and Development", ["Introduction", "Methodology (9 member organisations)",
                                      "Objectives 2, 10 and 23", "Challenges", "Recommendations"])
    a = alt(text, "----=_NextPart_001_0012_01D70166.7A3B2C10", rtl=True, charset="windows-1256")
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "----=_NextPart_000_0011_01D70166.7A3B2C10")
    m = mk(when, sent_at(when, 2, 4), "smtp.sudan-alliance.example.org", "203.0.113.66", "4F1ZqK3Bm6z4",
           addr("إيمان عثمان", "eman.osman@sudan-alliance.example.org", "windows-1256"),
           hdr("التقرير الطوعي وطلب مشاركة", "windows-1256"),
           "<000f01d70166$7a3b2c10$6e2f8430$@sudan-alliance.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AdcBZnozsiwQbi+EQw6Lm2r9Yq0Kxg=="),
                  ("Content-Language", "ar-sd")])
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
        sp("إيمان عثمان", "منسقة البرامج", "تحالف المنظمات السودانية للهجرة والتنمية", ["open_discussion"])],
        notes="both: the report part is on time (12 February) but the speaker part is late, so on_time false. The "
              "sender proposes herself in the first person; name, title and affiliation only in the signature "
              "('د.' dropped, city line not part of the affiliation). windows-1256 text and HTML, Outlook 2010."))


# ================================================================ 20  EN  report  HTML-only, PDF
M20_FILE = "ARDMN_GCM_Voluntary_Report_Feb2021.pdf"


def m20():
    when = at("2021-02-14 12:00:00")
    inner = ("<div>Dear Secretariat,</div><div><br></div>"
             "<div>Please find attached the voluntary GCM review report of the <b>Arab Region Disability and Migration "
             "Network (ARDMN)</b>. It focuses on migrants and refugees with disabilities and on Objectives 7, 15 and "
             "16.</div><div><br></div><div>Our chair sent a separate speaking request last week; nothing changes "
             "there.</div><div><br></div><div>Kind regards,</div><div>Youssef Karam</div>"
             "<div><span style=\"color:#777\">Communications Officer | ARDMN</span></div>")
    pdf = rep_pdf("Voluntary GCM Review Report", "Arab Region Disability and Migration Network (ARDMN)",
                  ["Introduction", "Methodology", "Objectives 7, 15 and 16", "Challenges", "Recommendations"])
    body = multi("mixed", [html_only(inner), attach("application/pdf", pdf, M20_FILE)],
                 "----=_Part_401122_1887265410.1613296798003")
    m = mk(when, sent_at(when, 2, 3), "sonic310-22.consmr.mail.ir2.yahoo.example.com", "192.0.2.210", "4F2YtP0Fq9z1",
           "Youssef Karam <youssef.karam.ardmn@yahoo.example.com>", "ARDMN - voluntary report",
           "<1120944861.401123.1613296798004@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="HTML-only body (no text/plain) with a PDF; mentions an earlier speaking request that is not in the set "
              "('nothing changes there'): not a speaker request, no speakers."))


# ================================================================ 21  FR  other  question in the PAMM thread (reply to 09)
def m21():
    when = at("2021-02-15 09:20:00")
    text = """Bonjour,

Pourriez-vous nous confirmer que la modification de notre demande (table ronde n°3, avec M. Ouali comme co-intervenant) a bien été prise en compte ? Nous n'avons reçu que l'accusé de réception automatique.

Par ailleurs, savez-vous déjà si la table ronde n°3 aura lieu le 24 ou le 25 février ? Cela nous aiderait pour l'organisation du déplacement.

Merci d'avance,

--
Aïcha Benmoussa
PAMM - Rabat

Le 04/02/2021 à 14:10, Aïcha Benmoussa a écrit :
> Madame, Monsieur,
>
> Je reviens vers vous au sujet de notre demande du 2 février. Après
> concertation avec nos associations membres, nous souhaiterions apporter
> deux modifications :
> [...]
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 5), "smtp.pamm-maroc.example.org", "203.0.113.31", "4F38vN6Jk2z7",
           addr("Aïcha Benmoussa", "a.benmoussa@pamm-maroc.example.org", enc="Q"),
           hdr("Re: Re: " + M03_SUBJ, enc="Q"), "<e4a09c3b-2d71-4b58-86fa-90c1d7e3b2f5@pamm-maroc.example.org>", body,
           extra=[("User-Agent", TB), ("In-Reply-To", M09_ID), ("References", M03_ID + " " + M09_ID),
                  ("Content-Language", "fr")])
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 3,
        notes="question in the chain h208-03 / h208-09 (In-Reply-To h208-09, References both): asks whether the "
              "change was taken into account and on which day roundtable 3 falls; names the speakers but proposes "
              "nothing new. thread_of is the first message of the chain."))


# ================================================================ 22  AR  report  corrected page, Gmail reply to 16 (last hour before the deadline)
def m22():
    when = at("2021-02-16 23:10:00")
    fname = "تقرير الجمعية البحرينية - الاتفاق العالمي للهجرة (نسخة معدلة).docx"
    text = """مساء الخير،

نرفق النسخة المعدلة من تقريرنا بعد تصحيح الصفحة الخامسة (أرقام الشكاوى العمالية لسنة ٢٠٢٠). نرجو اعتماد هذه النسخة بدلاً من النسخة المرسلة في ٩ فبراير.

شكراً لكم
منيرة

في الثلاثاء، ٩ فبراير ٢٠٢١ في ١٢:٠٠ م، كتب منيرة الدوسري <m.aldosari@bspmw.example.org>:
""" + gt(M16_TEXT) + "\n"
    doc = make_docx(["التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة ٢٠٢١ (نسخة معدلة)",
                     "الجمعية البحرينية لحماية العمال الوافدين",
                     "١. مقدمة", "٢. المنهجية", "٣. التقدم المحرز (الهدفان ٦ و٢٢) - ص ٥ معدلة", "٤. التحديات",
                     "٥. التوصيات"])
    a = alt(text, "0000000000004e5f6a05bb6b7c8d", html=gmail_html(text, rtl=True))
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "0000000000004e5f6905bb6b7c8b")
    m = mk(when, sent_at(when, 3, 7), "mail-lj1-f47.google.example.com", "192.0.2.147", "4F3qZr1Dk5z6",
           addr("منيرة الدوسري", "munira.aldosari@gmail.example.com"), re_hdr("Re: ", M16_SUBJ),
           "<CAH5tQx1Lp7w+2mYcV0bN8rKf4sEj6uDz3g@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M16_ID), ("References", M16_ID)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 16, report_attachments=[fname],
        notes="corrected version of the report of h208-16 (page 5), sent from the writer's personal Gmail (a "
              "different address from the original's) as a reply with In-Reply-To; received 23:10 on 16 February: "
              "on time. Arabic file name with parentheses (RFC 2231). Date header in UTC+3 (00:09 on 17 February "
              "for the sender)."))


# ================================================================ 23  AR  other  may we still change our speaker? (thread of 10/11)
def m23():
    when = at("2021-02-17 10:05:27")
    text = """السلام عليكم ورحمة الله،

بخصوص ترشيح الأستاذ وليد منصور للمائدة المستديرة التالتة: ممكن يحصل ظرف عائلي يمنعه من السفر. لو حصل كده، هل يقدر حد تاني من الرابطة ياخد مكانه، ولا لازم نلتزم بالاسم اللي بعتناه؟ هنبعت لحضراتكم الاسم الجديد بعد ما تردوا علينا.

شكراً جزيلاً
رابطة المصريين العاملين بالخارج
"""
    body = alt(text, "----=_Part_1188432_909142281.1613549127360", rtl=True)
    m = mk(when, sent_at(when, 2, 4), "sonic305-3.consmr.mail.bf2.yahoo.example.com", "192.0.2.105", "4F45kD8Mr0z3",
           addr("Egyptians Abroad Workers League", "egy.abroad.league@yahoo.example.com"),
           hdr("استفسار عن تغيير المتحدث"), "<1407733219.1188433.1613549127361@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    add(23, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 10,
        notes="Egyptian-dialect question about replacing the speaker of h208-10/h208-11, sent as a new message (no "
              "threading headers, new subject): no new speaker is named ('we will send the new name after your "
              "answer'), so other, with no speakers. thread_of h208-10 (asks about that submission)."))


# ================================================================ 24  FR  report  late, Roundcube, accented file name
def m24():
    when = at("2021-02-18 11:30:14")
    fname = "Rapport_volontaire_RETM_février_2021.pdf"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire du Réseau Euro-Maghrébin des Travailleurs Migrants (RETM) dans le cadre de l'examen régional du Pacte mondial pour les migrations.

Nous sommes conscients que le délai du 16 février est dépassé et vous prions de bien vouloir nous en excuser ; nous espérons que le rapport pourra néanmoins être pris en compte.

Respectueusement,

Jamel Ben Ammar
Secrétaire général
RETM
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM", "Reseau Euro-Maghrebin des Travailleurs Migrants (RETM)",
                  ["Introduction", "Methodologie", "Objectifs 5, 6 et 20", "Defis", "Recommandations"])
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    body = multi("mixed", [t, attach("application/pdf", pdf, fname)], "=_c4a1e0b7f2d93a5b8e6d1f0a2c3b4e5d")
    m = mk(when, sent_at(when, 1, 6), "webmail.retm.example.org", "203.0.113.120", "4F4qT2Hn7z8",
           "Jamel Ben Ammar <sg@retm.example.org>", hdr("Rapport volontaire PMM - RETM (envoi tardif)", enc="Q"),
           "<8f3b2c1d0e9a7b6c5d4e3f2a1b0c9d8e@retm.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.11")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (18 February) and says so; Roundcube, plain text only; accented file name ('février') sent as "
              "RFC 2231 + RFC 2047."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
