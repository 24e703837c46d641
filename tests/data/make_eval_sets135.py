#!/usr/bin/env python3
"""Write the blind evaluation set holdout135 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets135.py
Theme: health and psychosocial professionals (doctors, nurses, psychologists, hospital departments, clinics,
medical syndicates and professional orders) in Lebanon, Jordan, Egypt, Tunisia, Morocco, Iraq and Kuwait.
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout135")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h135-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ small builders
def alt(text, html, b, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)], b)


def attach(ctype, data, name, extra=None, disp="attachment", quote=True):
    q = '"%s"' % name if quote else name
    return leaf(ctype, data, cte="base64", params=[("name", q)], disp='%s; filename=%s' % (disp, q), extra=extra)


ACK_MID_03 = "<gcmrr.ack.20210202.0931.h3k8@iom.int>"


# ---------------------------------------------------------------- 01 auto-reply (en)
def m01():
    when = at("2021-02-01 10:12:05")
    sent = when - dt.timedelta(seconds=3)
    text = """I am out of the office until Sunday 7 February 2021 with limited access to e-mail.

For urgent clinical matters please contact the ER duty physician on ext. 2210. For administrative matters please contact Ms. Dana Salem (d.salem@mercy-hosp.example.org).

Dr. Omar Haddad
Emergency Department
"""
    body = alt(text, '<div dir="ltr">' + text2html(text) + "</div>", "_000_VI1PR0601MB2217A3C1_")
    rows = std_rows(when, "mail.mercy-hosp.example.org", "198.51.100.21", "4DTk0b1Xyz7q",
                    "Omar Haddad <o.haddad@mercy-hosp.example.org>",
                    "Automatic reply: Invitation - Regional Review of the Global Compact for Migration in the Arab region",
                    rfcdate(tz(sent, 2)),
                    "<VI1PR0601MB2217A3C1E4F0B2D7C9A81F3AB8D40@VI1PR0601MB2217.eurprd06.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, v) for k, v in rows if k != "Return-Path"]
    rows.insert(0, ("Return-Path", "<>"))
    rows += [("In-Reply-To", "<gcmrr.invitation.20210201@iom.int>"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(1, when, m, dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office from a hospital emergency department answering the invitation mailing; "
              "Auto-Submitted header and null Return-Path; signature names a doctor and a department but nothing is proposed."))


# ---------------------------------------------------------------- 02 speaker ar, title before honorific
def m02():
    when = at("2021-02-01 14:30:22")
    sent = when - dt.timedelta(seconds=6)
    text = """السلام عليكم ورحمة الله وبركاته

الأخوة الأعزاء في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمون

تحية طيبة وبعد،

إشارةً إلى كتاب الدعوة الخاص بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّنا أن نرشّح استشاري الطب النفسي الدكتور حيدر عبد الأمير الساعدي، من مستشفى ابن رشد التعليمي للطب النفسي في بغداد، لتقديم مداخلة في إحدى الجلسات العامة للمؤتمر يومي 24 و25 شباط.

يعمل الدكتور حيدر منذ عام 2015 مع النازحين والعائدين من المخيمات ومع ضحايا الاتجار بالبشر، ولديه خبرة في برامج الدعم النفسي والاجتماعي المجتمعية، ونرى أن مشاركته ستضيف بُعد الصحة النفسية إلى النقاش.

نرجو التفضل بإعلامنا بما يلزم من إجراءات.

مع فائق الاحترام والتقدير

م. زينب كاظم
مسؤولة العلاقات العامة
مستشفى ابن رشد التعليمي للطب النفسي
بغداد - العراق
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = alt(text, html, "0000000000007b3e2c05ba4d91f2", cte="base64")
    rows = std_rows(when, "mail-ej1-f54.google.example.com", "209.85.218.54", "4DTqH62kLm0v",
                    addr("زينب كاظم", "zainab.kadhim.ibnrushd@gmail.example.com"),
                    hdr("ترشيح متحدث - الاستعراض الإقليمي للاتفاق العالمي للهجرة"), rfcdate(tz(sent, 3)),
                    "<CAJ8nq3Zx0pQ7vTfY2Rk9mW4eLsD1aHc6uBgN5oK8iVj3ErFw@mail.gmail.example.com>",
                    ret="zainab.kadhim.ibnrushd@gmail.example.com")
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("حيدر عبد الأمير الساعدي", "استشاري الطب النفسي", "مستشفى ابن رشد التعليمي للطب النفسي", ["plenary"])],
        notes="title placed before the honorific and the name ('استشاري الطب النفسي الدكتور ...'); the sender (public relations "
              "officer, signing 'م.') is not the speaker; city after the hospital ('في بغداد') is not part of the affiliation; "
              "Gmail base64 text+HTML; Date in +0300."))


# ---------------------------------------------------------------- 03 speaker en, MD PhD signature
def m03():
    when = at("2021-02-02 09:05:40")
    sent = when - dt.timedelta(seconds=4)
    text = """Dear colleagues,

Thank you for the invitation to the Regional Review. I would like to request a speaking role (floor intervention) in Roundtable 2 on 24-25 February.

Over the past three years our division has run a free clinic for migrant domestic workers and refugees with chronic infections (TB, HIV, hepatitis), and we have quite a lot of data on the barriers they face - sponsor permission to seek care, confiscated documents, cost of labs. I think a short intervention from the clinical side could be useful for that discussion.

I'm happy to send a short bio if needed.

Kind regards,
Rania

Rania F. Khoury, MD, PhD
Associate Professor of Clinical Medicine
Division of Infectious Diseases, Department of Internal Medicine
Hermon University Medical Center
Cedars University
Beirut, Lebanon
T +961 1 350 000 ext. 5412

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain confidential information.
"""
    html = ('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = alt(text, html, "_000_DB7PR02MB4310E9F24C6A1B8D3E72F5A1C65A0DB7PR02MB4310eurp_")
    rows = std_rows(when, "mail-db8eur05.outbound.protection.outlook.example.com", "40.107.20.61", "4DVB4x2Qp9Hn",
                    "\"Khoury, Rania (HUMC)\" <rk112@humc.example.org>",
                    "Speaking role request - Roundtable 2 - R. Khoury", rfcdate(tz(sent, 0)),
                    "<DB7PR02MB4310E9F24C6A1B8D3E72F5A1C65A0@DB7PR02MB4310.eurprd02.prod.outlook.example.com>",
                    ret="rk112@humc.example.org")
    rows += [("Thread-Topic", "Speaking role request - Roundtable 2 - R. Khoury"), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Rania F. Khoury", "Associate Professor of Clinical Medicine",
                     "Division of Infectious Diseases, Department of Internal Medicine, Hermon University Medical Center, Cedars University",
                     ["roundtable"], 2)],
        notes="'MD, PhD' after the name; division/department, hospital and university on separate signature lines "
              "(all part of the affiliation as parent institutions; 'Beirut, Lebanon' is not); From display name "
              "'Khoury, Rania (HUMC)' in surname-first Outlook form; Date in +0000 although the sender is in Beirut."))


# ---------------------------------------------------------------- 04 speaker fr, médecin-cheffe
def m04():
    when = at("2021-02-02 16:40:10")
    sent = when - dt.timedelta(seconds=8)
    text = """Bonjour,

Suite a votre lettre d'invitation concernant l'Examen régional du Pacte mondial sur les migrations, je me permets de vous adresser ma demande d'intervention lors de la table ronde thématique n°3 (24-25 février).

Le service des urgences que je dirige reçoit depuis 2011 les migrants secourus en mer au large de Zarzis et les personnes arrivant de Libye par le poste de Ras Jedir. Nous avons une expérience concrète de la prise en charge des blessés, des femmes enceintes et des mineurs non accompagnés, et des difficultés de continuité des soins après la sortie de l'hôpital.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

-- 
Dr BEN SALEM Sonia
Médecin-cheffe du service des urgences
Hôpital Régional de Médenine
Ministère de la Santé - République Tunisienne
Tél. : +216 75 640 000 / Fax : +216 75 640 001
"""
    body = leaf("text/plain", flowed(text), "UTF-8", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.hrmedenine.example.tn", "196.203.0.77", "4DVQ8r5ZkT2w",
                    "Sonia BEN SALEM <urgences.hrm@hrmedenine.example.tn>",
                    "Demande d'intervention - table ronde 3", rfcdate(tz(sent, 1)),
                    "<6f1c2a9e-4b7d-3e05-a8c1-d92f0b6e7a14@hrmedenine.example.tn>",
                    ret="urgences.hrm@hrmedenine.example.tn")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Sonia Ben Salem", "Médecin-cheffe du service des urgences", "Hôpital Régional de Médenine",
                     ["roundtable"], 3)],
        notes="name only in the Thunderbird signature, written SURNAME first in capitals ('Dr BEN SALEM Sonia'); the "
              "affiliation is the public hospital, not the ministry on the next line; title keeps its unit ('du service "
              "des urgences'); format=flowed QP; 'table ronde thématique n°3'."))


# ---------------------------------------------------------------- 05 other ar (Egyptian)
def m05():
    when = at("2021-02-03 11:20:33")
    sent = when - dt.timedelta(seconds=11)
    text = """مساء الخير يا جماعة

أنا ممرضة في عيادة بتخدم اللاجئين والمهاجرين في مدينة نصر، وزمايلي شافوا دعوة المراجعة الإقليمية وكنا عايزين نسأل كام سؤال:
- المشاورة يوم 23 فبراير هتبقى أونلاين ولا حضوري في بيروت؟
- ينفع نحضر كمستمعين بس من غير ما نقدم تقرير ولا نتكلم؟
- فيه ترجمة عربي؟ لأن أغلب الفريق مش بيتكلم إنجليزي كويس

ولو فيه لينك تسجيل ياريت تبعتوهولنا.
شكرا جدا وربنا يوفقكم

أسماء
مرسل من الـ iPhone الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", cte="base64")
    rows = std_rows(when, "mail-pj1-f45.google.example.com", "209.85.216.45", "4DVv1m7JcQ3s",
                    addr("Asmaa Mostafa", "asmaa.nursing88@gmail.example.com"),
                    hdr("استفسار بخصوص الحضور"), rfcdate(tz(sent, 2)),
                    "<5E2B7C91-0D4A-4F63-9B1E-7A3C2D8F6E04@gmail.example.com>",
                    ret="asmaa.nursing88@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial questions (online or in person, attending as listeners, Arabic interpretation); "
              "explicitly not proposing a speaker nor a report though 'نتكلم' and 'تقرير' appear; iPhone base64 plain text."))


# ---------------------------------------------------------------- 06 speaker ar, nurse proposed by syndicate head
M06_ID = "<AM6PR10MB2391C0D7A54B1E8F2C93D6A7E1B42@AM6PR10MB2391.EURPRD10.PROD.OUTLOOK.example.com>"
M06_TEXT = """حضرات المسؤولين عن الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة،

بالإشارة إلى رسالة الدعوة، يشرّف نقابة الممرضات والممرضين أن ترشّح الزميلة جومانا الحاج، ممرضة مجازة ومنسّقة التمريض المجتمعي في مستوصف الكرامة الخيري في برج حمود، للمشاركة في النقاش المفتوح خلال المشاورة مع أصحاب المصلحة المتعددين يوم 23 شباط 2021.

تعمل الزميلة جومانا منذ عشر سنوات مع العاملات في الخدمة المنزلية واللاجئين في منطقة برج حمود والنبعة، وهي من أكثر الناس معرفةً بواقع وصولهم إلى الرعاية الصحية الأولية، خصوصاً بعد انفجار المرفأ وأزمة كورونا.

وتفضلوا بقبول فائق الاحترام،

د. ميرنا ضومط
نقيبة الممرضات والممرضين في لبنان
بيروت - لبنان
"""


def m06():
    when = at("2021-02-03 13:15:02")
    sent = when - dt.timedelta(seconds=5)
    html = ('<div dir="rtl" style="font-family:Arial;font-size:12pt">' + text2html(M06_TEXT) + "</div>")
    body = alt(M06_TEXT, html, "_000_AM6PR10MB2391C0D7A54B1E8F2C93D6A7E1B42AM6PR10MB2391EURP_")
    rows = std_rows(when, "mail-am6eur05.outbound.protection.outlook.example.com", "40.107.22.90", "4DVx3pL8dR5k",
                    addr("نقابة الممرضات والممرضين", "president@ordre-infirmiers-lb.example.org"),
                    hdr("ترشيح للمشاركة في النقاش المفتوح - 23 شباط"), rfcdate(tz(sent, 2)), M06_ID,
                    ret="president@ordre-infirmiers-lb.example.org")
    rows += [("Thread-Topic", "ترشيح للمشاركة في النقاش المفتوح - 23 شباط"), ("Content-Language", "ar-LB")]
    rows = [(k, hdr(v) if k == "Thread-Topic" else v) for k, v in rows]
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("جومانا الحاج", "ممرضة مجازة ومنسّقة التمريض المجتمعي", "مستوصف الكرامة الخيري", ["open_discussion"])],
        notes="the head of a nurses' syndicate (signing, with a title and an organisation of her own) proposes a nurse: "
              "the speaker is the nurse, whose affiliation is the dispensary ('في برج حمود' is a place), not the syndicate; "
              "Levantine month name 'شباط'; role open discussion of 23 Feb."))


# ---------------------------------------------------------------- 07 report en in body, psych clinic
def m07():
    when = at("2021-02-03 18:45:50")
    sent = when - dt.timedelta(seconds=9)
    text = """Dear GCM Regional Review Team,

Please find below the voluntary GCM review report of Sanad Psychosocial Clinic (Amman). We preferred to paste it in the email as our IT person is on leave and the PDF export keeps breaking the Arabic annex - apologies for the format.

=====================================
VOLUNTARY GCM REVIEW REPORT
Sanad Psychosocial Clinic - Amman, Jordan
February 2021
=====================================

1. BACKGROUND
Sanad is a small community mental-health clinic in East Amman (Hashmi al-Shamali) founded in 2014. A team of 4 clinical psychologists, 2 psychiatric nurses, 1 part-time psychiatrist and 6 community volunteers provides free counselling, group therapy and case management to Syrian, Iraqi, Sudanese and Yemeni refugees and to migrant workers, mostly domestic workers from East Africa and South-East Asia.

2. SERVICES AND POPULATION REACHED (JAN 2019 - DEC 2020)
- 3,412 individual sessions, 61% women
- 118 therapy groups (trauma, grief, parenting under stress)
- 406 migrant domestic workers seen, 72% referred by shelters or embassies
- Tele-counselling during the 2020 lockdown: 1,900 calls

3. GCM OBJECTIVES ADDRESSED
Objective 7 (address and reduce vulnerabilities), Objective 15 (access to basic services), Objective 16 (inclusion and social cohesion).

4. MAIN CHALLENGES
a) Mental health is not covered by most insurance schemes available to migrant workers.
b) Workers need their employer's permission to leave the house for appointments.
c) Lack of interpreters for Amharic, Tagalog and Sinhala; we rely on volunteers.
d) Burn-out of staff; funding is project-based and short term.

5. RECOMMENDATIONS
1. Include mental health and psychosocial support in the minimum health package for all migrants regardless of status.
2. Fund trained community interpreters.
3. Allow direct access to health services without employer consent.
4. Support data collection disaggregated by nationality and status.

Contact: Dr. Lina Haddadin, Clinical Director
=====================================

Best regards,

Lina Haddadin, PsyD
Clinical Director | Sanad Psychosocial Clinic
Amman, Jordan
"""
    html = '<div dir="ltr"><pre style="font-family:monospace">' + esc(text) + "</pre></div>"
    body = alt(text, html, "000000000000a41c9f05ba6e3d10")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DW6cG0bYq8t",
                    "Lina Haddadin <director.sanadclinic@gmail.example.com>",
                    "Voluntary GCM review report - Sanad Psychosocial Clinic", rfcdate(tz(sent, 2)),
                    "<CAK4wD7mNq2xB9rFz5TgU1eVh8jLo3Ys6cPd0aMi4KtRnW@mail.gmail.example.com>",
                    ret="director.sanadclinic@gmail.example.com")
    m = top(body, rows)
    add(7, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="the report is pasted in the body with numbered capitalised section headings (no attachment); a "
              "'Contact: Dr. ..., Clinical Director' line and a signature but no speaking role is asked for."))


# ---------------------------------------------------------------- 08 speaker fr, several speakers in a list
def m08():
    when = at("2021-02-04 10:00:15")
    sent = when - dt.timedelta(seconds=7)
    text = """Bonjour Madame, Monsieur,

Suite a l'invitation recue par notre reseau, nous souhaitons proposer deux intervenants pour la Revue regionale du PMM :

1) Mme Khadija Amrani, psychologue clinicienne, responsable de la cellule d'ecoute de l'Association Maroc Sante Mentale Solidaire (AMSMS) - Oujda
   -> table ronde 1 (si possible)

2) Dr Youssef El Idrissi, psychiatre au Centre Hospitalier Universitaire Mohammed VI d'Oujda, qui suit beaucoup de migrants subsahariens blesses a la frontiere
   -> seance pleniere

Les deux peuvent intervenir en francais ou en arabe. Nous n'avons pas encore finalise notre rapport volontaire, on vous l'enverra avant le 16.

Merci et bonne journee
Khadija Amrani
AMSMS
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    body = alt(text, html, "0000000000003c8e5b05ba7f0a2d")
    rows = std_rows(when, "mail-ed1-f66.google.example.com", "209.85.208.66", "4DWQ1f9sVx6n",
                    "khadija amrani <kh.amrani.psy@gmail.example.com>",
                    "proposition intervenants AMSMS", rfcdate(tz(sent, 1)),
                    "<CAN7sPq1vR4yT8wZb2Xc6Ud0eGh3Jk9Lm5No1Qr7St3UvWx@mail.gmail.example.com>",
                    ret="kh.amrani.psy@gmail.example.com")
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Khadija Amrani", "psychologue clinicienne, responsable de la cellule d'ecoute",
                     "Association Maroc Sante Mentale Solidaire (AMSMS)", ["roundtable"], 1),
                  sp("Youssef El Idrissi", "psychiatre", "Centre Hospitalier Universitaire Mohammed VI d'Oujda",
                     ["plenary"])],
        notes="two speakers in a numbered list, one of them the sender; French typed without accents (Moroccan keyboard); "
              "'- Oujda' after the association is a city, but 'd'Oujda' is part of the hospital's name; a report is only "
              "announced for later (not a 'both')."))


# ---------------------------------------------------------------- 09 report ar docx (Jordan)
def m09():
    when = at("2021-02-04 12:30:44")
    sent = when - dt.timedelta(seconds=12)
    name = "التقرير الطوعي - ائتلاف الصحة النفسية للاجئين.docx"
    text = """السادة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين،

تحية طيبة وبعد،

نرفق لكم طيّه التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة، الذي أعدّه ائتلاف الصحة النفسية للاجئين في الأردن بمشاركة تسع جهات أعضاء (عيادات ومراكز مجتمعية وأقسام طب نفسي في مستشفيات حكومية).

يركّز التقرير على الهدفين 15 و16 من الاتفاق، وعلى أثر جائحة كورونا على خدمات الدعم النفسي والاجتماعي للاجئين والعمال المهاجرين.

يرجى التكرم بتأكيد الاستلام.

مع الاحترام،
سوسن المومني
منسقة الائتلاف
ائتلاف الصحة النفسية للاجئين في الأردن
عمّان
"""
    html = '<div dir="rtl" style="font-family:Tahoma">' + text2html(text) + "</div>"
    docx = make_docx(["التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة", "ائتلاف الصحة النفسية للاجئين في الأردن",
                      "شباط 2021", "1. المقدمة", "2. المنهجية", "3. النتائج", "4. التوصيات"])
    a = Message(policy=POL)
    a["Content-Type"] = DOCX + ';\r\n\tname="' + b_word(name) + '"'
    a["Content-Description"] = b_word(name)
    a["Content-Disposition"] = "attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", name)) + ";\r\n\tsize=%d" % len(docx)
    a["Content-Transfer-Encoding"] = "base64"
    a.set_payload(base64.encodebytes(docx).decode("ascii"))
    body = multi("mixed", [alt(text, html, "_000_HE1PR0402MB2713F1A29B_"), a],
                 "_004_HE1PR0402MB2713F1A29B_")
    rows = std_rows(when, "mail-he1eur04.outbound.protection.outlook.example.com", "40.107.7.88", "4DWV7k3HpM1c",
                    addr("سوسن المومني", "s.momani@mhcoalition-jo.example.org"),
                    hdr("التقرير الطوعي الجماعي - ائتلاف الصحة النفسية للاجئين"), rfcdate(tz(sent, 2)),
                    "<HE1PR0402MB2713F1A29B8C4D0E6A7B3C9D12E45@HE1PR0402MB2713.eurprd04.prod.outlook.example.com>",
                    ret="s.momani@mhcoalition-jo.example.org")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-JO")]
    m = top(body, rows)
    add(9, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report as a DOCX with an Arabic file name (RFC 2231 continuations in the disposition, RFC 2047 "
              "in the Content-Type name); the coalition includes hospital psychiatry departments but no speaker is proposed."))


# ---------------------------------------------------------------- 10 follow-up ar to 06 (replacement)
def m10():
    when = at("2021-02-04 16:05:09")
    sent = when - dt.timedelta(seconds=6)
    new = """حضرات المسؤولين المحترمين،

إلحاقاً برسالتنا أدناه، نأسف لإبلاغكم أن الزميلة جومانا الحاج لن تتمكن من المشاركة لأسباب عائلية طارئة.

وعليه نرشّح بدلاً منها السيد إيلي نصّار، رئيس قسم التمريض في العناية الفائقة في مستشفى الأرز الحكومي الجامعي، للمشاركة في النقاش المفتوح نفسه يوم 23 شباط.

مع الشكر،

د. ميرنا ضومط
نقيبة الممرضات والممرضين في لبنان

________________________________
من: نقابة الممرضات والممرضين <president@ordre-infirmiers-lb.example.org>
أُرسل: الأربعاء، 3 شباط 2021 01:15 م
إلى: gcmrrarabstates@iom.int
الموضوع: ترشيح للمشاركة في النقاش المفتوح - 23 شباط

"""
    text = new + M06_TEXT
    html = ('<div dir="rtl" style="font-family:Arial;font-size:12pt">' + text2html(new) +
            '<div style="border-top:solid #E1E1E1 1pt">' + text2html(M06_TEXT) + "</div></div>")
    body = alt(text, html, "_000_AM6PR10MB2391D8E06B7C2F1A4D5E3B9C0A17_")
    rows = std_rows(when, "mail-am6eur05.outbound.protection.outlook.example.com", "40.107.22.93", "4DWd0tN6zF2r",
                    addr("نقابة الممرضات والممرضين", "president@ordre-infirmiers-lb.example.org"),
                    re_hdr("RE: ", "ترشيح للمشاركة في النقاش المفتوح - 23 شباط"), rfcdate(tz(sent, 2)),
                    "<AM6PR10MB2391D8E06B7C2F1A4D5E3B9C0A17@AM6PR10MB2391.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret="president@ordre-infirmiers-lb.example.org")
    rows += [("In-Reply-To", M06_ID), ("References", M06_ID), ("Content-Language", "ar-LB")]
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("إيلي نصّار", "رئيس قسم التمريض في العناية الفائقة", "مستشفى الأرز الحكومي الجامعي", ["open_discussion"])],
        thread_of="h135-06.eml",
        notes="Outlook reply replacing the nurse proposed in h135-06 with another nurse ('السيد' is an honorific); the role is "
              "given only by reference ('النقاش المفتوح نفسه'); the quoted original (not '>'-prefixed) still names the old speaker."))


# ---------------------------------------------------------------- 11 speaker en, HTML-only table (Kuwait)
def m11():
    when = at("2021-02-04 20:10:27")
    sent = when - dt.timedelta(seconds=10)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{border:1px solid #999;padding:4px}</style></head>
<body>
<p>Dear Organizers,</p>
<p>Kindly find below the nominations of our society for the speaking roles at the Regional Review (24-25 February 2021):</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr style="background:#1F4E79;color:white"><td><b>Name</b></td><td><b>Position</b></td><td><b>Institution</b></td><td><b>Requested role</b></td></tr>
<tr><td>Dr. Mishari Al-Enezi, MD, MPH</td><td>Consultant in Occupational and Public Health</td><td>Al-Adan Hospital &ndash; Hadiya, Kuwait</td><td>Roundtable 4</td></tr>
<tr><td>Ms. Grace Mathew, RN, BSN</td><td>Nurse Educator</td><td>Kuwait Society for Migrant Workers' Health (KSMWH)</td><td>Rapporteur (key messages); if not possible, floor intervention in plenary</td></tr>
</table>
<p>Both speakers are fluent in English; Dr. Al-Enezi also speaks Arabic.</p>
<p>With best regards,</p>
<p><b>Abdullah Al-Rashidi</b><br>Board Secretary<br>Kuwait Society for Migrant Workers' Health (KSMWH)<br>Kuwait City, State of Kuwait</p>
</body></html>
"""
    body = leaf("text/html", html, "utf-8", cte="quoted-printable")
    rows = std_rows(when, "mail.ksmwh.example.org.kw", "185.80.112.14", "4DWm5sQ2bV9j",
                    "KSMWH Secretariat <info@ksmwh.example.org.kw>",
                    "Nominations - speaking roles - KSMWH", rfcdate(tz(sent, 3)),
                    "<000a01d6fb1e$3c2d4e50$b487eaf0$@ksmwh.example.org.kw>",
                    ret="info@ksmwh.example.org.kw")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")]
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Mishari Al-Enezi", "Consultant in Occupational and Public Health", "Al-Adan Hospital",
                     ["roundtable"], 4),
                  sp("Grace Mathew", "Nurse Educator", "Kuwait Society for Migrant Workers' Health (KSMWH)",
                     ["rapporteur", "plenary"])],
        notes="HTML-only message, two speakers in a table; degrees after the names (MD, MPH / RN, BSN); the first "
              "speaker's institution cell adds the area and country after a dash; the second has a first and a fallback role; the sender (board secretary) is not a speaker."))


# ---------------------------------------------------------------- 12 report fr PDF (Tunisia)
M12_ID = "<PR3P192MB07415B2E9C8D1F04A6E3C7B0D9F21@PR3P192MB0741.EURP192.PROD.OUTLOOK.example.com>"


def m12():
    when = at("2021-02-05 09:30:18")
    sent = when - dt.timedelta(seconds=9)
    name = "Rapport_volontaire_PMM_STPC.pdf"
    text = """Madame, Monsieur,

Au nom du bureau exécutif de la Société Tunisienne de Psychologie Clinique (STPC), j'ai l'honneur de vous transmettre ci-joint notre rapport volontaire dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport présente le travail de nos membres auprès des migrants subsahariens à Sfax et à Tunis (consultations, groupes de parole, formation des agents de première ligne) et formule huit recommandations.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pr Mehdi Trabelsi
Président de la STPC
Faculté des Sciences Humaines et Sociales de Tunis
"""
    html = '<div style="font-family:Calibri">' + text2html(text) + "</div>"
    pdf = make_pdf(["Societe Tunisienne de Psychologie Clinique (STPC)", "Rapport volontaire - Examen regional du PMM",
                    "Fevrier 2021", "1. Contexte  2. Actions  3. Recommandations"])
    body = multi("mixed", [alt(text, html, "_000_PR3P192MB07415B2E_"), attach("application/pdf", pdf, name)],
                 "_004_PR3P192MB07415B2E_")
    rows = std_rows(when, "mail-pr3eur01.outbound.protection.outlook.example.com", "40.107.13.52", "4DX2gR8wLk4p",
                    "Mehdi Trabelsi <stpc.bureau@outlook.example.com>",
                    "Rapport volontaire PMM - Société Tunisienne de Psychologie Clinique", rfcdate(tz(sent, 1)), M12_ID,
                    ret="stpc.bureau@outlook.example.com")
    rows = [(k, hdr(v, enc="Q") if k == "Subject" else v) for k, v in rows]
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(12, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="plain PDF report from a professional society; Q-encoded subject; sender signs as 'Président de la STPC' "
              "but asks for no speaking role."))


# ---------------------------------------------------------------- 13 both ar (Kuwait, Gulf)
def m13():
    when = at("2021-02-05 15:00:36")
    sent = when - dt.timedelta(seconds=14)
    name = "Farwaniya_Paeds_GCM_report.pdf"
    text = """السلام عليكم

مرحبا، حبيت أرسل لكم التقرير الطوعي مال وحدة طب الأطفال عندنا (مرفق PDF)، سوّيناه بالتعاون مع الخدمة الاجتماعية بالمستشفى عن صحة أطفال العمالة الوافدة وصعوبات التطعيم والإقامة.

وبعد نبي نشارك بمداخلة في الطاولة المستديرة الثالثة إذا ممكن، والمتحدثة بتكون أنا إن شاء الله.

شاكرين لكم وايد ومقدرين جهودكم

د. نورة سالم العجمي
استشارية طب الأطفال
مستشفى الفروانية - وزارة الصحة
الكويت
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    pdf = make_pdf(["Farwaniya Hospital - Paediatrics Unit", "Voluntary GCM Review Report",
                    "Health of children of migrant workers in Kuwait", "February 2021"])
    body = multi("mixed", [alt(text, html, "000000000000f2a7c105ba8b4e61", cte="base64"),
                           attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kkr3a9p40")])],
                 "000000000000f2a7c305ba8b4e63")
    rows = std_rows(when, "mail-lf1-f52.google.example.com", "209.85.167.52", "4DXLr1cT6mJ8",
                    addr("Noura Alajmi", "dr.noura.alajmi@gmail.example.com"),
                    hdr("تقرير طوعي + طلب مداخلة"), rfcdate(tz(sent, 3)),
                    "<CAHx5Tm2pL8kQ0vR3wY7cB4nD1eF6gZ9jA2sU5iO8uK3mP@mail.gmail.example.com>",
                    ret="dr.noura.alajmi@gmail.example.com")
    m = top(body, rows)
    add(13, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("نورة سالم العجمي", "استشارية طب الأطفال", "مستشفى الفروانية", ["roundtable"], 3)],
        report_attachments=[name],
        notes="Gulf colloquial ('مال', 'نبي', 'وايد', 'بتكون'); speaker is the sender, identified only by 'المتحدثة بتكون أنا' "
              "and the signature; ministry and country after the hospital are not the affiliation; roundtable as an ordinal "
              "word ('الثالثة'); Latin display name in From."))


# ---------------------------------------------------------------- 14 both en (Iraq)
def m14():
    when = at("2021-02-05 21:40:03")
    sent = when - dt.timedelta(seconds=8)
    name = "NPMC GCM Voluntary Review 2021 FINAL.docx"
    text = """Dear Sir/Madam,

Good evening. On behalf of Nineveh Plains Mobile Clinics (NPMC) please find attached our voluntary GCM review report.

In addition, we would like to nominate our Medical Coordinator to speak during the plenary session (floor intervention):

Name: Dr. Shivan Rashid Mahmood, MBChB, FIBMS (Family Medicine)
Position: Medical Coordinator
Organization: Nineveh Plains Mobile Clinics (NPMC), Erbil - Iraq

Dr. Shivan supervises our 6 mobile teams serving IDPs, returnees and Syrian refugees in Nineveh and Duhok governorates.

Thank you and best regards,

Hawre Aziz
Programme Officer
Nineveh Plains Mobile Clinics (NPMC)
Erbil, Kurdistan Region of Iraq
[cid:image001.png@01D6FBF2.7A3C1E20]
"""
    html = ('<div style="font-family:Calibri">' + text2html(text.replace("[cid:image001.png@01D6FBF2.7A3C1E20]\n", ""))
            + '<p><img width="120" height="40" src="cid:image001.png@01D6FBF2.7A3C1E20"></p></div>')
    logo = make_png(12, 4, (20, 110, 60))
    img = leaf("image/png", logo, cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FBF2.7A3C1E20>")])
    related = multi("related", [alt(text, html, "_000_VI1PR08MB3021A7_"), img], "_003_VI1PR08MB3021A7_",
                    params=[("type", '"multipart/alternative"')])
    docx = make_docx(["Nineveh Plains Mobile Clinics (NPMC)", "Voluntary GCM Review Report 2021",
                      "Access to primary health care for IDPs, returnees and refugees"])
    body = multi("mixed", [related, attach(DOCX, docx, name)], "_004_VI1PR08MB3021A7_")
    rows = std_rows(when, "mail-vi1eur05.outbound.protection.outlook.example.com", "40.107.21.70", "4DXgk6Zs0Hw3",
                    "Hawre Aziz <hawre.aziz@npmc-iq.example.org>",
                    "NPMC - voluntary report and speaker nomination", rfcdate(tz(sent, 3)),
                    "<VI1PR08MB3021A7E52C9B4D1F0E8A6C3B27D91@VI1PR08MB3021.eurprd08.prod.outlook.example.com>",
                    ret="hawre.aziz@npmc-iq.example.org")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(14, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Shivan Rashid Mahmood", "Medical Coordinator", "Nineveh Plains Mobile Clinics (NPMC)", ["plenary"])],
        report_attachments=[name],
        notes="report DOCX plus an inline signature logo (image001.png, not part of the report); Iraqi degrees after the "
              "name ('MBChB, FIBMS (Family Medicine)'); city and country after the organisation on the labelled line; "
              "sent 22:40 +0300, both parts on time."))


# ---------------------------------------------------------------- 15 other fr (Lebanese French)
def m15():
    when = at("2021-02-05 22:30:48")
    sent = when - dt.timedelta(seconds=5)
    text = """Bonsoir,

Petite question logistique svp : est-ce que l'interprétation simultanée en français sera assurée pendant les tables rondes du 24 et 25 ? Une partie de notre équipe (unité de psychiatrie de l'enfant et de l'adolescent) voudrait suivre les débats mais n'est pas très à l'aise en anglais.

Aussi, on nous a dit que la date limite pour les rapports volontaires a été prolongée, c'est bien jusqu'au 16 février ? On aimerait bien envoyer qqch mais on n'est pas sûrs d'être prêts.

Merci d'avance et bonne soirée,
Yara

Yara Abou Jaoudé
Psychologue – Unité de pédopsychiatrie
Hôpital Notre-Dame des Cèdres, Jounieh

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", cte="quoted-printable")
    rows = std_rows(when, "mail-qt1-f170.google.example.com", "209.85.160.170", "4DXrb4Ls7Pq2",
                    "=?utf-8?Q?Yara_Abou_Jaoud=C3=A9?= <yara.aboujaoude@gmail.example.com>",
                    "Interprétation + date limite rapports", rfcdate(tz(sent, 2)),
                    "<3A9F2C71-5E8B-4D06-B1A4-C7E29D0F8B53@gmail.example.com>",
                    ret="yara.aboujaoude@gmail.example.com")
    rows = [(k, hdr(v, enc="Q") if k == "Subject" else v) for k, v in rows]
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics and deadline questions from a psychologist (interpretation at the roundtables, report deadline): "
              "mentions tables rondes, rapports volontaires and the 16 February date but submits and proposes nothing."))


# ---------------------------------------------------------------- 16 speaker ar, on time at the edge (Kuwait)
def m16():
    when = at("2021-02-05 23:56:40")
    sent = when - dt.timedelta(seconds=3)
    text = """السادة منظمي الاستعراض الإقليمي،

تحية طيبة،

نرجو قبول طلبنا للمشاركة بمداخلة في الجلسة العامة، قبل انتهاء المهلة (الموعد المذكور في النسخة العربية من الرسالة هو 23 فبراير، لكننا فضلنا الإرسال اليوم احتياطاً).

الجهة: مركز الكويت للصحة النفسية - دولة الكويت
الاسم: د. أحمد فتحي عبد الحميد (دكتوراه في علم النفس الإكلينيكي)
الصفة: أخصائي أول علم النفس الإكلينيكي
المشاركة المطلوبة: مداخلة في الجلسة العامة

وشكراً لكم،
هالة يوسف
سكرتارية القسم
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = alt(text, html, "----=_NextPart_000_0135_01D6FC1A.2B3C4D50", charset="windows-1256", cte="quoted-printable")
    rows = std_rows(when, "mail.kcmh.example.gov.kw", "185.80.113.30", "4DXyh2Gn5Rt8",
                    addr("هالة يوسف", "h.yousef@kcmh.example.gov.kw", charset="windows-1256"),
                    hdr("طلب مداخلة في الجلسة العامة", "windows-1256"), rfcdate(tz(sent, 3)),
                    "<000001d6fc1a$2b3c4d50$81b4e7f0$@kcmh.example.gov.kw>",
                    ret="h.yousef@kcmh.example.gov.kw")
    rows += [("X-Mailer", "Microsoft Outlook 15.0")]
    m = top(body, rows)
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("أحمد فتحي عبد الحميد", "أخصائي أول علم النفس الإكلينيكي", "مركز الكويت للصحة النفسية", ["plenary"])],
        notes="deadline edge: received 23:56:40 Beirut on Fri 5 Feb, on time although the Date header reads Sat 6 Feb "
              "00:56 +0300 (Kuwait); cites the misprinted Arabic deadline '23 فبراير'; labelled lines in unusual order "
              "(organisation first), the country after a dash is not part of the affiliation, a degree in "
              "brackets after the name; windows-1256."))


# ---------------------------------------------------------------- 17 speaker ar (Moroccan darija), late
def m17():
    when = at("2021-02-06 00:03:12")
    sent = when - dt.timedelta(seconds=7)
    text = """السلام عليكم

سمحو لينا على التعطال، كنا باغيين نصيفطو هاد الطلب من الصباح ولكن الخدمة فالمستعجلات ماخلاتناش.

بغينا نشاركو فالمائدة المستديرة الرابعة، وغادي نكون أنا اللي نتدخل إن شاء الله. كنخدمو مع المهاجرين من جنوب الصحراء فالناظور وضواحيها (الولادة، الجروح، الصحة النفسية).

شكرا بزاف

--
Dr. BENJELLOUN Salma
Médecin coordinatrice du programme santé migrants
Association Mains Solidaires - Nador
GSM : +212 6 61 00 00 00
"""
    body = leaf("text/plain", text, "utf-8", cte="base64")
    rows = std_rows(when, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DY0c7Kp3Xs9",
                    "Salma Benjelloun <s.benjelloun.ams@gmail.example.com>",
                    hdr("طلب المشاركة - المائدة المستديرة 4"), rfcdate(tz(sent, 1)),
                    "<CAOp2Nf8tQ5zX1cV7bM3kL9hJ6gD0sA4eR2wY8uI5oT1nP@mail.gmail.example.com>",
                    ret="s.benjelloun.ams@gmail.example.com")
    m = top(body, rows)
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("Salma Benjelloun", "Médecin coordinatrice du programme santé migrants", "Association Mains Solidaires",
                     ["roundtable"], 4)],
        notes="late by 3 minutes: received 00:03:12 Beirut on Sat 6 Feb while the Date header reads Fri 5 Feb 23:03 +0100 "
              "(Morocco); Moroccan darija body, speaker given only as 'غادي نكون أنا' plus a French signature with the "
              "surname first in capitals; '- Nador' is a city; roundtable as 'المائدة المستديرة الرابعة'."))


# ---------------------------------------------------------------- 18 other en, thanks for the acknowledgement of 03
def m18():
    when = at("2021-02-08 11:11:52")
    sent = when - dt.timedelta(seconds=4)
    text = """Thank you so much for confirming! Looking forward to it.

Rania

Sent from my iPhone

> On Feb 2, 2021, at 11:31 AM, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> 
> Dear Rania F. Khoury,
> 
> Thank you for your message. We confirm receipt of your request for a speaking role (Roundtable 2). The organizers will come back to you on the programme.
> 
> Kind regards,
> GCM Regional Review Secretariat
"""
    body = leaf("text/plain", text, "utf-8", cte="7bit")
    mid3 = "<DB7PR02MB4310E9F24C6A1B8D3E72F5A1C65A0@DB7PR02MB4310.eurprd02.prod.outlook.example.com>"
    rows = std_rows(when, "mail-db8eur05.outbound.protection.outlook.example.com", "40.107.20.66", "4DZ1Lq9Vb2Nk",
                    "\"Khoury, Rania (HUMC)\" <rk112@humc.example.org>",
                    "Re: Acknowledgement: Speaking role request - Roundtable 2 - R. Khoury", rfcdate(tz(sent, 2)),
                    "<7D4E1B2C-9A8F-4C35-B6D0-E3F1A2C8B947@humc.example.org>",
                    ret="rk112@humc.example.org")
    rows += [("In-Reply-To", ACK_MID_03), ("References", mid3 + "\r\n " + ACK_MID_03), ("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(18, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h135-03.eml",
        notes="one-line thank-you from an iPhone in reply to our acknowledgement of h135-03 (References chain): adds "
              "nothing new, must not be acknowledged; the quoted acknowledgement repeats 'speaking role' and 'Roundtable 2'."))


# ---------------------------------------------------------------- 19 report fr, revised v2 replying to 12
def m19():
    when = at("2021-02-10 09:40:27")
    sent = when - dt.timedelta(seconds=8)
    name = "Rapport_volontaire_PMM_STPC_v2_corrigé.pdf"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint la version révisée (v2) de notre rapport volontaire, qui annule et remplace celle envoyée le 5 février : une erreur s'était glissée dans les chiffres du tableau 2 (nombre de consultations à Sfax) et deux recommandations ont été reformulées.

Avec nos excuses pour ce désagrément.

Pr Mehdi Trabelsi
Président de la STPC

________________________________
De : Mehdi Trabelsi <stpc.bureau@outlook.example.com>
Envoyé : vendredi 5 février 2021 08:30
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire PMM - Société Tunisienne de Psychologie Clinique

Madame, Monsieur,

Au nom du bureau exécutif de la Société Tunisienne de Psychologie Clinique (STPC), j'ai l'honneur de vous transmettre ci-joint notre rapport volontaire dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.
[...]
"""
    html = '<div style="font-family:Calibri">' + text2html(text) + "</div>"
    pdf = make_pdf(["Societe Tunisienne de Psychologie Clinique (STPC)", "Rapport volontaire - Examen regional du PMM",
                    "Version 2 (corrigee) - 10 fevrier 2021", "Tableau 2 corrige"])
    a = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(name))],
             disp="attachment; filename*=" + rfc2231(name))
    body = multi("mixed", [alt(text, html, "_000_PR3P192MB0741C9A_"), a], "_004_PR3P192MB0741C9A_")
    rows = std_rows(when, "mail-pr3eur01.outbound.protection.outlook.example.com", "40.107.13.57", "4DZh6Ww1Qc5m",
                    "Mehdi Trabelsi <stpc.bureau@outlook.example.com>",
                    "RE: Rapport volontaire PMM - Société Tunisienne de Psychologie Clinique", rfcdate(tz(sent, 1)),
                    "<PR3P192MB0741C9A3E7F2B5D18C4A0E6F93B27@PR3P192MB0741.EURP192.PROD.OUTLOOK.example.com>",
                    ret="stpc.bureau@outlook.example.com")
    rows = [(k, hdr(v, enc="Q") if k == "Subject" else v) for k, v in rows]
    rows += [("In-Reply-To", M12_ID), ("References", M12_ID), ("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h135-12.eml",
        notes="revised report (v2) replacing the PDF of h135-12, Outlook French reply header; accented file name in "
              "RFC 2231 (disposition) and RFC 2047 (Content-Type name)."))


# ---------------------------------------------------------------- 20 bounce (en)
def m20():
    when = at("2021-02-11 08:22:35")
    sent = when - dt.timedelta(seconds=2)
    human = """Delivery has failed to these recipients or groups:

dr.m.haddad@moh-clinic.example.gov.jo
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: MX02.moh-clinic.example.gov.jo

dr.m.haddad@moh-clinic.example.gov.jo
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
"""
    dsn = """Reporting-MTA: dns;MX02.moh-clinic.example.gov.jo
Received-From-MTA: dns;mx1.iom.int
Arrival-Date: Thu, 11 Feb 2021 08:22:30 +0200

Final-Recipient: rfc822;dr.m.haddad@moh-clinic.example.gov.jo
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
"""
    hdrs = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: dr.m.haddad@moh-clinic.example.gov.jo
Subject: Acknowledgement: your message to the GCM Regional Review
Date: Thu, 11 Feb 2021 08:22:28 +0200
Message-ID: <gcmrr.ack.20210211.0622.q7v2@iom.int>
"""
    from email.parser import Parser
    ds = Message(policy=POL)
    ds["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        ds.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    body = multi("report", [leaf("text/plain", human, "us-ascii", cte="7bit"),
                            ds,
                            leaf("text/rfc822-headers", hdrs, "us-ascii", cte="7bit")],
                 "_1f0c3a7e-2b94-4d58-9e61-0a5c8b7d3f21_", params=[("report-type", "delivery-status")])
    rows = std_rows(when, "MX02.moh-clinic.example.gov.jo", "212.34.2.18", "4DcK9Tz5Hm1q",
                    "postmaster@moh-clinic.example.gov.jo",
                    "Undeliverable: Acknowledgement: your message to the GCM Regional Review", rfcdate(tz(sent, 2)),
                    "<c4a7e1f0-93b2-4d1e-8f56-2b0d9a3c7e15@MX02.moh-clinic.example.gov.jo>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows.insert(0, ("Return-Path", "<>"))
    rows += [("In-Reply-To", "<gcmrr.ack.20210211.0622.q7v2@iom.int>"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    m = top(body, rows)
    add(20, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exchange NDR (multipart/report delivery-status, 5.2.2 mailbox full) for one of our acknowledgements sent "
              "to a clinic doctor; subject contains 'Acknowledgement' and 'GCM Regional Review'."))


# ---------------------------------------------------------------- 21 both fr (Morocco), speaker part late
def m21():
    when = at("2021-02-11 10:25:14")
    sent = when - dt.timedelta(seconds=9)
    name = "Rapport PMM - CMSM 2021.pdf"
    html = """<div style="font-family:Arial;font-size:10pt">
<p>Madame, Monsieur,</p>
<p>Le Collectif des M&eacute;decins pour la Sant&eacute; des Migrants (CMSM) a le plaisir de vous faire parvenir, en pi&egrave;ce jointe, sa contribution &agrave; l'examen r&eacute;gional du Pacte mondial sur les migrations.</p>
<p>Par ailleurs, et m&ecirc;me si nous savons que le d&eacute;lai pour les demandes d'intervention est d&eacute;pass&eacute;, nous souhaiterions que notre pr&eacute;sident puisse prendre la parole lors d'une s&eacute;ance pl&eacute;ni&egrave;re :</p>
<p style="margin-left:20px"><b>TAZI Abdelkrim</b><br>
Professeur de m&eacute;decine communautaire<br>
Facult&eacute; de M&eacute;decine et de Pharmacie de Rabat, Universit&eacute; Mohammed V<br>
Pr&eacute;sident du CMSM</p>
<p>Restant &agrave; votre disposition,</p>
<p>Bien &agrave; vous,<br>
Imane Chraibi<br>
Chargée de communication, CMSM<br>
Rabat &ndash; Maroc</p>
</div>
"""
    text = """Madame, Monsieur,

Le Collectif des Médecins pour la Santé des Migrants (CMSM) a le plaisir de vous faire parvenir, en pièce jointe, sa contribution à l'examen régional du Pacte mondial sur les migrations.

Par ailleurs, et même si nous savons que le délai pour les demandes d'intervention est dépassé, nous souhaiterions que notre président puisse prendre la parole lors d'une séance plénière :

TAZI Abdelkrim
Professeur de médecine communautaire
Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V
Président du CMSM

Restant à votre disposition,

Bien à vous,
Imane Chraibi
Chargée de communication, CMSM
Rabat – Maroc
"""
    pdf = make_pdf(["Collectif des Medecins pour la Sante des Migrants (CMSM)", "Contribution a l'examen regional du PMM",
                    "Rabat, fevrier 2021"])
    body = multi("mixed", [alt(text, html, "----=_Part_2841_135019735.1613031914000", charset="UTF-8"),
                           attach("application/pdf", pdf, name)],
                 "----=_Part_2840_1782214953.1613031914000")
    rows = std_rows(when, "smtp.menara.example.ma", "41.248.17.90", "4Dc3Ry8Lp0Wd",
                    "Imane Chraibi <cmsm.maroc@menara.example.ma>",
                    "Contribution CMSM + demande d'intervention", rfcdate(tz(sent, 1)),
                    "<1408562973.2841.1613031914000@webmail.menara.example.ma>",
                    ret="cmsm.maroc@menara.example.ma")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")]
    m = top(body, rows)
    add(21, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Abdelkrim Tazi", "Professeur de médecine communautaire",
                     "Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V", ["plenary"])],
        report_attachments=[name],
        notes="'both' received 11 Feb: report on time but the speaker part is late (the sender says so), hence on_time "
              "false; speaker written SURNAME first in capitals ('TAZI Abdelkrim'), with a second role line 'Président "
              "du CMSM' (the first line is the title); parent university after a comma is part of the affiliation; "
              "Zimbra text+HTML with entities."))


# ---------------------------------------------------------------- 22 report fr, on time at the edge (Tunis)
def m22():
    when = at("2021-02-16 23:57:30")
    sent = when - dt.timedelta(seconds=18)
    name = "Rapport_PMM_ATSMM_février2021.docx"
    text = """Bonsoir,

Ci-joint le rapport volontaire de l'ATSMM (Association Tunisienne Santé Mentale et Migration). Désolée pour l'envoi à la dernière minute, la validation par le bureau a pris plus de temps que prévu !!

Bien cordialement
Amel Gharbi
psychiatre, vice-présidente ATSMM
"""
    docx = make_docx(["Association Tunisienne Sante Mentale et Migration (ATSMM)", "Rapport volontaire - PMM",
                      "Fevrier 2021", "Sante mentale des migrants et des demandeurs d'asile en Tunisie"])
    a = leaf(DOCX, docx, cte="base64", params=[("name*", rfc2231(name))], disp="attachment; filename*=" + rfc2231(name))
    body = multi("mixed", [leaf("text/plain", flowed(text), "UTF-8", cte="8bit", params=[("format", "flowed")]), a],
                 "------------E7A3C01B5D2F9846A1C0D3E8")
    rows = std_rows(when, "smtp.topnet.example.tn", "196.203.76.31", "4Df8Zq2Mv6Kt",
                    "Amel Gharbi <amel.gharbi@topnet.example.tn>",
                    "Rapport volontaire ATSMM", rfcdate(tz(sent, 1)),
                    "<b93e07d1-6a4c-2f88-c915-0e7d3a5b1f62@topnet.example.tn>",
                    ret="amel.gharbi@topnet.example.tn")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:57:30 Beirut on Tue 16 Feb, on time (Date 22:57 +0100, Tunis); the sender "
              "apologises for sending 'à la dernière minute'; accented DOCX name only in RFC 2231 form; 8bit body."))


# ---------------------------------------------------------------- 23 report en, late at the edge (Toronto)
def m23():
    when = at("2021-02-17 00:04:10")
    sent = when - dt.timedelta(seconds=15)
    name = "RHU_GCM_voluntary_report_Feb2021.pdf"
    text = """Hello,

Hope this reaches you in time - I am travelling (Toronto this week) so sending from here. Attached is the voluntary GCM review report of our Refugee Health Unit, on access to primary care, NCD management and mental health for refugees and migrant workers in Amman and Mafraq.

Many thanks,

Tariq Al-Khatib, MD, MPH
Assistant Professor | Refugee Health Unit
Department of Family and Community Medicine
School of Medicine, University of Jordan
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    pdf = make_pdf(["Refugee Health Unit - Department of Family and Community Medicine",
                    "School of Medicine, University of Jordan", "Voluntary GCM Review Report - February 2021"])
    body = multi("mixed", [alt(text, html, "0000000000009b1e4d05bb7c2a18"),
                           attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kl8x1v9q0")])],
                 "0000000000009b1e4f05bb7c2a1a")
    rows = std_rows(when, "mail-io1-f44.google.example.com", "209.85.166.44", "4DfB1Wn7Rs3c",
                    "Tariq Al-Khatib <t.alkhatib.md@gmail.example.com>",
                    "Voluntary report - Refugee Health Unit (UJ)", rfcdate(tz(sent, -5)),
                    "<CAM9rT3wX6zB0dF4hJ8lN2pR5tV9xZ3bD7fH1kM5oQ9sU@mail.gmail.example.com>",
                    ret="t.alkhatib.md@gmail.example.com")
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by four minutes: received 00:04:10 Beirut on Wed 17 Feb while the Date header reads Tue 16 Feb "
              "17:03 -0500 (sender in Toronto); academic signature with pipe and hierarchy lines but no speaker request."))


# ---------------------------------------------------------------- 24 other fr (Lebanon), Zoom link
def m24():
    when = at("2021-02-20 13:02:44")
    sent = when - dt.timedelta(seconds=6)
    text = """Bonjour,

Nous n'avons toujours pas reçu le lien Zoom pour la consultation de mardi 23 février. Notre intervenante, Dr Hiba Merhi, avait été confirmée pour la table ronde 1 par votre collègue au téléphone, mais on n'a rien par écrit.

Est-ce que vous pouvez nous renvoyer le lien et le programme final svp ?

Merci beaucoup,
Rita
--
Rita Sfeir
Coordinatrice psychosociale
Santé Sans Frontières Liban – Tripoli
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    body = alt(text, html, "00000000000051c7a205bbd9e3f4", charset="UTF-8", cte="base64")
    rows = std_rows(when, "mail-ot1-f51.google.example.com", "209.85.210.51", "4DhM5Kc0Vp8z",
                    "Rita Sfeir <rita.sfeir.ssf@gmail.example.com>",
                    "lien zoom 23 février ??", rfcdate(tz(sent, 2)),
                    "<CAF2pW6yL0nR4tV8xB2dF6hJ0lN4pR8tV2xZ6bD0fH4jL8n@mail.gmail.example.com>",
                    ret="rita.sfeir.ssf@gmail.example.com")
    rows = [(k, hdr(v, enc="Q") if k == "Subject" else v) for k, v in rows]
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics (Zoom link) after both deadlines; names a speaker 'confirmée pour la table ronde 1' by phone: "
              "not a new speaking-role request, so no speakers and no lateness."))


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
