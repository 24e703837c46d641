#!/usr/bin/env python3
"""Write the blind evaluation set holdout86 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets86.py
Theme: women's rights organisations, domestic workers' groups and anti-trafficking NGOs
(Lebanon, Jordan, Kuwait, Morocco, Bahrain, Sudan).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout86")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h86-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    data = msg if isinstance(msg, bytes) else serialize(msg)
    if isinstance(msg, bytes):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MESSAGES.append((fname, data, full))


INVITE_MID = "<DB9PR09MB5371A0C2E4F1B2D39C8E7F10B4A09@DB9PR09MB5371.eurprd09.prod.outlook.example.com>"


# ================================================================ the 24 messages
def m01():
    """Out-of-office, Arabic then English, Exchange, Kuwait."""
    when = at("2021-01-27 14:12:09")
    sent = when - dt.timedelta(seconds=6)
    text = """شكراً لرسالتكم.
أنا خارج المكتب في إجازة حتى يوم الأحد 7 فبراير 2021 ولن أتمكن من الاطلاع على البريد الإلكتروني بشكل منتظم.
للأمور العاجلة يرجى التواصل مع الزميلة هيا المطيري على البريد: programmes@kwrc-kw.example.org

Thank you for your message.
I am out of the office on leave until Sunday 7 February 2021 with limited access to email.
For urgent matters please contact my colleague Haya Al-Mutairi: programmes@kwrc-kw.example.org

نورة العنزي | Noura Al-Enezi
مركز الكويت لحقوق المرأة | Kuwait Women's Rights Centre
"""
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma;font-size:10pt">' + text2html(text.split("\n\nThank")[0]) +
                     '</div>\n<div dir="ltr" style="font-family:Calibri;font-size:11pt">' +
                     text2html("Thank" + text.split("\n\nThank")[1]) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_AM0PR09MB40115F2D3C7E19A4B6E8D2A1C09AM0PR09MB4011eurp_")
    rows = std_rows(when, "mail.kwrc-kw.example.org", "62.215.180.44", "4DQm7X2gTz1k",
                    addr("Noura Al-Enezi", "n.alenezi@kwrc-kw.example.org"),
                    re_hdr("Automatic reply: ", "رسالة دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة"),
                    rfcdate(tz(sent, 3)),
                    "<AM0PR09MB40115F2D3C7E19A4B6E8D2A1C09@AM0PR09MB4011.eurprd09.prod.outlook.example.com>",
                    ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_MID), ("References", INVITE_MID),
             ("Thread-Topic", hdr("رسالة دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة")),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("Content-Language", "ar-KW")]
    m = top(body, rows)
    add(1, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office, Arabic first then English, replying to the Arabic invitation; "
              "contains a date (7 February) and a contact address that must not be taken as content; "
              "Auto-Submitted: auto-replied; subject 'Automatic reply:' + RFC 2047 Arabic."))


def m02():
    """Domestic worker leader, simple English, proposes herself; Gmail."""
    when = at("2021-01-28 21:40:51")
    sent = when - dt.timedelta(seconds=14)
    text = """Dear Sir/Madam

Good evening. My name is Tigist Bekele, i am from Ethiopia and i am working as domestic worker in Lebanon since 11 years. Now i am also coordinator for our group Habesha Domestic Workers Solidarity Group, we are around 300 women in Beirut and Mount Lebanon. We help the sisters who run from the employer house, we find them shelter and food and we go with them to General Security.

One lady from the NGO tell me about the meeting of the Global Compact and that we can ask to speak before 5 of February. I want to speak in the round table about the kafala and the women who stay without papers after the crisis and the explosion. Nobody ask us what we need, always other people talk for us. So i want to say it myself.

My english is not very good but i can speak clear, and i can also speak in arabic (lebanese). If not possible in round table i can speak any place you give me.

Thank you very much and God bless

Tigist
Habesha Domestic Workers Solidarity Group
whatsapp +961 71 482 093
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000007c1e2a05b9f4d3a8")
    rows = std_rows(when, "mail-pj1-f52.google.example.com", "209.85.216.52", "4DRk2F0sLp6w",
                    "tigist bekele <tigistbekele.hdws@gmail.example.com>", "speaking at the GCM meeting",
                    rfcdate(tz(sent, 2)), "<CAJx7vB2m9QwE4kRt1Zp8sLc3Hn0uY6dGf5aVe2Kq9Xw1Lr4oTg@mail.gmail.example.com>",
                    ret="tigistbekele.hdws@gmail.example.com")
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Tigist Bekele", "coordinator", "Habesha Domestic Workers Solidarity Group", ["roundtable"])],
        notes="domestic worker writing in simple second-language English, proposing herself; title only in prose "
              "('i am also coordinator for our group ...'); 'round table' with no number and a fallback 'any place "
              "you give me' (no other role); signature repeats only the first name; mentions the 5 February deadline."))


def m03():
    """Jordan, MSA; speaker introduced as الأستاذة, affiliation only in the signature; Outlook."""
    when = at("2021-01-31 10:17:33")
    sent = when - dt.timedelta(seconds=21)
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة الكريمة، يسعدنا أن نرشّح الأستاذة رنا عبد الهادي، منسقة برنامج العاملات المهاجرات لدينا، للمشاركة كمتحدثة في المائدة المستديرة الثالثة يوم 24 شباط.

تعمل الأستاذة رنا منذ أكثر من ثماني سنوات مع عاملات المنازل المهاجرات في عمّان والزرقاء، وتشرف على خط المساعدة القانونية وعلى متابعة قضايا حجز جوازات السفر والأجور غير المدفوعة، ولديها خبرة واسعة في رصد حالات الاتجار بالبشر بين العاملات.

نرجو التكرم بإعلامنا بأي معلومات إضافية مطلوبة.

وتفضلوا بقبول فائق الاحترام،

سلمى العمري
المديرة التنفيذية
جمعية نساء من أجل العدالة – عمّان، الأردن
هاتف: 0096265538172
"""
    html = html_wrap('<div dir="rtl" style="font-family:Arial;font-size:12pt">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "quoted-printable")],
                 "_000_VI1PR10MB2735E3A1F7C2B9D08F4A6E51B3C2VI1PR10MB2735EURP_")
    rows = std_rows(when, "mail.wfj-jo.example.org", "212.118.5.37", "4DT1vQm8Zc3r",
                    addr("سلمى العمري", "s.alomari@wfj-jo.example.org"),
                    hdr("ترشيح متحدثة – المائدة المستديرة الثالثة"), rfcdate(tz(sent, 2)),
                    "<VI1PR10MB2735E3A1F7C2B9D08F4A6E51B3C2@VI1PR10MB2735.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret="s.alomari@wfj-jo.example.org")
    rows += [("Thread-Topic", hdr("ترشيح متحدثة – المائدة المستديرة الثالثة")),
             ("Content-Language", "ar-JO"), ("X-MS-Has-Attach", ""),
             ("X-Mailer", "Microsoft Outlook 16.0")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("رنا عبد الهادي", "منسقة برنامج العاملات المهاجرات", "جمعية نساء من أجل العدالة", ["roundtable"], 3)],
        notes="speaker introduced as 'الأستاذة' (honorific, dropped) in prose; her organisation appears only in the "
              "sender's signature ('لدينا' = ours); the signature name/title belong to the sender, not the speaker; "
              "'المائدة المستديرة الثالثة' = roundtable 3."))


def m04():
    """Lebanon, French, interpretation question; Thunderbird format=flowed."""
    when = at("2021-02-01 12:05:44")
    sent = when - dt.timedelta(seconds=9)
    text = """Bonjour,

J'espère que vous allez bien.

Nous avons bien reçu la lettre d'invitation, merci. Une petite question pratique avant de vous envoyer quoi que ce soit : est-ce qu'il y aura une interprétation simultanée vers le français pendant la consultation du 23 février et les tables rondes du 24-25 ? Plusieurs de nos membres sont des travailleuses domestiques originaires de Madagascar, du Cameroun et de Côte d'Ivoire, elles ne parlent ni arabe ni anglais, et ce serait vraiment dommage qu'elles ne puissent pas suivre.

Si c'est sur Zoom, est-ce qu'il y aura des canaux d'interprétation séparés ? Sinon, est-ce qu'on peut ramener notre propre interprète (bénévole) dans la salle virtuelle ?

Merci d'avance pour votre retour, et bonne journée.

Rita Khoury
Chargée de plaidoyer
Collectif pour les droits des travailleuses migrantes (CDTM)
Beyrouth - Liban
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "mail.cdtm-lb.example.org", "185.89.140.23", "4DVb0Np1Hs7y",
                    "Rita Khoury <rita.khoury@cdtm-lb.example.org>",
                    "Question interprétation - Examen régional PMM", rfcdate(tz(sent, 2)),
                    "<5e3f1a7c-92b4-4d08-a61e-0c7d8b3f2e95@cdtm-lb.example.org>",
                    ret="rita.khoury@cdtm-lb.example.org")
    rows = [(k, hdr(v, "utf-8", "Q") if k == "Subject" else v) for k, v in rows]
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(4, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics question on French interpretation (Zoom channels, own interpreter); mentions the tables "
              "rondes, members and 'avant de vous envoyer quoi que ce soit' but proposes no speaker and sends no "
              "report; Thunderbird format=flowed 8bit; Q-encoded subject."))


def m05():
    """Bahrain coordinator, two speakers in a bulleted list 'Name - Title - Organisation'; Outlook HTML."""
    when = at("2021-02-02 13:26:18")
    sent = when - dt.timedelta(seconds=17)
    items = ["Maryam Al-Sayed - Programme Director - Migrant Workers Protection Forum Bahrain (MWPF)",
             "Dr. Hussain Abdulla Jaffar - Legal Counsel - Bahrain Women's Legal Aid Centre"]
    text = ("""Dear colleagues,

I hope this finds you well. Further to your kind invitation, the Bahrain Civil Society Platform against Trafficking, which I coordinate, would like to put forward the following two speakers:

""" + "".join("  *   %s\n" % i for i in items) + """
We would suggest that Ms. Al-Sayed takes the floor in the plenary (on the 24th if possible), and that Dr. Jaffar intervenes in Roundtable 2, given his work on access to justice and the 2017 flexi-permit reform.

Both can connect remotely from Manama. Please do not hesitate to let me know if you need their bios or photos.

Kind regards,

Sawsan Mahdi
Coordinator
Bahrain Civil Society Platform against Trafficking
T: +973 1772 4410
""")
    html_inner = ("<p>Dear colleagues,</p><p>I hope this finds you well. Further to your kind invitation, the Bahrain "
                  "Civil Society Platform against Trafficking, which I coordinate, would like to put forward the "
                  "following two speakers:</p>\n<ul>\n" + "".join("<li>%s</li>\n" % esc(i) for i in items) +
                  "</ul>\n<p>We would suggest that Ms. Al-Sayed takes the floor in the plenary (on the 24th if "
                  "possible), and that Dr. Jaffar intervenes in Roundtable 2, given his work on access to justice "
                  "and the 2017 flexi-permit reform.</p><p>Both can connect remotely from Manama. Please do not "
                  "hesitate to let me know if you need their bios or photos.</p><p>Kind regards,</p>"
                  '<p style="color:#1F3864"><b>Sawsan Mahdi</b><br>Coordinator<br>Bahrain Civil Society Platform '
                  "against Trafficking<br>T: +973 1772 4410</p>")
    html = html_wrap('<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">' + html_inner + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_DB7PR02MB4988C1F04E2A7B3D5F9E06A2C1D4DB7PR02MB4988eurp_")
    rows = std_rows(when, "mail.bcspt-bh.example.org", "80.95.210.16", "4DWs3Jd6Rk0m",
                    "Sawsan Mahdi <s.mahdi@bcspt-bh.example.org>",
                    "RE: Invitation - Regional Review of the GCM in the Arab region - speakers", rfcdate(tz(sent, 3)),
                    "<DB7PR02MB4988C1F04E2A7B3D5F9E06A2C1D4@DB7PR02MB4988.eurprd02.prod.outlook.example.com>",
                    ret="s.mahdi@bcspt-bh.example.org")
    rows += [("In-Reply-To", INVITE_MID), ("References", INVITE_MID),
             ("Thread-Topic", "Invitation - Regional Review of the GCM in the Arab region"),
             ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Maryam Al-Sayed", "Programme Director", "Migrant Workers Protection Forum Bahrain (MWPF)", ["plenary"]),
                  sp("Hussain Abdulla Jaffar", "Legal Counsel", "Bahrain Women's Legal Aid Centre", ["roundtable"], 2)],
        notes="coordinator (not a speaker) proposes two people in a bulleted list 'Name - Title - Organisation'; "
              "roles assigned in the following paragraph by surname only ('Ms. Al-Sayed' plenary, 'Dr. Jaffar' "
              "Roundtable 2); 'Dr.' dropped; the sender's own title/organisation in the signature are decoys; "
              "reply to the invitation (RE:)."))


def m06():
    """Sudan, colloquial Arabic, proposes herself as rapporteur; iPhone."""
    when = at("2021-02-03 08:52:07")
    sent = when - dt.timedelta(seconds=31)
    text = """السلام عليكم ورحمة الله

أنا إخلاص عثمان محمد، رئيسة مبادرة نساء دارفور ضد الاتجار بالبشر، شغالين من 2014 مع البنات والنسوان الاتهربوا عبر ليبيا ومصر وكمان الاتوظفوا شغالات في الخليج.

عايزة اقدم طلب اكون المقررة العندها الرسائل الرئيسية لأصحاب المصلحة في الاستعراض ده، لو في فرصة. عندنا حاجات كتيرة داير الناس تسمعها خصوصا بعد الحرب والنزوح الجديد.

النت عندنا ضعيف شوية فلو احتجتوا اي حاجة ارسلوا لي واتساب 00249912447301

وشكرا ليكم كتير

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.dwat-sd.example.org", "41.209.88.5", "4DYh6Tb2Wm9e",
                    addr("Ekhlas Osman", "ekhlas@dwat-sd.example.org"), hdr("طلب مشاركة"), rfcdate(tz(sent, 2)),
                    "<2F8A3C5E-7B1D-4E9F-A062-C4D8E1F3B7A9@dwat-sd.example.org>", ret="ekhlas@dwat-sd.example.org")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("إخلاص عثمان محمد", "رئيسة", "مبادرة نساء دارفور ضد الاتجار بالبشر", ["rapporteur"])],
        notes="Sudanese colloquial, proposes herself as rapporteur ('اكون المقررة العندها الرسائل الرئيسية'); "
              "title and organisation only in the first sentence, no signature; display name in Latin script "
              "('Ekhlas Osman') shorter than the name in the body; iPhone base64 plain text; two-word subject."))


def m07():
    """Morocco, HTML-only table with two speakers, surname-first in capitals."""
    when = at("2021-02-03 16:44:29")
    sent = when - dt.timedelta(seconds=12)
    inner = """<div style="font-family:Verdana;font-size:13px">
<p>Madame, Monsieur,</p>
<p>Suite &agrave; votre lettre d'invitation relative &agrave; l'Examen r&eacute;gional du Pacte mondial pour les migrations, nous avons le plaisir de vous communiquer ci-dessous les intervenants propos&eacute;s par notre r&eacute;seau :</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:12px">
<tr style="background:#f2dcdb"><td><b>Organisation</b></td><td><b>Nom et pr&eacute;nom</b></td><td><b>Fonction</b></td><td><b>Session souhait&eacute;e</b></td></tr>
<tr><td>Association Marocaine pour les Droits des Travailleuses Domestiques (AMDTD)</td><td>Mme BENNANI Khadija</td><td>Pr&eacute;sidente</td><td>Discussion ouverte - consultation multipartite du 23/02</td></tr>
<tr><td>R&eacute;seau Anti-Traite Maroc (RATM)</td><td>M. EL AMRANI Youssef</td><td>Charg&eacute; de projet migration &amp; traite</td><td>Table ronde n&deg;4</td></tr>
</table>
<p>Les deux intervenants s'exprimeront en fran&ccedil;ais. Mme BENNANI pourra &eacute;galement intervenir en arabe (darija) si n&eacute;cessaire.</p>
<p>Dans l'attente de votre confirmation, veuillez agr&eacute;er, Madame, Monsieur, l'expression de nos salutations distingu&eacute;es.</p>
<p>--<br>Salma Idrissi<br>Secr&eacute;tariat de coordination<br>Plateforme Droits des Femmes et Migration - Rabat</p>
</div>"""
    body = leaf("text/html", html_wrap(inner, None, "iso-8859-1"), "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "smtp.menara.example.ma", "41.248.66.130", "4DYt0Kp5Xn2b",
                    "Plateforme DFM <plateforme.dfm@menara.example.ma>",
                    hdr("Intervenants proposés - Examen régional PMM (États arabes)", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<1612367069.284113.plateforme.dfm@webmail.menara.example.ma>",
                    ret="plateforme.dfm@menara.example.ma")
    rows += [("X-Mailer", "Menara Webmail 5.2")]
    m = top(body, rows)
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Khadija Bennani", "Présidente", "Association Marocaine pour les Droits des Travailleuses Domestiques (AMDTD)", ["open_discussion"]),
                  sp("Youssef El Amrani", "Chargé de projet migration & traite", "Réseau Anti-Traite Maroc (RATM)", ["roundtable"], 4)],
        notes="HTML-only ISO-8859-1 message with a table whose first column is the organisation; names written "
              "'Mme BENNANI Khadija' / 'M. EL AMRANI Youssef' (honorific + surname in capitals first); entities in "
              "the HTML; 'Table ronde n°4'; the sender (Salma Idrissi, a secretariat) is not a speaker."))


def m08():
    """Levantine follow-up to 03 correcting the speaker's full name and title; Gmail reply."""
    when = at("2021-02-04 11:08:52")
    sent = when - dt.timedelta(seconds=10)
    text = """مرحبا،

تصحيح بسيط على الإيميل اللي بعتناه الأحد: اسم الأستاذة رنا الكامل هو رنا عبد الهادي الشوبكي (نسيت اسم العيلة، آسفة)، ومسمّاها الوظيفي الصحيح "مديرة برنامج حماية العاملات المهاجرات" مش منسقة، انترقّت الشهر الماضي. المشاركة بتضل متل ما هي بالمائدة المستديرة التالتة.

شكراً إلكم ويعطيكم العافية

سلمى

‫في الأحد، 31 يناير 2021 في 10:17 ص تمت كتابة ما يلي بواسطة ‪سلمى العمري‬‏ <‪s.alomari@wfj-jo.example.org‬‏>:‬
> السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
> تحية طيبة وبعد،
>
> بالإشارة إلى رسالة الدعوة الكريمة، يسعدنا أن نرشّح الأستاذة رنا عبد الهادي، منسقة برنامج العاملات المهاجرات لدينا، للمشاركة كمتحدثة في المائدة المستديرة الثالثة يوم 24 شباط.
>
> وتفضلوا بقبول فائق الاحترام،
>
> سلمى العمري
> المديرة التنفيذية
> جمعية نساء من أجل العدالة – عمّان، الأردن
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000a93f4105ba7d21e6")
    orig = "<VI1PR10MB2735E3A1F7C2B9D08F4A6E51B3C2@VI1PR10MB2735.EURPRD10.PROD.OUTLOOK.example.com>"
    rows = std_rows(when, "mail-ej1-f44.google.example.com", "209.85.218.44", "4DZc8Rf3Yq1u",
                    addr("سلمى العمري", "s.alomari@wfj-jo.example.org"),
                    re_hdr("Re: ", "ترشيح متحدثة – المائدة المستديرة الثالثة"), rfcdate(tz(sent, 2)),
                    "<CAM4rX9bN2tQ7wE1kZp5sHc8Lm3vY0dGf6aJe9Uq2Xw4Br7oTz@mail.gmail.example.com>",
                    ret="s.alomari@wfj-jo.example.org")
    rows += [("In-Reply-To", orig), ("References", orig)]
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("رنا عبد الهادي الشوبكي", "مديرة برنامج حماية العاملات المهاجرات", "جمعية نساء من أجل العدالة", ["roundtable"], 3)],
        thread_of="h86-03.eml",
        notes="Levantine follow-up to h86-03 (In-Reply-To) correcting the speaker's full name and title; the quoted "
              "original still holds the old title and the only mention of the organisation (signature inside the "
              "quote); 'المائدة المستديرة التالتة' (colloquial spelling of third); the new signature is just 'سلمى'."))


def m09():
    """Lebanon anti-trafficking NGO, English, PDF report + speaker for roundtable 4; Outlook with logo."""
    when = at("2021-02-04 19:33:40")
    sent = when - dt.timedelta(seconds=25)
    name = "LCATP_GCM_Voluntary_Review_2021.pdf"
    text = """Dear GCM Regional Review Team,

On behalf of the Lebanese Coalition Against Trafficking in Persons (LCATP), please find attached our voluntary GCM review report, covering objectives 7, 10 and 11 with a focus on migrant domestic workers and women trafficked into forced labour and sexual exploitation since the economic collapse.

We would also like to request a speaking slot for our Executive Director, Ms. Nadine Karam, in Roundtable 4. Nadine led the coalition's work with the shelters after the 4 August explosion and can speak to the situation of women left stranded without documents.

Thank you for your consideration.

Best regards,

Jad Haddad
Programme Officer | LCATP
Lebanese Coalition Against Trafficking in Persons
Badaro, Beirut – Lebanon
[cid:image001.png@01D6FB2E.4A7C1E90]
"""
    html_inner = text2html(text.replace("[cid:image001.png@01D6FB2E.4A7C1E90]\n", "")) + \
        '<p><img width="120" height="40" src="cid:image001.png@01D6FB2E.4A7C1E90" alt="LCATP logo"></p>'
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                leaf("text/html", html_wrap(html_inner), "utf-8", "quoted-printable")],
                "_000_AS8PR03MB7012B7C9E2D4F1A6C8E3B05D7F2AAS8PR03MB7012eurp_")
    png = leaf("image/png", make_png(24, 8, (140, 20, 40)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FB2E.4A7C1E90>")])
    related = multi("related", [alt, png], "_004_AS8PR03MB7012B7C9E2D4F1A6C8E3B05D7F2AAS8PR03MB7012eurp_",
                    params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Lebanese Coalition Against Trafficking in Persons (LCATP)",
                    "Voluntary GCM Review Report - Lebanon, February 2021",
                    "Objectives 7, 10 and 11: migrant domestic workers and trafficking in women"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(pdf)))
    body = multi("mixed", [related, att], "_005_AS8PR03MB7012B7C9E2D4F1A6C8E3B05D7F2AAS8PR03MB7012eurp_")
    rows = std_rows(when, "mail.lcatp-lb.example.org", "178.135.16.92", "4Db3Fv7Kq8Ls",
                    "Jad Haddad <jad.haddad@lcatp-lb.example.org>",
                    "LCATP - Voluntary GCM Review Report + speaker request (Roundtable 4)", rfcdate(tz(sent, 2)),
                    "<AS8PR03MB7012B7C9E2D4F1A6C8E3B05D7F2A@AS8PR03MB7012.eurprd03.prod.outlook.example.com>",
                    ret="jad.haddad@lcatp-lb.example.org")
    rows += [("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Nadine Karam", "Executive Director", "Lebanese Coalition Against Trafficking in Persons (LCATP)", ["roundtable"], 4)],
        report_attachments=[name],
        notes="report PDF plus a speaker request for a colleague ('our Executive Director, Ms. Nadine Karam'); the "
              "affiliation comes from 'On behalf of the Lebanese Coalition ... (LCATP)' / signature; an inline "
              "logo image001.png in multipart/related is not part of the report; both parts on time (4 Feb)."))


def m10():
    """Lebanon, French, assistant writes for the president (plenary); Thunderbird."""
    when = at("2021-02-05 10:02:15")
    sent = when - dt.timedelta(seconds=8)
    text = """Madame, Monsieur,

Je me permets de vous écrire de la part de Me Hoda Sfeir, avocate au barreau de Beyrouth et présidente de l'Association libanaise pour les droits des femmes migrantes (ALDFM), qui souhaiterait faire une intervention en plénière lors de la conférence régionale, de préférence le 24 février.

Me Sfeir plaide depuis 2012 des dossiers de travailleuses domestiques victimes de séquestration et de traite, et a contribué au projet de contrat unifié annulé par le Conseil d'État en octobre dernier.

Je reste à votre disposition pour toute information complémentaire (CV, photo...).

Merci d'avance et bonne journée,

--
Carla Azar
Assistante de direction
ALDFM - Association libanaise pour les droits des femmes migrantes
Achrafieh, rue Sursock, Beyrouth
Tél. : +961 1 334 982
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    rows = std_rows(when, "mail.aldfm-lb.example.org", "185.84.236.10", "4DbQ2Wn5Tc6h",
                    "Carla Azar <c.azar@aldfm-lb.example.org>",
                    hdr("Demande d'intervention en plénière - Me Hoda Sfeir (ALDFM)", "utf-8", "Q"),
                    rfcdate(tz(sent, 2)), "<b71d3e09-4c2a-8f15-e6b3-90a7c4d2f158@aldfm-lb.example.org>",
                    ret="c.azar@aldfm-lb.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Hoda Sfeir", "présidente", "Association libanaise pour les droits des femmes migrantes (ALDFM)", ["plenary"])],
        notes="assistant writes on behalf of the president; 'Me' (Maître) is an honorific; the speaker is described "
              "as 'avocate au barreau de Beyrouth et présidente de l'...' (two titles, the organisational one kept); "
              "the signature name/title are the sender's; 'intervention en plénière'."))


def m11():
    """Kuwait, Gulf dialect; Date header after midnight Kuwait time but on time in Beirut."""
    when = at("2021-02-05 23:10:26")
    sent = when - dt.timedelta(seconds=19)
    text = """مساء الخير

حبيت أرشح نفسي للمشاركة في الاستعراض الإقليمي. أنا فاطمة الرشيدي، باحثة قانونية في الجمعية الكويتية للدفاع عن حقوق العمالة المنزلية، وشغلي كله على قضايا العاملات اللي يهربون من الكفلاء وقضايا التغيب.

ودي أشارك في المناقشة المفتوحة يوم 23، وإذا ما فيه مجال عادي في الجلسة العامة.

أدري إني متأخرة، الساعة صارت ١٢ عندنا، بس إن شاء الله تقبلونه 🙏

فاطمة
"""
    html = '<div dir="auto">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "00000000000051d7e305ba9c3f72")
    rows = std_rows(when, "mail-qk1-f180.google.example.com", "209.85.222.180", "4DcF1Hq9Ns4v",
                    addr("فاطمة الرشيدي", "fatma.alrashidi.kw@gmail.example.com"),
                    hdr("ترشيح للمشاركة"), rfcdate(tz(sent, 3)),
                    "<CAL2wX8kP5mQ9nE3jZr7tHb1Lc6vU0sGd4aYf8Ro2Xk5Mn1pWe@mail.gmail.example.com>",
                    ret="fatma.alrashidi.kw@gmail.example.com")
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("فاطمة الرشيدي", "باحثة قانونية", "الجمعية الكويتية للدفاع عن حقوق العمالة المنزلية",
                     ["open_discussion", "plenary"])],
        notes="deadline edge: Date 'Sat, 6 Feb 2021 00:10:07 +0300' (Kuwait) and the sender says she is late "
              "('الساعة صارت ١٢ عندنا'), but received 23:10:26 Beirut on Fri 5 Feb = on time; Gulf dialect; "
              "open discussion first, plenary as a fallback ('وإذا ما فيه مجال ... الجلسة العامة'); emoji."))


def m12():
    """Morocco, French, speaker request + DOCX report, minutes before the speaker deadline."""
    when = at("2021-02-05 23:57:40")
    sent = when - dt.timedelta(seconds=22)
    name = "Rapport_volontaire_ASFMO_Oujda_février2021.docx"
    text = """Salam,

Veuillez trouver ci-joint le rapport volontaire de l'Association Solidarité Femmes Migrantes de l'Oriental (ASFMO) dans le cadre de l'examen régional du Pacte mondial sur les migrations. Le rapport traite surtout de la situation des femmes subsahariennes bloquées à Oujda et Nador et des réseaux de traite le long de la frontière.

Par la même occasion, nous sollicitons une prise de parole pour notre présidente, Mme Fatima-Zahra Ouazzani, lors des tables rondes thématiques du 24-25 février, de préférence celle qui traitera de la traite des êtres humains.

Désolés pour l'envoi tardif, on a eu des soucis de connexion toute la journée.

Cordialement

Hicham Berrada
Secrétaire général - ASFMO
Oujda, Maroc
"""
    html = ('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                                leaf("text/html", html_wrap(html, None, "iso-8859-1"), "iso-8859-1", "quoted-printable")],
                "----=_NextPart_001_0019_01D6FC1A.8E2B4C70")
    docx = make_docx(["Association Solidarité Femmes Migrantes de l'Oriental (ASFMO)",
                      "Rapport volontaire - Examen régional du Pacte mondial sur les migrations",
                      "Femmes migrantes subsahariennes à Oujda et Nador : protection et lutte contre la traite",
                      "Février 2021"])
    att = leaf(DOCX, docx, cte="base64", params=[("name*", rfc2231(name))],
               disp="attachment; filename*=%s" % rfc2231(name))
    body = multi("mixed", [alt, att], "----=_NextPart_000_0018_01D6FC1A.8E2B4C70")
    rows = std_rows(when, "smtp.asfmo-ma.example.org", "105.155.33.201", "4DcM8Zt2Vb5k",
                    "ASFMO - Secretariat <secretariat@asfmo-ma.example.org>",
                    hdr("Rapport volontaire ASFMO + demande d'intervention", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<001801d6fc1a$8e2b4c70$2a81e550$@asfmo-ma.example.org>",
                    ret="secretariat@asfmo-ma.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adb8GdJxQf3LpW1aRkCqY8m0Z7u2Ng=="),
             ("Content-Language", "fr-ma")]
    m = top(body, rows)
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Fatima-Zahra Ouazzani", "présidente", "Association Solidarité Femmes Migrantes de l'Oriental (ASFMO)", ["roundtable"])],
        report_attachments=[name],
        notes="deadline edge: received 23:57:40 Beirut Fri 5 Feb (Date 22:57:18 +0100, Morocco), both parts on time; "
              "Maghrebi 'Salam'; asks for a roundtable by topic ('celle qui traitera de la traite') with no number; "
              "DOCX name with 'é' in RFC 2231 filename*; the sender (secrétaire général) is not the speaker; "
              "apologises for 'envoi tardif' although on time."))


def m13():
    """Bahrain, MSA, Outlook windows-1256; cites the misprinted 'Friday 23 February'; 3 minutes late."""
    when = at("2021-02-06 00:03:27")
    sent = when - dt.timedelta(seconds=15)
    text = """السادة القائمون على الاستعراض الإقليمي للاتفاق العالمي للهجرة
تحية طيبة،

إشارةً إلى خطاب الدعوة الذي حدّد يوم الجمعة 23 فبراير 2021 آخر موعد لطلبات المشاركة بالكلمة، يسرّ جمعية البحرين لمناهضة الاتجار بالبشر أن ترشّح السيدة ليلى حسن المرزوق، نائبة الرئيس، لتقديم مداخلة في الجلسة العامة للمؤتمر.

السيدة ليلى عضو في اللجنة الوطنية لمكافحة الاتجار بالأشخاص منذ 2016، وقد أشرفت على إعداد دليل التعرف على ضحايا الاتجار من عاملات المنازل.

مع خالص التحية والتقدير،
عبدالله يوسف الكوهجي
أمين السر
جمعية البحرين لمناهضة الاتجار بالبشر
المنامة - مملكة البحرين
"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:14pt">' + text2html(text) + "</div>",
                     "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "----=_NextPart_000_0042_01D6FC33.1D9A5E20")
    rows = std_rows(when, "mail.bahtraf-bh.example.org", "37.131.72.18", "4DcP0Gm4Hr8x",
                    addr("Abdulla Al-Kooheji", "secretary@bahtraf-bh.example.org"),
                    hdr("ترشيح متحدثة للجلسة العامة", "windows-1256", "B"), rfcdate(tz(sent, 3)),
                    "<004201d6fc33$1d9a5e20$58cf1a60$@bahtraf-bh.example.org>", ret="secretary@bahtraf-bh.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AQHW/DMdmnVeIFjPGmBxKb3qE4cM9w=="),
             ("Content-Language", "ar-bh")]
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("ليلى حسن المرزوق", "نائبة الرئيس", "جمعية البحرين لمناهضة الاتجار بالبشر", ["plenary"])],
        notes="late by 3.5 minutes: received 00:03:27 Beirut Sat 6 Feb (Date 'Sat, 6 Feb 2021 01:03:12 +0300', "
              "Bahrain); the sender relies on the Arabic misprint 'الجمعة 23 فبراير' as the deadline; 'السيدة' "
              "dropped; title and organisation given as 'نائبة الرئيس' after the organisation; windows-1256 QP; "
              "the signature (أمين السر) is the sender's."))


def m14():
    """Thank-you reply to our acknowledgement of 05; Outlook top-posting."""
    when = at("2021-02-06 10:21:03")
    sent = when - dt.timedelta(seconds=11)
    ack_mid = "<ack-20210202-0005.4f1c9e@gcmrr.iom.int>"
    orig = "<DB7PR02MB4988C1F04E2A7B3D5F9E06A2C1D4@DB7PR02MB4988.eurprd02.prod.outlook.example.com>"
    text = """Many thanks, well noted.

Maryam and Hussain are both confirmed on our side, we look forward to receiving the programme.

Best,
Sawsan

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 4:02 PM
To: Sawsan Mahdi <s.mahdi@bcspt-bh.example.org>
Subject: RE: Invitation - Regional Review of the GCM in the Arab region - speakers

Dear Sawsan Mahdi,

Thank you for your message. We acknowledge receipt of your request for a speaking role at the Regional Review of the Global Compact for Migration in the Arab region. The secretariat will be in touch regarding the programme.

Regional UN Network on Migration - GCM Regional Review secretariat
"""
    html = html_wrap('<div style="font-family:Calibri;font-size:11pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_DB7PR02MB49887A2E1C0F3B9D4E6A81F5C3B0DB7PR02MB4988eurp_")
    rows = std_rows(when, "mail.bcspt-bh.example.org", "80.95.210.16", "4DcZ6Pk1Bw3q",
                    "Sawsan Mahdi <s.mahdi@bcspt-bh.example.org>",
                    "RE: Invitation - Regional Review of the GCM in the Arab region - speakers", rfcdate(tz(sent, 3)),
                    "<DB7PR02MB49887A2E1C0F3B9D4E6A81F5C3B0@DB7PR02MB4988.eurprd02.prod.outlook.example.com>",
                    ret="s.mahdi@bcspt-bh.example.org")
    rows += [("In-Reply-To", ack_mid), ("References", "%s %s %s" % (INVITE_MID, orig, ack_mid)),
             ("Thread-Topic", "Invitation - Regional Review of the GCM in the Arab region"),
             ("Content-Language", "en-GB")]
    m = top(body, rows)
    add(14, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h86-05.eml",
        notes="thank-you reply to our acknowledgement of h86-05 (In-Reply-To = our ack, References include h86-05); "
              "adds nothing new, so no acknowledgement; names both speakers by first name and 'confirmed' but is "
              "not a new request; the quoted ack contains 'request for a speaking role'; received after the "
              "speaker deadline."))


def m15():
    """Morocco, French, question about report language/length; iPhone."""
    when = at("2021-02-08 14:37:50")
    sent = when - dt.timedelta(seconds=40)
    text = """Bonjour,

Svp est ce que le rapport volontaire peut etre redige en francais ou il faut obligatoirement l'anglais ou l'arabe ? Et est-ce qu'il y a un nombre de pages max ou un modele a suivre ? On a commence a le rediger avec nos partenaires de Casa et Tanger, on voudrait pas tout refaire.

On pense aussi proposer une intervenante pour les tables rondes, je vous envoie son nom des que c'est valide par le bureau.

Merci bcp

Amina Tahiri
Collectif Femmes et Migration - Casablanca

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.cfm-casa.example.ma", "196.200.150.77", "4Ddq9Vy2Kc7n",
                    "Amina Tahiri <amina.tahiri@cfm-casa.example.ma>",
                    "Rapport volontaire - langue ?", rfcdate(tz(sent, 1)),
                    "<8D41B6F2-3C7A-4E15-9F08-B2E6A1D9C473@cfm-casa.example.ma>", ret="amina.tahiri@cfm-casa.example.ma")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about the report's language, length and template (no report attached); announces a future "
              "speaker without a name ('je vous envoie son nom'), so no speaker; unaccented iPhone French with SMS "
              "abbreviations (svp, bcp, Casa)."))


def m16():
    """Lebanon, French; report PDF on time + speaker request after the speaker deadline; Gmail."""
    when = at("2021-02-09 21:14:36")
    sent = when - dt.timedelta(seconds=13)
    name = "Rapport MTDML - Examen PMM 2021.pdf"
    text = """Bonsoir,

Ci-joint le rapport volontaire du Mouvement des travailleuses domestiques migrantes au Liban (MTDML) pour l'examen régional. Il a été écrit collectivement par nos membres, en français et en anglais, désolés pour le mélange des deux langues dans certaines parties.

On voudrait aussi qu'une de nos membres, Joséphine Mensah, travailleuse domestique ghanéenne et porte-parole du mouvement, prenne la parole lors de la table ronde II. Je sais que la date pour les intervenants est passée, mais yalla on tente quand même, c'est important que ce soit une travailleuse elle-même qui parle.

Merci infiniment et bon courage pour l'organisation !

Maya Saadé
pour le MTDML
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                leaf("text/html", html, "UTF-8", "quoted-printable")], "000000000000e4a1d705baef7b34")
    pdf = make_pdf(["Mouvement des travailleuses domestiques migrantes au Liban (MTDML)",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                    "Voluntary review report - written by migrant domestic workers, February 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", b_word(name))],
               disp='attachment; filename="%s"' % b_word(name), extra=[("X-Attachment-Id", "f_kkx4o2m10")])
    att.replace_header("Content-Type", 'application/pdf; name="%s"' % b_word(name))
    body = multi("mixed", [alt, att], "000000000000e4a1d805baef7b36")
    rows = std_rows(when, "mail-wm1-f67.google.example.com", "209.85.128.67", "4DfB3Lr6Ns1d",
                    addr("Maya Saadé", "maya.saade.mtdml@gmail.example.com"),
                    hdr("Rapport volontaire MTDML + intervention table ronde II", "UTF-8", "Q"),
                    rfcdate(tz(sent, 2)), "<CAH9pK3vR7nW2tE5mZq1sXc4Lb8uY6dJf0aGe3Vo7Xr2Ns5kQw@mail.gmail.example.com>",
                    ret="maya.saade.mtdml@gmail.example.com")
    m = top(body, rows)
    add(16, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Joséphine Mensah", "porte-parole", "Mouvement des travailleuses domestiques migrantes au Liban (MTDML)", ["roundtable"], 2)],
        report_attachments=[name],
        notes="'both' on 9 Feb: the report is on time but the speaker part is after 5 Feb (the sender says so), so "
              "on_time is false; roman numeral 'table ronde II'; title 'porte-parole' next to a description "
              "('travailleuse domestique ghanéenne'); PDF name with spaces in an RFC 2047 encoded-word (Gmail); "
              "Levantine 'yalla'."))


def m17():
    """Collective report signed by a coalition of five organisations; Outlook."""
    when = at("2021-02-10 15:48:12")
    sent = when - dt.timedelta(seconds=20)
    name = "Joint_Submission_GCM_Review_Arab_Region_DW_Coalition.pdf"
    text = """Dear Secretariat of the Regional Review,

Please find attached the joint voluntary GCM review report of the Regional Coalition for Domestic Workers' Rights, prepared collectively by the five member organisations listed below. The report covers the kafala system, wage protection, access to justice and shelters, and the identification of trafficking victims among domestic workers, with country sections on Lebanon, Jordan, Kuwait, Bahrain and Sudan.

The submission is endorsed by:
1. Habesha Domestic Workers Solidarity Group (Lebanon)
2. Women for Justice Association (Jordan)
3. Kuwait Society for the Defence of Domestic Workers' Rights (Kuwait)
4. Migrant Workers Protection Forum Bahrain (MWPF)
5. Darfur Women against Trafficking Initiative (Sudan)

We would be grateful if the report could be shared with the rapporteurs of the relevant roundtables.

With best regards,
On behalf of the Coalition,

Dana Nasr
Regional Coordinator
Regional Coalition for Domestic Workers' Rights (RCDWR)
"""
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                leaf("text/html", html_wrap(text2html(text)), "utf-8", "quoted-printable")],
                "_000_PR3PR08MB5724D0A3B6E9F1C27A4E8D36B5F1PR3PR08MB5724eurp_")
    pdf = make_pdf(["Regional Coalition for Domestic Workers' Rights (RCDWR)",
                    "Joint Voluntary GCM Review Report - Arab Region, February 2021",
                    "Lebanon - Jordan - Kuwait - Bahrain - Sudan"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d;\r\n\tcreation-date="Wed, 10 Feb 2021 13:40:02 GMT"' % (name, len(pdf)))
    body = multi("mixed", [alt, att], "_004_PR3PR08MB5724D0A3B6E9F1C27A4E8D36B5F1PR3PR08MB5724eurp_")
    rows = std_rows(when, "mail.rcdwr.example.org", "91.144.22.60", "4DfS7Gh0Tv2p",
                    "Dana Nasr <dana.nasr@rcdwr.example.org>",
                    "Joint submission - Voluntary GCM Review - Regional Coalition for Domestic Workers' Rights",
                    rfcdate(tz(sent, 2)), "<PR3PR08MB5724D0A3B6E9F1C27A4E8D36B5F1@PR3PR08MB5724.eurprd08.prod.outlook.example.com>",
                    ret="dana.nasr@rcdwr.example.org")
    rows += [("Cc", "Tigist Bekele <tigistbekele.hdws@gmail.example.com>, s.alomari@wfj-jo.example.org, "
                    "Sawsan Mahdi <s.mahdi@bcspt-bh.example.org>, ekhlas@dwat-sd.example.org, "
                    "coalition-secretariat@kdwr-kw.example.org"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report signed by a coalition of five organisations (numbered list) sent by the coalition "
              "coordinator with five Cc addresses; names of organisations and of the rapporteurs/roundtables appear "
              "but nobody is proposed as a speaker; Outlook attachment with size/creation-date parameters."))


def m18():
    """Bounce of our acknowledgement to one of the Cc addresses of 17."""
    when = at("2021-02-11 08:14:55")
    ack_mid = "<ack-20210210-0017.9b2e71@gcmrr.iom.int>"
    raw = """Return-Path: <>
Delivered-To: gcmrrarabstates@iom.int
Received: from mail.kdwr-kw.example.org (mail.kdwr-kw.example.org [62.150.47.9])
	by mx1.iom.int (Postfix) with ESMTPS id 4DgC2Qw8Mx5j
	for <gcmrrarabstates@iom.int>; %(recv)s
Date: %(date)s
From: MAILER-DAEMON@mail.kdwr-kw.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: gcmrrarabstates@iom.int
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7E1B23F0A4.1613024092/mail.kdwr-kw.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20210211061452.7E1B23F0A4@mail.kdwr-kw.example.org>

This is a MIME-encapsulated message.

--7E1B23F0A4.1613024092/mail.kdwr-kw.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kdwr-kw.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<coalition-secretariat@kdwr-kw.example.org>: user unknown in virtual mailbox
    table

--7E1B23F0A4.1613024092/mail.kdwr-kw.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kdwr-kw.example.org
X-Postfix-Queue-ID: 7E1B23F0A4
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Thu, 11 Feb 2021 09:14:52 +0300 (+03)

Final-Recipient: rfc822; coalition-secretariat@kdwr-kw.example.org
Original-Recipient: rfc822;coalition-secretariat@kdwr-kw.example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; user unknown in virtual mailbox table

--7E1B23F0A4.1613024092/mail.kdwr-kw.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <gcmrrarabstates@iom.int>
Received: from mx-out1.iom.int (mx-out1.iom.int [193.108.66.14])
	by mail.kdwr-kw.example.org (Postfix) with ESMTPS id 7E1B23F0A4
	for <coalition-secretariat@kdwr-kw.example.org>; Thu, 11 Feb 2021 09:14:52 +0300 (+03)
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Dana Nasr <dana.nasr@rcdwr.example.org>
Cc: coalition-secretariat@kdwr-kw.example.org
Subject: Re: Joint submission - Voluntary GCM Review - Regional Coalition for
 Domestic Workers' Rights
Date: Thu, 11 Feb 2021 08:14:40 +0200
Message-ID: %(ack)s
In-Reply-To: <PR3PR08MB5724D0A3B6E9F1C27A4E8D36B5F1@PR3PR08MB5724.eurprd08.prod.outlook.example.com>
Auto-Submitted: auto-replied

--7E1B23F0A4.1613024092/mail.kdwr-kw.example.org--
""" % dict(recv=rfcdate(when, "EET"), date=rfcdate(tz(when - dt.timedelta(seconds=3), 3), "+03"), ack=ack_mid)
    add(18, when, raw.encode("ascii"), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status) for our acknowledgement of h86-17 sent to one of its Cc "
              "addresses; the returned headers mention the 'Joint submission - Voluntary GCM Review' subject and "
              "h86-17's Message-ID but it must not be taken as a submission or acknowledged."))


def m19():
    """Morocco, formal French, DOCX report with accented RFC 2231 name; Outlook plain."""
    when = at("2021-02-12 11:26:03")
    sent = when - dt.timedelta(seconds=16)
    name = "Rapport_Examen_Volontaire_PMM_AAFFD_février_2021.docx"
    text = """Madame, Monsieur,

Nous avons l'honneur de vous faire parvenir, en pièce jointe, le rapport d'examen volontaire du Pacte mondial pour des migrations sûres, ordonnées et régulières élaboré par l'Association Amal pour les Femmes et les Filles Domestiques (AAFFD).

Ce rapport s'appuie sur l'accompagnement de 412 « petites bonnes » et travailleuses domestiques migrantes entre 2018 et 2020, et formule des recommandations sur l'application effective de la loi 19-12 et sur la protection des travailleuses subsahariennes employées sans contrat à Rabat, Salé et Fès.

Nous restons à votre entière disposition pour tout complément d'information et vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Naïma Bouzidi
Directrice exécutive
Association Amal pour les Femmes et les Filles Domestiques (AAFFD)
Hay Riad, Rabat - Maroc
"""
    t = leaf("text/plain", text, "windows-1252", "quoted-printable")
    docx = make_docx(["Association Amal pour les Femmes et les Filles Domestiques (AAFFD)",
                      "Rapport d'examen volontaire du Pacte mondial pour les migrations - février 2021",
                      "Travailleuses domestiques mineures et migrantes au Maroc : application de la loi 19-12"])
    m_att = Message(policy=POL)
    m_att["Content-Type"] = DOCX + ";\r\n\tname*=" + rfc2231(name)
    m_att["Content-Transfer-Encoding"] = "base64"
    m_att["Content-Disposition"] = "attachment;\r\n\tfilename*=" + rfc2231(name)
    m_att.set_payload(base64.encodebytes(docx).decode("ascii"))
    body = multi("mixed", [t, m_att], "----=_NextPart_000_0007_01D70127.5F3A8B90")
    rows = std_rows(when, "smtp.aaffd-ma.example.org", "105.71.128.40", "4DhR5Mv3Pk9a",
                    addr("Naïma Bouzidi", "n.bouzidi@aaffd-ma.example.org", "iso-8859-1", "Q"),
                    hdr("Rapport d'examen volontaire PMM - AAFFD (Maroc)", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<000701d70127$5f3a8b90$1dafa2b0$@aaffd-ma.example.org>",
                    ret="n.bouzidi@aaffd-ma.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")]
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="formal Moroccan French; DOCX whose name contains 'é' given only as RFC 2231 name*/filename* "
              "(utf-8'' percent-encoded); windows-1252 QP body with guillemets; the subject itself is plain ASCII but Q-encoded."))


def m20():
    """Jordan, English, report PDF + annex PDF; Apple Mail."""
    when = at("2021-02-13 17:52:41")
    sent = when - dt.timedelta(seconds=9)
    n1 = "JDWSN_GCM_review_final.pdf"
    n2 = "Annex 1 - testimonies of domestic workers.pdf"
    text = """Hello,

attached is our report for the GCM regional review and its annex (annex has 14 testimonies of domestic workers from the Philippines, Sri Lanka, Bangladesh and Uganda that we collected in Amman and Irbid during 2020, names changed).

We're a small network so it's not very long, hope that's ok. Any problem opening the files just tell me.

thanks!
Lina

--
Lina Masri
Jordan Domestic Workers Support Network (JDWSN)
Amman
"""
    t = leaf("text/plain", text, "us-ascii", "7bit")
    p1 = make_pdf(["Jordan Domestic Workers Support Network (JDWSN)", "GCM Regional Review - voluntary report",
                   "Final version, 13 February 2021"])
    p2 = make_pdf(["Annex 1 - Testimonies of migrant domestic workers (Amman, Irbid, 2020)",
                   "14 testimonies - names changed"])
    a1 = leaf("application/pdf", p1, cte="base64", params=[("x-unix-mode", "0644"), ("name", '"%s"' % n1)],
              disp='attachment;\r\n\tfilename="%s"' % n1)
    a2 = leaf("application/pdf", p2, cte="base64", params=[("x-unix-mode", "0644"), ("name", '"%s"' % n2)],
              disp='attachment;\r\n\tfilename="%s"' % n2)
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t, a1, a2, t2], "Apple-Mail=_4C7B1E9A-2D5F-4A83-B6C0-9E1F3A5D7B20")
    rows = std_rows(when, "mail.jdwsn-jo.example.org", "46.185.170.88", "4DhwK1Tq7Ym6",
                    "Lina Masri <lina@jdwsn-jo.example.org>", "GCM report - JDWSN", rfcdate(tz(sent, 2)),
                    "<7A3E91C5-0B2D-4F68-8E14-C9D2B6F0A375@jdwsn-jo.example.org>", ret="lina@jdwsn-jo.example.org")
    rows += [("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")]
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[n1, n2],
        notes="informal English, lower-case start; report and annex are two PDFs that together make up the "
              "submission; annex name with spaces and hyphen; Apple Mail multipart/mixed with a trailing empty "
              "text part."))


def m21():
    """Egyptian colloquial, logistics question (Zoom link); Sudanese women's group in Cairo."""
    when = at("2021-02-14 13:05:19")
    sent = when - dt.timedelta(seconds=27)
    text = """إزيكم، يا رب تكونوا بخير

لو سمحتوا عايزين نعرف لينك الزووم بتاع يوم ٢٣ هيوصلنا إمتى؟ إحنا سجلنا على الفورم من أسبوع ومجالناش أي رد لحد دلوقتي.
وكمان سؤال: ينفع اتنين من الجمعية يدخلوا بنفس اللينك ولا كل واحدة لازم تسجل لوحدها؟ عشان في واحدة من الزميلات معندهاش إيميل.

شكراً جداً

منى عبد الرحمن
ملتقى السودانيات للتنمية - القاهرة
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "quoted-printable")],
                 "00000000000094b2c605bb4a6d19")
    rows = std_rows(when, "mail-lf1-f41.google.example.com", "209.85.167.41", "4Dj6Zb8Wr2Nc",
                    addr("Mona Abdelrahman", "mona.abdelrahman.sw@gmail.example.com"),
                    hdr("استفسار عن لينك الزووم"), rfcdate(tz(sent, 2)),
                    "<CAK5tR2nW8mP3qE7vZx0sHb6Lc9uY1dFg4aJe2Ko8Xq3Mr7pTv@mail.gmail.example.com>",
                    ret="mona.abdelrahman.sw@gmail.example.com")
    m = top(body, rows)
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial logistics question (Zoom link, two participants on one link); registration "
              "mentioned but no speaker or report; Gmail, base64 text + QP html."))


def m22():
    """Lebanon, French, anti-trafficking NGO, PDF report; HTML-only from webmail (iPad)."""
    when = at("2021-02-15 20:31:08")
    sent = when - dt.timedelta(seconds=12)
    name = "Rapport GCM - Liban - version finale.pdf"
    inner = """<div>Bonsoir à toute l'équipe,</div>
<div><br></div>
<div>Comme promis, voici notre rapport volontaire dans sa version finale (ci-joint). On s'est concentrés sur la traite des femmes syriennes et des travailleuses domestiques dans les &quot;super night clubs&quot; et via les visas d'artiste, un sujet dont on parle encore très peu au Liban.</div>
<div><br></div>
<div>Merci pour la prolongation du délai, sans ça on n'aurait jamais fini ! Bonne continuation.</div>
<div><br></div>
<div>Nour Abi Khalil<br>Fondatrice et coordinatrice<br>Halte à la Traite - Liban<br></div>
<div><br></div>
<div>Envoyé de mon iPad</div>"""
    h = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    pdf = make_pdf(["Halte a la Traite - Liban", "Rapport volontaire - Examen regional du PMM - version finale",
                    "Traite des femmes : visas d'artiste et travail domestique"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name)
    body = multi("mixed", [h, att], "Apple-Mail-2B9D4F61-8C3E-4A07-9E52-D1F6B8A3C0E4")
    rows = std_rows(when, "smtp.haltetraite-lb.example.org", "94.187.2.144", "4DjqT4Fs0Bh8",
                    "Nour Abi Khalil <nour@haltetraite-lb.example.org>",
                    "Rapport final", rfcdate(tz(sent, 2)),
                    "<E4B7C2A9-6D1F-4830-B5E2-7A9C0D3F1B68@haltetraite-lb.example.org>",
                    ret="nour@haltetraite-lb.example.org")
    rows += [("X-Mailer", "iPad Mail (18D52)")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="HTML-only body (no text/plain) from an iPad; 'comme promis' with no earlier message in the set; "
              "two-word subject 'Rapport final'; PDF name with spaces and hyphens; thanks for the extension."))


def m23():
    """Kuwait, English; received 2 minutes before the report deadline, Date header already 17 Feb."""
    when = at("2021-02-16 23:58:20")
    sent = when - dt.timedelta(seconds=18)
    name = "KDWSN Voluntary Review Report GCM 2021.pdf"
    text = """Dear Sir / Madam,

Kindly find attached the voluntary review report of Kuwait Domestic Workers Solidarity Network (KDWSN) for the Regional Review of the Global Compact for Migration.

Sorry for the late submission, our board approved the final text only tonight. We hope it can still be considered.

Warm regards,
Rowena Dizon
Secretary General, KDWSN
Salmiya, Kuwait

Sent from my Samsung Galaxy smartphone.
"""
    html = ('<div dir="auto">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html_wrap(html), "UTF-8", "base64")],
                "--_com.samsung.android.email_1613512682119803")
    pdf = make_pdf(["Kuwait Domestic Workers Solidarity Network (KDWSN)", "Voluntary GCM Review Report 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name)
    body = multi("mixed", [alt, att], "--_com.samsung.android.email_1613512682119804")
    rows = std_rows(when, "mail.kdwsn-kw.example.org", "62.150.90.31", "4DkL0Cx7Rv3e",
                    "Rowena Dizon <rowena.dizon@kdwsn-kw.example.org>",
                    "Voluntary Review Report - KDWSN", rfcdate(tz(sent, 3)),
                    "<wr4ct0y8u2qz1n9k5bmd6f3s.1613512682119@email.android.com>", ret="rowena.dizon@kdwsn-kw.example.org")
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:58:20 Beirut on Tue 16 Feb = on time, but the Date header reads "
              "'Wed, 17 Feb 2021 00:58:02 +0300' (Kuwait) and the sender apologises for a 'late submission'; "
              "Samsung mail base64; PDF name with spaces."))


def m24():
    """Morocco, darija; Date header still 16 Feb (UTC+1) but received after the deadline."""
    when = at("2021-02-17 00:03:31")
    sent = when - dt.timedelta(seconds=21)
    name = "تقرير جمعية التضامن النسائي - فاس.pdf"
    text = """السلام عليكم

ها هو التقرير ديالنا ديال الاستعراض الطوعي فالمرفقات. سمحو لينا على التعطال، كان عندنا مشكل فالكونيكسيون طول النهار وماقدرناش نصيفطوه قبل.

التقرير كيهضر على البنات الصغار اللي كيخدمو فالديور وعلى العاملات المهاجرات من إفريقيا جنوب الصحراء ففاس ومكناس.

شكرا بزاف وبالتوفيق

خديجة العلوي
جمعية التضامن النسائي للعاملات المنزليات - فاس
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                "000000000000c71f3805bb7e42a9")
    pdf = make_pdf(["Association de Solidarite Feminine des Travailleuses Domestiques - Fes",
                    "Rapport d'examen volontaire du PMM / Voluntary GCM review report", "2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment; filename="%s"' % b_word(name), extra=[("X-Attachment-Id", "f_kl9b7x3c0")])
    body = multi("mixed", [alt, att], "000000000000c71f3905bb7e42ab")
    rows = std_rows(when, "mail-wr1-f65.google.example.com", "209.85.221.65", "4DkN2Jm9Wq6f",
                    addr("Khadija Alaoui", "khadija.alaoui.asfd@gmail.example.com"),
                    hdr("التقرير ديال الجمعية"), rfcdate(tz(sent, 1)),
                    "<CAN7xP4rT1mW6qE9vZk3sHd8Lb2uY5cFg0aJr6Ko1Xw9Ms4nQz@mail.gmail.example.com>",
                    ret="khadija.alaoui.asfd@gmail.example.com")
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by 3.5 minutes: received 00:03:31 Beirut on Wed 17 Feb although the Date header is 'Tue, 16 Feb "
              "2021 23:03:10 +0100' (Morocco); Moroccan darija; Arabic PDF name as an RFC 2047 encoded-word in "
              "quotes (Gmail)."))


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
