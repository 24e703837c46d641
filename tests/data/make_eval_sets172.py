#!/usr/bin/env python3
"""Write the blind evaluation set holdout172 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets172.py
Theme: refugee-led and displaced people's organisations - Syrian, Sudanese, Yemeni, Iraqi and Palestinian
committees and initiatives, camp committees, women's and youth groups - writing to the review mailbox during
an ordinary few weeks: speaker requests (pasted forms, signatures only, on behalf of someone, late ones),
voluntary reports, questions, a thank-you, an out-of-office and a French bounce.
Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, flowed, hdr, html_wrap, leaf, make_docx, make_pdf,
                     make_png, mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz, html_only,
                     sent_at)

SET = EvalSet(172)
add = SET.add

INVITE_ID = "<INV-2021-01-26-EN.0003@gcmrrarabstates.iom.int>"
INVITE_SUBJ = "Invitation - Regional Review of the Global Compact for Migration in the Arab Region"


def two_views(text, boundary, rtl=False, cte="quoted-printable", html=None):
    """multipart/alternative as most webmail and desktop clients send it."""
    if html is None:
        style = ' dir="rtl" style="text-align:right"' if rtl else ""
        html = html_wrap("<div%s>%s</div>" % (style, text2html(text)))
    return multi("alternative", [leaf("text/plain", text, "utf-8", cte), leaf("text/html", html, "utf-8", cte)],
                 boundary)


def ack_rows(rows):
    rows[0] = ("Return-Path", "<>")
    return rows


# ----------------------------------------------------------------------------------------------- 01
def m01():
    when = at("2021-01-27 09:14:22")
    text = """Hello,

I am on annual leave until 7 February 2021 with no access to email. For anything related to the livelihoods programme in Azraq and Zaatari please write to programmes@sawaed-syria.example.org and my colleague Bilal will get back to you.

Thank you,
Ghada Khalil
Sawaed Syrian Relief - Amman
"""
    body = two_views(text, "_000_DB7PR03MB4987AC12E0F34B59DB7PR03MB4987eurp_")
    rows = std_rows(when, "mail-db7eur03.outbound.protection.example.com", "40.107.3.120", "4DQv3r1Xb9z2",
                    "Ghada Khalil <g.khalil@sawaed-syria.example.org>", "Automatic reply: " + INVITE_SUBJ,
                    rfcdate(sent_at(when, 2, 2)), "<DB7PR03MB4987AC12E0F34B59@DB7PR03MB4987.eurprd03.prod.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "g.khalil@sawaed-syria.example.org")])
    rows = ack_rows(rows) + [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Content-Language", "en-US")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office to the invitation from a Syrian relief organisation's staff member; gives a "
              "return date, camps and another address. Never acknowledge."))


# ----------------------------------------------------------------------------------------------- 02
M02_ID = "<CAJx8Lr2n0Qe5tYw7HkP3aVd9sF1gB6mZc4uN8oR2iT@mail.gmail.example.com>"


def m02():
    when = at("2021-01-29 13:02:41")
    text = """مرحبا،
تحية طيبة من فريق مبادرة صوت النساء السوريات،

شفنا دعوتكم للمراجعة الإقليمية وحابين نشارك. بدنا نرشح اتنين من عنا:

١- السيدة رهف العلي، منسقة المبادرة: للمشاركة بالنقاش المفتوح بالتشاور يوم ٢٣ شباط.
٢- الآنسة نور الحلبي، مسؤولة ملف الشابات: مداخلة بالطاولة المستديرة التالتة.

نحنا مبادرة بتقودها نساء لاجئات سوريات بالأردن، وشغلنا الأساسي على التوثيق المدني والحماية من الزواج المبكر بالمخيمات والمجتمعات المضيفة.

إذا بدكن أي معلومات زيادة خبرونا.

مع المحبة والتقدير،
رهف العلي
منسقة المبادرة
مبادرة صوت النساء السوريات
عمّان - الأردن
"""
    body = two_views(text, "000000000000a3f1c905b9f0e2a7", rtl=True, cte="base64")
    m = mk(when, sent_at(when, 2, 6), "mail-ej1-f52.google.example.com", "209.85.218.52", "4DRh2k0QmLz5",
           addr("Rahaf Al-Ali", "syrian.women.voice@gmail.example.com"),
           re_hdr("", "ترشيح متحدثات - مبادرة صوت النساء السوريات"), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رهف العلي", "منسقة المبادرة", "مبادرة صوت النساء السوريات", ["open_discussion"]),
        sp("نور الحلبي", "مسؤولة ملف الشابات", "مبادرة صوت النساء السوريات", ["roundtable"], 3)],
        notes="Levantine colloquial ('بدنا نرشح اتنين من عنا', 'التالتة' = third roundtable), Arabic-Indic digits; "
              "two speakers in a numbered list, honorifics 'السيدة'/'الآنسة' dropped; the affiliation is only "
              "implied in the list ('من عنا') and written in full in the opening line and signature; the sender is "
              "the first speaker; 'عمّان - الأردن' is a place, not part of the affiliation; Latin display name."))


# ----------------------------------------------------------------------------------------------- 03
M03_ID = "<000601d6f7f2$5c2a81b0$147f8510$@crst-medenine.example.tn>"


def m03():
    when = at("2021-01-31 18:27:09")
    text = """Madame, Monsieur,

Faisant suite à votre lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, j'ai l'honneur de vous faire part de mon souhait d'intervenir lors de la deuxième table ronde thématique de la conférence des 24 et 25 février 2021.

Notre comité représente environ 400 réfugiés et demandeurs d'asile soudanais installés dans le Sud tunisien, dont beaucoup sont arrivés de Libye depuis 2019.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Ibrahim Adam Yahya
Porte-parole
Comité des réfugiés soudanais en Tunisie (CRST)
Médenine - Tunisie
Tél. : +216 98 45 21 07
"""
    body = two_views(text, "----=_NextPart_000_0007_01D6F803.1FB3C4D0")
    m = mk(when, sent_at(when, 1, 4), "smtp.planet.example.tn", "193.95.66.14", "4DSL0c4JpFz1",
           "CRST <contact@crst-medenine.example.tn>",
           hdr("Demande d'intervention - Examen régional du Pacte mondial", enc="Q"), M03_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbX8lwqgbAUf4UQRBWnUyPz1kCwAA=="),
                  ("Content-Language", "fr")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ibrahim Adam Yahya", "Porte-parole", "Comité des réfugiés soudanais en Tunisie (CRST)",
           ["roundtable"], 2)],
        notes="administrative French; the speaker is the writer ('mon souhait d'intervenir') and his name, title "
              "and organisation appear only in the signature; From display name is only the acronym; "
              "'Médenine - Tunisie' is a place, not part of the affiliation; 'deuxième table ronde' = 2. "
              "Replaced by h172-09."))


# ----------------------------------------------------------------------------------------------- 04
def m04():
    when = at("2021-02-01 11:48:30")
    inner = """<div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear GCM Regional Review team,</p>
<p>Greetings from Erbil. Following the invitation letter, the Iraqi Displaced Youth Network would like to propose two young speakers who lived displacement themselves. Their details are in the table below, as you requested (name, title, organizational affiliation).</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dde8f0"><th>#</th><th>Name</th><th>Title</th><th>Organization</th><th>Session</th></tr>
<tr><td>1</td><td>Mustafa Kareem Abbas</td><td>Youth Engagement Coordinator</td><td>Iraqi Displaced Youth Network (IDYN)</td><td>Plenary session - floor intervention</td></tr>
<tr><td>2</td><td>Zainab Hussein</td><td>Protection &amp; Advocacy Officer</td><td>Iraqi Displaced Youth Network (IDYN)</td><td>Roundtable IV</td></tr>
</table>
<p>Both can speak in Arabic or English. We would be grateful for a confirmation.</p>
<p>Warm regards,<br>
<b>Sarah Nawzad</b><br>
Programs Manager | IDYN<br>
Erbil, Kurdistan Region of Iraq<br>
<a href="https://idyn.example.org">idyn.example.org</a></p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 3, 7), "mail-pl1-f178.google.example.com", "209.85.214.178", "4DSxQ61TnHz8",
           "Sarah Nawzad <sarah.n@idyn.example.org>", "Speaker nominations - IDYN (2 youth speakers)",
           "<CAGm7Vd1k9Rr0Lp3yXe6Hq2Ws8Tb5Nf4Jc1Uo7Ai9Zs@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mustafa Kareem Abbas", "Youth Engagement Coordinator", "Iraqi Displaced Youth Network (IDYN)",
           ["plenary"]),
        sp("Zainab Hussein", "Protection & Advocacy Officer", "Iraqi Displaced Youth Network (IDYN)",
           ["roundtable"], 4)],
        notes="HTML-only message with a table (header row, numbered rows, '&amp;' in a title); roundtable as a "
              "Roman numeral ('Roundtable IV'); the sender (programs manager) is not a speaker; 'Erbil, Kurdistan "
              "Region of Iraq' in the signature is a place."))


# ----------------------------------------------------------------------------------------------- 05
def m05():
    when = at("2021-02-02 15:33:12")
    text = """Dear colleagues,

On behalf of the Palestinian Refugee Women's Collective (PRWC), I am pleased to share our voluntary GCM review report, prepared with women's committees in Shatila, Burj al-Barajneh and Ein el-Hilweh camps. The report is attached in PDF.

We would also like to request a floor intervention in one of the plenary sessions of the conference for our Chairwoman:

Dr. Hanan Abu Samra - Chairwoman, Palestinian Refugee Women's Collective (PRWC)

Please do not hesitate to contact me for any further information.

Best regards,

Rasha Mahmoud
Programme Officer
Palestinian Refugee Women's Collective (PRWC)
Beirut - Lebanon
T: +961 1 85 44 20
[cid:image001.jpg@01D6F96A.2B4C8E10]
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text.replace("[cid:image001.jpg@01D6F96A.2B4C8E10]\n", ""))
                     + '<p><img width="120" height="40" src="cid:image001.jpg@01D6F96A.2B4C8E10" alt="PRWC logo"></p></div>')
    logo = leaf("image/png", make_png(12, 4, (120, 30, 90)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.jpg@01D6F96A.2B4C8E10>")])
    fname = "PRWC_Voluntary_GCM_Review_Report_Feb2021.pdf"
    pdf = make_pdf(["Palestinian Refugee Women's Collective (PRWC)", "Voluntary GCM Review Report",
                    "February 2021"])
    body = multi("mixed", [
        multi("related", [two_views(text, "_000_PAXPR08MB6910D2E4B1C73F5APAXPR08MB6910eurp_", html=html), logo],
              "_005_PAXPR08MB6910D2E4B1C73F5APAXPR08MB6910eurp_", params=[("type", '"multipart/alternative"')]),
        attach("application/pdf", pdf, fname)], "_006_PAXPR08MB6910D2E4B1C73F5APAXPR08MB6910eurp_")
    m = mk(when, sent_at(when, 2, 5), "mail-pax08.outbound.protection.example.com", "40.107.22.131", "4DTQ4m2BvJz6",
           "Rasha Mahmoud <r.mahmoud@prwc-lebanon.example.org>",
           "PRWC voluntary report + speaker request (plenary)",
           "<PAXPR08MB6910D2E4B1C73F5A@PAXPR08MB6910.eurprd08.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hanan Abu Samra", "Chairwoman", "Palestinian Refugee Women's Collective (PRWC)", ["plenary"])],
        report_attachments=[fname],
        notes="both, 2 Feb so both parts on time; PDF report plus an inline logo (not an attachment of the report); "
              "'Dr.' dropped; the sender (programme officer) is not the speaker; camp names and 'Beirut - Lebanon' "
              "are places."))


# ----------------------------------------------------------------------------------------------- 06
def m06():
    when = at("2021-02-03 10:20:05")
    text = """السادة المنظمين المحترمين،

تحية طيبة وبعد،

نحن اللجنة الشعبية الفلسطينية في مخيم برج البراجنة، ونرغب بالمساهمة في المراجعة الإقليمية للاتفاق العالمي للهجرة. لدينا عدة استفسارات قبل أن نرسل مساهمتنا:

1. هل يمكن إرسال التقرير الطوعي باللغة العربية فقط؟
2. هل يجب أن يكون التقرير بصيغة معينة أو وفق نموذج محدد؟
3. هل يحق للجان الشعبية في المخيمات، وهي ليست جمعيات مسجلة رسمياً، أن تشارك كأصحاب مصلحة؟

نشكر تعاونكم ونرجو الرد في أقرب وقت ممكن.

أمين سر اللجنة الشعبية
مخيم برج البراجنة - بيروت
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 9), "mail-yw1-f171.google.example.com", "209.85.128.171", "4DTtZ33wGcz0",
           addr("لجنة برج البراجنة", "popular.committee.bbj@gmail.example.com"),
           re_hdr("", "استفسار حول المشاركة في المراجعة الإقليمية"),
           "<CAF4hWq8x2Lt5nRz1Yb7Mk3Pd0Se6Vg9Jo2Ci8Au4Nh@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions before submitting (language, format, whether an unregistered camp committee may take "
              "part): nothing submitted, no speaker proposed; signed by an unnamed secretary of the committee; "
              "plain text, base64."))


# ----------------------------------------------------------------------------------------------- 07
def m07():
    when = at("2021-02-03 19:05:47")
    text = """Bonsoir,

Veuillez trouver ci-joint la contribution de Jeunesse syrienne pour le développement (JSD) à l'Examen régional du Pacte mondial : un rapport volontaire élaboré à partir de groupes de discussion avec 85 jeunes réfugiés syriens à Beyrouth, Tripoli et dans la Békaa.

Nous souhaiterions également que notre chargée de projets jeunesse, Lama Darwich, puisse prendre part à la discussion ouverte de la consultation multipartite du 23 février.

Merci d'avance et bonne soirée,

--
Omar Sabbagh
Président, JSD
Jeunesse syrienne pour le développement
Beyrouth
"""
    fname = "Rapport volontaire JSD - Pacte mondial - jeunes réfugiés.docx"
    doc = make_docx(["Jeunesse syrienne pour le developpement (JSD)", "Rapport volontaire - Pacte mondial",
                     "Fevrier 2021"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           attach(DOCX, doc, fname)], "------------8A4D0E7B2C9F1A6D3E5B7C02")
    m = mk(when, sent_at(when, 2, 4), "mx.jsd-liban.example.org", "185.44.62.17", "4DV8Pp5kXsz3",
           "Omar Sabbagh <omar.sabbagh@jsd-liban.example.org>",
           hdr("Contribution JSD - rapport volontaire et intervention", enc="Q"),
           "<8f3b2d71-5c4e-4a0b-9e12-6d7c0a4f1b38@jsd-liban.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("Content-Language", "fr")])
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Lama Darwich", "chargée de projets jeunesse", "Jeunesse syrienne pour le développement (JSD)",
           ["open_discussion"])],
        report_attachments=[fname],
        notes="Thunderbird plain text, format=flowed, 8bit; both parts on 3 Feb, on time; the speaker is named in "
              "prose ('notre chargée de projets jeunesse, Lama Darwich'): affiliation by reference to the "
              "organisation named in the first paragraph; the signer (president) is not the speaker; accented "
              "DOCX name (RFC 2231)."))


# ----------------------------------------------------------------------------------------------- 08
def m08():
    when = at("2021-02-04 09:51:16")
    text = """Dear GCM Regional Review Secretariat,

I am writing on behalf of Dr. Abdelrahman Osman, Chairperson of the Sudanese Community Association in Jordan (SCAJ), who asked me to send his request (see his note below). He would like to serve as one of the rapporteurs delivering the stakeholders' key messages at the conference on 24-25 February.

Kind regards,
Mariam Idris
Admin & Finance Assistant
SCAJ - Amman

________________________________
From: Abdelrahman Osman <chair@scaj.example.jo>
Sent: Wednesday, February 3, 2021 10:37 PM
To: Mariam Idris <admin@scaj.example.jo>
Subject: FW: Invitation - Regional Review of the Global Compact for Migration in the Arab Region

Mariam, pls reply to IOM tomorrow morning that I am available to be a rapporteur (the key messages). Use my title as chairperson of the association. Deadline is Friday.
Thx
A.O.

Sent from my Samsung Galaxy smartphone.

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, January 26, 2021 3:02 PM
Subject: Invitation - Regional Review of the Global Compact for Migration in the Arab Region

Dear Colleagues,
[...] send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday 5 February 2021. [...]
"""
    body = two_views(text, "_000_AM9PR05MB7744B31C0E2A9D86AM9PR05MB7744eurp_")
    m = mk(when, sent_at(when, 2, 3), "mail-am9eur05.outbound.protection.example.com", "40.107.24.63", "4DVs6f0hRqz9",
           "Mariam Idris <admin@scaj.example.jo>", "FW: " + INVITE_SUBJ,
           "<AM9PR05MB7744B31C0E2A9D86@AM9PR05MB7744.eurprd05.prod.outlook.example.com>", body,
           cc="Abdelrahman Osman <chair@scaj.example.jo>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", INVITE_SUBJ)])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdelrahman Osman", "Chairperson", "Sudanese Community Association in Jordan (SCAJ)", ["rapporteur"])],
        notes="sent by an assistant on behalf of the chairperson, with his forwarded phone note and the quoted "
              "invitation below (which mentions the deadline and 'speaker'); 'Dr.' dropped; the sender's own "
              "title is in her signature and she is not a speaker; subject is just 'FW:' + the invitation subject."))


# ----------------------------------------------------------------------------------------------- 09
M09_ID = "<000b01d6fb9a$0e6d7f40$2b487dc0$@crst-medenine.example.tn>"


def m09():
    when = at("2021-02-05 10:12:33")
    text = """Madame, Monsieur,

Pour des raisons de santé, M. Ibrahim Adam Yahya ne pourra malheureusement pas intervenir lors de la conférence. Le CRST propose à sa place Mme Nafissa Abakar Haroun, responsable de la cellule femmes et enfants du comité, pour la même table ronde.

Avec nos remerciements et nos excuses pour ce changement,

Le bureau du CRST

De : CRST <contact@crst-medenine.example.tn>
Envoyé : dimanche 31 janvier 2021 17:27
À : gcmrrarabstates@iom.int
Objet : Demande d'intervention - Examen régional du Pacte mondial

Madame, Monsieur,

Faisant suite à votre lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, j'ai l'honneur de vous faire part de mon souhait d'intervenir lors de la deuxième table ronde thématique de la conférence des 24 et 25 février 2021.

[...]

Ibrahim Adam Yahya
Porte-parole
Comité des réfugiés soudanais en Tunisie (CRST)
Médenine - Tunisie
"""
    body = two_views(text, "----=_NextPart_000_000C_01D6FBAA.D1F63F40")
    m = mk(when, sent_at(when, 1, 4), "smtp.planet.example.tn", "193.95.66.14", "4DWY1s3LbNz4",
           "CRST <contact@crst-medenine.example.tn>",
           hdr("RE: Demande d'intervention - Examen régional du Pacte mondial", enc="Q"), M09_ID, body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Content-Language", "fr")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of="h172-03.eml", speakers=[
            sp("Nafissa Abakar Haroun", "responsable de la cellule femmes et enfants",
               "Comité des réfugiés soudanais en Tunisie (CRST)", ["roundtable"], 2)],
        notes="replaces the speaker of h172-03 (reply to its own sent message, Outlook quote not '>'-prefixed, "
              "which still holds the old speaker's signature); on time (5 Feb morning); roundtable only by "
              "reference ('la même table ronde' = 2 from the original); title recorded without 'du comité'; "
              "affiliation written as 'Le CRST' here, fullest form from the quoted signature; 'Mme' dropped; "
              "signed by 'Le bureau du CRST'."))


# ----------------------------------------------------------------------------------------------- 10
def m10():
    when = at("2021-02-05 22:47:58")
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:14px">
<p>السلام عليكم ورحمة الله وبركاته،</p>
<p>نرسل لكم بيانات المتحدثات المرشحات من ملتقى النازحات اليمنيات كما عبأناها في استمارة التسجيل:</p>
<p>-----------------------------<br>
<b>المتحدثة الأولى</b><br>
الاسم: أمة الرحمن عبده الشرعبي<br>
الصفة: رئيسة الملتقى<br>
الجهة: ملتقى النازحات اليمنيات<br>
المشاركة المطلوبة: مداخلة في الطاولة المستديرة الثالثة<br>
-----------------------------<br>
<b>المتحدثة الثانية</b><br>
الاسم: سماح سالم باعوم<br>
الصفة: مسؤولة المناصرة والإعلام<br>
الجهة: ملتقى النازحات اليمنيات (عدن)<br>
المشاركة المطلوبة: المناقشة المفتوحة (23 فبراير)<br>
-----------------------------</p>
<p>نعتذر عن التأخير بسبب انقطاع الكهرباء والإنترنت في مأرب.</p>
<p>مع خالص الشكر،<br>منسقة الملتقى</p>
</div>"""
    body = html_only(inner, rtl=True, b64=True, newlines=True)
    m = mk(when, sent_at(when, 3, 8), "mail-wm1-f49.google.example.com", "209.85.128.49", "4DWz7T2pVcz1",
           addr("ملتقى النازحات اليمنيات", "yemeni.idp.women@gmail.example.com"),
           re_hdr("", "بيانات المتحدثات - ملتقى النازحات اليمنيات"),
           "<CAB9tRz3w7Nq1Kp5Ls0Vx8Hd2Mf6Gy4Ec9Ja3Ui7Ob@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أمة الرحمن عبده الشرعبي", "رئيسة الملتقى", "ملتقى النازحات اليمنيات", ["roundtable"], 3),
        sp("سماح سالم باعوم", "مسؤولة المناصرة والإعلام", "ملتقى النازحات اليمنيات", ["open_discussion"])],
        notes="HTML-only (base64) pasted registration-form block with two speakers; Date header 23:47 +03:00 "
              "(Yemen) = 22:47 Beirut: on time, though it apologises for a delay; the second speaker's "
              "affiliation is followed by a city in parentheses ('(عدن)'), a place and not part of the "
              "affiliation, as in dev; signed by an unnamed coordinator; the "
              "compound first name 'أمة الرحمن' must stay whole."))


# ----------------------------------------------------------------------------------------------- 11
M11_ADDR = "amal.syriens.maroc@menara.example.ma"


def m11():
    when = at("2021-02-06 00:38:14")
    text = """Bonsoir,

L'Association Amal des Syriens au Maroc (AASM), fondée par des réfugiés syriens installés à Casablanca, Rabat et Oujda, souhaite être représentée à la Conférence régionale.

Nous proposons notre président, M. Ahmad Al-Hamwi, pour une intervention en séance plénière et, si possible, également lors de la première table ronde.

Merci de nous confirmer la bonne réception.

Salutations distinguées,
Rim Kabbani
Secrétaire générale adjointe - AASM
"""
    body = two_views(text, "_000_MR1P264MB2291C5A0E9F3D71BMR1P264MB2291FRAP_")
    m = mk(when, sent_at(when, 1, 6), "mail-mr1fra01.outbound.protection.example.com", "40.107.9.70", "4DX9Nd1wHkz7",
           "AASM <%s>" % M11_ADDR, "Proposition d'intervenant - AASM",
           "<MR1P264MB2291C5A0E9F3D71B@MR1P264MB2291.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Ahmad Al-Hamwi", "Président", "Association Amal des Syriens au Maroc (AASM)", ["plenary", "roundtable"],
           1)],
        notes="LATE by 38 minutes: Date header Friday 5 Feb 23:38 +01:00 (Morocco) but received Saturday 6 Feb "
              "00:38 Beirut. One speaker, two roles (plénière + 'première table ronde' = 1); described in prose "
              "('notre président, M. ...'), 'M.' dropped, title taken from 'notre président'; cities are where "
              "members live, not part of the name. Our acknowledgement bounced (h172-12)."))


# ----------------------------------------------------------------------------------------------- 12
def m12():
    when = at("2021-02-06 00:39:40")
    d = tz(when - dt.timedelta(seconds=2), 1)
    text = """Ceci est le programme de remise de courrier de menara.example.ma.

Nous sommes désolés de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour plus d'aide, veuillez contacter <postmaster@menara.example.ma>.

Si vous contactez le service client, veuillez joindre ce rapport.

                   Le programme de remise de courrier

<%s>: la boîte aux lettres du destinataire est pleine
    (552 5.2.2 Mailbox full - quota exceeded)
""" % M11_ADDR
    dsn = ("Reporting-MTA: dns; mx2.menara.example.ma\n"
           "X-Postfix-Queue-ID: 4DX9P11aQ2z8\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded\n"
           % (rfcdate(d - dt.timedelta(seconds=1)), M11_ADDR, M11_ADDR))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: AASM <%s>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_demande_d=27intervention?=\n"
            "Date: %s\n"
            "Message-ID: <ACK-20210206-0211.fr@gcmrrarabstates.iom.int>\n"
            "Auto-Submitted: auto-replied\n" % (M11_ADDR, rfcdate(tz(when - dt.timedelta(seconds=70), 2))))
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p1 = leaf("text/plain", text, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4DX9P11aQ2z8.1612564780/mx2.menara.example.ma",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mx2.menara.example.ma", "41.214.130.22", "4DX9Qb6yWmz2",
                    "MAILER-DAEMON@menara.example.ma (Mail Delivery System)",
                    hdr("Message non remis : retourné à l'expéditeur", enc="Q"), rfcdate(d),
                    "<20210205223938.5A1C2E0031@mx2.menara.example.ma>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows = ack_rows(rows)
    rows.append(("Content-Description", "Notification de remise"))
    add(12, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (multipart/report, 5.2.2 mailbox full) for our acknowledgement to the "
              "sender of h172-11; only the returned headers (text/rfc822-headers). Never acknowledge; not a "
              "follow-up of the submission."))


# ----------------------------------------------------------------------------------------------- 13
def m13():
    when = at("2021-02-07 12:10:30")
    text = """السلام عليكم
اخواني بالمنظمة الدولية للهجرة، هسه شفت الدعوة من خلال مجموعة الواتساب مال المنظمات بنينوى. اني نازح من سنة 2014 وساكن بالمخيم، واحب احچي بالجلسة العامة للمؤتمر عن وضع العوائل اللي بعدها بالمخيمات وما تگدر ترجع.
اعرف الموعد راح بس اذا اكو مجال ياريت.
تحياتي

ليث حميد الجبوري
مسؤول لجنة الشباب
لجنة سكان مخيم حسن شام للنازحين
نينوى - العراق
07701234567

أُرسلت من الـ iPhone الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 4), "sonic312-25.consmr.mail.ir2.yahoo.example.com", "77.238.177.150",
           "4DY2Hv5zKbz6", addr("Laith Aljuboori", "laith.h.aljuboori@yahoo.example.com"),
           re_hdr("", "طلب مشاركة"), "<8C21F0A4-3B7E-4D95-A6C1-5E2F9B0D7A13@yahoo.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("ليث حميد الجبوري", "مسؤول لجنة الشباب", "لجنة سكان مخيم حسن شام للنازحين", ["plenary"])],
        notes="LATE (7 Feb) and says so ('اعرف الموعد راح'); iPhone, Iraqi dialect ('هسه', 'احچي', 'ما تگدر', "
              "Persian letters چ/گ), no punctuation; the writer is the speaker and his name/title/affiliation "
              "are only in the signature; title names its unit (kept whole, as dev 012); 'نينوى - العراق' is a "
              "place; 'الجلسة العامة' = plenary; Latin display name."))


# ----------------------------------------------------------------------------------------------- 14
M14_ID = "<CAK2pWm9r4Ts7Nb0Lx3Qe8Vf1Hd6Gz5Jy2Uc9Io4An@mail.gmail.example.com>"
ACK14_ID = "<ACK-20210208-0233.en@gcmrrarabstates.iom.int>"


def m14():
    when = at("2021-02-08 14:05:00")
    text = """Dear GCM team,

Please find attached the voluntary GCM review report of the Palestinian Refugee Youth Forum (PRYF), together with Annex 1 (summary of the focus groups we held with young people in the camps of North Lebanon and in Syria's Yarmouk displacement areas).

For your information I also attach our organisational profile - this one is just so you know who we are, it is not part of the report.

Thanks a lot and good luck with the review!

Yousef Awad
Research Volunteer
PRYF
"""
    f1 = "PRYF Voluntary GCM Review Report 2021.pdf"
    f2 = "Annex 1 - Focus group summary.docx"
    f3 = "PRYF_profile_2020.pdf"
    body = multi("mixed", [two_views(text, "000000000000c81e4d05bad0f3b2"),
                           attach("application/pdf", make_pdf(["Palestinian Refugee Youth Forum (PRYF)",
                                                               "Voluntary GCM Review Report 2021"]), f1),
                           attach(DOCX, make_docx(["PRYF - Annex 1", "Focus group summary"]), f2),
                           attach("application/pdf", make_pdf(["PRYF organisational profile 2020"]), f3)],
                 "000000000000c81e4f05bad0f3b4")
    m = mk(when, sent_at(when, 2, 5), "mail-qk1-f180.google.example.com", "209.85.222.180", "4DYqC47nFdz2",
           "Yousef Awad <pryf.forum@gmail.example.com>", "Voluntary report - Palestinian Refugee Youth Forum",
           M14_ID, body)
    add(14, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="three PDF/DOCX attachments: the report and Annex 1 make up the report; the organisational profile "
              "is explicitly 'not part of the report'; Gmail; signature gives only the acronym."))


# ----------------------------------------------------------------------------------------------- 15
def m15():
    when = at("2021-02-09 08:40:11")
    text = """Received, thank you so much :)

Yousef

On Mon, Feb 8, 2021 at 2:06 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Yousef Awad,
>
> Thank you for your submission to the Regional Review of the Global Compact
> for Migration in the Arab region. We confirm receipt of your voluntary GCM
> review report (2 files).
>
> GCM Regional Review Secretariat
"""
    body = two_views(text, "0000000000002d7a9105bae1c4e0")
    m = mk(when, sent_at(when, 2, 4), "mail-qk1-f181.google.example.com", "209.85.222.181", "4DZQ8w0fMtz5",
           "Yousef Awad <pryf.forum@gmail.example.com>",
           "Re: Acknowledgement of receipt - Voluntary report - Palestinian Refugee Youth Forum",
           "<CAK2pWm9s8Lx0Qb3Nt6Vz1Hf4Jd7Gy2Uc5Io8An1Re@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ACK14_ID), ("References", M14_ID + " " + ACK14_ID)])
    add(15, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h172-14.eml",
        notes="thank-you reply to our acknowledgement of h172-14 that adds nothing new: do not acknowledge; the "
              "quoted acknowledgement mentions the voluntary report."))


# ----------------------------------------------------------------------------------------------- 16
M16_ID = "<PR1P264MB3054A7E2C90B4F18@PR1P264MB3054.FRAP264.PROD.OUTLOOK.example.com>"


def m16():
    when = at("2021-02-10 16:22:45")
    text = """Madame, Monsieur,

Dans le cadre de l'Examen régional du Pacte mondial sur les migrations dans la région arabe, la Coordination des comités de réfugiés irakiens au Liban (CCRIL) a l'honneur de vous transmettre, en pièce jointe, son rapport volontaire collectif.

Ce rapport a été élaboré conjointement par les cinq comités membres de la Coordination (Beyrouth, Jounieh, Zahlé, Baabda et Tyr), sur la base d'ateliers tenus en décembre 2020 et janvier 2021.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Pour la Coordination,
Nawal Georges Yacoub
Chargée du suivi administratif
CCRIL
"""
    fname = "Rapport collectif CCRIL – Pacte mondial (version française).docx"
    doc = make_docx(["Coordination des comites de refugies irakiens au Liban (CCRIL)",
                     "Rapport volontaire collectif - Examen regional du PMM"])
    body = multi("mixed", [two_views(text, "_000_PR1P264MB3054A7E2C90B4F18PR1P264MB3054FRAP_"),
                           attach(DOCX, doc, fname)], "_004_PR1P264MB3054A7E2C90B4F18PR1P264MB3054FRAP_")
    m = mk(when, sent_at(when, 2, 5), "mail-pr1fra01.outbound.protection.example.com", "40.107.12.77", "4Db1Jw3sPvz0",
           "Nawal Yacoub <n.yacoub@ccril.example.org.lb>",
           hdr("Rapport volontaire collectif – CCRIL", enc="Q"), M16_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of five camp/city committees, formal administrative French; DOCX name with an "
              "en dash and parentheses (RFC 2231). Followed up by h172-21."))


# ----------------------------------------------------------------------------------------------- 17
def m17():
    when = at("2021-02-11 11:35:50")
    text = """السلام عليكم ورحمة الله

مرفق ليكم التقرير الطوعي بتاع رابطة اللاجئين السودانيين بالقاهرة عن تنفيذ الاتفاق العالمي للهجرة، وفيه أوضاع الأسر السودانية اللاجئة في مصر ومشاكل الإقامة والتعليم والشغل.

ولكم الشكر

عوض الكريم محمد نور
سكرتير الرابطة
رابطة اللاجئين السودانيين بالقاهرة
"""
    fname = "تقرير رابطة اللاجئين السودانيين - الاتفاق العالمي.pdf"
    pdf = make_pdf(["Association of Sudanese Refugees in Cairo", "Voluntary GCM review report (Arabic)"])
    body = multi("mixed", [two_views(text, "000000000000f6b2a705bb1c93d1", rtl=True, cte="base64"),
                           attach("application/pdf", pdf, fname)], "000000000000f6b2a905bb1c93d3")
    m = mk(when, sent_at(when, 2, 6), "mail-lj1-f170.google.example.com", "209.85.208.170", "4DbS0q2nYwz8",
           addr("عوض الكريم محمد نور", "sudanese.refugees.cairo@gmail.example.com"),
           re_hdr("", "التقرير الطوعي - رابطة اللاجئين السودانيين"),
           "<CAH1qXn7t3Ws9Mc2Ky5Rb0Lf8Ve4Jd1Gz6Uo3Ip7Am@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Sudanese colloquial ('مرفق ليكم', 'بتاع', 'الشغل'); Gmail; Arabic PDF file name (RFC 2231 / RFC "
              "2047); short cover message, report on time."))


# ----------------------------------------------------------------------------------------------- 18
def m18():
    when = at("2021-02-12 13:14:27")
    text = """بسم الله الرحمن الرحيم

الإخوة في أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المحترمون

تحية طيبة وبعد،،

يسرنا في مبادرة شباب تعز من أجل النازحين أن نرفق لكم تقريرنا الطوعي حول أوضاع النازحين داخلياً في محافظة تعز والمهاجرين العابرين عبر السواحل اليمنية، والذي أعده فريق المبادرة بالتعاون مع لجان المخيمات في المسراخ والمعافر.

كما نرجو التكرم بقبول ترشيح الأستاذ وضاح عبدالله المخلافي، منسق البرامج في المبادرة، ليكون ضمن المقررين الذين يقدمون الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر.

شاكرين لكم حسن تعاونكم،،

د. هيفاء عبدالرحمن القدسي
رئيسة المبادرة
مبادرة شباب تعز من أجل النازحين
"""
    fname = "التقرير الطوعي - مبادرة شباب تعز.docx"
    doc = make_docx(["Taiz Youth Initiative for the Displaced", "Voluntary GCM review report", "February 2021"])
    body = multi("mixed", [two_views(text, "----=_NextPart_000_0031_01D7013C.8E2A4F60", rtl=True),
                           attach(DOCX, doc, fname)], "----=_NextPart_000_0030_01D7013C.8E2A4F60")
    m = mk(when, sent_at(when, 3, 5), "smtp.y.net.example.ye", "134.35.8.91", "4Dbv6T1mQhz3",
           addr("هيفاء القدسي", "taiz.youth.idp@y.net.example.ye"),
           hdr("التقرير الطوعي وترشيح مقرر - مبادرة شباب تعز من أجل النازحين"),
           "<003101d7013c$8e2a4f60$aa7eee20$@y.net.example.ye>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-ye")])
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("وضاح عبدالله المخلافي", "منسق البرامج", "مبادرة شباب تعز من أجل النازحين", ["rapporteur"])],
        report_attachments=[fname],
        notes="both; 12 Feb: the report is on time but the speaker request is late, so on_time false; formal "
              "Yemeni letter style; 'الأستاذ' dropped; the speaker's affiliation only by reference ('في "
              "المبادرة') to the initiative named earlier; 'المقررين ... الرسائل الرئيسية' = rapporteur; the "
              "signer (president, 'د.') is not the speaker; Arabic DOCX name."))


# ----------------------------------------------------------------------------------------------- 19
def m19():
    when = at("2021-02-13 17:56:02")
    text = """Dear Sir/Madam,

Sorry for writing after the deadline. We only received the invitation this week through a UNHCR partner, as internet in Markazi camp is very limited.

The Markazi Camp Refugee Committee (Obock, Djibouti) - an elected committee of Yemeni refugees - would like to propose two speakers:

* Mr. Fuad Ali Al-Aghbari, Chair of the Committee - to take part in the open discussion of the multi-stakeholder consultation on 23 February
* Ms. Huda Saeed Bamatraf, Women's Focal Point - as rapporteur for the key messages, if there is still space

I am writing for them as I am the one with email access in town.

Best regards,
Khaled Nasser
Communications volunteer
Markazi Camp Refugee Committee
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent_at(when, 3, 9), "mail-sor-f41.google.example.com", "209.85.220.41", "4Dcc3k7RsLz5",
           "Khaled Nasser <khaled.nasser.obock@gmail.example.com>",
           "Late request - speakers from Markazi camp (Yemeni refugees)",
           "<CAL8vBq4y0Nt3Mw6Kz9Rd2Lh5Uf1Jc8Gx7Io0Ap4Es@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Fuad Ali Al-Aghbari", "Chair of the Committee", "Markazi Camp Refugee Committee", ["open_discussion"]),
        sp("Huda Saeed Bamatraf", "Women's Focal Point", "Markazi Camp Refugee Committee", ["rapporteur"])],
        notes="LATE (13 Feb), apologises; plain text; two speakers on bullet lines, 'Mr.'/'Ms.' dropped; "
              "'(Obock, Djibouti)' after the committee name is a place, not part of the affiliation; title "
              "'Chair of the Committee' kept as written; written by a volunteer on behalf of the speakers."))


# ----------------------------------------------------------------------------------------------- 20
def m20():
    when = at("2021-02-14 20:31:19")
    text = """بسم الله الرحمن الرحيم

إلى: أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة
من: اللجنة الشعبية الفلسطينية - مخيم برج البراجنة
الموضوع: مساهمة طوعية في المراجعة الإقليمية

بعد التحية،

نضع بين أيديكم مساهمتنا الطوعية في المراجعة الإقليمية، ونرسلها في متن الرسالة لتعذر إعداد ملف منسق:

أولاً - الواقع السكاني: يقطن المخيم أكثر من 40 ألف نسمة على مساحة لا تتجاوز كيلومتراً مربعاً واحداً، بينهم لاجئون فلسطينيون مهجرون من سوريا منذ 2012 ونازحون سوريون وعمال مهاجرون.

ثانياً - العمل والحماية الاجتماعية: القيود القانونية على العمل تدفع الشباب إلى العمل غير النظامي أو إلى الهجرة غير النظامية عبر البحر، وقد فقدنا عدداً من أبناء المخيم في رحلات الهجرة خلال 2020.

ثالثاً - الوثائق: يعاني اللاجئون الفلسطينيون القادمون من سوريا من صعوبة تجديد الإقامات، مما يعرضهم للتوقيف ويحد من تنقلهم.

رابعاً - جائحة كورونا: الاكتظاظ وانقطاع الكهرباء والمياه زاد من انتشار الوباء، وتوقفت مصادر الدخل لمعظم العائلات.

خامساً - التوصيات: إشراك اللجان الشعبية في آليات المتابعة الوطنية للاتفاق، وتسهيل الوثائق القانونية، وتوفير مسارات نظامية وآمنة للهجرة.

وتفضلوا بقبول الاحترام،

أمين سر اللجنة الشعبية
مخيم برج البراجنة
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    m = mk(when, sent_at(when, 2, 7), "mail-yw1-f172.google.example.com", "209.85.128.172", "4DdP2v6xBkz1",
           addr("لجنة برج البراجنة", "popular.committee.bbj@gmail.example.com"),
           re_hdr("", "مساهمة طوعية - اللجنة الشعبية الفلسطينية في مخيم برج البراجنة"),
           "<CAF4hWq9y3Mu6oSa2Zc8Nl4Qe1Tf7Wh0Kp3Dj9Bv5Oi@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="report pasted in the body (no attachment) in windows-1256; same sender as the question h172-06, but "
              "a new message (no In-Reply-To) and a question is not a submission, so thread_of null; the body "
              "mentions migration, documents and COVID, like a report."))


# ----------------------------------------------------------------------------------------------- 21
def m21():
    when = at("2021-02-15 09:45:33")
    text = """Madame, Monsieur,

Nous nous permettons de revenir vers vous au sujet de notre courriel du 10 février ci-dessous, par lequel nous vous avons transmis le rapport volontaire collectif de la CCRIL. N'ayant pas reçu d'accusé de réception, nous souhaiterions nous assurer que le document vous est bien parvenu.

Vous en remerciant par avance,

Nawal Georges Yacoub
Chargée du suivi administratif
CCRIL

De : Nawal Yacoub <n.yacoub@ccril.example.org.lb>
Envoyé : mercredi 10 février 2021 16:22
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire collectif – CCRIL

Madame, Monsieur,

Dans le cadre de l'Examen régional du Pacte mondial sur les migrations dans la région arabe, la Coordination des comités de réfugiés irakiens au Liban (CCRIL) a l'honneur de vous transmettre, en pièce jointe, son rapport volontaire collectif.
[...]
"""
    body = two_views(text, "_000_PR1P264MB3054F1B6D83A2C07PR1P264MB3054FRAP_")
    m = mk(when, sent_at(when, 2, 5), "mail-pr1fra01.outbound.protection.example.com", "40.107.12.80", "4Ddn5R0gLwz6",
           "Nawal Yacoub <n.yacoub@ccril.example.org.lb>",
           hdr("TR: Rapport volontaire collectif – CCRIL", enc="Q"),
           "<PR1P264MB3054F1B6D83A2C07@PR1P264MB3054.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M16_ID), ("References", M16_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Content-Language", "fr-FR")])
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h172-16.eml",
        notes="'TR:' of its own sent message asking whether the report of h172-16 arrived; the attachment is not "
              "re-sent and the quoted text talks about 'rapport ... en pièce jointe': other, not a new "
              "submission."))


# ----------------------------------------------------------------------------------------------- 22
def m22():
    when = at("2021-02-16 23:41:05")
    inner = """<div dir="ltr">
<div>Dear Secretariat,</div>
<div><br></div>
<div>Please find attached the voluntary GCM review report from the Iraqi Returnees and IDPs Network (IRIN). It covers returns to Sinjar, Anbar and Salah al-Din, and families still in camps.</div>
<div><br></div>
<div>Apologies for the late hour, our last edits came in tonight.</div>
<div><br></div>
<div>Regards,</div>
<div>Ali Sabah</div>
<div>Monitoring &amp; Reporting Officer, IRIN</div>
<div>Baghdad</div>
<div><br></div>
<div id="ms-outlook-mobile-signature">Get <a href="https://aka.ms/ghei36">Outlook for Android</a></div>
</div>"""
    fname = "IRIN_GCM_Voluntary_Review_2021_final.pdf"
    pdf = make_pdf(["Iraqi Returnees and IDPs Network (IRIN)", "Voluntary GCM review report 2021"])
    body = multi("mixed", [html_only(inner, newlines=True), attach("application/pdf", pdf, fname)],
                 "_004_VI1PR02MB6043E8D17B2C5F39VI1PR02MB6043eurp_")
    m = mk(when, sent_at(when, 3, 6), "mail-vi1eur02.outbound.protection.example.com", "40.107.2.58", "4DfV1m4cZrz9",
           "Ali Sabah <ali.sabah@irin-iraq.example.org>", "IRIN voluntary report",
           "<VI1PR02MB6043E8D17B2C5F39@VI1PR02MB6043.eurprd02.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Outlook-iOS-Android")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="deadline edge: Date header Wed 17 Feb 00:41 +03:00 (Baghdad) but received Tue 16 Feb 23:41 Beirut: "
              "on time; HTML-only from Outlook for Android, 'Apologies for the late hour' is not lateness."))


# ----------------------------------------------------------------------------------------------- 23
def m23():
    when = at("2021-02-17 11:02:37")
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire du Comité des réfugiés soudanais en Tunisie (CRST) relatif à la mise en œuvre du Pacte mondial.

Nous vous prions d'excuser ce retard d'un jour : la traduction française n'a été finalisée qu'hier soir. Nous espérons qu'il pourra néanmoins être pris en considération.

Respectueusement,

Le bureau du CRST
Médenine - Tunisie
"""
    fname = "Rapport_volontaire_CRST_fevrier_2021.pdf"
    pdf = make_pdf(["Comite des refugies soudanais en Tunisie (CRST)", "Rapport volontaire - Pacte mondial"])
    body = multi("mixed", [two_views(text, "----=_NextPart_000_0019_01D70528.64B2E0A0"),
                           attach("application/pdf", pdf, fname)], "----=_NextPart_000_0018_01D70528.64B2E0A0")
    m = mk(when, sent_at(when, 1, 4), "smtp.planet.example.tn", "193.95.66.14", "4DfrM52qTyz4",
           "CRST <contact@crst-medenine.example.tn>", hdr("Rapport volontaire du CRST", enc="Q"),
           "<001901d70528$64b2e0a0$2e18a1e0$@crst-medenine.example.tn>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (17 Feb) and apologises; same sender as the speaker request h172-03/09 but a different "
              "submission (a report, new message): thread_of null."))


# ----------------------------------------------------------------------------------------------- 24
def m24():
    when = at("2021-02-19 15:20:10")
    text = """مرحبا مرة تانية،

بعتنالكن من فترة ترشيح رهف ونور (الإيميل تحت)، وما وصلنا لهلأ أي تأكيد إذا انقبلت المشاركة ولا لأ. والمؤتمر صار قريب!
كمان بدنا نعرف إذا في رابط زوم للتشاور يوم ٢٣، ولا التسجيل بيكون عن طريق موقع تاني؟

شكراً كتير،
رهف

في الجمعة، ٢٩ يناير ٢٠٢١ في ١:٠٢ م، كتب Rahaf Al-Ali <syrian.women.voice@gmail.example.com>:
> مرحبا،
> تحية طيبة من فريق مبادرة صوت النساء السوريات،
>
> شفنا دعوتكم للمراجعة الإقليمية وحابين نشارك. بدنا نرشح اتنين من عنا:
>
> ١- السيدة رهف العلي، منسقة المبادرة: للمشاركة بالنقاش المفتوح بالتشاور يوم ٢٣ شباط.
> ٢- الآنسة نور الحلبي، مسؤولة ملف الشابات: مداخلة بالطاولة المستديرة التالتة.
>
"""
    body = two_views(text, "000000000000e4a1b705bbb2f6c8", rtl=True, cte="base64")
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f54.google.example.com", "209.85.218.54", "4Dgm0c3HxVz7",
           addr("Rahaf Al-Ali", "syrian.women.voice@gmail.example.com"),
           re_hdr("Re: ", "ترشيح متحدثات - مبادرة صوت النساء السوريات"),
           "<CAJx8Lr3p5Uf9wAz2MnQ6bWe0tH4kC7oY1sV5iD8jR@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h172-02.eml",
        notes="Levantine follow-up to its own speaker request h172-02 (Gmail '>' quote still lists both speakers): "
              "asks whether the request was accepted and for the Zoom link; proposes nothing new, so other, "
              "threaded to h172-02; acknowledged as a question (not a reply to one of our acknowledgements)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
