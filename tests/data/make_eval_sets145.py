#!/usr/bin/env python3
"""Write the blind evaluation set holdout145 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets145.py
Theme: search and rescue at sea, Red Crescent / Red Cross national societies, civil protection, and families of
missing and dead migrants (Libya, Tunisia, Lebanon, Morocco, Algeria, Mauritania).
"""
import datetime as dt
import quopri
from email.message import Message

from mailgen import EvalSet, DOCX, POL, addr, at, attach, esc, flowed, hdr, html_wrap, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz

SET = EvalSet(145)
add = SET.add


INV_EN = "<INV-2021-01-26-EN.0001@gcmrrarabstates.iom.int>"
INV_AR = "<INV-2021-01-26-AR.0001@gcmrrarabstates.iom.int>"
INV_FR = "<INV-2021-01-26-FR.0001@gcmrrarabstates.iom.int>"
INV_SUBJ_EN = "Invitation - Regional Review of the Global Compact for Migration in the Arab Region"



# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 09:41:12")
    sent = when - dt.timedelta(seconds=3)
    text = """السلام عليكم،

شكراً لرسالتكم. أنا حالياً في مهمة ميدانية مع فرق الاستجابة على الساحل الغربي (زوارة - صبراتة) حتى 3 فبراير 2021،
والتغطية الهاتفية والإنترنت محدودة جداً.

للمسائل العاجلة المتعلقة بعمليات انتشال الجثامين أو إعادة الروابط العائلية يرجى التواصل مع غرفة العمليات:
ops@lrc-tripoli.example.ly

وللمراسلات الرسمية: info@lrc-tripoli.example.ly

مع التحية،
نوري الزنتاني
الهلال الأحمر الليبي - فرع طرابلس
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.lrc-tripoli.example.ly", "41.254.19.66", "4DQh1y3Rkqz8Mn",
                    addr("نوري الزنتاني", "n.zintani@lrc-tripoli.example.ly"),
                    re_hdr("", "رد تلقائي: " + INV_SUBJ_EN),
                    rfcdate(sent), "<20210127074109.AUTO.55c1@mail.lrc-tripoli.example.ly>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("In-Reply-To", INV_AR))
    rows.append(("References", INV_AR))
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic out-of-office reply from a Red Crescent branch to the invitation mailing (Auto-Submitted: "
              "auto-replied, X-Autoreply, null Return-Path); mentions body recovery and family links and two "
              "addresses: nothing is submitted."))


def m02():
    when = at("2021-01-28 16:05:40")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """Dear colleagues,

Thank you for the invitation, which was forwarded to us by a partner in Tunis.

We are a civil search and rescue organisation operating a rescue vessel in the central Mediterranean (mostly in the Libyan and Maltese SAR zones). Before we decide how to contribute, two practical questions:

1) Our organisation is registered in Italy, not in an Arab State, although most of our operations concern departures from Libya and Tunisia. Are we eligible to send a voluntary report and/or to request a speaking slot?

2) Our next rotation is planned from 20 February to 6 March. If one of our crew members took part, could the intervention be made remotely from the ship (satellite connection, sometimes unstable), or does it have to be from a fixed location?

Thank you in advance for your guidance.

Kind regards,
Giulia

--
Giulia Ferraro
Advocacy & Policy Officer
Mare Aperto Search and Rescue (MASAR)
www.masar-rescue.example.org
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000a7c1de05b9f9e211")
    m = mk(when, sent, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DRY5x0fL2z1",
           "Giulia Ferraro <giulia.ferraro@masar-rescue.example.org>",
           "Eligibility question (SAR NGO registered outside the region) + remote participation",
           "<CAD8rTq2mL9xW0pZ4vNc7HkE3sJb1YfG6uR5oAi@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="eligibility and logistics questions from a SAR NGO; mentions 'voluntary report' and 'speaking slot' "
              "as things it might do later: nothing is submitted; the signature's name/title are not a speaker."))


def m03():
    when = at("2021-01-29 11:22:09")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

Faisant suite à votre aimable invitation à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, le Croissant-Rouge Tunisien a l'honneur de vous communiquer ci-après les noms des intervenants proposés :

1/ Dr Hichem Ben Amor
   Secrétaire général adjoint, Croissant-Rouge Tunisien (CRT)
   Intervention souhaitée : séance plénière

2/ Mme Amel Jlassi
   Coordinatrice du programme Rétablissement des liens familiaux (RLF)
   Comité régional de Médenine du Croissant-Rouge Tunisien
   Intervention souhaitée : table ronde thématique n°2

Nos équipes de Zarzis et de Médenine interviennent depuis 2011 dans le sauvetage, l'accueil des rescapés et l'inhumation digne des personnes décédées en mer ; elles pourront apporter un témoignage de terrain.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Sonia Trabelsi
Chargée de communication
Direction de la Communication et des Relations Extérieures
Croissant-Rouge Tunisien
19, rue d'Angleterre - 1000 Tunis
Tél. : +216 71 000 000
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=iso-8859-1"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="FR"><div class="WordSection1">'
            + "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l).replace("   ", "&nbsp;&nbsp;&nbsp;")
                                                                if l.strip() else "&nbsp;")
                      for l in text.split("\n")) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
                 "----=_NextPart_000_0017_01D6F63C.2B9A7E40")
    m = mk(when, sent, "smtp.crt-tn.example.tn", "197.14.56.20", "4DRz7T3bW1z5",
           addr("Sonia Trabelsi - CRT", "communication@crt-tn.example.tn", "iso-8859-1", "Q"),
           hdr("Examen régional du PMM - intervenants proposés par le Croissant-Rouge Tunisien", "iso-8859-1", "Q"),
           "<002101d6f63c$2b9a7e40$82cf7ac0$@crt-tn.example.tn>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr"),
                  ("Thread-Index", "AdbvNjxRc2VuZFRyYWJlbHNpQ1JUdG4=")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hichem Ben Amor", "Secrétaire général adjoint", "Croissant-Rouge Tunisien (CRT)", ["plenary"]),
        sp("Amel Jlassi", "Coordinatrice du programme Rétablissement des liens familiaux (RLF)",
           "Comité régional de Médenine du Croissant-Rouge Tunisien", ["roundtable"], 2)],
        notes="two speakers in a numbered list ('1/', '2/') after honorifics (Dr, Mme, dropped); the first has title "
              "and organisation on one comma-separated line, the second on two lines with the regional branch as "
              "affiliation; the sender (communication officer, signature) is not a speaker. ISO-8859-1 Outlook."))


M04_ID = "<CAGv3nP8sK1dR7yT0wXq5Lm2HbZ9eJf4uC6aQo@mail.gmail.example.com>"


def m04():
    when = at("2021-02-01 21:47:30")
    sent = when - dt.timedelta(seconds=4)
    text = """مرحبا،

وصلتني الدعوة من الزملاء بالمكتب. حابة سجل اسمي للمشاركة بالنقاش المفتوح تبع المشاورة يوم 23 شباط، لأنو نحنا عم نشتغل من سنتين على ملف العائلات يلي خسرت ولادها بالمراكب يلي طلعت من طرابلس والمنية، وعنا كتير شغلات بدنا نحكيها عن التعرف على الجثث وإعادة الروابط العائلية.

إذا في شي لازم عبيه قولولي.

شكراً كتير

ريما حداد
منسقة برنامج إعادة الروابط العائلية
الصليب الأحمر اللبناني

أُرسلت من الـ iPhone الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-pj1-f45.google.example.com", "209.85.216.45", "4DV1bK6rQmz9",
           addr("Rima Haddad", "rima.haddad.lrc@gmail.example.com"),
           re_hdr("", "مشاركة بالنقاش المفتوح"), M04_ID, body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريما حداد", "منسقة برنامج إعادة الروابط العائلية", "الصليب الأحمر اللبناني", ["open_discussion"])],
        notes="Lebanese dialect ('حابة سجل اسمي', 'شباط'); self-nomination, name/title/affiliation only in the "
              "signature; English display name, Arabic body (acknowledge in Arabic); later replaced by a colleague."))


M05_ID = "<a3f9e1c2-7d44-4b0e-9c61-2f8d5e0b7a19@cmdh.example.org>"


def m05():
    when = at("2021-02-02 13:18:05")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    inner = """<div style="font-family: Arial, sans-serif; font-size: 14px;">
<p>Dear GCM Regional Review team,</p>
<p>I am writing on behalf of the <b>Central Mediterranean Distress Hotline (CMDH)</b>, a volunteer-run hotline that receives calls from boats in distress departing from Libya and Tunisia and alerts the competent rescue coordination centres.</p>
<p>We would like to propose the following person for the <b>rapporteur</b> role, delivering the stakeholders' key messages:</p>
<table border="1" cellpadding="4" style="border-collapse: collapse;">
<tr><td><b>Name</b></td><td>Sara Bouzid</td></tr>
<tr><td><b>Title</b></td><td>Shift Coordinator</td></tr>
<tr><td><b>Organization</b></td><td>Central Mediterranean Distress Hotline (CMDH)</td></tr>
</table>
<p>Sara has coordinated more than 400 distress alerts since 2018 and speaks Arabic, French and English.</p>
<p>Thank you for considering this request, and for giving space to the voices of people at sea.</p>
<p>Warm regards,<br>
Jonas Meyer<br>
<span style="color:#888888;">Communications volunteer &ndash; CMDH</span></p>
</div>"""
    body = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    m = mk(when, sent, "mail.protonmail.example.ch", "185.70.40.141", "4DVZ3k1sN8z4",
           "CMDH Hotline <contact@cmdh.example.org>", "Rapporteur proposal - CMDH", M05_ID, body,
           extra=[("X-Pm-Origin", "internal")])
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Sara Bouzid", "Shift Coordinator", "Central Mediterranean Distress Hotline (CMDH)", ["rapporteur"])],
        notes="HTML-only; speaker in an HTML table labelled Name/Title/Organization; sent on behalf of the hotline "
              "by a volunteer who signs (not the speaker); From display name is the organisation's shared box."))


M06_ID = "<CAMk4Lr7tQ2vX9nE0pZ3bYh8Wc5sJd1uF6gRa@mail.gmail.example.com>"


def m06():
    when = at("2021-02-03 10:14:05")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour,

Je vous écris au nom de Mme Fatma Karoui, présidente de l'Association Tunisienne des Familles de Disparus en Mer (ATFDM), qui n'est pas très à l'aise avec l'informatique. Je suis bénévole à l'association.

1. Vous trouverez ci-joint notre rapport volontaire pour l'examen régional du Pacte mondial. Il a été rédigé avec une trentaine de familles de Zarzis, Sfax et Mahdia dont les enfants ont disparu en mer entre 2011 et 2020.

2. Mme Karoui souhaite aussi prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février, pour porter la voix des mères. Elle est présidente de l'ATFDM depuis 2014 et a elle-même perdu son fils en 2011.

Merci de répondre directement à Mme Karoui (adresse en copie / réponse), je ne suis pas toujours disponible.

Bien cordialement,
Yassine Hamdi
Bénévole - ATFDM
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    docx = make_docx(["Association Tunisienne des Familles de Disparus en Mer (ATFDM)",
                      "Rapport volontaire - Examen régional du Pacte mondial sur les migrations (région arabe)",
                      "1. Contexte : les disparitions en mer depuis 2011",
                      "2. Le droit des familles à la vérité : identification, ADN, restitution des corps",
                      "3. Recommandations (Objectif 8 du PMM)"])
    fname = "Rapport_ATFDM_PMM_2021.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "0000000000003c0e2f05ba6b7c10"),
                           attach(DOCX, docx, fname)], "0000000000003c0e3105ba6b7c12")
    m = mk(when, sent, "mail-ed1-f49.google.example.com", "209.85.208.49", "4DW3qR5yHkz2",
           "Yassine Hamdi <yassine.hamdi92@gmail.example.com>",
           "Rapport volontaire ATFDM + demande de prise de parole", M06_ID, body,
           extra=[("Reply-To", "Fatma Karoui <fatma.karoui@planet-tn.example.tn>")],
           cc="fatma.karoui@planet-tn.example.tn")
    add(6, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Fatma Karoui", "Présidente", "Association Tunisienne des Familles de Disparus en Mer (ATFDM)",
                     ["open_discussion"])],
        report_attachments=[fname],
        notes="both, on time; written by a volunteer on behalf of the president (the speaker, described in prose "
              "with 'Mme'); Reply-To and Cc point to the president's address, which does not exist (the "
              "acknowledgement bounces, see the next message)."))


def m07():
    when = at("2021-02-03 10:16:52")
    d = when.astimezone(dt.timezone(dt.timedelta(hours=1)))
    text = """Ceci est le système de messagerie de planet-tn.example.tn.

Votre message n'a pu être délivré à un ou plusieurs destinataires.
Il s'agit d'une erreur permanente. Les adresses suivantes ont échoué :

  <fatma.karoui@planet-tn.example.tn> : adresse inconnue
    550 5.1.1 <fatma.karoui@planet-tn.example.tn>: Recipient address rejected: User unknown in virtual mailbox table

Merci de vérifier l'adresse du destinataire.
"""
    dsn = ("Reporting-MTA: dns; mx1.planet-tn.example.tn\n"
           "X-Postfix-Queue-ID: 4DW3tL0Qm7z3\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; fatma.karoui@planet-tn.example.tn\n"
           "Original-Recipient: rfc822;fatma.karoui@planet-tn.example.tn\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mbox.planet-tn.example.tn\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <fatma.karoui@planet-tn.example.tn>: Recipient address rejected: "
           "User unknown in virtual mailbox table\n" % rfcdate(d))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Fatma Karoui <fatma.karoui@planet-tn.example.tn>\n"
            "Cc: yassine.hamdi92@gmail.example.com\n"
            "Subject: =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception_-_Rapport_volontaire_ATFDM_+_demande_de_prise_de_parole?=\n"
            "Date: %s\n"
            "Message-ID: <ACK-20210203-0061.fr@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=50)), M06_ID))
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p1 = leaf("text/plain", text, "utf-8", "quoted-printable", extra=[("Content-Description", "Notification")])
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4DW3tL0Qm7z3.1612343812/mx1.planet-tn.example.tn",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = std_rows(when, "mx1.planet-tn.example.tn", "193.95.66.10", "4DW3tQ2vBbz1",
                    "MAILER-DAEMON@mx1.planet-tn.example.tn (Mail Delivery System)",
                    hdr("Non délivré : Accusé de réception - Rapport volontaire ATFDM", enc="Q"), rfcdate(d),
                    "<20210203091652.4DW3tL0Qm7z3@mx1.planet-tn.example.tn>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(7, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (multipart/report, delivery-status, 5.1.1) for the acknowledgement of "
              "h145-06 sent to its Reply-To address; the returned headers quote the report subject; never "
              "acknowledge, and it is not a new submission."))


M08_ID = "<000b01d6fa51$8c2e4f70$a48aee50$@cra-annaba.example.dz>"


def m08():
    when = at("2021-02-03 19:36:44")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = """السيدات والسادة المحترمون،
شبكة الأمم المتحدة الإقليمية للهجرة - المنطقة العربية

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يتشرف الهلال الأحمر الجزائري بإفادتكم بأسماء المتدخلين المقترحين، وفق الاستمارة أدناه:

--------------------------------------------------
المتدخل الأول
الاسم واللقب: كمال بوزيد
الصفة: رئيس اللجنة الولائية لعنابة
الهيئة: الهلال الأحمر الجزائري
نوع المشاركة: مداخلة في المائدة المستديرة الموضوعاتية الرابعة
--------------------------------------------------
المتدخلة الثانية
الاسم واللقب: سعاد مزياني
الصفة: مكلفة بملف الهجرة وإعادة الروابط العائلية
الهيئة: الهلال الأحمر الجزائري - المكتب الوطني
نوع المشاركة: مداخلة في الجلسة العامة
--------------------------------------------------

وتجدر الإشارة إلى أن متطوعي اللجنة الولائية لعنابة يشاركون منذ سنوات في عمليات البحث والإنقاذ بالتنسيق مع الحماية المدنية وحرس السواحل، وفي التكفل بعائلات "الحراقة" المفقودين.

وتقبلوا فائق الاحترام والتقدير.

عن الأمين العام
مصطفى حمداني
مكتب العلاقات الخارجية
الهلال الأحمر الجزائري
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            '</head><body lang="AR-DZ" dir="rtl"><div class="WordSection1">'
            + "".join('<p class="MsoNormal" dir="rtl">%s</p>' % (esc(l) if l.strip() else "&nbsp;")
                      for l in text.split("\n")) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_000C_01D6FA62.4DB73570")
    m = mk(when, sent, "mail.cra-annaba.example.dz", "105.96.12.77", "4DWK8c6fPtz7",
           addr("الهلال الأحمر الجزائري", "relations.ext@cra-annaba.example.dz", "windows-1256"),
           hdr("المراجعة الإقليمية للاتفاق العالمي للهجرة - أسماء المتدخلين", "windows-1256"), M08_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-dz")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("كمال بوزيد", "رئيس اللجنة الولائية لعنابة", "الهلال الأحمر الجزائري", ["roundtable"], 4),
        sp("سعاد مزياني", "مكلفة بملف الهجرة وإعادة الروابط العائلية", "الهلال الأحمر الجزائري - المكتب الوطني",
           ["plenary"])],
        notes="formal Maghrebi Arabic, windows-1256 Outlook; two speakers in a pasted form with labels 'الاسم واللقب' "
              "/ 'الصفة' / 'الهيئة' / 'نوع المشاركة'; roundtable as an ordinal word ('الرابعة'); 'المائدة المستديرة' "
              "and 'الجلسة العامة' wording; signed 'عن الأمين العام' by an external-relations officer (not a speaker)."))


def m09():
    when = at("2021-02-04 08:52:17")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    ack = "<ACK-20210202-0044.en@gcmrrarabstates.iom.int>"
    inner = """<div style="font-family: Arial, sans-serif; font-size: 14px;">
<p>Great, thanks a lot for the quick confirmation! Sara is looking forward to it.</p>
<p>Best,<br>Jonas</p>
</div>
<div class="protonmail_quote">
------- Original Message -------<br>
On Tuesday, February 2nd, 2021 at 12:19 PM, GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt; wrote:<br>
<blockquote class="protonmail_quote" type="cite">
<p>Dear Jonas Meyer,</p>
<p>Thank you for your message &quot;Rapporteur proposal - CMDH&quot;, received on 2 February 2021. We have registered the
following speaking-role request: Sara Bouzid (Shift Coordinator, Central Mediterranean Distress Hotline (CMDH)) -
rapporteur.</p>
<p>The secretariat will confirm the programme in due course.</p>
<p>Regional UN Network on Migration for the Arab Region<br>gcmrrarabstates@iom.int</p>
</blockquote>
</div>"""
    body = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    m = mk(when, sent, "mail.protonmail.example.ch", "185.70.40.133", "4DWg0m2xTfz6",
           "CMDH Hotline <contact@cmdh.example.org>", "Re: Acknowledgement of receipt - Rapporteur proposal - CMDH",
           "<7c0b2e91-3a5f-4d18-b6e4-91a0c3d5f2e8@cmdh.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", "%s %s" % (M05_ID, ack))])
    add(9, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h145-05.eml",
        notes="thank-you reply to our acknowledgement of h145-05 that adds nothing new: do not acknowledge "
              "(loop risk). The quoted acknowledgement repeats the speaker's name, title and role, which must not "
              "create a new speaker request. HTML-only."))


def m10():
    when = at("2021-02-05 09:31:26")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Dear Sir/Madam,

Please find below our speaker nominations for the Regional Review, using the fields from your invitation.

Speaker name: Dr. Yousra Mejri
Position: Forensic Anthropologist, Head of the Identification Unit
Organisation: Forensic Identification Network for Missing Migrants - MENA (FINMM-MENA)
Session: Thematic roundtable 3 (or 2 if 3 is full)

In addition, our colleague Mehdi Saadi, from our Tripoli office, would like to take part in the open discussion of the multi-stakeholder consultation on 23 February.

FINMM-MENA supports medico-legal institutions in Libya and Tunisia with the recovery, documentation and identification of the remains of migrants who died at sea, and accompanies families in their search.

Best regards,

Claire Dumont
Programme Assistant | FINMM-MENA
Tunis, Tunisia
________________________________
This email and any attachments are confidential and may contain personal data of missing persons and their families. If you received it in error please delete it and notify the sender.
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.74", "4DXBk43Pv1z8",
           "Claire Dumont <c.dumont@finmm-mena.example.org>", "Speaker nominations - FINMM-MENA",
           "<AM6PR02MB4471C3A9E0F2B6D18A5C7E11AM6PR02MB4471@AM6PR02MB4471.eurprd02.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Yousra Mejri", "Forensic Anthropologist, Head of the Identification Unit",
           "Forensic Identification Network for Missing Migrants - MENA (FINMM-MENA)", ["roundtable"], 3),
        sp("Mehdi Saadi", None, "Forensic Identification Network for Missing Migrants - MENA (FINMM-MENA)",
           ["open_discussion"])],
        notes="two speakers: the first in labelled lines ('Speaker name' / 'Position' / 'Organisation' / "
              "'Session'), 'Dr.' dropped, roundtable 3 with 2 as fallback (first choice recorded); the second in "
              "prose with no title (null) and only 'our colleague' for the affiliation (the sender's organisation); "
              "the sender (programme assistant) is not a speaker; confidentiality footer."))


def m11():
    when = at("2021-02-05 16:05:48")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """السلام عليكم ورحمة الله،

تحية طيبة من الناظور.

نرسل لكم رفقته التقرير الطوعي لجمعية أسر المفقودين في البحر بالناظور حول تنفيذ الاتفاق العالمي للهجرة، وخاصة الهدف الثامن المتعلق بإنقاذ الأرواح والبحث عن المهاجرين المفقودين. التقرير مبني على شهادات 47 أسرة من الناظور والدريوش والحسيمة.

كما نطلب تسجيل رئيس الجمعية للمشاركة في المائدة المستديرة الثانية:
- الاسم: محمد أمين الطاهري
- الصفة: رئيس الجمعية
- الجمعية: جمعية أسر المفقودين في البحر بالناظور

ونتمنى أن يكون صوت الأمهات والآباء حاضراً في هذا اللقاء.

مع فائق التقدير،
خديجة العمراني
الكاتبة العامة للجمعية
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    pdf = make_pdf(["Association des familles des disparus en mer - Nador",
                    "Rapport volontaire sur la mise en oeuvre du PMM (Objectif 8)", "Fevrier 2021"])
    fname = "AFDM_Nador_rapport_PMM_2021.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                                 leaf("text/html", html, "utf-8", "base64")],
                                 "000000000000f1a26905ba9d4e3c"),
                           attach("application/pdf", pdf, fname)], "000000000000f1a26b05ba9d4e3e")
    m = mk(when, sent, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DXQ2n7LhVz5",
           addr("Khadija El Amrani", "afdm.nador@gmail.example.com"),
           re_hdr("", "التقرير الطوعي + طلب مداخلة - جمعية أسر المفقودين في البحر"),
           "<CAJ5bH2kR8tN0xV3mQ7wLp9Ez4sYc1dG6fUa@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("محمد أمين الطاهري", "رئيس الجمعية", "جمعية أسر المفقودين في البحر بالناظور", ["roundtable"], 2)],
        report_attachments=[fname],
        notes="both, on time (5 February, the speaker deadline day); Moroccan association; PDF with a French file "
              "name; speaker in a dashed labelled list, roundtable as an ordinal word ('الثانية'); the signer "
              "(secretary-general of the association) is not the speaker; Latin display name."))


def m12():
    when = at("2021-02-05 22:40:10")
    sent = when - dt.timedelta(seconds=3)
    text = """مرحبا مجدداً،

للأسف ما رح قدر شارك يوم 23 شباط لأنو عندي تدريب بالشمال بنفس اليوم. منطلب تسجيل زميلي إيلي خوري مكاني بالنقاش المفتوح، هو مسؤول وحدة الإنقاذ المائي بالصليب الأحمر اللبناني وكان مع الفرق يلي انتشلت الضحايا بعد غرق مركب طرابلس.

شكراً وعذراً عالتعديل

ريما

أُرسلت من الـ iPhone الخاص بي

> في 1 شباط 2021، الساعة 9:47 م، كتبت Rima Haddad <rima.haddad.lrc@gmail.example.com>:
>
> مرحبا،
>
> وصلتني الدعوة من الزملاء بالمكتب. حابة سجل اسمي للمشاركة بالنقاش المفتوح تبع المشاورة يوم 23 شباط، لأنو نحنا عم نشتغل من سنتين على ملف العائلات يلي خسرت ولادها بالمراكب يلي طلعت من طرابلس والمنية.
>
> ريما حداد
> منسقة برنامج إعادة الروابط العائلية
> الصليب الأحمر اللبناني
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-pl1-f41.google.example.com", "209.85.214.41", "4DXb9w0KcTz2",
           addr("Rima Haddad", "rima.haddad.lrc@gmail.example.com"),
           re_hdr("Re: ", "مشاركة بالنقاش المفتوح"),
           "<CAGv3nP9tL2eS8zU1yXr6Mn3IcA0fKg5vD7bRp@mail.gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)"), ("In-Reply-To", M04_ID), ("References", M04_ID)])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("إيلي خوري", "مسؤول وحدة الإنقاذ المائي", "الصليب الأحمر اللبناني", ["open_discussion"])],
        thread_of="h145-04.eml",
        notes="replaces the speaker of h145-04 (In-Reply-To set, on time at 22:40 on 5 February); the new speaker is "
              "described in dialect prose; the quoted original still holds the old speaker's signature, which "
              "must not be recorded again."))


def m13():
    when = at("2021-02-06 00:10:04")
    sent = tz(when - dt.timedelta(seconds=6), 0)
    text = """Bonsoir,

Suite à votre invitation, le Croissant-Rouge Mauritanien souhaite proposer son Secrétaire Général, M. Ahmedou Ould Sidi, pour une intervention lors des séances plénières de la conférence régionale des 24 et 25 février.

Notre comité de Nouadhibou est en première ligne pour l'accueil des rescapés et la prise en charge des corps rejetés sur les côtes.

Cordialement,
Mariem Mint Ahmed
Point focal migration, CRM

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "smtp.mauritel-mail.example.mr", "41.188.66.35", "4DXfN24Qdhz9",
           "Mariem Mint Ahmed <mariem.ahmed@crm-mr.example.mr>", "Participation CRM - examen régional PMM",
           "<4C1E7A2B-93D0-4F5E-8B21-6A0D9C3E7F14@crm-mr.example.mr>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Ahmedou Ould Sidi", "Secrétaire Général", "Croissant-Rouge Mauritanien", ["plenary"])],
        notes="deadline edge: Date 'Fri, 5 Feb 2021 22:09:58 +0000' (Nouakchott) looks like the deadline day, but it "
              "was received at 00:10 on 6 February Beirut time: LATE. Speaker in prose ('son Secrétaire Général, "
              "M. ...'); the sender (focal point, acronym CRM in the signature) is not the speaker; iPhone."))


def m14():
    when = at("2021-02-07 11:02:37")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    new = """السادة المحترمون،

تحية طيبة،

نرجو منكم التكرم بتأكيد استلام رسالتنا المؤرخة في 03 فبراير 2021 بخصوص أسماء متدخلي الهلال الأحمر الجزائري، إذ لم يصلنا أي رد إلى غاية اليوم، وربما وصل ردكم إلى البريد غير المرغوب فيه.

كما نود الاستفسار عما إذا كانت المداخلات ستكون حضورياً أم عبر تقنية التحاضر المرئي، وعن المدة المخصصة لكل مداخلة.

مع فائق الاحترام.

مصطفى حمداني
مكتب العلاقات الخارجية
الهلال الأحمر الجزائري
"""
    quoted_hdr = """
________________________________
من: الهلال الأحمر الجزائري <relations.ext@cra-annaba.example.dz>
تاريخ الإرسال: الأربعاء 03 فبراير 2021 18:36
إلى: gcmrrarabstates@iom.int
الموضوع: المراجعة الإقليمية للاتفاق العالمي للهجرة - أسماء المتدخلين

"""
    old = """السيدات والسادة المحترمون،
شبكة الأمم المتحدة الإقليمية للهجرة - المنطقة العربية

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يتشرف الهلال الأحمر الجزائري بإفادتكم بأسماء المتدخلين المقترحين، وفق الاستمارة أدناه:

--------------------------------------------------
المتدخل الأول
الاسم واللقب: كمال بوزيد
الصفة: رئيس اللجنة الولائية لعنابة
الهيئة: الهلال الأحمر الجزائري
نوع المشاركة: مداخلة في المائدة المستديرة الموضوعاتية الرابعة
--------------------------------------------------
المتدخلة الثانية
الاسم واللقب: سعاد مزياني
الصفة: مكلفة بملف الهجرة وإعادة الروابط العائلية
الهيئة: الهلال الأحمر الجزائري - المكتب الوطني
نوع المشاركة: مداخلة في الجلسة العامة
--------------------------------------------------

وتقبلوا فائق الاحترام والتقدير.
"""
    text = new + quoted_hdr + old
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            '</head><body lang="AR-DZ" dir="rtl"><div class="WordSection1">'
            + "".join('<p class="MsoNormal" dir="rtl">%s</p>' % (esc(l) if l.strip() else "&nbsp;")
                      for l in new.split("\n"))
            + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            + "".join('<p class="MsoNormal" dir="rtl">%s</p>' % (esc(l) if l.strip() else "&nbsp;")
                      for l in (quoted_hdr + old).split("\n")) + "</div></div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0031_01D6FD2B.9A4C1E60")
    m = mk(when, sent, "mail.cra-annaba.example.dz", "105.96.12.77", "4DYQ1f5Wzrz3",
           addr("الهلال الأحمر الجزائري", "relations.ext@cra-annaba.example.dz", "windows-1256"),
           re_hdr("RE: ", "المراجعة الإقليمية للاتفاق العالمي للهجرة - أسماء المتدخلين", "windows-1256"),
           "<003201d6fd1a$d57e8b20$807ba160$@cra-annaba.example.dz>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-dz"),
                  ("In-Reply-To", M08_ID), ("References", M08_ID)])
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h145-08.eml",
        notes="'did you receive' follow-up on h145-08 plus logistics questions (in person or online, speaking time); "
              "Outlook reply quoting the whole earlier form (not '>'-prefixed) with both speakers: no new speaker "
              "request, and sent after the speaker deadline without that mattering."))


def m15():
    when = at("2021-02-08 09:45:21")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

L'Association Marocaine d'Aide aux Familles des Victimes de l'Émigration Irrégulière (AMAFVEI) envisage de transmettre un rapport volontaire dans le cadre de l'Examen régional du PMM.

Avant de finaliser ce document, nous souhaiterions obtenir des précisions sur les points suivants :

- Le rapport peut-il contenir des extraits de témoignages de familles et des photographies de personnes disparues, avec leur consentement écrit ? Les rapports reçus seront-ils publiés sur un site internet ?
- Est-il possible de transmettre le rapport en langue arabe, avec un résumé en français ?
- La date limite du 16 février 2021 s'entend-elle à minuit heure de Beyrouth ou heure de Rabat ?

Dans l'attente de votre retour, nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Pour le Bureau exécutif,
Le Secrétaire général adjoint
Hamid Boukili

AMAFVEI - Tanger
"""
    body = leaf("text/plain", text, "iso-8859-15", "quoted-printable", params=[("format", "flowed")])
    body.set_payload(quopri.encodestring(flowed(text).encode("iso-8859-15")).decode("ascii"))
    m = mk(when, sent, "smtp.menara-mail.example.ma", "196.200.176.12", "4DYwG73lQ4z6",
           '"AMAFVEI Tanger" <amafvei.tanger@menara-mail.example.ma>',
           hdr("Demande de précisions - rapport volontaire (témoignages, langue, délai)", "iso-8859-15", "Q"),
           "<5f2c9a7e.1c69fb81.8d3e.4a2b@smtp.menara-mail.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")])
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions before sending a report (consent, publication, language, time zone of the deadline): "
              "keyword-heavy ('rapport volontaire', '16 février 2021') but nothing is submitted; ISO-8859-15, "
              "format=flowed (Thunderbird); the signer is not a speaker."))


M16_ID = "<CAPm7Wx1qT4kR9zL2nB8vYe5Jd0sHc3uG6fNo@mail.gmail.example.com>"


def m16():
    when = at("2021-02-08 13:20:55")
    sent = when - dt.timedelta(seconds=8)
    text = """السادة فريق المراجعة الإقليمية المحترمين،

تحية طيبة،

مرفق لكم التقرير الطوعي لمنظمة شواطئ للإغاثة الإنسانية (زوارة) حول تنفيذ الاتفاق العالمي من أجل الهجرة في ليبيا، ويتناول بشكل خاص:
- عمليات البحث والإنقاذ التي يقوم بها الصيادون والمتطوعون قبالة سواحل زوارة وأبو كماش؛
- انتشال الجثامين ودفنها بطريقة تحفظ الكرامة وتوثيق البيانات لتسهيل التعرف عليها لاحقاً؛
- التواصل مع أسر المفقودين في بلدان المنشأ.

التقرير باللغة العربية، وسنرسل النسخة الإنجليزية خلال الأيام القادمة إن شاء الله.

مع خالص التحية،
عبد الرؤوف الشريف
منسق البرامج
منظمة شواطئ للإغاثة الإنسانية - زوارة، ليبيا
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    pdf = make_pdf(["Shawati Humanitarian Relief Organisation - Zuwara, Libya",
                    "Voluntary GCM review report (Arabic version)", "Search and rescue, dignified burial, families"])
    fname = "تقرير المراجعة الطوعية - منظمة شواطئ.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                                 leaf("text/html", html, "utf-8", "base64")],
                                 "000000000000b4c8e105badf6a20"),
                           attach("application/pdf", pdf, fname)], "000000000000b4c8e305badf6a22")
    m = mk(when, sent, "mail-lf1-f43.google.example.com", "209.85.167.43", "4DZ2mS8xVgz1",
           addr("عبد الرؤوف الشريف", "shawati.zuwara@gmail.example.com"),
           re_hdr("", "التقرير الطوعي - منظمة شواطئ للإغاثة الإنسانية"), M16_ID, body)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Libyan SAR/body-recovery NGO; Arabic PDF file name with spaces and a hyphen (RFC 2231 filename*, "
              "RFC 2047 name); announces an English version later (it arrives as h145-22)."))


def m17():
    when = at("2021-02-09 11:30:14")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Royaume du Maroc
Ministère de l'Intérieur
Direction Générale de la Protection Civile
Service de la Coopération Internationale

Objet : Examen régional du Pacte mondial sur les migrations - désignation d'un intervenant

Madame, Monsieur,

Comme suite à votre invitation, et après accord de la hiérarchie, j'ai l'honneur de vous faire connaître que la Direction Générale de la Protection Civile (DGPC) sera représentée par le Colonel Abdelhak Benjelloun, Chef de la Division des Opérations de Secours, qui souhaiterait intervenir dans le cadre de la table ronde n° 1.

Nous vous prions de bien vouloir excuser le retard de cette réponse, lié aux délais de validation interne.

Vous trouverez également ci-joint la lettre officielle de désignation signée.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

P/ Le Directeur Général, et par délégation
Le Chef du Service de la Coopération Internationale
Nabil Cherkaoui
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            '<body lang="FR"><div class="WordSection1">' + text2html(text) + "</div></body></html>\n")
    letter = make_pdf(["Royaume du Maroc - Ministere de l'Interieur", "Direction Generale de la Protection Civile",
                       "Lettre de designation - Examen regional du PMM", "Signe : le Directeur General"])
    fname = "Lettre_designation_DGPC_PMM.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "iso-8859-1"),
                                                 leaf("text/html", html, "iso-8859-1")],
                                 "_000_PR3P193MB0741A2C5E9D14B7F8E6A3C20PR3P193MB0741EURP_"),
                           attach("application/pdf", letter, fname)],
                 "_004_PR3P193MB0741A2C5E9D14B7F8E6A3C20PR3P193MB0741EURP_")
    m = mk(when, sent, "mail.protectioncivile.example.ma", "196.217.44.8", "4DZfT92pKwz4",
           addr("Service Coopération Internationale DGPC", "cooperation@protectioncivile.example.ma", "iso-8859-1", "Q"),
           hdr("Examen régional PMM - désignation d'un intervenant (DGPC)", "iso-8859-1", "Q"),
           "<PR3P193MB0741A2C5E9D14B7F8E6A3C20@PR3P193MB0741.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")])
    add(17, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Abdelhak Benjelloun", "Chef de la Division des Opérations de Secours",
           "Direction Générale de la Protection Civile (DGPC)", ["roundtable"], 1)],
        notes="late (9 February), apologises; government civil protection, administrative letter style with a "
              "letterhead; military rank 'Colonel' treated as an honorific (not part of the name, not the title); "
              "the attached PDF is the signed designation letter, not a voluntary report; signed 'P/ Le Directeur "
              "Général' by another official (not the speaker)."))


def m18():
    when = at("2021-02-10 08:12:33")
    sent = when - dt.timedelta(seconds=11)
    text = """Dear organizers,

Greetings from Benghazi. Sorry we are late with this, we had network cuts all last week and only saw the deadline now. We hope you can still consider our names:

- Salem Al-Obeidi, Head of Disaster Management Department, Libyan Red Crescent - Benghazi Branch: roundtable (number 2 if possible)
- Hanan Elfeitouri, Volunteer Coordinator for Restoring Family Links, same branch: open discussion on 23rd Feb

Both were part of the teams responding to shipwrecks east of Benghazi and Tobruk last year.

Thanks and regards
Ali

Ali Bensaud
Libyan Red Crescent - Benghazi Branch
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "0000000000002b7e6c05bb02a9f1")
    m = mk(when, sent, "mail-yb1-f177.google.example.com", "209.85.219.177", "4Dbb1X6tRmz2",
           "Ali Bensaud <lrc.benghazi.ops@gmail.example.com>", "speakers LRC Benghazi (late sorry)",
           "<CAK9nL4wE1rT6yP0vZ3xQm8Hb2sJc5dF7gUi@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Salem Al-Obeidi", "Head of Disaster Management Department", "Libyan Red Crescent - Benghazi Branch",
           ["roundtable"], 2),
        sp("Hanan Elfeitouri", "Volunteer Coordinator for Restoring Family Links",
           "Libyan Red Crescent - Benghazi Branch", ["open_discussion"])],
        notes="late (10 February) and says so; two speakers on dashed comma-separated lines; the second's affiliation "
              "only as 'same branch'; roundtable number hedged ('number 2 if possible'); informal Gmail; the sender "
              "(signature without title) is not a speaker."))


def m19():
    when = at("2021-02-10 15:40:02")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Dear colleagues,

On behalf of the members of the Civil Society Platform for Search and Rescue in the Mediterranean (CSP-SAR), please find attached our collective voluntary report on the implementation of the GCM in the Arab region, focusing on Objective 8 (save lives and establish coordinated international efforts on missing migrants).

The report was prepared jointly by 11 organisations working in Libya, Tunisia, Algeria and Morocco, including civil rescue vessels, alarm hotlines, fishermen's associations and families' collectives. The list of contributing organisations is in Annex A of the report.

We would be grateful if the key recommendations could be reflected in the discussions of the relevant roundtable.

Kind regards,

Elena Markou
Policy Coordinator
Civil Society Platform for Search and Rescue in the Mediterranean (CSP-SAR)
Rue de la Loi 26, 1040 Brussels
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1">' + text2html(text)
            + '<p><img width="120" height="40" src="cid:image001.png@01D6FF9B.3E2A1F70" alt="CSP-SAR"></p>'
            + "</div></body></html>\n")
    logo = make_png(16, 6, (0, 70, 140))
    pdf = make_pdf(["Civil Society Platform for Search and Rescue in the Mediterranean (CSP-SAR)",
                    "Collective voluntary report - GCM Objective 8", "Annex A: contributing organisations (11)"])
    fname = "CSP-SAR_Collective_GCM_Report_Obj8.pdf"
    img = leaf("image/png", logo, cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FF9B.3E2A1F70>")])
    related = multi("related", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                      "_000_VI1PR07MB5823E4F1A9C2B38D7E506A11VI1PR07MB5823eurp_"), img],
                    "_005_VI1PR07MB5823E4F1A9C2B38D7E506A11VI1PR07MB5823eurp_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [related, attach("application/pdf", pdf, fname)],
                 "_006_VI1PR07MB5823E4F1A9C2B38D7E506A11VI1PR07MB5823eurp_")
    m = mk(when, sent, "mail-vi1eur04.outbound.protection.example.com", "40.107.8.112", "4DbnM03hQsz7",
           "Elena Markou <e.markou@csp-sar.example.eu>", "CSP-SAR collective voluntary report - GCM Regional Review",
           "<VI1PR07MB5823E4F1A9C2B38D7E506A11@VI1PR07MB5823.eurprd07.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")])
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report (11 organisations); Outlook multipart/mixed > related > alternative with an inline "
              "logo image001.png (not part of the report); 'reflected in the discussions of the relevant "
              "roundtable' is not a speaking request."))


def m20():
    when = at("2021-02-11 10:05:27")
    sent = when - dt.timedelta(seconds=6)
    text = """Hello,

Attached is the voluntary review report of the North Lebanon Coastal Communities Association (NLCCA). It documents the boat departures from the Tripoli and Akkar coast in 2020, the interceptions and the cases of missing persons reported by families in Bab al-Tabbaneh and Mina.

I know the deadline for speakers was last week, but if there is still any possibility, our director Nour Al-Ayoubi would like to make a floor intervention in the plenary. She is the Director of NLCCA and has followed the families of the victims since the first shipwrecks in 2019.

Many thanks,
Rami

Rami Kabbara
Field Researcher, NLCCA
Tripoli - Lebanon
+961 6 000 000

Get Outlook for Android
"""
    docx = make_docx(["North Lebanon Coastal Communities Association (NLCCA)", "Voluntary Review Report - GCM",
                      "Boat departures from North Lebanon (2020) and missing persons",
                      "Recommendations on search and rescue and support to families"])
    fname = "NLCCA - Voluntary Review Report (Feb 2021).docx"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach(DOCX, docx, fname)],
                 "_002_DB7PR01MB4928C1F0E3A5B47D9E82F613DB7PR01MB4928eurp_")
    m = mk(when, sent, "mail-db7eur01.outbound.protection.example.com", "40.107.13.55", "4Dc9Vb2sLkz5",
           "Rami Kabbara <rami.kabbara@nlcca-lb.example.org>", "NLCCA report + speaker",
           "<DB7PR01MB4928C1F0E3A5B47D9E82F613@DB7PR01MB4928.eurprd01.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes")])
    add(20, when, m, dict(category="both", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Nour Al-Ayoubi", "Director", "North Lebanon Coastal Communities Association (NLCCA)", ["plenary"])],
        report_attachments=[fname],
        notes="both: the report part is on time (11 February) but the speaker part is late (after 5 February, and "
              "the sender says so), so on_time is false; DOCX name with spaces and parentheses; the speaker's "
              "organisation is only the acronym 'NLCCA' near her name, the full name is in the first paragraph; "
              "the sender (field researcher) is not the speaker; Outlook for Android plain text."))


def m21():
    when = at("2021-02-12 17:03:48")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    inner = """<div style="font-family: Verdana; font-size: 10pt;">
<p>Bonjour,</p>
<p>Veuillez trouver ci-dessous la contribution de notre association à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.</p>
<h3>Rapport volontaire &ndash; Association Algérienne d'Accompagnement des Familles de Harraga (AAAFH)</h3>
<h4>1. Contexte</h4>
<p>Depuis 2017, les départs d'embarcations depuis les côtes d'Oran, de Mostaganem, d'Annaba et d'El Tarf ont fortement augmenté. Des centaines de familles restent sans nouvelles de leurs proches.</p>
<h4>2. Constats</h4>
<ul>
<li>Absence de registre centralisé des personnes disparues en mer ;</li>
<li>difficultés d'accès aux prélèvements ADN et aux informations détenues par les pays de destination ;</li>
<li>rapatriement des dépouilles coûteux et long, à la charge des familles.</li>
</ul>
<h4>3. Recommandations (Objectifs 8 et 21 du PMM)</h4>
<ol>
<li>Créer un mécanisme régional d'échange de données ante mortem / post mortem ;</li>
<li>garantir la gratuité du rapatriement des corps ;</li>
<li>associer les familles et les associations aux travaux de la Protection civile et du Croissant-Rouge.</li>
</ol>
<p>Nous restons à votre disposition.</p>
<p>Pour l'AAAFH,<br>Leïla Benhamou, chargée de plaidoyer<br>Oran, Algérie</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    m = mk(when, sent, "smtp.aaafh-dz.example.dz", "105.235.130.9", "4Dcwq84ZXnz1",
           addr("AAAFH Oran", "contact@aaafh-dz.example.dz"),
           hdr("Contribution AAAFH - examen régional du PMM", "utf-8", "Q"),
           "<1613142223.7741.aaafh@webmail.aaafh-dz.example.dz>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="HTML-only (Roundcube); the report is in the HTML body with headings and lists, called 'contribution' "
              "in the subject; no attachment; signer's name and title are not a speaker request."))


def m22():
    when = at("2021-02-15 12:48:06")
    sent = when - dt.timedelta(seconds=5)
    text = """السادة المحترمون،

إلحاقاً برسالتنا السابقة، نرسل لكم النسخة الإنجليزية من التقرير الطوعي لمنظمة شواطئ، مع تصحيح بعض الأرقام في الفصل الثاني (عدد الجثامين المنتشلة خلال 2020). نرجو اعتماد هذه النسخة المصححة بدلاً من النسخة السابقة.

مع الشكر،
عبد الرؤوف الشريف
منسق البرامج - منظمة شواطئ

‫في الاثنين، 8 فبراير 2021 في 1:20 م، كتب ‪عبد الرؤوف الشريف‬‏ <shawati.zuwara@gmail.example.com>:‬
> السادة فريق المراجعة الإقليمية المحترمين،
>
> مرفق لكم التقرير الطوعي لمنظمة شواطئ للإغاثة الإنسانية (زوارة) حول تنفيذ الاتفاق العالمي من أجل الهجرة في ليبيا.
>
> التقرير باللغة العربية، وسنرسل النسخة الإنجليزية خلال الأيام القادمة إن شاء الله.
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    pdf = make_pdf(["Shawati Humanitarian Relief Organisation - Zuwara, Libya",
                    "Voluntary GCM review report - English version (revised figures, chapter 2)"])
    fname = "Shawati_Voluntary_Report_EN_rev.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                                 leaf("text/html", html, "utf-8", "base64")],
                                 "000000000000e93d1a05bb6213c4"),
                           attach("application/pdf", pdf, fname)], "000000000000e93d1c05bb6213c6")
    m = mk(when, sent, "mail-lf1-f54.google.example.com", "209.85.167.54", "4DfCbW1yJqz8",
           addr("عبد الرؤوف الشريف", "shawati.zuwara@gmail.example.com"),
           re_hdr("Re: ", "التقرير الطوعي - منظمة شواطئ للإغاثة الإنسانية"),
           "<CAPm7Wx2uV5lS0aM3oC9wZf6Ke1tId4vH7gOp@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M16_ID), ("References", M16_ID)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h145-16.eml",
        notes="revised English version replacing the Arabic report of h145-16 (In-Reply-To set), on time; Arabic body "
              "with bidi control characters in the Gmail quote header; the acknowledgement stays Arabic although "
              "the report is English."))


def m23():
    when = at("2021-02-16 16:20:39")
    sent = tz(when - dt.timedelta(seconds=6), 0)
    text = """Hi,

Forwarding below the report of the Nouadhibou fishermen's rescue committee, which they could not send themselves (their mailbox rejects large attachments). Please register it under their name, not ours.

Thanks,
Aminetou

Aminetou Mint Vall
Project Officer, Mauritanian Coastal Resilience Programme

---------- Forwarded message ---------
From: Comite de Sauvetage des Pecheurs Artisanaux de Nouadhibou <cspan.ndb@mauritel-mail.example.mr>
Date: Tue, Feb 16, 2021 at 2:05 PM
Subject: GCM report - Nouadhibou Artisanal Fishermen's Rescue Committee
To: Aminetou Mint Vall <aminetou.vall@mcrp.example.org>


Dear Aminetou,

Here is our report for the GCM review (English translation made by our volunteer). Can you send it to gcmrrarabstates@iom.int for us, our internet is too weak.

Sidi Mohamed Ould Bah
President, Nouadhibou Artisanal Fishermen's Rescue Committee (CSPAN)
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    pdf = make_pdf(["Nouadhibou Artisanal Fishermen's Rescue Committee (CSPAN)",
                    "Report for the GCM Regional Review - Arab region",
                    "Rescues at sea by artisanal fishermen, 2019-2020"])
    fname = "CSPAN_Nouadhibou_GCM_report.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "00000000000051c7f405bb7a0d31"),
                           attach("application/pdf", pdf, fname)], "00000000000051c7f605bb7a0d33")
    m = mk(when, sent, "mail-ot1-f42.google.example.com", "209.85.210.42", "4DfxL45NqTz3",
           "Aminetou Mint Vall <aminetou.vall@mcrp.example.org>",
           "Fwd: GCM report - Nouadhibou Artisanal Fishermen's Rescue Committee",
           "<CAH0rS6pD3wK8yN1tB5xLq2Ga9eMz4cV7jFu@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="forwarded ('Fwd:') by a partner on behalf of a Mauritanian fishermen's rescue committee; the author is "
              "in the quoted forward, whose text contains the review address itself; the sender asks that the "
              "report be registered under the committee's name; on the deadline day."))


def m24():
    when = at("2021-02-17 00:02:41")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport de l'Association des Secouristes Bénévoles d'Oran (ASBO) pour l'examen régional du Pacte mondial sur les migrations.

Nous l'envoyons aujourd'hui 16 février, dans les délais nous l'espérons.

Salutations,
Karim Zerrouki
Président ASBO
"""
    docx = make_docx(["Association des Secouristes Bénévoles d'Oran (ASBO)",
                      "Rapport - Examen régional du Pacte mondial sur les migrations",
                      "Interventions de secours en mer et sur le littoral oranais, 2019-2020"])
    fname = "Rapport ASBO examen régional PMM.docx"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit"), attach(DOCX, docx, fname)],
                 "=_9b7e2f1a04c3d5e6f7a8b9c0d1e2f3a4")
    m = mk(when, sent, "smtp.djaweb-mail.example.dz", "41.111.128.30", "4DgS0x2Rhvz6",
           "Karim Zerrouki <asbo.oran@djaweb-mail.example.dz>", "Rapport ASBO - PMM",
           "<9b7e2f1a04c3d5e6f7a8b9c0d1e2f3a4@webmail.djaweb-mail.example.dz>", body,
           extra=[("User-Agent", "Horde Application Framework 5")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="deadline edge: Date 'Tue, 16 Feb 2021 23:02:35 +0100' (Algeria) and the body says 'aujourd'hui 16 "
              "février', but it was received at 00:02 on 17 February Beirut time: LATE. 8bit UTF-8 body; "
              "non-ASCII DOCX name (RFC 2231)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
