#!/usr/bin/env python3
"""Write the blind evaluation set holdout132 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets132.py
Theme: youth and student groups and volunteers (Lebanon, Jordan, Egypt, Tunisia, Morocco, Iraq, Palestine):
social-media style writing, emoji, hashtags, page names as organisations, code-switching, report links.
MIME helpers adapted from make_eval_sets72.py.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     b_word, received, top, serialize, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout132")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h132-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def sp(name, title, aff, roles, rt=None):
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


def gmail_alt(text, boundary, charset="UTF-8", cte="quoted-printable", dir_="ltr"):
    html = '<div dir="%s">' % dir_ + text2html(text) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def quote_gt(text):
    return "\n".join((">" + (" " + ln if ln else "")) for ln in text.rstrip("\n").split("\n")) + "\n"


def sp(name, title, aff, roles, rt=None):
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


GMAIL_HOST = ("mail-wm1-f54.google.example.com", "209.85.128.54")
OUTLOOK_UA = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcBq3kT9x2mR0pLQ1aZc8yWbE4hNg==")]

# ================================================================ the 24 messages


def m01():
    when = at("2021-01-28 14:22:07")
    sent = when - dt.timedelta(seconds=4)
    text = """Hi GCM team!! \U0001F44B\U0001F30D

Hope you're all doing great! We're Sawt Shabab (you might know us from Insta @sawtshabab.jo \U0001F604), a youth-led volunteer group in Amman working with young migrants and refugees on digital skills and peer support.

We saw the invitation for the Regional Review and we would LOVE to be part of it \U0001F499\u2728 Here are the details of our speaker:

\U0001F464 Name: Zaid Al-Khatib
\U0001F3E2 Org: Sawt Shabab Youth Initiative
\U0001F4BC Title: Co-founder & Volunteer Coordinator
\U0001F3A4 Role: floor intervention in Roundtable 2
\U0001F4CD Amman, Jordan

Zaid has been running our "Safe Steps" peer sessions for 2 years and he's honestly the best person to bring the voices of young people on the move to the table \U0001F64C

Let us know if you need anything else!! \U0001F64F

Dana \U0001F338
Social media & comms volunteer
Sawt Shabab | \u0635\u0648\u062a \u0634\u0628\u0627\u0628
#GCM #YouthVoices #MigrationMatters #NothingAboutUsWithoutUs
"""
    body = gmail_alt(text, "000000000000a41c2e05b9f3d7e1")
    rows = std_rows(when, GMAIL_HOST[0], GMAIL_HOST[1], "4DRq7n1Kc9z2S",
                    "Dana Obeidat <dana.sawtshabab@gmail.example.com>",
                    hdr("Speaker request \U0001F3A4 Sawt Shabab Youth Initiative (Jordan)"), rfcdate(sent),
                    "<CAH7x2Kd9mQv0Lw3pT6zR1yN8sE4bJ5uG2fA0cX7hW3kV9oP1iQ@mail.gmail.example.com>",
                    ret="dana.sawtshabab@gmail.example.com")
    add(1, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Zaid Al-Khatib", "Co-founder & Volunteer Coordinator", "Sawt Shabab Youth Initiative",
                     ["roundtable"], 2)],
        notes="emoji-bullet fields ('\U0001F464 Name:', '\U0001F3E2 Org:', '\U0001F3A4 Role:'); the sender (social-media "
              "volunteer, signs 'Dana') is not the speaker; the Instagram handle and the bilingual page name "
              "'Sawt Shabab | \u0635\u0648\u062a \u0634\u0628\u0627\u0628' are not the affiliation written in the Org line; a "
              "'\U0001F4CD Amman, Jordan' line sits among the fields; hashtags in the signature."))


def m02():
    when = at("2021-01-30 21:40:33")
    sent = when - dt.timedelta(seconds=6)
    text = """مرحبا 🙏🏻

نحنا فريق «شباب ع الطريق» التطوعي، يمكن شفتو صفحتنا عالفيسبوك 😅 منشتغل مع العمال المهاجرين والشباب بطرابلس من ٢٠١٩.

حابين نرشّح رفيقتنا ريم حداد تحكي بالـ open discussion تبع ال consultation يوم ٢٣ شباط. ريم هي ال program coordinator تبعنا لبرنامج الدعم النفسي، وعم تتابع كل ال cases من أول يوم ❤️

إذا بدكن أي معلومة تانية خبرونا، ومنشكركن كتير عالفرصة 🌸

هادي
فريق شباب ع الطريق التطوعي - طرابلس 🇱🇧

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-pj1-f41.google.example.com", "209.85.216.41", "4DSb2Lk0Tz7x",
                    addr("Hadi Merhi", "hadi.merhi96@gmail.example.com"),
                    hdr("ترشيح للـ open discussion 🙌"), rfcdate(sent),
                    "<5C1E9A77-2B3D-4F60-A8E1-7D4C0B9F2E13@gmail.example.com>",
                    ret="hadi.merhi96@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    add(2, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("ريم حداد", "program coordinator", "فريق شباب ع الطريق التطوعي", ["open_discussion"])],
        notes="Levantine colloquial with English words inside Arabic ('بالـ open discussion', 'ال program "
              "coordinator تبعنا لبرنامج الدعم النفسي'); the speaker is a friend of the sender ('رفيقتنا'), in "
              "prose only; organisation is a Facebook volunteer team, fullest form in the signature before ' - "
              "طرابلس'; English 'Sent from my iPhone'; base64 plain text; Arabic subject mixes English."))


def m03():
    when = at("2021-02-01 10:05:12")
    sent = when - dt.timedelta(seconds=9)
    text = """Bonjour Madame, Monsieur,

Au nom de l'Association des Étudiants Subsahariens de Sfax (AESS), je vous remercie pour l'invitation à la Revue régionale du Pacte mondial sur les migrations.

Nous aimerions proposer notre vice-présidente chargée du plaidoyer, Mlle KONÉ Aminata, pour une intervention en séance plénière (24-25 février). Étudiante en master de droit public à la Faculté de droit de Sfax, elle coordonne depuis 2019 notre cellule d'écoute pour les étudiant·e·s confronté·e·s au racisme et aux difficultés de carte de séjour.

Restant à votre disposition pour toute information complémentaire.

Cordialement,

-- 
Moussa Traoré
Président de l'AESS
Sfax, Tunisie
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.aess-sfax.example.org", "197.14.52.9", "4DTk0Wq3Fj2m",
                    "Moussa =?UTF-8?Q?Traor=C3=A9?= <m.traore@aess-sfax.example.org>",
                    hdr("Proposition d'intervenante - séance plénière - AESS", enc="Q"),
                    rfcdate(tz(sent, 1)), "<6b1f2c3e-8a4d-4e2b-9c0f-1a7d3e5b9c21@aess-sfax.example.org>",
                    ret="m.traore@aess-sfax.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    add(3, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Aminata Koné", "vice-présidente chargée du plaidoyer",
                     "Association des Étudiants Subsahariens de Sfax (AESS)", ["plenary"])],
        notes="French student association proposes its 'vice-présidente chargée du plaidoyer'; name written SURNAME "
              "first in capitals after 'Mlle' ('Mlle KONÉ Aminata'); the Faculté de droit is where she studies, "
              "not her affiliation; the signer (Président) is not the speaker; Thunderbird format=flowed, Date +0100."))


M04_ID = "<CAJ9pQ2wXy4Rz7Ls1dN0kB8vT3mF6hU5cE2gA9oK4iW7xS1qZ0A@mail.gmail.example.com>"


def m04():
    when = at("2021-02-02 16:29:51")
    sent = when - dt.timedelta(seconds=3)
    html = """<div dir="ltr"><div>Hello dear GCM Regional Review team 💐</div><div><br></div>
<div>On behalf of all the volunteers of <b>Youth Voices EG</b> (<a href="https://www.instagram.com/youthvoices.eg/">@youthvoices.eg</a> on Instagram &amp; Facebook), we are so proud to share with you our voluntary GCM review report 🎉📄</div><div><br></div>
<div>👉 <a href="https://drive.google.com/file/d/1Yv7Qk2mEgRrT0pW9sXc4LbN8aHd3JfUz/view?usp=sharing">https://drive.google.com/file/d/1Yv7Qk2mEgRrT0pW9sXc4LbN8aHd3JfUz/view?usp=sharing</a></div><div><br></div>
<div>It's a collective report prepared by 23 volunteers from Cairo, Alexandria and Aswan after 6 online focus groups with young Egyptian returnees and Sudanese &amp; Eritrean youth living in Egypt. The link is open to anyone with the link, so no access request should be needed 🙏</div><div><br></div>
<div>Looking forward to the review!!</div><div><br></div>
<div>--<br>Nourhan Samir<br>Team leader – Youth Voices EG<br><span style="color:#888">#YouthVoicesEG #GCM2021</span></div></div>
"""
    body = leaf("text/html", html, "UTF-8", "quoted-printable")
    rows = std_rows(when, GMAIL_HOST[0], GMAIL_HOST[1], "4DVm3Hx8Qp1c",
                    "Nourhan Samir <nourhan.youthvoices@gmail.example.com>",
                    hdr("Voluntary GCM review report – Youth Voices EG 📄"), rfcdate(sent), M04_ID,
                    ret="nourhan.youthvoices@gmail.example.com")
    add(4, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="HTML-only; the report is only a Google Drive link in the body (no attachment, report_attachments "
              "empty); collective report of a volunteer group known by its Instagram page; later followed up "
              "(h132-09) and replaced by a PDF (h132-21)."))


def m05():
    when = at("2021-02-03 00:45:20")
    sent = when - dt.timedelta(seconds=5)
    text = """السلام عليكم
لو سمحتوا عندي كام سؤال 🙏

١- احنا مجموعة طلبة متطوعين في جامعة أسيوط (صفحة "متطوعين من أجل اللاجئين - أسيوط" على الفيس)، هو ينفع نحضر الـ conference كـ observers حتى لو معندناش تقرير ومش هنتكلم؟
٢- فيه واحدة من التيم عندها ١٧ سنة، ينفع تحضر ولا لازم فوق ١٨؟
٣- الـ link بتاع الزوم هيتبعت امتى؟ وينفع نعمل live على الصفحة بتاعتنا؟

وشكراً جداً جداً على المجهود 🌷
محمود
"""
    body = gmail_alt(text, "0000000000003b7e9105ba2c41f0", dir_="rtl")
    rows = std_rows(when, "mail-lf1-f66.google.example.com", "209.85.167.66", "4DVz9Rk2Nb5t",
                    addr("Mahmoud Ragab", "mahmoud.ragab.aun@gmail.example.com"),
                    hdr("استفسار بخصوص الحضور"), rfcdate(sent),
                    "<CAM1e5Bq7sVn3Xp0Yt8Lw2Rz6Ka4Jd9Hf1Gc3Uo5Ii7Ee2Ss0Ww@mail.gmail.example.com>",
                    ret="mahmoud.ragab.aun@gmail.example.com")
    add(5, when, top(body, rows), dict(
        category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial questions (observers, minimum age, Zoom link, Facebook live): explicitly no "
              "report and no speaking wish ('ومش هنتكلم'); mentions conference, تقرير and a page name; sent just "
              "after midnight."))


def m06():
    when = at("2021-02-03 11:15:44")
    sent = when - dt.timedelta(seconds=12)
    text = """Dear Regional UN Network on Migration,

Greetings from Basra!

The Iraqi Youth Network for Migration (IYNM) - a network of 14 youth groups and student volunteer teams across Iraq - would like to propose the following two speakers:

1. For the youth roundtable (Roundtable 3 as per the concept note): our Network Focal Point in the Basra hub, Mustafa Jabbar. Mustafa has coordinated the network's consultations with young returnees and IDPs in the south.

2. For the open discussion of the multi-stakeholder consultation on 23 Feb: Sara Hameed, Volunteer Communications Officer, IYNM - Erbil.

Kindly confirm receipt.

Best regards,

Ali Kadhim
Coordinator
Iraqi Youth Network for Migration (IYNM)
Basra, Iraq
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>'
            '<body lang="EN-US"><div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">')
            + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                 leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_VI1PR0802MB2215A7C3E4F1B0D9C6A2VI1PR0802MB2215eurp_")
    rows = std_rows(when, "EUR05-VI1-obe.outbound.protection.outlook.example.com", "40.107.21.118", "4DWJ5Tn9Gx2v",
                    '"Ali Kadhim" <coordinator@iynm-iraq.example.org>',
                    "IYNM speakers - youth roundtable & open discussion", rfcdate(tz(sent, 3)),
                    "<VI1PR0802MB2215A7C3E4F1B0D9C6A2@VI1PR0802MB2215.eurprd08.prod.outlook.example.com>",
                    extra=OUTLOOK_UA, ret="coordinator@iynm-iraq.example.org")
    add(6, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Mustafa Jabbar", "Network Focal Point", "Iraqi Youth Network for Migration (IYNM)",
                     ["roundtable"], 3),
                  sp("Sara Hameed", "Volunteer Communications Officer", "Iraqi Youth Network for Migration (IYNM)",
                     ["open_discussion"])],
        notes="youth network proposes two speakers in a numbered list; first one for 'the youth roundtable "
              "(Roundtable 3 ...)', with the title before the name and a branch ('in the Basra hub') that is not "
              "part of title or affiliation; second one with 'IYNM - Erbil' (acronym + city): affiliation is the "
              "full name written above; the sender (Coordinator) is not a speaker; Outlook, Date +0300."))


def m07():
    when = at("2021-02-03 18:02:26")
    sent = when - dt.timedelta(seconds=14)
    name = "Rapport_PMM_Club_Tadamon_2021.pdf"
    text = """Bonjour à toute l'équipe,

Veuillez trouver ci-joint le rapport volontaire de revue du PMM préparé par notre club. Il s'agit d'un rapport collectif, rédigé avec trois autres clubs étudiants d'Oujda et de Nador, à partir des maraudes que nos bénévoles font chaque semaine.

Par ailleurs, nous souhaiterions prendre la parole dans la table ronde n°1. L'intervenante serait moi-même (coordonnées ci-dessous).

Merci d'avance et bonne journée !

Salma Ouazzani
Présidente
Club Tadamon Solidarité Migrants, Université Mohammed Premier
Oujda – Maroc
Facebook : Club Tadamon UMP
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">')
            + "</div></body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_PR3P192MB0812C4E1A0B9F7D2E6C3PR3P192MB0812EURP_")
    pdf = make_pdf(["Club Tadamon Solidarite Migrants - Universite Mohammed Premier",
                    "Rapport volontaire de revue du Pacte mondial pour les migrations (PMM), 2021",
                    "Rapport collectif de quatre clubs etudiants (Oujda, Nador)"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(pdf)))
    body = multi("mixed", [alt, att], "_004_PR3P192MB0812C4E1A0B9F7D2E6C3PR3P192MB0812EURP_")
    rows = std_rows(when, "EUR03-AM5-obe.outbound.protection.outlook.example.com", "40.107.3.92", "4DWn8Jp1Vd6r",
                    "Salma Ouazzani <salma.ouazzani@ump.example.ma>",
                    hdr("Rapport volontaire + demande d'intervention (table ronde n°1) – Club Tadamon", enc="Q"),
                    rfcdate(tz(sent, 1)), "<PR3P192MB0812C4E1A0B9F7D2E6C3@PR3P192MB0812.EURP192.PROD.OUTLOOK.example.com>",
                    extra=OUTLOOK_UA, ret="salma.ouazzani@ump.example.ma")
    add(7, when, top(body, rows), dict(
        category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Salma Ouazzani", "Présidente", "Club Tadamon Solidarité Migrants, Université Mohammed Premier",
                     ["roundtable"], 1)],
        report_attachments=[name],
        notes="both: PDF report + the sender proposes herself ('L'intervenante serait moi-même'), details only in "
              "the signature; affiliation keeps the parent university but not 'Oujda – Maroc' nor the Facebook "
              "page line; 'table ronde n°1'; Outlook multipart/mixed[alternative, PDF], Date +0100."))


def m08():
    when = at("2021-02-04 09:31:05")
    sent = when - dt.timedelta(seconds=7)
    rows_t = [("م. محمد أبو سالم", "عضو الهيئة الإدارية", "شبكة شباب فلسطين للتطوع (PYVN)", "مداخلة في الجلسة العامة"),
              ("لانا عودة", "منسقة المناصرة والحملات الرقمية", "شبكة شباب فلسطين للتطوع (PYVN)",
               "المقرِّرة (عرض الرسائل الرئيسية لأصحاب المصلحة)")]
    tr = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r)
                 + "</tr>\n" for r in rows_t)
    inner = """<p>السادة الأفاضل في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة،</p>
<p>تحية طيبة وبعد،</p>
<p>يسرّ شبكة شباب فلسطين للتطوع (PYVN) أن تتقدم بطلب المشاركة المتحدثة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ونرشّح لذلك كلاً من:</p>
<table style="border-collapse:collapse" dir="rtl">
<tr><th>الاسم</th><th>الصفة</th><th>الجهة</th><th>الدور المقترح</th></tr>
%s</table>
<p>مع خالص الشكر والتقدير،</p>
<p>إدارة الشبكة – رام الله<br>📱 Instagram: @pyvn.ps | Facebook: PYVN - شبكة شباب فلسطين للتطوع</p>""" % tr
    body = leaf("text/html", html_wrap(inner, "rtl"), "utf-8", "base64")
    rows = std_rows(when, "mail.pyvn.example.ps", "213.6.88.14", "4DXc1Fm7Rw3k",
                    addr("شبكة شباب فلسطين للتطوع", "info@pyvn.example.ps"),
                    hdr("طلب مشاركة كمتحدثين – شبكة شباب فلسطين للتطوع"), rfcdate(sent),
                    "<20210204073058.4DXc1Fm7Rw3k@pyvn.example.ps>", ret="info@pyvn.example.ps")
    rows += [("X-Mailer", "Roundcube Webmail/1.4.10")]
    add(8, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("محمد أبو سالم", "عضو الهيئة الإدارية", "شبكة شباب فلسطين للتطوع (PYVN)", ["plenary"]),
                  sp("لانا عودة", "منسقة المناصرة والحملات الرقمية", "شبكة شباب فلسطين للتطوع (PYVN)",
                     ["rapporteur"])],
        notes="formal MSA, HTML-only (base64) with a 4-column table of two speakers; 'م.' (engineer) before the "
              "first name is an honorific; roles as Arabic phrases (مداخلة في الجلسة العامة / المقرِّرة); sent from "
              "the organisation's shared mailbox, unsigned person; social-media line in the signature."))


def m09():
    when = at("2021-02-04 13:05:18")
    sent = when - dt.timedelta(seconds=2)
    orig = """Hello dear GCM Regional Review team 💐

On behalf of all the volunteers of Youth Voices EG (@youthvoices.eg on Instagram & Facebook), we are so proud to share with you our voluntary GCM review report 🎉📄

👉 https://drive.google.com/file/d/1Yv7Qk2mEgRrT0pW9sXc4LbN8aHd3JfUz/view?usp=sharing

It's a collective report prepared by 23 volunteers from Cairo, Alexandria and Aswan after 6 online focus groups with young Egyptian returnees and Sudanese & Eritrean youth living in Egypt. The link is open to anyone with the link, so no access request should be needed 🙏

Looking forward to the review!!

--
Nourhan Samir
Team leader – Youth Voices EG
"""
    text = ("hii, sorry to bother 🙈 did you get our link?? we sent the report on tuesday as a google drive link but "
            "didnt get any confirmation yet and the team keeps asking me 😅 if the link doesnt open for you pls tell "
            "us and we'll send it as pdf\n\nthanks a lot!!\nNourhan\n\n"
            "On Tue, Feb 2, 2021 at 4:29 PM Nourhan Samir <nourhan.youthvoices@gmail.example.com> wrote:\n\n"
            + quote_gt(orig))
    body = gmail_alt(text, "000000000000c8d1f205ba7e2b94")
    rows = std_rows(when, GMAIL_HOST[0], GMAIL_HOST[1], "4DXj6Wc2Lq8n",
                    "Nourhan Samir <nourhan.youthvoices@gmail.example.com>",
                    re_hdr("Re: ", "Voluntary GCM review report – Youth Voices EG 📄"), rfcdate(sent),
                    M09_ID, ret="nourhan.youthvoices@gmail.example.com")
    rows += [("In-Reply-To", M04_ID), ("References", M04_ID)]
    add(9, when, top(body, rows), dict(
        category="other", language="en", acknowledge=True, on_time=None, thread_of="h132-04.eml",
        notes="follow-up 'did you get our link??' on the sender's own report mail (In-Reply-To h132-04): nothing new "
              "submitted, the Drive link is only in the '>' quote; all lower case, no punctuation norms; offers "
              "to send a PDF later."))


M09_ID = "<CAJ9pQ2xB7nV4mK0sL3dR8tY1wF6hU5cE2gA9oK4iW7xS1qZ9bC@mail.gmail.example.com>"


def m10():
    when = at("2021-02-04 20:10:49")
    sent = when - dt.timedelta(seconds=11)
    text = """Bonjour,

Je me permets de vous écrire suite à l'invitation reçue via le réseau des ONG. Je souhaiterais vivement prendre la parole lors de la conférence régionale pour partager l'expérience de nos jeunes bénévoles auprès des travailleuses domestiques migrantes au Liban, surtout depuis l'explosion du 4 août. Merci de me dire si c'est encore faisable et comment procéder 🙏

Bien à vous,

Karl Abi Nader
Responsable des bénévoles
Jeunesse Solidaire Liban - Achrafieh, Beyrouth
+961 3 000 000

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.jsl.example.org.lb", "185.97.92.37", "4DY0qNf5Xh1j",
                    "Karl Abi Nader <karl@jsl.example.org.lb>", "Prise de parole - conférence régionale",
                    rfcdate(sent), "<A8E3F1C2-6D4B-4A9E-B7C5-0F2E9D1A3B64@jsl.example.org.lb>",
                    ret="karl@jsl.example.org.lb")
    rows += [("X-Mailer", "iPhone Mail (18D52)"), ("Content-Language", "fr-LB")]
    add(10, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Karl Abi Nader", "Responsable des bénévoles", "Jeunesse Solidaire Liban", [])],
        notes="Lebanese French, iPhone; the sender asks to speak ('prendre la parole lors de la conférence') "
              "without naming any role, so roles is empty; name/title/affiliation only in the signature, "
              "affiliation before ' - Achrafieh, Beyrouth'."))


M11_TEXT = None


def m11():
    when = at("2021-02-05 15:20:37")
    sent = when - dt.timedelta(seconds=8)
    text = """Dear GCM RR team,

Two things from our side (sorry for packing them into one email!):

1) Our voluntary GCM review report 📑 is here: https://www.dropbox.com/s/k3v9x2h7q1m8zpa/BYH_GCM_voluntary_review_2021.pdf?dl=0
It covers youth, migration and the economic crisis in Lebanon (2019-2020), based on a survey with 312 young Lebanese, Syrian and Palestinian people.

2) We'd like to request a floor intervention in a plenary session. Our speaker will be Beirut Youth Hub's Youth Engagement Officer, Maya Fares.

Many thanks and stay safe,
Georges Khoury
Programmes Lead
Beirut Youth Hub (IG: @beirut.youth.hub)
Mar Mikhael, Beirut
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "B_3695467237_1839250377")
    rows = std_rows(when, "mail.beirutyouthhub.example.org", "178.135.12.90", "4DYVr3Ks9Mb0",
                    "Georges Khoury <georges@beirutyouthhub.example.org>",
                    "BYH - voluntary review report (Dropbox) + plenary speaker", rfcdate(sent),
                    "<D3A7B2F1.4C9E%georges@beirutyouthhub.example.org>", ret="georges@beirutyouthhub.example.org")
    rows += [("User-Agent", "Microsoft-MacOutlook/16.45.21011103"), ("Thread-Topic", "BYH - voluntary review report (Dropbox) + plenary speaker")]
    add(11, when, top(body, rows), dict(
        category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Maya Fares", "Youth Engagement Officer", "Beirut Youth Hub", ["plenary"])],
        notes="both, on time (5 Feb afternoon): the report is only a Dropbox link (report_attachments empty) and the "
              "speaker is given possessively, organisation first ('Beirut Youth Hub's Youth Engagement Officer, Maya "
              "Fares'); the signer (Programmes Lead) is not the speaker; Outlook for Mac, base64 text and HTML."))


def m12():
    when = at("2021-02-05 23:54:40")
    sent = when - dt.timedelta(seconds=28)
    text = """هلا بيكم 🌴
آسفين عالتأخير، هسه خلصنا اجتماع الفريق 😅
حابين نشارك بالـ roundtable الرابعة، والمتحدث راح يكون آني:

حسين الموسوي
مسؤول فريق المتطوعين
منظمة نخيل للشباب – البصرة

شكراً الكم وتحياتنا من البصرة 🇮🇶
"""
    body = gmail_alt(text, "000000000000f2a9c805baa1d3e7", dir_="rtl")
    rows = std_rows(when, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DYz0Hc6Tq2p",
                    addr("Hussein Al-Mousawi", "hussein.nakheel@gmail.example.com"),
                    hdr("مشاركة منظمة نخيل للشباب"), rfcdate(tz(sent, 3)),
                    "<CAK2dF9hJ4lN6pR8tV0xZ2bD4fH6jL8nP0rT2vX4zB6dF8hJ0lN@mail.gmail.example.com>",
                    ret="hussein.nakheel@gmail.example.com")
    add(12, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("حسين الموسوي", "مسؤول فريق المتطوعين", "منظمة نخيل للشباب", ["roundtable"], 4)],
        notes="deadline edge: received 23:54:40 Beirut on Fri 5 Feb (on time) but the Date header is 'Sat, 6 Feb "
              "2021 00:54:12 +0300' (Basra) and the sender apologises for being late; Iraqi colloquial with "
              "'بالـ roundtable الرابعة' (ordinal word, English noun); the speaker is the sender ('راح يكون آني'), "
              "details as unlabelled lines, city after a dash."))


def m13():
    when = at("2021-02-06 00:03:10")
    sent = when - dt.timedelta(seconds=29)
    text = """Salam alikoum,

Désolée pour l'envoi tardif, on a eu un souci de connexion toute la soirée 😔 J'espère qu'on est encore dans les délais (il est 23h ici au Maroc).

L'Association Marocaine des Jeunes pour la Migration (AMJM) souhaite proposer comme rapporteuse pour présenter les messages clés des parties prenantes :
- BENJELLOUN Yasmine
- membre du bureau exécutif, chargée des projets jeunesse
- AMJM, Rabat

Merci infiniment, inchallah on aura l'occasion de participer 🙏

Yasmine
"""
    body = gmail_alt(text, "00000000000019d3b705baa1f6c2")
    rows = std_rows(when, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DZ0Bv2Wm7Lk",
                    "Yasmine Benjelloun <yasmine.amjm@gmail.example.com>",
                    "Proposition rapporteuse AMJM", rfcdate(tz(sent, 1)), M13_ID,
                    ret="yasmine.amjm@gmail.example.com")
    add(13, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Yasmine Benjelloun", "membre du bureau exécutif, chargée des projets jeunesse",
                     "Association Marocaine des Jeunes pour la Migration (AMJM)", ["rapporteur"])],
        notes="deadline edge: late by 3 min 11 s (received 00:03:10 Beirut on 6 Feb) while the Date header says "
              "'Fri, 5 Feb 2021 23:02:41 +0100' and the body says it is 23h in Morocco; name SURNAME first in "
              "capitals in a dashed list; 'AMJM, Rabat' in the list, full name in the prose; Maghrebi French "
              "('Salam alikoum', 'inchallah'); the sender proposes herself."))


M13_ID = "<CAN4sP1qW7eR3tY9uI5oA2sD8fG4hJ0kL6zX2cV8bN4mQ1wE7rT@mail.gmail.example.com>"


def m14():
    when = at("2021-02-06 00:03:41")
    sent = when - dt.timedelta(seconds=1)
    text = """Bonjour,

Je suis en camp de volontariat à Ifrane du 6 au 10 février, avec très peu de réseau 🏕️ Je lirai vos messages à mon retour.
Pour toute urgence : contact@amjm.example.ma

Yasmine Benjelloun
AMJM
"""
    body = gmail_alt(text, "0000000000004e7a1c05baa1f8d0")
    rows = [("Return-Path", "<yasmine.amjm@gmail.example.com>"), ("Delivered-To", BOX),
            ("Received", received(when, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DZ0Cd8Yx1Nq")),
            ("From", "Yasmine Benjelloun <yasmine.amjm@gmail.example.com>"), ("To", BOX),
            ("Subject", hdr("Réponse automatique : Re: Proposition rapporteuse AMJM", enc="Q")),
            ("Date", rfcdate(tz(sent, 1))),
            ("Message-ID", "<CAN4sP1qVACATION7eR3tY9uI5oA2sD8fG4hJ0kL@mail.gmail.example.com>"),
            ("In-Reply-To", "<ack-20210206-0007@gcmrr.iom.int>"),
            ("References", "%s <ack-20210206-0007@gcmrr.iom.int>" % M13_ID),
            ("Auto-Submitted", "auto-replied")]
    add(14, when, top(body, rows), dict(
        category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Gmail vacation responder to the acknowledgement of h132-13 (Auto-Submitted: auto-replied, References "
              "names h132-13): not a follow-up, never acknowledge; human-sounding text with an emoji."))


def m15():
    when = at("2021-02-07 12:30:58")
    sent = when - dt.timedelta(seconds=6)
    text = """مساء الخير يا جماعة 🌸

آسفين جداً على التأخير 🙏 إحنا عرفنا بالدعوة من بوست على جروب المتطوعين امبارح بس.

هنرشّح الأستاذة ياسمين عبد العزيز، مسؤولة الـ volunteers في مبادرة «إيد في إيد» بالإسكندرية، عشان تقول كلمة في الجلسة العامة يوم ٢٤ أو ٢٥. هي شغالة مع الشباب المصريين اللي رجعوا من ليبيا بقالها ٣ سنين وعندها قصص كتير مهمة.

لو لسه فيه فرصة يبقى جميل جداً 😍 ولو مفيش، ممكن نحضر كمستمعين؟

تحياتي
عمر
#إيد_في_إيد
"""
    body = gmail_alt(text, "000000000000b9e4d305bab8a1c7", dir_="rtl")
    rows = std_rows(when, "mail-qt1-f170.google.example.com", "209.85.160.170", "4Dbk5Pz3Vn9w",
                    addr("Omar Eid", "omar.eid.alex@gmail.example.com"),
                    hdr("ترشيح متحدثة من مبادرة إيد في إيد"), rfcdate(sent),
                    "<CAP8nB3vC5xZ7lK9jH1gF3dS5aQ7wE9rT1yU3iO5pA7sD9fG1hJ@mail.gmail.example.com>",
                    ret="omar.eid.alex@gmail.example.com")
    add(15, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("ياسمين عبد العزيز", "مسؤولة الـ volunteers", "مبادرة «إيد في إيد»", ["plenary"])],
        notes="late (7 Feb) and says so; Egyptian colloquial prose; honorific 'الأستاذة' is not part of the name; "
              "title with an English word ('مسؤولة الـ volunteers'); city glued to the organisation ('بالإسكندرية'); "
              "role 'كلمة في الجلسة العامة' = plenary; also asks to attend as listeners; hashtag signature."))


def m16():
    when = at("2021-02-09 10:00:16")
    sent = when - dt.timedelta(seconds=13)
    name = "Rapport volontaire JTMS - PMM 2021.docx"
    text = """Bonjour,

Suite à votre invitation, nous vous transmettons en pièce jointe le rapport volontaire de l'initiative « Jeunes Tunisiens pour la Mobilité Sûre » (page Facebook : JTMS - Jeunes Tunisiens pour la Mobilité Sûre).

Les annexes (photos des ateliers, questionnaires remplis) sont trop lourdes pour un mail, vous les trouverez ici : https://www.dropbox.com/sh/p0w8mq2c7z1x4ka/AAB3f9Kq_annexes_JTMS?dl=0

Bonne réception,

Ines Ben Salah
Chargée de communication, JTMS
Tunis
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            '<body lang="FR"><div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">')
            + "</div></body></html>\n")
    html = html.replace("«", "&laquo;").replace("»", "&raquo;")
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
                "_000_DB8PR10MB3512F0A4C7B2E9D1A6F5DB8PR10MB3512EURP_")
    docx = make_docx(["Jeunes Tunisiens pour la Mobilité Sûre (JTMS)",
                      "Rapport volontaire - Revue régionale du Pacte mondial pour les migrations 2021",
                      "1. Contexte : la migration irrégulière des jeunes depuis Sfax, Mahdia et Zarzis",
                      "2. Activités de sensibilisation menées par nos bénévoles (2019-2020)",
                      "3. Recommandations"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(docx)))
    body = multi("mixed", [alt, att], "_004_DB8PR10MB3512F0A4C7B2E9D1A6F5DB8PR10MB3512EURP_")
    rows = std_rows(when, "EUR01-DB5-obe.outbound.protection.outlook.example.com", "40.107.15.60", "4DcQ2Xr8Jm4s",
                    "Ines Ben Salah <ines.bensalah@jtms.example.tn>",
                    hdr("Rapport volontaire JTMS - Revue régionale PMM", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<DB8PR10MB3512F0A4C7B2E9D1A6F5@DB8PR10MB3512.EURPRD10.PROD.OUTLOOK.example.com>",
                    extra=OUTLOOK_UA, ret="ines.bensalah@jtms.example.tn")
    add(16, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="DOCX report with spaces and a dash in the file name; the annexes are only a Dropbox link (not an "
              "attachment); ISO-8859-1 Outlook text and HTML, Q-encoded subject; Facebook page name as the "
              "organisation; no speaker."))


def m17():
    when = at("2021-02-10 19:45:03")
    sent = when - dt.timedelta(seconds=16)
    name = "تقرير شبكة متطوعي إربد - الاستعراض الطوعي.pdf"
    text = """مرحبا فريق الاستعراض الإقليمي 👋

مرفق تقرير الاستعراض الطوعي تبع «شبكة متطوعي إربد للتنمية» 📎 اشتغلنا عليه كفريق تطوعي خلال شهر كانون التاني مع ٤٠ شب وصبية من المجتمع المضيف ومن اللاجئين.

وكمان حابين يكون إلنا صوت بالمؤتمر 🎤:
🔹 الاسم: بشرى الزعبي
🔹 الصفة: منسقة الحملات الشبابية
🔹 المشاركة: الطاولة المستديرة التانية

بنعرف إنو في موعد للمتحدثين، بس بالنسخة العربية من الرسالة مكتوب الجمعة ٢٣ شباط فمنتمنى تقبلوا الطلب 🙏

مع الشكر،
فريق شبكة متطوعي إربد للتنمية
"""
    alt = gmail_alt(text, "000000000000d5c7e105bb0c9a31", dir_="rtl")
    pdf = make_pdf(["Irbid Volunteers Network for Development", "Voluntary GCM Review Report - February 2021",
                    "Youth from host and refugee communities in Irbid governorate"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment; filename="%s"' % b_word(name), extra=[("X-Attachment-Id", "f_kkz3w1p80")])
    body = multi("mixed", [alt, att], "000000000000d5c7e305bb0c9a33")
    rows = std_rows(when, "mail-wm1-f43.google.example.com", "209.85.128.43", "4DcxR7Lp2Hk5",
                    addr("Irbid Volunteers", "irbid.volunteers.net@gmail.example.com"),
                    hdr("تقرير + طلب مشاركة 🎤"), rfcdate(sent),
                    "<CAQ1aZ3sX5dC7fV9gB1hN3jM5kL7pO9iU1yT3rE5wQ7aS9dF1gH@mail.gmail.example.com>",
                    ret="irbid.volunteers.net@gmail.example.com")
    add(17, when, top(body, rows), dict(
        category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("بشرى الزعبي", "منسقة الحملات الشبابية", "شبكة متطوعي إربد للتنمية", ["roundtable"], 2)],
        report_attachments=[name],
        notes="both, received 10 Feb: the report part is on time but the speaker part is late, so on_time is false; "
              "the sender invokes the Arabic letter's misprinted 'الجمعة ٢٣ شباط' to argue the speaker request is on "
              "time; emoji-bullet labelled lines; Levantine ordinal 'التانية'; Arabic PDF name as RFC 2047 words in "
              "name/filename; the speaker's affiliation is only the sender organisation named in the body."))


def m18():
    when = at("2021-02-11 14:00:22")
    sent = when - dt.timedelta(seconds=9)
    text = """Hi!
Quick questions from the Gaza Youth Volunteers team:
- will the sessions on 24-25 be on Zoom or some other platform? Internet + power cuts are a real issue here so we want to prepare 😬
- can we live-tweet / post stories from the conference on our Insta (@gazayouthvolunteers) or is it closed?
- is there interpretation into Arabic?
Thanks 🙏🇵🇸
Rana

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-pf1-f180.google.example.com", "209.85.210.180", "4Dd8Kq1Zt6Wb",
                    "Rana <rana.gyv@gmail.example.com>", "quick q about the conference",
                    rfcdate(sent), "<0E4B7C21-9A3D-4F5E-8B6C-2D1A0F9E8C7B@gmail.example.com>",
                    ret="rana.gyv@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(18, when, top(body, rows), dict(
        category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics questions (platform, social-media coverage, interpretation) from a volunteer team known by "
              "its Instagram handle; first name only; no speaking wish, no report."))


def m19():
    when = at("2021-02-12 09:10:37")
    sent = when - dt.timedelta(seconds=5)
    ack = "<ack-20210201-0042@gcmrr.iom.int>"
    text = """Merci beaucoup pour votre retour 🙏🙏 et désolé pour ma réponse tardive, période d'examens oblige. Aminata est ravie !!

Bonne journée,
Moussa

Le lun. 1 févr. 2021 à 09:05, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

> Bonjour,
>
> Nous accusons réception de votre message concernant la Revue régionale du Pacte mondial pour les migrations.
>
> Cordialement,
> Le secrétariat
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.aess-sfax.example.org", "197.14.52.9", "4DdT9Vm3Qc0x",
                    "Moussa =?UTF-8?Q?Traor=C3=A9?= <m.traore@aess-sfax.example.org>",
                    hdr("Re: Proposition d'intervenante - séance plénière - AESS", enc="Q"),
                    rfcdate(tz(sent, 1)), "<9c2e4a1b-3f5d-4c7e-8a0b-6d2f1e3c5a79@aess-sfax.example.org>",
                    ret="m.traore@aess-sfax.example.org")
    rows += [("In-Reply-To", ack), ("References", "<6b1f2c3e-8a4d-4e2b-9c0f-1a7d3e5b9c21@aess-sfax.example.org> " + ack),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")]
    add(19, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=False, on_time=None, thread_of="h132-03.eml",
        notes="thank-you reply to our acknowledgement of h132-03 (References names h132-03): adds nothing new, so no "
              "acknowledgement; mentions the speaker by first name only; Thunderbird format=flowed."))


def m20():
    when = at("2021-02-14 22:15:29")
    sent = when - dt.timedelta(seconds=21)
    name = "Houmti_GCM_report_2021.pdf"
    t1 = leaf("text/plain", """عسلامة 👋

هاو التقرير الطوعي متاعنا على الاتفاق العالمي للهجرة في الـ attachment 📎
خدمناه مع الطلبة المتطوعين في نادي «حومتي» بجامعة صفاقس، وفيه شهادات شباب حرقوا لإيطاليا ورجعوا.

يعطيكم الصحة 🙏
وائل

أُرسلت من الـ iPhone
""", "utf-8", "base64")
    pdf = make_pdf(["Club Houmti - Universite de Sfax", "Rapport volontaire / Voluntary GCM review 2021",
                    "Temoignages de jeunes migrants de retour (harraga)"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name), ("x-unix-mode", "0644")],
               disp="inline;\r\n\tfilename=%s" % name)
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-3C9E1A7B-5D2F-4E8A-9B6C-1F0D3E5A7C92")
    rows = std_rows(when, "mail-wm1-f45.google.example.com", "209.85.128.45", "4Dfb6Nw0Rk3y",
                    addr("Wael Jemli", "wael.jemli.houmti@gmail.example.com"),
                    hdr("التقرير متاع نادي حومتي"), rfcdate(tz(sent, 1)),
                    "<7F1A3C5E-9B2D-4E6F-8A0C-2B4D6F8A0C1E@gmail.example.com>",
                    ret="wael.jemli.houmti@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(20, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="Tunisian colloquial ('عسلامة', 'هاو', 'متاعنا', 'حرقوا'); 'في الـ attachment'; iPhone layout "
              "multipart/mixed[text, inline PDF, text] with an unquoted file name; Date +0100.",
        report_attachments=[name]))


def m21():
    when = at("2021-02-15 17:40:11")
    sent = when - dt.timedelta(seconds=4)
    name = "YouthVoicesEG_GCM_Report_v2_FINAL.pdf"
    text = """Hi again!

As promised, attached is the updated version of our report as a PDF (v2 - we fixed some numbers in section 3 and added the Aswan focus group). Please consider this one instead of the Drive link we sent before 🙏

Thank you so so much for confirming last week 💐

Nourhan
Youth Voices EG

On Thu, Feb 4, 2021 at 1:05 PM Nourhan Samir <nourhan.youthvoices@gmail.example.com> wrote:

> hii, sorry to bother 🙈 did you get our link?? we sent the report on tuesday as a google drive link but didnt get any confirmation yet
"""
    alt = gmail_alt(text, "000000000000e1b3a905bb5f2c60")
    pdf = make_pdf(["Youth Voices EG", "Voluntary GCM Review Report - v2 (February 2021)",
                    "Young Egyptian returnees and Sudanese and Eritrean youth in Egypt"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kl6v0m2q0")])
    body = multi("mixed", [alt, att], "000000000000e1b3aa05bb5f2c62")
    rows = std_rows(when, GMAIL_HOST[0], GMAIL_HOST[1], "4Dfx2Hc7Pm1v",
                    "Nourhan Samir <nourhan.youthvoices@gmail.example.com>",
                    re_hdr("Re: ", "Voluntary GCM review report – Youth Voices EG 📄"), rfcdate(sent),
                    "<CAJ9pQ2zK1vB8nM3lP6dR0tY4wF2hU7cE5gA1oK9iW3xS6qZ4dE@mail.gmail.example.com>",
                    ret="nourhan.youthvoices@gmail.example.com")
    rows += [("In-Reply-To", M09_ID), ("References", "%s %s" % (M04_ID, M09_ID))]
    add(21, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True, thread_of="h132-04.eml",
        report_attachments=[name],
        notes="revised report replacing the Drive link of h132-04 (chain h132-04 -> h132-09 -> this; thread_of is "
              "the first); In-Reply-To is h132-09, References both; thanks us for confirming but does submit a new "
              "version, so it must be acknowledged."))


def m22():
    when = at("2021-02-16 23:57:40")
    sent = when - dt.timedelta(seconds=35)
    name = "CELDM_contribution_revue_PMM.docx"
    text = """Bonsoir,

Ci-joint la contribution de notre collectif, le Collectif Étudiant Libanais pour les Droits des Migrants (CELDM), au processus de revue régionale du Pacte mondial. Nous sommes des étudiant.e.s libanais.es à Montréal et à Beyrouth ; le rapport porte sur les jeunes diplômés qui quittent le Liban depuis 2019 et sur les travailleuses domestiques migrantes laissées sans salaire.

Désolés pour l'envoi à la dernière minute, on a dû attendre la relecture de nos camarades à Beyrouth (décalage horaire oblige 😅).

Bien cordialement,
Joëlle Haddad
pour le CELDM
Montréal (QC)
"""
    alt = gmail_alt(text, "0000000000007c2d4b05bb7a9e13")
    docx = make_docx(["Collectif Étudiant Libanais pour les Droits des Migrants (CELDM)",
                      "Contribution à la revue régionale du Pacte mondial pour les migrations - février 2021",
                      "Partie 1 : l'exode des jeunes diplômés libanais depuis 2019",
                      "Partie 2 : travailleuses domestiques migrantes sans salaire après la crise"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kl9a3b4c1")])
    body = multi("mixed", [alt, att], "0000000000007c2d4c05bb7a9e15")
    rows = std_rows(when, "mail-qk1-f178.google.example.com", "209.85.222.178", "4DgH8Zs1Tb6n",
                    "=?UTF-8?Q?Jo=C3=ABlle_Haddad?= <joelle.celdm@gmail.example.com>",
                    "Contribution CELDM - revue PMM", rfcdate(tz(sent, -5)),
                    "<CAR5tG7yH9uJ1iK3oL5pZ7xC9vB1nM3aS5dF7gH9jK1lQ3wE5rT@mail.gmail.example.com>",
                    ret="joelle.celdm@gmail.example.com")
    add(22, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:57:40 Beirut on Tue 16 Feb (on time); the Date header is 'Tue, 16 Feb "
              "2021 16:57:05 -0500' (Montréal); the report is called a 'contribution' (not 'rapport volontaire'); "
              "Lebanese students abroad, inclusive spelling ('étudiant.e.s'); apologises for the last minute."))


M23_ID = "<CAS6yH8uJ0iK2oL4pZ6xC8vB0nM2aS4dF6gH8jK0lQ2wE4rT6yU@mail.gmail.example.com>"


def m23():
    when = at("2021-02-17 00:02:15")
    sent = when - dt.timedelta(seconds=23)
    name = "rapport_chabab_bla_hodoud_GCM.pdf"
    text = """السلام عليكم
سمحو لينا على التعطال 🙏 هادا هو التقرير ديالنا على الميثاق العالمي للهجرة، مازال عندنا الوقت حيت الساعة 11 د الليل هنا ف الناظور.
التقرير ديال جمعية «شباب بلا حدود» - الناظور، خدمو عليه المتطوعين ديالنا مع المهاجرين اللي عايشين ف الغابة قرب الحدود.
شكرا بزاف و الله يعاونكم
عبد الصمد
"""
    alt = gmail_alt(text, "000000000000a3f6d905bb7b0c44", dir_="rtl")
    pdf = make_pdf(["Association Chabab Bla Hodoud - Nador", "Rapport volontaire PMM / GCM 2021",
                    "Migrants dans les forets pres de la frontiere : constats des benevoles"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kl9b7d2e0")])
    body = multi("mixed", [alt, att], "000000000000a3f6da05bb7b0c46")
    rows = std_rows(when, "mail-wr1-f44.google.example.com", "209.85.221.44", "4DgJ0Lw5Xq2m",
                    addr("Abdessamad Chabab", "chabab.blahodoud.nador@gmail.example.com"),
                    hdr("التقرير ديال جمعية شباب بلا حدود"), rfcdate(tz(sent, 1)), M23_ID,
                    ret="chabab.blahodoud.nador@gmail.example.com")
    add(23, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge: late by 2 min 16 s (received 00:02:15 Beirut on Wed 17 Feb) although the Date header "
              "is 'Tue, 16 Feb 2021 23:01:52 +0100' and the sender says there is still time (11 pm in Nador); "
              "Moroccan Darija ('ديالنا', 'بزاف', 'حيت'); its acknowledgement bounces (h132-24)."))


def m24():
    when = at("2021-02-17 00:02:58")
    qid = "7B3E9F21C4"
    rcpt = "chabab.blahodoud.nador@gmail.example.com"
    text = POSTFIX_NOTICE + """
<%s>: host gmail-smtp-in.l.google.example.com[142.250.27.26]
    said: 552-5.2.2 The email account that you tried to reach is over quota.
    (in reply to RCPT TO command)
""" % rcpt
    arr = when - dt.timedelta(seconds=9)
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.2.2
Remote-MTA: dns; gmail-smtp-in.l.google.example.com
Diagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is
    over quota.
""" % (qid, rfcdate(arr, "EET"), rcpt, rcpt)
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <%s>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: %s
Subject: =?UTF-8?B?UmU6INin2YTYqtmC2LHZitixINiv2YrYp9mEINis2YXYudmK2Kkg2LTYqNin2Kgg2KjZhNinINit2K/ZiNiv?=
Date: %s
Message-ID: <ack-20210217-0001@gcmrr.iom.int>
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
""" % (qid, rcpt, rfcdate(arr, "EET"), rcpt, rfcdate(arr), M23_ID, M23_ID)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1613512978/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))
    m["Date"] = rfcdate(when, "EET")
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<20210216220258.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(24, when, m, dict(
        category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report, 5.2.2 over quota) for the acknowledgement of h132-23; the returned "
              "headers carry the Arabic report subject and In-Reply-To/References of h132-23, but this is not a "
              "follow-up; never acknowledge."))


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
