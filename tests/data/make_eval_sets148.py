#!/usr/bin/env python3
"""Write the blind evaluation set holdout148 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets148.py
Theme: minorities and statelessness (Bidoon networks, birth registration and legal identity, Kurdish
(Feyli, Syrian ajanib), Amazigh, Nubian and Dom communities, legal clinics on nationality law).
Helpers copied from make_eval_sets144.py.
"""
import datetime as dt
from email.message import Message

from mailgen import EvalSet, DOCX, POL, addr, at, attach, b_word, esc, flowed, hdr, html_wrap, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rfc2231_cont, rfcdate, sp, std_rows, text2html, top, tz

SET = EvalSet(148)
add = SET.add


INVITE_ID = "<INV-2021-01-26-AR.0001@gcmrrarabstates.iom.int>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 09:41:12")
    sent = tz(when - dt.timedelta(seconds=3), 3)
    text = """شكراً لرسالتكم.

أنا في إجازة حتى يوم الخميس 4 فبراير 2021 ولن أتمكن من الاطلاع على البريد الإلكتروني بانتظام.
لقضايا الجنسية والوثائق المدنية العاجلة يرجى التواصل مع مكتب المحاماة على الرقم 22456789 965+.

Thank you for your email. I am on leave until Thursday 4 February 2021 with limited access to email.

المحامي فيصل المطيري
"""
    html = '<div dir="rtl" style="font-family:Tahoma">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "_000_KW2PR01MB3301D1E2F3A4B5C6_")
    rows = std_rows(when, "mail-kw2pr01.outbound.protection.example.com", "40.107.140.33", "4DQ7b02kXqz5",
                    addr("فيصل المطيري", "f.mutairi@mutairi-law.example.com.kw"),
                    re_hdr("", "رد تلقائي: دعوة: المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية"),
                    rfcdate(sent), "<auto.KW2PR01MB3301.0c4f@mutairi-law.example.com.kw>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "f.mutairi@mutairi-law.example.com.kw")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("In-Reply-To", INVITE_ID))
    rows.append(("Content-Language", "ar-KW"))
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office reply (Arabic + English) of a Kuwaiti nationality lawyer to the invitation: "
              "Auto-Submitted, null Return-Path; mentions a date in February and a phone number, nothing submitted."))


M02_ID = "<CAJ8tZq4mW1r0e7XnQp5LkD9aVb3HsYc2uFg6NiO@mail.gmail.example.com>"


def m02():
    when = at("2021-01-29 16:22:05")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Suite à votre invitation à l'Examen régional du Pacte mondial pour les migrations dans la région arabe, l'Association Tiwizi pour les droits culturels amazighs (ATDCA) a l'honneur de vous proposer l'intervenant suivant :

Nom : Lahcen Oubaha
Fonction : Chargé de plaidoyer
Organisation : Association Tiwizi pour les droits culturels amazighs (ATDCA)
Rôle souhaité : intervention lors de la table ronde thématique n° 1

M. Oubaha suit depuis plusieurs années les dossiers de refus d'inscription de prénoms amazighs à l'état civil, ainsi que la situation des familles amazighes de retour de Libye dont les enfants n'ont pas d'acte de naissance.

Nous restons à votre disposition.

Cordialement,

Malika Aït Ouzzine
Présidente – ATDCA
Agadir, Maroc
Tél. : +212 6 61 23 45 67
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000a3c41f05ba0d77e1")
    m = mk(when, sent, "mail-wm1-f52.google.example.com", "209.85.128.52", "4DS1nF3pQ0z8",
           addr("Malika Aït Ouzzine", "atdca.agadir@gmail.example.com", enc="Q"),
           "Proposition d'intervenant - ATDCA - Examen régional PMM", M02_ID, body)
    m.replace_header("Subject", hdr("Proposition d'intervenant - ATDCA - Examen régional PMM", enc="Q"))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Lahcen Oubaha", "Chargé de plaidoyer", "Association Tiwizi pour les droits culturels amazighs (ATDCA)",
           ["roundtable"], 1)],
        notes="labelled French lines ('Nom :'); the sender (the president) is not the speaker; 'table ronde thématique "
              "n° 1'. The speaker is replaced later (h148-10)."))


def m03():
    when = at("2021-02-01 20:14:33")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """السلام عليكم ورحمة الله وبركاته
حياكم الله،

بالإشارة إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي للهجرة، يسعدنا في الشبكة الخليجية لعديمي الجنسية (البدون) أن نرشح الأخوة التالية أسماؤهم للمشاركة بالحديث:

١- الاسم: عبدالله فهد العنزي
الصفة: منسق الشبكة
الجهة: الشبكة الخليجية لعديمي الجنسية (البدون)
المشاركة: المناقشة المفتوحة في التشاور يوم ٢٣ فبراير

٢- الاسم: د. نورة سالم الظفيري
الصفة: أستاذة مساعدة في القانون العام
الجهة: كلية الحقوق - جامعة الخليج
المشاركة: مداخلة في الطاولة المستديرة الثالثة

ملاحظة: الأخ عبدالله ما عنده جواز سفر ولا بطاقة مدنية، فنتمنى تكون المشاركة أونلاين بدون اشتراط وثيقة هوية للتسجيل.

وتقبلوا خالص التحية،
أبو فهد
الشبكة الخليجية لعديمي الجنسية
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "0000000000005f8e2a05ba3b19c4")
    m = mk(when, sent, "mail-lj1-f170.google.example.com", "209.85.208.170", "4DTxW55sRbz1",
           addr("الشبكة الخليجية لعديمي الجنسية", "gulf.stateless.net@gmail.example.com"),
           re_hdr("", "ترشيح متحدثين - المراجعة الإقليمية للاتفاق العالمي للهجرة"),
           "<CAF3kP0nQx7wLr2VtY9sMb4cHe1DjZ6uAi8GoRf5@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالله فهد العنزي", "منسق الشبكة", "الشبكة الخليجية لعديمي الجنسية (البدون)", ["open_discussion"]),
        sp("نورة سالم الظفيري", "أستاذة مساعدة في القانون العام", "كلية الحقوق - جامعة الخليج", ["roundtable"], 3)],
        notes="two speakers on labelled Arabic lines with Arabic-Indic numbering; 'د.' is an honorific; Gulf dialect "
              "note about a stateless speaker without ID papers; signed with a kunya ('أبو فهد'), sender not a speaker; "
              "roundtable as an ordinal word ('الثالثة'); the From display name (the network) "
              "spans two RFC 2047 encoded-words: policy.default leaves a stray space ('ال جنسية')."))


def m04():
    when = at("2021-02-02 08:03:51")
    d = when.astimezone(dt.timezone(dt.timedelta(hours=1)))
    text = """This is the mail system at host mx.hawiyya-legal.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.kassab@hawiyya-legal.example.org>: host
    mail.hawiyya-legal.example.org[10.20.0.12] said: 552 5.2.2 Mailbox full:
    quota exceeded (in reply to end of DATA command)
"""
    dsn = ("Reporting-MTA: dns; mx.hawiyya-legal.example.org\n"
           "X-Postfix-Queue-ID: 8C1F24A0E3\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; r.kassab@hawiyya-legal.example.org\n"
           "Original-Recipient: rfc822;r.kassab@hawiyya-legal.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mail.hawiyya-legal.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded\n" % rfcdate(d - dt.timedelta(seconds=2)))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: undisclosed-recipients:;\n"
            "Subject: Reminder: speaker requests for the GCM Regional Review are due Friday 5 February 2021\n"
            "Date: %s\n"
            "Message-ID: <REM-2021-02-02-EN.0007@gcmrrarabstates.iom.int>\n"
            "Precedence: bulk\n" % rfcdate(when - dt.timedelta(minutes=3)))
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    p1["Content-Description"] = "Notification"
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    p3["Content-Description"] = "Undelivered Message Headers"
    body = multi("report", [p1, p2, p3], "8C1F24A0E3.1612249431/mx.hawiyya-legal.example.org",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = std_rows(when, "mx.hawiyya-legal.example.org", "185.12.64.90", "4DTJ0r1Gxmz4",
                    "Mail Delivery System <MAILER-DAEMON@mx.hawiyya-legal.example.org>",
                    "Undelivered Mail Returned to Sender", rfcdate(d),
                    "<20210202070351.8C1F24A0E3@mx.hawiyya-legal.example.org>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(4, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report, delivery-status), 5.2.2 mailbox full, for the secretariat's reminder "
              "mailing; the returned headers mention the speaker deadline. Never acknowledge."))


def m05():
    when = at("2021-02-02 13:07:40")
    sent = when - dt.timedelta(seconds=5)
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear GCM Regional Review Secretariat,</p>
<p>On behalf of the <b>Arab Coalition on Statelessness and Legal Identity (ACSLI)</b>, a network of 14 organisations working with stateless persons and people at risk of statelessness in the region, I would like to propose two speakers from our member organisations for the conference on 24-25 February:</p>
<ul>
<li><b>Maryam Al-Shammari</b>, Co-founder and Director, Kuwaiti Bidoon Women&#39;s Initiative (KBWI) &ndash; floor intervention in the <u>plenary session</u>. Maryam is herself Bidoon and has documented the impact of the lack of civil documents on marriage, birth registration and access to school.</li>
<li><b>Rawand Hassan</b>, Legal Researcher, Syrian Kurdish Nationality Rights Project (SKNRP) &ndash; intervention in <u>thematic roundtable 4</u>. Rawand works on the situation of the <i>ajanib</i> and <i>maktoumeen</i> Kurds and their children born in displacement.</li>
</ul>
<p>Both can speak in Arabic or English. Could you kindly confirm whether interpretation into Kurdish (Kurmanji) could be arranged for one community member who would follow the sessions? If not, no problem.</p>
<p>Kind regards,</p>
<p>Hind Karam<br>
Regional Coordinator<br>
Arab Coalition on Statelessness and Legal Identity (ACSLI)<br>
Beirut | <a href="https://acsli.example.org">acsli.example.org</a></p>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "mail.acsli.example.org", "91.208.44.17", "4DTR4x6Wc2z3",
           "Hind Karam <coordination@acsli.example.org>", "ACSLI nominations - plenary & roundtable 4",
           "<5f2e9a1c-77b0-4c1e-9d2a-acsli.0202.1307@acsli.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maryam Al-Shammari", "Co-founder and Director", "Kuwaiti Bidoon Women's Initiative (KBWI)", ["plenary"]),
        sp("Rawand Hassan", "Legal Researcher", "Syrian Kurdish Nationality Rights Project (SKNRP)", ["roundtable"], 4)],
        notes="HTML-only (no text/plain); a regional coalition nominates two speakers from member organisations: "
              "affiliation is the member organisation, not the coalition; the coordinator who signs is not a speaker; "
              "apostrophe as an HTML entity (&#39;); also asks about Kurmanji interpretation (no separate category)."))


def m06():
    when = at("2021-02-03 10:48:19")
    sent = when - dt.timedelta(seconds=2)
    text = """Hello

My name is Ali, I am Bidoon from Iraq (from Basra originally) living in Amman since 2014. I saw the invitation on facebook page of a friend.

I have two questions please:

1. To attend the online consultation on 23 feb do I need to show passport or national ID when registering? I dont have any, only UNHCR paper.

2. We are a small group of stateless young people ("Bila Hawiya" youth group) but we are not registered as NGO because you cant register an association without nationality. Can we still send a report or only registered organisations?

Thank you and sorry for my english

Ali
Sent from my Huawei phone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-pj1-f66.google.example.com", "209.85.216.66", "4DVBt92TnKz6",
           "Ali Basri <ali.basri.2014@gmail.example.com>", "question",
           "<CAKp9sWn3Xy2Qe5Rt8Uv1Lm4Zo7Ab0Cd6Ef9Gh2@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions from a stateless individual (registration without ID, can an unregistered group submit a "
              "report): mentions the consultation and reports but submits nothing and proposes no speaker; "
              "non-native English, one-word subject."))


def m07():
    when = at("2021-02-03 14:30:02")
    sent = when - dt.timedelta(seconds=4)
    text = """حضرات السادة في أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

بتوجيه من عميد كلية الحقوق والعلوم السياسية، وبالإشارة إلى دعوتكم المؤرخة في 26 كانون الثاني 2021، يسرّنا أن نرشّح الأستاذة ريم جمال الدين، مديرة العيادة القانونية لقضايا الجنسية والهوية القانونية في كلية الحقوق والعلوم السياسية - جامعة المشرق، للقيام بدور المقرِّر الذي يقدّم الرسائل الرئيسية لأصحاب المصلحة.

تعمل العيادة منذ عام 2016 مع مكتومي القيد وأبناء الأمهات اللبنانيات المتزوجات من أجانب، وقد قدّمت المساعدة القانونية لأكثر من 900 حالة تسجيل ولادات متأخر.

نرجو التفضل بإبلاغنا بالخطوات التالية على هذا العنوان، مع نسخة إلى الأستاذة جمال الدين.

وتفضلوا بقبول فائق الاحترام،

سمر حداد
أمانة سر العمادة
كلية الحقوق والعلوم السياسية - جامعة المشرق
هاتف: 01 612 345 961+ (داخلي 214)
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            '</head><body lang="AR-LB" dir="rtl"><div class="WordSection1">'
            + "".join('<p class="MsoNormal" dir="rtl">%s</p>' % (esc(l) if l.strip() else "&nbsp;")
                      for l in text.split("\n")) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "----=_NextPart_000_0017_01D6FA2B.8E3C4D10")
    m = mk(when, sent, "mail.mashreq-univ.example.edu.lb", "194.126.10.33", "4DVKf01zPgz9",
           addr("أمانة سر العمادة - كلية الحقوق", "law.deanoffice@mashreq-univ.example.edu.lb", "windows-1256"),
           hdr("ترشيح مقرِّر - المراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256"),
           "<000f01d6fa1a$7d2b8e40$7782aac0$@mashreq-univ.example.edu.lb>", body,
           cc="r.jamaleddine@mashreq-univ.example.edu.lb",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbmRk0aJ3m5c0pQTnqIpGx2vR8fQw==")])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم جمال الدين", "مديرة العيادة القانونية لقضايا الجنسية والهوية القانونية",
           "كلية الحقوق والعلوم السياسية - جامعة المشرق", ["rapporteur"])],
        notes="sent on behalf of the dean by the dean's office secretary (not the speaker); speaker in formal prose "
              "with 'الأستاذة' as honorific; the legal clinic is part of the title, the faculty/university is the "
              "affiliation; windows-1256 Outlook; speaker in Cc."))


M08_ID = "<CAM5hT2yVq8Wn1Rk4Lp7Zs0Xb3Cd6Ef9Gj2Hk5L@mail.gmail.example.com>"


def m08():
    when = at("2021-02-04 11:15:27")
    sent = tz(when - dt.timedelta(seconds=7), 3)
    text = """الإخوة والأخوات في فريق المراجعة الإقليمية المحترمين،

تحية طيبة،

نرفق لكم طيّه التقرير الطوعي لمنظمة الكرد الفيليين لحقوق الإنسان والمواطنة حول أوضاع الكرد الفيليين في العراق، وبالأخص ملف استعادة الجنسية ووثائق الأحوال المدنية للعائلات التي هُجّرت وأُسقطت عنها الجنسية بموجب القرار 666 لسنة 1980، وأوضاع أبنائهم المولودين في إيران ممن لا يحملون أي وثيقة.

كما نود أن نطلب المشاركة بمداخلة في الطاولة المستديرة رقم ٢، ويمثلنا فيها:
حيدر كاظم الفيلي - رئيس المنظمة

مع وافر الشكر والتقدير،
حيدر كاظم الفيلي
رئيس منظمة الكرد الفيليين لحقوق الإنسان والمواطنة
بغداد - شارع فلسطين
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    pdf = make_pdf(["Feyli Kurds Organisation for Human Rights and Citizenship - Baghdad",
                    "Voluntary GCM review report 2021", "Restoration of nationality and civil documentation"])
    fname = "تقرير منظمة الكرد الفيليين - الاتفاق العالمي للهجرة.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")], "0000000000001b7c3e05ba81d204"),
                           attach("application/pdf", pdf, fname)], "0000000000001b7c4005ba81d206")
    m = mk(when, sent, "mail-ed1-f68.google.example.com", "209.85.208.68", "4DW2sL0m8Hz3",
           addr("حيدر الفيلي", "feyli.rights.org@gmail.example.com"),
           re_hdr("", "التقرير الطوعي + طلب مداخلة - منظمة الكرد الفيليين"), M08_ID, body)
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حيدر كاظم الفيلي", "رئيس المنظمة", "منظمة الكرد الفيليين لحقوق الإنسان والمواطنة", ["roundtable"], 2)],
        report_attachments=[fname],
        notes="both, on time: report PDF (Arabic RFC 2231/2047 name) and a speaker request for roundtable 'رقم ٢' "
              "(Arabic-Indic digit); the sender proposes himself; title given as 'رئيس المنظمة' in the body, the full "
              "organisation name is in the signature ('رئيس منظمة ...')."))


def m09():
    when = at("2021-02-04 17:52:10")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Bonjour,

Veuillez trouver ci-dessous le formulaire de demande d'intervention de notre clinique juridique, rempli pour nos deux intervenants (je le colle dans le corps du message, la pièce jointe ne passait pas depuis le serveur de la faculté).

--------------------------------------------------
FORMULAIRE - DEMANDE D'INTERVENTION
Examen régional du PMM - région arabe
--------------------------------------------------
Intervenant 1
Nom et prénom : Pr. Hafedh Ben Romdhane
Qualité : Professeur de droit international privé, directeur de la clinique
Organisme : Clinique juridique « Droit à la nationalité » - Faculté des sciences juridiques, politiques et sociales de Tunis
Type d'intervention : [ ] Discussion ouverte (23/02)  [ ] Rapporteur  [X] Plénière  [ ] Table ronde n° ...

Intervenant 2
Nom et prénom : Mme Emna Jlassi
Qualité : Juriste, coordinatrice des permanences juridiques
Organisme : idem
Type d'intervention : [ ] Discussion ouverte (23/02)  [X] Rapporteur  [ ] Plénière  [ ] Table ronde n° ...
--------------------------------------------------

Nos permanences accompagnent notamment des enfants nés en Tunisie de parents migrants ou apatrides, qui ne peuvent obtenir ni acte de naissance ni nationalité.

Bien cordialement,

Emna Jlassi
Clinique juridique « Droit à la nationalité »
FSJPST - Université de Carthage
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.fsjpst.example.tn", "197.14.52.9", "4DWCgQ7y1Lz0",
           "Emna Jlassi <emna.jlassi@fsjpst.example.tn>",
           hdr("Demande d'intervention - Clinique juridique Droit à la nationalité (2 intervenants)", enc="Q"),
           "<7b1c2e4f-3a9d-8e21-c0f5-2d6a1b9e4c73@fsjpst.example.tn>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    aff = ("Clinique juridique « Droit à la nationalité » - Faculté des sciences juridiques, politiques et sociales "
           "de Tunis")
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hafedh Ben Romdhane", "Professeur de droit international privé, directeur de la clinique", aff, ["plenary"]),
        sp("Emna Jlassi", "Juriste, coordinatrice des permanences juridiques", aff, ["rapporteur"])],
        notes="pasted form with checkboxes ([X] marks the chosen role, unchecked boxes list every role); 'Pr.' and "
              "'Mme' are honorifics; second speaker's organisation is 'idem' (same as the first); the sender is the "
              "second speaker; Thunderbird format=flowed 8bit."))


def m10():
    when = at("2021-02-05 09:05:44")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonjour,

Un petit changement concernant notre proposition ci-dessous : M. Oubaha a un empêchement (audience au tribunal de première instance le 24 février) et ne pourra pas intervenir.

Nous proposons à sa place Mme Fadma Aït Bella, juriste, responsable de la cellule d'appui à l'état civil de l'association, pour la même table ronde.

Merci de bien vouloir en prendre note et désolée pour ce changement de dernière minute.

Malika Aït Ouzzine
Présidente – ATDCA

Le ven. 29 janv. 2021 à 15:22, Malika Aït Ouzzine <atdca.agadir@gmail.example.com> a écrit :
> Madame, Monsieur,
>
> Suite à votre invitation à l'Examen régional du Pacte mondial pour les migrations dans la région arabe,
> l'Association Tiwizi pour les droits culturels amazighs (ATDCA) a l'honneur de vous proposer l'intervenant suivant :
>
> Nom : Lahcen Oubaha
> Fonction : Chargé de plaidoyer
> Organisation : Association Tiwizi pour les droits culturels amazighs (ATDCA)
> Rôle souhaité : intervention lors de la table ronde thématique n° 1
>
> Cordialement,
>
> Malika Aït Ouzzine
> Présidente – ATDCA
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000c9d02205ba9a61f3")
    m = mk(when, sent, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DWZ2k9TfGz4",
           addr("Malika Aït Ouzzine", "atdca.agadir@gmail.example.com", enc="Q"),
           hdr("Re: Proposition d'intervenant - ATDCA - Examen régional PMM", enc="Q"),
           "<CAJ8tZq7bN4e2Wr5XkQ8LpD1aVc6HsYd9uFh3NjP@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of="h148-02.eml", speakers=[
            sp("Fadma Aït Bella", "Juriste, responsable de la cellule d'appui à l'état civil",
               "Association Tiwizi pour les droits culturels amazighs (ATDCA)", ["roundtable"], 1)],
        notes="replacement speaker in a reply (In-Reply-To h148-02); role and roundtable only by reference ('la même "
              "table ronde') and in the quoted original, which still carries the old speaker's labelled lines; "
              "affiliation by reference ('de l'association')."))


def m11():
    when = at("2021-02-05 15:38:00")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Madame, Monsieur,

P/O de la Présidente du Réseau algérien pour le droit à l'identité (RADI), j'ai l'honneur de vous transmettre ci-joint le rapport volontaire du réseau dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte sur l'enregistrement des naissances des enfants nés en Algérie de parents migrants en situation irrégulière, et sur les obstacles à l'établissement de l'état civil pour les enfants nés hors mariage.

Par ailleurs, notre Présidente, Dr Karima Meziane, souhaiterait prendre la parole lors d'une des séances plénières des 24 et 25 février.

Je vous prie d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Sofiane Hamidouche
Assistant administratif
Réseau algérien pour le droit à l'identité (RADI)
Tizi Ouzou – Algérie
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            '<body lang="FR"><div class="WordSection1">' + text2html(text) + '</div></body></html>\n')
    pdf = make_pdf(["Reseau algerien pour le droit a l'identite (RADI)",
                    "Rapport volontaire - Examen regional du PMM - fevrier 2021"])
    fname = "RADI - Rapport volontaire PMM 2021.pdf"
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text.replace("–", "-"), "iso-8859-1"),
                              leaf("text/html", html.replace("–", "&ndash;"), "iso-8859-1")],
              "_000_PR3P192MB0714C2B1A0F9E8D7PR3P192MB0714EURP_"),
        attach("application/pdf", pdf, fname)], "_004_PR3P192MB0714C2B1A0F9E8D7PR3P192MB0714EURP_")
    m = mk(when, sent, "mail-pr3eur01.outbound.protection.example.com", "40.107.13.58", "4DWlH73cRxz2",
           "RADI Secretariat <secretariat@radi-dz.example.org>",
           hdr("Rapport volontaire RADI + demande d'intervention (plénière)", "iso-8859-1", "Q"),
           "<PR3P192MB0714C2B1A0F9E8D7@PR3P192MB0714.EURP192.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")])
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karima Meziane", "Présidente", "Réseau algérien pour le droit à l'identité (RADI)", ["plenary"])],
        report_attachments=[fname],
        notes="both, on time (5 Feb, speaker deadline day); sent 'P/O' (on behalf of) the president by an "
              "administrative assistant: the speaker is the president ('Dr' honorific), not the signer; ISO-8859-1 "
              "Outlook; attachment name with spaces."))


def m12():
    when = at("2021-02-05 23:51:30")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """Dear colleagues,

Apologies for the very late hour. I would like to request to take part in the open discussion of the multi-stakeholder consultation on 23 February.

Our clinic has helped around 1,200 returnee families in Ninewa and Duhok obtain civil IDs and birth certificates for children born under ISIL control, many of whom remain at risk of statelessness. I think this perspective is still missing from the discussions.

Thank you,

Shilan

--
Shilan Rasheed Ahmed
Supervising Attorney
Civil Documentation & Nationality Legal Clinic (CDNLC)
Duhok, Kurdistan Region of Iraq
+964 750 123 4567

Sent from my Samsung Galaxy smartphone.
"""
    html = '<div dir="auto">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "--_com.samsung.android.email_98215730129384")
    m = mk(when, sent, "mail-qt1-f195.google.example.com", "209.85.160.195", "4DX0Nq2ZyVz5",
           "Shilan Ahmed <shilan.cdnlc@gmail.example.com>", "Request - open discussion 23 Feb",
           "<e9k2l4m6n8p0q2r4.shilan.20210206005125@email.android.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Shilan Rasheed Ahmed", "Supervising Attorney", "Civil Documentation & Nationality Legal Clinic (CDNLC)",
           ["open_discussion"])],
        notes="deadline edge: Date header 'Sat, 6 Feb 2021 00:51 +0300' (Iraq) looks late but it was received at "
              "23:51:30 on 5 Feb Beirut time: ON TIME; the speaker's full name, title and organisation are only in the "
              "signature (body signed with the first name only); sent from a phone."))


def m13():
    when = at("2021-02-06 00:20:09")
    sent = tz(when - dt.timedelta(seconds=4), 0)
    text = """Dear GCM Regional Review team,

I am writing on behalf of the Dom community committee in Beirut, with whom I have worked as a researcher for several years. Mr. Mahmoud Abu Diab, Chair of the Dom Community Committee - Beirut (Tal Abbas), would like to make a floor intervention in the plenary session on 24 or 25 February.

The Dom ("Nawar") are among the most marginalised communities in Lebanon and Syria; many Dom families are stateless or lack birth registration, and they are almost never heard in regional processes. Mr. Abu Diab speaks Arabic (and Domari); I would be happy to help with any logistics. He does not have a regular email account, so please copy me on all correspondence.

I hope it is not too late - it is still the 5th here in London!

Best wishes,
Catherine

Dr Catherine Hale
Research Fellow, Centre for Migration and Minority Studies
(writing in a personal capacity)
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "mail-wr1-f45.google.example.com", "209.85.221.45", "4DX1t86bMkz0",
           "Catherine Hale <c.hale.research@gmail.example.com>", "Speaker request - Dom community (plenary)",
           "<CAHq2Lm8Nb5Vc1Xz4Ws7Ed0Rf3Tg6Yh9Uj2Ik5O@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Mahmoud Abu Diab", "Chair", "Dom Community Committee - Beirut", ["plenary"])],
        notes="LATE: Date 'Fri, 5 Feb 2021 22:20 +0000' and 'it is still the 5th here in London', but received at "
              "00:20 on 6 Feb Beirut time; sent on behalf of the speaker by a researcher (not a speaker, her own "
              "title and centre in the signature); speaker title and organisation in one prose phrase ('Chair of the Dom "
              "Community Committee - Beirut (Tal Abbas)'), district in brackets not part of the name; 'Mr.' dropped; replies should copy the sender."))


def m14():
    when = at("2021-02-08 10:12:00")
    sent = tz(when - dt.timedelta(seconds=8), 0)
    text = """Madame, Monsieur,

Au nom des quatre associations membres du Collectif pour l'enrôlement et l'état civil en Mauritanie (CEEM), nous avons l'honneur de vous transmettre en pièce jointe notre rapport volontaire collectif au titre de l'Examen régional du Pacte mondial sur les migrations.

Le rapport traite principalement :
- de l'accès à l'enrôlement biométrique des rapatriés du Sénégal et du Mali et de leurs enfants ;
- des enfants sans acte de naissance dans les wilayas du Sud et du risque d'apatridie qui en découle ;
- des recommandations aux autorités et aux partenaires.

Nous vous en souhaitons bonne réception.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Aminata Sow
Secrétaire exécutive
Collectif pour l'enrôlement et l'état civil en Mauritanie (CEEM)
Nouakchott
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR">' + text2html(text) + '</body></html>\n')
    docx = make_docx(["Collectif pour l'enrôlement et l'état civil en Mauritanie (CEEM)",
                      "Rapport volontaire collectif – Examen régional du PMM", "Février 2021",
                      "1. Contexte", "2. Enrôlement des rapatriés", "3. Enfants sans acte de naissance",
                      "4. Recommandations"])
    fname = "Rapport_volontaire_collectif_CEEM_état_civil_apatridie.docx"
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(fname))])
    att["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname, 40))
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_AM0P190MB0458A7B6C5D4E3F2AM0P190MB0458EURP_"), att],
                 "_004_AM0P190MB0458A7B6C5D4E3F2AM0P190MB0458EURP_")
    m = mk(when, sent, "mail-am0eur02.outbound.protection.example.com", "40.107.12.77", "4DYjx35qBfz7",
           "Aminata Sow <a.sow@ceem-mr.example.org>", "Rapport volontaire collectif - CEEM (Mauritanie)",
           "<AM0P190MB0458A7B6C5D4E3F2@AM0P190MB0458.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")])
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of four associations; DOCX name with 'é' as RFC 2231 continuations "
              "(filename*0*/filename*1*...) and an RFC 2047 'name' parameter; signer not a speaker."))


M15_ID = "<CAPn6Rz1Qw4Ex7Tc0Vb3Nm6Kl9Jh2Gf5Ds8Aa1S@mail.gmail.example.com>"


def m15():
    when = at("2021-02-08 13:40:00")
    sent = when - dt.timedelta(seconds=6)
    text = """السادة القائمين على المراجعة الإقليمية للاتفاق العالمي للهجرة،

تحية طيبة وبعد،

مرفق لسيادتكم التقرير الطوعي الخاص بجمعية أبناء النوبة للتنمية وحقوق الإنسان (أسوان)، ويتناول أوضاع النوبيين المهجّرين وأبنائهم، ومشاكل استخراج شهادات الميلاد وبطاقات الرقم القومي لكبار السن في القرى النوبية، وكذلك أوضاع العمالة النوبية المهاجرة إلى الخليج.

ومرفق أيضاً صورة من ورشة العمل التي عقدناها لإعداد التقرير مع الأهالي في نصر النوبة.

ولكم جزيل الشكر،
محمد عثمان جلال
أمين عام الجمعية
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    docx = make_docx(["جمعية أبناء النوبة للتنمية وحقوق الإنسان - أسوان", "التقرير الطوعي - المراجعة الإقليمية للاتفاق العالمي للهجرة",
                      "فبراير 2021"])
    fname = "تقرير جمعية أبناء النوبة - المراجعة الطوعية 2021.docx"
    photo = "ورشة نصر النوبة.png"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")], "000000000000f04d1105bad3e7a2"),
                           attach(DOCX, docx, fname), attach("image/png", make_png(16, 12, (180, 120, 60)), photo)],
                 "000000000000f04d1305bad3e7a4")
    m = mk(when, sent, "mail-wm1-f65.google.example.com", "209.85.128.65", "4DYqM81VwLz2",
           addr("جمعية أبناء النوبة", "nuba.sons.aswan@gmail.example.com"),
           re_hdr("", "التقرير الطوعي - جمعية أبناء النوبة"), M15_ID, body)
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Nubian association report (DOCX, Arabic file name); the second attachment is a workshop photo (PNG, "
              "Arabic name) mentioned in the body: not part of the report; From display name is the association."))


def m16():
    when = at("2021-02-09 19:05:00")
    sent = when - dt.timedelta(seconds=3)
    text = """مرحبا،

بعرف إنو الموعد حسب الرسالة الإنجليزية كان ٥ شباط، بس بالرسالة العربية مكتوب الجمعة ٢٣ شباط، فحكينا إنو لسا في وقت. إذا في مجال نتمنى تقبلوا طلبنا، نحنا أول مرة بنشارك بشي متل هيك.

هاي الاستمارة اللي عبيناها:

استمارة طلب مداخلة
الاسم الكامل: سهام محمود عيسى
الصفة: رئيسة الجمعية
المؤسسة: جمعية نساء الدوم للتنمية - عمّان
نوع المشاركة: مداخلة في الجلسة العامة
لغة المداخلة: عربي

مجتمع الدوم بالأردن كتير منه ما عنده أوراق ثبوتية، وولادنا كتير منهم مش مسجلين، وبدنا صوتنا يوصل.

شكراً كتير
رامي - متطوع بالجمعية
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "00000000000033e9a105baf1b4c8")
    m = mk(when, sent, "mail-pf1-f176.google.example.com", "209.85.210.176", "4DZT8c6HnQz9",
           "Rami Eissa <rami.eissa.dom@gmail.example.com>", re_hdr("", "طلب مداخلة - جمعية نساء الدوم"),
           "<CAQw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6N@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سهام محمود عيسى", "رئيسة الجمعية", "جمعية نساء الدوم للتنمية - عمّان", ["plenary"])],
        notes="LATE (9 Feb): the sender relies on the misprinted Arabic deadline ('الجمعة ٢٣ شباط'), but the English/French "
              "date (5 Feb) stands; Levantine colloquial; pasted form; sent by a volunteer (not the speaker), "
              "English From display name."))


M17_ID = "<DB7PR02MB4571E3F8A9B0C1D2@DB7PR02MB4571.eurprd02.prod.outlook.example.com>"
ACK17_ID = "<ACK-20210210-0231.en@gcmrrarabstates.iom.int>"


def m17():
    when = at("2021-02-10 11:26:00")
    sent = when - dt.timedelta(seconds=5)
    text = """Dear colleagues,

On behalf of the ACSLI Secretariat, please find attached the collective voluntary GCM review report of the Arab Coalition on Statelessness and Legal Identity (ACSLI), endorsed by 11 of our 14 member organisations, together with Annex 1 (list of endorsing organisations and methodology).

The report focuses on GCM Objective 4 (legal identity and adequate documentation) and covers Bidoon communities in the Gulf, stateless Kurds in Syria, children born without registration in Iraq and Lebanon, and Dom communities.

We would be grateful if you could confirm receipt.

Best regards,

Hind Karam
Regional Coordinator
Arab Coalition on Statelessness and Legal Identity (ACSLI)
[cid:image001.png@01D6FF9A.2C4B1E60]
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1">' + text2html(text.replace("[cid:image001.png@01D6FF9A.2C4B1E60]\n", ""))
            + '<p><img width="120" height="40" src="cid:image001.png@01D6FF9A.2C4B1E60" alt="ACSLI logo"></p>'
            '</div></body></html>\n')
    logo = leaf("image/png", make_png(12, 4, (20, 70, 120)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FF9A.2C4B1E60>")])
    rep = make_pdf(["Arab Coalition on Statelessness and Legal Identity (ACSLI)",
                    "Collective Voluntary GCM Review Report 2021", "Objective 4: legal identity"])
    annex = make_docx(["ACSLI - Annex 1", "Endorsing organisations (11)", "Methodology"])
    f1, f2 = "ACSLI_Collective_GCM_Review_Report_2021.pdf", "Annex 1 - Endorsing organisations and methodology.docx"
    body = multi("mixed", [
        multi("related", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                "_000_DB7PR02MB4571E3F8A9B0C1D2DB7PR02MB4571eurp_"), logo],
              "_005_DB7PR02MB4571E3F8A9B0C1D2DB7PR02MB4571eurp_", params=[("type", '"multipart/alternative"')]),
        attach("application/pdf", rep, f1), attach(DOCX, annex, f2)],
        "_006_DB7PR02MB4571E3F8A9B0C1D2DB7PR02MB4571eurp_")
    m = mk(when, sent, "mail-db7eur02.outbound.protection.example.com", "40.107.3.120", "4DZrQ14pXcz6",
           "Hind Karam <coordination@acsli.example.org>", "ACSLI collective voluntary report + Annex 1",
           M17_ID, body, extra=[("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes"),
                                ("X-Mailer", "Microsoft Outlook 16.0")])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="collective report = main PDF + DOCX annex (both part of the report); Outlook mixed > related > "
              "alternative with an inline logo image001.png (not part of the report); same sender as the speaker "
              "nominations h148-05 but a separate submission."))


def m18():
    when = at("2021-02-10 15:02:00")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Objet : Demande d'information – modalités de soumission des rapports volontaires

Dans le cadre de la préparation de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, la Commission régionale des droits de l'Homme de Souss-Massa souhaiterait obtenir les précisions suivantes :

1. Une institution nationale des droits de l'Homme (ou l'une de ses commissions régionales) peut-elle soumettre un rapport volontaire, ou cette possibilité est-elle réservée aux organisations de la société civile ?
2. Un rapport rédigé en partie en tamazight (avec résumé en français) est-il recevable ?
3. Existe-t-il un nombre maximal de pages ?

Nous vous remercions par avance de votre retour et vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Le Chef de la Division de la promotion des droits culturels
Commission régionale des droits de l'Homme – Souss-Massa
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Times New Roman;font-size:12pt">' + text2html(text) + '</div></body></html>\n')
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "=_alternative 004F3A21C1258676_=")
    m = mk(when, sent, "smtp.crdh-sm.example.ma", "196.217.40.12", "4DZz6b3HkJz1",
           hdr("Division promotion droits culturels - CRDH Souss-Massa", enc="Q").encode() + " <dpdc@crdh-sm.example.ma>",
           hdr("Demande d'information – modalités de soumission des rapports volontaires", enc="Q"),
           "<OF4A2B6C1D.8E3F5A70-ONC1258676.004F3A21@crdh-sm.example.ma>", body,
           extra=[("X-Mailer", "IBM Notes Release 9.0.1FP10 February 20, 2018")])
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="administrative French questions about eligibility, Tamazight and length of voluntary reports: keyword-"
              "heavy ('rapport volontaire', 'soumettre') but nothing submitted; signed with a function, no personal "
              "name; IBM Notes client."))


def m19():
    when = at("2021-02-11 09:33:00")
    sent = when - dt.timedelta(seconds=3)
    text = """صباح الخير،

نرجو التكرم بتأكيد استلام التقرير الطوعي الذي أرسلناه يوم الاثنين الماضي، لأننا لم نتلقَّ أي رد حتى الآن، ونخشى أن يكون الملف لم يصل بسبب حجمه.

وشكراً،
محمد عثمان جلال
أمين عام جمعية أبناء النوبة للتنمية وحقوق الإنسان

في الاثنين، ٨ فبراير ٢٠٢١ في ١:٣٩ م، كتب جمعية أبناء النوبة <nuba.sons.aswan@gmail.example.com>:
> السادة القائمين على المراجعة الإقليمية للاتفاق العالمي للهجرة،
>
> تحية طيبة وبعد،
>
> مرفق لسيادتكم التقرير الطوعي الخاص بجمعية أبناء النوبة للتنمية وحقوق الإنسان (أسوان)، ويتناول
> أوضاع النوبيين المهجّرين وأبنائهم، ومشاكل استخراج شهادات الميلاد وبطاقات الرقم القومي لكبار السن
> في القرى النوبية، وكذلك أوضاع العمالة النوبية المهاجرة إلى الخليج.
>
> ولكم جزيل الشكر،
> محمد عثمان جلال
> أمين عام الجمعية
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "0000000000002a8f6c05bb0c3d91")
    m = mk(when, sent, "mail-wr1-f53.google.example.com", "209.85.221.53", "4Db9Kq2rWnz8",
           addr("جمعية أبناء النوبة", "nuba.sons.aswan@gmail.example.com"),
           re_hdr("Re: ", "التقرير الطوعي - جمعية أبناء النوبة"),
           "<CAPn6Rz8Kd1Ff4Gg7Hh0Jj3Kk6Ll9Mm2Nn5Pp8Q@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID)])
    add(19, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h148-15.eml",
        notes="'did you receive it?' follow-up to h148-15 (reply to own message, Gmail Arabic quote header with "
              "Arabic-Indic digits); no attachment re-sent, the quoted text describes the report: not a new submission."))


def m20():
    when = at("2021-02-12 12:18:00")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """Dear GCM Regional Review team,

Please find attached the voluntary report of the Iraq Legal Identity Coalition (ILIC) on civil documentation, birth registration and the risk of statelessness among IDPs and returnees in Iraq.

We are aware that the deadline for speaking requests has passed, but if any slot remains we would like to propose:

- Dr. Muntaha Jabbar, Coalition Coordinator, Iraq Legal Identity Coalition (ILIC): roundtable 2 (or roundtable 3 if 2 is full)
- Sarmad Khalaf, Field Lawyer, Al-Nahrain Legal Aid Centre: open discussion on 23 February

Many thanks for your understanding,

Zainab Al-Obaidi
Communications Officer, ILIC
Baghdad
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    pdf = make_pdf(["Iraq Legal Identity Coalition (ILIC)", "Voluntary GCM Review Report - February 2021",
                    "Civil documentation, birth registration and statelessness risk"])
    fname = "ILIC_Voluntary_Report_GCM_Feb2021.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "000000000000d1e47705bb2b9f10"),
                           attach("application/pdf", pdf, fname)], "000000000000d1e47905bb2b9f12")
    m = mk(when, sent, "mail-oi1-f180.google.example.com", "209.85.167.180", "4DbsT05mHqz3",
           "ILIC Iraq <iraq.legalidentity@gmail.example.com>", "ILIC voluntary report + late speaker proposal",
           "<CARt5Yu8Io1Pa4Sd7Fg0Hj3Kl6Zx9Cv2Bn5Mq8W@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Muntaha Jabbar", "Coalition Coordinator", "Iraq Legal Identity Coalition (ILIC)", ["roundtable"], 2),
        sp("Sarmad Khalaf", "Field Lawyer", "Al-Nahrain Legal Aid Centre", ["open_discussion"])],
        report_attachments=[fname],
        notes="both on 12 Feb: report part on time, speaker part late (the sender says so), hence on_time false; two "
              "speakers, the first with two roundtable choices (first choice 2); second speaker from another "
              "organisation; sender (communications officer) not a speaker."))


def m21():
    when = at("2021-02-12 16:44:00")
    sent = when - dt.timedelta(seconds=4)
    text = """Thank you very much for confirming receipt, much appreciated!

Best,
Hind

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 10, 2021 11:27 AM
To: Hind Karam <coordination@acsli.example.org>
Subject: Acknowledgement of receipt - ACSLI collective voluntary report + Annex 1

Dear Hind Karam,

Thank you for your submission to the Regional Review of the Global Compact for Migration in the Arab region. We confirm receipt of your voluntary GCM review report.

GCM Regional Review Secretariat
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + text2html(text) + '</body></html>\n')
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_DB7PR02MB4571F0A1B2C3D4E5DB7PR02MB4571eurp_")
    m = mk(when, sent, "mail-db7eur02.outbound.protection.example.com", "40.107.3.124", "4Dc0Vh7sLmz4",
           "Hind Karam <coordination@acsli.example.org>",
           "RE: Acknowledgement of receipt - ACSLI collective voluntary report + Annex 1",
           "<DB7PR02MB4571F0A1B2C3D4E5@DB7PR02MB4571.eurprd02.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ACK17_ID), ("References", M17_ID + " " + ACK17_ID),
                  ("X-Mailer", "Microsoft Outlook 16.0")])
    add(21, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h148-17.eml",
        notes="thank-you reply to our acknowledgement of h148-17 (adds nothing new): do not acknowledge; Outlook "
              "quote of the acknowledgement which itself mentions the voluntary report; References names h148-17."))


def m22():
    when = at("2021-02-15 18:20:00")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    inner = """<div style="font-family:Calibri,sans-serif">
<p>Bonjour,</p>
<p>Faute de pouvoir joindre un fichier depuis notre messagerie (limite de taille), voici le texte de notre rapport volontaire directement dans le corps du message.</p>
<hr>
<h2>Rapport volontaire – Association Mains Solidaires (Sfax, Tunisie)</h2>
<h3>Enregistrement des naissances des enfants de mères migrantes et risque d'apatridie</h3>
<h4>1. Contexte</h4>
<p>Depuis 2018, notre permanence sociale à Sfax a accompagné 214 femmes migrantes originaires d'Afrique subsaharienne ayant accouché en Tunisie. Près d'un tiers des enfants n'ont pas été déclarés à l'état civil dans les délais légaux.</p>
<h4>2. Obstacles constatés</h4>
<ul>
<li>crainte des mères en situation irrégulière de se présenter à la municipalité ;</li>
<li>exigence d'un acte de mariage ou d'un passeport valide ;</li>
<li>absence de représentation consulaire pour certaines nationalités ;</li>
<li>pénalités pour déclaration tardive et procédure judiciaire longue.</li>
</ul>
<h4>3. Lien avec le PMM</h4>
<p>Objectifs 4 (identité juridique), 7 (réduire les vulnérabilités) et 15 (accès aux services de base).</p>
<h4>4. Recommandations</h4>
<ol>
<li>Dissocier la déclaration de naissance du statut administratif des parents.</li>
<li>Supprimer les pénalités de déclaration tardive pour les enfants de migrants.</li>
<li>Former les officiers d'état civil et les sages-femmes des hôpitaux publics.</li>
</ol>
<hr>
<p>Bien cordialement,<br>
Ines Ben Amor<br>
Chargée de projets<br>
Association Mains Solidaires – Sfax</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "smtp.topnet.example.tn", "41.228.12.90", "4DfT3p0yWrz5",
           "Association Mains Solidaires <mains.solidaires.sfax@topnet.example.tn>",
           "Rapport volontaire PMM - Association Mains Solidaires (texte dans le message)",
           "<20210215172001.6F2A1C0B43@webmail.topnet.example.tn>", body,
           extra=[("User-Agent", "SquirrelMail/1.4.22")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="HTML-only message; the report is in the body (headings, lists), no attachment; the signer (project "
              "officer) is not a speaker; From display name is the association."))


def m23():
    when = at("2021-02-16 22:47:00")
    sent = tz(when - dt.timedelta(seconds=8), 3)
    text = "مرفق تقرير الشبكة\nمع الشكر\n\nSent from my iPhone"
    pdf = make_pdf(["Gulf Network for Stateless Persons (Bidoon)", "Voluntary GCM review report 2021"])
    fname = "تقرير الشبكة الخليجية لعديمي الجنسية.pdf"
    att = attach("application/pdf", pdf, fname, inline=True)
    body = multi("mixed", [leaf("text/plain", "مرفق تقرير الشبكة\nمع الشكر\n", cte="base64"), att,
                           leaf("text/plain", "\n\nSent from my iPhone", "us-ascii", "7bit")],
                 "Apple-Mail-4B1F2C3D-5E6F-4A70-8B91-C2D3E4F5A6B7")
    m = mk(when, sent, "mail-qk1-f172.google.example.com", "209.85.222.172", "4DgH6r2NpCz7",
           addr("الشبكة الخليجية لعديمي الجنسية", "gulf.stateless.net@gmail.example.com"),
           re_hdr("", "التقرير"), "<4E8C1A2B-6D3F-47A9-B0C5-E1F2A3B4C5D6@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    del text
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="iPhone: three words of Arabic, one-word subject 'التقرير', PDF with Content-Disposition inline "
              "(Arabic name) between two text parts; Date 'Tue, 16 Feb 2021 23:46 +0300' (Kuwait) is 22:47 Beirut: on "
              "time; same sender as the speaker request h148-03 but a new submission (not a follow-up); same "
              "two-encoded-word display name as h148-03."))


def m24():
    when = at("2021-02-17 08:55:00")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """Bonjour,

Veuillez trouver ci-joint, avec nos excuses pour ce léger retard (coupure de réseau hier soir dans la vallée), le rapport volontaire de l'association Adrar sur l'accès à l'état civil des femmes et enfants amazighs en milieu rural (mariages non enregistrés, naissances non déclarées dans les douars du Haut-Atlas).

Nous espérons qu'il pourra tout de même être pris en compte.

Bien à vous,

Hassan Id Belkacem
Coordinateur – Association Adrar pour l'identité et le développement rural
Imlil, Al Haouz

Envoyé de mon appareil Android
"""
    pdf = make_pdf(["Association Adrar pour l'identite et le developpement rural",
                    "Rapport volontaire - PMM - version finale"])
    fname = "Rapport ADRAR - PMM - version finale.pdf"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit"), attach("application/pdf", pdf, fname)],
                 "----4XJ2Q8ZK1N7RW0V3C5B9L6M2P4T8Y1H0")
    m = mk(when, sent, "mail-ej1-f49.google.example.com", "209.85.218.49", "4Dgd1N8qTvz2",
           "Hassan Id Belkacem <adrar.imlil@gmail.example.com>", "Rapport volontaire - Association Adrar",
           "<k7m2p9q4r1s8t3u6.hib.20210217075453@email.android.example.com>", body,
           extra=[("User-Agent", "K-9 Mail for Android")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (17 Feb 08:55 Beirut), the sender acknowledges the delay; Android K-9 plain text 8bit; "
              "attachment name with spaces."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
