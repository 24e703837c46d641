#!/usr/bin/env python3
"""Write the blind evaluation set holdout142 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets142.py
Theme: sports, arts and culture with migrants: theatre troupes, football clubs, music collectives,
photography workshops, festivals and cultural centres (Lebanon, Jordan, Morocco, Tunisia, Egypt, Gulf).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout142")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h142-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
def send(num, when, sent, frm, subject, mid, body, host, ip, qid, ret, label, extra=None, to=BOX, zone=None):
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(sent, zone), mid, to=to, ret=ret)
    rows += list(extra or [])
    add(num, when, top(body, rows), label)


def pdf_part(name, lines, gmail_id=None, quote_name=True):
    q = '"%s"' % name if quote_name else name
    extra = [("X-Attachment-Id", gmail_id)] if gmail_id else None
    return leaf("application/pdf", make_pdf(lines), cte="base64", params=[("name", q)],
                disp='attachment; filename=%s' % q, extra=extra)


M01_ID = "<CAGx7Hn2pQ4vR9sT1uW3yZ5bD7fH9jL1nP3rT5vX7zB9dF1h@mail.gmail.example.com>"
M03_ID = "<DB8PR03MB5921A7C3E0F14B2D9C6E1F88A4D30@DB8PR03MB5921.eurprd03.prod.outlook.example.com>"
M06_ID = "<CAMs8Fq0cE2gI4kM6oQ8sU0wY2aC4eG6iK8mO0qS2uW4yA6c@mail.gmail.example.com>"
M10_ID = "<000f01d6fb1a$4c2e8a10$e48b9e30$@addiffatayn.example.ma>"
M17_ID = "<CAKp3Lr5tV7xZ9bD1fH3jL5nP7rT9vX1zB3dF5hJ7lN9pR1t@mail.gmail.example.com>"
ACK03_ID = "<ack.20210201T092412.0017@gcmrrarabstates.iom.int>"
ACK10_ID = "<ack.20210204T182607.0052@gcmrrarabstates.iom.int>"


def m01():
    when = at("2021-01-28 11:42:09")
    sent = when - dt.timedelta(seconds=7)
    text = """Hi there,

My name is Ahmad Sleiman, I'm the head coach of Ouzai United Football Club in Beirut. We're a community club, around 60% of our players are migrant or refugee kids (Syrian, Sudanese, Ethiopian, Filipino, Bangladeshi...), we train 4x a week on a rented pitch off the airport road.

Our friends at the migrant community center forwarded us the invitation for the GCM review and honestly we would LOVE to be part of it. Two people from our side:

1) Mariam Tesfaye (19) - women's team captain. Born in Addis, came to Lebanon when she was 11, now she also helps me with the under-12s on Saturdays. Speaks Arabic, English and Amharic. I really think she should be the one talking at the open discussion on the 23rd, she has more to say than me lol

2) myself - if there's a roundtable on social inclusion / integration I'd be happy to do a short intervention there, about how sport is often the only place where kids without papers can belong to something (they can't be registered in federation leagues etc)

Let me know what you need from us, photos, bios, anything.

Cheers,
Ahmad

--
Ahmad Sleiman
Head Coach
Ouzai United FC
+961 3 555 014 | IG @ouzaiunited.example
"""
    html = '<div dir="ltr">' + text2html(text.replace("\n--\n", "\n-- \n")) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000004a7c1e05b9f2d3a1")
    send(1, when, sent, "Ahmad Sleiman <ahmad.sleiman.coach@gmail.example.com>",
         "Ouzai United FC - 2 speakers for the GCM review (player + coach)", M01_ID, body,
         "mail-ed1-f54.google.example.com", "209.85.208.54", "4DR1bX2kQvz4", "ahmad.sleiman.coach@gmail.example.com",
         dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
              speakers=[sp("Mariam Tesfaye", "women's team captain", "Ouzai United Football Club", ["open_discussion"]),
                        sp("Ahmad Sleiman", "Head Coach", "Ouzai United Football Club", ["roundtable"])],
              notes="football coach proposes a young player and himself in a numbered list; the coach's own details "
                    "are split between the prose ('head coach of Ouzai United Football Club') and the signature "
                    "('Ouzai United FC'); the player's age '(19)' and birthplace are not a title; the coach asks for "
                    "'a roundtable on social inclusion' without a number (roundtable null); informal tone, 'lol'."))


def m02():
    when = at("2021-01-30 16:05:44")
    sent = when - dt.timedelta(seconds=21)
    text = """Madame, Monsieur,

Suite à l'invitation du Réseau régional des Nations Unies sur les migrations, qui nous a été transmise par la plateforme « Culture Solidaire », la Compagnie Les Passeurs de Scène a l'honneur de proposer sa directrice artistique, Mme Hela Mejri, pour une intervention lors de la séance plénière de la conférence régionale (24-25 février 2021).

Depuis 2017, notre compagnie anime avec de jeunes migrants subsahariens installés à Tunis, Sfax et Médenine des ateliers de théâtre-forum dont les restitutions ont été jouées dans plusieurs festivals. Nous pensons que cette expérience peut nourrir la réflexion sur l'objectif 16 du Pacte (autonomisation des migrants et cohésion sociale).

Vous trouverez ci-dessous sa biographie.

-----------------------------------------------------------------
Hela MEJRI - Biographie

Comédienne, metteuse en scène et pédagogue, Hela Mejri est née à Gafsa en 1981. Diplômée de l'Institut Supérieur d'Art Dramatique de Tunis (ISAD), elle joue d'abord au Théâtre National Tunisien avant de rejoindre en 2009 l'Espace Mad'Art de Carthage comme responsable des ateliers jeunesse. Elle fonde en 2014 la Compagnie Les Passeurs de Scène, dont elle est depuis la directrice artistique. Ses créations « Traversées » (2016) et « Les chaussures de Fatou » (2019) ont été présentées aux Journées Théâtrales de Carthage et dans plusieurs festivals en France et au Maroc. Elle enseigne également le jeu d'acteur à l'ISAD en qualité de vacataire et siège au comité de sélection du Festival du Théâtre Universitaire de Monastir.
-----------------------------------------------------------------

Restant à votre disposition pour tout renseignement complémentaire, nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

--
Sami Trabelsi
Chargé de diffusion et de production
Compagnie Les Passeurs de Scène
12, rue d'Athènes - 1000 Tunis
Tél. : +216 71 000 318
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    send(2, when, tz(sent, 1), "Sami Trabelsi <diffusion@passeursdescene.example.tn>",
         "Proposition d'intervention - Compagnie Les Passeurs de Scène", 
         "<4b7e2f19-8c3a-4d61-9e0b-5a2c7d18f3e4@passeursdescene.example.tn>", body,
         "smtp.passeursdescene.example.tn", "197.14.52.18", "4DSm0c9pLkz1", "diffusion@passeursdescene.example.tn",
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
              speakers=[sp("Hela Mejri", "directrice artistique", "Compagnie Les Passeurs de Scène", ["plenary"])],
              notes="theatre company writes in formal French for its artistic director (not the sender, whose own "
                    "title is in the signature); a pasted bio full of decoy institutions and posts (ISAD, Théâtre "
                    "National Tunisien, Espace Mad'Art, 'responsable des ateliers jeunesse', 'vacataire', selection "
                    "committee); name also written 'Hela MEJRI'; Thunderbird format=flowed 8bit."),
         extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                ("Content-Language", "fr")])


def m03():
    when = at("2021-02-01 09:20:31")
    sent = when - dt.timedelta(seconds=9)
    inner = """<p>السادة الكرام في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة،</p>
<p>تحية طيبة وبعد،</p>
<p>يسرّنا في مركز جسور أن نتقدّم بترشيح الزميلة التالية للمشاركة بمداخلة في <b>الطاولة المستديرة الثالثة</b> ضمن أعمال المؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021:</p>
<p style="margin-right:30px"><b>ريم الحوراني</b><br>
مديرة البرامج الفنية<br>
مركز جسور للثقافة والفنون &ndash; إربد</p>
<p>تشرف الزميلة ريم منذ عام 2015 على برنامج &laquo;حكايا من الطريق&raquo; الذي يجمع أطفالاً أردنيين وسوريين وعراقيين وسودانيين في ورش للمسرح والرسم والحكي، وقد شارك فيه أكثر من 1200 طفل وطفلة، كما أشرفت على معرض &laquo;بيوت مؤقتة&raquo; الذي عُرض في عمّان والزرقاء.</p>
<p>نرجو التكرم بإعلامنا بالخطوات اللاحقة.</p>
<p>وتفضلوا بقبول فائق الاحترام والتقدير،</p>
<p>إدارة المركز<br>
مركز جسور للثقافة والفنون<br>
شارع الجامعة، إربد &ndash; المملكة الأردنية الهاشمية<br>
هاتف: 027000451</p>"""
    html = html_wrap('<div style="font-family:Simplified Arabic;font-size:14pt">' + inner + "</div>", "rtl")
    body = leaf("text/html", html, "utf-8", "base64")
    send(3, when, sent, addr("مركز جسور للثقافة والفنون", "info@jusoor-irbid.example.jo"),
         hdr("ترشيح متحدثة - المراجعة الإقليمية للاتفاق العالمي للهجرة"), M03_ID, body,
         "mail-db8eur03.outbound.protection.outlook.example.com", "40.107.3.88", "4DTk8W1mYnz6",
         "info@jusoor-irbid.example.jo",
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
              speakers=[sp("ريم الحوراني", "مديرة البرامج الفنية", "مركز جسور للثقافة والفنون", ["roundtable"], 3)],
              notes="HTML-only Outlook message (base64): speaker block is name / post / centre on three lines, the "
                    "centre line followed by '– إربد' (city, not part of the affiliation); roundtable written out as "
                    "'الطاولة المستديرة الثالثة'; sent from the centre's generic mailbox, signed by 'إدارة المركز'."),
         extra=[("X-MS-Has-Attach", ""), ("Thread-Index", "AdbIx3mQ7a0F2kR9TlmN4bW8zYc1Pw=="),
                ("Content-Language", "ar-JO"), ("X-Mailer", "Microsoft Outlook 16.0")])


def m04():
    when = at("2021-02-01 22:47:15")
    sent = when - dt.timedelta(seconds=14)
    text = """مساء الخير
احنا فرقة "مزيكا الطريق" من القاهرة، فرقة فيها مصريين وسودانيين وواحد من جنوب السودان وبنعمل حفلات في الشارع وفي المراكز الثقافية من ٢٠١٧
شفنا الدعوة بتاعة المؤتمر على الفيسبوك. كنت عايز اسأل هو المؤتمر ده هيبقى اونلاين ولا حضوري في بيروت؟ وهل في امكانية اننا نعمل فقرة موسيقية قصيرة في الافتتاح او حتى في البريك؟ مش عايزين فلوس خالص احنا بس عايزين الناس تسمع صوتنا
وكمان لو حبينا نبعت تقرير هو لازم يبقى على شكل معين ولا اي حاجة؟

شكرا جدا
مصطفى عزت

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    send(4, when, sent, "Mostafa Ezzat <mostafa.ezzat.band@gmail.example.com>", hdr("استفسار"),
         "<6F1A2B3C-4D5E-4F60-8172-93A4B5C6D7E8@gmail.example.com>", body,
         "mail-wm1-f41.google.example.com", "209.85.128.41", "4DTz1q3RcPz9", "mostafa.ezzat.band@gmail.example.com",
         dict(category="other", language="ar", acknowledge=True, on_time=None,
              notes="Egyptian colloquial questions from a Cairo band: online or in Beirut, can they perform a musical "
                    "interlude, is there a format for a report; offering to perform is not a speaking role and the "
                    "report is only being considered; iPhone plain text in base64, one-word subject."),
         extra=[("X-Mailer", "iPhone Mail (18C66)")])


def m05():
    when = at("2021-02-02 08:10:52")
    text = """Thank you for your email.

I am on the road with the Amman Street Arts Festival caravan until Monday 8 February, with very limited access to email.

For urgent matters, including speaker confirmations and artist visas, please contact my colleague Rania Odeh at rania.odeh@asaf.example.jo or +962 79 000 2217.

Best,
Tamer Haddadin
Festival Director
"""
    html = html_wrap(text2html(text))
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "7bit")],
                 "_000_VI1PR07MB6270AUTO_")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mail-vi1eur07.outbound.protection.outlook.example.com", "40.107.5.61",
                                  "4DVbT0xN2kz3")),
            ("From", "Tamer Haddadin <tamer@asaf.example.jo>"), ("To", BOX),
            ("Subject", "Automatic reply: Invitation - Regional Review of the Global Compact for Migration in the Arab Region"),
            ("Date", rfcdate(when - dt.timedelta(seconds=3))),
            ("Message-ID", "<c41f0e9a2b7d4e63a1f85d20b97c3e14@VI1PR07MB6270.eurprd07.prod.outlook.example.com>"),
            ("In-Reply-To", "<invitation.gcmrr.20210201.0412@iom.int>"),
            ("References", "<invitation.gcmrr.20210201.0412@iom.int>"),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "tamer@asaf.example.jo"), ("Content-Language", "en-US")]
    add(5, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office from a festival director answering the invitation: mentions 'speaker "
              "confirmations', a colleague's name and phone number; Auto-Submitted: auto-replied, null Return-Path; "
              "never acknowledge."))


def m06():
    when = at("2021-02-02 19:29:38")
    sent = when - dt.timedelta(seconds=6)
    text = """Bonjour,

je vous écris au nom de l'association Espoir Sportif des Migrants de Sfax (ESMS), on est une petite asso de foot qui réunit depuis 2018 des jeunes ivoiriens, guinéens, camerounais et tunisiens du quartier de Sakiet Ezzit.

On voudrait proposer 2 personnes :
- Wassim Ben Ramdhane, entraîneur principal et fondateur de l'ESMS --> pour la table ronde n°4
- Aminata Koné, joueuse et médiatrice sportive (ivoirienne, à Sfax depuis 2019) --> pour la discussion ouverte du 23 février

Aminata parle très bien français et un peu le tunisien, Wassim parle arabe et français.

Est ce qu'il faut remplir un formulaire ou bien un mail suffit ?

Merci d'avance et bonne soirée
Yosra, secrétaire de l'association
ESMS - Sfax
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000e1b27305ba5d6f02")
    send(6, when, tz(sent, 1), "Asso Espoir Sportif Sfax <espoir.sportif.sfax@gmail.example.com>",
         "participation table ronde + discussion ouverte", M06_ID, body,
         "mail-wr1-f66.google.example.com", "209.85.221.66", "4DVyH7bKs1z2", "espoir.sportif.sfax@gmail.example.com",
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
              speakers=[sp("Wassim Ben Ramdhane", "entraîneur principal et fondateur", "Espoir Sportif des Migrants de Sfax (ESMS)",
                           ["roundtable"], 4),
                        sp("Aminata Koné", "joueuse et médiatrice sportive", "Espoir Sportif des Migrants de Sfax (ESMS)",
                           ["open_discussion"])],
              notes="Tunisian football association, informal French; two speakers in a dash list with arrows to their "
                    "sessions; the association's name only in the first sentence, the coach's title ends 'de l'ESMS' "
                    "(dropped, it is the affiliation); the player's affiliation is implied; the sender (Yosra, "
                    "secretary) is not a speaker; the coach's surname is corrected in h142-11."))


def m07():
    when = at("2021-02-03 12:15:03")
    sent = when - dt.timedelta(seconds=11)
    text = """السلام عليكم ورحمة الله وبركاته

حياكم الله، معاكم حصة من مجموعة ألوان للموسيقى في دبي. احنا مجموعة تطوعية تجمع عازفين ومغنين من الجاليات (الهند، الفلبين، باكستان، إثيوبيا، السودان) مع شباب إماراتيين، ونسوي حفلات شهرية في سكنات العمال وفي الحدائق العامة.

حابين نرشّح الأخ راجيش مينون يتكلم عنا في الجلسة العامة للمؤتمر (مداخلة من القاعة). راجيش هو قائد الفرقة والمؤسس المشارك، عايش في دبي من ٢٠٠٦ ويشتغل فني صيانة في النهار وفي الليل موسيقار 😊 يتكلم انجليزي وعربي مكسّر شوي، فلو في ترجمة يكون أحسن.

ممكن تردون علينا بالتفاصيل؟ مشكورين وما قصرتوا

حصة المنصوري
منسقة المتطوعين | مجموعة ألوان للموسيقى | دبي، الإمارات
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000a93f1c05ba6b2e47")
    send(7, when, tz(sent, 4), addr("حصة المنصوري", "hessa.alwan.music@gmail.example.com"),
         hdr("ترشيح متحدث من مجموعة ألوان"), "<CAN8wHk2mP4rT6vX8zB0dF2hJ4lN6pR8tV0xZ2bD4fH6jL8n@mail.gmail.example.com>", body,
         "mail-lj1-f172.google.example.com", "209.85.208.172", "4DWQ5n6tJhz7", "hessa.alwan.music@gmail.example.com",
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
              speakers=[sp("راجيش مينون", "قائد الفرقة والمؤسس المشارك", "مجموعة ألوان للموسيقى", ["plenary"])],
              notes="Gulf colloquial Arabic; the sender proposes someone else (her own post 'منسقة المتطوعين' in the "
                    "pipe signature is a decoy); the speaker's post is in prose ('راجيش هو قائد الفرقة والمؤسس "
                    "المشارك') with a day job decoy ('فني صيانة'); 'الجلسة العامة ... (مداخلة من القاعة)' = plenary; "
                    "'| دبي، الإمارات' is not part of the affiliation; emoji."))


def m08():
    when = at("2021-02-03 15:40:27")
    sent = when - dt.timedelta(seconds=8)
    inner = """<p>شكراً جزيلاً على الرد السريع، وبانتظار تواصلكم بخصوص الخطوات القادمة.</p>
<p>مع التحية،<br>إدارة المركز</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>من:</b> GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt;<br>
<b>أُرسلت:</b> الاثنين، 1 شباط، 2021 09:24 ص<br>
<b>إلى:</b> مركز جسور للثقافة والفنون &lt;info@jusoor-irbid.example.jo&gt;<br>
<b>الموضوع:</b> RE: ترشيح متحدثة - المراجعة الإقليمية للاتفاق العالمي للهجرة</p></div>
<p>شكراً لرسالتكم. لقد استلمنا طلبكم للمشاركة كمتحدثين في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية، وسنتواصل معكم لاحقاً.</p>"""
    html = html_wrap('<div style="font-family:Simplified Arabic;font-size:14pt">' + inner + "</div>", "rtl")
    body = leaf("text/html", html, "utf-8", "base64")
    send(8, when, sent, addr("مركز جسور للثقافة والفنون", "info@jusoor-irbid.example.jo"),
         re_hdr("RE: ", "ترشيح متحدثة - المراجعة الإقليمية للاتفاق العالمي للهجرة"),
         "<DB8PR03MB5921B1D4F2A06C3E8D7F2099B5E41@DB8PR03MB5921.eurprd03.prod.outlook.example.com>", body,
         "mail-db8eur03.outbound.protection.outlook.example.com", "40.107.3.91", "4DWX2r0pHvz5",
         "info@jusoor-irbid.example.jo",
         dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h142-03.eml",
              notes="thank-you reply to the service's acknowledgement of h142-03 that adds nothing new: must not be "
                    "acknowledged (loop risk); HTML-only Outlook reply with an Arabic-localised header block "
                    "('من: / أُرسلت: / إلى: / الموضوع:') quoting the acknowledgement, which mentions speakers."),
         extra=[("In-Reply-To", ACK03_ID), ("References", M03_ID + " " + ACK03_ID),
                ("Thread-Index", "AdbIx3mQ7a0F2kR9TlmN4bW8zYc1PwBhK2s="), ("Content-Language", "ar-JO"),
                ("X-Mailer", "Microsoft Outlook 16.0")])


def m09():
    when = at("2021-02-04 10:05:12")
    sent = when - dt.timedelta(seconds=10)
    rows_ = [("Dr. Lubna Qudah", "Co-founder &amp; Lead Facilitator", "Through Our Eyes Photography Collective (TOE)",
              "Roundtable 2 (if possible) &ndash; otherwise plenary"),
             ("Yonas Gebremedhin", "Photographer and workshop alumnus", "Through Our Eyes Photography Collective (TOE)",
              "Open discussion, 23 Feb")]
    tbl = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
           '<tr><th>Name</th><th>Position</th><th>Organisation</th><th>Preferred session</th></tr>'
           + "".join("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in rows_) + "</table>")
    html = html_wrap('<div class="WordSection1"><p>Dear colleagues,</p>'
                     '<p>Following the invitation circulated by the Regional UN Network on Migration, Through Our Eyes '
                     'would like to nominate two members of our collective to speak at the Regional Review. Details below:</p>'
                     + tbl +
                     '<p>Yonas joined our 2019 workshop in Jabal Al Weibdeh; his series &ldquo;Kitchens of Amman&rdquo; '
                     'on Ethiopian and Sudanese households was shown at the Jordan National Gallery last year. He would '
                     'speak in Arabic.</p><p>Many thanks and kind regards,</p>'
                     '<p>Lubna Qudah, PhD<br>Co-founder | Through Our Eyes<br>Jabal Al Weibdeh, Amman &ndash; Jordan</p></div>')
    text = """Dear colleagues,

Following the invitation circulated by the Regional UN Network on Migration, Through Our Eyes would like to nominate two members of our collective to speak at the Regional Review. Details below:

Name	Position	Organisation	Preferred session
Dr. Lubna Qudah	Co-founder & Lead Facilitator	Through Our Eyes Photography Collective (TOE)	Roundtable 2 (if possible) \u2013 otherwise plenary
Yonas Gebremedhin	Photographer and workshop alumnus	Through Our Eyes Photography Collective (TOE)	Open discussion, 23 Feb

Yonas joined our 2019 workshop in Jabal Al Weibdeh; his series \u201cKitchens of Amman\u201d on Ethiopian and Sudanese households was shown at the Jordan National Gallery last year. He would speak in Arabic.

Many thanks and kind regards,

Lubna Qudah, PhD
Co-founder | Through Our Eyes
Jabal Al Weibdeh, Amman \u2013 Jordan
"""
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_AM6PR10MB2871C5E8B3F44A0D9E2B7C61AM6PR10MB2871EURP_")
    send(9, when, sent, "Lubna Qudah <lubna@throughoureyes.example.jo>",
         "Speakers \u2013 Through Our Eyes Photography Collective",
         "<AM6PR10MB2871C5E8B3F44A0D9E2B7C61A1@AM6PR10MB2871.EURPRD10.PROD.OUTLOOK.example.com>", body,
         "mail-am6eur05.outbound.protection.outlook.example.com", "40.107.22.77", "4DX9fW3cLmz8",
         "lubna@throughoureyes.example.jo",
         dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
              speakers=[sp("Lubna Qudah", "Co-founder & Lead Facilitator", "Through Our Eyes Photography Collective (TOE)",
                           ["roundtable", "plenary"], 2),
                        sp("Yonas Gebremedhin", "Photographer and workshop alumnus",
                           "Through Our Eyes Photography Collective (TOE)", ["open_discussion"])],
              notes="photography collective, two speakers in an HTML table (plain part tab-separated); honorific 'Dr.' "
                    "in the table and 'PhD' in the signature; first speaker gives a first choice and a fallback "
                    "('Roundtable 2 (if possible) – otherwise plenary'); the signature's short name 'Through Our Eyes' "
                    "and 'Co-founder' alone are shorter forms; decoy venue 'Jordan National Gallery'."),
         extra=[("Thread-Index", "AdcU8m2Yq3pL6xWcT9eF0aR1vN5bkQ=="), ("Content-Language", "en-GB"),
                ("X-MS-Has-Attach", "")])


def m10():
    when = at("2021-02-04 18:22:40")
    sent = when - dt.timedelta(seconds=16)
    name = "تقرير_جمعية_الضفتين_الاتفاق_العالمي_2021.docx"
    text = """السلام عليكم ورحمة الله،

كنرسلو ليكم باسم جمعية الضفتين للفنون والثقافة (الرباط) التقرير الطوعي ديالنا حول تنفيذ الاتفاق العالمي من أجل الهجرة، خدمناه مع الفنانين المهاجرين اللي كيشتغلو معانا فالورشات ديال الصباغة والجداريات فحي التقدم. التقرير فالمرفق (ملف وورد).

ثانياً، نود ترشيح السيد KAMARA Ibrahima، فنان تشكيلي وعضو المكتب التنفيذي للجمعية، لأخذ الكلمة خلال الجلسة العامة للمؤتمر. هو من غينيا ومقيم فالمغرب منذ 2013، وعندو تجربة كبيرة فالعمل مع الشباب.

شكرا بزاف، ومرحبا بأي سؤال.

عن المكتب،
نادية الصنهاجي
الكاتبة العامة
جمعية الضفتين للفنون والثقافة – الرباط، المغرب
"""
    html = html_wrap("<div dir=\"rtl\">" + text2html(text) + "</div>", "rtl")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "----=_NextPart_001_0010_01D6FB2B.0F4E5A20")
    docx = make_docx(["جمعية الضفتين للفنون والثقافة", "التقرير الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
                      "الرباط، فبراير 2021", "1. الفن كأداة للإدماج", "2. التوصيات"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp="attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name)))
    body = multi("mixed", [alt, att], "----=_NextPart_000_000F_01D6FB2B.0F4E5A20")
    send(10, when, tz(sent, 1), addr("جمعية الضفتين", "contact@addiffatayn.example.ma"),
         hdr("التقرير الطوعي + ترشيح متحدث - جمعية الضفتين"), M10_ID, body,
         "smtp.addiffatayn.example.ma", "105.158.12.40", "4DXkP8mWq2z1", "contact@addiffatayn.example.ma",
         dict(category="both", language="ar", acknowledge=True, on_time=True, report_attachments=[name],
              speakers=[sp("Ibrahima Kamara", "فنان تشكيلي وعضو المكتب التنفيذي", "جمعية الضفتين للفنون والثقافة",
                           ["plenary"])],
              notes="Moroccan darija mixed with MSA; report as DOCX with an Arabic file name (RFC 2231 continuations + "
                    "RFC 2047 name=); speaker written in Latin script SURNAME first in capitals inside Arabic text "
                    "('KAMARA Ibrahima' -> 'Ibrahima Kamara'); title keeps the board ('عضو المكتب التنفيذي') and "
                    "drops 'للجمعية'; '(الرباط)' and '– الرباط، المغرب' are not part of the affiliation; the signatory "
                    "(الكاتبة العامة) is not a speaker."),
         extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbfE3kLmN0pQ4rS5tU6vW7xY8zA9B=="),
                ("Content-Language", "ar-ma")])


def m11():
    when = at("2021-02-04 21:10:55")
    sent = when - dt.timedelta(seconds=5)
    orig = """Bonjour,

je vous écris au nom de l'association Espoir Sportif des Migrants de Sfax (ESMS), on est une petite asso de foot qui réunit depuis 2018 des jeunes ivoiriens, guinéens, camerounais et tunisiens du quartier de Sakiet Ezzit.

On voudrait proposer 2 personnes :
- Wassim Ben Ramdhane, entraîneur principal et fondateur de l'ESMS --> pour la table ronde n°4
- Aminata Koné, joueuse et médiatrice sportive (ivoirienne, à Sfax depuis 2019) --> pour la discussion ouverte du 23 février

Aminata parle très bien français et un peu le tunisien, Wassim parle arabe et français.

Est ce qu'il faut remplir un formulaire ou bien un mail suffit ?

Merci d'avance et bonne soirée
Yosra, secrétaire de l'association
ESMS - Sfax"""
    quoted = "\n".join(("> " + l) if l else ">" for l in orig.split("\n"))
    text = """Re-bonjour,

petite correction, désolée : le nom de notre entraîneur s'écrit Wassim Ben Romdhane (avec un O), pas "Ben Ramdhane" comme dans mon mail. Il a insisté pour que je vous le signale à cause du badge \U0001F605
Le reste ne change pas, c'est toujours lui pour la table ronde n°4 et Aminata pour la discussion ouverte.

Yosra

Le mar. 2 févr. 2021 à 18:29, Asso Espoir Sportif Sfax <espoir.sportif.sfax@gmail.example.com> a écrit :

""" + quoted + "\n"
    html = ('<div dir="ltr">' + text2html(text.split("\nLe mar.")[0]) + '</div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">Le\u00a0mar. 2 févr. 2021 à\u00a018:29, Asso Espoir Sportif Sfax &lt;'
            'espoir.sportif.sfax@gmail.example.com&gt; a écrit\u00a0:<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + text2html(orig) + "</blockquote></div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000f3c8d905ba7e1a90")
    send(11, when, tz(sent, 1), "Asso Espoir Sportif Sfax <espoir.sportif.sfax@gmail.example.com>",
         "Re: participation table ronde + discussion ouverte",
         "<CAMs8Fq1dF3hJ5lN7pR9tV1xZ3bD5fH7jL9nP1rT3vX5zB7d@mail.gmail.example.com>", body,
         "mail-wr1-f67.google.example.com", "209.85.221.67", "4DXrJ1wTb5z4", "espoir.sportif.sfax@gmail.example.com",
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, thread_of="h142-06.eml",
              speakers=[sp("Wassim Ben Romdhane", "entraîneur principal et fondateur", "Espoir Sportif des Migrants de Sfax (ESMS)",
                           ["roundtable"], 4),
                        sp("Aminata Koné", "joueuse et médiatrice sportive", "Espoir Sportif des Migrants de Sfax (ESMS)",
                           ["open_discussion"])],
              notes="follow-up to h142-06 correcting the spelling of the coach's surname (Ben Ramdhane -> Ben Romdhane); "
                    "the wrong spelling still appears in the quoted original and even in the correction sentence; "
                    "titles/affiliation only in the quoted text; roles restated in the new text; Gmail French "
                    "attribution line with non-breaking spaces."),
         extra=[("In-Reply-To", M06_ID), ("References", M06_ID)])


def m12():
    when = at("2021-02-05 13:40:18")
    sent = when - dt.timedelta(seconds=12)
    name = "ARFL_GCM_voluntary_review_Feb2021.pdf"
    text = """Dear GCM review team,

Please find attached the voluntary GCM review report of the Amman Refugee Football League, prepared with our coaches and the parents' committee. It covers 2019-2020: 14 teams, 310 players from 9 nationalities, and what we learned about access to pitches, school certificates and work permits for young refugee players.

I would also like to request a speaking slot in roundtable IV on 24/25 Feb, to present the findings briefly (5 min max).

Kind regards,

Omar Khatib
Amman Refugee Football League (ARFL) | Programme Manager
Amman, Jordan
Get Outlook for Android
"""
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           pdf_part(name, ["Amman Refugee Football League (ARFL)", "Voluntary GCM Review Report",
                                           "Reporting period 2019-2020", "Sport, inclusion and access to rights"])],
                 "_004_HE1PR0701MB2235ANDROID_")
    send(12, when, sent, "Omar Khatib <omar.khatib@arfl.example.jo>",
         "ARFL report + speaking request", "<HE1PR0701MB2235E4C1A9B07F3D28E5A1C0B7F62@HE1PR0701MB2235.eurprd07.prod.outlook.example.com>",
         body, "mail-he1eur04.outbound.protection.outlook.example.com", "40.107.7.52", "4DY4cK9pNrz6",
         "omar.khatib@arfl.example.jo",
         dict(category="both", language="en", acknowledge=True, on_time=True, report_attachments=[name],
              speakers=[sp("Omar Khatib", "Programme Manager", "Amman Refugee Football League (ARFL)", ["roundtable"], 4)],
              notes="report PDF plus the sender's own speaking request in one short Outlook-for-Android mail; "
                    "roundtable in Roman numerals ('roundtable IV'); the signature puts the organisation before the "
                    "title, separated by a pipe; both parts on time (5 Feb)."),
         extra=[("X-MS-Has-Attach", "yes")])


def m13():
    when = at("2021-02-05 23:57:20")
    sent = when - dt.timedelta(seconds=22)
    text = """Bonsoir,

J'espère que je ne suis pas en retard, je suis à Paris pour une tournée et je viens juste de voir que c'est ce soir la date limite !!

Je me propose comme rapporteuse pour la consultation multipartite, si c'est encore possible. On travaille à l'école avec des enfants syriens, palestiniens et libanais de Bourj Hammoud et de la Bekaa depuis 2014, et aussi avec un groupe de travailleuses domestiques éthiopiennes qui ont monté un petit spectacle d'acrobatie l'année dernière, malgré la crise et l'explosion du port. Je pense qu'on a des choses à dire sur l'inclusion, vraiment.

Yalla, merci beaucoup et à très bientôt j'espère,
Nour

--
Nour Azar
Directrice pédagogique | École de Cirque Zeitouné | Beyrouth, Liban
+961 70 000 412
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000002d7e8a05ba9c4f13")
    send(13, when, tz(sent, 1), "Nour Azar <nour.azar.cirque@gmail.example.com>", "Rapporteuse ?",
         "<CAHt5Mn7qR9sU1wY3aC5eG7iK9mO1qS3uW5yA7cE9gI1kM3o@mail.gmail.example.com>", body,
         "mail-wm1-f52.google.example.com", "209.85.128.52", "4DYgL2rXc7z3", "nour.azar.cirque@gmail.example.com",
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
              speakers=[sp("Nour Azar", "Directrice pédagogique", "École de Cirque Zeitouné", ["rapporteur"])],
              notes="deadline edge: received 23:57:20 Beirut on Fri 5 Feb, on time; Date header 22:56:58 +0100 (sender "
                    "in Paris); the writer fears she is late; Levantine French ('Yalla'); self-nomination with all "
                    "details in a pipe signature ('| Beyrouth, Liban' is not part of the affiliation); 'rapporteuse'."))


def m14():
    when = at("2021-02-06 00:02:40")
    sent = when - dt.timedelta(seconds=25)
    text = """Hello GCM team,

sending this before midnight, hope it's ok!!

We are Casa Crew Collective (CCC), a hip-hop & breakdance collective in Casablanca mixing Moroccan youth with young people from Senegal, Mali, Cameroon and Cote d'Ivoire. We'd like to propose our spokesperson for roundtable 1:

EL AMRANI Yassine \u2013 co-founder & spokesperson, Casa Crew Collective

He runs the dance workshops in Derb Sultan and does legal orientation with our Moroccan partners. Speaks Darija, French, English.

Peace & thanks
Mamadou
CCC admin
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    send(14, when, tz(sent, 1), "Mamadou Sow <admin@casacrew.example.ma>", "Speaker proposal - Casa Crew Collective",
         "<b5d0e7a3-92c1-4f8e-a6d4-17c3e9f20b58@casacrew.example.ma>", body,
         "smtp.casacrew.example.ma", "41.250.66.9", "4DYh0Qm6Vsz2", "admin@casacrew.example.ma",
         dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
              speakers=[sp("Yassine El Amrani", "co-founder & spokesperson", "Casa Crew Collective (CCC)", ["roundtable"], 1)],
              notes="late edge: received 00:02:40 Beirut on Sat 6 Feb; the Date header 'Fri, 5 Feb 2021 23:02:15 +0100' "
                    "(Casablanca) and 'sending this before midnight' suggest on time; name written SURNAME first in "
                    "capitals ('EL AMRANI Yassine'); the sender signs 'Mamadou, CCC admin' and is not the speaker."),
         extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")])


def m15():
    when = at("2021-02-07 10:03:14")
    qid = "4DZ8Vw1kHtz5"
    text = """تعذر تسليم رسالتك إلى contact@addiffatayn.example.ma

صندوق بريد المستلم ممتلئ. حاول الخادم تسليم الرسالة لمدة يومين دون نجاح. يرجى الاتصال بالمستلم بطريقة أخرى.

معلومات تشخيصية للمسؤولين:

Generating server: mx1.iom.int

contact@addiffatayn.example.ma
Remote Server returned '452 4.2.2 Mailbox full; quota exceeded'
"""
    dsn = """Reporting-MTA: dns; mx1.iom.int
Arrival-Date: %s

Final-Recipient: rfc822; contact@addiffatayn.example.ma
Action: failed
Status: 4.2.2
Remote-MTA: dns; mx.addiffatayn.example.ma
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full; quota exceeded
Last-Attempt-Date: %s
""" % (rfcdate(at("2021-02-04 18:26:07"), "EET"), rfcdate(when, "EET"))
    hdrs = """From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: contact@addiffatayn.example.ma
Subject: =?utf-8?B?2KrZhSDYp9mE2KfYs9iq2YTYp9mFOiDYp9mE2KrZgtix2YrYsSDYp9mE2LfZiNi52Yo=?=
Date: %s
Message-ID: %s
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
""" % (rfcdate(at("2021-02-04 18:26:07")), ACK10_ID, M10_ID, M10_ID)
    html = html_wrap("<p><b>" + esc(text.split("\n")[0]) + "</b></p>" + text2html("\n".join(text.split("\n")[2:])), "rtl")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_mx1iomintNDRalt_")
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [alt, p2, p3], "_004_mx1iomintNDR_", params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
            ("From", "Mail Delivery System <MAILER-DAEMON@mx1.iom.int>"), ("To", BOX),
            ("Subject", hdr("غير قابل للتسليم: تم الاستلام: التقرير الطوعي")), ("Date", rfcdate(when)),
            ("Message-ID", "<20210207080314.%s@mx1.iom.int>" % qid), ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "ar-SA")]
    add(15, when, top(body, rows), dict(category="bounce", language="ar", acknowledge=False, on_time=None,
        notes="Arabic-localised DSN (multipart/report, first part multipart/alternative in base64) returning the "
              "acknowledgement sent for h142-10 on 4 Feb, given up after two days of retries (mailbox full, 4.2.2, Action: failed); the returned headers name h142-10's Message-ID "
              "but this is not a follow-up; the subject contains 'التقرير الطوعي'; never acknowledge."))


def m16():
    when = at("2021-02-08 11:30:47")
    sent = when - dt.timedelta(seconds=13)
    name = "Karma_GCM_Report_2021.pdf"
    text = """مرحبا،

مبعوتلكن مرفق التقرير الطوعي تبع "مساحة كرمة الثقافية" عن مراجعة الاتفاق العالمي للهجرة. كل شغلنا مع الفنانين والعمال المهاجرين بطرابلس وعكار: معارض صور، ليالي موسيقى، عروض أفلام، وورش خط عربي للعاملات المنزليات.

التقرير مكتوب بالعربي، وفي ملخص بالإنكليزي بآخر صفحة.

إذا في شي ناقص خبرونا.
يعطيكن العافية

جاد الأيوبي
مساحة كرمة الثقافية - طرابلس، لبنان
"""
    html = html_wrap('<div dir="rtl">' + text2html(text).replace("<p>جاد", '<p><img src="cid:image001.png@01D6FE0A.3B4C5D60" width="90"><br>جاد') + "</div>", "rtl", "windows-1256")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                "----=_NextPart_001_0021_01D6FE0A.3B4C5D60")
    img = leaf("image/png", make_png(16, 8, (140, 30, 60)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FE0A.3B4C5D60>")])
    rel = multi("related", [alt, img], "----=_NextPart_002_0022_01D6FE0A.3B4C5D60", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, pdf_part(name, ["Karma Cultural Space - Tripoli, Lebanon", "Voluntary GCM Review Report 2021",
                                               "Arts, migrant workers and social cohesion in Tripoli and Akkar"])],
                 "----=_NextPart_000_0020_01D6FE0A.3B4C5D60")
    send(16, when, sent, addr("جاد الأيوبي", "jad@karmaspace.example.lb", "windows-1256"),
         hdr("التقرير الطوعي - مساحة كرمة الثقافية", "windows-1256"),
         "<002001d6fe0a$3b4c5d60$b1e51820$@karmaspace.example.lb>", body,
         "mail.karmaspace.example.lb", "178.135.2.77", "4DZwK3pT1nz8", "jad@karmaspace.example.lb",
         dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True, report_attachments=[name],
              notes="Levantine Arabic (windows-1256, quoted-printable), Outlook layout with an inline logo "
                    "image001.png in multipart/related that is not part of the report; report PDF with an English "
                    "file name."),
         extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adb+Cjs8TF1gsRjlQ5qR2nX7yZ0aBc=="),
                ("Content-Language", "ar-lb")])


def m17():
    when = at("2021-02-09 20:15:33")
    sent = when - dt.timedelta(seconds=9)
    name = "Sawt_Collective_GCM_review_2021.pdf"
    text = """hi!!

attached is our voluntary review report (PDF). the full version with the audio annexes (songs recorded in the workshops + interviews with the women) is way too big for email so here's the drive folder:
https://drive.google.com/drive/folders/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV?usp=sharing

should open without a gmail account, if not tell me and i'll change the permissions.

thanks a lot for doing this, it's rare that anyone asks musicians about migration policy :)

Maya
Sawt Collective \u2014 music with & by migrant workers in Lebanon
"""
    html = ('<div dir="ltr">' + text2html(text).replace(
        "https://drive.google.com/drive/folders/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV?usp=sharing",
        '<a href="https://drive.google.com/drive/folders/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV?usp=sharing">'
        'https://drive.google.com/drive/folders/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV?usp=sharing</a>') + "</div>\n")
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000b72e9c05bae1d5f8")
    body = multi("mixed", [alt, pdf_part(name, ["Sawt Collective", "Voluntary GCM Review - music, migrant domestic workers and Objective 16",
                                               "Beirut, February 2021", "Participants reached: 1,200"], "f_kkz3q1a80")],
                 "000000000000b72e9d05bae1d5fa")
    send(17, when, sent, "Maya Rizk <maya.sawtcollective@gmail.example.com>", "GCM voluntary review - Sawt Collective",
         M17_ID, body, "mail-ej1-f45.google.example.com", "209.85.218.45", "4DbM7tYq9Kz2",
         "maya.sawtcollective@gmail.example.com",
         dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[name],
              notes="music collective sends the report as a PDF attachment and a Google Drive folder link for the "
                    "full version with audio annexes; all-lowercase informal style; the PDF (not the link) is the "
                    "attachment; replaced by a corrected v2 in h142-20."))


def m18():
    when = at("2021-02-10 14:00:21")
    sent = when - dt.timedelta(seconds=18)
    name = "Rapport_volontaire_PMM_Festival_Rencontres_des_Deux_Rives_février_2021.docx"
    text = """Madame, Monsieur,

Au nom du Comité d'organisation du Festival Rencontres des Deux Rives de Tanger, j'ai l'honneur de vous transmettre ci-joint notre rapport volontaire d'examen de la mise en \u0153uvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport présente les six éditions du festival (2015-2020), qui a réuni à chaque édition des artistes marocains, subsahariens et européens autour des musiques gnaoua, du slam et des arts de la rue, ainsi que nos recommandations concernant l'accès des artistes migrants aux scènes publiques et aux visas de circulation.

Nous vous remercions de bien vouloir nous en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Abdelhak Tazi
Président du Comité d'organisation
Festival Rencontres des Deux Rives
Tanger \u2013 Maroc
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "----=_NextPart_001_0031_01D6FFA1.6E2B3C40")
    docx = make_docx(["Festival Rencontres des Deux Rives", "Rapport volontaire - Pacte mondial pour les migrations",
                      "Tanger, février 2021", "1. Présentation", "2. Recommandations"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp="attachment;\r\n filename*=%s" % rfc2231(name))
    body = multi("mixed", [alt, att], "----=_NextPart_000_0030_01D6FFA1.6E2B3C40")
    send(18, when, tz(sent, 1), "Festival Rencontres des Deux Rives <contact@deuxrives-festival.example.ma>",
         "Rapport volontaire - Pacte mondial pour les migrations - Festival Rencontres des Deux Rives",
         "<003001d6ffa1$6e2b3c40$4a81b4c0$@deuxrives-festival.example.ma>", body,
         "smtp.deuxrives-festival.example.ma", "196.200.131.12", "4DbyD5nR8Lz7", "contact@deuxrives-festival.example.ma",
         dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
              notes="formal Moroccan French from a festival; DOCX whose file name has an accent ('février'), given as "
                    "RFC 2231 filename* and an RFC 2047 name=; the president's signature is not a speaker request."),
         extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "fr-ma")])


def m19():
    when = at("2021-02-11 11:02:09")
    sent = when - dt.timedelta(seconds=15)
    name = "DarElBahr_rapport_PMM.pdf"
    inner = """<p>Bonjour à toute l'équipe,</p>
<p>Le Centre culturel Dar El Bahr d'Alexandrie a le plaisir de vous adresser en pièce jointe sa contribution à l'examen régional du Pacte mondial (rapport volontaire, 8 pages), qui porte sur nos résidences d'artistes soudanais, érythréens et syriens et sur nos ateliers de musique pour enfants à Mex et à Agami.</p>
<p>Par ailleurs, et même si nous savons que la date du 5 février est passée (nous avons été très pris par notre festival d'hiver, mille excuses), nous souhaiterions proposer notre conseiller artistique, M. Chérif Naguib, pour une intervention à la table ronde 2 ou, à défaut, en séance plénière. Chérif est compositeur et enseigne la musicologie à l'Université d'Alexandrie.</p>
<p>Avec nos remerciements et nos meilleures salutations,</p>
<p>Mirna Saad<br>Responsable des programmes<br>Centre culturel Dar El Bahr<br>Alexandrie, Égypte</p>"""
    html = html_wrap(inner)
    body = multi("mixed", [leaf("text/html", html, "utf-8", "quoted-printable"),
                           pdf_part(name, ["Centre culturel Dar El Bahr - Alexandrie", "Rapport volontaire - Pacte mondial pour les migrations",
                                           "Residences d'artistes et ateliers de musique"])],
                 "Apple-Mail=_5C2E8B14-7A3D-4F90-B6E1-2D9C4A7F0E35")
    send(19, when, sent, "Mirna Saad <programmes@darelbahr.example.eg>", "Rapport + proposition d'intervenant",
         "<7D2F9A41-0C6B-4E85-9A3D-B1E7C5F20864@darelbahr.example.eg>", body,
         "smtp.darelbahr.example.eg", "41.33.18.201", "4Dc4Nq2VxMz1", "programmes@darelbahr.example.eg",
         dict(category="both", language="fr", acknowledge=True, on_time=False, report_attachments=[name],
              speakers=[sp("Chérif Naguib", "conseiller artistique", "Centre culturel Dar El Bahr", ["roundtable", "plenary"], 2)],
              notes="both: the report is on time (11 Feb) but the speaker request is after 5 Feb, so on_time is false; the "
                    "sender admits the speaker date has passed; HTML-only Apple Mail body (Levantine/Egyptian "
                    "francophone); the speaker's title comes before his name ('notre conseiller artistique, M. Chérif "
                    "Naguib') and a decoy second activity (musicology at the university) follows; roundtable 2 with "
                    "plenary as fallback."),
         extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])


def m20():
    when = at("2021-02-12 09:45:50")
    sent = when - dt.timedelta(seconds=7)
    name = "Sawt_Collective_GCM_review_2021_v2.pdf"
    text = """hi again,

sorry!! we found a mistake on page 3, we wrote 1,200 participants but it's 210 (someone added a zero and a half lol). here's the corrected PDF, please use this one instead of the one from Tuesday. the drive folder is updated too.

Maya

On Tue, Feb 9, 2021 at 8:15 PM Maya Rizk <maya.sawtcollective@gmail.example.com> wrote:
> hi!!
>
> attached is our voluntary review report (PDF). the full version with the
> audio annexes (songs recorded in the workshops + interviews with the women)
> is way too big for email so here's the drive folder:
> https://drive.google.com/drive/folders/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV?usp=sharing
>
> Maya
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000c4a1f205bb1e8d32")
    body = multi("mixed", [alt, pdf_part(name, ["Sawt Collective", "Voluntary GCM Review - corrected version (v2)",
                                               "Beirut, February 2021", "Participants reached: 210"], "f_kl2m9x4b0")],
                 "000000000000c4a1f305bb1e8d34")
    send(20, when, sent, "Maya Rizk <maya.sawtcollective@gmail.example.com>", "Re: GCM voluntary review - Sawt Collective",
         "<CAKp3Lr6uW8yA0cE2gI4kM6oQ8sU0wY2aC4eG6iK8mO0qS2u@mail.gmail.example.com>", body,
         "mail-ej1-f47.google.example.com", "209.85.218.47", "4DcRt8xW3Pz9", "maya.sawtcollective@gmail.example.com",
         dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[name],
              thread_of="h142-17.eml",
              notes="replacement of the report sent in h142-17 (corrected figure on page 3): reply in the same thread "
                    "with a v2 PDF that supersedes the first one; the quoted original still carries the Drive link."),
         extra=[("In-Reply-To", M17_ID), ("References", M17_ID)])


def m21():
    when = at("2021-02-13 17:26:04")
    sent = when - dt.timedelta(seconds=10)
    text = """Bonjour,

Nous sommes un collectif de photographes et vidéastes (libanais, syriens et soudanais) basé à Beyrouth. Deux petites questions :
1. Est-ce qu'on peut envoyer un court documentaire de 10 minutes à la place d'un rapport écrit ? On a filmé pendant un an avec des familles de travailleurs migrants à Naba'a.
2. Est-ce qu'on peut assister à la conférence du 24-25 en tant qu'observateurs, sans prendre la parole ?

Merci d'avance !

Rana
Collectif Regards Croisés

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    send(21, when, sent, "Rana Khoury <rana.regardscroises@gmail.example.com>", "Questions - documentaire / observateurs",
         "<A3E7C9B1-5D2F-4A86-B0C4-E8F1D3A5B7C9@gmail.example.com>", body,
         "mail-wr1-f43.google.example.com", "209.85.221.43", "4DcsX4kQ1Tz6", "rana.regardscroises@gmail.example.com",
         dict(category="other", language="fr", acknowledge=True, on_time=None,
              notes="questions only: whether a documentary film can replace a written report and whether the "
                    "collective can attend as observers 'sans prendre la parole' (explicitly not a speaking role); "
                    "iPhone plain text."),
         extra=[("X-Mailer", "iPhone Mail (18D52)")])


def m22():
    when = at("2021-02-14 12:08:36")
    sent = when - dt.timedelta(seconds=19)
    text = """Hello,

Quick logistics questions from the Backstage Migrant Theatre Lab here in Dubai:

- what time zone will the sessions on 23-25 Feb follow? Beirut time?
- Zoom, Webex or something else? some of our actors only have phones
- will there be Arabic<>English interpretation? and maybe Tagalog/Malayalam? (I know, I know, long shot)

We're not submitting a report this year, just want to follow and maybe share the recordings with our members.

Thanks,
Priya Nair
Backstage Migrant Theatre Lab | Al Quoz, Dubai
"""
    html = html_wrap('<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_DXBPR01MB4410F6A2E9C3B5D7A1E4F0DXBPR01MB4410_")
    send(22, when, tz(sent, 4), "Priya Nair <priya@backstagelab.example.ae>", "Sessions - time zone, platform, interpretation?",
         "<DXBPR01MB4410F6A2E9C3B5D7A1E4F0C2D93@DXBPR01MB4410.apcprd01.prod.outlook.example.com>", body,
         "mail-sg2apc01.outbound.protection.outlook.example.com", "40.107.130.58", "4DdD9rVn2Xz4", "priya@backstagelab.example.ae",
         dict(category="other", language="en", acknowledge=True, on_time=None,
              notes="logistics questions (time zone, platform, interpretation) from a Dubai theatre lab; says "
                    "explicitly it is not submitting a report; no speaker proposed."),
         extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "")])


def m23():
    when = at("2021-02-16 23:51:05")
    sent = when - dt.timedelta(seconds=24)
    name = "تقرير_البيت_الثقافي_للجاليات.pdf"
    text = """السلام عليكم

مرفق لكم التقرير الطوعي للبيت الثقافي للجاليات في الشارقة حول تنفيذ الاتفاق العالمي للهجرة.
أدري إننا متأخرين شوي، اعذرونا، كان عندنا أمسية شعرية للجاليات اليوم وما خلصنا إلا الحين.

التقرير يتكلم عن برامجنا: أمسيات الشعر بلغات الجاليات، دوري كرة الطائرة للعمال، ومكتبة الجاليات المتنقلة.

تحياتي
عبدالله الشامسي
البيت الثقافي للجاليات

مرسل من جهاز iPhone الخاص بي
"""
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"),
                           pdf_part(b_word(name), ["Community Cultural House - Sharjah", "Voluntary GCM Review Report",
                                                  "Poetry evenings, workers' volleyball league, mobile library"])],
                 "Apple-Mail-8C41F2B7-3D95-4E60-A7B1-0F2E6D9C3A58")
    send(23, when, tz(sent, 4), addr("عبدالله الشامسي", "a.alshamsi@culturalhouse-shj.example.ae"),
         hdr("التقرير الطوعي"), "<0E4B7A92-1C3D-4F58-9B6A-D2E8F1C7A340@culturalhouse-shj.example.ae>", body,
         "smtp.culturalhouse-shj.example.ae", "94.200.41.17", "4DfWq7Lc5Rz3", "a.alshamsi@culturalhouse-shj.example.ae",
         dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True, report_attachments=[name],
              notes="deadline edge: received 23:51:05 Beirut on Tue 16 Feb, on time, although the Date header reads "
                    "'Wed, 17 Feb 2021 01:50:41 +0400' (Sharjah) and the sender apologises for being late; Gulf "
                    "colloquial; iPhone mail, base64 body, Arabic PDF file name only as RFC 2047 encoded words."),
         extra=[("X-Mailer", "iPhone Mail (18D52)")])


def m24():
    when = at("2021-02-17 00:03:40")
    sent = when - dt.timedelta(seconds=28)
    name = "Rapport_Objectif_Sud_PMM_2021.pdf"
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire du Collectif Objectif Sud (ateliers photo avec les migrants et les jeunes de Médenine et Zarzis), envoyé ce 16 février, donc dans les délais de la prolongation.

Bien cordialement,

Anis Gharbi
Coordinateur, Collectif Objectif Sud
Médenine, Tunisie
"""
    body = multi("mixed", [leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")]),
                           pdf_part(name, ["Collectif Objectif Sud - Medenine", "Rapport volontaire PMM 2021",
                                           "Photographie, migrations et jeunesse dans le Sud tunisien"])],
                 "------------9F3B2C7A1E5D04862B1F7C3A")
    send(24, when, tz(sent, 1), "Anis Gharbi <anis.gharbi@objectifsud.example.tn>", "Rapport volontaire - Collectif Objectif Sud",
         "<8d2c4f17-3e6a-49b1-a0d5-c7e91f3b2a64@objectifsud.example.tn>", body,
         "smtp.objectifsud.example.tn", "197.3.8.144", "4Dfa1Hm8Ktz5", "anis.gharbi@objectifsud.example.tn",
         dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False, report_attachments=[name],
              notes="late edge: received 00:03:40 Beirut on Wed 17 Feb; the Date header 'Tue, 16 Feb 2021 23:03:12 +0100' "
                    "(Tunis) and the body ('envoyé ce 16 février, donc dans les délais') claim it is on time; "
                    "Thunderbird format=flowed."),
         extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                ("Content-Language", "fr")])


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
