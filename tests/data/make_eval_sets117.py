#!/usr/bin/env python3
"""Write the blind evaluation set holdout117 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets117.py
Theme: bilingual and trilingual senders across the region (Lebanon, Jordan, Tunisia, Morocco, Iraq,
Palestine, Egypt): requests written twice in two languages, signatures in two scripts with differing
spellings, organisation names in two languages, subject in one language and body in another.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout117")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h117-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ---------------------------------------------------------------- small builders
def alt(text, html_body, boundary, charset="utf-8", cte="quoted-printable", html_cte=None):
    return multi("alternative", [leaf("text/plain", text, charset, cte),
                                 leaf("text/html", html_body, charset, html_cte or cte)], boundary)


def attach(ctype, data, name, style="quoted", inline=False):
    """style: quoted (plain name), 2047 (encoded words, Gmail), 2231 (RFC 2231 extended)."""
    disp = "inline" if inline else "attachment"
    if style == "2047":
        w = b_word(name)
        return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % w)],
                    disp='%s; filename="%s"' % (disp, w))
    if style == "2231":
        return leaf(ctype, data, cte="base64", params=[("name*", rfc2231(name))],
                    disp="%s;\r\n filename*=%s" % (disp, rfc2231(name)))
    return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % name)],
                disp='%s; filename="%s"' % (disp, name))


MID = {
    2: "<AM6PR08MB4213A7C1E90B2D44F1C6A8B3D9E20@AM6PR08MB4213.eurprd08.prod.outlook.example.com>",
    8: "<VI1PR02MB5530D1F4C7A2B9E38C0A4E7F21B55@VI1PR02MB5530.eurprd02.prod.outlook.example.com>",
    10: "<CAJ7xQpT3nK9vRb2Lw5mZ8dF1gH4sY6uE0aC3iO7kM9pN2qR5tV@mail.gmail.example.com>",
}
# our acknowledgements (sent by the service, not in the set)
ACK = {
    2: "<ack-20210130-104512-7f3e@iom.int>",
    8: "<ack-20210203-122811-2c9a@iom.int>",
    10: "<ack-20210204-114602-91bd@iom.int>",
}

INVITE_MID = "<DB7PR04MB51180C6E2A9F4D7B83E1C5A0F2D47@DB7PR04MB5118.eurprd04.prod.outlook.example.com>"
INVITE_SUBJ = "Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-28 10:14:37")
    sent = when - dt.timedelta(seconds=6)
    text = """Dear colleagues,

Thank you for the invitation to the regional review. Before we start drafting I have a few questions about the voluntary report:

1) Can a collective report be submitted by a coalition that includes organizations from both Jordan and Lebanon, or should each country send its own?
2) Is there a template or a page limit?
3) Is it OK to submit it in Arabic only, or do you need an English version too?

Many thanks in advance, and sorry if these were answered somewhere already.

Best,
Lina

--
Lina Odeh | لينا عودة
Programme Manager | مديرة برامج
Jordanian Society for Migrant Workers | الجمعية الأردنية للعمال المهاجرين
Amman, Jordan
"""
    html_body = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = alt(text, html_body, "000000000000a41c7205b9f0e3d2")
    rows = std_rows(when, "mail-ed1-f54.google.example.com", "209.85.208.54", "4DRq2K1xZsz3",
                    "Lina Odeh <lina.odeh.jsmw@gmail.example.com>",
                    hdr("استفسار بخصوص التقرير الطوعي"), rfcdate(sent),
                    "<CAH2kZr9Ux1pQ7vE4bN6mT3sW8yA0cF5gJ2hL9kD4nR7oS1uX6w@mail.gmail.example.com>",
                    ret="lina.odeh.jsmw@gmail.example.com")
    m = top(body, rows)
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="subject line only in Arabic ('استفسار بخصوص التقرير الطوعي', RFC 2047 base64) while the body is "
              "English: language follows the body; questions about the voluntary report (coalition, template, "
              "Arabic-only) without submitting anything; bilingual signature."))


def m02():
    when = at("2021-01-30 12:40:05")
    sent = when - dt.timedelta(seconds=3)
    text = """السادة في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين،
تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّنا أن نعبّر عن رغبة المركز اللبناني لدراسات الهجرة (LCMS) في تقديم مداخلة خلال الطاولة المستديرة الثالثة.

ونقترح أن يتحدث باسم المركز السيد محمد الخطيب، مدير البرامج.

وتفضلوا بقبول فائق الاحترام والتقدير.

---------------------------------------

Dear colleagues,

With reference to the invitation to the Regional Review of the Global Compact for Migration in the Arab region, the Lebanese Centre for Migration Studies would like to request a floor intervention in Roundtable 3. Our proposed speaker is Mr. Mohamad El Khatib, Programme Director.

With best regards,

محمد الخطيب | Mohamad El Khatib
مدير البرامج | Programme Director
المركز اللبناني لدراسات الهجرة | Lebanese Centre for Migration Studies
بيروت - لبنان | Beirut - Lebanon
+961 1 612 408
"""
    paras = text.split("---------------------------------------")
    html_body = ('<div dir="rtl" style="font-family:Arial">' + text2html(paras[0].strip()) + "</div>\n<hr>\n"
                 '<div dir="ltr" style="font-family:Calibri">' + text2html(paras[1].strip()) + "</div>\n")
    body = alt(text, html_wrap(html_body), "_000_AM6PR08MB4213A7C1E90B2D44F1C6A8B3D9E20AM6PR08MB4213eurp_",
               cte="base64")
    rows = std_rows(when, "mail.lcms-lb.example.org", "185.87.12.40", "4DSjf03bQ8z1",
                    addr("محمد الخطيب", "m.elkhatib@lcms-lb.example.org"),
                    hdr("طلب مشاركة كمتحدث / Request for a speaking role - GCM Regional Review"),
                    rfcdate(sent), MID[2], ret="m.elkhatib@lcms-lb.example.org",
                    extra=[("Received", "from AM6PR08MB4213.eurprd08.prod.outlook.example.com ([fe80::5d1:2a7c])\r\n"
                            "\tby mail.lcms-lb.example.org with mapi id 15.20.3805.22; " + rfcdate(tz(sent, 0)))])
    rows += [("Thread-Topic", hdr("طلب مشاركة كمتحدث / Request for a speaking role - GCM Regional Review")),
             ("Thread-Index", "AdbW3c1x9Qe7fKhZSq2m4VbR0pL8Ag=="),
             ("Accept-Language", "ar-LB, en-US"), ("Content-Language", "ar-LB"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("محمد الخطيب", "مدير البرامج", "المركز اللبناني لدراسات الهجرة (LCMS)", ["roundtable"], 3)],
        notes="whole request written twice, Arabic first then English: language ar; the speaker is the sender, "
              "referred to in the third person ('السيد محمد الخطيب'); the Latin spelling 'Mohamad El Khatib' in the "
              "English part and bilingual signature differs from the Arabic: name labelled in Arabic; acronym LCMS "
              "only in the Arabic part; 'الطاولة المستديرة الثالثة' = roundtable 3; Outlook base64 alternative."))


def m03():
    when = at("2021-02-01 09:05:51")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Bonjour,

Suite à votre lettre d'invitation, je me permets de vous écrire pour demander une prise de parole lors d'une des séances plénières de la conférence régionale (24-25 février). Notre association travaille depuis 2012 sur l'accès aux droits des migrants subsahariens à Sfax et à Médenine, et nous aimerions partager ce que nous observons sur le terrain depuis le début de la crise sanitaire (pertes d'emploi, expulsions de logement, difficultés d'accès aux soins).

Je serai moi-même l'intervenante.

Merci d'avance pour votre retour,
Bien cordialement

-- 
سنية بن عمر
رئيسة الجمعية
الجمعية التونسية لحقوق المهاجرين
صفاقس - تونس
الهاتف: +216 74 000 118
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "smtp.atdm-tn.example.org", "197.14.52.9", "4DTbW61nKqz6",
                    "asso.atdm.sfax@atdm-tn.example.org",
                    "Speaking role request - GCM Regional Review (Arab region)", rfcdate(sent),
                    "<5f2c9e41-1b7a-4d0e-9a63-7e8b2c4d1f05@atdm-tn.example.org>",
                    ret="asso.atdm.sfax@atdm-tn.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("سنية بن عمر", "رئيسة الجمعية", "الجمعية التونسية لحقوق المهاجرين", ["plenary"])],
        notes="English subject, French body, Arabic-only signature block: the speaker ('je serai moi-même "
              "l'intervenante') is only identified there, so name/title/affiliation come from the Arabic "
              "signature; From header has a bare role address; Thunderbird format=flowed 8bit; Date in +0100."))


def m04():
    when = at("2021-02-01 16:30:12")
    dsn_date = when
    orig_date = when - dt.timedelta(minutes=2, seconds=40)
    text = POSTFIX_NOTICE + """
<asso.atdm.sfax@atdm-tn.example.org>: host smtp.atdm-tn.example.org[197.14.52.9]
    said: 552 5.2.2 <asso.atdm.sfax@atdm-tn.example.org>: Mailbox full, quota
    exceeded (in reply to RCPT TO command)
"""
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = ("Reporting-MTA: dns; mx1.iom.int\nX-Postfix-Queue-ID: 4DTnH72pLxz9\n"
          "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; asso.atdm.sfax@atdm-tn.example.org\n"
          "Original-Recipient: rfc822;asso.atdm.sfax@atdm-tn.example.org\nAction: failed\nStatus: 5.2.2\n"
          "Remote-MTA: dns; smtp.atdm-tn.example.org\nDiagnostic-Code: smtp; 552 5.2.2\n"
          "    <asso.atdm.sfax@atdm-tn.example.org>: Mailbox full, quota exceeded\n") % rfcdate(orig_date, "EET")
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in ds.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    hd = ("Received: by mx1.iom.int (Postfix, from userid 1001)\n\tid 4DTnH72pLxz9; %s\n"
          "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
          "To: asso.atdm.sfax@atdm-tn.example.org\n"
          "Subject: Re: Speaking role request - GCM Regional Review (Arab region)\n"
          "In-Reply-To: <5f2c9e41-1b7a-4d0e-9a63-7e8b2c4d1f05@atdm-tn.example.org>\n"
          "Message-ID: <ack-20210201-162732-4be1@iom.int>\n"
          "Date: %s\nAuto-Submitted: auto-replied\nContent-Language: fr\n") % (
              rfcdate(orig_date, "EET"), rfcdate(orig_date))
    p3 = leaf("text/rfc822-headers", hd, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4DTnH72pLxz9.1612189812/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DTnK04Rmcz2; " + rfcdate(when, "EET")),
            ("Date", rfcdate(dsn_date, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210201143012.4DTnK04Rmcz2@mx1.iom.int>")]
    m = top(body, rows)
    add(4, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status, mailbox full) for our French acknowledgement of "
              "h117-03; the returned headers carry In-Reply-To of h117-03 and a French Content-Language, but it is "
              "a machine bounce: never acknowledge."))


def m05():
    when = at("2021-02-02 08:20:44")
    sent = tz(when - dt.timedelta(seconds=12), 3)
    text = """مرحبا
اريد استفسر اذا الاجتماع يوم 23 شباط يكون حضوري لو اونلاين؟ واذا اونلاين شلون نسجل، يعني نحتاج رابط خاص لو نفس الرابط للكل؟
وهل اكو ترجمة فورية للعربي؟ لان بعض الزملاء من المنظمة ما يعرفون انكليزي زين
وشكرا

نوزاد

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.kurdmig-iq.example.org", "37.236.14.202", "4DVb1q3mXtz4",
                    "Nawzad Rashid <nawzad.r@kurdmig-iq.example.org>",
                    "Registration - online participation?", rfcdate(sent),
                    "<6A1E2F0C-93B4-4D7A-8C25-1F7E0D9B3A64@kurdmig-iq.example.org>",
                    ret="nawzad.r@kurdmig-iq.example.org")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="English subject, Iraqi colloquial Arabic body (شلون، اكو، لو = or): logistics questions (in person or "
              "online, registration link, interpretation); no request, no deadline; iPhone base64."))


def m06():
    when = at("2021-02-02 11:02:19")
    sent = when - dt.timedelta(seconds=2)
    text = """شكراً لرسالتكم.
أنا خارج المكتب حتى يوم الأحد 7 شباط 2021 مع إمكانية محدودة للوصول إلى البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع info@pal-mobility.example.org

Thank you for your message.
I am out of the office until Sunday 7 February 2021 with limited access to e-mail. For urgent matters please contact info@pal-mobility.example.org

سامر عوض | Samer Awwad
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    subj = hdr("رد تلقائي: " + INVITE_SUBJ)
    rows = std_rows(when, "mail.pal-mobility.example.org", "213.6.40.17", "4DVgB23sPhz7",
                    addr("سامر عوض", "s.awwad@pal-mobility.example.org"), subj, rfcdate(sent),
                    "<DBBPR09MB30624E1D7C0A9B2F58E3A61C04B7@DBBPR09MB3062.eurprd09.prod.outlook.example.com>",
                    ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_MID), ("References", INVITE_MID),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("Content-Language", "ar-SA")]
    m = top(body, rows)
    add(6, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="bilingual out-of-office (Arabic then English) to the invitation, Arabic 'رد تلقائي:' subject "
              "prefix; Auto-Submitted: auto-replied; must not be acknowledged."))


def m07():
    when = at("2021-02-03 10:10:26")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    fr_name = "Rapport_volontaire_PMC_Tunisie_FR.docx"
    ar_name = "التقرير_الطوعي_منصة_الهجرة_والمواطنة_AR.docx"
    text = """Bonjour à toute l'équipe,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial sur les migrations préparé par la Plateforme Migration et Citoyenneté (PMC), en deux versions : française et arabe (le contenu est identique).

Par ailleurs nous souhaitons intervenir lors de la table ronde 1 le 24 février. Notre intervenant sera Hichem Mansouri, coordinateur du pôle plaidoyer de la PMC.

Merci de nous confirmer la bonne réception.

Cordialement,

Hichem Mansouri
Coordinateur du pôle plaidoyer
Plateforme Migration et Citoyenneté (PMC) - منصة الهجرة والمواطنة
Tunis
"""
    html_body = '<div dir="ltr">' + text2html(text) + "</div>\n"
    a = alt(text, html_body, "000000000000e7c1b305ba6d2f18")
    d1 = make_docx(["Plateforme Migration et Citoyenneté (PMC)", "Rapport volontaire d'examen du Pacte mondial",
                    "Tunisie, janvier 2021", "1. Contexte national", "2. Progrès par objectif du Pacte"])
    d2 = make_docx(["منصة الهجرة والمواطنة", "التقرير الطوعي لمراجعة الاتفاق العالمي من أجل الهجرة",
                    "تونس، جانفي 2021", "1. السياق الوطني", "2. التقدم المحرز حسب أهداف الاتفاق"])
    body = multi("mixed", [a, attach(DOCX, d1, fr_name), attach(DOCX, d2, ar_name, "2231")],
                 "000000000000e7c1b505ba6d2f1a")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DWJ5c0Rmqz2",
                    "Hichem Mansouri <pmc.plaidoyer@gmail.example.com>",
                    "Rapport volontaire PMC + demande d'intervention (table ronde 1)", rfcdate(sent),
                    "<CAE4nR8wQ2sT6vX0zB3dF7hJ1kM5pR9tV3xZ7bD1fH5jL9nP3rT@mail.gmail.example.com>",
                    ret="pmc.plaidoyer@gmail.example.com")
    m = top(body, rows)
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Hichem Mansouri", "coordinateur du pôle plaidoyer",
                     "Plateforme Migration et Citoyenneté (PMC)", ["roundtable"], 1)],
        report_attachments=[fr_name, ar_name],
        notes="both: the same report in two DOCX files (French, and Arabic with an Arabic RFC 2231 file name), "
              "both make up the report; speaker is the sender; the Arabic organisation name follows the French "
              "one in the signature (affiliation kept in the French of the request); Gmail, Date +0100."))


def m08():
    when = at("2021-02-03 14:25:58")
    sent = when - dt.timedelta(seconds=4)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Organizing Committee,</p>
<p>Further to your kind invitation, the Egyptian Foundation for Refugee Rights (EFRR) &#8211; <span dir="rtl">المؤسسة المصرية لحقوق اللاجئين</span> &#8211; would like to nominate the following two speakers for the Regional Review Conference:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td dir="rtl"><b>الاسم</b></td><td><b>Position</b></td><td><b>Requested session</b></td></tr>
<tr><td>Dr. Heba Abdel-Fattah</td><td dir="rtl">د. هبة عبد الفتاح</td><td>Executive Director</td><td>Plenary session (24 Feb)</td></tr>
<tr><td>Karim Soliman</td><td dir="rtl">كريم سليمان</td><td>Senior Legal Officer</td><td>Roundtable 4 (or Roundtable 1 if 4 is full)</td></tr>
</table>
<p>Both speakers are fluent in Arabic and English. Please do not hesitate to contact me for any further information.</p>
<p>Kind regards,</p>
<p>Nadia Farouk<br>Communications Officer<br>Egyptian Foundation for Refugee Rights (EFRR)<br><span dir="rtl">المؤسسة المصرية لحقوق اللاجئين</span><br>Cairo, Egypt</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.efrr-eg.example.org", "41.33.120.58", "4DWQ8t1Hk9z5",
                    "Nadia Farouk <n.farouk@efrr-eg.example.org>",
                    "EFRR nomination of speakers - GCM Regional Review Conference", rfcdate(tz(sent, 0)),
                    MID[8], ret="n.farouk@efrr-eg.example.org")
    rows += [("Thread-Topic", "EFRR nomination of speakers - GCM Regional Review Conference"),
             ("Thread-Index", "AdbqK2c8rX1mVfP0Q7yZ3nHbT5sW9A=="),
             ("Accept-Language", "en-US"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Heba Abdel-Fattah", "Executive Director", "Egyptian Foundation for Refugee Rights (EFRR)",
                     ["plenary"]),
                  sp("Karim Soliman", "Senior Legal Officer", "Egyptian Foundation for Refugee Rights (EFRR)",
                     ["roundtable"], 4)],
        notes="HTML-only Outlook message; two speakers in a table with a column of Arabic names; organisation "
              "given in English and Arabic; 'Dr.' to drop; second speaker's first choice is roundtable 4 "
              "(1 only as fallback); sender is not a speaker; Date in +0000."))


def m09():
    when = at("2021-02-04 10:00:33")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """Madame, Monsieur,

J'ai l'honneur de vous transmettre, au nom de M. Youssef Amrani, Secrétaire général de l'Association Marocaine d'Appui aux Migrants (AMAM), sa candidature pour le rôle de rapporteur chargé de présenter les messages clés des parties prenantes lors de la Conférence régionale.

M. Amrani a coordonné en 2020 les consultations nationales de la société civile marocaine sur le Pacte et il est à l'aise en arabe, en français et en anglais.

Je reste à votre disposition pour toute information complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Khadija Bennani
Assistante de direction - AMAM, Rabat

* * *

السيدات والسادة المحترمون،

يشرفني أن أرسل إليكم، باسم السيد يوسف العمراني، الكاتب العام للجمعية المغربية لدعم المهاجرين، طلب ترشيحه لدور المقرر الذي يقدّم الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر الإقليمي.

وقد قام السيد العمراني سنة 2020 بتنسيق المشاورات الوطنية للمجتمع المدني المغربي حول الاتفاق العالمي، ويتقن العربية والفرنسية والإنجليزية.

وتقبلوا فائق التقدير والاحترام.

خديجة بناني
مساعدة المدير - الجمعية المغربية لدعم المهاجرين، الرباط
"""
    html_body = ('<div dir="ltr">' + text2html(text.split("* * *")[0].strip()) + "</div>\n<p>* * *</p>\n"
                 '<div dir="rtl">' + text2html(text.split("* * *")[1].strip()) + "</div>\n")
    body = alt(text, html_body, "0000000000004b8e2f05ba7c11d3")
    rows = std_rows(when, "mail-wr1-f67.google.example.com", "209.85.221.67", "4DX1nJ6bVtz0",
                    "Khadija Bennani <k.bennani.amam@gmail.example.com>",
                    hdr("Demande de prise de parole - طلب مداخلة - M. Youssef Amrani"), rfcdate(sent),
                    "<CAM9pT4vR1xZ6bD3fH8jL2nP5rT9vX3zB7dF1hJ5lN9pR3tV7xZ@mail.gmail.example.com>",
                    ret="k.bennani.amam@gmail.example.com")
    m = top(body, rows)
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Youssef Amrani", "Secrétaire général", "Association Marocaine d'Appui aux Migrants (AMAM)",
                     ["rapporteur"])],
        notes="whole request repeated: French first, then Arabic ('الكاتب العام للجمعية المغربية لدعم المهاجرين'): "
              "language fr; sent by an assistant on behalf of the speaker; 'M.' and 'السيد' to drop; the rapporteur "
              "role is described, not named as such in a list; bilingual subject (RFC 2047)."))


def m10():
    when = at("2021-02-04 13:45:09")
    sent = when - dt.timedelta(seconds=8)
    name = "تقرير_المراجعة_الطوعية_للاتفاق_العالمي_2021.pdf"
    text = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Al-Quds Centre for Labour Mobility (QCLM).

The report itself is in Arabic (we did not have the budget for a full translation), but there is a two-page English executive summary at the beginning. It covers Palestinian workers in Israel and the settlements, the permit system and the impact of the COVID-19 closures in 2020.

Kindly confirm receipt.

Best regards,
Yara Qasem
Research Coordinator
Al-Quds Centre for Labour Mobility (QCLM) | مركز القدس لتنقل العمالة
Ramallah
"""
    html_body = '<div dir="ltr">' + text2html(text) + "</div>\n"
    a = alt(text, html_body, "000000000000f19d4a05ba7e5b20")
    pdf = make_pdf(["Al-Quds Centre for Labour Mobility (QCLM)", "Voluntary GCM Review Report 2021",
                    "Executive summary (English) - full report in Arabic"])
    body = multi("mixed", [a, attach("application/pdf", pdf, name, "2047")], "000000000000f19d4c05ba7e5b22")
    rows = std_rows(when, "mail-lj1-f176.google.example.com", "209.85.208.176", "4DX6Rw2pDyz8",
                    "Yara Qasem <yara.qasem@qclm-ps.example.org>",
                    "Voluntary GCM review report - QCLM (Palestine)", rfcdate(sent), MID[10],
                    ret="yara.qasem@qclm-ps.example.org")
    m = top(body, rows)
    add(10, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="English body, report PDF with an Arabic file name encoded as RFC 2047 words inside name/filename "
              "(Gmail style); report content in Arabic but the sender wrote in English: language en."))


def m11():
    when = at("2021-02-04 19:30:47")
    sent = when - dt.timedelta(seconds=21)
    name = "Rafd_GCM_Voluntary_Review_2021.docx"
    text = """السلام عليكم ورحمة الله وبركاته،

تحية طيبة،

نرفق لكم طيّه التقرير الطوعي الذي أعدته جمعية رفد (Rafd Association) حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في الأردن خلال الفترة 2019-2020، وهو تقرير فردي باسم الجمعية.

كما نود أن نطلب فرصة لتقديم مداخلة في الطاولة المستديرة الرابعة، وستكون المتحدثة باسم الجمعية ديما النسور، منسقة المناصرة.

نرجو التكرم بتأكيد الاستلام.

مع خالص الشكر،

ديما النسور
منسقة المناصرة | Advocacy Coordinator
جمعية رفد | Rafd Association
عمّان - الأردن
--
Dima Al Nsour
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    t.replace_header("Content-Type", "text/plain; charset=UTF-8; format=flowed")
    docx = make_docx(["Rafd Association - جمعية رفد", "Voluntary GCM Review Report 2021 - Jordan",
                      "التقرير الطوعي لمراجعة الاتفاق العالمي من أجل الهجرة"])
    body = multi("mixed", [t, attach(DOCX, docx, name)], "------------0B7D3E1A9C5F2E8D4A6B1C3F")
    rows = std_rows(when, "mail.rafd-jo.example.org", "82.212.64.19", "4DXJk57qWfz3",
                    addr("ديما النسور", "dima@rafd-jo.example.org"),
                    hdr("تقرير طوعي + طلب مداخلة - جمعية رفد"), rfcdate(sent),
                    "<8d3a1f27-0c4e-4b9a-b6d2-5e7f9a1c3b48@rafd-jo.example.org>", ret="dima@rafd-jo.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "ar")]
    m = top(body, rows)
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("ديما النسور", "منسقة المناصرة", "جمعية رفد (Rafd Association)", ["roundtable"], 4)],
        report_attachments=[name],
        notes="both in one Arabic message; organisation written 'جمعية رفد (Rafd Association)' (fullest form kept "
              "with the English in parentheses); signature in two scripts with the Latin name 'Dima Al Nsour' "
              "and a bilingual title; Thunderbird flowed 8bit."))


def m12():
    when = at("2021-02-05 11:15:02")
    sent = when - dt.timedelta(seconds=14)
    text = """Bonjour,

Svp une petite question rapide : dans la version arabe de la lettre d'invitation, la date limite pour les demandes de prise de parole est "vendredi 23 février", alors que dans la version française c'est le vendredi 5 février. Laquelle est la bonne ?? On est en train de finaliser avec nos partenaires à Tripoli et si c'est le 5 il faut qu'on se dépêche...

Et aussi, est-ce qu'on peut envoyer le rapport volontaire en arabe avec juste un résumé en français ?

Merci beaucoup et bonne journée
Rita

Rita Khoury
Chargée de projets | مسؤولة مشاريع
Association Nahwa - جمعية نحو
Beyrouth
"""
    html_body = "<div>" + text2html(text) + "</div>\n"
    body = alt(text, html_wrap(html_body), "----=_Part_1184223_905517340.1612516502119", charset="utf-8")
    rows = std_rows(when, "sonic316-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.147", "4DXq0T5hRsz1",
                    "Rita Khoury <rita.khoury.nahwa@yahoo.example.fr>",
                    hdr("سؤال حول المهلة النهائية"), rfcdate(sent),
                    "<1184223905.1612516502119@mail.yahoo.example.com>", ret="rita.khoury.nahwa@yahoo.example.fr")
    rows += [("X-Mailer", "WebService/1.1.17576 YMailNorrin")]
    m = top(body, rows)
    add(12, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Arabic subject, French body (Lebanese sender): question about the misprinted speaker deadline in "
              "the Arabic letter ('vendredi 23 février' vs 5 février) and about report language; no request yet; "
              "mentions both deadlines and the speaking role without asking for one."))


def m13():
    when = at("2021-02-05 17:40:18")
    sent = when - dt.timedelta(seconds=10)
    text = """Hello,

Jordanian Women Lawyers Forum (JWLF) would like to propose its Chairperson, Adv. Nour Haddadin, to take part in the open discussion of the multi-stakeholder consultation on 23 Feb. She has been working on the cases of migrant domestic workers in detention for 10+ years.

Pls confirm if this is fine and what we need to send, CV or bio?

Thx
Reem

Reem Zu'bi
JWLF / ملتقى المحاميات الأردنيات

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    body.replace_header("Content-Type", 'text/plain; charset=utf-8')
    rows = std_rows(when, "mail.jwlf-jo.example.org", "176.29.40.113", "4DY2Qm0xJbz6",
                    "Reem Zu'bi <reem@jwlf-jo.example.org>", hdr("طلب مشاركة - ملتقى المحاميات"), rfcdate(sent),
                    "<3C7B2A91-5E0D-4F86-A1B3-9D2C6E8F0A47@jwlf-jo.example.org>", ret="reem@jwlf-jo.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Nour Haddadin", "Chairperson", "Jordanian Women Lawyers Forum (JWLF)", ["open_discussion"])],
        notes="Arabic subject, English body from an iPhone; organisation first, then title, then name "
              "('Adv.' honorific to drop); speaker is not the sender; organisation in Arabic only in the "
              "signature ('ملتقى المحاميات الأردنيات')."))


def m14():
    when = at("2021-02-05 20:05:40")
    sent = when - dt.timedelta(seconds=16)
    text = """Chers collègues,

Suite à votre aimable invitation, le Collectif Libanais pour les Travailleuses Domestiques Migrantes (CLTDM) souhaiterait proposer trois intervenants pour la conférence régionale :

- Pour le rôle de rapporteur : Mme Joëlle Abi Nader, directrice exécutive du CLTDM (moi-même)
- Intervention en séance plénière : M. Elie Saadé, membre du conseil d'administration, qui est aussi avocat au barreau de Beyrouth
- Table ronde n° 2 : Mme Mariam Diallo, porte-parole de l'Alliance des Travailleuses Domestiques Migrantes au Liban, qui parlera de son expérience en tant que travailleuse domestique

Mme Diallo s'exprimera en français, les deux autres en arabe ou en français selon ce qui vous arrange.

Je vous remercie d'avance et reste dispo pour tout complément d'info.

Bien à vous,

Joëlle Abi Nader | جويل أبي نادر
Directrice exécutive | المديرة التنفيذية
CLTDM - التجمّع اللبناني للعاملات في الخدمة المنزلية المهاجرات
Achrafieh, Beyrouth
"""
    html_body = ('<div style="font-family:Calibri,sans-serif">' + text2html(text) + "</div>\n")
    body = alt(text, html_wrap(html_body), "_000_VI1PR10MB2875B3E9A4C1D07F6A2E8C91F5D30VI1PR10MB2875eurp_",
               cte="quoted-printable")
    rows = std_rows(when, "mail.cltdm-lb.example.org", "185.89.200.21", "4DY7bK3tCxz9",
                    "=?utf-8?Q?Jo=C3=ABlle_Abi_Nader?= <j.abinader@cltdm-lb.example.org>",
                    "Propositions d'intervenants - CLTDM", rfcdate(tz(sent, 0)),
                    "<VI1PR10MB2875B3E9A4C1D07F6A2E8C91F5D30@VI1PR10MB2875.eurprd10.prod.outlook.example.com>",
                    ret="j.abinader@cltdm-lb.example.org")
    rows += [("Thread-Topic", "Propositions d'intervenants - CLTDM"),
             ("Thread-Index", "AdbrG7yE2vT0hK4nQc1pWm8xZ5sR3Q=="),
             ("Accept-Language", "fr-FR, ar-LB, en-US"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Joëlle Abi Nader", "directrice exécutive",
                     "Collectif Libanais pour les Travailleuses Domestiques Migrantes (CLTDM)", ["rapporteur"]),
                  sp("Elie Saadé", "membre du conseil d'administration",
                     "Collectif Libanais pour les Travailleuses Domestiques Migrantes (CLTDM)", ["plenary"]),
                  sp("Mariam Diallo", "porte-parole",
                     "Alliance des Travailleuses Domestiques Migrantes au Liban", ["roundtable"], 2)],
        notes="three speakers in a list, each with a different role; the third belongs to another organisation; "
              "'Mme'/'M.' to drop; Levantine French ('dispo', 'complément d'info'); the Arabic organisation name "
              "in the signature is not a translation word-for-word of the French; Outlook Date in +0000."))


def m15():
    when = at("2021-02-05 23:52:10")
    sent = tz(when - dt.timedelta(seconds=22), 3)
    text = """السلام عليكم ورحمة الله

نعتذر عالتأخير، بالرسالة العربية مكتوب آخر موعد 23 شباط بس شفنا النسخة الانكليزية مكتوب بيها 5 شباط فدزّينا الطلب هسه حتى نلحك.

نرشح للمشاركة بالنقاش المفتوح للتشاور مع أصحاب المصلحة يوم 23 شباط:

1- الاسم: علي حسين الساعدي
   المنصب: مدير المنظمة
   الجهة: منظمة الأمل العراقية لرعاية النازحين والعائدين

2- الاسم: د. زينب كاظم جواد
   المنصب: باحثة ومنسقة مشاريع
   الجهة: نفس المنظمة

مع التقدير

Ali H. Al-Saadi
Director, Al-Amal Iraqi Organization for IDPs and Returnees
Baghdad - Iraq
"""
    html_body = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = alt(text, html_body, "000000000000c58b1d05ba9f7e44", cte="base64")
    rows = std_rows(when, "mail-qk1-f181.google.example.com", "209.85.222.181", "4DYFs25kHpz4",
                    "Ali Al-Saadi <ali.alsaadi.amal@gmail.example.com>",
                    hdr("ترشيح للمشاركة بالنقاش المفتوح"), rfcdate(sent),
                    "<CAN5qU7wS3yA9cE1gI6kM0oQ4sU8wY2aC6eG0iK4mO8qS2uW6yA@mail.gmail.example.com>",
                    ret="ali.alsaadi.amal@gmail.example.com")
    m = top(body, rows)
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("علي حسين الساعدي", "مدير المنظمة", "منظمة الأمل العراقية لرعاية النازحين والعائدين",
                     ["open_discussion"]),
                  sp("زينب كاظم جواد", "باحثة ومنسقة مشاريع", "منظمة الأمل العراقية لرعاية النازحين والعائدين",
                     ["open_discussion"])],
        notes="deadline edge: received 23:52:10 Beirut on Fri 5 Feb (on time) while the Date header reads "
              "'Sat, 6 Feb 2021 00:51:48 +0300' (Baghdad); cites the misprinted Arabic deadline '23 شباط'; Iraqi "
              "colloquial; two speakers in a labelled list, second affiliation 'نفس المنظمة' (same organisation); "
              "'د.' to drop; English signature spells the name differently."))


def m16():
    when = at("2021-02-06 00:04:20")
    sent = tz(when - dt.timedelta(seconds=23), 1)
    text = """Bonsoir,

Je me permets de vous adresser, dans les délais j'espère, une demande de prise de parole au nom de l'Observatoire Tunisien des Migrations (OTM) : nous souhaiterions intervenir dans la table ronde n°2 de la conférence des 24 et 25 février.

L'intervenante serait moi-même, Rania Ferchichi, chargée de plaidoyer à l'OTM. Je joins volontiers une courte biographie si nécessaire.

Avec mes remerciements,

Rania Ferchichi
Chargée de plaidoyer / مكلفة بالمناصرة
Observatoire Tunisien des Migrations (OTM)
المرصد التونسي للهجرات
رانية الفرشيشي
"""
    html_body = '<div style="font-family:Calibri,Arial,Helvetica,sans-serif">' + text2html(text) + "</div>\n"
    body = alt(text, html_wrap(html_body), "_000_PR3P193MB0894E2A7C5B1D9F03A6E4C82B7D1PR3P193MB0894EURP_")
    rows = std_rows(when, "EUR05-VI1-obe.outbound.protection.outlook.example.com", "40.107.21.86", "4DYGB40rTsz7",
                    "Rania Ferchichi <rania.ferchichi@outlook.example.fr>",
                    "Demande d'intervention - table ronde 2 (OTM)", rfcdate(sent),
                    "<PR3P193MB0894E2A7C5B1D9F03A6E4C82B7D1@PR3P193MB0894.EURP193.PROD.OUTLOOK.example.com>",
                    ret="rania.ferchichi@outlook.example.fr")
    rows += [("Accept-Language", "fr-FR, ar-TN"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Rania Ferchichi", "chargée de plaidoyer", "Observatoire Tunisien des Migrations (OTM)",
                     ["roundtable"], 2)],
        notes="late by 4 minutes: received 00:04:20 Beirut on Sat 6 Feb, but the Date header reads "
              "'Fri, 5 Feb 2021 23:03:57 +0100' (Tunis) and the sender hopes she is 'dans les délais'; signature "
              "repeats name, title and organisation in Arabic."))


def m17():
    when = at("2021-02-06 09:30:55")
    sent = when - dt.timedelta(seconds=5)
    text = """Thank you, well noted. شكراً جزيلاً
We look forward to your confirmation of the sessions.

Nadia

Sent from my iPhone

> On 3 Feb 2021, at 16:28, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> 
> Dear Nadia Farouk,
> 
> We acknowledge receipt of your speaking-role request for the Regional Review of the GCM in the Arab region. The organizers will get back to you on the allocation of speaking roles.
> 
> Kind regards,
> GCM Regional Review Arab States
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.efrr-eg.example.org", "41.33.120.58", "4DYTm85vQcz2",
                    "Nadia Farouk <n.farouk@efrr-eg.example.org>",
                    "Re: EFRR nomination of speakers - GCM Regional Review Conference", rfcdate(tz(sent, 2)),
                    "<B4E9D2C7-1A3F-4E6B-8C0D-7F2A5E9B1C36@efrr-eg.example.org>",
                    ret="n.farouk@efrr-eg.example.org")
    rows += [("In-Reply-To", ACK[8]), ("References", MID[8] + "\r\n " + ACK[8]),
             ("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(17, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h117-08.eml",
        notes="thank-you reply to our acknowledgement of h117-08, adds nothing new: no acknowledgement; "
              "bilingual thanks (English + 'شكراً جزيلاً'); References name h117-08."))


def m18():
    when = at("2021-02-08 10:20:31")
    sent = when - dt.timedelta(seconds=9)
    text = """مرحبا،

بعتذر عالإزعاج، بس صار في تغيير عنا: محمد ما رح يقدر يشارك بسبب سفر طارئ، فبدالو رح تحكي زميلتي رنا حداد، منسقة الأبحاث بالمركز، بنفس الطاولة المستديرة (التالتة). 
إذا بدكن أي معلومات إضافية عنها خبروني.

شكراً كتير

محمد الخطيب | Mohamad El Khatib
مدير البرامج | Programme Director
المركز اللبناني لدراسات الهجرة | Lebanese Centre for Migration Studies

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Saturday, January 30, 2021 12:45 PM
To: محمد الخطيب <m.elkhatib@lcms-lb.example.org>
Subject: RE: طلب مشاركة كمتحدث / Request for a speaking role - GCM Regional Review

نؤكد استلام طلبكم للمشاركة كمتحدث في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية.

________________________________
From: محمد الخطيب <m.elkhatib@lcms-lb.example.org>
Sent: Saturday, January 30, 2021 12:40 PM
Subject: طلب مشاركة كمتحدث / Request for a speaking role - GCM Regional Review

... يسرّنا أن نعبّر عن رغبة المركز اللبناني لدراسات الهجرة (LCMS) في تقديم مداخلة خلال الطاولة المستديرة الثالثة.
ونقترح أن يتحدث باسم المركز السيد محمد الخطيب، مدير البرامج.
"""
    html_body = '<div dir="rtl" style="font-family:Arial">' + text2html(text) + "</div>\n"
    body = alt(text, html_wrap(html_body), "_000_AM6PR08MB42139C0E5D7A1B3F26C8E4A0D1B92AM6PR08MB4213eurp_",
               cte="base64")
    rows = std_rows(when, "mail.lcms-lb.example.org", "185.87.12.40", "4DZP3v6mLnz8",
                    addr("محمد الخطيب", "m.elkhatib@lcms-lb.example.org"),
                    re_hdr("RE: ", "طلب مشاركة كمتحدث / Request for a speaking role - GCM Regional Review"),
                    rfcdate(sent),
                    "<AM6PR08MB42139C0E5D7A1B3F26C8E4A0D1B92@AM6PR08MB4213.eurprd08.prod.outlook.example.com>",
                    ret="m.elkhatib@lcms-lb.example.org")
    rows += [("In-Reply-To", ACK[2]), ("References", MID[2] + "\r\n " + ACK[2]),
             ("Thread-Topic", hdr("طلب مشاركة كمتحدث / Request for a speaking role - GCM Regional Review")),
             ("Thread-Index", "AdbW3c1x9Qe7fKhZSq2m4VbR0pL8AgHx2kQ="),
             ("Accept-Language", "ar-LB, en-US"), ("Content-Language", "ar-LB")]
    m = top(body, rows)
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        thread_of="h117-02.eml",
        speakers=[sp("رنا حداد", "منسقة الأبحاث", "المركز اللبناني لدراسات الهجرة (LCMS)", ["roundtable"], 3)],
        notes="follow-up replacing the speaker of h117-02 (Levantine colloquial: 'بدالو رح تحكي زميلتي'); received "
              "8 Feb, after the speaker deadline although the original request was on time; roundtable only as "
              "'بنفس الطاولة المستديرة (التالتة)'; affiliation 'بالمركز' resolved from the signature and the "
              "quoted original (with LCMS); Outlook top-posting with quoted Arabic original."))


def m19():
    when = at("2021-02-09 15:00:14")
    sent = tz(when - dt.timedelta(seconds=11), 0)
    name = "INMR_Collective_GCM_Review_Report_2021.docx"
    text = """Dear colleagues,

On behalf of the Iraqi Network for Migrant Rights (INMR) - الشبكة العراقية لحقوق المهاجرين - I am pleased to submit our collective voluntary GCM review report (attached, Word format). The report was prepared jointly by 11 member organisations in Baghdad, Basra, Erbil and Duhok, through a series of consultations held between October and December 2020.

The report focuses on GCM objectives 6, 7 and 15 (fair recruitment, vulnerabilities, access to basic services) and includes a section on returnees and IDPs.

Please do not hesitate to contact me if anything is missing.

Warm regards,

Shilan Hawrami | شيلان هورامي
Network Coordinator
Iraqi Network for Migrant Rights (INMR)
Erbil, Kurdistan Region of Iraq

[logo]
"""
    html_body = ('<div style="font-family:Calibri,sans-serif">' + text2html(text.replace("[logo]", "")) +
                 '<p><img src="cid:image001.png@01D6FEB2.4C1A7E30" alt="INMR logo" width="96" height="32"></p></div>\n')
    a = alt(text, html_wrap(html_body), "_000_DB9PR02MB7243A5E1C0D3F8B6E2A7C4D91E5F8DB9PR02MB7243eurp_")
    png = leaf("image/png", make_png(12, 4, (170, 30, 40)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FEB2.4C1A7E30>")])
    rel = multi("related", [a, png], "_005_DB9PR02MB7243A5E1C0D3F8B6E2A7C4D91E5F8DB9PR02MB7243eurp_",
                params=[("type", '"multipart/alternative"')])
    docx = make_docx(["Iraqi Network for Migrant Rights (INMR)", "Collective Voluntary GCM Review Report 2021",
                      "Objectives 6, 7 and 15", "Annex: list of member organisations"])
    body = multi("mixed", [rel, attach(DOCX, docx, name)],
                 "_006_DB9PR02MB7243A5E1C0D3F8B6E2A7C4D91E5F8DB9PR02MB7243eurp_")
    rows = std_rows(when, "mail.inmr-iq.example.org", "185.137.14.66", "4Dbq7K2wPfz5",
                    "Shilan Hawrami <s.hawrami@inmr-iq.example.org>",
                    hdr("التقرير الطوعي الجماعي - الشبكة العراقية لحقوق المهاجرين"), rfcdate(sent),
                    "<DB9PR02MB7243A5E1C0D3F8B6E2A7C4D91E5F8@DB9PR02MB7243.eurprd02.prod.outlook.example.com>",
                    ret="s.hawrami@inmr-iq.example.org")
    rows += [("Accept-Language", "en-US, ar-IQ"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Arabic subject, English body; collective report (DOCX); organisation in English and Arabic; "
              "Outlook related/alternative with an inline logo image001.png that is not part of the report."))


def m20():
    when = at("2021-02-10 11:00:41")
    sent = tz(when - dt.timedelta(seconds=13), 1)
    n1 = "Rapport GCM - Association Wafae Oujda.pdf"
    n2 = "Annexe 1 - temoignages.pdf"
    text = """Salam,

Ci-joint notre rapport volontaire sur le Pacte mondial (examen régional), + une annexe avec les témoignages des migrants qu'on a accompagnés à Oujda et à Nador pendant l'année 2020. L'annexe fait partie du rapport, elle est juste séparée parce que le fichier était trop lourd.

Merci de nous dire si c'est bien reçu.

Saïd Lahlou
Président de l'Association Wafae pour l'Accompagnement des Migrants - Oujda
جمعية وفاء لمواكبة المهاجرين - وجدة
"""
    html_body = '<div dir="ltr">' + text2html(text) + "</div>\n"
    a = alt(text, html_body, "000000000000a9e3c705bb0a6f12")
    p1 = make_pdf(["Association Wafae pour l'Accompagnement des Migrants - Oujda",
                   "Rapport volontaire - Examen regional du Pacte mondial 2021"])
    p2 = make_pdf(["Annexe 1 - Temoignages de migrants accompagnes (Oujda, Nador, 2020)"])
    body = multi("mixed", [a, attach("application/pdf", p1, n1), attach("application/pdf", p2, n2)],
                 "000000000000a9e3c905bb0a6f14")
    rows = std_rows(when, "mail-wr1-f44.google.example.com", "209.85.221.44", "4DcQ1m8vJtz0",
                    "Said Lahlou <assowafae.oujda@gmail.example.com>",
                    hdr("التقرير الطوعي / rapport volontaire - Association Wafae"), rfcdate(sent),
                    "<CAB1nQ5rT9vX3zB7dF1hJ5lN9pR3tV7xZ1bD5fH9jL3nP7rT1vX@mail.gmail.example.com>",
                    ret="assowafae.oujda@gmail.example.com")
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[n1, n2],
        notes="bilingual subject (Arabic / French), French body opening with 'Salam'; report in two PDFs (the annex "
              "is stated to be part of the report); file names with spaces; organisation in French and Arabic."))


def m21():
    when = at("2021-02-12 13:30:27")
    sent = when - dt.timedelta(seconds=6)
    name = "EMF_GCM_voluntary_report_2021.pdf"
    text = """السلام عليكم،

مرفق التقرير الطوعي بتاع منتدى المهاجرين المصري عن تنفيذ الاتفاق العالمي للهجرة في مصر، التقرير بالعربي، وهنبعتلكم النسخة الإنجليزي أول ما الترجمة تخلص إن شاء الله (غالباً الأسبوع الجاي).

ياريت تأكدولنا إنه وصل.

شكراً جزيلاً

أحمد عبد الرحمن
منسق البرامج - منتدى المهاجرين المصري
--
Ahmed Abdelrahman
Programs Coordinator, Egyptian Migrants Forum (EMF)
"""
    html_body = '<div dir="rtl">' + text2html(text) + "</div>\n"
    a = alt(text, html_body, "0000000000003d7f8a05bb2c9e01", cte="base64")
    pdf = make_pdf(["Egyptian Migrants Forum (EMF)", "Voluntary GCM Review Report - Egypt 2021 (Arabic version)"])
    body = multi("mixed", [a, attach("application/pdf", pdf, name)], "0000000000003d7f8c05bb2c9e03")
    rows = std_rows(when, "mail-pj1-f45.google.example.com", "209.85.216.45", "4DdG6r0qXbz3",
                    addr("أحمد عبد الرحمن", "emf.programs@gmail.example.com"),
                    hdr("التقرير الطوعي - منتدى المهاجرين المصري"), rfcdate(sent),
                    "<CAG8mS2uW6yA0cE4gI8kM2oQ6sU0wY4aC8eG2iK6mO0qS4uW8yA@mail.gmail.example.com>",
                    ret="emf.programs@gmail.example.com")
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Egyptian colloquial ('بتاع', 'هنبعتلكم', 'ياريت'); announces an English version to come later (not "
              "a second submission yet); signature in two scripts, the English one with the acronym EMF."))


def m22():
    when = at("2021-02-15 16:45:50")
    sent = when - dt.timedelta(seconds=7)
    name = "تقرير_المراجعة_الطوعية_للاتفاق_العالمي_2021_معدّل.pdf"
    text = """Dear colleagues,

Further to my email below, please find attached a revised version of our report. We corrected some figures in section 3 (work permits 2019-2020) and added the English executive summary that was missing from the first file, sorry about that.

Please consider this version as the final one and disregard the earlier file.

Best regards,
Yara

On Thu, Feb 4, 2021 at 1:45 PM Yara Qasem <yara.qasem@qclm-ps.example.org> wrote:
> Dear GCM Regional Review team,
>
> Please find attached the voluntary GCM review report of the Al-Quds Centre for Labour Mobility (QCLM).
>
> The report itself is in Arabic (we did not have the budget for a full translation), but there is a two-page English executive summary at the beginning.
>
> Kindly confirm receipt.
>
> Best regards,
> Yara Qasem
> Research Coordinator
> Al-Quds Centre for Labour Mobility (QCLM) | مركز القدس لتنقل العمالة
"""
    html_body = '<div dir="ltr">' + text2html(text) + "</div>\n"
    a = alt(text, html_body, "000000000000b2c6e105bb6a3d70")
    pdf = make_pdf(["Al-Quds Centre for Labour Mobility (QCLM)", "Voluntary GCM Review Report 2021 - revised",
                    "Executive summary (English)"])
    body = multi("mixed", [a, attach("application/pdf", pdf, name, "2047")], "000000000000b2c6e305bb6a3d72")
    rows = std_rows(when, "mail-lj1-f170.google.example.com", "209.85.208.170", "4DfX3q9nRmz6",
                    "Yara Qasem <yara.qasem@qclm-ps.example.org>",
                    "Re: Voluntary GCM review report - QCLM (Palestine)", rfcdate(sent),
                    "<CAJ7xQpV5pM1xTd4Ny7oB0fH3iJ6uA8wG2cE5kQ9mO1rP4sT7vX@mail.gmail.example.com>",
                    ret="yara.qasem@qclm-ps.example.org")
    rows += [("In-Reply-To", MID[10]), ("References", MID[10])]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of="h117-10.eml", report_attachments=[name],
        notes="revised report replacing the one of h117-10 (In-Reply-To set); Arabic file name with a shadda "
              "('معدّل') as RFC 2047 words; English body; the quoted original says the summary was there, the new "
              "mail says it was missing."))


def m23():
    when = at("2021-02-16 23:57:40")
    sent = tz(when - dt.timedelta(seconds=28), 1)
    name = "RLMD_rapport_volontaire_PMM_2021.pdf"
    text = """Bonsoir,

Juste à temps (j'espère !), voici le rapport volontaire du Réseau Libanais Migration et Développement (RLMD) pour l'examen régional du Pacte mondial.

Je profite de ce mail pour demander également si je pourrais intervenir en séance plénière le 24 ou le 25 février, au nom du RLMD, pour présenter les principales conclusions du rapport.

Merci et bonne soirée depuis Paris,

Karim Bou Saab
Coordinateur, RLMD
كريم أبو صعب
منسّق الشبكة اللبنانية للهجرة والتنمية
"""
    html_body = ('<div style="font-family:Helvetica">' + text2html(text) + "</div>\n")
    a = alt(text, html_wrap(html_body), "Apple-Mail=_6E2B9C41-7D3A-4F05-B8E1-2A9C5D7F3E10")
    pdf = make_pdf(["Reseau Libanais Migration et Developpement (RLMD)",
                    "Rapport volontaire - Examen regional du Pacte mondial pour les migrations 2021"])
    body = multi("mixed", [a, attach("application/pdf", pdf, name)], "Apple-Mail=_0A4D8E2C-5B1F-4C7A-9E36-1D8B4F2A6C95")
    rows = std_rows(when, "smtp.rlmd-lb.example.org", "92.184.98.12", "4Dgf1Z7kWqz1",
                    "Karim Bou Saab <k.bousaab@rlmd-lb.example.org>",
                    "Rapport volontaire RLMD + demande d'intervention", rfcdate(sent),
                    "<F3A1C7E9-2B5D-4E80-9A6C-3D7F1B9E5A24@rlmd-lb.example.org>", ret="k.bousaab@rlmd-lb.example.org")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    m = top(body, rows)
    add(23, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Karim Bou Saab", "Coordinateur", "Réseau Libanais Migration et Développement (RLMD)",
                     ["plenary"])],
        report_attachments=[name],
        notes="report on time (23:57:40 Beirut on Tue 16 Feb, Date header 22:57:12 +0100 from Paris) but the "
              "speaking-role part comes eleven days after the 5 Feb deadline, so 'both' is not on time; signature "
              "in two scripts with a different spelling ('Bou Saab' / 'أبو صعب')."))


def m24():
    when = at("2021-02-17 00:03:15")
    sent = tz(when - dt.timedelta(seconds=25), 1)
    name = "rapport GCM final.pdf"
    text = """السلام عليكم
سمحو لينا على التعطال، كان عندنا مشكل فالانترنيت. هادا هو التقرير الطوعي ديال جمعية الأيادي المتضامنة بطنجة.
الله يجازيكم بخير

عبد الإله الودغيري
جمعية الأيادي المتضامنة - طنجة

Envoyé depuis mon téléphone Android
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    pdf = make_pdf(["Association Mains Solidaires - Tanger", "Rapport volontaire GCM 2021"])
    body = multi("mixed", [t, attach("application/pdf", pdf, name)], "000000000000e4b1a205bb6f9c37")
    rows = std_rows(when, "mail-wm1-f52.google.example.com", "209.85.128.52", "4DggF52nXsz4",
                    addr("عبد الإله الودغيري", "mainssolidaires.tanger@gmail.example.com"),
                    "Rapport volontaire - Mains Solidaires Tanger", rfcdate(sent),
                    "<CAK3oR6tV0xZ4bD8fH2jL6nP0rT4vX8zB2dF6hJ0lN4pR8tV2xZ@mail.gmail.example.com>",
                    ret="mainssolidaires.tanger@gmail.example.com")
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by 3 minutes: received 00:03:15 Beirut on Wed 17 Feb, Date header 'Tue, 16 Feb 2021 23:02:50 "
              "+0100' (Tangier); French subject and French Android footer but the body is Moroccan Darija "
              "('سمحو لينا', 'ديال'): language ar; file name with spaces."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
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
