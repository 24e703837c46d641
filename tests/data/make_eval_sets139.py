#!/usr/bin/env python3
"""Write the blind evaluation set holdout139 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets139.py
Theme: journalists, media networks and fact-checkers covering migration: freelance reporters, press
syndicates, community radios, migrant-run media, photojournalists, journalism schools (Lebanon, Jordan,
Tunisia, Morocco, Egypt, Iraq, Gulf).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout139")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h139-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
INVITE_MID = "<DB9PR04MB8421A7C3E6F01B55D2E9A4C7B9C40@DB9PR04MB8421.eurprd04.prod.outlook.example.com>"
INVITE_SUBJ_EN = "Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021"


def m01():
    """freelance journalist, lower-case signature, Gmail alternative."""
    when = at("2021-01-29 14:22:31")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """Hello,

I saw the invitation shared on a WhatsApp group of journalists covering migration and I hope it's ok to write directly.

I've been reporting on migrant domestic workers in Lebanon for about six years now (kafala, the shelters, the repatriation flights since the crisis & the port explosion). I would really like to speak as a floor intervention in thematic roundtable 3, I think the perspective of someone who documents cases day to day could be useful, especially on access to information and how media frame migrants.

I am not with any outlet, I work freelance, so I'd be speaking in my own name.

Let me know if you need a bio or anything else!

thanks a lot,

--
maya sfeir
freelance journalist
beirut | +961 3 555 018
"""
    html = ("<div dir=\"ltr\"><div>Hello,</div><div><br></div><div>I saw the invitation shared on a WhatsApp group of journalists covering migration and I hope it's ok to write directly.</div><div><br></div>"
            "<div>I've been reporting on migrant domestic workers in Lebanon for about six years now (kafala, the shelters, the repatriation flights since the crisis &amp; the port explosion). I would really like to speak as a floor intervention in thematic roundtable 3, I think the perspective of someone who documents cases day to day could be useful, especially on access to information and how media frame migrants.</div><div><br></div>"
            "<div>I am not with any outlet, I work freelance, so I'd be speaking in my own name.</div><div><br></div><div>Let me know if you need a bio or anything else!</div><div><br></div><div>thanks a lot,</div><div><br></div>"
            "-- <br><div dir=\"ltr\" class=\"gmail_signature\"><div dir=\"ltr\"><font color=\"#666666\">maya sfeir<br>freelance journalist<br>beirut | +961 3 555 018</font></div></div></div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000f3b1a205ba0c7d21")
    rows = std_rows(when, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DS1kq2vRbz9",
                    "maya sfeir <mayasfeir.writes@gmail.example.com>",
                    "speaking at the GCM regional review - roundtable 3", rfcdate(sent),
                    "<CAKx7Yp3mTq1nR0vZcL5aU9dWg2hE8sJ4fB6oN1iK3yQ7xPz@mail.gmail.example.com>",
                    ret="mayasfeir.writes@gmail.example.com")
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maya Sfeir", "freelance journalist", None, ["roundtable"], 3)],
        notes="self-nomination; name and title only in an all-lower-case signature ('maya sfeir'), recorded "
              "capitalised; freelance, explicitly no outlet: affiliation null ('beirut | phone' is a location, "
              "not an organisation); 'Lebanon' and 'WhatsApp group' are decoys for affiliation."))


def m02():
    """Maghrebi colloquial Arabic: can journalists cover the conference? other."""
    when = at("2021-01-31 11:05:42")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """السلام عليكم

أنا صحافي من الدار البيضاء كنخدم مع واحد الموقع إخباري صغير، وكنغطي موضوع الهجرة والمهاجرين من جنوب الصحراء اللي عالقين فالمغرب.
شفت الدعوة ديال المراجعة الإقليمية ديال الاتفاق العالمي للهجرة، وبغيت نعرف واش الصحافيين يقدرو يحضرو الجلسات ويغطيوها؟ واش خاص شي اعتماد (accréditation) ولا غير التسجيل؟ وواش غادي يكون بث مباشر؟

ماشي باغي نتكلم فالمؤتمر، غير التغطية.

شكرا بزاف مسبقا
يوسف
"""
    body = leaf("text/plain", text, "UTF-8", cte="base64")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DT8bx1QmVz3",
                    addr("يوسف الإدريسي", "youssef.idrissi.press@gmail.example.com"),
                    hdr("سؤال بخصوص تغطية المؤتمر"), rfcdate(sent),
                    "<CAHm2Vq9-0pXcD3rLw7bN4yT8sK1eJ5uG6aF2oR9iZ0hQ3vB@mail.gmail.example.com>",
                    ret="youssef.idrissi.press@gmail.example.com")
    m = top(body, rows)
    add(2, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, speakers=[],
        notes="Moroccan darija in Arabic script (with a French word in brackets); press coverage/accreditation "
              "question, explicitly not a speaking request ('ماشي باغي نتكلم'); base64 body, RFC 2047 subject."))


def m03():
    """press syndicate proposes its secretary-general; acronym only in the subject."""
    when = at("2021-02-01 10:17:09")
    sent = tz(when - dt.timedelta(seconds=2), 1)
    text = """Madame, Monsieur,

Suite à la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, le Syndicat des journalistes indépendants de Tunisie a l'honneur de proposer la candidature de son Secrétaire général, M. Hichem Ben Slama, pour une intervention lors d'une séance plénière de la Conférence (24-25 février 2021).

M. Ben Slama suit depuis plusieurs années la couverture médiatique des traversées en Méditerranée centrale et les conditions de travail des journalistes qui enquêtent sur les réseaux de passeurs à Sfax et Zarzis.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Olfa Trabelsi
Chargée de communication
Syndicat des journalistes indépendants de Tunisie
14, rue d'Espagne – 1000 Tunis
Tél. : +216 71 555 240
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace(
        "<p>Olfa Trabelsi", '<p class="MsoNormal"><b>Olfa Trabelsi</b>').replace("<p>", '<p class="MsoNormal">') + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_VI1PR0802MB23541F0B3A8C2D9E4F17A6D5C9030VI1PR0802MB2354_")
    rows = std_rows(when, "mail-eopbgr80057.outbound.protection.outlook.example.com", "40.107.8.57", "4DTpY05nQkz7",
                    "Olfa Trabelsi <o.trabelsi@sjit-tn.example.org>",
                    "SJIT - Proposition d'intervenant (séance plénière) - Examen régional PMM",
                    rfcdate(sent),
                    "<VI1PR0802MB23541F0B3A8C2D9E4F17A6D5C9030@VI1PR0802MB2354.eurprd08.prod.outlook.example.com>",
                    extra=[("Thread-Topic", "SJIT - Proposition d'intervenant (séance plénière) - Examen régional PMM"),
                           ("Thread-Index", "Adb4A1c3Zk0qR2VbT9mXcQ4pLw8hNg=="), ("Content-Language", "fr-FR")],
                    ret="o.trabelsi@sjit-tn.example.org")
    # non-ASCII subject: encode
    m = top(body, [(k, hdr(v, "utf-8", "Q") if k in ("Subject", "Thread-Topic") else v) for k, v in rows])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hichem Ben Slama", "Secrétaire général", "Syndicat des journalistes indépendants de Tunisie", ["plenary"])],
        notes="press syndicate proposes its secretary-general in prose ('son Secrétaire général, M. ...'); the "
              "acronym SJIT appears only in the subject line and the sender's domain, never next to the "
              "name in the text, so the affiliation is the written full name; the signing communication officer "
              "is not the speaker; address after a dash is not affiliation."))


def m04():
    """French out-of-office reply to the invitation."""
    when = at("2021-02-01 15:40:03")
    sent = tz(when - dt.timedelta(seconds=1), 1)
    text = """Bonjour,

Je suis en reportage à Agadez jusqu'au 15 février avec un accès très limité à ma messagerie.
Pour toute urgence concernant la rédaction, merci de contacter desk@radiosahelmigrations.example.org.

Cordialement,
Moussa Traoré
Rédacteur en chef adjoint, Radio Sahel Migrations
"""
    body = leaf("text/plain", text, "iso-8859-1", cte="quoted-printable")
    rows = std_rows(when, "mx.radiosahelmigrations.example.org", "192.0.2.141", "4DTxB31kPfz2",
                    "Moussa Traore <m.traore@radiosahelmigrations.example.org>",
                    hdr("Réponse automatique : " + INVITE_SUBJ_EN, "iso-8859-1", "Q"), rfcdate(sent),
                    "<20210201134002.7F3A21C0D4@mx.radiosahelmigrations.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                           ("In-Reply-To", INVITE_MID), ("References", INVITE_MID)],
                    ret=None)
    rows[0] = ("Return-Path", "<>")
    m = top(body, rows)
    add(4, when, m, dict(category="auto_reply", language="fr", acknowledge=False, on_time=None, speakers=[],
        notes="out-of-office reply to the invitation mailing (Auto-Submitted: auto-replied, null Return-Path); "
              "signature has a name, title and organisation but nobody is proposed."))


def m05():
    """journalism school dean proposes a lecturer; department / faculty / university on separate lines."""
    when = at("2021-02-02 09:48:20")
    sent = tz(when - dt.timedelta(seconds=3), 0)
    text = """Dear Organizing Committee,

Greetings from Irbid.

In response to your kind invitation, the Faculty of Mass Communication is pleased to nominate one of its faculty members to contribute to the thematic roundtables of the Regional Review Conference. Our colleague has led a three-year teaching and research project with students on reporting forced displacement, and coordinated the faculty's media-monitoring of migration coverage in Jordanian outlets.

We would be grateful if she could be given a floor intervention in Roundtable 2.

Nominee:
Dr. Rania Obeidat
Lecturer in Data and Migration Reporting
Department of Digital Journalism
Faculty of Mass Communication
Yarmouk Valley University

Her CV can be shared upon request.

With best regards,

Prof. Samir Khalaileh
Dean
Faculty of Mass Communication
Yarmouk Valley University
Irbid 21163, Jordan
"""
    inner = """<p class="MsoNormal">Dear Organizing Committee,</p>
<p class="MsoNormal">Greetings from Irbid.</p>
<p class="MsoNormal">In response to your kind invitation, the Faculty of Mass Communication is pleased to nominate one of its faculty members to contribute to the thematic roundtables of the Regional Review Conference. Our colleague has led a three-year teaching and research project with students on reporting forced displacement, and coordinated the faculty&#8217;s media-monitoring of migration coverage in Jordanian outlets.</p>
<p class="MsoNormal">We would be grateful if she could be given a floor intervention in <b>Roundtable 2</b>.</p>
<p class="MsoNormal"><u>Nominee:</u><br>Dr. Rania Obeidat<br>Lecturer in Data and Migration Reporting<br>Department of Digital Journalism<br>Faculty of Mass Communication<br>Yarmouk Valley University</p>
<p class="MsoNormal">Her CV can be shared upon request.</p>
<p class="MsoNormal">With best regards,</p>
<p class="MsoNormal"><b><span style="color:#1F3864">Prof. Samir Khalaileh</span></b><br><span style="color:#1F3864">Dean<br>Faculty of Mass Communication<br>Yarmouk Valley University<br>Irbid 21163, Jordan</span></p>"""
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", cte="7bit"),
                                 leaf("text/html", html_wrap(inner), "us-ascii", cte="quoted-printable")],
                 "_000_AM6PR08MB4120C2E7D51A93F08B6E2C4AB9C50AM6PR08MB4120eurp_")
    rows = std_rows(when, "mail-am6eur05on2102.outbound.protection.outlook.example.com", "40.107.22.102", "4DVKp71cTmz4",
                    "Samir Khalaileh <dean.fmc@yvu.example.edu.jo>",
                    "Nomination - Roundtable speaker - Faculty of Mass Communication, YVU", rfcdate(sent),
                    "<AM6PR08MB4120C2E7D51A93F08B6E2C4AB9C50@AM6PR08MB4120.eurprd08.prod.outlook.example.com>",
                    extra=[("Thread-Topic", "Nomination - Roundtable speaker - Faculty of Mass Communication, YVU"),
                           ("Content-Language", "en-US")],
                    ret="dean.fmc@yvu.example.edu.jo")
    rows.insert(5, ("Cc", "Rania Obeidat <r.obeidat@yvu.example.edu.jo>"))
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Obeidat", "Lecturer in Data and Migration Reporting",
           "Department of Digital Journalism, Faculty of Mass Communication, Yarmouk Valley University",
           ["roundtable"], 2)],
        notes="the dean (sender, with his own Dean/Faculty/University signature) is not the speaker; the nominee "
              "block puts department, faculty and university on separate lines: the affiliation joins the parent "
              "institutions; 'Dr.' dropped; the acronym YVU is only in the subject and domain; 'Irbid 21163, Jordan' "
              "is an address."))


MID06 = "<E4B2C9A1-7F3D-4E8B-9C21-5A6D0F3B8E47@mms-media.example.org>"


def m06():
    """migrant-run media, iPhone, speaker with no title."""
    when = at("2021-02-02 18:41:12")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Bonjour,

Nous sommes un petit média fait par et pour les migrants subsahariens au Maroc (web radio + page facebook, une dizaine de bénévoles).
Nous aimerions que notre consœur Aminata Koné prenne la parole pendant la discussion ouverte de la consultation du 23 février. Elle anime l'émission "Paroles de route" depuis 2018.

Merci beaucoup et bonne soirée

Ibrahima Sow
Média Migrants Solidaires (MMS) – Rabat

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", cte="quoted-printable")
    rows = std_rows(when, "smtp.mms-media.example.org", "203.0.113.58", "4DVcR25hXnz1",
                    "Ibrahima Sow <i.sow@mms-media.example.org>",
                    "Participation discussion ouverte - MMS", rfcdate(sent), MID06,
                    extra=[("X-Mailer", "iPhone Mail (18D52)")], ret="i.sow@mms-media.example.org")
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminata Koné", None, "Média Migrants Solidaires (MMS)", ["open_discussion"])],
        notes="speaker is not the sender ('notre consœur'); no title given (the title arrives in the follow-up "
              "h139-08); the affiliation is the sender's organisation in the signature, '– Rabat' is a city; "
              "the programme name 'Paroles de route' is not an affiliation."))


def m07():
    """Iraqi dialect, community radio, two speakers in a numbered list."""
    when = at("2021-02-03 12:30:55")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """السلام عليكم ورحمة الله

شلونكم، إن شاء الله بخير.
إحنا إذاعة صوت الموصل المجتمعية، إذاعة محلية تشتغل من 2018 ويا النازحين والعائدين بنينوى. وصلتنا الدعوة عن طريق زملاء بالشبكة، ونحب نرشح اثنين من كادرنا للمشاركة:

١- الأستاذ حيدر كاظم الجبوري – مدير الأخبار – نطلب له مداخلة بالجلسة العامة
٢- الست زينب عباس – معدة ومقدمة برامج – للمائدة المستديرة الرابعة (إذا ممكن)

هواية نشكركم على الفرصة، وإذا تحتاجون أي معلومات ثانية إحنا حاضرين.

مع التحية
علي حسين
منسق البرامج
إذاعة صوت الموصل المجتمعية – الموصل، العراق
"""
    html = html_wrap("<div>" + text2html(text) + "</div>", dir_="rtl")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64"),
                                 leaf("text/html", html, "UTF-8", cte="base64")],
                 "00000000000055c21905ba6e1f9d")
    rows = std_rows(when, "mail-lf1-f41.google.example.com", "209.85.167.41", "4DWF9s0TqGz5",
                    addr("إذاعة صوت الموصل", "sawtalmosul.radio@gmail.example.com"),
                    hdr("ترشيح متحدثين - إذاعة صوت الموصل المجتمعية"), rfcdate(sent),
                    "<CAJr8Wn1-tYbQ4xPm2Lc7zD0vK9eS3hU6gA5oF1iR8yN2wCq@mail.gmail.example.com>",
                    ret="sawtalmosul.radio@gmail.example.com")
    m = top(body, rows)
    aff = "إذاعة صوت الموصل المجتمعية"
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حيدر كاظم الجبوري", "مدير الأخبار", aff, ["plenary"]),
        sp("زينب عباس", "معدة ومقدمة برامج", aff, ["roundtable"], 4)],
        notes="Iraqi colloquial ('شلونكم', 'إحنا', 'ويا', 'هواية'); two speakers, neither is the sender; "
              "honorifics 'الأستاذ' and the Iraqi 'الست' are not part of the names; roundtable as an ordinal word "
              "('الرابعة') with 'إذا ممكن'; Arabic-Indic list numbers; From display name is the radio, the signer "
              "is a programme coordinator; base64 text+HTML."))


def m08():
    """iPhone reply that only adds the speaker's title."""
    when = at("2021-02-03 13:02:18")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = """Pardon j'ai oublié de préciser : Aminata est rédactrice en chef de MMS.

Envoyé de mon iPhone

> Le 2 févr. 2021 à 17:41, Ibrahima Sow <i.sow@mms-media.example.org> a écrit :
>=20
> Bonjour,
>=20
> Nous sommes un petit média fait par et pour les migrants subsahariens au Maroc (web radio + page facebook, une dizaine de bénévoles).
> Nous aimerions que notre consœur Aminata Koné prenne la parole pendant la discussion ouverte de la consultation du 23 février. Elle anime l'émission "Paroles de route" depuis 2018.
>=20
> Merci beaucoup et bonne soirée
>=20
> Ibrahima Sow
> Média Migrants Solidaires (MMS) – Rabat
>=20
> Envoyé de mon iPhone"""
    text = text.replace(">=20", "> ")
    body = leaf("text/plain", text, "utf-8", cte="quoted-printable")
    rows = std_rows(when, "smtp.mms-media.example.org", "203.0.113.58", "4DWLm83sCvz6",
                    "Ibrahima Sow <i.sow@mms-media.example.org>",
                    "Re: Participation discussion ouverte - MMS", rfcdate(sent),
                    "<9C3F1B72-2A4E-4D6B-8F05-C1E7A9D4B260@mms-media.example.org>",
                    extra=[("In-Reply-To", MID06), ("References", MID06), ("X-Mailer", "iPhone Mail (18D52)")],
                    ret="i.sow@mms-media.example.org")
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminata Koné", "rédactrice en chef", "Média Migrants Solidaires (MMS)", ["open_discussion"])],
        thread_of="h139-06.eml",
        notes="follow-up in the thread of h139-06 whose only new content is the speaker's title; name, role and "
              "full affiliation are only in the '>' quote of the original; 'de MMS' is the acronym only, the "
              "fuller form is in the quote."))


MID09 = "<DU2PR10MB5371E08A4C9D2B7F16A3E5C8D9C60@DU2PR10MB5371.EURPRD10.PROD.OUTLOOK.example.com>"


def m09():
    """Egyptian press network: both; DOCX (RFC 2231 Arabic name) + speaker in an HTML table."""
    when = at("2021-02-04 11:26:44")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    fname = "تقرير الشبكة الطوعي - الاتفاق العالمي للهجرة.docx"
    text = """السادة الأفاضل في أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،
تحية طيبة وبعد،

يسر الشبكة المصرية للصحافة الحقوقية أن ترفق طيه تقريرها الطوعي حول تنفيذ الاتفاق العالمي في مصر، مع التركيز على الهدف 17 (القضاء على جميع أشكال التمييز وتشكيل التصورات عن الهجرة من خلال خطاب قائم على الأدلة) ومتابعة التغطية الإعلامية لقضايا اللاجئين والمهاجرين خلال عام 2020.

كما نتشرف بترشيح الزميلة التالية لأداء دور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة:

الاسم | الصفة | الجهة | الدور المقترح
د. هبة عبد الفتاح | مديرة وحدة الرصد الإعلامي | الشبكة المصرية للصحافة الحقوقية (ENRJ) | مقررة

وتفضلوا بقبول فائق الاحترام،

محمود رشدي
المدير التنفيذي
الشبكة المصرية للصحافة الحقوقية
القاهرة – جمهورية مصر العربية
"""
    table = ('<table border="1" cellspacing="0" cellpadding="4" dir="rtl" style="border-collapse:collapse">'
             '<tr><th>الاسم</th><th>الصفة</th><th>الجهة</th><th>الدور المقترح</th></tr>'
             '<tr><td>د. هبة عبد الفتاح</td><td>مديرة وحدة الرصد الإعلامي</td>'
             '<td>الشبكة المصرية للصحافة الحقوقية (ENRJ)</td><td>مقررة</td></tr></table>')
    paras = text.split("\n\n")
    inner = (text2html("\n\n".join(paras[:3])) + "\n" + table + "\n" + text2html("\n\n".join(paras[4:])))
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic">' + inner + "</div>", dir_="rtl")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", cte="base64"),
                                leaf("text/html", html, "utf-8", cte="base64")],
                "_000_DU2PR10MB5371E08A4C9D2B7F16A3E5C8D9C60DU2PR10MB5371EURP_")
    doc = make_docx(["Egyptian Network for Rights Journalism (ENRJ)",
                     "Voluntary GCM Review Report - Egypt - 2020 media monitoring",
                     "1. Objective 17: public discourse and media coverage of migrants",
                     "2. Objective 3: access to information for migrants in Arabic and other languages",
                     "3. Recommendations to media institutions and the National Press Authority"])
    att = leaf(DOCX, doc, cte="base64", params=[("name*", rfc2231(fname))],
               disp="attachment; filename*=%s" % rfc2231(fname))
    body = multi("mixed", [alt, att], "_004_DU2PR10MB5371E08A4C9D2B7F16A3E5C8D9C60DU2PR10MB5371EURP_")
    rows = std_rows(when, "mail-db8eur05on2091.outbound.protection.outlook.example.com", "40.107.20.91", "4DWxQ81pKbz2",
                    addr("محمود رشدي", "m.roshdy@enrj-eg.example.org"),
                    hdr("تقرير طوعي وترشيح مقررة - الشبكة المصرية للصحافة الحقوقية"), rfcdate(sent), MID09,
                    extra=[("Content-Language", "ar-EG"), ("X-MS-Has-Attach", "yes")],
                    ret="m.roshdy@enrj-eg.example.org")
    m = top(body, rows)
    add(9, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هبة عبد الفتاح", "مديرة وحدة الرصد الإعلامي", "الشبكة المصرية للصحافة الحقوقية (ENRJ)", ["rapporteur"])],
        report_attachments=[fname],
        notes="formal MSA; report as DOCX with an Arabic file name in RFC 2231 form; the speaker (not the sender) "
              "is in a table (HTML table / pipe-separated row in text/plain), 'د.' dropped; affiliation with the "
              "Latin acronym only in the table; role 'مقررة' (feminine) = rapporteur; 'الهدف 17' is a GCM objective, "
              "not a roundtable."))


def m10():
    """migrant-run media in Beirut: both; PDF report + bio DOCX decoy; speaker in the signature."""
    when = at("2021-02-04 20:05:37")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """Dear GCM team,

Please find attached the voluntary review prepared by our collective. It is based on 40 testimonies we recorded and published in Amharic, Tigrinya, Sinhala, Tagalog and Arabic between March and December 2020, and looks at GCM objectives 7, 16 and 17 from the point of view of migrant women who produce media themselves.

I would also like to request a floor intervention in one of the plenary sessions on 24 or 25 February. I've attached a short bio in case it's needed.

Many thanks for making space for us,

Meseret Alemu | Co-founder & Managing Editor
Kafala Stories Collective (KSC)
Beirut, Lebanon
www.kafalastories.example.org
"""
    html = ("<div dir=\"ltr\">" + text2html(text) + "</div>\n")
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "0000000000007d9e3405ba7f2c18")
    pdf = make_pdf(["Kafala Stories Collective (KSC)", "Voluntary GCM Review - Lebanon - February 2021",
                    "Migrant women as media producers: objectives 7, 16 and 17",
                    "1. Context  2. Testimonies  3. Findings  4. Recommendations"])
    bio = make_docx(["Meseret Alemu - short bio",
                     "Meseret Alemu is co-founder and managing editor of the Kafala Stories Collective."])
    a1 = leaf("application/pdf", pdf, cte="base64", params=[("name", '"KSC_Voluntary_Review_GCM_2021.pdf"')],
              disp='attachment; filename="KSC_Voluntary_Review_GCM_2021.pdf"',
              extra=[("Content-ID", "<f_kkr8x1a20>"), ("X-Attachment-Id", "f_kkr8x1a20")])
    a2 = leaf(DOCX, bio, cte="base64", params=[("name", '"Meseret_Alemu_bio.docx"')],
              disp='attachment; filename="Meseret_Alemu_bio.docx"',
              extra=[("Content-ID", "<f_kkr8x1b71>"), ("X-Attachment-Id", "f_kkr8x1b71")])
    body = multi("mixed", [alt, a1, a2], "0000000000007d9e3605ba7f2c1a")
    rows = std_rows(when, "mail-pj1-f52.google.example.com", "209.85.216.52", "4DXB7t3mWcz8",
                    "Meseret Alemu <meseret@kafalastories.example.org>",
                    "Voluntary review + plenary intervention request (Kafala Stories Collective)", rfcdate(sent),
                    "<CAPf4Zr0-mW8tQ2vK5nB9yL1cX7dJ3eH6sG0aU4oT2iF8pRk@mail.gmail.example.com>",
                    ret="meseret@kafalastories.example.org")
    m = top(body, rows)
    add(10, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Meseret Alemu", "Co-founder & Managing Editor", "Kafala Stories Collective (KSC)", ["plenary"])],
        report_attachments=["KSC_Voluntary_Review_GCM_2021.pdf"],
        notes="self-nomination: name, title and affiliation only in the signature ('Name | Title' on one line); "
              "the DOCX is a speaker bio, not part of the report; GCM objective numbers are not roundtables; "
              "'Beirut, Lebanon' and the URL are not affiliation."))


def m11():
    """Egyptian colloquial photojournalist; surname 'السيد' is not an honorific."""
    when = at("2021-02-05 14:48:09")
    sent = tz(when - dt.timedelta(seconds=2), 2)
    text = """مساء الخير يا جماعة

أنا نورهان السيد، مصورة صحفية حرة وعضوة في مبادرة عدسات الطريق، وهي مبادرة صغيرة بتوثق بالصور رحلات المهاجرين واللاجئين اللي عدّوا على مصر من السودان وإريتريا.
كنت عايزة أقدّم على مداخلة في المائدة المستديرة التالتة لو ينفع، عندي شغل كتير عن صورة المهاجر في الإعلام المصري وإزاي الصورة ممكن تأذي أو تحمي.

لو محتاجين أي حاجة تانية ابعتولي
شكرا جدا

نورهان
"""
    body = leaf("text/plain", text, "UTF-8", cte="quoted-printable")
    rows = std_rows(when, "mail-yb1-f180.google.example.com", "209.85.219.180", "4DXnW02bLqz3",
                    addr("Nourhan El Sayed", "nourhan.elsayed.photo@gmail.example.com"),
                    hdr("طلب مداخلة - المائدة المستديرة 3"), rfcdate(sent),
                    "<CAB9xHq2-Lr5tW0nP8mZ3cV1yK6eD4fJ7sA2oG9iU5bN1xTw@mail.gmail.example.com>",
                    ret="nourhan.elsayed.photo@gmail.example.com")
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نورهان السيد", "مصورة صحفية حرة", "مبادرة عدسات الطريق", ["roundtable"], 3)],
        notes="Egyptian colloquial ('عايزة', 'التالتة', 'ابعتولي'); first-person prose; 'السيد' is the family "
              "name (see the Latin From name 'Nourhan El Sayed'), not the honorific 'Mr.'; roundtable number as "
              "the colloquial ordinal 'التالتة' (and '3' in the subject); signed with the first name only."))


def m12():
    """Gulf dialect, Dubai sender, received 23:57 Beirut on 5 Feb; Date header already 6 Feb."""
    when = at("2021-02-05 23:57:40")
    sent = tz(when - dt.timedelta(seconds=22), 4)
    text = """السلام عليكم ورحمة الله وبركاته

حياكم الله، توّنا شفنا إن آخر موعد لطلبات المداخلات اليوم، فالسموحة على التأخير.
ودّنا نشارك في النقاش المفتوح للمشاورة يوم 23 فبراير، والمتحدث من طرفنا:

مدير التحرير / خالد المهيري
منصة عمال الخليج الإخبارية | دبي

المنصة تغطي أوضاع العمالة الوافدة في دول الخليج بالعربي والإنجليزي والأوردو من 2016.

وشاكرين لكم
فريق المنصة
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", dir_="rtl")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", cte="base64"),
                                 leaf("text/html", html, "utf-8", cte="base64")],
                 "Apple-Mail=_5E2B7A90-3C41-4F8D-B6A2-91D0C7E4F318")
    rows = std_rows(when, "smtp.gulflabournews.example.ae", "198.51.100.77", "4DXyZ67hRtz0",
                    addr("منصة عمال الخليج", "desk@gulflabournews.example.ae"),
                    hdr("طلب مشاركة في النقاش المفتوح"), rfcdate(sent),
                    "<3A7C2E91-B4D6-4F18-A05C-8E2D9F6B1C34@gulflabournews.example.ae>",
                    extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")],
                    ret="desk@gulflabournews.example.ae")
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد المهيري", "مدير التحرير", "منصة عمال الخليج الإخبارية", ["open_discussion"])],
        notes="deadline edge: received 23:57:40 Beirut on 5 Feb (on time) while the Date header reads "
              "Sat, 6 Feb 01:57 +0400 (Dubai); Gulf dialect ('توّنا', 'ودّنا', 'السموحة'); title written before "
              "the name with a slash, '| دبي' after the organisation is a city; shared desk mailbox signed "
              "'فريق المنصة'."))


def m13():
    """Casablanca sender, Date 23:02 +0100 on 5 Feb, received 00:03 Beirut on 6 Feb: late."""
    when = at("2021-02-06 00:03:10")
    sent = tz(when - dt.timedelta(seconds=15), 1)
    text = """Salam,

Désolé pour l'heure tardive, on vient juste de boucler l'édition.
Je me permets de vous proposer la candidature de notre consoeur Mme EL AMRANI Khadija pour une prise de parole à la table ronde n°2 de la conférence.

Voici ses coordonnées :
Nom : EL AMRANI Khadija
Fonction : journaliste d'investigation, responsable du dossier migrations
Structure : Réseau Marocain des Journalistes des Migrations (RMJM)

Elle a fait plusieurs enquêtes sur les refoulements vers la frontière algérienne et sur les campements de Nador, donc elle a vraiment le terrain.

Merci d'avance et bonne nuit,
Hamza B.
RMJM - Casablanca
"""
    body = leaf("text/plain", flowed(text), "UTF-8", cte="8bit")
    body.set_param("format", "flowed")
    rows = std_rows(when, "smtp.rmjm-maroc.example.org", "192.0.2.213", "4DY0cV1kNpz5",
                    "Hamza Benjelloun <h.benjelloun@rmjm-maroc.example.org>",
                    "Candidature intervenante - table ronde 2 (RMJM)", rfcdate(sent),
                    "<5f1c2d7e-8a3b-4c9e-b6d0-e2f47a91c358@rmjm-maroc.example.org>",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.7.0"),
                           ("Content-Language", "fr")],
                    ret="h.benjelloun@rmjm-maroc.example.org")
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Khadija El Amrani", "journaliste d'investigation, responsable du dossier migrations",
           "Réseau Marocain des Journalistes des Migrations (RMJM)", ["roundtable"], 2)],
        notes="deadline edge, late: the Date header says Fri 5 Feb 23:02 +0100 (Casablanca) but the server "
              "received it at 00:03:10 on 6 Feb Beirut time; name written SURNAME first in capitals with 'Mme' "
              "('EL AMRANI Khadija') -> 'Khadija El Amrani'; 'table ronde n°2'; Maghrebi French ('Salam', "
              "'boucler l'édition', 'avoir le terrain'); the sender signs 'Hamza B.' and is not the speaker."))


def m14():
    """DSN: acknowledgement to 12 bounced (mailbox full)."""
    when = at("2021-02-06 00:19:52")
    ack_mid = "<ack-20210206-0019-h139-12@gcmrr.iom.int>"
    human = POSTFIX_NOTICE + """
<desk@gulflabournews.example.ae>: host smtp.gulflabournews.example.ae[198.51.100.77]
    said: 552 5.2.2 <desk@gulflabournews.example.ae>: Mailbox full: quota
    exceeded (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4DY1Bq0sHkz9
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Sat, 6 Feb 2021 00:19:49 +0200 (EET)

Final-Recipient: rfc822; desk@gulflabournews.example.ae
Original-Recipient: rfc822;desk@gulflabournews.example.ae
Action: failed
Status: 5.2.2
Remote-MTA: dns; smtp.gulflabournews.example.ae
Diagnostic-Code: smtp; 552 5.2.2 <desk@gulflabournews.example.ae>: Mailbox full:
    quota exceeded
"""
    returned = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: desk@gulflabournews.example.ae
Subject: %s
Date: Sat, 6 Feb 2021 00:19:48 +0200
Message-ID: %s
In-Reply-To: <3A7C2E91-B4D6-4F18-A05C-8E2D9F6B1C34@gulflabournews.example.ae>
Auto-Submitted: auto-replied
""" % (b_word("تم استلام طلبكم - المراجعة الإقليمية للاتفاق العالمي للهجرة"), ack_mid)
    p1 = leaf("text/plain", human, "us-ascii", cte="7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in status.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", returned, "us-ascii", cte="7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4DY1Bq0sHkz9.1612563592/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DY1Bq0sHkz9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205221952.4DY1Bq0sHkz9@mx1.iom.int>")]
    m = top(body, rows)
    add(14, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None, speakers=[],
        notes="Postfix DSN (multipart/report delivery-status, 5.2.2 mailbox full) for the acknowledgement sent "
              "to the h139-12 desk mailbox; only the returned headers (Arabic RFC 2047 subject) are included; "
              "must not be acknowledged or treated as a new submission."))


def m15():
    """Photojournalist asks about accreditation: other."""
    when = at("2021-02-08 10:31:26")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """Hi there,

Quick question - I'm a photojournalist based in Amman (mostly on assignment for wire agencies, currently working on a long-term project on Syrian and Sudanese refugee workers in the Jordan Valley).

Will any part of the conference on 24-25 Feb be open to press, and is there an accreditation process for photographers? I'm not asking for a speaking slot, just to cover it. If it's fully virtual, would it be possible to take screenshots / screen recordings of the public sessions for publication?

Thanks in advance,
Tariq

--
Tariq Haddad
Photojournalist
+962 79 555 4410 | tariqhaddad.example.com
"""
    body = leaf("text/plain", flowed(text), "UTF-8", cte="7bit")
    body.set_param("format", "flowed")
    rows = std_rows(when, "smtp.tariqhaddad.example.com", "198.51.100.19", "4DZ2wN5qYmz1",
                    "Tariq Haddad <tariq@tariqhaddad.example.com>",
                    "Press access / photo accreditation for the GCM regional review?", rfcdate(sent),
                    "<b71e0c5a-4f2d-9a38-6c1e-d03f8b27a9e4@tariqhaddad.example.com>",
                    extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101\r\n Thunderbird/78.7.1"),
                           ("Content-Language", "en-GB")],
                    ret="tariq@tariqhaddad.example.com")
    m = top(body, rows)
    add(15, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, speakers=[],
        notes="press accreditation / coverage question from a photojournalist; explicitly not a speaking request; "
              "name and title in a signature must not turn it into a speaker request; mentions the conference "
              "dates."))


MID16 = "<CAF3kLp8-Qz1vN7wR2mX5cT0yB9eK4dH6sJ1aG3oU8iP2nVw@mail.gmail.example.com>"
PDF16 = "التقرير الطوعي - منصة دقق.pdf"


def m16():
    """fact-checking platform: report PDF, Gmail RFC 2047 Arabic file name."""
    when = at("2021-02-09 13:14:02")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    text = """تحية طيبة،

نرفق لكم التقرير الطوعي لمنصة دقق لتدقيق المعلومات حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتناول التقرير رصد الأخبار المضللة وخطاب الكراهية المتعلقين باللاجئين والمهاجرين في الأردن وسوريا والعراق خلال عام 2020، مع توصيات موجهة للمؤسسات الإعلامية ومنصات التواصل الاجتماعي.

نرجو تأكيد الاستلام.

مع خالص التحية،
لمى الحوراني
منسقة البرامج
منصة دقق لتدقيق المعلومات
عمّان، الأردن
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64"),
                                leaf("text/html", html, "UTF-8", cte="base64")],
                "000000000000a4c81f05baf0b3e7")
    pdf = make_pdf(["Daqqiq Fact-Checking Platform", "Voluntary GCM Review Report 2021",
                    "Misinformation and hate speech about refugees and migrants", "Jordan - Syria - Iraq, 2020"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(PDF16))],
               disp='attachment; filename="%s"' % b_word(PDF16),
               extra=[("Content-ID", "<f_kkx2m0p10>"), ("X-Attachment-Id", "f_kkx2m0p10")])
    body = multi("mixed", [alt, att], "000000000000a4c82105baf0b3e9")
    rows = std_rows(when, "mail-wr1-f43.google.example.com", "209.85.221.43", "4DZdF83tLsz6",
                    addr("منصة دقق", "daqqiq.factcheck@gmail.example.com"),
                    hdr("التقرير الطوعي - منصة دقق لتدقيق المعلومات"), rfcdate(sent), MID16,
                    ret="daqqiq.factcheck@gmail.example.com")
    m = top(body, rows)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[PDF16],
        notes="Gmail style: Arabic PDF name RFC 2047-encoded inside quoted name/filename parameters; MSA; "
              "replaced later by a revised version (h139-19)."))


def m17():
    """Tunisian journalists' network: both; report on time, speaker part late (10 Feb)."""
    when = at("2021-02-10 16:22:48")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Réseau Tunisien des Journalistes pour les Migrations sur la mise en œuvre du Pacte mondial en Tunisie (traitement médiatique des migrations, accès à l'information, sécurité des journalistes couvrant les départs depuis Sfax).

Nous savons que la date pour les demandes d'intervention est passée, mais si une place reste disponible nous souhaiterions proposer une intervenante pour la table ronde 1 :

- Organisation : Réseau Tunisien des Journalistes pour les Migrations (RTJM)
- Fonction : Coordinatrice nationale
- Nom : Mme Sonia Jlassi

Avec nos remerciements,

Walid Mansouri
Chargé de projets, RTJM
Tunis
"""
    alt_text = leaf("text/plain", text, "utf-8", cte="base64")
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    alt = multi("alternative", [alt_text, leaf("text/html", html, "utf-8", cte="quoted-printable")],
                "_000_PR3PR02MB6138B2F4E7C1A09D3E5B8F26A1C74PR3PR02MB6138eurp_")
    fname = "RTJM_Rapport_volontaire_PMM_2021.docx"
    doc = make_docx(["Réseau Tunisien des Journalistes pour les Migrations (RTJM)",
                     "Rapport volontaire - Examen régional du Pacte mondial sur les migrations - 2021",
                     "1. Traitement médiatique des migrations", "2. Accès à l'information",
                     "3. Sécurité des journalistes", "4. Recommandations"])
    att = leaf(DOCX, doc, cte="base64", params=[("name", '"%s"' % fname)],
               disp='attachment; filename="%s"; size=%d' % (fname, len(doc)))
    body = multi("mixed", [alt, att], "_004_PR3PR02MB6138B2F4E7C1A09D3E5B8F26A1C74PR3PR02MB6138eurp_")
    rows = std_rows(when, "mail-pr3fra01on2113.outbound.protection.outlook.example.com", "40.107.13.113", "4DbQx21nVkz4",
                    "Walid Mansouri <w.mansouri@rtjm.example.tn>",
                    hdr("Rapport volontaire RTJM + proposition d'intervenante (table ronde 1)", "utf-8", "Q"),
                    rfcdate(sent),
                    "<PR3PR02MB6138B2F4E7C1A09D3E5B8F26A1C74@PR3PR02MB6138.eurprd02.prod.outlook.example.com>",
                    extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")],
                    ret="w.mansouri@rtjm.example.tn")
    m = top(body, rows)
    add(17, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Sonia Jlassi", "Coordinatrice nationale", "Réseau Tunisien des Journalistes pour les Migrations (RTJM)",
           ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both: report part on time (10 Feb) but the speaker request is after 5 Feb, and the sender says so: "
              "on_time false; labelled list in reverse order (Organisation / Fonction / Nom), 'Mme' dropped; "
              "sender signs 'Chargé de projets, RTJM' and is not the speaker; base64 text/plain."))


def m18():
    """community radio: report as a link AND as DOCX."""
    when = at("2021-02-11 09:07:15")
    sent = tz(when - dt.timedelta(seconds=2), 2)
    fname = "RZCFM_GCM_Voluntary_Review_Feb2021.docx"
    text = """Dear colleagues,

Good morning. On behalf of Radio Zarqa Community FM, please find attached our voluntary GCM review report (Word version). In case the attachment is blocked by your mail filters, the same document and a PDF version can be downloaded here:
https://drive.rzcfm.example.org/s/GCM-review-2021

The report covers our listener-call programme with Egyptian, Syrian and Bangladeshi workers in Zarqa governorate and what it tells us about Objectives 3 (information), 6 (fair recruitment) and 15 (access to basic services).

Best regards,

Hana Al-Zoubi
Station Manager | Radio Zarqa Community FM
Zarqa, Jordan
"""
    html = html_wrap(text2html(text).replace("https://drive.rzcfm.example.org/s/GCM-review-2021",
                     '<a href="https://drive.rzcfm.example.org/s/GCM-review-2021">https://drive.rzcfm.example.org/s/GCM-review-2021</a>'))
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", cte="7bit"),
                                leaf("text/html", html, "us-ascii", cte="quoted-printable")],
                "----=_NextPart_001_0027_01D7004E.3A1B2C40")
    doc = make_docx(["Radio Zarqa Community FM", "Voluntary GCM Review Report - February 2021",
                     "Listener calls as evidence: Objectives 3, 6 and 15 in Zarqa governorate"])
    att = leaf(DOCX, doc, cte="base64", params=[("name", '"%s"' % fname)],
               disp='attachment; filename="%s"' % fname)
    body = multi("mixed", [alt, att], "----=_NextPart_000_0026_01D7004E.3A1B2C40")
    rows = std_rows(when, "mail.rzcfm.example.org", "192.0.2.77", "4DbzK50cRpz2",
                    "\"Radio Zarqa Community FM\" <info@rzcfm.example.org>",
                    "GCM voluntary review report - Radio Zarqa Community FM", rfcdate(sent),
                    "<002501d7004e$3a1b2c40$ae5184c0$@rzcfm.example.org>",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcATjobLEBUQ3N2Rr6j8LwK9mX1Qw=="),
                           ("Content-Language", "en-us")],
                    ret="info@rzcfm.example.org")
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="the report is both attached (DOCX) and offered as a download link (with a PDF version not "
              "attached): only the attached file is a report attachment; objective numbers are not roundtables; "
              "'Station Manager | Radio Zarqa Community FM' in the signature, but no speaker is proposed."))


def m19():
    """revised report in the thread of 16 (Levantine colloquial)."""
    when = at("2021-02-12 17:40:33")
    sent = tz(when - dt.timedelta(seconds=6), 2)
    fname = "التقرير الطوعي - منصة دقق - نسخة معدلة.pdf"
    text = """مرحبا مرة تانية،

بعتذر منكم، اكتشفنا إنو في جدول بالصفحة 4 كانت الأرقام فيه غلط بالنسخة الأولى. مرفق النسخة المعدلة، يا ريت تعتمدوها بدل القديمة.

وشكراً كتير إلكم
لمى

في الثلاثاء، 9 فبراير 2021 في 1:13 م، كتب منصة دقق <daqqiq.factcheck@gmail.example.com>:
> تحية طيبة،
>
> نرفق لكم التقرير الطوعي لمنصة دقق لتدقيق المعلومات حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة
> والنظامية، ويتناول التقرير رصد الأخبار المضللة وخطاب الكراهية المتعلقين باللاجئين والمهاجرين في الأردن وسوريا
> والعراق خلال عام 2020، مع توصيات موجهة للمؤسسات الإعلامية ومنصات التواصل الاجتماعي.
>
> نرجو تأكيد الاستلام.
>
> مع خالص التحية،
> لمى الحوراني
> منسقة البرامج
> منصة دقق لتدقيق المعلومات
> عمّان، الأردن
"""
    html = html_wrap('<div dir="rtl">' + text2html(text.split("\nفي الثلاثاء")[0]) +
                     '</div><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                     + text2html("\n".join(l[2:] for l in text.split("\n") if l.startswith("> "))) + "</blockquote></div>")
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64"),
                                leaf("text/html", html, "UTF-8", cte="base64")],
                "000000000000c7e05a05bb2e91d4")
    pdf = make_pdf(["Daqqiq Fact-Checking Platform", "Voluntary GCM Review Report 2021 - revised version",
                    "Table 2 (page 4) corrected"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp='attachment; filename="%s"' % b_word(fname),
               extra=[("Content-ID", "<f_kl1q9z3r0>"), ("X-Attachment-Id", "f_kl1q9z3r0")])
    body = multi("mixed", [alt, att], "000000000000c7e05c05bb2e91d6")
    rows = std_rows(when, "mail-wm1-f52.google.example.com", "209.85.128.52", "4DcYh91sMtz7",
                    addr("منصة دقق", "daqqiq.factcheck@gmail.example.com"),
                    re_hdr("Re: ", "التقرير الطوعي - منصة دقق لتدقيق المعلومات"), rfcdate(sent),
                    "<CAF3kLp8-Wx4bM1tR9nQ6vZ2yC0eJ7dK5sH3aF8oU1iL4pTg@mail.gmail.example.com>",
                    extra=[("In-Reply-To", MID16), ("References", MID16)],
                    ret="daqqiq.factcheck@gmail.example.com")
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h139-16.eml",
        notes="revised report replacing h139-16 (In-Reply-To set, Gmail quote of the original); Levantine "
              "colloquial ('بعتذر', 'إنو', 'يا ريت', 'إلكم'); the quoted original still says 'نرفق لكم التقرير' "
              "but only the new PDF is attached."))


def m20():
    """Levantine French, HTML-only, report in the body."""
    when = at("2021-02-13 19:55:20")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Bonsoir à toute l'équipe,</p>
<p>Comme convenu avec Mme Rima lors du webinaire préparatoire, voilà notre contribution à l'examen régional, directement dans le mail (nos PDF sont trop lourds, désolés). C'est un rapport collectif de notre collectif et de trois radios partenaires, on l'a rédigé entre Beyrouth et Tripoli, donc pardon pour le mélange français-anglais par endroits.</p>
<h3>Rapport volontaire – Collectif Médias &amp; Exil (Liban)</h3>
<p><b>1. Contexte</b><br>Depuis octobre 2019 et surtout après le 4 août, la couverture des travailleuses migrantes et des réfugiés syriens s'est beaucoup détériorée : discours de haine sur les réseaux, fake news sur les aides, peu de journalistes formés au « migration reporting ».</p>
<p><b>2. Ce que nous avons fait (objectifs 3 et 17 du Pacte)</b></p>
<ul><li>12 ateliers de formation pour 140 journalistes et étudiants (Beyrouth, Tripoli, Saïda)</li>
<li>un guide de terminologie arabe-français-anglais sur la migration</li>
<li>une cellule de vérification avec les radios partenaires, 85 rumeurs vérifiées en 2020</li></ul>
<p><b>3. Difficultés</b><br>Accès aux données officielles quasi nul, journalistes migrants sans permis de travail, autocensure.</p>
<p><b>4. Recommandations</b></p>
<ol><li>Que les États publient des données ventilées sur les migrants dans un format ouvert.</li>
<li>Protéger les journalistes migrants et réfugiés qui couvrent leurs propres communautés.</li>
<li>Soutenir les médias communautaires dans les langues des migrants.</li></ol>
<p>Yalla, bon courage pour l'organisation et merci encore !</p>
<p>Karim Nassar<br>Coordinateur<br>Collectif Médias &amp; Exil<br>Mar Mikhaël, Beyrouth – Liban</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), "utf-8", cte="quoted-printable")
    rows = std_rows(when, "smtp.mediasexil.example.org", "203.0.113.190", "4Dd3Lm6xQvz0",
                    addr("Collectif Médias & Exil", "contact@mediasexil.example.org", enc="Q"),
                    "Contribution - rapport volontaire (dans le corps du mail)", rfcdate(sent),
                    "<1613238916.7d2e5b.contact@mediasexil.example.org>",
                    extra=[("X-Mailer", "Zimbra 8.8.15_GA_3968 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3968)")],
                    ret="contact@mediasexil.example.org")
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="HTML-only message, the (collective) report is in the body with headings and lists, no attachment; "
              "Levantine French with English words ('fake news', 'migration reporting') and 'Yalla'; 'Mme Rima' "
              "and the signature are not speakers; objective numbers are not roundtables."))


def m21():
    """Levantine thank-you reply to our acknowledgement of 19: other, no acknowledgement."""
    when = at("2021-02-14 10:02:47")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    ack_mid = "<ack-20210212-1741-h139-19@gcmrr.iom.int>"
    text = """ألف شكر إلكم، وصلنا التأكيد 🙏
منتمنّالكم كل التوفيق بالمؤتمر.

لمى

في الجمعة، 12 فبراير 2021 في 5:42 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
> شكراً لكم. تم استلام التقرير الطوعي المعدّل الخاص بمنصة دقق لتدقيق المعلومات وسيُعتمد بدلاً من النسخة السابقة.
>
> أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة – المنطقة العربية
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64"),
                                 leaf("text/html", html_wrap('<div dir="rtl">' + text2html(text) + "</div>"), "UTF-8", cte="base64")],
                 "000000000000e2a17905bb4d0c6f")
    rows = std_rows(when, "mail-wr1-f49.google.example.com", "209.85.221.49", "4Dd8Tq3nWrz5",
                    addr("منصة دقق", "daqqiq.factcheck@gmail.example.com"),
                    re_hdr("Re: ", "تم استلام التقرير الطوعي - منصة دقق"), rfcdate(sent),
                    "<CAF3kLp8-Ty6nC0wQ3mV8bZ1xD5eK2fJ9sG4aH7oR0iM3qUe@mail.gmail.example.com>",
                    extra=[("In-Reply-To", ack_mid), ("References", "%s %s %s" % (MID16, "<CAF3kLp8-Wx4bM1tR9nQ6vZ2yC0eJ7dK5sH3aF8oU1iL4pTg@mail.gmail.example.com>", ack_mid))],
                    ret="daqqiq.factcheck@gmail.example.com")
    m = top(body, rows)
    add(21, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, speakers=[],
        thread_of="h139-16.eml",
        notes="thank-you reply to the service's acknowledgement of h139-19 (Levantine: 'منتمنّالكم', 'إلكم', emoji): "
              "adds nothing new, must not be acknowledged (no acknowledgement loop); References name both "
              "h139-16 and h139-19, thread_of is the opening message h139-16; the quoted acknowledgement mentions "
              "'التقرير الطوعي' but nothing is attached."))


def m22():
    """Tunis sender, report received 23:54 Beirut on 16 Feb (Date 22:53 +0100): on time."""
    when = at("2021-02-16 23:54:12")
    sent = tz(when - dt.timedelta(seconds=20), 1)
    fname = "Rapport OTMM - Pacte mondial migrations 2021 (version finale).pdf"
    text = """Bonsoir Madame, Monsieur,

Avec nos excuses pour cet envoi de dernière minute, veuillez trouver en pièce jointe le rapport volontaire de l'Observatoire Tunisien des Médias et des Migrations (OTMM), élaboré avec les étudiants du master de journalisme.

Bien cordialement,

Dr Leïla Gharbi
Directrice, OTMM
"""
    body_text = leaf("text/plain", text, "iso-8859-1", cte="quoted-printable")
    pdf = make_pdf(["Observatoire Tunisien des Medias et des Migrations (OTMM)",
                    "Rapport volontaire - Pacte mondial pour des migrations sures - 2021", "Version finale"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
               disp='attachment;\r\n filename="%s"' % fname)
    body = multi("mixed", [body_text, att], "------------A3F1C07E92B4D6581E2F0C97")
    rows = std_rows(when, "smtp.otmm.example.tn", "192.0.2.156", "4DgKs72bXnz3",
                    hdr("Leïla Gharbi", "iso-8859-1", "Q").encode() + " <l.gharbi@otmm.example.tn>",
                    "Rapport volontaire OTMM", rfcdate(sent),
                    "<8e4b1f20-c3a7-5d96-0e2b-7fa19c64d0b8@otmm.example.tn>",
                    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.7.1"),
                           ("Content-Language", "fr")],
                    ret="l.gharbi@otmm.example.tn")
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="deadline edge, on time: received 23:54:12 Beirut on 16 Feb, Date header 22:53:52 +0100 (Tunis); "
              "Thunderbird, ISO-8859-1 quoted-printable body and Q-encoded display name; PDF file name with "
              "spaces and parentheses."))


def m23():
    """Riyadh sender, report received 00:06:30 Beirut on 17 Feb: late, though the writer thinks it is on time."""
    when = at("2021-02-17 00:06:30")
    sent = tz(when - dt.timedelta(seconds=25), 3)
    fname = "GMWMN Voluntary Report GCM 2021.pdf"
    text = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Gulf Migrant Workers Media Network (GMWMN). I know it's past midnight here in Riyadh but I believe Beirut is an hour behind us so hopefully it still counts for the 16th!

Apologies for the rush, our board only approved it tonight.

Warm regards,
Faisal Al-Otaibi
Programme Officer
GMWMN

Sent from my iPhone"""
    body_text = leaf("text/plain", text, "us-ascii", cte="7bit")
    body_text.set_param("format", "flowed")
    body_text.set_param("delsp", "yes")
    pdf = make_pdf(["Gulf Migrant Workers Media Network (GMWMN)", "Voluntary GCM Review Report 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
               disp='attachment; filename="%s"' % fname)
    body = multi("mixed", [body_text, att, leaf("text/plain", "\n", "us-ascii", cte="7bit")],
                 "Apple-Mail-2B7E41C9-0D3F-4A58-91E6-C2F07B83D5A4")
    rows = std_rows(when, "smtp.gmwmn.example.org", "198.51.100.133", "4Dgn0W8qKpz1",
                    "Faisal Al-Otaibi <f.alotaibi@gmwmn.example.org>",
                    "GMWMN voluntary report", rfcdate(sent),
                    "<D4E8B1A7-93C2-4F0E-B6D5-1A7C29E0F384@gmwmn.example.org>",
                    extra=[("X-Mailer", "iPhone Mail (18D52)")],
                    ret="f.alotaibi@gmwmn.example.org")
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="deadline edge, late by 6.5 minutes: Date header Wed 17 Feb 01:06:05 +0300 (Riyadh), received "
              "00:06:30 on 17 Feb Beirut time; the writer wrongly reasons it still counts for the 16th; iPhone "
              "layout with a trailing empty text part."))


def m24():
    """logistics question after the deadline: link and interpretation."""
    when = at("2021-02-18 08:44:05")
    sent = tz(when - dt.timedelta(seconds=2), 0)
    text = """Good morning,

I'm a reporter with Mashriq Migration Desk (a small regional newsroom, we publish in Arabic and English). Two colleagues and I registered last week for the multi-stakeholder consultation on 23 February but haven't received any connection link yet.

Could you tell us:
1) when the Zoom/Teams link will be sent, and whether it is the same link for the conference on 24-25 Feb;
2) if there will be Arabic-English interpretation in the thematic roundtables;
3) whether the plenary sessions will be recorded and made public (we'd like to quote some of the interventions).

Many thanks,
Dalia

Dalia Mourad
Senior Reporter - Mashriq Migration Desk
"""
    html = ('<div dir="ltr"><div>' + text2html(text) + "</div></div>")
    body = leaf("text/html", html_wrap(html), "UTF-8", cte="quoted-printable")
    rows = std_rows(when, "mail-qk1-f178.google.example.com", "209.85.222.178", "4DhRf13vCmz8",
                    "Dalia Mourad <dalia.mourad@mashriqdesk.example.org>",
                    "Connection link + interpretation for 23-25 Feb?", rfcdate(sent),
                    "<CAE6nRt4-Pb2xK9mW1vQ7zL0cY3eH5dJ8sF6aG2oN4iT1wBz@mail.gmail.example.com>",
                    ret="dalia.mourad@mashriqdesk.example.org")
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, speakers=[],
        notes="logistics questions (link, interpretation, recordings) from a reporter registered as a participant; "
              "mentions roundtables and plenary sessions but asks for no role; HTML-only, sent from London "
              "(+0000)."))


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
