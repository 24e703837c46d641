#!/usr/bin/env python3
"""Write the blind evaluation set holdout244 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets244.py
Theme: the sea (21 January - 18 February 2021).  A Hamburg search-and-rescue NGO asking whether it is eligible and
whether its incident log can be a report, fishermen's associations in Zarzis, Kerkennah and Nouadhibou that rescue
migrants and bury the dead (the Kerkennah secretary's thank-you, the Nouadhibou secretary-general's Yahoo vacation
reply 'in the middle of a fishing trip'), a fishing cooperative at Ras al-Ara on Bab al-Mandab whose nominee is only
in an attached form, a seafarers' and dockers' union in Bahrain (Outlook table, 'Capt.' and 'Eng.'), a Kuwaiti
tanker crews' union writing late after forty days at sea, port chaplaincies in Port Said and Bizerte, a captain
asking to speak from his rescue ship's satellite mail in five lines (our acknowledgement bounces off the vessel's
allow-list) and his shore office replacing him the same afternoon with the Search and Rescue Coordinator, a Palermo
monitoring network's report built on its incident log with a CV attached beside it, a naval officer who asks to
speak in a purely personal capacity, a Zuwara volunteers' report typed into the body with a photo, an Aden
collective report, volunteers who supply abandoned crews off Sharjah (a late 'both'), a Nouadhibou NGO's report
with its cover letter (and the director's French out-of-office 'en mer'), a Zarzis photographers' exhibition
proposal, a Tripoli fishermen's group asking about mothers of the missing and video testimonies, and a divers'
association in Chebba sending its report two days late.  Ship names that look like organisations (Errahma,
MARSOUIN, Open Tide), ranks and maritime titles (Head of Mission, capitaine, ربان, Search and Rescue Coordinator,
Port Chaplain), Tunisian, Levantine, Hassaniya, Yemeni, Kuwaiti and Libyan touches.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid

SET = EvalSet(244)
add = SET.add
H = "h244-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
TB_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.9"
SKYFILE = "SkyFile Mail 9.4.2 (build 2241)"


def android_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div%s>%s</div></body></html>\n' % (d, inner))


def apple_html(text):
    inner = "".join('<div class="">%s</div>' % (esc(x) if x else "<br class=\"\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5e0c7a2byahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def ack_ar(name, kind):
    return """السيد/ة %s المحترم/ة،

تشكركم أمانة الاستعراض الإقليمي على رسالتكم، وتؤكد استلام %s. سيتم التواصل معكم بشأن برنامج الجلسات.

الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية""" % (name, kind)


# ================================================================ 01  EN  other  Hamburg SAR NGO: eligibility and 'is an incident log a report?'
def m01():
    when = at("2021-01-21 11:14:08")
    subj = "Question on eligibility - civil SAR organisation operating off Libya and Tunisia"
    text = """Dear colleagues,

I am writing on behalf of Levante Rescue e.V., a civil search and rescue organisation registered in Hamburg. Since 2018 our ship, the Open Tide, has carried out eleven rotations in the Central Mediterranean, mostly in the Libyan and Maltese search and rescue regions, and we keep a small shore team in Lampedusa.

A partner organisation in Tunis forwarded us the invitation to the Regional Review. Before we decide whether and how to take part, we have two questions:

1. Are organisations registered outside the Arab region, but whose work takes place off the coasts of Libya and Tunisia, eligible to submit a voluntary report and to request a speaking role?

2. What we could contribute is essentially our incident log since 2018 (for each case: position, time of first alert, number of people, which authorities were informed and how they responded, outcome), anonymised and with a short commentary. Would an annotated log of this kind be accepted as a voluntary GCM review report, or do you expect a narrative report structured along the GCM objectives?

If we are eligible, we would probably propose our Search and Rescue Coordinator or myself for one of the roundtables, but we would rather be sure first.

Many thanks in advance and kind regards,

Friederike Aalders
Head of Mission
Levante Rescue e.V.
Hamburg | Lampedusa
+49 40 0000 0000
"""
    body = alt(text, "00000000000071c3e805b965a2f1", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DLr7Q1vHbz3",
           "Friederike Aalders <f.aalders@levante-rescue.example.org>", subj,
           "<CAH4xT9kW2pR7mN+e3Lq8Vz1cB6dY5sKf0u@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions before any submission (eligibility of an NGO registered in Hamburg that works off Libya and "
              "Tunisia; whether an anonymised incident log can serve as the report). 'we would probably propose our "
              "Search and Rescue Coordinator or myself ... but we would rather be sure first' is conditional and names "
              "no speaker; 'Head of Mission' is the sender's signature title and 'the Open Tide' is the ship, not an "
              "organisation. Acknowledged (a person's question), no speakers, no report. Gmail (Workspace), Date in "
              "UTC+1."))


# ================================================================ 02  FR  speaker  Zarzis fishermen: the president, skipper of the trawler 'Errahma'
def m02():
    when = at("2021-01-25 19:42:31")
    subj = "Demande de participation AMPSZ Zarzis"
    text = """Bonsoir,

Je vous ecris de la part de l'Association des Marins-Pêcheurs Solidaires de Zarzis (AMPSZ). On a reçu votre invitation par un ami du Croissant-Rouge de Medenine.

Nos pecheurs sortent tous les jours et ils trouvent souvent des barques en difficulté ou des corps dans l'eau. Depuis 2017 nos membres ont secouru plus de 400 personnes et on a aidé la municipalité a enterrer plus de 80 personnes au cimetière.

On voudrait que notre président Chokri Belhaj Amor, patron du chalutier « Errahma », prenne la parole dans la 2eme table ronde. Il a ramené lui meme 62 personnes en septembre 2019 avec l'equipage de l'Errahma, et il peut parler de ce que vivent les pecheurs en mer.

Merci d'avance
Walid Snoussi
Secrétaire AMPSZ
+216 00 000 000
"""
    body = alt(text, "000000000000a5f12b05b9b8c4e6", html=android_html(text))
    m = mk(when, sent_at(when, 1, 9), "mail-wr1-f43.google.example.com", "192.0.2.43", "4DPb2K6mTqz1",
           "Walid Snoussi <walid.snoussi.ampsz@gmail.example.com>", subj,
           "<CAPq3mV8sT1xK6wN+z5Rb9Lc2eH7dY0fJ4g@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Chokri Belhaj Amor", "président", "Association des Marins-Pêcheurs Solidaires de Zarzis (AMPSZ)",
           ["roundtable"], 2)],
        notes="Zarzis fishermen's association, French typed on a phone (Gmail for Android) with missing accents "
              "('ecris', 'pecheurs', 'a enterrer', 'lui meme'). The speaker is in prose: 'notre président Chokri "
              "Belhaj Amor, patron du chalutier « Errahma »': the trawler's name in French quotes looks like an "
              "organisation but is his boat; title 'président' (of the association named in the first line, "
              "'patron du chalutier' describes his boat); '2eme table ronde' = 2. The sender (secretary) is not the "
              "speaker; the Red Crescent of Medenine is how the invitation reached them. Date in UTC+1."))


# ================================================================ 03  AR  both  Kerkennah seamen: report + incident-log annex, captain for plenary
M03_ID = "<CAMk8vR2pW5tN1xQ+h7Lz3Bc9dY6sFe0gT4@mail.gmail.example.com>"
M03_SUBJ = "التقرير الطوعي وطلب مداخلة - جمعية بحارة قرقنة للإنقاذ والتضامن"
M03_QID = "4DQ1c8HsVnz5"
M03_FILE1 = "التقرير الطوعي - جمعية بحارة قرقنة.pdf"
M03_FILE2 = "ملحق 1 - سجل الحوادث البحرية 2020.docx"


def m03():
    when = at("2021-01-27 10:05:47")
    text = """بسم الله الرحمن الرحيم

إلى السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية

الموضوع: التقرير الطوعي وطلب مداخلة

وبعد،

يسعد جمعية بحارة قرقنة للإنقاذ والتضامن أن توافيكم صحبته بتقريرها الطوعي حول تنفيذ الاتفاق العالمي، وقد أعددناه بإشراف الأستاذ منجي القلال، مع بحارة الجزيرة الذين يصادفون في البحر قوارب الحرقة المنطلقة من سواحل قرقنة وصفاقس. ونظراً لأن التقرير يعتمد على ما سجلناه في البحر، أرفقنا به سجل الحوادث البحرية لسنة 2020 كملحق أول لا يتجزأ من التقرير (تواريخ الخروج، المواقع، عدد الناجين، والجثث التي انتشلها البحارة وسلموها للحرس البحري).

كما نرجو أن تتاح للجمعية مداخلة في الجلسة العامة، ونقترح أن يتدخل باسمها الربان الحبيب الشرفي:

الاسم واللقب: الحبيب الشرفي
الصفة: ربان صيد ونائب رئيس الجمعية
نوع المداخلة: مداخلة في الجلسة العامة (24-25 فيفري)
الهاتف: +216 00 000 000

والسلام

نجيب العبيدي
الكاتب العام
جمعية بحارة قرقنة للإنقاذ والتضامن
الرملة - قرقنة
"""
    pdf = rep_pdf("Rapport volontaire / Voluntary GCM review (arabe)",
                  "Kerkennah seamen's association for rescue and solidarity",
                  ["Les barques de la harga au large de Kerkennah", "Ce que voient les marins en mer",
                   "Recuperation des corps et inhumation", "Objectifs 8 et 23 du Pacte", "Recommandations"])
    doc = make_docx(["ملحق 1 - سجل الحوادث البحرية لسنة 2020",
                     "التاريخ | الموقع | الناجون | الجثث | الجهة المبلغة",
                     "14 جانفي 2020 | شمال شرق سيدي يوسف | 17 | 0 | الحرس البحري",
                     "03 مارس 2020 | قرب منارة الشرقي | 0 | 4 | الحرس البحري",
                     "22 جوان 2020 | 12 ميل شرق العطايا | 31 | 2 | الحرس البحري والحماية المدنية",
                     "09 أكتوبر 2020 | جنوب الرملة | 9 | 0 | الحرس البحري"])
    a = alt(text, "000000000000e2b4a905b9d7f1c3", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M03_FILE1), attach(DOCX, doc, M03_FILE2)],
                 "000000000000e2b4ab05b9d7f1c5")
    m = mk(when, sent_at(when, 1, 8), "mail-wm1-f66.google.example.com", "192.0.2.66", M03_QID,
           addr("Néjib Abidi", "bahhara.kerkennah@gmail.example.com", enc="Q"), hdr(M03_SUBJ), M03_ID, body)
    add(3, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("الحبيب الشرفي", "ربان صيد ونائب رئيس الجمعية", "جمعية بحارة قرقنة للإنقاذ والتضامن", ["plenary"])],
        report_attachments=[M03_FILE1, M03_FILE2],
        notes="both, on time (27 January); Kerkennah seamen's association, formal Tunisian Arabic ('صحبته', 'فيفري', "
              "'الكاتب العام', 'الحرقة'). The report is two files: the PDF and a DOCX annex ('سجل الحوادث البحرية') "
              "that the letter calls 'ملحق أول لا يتجزأ من التقرير': both listed; Arabic file names with spaces and "
              "dashes (RFC 2231 + RFC 2047). Speaker introduced as 'الربان الحبيب الشرفي' then in labelled lines: "
              "the Tunisian label 'الاسم واللقب' means first name and surname (اللقب = family name, not a title); "
              "'الربان' before the name is dropped like a rank, the title is the 'الصفة' line kept whole. The dates "
              "inside the incident log are not submission dates; 'الأستاذ منجي القلال' supervised the report and is "
              "not a speaker; the sender (secretary general, Latin From name) is not the speaker."))


# ================================================================ 04  AR  other  Kerkennah thanks for our acknowledgement of 03
def m04():
    when = at("2021-01-28 09:31:12")
    ack = ack_mid(M03_QID)
    ack_text = ack_ar("نجيب العبيدي", "التقرير الطوعي (ملفان مرفقان) وطلب المشاركة (متحدث واحد)")
    text = """يعطيكم الصحة على الرد السريع، وصلنا الإشعار.
بالتوفيق للجميع وإن شاء الله نتلاقاو في الاستعراض.

نجيب

في الأربعاء، 27 يناير 2021 في 9:06 ص GCM Regional Review Arab States <gcmrrarabstates@iom.int> كتب:

""" + gt(ack_text) + "\n"
    body = alt(text, "0000000000003f9a7c05b9ebd2a1", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 5), "mail-wm1-f66.google.example.com", "192.0.2.66", "4DQh5R0xLmz2",
           addr("Néjib Abidi", "bahhara.kerkennah@gmail.example.com", enc="Q"),
           re_hdr("Re: ", "إشعار استلام - " + M03_SUBJ),
           "<CAMk8vR4xN2mW7tP+k1Lz5Bd3cY8sHf6gQ9@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack)])
    add(4, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="Gmail reply of the Kerkennah secretary to our acknowledgement of h244-03 (In-Reply-To our "
              "acknowledgement, References name h244-03): a Tunisian thank-you ('يعطيكم الصحة', 'نتلاقاو') that adds "
              "nothing new, so no acknowledgement. The quoted acknowledgement repeats 'التقرير الطوعي' and 'طلب "
              "المشاركة', which must not turn it into a submission."))


# ================================================================ 05  EN  speaker  Bahrain seafarers' and dockers' union: two speakers in an Outlook table
def m05():
    when = at("2021-01-29 13:20:55")
    subj = "BMCDU nominations - Regional Review of the GCM"
    intro = """Dear Sir/Madam,

Further to the invitation circulated by our federation, the Bahrain Maritime Crews and Dockers' Union (BMCDU) is pleased to nominate two of its members to take the floor at the Regional Review. BMCDU represents some 1,900 seafarers, tug and pilot-boat crews, stevedores and crane operators at Khalifa Bin Salman Port, Mina Salman and the Hidd ship-repair yards, more than two thirds of them migrant workers from India, the Philippines, Bangladesh and Pakistan.

Please find the details below:"""
    rows = [("Name", "Position", "Organisation", "Requested role"),
            ("Capt. Suresh Narayanan Pillai", "Chair, Crew Welfare Committee", "BMCDU",
             "Floor intervention - Thematic Roundtable 3"),
            ("Eng. Jameela Abdulla Al-Sitri", "Head of the Women Seafarers' Desk", "BMCDU",
             "Rapporteur (key messages)")]
    outro = """Capt. Pillai has sailed on tankers and offshore supply vessels in the Gulf for 26 years and led our crew-change campaign during the COVID-19 restrictions. Eng. Jameela is one of the first Bahraini women marine engineers and has been assisting seafarers kept on board far beyond the end of their contracts.

We remain at your disposal for any further information.

Kind regards,

Hussain Jaffar Marhoon
General Secretary
Bahrain Maritime Crews and Dockers' Union (BMCDU)
Hidd, Kingdom of Bahrain
Tel: +973 1700 0000 | Mob: +973 3900 0000"""
    text = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    cell = ('<td style="border:solid #8EAADB 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">%s'
            '<o:p></o:p></p></td>')
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">'
             + "".join("<tr>" + "".join(cell % (("<b>%s</b>" % esc(c)) if i == 0 else esc(c)) for c in r) + "</tr>"
                       for i, r in enumerate(rows)) + "</table>")
    html = outlook_html(intro + "\n\nTABLE\n\n" + outro, lang="EN-US").replace(
        '<p class="MsoNormal">TABLE<o:p></o:p></p>', table)
    body = alt(text, "_000_DB9PR04MB8156A1C7E3F0B925D4_", html=html)
    m = mk(when, sent_at(when, 3, 7), "mail-db9eur04on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", "4DRf1V9kQcz7", "Hussain Jaffar Marhoon <gs@bmcdu-bahrain.example.org>", subj,
           "<DB9PR04MB8156A1C7E3F0B925D4@DB9PR04MB8156.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbyF3kW8sQ1nP5tRm2Xc7Vb0Hj4Lg==", lang="en-US"))
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Suresh Narayanan Pillai", "Chair, Crew Welfare Committee", "Bahrain Maritime Crews and Dockers' Union (BMCDU)",
           ["roundtable"], 3),
        sp("Jameela Abdulla Al-Sitri", "Head of the Women Seafarers' Desk",
           "Bahrain Maritime Crews and Dockers' Union (BMCDU)", ["rapporteur"])],
        notes="seafarers' and dockers' union in Bahrain; two speakers in an Outlook HTML table (tab-separated in the "
              "text part). 'Capt.' and 'Eng.' in the name cells are honorifics (dropped), and the later 'Capt. "
              "Pillai' / 'Eng. Jameela' are the same two people; the 'Organisation' cells say only 'BMCDU', the full "
              "name with acronym is in the first paragraph and the signature. Port names and the nationalities of "
              "members are context. The sender (general secretary) is not a speaker. Date in UTC+3."))


# ================================================================ 06  FR  speaker  a captain writes from his rescue ship's satellite mail
M06_ID = "<20210201044816.5A2C@vsl-marsouin.skyfile.example.net>"
M06_SUBJ = "DEMANDE TEMPS DE PAROLE - TR1"
M06_QID = "4DTg0R3hWsz9"
M06_FROM = "marsouin.master@skyfile.example.net"
M06_TEXT = """Bonjour,
Message depuis le bord, connexion sat limitee, merci de ne pas joindre de fichiers.
Je demande a intervenir a la table ronde thematique 1 (24-25/02).
Details complets suivront par notre bureau de Marseille (en copie).

Yann LE GOFF
Capitaine, N/V MARSOUIN
Veille Humanitaire en Mediterranee (VHM)
Pos 33 48N 012 31E
"""


def m06():
    when = at("2021-02-01 06:48:16")
    body = leaf("text/plain", M06_TEXT, "us-ascii", "7bit")
    m = mk(when, sent_at(when, 0, 41), "mx2.skyfile.example.net", "203.0.113.219", M06_QID,
           "MARSOUIN MASTER <%s>" % M06_FROM, M06_SUBJ, M06_ID, body,
           cc="VHM Operations <operations@vhm-mer.example.org>", extra=[("X-Mailer", SKYFILE)])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Yann Le Goff", "Capitaine", "Veille Humanitaire en Mediterranee (VHM)", ["roundtable"], 1)],
        notes="sent from a rescue ship's satellite mail (SkyFile, 7bit us-ascii, no accents, all-capitals subject "
              "and From name 'MARSOUIN MASTER', Date 41 s before arrival in UTC+0 ship time): five lines and a "
              "signature. The captain asks for himself: name in the signature with the surname in capitals "
              "(recorded 'Yann Le Goff'); 'Capitaine, N/V MARSOUIN': title 'Capitaine', the vessel is not the "
              "organisation; the affiliation is the NGO line as written without accents; 'TR1' in the subject and "
              "'table ronde thematique 1' = 1; 'Pos 33 48N 012 31E' is the ship's position. Our acknowledgement "
              "bounces off the vessel's allow-list (h244-07) and the shore office replaces him the same day "
              "(h244-08)."))


# ================================================================ 07  EN  bounce  our acknowledgement of 06 refused by the vessel's allow-list
def m07():
    when = at("2021-02-01 06:49:02")
    diag = ("550 5.7.1 <%s>: Recipient address rejected: sender\n"
            "    <gcmrrarabstates@iom.int> not on vessel allow-list (in reply to RCPT TO\n"
            "    command)" % M06_FROM)
    text = POSTFIX_NOTICE + """
<%s>: host mx2.skyfile.example.net[203.0.113.219] said:
    %s
""" % (M06_FROM, diag.replace("\n    ", "\n    "))
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DTg0T5kXpz2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.7.1\n"
           "Remote-MTA: dns; mx2.skyfile.example.net\n"
           "Diagnostic-Code: smtp; %s\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), M06_FROM, M06_FROM, diag))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: MARSOUIN MASTER <%s>\n"
            "Cc: VHM Operations <operations@vhm-mer.example.org>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M06_FROM, hdr("Accusé de réception - " + M06_SUBJ, enc="Q").encode(),
                                  rfcdate(when - dt.timedelta(seconds=7)), ack_mid(M06_QID), M06_ID, M06_ID))
    body = dsn_report(text, dsn, hdrs, "4DTg0T5kXpz2.1612154942/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DTg0V7mYqz4; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210201044902.4DTg0V7mYqz4@mx1.iom.int>")]
    add(7, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.7.1: the ship's satellite mail service refuses our acknowledgement of h244-06 because "
              "the mailbox is not on the vessel's allow-list (ships accept mail only from listed senders); the copy "
              "to the shore office in Cc went through. The returned headers carry the French subject (RFC 2047) "
              "with 'DEMANDE TEMPS DE PAROLE' and h244-06 in In-Reply-To. Never acknowledge; thread_of null as for "
              "dev bounces."))


# ================================================================ 08  FR  speaker  the shore office replaces the captain of 06 (Outlook reply-all)
def m08():
    when = at("2021-02-01 16:22:40")
    subj = "RE: " + M06_SUBJ
    text = """Bonjour,

Je suis coordinatrice des opérations de VHM à Marseille et je fais suite au message envoyé ce matin depuis le Marsouin par notre commandant, Yann Le Goff.

Nous venons de recevoir le planning définitif des rotations : le Marsouin appareillera de Marseille le 19 février et sera en zone d'opérations pendant toute la durée de la Conférence, sans liaison suffisante pour une intervention en ligne. Le commandant ne pourra donc pas intervenir.

Nous vous proposons à sa place, pour la même table ronde thématique n° 1, notre coordinatrice recherche et sauvetage (Search and Rescue Coordinator), Mme Gwenaëlle Kervella. Elle a embarqué sur neuf rotations depuis 2019 et tient le journal des incidents de l'association, elle pourra donc parler de ce que vivent les rescapés comme les équipages.

Merci de ne pas tenir compte de la demande de ce matin. Inutile de répondre au navire : l'adresse satellite n'accepte que les expéditeurs autorisés.

Bien cordialement,

Claire Daunay-Mbarek
Coordinatrice des opérations
Veille Humanitaire en Méditerranée (VHM)
Quai de Rive-Neuve, 13007 Marseille
+33 4 00 00 00 00 | www.vhm-mer.example.org

De : MARSOUIN MASTER <%s>
Envoyé : lundi 1 février 2021 05:47
À : gcmrrarabstates@iom.int
Cc : VHM Operations <operations@vhm-mer.example.org>
Objet : %s

%s""" % (M06_FROM, M06_SUBJ, M06_TEXT)
    body = alt(text, "_000_PR1P264MB2318C7A0E5F94B16_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 8), "mail-pr1fra01on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", "4DTwH42sNkz6", "Claire Daunay-Mbarek <operations@vhm-mer.example.org>", subj,
           "<PR1P264MB2318C7A0E5F94B16@PR1P264MB2318.FRAP264.PROD.OUTLOOK.example.com>", body,
           cc="MARSOUIN MASTER <%s>" % M06_FROM,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID)]
           + outlook(M06_SUBJ, "AQHW+H2kR4nT6vX8zB1cD3fG5hJ7kL9mAAB2cQ==", lang="fr-FR"))
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Gwenaëlle Kervella", "coordinatrice recherche et sauvetage", "Veille Humanitaire en Méditerranée (VHM)",
           ["roundtable"], 1)],
        thread_of=H % 6,
        notes="Outlook reply-all of the NGO's shore office to the captain's satellite mail h244-06 (In-Reply-To, the "
              "original quoted under 'De : / Envoyé : / Objet :'): the captain is withdrawn ('ne pourra donc pas "
              "intervenir', 'ne pas tenir compte de la demande de ce matin') and replaced by the Search and Rescue "
              "Coordinator for 'la même table ronde thématique n° 1'. Only the new speaker is recorded; the quoted "
              "request must not bring the captain back. 'Mme' dropped; the English translation of the title in "
              "brackets is not part of it; the affiliation is now written with accents. The sender (operations "
              "coordinator) is not the speaker; the dates of the rotation (19 February) are not deadlines."))


# ================================================================ 09  AR  speaker  Nouadhibou fishermen: self-nomination, details only in the signature
M09_ID = "<1612260601532.902114@mail.yahoo.example.com>"
M09_QID = "4DVN8c1TqRz3"
M09_SUBJ = "طلب مداخلة من صيادي نواذيبو"


def m09():
    when = at("2021-02-02 12:10:05")
    text = """بسم الله الرحمن الرحيم
السلام عليكم ورحمة الله وبركاته

أكتب إليكم باسم جمعيتنا، وهي جمعية صغيرة من الصيادين التقليديين في نواذيبو. منذ أن كثرت الزوارق المتجهة إلى جزر الكناري في الخريف الماضي، صار أعضاؤنا يخرجون بزوارقهم كلما سمعوا بزورق معطل، ونرجع أحيانا بناس أحياء وأحيانا بجثث ندفنها في مقبرة المدينة مع البلدية والإمام.

عندنا كلام كثير نبغي نقولو عن هذا، والناس اللي في البحر ما يسمع لهم أحد. لذلك أرجو أن تتاح لي فرصة التدخل في إحدى الموائد المستديرة، وإن أمكن الثانية.

وشكرا لكم

محمد الأمين ولد السالك
الأمين العام
جمعية الصيادين المتطوعين للإنقاذ البحري بنواذيبو
Mohamed Lemine Ould Salek
Secrétaire général
+222 00 00 00 00
"""
    body = alt(text, "----=_Part_902113_1749920314.1612260601531", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 0, 5), "sonic309-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.209", M09_QID,
           "Mohamed Lemine Ould Salek <lemine.salek@yahoo.example.fr>", hdr(M09_SUBJ), M09_ID, body,
           extra=[("X-Mailer", YAHOO)])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد الأمين ولد السالك", "الأمين العام", "جمعية الصيادين المتطوعين للإنقاذ البحري بنواذيبو",
           ["roundtable"], 2)],
        notes="Nouadhibou fishermen's volunteer rescue association; the sender proposes himself ('أرجو أن تتاح لي "
              "فرصة التدخل'), and his name, title and association are only in the signature, which writes the name "
              "in Arabic and again in Latin script with a French title (one speaker, recorded in the Arabic of the "
              "message). 'في إحدى الموائد المستديرة، وإن أمكن الثانية' = roundtable 2. Hassaniya touches ('نبغي "
              "نقولو', 'اللي'); Yahoo, base64 parts, Date in UTC+0. His Yahoo vacation reply answers our "
              "acknowledgement (h244-10)."))


# ================================================================ 10  AR  auto_reply  the Nouadhibou secretary-general's Yahoo vacation reply: at sea
def m10():
    when = at("2021-02-02 12:11:19")
    ack = ack_mid(M09_QID)
    text = """السلام عليكم
شكرا على رسالتكم. أنا الآن في البحر في رحلة صيد وما عندي شبكة حتى يوم 10 فبراير إن شاء الله.
للأمور العاجلة اتصلوا بمقر الجمعية على الرقم +222 00 00 00 01
محمد الأمين ولد السالك
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "sonic309-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.209", "4DVN9d2UrSz5",
                    "Mohamed Lemine Ould Salek <lemine.salek@yahoo.example.fr>",
                    hdr("رد آلي: في البحر حتى 10 فبراير"), rfcdate(sent_at(when, 0, 3)),
                    "<1612260676204.902388@mail.yahoo.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
                    ret="lemine.salek@yahoo.example.fr")
    rows += [("In-Reply-To", ack), ("References", M09_ID + " " + ack), ("X-Mailer", YAHOO)]
    add(10, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Yahoo vacation reply (Auto-Submitted: auto-replied, X-Autoreply) of the sender of h244-09 answering "
              "our acknowledgement 74 seconds after his mail: 'أنا الآن في البحر في رحلة صيد'; its own subject, a "
              "return date that is not a deadline, a phone number and his full name like a signature. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 11  EN  speaker  Port Said seafarers' mission: the Port Chaplain, open discussion 'on the 23rd'
def m11():
    when = at("2021-02-02 17:45:33")
    subj = "Port Said Seafarers' Mission - request to join the open discussion"
    text = """Dear Secretariat,

Greetings from Port Said.

I am writing for the Port Said Seafarers' Mission (PSSM), the ecumenical chaplaincy that visits ships at anchor and in convoy in the Suez Canal. Since March 2020 we have been in contact with more than forty crews who could not be relieved or repatriated because of the pandemic, including four crews abandoned by their owners in Egyptian waters, some of them unpaid for more than a year.

We would be very grateful if our Port Chaplain, Rev. Fr. Emmanuel Tshibangu, could take part in the open discussion on the 23rd. Fr. Emmanuel has been climbing pilot ladders and gangways in Port Said and Suez for three years, and he can speak for seafarers who cannot leave their ships to speak for themselves.

Please let me know if you need anything else from us.

With thanks and every blessing,

Nevine Boulos
Volunteer Coordinator
Port Said Seafarers' Mission
Sultan Hussein St., Port Said, Egypt
"""
    body = alt(text, "Apple-Mail=_7C1B3E94-52A0-4F6D-9E18-A4C2D07B5F31", html=apple_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-ej1-f41.google.example.com", "192.0.2.41", "4DVZ3b7KwPz8",
           "Nevine Boulos <nevine.boulos.pssm@gmail.example.com>", subj,
           "<8A3F2C71-0B4E-4D95-A6C8-E17D5B2F9034@gmail.example.com>", body, extra=[("X-Mailer", APPLE)])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Emmanuel Tshibangu", "Port Chaplain", "Port Said Seafarers' Mission (PSSM)", ["open_discussion"])],
        notes="port chaplaincy in Port Said (Apple Mail on a Mac through Gmail, Date in UTC+2). The speaker has two "
              "stacked honorifics ('Rev. Fr.', dropped) and is then called 'Fr. Emmanuel' (the same person); "
              "'Port Chaplain' before the name is his title; 'the open discussion on the 23rd' = open_discussion. "
              "The acronym is only in the first paragraph, the signature gives the name without it. The sender "
              "(volunteer coordinator) is not the speaker; crews, owners and Egyptian waters are context."))


# ================================================================ 12  AR  other  Tripoli (Lebanon) fishermen: can a mother of the missing speak? a video instead of a report?
def m12():
    when = at("2021-02-03 11:02:48")
    subj = "استفسار من صيادي الميناء - طرابلس"
    text = """مرحبا،

نحنا تجمّع صيادي الميناء بطرابلس. بعد غرق المركب اللي طلع من شط الميناء بأيلول الماضي، في عيل لهلق ما عرفت شي عن ولادها، ونحنا كصيادين طلعنا بمراكبنا ندوّر عليهن أيام وليالي.

سمعنا بالاستعراض الإقليمي من جمعية صديقة، وعنا سؤالين قبل ما نبعت شي:

1- فينا نطلب إنو وحدة من الأمهات تحكي بالنقاش المفتوح؟ هي مش عضو بأي جمعية، بس نحنا منرافقها ومنساعدها.
2- ما عنا تقرير مكتوب بالمعنى الرسمي، بس عنا شهادات مسجّلة فيديو للصيادين وللأهالي. بتقبلوا فيديو بدل التقرير؟ وإذا إيه، كيف منبعتلكن ياه لأنو حجمه كبير؟

شكراً كتير ومنتظرين ردّكن.

أحمد الحاج
أمين سر تجمّع صيادي الميناء - طرابلس
Ahmad El Hajj - Rassemblement des pêcheurs du port de Tripoli
"""
    body = alt(text, "000000000000b7d4e205ba5c91f8", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f54.google.example.com", "192.0.2.54", "4DW4kP6xNbz0",
           addr("Ahmad El Hajj", "sayyadin.mina.tripoli@gmail.example.com"), hdr(subj),
           "<CAN5rV1wT8mK3xQ+p6Lz9Hc2dY4sBf7eJ0a@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Lebanese fishermen's group in Tripoli writing Levantine ('نحنا', 'لهلق', 'فينا', 'منبعتلكن ياه'): two "
              "questions before sending anything: whether a mother of the missing (unnamed, no organisation) may "
              "speak in the open discussion, and whether video testimonies can replace a written report. It names "
              "a role and a report but asks, proposes nobody and attaches nothing: 'other', acknowledged. "
              "Mixed-language signature (Arabic, then the name and the group in French)."))


# ================================================================ 13  EN  both  Palermo monitoring network: report built on its incident log + CV of the speaker
M13_FILE = "CFMN_Voluntary_GCM_Review_Report_2021.pdf"
M13_CV = "CV_Ines_Hadj_Slimane_2021.pdf"


def m13():
    when = at("2021-02-03 15:37:14")
    subj = "CFMN - Voluntary GCM review report and rapporteur nomination"
    text = """Dear colleagues,

On behalf of the Civil Fleet Monitoring Network (CFMN), I am pleased to submit our voluntary GCM review report, attached. It covers GCM Objectives 8 and 23 in the Central Mediterranean in 2019-2020. The core of the report is our consolidated incident log: 312 distress cases relayed by the network between January 2019 and December 2020, with the response of the coordination centres and the outcome of each case, including the 41 cases in which fishing boats from Zarzis, Sfax and Kerkennah were the first, and sometimes the only, responders.

We would also like to propose our Search and Rescue Coordinator, Dr. Ines Hadj Slimane, as one of the rapporteurs delivering the key messages of the stakeholders. Ines coordinated the drafting of the report and took part in the national consultations held in Tunis in January. Her CV is attached for your information.

Best regards,

Marco Bellandi
Head of Mission
Civil Fleet Monitoring Network (CFMN)
Via Francesco Crispi 120, 90133 Palermo, Italy
+39 091 000 0000
"""
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Civil Fleet Monitoring Network (CFMN)",
                  ["Method: the consolidated incident log 2019-2020", "312 distress cases: alerts and responses",
                   "Fishing boats as first responders", "GCM Objectives 8 and 23", "Recommendations"])
    cv = rep_pdf("Curriculum vitae - Ines Hadj Slimane", "Search and Rescue Coordinator, CFMN",
                 ["Education: MSc Maritime Safety, Genoa", "2017-2019 SAR operations officer",
                  "2019- Search and Rescue Coordinator, CFMN", "Languages: Arabic, French, Italian, English"])
    a = alt(text, "_000_AM0PR07MB4852F3B1D9C6E07A_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M13_FILE), attach("application/pdf", cv, M13_CV)],
                 "_004_AM0PR07MB4852F3B1D9C6E07A_")
    m = mk(when, sent_at(when, 1, 9), "mail-am0eur07on0633.outbound.protection.outlook.example.com",
           "198.51.100.133", "4DWBn57RcTz2", "Marco Bellandi <m.bellandi@cfmn-med.example.org>", subj,
           "<AM0PR07MB4852F3B1D9C6E07A@AM0PR07MB4852.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbKc5Tq9Wm2Xr4Ys6Zt8Av0Bu1Cw==", lang="en-GB", has_attach="yes"))
    add(13, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ines Hadj Slimane", "Search and Rescue Coordinator", "Civil Fleet Monitoring Network (CFMN)",
           ["rapporteur"])],
        report_attachments=[M13_FILE],
        notes="both, on time (3 February); Palermo-based monitoring network. Two PDFs: the report and the speaker's "
              "CV ('for your information'): only the report is listed. The report is built on an incident log (the "
              "case counts and years are not dates of submission). Speaker in prose ('our Search and Rescue "
              "Coordinator, Dr. Ines Hadj Slimane'): 'Dr.' dropped, title before the name, 'one of the rapporteurs "
              "delivering the key messages' = rapporteur. The sender signs 'Head of Mission' and is not the speaker. "
              "Outlook, Date in UTC+1."))


# ================================================================ 14  FR  other  Zarzis photographers propose an exhibition, no submission
def m14():
    when = at("2021-02-04 10:26:09")
    subj = "Proposition d'exposition photo - « Les noms de la mer »"
    text = """Madame, Monsieur,

Le collectif photographique Sel et Mémoire, basé à Zarzis, travaille depuis trois ans avec les pêcheurs et les fossoyeurs bénévoles de la ville sur les tombes des naufragés anonymes. De ce travail est née l'exposition « Les noms de la mer » : vingt-quatre photographies des pêcheurs, des familles venues chercher un proche et des tombes sans nom, accompagnées de textes du Pr Kamel Jerbi (Université de Gabès).

Nous aimerions savoir s'il serait possible de présenter cette exposition pendant la Conférence régionale, par exemple sous la forme d'une galerie virtuelle sur la page de la Conférence ou d'un diaporama de trois minutes projeté pendant une pause. Nous n'avons ni rapport à soumettre ni intervenant à proposer : il s'agit seulement de l'exposition.

Pourriez-vous nous indiquer à qui adresser cette proposition, et dans quel format ?

Avec nos remerciements,

Slim Ayari
Photographe, coordinateur du collectif Sel et Mémoire
Zarzis - Tunisie
"""
    body = alt(text, "=_8f3c1a7e52b90d46e1f7a2c83b5d9e04", html=android_html(text))
    m = mk(when, sent_at(when, 1, 4), "webmail.topnet.example.tn", "203.0.113.41", "4DWx6H9pLfz7",
           "Slim Ayari <slim.ayari@topnet.example.tn>", hdr(subj, enc="Q"),
           "<5e9b2a417c03d8f6e1b4c7a29d0f3e85@topnet.example.tn>", body,
           extra=[("User-Agent", ROUNDCUBE)])
    add(14, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a photographers' collective in Zarzis proposes showing an exhibition during the Conference (virtual "
              "gallery or slideshow) and asks whom to address: not a speaking request and not a report, which the "
              "sender says himself ('ni rapport à soumettre ni intervenant à proposer'). Names with titles ('Pr Kamel "
              "Jerbi (Université de Gabès)', the sender's 'Photographe, coordinateur') are not speakers. "
              "Roundcube, Date in UTC+1; the exhibition title in French quotes in the subject (RFC 2047 Q)."))


# ================================================================ 15  AR  speaker  Ras al-Ara fishing cooperative (Yemen): nominee only in the attached form
M15_FORM = "استمارة ترشيح متحدث - جمعية صيادي رأس العارة.docx"


def m15():
    when = at("2021-02-04 18:55:41")
    subj = "استمارة ترشيح - الجمعية التعاونية السمكية لصيادي رأس العارة"
    text = """الإخوة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية     المحترمون
تحية طيبة وبعد،،

نتشرف في الجمعية التعاونية السمكية لصيادي رأس العارة بمحافظة لحج بأن نرفق لكم استمارة ترشيح ممثل الجمعية للمشاركة بكلمة في الاستعراض الإقليمي، وقد تمت تعبئتها حسب النموذج المرسل مع الدعوة.

يعرف صيادو رأس العارة وباب المندب منذ سنوات طويلة وصول قوارب المهاجرين القادمين من القرن الأفريقي إلى سواحلنا، وكثيرا ما يكون صيادونا أول من يصل إليهم، وقد شاركوا مرات عديدة في انتشال الغرقى ودفنهم.

نرجو التكرم بتأكيد الاستلام.

وتقبلوا خالص التحية والتقدير،،

فؤاد أحمد ناصر
أمين سر الجمعية
"""
    form = make_docx(["الجمعية التعاونية السمكية لصيادي رأس العارة - محافظة لحج",
                      "استمارة ترشيح متحدث - الاستعراض الإقليمي للاتفاق العالمي للهجرة 2021",
                      "الاسم الكامل: أ. عبده سالم قاسم الصبيحي",
                      "الصفة / المنصب: رئيس مجلس الإدارة",
                      "الجهة: الجمعية التعاونية السمكية لصيادي رأس العارة",
                      "الدور المطلوب: ( ) النقاش المفتوح   ( ) مقرر   ( ) الجلسة العامة   (X) مائدة مستديرة رقم ( 4 )",
                      "الهاتف: +967 7 000 0000",
                      "التوقيع والختم: ............"])
    a = alt(text, "000000000000f1a8c305ba6e2d47", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, form, M15_FORM)], "000000000000f1a8c505ba6e2d49")
    m = mk(when, sent_at(when, 3, 6), "mail-lf1-f49.google.example.com", "192.0.2.149", "4DXQ2m8BvGz1",
           addr("فؤاد أحمد ناصر", "ras.alara.fishcoop@gmail.example.com"), hdr(subj),
           "<CAK2tW7pR9mN4xV+s1Lz6Hd3cY8eBf5gJ2q@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبده سالم قاسم الصبيحي", "رئيس مجلس الإدارة", "الجمعية التعاونية السمكية لصيادي رأس العارة",
           ["roundtable"], 4)],
        notes="Yemeni fishing cooperative on Bab al-Mandab, formal Yemeni letter style ('الإخوة/', 'المحترمون', "
              "'،،'); the body asks for a speaking role but names nobody: the nominee's name, title and role are only "
              "in the attached DOCX form (Arabic file name, RFC 2231), with 'أ.' before the name (dropped), tick "
              "boxes '(X) مائدة مستديرة رقم ( 4 )' and the governorate after the cooperative's name on the heading "
              "line. The form is not a report (report_attachments empty). The sender (secretary) is not the "
              "speaker. Date in UTC+3."))


# ================================================================ 16  EN  speaker  a naval officer asks to speak in a purely personal capacity, deadline evening
def m16():
    when = at("2021-02-05 21:47:36")
    subj = "Request to speak in the open discussion (personal capacity)"
    text = """Dear Sir or Madam,

My name is Ziad Abi Nader. I am an officer in the naval forces here in Lebanon, and over the past six years a large part of my work has been search and rescue off the north coast, including the nights after the boat from Tripoli went missing last September.

I am writing in a purely personal capacity. I am not authorised to speak on behalf of my service and I will not: what I would like to share is what I have seen at sea, as a sailor and as a father, and what the fishermen of Tripoli and the families have told me.

If it is still possible, I would like to take part in the open discussion on 23 February. Please list me only by my name, without rank or unit, in any programme or list of participants.

I apologise for writing so late in the evening. I only heard about the invitation tonight, through a friend who works with an association in Tripoli.

Regards,
Ziad Abi Nader
"""
    body = alt(text, "000000000000c83e1f05ba9d7b24", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-pj1-f45.google.example.com", "192.0.2.145", "4DYk8T3nWcz5",
           "Ziad Abi Nader <ziad.abinader83@gmail.example.com>", subj,
           "<CAF8wQ3xT6mR1vN+k9Lz4Bd7cY2sHe5gP0r@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ziad Abi Nader", None, None, ["open_discussion"])],
        notes="on time (21:47 on the speaker deadline day, Beirut). A naval officer asks to speak for himself, "
              "'in a purely personal capacity', and asks to be listed 'only by my name, without rank or unit': his "
              "service is background, not an affiliation (null), and no title is given for the programme (null). "
              "'the open discussion on 23 February' = open_discussion; 'last September' and the Tripoli boat are "
              "context. Gmail, Date in UTC+2."))


# ================================================================ 17  AR  speaker  Kuwaiti tanker crews' union, LATE, back after forty days at sea (iPhone)
def m17():
    when = at("2021-02-08 08:14:22")
    subj = "طلب كلمة - نقابة العاملين على ناقلات النفط الكويتية"
    text = """السلام عليكم ورحمة الله وبركاته

توني راجع من رحلة على الناقلة ٤٠ يوم وما شفت دعوتكم إلا البارحة. أدري إن موعد طلبات الكلمة خلص يوم ٥ فبراير، بس ياليت تقبلون طلبنا إذا في مجال.

أغلب البحارة على ناقلاتنا من الهند والفلبين وسريلانكا، وعندنا ملاحظات كثيرة عن تبديل الطواقم وتمديد العقود أيام كورونا.

نقابة العاملين على ناقلات النفط الكويتية تبي تشارك بكلمة في الجلسة العامة، ونرشح:
الربان/ فهد ناصر العازمي - ربان ناقلة ونائب رئيس النقابة

وشاكرين لكم
م. بدر سعود المطيري
أمين السر

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 12), "mr85p00im-hyfv06011401.me.example.com", "198.51.100.188", "4DZt1F6qMkz9",
           addr("بدر سعود المطيري", "badr.almutairi@icloud.example.com"), hdr(subj),
           "<3E7A1C92-5F04-4B8D-9A6E-D2C0B71F8E53@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فهد ناصر العازمي", "ربان ناقلة ونائب رئيس النقابة", "نقابة العاملين على ناقلات النفط الكويتية",
           ["plenary"])],
        notes="LATE (Monday 8 February) and says so: the secretary came back from forty days on a tanker ('توني "
              "راجع', 'ياليت تقبلون', 'تبي', Kuwaiti) and knows the deadline passed on '٥ فبراير' (Arabic-Indic "
              "digits, as is '٤٠ يوم'). The speaker's line starts with 'الربان/' (dropped like a rank), then ' - ' "
              "and a double title kept whole; the union is named in the sentence before. 'كلمة في الجلسة العامة' = "
              "plenary. The sender ('م.' = engineer, secretary) is not the speaker. iPhone, base64 plain text, "
              "Date in UTC+3."))


# ================================================================ 18  FR  other  Bizerte seamen's centre: online access, interpretation, audio from on board
def m18():
    when = at("2021-02-09 14:30:10")
    subj = "Questions pratiques - suivi de la Conférence par des marins"
    text = """Madame, Monsieur,

Le Foyer des Marins de Bizerte accueille les équipages des navires de commerce en escale à Bizerte et à Menzel Bourguiba : accès à internet, transport en ville, visites à bord et aide aux marins bloqués à bord depuis le début de la pandémie. Plusieurs marins philippins, ukrainiens et égyptiens que nous accompagnons ont entendu parler de l'examen régional et nous ont demandé s'ils pourraient suivre la discussion ouverte du 23 février.

Nous aurions donc trois questions pratiques :

1. Les sessions seront-elles accessibles en ligne au public, et si oui par quel lien ?
2. Une interprétation vers le français et vers l'anglais est-elle prévue ?
3. Un marin à bord d'un navire au mouillage, avec une connexion très faible, pourrait-il suivre les débats en audio seulement, par exemple par téléphone ?

Nous vous remercions par avance de votre réponse.

Sœur Anne-Solène Ferrandi
Directrice du Foyer des Marins de Bizerte
Aumônerie des gens de mer - Tunisie
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 7), "smtp.planet.example.tn", "203.0.113.88", "4F0b5N2kRwz4",
           "Foyer des Marins de Bizerte <foyer.marins.bizerte@planet.example.tn>", hdr(subj, enc="Q"),
           "<7b2e4c1a-9f30-6d85-a1e7-3c0b9d5f2a48@planet.example.tn>", body, extra=[("User-Agent", TB)])
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a seamen's centre in Bizerte (chaplaincy) asks three practical questions (online link, "
              "interpretation, audio-only access from a ship at anchor): seafarers who would like to 'suivre la "
              "discussion ouverte du 23 février' are unnamed followers, not speakers. Signed by 'Sœur' (a religious "
              "form of address) with a title; the organisation is the From name. Thunderbird, 8bit format=flowed."))


# ================================================================ 19  AR  report  Zuwara volunteer seamen: report in the body with an incident log, photo attached
M19_PHOTO = "مقبرة الغرباء - زوارة.png"


def m19():
    when = at("2021-02-10 10:40:57")
    subj = "التقرير الطوعي - مجموعة بحارة زوارة المتطوعين"
    text = """السلام عليكم،

نبوا نشاركو في الاستعراض، وهذا تقريرنا الطوعي كتبناه هنا في الرسالة لأن ما عندناش شي أحسن من كلام البحارة. مرفق صورة للمقبرة فقط.

التقرير الطوعي لمجموعة بحارة زوارة المتطوعين حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية

أولاً - من نحن
مجموعة من البحارة والصيادين والغواصين في زوارة، تأسست سنة 2015، نخرجوا بقواربنا للبحث عن القوارب المعطلة وانتشال الغرقى، ونتعاونوا مع الهلال الأحمر والبلدية في الدفن بمقبرة الغرباء.

ثانياً - سجل الحوادث لسنة 2020 (مختصر)
- 9 يناير 2020: انتشال 3 جثث قرب شاطئ سيدي علي، ودفنها يوم 11 يناير.
- 27 مارس 2020: مساعدة قارب معطل على بعد 6 أميال، إنقاذ 41 شخصاً وتسليمهم لخفر السواحل.
- 18 يونيو 2020: انتشال 7 جثث على الشاطئ الغربي بعد غرق قارب لم يُعرف مصدره.
- 2 نوفمبر 2020: إنقاذ 12 شخصاً وانتشال جثتين قرب أبو كماش.

ثالثاً - الصعوبات
غياب التنسيق مع الجهات الرسمية، نقص معدات الإنقاذ والوقود، صعوبة التعرف على هويات الجثث وإبلاغ العائلات، وامتلاء المقبرة.

رابعاً - التوصيات
إنشاء قاعدة بيانات للمفقودين بالتعاون مع العائلات، دعم فرق الإنقاذ المحلية بالمعدات، وتخصيص مقبرة لائقة مع تسجيل أماكن الدفن (الهدفان 8 و23 من الاتفاق العالمي).

د. سالم بن عيسى الزواري
طبيب متطوع ومنسق المجموعة
مجموعة بحارة زوارة المتطوعين
Zuwara Volunteer Seamen Group
"""
    a = alt(text, "00000000000094c2b705bb0a3f16", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("image/png", make_png(32, 20, (70, 110, 140)), M19_PHOTO)],
                 "00000000000094c2b905bb0a3f18")
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f71.google.example.com", "192.0.2.171", "4F1C7p3XmBz6",
           addr("Salem Zuwari", "bahhara.zuwara@gmail.example.com"), hdr(subj),
           "<CAJ7mR4wT1xN8kV+q3Lz5Bc9dY6sHf2eK8p@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[],
        notes="a Zuwara volunteers' group types its report into the body (title, four numbered sections, an "
              "incident log with 2020 dates that are not submission dates) after a Libyan-dialect opening ('نبوا "
              "نشاركو', 'ما عندناش'); the attached PNG (Arabic file name) is a photo of the cemetery, not the "
              "report, so report_attachments is empty. Signed 'د.' with a title and a bilingual (Arabic/English) "
              "signature, but no speaker is proposed. Gmail base64, Date in UTC+2."))


# ================================================================ 20  EN  report  Aden collective report, Thunderbird 8bit, en dash in the DOCX name
M20_FILE = "BMCM – Voluntary GCM Review Report (Feb 2021).docx"


def m20():
    when = at("2021-02-11 16:08:33")
    subj = "Collective voluntary report - Bab al-Mandab Crossings Monitor"
    text = """Dear GCM Regional Review team,

Please find attached the collective voluntary GCM review report of the Bab al-Mandab Crossings Monitor (BMCM), submitted on behalf of its five member organisations:

- Coastal Relief Foundation, Aden
- Dhubab Fishermen's Committee, Taiz governorate
- Mukalla Youth for Humanitarian Action, Hadramout
- Shabwa Coast Volunteers
- Lahj Women Fishers' Association

The report documents the arrivals of boats from Obock and the Somali coast on the shores of Lahj, Taiz and Shabwa in 2019-2020, the abuses reported by survivors, the role of local fishermen in rescues and burials, and the situation of migrants stranded in Aden since the closure of the route north. It ends with recommendations on GCM Objectives 8, 9 and 10.

We would appreciate a short confirmation that the file reached you; our connection in Aden is unreliable and large attachments sometimes fail.

Best regards,

Nabil Saleh Bin Shamlan
Coordinator, Bab al-Mandab Crossings Monitor (BMCM)
Crater, Aden - Yemen
"""
    doc = make_docx(["Bab al-Mandab Crossings Monitor (BMCM)",
                     "Collective voluntary GCM review report - February 2021",
                     "Member organisations: Aden, Taiz, Hadramout, Shabwa, Lahj",
                     "1. Boat arrivals on the Yemeni coast 2019-2020", "2. What survivors report",
                     "3. Fishermen as rescuers", "4. Migrants stranded in Aden", "5. Objectives 8, 9 and 10"])
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, doc, M20_FILE)], "------------8D1C3A7F0E2B95460A1D7C3E")
    m = mk(when, sent_at(when, 3, 10), "mail.yemen-net.example.ye", "203.0.113.147", "4F1v3H8cPsz2",
           "Nabil Bin Shamlan <nabil.binshamlan@yemen-net.example.ye>", subj,
           "<c41e7a2d-8b09-3f65-d2a1-7e0c4b9f6a31@yemen-net.example.ye>", body, extra=[("User-Agent", TB_LINUX)])
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="collective report of a five-member monitoring network on the Yemeni coast, sent by its coordinator "
              "from Aden (Thunderbird, 8bit format=flowed, Date in UTC+3). The DOCX name has an en dash, spaces and "
              "brackets (RFC 2231 + RFC 2047). The list of member organisations and place names is not a list of "
              "speakers; no speaker is proposed; 'a short confirmation' is the usual request for acknowledgement."))


# ================================================================ 21  EN  both  Sharjah abandoned-crews volunteers: report on time, speaker LATE
M21_FILE = "ACRI_Abandoned_Crews_Report_UAE_2021.pdf"


def m21():
    when = at("2021-02-12 12:19:44")
    subj = "Voluntary report + speaker request (Anchorage Crew Relief Initiative)"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Anchorage Crew Relief Initiative (ACRI). ACRI is a volunteer group that has been bringing food, water, diesel, phone credit and legal referrals to crews abandoned on ships at anchor off Sharjah, Ajman and Khor Fakkan since 2018. The report describes 23 abandoned vessels and 276 seafarers, most of them from India, Pakistan, Myanmar, Egypt and Sudan, some of whom have not been paid for up to 30 months.

We would also like to request a floor intervention in Thematic Roundtable 2 for our Crew Welfare Officer, Mr. Joel Mascarenhas, who visits the anchorage every week and has helped eleven crews get home. We understand that the deadline for speaking requests was 5 February and apologise for being late with this part; we would be grateful if it could still be considered.

Kind regards,

Farah Qureshi
Volunteer Lead
Anchorage Crew Relief Initiative (ACRI)
Sharjah, United Arab Emirates
"""
    pdf = rep_pdf("Voluntary GCM review report", "Anchorage Crew Relief Initiative (ACRI)",
                  ["Abandonment at anchor: 23 vessels, 276 seafarers", "Unpaid wages and expired contracts",
                   "Repatriation: what worked", "GCM Objectives 6, 7 and 21", "Recommendations"])
    a = alt(text, "_000_DX1P273MB0914E6A2B8C3D5F7_", html=outlook_html(text, lang="EN-US"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "_004_DX1P273MB0914E6A2B8C3D5F7_")
    m = mk(when, sent_at(when, 4, 8), "mail-dx1p273cu002.outbound.protection.outlook.example.com",
           "198.51.100.173", "4F2Gk05RtNz8", "Farah Qureshi <farah.qureshi@acri-volunteers.example.org>", subj,
           "<DX1P273MB0914E6A2B8C3D5F7@DX1P273MB0914.AREP273.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcA1Bw3Cx5Dy7Ez9Fa2Gb4Hc6Id8Je==", lang="en-US", has_attach="yes"))
    add(21, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Joel Mascarenhas", "Crew Welfare Officer", "Anchorage Crew Relief Initiative (ACRI)", ["roundtable"], 2)],
        report_attachments=[M21_FILE],
        notes="both, received 12 February: the report is on time (16 February) but the speaker request is a week "
              "after the 5 February deadline, which the sender knows and says, so on_time is false. Volunteers "
              "supplying abandoned crews off Sharjah; speaker in prose ('our Crew Welfare Officer, Mr. Joel "
              "Mascarenhas'), 'Mr.' dropped, title before the name; vessel and seafarer counts and the '30 months' "
              "are context. The sender ('Volunteer Lead') is not the speaker. Outlook, Date in UTC+4."))


# ================================================================ 22  FR  report  Nouadhibou NGO: HTML-only, report + cover letter, director in Cc
M22_ID = "<a3f71c0e9d254b68.5e2c@mail.mauritel-pro.example.mr>"
M22_SUBJ = "Rapport volontaire - ONG Mer et Solidarité (Nouadhibou)"
M22_QID = "4F4Lq27WbHz3"
M22_FILE = "Rapport volontaire MSN Nouadhibou - février 2021.pdf"
M22_LETTER = "Lettre de transmission - MSN.pdf"


def m22():
    when = at("2021-02-15 11:37:02")
    inner = """<div style="font-family: Arial, sans-serif; font-size: 10pt;">
<p>Madame, Monsieur,</p>
<p>Au nom de l'<b>ONG Mer et Solidarité de Nouadhibou (MSN)</b>, j'ai le plaisir de vous transmettre en pièces jointes notre rapport volontaire sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières, accompagné de la lettre de transmission signée par notre Directeur exécutif.</p>
<p>Le rapport porte sur les départs de pirogues de Nouadhibou et de la baie du Lévrier vers les îles Canaries depuis l'automne 2020, l'accueil des rescapés au port de pêche artisanale, l'identification et l'inhumation des corps rejetés sur la côte, et l'accompagnement des familles. Il a été relu par le Pr Babacar Ndiaye (Université de Nouakchott Al Aasriya).</p>
<p>Nous restons à votre disposition pour tout complément.</p>
<p>Cordialement,</p>
<p>Aïssata Sow<br>
Chargée de communication<br>
ONG Mer et Solidarité de Nouadhibou (MSN)<br>
BP 1204 Nouadhibou - Mauritanie</p>
</div>"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du Pacte mondial", "ONG Mer et Solidarite de Nouadhibou (MSN)",
                  ["Les departs de pirogues vers les Canaries (2020)", "Accueil des rescapes au port artisanal",
                   "Identification et inhumation des corps", "Accompagnement des familles", "Recommandations"])
    letter = make_pdf(["ONG Mer et Solidarite de Nouadhibou (MSN)", "Nouadhibou, le 14 fevrier 2021",
                       "Objet : transmission du rapport volontaire", "",
                       "Madame, Monsieur, nous avons l'honneur de vous transmettre notre rapport volontaire.",
                       "Le Directeur executif, Moussa Diagana"])
    h = html_only(inner, lang="fr", newlines=True)
    body = multi("mixed", [h, attach("application/pdf", pdf, M22_FILE), attach("application/pdf", letter, M22_LETTER)],
                 "=_b81e3c0a7d5f29e46c13")
    m = mk(when, sent_at(when, 0, 7), "mail.mauritel-pro.example.mr", "203.0.113.205", M22_QID,
           addr("Aïssata Sow", "communication@msn-nouadhibou.example.mr", enc="Q"), hdr(M22_SUBJ, enc="Q"), M22_ID,
           body, cc="Moussa Diagana <m.diagana@msn-nouadhibou.example.mr>")
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="HTML-only message (no text/plain part) from a Nouadhibou NGO with two PDFs: the report (name with "
              "spaces, a dash and 'février', RFC 2231 + RFC 2047) and the signed cover letter ('lettre de "
              "transmission'): only the report is listed. 'le Pr Babacar Ndiaye' reviewed it and is not a speaker; "
              "the director in Cc is not proposed, his out-of-office answers our acknowledgement (h244-23). Date in "
              "UTC+0."))


# ================================================================ 23  FR  auto_reply  the MSN director's Exchange out-of-office: at sea with the coast guard
def m23():
    when = at("2021-02-15 11:38:20")
    ack = ack_mid(M22_QID)
    text = """Bonjour,

Je suis actuellement en mer, dans le cadre d'une campagne de sensibilisation des équipages de pêche artisanale, jusqu'au lundi 22 février 2021, avec un accès très limité à ma messagerie.

Pour toute question concernant l'ONG, merci de contacter Mme Aïssata Sow (communication@msn-nouadhibou.example.mr).

Cordialement,
Moussa Diagana
Directeur exécutif - ONG Mer et Solidarité de Nouadhibou (MSN)
"""
    body = alt(text, "_000_MSNOOF2F4Lq27WbHz3_", html=outlook_html(text, lang="FR"))
    subj = "Réponse automatique : Accusé de réception - " + M22_SUBJ
    rows = std_rows(when, "mail.mauritel-pro.example.mr", "203.0.113.205", "4F4Lr39XcJz5",
                    "Moussa Diagana <m.diagana@msn-nouadhibou.example.mr>", hdr(subj, enc="Q"),
                    rfcdate(sent_at(when, 0, 2)), "<b72f0a1c3e5d4968.OOF.7d1c@mail.mauritel-pro.example.mr>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M22_ID + " " + ack),
             ("Thread-Topic", hdr("Accusé de réception - " + M22_SUBJ, enc="Q")), ("Content-Language", "fr-FR"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "m.diagana@msn-nouadhibou.example.mr")]
    add(23, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office ('Réponse automatique :', Auto-Submitted, null Return-Path) of the director in "
              "Cc of h244-22, answering our acknowledgement 78 seconds later: 'actuellement en mer' until 22 "
              "February (not a deadline), with his full title and the NGO's name like a signature. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 24  FR  report  Chebba rescue divers, two days LATE
M24_FILE = "APSC - Rapport volontaire examen régional PMM.pdf"


def m24():
    when = at("2021-02-18 09:05:50")
    subj = "Rapport volontaire de l'APSC (Chebba) - avec nos excuses pour le retard"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association des Plongeurs Secouristes de Chebba (APSC) dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Nous vous prions d'excuser ces deux jours de retard : depuis samedi, nos plongeurs étaient mobilisés avec la Garde nationale maritime pour les recherches après le chavirement d'une embarcation au large de Chebba, et nous n'avons pu finaliser le document qu'hier soir.

Le rapport retrace six années d'interventions de nos plongeurs bénévoles (recherche des disparus, remontée des corps, aide à l'identification) et formule des recommandations sur l'identification des victimes et l'information des familles.

Bien cordialement,

Me Nesrine Ghorbel
Avocate, secrétaire générale de l'APSC
Association des Plongeurs Secouristes de Chebba
"""
    pdf = rep_pdf("Rapport volontaire - APSC", "Association des Plongeurs Secouristes de Chebba (APSC)",
                  ["Six annees d'interventions en mer", "Recherche des disparus et remontee des corps",
                   "Identification des victimes", "Information des familles", "Recommandations"])
    a = alt(text, "0000000000006d2e9b05bb9a1c47", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "0000000000006d2e9d05bb9a1c49")
    m = mk(when, sent_at(when, 1, 6), "mail-wr1-f47.google.example.com", "192.0.2.147", "4F5y1D8kTvz0",
           "APSC Chebba <apsc.chebba@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAL3vX8pT5mR2wN+j7Kz1Bc4dY9sHf6eQ3n@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="LATE (Thursday 18 February, two days after the report deadline) and says so; rescue divers' "
              "association in Chebba; PDF name with spaces, a dash and 'régional' (RFC 2231 + RFC 2047). The "
              "sender signs 'Me' (lawyer) with a double title but proposes no speaker; 'depuis samedi' and 'hier "
              "soir' are not the submission date. Gmail, Date in UTC+1."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
