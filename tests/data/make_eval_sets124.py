#!/usr/bin/env python3
"""Write the blind evaluation set holdout124 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets124.py
Theme: migrant- and refugee-led groups from the Horn of Africa and Sudan living in Egypt, Libya,
Lebanon, Jordan and the Gulf (Sudanese, Eritrean, Ethiopian, Somali community organisations).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout124")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h124-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def simple_rows(when, frm, subject, sent, mid, host, ip, qid, extra=None, ret=None, to=BOX):
    return std_rows(when, host, ip, qid, frm, subject, sent, mid, to=to, extra=extra, ret=ret)


def attach(data, ctype, name, disp_name=None, cte="base64", params=None):
    """An attachment part with name= and filename= (both plain unless given pre-encoded)."""
    m = Message(policy=POL)
    p = ctype + ('; name="%s"' % name if name else "")
    for k, v in (params or []):
        p += "; %s=%s" % (k, v)
    m["Content-Type"] = p
    m["Content-Disposition"] = disp_name or 'attachment; filename="%s"' % name
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


# ================================================================ the 24 messages
def m01():
    # Somali community leader, short English from an iPhone in Dubai
    when = at("2021-01-25 10:12:41")
    sent = tz(when - dt.timedelta(seconds=6), 4)
    text = ("Salam \n"
            "My name is Abdirahman Hassan Farah chairman Somali Diaspora Community UAE (SDC-UAE) . we want to "
            "speak in the conference in roundtable about workers and migrants rights, our community have many "
            "issues with the kafala and documents.\n"
            "Pls advise what is next step\n"
            "Thanks \n\n"
            "Sent from my iPhone")
    body = leaf("text/plain", text, "utf-8", "7bit")
    body.replace_header("Content-Type", 'text/plain; charset=us-ascii')
    rows = simple_rows(when, "Abdirahman Farah <abdirahman.farah1970@gmail.example.com>", "Speaking",
                       rfcdate(sent), "<9C1F5E7A-2B44-4D0B-8A77-3E1D2C6B0F19@gmail.example.com>",
                       "mail-pj1-f47.google.example.com", "209.85.216.47", "4DPq3c1Jx8z1",
                       extra=[("X-Mailer", "iPhone Mail (18C66)")], ret="abdirahman.farah1970@gmail.example.com")
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdirahman Hassan Farah", "chairman", "Somali Diaspora Community UAE (SDC-UAE)", ["roundtable"])],
        notes="one run-on sentence from a phone: name, title and organisation are not separated by punctuation; "
              "subject just 'Speaking'; roundtable asked for by topic, no number; Date in +0400 (Dubai); "
              "text/plain us-ascii with 'Sent from my iPhone'."))


M02_ID = "<CAKd7Q2vN0tHk5YbR1xS8mW3pLq6fJ9eC4uA2zT7gVhD0oP1s@mail.gmail.example.com>"


def m02():
    # Four-part Sudanese name in Arabic, shortened in the signature; Arabic misprinted deadline quoted
    when = at("2021-01-27 14:30:09")
    sent = when - dt.timedelta(seconds=4)
    text = """السلام عليكم ورحمة الله وبركاته
الإخوة الكرام في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة

تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة الخاصة بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، وحيث ان الرسالة حددت يوم الجمعة 23 فبراير كآخر موعد لطلبات التحدث، يسعدني أن أتقدم بطلب المشاركة كمتحدث.

أنا محمد عثمان الطيب أحمد، رئيس جمعية الجالية السودانية في لبنان (SCAL)، وهي جمعية يقودها اللاجئون والمهاجرون السودانيون انفسهم منذ 2013 وبتشتغل مع العمال السودانيين في بيروت والبقاع.

نرغب في تقديم مداخلة من القاعة في الجلسة العامة، وبالذات عن أوضاع العمال اللي ما عندهم إقامة.

ولكم جزيل الشكر

م. عثمان الطيب
جمعية الجالية السودانية - لبنان
+961 3 000 000
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", None)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000b7c3aa05b9e4f1d2")
    rows = simple_rows(when, addr("محمد عثمان", "m.osman.sudan.lb@gmail.example.com"),
                       hdr("طلب مشاركة كمتحدث - الاستعراض الإقليمي للاتفاق العالمي للهجرة"),
                       rfcdate(sent), M02_ID, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DQm1L2Vfqz7",
                       ret="m.osman.sudan.lb@gmail.example.com")
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد عثمان الطيب أحمد", "رئيس", "جمعية الجالية السودانية في لبنان (SCAL)", ["plenary"])],
        notes="four-part Sudanese name in the body; the signature shortens it to 'م. عثمان الطيب' and a shorter "
              "affiliation without the acronym, the From name to 'محمد عثمان'; sender quotes the misprinted Arabic "
              "deadline 'الجمعة 23 فبراير' (still on time: 27 Jan); MSA mixed with Sudanese/Levantine "
              "colloquial; plain+HTML both base64."))


def m03():
    # Djiboutian social worker in Amman, Thunderbird format=flowed, question on interpretation
    when = at("2021-01-28 09:05:52")
    sent = tz(when - dt.timedelta(seconds=11), 2)
    text = """Bonjour Madame, Monsieur,

Je me permets de vous écrire au nom de l'Association des Communautés de la Corne de l'Afrique en Jordanie (ACCAJ), nous sommes une petite association gérée par des réfugiés soudanais, somaliens et érythréens à Amman.

Nous avons bien reçu la lettre d'invitation (en français, merci beaucoup pour ça!) et avant de vous envoyer quoi que ce soit j'aurais deux petites questions :

1) Est-ce qu'il y aura une interprétation en tigrigna ou en somali pendant la consultation du 23 février ? Beaucoup de nos membres ne maîtrisent ni l'arabe ni l'anglais.
2) Nos membres qui n'ont pas de carte du HCR à jour, peuvent-ils se connecter quand même en ligne ? Il faut une pièce d'identité pour l'inscription ?

On réfléchit encore à la question d'envoyer un rapport, ça dépendra un peu de vos réponses.

Merci d'avance et bonne journée,

Hodan Ismaël Robleh
ACCAJ – Amman
-- 
Association des Communautés de la Corne de l'Afrique en Jordanie
Jabal al-Hussein, Amman
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable")
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = simple_rows(when, "Hodan Robleh <hodan.robleh@accaj-jo.example.org>",
                       "Questions sur la consultation du 23 =?UTF-8?Q?f=C3=A9vrier?=", rfcdate(sent),
                       "<3e1c2b7a-5f0d-4c9e-b1a3-7d2e9f8c6a41@accaj-jo.example.org>",
                       "mail.accaj-jo.example.org", "198.51.100.77", "4DR0Tz5kQ2z3",
                       extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                              ("Content-Language", "fr")], ret="hodan.robleh@accaj-jo.example.org")
    m = top(body, rows)
    add(3, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions only (interpretation into Tigrinya/Somali, online access without UNHCR card); mentions "
              "a possible report and the consultation date but submits nothing and proposes no speaker; "
              "Thunderbird format=flowed, RFC 2047 Q-encoded word in the subject."))


M04_ID = "<AM6PR03MB5123E8F1A2C4B7D9E0F3A1B2C3D4E5F6@AM6PR03MB5123.eurprd03.prod.outlook.example.com>"


def m04():
    # Eritrean network in Cairo, Outlook HTML table, two speakers, only one with a title
    when = at("2021-01-29 16:40:27")
    sent = when - dt.timedelta(seconds=9)
    text = """Dear Colleagues at the Regional UN Network on Migration,

Greetings from Cairo.

The Eritrean Community Network in Egypt (ECNE) is pleased to respond to your kind invitation. We would like to propose two speakers from our network:

Name                              | Position                | Session
Ms. Senait Tesfay Gebremedhin     | Programme Coordinator   | Open discussion, 23 February
Mr. Yonas Mehari Haile            |                         | Roundtable 3

Mr. Yonas is one of the young people who crossed through Sudan and Libya before arriving in Egypt and he would like to speak from his own experience.

Please do not hesitate to contact me for any further information.

Best regards,

Senait T. Gebremedhin
Programme Coordinator
Eritrean Community Network in Egypt (ECNE)
Nasr City, Cairo
"""
    rowsh = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             '<tr><td><b>Name</b></td><td><b>Position</b></td><td><b>Session</b></td></tr>'
             '<tr><td>Ms. Senait Tesfay Gebremedhin</td><td>Programme Coordinator</td><td>Open discussion, 23 February</td></tr>'
             '<tr><td>Mr. Yonas Mehari Haile</td><td>&nbsp;</td><td>Roundtable 3</td></tr></table>')
    html = html_wrap(
        '<div class="WordSection1"><p class="MsoNormal">Dear Colleagues at the Regional UN Network on Migration,</p>'
        '<p class="MsoNormal">Greetings from Cairo.</p>'
        '<p class="MsoNormal">The Eritrean Community Network in Egypt (ECNE) is pleased to respond to your kind '
        'invitation. We would like to propose two speakers from our network:</p>' + rowsh +
        '<p class="MsoNormal">Mr. Yonas is one of the young people who crossed through Sudan and Libya before arriving '
        'in Egypt and he would like to speak from his own experience.</p>'
        '<p class="MsoNormal">Please do not hesitate to contact me for any further information.</p>'
        '<p class="MsoNormal">Best regards,</p><p class="MsoNormal">Senait T. Gebremedhin<br>Programme Coordinator<br>'
        'Eritrean Community Network in Egypt (ECNE)<br>Nasr City, Cairo</p></div>')
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_AM6PR03MB5123E8F1A2C4B7D9E0F3A1B2_")
    rows = simple_rows(when, "Senait Gebremedhin <s.gebremedhin@ecne-eg.example.org>",
                       "ECNE - Nomination of speakers for the GCM Regional Review", rfcdate(sent), M04_ID,
                       "mail-am6eur03on2101.outbound.protection.outlook.example.com", "40.107.3.101", "4DS1kV0m6Wz2",
                       extra=[("Thread-Topic", "ECNE - Nomination of speakers for the GCM Regional Review"),
                              ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
                       ret="s.gebremedhin@ecne-eg.example.org")
    m = top(body, rows)
    aff = "Eritrean Community Network in Egypt (ECNE)"
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Senait Tesfay Gebremedhin", "Programme Coordinator", aff, ["open_discussion"]),
        sp("Yonas Mehari Haile", None, aff, ["roundtable"], 3)],
        notes="two speakers in a table, the second with an empty Position cell (title null); sender is also the first "
              "speaker and signs with a shortened name 'Senait T. Gebremedhin' (label the full three-part name); "
              "honorifics Ms./Mr. dropped; Outlook multipart/alternative."))


M05_ID = "<DB8PR10MB3345A7C2E9F14B6D8E0A2C4F6B8D0E2A@DB8PR10MB3345.EURPRD10.PROD.OUTLOOK.example.com>"
RLCE_PDF = make_pdf(["Refugee-Led Coalition in Egypt (RLCE)",
                     "Voluntary Review Report - Global Compact for Migration",
                     "Regional Review, Arab Region, February 2021",
                     "", "1. Who we are: 14 refugee-led organisations (Sudanese, Eritrean, Ethiopian, Somali,",
                     "   South Sudanese) based in Cairo, Giza and Alexandria.",
                     "2. Objectives 4, 7, 15 and 16: documentation, vulnerability, access to services, inclusion.",
                     "3. Recommendations to Member States and UN agencies."])


def m05():
    # Coalition report attached as PDF named by acronym, Outlook Arabic, inline logo image
    when = at("2021-02-01 11:20:14")
    sent = when - dt.timedelta(seconds=7)
    text = """السادة/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة – المحترمين

تحية طيبة،

يسرنا أن نرفق لكم التقرير الطوعي الجماعي الخاص بائتلاف المنظمات التي يقودها اللاجئون في مصر (RLCE) حول تنفيذ الاتفاق العالمي من أجل الهجرة، وقد شارك في إعداده 14 منظمة مجتمعية سودانية وإريترية وإثيوبية وصومالية وجنوب سودانية في القاهرة والجيزة والإسكندرية.

نرجو التكرم بتأكيد الاستلام.

مع خالص التقدير،

هبة عبد الرحيم
منسقة الاتصال | RLCE
[cid:image001.png@01D6F88A.3C2B1E40]
"""
    html = html_wrap('<div class="WordSection1" dir="rtl">' + text2html(text).replace(
        "[cid:image001.png@01D6F88A.3C2B1E40]", '<img width="96" height="32" src="cid:image001.png@01D6F88A.3C2B1E40" alt="RLCE">')
        + "</div>", "rtl")
    logo = attach(make_png(12, 4, (120, 30, 40)), "image/png", "image001.png",
                  'inline; filename="image001.png"')
    logo["Content-ID"] = "<image001.png@01D6F88A.3C2B1E40>"
    related = multi("related", [leaf("text/html", html, "utf-8", "base64"), logo],
                    "_004_DB8PR10MB3345A7C2E9F14B6D8E0A2C4F6_", params=[("type", '"text/html"')])
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), related],
                "_000_DB8PR10MB3345A7C2E9F14B6D8E0A2C4F6_")
    pdf = attach(RLCE_PDF, "application/pdf", "RLCE.pdf")
    body = multi("mixed", [alt, pdf], "_005_DB8PR10MB3345A7C2E9F14B6D8E0A2C4F6_")
    rows = simple_rows(when, addr("هبة عبد الرحيم", "heba.abdelrahim@rlce-eg.example.org"),
                       hdr("التقرير الطوعي - ائتلاف RLCE"), rfcdate(sent), M05_ID,
                       "mail-db8eur10on2070.outbound.protection.outlook.example.com", "40.107.22.70", "4DTbX52QnTz9",
                       extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-EG")],
                       ret="heba.abdelrahim@rlce-eg.example.org")
    m = top(body, rows)
    add(5, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=["RLCE.pdf"],
        notes="collective report of a refugee-led coalition attached as 'RLCE.pdf' (named only by the English "
              "acronym while the mail is Arabic); an inline signature logo image001.png is not part of the report; "
              "Outlook mixed > alternative > related; sender is not proposing a speaker."))


def m06():
    # Maghrebi French from Tripoli, proposes someone else, four-part name in Latin letters
    when = at("2021-02-02 19:45:33")
    sent = tz(when - dt.timedelta(seconds=20), 2)
    text = """Salam alikoum,

Bonsoir, je suis bénévole tunisienne avec l'Association des Soudanais du Darfour en Libye (ASDL) à Tripoli, je vous écris de la part du bureau parce que eux ils écrivent surtout en arabe.

L'association veut proposer M. Adam Ishag Abakar Yousif comme intervenant, il est le coordinateur général de l'ASDL. Il souhaite faire une intervention en séance plénière le 24 ou 25 février sur la situation des migrants soudanais dans les centres de détention en Libye.

Son numéro whatsapp c'est le +218 91 000 0000 si vous voulez le contacter directement, il parle arabe et un peu anglais.

Merci bcp et bon courage pour l'organisation
Yosra B.
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8",
                                      "quoted-printable")],
                 "0000000000004e5f1b05ba8c3d71")
    rows = simple_rows(when, "Yosra Ben Salah <yosra.bensalah.tn@gmail.example.com>",
                       "Demande d'intervention - ASDL Libye", rfcdate(sent),
                       "<CAPm4Wq9nZ1v8xR2sK7tL0yH3fB6dJ5gE1aC9uX4wN2oT8iQ@mail.gmail.example.com>",
                       "mail-ed1-f66.google.example.com", "209.85.208.66", "4DVN7q3c8bz4",
                       ret="yosra.bensalah.tn@gmail.example.com")
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Adam Ishag Abakar Yousif", "coordinateur général",
           "Association des Soudanais du Darfour en Libye (ASDL)", ["plenary"])],
        notes="sender (Tunisian volunteer, signs 'Yosra B.') is not the speaker; four-part Sudanese name in Latin "
              "letters with 'M.'; title given in a separate sentence ('il est le coordinateur général de l'ASDL'); "
              "Maghrebi French register ('Salam alikoum', 'bcp'); Gmail plain+HTML."))


def m07():
    # Lebanese French, both: PDF with spaces/accents + rapporteur; title and org in an unusual order
    when = at("2021-02-03 10:18:45")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    name = "Contribution CRSL - Examen régional PMM 2021.pdf"
    text = """Bonjour,

J'espère que vous allez bien.

Veuillez trouver ci-joint la contribution du Collectif des Réfugiés Soudanais au Liban (CRSL) dans le cadre de l'examen régional du Pacte mondial pour les migrations. C'est un rapport individuel de notre collectif, préparé avec nos membres à Beyrouth, Saïda et dans la Békaa.

Par ailleurs, le CRSL souhaiterait que sa porte-parole, Mme Awadia Babiker Elnour, présente les messages clés des parties prenantes en tant que rapporteuse lors de la consultation. Elle est porte-parole et chargée du plaidoyer du collectif depuis 2019.

Restant à votre disposition,
Bien cordialement,

Elie Haddad
Chargé de projet, CRSL
Beyrouth – Liban
"""
    html = html_wrap(text2html(text))
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                leaf("text/html", html, "UTF-8", "quoted-printable")],
                "Apple-Mail=_6F1C2D3E-4B5A-4978-8C1D-2E3F4A5B6C7D")
    pdf = Message(policy=POL)
    pdf["Content-Disposition"] = "attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", name))
    pdf["Content-Type"] = "application/pdf;\r\n\t" + ";\r\n\t".join(rfc2231_cont("name", name))
    pdf["Content-Transfer-Encoding"] = "base64"
    pdf.set_payload(base64.encodebytes(make_pdf([
        "Collectif des Refugies Soudanais au Liban (CRSL)", "Contribution a l'examen regional du PMM - 2021",
        "Rapport individuel", "1. Acces aux documents et au sejour", "2. Travail et exploitation",
        "3. Recommandations"])).decode("ascii"))
    body = multi("mixed", [alt, pdf], "Apple-Mail=_0A1B2C3D-4E5F-4061-9728-394A5B6C7D8E")
    rows = simple_rows(when, "Elie Haddad <elie.haddad@crsl-lb.example.org>",
                       "=?utf-8?Q?Contribution_du_CRSL_+_proposition_de_rapporteuse?=", rfcdate(sent),
                       "<E7D4C3B2-A190-4F8E-9D7C-6B5A4F3E2D1C@crsl-lb.example.org>",
                       "smtp.crsl-lb.example.org", "203.0.113.58", "4DWf2N8yKcz6",
                       extra=[("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")], ret="elie.haddad@crsl-lb.example.org")
    m = top(body, rows)
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Awadia Babiker Elnour", "porte-parole et chargée du plaidoyer",
                     "Collectif des Réfugiés Soudanais au Liban (CRSL)", ["rapporteur"])],
        report_attachments=[name],
        notes="report + rapporteur request in one mail; speaker is not the sender; title first given as 'sa "
              "porte-parole' and more fully in a later sentence; RFC 2231 continued, percent-encoded file name "
              "with accents and spaces; Apple Mail."))


def m08():
    # Gulf colloquial Arabic question, HTML only
    when = at("2021-02-03 21:07:19")
    sent = tz(when - dt.timedelta(seconds=3), 3)
    inner = """<div dir="rtl" style="font-family:Tahoma">السلام عليكم<br>
مساكم الله بالخير<br><br>
احنا مجموعة من الشباب الصوماليين والإثيوبيين في الرياض وعندنا مبادرة اسمها "مبادرة جسور القرن الأفريقي" (HABI) ونبي نعرف كم شغلة:<br>
- الاجتماع يوم ٢٣ فبراير أونلاين ولا حضوري؟ ووش الرابط؟<br>
- هل لازم نكون منظمة مسجلة رسمياً عشان نشارك؟ لأن ما نقدر نسجل هنا<br>
- وهل فيه ترجمة للصومالي؟<br><br>
ما نبي نتكلم، بس نبي نحضر ونسمع<br>
جزاكم الله خير<br>
عبدالله</div>
"""
    body = leaf("text/html", html_wrap(inner), "utf-8", "base64")
    rows = simple_rows(when, "Abdullah Yusuf <habi.riyadh@outlook.example.com>",
                       hdr("استفسار عن الاجتماع"), rfcdate(sent),
                       "<PR3P191MB0876D1E2F3A4B5C6D7E8F9A0B1C2D3E4@PR3P191MB0876.EURP191.PROD.OUTLOOK.example.com>",
                       "mail-pr3p191cu001.outbound.protection.outlook.example.com", "52.100.5.14", "4DX2wF1pRbz8",
                       ret="habi.riyadh@outlook.example.com")
    m = top(body, rows)
    add(8, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Gulf colloquial question (online or in person, link, registration without legal registration, "
              "Somali interpretation); explicitly does not want to speak ('ما نبي نتكلم'); HTML-only, base64; "
              "Eastern Arabic digits in the date; Date in +0300 (Riyadh)."))
M09_ID = "<000f01d6fac3$8e2b1c40$aa8154c0$@emdwal-lb.example.org>"


def m09():
    # Ethiopian domestic workers' association in Beirut: DOCX report + speaker only in the signature
    when = at("2021-02-04 10:00:36")
    sent = when - dt.timedelta(seconds=12)
    name = "EMDWAL voluntary GCM review.docx"
    text = """Dear Sir/Madam,

Please find attached our voluntary report for the GCM regional review. It was written by our members, all Ethiopian women who are or were domestic workers in Lebanon, with help from volunteers for the english.

We also want to have a floor intervention in plenary session. I will be the one to speak (details below).

Thank you very much for giving space to migrant workers own voice.

Regards

Tigist Alemu Bekele
EMDWAL - Ethiopian Migrant Domestic Workers Association in Lebanon
Founder and Coordinator
Bourj Hammoud, Beirut
"""
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                leaf("text/html", html_wrap(text2html(text)), "us-ascii", "quoted-printable")],
                "----=_NextPart_001_0010_01D6FAD4.51B3E0A0")
    doc = attach(make_docx(["Ethiopian Migrant Domestic Workers Association in Lebanon (EMDWAL)",
                            "Voluntary GCM Review Report - February 2021",
                            "Objective 6: fair and ethical recruitment", "Objective 7: address vulnerabilities",
                            "Recommendations: abolish kafala, access to justice, safe return"]),
                 DOCX, name)
    body = multi("mixed", [alt, doc], "----=_NextPart_000_000F_01D6FAD4.51B3E0A0")
    rows = simple_rows(when, "Tigist Alemu <tigist.alemu@emdwal-lb.example.org>",
                       "voluntary report and speaker", rfcdate(sent), M09_ID,
                       "mail.emdwal-lb.example.org", "203.0.113.140", "4DXt8Z2mJ1z5",
                       extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adb6w44rHEB2sLqNTZ6m0Q1XyZ8aBw==")],
                       ret="tigist.alemu@emdwal-lb.example.org")
    m = top(body, rows)
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Tigist Alemu Bekele", "Founder and Coordinator",
                     "EMDWAL - Ethiopian Migrant Domestic Workers Association in Lebanon", ["plenary"])],
        report_attachments=[name],
        notes="speaker is the sender ('I will be the one to speak'), her details only in the signature, with the "
              "organisation line before the title line; acronym written first ('EMDWAL - ...'); DOCX with spaces in "
              "the file name; Outlook 16 multipart."))


def m10():
    # Follow-up to 04 replacing the second speaker, Gmail-style quote
    when = at("2021-02-04 15:22:08")
    sent = when - dt.timedelta(seconds=4)
    text = """Dear Colleagues,

Sorry for the change. Yonas will not be able to join because he has an appointment at UNHCR on the same days that cannot be moved. In his place we propose Ms. Helen Berhane Tekle, our Legal Aid Officer, for the same slot.

Senait stays as in my first email.

Best,
Senait

On Fri, Jan 29, 2021 at 4:40 PM Senait Gebremedhin <s.gebremedhin@ecne-eg.example.org> wrote:
> Dear Colleagues at the Regional UN Network on Migration,
>
> Greetings from Cairo.
>
> The Eritrean Community Network in Egypt (ECNE) is pleased to respond to your
> kind invitation. We would like to propose two speakers from our network:
>
> Name                              | Position                | Session
> Ms. Senait Tesfay Gebremedhin     | Programme Coordinator   | Open discussion, 23 February
> Mr. Yonas Mehari Haile            |                         | Roundtable 3
>
> Best regards,
>
> Senait T. Gebremedhin
> Programme Coordinator
> Eritrean Community Network in Egypt (ECNE)
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    rows = simple_rows(when, "Senait Gebremedhin <s.gebremedhin@ecne-eg.example.org>",
                       "Re: ECNE - Nomination of speakers for the GCM Regional Review", rfcdate(sent),
                       "<AM6PR03MB51239A8B7C6D5E4F3A2B1C0D9E8F7A6B@AM6PR03MB5123.eurprd03.prod.outlook.example.com>",
                       "mail-am6eur03on2102.outbound.protection.outlook.example.com", "40.107.3.102", "4DY4bC7sLqz1",
                       extra=[("In-Reply-To", M04_ID), ("References", M04_ID)],
                       ret="s.gebremedhin@ecne-eg.example.org")
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Helen Berhane Tekle", "Legal Aid Officer", "Eritrean Community Network in Egypt (ECNE)",
                     ["roundtable"], 3)],
        thread_of="h124-04.eml",
        notes="replaces the untitled second speaker of h124-04; role and roundtable only by reference ('the same "
              "slot') and in the quoted table; the affiliation is only in the quoted original; 'Senait stays' is "
              "not a new proposal; Yonas and Senait appear only in the quote."))


def m11():
    # Eritrean name in Latin letters in an Arabic message; 8 minutes before the speaker deadline, sent from Riyadh
    when = at("2021-02-05 23:52:17")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    text = """السلام عليكم
تحية طيبة

نأمل أن تكون رسالتنا قد وصلت قبل انتهاء المهلة.

تتشرف رابطة الجالية الإريترية في المملكة العربية السعودية (ECA-KSA) بترشيح الأخ Tesfalem Gebreyesus Woldu، منسق البرامج في الرابطة، لتقديم مداخلة في المائدة المستديرة الثانية يوم 24 أو 25 فبراير.

الأخ تسفالم يتحدث العربية والتجرينية والإنجليزية.

وتفضلوا بقبول فائق الاحترام
أمانة الرابطة
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    rows = simple_rows(when, "ECA KSA <eca.ksa.secretariat@yahoo.example.com>",
                       hdr("ترشيح متحدث - المائدة المستديرة الثانية", "windows-1256", "Q"), rfcdate(sent),
                       "<1612561928.884213.1097@mail.yahoo.example.com>",
                       "sonic307-21.consmr.mail.ir2.yahoo.example.com", "77.238.178.94", "4DZJ3r6yTnz2",
                       ret="eca.ksa.secretariat@yahoo.example.com")
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Tesfalem Gebreyesus Woldu", "منسق البرامج",
           "رابطة الجالية الإريترية في المملكة العربية السعودية (ECA-KSA)", ["roundtable"], 2)],
        notes="Eritrean name in Latin letters inside Arabic text (later transliterated 'تسفالم'); 'الأخ' is an "
              "honorific; roundtable number in words ('الثانية'); received 23:52 Beirut, but the Date header reads "
              "Sat 6 Feb 00:52 +0300 (Riyadh): on time; windows-1256 quoted-printable; signed by a secretariat, "
              "no person."))


def m12():
    # Late by a few minutes, sent from Tunis (+0100), Maghrebi French, rapporteur
    when = at("2021-02-06 00:03:51")
    sent = tz(when - dt.timedelta(seconds=14), 1)
    text = """Bonsoir,

Suite à votre lettre d'invitation, le Réseau des Migrants Soudanais et Tchadiens en Libye (RMSTL) souhaite proposer la candidature suivante pour le rôle de rapporteur des messages clés :

- Nom : Dr. Khalid Abdelmoneim Hamid
- Fonction : Président du réseau
- Organisation : RMSTL (basé à Benghazi, bureau de liaison à Tunis)

Nous nous excusons pour l'envoi tardif, la connexion internet a coupé toute la soirée.

Cordialement,
Nour el Houda Trabelsi
Assistante administrative - RMSTL, bureau de Tunis
"""
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                                 leaf("text/html", html_wrap(text2html(text), None, "iso-8859-1"), "iso-8859-1",
                                      "quoted-printable")],
                 "----=_Part_2210843_1486273519.1612566217000")
    rows = simple_rows(when, "RMSTL Tunis <rmstl.tunis@topnet.example.tn>",
                       "=?iso-8859-1?Q?Candidature_rapporteur_-_R=E9seau_RMSTL?=", rfcdate(sent),
                       "<1420733871.2210844.1612566217331@webmail.topnet.example.tn>",
                       "smtp.topnet.example.tn", "193.95.66.12", "4DZKCc0v2Hz6",
                       extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC87 (Win)/8.8.15_GA_3953)")],
                       ret="rmstl.tunis@topnet.example.tn")
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Khalid Abdelmoneim Hamid", "Président du réseau",
           "Réseau des Migrants Soudanais et Tchadiens en Libye (RMSTL)", ["rapporteur"])],
        notes="late by four minutes: received 00:03:51 Beirut on Sat 6 Feb, while the Date header reads Fri 5 Feb "
              "23:03 +0100 (Tunis); list with 'Organisation : RMSTL' (acronym only) but the full name is in the "
              "intro: label the fullest form; 'Dr.' dropped; sender is an assistant, not the speaker; ISO-8859-1."))


ACK11_ID = "<ack-20210206-0071@gcmrr.iom.int>"


def m13():
    # Arabic autoresponder answering our acknowledgement of h124-11
    when = at("2021-02-06 09:15:02")
    sent = tz(when - dt.timedelta(seconds=1), 3)
    text = """شكراً لتواصلكم مع رابطة الجالية الإريترية في المملكة العربية السعودية.
تم استلام رسالتكم وسيتم الرد عليها في أقرب وقت ممكن خلال أيام العمل (الأحد - الخميس).

Thank you for contacting ECA-KSA. This is an automatic reply.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = simple_rows(when, "ECA KSA <eca.ksa.secretariat@yahoo.example.com>",
                       hdr("رد تلقائي: Re: ترشيح متحدث - المائدة المستديرة الثانية"), rfcdate(sent),
                       "<1612595701.55129.autoreply@mail.yahoo.example.com>",
                       "sonic309-27.consmr.mail.ir2.yahoo.example.com", "77.238.179.15", "4DZb0y4nXgz3",
                       extra=[("In-Reply-To", ACK11_ID), ("References", ACK11_ID),
                              ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], ret=None)
    rows[0] = ("Return-Path", "<>")
    m = top(body, rows)
    add(13, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="autoresponder of the ECA-KSA mailbox answering our acknowledgement of h124-11 (same sender address "
              "as a real submission); Auto-Submitted: auto-replied, X-Autoreply, null Return-Path; bilingual body."))


def m14():
    # Collective report, Lebanese French, DOCX with RFC 2231 accented filename, Outlook
    when = at("2021-02-08 12:00:44")
    sent = tz(when - dt.timedelta(seconds=6), 2)
    name = "Rapport volontaire collectif – Plateforme PTDM-Liban (version finale).docx"
    text = """Madame, Monsieur,

Au nom de la Plateforme des Travailleuses Domestiques Migrantes au Liban (PTDM-Liban), qui regroupe six associations de femmes éthiopiennes, érythréennes, soudanaises et somaliennes, j'ai l'honneur de vous transmettre en pièce jointe notre rapport volontaire collectif sur la mise en œuvre du Pacte mondial.

Ce rapport a été rédigé en arabe et en amharique lors d'ateliers, puis traduit en français.

Nous vous remercions de bien vouloir en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Rita Khoury-Asfaw
Coordinatrice
Plateforme PTDM-Liban
Achrafieh, Beyrouth
"""
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252", "quoted-printable"),
                                leaf("text/html", html_wrap(text2html(text), None, "windows-1252"), "windows-1252",
                                     "quoted-printable")],
                "_000_VI1PR0802MB2143C4D5E6F7A8B9C0D1E2F3A4B5C6D7_")
    doc = Message(policy=POL)
    doc["Content-Type"] = DOCX + ";\r\n\tname=\"%s\"" % b_word(name)
    doc["Content-Description"] = b_word(name)
    doc["Content-Disposition"] = "attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", name)) + \
        ";\r\n\tsize=3876;\r\n\tcreation-date=\"Mon, 08 Feb 2021 09:58:12 GMT\""
    doc["Content-Transfer-Encoding"] = "base64"
    doc.set_payload(base64.encodebytes(make_docx([
        "Plateforme des Travailleuses Domestiques Migrantes au Liban (PTDM-Liban)",
        "Rapport volontaire collectif - Examen régional du Pacte mondial pour les migrations",
        "Objectif 6 : recrutement équitable", "Objectif 7 : réduire les vulnérabilités",
        "Objectif 16 : autonomisation des migrantes"])).decode("ascii"))
    body = multi("mixed", [alt, doc], "_004_VI1PR0802MB2143C4D5E6F7A8B9C0D1E2F3A4B5C6D7_")
    rows = simple_rows(when, "Rita Khoury-Asfaw <coordination@ptdm-liban.example.org>",
                       "Rapport volontaire collectif PTDM-Liban - Examen =?iso-8859-1?Q?r=E9gional_PMM?=",
                       rfcdate(sent),
                       "<VI1PR0802MB2143C4D5E6F7A8B9C0D1E2F3A4B5C6D7@VI1PR0802MB2143.eurprd08.prod.outlook.example.com>",
                       "mail-vi1eur04on0702.outbound.protection.outlook.example.com", "40.107.0.102", "4DZv1G8TqKz1",
                       extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")],
                       ret="coordination@ptdm-liban.example.org")
    m = top(body, rows)
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report as DOCX whose long name has an en dash and parentheses: "
              "RFC 2231 continuation in filename*, RFC 2047 in name=; body mentions Arabic/Amharic drafting; "
              "signatory 'Coordinatrice' is not proposed as a speaker."))


def m15():
    # Egyptian colloquial, three speakers in a list, after the speaker deadline
    when = at("2021-02-09 17:30:26")
    sent = when - dt.timedelta(seconds=3)
    text = """مساء الخير يا جماعة

إحنا "مبادرة نساء السودان في مصر" (SWIE) وعارفين إن الميعاد عدى بس ياريت لو ينفع تضيفونا، ما عرفناش بالدعوة غير إمبارح من صاحبتنا في المفوضية.

عايزين نرشح:
١- الأستاذة إخلاص محجوب عبد الله الأمين - مديرة المبادرة - مقررة لعرض الرسائل الرئيسية
٢- سارة آدم موسى - مسؤولة الشباب - مداخلة في المائدة المستديرة رقم ١
٣- ندى الطيب - مداخلة في المائدة المستديرة رقم ١ برضه

وشكراً جداً ليكم
إخلاص
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "quoted-printable")],
                 "000000000000f2a9c705baf01e88")
    rows = simple_rows(when, addr("Ekhlas Mahgoub", "ekhlas.swie@gmail.example.com"),
                       hdr("ترشيحات متحدثات - مبادرة نساء السودان في مصر"), rfcdate(sent),
                       "<CAJ3xV8bT2nQ5mR0kW7pL1sH9dF4gC6eA3uZ8yN1oX5iB2tKw@mail.gmail.example.com>",
                       "mail-lj1-f182.google.example.com", "209.85.208.182", "4Db8mH1xZ0z9",
                       ret="ekhlas.swie@gmail.example.com")
    m = top(body, rows)
    aff = "مبادرة نساء السودان في مصر (SWIE)"
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("إخلاص محجوب عبد الله الأمين", "مديرة المبادرة", aff, ["rapporteur"]),
        sp("سارة آدم موسى", "مسؤولة الشباب", aff, ["roundtable"], 1),
        sp("ندى الطيب", None, aff, ["roundtable"], 1)],
        notes="late (9 Feb), and says so; Egyptian colloquial; three speakers in a numbered list with Eastern "
              "Arabic digits, the third without a title; 'الأستاذة' is an honorific; the first speaker is the "
              "sender, who signs only 'إخلاص'; affiliation written with quotes and acronym only once in the intro."))


def m16():
    # Thank-you reply to our acknowledgement of h124-09
    when = at("2021-02-10 10:10:10")
    sent = when - dt.timedelta(seconds=8)
    ack = "<ack-20210204-0113@gcmrr.iom.int>"
    text = """Thank you so much, we are happy to receive this. God bless.

Tigist

-----Original Message-----
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, February 4, 2021 10:02 AM
To: Tigist Alemu <tigist.alemu@emdwal-lb.example.org>
Subject: Re: voluntary report and speaker

Dear Tigist Alemu Bekele,

Thank you for your message. We confirm receipt of your voluntary report and of your request for a speaking role. The Regional UN Network on Migration will revert to you in due course.
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = simple_rows(when, "Tigist Alemu <tigist.alemu@emdwal-lb.example.org>",
                       "RE: voluntary report and speaker", rfcdate(sent),
                       "<001a01d6ff88$2c4d5e60$84f81b20$@emdwal-lb.example.org>",
                       "mail.emdwal-lb.example.org", "203.0.113.140", "4DbYQ2kL7vz4",
                       extra=[("In-Reply-To", ack), ("References", M09_ID + " " + ack),
                              ("X-Mailer", "Microsoft Outlook 16.0")],
                       ret="tigist.alemu@emdwal-lb.example.org")
    m = top(body, rows)
    add(16, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h124-09.eml",
        notes="thank-you reply to our acknowledgement of h124-09: nothing new, must not be acknowledged (loop); "
              "the quoted acknowledgement mentions 'voluntary report' and 'speaking role'."))
def m17():
    # Moroccan-style French, late speaker request, title before the name, Somali women's union in Libya
    when = at("2021-02-11 14:02:55")
    sent = tz(when - dt.timedelta(seconds=30), 1)
    text = """Bonjour l'équipe,

Je sais bien que la date limite pour les intervenants était le 5 février, mais on a eu des soucis de connexion à Misrata toute la semaine dernière. Si c'est encore possible, nous aimerions proposer :

Coordinatrice régionale, Amina Abdi Warsame, Union des Femmes Somaliennes de Libye (UFSL) – pour une intervention lors de la discussion ouverte du 23.

Elle peut parler en arabe ou en somali avec interprète.

Merci infiniment, et désolée encore pour le retard.

Bien à vous
Ghizlane El Idrissi
(volontaire, Rabat)
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8",
                                      "quoted-printable")],
                 "000000000000c4d3b205bb1a7e02")
    rows = simple_rows(when, "Ghizlane El Idrissi <ghizlane.elidrissi@gmail.example.com>",
                       "Proposition tardive - UFSL", rfcdate(sent),
                       "<CAL8kR3wQ9nV2mT5xB1sJ7yH0dG4fC6eZ3uA8pN1oK5iX2tMv@mail.gmail.example.com>",
                       "mail-wr1-f43.google.example.com", "209.85.221.43", "4DcG5t9PkRz2",
                       ret="ghizlane.elidrissi@gmail.example.com")
    m = top(body, rows)
    add(17, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Amina Abdi Warsame", "Coordinatrice régionale", "Union des Femmes Somaliennes de Libye (UFSL)",
           ["open_discussion"])],
        notes="late (11 Feb) and says so; title written before the name, organisation after it, all on one line; "
              "'discussion ouverte du 23' = open discussion; the sender (volunteer in Rabat, Date +0100) is not "
              "the speaker."))


def m18():
    # Report pasted in the body, HTML-only, Levantine/Sudanese Arabic intro, from Amman
    when = at("2021-02-12 18:44:03")
    sent = when - dt.timedelta(seconds=5)
    inner = """<div dir="rtl" style="font-family:Arial;font-size:12pt">
<p>مرحبا،</p>
<p>هاد تقريرنا الطوعي، كتبناه مباشرة بالإيميل لأنه ما قدرنا نفتح ملف الوورد على الموبايل. نتمنى يكون مقبول.</p>
<p><b>التقرير الطوعي لمنتدى الشباب السوداني في الأردن (SYFJ) – الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة</b></p>
<p><b>أولاً: من نحن</b><br>منتدى يقوده شباب لاجئون سودانيون في عمّان والزرقاء، تأسس عام 2016، ويضم نحو 300 عضو.</p>
<p><b>ثانياً: الهدف 7 – الحد من أوجه الضعف</b><br>يواجه اللاجئون السودانيون في الأردن صعوبات في تجديد الوثائق وفي الوصول إلى العمل النظامي، وقد أدى ترحيل عدد من الشباب عام 2015 إلى خوف دائم من التعامل مع الجهات الرسمية.</p>
<p><b>ثالثاً: الهدف 15 – الحصول على الخدمات الأساسية</b><br>التعليم الجامعي شبه مستحيل بسبب الرسوم المفروضة على غير الأردنيين.</p>
<p><b>رابعاً: التوصيات</b></p>
<ol><li>معاملة اللاجئين من جميع الجنسيات على قدم المساواة في تصاريح العمل.</li>
<li>إشراك المنظمات التي يقودها اللاجئون في التخطيط والمتابعة.</li>
<li>منح دراسية للشباب السوداني.</li></ol>
<p>مع التحية،<br>عمر بابكر<br>منسق المنتدى</p>
</div>
"""
    body = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    rows = simple_rows(when, addr("عمر بابكر", "syfj.amman@gmail.example.com"),
                       hdr("تقرير طوعي"), rfcdate(sent),
                       "<CAM1nP7sX4vR9kT2wQ8bL0yJ5dH3fC6eA1uZ7gN2oB4iK9tEr@mail.gmail.example.com>",
                       "mail-qk1-f170.google.example.com", "209.85.222.170", "4DcY8v2HjWz7",
                       ret="syfj.amman@gmail.example.com")
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="the report is pasted in an HTML-only body (no attachment): report_attachments empty; Levantine "
              "intro; organisation only named in the report title with its English acronym; no speaker."))


def m19():
    # English question about interpretation / access, Sudanese group in Khartoum-Cairo, cc someone
    when = at("2021-02-15 09:37:40")
    sent = tz(when - dt.timedelta(seconds=17), 0)
    text = """Hello,

I am writing for the Horn of Africa Migrant Youth Alliance (HAMYA). Two quick questions please:

a) We sent our speaker request on the 3rd of February from another address (hamya.cairo@...) but never got any confirmation. Can you check? The speaker was our chairperson.
b) Will the reports that are submitted be published on the website after the conference?

Many thanks,
Dawit Kahsay
HAMYA | Communications
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = simple_rows(when, "Dawit Kahsay <d.kahsay@protonmail.example.com>",
                       "Question - speaker request confirmation + publication of reports", rfcdate(sent),
                       "<Vq8mN2xR5tK0bW7pL3sJ9yH1dF4gC6eA@protonmail.example.com>",
                       "mail-4322.protonmail.example.ch", "185.70.43.22", "4DfB2k7QmXz3",
                       extra=[("Cc", "hamya.cairo@gmail.example.com")], ret="d.kahsay@protonmail.example.com")
    m = top(body, rows)
    add(19, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="asks whether an earlier speaker request (not in this set) was received and whether reports will be "
              "published: speaker request and reports mentioned but nothing submitted, the speaker not even named; "
              "Date +0000."))


def m20():
    # French report sent from Addis Ababa (+0300) three minutes before the report deadline
    when = at("2021-02-16 23:57:40")
    sent = tz(when - dt.timedelta(seconds=25), 3)
    name = "ADCAL_rapport_PMM.pdf"
    text = """Bonsoir,

Ci-joint le rapport de l'Association des Djiboutiens et de la Corne de l'Afrique au Liban (ADCAL), juste à temps j'espère ! Je suis en mission à Addis-Abeba et le réseau de l'hôtel est très lent.

Le rapport est individuel (ADCAL seulement).

Cordialement,
Farhan Daher Moussa
Secrétaire général – ADCAL

Envoyé de mon iPad
"""
    alt = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = attach(make_pdf(["Association des Djiboutiens et de la Corne de l'Afrique au Liban (ADCAL)",
                           "Rapport volontaire - Examen regional du Pacte mondial pour les migrations",
                           "Fevrier 2021", "1. Contexte", "2. Acces a la regularisation", "3. Recommandations"]),
                 "application/pdf", name)
    pdf.replace_header("Content-Disposition", 'attachment;\r\n\tfilename="%s"' % name)
    body = multi("mixed", [alt, pdf], "Apple-Mail-4D2E1F30-8B7A-4C6D-9E5F-0A1B2C3D4E5F")
    rows = simple_rows(when, "Farhan Daher <farhan.daher@adcal-lb.example.org>",
                       "Rapport ADCAL", rfcdate(sent),
                       "<5B3C8E1A-0D2F-4A7B-9C6E-1F4D8A2B7E3C@adcal-lb.example.org>",
                       "smtp.adcal-lb.example.org", "203.0.113.211", "4DgR6c0WsNz5",
                       extra=[("X-Mailer", "iPad Mail (18D52)")], ret="farhan.daher@adcal-lb.example.org")
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="two minutes before the report deadline: received 23:57:40 Beirut on 16 Feb while the Date header "
              "reads Wed 17 Feb 00:57 +0300 (Addis Ababa); iPad plain text + PDF; signatory with a title is not a "
              "speaker."))


def m21():
    # Revised RLCE report, reply to h124-05, two minutes late, Date in +0000
    when = at("2021-02-17 00:01:58")
    sent = tz(when - dt.timedelta(seconds=10), 0)
    name = "RLCE_v2_final.pdf"
    text = """السادة الأفاضل،

مرفق النسخة المعدلة والنهائية من تقرير ائتلاف RLCE بعد إضافة ملاحظات المنظمات الصومالية والإثيوبية. نرجو اعتماد هذه النسخة بدلاً من النسخة المرسلة بتاريخ 1 فبراير.

مع الشكر،
هبة

________________________________
From: هبة عبد الرحيم <heba.abdelrahim@rlce-eg.example.org>
Sent: Monday, February 1, 2021 11:20 AM
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Subject: التقرير الطوعي - ائتلاف RLCE

السادة/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة – المحترمين
يسرنا أن نرفق لكم التقرير الطوعي الجماعي الخاص بائتلاف المنظمات التي يقودها اللاجئون في مصر (RLCE) ...
"""
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                leaf("text/html", html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl"),
                                     "utf-8", "base64")],
                "_000_DB8PR10MB33450F1E2D3C4B5A69788796A5B4C3D2_")
    pdf = attach(RLCE_PDF + b"% rev 2\n", "application/pdf", name)
    body = multi("mixed", [alt, pdf], "_004_DB8PR10MB33450F1E2D3C4B5A69788796A5B4C3D2_")
    rows = simple_rows(when, addr("هبة عبد الرحيم", "heba.abdelrahim@rlce-eg.example.org"),
                       re_hdr("RE: ", "التقرير الطوعي - ائتلاف RLCE"), rfcdate(sent),
                       "<DB8PR10MB33450F1E2D3C4B5A69788796A5B4C3D2@DB8PR10MB3345.EURPRD10.PROD.OUTLOOK.example.com>",
                       "mail-db8eur10on2071.outbound.protection.outlook.example.com", "40.107.22.71", "4DgS0n3LbVz8",
                       extra=[("In-Reply-To", M05_ID), ("References", M05_ID), ("X-MS-Has-Attach", "yes")],
                       ret="heba.abdelrahim@rlce-eg.example.org")
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name], thread_of="h124-05.eml",
        notes="revised report replacing h124-05, in the same thread; received 00:01:58 Beirut on 17 Feb (late) "
              "while the Date header reads 'Tue, 16 Feb 2021 22:01:48 +0000'; the original was on time; Outlook "
              "quote with an Arabic display name in the quoted header."))


def m22():
    # English 'both' from London, a few minutes after the report deadline
    when = at("2021-02-17 00:04:22")
    sent = tz(when - dt.timedelta(seconds=36), 0)
    name = "SOMNET-GCC_Voluntary_Report_Feb2021.pdf"
    text = """Dear GCM Regional Review Team

Apologies for the late hour. Attached is the voluntary review submitted on behalf of SOMNET-GCC (Somali Migrant Network in the Gulf Cooperation Council countries), a network of Somali community associations in Saudi Arabia, Kuwait, Qatar and the UAE, coordinated from our diaspora office in London.

We would also be grateful if our Deputy Chair could take the floor at the plenary on 24 February:
Fadumo Mohamed Ali Nur, Deputy Chair, SOMNET-GCC.

Kind regards,
Liban Ahmed Jama
SOMNET-GCC London office
"""
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                leaf("text/html", html_wrap(text2html(text)), "us-ascii", "quoted-printable")],
                "------------9B2C4D6E8F0A1B3C5D7E9F10")
    pdf = attach(make_pdf(["SOMNET-GCC - Somali Migrant Network in the GCC countries",
                           "Voluntary GCM Review - February 2021", "Saudi Arabia, Kuwait, Qatar, UAE",
                           "Findings and recommendations"]), "application/pdf", name)
    body = multi("mixed", [alt, pdf], "------------6A1B2C3D4E5F60718293A4B5")
    rows = simple_rows(when, "Liban Jama <liban.jama@somnet-gcc.example.org>",
                       "SOMNET-GCC voluntary report + plenary speaker", rfcdate(sent),
                       "<b7e4c1d2-3a5f-4e6b-8c9d-0e1f2a3b4c5d@somnet-gcc.example.org>",
                       "smtp.somnet-gcc.example.org", "198.51.100.230", "4DgS3x5MtCz1",
                       extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")],
                       ret="liban.jama@somnet-gcc.example.org")
    m = top(body, rows)
    add(22, when, m, dict(category="both", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Fadumo Mohamed Ali Nur", "Deputy Chair",
                     "SOMNET-GCC (Somali Migrant Network in the Gulf Cooperation Council countries)", ["plenary"])],
        report_attachments=[name],
        notes="report four minutes late (received 00:04:22 Beirut on 17 Feb; Date header 'Tue, 16 Feb 2021 "
              "22:03:46 +0000', London) and speaker part eleven days late: on_time false; acronym written first "
              "with the full name in parentheses; four-part Somali name; sender is not the speaker."))


def m23():
    # Postfix DSN: our acknowledgement to the cc address of h124-19 bounced
    when = at("2021-02-17 09:12:30")
    arr = when - dt.timedelta(seconds=4)
    qid = "4DgkL71Rc4z2"
    text = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<hamya.cairo@gmail.example.com>: host gmail-smtp-in.l.google.example.com[142.250.102.27]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; hamya.cairo@gmail.example.com
Original-Recipient: rfc822;hamya.cairo@gmail.example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.example.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist.
""" % (qid, rfcdate(arr, "EET"))
    hdrs = """From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Dawit Kahsay <d.kahsay@protonmail.example.com>
Cc: hamya.cairo@gmail.example.com
Subject: Re: Question - speaker request confirmation + publication of reports
Date: %s
Message-ID: <ack-20210217-0402@gcmrr.iom.int>
In-Reply-To: <Vq8mN2xR5tK0bW7pL3sJ9yH1dF4gC6eA@protonmail.example.com>
Auto-Submitted: auto-replied
""" % rfcdate(arr)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1613545950/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
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
    m["Message-Id"] = "<20210217071230.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload
    m.preamble = body.preamble
    add(23, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.1) for our acknowledgement to the Cc address of h124-19; only headers returned; "
              "the returned subject mentions 'speaker request' and 'reports'."))


def m24():
    # Late report from an iPhone, Maghrebi French, PDF with an Arabic file name (RFC 2231)
    when = at("2021-02-18 13:26:07")
    sent = tz(when - dt.timedelta(seconds=9), 2)
    name = "تقرير الجالية الإريترية بنغازي.pdf"
    text = """Salam,
Désolé pour le retard, on avait pas d'électricité depuis plusieurs jours à Benghazi. Voici le rapport de la Communauté Érythréenne de Benghazi (CEB), il est en arabe mais le mail en français c'est plus facile pour moi.
Si c'est trop tard tant pis, merci de le garder quand même pour vos archives svp.
Merci
Mehari Tsegay Ghebremariam

Envoyé de mon iPhone
"""
    alt = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = Message(policy=POL)
    pdf["Content-Type"] = "application/pdf;\r\n\tname*=%s" % rfc2231(name)
    pdf["Content-Disposition"] = "attachment;\r\n\tfilename*=%s" % rfc2231(name)
    pdf["Content-Transfer-Encoding"] = "base64"
    pdf.set_payload(base64.encodebytes(make_pdf(["Eritrean Community in Benghazi (CEB)",
                                                 "GCM voluntary report (Arabic original)",
                                                 "Detention, smuggling, access to UNHCR registration"])).decode("ascii"))
    body = multi("mixed", [alt, pdf], "Apple-Mail-1E2D3C4B-5A69-4788-96A5-B4C3D2E1F0A9")
    rows = simple_rows(when, "Mehari Tsegay <mehari.tsegay89@gmail.example.com>",
                       "Rapport CEB", rfcdate(sent),
                       "<F2A1B0C9-D8E7-4F6A-B5C4-D3E2F1A0B9C8@gmail.example.com>",
                       "mail-wm1-f53.google.example.com", "209.85.128.53", "4DhN9q4RwYz6",
                       extra=[("X-Mailer", "iPhone Mail (18D52)")], ret="mehari.tsegay89@gmail.example.com")
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late report (18 Feb), French mail for an Arabic report; PDF named in Arabic via RFC 2231 "
              "percent-encoding; Maghrebi French, no capitals/accents at times ('on avait pas'); iPhone."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
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
