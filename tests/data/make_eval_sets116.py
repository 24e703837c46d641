#!/usr/bin/env python3
"""Write the blind evaluation set holdout116 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets116.py
Theme: mixed mail to the secretariat (registration, visa, agenda drafts, CVs, replies to our
acknowledgements, forwarded reports, requests on behalf of someone on leave).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout116")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h116-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def ack_id(code):
    return "<ack.%s.20210127@gcmrrarabstates.iom.int>" % code


def gmail_alt(text, b1, charset="UTF-8", cte="quoted-printable", dir_="ltr"):
    html = '<div dir="%s">' % dir_ + text2html(text) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)], b1)


# ================================================================ the 24 messages
MID01 = "<DB7PR03MB4986A1C0E2F3B4D5A6C7D8E9F0A1B2C3@DB7PR03MB4986.eurprd03.prod.outlook.example.com>"


def m01():
    when = at("2021-01-27 11:20:14")
    sent = when - dt.timedelta(seconds=41)
    text = """Dear colleagues,

Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region.

The Arab Women Migrant Workers Network would like to request a speaking slot in Roundtable 3 of the conference on 24-25 February. Our proposed speaker is:

Ms. Rania Saleh
Programme Manager
Arab Women Migrant Workers Network (AWMWN), Amman

We would be grateful if you could confirm receipt.

Kind regards,

Dana Khoury
Communications Officer | AWMWN
+962 6 555 0143
www.awmwn.example.org

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s).
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_DB7PR03MB4986A1C0E2F3B4D5A6C7D8E9F0A1B2C3DB7PR03MB4986eurp_")
    rows = std_rows(when, "mail-db8eur05on2091.outbound.protection.outlook.example.com", "40.107.20.91", "4DQm1x2Lz8z3",
                    "Dana Khoury <d.khoury@awmwn.example.org>", "Speaking role request - Roundtable 3 - AWMWN",
                    rfcdate(tz(sent, 0)), MID01, ret="d.khoury@awmwn.example.org")
    rows += [("Thread-Topic", "Speaking role request - Roundtable 3 - AWMWN"),
             ("Thread-Index", "AdbUp3kQ7m2xZr9TQe+4vH0aF1c2Dw=="), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
    add(1, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Rania Saleh", "Programme Manager", "Arab Women Migrant Workers Network (AWMWN), Amman",
                     ["roundtable"], 3)],
        notes="sender (communications officer) is not the speaker; speaker block with 'Ms.'; the signature also "
              "carries the acronym; Date in UTC from Outlook. Our acknowledgement of this message carries [GCM-AR-0012]."))


MID02 = "<CAH7pQ2mV3x9Lr0kYtN5fB8sZ1wE4uJ6cD2aG9hK3oP7iR0vS@mail.gmail.example.com>"


def m02():
    when = at("2021-01-29 09:05:33")
    sent = when - dt.timedelta(seconds=12)
    text = """Bonjour Madame, Monsieur,

Suite a votre lettre d'invitation pour la Revue regionale du Pacte mondial sur les migrations, notre association souhaite envoyer un delegue a Beyrouth si la conference se tient en presentiel.

Pourriez-vous nous faire parvenir une lettre d'appui / d'invitation nominative pour la demande de visa (Ambassade du Liban a Tunis) au nom de :

- Nom : BEN SALEM Youssef
- Fonction : charge du plaidoyer
- Organisation : Forum Tunisien pour les Droits Economiques et Sociaux (FTDES), section Sfax
- Passeport n° : voir piece jointe (je vous l'envoie separement si besoin)

Est-ce que les frais de voyage sont pris en charge ou pas ? On n'a rien trouve dans la lettre a ce sujet.

Merci d'avance et bonne journee
Amel Trabelsi
FTDES Sfax
"""
    body = gmail_alt(text, "000000000000a1b2c305b9f0e4a7")
    rows = std_rows(when, "mail-wm1-f54.google.example.com", "209.85.128.54", "4DRp7Yt0c9z1",
                    "Amel Trabelsi <amel.trabelsi.ftdes@gmail.example.com>", "Demande lettre visa - delegue FTDES",
                    rfcdate(tz(sent, 1)), MID02, ret="amel.trabelsi.ftdes@gmail.example.com")
    add(2, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="visa support letter request naming the delegate with function and organisation in a list: looks like a "
              "speaker proposal but no speaking role is asked for; French without accents; also asks about travel costs."))


MID03 = "<CAJ2sK8vN1q4Wm7xBz3cF6hT0yL9eR5uA2dG8kP1oS4iU7wX@mail.gmail.example.com>"


def m03():
    when = at("2021-01-31 14:40:02")
    sent = when - dt.timedelta(seconds=9)
    text = """السلام عليكم ورحمة الله

حياكم الله، بخصوص الدعوة للمراجعة الإقليمية للاتفاق العالمي للهجرة، ودّنا نشارك بمداخلات، وعندنا اثنين من الفريق:

١- أ. عبدالله الكعبي – رئيس مجلس الإدارة – جمعية الإمارات لحقوق العمال الوافدين، يبي يتكلم في الجلسة العامة
٢- د. مريم الشحي، باحثة أولى في نفس الجمعية، تقدر تكون المقررة اللي تقدم الرسائل الرئيسية لأصحاب المصلحة

إذا تحتاجون السير الذاتية قولوا لنا ونرسلها.

مشكورين ويعطيكم العافية
خالد
"""
    body = gmail_alt(text, "000000000000c4d5e605ba1f7c22", cte="base64", dir_="rtl")
    rows = std_rows(when, "mail-ej1-f41.google.example.com", "209.85.218.41", "4DTbq5Hs2Kz6",
                    addr("خالد المري", "khalid.almarri.uae@gmail.example.com"), hdr("طلب مداخلة - جمعية الإمارات"),
                    rfcdate(tz(sent, 4)), MID03, ret="khalid.almarri.uae@gmail.example.com")
    add(3, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عبدالله الكعبي", "رئيس مجلس الإدارة", "جمعية الإمارات لحقوق العمال الوافدين", ["plenary"]),
                  sp("مريم الشحي", "باحثة أولى", "جمعية الإمارات لحقوق العمال الوافدين", ["rapporteur"])],
        notes="Gulf colloquial (ودّنا، يبي، مشكورين); two speakers in an Arabic-numbered list; the second speaker's "
              "affiliation is only 'في نفس الجمعية' (resolved to the first one); honorifics أ. and د. to strip; "
              "sender signs with first name only; base64 text parts; Date in +0400."))


def m04():
    when = at("2021-02-01 16:12:47")
    sent = when - dt.timedelta(seconds=30)
    mid = "<DB7PR03MB4986F7E1D2C3B4A5968778695A4B3C2D@DB7PR03MB4986.eurprd03.prod.outlook.example.com>"
    text = """Hello again,

Thanks for the quick acknowledgement. One addition please - we'd like to also put forward my colleague for the open discussion of the multi-stakeholder consultation on 23 February:

Hani Qasem, Legal Advisor, AWMWN

Rania's request for Roundtable 3 stays as it is.

Best,
Dana

Dana Khoury
Communications Officer | AWMWN

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, January 28, 2021 10:03 AM
To: Dana Khoury <d.khoury@awmwn.example.org>
Subject: Your request for a speaking role - Regional Review of the GCM [GCM-AR-0012]

Dear Dana Khoury,

Thank you for your message. We confirm receipt of your request for a speaking role for Rania Saleh (Programme Manager, Arab Women Migrant Workers Network (AWMWN), Amman) - Roundtable 3.
Reference: GCM-AR-0012

The Regional UN Network on Migration - Secretariat
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"), leaf("text/html", html, "utf-8", "quoted-printable")],
                 "_000_DB7PR03MB4986F7E1D2C3B4A5968778695A4B3C2DDB7PR03MB4986eurp_")
    rows = std_rows(when, "mail-db8eur05on2120.outbound.protection.outlook.example.com", "40.107.20.120", "4DTw0qYk1Rz2",
                    "Dana Khoury <d.khoury@awmwn.example.org>",
                    "RE: Your request for a speaking role - Regional Review of the GCM [GCM-AR-0012]",
                    rfcdate(tz(sent, 0)), mid, ret="d.khoury@awmwn.example.org")
    rows += [("References", "%s\r\n %s" % (MID01, ack_id("0012"))), ("In-Reply-To", ack_id("0012")),
             ("Thread-Topic", "Your request for a speaking role - Regional Review of the GCM [GCM-AR-0012]"),
             ("Thread-Index", "AdbUp3kQ7m2xZr9TQe+4vH0aF1c2DwAFq8Rk"), ("X-Mailer", "Microsoft Outlook 16.0")]
    add(4, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Hani Qasem", "Legal Advisor", "Arab Women Migrant Workers Network (AWMWN)", ["open_discussion"])],
        thread_of="h116-01.eml",
        notes="reply to our acknowledgement [GCM-AR-0012] adding a second speaker; only the new speaker is proposed here "
              "(Rania Saleh appears only in the quoted acknowledgement and 'stays as it is'); the new speaker's affiliation is written only as "
              "'AWMWN', the full name coming from the sender's earlier mail quoted in our ack; In-Reply-To is our ack, References include the original."))


def m05():
    when = at("2021-02-02 10:30:21")
    sent = when - dt.timedelta(seconds=15)
    mid = "<6a1e2f3c-9b8d-4e7a-b1c0-5d4f3e2a1b09@amam-maroc.example.org>"
    text = """Bonjour,

Je me permets de vous ecrire au nom de Mme Naïma Benali, Directrice exécutive de notre association, qui est actuellement en congé jusqu'au 12 février et n'a pas accès à sa messagerie.

Mme Benali souhaite intervenir lors de la table ronde n°4 de la Conférence d'examen régional (24-25 février). Elle m'a demandé de vous transmettre sa demande avant la date limite du 5 février.

Pour toute question, merci de me contacter directement, elle lira vos messages à son retour.

Cordialement,

-- 
Hicham Ouazzani
Assistant administratif
Association Marocaine d'Appui aux Migrants (AMAM)
Rabat - Maroc
Tél : +212 5 37 00 00 00
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "mail.amam-maroc.example.org", "196.200.131.14", "4DVc3bPn7Hz4",
                    "Hicham Ouazzani <h.ouazzani@amam-maroc.example.org>",
                    "Demande d'intervention - Mme N. Benali (AMAM) - table ronde 4", rfcdate(tz(sent, 1)), mid,
                    ret="h.ouazzani@amam-maroc.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    add(5, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Naïma Benali", "Directrice exécutive", "Association Marocaine d'Appui aux Migrants (AMAM)",
                     ["roundtable"], 4)],
        notes="request sent on behalf of a director on leave; the speaker's organisation is only 'notre association' in "
              "the body and is taken from the sender's signature; 'table ronde n°4'; Thunderbird format=flowed 8bit; "
              "sender's own title (Assistant administratif) must not be attributed to the speaker."))


def m06():
    when = at("2021-02-02 13:15:50")
    sent = when - dt.timedelta(seconds=22)
    mid = "<CAK9dF2gH5jL8nQ1sV4xZ7bC0eG3iM6oR9tW2yA5cE8hJ1lN@mail.gmail.example.com>"
    text = """مساء الخير

احنا بعتنا استمارة التسجيل يوم الخميس اللي فات عن طريق اللينك اللي في الدعوة بس ماوصلناش أي إيميل تأكيد لحد دلوقتي. ممكن تتأكدوا لنا إن التسجيل وصل؟ الاسم: منى عبد الرحيم - مؤسسة صوت المهاجر - القاهرة.

وكمان عايزين نعرف هل الاجتماع أونلاين بس ولا فيه حضور في بيروت؟

شكرا جزيلا
منى
"""
    body = gmail_alt(text, "000000000000f1e2d305ba3c9e81", dir_="rtl")
    rows = std_rows(when, "mail-lf1-f45.google.example.com", "209.85.167.45", "4DVh6Kd3Sfz9",
                    addr("Mona Abdelrahim", "mona.abdelrahim@gmail.example.com"), hdr("تأكيد التسجيل؟؟"),
                    rfcdate(tz(sent, 2)), mid, ret="mona.abdelrahim@gmail.example.com")
    add(6, when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial (بعتنا، دلوقتي، عايزين); registration confirmation and format question; gives "
              "name and organisation but proposes no speaker; Latin display name, Arabic body."))


def m07():
    when = at("2021-02-03 08:00:07")
    mid = "<b3d1f0e2a9c84c7e8d6f5a4b3c2d1e0f@EXCH02.wafid-lb.example.org>"
    text = """Thank you for your email. I am out of the office until Monday 8 February 2021 with limited access to email.
For urgent matters related to the Migrant Workers Desk please contact Ms. Lina Farah (l.farah@wafid-lb.example.org).

شكراً لرسالتكم. أنا خارج المكتب حتى يوم الاثنين 8 شباط 2021.

Rami Nassar
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.wafid-lb.example.org", "185.84.236.19", "4DWB1m8Cj0z7",
                    "Rami Nassar <r.nassar@wafid-lb.example.org>",
                    "Automatic reply: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                    rfcdate(when - dt.timedelta(seconds=2)), mid, ret="")
    rows = [(k, ("<>" if k == "Return-Path" else v)) for k, v in rows]
    rows += [("In-Reply-To", "<invitation.20210202@gcmrrarabstates.iom.int>"),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "r.nassar@wafid-lb.example.org"), ("Content-Language", "en-US")]
    add(7, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office reply to the invitation, bilingual English/Arabic, names a colleague with 'Ms.' "
              "(not a speaker); Auto-Submitted: auto-replied, empty Return-Path."))


MID08 = "<000c01d6fa1b$4e2f7a90$ea4e6fb0$@tamkeen-lb.example.org>"


def m08():
    when = at("2021-02-03 12:45:18")
    sent = when - dt.timedelta(seconds=35)
    inner = """<div dir="rtl" style="font-family:Simplified Arabic;font-size:14pt">
<p>السادة أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين،</p>
<p>تحية طيبة وبعد،</p>
<p>يسرّ مركز تمكين للمساعدة القانونية وحقوق الإنسان أن يتقدّم بطلب مداخلة خلال الجلسة العامة لمؤتمر المراجعة الإقليمية، وفق البيانات الواردة في الجدول أدناه:</p>
<table border="1" cellspacing="0" cellpadding="4" dir="rtl">
<tr><td><b>الاسم</b></td><td>السيدة سهى الحلبي</td></tr>
<tr><td><b>الجهة</b></td><td>مركز تمكين للمساعدة القانونية وحقوق الإنسان - بيروت</td></tr>
<tr><td><b>نوع المداخلة</b></td><td>مداخلة في الجلسة العامة (24-25 شباط)</td></tr>
<tr><td><b>البريد الإلكتروني</b></td><td>s.halabi@tamkeen-lb.example.org</td></tr>
</table>
<p>وتفضلوا بقبول فائق الاحترام،</p>
<p>قسم العلاقات العامة<br>مركز تمكين</p>
</div>"""
    body = leaf("text/html", html_wrap(inner, "rtl", "utf-8"), "utf-8", "base64")
    rows = std_rows(when, "mail.tamkeen-lb.example.org", "185.84.237.60", "4DWKf2Nq5Vz1",
                    addr("مركز تمكين", "pr@tamkeen-lb.example.org"), hdr("طلب مداخلة في الجلسة العامة"),
                    rfcdate(sent), MID08, ret="pr@tamkeen-lb.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW+hs0kQ2vY8mE7k6p0Z3bC9xTqw=="),
             ("Content-Language", "ar-lb")]
    add(8, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("سهى الحلبي", None, "مركز تمكين للمساعدة القانونية وحقوق الإنسان - بيروت", ["plenary"])],
        notes="HTML-only (no text/plain), base64, details in a two-column RTL table; the speaker's title is missing "
              "(added later in h116-09); السيدة to strip; sent from a generic PR address. Our ack carries [GCM-AR-0031]."))


def m09():
    when = at("2021-02-04 09:20:40")
    sent = when - dt.timedelta(seconds=20)
    mid = "<001a01d6fabf$1c2d3e40$54687980$@tamkeen-lb.example.org>"
    text = """مرحبا،

شكراً على التأكيد. نسينا نحط صفة السيدة سهى بالجدول، هي منسّقة برامج الحماية بالمركز. إذا فيكن تضيفوها عالطلب بكون منيح.

مع التحية
جاد – العلاقات العامة
مركز تمكين

-----Original Message-----
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 3, 2021 2:10 PM
To: pr@tamkeen-lb.example.org
Subject: طلب المداخلة - المراجعة الإقليمية للاتفاق العالمي للهجرة [GCM-AR-0031]

نشكركم على رسالتكم ونؤكد استلام طلب المداخلة باسم سهى الحلبي (مركز تمكين للمساعدة القانونية وحقوق الإنسان - بيروت).
الرقم المرجعي: GCM-AR-0031
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "----=_NextPart_000_001B_01D6FAD0.2F4A6B10")
    rows = std_rows(when, "mail.tamkeen-lb.example.org", "185.84.237.60", "4DWqT9Lp2Mz8",
                    addr("مركز تمكين", "pr@tamkeen-lb.example.org"),
                    re_hdr("RE: ", "طلب المداخلة - المراجعة الإقليمية للاتفاق العالمي للهجرة [GCM-AR-0031]"),
                    rfcdate(sent), mid, ret="pr@tamkeen-lb.example.org")
    rows += [("In-Reply-To", ack_id("0031")), ("References", "%s\r\n %s" % (MID08, ack_id("0031"))),
             ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-lb")]
    add(9, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("سهى الحلبي", "منسّقة برامج الحماية", "مركز تمكين للمساعدة القانونية وحقوق الإنسان - بيروت", ["plenary"])],
        thread_of="h116-08.eml",
        notes="Levantine reply to our acknowledgement [GCM-AR-0031] that adds only the missing title; the full name and "
              "affiliation are only in the quoted ack and the earlier message (body says 'السيدة سهى'); plain part "
              "windows-1256, HTML part UTF-8; Outlook '-----Original Message-----' quoting."))


def m10():
    when = at("2021-02-04 15:30:05")
    sent = when - dt.timedelta(seconds=14)
    name = "Projet ordre du jour - consultation 23 fev (v2).docx"
    text = """Bonsoir,

Je vous transmets ci-joint un projet d'ordre du jour que notre coalition a préparé pour sa réunion préparatoire interne avant la consultation multipartite du 23 février.

Petite question : est-ce que vous allez partager l'ordre du jour officiel de la consultation avant la fin de la semaine prochaine ? On voudrait aligner nos créneaux sur les vôtres, surtout pour les tables rondes, et savoir à quelle heure (heure de Beyrouth) démarre la séance.

Merci beaucoup et bonne soirée,
Carla

Carla Abi Nader
Coordination | Coalition libanaise pour les droits des travailleuses domestiques
"""
    alt = gmail_alt(text, "000000000000b7c8d905ba5a1f03")
    docx = make_docx(["Coalition libanaise - reunion preparatoire", "Projet d'ordre du jour (v2)",
                      "10h00 Accueil", "10h15 Retour sur la lettre d'invitation", "11h00 Repartition des tables rondes",
                      "12h00 Divers"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kkr3v0a81")])
    body = multi("mixed", [alt, att], "000000000000b7c8da05ba5a1f05")
    rows = std_rows(when, "mail-wr1-f67.google.example.com", "209.85.221.67", "4DX2Gv6Rb1z3",
                    "Carla Abi Nader <carla.abinader@gmail.example.com>", "Projet d'ordre du jour + question",
                    rfcdate(tz(sent, 2)), "<CAL3fG6hJ9kM2nP5rT8vX1zB4dF7hK0mO3qS6uW9yA2cE5gI@mail.gmail.example.com>",
                    ret="carla.abinader@gmail.example.com")
    add(10, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a DOCX is attached but it is an agenda draft, not a voluntary report; question about the official agenda "
              "and start time; mentions 'tables rondes' without asking for a speaking role; Lebanese French."))


MID11 = "<CAM5hJ8kL1nP4qS7uW0yB3dF6hK9mO2rT5vX8zA1cE4gI7jL@mail.gmail.example.com>"


def m11():
    when = at("2021-02-05 18:00:26")
    sent = when - dt.timedelta(seconds=18)
    name = "تقرير_الاستعراض_الطوعي_شبكة_الهجرة_والتنمية_مصر.pdf"
    text = """الزملاء الأعزاء في أمانة الشبكة الإقليمية،

تحية طيبة،

مرفق لحضراتكم التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والمعدّ بشكل جماعي من أعضاء شبكة الهجرة والتنمية في مصر (عشر منظمات).

كما نرغب في ترشيح منسق الشبكة للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 فبراير. بياناته في التوقيع أدناه.

مع خالص التقدير،

أحمد فؤاد
منسق عام
شبكة الهجرة والتنمية - مصر (MDN-Egypt)
"""
    alt = gmail_alt(text, "000000000000e9fa0b05ba7b3c40", dir_="rtl")
    pdf = make_pdf(["Migration and Development Network - Egypt (MDN-Egypt)", "Voluntary GCM Review Report - collective",
                    "Ten member organisations, January 2021"])
    att = leaf("application/pdf", pdf, cte="base64",
               disp="attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", name)))
    att.replace_header("Content-Type", "application/pdf;\r\n\t" + ";\r\n\t".join(rfc2231_cont("name", name)))
    body = multi("mixed", [alt, att], "000000000000e9fa0c05ba7b3c42")
    rows = std_rows(when, "mail-ed1-f52.google.example.com", "209.85.208.52", "4DXdW3sGk7z5",
                    addr("Ahmed Fouad", "ahmed.fouad.mdn@gmail.example.com"),
                    hdr("التقرير الطوعي + ترشيح للنقاش المفتوح"), rfcdate(tz(sent, 2)), MID11,
                    ret="ahmed.fouad.mdn@gmail.example.com")
    add(11, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("أحمد فؤاد", "منسق عام", "شبكة الهجرة والتنمية - مصر (MDN-Egypt)", ["open_discussion"])],
        report_attachments=[name],
        notes="collective report as PDF with a long Arabic file name in RFC 2231 continuations, plus the sender proposes "
              "himself ('منسق الشبكة') with details only in the signature; received 18:00 on 5 Feb, both parts on time."))


MID12 = "<8E1A2B3C-4D5E-6F70-8192-A3B4C5D6E7F8@dubai-mrc.example.org>"


def m12():
    when = at("2021-02-05 23:56:40")
    sent = when - dt.timedelta(seconds=25)
    text = """Hi,
Sorry for the late msg, we only got the board ok tonight. Gulf Migrant Resource Centre would like to nominate our director Priya Menon to be rapporteur for the key messages of stakeholders. She has done this at the GFMD before.
Will send her CV tomorrow.
Thanks
Joseph

Sent from my iPhone"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    body.replace_header("Content-Type", 'text/plain;\r\n\tcharset=us-ascii')
    rows = std_rows(when, "mail.dubai-mrc.example.org", "94.200.17.81", "4DXz8Qm1Fvz2",
                    "Joseph D'Souza <joseph@dubai-mrc.example.org>", "Rapporteur nomination",
                    rfcdate(tz(sent, 4)), MID12, ret="joseph@dubai-mrc.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(12, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Priya Menon", "director", "Gulf Migrant Resource Centre", ["rapporteur"])],
        notes="deadline edge: received 23:56:40 Beirut on Fri 5 Feb (on time) but the Date header reads "
              "'Sat, 6 Feb 2021 01:56:15 +0400' (Dubai) and the sender apologises for being late; title only as "
              "'our director'; terse iPhone mail, no signature."))


def m13():
    when = at("2021-02-05 23:58:50")
    sent = when - dt.timedelta(seconds=31)
    text = """السلام عليكم

نود في الجمعية السعودية لرعاية العمالة المنزلية التقدم بطلب مشاركة في المائدة المستديرة الثانية، علماً بأننا لاحظنا أن النسخة العربية من الدعوة تذكر أن آخر موعد هو الجمعة 23 فبراير، ولكن احتياطاً نرسل الطلب اليوم.

المتحدث المقترح:
الاسم: فيصل بن سعد العتيبي
الصفة: نائب الرئيس للبرامج
الجهة: الجمعية السعودية لرعاية العمالة المنزلية - الرياض

وتقبلوا خالص التحية
نورة القحطاني
"""
    body = gmail_alt(text, "00000000000012ab3c05ba8c4d51", cte="base64", dir_="rtl")
    rows = std_rows(when, "mail-pj1-f48.google.example.com", "209.85.216.48", "4DXzC2n5Tqz9",
                    addr("نورة القحطاني", "noura.alqahtani.sa@gmail.example.com"),
                    hdr("طلب مشاركة - المائدة المستديرة الثانية"), rfcdate(tz(sent, 3)),
                    "<CAN7jL0mN3pR6tV9xZ2bD5fH8kM1oQ4sU7wY0aC3eG6iK9lO@mail.gmail.example.com>",
                    ret="noura.alqahtani.sa@gmail.example.com")
    add(13, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("فيصل بن سعد العتيبي", "نائب الرئيس للبرامج", "الجمعية السعودية لرعاية العمالة المنزلية - الرياض",
                     ["roundtable"], 2)],
        notes="deadline edge: received 23:58:50 Beirut on 5 Feb (on time), Date header 'Sat, 6 Feb 2021 00:58:19 +0300' "
              "(Riyadh); quotes the Arabic letter's misprinted 'الجمعة 23 فبراير' deadline; roundtable number written "
              "as 'المائدة المستديرة الثانية'; sender is not the speaker."))


def m14():
    when = at("2021-02-06 00:06:15")
    sent = when - dt.timedelta(seconds=25)
    text = """Bonsoir,

Je vous écris pour demander un temps de parole lors d'une session plénière de la conférence des 24 et 25 février. L'intervenant serait M. Karim Belkacem, du Collectif algérien pour les droits des migrants (CADM), où il est responsable du pôle juridique. Il parlera de la situation des migrants subsahariens refoulés aux frontières sud.

Nous espérons être dans les délais (il est 23h05 chez nous, le 5 février).

Bien à vous,
Souad Meziane
CADM - Alger
"""
    body = gmail_alt(text, "0000000000003c4d5e05ba8c6e72")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DY0Hn2Xp4z6",
                    "Souad Meziane <souad.meziane.cadm@gmail.example.com>", "Demande de prise de parole - plénière",
                    rfcdate(tz(sent, 1)), "<CAP9lN2oQ5rT8vX1zB4dF7hK0mO3qS6uW9yA2cE5gI8jL1nP@mail.gmail.example.com>",
                    ret="souad.meziane.cadm@gmail.example.com")
    add(14, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Karim Belkacem", "responsable du pôle juridique", "Collectif algérien pour les droits des migrants (CADM)",
                     ["plenary"])],
        notes="deadline edge: late by 6 minutes (received 00:06:15 Beirut on Sat 6 Feb) although the Date header is "
              "'Fri, 5 Feb 2021 23:05:50 +0100' (Algiers) and the body says 23h05 on 5 February; title given after "
              "the organisation in prose ('où il est responsable du pôle juridique')."))


def m15():
    when = at("2021-02-08 10:10:44")
    sent = when - dt.timedelta(seconds=16)
    name = "CV_Priya_Menon_2021.pdf"
    text = """Dear team,

As requested, please find attached the CV.

Regards,
Joseph D'Souza
Gulf Migrant Resource Centre
"""
    t = leaf("text/plain", text, "us-ascii", "7bit")
    pdf = make_pdf(["Priya Menon - Curriculum Vitae", "Director, Gulf Migrant Resource Centre, Dubai",
                    "Education: MA Development Studies", "Experience: GFMD civil society days rapporteur (2019)"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name)], disp="attachment; filename=%s" % name)
    body = multi("mixed", [t, att], "Apple-Mail=_4C2B9A11-7E3D-4F6A-9B8C-1D0E2F3A4B5C")
    rows = std_rows(when, "mail.dubai-mrc.example.org", "94.200.17.81", "4DZqA7Fc3kz1",
                    "Joseph D'Souza <joseph@dubai-mrc.example.org>", "Re: Rapporteur nomination",
                    rfcdate(tz(sent, 4)), "<2F3E4D5C-6B7A-8998-A0B1-C2D3E4F5A6B7@dubai-mrc.example.org>",
                    ret="joseph@dubai-mrc.example.org")
    rows += [("In-Reply-To", MID12), ("References", MID12),
             ("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    add(15, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        thread_of="h116-12.eml",
        notes="CV sent alone 'as requested' (follow-up to the rapporteur nomination h116-12): a PDF attachment that is "
              "not a voluntary report, and no new speaker; the CV's owner is named only in the file name."))


def m16():
    when = at("2021-02-09 11:00:37")
    sent = when - dt.timedelta(seconds=27)
    name = "Rapport volontaire PMM - Plateforme Migrants Oujda.docx"
    text = """Bonjour à toute l'équipe,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial préparé par la Plateforme Migrants Oujda (PMO), avec l'appui de trois associations de la région de l'Oriental.

Par la même occasion, on voudrait bien que notre présidente, Fatima-Zahra El Idrissi, prenne la parole à la première table ronde thématique. Je sais que c'est un peu après la date du 5 février, mais on n'avait pas encore validé en bureau, désolé.

Merci infiniment pour votre compréhension, et bon courage pour l'organisation !

Mohamed Amine Chraibi
Chargé de projets, PMO
Oujda
"""
    html = text2html(text)
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                                leaf("text/html", html_wrap(html, None, "iso-8859-1"), "iso-8859-1", "quoted-printable")],
                "_002_VI1PR0601MB2191C4F5E6D7A8B9C0D1E2F3A4B5VI1PR0601MB2191eurp_")
    docx = make_docx(["Plateforme Migrants Oujda (PMO)", "Rapport volontaire d'examen du Pacte mondial pour les migrations",
                      "Region de l'Oriental, Maroc - fevrier 2021", "1. Contexte", "2. Progres et defis", "3. Recommandations"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(docx)))
    body = multi("mixed", [alt, att], "_004_VI1PR0601MB2191C4F5E6D7A8B9C0D1E2F3A4B5VI1PR0601MB2191eurp_")
    rows = std_rows(when, "mail-ve1eur03on2099.outbound.protection.outlook.example.com", "40.107.5.99", "4DbF2vRk8Wz3",
                    "Mohamed Amine Chraibi <ma.chraibi@outlook.example.com>",
                    "Rapport volontaire PMO + demande d'intervention", rfcdate(tz(sent, 1)),
                    "<VI1PR0601MB2191C4F5E6D7A8B9C0D1E2F3A4B5@VI1PR0601MB2191.eurprd06.prod.outlook.example.com>",
                    ret="ma.chraibi@outlook.example.com")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")]
    add(16, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Fatima-Zahra El Idrissi", "présidente", "Plateforme Migrants Oujda (PMO)", ["roundtable"], 1)],
        report_attachments=[name],
        notes="both: report on time (9 Feb) but speaker request after 5 Feb, so on_time false; 'la première table ronde "
              "thématique' = roundtable 1; title 'notre présidente' before the name; ISO-8859-1 quoted-printable."))


def m17():
    when = at("2021-02-10 14:00:09")
    sent = when - dt.timedelta(seconds=21)
    name = "IRDC_GCM_Voluntary_Review_Iraq_Feb2021.pdf"
    text = """Dear Secretariat,

Apologies - I have just realised that I sent our report last week to the wrong address (gcmrr-arabstates@iom.org). Forwarding it below from my sent items. Could you please confirm it has reached you this time?

Many thanks,
Zainab

Zainab Al-Jubouri
Research Coordinator
Iraqi Returnees and Displacement Centre (IRDC), Erbil

________________________________
From: Zainab Al-Jubouri <z.aljubouri@irdc-iq.example.org>
Sent: Wednesday, February 3, 2021 11:42 AM
To: gcmrr-arabstates@iom.org <gcmrr-arabstates@iom.org>
Subject: GCM voluntary review report - IRDC Iraq

Dear colleagues,

Please find attached the voluntary GCM review report of the Iraqi Returnees and Displacement Centre (IRDC), covering return, reintegration and documentation of displaced persons in Ninewa and Kirkuk.

Best regards,
Zainab Al-Jubouri
"""
    html = html_wrap('<div style="font-family:Calibri,Arial,Helvetica,sans-serif; font-size:12pt">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                                leaf("text/html", html, "iso-8859-1", "quoted-printable")],
                "_000_AM6PR03MB5219D1E2F3A4B5C6D7E8F9A0B1C2AM6PR03MB5219eurp_")
    pdf = make_pdf(["Iraqi Returnees and Displacement Centre (IRDC)", "Voluntary GCM Review Report - Iraq",
                    "Return, reintegration and civil documentation, Ninewa and Kirkuk"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d;\r\n\tcreation-date="Wed, 03 Feb 2021 09:40:11 GMT"' % (name, len(pdf)))
    body = multi("mixed", [alt, att], "_004_AM6PR03MB5219D1E2F3A4B5C6D7E8F9A0B1C2AM6PR03MB5219eurp_")
    rows = std_rows(when, "mail-am6eur05on2058.outbound.protection.outlook.example.com", "40.107.22.58", "4DcL5pSx0Yz7",
                    "Zainab Al-Jubouri <z.aljubouri@irdc-iq.example.org>",
                    "FW: GCM voluntary review report - IRDC Iraq", rfcdate(tz(sent, 3)),
                    "<AM6PR03MB5219D1E2F3A4B5C6D7E8F9A0B1C2@AM6PR03MB5219.eurprd03.prod.outlook.example.com>",
                    ret="z.aljubouri@irdc-iq.example.org")
    rows += [("Thread-Topic", "GCM voluntary review report - IRDC Iraq"),
             ("Thread-Index", "AQHW+hKzq1Lr2mS0xEeTnLh7rAqIXKoJ0aGT"), ("X-MS-Has-Attach", "yes")]
    add(17, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="report forwarded from the sender's own sent items: 'FW:' subject, the quoted original was addressed to a "
              "wrong address (gcmrr-arabstates@iom.org) and dated 3 Feb; what counts is reception here on 10 Feb "
              "(on time); no earlier message in our mailbox, so thread_of null."))


def m18():
    when = at("2021-02-11 09:30:55")
    sent = when - dt.timedelta(seconds=40)
    name = "تقرير جمعية أيادي - الاتفاق العالمي للهجرة.pdf"
    text = """السلام عليكم،

صيفطنا ليكم التقرير ديال الجمعية على الاتفاق العالمي للهجرة، راه فالمرفق. خدمنا عليه مع الشباب ديال الجمعيات فطنجة وتطوان.
إلا كان شي خصاص ولا شي ملاحظة عيطو ليا ولا كتبو ليا.

بالتوفيق
سعيد العلمي
جمعية أيادي للتضامن مع المهاجرين – طنجة
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    pdf = make_pdf(["Association Ayadi - Solidarite avec les migrants, Tanger", "Rapport volontaire - Pacte mondial",
                    "Tanger - Tetouan, 2019-2020"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", b_word(name))],
               disp="attachment; filename=\"%s\"" % b_word(name))
    body = multi("mixed", [t, att], "------------0E4F1A2B3C4D5E6F7A8B9C0D")
    rows = std_rows(when, "smtp.menara.example.ma", "41.248.60.12", "4Dd1Zq7Gn2z4",
                    addr("سعيد العلمي", "s.alami@ayadi-tanger.example.ma"), hdr("تقرير الجمعية"),
                    rfcdate(tz(sent, 1)), "<4b8e2a17-3c5d-4f6e-9a0b-1c2d3e4f5a6b@ayadi-tanger.example.ma>",
                    ret="s.alami@ayadi-tanger.example.ma")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")]
    add(18, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Moroccan Darija (صيفطنا، ديال، راه، عيطو ليا) with no word 'voluntary' or 'report' in standard form except "
              "'التقرير'; Arabic PDF file name as an RFC 2047 encoded word inside quotes (non-standard but common)."))


def m19():
    when = at("2021-02-12 16:45:12")
    sent = when - dt.timedelta(seconds=33)
    n1 = "Rapport_collectif_EPMM_Liban_2021.pdf"
    n2 = "Annexe_1_tableau_des_engagements.xlsx.pdf"
    text = """Bonjour,

Comme convenu lors de la réunion du réseau, vous trouverez en pièces jointes notre contribution collective à l'examen régional du Pacte : le rapport lui-même et son annexe 1 (tableau des engagements par objectif). Le logo en signature n'est pas une pièce du rapport, désolée pour le doublon.

Le rapport est soumis au nom des 7 membres de l'Espace pour la Protection des Migrants et des Minorités (EPMM) au Liban.

Bien cordialement,
Rita Saadé
EPMM – Beyrouth / Jounieh
"""
    alt = gmail_alt(text, "000000000000a9b8c705bb0d1e2f")
    pdf1 = make_pdf(["Espace pour la Protection des Migrants et des Minorites (EPMM), Liban",
                     "Rapport collectif - Examen regional du Pacte mondial 2021", "7 organisations membres"])
    pdf2 = make_pdf(["Annexe 1 - Tableau des engagements par objectif du Pacte", "Objectifs 1 a 23"])
    a1 = leaf("application/pdf", pdf1, cte="base64", params=[("name", '"%s"' % n1)], disp='attachment; filename="%s"' % n1,
              extra=[("X-Attachment-Id", "f_kl1a2b3c0")])
    a2 = leaf("application/pdf", pdf2, cte="base64", params=[("name", '"%s"' % n2)], disp='attachment; filename="%s"' % n2,
              extra=[("X-Attachment-Id", "f_kl1a2b3c1")])
    logo = leaf("image/png", make_png(16, 8, (180, 30, 40)), cte="base64", params=[("name", '"logo_epmm.png"')],
                disp='inline; filename="logo_epmm.png"', extra=[("Content-ID", "<ii_kl1a2b3c2>")])
    body = multi("mixed", [alt, a1, a2, logo], "000000000000a9b8c805bb0d1e31")
    rows = std_rows(when, "mail-ej1-f66.google.example.com", "209.85.218.66", "4DdW1rK9Pc2z",
                    "Rita Saade <rita.saade.epmm@gmail.example.com>", "Contribution collective EPMM - examen régional",
                    rfcdate(tz(sent, 2)), "<CAR1nP4qS7uW0yB3dF6hK9mO2rT5vX8zA1cE4gI7jL0nP3qS@mail.gmail.example.com>",
                    ret="rita.saade.epmm@gmail.example.com")
    m = top(body, rows)
    m.replace_header("Subject", hdr("Contribution collective EPMM - examen régional", "utf-8", "Q"))
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[n1, n2],
        notes="collective report in two attachments (report + annex whose name ends '.xlsx.pdf'); an inline logo PNG "
              "must not be counted; the word 'volontaire' never appears ('contribution collective'); subject Q-encoded."))


def m20():
    when = at("2021-02-15 12:00:48")
    sent = when - dt.timedelta(seconds=29)
    name = "JMWF Voluntary GCM Report.docx"
    text = """Dear Sir/Madam,

On behalf of the Jordanian Migrant Workers Forum (JMWF) and its partners, I am pleased to submit our joint voluntary GCM review report (attached).

We also wish to propose two speakers:

| Name            | Position                  | Organisation                             | Session                 |
|-----------------|---------------------------|------------------------------------------|-------------------------|
| Eng. Tareq Odeh | Head of Outreach          | Jordanian Migrant Workers Forum (JMWF)   | Roundtable 2 or 4       |
| Bushra Nimer    | -                         | Tadamun Legal Aid Clinic, Irbid          | Plenary                 |

We understand the speaker deadline may have passed; please consider it if slots remain.

Sincerely,
Layla Haddadin
Executive Director, JMWF
"""
    rows_html = ("<table border=1 cellpadding=3><tr><th>Name</th><th>Position</th><th>Organisation</th><th>Session</th></tr>"
                 "<tr><td>Eng. Tareq Odeh</td><td>Head of Outreach</td><td>Jordanian Migrant Workers Forum (JMWF)</td><td>Roundtable 2 or 4</td></tr>"
                 "<tr><td>Bushra Nimer</td><td>-</td><td>Tadamun Legal Aid Clinic, Irbid</td><td>Plenary</td></tr></table>")
    parts = text.split("| Name")
    intro = parts[0]
    outro = text.split("Plenary                 |\n", 1)[1]
    html = html_wrap(text2html(intro) + rows_html + text2html(outro))
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "----=_Part_918273_1029384756.1613383218000")
    docx = make_docx(["Jordanian Migrant Workers Forum (JMWF)", "Joint Voluntary GCM Review Report, February 2021",
                      "Section 1: Labour migration governance", "Section 2: Access to justice"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)], disp='attachment; filename="%s"' % name)
    body = multi("mixed", [alt, att], "----=_Part_918272_564738291.1613383218000")
    rows = std_rows(when, "smtp.jmwf.example.org", "212.34.5.71", "4DgA8sNw5Lz0",
                    "Layla Haddadin <l.haddadin@jmwf.example.org>", "Joint voluntary report + speakers (JMWF)",
                    rfcdate(sent), "<1029384756.918274.1613383218000@webmail.jmwf.example.org>",
                    ret="l.haddadin@jmwf.example.org")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")]
    add(20, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Tareq Odeh", "Head of Outreach", "Jordanian Migrant Workers Forum (JMWF)", ["roundtable"], 2),
                  sp("Bushra Nimer", None, "Tadamun Legal Aid Clinic, Irbid", ["plenary"])],
        report_attachments=[name],
        notes="two speakers in a table (ASCII table in text/plain, HTML table in text/html, both base64); 'Eng.' honorific; "
              "'Roundtable 2 or 4' (first choice 2); '-' means no title; report on time but speaker part late, so "
              "on_time false; sender (Executive Director) is not a speaker."))


def m21():
    when = at("2021-02-16 23:57:30")
    sent = when - dt.timedelta(seconds=36)
    name = "Voluntary_Report_Kurdistan_Migrants_Rights_Org.pdf"
    text = """تحية طيبة

نرفق لكم التقرير الطوعي لمنظمة حقوق المهاجرين في إقليم كوردستان، مع الاعتذار عن التأخير بسبب انقطاع الإنترنت عدنا طول اليوم.

يرجى تأكيد الاستلام

آريان محمد
منظمة حقوق المهاجرين - السليمانية

Sent from Outlook for Android
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    pdf = make_pdf(["Kurdistan Migrants Rights Organisation - Sulaymaniyah", "Voluntary GCM Review Report 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name)], disp='attachment; filename="%s"' % name)
    body = multi("mixed", [t, att], "_002_AS8P189MB1234ABCDEF0123456789AS8P189MB1234EURP_")
    rows = std_rows(when, "mail-vi1eur04on2070.outbound.protection.outlook.example.com", "40.107.8.70", "4DgSx3Vh1Qz5",
                    addr("Aryan Mohammed", "aryan.m@outlook.example.com"), hdr("التقرير الطوعي"),
                    rfcdate(tz(sent, 3)), "<AS8P189MB1234ABCDEF0123456789@AS8P189MB1234.EURP189.PROD.OUTLOOK.example.com>",
                    ret="aryan.m@outlook.example.com")
    rows += [("X-Mailer", "Outlook for Android")]
    add(21, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:57:30 Beirut on Tue 16 Feb (on time) but Date is 'Wed, 17 Feb 2021 00:56:54 "
              "+0300' (Iraq) and the sender apologises for the delay; Iraqi colloquial touch (عدنا); English file name "
              "and 'Sent from Outlook for Android'."))


MID22 = "<e7c1a5b9-2d4f-4a8e-b6c0-9f1e3d5a7b2c@amdh-tn.example.org>"


def m22():
    when = at("2021-02-17 00:04:20")
    sent = when - dt.timedelta(seconds=24)
    name = "Rapport volontaire ATMD - PMM 2021.pdf"
    text = """Bonsoir,

Ci-joint le rapport volontaire de l'Association Tunisienne pour la Mobilité et le Développement (ATMD) dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Nous l'envoyons ce 16 février, avant minuit comme demandé.

Cordialement,
Sami Jaziri
Secrétaire général, ATMD
Tunis
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable")
    t.replace_header("Content-Type", "text/plain; charset=UTF-8; format=flowed")
    pdf = make_pdf(["Association Tunisienne pour la Mobilite et le Developpement (ATMD)",
                    "Rapport volontaire - Examen regional du PMM 2021", "Version du 16 fevrier 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment;\r\n filename="%s"' % name)
    body = multi("mixed", [t, att], "------------A1B2C3D4E5F60718293A4B5C")
    rows = std_rows(when, "mail.atmd-tn.example.org", "197.14.52.3", "4DgT4mCx6Hz8",
                    "Sami Jaziri <s.jaziri@atmd-tn.example.org>", "Rapport volontaire ATMD",
                    rfcdate(tz(sent, 1)), MID22, ret="s.jaziri@atmd-tn.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    add(22, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge: late by 4m21s (received 00:04:20 Beirut on Wed 17 Feb) while the Date header says "
              "'Tue, 16 Feb 2021 23:03:56 +0100' (Tunis) and the body claims 'avant minuit'; Thunderbird format=flowed."))


def m23():
    when = at("2021-02-17 09:00:03")
    ack = ack_id("0058")
    orig_headers = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                    "To: r.haddad@rdfl-leb.example.org\n"
                    "Subject: Your voluntary GCM review report [GCM-AR-0058]\n"
                    "Date: Wed, 17 Feb 2021 08:59:41 +0200\n"
                    "Message-ID: %s\n" % ack)
    t1 = leaf("text/plain", POSTFIX_NOTICE + """
<r.haddad@rdfl-leb.example.org>: host mx.rdfl-leb.example.org[185.84.238.9]
    said: 550 5.1.1 <r.haddad@rdfl-leb.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""", "us-ascii", "7bit")
    t1["Content-Description"] = "Notification"
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4DgmR0Yb2Tz1
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Wed, 17 Feb 2021 08:59:42 +0200 (EET)

Final-Recipient: rfc822; r.haddad@rdfl-leb.example.org
Original-Recipient: rfc822;r.haddad@rdfl-leb.example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.rdfl-leb.example.org
Diagnostic-Code: smtp; 550 5.1.1 <r.haddad@rdfl-leb.example.org>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for blk in dsn.strip("\n").split("\n\n"):
        ds.attach(Parser(policy=POL).parsestr(blk + "\n", headersonly=True))
    hd = leaf("text/rfc822-headers", orig_headers, "us-ascii", "7bit")
    hd.replace_header("Content-Type", "text/rfc822-headers")
    hd["Content-Description"] = "Undelivered Message Headers"
    body = multi("report", [t1, ds, hd], "4DgmR0Yb2Tz1.1613545203/mx1.iom.int", params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DgmS1Zc3Vz2; %s" % rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"), ("To", BOX),
            ("Subject", "Undelivered Mail Returned to Sender"), ("Date", rfcdate(when)),
            ("Message-ID", "<20210217070003.4DgmS1Zc3Vz2@mx1.iom.int>"), ("Auto-Submitted", "auto-replied")]
    add(23, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for one of our own acknowledgements (wrong recipient address); mentions a voluntary report "
              "and a reference code in the returned headers but must not be acknowledged."))


def m24():
    when = at("2021-02-18 10:15:31")
    sent = when - dt.timedelta(seconds=19)
    name = "Rapport volontaire ATMD - PMM 2021 (version corrigée).pdf"
    text = """Bonjour,

Suite à notre envoi de mardi soir, veuillez trouver ci-joint une version corrigée de notre rapport (quelques chiffres du chapitre 3 étaient erronés). Merci de bien vouloir remplacer la version précédente par celle-ci.

Cordialement,
Sami Jaziri
Secrétaire général, ATMD

Le 16/02/2021 à 23:03, Sami Jaziri a écrit :
> Bonsoir,
>
> Ci-joint le rapport volontaire de l'Association Tunisienne pour la 
> Mobilité et le Développement (ATMD) dans le cadre de l'examen régional 
> du Pacte mondial sur les migrations.
>
> Nous l'envoyons ce 16 février, avant minuit comme demandé.
"""
    t = leaf("text/plain", text, "UTF-8", "quoted-printable")
    t.replace_header("Content-Type", "text/plain; charset=UTF-8; format=flowed")
    pdf = make_pdf(["Association Tunisienne pour la Mobilite et le Developpement (ATMD)",
                    "Rapport volontaire - Examen regional du PMM 2021", "Version corrigee du 18 fevrier 2021"])
    att = leaf("application/pdf", pdf, cte="base64",
               disp="attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name)))
    att.replace_header("Content-Type", "application/pdf;\r\n " + ";\r\n ".join(rfc2231_cont("name", name)))
    body = multi("mixed", [t, att], "------------F0E1D2C3B4A5968778695A4B")
    rows = std_rows(when, "mail.atmd-tn.example.org", "197.14.52.3", "4Dh3Kp8Wn0z2",
                    "Sami Jaziri <s.jaziri@atmd-tn.example.org>", "Re: Rapport volontaire ATMD",
                    rfcdate(tz(sent, 1)), "<0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f@atmd-tn.example.org>",
                    ret="s.jaziri@atmd-tn.example.org")
    rows += [("In-Reply-To", MID22), ("References", MID22),
             ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    add(24, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        thread_of="h116-22.eml",
        notes="corrected version replacing h116-22 (thread_of set, In-Reply-To to the sender's own earlier message, "
              "not to an ack); late (18 Feb); accented file name in RFC 2231 continuations; Thunderbird '>' quoting."))


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
