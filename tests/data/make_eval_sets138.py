#!/usr/bin/env python3
"""Write the blind evaluation set holdout138 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets138.py
Theme: national human rights institutions, ombudspersons and parliamentarians (NHRI commissioners,
parliamentary committees on expatriates and labour, MPs' offices, mediators' offices) writing formally
through chiefs of staff and protocol (Morocco, Jordan, Lebanon, Tunisia, Iraq, Egypt, Qatar, Mauritania).
"""
import datetime as dt
import json
import os
from mailgen import (HERE, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout138")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h138-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
ACK1 = "<ack-20210128-0007@gcmrr.iom.int>"
MID01 = "<DB7PR03MB4972A1C5E0F2B3D4C6E8F0A1B2C3@DB7PR03MB4972.eurprd03.prod.outlook.example.com>"
MID15 = "<5d1e2a4c-8b3f-4e71-a9c0-6f2d8e4b1a37@cndh.example.ma>"

SIG_RANIA = """Rania Suleiman
Chief of Staff
Office of H.E. Eng. Khalil Al-Omari, MP
House of Representatives | Amman, Jordan
Tel: +962 6 555 0142"""

TEXT01 = """Dear Sir/Madam,

Greetings from the Office of H.E. Eng. Khalil Al-Omari, Member of Parliament.

With reference to the invitation of the Regional UN Network on Migration to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region, I am pleased to convey the interest of H.E. Eng. Al-Omari in taking the floor during one of the plenary sessions on 24-25 February 2021.

H.E. Eng. Al-Omari chairs the Labour Committee, which has been following closely the situation of migrant domestic workers and of migrant workers in the Qualified Industrial Zones during the pandemic, including the amnesty and regularisation campaigns of 2020.

Kindly find his details below for your records:

H.E. Eng. Khalil Al-Omari
Chair of the Committee on Labour, Social Development and Population
House of Representatives of the Hashemite Kingdom of Jordan

We would appreciate your confirmation at your earliest convenience, and remain at your disposal for any further information.

Best regards,

""" + SIG_RANIA + "\n"


def outlook_html(text, charset="utf-8"):
    inner = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l else "&nbsp;")
                    for l in text.split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n' + inner +
            '</div></body></html>\n')


def outlook_alt(text, boundary, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, cte),
                                 leaf("text/html", outlook_html(text, charset), charset, cte)], boundary)


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbzF2k9c1xQm0VYTaS8m3x0Jk7Q1A==")]


def m01():
    when = at("2021-01-28 11:04:20")
    sent = when - dt.timedelta(seconds=41)
    body = outlook_alt(TEXT01, "_000_DB7PR03MB4972A1C5E0F2B3D4C6E8F0A1B2C3_")
    rows = std_rows(when, "mail-db7eur03.outbound.protection.outlook.example.com", "40.107.5.91", "4DRJ5m1Q2wz3",
                    "Rania Suleiman <r.suleiman@representatives.example.jo>",
                    "Request for a speaking role - H.E. Eng. Khalil Al-Omari, Chair of the Labour Committee",
                    rfcdate(sent), MID01, ret="r.suleiman@representatives.example.jo")
    rows += OUTLOOK + [("Content-Language", "en-US")]
    add(1, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Khalil Al-Omari", "Chair of the Committee on Labour, Social Development and Population",
                     "House of Representatives of the Hashemite Kingdom of Jordan", ["plenary"])],
        notes="chief of staff proposes her MP; honorifics 'H.E. Eng.' before the name; the sender's own title "
              "(Chief of Staff) and 'Office of ... MP | Amman' in the signature are distractors; body calls it "
              "'the Labour Committee' while the details block gives the full committee name; later revised by h138-10."))


def m02():
    when = at("2021-01-30 09:40:12")
    sent = when - dt.timedelta(seconds=35)
    text = """السادة/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة                المحترمين

تحية طيبة وبعد،

بالإشارة إلى كتابكم الكريم بشأن الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّ المركز الوطني لحقوق الإنسان في المملكة الأردنية الهاشمية أن يعلمكم برغبته في المشاركة في أعمال المؤتمر، وأن يرشّح للتحدث باسمه كلاً من:

1- معالي المفوض العام للمركز الوطني لحقوق الإنسان الدكتور مروان الطراونة، لإلقاء مداخلة في إحدى الجلسات العامة.
2- سعادة مديرة وحدة حقوق العمال المهاجرين في المركز السيدة رُبى الحياري، للمداخلة في المائدة المستديرة الموضوعية الثانية.

راجين التكرم بتأكيد الاستلام وإعلامنا بالترتيبات اللاحقة.

وتفضلوا بقبول فائق الاحترام والتقدير،

مدير مكتب المفوض العام
عمر الشوابكة
المركز الوطني لحقوق الإنسان
عمّان – الأردن
"""
    inner = "".join('<p dir="RTL" style="text-align:right"><span lang="AR-JO" style="font-family:\'Simplified Arabic\'">%s</span></p>\n'
                    % (esc(l) if l else "&nbsp;") for l in text.split("\n"))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="EN-US" dir="RTL"><div class="WordSection1">\n' + inner + '</div></body></html>\n')
    body = leaf("text/html", html, "windows-1256", "base64")
    rows = std_rows(when, "mail.nchr.example.jo", "212.118.3.40", "4DScQ7v0p1z9",
                    addr("مكتب المفوض العام - المركز الوطني لحقوق الإنسان", "cg.office@nchr.example.jo", "windows-1256"),
                    hdr("ترشيح متحدثين - المركز الوطني لحقوق الإنسان - الاستعراض الإقليمي للاتفاق العالمي للهجرة", "windows-1256"),
                    rfcdate(sent), "<AM0PR10MB2915C3D8E6B1F04A7E2D9C5B8A61@AM0PR10MB2915.nchr.example.jo>",
                    ret="cg.office@nchr.example.jo")
    rows += OUTLOOK + [("Content-Language", "ar-JO")]
    add(2, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("مروان الطراونة", "المفوض العام", "المركز الوطني لحقوق الإنسان", ["plenary"]),
                  sp("رُبى الحياري", "مديرة وحدة حقوق العمال المهاجرين", "المركز الوطني لحقوق الإنسان", ["roundtable"], 2)],
        notes="formal Arabic letter, HTML only, windows-1256 base64; two speakers each written post-first with "
              "honorifics ('معالي المفوض العام للمركز ... الدكتور', 'سعادة مديرة وحدة ... في المركز السيدة'); second "
              "speaker's affiliation only as 'في المركز'; roundtable as an ordinal word ('الثانية'); the letter is "
              "signed by the office director, who is not a speaker."))


def m03():
    when = at("2021-02-01 13:22:48")
    sent = when - dt.timedelta(seconds=30)
    text = """Bonjour,

Suite à la lettre d'invitation reçue par le CNDH, je me permets de vous écrire au nom de la Commission régionale des droits de l'Homme de l'Oriental. Notre commission suit de près la situation des migrants subsahariens à Oujda, Nador et Berkane (accès aux soins, mineurs non accompagnés, refoulements à la frontière).

Je souhaiterais intervenir moi-même lors de la table ronde n°3 ; à défaut, dans une séance plénière.

Cordialement,

BENJELLOUN Khadija
Présidente
Commission régionale des droits de l'Homme de l'Oriental (CRDH) - Oujda
Tél. : +212 5 36 68 12 40
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000004a1b7205ba4c2e9d")
    rows = std_rows(when, "mail-wm1-f54.google.example.com", "209.85.128.54", "4DTk2s8Nq3z1",
                    "Khadija Benjelloun <k.benjelloun.crdh@gmail.example.com>",
                    hdr("Participation CRDH Oriental – table ronde n°3", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<CAKx7Pq2mR4tV8yB1dF5hJ9lN3pS7uW1zC5eG9iK3mO7qS1u@mail.gmail.example.com>",
                    ret="k.benjelloun.crdh@gmail.example.com")
    add(3, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Khadija Benjelloun", "Présidente", "Commission régionale des droits de l'Homme de l'Oriental (CRDH)",
                     ["roundtable", "plenary"], 3)],
        notes="self-proposal; name only in the signature, SURNAME first in capitals ('BENJELLOUN Khadija'); "
              "' - Oujda' after the affiliation is a city; CNDH (the parent body) only named as recipient of the "
              "letter; roundtable 3 first choice, plenary as fallback ('à défaut'); Gmail address, Date in +0100."))


def m04():
    when = at("2021-02-02 16:05:33")
    sent = when - dt.timedelta(seconds=22)
    text = """Dear colleagues,

Thank you for the invitation, which reached us through the NHRC Board last week.

I would like to propose myself to take part in the open discussion of the multi-stakeholder consultation on 23 February and, if there is still space, to make a short intervention in Roundtable 1. As the Commissioner in charge of monitoring the situation of migrant domestic workers, I have visited several of the shelters and places of detention used for migrant workers since the Beirut port explosion, and the Commission has issued recommendations on the kafala system that I believe are directly relevant to objectives 6 and 13 of the Compact.

Please note that I will connect remotely.

With best regards,

-- 
Dr. Nour Khoury-Saab, Commissioner
National Human Rights Commission (NHRC) – Lebanon
Member, Committee for the Prevention of Torture
Beirut Central District, Beirut
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "mx.nhrc-lb.example.org", "185.81.141.18", "4DVb9r2Kx5z4",
                    "Nour Khoury-Saab <n.khourysaab@nhrc-lb.example.org>",
                    "GCM Regional Review - speaking request (open discussion / Roundtable 1)",
                    rfcdate(sent), "<7e3b9c1a-2f4d-4a8e-b6c0-9d1f3e5a7b2c@nhrc-lb.example.org>",
                    ret="n.khourysaab@nhrc-lb.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "en-GB")]
    add(4, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Nour Khoury-Saab", "Commissioner", "National Human Rights Commission (NHRC)",
                     ["open_discussion", "roundtable"], 1)],
        notes="NHRI commissioner proposing herself: title after a comma on the signature name line ('Dr. Nour "
              "Khoury-Saab, Commissioner'), institution on the next line followed by '– Lebanon'; an extra line "
              "'Member, Committee for the Prevention of Torture' is a second membership, not the title; two roles; "
              "Thunderbird format=flowed 8bit."))


def m05():
    when = at("2021-02-02 18:30:02")
    sent = when - dt.timedelta(seconds=18)
    text = """Dear colleagues,

Well received, many thanks for your prompt confirmation.

Kind regards,
Rania

""" + SIG_RANIA + """

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 4:47 PM
To: Rania Suleiman <r.suleiman@representatives.example.jo>
Subject: RE: Request for a speaking role - H.E. Eng. Khalil Al-Omari, Chair of the Labour Committee

Dear Ms Suleiman,

Thank you for your message. We confirm receipt of the request for a speaking role for Mr Khalil Al-Omari. The organizing team will be in touch regarding the programme.

Best regards,
GCM Regional Review team
"""
    body = outlook_alt(text, "_000_DB7PR03MB49728E1F0A2B3C4D5E6F7A8B9C0D_")
    rows = std_rows(when, "mail-db7eur03.outbound.protection.outlook.example.com", "40.107.5.93", "4DVg3c6Tn8z2",
                    "Rania Suleiman <r.suleiman@representatives.example.jo>",
                    "RE: Request for a speaking role - H.E. Eng. Khalil Al-Omari, Chair of the Labour Committee",
                    rfcdate(sent), "<DB7PR03MB49728E1F0A2B3C4D5E6F7A8B9C0D@DB7PR03MB4972.eurprd03.prod.outlook.example.com>",
                    ret="r.suleiman@representatives.example.jo")
    rows += [("In-Reply-To", ACK1), ("References", MID01 + "\r\n " + ACK1)] + OUTLOOK
    add(5, when, top(body, rows), dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h138-01.eml",
        notes="thank-you reply to our acknowledgement of h138-01 that adds nothing new: no acknowledgement; the "
              "quoted acknowledgement and the signature repeat the speaker's name and the word 'speaking role'."))


def m06():
    when = at("2021-02-03 10:15:27")
    sent = when - dt.timedelta(seconds=44)
    name = "تقرير المجلس القومي لحقوق الإنسان - الاتفاق العالمي للهجرة.pdf"
    intro = """السادة الأفاضل فريق الاستعراض الإقليمي،
تحية طيبة وبعد،

مرفق لسيادتكم التقرير الطوعي للمجلس القومي لحقوق الإنسان عن تنفيذ الاتفاق العالمي للهجرة في مصر (2018-2020)، واللي بيركّز على أوضاع العمالة المصرية العائدة من الخارج بسبب الجائحة، وكمان على اللاجئين والمهاجرين المقيمين في مصر.

وكمان المجلس حابب يشارك بمداخلة في المائدة المستديرة رقم 4، وبيانات المتحدثة كالتالي:"""
    outro = """برجاء التكرّم بتأكيد الاستلام.

مع خالص التحية،
محمود سليم
إدارة العلاقات الخارجية – المجلس القومي لحقوق الإنسان
القاهرة"""
    plain = intro + "\n\nالاسم\tالصفة\tالجهة\nأ. هبة عبد الفتاح\tمقررة لجنة الحقوق الاقتصادية والاجتماعية\tالمجلس القومي لحقوق الإنسان\n\n" + outro + "\n"
    table = ('<table border="1" cellpadding="4" style="border-collapse:collapse" dir="rtl">'
             '<tr><th>الاسم</th><th>الصفة</th><th>الجهة</th></tr>'
             '<tr><td>أ. هبة عبد الفتاح</td><td>مقررة لجنة الحقوق الاقتصادية والاجتماعية</td>'
             '<td>المجلس القومي لحقوق الإنسان</td></tr></table>')
    html = ('<div dir="rtl">' + text2html(intro) + "\n" + table + "\n" + text2html(outro) + "</div>\n")
    alt = multi("alternative", [leaf("text/plain", plain, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                "000000000000b3c1e905ba6d7f02")
    pdf = make_pdf(["National Council for Human Rights - Egypt", "Voluntary GCM Review Report 2018-2020",
                    "Returning Egyptian workers; refugees and migrants in Egypt"])
    att = leaf("application/pdf", pdf, cte="base64")
    att.replace_header("Content-Type", "application/pdf; " + "; ".join(rfc2231_cont("name", name)))
    att["Content-Disposition"] = "attachment; " + "; ".join(rfc2231_cont("filename", name))
    att["X-Attachment-Id"] = "f_kkp3x9m10"
    body = multi("mixed", [alt, att], "000000000000b3c1e705ba6d7f04")
    rows = std_rows(when, "mail-ej1-f65.google.example.com", "209.85.218.65", "4DWq1b5Mz0z7",
                    addr("محمود سليم", "m.selim.nchr@gmail.example.com"),
                    hdr("التقرير الطوعي + طلب مداخلة - المجلس القومي لحقوق الإنسان"),
                    rfcdate(sent), "<CAJh5Rn0xT2vZ6bD0fH4jL8nP2rT6vX0zB4dF8hJ2lN6pR0t@mail.gmail.example.com>",
                    ret="m.selim.nchr@gmail.example.com")
    add(6, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("هبة عبد الفتاح", "مقررة لجنة الحقوق الاقتصادية والاجتماعية", "المجلس القومي لحقوق الإنسان",
                     ["roundtable"], 4)],
        report_attachments=[name],
        notes="both, on time; Egyptian colloquial ('واللي بيركّز', 'حابب'); speaker only in an HTML table (tab-"
              "separated in the plain part) with 'أ.' honorific; her title contains 'مقررة' (rapporteur of a "
              "committee) but the role asked is roundtable 4; long Arabic PDF name in RFC 2231 continuations."))


def m07():
    when = at("2021-02-03 14:50:09")
    sent = when - dt.timedelta(seconds=26)
    text = """Madame, Monsieur,

La Commission des Tunisiens à l'étranger de l'Assemblée des représentants du peuple a bien reçu votre lettre d'invitation, transmise par le ministère des Affaires étrangères.

Avant de vous communiquer le nom de notre intervenant, nous aurions besoin de quelques précisions :
- l'interprétation simultanée arabe/français sera-t-elle assurée pendant les tables rondes ?
- les députés peuvent-ils intervenir à distance (Zoom, Webex...) ?
- la date limite du 5 février vaut-elle également pour les parlementaires, sachant que le bureau de la Commission ne se réunit que le 9 ?

Dans l'attente de votre retour, veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Sami Trabelsi
Administrateur conseiller, Secrétariat de la Commission des Tunisiens à l'étranger
Assemblée des représentants du peuple (ARP)
Le Bardo, Tunis
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "smtp.arp.example.tn", "197.13.22.6", "4DX0Tf3Hk6z8",
                    "Sami Trabelsi <s.trabelsi@arp.example.tn>",
                    hdr("Demande de précisions - Revue régionale du Pacte mondial sur les migrations", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<000a01d6fa21$5c8e3b10$15aab130$@arp.example.tn>",
                    ret="s.trabelsi@arp.example.tn")
    rows += [("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "fr")]
    add(7, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions (interpretation, remote participation, deadline for parliamentarians) before naming a "
              "speaker: no speaker proposed; the sender's signature has a title and an institution; Latin-1 QP."))


def m08():
    when = at("2021-02-04 09:05:51")
    sent = when - dt.timedelta(seconds=37)
    text = """Dear GCM team,

Please see below the request of the Commissioner's office, which was sent to our section instead of your mailbox. Forwarding it for your kind action.

Best,
Zainab Kareem | Protocol Section
Tel. +964 790 000 4417

From: مكتب عضو مجلس المفوضين <office.c3@ihchr.example.iq>
Sent: Wednesday, February 3, 2021 2:41 PM
To: Protocol Section <protocol@ihchr.example.iq>
Subject: ترشيح للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة

السادة قسم البروتوكول المحترمون
تحية طيبة..

يرجى مخاطبة الجهة المنظمة للاستعراض الإقليمي للاتفاق العالمي للهجرة (المنطقة العربية) لغرض ترشيح الدكتور أحمد جاسم الزبيدي، عضو مجلس المفوضين في المفوضية العليا لحقوق الإنسان، لإلقاء مداخلة في إحدى الجلسات العامة للمؤتمر يومي 24 و25 شباط 2021، وذلك لعرض جهود المفوضية في متابعة أوضاع العمال الأجانب والنازحين العائدين.

مع التقدير.
مكتب عضو مجلس المفوضين
"""
    body = outlook_alt(text, "_000_VI1PR08MB3390F7A2C1B4D6E8F0A2C4E6B8D0_", "utf-8", "base64")
    rows = std_rows(when, "mail.ihchr.example.iq", "37.237.64.12", "4DXm8Lq1Wc0z",
                    "Zainab Kareem <protocol@ihchr.example.iq>",
                    hdr("FW: ترشيح للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"),
                    rfcdate(tz(sent, 3)), "<VI1PR08MB3390F7A2C1B4D6E8F0A2C4E6B8D0@VI1PR08MB3390.ihchr.example.iq>",
                    ret="protocol@ihchr.example.iq")
    rows += OUTLOOK
    add(8, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("أحمد جاسم الزبيدي", "عضو مجلس المفوضين", "المفوضية العليا لحقوق الإنسان", ["plenary"])],
        notes="forwarded message: the English top part has no speaker details (the forwarder signs only with her "
              "name and section); the speaker, his title, affiliation and the plenary role are only in the Arabic "
              "forwarded part (Outlook 'From:/Sent:' block, not '>'-quoted); language is the forwarder's (en); "
              "Date in +0300."))


def m09():
    when = at("2021-02-04 20:40:15")
    sent = when - dt.timedelta(seconds=29)
    text = """مرحبا،

معكن رنا من مكتب النائب فادي الحداد. حابين نسجّل سعادة النائب كمتحدث بالطاولة المستديرة يلي عن العمال المهاجرين والعمل اللائق، هو عضو بلجنة الشؤون الخارجية والمغتربين ولجنة العمل بمجلس النواب.
اذا في استمارة لازم نعبيها بعتولنا ياها لو سمحتو.

شكراً كتير

رنا
مكتب النائب فادي الحداد – مجلس النواب اللبناني

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.parliament-lb.example.org", "94.187.8.30", "4DY3Vn6Rp9z1",
                    addr("Rana K.", "office.fhaddad@parliament-lb.example.org"),
                    hdr("متحدث - الطاولة المستديرة"),
                    rfcdate(sent), "<4C7E1B2A-9D3F-4E60-8A5B-1F2E3D4C5B6A@parliament-lb.example.org>",
                    ret="office.fhaddad@parliament-lb.example.org")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    add(9, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("فادي الحداد", "عضو بلجنة الشؤون الخارجية والمغتربين ولجنة العمل", "مجلس النواب اللبناني",
                     ["roundtable"])],
        notes="Levantine colloquial from an MP's assistant on an iPhone; the speaker is the MP, 'سعادة النائب' "
              "as honorific; title written as two committee memberships in one phrase; the fullest affiliation "
              "('مجلس النواب اللبناني') only in the assistant's signature; roundtable named by its theme, no number."))


def m10():
    when = at("2021-02-05 11:30:40")
    sent = when - dt.timedelta(seconds=33)
    text = """Dear colleagues,

Further to my email of 28 January below, and following the Committee's meeting this morning, H.E. Eng. Khalil Al-Omari would prefer to speak in Roundtable 2 instead of the plenary, given its focus on labour migration and decent work. Kindly update your records accordingly.

His title remains Chair of the Committee on Labour, Social Development and Population, House of Representatives.

Apologies for any inconvenience.

Best regards,

""" + SIG_RANIA + """

From: Rania Suleiman
Sent: Thursday, January 28, 2021 11:03 AM
To: gcmrrarabstates@iom.int
Subject: Request for a speaking role - H.E. Eng. Khalil Al-Omari, Chair of the Labour Committee

""" + TEXT01
    body = outlook_alt(text, "_000_DB7PR03MB4972C0D1E2F3A4B5C6D7E8F9A0B1_")
    rows = std_rows(when, "mail-db7eur03.outbound.protection.outlook.example.com", "40.107.5.95", "4DYQ6t0Bm2z5",
                    "Rania Suleiman <r.suleiman@representatives.example.jo>",
                    "RE: Request for a speaking role - H.E. Eng. Khalil Al-Omari, Chair of the Labour Committee",
                    rfcdate(sent), "<DB7PR03MB4972C0D1E2F3A4B5C6D7E8F9A0B1@DB7PR03MB4972.eurprd03.prod.outlook.example.com>",
                    ret="r.suleiman@representatives.example.jo")
    rows += [("In-Reply-To", MID01), ("References", MID01)] + OUTLOOK
    add(10, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Khalil Al-Omari", "Chair of the Committee on Labour, Social Development and Population",
                     "House of Representatives of the Hashemite Kingdom of Jordan", ["roundtable"], 2)],
        thread_of="h138-01.eml",
        notes="revision of h138-01 (same MP): role changed from plenary to Roundtable 2; the quoted original "
              "still asks for the plenary; the new text shortens the affiliation to 'House of Representatives', "
              "the full form is in the quoted original."))


def m11():
    when = at("2021-02-05 23:56:40")
    sent = when - dt.timedelta(seconds=35)
    text = """Madame, Monsieur,

J'ai l'honneur de vous informer que Monsieur le Médiateur, ayant pris connaissance de votre aimable invitation, a bien voulu désigner Mme Latifa Cherkaoui, Directrice des études et de la coopération, Point focal pour les questions de migration, pour représenter l'Institution lors de la Revue régionale du Pacte mondial sur les migrations.

Mme Cherkaoui souhaiterait prendre la parole lors d'une séance plénière (24-25 février 2021).

Monsieur le Médiateur vous prie d'agréer, Madame, Monsieur, l'expression de sa haute considération.

Pour le Médiateur et par délégation,
Le Chef de Cabinet
Youssef El Amrani

Institution du Médiateur du Royaume
Rabat – Royaume du Maroc
"""
    body = outlook_alt(text, "_000_PR3PR02MB6057B9E8D7C6A5F4E3D2C1B0A9F8_", "windows-1252")
    rows = std_rows(when, "mail.mediateur.example.ma", "196.200.131.9", "4DYt0Q4Gw7z3",
                    "Cabinet du Mediateur <cabinet@mediateur.example.ma>",
                    hdr("Note – Participation de l'Institution du Médiateur du Royaume à la Revue régionale du PMM", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<PR3PR02MB6057B9E8D7C6A5F4E3D2C1B0A9F8@PR3PR02MB6057.mediateur.example.ma>",
                    ret="cabinet@mediateur.example.ma")
    rows += OUTLOOK + [("Content-Language", "fr-FR")]
    add(11, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Latifa Cherkaoui", "Directrice des études et de la coopération, Point focal pour les questions de migration",
                     "Institution du Médiateur du Royaume", ["plenary"])],
        notes="deadline edge: received 23:56:40 Beirut on Fri 5 Feb (Date 22:56:05 +0100), on time; formal note "
              "'Monsieur le Médiateur' (the sender's principal, never named) is not the speaker; the speaker's "
              "title has a second post after a comma; affiliation only as 'l'Institution' in the body and in full "
              "in the signature, followed by '– Royaume du Maroc'; signed by the Chef de Cabinet."))


def m12():
    when = at("2021-02-06 00:03:55")
    sent = when - dt.timedelta(seconds=25)
    text = """السلام عليكم ورحمة الله وبركاته

حياكم الله، حاب أرشح الأخ سالم المري للمشاركة كمقرر يقدم الرسائل الرئيسية لأصحاب المصلحة، وهذي بياناته:

- الاسم: سالم راشد المري
- المسمى: رئيس قسم الشؤون القانونية
- الجهة: اللجنة الوطنية لحقوق الإنسان - قطر

إن شاء الله نلحق على الموعد، السموحة على التأخير 🙏

أخوكم
عبدالله الكواري
إدارة التعاون الدولي
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000e7a2c405ba7b1c36")
    rows = std_rows(when, "mail-pj1-f47.google.example.com", "209.85.216.47", "4DYv2k9Fs1z6",
                    addr("عبدالله الكواري", "a.alkuwari.nhrc@gmail.example.com"),
                    hdr("ترشيح مقرر"),
                    rfcdate(tz(sent, 3)), "<CAMp3Vs8yX1zA5cE9gI3kM7oQ1sU5wY9aC3eG7iK1mO5qS9v@mail.gmail.example.com>",
                    ret="a.alkuwari.nhrc@gmail.example.com")
    add(12, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("سالم راشد المري", "رئيس قسم الشؤون القانونية", "اللجنة الوطنية لحقوق الإنسان", ["rapporteur"])],
        notes="deadline edge, late: received 00:03:55 Beirut on Sat 6 Feb; the Date header says Sat 01:03 +0300 "
              "(Doha); Gulf colloquial ('حاب أرشح', 'وهذي', 'السموحة'); the name is shorter in the prose than in "
              "the list; ' - قطر' after the affiliation is the country; rapporteur role in words."))


def m13():
    when = at("2021-02-06 00:08:20")
    sent = when - dt.timedelta(seconds=32)
    rowsdata = [("Hon. Layla Hameed Al-Jubouri",
                 "Member of Parliament; Rapporteur of the Committee on Migration and the Displaced",
                 "Council of Representatives of Iraq"),
                ("Mr. Sami Hadi Al-Rubaie", "Senior Adviser to the Committee", "Council of Representatives of Iraq")]
    intro = """Dear Organisers,

On behalf of the Committee on Migration and the Displaced of the Council of Representatives of Iraq, please find below our nominations for Roundtable 1, submitted today, 5 February, before the deadline:"""
    outro = """Ms. Al-Jubouri would be the main speaker and Mr. Al-Rubaie her alternate, both in Roundtable 1.

Regards,
Dr. Haider Al-Saadi
Head of Office, Parliamentary Committee on Migration and the Displaced
(currently in London)"""
    plain = intro + "\n\n" + "\n".join("%s | %s | %s" % r for r in [("Name", "Position", "Institution")] + rowsdata) + "\n\n" + outro + "\n"
    tab = ('<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
           '<tr><td><b>Name</b></td><td><b>Position</b></td><td><b>Institution</b></td></tr>'
           + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(esc(x) for x in r) for r in rowsdata)
           + "</table>")
    html = '<div dir="ltr">' + text2html(intro) + tab + text2html(outro) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", plain, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000f1d3a605ba7b2e48")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DYv7n2Jw4z0",
                    "Haider Al-Saadi <h.alsaadi.cor@gmail.example.com>",
                    "Nominations - Roundtable 1 - Committee on Migration and the Displaced (CoR Iraq)",
                    rfcdate(tz(sent, 0)), "<CAOq8Wt2zY5bC9dF3hJ7lN1pR5tV9xZ3bD7fH1jL5nP9rT3w@mail.gmail.example.com>",
                    ret="h.alsaadi.cor@gmail.example.com")
    add(13, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Layla Hameed Al-Jubouri", "Member of Parliament; Rapporteur of the Committee on Migration and the Displaced",
                     "Council of Representatives of Iraq", ["roundtable"], 1),
                  sp("Sami Hadi Al-Rubaie", "Senior Adviser to the Committee", "Council of Representatives of Iraq",
                     ["roundtable"], 1)],
        notes="late by eight minutes: received 00:08:20 Beirut on Sat 6 Feb while the Date header reads 'Fri, 5 Feb "
              "2021 22:07:48 +0000' (London) and the text insists it is before the deadline; two speakers in an "
              "HTML table (pipe-separated in plain text); 'Rapporteur' is part of a committee title, not the role; "
              "the sender is not a speaker."))


def m14():
    when = at("2021-02-08 10:20:18")
    sent = when - dt.timedelta(seconds=20)
    text = """Bonjour,

Le Conseil national des droits de l'Homme (CNDH) d'Algérie prépare actuellement sa contribution à la revue régionale. Nous souhaiterions savoir :
1) s'il existe un canevas ou un nombre maximum de pages pour le rapport volontaire ;
2) si le rapport peut etre soumis en français uniquement ou s'il faut aussi une version arabe ;
3) si la date du 16 février est bien définitive.

Merci d'avance pour votre réponse.
Cordialement

Amel Boudiaf
Chargée d'études, Division de la coopération internationale
CNDH Algérie
"""
    body = outlook_alt(text, "_000_AM6PR07MB5621D4E3F2A1B0C9D8E7F6A5B4C3_")
    rows = std_rows(when, "mail.cndh.example.dz", "41.111.140.27", "4DZ4Hc8Kv3z2",
                    "Amel Boudiaf <a.boudiaf@cndh.example.dz>", "Rapport volontaire - questions",
                    rfcdate(tz(sent, 1)), "<AM6PR07MB5621D4E3F2A1B0C9D8E7F6A5B4C3@AM6PR07MB5621.cndh.example.dz>",
                    ret="a.boudiaf@cndh.example.dz")
    rows += OUTLOOK
    add(14, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about the voluntary report (template, language, deadline) with no report attached and no "
              "speaker; mentions 'rapport volontaire' and '16 février'."))


def m15():
    when = at("2021-02-09 15:45:03")
    sent = when - dt.timedelta(seconds=27)
    name = "مساهمة_المجلس_الوطني_لحقوق_الإنسان_الاستعراض_الإقليمي.docx"
    text = """السيدات والسادة أعضاء فريق الاستعراض الإقليمي،
سلام تام بوجود مولانا الإمام،

وبعد، يشرفني أن أبعث إليكم رفقته مساهمة المجلس الوطني لحقوق الإنسان في الاستعراض الإقليمي للميثاق العالمي من أجل هجرة آمنة ومنظمة ونظامية، في شكل تقرير طوعي يتناول حصيلة السياسة الوطنية للهجرة واللجوء، وعمليات التسوية الاستثنائية، وولوج المهاجرين إلى العدالة والخدمات الأساسية.

نرجو منكم التفضل بتأكيد التوصل.

والسلام.

حسن الإدريسي
مديرية الدراسات والأبحاث
المجلس الوطني لحقوق الإنسان - الرباط
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    docx = make_docx(["Conseil national des droits de l'Homme (CNDH) - Maroc",
                      "Contribution volontaire a la revue regionale du Pacte mondial sur les migrations",
                      "1. Politique nationale d'immigration et d'asile", "2. Operations exceptionnelles de regularisation",
                      "3. Acces a la justice et aux services de base"])
    att = leaf(DOCX, docx, cte="base64")
    att.replace_header("Content-Type", DOCX + ";\r\n name*=" + rfc2231(name))
    att["Content-Disposition"] = "attachment;\r\n filename*=" + rfc2231(name)
    body = multi("mixed", [t, att], "------------8C2D4E6F0A1B3C5D7E9F1A2B")
    rows = std_rows(when, "mail.cndh.example.ma", "196.200.176.14", "4DZn5Bq0Xt9z",
                    addr("حسن الإدريسي", "h.idrissi@cndh.example.ma"),
                    hdr("مساهمة المجلس الوطني لحقوق الإنسان - التقرير الطوعي"),
                    rfcdate(tz(sent, 1)), MID15, ret="h.idrissi@cndh.example.ma")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "ar")]
    add(15, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Moroccan formal Arabic ('سلام تام بوجود مولانا الإمام', 'رفقته', 'تأكيد التوصل'); the report is "
              "called 'مساهمة' and 'تقرير طوعي'; GCM rendered 'الميثاق العالمي'; Arabic DOCX name as RFC 2231 "
              "name*/filename*; Thunderbird 8bit format=flowed; replaced later by h138-20."))


def m16():
    when = at("2021-02-10 12:10:44")
    sent = when - dt.timedelta(seconds=39)
    rep, annex = "ANNHRI_Rapport_volontaire_collectif_PMM_2021.pdf", "Annexe_statistique_INDH.docx"
    text = """Chers collègues,

Au nom du Réseau arabe des institutions nationales des droits de l'homme (ANNHRI), j'ai le plaisir de vous transmettre ci-joint notre rapport volontaire collectif, préparé avec les INDH de Jordanie, du Maroc, de Tunisie, d'Egypte, d'Irak, du Qatar et de Mauritanie, ainsi que son annexe statistique.

Par ailleurs, le Réseau serait ravi d'assumer le rôle de rapporteur pour présenter les messages clés des parties prenantes. Nous proposons Mme Joumana Abi Nader, chargée de programme Migration au Secrétariat du Réseau, qui a coordonné la rédaction du rapport.

Je sais que le délai pour les interventions était le 5, mais on espère que vous pourrez quand même en tenir compte. Merci infiniment !

Bien à vous,
Georges Karam
Coordinateur régional
Réseau arabe des institutions nationales des droits de l'homme (ANNHRI) | Secrétariat, Doha
"""
    html = ('<div dir="ltr">' + text2html(text) + '<div><img src="cid:ii_kkz2logo0" alt="ANNHRI" width="120" height="40"></div></div>\n')
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000a4e6c205bb0c3d71")
    logo = leaf("image/png", make_png(), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<ii_kkz2logo0>"), ("X-Attachment-Id", "ii_kkz2logo0")])
    rel = multi("related", [alt, logo], "000000000000a4e6c305bb0c3d72")
    pdf = make_pdf(["Arab Network of National Human Rights Institutions (ANNHRI)",
                    "Rapport volontaire collectif - Revue regionale du PMM 2021",
                    "INDH: Jordanie, Maroc, Tunisie, Egypte, Irak, Qatar, Mauritanie"])
    a1 = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % rep)],
              disp='attachment; filename="%s"' % rep, extra=[("X-Attachment-Id", "f_kkz2r7q81")])
    docx = make_docx(["Annexe statistique", "Plaintes recues par les INDH concernant des travailleurs migrants, 2019-2020"])
    a2 = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % annex)],
              disp='attachment; filename="%s"' % annex, extra=[("X-Attachment-Id", "f_kkz2r7q92")])
    body = multi("mixed", [rel, a1, a2], "000000000000a4e6c405bb0c3d73")
    rows = std_rows(when, "mail-ed1-f52.google.example.com", "209.85.208.52", "4Dbb0Pq7Ls2z",
                    "Georges Karam <g.karam@annhri.example.org>",
                    hdr("Rapport volontaire collectif ANNHRI + proposition rapporteur", "utf-8", "Q"),
                    rfcdate(tz(sent, 3)), "<CAPr1Xu5aZ8cD2fG6iK0mO4qS8uW2yA6cE0gI4kM8oQ2sU6x@mail.gmail.example.com>",
                    ret="g.karam@annhri.example.org")
    add(16, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Joumana Abi Nader", "chargée de programme Migration au Secrétariat du Réseau",
                     "Réseau arabe des institutions nationales des droits de l'homme (ANNHRI)", ["rapporteur"])],
        report_attachments=[rep, annex],
        notes="both: the collective report (PDF + statistical annex) is on time but the rapporteur proposal comes "
              "after 5 Feb (the sender admits it), so on_time is false; the speaker's affiliation is only 'le "
              "Réseau' next to her name; inline signature logo is not part of the report; Lebanese French tone."))


def m17():
    when = at("2021-02-11 09:30:12")
    sent = when - dt.timedelta(seconds=31)
    rep, cover = "NCHR_Jordan_GCM_Voluntary_Review_2021.docx", "Cover letter - Commissioner General.pdf"
    text = """Dear GCM Regional Review Team,

Please find attached the voluntary review report of the National Centre for Human Rights (NCHR) on the implementation of the Global Compact for Migration in Jordan, covering 2019-2020, together with the cover letter signed by the Commissioner General.

An Arabic version can follow if required.

Kind regards,
Dana Al-Masri
Monitoring and Investigations Unit
National Centre for Human Rights | Amman
"""
    alt = outlook_alt(text, "_000_AM0PR10MB29157A6B5C4D3E2F1A0B9C8D7E6F_")
    docx = make_docx(["National Centre for Human Rights (NCHR) - Jordan",
                      "Voluntary GCM Review Report 2019-2020",
                      "Migrant domestic workers, QIZ workers, amnesty and regularisation campaigns"])
    a1 = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % rep)],
              disp='attachment; filename="%s"; size=%d;\r\n\tcreation-date="Thu, 11 Feb 2021 07:29:10 GMT"' % (rep, len(docx)))
    pdf = make_pdf(["National Centre for Human Rights", "Amman, 10 February 2021",
                    "To: Regional UN Network on Migration", "Subject: Cover letter - voluntary GCM review report"])
    a2 = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % cover)],
              disp='attachment; filename="%s"; size=%d' % (cover, len(pdf)))
    body = multi("mixed", [alt, a1, a2], "_004_AM0PR10MB29157A6B5C4D3E2F1A0B9C8D7E6F_")
    rows = std_rows(when, "mail.nchr.example.jo", "212.118.3.41", "4DcJ6Wm3Hq1z",
                    "Dana Al-Masri <d.almasri@nchr.example.jo>",
                    "NCHR voluntary GCM review report", rfcdate(sent),
                    "<AM0PR10MB29157A6B5C4D3E2F1A0B9C8D7E6F@AM0PR10MB2915.nchr.example.jo>",
                    ret="d.almasri@nchr.example.jo")
    rows += OUTLOOK + [("X-MS-Has-Attach", "yes")]
    add(17, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[rep],
        notes="two attachments: the report (DOCX) and a cover letter (PDF) that is not part of the report; the "
              "Commissioner General is mentioned but no speaker is proposed."))


def m18():
    when = at("2021-02-11 15:00:07")
    sent = when - dt.timedelta(seconds=3)
    text = """Bonjour,

Je suis en mission à l'étranger jusqu'au lundi 15 février 2021 inclus, avec un accès limité à ma messagerie.
Pour toute urgence, merci de contacter le secrétariat de la Commission des Tunisiens à l'étranger : commission.tre@arp.example.tn

Cordialement,
Sami Trabelsi
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "smtp.arp.example.tn", "197.13.22.6", "4DcV1Lx8Nb5z",
                    "Sami Trabelsi <s.trabelsi@arp.example.tn>",
                    hdr("Réponse automatique : RE: Demande de précisions - Revue régionale du Pacte mondial sur les migrations", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<a3f1c2d4e5b6478899aabbccddeeff01@arp.example.tn>",
                    ret=None)
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", "<reply-20210211-0031@gcmrr.iom.int>"), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")]
    add(18, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office answering our reply to h138-07 (Auto-Submitted: auto-replied, empty "
              "Return-Path); no acknowledgement."))


def m19():
    when = at("2021-02-12 17:00:26")
    sent = when - dt.timedelta(seconds=42)
    name = "Rapport_volontaire_CNDH_Mauritanie_PMM.pdf"
    text = """Monsieur/Madame,

La Commission Nationale des Droits de l'Homme (CNDH) a l'honneur de vous faire parvenir, en pièce jointe, son rapport volontaire sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières en Mauritanie.

Elle souhaite également que son Président, M. Sidi Mohamed Ould Ahmedou, puisse prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février 2021.

Veuillez agréer, Monsieur/Madame, l'assurance de notre parfaite considération.

Le Secrétaire Général
Mohamed Vall Ould Brahim

CNDH – Nouakchott, Mauritanie
"""
    t = leaf("text/plain", text, "windows-1252", "quoted-printable")
    pdf = make_pdf(["Commission Nationale des Droits de l'Homme (CNDH) - Mauritanie",
                    "Rapport volontaire - Pacte mondial pour des migrations sures, ordonnees et regulieres",
                    "Migrants en transit, retours et protection"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name)
    body = multi("mixed", [t, att], "----=_NextPart_000_0017_01D70158.3C2A4E10")
    rows = std_rows(when, "mail.cndh.example.mr", "41.188.64.22", "4DdD4Rt6Pz8y",
                    "CNDH Mauritanie <sg@cndh.example.mr>",
                    hdr("Rapport volontaire de la CNDH et demande de prise de parole", "windows-1252", "Q"),
                    rfcdate(tz(sent, 0)), "<001701d70158$3c2a4e10$b47eea30$@cndh.example.mr>",
                    ret="sg@cndh.example.mr")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "fr")]
    add(19, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Sidi Mohamed Ould Ahmedou", "Président", "Commission Nationale des Droits de l'Homme (CNDH)",
                     ["open_discussion"])],
        report_attachments=[name],
        notes="both: report on time (12 Feb) but the speaking request is after 5 Feb, so on_time is false; the "
              "speaker is the institution's president, named in the third person ('son Président, M. ...'); "
              "windows-1252 QP ('œ'); Date in +0000 (Nouakchott)."))


def m20():
    when = at("2021-02-14 11:00:35")
    sent = when - dt.timedelta(seconds=24)
    name = "مساهمة_المجلس_الوطني_لحقوق_الإنسان_الاستعراض_الإقليمي_v2.docx"
    text = """السلام عليكم،

تجدون رفقته النسخة المعدلة من مساهمة المجلس، المرجو اعتمادها عوض النسخة التي بعثناها يوم 9 فبراير، وذلك بعد تصحيح بعض الأرقام في الفقرة المتعلقة بعمليات التسوية الاستثنائية.

شكرا مسبقا.

حسن الإدريسي
مديرية الدراسات والأبحاث
المجلس الوطني لحقوق الإنسان - الرباط

في 09/02/2021 على 14:44، كتب حسن الإدريسي:
> السيدات والسادة أعضاء فريق الاستعراض الإقليمي،
> سلام تام بوجود مولانا الإمام،
>
> وبعد، يشرفني أن أبعث إليكم رفقته مساهمة المجلس الوطني لحقوق الإنسان في
> الاستعراض الإقليمي للميثاق العالمي من أجل هجرة آمنة ومنظمة ونظامية، في شكل
> تقرير طوعي.
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    docx = make_docx(["Conseil national des droits de l'Homme (CNDH) - Maroc",
                      "Contribution volontaire a la revue regionale du Pacte mondial sur les migrations - version revisee",
                      "2. Operations exceptionnelles de regularisation (chiffres corriges)"])
    att = leaf(DOCX, docx, cte="base64")
    att.replace_header("Content-Type", DOCX + ";\r\n name*=" + rfc2231(name))
    att["Content-Disposition"] = "attachment;\r\n filename*=" + rfc2231(name)
    body = multi("mixed", [t, att], "------------1E3F5A7B9C0D2E4F6A8B0C1D")
    rows = std_rows(when, "mail.cndh.example.ma", "196.200.176.14", "4DfB7Nw2Ck4z",
                    addr("حسن الإدريسي", "h.idrissi@cndh.example.ma"),
                    re_hdr("Re: ", "مساهمة المجلس الوطني لحقوق الإنسان - التقرير الطوعي"),
                    rfcdate(tz(sent, 1)), "<9a7c5e3b-1d2f-4b60-8c4e-7f3a1b5d9e20@cndh.example.ma>",
                    ret="h.idrissi@cndh.example.ma")
    rows += [("In-Reply-To", MID15), ("References", MID15),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")]
    add(20, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h138-15.eml",
        notes="revised report replacing h138-15 ('النسخة المعدلة ... عوض النسخة التي بعثناها'), reply to the "
              "sender's own message with a '>'-quoted excerpt; v2 DOCX with an RFC 2231 Arabic name."))


def m21():
    when = at("2021-02-15 10:30:49")
    sent = when - dt.timedelta(seconds=36)
    name = "التقرير الطوعي للمفوضية العليا لحقوق الإنسان.pdf"
    text = """م/ التقرير الطوعي

السادة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمون
تحية طيبة..

استناداً إلى كتابكم المؤرخ في كانون الثاني 2021، نرفق لكم طياً التقرير الطوعي للمفوضية العليا لحقوق الإنسان في جمهورية العراق بشأن تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، للفترة 2019-2020.

للتفضل بالاطلاع... مع التقدير.

قسم العلاقات الدولية
المفوضية العليا لحقوق الإنسان
بغداد
"""
    alt = outlook_alt(text, "_000_VI1PR08MB33902B4D6F8A0C2E4A6C8E0B2D4F_", "utf-8", "base64")
    pdf = make_pdf(["Iraqi High Commission for Human Rights (IHCHR)", "Voluntary GCM Review Report 2019-2020",
                    "Foreign workers, returnees and internally displaced persons"])
    bw = b_word(name)
    att = leaf("application/pdf", pdf, cte="base64")
    att.replace_header("Content-Type", 'application/pdf; name="%s"' % bw)
    att["Content-Description"] = bw
    att["Content-Disposition"] = 'attachment; filename="%s"; size=%d' % (bw, len(pdf))
    body = multi("mixed", [alt, att], "_004_VI1PR08MB33902B4D6F8A0C2E4A6C8E0B2D4F_")
    rows = std_rows(when, "mail.ihchr.example.iq", "37.237.64.12", "4Dfh2Qs9Vr7z",
                    addr("قسم العلاقات الدولية", "ir@ihchr.example.iq"),
                    hdr("م/ التقرير الطوعي - المفوضية العليا لحقوق الإنسان"),
                    rfcdate(tz(sent, 3)), "<VI1PR08MB33902B4D6F8A0C2E4A6C8E0B2D4F@VI1PR08MB3390.ihchr.example.iq>",
                    ret="ir@ihchr.example.iq")
    rows += OUTLOOK + [("Content-Language", "ar-IQ")]
    add(21, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Iraqi administrative letter style ('م/' subject line, 'نرفق لكم طياً', 'للتفضل بالاطلاع'); "
              "Iraqi month name 'كانون الثاني'; PDF name as an RFC 2047 encoded word inside quotes (Outlook style); "
              "base64 text and HTML."))


def m22():
    when = at("2021-02-15 20:00:58")
    sent = when - dt.timedelta(seconds=21)
    text = """مساء الخير،

أنا مدير مكتب النائبة د. سحر عبد الرحمن، عضو لجنة القوى العاملة بمجلس النواب المصري. كنا عايزين نسأل: هو ينفع أعضاء البرلمان ياخدوا كلمة في المؤتمر ولا الكلمات للمجتمع المدني بس؟

وكمان الخطاب العربي مكتوب فيه إن آخر ميعاد لطلبات الكلمة يوم الجمعة 23 فبراير، فهل لسه ينفع نقدّم؟ ولو ينفع نبعت البيانات إزاي؟

شكراً جزيلاً
أحمد فوزي
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
                 "000000000000c5f7e105bb4a9d11")
    rows = std_rows(when, "mail-qt1-f170.google.example.com", "209.85.160.170", "4Dfx8Hk1Tm3z",
                    addr("Ahmed Fawzy", "ahmed.fawzy.mp.office@gmail.example.com"),
                    hdr("استفسار عن الكلمات"),
                    rfcdate(sent), "<CAQs2Yv6bA9dE3gH7jL1nP5rT9vX3zB7dF1hJ5lN9pR3tV7y@mail.gmail.example.com>",
                    ret="ahmed.fawzy.mp.office@gmail.example.com")
    add(22, when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial question from an MP's office manager: asks whether MPs may speak and cites the "
              "Arabic letter's misprinted speaker deadline ('الجمعة 23 فبراير'); names the MP with her title and "
              "committee but does not (yet) propose her: no speaker; written after the real 5 Feb deadline."))


def m23():
    when = at("2021-02-16 23:57:30")
    sent = when - dt.timedelta(seconds=28)
    name = "Contribution_CSDHLF_Révision_PMM.pdf"
    text = """Bonsoir,

Ci-joint la contribution du Comité supérieur des droits de l'Homme et des libertés fondamentales à la revue régionale du Pacte mondial sur les migrations (rapport volontaire).
Désolé pour l'envoi tardif, on a eu des soucis de validation avec la présidence jusqu'à ce soir.

Bien cordialement,
Mehdi Ben Salah
Chargé de mission
CSDHLF - Tunis
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">'
            + text2html(text) + "</div></body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_DBBPR09MB4460E1F2A3B4C5D6E7F8A9B0C1D2_")
    pdf = make_pdf(["Comite superieur des droits de l'Homme et des libertes fondamentales (CSDHLF)",
                    "Contribution a la revue regionale du PMM - rapport volontaire", "Tunis, fevrier 2021"])
    att = leaf("application/pdf", pdf, cte="base64")
    att.replace_header("Content-Type", 'application/pdf; name="%s"' % b_word(name))
    att["Content-Disposition"] = 'attachment; filename="%s";\r\n\tfilename*=%s' % (b_word(name), rfc2231(name))
    body = multi("mixed", [alt, att], "_004_DBBPR09MB4460E1F2A3B4C5D6E7F8A9B0C1D2_")
    rows = std_rows(when, "mail-eopbgr140082.outbound.protection.outlook.example.com", "40.107.14.82", "4DgC0Fn5Zw1z",
                    "Mehdi Ben Salah <mehdi.bensalah@csdhlf.example.tn>",
                    "Contribution CSDHLF - revue regionale PMM", rfcdate(tz(sent, 1)),
                    "<DBBPR09MB4460E1F2A3B4C5D6E7F8A9B0C1D2@DBBPR09MB4460.eurprd09.prod.outlook.example.com>",
                    ret="mehdi.bensalah@csdhlf.example.tn")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")]
    add(23, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:57:30 Beirut on Tue 16 Feb (Date 22:57:02 +0100), on time although the "
              "sender apologises for sending late; the report is called 'contribution'; accented PDF name as an "
              "RFC 2047 word plus RFC 2231 filename*."))


def m24():
    when = at("2021-02-17 00:06:10")
    sent = when - dt.timedelta(seconds=37)
    name = "NIHR_GCM_review_final.pdf"
    t1 = leaf("text/plain", "Dear team,\n\nPlease find attached NIHR's voluntary GCM review report. Sending from New York, "
              "hope it's still within today's deadline (16 Feb)!\n\nRegards,\nMaryam\n\nSent from my iPhone\n", "us-ascii", "7bit")
    pdf = make_pdf(["National Institution for Human Rights (NIHR) - Kingdom of Bahrain",
                    "Voluntary GCM Review Report 2021", "Migrant workers: wage protection, flexi-permit, complaints"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name), ("x-unix-mode", "0644")],
               disp="attachment;\r\n\tfilename=%s" % name)
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-3B9D1F7A-6C2E-4A8B-9D0F-1E3C5A7B9D2F")
    rows = std_rows(when, "mail.nihr.example.bh", "80.95.200.14", "4DgCz3Mq8Kp5",
                    "Maryam Al-Sayed <m.alsayed@nihr.example.bh>", "NIHR report", rfcdate(tz(sent, -5)),
                    "<6F2A9C1E-3B5D-4E7F-8A0C-2D4F6B8E0A1C@nihr.example.bh>", ret="m.alsayed@nihr.example.bh")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(24, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by six minutes: received 00:06:10 Beirut on Wed 17 Feb; the Date header reads 'Tue, 16 Feb 2021 "
              "17:05:33 -0500' (New York) and the sender believes it is 'within today's deadline'; iPhone layout, "
              "very short body, acronym only."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    if os.path.isdir(OUT):
        for n in os.listdir(OUT):
            os.remove(os.path.join(OUT, n))
    os.makedirs(OUT, exist_ok=True)
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
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
