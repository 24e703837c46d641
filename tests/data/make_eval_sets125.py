#!/usr/bin/env python3
"""Write the blind evaluation set holdout125 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets125.py
Theme: academic and research institutions (research units inside faculties inside universities,
professors with long titles and chairs, doctoral students, co-authored research reports, think tanks)
in Lebanon, Jordan, Morocco, Tunisia, Egypt, Iraq and Qatar.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, received, top, serialize, sp)

OUT = os.path.join(HERE, "holdout125")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h125-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def rows(when, host, ip, qid, frm, subject, date, mid, ret=None, to=BOX, pre=None, post=None):
    """Transport headers, then the message headers in the order most clients write them."""
    r = [("Return-Path", "<%s>" % ret if ret is not None else None),
         ("Delivered-To", BOX),
         ("Received", received(when, host, ip, qid))]
    r += list(pre or [])
    r += [("From", frm), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", mid)]
    r += list(post or [])
    return r


def sent_at(when, seconds, hours):
    """Date header value: the client stamped the message `seconds` before the server received it."""
    return rfcdate(tz(when - dt.timedelta(seconds=seconds), hours))


def pdf_att(name, lines, style="attachment", gmail_id=None, rfc2047=False, rfc2231=False):
    data = make_pdf(lines)
    return file_att("application/pdf", name, data, style, gmail_id, rfc2047, rfc2231)


def docx_att(name, paras, style="attachment", gmail_id=None, rfc2047=False, rfc2231=False):
    return file_att(DOCX, name, make_docx(paras), style, gmail_id, rfc2047, rfc2231)


def file_att(ctype, name, data, style="attachment", gmail_id=None, rfc2047=False, rfc2231=False):
    if rfc2047:
        w = b_word(name)
        params, disp = [("name", '"%s"' % w)], '%s; filename="%s"' % (style, w)
    elif rfc2231:
        conts = rfc2231_cont("filename", name)
        params = [("name", '"%s"' % b_word(name))]
        disp = style + ";\r\n " + ";\r\n ".join(conts)
    else:
        params, disp = [("name", '"%s"' % name)], '%s; filename="%s"' % (style, name)
    extra = [("X-Attachment-Id", gmail_id)] if gmail_id else []
    return leaf(ctype, data, cte="base64", params=params, disp=disp, extra=extra)


MID = {
    1: "<CAHx7kq2Lr9Tn4vWmB8dQe3Zs5Yf0pGa1uJc6iNh2oKw@mail.gmail.example.com>",
    2: "<6f1c2a9e-3b7d-4e55-9a0c-1d2e3f405162@fshst.example.tn>",
    3: "<AM6PR02MB4417C3D2E1F0A9B8@AM6PR02MB4417.eurprd02.prod.outlook.example.com>",
    4: "<DB7PR05MB5561A2B3C4D5E6F7@DB7PR05MB5561.eurprd05.prod.outlook.example.com>",
    5: "<9E1B7C44-2F0A-4D6B-8E3C-5A7D1F2B9C60@gmail.example.com>",
    6: "<1612435219.884213.rafidain@webmail.rafidain-centre.example.iq>",
    7: "<CAJr5mT8wq1Xe0bN3kLp7Vz2Hs9Ud4Gy6Fa8Ec1Ri5Oj@mail.gmail.example.com>",
    8: "<5B2E9A1C-7D44-4F18-B0E2-3C6A8D9F1E27@gulf-lmi.example.qa>",
    9: "<A1F4C7E2-93B5-4D0A-8C6E-2B7D5F9A0C13@gcmgr.example.qa>",
    10: "<a7c3e9f1-5b2d-4c8a-9e6f-0d1b3a5c7e92@emds.um5.example.ma>",
    11: "<CAMq3Vn7pK2sW9xR4tY6uZ1aB8cD5eF0gH3iJ7kL2mN4@mail.gmail.example.com>",
    12: "<3d5f7b9a-1c2e-4a6b-8d0f-2e4a6c8e0b13@cmrs-eg.example.org>",
    13: "<VI1PR08MB3022B4C6D8E0F1A2@VI1PR08MB3022.eurprd08.prod.outlook.example.com>",
    14: "<VI1PR08MB3022E7F9A1B3C5D7@VI1PR08MB3022.eurprd08.prod.outlook.example.com>",
    15: "<CAMq3Vn8aT5yU1iO9pL3kJ7hG2fD6sA0zX4cV8bN1mQw@mail.gmail.example.com>",
    16: "<DB7PR05MB5561F9E8D7C6B5A4@DB7PR05MB5561.eurprd05.prod.outlook.example.com>",
    17: "<E4D2B0A8-6C1F-4E3D-9B7A-5F2C8E1D0A94@cmrs-eg.example.org>",
    18: "<8C3F1A5E-2B9D-47E6-A0C4-D6E8F2B1C3A5@oml-usj.example.lb>",
    19: "<b6e2d4f8a0c1-ndr-4f3a@MBX02.usj.example.lb>",
    20: "<HE1PR03MB2876A5C7E9B1D3F5@HE1PR03MB2876.eurprd03.prod.outlook.example.com>",
    21: "<VI1PR08MB30229A8B7C6D5E4F@VI1PR08MB3022.eurprd08.prod.outlook.example.com>",
    22: "<CAN4jK8vL2bX7qW1eR5tY9uI3oP6aS0dF4gH8jK2lZ5x@mail.gmail.example.com>",
    23: "<CAP9tH3kM6nB1vC8xZ4aS7dF2gJ5kL0qW3eR6tY9uI1o@mail.gmail.example.com>",
    24: "<1613808605.712934.1@mail.yahoo.example.com>",
}
ACK = {  # Message-IDs of the service's acknowledgements (not part of this set)
    12: "<ack-20210209100301-7f3a1c@gcmrr.iom.example.int>",
    13: "<ack-20210210091503-2b8e4d@gcmrr.iom.example.int>",
    18: "<ack-20210212153312-9c1d7e@gcmrr.iom.example.int>",
}


# ================================================================ the 24 messages
def m01():
    when = at("2021-02-02 11:14:07")
    text = """Dear colleagues,

Thank you for the invitation to the Regional Review of the GCM in the Arab region.

I would like to request a speaking role at the conference, as a floor intervention in one of the thematic roundtables -- ideally Roundtable 2, as it is closest to my current research on labour migration governance and the kafala reform debates in Lebanon. Happy to be flexible if the slots fill up.

Let me know if you need a short bio or anything else from me.

With best regards,

Dr. Rania Khoury
Associate Professor of Political Sociology
Refugee and Migration Studies Unit, Faculty of Social Sciences, Lebanese University, Beirut
Tel: +961 1 000 418 | Mobile: +961 70 000 233
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000004b1e2705ba52c7a1")
    m = top(body, rows(when, "mail-ej1-f52.google.example.com", "209.85.218.52", "4DVNqT1xKbz9",
                       "Rania Khoury <rania.khoury.lu@gmail.example.com>",
                       "Request to speak - GCM Regional Review (Roundtable 2)", sent_at(when, 3, 2), MID[1],
                       ret="rania.khoury.lu@gmail.example.com"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Rania Khoury", "Associate Professor of Political Sociology",
                     "Refugee and Migration Studies Unit, Faculty of Social Sciences, Lebanese University",
                     ["roundtable"], 2)],
        notes="self-nomination, details only in the signature; unit, faculty and university on ONE line "
              "separated by commas, followed by the city (', Beirut' is not part of the affiliation); 'Dr.' "
              "dropped; personal Gmail address."))


def m02():
    when = at("2021-02-02 16:42:30")
    text = """Bonjour,

Suite à la lettre d'invitation du Réseau régional des Nations Unies sur les migrations, je souhaiterais prendre part à la discussion ouverte de la consultation multipartite du 23 février.

Mes travaux récents portent sur les mobilités des jeunes diplômés tunisiens vers l'Europe et les pays du Golfe, et sur le rôle des intermédiaires privés du recrutement. Je pourrais apporter un éclairage sur l'objectif 6 du Pacte (recrutement équitable).

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,

-- 
Sonia Ben Hamouda
Maître de conférences en géographie humaine
Laboratoire Mobilités, Frontières et Territoires (MOFRONT)
جامعة تونس المنار
Tél. : +216 71 000 562
"""
    body = leaf("text/plain", flowed(text), "UTF-8", cte="8bit", params=[("format", "flowed")])
    m = top(body, rows(when, "mail.fshst.example.tn", "196.203.0.77", "4DVXbc2ZqRz1",
                       "Sonia Ben Hamouda <s.benhamouda@fshst.example.tn>",
                       hdr("Demande de prise de parole - discussion ouverte du 23 février", "utf-8", "Q"),
                       sent_at(when, 2, 1), MID[2], ret="s.benhamouda@fshst.example.tn",
                       post=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                            "Thunderbird/78.7.0"),
                             ("Content-Language", "fr")]))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Sonia Ben Hamouda", "Maître de conférences en géographie humaine",
                     "Laboratoire Mobilités, Frontières et Territoires (MOFRONT), جامعة تونس المنار",
                     ["open_discussion"])],
        notes="French body, Thunderbird format=flowed 8bit; the laboratory is in French but the parent university "
              "is written only in Arabic on the last signature line (mixed-script affiliation: both kept, lab then "
              "university); mentions 'objectif 6' which is not a roundtable number; Date in +0100 (Tunis)."))


def m03():
    when = at("2021-02-03 10:05:12")
    text = """السادة الأفاضل في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،
تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة الكريم بشأن الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسعدني أن أتقدم بطلب المشاركة بمداخلة في الجلسة العامة للمؤتمر، وذلك وفقاً للبيانات التالية:

الاسم: أ.د. محمود عبد الحميد سالم
الصفة: أستاذ علم اجتماع السكان ورئيس اللجنة الوطنية لدراسات الهجرة
جهة العمل: قسم الاجتماع، كلية الآداب، جامعة القاهرة
نوع المشاركة: مداخلة من القاعة في الجلسة العامة

وتفضلوا بقبول فائق الاحترام والتقدير،،،

أ.د. محمود عبد الحميد سالم
كلية الآداب - جامعة القاهرة
الجيزة - جمهورية مصر العربية
"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\'">' + text2html(text) + "</div>",
                     charset="windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"),
                                 leaf("text/html", html, "windows-1256")],
                 "_000_AM6PR02MB4417C3D2E1F0A9B8AM6PR02MB4417eurprd_")
    m = top(body, rows(when, "mail-am6eur02lp2051.outbound.protection.outlook.example.com", "104.47.4.51",
                       "4DW0Hs3mPcz7",
                       addr("محمود عبد الحميد سالم", "m.salem@arts.cu.example.edu.eg", "windows-1256"),
                       hdr("طلب مداخلة في الجلسة العامة - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                           "windows-1256"),
                       sent_at(when, 4, 2), MID[3], ret="m.salem@arts.cu.example.edu.eg",
                       post=[("Thread-Topic", hdr("طلب مداخلة في الجلسة العامة", "windows-1256")),
                             ("Content-Language", "ar-EG"),
                             ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("محمود عبد الحميد سالم", "أستاذ علم اجتماع السكان ورئيس اللجنة الوطنية لدراسات الهجرة",
                     "قسم الاجتماع، كلية الآداب، جامعة القاهرة", ["plenary"])],
        notes="professor who also chairs a national committee: two titles joined by 'و' (the committee stays in "
              "the title, it is not the affiliation); 'أ.د.' is an honorific; the signature repeats a shorter "
              "'كلية الآداب - جامعة القاهرة' with city/country lines; Outlook windows-1256 quoted-printable."))


def m04():
    when = at("2021-02-03 14:28:44")
    name = "ACPR_Voluntary_GCM_Review_Haddadin-Tal_2021.pdf"
    text = """Dear GCM Regional Review Secretariat,

On behalf of the Amman Centre for Policy Research (ACPR), please find attached our voluntary GCM review report, "Temporary by Design: Labour Migration Governance in Jordan, 2018-2020". The report was co-authored by Dr. Lina Haddadin and myself and draws on 42 interviews with workers, employers and recruitment agencies.

We would also like to request a speaking role for Dr. Haddadin (Senior Researcher and Head of the Labour Mobility Programme at ACPR) as a floor intervention in Roundtable 3. I will unfortunately not be available on 24-25 February, so only Dr. Haddadin would speak.

Kind regards,
Omar Tal
Research Fellow
Amman Centre for Policy Research (ACPR) | Amman, Jordan
T +962 6 000 7741
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) +
                     '<p><img width="120" height="40" src="cid:image001.png@01D6FA1B.2C3D4E50" alt="ACPR"></p></div>')
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", cte="7bit"),
                                leaf("text/html", html, "us-ascii", cte="quoted-printable")],
                "_000_DB7PR05MB5561A2B3C4D5E6F7DB7PR05MB5561eurprd_")
    logo = leaf("image/png", make_png(12, 4, (120, 20, 40)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"',
                extra=[("Content-ID", "<image001.png@01D6FA1B.2C3D4E50>")])
    rel = multi("related", [alt, logo], "_004_DB7PR05MB5561A2B3C4D5E6F7DB7PR05MB5561eurprd_",
                params=[("type", '"multipart/alternative"')])
    att = pdf_att(name, ["Amman Centre for Policy Research (ACPR)", "Temporary by Design:",
                         "Labour Migration Governance in Jordan, 2018-2020",
                         "Voluntary GCM Review Report", "Lina Haddadin and Omar Tal"])
    body = multi("mixed", [rel, att], "_005_DB7PR05MB5561A2B3C4D5E6F7DB7PR05MB5561eurprd_")
    m = top(body, rows(when, "mail-db7eur05lp2104.outbound.protection.outlook.example.com", "104.47.18.104",
                       "4DW7gL0rW1z3", '"Tal, Omar" <o.tal@acpr-jo.example.org>',
                       "ACPR voluntary review report + speaker request", sent_at(when, 5, 2), MID[4],
                       ret="o.tal@acpr-jo.example.org",
                       post=[("Thread-Topic", "ACPR voluntary review report + speaker request"),
                             ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")]))
    add(4, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Lina Haddadin", "Senior Researcher and Head of the Labour Mobility Programme",
                     "Amman Centre for Policy Research (ACPR)", ["roundtable"], 3)],
        report_attachments=[name],
        notes="co-authored report (two authors) but only one co-author, not the sender, is proposed to speak; "
              "the sender's own signature (Research Fellow) is not a speaker; title given in parentheses with "
              "'at ACPR' (acronym only) stripped; '| Amman, Jordan' is not part of the affiliation; inline logo "
              "image001.png is not part of the report. Later replaced by h125-16."))


def m05():
    when = at("2021-02-03 21:17:03")
    text = """Bonsoir,

Je suis doctorante en 3eme annee de sociologie a l'universite Ibn Tofail de Kenitra, ma these porte sur les mineurs non accompagnes marocains.
J'ai vu l'annonce de la consultation du 23 fevrier et de la conference regionale sur le pacte mondial. Est ce que les etudiants peuvent y assister (en ligne ou sur place) meme sans organisation ? Je ne demande pas a prendre la parole, juste suivre les travaux pour ma recherche.

Si oui faut il s'inscrire quelque part ?

Merci d'avance et bonne soiree
Khadija

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", cte="quoted-printable")
    m = top(body, rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DWLn93jXfz2",
                       "Khadija Amrani <khadija.amrani95@gmail.example.com>",
                       "Question participation etudiants", sent_at(when, 6, 1), MID[5],
                       ret="khadija.amrani95@gmail.example.com",
                       post=[("X-Mailer", "iPhone Mail (18D52)"), ("Content-Language", "fr")]))
    add(5, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="doctoral student asking whether students may attend; explicitly not asking to speak, so no speaker "
              "even though a name, status and university are given; French without accents (iPhone, QP), "
              "Date header in +0100 (Morocco)."))


def m06():
    when = at("2021-02-04 12:40:19")
    inner = """<p>السادة المحترمون في سكرتارية الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة،</p>
<p>تحية طيبة،</p>
<p>بناءً على الدعوة المرسلة الى مركزنا، يرغب مركز الرافدين لدراسات الهجرة والنزوح بترشيح الباحثين المدرجة اسماؤهم ادناه للمشاركة في المؤتمر الإقليمي:</p>
<table border="1" cellpadding="4" cellspacing="0" dir="rtl">
<tr><th>ت</th><th>الاسم</th><th>العنوان الوظيفي</th><th>جهة الانتساب</th><th>نوع المشاركة</th></tr>
<tr><td>1</td><td>د. زينب كاظم الموسوي</td><td>باحثة أولى ورئيسة قسم دراسات النزوح</td><td>مركز الرافدين لدراسات الهجرة والنزوح</td><td>مقررة - عرض الرسائل الرئيسية لأصحاب المصلحة</td></tr>
<tr><td>2</td><td>حيدر عباس الجبوري</td><td>مدرس مساعد</td><td>قسم الجغرافيا، كلية التربية للعلوم الإنسانية، جامعة الكوفة</td><td>مداخلة في المائدة المستديرة الرابعة</td></tr>
</table>
<p>علماً ان السيد حيدر طالب دكتوراه متعاون مع المركز في مشروع العودة الى سنجار.</p>
<p>مع التقدير</p>
<p>د. علي حسين الربيعي<br>مدير المركز<br>مركز الرافدين لدراسات الهجرة والنزوح - بغداد، العراق</p>"""
    html = html_wrap(inner, dir_="rtl")
    body = leaf("text/html", html, "utf-8", cte="base64")
    m = top(body, rows(when, "webmail.rafidain-centre.example.iq", "37.236.0.19", "4DWq2V5cHmz6",
                       addr("مركز الرافدين", "info@rafidain-centre.example.iq"),
                       hdr("ترشيح متحدثين للمؤتمر الاقليمي"), sent_at(when, 8, 3), MID[6],
                       ret="info@rafidain-centre.example.iq",
                       post=[("User-Agent", "Roundcube Webmail/1.4.8")]))
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("زينب كاظم الموسوي", "باحثة أولى ورئيسة قسم دراسات النزوح",
                     "مركز الرافدين لدراسات الهجرة والنزوح", ["rapporteur"]),
                  sp("حيدر عباس الجبوري", "مدرس مساعد",
                     "قسم الجغرافيا، كلية التربية للعلوم الإنسانية، جامعة الكوفة", ["roundtable"], 4)],
        notes="HTML-only (base64) table with two speakers proposed by the centre's director (not a speaker); the "
              "second speaker is a university assistant lecturer / doctoral student with an affiliation "
              "different from the sending centre; roundtable as an ordinal word ('الرابعة'); From display name is "
              "the centre; Date in +0300 (Baghdad)."))


def m07():
    when = at("2021-02-04 19:55:02")
    name = "تقرير مختبر الهجرة والتنمية - وجدة 2021.docx"
    text = """السلام عليكم ورحمة الله،

صيفطنا ليكم فالمرفق التقرير الطوعي ديال مختبر الدراسات حول الهجرة والتنمية على تنفيذ الاتفاق العالمي للهجرة فالجهة الشرقية (الحدود، المهاجرين من جنوب الصحراء، والعودة). التقرير كتبوه جوج ديال الأساتذة و3 ديال الطلبة الباحثين.

وبغينا كذلك نقترحو الطالبة الباحثة سلمى بنعلي (طالبة باحثة في سلك الدكتوراه بالمختبر) باش تشارك فالنقاش المفتوح ديال المشاورة يوم 23 فبراير، راه هي اللي نسقات العمل الميداني.

شكرا بزاف ومع السلامة

ذ. عبد الرحيم الزياني
منسق مختبر الدراسات حول الهجرة والتنمية
كلية الآداب والعلوم الإنسانية، جامعة محمد الأول - وجدة
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64"),
                                leaf("text/html", html, "UTF-8", cte="base64")],
                "000000000000a81c3e05ba8d1f62")
    att = docx_att(name, ["تقرير طوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة", "مختبر الدراسات حول الهجرة والتنمية",
                          "جامعة محمد الأول - وجدة", "2021"], gmail_id="f_kkr8w1t60", rfc2231=True)
    body = multi("mixed", [alt, att], "000000000000a81c4005ba8d1f64")
    m = top(body, rows(when, "mail-wr1-f66.google.example.com", "209.85.221.66", "4DWzT81pLqz4",
                       addr("Abderrahim Zayani", "a.zayani.ump@gmail.example.com"),
                       hdr("التقرير الطوعي + ترشيح للنقاش المفتوح"), sent_at(when, 4, 1), MID[7],
                       ret="a.zayani.ump@gmail.example.com"))
    add(7, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("سلمى بنعلي", "طالبة باحثة في سلك الدكتوراه",
                     "مختبر الدراسات حول الهجرة والتنمية، كلية الآداب والعلوم الإنسانية، جامعة محمد الأول",
                     ["open_discussion"])],
        report_attachments=[name],
        notes="Moroccan darija mixed with MSA; report co-written by two professors and three doctoral students; "
              "the proposed speaker is a doctoral student whose affiliation is only 'بالمختبر' (by reference to the "
              "lab named earlier and to the signature's faculty/university lines; ' - وجدة' is the city); sender "
              "(lab coordinator) is not a speaker; Arabic DOCX name in RFC 2231 continuations, English From name."))


def m08():
    when = at("2021-02-05 09:31:40")
    text = """صباح الخير

حابين نشارك من طرف معهد الخليج لسياسات العمل والهجرة في المؤتمر الإقليمي، وهذي أسماء المرشحين:

- د. نوف خالد المهندي، أستاذ مشارك في السياسات العامة — مداخلة في الجلسة العامة
- أ. جاسم محمد الكبيسي، باحث مساعد — مداخلة في وحدة من الطاولات المستديرة (أي وحدة تناسبكم)

تحياتي
نوف

أُرسلت من الـ iPhone"""
    body = leaf("text/plain", text, "utf-8", cte="base64")
    m = top(body, rows(when, "smtp.gulf-lmi.example.qa", "185.37.0.112", "4DXB9g6tRkz8",
                       addr("نوف المهندي", "n.almuhannadi@gulf-lmi.example.qa"),
                       hdr("مشاركة المعهد"), sent_at(when, 7, 3), MID[8], ret="n.almuhannadi@gulf-lmi.example.qa",
                       post=[("X-Mailer", "iPhone Mail (18C66)")]))
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("نوف خالد المهندي", "أستاذ مشارك في السياسات العامة", "معهد الخليج لسياسات العمل والهجرة",
                     ["plenary"]),
                  sp("جاسم محمد الكبيسي", "باحث مساعد", "معهد الخليج لسياسات العمل والهجرة", ["roundtable"])],
        notes="Gulf colloquial, iPhone, two speakers in a dashed list with comma/em-dash separators; the sender "
              "is the first speaker (signs only with her first name); affiliation only in the opening sentence; "
              "'أي وحدة تناسبكم' = any roundtable, so roundtable null; 'د.' and 'أ.' are honorifics; one-word-ish "
              "vague subject."))


def m09():
    when = at("2021-02-05 23:57:40")
    text = """Dear colleagues,

Apologies for writing so late in the day -- I only got the green light from our director this evening.

The Gulf Centre for Migration Governance Research (GCMGR) would like to propose Prof. Ahmed Siddiqui as a floor speaker in one of the plenary sessions on 24-25 February. Prof. Siddiqui is Distinguished Professor of Labour Economics and Doha Chair in Labour Mobility Studies, and led our recent work on wage protection systems and the abolition of exit permits.

I hope this can still be considered.

Best regards,

Mariam Hassan
Programme Officer
GCMGR | Doha, Qatar
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "B_3695320660_1739824135")
    m = top(body, rows(when, "mail.gcmgr.example.qa", "212.77.0.45", "4DXqZ7yN3Vz5",
                       "Mariam Hassan <m.hassan@gcmgr.example.qa>", "Speaker nomination - plenary (GCMGR)",
                       sent_at(when, 19, 3), MID[9], ret="m.hassan@gcmgr.example.qa",
                       post=[("User-Agent", "Microsoft-MacOutlook/16.45.21011103"),
                             ("Thread-Topic", "Speaker nomination - plenary (GCMGR)")]))
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Ahmed Siddiqui", "Distinguished Professor of Labour Economics and Doha Chair in Labour "
                     "Mobility Studies", "Gulf Centre for Migration Governance Research (GCMGR)", ["plenary"])],
        notes="deadline edge: received 23:57:40 Beirut on 5 Feb (on time) while the Date header already says "
              "Sat, 6 Feb 00:57 +0300 (Doha); speaker is not the sender, described in prose with a long title "
              "including a chair; 'Prof.' dropped; signature has only the acronym and '| Doha, Qatar'."))


def m10():
    when = at("2021-02-06 00:03:12")
    text = """Madame, Monsieur,

Je me permets de vous adresser, avant l'échéance de ce soir, ma demande d'intervention dans le cadre de la Revue régionale du Pacte mondial sur les migrations :

Nom et prénom : EL FASSI Nadia
Fonction : Professeure de l'enseignement supérieur, titulaire de la Chaire « Mobilités et droits »
Rattachement : voir signature ci-dessous
Intervention souhaitée : la première table ronde thématique (à défaut, la deuxième)

Je vous remercie par avance et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

--
Pr. Nadia El Fassi
Équipe de recherche « Migrations, Droit et Société » (EMDS)
Faculté des Sciences Juridiques, Économiques et Sociales - Souissi
Université Mohammed V de Rabat
"""
    body = leaf("text/plain", text, "iso-8859-1", cte="quoted-printable")
    m = top(body, rows(when, "smtp.um5.example.ma", "196.200.0.133", "4DXr3Q8bTnz2",
                       addr("Nadia El Fassi", "n.elfassi@emds.um5.example.ma"),
                       hdr("Demande d'intervention - table ronde thématique", "iso-8859-1", "Q"),
                       sent_at(when, 14, 1), MID[10], ret="n.elfassi@emds.um5.example.ma",
                       post=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 "
                                            "Thunderbird/78.6.1"), ("Content-Language", "fr-FR")]))
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Nadia El Fassi", "Professeure de l'enseignement supérieur, titulaire de la Chaire « Mobilités "
                     "et droits »",
                     "Équipe de recherche « Migrations, Droit et Société » (EMDS), Faculté des Sciences Juridiques, "
                     "Économiques et Sociales, Université Mohammed V de Rabat", ["roundtable"], 1)],
        notes="deadline edge, late: Date header Fri 5 Feb 23:02:58 +0100 (Rabat) and the body says 'avant "
              "l'échéance de ce soir', but received 00:03:12 Beirut on 6 Feb. Name written SURNAME first in "
              "capitals ('EL FASSI Nadia'); affiliation only by reference to the signature: unit, faculty and "
              "university on three lines ('- Souissi' is the campus, not kept); first choice = first roundtable; "
              "ISO-8859-1 quoted-printable."))


def m11():
    when = at("2021-02-08 13:20:05")
    name = "التقرير الطوعي - مرصد الهجرة والعمل.pdf"
    text = """مرحبا،

مرفق التقرير الطوعي يلي حضّرو فريق مرصد الهجرة والعمل عن تطبيق الاتفاق العالمي بلبنان (عمال المنازل المهاجرين والأزمة الاقتصادية). اذا في شي ناقص او بدكن صيغة تانية خبرونا.

يعطيكن العافية
ريما

--
ريما الحاج
باحثة - مرصد الهجرة والعمل
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64"),
                                leaf("text/html", html, "UTF-8", cte="base64")],
                "0000000000007c0d2b05bad4e8a1")
    att = pdf_att(name, ["Migration and Labour Observatory (Lebanon)", "Voluntary GCM Review Report 2021",
                         "Migrant domestic workers and the economic crisis"], gmail_id="f_kkw2b9rq0", rfc2047=True)
    body = multi("mixed", [alt, att], "0000000000007c0d2d05bad4e8a3")
    m = top(body, rows(when, "mail-lj1-f180.google.example.com", "209.85.208.180", "4DZ0tF2xVhz3",
                       addr("ريما الحاج", "rima.elhajj.mlo@gmail.example.com"), hdr("التقرير الطوعي"),
                       sent_at(when, 3, 2), MID[11], ret="rima.elhajj.mlo@gmail.example.com"))
    add(11, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Lebanese colloquial, short; Gmail-style RFC 2047 encoded Arabic file name inside quoted "
              "name/filename parameters; signature title is not a speaker request. Followed up by h125-15."))


def m12():
    when = at("2021-02-09 10:02:33")
    name = "CMRS_Upper_Egypt_GCM_Voluntary_Review.docx"
    text = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Centre for Migration and Refugee Studies, Faculty of Economics and Political Science, Assiut University (CMRS).

The report, "Remittances, Return and Recruitment: Upper Egypt and the GCM", was co-authored by Prof. Tarek Abdel Aziz, Dr. Heba Mostafa and Mr. Youssef Gamal, and is submitted as an individual (institutional) contribution. We are not requesting a speaking slot at this stage.

Kindly confirm receipt.

Best regards,

Heba Mostafa, PhD
Lecturer in Development Economics
Centre for Migration and Refugee Studies (CMRS)
Faculty of Economics and Political Science
Assiut University
"""
    alt = leaf("text/plain", text, "UTF-8", cte="7bit")
    att = docx_att(name, ["Centre for Migration and Refugee Studies (CMRS), Assiut University",
                          "Remittances, Return and Recruitment: Upper Egypt and the GCM",
                          "Voluntary GCM Review Report, February 2021"])
    body = multi("mixed", [alt, att], "------------B6A2C81F0E4D7A9315E2C4B8")
    m = top(body, rows(when, "mx.cmrs-eg.example.org", "41.33.0.88", "4DZS1m7QkYz6",
                       "Heba Mostafa <h.mostafa@cmrs-eg.example.org>",
                       "Voluntary GCM Review Report - CMRS (Assiut University)", sent_at(when, 2, 2), MID[12],
                       ret="h.mostafa@cmrs-eg.example.org",
                       post=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                            "Thunderbird/78.7.1"), ("Content-Language", "en-US")]))
    add(12, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="report co-authored by three researchers (Prof./Dr./Mr.), explicitly no speaking request; centre, "
              "faculty and university written on three signature lines of the sender; Thunderbird DOCX. The "
              "sender's thank-you reply to the acknowledgement is h125-17."))


def m13():
    when = at("2021-02-10 09:15:00")
    name = "Rapport_volontaire_PMM_Observatoire_tunisien_des_mobilités.pdf"
    text = """Madame, Monsieur,

Au nom de l'Observatoire tunisien des mobilités (OTM) et de ses partenaires (le Laboratoire de sociologie du travail de l'Université de Sfax, le Centre d'études maghrébines et deux associations de Médenine), j'ai le plaisir de vous transmettre ci-joint notre rapport volontaire collectif sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières en Tunisie.

Nous restons disponibles pour tout échange.

Cordialement,

Hatem Jebali
Chercheur associé, coordinateur du rapport
Observatoire tunisien des mobilités (OTM)
Tunis – Tunisie
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) +
                     '<p><img width="90" height="30" src="cid:image001.jpg@01D6FF2A.4B5C6D70" alt="OTM"></p></div>',
                     charset="windows-1252")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "windows-1252")],
                "_000_VI1PR08MB3022B4C6D8E0F1A2VI1PR08MB3022eurprd_")
    logo = leaf("image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64
                + b"\xff\xd9", cte="base64", params=[("name", '"image001.jpg"')], disp='inline; filename="image001.jpg"',
                extra=[("Content-ID", "<image001.jpg@01D6FF2A.4B5C6D70>")])
    rel = multi("related", [alt, logo], "_004_VI1PR08MB3022B4C6D8E0F1A2VI1PR08MB3022eurprd_",
                params=[("type", '"multipart/alternative"')])
    att = pdf_att(name, ["Observatoire tunisien des mobilites (OTM)", "Rapport volontaire collectif - PMM",
                         "Tunisie, fevrier 2021"], rfc2231=True)
    body = multi("mixed", [rel, att], "_005_VI1PR08MB3022B4C6D8E0F1A2VI1PR08MB3022eurprd_")
    m = top(body, rows(when, "mail-vi1eur08lp2050.outbound.protection.outlook.example.com", "104.47.10.50",
                       "4DZn6Wc2Lpz8", "Hatem Jebali <h.jebali@otm-tn.example.org>",
                       hdr("Rapport volontaire collectif – Observatoire tunisien des mobilités", "utf-8", "Q"),
                       sent_at(when, 6, 1), MID[13], ret="h.jebali@otm-tn.example.org",
                       post=[("Thread-Topic", hdr("Rapport volontaire collectif – OTM", "utf-8", "Q")),
                             ("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")]))
    add(13, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report of a think tank with university partners (several institutions named in the body, "
              "none proposed as speakers); Outlook mixed>related>alternative, windows-1252 quoted-printable body "
              "('œ' in 'mise en œuvre'); signature 'Tunis – Tunisie' is the city; inline image001.jpg is a logo decoy; accented PDF name in RFC 2231 continuations. Revised by h125-21."))


def m14():
    when = at("2021-02-10 09:15:48")
    text = """Bonjour,

Je suis actuellement en mission de terrain à Médenine et Zarzis, avec un accès très limité à ma messagerie, jusqu'au lundi 15 février inclus.

Pour toute urgence concernant le rapport de l'Observatoire, merci de contacter Mme Amel Trabelsi (a.trabelsi@otm-tn.example.org).

Cordialement,
Hatem Jebali
"""
    body = leaf("text/plain", text, "utf-8", cte="quoted-printable")
    m = top(body, rows(when, "mail-vi1eur08lp2051.outbound.protection.outlook.example.com", "104.47.10.51",
                       "4DZn7Hq0Xmz1", "Hatem Jebali <h.jebali@otm-tn.example.org>",
                       hdr("Réponse automatique : Accusé de réception – Rapport volontaire collectif – "
                           "Observatoire tunisien des mobilités", "utf-8", "Q"),
                       sent_at(when, 2, 1), MID[14], ret="",
                       post=[("In-Reply-To", ACK[13]), ("References", ACK[13]),
                             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                             ("X-MS-Exchange-Inbox-Rules-Loop", "h.jebali@otm-tn.example.org"),
                             ("Content-Language", "fr-FR")]))
    add(14, when, m, dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office reply to the acknowledgement of h125-13 (Auto-Submitted: auto-replied, null "
              "Return-Path); mentions 'le rapport de l'Observatoire' and names a colleague; replying would loop."))


def m15():
    when = at("2021-02-10 17:40:11")
    text = """مرحبا مرة تانية،

بس حبيت اتأكد انو وصلكن التقرير يلي بعتناه يوم الاتنين؟ ما وصلنا اي رد.
وكمان عنا ملحق فيه الجداول الإحصائية لسا عم نشتغل عليه، فينا نبعتو بعدين ولا لازم قبل ١٦ شباط؟

شكراً كتير
ريما

On Mon, Feb 8, 2021 at 1:20 PM ريما الحاج <rima.elhajj.mlo@gmail.example.com> wrote:
> مرحبا،
>
> مرفق التقرير الطوعي يلي حضّرو فريق مرصد الهجرة والعمل عن تطبيق الاتفاق العالمي بلبنان (عمال المنازل المهاجرين والأزمة الاقتصادية). اذا في شي ناقص او بدكن صيغة تانية خبرونا.
>
> يعطيكن العافية
> ريما
>
> --
> ريما الحاج
> باحثة - مرصد الهجرة والعمل
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64"),
                                 leaf("text/html", html, "UTF-8", cte="base64")],
                 "000000000000e1f4a905bb0c27d5")
    m = top(body, rows(when, "mail-lj1-f182.google.example.com", "209.85.208.182", "4DbBw37RcFz9",
                       addr("ريما الحاج", "rima.elhajj.mlo@gmail.example.com"), re_hdr("Re: ", "التقرير الطوعي"),
                       sent_at(when, 3, 2), MID[15], ret="rima.elhajj.mlo@gmail.example.com",
                       post=[("In-Reply-To", MID[11]), ("References", MID[11])]))
    add(15, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h125-11.eml",
        notes="Lebanese colloquial follow-up to her own report e-mail: asks whether it arrived and whether an annex "
              "can be sent later (nothing new attached); the '>'-quoted original still describes the attached "
              "report; Arabic-Indic digits in '١٦ شباط' (Levantine month name)."))


def m16():
    when = at("2021-02-11 10:05:27")
    text = """Dear colleagues,

Following up on the message below: unfortunately Dr. Haddadin now has a conflicting commitment on 24-25 February and will not be able to take part. Would it be possible for me to speak in Roundtable 3 in her place? I know the deadline for speaker requests has passed, so I fully understand if this is not possible.

My details: Omar Tal, Research Fellow, Amman Centre for Policy Research (ACPR).

Many thanks,
Omar

________________________________
From: Tal, Omar <o.tal@acpr-jo.example.org>
Sent: Wednesday, February 3, 2021 2:28 PM
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Subject: ACPR voluntary review report + speaker request

Dear GCM Regional Review Secretariat,

On behalf of the Amman Centre for Policy Research (ACPR), please find attached our voluntary GCM review report, "Temporary by Design: Labour Migration Governance in Jordan, 2018-2020". The report was co-authored by Dr. Lina Haddadin and myself and draws on 42 interviews with workers, employers and recruitment agencies.

We would also like to request a speaking role for Dr. Haddadin (Senior Researcher and Head of the Labour Mobility Programme at ACPR) as a floor intervention in Roundtable 3. I will unfortunately not be available on 24-25 February, so only Dr. Haddadin would speak.

Kind regards,
Omar Tal
Research Fellow
Amman Centre for Policy Research (ACPR) | Amman, Jordan
T +962 6 000 7741
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", cte="7bit"),
                                 leaf("text/html", html, "us-ascii", cte="quoted-printable")],
                 "_000_DB7PR05MB5561F9E8D7C6B5A4DB7PR05MB5561eurprd_")
    m = top(body, rows(when, "mail-db7eur05lp2107.outbound.protection.outlook.example.com", "104.47.18.107",
                       "4DbbK52nTwz4", '"Tal, Omar" <o.tal@acpr-jo.example.org>',
                       "RE: ACPR voluntary review report + speaker request", sent_at(when, 5, 2), MID[16],
                       ret="o.tal@acpr-jo.example.org",
                       post=[("In-Reply-To", MID[4]), ("References", MID[4]),
                             ("Thread-Topic", "ACPR voluntary review report + speaker request"),
                             ("Thread-Index", "AQHW+hk1c2VwZWFrZXJyZXBsYWNlbWVudA=="),
                             ("X-MS-Has-Attach", ""), ("Content-Language", "en-GB")]))
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Omar Tal", "Research Fellow", "Amman Centre for Policy Research (ACPR)", ["roundtable"], 3)],
        thread_of="h125-04.eml",
        notes="follow-up replacing the speaker of h125-04 by the sender himself (the co-author who earlier said he "
              "would not be available); late for speaker requests (11 Feb) and says so; the Outlook-quoted original "
              "still contains the old speaker, her title and the report (not re-attached): category stays "
              "speaker_request."))


def m17():
    when = at("2021-02-11 12:12:12")
    text = """Many thanks for confirming receipt!
Best,
Heba

Sent from my iPhone

> On 9 Feb 2021, at 10:03, GCM Regional Review <gcmrrarabstates@iom.int> wrote:
>
> Dear Heba Mostafa,
>
> Thank you for your message. We confirm receipt of your voluntary GCM review report (CMRS_Upper_Egypt_GCM_Voluntary_Review.docx), received on 9 February 2021 before the deadline of 16 February 2021.
>
> Regional UN Network on Migration - GCM Regional Review secretariat
"""
    body = leaf("text/plain", text, "utf-8", cte="7bit")
    m = top(body, rows(when, "mx.cmrs-eg.example.org", "41.33.0.88", "4Dbf0L8yHqz7",
                       "Heba Mostafa <h.mostafa@cmrs-eg.example.org>",
                       "Re: Acknowledgement of receipt - Voluntary GCM Review Report - CMRS (Assiut University)",
                       sent_at(when, 4, 2), MID[17], ret="h.mostafa@cmrs-eg.example.org",
                       post=[("In-Reply-To", ACK[12]), ("References", MID[12] + " " + ACK[12]),
                             ("X-Mailer", "iPhone Mail (18D52)")]))
    add(17, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h125-12.eml",
        notes="thank-you reply to the service's acknowledgement of h125-12: adds nothing new, so no acknowledgement "
              "(loop risk); the quoted acknowledgement repeats the report file name and the deadline."))


def m18():
    when = at("2021-02-12 15:33:09")
    name = "OML_Rapport_volontaire_PMM_2021.pdf"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Observatoire des migrations du Levant (OML) sur la mise en œuvre du Pacte mondial au Liban, rédigé par l'équipe de l'Observatoire avec le concours de deux doctorants de l'École doctorale.

Par ailleurs, et même si nous savons que le délai pour les demandes d'intervention est dépassé, nous souhaiterions proposer une intervention en séance plénière :

ABI NADER Joëlle — Professeure associée et directrice de l'Observatoire — Observatoire des migrations du Levant (OML), Faculté des lettres et des sciences humaines, Université Saint-Joseph de Beyrouth

Merci d'avance et bonne fin de semaine,

Karim Saadé
Chargé de recherche, OML
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + text2html(text) + "</body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "Apple-Mail=_5E7A2C19-4B3D-4F80-9C61-2D8E0A7B3F14")
    att = pdf_att(name, ["Observatoire des migrations du Levant (OML)", "Rapport volontaire - Pacte mondial",
                         "Liban, 2021"])
    body = multi("mixed", [alt, att], "Apple-Mail=_0C4D8E27-91B6-4A35-8F2E-6B1D3C9A7E05")
    m = top(body, rows(when, "smtp.oml-usj.example.lb", "194.126.0.61", "4DcKz83pJnz5",
                       addr("Karim Saadé", "k.saade@oml-usj.example.lb", "utf-8", "Q"),
                       hdr("Rapport volontaire OML + demande d'intervention (plénière)", "utf-8", "Q"),
                       sent_at(when, 5, 2), MID[18], ret="k.saade@oml-usj.example.lb",
                       post=[("Reply-To", "OML Secretariat <oml-secretariat@usj.example.lb>"),
                             ("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]))
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Joëlle Abi Nader", "Professeure associée et directrice de l'Observatoire",
                     "Observatoire des migrations du Levant (OML), Faculté des lettres et des sciences humaines, "
                     "Université Saint-Joseph de Beyrouth", ["plenary"])],
        report_attachments=[name],
        notes="both: report on time (12 Feb) but speaker request late, so on_time false; Lebanese French; speaker "
              "is not the sender, written 'SURNAME Given-name' in capitals on one line with em-dash separated "
              "name / title / observatory, faculty, university (parent institutions kept); title keeps 'directrice "
              "de l'Observatoire' (generic word for its own body); Reply-To is a group address (the acknowledgement "
              "bounces, see h125-19)."))


def m19():
    when = at("2021-02-12 15:34:30")
    human = """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

oml-secretariat@usj.example.lb
Le groupe oml-secretariat n'accepte que les messages provenant d'expéditeurs de l'organisation. Votre message n'a pas été remis.

Informations de diagnostic pour les administrateurs :
Serveur de génération : MBX02.usj.example.lb
oml-secretariat@usj.example.lb
Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'
"""
    p1 = leaf("text/plain", human, "utf-8", cte="quoted-printable")
    ds = Message(policy=POL)
    ds["Content-Type"] = "message/delivery-status"
    per_msg, per_rcpt = Message(policy=POL), Message(policy=POL)
    for k, v in (("Reporting-MTA", "dns;MBX02.usj.example.lb"), ("Received-From-MTA", "dns;mx1.iom.int"),
                 ("Arrival-Date", "Fri, 12 Feb 2021 13:34:21 +0000")):
        per_msg[k] = v
    for k, v in (("Final-Recipient", "rfc822;oml-secretariat@usj.example.lb"), ("Action", "failed"),
                 ("Status", "5.7.1"),
                 ("Diagnostic-Code", "smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required")):
        per_rcpt[k] = v
    ds.set_payload([per_msg, per_rcpt])
    hdrs = Message(policy=POL)
    hdrs["Content-Type"] = "text/rfc822-headers"
    hdrs.set_payload("From: GCM Regional Review <gcmrrarabstates@iom.int>\r\n"
                     "To: OML Secretariat <oml-secretariat@usj.example.lb>\r\n"
                     "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Rapport_volontaire_OML?=\r\n"
                     "Date: Fri, 12 Feb 2021 15:33:12 +0200\r\n"
                     "Message-ID: %s\r\nIn-Reply-To: %s\r\n" % (ACK[18], MID[18]))
    body = multi("report", [p1, ds, hdrs], "b6e2d4f8a0c1ndr4f3aMBX02usj",
                 params=[("report-type", "delivery-status")])
    m = top(body, rows(when, "MBX02.usj.example.lb", "194.126.0.70", "4DcL0x1VbRz2",
                       "Microsoft Outlook <postmaster@usj.example.lb>",
                       hdr("Non remis : Accusé de réception - Rapport volontaire OML", "utf-8", "Q"),
                       sent_at(when, 9, 2), MID[19], ret="",
                       post=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                             ("Content-Language", "fr-FR")]))
    add(19, when, m, dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Exchange NDR (multipart/report delivery-status, 5.7.1 group accepts internal "
              "senders only) for the acknowledgement sent to the Reply-To group of h125-18; the returned headers "
              "mention the voluntary report."))


def m20():
    when = at("2021-02-14 11:48:00")
    text = """Dear GCM review team,

We are a small policy think tank in Amman and are preparing a voluntary review together with a research team from the Faculty of International Studies at the University of Jordan. Two quick questions before we submit:

1. Can the report be submitted in Arabic only, or do you need an English version/summary as well?
2. Is there a page limit? Our draft is around 35 pages plus annexes.

Also, if the report is co-authored by a think tank and a university department, should it be submitted as a collective report?

Thanks a lot,
Dana Qaisi
Policy Analyst
Jordan Strategy and Migration Forum (JSMF)
"""
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", cte="7bit"),
                                 leaf("text/html", html_wrap(text2html(text)), "us-ascii", cte="quoted-printable")],
                 "_000_HE1PR03MB2876A5C7E9B1D3F5HE1PR03MB2876eurprd_")
    m = top(body, rows(when, "mail-he1eur03lp2176.outbound.protection.outlook.example.com", "104.47.9.176",
                       "4DdQ9m2sHkz6", "Dana Qaisi <dana.qaisi@jsmf.example.jo>",
                       "Questions on the voluntary report (language, length)", sent_at(when, 6, 2), MID[20],
                       ret="dana.qaisi@jsmf.example.jo",
                       post=[("Thread-Topic", "Questions on the voluntary report (language, length)"),
                             ("Content-Language", "en-US")]))
    add(20, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions about an upcoming co-authored report (language, page limit, collective or not): "
              "report-related keywords but nothing is submitted; the sender's signature is not a speaker."))


def m21():
    when = at("2021-02-15 18:22:05")
    name = "Rapport_volontaire_PMM_Observatoire_tunisien_des_mobilités_v2.pdf"
    text = """Madame, Monsieur,

De retour de mission, je vous transmets une version révisée (v2) de notre rapport collectif, qui remplace celle envoyée le 10 février : quelques coquilles corrigées et le tableau 3 (retours forcés 2019-2020) mis à jour avec les chiffres définitifs.

Merci de bien vouloir ne prendre en compte que cette version.

Cordialement,
Hatem Jebali

De : Hatem Jebali
Envoyé : mercredi 10 février 2021 08:14
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire collectif – Observatoire tunisien des mobilités

Madame, Monsieur,

Au nom de l'Observatoire tunisien des mobilités (OTM) et de ses partenaires (...), j'ai le plaisir de vous transmettre ci-joint notre rapport volontaire collectif sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières en Tunisie.
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>", charset="windows-1252")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "windows-1252")],
                "_000_VI1PR08MB30229A8B7C6D5E4FVI1PR08MB3022eurprd_")
    att = pdf_att(name, ["Observatoire tunisien des mobilites (OTM)", "Rapport volontaire collectif - PMM (v2)",
                         "Tunisie, fevrier 2021"], rfc2231=True)
    body = multi("mixed", [alt, att], "_005_VI1PR08MB30229A8B7C6D5E4FVI1PR08MB3022eurprd_")
    m = top(body, rows(when, "mail-vi1eur08lp2052.outbound.protection.outlook.example.com", "104.47.10.52",
                       "4DfD3Tn8Ywz1", "Hatem Jebali <h.jebali@otm-tn.example.org>",
                       hdr("TR: Rapport volontaire collectif – Observatoire tunisien des mobilités (v2)", "utf-8",
                           "Q"),
                       sent_at(when, 4, 1), MID[21], ret="h.jebali@otm-tn.example.org",
                       post=[("In-Reply-To", MID[13]), ("References", MID[13]),
                             ("Thread-Topic", hdr("Rapport volontaire collectif – OTM", "utf-8", "Q")),
                             ("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")]))
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h125-13.eml",
        notes="revised report (v2) replacing h125-13, on time (15 Feb); Outlook forward-style 'TR:' subject with the "
              "French 'De : / Envoyé :' quoted header (the quoted Envoyé time is local +0100); In-Reply-To set; "
              "accented PDF name in RFC 2231 continuations."))


def m22():
    when = at("2021-02-16 23:56:30")
    name = "UoB_CPMS_GCM_Voluntary_Report_2021.pdf"
    text = """السادة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمون
تحية طيبة

نرفق لكم طياً التقرير الطوعي لمركز دراسات السكان والهجرة في جامعة بغداد حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في العراق، وهو من إعداد فريق من أساتذة وباحثي المركز بالتعاون مع قسم الاجتماع في كلية الآداب.

نعتذر عن التأخير بسبب انقطاع الكهرباء والانترنت في الأيام الماضية، ونأمل أن يصلكم قبل انتهاء المهلة.

مع فائق الاحترام
أ.م.د. سعد جاسم الدليمي
مدير مركز دراسات السكان والهجرة
جامعة بغداد
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64"),
                                leaf("text/html", html, "UTF-8", cte="base64")],
                "0000000000003d9e1f05bb7a4c02")
    att = pdf_att(name, ["University of Baghdad - Centre for Population and Migration Studies",
                         "Voluntary GCM Review Report, Iraq, 2021"], gmail_id="f_kl8x0c1e0")
    body = multi("mixed", [alt, att], "0000000000003d9e2005bb7a4c04")
    m = top(body, rows(when, "mail-pj1-f47.google.example.com", "209.85.216.47", "4DgJ8s5kWbz3",
                       addr("سعد الدليمي", "saad.aldulaimi.cpms@gmail.example.com"),
                       hdr("التقرير الطوعي - مركز دراسات السكان والهجرة / جامعة بغداد"),
                       sent_at(when, 19, 3), MID[22], ret="saad.aldulaimi.cpms@gmail.example.com"))
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge, on time: received 23:56:30 Beirut on 16 Feb, while the Date header says Wed, 17 Feb "
              "00:56 +0300 (Baghdad) and the sender apologises for being late; co-written by a university centre's "
              "staff; 'أ.م.د.' honorific in the signature (no speaker request)."))


def m23():
    when = at("2021-02-17 00:04:10")
    name = "JMPL_GCM_voluntary_review_final.docx"
    text = """Dear all,

Just making it before midnight, I hope! Please find attached the voluntary GCM review of the Jordan Migration Policy Lab, co-authored with colleagues at the Department of Sociology, Yarmouk University. It covers Goals 5, 6 and 22 with a focus on Syrian and Egyptian workers in agriculture.

Apologies for the last-minute submission -- I'm currently on a research stay in Berlin and the final comments came in late.

Best,
Sami

Sami Obeidat
Senior Researcher | Jordan Migration Policy Lab (JMPL)
Visiting Fellow, Berlin Institute for Migration Research (until March 2021)
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000f6b28c05bb7b1e37")
    att = docx_att(name, ["Jordan Migration Policy Lab (JMPL)", "Voluntary GCM Review - final",
                          "Goals 5, 6 and 22: migrant workers in Jordanian agriculture"], gmail_id="f_kl8y3d2f1")
    body = multi("mixed", [alt, att], "000000000000f6b28d05bb7b1e39")
    m = top(body, rows(when, "mail-ed1-f54.google.example.com", "209.85.208.54", "4DgJFv0pNqz8",
                       "Sami Obeidat <sami.obeidat@jmpl.example.jo>", "JMPL voluntary GCM review (final)",
                       sent_at(when, 19, 1), MID[23], ret="sami.obeidat@jmpl.example.jo"))
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge, late: Date header Tue 16 Feb 23:03:51 +0100 (Berlin) and 'just making it before "
              "midnight', but received 00:04:10 Beirut on 17 Feb; 'Goals 5, 6 and 22' are GCM objectives, not "
              "roundtables; two affiliations in the signature, no speaker request."))


def m24():
    when = at("2021-02-20 10:10:10")
    text = """مرحبا،

حسب رسالة الدعوة بالعربي آخر موعد لطلبات المداخلات هو يوم الجمعة ٢٣ شباط، فإن شاء الله نكون لحقنا.

بدنا نرشّح منسقة برنامج الأبحاث الميدانية في مركز دراسات الهجرة القسرية بالجامعة الأردنية، الدكتورة ريم عبد الله الخوالدة، لمداخلة بالطاولة المستديرة التانية، لأنو شغلها كله عن اللاجئين السوريين بالمخيمات وسوق العمل.

وشكراً إلكم
لين
مساعدة بحث - المركز
"""
    html = ('<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
            'font-size:13px;"><div dir="rtl">' + text2html(text) + "</div></div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "----=_Part_712934_1402958113.1613808605318")
    m = top(body, rows(when, "sonic312-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.180", "4DjR5b2LmYz6",
                       addr("Leen", "leen_mansour88@yahoo.example.com"), hdr("ترشيح للمداخلة"),
                       sent_at(when, 5, 2), MID[24], ret="leen_mansour88@yahoo.example.com",
                       post=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")]))
    add(24, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("ريم عبد الله الخوالدة", "منسقة برنامج الأبحاث الميدانية",
                     "مركز دراسات الهجرة القسرية بالجامعة الأردنية", ["roundtable"], 2)],
        notes="late (20 Feb): the sender relies on the misprinted Arabic deadline ('الجمعة ٢٣ شباط'); Levantine; "
              "title, then organisation (with parent university 'بالجامعة الأردنية'), then honorific and name "
              "(unusual order); roundtable as colloquial ordinal 'التانية'; sender is a research assistant "
              "signing with a first name only (not a speaker); Yahoo."))


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
