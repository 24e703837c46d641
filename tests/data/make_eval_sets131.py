#!/usr/bin/env python3
"""Write the blind evaluation set holdout131 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets131.py
Theme: Maghreb and Mashreq local authorities (municipalities, regional councils, city networks).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout131")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h131-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def attach(ctype, data, name, style="quoted", disp="attachment", extra=None):
    a = Message(policy=POL)
    if style == "2231":
        a["Content-Type"] = ctype + ";\r\n " + ";\r\n ".join(rfc2231_cont("name", name))
        a["Content-Disposition"] = disp + ";\r\n " + ";\r\n ".join(rfc2231_cont("filename", name))
    elif style == "bword":
        a["Content-Type"] = '%s; name="%s"' % (ctype, b_word(name))
        a["Content-Disposition"] = '%s; filename="%s"' % (disp, b_word(name))
    else:
        a["Content-Type"] = '%s; name="%s"' % (ctype, name)
        a["Content-Disposition"] = '%s; filename="%s"' % (disp, name)
    a["Content-Transfer-Encoding"] = "base64"
    for k, v in (extra or []):
        a[k] = v
    a.set_payload(base64.encodebytes(data).decode("ascii"))
    return a


def mk(num, when, zone, body, frm, subject, mid, label, host, ip, qid, ret, extra=(), cc=None, irt=None,
       refs=None, lag=17, to=BOX, ret_null=False):
    sent = tz(when - dt.timedelta(seconds=lag), zone)
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(sent), mid, to=to, ret=ret)
    if ret_null:
        rows[0] = ("Return-Path", "<>")
    if cc:
        rows.insert(6, ("Cc", cc))
    rows += [("In-Reply-To", irt), ("References", refs)]
    rows += list(extra)
    m = top(body, rows)
    add(num, when, m, label)


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-fr")]
TB = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")]
INVITE_ID = "<INV-GCMRR-ARAB-2021-0119@iom.int>"
ACK08_ID = "<ack-20210203-1551-08@gcmrr.iom.int>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-25 09:03:11")
    text = """شكراً على رسالتكم.

أنا خارج المكتب في مهمة رسمية حتى يوم الأحد 31 يناير 2021، مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع قسم العلاقات العامة في بلدية الشارقة على البريد: pr@shjmun.example.ae

مع التحية،
مريم عبدالله السويدي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    mk(1, when, 4, body, addr("مريم عبدالله السويدي", "m.alsuwaidi@shjmun.example.ae"),
       hdr("رد تلقائي: Invitation / دعوة – Regional Review of the GCM in the Arab region"),
       "<AUTO.7f2c31e0a9b84d2e@EXCH01.shjmun.example.ae>",
       dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
            notes="Exchange out-of-office in Arabic (Auto-Submitted: auto-replied, X-Auto-Response-Suppress); "
                  "answers the invitation mail-out, mentions 'بلدية' and a date but proposes nothing."),
       "mail.shjmun.example.ae", "94.200.14.66", "4DPq1c2Hk8z1", "",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "m.alsuwaidi@shjmun.example.ae")],
       irt=INVITE_ID, refs=INVITE_ID, lag=2)


def m02():
    when = at("2021-01-26 10:12:48")
    text = """السلام عليكم ورحمة الله

صباح الخير، نحب نسقسي على زوج حوايج من فضلكم:
1- البلدية تاعنا حابة تبعث التقرير الطوعي، بصح راهو مكتوب بالفرنسية. واش نقدرو نبعثوه هكذا ولا لازم يكون بالعربية ولا بالانجليزية؟
2- واش المنتخبين المحليين (أعضاء المجلس الشعبي البلدي) يقدرو يشاركو في الاستشارة متاع 23 فيفري، ولا هي غير للجمعيات؟

يعطيكم الصحة مسبقا

رضا بن عمر
مكلف بالاتصال
المجلس الشعبي البلدي لقسنطينة
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000a3c95b05b9c1d7e2")
    mk(2, when, 1, body, "Reda Benamar <reda.benamar.apc25@gmail.example.com>",
       hdr("استفسار حول التقرير الطوعي واللغة"),
       "<CAKx7Zp0d3Lw9qE2bY5nR8tV1mH4cJ6sF0gA2uK9oP3iT7eW5yQ@mail.gmail.example.com>",
       dict(category="other", language="ar", acknowledge=True, on_time=None,
            notes="Algerian Arabic (نسقسي، واش، تاعنا، بصح، فيفري) asking two questions (report language; may "
                  "municipal councillors join the consultation); mentions the report and the consultation but "
                  "submits nothing and proposes nobody."),
       "mail-ej1-f41.google.example.com", "209.85.218.41", "4DQ7hK0Tz1z3", "reda.benamar.apc25@gmail.example.com")


M03_ID = "<PR2P264MB0612A9C4E13B7D2F5C8A1E40B7C12@PR2P264MB0612.FRAP264.PROD.OUTLOOK.example.com>"


def m03():
    when = at("2021-01-27 12:40:05")
    text = """Madame, Monsieur,

Suite à la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, j'ai l'honneur, d'ordre de Monsieur le Maire, de vous proposer la candidature de :

Mme Henda BEN SALEM, Adjointe au Maire chargée des affaires sociales et de la migration à la Commune de Sfax,

pour une prise de parole lors de l'une des tables rondes thématiques des 24 et 25 février, de préférence la table ronde n° 3.

Mme Ben Salem suit depuis 2018 le dossier de l'accueil des migrants subsahariens et des retours des Tunisiens de l'étranger au sein du conseil municipal.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Pour le Maire et par délégation,
Amel Jaziri
Secrétaire générale
Commune de Sfax
Avenue Hédi Chaker – 3000 Sfax, Tunisie
Tél. : +216 74 000 000
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>", None, "windows-1252")
    body = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "windows-1252")],
                 "_000_PR2P264MB0612A9C4E13B7D2F5C8A1E40B7C12PR2P264MB0612FRAP_")
    mk(3, when, 1, body, addr("Amel Jaziri", "sg@commune-sfax.example.tn"),
       hdr("Proposition d'intervenante – Examen régional du PMM – Commune de Sfax", "windows-1252", "Q"), M03_ID,
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Henda Ben Salem", "Adjointe au Maire chargée des affaires sociales et de la migration",
              "Commune de Sfax", ["roundtable"], 3)],
            notes="letter-style French from the Secrétaire générale signing 'Pour le Maire et par délégation' (the "
                  "sender is not the speaker); speaker's surname in capitals after the given name; affiliation "
                  "attached to the title with 'à la Commune de'; address line in the signature is not part of it; "
                  "windows-1252 QP Outlook text+HTML, Q-encoded subject."),
       "mail-pr2fra01lp0164.outbound.protection.outlook.example.com", "104.47.24.164", "4DRb3Lq8Mnz5",
       "sg@commune-sfax.example.tn", extra=OUTLOOK + [("Thread-Index", "AdbzFq9kz8m1nJ2QRk6vC3mY0Z7e1w==")])


def m04():
    when = at("2021-01-29 16:20:40")
    text = """Madame, Monsieur,

Pour faire suite à notre courriel ci-dessous, je me permets deux précisions :
- le prénom de notre Adjointe s'écrit Hinda (et non Henda, erreur de saisie de notre part) ;
- après échange avec Monsieur le Maire, Mme Ben Salem souhaiterait plutôt intervenir lors d'une séance plénière, si cela est encore possible, au lieu de la table ronde.

Avec nos remerciements,

Amel Jaziri
Secrétaire générale
Commune de Sfax

De : Amel Jaziri <sg@commune-sfax.example.tn>
Envoyé : mercredi 27 janvier 2021 11:40
À : gcmrrarabstates@iom.int
Objet : Proposition d'intervenante – Examen régional du PMM – Commune de Sfax

Madame, Monsieur,

Suite à la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, j'ai l'honneur, d'ordre de Monsieur le Maire, de vous proposer la candidature de :

Mme Henda BEN SALEM, Adjointe au Maire chargée des affaires sociales et de la migration à la Commune de Sfax,

pour une prise de parole lors de l'une des tables rondes thématiques des 24 et 25 février, de préférence la table ronde n° 3.
[...]
"""
    html = html_wrap(text2html(text), None, "windows-1252")
    body = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "windows-1252")],
                 "_000_PR2P264MB0612B17E0C4D9A3F6E2B5C81D9A44PR2P264MB0612FRAP_")
    mk(4, when, 1, body, addr("Amel Jaziri", "sg@commune-sfax.example.tn"),
       hdr("RE: Proposition d'intervenante – Examen régional du PMM – Commune de Sfax", "windows-1252", "Q"),
       "<PR2P264MB0612B17E0C4D9A3F6E2B5C81D9A44@PR2P264MB0612.FRAP264.PROD.OUTLOOK.example.com>",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Hinda Ben Salem", "Adjointe au Maire chargée des affaires sociales et de la migration",
              "Commune de Sfax", ["plenary"])], thread_of="h131-03.eml",
            notes="follow-up of h131-03 that corrects the first name (Hinda, not Henda) and changes the role from "
                  "roundtable 3 to a plenary intervention; the title/affiliation are only in the quoted original; "
                  "Outlook 'De :/Envoyé :' quote header, not '>' quoting."),
       "mail-pr2fra01lp0164.outbound.protection.outlook.example.com", "104.47.24.164", "4DS0vPz2Kqz9",
       "sg@commune-sfax.example.tn", extra=OUTLOOK, irt=M03_ID, refs=M03_ID)


def m05():
    when = at("2021-02-01 11:05:30")
    text = """السادة أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين،

تحية طيبة وبعد،

بالإشارة إلى كتابكم المتعلق بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، وإلى المهلة المحددة في كتابكم لطلبات المداخلة (الجمعة 23 شباط)، يتشرف المجلس البلدي بأن يرشح رئيس المجلس البلدي لبلدية صيدا، السيد وليد حسن الشامي، لإلقاء مداخلة في إحدى الجلسات العامة للمؤتمر يومي 24 و25 شباط 2021، ولا سيما حول تجربة البلدية في إدارة الخدمات المحلية للاجئين والمجتمع المضيف.

نرجو التكرم بإفادتنا عن الإجراءات اللاحقة.

وتفضلوا بقبول فائق الاحترام،

أمين سر بلدية صيدا
سامر عبد الرحمن قبلان
صيدا – لبنان
"""
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic">' + text2html(text) + "</div>", "rtl",
                     "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0047_01D6F88B.2E6A1C30")
    mk(5, when, 2, body, addr("بلدية صيدا", "info@saida-municipality.example.lb", "windows-1256"),
       hdr("ترشيح رئيس المجلس البلدي للمداخلة في المؤتمر الإقليمي", "windows-1256"),
       "<004601d6f88b$2e6a1c30$8b3e5490$@saida-municipality.example.lb>",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("وليد حسن الشامي", "رئيس المجلس البلدي", "بلدية صيدا", ["plenary"])],
            notes="formal MSA letter from the municipal secretary (أمين سر) in the name of the council; the post is "
                  "written before the name ('رئيس المجلس البلدي لبلدية صيدا، السيد ...'): title keeps the council, "
                  "affiliation is the municipality; honorific 'السيد' dropped; quotes the misprinted Arabic deadline "
                  "'23 شباط'; From display name is the municipality; windows-1256 Outlook."),
       "mail.saida-municipality.example.lb", "185.84.236.12", "4DTm8Fj1Rpz4", "info@saida-municipality.example.lb",
       extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-lb")])


def m06():
    when = at("2021-02-02 14:30:15")
    name = "تقرير مجلس مدينة أسوان الطوعي 2021.pdf"
    text = """صباح الخير يا جماعة،

إحنا في مجلس مدينة أسوان خلّصنا التقرير الطوعي بتاعنا عن تنفيذ الاتفاق العالمي للهجرة على المستوى المحلي، ومرفق مع الإيميل ده PDF.

وكمان حابين نرشّح الأستاذة منى عبد الرحيم، مديرة إدارة التنمية المحلية بالمجلس، عشان تتكلم في الجلسة العامة يوم 24 أو 25 فبراير، هي اللي ماسكة ملف الهجرة الموسمية من القرى للخليج ومتابعاه من سنين.

لو محتاجين أي حاجة تانية بلغونا.

شكراً جزيلاً
أحمد سيد حسانين
مجلس مدينة أسوان
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
                "0000000000004c7e2f05ba5d81b3")
    pdf = make_pdf(["Aswan City Council - Voluntary GCM Review Report 2021",
                    "Seasonal labour migration from Aswan villages to the Gulf",
                    "Local services for returnees and for migrants from Sudan"])
    att = attach("application/pdf", pdf, name, "bword", extra=[("X-Attachment-Id", "f_kkn3x9e50")])
    body = multi("mixed", [alt, att], "0000000000004c7e3105ba5d81b5")
    mk(6, when, 2, body, "Ahmed Sayed <ahmed.s.hassanein@gmail.example.com>",
       hdr("تقرير طوعي + ترشيح متحدثة - مجلس مدينة أسوان"),
       "<CAH5q2Lm8Xw4eR0tY7uI1oP9aS3dF6gH2jK5lZ8xC0vB4nM1qW@mail.gmail.example.com>",
       dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("منى عبد الرحيم", "مديرة إدارة التنمية المحلية", "مجلس مدينة أسوان", ["plenary"])],
            report_attachments=[name],
            notes="Egyptian colloquial (إحنا، بتاعنا، ده، عشان); both a report (PDF with an RFC 2047 base64 Arabic "
                  "file name, Gmail style) and a speaker; affiliation only as 'بالمجلس' after the title, resolved to "
                  "the council named in the first sentence; honorific 'الأستاذة' dropped."),
       "mail-wm1-f66.google.example.com", "209.85.128.66", "4DVc0s7Nn2z6", "ahmed.s.hassanein@gmail.example.com")


def m07():
    when = at("2021-02-03 10:15:22")
    text = """Dear Secretariat of the Regional UN Network on Migration,

On behalf of the Arab Cities Network for Migrant Inclusion (ACNMI), I am pleased to propose two mayors from our member cities as speakers for the Regional Review of the GCM:

Name                       | Function | City                         | Proposed slot
Mohamed Lamine Berrada     | Mayor    | Commune of Nador             | Plenary session (floor intervention)
Rima Haddad                | Mayor    | Municipality of Jbeil-Byblos | Thematic roundtable 4

Both mayors have confirmed their availability on 24 and 25 February. Mr Berrada would speak on the role of border cities, Ms Haddad on local integration in small municipalities hosting refugees.

Please copy me in any correspondence, as the network secretariat coordinates their participation.

Best regards,

Sonia Mkaouar
Programme Officer
ACNMI Secretariat | Tunis, Tunisia
"""
    rows_html = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [
        ("Mohamed Lamine Berrada", "Mayor", "Commune of Nador", "Plenary session (floor intervention)"),
        ("Rima Haddad", "Mayor", "Municipality of Jbeil-Byblos", "Thematic roundtable 4")])
    html = ('<div dir="ltr"><p>Dear Secretariat of the Regional UN Network on Migration,</p><p>On behalf of the Arab '
            'Cities Network for Migrant Inclusion (ACNMI), I am pleased to propose two mayors from our member cities '
            'as speakers for the Regional Review of the GCM:</p><table border="1" cellpadding="4" '
            'style="border-collapse:collapse"><tr><th>Name</th><th>Function</th><th>City</th><th>Proposed slot</th>'
            '</tr>' + rows_html + '</table><p>Both mayors have confirmed their availability on 24 and 25 February. '
            'Mr Berrada would speak on the role of border cities, Ms Haddad on local integration in small '
            'municipalities hosting refugees.</p><p>Please copy me in any correspondence, as the network secretariat '
            'coordinates their participation.</p><p>Best regards,</p><p>Sonia Mkaouar<br>Programme Officer<br>ACNMI '
            'Secretariat | Tunis, Tunisia</p></div>\n')
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000f1a2b305ba6e90c4")
    mk(7, when, 1, body, "Sonia Mkaouar <s.mkaouar@acnmi.example.org>",
       "ACNMI - two mayors proposed as speakers (Nador / Byblos)",
       "<CAM9vT3kP1xZ6qW8rE2yU5iO0pA4sD7fG1hJ3kL6zX9cV2bN8mQ@mail.gmail.example.com>",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Mohamed Lamine Berrada", "Mayor", "Commune of Nador", ["plenary"]),
           sp("Rima Haddad", "Mayor", "Municipality of Jbeil-Byblos", ["roundtable"], 4)],
            notes="city network (sender, programme officer) proposes two mayors from two member cities: each speaker's "
                  "affiliation is his/her own municipality from the table's City column, not the network; table in "
                  "HTML and pipe-aligned in the plain text; sender's pipe signature is not a speaker."),
       "mail-wr1-f45.google.example.com", "209.85.221.45", "4DWf2Yx5Lbz7", "s.mkaouar@acnmi.example.org",
       cc="Mohamed Lamine Berrada <president@commune-nador.example.ma>, Rima Haddad <mayor@jbeil-byblos.example.lb>")


M08_ID = "<VI1PR08MB3294E7A1C2D9B4F6A3E8D0C5B1F72@VI1PR08MB3294.eurprd08.prod.outlook.example.com>"


def m08():
    when = at("2021-02-03 15:47:02")
    name = "GMM_Voluntary_GCM_Report_2021.pdf"
    text = """Dear Colleagues,

Greetings from Greater Mafraq Municipality (GMM).

Please find attached the voluntary GCM review report of Greater Mafraq Municipality, prepared with the Municipal Local Development Committee, which covers service delivery to Syrian refugees and host communities and the municipality's labour-migration initiatives (2018-2020).

In addition, the Mayor would like to nominate Eng. Omar Al-Khalidi, Advisor to the Mayor for Refugee and Host Community Affairs, as rapporteur to deliver the key messages of the stakeholders, as he has been involved in the national consultations.

Kindly confirm receipt.

Best regards,

Dana Masarweh
Head of International Relations Unit
Greater Mafraq Municipality (GMM)
Mafraq - Hashemite Kingdom of Jordan
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                "_000_VI1PR08MB3294E7A1C2D9B4F6A3E8D0C5B1F72VI1PR08MB3294eurp_")
    pdf = make_pdf(["Greater Mafraq Municipality (GMM)", "Voluntary GCM Review Report 2021",
                    "Local service delivery to refugees and host communities; labour migration"])
    att = attach("application/pdf", pdf, name)
    body = multi("mixed", [alt, att], "_004_VI1PR08MB3294E7A1C2D9B4F6A3E8D0C5B1F72VI1PR08MB3294eurp_")
    mk(8, when, 2, body, "Dana Masarweh <d.masarweh@mafraq-municipality.example.jo>",
       "Voluntary GCM review report and rapporteur nomination - Greater Mafraq Municipality", M08_ID,
       dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Omar Al-Khalidi", "Advisor to the Mayor for Refugee and Host Community Affairs",
              "Greater Mafraq Municipality (GMM)", ["rapporteur"])], report_attachments=[name],
            notes="both in one Outlook message; speaker nominated by the Mayor through the head of international "
                  "relations (sender not a speaker); 'Eng.' honorific dropped; speaker's affiliation only implied "
                  "(the municipality whose Mayor nominates him); 'Mafraq - Hashemite Kingdom of Jordan' is location."),
       "mail-vi1eur05lp2054.outbound.protection.outlook.example.com", "104.47.17.54", "4DWpQ7n2Vcz1",
       "d.masarweh@mafraq-municipality.example.jo",
       extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adb6Kq3pL0mX9vT2Q5yR8wE1uI4oPA=="),
              ("X-MS-Has-Attach", "yes")])


def m09():
    when = at("2021-02-04 09:22:36")
    text = """Madame, Monsieur,

Monsieur le Maire de la Commune de Médenine, M. GHARBI Lotfi, souhaiterait prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février 2021, afin de présenter l'expérience de la commune dans l'accueil des migrants secourus en mer et la coordination avec les organisations de la société civile.

Je vous remercie de bien vouloir nous indiquer les modalités de participation (lien de connexion, durée de l'intervention).

Avec mes salutations distinguées.

P/O le Maire
Sonia Trabelsi
Assistante de direction - Cabinet du Maire
Commune de Médenine
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    mk(9, when, 1, body, "Cabinet du Maire - Commune de Medenine <cabinet@commune-medenine.example.tn>",
       hdr("Demande de prise de parole - M. le Maire de Médenine", "utf-8", "Q"),
       "<3f9d2c71-6b0e-4a85-b2e4-9c1d7a0f5e38@commune-medenine.example.tn>",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Lotfi Gharbi", "Maire", "Commune de Médenine", ["open_discussion"])],
            notes="signed 'P/O le Maire' by an assistant (not the speaker); speaker is the Maire, written 'M. GHARBI "
                  "Lotfi' (surname first in capitals); title only from 'Monsieur le Maire de la Commune de Médenine'; "
                  "role is the open discussion of the 23 Feb consultation; Thunderbird format=flowed 8bit."),
       "smtp.commune-medenine.example.tn", "197.14.52.9", "4DXJ6Rk1Fmz2", "cabinet@commune-medenine.example.tn",
       extra=TB + [("Content-Language", "fr")])


def m10():
    when = at("2021-02-04 13:10:09")
    text = """Dear GCM Regional Review team,

Greetings from the Office of the Mayor of Greater Irbid Municipality.

We would like to propose two speakers from the Municipality:

1. Deputy Mayor Dr. Lina Obeidat - to take part in the open discussion of the multi-stakeholder consultation on 23 February.
2. The Head of the Local Development Unit, Mr. Sami Bataineh - for a floor intervention in the first thematic roundtable.

Thank you and looking forward to hearing from you.

Regards,
Haneen Shatnawi
Office of the Mayor
Greater Irbid Municipality
"""
    html = ('<div dir="ltr">' + text2html(text).replace("<p>1. ", "<ol><li>").replace(
        "23 February.<br>\n2. ", "23 February.</li><li>").replace("first thematic roundtable.</p>",
                                                                "first thematic roundtable.</li></ol>") + "</div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000b7d4e805ba7a12f9")
    mk(10, when, 2, body, "Haneen Shatnawi <mayor.office@irbid-municipality.example.jo>",
       "Speakers - Greater Irbid Municipality",
       "<CAJ4nW8pQ2sX5vZ1tY6uR9eO3iA7sD0fG4hK2lM5zX8cB1vN6mP@mail.gmail.example.com>",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Lina Obeidat", "Deputy Mayor", "Greater Irbid Municipality", ["open_discussion"]),
           sp("Sami Bataineh", "Head of the Local Development Unit", "Greater Irbid Municipality", ["roundtable"], 1)],
            notes="two speakers in a numbered list; titles written before the names ('Deputy Mayor Dr. Lina ...', "
                  "'The Head of the Local Development Unit, Mr. Sami ...'); honorifics Dr./Mr. dropped; 'first "
                  "thematic roundtable' = 1; affiliation only from 'from the Municipality' and the signature."),
       "mail-ed1-f52.google.example.com", "209.85.208.52", "4DXS1Bv3Hnz8", "mayor.office@irbid-municipality.example.jo",
       extra=[("Reply-To", "Haneen Shatnawi <h.shatnawi@irbid-municipality.example.jo>")])


def m11():
    when = at("2021-02-04 18:02:44")
    orig_id = "<ack-20210204-1312-10@gcmrr.iom.int>"
    human = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<h.shatnawi@irbid-municipality.example.jo>: host
    mail.irbid-municipality.example.jo[212.118.7.30] said: 550 5.1.1
    <h.shatnawi@irbid-municipality.example.jo>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4DXb7Qw0Lcz3
Arrival-Date: Thu, 4 Feb 2021 18:02:40 +0200 (EET)

Final-Recipient: rfc822; h.shatnawi@irbid-municipality.example.jo
Original-Recipient: rfc822;h.shatnawi@irbid-municipality.example.jo
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.irbid-municipality.example.jo
Diagnostic-Code: smtp; 550 5.1.1 <h.shatnawi@irbid-municipality.example.jo>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
    headers = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: h.shatnawi@irbid-municipality.example.jo
Subject: Acknowledgement of your speaking request / Speakers - Greater Irbid Municipality
Date: Thu, 4 Feb 2021 18:02:39 +0200
Message-ID: %s
""" % orig_id
    p1 = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in status.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", headers, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4DXb7Qw0Lcz3.1612454564/mx1.iom.int", params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    mk(11, when, 2, body, "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)",
       "Undelivered Mail Returned to Sender", "<20210204160244.4DXb7Qw0Lcz3@mx1.iom.int>",
       dict(category="bounce", language="en", acknowledge=False, on_time=None,
            notes="Postfix DSN (multipart/report delivery-status) for our acknowledgement sent to the Reply-To "
                  "address of h131-10; the returned headers quote the subject of h131-10 but this is not a "
                  "follow-up by a person."),
       "localhost", "127.0.0.1", "4DXb7Sx2Ndz4", "", extra=[("Auto-Submitted", "auto-replied")], lag=0,
       ret_null=True)


def m12():
    when = at("2021-02-05 23:52:40")
    text = """Hi,

Sorry for the late email, I'm travelling this week. I would like to request a speaking slot in roundtable 4 (floor intervention) at the conference on 24-25 Feb. Our municipality has been running a joint committee with the refugee community since 2017 and I think the experience is worth sharing.

Thanks a lot
Ziad

Ziad Khoury | Municipal Councillor, Head of Social Affairs Committee | Municipality of Tripoli, Lebanon
Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    mk(12, when, 4, body, "Ziad Khoury <ziad.khoury@tripoli-municipality.example.lb>",
       "Speaking request - roundtable 4",
       "<E3B7A1C9-5D2F-4E8A-9B6C-1F0D3A7E2C45@tripoli-municipality.example.lb>",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Ziad Khoury", "Municipal Councillor, Head of Social Affairs Committee", "Municipality of Tripoli",
              ["roundtable"], 4)],
            notes="deadline edge: received 23:52:40 Beirut on Fri 5 Feb (on time) but sent from Dubai, so the Date "
                  "header reads Sat, 6 Feb 01:52 +0400; the sender apologises for being 'late'; self-nomination, "
                  "details only in a one-line pipe signature where ', Lebanon' is location; iPhone."),
       "mail.tripoli-municipality.example.lb", "185.98.124.30", "4DYf0Gm6Vtz1", "ziad.khoury@tripoli-municipality.example.lb",
       extra=[("X-Mailer", "iPhone Mail (18D52)")], lag=31)


def m13():
    when = at("2021-02-05 23:58:10")
    text = """عسلامة،

نحبّو نقترحو عليكم مستشارة من بلدية سوسة باش تتدخّل في المائدة المستديرة الأولى نهار 24 فيفري. هاذي المعطيات متاعها:

الاسم واللقب: سنية الورتاني
الصفة: مستشارة بلدية ورئيسة لجنة الشؤون الاجتماعية والهجرة
الجهة: بلدية سوسة

سامحونا على التأخير، الملف تعطّل عندنا في الإمضاء.

يعطيكم الصحة
وليد الحمروني
كاهية مدير العلاقات الخارجية - بلدية سوسة
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "----=_Part_1842_1203845.1612562290000")
    mk(13, when, 1, body, addr("وليد الحمروني", "w.hamrouni@commune-sousse.example.tn"),
       hdr("اقتراح متدخلة - بلدية سوسة"), "<1203845.1842.1612562290000@webmail.commune-sousse.example.tn>",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("سنية الورتاني", "مستشارة بلدية ورئيسة لجنة الشؤون الاجتماعية والهجرة", "بلدية سوسة",
              ["roundtable"], 1)],
            notes="deadline edge: received 23:58:10 Beirut on Fri 5 Feb (on time), Date header 22:57:53 +0100 (Tunis); "
                  "Tunisian Arabic (عسلامة، نحبّو، باش، متاعها، نهار، فيفري) with labelled lines; 'المائدة المستديرة "
                  "الأولى' = roundtable 1; the sender (كاهية مدير) is not the speaker; the apology for lateness is "
                  "not lateness."),
       "webmail.commune-sousse.example.tn", "197.0.61.18", "4DYf6Ls9Qxz3", "w.hamrouni@commune-sousse.example.tn",
       extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC87 (Win)/8.8.15_GA_3869)")])


def m14():
    when = at("2021-02-06 00:07:30")
    text = """Bonsoir,

Veuillez trouver ci-dessous la proposition de l'APC d'Oran pour une intervention en plénière lors de la conférence régionale :

Nom et prénom : BELKACEM Nadia
Fonction : Vice-présidente chargée de la solidarité et de l'action sociale
Organisme : Assemblée Populaire Communale d'Oran (APC d'Oran)
Téléphone : +213 41 00 00 00

Nous nous excusons pour ce envoi tardif, la délibération n'a été signée que cet après-midi.

Cordialement,
Mourad Hadj-Ali
Chef de service de la coopération
APC d'Oran
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000c2e9f705baa4d316")
    mk(14, when, 1, body, "Mourad Hadj-Ali <mourad.hadjali.apc.oran@gmail.example.com>",
       hdr("Proposition intervenante - APC d'Oran", "utf-8", "Q"),
       "<CAP2sV7nL4qX9wZ3tE8yR1uI6oA0sD5fG9hJ2kL7zX4cV6bN1mR@mail.gmail.example.com>",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
           sp("Nadia Belkacem", "Vice-présidente chargée de la solidarité et de l'action sociale",
              "Assemblée Populaire Communale d'Oran (APC d'Oran)", ["plenary"])],
            notes="late by eight minutes: received 00:07:30 Beirut on Sat 6 Feb, while the Date header (Algiers, "
                  "+0100) still reads Fri 5 Feb 23:07; surname first in capitals ('BELKACEM Nadia'); Algerian "
                  "administrative vocabulary (APC, délibération); fullest affiliation is the spelled-out name with "
                  "the acronym; sent from a personal Gmail."),
       "mail-wr1-f67.google.example.com", "209.85.221.67", "4DYfK2p0Wrz5", "mourad.hadjali.apc.oran@gmail.example.com",
       lag=12)


def m15():
    when = at("2021-02-08 10:30:51")
    name = "Rapport_Volontaire_PMM_Region_Oriental_2021.pdf"
    text = """Madame, Monsieur,

Dans le cadre de l'Examen régional du Pacte mondial sur les migrations dans la région arabe, j'ai le plaisir de vous transmettre, ci-joint, le rapport volontaire du Conseil de la Région de l'Oriental sur la mise en œuvre du PMM à l'échelle régionale (format PDF).

Ce rapport a été élaboré par la Division de la Coopération et du Partenariat en concertation avec les communes frontalières de la Région et les associations actives dans l'accompagnement des migrants.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Karim Ziani
Chef de la Division de la Coopération et du Partenariat
Conseil de la Région de l'Oriental
Bd Mohammed V – Oujda, Maroc
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_MRXP264MB0871C3A5E9D1B7F2A4C6E8B0D3F51MRXP264MB0871FRAP_")
    pdf = make_pdf(["Conseil de la Region de l'Oriental", "Rapport volontaire - Examen regional du PMM 2021",
                    "Division de la Cooperation et du Partenariat",
                    "1. Migrations de transit et communes frontalieres  2. Integration locale  3. Recommandations"])
    att = attach("application/pdf", pdf, name)
    body = multi("mixed", [alt, att], "_004_MRXP264MB0871C3A5E9D1B7F2A4C6E8B0D3F51MRXP264MB0871FRAP_")
    mk(15, when, 1, body, "Karim Ziani <k.ziani@region-oriental.example.ma>",
       hdr("Rapport volontaire – Conseil de la Région de l'Oriental – Examen régional PMM", "utf-8", "Q"),
       "<MRXP264MB0871C3A5E9D1B7F2A4C6E8B0D3F51@MRXP264MB0871.FRAP264.PROD.OUTLOOK.example.com>",
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
            notes="regional council's report as a PDF sent by the head of the cooperation division; formal French "
                  "administrative style; the sender is not proposed as a speaker despite the full signature."),
       "mail-mr2fra01lp0112.outbound.protection.outlook.example.com", "104.47.25.112", "4DZr4Bk8Tmz0",
       "k.ziani@region-oriental.example.ma", extra=OUTLOOK)


def m16():
    when = at("2021-02-09 17:45:18")
    name = "Contribution_Commune_Kénitra_PMM_2021.docx"
    text = """Bonjour,

La Commune de Kénitra a le plaisir de vous adresser sa contribution au rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations (document Word ci-joint).

Par la même occasion, et même si nous savons que le délai des demandes d'intervention est dépassé, nous souhaiterions proposer M. Youssef EL IDRISSI, 3ème Vice-Président du Conseil communal chargé de la coopération décentralisée, pour une intervention lors de la table ronde thématique n°2.

Restant à votre disposition,

Bien cordialement,

Hajar Benmoussa
Chef du Service des Relations Extérieures
Commune de Kénitra
"""
    t = leaf("text/plain", text, "windows-1252", "quoted-printable")
    docx = make_docx(["Commune de Kenitra", "Contribution au rapport volontaire - Pacte mondial pour les migrations",
                      "Accueil des travailleurs saisonniers et des migrants en transit", "Recommandations"])
    att = attach(DOCX, docx, name, "2231")
    body = multi("mixed", [t, att], "------------8C1E4A7F2B9D0E3C5A6B8D1F")
    mk(16, when, 1, body, "Hajar Benmoussa <h.benmoussa@kenitra.example.ma>",
       hdr("Contribution de la Commune de Kénitra + proposition d'intervenant", "windows-1252", "Q"),
       "<5a1c8e2f-3d7b-4f90-a6e4-2b9c0d1f8e73@kenitra.example.ma>",
       dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
           sp("Youssef El Idrissi", "3ème Vice-Président du Conseil communal chargé de la coopération décentralisée",
              "Commune de Kénitra", ["roundtable"], 2)], report_attachments=[name],
            notes="both on 9 Feb: the report part is on time (16 Feb) but the speaker part is after 5 Feb, so "
                  "on_time is false (the sender even says the speaker deadline is past); surname in capitals "
                  "('EL IDRISSI'); title keeps 'du Conseil communal'; DOCX with an accented name in RFC 2231 "
                  "continuations; windows-1252 QP body (Thunderbird)."),
       "smtp.kenitra.example.ma", "41.248.92.15", "4DbC8Nr3Gwz6", "h.benmoussa@kenitra.example.ma", extra=TB)


def m17():
    when = at("2021-02-10 09:00:27")
    text = """Dear colleagues,

Many thanks for confirming receipt, much appreciated.

Best,
Dana

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 3, 2021 3:51 PM
To: Dana Masarweh <d.masarweh@mafraq-municipality.example.jo>
Subject: Acknowledgement: Voluntary GCM review report and rapporteur nomination - Greater Mafraq Municipality

Dear Dana Masarweh,

Thank you for your message. We confirm receipt of your voluntary GCM review report (GMM_Voluntary_GCM_Report_2021.pdf) and of your speaking request for Omar Al-Khalidi (rapporteur).

GCM Regional Review - Arab States
"""
    html = html_wrap(text2html(text))
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii")],
                 "_000_VI1PR08MB32945F0C1A7E3B9D2C4E6A8F0B1D3VI1PR08MB3294eurp_")
    mk(17, when, 2, body, "Dana Masarweh <d.masarweh@mafraq-municipality.example.jo>",
       "RE: Acknowledgement: Voluntary GCM review report and rapporteur nomination - Greater Mafraq Municipality",
       "<VI1PR08MB32945F0C1A7E3B9D2C4E6A8F0B1D3@VI1PR08MB3294.eurprd08.prod.outlook.example.com>",
       dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h131-08.eml",
            notes="a thank-you reply to our acknowledgement of h131-08 that adds nothing new: no acknowledgement; the "
                  "quoted acknowledgement repeats the report file name and speaker, which must not be re-read as a "
                  "new submission."),
       "mail-vi1eur05lp2054.outbound.protection.outlook.example.com", "104.47.17.54", "4DcK1Lp5Xrz2",
       "d.masarweh@mafraq-municipality.example.jo", irt=ACK08_ID, refs=M08_ID + "\r\n " + ACK08_ID,
       extra=[("X-Mailer", "Microsoft Outlook 16.0")])


def m18():
    when = at("2021-02-11 12:12:03")
    n1 = "FNVT_GCM_Voluntary_Report_EN.pdf"
    n2 = "Annex 1 - Municipal survey results.docx"
    text = """Dear Sir/Madam,

Please find attached the collective voluntary GCM review report of the National Federation of Tunisian Cities (FNVT), prepared on the basis of a survey of 41 member municipalities, together with its Annex 1 (municipal survey results).

The report will also be shared in French with our members next month.

Kind regards,

Ines Chaabane
Projects Coordinator
National Federation of Tunisian Cities (FNVT) | Fédération Nationale des Villes Tunisiennes
Tunis
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8")],
                "000000000000e5a7c105bb0f3e28")
    pdf = make_pdf(["National Federation of Tunisian Cities (FNVT)", "Collective voluntary GCM review report",
                    "Survey of 41 member municipalities"])
    docx = make_docx(["Annex 1 - Municipal survey results", "41 municipalities, 2020",
                      "Question 1: local services open to migrants"])
    body = multi("mixed", [alt, attach("application/pdf", pdf, n1, extra=[("X-Attachment-Id", "f_kl0a1b2c0")]),
                           attach(DOCX, docx, n2, extra=[("X-Attachment-Id", "f_kl0a1b2c1")])],
                 "000000000000e5a7c305bb0f3e2a")
    mk(18, when, 1, body, "Ines Chaabane <ines.chaabane@fnvt.example.tn>",
       "FNVT - collective voluntary GCM review report",
       "<CAB8tR2mK5qW0xZ4vY9uE3iO7pA1sD6fG0hJ4kL8zX2cV5bN9mS@mail.gmail.example.com>",
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[n1, n2],
            notes="collective report from a national federation of cities: two attachments (PDF report + DOCX "
                  "annex) both make up the report; the annex name has spaces; bilingual signature line."),
       "mail-wm1-f44.google.example.com", "209.85.128.44", "4DcZ7Hs2Fnz8", "ines.chaabane@fnvt.example.tn")


M19_ID = "<CAF6uN1pR8sX3wZ7tE2yQ5uI9oA4sD8fG2hJ6kL0zX5cV9bN3mT@mail.gmail.example.com>"
M19_NAME = "تقرير مجلس جهة سوس ماسة.docx"


def m19():
    when = at("2021-02-12 11:40:33")
    text = """السلام عليكم،

صيفطنا ليكم التقرير الطوعي ديال مجلس جهة سوس ماسة على تنفيذ الميثاق العالمي للهجرة فالجهة، راه مرفق فهاد الإيميل (وورد).
إلا كانت شي ملاحظة ولا خاص شي حاجة أخرى عيطو لينا ولا صيفطو ميساج.

بالتوفيق،
عبد الإله أوبلا
مكلف بالتعاون الدولي - مجلس جهة سوس ماسة
أكادير
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
                "0000000000007b3e9d05bb21c4a6")
    docx = make_docx(["مجلس جهة سوس ماسة", "Rapport volontaire - Pacte mondial pour les migrations",
                      "Version 1 - 12/02/2021"])
    body = multi("mixed", [alt, attach(DOCX, docx, M19_NAME, "bword")], "0000000000007b3e9f05bb21c4a8")
    mk(19, when, 1, body, addr("عبد الإله أوبلا", "a.oubella.region@gmail.example.com"),
       hdr("التقرير الطوعي - مجلس جهة سوس ماسة"), M19_ID,
       dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True, report_attachments=[M19_NAME],
            notes="Moroccan Darija (صيفطنا، ديال، فهاد، عيطو، ميساج); DOCX with an RFC 2047 Arabic file name; "
                  "later replaced by a revised version (h131-22)."),
       "mail-wr1-f53.google.example.com", "209.85.221.53", "4Dd1Qv6Kcz4", "a.oubella.region@gmail.example.com")


def m20():
    when = at("2021-02-14 20:05:46")
    text = """Bonsoir,

Comme convenu au téléphone avec votre collègue, voici ci-dessous la contribution de la Municipalité de Zahlé-Maallaka et Taanayel pour le rapport volontaire de l'examen régional du PMM. On n'a pas eu le temps de la mettre en forme en PDF, désolée, j'espère que c'est OK comme ça.

RAPPORT VOLONTAIRE – MUNICIPALITÉ DE ZAHLÉ-MAALLAKA ET TAANAYEL

1. Contexte : la ville accueille près de 60 000 réfugiés syriens pour environ 150 000 habitants, répartis dans des camps informels et en milieu urbain.
2. Objectif 15 du PMM (accès aux services de base) : la municipalité a mis en place avec ses partenaires un guichet unique pour l'eau, la gestion des déchets et l'état civil.
3. Objectif 16 (inclusion et cohésion sociale) : comités de quartier mixtes, activités sportives et culturelles conjointes.
4. Difficultés : pression sur les infrastructures, baisse des financements, tensions liées à la crise économique.
5. Recommandations : financement direct des municipalités, reconnaissance du rôle des autorités locales dans le suivi du PMM.

Merci et bonne soirée,

Nayla Skaff
Unité de développement local
Municipalité de Zahlé-Maallaka et Taanayel
"""
    html_inner = text2html(text).replace("Nayla Skaff<br>", '<img src="cid:logo-zahle@mun" width="60"><br>Nayla Skaff<br>')
    rel = multi("related", [leaf("text/html", html_wrap(html_inner), "UTF-8"),
                            leaf("image/png", make_png(16, 16, (160, 20, 30)), cte="base64",
                                 disp='inline; filename="logo.png"',
                                 extra=[("Content-ID", "<logo-zahle@mun>")])],
                 "Apple-Mail=_2B7E1D90-4C3A-4F8E-9A51-0D6C3E8B7F24")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), rel], "Apple-Mail=_1A6D0C8F-3B29-4E7D-8940-FC5B2D7A6E13")
    mk(20, when, 2, body, "Nayla Skaff <n.skaff@zahle-municipality.example.lb>",
       hdr("Contribution Municipalité de Zahlé – rapport volontaire PMM", "utf-8", "Q"),
       "<7D3A9F1E-2B6C-4D8A-B0E5-9C4F1A7D2E60@zahle-municipality.example.lb>",
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
            notes="the report is pasted in the body (no report attachment; the only attachment is an inline logo "
                  "PNG in multipart/related, not a report); Lebanese French, informal ('On n'a pas eu le temps... "
                  "j'espère que c'est OK'); Apple Mail structure."),
       "mail.zahle-municipality.example.lb", "185.89.12.40", "4DfG2Wt8Lpz0", "n.skaff@zahle-municipality.example.lb",
       extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])


def m21():
    when = at("2021-02-15 11:30:12")
    text = """Bonjour,

Le Président du Conseil municipal de Jounieh voudrait savoir si la consultation du 23 février aura lieu en présentiel à Beyrouth ou seulement en ligne, et s'il y aura une interprétation vers le français pendant la conférence des 24-25 ?

On aimerait aussi recevoir le programme détaillé dès qu'il est disponible.

Merci d'avance,
Rita Abi Nader
Secrétariat de la Présidence
Municipalité de Jounieh
"""
    body = leaf("text/html", html_wrap("<div>" + text2html(text) + "</div>"), "UTF-8", "quoted-printable")
    mk(21, when, 2, body, "Rita Abi Nader <presidence@jounieh-municipality.example.lb>",
       hdr("Question logistique – consultation du 23 février", "utf-8", "Q"),
       "<DB9PR02MB7066A1B3C5D7E9F0A2C4E6B8D0F13@DB9PR02MB7066.eurprd02.prod.outlook.example.com>",
       dict(category="other", language="fr", acknowledge=True, on_time=None,
            notes="HTML-only logistics question (in-person or online, interpretation, programme); mentions the "
                  "Président du Conseil municipal but does not ask for a speaking role."),
       "mail-db9eur02lp2170.outbound.protection.outlook.example.com", "104.47.11.170", "4DfX0Pn3Jrz6",
       "presidence@jounieh-municipality.example.lb", extra=OUTLOOK)


def m22():
    when = at("2021-02-16 23:55:20")
    name = "تقرير مجلس جهة سوس ماسة - النسخة النهائية.docx"
    text = """مساء الخير،

هادي هي النسخة النهائية ديال التقرير بعد ما زدنا فيها الأرقام ديال 2020 والتوصيات. عافاكم اعتمدو هادي وماشي اللولة.

شكرا بزاف

عبد الإله أوبلا
مكلف بالتعاون الدولي - مجلس جهة سوس ماسة

في الجمعة، 12 فبراير 2021 في 10:40 ص، كتب عبد الإله أوبلا <a.oubella.region@gmail.example.com>:
> السلام عليكم،
>
> صيفطنا ليكم التقرير الطوعي ديال مجلس جهة سوس ماسة على تنفيذ الميثاق العالمي للهجرة فالجهة، راه مرفق فهاد الإيميل (وورد).
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
                "000000000000a9d1f205bb7e3c51")
    docx = make_docx(["مجلس جهة سوس ماسة", "Rapport volontaire - Pacte mondial pour les migrations",
                      "Version finale - 16/02/2021", "Chiffres 2020 et recommandations"])
    body = multi("mixed", [alt, attach(DOCX, docx, name, "2231")], "000000000000a9d1f405bb7e3c53")
    mk(22, when, 1, body, addr("عبد الإله أوبلا", "a.oubella.region@gmail.example.com"),
       re_hdr("Re: ", "التقرير الطوعي - مجلس جهة سوس ماسة"),
       "<CAF6uN1pR8sX3wZ7tE2yQ5uI9oA4sD8fG2hJ6kL0zX5cV9bN3mU@mail.gmail.example.com>",
       dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True, report_attachments=[name],
            thread_of="h131-19.eml",
            notes="deadline edge: revised report received 23:55:20 Beirut on Tue 16 Feb (on time), Date header "
                  "22:55 +0100 (Agadir); replaces h131-19 ('اعتمدو هادي وماشي اللولة'); Darija; long Arabic DOCX "
                  "name in RFC 2231 continuations; Gmail Arabic quote header."),
       "mail-wr1-f53.google.example.com", "209.85.221.53", "4DgR5Ym1Wtz9", "a.oubella.region@gmail.example.com",
       irt=M19_ID, refs=M19_ID, lag=19)


def m23():
    when = at("2021-02-17 00:04:10")
    name = "UFM_Voluntary_Report_GCM_Feb2021.pdf"
    text = """Dear GCM team,

Please find attached the voluntary GCM review report of the Union of Al-Fayhaa Municipalities (Tripoli, El Mina, Beddawi and Qalamoun), submitted today within the extended deadline of 16 February.

Apologies for the last-minute submission, I am on mission in Istanbul and had connectivity problems.

Best regards,
Dr. Bassel Merhebi
Director, Urban Observatory
Union of Al-Fayhaa Municipalities
"""
    html = html_wrap(text2html(text))
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_AM6PR03MB4310D2E8A1C7F3B9E5D0A4C6B8F92AM6PR03MB4310eurp_")
    pdf = make_pdf(["Union of Al-Fayhaa Municipalities", "Voluntary GCM Review Report - February 2021",
                    "Urban Observatory"])
    body = multi("mixed", [alt, attach("application/pdf", pdf, name)],
                 "_004_AM6PR03MB4310D2E8A1C7F3B9E5D0A4C6B8F92AM6PR03MB4310eurp_")
    mk(23, when, 3, body, "Bassel Merhebi <b.merhebi@fayhaa-union.example.lb>",
       "Voluntary GCM review report - Union of Al-Fayhaa Municipalities",
       "<AM6PR03MB4310D2E8A1C7F3B9E5D0A4C6B8F92@AM6PR03MB4310.eurprd03.prod.outlook.example.com>",
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=False, report_attachments=[name],
            notes="late by four minutes: received 00:04:10 Beirut on Wed 17 Feb; Date header is Istanbul time (01:03 "
                  "+0300, already 17 Feb), while the body claims 'submitted today within the extended deadline of 16 "
                  "February'; union of four municipalities."),
       "mail-am6eur03lp2051.outbound.protection.outlook.example.com", "104.47.18.51", "4DgSb3Qh7Lz1",
       "b.merhebi@fayhaa-union.example.lb", extra=[("X-Mailer", "Microsoft Outlook 16.0")], lag=23)


def m24():
    when = at("2021-02-20 10:00:04")
    text = """مساء الخير

لو سمحتوا ممكن ترسلون لنا رابط الاجتماع حق يوم 23؟ وبعد نبي نعرف هل فيه ترجمة فورية عربي انجليزي ولا لا، لأن عندنا اثنين من أعضاء المجلس البلدي بيحضرون كمستمعين.

وشكراً مقدماً

نوف الهاجري
إدارة العلاقات العامة والإعلام
المجلس البلدي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    mk(24, when, 3, body, addr("نوف الهاجري", "n.alhajri@cmc.example.kw"), hdr("رابط الاجتماع"),
       "<7E2F4A9B-C1D3-4E5F-8A6B-9C0D1E2F3A4B@cmc.example.kw>",
       dict(category="other", language="ar", acknowledge=True, on_time=None,
            notes="Gulf (Kuwaiti) dialect (ترسلون، حق، نبي، بيحضرون); asks for the meeting link and interpretation; "
                  "council members will attend as listeners: not a speaking request; sent after both deadlines "
                  "(no deadline applies); iPhone, short two-word subject."),
       "mail.cmc.example.kw", "62.215.190.7", "4DjL0Tr4Kmz5", "n.alhajri@cmc.example.kw",
       extra=[("X-Mailer", "iPhone Mail (18D52)")])


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
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
