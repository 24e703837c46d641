#!/usr/bin/env python3
"""Write the blind evaluation set holdout224 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets224.py
Theme: long threads and inline replies (1-17 February 2021).  The secretariat asked for missing details and
the sender answers between the quoted questions ('>' quoting in a Gmail reply, Outlook colouring in HTML-only
replies in French and Arabic); top-posted and bottom-posted replies; a colleague on Cc who answers for the
sender (and the sender's out-of-office answering our acknowledgement); a reply-all on another organisation's
speaker request whose quoted text must not be taken as this sender's; «نفس المتحدث» (same speaker, one more
role); a thread whose subject still says 'Speaker request' while the message now carries the report; a bounce
of our acknowledgement to a dead Cc address.  Earlier messages of the threads are in the set unless a note says
otherwise; the secretariat's own questions are outgoing mail and only appear quoted.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(224)
add = SET.add
H = "h224-%02d.eml"

TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.0"
IPHONE = "iPhone Mail (18C66)"
SEC = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"


def sec_mid(tag):
    """Message-ID of one of the secretariat's outgoing questions (not in the set)."""
    return "<sec.%s@gcmrrarabstates.iom.int>" % tag


def plain(text, charset="utf-8", cte="quoted-printable"):
    return leaf("text/plain", text, charset, cte)


# ================================================================ 01  EN  speaker  MRH: no title, roundtable without a number
M01_ID = "<CAF7u2kQx9LmP3e+TzR0bW8vNhY5cJd1sEa@mail.gmail.example.com>"
M01_SUBJ = "Speaker request - MRH"
M01_TEXT = """Dear GCM Regional Review team,

Following the invitation received through the Regional UN Network, Migrant Rights Hub would like to put forward our colleague Farah Khoury to speak in one of the thematic roundtables on 24-25 February.

Farah leads our work on the kafala reform file and on access to justice for domestic workers, and has been following the GCM review process closely since 2019.

Could you let us know what else you need from us?

Best,
Daniel

--
Daniel Haddad
Programme Manager
Migrant Rights Hub (MRH)
Beirut, Lebanon
"""


def m01():
    when = at("2021-02-01 09:14:22")
    body = alt(M01_TEXT, "000000000000c41e7a05ba3f2b10", html=gmail_html(M01_TEXT))
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f49.google.example.com", "192.0.2.49", "4DTk0Q3mZ1z4",
           "Daniel Haddad <daniel.haddad@mrh-lb.example.org>", M01_SUBJ, M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Farah Khoury", None, "Migrant Rights Hub (MRH)", ["roundtable"])],
        notes="sent on behalf of a colleague by the programme manager (his own title is in the signature, not the "
              "speaker's); the speaker's title is not given (null) and no roundtable number (null). The organisation "
              "is written in full with its acronym only in the signature; 'Beirut, Lebanon' is not part of it. "
              "Google Workspace (Gmail) on the organisation's domain. The secretariat asked for the missing details; "
              "answered inline in h224-04."))


# ================================================================ 02  AR  speaker  Nama centre, rapporteur (extended by 13)
M02_ID = "<CAGd0xW3vR7nHq+Ks2Lp9ZtE4bY6mUa8Fo1@mail.gmail.example.com>"
M02_SUBJ = "ترشيح مقررة لرسائل أصحاب المصلحة - مركز نماء"
M02_TEXT = """حضرات أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة وبعد،

استجابة لدعوتكم للمشاركة في الاستعراض الإقليمي الأول للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يرشح مركز نماء لحقوق العمال المهاجرين زميلتنا التالية لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقررة:

الاسم: ريم العبادي
الصفة: مديرة وحدة الرصد والمناصرة
الجهة: مركز نماء لحقوق العمال المهاجرين - عمّان، الأردن

وقد شاركت ريم في إعداد الورقة الوطنية حول العمال المهاجرين في قطاعي الزراعة والعمل المنزلي، وتتابع مخرجات المشاورات الوطنية منذ العام الماضي.

مع خالص الشكر والتقدير،
عمر الزعبي
منسق البرامج
مركز نماء لحقوق العمال المهاجرين
"""


def m02():
    when = at("2021-02-01 11:40:09")
    body = alt(M02_TEXT, "00000000000077b1d205ba41c3e9", html=gmail_html(M02_TEXT, rtl=True))
    m = mk(when, sent_at(when, 2, 7), "mail-ej1-f52.google.example.com", "192.0.2.52", "4DTnG51bYwz2",
           addr("مركز نماء - عمر الزعبي", "nama.centre.jo@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم العبادي", "مديرة وحدة الرصد والمناصرة", "مركز نماء لحقوق العمال المهاجرين", ["rapporteur"])],
        notes="the sender (programme coordinator, signature) proposes a colleague ('زميلتنا'); labelled lines with "
              "'الصفة' for the title; the From display name joins the centre and the sender's name; the affiliation line ends with the place ('- عمّان، الأردن'), not part of the affiliation "
              "(as dev 004/013). A roundtable is added for the same speaker by h224-13."))


# ================================================================ 03  FR  report  OTMH, PDF (thread continued by 16)
M03_ID = "<PR3P264MB0917A2C4E6F81B3D@PR3P264MB0917.FRAP264.PROD.OUTLOOK.example.com>"
M03_SUBJ = "Rapport volontaire d'examen du PMM - OTMH"
M03_FILE = "OTMH_Rapport_volontaire_PMM_2021.pdf"
M03_TEXT = """Madame, Monsieur,

J'ai le plaisir de vous adresser ci-joint le rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières préparé par l'Observatoire Tunisien de la Mobilité Humaine (OTMH).

Le rapport couvre la période 2019-2020 et porte principalement sur les objectifs 7, 12 et 21.

Je reste à votre disposition pour toute précision.

Cordialement,

Inès Ferchichi
Chargée de recherche
Observatoire Tunisien de la Mobilité Humaine (OTMH)
Tél. : +216 00 000 000
"""


def m03():
    when = at("2021-02-01 15:22:40")
    pdf = rep_pdf("Rapport volontaire d'examen du PMM 2021", "Observatoire Tunisien de la Mobilite Humaine (OTMH)",
                  ["Contexte", "Methodologie", "Objectifs 7, 12 et 21", "Difficultes", "Recommandations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            '<div class="WordSection1">%s<p class="MsoNormal"><img width="120" height="40" '
            'src="cid:image001.png@01D6F89B.62A1E3C0"></p></div></body></html>\n'
            % "".join('<p class="MsoNormal">%s</p>' % esc(p).replace("\n", "<br>") for p in M03_TEXT.split("\n\n")))
    rel = multi("related", [leaf("text/html", html), logo("image001.png@01D6F89B.62A1E3C0", (0, 110, 90))],
                "_004_PR3P264MB0917A2C4E6F81B3D_", params=[("type", '"text/html"')])
    a = multi("alternative", [plain(M03_TEXT), rel], "_000_PR3P264MB0917A2C4E6F81B3D_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M03_FILE)], "_005_PR3P264MB0917A2C4E6F81B3D_")
    m = mk(when, sent_at(when, 1, 6), "mail-pr3fra01on0620.outbound.protection.outlook.example.com", "198.51.100.120",
           "4DTvK22pLqz9", addr("Inès Ferchichi", "i.ferchichi@otmh.example.tn", enc="Q"), M03_SUBJ, M03_ID, body,
           extra=outlook(M03_SUBJ, "AdcYkZ2m8Q0b1c2d3e4f5g6h7i8j9A==", lang="fr-FR", has_attach="yes"))
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M03_FILE],
        notes="PDF report; Outlook mixed > alternative > related with an inline signature logo (image001.png, not a "
              "report file). The secretariat later asked two questions; answered inline in colour by h224-16."))


# ================================================================ 04  EN  speaker  inline answers between the secretariat's questions (thread of 01)
M04_ID = "<CAF7u2kRa1Tp8w+XmQ4cVf2jLs6nBe0yDh3@mail.gmail.example.com>"
Q04_ID = sec_mid("20210201.1630.mrh")


def m04():
    when = at("2021-02-02 10:05:31")
    text = """Hello again, answers inline below.

Daniel

On Mon, Feb 1, 2021 at 4:30 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Mr Haddad,
>
> Thank you for the nomination of Ms Farah Khoury. To complete the request, could you please tell us:
>
> 1. Ms Khoury's title/position?

Senior Advocacy Officer

>
> 2. Which of the four thematic roundtables she would like to speak in (1, 2, 3 or 4)?

Roundtable 3 if possible. If it is full, any other is fine.

>
> 3. Whether she also wishes to take part in the open discussion of the multi-stakeholder consultation on 23 February?

Yes, she'd be happy to join the open discussion too.

>
> 4. Does MRH plan to submit a voluntary GCM review report? (deadline 16 February)

We are finalising it, will send next week.

>
> Kind regards,
> GCM Regional Review Secretariat
>
> On Mon, Feb 1, 2021 at 9:14 AM Daniel Haddad <daniel.haddad@mrh-lb.example.org> wrote:
""" + gt(gt(M01_TEXT)) + "\n"
    body = alt(text, "000000000000e2f9a105ba52d4c7", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 4), "mail-wr1-f49.google.example.com", "192.0.2.49", "4DVF8r1xNcz6",
           "Daniel Haddad <daniel.haddad@mrh-lb.example.org>", "Re: " + M01_SUBJ, M04_ID, body,
           extra=[("In-Reply-To", Q04_ID), ("References", M01_ID + " " + Q04_ID)])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, speakers=[
        sp("Farah Khoury", "Senior Advocacy Officer", "Migrant Rights Hub (MRH)", ["open_discussion", "roundtable"], 3)],
        notes="answers written between the secretariat's '>'-quoted numbered questions (the question is an outgoing "
              "message, not in the set; References also names h224-01). Each answer only makes sense with the "
              "question above it: title, 'Roundtable 3 if possible', 'Yes' to the open discussion. Answer 4 only "
              "announces a report (not a submission). Name and affiliation come from the quoted original ('Ms' "
              "dropped). The report follows in h224-19."))


# ================================================================ 05  FR  both  CAMD: DOCX report + two speakers in a pasted table
M05_ID = "<3f9c1a2e-8b7d-4c60-a2e5-91d0f7b4c3a8@camd-dz.example.org>"
M05_SUBJ = "CAMD : rapport volontaire + intervenants"
M05_FILE = "CAMD_rapport_examen_volontaire_PMM.docx"
M05_TEXT = """Bonjour,

Le Collectif Algérien Migrations et Droits (CAMD) vous transmet en pièce jointe sa contribution à l'examen régional (rapport volontaire, format Word).

Nous souhaitons également proposer deux intervenants. Je recopie ci-dessous le tableau rempli en interne :

Nom et prénom      | Fonction                          | Organisation | Rôle souhaité
-------------------+-----------------------------------+--------------+------------------------------
Meriem Bouzid      | Présidente                        | CAMD         | Rapporteure (messages clés)
Nassim Khelifi     | Juriste, chargé du suivi juridique | CAMD         | Table ronde thématique IV

Bien à vous,

--
Meriem Bouzid
Présidente
Collectif Algérien Migrations et Droits (CAMD)
Oran
"""


def m05():
    when = at("2021-02-02 13:30:12")
    doc = make_docx(["Contribution a l'examen regional du PMM - 2021",
                     "Collectif Algerien Migrations et Droits (CAMD)",
                     "1. Presentation du collectif", "2. Methodologie", "3. Objectifs 2, 5 et 17",
                     "4. Constats", "5. Recommandations"])
    t = leaf("text/plain", flowed(M05_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, doc, M05_FILE)], "------------A1C9E04F2B7D3E5F60718293")
    m = mk(when, sent_at(when, 1, 5), "mail.camd-dz.example.org", "203.0.113.45", "4DVLpW0kVyz3",
           "Meriem Bouzid <m.bouzid@camd-dz.example.org>", hdr(M05_SUBJ, enc="Q"), M05_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    camd = "Collectif Algérien Migrations et Droits (CAMD)"
    add(5, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE], speakers=[
        sp("Meriem Bouzid", "Présidente", camd, ["rapporteur"]),
        sp("Nassim Khelifi", "Juriste, chargé du suivi juridique", camd, ["roundtable"], 4)],
        notes="both, on time (2 February); two speakers in a pasted plain-text table whose Organisation column only "
              "says 'CAMD': the affiliation is recorded in the fullest form the message writes (intro and signature, "
              "acronym kept). Roundtable as a Roman numeral ('IV'); 'Rapporteure'. Thunderbird format=flowed 8bit. "
              "A question about these speakers follows in h224-23."))


# ================================================================ 06  AR  report  DOCX, collective, Outlook (follow-up 15)
M06_ID = "<VI1PR08MB3327B5D1E9F02A4C@VI1PR08MB3327.eurprd08.prod.outlook.example.com>"
M06_SUBJ = "التقرير الطوعي الجماعي - شبكة الرافدين للهجرة"
M06_FILE = "تقرير الاستعراض الطوعي - شبكة الرافدين.docx"
M06_TEXT = """السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة،

يسرنا أن نرفق لكم التقرير الطوعي الجماعي لشبكة الرافدين للهجرة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في العراق، وقد أُعدّ بالتشاور مع اثنتي عشرة منظمة عضوة في بغداد وأربيل والبصرة والموصل.

نأمل أن يسهم التقرير في إثراء النقاش خلال الاستعراض الإقليمي.

مع التقدير،

حيدر الجبوري
منسق الشبكة
شبكة الرافدين للهجرة
"""


def m06():
    when = at("2021-02-02 17:48:03")
    doc = make_docx(["Voluntary GCM review - Al-Rafidain Migration Network (Iraq)", "1. Introduction",
                     "2. Consultation with 12 member organisations", "3. Objectives 3, 4 and 21",
                     "4. Challenges", "5. Recommendations"])
    a = alt(M06_TEXT, "_000_VI1PR08MB3327B5D1E9F02A4C_", rtl=True)
    body = multi("mixed", [a, attach(DOCX, doc, M06_FILE)], "_004_VI1PR08MB3327B5D1E9F02A4C_")
    m = mk(when, sent_at(when, 3, 6), "mail-vi1eur08on0701.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DVVs03HkRz5", addr("حيدر الجبوري", "h.aljubouri@rafidain-net.example.org"), hdr(M06_SUBJ), M06_ID, body,
           extra=outlook(hdr(M06_SUBJ), "AdcZ3fQ1a2B3c4D5e6F7g8H9i0J1kQ==", lang="ar-IQ", has_attach="yes"))
    add(6, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M06_FILE],
        notes="collective report (12 member organisations) as DOCX with an Arabic file name containing spaces and a "
              "hyphen (RFC 2231 + RFC 2047); Outlook, Date in UTC+3. The sender's question in h224-15 follows up."))


# ================================================================ 07  EN  speaker  reply-all on another organisation's request (quoted)
M07_ID = "<AS8PR07MB7605D3E19A0C2F4B@AS8PR07MB7605.eurprd07.prod.outlook.example.com>"
DWSN_ID = "<CWXP265MB2210E6A8F1B4C5D7@CWXP265MB2210.GBRP265.PROD.OUTLOOK.example.com>"


def m07():
    when = at("2021-02-03 09:20:44")
    text = """Dear colleagues,

Joining this thread on behalf of ATIL, as agreed during yesterday's coalition call.

Besides the DWSN request below, the Anti-Trafficking Initiative Levant (ATIL) would like to request a place in the open discussion of the multi-stakeholder consultation on 23 February for our Executive Director, Joanna Sfeir.

Many thanks and best regards,

Rami Aoun
Communications Officer | ATIL
Anti-Trafficking Initiative Levant

From: Mariam Tadesse <coordinator@dwsn.example.org>
Sent: Friday, January 29, 2021 4:12 PM
To: gcmrrarabstates@iom.int
Cc: Rami Aoun <r.aoun@atil.example.org>; Hiba Mrad <hiba@ksp-coalition.example.org>; info@migrantvoices.example.org
Subject: Speaker request - Domestic Workers Solidarity Network (DWSN)

Dear Secretariat,

The Domestic Workers Solidarity Network (DWSN) would like to request a floor intervention in the plenary session on 24 February.

Name: Mariam Tadesse
Title: Network Coordinator
Organisation: Domestic Workers Solidarity Network (DWSN)

Coalition partners in copy may write separately.

Regards,
Mariam Tadesse
DWSN
"""
    subj = "RE: Speaker request - Domestic Workers Solidarity Network (DWSN)"
    m = mk(when, sent_at(when, 2, 6), "mail-as8eur07on0626.outbound.protection.outlook.example.com", "198.51.100.26",
           "4DVs9K4bJpz1", "Rami Aoun <r.aoun@atil.example.org>", subj, M07_ID,
           alt(text, "_000_AS8PR07MB7605D3E19A0C2F4B_"),
           cc="Mariam Tadesse <coordinator@dwsn.example.org>; Hiba Mrad <hiba@ksp-coalition.example.org>; "
              "info@migrantvoices.example.org",
           extra=outlook("Speaker request - Domestic Workers Solidarity Network (DWSN)",
                         "AQHW9kTq2M3e4F5g6H7i8J9k0L1m2Nq0ZXYw") + [("In-Reply-To", DWSN_ID), ("References", DWSN_ID)])
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Joanna Sfeir", "Executive Director", "Anti-Trafficking Initiative Levant (ATIL)", ["open_discussion"])],
        notes="reply-all on another organisation's request: the quoted DWSN message (29 January, before this set; "
              "In-Reply-To names it) has labelled Name/Title/Organisation lines for Mariam Tadesse and a plenary "
              "role, none of which belongs to this sender. Only ATIL's speaker, given in prose ('our Executive "
              "Director, Joanna Sfeir'), is recorded; the sender (communications officer) is not the speaker. "
              "thread_of null: the quoted request is not in the set and is not this sender's submission. Our "
              "acknowledgement to the Cc list bounces for one address (h224-08)."))


# ================================================================ 09  FR  speaker  ATAM: title and roundtable missing, colleague in Cc (completed by 11)
M09_ID = "<DB9PR02MB7228A1E5C3F90B64@DB9PR02MB7228.eurprd02.prod.outlook.example.com>"
M09_SUBJ = "Demande d'intervention - ATAM"
M09_TEXT = """Madame, Monsieur,

Faisant suite à votre aimable invitation, l'Association Tunisienne pour l'Accompagnement des Migrants (ATAM) souhaiterait intervenir lors de l'une des tables rondes thématiques de la Conférence régionale.

Notre intervenante serait Mme Sonia Trabelsi, qui suit au quotidien les dossiers des travailleurs migrants subsahariens à Sfax et que je mets en copie du présent message.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Hédi Gharbi
Président
Association Tunisienne pour l'Accompagnement des Migrants (ATAM)
Sfax - Tunisie
"""


def m09():
    when = at("2021-02-03 11:02:15")
    m = mk(when, sent_at(when, 1, 8), "mail-db9eur02on0611.outbound.protection.outlook.example.com", "198.51.100.11",
           "4DVwJ72sQkz8", addr("Hédi Gharbi", "president@atam.example.tn", enc="Q"), M09_SUBJ, M09_ID,
           alt(M09_TEXT, "_000_DB9PR02MB7228A1E5C3F90B64_"), cc="Sonia Trabelsi <s.trabelsi@atam.example.tn>",
           extra=outlook(M09_SUBJ, "AdcaB1c2D3e4F5g6H7i8J9k0L1m2Ng==", lang="fr-FR"))
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sonia Trabelsi", None, "Association Tunisienne pour l'Accompagnement des Migrants (ATAM)",
           ["roundtable"])],
        notes="the president writes for the speaker (in Cc); 'Mme' dropped; her title is not given (null) and no "
              "roundtable number (null); the signature's title 'Président' is the sender's, and 'Sfax - Tunisie' is "
              "not part of the affiliation. The Cc'd colleague answers the secretariat's question in h224-11."))


# ================================================================ 10  AR  both  PDF report + the sender as plenary speaker, details only in the signature
M10_ID = "<CAHk5eT0pW2zLq+Vn7Rj3Yb9Xs1cMa4Ud6g@mail.gmail.example.com>"
M10_SUBJ = "تقرير طوعي ومداخلة"
M10_FILE = "Basma_GCM_voluntary_report.pdf"


def m10():
    when = at("2021-02-03 16:45:50")
    text = """السلام عليكم ورحمة الله

مرفق طيه التقرير الطوعي لمنظمتنا عن تنفيذ الاتفاق العالمي للهجرة في السودان، مع التركيز على الهجرة المختلطة عبر الحدود الشرقية.

كما نرغب في تقديم مداخلة في إحدى الجلسات العامة للمؤتمر (٢٤-٢٥ فبراير)، وسأتولى المداخلة بنفسي.

وجزاكم الله خيراً

--
د. عوض الله محمد الأمين
المدير التنفيذي
منظمة بصمة للتنمية والسلام
الخرطوم - السودان
"""
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Basma Organization for Development and Peace (Sudan)",
                  ["Context", "Mixed migration on the eastern border", "Objectives 10 and 11", "Recommendations"])
    a = alt(text, "0000000000004a8e9f05ba5c71d3", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE)], "0000000000004a8e9d05ba5c71d1")
    m = mk(when, sent_at(when, 2, 9), "mail-lf1-f67.google.example.com", "192.0.2.67", "4DW5mT6rHbz0",
           addr("Awadalla Mohamed", "awadalla.basma@gmail.example.com"), hdr(M10_SUBJ), M10_ID, body)
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M10_FILE], speakers=[
        sp("عوض الله محمد الأمين", "المدير التنفيذي", "منظمة بصمة للتنمية والسلام", ["plenary"])],
        notes="both, on time; the sender proposes himself ('سأتولى المداخلة بنفسي'): name, title and organisation "
              "only in the signature ('د.' dropped, place line not part of the affiliation); the From display name is "
              "a short English form of the name. Gmail, base64 text parts. The secretariat later asked for the file "
              "again (h224-22)."))


# ================================================================ 08  EN  bounce  our acknowledgement of 07 to a dead Cc address
def m08():
    when = at("2021-02-03 09:21:31")
    text = POSTFIX_NOTICE + """
<info@migrantvoices.example.org>: host mx.migrantvoices.example.org[203.0.113.90]
    said: 550 5.1.1 <info@migrantvoices.example.org>: Recipient address
    rejected: Mailbox disabled (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DVs9N1cRtz5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; info@migrantvoices.example.org\n"
           "Original-Recipient: rfc822;info@migrantvoices.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.migrantvoices.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <info@migrantvoices.example.org>: Recipient\n"
           "    address rejected: Mailbox disabled\n" % rfcdate(when - dt.timedelta(seconds=5), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Rami Aoun <r.aoun@atil.example.org>\n"
            "Cc: Mariam Tadesse <coordinator@dwsn.example.org>, Hiba Mrad <hiba@ksp-coalition.example.org>,\n"
            " info@migrantvoices.example.org\n"
            "Subject: Acknowledgement of receipt - RE: Speaker request - Domestic Workers\n"
            " Solidarity Network (DWSN)\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=8)), ack_mid("4DVs9N1cRtz5"), M07_ID))
    body = dsn_report(text, dsn, hdrs, "4DVsB12dSvz7.1612336891/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DVsB12dSvz7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203072131.4DVsB12dSvz7@mx1.iom.int>")]
    return when, top(body, rows)


def m08_add(when, msg):
    add(8, when, msg, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 for the copy of our acknowledgement of h224-07 sent to one of the Cc addresses of "
              "that reply-all (a disabled coalition mailbox); the returned headers name the DWSN subject and "
              "h224-07. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 11  FR  speaker  the colleague in Cc answers for the sender (thread of 09)
M11_ID = "<DB9PR02MB72285F0C2A9E1B37@DB9PR02MB7228.eurprd02.prod.outlook.example.com>"
Q11_ID = sec_mid("20210203.1545.atam")


def m11():
    when = at("2021-02-04 09:12:07")
    text = """Bonjour,

Je me permets de répondre à la place de M. Gharbi, actuellement en déplacement à Tunis.

Ma fonction exacte est : Coordinatrice du projet « Accès aux droits des travailleurs migrants ».
Pour la table ronde, nous avons une préférence pour la n°2 ; à défaut, la n°4.

Merci et bonne journée,

Sonia Trabelsi
ATAM - Sfax

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mercredi 3 février 2021 14:45
À : Hédi Gharbi <president@atam.example.tn>
Cc : Sonia Trabelsi <s.trabelsi@atam.example.tn>
Objet : RE: Demande d'intervention - ATAM

Monsieur le Président,

Nous vous remercions de votre demande. Afin de la compléter, pourriez-vous nous indiquer la fonction exacte de Mme Trabelsi ainsi que le numéro de la table ronde thématique (1 à 4) souhaitée ?

Bien cordialement,
Le Secrétariat de l'examen régional du PMM

De : Hédi Gharbi <president@atam.example.tn>
Envoyé : mercredi 3 février 2021 10:02
À : gcmrrarabstates@iom.int
Cc : Sonia Trabelsi <s.trabelsi@atam.example.tn>
Objet : Demande d'intervention - ATAM

""" + M09_TEXT
    m = mk(when, sent_at(when, 1, 5), "mail-db9eur02on0611.outbound.protection.outlook.example.com", "198.51.100.11",
           "4DWQ0h5tGcz2", "Sonia Trabelsi <s.trabelsi@atam.example.tn>", "RE: " + M09_SUBJ, M11_ID,
           alt(text, "_000_DB9PR02MB72285F0C2A9E1B37_"),
           cc=addr("Hédi Gharbi", "president@atam.example.tn", enc="Q"),
           extra=outlook(M09_SUBJ, "AdcaB1c2D3e4F5g6H7i8J9k0L1m2NgAAYz1kAAB4pQ==", lang="fr-FR")
           + [("In-Reply-To", Q11_ID), ("References", M09_ID + " " + Q11_ID)])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 9, speakers=[
        sp("Sonia Trabelsi", "Coordinatrice du projet « Accès aux droits des travailleurs migrants »",
           "Association Tunisienne pour l'Accompagnement des Migrants (ATAM)", ["roundtable"], 2)],
        notes="the colleague in Cc (the speaker herself) answers the secretariat's question addressed to the "
              "president; top-posted Outlook reply, the question and h224-09 quoted below without '>'. Title given "
              "with its project name in French quotation marks, recorded as written; first choice roundtable 2 "
              "('à défaut, la n°4'). Her signature only has 'ATAM - Sfax': the affiliation is the full form of the "
              "quoted original. Our acknowledgement reaches the president's out-of-office (h224-12)."))


# ================================================================ 13  AR  speaker  «نفس المتحدث»: a roundtable added for the rapporteur of 02
M13_ID = "<CAGd0xW1nP5sKe+Tq8Lz3Hv7Bd0mYc2Xf4r@mail.gmail.example.com>"


def m13():
    when = at("2021-02-04 10:40:55")
    text = """مرحبا،

بالإضافة لطلبنا السابق (دور المقررة)، حابين كمان نطلب مداخلة بالمائدة المستديرة المواضيعية التالتة، ونفس المتحدث، يعني ريم.
إذا ما في مجال للدورين مع بعض، بنفضّل المقررة.

شكراً كتير
عمر

On Mon, Feb 1, 2021 at 11:40 AM مركز نماء - عمر الزعبي <nama.centre.jo@gmail.example.com> wrote:
""" + gt(M02_TEXT) + "\n"
    body = alt(text, "0000000000009c3d7f05ba6a1e20", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 6), "mail-ej1-f52.google.example.com", "192.0.2.52", "4DWTq83vMnz4",
           addr("مركز نماء - عمر الزعبي", "nama.centre.jo@gmail.example.com"), re_hdr("Re: ", M02_SUBJ), M13_ID, body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 2, speakers=[
        sp("ريم العبادي", "مديرة وحدة الرصد والمناصرة", "مركز نماء لحقوق العمال المهاجرين",
           ["rapporteur", "roundtable"], 3)],
        notes="«نفس المتحدث، يعني ريم»: top-posted Gmail reply (Levantine dialect) to the sender's own request "
              "h224-02; adds a roundtable ('التالتة' = third) for the same speaker 'in addition' to the rapporteur "
              "role, so both roles are recorded (the request as it now stands); the sender is not the speaker; the preference for the "
              "rapporteur role if only one is possible is for the secretariat. Name, title and affiliation only in "
              "the '>'-quoted original."))


# ================================================================ 12  FR  auto_reply  the president's out-of-office answering our acknowledgement of 11
def m12():
    when = at("2021-02-04 09:13:40")
    text = """Bonjour,

Je suis en déplacement du 3 au 7 février 2021 avec un accès limité à ma messagerie. Pour toute question urgente, merci de contacter Mme Sonia Trabelsi (s.trabelsi@atam.example.tn).

Cordialement,
Hédi Gharbi
Président de l'ATAM
"""
    body = alt(text, "_000_DB9PR02MB7228OOF0204_")
    rows = std_rows(when, "mail-db9eur02on0611.outbound.protection.outlook.example.com", "198.51.100.11",
                    "4DWQ2b0mHkz6", addr("Hédi Gharbi", "president@atam.example.tn", enc="Q"),
                    hdr("Réponse automatique : Accusé de réception - RE: " + M09_SUBJ, enc="Q"),
                    rfcdate(sent_at(when, 1, 2)),
                    "<DB9PR02MB7228OOF3E5A9C1D@DB9PR02MB7228.eurprd02.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="president@atam.example.tn")
    rows += [("In-Reply-To", ack_mid("4DWQ0h5tGcz2")), ("References", ack_mid("4DWQ0h5tGcz2")),
             ("Content-Language", "fr-FR")]
    return when, top(body, rows)


def m12_add(when, msg):
    add(12, when, msg, dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the president (in Cc of h224-11) answering our acknowledgement a minute and "
              "a half later; it names the colleague who already answered. Never acknowledge; thread_of null as for "
              "dev auto-replies."))


# ================================================================ 14  EN  report  PDF, Outlook, bottom-posted under the quoted invitation, Cc colleague
M14_ID = "<BN6PR11MB1457C0E8A3D2F19B@BN6PR11MB1457.namprd11.prod.outlook.example.com>"
M14_SUBJ = "RE: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021"
M14_FILE = "GLMO_Voluntary_GCM_Review_Feb2021.pdf"


def m14():
    when = at("2021-02-04 15:05:19")
    text = """From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, January 26, 2021 2:00 PM
Subject: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021

Dear Stakeholders in the Arab region,
[...]
Interested stakeholders are invited to express their willingness to participate in the open discussion of the Multi-Stakeholder Consultation, to deliver the key messages from the stakeholders as a rapporteur, and to provide floor intervention during the plenary sessions and the four thematic roundtables as a speaker. Please send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.

The deadline for submissions of voluntary GCM review reports to gcmrrarabstates@iom.int has been extended until Tuesday, 16 February 2021.
[...]

-----

Dear Secretariat,

Responding to the above: attached is the voluntary GCM review report of the Gulf Labour Mobility Observatory, covering Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the UAE.

We will not be requesting a speaking slot this time; my colleague Aisha (cc) will follow the conference online.

Regards,
Thomas Wright
Research Director
Gulf Labour Mobility Observatory (GLMO)
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Gulf Labour Mobility Observatory (GLMO)",
                  ["Scope: six GCC countries", "Recruitment costs (Objective 6)", "Wage protection",
                   "Recommendations"])
    a = alt(text, "_000_BN6PR11MB1457C0E8A3D2F19B_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M14_FILE)], "_004_BN6PR11MB1457C0E8A3D2F19B_")
    m = mk(when, sent_at(when, 4, 7), "mail-bn6nam11on0609.outbound.protection.outlook.example.com", "198.51.100.9",
           "4DWhT50cNpz3", "Thomas Wright <t.wright@glmo.example.org>", M14_SUBJ, M14_ID, body,
           cc="Aisha Al Mansoori <a.almansoori@glmo.example.org>",
           extra=outlook("Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                         "AQHW8vYk1a2B3c4D5e6F7g8H9i0J1kL2mN3oPwA=", has_attach="yes")
           + [("In-Reply-To", "<DB8PR04MB66014E2A9C7B1D3F0A5E8C21B9C40@DB8PR04MB6601.eurprd04.prod.outlook.example.com>")])
    add(14, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M14_FILE],
        notes="bottom-posted: the new text sits under an Outlook-style quote of the invitation (which lists every "
              "role and both deadlines); it explicitly declines a speaking slot, so not 'both'. Subject is the "
              "invitation's 'RE:'; In-Reply-To names the invitation mailing (not in the set). Date in UTC+4. A "
              "thank-you answering our acknowledgement follows (h224-21)."))


# ================================================================ 15  AR  other  bottom-posted question on 06 (received? annex later?)
def m15():
    when = at("2021-02-05 10:20:33")
    text = """-----Original Message-----
From: حيدر الجبوري <h.aljubouri@rafidain-net.example.org>
Sent: Tuesday, February 2, 2021 6:48 PM
To: gcmrrarabstates@iom.int
Subject: التقرير الطوعي الجماعي - شبكة الرافدين للهجرة

""" + M06_TEXT.replace("\n\n", "\n") + """
-----

السادة الكرام،

لم يصلنا إشعار باستلام التقرير المرسل أعلاه. نرجو التأكد من وصوله.
وهل يمكننا إرسال ملحق إحصائي منفصل بعد الموعد النهائي (١٦ شباط) إذا تأخرت بعض المنظمات الأعضاء في تزويدنا بالأرقام؟

مع الشكر،
حيدر الجبوري
"""
    m = mk(when, sent_at(when, 3, 5), "mail-vi1eur08on0701.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DWz5R1kLbz7", addr("حيدر الجبوري", "h.aljubouri@rafidain-net.example.org"), re_hdr("RE: ", M06_SUBJ),
           "<VI1PR08MB33279A4E0C1B2F5D@VI1PR08MB3327.eurprd08.prod.outlook.example.com>",
           alt(text, "_000_VI1PR08MB33279A4E0C1B2F5D_", rtl=True),
           extra=outlook(hdr(M06_SUBJ), "AdcZ3fQ1a2B3c4D5e6F7g8H9i0J1kQAAkT7x", lang="ar-IQ")
           + [("In-Reply-To", M06_ID), ("References", M06_ID)])
    add(15, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 6,
        notes="bottom-posted follow-up: the original report message is quoted on top (Outlook header block, no "
              "attachment re-sent) and the new text below asks whether it arrived and whether a statistical annex "
              "may follow after the deadline: a question, not a new submission. thread_of h224-06."))


# ================================================================ 16  FR  speaker  HTML-only Outlook answers in colour between the secretariat's questions (thread of 03)
Q16_ID = sec_mid("20210204.1120.otmh")


def m16():
    when = at("2021-02-05 14:00:27")
    blue = '<span style="color:#1F4E79"><b>%s</b></span>'
    inner = (
        '<div class="WordSection1">'
        '<p class="MsoNormal">Bonjour,</p>'
        '<p class="MsoNormal">Merci pour votre message. Vous trouverez nos réponses <span style="color:#1F4E79">'
        'en bleu</span> dans le texte ci-dessous.</p>'
        '<p class="MsoNormal">Bien cordialement,<br>Inès Ferchichi<br>OTMH</p>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<p class="MsoNormal"><b>De :</b> GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt;<br>'
        '<b>Envoyé :</b> jeudi 4 février 2021 10:20<br><b>À :</b> Inès Ferchichi &lt;i.ferchichi@otmh.example.tn&gt;'
        '<br><b>Objet :</b> RE: Rapport volontaire d\'examen du PMM - OTMH</p></div>'
        '<p class="MsoNormal">Madame,</p>'
        '<p class="MsoNormal">Nous accusons bonne réception de votre rapport volontaire. Pour notre registre, '
        'pourriez-vous préciser :</p>'
        '<p class="MsoNormal">a) s\'il s\'agit d\'un rapport individuel de l\'OTMH ou d\'un rapport collectif ? '
        + blue % "Rapport individuel de l'OTMH, mais nourri par des entretiens avec 14 associations partenaires." +
        '</p>'
        '<p class="MsoNormal">b) si l\'OTMH souhaite également proposer un intervenant pour la Conférence (nom, '
        'fonction, organisation et rôle souhaité) ? '
        + blue % ("Oui : M. Karim Jaziri, Directeur exécutif de l'Observatoire Tunisien de la Mobilité Humaine "
                  "(OTMH), pour une intervention lors d'une session plénière.") +
        '</p>'
        '<p class="MsoNormal">Avec nos remerciements,<br>Le Secrétariat</p>'
        '</div>')
    body = html_only(inner, lang="FR", newlines=True)
    m = mk(when, sent_at(when, 1, 4), "mail-pr3fra01on0620.outbound.protection.outlook.example.com", "198.51.100.120",
           "4DX6rY2nWtz1", addr("Inès Ferchichi", "i.ferchichi@otmh.example.tn", enc="Q"), "RE: " + M03_SUBJ,
           "<PR3P264MB09178D2F4A6C0E1B@PR3P264MB0917.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(M03_SUBJ, "AdcYkZ2m8Q0b1c2d3e4f5g6h7i8j9AAAhR2yAAC1pw==", lang="fr-FR")
           + [("In-Reply-To", Q16_ID), ("References", M03_ID + " " + Q16_ID)])
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 3, speakers=[
        sp("Karim Jaziri", "Directeur exécutif", "Observatoire Tunisien de la Mobilité Humaine (OTMH)", ["plenary"])],
        notes="HTML-only Outlook reply with the answers in bold blue inside the quoted questions of the secretariat "
              "(outgoing, not in the set; References names h224-03): the top text says nothing, the speaker is only "
              "in answer b), on time (5 February). Answer a) (individual report, 14 partners interviewed) adds "
              "nothing to file. No report attached in this message: speaker_request, thread_of h224-03. 'M.' "
              "dropped; title and affiliation from 'Directeur exécutif de l'Observatoire ...', split at 'de'."))


# ================================================================ 17  EN  both  iPhone, top-posted above the invitation, on behalf, two speakers
M17_ID = "<7C1E4A92-5B3D-4F08-9E26-A4D1C0B7F385@icloud.example.com>"
M17_FILE = "SANAD Voluntary Review GCM 2021.pdf"


def m17():
    when = at("2021-02-05 22:41:06")
    text = """Dear all, sending this from my phone as our office internet is down - apologies for the format.

1) Our voluntary review report is attached (PDF).

2) On behalf of our chair, please register two speakers for SANAD Migrant Support Network:
- Dr. Yousef Al-Amiri, Chair of the Board, SANAD Migrant Support Network - plenary
- Noura Saeed, Case Management Lead, SANAD Migrant Support Network - roundtable 1 (or 2)

Thanks,
Lubna Hamdan
Office Manager, SANAD

Sent from my iPhone

> On 26 Jan 2021, at 14:00, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
> Dear Stakeholders in the Arab region,
> [...] Please send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.
> The deadline for submissions of voluntary GCM review reports to gcmrrarabstates@iom.int has been extended until Tuesday, 16 February 2021.
"""
    pdf = rep_pdf("SANAD Migrant Support Network", "Voluntary Review of the GCM 2021",
                  ["Who we are", "Cases supported 2019-2020", "Objectives 7 and 15", "Recommendations"])
    t1 = plain(text)
    body = multi("mixed", [t1, attach("application/pdf", pdf, M17_FILE), plain("\n")],
                 "Apple-Mail-8E3F21A7-4C0D-4B19-9A65-1D2E3F4A5B6C")
    m = mk(when, sent_at(when, 3, 12), "mail-st1-f33.icloud.example.com", "192.0.2.133", "4DXH1t4FqZz6",
           "Lubna Hamdan <lubna.hamdan@icloud.example.com>",
           "Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021", M17_ID, body,
           extra=[("X-Mailer", IPHONE),
                  ("In-Reply-To", "<DB8PR04MB66014E2A9C7B1D3F0A5E8C21B9C40@DB8PR04MB6601.eurprd04.prod.outlook.example.com>")])
    sanad = "SANAD Migrant Support Network"
    add(17, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE], speakers=[
        sp("Yousef Al-Amiri", "Chair of the Board", sanad, ["plenary"]),
        sp("Noura Saeed", "Case Management Lead", sanad, ["roundtable"], 1)],
        notes="both, on time (22:41 on 5 February Beirut; Date header 23:40 +0300 the same day); iPhone, sent from "
              "a personal address by the office manager on behalf of the chair; top-posted above the '>'-quoted "
              "invitation. Speakers on comma-separated dash lines; 'Dr.' dropped; first choice roundtable 1. The "
              "PDF name has spaces; iPhone layout text / PDF / text."))


# ================================================================ 18  AR  speaker  late, two speakers, on behalf, windows-1256
def m18():
    when = at("2021-02-06 11:03:20")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين

تحية طيبة وبعد،

بتوجيه من رئيسة الاتحاد، نرجو التكرم بإدراج المتحدثين التاليين ضمن قائمة المتحدثين، مع اعتذارنا عن التأخر في الرد بسبب عطلة نهاية الأسبوع واجتماع المكتب التنفيذي:

- السيدة فاطمة الزهراء بنعلي، رئيسة الاتحاد، الاتحاد العام لجمعيات المهاجرين العائدين: الجلسة العامة
- السيد محمد الطاهر القماطي، منسق برنامج إعادة الإدماج، الاتحاد العام لجمعيات المهاجرين العائدين: المائدة المستديرة الثانية

وتقبلوا فائق الاحترام،

سامية الورفلي
مديرة المكتب
الاتحاد العام لجمعيات المهاجرين العائدين
طرابلس
"""
    body = alt(text, "_000_AM6PR10MB2934F1B2C3D4E5A6_", charset="windows-1256", rtl=True)
    subj = "طلب إدراج متحدثين - الاتحاد العام لجمعيات المهاجرين العائدين"
    m = mk(when, sent_at(when, 2, 6), "mail-am6eur10on0644.outbound.protection.outlook.example.com", "198.51.100.44",
           "4DXbM03gPdz9", addr("سامية الورفلي", "office@gfra-ly.example.org", charset="windows-1256"),
           hdr(subj, "windows-1256"), "<AM6PR10MB2934F1B2C3D4E5A6@AM6PR10MB2934.EURPRD10.PROD.OUTLOOK.example.com>",
           body, extra=outlook(hdr(subj, "windows-1256"), "AdcccR4a5B6c7D8e9F0g1H2i3J4k5A==", lang="ar-LY"))
    gfra = "الاتحاد العام لجمعيات المهاجرين العائدين"
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فاطمة الزهراء بنعلي", "رئيسة الاتحاد", gfra, ["plenary"]),
        sp("محمد الطاهر القماطي", "منسق برنامج إعادة الإدماج", gfra, ["roundtable"], 2)],
        notes="late (Saturday 6 February) and says so; sent by the office manager on behalf of the president, who is "
              "the first speaker; honorifics السيدة/السيد dropped; name, title, affiliation comma-separated then the "
              "role after a colon; roundtable as an ordinal word ('الثانية'); windows-1256 Outlook; place line "
              "'طرابلس' not part of the affiliation."))


# ================================================================ 19  EN  report  subject still 'Speaker request' (thread of 01/04)
def m19():
    when = at("2021-02-08 11:15:48")
    fname = "MRH_voluntary_GCM_review_2021.pdf"
    text = """Hi,

As promised, here is our voluntary GCM review report (attached). Nothing changes on the speaker side.

Best,
Daniel

On Tue, Feb 2, 2021 at 10:05 AM Daniel Haddad <daniel.haddad@mrh-lb.example.org> wrote:
> Hello again, answers inline below.
>
> Daniel
>
> [...]
"""
    pdf = rep_pdf("Voluntary GCM Review 2021", "Migrant Rights Hub (MRH), Lebanon",
                  ["Kafala reform", "Access to justice for domestic workers", "Objectives 6 and 16",
                   "Recommendations"])
    a = alt(text, "000000000000a3b4c505ba8f7e61", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "000000000000a3b4c305ba8f7e5f")
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f49.google.example.com", "192.0.2.49", "4DYcV83kQrz0",
           "Daniel Haddad <daniel.haddad@mrh-lb.example.org>", "Re: " + M01_SUBJ,
           "<CAF7u2kSd4Vb6n+YpE1wKq9zHt3mRc7xLa0@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M04_ID), ("References", " ".join([M01_ID, Q04_ID, M04_ID]))])
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, report_attachments=[fname],
        notes="the subject still says 'Re: Speaker request - MRH' but the message now carries the report announced "
              "in h224-04; 'nothing changes on the speaker side' adds no speaker: voluntary_report only. Same thread "
              "(References h224-01, the secretariat's question and h224-04): thread_of is the first message, as a "
              "secretary would file it with MRH's submission."))


# ================================================================ 20  FR  speaker  late, phone, bottom-posted under the quoted French invitation
def m20():
    when = at("2021-02-09 13:02:44")
    text = """Le mar. 26 janv. 2021 à 13:00, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> Mesdames et Messieurs les parties prenantes de la région arabe,
> [...]
> Les parties prenantes intéressées sont invitées à faire part de leur souhait de participer à la discussion ouverte de la consultation multipartite, de présenter les messages clés des parties prenantes en tant que rapporteur, et d'intervenir lors des sessions plénières et des quatre tables rondes thématiques. Merci d'envoyer le nom, la fonction et l'affiliation institutionnelle de l'intervenant à gcmrrarabstates@iom.int avant le vendredi 5 février 2021.

Bonjour,
Je sais que la date est passée, mais si c'est encore possible : Amadou Sow, Secrétaire général de l'Association des Travailleurs Sénégalais au Maroc (ATSM), souhaiterait intervenir à la table ronde 1.
Je vous écris en son nom.
Merci d'avance
Fatou Ndiaye

Envoyé de mon téléphone Huawei
"""
    m = mk(when, sent_at(when, 1, 9), "mail-oi1-f172.google.example.com", "192.0.2.172", "4DZ4pK7hTwz5",
           "Fatou Ndiaye <fatou.ndiaye.atsm@gmail.example.com>",
           hdr("Re: Invitation : Examen régional du PMM dans la région arabe - 23-25 février 2021", enc="Q"),
           "<CAOx4nR8tV2bQm+Lw6Jz1Ke9Hc3sYp5Ud0f@mail.gmail.example.com>", plain(text))
    add(20, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Amadou Sow", "Secrétaire général", "Association des Travailleurs Sénégalais au Maroc (ATSM)",
           ["roundtable"], 1)],
        notes="late (9 February) and says so; bottom-posted under the '>'-quoted French invitation (which states "
              "the 5 February deadline and every role); written on behalf of the speaker; plain text from a phone."))


# ================================================================ 21  EN  other  thank-you answering our acknowledgement of 14
def m21():
    when = at("2021-02-10 10:30:09")
    ack = ack_mid("4DWhT50cNpz3")
    text = """Thank you, noted with thanks.

Best,
Aisha

Aisha Al Mansoori
Programme Associate | GLMO

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, February 4, 2021 5:05 PM
To: Thomas Wright <t.wright@glmo.example.org>
Cc: Aisha Al Mansoori <a.almansoori@glmo.example.org>
Subject: Acknowledgement of receipt - RE: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021

Dear Thomas Wright,

Thank you for your message. We confirm receipt of your voluntary GCM review report (1 file).

GCM Regional Review - Arab States
"""
    m = mk(when, sent_at(when, 4, 4), "mail-bn6nam11on0609.outbound.protection.outlook.example.com", "198.51.100.9",
           "4F05Wd2pRsz8", "Aisha Al Mansoori <a.almansoori@glmo.example.org>",
           "RE: Acknowledgement of receipt - RE: Invitation: Regional Review of the GCM in the Arab region - "
           "23-25 February 2021",
           "<BN6PR11MB14570A9B8C7D6E5F@BN6PR11MB1457.namprd11.prod.outlook.example.com>",
           alt(text, "_000_BN6PR11MB14570A9B8C7D6E5F_"),
           cc="Thomas Wright <t.wright@glmo.example.org>",
           extra=outlook("Acknowledgement of receipt - RE: Invitation: Regional Review of the GCM in the Arab "
                         "region - 23-25 February 2021", "AQHW+2Ab3Cd4Ef5Gh6Ij7Kl8Mn9Op0Qr1St==")
           + [("In-Reply-To", ack), ("References", M14_ID + " " + ack)])
    add(21, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 14,
        notes="the Cc'd colleague of h224-14 thanks us for the acknowledgement: a reply to one of our "
              "acknowledgements that adds nothing new, so acknowledge false although a person wrote it; thread_of "
              "h224-14 (References names it)."))


# ================================================================ 22  AR  report  HTML-only Outlook answers in red + the PDF re-sent (thread of 10)
Q22_ID = sec_mid("20210210.0930.basma")


def m22():
    when = at("2021-02-11 16:10:02")
    fname = "تقرير منظمة بصمة - نسخة معدلة.pdf"
    red = '<span style="color:#C00000">%s</span>'
    inner = (
        '<div dir="rtl">'
        '<p>الأخوة في الأمانة،</p>'
        '<p>شكراً لتواصلكم. أجبنا باللون الأحمر تحت أسئلتكم، ومرفق النسخة المعدلة من التقرير.</p>'
        '<p>عوض الله</p>'
        '<hr>'
        '<p><b>من:</b> GCM Regional Review Arab States<br><b>أرسل:</b> الأربعاء، ١٠ فبراير ٢٠٢١ ٩:٣٠ ص<br>'
        '<b>الموضوع:</b> RE: تقرير طوعي ومداخلة</p>'
        '<p>السيد عوض الله المحترم،</p>'
        '<p>١- ملف التقرير الذي أرسلتموه يوم ٣ فبراير لا يفتح لدينا (يبدو أنه تالف). هل يمكنكم إرساله مجدداً؟<br>'
        + red % "نعتذر، تم حفظ الملف بشكل خاطئ. مرفق الآن نسخة معدلة وسليمة تحل محل السابقة." + '</p>'
        '<p>٢- هل التقرير صادر عن منظمتكم وحدها أم بالشراكة مع جهات أخرى؟<br>'
        + red % "عن منظمتنا وحدها." + '</p>'
        '<p>٣- بخصوص المداخلة في الجلسة العامة: هل ما زلتم المتحدث؟<br>'
        + red % "نعم، لا تغيير." + '</p>'
        '<p>مع التحية،<br>أمانة الاستعراض الإقليمي</p>'
        '</div>')
    pdf = rep_pdf("Voluntary GCM Review Report 2021 (revised)", "Basma Organization for Development and Peace",
                  ["Context", "Mixed migration on the eastern border", "Objectives 10 and 11", "Recommendations"])
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body>\n%s\n</body></html>\n' % inner)
    body = multi("mixed", [leaf("text/html", html, cte="base64"), attach("application/pdf", pdf, fname)],
                 "_004_MN2PR16MB2991D4E5F6A7B8C9_")
    m = mk(when, sent_at(when, 2, 7), "mail-mn2nam16on0655.outbound.protection.outlook.example.com", "198.51.100.55",
           "4F0h3Q1vKpz2", addr("Awadalla Mohamed", "awadalla.basma@outlook.example.com"),
           re_hdr("RE: ", M10_SUBJ), "<MN2PR16MB2991D4E5F6A7B8C9@MN2PR16MB2991.namprd16.prod.outlook.example.com>",
           body, extra=outlook(hdr(M10_SUBJ), "AQHW/0Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9Sw==", lang="ar-SA", has_attach="yes")
           + [("In-Reply-To", Q22_ID), ("References", M10_ID + " " + Q22_ID)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 10, report_attachments=[fname],
        notes="HTML-only Outlook reply with the answers in red under each quoted question of the secretariat "
              "(outgoing, not in the set; References names h224-10); sent from another address (outlook.com "
              "instead of gmail) with the same display name. The corrected PDF replaces the report of h224-10; on "
              "time (11 February). Answer 3 confirms the plenary speaker with 'no change': nothing new, so not "
              "'both'. Arabic PDF name with spaces and a hyphen (RFC 2231 + RFC 2047)."))


# ================================================================ 23  FR  other  question about the speakers of 05, reply to our acknowledgement
def m23():
    when = at("2021-02-15 12:00:18")
    ack = ack_mid("4DVLpW0kVyz3")
    text = """Bonjour,

Nous n'avons pas encore reçu de confirmation concernant nos deux intervenants (Mme Bouzid comme rapporteure, M. Khelifi à la table ronde IV). Pourriez-vous nous dire quand le programme définitif sera communiqué, et si les intervenants recevront le lien de connexion séparément ?

Merci,

--
Meriem Bouzid
Présidente
Collectif Algérien Migrations et Droits (CAMD)

Le 02/02/2021 à 12:30, GCM Regional Review Arab States a écrit :
> Madame Meriem Bouzid,
>
> Nous accusons réception de votre message « CAMD : rapport volontaire + intervenants » : votre rapport volontaire (1 fichier) et votre demande d'intervention pour 2 intervenant(e)s.
>
> Examen régional du PMM - États arabes
"""
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 4), "mail.camd-dz.example.org", "203.0.113.45", "4F3kX95wPmz1",
           "Meriem Bouzid <m.bouzid@camd-dz.example.org>",
           hdr("Re: Accusé de réception - " + M05_SUBJ, enc="Q"),
           "<a7d21c4f-0e3b-4b8a-9f61-2c5e8d0b7a94@camd-dz.example.org>", t,
           extra=[("User-Agent", TB), ("Content-Language", "fr"), ("In-Reply-To", ack),
                  ("References", M05_ID + " " + ack)])
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 5,
        notes="reply to our acknowledgement of h224-05 that asks real questions (programme, connection link) "
              "about the speakers already proposed: other, acknowledged (unlike a plain thank-you); it restates the "
              "two speakers by surname only and proposes nobody new. thread_of h224-05."))


# ================================================================ 24  AR  report  late, Gmail reply in a long thread quoting the secretariat's reminder
def m24():
    when = at("2021-02-17 09:40:27")
    fname = "تقرير_جمعية_الأمل_للمهاجرين_2021.pdf"
    q_mid = sec_mid("20210215.1000.amal")
    text = """صباح الخير،

نعتذر عن التأخير، كانت لدينا مشكلة في اعتماد التقرير من مجلس الإدارة. مرفق التقرير الطوعي لجمعية الأمل لرعاية المهاجرين، ونرجو أن يتم قبوله رغم انتهاء المهلة أمس.

أما بخصوص سؤالكم عن المتحدث: لن نرشح أحداً هذه المرة.

مع الاحترام،
نادية الحسيني
منسقة المشاريع - جمعية الأمل لرعاية المهاجرين
بيروت

في الاثنين، ١٥ فبراير ٢٠٢١ ١٠:٠٠ ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
> السيدة نادية الحسيني المحترمة،
>
> نذكّركم بأن آخر موعد لاستلام التقارير الطوعية هو الثلاثاء ١٦ شباط/فبراير ٢٠٢١. كما نرجو إعلامنا إن كانت الجمعية ترغب في ترشيح متحدث.
>
> مع التحية،
> أمانة الاستعراض الإقليمي
>
>> في الجمعة، ٢٩ يناير ٢٠٢١، كتبت نادية الحسيني:
>> مرحباً، هل يمكن لجمعيتنا أن ترسل تقريراً طوعياً حتى لو لم تشارك في المسح الإلكتروني؟
"""
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Al-Amal Association for Migrants' Welfare (Lebanon)",
                  ["Introduction", "Services to migrant workers", "Objectives 15 and 16", "Recommendations"])
    a = alt(text, "0000000000001f2e3d05bb7c8a90", html=gmail_html(text, rtl=True))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "0000000000001f2e3b05bb7c8a8e")
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f66.google.example.com", "192.0.2.66", "4F4D2m8sHjz6",
           addr("نادية الحسيني", "nadia.husseini.amal@gmail.example.com"),
           re_hdr("Re: ", "استفسار حول التقرير الطوعي"),
           "<CAMf3pQ7vX1rNb+Ze4Gk8Ts2Ly0cWh6Ja9d@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", q_mid),
                  ("References", "<CAMf3pQ2aB7cDe+Fg8Hi9Jk0Lm1nOp2Qr3s@mail.gmail.example.com> " + q_mid)])
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (received 17 February 09:40) and says so; top-posted Gmail reply in a thread whose subject is "
              "still the sender's January question ('استفسار حول التقرير الطوعي'); the quoted reminder and "
              "question are the secretariat's and her own earlier message, neither in the set, so thread_of null. "
              "'لن نرشح أحداً' declines a speaker: not 'both'. Arabic PDF name with underscores (RFC 2231)."))


def main():
    m01()
    m02()
    m03()
    m04()
    m05()
    m06()
    m07()
    m08_add(*m08())       # the bounce of our acknowledgement of 07, 47 s later
    m09()
    m10()
    m11()
    m12_add(*m12())       # out-of-office answering our acknowledgement of 11
    m13()
    m14()
    m15()
    m16()
    m17()
    m18()
    m19()
    m20()
    m21()
    m22()
    m23()
    m24()
    SET.write()


if __name__ == "__main__":
    main()
