#!/usr/bin/env python3
"""Write the blind evaluation set holdout204 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets204.py
Theme: the deadline crunch (3-17 February 2021).  Speaker requests sent in the last hours of Friday 5 February
from Dubai, Washington, London and Rabat, one arriving three minutes late, late nominations with apologies, a
question about the Arabic letter's misprinted date, a withdrawal ('our director cannot travel'), reports sent in
the last hours of Tuesday 16 February: an updated v2 replacing an earlier file, a 'did you receive my email?'
re-send, a sender whose Date header already says 17 February, a forgotten attachment sent again nine minutes
later - after midnight - and a late 'both' with apologies.  An out-of-office and a bounce.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, top)
from mailgen import POSTFIX_NOTICE, gmail_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id, logo

SET = EvalSet(204)
add = SET.add


def rpdf(title, org, parts):
    lines = [title, org, "Voluntary GCM review - Regional Review of the GCM in the Arab region, 2021", ""]
    lines += ["%d. %s" % (k, p) for k, p in enumerate(parts, 1)]
    return make_pdf(lines)


TB_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"


# ================================================================ 01  EN  speaker  two speakers, labelled blocks, Outlook
def m01():
    when = at("2021-02-03 11:05:22")
    sent = sent_at(when, 3, 6)
    text = """Dear GCM Regional Review Secretariat,

Ahead of Friday's deadline, please find below our two nominations for the Regional Review Conference on 24-25 February.

Speaker 1
Name: Dr. Yasmin Farah
Title: Director of Research
Organization: Gulf Institute for Labour Mobility Studies (GILMS)
Role requested: floor intervention in a plenary session

Speaker 2
Name: Karim Nassif
Title: Senior Researcher, Recruitment and Wages Unit
Organization: Gulf Institute for Labour Mobility Studies (GILMS)
Role requested: floor intervention in thematic roundtable 2

Both have completed the online registration. Please let me know if you need short bios.

Best regards,

Yasmin Farah, PhD
Director of Research
GILMS | Doha, Qatar
T +974 4000 0000
"""
    subj = "Speaker nominations - GILMS - Regional Review Conference"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div class="WordSection1">' + "".join(
                "<p class=\"MsoNormal\">%s</p>\n" % (x.replace("&", "&amp;").replace("<", "&lt;") or "&nbsp;")
                for x in text.split("\n")) + '<p class="MsoNormal"><img src="cid:image001.png@01D6FA1B.2C3D4E50" '
            'width="120" height="40"></p></div></body></html>\n')
    rel = multi("related", [alt(text, "_000_DB7PR02MB39842A1F0C3B4D5E6F7A8B9C0_", html=html),
                            logo("image001.png@01D6FA1B.2C3D4E50", (120, 20, 40))],
                "_004_DB7PR02MB39842A1F0C3B4D5E6F7A8B9C0_", params=[("type", '"multipart/alternative"')])
    m = mk(when, sent, "mail-db7eur02on2110.outbound.protection.outlook.example.com", "198.51.100.110",
           "4DW2pJ1Ks8z5", "Yasmin Farah <y.farah@gilms.example.org>", subj,
           "<DB7PR02MB39842A1F0C3B4D5E6F7A8B9C0@DB7PR02MB3984.eurprd02.prod.outlook.example.com>", rel,
           extra=outlook(subj, "AQHW+gHq3p8xk2TnQ0yM5cVb1LdF7A==", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Yasmin Farah", "Director of Research", "Gulf Institute for Labour Mobility Studies (GILMS)", ["plenary"]),
        sp("Karim Nassif", "Senior Researcher, Recruitment and Wages Unit",
           "Gulf Institute for Labour Mobility Studies (GILMS)", ["roundtable"], 2)],
        notes="ordinary early request: two labelled blocks; 'Dr.' dropped from the name; the second title is written "
              "with its unit and kept whole (as dev 012); inline signature logo image001.png is not an attachment of "
              "interest. 'PhD' after the name in the signature is not part of the labelled name."))


# ================================================================ 02  FR  speaker  pasted form, on behalf of the director, Gmail
M02_ID = "<CAJp7wF3kR9vQm2sXn4Tz8Lb6Yd1Hc5Ge0Ua7@mail.gmail.example.com>"
M02_SUBJ = "Demande d'intervention - OMMD"


def m02():
    when = at("2021-02-04 15:20:07")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Suite à l'appel à intervenants pour la Conférence régionale d'examen du PMM, vous trouverez ci-dessous le formulaire complété pour notre directeur.

--------- Formulaire de demande d'intervention ---------
Nom et prénom : Pr. Hamid Ouali
Fonction : Directeur
Organisation : Observatoire Marocain des Migrations et du Développement (OMMD)
Type d'intervention : intervention dans la table ronde thématique 3
Inscription sur la plateforme : faite le 2 février
---------------------------------------------------------

Je reste à votre disposition pour tout complément.

Bien à vous,

Salma Tazi
Assistante de direction
OMMD - Rabat
"""
    body = alt(text, "000000000000a7c1d205ba9e4f10", html=gmail_html(text))
    m = mk(when, sent, "mail-wm1-f54.google.example.com", "192.0.2.54", "4DX0Tq6Jm1z8",
           "Salma Tazi <salma.tazi.ommd@gmail.example.com>", hdr(M02_SUBJ, enc="Q"), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hamid Ouali", "Directeur", "Observatoire Marocain des Migrations et du Développement (OMMD)",
           ["roundtable"], 3)],
        notes="sent by the director's assistant (not a speaker) with a pasted form between dashed lines; 'Pr.' "
              "dropped; 'Nom et prénom' label; the assistant's signature (OMMD - Rabat) is not a second speaker."))


# ================================================================ 03  FR  auto_reply  Gmail vacation responder to the ack of 02
def m03():
    when = at("2021-02-04 15:20:51")
    sent = sent_at(when, 1, 2)
    text = """Bonjour,

Je suis absente du bureau à partir du jeudi 4 février après-midi jusqu'au lundi 15 février inclus.
Pour toute question urgente concernant l'OMMD, merci d'écrire à contact@ommd.example.org.

Cordialement,
Salma Tazi
"""
    body = alt(text, "000000000000c3e4f505ba9e51b2", html=gmail_html(text))
    rows = std_rows(when, "mail-wm1-f54.google.example.com", "192.0.2.54", "4DX0Vb2Pq7z3",
                    "Salma Tazi <salma.tazi.ommd@gmail.example.com>",
                    hdr("Réponse automatique : Accusé de réception - " + M02_SUBJ, enc="Q"), rfcdate(sent),
                    "<CAJp7wF3-vacation-5b2e9d@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="salma.tazi.ommd@gmail.example.com")
    rows += [("In-Reply-To", ack_id("4DX0Tq6Jm1z8")), ("References", ack_id("4DX0Tq6Jm1z8"))]
    add(3, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the sender of h204-02 answering our acknowledgement 44 seconds later; only "
              "'Auto-Submitted: auto-replied' marks it; the subject names a speaker request. Never acknowledge "
              "(loop); thread_of null as for dev auto-replies."))


# ================================================================ 04  AR  speaker  two speakers, labelled, formal, Outlook
def m04():
    when = at("2021-02-05 12:40:10")
    sent = sent_at(when, 3, 7)
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

قبل انقضاء المهلة المحددة اليوم، يتشرف الاتحاد الإقليمي لنقابات عمال الخدمات بتقديم طلب مشاركة متحدثَين اثنين في أعمال الاستعراض الإقليمي، وذلك على النحو الآتي:

المتحدث الأول:
الاسم: السيد فيصل عبد الله الحداد
الصفة: الأمين العام
الجهة: الاتحاد الإقليمي لنقابات عمال الخدمات
المشاركة المطلوبة: تقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر

المتحدثة الثانية:
الاسم: السيدة مريم الجودر
الصفة: رئيسة لجنة العمال المهاجرين
الجهة: الاتحاد الإقليمي لنقابات عمال الخدمات
المشاركة المطلوبة: المشاركة في النقاش المفتوح للمشاورة متعددة الأطراف يوم ٢٣ فبراير

وقد تم التسجيل عبر الرابط الإلكتروني.

وتفضلوا بقبول فائق الاحترام،

مكتب الأمين العام
الاتحاد الإقليمي لنقابات عمال الخدمات
المنامة - مملكة البحرين
"""
    subj = "طلب مشاركة متحدثين - الاتحاد الإقليمي لنقابات عمال الخدمات"
    body = alt(text, "_000_AM0PR03MB61178C2D3E4F5A6B7C8D9E0F1_", rtl=True)
    m = mk(when, sent, "mail-am0eur03on0615.outbound.protection.outlook.example.com", "198.51.100.15",
           "4DXNc01Hf5z2", addr("مكتب الأمين العام", "gs.office@rfsu.example.org"), hdr(subj),
           "<AM0PR03MB61178C2D3E4F5A6B7C8D9E0F1@AM0PR03MB6117.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcbVx0Kq7Lm2Np4Rs6Tu8Wy1Za3Bc==", lang="ar-BH"))
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فيصل عبد الله الحداد", "الأمين العام", "الاتحاد الإقليمي لنقابات عمال الخدمات", ["rapporteur"]),
        sp("مريم الجودر", "رئيسة لجنة العمال المهاجرين", "الاتحاد الإقليمي لنقابات عمال الخدمات",
           ["open_discussion"])],
        notes="formal Arabic, two labelled blocks with honorifics 'السيد'/'السيدة' (dropped); sent on the deadline day "
              "from the Secretary-General's office mailbox (the sender is not a speaker); the city after the "
              "organisation in the signature is not part of the affiliation."))


# ================================================================ 05  FR  speaker  HTML-only, two speakers in a list, prose
def m05():
    when = at("2021-02-05 16:22:45")
    sent = sent_at(when, 1, 4)
    inner = """<div style="font-family: Calibri, Arial, sans-serif; font-size: 11pt;">
<p>Madame, Monsieur,</p>
<p>Dans le cadre de l'examen régional du Pacte mondial sur les migrations, le Collectif Solidarité Migrants Tunisie (CSMT) souhaite proposer deux intervenantes pour la conférence des 24 et 25 février&nbsp;:</p>
<ul>
<li>Mme Inès Belhadj, présidente du collectif, pour une intervention lors d'une séance plénière&nbsp;;</li>
<li>Mme Rim Jaziri, chargée de programme, pour une prise de parole à la table ronde thématique n°&nbsp;1.</li>
</ul>
<p>Les deux intervenantes se sont inscrites en ligne. Nous vous remercions par avance de l'attention portée à notre demande.</p>
<p>Bien cordialement,</p>
<p>Rim Jaziri<br>
Chargée de programme<br>
CSMT – Sfax, Tunisie</p>
</div>"""
    body = html_only(inner, lang="fr", newlines=True)
    subj = "CSMT : proposition de deux intervenantes"
    m = mk(when, sent, "mail-pr3fra01on0104.outbound.protection.outlook.example.com", "198.51.100.104",
           "4DXVw53Rk0z6", "Rim Jaziri <rim.jaziri@csmt.example.org>", hdr(subj, enc="Q"),
           "<PR3P194MB0843A9B8C7D6E5F4A3B2C1D0@PR3P194MB0843.EURP194.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Outlook Web App"), ("Content-Language", "fr-FR")])
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Inès Belhadj", "présidente", "Collectif Solidarité Migrants Tunisie (CSMT)", ["plenary"]),
        sp("Rim Jaziri", "chargée de programme", "Collectif Solidarité Migrants Tunisie (CSMT)", ["roundtable"], 1)],
        notes="HTML-only (no text/plain), two speakers in an HTML list in prose; titles in lower case as written "
              "('présidente du collectif': the organisation is only 'du collectif', recorded with the fullest form "
              "the message writes, as dev 035 resolves a reference); 'table ronde thématique n° 1' with a "
              "non-breaking space; the sender is the second speaker."))


# ================================================================ 06  AR  speaker  Dubai, +0400 Date, details only in signature
def m06():
    when = at("2021-02-05 21:47:33")
    sent = sent_at(when, 4, 4)
    text = """مرحبا،

حابين نشارك معكم في الاستعراض الإقليمي، وإن شاء الله ما نكون تأخرنا 🙏
عندنا اهتمام بالمائدة المستديرة الثالثة، ولو في مجال لمداخلة قصيرة من طرفي عن أوضاع العاملات المنزليات يكون شي طيب.

سجلت في الرابط اليوم الصبح.

شكراً جزيلاً

--
عائشة المرزوقي
مديرة البرامج
مبادرة دعم العمالة المنزلية
دبي، الإمارات العربية المتحدة
"""
    body = alt(text, "000000000000e8f9a005ba9f6c33", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent, "mail-ed1-f43.google.example.com", "192.0.2.43", "4DXgKz1Bw6z4",
           addr("عائشة المرزوقي", "aisha.mdwi@gmail.example.com"), hdr("المشاركة في الاستعراض الإقليمي"),
           "<CAH3mZk5Rt9Lw2Qp7Vn0Xs4Yb8Jd6Fg1Ce3Ka@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عائشة المرزوقي", "مديرة البرامج", "مبادرة دعم العمالة المنزلية", ["roundtable"], 3)],
        notes="Gulf dialect with an emoji; the Date header says 23:47 +0400 (Dubai) but it arrived 21:47 on 5 February "
              "Beirut time: on time; the request is 'من طرفي' (herself), name/title/organisation only in the "
              "signature; the city and country line is not part of the affiliation; roundtable as an ordinal word."))


# ================================================================ 07  EN  both  Washington, -0500 Date, PDF + fourth roundtable
M07_ID = "<CAF8vRt2Lq5Wm9Xn3Kp7Zs1Bd4Hy6Jc0Ge8Tb@mail.gmail.example.com>"
M07_SUBJ = "AAMWC - voluntary report + speaker request"


def m07():
    when = at("2021-02-05 23:41:02")
    sent = sent_at(when, -5, 4)
    text = """Hi team,

Hope this still makes it in time - it's Friday afternoon here in Washington, but I know you're on Beirut time, so I'm racing the clock.

Two things from the Arab American Migrant Workers Council (AAMWC):

1) Our voluntary GCM review report is attached (PDF). It covers our work with returning workers and families, mostly on objectives 6, 7 and 22.

2) We'd like to request a floor intervention for our Policy Director in the fourth thematic roundtable:
   Sami Haddad, Policy Director, AAMWC

Thanks so much and have a great weekend!

Nadine

--
Nadine Khoury
Executive Director
Arab American Migrant Workers Council (AAMWC)
Washington, DC
"""
    fname = "AAMWC_GCM_Voluntary_Review_Feb2021.pdf"
    pdf = rpdf("Voluntary GCM Review Report", "Arab American Migrant Workers Council (AAMWC)",
               ["Introduction", "Methodology", "Objectives 6, 7 and 22", "Challenges", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000b1c2d305ba9f8a41", html=gmail_html(text)),
                           attach("application/pdf", pdf, fname)], "000000000000b1c2d505ba9f8a43")
    m = mk(when, sent, "mail-qk1-f181.google.example.com", "192.0.2.181", "4DXjQ06Fh2z7",
           "Nadine Khoury <nadine@aamwc.example.org>", M07_SUBJ, M07_ID, body)
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Sami Haddad", "Policy Director", "Arab American Migrant Workers Council (AAMWC)",
                     ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both, both parts on time: Date header Fri 5 Feb 16:40:58 -0500, received 23:41:02 Beirut time (18 "
              "minutes before the speaker deadline). The speaker line gives only the acronym 'AAMWC'; recorded with "
              "the fullest form the message writes (body and signature). Sender (Executive Director) is not the "
              "speaker; 'fourth thematic roundtable' = 4."))


# ================================================================ 08  EN  speaker  London, iPhone, on behalf, rapporteur, 2 min to go
def m08():
    when = at("2021-02-05 23:57:40")
    sent = sent_at(when, 0, 5)
    text = """Dear Secretariat,

Writing on behalf of Prof. Leila Mansour, who would like to be considered for the rapporteur role (delivering the stakeholders' key messages at the conference).

Her details: Leila Mansour, Chair of the Board, Migration Justice Forum (MJF), London.

Apologies for the last-minute email, we only got her confirmation tonight.

Best,
Tom Reilly
MJF

Sent from my iPhone"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "<br>".join(x.replace("&", "&amp;") for x in text.split("\n"))
            + '</body></html>\n')
    body = alt(text, "Apple-Mail-4B7C2D1E-9F3A-4E8B-A0C5-2D6F1E9B3A47", html=html)
    m = mk(when, sent, "mail-lo2gbr01on0128.outbound.protection.outlook.example.com", "198.51.100.128",
           "4DXk0H3Tn8z1", "Tom Reilly <t.reilly@mjf.example.org.uk>", "Rapporteur - Leila Mansour (MJF)",
           "<4B7C2D1E-9F3A-4E8B-A0C5-2D6F1E9B3A47@mjf.example.org.uk>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Leila Mansour", "Chair of the Board", "Migration Justice Forum (MJF)", ["rapporteur"])],
        notes="received 23:57:40 Beirut time on 5 February (Date header 21:57:35 +0000): on time by two minutes. Sent "
              "from a phone by a colleague on her behalf; 'Prof.' dropped; details on one comma-separated line ending "
              "with a city ('London', not part of the affiliation); the sender signs only 'MJF' and is not a speaker."))


# ================================================================ 09  FR  speaker  three minutes late, +0100 Date, Thunderbird
M09_ID = "<3e9a1f72-5c4b-4d8e-b0a6-7f2c9d1e4b58@amam.example.org>"
M09_SUBJ = "Demande d'intervention - AMAM"
M09_TEXT = """Bonjour,

Je vous prie d'excuser ce léger retard : nous avons eu une coupure d'internet toute la soirée au bureau.

Au nom de l'Association Marocaine d'Appui aux Migrants (AMAM), je souhaite proposer notre directeur pour une intervention en session plénière de la Conférence régionale d'examen.

Nom : M. Driss Benjelloun
Fonction : Directeur exécutif
Organisation : Association Marocaine d'Appui aux Migrants (AMAM), Oujda

Bien cordialement,

--
Leïla Amrani
Chargée de communication – AMAM
"""


def m09():
    when = at("2021-02-06 00:03:12")
    sent = sent_at(when, 1, 3)
    body = leaf("text/plain", flowed(M09_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.amam.example.org", "203.0.113.61", "4DXk5S0Gd3z9",
           "=?UTF-8?Q?Le=C3=AFla_Amrani?= <l.amrani@amam.example.org>", M09_SUBJ, M09_ID, body,
           extra=[("User-Agent", TB_UA), ("Content-Language", "fr")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Driss Benjelloun", "Directeur exécutif", "Association Marocaine d'Appui aux Migrants (AMAM)",
           ["plenary"])],
        notes="late by 3 minutes 13 seconds: the Date header says Fri 5 Feb 23:03:09 +0100 (still Friday for the "
              "sender, and before midnight in Beirut by her clock) but the server received it 00:03:12 on 6 February "
              "Beirut time. Apology for lateness; 'M.' dropped; the city after the organisation on the labelled line "
              "('Oujda') is not part of the affiliation. Withdrawn later by h204-14. Thunderbird format=flowed, 8bit."))


# ================================================================ 10  EN  other  thank-you reply to our acknowledgement of 07
def m10():
    when = at("2021-02-06 08:10:05")
    sent = sent_at(when, -5, 3)
    ack = ack_id("4DXjQ06Fh2z7")
    text = """Thank you, well received! Phew :)

Nadine

On Fri, Feb 5, 2021 at 4:41 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
""" + gt("""Dear Nadine Khoury,

Thank you for your message "AAMWC - voluntary report + speaker request". We confirm that it was received on 5 February 2021 and registered.

GCM Regional Review - Arab States secretariat""") + "\n"
    body = alt(text, "000000000000d4e5f605baa0c712", html=gmail_html(text))
    m = mk(when, sent, "mail-qk1-f181.google.example.com", "192.0.2.181", "4DXxR71Kc5z2",
           "Nadine Khoury <nadine@aamwc.example.org>", "Re: Acknowledgement of receipt - " + M07_SUBJ,
           "<CAF8vRt2Lq5Wm9Xn3Kp7Zs1Bd4Hy6Jc0Ge8Tb+thanks@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", "%s %s" % (M07_ID, ack))])
    add(10, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h204-07.eml",
        notes="a thank-you reply to our acknowledgement of h204-07 that adds nothing new: do not acknowledge (LABELS.md). "
              "References carry h204-07's Message-ID, so thread_of is h204-07. Sent 01:10 -0500 her time."))


# ================================================================ 11  AR  other  which speaker deadline? (the misprint)
def m11():
    when = at("2021-02-06 10:25:00")
    sent = sent_at(when, 2, 6)
    text = """صباح الخير،

قرأنا في الرسالة العربية للدعوة أن آخر موعد لطلبات المداخلة هو يوم الجمعة ٢٣ شباط/فبراير، بس زميلة من شبكة ثانية قالت لنا إن الموعد كان مبارح الجمعة ٥ شباط حسب النسخة الإنكليزية.

فأي موعد هو الصحيح؟ وإذا فاتنا الموعد، هل في إمكانية نقترح متحدثة للنقاش المفتوح يوم ٢٣؟ منبعت الاسم والصفة فور ما تأكدوا لنا.

مع الشكر سلفاً،

جمانة الخوري
منسقة المشاريع - جمعية كرامة للعمال المهاجرين
طرابلس، لبنان
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "smtp.karama-mw.example.org", "203.0.113.92", "4DY9hN2Lr7z5",
           addr("جمانة الخوري", "joumana@karama-mw.example.org"), hdr("استفسار عن موعد طلبات المداخلة"),
           "<20210206082454.7F3C21A0B9@karama-mw.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(11, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="question, Levantine dialect: which speaker deadline is right (the Arabic letter's misprinted 'Friday 23 "
              "February' or 5 February)? and may they still propose someone; no speaker is named yet: other, not "
              "speaker_request. Plain text, base64."))


# ================================================================ 12  EN  speaker  late (8 Feb), apology, two speakers, Reply-To list
M12_SUBJ = "Late request - speaking roles - HAMSN"


def m12():
    when = at("2021-02-08 10:40:18")
    sent = sent_at(when, 3, 5)
    text = """Dear colleagues,

I realise the deadline for speaking requests was last Friday, and I do apologise for this late message - our board only met on Saturday to agree on the nominations. If there is still any flexibility, the Horn of Africa Migrant Solidarity Network would be grateful to be considered for:

- the open discussion of the multi-stakeholder consultation on 23 February: myself (details below);
- a floor intervention in thematic roundtable 1: Mr. Abdirahman Yusuf Ali, Programme Officer at our Djibouti office.

Please reply to events@hamsn.example.org so that the whole team sees your answer.

With many thanks and apologies again,

Hodan Warsame
Executive Coordinator
Horn of Africa Migrant Solidarity Network (HAMSN)
Nairobi | Djibouti
"""
    body = alt(text, "_000_VI1PR07MB5523C1D2E3F4A5B6C7D8E9F0_")
    m = mk(when, sent, "mail-vi1eur07on0122.outbound.protection.outlook.example.com", "198.51.100.122",
           "4DZ1mC4Wq2z8", "Hodan Warsame <h.warsame@hamsn.example.org>", M12_SUBJ,
           "<VI1PR07MB5523C1D2E3F4A5B6C7D8E9F0@VI1PR07MB5523.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(M12_SUBJ, "AQHW/fA1b2C3d4E5f6G7h8I9j0K1Lw==") + [("Reply-To", "events@hamsn.example.org")])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Hodan Warsame", "Executive Coordinator", "Horn of Africa Migrant Solidarity Network (HAMSN)",
           ["open_discussion"]),
        sp("Abdirahman Yusuf Ali", "Programme Officer", "Horn of Africa Migrant Solidarity Network (HAMSN)",
           ["roundtable"], 1)],
        notes="late (Monday 8 February), apologises. Two speakers: the sender ('myself', details only in the "
              "signature) and a colleague 'at our Djibouti office' (an office of the same network: affiliation "
              "recorded with the fullest form written, the office location is not part of it). 'Mr.' dropped. "
              "Reply-To differs from From; the acknowledgement to it bounces (h204-13)."))


# ================================================================ 13  EN  bounce  acknowledgement of 12 to the Reply-To address
def m13():
    when = at("2021-02-08 10:40:49")
    text = POSTFIX_NOTICE + """
<events@hamsn.example.org>: host mx.hamsn.example.org[203.0.113.140] said: 550
    5.1.1 <events@hamsn.example.org>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DZ1mQ0Bt9z3\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; events@hamsn.example.org\n"
           "Original-Recipient: rfc822;events@hamsn.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.hamsn.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <events@hamsn.example.org>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table\n" % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: events@hamsn.example.org\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "Auto-Submitted: auto-replied\n" % (M12_SUBJ, rfcdate(when - dt.timedelta(seconds=6)),
                                                ack_id("4DZ1mC4Wq2z8")))
    body = dsn_report(text, dsn, hdrs, "4DZ1mR5Vx0z6.1612773649/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZ1mR5Vx0z6; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210208084049.4DZ1mR5Vx0z6@mx1.iom.int>")]
    add(13, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 (user unknown) for our acknowledgement of h204-12 sent to its Reply-To address; the "
              "returned headers quote the late speaker request's subject. Never acknowledge; thread_of null as for "
              "dev bounces."))


# ================================================================ 14  FR  other  withdrawal of 09 (the director cannot travel)
def m14():
    when = at("2021-02-09 13:30:04")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Je reviens vers vous au sujet de notre demande d'intervention envoyée vendredi soir.

Notre directeur ne pourra malheureusement pas se déplacer pour la conférence (son visa n'a pas pu être obtenu à temps). Nous vous prions donc de bien vouloir retirer notre demande.

Nous suivrons bien entendu les travaux en ligne et restons à votre disposition.

Avec nos excuses pour ce changement,

Leïla Amrani
Chargée de communication – AMAM

Le 05/02/2021 à 23:03, Leïla Amrani a écrit :
""" + gt(M09_TEXT) + "\n"
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.amam.example.org", "203.0.113.61", "4DZh2W8Pm5z1",
           "=?UTF-8?Q?Le=C3=AFla_Amrani?= <l.amrani@amam.example.org>", hdr("Re: " + M09_SUBJ + " - retrait", enc="Q"),
           "<8d2c4b1a-7e6f-4a93-b5d0-1c3e9f7a2b64@amam.example.org>", body,
           extra=[("User-Agent", TB_UA), ("In-Reply-To", M09_ID), ("References", M09_ID),
                  ("Content-Language", "fr")])
    add(14, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h204-09.eml",
        notes="withdrawal of the speaker request h204-09 ('retirer notre demande', the director cannot travel): no "
              "speaker is proposed; the quoted original still carries the labelled Nom/Fonction/Organisation lines. "
              "Not covered by LABELS.md: recorded as 'other' (a follow-up a person wrote, acknowledged) with thread_of "
              "h204-09 so that the secretariat can mark the request as withdrawn."))


# ================================================================ 15  AR  both  DOCX report (on time) + late rapporteur request
def m15():
    when = at("2021-02-10 09:50:30")
    sent = sent_at(when, 3, 5)
    text = """الإخوة والأخوات في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

نرفق لكم طيه التقرير الطوعي للمنظمة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في العراق خلال الفترة 2019-2020.

كما نرجو، إن أمكن رغم انقضاء موعد طلبات المداخلة، النظر في مشاركة رئيس المنظمة بصفة مقرر لتقديم الرسائل الرئيسية لأصحاب المصلحة، ونعتذر عن التأخير الذي سببته ظروف الإغلاق:

الاسم: د. حسن كاظم العبيدي
الصفة: رئيس المنظمة
الجهة: المنظمة العراقية لحقوق النازحين والمهاجرين

مع فائق التقدير والاحترام،

زينب الموسوي
مسؤولة العلاقات الخارجية
المنظمة العراقية لحقوق النازحين والمهاجرين - بغداد
"""
    fname = "التقرير الطوعي - المنظمة العراقية لحقوق النازحين والمهاجرين.docx"
    docx = make_docx(["المنظمة العراقية لحقوق النازحين والمهاجرين",
                      "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة ٢٠٢١",
                      "المقدمة", "المنهجية", "التقدم المحرز حسب أهداف الاتفاق", "التحديات", "التوصيات"])
    subj = "التقرير الطوعي وطلب مداخلة - المنظمة العراقية لحقوق النازحين والمهاجرين"
    body = multi("mixed", [alt(text, "_000_HE1PR04MB3021A1B2C3D4E5F6A7B8_", rtl=True, charset="windows-1256"),
                           attach(DOCX, docx, fname)], "_004_HE1PR04MB3021A1B2C3D4E5F6A7B8_")
    m = mk(when, sent, "mail-he1eur04on0607.outbound.protection.outlook.example.com", "198.51.100.207",
           "4F0Nq3Ck8z4", addr("زينب الموسوي", "z.almousawi@iorid.example.org", "windows-1256"),
           hdr(subj, "windows-1256"),
           "<HE1PR04MB3021A1B2C3D4E5F6A7B8@HE1PR04MB3021.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcelQ8Rt3Yu6Io9Pa2Sd5Fg7Hj1Kl==", lang="ar-IQ", has_attach="yes"))
    add(15, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("حسن كاظم العبيدي", "رئيس المنظمة", "المنظمة العراقية لحقوق النازحين والمهاجرين", ["rapporteur"])],
        report_attachments=[fname],
        notes="both: the report part is on time (10 February) but the speaker part is late and says so, so on_time is "
              "false. Labelled lines; 'د.' dropped; the title is written with its unit ('رئيس المنظمة'). The sender "
              "(external relations officer) is not the speaker. windows-1256 body and headers; Arabic DOCX name "
              "(RFC 2231 filename*, RFC 2047 name)."))


# ================================================================ 16  AR  speaker  late, reply to the invitation, relies on the misprint
def m16():
    when = at("2021-02-11 14:02:11")
    sent = sent_at(when, 0, 6)
    invitation = """السيدات والسادة،

يسر مكتب المنظمة الدولية للهجرة الإقليمي، بالنيابة عن شبكة الأمم المتحدة للهجرة، دعوتكم للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.

يمكن لأصحاب المصلحة إرسال تقارير طوعية فردية أو جماعية إلى العنوان gcmrrarabstates@iom.int في موعد أقصاه الثلاثاء ١٦ فبراير ٢٠٢١.

كما يمكنكم طلب دور كمتحدث في النقاش المفتوح أو كمقرر أو بمداخلة في الجلسات العامة أو الموائد المستديرة، مع ذكر اسم المتحدث وصفته والجهة التي يمثلها، في موعد أقصاه يوم الجمعة ٢٣ فبراير ٢٠٢١."""
    text = """السلام عليكم ورحمة الله،

بالإشارة إلى رسالتكم الكريمة أدناه، نود أن نتقدم بطلب مداخلة في إحدى الجلسات العامة للمؤتمر الإقليمي. وقد فهمنا من الرسالة أن آخر موعد لذلك هو الجمعة ٢٣ فبراير، ونأمل أن يكون طلبنا في الوقت المناسب.

المتحدث المقترح: السيد أحمد ولد سيدي محمد، رئيس الجمعية الموريتانية لمساندة العمال المهاجرين.

وتقبلوا فائق التقدير.

محمد الأمين ولد أحمد
الكاتب العام للجمعية
نواكشوط

في الأربعاء، ٢٧ يناير ٢٠٢١ في ١٠:١٥ ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + gt(invitation) + "\n"
    body = alt(text, "000000000000f6a7b805bb1c9e20", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent, "mail-pj1-f52.google.example.com", "192.0.2.52", "4F1Bv7Hs2z6",
           addr("محمد الأمين ولد أحمد", "ammsm.nkc@gmail.example.com"),
           re_hdr("Re: ", "دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة"),
           "<CAB6nXq2Wr8Tk4Lm0Pz7Yc3Vd9Hs5Jf1Ng6Ea@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", "<invitation.ar.20210127@gcmrrarabstates.iom.int>"),
                  ("References", "<invitation.ar.20210127@gcmrrarabstates.iom.int>")])
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("أحمد ولد سيدي محمد", "رئيس", "الجمعية الموريتانية لمساندة العمال المهاجرين", ["plenary"])],
        notes="late (11 February): the sender relies on the Arabic letter's misprinted speaker deadline ('الجمعة ٢٣ "
              "فبراير'), which he quotes and which the quoted invitation repeats; the English/French date (5 February) "
              "stands. The quoted invitation also mentions reports and every role. Speaker on one prose line "
              "('رئيس الجمعية ...': title 'رئيس', affiliation the association); 'السيد' dropped; the sender (secretary-"
              "general, Nouakchott) is not the speaker. Date header in +0000."))


# ================================================================ 17  FR  report  v1, Outlook, PDF + logo
M17_ID = "<PAXP193MB1652D4E3F2A1B0C9D8E7F6A5@PAXP193MB1652.EURP193.PROD.OUTLOOK.example.com>"
M17_SUBJ = "Rapport volontaire PMM - FAMS"
M17_TEXT = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de la Fédération des Associations de Migrants du Sahel (FAMS) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières pour la région arabe.

Ce rapport a été élaboré à partir des contributions de nos associations membres au Niger, au Mali et en Mauritanie.

Nous restons à votre disposition pour toute information complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Aminata Traoré
Secrétaire exécutive
Fédération des Associations de Migrants du Sahel (FAMS)
Niamey – Niger
"""


def m17():
    when = at("2021-02-12 11:20:40")
    sent = sent_at(when, 1, 6)
    fname = "FAMS_Rapport_volontaire_PMM_2021.pdf"
    pdf = rpdf("Rapport volontaire - Examen regional du PMM", "Federation des Associations de Migrants du Sahel (FAMS)",
               ["Introduction", "Methodologie", "Progres par objectif du Pacte", "Difficultes", "Recommandations"])
    rel = multi("related", [alt(M17_TEXT, "_000_PAXP193MB1652D4E3F2A1B0C9D8E7F6A5_"),
                            logo("image001.png@01D7012C.4A5B6C70", (0, 120, 60))],
                "_004_PAXP193MB1652D4E3F2A1B0C9D8E7F6A5_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, fname)], "_005_PAXP193MB1652D4E3F2A1B0C9D8E7F6A5_")
    m = mk(when, sent, "mail-pax-eur193on0103.outbound.protection.outlook.example.com", "198.51.100.103",
           "4F1pX2Rn6z0", "=?iso-8859-1?Q?Aminata_Traor=E9?= <a.traore@fams.example.org>", M17_SUBJ, M17_ID, body,
           extra=outlook(M17_SUBJ, "AQHXAQ1aB2cD3eF4gH5iJ6kL7mN8oP==", lang="fr-FR", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="ordinary on-time report, administrative French; Outlook layout with an inline logo image001.png (not "
              "part of the report). Replaced by the v2 in h204-19."))


# ================================================================ 18  AR  report  Gmail, collective, Arabic file name
M18_ID = "<CAG4kWp9Rs2Tn6Lx0Qm3Zb8Vc1Yd5Hj7Fe4Ua@mail.gmail.example.com>"
M18_SUBJ = "التقرير الجماعي لتحالف منظمات الهجرة في السودان"
M18_FNAME = "التقرير الجماعي - تحالف منظمات الهجرة في السودان.pdf"
M18_PDF = rpdf("Collective voluntary GCM review report", "Sudan Migration Organisations Alliance (SMOA) - 7 members",
               ["Introduction", "Methodology and consultations", "Progress by GCM objective", "Challenges",
                "Recommendations"])


def m18():
    when = at("2021-02-14 20:05:03")
    sent = sent_at(when, 2, 5)
    text = """السادة الأفاضل،

تحية طيبة،

مرفق التقرير الطوعي الجماعي لتحالف منظمات الهجرة في السودان، والذي شاركت في إعداده سبع منظمات أعضاء في الخرطوم وكسلا والقضارف، وذلك في إطار الاستعراض الإقليمي للاتفاق العالمي للهجرة.

نرجو التكرم بتأكيد الاستلام.

مع خالص الشكر،
عوض الله إبراهيم
منسق التحالف
"""
    body = multi("mixed", [alt(text, "000000000000a9b8c705bb5d2f11", html=gmail_html(text, rtl=True), b64=True),
                           attach("application/pdf", M18_PDF, M18_FNAME)], "000000000000a9b8c905bb5d2f13")
    m = mk(when, sent, "mail-wr1-f66.google.example.com", "192.0.2.66", "4F2nB5Kx1z8",
           addr("عوض الله إبراهيم", "awadalla.smoa@gmail.example.com"), hdr(M18_SUBJ), M18_ID, body)
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_FNAME],
        notes="collective report (seven members); Arabic PDF name with spaces and a hyphen (RFC 2231 filename*, RFC "
              "2047 name); asks for a confirmation, which leads to the re-send h204-20."))


# ================================================================ 19  FR  report  v2, 'merci de remplacer la version précédente'
def m19():
    when = at("2021-02-16 18:02:26")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Veuillez trouver ci-joint une version mise à jour (v2) de notre rapport volontaire, qui intègre les observations reçues entre-temps de deux associations membres en Mauritanie.

Merci de bien vouloir remplacer la version transmise le 12 février par celle-ci et de ne pas tenir compte de la précédente.

Avec nos remerciements,

Aminata Traoré
Secrétaire exécutive
Fédération des Associations de Migrants du Sahel (FAMS)
Niamey – Niger

________________________________
De : Aminata Traoré <a.traore@fams.example.org>
Envoyé : vendredi 12 février 2021 10:20
À : gcmrrarabstates@iom.int
Objet : %s

%s""" % (M17_SUBJ, M17_TEXT)
    fname = "FAMS_Rapport_volontaire_PMM_2021_v2.pdf"
    pdf = rpdf("Rapport volontaire - Examen regional du PMM (v2)",
               "Federation des Associations de Migrants du Sahel (FAMS)",
               ["Introduction", "Methodologie", "Progres par objectif du Pacte", "Apports des membres de Mauritanie",
                "Difficultes", "Recommandations"])
    body = multi("mixed", [alt(text, "_000_PAXP193MB1652E5F4A3B2C1D0E9F8A7B6_"), attach("application/pdf", pdf, fname)],
                 "_004_PAXP193MB1652E5F4A3B2C1D0E9F8A7B6_")
    subj = "RE: " + M17_SUBJ + " - version mise à jour (v2)"
    m = mk(when, sent, "mail-pax-eur193on0103.outbound.protection.outlook.example.com", "198.51.100.103",
           "4F3Zt8Mw4z2", "=?iso-8859-1?Q?Aminata_Traor=E9?= <a.traore@fams.example.org>", hdr(subj, "iso-8859-1", "Q"),
           "<PAXP193MB1652E5F4A3B2C1D0E9F8A7B6@PAXP193MB1652.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=outlook(M17_SUBJ, "AQHXAQ1aB2cD3eF4gH5iJ6kL7mN8oPAAFq7wQ==", lang="fr-FR", has_attach="yes")
           + [("In-Reply-To", M17_ID), ("References", M17_ID)])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h204-17.eml",
        notes="updated report v2 that replaces h204-17 ('merci de bien vouloir remplacer la version transmise le 12 "
              "février'), received 18:02 on 16 February: on time. Outlook reply quoting the first message (not "
              "'>'-prefixed), which still says 'ci-joint'; the quoted v1 is not attached again."))


# ================================================================ 20  AR  report  'did you receive my email?' re-send of 18
def m20():
    when = at("2021-02-16 21:10:15")
    sent = sent_at(when, 2, 4)
    text = """مساء الخير،

بعتنا التقرير يوم الأحد وما وصلنا أي رد أو تأكيد لحد الآن، فهل وصلكم الإيميل؟
بنعيد إرسال التقرير مرفقاً مرة تانية احتياطاً قبل ما تنتهي المهلة الليلة.

ياريت تأكدوا لنا الاستلام، وشكراً.

عوض الله إبراهيم
منسق التحالف

في الأحد، ١٤ فبراير ٢٠٢١ في ٨:٠٥ م، كتب عوض الله إبراهيم <awadalla.smoa@gmail.example.com>:
""" + gt("""السادة الأفاضل،

تحية طيبة،

مرفق التقرير الطوعي الجماعي لتحالف منظمات الهجرة في السودان، والذي شاركت في إعداده سبع منظمات أعضاء في الخرطوم وكسلا والقضارف، وذلك في إطار الاستعراض الإقليمي للاتفاق العالمي للهجرة.

نرجو التكرم بتأكيد الاستلام.""") + "\n"
    body = multi("mixed", [alt(text, "000000000000c1d2e305bb7a4e51", html=gmail_html(text, rtl=True), b64=True),
                           attach("application/pdf", M18_PDF, M18_FNAME)], "000000000000c1d2e505bb7a4e53")
    m = mk(when, sent, "mail-wr1-f66.google.example.com", "192.0.2.66", "4F3gY1Dp9z5",
           addr("عوض الله إبراهيم", "awadalla.smoa@gmail.example.com"), re_hdr("Re: ", M18_SUBJ),
           "<CAG4kWp9Rs2Tn6Lx0Qm3Zb8Vc1Yd5Hj7Fe4Ua+resend@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M18_ID), ("References", M18_ID)])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_FNAME], thread_of="h204-18.eml",
        notes="'did you receive my email?' (Sudanese/Egyptian colloquial) with the same PDF re-attached (identical "
              "bytes) as a reply to his own message of 14 February: a duplicate of h204-18, on time (21:10 on 16 "
              "February). Unlike dev 040 the file is sent again, so it stays a voluntary_report."))


# ================================================================ 21  EN  report  'please find attached'... nothing attached, 23:52
M21_ID = "<a4f7c2e9-1b3d-4e6a-8c5f-9d0e2b7a1c36@jnmdw.example.org>"
M21_SUBJ = "Voluntary GCM Review Report - JNMDW"
M21_TEXT = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Jordanian Network for Migrant Domestic Workers (JNMDW).

Apologies for sending it so close to the deadline - we were finalising the last figures with our partner shelters until this evening.

Kind regards,

Rasha Obeidat
Research and Advocacy Officer
JNMDW, Amman
"""


def m21():
    when = at("2021-02-16 23:52:10")
    sent = sent_at(when, 2, 4)
    body = leaf("text/plain", flowed(M21_TEXT), "utf-8", "7bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.jnmdw.example.org", "203.0.113.118", "4F3lD6Wz0z7",
           "Rasha Obeidat <r.obeidat@jnmdw.example.org>", M21_SUBJ, M21_ID, body,
           extra=[("User-Agent", TB_UA), ("Content-Language", "en-GB")])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="'Please find attached' but nothing is attached (forgotten), 8 minutes before the report deadline: "
              "recorded as a voluntary report with no file (nothing to file; the secretariat should ask for it). The "
              "attachment follows in h204-23, after midnight."))


# ================================================================ 22  AR  report  Date header already 17 Feb (+0300), received 23:58:54
def m22():
    when = at("2021-02-16 23:58:54")
    sent = sent_at(when, 3, 4)
    text1 = "مرفق تقريرنا الطوعي، مع الاعتذار عن التأخير\n\n"
    text2 = "\n\nأرسلت من الـiPhone\n"
    fname = "HRMC_GCM_Voluntary_Report_2021.pdf"
    pdf = rpdf("Voluntary GCM Review Report", "Human Rights and Migrant Care Society (HRMC)",
               ["Introduction", "Methodology", "Progress by objective", "Challenges", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", text1, "utf-8", "base64"),
                           leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
                                disp='inline; filename="%s"' % fname),
                           leaf("text/plain", text2, "utf-8", "base64")],
                 "Apple-Mail-6E1F0A2B-3C4D-4E5F-8A9B-0C1D2E3F4A5B")
    m = mk(when, sent, "smtp.hrmc.example.net", "203.0.113.177", "4F3lL2Qs8z4",
           addr("سلطان", "sultan.q@hrmc.example.net"), hdr("تقرير"),
           "<6E1F0A2B-3C4D-4E5F-8A9B-0C1D2E3F4A5B@hrmc.example.net>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: the Date header says Wed 17 Feb 00:58:50 +0300 and the sender apologises for being late, but the "
              "server received it at 23:58:54 on 16 February Beirut time: on time. iPhone layout (text, inline PDF, "
              "text), one-word subject, first-name-only display name."))


# ================================================================ 23  EN  report  the forgotten attachment of 21, 00:01:40 on 17 Feb
def m23():
    when = at("2021-02-17 00:01:40")
    sent = sent_at(when, 2, 5)
    text = """So sorry - I forgot to attach the file! Here it is.

Rasha

On 16/02/2021 23:52, Rasha Obeidat wrote:
""" + gt(M21_TEXT) + "\n"
    fname = "JNMDW_Voluntary_GCM_Report_2021_final.pdf"
    pdf = rpdf("Voluntary GCM Review Report", "Jordanian Network for Migrant Domestic Workers (JNMDW)",
               ["Introduction", "Methodology", "Domestic workers and objectives 6 and 7", "Challenges",
                "Recommendations"])
    tpart = leaf("text/plain", flowed(text), "utf-8", "7bit", params=[("format", "flowed")])
    body = multi("mixed", [tpart, attach("application/pdf", pdf, fname)], "------------0B2D4F6A8C1E3A5C7E9B1D3F")
    m = mk(when, sent, "smtp.jnmdw.example.org", "203.0.113.118", "4F3lQ9Ev3z1",
           "Rasha Obeidat <r.obeidat@jnmdw.example.org>", "Re: " + M21_SUBJ,
           "<e8b1d5a3-6c2f-4d9e-a7b0-3f5c1e8d2a94@jnmdw.example.org>", body,
           extra=[("User-Agent", TB_UA), ("In-Reply-To", M21_ID), ("References", M21_ID),
                  ("Content-Language", "en-GB")])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname], thread_of="h204-21.eml",
        notes="the forgotten attachment of h204-21, sent 9.5 minutes later but received at 00:01:40 on 17 February "
              "Beirut time: late by 1 minute 41 seconds, following received_at as LABELS.md says, although the "
              "announcing message h204-21 was on time (the secretariat may decide to accept it). thread_of h204-21."))


# ================================================================ 24  FR  both  late report + late speaker request, apologies
def m24():
    when = at("2021-02-17 09:35:08")
    sent = sent_at(when, 0, 6)
    text = """Bonjour,

Toutes nos excuses pour ce retard : notre rapport n'a pu être validé par le bureau que ce matin. Vous le trouverez en pièce jointe, en espérant qu'il pourra encore être pris en compte.

Par ailleurs, je souhaiterais, si cela est encore possible, intervenir lors de la 2ème table ronde thématique de la conférence, pour présenter les principales conclusions du rapport.

Merci de votre compréhension.

Fatou Ndiaye
Coordinatrice régionale
Réseau Ouest-Africain Migration et Droits (ROAMD)
Dakar, Sénégal
"""
    fname = "ROAMD - Rapport volontaire PMM.pdf"
    pdf = rpdf("Rapport volontaire - PMM", "Reseau Ouest-Africain Migration et Droits (ROAMD)",
               ["Introduction", "Methodologie", "Progres", "Difficultes", "Recommandations"])
    html = ('<html><head></head><body><div style="color:#000; background-color:#fff; font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr">'
            + "".join("<div>%s</div>" % (x.replace("&", "&amp;") or "<br>") for x in text.split("\n"))
            + '</div></div></body></html>\n')
    body = multi("mixed", [alt(text, "----=_Part_2871034_1459203114.1613547302801", html=html),
                           attach("application/pdf", pdf, fname)], "----=_Part_2871033_1024117522.1613547302800")
    m = mk(when, sent, "sonic305-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.205", "4F3zG5Lt7z2",
           "Fatou Ndiaye <fatou.ndiaye.roamd@yahoo.example.fr>", hdr("Rapport ROAMD + demande d'intervention (retard)",
                                                                      enc="Q"),
           "<1459203114.2871035.1613547302803@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(24, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Fatou Ndiaye", "Coordinatrice régionale", "Réseau Ouest-Africain Migration et Droits (ROAMD)",
           ["roundtable"], 2)],
        report_attachments=[fname],
        notes="both, both parts late (17 February), with apologies; the speaker is the sender ('je souhaiterais "
              "intervenir'), details only in the signature; '2ème table ronde thématique' = 2; the country line is "
              "not part of the affiliation. Yahoo Mail; PDF name with spaces."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
