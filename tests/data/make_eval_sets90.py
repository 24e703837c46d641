#!/usr/bin/env python3
"""Write the blind evaluation set holdout90 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets90.py
Theme: health actors: hospitals, mental-health and psychosocial NGOs, psychologists, medical associations
and nurses' unions (Lebanon, Jordan, Egypt, Tunisia, Iraq).
"""
import datetime as dt
import json
import os
from mailgen import (HERE, BOX, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout90")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h90-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def mk(num, when, sent_hours, frm, subject, mid, body, label, host, ip, qid, ret, extra=(), to=BOX, sent_delta=5,
       zone_name=None):
    sent = tz(when - dt.timedelta(seconds=sent_delta), sent_hours)
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(sent, zone_name), mid, to=to, ret=ret)
    rows += list(extra)
    m = top(body, rows)
    add(num, when, m, label)


def gmail_alt(text, boundary, cte="quoted-printable", dir_="ltr"):
    html = '<div dir="%s">' % dir_ + text2html(text) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, "UTF-8", cte), leaf("text/html", html, "UTF-8", cte)],
                 boundary)


def outlook_alt(text, boundary, charset="utf-8", cte="quoted-printable", dir_=None):
    inner = text2html(text)
    if dir_:
        inner = '<div dir="%s" style="font-family:Calibri,Arial">' % dir_ + inner + "</div>"
    html = html_wrap(inner, dir_, charset)
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def pdf_att(name, lines, quoted=True, disp="attachment", extra=None):
    nm = '"%s"' % name if quoted else name
    return leaf("application/pdf", make_pdf(lines), cte="base64", params=[("name", nm)],
                disp='%s; filename=%s' % (disp, nm), extra=extra)


def docx_att(name, paragraphs):
    return leaf(DOCX, make_docx(paragraphs), cte="base64", params=[("name", '"%s"' % name)],
                disp='attachment; filename="%s"' % name)


def utf8_att(ctype, data, name):
    """Attachment with a non-ASCII file name: RFC 2047 name= (Outlook) and RFC 2231 filename*=."""
    return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % b_word(name))],
                disp="attachment;\r\n\tfilename*=%s" % rfc2231(name))


GMAIL_HOST = ("mail-wm1-f41.google.example.com", "209.85.128.41")
OUTLOOK_HOST = ("EUR05-VI1-obe.outbound.protection.outlook.example.com", "40.107.21.92")

# ================================================================ the 24 messages
M01_ID = "<VI1PR0601MB2271A3C94E0B7D2F51C8E2A4C9B10@VI1PR0601MB2271.eurprd06.prod.outlook.example.com>"


def m01():
    when = at("2021-01-29 16:42:18")
    text = """Dear Regional Review Secretariat,

Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region.

I would like to request a speaking slot as a floor intervention in one of the plenary sessions (24-25 February). Over the last two years our department has run an outpatient mental health clinic for migrant domestic workers and refugees in Mount Lebanon, and I believe the experience on access to psychiatric care, detention-related trauma and continuity of medication after the port explosion would be of use to the discussion on Objectives 7 and 15.

I am available for both days and can join in person or online, whatever is more practical.

With best regards,

Dr. Karim F. Nassar, MD, PhD, MPH, FRCPC
Head, Department of Psychiatry and Behavioral Medicine
Mount Lebanon University Hospital (MLUH)
Associate Professor of Clinical Psychiatry, Faculty of Medicine
Chair, MLUH Refugee and Migrant Health Committee
Hazmieh, Lebanon | T +961 5 000 000 ext. 4412

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s) and may contain confidential patient or institutional information. If you have received it in error, please notify the sender and delete it.
"""
    body = outlook_alt(text, "_000_VI1PR0601MB2271A3C94E0B7D2F51C8E2A4C9B10VI1PR0601MB2271_")
    mk(1, when, 2, '"Nassar, Karim" <knassar@mluh.example.org.lb>',
       "Request for speaking slot - plenary - Regional Review GCM", M01_ID, body,
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Karim F. Nassar", "Head, Department of Psychiatry and Behavioral Medicine",
              "Mount Lebanon University Hospital (MLUH)", ["plenary"])],
           notes="self-nomination; the name is only in the signature, wrapped in 'Dr.' and a string of degrees "
                 "(MD, PhD, MPH, FRCPC) that are not part of the name; signature has three titles (head of "
                 "department, associate professor, committee chair): the first one, tied to the hospital, is "
                 "the title; From display name is 'Nassar, Karim' (surname first, no middle initial); "
                 "confidentiality footer."),
       *OUTLOOK_HOST, "4DS1kq2Wc5z1", "knassar@mluh.example.org.lb",
       extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Request for speaking slot - plenary - Regional Review GCM"),
              ("Content-Language", "en-US")])


def m02():
    when = at("2021-01-31 11:07:02")
    text = """حضرات السادة في أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

بالإشارة إلى كتاب الدعوة الكريم، يسعدنا في مركز الأمل للصحة النفسية والدعم النفسي الاجتماعي (أمل) أن نقترح الدكتورة ريم الحسيني، استشارية الطب النفسي ورئيسة وحدة الصدمات في المركز، للتحدث في المائدة المستديرة المواضيعية الثالثة يوم 24 أو 25 شباط/فبراير.

تعمل الدكتورة ريم منذ عام 2013 مع اللاجئين والعمال المهاجرين في عمّان والزرقاء والمفرق، وقد أشرفت على برنامج الإحالة بين الرعاية الصحية الأولية وخدمات الصحة النفسية بالتعاون مع وزارة الصحة.

نرفق لكم السيرة الذاتية المختصرة عند الطلب.

مع خالص الشكر والتقدير،

سلمى العمري
مديرة البرامج
مركز الأمل للصحة النفسية والدعم النفسي الاجتماعي
عمّان – الأردن
"""
    body = gmail_alt(text, "000000000000b71c4f05ba2d9e01", cte="base64", dir_="rtl")
    mk(2, when, 2, addr("سلمى العمري", "salma.omari@amal-mh.example.jo"),
       hdr("اقتراح متحدثة - المائدة المستديرة الثالثة"),
       "<CAJx8pQ2mW7uYd0vR3kN5tB9aF1cH6gL4sE2zX8qV0nM7jP@mail.gmail.example.com>", body,
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("ريم الحسيني", "استشارية الطب النفسي ورئيسة وحدة الصدمات في المركز",
              "مركز الأمل للصحة النفسية والدعم النفسي الاجتماعي (أمل)", ["roundtable"], 3)],
           notes="the sender (programme director) proposes a colleague introduced with the honorific 'الدكتورة' "
                 "(not part of the name); the title is 'استشارية الطب النفسي' joined with a second function by "
                 "'و' ('ورئيسة وحدة الصدمات في المركز'); Arabic acronym '(أمل)' only in the body; roundtable as "
                 "the ordinal 'الثالثة'; 'شباط/فبراير' Levantine month name; Gmail base64."),
       *GMAIL_HOST, "4DTqP80sJ1z3", "salma.omari@amal-mh.example.jo")


def m03():
    when = at("2021-02-01 09:23:47")
    text = """Madame, Monsieur,

Suite à votre lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, l'Association Tunisienne de Santé Mentale et Psychosociale (ATSMP) a l'honneur de vous proposer Dr Sonia Ben Amor (psychiatre, cheffe du service de pédopsychiatrie à l'hôpital régional de Médenine) et M. Hatem Gharbi (psychologue clinicien, coordinateur du programme migrants de l'ATSMP) pour une intervention lors de la table ronde thématique n°4.

Nos deux intervenants travaillent depuis 2019 auprès des migrants subsahariens secourus en mer et hébergés dans le Sud tunisien, notamment les mineurs non accompagnés.

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,

--
Imen Karoui
Chargée de communication
ATSMP - Tunis
www.atsmp.example.tn
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    mk(3, when, 1, "Imen Karoui <imen.karoui@atsmp.example.tn>",
       "Proposition d'intervenants - table ronde 4 (ATSMP)",
       "<3f9a1c2e-7b4d-4e8a-b0f5-6d2c9e1a8b47@atsmp.example.tn>", body,
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Sonia Ben Amor", "psychiatre, cheffe du service de pédopsychiatrie à l'hôpital régional de Médenine",
              "Association Tunisienne de Santé Mentale et Psychosociale (ATSMP)", ["roundtable"], 4),
           sp("Hatem Gharbi", "psychologue clinicien, coordinateur du programme migrants de l'ATSMP",
              "Association Tunisienne de Santé Mentale et Psychosociale (ATSMP)", ["roundtable"], 4)],
           notes="two speakers in one sentence joined by 'et', each with honorific ('Dr', 'M.') and the title in "
                 "brackets; the first speaker's brackets also name a hospital, but she is proposed by the ATSMP "
                 "(the hospital stays in her title); the sender (communication officer) is not a speaker; "
                 "'table ronde thématique n°4'; Thunderbird format=flowed 8bit, signature after '-- '."),
       "mail.atsmp.example.tn", "197.14.52.9", "4DVb3t1Xk9z2", "imen.karoui@atsmp.example.tn",
       extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
              ("Content-Language", "fr")])


def m04():
    when = at("2021-02-01 14:51:30")
    text = """Hello,

We'd like to put forward our colleague Hala Mansour to take part in the open discussion of the multi-stakeholder consultation on 23 Feb. She heads our psychosocial unit and has been working with Sudanese, Eritrean and Syrian refugees in Cairo and Giza for almost 10 years. She'd speak in English or Arabic.

Thanks and regards
Ahmed Fawzy
Executive Director, Nile Psychosocial Support Foundation (NPSF)

Sent from my iPhone"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    mk(4, when, 2, "Ahmed Fawzy <a.fawzy@npsf-eg.example.org>", "GCM review - open discussion",
       "<A7E3F1C9-2B4D-4E6A-8F0C-1D3E5A7B9C2E@npsf-eg.example.org>", body,
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Hala Mansour", "Head of the psychosocial unit", "Nile Psychosocial Support Foundation (NPSF)",
              ["open_discussion"])],
           notes="the title comes in a later sentence as a verb phrase ('She heads our psychosocial unit'), so it "
                 "is not verbatim; affiliation only in the sender's signature ('our'); the sender (Executive "
                 "Director) is not the speaker; iPhone plain text, no trailing newline."),
       "mail.npsf-eg.example.org", "41.33.120.18", "4DVm7h2Qs3z6", "a.fawzy@npsf-eg.example.org",
       extra=[("X-Mailer", "iPhone Mail (18C66)")], sent_delta=14)


M05_ID = "<CAKm4Yr7Hq2nVw9dE5tS1bL8xZ3cF6jP0uA4gN7kR2mT9vQ@mail.gmail.example.com>"


def m05():
    when = at("2021-02-02 10:14:55")
    text = """Dear all,

Attached is the voluntary GCM review report of the Kurdistan Nurses and Midwives Union (KNMU). It covers the situation of migrant and refugee nurses working in the Kurdistan Region of Iraq and access to health care for displaced people in the camps of Duhok and Erbil.

Best regards,
Shilan Aziz
Secretary General, KNMU
Erbil
"""
    alt = gmail_alt(text, "000000000000f1a2b305ba3e7c10")
    att = pdf_att("scan0001.pdf", ["KURDISTAN NURSES AND MIDWIVES UNION", "Voluntary GCM Review Report - January 2021",
                                   "Migrant and refugee nurses; health access in Duhok and Erbil camps"],
                  extra=[("X-Attachment-Id", "f_kkn4r2a90")])
    body = multi("mixed", [alt, att], "000000000000f1a2b405ba3e7c12")
    mk(5, when, 3, "Shilan Aziz <shilan.aziz.knmu@gmail.example.com>", "GCM report KNMU", M05_ID, body,
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=["scan0001.pdf"],
            notes="the only attachment has a generic scanner name (scan0001.pdf); the body says it is the report; "
                  "Gmail from Erbil (Date +0300)."),
       *GMAIL_HOST, "4DWF2c5Ln8z4", "shilan.aziz.knmu@gmail.example.com")


M06_ID = "<000601d6f94b$2a7c1e30$7f745a90$@esmh-eg.example.org>"
M06_TEXT = """السادة/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
الموضوع: طلب دور متحدث في المراجعة الإقليمية للاتفاق العالمي للهجرة

تحية طيبة وبعد،

تتشرف الجمعية المصرية للصحة النفسية للاجئين والمهاجرين بترشيح د. محمود عبد الحميد، مدير برنامج الدعم النفسي والاجتماعي بالجمعية، للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثانية.

ويعمل د. محمود على تقديم خدمات الصحة النفسية للمهاجرين واللاجئين في القاهرة الكبرى والإسكندرية منذ سنة 2012.

وتفضلوا بقبول وافر الاحترام،

نهى جمال
مسؤولة العلاقات الخارجية
الجمعية المصرية للصحة النفسية للاجئين والمهاجرين
القاهرة
"""


def m06():
    when = at("2021-02-02 13:30:12")
    body = outlook_alt(M06_TEXT, "----=_NextPart_000_0007_01D6F95B.EE05A630", "windows-1256", dir_="rtl")
    mk(6, when, 2, addr("نهى جمال", "noha.gamal@esmh-eg.example.org", "windows-1256"),
       hdr("طلب دور متحدث - الجمعية المصرية للصحة النفسية", "windows-1256"), M06_ID, body,
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("محمود عبد الحميد", "مدير برنامج الدعم النفسي والاجتماعي بالجمعية",
              "الجمعية المصرية للصحة النفسية للاجئين والمهاجرين", ["roundtable"], 2)],
           notes="formal MSA from Egypt, Outlook windows-1256 text+HTML; the sender (external relations officer) "
                 "nominates a colleague with the honorific 'د.'; roundtable as the ordinal 'الثانية'; this "
                 "speaker is replaced later in the thread (h90-07)."),
       "mail.esmh-eg.example.org", "41.196.7.33", "4DWM9r3Tq0z7", "noha.gamal@esmh-eg.example.org",
       extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbjSypcHjB/dFqQT3mUo1kL2Nq8vA=="),
              ("Content-Language", "ar-eg")])


def m07():
    when = at("2021-02-03 12:05:44")
    quoted = "\n".join(("> " + x) if x else ">" for x in M06_TEXT.rstrip("\n").split("\n"))
    text = """صباح الخير،

بعتذر جداً على التغيير، بس د. محمود عنده ظرف عائلي ومش هيقدر يشارك في المؤتمر للأسف.
فبنرجو تغيير اسم المتحدث لزميلته أ. منى السيد إبراهيم، أخصائية نفسية أولى في نفس البرنامج، وهي هتشارك مكانه في نفس المائدة المستديرة التانية.

شكراً جزيلاً وآسفين على الإزعاج

نهى

-----Original Message-----
From: نهى جمال <noha.gamal@esmh-eg.example.org>
Sent: Tuesday, February 2, 2021 1:30 PM
To: gcmrrarabstates@iom.int
Subject: طلب دور متحدث - الجمعية المصرية للصحة النفسية

""" + quoted + "\n"
    body = outlook_alt(text, "----=_NextPart_000_0012_01D6FA0C.7B3D9E20", "windows-1256", dir_="rtl")
    mk(7, when, 2, addr("نهى جمال", "noha.gamal@esmh-eg.example.org", "windows-1256"),
       re_hdr("RE:", "طلب دور متحدث - الجمعية المصرية للصحة النفسية", "windows-1256"),
       "<001201d6fa0c$7b3d9e20$71b8da60$@esmh-eg.example.org>", body,
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, thread_of="h90-06.eml",
            speakers=[sp("منى السيد إبراهيم", "أخصائية نفسية أولى في نفس البرنامج",
                         "الجمعية المصرية للصحة النفسية للاجئين والمهاجرين", ["roundtable"], 2)],
            notes="follow-up replacing the speaker named in h90-06 by a colleague, in Egyptian colloquial "
                  "('مش هيقدر', 'التانية'); the replacement is the only speaker (Mahmoud is withdrawn, he still "
                  "appears in the quoted text); honorific 'أ.' not part of the name; title refers back ('في نفس "
                  "البرنامج'); affiliation only in the quoted original; roundtable 'نفس المائدة المستديرة التانية'."),
       "mail.esmh-eg.example.org", "41.196.7.33", "4DX3cV6Pm2z1", "noha.gamal@esmh-eg.example.org",
       extra=[("In-Reply-To", M06_ID), ("References", M06_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
              ("Thread-Index", "AdbjSypcHjB/dFqQT3mUo1kL2Nq8vAAo7T2g"), ("Content-Language", "ar-eg")],
       sent_delta=3)


M08_ID = "<8c2d4f6a-1b3e-4a5c-9d7e-0f2a4c6e8b1d@siil-lb.example.org>"
M08_ACK = "<ack-20210203-0117@gcmrr.iom.int>"


def m08():
    when = at("2021-02-03 18:47:09")
    name = "Rapport_SIIL_PMM_2021.docx"
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire du Syndicat des infirmiers et infirmières du Liban (SIIL) dans le cadre de l'examen régional du Pacte mondial sur les migrations. Le rapport traite surtout de l'exode des infirmières libanaises depuis 2019 et de la situation des aides-soignantes migrantes dans nos hôpitaux.

Par ailleurs, notre présidente, Mme Rita Abi Nader, souhaiterait prendre la parole lors d'une des séances plénières, si c'est possible bien sûr.

Merci d'avance et bonne soirée,

Joëlle Saadé
Secrétariat du SIIL
Achrafieh, Beyrouth
"""
    alt = outlook_alt(text, "_000_AM6PR0102MB3318B4C2E7D1F9A0AM6PR0102MB3318eurp_", "iso-8859-1")
    att = docx_att(name, ["Syndicat des infirmiers et infirmieres du Liban (SIIL)",
                          "Rapport volontaire - Examen regional du PMM 2021",
                          "1. Exode des infirmieres libanaises depuis 2019",
                          "2. Aides-soignantes migrantes dans les hopitaux"])
    body = multi("mixed", [alt, att], "_004_AM6PR0102MB3318B4C2E7D1F9A0AM6PR0102MB3318eurp_")
    mk(8, when, 2, addr("Joëlle Saadé", "secretariat@siil-lb.example.org", "iso-8859-1", "Q"),
       hdr("Rapport volontaire SIIL + demande d'intervention", "iso-8859-1", "Q"), M08_ID, body,
       dict(category="both", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
            speakers=[sp("Rita Abi Nader", "présidente", "Syndicat des infirmiers et infirmières du Liban (SIIL)",
                         ["plenary"])],
            notes="report (DOCX) and speaker request in one mail; the speaker is the union's president, "
                  "introduced as 'notre présidente, Mme ...' (honorific dropped, lowercase title kept); the "
                  "sender is the secretariat; 'une des séances plénières, si c'est possible' = plenary; "
                  "Outlook iso-8859-1 with a Q-encoded display name and subject."),
       *OUTLOOK_HOST, "4DXH1n8Wr5z3", "secretariat@siil-lb.example.org",
       extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")])


def m09():
    when = at("2021-02-04 08:39:21")
    text = """Good morning,

I'm the focal point for the GCM review at Al-Bashir Community Health Network. Two quick practical questions before we send anything:

1) Will the consultation on 23 February and the conference be fully virtual, or is there an in-person part in Beirut? Some of our nurses work shifts and would need to plan.
2) Will there be Arabic interpretation in the roundtables? Not everyone on our team is comfortable speaking in English.

Many thanks,
Dana Khalil
Community Health Network - Amman
"""
    body = gmail_alt(text, "0000000000003c9d8e05ba4f1b22")
    mk(9, when, 2, "Dana Khalil <dana.khalil.bchn@gmail.example.com>", "Questions - format and interpretation",
       "<CAP2wQ5nR8tY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM1qW4e@mail.gmail.example.com>", body,
       dict(category="other", language="en", acknowledge=True, on_time=None,
            notes="a person asking practical questions (virtual or in person, interpretation) in a numbered list; "
                  "mentions roundtables, nurses and 'before we send anything' but proposes no speaker and sends "
                  "no report."),
       *GMAIL_HOST, "4DXq4k0Bz7z9", "dana.khalil.bchn@gmail.example.com")


def m10():
    when = at("2021-02-04 12:18:36")
    name = "تقرير_المراجعة_الطوعية_شبكة_الصحة_النفسية_المجتمعية.docx"
    text = """الأخوة الأعزاء في أمانة المراجعة الإقليمية

السلام عليكم ورحمة الله وبركاته

نرفق طيّاً التقرير الطوعي لشبكة الصحة النفسية المجتمعية في العراق حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وقد أُعدّ التقرير بالتشاور مع اثنتي عشرة منظمة عضو في الشبكة في بغداد والموصل والبصرة ودهوك، ويركز على الصحة النفسية للعائدين والنازحين داخلياً وعلى العاملين الصحيين المهاجرين.

نأمل أن يكون مفيداً لأعمال المراجعة.

مع التقدير

د. حيدر كاظم الموسوي
منسق الشبكة
"""
    alt = gmail_alt(text, "000000000000a4b5c605ba51d7e8", cte="base64", dir_="rtl")
    att = utf8_att(DOCX, make_docx(["Community Mental Health Network - Iraq", "Voluntary GCM Review Report 2021",
                                    "Mental health of returnees, IDPs and migrant health workers"]), name)
    body = multi("mixed", [alt, att], "000000000000a4b5c705ba51d7ea")
    mk(10, when, 3, addr("حيدر الموسوي", "haider.almusawi@cmhn-iq.example.org"),
       hdr("التقرير الطوعي - شبكة الصحة النفسية المجتمعية في العراق"),
       "<CAD5tR2yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4y@mail.gmail.example.com>", body,
       dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True, report_attachments=[name],
            notes="MSA from Iraq, report DOCX with an Arabic file name (RFC 2047 name=, RFC 2231 filename*=); "
                  "the sender signs with 'د.' and 'منسق الشبكة' but proposes no speaker; Date +0300."),
       *GMAIL_HOST, "4DY0m6Hs2Kz4", "haider.almusawi@cmhn-iq.example.org")


def m11():
    when = at("2021-02-04 17:02:50")
    rows = [("Pr. Néjib Trabelsi", "Professeur agrégé en psychiatrie", "Hôpital Razi, La Manouba", "Table ronde 1"),
            ("Mme Amel Chebbi", "Infirmière coordinatrice", "CSMT", "Rapporteur (messages clés)")]
    cells = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r)
                    + "</tr>\n" for r in rows)
    inner = """<p>Bonjour,</p>
<p>Le Collectif Santé Migrants Tunisie (CSMT), qui regroupe des soignants, des psychologues et des associations de Tunis, Sfax et Médenine, voudrait proposer deux intervenants pour l'examen régional du Pacte mondial.<br>
Vous trouverez ci dessous les infos demandées :</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #999;padding:4px">Nom et prénom</th><th style="border:1px solid #999;padding:4px">Fonction</th><th style="border:1px solid #999;padding:4px">Structure</th><th style="border:1px solid #999;padding:4px">Session souhaitée</th></tr>
""" + cells + """</table>
<p>Merci de nous confirmer la réception, on a eu des soucis avec notre messagerie ces derniers jours.</p>
<p>Cordialement<br>
Sami Ouertani<br>
pour le bureau du CSMT</p>
"""
    body = leaf("text/html", html_wrap(inner), "UTF-8", "quoted-printable")
    mk(11, when, 1, "CSMT Tunisie <contact@csmt-tn.example.org>", "Intervenants CSMT - examen régional PMM",
       "<20210204160245.7F3A91C0E2@webmail.csmt-tn.example.org>", body,
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Néjib Trabelsi", "Professeur agrégé en psychiatrie", "Hôpital Razi, La Manouba", ["roundtable"], 1),
           sp("Amel Chebbi", "Infirmière coordinatrice", "Collectif Santé Migrants Tunisie (CSMT)", ["rapporteur"])],
           notes="HTML-only message; two speakers in an HTML table (name with honorifics 'Pr.'/'Mme', function, "
                 "structure, session); the first speaker's structure is a hospital, not the proposing collective; "
                 "the second's structure is the acronym 'CSMT', expanded only in the intro; 'Rapporteur (messages "
                 "clés)' = rapporteur; webmail with a generic From name; Date +0100."),
       "webmail.csmt-tn.example.org", "196.203.76.14", "4DYBq2Jd8Rz6", "contact@csmt-tn.example.org",
       extra=[("User-Agent", "Roundcube Webmail/1.4.10")], sent_delta=5)
    # serialize writes rfcdate with +0100 by mk


M12_ACK = "<ack-20210129-0042@gcmrr.iom.int>"


def m12():
    when = at("2021-02-05 07:12:04")
    text = """Thank you for your email.

I am out of the office attending a medical conference until Monday 8 February 2021, with limited access to e-mail. For urgent clinical matters please contact the Department of Psychiatry secretariat on +961 5 000 000 ext. 4400.

Dr. Karim F. Nassar, MD, PhD, MPH, FRCPC
Head, Department of Psychiatry and Behavioral Medicine
Mount Lebanon University Hospital (MLUH)
"""
    body = outlook_alt(text, "_000_VI1PR0601MB2271D8E2B0C4A6F19B0E2D7C3A5F1VI1PR0601MB2271_")
    mk(12, when, 2, '"Nassar, Karim" <knassar@mluh.example.org.lb>',
       "Automatic reply: Acknowledgement: Request for speaking slot - plenary - Regional Review GCM",
       "<VI1PR0601MB2271D8E2B0C4A6F19B0E2D7C3A5F1@VI1PR0601MB2271.eurprd06.prod.outlook.example.com>", body,
       dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
            notes="Exchange out-of-office from the speaker of h90-01, answering our acknowledgement (In-Reply-To "
                  "our ack, References h90-01); same signature with degrees and the word 'plenary' in the "
                  "subject; never acknowledge, not a follow-up of the submission."),
       *OUTLOOK_HOST, "4DYxR5c1Vn3z", "knassar@mluh.example.org.lb", sent_delta=1,
       extra=[("In-Reply-To", M12_ACK), ("References", M01_ID + " " + M12_ACK),
              ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "knassar@mluh.example.org.lb"), ("Content-Language", "en-US")])


def m13():
    when = at("2021-02-05 23:52:10")
    name = "Sanad_GCM_report_final.pdf"
    text = """مرحبا،

مرفق التقرير الطوعي لجمعية سند للصحة النفسية عن تطبيق الاتفاق العالمي للهجرة بلبنان، خصوصاً وضع العاملات بالخدمة المنزلية والدعم النفسي بعد انفجار المرفأ.

وكمان حابين نطلب دور متحدثة إلي بالطاولة المستديرة الأولى، معلوماتي تحت.

آسفين عالتأخير، أنا مسافرة هالأسبوع وما قدرت بعت قبل.

شكراً كتير

رنا حداد | منسقة برنامج الدعم النفسي الاجتماعي | جمعية سند للصحة النفسية - لبنان
"""
    alt = gmail_alt(text, "0000000000007e8f9a05ba63c4d1", cte="base64", dir_="rtl")
    att = pdf_att(name, ["Sanad Association for Mental Health - Lebanon", "Voluntary GCM Review Report 2021",
                         "Migrant domestic workers and psychosocial support after the Beirut port explosion"],
                  extra=[("X-Attachment-Id", "f_kkr7d0f31")])
    body = multi("mixed", [alt, att], "0000000000007e8f9b05ba63c4d3")
    mk(13, when, 4, addr("Rana Haddad", "rana.haddad@sanad-mh.example.org.lb"),
       hdr("التقرير + طلب مداخلة"),
       "<CAG9kL2mN5bV8cX1zQ4wE7rT0yU3iO6pA9sD2fG5hJ8kL1z@mail.gmail.example.com>", body,
       dict(category="both", language="ar", acknowledge=True, on_time=True, report_attachments=[name],
            speakers=[sp("رنا حداد", "منسقة برنامج الدعم النفسي الاجتماعي", "جمعية سند للصحة النفسية",
                         ["roundtable"], 1)],
            notes="deadline edge: received 23:52:10 Beirut on Fri 5 Feb, so both parts are on time, but the Date "
                  "header is 'Sat, 6 Feb 2021 01:52 +0400' (sender travelling in the Gulf) and she apologises for "
                  "being late; Lebanese colloquial ('حابين', 'إلي', 'عالتأخير'); self-nomination with details "
                  "'below' in a one-line pipe-separated signature; English display name; 'الطاولة المستديرة "
                  "الأولى' (Levantine 'طاولة' for roundtable)."),
       *GMAIL_HOST, "4DZ1c8Fq0Tz2", "rana.haddad@sanad-mh.example.org.lb", sent_delta=9)


def m14():
    when = at("2021-02-05 23:58:40")
    text = """Dear GCM Regional Review team,

On behalf of the Iraqi Psychologists Association I'm writing to request speaking roles for two of our members. Apologies for the last minute - I only got the final confirmation from them tonight.

1. Iraqi Psychologists Association (IPA) - Board Member - Dr Saad Al-Ani - floor intervention in plenary
2. Baghdad Teaching Hospital, Psychiatry Unit - Senior Nurse - Layla Hassan - roundtable on 24 or 25 Feb (third roundtable preferably)

Dr Al-Ani will join online from Baghdad. Ms Hassan can attend in person if needed.

Kind regards,
Noor Al-Rawi
Programme Assistant (London office)
Iraqi Psychologists Association
"""
    body = gmail_alt(text, "000000000000c2d3e405ba63f8a0")
    mk(14, when, 0, "Noor Al-Rawi <noor.alrawi@ipa-iraq.example.org>", "Speaker request - IPA (2 speakers)",
       "<CAH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF9gH2jK5l@mail.gmail.example.com>", body,
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Saad Al-Ani", "Board Member", "Iraqi Psychologists Association (IPA)", ["plenary"]),
           sp("Layla Hassan", "Senior Nurse", "Baghdad Teaching Hospital, Psychiatry Unit", ["roundtable"], 3)],
           notes="deadline edge: received 23:58:40 Beirut on Fri 5 Feb (on time); Date header 21:58 +0000 "
                 "(London); 'last minute' apology; the sender is not a speaker; numbered list in the unusual "
                 "order organisation - title - name - role; second speaker's affiliation is a hospital unit, "
                 "not the nominating association; 'third roundtable preferably' = roundtable 3."),
       *GMAIL_HOST, "4DZ1h3Kp6Wz8", "noor.alrawi@ipa-iraq.example.org", sent_delta=12)


def m15():
    when = at("2021-02-06 00:04:20")
    text = """Salam,

Je m'appelle Rim Jaziri, je suis psychologue clinicienne à l'Association Amal pour la santé mentale à Sfax. On accompagne les migrants subsahariens et les familles des harraga disparus en mer.

Je voudrais proposer ma candidature comme rapporteur pour présenter les messages clés des parties prenantes. J'espère que ce n'est pas trop tard, on est encore le 5 ici 🙂

Merci bcp et bonne soirée
Rim
"""
    body = gmail_alt(text, "0000000000009d0e1f05ba640a72")
    mk(15, when, 1, "Rim Jaziri <rim.jaziri.psy@gmail.example.com>", "Candidature rapporteur",
       "<CAN7pQ0rS3tU6vW9xY2zA5bC8dE1fG4hI7jK0lM3nO6pQ9r@mail.gmail.example.com>", body,
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
           sp("Rim Jaziri", "psychologue clinicienne", "Association Amal pour la santé mentale", ["rapporteur"])],
           notes="deadline edge: received 00:04:20 Beirut on Sat 6 Feb (late) while the Date header says Fri 5 Feb "
                 "23:04 +0100 (Tunis) and the sender writes 'on est encore le 5 ici'; self-nomination in prose "
                 "('Je m'appelle ..., je suis ... à ...'), informal Maghrebi French ('Salam', 'harraga', 'bcp'), "
                 "emoji; the city ('à Sfax') follows the organisation name but is not part of it."),
       *GMAIL_HOST, "4DZ1n7Rt2Yz1", "rim.jaziri.psy@gmail.example.com", sent_delta=16)


def m16():
    when = at("2021-02-07 10:26:33")
    text = """عسلامة،

تحية طيبة وبعد، حسب مراسلتكم باللغة العربية آخر أجل لطلب المداخلات هو يوم الجمعة 23 فيفري 2021، لذا نحبو نقترحو مشاركة الجمعية في النقاش المفتوح متاع الاستشارة متعددة الأطراف.

المتدخل: الدكتور منير السالمي (المعطيات في الإمضاء أسفله).

نشكروكم على تفهمكم.

--
الجمعية التونسية لأطباء الصحة العمومية
الكاتب العام
د. منير السالمي
الهاتف: 216 71 000 000+
"""
    body = gmail_alt(text, "000000000000e1f2a305ba7c5b90", cte="base64", dir_="rtl")
    mk(16, when, 1, addr("منير السالمي", "m.salmi@atmsp.example.tn"), hdr("مداخلة في النقاش المفتوح"),
       "<CAB4cD7eF0gH3iJ6kL9mN2oP5qR8sT1uV4wX7yZ0aB3cD6e@mail.gmail.example.com>", body,
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
           sp("منير السالمي", "الكاتب العام", "الجمعية التونسية لأطباء الصحة العمومية", ["open_discussion"])],
           notes="late (7 Feb): the sender relies on the Arabic letter's misprinted deadline 'الجمعة 23 فيفري'; "
                 "Tunisian Arabic mixed with MSA ('عسلامة', 'نحبو نقترحو', 'متاع', 'فيفري'); the speaker details "
                 "are in the signature in the unusual order organisation / title / name, with 'د.'."),
       *GMAIL_HOST, "4DZmS2wV9Bz5", "m.salmi@atmsp.example.tn", sent_delta=8)


def m17():
    when = at("2021-02-08 11:40:27")
    ack = """Bonjour,
Nous accusons réception de votre message « Rapport volontaire SIIL + demande d'intervention » du 3 février 2021. Le rapport joint a été enregistré et la demande de prise de parole sera examinée par le comité d'organisation.
Le Secrétariat – Examen régional du Pacte mondial sur les migrations dans la région arabe"""
    quoted = "\n".join("> " + x for x in ack.split("\n"))
    text = """Bonjour,

Merci beaucoup pour la confirmation !

Juste une question : est-ce que Mme Abi Nader pourra faire son intervention en arabe, ou bien faut-il prévoir un texte en anglais/français pour les interprètes ? Et combien de minutes sont prévues par intervention ?

Bien à vous,
Joëlle

Le 3 févr. 2021 à 19:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + quoted + "\n"
    body = outlook_alt(text, "_000_AM6PR0102MB3318E6F1A2B3C4D5AM6PR0102MB3318eurp_", "windows-1252")
    mk(17, when, 2, addr("Joëlle Saadé", "secretariat@siil-lb.example.org", "iso-8859-1", "Q"),
       re_hdr("RE:", "Accusé de réception : Rapport volontaire SIIL + demande d'intervention", "iso-8859-1"),
       "<AM6PR0102MB3318E6F1A2B3C4D5@AM6PR0102MB3318.eurprd01.prod.outlook.example.com>", body,
       dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h90-08.eml",
            notes="thank-you reply to our acknowledgement of h90-08 that also asks new questions (language of the "
                  "intervention, speaking time): a reply in the thread that must still be acknowledged; the "
                  "speaker's name appears again but no new request; quoted ack mentions the report and the "
                  "speaking request."),
       *OUTLOOK_HOST, "4DZxA9b3Lq7z", "secretariat@siil-lb.example.org",
       extra=[("In-Reply-To", M08_ACK), ("References", M08_ID + " " + M08_ACK), ("Content-Language", "fr-FR")])


def m18():
    when = at("2021-02-09 15:20:05")
    text = """Bonjour Madame, Monsieur,

Je suis psychologue à l'hôpital Saint-Georges de Zahlé et membre d'un petit groupe de soignants qui suit des travailleurs migrants et des réfugiés syriens dans la Békaa. On aimerait bien contribuer à l'examen régional, mais on n'est pas une ONG enregistrée, juste un groupe informel.

Est-ce qu'un groupe comme le nôtre peut quand même envoyer un rapport volontaire ? Et y a-t-il un modèle à suivre ou un nombre de pages maximum ?

Merci d'avance pour votre retour, et bon courage pour l'organisation.

Nayla Frem
Psychologue clinicienne
"""
    body = outlook_alt(text, "----=_NextPart_000_0031_01D6FEF2.9A8B7C60", "utf-8")
    mk(18, when, 2, "Nayla Frem <nayla.frem@hotmail.example.com>", "Question - rapport volontaire",
       "<DB8P191MB0612E3C4B5A6D7F8A9B0C1D2E3F4A5B6@DB8P191MB0612.EURP191.PROD.OUTLOOK.example.com>", body,
       dict(category="other", language="fr", acknowledge=True, on_time=None,
            notes="Levantine French question about eligibility and report format (template, page limit); names "
                  "a hospital and her title but neither proposes a speaker nor sends a report ('On aimerait bien "
                  "contribuer')."),
       "EUR01-DB5-obe.outbound.protection.outlook.example.com", "40.92.64.21", "4DbGk5r8Nm2z",
       "nayla.frem@hotmail.example.com", extra=[("X-Mailer", "Microsoft Outlook 16.0")])


def m19():
    when = at("2021-02-10 09:47:16")
    text = """مرحبا

عدنا سؤال بسيط. بالرسالة العربية مكتوب آخر موعد لإرسال أسماء المتحدثين هو الجمعة 23 شباط، بس بالإنكليزي مكتوب 5 شباط. يا هو الصحيح؟ لأن احنا بعدنا ما خلصنا الترشيحات بالنقابة.

وهم نريد نعرف إذا التقرير الطوعي ممكن ينكتب بالعربي لو لازم بالإنكليزي.

وشكراً الكم

علي جبار
نقابة ذوي المهن الصحية والتمريضية - البصرة
"""
    body = gmail_alt(text, "0000000000004a5b6c05ba8e2f91", cte="base64", dir_="rtl")
    mk(19, when, 3, addr("علي جبار", "ali.jabbar.hpu@gmail.example.com"), hdr("استفسار عن الموعد"),
       "<CAE8fG1hI4jK7lM0nO3pQ6rS9tU2vW5xY8zA1bC4dE7fG0h@mail.gmail.example.com>", body,
       dict(category="other", language="ar", acknowledge=True, on_time=None,
            notes="Iraqi colloquial ('عدنا', 'يا هو الصحيح', 'بعدنا', 'وهم نريد', 'لو لازم') asking about the "
                  "misprinted speaker deadline and the report language; mentions speakers and the report but "
                  "submits neither; Date +0300."),
       *GMAIL_HOST, "4DbsC1m6Xp9z", "ali.jabbar.hpu@gmail.example.com")


def m20():
    when = at("2021-02-12 16:05:52")
    n1 = "Rapport collectif - Plateforme santé mentale et migration Liban.pdf"
    n2 = "Annexe 1 - organisations signataires.docx"
    text = """Chers collègues,

Au nom de la Plateforme libanaise santé mentale et migration (PLSMM), j'ai le plaisir de vous transmettre notre rapport collectif pour l'examen régional du Pacte mondial sur les migrations, préparé avec quatorze organisations (hôpitaux, centres de soins primaires, associations de psychologues et deux syndicats).

Pièces jointes :
- le rapport (PDF, 18 pages)
- l'annexe 1, avec la liste des organisations signataires (Word)

Nous serions heureux de le présenter si une occasion se présente.

Très cordialement,

Carla Haddad-Rizk
Coordinatrice, PLSMM
Beyrouth
"""
    html = html_wrap(text2html(text).replace("Beyrouth</p>", 'Beyrouth<br><img src="cid:logo_plsmm@01D70153" alt="PLSMM" width="80"></p>'))
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "Apple-Mail=_2B4C6D8E-0F1A-4B3C-8D5E-7F9A1B3C5D7E")
    logo = leaf("image/png", make_png(16, 8, (20, 120, 90)), cte="base64", params=[("name", "logo_plsmm.png")],
                disp="inline; filename=logo_plsmm.png", extra=[("Content-Id", "<logo_plsmm@01D70153>")])
    rel = multi("related", [alt, logo], "Apple-Mail=_3C5D7E9F-1A2B-4C3D-9E6F-8A0B2C4D6E8F", params=[("type", '"multipart/alternative"')])
    a1 = leaf("application/pdf", make_pdf(["Plateforme libanaise sante mentale et migration (PLSMM)",
                                           "Rapport collectif - Examen regional du PMM 2021",
                                           "Sante mentale des travailleurs migrants et des refugies au Liban"]),
              cte="base64", params=[("name", '"%s"' % b_word(n1))],
              disp="attachment;\r\n\tfilename*=%s" % rfc2231(n1))
    a2 = leaf(DOCX, make_docx(["Annexe 1 - organisations signataires", "1. Hopital ...", "2. Centre ..."]),
              cte="base64", params=[("name", '"%s"' % n2)], disp='attachment; filename="%s"' % n2)
    body = multi("mixed", [rel, a1, a2], "Apple-Mail=_1A3B5C7D-9E0F-4A2B-8C4D-6E8F0A2B4C6D")
    mk(20, when, 2, "Carla Haddad-Rizk <c.haddadrizk@plsmm.example.org.lb>", "Rapport collectif PLSMM - PMM",
       "<5E7F9A1B-3C5D-4E7F-9A1B-3C5D7E9F1A2B@plsmm.example.org.lb>", body,
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[n1, n2],
            notes="collective report made of two attachments (PDF with a non-ASCII RFC 2231 file name + DOCX "
                  "annex) plus an inline signature logo PNG that is not part of the report; 'Nous serions "
                  "heureux de le présenter' is not a speaker request (no person, no role); Apple Mail "
                  "multipart/mixed[related[alternative, png], pdf, docx]."),
       "mail.plsmm.example.org.lb", "185.104.44.7", "4DcT8h1Yk4z6", "c.haddadrizk@plsmm.example.org.lb",
       extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])


def m21():
    when = at("2021-02-15 13:33:08")
    name = "CHNDP_Rapport_volontaire_PMM.docx"
    text = """Madame, Monsieur,

Le Centre hospitalier Notre-Dame de la Paix (CHNDP) de Zahlé vous adresse en pièce jointe sa contribution écrite à l'examen régional du Pacte mondial sur les migrations, consacrée à la prise en charge hospitalière des réfugiés et des travailleurs migrants dans la Békaa depuis la crise économique.

Nous souhaiterions également que notre chef du service de psychiatrie, le Dr Élie Matar, puisse intervenir dans une table ronde thématique (la 1 de préférence, sinon la 3).

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Georges Khoury
Directeur médical
Centre hospitalier Notre-Dame de la Paix
Zahlé - Liban
"""
    alt = outlook_alt(text, "_000_PR3P193MB0880A1B2C3D4E5F6PR3P193MB0880EURP_", "utf-8")
    att = docx_att(name, ["Centre hospitalier Notre-Dame de la Paix (CHNDP) - Zahle",
                          "Contribution ecrite - Examen regional du Pacte mondial sur les migrations",
                          "Prise en charge hospitaliere des refugies et travailleurs migrants dans la Bekaa"])
    body = multi("mixed", [alt, att], "_004_PR3P193MB0880A1B2C3D4E5F6PR3P193MB0880EURP_")
    mk(21, when, 2, "Georges Khoury <direction.medicale@chndp.example.org.lb>",
       "Contribution CHNDP - examen régional PMM",
       "<PR3P193MB0880A1B2C3D4E5F6@PR3P193MB0880.EURP193.PROD.OUTLOOK.example.com>", body,
       dict(category="both", language="fr", acknowledge=True, on_time=False, report_attachments=[name],
            speakers=[sp("Élie Matar", "chef du service de psychiatrie", "Centre hospitalier Notre-Dame de la Paix (CHNDP)",
                         ["roundtable"], 1)],
            notes="report called a 'contribution écrite' (DOCX) plus a speaker request on 15 Feb: the report part is "
                  "on time but the speaker part is after 5 Feb, so on_time is false; the speaker is named inside "
                  "a sentence ('notre chef du service de psychiatrie, le Dr Élie Matar'); 'la 1 de préférence, "
                  "sinon la 3' = roundtable 1; the signer (medical director) is not the speaker."),
       "EUR05-PR3-obe.outbound.protection.outlook.example.com", "40.107.14.118", "4DfB3n7Ks1z2",
       "direction.medicale@chndp.example.org.lb", extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")])


def m22():
    when = at("2021-02-16 23:55:30")
    name = "IAMHPSS_Voluntary_Report_GCM_2021.pdf"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Iraqi Association for Mental Health and Psychosocial Support (IAMHPSS), just before midnight on our side - hopefully still in time given the extension.

Our electricity was cut twice this evening, hence the delay.

Best,
Dr. Zainab Hussein
Executive Director, IAMHPSS
Erbil - Baghdad

"""
    body_t = leaf("text/plain", text, "UTF-8", "quoted-printable")
    att = pdf_att(name, ["Iraqi Association for Mental Health and Psychosocial Support (IAMHPSS)",
                         "Voluntary GCM Review Report 2021"])
    body = multi("mixed", [body_t, att], "------------0A1B2C3D4E5F60718293A4B5")
    mk(22, when, 3, "Zainab Hussein <z.hussein@iamhpss.example.org>", "IAMHPSS voluntary report",
       "<b7c9d1e3-f5a7-4b9c-8d1e-3f5a7b9c1d2e@iamhpss.example.org>", body,
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[name],
            notes="deadline edge: received 23:55:30 Beirut on Tue 16 Feb (on time) while the Date header says "
                  "'Wed, 17 Feb 2021 00:55 +0300' (Erbil) and the sender writes 'just before midnight on our "
                  "side'; Thunderbird plain text + PDF; signer uses 'Dr.' but proposes no speaker."),
       "mail.iamhpss.example.org", "37.236.11.90", "4DgL0p5Rt8z3", "z.hussein@iamhpss.example.org",
       extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
              ("Content-Language", "en-GB")], sent_delta=20)


def m23():
    when = at("2021-02-17 00:07:40")
    name = "تقرير النقابة الوطنية للممرضين - الميثاق العالمي للهجرة.pdf"
    text = """السيدات والسادة أعضاء أمانة المراجعة الإقليمية،

تحية طيبة،

يسرّ النقابة الوطنية للممرضين والقابلات بتونس أن توافيكم بتقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، المرفق بهذه الرسالة، والذي يتناول هجرة الكفاءات التمريضية التونسية نحو أوروبا ودول الخليج وانعكاساتها على المنظومة الصحية العمومية.

ونحن على ذمتكم لأي استفسار.

مع فائق الاحترام،

عن المكتب التنفيذي
لطفي الحمامي
أمين المال
"""
    alt = outlook_alt(text, "----=_NextPart_000_0044_01D704B6.1F2E3D40", "utf-8", "base64", dir_="rtl")
    att = utf8_att("application/pdf", make_pdf(["Syndicat national des infirmiers et sages-femmes - Tunisie",
                                                "Rapport volontaire PMM 2021 (version arabe)"]), name)
    body = multi("mixed", [alt, att], "----=_NextPart_001_0045_01D704B6.1F2E3D40")
    mk(23, when, 1, addr("Lotfi Hammami", "l.hammami@snisf-tn.example.org"),
       hdr("التقرير الطوعي للنقابة الوطنية للممرضين والقابلات"),
       "<004401d704b6$1f2e3d40$5d8cb7c0$@snisf-tn.example.org>", body,
       dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False, report_attachments=[name],
            notes="deadline edge: received 00:07:40 Beirut on Wed 17 Feb (late) while the Date header says Tue 16 "
                  "Feb 23:07 +0100 (Tunis); formal MSA with a Tunisian turn ('على ذمتكم'); PDF with a long Arabic "
                  "file name containing spaces (RFC 2047 name=, RFC 2231 filename*=); base64 Outlook body."),
       "mail.snisf-tn.example.org", "197.2.18.44", "4DgM2s9Vw1z5", "l.hammami@snisf-tn.example.org",
       extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-tn")], sent_delta=25)


def m24():
    when = at("2021-02-17 09:31:12")
    name = "KNMU_GCM_report_full_v2.pdf"
    orig = """Dear all,

Attached is the voluntary GCM review report of the Kurdistan Nurses and Midwives Union (KNMU). It covers the situation of migrant and refugee nurses working in the Kurdistan Region of Iraq and access to health care for displaced people in the camps of Duhok and Erbil.

Best regards,
Shilan Aziz
Secretary General, KNMU
Erbil"""
    quoted = "\n".join(("> " + x) if x else ">" for x in orig.split("\n"))
    text = """Dear colleagues,

I just noticed that the scan I sent on 2 February only had the first 6 pages out of 15. Please use the attached complete version instead, sorry for the trouble.

Shilan

On Tue, Feb 2, 2021 at 11:14 AM Shilan Aziz <shilan.aziz.knmu@gmail.example.com> wrote:

""" + quoted + "\n"
    alt = gmail_alt(text, "0000000000001b2c3d05bb7f4e60")
    att = pdf_att(name, ["KURDISTAN NURSES AND MIDWIVES UNION (KNMU)", "Voluntary GCM Review Report - full version (15 p.)"],
                  extra=[("X-Attachment-Id", "f_kl9a3b1c0")])
    body = multi("mixed", [alt, att], "0000000000001b2c3e05bb7f4e62")
    mk(24, when, 3, "Shilan Aziz <shilan.aziz.knmu@gmail.example.com>", "Re: GCM report KNMU",
       "<CAKm4Yr9Jt5pXy2fG8vU4dN1aB6eH9lR3oC7iQ0wS5zK2mP@mail.gmail.example.com>", body,
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=False, thread_of="h90-05.eml",
            report_attachments=[name],
            notes="revision of h90-05 (reply to her own message, In-Reply-To/References): the complete report "
                  "replaces the incomplete scan0001.pdf; sent on 17 Feb, after the report deadline, so late "
                  "although the original was on time; Date +0300."),
       *GMAIL_HOST, "4DgZ7k3Hn5z8", "shilan.aziz.knmu@gmail.example.com",
       extra=[("In-Reply-To", M05_ID), ("References", M05_ID)])


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
