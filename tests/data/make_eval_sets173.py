#!/usr/bin/env python3
"""Write the blind evaluation set holdout173 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets173.py
Theme: local organisations in crisis settings (Libya, Yemen, Sudan, Syria) writing with poor connectivity:
short phone messages, a report sent in two messages, a forgotten attachment re-sent, a duplicate re-send of a
speaker request, a message queued offline that arrives after the deadline, apologies for delays, mixed scripts
(Arabizi, Arabic + Latin acronyms, bilingual signatures), a delivery-delay warning for one of our replies.
Helpers imported from mailgen.py.
"""

from mailgen import (EvalSet, DOCX, BOX, addr, at, attach, b_word, hdr, leaf, make_docx, make_pdf, mk,
                     multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz, html_only, sent_at, dsn_report)

SET = EvalSet(173)
add = SET.add

INVITATION = "<INV-2021-01-26-EN.0003@gcmrrarabstates.iom.int>"


def pair(text, boundary, rtl=False, cte="quoted-printable", charset="utf-8"):
    """text/plain with a generated text/html twin, as most desktop and webmail clients send."""
    style = ' dir="rtl" style="text-align:right"' if rtl else ""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body><div%s>%s</div></body></html>\n' % (charset, style, text2html(text)))
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", page, charset, cte)],
                 boundary)


def pdf(*lines):
    return make_pdf(list(lines))


# ================================================================ 01 out-of-office (Yemen, field mission)
def m01():
    when = at("2021-01-28 09:15:22")
    sent = sent_at(when, 3, 2)
    text = """I am on field mission in Marib and Shabwah until 7 February 2021 with very limited internet access. Replies will be delayed.

For urgent matters please contact our programmes unit at programs@ysr-relief.example.org or call +967 1 44 21 90 (office hours, Sana'a time).

Mohammed Al-Sharjabi
Yemen Social Relief (YSR)
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.ysr-relief.example.org", "134.35.12.77", "4DRQ1k5Wm2z3",
                    "Mohammed Al-Sharjabi <m.sharjabi@ysr-relief.example.org>",
                    "Out of Office: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(sent), "<1750912344.118.1611818120431.JavaMail.zimbra@ysr-relief.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zimbra 8.8.15_GA_3953 (zclient/8.8.15_GA_3953)")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITATION), ("References", INVITATION)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Zimbra out-of-office to the invitation (Auto-Submitted: auto-replied, null Return-Path); mentions "
              "limited connectivity and another address. Never acknowledge."))


# ================================================================ 02 two speakers from Aden, phone
M02_ID = "<CAJ4kR8sFq1xVb7nD2mL9pTz0cWe5hY3uG6aN1oK@mail.gmail.example.com>"


def m02():
    when = at("2021-01-29 21:04:10")
    sent = sent_at(when, 3, 6)
    text = """السلام عليكم ورحمة الله
الإخوة في أمانة المراجعة الإقليمية المحترمين

نرشح من مؤسستنا شخصين للمشاركة:
1- م. فؤاد سالم باعبيد - رئيس المؤسسة - مداخلة في الطاولة المستديرة الثانية
2- أ. أمل عبده ناجي - منسقة برنامج الحماية - المشاركة في النقاش المفتوح يوم 23 فبراير

مؤسسة عدن للإغاثة والتنمية - عدن

نعتذر عن اي نقص في البيانات، نكتب من الجوال والنت ضعيف عندنا
"""
    body = pair(text, "000000000000e1a7b405ba0c3f11", rtl=True, cte="base64")
    m = mk(when, sent, "mail-wr1-f53.google.example.com", "209.85.221.53", "4DRz7b1Kpqz2",
           addr("Aden Relief", "adenrelief.dev@gmail.example.com"),
           re_hdr("", "ترشيح للمشاركة"), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فؤاد سالم باعبيد", "رئيس المؤسسة", "مؤسسة عدن للإغاثة والتنمية", ["roundtable"], 2),
        sp("أمل عبده ناجي", "منسقة برنامج الحماية", "مؤسسة عدن للإغاثة والتنمية", ["open_discussion"])],
        notes="short Gmail-from-phone message, no personal signature, From display name is a Latin nickname of the "
              "organisation; honorifics 'م.' (engineer) and 'أ.' dropped; the organisation is named once on its own "
              "line after the list ('مؤسستنا'), followed by '- عدن' (city, not part of the affiliation). "
              "Followed up by h173-15."))


# ================================================================ 03 Libya, French, details in the signature
def m03():
    when = at("2021-01-30 11:52:40")
    sent = sent_at(when, 1, 9)
    text = """Bonjour,

Je souhaite intervenir en séance plénière de la conférence des 24-25 février, sur la situation des migrants détenus dans l'ouest libyen.

Désolé pour la brièveté, je suis en déplacement.

Cordialement

Salem Ben Khalifa
Chargé de programme – Unité Protection
Observatoire Libyen des Droits des Migrants (OLDM)
Tripoli / Tunis
+216 98 41 07 22

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent, "smtp.topnet.example.tn", "197.2.44.18", "4DSK0m4Tgcz8",
           "Salem Ben Khalifa <s.benkhalifa@oldm-libye.example.org>", "Intervention pleniere",
           "<m4kq0c-9zt1r2-5h8b3e@email.android.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salem Ben Khalifa", "Chargé de programme – Unité Protection",
           "Observatoire Libyen des Droits des Migrants (OLDM)", ["plenary"])],
        notes="Samsung phone, 8bit plain text, unaccented subject; the sender proposes himself and his name, title "
              "and organisation are only in the signature; title written with its unit (kept whole, as dev 012); "
              "'Tripoli / Tunis' is a place, not part of the affiliation."))


# ================================================================ 04 question: remote / recorded interventions
def m04():
    when = at("2021-02-01 14:20:05")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Le Collectif des associations soudanaises du Tchad (CAST) a bien reçu votre lettre d'invitation et vous en remercie.

Avant de vous envoyer le nom de notre intervenant, nous aurions besoin de quelques précisions :

1. Nos membres sont pour la plupart dans l'Est du pays (Abéché, Farchana) où la connexion internet est très instable. Est-il possible d'envoyer une intervention enregistrée à l'avance (vidéo ou audio) pour une table ronde ?
2. Peut-on se connecter par simple appel téléphonique si la vidéo ne passe pas ?
3. L'interprétation arabe-français sera-t-elle assurée pendant les tables rondes ?

Nous vous remercions par avance de votre réponse.

Cordialement,

--
Achta Mahamat Nour
Chargée du suivi administratif
CAST - N'Djamena
"""
    body = leaf("text/plain", text, "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "mail.intnet.example.td", "41.223.80.14", "4DTCq11Hbkz5",
           "Achta Mahamat Nour <cast.tchad@intnet.example.td>",
           hdr("Questions sur les modalités d'intervention (connexion)", enc="Q"),
           "<6f3b1e2a-8d44-4c1a-9e07-2b5d8c11a0f3@intnet.example.td>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                  ("Content-Language", "fr")])
    add(4, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about recorded or phone-only interventions and interpretation; mentions a table ronde and "
              "'notre intervenant' but no speaker is proposed yet: other. Thunderbird, format=flowed, 8bit."))


# ================================================================ 05 Syrian association in Beirut, two speakers, on behalf
def m05():
    when = at("2021-02-02 17:35:50")
    sent = sent_at(when, 2, 3)
    text = """Madame, Monsieur,

Conformément à la demande de notre présidente, je vous transmets ci-dessous les informations concernant nos deux intervenants pour l'Examen régional du Pacte mondial sur les migrations.

Intervenant 1
Nom : Dr Hiba Darwich
Fonction : Présidente
Organisation : Association Syrienne pour la Dignité et le Développement (ASDD) – Beyrouth
Rôle souhaité : rapporteure (présentation des messages clés des parties prenantes)

Intervenant 2
Nom : M. Fares Mourad
Fonction : Responsable du programme Moyens de subsistance
Organisation : ASDD
Rôle souhaité : intervention dans la table ronde thématique 4

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

Rasha Haddad
Chargée de communication
ASDD | الجمعية السورية للكرامة والتنمية
Tél. +961 1 38 27 55
"""
    body = pair(text, "_000_DB8PR03MB5913B7C1A2E4F6D8DB8PR03MB5913eurp_")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.66", "4DTz2x6QrLz1",
           "Rasha Haddad <communication@asdd-syrie.example.org>",
           "Intervenants ASDD - Examen regional PMM",
           "<DB8PR03MB5913B7C1A2E4F6D8@DB8PR03MB5913.eurprd03.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hiba Darwich", "Présidente", "Association Syrienne pour la Dignité et le Développement (ASDD)",
           ["rapporteur"]),
        sp("Fares Mourad", "Responsable du programme Moyens de subsistance",
           "Association Syrienne pour la Dignité et le Développement (ASDD)", ["roundtable"], 4)],
        notes="sent on behalf of the president by the communications officer (not a speaker); labelled blocks with "
              "' : '; 'Dr' and 'M.' dropped; '– Beyrouth' after the organisation is a place; the second speaker's "
              "organisation is written only as 'ASDD', recorded in the fullest form written in the message; the "
              "signature carries the Arabic name of the association (mixed script)."))


# ================================================================ 06 Khartoum, pasted form, HTML-only Yahoo
def m06():
    when = at("2021-02-03 10:48:00")
    sent = sent_at(when, 2, 7)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:14px">
<div>سلام عليكم</div>
<div>معليش على التأخير، النت هنا قاطع من أمس والكهرباء بتجي ساعتين بس. دي الاستمارة بتاعتنا:</div>
<div><br></div>
<div>------------------------------</div>
<div><b>الاسم:</b> د. عوض الكريم عثمان بابكر</div>
<div><b>الوظيفة:</b> مدير البرامج</div>
<div><b>المنظمة:</b> منظمة الأمل السودانية للتنمية (SHDO)</div>
<div><b>المشاركة المطلوبة:</b> مداخلة في المائدة المستديرة الثالثة</div>
<div>------------------------------</div>
<div><br></div>
<div>وشكراً</div>
<div>عوض الكريم</div>
<div><br></div>
<div style="color:#888">أُرسلت من Yahoo Mail على Android</div>
</div>"""
    body = html_only(inner, rtl=True, b64=True)
    m = mk(when, sent, "sonic317-27.consmr.mail.bf2.yahoo.example.com", "74.6.131.40", "4DVJ5c3HnRz7",
           addr("عوض الكريم عثمان", "awadalkarim.shdo@yahoo.example.com"),
           re_hdr("", "استمارة المشاركة - منظمة الأمل"),
           "<1612341773.2241907.1@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNodin")])
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عوض الكريم عثمان بابكر", "مدير البرامج", "منظمة الأمل السودانية للتنمية (SHDO)", ["roundtable"], 3)],
        notes="HTML-only (base64) Yahoo Android message, Sudanese colloquial ('معليش', 'دي ... بتاعتنا'); apologises "
              "for a delay although it is on time; pasted labelled form; 'د.' dropped; Latin acronym beside the "
              "Arabic organisation name kept; roundtable as an ordinal word ('الثالثة'). Our acknowledgement to "
              "this address is delayed (h173-07)."))


# ================================================================ 07 delay warning for our acknowledgement to 06
def m07():
    when = at("2021-02-03 14:51:02")
    text = """This is the mail system at host smtp-out.iom.int.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<awadalkarim.shdo@yahoo.example.com>: connect to
    mta7.am0.yahoodns.example.net[67.195.204.77]:25: Connection timed out
"""
    dsn = ("Reporting-MTA: dns; smtp-out.iom.int\n"
           "X-Postfix-Queue-ID: 4DVJ6d0PkTz2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; awadalkarim.shdo@yahoo.example.com\n"
           "Original-Recipient: rfc822;awadalkarim.shdo@yahoo.example.com\n"
           "Action: delayed\n"
           "Status: 4.4.1\n"
           "Diagnostic-Code: X-Postfix; connect to mta7.am0.yahoodns.example.net[67.195.204.77]:25: timed out\n"
           "Will-Retry-Until: %s\n" % (rfcdate(at("2021-02-03 10:50:31"), "EET"),
                                        rfcdate(at("2021-02-08 10:50:31"), "EET")))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: awadalkarim.shdo@yahoo.example.com\n"
            "Subject: %s\n" % b_word("تأكيد الاستلام - Re: استمارة المشاركة - منظمة الأمل") +
            "Date: %s\n"
            "Message-ID: <ACK-2021-02-03-0061@gcmrrarabstates.iom.int>\n" % rfcdate(at("2021-02-03 10:50:30")))
    body = dsn_report(text, dsn, hdrs, "4DVJ6d0PkTz2.1612356662/smtp-out.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by smtp-out.iom.int (Postfix)\r\n\tid 7F2C21A0043; %s" % rfcdate(when, "EET")),
            ("Auto-Submitted", "auto-replied"),
            ("From", "MAILER-DAEMON@smtp-out.iom.int (Mail Delivery System)"),
            ("To", BOX), ("Subject", "Delayed Mail (still being retried)"), ("Date", rfcdate(when, "EET")),
            ("Message-ID", "<20210203125102.7F2C21A0043@smtp-out.iom.int>")]
    add(7, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix delay warning ('THIS IS A WARNING ONLY', Action: delayed, 4.4.1 connection timed out) for "
              "our acknowledgement to the sender of h173-06; only the returned headers; not a failure, but a "
              "delivery status notification all the same. Never acknowledge."))


# ================================================================ 08 YMAF two speakers (Sana'a), webmail
M08_ID = "<8d1f0c77e2a94b31c6b0a5e3f92d4417@yemen.net.example.ye>"


def m08():
    when = at("2021-02-03 19:22:31")
    sent = sent_at(when, 3, 11)
    text = """Dear GCM Regional Review Secretariat,

Greetings from Sana'a. Yemen Migrant Aid Foundation (YMAF) would like to propose two speakers for the Regional Review conference:

1. Dr. Nabil Al-Aghbari, Executive Director, YMAF - floor intervention in the plenary session
2. Ms. Samah Bazaraa, Protection Officer, YMAF (Aden) - intervention in Roundtable 1

Our internet connection is unstable these days, so kindly copy our Gmail address ymaf.yemen@gmail.example.com in your reply.

Best regards,
Waleed Qaid
Communications Officer
Yemen Migrant Aid Foundation (YMAF)
Sana'a, Yemen
"""
    body = leaf("text/plain", text, "us-ascii", "7bit", params=[("format", "flowed")])
    m = mk(when, sent, "webmail.yemen.net.example.ye", "134.35.200.9", "4DVW3n7JxSz6",
           "Waleed Qaid <ymaf.info@yemen.net.example.ye>", "Speakers nomination - YMAF", M08_ID, body,
           cc="ymaf.yemen@gmail.example.com",
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nabil Al-Aghbari", "Executive Director", "Yemen Migrant Aid Foundation (YMAF)", ["plenary"]),
        sp("Samah Bazaraa", "Protection Officer", "Yemen Migrant Aid Foundation (YMAF)", ["roundtable"], 1)],
        notes="Roundcube webmail on a local ISP, 7bit plain text; two speakers on numbered lines with 'Dr.'/'Ms.' "
              "(dropped); the organisation is written 'YMAF' beside the speakers and in full in the first line "
              "and signature (full form recorded); '(Aden)' is a place. Re-sent as h173-09."))


# ================================================================ 09 the same request re-sent as a forward
def m09():
    when = at("2021-02-04 07:05:12")
    sent = sent_at(when, 3, 8)
    text = """Dear all,

Resending our message of yesterday below, the connection dropped while it was sending and we did not get any confirmation. Apologies if you receive it twice.

Waleed

-------- Original Message --------
Subject: Speakers nomination - YMAF
Date: 03.02.2021 20:22
From: Waleed Qaid <ymaf.info@yemen.net.example.ye>
To: gcmrrarabstates@iom.int
Cc: ymaf.yemen@gmail.example.com

Dear GCM Regional Review Secretariat,

Greetings from Sana'a. Yemen Migrant Aid Foundation (YMAF) would like to propose two speakers for the Regional Review conference:

1. Dr. Nabil Al-Aghbari, Executive Director, YMAF - floor intervention in the plenary session
2. Ms. Samah Bazaraa, Protection Officer, YMAF (Aden) - intervention in Roundtable 1

Our internet connection is unstable these days, so kindly copy our Gmail address ymaf.yemen@gmail.example.com in your reply.

Best regards,
Waleed Qaid
Communications Officer
Yemen Migrant Aid Foundation (YMAF)
Sana'a, Yemen
"""
    body = leaf("text/plain", text, "us-ascii", "7bit", params=[("format", "flowed")])
    m = mk(when, sent, "webmail.yemen.net.example.ye", "134.35.200.9", "4DW9sQ2mTbz4",
           "Waleed Qaid <ymaf.info@yemen.net.example.ye>", "Fwd: Speakers nomination - YMAF",
           "<2b7e4f90a1c35d68e0f4b1a9c7d20e55@yemen.net.example.ye>", body,
           cc="ymaf.yemen@gmail.example.com",
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID), ("User-Agent", "Roundcube Webmail/1.4.9")])
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of="h173-08.eml", speakers=[
            sp("Nabil Al-Aghbari", "Executive Director", "Yemen Migrant Aid Foundation (YMAF)", ["plenary"]),
            sp("Samah Bazaraa", "Protection Officer", "Yemen Migrant Aid Foundation (YMAF)", ["roundtable"], 1)],
        notes="duplicate: the sender forwards his own request of h173-08 because he got no confirmation; same "
              "speakers, nothing new; In-Reply-To/References name h173-08. Recorded like dev 041 (re-sent "
              "duplicate is still the submission, acknowledged, linked to the first)."))


# ================================================================ 10 Benghazi report, part 1 (annexes to follow)
M10_ID = "<CAK9eW2vTn5qRb0xL7mZ3pYc8dFh1sJ4gU6oA2iE@mail.gmail.example.com>"
F10 = "تقرير جمعية التواصل - الاتفاق العالمي للهجرة.pdf"


def m10():
    when = at("2021-02-04 13:10:45")
    sent = sent_at(when, 2, 14)
    text = """السلام عليكم،

مرفق لكم التقرير الطوعي لجمعية التواصل للإغاثة والتنمية حول تنفيذ الاتفاق العالمي للهجرة في شرق ليبيا.

الملحقات (جداول البيانات والصور) حجمها كبير وما قدرناش نبعتوهم مع التقرير بسبب ضعف الشبكة، حنبعتوهم في رسالة ثانية إن شاء الله.

مع التحية
خالد المسماري
منسق المشاريع
جمعية التواصل للإغاثة والتنمية - بنغازي
"""
    body = multi("mixed", [pair(text, "000000000000a4b1c205ba8d7e60", rtl=True, cte="base64"),
                           attach("application/pdf", pdf("Al-Tawasul Association for Relief and Development",
                                                         "Voluntary GCM review report - eastern Libya",
                                                         "February 2021"), F10)],
                 "000000000000a4b1c505ba8d7e62")
    m = mk(when, sent, "mail-ej1-f45.google.example.com", "209.85.218.45", "4DWM1p5CvKz3",
           addr("خالد المسماري", "tawasul.benghazi@gmail.example.com"),
           re_hdr("", "التقرير الطوعي - جمعية التواصل (الجزء الأول)"), M10_ID, body)
    add(10, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[F10],
        notes="report sent in two messages because of the connection: this one carries the main PDF (Arabic file "
              "name, RFC 2231) and announces the annexes, which follow in h173-11; Libyan colloquial "
              "('ما قدرناش نبعتوهم', 'حنبعتوهم')."))


# ================================================================ 11 Benghazi report, part 2 (annexes)
M11_ID = "<CAK9eW2vTn5qRb0xL7mZ3pYc8dFh1sJ4gU6oA9kP@mail.gmail.example.com>"
F11A = "Annex1_data_tables.docx"
F11B = "Annex2_photos_Benghazi.pdf"


def m11():
    when = at("2021-02-04 13:58:02")
    sent = sent_at(when, 2, 20)
    text = """وهذه الملحقات المذكورة في الرسالة السابقة (الجزء الثاني): جداول البيانات وصور من مراكز الإيواء.

خالد

‫في الخميس، 4 فبراير 2021 في 1:10 م، ‪خالد المسماري‬‏ <tawasul.benghazi@gmail.example.com> كتب:‬
> السلام عليكم،
>
> مرفق لكم التقرير الطوعي لجمعية التواصل للإغاثة والتنمية حول تنفيذ الاتفاق العالمي للهجرة في شرق ليبيا.
>
> الملحقات (جداول البيانات والصور) حجمها كبير وما قدرناش نبعتوهم مع التقرير بسبب ضعف الشبكة، حنبعتوهم في رسالة ثانية إن شاء الله.
>
> مع التحية
> خالد المسماري
> منسق المشاريع
> جمعية التواصل للإغاثة والتنمية - بنغازي
"""
    body = multi("mixed", [pair(text, "000000000000c7d2e605ba8e2a13", rtl=True, cte="base64"),
                           attach(DOCX, make_docx(["Annex 1 - Data tables", "Al-Tawasul Association, Benghazi",
                                                   "Assisted migrants by nationality, 2019-2020"]), F11A),
                           attach("application/pdf", pdf("Annex 2 - Photographs", "Shelters visited in 2020"), F11B)],
                 "000000000000c7d2e905ba8e2a15")
    m = mk(when, sent, "mail-ej1-f45.google.example.com", "209.85.218.45", "4DWN5t0XrFz9",
           addr("خالد المسماري", "tawasul.benghazi@gmail.example.com"),
           re_hdr("Re: ", "التقرير الطوعي - جمعية التواصل (الجزء الأول)"), M11_ID, body,
           extra=[("In-Reply-To", M10_ID), ("References", M10_ID)])
    add(11, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[F11A, F11B], thread_of="h173-10.eml",
        notes="second part of the report of h173-10 (reply to his own message, Gmail Arabic quote header with bidi "
              "marks): the two annexes belong to the report; subject still says 'الجزء الأول'."))


# ================================================================ 12 Port Sudan: report + rapporteur, phone
M12_ID = "<c3a1d6b0-5e2f-4f7a-a918-4b0d2e6c9f31@email.samsung.example.com>"
F12 = "ESMSO GCM voluntary report.docx"


def m12():
    when = at("2021-02-05 08:31:17")
    sent = sent_at(when, 2, 26)
    text = """Dear Sir/Madam

Please find attached our voluntary GCM review report. We are a small organisation working with migrants and returnees in Red Sea State and Kassala.

Also we would like to request a speaking role for our Executive Director as rapporteur to present the stakeholders key messages.

Sorry for the short message, we are sending from the phone because of the power cuts.

Thanks and regards
Mohamed Osman Idris
Executive Director
Eastern Sudan Migrants Support Organization (ESMSO)
Port Sudan



Sent from my Samsung Galaxy smartphone.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
            + "".join("<div>%s</div>" % (ln if ln else "<br>") for ln in text.split("\n")) + "</body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "--_com.samsung.android.email_51844927551631240")
    body = multi("mixed", [alt, attach(DOCX, make_docx(["Eastern Sudan Migrants Support Organization (ESMSO)",
                                                         "Voluntary GCM review report", "Red Sea State and Kassala"]),
                                        F12)],
                 "--_com.samsung.android.email_51844927551631238")
    m = mk(when, sent, "smtp.sudani.example.sd", "41.95.14.201", "4DWsP84qHnz1",
           "ESMSO <esmso.portsudan@sudani.example.sd>", "GCM report and speaker", M12_ID, body)
    add(12, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed Osman Idris", "Executive Director", "Eastern Sudan Migrants Support Organization (ESMSO)",
           ["rapporteur"])], report_attachments=[F12],
        notes="both, on 5 February so both parts on time; Samsung phone client (base64 parts); the speaker is "
              "'our Executive Director', whose name is only in the signature (he is the sender); 'Port Sudan' is a "
              "place. Speaker replaced late by h173-23."))


# ================================================================ 13 AROAL (Tripoli) late evening, two roles
def m13():
    when = at("2021-02-05 22:47:09")
    sent = sent_at(when, 2, 31)
    text = """Bonsoir Madame, Monsieur,

Je m'excuse de vous écrire si tard, nous avons eu des coupures de courant toute la journée à Tripoli.

Notre association souhaite participer à la discussion ouverte du 23 février et aussi prendre la parole dans la table ronde n° 2.

Notre intervenant : M. Moussa Keïta, Président de l'Association des Ressortissants Ouest-Africains en Libye (AROAL).

Merci de votre compréhension.

Aïssatou Barry
Secrétaire, AROAL
"""
    body = pair(text, "0000000000003f9b7e05ba9c14d8")
    m = mk(when, sent, "mail-lf1-f49.google.example.com", "209.85.167.49", "4DXH6r2ZsVz5",
           "=?UTF-8?Q?A=C3=AFssatou_Barry?= <aroal.libye@gmail.example.com>",
           hdr("Participation AROAL - intervenant", enc="Q"),
           "<CAF3rB7nYq0wPz5kT8cM2vLx6dJh9gS1eR4uW7oN@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Moussa Keïta", "Président", "Association des Ressortissants Ouest-Africains en Libye (AROAL)",
           ["open_discussion", "roundtable"], 2)],
        notes="migrant-led association in Libya writing in French; received 22:47 on 5 February, on time despite "
              "the apology; one speaker, two roles (discussion ouverte + 'table ronde n° 2'); title and organisation "
              "in one phrase ('Président de l'...'); the sender (secretary) is not the speaker; 'M.' dropped."))


# ================================================================ 14 Sanabel (Gaziantep/Idlib), late by an hour
def m14():
    when = at("2021-02-06 01:20:33")
    sent = sent_at(when, 3, 4)
    text = """السادة الكرام في أمانة المراجعة الإقليمية،
تحية طيبة،

نعتذر عن تأخر هذه الرسالة، فقد انقطعت الكهرباء والإنترنت في مكتبنا طوال مساء أمس.

بالنيابة عن مدير منظمتنا، نرجو قبول ترشيح الأستاذ محمد خير الحسين، المدير التنفيذي لمنظمة سنابل للإغاثة والتنمية (إدلب - غازي عنتاب)، لتقديم مداخلة في إحدى الجلسات العامة للمؤتمر.

مع الشكر،
ريم العبدالله
مساعدة إدارية
منظمة سنابل للإغاثة والتنمية
Sanabel Relief & Development

أُرسلت من Outlook لـ Android
"""
    body = pair(text, "_000_VI1PR10MB2431E6A5B4C3D2F1VI1PR10MB2431EURP_", rtl=True, cte="base64")
    m = mk(when, sent, "mail-vi1eur10.outbound.protection.example.com", "40.107.15.93", "4DXLb30tWgz8",
           addr("ريم العبدالله", "admin@sanabel-relief.example.org"),
           re_hdr("", "ترشيح متحدث - منظمة سنابل"),
           "<VI1PR10MB2431E6A5B4C3D2F1@VI1PR10MB2431.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Outlook-iOS-Android")])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("محمد خير الحسين", "المدير التنفيذي", "منظمة سنابل للإغاثة والتنمية", ["plenary"])],
        notes="LATE: received 01:20 on 6 February Beirut time (Date header 02:20 +0300), the writer's 'مساء أمس' "
              "is the deadline evening; sent on behalf of the director by an administrative assistant; "
              "'الأستاذ' dropped; '(إدلب - غازي عنتاب)' are places; English organisation name in the signature "
              "without acronym, Arabic form recorded as written in the body and signature."))


# ================================================================ 15 Arabizi follow-up to 02
def m15():
    when = at("2021-02-08 16:44:19")
    sent = sent_at(when, 3, 12)
    text = """Salam 3alaikum
ersalna lakum talab el mosharaka yom 29 yanayer (ostaz Fouad w ostaza Amal) w ma wasalna ay rad lahad alaan.
هل وصلكم الطلب؟ وكمان نبغى رابط الزوم حق يوم 23
shukran

أُرسلت من Yahoo Mail على Android

On Fri, Jan 29, 2021 at 10:04 PM, Aden Relief <adenrelief.dev@gmail.example.com> wrote:
> السلام عليكم ورحمة الله
> الإخوة في أمانة المراجعة الإقليمية المحترمين
> نرشح من مؤسستنا شخصين للمشاركة:
> 1- م. فؤاد سالم باعبيد - رئيس المؤسسة - مداخلة في الطاولة المستديرة الثانية
> 2- أ. أمل عبده ناجي - منسقة برنامج الحماية - المشاركة في النقاش المفتوح يوم 23 فبراير
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "sonic302-3.consmr.mail.ir2.yahoo.example.com", "77.238.176.143", "4DZ0Tq6wHfz2",
           "Aden Relief <adenrelief.aden@yahoo.example.com>", re_hdr("Re: ", "ترشيح للمشاركة"),
           "<1612795447.4471322.2@mail.yahoo.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID),
                  ("X-Mailer", "WebService/1.1.17648 YMailNodin")])
    add(15, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        thread_of="h173-02.eml",
        notes="follow-up to h173-02 written mostly in Arabizi (Latin-script Arabic with digits: '3alaikum') plus one "
              "Arabic line (Yemeni 'نبغى', 'حق'); asks whether the request arrived and for the Zoom link: a "
              "question, nothing new proposed; sent from a different address (Yahoo) than the original (Gmail); "
              "acknowledge in Arabic."))


# ================================================================ 16 Syrian platform report (compressed version)
F16 = "Rapport_PASDD_PMM_2021_version_allegee.pdf"


def m16():
    when = at("2021-02-09 15:02:11")
    sent = sent_at(when, 2, 9)
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de la Plateforme des associations syriennes pour les droits des déplacés (PASDD) / منصة الجمعيات السورية لحقوق النازحين, préparé collectivement par nos onze associations membres dans le cadre de l'Examen régional du Pacte mondial sur les migrations.

En raison de la taille limite de notre messagerie, nous vous envoyons une version allégée (sans les photographies). La version complète peut vous être transmise par un lien de téléchargement si nécessaire.

Bien cordialement,

Joumana Saleh
Coordinatrice des rapports
PASDD
"""
    body = multi("mixed", [pair(text, "_000_AM9PR04MB8211C1D2E3F4A5B6AM9PR04MB8211eurp_"),
                           attach("application/pdf", pdf("Plateforme des associations syriennes pour les droits des deplaces",
                                                         "Rapport volontaire PMM 2021 - version allegee"), F16)],
                 "_004_AM9PR04MB8211C1D2E3F4A5B6AM9PR04MB8211eurp_")
    m = mk(when, sent, "mail-am9eur04.outbound.protection.example.com", "40.107.22.130", "4DZZh72nMkz6",
           "Joumana Saleh <rapports@pasdd.example.org>",
           hdr("Rapport volontaire PASDD - Examen régional PMM", enc="Q"),
           "<AM9PR04MB8211C1D2E3F4A5B6@AM9PR04MB8211.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[F16],
        notes="collective report (eleven member associations), a reduced version because of the mailbox size limit; "
              "the full version is only offered as a link, nothing else to file; the platform's Arabic name is "
              "written inline in the French sentence."))


# ================================================================ 17 Taiz: 'please find attached' with nothing attached
M17_ID = "<A1F2C3D4-5B6E-4F70-8192-A3B4C5D6E7F8@twdn-yemen.example.org>"


def m17():
    when = at("2021-02-10 11:40:02")
    sent = sent_at(when, 3, 17)
    text = """Dear team,
Please find attached the voluntary report of Taiz Women for Development Network.
Best,
Arwa

Sent from my iPhone"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "mail.twdn-yemen.example.org", "175.110.38.12", "4DbDc11pLwz4",
           "Arwa Al-Maqtari <arwa@twdn-yemen.example.org>", "Voluntary report TWDN", M17_ID, body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="iPhone: 'please find attached' but nothing is attached (the upload failed); the sender means to "
              "submit the report, so it is recorded as a voluntary report with no file to file (as dev 049), to be "
              "flagged; the file follows 13 minutes later in h173-18."))


# ================================================================ 18 Taiz: the file, re-sent
F18 = "TWDN_GCM_Voluntary_Report_Feb2021.pdf"


def m18():
    when = at("2021-02-10 11:53:40")
    sent = sent_at(when, 3, 23)
    text = """Sorry the file did not upload in the previous email, attaching it again now.

Arwa Al-Maqtari
Programme Manager, Taiz Women for Development Network (TWDN)

Sent from my iPhone

On 10 Feb 2021, at 12:39, Arwa Al-Maqtari <arwa@twdn-yemen.example.org> wrote:

\ufeffDear team,
Please find attached the voluntary report of Taiz Women for Development Network.
Best,
Arwa

Sent from my iPhone"""
    t1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    body = multi("mixed", [t1, attach("application/pdf", pdf("Taiz Women for Development Network (TWDN)",
                                                             "Voluntary GCM review report", "February 2021"), F18)],
                 "Apple-Mail-3E1B2F4A-7C9D-4E80-A1B2-C3D4E5F6A7B8")
    m = mk(when, sent, "mail.twdn-yemen.example.org", "175.110.38.12", "4DbDw35sNqz1",
           "Arwa Al-Maqtari <arwa@twdn-yemen.example.org>", "Re: Voluntary report TWDN",
           "<B2E3D4C5-6A7F-4081-92A3-B4C5D6E7F809@twdn-yemen.example.org>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID), ("X-Mailer", "iPhone Mail (18D52)")])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[F18], thread_of="h173-17.eml",
        notes="the report file of h173-17, re-sent as a reply after the failed upload; iPhone quote without '>' "
              "prefixes; the signature here gives the sender's title, which is not a speaker request."))


# ================================================================ 19 RARS (eastern Chad): report + late speaker, HTML-only
F19 = "RARS - Rapport volontaire PMM.docx"


def m19():
    when = at("2021-02-11 09:14:27")
    sent = sent_at(when, 1, 36)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Madame, Monsieur,</p>
<p>Le Réseau des Associations de Réfugiés Soudanais au Tchad (RARS) a l'honneur de vous transmettre en pièce jointe son rapport volontaire sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.</p>
<p>Nous souhaiterions également proposer M. Issa Abakar Mahamat, Coordinateur du bureau de liaison d'Abéché, pour une intervention lors de la table ronde thématique 3.</p>
<p>Nous savons que le délai pour les intervenants était fixé au 5 février. La connexion dans les camps de l'Est ne nous a malheureusement pas permis de vous écrire plus tôt ; nous vous prions de bien vouloir nous en excuser.</p>
<p>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<p>Le Secrétariat exécutif du RARS<br>
N'Djamena</p>
</div>"""
    body = multi("mixed", [html_only(inner),
                           attach(DOCX, make_docx(["Reseau des Associations de Refugies Soudanais au Tchad (RARS)",
                                                   "Rapport volontaire PMM", "Fevrier 2021"]), F19)],
                 "----=_Part_288114_1470912883.1613027631020")
    m = mk(when, sent, "mail.tchad-connect.example.td", "154.68.129.40", "4DbmF92vJkz0",
           "Secretariat RARS <rars.secretariat@tchad-connect.example.td>",
           hdr("Rapport volontaire et proposition d'intervenant - RARS", enc="Q"),
           "<1470912883.288115.1613027631021@mail.tchad-connect.example.td>", body,
           extra=[("X-Mailer", "Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC88 (Win)/8.8.12_GA_3794)")])
    add(19, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Issa Abakar Mahamat", "Coordinateur du bureau de liaison d'Abéché",
           "Réseau des Associations de Réfugiés Soudanais au Tchad (RARS)", ["roundtable"], 3)],
        report_attachments=[F19],
        notes="HTML-only with a DOCX; both: report on time (11 Feb) but the speaker part is late and the sender "
              "says so, hence on_time false; the title is written with its unit, which contains a town name "
              "('bureau de liaison d'Abéché'): kept whole as the title (dev 012), not moved to the affiliation; "
              "'au Tchad' is part of the organisation's name (before the acronym); signed by the secretariat."))


# ================================================================ 20 thank-you to our acknowledgement of 10/11
ACK11_ID = "<ACK-2021-02-04-0093@gcmrrarabstates.iom.int>"


def m20():
    when = at("2021-02-12 10:03:55")
    sent = sent_at(when, 2, 6)
    text = """شكراً جزيلاً على التأكيد، وبالتوفيق للمؤتمر.

خالد

‫في الخميس، 4 فبراير 2021 في 2:05 م، ‪GCM Regional Review Arab States‬‏ <gcmrrarabstates@iom.int> كتب:‬
> السيد خالد المسماري،
>
> نشكركم على مساهمتكم في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية. نؤكد استلام تقريركم الطوعي وملحقاته.
>
> أمانة المراجعة الإقليمية
"""
    body = pair(text, "0000000000008e5c2f05bb1d7a40", rtl=True, cte="base64")
    refs = "%s %s %s" % (M10_ID, M11_ID, ACK11_ID)
    m = mk(when, sent, "mail-ej1-f47.google.example.com", "209.85.218.47", "4Dc9Gm1TvRz7",
           addr("خالد المسماري", "tawasul.benghazi@gmail.example.com"),
           re_hdr("Re: ", "تأكيد الاستلام - التقرير الطوعي"),
           "<CAK9eW2vTn5qRb0xL7mZ3pYc8dFh1sJ4gU6oB5tR@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ACK11_ID), ("References", refs)])
    add(20, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="h173-10.eml",
        notes="thank-you reply to our acknowledgement of the report of h173-10/h173-11, adds nothing new: do not "
              "acknowledge; References name both earlier messages, thread_of is the first of the chain."))


# ================================================================ 21 NE Syria: report + late speaker, Gmail
F21 = "JWDN_report_GCM_AR.pdf"


def m21():
    when = at("2021-02-14 18:27:40")
    sent = sent_at(when, 2, 42)
    text = """تحية طيبة،

نرسل لكم التقرير الطوعي لشبكة نساء الجزيرة للتنمية عن أوضاع النازحين والعائدين في شمال شرق سوريا (مرفق بصيغة PDF).

كما نرغب، إذا كان ذلك ما زال ممكناً، بترشيح زميلتنا نسرين حسو، رئيسة قسم التوثيق في الشبكة، للمشاركة بمداخلة في الطاولة المستديرة الأولى. نعلم أن موعد الترشيحات قد انتهى، ونعتذر، فالإنترنت عندنا لا يعمل إلا ساعات قليلة في اليوم.

مع التحية،
Rojin Ahmad / روجين أحمد
شبكة نساء الجزيرة للتنمية
القامشلي
"""
    body = multi("mixed", [pair(text, "000000000000f2a9c805bb4f1e77", rtl=True, cte="base64"),
                           attach("application/pdf", pdf("Jazira Women Development Network",
                                                         "Voluntary GCM review report (Arabic)"), F21)],
                 "000000000000f2a9cb05bb4f1e79")
    m = mk(when, sent, "mail-wm1-f52.google.example.com", "209.85.128.52", "4Dd7Lh4YpQz5",
           "Rojin Ahmad <jazira.women.net@gmail.example.com>",
           re_hdr("", "التقرير الطوعي + ترشيح - شبكة نساء الجزيرة"),
           "<CAN8tY1eWq4rPz7xK0mB3vLc9dGh2sF5jU8oC3aM@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("نسرين حسو", "رئيسة قسم التوثيق", "شبكة نساء الجزيرة للتنمية", ["roundtable"], 1)],
        report_attachments=[F21],
        notes="both: report on time (14 Feb), speaker part late (the sender knows), so on_time false; the speaker "
              "is a colleague of the sender, her affiliation given by reference ('في الشبكة') to the network named "
              "in the first sentence and the signature; sender's name in Latin and Arabic script; 'القامشلي' is a "
              "place."))


# ================================================================ 22 OLDM report in two files, queued offline: late
F22A = "OLDM_Rapport_PMM_partie1.pdf"
F22B = "OLDM_Rapport_PMM_partie2_annexes.pdf"


def m22():
    when = at("2021-02-17 00:22:48")
    sent = tz(at("2021-02-16 23:51:06"), 2)
    text = """Bonsoir,

Ci-joint le rapport volontaire de l'Observatoire Libyen des Droits des Migrants (OLDM), en deux fichiers car notre messagerie refuse les pièces jointes de plus de 5 Mo : partie 1 (texte du rapport) et partie 2 (annexes).

Merci et bonne soirée.

Salem Ben Khalifa
OLDM

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit"),
                           attach("application/pdf", pdf("Observatoire Libyen des Droits des Migrants (OLDM)",
                                                         "Rapport volontaire PMM - partie 1"), F22A),
                           attach("application/pdf", pdf("OLDM - Rapport volontaire PMM",
                                                         "Partie 2 - annexes"), F22B)],
                 "--_com.samsung.android.email_61322845001283517")
    m = mk(when, sent, "smtp.ltt.example.ly", "41.208.71.33", "4DgQ0y2HtWz3",
           "Salem Ben Khalifa <s.benkhalifa@oldm-libye.example.org>", "Rapport volontaire OLDM",
           "<k9r2ds-6fw0q1-3c7m8a@email.android.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[F22A, F22B],
        notes="LATE: the Date header (Tue 16 Feb 23:51 +0200) is before the deadline but the server received the "
              "message at 00:22 on 17 February (the phone was offline); on_time follows received_at. Report split "
              "into two PDFs, both part of it. Same sender as the speaker request h173-03, but a separate "
              "submission (thread_of null)."))


# ================================================================ 23 ESMSO: replacement speaker, late
def m23():
    when = at("2021-02-17 09:40:10")
    sent = sent_at(when, 2, 15)
    text = """Dear Secretariat,

Further to our email of 5 February below, our Executive Director will unfortunately not be able to connect on the days of the conference, as he will be travelling to Kassala where there is no reliable network.

We kindly ask that Ms. Hawa Adam Yahya, our Programme Coordinator, deliver the key messages as rapporteur in his place. She will connect from Port Sudan.

Apologies for the late change.

Mohamed Osman Idris
Executive Director
Eastern Sudan Migrants Support Organization (ESMSO)

-----Original Message-----
From: ESMSO <esmso.portsudan@sudani.example.sd>
Sent: Friday, February 5, 2021 8:31 AM
To: gcmrrarabstates@iom.int
Subject: GCM report and speaker

Dear Sir/Madam

Please find attached our voluntary GCM review report. We are a small organisation working with migrants and returnees in Red Sea State and Kassala.

Also we would like to request a speaking role for our Executive Director as rapporteur to present the stakeholders key messages.
"""
    body = pair(text, "----=_NextPart_000_0047_01D7050A.3B2C1D40")
    m = mk(when, sent, "smtp.sudani.example.sd", "41.95.14.206", "4DgcR65pLxz9",
           "ESMSO <esmso.portsudan@sudani.example.sd>", "RE: GCM report and speaker",
           "<004601d7050a$3b2c1d40$b1845780$@sudani.example.sd>", body,
           extra=[("In-Reply-To", M12_ID), ("References", M12_ID), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(23, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        thread_of="h173-12.eml", speakers=[
            sp("Hawa Adam Yahya", "Programme Coordinator", "Eastern Sudan Migrants Support Organization (ESMSO)",
               ["rapporteur"])],
        notes="replacement speaker for the rapporteur request of h173-12, sent 17 February: late; the new speaker's "
              "affiliation is 'our' organisation (signature); 'Ms.' dropped; the quoted original still asks for the "
              "Executive Director and mentions the report, which is not re-sent."))


# ================================================================ 24 Aleppo: dial-in question
def m24():
    when = at("2021-02-19 13:30:00")
    sent = sent_at(when, 2, 10)
    text = """Bonjour,

Nous sommes inscrits comme participants à la consultation du 23 février. Depuis Alep, Zoom fonctionne très mal (coupures fréquentes, débit très faible).

Serait-il possible d'obtenir un numéro d'appel téléphonique pour suivre la discussion ouverte ? Et les documents de la consultation seront-ils envoyés par e-mail à l'avance ?

Merci beaucoup et bonne journée,

Nadim Khoury
Association Ensemble pour Alep
جمعية معاً من أجل حلب
"""
    body = pair(text, "0000000000007b3e1d05bbb3c8f2")
    m = mk(when, sent, "mail-wr1-f44.google.example.com", "209.85.221.44", "4DhT8k3WmNz2",
           "Nadim Khoury <ensemble.alep@gmail.example.com>",
           hdr("Connexion par téléphone le 23 février ?", enc="Q"),
           "<CAG5hU3rTq8wNz1xP4mK7vLc2dBh6sJ9eY0oD4fQ@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics question (telephone dial-in, documents in advance) from registered participants; mentions "
              "'la discussion ouverte' but proposes no speaker; bilingual French/Arabic signature."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
