#!/usr/bin/env python3
"""Write the blind evaluation set holdout159 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets159.py
Theme: journalists and digital actors (newsrooms, fact-checkers, podcasters, migrant-run media pages,
digital-rights groups, a press syndicate, communication officers of NGOs).
Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, html_wrap, leaf, make_docx, make_pdf, make_png,
                     mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz)

SET = EvalSet(159)
add = SET.add

INVITE_ID = "<INV-2021-01-26-EN.0003@gcmrrarabstates.iom.int>"


def m01():
    when = at("2021-01-27 10:15:44")
    sent = tz(when - dt.timedelta(seconds=2), 0)
    text = """Thanks for your message.

I'm currently on assignment with limited connectivity and will be back at the desk on 8 February. For anything urgent regarding the Migration Desk please write to desk@levantwire.example.com or call the newsroom on +44 20 7946 0321.

Kind regards,
Owen Farraj
Editor, Migration Desk | Levant Wire
"""
    html = "<div style=\"font-family:Calibri,sans-serif\">" + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_LO2P265MB3412A7C0E9D1F2B3LO2P265MB3412GBRP_")
    rows = std_rows(when, "mail-lo2gbr01.outbound.protection.example.com", "40.107.11.93", "4DQhR71mVbz2",
                    "Owen Farraj <o.farraj@levantwire.example.com>",
                    "Automatic reply: Invitation: Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(sent), "<LO2P265MB3412A7C0E9D1F2B3.auto@LO2P265MB3412.GBRP265.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "o.farraj@levantwire.example.com")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("In-Reply-To", INVITE_ID))
    rows.append(("Thread-Topic", "Invitation: Regional Review of the Global Compact for Migration in the Arab Region"))
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a news editor 'on assignment' to the invitation: Auto-Submitted, null "
              "Return-Path; signature names a title and outlet and a February date, but nothing is proposed."))


M02_ID = "<CAH2pLx9Qe4rTz7WnBv0Yk3Ms8Ud1Fg5Jc6Ra2Oi@mail.gmail.example.com>"


def m02():
    when = at("2021-02-01 11:20:09")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

إشارةً إلى كتابكم بشأن المراجعة الإقليمية في المنطقة العربية، تتشرف نقابة الصحفيين العرب المستقلين بترشيح الزميلين التاليين لأخذ الكلمة خلال أعمال المؤتمر يومي 24 و25 شباط/فبراير 2021:

أولاً: الزميل وسام جرجس حداد، أمين سر النقابة ورئيس لجنة الحريات الصحفية، لإلقاء مداخلة في الجلسة العامة حول التغطية الإعلامية لقضايا المهاجرين وخطاب الكراهية.

ثانياً: الزميلة ريم عبد الكريم المصري، عضو مجلس النقابة ومسؤولة ملف الصحفيين اللاجئين، للمشاركة في الطاولة المستديرة الموضوعية الثانية.

نرجو التكرم بإفادتنا بالتفاصيل التقنية للمشاركة عن بعد.

وتفضلوا بقبول فائق الاحترام،

نقيب الصحفيين
سمير يوسف الخوري
نقابة الصحفيين العرب المستقلين
بيروت - لبنان
"""
    html = '<div dir="rtl" style="font-family:Arial">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "000000000000b1c2d305ba6e21f4")
    m = mk(when, sent, "mail-wr1-f44.google.example.com", "209.85.221.44", "4DTk1c0wZnz3",
           addr("نقابة الصحفيين العرب المستقلين", "syndicate.iaj@gmail.example.com"),
           hdr("ترشيح متحدثين عن نقابة الصحفيين - المراجعة الإقليمية"), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وسام جرجس حداد", "أمين سر النقابة ورئيس لجنة الحريات الصحفية", "نقابة الصحفيين العرب المستقلين", ["plenary"]),
        sp("ريم عبد الكريم المصري", "عضو مجلس النقابة ومسؤولة ملف الصحفيين اللاجئين", "نقابة الصحفيين العرب المستقلين",
           ["roundtable"], 2)],
        notes="formal Arabic prose, two speakers of the press syndicate; 'الزميل/الزميلة' are forms of address, not "
              "part of the name; the head of the syndicate who signs is not a speaker; affiliation only in the sender "
              "line/signature; roundtable as an ordinal word ('الثانية'); Levantine month name 'شباط'. The second "
              "speaker is replaced later (h159-13). The From display name spans two RFC 2047 encoded-words: policy.default leaves a stray space inside a word."))


M03_ID = "<AM6PR08MB4213C5D0B1E9A7F3@AM6PR08MB4213.eurprd08.prod.outlook.example.com>"
ACK03_ID = "<ACK-2021-02-02-0117@gcmrrarabstates.iom.int>"


def m03():
    when = at("2021-02-01 16:45:31")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    inner = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1F1F1F">
<p>Madame, Monsieur,</p>
<p>Je me permets de vous &eacute;crire au nom de <b>V&eacute;rifMaghreb</b>, plateforme ind&eacute;pendante de v&eacute;rification des faits bas&eacute;e &agrave; Tunis, qui suit depuis 2018 la d&eacute;sinformation visant les personnes migrantes subsahariennes sur les r&eacute;seaux sociaux.</p>
<p>Nous souhaiterions intervenir dans le cadre de la <b>table ronde th&eacute;matique 3</b>. Notre intervenante serait :</p>
<table border="0" cellpadding="2" style="font-size:11pt">
<tr><td>Nom et pr&eacute;nom&nbsp;:</td><td>Sana Ben Romdhane</td></tr>
<tr><td>Fonction&nbsp;:</td><td>R&eacute;dactrice en chef adjointe</td></tr>
<tr><td>Organisation&nbsp;:</td><td>V&eacute;rifMaghreb &ndash; plateforme de fact-checking</td></tr>
</table>
<p>Elle pourra pr&eacute;senter nos donn&eacute;es sur 340 contenus v&eacute;rifi&eacute;s en 2020.</p>
<p>Bien cordialement,</p>
<p style="color:#7F7F7F">Yassine Gharbi<br>Charg&eacute; de partenariats | V&eacute;rifMaghreb<br>Tunis</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "mail-am6eur08.outbound.protection.example.com", "40.107.8.71", "4DTqZ12ybHz5",
           "Yassine Gharbi <y.gharbi@verifmaghreb.example.tn>",
           hdr("Demande d'intervention – table ronde 3 – VérifMaghreb", enc="Q"), M03_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbosQ0b5m2nKc1pR8qT4uVwXyZ9Ag==")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sana Ben Romdhane", "Rédactrice en chef adjointe", "VérifMaghreb – plateforme de fact-checking",
           ["roundtable"], 3)],
        notes="HTML-only Outlook, French accents as HTML entities, speaker details in an HTML table; sender "
              "(partnerships officer) is not the speaker."))


def m04():
    when = at("2021-02-02 09:30:17")
    sent = tz(when - dt.timedelta(seconds=6), 4)
    text = """Hi there,

Saw the call on LinkedIn. I'd love to be considered as rapporteur for the key messages session -- I've spent the last two years interviewing migrant domestic workers across the Gulf for the podcast and honestly it feels like the kind of synthesis job I do every week anyway.

Happy to send a short bio or past episodes if useful.

Cheers,

--
Dana Kassem
Host & Producer, "Between Borders" podcast
Khaleej Audio Collective
Dubai | +971 50 123 4567
betweenborders.example.fm
"""
    body = multi("alternative", [leaf("text/plain", text),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                 "000000000000c4a9e805ba7b33d0")
    m = mk(when, sent, "mail-pf1-f172.google.example.com", "209.85.210.172", "4DV1k83sYqz6",
           "Dana Kassem <dana.k.podcasts@gmail.example.com>", "rapporteur?",
           "<CAM4qVc1Zt8Yw3Lx6Nb9Rp2Ek5Sj0Ga7Hd4Uf1Ti@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Dana Kassem", "Host & Producer, \"Between Borders\" podcast", "Khaleej Audio Collective", ["rapporteur"])],
        notes="self-nomination; name, title and affiliation only in the '-- ' signature; casual tone, one-word "
              "subject with a question mark; title includes the podcast's name."))


def m05():
    when = at("2021-02-02 21:05:52")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """مساء الخير
انا أدمن صفحة "صوت المغتربين السودانيين في مصر" على الفيسبوك، عندنا حوالي ٨٠ ألف متابع.
عايزين نعرف هل ممكن نعمل بث مباشر (لايف) للجلسات بتاعة يوم ٢٣ و٢٤ على الصفحة؟ ولا الجلسات مغلقة؟
وكمان لو فيه رابط للتسجيل كمستمعين ياريت تبعتوه.
شكرا جزيلا
محمد عثمان
"""
    body = leaf("text/plain", text, cte="base64")
    m = mk(when, sent, "mail-ed1-f67.google.example.com", "209.85.208.67", "4DVTr04nMcz1",
           addr("Mohamed Osman", "sawt.sudaneseegypt@gmail.example.com"),
           hdr("استفسار بخصوص البث المباشر"),
           "<CAN7wEr2Tq5Yu8Io1Pa4Sd7Fg0Hj3Kl6Zx9Cv2Bn@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial Arabic from the admin of a migrant-run Facebook page: asks whether sessions may be "
              "live-streamed and for a listener registration link; mentions the conference days but proposes no "
              "speaker and submits nothing; plain text base64, Latin display name."))


def m06():
    when = at("2021-02-03 08:10:26")
    d = tz(when, 1)
    text = """This is the mail system at host relay.mediawatch-mena.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<newsdesk@mediawatch-mena.example.org>: host
    mx2.mediawatch-mena.example.org[172.16.4.20] said: 550 5.1.1
    <newsdesk@mediawatch-mena.example.org>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; relay.mediawatch-mena.example.org\n"
           "X-Postfix-Queue-ID: 3F9A71C2B4\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; newsdesk@mediawatch-mena.example.org\n"
           "Original-Recipient: rfc822;newsdesk@mediawatch-mena.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx2.mediawatch-mena.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <newsdesk@mediawatch-mena.example.org>: Recipient address rejected: "
           "User unknown in virtual mailbox table\n" % rfcdate(d - dt.timedelta(seconds=3)))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: undisclosed-recipients:;\n"
            "Subject: GCM Regional Review: submit your voluntary report and speaker requests\n"
            "Date: %s\n"
            "Message-ID: <REM-2021-02-03-EN.0002@gcmrrarabstates.iom.int>\n"
            "Precedence: bulk\n" % rfcdate(when - dt.timedelta(minutes=2)))
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    p1["Content-Description"] = "Notification"
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    p3["Content-Description"] = "Undelivered Message Headers"
    body = multi("report", [p1, p2, p3], "3F9A71C2B4.1612332626/relay.mediawatch-mena.example.org",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = std_rows(when, "relay.mediawatch-mena.example.org", "185.199.30.14", "4DVq8b2XTlz7",
                    "Mail Delivery System <MAILER-DAEMON@relay.mediawatch-mena.example.org>",
                    "Undelivered Mail Returned to Sender", rfcdate(d),
                    "<20210203061026.3F9A71C2B4@relay.mediawatch-mena.example.org>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 user unknown for a newsroom address on the secretariat's reminder mailing; the "
              "returned headers speak of voluntary reports and speaker requests. Never acknowledge."))


def m07():
    when = at("2021-02-03 12:40:03")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Bonjour,

L'Association marocaine pour les droits numériques (AMDN) a l'honneur de vous transmettre, en pièce jointe, sa contribution volontaire à l'examen régional du Pacte mondial sur les migrations.

Le rapport porte sur la surveillance des communications des personnes migrantes, la collecte de données biométriques aux frontières et l'accès à l'information en ligne dans les langues des communautés concernées.

Nous restons à votre disposition pour tout complément.

Salutations distinguées,

Khadija Bennani
Responsable du pôle Plaidoyer
AMDN – Association marocaine pour les droits numériques
Rabat
"""
    pdf = make_pdf(["Association marocaine pour les droits numeriques (AMDN)",
                    "Contribution volontaire - Examen regional du PMM - Region arabe",
                    "1. Surveillance des communications  2. Donnees biometriques  3. Acces a l'information"])
    fname = "AMDN_Contribution_PMM_2021.pdf"
    body = multi("mixed", [leaf("text/plain", text), attach("application/pdf", pdf, fname)],
                 "------------A1B3C5D7E9F0214365870921")
    m = mk(when, sent, "smtp.amdn.example.ma", "196.200.131.45", "4DVyL61pHsz2",
           "Khadija Bennani <k.bennani@amdn.example.ma>",
           "Contribution volontaire AMDN - Examen regional PMM",
           "<6a1f0c2e-9b4d-4e7a-8c11-amdn.20210203@amdn.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1")])
    add(7, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="straightforward report from a digital-rights group, Thunderbird plain text + PDF; the word "
              "'contribution' rather than 'rapport' in the subject."))


def m08():
    when = at("2021-02-04 10:05:48")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of Mizan for Migrant Workers (Jordan), prepared with the input of our community reporters network.

We would also like to request a speaking slot in the open discussion of the multi-stakeholder consultation on 23 February for our Director:

Name: Lina Haddadin
Title: Executive Director
Organization: Mizan for Migrant Workers

Best regards,

Tariq Al-Zoubi
Communications Officer
Mizan for Migrant Workers | Amman, Jordan
T: +962 6 555 0199
"""
    html = text2html(text)
    docx = make_docx(["Mizan for Migrant Workers", "Voluntary GCM Review Report - February 2021",
                      "Prepared with the Community Reporters Network"])
    fname = "Mizan_GCM_Voluntary_Report_Feb2021.docx"
    logo = make_png(20, 10, (10, 70, 120))
    body = multi("mixed", [
        multi("related", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(
            html + '<p><img src="cid:image001.png@01D6FAD1.2B3C4D50" alt="Mizan"></p>'))],
            "_000_DB8PR03MB5972B2C4D6E8F0A1DB8PR03MB5972eurp_"),
            leaf("image/png", logo, cte="base64", params=[("name", '"image001.png"')],
                 disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FAD1.2B3C4D50>")])],
            "_004_DB8PR03MB5972B2C4D6E8F0A1DB8PR03MB5972eurp_", params=[("type", '"multipart/alternative"')]),
        attach(DOCX, docx, fname)], "_005_DB8PR03MB5972B2C4D6E8F0A1DB8PR03MB5972eurp_")
    m = mk(when, sent, "mail-db8eur03.outbound.protection.example.com", "40.107.4.110", "4DWKp33dQfz1",
           "Tariq Al-Zoubi <t.alzoubi@mizan-mw.example.jo>",
           "Mizan - Voluntary GCM review report + speaker request (23 Feb)",
           "<DB8PR03MB5972B2C4D6E8F0A1@DB8PR03MB5972.eurprd03.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
            sp("Lina Haddadin", "Executive Director", "Mizan for Migrant Workers", ["open_discussion"])],
        notes="report (DOCX) and a speaker request in one message, sent by the communications officer on behalf of "
              "the director; an inline signature logo (image001.png) is not part of the report."))


def m09():
    when = at("2021-02-04 15:30:12")
    sent = tz(when - dt.timedelta(seconds=4), 3)
    text = """مرحبا،

بالنيابة عن مديرة المرصد، أرسل لكم استمارة طلب المشاركة بعد تعبئتها (نسختها هنا لأن الملف لم يفتح عندي):

------------------------------
استمارة طلب الحديث
الاسم الكامل: هبة فاروق السعدي
المسمى الوظيفي: مديرة المرصد
الجهة / المؤسسة: مرصد الحقوق الرقمية للمهاجرين (MDRO)
نوع المشاركة المطلوبة: ☑ المناقشة المفتوحة (23 فبراير)  ☐ مقرر  ☐ الجلسة العامة  ☐ طاولة مستديرة
اللغة: العربية
------------------------------

مع التحية،
أنس الشمري
مسؤول الإعلام والتواصل
مرصد الحقوق الرقمية للمهاجرين
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "Apple-Mail=_7E1C2B44-3A9D-4F10-8B66-0D2E9C4A51F7")
    m = mk(when, sent, "smtp.mdro.example.org", "82.212.66.31", "4DWV9h0KrJz4",
           addr("أنس الشمري", "media@mdro.example.org"),
           hdr("استمارة طلب الحديث - مرصد الحقوق الرقمية للمهاجرين"),
           "<7E1C2B44-3A9D-4F10-8B66-0D2E9C4A51F7@mdro.example.org>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هبة فاروق السعدي", "مديرة المرصد", "مرصد الحقوق الرقمية للمهاجرين (MDRO)", ["open_discussion"])],
        notes="sent on behalf of the director by the media officer; details in a pasted form with ballot-box "
              "characters (only the ticked box ☑ counts); sender is not the speaker."))


def m10():
    when = at("2021-02-05 10:15:36")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """الإخوة الكرام في أمانة المراجعة الإقليمية،

مرفق تقرير شبكة "مهاجر ميديا" الطوعي حول واقع الإعلام الذي يديره المهاجرون واللاجئون في شمال أفريقيا وأوروبا (صفحات، إذاعات إنترنت، قنوات يوتيوب)، وقد شارك في إعداده 12 صحفياً مهاجراً.

كما نقترح أن تتولى الزميلة أمل بن سالم، منسقة التحرير في الشبكة، دور المقرر لنقل الرسائل الرئيسية لأصحاب المصلحة.

مع الشكر والتقدير
خالد الورفلي
مؤسس شبكة مهاجر ميديا
ميلانو / طرابلس
"""
    pdf = make_pdf(["Muhajir Media Network - Voluntary GCM Review Report",
                    "Migrant-run media in North Africa and Europe", "February 2021"])
    fname = "تقرير مهاجر ميديا - المراجعة الطوعية.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>",
                                                      cte="base64")], "000000000000e7f20105ba9c4a11"),
                           attach("application/pdf", pdf, fname)], "000000000000e7f20305ba9c4a13")
    m = mk(when, sent, "mail-wm1-f45.google.example.com", "209.85.128.45", "4DX0qT5nW8z3",
           addr("Khaled Warfalli", "muhajir.media@gmail.example.com"),
           hdr("تقرير طوعي + ترشيح مقرر - شبكة مهاجر ميديا"),
           "<CAP3xYt6Lr0Qw9Ez2Ub5Nc8Vm1Ks4Ja7Dh0Gf3Wo@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
            sp("أمل بن سالم", "منسقة التحرير في الشبكة", "شبكة مهاجر ميديا", ["rapporteur"])],
        notes="Arabic report PDF with an Arabic file name (RFC 2231) plus a rapporteur nomination in prose; sender "
              "(founder, writing from Milan) is not the speaker; title 'منسقة التحرير في الشبكة' refers to the "
              "network; affiliation given without the quotes."))


def m11():
    when = at("2021-02-05 23:47:05")
    sent = tz(when - dt.timedelta(seconds=9), 0)
    text = """Bonsoir,

Au nom de la Radio communautaire Sahel FM (Nouakchott), nous avons le plaisir de proposer deux intervenants :

- M. Sidi Mohamed Ould Ahmed, directeur des programmes, Radio communautaire Sahel FM : intervention en plénière ;
- Mme Aminata Diallo, journaliste reporter chargée des émissions en pulaar et wolof, même radio : table ronde n°4 (ou à défaut la n°1).

Nous nous excusons de l'heure tardive, la connexion ne revient que le soir.

Cordialement,
Mariem Mint Cheikh
Administratrice, Sahel FM
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "smtp.mauritel.example.mr", "41.188.65.12", "4DX8zC4pRmz6",
           addr("Mariem Mint Cheikh", "sahelfm.nkc@mauritel.example.mr"),
           "Proposition de deux intervenants - Sahel FM",
           "<1612561616.4512.sahelfm@mauritel.example.mr>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF84 (Win)/8.8.15_GA_3869)")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sidi Mohamed Ould Ahmed", "directeur des programmes", "Radio communautaire Sahel FM", ["plenary"]),
        sp("Aminata Diallo", "journaliste reporter chargée des émissions en pulaar et wolof",
           "Radio communautaire Sahel FM", ["roundtable"], 4)],
        notes="received 23:47 Beirut on 5 Feb (sent 21:46 UTC): on time by 12 minutes; two speakers on dash lines "
              "with honorifics M./Mme; second affiliation only 'même radio'; roundtable 4 first choice, 1 as "
              "fallback; ISO-8859-1 quoted-printable plain text."))


def m12():
    when = at("2021-02-06 00:12:40")
    sent = tz(when - dt.timedelta(seconds=5), 0)
    text = """Hello,

Hope it's not too late -- it's still Friday here in London!

I'd like to put forward our Investigations Editor for a floor intervention in roundtable 2 (labour migration, I believe?). Details below:

Faisal Rahman
Investigations Editor
The Gulf Labour Desk (GLD), an independent newsroom covering migrant workers in the GCC

Thanks and best wishes,
Helen Price
Managing Editor, GLD

Sent from my iPhone
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "mail-ej1-f50.google.example.com", "209.85.218.50", "4DXBb72GfTz1",
           "Helen Price <helen.price@gulflabourdesk.example.co.uk>",
           "Speaker nomination - roundtable 2",
           "<B3F9E1A2-6C4D-4F8A-9E21-7D5C0A1B2E3F@gulflabourdesk.example.co.uk>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Faisal Rahman", "Investigations Editor",
           "The Gulf Labour Desk (GLD)", ["roundtable"], 2)],
        notes="LATE: sent 22:12 London time on Friday 5 Feb, received 00:12 Beirut on Saturday 6 Feb; the sender "
              "believes it is still Friday. Nomination by the managing editor on behalf of a colleague; the "
              "affiliation line carries a description after the acronym (not part of the name)."))


def m13():
    when = at("2021-02-06 09:40:22")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """السادة الأفاضل،

تبعاً لرسالتنا السابقة، نعلمكم أن الزميلة ريم المصري تعتذر عن المشاركة لظرف طارئ، وتحل محلها الزميلة جمانة فؤاد عيسى، منسقة برنامج السلامة الرقمية للصحفيين في النقابة، في الطاولة المستديرة ذاتها.

يبقى ترشيح الزميل وسام حداد للجلسة العامة كما هو.

مع الشكر،
سمير الخوري
نقيب الصحفيين

في ١ شباط ٢٠٢١، كتب نقابة الصحفيين العرب المستقلين <syndicate.iaj@gmail.example.com>:
> السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
> تحية طيبة وبعد،
> ...
> ثانياً: الزميلة ريم عبد الكريم المصري، عضو مجلس النقابة ومسؤولة ملف الصحفيين اللاجئين، للمشاركة في الطاولة المستديرة الموضوعية الثانية.
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "000000000000f12a4405baa0c3d7")
    m = mk(when, sent, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DXQ2m8yJcz5",
           addr("نقابة الصحفيين العرب المستقلين", "syndicate.iaj@gmail.example.com"),
           re_hdr("Re: ", "ترشيح متحدثين عن نقابة الصحفيين - المراجعة الإقليمية"),
           "<CAH2pLx9Qe4rTz7WnBv0Yk3Ms8Ud1Fg5Jc6Ra2Oi+r1@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        thread_of="h159-02.eml", speakers=[
            sp("جمانة فؤاد عيسى", "منسقة برنامج السلامة الرقمية للصحفيين في النقابة",
               "نقابة الصحفيين العرب المستقلين", ["roundtable"], 2)],
        notes="replacement speaker in a Gmail reply to h159-02, received Saturday 6 Feb (after the speaker "
              "deadline); role and roundtable only by reference ('الطاولة المستديرة ذاتها' = roundtable 2); the "
              "unchanged first speaker is not re-proposed; affiliation only from the thread/sender; quoted text "
              "names the replaced speaker."))


def m14():
    when = at("2021-02-06 10:02:57")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """Merci beaucoup pour la confirmation !

Bon week-end,
Yassine

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mardi 2 février 2021 09:14
À : Yassine Gharbi <y.gharbi@verifmaghreb.example.tn>
Objet : Accusé de réception – demande d'intervention

Madame, Monsieur,

Nous accusons bonne réception de votre demande d'intervention dans le cadre de l'Examen régional du Pacte mondial pour les migrations dans la région arabe.

Secrétariat de l'Examen régional
"""
    html = text2html(text)
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(html))],
                 "_000_AM6PR08MB42139A8B7C6D5E4FAM6PR08MB4213eurp_")
    m = mk(when, sent, "mail-am6eur08.outbound.protection.example.com", "40.107.8.88", "4DXQX71tSdz2",
           "Yassine Gharbi <y.gharbi@verifmaghreb.example.tn>",
           hdr("RE: Accusé de réception – demande d'intervention", enc="Q"),
           "<AM6PR08MB42139A8B7C6D5E4F@AM6PR08MB4213.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ACK03_ID), ("References", M03_ID + " " + ACK03_ID),
                  ("X-Mailer", "Microsoft Outlook 16.0")])
    add(14, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h159-03.eml",
        notes="thank-you reply to our acknowledgement of h159-03: adds nothing new, do not acknowledge; the quoted "
              "acknowledgement mentions 'demande d'intervention'; References names h159-03."))


M15_ID = "<CAQ5rTy8Uw1Ie4Op7As0Df3Gh6Jk9Lz2Xc5Vb8Nm@mail.gmail.example.com>"


def m15():
    when = at("2021-02-08 14:20:18")
    sent = tz(when - dt.timedelta(seconds=6), 2)
    text = """Dear Secretariat,

On behalf of the Arab Fact-Checkers Network (AFCN), I am pleased to share our collective voluntary review report on the implementation of GCM Objective 17 (eliminate discrimination and promote evidence-based public discourse to shape perceptions of migration).

The report was drafted jointly by nine member platforms in Egypt, Iraq, Jordan, Lebanon, Morocco, Palestine, Sudan, Syria and Tunisia. Annex 1 lists the 212 misleading claims we reviewed.

Attachments:
1. AFCN_Collective_Report_GCM_Obj17.pdf
2. AFCN_Annex1_claims_database.docx

Regards,
Nour El-Din Shaker
Network Coordinator, AFCN
Cairo
"""
    rep = make_pdf(["Arab Fact-Checkers Network (AFCN)", "Collective voluntary GCM review report - Objective 17"])
    annex = make_docx(["AFCN - Annex 1", "Database of 212 misleading claims about migrants (2019-2020)"])
    f1, f2 = "AFCN_Collective_Report_GCM_Obj17.pdf", "AFCN_Annex1_claims_database.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text),
                                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                                 "0000000000003d8e1705bad6a0f2"),
                           attach("application/pdf", rep, f1), attach(DOCX, annex, f2)],
                 "0000000000003d8e1905bad6a0f4")
    m = mk(when, sent, "mail-qt1-f181.google.example.com", "209.85.160.181", "4DZ3v05QhNz7",
           "Nour El-Din Shaker <afcn.coordination@gmail.example.com>",
           "AFCN collective voluntary GCM report (Objective 17)", M15_ID, body)
    add(15, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="collective report of a fact-checkers network: main PDF plus an annex DOCX, both part of the report; "
              "a revised version follows in h159-21."))


def m16():
    when = at("2021-02-09 19:30:44")
    sent = tz(when - dt.timedelta(seconds=8), 3)
    pdf = make_pdf(["Sawt Al-Jaliya - community media page", "Voluntary report (Arabic)"])
    fname = "تقرير صفحة صوت الجالية.pdf"
    text = "السلام عليكم\nمرفق تقرير صفحة صوت الجالية عن أوضاع العمالة المهاجرة خلال الجائحة كما نشرناه على الصفحة، كمساهمة في المراجعة.\nمع الشكر\nفاطمة\n\nأُرسلت من الـ iPhone\n"
    att = attach("application/pdf", pdf, fname)
    body = multi("mixed", [leaf("text/plain", text, cte="base64"), att],
                 "Apple-Mail-8C2D1E4F-5A6B-4C7D-9E0F-1A2B3C4D5E6F")
    m = mk(when, sent, "mail-pl1-f169.google.example.com", "209.85.214.169", "4DZfQ27LkBz4",
           addr("Fatima", "sawtaljaliya.page@gmail.example.com"),
           hdr("تقرير"), "<8C2D1E4F-5A6B-4C7D-9E0F-1A2B3C4D5E6F@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="very short iPhone message from the volunteer admin of a migrant-run media page: one-word subject, "
              "first name only, Arabic PDF file name (RFC 2231/2047); the report is the attachment."))


def m17():
    when = at("2021-02-09 22:05:10")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Objet : Contribution du SNJA à l'examen régional et demande de prise de parole

Madame, Monsieur,

Le Syndicat national des journalistes algériens (SNJA) vous adresse ci-joint sa contribution volontaire relative à la couverture médiatique des migrations et à la protection des journalistes migrants exerçant en Algérie.

Par ailleurs, et bien que nous ayons conscience que la date limite des demandes d'intervention est dépassée, nous sollicitons la possibilité d'une intervention de notre Secrétaire général adjoint, M. Kamel Boudiaf, lors de la séance plénière du 24 février.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour le Bureau national,
Nadia Hamidi
Chargée de communication – SNJA
Alger
"""
    docx = make_docx(["Syndicat national des journalistes algeriens (SNJA)",
                      "Contribution volontaire a l'examen regional du Pacte mondial sur les migrations"])
    fname = "Contribution SNJA - Examen régional PMM.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text),
                                                 leaf("text/html", html_wrap(text2html(text)))],
                                 "----=_NextPart_001_0017_01D6FF1A.3C4B5D60"),
                           attach(DOCX, docx, fname)], "----=_NextPart_000_0016_01D6FF1A.3C4B5D60")
    m = mk(when, sent, "smtp.snja.example.dz", "105.235.131.9", "4DZm1R3yWvz8",
           "SNJA - Bureau national <bureau.national@snja.example.dz>",
           hdr("Contribution du SNJA + demande d'intervention en plénière", enc="Q"),
           "<000001d6ff1a$3c4b5d60$b4e21820$@snja.example.dz>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "fr")])
    add(17, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("Kamel Boudiaf", "Secrétaire général adjoint", "Syndicat national des journalistes algériens (SNJA)",
               ["plenary"])],
        notes="'both': report on time (9 Feb) but the speaker request is late (after 5 Feb) and the sender says so, "
              "so on_time is false; administrative French with an 'Objet :' line inside the body; speaker title "
              "and name in prose with 'M.'; attachment name with accent and spaces."))


def m18():
    when = at("2021-02-10 11:48:33")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Bonjour,

Je sais que le délai est passé, mais est-il encore possible de proposer une intervenante pour la table ronde 1 ? Notre collectif a beaucoup travaillé sur la gouvernance des données migratoires.

Intervenante : Inès Mabrouk, chercheuse associée, Collectif Données & Frontières (CDF), Marseille / Tunis.

Merci d'avance, et désolé pour le retard.

--
Julien Achour
Chargé de communication
Collectif Données & Frontières
"""
    body = leaf("text/plain", text, "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "mail.cdf-collectif.example.fr", "51.15.204.77", "4Dc0Jz6pRtz3",
           "Julien Achour <julien@cdf-collectif.example.fr>", "Table ronde 1 - encore possible ?",
           "<20210210104829.GA2231@cdf-collectif.example.fr>", body,
           extra=[("User-Agent", "Mutt/1.10.1 (2018-07-13)")])
    add(18, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Inès Mabrouk", "chercheuse associée", "Collectif Données & Frontières (CDF)", ["roundtable"], 1)],
        notes="LATE speaker request phrased as a question ('est-il encore possible'); speaker on one comma-separated "
              "line with a city after the affiliation; sender (communication officer) not the speaker; Mutt 8bit."))


def m19():
    when = at("2021-02-11 09:12:05")
    sent = tz(when - dt.timedelta(seconds=3), 3)
    inner = """<div dir="rtl" style="font-family:'Simplified Arabic',serif;font-size:14pt">
<p>حضرات المسؤولين عن المراجعة الإقليمية المحترمين،</p>
<p>استناداً إلى نص الدعوة باللغة العربية الذي حدد يوم الجمعة 23 شباط/فبراير 2021 موعداً نهائياً لطلبات الحديث، نتقدم بطلب مشاركة الإعلامي <b>عمر حسين الجبوري</b>، مقدم برنامج «عابرون» على قناة دجلة الرقمية، في <b>الطاولة المستديرة الرابعة</b>.</p>
<p>الاسم: عمر حسين الجبوري<br>
الصفة: مقدم برامج ومعد تقارير ميدانية<br>
الجهة: قناة دجلة الرقمية - بغداد</p>
<p>مع فائق الاحترام<br>
قسم العلاقات العامة والإعلام<br>
قناة دجلة الرقمية</p>
</div>"""
    body = leaf("text/html", html_wrap(inner, dir_="rtl"), cte="base64")
    m = mk(when, sent, "mail.dijlahdigital.example.iq", "37.238.12.90", "4Dcbn83fMkz1",
           addr("العلاقات العامة - قناة دجلة الرقمية", "pr@dijlahdigital.example.iq"),
           hdr("طلب مشاركة متحدث - الطاولة المستديرة الرابعة"),
           "<a3c91f0e2b7d4e58@dijlahdigital.example.iq>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(19, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عمر حسين الجبوري", "مقدم برامج ومعد تقارير ميدانية", "قناة دجلة الرقمية - بغداد", ["roundtable"], 4)],
        notes="LATE (11 Feb): the sender relies on the Arabic letter's misprinted deadline 'الجمعة 23 شباط' - the "
              "English/French date (5 Feb) stands. HTML-only, sent by a PR department (no person named); the prose "
              "title ('مقدم برنامج عابرون') differs from the labelled 'الصفة' line, which is recorded; the From display name spans two encoded-words (stray space with policy.default)."))


def m20():
    when = at("2021-02-11 16:37:50")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonjour,

Nous préparons, au sein de l'Observatoire des médias et des migrations (OMM, Beyrouth/Paris), un rapport volontaire pour l'examen régional.

Quelques questions pratiques :
- Y a-t-il un nombre de pages maximum ou un modèle à suivre ?
- Pouvons-nous l'envoyer en français uniquement, ou faut-il une version anglaise ou arabe ?
- Un lien vers un dossier en ligne (vidéos de témoignages) est-il accepté en complément ?

Merci d'avance pour vos réponses.

Cordialement,
Claire Nassar
Chargée de projet – OMM
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(text2html(text)))],
                 "=_b4c1d7e2f9a03658_=")
    m = mk(when, sent, "smtp.omm-observatoire.example.org", "92.243.18.201", "4Dcm7q2CxVz6",
           "Claire Nassar <c.nassar@omm-observatoire.example.org>",
           hdr("Questions sur le format du rapport volontaire", enc="Q"),
           "<b4c1d7e2f9a03658.omm@omm-observatoire.example.org>", body,
           extra=[("User-Agent", "Horde Application Framework 5")])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about the report format (length, language, links) from an organisation that is preparing "
              "one; nothing submitted yet, no speaker."))


def m21():
    when = at("2021-02-12 12:03:27")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """Dear Secretariat,

Apologies -- two of our member platforms sent corrections to the figures in section 3 after we had submitted. Please use the attached revised version (v2) of the AFCN collective report instead of the one sent on Monday. The annex is unchanged.

Many thanks,
Nour

On Mon, Feb 8, 2021 at 2:20 PM Nour El-Din Shaker <afcn.coordination@gmail.example.com> wrote:
> Dear Secretariat,
>
> On behalf of the Arab Fact-Checkers Network (AFCN), I am pleased to share our collective voluntary review report on the implementation of GCM Objective 17.
> [...]
"""
    rep = make_pdf(["Arab Fact-Checkers Network (AFCN)", "Collective voluntary GCM review report - Objective 17",
                    "Version 2 - corrected figures in section 3"])
    fname = "AFCN_Collective_Report_GCM_Obj17_v2.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text),
                                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                                 "000000000000a1b3c505bb1f2d40"),
                           attach("application/pdf", rep, fname)], "000000000000a1b3c705bb1f2d42")
    m = mk(when, sent, "mail-qt1-f178.google.example.com", "209.85.160.178", "4Dd9hK1sWqz2",
           "Nour El-Din Shaker <afcn.coordination@gmail.example.com>",
           "Re: AFCN collective voluntary GCM report (Objective 17)",
           "<CAQ5rTy8Uw1Ie4Op7As0Df3Gh6Jk9Lz2Xc5Vb8Nm+v2@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID)])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of="h159-15.eml", report_attachments=[fname],
        notes="revised version (v2) replacing the main PDF of h159-15 in a Gmail reply; the annex is 'unchanged' "
              "and not re-attached; on time."))


def m22():
    when = at("2021-02-16 23:40:51")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire de l'association Lisan – médias citoyens des exilé·e·s, à l'issue de six mois d'ateliers d'écriture et de podcast avec des jeunes migrant·e·s à Tunis, Sfax et Oran.

Bien à vous,
L'équipe Lisan
"""
    docx = make_docx(["Lisan - medias citoyens des exile-e-s", "Rapport volontaire - Examen regional du PMM",
                      "Ateliers d'ecriture et de podcast, 2020"])
    fname = "Rapport_volontaire_Lisan_PMM.docx"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable", params=[("format", "flowed")]),
                           attach(DOCX, docx, fname)], "------------9F3E21C0B7A4D58612E0C9B3")
    m = mk(when, sent, "smtp.lisan-medias.example.org", "185.31.40.12", "4Dgc0W9vTkz5",
           "Association Lisan <contact@lisan-medias.example.org>", "Rapport volontaire - Lisan",
           "<3e7a2c91-0b5f-4d18-a6e3-lisan.20210216@lisan-medias.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="received 23:40 Beirut on 16 Feb (22:40 Paris): on time by 19 minutes; inclusive writing "
              "('exilé·e·s'); signed by a team, no person named."))


def m23():
    when = at("2021-02-17 10:25:14")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    text = """تحية طيبة،

نعتذر عن التأخير بسبب انقطاع الإنترنت في المخيم خلال اليومين الماضيين. نرسل لكم تقرير "راديو الخيمة" الطوعي حول تجربة الإعلام المجتمعي في مخيمات اللاجئين، ونرجو أن يتم أخذه بعين الاعتبار.

فريق راديو الخيمة
مخيم الزعتري - المفرق
"""
    pdf = make_pdf(["Radio Al-Khaimeh - Zaatari camp", "Voluntary report on community media in refugee camps"])
    fname = "Radio_AlKhaimeh_report.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>",
                                                      cte="base64")], "000000000000b8c9d105bb6a7e20"),
                           attach("application/pdf", pdf, fname)], "000000000000b8c9d305bb6a7e22")
    m = mk(when, sent, "mail-lf1-f53.google.example.com", "209.85.167.53", "4DgqS44fNvz9",
           addr("راديو الخيمة", "radio.alkhaimeh@gmail.example.com"),
           hdr("تقرير راديو الخيمة - مع الاعتذار عن التأخير"),
           "<CAR8tUi1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Qw1Er@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (17 Feb 10:25 Beirut), apology for internet cuts in the camp; refugee-run camp radio; signed by "
              "a team."))


def m24():
    when = at("2021-02-18 13:55:09")
    sent = tz(when - dt.timedelta(seconds=3), 0)
    text = """Hi,

I'm a freelance journalist (currently writing for Middle East Eye and The New Humanitarian) and would like to cover the regional review conference on 24-25 February. Is there a press accreditation procedure, and will the plenary sessions be open to media or is there a press briefing?

Thanks a lot,
Rania Suleiman
Freelance journalist, Beirut
@rania_reports
"""
    body = multi("alternative", [leaf("text/plain", text),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                 "000000000000c2d3e405bb7f9a31")
    m = mk(when, sent, "mail-yb1-f196.google.example.com", "209.85.219.196", "4Dh6Zt0bPcz3",
           "Rania Suleiman <rania.suleiman.press@gmail.example.com>", "Press accreditation for 24-25 Feb conference",
           "<CAS9uVo2Pa5Sd8Fg1Hj4Kl7Zx0Cv3Bn6Mq9We2Rt@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a journalist asks about press accreditation to cover the conference: mentions plenary sessions "
              "and the dates but is not asking to speak; no deadline applies."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
