#!/usr/bin/env python3
"""Write the blind evaluation set holdout123 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets123.py
Theme: second-language writing - Maghrebi and Lebanese francophones writing English, anglophones writing
French, Arabic speakers writing either; calques, particle and compound names, literally translated titles.
"""
import shutil
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout123")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h123-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages (set 123)
def send(num, when, off, delay, frm, subject, body, mid, label, host, ip, qid, ret,
         to=BOX, irt=None, refs=None, extra=None, zone=None):
    sent = tz(when - dt.timedelta(seconds=delay), off)
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(sent, zone), mid, to=to, ret=ret)
    if irt:
        rows.append(("In-Reply-To", irt))
        rows.append(("References", refs or irt))
    rows += list(extra or [])
    m = top(body, rows)
    if getattr(body, "preamble", None):
        m.preamble = body.preamble
    add(num, when, m, label)
    return m


GMAIL = [("X-Mailer", None)]


def alt(text, html, boundary, charset="UTF-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def gdiv(text):
    """Gmail-style HTML: one <div> per line."""
    out = []
    for ln in text.split("\n"):
        out.append("<div>%s</div>" % (esc(ln) if ln else "<br>"))
    return '<div dir="ltr">' + "".join(out) + "</div>\n"


def attach(ctype, data, name, inline=False, cid=None, encode_name=None):
    """Attachment leaf; encode_name: None (plain ascii), '2231' or '2047'."""
    if encode_name == "2231":
        disp = "%s; filename*=%s" % ("inline" if inline else "attachment", rfc2231(name))
        params = [("name", '"%s"' % b_word(name))]
    elif encode_name == "2047":
        disp = '%s; filename="%s"' % ("inline" if inline else "attachment", b_word(name))
        params = [("name", '"%s"' % b_word(name))]
    else:
        disp = '%s; filename="%s"' % ("inline" if inline else "attachment", name)
        params = [("name", '"%s"' % name)]
    extra = [("Content-ID", "<%s>" % cid)] if cid else None
    return leaf(ctype, data, cte="base64", params=params, disp=disp, extra=extra)


# ---------------------------------------------------------------- 01 en speaker, Moroccan francophone
def m01():
    when = at("2021-01-27 16:42:18")
    text = """Dear Sir, Dear Madam,

I have the honour to propose you Mrs. Fatima-Zahra A\u00eft Ben Haddou, Responsible of projects in our association, for the Regional Review of the Global Compact of Migration.

We want to intervene in the round table n\u00b03 because Mrs. A\u00eft Ben Haddou is following since 2016 the dossier of the sub-saharan migrants women in Rabat and Oujda and she can give a testimony of the terrain.

Please find the informations of the speaker :
- Name : Fatima-Zahra A\u00eft Ben Haddou
- Function : Responsible of projects
- Structure : Association Marocaine d'Appui aux Migrants (AMAM)

We stay at your disposal for any precision.
Sincerely yours,

--
Youssef El Idrissi
President
Association Marocaine d'Appui aux Migrants (AMAM)
12, rue Oued Sebou, Agdal - Rabat
Tel : +212 6 61 23 45 78
"""
    body = alt(text, gdiv(text), "000000000000b3f47205b9e0c1d2")
    aff = "Association Marocaine d'Appui aux Migrants (AMAM)"
    send(1, when, 1, 4, "Youssef El Idrissi <y.elidrissi.amam@gmail.example.com>",
         "Proposition of speaker - Regional Review GCM Arab region", body,
         "<CAK7mP2vQx9Rz0tA1bYc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0Kk1LlmN@mail.gmail.example.com>",
         dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
             sp("Fatima-Zahra A\u00eft Ben Haddou", "Responsible of projects", aff, ["roundtable"], 3)],
              notes="Moroccan francophone writing English with calques ('I have the honour to propose you', "
                    "'we want to intervene in the round table n\u00b03'); title is the literal 'Responsible of "
                    "projects', kept as written; hyphenated first name + particle compound surname 'A\u00eft Ben "
                    "Haddou'; honorific 'Mrs.' not part of the name; sender (President) signs but is not the "
                    "speaker; French spacing before ':'."),
         "mail-ej1-f41.google.example.com", "209.85.218.41", "4DQr1m0Wc4z1", "y.elidrissi.amam@gmail.example.com")


# ---------------------------------------------------------------- 02 ar speaker, Gulf, HTML only
def m02():
    when = at("2021-01-28 09:15:51")
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:11pt">
<p>السلام عليكم ورحمة الله وبركاته</p>
<p>الإخوة الكرام في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،<br>
حياكم الله، وبخصوص الدعوة الكريمة للمراجعة الإقليمية للاتفاق العالمي للهجرة، نبي نرشح الأخ عبدالله يوسف بوحمد، رئيس لجنة العمالة المنزلية في الجمعية الكويتية لمساندة العمالة الوافدة، عشان يقدم مداخلة في الجلسة العامة (٢٤ أو ٢٥ فبراير، اللي يناسبكم).</p>
<p>الأخ عبدالله عنده خبرة طويلة في ملف العمالة المنزلية ونظام الكفالة، وإن شاء الله تكون مداخلته مفيدة.</p>
<p>ياليت تأكدون لنا الاستلام، ومشكورين مقدماً.</p>
<p>وتقبلوا خالص التحية،</p>
<p><b>فهد سالم المطيري</b><br>
أمين السر<br>
الجمعية الكويتية لمساندة العمالة الوافدة<br>
الكويت</p>
</div>"""
    body = leaf("text/html", html_wrap(inner, "rtl"), "utf-8", "base64")
    send(2, when, 3, 35, addr("فهد المطيري", "f.almutairi@kswsa.example.org.kw"),
         hdr("ترشيح متحدث - المراجعة الإقليمية للاتفاق العالمي للهجرة"), body,
         "<AM6PR10MB2215F0C31A8B7E6D4C9F2E11A4560@AM6PR10MB2215.EURPRD10.PROD.OUTLOOK.example.com>",
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
             sp("عبدالله يوسف بوحمد", "رئيس لجنة العمالة المنزلية",
                "الجمعية الكويتية لمساندة العمالة الوافدة", ["plenary"], None)],
              notes="HTML-only (base64) Outlook message in Gulf-flavoured Arabic ('نبي نرشح', 'عشان', "
                    "'ياليت'); honorific 'الأخ' not part of the name; surname with the Gulf particle 'بو' "
                    "written joined ('بوحمد'); plenary stated as 'الجلسة العامة' with a choice of days; "
                    "sender (أمين السر) is not the speaker; Date header in UTC+3."),
         "mail-db8eur05on2041.outbound.protection.outlook.example.com", "40.107.20.41", "4DR5xq2Bkbz3",
         "f.almutairi@kswsa.example.org.kw",
         extra=[("Thread-Topic", hdr("ترشيح متحدث - المراجعة الإقليمية للاتفاق العالمي للهجرة")),
                ("Thread-Index", "AdbzXq0c1p4k2hBvT7mK8rQ0wZ3x1A=="), ("Content-Language", "ar-KW")])


# ---------------------------------------------------------------- 03 en report, Tunisian francophone
M03_ID = "<6f1c2a90-3b7e-4d1a-9e0c-5a7b8c9d0e1f@otmd-tn.example.org>"


def m03():
    when = at("2021-01-30 12:03:27")
    text = """Dear Madam, Sir,

In the frame of the regional review of the Global Compact for Migration, we have the pleasure to send you in attached the voluntary report of the Observatoire Tunisien des Migrations et du D\u00e9veloppement (OTMD).

This report was realized in collaboration with six associations of the civil society of Sfax, M\u00e9denine and Tunis, it is thus a collective report. The version in English is attached, the French version will follow if necessary.

We remain at your entire disposition for any complement of information.

Best regards,

Hela Ben Romdhane
Responsible of communication
OTMD - Tunis
"""
    fname = "Rapport volontaire OTMD - GCM 2021 (EN).pdf"
    pdf = make_pdf(["Observatoire Tunisien des Migrations et du Developpement (OTMD)",
                    "Voluntary GCM Review Report - Tunisia - January 2021",
                    "1. Introduction", "2. Methodology: collective consultation with six associations",
                    "3. Objectives 2, 5, 7 and 15 of the GCM", "4. Recommendations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "UTF-8", "8bit",
                                params=[("format", "flowed")]),
                           attach("application/pdf", pdf, fname)],
                 "------------8A1D0C5E2B3F4A6D7E9C0B1A")
    body.preamble = "This is a multi-part message in MIME format."
    send(3, when, 1, 9, "Hela Ben Romdhane <h.benromdhane@otmd-tn.example.org>",
         "Voluntary report OTMD - Regional review GCM", body, M03_ID,
         dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
              report_attachments=[fname],
              notes="Tunisian francophone writing English ('in the frame of', 'send you in attached', 'realized', "
                    "'remain at your entire disposition'); attachment file name is in French with parentheses; "
                    "sender's literal title 'Responsible of communication' is a decoy (no speaker requested); "
                    "Thunderbird 8bit format=flowed; Date header in UTC+1."),
         "smtp.otmd-tn.example.org", "197.14.55.12", "4DSd0P3Wmqz5", "h.benromdhane@otmd-tn.example.org",
         extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                ("Content-Language", "en-US")])


# ---------------------------------------------------------------- 04 fr speaker, anglophone writing French
def m04():
    when = at("2021-02-01 13:27:04")
    text = """Bonjour,

Mon nom est Sarah Whitaker et je travaille pour Migration Justice Partnership (MJP), une bas\u00e9e \u00e0 Londres organisation qui travaille sur les droits des travailleurs migrants dans le Golfe et le Liban.

Je vous propose Mr Daniel Hartley as speaker pour la table ronde num\u00e9ro deux. Il est le Senior Conseiller Politique de MJP et il a beaucoup de exp\u00e9rience sur le recrutement \u00e9thique et le syst\u00e8me de kafala. Il peut parler en anglais seulement, j'esp\u00e8re que c'est ok?

Nous sommes tr\u00e8s excit\u00e9s de participer \u00e0 cette importante revue!

Merci beaucoup en avance,

Sarah

Sarah Whitaker | Programme Officer
Migration Justice Partnership (MJP)
London, UK
"""
    body = alt(text, gdiv(text), "000000000000e1a2b305ba4c7d8e")
    send(4, when, 0, 6, "Sarah Whitaker <s.whitaker@mjp-uk.example.org>",
         "Proposition speaker - table ronde", body,
         "<CAF3nR8tYw2Zx1aB4cD5eF6gH7iJ8kL9mN0oP1qR2sT3uV4wX@mail.gmail.example.com>",
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
             sp("Daniel Hartley", "Senior Conseiller Politique", "Migration Justice Partnership (MJP)",
                ["roundtable"], 2)],
              notes="anglophone writing French with English word order ('une bas\u00e9e \u00e0 Londres "
                    "organisation', 'le Senior Conseiller Politique', 'merci en avance') and code-switching "
                    "('je vous propose Mr Daniel Hartley as speaker'); the message is French so the "
                    "acknowledgement is French; roundtable number spelled out ('num\u00e9ro deux'); title kept "
                    "as written; sender (Programme Officer) is not the speaker; Date header in UTC+0."),
         "mail-wm1-f47.google.example.com", "209.85.128.47", "4DTm7c1Rr2z8", "s.whitaker@mjp-uk.example.org")


# ---------------------------------------------------------------- 05 fr speaker, Mauritania, org-title-name order
M05_ID = "<a3b1f0c2-77de-4e0a-b8a1-2f4c6d8e0a13@amddm-mr.example.org>"
M05_TEXT = """Monsieur, Madame,

Suite \u00e0 votre lettre d'invitation relative \u00e0 l'Examen r\u00e9gional du Pacte mondial sur les migrations dans la r\u00e9gion arabe, nous avons l'honneur de vous proposer les intervenants suivants :

1) Association Mauritanienne pour la D\u00e9fense des Droits des Migrants (AMDDM), pr\u00e9sident, Mr Mohamed Ould Cheikh Ahmed : pour la discussion ouverte de la consultation multipartite du 23 f\u00e9vrier ;

2) AMDDM, secr\u00e9taire g\u00e9n\u00e9ral, Mr Sidi Mohamed Ould Bah : comme rapporteur pour pr\u00e9senter les messages cl\u00e9s des parties prenantes.

Nous vous prions de bien vouloir nous confirmer la r\u00e9ception de la pr\u00e9sente.

Veuillez agr\u00e9er, Monsieur, Madame, l'expression de nos salutations distingu\u00e9es.

Pour le Bureau ex\u00e9cutif
El Moustapha Ould Sidaty
Charg\u00e9 des relations ext\u00e9rieures
AMDDM - Nouakchott, Mauritanie
"""


def m05():
    when = at("2021-02-02 12:14:40")
    body = leaf("text/plain", M05_TEXT, "ISO-8859-1", "quoted-printable")
    aff = "Association Mauritanienne pour la D\u00e9fense des Droits des Migrants (AMDDM)"
    send(5, when, 0, 12, "AMDDM <contact@amddm-mr.example.org>",
         "Demande de prise de parole - AMDDM", body, M05_ID,
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
             sp("Mohamed Ould Cheikh Ahmed", "pr\u00e9sident", aff, ["open_discussion"], None),
             sp("Sidi Mohamed Ould Bah", "secr\u00e9taire g\u00e9n\u00e9ral", aff, ["rapporteur"], None)],
              notes="two speakers, each written 'organisation, title, Mr Name' (title after the organisation, "
                    "name last); 'Ould' particle names; second speaker's affiliation given only as the acronym "
                    "(fullest form is in line 1); third person in the signature (Charg\u00e9 des relations "
                    "ext\u00e9rieures) is not a speaker; From is an organisational address; Thunderbird "
                    "ISO-8859-1 quoted-printable; Date in UTC+0 (Nouakchott)."),
         "mail.amddm-mr.example.org", "41.188.66.20", "4DVb3s2Kp1z9", "contact@amddm-mr.example.org",
         extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:68.0) Gecko/20100101 Thunderbird/68.12.0"),
                ("Content-Language", "fr")])


# ---------------------------------------------------------------- 06 ar other, Egyptian colloquial question
def m06():
    when = at("2021-02-03 10:48:09")
    text = """صباح الخير،

لو سمحتم كنت عايزة أسأل كام سؤال بخصوص التقرير الطوعي:
١- هو ينفع نبعت التقرير بالإنجليزي بس ولا لازم يبقى فيه نسخة عربي كمان؟
٢- فيه حد أقصى لعدد الصفحات؟
٣- آخر ميعاد بقى ١٦ فبراير ولا لسه زي ما هو؟ عشان شفت في الجواب العربي تاريخ مختلف ومش فاهمة.

شكراً جداً ومستنيين ردكم

مي عبد الفتاح
مسؤولة برامج | مؤسسة حلول للتنمية والهجرة
القاهرة
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = alt(text, html, "0000000000004c9de805ba6f1a2b", "UTF-8", "base64")
    send(6, when, 2, 7, addr("Mai Abdelfattah", "mai.abdelfattah@gmail.example.com"),
         hdr("استفسار عن التقرير الطوعي"), body,
         "<CAJ9sD2fGh3Jk4Lm5Np6Qr7St8Uv9Wx0Yz1Ab2Cd3Ef4Gh5Ij@mail.gmail.example.com>",
         dict(category="other", language="ar", acknowledge=True, on_time=None,
              notes="Egyptian colloquial Arabic ('عايزة', 'ينفع', 'ميعاد', 'بقى'); three questions about "
                    "the voluntary report (language, length, deadline) but no report attached and nothing "
                    "submitted; mentions the confusing date in the Arabic letter; sender's title in the "
                    "signature is not a speaker request; Latin display name, Arabic body."),
         "mail-qk1-f180.google.example.com", "209.85.222.180", "4DWc2n5Hsfz2", "mai.abdelfattah@gmail.example.com")


# ---------------------------------------------------------------- 07 en both, Lebanese, French punctuation
def m07():
    when = at("2021-02-03 17:31:55")
    text = """Dear Sir / Madam ,

Please find in attachment the voluntary review report of our movement ( collective report prepared with 4 NGOs from Beirut , Tripoli and Saida ) .

In addition , we would like to propose the following speaker for the conference :

Name : Rania Abou Jaoud\u00e9 El Khoury
Title : Charg\u00e9e de mission
Organization : Mouvement Social Libanais pour les Droits des Migrants (MSLDM)
Role : rapporteur for the key messages of the stakeholders

Could you please confirm the reception ? Also , is the rapporteur expected to be present in Beirut or it will be online ?

Thanking you in advance ,
Best regards ,

Jo\u00eblle Saad\u00e9
Coordinator of programs
MSLDM
Tel : +961 3 456 789
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">')
                     + "</div>")
    fname = "Rapport GCM - MSLDM - Fev 2021.docx"
    docx = make_docx(["Mouvement Social Libanais pour les Droits des Migrants (MSLDM)",
                      "Voluntary Review Report - Global Compact for Migration - Lebanon",
                      "Collective report (MSLDM and 4 partner NGOs)",
                      "Section 1 : Context", "Section 2 : Progress on GCM objectives",
                      "Section 3 : Recommendations"])
    body = multi("mixed", [alt(text, html, "_000_VI1PR0801MB2678B0A1C2D3E4F5A6B7C8D9VI1PR0801MB2678_"),
                           attach(DOCX, docx, fname)],
                 "_004_VI1PR0801MB2678B0A1C2D3E4F5A6B7C8D9VI1PR0801MB2678_")
    send(7, when, 2, 15, "=?iso-8859-1?Q?Jo=EBlle_Saad=E9?= <j.saade@msldm-lb.example.org>",
         "Voluntary report + speaker proposition - MSLDM", body,
         "<VI1PR0801MB2678B0A1C2D3E4F5A6B7C8D9@VI1PR0801MB2678.eurprd08.prod.outlook.example.com>",
         dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
             sp("Rania Abou Jaoud\u00e9 El Khoury", "Charg\u00e9e de mission",
                "Mouvement Social Libanais pour les Droits des Migrants (MSLDM)", ["rapporteur"], None)],
              report_attachments=[fname],
              notes="Lebanese francophone writing English with French punctuation habits (space before ':', '?', "
                    "',', '.' and inside parentheses); woman's double family name 'Abou Jaoud\u00e9 El Khoury' "
                    "with two particles; French title 'Charg\u00e9e de mission' kept as written inside an English "
                    "message; report attached (DOCX) and speaker in the same mail; ends with a logistics "
                    "question; sender's 'Coordinator of programs' is not a speaker."),
         "mail-vi1eur04on0702.outbound.protection.outlook.example.com", "40.107.8.102", "4DWq8t0Lm3z4",
         "j.saade@msldm-lb.example.org",
         extra=[("Thread-Topic", "Voluntary report + speaker proposition - MSLDM"),
                ("Thread-Index", "AQHW+kL3c9mZ1xPqR0a2Tt5vN8hY4Q=="), ("Accept-Language", "fr-FR, en-US"),
                ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")])


# ---------------------------------------------------------------- 08 ar speaker, Levantine, iPhone
def m08():
    when = at("2021-02-04 08:22:47")
    text = """مرحبا،

حابين نرشح زميلتنا ريما بو دياب، منسقة برامج بجمعية عمل للمهاجرين - لبنان، لتشارك بالنقاش المفتوح تبع الاستشارة يوم ٢٣ شباط.
شفنا بالرسالة العربية إنو آخر موعد للطلبات هو "الجمعة ٢٣ شباط" بس حبينا نبعت من هلق لنكون عالسليم.

شكراً كتير وبتمنالكن التوفيق
سامر

مرسلة من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    send(8, when, 2, 28, addr("Samer Haddad", "samerhaddad79@icloud.example.com"),
         hdr("ترشيح للنقاش المفتوح"), body,
         "<5E2A8C1B-7D4F-4B0E-9A3C-1F6E2D8B4A70@icloud.example.com>",
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
             sp("ريما بو دياب", "منسقة برامج", "جمعية عمل للمهاجرين - لبنان", ["open_discussion"], None)],
              notes="short iPhone mail in Levantine colloquial ('حابين', 'هلق', 'تبع', 'عالسليم'); Lebanese "
                    "'بو' particle surname written separately; title and organisation joined with the "
                    "colloquial preposition 'بجمعية'; cites the misprinted Arabic deadline 'الجمعة ٢٣ شباط' "
                    "(the real deadline is 5 Feb; on time anyway); signed with first name only."),
         "st43p00im-ztdg10061801.me.example.com", "17.58.63.173", "4DXh1b6Nnwz6", "samerhaddad79@icloud.example.com",
         extra=[("X-Mailer", "iPhone Mail (18C66)")])


# ---------------------------------------------------------------- 09 fr speaker follow-up of 05 (replacement)
def m09():
    when = at("2021-02-04 15:40:03")
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in M05_TEXT.rstrip("\n").split("\n"))
    text = """Bonjour,

Suite \u00e0 notre mail ci-dessous, veuillez noter que Mr Sidi Mohamed Ould Bah ne sera malheureusement pas disponible les 23-25 f\u00e9vrier.

L'AMDDM propose \u00e0 sa place Mme Khadijetou Mint Abdallahi, charg\u00e9e de communication, toujours pour le r\u00f4le de rapporteur.
La demande concernant notre pr\u00e9sident reste inchang\u00e9e.

Cordialement,
El Moustapha Ould Sidaty

Le 02/02/2021 \u00e0 12:14, AMDDM a \u00e9crit\u00a0:
""" + quoted + "\n"
    body = leaf("text/plain", flowed(text), "ISO-8859-1", "quoted-printable", params=[("format", "flowed")])
    send(9, when, 0, 10, "AMDDM <contact@amddm-mr.example.org>",
         "Re: Demande de prise de parole - AMDDM", body,
         "<c71e0d55-2a9b-4f3c-8d6e-0b1a2c3d4e5f@amddm-mr.example.org>",
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
             sp("Khadijetou Mint Abdallahi", "charg\u00e9e de communication",
                "Association Mauritanienne pour la D\u00e9fense des Droits des Migrants (AMDDM)",
                ["rapporteur"], None)],
              thread_of="h123-05.eml",
              notes="follow-up replacing the second speaker of h123-05 (In-Reply-To/References); only the new "
                    "speaker is proposed here (the president's request is unchanged and the withdrawn speaker "
                    "must not be recorded); new text gives only the acronym 'AMDDM', the full name is in the "
                    "quoted original; 'Mint' particle name; still before the 5 Feb deadline."),
         "mail.amddm-mr.example.org", "41.188.66.20", "4DXx5k1Qqhz1", "contact@amddm-mr.example.org",
         irt=M05_ID,
         extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:68.0) Gecko/20100101 Thunderbird/68.12.0"),
                ("Content-Language", "fr")])


# ---------------------------------------------------------------- 10 en speaker, Algerian, 3 min before deadline
def m10():
    when = at("2021-02-05 23:56:31")
    text = """Good evening,

I hope it is not too late. Our collective want to intervene in the plenary session of the conference.

We propose Mr. Karim Ben Slimane, Charg\u00e9 of mission at the Collectif Alg\u00e9rien pour les Migrants et R\u00e9fugi\u00e9s (CAMR). He is specialist of the question of the sub-saharian migrants in transit in Algeria and of the expulsions to the south frontier.

Thanks in advance and sorry for the delay, we had a problem of connexion all the day.

Amina Bouzid-Cherif
CAMR, Oran
"""
    body = alt(text, gdiv(text), "000000000000f7c3a905bab0d4e6")
    send(10, when, 1, 3, "Amina Bouzid <amina.bouzid.camr@gmail.example.com>",
         "speaker for plenary", body,
         "<CAH1qW2eR3tY4uI5oP6aS7dF8gH9jK0lZ1xC2vB3nM4qW5eR6t@mail.gmail.example.com>",
         dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
             sp("Karim Ben Slimane", "Charg\u00e9 of mission",
                "Collectif Alg\u00e9rien pour les Migrants et R\u00e9fugi\u00e9s (CAMR)", ["plenary"], None)],
              notes="deadline edge: received 23:56:31 Beirut on 5 Feb (Date header 22:56 +0100, Algeria) - on "
                    "time; Algerian francophone English ('want to intervene', 'specialist of the question', "
                    "'connexion'); half-translated title 'Charg\u00e9 of mission' kept as written; 'Ben' particle "
                    "surname; sender with a hyphenated double family name is not the speaker."),
         "mail-pj1-f53.google.example.com", "209.85.216.53", "4DYk0d7Tsmz3", "amina.bouzid.camr@gmail.example.com")


# ---------------------------------------------------------------- 11 ar speaker, Maghrebi darija, 3 min late
def m11():
    when = at("2021-02-06 00:03:20")
    text = """السلام عليكم،

بغينا نشاركو فالمائدة المستديرة الرابعة ديال المؤتمر الإقليمي.
كنقترحو عليكم السي عبد الرحيم آيت الحاج، المنسق ديال جمعية المهاجرين المغاربيين بفرنسا (AMMF)، هو اللي غادي يدير المداخلة باسم الجمعية.

سمحو لينا على التأخير شوية، كنا كنتسناو الموافقة ديال المكتب.

بالتوفيق
نادية
AMMF - Paris
"""
    html = '<div dir="rtl" style="font-family:Arial,sans-serif">' + text2html(text) + "</div>\n"
    body = alt(text, html, "00000000000018b2e705bab1c9f0", "UTF-8", "base64")
    send(11, when, 1, 14, "Nadia AMMF <nadia.ammf@gmail.example.com>",
         hdr("مشاركة فالمائدة المستديرة"), body,
         "<CAB8zX9cV0bN1mQ2wE3rT4yU5iO6pA7sD8fG9hJ0kL1zX2cV3b@mail.gmail.example.com>",
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
             sp("عبد الرحيم آيت الحاج", "المنسق", "جمعية المهاجرين المغاربيين بفرنسا (AMMF)",
                ["roundtable"], 4)],
              notes="deadline edge: Date header says Fri 5 Feb 23:03 +0100 (Paris) but received 00:03:20 Beirut "
                    "on 6 Feb - late; Moroccan darija ('بغينا نشاركو', 'ديال', 'كنقترحو', 'غادي'); honorific "
                    "'السي' not part of the name; 'آيت' particle surname; Latin acronym inside the Arabic "
                    "affiliation; roundtable as the ordinal 'الرابعة'."),
         "mail-wr1-f66.google.example.com", "209.85.221.66", "4DYl2f9Vvqz5", "nadia.ammf@gmail.example.com")


# ---------------------------------------------------------------- 12 fr other, Lebanese, logistics questions
M12_TEXT = """Bonjour,

Je me permets de vous contacter afin de savoir si la conf\u00e9rence du 24-25 f\u00e9vrier sera en pr\u00e9sentiel \u00e0 Beyrouth ou bien en virtuel? Vu la situation sanitaire au Liban on pr\u00e9f\u00e8re savoir d'avance pour s'organiser.

Aussi, y aura-t-il une interpr\u00e9tation simultan\u00e9e arabe-fran\u00e7ais? Plusieurs de nos membres ne sont pas \u00e0 l'aise en anglais.

Merci d'avance et bonne journ\u00e9e,

Carla Boutros-Nehm\u00e9
Responsable du plaidoyer
R\u00e9seau Solidarit\u00e9 Migrants Liban (RSML)
"""


def m12():
    when = at("2021-02-06 11:05:44")
    html = html_wrap('<div class="WordSection1">' + text2html(M12_TEXT).replace("<p>", '<p class="MsoNormal">')
                     + "</div>", charset="windows-1252")
    body = alt(M12_TEXT, html, "_000_DB7PR0402MB3512C1D2E3F4A5B6C7D8E9F0DB7PR0402MB3512_",
               "windows-1252", "quoted-printable")
    send(12, when, 2, 19, "=?windows-1252?Q?Carla_Boutros-Nehm=E9?= <c.boutros@rsml-lb.example.org>",
         "=?windows-1252?Q?Conf=E9rence_24-25_f=E9vrier_:_pr=E9sentiel_ou_virtuel=3F?=", body,
         "<DB7PR0402MB3512C1D2E3F4A5B6C7D8E9F0@DB7PR0402MB3512.eurprd04.prod.outlook.example.com>",
         dict(category="other", language="fr", acknowledge=True, on_time=None,
              notes="Lebanese French logistics questions (in-person or online, interpretation); no speaker and "
                    "no report although the sender's signature has a title and organisation; windows-1252 "
                    "Outlook text+HTML; encoded subject with a French ' : ' and '?'."),
         "mail-db8eur03on0610.outbound.protection.outlook.example.com", "40.107.4.110", "4DZ1c3Xx0bz7",
         "c.boutros@rsml-lb.example.org",
         extra=[("Thread-Topic", "=?windows-1252?Q?Conf=E9rence_24-25_f=E9vrier_:_pr=E9sentiel_ou_virtuel=3F?="),
                ("Thread-Index", "AdcLm0vK7pQ9r2sTuV1wX3yZ4aB5cQ=="), ("Content-Language", "fr-FR")])


# ---------------------------------------------------------------- 13 en speaker, Jordanian, HTML table, late
def m13():
    when = at("2021-02-07 10:12:36")
    text = """Dear Sirs,

Kindly, we are pleased to nominate the below persons to speak in the Regional Review conference. We know that the deadline is passed since Friday but we hope you can consider our request kindly.

Name\tPosition\tOrganization\tSession
Dr. Ahmad Al-Zoubi\tHead of Research Unit\tJordanian Center for Labour Migration Studies (JCLMS)\tRound table 1 (decent work)
Eng. Hala Bani Hani\tLegal Responsible\tJCLMS\tPlenary session

Waiting your kind reply.

Best Regards,
Mohammad Al-Shboul
Administration Officer
JCLMS - Amman
"""
    rows = [("Dr. Ahmad Al-Zoubi", "Head of Research Unit", "Jordanian Center for Labour Migration Studies (JCLMS)",
             "Round table 1 (decent work)"),
            ("Eng. Hala Bani Hani", "Legal Responsible", "JCLMS", "Plenary session")]
    cell = '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">%s</p></td>'
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">'
             + "<tr>" + "".join(cell % ("<b>%s</b>" % h) for h in ("Name", "Position", "Organization", "Session"))
             + "</tr>" + "".join("<tr>" + "".join(cell % esc(c) for c in r) + "</tr>" for r in rows) + "</table>")
    html = html_wrap('<div class="WordSection1"><p class="MsoNormal">Dear Sirs,</p><p class="MsoNormal">&nbsp;</p>'
                     '<p class="MsoNormal">Kindly, we are pleased to nominate the below persons to speak in the '
                     'Regional Review conference. We know that the deadline is passed since Friday but we hope you '
                     'can consider our request kindly.</p><p class="MsoNormal">&nbsp;</p>' + table +
                     '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Waiting your kind reply.</p>'
                     '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Best Regards,<br>Mohammad Al-Shboul<br>'
                     'Administration Officer<br>JCLMS - Amman</p></div>')
    body = alt(text, html, "_000_AM0PR03MB4412D5E6F7A8B9C0D1E2F3A4AM0PR03MB4412_", "us-ascii", "quoted-printable")
    aff = "Jordanian Center for Labour Migration Studies (JCLMS)"
    send(13, when, 2, 22, "Mohammad Al-Shboul <m.alshboul@jclms.example.org.jo>",
         "Nomination of speakers - JCLMS", body,
         "<AM0PR03MB4412D5E6F7A8B9C0D1E2F3A4@AM0PR03MB4412.eurprd03.prod.outlook.example.com>",
         dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
             sp("Ahmad Al-Zoubi", "Head of Research Unit", aff, ["roundtable"], 1),
             sp("Hala Bani Hani", "Legal Responsible", aff, ["plenary"], None)],
              notes="two speakers in an HTML table (tab-separated in the text part); honorifics 'Dr.' and 'Eng.' "
                    "not part of the names; compound surname 'Bani Hani'; literal title 'Legal Responsible'; "
                    "second row gives only the acronym; per-speaker roles in the last column; Arabic speaker's "
                    "English ('Kindly, we are pleased', 'Waiting your kind reply'); sent 7 Feb, after the "
                    "speaker deadline (the sender says so)."),
         "mail-am6eur05on2072.outbound.protection.outlook.example.com", "40.107.22.72", "4F0b8g2Yy4z9",
         "m.alshboul@jclms.example.org.jo",
         extra=[("Thread-Topic", "Nomination of speakers - JCLMS"),
                ("Thread-Index", "AdcNKq1n2T3hU4vW5xY6zA7bC8dE9f=="), ("Content-Language", "en-US")])


# ---------------------------------------------------------------- 14 fr auto_reply
def m14():
    when = at("2021-02-08 09:00:12")
    text = """Bonjour,

Je suis absente du bureau du 8 au 12 f\u00e9vrier 2021 inclus avec un acc\u00e8s limit\u00e9 \u00e0 ma messagerie.
Pour toute urgence, merci de contacter M. Anis Ben Amor : a.benamor@atdm-tn.example.org

Cordialement,
Sonia Ben Hassine-Trabelsi
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    send(14, when, 1, 2, "=?iso-8859-1?Q?Sonia_Ben_Hassine-Trabelsi?= <s.benhassine@atdm-tn.example.org>",
         "=?iso-8859-1?Q?R=E9ponse_automatique=A0:_Accus=E9_de_r=E9ception_-_Examen_r=E9gional_PMM?=", body,
         "<ce4a1b2c3d4e4f5a9b8c7d6e5f4a3b2c@EXCH01.atdm-tn.example.org>",
         dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
              notes="Exchange out-of-office ('R\u00e9ponse automatique :') to one of our acknowledgements; "
                    "Auto-Submitted and X-Auto-Response-Suppress headers; names a colleague with an address "
                    "(not a speaker); never acknowledge."),
         "mail.atdm-tn.example.org", "196.203.77.9", "4F1c0h4Zz6z2", "",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "s.benhassine@atdm-tn.example.org"),
                ("In-Reply-To", "<ack-20210208-0412@gcmrr.iom.int>"), ("Content-Language", "fr-FR")])


# ---------------------------------------------------------------- 15 fr report, Lebanese francophone, PDF + logo
def m15():
    when = at("2021-02-09 14:37:58")
    text = """Bonjour,

Veuillez trouver ci-joint la contribution du Collectif Libanais pour la Dignit\u00e9 des Travailleuses Domestiques (CLDTD) \u00e0 l'examen volontaire du Pacte mondial sur les migrations.
Le rapport couvre les objectifs 6, 7 et 16 et se base sur les t\u00e9moignages de 120 travailleuses \u00e0 Beyrouth et au Mont-Liban.

Merci de nous confirmer la bonne r\u00e9ception. Nous restons \u00e0 votre enti\u00e8re disposition.

Bien \u00e0 vous,

Ma\u00efa Bou Assi-Karam
Charg\u00e9e de projets
CLDTD
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">')
                     + '<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01D6FEE1.5A3B2C10"'
                       ' alt="CLDTD"></p></div>')
    fname = "Contribution \u00e0 l'examen volontaire - CLDTD.pdf"
    pdf = make_pdf(["Collectif Libanais pour la Dignite des Travailleuses Domestiques (CLDTD)",
                    "Contribution a l'examen volontaire du Pacte mondial sur les migrations",
                    "Objectifs 6, 7 et 16", "Methodologie : 120 temoignages", "Recommandations"])
    related = multi("related", [leaf("text/html", html, "utf-8", "quoted-printable"),
                                attach("image/png", make_png(), "image001.png", inline=True,
                                       cid="image001.png@01D6FEE1.5A3B2C10")],
                    "_005_AS8PR10MB6020A1B2C3D4E5F6A7B8AS8PR10MB6020_", params=[("type", '"text/html"')])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"), related],
                                 "_000_AS8PR10MB6020A1B2C3D4E5F6A7B8AS8PR10MB6020_"),
                           attach("application/pdf", pdf, fname, encode_name="2231")],
                 "_006_AS8PR10MB6020A1B2C3D4E5F6A7B8AS8PR10MB6020_")
    send(15, when, 2, 11, "=?utf-8?B?TWHDr2EgQm91IEFzc2ktS2FyYW0=?= <m.bouassi@cldtd-lb.example.org>",
         "Contribution CLDTD - examen volontaire PMM", body,
         "<AS8PR10MB6020A1B2C3D4E5F6A7B8@AS8PR10MB6020.EURPRD10.PROD.OUTLOOK.example.com>",
         dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
              report_attachments=[fname],
              notes="report as PDF with an accented RFC 2231 file name ('Contribution \u00e0 l'examen "
                    "volontaire'), plus an inline signature logo (image001.png) that is not part of the report; "
                    "report called a 'contribution'; sender's title 'Charg\u00e9e de projets' is not a speaker "
                    "request; Outlook related/alternative/mixed nesting."),
         "mail-am7eur03on2089.outbound.protection.outlook.example.com", "40.107.3.89", "4F2d3j5Aa8z4",
         "m.bouassi@cldtd-lb.example.org",
         extra=[("Thread-Topic", "Contribution CLDTD - examen volontaire PMM"),
                ("Thread-Index", "AdcO4lWq0R1s2T3u4V5w6X7y8Z9a0b=="), ("Content-Language", "fr-FR"),
                ("X-MS-Has-Attach", "yes")])


# ---------------------------------------------------------------- 16 ar report, Iraqi collective, Arabic file name
M16_ID = "<001a01d6ff2c$5b8e9f20$12cbdd60$@iraqmigcoalition.example.org>"


def m16():
    when = at("2021-02-10 11:20:05")
    text = """السادة المحترمون في أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
تحية طيبة وبعد،

يسرّ التحالف العراقي لمنظمات المجتمع المدني المعنية بالهجرة أن يقدم إليكم تقرير المراجعة الطوعية الجماعي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي أُعدّ بمشاركة أربع عشرة منظمة عاملة في بغداد وأربيل والبصرة ونينوى.

تجدون التقرير مرفقاً بصيغة PDF.

مع فائق الاحترام والتقدير،
حيدر كاظم الموسوي
منسق التحالف العراقي لمنظمات المجتمع المدني المعنية بالهجرة
بغداد
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl", "windows-1256")
    fname = "تقرير المراجعة الطوعية الجماعي - التحالف العراقي.pdf"
    pdf = make_pdf(["Iraqi Coalition of CSOs on Migration", "Collective Voluntary GCM Review Report (Arabic)",
                    "Table 1 - Returnees", "Table 2 - Labour migration", "Table 3 - Internal displacement"])
    body = multi("mixed", [alt(text, html, "----=_NextPart_001_001B_01D6FF3D.1F4A6C70", "windows-1256"),
                           attach("application/pdf", pdf, fname, encode_name="2047")],
                 "----=_NextPart_000_001A_01D6FF3D.1F4A6C70")
    body.preamble = "This is a multipart message in MIME format."
    send(16, when, 3, 40, addr("حيدر الموسوي", "h.almousawi@iraqmigcoalition.example.org", "windows-1256"),
         hdr("تقرير المراجعة الطوعية الجماعي", "windows-1256"), body, M16_ID,
         dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
              report_attachments=[fname],
              notes="formal MSA collective report from a coalition; windows-1256 Outlook text+HTML; Arabic PDF "
                    "file name RFC 2047-encoded in name= and filename=; Date header in UTC+3 (Baghdad); opens the "
                    "thread continued by h123-17."),
         "mail.iraqmigcoalition.example.org", "185.117.120.4", "4F3f6m7Bb0z6", "h.almousawi@iraqmigcoalition.example.org",
         extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQFbjp8gEsvdYAB1c2d3e4f5g6h7iA=="),
                ("Content-Language", "ar-iq")])


# ---------------------------------------------------------------- 17 ar report revision (thread of 16)
def m17():
    when = at("2021-02-11 09:02:41")
    text = """السادة المحترمون،

إلحاقاً برسالتنا أدناه، تبيّن وجود خطأ في الأرقام الواردة في الجدول رقم (3) الخاص بالنازحين داخلياً. نرفق لكم النسخة المعدّلة من التقرير بصيغة Word، ونرجو التفضل باعتمادها بدلاً من النسخة السابقة.

مع الاعتذار عن الإزعاج،
حيدر كاظم الموسوي

-----Original Message-----
From: حيدر الموسوي <h.almousawi@iraqmigcoalition.example.org>
Sent: Wednesday, February 10, 2021 12:19 PM
To: gcmrrarabstates@iom.int
Subject: تقرير المراجعة الطوعية الجماعي

السادة المحترمون في أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
تحية طيبة وبعد، ...
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl", "windows-1256")
    fname = "تقرير المراجعة الطوعية الجماعي - معدل.docx"
    docx = make_docx(["التحالف العراقي لمنظمات المجتمع المدني المعنية بالهجرة",
                      "تقرير المراجعة الطوعية الجماعي - النسخة المعدلة", "الجدول رقم (٣): النازحون داخلياً"])
    body = multi("mixed", [alt(text, html, "----=_NextPart_001_0027_01D6FFED.9A0B1C20", "windows-1256"),
                           attach(DOCX, docx, fname, encode_name="2047")],
                 "----=_NextPart_000_0026_01D6FFED.9A0B1C20")
    body.preamble = "This is a multipart message in MIME format."
    send(17, when, 3, 33, addr("حيدر الموسوي", "h.almousawi@iraqmigcoalition.example.org", "windows-1256"),
         re_hdr("RE: ", "تقرير المراجعة الطوعية الجماعي", "windows-1256"), body,
         "<002701d6ffed$9a0b1c20$ce215460$@iraqmigcoalition.example.org>",
         dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
              report_attachments=[fname], thread_of="h123-16.eml",
              notes="revised report replacing the PDF of h123-16 (In-Reply-To/References; 'يرجى اعتمادها بدلاً "
                    "من النسخة السابقة'); only the new DOCX is attached; Outlook '-----Original Message-----' "
                    "quote; still before 16 Feb."),
         "mail.iraqmigcoalition.example.org", "185.117.120.4", "4F4g8n9Cc2z8", "h.almousawi@iraqmigcoalition.example.org",
         irt=M16_ID,
         extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQFbjp8gEsvdYAB1c2d3e4f5g6h7iAJ9kL0m"),
                ("Content-Language", "ar-iq")])


# ---------------------------------------------------------------- 18 en other, thank-you to our ack
def m18():
    when = at("2021-02-12 10:30:17")
    text = """Dear,

We thank you for your confirmation of reception. Good continuation for the organisation of the review !

Cordially,
Hela Ben Romdhane
OTMD

Le 12/02/2021 \u00e0 08:12, GCM Regional Review Arab States a \u00e9crit\u00a0:
> Dear Ms Ben Romdhane,
>
> Thank you for your submission to the Regional Review of the Global
> Compact for Migration in the Arab region. We confirm receipt of your
> voluntary GCM review report.
>
> GCM Regional Review secretariat
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    send(18, when, 1, 6, "Hela Ben Romdhane <h.benromdhane@otmd-tn.example.org>",
         "Re: Acknowledgement of receipt - Regional Review GCM", body,
         "<9d2e4f60-1a3b-4c5d-8e7f-a0b1c2d3e4f5@otmd-tn.example.org>",
         dict(category="other", language="en", acknowledge=False, on_time=None,
              notes="thank-you reply to our acknowledgement (In-Reply-To is our ack, not a labelled message); "
                    "adds nothing new so no acknowledgement; Tunisian English with French spacing ('review !') "
                    "and a French attribution line from a French-localised client; language stays en."),
         "smtp.otmd-tn.example.org", "197.14.55.12", "4F5h0p1Dd4z1", "h.benromdhane@otmd-tn.example.org",
         irt="<ack-20210212-0431@gcmrr.iom.int>",
         extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                ("Content-Language", "en-US")])


# ---------------------------------------------------------------- 19 fr both, Algerian, speaker part late
def m19():
    when = at("2021-02-13 16:55:29")
    text = """Madame, Monsieur,

Nous avons le plaisir de vous transmettre ci-joint la contribution de la Ligue Alg\u00e9rienne pour la Solidarit\u00e9 avec les Migrants (LASM) dans le cadre de l'examen r\u00e9gional du Pacte mondial pour des migrations s\u00fbres, ordonn\u00e9es et r\u00e9guli\u00e8res.

Par la m\u00eame occasion, nous souhaiterions que notre directrice ex\u00e9cutive, Mme Nadia Belkacem-Bensalem, puisse prendre la parole lors de la table ronde th\u00e9matique 1. Nous savons que le d\u00e9lai pour les intervenants \u00e9tait fix\u00e9 au 5 f\u00e9vrier, mais nous n'avons re\u00e7u l'invitation que tardivement par le biais d'un partenaire.

Dans l'attente de votre retour, veuillez recevoir nos salutations les meilleures.

Rachid Aït Ouarab
Secr\u00e9taire g\u00e9n\u00e9ral - LASM
Alger
"""
    fname = "Contribution LASM - Examen r\u00e9gional PMM.pdf"
    pdf = make_pdf(["Ligue Algerienne pour la Solidarite avec les Migrants (LASM)",
                    "Contribution a l'examen regional du Pacte mondial sur les migrations",
                    "Fevrier 2021", "I. Contexte algerien", "II. Recommandations"])
    body = multi("mixed", [alt(text, gdiv(text), "0000000000002b7e9105bb2f3c4d"),
                           attach("application/pdf", pdf, fname, encode_name="2231")],
                 "0000000000002b7e9305bb2f3c4f")
    send(19, when, 1, 5, "=?UTF-8?Q?Rachid_A=C3=AFt_Ouarab?= <rachid.aitouarab@gmail.example.com>",
         "=?UTF-8?Q?Contribution_LASM_+_demande_d=27intervention?=", body,
         "<CAD4rF5tG6yH7uJ8iK9oL0pA1sS2dD3fF4gG5hH6jJ7kK8lL9z@mail.gmail.example.com>",
         dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
             sp("Nadia Belkacem-Bensalem", "directrice ex\u00e9cutive",
                "Ligue Alg\u00e9rienne pour la Solidarit\u00e9 avec les Migrants (LASM)", ["roundtable"], 1)],
              report_attachments=[fname],
              notes="report (PDF, RFC 2231 accented name) plus a speaker request in prose; the report is on "
                    "time but the speaker part is after 5 Feb so 'both' is not on time (the sender admits it); "
                    "woman's hyphenated double family name; title before the name ('notre directrice "
                    "ex\u00e9cutive, Mme ...'); 'table ronde th\u00e9matique 1'; sender with an 'A\u00eft' "
                    "surname is not a speaker."),
         "mail-ed1-f43.google.example.com", "209.85.208.43", "4F6j2q3Ee6z3", "rachid.aitouarab@gmail.example.com")


# ---------------------------------------------------------------- 20 ar both, Bahrain, speaker part late
def m20():
    when = at("2021-02-15 12:44:10")
    text = """السادة الكرام،
تحية طيبة،

مرفق لكم تقرير جمعية البحرين لرعاية العمال المهاجرين (BMWCS) ضمن المراجعة الطوعية للاتفاق العالمي للهجرة.

وكذلك نود ترشيح نائبة رئيس الجمعية الدكتورة مريم عيسى الدوسري للمداخلة في إحدى الموائد المستديرة، حسب ما ترونه مناسباً.

شاكرين لكم حسن تعاونكم،
علي حسن العريبي
مدير المشاريع
Bahrain Migrant Workers Care Society
"""
    html = html_wrap('<div dir="rtl" style="font-family:Calibri">' + text2html(text) + "</div>", "rtl")
    fname = "BMWCS_GCM_Voluntary_Report_2021.docx"
    docx = make_docx(["Bahrain Migrant Workers Care Society (BMWCS)",
                      "تقرير المراجعة الطوعية للاتفاق العالمي للهجرة - البحرين ٢٠٢١"])
    body = multi("mixed", [alt(text, html, "_000_DU2PR04MB8790E1F2A3B4C5D6E7F8DU2PR04MB8790_", "utf-8", "base64"),
                           attach(DOCX, docx, fname)],
                 "_004_DU2PR04MB8790E1F2A3B4C5D6E7F8DU2PR04MB8790_")
    send(20, when, 3, 26, addr("Ali Al-Oraibi", "a.aloraibi@bmwcs.example.org.bh"),
         hdr("تقرير المراجعة الطوعية + ترشيح متحدثة"), body,
         "<DU2PR04MB8790E1F2A3B4C5D6E7F8@DU2PR04MB8790.eurprd04.prod.outlook.example.com>",
         dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
             sp("مريم عيسى الدوسري", "نائبة رئيس الجمعية",
                "جمعية البحرين لرعاية العمال المهاجرين (BMWCS)", ["roundtable"], None)],
              report_attachments=[fname],
              notes="report (DOCX, English file name) plus a speaker nomination after the 5 Feb deadline, so "
                    "'both' is late; title written before the honorific and name ('نائبة رئيس الجمعية "
                    "الدكتورة ...'), 'الجمعية' refers back to the association named in the first sentence; "
                    "roundtable without a number; English organisation name in the signature, Latin acronym in "
                    "the Arabic one; Date header in UTC+3."),
         "mail-he1eur04on0615.outbound.protection.outlook.example.com", "40.107.7.115", "4F7k4r5Ff8z5",
         "a.aloraibi@bmwcs.example.org.bh",
         extra=[("Thread-Topic", hdr("تقرير المراجعة الطوعية + ترشيح متحدثة")),
                ("Thread-Index", "AdcDm3pL1x2c3V4b5N6m7Q8w9E0r1T=="), ("Content-Language", "ar-BH"),
                ("X-MS-Has-Attach", "yes")])


# ---------------------------------------------------------------- 21 en report, Riyadh, 80 s before deadline
def m21():
    when = at("2021-02-16 23:58:40")
    text = """Dear Sir,

Kindly find herewith attached the voluntary GCM review report of the Sudanese Community Association in the Kingdom (SCAK).

Apologize for the late submission due to the internet problem in our office since the afternoon.

Best Regards,
Osman Abdelrahim Babiker
Chairman, SCAK
Riyadh

Get Outlook for Android
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    fname = "SCAK GCM report final.pdf"
    pdf = make_pdf(["Sudanese Community Association in the Kingdom (SCAK)", "Voluntary GCM Review Report",
                    "February 2021", "Situation of Sudanese workers and families", "Recommendations"])
    body = multi("mixed", [alt(text, html, "_000_BN7PR11MB2657A9B8C7D6E5F4BN7PR11MB2657_", "us-ascii",
                               "quoted-printable"),
                           attach("application/pdf", pdf, fname)],
                 "_004_BN7PR11MB2657A9B8C7D6E5F4BN7PR11MB2657_")
    send(21, when, 3, 18, "Osman Babiker <osman.babiker@outlook.example.com>",
         "Voluntary report SCAK", body,
         "<BN7PR11MB2657A9B8C7D6E5F4@BN7PR11MB2657.namprd11.prod.outlook.example.com>",
         dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
              report_attachments=[fname],
              notes="deadline edge: received 23:58:40 Beirut on 16 Feb, on time, but the Date header reads "
                    "Wed 17 Feb 00:58 +0300 (Riyadh) and the sender apologises for a 'late submission'; "
                    "Arabic speaker's English ('Kindly find herewith attached', 'Apologize for'); Outlook for "
                    "Android."),
         "mail-bn8nam11on2098.outbound.protection.outlook.example.com", "40.107.236.98", "4F8m6s7Gg0z7",
         "osman.babiker@outlook.example.com",
         extra=[("Thread-Topic", "Voluntary report SCAK"), ("Thread-Index", "AQHXBNr5c6v7b8n9m0q1w2e3r4t5yA=="),
                ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")])


# ---------------------------------------------------------------- 22 fr report, Tunis, 2 min after deadline
def m22():
    when = at("2021-02-17 00:02:10")
    text = """Bonsoir,

Ci-joint le rapport volontaire de l'Association Tunisienne pour les Droits des Migrants (ATDM) sur la mise en \u0153uvre du PMM en Tunisie, version finale.
D\u00e9sol\u00e9s pour l'envoi \u00e0 la derni\u00e8re minute.

Bien cordialement,
Anis Ben Amor
ATDM

Envoy\u00e9 de mon iPhone
"""
    fname = "Rapport_VF_ATDM.docx"
    docx = make_docx(["Association Tunisienne pour les Droits des Migrants (ATDM)",
                      "Rapport volontaire - Mise en oeuvre du PMM en Tunisie - version finale"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach(DOCX, docx, fname)],
                 "Apple-Mail-7C3E1A9B-2D4F-4E6A-8B0C-1D2E3F4A5B6C")
    send(22, when, 1, 21, "Anis Ben Amor <a.benamor@atdm-tn.example.org>",
         "Rapport volontaire ATDM", body,
         "<B4E7A2C1-9F3D-4A6B-8C0E-2D1F5A7B9C3E@atdm-tn.example.org>",
         dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
              report_attachments=[fname],
              notes="deadline edge: Date header says Tue 16 Feb 23:02 +0100 (Tunis) but the mailbox received it "
                    "at 00:02:10 Beirut on 17 Feb - late by 2 minutes; very short iPhone mail, report only in "
                    "the DOCX; 'PMM' = GCM in French."),
         "mail.atdm-tn.example.org", "196.203.77.9", "4F9n8t9Hh2z9", "a.benamor@atdm-tn.example.org",
         extra=[("X-Mailer", "iPhone Mail (18D52)")])


# ---------------------------------------------------------------- 23 en bounce
def m23():
    when = at("2021-02-18 09:41:06")
    qid = "7B3D19C4E2"
    rcpt = "info@amddm-mr.exmaple.org"
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error
    for name=amddm-mr.exmaple.org type=A: Host not found
""" % rcpt
    arr = when - dt.timedelta(seconds=2)
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=amddm-mr.exmaple.org type=A: Host not found
""" % (qid, rfcdate(arr, "EET"), rcpt, rcpt)
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <%s>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: %s
Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Examen_r=C3=A9gional_PMM?=
Date: %s
Message-ID: <ack-20210218-0455@gcmrr.iom.int>
Auto-Submitted: auto-replied
""" % (qid, rcpt, rfcdate(arr, "EET"), rcpt, rfcdate(arr))
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1613634066/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
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
    m["Message-Id"] = "<20210218074106.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = "This is a MIME-encapsulated message."
    add(23, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report, 5.4.4 host not found: 'exmaple' typo) for a French "
              "acknowledgement; the returned headers are French but the bounce itself is machine mail in "
              "English; never acknowledge."))


# ---------------------------------------------------------------- 24 ar other, Sudanese MSA logistics
def m24():
    when = at("2021-02-19 13:16:52")
    text = """السلام عليكم ورحمة الله،

نشكركم على الدعوة. نرجو إفادتنا برابط الاتصال (Zoom) لجلسات يومي ٢٤ و٢٥ فبراير، وهل يمكن لعضوين من الجمعية حضور الجلسات كمستمعين فقط دون تقديم مداخلات؟ وهل يلزم التسجيل المسبق لذلك؟

ولكم جزيل الشكر،
أ. سلمى الطيب ود الأمين
رئيسة قسم العلاقات العامة
الجمعية السودانية للهجرة والتنمية - الخرطوم
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = alt(text, html, "000000000000a9d0e305bbb7c1e2", "UTF-8", "base64")
    send(24, when, 2, 9, addr("سلمى الطيب", "salma.eltayeb.sahd@gmail.example.com"),
         hdr("استفسار عن رابط المشاركة"), body,
         "<CAE5tY6uI7oP8aS9dF0gH1jK2lZ3xC4vB5nM6qW7eR8tY9uI0o@mail.gmail.example.com>",
         dict(category="other", language="ar", acknowledge=True, on_time=None,
              notes="logistics question (Zoom link, attending as listeners, registration); explicitly not "
                    "asking to speak ('دون تقديم مداخلات'); sender's title and organisation in the signature "
                    "are not a speaker nomination; Sudanese 'ود' particle name; Date header in UTC+2 "
                    "(Khartoum)."),
         "mail-lj1-f170.google.example.com", "209.85.208.170", "4FBp0v1Jj4z1", "salma.eltayeb.sahd@gmail.example.com")


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
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
