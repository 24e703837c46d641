#!/usr/bin/env python3
"""Write the blind evaluation set holdout98 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets98.py
Theme: youth and student organisations: student unions, scouts, youth councils, volunteer networks,
young migrants' and refugees' groups (Jordan, Lebanon, Egypt, Morocco, Tunisia, Sudan).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout98")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h98-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
def alt(text, bnd, charset="UTF-8", cte="quoted-printable", html=None, rtl=False):
    if html is None:
        inner = text2html(text)
        html = ('<div dir="rtl">' + inner + "</div>\n") if rtl else ('<div dir="ltr">' + inner + "</div>\n")
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)], bnd)


def attach(ctype, data, name, enc="plain", inline=False):
    if enc == "2231":
        params = [("name*", rfc2231(name))]
        disp = "attachment; filename*=%s" % rfc2231(name)
    elif enc == "2047":
        params = [("name", '"%s"' % b_word(name))]
        disp = 'attachment; filename="%s"' % b_word(name)
    else:
        params = [("name", '"%s"' % name)]
        disp = ('inline' if inline else 'attachment') + '; filename="%s"' % name
    return leaf(ctype, data, cte="base64", params=params, disp=disp)


M01_ID = "<CAJx7fQm2kP0vR4sT6uW8yA1cE3gI5kM7oQ9sU1wY3aC5eG7i@mail.gmail.example.com>"


def m01():
    when = at("2021-01-27 22:41:09")
    sent = when - dt.timedelta(seconds=4)
    text = """hey,

so my friend forwarded me your invitation for the GCM regional review thing and honestly I'd love to be part of it. I'm Omar Haddad (everyone calls me Omi), 3rd year law student at the University of Jordan (UJ), and I've been volunteering with refugee kids in Zarqa for like two years now so migration isn't just theory for me

is it ok if a student applies for himself?? I don't represent any big organization, just me :) I'd like to take part in the open discussion on the 23rd, I think young people barely get asked about this stuff.

let me know if you need anything (CV, a short bio...)

thanks a lot!!
Omar

Sent from my Galaxy"""
    body = alt(text, "000000000000b7c21f05b9e3a6d2")
    rows = std_rows(when, "mail-ed1-f68.google.example.com", "209.85.208.68", "4DQm1k0Zq2z9",
                    "Omar Haddad <omi.haddad99@gmail.example.com>", "participation - student",
                    rfcdate(sent), M01_ID, ret="omi.haddad99@gmail.example.com")
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Omar Haddad", None, "University of Jordan (UJ)", ["open_discussion"])],
        notes="informal student applying for himself, no organisation he represents ('just me'); nickname '(everyone "
              "calls me Omi)' after the name is not part of it; '3rd year law student' is a status, not a job title "
              "(title null); 'the open discussion on the 23rd' = open_discussion; vague subject."))


M02_ID = "<VI1PR06MB4417A2C39D1E0B6F7A8C2D3E91A0@VI1PR06MB4417.eurprd06.prod.outlook.example.com>"


def m02():
    when = at("2021-01-28 13:20:31")
    sent = when - dt.timedelta(seconds=6)
    text = """مرحبا،

بعتذر عالتأخير بالرد، كنا ناطرين اجتماع الهيئة الإدارية لنحسم الموضوع.

حابين نرشّح القائدة رنا سليمان لتحكي بالطاولة المستديرة التانية، هي مفوّضة العلاقات الخارجية عنا، وعم تشتغل من سنين مع الشباب السوريين والفلسطينيين بالمخيمات الكشفية بالبقاع والشمال.

إذا بدكن أي معلومات زيادة أو سيرة ذاتية خبّروني.

شكراً كتير،

جاد الخوري
أمين السر
جمعية الكشّاف اللبناني للتنمية
Lebanese Scouts for Development Association
بيروت – لبنان
هاتف: +961 3 000 412
"""
    body = alt(text, "_000_VI1PR06MB4417A2C39D1E0B6F7A8C2D3E91A0VI1PR06MB4417eurp_", cte="base64", rtl=True)
    rows = std_rows(when, "mail-eopbgr130052.outbound.protection.outlook.example.com", "40.107.13.52",
                    "4DR4hW0s3Nz5", addr("جاد الخوري", "jad.khoury@lsda-lb.example.org"),
                    hdr("ترشيح للطاولة المستديرة"), rfcdate(tz(sent, 0)), M02_ID,
                    ret="jad.khoury@lsda-lb.example.org")
    rows += [("Thread-Topic", hdr("ترشيح للطاولة المستديرة")), ("Thread-Index", "AdbOVq3x1mJ7cR0eS2iFh9Kc4Q2Bww=="),
             ("Content-Language", "ar-LB")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رنا سليمان", "مفوّضة العلاقات الخارجية", "جمعية الكشّاف اللبناني للتنمية", ["roundtable"], 2)],
        notes="Levantine colloquial, Outlook base64; the sender (secretary) proposes someone else; 'القائدة' is a scout "
              "honorific, not part of the name; title given as 'هي مفوّضة العلاقات الخارجية عنا' with the "
              "organisation only in the sender's signature (Arabic and English forms); 'الطاولة المستديرة التانية' "
              "(colloquial spelling of الثانية) = roundtable 2; Date header in UTC."))


def m03():
    when = at("2021-01-30 10:02:47")
    sent = when - dt.timedelta(seconds=12)
    text = """Madame, Monsieur,

Suite à la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, nous avons l'honneur de vous faire part de l'intérêt du Conseil Local des Jeunes de Sfax (CLJ Sfax) à contribuer activement aux travaux.

Réuni en séance plénière le 28 janvier 2021, le bureau du Conseil a désigné Mlle Yasmine Ben Salah, Vice-présidente chargée des relations extérieures, pour assurer le rôle de rapporteure et présenter les messages clés des parties prenantes, notamment ceux issus de la consultation des jeunes que nous organisons à Sfax et Gabès le 15 février.

Mlle Ben Salah est joignable à l'adresse yasmine.bensalah@clj-sfax.example.tn.

Restant à votre entière disposition, nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le Président
Mehdi Trabelsi
Conseil Local des Jeunes de Sfax
Municipalité de Sfax – Tunisie
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>'
            '<body lang="FR" link="#0563C1"><div class="WordSection1">\n'
            + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>")
                        for p in text.strip().split("\n\n")) + "\n</div></body></html>\n")
    body = alt(text, "_000_PR3P191MB0873D0E7C1B2A9F4E6_", charset="windows-1252", html=html)
    rows = std_rows(when, "mail-pr2fra01on2098.outbound.protection.outlook.example.com", "40.107.12.98",
                    "4DSW7r3kF1z2", '"Conseil Local des Jeunes de Sfax" <contact@clj-sfax.example.tn>',
                    "=?iso-8859-1?Q?D=E9signation_d'une_rapporteure_-_CLJ_Sfax?=", rfcdate(tz(sent, 1)),
                    "<PR3P191MB0873D0E7C1B2A9F4E6A1B7C9D2E@PR3P191MB0873.EURP191.PROD.OUTLOOK.example.com>",
                    ret="contact@clj-sfax.example.tn")
    rows += [("Cc", "yasmine.bensalah@clj-sfax.example.tn"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Yasmine Ben Salah", "Vice-présidente chargée des relations extérieures",
           "Conseil Local des Jeunes de Sfax (CLJ Sfax)", ["rapporteur"])],
        notes="youth council (Tunisia) proposing a rapporteur, formal Maghrebi French, windows-1252 QP, Outlook; "
              "the signer (Président) is not the speaker; 'Mlle' honorific; the role is written 'rôle de "
              "rapporteure' (feminine); mentions a 15 February event that is not a deadline."))


def m04():
    when = at("2021-01-31 16:48:22")
    sent = when - dt.timedelta(seconds=9)
    text = """Dear GCM Regional Review Team,

Greetings from Khartoum.

We are Nafeer Youth Volunteers, a group of young Sudanese volunteers working with returnees and internally displaced youth in Khartoum and Gedaref. We received your kind invitation through the Sudan Youth Forum mailing list and we are very interested in participating.

Before we decide who of our members will join, we would like to ask kindly:
1. Is the conference in person in Beirut or online? Because of COVID many of our members can not travel.
2. If it is in person, is there any travel support (tickets, visa, accommodation) for youth participants from Sudan? We are a small volunteer group with no budget for travel.
3. Is there interpretation to Arabic? Some of our members are more comfortable speaking Arabic.

We will send the name of our representative once we know these details.

Thank you very much and best regards,

Mazin Abdelgadir
Nafeer Youth Volunteers - Sudan
"""
    body = leaf("text/plain", text, "UTF-8", "7bit")
    rows = std_rows(when, "mout.yahoo.example.com", "74.6.134.40", "4DTgK21Q8vz3",
                    "Mazin Abdelgadir <mazin.nafeer@yahoo.example.com>",
                    "Inquiry about travel support for youth participants", rfcdate(tz(sent, 2)),
                    "<1612104502.482110.mazin@mail.yahoo.example.com>", ret="mazin.nafeer@yahoo.example.com",
                    extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    m = top(body, rows)
    add(4, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question about format, travel support and interpretation; explicitly proposes no one yet ('we will "
              "send the name of our representative'), so no speakers although the mail is about participating."))


def m05():
    when = at("2021-02-01 09:15:03")
    sent = when - dt.timedelta(seconds=2)
    text = """شكراً لرسالتك.

أنا خارج المكتب في إجازة امتحانات نصف العام حتى يوم الأحد ٧ فبراير، ولن أتمكن من الرد على البريد الإلكتروني بانتظام.
للأمور العاجلة الخاصة باتحاد الطلاب يرجى التواصل مع الزميل كريم منصور على البريد: k.mansour@su-cu.example.edu.eg

مع التحية،
نورهان صبري
أمينة اللجنة الثقافية – اتحاد طلاب جامعة القاهرة
"""
    body = alt(text, "000000000000e1f4a605ba3f71c8", cte="base64", rtl=True)
    rows = std_rows(when, "mail-lj1-f197.google.example.com", "209.85.208.197", "4DUxN50Bq7z4",
                    addr("نورهان صبري", "nourhan.sabry@su-cu.example.edu.eg"),
                    re_hdr("Re: ", "ترشيحات اتحادات الطلاب – المراجعة الإقليمية"), rfcdate(tz(sent, 2)),
                    "<CAGv8xZ1nB3mD5fH7jL9pR1tV3xZ5bD7fH9jL1nP3rT5vX7z@mail.gmail.example.com>",
                    ret="", extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", "<5f2a9c1e-ffd0-4e8a-9b31-gcmrr-fwd-0131@iom.int>"),
             ("References", "<5f2a9c1e-ffd0-4e8a-9b31-gcmrr-fwd-0131@iom.int>")]
    m = top(body, rows)
    add(5, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder in Arabic (Auto-Submitted: auto-replied, empty Return-Path) with a 'Re:' "
              "subject; it names a colleague and a student union, which must not be read as a speaker proposal."))


def m06():
    when = at("2021-02-02 19:33:40")
    sent = when - dt.timedelta(seconds=15)
    html = """<html><head><meta charset="utf-8"></head><body>
<p>Bonjour à toute l'équipe,</p>
<p>Le Réseau Marocain des Jeunes Volontaires (REMAJEV) souhaite participer à l'Examen régional du PMM. Vous trouverez ci-dessous nos deux intervenants :</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dfe9f5"><th>Nom</th><th>Fonction</th><th>Organisation</th><th>Session souhaitée</th></tr>
<tr><td>Abderrahim (Rahim) Benali</td><td>Coordinateur national</td><td>REMAJEV</td><td>Plénière (intervention depuis la salle)</td></tr>
<tr><td>Salma El Idrissi</td><td>Chargée de plaidoyer, antenne d'Oujda</td><td>REMAJEV</td><td>Table ronde 3</td></tr>
</table>
<p>Salma travaille au quotidien avec les jeunes migrants subsahariens bloqués à Oujda, elle peut apporter un témoignage concret.</p>
<p>Merci d'avance et bonne soirée,<br>
<b>Hicham Lazrak</b><br>
Chargé de communication – REMAJEV<br>
Rabat, Maroc</p>
</body></html>
"""
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.remajev.example.ma", "196.200.131.14", "4DVb3t6Hh2z8",
                    "Hicham Lazrak <communication@remajev.example.ma>",
                    "=?UTF-8?Q?Intervenants_REMAJEV_=E2=80=93_Examen_r=C3=A9gional_PMM?=", rfcdate(tz(sent, 1)),
                    "<20210202173325.4f1c8d2e@remajev.example.ma>", ret="communication@remajev.example.ma",
                    extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)")])
    m = top(body, rows)
    aff = "Réseau Marocain des Jeunes Volontaires (REMAJEV)"
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abderrahim Benali", "Coordinateur national", aff, ["plenary"]),
        sp("Salma El Idrissi", "Chargée de plaidoyer, antenne d'Oujda", aff, ["roundtable"], 3)],
        notes="HTML-only message, speakers in an HTML table; nickname '(Rahim)' in the middle of the name; the table "
              "gives only the acronym, the full name of the network is in the intro sentence; 'Plénière "
              "(intervention depuis la salle)' = plenary; the sender (communication officer) is not a speaker."))


M07_ID = "<6B1F0D2A-93C4-4E7B-A5D8-2C9E1F4B7A30@sawa-youth.example.org>"
M07_NAME = "Sawa_GCM_voluntary_review_2021.docx"


def m07():
    when = at("2021-02-03 08:52:16")
    sent = when - dt.timedelta(seconds=20)
    text = """Good morning,

Please find attached the voluntary GCM review report of Sawa Youth Initiative, prepared with young refugees from Syria, Iraq, Yemen and Sudan living in east Amman and Mafraq. It was written in workshops over the last 3 months so it's mostly their own words.

We'd also like one of the young people who co-wrote it to speak in a plenary session: Mohammed Al-Khatib (Hamoudi), 22, youth facilitator at Sawa, originally from Daraa. He'll talk about access to work permits for young refugees.

Thank you,
Dima

Dima Qasem
Program Manager | Sawa Youth Initiative
Amman - Jordan

Sent from my iPhone"""
    doc = make_docx(["Sawa Youth Initiative - Voluntary GCM Review Report 2021",
                     "Young refugees in east Amman and Mafraq: work, education and documentation",
                     "GCM Objectives 4, 6 and 15", "Written with 34 young people aged 16-27"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "7bit"),
                           attach(DOCX, doc, M07_NAME)], "Apple-Mail-3E1C8A2F-7B4D-4F0A-9C61-5D2E8B1A6F93")
    rows = std_rows(when, "mail.sawa-youth.example.org", "91.186.231.20", "4DW2Kp1mZ0z6",
                    "Dima Qasem <dima@sawa-youth.example.org>",
                    "Sawa Youth Initiative - GCM voluntary review + speaker", rfcdate(tz(sent, 2)), M07_ID,
                    ret="dima@sawa-youth.example.org", extra=[("X-Mailer", "iPhone Mail (18C66)")])
    m = top(body, rows)
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mohammed Al-Khatib", "youth facilitator", "Sawa Youth Initiative", ["plenary"])],
        report_attachments=[M07_NAME],
        notes="iPhone Mail, report DOCX + one speaker; nickname '(Hamoudi)' after the surname; title and "
              "organisation run together with age ('22, youth facilitator at Sawa'), full organisation name only in "
              "the first sentence and the sender's signature; sender (program manager) is not the speaker."))


def m08():
    when = at("2021-02-03 21:07:55")
    sent = when - dt.timedelta(seconds=33)
    text = """السلام عليكم ورحمة الله،

إزيكم يا جماعة، إن شاء الله تكونوا بخير.

إحنا ملتقى الشباب السوداني بمصر، مجموعة شباب لاجئين ومهاجرين سودانيين في القاهرة والجيزة، شغالين من ٢٠١٨ في الدعم النفسي والتعليم للشباب اللي لسه واصلين. وصلتنا الدعوة من صحاب لينا في منظمة شريكة وعايزين نشارك بمداخلة في الجلسة العامة يوم ٢٤ أو ٢٥.

بيانات المتحدث:
١- المنظمة: ملتقى الشباب السوداني بمصر
٢- الصفة: منسق البرامج
٣- الاسم: أحمد عبد الرحيم (ود الحاج)

ياريت تردوا علينا بأي حاجة ناقصة، وشكراً ليكم جداً.

محمد عثمان
عضو اللجنة التنفيذية
"""
    body = alt(text, "0000000000004a7c9105ba5e3c21", rtl=True)
    rows = std_rows(when, "mail-wm1-f47.google.example.com", "209.85.128.47", "4DWQx83Ff5z1",
                    addr("Mohamed Osman", "sudyouth.cairo@gmail.example.com"),
                    hdr("مشاركة ملتقى الشباب السوداني بمصر"), rfcdate(tz(sent, 2)),
                    "<CAKp3Wn7xQ9rB1dF3hJ5lN7pR9tV1xZ3bD5fH7jL9nP1rT3v@mail.gmail.example.com>",
                    ret="sudyouth.cairo@gmail.example.com")
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أحمد عبد الرحيم", "منسق البرامج", "ملتقى الشباب السوداني بمصر", ["plenary"])],
        notes="Egyptian colloquial from a Sudanese refugee youth group in Cairo; numbered list in the order "
              "organisation / title / name with Eastern Arabic numerals; nickname '(ود الحاج)' after the name; "
              "sender (executive committee member, Latin-script display name) is not the speaker; "
              "'الجلسة العامة يوم ٢٤ أو ٢٥' = plenary."))


def m09():
    when = at("2021-02-04 12:26:14")
    sent = when - dt.timedelta(seconds=7)
    text = """Bonjour,

Svp on voulait savoir, la consultation multipartite du 23 février elle sera en présentiel à Beyrouth ou bien sur Zoom ? Et est-ce qu'il faut s'inscrire séparément pour la conférence du 24-25 ou bien c'est le même lien ?

On est l'Amicale des étudiants de la faculté de droit de l'USJ, plusieurs de nos membres voudraient suivre les travaux (juste comme observateurs pour le moment, pas pour intervenir).

Merci beaucoup et bonne journée,
Karim Abi Nader
Amicale FDSP – USJ
"""
    body = alt(text, "000000000000f3c8b705ba7d12e4")
    rows = std_rows(when, "mail-qt1-f172.google.example.com", "209.85.160.172", "4DX7Rj2kT4z0",
                    "Karim Abi Nader <karim.abinader@net.usj.example.edu.lb>",
                    "Question - consultation 23 fevrier", rfcdate(tz(sent, 2)),
                    "<CAN5uQ2wY4aC6eG8iK0mO2qS4uW6yA8cE0gI2kM4oQ6sU8w@mail.gmail.example.com>",
                    ret="karim.abinader@net.usj.example.edu.lb")
    m = top(body, rows)
    add(9, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Levantine French logistics question (in person or Zoom, registration link); members want to attend "
              "'comme observateurs ... pas pour intervenir' - explicitly not a speaking request."))


M10_NAME = "تقرير المراجعة الطوعية - مجلس شباب إربد.pdf"


def m10():
    when = at("2021-02-04 15:40:02")
    sent = when - dt.timedelta(seconds=25)
    text = """السادة القائمين على المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

يسر مجلس شباب محافظة إربد أن يرفق لكم تقريره الطوعي حول تنفيذ الاتفاق العالمي للهجرة على المستوى المحلي، والذي أُعدّ بمشاركة ستين شاباً وشابة من المجتمع المضيف واللاجئين السوريين في المحافظة، ويتناول بشكل خاص الهدفين الخامس عشر والسادس عشر.

نأمل أن يسهم هذا التقرير في إثراء النقاش الإقليمي.

وتفضلوا بقبول فائق الاحترام،

لانا الزعبي
منسقة المجلس
مجلس شباب محافظة إربد
"""
    pdf = make_pdf(["Irbid Governorate Youth Council", "Voluntary GCM Review Report 2021",
                    "Objectives 15 and 16 - host community and Syrian refugee youth"])
    body = multi("mixed", [alt(text, "----=_NextPart_001_0042_01D6FAE1.7C5B3A20", cte="base64", rtl=True),
                           attach("application/pdf", pdf, M10_NAME, enc="2231")],
                 "----=_NextPart_000_0041_01D6FAE1.7C5B3A20")
    rows = std_rows(when, "mail.irbid-youth.example.jo", "82.212.66.31", "4DXCm90Yr6z2",
                    addr("لانا الزعبي", "l.zoubi@irbid-youth.example.jo"),
                    hdr("التقرير الطوعي لمجلس شباب محافظة إربد"), rfcdate(tz(sent, 2)),
                    "<003f01d6fae1$7c5b3a20$75118f60$@irbid-youth.example.jo>", ret="l.zoubi@irbid-youth.example.jo",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    m = top(body, rows)
    add(10, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M10_NAME],
        notes="formal MSA, Outlook base64; PDF with an Arabic file name in RFC 2231 encoding; no speaker proposed."))


def m11():
    when = at("2021-02-05 10:12:48")
    sent = when - dt.timedelta(seconds=5)
    text = """Dear Sir/Madam,

Further to your invitation dated 1 February, the Egyptian Scout and Girl Guide Federation would like to request a floor intervention in Roundtable 1 for the following person:

Programme Officer, Youth & Migration Unit, Egyptian Scout and Girl Guide Federation (ESGGF) - Ms. Nourhan Adel

Ms. Adel coordinates our "Scouts on the Move" project with young migrants and refugees in Alexandria and Cairo.

Kindly confirm receipt.

Best regards,

Heba Farouk
Executive Office
Egyptian Scout and Girl Guide Federation
15 Ramses St., Cairo
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=us-ascii"></head><body lang="EN-US"><div class="WordSection1">\n'
            + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>")
                        for p in text.strip().split("\n\n")) + "\n</div></body></html>\n")
    body = alt(text, "_000_AM6PR08MB4021E3B5A1C7D9F2B0A4E6C8D1F3AM6PR08MB4021eurp_", charset="us-ascii",
               html=html)
    rows = std_rows(when, "mail-am6eur05on2107.outbound.protection.outlook.example.com", "40.107.22.107",
                    "4DXr1c5Wn3z7", "Heba Farouk <executive.office@esggf.example.org.eg>",
                    "Request for floor intervention - Roundtable 1", rfcdate(tz(sent, 2)),
                    "<AM6PR08MB4021E3B5A1C7D9F2B0A4E6C8D1F3@AM6PR08MB4021.eurprd08.prod.outlook.example.com>",
                    ret="executive.office@esggf.example.org.eg")
    rows += [("Thread-Topic", "Request for floor intervention - Roundtable 1"),
             ("Thread-Index", "AQHW+2c1qF3kJ8dD0E2sW7bZxY1T4w=="), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nourhan Adel", "Programme Officer, Youth & Migration Unit",
           "Egyptian Scout and Girl Guide Federation (ESGGF)", ["roundtable"], 1)],
        notes="Outlook text+HTML; speaker line written title, unit, organisation first and the name last "
              "after a dash with 'Ms.'; the unit belongs to the title; sender (executive office) is not the "
              "speaker; 'dated 1 February' is not a deadline."))


def m12():
    when = at("2021-02-05 23:56:58")
    sent = when - dt.timedelta(seconds=18)
    text = """Bonsoir,

Je m'excuse d'écrire si tard, j'espère que ce n'est pas trop tard pour la date limite de ce soir.

Je souhaiterais intervenir lors de la table ronde n°4 au nom de l'UGET. Je travaille depuis deux ans sur l'accès des étudiants subsahariens aux logements universitaires à Tunis et je pense que la voix des étudiants étrangers manque souvent dans ces espaces.

Je reste disponible pour tout complément d'information.

Cordialement,

-- 
Skander Mejri
Membre du bureau exécutif
Union Générale des Étudiants de Tunisie (UGET)
Master Migrations et Sociétés, Université de Tunis El Manar
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "smtp.topnet.example.tn", "197.2.144.9", "4DY8wS1gB6z3",
                    "Skander Mejri <skander.mejri@laposte.example.tn>",
                    "Demande d'intervention - table ronde 4", rfcdate(tz(sent, 1)),
                    "<b83c1e27-4a5d-9f02-6e1b-c7d4a9f3e810@laposte.example.tn>", ret="skander.mejri@laposte.example.tn",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                          "Thunderbird/78.7.0"), ("Content-Language", "fr")])
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Skander Mejri", "Membre du bureau exécutif", "Union Générale des Étudiants de Tunisie (UGET)",
           ["roundtable"], 4)],
        notes="deadline edge: received 23:56:58 Beirut on Fri 5 Feb (on time) while the Date header says 22:56:40 "
              "+0100 (Tunis); Thunderbird format=flowed 8bit; self-nomination, details only in the signature "
              "after '-- ', with a second (university) affiliation line; 'table ronde n°4'."))


def m13():
    when = at("2021-02-06 00:04:10")
    sent = when - dt.timedelta(seconds=19)
    text = """Dear GCM Regional Review team,

Apologies for sending this at the very last minute - we only heard about the call this week through a WhatsApp group.

The Sudanese Youth Diaspora Network UK (SYDN-UK) would like to propose our chair, Dr. Amna El-Tayeb, to take part in the open discussion of the multi-stakeholder consultation and, if there is space, to make a floor intervention in one of the plenary sessions. Amna grew up between Khartoum and Cairo before moving to the UK as a student and now works on youth return and circular migration.

Her details:
Name: Amna El-Tayeb
Title: Chair
Organisation: SYDN-UK

Many thanks,
Yousif Babiker
Volunteer, SYDN-UK
London
"""
    body = alt(text, "000000000000c9a2e805baa2d7f1")
    rows = std_rows(when, "mail-wr1-f43.google.example.com", "209.85.221.43", "4DYB0q8Ls1z5",
                    "Yousif Babiker <yousif.babiker@sydn-uk.example.org>",
                    "Speaker proposal - SYDN-UK (Sudanese youth diaspora)", rfcdate(tz(sent, 0)),
                    "<CAHd9Fp2sL4nP6rT8vX0zB2dF4hJ6lN8pR0tV2xZ4bD6fH8j@mail.gmail.example.com>",
                    ret="yousif.babiker@sydn-uk.example.org")
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Amna El-Tayeb", "Chair", "Sudanese Youth Diaspora Network UK (SYDN-UK)",
           ["open_discussion", "plenary"])],
        notes="deadline edge: Date header Fri, 5 Feb 2021 22:03:51 +0000 (London) looks on time but it was received "
              "00:04:10 Beirut on Sat 6 Feb - late; two roles (open discussion + plenary 'if there is space'); the "
              "field list gives only the acronym, the full name is in the prose; 'Dr.' dropped."))


def m14():
    when = at("2021-02-08 17:22:36")
    sent = when - dt.timedelta(seconds=11)
    text = """السلام عليكم

بغينا نشاركو فالمؤتمر ديال المراجعة الإقليمية. حسب الرسالة ديالكم بالعربية آخر أجل للمتحدثين هو 23 فبراير، إيلا كان هادشي صحيح راه باقي الوقت.

كنقترحو خديجة الوزاني، رئيسة جمعية شباب المهجر للتنمية بوجدة، باش تهضر على الشباب المغاربة اللي رجعو من أوروبا والشباب الأفارقة اللي عالقين فالحدود.

شكرا بزاف

مرسل من الآيفون ديالي"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.menara.example.ma", "41.248.3.120", "4DZ4pH7cV2z9",
                    addr("Youssef Amrani", "y.amrani.oujda@menara.example.ma"),
                    hdr("المشاركة فالمؤتمر"), rfcdate(tz(sent, 1)),
                    "<E7A4C2B9-1D3F-4A6E-8B0C-5F9D2E1A7C34@menara.example.ma>", ret="y.amrani.oujda@menara.example.ma",
                    extra=[("X-Mailer", "iPhone Mail (18D52)")])
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("خديجة الوزاني", "رئيسة", "جمعية شباب المهجر للتنمية بوجدة", [])],
        notes="Moroccan darija, iPhone base64; relies on the misprinted Arabic deadline '23 فبراير' and believes it is "
              "on time, but the speaker deadline was 5 Feb - late; no role stated ('باش تهضر' only); title and "
              "affiliation in one apposition 'رئيسة جمعية ...'; sender is not the speaker and gives no signature."))


def m15():
    when = at("2021-02-09 06:31:12")
    orig_date = "Tue, 9 Feb 2021 06:30:58 +0200"
    dsn_text = """This is the mail system at host mx.nafeer-sd.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<mazin.nafeer@nafeer-sd.example.org>: host mx.nafeer-sd.example.org[196.29.170.8]
    said: 552 5.2.2 <mazin.nafeer@nafeer-sd.example.org>: Mailbox full (in
    reply to RCPT TO command)
"""
    status = ("Reporting-MTA: dns; mx.nafeer-sd.example.org\n"
              "X-Postfix-Queue-ID: 4DZn0F3kQ1z8\n"
              "Arrival-Date: %s\n\n"
              "Final-Recipient: rfc822; mazin.nafeer@nafeer-sd.example.org\n"
              "Original-Recipient: rfc822;mazin.nafeer@nafeer-sd.example.org\n"
              "Action: failed\nStatus: 5.2.2\n"
              "Remote-MTA: dns; mx.nafeer-sd.example.org\n"
              "Diagnostic-Code: smtp; 552 5.2.2 <mazin.nafeer@nafeer-sd.example.org>: Mailbox full\n" % orig_date)
    p1 = leaf("text/plain", dsn_text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    blocks = []
    for chunk in status.strip().split("\n\n"):
        b = Message(policy=POL)
        for line in chunk.split("\n"):
            k, v = line.split(":", 1)
            b[k] = v.strip()
        blocks.append(b)
    p2.set_payload(blocks)
    p3 = Message(policy=POL)
    p3["Content-Description"] = "Undelivered Message Headers"
    p3["Content-Type"] = "text/rfc822-headers"
    p3.set_payload("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                   "To: mazin.nafeer@nafeer-sd.example.org\n"
                   "Subject: RE: Inquiry about travel support for youth participants\n"
                   "Date: %s\nMessage-ID: <DB8PR04MB7021A6C1E3F5B8D0@DB8PR04MB7021.eurprd04.prod.outlook.example.com>\n"
                   % orig_date)
    body = multi("report", [p1, p2, p3], "4DZn0F3kQ1z8.1612845072/mx.nafeer-sd.example.org",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mx.nafeer-sd.example.org", "196.29.170.8", "4DZn0K8sP5z1",
                    "MAILER-DAEMON@nafeer-sd.example.org (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(when - dt.timedelta(seconds=1)),
                    "<20210209043111.7C2E31A04F@mx.nafeer-sd.example.org>", ret="")
    rows[0] = ("Return-Path", "<>")
    m = top(body, rows)
    add(15, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status, mailbox full) for our reply to a question; the quoted "
              "subject mentions travel support; From is MAILER-DAEMON."))


M16_ID = "<1a7e3c90-4b2d-4f6a-8e13-c5d9b0f2a471@cjmr-rabat.example.ma>"
M16_NAME = "Rapport_CJMR_revue_PMM_2021.pdf"


def m16():
    when = at("2021-02-11 14:05:27")
    sent = when - dt.timedelta(seconds=14)
    text = """Bonjour Madame, Monsieur,

Au nom du Collectif des Jeunes Migrants de Rabat (CJMR), je vous transmets en pièce jointe notre rapport volontaire pour l'examen régional du Pacte mondial sur les migrations (PMM).

Le rapport a été rédigé par des jeunes migrants originaires de Guinée, du Cameroun, de Côte d'Ivoire et du Mali installés à Rabat et Salé. L'annexe avec les témoignages (en cours de traduction) suivra dans quelques jours.

Bien à vous,

Aïcha Diallo
Porte-parole, CJMR
"""
    pdf = make_pdf(["Collectif des Jeunes Migrants de Rabat (CJMR)", "Rapport volontaire - Examen regional du PMM 2021",
                    "Jeunes migrants a Rabat et Sale: logement, emploi, regularisation"])
    body = multi("mixed", [alt(text, "------------A1C3E5F7B9D2E4F6A8C0B2D4"),
                           attach("application/pdf", pdf, M16_NAME)], "------------F4B2D6A8C0E1F3A5B7C9D1E3")
    rows = std_rows(when, "smtp.cjmr-rabat.example.ma", "105.159.22.61", "4Dbk3N6xW8z4",
                    "=?UTF-8?Q?A=C3=AFcha_Diallo?= <porteparole@cjmr-rabat.example.ma>",
                    "Rapport volontaire CJMR - examen PMM", rfcdate(tz(sent, 1)), M16_ID,
                    ret="porteparole@cjmr-rabat.example.ma",
                    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    m = top(body, rows)
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M16_NAME],
        notes="report PDF from a young migrants' collective in Morocco; announces an annex to follow (see h98-23); "
              "the signer's 'Porte-parole' title is not a speaking request."))


M17_NAME = "PYVN_Lebanon_GCM_Report_2021.pdf"


def m17():
    when = at("2021-02-12 20:44:19")
    sent = when - dt.timedelta(seconds=27)
    text = """مساء الخير،

مرفق تقرير شبكة المتطوعين الشباب الفلسطينيين في لبنان عن تطبيق الاتفاق العالمي للهجرة، اشتغلنا عليه مع شباب من مخيمات عين الحلوة والبداوي وبرج البراجنة.

ومنحب كمان يكون إلنا مداخلة بالجلسة العامة، بيمثلنا رفيقنا سامر عودة منسق الشبكة، لأنو موضوع هجرة الشباب الفلسطيني بالبحر من لبنان ما حدا عم يحكي فيه.

يعطيكن العافية،
ريم حسن
شبكة المتطوعين الشباب الفلسطينيين في لبنان (PYVN)
"""
    pdf = make_pdf(["Palestinian Youth Volunteers Network in Lebanon (PYVN)", "GCM voluntary review 2021",
                    "Ain al-Hilweh, Beddawi, Burj al-Barajneh"])
    body = multi("mixed", [alt(text, "000000000000a8d4f305bb2c6e19", rtl=True),
                           attach("application/pdf", pdf, M17_NAME)], "000000000000a8d4f505bb2c6e1b")
    rows = std_rows(when, "mail-ej1-f41.google.example.com", "209.85.218.41", "4Dc8Qv2rY0z6",
                    addr("Reem Hassan", "pyvn.lebanon@gmail.example.com"),
                    hdr("تقرير الشبكة + طلب مداخلة"), rfcdate(tz(sent, 2)),
                    "<CAMr4Yt8uV0wX2zB4dF6hJ8lN0pR2tV4xZ6bD8fH0jL2nP4r@mail.gmail.example.com>",
                    ret="pyvn.lebanon@gmail.example.com")
    m = top(body, rows)
    add(17, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سامر عودة", "منسق الشبكة", "شبكة المتطوعين الشباب الفلسطينيين في لبنان (PYVN)", ["plenary"])],
        report_attachments=[M17_NAME],
        notes="Levantine; report PDF (on time for 16 Feb) + plenary speaker request sent 12 Feb, after the 5 Feb "
              "speaker deadline, so 'both' is not on time; speaker's title 'منسق الشبكة' refers back to the "
              "network named in the sender's signature with its Latin acronym."))


def m18():
    when = at("2021-02-14 11:18:50")
    sent = when - dt.timedelta(seconds=8)
    name = "Sawa_GCM_voluntary_review_2021_v2.docx"
    text = """Hi again,

Sorry, small correction - we noticed some numbers in section 3 were wrong (the survey had 34 respondents, not 43). Attached is the corrected version, please use this one and disregard the first file.

Thanks!
Dima

Sent from my iPhone

> On 3 Feb 2021, at 08:51, Dima Qasem <dima@sawa-youth.example.org> wrote:
> 
> Good morning,
> 
> Please find attached the voluntary GCM review report of Sawa Youth Initiative, prepared with young refugees from Syria, Iraq, Yemen and Sudan living in east Amman and Mafraq. It was written in workshops over the last 3 months so it's mostly their own words.
> 
> We'd also like one of the young people who co-wrote it to speak in a plenary session: Mohammed Al-Khatib (Hamoudi), 22, youth facilitator at Sawa, originally from Daraa. He'll talk about access to work permits for young refugees.
> 
> Thank you,
> Dima
"""
    doc = make_docx(["Sawa Youth Initiative - Voluntary GCM Review Report 2021 (revised 13 Feb)",
                     "Section 3: survey of 34 young people aged 16-27"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach(DOCX, doc, name)],
                 "Apple-Mail-9D4B2F6E-1A3C-4E8B-B7D0-2F6A8C1E3B59")
    rows = std_rows(when, "mail.sawa-youth.example.org", "91.186.231.20", "4DcxT61nH3z2",
                    "Dima Qasem <dima@sawa-youth.example.org>",
                    "Re: Sawa Youth Initiative - GCM voluntary review + speaker", rfcdate(tz(sent, 2)),
                    "<0F3C8E1B-7A2D-4B9E-9C64-3E1A5D7B2F08@sawa-youth.example.org>",
                    ret="dima@sawa-youth.example.org", extra=[("X-Mailer", "iPhone Mail (18D52)")])
    rows += [("In-Reply-To", M07_ID), ("References", M07_ID)]
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h98-07.eml",
        notes="follow-up replacing the report of h98-07 with a v2 DOCX; quotes the earlier speaker request, which "
              "must not be counted again (no new speaker); reply to her own message, not to an acknowledgement."))


def m19():
    when = at("2021-02-14 19:02:41")
    sent = when - dt.timedelta(seconds=10)
    ack_id = "<ack-20210128-1121-3f9e@gcmrrarabstates.iom.int>"
    text = """ألف شكر عالتأكيد 🙏 
بالتوفيق إلكن وبنشوفكن بالمؤتمر إن شاء الله.

جاد

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, January 28, 2021 1:21 PM
To: جاد الخوري <jad.khoury@lsda-lb.example.org>
Subject: RE: ترشيح للطاولة المستديرة

شكراً لرسالتكم. لقد تم استلام طلبكم للتحدث وسيتم التواصل معكم لاحقاً.
"""
    body = alt(text, "_000_VI1PR06MB44179C2E4A1F3B5D7E9A0C2B4D6FVI1PR06MB4417eurp_", cte="base64", rtl=True)
    rows = std_rows(when, "mail-eopbgr130071.outbound.protection.outlook.example.com", "40.107.13.71",
                    "4Dd3Gh5vN7z0", addr("جاد الخوري", "jad.khoury@lsda-lb.example.org"),
                    re_hdr("RE: ", "ترشيح للطاولة المستديرة"), rfcdate(tz(sent, 0)),
                    "<VI1PR06MB44179C2E4A1F3B5D7E9A0C2B4D6F@VI1PR06MB4417.eurprd06.prod.outlook.example.com>",
                    ret="jad.khoury@lsda-lb.example.org")
    rows += [("In-Reply-To", ack_id), ("References", "%s %s" % (M02_ID, ack_id)),
             ("Content-Language", "ar-LB")]
    m = top(body, rows)
    add(19, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h98-02.eml",
        notes="thank-you reply (Levantine, with an emoji) to our acknowledgement of h98-02; adds nothing new, so no "
              "acknowledgement; References carry the original Message-ID of h98-02, In-Reply-To our ack."))


def m20():
    when = at("2021-02-15 16:37:05")
    sent = when - dt.timedelta(seconds=13)
    text = """Bonjour,

Les Scouts Tunisiens – Commissariat régional de Médenine ont le plaisir de vous transmettre ci-dessous leur contribution écrite à l'examen régional du Pacte mondial sur les migrations.

CONTRIBUTION ÉCRITE – LES SCOUTS TUNISIENS, MÉDENINE
1. Contexte : Médenine et Zarzis sont à la fois zone de départ des jeunes Tunisiens vers l'Italie et zone d'arrivée de migrants secourus en mer.
2. Nos actions : accueil des jeunes migrants au centre de Médenine, activités scoutes mixtes, sensibilisation aux risques de la migration irrégulière dans 14 lycées.
3. Recommandations : associer les organisations de jeunesse aux plans nationaux de mise en œuvre du Pacte (objectifs 2, 8 et 16), soutenir les clubs de jeunes dans les zones de départ.

Par ailleurs, nous aimerions que notre commissaire régional, le chef Walid Gharbi, puisse prendre la parole lors de la table ronde 2 pour présenter cette expérience.

Avec nos salutations scoutes,
Ines Jlassi
Secrétaire régionale
Les Scouts Tunisiens – Commissariat régional de Médenine
"""
    body = alt(text, "=_alt_7d2e4f8a1c3b5e9d0f6a")
    rows = std_rows(when, "smtp.scouts-medenine.example.tn", "197.14.55.83", "4DdTw08qJ6z4",
                    '"Ines Jlassi" <ines.jlassi@scouts-medenine.example.tn>',
                    "=?UTF-8?Q?Contribution_=C3=A9crite_et_demande_d'intervention?=", rfcdate(tz(sent, 1)),
                    "<e41c7a2f9b0d3e58@scouts-medenine.example.tn>", ret="ines.jlassi@scouts-medenine.example.tn",
                    extra=[("X-Mailer", "Roundcube Webmail/1.4.9")])
    m = top(body, rows)
    add(20, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Walid Gharbi", "commissaire régional", "Les Scouts Tunisiens – Commissariat régional de Médenine",
           ["roundtable"], 2)],
        notes="written contribution in the body (no attachment, report_attachments empty) + speaker request on 15 "
              "Feb: report part on time, speaker part late, so not on time; 'le chef' is a scout honorific; title "
              "written lower-case before the name; affiliation taken from the intro/signature."))


M21_NAME = "تقرير اتحاد الطلاب السودانيين بالرياض.docx"


def m21():
    when = at("2021-02-16 23:57:51")
    sent = when - dt.timedelta(seconds=21)
    text = """السلام عليكم

الله يعطيكم العافية، هذا تقرير اتحاد الطلاب السودانيين بالرياض عن أوضاع الطلاب والشباب المهاجرين، حاولنا نخلصه قبل الموعد والحمد لله لحقنا 😅

اعذرونا على التأخير، والتقرير مرفق بصيغة وورد.

مع خالص التحية
معتز الطيب
الأمين العام - اتحاد الطلاب السودانيين بالرياض
"""
    doc = make_docx(["Sudanese Students Union - Riyadh", "GCM voluntary report 2021",
                     "Sudanese students and young migrant workers in Saudi Arabia"])
    body = multi("mixed", [alt(text, "000000000000f7b3c905bb6e9a02", rtl=True),
                           attach(DOCX, doc, M21_NAME, enc="2047")], "000000000000f7b3ca05bb6e9a04")
    rows = std_rows(when, "mail-wm1-f52.google.example.com", "209.85.128.52", "4DgZ9c1sK2z7",
                    addr("معتز الطيب", "moataz.eltayeb.su@gmail.example.com"),
                    hdr("تقرير اتحاد الطلاب السودانيين بالرياض"), rfcdate(tz(sent, 3)),
                    "<CAPq5Zu9wX1yA3cE5gI7kM9oQ1sU3wY5aC7eG9iK1mO3qS5u@mail.gmail.example.com>",
                    ret="moataz.eltayeb.su@gmail.example.com")
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_NAME],
        notes="deadline edge: Date header 'Wed, 17 Feb 2021 00:57:30 +0300' (Riyadh) looks late but it was received "
              "23:57:51 Beirut on 16 Feb - on time; Gulf-flavoured colloquial; the sender apologises for a delay "
              "that isn't one; DOCX with an RFC 2047-encoded Arabic file name."))


def m22():
    when = at("2021-02-17 00:03:34")
    sent = when - dt.timedelta(seconds=22)
    name = "MSWB_GCM_Voluntary_Report_final.pdf"
    text = """Dear Review Team,

Please find attached the voluntary GCM review report of Moroccan Students Without Borders (MSWB), on student mobility and the brain drain of young Moroccan graduates.

We hope it's not too late, it's still the 16th here in Casablanca :)

Best,
Othmane Berrada
President, MSWB
"""
    pdf = make_pdf(["Moroccan Students Without Borders (MSWB)", "Voluntary GCM Review Report 2021",
                    "Student mobility and graduate emigration from Morocco"])
    body = multi("mixed", [alt(text, "000000000000a1c5e705bb6f0b31"),
                           attach("application/pdf", pdf, name)], "000000000000a1c5e805bb6f0b33")
    rows = std_rows(when, "mail-wr1-f66.google.example.com", "209.85.221.66", "4Dgb2m8Tq5z1",
                    "Othmane Berrada <o.berrada@mswb.example.ma>", "MSWB - GCM voluntary review report",
                    rfcdate(tz(sent, 1)), "<CAB7wX9yZ1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ@mail.gmail.example.com>",
                    ret="o.berrada@mswb.example.ma")
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge: Date header 'Tue, 16 Feb 2021 23:03:12 +0100' (Casablanca) and the sender says 'it's "
              "still the 16th here', but it was received 00:03:34 Beirut on 17 Feb - late."))


def m23():
    when = at("2021-02-17 09:41:18")
    sent = when - dt.timedelta(seconds=16)
    name = "Annexe_témoignages_CJMR.pdf"
    text = """Bonjour,

Comme annoncé, voici l'annexe de notre rapport avec les témoignages des jeunes (traduits en français). Désolée pour le retard, la traduction a pris plus de temps que prévu.

Bien à vous,
Aïcha

Le 11/02/2021 à 13:05, Aïcha Diallo a écrit :
> Bonjour Madame, Monsieur,
>
> Au nom du Collectif des Jeunes Migrants de Rabat (CJMR), je vous transmets en pièce jointe notre rapport volontaire pour l'examen régional du Pacte mondial sur les migrations (PMM).
>
> Le rapport a été rédigé par des jeunes migrants originaires de Guinée, du Cameroun, de Côte d'Ivoire et du Mali installés à Rabat et Salé. L'annexe avec les témoignages (en cours de traduction) suivra dans quelques jours.
>
> Bien à vous,
>
> Aïcha Diallo
> Porte-parole, CJMR
"""
    pdf = make_pdf(["CJMR - Annexe: temoignages de jeunes migrants", "Rabat et Sale, janvier 2021"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "UTF-8", "quoted-printable"),
                           attach("application/pdf", pdf, name, enc="2231")], "------------B8D0F2A4C6E81A3C5E7F9B1D")
    body.get_payload()[0].replace_header("Content-Type", "text/plain; charset=UTF-8; format=flowed")
    rows = std_rows(when, "smtp.cjmr-rabat.example.ma", "105.159.22.61", "4DgsM4wB9z3",
                    "=?UTF-8?Q?A=C3=AFcha_Diallo?= <porteparole@cjmr-rabat.example.ma>",
                    "Re: Rapport volontaire CJMR - examen PMM", rfcdate(tz(sent, 1)),
                    "<5d2b8f41-7c3e-4a90-b6e2-9f1a0c4d7e83@cjmr-rabat.example.ma>",
                    ret="porteparole@cjmr-rabat.example.ma",
                    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    rows += [("In-Reply-To", M16_ID), ("References", M16_ID)]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name], thread_of="h98-16.eml",
        notes="annex announced in h98-16, sent the morning after the report deadline (received 17 Feb 09:41 Beirut) "
              "- late although the main report was on time; Thunderbird reply to her own message; accented PDF "
              "name in RFC 2231."))


def m24():
    when = at("2021-02-17 11:26:09")
    sent = when - dt.timedelta(seconds=6)
    text = """Bonjour,

Je suis Rita Haddad, je coordonne le réseau Jeunes Bénévoles pour les Réfugiés (JBR) au Liban. On a eu un souci avec notre rapport, la personne qui le finalisait a eu le covid la semaine dernière 😔 Est-ce que c'est encore possible de vous l'envoyer d'ici vendredi ? Sinon est-ce qu'il y a une autre manière de contribuer, genre un résumé de deux pages ?

Merci d'avance pour votre compréhension, et bon courage pour l'organisation.

Rita
"""
    body = alt(text, "Apple-Mail=_6A2C4E8F-0B1D-4F3A-9E5C-7D1B3F5A9C2E")
    rows = std_rows(when, "mail.jbr-liban.example.org", "185.89.4.212", "4Dh0Pq3rF8z6",
                    "Rita Haddad <rita@jbr-liban.example.org>", "Rapport - retard", rfcdate(tz(sent, 2)),
                    "<A4E7C1F9-3B6D-4E0A-8C2F-9D5B1E7A3C60@jbr-liban.example.org>", ret="rita@jbr-liban.example.org",
                    extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="after the report deadline, a Lebanese volunteer network asks whether it may still send its report "
              "'d'ici vendredi' - a question, no report and no speaker; Levantine French with an emoji."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        os.remove(os.path.join(OUT, n))
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
