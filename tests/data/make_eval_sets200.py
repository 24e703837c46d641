#!/usr/bin/env python3
"""Write the blind evaluation set holdout200 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets200.py
Theme: a messy week of the mailbox (2-12 February 2021).  A nomination sent as a reply to an unrelated
webinar thread, a forward of a forward of a forward, a letter written twice (Arabic then French), an
Outlook calendar invitation, a mailing-list digest that talks about the review, the address copied on a
conversation about hotel invoices, a sender who corrects the roundtable one minute later, another who
forgets the attachment and sends it four minutes later, a bounce and an out-of-office, and ordinary reports
and nominations in between.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html,
                     top)
from mailgen import POSTFIX_NOTICE, outlook_rows as outlook
from mailgen import quote_block as quote, ack_id

SET = EvalSet(200)
add = SET.add


def report_pdf(title, org, parts):
    lines = [title, org, "Voluntary GCM review - Regional Review, Arab States, 2021", ""]
    for k, p in enumerate(parts, 1):
        lines.append("%d. %s" % (k, p))
    return make_pdf(lines)


def inline_logo(cid, rgb):
    return leaf("image/png", make_png(20, 10, rgb), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<%s>" % cid)])


# ================================================================ 01  EN  speaker  reply to the wrong thread, 2 speakers
def m01():
    when = at("2021-02-02 09:14:37")
    sent = sent_at(when, 2, 5)
    text = """Dear colleagues,

Further to the invitation to the Regional Review of the GCM in the Arab region, the Arab Network for Migrant Rights (ANMR) would like to propose two speakers:

1) Ms. Hiba Khoury - Head of Policy, Arab Network for Migrant Rights (ANMR) - floor intervention in thematic roundtable 2
2) Mr. Tarek Saadeh - Legal Officer, ANMR - to deliver the key messages of the stakeholders as rapporteur, if this role is still open

Both have registered on the platform. Happy to share short bios if needed.

Best,
Hiba

Hiba Khoury
Head of Policy
Arab Network for Migrant Rights (ANMR)
Beirut office: +961 1 000 000

________________________________
From: Migration Data Portal Webinars <webinars@mdp.example.org>
Sent: Thursday, January 14, 2021 4:02 PM
To: Hiba Khoury <h.khoury@anmr.example.org>
Subject: Webinar recording - Labour migration data in the Arab region (14 Jan)

Dear participant,

Thank you for joining today's webinar "Labour migration data in the Arab region: gaps and opportunities".
The recording and the slides are now available on the event page. The next session in the series, on
remittance data, is planned for March.

Kind regards,
The webinar team
"""
    mid_old = "<0100017701f3a9d4-webinar-14jan@mdp.example.org>"
    subj = "RE: Webinar recording - Labour migration data in the Arab region (14 Jan)"
    body = alt(text, "_000_AM6PR10MB2871D0E4B7C1A2F3E5D6C7B8A9_")
    m = mk(when, sent, "mail-am6eur05on2071.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DVKq82Hn3z1", "Hiba Khoury <h.khoury@anmr.example.org>", subj,
           "<AM6PR10MB2871D0E4B7C1A2F3E5D6C7B8A9@AM6PR10MB2871.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW6oZ3kQ2w7Yb1SUqz5h0mN9xK8A==") + [("In-Reply-To", mid_old),
                                                                       ("References", mid_old)])
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hiba Khoury", "Head of Policy", "Arab Network for Migrant Rights (ANMR)", ["roundtable"], 2),
        sp("Tarek Saadeh", "Legal Officer", "Arab Network for Migrant Rights (ANMR)", ["rapporteur"])],
        notes="sent as a reply in an unrelated thread (subject 'RE: Webinar recording ...', In-Reply-To a webinar "
              "mailing): the subject says nothing about the review. Two speakers; the second line writes only the "
              "acronym 'ANMR', recorded with the fullest form the message writes (as dev 035 resolves a reference). "
              "'Ms.'/'Mr.' dropped; 'Beirut office' phone line is not part of the affiliation."))


# ================================================================ 02  AR  other  mailing-list digest (bulk)
def m02():
    when = at("2021-02-02 11:02:10")
    text = """إرسال رسائل قائمة Arab-CSO-Migration إلى
	arab-cso-migration@lists.example.org

للاشتراك أو إلغاء الاشتراك عبر الويب:
	https://lists.example.org/mailman/listinfo/arab-cso-migration

عند الرد، يرجى تعديل سطر الموضوع ليكون أكثر تحديداً من
"Re: Contents of Arab-CSO-Migration digest..."

مواضيع اليوم:

   1. الاستعراض الإقليمي للاتفاق العالمي للهجرة - تذكير بالمواعيد (نادر الزين)
   2. Re: الاستعراض الإقليمي للاتفاق العالمي للهجرة - تذكير بالمواعيد (سهى قاسم)
   3. ورشة حول العمل اللائق للعمال الزراعيين (أمانة الشبكة)


----------------------------------------------------------------------

الرسالة: 1
التاريخ: Mon, 1 Feb 2021 18:20:41 +0200
من: نادر الزين <n.zein@example.net>
الموضوع: الاستعراض الإقليمي للاتفاق العالمي للهجرة - تذكير بالمواعيد

الزملاء الأعزاء،

للتذكير: آخر موعد لطلبات المداخلة في المؤتمر الإقليمي هو الجمعة ٥ شباط/فبراير، وآخر موعد للتقارير
الطوعية هو ١٦ شباط/فبراير بعد التمديد. ترسل الطلبات والتقارير إلى gcmrrarabstates@iom.int مع ذكر
اسم المتحدث وصفته والجهة التي يمثلها.

هل هناك من يرغب في إعداد تقرير جماعي باسم الشبكة؟

نادر


------------------------------

الرسالة: 2
التاريخ: Tue, 2 Feb 2021 08:03:12 +0200
من: سهى قاسم <souha.k@example.com>
الموضوع: Re: الاستعراض الإقليمي للاتفاق العالمي للهجرة - تذكير بالمواعيد

شكراً نادر. نحن في الجمعية مستعدون للمساهمة في التقرير الجماعي، ويمكن أن نقترح متحدثة للمائدة
المستديرة الثانية إذا اتفقنا على ذلك في الاجتماع القادم.

سهى


------------------------------

الرسالة: 3
التاريخ: Tue, 2 Feb 2021 10:40:00 +0200
من: أمانة الشبكة <secretariat@lists.example.org>
الموضوع: ورشة حول العمل اللائق للعمال الزراعيين

تنظم الشبكة ورشة عمل عن بعد يوم ١٠ شباط/فبراير. التسجيل عبر الموقع.


------------------------------

_______________________________________________
Arab-CSO-Migration mailing list
arab-cso-migration@lists.example.org
https://lists.example.org/mailman/listinfo/arab-cso-migration

نهاية ملخص Arab-CSO-Migration، المجلد ١٢، العدد ٤
****************************************************
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = [("Return-Path", "<arab-cso-migration-bounces@lists.example.org>"),
            ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from lists.example.org (lists.example.org [203.0.113.45])\r\n\tby mx1.iom.int (Postfix) "
                         "with ESMTPS id 4DVP0b6Lq9z4\r\n\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(when, "EET")),
            ("From", "arab-cso-migration-request@lists.example.org"),
            ("To", "arab-cso-migration@lists.example.org"),
            ("Subject", hdr("ملخص Arab-CSO-Migration، المجلد ١٢، العدد ٤")),
            ("Date", rfcdate(sent_at(when, 2, 3))),
            ("Message-ID", "<mailman.412.1612256527.2190.arab-cso-migration@lists.example.org>"),
            ("Reply-To", "arab-cso-migration@lists.example.org"),
            ("Precedence", "list"),
            ("X-BeenThere", "arab-cso-migration@lists.example.org"),
            ("X-Mailman-Version", "2.1.29"),
            ("List-Id", "<arab-cso-migration.lists.example.org>"),
            ("List-Unsubscribe", "<https://lists.example.org/mailman/options/arab-cso-migration>,\r\n"
                                 " <mailto:arab-cso-migration-request@lists.example.org?subject=unsubscribe>"),
            ("List-Post", "<mailto:arab-cso-migration@lists.example.org>"),
            ("Errors-To", "arab-cso-migration-bounces@lists.example.org"),
            ("Sender", "\"Arab-CSO-Migration\" <arab-cso-migration-bounces@lists.example.org>")]
    add(2, when, top(body, rows), dict(category="other", language="ar", acknowledge=False, on_time=None,
        notes="Mailman digest of a civil-society list the review address is subscribed to (Precedence: list, List-Id, "
              "To is the list): quotes both deadlines and the review address, and one member says she 'could propose "
              "a speaker for roundtable 2', but nothing is submitted and list mail is never acknowledged. Mailman "
              "header lines are Arabic (localised list); the From is the -request address."))


# ================================================================ 03  FR  speaker  on behalf, pasted registration form
def m03():
    when = at("2021-02-02 15:31:05")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Pour le compte de Mme Samia Bouaziz, Directrice, qui se trouve en déplacement, je vous transmets sa demande d'intervention à la Conférence régionale d'examen du PMM.

Vous trouverez ci-dessous les informations telles qu'elles ont été saisies dans le formulaire d'inscription en ligne (copie) :

---------------------------------------------
Nom : BOUAZIZ
Prénom : Samia
Fonction : Directrice du département Migration et Développement
Organisation : Fédération tunisienne des associations de développement local (FTADL)
Pays : Tunisie
Type de participation souhaitée : Intervention - table ronde thématique 3
Langue d'intervention : français / arabe
---------------------------------------------

Je reste à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Sonia Ferjani
Assistante de direction
FTADL - Tunis
Tél. : +216 71 000 000
"""
    body = alt(text, "_000_PR3PR01MB6348B1C9E2D7F4A0_", charset="utf-8")
    subj = "Demande d'intervention - Mme S. Bouaziz (FTADL)"
    m = mk(when, sent, "mail-pr3fra01on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DVWs15Gf2z8", "Sonia Ferjani <direction@ftadl.example.org>", hdr(subj, enc="Q"),
           "<PR3PR01MB6348B1C9E2D7F4A0@PR3PR01MB6348.eurprd01.prod.exchangelabs.example.com>", body,
           extra=outlook(subj, "AdcpT9Qm1Lk3Zx7VvR0bN4sYw2eHcQ==", lang="fr-FR"))
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Samia Bouaziz", "Directrice du département Migration et Développement",
           "Fédération tunisienne des associations de développement local (FTADL)", ["roundtable"], 3)],
        notes="sent by an executive assistant on behalf of the speaker; details in a pasted copy of the online "
              "registration form with surname in capitals and first name on separate lines: the name is recorded "
              "as the prose writes it ('Mme Samia Bouaziz'). Title written with its unit (kept whole, as dev 012); "
              "'Pays : Tunisie' and 'FTADL - Tunis' are places, not affiliation."))


# ================================================================ 04  AR  speaker  Egyptian dialect, details only in signature
def m04():
    when = at("2021-02-03 10:05:44")
    sent = sent_at(when, 2, 9)
    text = """صباح الخير يا جماعة

ازيكم؟ انا حابب اشارك في النقاش المفتوح بتاع المشاورة يوم ٢٣ فبراير، عندنا شغل كتير مع الشباب اللي بيفكروا في الهجرة غير النظامية من قرى الصعيد وعايزين صوتهم يوصل.

سجلت على الموقع امبارح بس مش متأكد ان التسجيل كفاية، فقلت ابعت ايميل كمان زي ما الدعوة بتقول.

شكرا جدا

--
أحمد فتحي عبد العزيز
منسق برامج الشباب
جمعية شباب بلا حدود للتنمية - الإسكندرية
موبايل: ٠١٠٠٠٠٠٠٠٠٠
"""
    body = alt(text, "000000000000a1b2c305ba6f3e21", rtl=True)
    m = mk(when, sent, "mail-ed1-f54.google.example.com", "192.0.2.54", "4DW1c30Xy7z2",
           addr("Ahmed Fathy", "ahmed.fathy.yf@gmail.example.com"), hdr("المشاركة في النقاش المفتوح"),
           "<CAE9xQ4v7wNz2Lk0pR3bYt8sHc5mJd1fGu6@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أحمد فتحي عبد العزيز", "منسق برامج الشباب", "جمعية شباب بلا حدود للتنمية", ["open_discussion"])],
        notes="Egyptian colloquial Arabic, first person, no labelled lines: name, title and organisation only in the "
              "signature; the city after ' - ' is a place, not part of the affiliation (dev 004/013/024 convention). "
              "From display name is a short Latin-script form ('Ahmed Fathy'); the label uses the Arabic signature."))


# ================================================================ 05  EN  both  forward of a forward, report + plenary
M05_ID = "<CAF7pLq2Zx9Wn4Rb8Ks1Yt3Vm6Hd0Jg5Ne2Uc@mail.gmail.example.com>"


def m05():
    when = at("2021-02-03 13:41:20")
    sent = sent_at(when, 4, 6)
    text = """Hello GCM team,

Forwarding the report below on behalf of Dr Salwa (see her note). She has also asked me to request a floor intervention for her in one of the plenary sessions on 24 or 25 February, whichever suits the programme.

Many thanks,
Rania

Rania Odeh | Office Manager
GMHI

---------- Forwarded message ---------
From: Salwa Nasser <s.nasser@gmhi.example.org>
Date: Wed, Feb 3, 2021 at 1:05 PM
Subject: Fwd: GMHI voluntary report - FINAL
To: Rania Odeh <r.odeh@gmhi.example.org>


Rania, please send this to the GCM review email address from the invitation today, the deadline has been extended but I don't want to wait. Thanks! S.

--
Salwa Nasser, PhD
Executive Director
Gulf Migrant Health Initiative (GMHI)
Muscat | Dubai

---------- Forwarded message ---------
From: Yousef Darwish <ydarwish.consult@example.com>
Date: Tue, Feb 2, 2021 at 9:47 PM
Subject: Re: GMHI voluntary report - FINAL
To: Salwa Nasser <s.nasser@gmhi.example.org>


Dear Salwa,

Attached is the final version with your comments and Ali's figures on access to primary care. I have removed the draft watermark.

Best,
Yousef

On Tue, Feb 2, 2021 at 6:15 PM Salwa Nasser <s.nasser@gmhi.example.org> wrote:
> Yousef, two last things: use the 2019 figures for the clinics, and drop
> the annex on vaccination, we will publish it separately.
>
> On Mon, Feb 1, 2021 at 11:30 AM Yousef Darwish <ydarwish.consult@example.com> wrote:
>> Dear Salwa, the draft voluntary report is in the shared folder. I
>> followed the structure suggested in the guidance note (objectives 15
>> and 16 in more detail).
>>
>> Yousef
"""
    fname = "GMHI_GCM_voluntary_review_report_FINAL_v3.pdf"
    pdf = report_pdf("Voluntary GCM Review Report", "Gulf Migrant Health Initiative (GMHI)",
                     ["Introduction", "Methodology", "Access to basic services (Objective 15)",
                      "Challenges", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000c4d5e605ba70a1f2"), attach("application/pdf", pdf, fname)],
                 "000000000000c4d5e805ba70a1f4")
    m = mk(when, sent, "mail-lf1-f43.google.example.com", "192.0.2.43", "4DW6Hm1Pq0z5",
           "Rania Odeh <r.odeh@gmhi.example.org>", "Fwd: Fwd: GMHI voluntary report - FINAL", M05_ID, body)
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, report_attachments=[fname],
        speakers=[sp("Salwa Nasser", "Executive Director", "Gulf Migrant Health Initiative (GMHI)", ["plenary"])],
        notes="forward of a forward: three levels (Gmail forward headers, then a '>' and '>>' quoted exchange with a "
              "consultant). The office manager sends it and adds a plenary request for her director ('Dr Salwa'): "
              "the speaker's full name, title and organisation are only in the director's signature inside the "
              "forwarded part. On time for both parts (3 February). 'Muscat | Dubai' is a place."))


# ================================================================ 06  EN  bounce  acknowledgement of 05 (mailbox full)
def m06():
    when = at("2021-02-03 13:42:31")
    text = POSTFIX_NOTICE + """
<r.odeh@gmhi.example.org>: host mx.gmhi.example.org[203.0.113.88] said: 552
    5.2.2 <r.odeh@gmhi.example.org>: Mailbox full, quota exceeded (in reply to
    RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DW6Jn2Rs4z7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; r.odeh@gmhi.example.org\n"
           "Original-Recipient: rfc822;r.odeh@gmhi.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.gmhi.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <r.odeh@gmhi.example.org>: Mailbox full, quota\n"
           "    exceeded\n" % rfcdate(when - dt.timedelta(seconds=2), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Rania Odeh <r.odeh@gmhi.example.org>\n"
            "Subject: Acknowledgement of receipt - Fwd: Fwd: GMHI voluntary report - FINAL\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=5)), ack_id("4DW6Jn2Rs4z7"), M05_ID))
    body = dsn_report(text, dsn, hdrs, "4DW6Jq3Tt5z9.1612352551/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DW6Jq3Tt5z9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203114231.4DW6Jq3Tt5z9@mx1.iom.int>")]
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.2.2 (mailbox full) for the acknowledgement of h200-05; the returned headers name a "
              "voluntary report in the subject and h200-05 in In-Reply-To. Never acknowledge; thread_of null as for "
              "dev bounces."))


# ================================================================ 07  AR  speaker  formal, labelled lines (corrected by 08)
M07_ID = "<DB8PR08MB5467E2A1C3F40B9D8E7@DB8PR08MB5467.eurprd08.prod.outlook.example.com>"
M07_SUBJ = "طلب مداخلة - المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة"
M07_TEXT = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة، يسر الجمعية الكويتية لحقوق العمالة الوافدة أن تتقدم بطلب مداخلة خلال أعمال المؤتمر الإقليمي، وفق البيانات الآتية:

الاسم: السيد خالد يوسف المطيري
المسمى الوظيفي: نائب رئيس مجلس الإدارة
الجهة: الجمعية الكويتية لحقوق العمالة الوافدة
نوع المشاركة: مداخلة في المائدة المستديرة المواضيعية الرابعة

وتفضلوا بقبول فائق الاحترام والتقدير،

أمانة سر الجمعية
الكويت
"""


def m07():
    when = at("2021-02-03 19:20:03")
    sent = sent_at(when, 3, 4)
    body = alt(M07_TEXT, "_000_DB8PR08MB5467E2A1C3F40B9D8E7_", rtl=True)
    m = mk(when, sent, "mail-db8eur08on0601.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DWFr57Lm2z3", addr("أمانة سر الجمعية", "secretariat@kswr.example.org"), hdr(M07_SUBJ), M07_ID, body,
           extra=outlook(M07_SUBJ, "AdcqA1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Iiw==", lang="ar-KW"))
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد يوسف المطيري", "نائب رئيس مجلس الإدارة", "الجمعية الكويتية لحقوق العمالة الوافدة",
           ["roundtable"], 4)],
        notes="formal Arabic, labelled lines, honorific 'السيد' dropped; roundtable as an ordinal word ('الرابعة'). "
              "Sent from the association's secretariat mailbox (sender is not the speaker). Corrected one minute "
              "later by h200-08 (roundtable 3 instead of 4): this label records the message as written."))


# ================================================================ 08  AR  speaker  correction one minute later
def m08():
    when = at("2021-02-03 19:21:15")
    sent = sent_at(when, 3, 3)
    text = """عذراً، تصحيح للرسالة السابقة: المقصود هو المائدة المستديرة الثالثة وليس الرابعة. باقي البيانات كما هي.

مع الشكر

أمانة سر الجمعية

________________________________
من: أمانة سر الجمعية <secretariat@kswr.example.org>
تم الإرسال: الأربعاء، ٣ فبراير ٢٠٢١ ٨:٢٠ م
إلى: gcmrrarabstates@iom.int
الموضوع: %s

%s""" % (M07_SUBJ, M07_TEXT)
    body = alt(text, "_000_DB8PR08MB5467F3B2D4E51C0E9F8_", rtl=True)
    subj = "تصحيح: " + M07_SUBJ
    m = mk(when, sent, "mail-db8eur08on0601.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DWFsB1Np4z6", addr("أمانة سر الجمعية", "secretariat@kswr.example.org"), hdr(subj),
           "<DB8PR08MB5467F3B2D4E51C0E9F8@DB8PR08MB5467.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(M07_SUBJ, "AdcqA1Bb2Cc3Dd4Ee5Ff6Gg7Hh8IiwAAB4kQ==", lang="ar-KW")
           + [("In-Reply-To", M07_ID), ("References", M07_ID)])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of="h200-07.eml", speakers=[
        sp("خالد يوسف المطيري", "نائب رئيس مجلس الإدارة", "الجمعية الكويتية لحقوق العمالة الوافدة",
           ["roundtable"], 3)],
        notes="the sender corrects her own request 72 seconds later: only the roundtable changes (third, not fourth); "
              "name, title and affiliation are only in the quoted original ('باقي البيانات كما هي'), so they are "
              "recorded from it; the quoted text still says 'الرابعة'. thread_of h200-07 (revises it)."))


# ================================================================ 09  FR  report  "ci-joint" but nothing attached
M09_ID = "<7b1e4c2a-9f3d-4e8b-a0c5-2d6f1e9b3a47@adm-sfax.example.org>"
M09_SUBJ = "Rapport volontaire PMM - Association pour le Développement et la Mobilité (ADM Sfax)"
M09_TEXT = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association pour le Développement et la Mobilité (ADM) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte principalement sur les objectifs 2, 5 et 19 du Pacte, à partir de notre travail avec les jeunes et les femmes des délégations de Sfax et de Mahdia.

Bien à vous,

--
Mehdi Karoui
Chargé de suivi-évaluation
ADM - Sfax
"""


def m09():
    when = at("2021-02-04 09:48:30")
    sent = sent_at(when, 1, 5)
    body = leaf("text/plain", flowed(M09_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.adm-sfax.example.org", "203.0.113.19", "4DWdG83Kv1z2",
           "Mehdi Karoui <m.karoui@adm-sfax.example.org>", hdr(M09_SUBJ, enc="Q"), M09_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("Content-Language", "fr")])
    add(9, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="announces the report as attached ('ci-joint') but nothing is attached (forgotten): recorded as a "
              "voluntary report with no file, like dev 049 (nothing to file; the acknowledgement or the secretariat "
              "should ask for it). The file follows four minutes later in h200-10. Thunderbird, format=flowed, 8bit."))


# ================================================================ 10  FR  report  the same with the attachment
M10_ID = "<c3a8f0d1-6e2b-4b7a-9d14-8e5f2a7c0b93@adm-sfax.example.org>"


def m10():
    when = at("2021-02-04 09:52:02")
    sent = sent_at(when, 1, 4)
    text = """Toutes mes excuses, la pièce jointe avait été oubliée. La voici.

Mehdi Karoui

Le 04/02/2021 à 08:48, Mehdi Karoui a écrit :
""" + quote(M09_TEXT) + "\n"
    fname = "Rapport_volontaire_PMM_ADM_2021.pdf"
    pdf = report_pdf("Rapport volontaire - Examen regional du PMM", "Association pour le Developpement et la Mobilite (ADM)",
                     ["Introduction", "Methodologie", "Objectifs 2, 5 et 19", "Difficultes", "Recommandations"])
    tpart = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [tpart, attach("application/pdf", pdf, fname)], "------------7A1D3C5E9B2F4A6C8E0D1B3F")
    m = mk(when, sent, "smtp.adm-sfax.example.org", "203.0.113.19", "4DWdLB0Wq6z9",
           "Mehdi Karoui <m.karoui@adm-sfax.example.org>", hdr("Re: " + M09_SUBJ, enc="Q"), M10_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("In-Reply-To", M09_ID), ("References", M09_ID),
                  ("Content-Language", "fr")])
    add(10, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h200-09.eml",
        notes="the forgotten attachment of h200-09, sent 3.5 minutes later as a reply quoting the first message: "
              "the new text is one line; the report is the PDF. thread_of h200-09 (completes it)."))


# ================================================================ 11  EN  other  Outlook calendar invitation
def m11():
    when = at("2021-02-04 12:00:15")
    sent = sent_at(when, 3, 7)
    text = """When: Monday, February 8, 2021 2:00 PM-3:00 PM (UTC+03:00) Kuwait, Riyadh.
Where: Microsoft Teams Meeting

Dear colleagues,

Ahead of the regional review, the Gulf CSO Coordination Platform is organising a short coordination call among member organisations to agree who will take the floor in which session and to align our voluntary reports. We would be glad if someone from the review secretariat could join for 10 minutes to answer questions on the format.

Kind regards,
Nour Al-Sabah
Coordinator, Gulf CSO Coordination Platform

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer or mobile app
Click here to join the meeting <https://teams.example.com/l/meetup-join/19%3ameeting_gcsocp>
________________________________________________________________________________
"""
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Arab Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Nour Al-Sabah:mailto:coordination@gcsocp.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gcmrrarabstates@iom.int:mailto:gcmrrarabstates@iom.int
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=GCSOCP Members:mailto:members@gcsocp.example.org
DESCRIPTION;LANGUAGE=en-US:Coordination call ahead of the GCM regional review: speakers and voluntary reports.
UID:040000008200E00074C5B7101A82E0080000000090C1A2B3D4F9D601000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=en-US:GCSOCP coordination call - GCM Regional Review
DTSTART;TZID=Arab Standard Time:20210208T140000
DTEND;TZID=Arab Standard Time:20210208T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20210204T095958Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
    cal = leaf("text/calendar", ics, "utf-8", "base64", params=[("method", "REQUEST")])
    a = alt(text, "_000_AS8PR02MB69875A4C3B2D1E0F_")
    a.attach(cal)
    subj = "GCSOCP coordination call - GCM Regional Review"
    m = mk(when, sent, "mail-as8eur02on0633.outbound.protection.outlook.example.com", "198.51.100.133",
           "4DWjK50Bt3z1", "Nour Al-Sabah <coordination@gcsocp.example.org>", subj,
           "<AS8PR02MB69875A4C3B2D1E0F@AS8PR02MB6987.eurprd02.prod.outlook.example.com>", a,
           to="GCSOCP Members <members@gcsocp.example.org>, \"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>",
           extra=outlook(subj, "AdcqR3Tt4Uu5Vv6Ww7Xx8Yy9Zz0AaQ==") + [("X-MS-Exchange-Calendar-Series-Instance-Id",
                                                                     "BAAAAIIA4AB0xbcQGoLgCAAAAACQwaKz1PnWAQ==")])
    add(11, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="Outlook meeting request (multipart/alternative text + HTML + text/calendar; method=REQUEST) for a "
              "coordination call, addressed to a members list and the review address: it talks about speakers and "
              "voluntary reports but proposes none. Not covered by LABELS.md/dev: a person wrote it to the address "
              "(not bulk, not automatic), so acknowledge true as dev does for every human message; a secretary "
              "would register it as 'other' and answer the invitation separately."))


# ================================================================ 12  AR  speaker  the same letter in Arabic then French
def m12():
    when = at("2021-02-04 16:45:09")
    sent = sent_at(when, 1, 8)
    text = """السلام عليكم،

يشرفنا أن نقترح مشاركة رئيسة جمعيتنا في المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة، في النقاش المفتوح يوم ٢٣ فبراير وكذلك بمداخلة في المائدة المستديرة الأولى.

الاسم: فاطمة الزهراء بنعلي
الصفة: رئيسة الجمعية
الجهة: جمعية الأيادي المتضامنة لدعم المهاجرين

مع خالص الشكر.

*****

Bonjour,

Nous avons l'honneur de proposer la participation de la présidente de notre association à la conférence régionale d'examen du PMM, à la discussion ouverte du 23 février ainsi que par une intervention à la table ronde n°1.

Nom : Fatima Zahra Benali
Fonction : Présidente de l'association
Organisation : Association Mains Solidaires pour le soutien aux migrants (AMSSM)

Avec nos remerciements.

جمعية الأيادي المتضامنة لدعم المهاجرين - وجدة
Association Mains Solidaires - Oujda
"""
    body = alt(text, "----=_Part_1834_402713.1612449901233")
    subj = "طلب مداخلة / Demande d'intervention - AMSSM"
    m = mk(when, sent, "smtp-out.menara.example.net", "203.0.113.112", "4DWqZ83Hn5z6",
           addr("AMSSM Oujda", "amssm.oujda@example.net"), hdr(subj),
           "<1734561029.1834.1612449901233@webmail.menara.example.net>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev27")])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فاطمة الزهراء بنعلي", "رئيسة الجمعية", "جمعية الأيادي المتضامنة لدعم المهاجرين",
           ["open_discussion", "roundtable"], 1)],
        notes="the whole request is written twice, Arabic first then French (same speaker, two roles: open "
              "discussion and roundtable 1, 'الأولى' / 'n°1'). Not covered by dev: language recorded as 'ar', the "
              "first and leading version, and the speaker in the Arabic form of that version; the French form "
              "(Fatima Zahra Benali, Présidente de l'association, Association Mains Solidaires pour le soutien aux "
              "migrants (AMSSM)) is the same person and should count as equivalent. Bilingual subject; city after "
              "' - ' in the signature is a place."))


# ================================================================ 13  FR  both  DOCX report + roundtable 2, on time
M13_ID = "<PAXPR03MB7892C1D2E3F4A5B6@PAXPR03MB7892.eurprd03.prod.outlook.example.com>"


def m13():
    when = at("2021-02-05 11:10:40")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Suite à votre invitation, l'Union des Associations de Solidarité (UAS) a le plaisir de vous transmettre en pièce jointe son rapport volontaire sur la mise en œuvre du Pacte mondial sur les migrations au Maroc et en Mauritanie.

Par ailleurs, nous souhaiterions qu'un membre de notre équipe puisse prendre la parole lors de la deuxième table ronde thématique : il s'agit de M. Hamza Trabelsi, Chargé de mission Migrations, qui a coordonné la rédaction du rapport.

Restant à votre disposition,

Bien cordialement,

Claire Dumont
Responsable des partenariats
Union des Associations de Solidarité (UAS)
Rabat – Nouakchott
"""
    fname = "UAS_Rapport_volontaire_examen_PMM_2021.docx"
    docx = make_docx(["Union des Associations de Solidarité (UAS)", "Rapport volontaire - examen régional du PMM 2021",
                      "1. Introduction", "2. Méthodologie", "3. Progrès par objectif du Pacte",
                      "4. Défis", "5. Recommandations"])
    body = multi("mixed", [alt(text, "_000_PAXPR03MB7892C1D2E3F4A5B6_"), attach(DOCX, docx, fname)],
                 "_004_PAXPR03MB7892C1D2E3F4A5B6_")
    subj = "UAS - rapport volontaire et proposition d'intervenant"
    m = mk(when, sent, "mail-pax-fra03on0612.outbound.protection.outlook.example.com", "198.51.100.112",
           "4DX1mT6Qr8z4", "Claire Dumont <c.dumont@uas-solidarite.example.org>", hdr(subj, enc="Q"), M13_ID, body,
           extra=outlook(subj, "AdcrBb1Cc2Dd3Ee4Ff5Gg6Hh7Ii8Jjw==", lang="fr-FR", has_attach="yes"))
    add(13, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, report_attachments=[fname],
        speakers=[sp("Hamza Trabelsi", "Chargé de mission Migrations", "Union des Associations de Solidarité (UAS)",
                     ["roundtable"], 2)],
        notes="both, on time (5 February, before both deadlines); the speaker is a colleague of the sender, named in "
              "prose ('M. ...', roundtable as 'deuxième'); his affiliation is the sender's organisation named in the "
              "first paragraph and the signature; the sender (partnerships officer) is not a speaker."))


# ================================================================ 14  EN  other  review address cc'd on an unrelated conversation
def m14():
    when = at("2021-02-05 14:22:31")
    sent = sent_at(when, 2, 5)
    text = """Hi Marwan,

Thanks for this. The invoice from the hotel still shows three rooms for the Amman workshop, but we only had two participants staying, the third cancelled on the 26th. Could you ask them to reissue it before we process the payment? Also the roundtable dinner on the second night was not included in the package, so that should be a separate line.

Copying Lubna for the finance side (and I think I added the GCM review address by mistake from autocomplete, apologies to whoever reads this!).

Thanks,
Dana

Dana Haddad
Programme Officer
Regional Labour Migration Project

From: Marwan Saleh <m.saleh@rlmp.example.org>
Sent: Thursday, February 4, 2021 5:40 PM
To: Dana Haddad <d.haddad@rlmp.example.org>
Subject: Amman workshop - hotel invoice

Dear Dana,
Please find the hotel invoice for the Amman workshop (25-26 January) in the shared drive. Let me know if it is fine to process.
Marwan
"""
    body = alt(text, "_000_HE1PR04MB3145A7B8C9D0E1F2_")
    subj = "RE: Amman workshop - hotel invoice"
    m = mk(when, sent, "mail-he1eur04on0688.outbound.protection.outlook.example.com", "198.51.100.188",
           "4DX6Tw2Lp7z0", "Dana Haddad <d.haddad@rlmp.example.org>", subj,
           "<HE1PR04MB3145A7B8C9D0E1F2@HE1PR04MB3145.eurprd04.prod.outlook.example.com>", body,
           to="Marwan Saleh <m.saleh@rlmp.example.org>",
           cc="Lubna Aziz <l.aziz@rlmp.example.org>, gcmrrarabstates@iom.int",
           extra=outlook(subj, "AQHW+kLm3Nn4Oo5Pp6Qq7Rr8Ss9TtQ==")
           + [("In-Reply-To", "<HE1PR04MB3145F0E9D8C7B6A5@HE1PR04MB3145.eurprd04.prod.outlook.example.com>")])
    add(14, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="the review address is only in Cc (autocomplete, as the writer admits) on an internal conversation "
              "about a hotel invoice; 'roundtable dinner' is a decoy. Not covered by dev: a person wrote it and the "
              "address received it directly (not bulk, not automatic), so acknowledge true following LABELS.md; a "
              "secretary would register it as 'other' and file it."))


# ================================================================ 15  FR  speaker  iPhone, late evening of the deadline, acronym only
def m15():
    when = at("2021-02-05 23:41:02")
    sent = sent_at(when, 2, 11)
    text = """Bonsoir,
Désolé pour l'heure tardive. Je souhaite intervenir dans la discussion ouverte de la consultation du 23 février.
Karim Meddeb
Juriste bénévole - CTML

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-wr1-f66.google.example.com", "192.0.2.66", "4DXLqf5Zs9z2",
           "Karim Meddeb <karim.meddeb@gmail.example.com>", "Intervention 23/02",
           "<9E2B7C41-3A5D-4F6E-8B1C-0D2E4F6A8B9C@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Meddeb", "Juriste bénévole", "CTML", ["open_discussion"])],
        notes="phone, a few plain lines, no greeting formula: received 23:41:02 on 5 February Beirut time, on time "
              "by 19 minutes; name and title on two bare lines; the organisation is only an acronym "
              "('CTML'), recorded as written (fullest form in the message)."))


# ================================================================ 16  FR  speaker  late, two speakers, dashed list
def m16():
    when = at("2021-02-06 09:30:11")
    sent = sent_at(when, 1, 7)
    text = """Mesdames, Messieurs,

Nous avons bien conscience que le délai fixé au 5 février est dépassé, mais nous nous permettons de vous soumettre, si cela reste possible, la candidature de deux intervenants :

- Pr Lyes Hamadache, enseignant-chercheur, Centre de recherche en économie appliquée pour le développement (CREAD), Alger : intervention à la table ronde thématique IV ;
- Mme Nawel Ziani, coordinatrice de projets, Réseau algérien pour les droits des migrants (RADM) : intervention en séance plénière.

Le retard s'explique par la validation tardive de notre bureau exécutif. Nous vous remercions par avance de votre compréhension.

Veuillez agréer, Mesdames, Messieurs, l'expression de notre haute considération.

Nawel Ziani
RADM
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Arial;font-size:10pt">' + text2html(text) + '</div></body></html>\n')
    body = alt(text, "----=_NextPart_000_0047_01D6FC3A.8B2E5F10", html=html)
    subj = "Candidatures d'intervenants (hors délai) - RADM / CREAD"
    m = mk(when, sent, "smtp.radm.example.org", "203.0.113.77", "4DXc8k1Mv2z5",
           "Nawel Ziani <n.ziani@radm.example.org>", hdr(subj, enc="Q"),
           "<000f01d6fc3a$8b2e5f10$a18b1d30$@radm.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AQHW/DqLLl5fEKGLHTBvHkYd9w1xYQ=="),
                  ("Content-Language", "fr")])
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Lyes Hamadache", "enseignant-chercheur",
           "Centre de recherche en économie appliquée pour le développement (CREAD)", ["roundtable"], 4),
        sp("Nawel Ziani", "coordinatrice de projets", "Réseau algérien pour les droits des migrants (RADM)",
           ["plenary"])],
        notes="late (6 February) and says so; two speakers in a dashed list, name, title, organisation comma-separated; "
              "'Pr' and 'Mme' dropped; the city after the acronym ('Alger') is a place; roundtable as a Roman numeral "
              "(IV); the sender is the second speaker (signature gives only the acronym)."))


# ================================================================ 17  AR  report  DOCX, Outlook with logo, Arabic file name
M17_SUBJ = "التقرير الطوعي لرابطة المهاجرين العائدين - الاستعراض الإقليمي"


def m17():
    when = at("2021-02-07 10:12:55")
    sent = sent_at(when, 1, 6)
    text = """السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة،

نرفق لكم طيه التقرير الطوعي لرابطة المهاجرين العائدين في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية. ويتناول التقرير بشكل خاص الهدف ٢١ المتعلق بالعودة الآمنة وإعادة الإدماج المستدام.

نرجو التكرم بتأكيد الاستلام.

مع فائق الاحترام،

[صورة]
رياض بن سالم
مسؤول المناصرة
رابطة المهاجرين العائدين
تونس
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl"><div style="font-family:Arial">'
            + text2html(text.replace("[صورة]\n", "")) + '<p><img src="cid:image001.png@01D6FD2A.5C3B1E20" '
            'width="120" height="60"></p></div></body></html>\n')
    fname = "التقرير الطوعي - رابطة المهاجرين العائدين 2021.docx"
    docx = make_docx(["رابطة المهاجرين العائدين", "التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة ٢٠٢١",
                      "مقدمة", "المنهجية", "التقدم المحرز حسب أهداف الاتفاق", "التحديات", "التوصيات"])
    rel = multi("related", [alt(text, "_000_VI1PR02MB4412A9B8C7D6E5F4_", html=html),
                            inline_logo("image001.png@01D6FD2A.5C3B1E20", (150, 30, 40))],
                "_005_VI1PR02MB4412A9B8C7D6E5F4_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach(DOCX, docx, fname)], "_006_VI1PR02MB4412A9B8C7D6E5F4_")
    m = mk(when, sent, "mail-vi1eur02on0650.outbound.protection.outlook.example.com", "198.51.100.150",
           "4DYB1p7Kw3z8", addr("رياض بن سالم", "r.bensalem@rma.example.org"), hdr(M17_SUBJ),
           "<VI1PR02MB4412A9B8C7D6E5F4@VI1PR02MB4412.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(M17_SUBJ, "AdcsCc1Dd2Ee3Ff4Gg5Hh6Ii7Jj8Kkw==", lang="ar-TN", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report as a DOCX with an Arabic file name containing spaces and a hyphen (RFC 2231 + RFC 2047); "
              "Outlook multipart/related with an inline logo image001.png (not a report file); the signature of "
              "an advocacy officer is not a speaker request."))


# ================================================================ 18  AR  auto_reply  out of office for the acknowledgement of 17
def m18():
    when = at("2021-02-07 10:13:40")
    sent = sent_at(when, 1, 1)
    text = """شكراً لرسالتكم.

أنا خارج المكتب في مهمة ميدانية حتى يوم الخميس ١١ فبراير ٢٠٢١، مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع الأمانة العامة للرابطة: contact@rma.example.org

رياض بن سالم
"""
    body = alt(text, "_000_VI1PR02MB4412B0C1D2E3F4A5_", rtl=True)
    rows = std_rows(when, "mail-vi1eur02on0650.outbound.protection.outlook.example.com", "198.51.100.150",
                    "4DYB2h0Ny5z1", addr("رياض بن سالم", "r.bensalem@rma.example.org"),
                    re_hdr("Automatic reply: ", "إشعار باستلام - " + M17_SUBJ), rfcdate(sent),
                    "<VI1PR02MB4412B0C1D2E3F4A5@VI1PR02MB4412.eurprd02.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="r.bensalem@rma.example.org")
    rows += [("In-Reply-To", ack_id("4DYB1r2Lx4z9")), ("Content-Language", "ar-TN"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "r.bensalem@rma.example.org")]
    add(18, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h200-17 answering our acknowledgement 45 seconds after "
              "receipt; English 'Automatic reply:' prefix before an Arabic subject that names the voluntary report; "
              "Arabic text. Never acknowledge (loop); thread_of null as for dev auto-replies."))


# ================================================================ 19  EN  speaker  late, on behalf of the president, two roles
def m19():
    when = at("2021-02-08 08:50:27")
    sent = sent_at(when, 1, 9)
    text = """Dear Sir/Madam,

I am writing on behalf of our President, Mr. Jamal Eddine Alaoui, who would very much like to contribute to the Regional Review Conference on 24-25 February. If the role is still available, he would be honoured to deliver the key messages of the stakeholders as rapporteur; otherwise he would like to request a floor intervention in Roundtable 1.

I realise the deadline for speaking requests was last Friday and I apologise for the delay: Mr. Alaoui was travelling and only confirmed his availability yesterday.

Thank you in advance for considering this request.

Yours faithfully,

Inès Moreau
Chief of Staff to the President
Euro-Mediterranean Federation of Migrant Entrepreneurs (EMFME)
Brussels | Casablanca
"""
    body = alt(text, "----=_Part_2210871_1190348475.1612767018230")
    m = mk(when, sent, "sonic312-21.consmr.mail.ir2.yahoo.example.com", "192.0.2.212", "4DYrQ43Bd6z3",
           "Ines Moreau <ines.moreau.emfme@yahoo.example.com>",
           "Speaking request - President of EMFME (late, apologies)",
           "<1846320571.2210872.1612767018231@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(19, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Jamal Eddine Alaoui", "President", "Euro-Mediterranean Federation of Migrant Entrepreneurs (EMFME)",
           ["rapporteur", "roundtable"], 1)],
        notes="late (Monday 8 February) and says so; written by the chief of staff on behalf of the president: the "
              "speaker's title is only 'our President' in prose and his organisation only in the sender's "
              "signature; two roles in order of preference (rapporteur, otherwise roundtable 1): both recorded. "
              "The sender's title ('Chief of Staff to the President') must not be taken for the speaker's. Yahoo "
              "address, From display name without the accent."))


# ================================================================ 20  AR  both  late speaker part, pipe table, PDF
def m20():
    when = at("2021-02-09 12:35:00")
    sent = sent_at(when, 2, 5)
    text = """الإخوة والأخوات في فريق الاستعراض الإقليمي،

تحية طيبة وبعد،

مرفق طيه التقرير الطوعي لمبادرة السودان للهجرة الآمنة حول تنفيذ الاتفاق العالمي للهجرة.

كما نرغب، إن أمكن ذلك رغم انقضاء موعد طلبات المداخلة، في مشاركة اثنين من فريقنا في المؤتمر:

| الاسم | الصفة | الجهة | المشاركة |
|---|---|---|---|
| د. ليلى منصور | مستشارة البحوث | مبادرة السودان للهجرة الآمنة | المائدة المستديرة الثانية |
| عمر حسن الطيب | المدير التنفيذي | مبادرة السودان للهجرة الآمنة | الجلسة العامة |

ولكم جزيل الشكر،

عمر حسن الطيب
المدير التنفيذي
مبادرة السودان للهجرة الآمنة - الخرطوم
"""
    fname = "SSMI_Voluntary_GCM_Report_2021_AR.pdf"
    pdf = report_pdf("Voluntary GCM Review Report (Arabic version)", "Sudan Safe Migration Initiative (SSMI)",
                     ["Introduction", "Methodology", "Objectives 7, 8 and 10", "Challenges", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"), attach("application/pdf", pdf, fname)],
                 "000000000000e8f9a105bae2c3d4")
    m = mk(when, sent, "mail-pj1-f47.google.example.com", "192.0.2.147", "4DZNv60Hq1z7",
           addr("عمر الطيب", "ssmi.sudan@gmail.example.com"), hdr("التقرير الطوعي + طلب مداخلة"),
           "<CAH3mRt6Yw1Nb8Kq4Zp0Lx5Vc2Jd9Fs7Ge3U@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("ليلى منصور", "مستشارة البحوث", "مبادرة السودان للهجرة الآمنة", ["roundtable"], 2),
            sp("عمر حسن الطيب", "المدير التنفيذي", "مبادرة السودان للهجرة الآمنة", ["plenary"])],
        notes="both, received 9 February: report part on time, speaker part late (sender acknowledges it), so "
              "on_time false. Two speakers in a Markdown-like pipe table in a plain-text body (Gmail, base64); "
              "'د.' dropped; the sender is the second speaker; 'الخرطوم' after ' - ' is a place."))


# ================================================================ 21  FR  other  did you receive it? (chain 09-10)
def m21():
    when = at("2021-02-09 15:05:30")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Je me permets de revenir vers vous : pourriez-vous nous confirmer que notre rapport (envoyé le 4 février, en deux fois à cause de la pièce jointe oubliée) a bien été reçu et pris en compte ? Nous n'avons pas reçu d'accusé de réception.

Par ailleurs, le rapport sera-t-il publié sur le site de la revue régionale ?

Merci d'avance,

Mehdi Karoui
Chargé de suivi-évaluation
ADM - Sfax

Le 04/02/2021 à 08:52, Mehdi Karoui a écrit :
> Toutes mes excuses, la pièce jointe avait été oubliée. La voici.
>
> Mehdi Karoui
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.adm-sfax.example.org", "203.0.113.19", "4DZRb21Tc8z4",
           "Mehdi Karoui <m.karoui@adm-sfax.example.org>", hdr("Re: " + M09_SUBJ, enc="Q"),
           "<e91d27b4-5c0a-4f3e-b8a6-7d2c9f1e0a58@adm-sfax.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("In-Reply-To", M10_ID),
                  ("References", M09_ID + " " + M10_ID), ("Content-Language", "fr")])
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h200-09.eml",
        notes="'did you receive it?' follow-up to the chain h200-09 / h200-10 (In-Reply-To h200-10, References "
              "both): a question, nothing new is submitted (the quoted part has no attachment). thread_of is the "
              "first message of the chain, h200-09, per LABELS.md."))


# ================================================================ 22  EN  report  HTML-only, report in the body
def m22():
    when = at("2021-02-10 10:40:00")
    sent = sent_at(when, 2, 6)
    inner = """<p>Dear Review Secretariat,</p>
<p>As we are unable to produce a formatted document in time, please accept the text below as the voluntary GCM review contribution of the <b>Horn of Africa Migrant Workers Association (HAMWA)</b>.</p>
<h3>1. Introduction</h3>
<p>HAMWA is a membership association of Ethiopian, Eritrean and Somali workers in the Gulf and Lebanon, with 1,200 members.</p>
<h3>2. Methodology</h3>
<p>Three focus groups with members (December 2020) and a review of 85 cases handled by our helpline.</p>
<h3>3. Progress and gaps</h3>
<ul>
<li><b>Objective 6 (fair recruitment):</b> recruitment fees are still charged to most workers we assisted.</li>
<li><b>Objective 7 (vulnerabilities):</b> access to shelters improved in two countries.</li>
<li><b>Objective 21 (return):</b> stranded workers waited on average 4 months for repatriation in 2020.</li>
</ul>
<h3>4. Recommendations</h3>
<ol>
<li>Enforce the employer-pays principle.</li>
<li>Allow workers to change employer without the sponsor's consent.</li>
<li>Create a regional fund for the repatriation of stranded workers.</li>
</ol>
<p>Regards,<br>
Mesfin Tadesse<br>
Secretary<br>
HAMWA</p>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent, "smtp.hamwa.example.org", "203.0.113.204", "4DZqM85Fw2z6",
           "HAMWA <info@hamwa.example.org>", "Voluntary GCM review contribution - HAMWA",
           "<20210210084554.3F1A2B0C5D@smtp.hamwa.example.org>", body,
           extra=[("X-Mailer", "Roundcube Webmail/1.4.10")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="HTML-only (no text/plain part); the report is written in the body with headings and lists, nothing "
              "attached; From display name is the organisation's acronym; signature of the association's secretary "
              "is not a speaker request."))


# ================================================================ 23  EN  report  phone (Gmail app), PDF + scanned cover letter decoy
def m23():
    when = at("2021-02-11 16:20:44")
    sent = sent_at(when, 2, 12)
    text = """Hi, please find our report attached, plus the signed cover letter. Sorry it's from my phone, internet at the office is down today.

Thanks
Ghada

Ghada Nassar
Youth Migration Forum (YMF) - Jordan Chapter

Sent from my Galaxy
"""
    fname = "YMF_voluntary_GCM_report_Feb2021.pdf"
    pdf = report_pdf("Voluntary GCM Review Report", "Youth Migration Forum (YMF) - Jordan Chapter",
                     ["Introduction", "Methodology", "Youth and decent work", "Challenges", "Recommendations"])
    png = make_png(40, 56, (240, 240, 235))
    body = multi("mixed", [alt(text, "000000000000f1a2b305bb0c7d8e"),
                           attach("application/pdf", pdf, fname),
                           leaf("image/png", png, cte="base64", params=[("name", '"cover_letter_signed.png"')],
                                disp='attachment; filename="cover_letter_signed.png"')],
                 "000000000000f1a2b405bb0c7d90")
    m = mk(when, sent, "mail-oi1-f170.google.example.com", "192.0.2.170", "4F0Ck71Jr3z9",
           "Ghada Nassar <ghada.nassar.ymf@gmail.example.com>", "YMF report",
           "<CAK5nPq8Zt2Wm7Lx1Rb4Yc9Vd3Hf6Js0Ne8Ua@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="sent from a phone (Gmail app, 'Sent from my Galaxy'), two-word subject; the second attachment is a "
              "scanned cover letter (PNG), not part of the report."))


# ================================================================ 24  FR  report  collective DOCX, Roundcube
def m24():
    when = at("2021-02-12 17:05:18")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Au nom de la Plateforme des associations de la diaspora pour le développement (PADD), qui regroupe sept associations en France, en Belgique et au Maroc, je vous adresse notre rapport volontaire collectif dans le cadre de la revue régionale du PMM pour la région arabe.

Le document a été validé par l'ensemble des membres lors de notre assemblée du 10 février. Une version en arabe pourra suivre si nécessaire.

Cordialement,

Hélène Benkirane
Secrétaire générale
PADD
"""
    fname = "Rapport collectif PADD - Revue régionale PMM (version finale).docx"
    docx = make_docx(["Plateforme des associations de la diaspora pour le développement (PADD)",
                      "Rapport volontaire collectif - revue régionale du PMM 2021", "Introduction", "Méthodologie",
                      "Progrès par objectif", "Défis", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach(DOCX, docx, fname)],
                 "=_9c2e7f1a0b4d6e8f3a5c7b9d1e2f4a6b")
    m = mk(when, sent, "webmail.padd.example.org", "203.0.113.57", "4F0Xq28Vn1z4",
           "=?UTF-8?Q?H=C3=A9l=C3=A8ne_Benkirane?= <h.benkirane@padd.example.org>",
           hdr("Rapport volontaire collectif - PADD", enc="Q"),
           "<5f3d8a0b2c1e9f7a6d4b3c2e1f0a9b8c@padd.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.11")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a platform of seven associations; DOCX name with spaces, an accent and parentheses (RFC 2231 "
              "filename*, RFC 2047 name); a later Arabic version is only announced; signature of a secretary-general is not "
              "a speaker request."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
