#!/usr/bin/env python3
"""Write the blind evaluation set holdout212 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets212.py
Theme: phones and hurried mail from youth groups, scouts, faith-based charities and volunteers (28 January -
18 February 2021).  Short messages ending in 'Sent from my iPhone' / 'Envoyé de mon téléphone' / 'أُرسلت من هاتفي',
Arabic written in Latin letters with digits (Lebanese and Egyptian Arabizi), mixed scripts in one message,
voice-typed text without punctuation, all lower case, emoji, one line per thought, an empty subject, a
screenshot of a filled form (an image, not a report), a second mail a minute later adding the title that was
forgotten, top-posting over an internal thread, a thank-you to our acknowledgement, an autoresponder and a
bounce.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid

SET = EvalSet(212)
add = SET.add
H = "h212-%02d.eml"

IPHONE = "iPhone Mail (18D52)"


def plain(text, cte="quoted-printable", charset="utf-8"):
    return leaf("text/plain", text, charset, cte)


def div_html(text, rtl=False):
    """One <div> per line, as phone and webmail clients write HTML-only mail."""
    rows = []
    for line in text.rstrip("\n").split("\n"):
        rows.append("<div>%s</div>" % (line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                                       if line else "<br>"))
    return "\n".join(rows)


# ================================================================ 01  EN  speaker  scouts, iPhone, no title (title added by 02)
M01_ID = "<6B1F0C2E-7A44-4D1B-9E35-2C8A0F5B7D13@gmail.example.com>"
M01_TEXT = """hi

we are a scout youth group from basra and we would like to speak in roundtable 2 at the conference

speaker: Ali Kadhim
org: Basra Scout Youth Initiative (BSYI)

thanks!!

Sent from my iPhone
"""


def m01():
    when = at("2021-01-28 21:14:03")
    m = mk(when, sent_at(when, 3, 5), "mail-pj1-f66.google.example.com", "192.0.2.66", "4DRg7T2LnPz1",
           "Zainab Hussein <zainab.h.bsyi@gmail.example.com>", "speaker", M01_ID,
           leaf("text/plain", M01_TEXT, "us-ascii", "7bit"),
           extra=[("X-Mailer", IPHONE)])
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ali Kadhim", None, "Basra Scout Youth Initiative (BSYI)", ["roundtable"], 2)],
        notes="one-word subject, lower case, iPhone plain text; the sender is not the speaker. No title for the "
              "speaker (null): it comes a minute later in h212-02."))


# ================================================================ 02  EN  speaker  the forgotten title, a minute later
def m02():
    when = at("2021-01-28 21:15:11")
    text = """sorry forgot his title 🙈 he is Youth Programme Lead

Sent from my iPhone

> On Jan 28, 2021, at 10:14 PM, Zainab Hussein <zainab.h.bsyi@gmail.example.com> wrote:
>
""" + gt(M01_TEXT) + "\n"
    m = mk(when, sent_at(when, 3, 3), "mail-pj1-f66.google.example.com", "192.0.2.66", "4DRg8d0QrSz4",
           "Zainab Hussein <zainab.h.bsyi@gmail.example.com>", "Re: speaker",
           "<1D93B7A0-5C2E-4F8A-B611-E04C7D29A5F8@gmail.example.com>", plain(text),
           extra=[("X-Mailer", IPHONE), ("In-Reply-To", M01_ID), ("References", M01_ID)])
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, speakers=[
        sp("Ali Kadhim", "Youth Programme Lead", "Basra Scout Youth Initiative (BSYI)", ["roundtable"], 2)],
        notes="completes h212-01 a minute later (In-Reply-To): only the title is new, written in prose ('he is "
              "Youth Programme Lead'); name, organisation and roundtable come from the quoted original. Recorded as "
              "the full, completed speaker, as the secretary would update the register entry. Emoji in the body."))


# ================================================================ 03  AR  speaker  Lebanese Arabizi, empty subject, two speakers
M03_ID = "<CAMq4sT8vRk1+Hw2eLp7nZcY0fDj5uQx9aB@mail.gmail.example.com>"
M03_TEXT = """mar7aba

na7na men Kashafet el Amal, Saida 🇱🇧 w bedna nsharek bel mo2tamar

3anna 2 speakers:
1- Rami Khoury, youth coordinator, bado yi7ke bel open discussion yom 23 shbat
2- Maya Saadeh, volunteers officer, bta3mel intervention bel roundtable 3 (eza fi ma7al)

iza na2es shi khabrouna
shukran ktir

Hiba
"""


def m03():
    when = at("2021-02-01 13:02:41")
    body = alt(M03_TEXT, "000000000000c7d3e105ba48a1f2", html=gmail_html(M03_TEXT))
    m = mk(when, sent_at(when, 2, 4), "mail-ed1-f52.google.example.com", "192.0.2.152", "4DTr2Kx9Hmz6",
           "Hiba Kashafet <kashafet.amal.saida@gmail.example.com>", "", M03_ID, body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Rami Khoury", "Youth Coordinator", "Kashafet el Amal", ["open_discussion"]),
        sp("Maya Saadeh", "Volunteers Officer", "Kashafet el Amal", ["roundtable"], 3)],
        notes="empty Subject header; Lebanese Arabic in Latin letters with digits (Arabizi): an Arabic speaker, so "
              "the acknowledgement is in Arabic. Two speakers on numbered lines, titles written in English lower "
              "case (recorded capitalised, as a secretary types them); the city after the organisation ('Saida') "
              "is not part of the affiliation; open discussion given as 'yom 23 shbat'. Not covered by LABELS.md: "
              "language of an Arabizi message (ar)."))


# ================================================================ 04  AR  auto_reply  Gmail vacation responder answering our acknowledgement of 03
def m04():
    when = at("2021-02-01 13:04:19")
    text = """شكراً لتواصلكم مع كشافة الأمل - فوج صيدا.
الفريق في مخيم شتوي حتى ٧ شباط ولن نتمكن من الرد قبل ذلك.
للطوارئ: ٠٣٠٠٠٠٠٠
"""
    body = alt(text, "000000000000d8e4f205ba48a9b3", html=gmail_html(text, rtl=True))
    rows = std_rows(when, "mail-ed1-f52.google.example.com", "192.0.2.152", "4DTr4P1cWqz2",
                    "Hiba Kashafet <kashafet.amal.saida@gmail.example.com>", hdr("مخيم شتوي - رد تلقائي"),
                    rfcdate(sent_at(when, 2, 2)), "<CAMq4sT9aLm3+vacation.Qe8x@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="kashafet.amal.saida@gmail.example.com")
    rows += [("In-Reply-To", ack_mid("4DTr2Kx9Hmz6")), ("References", ack_mid("4DTr2Kx9Hmz6"))]
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the sender of h212-03 answering our acknowledgement: its own Arabic "
              "subject (no 'Re:'), Auto-Submitted: auto-replied, In-Reply-To our acknowledgement. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 05  FR  speaker  HTML-only, details only in a mixed-script signature
def m05():
    when = at("2021-02-01 16:40:22")
    text = """Bonjour,

Je suis bénévole dans une association de jeunes et je souhaiterais prendre la parole pendant la discussion ouverte du 23 février, sur la place des jeunes dans le suivi du Pacte mondial.

Merci d'avance 😊

Nassim Benali
Responsable des bénévoles
Association Jeunesse et Solidarité (AJS)
جمعية الشباب والتضامن
Tlemcen - Algérie
"""
    body = html_only(div_html(text), lang="fr", newlines=True)
    m = mk(when, sent_at(when, 1, 6), "sonic311-21.consmr.mail.ir2.yahoo.example.com", "192.0.2.211",
           "4DTx8H3fRbz9", addr("Nassim Benali", "nassim.benali13@yahoo.example.fr"),
           hdr("Discussion ouverte 23 février", enc="Q"), "<1893347201.402281.1612190416@mail.yahoo.example.com>",
           body, extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nassim Benali", "Responsable des bénévoles", "Association Jeunesse et Solidarité (AJS)",
           ["open_discussion"])],
        notes="HTML-only; name, title and organisation only in the signature, which also writes the association's "
              "Arabic name (mixed script) and the city and country (not part of the affiliation)."))


# ================================================================ 06  EN  speaker  screenshot of the filled form + typed details, Cc a colleague
M06_ID = "<CAFz8Tq1wNd6+Lr4mBk9pXe2sHc7vYg0uJo@mail.gmail.example.com>"
M06_SUBJ = "Speaker form - HBR"
M06_TEXT = """Hello,

Please find attached a photo of our filled speaker form.
In case it is not clear:

Speaker: Rev. Samuel Girgis
Title: Chaplain and Volunteer Coordinator
Organisation: Hope Bridge Relief (HBR), Amman
Role: rapporteur (key messages)

Thank you
Fatima

Sent from my Samsung Galaxy smartphone.
"""


def m06():
    when = at("2021-02-02 10:15:30")
    img = attach("image/png", make_png(40, 56, (236, 236, 228)), "Screenshot_20210202-100811.png")
    a = alt(M06_TEXT, "000000000000a4b5c605ba5c1d2e", html=gmail_html(M06_TEXT))
    body = multi("mixed", [a, img], "000000000000a4b5c505ba5c1d2c")
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f46.google.example.com", "192.0.2.46", "4DVMq71tBcz3",
           "Fatima Noor <fatima.noor.hbr@gmail.example.com>", M06_SUBJ, M06_ID, body,
           cc="Samuel Girgis <chaplain@hopebridge.example.org>")
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samuel Girgis", "Chaplain and Volunteer Coordinator", "Hope Bridge Relief (HBR)", ["rapporteur"])],
        notes="the attachment is a screenshot of the filled speaker form (an image, not a report): no "
              "report_attachments; the details are also typed in the body. 'Rev.' is an honorific, dropped; the "
              "city after the organisation is not part of the affiliation. Sent by a colleague, speaker in Cc."))


# ================================================================ 07  EN  bounce  our acknowledgement of 06 to the Cc'd speaker
def m07():
    when = at("2021-02-02 10:16:02")
    text = POSTFIX_NOTICE + """
<chaplain@hopebridge.example.org>: host mx.hopebridge.example.org[203.0.113.77] said:
    550 5.1.1 <chaplain@hopebridge.example.org>: Recipient address rejected:
    User unknown in local recipient table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DVMr0Y8Kdz5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; chaplain@hopebridge.example.org\n"
           "Original-Recipient: rfc822;chaplain@hopebridge.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.hopebridge.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <chaplain@hopebridge.example.org>: Recipient address\n"
           "    rejected: User unknown in local recipient table" % rfcdate(when - dt.timedelta(seconds=4), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Fatima Noor <fatima.noor.hbr@gmail.example.com>\n"
            "Cc: Samuel Girgis <chaplain@hopebridge.example.org>\n"
            "Subject: Acknowledgement of receipt - Speaker form - HBR\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=8)), ack_mid("4DVMq71tBcz3"), M06_ID))
    body = dsn_report(text, dsn, hdrs, "4DVMr9Zt2Wz7.1612253762/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DVMr9Zt2Wz7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202081602.4DVMr9Zt2Wz7@mx1.iom.int>")]
    add(7, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 for the copy of our acknowledgement of h212-06 sent to the Cc'd speaker; the "
              "returned headers name h212-06 in In-Reply-To. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 08  AR  speaker  Gulf dialect, voice-typed, no punctuation, on behalf, rapporteur
M08_ID = "<A7C4E2B9-1F63-4D0E-8B5A-3E9D71C2F604@icloud.example.com>"
M08_SUBJ = "طلب متحدث"


def m08():
    when = at("2021-02-02 22:30:12")
    text = """السلام عليكم ورحمة الله وبركاته حبيت اسجل اسم الاخ عبدالله الرشيدي يكون مقرر يقدم الرسائل الرئيسية عن الشباب المتطوعين هو رئيس فريق المتطوعين في جمعية العون الخيرية في الكويت وما عنده ايميل عشان كذا انا ارسل عنه ان شاء الله الطلب واضح وجزاكم الله خير

أُرسلت من هاتفي
"""
    m = mk(when, sent_at(when, 3, 4), "mr85p00im-zteg06021501.me.example.com", "192.0.2.185", "4DVgS23nXkz8",
           addr("Khaled", "khaled.alenezi@icloud.example.com"), hdr(M08_SUBJ), M08_ID,
           plain(text, cte="base64"), extra=[("X-Mailer", IPHONE)])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالله الرشيدي", "رئيس فريق المتطوعين", "جمعية العون الخيرية", ["rapporteur"])],
        notes="voice-typed Gulf Arabic with no punctuation at all, iPhone plain text (base64); sent on behalf of "
              "the speaker, who has no e-mail. 'الاخ' is a form of address, dropped; the title and organisation "
              "run together in one clause ('رئيس فريق المتطوعين في جمعية العون الخيرية في الكويت'), split as a "
              "secretary would, the country not part of the affiliation. Role: rapporteur ('مقرر يقدم الرسائل "
              "الرئيسية')."))


# ================================================================ 09  FR  report  faith-based charity, two lines from a phone
def m09():
    when = at("2021-02-03 08:12:44")
    fname = "rapport FCAM PMM 2021.pdf"
    text = """Bonjour
ci-joint notre rapport volontaire pour l'examen du PMM
bonne journée
Sœur Claire Martin
FCAM

Envoyé de mon téléphone
"""
    pdf = rep_pdf("Rapport volontaire d'examen du PMM", "Fraternite Chretienne d'Accueil des Migrants (FCAM)",
                  ["Qui sommes-nous", "Accueil de jour a Oran et Alger", "Objectifs 1, 7 et 15",
                   "Difficultes rencontrees", "Recommandations"])
    t = plain(text)
    body = multi("mixed", [t, attach("application/pdf", pdf, fname)], "--_com.android.email_1612332760118")
    m = mk(when, sent_at(when, 1, 8), "smtp.orange.example.fr", "203.0.113.58", "4DW2vF5jLpz0",
           addr("Sœur Claire", "fcam.oran@orange.example.fr", enc="Q"), "rapport",
           "<kxq9w2-ab37fz-5c1v0e8rtm4d@email.android.example.com>", body)
    add(9, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="two-line body from an Android phone, subject 'rapport'; PDF file name with spaces; the "
              "organisation only as an acronym in the signature; 'Sœur' is a religious form of address."))


# ================================================================ 10  FR  speaker  voice-typed, lower case, two speakers, plenary
M10_ID = "<f0a7c3d2-94e1-4b8b-a6c5-2d8e31b0f7a9@gmail.example.com>"
M10_SUBJ = "intervention plénière"
M10_TEXT = """bonjour madame monsieur nous sommes les scouts de l'association des jeunes bâtisseurs à sfax nous voulons proposer deux intervenants pour la séance plénière de la conférence le premier c'est ahmed trabelsi il est chef de groupe et la deuxième c'est salma gharbi elle est responsable communication merci beaucoup et bonne soirée

Envoyé de mon téléphone
"""


def m10():
    when = at("2021-02-03 19:45:09")
    body = alt(M10_TEXT, "0000000000005e6f7a05ba6f0c11", html=gmail_html(M10_TEXT))
    m = mk(when, sent_at(when, 1, 5), "mail-lf1-f48.google.example.com", "192.0.2.48", "4DWJ1c4TyRz6",
           "Mehdi Jaziri <mehdi.jaziri.ajb@gmail.example.com>", hdr(M10_SUBJ, enc="Q"), M10_ID, body)
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ahmed Trabelsi", "Chef de groupe", "Association des jeunes bâtisseurs", ["plenary"]),
        sp("Salma Gharbi", "Responsable communication", "Association des jeunes bâtisseurs", ["plenary"])],
        notes="voice-typed: one sentence with no punctuation, all lower case (names and titles recorded "
              "capitalised, as typed into the register); two speakers introduced in prose; 'à sfax' after the "
              "association is the city, not part of the affiliation."))


# ================================================================ 11  EN  both  HTML-only, Outlook for Android, one line per thought, emoji
def m11():
    when = at("2021-02-04 14:20:33")
    fname = "Y4M_GCM_voluntary_review.pdf"
    inner = """<div dir="auto">Hi GCM team 👋</div>
<div dir="auto"><br></div>
<div dir="auto">Attached is our voluntary review report 📎</div>
<div dir="auto">It was written by 14 young volunteers in Jordan and Lebanon</div>
<div dir="auto">We would also love to join the open discussion on the 23rd 🙌</div>
<div dir="auto">Our speaker: Lina Farouk, Advocacy Lead, Youth4Migrants Network (Y4M)</div>
<div dir="auto"><br></div>
<div dir="auto">Thanks a lot!!</div>
<div dir="auto">Lina</div>
<div dir="auto"><br></div>
<div dir="auto">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div>"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Youth4Migrants Network (Y4M)",
                  ["Who we are", "How we consulted young migrants", "Objectives 3, 7 and 16", "Gaps",
                   "Recommendations from youth"])
    h = html_only(inner, newlines=True)
    body = multi("mixed", [h, attach("application/pdf", pdf, fname)], "_002_AM6PR08MB4423B1F0E9D2C7A5_")
    m = mk(when, sent_at(when, 2, 9), "mail-am6eur05on2071.outbound.protection.outlook.example.com",
           "198.51.100.71", "4DWm0s8YbKz1", "Lina Farouk <lina.farouk@outlook.example.com>",
           hdr("Report + speaker 🙏"), "<AM6PR08MB4423B1F0E9D2C7A5@AM6PR08MB4423.eurprd08.prod.outlook.example.com>",
           body, extra=[("X-Mailer", "Outlook for Android"), ("X-MS-Has-Attach", "yes")])
    add(11, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
        sp("Lina Farouk", "Advocacy Lead", "Youth4Migrants Network (Y4M)", ["open_discussion"])],
        notes="both, on time; HTML-only from Outlook for Android, one line per thought with emoji; the sender "
              "proposes herself in a single comma-separated line; open discussion given as 'on the 23rd'."))


# ================================================================ 12  FR  other  question from a phone: can volunteers attend, is it online
def m12():
    when = at("2021-02-04 17:05:50")
    text = """Bonjour,
est-ce que nos bénévoles peuvent assister à la conférence sans prendre la parole ?
et est-ce que ce sera en ligne ou à Beyrouth ?
merci !!

Inès
Scouts Amitié Nabeul

Envoyé de mon téléphone
"""
    m = mk(when, sent_at(when, 1, 4), "mail-qv1-f43.google.example.com", "192.0.2.143", "4DWqH01nMsz5",
           addr("Inès Ben Youssef", "ines.benyoussef@gmail.example.com", enc="Q"), "",
           "<CAE2pV7uDz4m+Kq1nYw8bTg3Rf6sLx0eHj9A@mail.gmail.example.com>",
           alt(text, "000000000000b1c2d305ba71a4e8", html=gmail_html(text)))
    add(12, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="empty subject; a question (can volunteers attend without speaking, online or in Beirut?): no "
              "speaking role asked, no report."))


# ================================================================ 13  AR  both  Egyptian dialect, HTML-only, PDF with an Arabic name, roundtable 2
def m13():
    when = at("2021-02-05 20:00:15")
    fname = "تقرير مبادرة خطوة - الاتفاق العالمي.pdf"
    inner = div_html("""مساء الخير يا جماعة
مرفق التقرير الطوعي بتاعنا عن تنفيذ الاتفاق العالمي للهجرة في محافظات الصعيد
وكمان عايزين نشارك بمداخلة في المائدة المستديرة التانية
المتحدثة: منة الله عبد الرحيم
منسقة المشروعات - مبادرة خطوة للشباب
شكراً ليكم 🌸
""")
    pdf = rep_pdf("Voluntary GCM review - Khatwa Youth Initiative", "Khatwa Youth Initiative (Upper Egypt)",
                  ["Introduction", "Irregular migration of young people from Upper Egypt", "Objectives 2 and 7",
                   "Challenges", "Recommendations"])
    h = html_only(inner, rtl=True, lang="ar", newlines=True)
    body = multi("mixed", [h, attach("application/pdf", pdf, fname)], "----=_Part_771203_1544096511.1612548010442")
    m = mk(when, sent_at(when, 2, 5), "sonic308-14.consmr.mail.bf2.yahoo.example.com", "192.0.2.108",
           "4DXFr61PqLz2", addr("مبادرة خطوة", "khatwa.youth@yahoo.example.com"),
           hdr("تقرير ومتحدثة - مبادرة خطوة"), "<771204.1612548010443@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    add(13, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
        sp("منة الله عبد الرحيم", "منسقة المشروعات", "مبادرة خطوة للشباب", ["roundtable"], 2)],
        notes="both, on time (5 February evening); Egyptian dialect, HTML-only RTL; roundtable as the Egyptian "
              "ordinal 'التانية'; title and organisation on one line separated by ' - '. Arabic PDF file name."))


# ================================================================ 14  AR  speaker  Egyptian Arabizi body, Arabic-script signature, 23:41
def m14():
    when = at("2021-02-05 23:41:20")
    text = """ezayoko
e7na gam3eyet el resala lel shabab (volunteers) w 3ayzin nesha2rek fel roundtable el awalaneya 3an el shabab el mohagreen
el speaker hayeb2a ana
ma3lesh 3al ta25eer el net kan wa2e3 🙈

محمد سمير
مسؤول المتطوعين
جمعية الرسالة للشباب - فرع المنيا
"""
    body = alt(text, "0000000000009a8b7c05ba7e2f40", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-wm1-f53.google.example.com", "192.0.2.53", "4DXMd24WvTz8",
           "Mohamed Samir <m.samir.resala@gmail.example.com>", "talab moshakra",
           "<CAN7bR3xPq8s+Tz5wEy1mKd6jHf2uLa9cVo@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد سمير", "مسؤول المتطوعين", "جمعية الرسالة للشباب", ["roundtable"], 1)],
        notes="Egyptian Arabizi body ('3ayzin nesha2rek'), details only in the Arabic-script signature (mixed "
              "scripts); the speaker is the sender ('el speaker hayeb2a ana'); roundtable 1 as 'el awalaneya'. "
              "Received 23:41 on 5 February: on time. 'فرع المنيا' (the branch's city) is not part of the "
              "affiliation, as a city after the organisation."))


# ================================================================ 15  AR  other  thank-you reply to our acknowledgement of 08
def m15():
    when = at("2021-02-06 09:05:30")
    text = """الله يعطيكم العافية وشكرا 🌹

أُرسلت من هاتفي

> في ٢‏/٢‏/٢٠٢١ في ١١:٣٠ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
> شكراً لرسالتكم. تم استلام طلب المشاركة كمتحدث وسيتم التواصل معكم لاحقاً.
"""
    m = mk(when, sent_at(when, 3, 4), "mr85p00im-zteg06021501.me.example.com", "192.0.2.185", "4DXb0m7KsGz3",
           addr("Khaled", "khaled.alenezi@icloud.example.com"), re_hdr("Re: ", "استلام طلبكم - " + M08_SUBJ),
           "<3F8D20C1-6B7E-4A95-9C14-D5A0E27B8F36@icloud.example.com>", plain(text, cte="base64"),
           extra=[("X-Mailer", IPHONE), ("In-Reply-To", ack_mid("4DVgS23nXkz8")),
                  ("References", M08_ID + " " + ack_mid("4DVgS23nXkz8"))])
    add(15, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 8,
        notes="a thank-you replying to our acknowledgement of h212-08 (In-Reply-To our acknowledgement, "
              "References h212-08): adds nothing new, so no acknowledgement. iPhone, emoji."))


# ================================================================ 16  EN  speaker  late, on behalf, top-posted over an internal thread, two speakers
def m16():
    when = at("2021-02-08 11:30:02")
    text = """Dear GCM Regional Review team,

Please see the thread below - apologies, this request is late; the invitation only reached Father Elias after he returned from Aleppo. Could you kindly still consider our two speakers for a plenary session? Details are in Nour's form below.

With thanks and blessings,
Rita Sleiman
Office Manager | Mar Elias Relief Committee (MERC)

From: Nour Azar <nour.azar@merc.example.org>
Sent: Sunday, February 7, 2021 9:02 PM
To: Rita Sleiman <office@merc.example.org>
Subject: Re: GCM conference - speakers

Rita, here it is, filled in. Can you send it from the office account tomorrow? My phone keeps failing with attachments.

SPEAKER 1
Full name: Fr. Elias Haddad
Position: Director
Organization: Mar Elias Relief Committee (MERC)
Session: plenary

SPEAKER 2
Full name: Nour Azar
Position: Youth Volunteer Lead
Organization: Mar Elias Relief Committee (MERC)
Session: plenary

Nour
Sent from my iPhone

From: Rita Sleiman <office@merc.example.org>
Sent: Sunday, February 7, 2021 6:40 PM
To: Nour Azar <nour.azar@merc.example.org>
Cc: Elias Haddad <director@merc.example.org>
Subject: GCM conference - speakers

Nour, Abouna wants you and him to speak at the IOM conference on 24-25 Feb. Can you fill the speaker details (name, title, organisation) and send them back to me tonight?

Rita

From: Elias Haddad <director@merc.example.org>
Sent: Sunday, February 7, 2021 5:15 PM
To: Rita Sleiman <office@merc.example.org>
Subject: FW: Invitation - Regional Review of the GCM in the Arab region

Rita please handle. We should speak, Nour and I. E.

Sent from my iPad
"""
    subj = "Speaker request (late) - MERC"
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur04on0629.outbound.protection.outlook.example.com",
           "198.51.100.29", "4DYXk93FqNz4", "Rita Sleiman <office@merc.example.org>", subj,
           "<VI1PR04MB5136E7A2C0F9B4D8@VI1PR04MB5136.eurprd04.prod.outlook.example.com>",
           alt(text, "_000_VI1PR04MB5136E7A2C0F9B4D8_"),
           extra=outlook(subj, "AQHW/aB1c2D3e4F5g6H7i8J9k0LmNQ=="), cc="Elias Haddad <director@merc.example.org>")
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Elias Haddad", "Director", "Mar Elias Relief Committee (MERC)", ["plenary"]),
        sp("Nour Azar", "Youth Volunteer Lead", "Mar Elias Relief Committee (MERC)", ["plenary"])],
        notes="late (8 February) and says so; sent on behalf by the office manager, top-posted over an internal "
              "chain (Outlook headers in the body, not '>'-quoted); the details are only in the colleague's "
              "pasted form inside the chain. 'Fr.' (Father) and 'Abouna' are forms of address, dropped."))


# ================================================================ 17  FR  speaker  late, on behalf, pasted form with the surname first
def m17():
    when = at("2021-02-09 09:20:11")
    text = """Madame, Monsieur,

Au nom de notre commissaire, M. Youssef Amrani, et avec nos excuses pour ce retard (nos responsables étaient en camp de formation sans connexion), nous vous transmettons ci-dessous sa demande de prise de parole, copiée du formulaire rempli par lui.

----------
FORMULAIRE – DEMANDE DE PRISE DE PAROLE
Nom et prénom : AMRANI Youssef
Fonction : Commissaire national à la jeunesse
Organisation : Mouvement Scout de l'Oriental (MSO) – Oujda
Session souhaitée : table ronde thématique n° 3
----------

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations scoutes.

Le secrétariat du MSO
"""
    a = alt(text, "_000_MR2P264MB0913C1A7E6F2D5B8_")
    subj = "Demande de prise de parole - MSO"
    m = mk(when, sent_at(when, 1, 6), "mail-mr2fra01on0618.outbound.protection.outlook.example.com",
           "198.51.100.18", "4DZ8q51HtJz0", addr("Secrétariat MSO", "secretariat@mso-scouts.example.ma", enc="Q"),
           subj, "<MR2P264MB0913C1A7E6F2D5B8@MR2P264MB0913.FRAP264.PROD.OUTLOOK.example.com>", a,
           extra=outlook(subj, "AdcExa1B2c3D4e5F6g7H8i9J0kLmNw==", lang="fr-FR"))
    add(17, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Youssef Amrani", "Commissaire national à la jeunesse", "Mouvement Scout de l'Oriental (MSO)",
           ["roundtable"], 3)],
        notes="late (9 February), says so; sent on behalf of the speaker by a generic secretariat address; the "
              "details are in a pasted form whose name line puts the surname first in capitals ('AMRANI "
              "Youssef'); the name is recorded in the order the body writes it ('M. Youssef Amrani', honorific "
              "dropped); the city after the organisation is not part of the affiliation."))


# ================================================================ 18  EN  other  'did you get our form?' follow-up to 06, top-posted from a phone
def m18():
    when = at("2021-02-09 15:02:40")
    text = """Hi again, did you get our form? Samuel says he got nothing from you. Is everything ok with his nomination?
Fatima

Sent from my Samsung Galaxy smartphone.

-------- Original message --------
From: Fatima Noor <fatima.noor.hbr@gmail.example.com>
Date: 2/2/21 10:15 (GMT+02:00)
To: gcmrrarabstates@iom.int
Cc: Samuel Girgis <chaplain@hopebridge.example.org>
Subject: Speaker form - HBR

""" + M06_TEXT
    body = alt(text, "000000000000e1f2a305bae0c4d9", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f46.google.example.com", "192.0.2.46", "4DZKx08VnPz6",
           "Fatima Noor <fatima.noor.hbr@gmail.example.com>", "Re: " + M06_SUBJ,
           "<CAFz8Tq3yPf9+Nt6oDm1rZg4uJe8xAi2wLq@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID)])
    add(18, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 6,
        notes="follow-up question on h212-06 (In-Reply-To), top-posted over the whole original, which still holds "
              "the labelled speaker lines: nothing new is proposed. The speaker did not get our acknowledgement "
              "because his Cc address bounced (h212-07)."))


# ================================================================ 19  FR  both  report on time, speaker part late; Outlook
def m19():
    when = at("2021-02-10 10:10:27")
    fname = "ACEM - Rapport volontaire PMM.docx"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association Chrétienne d'Entraide aux Migrants (ACEM) sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières, préparé avec les bénévoles de nos trois centres d'accueil.

Par ailleurs, nous savons que la date limite des demandes de prise de parole est dépassée ; notre directrice, Mme Hélène Khoury, souhaiterait néanmoins intervenir à la table ronde thématique n° 4 si cela est encore possible.

Dans l'attente de votre retour, nous vous prions d'agréer nos salutations distinguées.

Georges Nassif
Chargé de projets
ACEM – Beyrouth
"""
    doc = make_docx(["Rapport volontaire d'examen du PMM - 2021",
                     "Association Chretienne d'Entraide aux Migrants (ACEM)",
                     "1. Nos centres d'accueil", "2. Objectifs 7, 15 et 16", "3. Defis", "4. Recommandations"])
    a = alt(text, "_000_AM0PR10MB2084F3B6C9D1E7A2_")
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "_002_AM0PR10MB2084F3B6C9D1E7A2_")
    subj = "Rapport volontaire ACEM et demande d'intervention"
    m = mk(when, sent_at(when, 2, 6), "mail-am0eur10on0654.outbound.protection.outlook.example.com",
           "198.51.100.54", "4DZm3R7TcWz2", "Georges Nassif <g.nassif@acem.example.org>", subj,
           "<AM0PR10MB2084F3B6C9D1E7A2@AM0PR10MB2084.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcFc7aB8c9D0e1F2g3H4i5J6k7LmQ==", lang="fr-FR", has_attach="yes"))
    add(19, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
        sp("Hélène Khoury", "Directrice", "Association Chrétienne d'Entraide aux Migrants (ACEM)", ["roundtable"], 4)],
        notes="both: the report part is on time (10 February) but the speaker part is late, so on_time is false; "
              "the speaker is not the sender and is described in prose ('notre directrice, Mme Hélène Khoury'); "
              "the affiliation is the full name of the first paragraph (the signature has only 'ACEM – Beyrouth')."))


# ================================================================ 20  AR  report  faith-based charity, formal Arabic, Outlook for iOS, DOCX
def m20():
    when = at("2021-02-11 12:00:48")
    fname = "التقرير الطوعي - جمعية الإحسان.docx"
    text = """السادة القائمين على الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،
السلام عليكم ورحمة الله وبركاته،

نرفق لكم التقرير الطوعي لجمعية الإحسان لرعاية الوافدين، والذي أعده فريق المتطوعين في فروع الجمعية الثلاثة، متضمناً ما قدمته الجمعية للعمال الوافدين وأسرهم خلال عامي ٢٠١٩ و٢٠٢٠.

نسأل الله التوفيق للجميع.

أحمد بن سالم الكندي
أمين السر - جمعية الإحسان لرعاية الوافدين
مسقط

احصل على Outlook لـ iOS
"""
    doc = make_docx(["التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة ٢٠٢١",
                     "جمعية الإحسان لرعاية الوافدين",
                     "١. عن الجمعية", "٢. الخدمات المقدمة للعمال الوافدين", "٣. الهدفان ٧ و١٥", "٤. التحديات",
                     "٥. التوصيات"])
    html = html_only(div_html(text), rtl=True, lang="ar", newlines=True)
    body = multi("mixed", [multi("alternative", [plain(text, cte="base64"), html], "_000_DB8PR09MB31F0_"),
                           attach(DOCX, doc, fname)], "_002_DB8PR09MB31F0_")
    m = mk(when, sent_at(when, 4, 5), "mail-db8eur09on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4F0BwT5mRcz7", addr("أحمد الكندي", "alihsan.oman@outlook.example.com"),
           hdr("التقرير الطوعي - جمعية الإحسان لرعاية الوافدين"),
           "<DB8PR09MB31F0A9E2C7D4B615@DB8PR09MB31F0.eurprd09.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Outlook for iOS"), ("X-MS-Has-Attach", "yes")])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="formal Arabic from a faith-based charity, Outlook for iOS (plain part base64, 'احصل على Outlook لـ "
              "iOS'); Arabic DOCX file name (RFC 2231); Date header in UTC+4."))


# ================================================================ 21  EN  report  all lower case, Gmail, 'final FINAL' DOCX
def m21():
    when = at("2021-02-12 18:33:07")
    fname = "RYVC report final FINAL.docx"
    text = """hey

attached is our groups voluntary review report
its short sorry, we are all volunteers lol
pls lmk if u got it 🙏

bilal
refugee youth volunteers collective (ryvc)
"""
    doc = make_docx(["Voluntary GCM Review - Refugee Youth Volunteers Collective (RYVC)", "1. About us",
                     "2. What we saw in 2020 (Objectives 15 and 16)", "3. What needs to change"])
    a = alt(text, "0000000000007c8d9e05bb2a6f01", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "0000000000007c8d9d05bb2a6eff")
    m = mk(when, sent_at(when, 2, 4), "mail-ej1-f44.google.example.com", "192.0.2.144", "4F0w9L3kXpz1",
           "bilal <bilal.ryvc@gmail.example.com>", "report",
           "<CAK3mW9pRt2x+Gy7vQc0nLe5sBh1uZf8kDj@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="all lower case, no apostrophes, emoji, one-word subject; DOCX named 'final FINAL'."))


# ================================================================ 22  AR  report  Gulf volunteer team, Gmail, 23:20 on the deadline day
def m22():
    when = at("2021-02-15 23:20:45")
    fname = "تقرير_فريق_سند_التطوعي.pdf"
    text = """هلا والله
هذا تقريرنا الطوعي عن الاتفاق العالمي للهجرة
اعذرونا على التأخير كان عندنا فعالية للعمالة نهاية الاسبوع
فريق سند التطوعي 💚
"""
    pdf = rep_pdf("Voluntary GCM review report", "Sanad Volunteer Team", ["About the team",
                  "Winter campaigns for migrant workers", "Objectives 7 and 15", "Recommendations"])
    a = alt(text, "000000000000f0e1d205bb6a3c27", html=gmail_html(text, rtl=True))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "000000000000f0e1d105bb6a3c25")
    m = mk(when, sent_at(when, 3, 6), "mail-pl1-f41.google.example.com", "192.0.2.41", "4F2D7g0NxYz9",
           "Sanad Team <sanad.volunteers@gmail.example.com>", hdr("تقرير فريق سند"),
           "<CAHb6Xq0sWn4+Ej8tVm2pKc7rGd3yLu1fOa@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Gulf dialect, one line per thought, emoji; apologises for being late but is on time (15 February, "
              "deadline 16 February); Date header in UTC+3."))


# ================================================================ 23  FR  report  late, iPhone, accented DOCX file name
def m23():
    when = at("2021-02-17 09:45:03")
    fname = "Rapport_Réseau_Scouts_Sahel_PMM.docx"
    text = """Bonjour,

Voici le rapport du Réseau des Scouts du Sahel pour l'examen régional du PMM. Désolé pour le retard, la connexion au camp était très mauvaise ces derniers jours.

Cordialement
Oumar Sy
Réseau des Scouts du Sahel

Envoyé de mon iPhone
"""
    doc = make_docx(["Rapport volontaire - Reseau des Scouts du Sahel", "1. Presentation",
                     "2. Jeunes migrants et retour (Objectif 21)", "3. Recommandations"])
    body = multi("mixed", [plain(text), attach(DOCX, doc, fname)], "Apple-Mail-4B1E7C20-3D9A-4F61-A8E2-7C05B9D3F18E")
    m = mk(when, sent_at(when, 0, 4), "mr85p00im-hyfv06011401.me.example.com", "192.0.2.186", "4F3hV28QmKz5",
           "Oumar Sy <oumar.sy.scouts@icloud.example.com>", hdr("Rapport PMM - Réseau des Scouts du Sahel", enc="Q"),
           "<9E2C4A71-B3D8-4F05-96A1-E70B58C2D34F@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 February) and says so; iPhone, accented file name (RFC 2231 + RFC 2047); Date header "
              "in UTC+0."))


# ================================================================ 24  FR  other  'are our two speakers selected?' reply to 10
def m24():
    when = at("2021-02-18 14:12:36")
    text = """bonjour on n'a pas encore eu de réponse est ce que nos deux intervenants sont retenus pour la plénière ? merci

Envoyé de mon téléphone

Le mer. 3 févr. 2021 à 18:45, Mehdi Jaziri <mehdi.jaziri.ajb@gmail.example.com> a écrit :

""" + gt(M10_TEXT) + "\n"
    body = alt(text, "000000000000b3c4d505bb8f1e62", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-lf1-f48.google.example.com", "192.0.2.48", "4F4BnW6HsDz0",
           "Mehdi Jaziri <mehdi.jaziri.ajb@gmail.example.com>", re_hdr("Re: ", M10_SUBJ, ),
           "<CAPx2Zr7tYm1+Hb4qWn9sKf0eLd6vJc3uGi@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M10_ID), ("References", M10_ID)])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 10,
        notes="voice-typed follow-up in the thread of h212-10 (Gmail reply quoting the original): asks whether "
              "the speakers were selected, proposes nothing new."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
