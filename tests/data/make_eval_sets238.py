#!/usr/bin/env python3
"""Write the blind evaluation set holdout238 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets238.py
Theme: media, journalism and the arts (25 January - 18 February 2021).  A podcast made by Ethiopian domestic
workers in Beirut, a union of freelance journalists of the Maghreb, a community radio in Ramtha and a local radio in
Zuwara, a media-monitoring NGO in Amman whose 'report' is a study of hate speech against migrants, a theatre troupe
of young refugees in Rabat and an interactive-theatre troupe in Cairo, an Iraqi network of migration journalists
(and its coordinator's out-of-office from the field), a Sudanese and Egyptian filmmakers' collective, a documentary
photographers' group in Tripoli, Sudanese journalists in exile in Cairo, a freelance press cartoonist in Oran, a
Yemeni women journalists' forum, a migrant writers' collective in Amman, a network of Tunisian associative radios,
a regional press association in Oujda, a reporting fellowship in Doha and a comics collective in Beirut.  Creative
titles ('Host & Producer', 'Director / Co-founder', 'Metteur en scène et directeur artistique', 'مقدمة ومعدة
برنامج', 'مخرج ومدرب تمثيل'), links to episodes, portfolios, showreels and videos, a journalist's accreditation
request written like a speaker form, a French bounce from a Moroccan provider, a thank-you and a question answering
our acknowledgements, a follow-up adding a speaker, and three late submissions.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr, html_only,
                     leaf, make_docx, make_pdf, make_png, mk, multi, received, rep_pdf, rfcdate, sent_at, sp, top,
                     tz)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(238)
add = SET.add
H = "h238-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
TB_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO = "WebService/1.1.17648 YMailNodin"
ZIMBRA = "Zimbra 8.8.15_GA_3980 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3980)"


def android_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div%s>%s</div></body></html>\n' % (d, inner))


def apple_html(text):
    paras = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body>'
            '</html>\n' % paras)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp7d21c3b0yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def tb_plain(text):
    """Thunderbird: a lone text/plain part, format=flowed, 8bit."""
    return leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])


def ooo_rows(when, host, ip, qid, sender, mid, subject, orig_id, ack, delay, extra):
    """An auto-reply answering our acknowledgement: null Return-Path, In-Reply-To/References to it."""
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int")]
    rows += [("Received", received(when, host, ip, qid))] + list(extra)
    rows += [("From", sender), ("To", "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"),
             ("Subject", subject), ("Date", rfcdate(sent_at(when, *delay))), ("Message-ID", mid),
             ("In-Reply-To", ack), ("References", orig_id + " " + ack)]
    return rows


# ================================================================ 01  EN  speaker  Tizita podcast (Beirut): self-nomination, details only in the signature, episode links
M01_ID = "<CAOq7XbT2mWk9vR4+n1Hs8Lc3pY6dZ0fJe5@mail.gmail.example.com>"
M01_SUBJ = "Speaking at the GCM regional review - Tizita Podcast"
M01_QID = "4DPZ1k6HvQz3"


def m01():
    when = at("2021-01-25 10:12:33")
    text = """Hi there,

I got your invitation from a friend who volunteers with an NGO in Badaro, I hope it's still ok to write to you.

My name is Meron and I run Tizita, a podcast in Amharic and English made by and for Ethiopian domestic workers in Lebanon. We started it in my room in Dora in 2019 with one phone and a borrowed mic, now we have 46 episodes and around 9,000 listeners, most of them women working in houses in Lebanon and in the Gulf.

I would really like to take part in the open discussion on 23 February, to bring what the women tell us on the show: passports kept by the employers, the kafala, girls left in front of the embassy after the crisis and the explosion last August.

Some episodes if you want to listen:
- Ep. 31 "Who keeps your passport?" with lawyer Rana Khoury: https://anchor.example.fm/tizita/episodes/ep-31
- Ep. 38 "After August 4th" with Selamawit and Hiwot: https://anchor.example.fm/tizita/episodes/ep-38
- video versions on YouTube: https://www.youtube.example.com/c/TizitaPodcast

Thank you!

Meron Tesfaye Gebre
Host & Producer | Tizita Podcast
ትዝታ - stories of Ethiopian women in Lebanon
IG: @tizita.podcast
"""
    body = alt(text, "000000000000a41c7b05b9b2e6d4", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-wr1-f44.google.example.com", "192.0.2.44", M01_QID,
           "Meron Tesfaye <meron.tizita@gmail.example.com>", M01_SUBJ, M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Meron Tesfaye Gebre", "Host & Producer", "Tizita Podcast", ["open_discussion"])],
        notes="a self-nomination: the body gives only the first name ('My name is Meron'), the full name and the "
              "creative title are only in the signature ('Host & Producer | Tizita Podcast', with an Amharic "
              "line). The episode list names guests ('lawyer Rana Khoury', 'Selamawit and Hiwot') who are not "
              "speakers; 'Badaro' and 'Dora' are Beirut neighbourhoods. Gmail. Thanked in h238-16."))


# ================================================================ 02  FR  speaker  freelance journalists' union of the Maghreb: prose, a second job in the bio, two roles
def m02():
    when = at("2021-01-27 11:45:10")
    subj = "Demande d'intervention – Union des Journalistes Pigistes du Maghreb (UJPM)"
    text = """Madame, Monsieur,

L'Union des Journalistes Pigistes du Maghreb (UJPM), qui fédère depuis 2014 plus de 350 journalistes indépendants et correspondants en Tunisie, en Algérie, au Maroc et en Libye, a pris connaissance avec intérêt de la lettre d'invitation relative à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Nos membres couvrent au quotidien les départs depuis les côtes de Sfax, de Zarzis et d'Annaba, les naufrages et la situation des migrants subsahariens dans les villes du Maghreb. Beaucoup d'entre eux travaillent sans contrat ni protection sociale, et plusieurs ont été convoqués ou menacés à la suite de leurs reportages sur les migrations.

Nous souhaitons que notre vice-présidente chargée des libertés de la presse, Mme Sonia Ben Rejeb-Aloui, puisse intervenir en séance plénière et, si le programme le permet, lors de la table ronde thématique n° 3. Journaliste depuis 1998, Mme Ben Rejeb-Aloui est également rédactrice en chef adjointe de l'hebdomadaire « Al Mawja » et formatrice au traitement journalistique des migrations.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Karim Jaziri
Secrétaire général
Union des Journalistes Pigistes du Maghreb (UJPM)
14, rue d'Angleterre – 1000 Tunis
Tél. : +216 71 000 000 | Mob. : +216 98 000 000
"""
    a = alt(text, "_000_PR3P192MB0771A4C2E8D1F693_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 8), "mail-pr3fra01on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", "4DQsT05kWbz7", "Karim Jaziri <sg@ujpm-maghreb.example.org>", hdr(subj, enc="Q"),
           "<PR3P192MB0771A4C2E8D1F693@PR3P192MB0771.EURP192.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj, enc="Q"), "AdbzA4Kc1Tq7Wm2Ep9Rx5Yv3Nb8Lh6Gf==", lang="fr-FR"))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sonia Ben Rejeb-Aloui", "vice-présidente chargée des libertés de la presse",
           "Union des Journalistes Pigistes du Maghreb (UJPM)", ["plenary", "roundtable"], 3)],
        notes="union of freelance journalists; the speaker in prose after her union post ('notre vice-présidente "
              "chargée des libertés de la presse, Mme ...'): 'Mme' dropped, hyphenated surname; the next sentence "
              "gives a second job ('rédactrice en chef adjointe de l'hebdomadaire « Al Mawja »') which is not the "
              "capacity she is proposed in. Two roles: plenary and, 'si le programme le permet', roundtable 3. "
              "The sender (secretary-general) is not the speaker. Outlook, Date in UTC+1."))


# ================================================================ 03  AR  speaker  community radio in Ramtha: phone, Jordanian dialect, title with a programme name
def m03():
    when = at("2021-01-28 19:22:05")
    subj = "مشاركة اذاعة سنابل"
    text = """مرحبا
يعطيكم العافية

معكم اذاعة سنابل الرمثا المجتمعية، اذاعة صغيرة بتبث على 98.1 FM وعالنت من الرمثا، وبيشتغل فيها شباب اردنيين وسوريين مع بعض من 2015.

حابين نرشح زميلتنا للمشاركة بالطاولة المستديرة التانية بالمؤتمر:
الاسم: ريم خالد الزعبي
الصفة: مقدمة ومعدة برنامج "جيران عالحدود"
(البرنامج بيحكي عن حياة اللاجئين السوريين بالرمثا وعلاقتهم مع جيرانهم الاردنيين، كل الحلقات عصفحتنا عالفيسبوك)

ريم بتحكي عربي وانجليزي منيح.

شكرا الكم
فريق اذاعة سنابل
"""
    body = alt(text, "0000000000007e3fa205b9f81c62", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-yb1-f181.google.example.com", "192.0.2.181", "4DRMw38NcTz1",
           addr("Sanabel Radio", "sanabel.ramtha.fm@gmail.example.com"), hdr(subj),
           "<CAPx3vN8kQ2wT6mZ+r5Bj1Hc9sL4dY7gFe0@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم خالد الزعبي", "مقدمة ومعدة برنامج \"جيران عالحدود\"", "اذاعة سنابل الرمثا المجتمعية",
           ["roundtable"], 2)],
        notes="community radio near the Syrian border, Jordanian colloquial Arabic typed on a phone ('بتبث', "
              "'عالنت', 'حابين', 'منيح'), no hamza on 'اذاعة'; labelled lines; the creative title carries the "
              "programme's name in quotes (kept as written); 'الطاولة المستديرة التانية' (colloquial spelling of "
              "'الثانية') = 2; the frequency '98.1 FM' and '2015' are not data; signed by the team, no person; "
              "Latin-script From name of a shared account."))


# ================================================================ 04  EN  report  media-monitoring NGO in Amman: a monitoring study as the report, vague offer to present
M04_FILE = "ENI_Othering_in_the_Headlines_Monitoring_Study_2020.pdf"


def m04():
    when = at("2021-01-29 14:03:48")
    subj = "ENI monitoring study - contribution to the GCM Regional Review"
    text = """Dear colleagues,

Greetings from Amman.

Please find attached "Othering in the Headlines", the Ethical Newsroom Initiative's monitoring study of hate speech and stigmatising language about migrants and refugees in Arab online news media. Between March and November 2020 our team monitored 2,140 articles and 6,300 social media posts from 38 outlets in Jordan, Lebanon, Iraq, Egypt and Libya. The study looks at how COVID-19 coverage linked migrants to contagion, at the words used for migrant domestic workers, and at how rarely migrants themselves are quoted as sources.

We would like the study to be considered as ENI's voluntary contribution to the regional review of the Global Compact, in particular under Objective 17 (eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration).

Our team would also be glad to present the findings at the Conference if an opportunity arises.

With kind regards,

Dana Haddadin
Research and Monitoring Manager
Ethical Newsroom Initiative (ENI)
Jabal Al Weibdeh, Amman - Jordan
www.ethicalnewsroom.example.org
"""
    pdf = make_pdf(["Othering in the Headlines", "Hate speech and stigmatising language about migrants and refugees",
                    "in Arab online news media - a monitoring study (March - November 2020)",
                    "Ethical Newsroom Initiative (ENI), Amman, January 2021", "",
                    "1. Methodology: 2,140 articles, 6,300 posts, 38 outlets, 5 countries",
                    "2. COVID-19 and the 'contagion' frame", "3. Naming migrant domestic workers",
                    "4. Who speaks? Migrants as sources", "5. Recommendations (GCM Objective 17)"])
    cid = "image001.png@01D6F63A.2B8C41E0"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (200, 40, 60))], "_004_VI1PR08MB3390C7D1A2E4B685_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR08MB3390C7D1A2E4B685_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "_005_VI1PR08MB3390C7D1A2E4B685_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur04on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", "4DSB7y2QmLz5", "Dana Haddadin <d.haddadin@ethicalnewsroom.example.org>", subj,
           "<VI1PR08MB3390C7D1A2E4B685@VI1PR08MB3390.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbsR2Wq8Yt4Uv6Ix0Ok2Pl4As6Df8Gh==", has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="the report is a media-monitoring study of hate speech against migrants, never called a 'voluntary "
              "report' ('considered as ENI's voluntary contribution to the regional review'); the offer that "
              "'our team would also be glad to present the findings' names nobody and asks for no role, so no "
              "speaker; the signature logo (inline image001.png) is not part of the report. Outlook."))


# ================================================================ 05  FR  speaker  theatre troupe of young refugees in Rabat: two speakers in an HTML table, Cc an old address
M05_ID = "<b3e81f2a-6c4d-9a07-52e1-d8f0c4a7e915@troupesawasawa.example.ma>"
M05_SUBJ = "Candidature de la Troupe Sawa Sawa – prises de parole"
M05_QID = "4DTg2Lm7XsZ9"
M05_CC = "hamza.tazi@menara.example.ma"


def m05():
    when = at("2021-02-01 16:20:12")
    intro = """Bonjour,

La Troupe Sawa Sawa réunit depuis 2018 à Rabat une vingtaine de jeunes de 16 à 25 ans, réfugiés et migrants (Centrafrique, Soudan, Yémen, Côte d'Ivoire, Syrie) et jeunes Marocains du quartier de Takaddoum. Notre dernier spectacle, « Le Bateau de papier », a été joué quatorze fois en 2019-2020 dans des lycées et des maisons de jeunes de Rabat, Salé et Kénitra.

Nous souhaitons que deux membres de la troupe prennent la parole pendant l'examen régional :
"""
    rows = [("Nom", "Fonction dans la troupe", "Intervention souhaitée"),
            ("Hamza Tazi", "Metteur en scène et directeur artistique", "Plénière (24 ou 25 février)"),
            ("Grâce-Divine Mbaïkoua", "Comédienne, réfugiée centrafricaine",
             "Discussion ouverte de la consultation du 23 février")]
    outro = """Hamza est en copie de ce message.

Un extrait du spectacle : https://vimeo.example.com/482211907 (mot de passe : sawa2020)

Bien à vous,

Salma Ouazzani
Chargée de production
Troupe Sawa Sawa – Théâtre de jeunes réfugiés et migrants
Rabat, Maroc
"""
    plain = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro
    table = ('<table border="1" cellspacing="0" cellpadding="4">\n' +
             "\n".join("<tr>%s</tr>" % "".join(("<th>%s</th>" if k == 0 else "<td>%s</td>") % esc(c) for c in r)
                       for k, r in enumerate(rows)) + "\n</table>\n")
    html = ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n'
            '  <body>\n' + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in intro.strip().split("\n\n"))
            + table + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in outro.strip().split("\n\n"))
            + '  </body>\n</html>\n')
    body = multi("alternative", [leaf("text/plain", flowed(plain), "utf-8", "8bit", params=[("format", "flowed")]),
                                 leaf("text/html", html, "utf-8", "8bit")],
                 "------------A3D1F07C9B2E4856C1E0B7D4")
    m = mk(when, sent_at(when, 1, 6), "smtp.troupesawasawa.example.ma", "203.0.113.58", M05_QID,
           "Salma Ouazzani <production@troupesawasawa.example.ma>", hdr(M05_SUBJ, enc="Q"), M05_ID, body,
           cc="Hamza Tazi <%s>" % M05_CC, extra=[("User-Agent", TB), ("Content-Language", "fr")])
    aff = "Troupe Sawa Sawa – Théâtre de jeunes réfugiés et migrants"
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hamza Tazi", "Metteur en scène et directeur artistique", aff, ["plenary"]),
        sp("Grâce-Divine Mbaïkoua", "Comédienne", aff, ["open_discussion"])],
        notes="theatre troupe of young refugees; two speakers in an HTML table (Thunderbird, 8bit, the text/plain "
              "part has the rows tab-separated); the second 'Fonction' cell mixes her role in the troupe and her "
              "status ('Comédienne, réfugiée centrafricaine': only 'Comédienne' is a title); the affiliation is "
              "the troupe's full name from the signature; the Vimeo link and its password are not data. The "
              "sender (production officer) is not a speaker. Hamza's Cc address bounces our acknowledgement "
              "(h238-06); followed up by h238-19."))


# ================================================================ 06  FR  bounce  our acknowledgement of 05 to the Cc'd address, French notice from the remote provider
def m06():
    when = at("2021-02-01 16:24:05")
    text = """Ceci est le système de messagerie de l'hôte mta2.menara.example.ma.

Nous sommes au regret de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour toute assistance, veuillez écrire à postmaster.

Si vous le faites, merci de joindre ce rapport d'erreur. Vous pouvez
supprimer votre propre texte du message retourné.

                   Le système de messagerie

<%s>: boîte aux lettres pleine - quota du
    destinataire dépassé (mailbox full)
""" % M05_CC
    ack_subj = hdr("Accusé de réception - " + M05_SUBJ).encode()
    dsn = ("Reporting-MTA: dns; mta2.menara.example.ma\n"
           "X-Postfix-Queue-ID: 9C4B2E0115\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: x-unix; mailbox full - quota exceeded\n"
           % (rfcdate(tz(when - dt.timedelta(minutes=3, seconds=40), 1)), M05_CC, M05_CC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "Received: from mx1.iom.int (mx1.iom.int [192.0.2.10])\n\tby mta2.menara.example.ma (Postfix) with "
            "ESMTPS id 9C4B2E0115;\n\t%s\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Salma Ouazzani <production@troupesawasawa.example.ma>\n"
            "Cc: Hamza Tazi <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rfcdate(tz(when - dt.timedelta(minutes=3, seconds=40), 1)), M05_CC, ack_subj,
                                  rfcdate(when - dt.timedelta(minutes=3, seconds=44)), ack_mid(M05_QID), M05_ID,
                                  M05_ID))
    body = dsn_report("", dsn, hdrs, "9C4B2E0115.1612192963/mta2.menara.example.ma")
    body.get_payload()[0] = leaf("text/plain", text, "utf-8", "quoted-printable",
                                 extra=[("Content-Description", "Notification")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", received(when, "mta2.menara.example.ma", "203.0.113.41", "4DTg6Qs2bKz4")),
            ("Date", rfcdate(tz(when - dt.timedelta(seconds=3), 1))),
            ("From", addr("Système de messagerie", "MAILER-DAEMON@mta2.menara.example.ma", enc="Q")),
            ("Subject", hdr("Message non distribué retourné à l'expéditeur", enc="Q")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210201152402.A7F3E0118@mta2.menara.example.ma>")]
    add(6, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="delivery status notification in French from the Moroccan provider's own server (mailbox full, "
              "5.2.2), returning the copy of our acknowledgement of h238-05 sent to the Cc'd director's old "
              "address; From names 'Système de messagerie', the subject is French and the returned headers carry "
              "the troupe's speaker subject. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 07  AR  speaker  Iraqi network of migration journalists: formal letter, rapporteur, Cc the speaker
M07_ID = "<DB9PR05MB7642F1A3C8E2D054@DB9PR05MB7642.eurprd05.prod.outlook.example.com>"
M07_SUBJ = "ترشيح مقررة – شبكة الصحفيين العراقيين لقضايا الهجرة والنزوح"
M07_QID = "4DTzK51WhRz8"


def m07():
    when = at("2021-02-02 10:05:17")
    text = """إلى / أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
م / ترشيح

تحية طيبة ..

تهديكم شبكة الصحفيين العراقيين لقضايا الهجرة والنزوح (IJMN) أطيب تحياتها، وتود أن تعلمكم برغبتها في المشاركة في أعمال الاستعراض الإقليمي. تضم الشبكة 74 صحفياً وصحفية من بغداد ونينوى والأنبار والبصرة وإقليم كوردستان، ينشرون تقارير عن النازحين والعائدين والعمال المهاجرين في العراق، وقد أصدرت الشبكة عام 2020 دليلاً مهنياً لتغطية قضايا الهجرة بعيداً عن خطاب الكراهية.

وعليه نرشح الزميلة الصحفية هند عباس الربيعي، منسقة وحدة رصد التغطية الإعلامية في الشبكة، لتكون مقررة تعرض الرسائل الرئيسية لأصحاب المصلحة، علماً أنها في نسخة هذه الرسالة.

مع فائق التقدير والاحترام

د. علي حسين الجبوري
رئيس الشبكة
شبكة الصحفيين العراقيين لقضايا الهجرة والنزوح
بغداد – الكرادة
"""
    a = alt(text, "_000_DB9PR05MB7642F1A3C8E2D054_", html=outlook_html(text, lang="AR-IQ", rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 8), "mail-db9eur05on0640.outbound.protection.outlook.example.com",
           "198.51.100.140", M07_QID, addr("د. علي الجبوري", "chair@ijmn.example.iq"), hdr(M07_SUBJ), M07_ID, a,
           cc=addr("هند عباس الربيعي", "h.alrubaie@ijmn.example.iq"),
           extra=outlook(hdr(M07_SUBJ), "AdcTb6Qm2Xr8Vn4Ky1Hs7Jc3Lp9Fw5Dz==", lang="ar-IQ"))
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هند عباس الربيعي", "منسقة وحدة رصد التغطية الإعلامية",
           "شبكة الصحفيين العراقيين لقضايا الهجرة والنزوح (IJMN)", ["rapporteur"])],
        notes="Iraqi administrative letter ('إلى /', 'م / ترشيح'); the speaker in prose after 'الزميلة الصحفية' (a "
              "form of address and her profession, dropped); 'في الشبكة' gives the affiliation by reference to "
              "the network named with its Latin acronym in the first paragraph; 'مقررة تعرض الرسائل الرئيسية' = "
              "rapporteur. The signer ('د.', chair) is not the speaker; the speaker is in Cc and her "
              "out-of-office answers our acknowledgement (h238-08). Outlook, base64, Date in UTC+3."))


# ================================================================ 08  AR  auto_reply  the Cc'd speaker's Exchange out-of-office from a field assignment
def m08():
    when = at("2021-02-02 10:06:31")
    ack = ack_mid(M07_QID)
    text = """شكراً لرسالتكم.
أنا حالياً في مهمة تغطية ميدانية في سنجار ومخيمات دهوك حتى يوم الثلاثاء 9 شباط 2021، والاتصال بالإنترنت محدود جداً.
للأمور العاجلة يرجى التواصل مع الزميل مصطفى كريم: m.kareem@ijmn.example.iq

Thank you for your email. I am on a field assignment until Tuesday 9 February with very limited access to email.

هند عباس الربيعي
منسقة وحدة رصد التغطية الإعلامية | IJMN
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = hdr("رد تلقائي: إشعار استلام - " + M07_SUBJ)
    rows = ooo_rows(when, "mail-db9eur05on0641.outbound.protection.outlook.example.com", "198.51.100.141",
                    "4DTzM02XjSz6", addr("هند عباس الربيعي", "h.alrubaie@ijmn.example.iq"),
                    "<DB9PR05MB76420B8E4C1A7F29@DB9PR05MB7642.eurprd05.prod.outlook.example.com>", subj, M07_ID, ack,
                    (3, 2), extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    rows += [("Content-Language", "ar-IQ"), ("X-MS-Exchange-Inbox-Rules-Loop", "h.alrubaie@ijmn.example.iq")]
    add(8, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic Exchange out-of-office ('رد تلقائي:') of the speaker proposed in h238-07 (she was in Cc), "
              "answering our acknowledgement a minute later: a field assignment, a return date, a colleague's "
              "name and address, an English line, and her name and title like a nomination. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 09  EN  speaker  Sudanese and Egyptian filmmakers' collective: labelled lines, portfolio and showreel
M09_ID = "<6F2D1B9A-3E7C-4A58-9C0E-B14D72A8F3E6@sidewalkcinema.example.org>"
M09_SUBJ = "Speaker nomination – Sidewalk Cinema Collective"
M09_TEXT = """Dear GCM Regional Review team,

I hope this email finds you well.

Sidewalk Cinema Collective (SCC) is a group of eleven Sudanese and Egyptian filmmakers based between Khartoum and Cairo. Since 2017 we have made short documentaries with and about people on the move: young Sudanese crossing the desert to Libya, Eritrean families waiting for resettlement in Faisal, and the sons of fishermen in Kafr El Sheikh who took the boats to Italy. Our film "Salt Road" (2020, 24 min) was screened at festivals in Tunis, Amsterdam and Durban.

We would like to nominate:

Name: Tasneem Abdelmoneim Elnour
Title: Director / Co-founder
Organization: Sidewalk Cinema Collective (SCC)
Session: Thematic roundtable 4 (floor intervention)
Portfolio: https://tasneemelnour.example.com
Showreel: https://vimeo.example.com/sidewalkcinema/reel2020

Tasneem directed "Salt Road" and is now editing a film about Sudanese women traders who travel between Khartoum and Cairo.

Warm regards,

Mohamed "Hamada" Fathy
Producer, Sidewalk Cinema Collective
+20 100 000 0000
"""


def m09():
    when = at("2021-02-03 12:30:44")
    body = alt(M09_TEXT, "Apple-Mail=_5C8E2A14-7B3F-4D90-A6E1-0F9B3D7C2A58", html=apple_html(M09_TEXT))
    m = mk(when, sent_at(when, 2, 5), "mail.sidewalkcinema.example.org", "203.0.113.91", "4DVK3b8PqWz2",
           "Mohamed Fathy <hamada@sidewalkcinema.example.org>", M09_SUBJ, M09_ID, body, extra=[("X-Mailer", APPLE)])
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tasneem Abdelmoneim Elnour", "Director / Co-founder", "Sidewalk Cinema Collective (SCC)",
           ["roundtable"], 4)],
        notes="filmmakers' collective; labelled lines with a slash title ('Director / Co-founder') followed by "
              "'Portfolio:' and 'Showreel:' URL lines; a film title in quotes and festival cities in the body; the "
              "sender signs with his nickname in quotes and is not the speaker. Apple Mail. A second speaker is "
              "added in the reply h238-13."))


# ================================================================ 10  FR  other  press accreditation request written like a form (iPhone)
def m10():
    when = at("2021-02-03 15:12:09")
    subj = "Demande d'accréditation presse – examen régional PMM"
    text = """Bonjour,

Journaliste reporter d'images, je prépare un reportage sur les routes migratoires entre le Maroc, l'Algérie et l'Espagne pour le magazine « Horizons Sud » de la chaîne Canal Méditerranée 24 (diffusion prévue en mars).

Je souhaiterais être accréditée pour couvrir la conférence des 24 et 25 février (séances plénières et, si c'est possible, une des tables rondes thématiques) et, à l'issue des sessions, interviewer deux ou trois intervenants de la société civile.

Voici les informations habituellement demandées pour l'accréditation :
Nom : Inès Laraki-Mouline
Fonction : journaliste reporter d'images (JRI)
Média : Canal Méditerranée 24 (CM24) – magazine « Horizons Sud »
Carte de presse n° 0000/2021
Tél. : +33 6 00 00 00 00

La conférence aura-t-elle lieu en ligne, en présentiel ou en format hybride ? Si elle est en ligne, serait-il possible d'enregistrer le flux vidéo ?

Merci d'avance,
Inès Laraki

Envoyé de mon iPhone
"""
    body = alt(text, "Apple-Mail-D41B7E02-9C3A-4F6E-8B15-2A7D0E9C6F43", html=apple_html(text))
    m = mk(when, sent_at(when, 1, 9), "mr85p00im-zteg06011601.me.example.com", "198.51.100.188", "4DVS5t1MkHz0",
           addr("Inès Laraki", "ines.laraki@icloud.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<2C9F6A31-B7E4-4D08-A5C2-81E3F0D9B74A@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(10, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a journalist asks for press accreditation, to film the plenaries and a roundtable and to interview "
              "speakers: no report and no speaking role, although her details come as labelled lines like a "
              "speaker form (Nom / Fonction / Média) and 'séances plénières', 'tables rondes' and the conference "
              "dates are there. A person's question: acknowledged. iPhone, Date in UTC+1."))


# ================================================================ 11  AR  both  documentary photographers in Tripoli: Arabic DOCX report + two photos + a speaker
M11_FILE = "تقرير مجموعة ظل - الهجرة بعدسة المصورين 2021.docx"
M11_IMG1 = "zill-expo-alrasif-01.png"
M11_IMG2 = "zill-expo-alrasif-02.png"


def m11():
    when = at("2021-02-04 10:40:20")
    subj = "التقرير الطوعي لمجموعة ظل للتصوير الوثائقي وترشيح متحدثة"
    text = """حضرة أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة وبعد،

مجموعة «ظلّ» للتصوير الوثائقي هي مجموعة من عشرة مصورين ومصورات من طرابلس وعكار، لبنانيين وسوريين وفلسطينيين، نوثّق منذ 2016 حياة العمال المهاجرين واللاجئين في شمال لبنان، ومحاولات الهجرة بالقوارب من شاطئ الميناء نحو قبرص التي تزايدت كثيراً خلال 2020.

نرفق لكم تقريرنا الطوعي حول تنفيذ الاتفاق العالمي من منظور المصورين الصحفيين، ومعه صورتان من معرضنا «على الرصيف» للاطلاع فقط.

كما نرشح الزميلة نور الهدى عيتاني، مصورة صحفية ومؤسِّسة المجموعة، لمداخلة في الجلسة العامة للمؤتمر. أعمال نور منشورة على: https://nourelhoudaitani.example.com

وتفضلوا بقبول فائق الاحترام،

أ. وسيم الشعار
منسق المجموعة
مجموعة ظلّ للتصوير الوثائقي – طرابلس، لبنان
"""
    doc = make_docx(["مجموعة ظلّ للتصوير الوثائقي", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة 2021",
                     "1. من نحن", "2. العمال المهاجرون واللاجئون في شمال لبنان بعدسة المصورين",
                     "3. قوارب الميناء نحو قبرص في 2020", "4. الصورة والكرامة: أخلاقيات تصوير المهاجرين",
                     "5. توصيات"])
    a = alt(text, "000000000000d9b24705ba8e1f33", html=gmail_html(text, rtl=True), b64=True)
    img1 = attach("image/png", make_png(64, 48, (90, 80, 70)), M11_IMG1)
    img2 = attach("image/png", make_png(64, 48, (40, 60, 90)), M11_IMG2)
    body = multi("mixed", [a, attach(DOCX, doc, M11_FILE), img1, img2], "000000000000d9b24905ba8e1f35")
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f47.google.example.com", "192.0.2.147", "4DW2pC6RtJz3",
           addr("Wassim Chaar", "zill.collective@gmail.example.com"), hdr(subj),
           "<CAM5kV2xR8nT1wQ+p7Lz3Hb6cY9dF4sJe2r@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نور الهدى عيتاني", "مصورة صحفية ومؤسِّسة المجموعة", "مجموعة «ظلّ» للتصوير الوثائقي", ["plenary"])],
        report_attachments=[M11_FILE],
        notes="both, on time (4 February); documentary photographers in Tripoli; Arabic DOCX name with spaces, a "
              "dash and a year (RFC 2231 + RFC 2047); the two PNG photos of the exhibition are sent 'للاطلاع فقط' "
              "and are not part of the report. The speaker in prose after 'الزميلة' (dropped), title as written "
              "('مصورة صحفية ومؤسِّسة المجموعة'), affiliation by reference to the group named in the first "
              "paragraph; portfolio URL; 'الجلسة العامة' = plenary. The signer ('أ.') is not the speaker."))


# ================================================================ 12  EN  speaker  Sudanese journalists in exile (Cairo): two speakers, names in two scripts, Yahoo
def m12():
    when = at("2021-02-04 13:55:02")
    subj = "Nomination of 2 speakers from SJEN"
    text = """Dear Sir / Madam,

Greeting from Cairo.

We are Sudanese Journalists in Exile Network (SJEN), we are around 60 journalists who left Sudan between 2011 and 2019 because of arrest and censorship, now living in Cairo, Kampala and Doha. Our members are working as correspondents, editors and some of them now in radio programs for the Sudanese community in Egypt.

We want to nominate two of our members for speak in the Regional Review:

1) Ustaz Elsadig Mohamed Elamin (الصادق محمد الأمين) - Deputy Coordinator of SJEN - we propose him as rapporteur to deliver the key messages.
2) Ms. Amna Elfatih Abdelgadir (آمنة الفاتح عبد القادر) - Head of the Women Journalists Committee (she is also presenter of "Nile Nights" on Radio Sudani Cairo) - thematic roundtable number 1.

Both of them they speak Arabic and English.

Best Regards
Hisham Babikir Osman
SJEN Coordinator
Cairo - Egypt
"""
    body = alt(text, "----=_Part_744310_1839207741.1612439697218", html=yahoo_html(text))
    m = mk(when, sent_at(when, 2, 5), "sonic310-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.210",
           "4DW8Fv3NqLz6", "Hisham Babikir <hisham.babikir@yahoo.example.com>", subj,
           "<1612439697218.744311@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    aff = "Sudanese Journalists in Exile Network (SJEN)"
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Elsadig Mohamed Elamin", "Deputy Coordinator", aff, ["rapporteur"]),
        sp("Amna Elfatih Abdelgadir", "Head of the Women Journalists Committee", aff, ["roundtable"], 1)],
        notes="English by a non-native writer ('for speak', 'Both of them they speak'); two speakers on numbered "
              "' - '-separated lines, each name followed by its Arabic form in brackets (the Latin form of the "
              "English message recorded); 'Ustaz' and 'Ms.' dropped; 'Deputy Coordinator of SJEN' recorded "
              "without 'of SJEN'; the bracketed radio programme of the second speaker is a second activity, not "
              "her title; affiliation from the first paragraph. Yahoo."))


# ================================================================ 13  EN  speaker  SCC adds a second speaker in a reply to its own 09 (Apple Mail)
def m13():
    when = at("2021-02-04 17:30:11")
    text = """Dear team,

Following my email below: our collective met yesterday evening and we would like to add a second name, if it is still possible.

Name: Ahmed Salah Eldin Kamal
Title: Cinematographer (DoP)
Organization: Sidewalk Cinema Collective (SCC)
Session: open discussion, 23 February

Ahmed shot "Salt Road" and most of our films since 2018.

Everything else stays as in my first email (Tasneem for roundtable 4).

Thanks a lot,
Hamada

On 3 Feb 2021, at 12:30, Mohamed Fathy <hamada@sidewalkcinema.example.org> wrote:

""" + gt(M09_TEXT) + "\n"
    body = alt(text, "Apple-Mail=_0B7E4C29-1D6A-4F83-95E2-C8A3F17D60B4", html=apple_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail.sidewalkcinema.example.org", "203.0.113.91", "4DWFd91LsXz4",
           "Mohamed Fathy <hamada@sidewalkcinema.example.org>", "Re: " + M09_SUBJ,
           "<9A0C3E7B-54D1-4F26-8E9B-7D2F61C4A0B3@sidewalkcinema.example.org>", body,
           extra=[("X-Mailer", APPLE), ("In-Reply-To", M09_ID), ("References", M09_ID)])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ahmed Salah Eldin Kamal", "Cinematographer (DoP)", "Sidewalk Cinema Collective (SCC)",
           ["open_discussion"])],
        thread_of=H % 9,
        notes="reply to the sender's own h238-09 (In-Reply-To) adding a second speaker, on time; only the new "
              "speaker is proposed here: 'Everything else stays' and the quoted original (Tasneem, roundtable 4) "
              "are not a new request. Title with the crew abbreviation in brackets kept as written."))


# ================================================================ 14  FR  speaker  freelance press cartoonist in Oran: self-nomination on a phone, no organisation
def m14():
    when = at("2021-02-05 21:40:37")
    subj = "intervention dessinateur de presse"
    text = """Bonsoir,

Je m'appelle Nassim Belkacemi, je suis dessinateur de presse indépendant à Oran. Depuis 2018 je dessine sur les harraga, les jeunes qui partent en barque vers l'Espagne, mes dessins sont publiés dans plusieurs journaux en ligne algériens et étrangers.

Je voudrais intervenir à la table ronde n°2 si c'est encore possible (je sais que c'est le dernier jour aujourd'hui).

Quelques dessins : https://www.instagram.example.com/nass.dessine

Merci et bonne soirée
Nassim

Envoyé de mon smartphone Samsung Galaxy.
"""
    body = alt(text, "--_com.samsung.android.email_1612557633412050", html=android_html(text))
    m = mk(when, sent_at(when, 1, 4), "mail-ej1-f65.google.example.com", "192.0.2.65", "4DWr2Hn7KcZ1",
           "Nassim Belkacemi <nass.dessine@gmail.example.com>", subj,
           "<wgrfk2e6o1d5s9v3n7c4x8b0.1612557633412@email.android.example.com>", body)
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nassim Belkacemi", "dessinateur de presse indépendant", None, ["roundtable"], 2)],
        notes="a freelance press cartoonist proposes himself from a phone (Samsung email), on the deadline evening "
              "(21:40 Beirut, 20:40 in Oran) and on time, although he fears it is late; no organisation "
              "('indépendant', 'plusieurs journaux en ligne'): affiliation null; 'à Oran' is the place; the "
              "Instagram link is a portfolio."))


# ================================================================ 15  AR  speaker  interactive-theatre troupe of young refugees in Cairo: 12 minutes before the deadline, HTML-only
def m15():
    when = at("2021-02-05 23:47:52")
    subj = "طلب مشاركة – فرقة حكايات الطريق"
    inner = """<div>مساء الخير،</div>
<div><br></div>
<div>أنا عمرو سعيد حمدان، مخرج فرقة «حكايات الطريق» المسرحية في القاهرة. الفرقة فيها 15 شاب وشابة من اللاجئين السودانيين والإريتريين والسوريين ومعاهم شباب مصريين، وبنعمل عروض مسرح تفاعلي في المدارس والمراكز المجتمعية في فيصل ومدينة نصر عن الرحلة والغربة والعنصرية اللي بيقابلوها في الشارع.</div>
<div><br></div>
<div>آسف إني بكتب متأخر قوي، لسه عارف النهارده إن آخر ميعاد الليلة 😅</div>
<div><br></div>
<div>حابب أشارك بنفسي في النقاش المفتوح يوم 23 فبراير، ولو ينفع كمان مداخلة في المائدة المستديرة الرابعة.</div>
<div><br></div>
<div>البيانات:</div>
<div>الاسم: عمرو سعيد حمدان</div>
<div>الصفة: مخرج ومدرب تمثيل</div>
<div>الجهة: فرقة حكايات الطريق للمسرح التفاعلي</div>
<div><br></div>
<div>فيديو من آخر عرض: <a href="https://youtu.example.be/Hk7s9aQ2mXw">https://youtu.example.be/Hk7s9aQ2mXw</a></div>
<div><br></div>
<div>شكراً جداً</div>
<div>عمرو</div>"""
    body = html_only(inner, rtl=True, b64=True, newlines=True)
    m = mk(when, sent_at(when, 2, 7), "sender4-op-o12.zoho.example.com", "203.0.113.212", "4DX0Rq5ZbMz8",
           addr("Amr Hamdan", "amr.hamdan@zohomail.example.com"), hdr(subj),
           "<177747d2a1e.c3f9b21e84022.6158320947716603241@zohomail.example.com>", body,
           extra=[("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عمرو سعيد حمدان", "مخرج ومدرب تمثيل", "فرقة حكايات الطريق للمسرح التفاعلي",
           ["open_discussion", "roundtable"], 4)],
        notes="Egyptian colloquial Arabic, HTML-only (Zoho webmail, base64), an emoji; received 23:47 on 5 February, "
              "12 minutes before the speaker deadline, so on time although the sender apologises for writing "
              "late. A self-nomination with two roles (open discussion, and 'لو ينفع كمان' roundtable 4, as an "
              "ordinal word); the labelled 'الجهة' line is the fullest form of the troupe's name (the first "
              "paragraph says 'فرقة «حكايات الطريق» المسرحية'); 'في القاهرة' is the place; video link."))


# ================================================================ 16  EN  other  thank-you from 01 to our acknowledgement (found in spam twelve days later)
def m16():
    when = at("2021-02-06 11:02:15")
    ack = ack_mid(M01_QID)
    quoted = """Dear Meron Tesfaye Gebre,

Thank you for your message "%s". The secretariat confirms receipt of your speaker request (1 speaker). The secretariat will contact you about the programme.

GCM Regional Review - Arab States""" % M01_SUBJ
    text = """Thank you so much!! sorry I just found your email in the spam folder 🙈
We are so happy, I told the girls and they already started to prepare what they want me to say 😊

Meron

On Mon, Jan 25, 2021 at 10:12 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000f2c6a805bab7d3e1", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f44.google.example.com", "192.0.2.44", "4DXJ8c2WpFz7",
           "Meron Tesfaye <meron.tizita@gmail.example.com>", "Re: Acknowledgement of receipt - " + M01_SUBJ,
           "<CAOq7XbV5nQ1wK8+m3Ts6Hd9pL2cY4rJf7a@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack)])
    add(16, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 1,
        notes="a thank-you answering, twelve days later, our acknowledgement of h238-01 (References name h238-01): "
              "adds nothing new, so no acknowledgement; 'what they want me to say' and the quoted 'speaker "
              "request (1 speaker)' are not a new request. Emoji, Gmail."))


# ================================================================ 17  AR  other  local radio in Zuwara: rebroadcast, interpretation, phone interviews (Thunderbird 8bit)
def m17():
    when = at("2021-02-08 12:14:40")
    subj = "استفسار من إذاعة مرافئ المحلية – زوارة"
    text = """السلام عليكم ورحمة الله،

نحن إذاعة مرافئ المحلية في زوارة (FM 101.7)، إذاعة مجتمعية تبث باللغتين العربية والأمازيغية، ونغطي منذ سنوات قضايا الهجرة عبر البحر من سواحل المدينة وما يتعرض له المهاجرون في مراكز الاحتجاز.

نود الاستفسار عن الآتي:
1- هل يمكن إعادة بث جلسات المؤتمر يومي 24 و25 فبراير مباشرة على إذاعتنا، أو الحصول على التسجيل الصوتي بعد انتهائها؟
2- هل ستكون هناك ترجمة فورية إلى العربية في الجلسات العامة والموائد المستديرة؟
3- هل يمكن إجراء مقابلات قصيرة عبر الهاتف مع بعض المتحدثين بعد الجلسات لبثها في برنامجنا الأسبوعي؟

مع الشكر والتقدير

م. طارق الفيتوري
مدير المحطة ومهندس البث
إذاعة مرافئ المحلية – زوارة، ليبيا
"""
    body = tb_plain(text)
    m = mk(when, sent_at(when, 2, 6), "mail.marafi-fm.example.ly", "203.0.113.77", "4DYm1Vr6TgZ2",
           addr("طارق الفيتوري", "station@marafi-fm.example.ly"), hdr(subj),
           "<a7c0e94f-21b8-3d5e-6f19-80c2d4b7e3a1@marafi-fm.example.ly>", body,
           extra=[("User-Agent", TB), ("Content-Language", "ar")])
    add(17, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a local radio's questions (live rebroadcast or recordings, Arabic interpretation, phone interviews "
              "with speakers): 'الجلسات العامة', 'الموائد المستديرة', 'المتحدثين' and the conference dates are "
              "there but nobody is proposed and nothing is submitted; the signer's 'م.' (engineer) and title are "
              "only his signature. Thunderbird, 8bit format=flowed, plain text only."))


# ================================================================ 18  AR  speaker  Yemeni women journalists' forum in Aden: late, trusts the Arabic letter's misprint
def m18():
    when = at("2021-02-09 09:48:20")
    subj = "طلب مشاركة منتدى الإعلاميات اليمنيات في المؤتمر الإقليمي"
    text = """الأخوة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة                  المحترمون
تحية طيبة وبعد،،

يسر منتدى الإعلاميات اليمنيات في عدن أن يتقدم إليكم بطلب المشاركة في المؤتمر الإقليمي، وذلك وفقاً لرسالة الدعوة التي حددت يوم الجمعة 23 فبراير 2021 آخر موعد لتقديم طلبات الكلمة.

يضم المنتدى أكثر من 120 صحفية ومذيعة ومصورة في عدن ولحج وأبين وتعز، وتعمل عضواته على تغطية أوضاع المهاجرين القادمين من القرن الأفريقي إلى سواحل لحج وشبوة، وأوضاع النازحات في المخيمات.

ونرشح للمداخلة في إحدى الجلسات العامة للمؤتمر الأستاذة/ أروى عبده سعيد الشرعبي، رئيسة المنتدى.

وتقبلوا خالص التحية والتقدير،،

سماح عبدالله باوزير
سكرتيرة المنتدى
منتدى الإعلاميات اليمنيات – عدن
"""
    body = alt(text, "0000000000005b71e305bae9c4a8", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-lj1-f172.google.example.com", "192.0.2.172", "4DZ3Tk9PwBz5",
           addr("سماح باوزير", "yemeni.womenjournalists.aden@gmail.example.com"), hdr(subj),
           "<CAF2mR9wK5vT8xN+q1Lb4Hc7pY0dZ3sGe6k@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("أروى عبده سعيد الشرعبي", "رئيسة المنتدى", "منتدى الإعلاميات اليمنيات", ["plenary"])],
        notes="late (9 February): the sender relies on the Arabic letter's misprinted 'الجمعة 23 فبراير 2021'; "
              "the English and French date (5 February) stands. Yemeni letter style ('الأخوة/', 'الأستاذة/' "
              "honorific dropped, '،،'); the speaker named after her role in the sentence; 'في عدن' / '– عدن' "
              "is the place, not part of the forum's name; 'إحدى الجلسات العامة' = plenary. The signer "
              "(secretary) is not the speaker. Gmail, base64, Date in UTC+3."))


# ================================================================ 19  FR  other  Sawa Sawa answers our acknowledgement of 05: a minor speaker, a video, Hamza's new address
def m19():
    when = at("2021-02-10 14:25:33")
    ack = ack_mid(M05_QID)
    quoted = """Madame, Monsieur,

Nous vous remercions de votre message « %s ». Le secrétariat accuse réception de votre demande de prise de parole (2 intervenant(e)s) et reviendra vers vous au sujet du programme.

Examen régional du Pacte mondial sur les migrations - États arabes""" % M05_SUBJ
    text = """Bonjour,

Merci pour votre accusé de réception.

Nous avons trois questions pratiques :

1. Grâce-Divine aura 17 ans le jour de la consultation. Faut-il une autorisation parentale ou un document particulier pour qu'une mineure prenne la parole ? Sa mère peut signer ce qu'il faut.
2. Pendant son intervention en plénière, Hamza pourrait-il montrer un extrait vidéo de 2 minutes du spectacle ?
3. L'adresse de Hamza que nous avions mise en copie ne fonctionne plus (boîte pleine). Merci d'utiliser désormais : hamza.tazi.theatre@gmail.example.com

Bien à vous,

Salma Ouazzani
Chargée de production – Troupe Sawa Sawa

Le 01/02/2021 à 15:20, GCM Regional Review Arab States a écrit :
""" + gt(quoted) + "\n"
    body = tb_plain(text)
    m = mk(when, sent_at(when, 1, 6), "smtp.troupesawasawa.example.ma", "203.0.113.58", "4DZcR47HnVz3",
           "Salma Ouazzani <production@troupesawasawa.example.ma>",
           hdr("Re: Accusé de réception - " + M05_SUBJ, enc="Q"),
           "<e4a97c13-0b5f-28d6-71ac-3f9e2b8d5c60@troupesawasawa.example.ma>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr"), ("In-Reply-To", ack),
                  ("References", M05_ID + " " + ack)])
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 5,
        notes="reply to our acknowledgement of h238-05 (References name h238-05) with questions (a speaker who is "
              "a minor, a video during the plenary) and a new address for the Cc'd director whose old one "
              "bounced (h238-06): acknowledged, unlike a plain thank-you; the speakers are named by first name "
              "only and nothing new is proposed. Thunderbird, 8bit format=flowed."))


# ================================================================ 20  EN  both  migrant writers' collective in Amman: DOCX report + speaker only in an attached form, speaker part late
M20_REP = "QMWC_Voluntary_Report_GCM_Regional_Review_2021.docx"
M20_FORM = "Speaker_Nomination_Form_QMWC.pdf"


def m20():
    when = at("2021-02-11 16:33:27")
    subj = "QMWC - voluntary report + speaker form"
    text = """Dear GCM Regional Review Secretariat,

Please find attached:
1. the voluntary report of the Qalam Migrant Writers' Collective (QMWC) on the implementation of the GCM, based on the stories and poems collected in our writing workshops with migrant domestic workers, refugees and migrant students in Amman and Irbid in 2019-2020;
2. the speaker nomination form for one of our members, who would like to take the floor at one of the thematic roundtables.

We apologise that the speaker form comes after the 5 February deadline; our board could only meet last week. We would be grateful if it can still be considered.

Best wishes,

Yousef Qawasmi
Programme Coordinator
Qalam Migrant Writers' Collective (QMWC)
Amman, Jordan
"""
    rep = make_docx(["Qalam Migrant Writers' Collective (QMWC)", "Voluntary report - GCM Regional Review 2021",
                     "1. Who we are: writing workshops in Amman and Irbid",
                     "2. What migrant writers tell us: work, papers, belonging",
                     "3. GCM Objectives 16 and 17: inclusion and public discourse", "4. Recommendations"])
    form = make_pdf(["GCM Regional Review 2021 - Speaker nomination form", "",
                     "Name: Dr. Rasha Nimer Sweis", "Position: Editor-in-chief, Qalam Quarterly",
                     "Organisation: Qalam Migrant Writers' Collective (QMWC)",
                     "Requested role: floor intervention - Thematic Roundtable 2",
                     "Languages: Arabic, English", "Email: r.sweis@qalam-collective.example.org"])
    a = alt(text, "0000000000008c2e4b05bb1a7f60", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, rep, M20_REP), attach("application/pdf", form, M20_FORM)],
                 "0000000000008c2e4d05bb1a7f62")
    m = mk(when, sent_at(when, 2, 7), "mail-ed1-f52.google.example.com", "192.0.2.52", "4F0Lz63BcWz9",
           "Yousef Qawasmi <qalam.writers.amman@gmail.example.com>", subj,
           "<CAB4pQ8xT2mW6vK+n9Rz1Hd5sL3cY7fJg0e@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Rasha Nimer Sweis", "Editor-in-chief, Qalam Quarterly", "Qalam Migrant Writers' Collective (QMWC)",
           ["roundtable"], 2)],
        report_attachments=[M20_REP],
        notes="both, received 11 February: the report is on time but the speaker part is late (the sender says "
              "so), so on_time false. The speaker's name, title and roundtable are only in the attached PDF form "
              "('Dr.' dropped; the title names the collective's magazine), which is a nomination form and not "
              "part of the report: only the DOCX is listed. Gmail."))


# ================================================================ 21  FR  report  network of Tunisian associative radios: the report pasted in the body (Zimbra)
def m21():
    when = at("2021-02-12 10:20:45")
    subj = "Rapport volontaire du RTRA – examen régional du Pacte mondial"
    text = """Madame, Monsieur,

Le Réseau Tunisien des Radios Associatives (RTRA) vous transmet ci-dessous son rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières. Nous avons préféré le coller dans le corps du message, plusieurs de nos stations ayant des difficultés à ouvrir les pièces jointes volumineuses.

RAPPORT VOLONTAIRE DU RTRA – FÉVRIER 2021

1. Présentation
Le RTRA regroupe onze radios associatives de Tunisie (Médenine, Zarzis, Kerkennah, Gafsa, Kasserine, Jendouba, etc.), qui diffusent en arabe tunisien et, pour deux d'entre elles, en amazigh. Ces radios touchent les régions de départ des jeunes qui tentent la traversée vers Lampedusa.

2. Constats
- Depuis 2019, neuf de nos radios ont produit des émissions régulières sur la migration irrégulière, souvent animées par des proches de disparus en mer.
- Les migrants subsahariens installés à Sfax et à Médenine sont très peu présents à l'antenne, faute de programmes dans leurs langues.
- Plusieurs animateurs ont reçu des menaces après avoir donné la parole à des familles de harraga.

3. Bonnes pratiques
- La radio associative de Zarzis a créé en 2020 une émission hebdomadaire animée par deux jeunes Ivoiriens et un pêcheur zarzissien.
- Une charte d'éthique commune sur le traitement des migrations a été adoptée par le réseau en octobre 2020.

4. Recommandations (objectifs 7, 8 et 17 du Pacte)
- Soutenir la production d'émissions en langues des communautés migrantes.
- Associer les radios de proximité aux campagnes d'information sur les risques de la traversée, sans discours de peur.
- Protéger les journalistes et animateurs qui couvrent les migrations.

Annexe disponible sur demande : grille d'écoute utilisée pour le suivi des émissions.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Pr Moncef Gharbi
Président du RTRA
Réseau Tunisien des Radios Associatives
Maison des associations, Médenine
"""
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                      for x in text.rstrip("\n").split("\n")) + "</div></body></html>\n")
    body = alt(text, "=_8d2c61f4-3a7e-4b90-b5c1-0e9f7a2d4c38", html=html)
    m = mk(when, sent_at(when, 1, 7), "zimbra.rtra.example.tn", "203.0.113.150", "4F0xW18HsKz2",
           "Moncef Gharbi <president@rtra.example.tn>", hdr(subj, enc="Q"),
           "<1248301756.904417.1613121640288.JavaMail.zimbra@rtra.example.tn>", body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "b3XqT9f1aK6cN2vR0mL8pW4sY7hE5d==")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="the report is pasted in the body (numbered sections, recommendations) and says why; no attachment, "
              "so report_attachments empty; the annex is only 'disponible sur demande'; the signer's 'Pr' and "
              "title are his signature, no speaker is proposed. Zimbra webmail, Date in UTC+1."))


# ================================================================ 22  AR  other  regional press association in Oujda: may a documentary film be the report?
def m22():
    when = at("2021-02-15 11:40:10")
    subj = "استفسار بخصوص شكل التقرير الطوعي"
    text = """السلام عليكم ورحمة الله تعالى وبركاته،

السادة أعضاء أمانة الاستعراض الإقليمي للميثاق العالمي للهجرة،

تحية طيبة، وبعد،

نحن الجمعية الجهوية للصحافة والإعلام بجهة الشرق (وجدة)، وقد أنجز عدد من أعضائنا خلال سنة 2020 فيلماً وثائقياً قصيراً (18 دقيقة) بعنوان «على الحدود» حول المهاجرين القادمين من دول جنوب الصحراء إلى وجدة وبني درار والناظور، وحول الشباب المغاربة الذين يغادرون من سواحل الناظور.

نود أن نستفسر: هل يمكن اعتبار هذا الفيلم بمثابة تقرير طوعي للجمعية، مرفقاً بملخص مكتوب من صفحتين؟ أم يجب تقديم تقرير مكتوب كامل؟ وإذا أمكن ذلك، هل يكفي إرسال رابط الفيلم أم يجب إرسال الملف نفسه؟

للاطلاع، الفيلم متاح على هذا الرابط الخاص: https://vimeo.example.com/496201733 (كلمة المرور: oujda2020)

نعلم أن آخر أجل هو يوم غد الثلاثاء، لذا نرجو منكم الرد في أقرب وقت.

وتقبلوا فائق التقدير والاحترام.

عبد الرحيم بنعلي
الكاتب العام للجمعية
الجمعية الجهوية للصحافة والإعلام بجهة الشرق
"""
    body = alt(text, "000000000000e1a9d405bb5c8f27", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 5), "mail-wr1-f41.google.example.com", "192.0.2.141", "4F2g9Nm4QxZ7",
           addr("Abderrahim Benali", "ajpm.oriental@gmail.example.com"), hdr(subj),
           "<CAL7nW3xQ9kT2vR+m6Hz8Bc1pY5dF0sJe4t@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Moroccan formal Arabic ('آخر أجل', 'الكاتب العام'), the day before the report deadline: the "
              "association asks whether a documentary film with a two-page summary can count as its voluntary "
              "report and whether a link is enough; the private film link is given 'للاطلاع' but nothing is "
              "submitted, so a question (other), not a report. Gmail, base64, Date in UTC+1."))


# ================================================================ 23  EN  report  reporting fellowship in Doha: Date header 17 February, on time in Beirut
M23_FILE = "GLRF_Voluntary_Review_Submission_16Feb2021.pdf"


def m23():
    when = at("2021-02-16 23:57:05")
    subj = "Voluntary review submission - Gulf Labour Reporting Fellowship (GLRF)"
    text = """Dear Secretariat,

Apologies for the late hour. Please find attached the voluntary review submission of the Gulf Labour Reporting Fellowship (GLRF), a programme that has trained 54 journalists from Qatar, Kuwait, Oman, Nepal, Kenya and the Philippines since 2017 to report on the lives of migrant workers in the Gulf.

The submission draws on the 31 investigations published by our fellows in 2019 and 2020 (wage theft, heat stress at outdoor work sites, workers stranded during COVID-19 lockdowns) and on a survey of 212 migrant workers about how they see themselves in local media.

We hope it reaches you in time.

Best regards,

Aisha Al-Mannai
Programme Director
Gulf Labour Reporting Fellowship (GLRF)
Doha, Qatar
"""
    pdf = rep_pdf("Voluntary review submission", "Gulf Labour Reporting Fellowship (GLRF), Doha",
                  ["54 fellows since 2017", "31 investigations, 2019-2020", "Survey of 212 migrant workers",
                   "Objectives 6, 7 and 17", "Recommendations to newsrooms and governments"])
    a = alt(text, "_000_AM0PR10MB2851D7E3B1A4C962_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "_004_AM0PR10MB2851D7E3B1A4C962_")
    m = mk(when, sent_at(when, 3, 8), "mail-am0eur10on0629.outbound.protection.outlook.example.com",
           "198.51.100.129", "4F3bX72KmDz1", "Aisha Al-Mannai <a.almannai@glrf.example.qa>", subj,
           "<AM0PR10MB2851D7E3B1A4C962@AM0PR10MB2851.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcEe3Rf5Tg7Yh9Uj1Ik3Ol5Pz7Xc9Vb==", lang="en-GB", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="on time by three minutes: received 16 February 23:57 Beirut time, while the Date header already "
              "says Wednesday 17 February 00:56 (+0300, Doha) and the sender apologises for the late hour. "
              "Outlook, PDF; 'since 2017', '2019 and 2020' are not submission dates."))


# ================================================================ 24  FR  report  comics collective in Beirut: late, forwarded chain, internal mail dated before the deadline
M24_FILE = "Rapport_Bulles_d'Exil_Pacte_mondial_version_finale_février_2021.pdf"


def m24():
    when = at("2021-02-18 09:15:30")
    subj = "TR: rapport final Bulles d'Exil"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du collectif Bulles d'Exil pour l'examen régional du Pacte mondial. Toutes mes excuses pour ce retard : Rania me l'avait envoyé mardi soir pour que je vous le transmette (voir son message ci-dessous), et je ne l'ai vu que ce matin.

Nous espérons qu'il pourra tout de même être pris en compte.

Bien cordialement,

Claire Abi Nader
Coordinatrice
Collectif Bulles d'Exil – bande dessinée et migrations
Mar Mikhaël, Beyrouth

________________________________
De : Rania Khalil <rania.khalil@bullesdexil.example.org>
Envoyé : mardi 16 février 2021 22:10
À : Claire Abi Nader <claire@bullesdexil.example.org>
Objet : rapport final

Coucou Claire,

Voilà la version finale du rapport (avec les planches de Joseph et Mulu en annexe). Tu peux l'envoyer à l'adresse de l'OIM ce soir ? La date limite c'est aujourd'hui minuit.

Merci !!
Rania
"""
    pdf = make_pdf(["Collectif Bulles d'Exil - bande dessinee et migrations", "Rapport volontaire - examen regional "
                    "du Pacte mondial (region arabe), fevrier 2021", "",
                    "1. Ateliers de bande dessinee avec des travailleuses domestiques migrantes a Beyrouth",
                    "2. Raconter la kafala en images", "3. Objectifs 6 et 17 du Pacte",
                    "4. Recommandations", "Annexe : planches (Joseph, Mulu)"])
    a = alt(text, "_000_VI1P190MB0682F3C9A1E7D540_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "_004_VI1P190MB0682F3C9A1E7D540_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur05on0633.outbound.protection.outlook.example.com",
           "198.51.100.133", "4F4Qk05VtHz6", "Claire Abi Nader <claire@bullesdexil.example.org>", subj,
           "<VI1P190MB0682F3C9A1E7D540@VI1P190MB0682.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcF4b2Nw8Zr6Xk0Tq3Ly5Hm7Pj9Sd1Ec==", lang="fr-FR", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late (18 February) and says so: an Outlook forward ('TR:') of an internal mail dated Tuesday 16 "
              "February 22:10 that asked the coordinator to send the report before midnight; the forwarded date is "
              "before the deadline but the mailbox only received it on the 18th. Comics collective in Beirut; PDF "
              "name with an apostrophe and an accented letter (RFC 2231 + RFC 2047); the artists named for the "
              "annexed plates are not speakers."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
