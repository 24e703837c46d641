#!/usr/bin/env python3
"""Write the blind evaluation set holdout154 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets154.py
Theme: children and youth (child-protection NGOs, care for unaccompanied minors, scouts and youth councils,
schools teaching migrant children, student unions, a children's parliament).
Mail-building helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, b_word, esc, flowed, hdr, html_wrap, leaf, make_docx,
                     make_pdf, make_png, mk, multi, re_hdr, rfc2231_cont, rfcdate, sp, std_rows, text2html, top, tz)

SET = EvalSet(154)
add = SET.add

INVITE_ID = "<INV-2021-01-26-EN.0003@gcmrrarabstates.iom.int>"
REMIND_ID = "<REM-2021-02-03-AR.0012@gcmrrarabstates.iom.int>"


# ================================================================ 01 auto-reply (en)
def m01():
    when = at("2021-01-27 10:12:44")
    sent = tz(when - dt.timedelta(seconds=2), 3)
    text = """I am currently on mission in the field (Mafraq and Azraq camps) with very limited connectivity until Sunday 7 February.

For urgent child protection referrals please contact our hotline duty officer at cp.duty@safehands-jo.example.org or +962 6 555 0199.

For all other matters I will reply to your email upon my return.

Kind regards,
Reem Qasem
Child Protection Case Management Lead
SafeHands for Children - Jordan
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_AM6PR03MB58120B7C2D1E4F90AM6PR03MB5812eurp_")
    rows = std_rows(when, "mail-am6eur03.outbound.protection.example.com", "40.107.5.91", "4DQ9x11LbTz2",
                    "Reem Qasem <r.qasem@safehands-jo.example.org>",
                    "Automatic reply: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(sent), "<AM6PR03MB58120B7C2D1E4F90@AM6PR03MB5812.eurprd03.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "r.qasem@safehands-jo.example.org")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Content-Language", "en-US")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange 'Automatic reply' of a child-protection lead on field mission; Auto-Submitted auto-generated; "
              "has a name, title, organisation and a February date in the body but submits nothing."))


# ================================================================ 02 speaker (fr)
M02_ID = "<CAHx4Tn9Lq2Wp7Ek1Rd5Zs8Mb0Vc3Yf6Ug9Ja2K@mail.gmail.example.com>"


def m02():
    when = at("2021-01-28 15:40:09")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonjour,

En réponse à l'invitation reçue par l'intermédiaire du bureau de l'OIM à Rabat, nous avons le plaisir de vous soumettre la candidature suivante pour une prise de parole :

Intervenant proposé : Youssef El Mansouri
Poste : Responsable du pôle mineurs non accompagnés
Structure : AMPEM – Association marocaine pour la protection de l'enfance en migration
Session : table ronde thématique 2 (si possible)

Notre équipe accompagne chaque année près de 300 enfants et adolescents migrants non accompagnés à Tanger et à Oujda (hébergement d'urgence, scolarisation, accès aux soins).

Merci de nous confirmer la bonne réception.

Bien cordialement,
Nadia Chraibi
Directrice exécutive
AMPEM – Tanger
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000f2a81c05b9f0c3d7")
    m = mk(when, sent, "mail-wm1-f45.google.example.com", "209.85.128.45", "4DRf0c2sVnz6",
           "AMPEM Tanger <ampem.tanger@gmail.example.com>",
           hdr("Candidature intervenant – AMPEM (table ronde 2)", enc="Q"), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Youssef El Mansouri", "Responsable du pôle mineurs non accompagnés",
           "AMPEM – Association marocaine pour la protection de l'enfance en migration", ["roundtable"], 2)],
        notes="labelled lines with unusual labels ('Intervenant proposé', 'Poste', 'Structure', 'Session'); the "
              "sender (executive director) is not the speaker; acronym written before the full name; '(si possible)'."))


# ================================================================ 03 speaker, two (ar, Jordanian dialect)
def m03():
    when = at("2021-01-30 21:05:31")
    sent = tz(when - dt.timedelta(seconds=6), 2)
    text = """مرحبا،

يعطيكم العافية على الدعوة. حابين نرشحلكم من مجلس الشباب المحلي اثنين من أعضائنا للمشاركة بالحديث:

- ليث عمر الخوالدة، رئيس المجلس: بدّه يشارك بالنقاش المفتوح يوم 23 شباط (الاستشارة)
- آية محمود صالح، منسقة ملف الشباب اللاجئين: مداخلة بالطاولة المستديرة الثالثة لأنها عن التعليم

اسم المجلس الرسمي: مجلس الشباب المحلي - لواء الرصيفة (بدعم من وزارة الشباب).
احنا شغالين من سنتين على مبادرة "صف واحد" اللي بتجمع طلاب أردنيين وسوريين وعراقيين بنفس الأنشطة بعد المدرسة.

إذا في أي نموذج لازم نعبيه ابعتولنا ياه.

تحياتي،
آية
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "0000000000004b0e9105ba1f2c66")
    m = mk(when, sent, "mail-ej1-f66.google.example.com", "209.85.218.66", "4DSmQ70bXkz1",
           addr("Aya Saleh", "aya.m.saleh@gmail.example.com"),
           re_hdr("", "ترشيح من مجلس شباب الرصيفة"),
           "<CAB2vNm5Qe8Rt1Yu4Io7Pa0Sd3Fg6Hj9Kl2Zx5C@mail.gmail.example.com>", body)
    aff = "مجلس الشباب المحلي - لواء الرصيفة"
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ليث عمر الخوالدة", "رئيس المجلس", aff, ["open_discussion"]),
        sp("آية محمود صالح", "منسقة ملف الشباب اللاجئين", aff, ["roundtable"], 3)],
        notes="Jordanian dialect; two speakers on dash lines; affiliation only on a separate 'official name' line "
              "(the parenthesis about the ministry is support, not part of the name); the sender signs with her "
              "first name only and is the second speaker; Latin display name; 'شباط' for February; roundtable as "
              "an ordinal word."))


# ================================================================ 04 speaker, HTML only, on behalf of a child (en)
M04_ID = "<5c1f7e22-9b3a-4d61-a0e8-tda.0201.1120@terredavenir-lb.example.org>"


def m04():
    when = at("2021-02-01 11:20:57")
    sent = when - dt.timedelta(seconds=3)
    inner = """<div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear colleagues,</p>
<p>I am writing on behalf of the <b>Children&#39;s Parliament of Tripoli (CPT)</b>, a group of 32 elected children aged 12&ndash;17, Lebanese, Syrian and Palestinian, that our organisation has been facilitating since 2017.</p>
<p>At their last session the members chose one of them to speak at the Regional Review:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>Rami Haddad</td></tr>
<tr><td><b>Position</b></td><td>Deputy Speaker (16 years old)</td></tr>
<tr><td><b>Organisation</b></td><td>Children&#39;s Parliament of Tripoli (CPT)</td></tr>
<tr><td><b>Requested slot</b></td><td>Floor intervention in a plenary session (24 or 25 Feb)</td></tr>
</table>
<p>Rami told us he would not feel comfortable acting as rapporteur, but he has prepared a three-minute statement on what it means to grow up &quot;between two countries&quot;.</p>
<p>As he is a minor, I will accompany him online. We kindly ask that no recording of his face is published; his parents have signed our consent form and I can share it if needed.</p>
<p>With thanks,</p>
<p>Nadine Rizk<br>
Child Participation Facilitator<br>
Terre d&#39;Avenir &ndash; Lebanon<br>
+961 6 431 200</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "mail.terredavenir-lb.example.org", "185.54.12.40", "4DTbh44LpWz7",
           "Nadine Rizk <n.rizk@terredavenir-lb.example.org>",
           "Speaker request - Children's Parliament of Tripoli (plenary)", M04_ID, body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rami Haddad", "Deputy Speaker", "Children's Parliament of Tripoli (CPT)", ["plenary"])],
        notes="HTML-only, speaker in a two-column table; the speaker is a 16-year-old child (age in brackets is not "
              "part of the title); 'rapporteur' mentioned only as declined; the facilitator who writes is not the "
              "speaker; entities for apostrophes. A second child is added later, late, in h154-13."))


# ================================================================ 05 other, question (fr)
def m05():
    when = at("2021-02-01 16:48:22")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Je suis directrice d'une école primaire publique de Sfax qui accueille depuis deux ans une quarantaine d'élèves enfants de migrants ivoiriens, camerounais et guinéens (classes passerelles de remise à niveau en arabe et en français).

Mes collègues et moi avons pris connaissance de l'appel à contributions pour l'Examen régional du Pacte mondial. Avant de nous lancer, nous aurions trois questions :

- un « rapport » peut-il prendre la forme d'un recueil de dessins et de courts témoignages d'élèves, accompagné d'une note des enseignants ?
- une école publique, qui relève du ministère de l'Éducation, a-t-elle le droit de contribuer directement, ou faut-il passer par le Commissariat régional ?
- les témoignages d'enfants doivent-ils être anonymisés ?

Je vous remercie de votre réponse.

Salutations distinguées,

Sonia Mejri
Directrice
École primaire Ibn Khaldoun – Sfax Médina
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div class="WordSection1">'
            + "".join('<p class="MsoNormal">%s</p>' % (esc(l) if l.strip() else "&nbsp;") for l in text.split("\n"))
            + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "----=_NextPart_000_0009_01D6F8A4.1C2B3D40")
    m = mk(when, sent, "smtp.planet.example.tn", "193.95.66.12", "4DTm2y8cQfz3",
           addr("Sonia Mejri", "ecole.ibnkhaldoun.sfax@planet.example.tn", enc="Q"),
           hdr("Question – contribution d'une école au rapport volontaire", enc="Q"),
           "<000901d6f89b$3e8c1a20$bba44e60$@planet.example.tn>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")])
    add(5, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="school director asks whether children's drawings count as a report, whether a public school may "
              "contribute, anonymisation: uses 'rapport' and 'contribution' but submits nothing and proposes no "
              "speaker."))


# ================================================================ 06 speaker, rapporteur, windows-1256 (ar)
def m06():
    when = at("2021-02-02 12:30:15")
    sent = when - dt.timedelta(seconds=8)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المحترمين

تحية طيبة وبعد،

بتكليف من السيد رئيس الاتحاد العام للطلاب السودانيين بجمهورية مصر العربية، وإشارة إلى خطاب الدعوة الكريم، يتشرف الاتحاد بترشيح الطالبة/ هبة عبد الرحيم النور، أمينة الشؤون الخارجية بالاتحاد، للقيام بدور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة.

والسيدة/ هبة طالبة ماجستير في العلوم السياسية بجامعة القاهرة، وقد أشرفت على المسح الذي أجراه الاتحاد عن أوضاع نحو 1200 طالب وطالبة من السودان وجنوب السودان في الجامعات المصرية.

وتفضلوا بقبول فائق الاحترام والتقدير،،،

سكرتارية الاتحاد
الاتحاد العام للطلاب السودانيين بجمهورية مصر العربية
القاهرة - الدقي
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            '</head><body lang="AR-EG" dir="rtl"><div class="WordSection1">'
            + "".join('<p class="MsoNormal" dir="rtl">%s</p>' % (esc(l) if l.strip() else "&nbsp;")
                      for l in text.split("\n")) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "----=_NextPart_000_0031_01D6F95C.4A7E2B90")
    m = mk(when, sent, "smtp.tedata.example.net.eg", "62.240.110.8", "4DV0dK6fRxz2",
           addr("الاتحاد العام للطلاب السودانيين بمصر", "sudanese.students.union.eg@tedata.example.net.eg",
                "windows-1256"),
           hdr("ترشيح مقرر - الاتحاد العام للطلاب السودانيين", "windows-1256"),
           "<003101d6f94b$8e1d2c70$aa578550$@tedata.example.net.eg>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0")])
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هبة عبد الرحيم النور", "أمينة الشؤون الخارجية",
           "الاتحاد العام للطلاب السودانيين بجمهورية مصر العربية", ["rapporteur"])],
        notes="formal Egyptian-administrative Arabic, windows-1256 Outlook; sent by the union's secretariat on the "
              "president's instruction (neither is the speaker); 'الطالبة/' and 'السيدة/' are honorifics; title "
              "'أمينة الشؤون الخارجية بالاتحاد' (the affiliation is by reference, fullest form in the signature); "
              "the speaker's master's studies at Cairo University are not her affiliation."))


# ================================================================ 07 both, scouts (en)
M07_ID = "<CAE7jKp2Wm5Rx8Tn1Qv4Ls7Yb0Dc3Gf6Hh9Nk2M@mail.gmail.example.com>"
ACK07_ID = "<ACK-20210203-0021@gcmrrarabstates.iom.int>"


def m07():
    when = at("2021-02-03 09:55:03")
    sent = when - dt.timedelta(seconds=5)
    text = """Hi there,

Attached is our voluntary GCM review report. It covers three years of our "Scouting Without Borders" programme, which brings Lebanese and Syrian kids (and since last year some Ethiopian and Sudanese youngsters from migrant-worker families) into the same troops in the Bekaa.

I'd also like to take the floor in Roundtable IV if there's space - we have a lot to say about non-formal education and belonging.

Thanks a lot and be prepared ;)

Tarek

--
Tarek Moussawi
Programme Commissioner | Al-Nour Scouts Association (ANSA) - Bekaa Region
Zahle, Lebanon | +961 3 224 518
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    pdf = make_pdf(["Al-Nour Scouts Association (ANSA) - Bekaa Region",
                    "Voluntary GCM Review Report - January 2021",
                    "Scouting Without Borders: inclusion of migrant and refugee children"])
    fname = "ANSA - GCM voluntary report 2021.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "000000000000a7d21e05ba6b0c41"),
                           attach("application/pdf", pdf, fname)], "000000000000a7d22005ba6b0c43")
    m = mk(when, sent, "mail-wr1-f47.google.example.com", "209.85.221.47", "4DVmS21xTcz5",
           "Tarek Moussawi <tarek.ansa.scouts@gmail.example.com>", "ANSA report + roundtable",
           M07_ID, body)
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tarek Moussawi", "Programme Commissioner", "Al-Nour Scouts Association (ANSA)", ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both, on time; the sender proposes himself ('I'd like to take the floor'); title and organisation "
              "only in the signature after '--'; roundtable in Roman numerals ('Roundtable IV'); region suffix in "
              "the signature is not part of the organisation's name; casual tone."))


# ================================================================ 08 bounce, Arabic-localised Exchange NDR (ar)
def m08():
    when = at("2021-02-03 14:02:18")
    d = tz(when, 3)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:10pt">
<p><b>تعذّر تسليم رسالتك إلى:</b></p>
<p>info@zarqa-youthcenter.example.jo</p>
<p>لم يتم العثور على عنوان البريد الإلكتروني الذي أدخلته. يرجى التحقق من عنوان البريد الإلكتروني للمستلم ثم محاولة إعادة إرسال الرسالة. إذا استمرت المشكلة، فاتصل بمكتب الدعم.</p>
<hr>
<p dir="ltr" style="font-family:Consolas;font-size:9pt">Diagnostic information for administrators:<br>
Generating server: mail.zarqa-youthcenter.example.jo<br>
info@zarqa-youthcenter.example.jo<br>
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p>
</div>"""
    p1 = leaf("text/html", html_wrap(inner, dir_="rtl"), cte="base64")
    dsn = ("Reporting-MTA: dns;mail.zarqa-youthcenter.example.jo\n"
           "Received-From-MTA: dns;mx1.iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;info@zarqa-youthcenter.example.jo\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n" % rfcdate(d - dt.timedelta(seconds=3)))
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: info@zarqa-youthcenter.example.jo\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "MIME-Version: 1.0\n" % (b_word("تذكير: آخر موعد لطلبات المداخلة الجمعة 5 فبراير 2021"),
                                     rfcdate(when - dt.timedelta(minutes=1)), REMIND_ID))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "_f3c1a2b4-5d6e-4f70-8192-a3b4c5d6e7f8_",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail.zarqa-youthcenter.example.jo", "82.212.70.14", "4DVrK30yPmz9",
                    "postmaster@zarqa-youthcenter.example.jo",
                    hdr("لم يتم التسليم: تذكير: آخر موعد لطلبات المداخلة الجمعة 5 فبراير 2021"),
                    rfcdate(d), "<b2e8f1c4-7a9d-4e3b-9c01-ndr.0203@zarqa-youthcenter.example.jo>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                           ("Content-Language", "ar-JO")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", REMIND_ID), ("References", REMIND_ID)]
    add(8, when, top(body, rows), dict(category="bounce", language="ar", acknowledge=False, on_time=None,
        notes="Exchange NDR localised in Arabic (HTML notification part), multipart/report delivery-status 5.1.1, "
              "for the secretariat's Arabic reminder to a youth centre; subject and returned headers mention the "
              "speaker deadline. Never acknowledge."))


# ================================================================ 09 speaker, details only in signature (fr)
def m09():
    when = at("2021-02-04 10:37:40")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """Bonjour,

Je souhaiterais prendre part à la discussion ouverte de la consultation multipartite du 23 février, au nom de notre maison d'accueil.

Nous hébergeons actuellement 27 mineurs isolés (garçons de 13 à 17 ans, majoritairement venus de Côte d'Ivoire, de Guinée et du Soudan), et nous constatons au quotidien les effets de l'errance et de la détention sur leur santé mentale. Il me semble important que cette dimension soit entendue.

Mon collègue Habib Trabelsi, éducateur spécialisé, suivra par ailleurs la table ronde sur la protection en ligne, sans intervenir.

Je reste joignable pour tout complément.

Bien à vous,

-- 
Dr Samia Benaïssa
Pédopsychiatre – Coordinatrice médicale
Maison d'accueil « Les Oliviers » – Enfance Sans Frontières Tunisie (ESF-T)
Route de Gabès km 4, Sfax
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.gnet.example.tn", "197.3.8.21", "4DWV7m5zHqz0",
           addr("Samia Benaïssa", "s.benaissa@esf-tunisie.example.org", enc="Q"),
           "Discussion ouverte du 23/02", "<a4e1c9b2-5d7f-3e80-b1c6-9f2d4a7e3b15@esf-tunisie.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                  ("Content-Language", "fr")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Samia Benaïssa", "Pédopsychiatre – Coordinatrice médicale",
           "Maison d'accueil « Les Oliviers » – Enfance Sans Frontières Tunisie (ESF-T)", ["open_discussion"])],
        notes="first person request; name, title and organisation only in the signature ('Dr' is an honorific); "
              "a colleague named in the body only follows a roundtable 'sans intervenir' and is not a speaker; "
              "Thunderbird format=flowed 8bit."))


# ================================================================ 10 speaker, pasted form, two speakers (en)
def m10():
    when = at("2021-02-04 23:41:06")
    sent = when - dt.timedelta(seconds=4)
    text = """Dear GCM Regional Review Secretariat,

Sending this on behalf of Hana Al-Werfalli, who is travelling back from Misrata tonight and asked me to make sure it reaches you before the deadline. Below is the speaker form, completed for our two proposed speakers.

=============================================
SPEAKER REQUEST FORM
=============================================
SPEAKER 1
Full name:      Ms. Hana Al-Werfalli
Position:       Case Management Supervisor (UASC)
Organization:   Child Relief Alliance - Libya Office (CRA)
Session:        Thematic Roundtable 1
---------------------------------------------
SPEAKER 2
Full name:      Mr. Abdulrahman Idris
Position:       Youth Peer Mentor
Organization:   CRA Youth Advisory Board
Session:        Plenary (24 or 25 Feb)
=============================================

Abdulrahman arrived in Libya as an unaccompanied 15-year-old and now mentors newly arrived boys in our shelters; he would speak in Arabic.

Apologies for the late hour.

Best regards,
Osama Ghet
Admin & Grants Assistant
Child Relief Alliance - Libya Office
Tripoli
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt"><pre style="font-family:Consolas">'
            + esc(text) + '</pre></div></body></html>\n')
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_VI1PR08MB3342A1B2C3D4E5F6VI1PR08MB3342eurp_")
    m = mk(when, sent, "mail-vi1eur08.outbound.protection.example.com", "40.107.12.77", "4DWsp90vNgz4",
           "Osama Ghet <o.ghet@cra-libya.example.org>",
           "Speaker request form - CRA Libya (2 speakers) - on behalf of Hana Al-Werfalli",
           "<VI1PR08MB3342A1B2C3D4E5F6@VI1PR08MB3342.eurprd08.prod.outlook.example.com>", body,
           cc="Hana Al-Werfalli <h.alwerfalli@cra-libya.example.org>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hana Al-Werfalli", "Case Management Supervisor (UASC)", "Child Relief Alliance - Libya Office (CRA)",
           ["roundtable"], 1),
        sp("Abdulrahman Idris", "Youth Peer Mentor", "CRA Youth Advisory Board", ["plenary"])],
        notes="pasted form, two speakers with 'Ms.'/'Mr.' honorifics; sent on behalf of the first speaker by an "
              "assistant (not a speaker), speaker in Cc; 23:41 Beirut on 4 Feb (on time); second speaker's "
              "affiliation is an internal youth board of the same NGO, written as such."))


# ================================================================ 11 speaker, edge on time, Egyptian, iPhone (ar)
def m11():
    when = at("2021-02-05 23:59:37")
    sent = when - dt.timedelta(seconds=11)
    text = """مساء الخير،
ان شاء الله نكون لحقنا قبل الميعاد 🙏

حابين نرشح أ/ منى فتحي عبد العزيز، مديرة مدرسة الأمل المجتمعية لأطفال اللاجئين في عين شمس، عشان تتكلم في الطاولة المستديرة الأولى عن تعليم الأطفال السودانيين والإريتريين اللي مش لاقيين مكان في المدارس الحكومية.

المدرسة فيها دلوقتي 340 طفل من KG لحد تالتة إعدادي.

شكراً جداً
كريم (متطوع بالمدرسة)

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-qt1-f181.google.example.com", "209.85.160.181", "4DX7Hb1RwYz8",
           "Karim Adel <karimadel.vol@gmail.example.com>", re_hdr("", "ترشيح متحدثة"),
           "<9D3E2A1B-4C5F-4E6A-8B7C-0D1E2F3A4B5C@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منى فتحي عبد العزيز", "مديرة", "مدرسة الأمل المجتمعية لأطفال اللاجئين", ["roundtable"], 1)],
        notes="edge: 23:59:37 Beirut on 5 Feb, on time; Egyptian dialect from an iPhone, emoji; 'أ/' is an "
              "honorific; title and affiliation run together ('مديرة مدرسة الأمل...'), the district 'في عين شمس' "
              "is a location; sent by a volunteer (not the speaker)."))


# ================================================================ 12 speaker, late, two roles, on behalf (fr)
def m12():
    when = at("2021-02-06 10:12:50")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Madame, Monsieur,

Au nom du Président de l'Association des étudiants et stagiaires africains de Rabat (AESAR), et avec nos excuses pour ce retard (l'invitation ne nous est parvenue que jeudi soir, par un réseau partenaire), nous souhaitons proposer l'intervention de :

M. Ibrahima Diallo, Secrétaire général de l'AESAR,

de préférence lors d'une séance plénière, ou à défaut dans la table ronde n°3.

L'AESAR représente environ 2 000 étudiants subsahariens inscrits dans les universités et instituts de Rabat-Salé ; beaucoup rencontrent des difficultés de renouvellement de titre de séjour et de reconnaissance de diplômes.

En espérant que notre demande pourra encore être examinée, nous vous prions d'agréer nos salutations respectueuses.

Aminata Koné
Chargée de la communication – AESAR
"""
    html = '<div>' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "----=_Part_1184402_905113.1612602764210")
    m = mk(when, sent, "smtp.yahoo.example.com", "98.137.65.110", "4DXQ3g8nLbz6",
           addr("Aminata Koné", "aesar.rabat@yahoo.example.fr", enc="Q"),
           hdr("Demande d'intervention – AESAR (Rabat)", enc="Q"),
           "<1184402.905113.1612602764210@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Ibrahima Diallo", "Secrétaire général",
           "Association des étudiants et stagiaires africains de Rabat (AESAR)", ["plenary", "roundtable"], 3)],
        notes="LATE (Saturday 6 Feb), the sender apologises; on behalf of the president (neither the president "
              "nor the sender is the speaker); two roles in order of preference (plenary, else roundtable n°3); "
              "'M.' honorific; affiliation by acronym ('de l'AESAR'), full form earlier in the body."))


# ================================================================ 13 speaker, late addition in thread of 04 (en)
def m13():
    when = at("2021-02-08 09:03:26")
    sent = when - dt.timedelta(seconds=4)
    inner = """<div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear colleagues,</p>
<p>A quick follow-up to my message below. At Saturday&#39;s session the members of the Children&#39;s Parliament voted to send a second child together with Rami: <b>Lina Saab</b>, 17, the <b>Speaker</b> of the Children&#39;s Parliament of Tripoli, for the same plenary.</p>
<p>I know the deadline was last Friday &ndash; we completely understand if this is no longer possible. Rami&#39;s request stands in any case.</p>
<p>Best,<br>Nadine</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">
<p><b>From:</b> Nadine Rizk &lt;n.rizk@terredavenir-lb.example.org&gt;<br>
<b>Sent:</b> Monday, 1 February 2021 11:20<br>
<b>To:</b> gcmrrarabstates@iom.int<br>
<b>Subject:</b> Speaker request - Children&#39;s Parliament of Tripoli (plenary)</p>
</div>
<p>Dear colleagues,</p>
<p>I am writing on behalf of the <b>Children&#39;s Parliament of Tripoli (CPT)</b>, a group of 32 elected children aged 12&ndash;17 [...]</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>Rami Haddad</td></tr>
<tr><td><b>Position</b></td><td>Deputy Speaker (16 years old)</td></tr>
<tr><td><b>Organisation</b></td><td>Children&#39;s Parliament of Tripoli (CPT)</td></tr>
<tr><td><b>Requested slot</b></td><td>Floor intervention in a plenary session (24 or 25 Feb)</td></tr>
</table>
<p>Nadine Rizk<br>Child Participation Facilitator<br>Terre d&#39;Avenir &ndash; Lebanon</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "mail.terredavenir-lb.example.org", "185.54.12.40", "4DYkR02cTwz1",
           "Nadine Rizk <n.rizk@terredavenir-lb.example.org>",
           "Re: Speaker request - Children's Parliament of Tripoli (plenary)",
           "<0e7a3b91-2c4d-4f58-b6e1-tda.0208.0903@terredavenir-lb.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9"), ("In-Reply-To", M04_ID), ("References", M04_ID)])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        thread_of="h154-04.eml", speakers=[
            sp("Lina Saab", "Speaker", "Children's Parliament of Tripoli", ["plenary"])],
        notes="LATE (8 Feb) addition of a second child speaker in a reply to h154-04 (In-Reply-To set); only the "
              "new speaker is proposed here, the quoted table still holds the first one; her title 'Speaker' (of "
              "the parliament) is a title, not a role; role only by reference ('the same plenary'); "
              "HTML-only with Outlook-style quote header."))


# ================================================================ 14 other, question on the Arabic misprint (ar)
def m14():
    when = at("2021-02-08 13:26:11")
    sent = when - dt.timedelta(seconds=5)
    text = """السلام عليكم،

قرأنا في النسخة العربية من رسالة الدعوة أن آخر موعد لطلبات المشاركة بالحديث هو "الجمعة 23 فبراير 2021"، ولكن زميلة لنا لفتت انتباهنا إلى أن النسخة الإنجليزية تذكر 5 فبراير.

فأي التاريخين هو المعتمد؟ وفي حال كان الموعد قد انتهى، هل يمكن لجمعيتنا أن ترشّح طفلاً من برلمان الأطفال في صيدا للمشاركة، أو على الأقل أن يحضر الأطفال الجلسات كمستمعين؟

نشكر تعاونكم،
رنا الحلبي
منسقة برامج المشاركة
جمعية رعاية الطفولة - صيدا
"""
    html = '<div dir="rtl" style="font-family:Arial">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "000000000000e61f4a05bad8217c")
    m = mk(when, sent, "mail-pl1-f172.google.example.com", "209.85.214.172", "4DYtB68kMfz5",
           addr("رنا الحلبي", "rana.halabi.saida@gmail.example.com"),
           re_hdr("", "استفسار عن آخر موعد لطلبات المداخلة"),
           "<CAN4pQz7Xv0Bt3Wy6Er9Ui2Op5As8Df1Gh4Jk7L@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="question about the misprinted Arabic speaker deadline ('الجمعة 23 فبراير'); asks whether a child "
              "could still be nominated but names nobody: not a speaker request."))


# ================================================================ 15 report, collective DOCX, Arabic filename (ar)
def m15():
    when = at("2021-02-09 11:11:45")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمون،

تحية طيبة،

يسرّ شبكة حماية الطفل في العراق أن ترفق لكم التقرير الطوعي الجماعي الذي أعدّته المنظمات الأعضاء التالية:
- منظمة أمل للطفولة (البصرة)
- جمعية بيت الطفل الآمن (أربيل)
- مركز رعاية الأحداث والقاصرين غير المصحوبين (الموصل)
- المنتدى العراقي لشباب العائدين (بغداد)

ويتناول التقرير أوضاع الأطفال العائدين من مخيمات النزوح والأطفال غير المصحوبين بذويهم، وإمكانية حصولهم على الوثائق الثبوتية والتعليم.

مع فائق التقدير،
د. سعاد كريم الموسوي
منسقة الشبكة
شبكة حماية الطفل في العراق
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl"><div class="WordSection1">'
            + "".join('<p class="MsoNormal" dir="rtl">%s</p>' % (esc(l) if l.strip() else "&nbsp;")
                      for l in text.split("\n")) + "</div></body></html>\n")
    docx = make_docx(["Iraq Child Protection Network", "Collective voluntary GCM review report 2021",
                      "Returnee children, unaccompanied minors, civil documentation and education"])
    fname = "التقرير الطوعي الجماعي - شبكة حماية الطفل في العراق.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")],
                                 "_000_DB8PR04MB6473C2D3E4F5A6B7DB8PR04MB6473eurp_"),
                           attach(DOCX, docx, fname)],
                 "_004_DB8PR04MB6473C2D3E4F5A6B7DB8PR04MB6473eurp_")
    m = mk(when, sent, "mail-db8eur04.outbound.protection.example.com", "40.107.6.55", "4DZPw41qKvz3",
           addr("شبكة حماية الطفل في العراق", "icpn.iraq@outlook.example.com"),
           hdr("التقرير الطوعي الجماعي - شبكة حماية الطفل في العراق"),
           "<DB8PR04MB6473C2D3E4F5A6B7@DB8PR04MB6473.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"),
                  ("Content-Language", "ar-IQ")])
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report from a child-protection network, DOCX with an Arabic file name (RFC 2231 + "
              "RFC 2047); member organisations listed in the body are not speakers."))


# ================================================================ 16 report PDF + inline logo (fr)
M16_ID = "<PR2P264MB0471A9B8C7D6E5F4@PR2P264MB0471.FRAP264.PROD.OUTLOOK.example.com>"


def m16():
    when = at("2021-02-10 10:20:33")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Veuillez trouver en pièce jointe le rapport volontaire du Réseau des conseils communaux de jeunes de l'Oriental (RCCJO) dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été élaboré de manière participative par 46 jeunes conseillers de Nador, Berkane et Oujda, dont une dizaine de jeunes migrants et enfants de migrants, au cours de quatre ateliers tenus en décembre et janvier.

Nous vous en souhaitons bonne réception.

Cordialement,

Mehdi Boukili
Coordinateur régional
Réseau des conseils communaux de jeunes de l'Oriental (RCCJO)
[logo RCCJO]
"""
    html_inner = (text2html(text.replace("[logo RCCJO]\n", ""))
                  + '<p><img src="cid:image001.png@01D6FF8A.2B3C4D50" width="96" height="40" alt="RCCJO"></p>')
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + html_inner + "</div>")
    png = make_png(12, 5, (30, 140, 70))
    logo = leaf("image/png", png, cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FF8A.2B3C4D50>")])
    pdf = make_pdf(["Reseau des conseils communaux de jeunes de l'Oriental (RCCJO)",
                    "Rapport volontaire - Examen regional du PMM - fevrier 2021"])
    fname = "Rapport_volontaire_RCCJO_PMM_2021.pdf"
    alt = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                "_000_PR2P264MB0471A9B8C7D6E5F4PR2P264MB0471FRAP_")
    rel = multi("related", [alt, logo], "_005_PR2P264MB0471A9B8C7D6E5F4PR2P264MB0471FRAP_",
                params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, fname)],
                 "_006_PR2P264MB0471A9B8C7D6E5F4PR2P264MB0471FRAP_")
    m = mk(when, sent, "mail-pr2fra01.outbound.protection.example.com", "40.107.12.130", "4DZtF58hRpz2",
           "Mehdi Boukili <rccjo.oriental@outlook.example.fr>", "Rapport volontaire RCCJO - Examen régional PMM",
           M16_ID, body, extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"),
                                ("Content-Language", "fr-FR")])
    m.replace_header("Subject", hdr("Rapport volontaire RCCJO - Examen régional PMM", enc="Q"))
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook mixed > related > alternative with an inline logo image001.png (not part of the report) and "
              "the report PDF; youth councils network."))


# ================================================================ 17 other, thank-you to our ack of 07 (en)
def m17():
    when = at("2021-02-10 15:02:48")
    sent = when - dt.timedelta(seconds=3)
    text = """Great, thanks a lot! 👍

Tarek

On Wed, Feb 3, 2021 at 11:14 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Tarek Moussawi,
>
> Thank you for your submission to the Regional Review of the Global Compact for Migration in the Arab region.
> We confirm receipt of your voluntary GCM review report and of your request for a speaking role
> (thematic roundtable 4). The final programme will be communicated to selected speakers.
>
> GCM Regional Review Secretariat
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000c3a90b05bafc7e12")
    m = mk(when, sent, "mail-io1-f54.google.example.com", "209.85.166.54", "4Db0Lm7nXsz8",
           "Tarek Moussawi <tarek.ansa.scouts@gmail.example.com>",
           "Re: Acknowledgement of receipt - ANSA report + roundtable",
           "<CAE7jKp5Zq8Tw1Yr4Uo7Pi0Ha3Sd6Fg9Jk2Lm5N@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ACK07_ID), ("References", M07_ID + " " + ACK07_ID)])
    add(17, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h154-07.eml",
        notes="thank-you reply (one line + emoji, a week later) to our acknowledgement of h154-07: adds nothing "
              "new, do not acknowledge; the quoted acknowledgement mentions the report and the roundtable."))


# ================================================================ 18 both, report on time + late speaker (ar)
def m18():
    when = at("2021-02-11 19:45:20")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """السادة الأفاضل،

مرفق التقرير الطوعي لمنظمة سواعد الشباب للتنمية حول أوضاع الأطفال المهاجرين غير المصحوبين القادمين من القرن الأفريقي إلى عدن ولحج، وما يتعرضون له أثناء رحلتهم.

كما نرشح الأستاذ/ سالم عوض باحميد، مدير البرامج في المنظمة، للمشاركة بمداخلة في الجلسة العامة أو في الطاولة المستديرة الثانية، ونعتذر عن التأخير بسبب انقطاع الكهرباء والإنترنت المتكرر عندنا.

وشكراً لكم
م. عبير ناصر
منظمة سواعد الشباب للتنمية - عدن

أُرسلت من هاتفي Samsung Galaxy"""
    pdf = make_pdf(["Sawaed Youth Development Organization - Aden",
                    "Voluntary GCM review report: unaccompanied migrant children from the Horn of Africa"])
    fname = "تقرير سواعد الشباب.pdf"
    body = multi("mixed", [leaf("text/plain", text, cte="base64"), attach("application/pdf", pdf, fname)],
                 "--_com.samsung.android.email_9214537780211280")
    m = mk(when, sent, "mail-lf1-f49.google.example.com", "209.85.167.49", "4DbXq06sGkz4",
           addr("منظمة سواعد الشباب", "sawaed.youth.aden@gmail.example.com"),
           re_hdr("", "تقرير + ترشيح مداخلة"),
           "<8c3kq2ew7yv5z0x4n1m6b9pa.1613065513@email.android.example.com>", body)
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سالم عوض باحميد", "مدير البرامج", "منظمة سواعد الشباب للتنمية", ["plenary", "roundtable"], 2)],
        report_attachments=[fname],
        notes="both on 11 Feb from a Samsung phone (plain text only): report part on time, speaker part late, hence "
              "on_time false; 'الأستاذ/' honorific; two roles as alternatives (plenary or roundtable 2); the sender "
              "('م.' = engineer) is not the speaker; affiliation by reference ('في المنظمة'), full name earlier."))


# ================================================================ 19 report PDF + cover letter (en)
M19_ID = "<AS8P190MB1267D4E5F6A7B8C9@AS8P190MB1267.EURP190.PROD.OUTLOOK.example.com>"


def m19():
    when = at("2021-02-12 08:30:05")
    sent = when - dt.timedelta(seconds=5)
    text = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Jordan Youth Network for Refugee Education (JYNRE), together with a cover letter signed by our Board.

The report draws on a survey of 780 students aged 15-24 (Jordanian, Syrian, Iraqi, Yemeni and Sudanese) in 11 secondary schools and 3 universities, and on focus groups held by our student volunteers.

Kind regards,

Omar Batayneh
Research & Advocacy Officer
Jordan Youth Network for Refugee Education (JYNRE)
Amman - Jabal Al-Weibdeh
"""
    html = html_wrap('<div style="font-family:Segoe UI,sans-serif;font-size:10pt">' + text2html(text) + "</div>")
    pdf = make_pdf(["Jordan Youth Network for Refugee Education (JYNRE)", "Voluntary GCM Review Report 2021",
                    "Access to secondary and higher education for refugee and migrant youth"])
    docx = make_docx(["Cover letter", "To the GCM Regional Review Secretariat",
                      "The Board of JYNRE is pleased to submit the attached voluntary report."])
    f1 = "JYNRE_Voluntary_GCM_Review_Report.pdf"
    f2 = "Cover letter - JYNRE.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_AS8P190MB1267D4E5F6A7B8C9AS8P190MB1267EURP_"),
                           attach(DOCX, docx, f2), attach("application/pdf", pdf, f1)],
                 "_004_AS8P190MB1267D4E5F6A7B8C9AS8P190MB1267EURP_")
    m = mk(when, sent, "mail-as8p190.outbound.protection.example.com", "40.107.21.63", "4DbpN45cWrz7",
           "Omar Batayneh <o.batayneh@jynre.example.org>", "JYNRE - Voluntary GCM Review Report", M19_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"),
                  ("X-MS-Exchange-Organization-SCL", "1")])
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1],
        notes="two attachments: the report PDF and a signed cover letter DOCX (listed first), which is not part "
              "of the report; revised later (h154-24)."))


# ================================================================ 20 other, did-you-receive follow-up to 16 (fr)
def m20():
    when = at("2021-02-12 14:15:39")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """Bonjour,

Sauf erreur de ma part, nous n'avons pas reçu d'accusé de réception pour notre rapport envoyé mercredi. Pourriez-vous nous confirmer qu'il vous est bien parvenu ?

Merci d'avance,
Mehdi Boukili
RCCJO

De : Mehdi Boukili <rccjo.oriental@outlook.example.fr>
Envoyé : mercredi 10 février 2021 09:20
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire RCCJO - Examen régional PMM

Madame, Monsieur,

Veuillez trouver en pièce jointe le rapport volontaire du Réseau des conseils communaux de jeunes de l'Oriental (RCCJO) dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Cordialement,

Mehdi Boukili
Coordinateur régional
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_PR2P264MB04713C4D5E6F7A8BPR2P264MB0471FRAP_")
    m = mk(when, sent, "mail-pr2fra01.outbound.protection.example.com", "40.107.12.134", "4Dbx0T2pJnz9",
           "Mehdi Boukili <rccjo.oriental@outlook.example.fr>",
           hdr("TR: Rapport volontaire RCCJO - Examen régional PMM", enc="Q"),
           "<PR2P264MB04713C4D5E6F7A8B@PR2P264MB0471.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("References", M16_ID), ("Content-Language", "fr-FR")])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h154-16.eml",
        notes="'did you receive it?' follow-up to h154-16, sent as a forward ('TR:') of the original without the "
              "attachment; Outlook French quote header (not '>'-prefixed) with the report wording: not a new "
              "submission. References set, no In-Reply-To."))


# ================================================================ 21 report in body, windows-1256 plain text (ar)
def m21():
    when = at("2021-02-14 20:10:52")
    sent = tz(when - dt.timedelta(seconds=12), 0)
    text = """بسم الله الرحمن الرحيم

إلى: أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية
الموضوع: التقرير الطوعي لمبادرة "قسم لكل طفل" - نواكشوط

لم نتمكن من إرفاق ملف بسبب ضعف الاتصال، لذا نورد التقرير في متن الرسالة:

أولاً: التعريف بالمبادرة
مبادرة تطوعية أسسها معلمون ومعلمات سنة 2018 لتعليم أطفال المهاجرين من مالي والسنغال وغينيا في أحياء الميناء والسبخة، وتضم اليوم 23 معلماً متطوعاً و410 تلاميذ.

ثانياً: أبرز التحديات
1- عدم قبول الأطفال في المدارس العمومية لغياب شهادات الميلاد.
2- حاجز اللغة (العربية والفرنسية) لدى الأطفال الناطقين بالبمبارا والبولارية.
3- تسرّب الفتيات بعد سن الثانية عشرة.
4- عمل الأطفال في الصيد التقليدي.

ثالثاً: الصلة بالاتفاق العالمي
الأهداف 7 و15 و16 من الاتفاق العالمي.

رابعاً: التوصيات
1- اعتماد شهادة مدرسية مؤقتة تسمح بالتسجيل دون وثائق.
2- دعم فصول تقوية لغوية داخل المدارس العمومية.
3- إشراك المعلمين المتطوعين في برامج التكوين الرسمية.

والسلام عليكم ورحمة الله
محمد الأمين ولد سيدي
منسق المبادرة
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    m = mk(when, sent, "smtp.mauritel.example.mr", "41.188.64.20", "4DcsY81mVdz0",
           addr("محمد الأمين ولد سيدي", "qism.likulli.tifl@mauritel.example.mr", "windows-1256"),
           hdr("التقرير الطوعي - مبادرة قسم لكل طفل", "windows-1256"),
           "<001a01d7030e$5b2c1d80$113e5880$@mauritel.example.mr>", body,
           extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="report in the body (headed sections, numbered lists), no attachment; windows-1256 plain text from "
              "Windows Live Mail; Date in +0000 (Nouakchott); teachers' volunteer initiative."))


# ================================================================ 22 both, report + late child speaker, no role (fr)
def m22():
    when = at("2021-02-15 11:50:14")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonjour à toute l'équipe,

Vous trouverez ci-joint la contribution du Conseil consultatif des jeunes migrants de Sousse (CCJMS) à l'Examen régional : c'est notre rapport volontaire, écrit par les jeunes eux-mêmes avec l'appui de deux animatrices.

Les jeunes aimeraient aussi beaucoup que l'un d'entre eux, Moussa Camara (17 ans, membre du bureau du CCJMS), puisse prendre la parole pendant la conférence. Nous savons que la date est passée, mais si une place se libère...

Merci pour cette belle initiative !

Clémence Ayari
Animatrice jeunesse
CCJMS – Sousse
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    docx = make_docx(["Conseil consultatif des jeunes migrants de Sousse (CCJMS)",
                      "Rapport volontaire - Examen regional du PMM 2021", "Ecrit par les jeunes du CCJMS"])
    fname = "Rapport CCJMS.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "0000000000008b1c5f05bb5e3a20"),
                           attach(DOCX, docx, fname)], "0000000000008b1c6105bb5e3a22")
    m = mk(when, sent, "mail-wm1-f53.google.example.com", "209.85.128.53", "4Dd6Hp3wQmz5",
           addr("Clémence Ayari", "ccjms.sousse@gmail.example.com", enc="Q"),
           "Contribution CCJMS", "<CAG8nLq1Xw4Rz7Ty0Uv3Mp6Ks9Bd2Fh5Jc8Ne1P@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Moussa Camara", "membre du bureau",
           "Conseil consultatif des jeunes migrants de Sousse (CCJMS)", [])],
        report_attachments=[fname],
        notes="both on 15 Feb: report on time, speaker part late (the sender says so), hence on_time false; the "
              "speaker is a 17-year-old; no session stated ('pendant la conférence'), so roles empty; the report is "
              "called a 'contribution' in the subject; the sender (youth worker) is not the speaker."))


# ================================================================ 23 report DOCX, edge on time, RFC 2231 continuations (fr)
def m23():
    when = at("2021-02-16 23:47:10")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Bonsoir,

Ci-joint, juste à temps je l'espère, le rapport volontaire du Collectif algérien pour l'enfance en mobilité (CAEM), qui regroupe six associations d'Oran, Tamanrasset et Alger travaillant avec des enfants migrants.

Bonne soirée,

Yasmine Hadj-Ali
Chargée de plaidoyer, CAEM
"""
    docx = make_docx(["Collectif algerien pour l'enfance en mobilite (CAEM)",
                      "Rapport volontaire - Examen regional du PMM 2021"])
    fname = "Rapport volontaire – Collectif algérien pour l'enfance en mobilité (CAEM) – Examen régional PMM 2021.docx"
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp="attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname)))
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]), att],
                 "------------8E1F0A3B6C2D4E5F7A9B0C1D")
    m = mk(when, sent, "smtp.djaweb.example.dz", "41.111.190.7", "4DdxC52rLtz1",
           "Yasmine Hadj-Ali <caem.plaidoyer@djaweb.example.dz>", "Rapport volontaire CAEM",
           "<f1d0c3b2-8a7e-4c69-95b4-3e2d1c0b9a87@djaweb.example.dz>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "fr")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: 23:47 Beirut on 16 Feb (22:47 +0100 in the Date header), on time; long DOCX name with "
              "accents and en dashes in RFC 2231 continuations (filename*0*, filename*1*...); collective of six "
              "associations."))


# ================================================================ 24 revised report, late, thread of 19 (en)
def m24():
    when = at("2021-02-17 09:20:31")
    sent = when - dt.timedelta(seconds=6)
    text = """Dear Sir/Madam,

Apologies - we found an error in the figures of section 3 (the number of Sudanese students was double-counted). Please find attached a corrected version (v2) that replaces the report we sent on 12 February. The cover letter is unchanged.

Kind regards,
Omar Batayneh
JYNRE

________________________________
From: Omar Batayneh <o.batayneh@jynre.example.org>
Sent: Friday, February 12, 2021 8:30 AM
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Subject: JYNRE - Voluntary GCM Review Report

Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Jordan Youth Network for Refugee Education (JYNRE), together with a cover letter signed by our Board.
"""
    html = html_wrap('<div style="font-family:Segoe UI,sans-serif;font-size:10pt">' + text2html(text) + "</div>")
    pdf = make_pdf(["Jordan Youth Network for Refugee Education (JYNRE)", "Voluntary GCM Review Report 2021 - v2",
                    "Corrected figures in section 3"])
    fname = "JYNRE_Voluntary_GCM_Review_Report_v2.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_AS8P190MB1267E5F6A7B8C9D0AS8P190MB1267EURP_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_AS8P190MB1267E5F6A7B8C9D0AS8P190MB1267EURP_")
    m = mk(when, sent, "mail-as8p190.outbound.protection.example.com", "40.107.21.66", "4DfHk08sPbz3",
           "Omar Batayneh <o.batayneh@jynre.example.org>", "RE: JYNRE - Voluntary GCM Review Report - CORRECTED v2",
           "<AS8P190MB1267E5F6A7B8C9D0@AS8P190MB1267.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("In-Reply-To", M19_ID), ("References", M19_ID)])
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        thread_of="h154-19.eml", report_attachments=[fname],
        notes="revised report (v2) replacing h154-19 (In-Reply-To set), received after the report deadline although "
              "the original was on time; the cover letter is mentioned but not re-sent."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
