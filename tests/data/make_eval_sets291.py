#!/usr/bin/env python3
"""Write the blind evaluation set holdout291 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets291.py
Theme: COVID-19 and health (21 January - 17 February 2021).  Stranded migrants, repatriation flights, quarantine and
vaccination of migrant workers; mail from doctors, nurses' networks, hospital social workers and public health
researchers, full of links, Zoom and Teams blocks, meeting IDs and mobile signatures.  A Beirut epidemiologist whose
preprint link is not a report, an Egyptian worker stranded in Kuwait asking for a seat on a repatriation flight, a
Moroccan association of sub-Saharan health students whose signature carries a weekly Zoom ID, a Kuwait migrant
nurses' network proposing two nurses (the Cc copy of our acknowledgement bounces: disabled Yahoo mailbox), an Amman
public-health network proposing a rapporteur who is away with a vaccination team (her bilingual out-of-office),
a hospital social work department inviting the secretariat to its own Zoom webinar (panelists as decoys), a Tunisian
nurses' association that had thought of a speaker but declines, a Beirut hospital social worker writing in Lebanese
dialect from her iPhone with a report and herself for the open discussion, an Algerian epidemiologist who changes
roundtable and title in a reply to our acknowledgement, an INGO report on repatriation flights with a Teams block and
a Drive link, PCR and quarantine questions in reply to our acknowledgement, a Doha physician at 23:58 after a night
shift (on time, Date already 6 February), a Tunisian researcher three minutes late (Date still 5 February), a
one-line thank-you from the physician, a Lebanese clinic collective's 'both' whose speaker is in COVID isolation (her
vacation responder follows), a Yemeni foundation's report with a YouTube link, a Filipino nurse in Riyadh who only
wants the Zoom link, an Iraqi report pasted in an Outlook windows-1256 body, and a Moroccan nurses' union sending
its report 20 seconds before the deadline and its forgotten annex 41 minutes later.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(291)
add = SET.add
H = "h291-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
YAHOO_ANDROID = "WebService/1.1.17712 YMailNorrin"


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def iphone_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="%s">'
            '%s</body></html>\n' % (d, inner))


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5e1b7c2ayahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def mac_outlook_html(text, lang="FR"):
    inner = "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="%s" link="#0563C1"><div class="WordSection1">%s</div></body></html>\n'
            % (lang, inner))


def ack_text(lang, subject, what):
    """The acknowledgement the secretariat sent (quoted in replies to it)."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial pour les migrations dans la "
                "région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers vous "
                "au sujet du programme.\n\nExamen régional du PMM - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


# ================================================================ 01  EN  speaker  Beirut epidemiologist: preprint link, ORCID/Twitter in the signature
def m01():
    when = at("2021-01-21 09:12:40")
    subj = "Request for a floor intervention - Roundtable 3 (COVID-19 seroprevalence among migrant domestic workers)"
    text = """Dear colleagues,

I am writing to request a floor intervention in Roundtable 3 of the Regional Review conference on 24-25 February.

Between June and November 2020 our team tested 1,046 migrant domestic workers living in shelters, shared rooms and employers' homes in Greater Beirut for SARS-CoV-2 antibodies. Seroprevalence in the crowded shelters and shared rooms was almost three times higher than in the general population, and fewer than one in five of the women who had symptoms had ever been tested, mostly because they feared being reported to the General Security or losing their job. The preprint, co-authored with Dr. Rami Khoury and Ms. Tigist Alemu, is here:
https://www.medrxiv.example.org/content/10.1101/2020.12.14.20247712v1

It is a research paper, not a voluntary review report; I mention it only so you can see where my points would come from. In a 3-minute intervention I would focus on two things: testing and care without the fear of detention, and the inclusion of migrant workers - with or without papers - in the national vaccination plan that Lebanon is about to launch.

I am happy to join in person in Beirut or online, whichever the format will be.

Best regards,
Hiba

--
Hiba Sarkis, MD, MPH
Assistant Professor of Epidemiology | Faculty of Health Sciences
Cedars University of Beirut (CUB)
Hamra, Beirut - Lebanon
Office: +961 1 000 000 ext. 4471 | Mobile: +961 70 000 000
ORCID: https://orcid.example.org/0000-0002-7741-0913
Twitter: @hsarkis_epi
"""
    html = gmail_html(text)
    for url in ("https://www.medrxiv.example.org/content/10.1101/2020.12.14.20247712v1",
                "https://orcid.example.org/0000-0002-7741-0913"):
        html = html.replace(url, '<a href="%s">%s</a>' % (url, url))
    body = alt(text, "000000000000c41a7e05b95f8d02", html=html)
    m = mk(when, sent_at(when, 2, 7), "mail-wr1-f46.google.example.com", "192.0.2.46", "4DLh1Qz7RwZ2",
           "Hiba Sarkis <hiba.sarkis@cub.example.edu.lb>", subj,
           "<CAJ7nQx4Tb8mW2vK+r5Pd9Lc3sY6fHg1eU0@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hiba Sarkis", "Assistant Professor of Epidemiology", "Cedars University of Beirut (CUB)",
           ["roundtable"], 3)],
        notes="self-nomination by a public health researcher signed 'Hiba': full name, title and university only in "
              "the signature after '--'; post-nominals 'MD, MPH' are not part of the name; the faculty is written on "
              "the title line after a '|' (the title is the post, the university the affiliation). The preprint "
              "link (medRxiv) is explicitly 'not a voluntary review report' and nothing is attached, so not 'both'; "
              "its co-authors (Dr. Rami Khoury, Ms. Tigist Alemu) are not speakers. 1,046, June-November 2020 and "
              "'3-minute' are not event data. University address on Gmail (Google Workspace), links in the "
              "signature."))


# ================================================================ 02  AR  other  Egyptian worker stranded in Kuwait asks for a seat on a repatriation flight
def m02():
    when = at("2021-01-23 14:31:07")
    subj = "مساعدة ضرورية للرجوع مصر"
    text = """السلام عليكم

أنا اسمي محمود عبد الستار الشرقاوي، مصري من محافظة الشرقية، شغال في الكويت من 2016 عامل في شركة نظافة. الشركة قفلت من أول الكورونا في مارس اللي فات وصاحب الشركة سافر ومن ساعتها مقبضناش ولا مرتب، والإقامة بتاعتي خلصت في سبتمبر ومش عارف أجددها لأن الكفيل مش بيرد.

سجلت في رحلات الإجلاء على موقع القنصلية مرتين، ومرة رحت بنفسي ووقفت في الطابور من الفجر، وقالوا لي لازم أدفع تمن التذكرة وتمن تحليل الـ PCR وكمان الحجر في الفندق لما أوصل، وأنا معييش ولا دينار. ساكنين 9 أنفار في أوضة واحدة في جليب الشيوخ، واتنين مننا جالهم كورونا الشهر اللي فات.

أنا شفت الإيميل ده في بوست على الفيسبوك عن مؤتمر الهجرة، وقلت يمكن حد عندكم يقدر يساعدني أو يوصل صوتنا. أرجوكم لو تقدروا تكلموا السفارة أو المنظمة عشان أرجع على أول طيارة، ولادي في مصر محتاجيني.

رقمي واتساب: +965 6000 0000
وجزاكم الله كل خير

مرسل من هاتف Huawei الخاص بي
"""
    body = alt(text, "0000000000004e7c1a05b98e2f61", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 3, 9), "mail-qk1-f182.google.example.com", "192.0.2.182", "4DMx7Kp2VbZ8",
           "mahmoud elsharkawy <mahmoud.elsharkawy90@gmail.example.com>", hdr(subj),
           "<CAB9kRw3Xc7nM1pQ+t4Vd8Lh2sZ5gFy6eK0@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a worker stranded in Kuwait (expired residence, unpaid wages) asks for help to get on a repatriation "
              "flight: nothing about a report or a speaking role, he found the address on Facebook. Written by a "
              "person, so acknowledged (in Arabic) even though the secretariat cannot handle the request; the "
              "acknowledgement should not promise anything. Egyptian colloquial Arabic from an Android phone "
              "(Huawei), base64, lower-case Latin From name, Date in UTC+3; 2016, 9 people, PCR and the "
              "WhatsApp number are not event data."))


# ================================================================ 03  FR  speaker  Moroccan association of sub-Saharan health students: Zoom ID in the signature
def m03():
    when = at("2021-01-25 11:05:52")
    subj = "Proposition d'intervenant – AMESSM (table ronde n°1)"
    text = """Bonjour,

Au nom du bureau exécutif de l'Association des Médecins et Étudiants en Santé Subsahariens au Maroc (AMESSM), je vous remercie pour l'invitation à l'examen régional du Pacte mondial sur les migrations.

Depuis mars 2020, nos membres – des étudiants en médecine, en pharmacie et en soins infirmiers venus d'une quinzaine de pays d'Afrique subsaharienne, et de jeunes médecins diplômés au Maroc – se sont mobilisés auprès des migrants : orientation vers les centres de dépistage, traduction en wolof, en lingala et en bambara lors des consultations, distribution de kits d'hygiène, et depuis peu information sur la campagne de vaccination.

Le bureau souhaite proposer notre président, le Dr Serge-Alain Mbarga, pour une intervention lors de la table ronde thématique n°1. Il exerce comme médecin résident au service de pneumologie d'un CHU de Casablanca, qui a reçu pendant la première vague de nombreux patients migrants sans couverture médicale.

Nous restons à votre disposition pour tout complément (biographie, photo).

Bien cordialement,

Grâce-Divine Nkoulou
Secrétaire générale – AMESSM
Rabat – Maroc
Tél./WhatsApp : +212 6 00 00 00 00
Facebook : https://facebook.example.com/amessm.maroc

Permanence d'orientation santé chaque jeudi à 18h (heure de Rabat) sur Zoom
https://us04web.zoom.example.us/j/81520463397?pwd=c2FudGUyMWFtZXNzbQ
ID de réunion : 815 2046 3397 – Code secret : sante21
"""
    body = alt(text, "000000000000b37d2905b9b6c4e1", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 8), "mail-ed1-f53.google.example.com", "192.0.2.53", "4DNc0Rt5HkZ1",
           addr("AMESSM Maroc", "amessm.maroc@gmail.example.com"), hdr(subj, enc="Q"),
           "<CAN2pTw6Lk9vX4rB+c7Mz1Qd5sH8gJe2yF3@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Serge-Alain Mbarga", "président",
           "Association des Médecins et Étudiants en Santé Subsahariens au Maroc (AMESSM)", ["roundtable"], 1)],
        notes="the secretary general proposes the association's president ('notre président, le Dr ...': 'Dr' "
              "dropped, hyphenated first name); he represents the association, his hospital post ('médecin "
              "résident au service de pneumologie d'un CHU de Casablanca', unnamed hospital) is background. "
              "'table ronde thématique n°1'. The signature carries a weekly Zoom 'permanence' with a meeting ID "
              "and passcode, a WhatsApp number and a Facebook link: none of them is about the review. Shared Gmail "
              "address with the acronym as display name; Date in UTC+1."))


# ================================================================ 04  EN  speaker  Kuwait migrant nurses' network: two nurses, one in Cc (bounces)
M04_ID = "<CAE8vNp2Qw5kT7xM+h3Rb9Lc1sG4dYf6zJ0@mail.gmail.example.com>"
M04_SUBJ = "KMNN - speakers for the GCM Regional Review (nurses on the COVID frontline)"
M04_QID = "4DPq3Mv8TxZ6"
M04_CC = "joyanne.bautista@yahoo.example.com"


def m04():
    when = at("2021-01-27 10:20:15")
    text = """Good day!

I am writing for the Kalinga Migrant Nurses Network (KMNN), a volunteer association of about 600 Filipino nurses working in government and private hospitals in Kuwait. Since March many of our members have worked in COVID-19 wards and isolation facilities, some of them on 12-hour shifts for weeks without a day off, and at least 40 of them got infected at work. We also helped stranded kababayans (domestic workers and cleaners who lost their jobs) to register for the repatriation flights and to find free PCR tests.

We would like to propose two speakers:

1. Maricel Dizon-Santos, RN - President, Kalinga Migrant Nurses Network (KMNN) - for a floor intervention in the plenary session.

2. Joy Anne Bautista, RN - Board Member, KMNN (staff nurse in a COVID-19 isolation ward in Kuwait City) - to share her frontline experience during the open discussion on 23 February.

Both can connect online from Kuwait; please note their shifts, so a time in the late afternoon would be best for them. Joy is cc'd in this email.

Thank you and God bless,

Rowena Pascual
Secretary, KMNN
Mobile/Viber: +965 9000 0000
FB page: https://facebook.example.com/KalingaNursesKuwait

Sent from my Galaxy
"""
    body = alt(text, "000000000000d58e1b05b9d9f3a4", html=android_html(text))
    m = mk(when, sent_at(when, 3, 11), "mail-pj1-f67.google.example.com", "192.0.2.67", M04_QID,
           addr("Kalinga Nurses Kuwait", "kalinga.nurses.kw@gmail.example.com"), M04_SUBJ, M04_ID, body,
           cc="Joy Anne Bautista <%s>" % M04_CC)
    kmnn = "Kalinga Migrant Nurses Network (KMNN)"
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maricel Dizon-Santos", "President", kmnn, ["plenary"]),
        sp("Joy Anne Bautista", "Board Member", kmnn, ["open_discussion"])],
        notes="a nurses' network's secretary proposes two members in a numbered list: 'RN' after each name is a "
              "post-nominal, not part of the name; the second's title is 'Board Member' of KMNN (the acronym alone "
              "in her line; the full name is in the first line), her hospital work in brackets is background. "
              "'plenary session' and 'the open discussion on 23 February'. 600 nurses, 40 infected, 12-hour shifts "
              "are not event data; 'kababayans' (Tagalog) is not a name. The sender is not a speaker. Android "
              "Gmail, Date in UTC+3; the Cc'd speaker's Yahoo mailbox is disabled and our acknowledgement bounces "
              "(h291-05)."))


# ================================================================ 05  EN  bounce  the Cc copy of our acknowledgement of 04: disabled Yahoo mailbox
def m05():
    when = at("2021-01-27 10:21:02")
    rcpt = M04_CC
    text = POSTFIX_NOTICE + """
<%s>: host mta7.am0.yahoodns.example.net[98.136.96.74] said: 554
    delivery error: dd Sorry your message to %s cannot be
    delivered. This mailbox is disabled (554.30). (in reply to end of DATA
    command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DPq4Jc1WzZ3\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.0.0\n"
           "Remote-MTA: dns; mta7.am0.yahoodns.example.net\n"
           "Diagnostic-Code: smtp; 554 delivery error: dd Sorry your message to\n"
           "    %s cannot be delivered. This mailbox is disabled (554.30).\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), rcpt, rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Kalinga Nurses Kuwait <kalinga.nurses.kw@gmail.example.com>\n"
            "Cc: Joy Anne Bautista <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, M04_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M04_QID),
                                  M04_ID, M04_ID))
    body = dsn_report(text, dsn, hdrs, "4DPq4Lx6YnZ9.1611735662/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DPq4Lx6YnZ9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210127082102.4DPq4Lx6YnZ9@mx1.iom.int>")]
    add(5, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for the copy of our acknowledgement of h291-04 sent to the Cc'd speaker: Yahoo answered "
              "554 'This mailbox is disabled (554.30)' after DATA, Status 5.0.0; the returned headers carry "
              "h291-04's subject about speakers and the speaker's name. Never acknowledge; thread_of null as for "
              "dev bounces."))


# ================================================================ 06  AR  speaker  Amman public-health network proposes a rapporteur (Cc: her out-of-office follows)
M06_ID = "<VI1PR09MB3871B2E6D4A0C719@VI1PR09MB3871.eurprd09.prod.outlook.example.com>"
M06_SUBJ = "ترشيح مقررة من الشبكة العربية للصحة العامة والهجرة"
M06_QID = "4DQt8Wc3NpZ5"
M06_CC = "m.hourani@anphm.example.org"


def m06():
    when = at("2021-01-28 16:40:33")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية – المنطقة العربية المحترمين،

تحية طيبة وبعد،

يسر الشبكة العربية للصحة العامة والهجرة (ANPHM)، وهي شبكة تضم 31 مؤسسة أكاديمية وأهلية ونقابة مهنية صحية في 11 بلداً عربياً، أن تشكركم على الدعوة للمشاركة في الاستعراض الإقليمي.

وقد قرر المكتب التنفيذي للشبكة ترشيح الدكتورة منى عادل الحوراني، رئيسة اللجنة العلمية، لتكون ضمن المقررين الذين سيعرضون الرسائل الرئيسية لأصحاب المصلحة في ختام المشاورة. والدكتورة منى أستاذة مشاركة في علم الأوبئة، قادت خلال عام 2020 مسحاً إقليمياً حول وصول العمال المهاجرين واللاجئين إلى فحوص كوفيد-19 والعلاج، وتشارك حالياً في الفرق الميدانية لحملة التطعيم في المخيمات والتجمعات غير الرسمية.

كما نود إعلامكم بأن الشبكة تعمل على إعداد تقريرها الطوعي، وستوافيكم به قبل الموعد النهائي في 16 شباط/فبراير.

الدكتورة منى في نسخة هذه الرسالة.

وتفضلوا بقبول فائق الاحترام،

سامر الدباغ
المدير التنفيذي
الشبكة العربية للصحة العامة والهجرة (ANPHM)
عمّان – الأردن
هاتف: +962 6 000 0000 | جوال: +962 79 000 0000
www.anphm.example.org

تنويه: هذه الرسالة ومرفقاتها موجهة حصراً إلى المرسل إليه وقد تحتوي على معلومات سرية. إذا وصلتك هذه الرسالة عن طريق الخطأ يرجى إعلام المرسل وحذفها.
Disclaimer: This email and any attachments are intended solely for the addressee and may contain confidential information.
"""
    cid = "image001.png@01D6F58A.3B2E7C10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-JO", img_cid=cid, rtl=True), cte="base64"),
                            logo(cid, (0, 110, 90))], "_004_VI1PR09MB3871B2E6D4A0C719_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_VI1PR09MB3871B2E6D4A0C719_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur09on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", M06_QID, addr("سامر الدباغ", "s.dabbagh@anphm.example.org"), hdr(M06_SUBJ), M06_ID,
           body, cc=addr("منى الحوراني", M06_CC),
           extra=outlook(hdr(M06_SUBJ), "AdbzVp2Lk4Qr6Tx8Mn0Bv2Cx4Zs6Wq==", lang="ar-JO"))
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منى عادل الحوراني", "رئيسة اللجنة العلمية", "الشبكة العربية للصحة العامة والهجرة (ANPHM)",
           ["rapporteur"])],
        notes="an executive director proposes a colleague as rapporteur ('ضمن المقررين الذين سيعرضون الرسائل "
              "الرئيسية لأصحاب المصلحة'); 'الدكتورة' dropped; her post in the network is the title, 'أستاذة مشاركة "
              "في علم الأوبئة' is an academic background sentence. The report is only announced ('ستوافيكم به قبل "
              "الموعد النهائي'): speaker_request, not both. 31 institutions, 11 countries and 2020 are not event "
              "data; Levantine month name 'شباط'. Outlook with a bilingual disclaimer and an inline logo; the "
              "speaker is in Cc and her out-of-office answers our acknowledgement (h291-07); the sender's PCR "
              "questions follow (h291-14)."))


# ================================================================ 07  AR  auto_reply  the rapporteur's bilingual out-of-office (vaccination field mission)
def m07():
    when = at("2021-01-28 16:41:10")
    ack = ack_mid(M06_QID)
    text = """شكراً لرسالتكم.

أنا حالياً في مهمة ميدانية مع الفرق المتنقلة لحملة التطعيم ضد كوفيد-19 في المخيمات والتجمعات غير الرسمية حتى يوم الخميس 4 شباط 2021، وإمكانية الوصول إلى البريد الإلكتروني محدودة.

للأمور المتعلقة بالشبكة يرجى التواصل مع المدير التنفيذي السيد سامر الدباغ (s.dabbagh@anphm.example.org).

Thank you for your email. I am on a field mission with the COVID-19 vaccination mobile teams until Thursday 4 February 2021, with limited access to email. For network matters, please contact Mr. Samer Dabbagh, Executive Director.

د. منى الحوراني
رئيسة اللجنة العلمية – الشبكة العربية للصحة العامة والهجرة
"""
    body = alt(text, "_000_VI1PR09MB3871OOF7D2E4A1_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    subj = hdr("رد تلقائي: إشعار استلام - " + M06_SUBJ)
    rows = exch_ooo(when, "mail-vi1eur09on0621.outbound.protection.outlook.example.com", "198.51.100.121",
                    "4DQt9Hd6RvZ2", addr("منى الحوراني", M06_CC),
                    "<VI1PR09MB3871E5A1C9B7D234@VI1PR09MB3871.eurprd09.prod.outlook.example.com>", subj,
                    hdr("إشعار استلام - " + M06_SUBJ), M06_ID, ack, "ar-JO", (2, 3))
    add(7, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="bilingual (Arabic/English) Exchange out-of-office of the rapporteur proposed in h291-06 (she was in "
              "Cc), answering our acknowledgement 37 seconds later: it is signed with her name, title and network "
              "and names the executive director with 'السيد'/'Mr.' and his title, so it reads like a proposal; "
              "'حتى يوم الخميس 4 شباط' is an absence, not a deadline. Auto-Submitted, X-Auto-Response-Suppress, "
              "null Return-Path. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 08  EN  other  a hospital social work department invites the secretariat to its Zoom webinar
def m08():
    when = at("2021-01-30 12:02:48")
    subj = "Invitation: Zoom webinar \"COVID-19 and migrant workers in hospital care\" - 10 Feb 2021"
    zoom = """Topic: COVID-19 and Migrant Workers in Hospital Care - Lessons from the Second Wave
Time: Feb 10, 2021 02:00 PM Amman

Join Zoom Meeting
https://us02web.zoom.example.us/j/84512390776?pwd=TWVyY3lHYXRlU1dEMjAyMQ09

Meeting ID: 845 1239 0776
Passcode: 610221
One tap mobile
+15550100212,,84512390776#,,,,*610221# US
+442035550144,,84512390776#,,,,*610221# United Kingdom

Dial by your location
        +1 555 010 0212 US
        +44 203 555 0144 United Kingdom
Meeting ID: 845 1239 0776
Passcode: 610221
Find your local number: https://us02web.zoom.example.us/u/kdX4bQp7Rz"""
    text = """Dear GCM Regional Review Secretariat,

As the Regional Review approaches, the Department of Social Work & Patient Support at Mercy Gate Hospital in Amman is organising a one-hour online panel on what the pandemic has meant for migrant workers who end up in hospital: patients whose employers stop answering the phone once they test positive, women discharged from the COVID ward with nowhere to isolate, bills that nobody will pay, and the families of those who died here.

We would be honoured if a member of the secretariat could join us as an observer. The panel will be held on Zoom:

Panelists:
- Dr. Faris Odeh, Head of Infection Prevention & Control, Mercy Gate Hospital
- Ms. Almaz Tesfaye, community health volunteer with the Ethiopian community in Amman
- Mr. Yousef Barakat, lawyer, legal aid clinic of the Jordanian Bar Association
Moderator: Dana Qasem, Senior Medical Social Worker

%s

The discussion will feed into a short voluntary report that we hope to send you before the 16 February deadline.

Kind regards,

Dana Qasem
Senior Medical Social Worker
Department of Social Work & Patient Support
Mercy Gate Hospital - Amman, Jordan
T +962 6 000 0000 ext. 2214

CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender.
""" % zoom
    html_zoom = esc(zoom).replace("\n", "<br>\n")
    for url in ("https://us02web.zoom.example.us/j/84512390776?pwd=TWVyY3lHYXRlU1dEMjAyMQ09",
                "https://us02web.zoom.example.us/u/kdX4bQp7Rz"):
        html_zoom = html_zoom.replace(url, '<a href="%s">%s</a>' % (url, url))
    html = outlook_html(text.replace(zoom, "@@ZOOM@@"), lang="EN-US").replace(
        "@@ZOOM@@", '<span style="font-family:Consolas">%s</span>' % html_zoom)
    body = alt(text, "_000_AM0PR07MB5523D7A1F0C3E826_", html=html)
    m = mk(when, sent_at(when, 2, 10), "mail-am0eur07on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4DSb5Nq1KxZ7", "Dana Qasem <d.qasem@mercygate-hospital.example.jo>", subj,
           "<AM0PR07MB5523D7A1F0C3E826@AM0PR07MB5523.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbzXe9Rk2Tm4Vp6Bn8Cq0Lw2Hy4Js==", lang="en-US"))
    add(8, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a hospital social worker invites the secretariat to her department's own Zoom webinar: the list of "
              "'Panelists' with names, titles and affiliations (and a 'Moderator') are speakers of that webinar, "
              "not proposals for the review; the 'voluntary report' is only announced for later. Full Zoom block "
              "(meeting ID, passcode, one-tap mobile numbers, dial-in) and a confidentiality notice. A person "
              "wrote it, so acknowledged. Outlook, Date in UTC+2 (Amman)."))


# ================================================================ 09  FR  other  Tunisian nurses' association had thought of a speaker but declines
def m09():
    when = at("2021-02-01 09:45:21")
    subj = "Re: Invitation – Examen régional du Pacte mondial (États arabes)"
    text = """Bonjour,

Merci pour votre invitation, que notre association a reçue par l'intermédiaire de l'ordre régional.

Nous avions pensé proposer notre présidente, Mme Leïla Gharbi, pour la table ronde 2. Malheureusement, elle coordonne pour le gouvernorat de Médenine la préparation de la campagne de vaccination contre la COVID-19, qui doit démarrer en mars, et elle ne pourra pas se libérer les 24 et 25 février. Nous ne proposerons donc personne cette fois-ci, et nous ne serons pas en mesure de remettre un rapport dans les délais.

Si les travaux sont retransmis (Zoom, YouTube ?), nous serions heureux d'en recevoir le lien pour les suivre.

Avec nos excuses et nos encouragements,

Hatem Jlassi
Secrétaire général
Association Tunisienne des Infirmiers pour la Santé Communautaire (ATISC)

Envoyé de mon iPhone
"""
    body = alt(text, "Apple-Mail-5E9A3C71-0B4D-4F2E-9C86-71D3A5B2E048", html=iphone_html(text))
    m = mk(when, sent_at(when, 1, 6), "smtp.topnet.example.tn", "197.0.12.45", "4DTy2Bm7HsZ4",
           addr("Hatem Jlassi", "atisc.tunisie@topnet.example.tn"), hdr(subj, enc="Q"),
           "<8F2C4A61-3D7B-4E95-A0C8-5B1E9D7F2A36@topnet.example.tn>", body, extra=[("X-Mailer", IPHONE)])
    add(9, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a decline that turns on one sentence: a named person (the president, 'Mme') and 'table ronde 2' "
              "appear, but only to say she cannot come and 'Nous ne proposerons donc personne'; no report either. "
              "It asks for a streaming link, so it is a message to acknowledge. 'Re: Invitation' answers the "
              "invitation letter (not in this set). iPhone, Date in UTC+1; 'mars', 24-25 février are not dates of "
              "a submission."))


# ================================================================ 10  AR  both  Beirut hospital social worker (Lebanese dialect, iPhone): report + herself
M10_FILE = "تقرير قسم العمل الاجتماعي - العاملات في الخدمة المنزلية وكوفيد-19.docx"
M10_IMG = "IMG_2291.JPG"


def m10():
    when = at("2021-02-02 13:15:09")
    subj = "تقرير + طلب مشاركة بالنقاش المفتوح"
    text = """مرحبا،

أنا ريتا ملحم، مساعدة اجتماعية بقسم العمل الاجتماعي بمستشفى السلام الجامعي ببيروت. من أول الجائحة عم نتابع العاملات بالخدمة المنزلية يلّي بيوصلوا عنا مصابين بكورونا: كتير منن بلا أوراق، وفي أصحاب عمل بيتركوهن عباب المستشفى وبيقطعوا التلفون، وبعد ما يطلعوا من قسم كوفيد ما في مطرح يعملوا فيه حجر.

بعتلكن مرفق التقرير يلّي حضّرناه بالقسم عن 142 حالة تابعناها بين آذار وكانون الأول 2020 (ملف Word). والصورة هي لورقة التوعية يلّي منوزعها بالأمهري والإنكليزي، مش جزء من التقرير، بس حبيت تشوفوها.

وكمان حابة شارك شخصياً بالنقاش المفتوح بالمشاورة يوم 23 شباط، إذا في مجال، لإحكي عن الحالات يلّي ما عندها حدا.

شكراً كتير إلكن

ريتا ملحم | Rita Melhem
مساعدة اجتماعية – قسم العمل الاجتماعي
مستشفى السلام الجامعي – بيروت
موبايل/واتساب: +961 3 000 000

Sent from my iPhone
"""
    doc = make_docx(["مستشفى السلام الجامعي – قسم العمل الاجتماعي",
                     "تقرير طوعي: العاملات في الخدمة المنزلية وكوفيد-19 (آذار – كانون الأول 2020)",
                     "1. 142 حالة: من هنّ وكيف وصلن إلى المستشفى", "2. التخلي عن المريضات والفواتير غير المدفوعة",
                     "3. غياب أماكن الحجر بعد الخروج من المستشفى", "4. توصيات"])
    a = alt(text, "Apple-Mail-2B7D9E14-6C3A-4F81-B5E2-9A0C7D41F3B6", html=iphone_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M10_FILE),
                           attach("image/jpeg", make_png(40, 56, (230, 200, 60)), M10_IMG)],
                 "Apple-Mail-9C1E5A37-4B8D-42F0-A6E3-D5F7B2908C14")
    m = mk(when, sent_at(when, 2, 12), "mail-wm1-f52.google.example.com", "192.0.2.152", "4DVk6Pr9QmZ0",
           "Rita Melhem <rita.melhem.sw@gmail.example.com>", hdr(subj),
           "<D41E7B92-8F3C-4A15-B6D0-2C9E5F1A7384@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريتا ملحم", "مساعدة اجتماعية", "مستشفى السلام الجامعي", ["open_discussion"])],
        report_attachments=[M10_FILE],
        notes="'both' on time (2 February): the DOCX is the report, the JPEG (an awareness leaflet) is explicitly "
              "'مش جزء من التقرير'. The sender proposes herself ('حابة شارك شخصياً بالنقاش المفتوح بالمشاورة يوم 23 "
              "شباط') = open_discussion; her name and title are in the first sentence and in the signature, the "
              "department ('قسم العمل الاجتماعي') is a unit of the hospital that is the affiliation. Lebanese "
              "dialect, Levantine month names, Latin name in the signature; 142 cases and March-December 2020 are "
              "report data. iPhone with Gmail, base64, Arabic file name (RFC 2231 + RFC 2047)."))


# ================================================================ 11  FR  speaker  Algerian epidemiologist proposes herself (Thunderbird, format=flowed)
M11_ID = "<3c9e7f1a-5b2d-4e68-a0c4-81d6f2b9e573@univ-hautsplateaux.example.dz>"
M11_SUBJ = "Demande d'intervention – table ronde 2 – accès des migrants subsahariens au dépistage COVID-19"
M11_QID = "4DWp3Tc8LzZ2"
M11_TEXT = """Madame, Monsieur,

Je me permets de vous adresser une demande d'intervention dans le cadre de la conférence de l'examen régional du Pacte mondial pour les migrations (24-25 février 2021).

Je suis épidémiologiste et je coordonne depuis avril 2020, avec le Pr Karim Aït Ahmed, une enquête sur l'accès des migrants subsahariens au dépistage et aux soins COVID-19 dans les wilayas d'Oran, de Tamanrasset et d'Alger. Nos résultats montrent que la peur des contrôles et des reconduites à la frontière a tenu beaucoup de personnes symptomatiques à l'écart des structures de santé, alors même que le dépistage y était gratuit.

Je souhaiterais intervenir lors de la table ronde 2, pour présenter ces résultats et quelques recommandations simples (dépistage sans contrôle des papiers, médiateurs de santé communautaires, inclusion dans la campagne de vaccination).

Je vous remercie par avance de l'attention portée à cette demande.

Bien cordialement,

-- 
Sabrina Benhamouda
Maître de conférences en épidémiologie
Laboratoire de Santé Publique et Migrations (LSPM), Université des Hauts-Plateaux
Sétif – Algérie
Tél. : +213 36 00 00 00
ResearchGate : https://www.researchgate.example.net/profile/Sabrina-Benhamouda
"""


def m11():
    when = at("2021-02-03 18:22:30")
    body = leaf("text/plain", flowed(M11_TEXT), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 6), "smtp.univ-hautsplateaux.example.dz", "193.194.80.21", M11_QID,
           "Sabrina Benhamouda <s.benhamouda@univ-hautsplateaux.example.dz>", hdr(M11_SUBJ, enc="Q"), M11_ID,
           body, extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sabrina Benhamouda", "Maître de conférences en épidémiologie",
           "Laboratoire de Santé Publique et Migrations (LSPM), Université des Hauts-Plateaux", ["roundtable"], 2)],
        notes="self-nomination in the first person ('Je souhaiterais intervenir lors de la table ronde 2'): name, "
              "title and laboratory only in the signature after '-- '; the co-investigator ('Pr Karim Aït Ahmed') "
              "is not a speaker. Affiliation as written on one line (laboratory, university). Thunderbird, "
              "format=flowed, 8bit, Date in UTC+1. She changes the roundtable and her title in a reply to our "
              "acknowledgement (h291-12)."))


# ================================================================ 12  FR  speaker  the same researcher changes roundtable and title (reply to our acknowledgement)
def m12():
    when = at("2021-02-04 09:31:44")
    ack = ack_mid(M11_QID)
    quoted = ack_text("fr", M11_SUBJ, "votre demande de prise de parole")
    text = """Bonjour,

Merci pour votre accusé de réception.

Après discussion avec l'équipe, je préférerais finalement intervenir lors de la table ronde 4 plutôt que de la table ronde 2 : nos recommandations sur la vaccination y trouveront mieux leur place.

Petite correction également : mon titre exact est « Maître de conférences classe A en épidémiologie » (j'ai été promue en décembre, ma signature n'est pas à jour).

Merci d'avance et bonne journée,

Sabrina Benhamouda

Le 03/02/2021 à 17:23, GCM Regional Review Arab States a écrit :
""" + gt(quoted) + "\n\n-- \n" + M11_TEXT.split("-- \n", 1)[1]
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 5), "smtp.univ-hautsplateaux.example.dz", "193.194.80.21", "4DXd1Kq5VbZ7",
           "Sabrina Benhamouda <s.benhamouda@univ-hautsplateaux.example.dz>",
           hdr("Re: Accusé de réception - " + M11_SUBJ, enc="Q"),
           "<a71d4c2e-9f83-4b06-b5e1-3c8f0d7a2e94@univ-hautsplateaux.example.dz>", body,
           extra=[("In-Reply-To", ack), ("References", M11_ID + " " + ack), ("User-Agent", TB),
                  ("Content-Language", "fr")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sabrina Benhamouda", "Maître de conférences classe A en épidémiologie",
           "Laboratoire de Santé Publique et Migrations (LSPM), Université des Hauts-Plateaux", ["roundtable"], 4)],
        thread_of=H % 11,
        notes="update of h291-11 in a reply to our acknowledgement (References name h291-11): the roundtable moves "
              "from 2 to 4 ('table ronde 4 plutôt que de la table ronde 2': the new first choice is 4) and the "
              "title is corrected between French quotation marks, while Thunderbird's signature under the quote "
              "still carries the old title ('ma signature n'est pas à jour'): the body wins. Not a thank-you: it changes the request, so acknowledged. "
              "Thunderbird quote header in her local time; the quoted acknowledgement repeats the old subject "
              "'table ronde 2'."))


# ================================================================ 13  EN  report  INGO report on repatriation flights: PDF, Drive link, Teams block, disclaimer
M13_FILE = "SPHA_Stranded-and-Unprotected_GCM-Voluntary-Review_Feb2021.pdf"


def m13():
    when = at("2021-02-04 15:10:05")
    subj = "Voluntary GCM review report - Safe Passage Health Alliance (stranded migrants & repatriation in COVID-19)"
    teams = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer or mobile app
Click here to join the meeting<https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_NzQ1YjE3ZTEtMmI0Zi00NjA3@thread.v2/0?context=%7b%22Tid%22%3a%22b1f2%22%7d>
Or call in (audio only)
+962 6 555 0147,,482117903#   Jordan, Amman
Phone Conference ID: 482 117 903#
Find a local number<https://dialin.teams.microsoft.example.com/local> | Reset PIN<https://mysettings.lync.example.com/pstnconferencing>
Learn More<https://aka.example.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.example.com/meetingOptions/>
________________________________________________________________________________"""
    text = """Dear Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Safe Passage Health Alliance (SPHA), "Stranded and Unprotected: Migrant Workers, Repatriation and Health in the COVID-19 Pandemic" (PDF, 28 pages).

The report draws on 1,312 cases that our partners in Lebanon, Jordan, Kuwait and the UAE followed between April and December 2020: workers who lost their jobs and their residence at the same time, who camped outside their consulates waiting for a seat on a repatriation flight, who were asked to pay for the ticket, the PCR test and 14 days in a quarantine hotel on arrival, and who often had no access to care while they waited. It covers GCM Objectives 7, 15 and 21 and ends with 14 recommendations.

The anonymised case dataset (Excel) is too large to attach; it is available here for the secretariat's use only:
https://drive.example.com/drive/folders/1sPHa-Str4nded-D4taset-2021?usp=sharing

We are not requesting a separate speaking slot: our Regional Director will already take part through the Health Partners' Platform. If a short walk-through of the findings would help the drafting team, I have set up a call on Tuesday 9 February at 11:00 Amman time - please feel free to forward the link below.

With best regards,

Nadine Farhat
Programme Manager - Health & Mobility
Safe Passage Health Alliance (SPHA) | Middle East Regional Office
Abdoun, Amman - Jordan
M +962 79 000 0000 | www.safepassagehealth.example.org
Follow us: @SafePassageHA

%s

This message and any attachments may contain confidential or privileged information and are intended only for the addressee. If you are not the intended recipient, please delete this message and notify the sender. SPHA accepts no liability for any damage caused by viruses.
""" % teams
    pdf = rep_pdf("Stranded and Unprotected: Migrant Workers, Repatriation and Health in the COVID-19 Pandemic",
                  "Safe Passage Health Alliance (SPHA) - Middle East Regional Office",
                  ["1,312 cases in Lebanon, Jordan, Kuwait and the UAE", "Waiting for a repatriation flight",
                   "Costs of tickets, PCR tests and quarantine hotels", "Access to care while stranded",
                   "GCM Objectives 7, 15 and 21", "14 recommendations"])
    cid = "image001.png@01D6FAE1.5C8D3F20"
    html_text = text.replace(teams, "@@TEAMS@@")
    html_teams = ('<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">'
                  '________________________________________________________________________________</span></div>'
                  '<div><span style="font-size:18pt;color:#252424">Microsoft Teams meeting</span></div>'
                  '<div><span style="font-size:10.5pt;color:#252424"><b>Join on your computer or mobile app</b>'
                  '</span><br><a href="https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_NzQ1YjE3ZTEt'
                  'MmI0Zi00NjA3@thread.v2/0?context=%7b%22Tid%22%3a%22b1f2%22%7d" target="_blank">'
                  '<span style="font-size:10.5pt;color:#6264A7">Click here to join the meeting</span></a></div>'
                  '<div><span style="font-size:10.5pt;color:#252424"><b>Or call in (audio only)</b></span><br>'
                  '<a href="tel:+96265550147,,482117903#">+962 6 555 0147,,482117903#</a> Jordan, Amman<br>'
                  'Phone Conference ID: 482 117 903#</div>'
                  '<div><a href="https://dialin.teams.microsoft.example.com/local">Find a local number</a> | '
                  '<a href="https://mysettings.lync.example.com/pstnconferencing">Reset PIN</a></div>'
                  '<div><a href="https://aka.example.ms/JoinTeamsMeeting">Learn More</a> | '
                  '<a href="https://teams.microsoft.example.com/meetingOptions/">Meeting options</a></div>'
                  '<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">'
                  '________________________________________________________________________________</span></div>')
    html = outlook_html(html_text, lang="EN-GB", img_cid=cid).replace(
        '<p class="MsoNormal">@@TEAMS@@<o:p></o:p></p>', html_teams)
    rel = multi("related", [leaf("text/html", html), logo(cid, (0, 84, 140))], "_006_DU2PR03MB7942A5C1E8F3B064_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DU2PR03MB7942A5C1E8F3B064_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M13_FILE)], "_007_DU2PR03MB7942A5C1E8F3B064_")
    m = mk(when, sent_at(when, 2, 8), "mail-du2eur03on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", "4DXq7Fm2RcZ9", "Nadine Farhat <n.farhat@safepassagehealth.example.org>", subj,
           "<DU2PR03MB7942A5C1E8F3B064@DU2PR03MB7942.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcA1fQ3Vn5Rt7Xk9Lm1Pz3Bw5Cy7Dg==", lang="en-GB", has_attach="yes"))
    add(13, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M13_FILE],
        notes="an INGO's report as a PDF; the dataset is only a Drive link (not attached, nothing to list) and the "
              "inline logo in the related part is not the report. 'We are not requesting a separate speaking "
              "slot' and the unnamed Regional Director who will speak through another platform do not make it "
              "'both'. The Teams block (join link, audio dial-in, Phone Conference ID) is for an optional briefing "
              "call, not the review; 1,312 cases, 14 days, 28 pages and 'Tuesday 9 February' are not event data. "
              "Outlook with a legal disclaimer and social handle."))


# ================================================================ 14  AR  other  PCR / vaccination / quarantine questions in reply to our acknowledgement of 06
def m14():
    when = at("2021-02-05 13:02:17")
    ack = ack_mid(M06_QID)
    quoted = ack_text("ar", M06_SUBJ, "طلب المشاركة بصفة مقرر")
    text = """حضرات الزملاء المحترمين،

شكراً على إشعار الاستلام.

عادت الدكتورة منى أمس من المهمة الميدانية، ولدينا بعض الأسئلة العملية قبل أن نرتب سفرها:

1. هل ستكون المشاركة حضورية في بيروت، أم عبر الإنترنت فقط، أم مختلطة؟
2. في حال الحضور: هل يُشترط فحص PCR سلبي قبل 72 ساعة من السفر، أو شهادة تطعيم؟ وهل يوجد حجر صحي عند الوصول إلى مطار بيروت، ومن يتحمل تكلفة الفحص في المطار؟
3. في حال المشاركة عن بُعد: هل ستستخدمون Zoom أم Microsoft Teams، وهل ستكون هناك ترجمة فورية إلى العربية؟

مع الشكر والتقدير،

سامر الدباغ
المدير التنفيذي
الشبكة العربية للصحة العامة والهجرة (ANPHM)
جوال: +962 79 000 0000

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تم الإرسال: الخميس، 28 كانون الثاني، 2021 04:41 م
إلى: سامر الدباغ <s.dabbagh@anphm.example.org>
نسخة: منى الحوراني <m.hourani@anphm.example.org>
الموضوع: إشعار استلام - %s

%s
""" % (M06_SUBJ, quoted)
    body = alt(text, "_000_VI1PR09MB3871C4F2A8E6B015_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    subj = hdr("رد: إشعار استلام - " + M06_SUBJ)
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur09on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", "4DYb4Vn8QtZ1", addr("سامر الدباغ", "s.dabbagh@anphm.example.org"), subj,
           "<VI1PR09MB3871C4F2A8E6B015@VI1PR09MB3871.eurprd09.prod.outlook.example.com>", body,
           cc=addr("منى الحوراني", M06_CC),
           extra=[("In-Reply-To", ack), ("References", M06_ID + " " + ack)]
           + outlook(hdr("إشعار استلام - " + M06_SUBJ), "AdbzVp2Lk4Qr6Tx8Mn0Bv2Cx4Zs6WqAAuX3kQ==", lang="ar-JO"))
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 6,
        notes="reply to our acknowledgement of h291-06 (References name h291-06) with practical questions: in "
              "person or online, PCR test within 72 hours or vaccination certificate, quarantine and test costs at "
              "Beirut airport, Zoom or Teams, interpretation. No new speaker (the rapporteur already proposed is "
              "named with 'الدكتورة'), no report: other, and questions need an answer, so acknowledged. Outlook "
              "reply with the Arabic header block (من/تم الإرسال/إلى/نسخة/الموضوع) above the unprefixed quote."))


# ================================================================ 15  EN  speaker  Doha physician at 23:58 on the speaker deadline (Date already 6 Feb in UTC+3)
M15_ID = "<B7E3F1A9-4C2D-4E58-9A61-0D8C5B3F7E24@mwhi-qatar.example.org>"
M15_SUBJ = "Rapporteur / plenary - physician, migrant workers' quarantine facility"
M15_QID = "4DYx9Lt3MwZ6"


def m15():
    when = at("2021-02-05 23:58:20")
    text = """Dear GCM team,

Apologies for the late hour - I just came off a night shift at the quarantine facility and only now saw that today is the deadline.

I would like to volunteer as one of the rapporteurs delivering the stakeholders' key messages. If the rapporteur slots are already taken, I would be glad to make a floor intervention in the plenary instead.

For the past ten months I have been looking after migrant workers in the quarantine and isolation facilities of the Industrial Area: men living 8 to 12 to a room, sent back to the same rooms after their quarantine, many of them afraid to report symptoms because a positive test means two weeks without pay. I think the review needs to hear about housing as a health issue.

Thanks for considering it,
Anand

Dr. Anand Raghavan
Consultant Physician, Infectious Diseases
Migrant Workers Health Initiative (MWHI), Doha - Qatar
M/WhatsApp: +974 5500 0000

Sent from my iPhone
"""
    body = alt(text, "Apple-Mail-E4B81C29-7D5F-4A36-8B20-C93F1E6A5D78", html=iphone_html(text))
    m = mk(when, sent_at(when, 3, 4), "smtp-out.mwhi-qatar.example.org", "203.0.113.88", M15_QID,
           "Anand Raghavan <a.raghavan@mwhi-qatar.example.org>", M15_SUBJ, M15_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Anand Raghavan", "Consultant Physician, Infectious Diseases", "Migrant Workers Health Initiative (MWHI)",
           ["rapporteur", "plenary"])],
        notes="deadline edge: received 23:58:20 Beirut time on Friday 5 February; the Date header already says Sat, "
              "6 Feb 00:58 +0300 (Doha), and the sender writes 'today is the deadline': on time. Self-nomination "
              "signed 'Anand': full name, title and initiative only in the iPhone signature ('Dr.' dropped; the "
              "city after the acronym is not part of the affiliation). Two roles, the second conditional ('If the "
              "rapporteur slots are already taken ... plenary instead'); ten months, 8 to 12, two weeks are not "
              "event data. His thank-you follows (h291-17)."))


# ================================================================ 16  AR  speaker  Tunisian researcher three minutes late (Date still 5 Feb in UTC+1)
def m16():
    when = at("2021-02-06 00:03:12")
    subj = "ترشح للمشاركة في النقاش المفتوح - الصحة والهجرة"
    text = """عسلامة،

نحب نقدّم ترشحي للمشاركة في النقاش المفتوح متاع المشاورة متعددة الأطراف نهار 23 فيفري.

أنا باحثة في الصحة العمومية، وخدمت العام اللي فات على وضعية المهاجرين من جنوب الصحراء في صفاقس ومدنين في وقت الكوفيد: برشا منهم خسروا خدمتهم في الحجر الشامل، ما عندهمش تغطية صحية، وما يمشيوش للمستشفى خوفاً من الإيقاف. وتوة مع التحضير لحملة التلقيح، ما فماش حتى إشارة واضحة أنهم باش يكونوا معنيين.

سامحوني على التأخير، عرفت اليوم برك أنو آخر أجل هو 5 فيفري.

مع الشكر،

د. إيمان الزواري
باحثة في الصحة العمومية
المعهد المتوسطي للدراسات الصحية – تونس
"""
    body = alt(text, "000000000000f9a3c205baa1d7e8", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 1, 4), "mail-lf1-f48.google.example.com", "192.0.2.148", "4DYy0Gk6PsZ3",
           addr("Imen Zouari", "imen.zouari.sp@gmail.example.com"), hdr(subj),
           "<CAG6rLm1Vz8kP3wQ+b2Xn7Tc4sJ9dHf5eR1@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("إيمان الزواري", "باحثة في الصحة العمومية", "المعهد المتوسطي للدراسات الصحية", ["open_discussion"])],
        notes="deadline edge, late: the Date header says Fri, 5 Feb 23:03 +0100 (Tunis) but the server received it "
              "at 00:03:12 on 6 February Beirut time, three minutes after the speaker deadline; the sender "
              "apologises but believes she is on time. Self-nomination in Tunisian dialect ('نحب نقدّم ترشحي', "
              "'فيفري'); 'النقاش المفتوح متاع المشاورة متعددة الأطراف نهار 23 فيفري' = open_discussion. 'د.' dropped; "
              "the city after the dash is not part of the affiliation. Android Gmail, base64, Latin From name."))


# ================================================================ 17  EN  other  the physician's one-line thank-you to our acknowledgement of 15
def m17():
    when = at("2021-02-06 08:10:55")
    ack = ack_mid(M15_QID)
    quoted = ack_text("en", M15_SUBJ, "your request for a speaking role")
    text = """Thank you, well received! Got my second dose yesterday, so all set either way 💉

Anand

Sent from my iPhone

> On 6 Feb 2021, at 00:58, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
""" + gt(quoted) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 3, 5), "smtp-out.mwhi-qatar.example.org", "203.0.113.88", "4DZ3Qh1TvZ8",
           "Anand Raghavan <a.raghavan@mwhi-qatar.example.org>", "Re: Acknowledgement of receipt - " + M15_SUBJ,
           "<1F6C9A34-E2B7-4D85-A903-7B5E2C8D1F46@mwhi-qatar.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", M15_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(17, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 15,
        notes="one-line iPhone thank-you answering our acknowledgement of h291-15 (References name h291-15): adds "
              "nothing new (his vaccination is small talk, an emoji), so no acknowledgement; the quoted "
              "acknowledgement repeats 'speaking role' and his subject with 'Rapporteur / plenary'. Plain text "
              "quoted-printable, Date in UTC+3."))


# ================================================================ 18  FR  both  Lebanese mobile clinics collective: report on time, speaker late (Cc: isolation)
M18_ID = "<C8E1A4F7-2B93-4D6E-85A0-F3D7B1C92E46@cspt-liban.example.org>"
M18_SUBJ = "Rapport volontaire du CSPT + proposition d'intervenante (séance plénière)"
M18_QID = "4F0Lk7Wd2NZ5"
M18_FILE = "CSPT_Rapport_volontaire_PMM_COVID-19_cliniques_mobiles.pdf"
M18_CC = "nayla.aboujaoude@gmail.example.com"


def m18():
    when = at("2021-02-09 11:40:26")
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Collectif Soins pour Tous – Liban (CSPT) dans le cadre de l'examen régional du Pacte mondial pour les migrations.

Nos quatre cliniques mobiles ont assuré depuis avril 2020 plus de 9 000 consultations auprès de travailleuses et travailleurs migrants, à Beyrouth, au Mont-Liban et dans la Békaa : dépistage, suivi des cas légers à domicile, orientation vers les hôpitaux, et, après l'explosion du 4 août, soins aux blessés qui n'osaient pas se présenter aux urgences. Le rapport décrit ces situations et formule des recommandations pour que le plan national de vaccination qui démarre ce mois-ci n'oublie personne.

Nous souhaiterions également proposer notre médecin coordinatrice, Dr Nayla Abou Jaoudé, pour une intervention en séance plénière, si cela reste possible. Elle est actuellement en isolement (test positif la semaine dernière, elle va bien), mais pourra intervenir à distance par Zoom ou Teams le 24 ou le 25 février. Elle est en copie.

Bien à vous,

Marc Haddad
Chargé de plaidoyer
Collectif Soins pour Tous – Liban (CSPT)
Achrafieh, Beyrouth
+961 71 000 000
www.cspt-liban.example.org
"""
    pdf = rep_pdf("Rapport volontaire - Collectif Soins pour Tous - Liban (CSPT)",
                  "Cliniques mobiles aupres des travailleurs migrants, avril 2020 - janvier 2021",
                  ["Plus de 9 000 consultations", "Depistage et suivi des cas legers", "Apres l'explosion du 4 aout",
                   "Le plan national de vaccination", "Recommandations"])
    a = alt(text, "B_3695889626_2047718365", html=mac_outlook_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "B_3695889626_1528804137")
    m = mk(when, sent_at(when, 2, 9), "mail-db8eur05on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", M18_QID, "Marc Haddad <m.haddad@cspt-liban.example.org>", hdr(M18_SUBJ, enc="Q"),
           M18_ID, body, cc=addr("Nayla Abou Jaoudé", M18_CC, enc="Q"),
           extra=[("User-Agent", MAC_OUTLOOK), ("Thread-Topic", hdr(M18_SUBJ, enc="Q")),
                  ("Thread-Index", "AQHW/r3Lp8Xk2Nm5Qz7Vb1Rc4Wd6Ty8=="), ("Content-Language", "fr-FR")])
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Nayla Abou Jaoudé", "médecin coordinatrice", "Collectif Soins pour Tous – Liban (CSPT)", ["plenary"])],
        report_attachments=[M18_FILE],
        notes="'both' on 9 February: the report is on time but the speaker part is late ('si cela reste possible' "
              "is the only hint), so on_time false. Speaker in prose ('notre médecin coordinatrice, Dr ...': 'Dr' "
              "dropped, compound family name); 'en séance plénière'; her COVID isolation and 'à distance par Zoom "
              "ou Teams' are logistics. 9 000 consultations, avril 2020, 4 août are report data. Outlook for Mac; "
              "the speaker is in Cc and her Gmail vacation responder answers our acknowledgement (h291-19)."))


# ================================================================ 19  FR  auto_reply  the speaker's Gmail vacation responder: COVID isolation
def m19():
    when = at("2021-02-09 11:41:03")
    ack = ack_mid(M18_QID)
    text = """Bonjour,

Je suis en isolement à domicile (COVID-19) jusqu'au vendredi 19 février inclus et je consulte mes messages de façon irrégulière.

Pour les cliniques mobiles, merci de contacter la coordination au +961 1 000 000 ou par e-mail à coordination@cspt-liban.example.org. Pour les rendez-vous de dépistage, utilisez le formulaire : https://forms.example.com/cspt-depistage

Prenez soin de vous,

Dr Nayla Abou Jaoudé
Médecin coordinatrice – CSPT
"""
    body = alt(text, "000000000000a3f71c05bae4b9d2", html=gmail_html(text))
    rows = std_rows(when, "mail-sor-f69.google.example.com", "192.0.2.69", "4F0Lm2Rx8KZ1",
                    addr("Nayla Abou Jaoudé", M18_CC, enc="Q"),
                    hdr("En isolement jusqu'au 19 février – Re: Accusé de réception - " + M18_SUBJ, enc="Q"),
                    rfcdate(sent_at(when, 2, 3)), "<CAD4wXq7Mb2nR9tL+k6Vp1Hz3sF8cYg5jA2@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M18_ID + " " + ack), ("Precedence", "bulk")]
    add(19, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the speaker proposed in h291-18 (in Cc), answering our acknowledgement 37 "
              "seconds later (References name h291-18): COVID isolation until 19 February, a phone number, a "
              "coordination address and a testing form link; signed with 'Dr', her name and title, which must "
              "not be read as a new request. Auto-Submitted: auto-replied, Precedence: bulk, null Return-Path. "
              "Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 20  AR  report  Yemeni foundation: migrants stranded in quarantine camps, PDF + YouTube link
M20_FILE = "تقرير مؤسسة الأفق - المهاجرون العالقون في اليمن وجائحة كورونا.pdf"


def m20():
    when = at("2021-02-11 16:30:47")
    subj = "التقرير الطوعي لمؤسسة الأفق للتنمية والإغاثة الإنسانية - عدن"
    text = """الإخوة والأخوات في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين
السلام عليكم ورحمة الله وبركاته

يسعدنا أن نرسل إليكم مرفقاً التقرير الطوعي لمؤسسة الأفق للتنمية والإغاثة الإنسانية، بصيغة PDF.

يتناول التقرير أوضاع المهاجرين القادمين من القرن الأفريقي، ومعظمهم من إثيوبيا والصومال، الذين علقوا في اليمن بعد إغلاق الحدود مع بداية الجائحة: احتجاز المئات في مراكز حجر صحي مكتظة في عدن ولحج دون رعاية صحية كافية، وتحميلهم مسؤولية انتشار الفيروس في الخطاب العام، وتوقف رحلات العودة الطوعية لعدة أشهر، ثم استئنافها بأعداد محدودة.

وقد صورنا مع بعض المهاجرين فيلماً قصيراً (12 دقيقة) يمكن مشاهدته على الرابط:
https://www.youtube.example.com/watch?v=Qx7mH2kLp9A

كما ننشر تحديثات عملنا الميداني على صفحتنا: https://facebook.example.com/alofuq.aden

ونظراً لضعف الإنترنت لدينا، نرجو إعلامنا بوصول التقرير سليماً.

مع خالص التحية والتقدير
عبد الرحمن سالم بن بريك
مسؤول البرامج
مؤسسة الأفق للتنمية والإغاثة الإنسانية
عدن – الجمهورية اليمنية
جوال/واتساب: +967 77 000 0000
"""
    pdf = rep_pdf("Voluntary GCM review report - Al-Ofuq Foundation for Development and Humanitarian Relief",
                  "Aden, Yemen - Migrants stranded in Yemen during the COVID-19 pandemic",
                  ["Border closures and stranded migrants from the Horn of Africa",
                   "Quarantine centres in Aden and Lahij", "Stigma and blame", "Voluntary return flights",
                   "Recommendations"])
    a = alt(text, "000000000000e1c84f05bb1a7d39", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILE)], "000000000000e1c85105bb1a7d3b")
    m = mk(when, sent_at(when, 3, 11), "mail-ej1-f41.google.example.com", "192.0.2.41", "4F1Wn5Bt9HZ4",
           addr("مؤسسة الأفق - عدن", "alofuq.aden@gmail.example.com"), hdr(subj),
           "<CAK1mTp8Rw3vN6xZ+d9Lb4Qc2sH7gFe5yU3@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="a Yemeni foundation's report as a PDF with a long Arabic name (spaces, dash; RFC 2231 + RFC 2047); the "
              "YouTube film and the Facebook page are links, not attachments; 'نرجو إعلامنا بوصول التقرير' is "
              "exactly what the acknowledgement does. 12 minutes and the hundreds held in quarantine are not "
              "event data; nobody is proposed to speak. Gmail, base64, RTL HTML, Date in UTC+3."))


# ================================================================ 21  EN  other  Filipino nurse in Riyadh only wants the Zoom link
def m21():
    when = at("2021-02-13 19:25:14")
    subj = "How to join? (attend only)"
    text = """Hello po,

I'm a staff nurse from the Philippines working in a hospital here in Riyadh. I saw a post about the Regional Review of the Global Compact for Migration in our nurses' group chat and I'm very interested, because many of us had COVID last year and some of our friends in the domestic sector were stuck for months waiting for a repatriation flight.

I just want to attend and listen. I'm not planning to speak and I don't have any report to send, I'm not part of any organization. How do I register? Will it be on Zoom? Do I need a password or a meeting ID?

I'm on duty on the 24th until 3pm (Riyadh time), so I hope there will be a recording also. My friend Rhea from the same ward may also want to join.

Thank you so much and stay safe!
Jhoanna

Sent from Yahoo Mail on Android
"""
    body = alt(text, "----=_Part_2218847_1903347716.1613237110402", html=yahoo_html(text))
    m = mk(when, sent_at(when, 3, 4), "sonic317-20.consmr.mail.ne1.yahoo.example.com", "198.51.100.217",
           "4F2Zr8Cm1JZ6", "Jhoanna Reyes <jhoanna_reyes_rn@yahoo.example.com>", subj,
           "<1613237110402.2218848@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(21, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="an individual nurse who only wants to attend ('I'm not planning to speak and I don't have any report "
              "to send') and asks how to register and whether there is a Zoom meeting ID; her friend 'Rhea' (first "
              "name only) is a possible attendee, not a speaker. Tagalog politeness particle 'po'; Yahoo Mail on "
              "Android, Date in UTC+3; 'the 24th until 3pm' is her shift."))


# ================================================================ 22  AR  report  Iraqi association's report pasted in an Outlook windows-1256 body
def m22():
    when = at("2021-02-15 20:10:39")
    subj = "التقرير الطوعي لجمعية صحة العمال الوافدين – العراق (في متن الرسالة)"
    paras = [
        ("p", "السادة أمانة الاستعراض الإقليمي المحترمون،"),
        ("p", "تحية طيبة،"),
        ("p", "ننقل إليكم أدناه، في متن هذه الرسالة، التقرير الطوعي لجمعية صحة العمال الوافدين في العراق، إذ تعذر علينا "
              "تحويله إلى ملف PDF بسبب انقطاع الكهرباء في المكتب."),
        ("h", "التقرير الطوعي – الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة"),
        ("h", "أولاً: نبذة عن الجمعية"),
        ("p", "جمعية صحة العمال الوافدين منظمة غير حكومية تأسست في بغداد عام 2015، وتعمل مع العمال الوافدين من "
              "بنغلاديش والهند ونيبال وسريلانكا في بغداد والبصرة وأربيل."),
        ("h", "ثانياً: العمال الوافدون خلال جائحة كوفيد-19"),
        ("p", "رصدت الجمعية بين نيسان وكانون الأول 2020 أكثر من 700 حالة لعمال فقدوا عملهم أو لم يتقاضوا أجورهم، "
              "وبقي كثير منهم عالقين بعد إيقاف الرحلات الجوية، وانتهت إقاماتهم دون إمكانية التجديد، فتراكمت عليهم "
              "الغرامات. ولم يتمكن أغلبهم من الوصول إلى الفحص والعلاج خوفاً من الترحيل."),
        ("h", "ثالثاً: التطعيم"),
        ("p", "لا تتضمن الخطة الوطنية للتطعيم حتى الآن أي إشارة صريحة إلى العمال الوافدين، ولا سيما من انتهت "
              "إقاماتهم. ونستند في ذلك إلى المصادر المنشورة على الرابطين: https://moh.example.iq/covid19/vaccination "
              "و https://www.who.example.int/emergencies/covid-19-vaccines"),
        ("h", "رابعاً: التوصيات"),
        ("p", "1. إعفاء العمال الوافدين العالقين من غرامات الإقامة خلال فترة الجائحة.\n"
              "2. ضمان الفحص والعلاج والتطعيم دون اشتراط وثائق سارية ودون إبلاغ الجهات الأمنية.\n"
              "3. تنظيم رحلات عودة مجانية بالتنسيق مع سفارات بلدان المنشأ."),
        ("p", "نرجو إعلامنا باستلام التقرير."),
        ("p", "مع التقدير،\nد. حيدر كاظم الموسوي\nرئيس الجمعية\nجمعية صحة العمال الوافدين – العراق\nبغداد، الكرادة\n"
              "+964 770 000 0000"),
    ]
    text = "\n\n".join(t for _, t in paras) + "\n"
    cid = "image001.jpg@01D703B2.6E1F4C80"
    inner = ""
    for kind, t in paras:
        if kind == "h":
            inner += '<p class="MsoNormal" dir="RTL"><b><span style="font-size:13pt">%s</span></b></p>' % esc(t)
        else:
            inner += '<p class="MsoNormal" dir="RTL">%s</p>' % esc(t).replace("\n", "<br>\n")
    inner += '<p class="MsoNormal" dir="RTL"><img width="90" height="45" src="cid:%s"></p>' % cid
    html = ('<html dir="rtl" xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=windows-1256"></head><body lang="AR-IQ" link="#0563C1" dir="RTL">'
            '<div class="WordSection1" dir="RTL">%s</div></body></html>\n' % inner)
    img = leaf("image/jpeg", make_png(30, 15, (160, 30, 30)), cte="base64", params=[("name", '"image001.jpg"')],
               disp='inline; filename="image001.jpg"', extra=[("Content-ID", "<%s>" % cid)])
    rel = multi("related", [leaf("text/html", html, "windows-1256", "quoted-printable"), img],
                "_004_AS8PR02MB6981F3A0D5C2E714_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"), rel],
                 "_000_AS8PR02MB6981F3A0D5C2E714_")
    m = mk(when, sent_at(when, 3, 9), "mail-as8eur02on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4F4Hd3Ks6WZ0", addr("جمعية صحة العمال الوافدين", "info@mwha-iraq.example.org",
                                                  charset="windows-1256"),
           hdr(subj, charset="windows-1256"),
           "<AS8PR02MB6981F3A0D5C2E714@AS8PR02MB6981.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, charset="windows-1256"), "AdcDn4Kz7Qw2Er5Ty8Ui1Op4As7Df==", lang="ar-IQ",
                         has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="the report is pasted in the body (headings 'أولاً' to 'رابعاً', recommendations), so "
              "report_attachments is empty: the only MIME image is the inline signature logo (image001.jpg, "
              "X-MS-Has-Attach yes). Outlook in windows-1256 (quoted-printable text and HTML, RFC 2047 subject and "
              "display name in windows-1256). The signer ('د.', president) proposes nobody; 700 cases, 2015 and the "
              "source links are report content. Date in UTC+3."))


# ================================================================ 23  FR  report  Moroccan nurses' union, 20 seconds before the report deadline
M23_ID = "<CAM8qWz3Hn6tR1vK+p4Lc9Xb2sD7fGy5eN0@mail.gmail.example.com>"
M23_SUBJ = "Rapport volontaire UMISM – Pacte mondial pour les migrations"
M23_FILE = "Rapport volontaire UMISM – Infirmiers, migrants et COVID-19 (2021).pdf"
M23_TEXT = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire de l'Union Marocaine des Infirmiers pour la Santé des Migrants (UMISM) pour l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte sur la prise en charge des migrants subsahariens pendant la pandémie dans les régions de l'Oriental, de Tanger-Tétouan-Al Hoceïma et de Souss-Massa : accès au dépistage, hospitalisation, confinement dans les campements, et depuis fin janvier, accès à la campagne de vaccination. Il est complété par une annexe statistique.

Désolée pour cet envoi à la dernière minute : nous l'avons finalisé ce soir, après la garde.

Bien cordialement,

Khadija Ouhaddou
Infirmière diplômée d'État – Coordinatrice nationale
UMISM
Oujda – Maroc
Tél. : +212 6 61 00 00 00
"""


def m23():
    when = at("2021-02-16 23:59:40")
    pdf = rep_pdf("Rapport volontaire - Union Marocaine des Infirmiers pour la Sante des Migrants (UMISM)",
                  "Infirmiers, migrants et COVID-19 - Oriental, Tanger-Tetouan-Al Hoceima, Souss-Massa",
                  ["Acces au depistage", "Hospitalisation", "Confinement dans les campements",
                   "Campagne de vaccination", "Recommandations (annexe statistique en document separe)"])
    a = alt(M23_TEXT, "000000000000d7f23a05bb7c9e14", html=gmail_html(M23_TEXT))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "000000000000d7f23c05bb7c9e16")
    m = mk(when, sent_at(when, 1, 4), "mail-wr1-f68.google.example.com", "192.0.2.68", "4F5Rc9Nx2TZ7",
           "Khadija Ouhaddou <k.ouhaddou.umism@gmail.example.com>", hdr(M23_SUBJ, enc="Q"), M23_ID, body)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="deadline edge: received 23:59:40 Beirut time on Tuesday 16 February (Date 22:59:36 +0100, Morocco), "
              "20 seconds before the report deadline: on time. The PDF (en dash and accents in the name, RFC 2231 + "
              "RFC 2047) is the report; the 'annexe statistique' it mentions is missing and follows 41 minutes "
              "later (h291-24). 'Infirmière diplômée d'État – Coordinatrice nationale' is the signer's title, but "
              "nobody is proposed to speak. Gmail."))


# ================================================================ 24  FR  report  the forgotten annex, 41 minutes later (late; Date still 16 Feb in UTC+1)
M24_FILE = "Annexe statistique – dépistage et vaccination des migrants (UMISM).docx"


def m24():
    when = at("2021-02-17 00:41:05")
    text = """Re-bonsoir,

Toutes mes excuses : j'ai oublié de joindre l'annexe statistique (tableaux 1 à 6) citée dans le rapport. La voici, en Word.

Il est encore le 16 ici, j'espère qu'elle pourra être prise en compte avec le rapport.

Khadija Ouhaddou
UMISM

Le mar. 16 févr. 2021 à 22:59, Khadija Ouhaddou <k.ouhaddou.umism@gmail.example.com> a écrit :
""" + gt(M23_TEXT) + "\n"
    doc = make_docx(["UMISM – Annexe statistique au rapport volontaire",
                     "Tableau 1 – Tests de dépistage réalisés par région (2020)",
                     "Tableau 2 – Hospitalisations de patients migrants", "Tableau 3 – Cas dans les campements",
                     "Tableau 4 – Migrants orientés vers la vaccination (février 2021)",
                     "Tableaux 5 et 6 – Ressources humaines infirmières mobilisées"])
    a = alt(text, "000000000000b2e94d05bb7d2a61", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M24_FILE)], "000000000000b2e94f05bb7d2a63")
    m = mk(when, sent_at(when, 1, 4), "mail-wr1-f68.google.example.com", "192.0.2.68", "4F5Sm1Hq4VZ2",
           "Khadija Ouhaddou <k.ouhaddou.umism@gmail.example.com>", re_hdr("Re: ", M23_SUBJ),
           "<CAM8qWz3Hn6tR1vK+p4Lc9Xb2sD7fGy5eN0Yt3@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M23_ID), ("References", M23_ID)])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        thread_of=H % 23,
        notes="the annex forgotten in h291-23, sent as a Gmail reply to her own message (In-Reply-To h291-23): it "
              "belongs to the report, so it is listed; received 00:41:05 on 17 February Beirut time while the "
              "Date header still says 16 Feb 23:41 +0100 and the sender writes 'Il est encore le 16 ici': late, "
              "although the main report was on time. Only the new DOCX is attached (accents, en dash and brackets "
              "in the name, RFC 2231 + RFC 2047); the quoted h291-23 text names the PDF only in words."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
