#!/usr/bin/env python3
"""Write the blind evaluation set holdout157 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets157.py
Theme: faith-based actors (church relief committees, mosque and zakat charities, Caritas-type bodies,
interfaith councils, religious orders running shelters, a waqf administration).
Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import EvalSet, DOCX, POL, addr, at, attach, esc, flowed, hdr, html_wrap, leaf, make_docx, make_pdf, mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz

SET = EvalSet(157)
add = SET.add

INVITE_ID = "<INV-2021-01-27-EN.0042@gcmrrarabstates.iom.int>"
PDF = "application/pdf"


def alt(text, boundary, cte="quoted-printable", dir_=None, charset="utf-8"):
    html = html_wrap(text2html(text), dir_=dir_, charset=charset)
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


# ---------------------------------------------------------------- 01 auto-reply (en)
def m01():
    when = at("2021-01-28 08:15:44")
    sent = tz(when - dt.timedelta(seconds=2), 2)
    text = """I am currently out of the office on retreat with limited access to email until Monday 8 February.

For urgent matters concerning the Sisters' shelter in Zahle, please contact Sr. Marie-Joseph at +961 8 812 340.
For media requests please write to communications@sacredheart-relief.example.org.

With every blessing,
Fr. Antoine Khoury
Director, Sacred Heart Relief Committee
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(text2html(text)))],
                 "_000_VI1PR0801MB2241B3C2D1E0F9A8VI1PR0801MB2241eurp_")
    rows = std_rows(when, "mail-vi1eur05.outbound.protection.example.com", "40.107.21.58", "4DRk1q0ZbHz2",
                    "Antoine Khoury <a.khoury@sacredheart-relief.example.org>",
                    "Automatic reply: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(sent), "<VI1PR0801MB2241B3C2.auto@VI1PR0801MB2241.eurprd08.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "a.khoury@sacredheart-relief.example.org")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Outlook 'Automatic reply' of a priest heading a church relief committee; names a sister and a phone "
              "number and a February date, nothing submitted; Auto-Submitted + null Return-Path."))


# ---------------------------------------------------------------- 02 speaker (ar), labelled, zakat committee
def m02():
    when = at("2021-01-29 19:02:37")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    text = """السادة الكرام في أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة
تحية طيبة وبعد،

تتشرف لجنة الزكاة والتكافل في طرابلس (لبنان) بترشيح ممثلها للمشاركة بالحديث في المؤتمر، وفق البيانات الآتية:

الاسم: الشيخ بلال عبد الرحمن المصري
الصفة: مدير برنامج كفالة الأسر النازحة
الجهة: لجنة الزكاة والتكافل - طرابلس
الدور المطلوب: مداخلة في المائدة المستديرة الموضوعية رقم (2)

وللشيخ بلال خبرة عشر سنوات في توزيع المساعدات النقدية على الأسر السورية والفلسطينية في الشمال.

وجزاكم الله خيراً
محمد الحسيني
أمين سر اللجنة
"""
    body = alt(text, "000000000000c1a7e805ba1f3d20", cte="base64", dir_="rtl")
    m = mk(when, sent, "mail-ed1-f46.google.example.com", "209.85.208.46", "4DSb2c7tWkz9",
           addr("لجنة الزكاة والتكافل", "zakat.takaful.tripoli@gmail.example.com"),
           hdr("ترشيح متحدث - لجنة الزكاة والتكافل"),
           "<CAH7rT2vLp0qXz8NcE4mWb1Ks6Jd9Fy3Ug5Ro2Ai@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("بلال عبد الرحمن المصري", "مدير برنامج كفالة الأسر النازحة", "لجنة الزكاة والتكافل - طرابلس",
           ["roundtable"], 2)],
        notes="labelled Arabic lines; 'الشيخ' is a religious honorific, dropped from the name; the secretary who "
              "signs is not the speaker; roundtable written '(2)'; From display name is the committee."))


# ---------------------------------------------------------------- 03 speaker (fr), two speakers, HTML only
M03_ID = "<PR1P264MB2034E6F5A4B3C2D1@PR1P264MB2034.FRAP264.PROD.OUTLOOK.example.com>"


def m03():
    when = at("2021-01-30 11:26:09")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Madame, Monsieur,</p>
<p>Faisant suite &agrave; votre courrier d&#8217;invitation, la Caritas diocésaine de Rabat souhaite proposer deux intervenants pour la Conférence régionale des 24 et 25 février&nbsp;:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Nom et prénom</th><th>Fonction</th><th>Structure</th><th>Intervention souhaitée</th></tr>
<tr><td>Mme Hélène Bakary</td><td>Responsable du service Migrants</td><td>Caritas diocésaine de Rabat &ndash; Centre d&#8217;accueil des migrants (CAM)</td><td>Séance plénière</td></tr>
<tr><td>M. Joseph Nkoulou Essomba</td><td>Médiateur communautaire</td><td>Caritas diocésaine de Rabat &ndash; Centre d&#8217;accueil des migrants (CAM)</td><td>Table ronde thématique 3</td></tr>
</table>
<p>M. Nkoulou Essomba est lui-même arrivé au Maroc en 2013 et accompagne aujourd&#8217;hui les personnes migrantes subsahariennes dans leurs démarches de régularisation.</p>
<p>Dans l&#8217;attente de votre retour, nous vous prions d&#8217;agréer nos salutations distinguées.</p>
<p>P. Daniel Nourissat<br>Délégué diocésain à la pastorale des migrants<br>Archevêché de Rabat</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "mail-pr1fra01.outbound.protection.example.com", "40.107.12.103", "4DT0gH5nMsz1",
           "Daniel Nourissat <pastorale.migrants@archeveche-rabat.example.ma>",
           hdr("Propositions d'intervenants – Caritas Rabat", enc="Q"), M03_ID, body,
           extra=[("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")])
    aff = "Caritas diocésaine de Rabat – Centre d’accueil des migrants (CAM)"
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hélène Bakary", "Responsable du service Migrants", aff, ["plenary"]),
        sp("Joseph Nkoulou Essomba", "Médiateur communautaire", aff, ["roundtable"], 3)],
        notes="HTML-only Outlook message; speakers in an HTML table (Mme/M. honorifics dropped); affiliation with "
              "an en dash and typographic apostrophe as entities; the priest who signs ('P.') is not a speaker."))


# ---------------------------------------------------------------- 04 speaker (en), on behalf, rapporteur
def m04():
    when = at("2021-02-01 14:51:30")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """Dear colleagues,

I am writing on behalf of His Eminence the Secretary-General of our Council, who has asked me to convey his interest in serving as one of the rapporteurs delivering the stakeholders' key messages at the Regional Review.

The Council brings together Muslim and Christian leaders from Jordan, Palestine and Iraq and has run a joint programme for refugee families since 2015. His Eminence chaired the interreligious working group on migrant workers last year.

His details, as he prefers them to appear:

Rev. Dr. Elias Haddad
Secretary-General
Jordanian Interfaith Council for Peace and Dignity (JICPD)

Please copy me on any correspondence, as I handle his schedule.

Warm regards,
Rania Sweis
Executive Assistant to the Secretary-General | JICPD
Jabal Al-Weibdeh, Amman
T +962 6 461 2290
"""
    body = alt(text, "_000_AM6PR10MB2788C4D3E2F1A0B9AM6PR10MB2788EURP_")
    m = mk(when, sent, "mail-am6eur05.outbound.protection.example.com", "40.107.22.91", "4DVGk41mPzz3",
           "Rania Sweis <r.sweis@jicpd.example.org>", "Rapporteur role - JICPD Secretary-General",
           "<AM6PR10MB2788C4D3E2F1A0B9@AM6PR10MB2788.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Elias Haddad", "Secretary-General", "Jordanian Interfaith Council for Peace and Dignity (JICPD)",
           ["rapporteur"])],
        notes="sent on behalf of the speaker by his assistant (she is not a speaker); 'His Eminence', 'Rev. Dr.' "
              "are honorifics; role only in prose ('rapporteurs delivering the stakeholders' key messages')."))


# ---------------------------------------------------------------- 05 other (ar), question, dialect
def m05():
    when = at("2021-02-02 10:07:18")
    sent = tz(when - dt.timedelta(seconds=2), 2)
    text = """مرحبا

انا موظف بمديرية الأوقاف، عنا برنامج بيدعم عائلات لاجئة ساكنة ببيوت وقفية بأجور رمزية. سؤالي:
هل بيحق لإدارة الأوقاف تبعت تقرير طوعي؟ لأنو نحنا جهة شبه رسمية مش جمعية أهلية، وما عرفنا إذا الدعوة بتشملنا.
وإذا بيحق، في نموذج معين لازم نلتزم فيه ولا منكتب بحرية؟

شكرا كتير
سامر

مرسل من هاتفي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-oi1-f181.google.example.com", "209.85.167.181", "4DVm0C2rXkz5",
           addr("Samer Itani", "samer.itani88@gmail.example.com"), hdr("استفسار عن التقرير الطوعي"),
           "<CAMx3Pq8Tn2Vr7Lk0Wz5Bc9Hd4Ja1Ge6Ys3Uf8Ko@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine dialect question from a waqf directorate employee: may a semi-official waqf body submit a "
              "voluntary report, is there a template? Mentions the report but submits nothing; phone client."))


# ---------------------------------------------------------------- 06 bounce (en)
def m06():
    when = at("2021-02-02 16:40:05")
    d = tz(when, 3)
    text = """Delivery has failed to these recipients or groups:

info@alnour-mosque-charity.example.sa
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: mx2.alnour-mosque-charity.example.sa

info@alnour-mosque-charity.example.sa
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
"""
    dsn = ("Reporting-MTA: dns;mx2.alnour-mosque-charity.example.sa\n"
           "Received-From-MTA: dns;mx1.iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;info@alnour-mosque-charity.example.sa\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n" % rfcdate(d - dt.timedelta(seconds=3)))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: info@alnour-mosque-charity.example.sa\n"
            "Subject: Invitation - Regional Review of the Global Compact for Migration in the Arab Region\n"
            "Date: %s\n"
            "Message-ID: <INV-2021-02-02-EN.0113@gcmrrarabstates.iom.int>\n" % rfcdate(when - dt.timedelta(minutes=1)))
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "b7f1c9a2-5e3d-4a18-9c0f-ndr157",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mx2.alnour-mosque-charity.example.sa", "37.224.18.6", "4DVw8p0YqLz7",
                    "Microsoft Outlook <postmaster@alnour-mosque-charity.example.sa>",
                    "Undeliverable: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(d), "<c51b0e7a-ndr-4f2d@mx2.alnour-mosque-charity.example.sa>",
                    to="gcmrrarabstates@iom.int", extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exchange-style 'Undeliverable' NDR (multipart/report) for an invitation sent to a mosque charity; "
              "5.1.1 recipient not found. Never acknowledge."))


# ---------------------------------------------------------------- 07 both (fr), religious order shelter
def m07():
    when = at("2021-02-03 09:33:50")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport de la Congrégation des Sœurs de Notre-Dame de l'Accueil sur notre foyer pour femmes migrantes à La Marsa (2019-2020), en contribution à l'examen régional du Pacte mondial.

Par la même occasion, nous souhaiterions qu'une de nos sœurs puisse prendre la parole à la table ronde n°1 :
Sœur Agnès Mbala, responsable du foyer Sainte-Monique, Congrégation des Sœurs de Notre-Dame de l'Accueil (Tunis).

Avec nos remerciements et nos prières,

Sœur Claire Dufour
Supérieure de la communauté de Tunis
"""
    pdf = make_pdf(["Congregation des Soeurs de Notre-Dame de l'Accueil - Tunis",
                    "Foyer Sainte-Monique : accueil de femmes migrantes 2019-2020",
                    "Contribution a l'examen regional du Pacte mondial sur les migrations",
                    "1. Profil des personnes accueillies  2. Difficultes d'acces aux soins  3. Recommandations"])
    fname = "Rapport PMM - Foyer Sainte-Monique 2021.pdf"
    body = multi("mixed", [leaf("text/plain", flowed(text), params=[("format", "flowed")], cte="8bit"),
                           attach(PDF, pdf, fname)], "------------4A0C2E19B7D35F6A81C9E2B0")
    m = mk(when, sent, "smtp.orange-tn.example.net", "197.14.52.9", "4DWh7yZ1nRz0",
           addr("Soeur Claire Dufour", "ndaccueil.tunis@orange-tn.example.net"),
           "Rapport + intervention table ronde", "<9c3e1b77-2f0a-4d85-b1e6-3a7f0c21d9e4@orange-tn.example.net>",
           body, extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")])
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
            sp("Agnès Mbala", "responsable du foyer Sainte-Monique",
               "Congrégation des Sœurs de Notre-Dame de l'Accueil (Tunis)", ["roundtable"], 1)],
        notes="report PDF and a speaker in one Thunderbird message (format=flowed, 8bit); 'Sœur' is a religious "
              "honorific; speaker given in one prose line; the superior who signs is not the speaker; 'n°1'."))


# ---------------------------------------------------------------- 08 speaker (en), phone, two speakers
def m08():
    when = at("2021-02-03 21:18:26")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """Salam alaikum,

Please register 2 speakers from Al-Ihsan Mosque Welfare Society, Khartoum:

- Dr Amna Osman Babiker, Head of Health Outreach - for the open discussion on 23 Feb
- Mr Yousif El-Tayeb, Volunteer coordinator (Eritrean & Ethiopian communities) - roundtable 4 if possible, otherwise plenary

Amna will join from Khartoum, connection is sometimes weak, we will have a backup number.

JazakAllah khair
Tariq

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "7bit")
    m = mk(when, sent, "mail-qt1-f175.google.example.com", "209.85.160.175", "4DX4mN8cKhz2",
           "Tariq Abdelgadir <tariq.ihsan.welfare@gmail.example.com>", "speakers Al-Ihsan",
           "<A7E1F3C2-9B4D-4E6A-8F0C-2D5B7A1E9C38@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)"), ("Content-Language", "en-us")])
    aff = "Al-Ihsan Mosque Welfare Society, Khartoum"
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Amna Osman Babiker", "Head of Health Outreach", aff, ["open_discussion"]),
        sp("Yousif El-Tayeb", "Volunteer coordinator (Eritrean & Ethiopian communities)", aff, ["roundtable", "plenary"], 4)],
        notes="short iPhone message, two speakers on dash lines; second speaker gives a first choice (roundtable 4) "
              "and a fallback (plenary); 'Dr'/'Mr' without dots; affiliation only in the opening sentence; the "
              "sender (Tariq) is not a speaker."))


# ---------------------------------------------------------------- 09 speaker (ar), church committee, formal
def m09():
    when = at("2021-02-04 12:05:13")
    sent = tz(when, 2)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المنظمة الدولية للهجرة - المكتب الإقليمي

تحية طيبة وبعد،،،

بالإشارة إلى خطاب الدعوة الكريم، يسر لجنة الخدمات الاجتماعية والإغاثة بمطرانية الأقباط الأرثوذكس بالإسكندرية أن تتقدم بترشيح كل من:

1) القمص بولس عزيز جرجس، وكيل المطرانية ورئيس لجنة الخدمات الاجتماعية والإغاثة، للقيام بدور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة.
2) الأستاذة مارينا فايز حنا، منسقة برنامج دعم اللاجئين السودانيين والجنوب سودانيين باللجنة، لإلقاء مداخلة في الجلسة العامة.

وتفضلوا بقبول فائق الاحترام والتقدير،،،

م/ شريف نبيل لبيب
مدير المكتب الإداري
لجنة الخدمات الاجتماعية والإغاثة - مطرانية الأقباط الأرثوذكس بالإسكندرية
"""
    html = ('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:14pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html_wrap(html, charset="windows-1256"), "windows-1256", "quoted-printable")],
                 "_000_DB8PR06MB6331A2B1C0D9E8F7DB8PR06MB6331eurp_")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.116", "4DXQ3s9VjTz6",
           addr("Sherif Nabil", "sherif.nabil@copticalex-relief.example.org.eg"),
           hdr("ترشيح متحدثين - لجنة الخدمات الاجتماعية والإغاثة بالإسكندرية", "windows-1256"),
           "<DB8PR06MB6331A2B1C0D9E8F7@DB8PR06MB6331.eurprd06.prod.outlook.example.com>", body,
           extra=[("Content-Language", "ar-EG"), ("X-Mailer", "Microsoft Outlook 16.0")])
    aff = "لجنة الخدمات الاجتماعية والإغاثة بمطرانية الأقباط الأرثوذكس بالإسكندرية"
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("بولس عزيز جرجس", "وكيل المطرانية ورئيس لجنة الخدمات الاجتماعية والإغاثة", aff, ["rapporteur"]),
        sp("مارينا فايز حنا", "منسقة برنامج دعم اللاجئين السودانيين والجنوب سودانيين باللجنة", aff, ["plenary"])],
        notes="formal Egyptian administrative Arabic in windows-1256; 'القمص' (clerical rank) and 'الأستاذة' are "
              "honorifics; roles in prose (rapporteur, plenary); affiliation from the opening sentence (the "
              "signature gives a dashed variant); the office manager who signs ('م/') is not a speaker."))


# ---------------------------------------------------------------- 10 both (ar), report in body + speaker
def m10():
    when = at("2021-02-04 17:47:02")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """بسم الله الرحمن الرحيم

الإخوة في أمانة المراجعة الإقليمية، السلام عليكم،

نظراً لضعف الإمكانيات لم نتمكن من إعداد تقرير مطبوع، فنرسل لكم مساهمتنا الطوعية في متن هذه الرسالة:

مساهمة جمعية بيت المال الخيرية (مسجد الرحمة - صنعاء) في المراجعة الإقليمية للاتفاق العالمي للهجرة:
أولاً: تقدم الجمعية منذ 2017 وجبات ومأوى مؤقتاً للمهاجرين القادمين من القرن الأفريقي العالقين في صنعاء.
ثانياً: استقبلنا خلال 2020 قرابة 1,900 مهاجر، منهم 240 قاصراً غير مصحوبين.
ثالثاً: أبرز التحديات: انعدام الرعاية الصحية، الاحتجاز، وصعوبة العودة الطوعية بسبب إغلاق المطارات.
رابعاً: نوصي بتوسيع برامج العودة الطوعية وإشراك الجمعيات الخيرية المحلية في الإحالة.

كما نرغب في أن يشارك الأخ عبدالملك يحيى الشامي (مسؤول ملف المهاجرين في الجمعية) في النقاش المفتوح يوم 23 فبراير إن أمكن عبر الإنترنت.

والسلام عليكم ورحمة الله
أمين الصندوق
جمعية بيت المال الخيرية
"""
    body = alt(text, "0000000000009e2d4b05ba6c71f8", cte="base64", dir_="rtl")
    m = mk(when, sent, "mail-wr1-f44.google.example.com", "209.85.221.44", "4DXbV62qGdz8",
           addr("جمعية بيت المال الخيرية", "baitalmal.rahma@gmail.example.com"),
           hdr("مساهمة طوعية + مشاركة"),
           "<CAGv5Xn1Qa8Rp3Tz6Wk0Lc2Hm9Yb4Ed7Fs1Uj5Io@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, report_attachments=[],
        speakers=[sp("عبدالملك يحيى الشامي", "مسؤول ملف المهاجرين في الجمعية",
                     "جمعية بيت المال الخيرية (مسجد الرحمة - صنعاء)", ["open_discussion"])],
        notes="mosque charity sends its voluntary contribution in the body (no attachment) and proposes a speaker "
              "for the open discussion in the same message; title in parentheses; affiliation fullest form from "
              "the report heading; signer only by function ('أمين الصندوق')."))


# ---------------------------------------------------------------- 11 speaker (fr), just in time
def m11():
    when = at("2021-02-05 23:41:55")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

Je me permets de vous écrire encore ce soir, en espérant ne pas être hors délai.

Le Conseil des Églises évangéliques du Maghreb (CEEM-Maghreb) souhaiterait proposer le pasteur Samuel Benali, secrétaire général adjoint chargé de la diaconie, pour une intervention lors de la quatrième table ronde thématique.

Le pasteur Benali coordonne depuis Alger un réseau de paroisses qui accueillent des migrants subsahariens en transit.

Bien cordialement,

--
Nadia Ferhat
Chargée de communication
Conseil des Églises évangéliques du Maghreb
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "smtp.laposte.example.net", "193.253.82.14", "4DYmK7xQw2z4",
           addr("Nadia Ferhat", "n.ferhat@laposte.example.net", "iso-8859-1", "Q"),
           "Proposition d'intervention - table ronde 4",
           "<1612561310.4471.nf@laposte.example.net>", body, extra=[("X-Mailer", "Zimbra 8.8.15_GA_4018")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Samuel Benali", "secrétaire général adjoint chargé de la diaconie",
           "Conseil des Églises évangéliques du Maghreb (CEEM-Maghreb)", ["roundtable"], 4)],
        notes="received 23:41 Beirut on 5 Feb (22:41 in the sender's +01:00 Date): on time; sender worries about "
              "the deadline; 'le pasteur' is an honorific; roundtable as an ordinal word ('quatrième'); "
              "latin-1 quoted-printable."))


# ---------------------------------------------------------------- 12 speaker (en), 37 minutes late
def m12():
    when = at("2021-02-06 00:37:20")
    sent = tz(when - dt.timedelta(seconds=3), 4)
    inner = """<div dir="ltr">Dear Secretariat,<div><br></div><div>Apologies for the late hour. Please find below our nomination for a floor intervention in the plenary:</div><div><br></div>
<div>Name: Hafsa Al-Mansoori<br>Position: Senior Programme Officer, Migrant Workers' Welfare<br>Organization: Dar Al Ber Zakat &amp; Charity Foundation</div><div><br></div>
<div>Ms Al-Mansoori leads our programme for stranded domestic workers and labourers in the UAE and Oman.</div><div><br></div><div>Best regards,</div><div>Omar</div><div><br></div>
<div>-- <br><div dir="ltr">Omar Siddiqui | Partnerships Manager<br>Dar Al Ber Zakat &amp; Charity Foundation<br>Dubai, UAE</div></div></div>"""
    plain = """Dear Secretariat,

Apologies for the late hour. Please find below our nomination for a floor intervention in the plenary:

Name: Hafsa Al-Mansoori
Position: Senior Programme Officer, Migrant Workers' Welfare
Organization: Dar Al Ber Zakat & Charity Foundation

Ms Al-Mansoori leads our programme for stranded domestic workers and labourers in the UAE and Oman.

Best regards,
Omar

--
Omar Siddiqui | Partnerships Manager
Dar Al Ber Zakat & Charity Foundation
Dubai, UAE
"""
    body = multi("alternative", [leaf("text/plain", plain), leaf("text/html", inner + "\n")], "000000000000f4a2c105baa1e6d3")
    m = mk(when, sent, "mail-io1-f53.google.example.com", "209.85.166.53", "4DYr0N3bTcz1",
           "Omar Siddiqui <omar.s@daralber-zakat.example.ae>", "Speaker nomination - plenary",
           "<CALq2Wm7Xr0Tn5Vb8Yc3Kd6Hj1Fa4Ge9Us2Pz7Ri@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Hafsa Al-Mansoori", "Senior Programme Officer, Migrant Workers' Welfare",
           "Dar Al Ber Zakat & Charity Foundation", ["plenary"])],
        notes="LATE by 37 minutes (00:37 Beirut 6 Feb; Date header 02:37 +04:00 Dubai); labelled lines; title "
              "contains a comma; '&amp;' in the HTML part; sender is not the speaker."))


# ---------------------------------------------------------------- 13 speaker (ar), late, cites misprint
def m13():
    when = at("2021-02-07 13:12:48")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """الأخوة الأعزاء في أمانة المراجعة الإقليمية
تحية طيبة،

حسب الرسالة العربية للدعوة فإن آخر موعد لطلبات المتحدثين هو يوم الجمعة 23 شباط، لذلك نرسل طلبنا الآن:

نرشح الأب يوسف توما حنا، مسؤول لجنة الإغاثة في أبرشية أربيل الكلدانية، للمشاركة في المائدة المستديرة الأولى، وكذلك في النقاش المفتوح يوم 23 شباط إذا كان ذلك ممكناً.

لجنة الإغاثة تدير منذ 2014 مراكز إيواء للنازحين من سهل نينوى، وتتابع اليوم أوضاع العائدين والمهاجرين.

مع التقدير
ريتا بطرس
لجنة الإغاثة - أبرشية أربيل الكلدانية
"""
    body = alt(text, "----=_Part_88213_1477392051.1612696368204", dir_="rtl")
    m = mk(when, sent, "sonic305-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.206", "4DZTh85wYfz3",
           addr("Rita Boutros", "rita_boutros@yahoo.example.com"),
           hdr("طلب مشاركة متحدث - لجنة الإغاثة أربيل"),
           "<1309845512.4417302.1612696368210@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("يوسف توما حنا", "مسؤول لجنة الإغاثة في أبرشية أربيل الكلدانية", "لجنة الإغاثة - أبرشية أربيل الكلدانية",
           ["roundtable", "open_discussion"], 1)],
        notes="LATE (7 Feb): the sender relies on the misprinted Arabic deadline ('الجمعة 23 شباط'); the English/"
              "French date (5 Feb) stands. 'الأب' is a clerical honorific; two roles, roundtable first ('الأولى'); "
              "affiliation as in the signature, title repeats the diocese; Yahoo webmail."))


# ---------------------------------------------------------------- 14 other (fr), follow-up question in thread of 03
def m14():
    when = at("2021-02-08 09:10:31")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Madame, Monsieur,

Je reviens vers vous au sujet de nos deux propositions d'intervenants (message ci-dessous). Pourriez-vous nous indiquer si une courte biographie ou une photo sont attendues, et sous quel délai ? M. Nkoulou Essomba n'a pas de passeport valide actuellement : la participation en ligne pose-t-elle un problème ?

Bien à vous,

P. Daniel Nourissat

________________________________
De : Daniel Nourissat
Envoyé : samedi 30 janvier 2021 10:26
À : gcmrrarabstates@iom.int
Objet : Propositions d'intervenants – Caritas Rabat

Madame, Monsieur,

Faisant suite à votre courrier d'invitation, la Caritas diocésaine de Rabat souhaite proposer deux intervenants pour la Conférence régionale des 24 et 25 février [...]
"""
    body = alt(text, "_000_PR1P264MB2034F7A6B5C4D3E2PR1P264MB2034FRAP_")
    m = mk(when, sent, "mail-pr1fra01.outbound.protection.example.com", "40.107.12.108", "4DZy9L1hVqz5",
           "Daniel Nourissat <pastorale.migrants@archeveche-rabat.example.ma>",
           hdr("RE: Propositions d'intervenants – Caritas Rabat", enc="Q"),
           "<PR1P264MB2034F7A6B5C4D3E2@PR1P264MB2034.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID), ("Content-Language", "fr-FR")])
    add(14, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h157-03.eml",
        notes="follow-up question (bio/photo? online without passport?) replying to his own h157-03; quotes the "
              "earlier request but proposes nothing new: speakers empty."))


# ---------------------------------------------------------------- 15 report (en), Caritas-type, DOCX
M15_ID = "<DU2PR08MB7214B6A5C4D3E2F1@DU2PR08MB7214.eurprd08.prod.outlook.example.com>"


def m15():
    when = at("2021-02-09 15:22:07")
    sent = tz(when - dt.timedelta(seconds=8), 2)
    text = """Dear GCM Regional Review team,

Please find attached the collective voluntary GCM review report prepared by the Catholic Migrant Commission Middle East (CMC-ME) together with its partner parish relief committees in Lebanon, Jordan and Iraq.

An executive summary in Arabic is included as annex II inside the same document.

Kind regards,

Georges Abi Nader
Policy & Advocacy Officer
Catholic Migrant Commission - Middle East (CMC-ME)
Sin El Fil, Lebanon

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""
    docx = make_docx(["Catholic Migrant Commission - Middle East (CMC-ME)",
                      "Collective Voluntary GCM Review Report - Arab Region", "February 2021",
                      "1. Methodology and partner parish committees", "2. Objectives 7, 15 and 16",
                      "3. Migrant domestic workers in Lebanon", "4. Recommendations", "Annex I: Partners",
                      "Annex II: Arabic executive summary"])
    fname = "CMC-ME_GCM_Voluntary_Review_Report_Feb2021.docx"
    body = multi("mixed", [alt(text, "_000_DU2PR08MB7214B6A5C4D3E2F1DU2PR08MB7214eurp_"), attach(DOCX, docx, fname)],
                 "_004_DU2PR08MB7214B6A5C4D3E2F1DU2PR08MB7214eurp_")
    m = mk(when, sent, "mail-du2eur08.outbound.protection.example.com", "40.107.8.77", "4DbRx53MkNz0",
           "Georges Abi Nader <g.abinader@cmc-me.example.org>", "CMC-ME collective voluntary report", M15_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(15, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report DOCX from a Caritas-type commission; annexes inside the same file (one "
              "attachment); confidentiality footer; signer not a speaker."))


# ---------------------------------------------------------------- 16 report (ar), waqf administration, PDF Arabic name
M16_ID = "<20210210092431.7F2C14A0B1@mail.awqaf-irbid.example.gov.jo>"


def m16():
    when = at("2021-02-10 09:24:40")
    sent = tz(when - dt.timedelta(seconds=9), 2)
    text = """بسم الله الرحمن الرحيم

السادة المنظمة الدولية للهجرة / أمانة المراجعة الإقليمية المحترمين
السلام عليكم ورحمة الله وبركاته،

نرفق لكم طيه التقرير الطوعي لمديرية أوقاف إربد حول دعم الأسر اللاجئة والمهاجرة المقيمة في العقارات الوقفية، وذلك مساهمة منا في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة.

وتفضلوا بقبول فائق الاحترام،،

مدير أوقاف إربد
د. خالد سليمان العمري
"""
    pdf = make_pdf(["Directorate of Awqaf - Irbid", "Voluntary report: waqf housing for refugee and migrant families",
                    "GCM Regional Review - Arab Region, February 2021"])
    fname = "التقرير الطوعي - مديرية أوقاف إربد.pdf"
    body = multi("mixed", [alt(text, "=_alt_7F2C14A0B1_=", cte="base64", dir_="rtl"), attach(PDF, pdf, fname)],
                 "=_mix_7F2C14A0B1_=")
    m = mk(when, sent, "mail.awqaf-irbid.example.gov.jo", "46.185.140.21", "4Dbtq25GhJz6",
           addr("مديرية أوقاف إربد", "irbid@awqaf-irbid.example.gov.jo"), hdr("التقرير الطوعي - مديرية أوقاف إربد"),
           M16_ID, body, extra=[("User-Agent", "Roundcube Webmail/1.4.8")])
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="waqf directorate (semi-official) voluntary report; Arabic PDF file name (RFC 2231 + RFC 2047); "
              "signer is the director ('د.'), not a speaker. Revised later by h157-21."))


# ---------------------------------------------------------------- 17 both (en), report + late speakers
def m17():
    when = at("2021-02-10 18:03:15")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    inner = """<div style="font-family:Verdana;font-size:10pt">
<p>Dear Secretariat,</p>
<p>Attached is the voluntary report of the <b>Interfaith Youth Network for Migrants - Lebanon (IYNM)</b> (PDF, 6 pages), drafted by our Muslim, Christian and Druze youth volunteers.</p>
<p>We know the deadline for speakers has passed, but if there is still any space we would be honoured if two of our members could take the floor at the roundtables:</p>
<ol>
<li>Karim Hamdan - Youth Coordinator, IYNM - roundtable 2</li>
<li>Maya Azar - Volunteer, Outreach to Migrant Domestic Workers, IYNM - roundtable 2 as well</li>
</ol>
<p>Thanks a lot and stay safe,<br>Layal</p>
<p style="color:#666">Layal Chidiac<br>Programme Manager | Interfaith Youth Network for Migrants - Lebanon<br>Beirut</p>
</div>"""
    pdf = make_pdf(["Interfaith Youth Network for Migrants - Lebanon (IYNM)",
                    "Voluntary GCM review report - youth perspectives", "February 2021"])
    fname = "IYNM voluntary report.pdf"
    body = multi("mixed", [leaf("text/html", html_wrap(inner)), attach(PDF, pdf, fname)], "000000000000b81e0305bb0c2f74")
    m = mk(when, sent, "mail-ej1-f41.google.example.com", "209.85.218.41", "4Dc3Fv8KsWz7",
           "Layal Chidiac <iynm.lebanon@gmail.example.com>", "IYNM report + roundtable speakers (late, sorry!)",
           "<CAB4nYp6Rq1Ws9Tx2Vm5Lk8Hc3Jd0Fe7Ga4Ub1Zo@mail.gmail.example.com>", body)
    aff = "Interfaith Youth Network for Migrants - Lebanon (IYNM)"
    add(17, when, m, dict(category="both", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("Karim Hamdan", "Youth Coordinator", aff, ["roundtable"], 2),
            sp("Maya Azar", "Volunteer, Outreach to Migrant Domestic Workers", aff, ["roundtable"], 2)],
        notes="HTML-only Gmail with PDF: report on time (10 Feb) but speaker part LATE, so on_time false; the "
              "sender says so; two speakers in an ordered list, affiliation as acronym per line, fullest form in "
              "the body."))


# ---------------------------------------------------------------- 18 other (en), thanks for ack of 15
ACK15_ID = "<ACK-2021-02-10-0087@gcmrrarabstates.iom.int>"


def m18():
    when = at("2021-02-11 10:49:33")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """Many thanks, well received. God bless your work.

Georges

-----Original Message-----
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 10, 2021 4:12 PM
To: Georges Abi Nader <g.abinader@cmc-me.example.org>
Subject: Acknowledgement of receipt: CMC-ME collective voluntary report

Dear Georges Abi Nader,

We confirm receipt of your voluntary GCM review report for the Regional Review of the Global Compact for Migration in the Arab region.

GCM Regional Review Secretariat
"""
    body = alt(text, "_000_DU2PR08MB7214C7B6A5D4E3F2DU2PR08MB7214eurp_")
    m = mk(when, sent, "mail-du2eur08.outbound.protection.example.com", "40.107.8.81", "4DcQz03RnLz2",
           "Georges Abi Nader <g.abinader@cmc-me.example.org>",
           "RE: Acknowledgement of receipt: CMC-ME collective voluntary report",
           "<DU2PR08MB7214C7B6A5D4E3F2@DU2PR08MB7214.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ACK15_ID), ("References", M15_ID + " " + ACK15_ID)])
    add(18, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h157-15.eml",
        notes="thank-you reply to our acknowledgement of h157-15, adds nothing: do not acknowledge; quoted ack "
              "mentions 'voluntary GCM review report'."))


# ---------------------------------------------------------------- 19 report (fr), Algeria, plain text
def m19():
    when = at("2021-02-12 14:36:59")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonjour,

Au nom de la Diaconie d'Oran (service d'entraide de l'Église protestante), je vous transmets notre rapport volontaire dans le cadre de l'examen régional du PMM, ainsi que son annexe statistique.

Ce rapport porte sur l'accompagnement des migrants en situation de vulnérabilité à Oran et Tlemcen (santé, scolarisation des enfants, décès et rapatriement des corps).

Bien cordialement,
Mathilde Roussel
Coordinatrice
Diaconie d'Oran
"""
    pdf = make_pdf(["Diaconie d'Oran - Rapport volontaire PMM 2021",
                    "Accompagnement des migrants vulnerables a Oran et Tlemcen"])
    docx = make_docx(["Annexe statistique - Diaconie d'Oran", "Personnes accompagnées 2019-2020 par wilaya"])
    f1, f2 = "Rapport_Diaconie_Oran_PMM.pdf", "Annexe_statistique_2019-2020.docx"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit"), attach(PDF, pdf, f1), attach(DOCX, docx, f2)],
                 "------------B1E93C0D7A2F48E6C51A0D9F")
    m = mk(when, sent, "smtp.djaweb.example.dz", "41.111.200.17", "4DdBk92WpRz4",
           "Mathilde Roussel <diaconie.oran@djaweb.example.dz>", "Rapport volontaire - Diaconie d'Oran",
           "<e4b1a290-3c7d-4f5e-8a21-d0c9b7f63e10@djaweb.example.dz>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="report PDF + statistical annex DOCX: both make up the report; plain text 8bit Thunderbird."))


# ---------------------------------------------------------------- 20 speaker (ar), late, pasted form, on behalf
def m20():
    when = at("2021-02-13 11:55:12")
    sent = tz(when - dt.timedelta(seconds=7), 2)
    text = """صباح الخير

بعتذر عن التأخير، الاستمارة كانت معبّاية من أسبوعين بس ما انبعتت. عم ببعتها هلّق بالنيابة عن الأستاذة نسرين، إذا في مجال:

---------- نموذج طلب المشاركة ----------
اسم المتحدث/ة: نسرين خليل عواد
المسمى الوظيفي: منسقة مشروع الإيواء
المؤسسة: جمعية الرهبانية المارونية للإغاثة - دير مار أنطونيوس
نوع المشاركة المطلوبة: [ ] النقاش المفتوح   [x] مقرر   [ ] جلسة عامة   [ ] مائدة مستديرة
---------------------------------------

شكراً
جورج
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-pl1-f182.google.example.com", "209.85.214.182", "4DdsQ41YmTz9",
           "George Sfeir <georgesfeir.monastery@gmail.example.com>", hdr("استمارة متحدث - متأخرة"),
           "<CAE8yQw3Tn6Xr1Vz4Lb7Kc0Hp5Jm2Fd9Gs6Ua3Ri@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("نسرين خليل عواد", "منسقة مشروع الإيواء", "جمعية الرهبانية المارونية للإغاثة - دير مار أنطونيوس",
           ["rapporteur"])],
        notes="LATE (13 Feb); Lebanese dialect; sent on behalf of the speaker; details only in a pasted form with "
              "checkboxes: the ticked box [x] is 'مقرر' (rapporteur), the other role names are unticked; "
              "'الأستاذة' honorific in the prose only."))


# ---------------------------------------------------------------- 21 report (ar), revised version of 16
def m21():
    when = at("2021-02-14 10:18:27")
    sent = tz(when - dt.timedelta(seconds=9), 2)
    text = """السادة أمانة المراجعة الإقليمية المحترمين،

إلحاقاً بكتابنا المؤرخ 10/2/2021، نرفق لكم النسخة المعدلة من التقرير الطوعي لمديرية أوقاف إربد بعد تصحيح أرقام الأسر المستفيدة في الجدول (2)، راجين اعتمادها بدلاً من النسخة السابقة.

وتفضلوا بقبول الاحترام،،
مدير أوقاف إربد

> نرفق لكم طيه التقرير الطوعي لمديرية أوقاف إربد حول دعم الأسر اللاجئة والمهاجرة المقيمة في العقارات الوقفية
"""
    docx = make_docx(["مديرية أوقاف إربد", "التقرير الطوعي - نسخة معدلة", "الجدول (2): الأسر المستفيدة"])
    fname = "التقرير الطوعي - أوقاف إربد - نسخة معدلة.docx"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"), attach(DOCX, docx, fname)],
                 "=_mix_9A3D27B0C4_=")
    m = mk(when, sent, "mail.awqaf-irbid.example.gov.jo", "46.185.140.21", "4Df1Lr7XcVz3",
           addr("مديرية أوقاف إربد", "irbid@awqaf-irbid.example.gov.jo"),
           re_hdr("Re: ", "التقرير الطوعي - مديرية أوقاف إربد"),
           "<20210214101818.9A3D27B0C4@mail.awqaf-irbid.example.gov.jo>", body,
           extra=[("In-Reply-To", M16_ID), ("References", M16_ID), ("User-Agent", "Roundcube Webmail/1.4.8")])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h157-16.eml",
        notes="revised report (DOCX this time) replacing the PDF of h157-16, in reply to it; Arabic file name; "
              "date written 10/2/2021 (day/month)."))


# ---------------------------------------------------------------- 22 other (fr), practical question
def m22():
    when = at("2021-02-15 16:30:41")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Bonjour,

Je suis bénévole au Secours islamique de Nouakchott (section migrants). Nous préparons un rapport volontaire mais notre bureau sera fermé demain pour raisons sanitaires.

Est-il possible de l'envoyer jeudi 18 au lieu du mardi 16, ou le délai est-il strict ? Faut-il obligatoirement le format Word, ou un PDF scanné avec tampon est-il accepté ?

Merci d'avance pour votre réponse.
Ibrahima Diallo

Envoyé de mon téléphone Samsung Galaxy"""
    body = multi("alternative", [leaf("text/plain", text),
                                 leaf("text/html", html_wrap('<div dir="auto">' + text2html(text) + "</div>"))],
                 "--_com.samsung.android.email_1613399441729810")
    m = mk(when, sent, "mail-wm1-f65.google.example.com", "209.85.128.65", "4DfRb60TgKz8",
           "Ibrahima Diallo <ibrahima.diallo.sim@gmail.example.com>", hdr("Délai rapport volontaire ?", enc="Q"),
           "<k1n4q7t0w3z6c9f2.id.20210215153037@email.android.example.com>", body)
    add(22, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about a report extension and format, the day before the report deadline: mentions the "
              "voluntary report but submits nothing (no attachment); Samsung email client."))


# ---------------------------------------------------------------- 23 report (fr), last-minute on time
def m23():
    when = at("2021-02-16 23:12:06")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Madame, Monsieur,

Veuillez trouver ci-joint, in extremis, la contribution de la Commission Justice et Paix du Vicariat apostolique de Tripoli au titre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Nous vous remercions pour l'extension du délai.

Respectueusement,

Fr. Giacomo Bellini, ofm
Secrétaire exécutif
Commission Justice et Paix – Vicariat apostolique de Tripoli (Libye)
"""
    docx = make_docx(["Commission Justice et Paix - Vicariat apostolique de Tripoli",
                      "Contribution a l'examen regional du PMM", "Migrants detenus et accompagnement pastoral"])
    fname = "Contribution_CJP_Tripoli_PMM_16-02-2021.docx"
    body = multi("mixed", [alt(text, "_000_AS8PR04MB8021D4C3B2A1F0E9AS8PR04MB8021eurp_"), attach(DOCX, docx, fname)],
                 "_004_AS8PR04MB8021D4C3B2A1F0E9AS8PR04MB8021eurp_")
    m = mk(when, sent, "mail-as8eur04.outbound.protection.example.com", "40.107.4.55", "4Dg4Tn2WbHz1",
           "Giacomo Bellini <segreteria.cjp@vicariato-tripoli.example.org>",
           hdr("Contribution CJP Tripoli - examen régional PMM", enc="Q"),
           "<AS8PR04MB8021D4C3B2A1F0E9@AS8PR04MB8021.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="received 23:12 Beirut on 16 Feb (22:12 +01:00 in Date): on time, 'in extremis'; the report is "
              "called a 'contribution'; signer with 'Fr.' and religious order suffix 'ofm'."))


# ---------------------------------------------------------------- 24 report (fr), late, phone
def m24():
    when = at("2021-02-17 19:40:22")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonsoir,

Désolée pour le retard, notre connexion a été coupée hier toute la journée. Voici le rapport de la Maison d'accueil des Sœurs Franciscaines Missionnaires de Marie à Tanger.

Sœur Béatrice
FMM Tanger

Envoyé de mon iPhone"""
    pdf = make_pdf(["Soeurs Franciscaines Missionnaires de Marie - Tanger",
                    "Rapport volontaire : maison d'accueil pour femmes et enfants migrants"])
    fname = "rapport FMM Tanger.pdf"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach(PDF, pdf, fname)],
                 "Apple-Mail-7C2B9E41-0A3D-4F18-B6E5-91D0C8A4F273")
    m = mk(when, sent, "mail-wr1-f50.google.example.com", "209.85.221.50", "4DgZm71FsQz5",
           addr("Béatrice FMM", "fmm.tanger@gmail.example.com", enc="Q"), "rapport",
           "<3F8A0C2D-5B7E-4D19-A6C3-E2F1B0D97A45@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (17 Feb evening); iPhone, one-word subject; report named only in the body line 'Voici le "
              "rapport'; sister signs with first name only."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
