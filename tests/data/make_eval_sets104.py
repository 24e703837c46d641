#!/usr/bin/env python3
"""Write the blind evaluation set holdout104 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets104.py
Theme: assistants, chiefs of staff and protocol offices writing on behalf of senior officials
(ministers, ambassadors, deputy ministers, heads of agencies, MPs, mayors of capital cities).
"""
import datetime as dt
import json
import os
import re
from email.message import Message
from mailgen import (HERE, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout104")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h104-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
INVITE_MID = "<DB9PR08MB6713A4E2F0C1B7D55E2A9B3FC1C0@DB9PR08MB6713.eurprd08.prod.outlook.example.com>"
INVITE_SUBJ = "Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021"


def outlook_quote(frm, sent, to, subject, body, cc=None):
    s = "\n\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n%s" % (subject, body)
    return s


M01_TEXT = """Dear GCM Regional Review Team,

With reference to your kind invitation letter regarding the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region, I am writing on behalf of His Excellency Dr. Fawwaz Al-Rawashdeh, Minister of Labour of the Hashemite Kingdom of Jordan.

His Excellency would be pleased to take the floor during the plenary session of the Regional Review Conference on 24 February 2021, and we would be grateful if a speaking slot could be reserved accordingly.

For your records:
Name: H.E. Dr. Fawwaz Al-Rawashdeh
Title: Minister of Labour
Organization: Ministry of Labour - The Hashemite Kingdom of Jordan

Kindly direct all correspondence regarding His Excellency's participation to the undersigned, copying Mr. Laith Obeidat (Protocol Department).

Best regards,

Dana Al-Masri
Chief of Staff | Office of H.E. the Minister
Ministry of Labour
Amman - Jordan
Tel: +962 6 580 2666 ext. 1104

This e-mail and any attachments are confidential and intended solely for the addressee.
"""


def m01():
    when = at("2021-01-25 10:12:31")
    sent = when - dt.timedelta(seconds=2)
    text = M01_TEXT
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>"
            "</head><body lang=\"EN-US\" link=\"#0563C1\"><div class=\"WordSection1\">\n"
            + "\n".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>" % (esc(l) if l else "&nbsp;") for l in text.split("\n"))
            + "\n</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_AM6PR0302MB3391C2E7F1A44B0D8E6AD19CB1BD9AM6PR0302MB3391_")
    rows = std_rows(when, "mail.mol.example.gov.jo", "193.188.71.20", "4DPQ1m2XkZz9r",
                    "Dana Al-Masri <d.almasri@mol.example.gov.jo>",
                    "Request for speaking slot - H.E. Minister of Labour - GCM Regional Review",
                    rfcdate(sent), "<AM6PR0302MB3391C2E7F1A44B0D8E6AD19CB1BD9@AM6PR0302MB3391.eurprd03.prod.outlook.example.com>",
                    ret="d.almasri@mol.example.gov.jo",
                    extra=[("Thread-Topic", "Request for speaking slot - H.E. Minister of Labour - GCM Regional Review"),
                           ("Thread-Index", "AdbzA1k7rQx2m0JbT9u1cVZ3eKp8Lw=="),
                           ("X-MS-Has-Attach", ""), ("Accept-Language", "en-US, ar-JO")])
    rows.insert(6, ("Cc", "Laith Obeidat <l.obeidat@mol.example.gov.jo>"))
    add(1, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Fawwaz Al-Rawashdeh", "Minister of Labour",
                     "Ministry of Labour - The Hashemite Kingdom of Jordan", ["plenary"])],
        notes="chief of staff writes for the minister (sender is not the speaker, her own title 'Chief of Staff' "
              "must not be taken); 'His Excellency Dr.' / 'H.E. Dr.' honorifics dropped; opens the thread that "
              "h104-09 later revises (minister replaced by his Secretary General)."))


def m02():
    when = at("2021-01-27 13:40:05")
    sent = when - dt.timedelta(seconds=4)
    text = """السادة الكرام في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،
تحية طيبة وبعد،

بالإشارة إلى كتاب الدعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّني أن أُعلمكم برغبة معالي وزير الشؤون الاجتماعية الدكتور نبيل فرحات في المشاركة بمداخلة خلال الطاولة المستديرة الثالثة، وذلك يوم 24 شباط/فبراير 2021.

وعليه نرجو التكرّم بإدراج معاليه ضمن قائمة المتحدثين، علماً بأن معاليه سيشارك عبر الاتصال المرئي من بيروت، وأن التنسيق التقني سيكون مع مكتبنا مباشرةً.

نشكر لكم حسن تعاونكم، وتفضلوا بقبول فائق الاحترام والتقدير.

ريما الحاج
مديرة مكتب معالي الوزير
وزارة الشؤون الاجتماعية – الجمهورية اللبنانية
بيروت – لبنان
"""
    html = ('<div dir="rtl">' + text2html(text) + "</div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000d41f7c05b9e0a1c3")
    rows = std_rows(when, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DQn3B0yTqz7k",
                    addr("ريما الحاج", "rima.hajj.mosa@gmail.example.com"),
                    hdr("طلب مشاركة معالي وزير الشؤون الاجتماعية - الاستعراض الإقليمي للاتفاق العالمي للهجرة"),
                    rfcdate(sent),
                    "<CAJ7wP0rX2mBq9tLk4sN1eYv8cR3uHf6zA5dG0oW_pE9iQm2@mail.gmail.example.com>",
                    ret="rima.hajj.mosa@gmail.example.com")
    add(2, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("نبيل فرحات", "وزير الشؤون الاجتماعية", "وزارة الشؤون الاجتماعية – الجمهورية اللبنانية",
                     ["roundtable"], 3)],
        notes="office director writes from a personal Gmail for the minister; title comes before the name and is "
              "wrapped around it ('معالي وزير الشؤون الاجتماعية الدكتور نبيل فرحات'): drop معالي and الدكتور; "
              "affiliation only in the sender's signature; 'الطاولة المستديرة الثالثة' = roundtable 3."))


def m03():
    when = at("2021-01-28 11:02:44")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Mesdames, Messieurs,

Le Bureau du Protocole du Ministère accuse réception de votre lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

Avant de vous transmettre la désignation officielle de l'intervenant, Son Excellence Monsieur le Ministre délégué chargé de la Communauté nationale à l'étranger souhaiterait obtenir les précisions suivantes :

1- La conférence des 24 et 25 février se tiendra-t-elle exclusivement en mode virtuel, ou une présence physique à Beyrouth est-elle envisagée ?
2- L'interprétation simultanée arabe/français sera-t-elle assurée dans toutes les sessions, y compris les tables rondes ?
3- Un ordre de préséance protocolaire est-il prévu pour les interventions des membres de gouvernement ?
4- Les délégations peuvent-elles transmettre une déclaration écrite à verser au compte rendu ?

Nous vous serions reconnaissants de bien vouloir nous répondre dans les meilleurs délais.

Veuillez agréer, Mesdames, Messieurs, l'expression de notre haute considération.

--
Sofiane Belkacem
Chargé d'études et de synthèse
Bureau du Protocole
Ministère des Affaires Étrangères et de la Communauté nationale à l'étranger
Alger
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.mae.example.gov.dz", "41.111.200.34", "4DR0sF6hLmz4c",
                    "Sofiane Belkacem <s.belkacem@mae.example.gov.dz>",
                    hdr("Demande de précisions - Examen régional du PMM (Bureau du Protocole)", "utf-8", "Q"),
                    rfcdate(sent),
                    "<6b2f1c9e-4d7a-3e88-a1f0-7c5d2e9b8a14@mae.example.gov.dz>",
                    ret="s.belkacem@mae.example.gov.dz",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                           ("Content-Language", "fr")])
    add(3, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=True, on_time=None,
        notes="protocol office asks four logistics questions 'avant de vous transmettre la désignation de "
              "l'intervenant': mentions Son Excellence the Minister delegate and the tables rondes but proposes no "
              "speaker yet; Thunderbird format=flowed 8bit."))


def m04():
    when = at("2021-01-29 08:15:20")
    sent = tz(when - dt.timedelta(seconds=1), 1)
    text = """شكراً لرسالتكم.

مكتب سعادة السفير مغلق حالياً بمناسبة عطلة نهاية الأسبوع، وسيتم الرد على رسالتكم فور استئناف العمل يوم الأحد 31 يناير 2021.
للأمور العاجلة يرجى الاتصال بالرقم: 4455 919 22 41+

Thank you for your message. The Office of the Ambassador is closed for the weekend. Your e-mail will be handled as from Sunday 31 January 2021.

مكتب سعادة السفير
Office of the Ambassador
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.kwmission-gva.example.org", "195.186.4.77", "4DRk0Yw1HRz2p",
                    addr("مكتب سعادة السفير", "amb.office@kwmission-gva.example.org"),
                    hdr("رد تلقائي: " + INVITE_SUBJ),
                    rfcdate(sent),
                    "<a7d0e3b1c25f4e0a9b6f12d8e4c7a930@kwmission-gva.example.org>",
                    ret="",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("Precedence", "auto_reply")])
    rows = [(k, "<>" if (k == "Return-Path") else v) for k, v in rows]
    rows.append(("In-Reply-To", INVITE_MID))
    rows.append(("References", INVITE_MID))
    add(4, when, top(body, rows), dict(
        category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="bilingual (Arabic first) out-of-office from an ambassador's office, replying to the invitation mail; "
              "Auto-Submitted/Precedence headers, empty Return-Path; mentions 'سعادة السفير' but is a robot."))


ACK02_MID = "<ack.20210127.1141@gcmrrarabstates.iom.example.int>"
MID02 = "<CAJ7wP0rX2mBq9tLk4sN1eYv8cR3uHf6zA5dG0oW_pE9iQm2@mail.gmail.example.com>"


def m05():
    when = at("2021-01-29 12:31:09")
    sent = when - dt.timedelta(seconds=5)
    text = """شكراً جزيلاً على التأكيد، وبانتظار التفاصيل التقنية للمداخلة.
مع التحية
ريما

أُرسلت من الـ iPhone

> في ٢٨‏/٠١‏/٢٠٢١، الساعة ٩:٠٢ ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
> 
> نشكركم على رسالتكم. تم تسجيل طلب المداخلة الخاص بمعالي الوزير، وسنوافيكم بالتفاصيل لاحقاً.
> 
> Thank you for your message. Your speaking request has been recorded.
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DRqZ52M8vz3x",
                    addr("ريما الحاج", "rima.hajj.mosa@gmail.example.com"),
                    re_hdr("Re: ", "تم الاستلام: طلب مشاركة معالي وزير الشؤون الاجتماعية"),
                    rfcdate(sent),
                    "<4E1C0B7D-93A2-4F55-8C6E-2D1A7B90F3E4@gmail.example.com>",
                    ret="rima.hajj.mosa@gmail.example.com",
                    extra=[("X-Mailer", "iPhone Mail (18C66)")])
    rows.append(("In-Reply-To", ACK02_MID))
    rows.append(("References", MID02 + " " + ACK02_MID))
    add(5, when, top(body, rows), dict(
        category="other", language="ar", acknowledge=False, on_time=None, thread_of="h104-02.eml",
        notes="thank-you reply (iPhone) to our acknowledgement of h104-02: adds nothing new, so no acknowledgement; "
              "quotes our bilingual ack, References carry the original request's Message-ID."))


def insert_after(rows, key, new):
    i = [k for k, _ in rows].index(key)
    rows.insert(i + 1, new)


def m06():
    when = at("2021-02-01 09:47:55")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = "Dear Sir/Madam,\n\nPlease find attached.\n\nBest regards,\nNoura\n\nSent from my iPhone\n"
    pdf = make_pdf([
        "PERMANENT MISSION OF THE REPUBLIC OF IRAQ",
        "TO THE UNITED NATIONS OFFICE AND OTHER INTERNATIONAL ORGANIZATIONS IN GENEVA",
        "",
        "Ref.: PMI/GVA/2021/117                                   Geneva, 29 January 2021",
        "",
        "The Permanent Mission of the Republic of Iraq to the United Nations Office and other",
        "International Organizations in Geneva presents its compliments to the Regional United",
        "Nations Network on Migration for the Arab Region and, with reference to the invitation",
        "to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration,",
        "has the honour to inform that H.E. Mr. Haider Al-Obaidi, Ambassador and Permanent",
        "Representative, wishes to deliver a floor intervention in Thematic Roundtable 1 of the",
        "Regional Review Conference (24-25 February 2021).",
        "",
        "The Mission kindly requests that its focal point, Ms. Noura Jabbar, Second Secretary",
        "(n.jabbar@iraqmission-gva.example.org), be copied on all related correspondence.",
        "",
        "The Permanent Mission of the Republic of Iraq avails itself of this opportunity to renew",
        "to the Regional United Nations Network on Migration the assurances of its highest",
        "consideration.",
        "",
        "                                                            [seal]",
    ])
    fname = "NV 117-2021 GCM Regional Review.pdf"
    body = multi("mixed", [
        leaf("text/plain", text, "us-ascii", "7bit"),
        leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
             disp='attachment; filename="%s"' % fname),
    ], "Apple-Mail-7F3A1C22-9B4E-4D61-A0C8-5E2F71D39B06")
    rows = std_rows(when, "mail.iraqmission-gva.example.org", "194.209.61.18", "4DTZ3kq0p9z1m",
                    "Noura Jabbar <n.jabbar@iraqmission-gva.example.org>",
                    "Letter from the Permanent Mission of Iraq", rfcdate(sent),
                    "<C1B9E6A4-2F7D-4E03-9D58-6A0B3E7F1C92@iraqmission-gva.example.org>",
                    ret="n.jabbar@iraqmission-gva.example.org",
                    extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(6, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Haider Al-Obaidi", "Ambassador and Permanent Representative",
                     "Permanent Mission of the Republic of Iraq to the United Nations Office and other "
                     "International Organizations in Geneva", ["roundtable"], 1)],
        notes="the body only says 'Please find attached' (iPhone): the whole request is a note verbale in the PDF "
              "(speaker, title, mission, 'Thematic Roundtable 1'); the sender (Second Secretary, focal point) is "
              "not the speaker; the PDF is a letter, not a voluntary report."))


def m07():
    when = at("2021-02-02 14:20:18")
    sent = when - dt.timedelta(seconds=3)
    text = """Madame, Monsieur,

Suite à la lettre d'invitation du Réseau régional des Nations Unies sur les migrations, nous avons le plaisir de vous informer que S.E. M. Karim Sabbagh, Président du Conseil municipal de Beyrouth, souhaiterait prendre la parole lors de la table ronde thématique n° 4 de la Conférence d'examen régional.

M. le Président tient particulièrement à partager l'expérience de la Ville dans l'accueil des travailleurs migrants et des familles déplacées depuis l'explosion du 4 août.

Nous restons à votre entière disposition pour tout complément d'information et vous prions de bien vouloir nous tenir informés de la suite réservée à cette demande.

Avec nos salutations distinguées,

Secrétariat du Président
Municipalité de Beyrouth – Bureau du Président du Conseil municipal
Tél. : +961 1 98 76 54
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
            "<body><div style=\"font-family:Tahoma;font-size:10pt\">\n" + text2html(text)
            + "\n</div></body></html>\n")
    # the text has an en dash; Outlook would pick windows-1252
    body = multi("alternative", [leaf("text/plain", text, "windows-1252", "quoted-printable"),
                                 leaf("text/html", html.replace("iso-8859-1", "windows-1252"), "windows-1252",
                                      "quoted-printable")],
                 "_000_VI1PR06MB4288E9B2A1D34F6C77E0B51AD8B50VI1PR06MB4288eurp_")
    rows = std_rows(when, "mail.beirut-municipality.example.gov.lb", "185.89.44.12", "4DVCx1y7Q3z8n",
                    addr("Secrétariat du Président - Municipalité de Beyrouth",
                         "secretariat.president@beirut-municipality.example.gov.lb", "iso-8859-1", "Q"),
                    hdr("Demande d'intervention - S.E. le Président du Conseil municipal de Beyrouth", "iso-8859-1", "Q"),
                    rfcdate(sent),
                    "<VI1PR06MB4288E9B2A1D34F6C77E0B51AD8B50@VI1PR06MB4288.eurprd06.prod.outlook.example.com>",
                    ret="secretariat.president@beirut-municipality.example.gov.lb")
    add(7, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Karim Sabbagh", "Président du Conseil municipal de Beyrouth",
                     "Municipalité de Beyrouth – Bureau du Président du Conseil municipal", ["roundtable"], 4)],
        notes="mayor of the capital, written by an unnamed secretariat (no personal sender name); title in long "
              "form contains the city, the affiliation only in the signature; S.E./M. dropped; 'table ronde "
              "thématique n° 4'; windows-1252 quoted-printable."))


def m08():
    when = at("2021-02-03 10:05:42")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    mission = "الوفد الدائم لدولة الكويت لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى في جنيف"
    text = """السلام عليكم ورحمة الله وبركاته،
طيبين إن شاء الله؟

حسب ما طلبتوا في خطاب الدعوة، مرفق لكم بيانات المتحدثين من طرف الوفد الدائم:

| الاسم | المسمى الوظيفي | الجهة | نوع المشاركة |
| سعادة السفير ناصر عبدالله الهاجري | السفير، المندوب الدائم | %s | مداخلة في الجلسة العامة |
| السيدة دلال يوسف المطيري | سكرتير أول | نفس الجهة | مداخلة في إحدى الطاولات المستديرة |

بالنسبة للطاولة المستديرة، نبي نأكد معاكم أي طاولة تناسب موضوع العمالة المنزلية قبل ما نحدد.

ولكم جزيل الشكر،
عبدالعزيز الرشيدي
مكتب سعادة السفير
""" % mission
    cell = 'style="border:1px solid #999;padding:4px"'
    html = ('<div dir="rtl" style="font-family:Arial">السلام عليكم ورحمة الله وبركاته،<br>طيبين إن شاء الله؟<br><br>'
            'حسب ما طلبتوا في خطاب الدعوة، مرفق لكم بيانات المتحدثين من طرف الوفد الدائم:<br><br>'
            '<table dir="rtl" style="border-collapse:collapse">'
            '<tr><th {c}>الاسم</th><th {c}>المسمى الوظيفي</th><th {c}>الجهة</th><th {c}>نوع المشاركة</th></tr>'
            '<tr><td {c}>سعادة السفير ناصر عبدالله الهاجري</td><td {c}>السفير، المندوب الدائم</td><td {c}>{m}</td>'
            '<td {c}>مداخلة في الجلسة العامة</td></tr>'
            '<tr><td {c}>السيدة دلال يوسف المطيري</td><td {c}>سكرتير أول</td><td {c}>نفس الجهة</td>'
            '<td {c}>مداخلة في إحدى الطاولات المستديرة</td></tr></table><br>'
            'بالنسبة للطاولة المستديرة، نبي نأكد معاكم أي طاولة تناسب موضوع العمالة المنزلية قبل ما نحدد.<br><br>'
            'ولكم جزيل الشكر،<br>عبدالعزيز الرشيدي<br>مكتب سعادة السفير</div>\n').format(c=cell, m=mission)
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", html_wrap(html), "utf-8", "base64")],
                 "_000_DB7PR02MB5120A3F81C9D4E26B0A7F3E8D41B0DB7PR02MB5120eurp_")
    rows = std_rows(when, "mail.kwmission-gva.example.org", "195.186.4.77", "4DVxR7m2Ltz5q",
                    addr("عبدالعزيز الرشيدي", "a.alrashidi@kwmission-gva.example.org"),
                    hdr("بيانات المتحدثين - الوفد الدائم لدولة الكويت - جنيف"),
                    rfcdate(sent),
                    "<DB7PR02MB5120A3F81C9D4E26B0A7F3E8D41B0@DB7PR02MB5120.eurprd02.prod.outlook.example.com>",
                    ret="a.alrashidi@kwmission-gva.example.org")
    add(8, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("ناصر عبدالله الهاجري", "السفير، المندوب الدائم", mission, ["plenary"]),
                  sp("دلال يوسف المطيري", "سكرتير أول", mission, ["roundtable"])],
        notes="Gulf colloquial (طلبتوا، نبي نأكد، معاكم) from the ambassador's office; two speakers in a table "
              "(plain-text pipes + HTML table); 'سعادة السفير' and 'السيدة' dropped from names; second row says "
              "'نفس الجهة' (same body) so the mission is repeated; roundtable requested but number deliberately "
              "left open -> roundtable null."))


MID01 = "<AM6PR0302MB3391C2E7F1A44B0D8E6AD19CB1BD9@AM6PR0302MB3391.eurprd03.prod.outlook.example.com>"


def m09():
    when = at("2021-02-03 16:44:03")
    sent = when - dt.timedelta(seconds=2)
    quoted = outlook_quote("Dana Al-Masri", "Monday, January 25, 2021 10:12 AM", "gcmrrarabstates@iom.int",
                           "Request for speaking slot - H.E. Minister of Labour - GCM Regional Review",
                           M01_TEXT, cc="Laith Obeidat")
    text = """Dear colleagues,

Further to my email below, please note that owing to an unforeseen commitment at the Council of Ministers on 24 February, His Excellency the Minister will regrettably not be able to participate in person.

His Excellency has delegated his deputy, Eng. Rana Khreisat, Secretary General of the Ministry of Labour, to deliver the intervention on his behalf in the same plenary session. Kindly update your speakers list accordingly and share any connection details with Eng. Khreisat's office (r.khreisat@mol.example.gov.jo), copying me.

Apologies for any inconvenience.

Best regards,
Dana Al-Masri
Chief of Staff | Office of H.E. the Minister
Ministry of Labour
Amman - Jordan
""" + quoted
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body lang=\"EN-US\"><div class=\"WordSection1\">\n" + text2html(text) + "\n</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_AM6PR0302MB33917B0E5D2A4C19F3E6A88CB1C02AM6PR0302MB3391_")
    rows = std_rows(when, "mail.mol.example.gov.jo", "193.188.71.20", "4DW6n8pTvBz1d",
                    "Dana Al-Masri <d.almasri@mol.example.gov.jo>",
                    "RE: Request for speaking slot - H.E. Minister of Labour - GCM Regional Review",
                    rfcdate(sent),
                    "<AM6PR0302MB33917B0E5D2A4C19F3E6A88CB1C02@AM6PR0302MB3391.eurprd03.prod.outlook.example.com>",
                    ret="d.almasri@mol.example.gov.jo",
                    extra=[("Thread-Topic", "Request for speaking slot - H.E. Minister of Labour - GCM Regional Review"),
                           ("Thread-Index", "AdbzA1k7rQx2m0JbT9u1cVZ3eKp8LwHSy2Qa")])
    insert_after(rows, "To", ("Cc", "Laith Obeidat <l.obeidat@mol.example.gov.jo>, "
                                    "Rana Khreisat <r.khreisat@mol.example.gov.jo>"))
    rows.append(("In-Reply-To", MID01))
    rows.append(("References", MID01))
    add(9, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of="h104-01.eml",
        speakers=[sp("Rana Khreisat", "Secretary General",
                     "Ministry of Labour - The Hashemite Kingdom of Jordan", ["plenary"])],
        notes="follow-up replacing the minister of h104-01 by his deputy: only the deputy is the speaker now "
              "(the minister's name still appears in the quoted original); 'Eng.' dropped; role carried over by "
              "'in the same plenary session'; affiliation from the thread (Ministry of Labour, Jordan)."))


def m10():
    when = at("2021-02-04 09:31:27")
    sent = tz(when - dt.timedelta(seconds=11), 3)
    text = """Dear Sir / Madam,

Greetings from the Ministry of Labour and Social Development of the Kingdom of Bahrain.

Upon instructions of His Excellency Mr. Khalid bin Rashid Al-Mannai, Minister of Labour and Social Development, please find attached:

1. The Kingdom of Bahrain's national voluntary GCM review report (2019-2020);
2. His Excellency's official cover letter.

In addition, His Excellency would like to participate in the open discussion of the multi-stakeholder consultation on 23 February and, time permitting, to deliver a short statement in the plenary session of the conference.

We would appreciate your confirmation of receipt.

With best regards,

Fatima Al-Sayed
Director, Office of the Minister
Ministry of Labour and Social Development
Kingdom of Bahrain
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body lang=\"EN-US\"><div class=\"WordSection1\">\n" + text2html(text)
            + '\n<p><img width="120" height="40" src="cid:image001.png@01D6FAB4.3C2E1F90" alt="MLSD logo"></p>'
            "\n</div></body></html>\n")
    report = make_pdf([
        "KINGDOM OF BAHRAIN - MINISTRY OF LABOUR AND SOCIAL DEVELOPMENT",
        "National Voluntary Review of the Implementation of the Global Compact for Safe,",
        "Orderly and Regular Migration (GCM) - 2019-2020",
        "",
        "1. Introduction and methodology",
        "2. Policy and institutional framework (Objectives 1, 6, 18)",
        "3. Flexi-permit reform and wage protection system",
        "4. Access to justice for migrant workers (Objective 16)",
        "5. COVID-19 response for migrant workers",
        "6. Challenges and next steps",
    ])
    cover = make_pdf([
        "Office of the Minister of Labour and Social Development",
        "Ref: OM/2021/0214                                    Manama, 3 February 2021",
        "",
        "Regional UN Network on Migration - Arab States",
        "",
        "Subject: GCM Regional Review - submission of the national voluntary report",
        "",
        "I have the pleasure to transmit herewith the national voluntary GCM review report of",
        "the Kingdom of Bahrain and to confirm my participation in the Regional Review.",
        "",
        "Khalid bin Rashid Al-Mannai",
        "Minister of Labour and Social Development",
    ])
    rep_name = "Bahrain_National_GCM_Voluntary_Review_Report_2019-2020.pdf"
    cov_name = "Cover letter - HE Minister.pdf"
    related = multi("related", [
        multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
              "_000_AS8PR02MB7094F1A2C3B4D5E6F708192A3B4C5AS8PR02MB7094eurp_"),
        leaf("image/png", make_png(12, 4, (120, 20, 40)), cte="base64", params=[("name", '"image001.png"')],
             disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FAB4.3C2E1F90>")]),
    ], "_004_AS8PR02MB7094F1A2C3B4D5E6F708192A3B4C5AS8PR02MB7094eurp_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [
        related,
        leaf("application/pdf", report, cte="base64", params=[("name", '"%s"' % rep_name)],
             disp='attachment; filename="%s"' % rep_name),
        leaf("application/pdf", cover, cte="base64", params=[("name", '"%s"' % cov_name)],
             disp='attachment; filename="%s"' % cov_name),
    ], "_005_AS8PR02MB7094F1A2C3B4D5E6F708192A3B4C5AS8PR02MB7094eurp_")
    rows = std_rows(when, "mail.mlsd.example.gov.bh", "80.88.240.17", "4DWcL2bN0kz6t",
                    "Fatima Al-Sayed <fatima.alsayed@mlsd.example.gov.bh>",
                    "Kingdom of Bahrain - National GCM Voluntary Review Report & participation of H.E. the Minister",
                    rfcdate(sent),
                    "<AS8PR02MB7094F1A2C3B4D5E6F708192A3B4C5@AS8PR02MB7094.eurprd02.prod.outlook.example.com>",
                    ret="fatima.alsayed@mlsd.example.gov.bh",
                    extra=[("X-MS-Has-Attach", "yes")])
    add(10, when, top(body, rows), dict(
        category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Khalid bin Rashid Al-Mannai", "Minister of Labour and Social Development",
                     "Ministry of Labour and Social Development of the Kingdom of Bahrain",
                     ["open_discussion", "plenary"])],
        report_attachments=["Bahrain_National_GCM_Voluntary_Review_Report_2019-2020.pdf"],
        notes="ministry sends its report and proposes the minister in the same mail (written by the director of "
              "his office); two PDFs but only one is the report (the other is the minister's cover letter) plus an "
              "inline logo; two roles ('open discussion' + 'time permitting ... plenary'); 'His Excellency Mr.' dropped."))


def m11():
    when = at("2021-02-04 12:12:12")
    sent = when - dt.timedelta(seconds=4)
    text = """Dear colleagues,

I write from the Protocol Office of the Greater Amman Municipality regarding the Regional Review of the GCM (23-25 Feb).

His Excellency the Mayor of Greater Amman plans to follow the conference on 24 February as a participant. To be clear, His Excellency does not intend to take the floor, so no speaking slot is needed. We would however appreciate your guidance on the following:

- which platform will be used (Zoom / Webex / Teams?) and whether links are personal or shared
- whether a technical test is foreseen before the 24th
- whether His Excellency may be accompanied online by two advisers as observers
- whether the conference documents (programme, concept notes of the roundtables) will be available in Arabic

Many thanks in advance,

Hala Nsour
Protocol Office | Greater Amman Municipality
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "7bit"),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8")],
                 "0000000000003be8a205ba8d22f1")
    rows = std_rows(when, "mail-lf1-f52.google.example.com", "209.85.167.52", "4DWm0Hh5Xnz2w",
                    "Hala Nsour <hala.nsour.gam@gmail.example.com>",
                    "GAM Protocol - participation of H.E. the Mayor - practical questions",
                    rfcdate(sent),
                    "<CAPn8w2v9QxKm4T-7zR1yLb0eHs3uJf5dNc6aWq8gXo1rVt_k3A@mail.gmail.example.com>",
                    ret="hala.nsour.gam@gmail.example.com")
    add(11, when, top(body, rows), dict(
        category="other", language="en", acknowledge=True, on_time=None,
        notes="protocol office of a capital-city mayor asks logistics questions and explicitly says the Mayor will "
              "NOT take the floor: no speaker despite 'His Excellency', 'floor', 'roundtables'."))


def m12():
    when = at("2021-02-04 15:50:36")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = """السلام عليكم،

أنا المساعدة البرلمانية ديال السيدة النائبة خديجة العلمي، عضوة لجنة القطاعات الاجتماعية بمجلس النواب.
بغينا نعرفو واش البرلمانيين يقدرو يشاركو فالمشاورة ديال 23 فبراير ولا غير منظمات المجتمع المدني؟ وإلا كان ممكن، شنو هي الطريقة باش نسجلو؟ واش خاص رسالة رسمية من رئاسة المجلس؟

وشكرا بزاف مسبقا.

سلمى بناني
مساعدة برلمانية
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8",
                                      "base64")],
                 "000000000000f91a0c05ba8e5b27")
    rows = std_rows(when, "mail-qk1-f181.google.example.com", "209.85.222.181", "4DWsT9fR1cz8v",
                    addr("Salma Bennani", "salma.bennani.an@gmail.example.com"),
                    hdr("سؤال بخصوص مشاركة البرلمانيين"),
                    rfcdate(sent),
                    "<CAM3kVq0-8bYtR2nZc7Lw1pXe9Hj4sAd6fGu5mKo3iTy2Q@mail.gmail.example.com>",
                    ret="salma.bennani.an@gmail.example.com")
    add(12, when, top(body, rows), dict(
        category="other", language="ar", acknowledge=True, on_time=None,
        notes="Moroccan Darija (بغينا نعرفو، واش، شنو، باش) from an MP's parliamentary assistant asking whether "
              "MPs may take part and how to register: a question, not yet a speaker request, although it names "
              "the MP, her title and chamber; Latin display name, Arabic body."))


def m13():
    when = at("2021-02-05 16:20:48")
    sent = tz(when - dt.timedelta(seconds=14), 3)
    aff = "وزارة الهجرة والمهجرين – جمهورية العراق"
    text = """إلى/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة – الدول العربية
م/ الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة

تحية طيبة…

بناءً على توجيه معالي وزيرة الهجرة والمهجرين الدكتورة سهى جاسم الربيعي، نرفق لكم طياً التقرير الطوعي لوزارة الهجرة والمهجرين بشأن تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مع الكتاب الرسمي الخاص بالإرسال.

كما نود إعلامكم برغبة معاليها في إلقاء كلمة خلال الجلسة العامة للمؤتمر الإقليمي يوم 24 شباط 2021، راجين التفضل بإدراج اسمها ضمن قائمة المتحدثين.

مع وافر الاحترام والتقدير.

علي حسين الجبوري
مدير مكتب الوزير
%s
""" % aff
    report = make_pdf(["Republic of Iraq - Ministry of Migration and Displaced",
                       "GCM Voluntary Review Report - 2021 (Arabic original)",
                       "", "[Arabic text - 18 pages]"])
    letter = make_pdf(["Republic of Iraq - Ministry of Migration and Displaced - Office of the Minister",
                       "No. 4/1127   Date: 4/2/2021", "", "[Arabic official letter, signed and stamped]"])
    rep_name = "التقرير الطوعي - وزارة الهجرة والمهجرين 2021.pdf"
    let_name = "كتاب رسمي 1127.pdf"
    body = multi("mixed", [
        leaf("text/plain", text, "utf-8", "base64"),
        leaf("application/pdf", report, cte="base64", params=[("name", '"%s"' % b_word(rep_name))],
             disp="attachment; filename*=%s" % rfc2231(rep_name)),
        leaf("application/pdf", letter, cte="base64", params=[("name", '"%s"' % b_word(let_name))],
             disp="attachment; filename*=%s" % rfc2231(let_name)),
    ], "_004_VI1PR09MB3326D8A1B2C3E4F5A6B7C8D9E0F1VI1PR09MB3326eurp_")
    rows = std_rows(when, "mail.momd.example.gov.iq", "151.236.160.33", "4DX21qGk7Sz4b",
                    addr("علي حسين الجبوري", "minister.office@momd.example.gov.iq"),
                    hdr("التقرير الطوعي لوزارة الهجرة والمهجرين ومشاركة معالي الوزيرة"),
                    rfcdate(sent),
                    "<VI1PR09MB3326D8A1B2C3E4F5A6B7C8D9E0F1@VI1PR09MB3326.eurprd09.prod.outlook.example.com>",
                    ret="minister.office@momd.example.gov.iq")
    add(13, when, top(body, rows), dict(
        category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("سهى جاسم الربيعي", "وزيرة الهجرة والمهجرين", aff, ["plenary"])],
        report_attachments=[rep_name],
        notes="Iraqi administrative style (إلى/ ، م/ ، طياً) from the minister's office director: report + request "
              "for the minister to speak in the plenary; two Arabic-named PDFs (RFC 2231), only one is the report, "
              "the other the transmittal letter; honorifics معالي/الدكتورة dropped; both parts on time (5 Feb)."))


def m14():
    when = at("2021-02-05 23:52:40")
    sent = tz(when - dt.timedelta(seconds=10), 1)
    aff = ("Mission permanente du Royaume du Maroc auprès de l'Office des Nations Unies à Genève "
           "et des autres Organisations internationales en Suisse")
    text = """Madame, Monsieur,

J'ai l'honneur de vous informer, au nom de la Mission permanente du Royaume du Maroc, que Son Excellence Monsieur Youssef Bennani, Ambassadeur, Représentant permanent, souhaiterait intervenir lors de la table ronde n° 2 de la Conférence d'examen régional, et à défaut lors de la séance plénière.

Nous vous prions de bien vouloir excuser la transmission tardive de cette demande, intervenue à quelques minutes de l'échéance, en raison des consultations internes avec Rabat.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Imane El Fassi
Attachée
%s
Chemin François-Lehmann 18A, 1218 Grand-Saconnex
""" % aff
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body lang=\"FR\"><div class=\"WordSection1\">\n" + text2html(text) + "\n</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_PR3PR02MB6121B7C8D9E0F1A2B3C4D5E6F7A8PR3PR02MB6121eurp_")
    rows = std_rows(when, "mail.mission-maroc-gva.example.org", "195.65.12.201", "4DXLp3Wc0Fz9g",
                    "Imane El Fassi <i.elfassi@mission-maroc-gva.example.org>",
                    hdr("Demande d'intervention - S.E. l'Ambassadeur, Représentant permanent du Maroc", "utf-8", "Q"),
                    rfcdate(sent),
                    "<PR3PR02MB6121B7C8D9E0F1A2B3C4D5E6F7A8@PR3PR02MB6121.eurprd02.prod.outlook.example.com>",
                    ret="i.elfassi@mission-maroc-gva.example.org")
    add(14, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Youssef Bennani", "Ambassadeur, Représentant permanent", aff, ["roundtable", "plenary"], 2)],
        notes="deadline edge: received 23:52:40 Beirut on 5 Feb while the Date header is 22:52 +0100 (Geneva); "
              "sender (Attachée) apologises for lateness but it is on time; title 'Ambassadeur, Représentant "
              "permanent' with a comma; roundtable 2 first, plenary as fallback ('à défaut'); full mission name "
              "only in the signature."))


def m15():
    when = at("2021-02-06 00:04:10")
    sent = tz(when - dt.timedelta(seconds=12), -5)
    aff = "Permanent Observer Mission of the State of Palestine to the United Nations, New York"
    text = """Dear Colleagues,

Please find below the nominations of the State of Palestine for the Regional Review of the GCM, ahead of today's deadline:

1) H.E. Ambassador Nader Khalidi
   Deputy Permanent Observer, %s
   -> floor intervention in the plenary session

2) Ms. Lina Barghouti
   Deputy Minister of Labour for Migrant Affairs, Ministry of Labour - State of Palestine
   -> thematic roundtable 2 (labour migration / decent work), connecting from Ramallah

We remain at your disposal for any further information.

Kind regards,

Omar Zaki
Third Secretary
Permanent Observer Mission of the State of Palestine to the UN
115 East 65th Street, New York, NY 10065
""" % aff
    body = multi("alternative", [leaf("text/plain", text, "utf-8"),
                                 leaf("text/html", "<html><body><pre style=\"font-family:Calibri\">%s</pre></body></html>\n"
                                      % esc(text), "utf-8")],
                 "_000_BN6PR11MB4001E2F3A4B5C6D7E8F9A0B1C2D3BN6PR11MB4001namp_")
    rows = std_rows(when, "mail.palestine-un.example.org", "12.68.144.90", "4DXMb6Rk2Jz3h",
                    "Omar Zaki <o.zaki@palestine-un.example.org>",
                    "Nominations of speakers - State of Palestine - GCM Regional Review Arab Region",
                    rfcdate(sent),
                    "<BN6PR11MB4001E2F3A4B5C6D7E8F9A0B1C2D3@BN6PR11MB4001.namprd11.prod.outlook.example.com>",
                    ret="o.zaki@palestine-un.example.org")
    add(15, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Nader Khalidi", "Deputy Permanent Observer", aff, ["plenary"]),
                  sp("Lina Barghouti", "Deputy Minister of Labour for Migrant Affairs",
                     "Ministry of Labour - State of Palestine", ["roundtable"], 2)],
        notes="deadline edge: Date header Fri 5 Feb 17:03 -0500 (New York) and 'ahead of today's deadline', but "
              "received 6 Feb 00:04:10 Beirut: late; two speakers with different affiliations; 'H.E. Ambassador' "
              "is honorific + rank, title is 'Deputy Permanent Observer'; long-form title 'Deputy Minister of "
              "Labour for Migrant Affairs'; sender (Third Secretary) not a speaker."))


def m16():
    when = at("2021-02-09 10:26:33")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Madame, Monsieur,

D'ordre de Monsieur le Directeur général de l'Office des Tunisiens à l'Étranger (OTE), j'ai l'honneur de vous transmettre ci-joint la contribution de l'Office à l'examen volontaire du Pacte mondial sur les migrations (version provisoire).

La version définitive, visée par Monsieur le Directeur général, vous parviendra dans les prochains jours.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Mohamed Ali Trabelsi
Chef de cabinet du Directeur général
Office des Tunisiens à l'Étranger (OTE)
Tunis
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
            "<body lang=\"FR\"><div class=\"WordSection1\">\n" + text2html(text)
            + '\n<p><img src="cid:image001.png@01D6FEA1.5B7C8D90" width="90" height="30" alt="OTE"></p>'
            "\n</div></body></html>\n")
    docx = make_docx(["Office des Tunisiens à l'Étranger",
                      "Contribution à l'examen volontaire du Pacte mondial sur les migrations (PMM)",
                      "Version provisoire - février 2021",
                      "1. Contexte", "2. Mesures prises (objectifs 19 et 20)", "3. Défis"])
    dname = "Rapport_Examen_Volontaire_PMM_OTE_2021_V1.docx"
    related = multi("related", [
        multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
              "_000_AM0PR10MB2546C1D2E3F4A5B6C7D8E9F0A1B2AM0PR10MB2546eurp_"),
        leaf("image/png", make_png(9, 3, (200, 16, 46)), cte="base64", params=[("name", '"image001.png"')],
             disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FEA1.5B7C8D90>")]),
    ], "_004_AM0PR10MB2546C1D2E3F4A5B6C7D8E9F0A1B2AM0PR10MB2546eurp_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [
        related,
        leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % dname)], disp='attachment; filename="%s"' % dname),
    ], "_005_AM0PR10MB2546C1D2E3F4A5B6C7D8E9F0A1B2AM0PR10MB2546eurp_")
    rows = std_rows(when, "mail.ote.example.tn", "197.13.8.41", "4DZ7k1Nw5Lz6s",
                    "Mohamed Ali Trabelsi <cabinet.dg@ote.example.tn>",
                    hdr("Transmission de la contribution de l'OTE - Examen régional du PMM", "iso-8859-1", "Q"),
                    rfcdate(sent),
                    "<AM0PR10MB2546C1D2E3F4A5B6C7D8E9F0A1B2@AM0PR10MB2546.eurprd10.prod.outlook.example.com>",
                    ret="cabinet.dg@ote.example.tn")
    add(16, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[dname],
        notes="chef de cabinet sends the agency's report 'd'ordre de Monsieur le Directeur général' (no speaker "
              "proposed); provisional DOCX + inline logo image; iso-8859-1; the signed version follows in h104-19."))


def m17():
    when = at("2021-02-10 11:45:19")
    sent = tz(when - dt.timedelta(seconds=5), 4)
    text = """الله يعطيكم العافية،

حسب خطاب الدعوة (النسخة العربية) آخر موعد لطلبات المداخلات هو يوم الجمعة 23 فبراير، فحبينا نرسل لكم من الحين طلب مشاركة سعادة السيد سالم بن ناصر الحارثي، وكيل وزارة العمل المساعد لشؤون العمالة الوافدة، في الطاولة المستديرة الخاصة بالعمالة الوافدة وحماية الأجور.

بيانات المتحدث:
سالم بن ناصر الحارثي – وكيل وزارة العمل المساعد لشؤون العمالة الوافدة – وزارة العمل، سلطنة عُمان

نرجو تأكيد الاستلام، وشاكرين لكم تعاونكم.

مع خالص التحية،
مريم البلوشي
سكرتيرة سعادة الوكيل المساعد
وزارة العمل – مسقط
"""
    body = leaf("text/plain", text, "windows-1256", "base64")
    rows = std_rows(when, "mail.mol.example.gov.om", "5.36.118.9", "4DbLw0Xz9Mz2r",
                    addr("مريم البلوشي", "m.albalushi@mol.example.gov.om", "windows-1256"),
                    hdr("طلب مشاركة سعادة الوكيل المساعد لشؤون العمالة الوافدة", "windows-1256"),
                    rfcdate(sent),
                    "<OM2PR04MB5517A9B8C7D6E5F4A3B2C1D0E9F8@OM2PR04MB5517.apcprd04.prod.outlook.example.com>",
                    ret="m.albalushi@mol.example.gov.om")
    add(17, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("سالم بن ناصر الحارثي", "وكيل وزارة العمل المساعد لشؤون العمالة الوافدة",
                     "وزارة العمل، سلطنة عُمان", ["roundtable"])],
        notes="relies on the Arabic letter's misprinted speaker deadline ('الجمعة 23 فبراير'): sent 10 Feb, after "
              "the real 5 Feb deadline -> late but still acknowledged; Gulf colloquial (حبينا، من الحين، شاكرين); "
              "سعادة السيد dropped; long-form title; roundtable named by theme, no number -> null; windows-1256."))


def m18():
    when = at("2021-02-11 14:08:51")
    sent = tz(when - dt.timedelta(seconds=3), 3)
    text = """Dear GCM Regional Review team,

On behalf of Hon. Dr. Intisar Al-Jubouri, MP, Chairperson of the Committee on Labour, Social Affairs and Migration of the Council of Representatives of Iraq, I'm pleased to share the attached parliamentary contribution to the voluntary GCM review.

The contribution reflects hearings the committee held in Nov-Dec 2020 with the ministries concerned, trade unions and returnee associations. It is submitted as a contribution of the Committee and not as the official position of the Government.

Could you pls confirm receipt?

Thanks & regards,
Zaid Kareem
Parliamentary Adviser
Office of Hon. Dr. Intisar Al-Jubouri
Council of Representatives of Iraq - Baghdad

-- 
Sent with Thunderbird
"""
    docx = make_docx(["Council of Representatives of Iraq",
                      "Committee on Labour, Social Affairs and Migration",
                      "Parliamentary contribution to the voluntary review of the GCM - February 2021",
                      "Summary of hearings (Nov-Dec 2020)", "Recommendations"])
    dname = "Parliamentary contribution - GCM review - CoR Iraq.docx"
    body = multi("mixed", [
        leaf("text/plain", flowed(text), "UTF-8", "7bit", params=[("format", "flowed")]),
        leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % dname)], disp='attachment;\r\n filename="%s"' % dname),
    ], "------------5C0E2A9D7B1F3E8A6C4D2B10")
    rows = std_rows(when, "mail.cor-iq.example.org", "37.236.45.110", "4DbtG8Yq3Vz5c",
                    "Zaid Kareem <z.kareem@cor-iq.example.org>",
                    "Parliamentary contribution to the GCM voluntary review - CoR Iraq",
                    rfcdate(sent), "<a3f1d9c2-7e4b-8a05-1c6d-2b9e0f7a4c18@cor-iq.example.org>",
                    ret="z.kareem@cor-iq.example.org",
                    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                           ("Content-Language", "en-GB")])
    add(18, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[dname],
        notes="parliamentary adviser sends an MP-chaired committee's contribution as a DOCX; the MP is named with "
              "honorifics (Hon. Dr., MP) and a long title but is NOT proposed as a speaker; Thunderbird "
              "format=flowed."))


MID16 = "<AM0PR10MB2546C1D2E3F4A5B6C7D8E9F0A1B2@AM0PR10MB2546.eurprd10.prod.outlook.example.com>"


def m19():
    when = at("2021-02-15 09:12:07")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Madame, Monsieur,

Suite à notre envoi du 9 février 2021, j'ai l'honneur de vous transmettre ci-joint la version définitive et signée de la contribution de l'Office des Tunisiens à l'Étranger, qui annule et remplace la version provisoire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Mohamed Ali Trabelsi
Chef de cabinet du Directeur général
Office des Tunisiens à l'Étranger (OTE)

De : Mohamed Ali Trabelsi
Envoyé : mardi 9 février 2021 09:26
À : gcmrrarabstates@iom.int
Objet : Transmission de la contribution de l'OTE - Examen régional du PMM

Madame, Monsieur,

D'ordre de Monsieur le Directeur général de l'Office des Tunisiens à l'Étranger (OTE), j'ai l'honneur de vous transmettre ci-joint la contribution de l'Office à l'examen volontaire du Pacte mondial sur les migrations (version provisoire).
[...]
"""
    pdf = make_pdf(["Office des Tunisiens a l'Etranger (OTE)",
                    "Contribution a l'examen volontaire du Pacte mondial sur les migrations",
                    "Version definitive - fevrier 2021", "", "[signe et cachete]"])
    pname = "Rapport_Examen_Volontaire_PMM_OTE_2021_VF_signé.pdf"
    body = multi("mixed", [
        leaf("text/plain", text, "iso-8859-1"),
        leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(pname, "iso-8859-1"))],
             disp="attachment; filename*=%s" % rfc2231(pname, "iso-8859-1")),
    ], "_004_AM0PR10MB25469F8E7D6C5B4A3928171605F4AM0PR10MB2546eurp_")
    rows = std_rows(when, "mail.ote.example.tn", "197.13.8.41", "4Df9Qm6Lx0z1y",
                    "Mohamed Ali Trabelsi <cabinet.dg@ote.example.tn>",
                    hdr("RE: Transmission de la contribution de l'OTE - Examen régional du PMM - version définitive",
                        "iso-8859-1", "Q"),
                    rfcdate(sent),
                    "<AM0PR10MB25469F8E7D6C5B4A3928171605F4@AM0PR10MB2546.eurprd10.prod.outlook.example.com>",
                    ret="cabinet.dg@ote.example.tn")
    rows.append(("In-Reply-To", MID16))
    rows.append(("References", MID16))
    add(19, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True, thread_of="h104-16.eml",
        report_attachments=[pname],
        notes="signed final version 'qui annule et remplace' the provisional report of h104-16 (reply to own mail, "
              "Outlook French quote header); file name with é, RFC 2231 in iso-8859-1."))


def m20():
    when = at("2021-02-15 17:33:29")
    sent = tz(when - dt.timedelta(seconds=15), 0)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Verdana;font-size:10pt">
<p>Bonjour,</p>
<p>Sur instruction de l'Honorable Députée <b>Mme Mariem Mint Ahmed Salem</b>, Présidente de la Commission des Affaires sociales de l'Assemblée nationale, veuillez trouver en pièce jointe la contribution de la Commission au rapport d'examen volontaire du PMM pour la Mauritanie.</p>
<p>La Commission reste disponible pour tout échange avec le Réseau.</p>
<p>Cordialement,</p>
<p>Aïcha Ba<br>Assistante parlementaire<br>Assemblée nationale – République Islamique de Mauritanie<br>Nouakchott</p>
</div></body></html>
"""
    pdf = make_pdf(["Assemblee nationale - Republique Islamique de Mauritanie",
                    "Commission des Affaires sociales",
                    "Contribution au rapport d'examen volontaire du Pacte mondial sur les migrations",
                    "Fevrier 2021", "", "1. Cadre legislatif", "2. Auditions", "3. Recommandations"])
    pname = "Contribution Commission Affaires sociales - AN Mauritanie.pdf"
    body = multi("mixed", [
        leaf("text/html", html, "utf-8", "quoted-printable"),
        leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % pname)],
             disp='attachment; filename="%s"' % pname),
    ], "----=_Part_48213_1093847561.1613403194012")
    rows = std_rows(when, "mail.assemblee.example.mr", "41.188.96.7", "4Df6Bv1Kq8z3n",
                    "=?utf-8?Q?A=C3=AFcha_Ba?= <aicha.ba@assemblee.example.mr>",
                    hdr("Contribution de la Commission des Affaires sociales - PMM", "utf-8", "Q"),
                    rfcdate(sent), "<1102938475.48214.1613403194015@webmail.assemblee.example.mr>",
                    ret="aicha.ba@assemblee.example.mr",
                    extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")])
    add(20, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[pname],
        notes="HTML-only (no text/plain) webmail from a parliamentary assistant; the MP ('l'Honorable Députée "
              "Mme ...', Présidente de la Commission) is named in bold but only instructs the sending, she is not "
              "proposed as a speaker; Date header in UTC (+0000, Nouakchott)."))


def m21():
    when = at("2021-02-16 20:10:14")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    aff = "Agence Nationale de Promotion de l'Emploi et des Compétences (ANAPEC)"
    text = """Bonsoir,

Je me permets de vous écrire au nom de M. le Directeur Général de l'ANAPEC.

Vous trouverez ci-joint la contribution de l'Agence Nationale de Promotion de l'Emploi et des Compétences à l'examen volontaire du PMM (migration de travail, intermédiation internationale, programmes de mobilité).

Par ailleurs, M. Hicham Tazi, Directeur Général, serait très intéressé de prendre la parole lors de la table ronde 3, consacrée à la migration de main-d'œuvre, s'il reste encore une possibilité.

Bien cordialement,

Nadia Ouazzani
Chargée de mission auprès du Directeur Général
%s
Rabat - Maroc
""" % aff
    docx = make_docx(["ANAPEC", "Contribution à l'examen volontaire du Pacte mondial sur les migrations",
                      "Février 2021", "Intermédiation internationale", "Programmes de mobilité"])
    dname = "ANAPEC_contribution_examen_volontaire_PMM_2021.docx"
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                              leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8",
                                   "quoted-printable")], "000000000000a7c21805bb7f3e92"),
        leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % dname)],
             disp='attachment; filename="%s"' % dname, extra=[("X-Attachment-Id", "f_kl8q2xw90")]),
    ], "000000000000a7c21b05bb7f3e94")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4Dg4Xn8Rb2z7d",
                    "Nadia Ouazzani <n.ouazzani@anapec.example.ma>",
                    "Contribution ANAPEC - examen volontaire PMM + intervention DG",
                    rfcdate(sent), "<CAE5tR8n-2vQp7Xz0mLc9kWb4yH1sJd3fGa6uNo8iTr5eVq@mail.gmail.example.com>",
                    ret="n.ouazzani@anapec.example.ma")
    add(21, when, top(body, rows), dict(
        category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Hicham Tazi", "Directeur Général", aff, ["roundtable"], 3)],
        report_attachments=[dname],
        notes="'both' from a head of agency's chargée de mission: the report part is on time (16 Feb 20:10 Beirut) "
              "but the speaker part is 11 days late, so on_time is false; 'M. le Directeur Général' then the name "
              "later; affiliation as full name + acronym only in the signature; 'table ronde 3'."))


def m22():
    when = at("2021-02-16 23:58:21")
    sent = tz(when - dt.timedelta(seconds=11), 4)
    text = """مساء الخير،

معلش على التأخير، احنا مسافرين مع سعادة السفيرة رئيسة اللجنة ولسه خالصين من الاجتماعات.
مرفق التقرير الطوعي الخاص باللجنة الوطنية التنسيقية لمكافحة ومنع الهجرة غير الشرعية والاتجار بالبشر، ومعاه ملحق الإحصاءات.

يا ريت تأكدولنا الاستلام، وألف شكر.

منة الله عبد الحميد
مدير مكتب رئيسة اللجنة
"""
    rep = make_pdf(["National Coordinating Committee for Combating and Preventing Illegal Migration",
                    "and Trafficking in Persons (NCCPIM & TIP) - Arab Republic of Egypt",
                    "GCM Voluntary National Review - 2021 (Arabic)"])
    annex = make_docx(["ملحق الإحصاءات", "جدول 1: أعداد العائدين", "جدول 2: حالات الاتجار المسجلة"])
    rname = "التقرير الطوعي - اللجنة الوطنية NCCPIM&TIP.pdf"
    aname = "ملحق الإحصاءات.docx"
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                              leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8",
                                   "base64")], "0000000000004e6d3005bb82c7a1"),
        leaf("application/pdf", rep, cte="base64", params=[("name", '"%s"' % b_word(rname))],
             disp='attachment; filename="%s"' % b_word(rname)),
        leaf(DOCX, annex, cte="base64", params=[("name", '"%s"' % b_word(aname))],
             disp='attachment; filename="%s"' % b_word(aname)),
    ], "0000000000004e6d3205bb82c7a3")
    rows = std_rows(when, "mail-ed1-f53.google.example.com", "209.85.208.53", "4DgFk2Tn7Hz0q",
                    addr("Menna Abdelhamid", "menna.abdelhamid.nccpim@gmail.example.com"),
                    hdr("التقرير الطوعي - اللجنة الوطنية لمكافحة الهجرة غير الشرعية"),
                    rfcdate(sent), "<CAH2sK9m-4pZr8Wq1nLx6cVb3yT0jEd5fGo7uNa2iRk9eXw@mail.gmail.example.com>",
                    ret="menna.abdelhamid.nccpim@gmail.example.com")
    add(22, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[rname, aname],
        notes="deadline edge: Date header Wed 17 Feb 01:58 +0400 (travelling, Gulf time) but received 16 Feb "
              "23:58:21 Beirut: on time; Egyptian colloquial (معلش، لسه، يا ريت تأكدولنا); report + annex both "
              "part of the report; Arabic file names as RFC 2047 encoded words inside quotes (Gmail style)."))


def m23():
    when = at("2021-02-17 00:06:02")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """Madame, Monsieur,

J'ai l'honneur de vous transmettre, dans les délais impartis, le rapport du Ministère délégué chargé des Marocains Résidant à l'Étranger relatif à l'examen volontaire du Pacte mondial sur les migrations, établi sur instruction de Madame la Ministre déléguée.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

--
Rachid Benjelloun
Chef de Cabinet
Ministère délégué auprès du Ministre des Affaires Étrangères, de la Coopération Africaine
et des Marocains Résidant à l'Étranger, chargé des Marocains Résidant à l'Étranger (MCMRE)
"""
    pdf = make_pdf(["Royaume du Maroc - Ministere delegue charge des Marocains Residant a l'Etranger",
                    "Rapport - Examen volontaire du Pacte mondial sur les migrations", "Fevrier 2021"])
    pname = "Rapport MCMRE - Revue régionale PMM.pdf"
    body = multi("mixed", [
        leaf("text/plain", text, "UTF-8", "8bit"),
        leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(pname))],
             disp="attachment;\r\n filename*=%s" % rfc2231(pname)),
    ], "------------A1F0C3E5B7D9024681357ACE")
    rows = std_rows(when, "smtp.mcmre.example.gov.ma", "196.200.131.70", "4DgGz5Qw1Pz8m",
                    "Rachid Benjelloun <r.benjelloun@mcmre.example.gov.ma>",
                    hdr("Rapport MCMRE - Examen régional du Pacte mondial sur les migrations", "utf-8", "Q"),
                    rfcdate(sent), "<9e4c2b71-0d3f-5a86-b1e7-4f2c8d0a6b39@mcmre.example.gov.ma>",
                    ret="r.benjelloun@mcmre.example.gov.ma",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    add(23, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[pname],
        notes="deadline edge: Date header Tue 16 Feb 23:05:55 +0100 (Rabat) and 'dans les délais impartis', but "
              "received 17 Feb 00:06:02 Beirut: late; chef de cabinet writes for the minister delegate (not a "
              "speaker); long ministry name wrapped over two lines in the signature."))


def m24():
    when = at("2021-02-17 09:00:41")
    sent = when - dt.timedelta(seconds=1)
    human = """This is the mail system at host mail.mcmre.example.gov.ma.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<secretariat.cabinet@mcmre.example.gov.ma>: host mail.mcmre.example.gov.ma[private/dovecot-lmtp]
    said: 550 5.1.1 <secretariat.cabinet@mcmre.example.gov.ma> User doesn't
    exist: secretariat.cabinet@mcmre.example.gov.ma (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mail.mcmre.example.gov.ma
X-Postfix-Queue-ID: 4DgQ1c0Vb9z4k
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Wed, 17 Feb 2021 07:00:39 +0000 (UTC)

Final-Recipient: rfc822; secretariat.cabinet@mcmre.example.gov.ma
Original-Recipient: rfc822;secretariat.cabinet@mcmre.example.gov.ma
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.mcmre.example.gov.ma
Diagnostic-Code: x-unix; 550 5.1.1 <secretariat.cabinet@mcmre.example.gov.ma> User
    doesn't exist: secretariat.cabinet@mcmre.example.gov.ma
"""
    orig = """From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Rachid Benjelloun <r.benjelloun@mcmre.example.gov.ma>
Cc: secretariat.cabinet@mcmre.example.gov.ma
Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_/_Acknowledgement_of_receipt?=
Date: Wed, 17 Feb 2021 08:58:12 +0200
Message-ID: <ack.20210217.0658@gcmrrarabstates.iom.example.int>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

"""
    m_h = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    m_d = Message(policy=POL)
    m_d["Content-Description"] = "Delivery report"
    m_d["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        blk = Message(policy=POL)
        for line in re.sub(r"\n[ \t]+", " ", block).split("\n"):
            k, v = line.split(": ", 1)
            blk[k] = v
        m_d.attach(blk)
    m_o = Message(policy=POL)
    m_o["Content-Description"] = "Undelivered Message Headers"
    m_o["Content-Type"] = "text/rfc822-headers"
    m_o.set_payload(orig)
    body = multi("report", [m_h, m_d, m_o], "4DgQ1c0Vb9z4k.1613545240/mail.mcmre.example.gov.ma",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail.mcmre.example.gov.ma", "196.200.131.71", "4DgQ1d2Xc3z5p",
                    "MAILER-DAEMON@mail.mcmre.example.gov.ma (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(tz(sent, 0)),
                    "<20210217070040.4DgQ1c0Vb9z4k@mail.mcmre.example.gov.ma>", ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows.append(("Auto-Submitted", "auto-replied"))
    add(24, when, top(body, rows), dict(
        category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report, delivery-status) for our acknowledgement copied to a cabinet "
              "secretariat address that does not exist; only headers of the original returned; must not be "
              "acknowledged; the returned headers carry an encoded French subject."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):  # clear the folder first
        if os.path.isfile(os.path.join(OUT, n)):
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
