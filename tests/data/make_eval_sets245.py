#!/usr/bin/env python3
"""Write the blind evaluation set holdout245 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets245.py
Theme: children and youth (22 January - 19 February 2021).  A Beirut child-protection alliance's safeguarding
questions before anyone is proposed, a 17-year-old girl in Tripoli proposing herself from her iPhone with emojis and
her mother's consent line (the mother's mistyped Cc address bounces our acknowledgement), a Tangier shelter's report
written by the unaccompanied minors of its programme, a Jerash youth council proposing two young members in an
Outlook table with a chaperone who will not speak (and replacing one of them a week later), Duhok scouts sending a
report written by young scouts in the camps with their rover leader as speaker, a French teacher in Sfax writing for
two pupils of her school club (and the principal's Zimbra out-of-office), an Amman child-protection society's
formal letter in windows-1256, an Erbil foundation's report with a profile PDF beside it, a Minya youth parliament's
HTML-only table, an Agadir scout leader's signature-only self-proposal (and her thank-you from camp), a Mahdia youth
group's report pasted in the body in Tunisian Arabic, a Kuwait education centre's speaker only in an attached form, a
Fès youth collective writing at 23:24 Moroccan time (00:24 in Beirut), an Alexandria children's animation initiative
asking about a video, young people of migrant families in the UAE sending a youth-led report with a late speaking
request, a Taiz foundation's report forwarded by a colleague in two languages, a youth network's campaign toolkit
that is not its report, a Mauritanian network's report at 21:31 Nouakchott time on the deadline day, a Baghdad
youth team's report a day late, and a student asking how to follow the consultation.  Emojis, Lebanese, Tunisian,
Egyptian and Iraqi colloquial Arabic, Instagram and TikTok handles in signatures, ages next to names.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top)
from mailgen import outlook_html, outlook_hdrs, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(245)
add = SET.add
H = "h245-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (zclient/8.8.15_GA_3869)"
OUTLOOK_WEB = "Microsoft Outlook Web App"


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
    return ('<html><head></head><body><div class="ydp5b2e7c1ayahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


# ================================================================ 01  EN  other  Beirut child-protection alliance: safeguarding questions
def m01():
    when = at("2021-01-22 11:42:18")
    subj = "Safeguarding questions before nominating young speakers"
    text = """Dear colleagues,

I hope this finds you well. I'm the Safeguarding Lead at Haven Child Protection Alliance (HCPA), a network of 14 Lebanese and Palestinian organisations working with children on the move, including unaccompanied and separated children in Beirut, Saida and Akkar.

Several of our members are thinking of proposing young people - some of them 16 or 17 years old - for the open discussion on 23 February or for one of the thematic roundtables. Before anyone sends you a request, we need to check a few safeguarding points:

1. Will the sessions be livestreamed or recorded, and will recordings be posted publicly (YouTube, Facebook)?
2. Could a speaker under 18 appear with a first name only, and with the camera off if they prefer?
3. Do you have a child participation or safeguarding policy for the event that we could share with parents and guardians? We need written guardian consent for anyone under 18.
4. Can an adult (a social worker or a parent) sit next to the young person during the session?

We'd rather sort this out now than have a young person drop out at the last minute. Happy to have a quick call if that's easier.

Many thanks,
Rouba

Rouba Nassif-Karam
Safeguarding Lead | Haven Child Protection Alliance (HCPA)
Badaro, Beirut - Lebanon
M: +961 3 000 000
Twitter: @HCPA_Lebanon
"""
    body = alt(text, "_000_DB7PR05MB4473A1C9E2F6B805_", html=outlook_html(text, lang="EN-GB"))
    m = mk(when, sent_at(when, 2, 7), "mail-db7eur05on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", "4DMn2Wc7RtZ1", "Rouba Nassif-Karam <safeguarding@hcpa-lebanon.example.org>", subj,
           "<DB7PR05MB4473A1C9E2F6B805@DB7PR05MB4473.eurprd05.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbwK7Tq2Rs4Uv6Wx8Yz0Ab2Cd4Ef6Gh==", lang="en-GB"))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="safeguarding questions (livestream, first names only, consent policy, an adult in the room) from a "
              "child-protection alliance before any nomination: full of speaker vocabulary ('proposing young people', "
              "'open discussion on 23 February', 'thematic roundtables', ages) but nobody is proposed, so 'other' and "
              "acknowledged. The sender's title and alliance are in the signature only; Outlook, Date in UTC+2."))


# ================================================================ 02  AR  speaker  17-year-old in Tripoli proposes herself, mother's consent, iPhone
M02_ID = "<8E4C1A2B-7D3F-4B9E-A6C0-2F5D8E1B9C47@icloud.example.com>"
M02_SUBJ = "طلب مشاركة بالنقاش المفتوح 🙏"
M02_QID = "4DPq1Hn8VxZ3"
BAD_CC = "rana.hallak@hotmial.example.com"


def m02():
    when = at("2021-01-25 20:47:33")
    text = """مرحبا 👋

أنا اسمي جود، عمري ١٧ سنة ومن طرابلس 🇱🇧
أنا عضوة بمجلس اليافعين بجمعية بيادر للطفولة والشباب من سنتين، ومنشتغل مع ولاد سوريين وفلسطينيين ولبنانيين بالحارة عنا على موضوع التسرب من المدرسة والشغل بعمر صغير.

شفت الدعوة عالصفحة تبع الجمعية وحابة كتير كتير شارك بالنقاش المفتوح يوم ٢٣ شباط 🙏 بدي احكي عن شو بيعيشوا الولاد يلي أهلن مهاجرين أو لاجئين، لأنو نحنا منعرف هالشي من قريب، مش بس من التقارير 😅

بما إنو بعدني تحت الـ١٨، حطيت ماما CC عالإيميل وهي موافقة، وكتبت هالسطر بإيدها 👇

"أنا رنا الحلاق، والدة جود، موافقة على مشاركة بنتي بالنقاش المفتوح وبكون حدها وقت الجلسة."

إذا في شي ورقة لازم تنمضى أو أي شي تاني خبروني 😊

شكراً كتييير!!
جود

جود سامر الحلاق
مجلس اليافعين | جمعية بيادر للطفولة والشباب
طرابلس - لبنان
IG: @joud.hallak_

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 9), "mr85p00im-ztdg06011801.me.example.com", "198.51.100.185", M02_QID,
           "Joud Hallak <joudhallak04@icloud.example.com>", hdr(M02_SUBJ), M02_ID, body,
           cc=addr("ماما", BAD_CC), extra=[("X-Mailer", IPHONE)])
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جود سامر الحلاق", "عضوة بمجلس اليافعين", "جمعية بيادر للطفولة والشباب", ["open_discussion"])],
        notes="a 17-year-old proposes herself in Lebanese colloquial Arabic with emojis (iPhone, plain text "
              "quoted-printable, emoji in the subject); the body gives only her first name, the full name is in the "
              "signature (the From display name is a shorter Latin form). Title from 'عضوة بمجلس اليافعين بجمعية "
              "...' (the council is her unit, the association the affiliation). Her mother's consent is a quoted "
              "line in the body with the mother's full name ('أنا رنا الحلاق، والدة جود') and the mother is in Cc as "
              "'ماما': she will sit with her daughter but is not a speaker. '٢٣ شباط' with Arabic-Indic digits; "
              "Instagram handle in the signature. The mother's Cc address is mistyped ('hotmial') and our "
              "acknowledgement bounces (h245-03)."))


# ================================================================ 03  EN  bounce  copy of our acknowledgement of 02 to the mother's mistyped address
def m03():
    when = at("2021-01-25 20:48:41")
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error
    for name=hotmial.example.com type=AAAA: Host not found
""" % BAD_CC
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DPq2C4kTmz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=hotmial.example.com type=AAAA: Host not found\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), BAD_CC, BAD_CC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Joud Hallak <joudhallak04@icloud.example.com>\n"
            "Cc: %s <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (hdr("ماما").encode(), BAD_CC, hdr("إشعار استلام - " + M02_SUBJ).encode(),
                                  rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M02_QID), M02_ID, M02_ID))
    body = dsn_report(text, dsn, hdrs, "4DPq2C4kTmz6.1611600521/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DPq2F1nWqz9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210125184841.4DPq2F1nWqz9@mx1.iom.int>")]
    add(3, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.4.4 (domain 'hotmial' not found) for the copy of our Arabic acknowledgement of h245-02 "
              "sent to the mother in Cc; the returned headers carry the Arabic subject with its emoji (RFC 2047) "
              "and name h245-02 in In-Reply-To. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 04  FR  report  Tangier shelter: report written by the unaccompanied minors
M04_FILE = "Notre voix – Rapport des jeunes du programme Nawras, Tanger 2021.pdf"


def m04():
    when = at("2021-01-27 15:22:07")
    subj = "Contribution des jeunes du programme Nawras – examen régional du Pacte mondial"
    text = """Madame, Monsieur,

Au nom de l'Association Bab Al Bahr pour l'Enfance (ABBE) de Tanger, j'ai le plaisir de vous transmettre en pièce jointe notre rapport volontaire pour l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a une particularité : il a été écrit par les jeunes eux-mêmes. Pendant six semaines, neuf garçons et deux filles de 15 à 19 ans accueillis dans notre programme Nawras d'accompagnement des mineurs non accompagnés (des Marocains refoulés d'Espagne, mais aussi des Guinéens, des Ivoiriens et des Maliens) ont participé à un atelier d'écriture animé par notre équipe. Ils ont choisi eux-mêmes les thèmes : la rue avant le foyer, l'école et la formation professionnelle, les papiers, la peur des contrôles au port, et ce qu'ils voudraient dire aux États. Nous n'avons corrigé que l'orthographe ; les prénoms ont été changés à leur demande.

Plusieurs d'entre eux aimeraient beaucoup porter eux-mêmes ces messages lors de la consultation. Nous en parlons en ce moment avec leurs tuteurs et le juge des mineurs, et nous reviendrons vers vous séparément si c'est possible.

Nous restons à votre disposition pour toute question.

Bien cordialement,

Soukaina Rifi
Éducatrice spécialisée – Coordinatrice du programme Nawras
Association Bab Al Bahr pour l'Enfance (ABBE)
Quartier Marshan, Tanger – Maroc
Tél. : +212 5 39 00 00 00
Facebook : Association Bab Al Bahr pour l'Enfance
"""
    pdf = make_pdf(["Notre voix - Rapport des jeunes du programme Nawras", "Association Bab Al Bahr pour l'Enfance (ABBE), Tanger",
                    "Rapport volontaire - examen regional du Pacte mondial, 2021", "",
                    "1. Avant le foyer : la rue, le port, les camions", "2. L'ecole et la formation",
                    "3. Les papiers et les 18 ans", "4. Ce que nous voulons dire aux Etats",
                    "Ecrit par onze jeunes de 15 a 19 ans (prenoms changes)"])
    cid = "image001.png@01D6F4B2.7A3C5E90"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)), logo(cid, (0, 120, 170))],
                "_004_PR0P264MB1138C5E2A9D7F413_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR0P264MB1138C5E2A9D7F413_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "_005_PR0P264MB1138C5E2A9D7F413_")
    m = mk(when, sent_at(when, 1, 8), "mail-pr0fra01on0602.outbound.protection.outlook.example.com",
           "198.51.100.102", "4DQtB71LsWz5", addr("Soukaina Rifi", "nawras@abbe-tanger.example.ma"),
           hdr(subj, enc="Q"), "<PR0P264MB1138C5E2A9D7F413@PR0P264MB1138.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdbzQ1Wr3Et5Yu7Io9Pa1Sd3Fg5Hj7Kl==", lang="fr-FR", has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="a report written by the unaccompanied minors of a Tangier shelter's programme, sent by their educator: "
              "the PDF's name does not say 'rapport volontaire' first ('Notre voix – ...', en dash and comma, RFC 2231 "
              "+ RFC 2047) while the Outlook inline logo (image001.png) is not a report file. The body says the young "
              "people would like to speak and that the association will come back 'séparément si c'est possible': "
              "nobody is proposed, so not 'both'. Outlook, Date in UTC+1."))


# ================================================================ 05  EN  speaker  Jerash youth council: two young members in a table, a chaperone
M05_ID = "<AM6P194MB0472D9E1B3C5A7F2@AM6P194MB0472.EURP194.PROD.OUTLOOK.example.com>"
M05_SUBJ = "Jerash Municipal Youth Council – two youth speakers"
M05_INTRO = """Hi GCM team,

Greetings from Jerash! 👋

We are the Jerash Municipal Youth Council (JMYC), an elected council of 25 young people aged 15 to 24 that works with the Greater Jerash Municipality. Since 2019 we have been running homework clubs and football days that bring together Jordanian kids and kids from Syrian, Egyptian and Sudanese families in our city, and last summer we did a small survey with 140 young people about why so many of them want to leave.

We would love for two of our members to speak at the Regional Review:
"""
M05_ROWS = [("Name", "Age", "Position in the Council", "Session"),
            ("Sara Bani Mustafa", "19", "Head of the Education & Migration Committee", "Thematic Roundtable 3"),
            ("Yazan Al-Smadi", "17", "Council Member",
             "Open discussion of the multi-stakeholder consultation (23 Feb)")]
M05_OUTRO = """Because Yazan is under 18, both of them will be accompanied during the sessions by Ms. Ruba Hijazi, Youth Officer at the Greater Jerash Municipality, who follows the council's work. Ruba will not speak, she will only be there as their chaperone. She is copied on this email and can sign any consent or safeguarding form you need. Yazan's parents have already given their written consent.

Thank you so much for giving young people this space!

Best,
Mohammad

Mohammad Hawamdeh
Chairperson | Jerash Municipal Youth Council (JMYC)
IG: @jerash.youthcouncil | FB: /JerashYouthCouncil
"""


def m05_text():
    cells = "\n\n".join("\n".join(r) for r in M05_ROWS)
    return M05_INTRO + "\n" + cells + "\n\n" + M05_OUTRO


def m05():
    when = at("2021-01-28 12:10:44")
    text = m05_text()
    rows = "".join("<tr>%s</tr>" % "".join(
        '<td style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">%s%s%s<o:p></o:p></p></td>'
        % ("<b>" if i == 0 else "", esc(c), "</b>" if i == 0 else "") for c in r) for i, r in enumerate(M05_ROWS))
    paras = lambda t: "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                              for p in t.strip("\n").split("\n\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="EN-US" link="#0563C1"><div class="WordSection1">'
            '%s<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
            'border:none">%s</table><p class="MsoNormal"><o:p>&nbsp;</o:p></p>%s</div></body></html>\n'
            % (paras(M05_INTRO), rows, paras(M05_OUTRO)))
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_AM6P194MB0472D9E1B3C5A7F2_")
    m = mk(when, sent_at(when, 2, 6), "mail-am6eur05olkn2031.outbound.protection.outlook.example.com",
           "198.51.100.31", "4DRG5m2XqPz8", "Jerash Municipal Youth Council <jmyc.jerash@outlook.example.com>",
           M05_SUBJ, M05_ID, body, cc="Ruba Hijazi <r.hijazi@jerash-municipality.example.jo>",
           extra=outlook_hdrs(M05_SUBJ, "AQHW9VbE3kR7sT1uV5wX9yZ2aB4cD6eF8g=="))
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Sara Bani Mustafa", "Head of the Education & Migration Committee", "Jerash Municipal Youth Council (JMYC)",
           ["roundtable"], 3),
        sp("Yazan Al-Smadi", "Council Member", "Jerash Municipal Youth Council (JMYC)", ["open_discussion"])],
        notes="a youth council proposes two young members in an Outlook HTML table (name, age, position, session); "
              "the text/plain alternative writes the table one cell per line with the ages between names and titles. "
              "The chaperone is named with an honorific, a title and an affiliation ('Ms. Ruba Hijazi, Youth Officer "
              "at the Greater Jerash Municipality'), is in Cc, and 'will not speak': not a speaker. The affiliation "
              "of both speakers is the council named in the first paragraph; the sender (chairperson) is not a "
              "speaker. Outlook.com, Date in UTC+2. The second speaker is replaced by h245-12."))


# ================================================================ 06  AR  both  Duhok scouts: report written by young scouts + rover leader
M06_FILE = "تقرير الكشافة اليافعين - أطفال المخيمات في دهوك 2021.docx"


def m06():
    when = at("2021-01-29 14:05:12")
    subj = "م/ تقرير طوعي وترشيح متحدث - جمعية كشافة دجلة / دهوك"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون
تحية طيبة...

م/ تقرير طوعي وترشيح متحدث

تهديكم جمعية كشافة دجلة في محافظة دهوك أطيب تحياتها، ويسرها أن ترفق لكم تقريرها الطوعي الخاص بالاستعراض الإقليمي للاتفاق العالمي للهجرة.

وقد أعدّ هذا التقرير فريق من الكشافة اليافعين والجوالة (بأعمار ١٥ - ١٩ سنة) من أبناء العوائل النازحة والعائدة ومن المجتمع المضيف، بعد جلسات حوار واستماع نظموها بأنفسهم مع أقرانهم في مخيمات شاريا وخانكي وكبرتو خلال الأشهر الماضية، ويتناول التعليم، وعمل الأطفال، والزواج المبكر، وفقدان المستمسكات الرسمية، ورغبة الكثير من الشباب بالهجرة إلى أوروبا.

كما نرشح القائد ريبين خالد عزيز، قائد فوج الجوالة في الجمعية والمشرف على الفريق الذي أعد التقرير، للمداخلة في المائدة المستديرة المواضيعية الرابعة.

يرجى التفضل بالاطلاع... مع التقدير.

بيريفان حسن سليمان
أمينة سر الجمعية
جمعية كشافة دجلة
دهوك - إقليم كوردستان العراق
فيسبوك: Dijla Scouts Duhok
"""
    doc = make_docx(["جمعية كشافة دجلة - دهوك", "تقرير الكشافة اليافعين: أطفال المخيمات في دهوك",
                     "تقرير طوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة 2021",
                     "١. من نحن ولماذا كتبنا هذا التقرير", "٢. التعليم في المخيمات", "٣. عمل الأطفال والزواج المبكر",
                     "٤. المستمسكات الرسمية", "٥. لماذا يريد الشباب الهجرة", "٦. توصياتنا"])
    a = alt(text, "000000000000a41f7c05ba08e3d1", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M06_FILE)], "000000000000a4207e05ba08e3d3")
    m = mk(when, sent_at(when, 3, 7), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DRlX39HcKz2",
           addr("Berivan Hasan", "dijla.scouts.duhok@gmail.example.com"), hdr(subj),
           "<CAMq4Rt8vZ2nX7kP+w3Hb9Lc1sY5dF0gJe6@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريبين خالد عزيز", "قائد فوج الجوالة", "جمعية كشافة دجلة", ["roundtable"], 4)],
        report_attachments=[M06_FILE],
        notes="both, on time (29 January): Iraqi administrative Arabic ('م/' subject line, 'المستمسكات'); a report "
              "written by young scouts aged 15-19 (DOCX, Arabic name with spaces and a dash, RFC 2231 + RFC 2047). "
              "The speaker is introduced with the scout form of address 'القائد' (dropped) and his title begins with "
              "the same word ('قائد فوج الجوالة', recorded without 'في الجمعية'); the clause after it ('والمشرف على "
              "الفريق ...') describes him. Kurdish name; roundtable as an ordinal word ('الرابعة'). The sender "
              "(secretary, Latin From name) is not the speaker. Gmail, base64 parts, Date in UTC+3."))


# ================================================================ 07  FR  speaker  a teacher in Sfax writes for two pupils of her school club
M07_ID = "<CAPz3Wq7nK1vR5xM+t9Bc2Hd6sL8eY4gFj0@mail.gmail.example.com>"
M07_SUBJ = "Participation de deux élèves du club Horizons Bleus (Lycée Ennour, Sfax)"
M07_QID = "4DTd7Nh2RqZ4"


def m07():
    when = at("2021-02-01 10:36:50")
    text = """Bonjour,

Je suis professeure de français au Lycée Ennour de Sakiet Eddaïer (Sfax) et j'anime depuis trois ans le club « Horizons Bleus », un club de citoyenneté où nos élèves travaillent sur les migrations : beaucoup ont un père, un frère ou un cousin en Italie ou en France, et certains ont perdu un proche en mer.

Mes élèves ont lu l'invitation à l'examen régional en classe et deux d'entre eux voudraient absolument prendre la parole. Je me permets donc d'écrire en leur nom :

Élève 1 : Yasmine Derbel (17 ans)
Qualité : présidente du club Horizons Bleus
Établissement : Lycée Ennour de Sakiet Eddaïer, Sfax
Intervention souhaitée : table ronde thématique n°2

Élève 2 : Aziz Jemmali (16 ans)
Qualité : membre du club Horizons Bleus
Établissement : idem
Intervention souhaitée : discussion ouverte du 23 février

Je serai présente à leurs côtés pendant les sessions (depuis la salle informatique du lycée), avec l'accord écrit de leurs parents et de Mme la Proviseure, en copie de ce message.

En vous remerciant par avance, je vous prie d'agréer mes salutations les meilleures.

Amel Sellami
Professeure de français
Lycée Ennour – Sakiet Eddaïer, Sfax
"""
    body = alt(text, "0000000000003c9e4105ba4f1a62", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f43.google.example.com", "192.0.2.143", M07_QID,
           "Amel Sellami <amel.sellami.prof@gmail.example.com>", hdr(M07_SUBJ, enc="Q"), M07_ID, body,
           cc="Proviseure Lycee Ennour <proviseure.ennour@education.example.tn>")
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Yasmine Derbel", "présidente du club Horizons Bleus", "Lycée Ennour de Sakiet Eddaïer", ["roundtable"], 2),
        sp("Aziz Jemmali", "membre du club Horizons Bleus", "Lycée Ennour de Sakiet Eddaïer", ["open_discussion"])],
        notes="a teacher writes for two pupils of her school club in labelled blocks ('Élève 1 :', 'Qualité :', "
              "'Établissement :'); the ages in brackets after the names are not part of them; the second pupil's "
              "school is only 'idem' (the same school); ', Sfax' after the school is the town. The teacher, who "
              "will sit with them, and the principal in Cc are not speakers. Gmail, Date in UTC+1. The principal's "
              "out-of-office answers our acknowledgement (h245-08)."))


# ================================================================ 08  FR  auto_reply  the principal's Zimbra out-of-office on our acknowledgement of 07
def m08():
    when = at("2021-02-01 10:38:02")
    ack = ack_mid(M07_QID)
    text = """Bonjour,

Je suis en formation à Tunis du lundi 1er au vendredi 5 février 2021 et je n'aurai qu'un accès limité à ma messagerie.
Pour les affaires urgentes du lycée, veuillez contacter M. Lotfi Abid, surveillant général, au 74 000 000.

Cordialement,
Nadia Ellouze
Proviseure – Lycée Ennour, Sakiet Eddaïer
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "zimbra.education.example.tn", "197.2.0.80", "4DTd8Vp5LbZ7",
                    addr("Nadia Ellouze", "proviseure.ennour@education.example.tn"),
                    hdr("Absente du 1er au 5 février", enc="Q"), rfcdate(sent_at(when, 1, 2)),
                    "<1742019338.4412870.1612168680711.JavaMail.zimbra@education.example.tn>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")], ret="")
    rows = [("Return-Path", "<>")] + rows + [("In-Reply-To", ack), ("References", M07_ID + " " + ack),
                                             ("X-Mailer", ZIMBRA)]
    add(8, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation reply of the principal copied on h245-07, answering our acknowledgement a minute "
              "later; its own subject ('Absente du 1er au 5 février', no 'Re:') and a date range that is not a "
              "deadline; it names another person with a title ('M. Lotfi Abid, surveillant général') like a "
              "request would. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 09  AR  speaker  Amman child-protection society: formal letter, windows-1256
def m09():
    when = at("2021-02-02 13:15:27")
    subj = "ترشيح متحدثة - جمعية درب الأمان لحماية الطفل"
    text = """بسم الله الرحمن الرحيم

الرقم: د أ/2021/14
التاريخ: 2/2/2021

السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين
تحية طيبة وبعد،

الموضوع: طلب مداخلة في الجلسة العامة للمؤتمر الإقليمي

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية، تتشرف جمعية درب الأمان لحماية الطفل بترشيح الآنسة ميس عبد الرحيم الدويك، منسقة برنامج الأطفال غير المصحوبين والمنفصلين عن ذويهم في الجمعية، لإلقاء مداخلة في إحدى الجلسات العامة للمؤتمر يومي 24 و25 شباط 2021.

وتعمل الآنسة ميس منذ عام 2016 مع الأطفال السودانيين واليمنيين والصوماليين غير المصحوبين في عمّان، وتشرف على خدمات إدارة الحالة والإيواء المؤقت ولمّ شمل الأسر، وستتناول في مداخلتها الهدف السابع من الاتفاق العالمي من منظور الطفل.

وتفضلوا بقبول فائق الاحترام والتقدير،

د. خالد محمود العتوم
المدير التنفيذي
جمعية درب الأمان لحماية الطفل
عمّان - الأردن
هاتف: 0096265000000
"""
    html = outlook_html(text, lang="AR-JO", rtl=True).replace("charset=utf-8", "charset=windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "_000_VI1PR08MB3917E5A2C8D1F604_")
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur08on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4DV4rC1XkHz6", addr("Darb Al Aman Society", "info@darbalaman.example.jo"),
           hdr(subj, charset="windows-1256"),
           "<VI1PR08MB3917E5A2C8D1F604@VI1PR08MB3917.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, charset="windows-1256"), "AdcE1Pq3Rs5Tu7Vw9Xy1Za3Bc5De7Fg==", lang="ar-JO"))
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ميس عبد الرحيم الدويك", "منسقة برنامج الأطفال غير المصحوبين والمنفصلين عن ذويهم",
           "جمعية درب الأمان لحماية الطفل", ["plenary"])],
        notes="formal Jordanian letter pasted into Outlook (number, date, 'الموضوع'), windows-1256 quoted-printable "
              "body and subject; the speaker is named in prose with 'الآنسة' (Miss, dropped), her long title is a "
              "programme for unaccompanied and separated children, recorded without the trailing 'في الجمعية'; "
              "'إحدى الجلسات العامة' = plenary; the dates 24-25 February and the Compact's objective are context. "
              "Signed by the executive director ('د.'), who is not the speaker; the From display name is the "
              "society's Latin name."))


# ================================================================ 10  EN  both  Erbil foundation: report + profile PDF, speaker, Outlook with logo
M10_FILE = "RFCP_Voluntary_GCM_Review_Report_2021.pdf"
M10_PROFILE = "RFCP Organisational Profile 2021.pdf"


def m10():
    when = at("2021-02-02 16:40:09")
    subj = "RFCP - Voluntary GCM Review Report + speaker for Roundtable 1"
    text = """Dear GCM Regional Review Secretariat,

On behalf of the Roj Foundation for Child Protection (RFCP) in Erbil, please find attached our voluntary GCM review report. It covers our work since 2017 with unaccompanied and separated children (UASC) in the Kurdistan Region of Iraq: Syrian Kurdish teenagers who crossed the border alone, Yazidi children returning from captivity, and Iraqi boys deported back from Europe after failed journeys through Turkey and the Balkans.

For your reference we also attach our organisational profile.

In addition, we would like to nominate Dr. Chnar Omer Qadir, our Head of Case Management, for a floor intervention in Thematic Roundtable 1. Dr. Chnar is a child psychiatrist by training and has led the case management team of our UASC programme since 2018.

Kind regards,

Dilan Karim
Communications Officer
Roj Foundation for Child Protection (RFCP)
دەزگای ڕۆژ بۆ پاراستنی منداڵان | مؤسسة روج لحماية الطفل
100m Street, Erbil, Kurdistan Region - Iraq
Twitter / Instagram: @RojRFCP | facebook.com/RojChildProtection
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Roj Foundation for Child Protection (RFCP), Erbil",
                  ["Unaccompanied and separated children in the Kurdistan Region", "Syrian Kurdish adolescents",
                   "Yazidi children returning from captivity", "Deportees from Europe",
                   "Objectives 7 and 21: recommendations"])
    prof = make_pdf(["Roj Foundation for Child Protection (RFCP)", "Organisational profile 2021",
                     "Founded 2016 - Erbil, Duhok, Sulaymaniyah", "Staff: 46 - Annual budget: see annex"])
    cid = "image001.png@01D6F96E.2B4D8A70"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)), logo(cid, (230, 120, 20))],
                "_004_AS8PR03MB7126B2F9C1E4D530_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AS8PR03MB7126B2F9C1E4D530_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE), attach("application/pdf", prof, M10_PROFILE)],
                 "_005_AS8PR03MB7126B2F9C1E4D530_")
    m = mk(when, sent_at(when, 3, 9), "mail-as8eur03on0620.outbound.protection.outlook.example.com",
           "198.51.100.120", "4DVBg72NwRz0", "Dilan Karim <d.karim@rojfoundation.example.org>", subj,
           "<AS8PR03MB7126B2F9C1E4D530@AS8PR03MB7126.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcE4Kb6Mn8Pq0Rs2Tu4Vw6Xy8Za0Bc==", lang="en-GB", has_attach="yes"))
    add(10, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Chnar Omer Qadir", "Head of Case Management", "Roj Foundation for Child Protection (RFCP)",
           ["roundtable"], 1)],
        report_attachments=[M10_FILE],
        notes="both, on time (2 February): two PDFs, only the report is listed; the organisational profile is sent "
              "'for your reference' and is not part of the report; the inline logo is not a file of the report. "
              "Speaker in prose with 'Dr.' (dropped); 'child psychiatrist' is her training, 'Head of Case "
              "Management' her title (the 'UASC programme' comes in another sentence). The signature writes the "
              "foundation's name in Kurdish and Arabic too (translations, not acronyms) and carries social handles; "
              "the sender is not the speaker. Outlook, Date in UTC+3."))


# ================================================================ 11  AR  speaker  Minya youth parliament: HTML-only table, a rapporteur who is a committee rapporteur
def m11():
    when = at("2021-02-03 11:02:45")
    subj = "ترشيحات برلمان شباب المنيا للاستعراض الإقليمي"
    td = '<td style="border:1px solid #999;padding:4px 8px">%s</td>'
    th = '<th style="border:1px solid #999;padding:4px 8px;background:#e8eef7">%s</th>'
    rows = [("الاسم", "الصفة", "المشاركة المطلوبة"),
            ("م. كيرلس نبيل عياد", "رئيس البرلمان", "مداخلة في إحدى الجلسات العامة"),
            ("أ. منة الله أشرف عبد الحميد", "مقررة لجنة الهجرة والتعليم",
             "دور المقرر (عرض الرسائل الرئيسية لأصحاب المصلحة)")]
    table = '<table style="border-collapse:collapse" dir="rtl">%s</table>' % "".join(
        "<tr>%s</tr>" % "".join((th if i == 0 else td) % esc(c) for c in r) for i, r in enumerate(rows))
    inner = ('<div dir="rtl" style="font-family:Tahoma,Arial;font-size:14px">'
             '<p>السادة القائمين على الاستعراض الإقليمي للاتفاق العالمي للهجرة،</p>'
             '<p>تحية طيبة وبعد،</p>'
             '<p>يتشرف برلمان شباب المنيا، وهو برلمان شبابي منتخب يضم ٦٠ عضواً وعضوة من مراكز المحافظة التسعة، '
             'بترشيح عضوين للمشاركة في فعاليات الاستعراض الإقليمي. وقد عمل البرلمان خلال عام ٢٠٢٠ على ملف هجرة '
             'الأطفال غير المصحوبين من قرى المنيا وأسيوط إلى إيطاليا، ونظم جلسات استماع مع شباب عائدين ومع أسرهم.</p>'
             '<p><b>بيانات المرشحين:</b></p>%s'
             '<p>ونرجو التكرم بإفادتنا بالاستلام.</p>'
             '<p>وتفضلوا بقبول وافر الاحترام،</p>'
             '<p>المكتب الإعلامي<br>برلمان شباب المنيا<br>فيسبوك: برلمان شباب المنيا | تويتر: @MinyaYouthParl</p>'
             '</div>' % table)
    body = html_only(inner, rtl=True, b64=True, lang="ar")
    m = mk(when, sent_at(when, 2, 5), "mail-oln040092065044.outbound.protection.outlook.example.com",
           "198.51.100.44", "4DVp3Lx9TcZ1", addr("برلمان شباب المنيا", "minya.youthparliament@outlook.example.com"),
           hdr(subj), "<PAXP193MB1585C7E3A2B9D046@PAXP193MB1585.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "ar-EG"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("كيرلس نبيل عياد", "رئيس البرلمان", "برلمان شباب المنيا", ["plenary"]),
        sp("منة الله أشرف عبد الحميد", "مقررة لجنة الهجرة والتعليم", "برلمان شباب المنيا", ["rapporteur"])],
        notes="a youth parliament's HTML-only message (Outlook.com, base64, no text/plain part), two speakers in a "
              "right-to-left table with a header row; 'م.' and 'أ.' in the name cells dropped. The second speaker's "
              "title contains 'مقررة' (committee rapporteur) and the role she asks for is also the rapporteur of the "
              "key messages; 'مداخلة في إحدى الجلسات العامة' = plenary. The affiliation is the sender named in the "
              "first paragraph and the signature (an office, no person)."))


# ================================================================ 12  EN  speaker  Jerash youth council replaces its second speaker (reply to 05)
def m12():
    when = at("2021-02-03 17:55:30")
    text = """Hi again,

Sorry, one change to our request below: Yazan has his Tawjihi mock exams that week and his parents prefer that he doesn't take part this time 😕

Instead we would like to propose Tala Freihat (18), Head of the Media Team at JMYC, for the open discussion on 23 Feb. Sara's details stay exactly as sent (Roundtable 3), and Ruba will still accompany both of them.

Thanks a lot and sorry for the back and forth!
Mohammad

________________________________
From: Jerash Municipal Youth Council <jmyc.jerash@outlook.example.com>
Sent: Thursday, January 28, 2021 12:10 PM
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Cc: Ruba Hijazi <r.hijazi@jerash-municipality.example.jo>
Subject: %s

""" % M05_SUBJ + m05_text()
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">%s</div></body></html>\n'
            % "<br>\n".join(esc(x) for x in text.rstrip("\n").split("\n")))
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "_000_AM6P194MB0472F1A8C3E5B9D7_")
    m = mk(when, sent_at(when, 2, 5), "mail-am6eur05olkn2031.outbound.protection.outlook.example.com",
           "198.51.100.31", "4DW0tQ8KsMz3", "Jerash Municipal Youth Council <jmyc.jerash@outlook.example.com>",
           "RE: " + M05_SUBJ, "<AM6P194MB0472F1A8C3E5B9D7@AM6P194MB0472.EURP194.PROD.OUTLOOK.example.com>", body,
           cc="Ruba Hijazi <r.hijazi@jerash-municipality.example.jo>",
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID), ("Thread-Topic", M05_SUBJ),
                  ("Thread-Index", "AQHW9VbE3kR7sT1uV5wX9yZ2aB4cD6eF8gAAxY2z"), ("Content-Language", "en-US")])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tala Freihat", "Head of the Media Team", "Jerash Municipal Youth Council (JMYC)", ["open_discussion"])],
        thread_of=H % 5,
        notes="Outlook 'RE:' to the sender's own h245-05 (In-Reply-To) replacing the second speaker: only the new "
              "speaker is recorded (Sara's request stands from h245-05, 'details stay exactly as sent'). The age in "
              "brackets is not part of the name; title from 'Head of the Media Team at JMYC' without the acronym; "
              "the affiliation's full form comes from the quoted original (an Outlook 'From: / Sent:' block, not "
              "'>'-prefixed) that still lists Yazan and the chaperone."))


# ================================================================ 13  FR  speaker  Agadir scout leader proposes herself, details only in the signature
M13_ID = "<CAH5nL2wQ8vK3xR+p7Tz4Mb1cY6dF9sJe0u@mail.gmail.example.com>"
M13_SUBJ = "Demande de prise de parole 🙋‍♀️ scouts Agadir"
M13_QID = "4DWm5Rk1HyZ8"


def m13():
    when = at("2021-02-04 18:20:11")
    text = """Coucou l'équipe 😄 (euh pardon, bonjour !)

Je suis cheftaine scoute à Agadir et chaque samedi avec mon groupe on organise des activités (jeux, théâtre, soutien scolaire) avec des jeunes migrants subsahariens de notre quartier, à Anza et à Tikiouine. Il y a des ados arrivés seuls du Sénégal et de Guinée, ils ont 14-15 ans et parfois ils dorment dehors… 💔

J'aimerais trop prendre la parole à la table ronde thématique 3 pour raconter ce qu'on vit avec eux et ce que des jeunes scouts peuvent faire 🙏🙏

Mes infos sont en bas ⬇️ si vous avez besoin d'autre chose dites-moi !

Merci d'avance et bon courage pour l'organisation 💚💛

Salma

--
Salma Idbelkacem
Cheftaine du groupe Pionniers
Association des Éclaireurs du Souss (AES) – Agadir
📸 Insta : @salma.scoutlife
Facebook : Éclaireurs du Souss Agadir
"""
    body = alt(text, "000000000000e4b7a205ba6c9f21", html=android_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-yw1-f181.google.example.com", "192.0.2.181", M13_QID,
           "Salma Idbelkacem <salma.idbelkacem@gmail.example.com>", hdr(M13_SUBJ), M13_ID, body)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Idbelkacem", "Cheftaine du groupe Pionniers", "Association des Éclaireurs du Souss (AES)",
           ["roundtable"], 3)],
        notes="a young scout leader proposes herself in chatty French with emojis ('Coucou l'équipe', 'J'aimerais "
              "trop'), typed on a phone (Gmail for Android); the body gives only 'cheftaine scoute à Agadir': name, "
              "title and association are only in the signature, with '– Agadir' (the town), an Instagram handle and "
              "a Facebook page; the teenagers aged 14-15 are the people she works with, not speakers. Emoji in the "
              "subject (RFC 2047). Thanked in h245-19."))


# ================================================================ 14  AR  report  Mahdia youth group: report pasted in the body, Tunisian Arabic
def m14():
    when = at("2021-02-04 21:30:56")
    subj = "تقرير شباب المهدية - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """عسلامة،

احنا مجموعة شباب متطوعين في جمعية شباب المهدية للمواطنة، أعمارنا بين ١٦ و٢٣ سنة. قرينا الدعوة متاعكم وحبينا نبعثولكم تقرير صغير كتبناه بروحنا على "الحرقة" في جهتنا. ما عندناش إمكانيات باش نعملو PDF مصمم، سامحونا، التقرير هوني في الإيميل:

---------------------------------
تقرير طوعي: الشباب والهجرة غير النظامية في ولاية المهدية
من إعداد: فريق الشباب المتطوعين بجمعية شباب المهدية للمواطنة - جانفي ٢٠٢١
---------------------------------

١. من نحن
فريق من ١٤ شاب وشابة، تلامذة وطلبة وعاطلين عن العمل، من المهدية وقصور الساف والشابة. قمنا بين أكتوبر وديسمبر ٢٠٢٠ بمقابلات مع ٥٢ شاب وشابة ومع ٩ عائلات عندها ولد "حرق" أو مفقود في البحر.

٢. ما لاحظناه
- أكثر من ٣٠ شاب من أحيائنا ركبوا البحر نحو لمبادوزا منذ ٢٠١٩، منهم قُصّر عمرهم ١٥ و١٦ سنة.
- أغلبهم انقطعوا عن الدراسة قبل البكالوريا.
- العائلات تدفع أحياناً ثمن "الحرقة" بالديون أو ببيع الذهب.
- عائلات المفقودين لا تجد أي جهة تتابع ملفاتها.

٣. لماذا يغادر الشباب
البطالة، غياب الثقة في المستقبل، صعوبة الحصول على التأشيرة، وضغط الأصدقاء ووسائل التواصل الاجتماعي (فيديوهات الوصول على تيك توك).

٤. ما نطلبه
- فتح طرق قانونية للدراسة والعمل الموسمي للشباب.
- مرافقة نفسية وقانونية لعائلات المفقودين.
- برامج تكوين وتشغيل حقيقية في الجهات الداخلية.
- إشراك الشباب في السياسات التي تخصهم.
---------------------------------

يعطيكم الصحة، ونتمناو صوتنا يوصل 🙏

عن الفريق: أيوب الزغلامي
جمعية شباب المهدية للمواطنة
فيسبوك: Chabab Mahdia Citoyens
"""
    body = alt(text, "000000000000b17e3f05ba6f2c08", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 6), "mail-ej1-f44.google.example.com", "192.0.2.44", "4DWs0Gq6NpZ5",
           addr("Ayoub Zeghlami", "chabab.mahdia.citoyens@gmail.example.com"), hdr(subj),
           "<CAGx8Tq2mW5vN1kR+z7Pb3Lc9hY4dF6sJe1@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="a report written by young volunteers (16-23) and pasted into the body between dashed lines: framing "
              "in Tunisian Arabic ('عسلامة', 'قرينا', 'متاعكم', 'هوني', 'يعطيكم الصحة'), sections in simple standard "
              "Arabic; no attachment (report_attachments empty); ages, years and 'تيك توك' are context; signed 'عن "
              "الفريق' with a Facebook page. Gmail, base64 parts, Date in UTC+1."))


# ================================================================ 15  EN  speaker  Kuwait education centre: speaker only in an attached form, Thunderbird 8bit
M15_FILE = "Speaker form - S. Kurian (BSCEC).docx"


def m15():
    when = at("2021-02-05 21:12:40")
    subj = "Speaker request form - BSCEC Kuwait"
    text = """Dear GCM Regional Review team,

Please find attached the completed speaker request form for our Education Programme Manager.

We are sorry to send it so late in the day - we only received the signed form back this evening.

Kind regards,

Meenakshi Iyer
Admin & Communications Officer
BSCEC - Kuwait
Salmiya · Block 10 · +965 2200 0000
"""
    form = make_docx(["SPEAKER REQUEST FORM",
                      "Regional Review of the Global Compact for Migration - Arab Region, 2021",
                      "1. Full name of the speaker: Ms. Shreya Thomas Kurian",
                      "2. Title / position: Education Programme Manager",
                      "3. Organization: Bright Steps Children's Education Centre (BSCEC), Kuwait",
                      "4. Requested role (tick one):",
                      "[ ] Open discussion of the multi-stakeholder consultation (23 February)",
                      "[ ] Rapporteur (key messages of stakeholders)",
                      "[ ] Floor intervention - plenary session",
                      "[X] Floor intervention - thematic roundtable   Roundtable No.: 2",
                      "5. Email: s.kurian@brightsteps-kw.example.org",
                      "Signature: S. T. Kurian          Date: 05/02/2021"])
    p1 = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [p1, attach(DOCX, form, M15_FILE)], "------------7C1A9E3F5B2D8046E0F4A6C3")
    m = mk(when, sent_at(when, 3, 11), "smtp.brightsteps-kw.example.org", "203.0.113.61", "4DXKc52PvTz9",
           "Meenakshi Iyer <admin@brightsteps-kw.example.org>", subj,
           "<5f2c9a71-3e84-4b0d-a6c2-91d7e05b3f48@brightsteps-kw.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "en-US")])
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Shreya Thomas Kurian", "Education Programme Manager", "Bright Steps Children's Education Centre (BSCEC)",
           ["roundtable"], 2)],
        notes="the body names nobody and gives the centre only as 'BSCEC - Kuwait' in the signature: the speaker is only in the "
              "attached DOCX form (not a report), where one of four boxes is ticked ('[X] ... thematic roundtable   "
              "Roundtable No.: 2'); 'Ms.' dropped, ', Kuwait' after the acronym is the place. Received 21:12 Beirut "
              "on the speaker deadline day (22:12 in Kuwait, 'so late in the day'): on time. Thunderbird, 8bit "
              "format=flowed text."))


# ================================================================ 16  FR  speaker  Fès youth collective at 23:24 Moroccan time = 00:24 Beirut: late
def m16():
    when = at("2021-02-06 00:24:51")
    subj = "Demande d'intervention CJMF - Fès"
    text = """Bonsoir,

Juste à temps j'espère ! 😅

Le Collectif Jeunes et Mobilité de Fès (CJMF) souhaite proposer Mlle Meryem Zniber, chargée des programmes jeunesse du collectif, pour intervenir à la table ronde thématique n°1, et si possible comme rapporteuse pour porter les messages clés des jeunes.

Meryem anime depuis 2018 nos cafés-débats entre étudiants subsahariens de l'université et jeunes Fassis qui rêvent de partir.

Désolé pour l'envoi de dernière minute, notre réunion de bureau s'est terminée ce soir seulement.

Bien à vous,
Ilyas Akhrif
Secrétaire général – CJMF
Collectif Jeunes et Mobilité de Fès
Fès, Maroc
"""
    body = alt(text, "----=_Part_1290337_1408822317.1612563887412", html=yahoo_html(text))
    m = mk(when, sent_at(when, 1, 4), "sonic309-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.209",
           "4DXZk80RcWz1", "Ilyas Akhrif <ilyas.akhrif@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1612563887412.1290338@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Meryem Zniber", "chargée des programmes jeunesse", "Collectif Jeunes et Mobilité de Fès (CJMF)",
           ["roundtable", "rapporteur"], 1)],
        notes="late by 25 minutes: the Date header reads Friday 5 February 23:24 +0100 (Fès) and the sender believes "
              "he is 'juste à temps', but the mailbox received it at 00:24 on 6 February Beirut time. Speaker in "
              "prose with 'Mlle' (dropped), title recorded without 'du collectif'; two roles, roundtable 1 first and "
              "'si possible comme rapporteuse'. The sender (secretary-general) is not the speaker. Yahoo."))


# ================================================================ 17  AR  other  Alexandria children's animation initiative: can we send a video?
def m17():
    when = at("2021-02-08 12:30:05")
    subj = "استفسار بخصوص فيديو من عمل الأطفال"
    text = """مساء الخير،

معاكم نهى من مبادرة "حواديت صغيرة" في إسكندرية. إحنا مبادرة تطوعية بنعمل ورش رسم وتحريك (أنيميشن) مع أطفال من أسر سورية وسودانية وإريترية عايشين في العجمي والمندرة.

الأطفال عملوا فيديو قصير (حوالي ٧ دقايق) بيحكوا فيه بالرسومات عن رحلتهم وعن المدرسة هنا، وكنا عايزين نسأل:
١- ينفع نبعت الفيديو كمساهمة في الاستعراض بدل التقرير الطوعي المكتوب؟ ولا لازم يكون تقرير؟
٢- حجمه حوالي ٣٥٠ ميجا، نبعته إزاي؟ وي ترانسفير ولا جوجل درايف؟
٣- وشوش الأطفال مش باينة في الفيديو بس أصواتهم موجودة، ده مقبول؟

شكراً جداً ليكم 🌸

نهى الدمرداش
منسقة مبادرة حواديت صغيرة
إسكندرية
"""
    body = alt(text, "0000000000007d2a9c05bad81e44", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-lj1-f171.google.example.com", "192.0.2.171", "4DYd3Wm7KqZ2",
           addr("Noha Eldemerdash", "hawadeet.soghayara@gmail.example.com"), hdr(subj),
           "<CAK1pR6wN9vT3xM+b5Lz8Hc2sY7dF4gJe3k@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions in Egyptian colloquial Arabic ('معاكم', 'عايزين', 'ينفع نبعت', 'إزاي') about sending a "
              "children's animated video instead of a written report, how to send 350 MB and whether voices without "
              "faces are acceptable: 'التقرير الطوعي' is named but nothing is submitted and nobody is proposed. "
              "Gmail, base64 parts, Latin-script From name."))


# ================================================================ 18  EN  both  young people of migrant families in the UAE: youth-led report + late speaker
M18_FILE = "TCKC – Growing Up Temporary (youth-led report).docx"


def m18():
    when = at("2021-02-09 19:48:22")
    subj = "TCKC youth-led report + speaker request (late, sorry!)"
    text = """Hi there!

We're the Third Culture Kids Collective (TCKC) 🌍 - a youth-led group of young people who were born or grew up in the UAE as children of migrant workers (our families come from Kerala, the Philippines, Sudan, Pakistan and Egypt). Most of us have never lived in our "home" countries, but we can't stay here after 18 unless we find a job or a university sponsors our visa.

Attached is our youth-led report "Growing Up Temporary", written by 12 of us aged 17 to 24 from interviews with 60 young people across Dubai, Sharjah and Ajman ✍️

We also know the deadline for speakers was 5 February (we only found out about the review last week 😬), but if there is still any space, we'd love for our co-founder and research lead Kezia Mathew to speak in Thematic Roundtable 4.

Thank you for reading this, and for making space for young voices! 💛

Warmly,
Hiba Elamin
on behalf of the TCKC team

Hiba Elamin | Outreach Coordinator
Third Culture Kids Collective (TCKC)
IG / TikTok: @tckc.gulf
"""
    doc = make_docx(["Growing Up Temporary", "A youth-led report by the Third Culture Kids Collective (TCKC)",
                     "Voluntary contribution to the Regional Review of the GCM, Arab region 2021",
                     "1. Who we are", "2. Turning 18 on a dependant visa", "3. School, university and fees",
                     "4. Belonging nowhere and everywhere", "5. What we ask for"])
    a = alt(text, "Apple-Mail=_3B7E1C94-8A2D-4F60-B5E9-C0D4A7F21E83", html=apple_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M18_FILE)], "Apple-Mail=_0D9A4E27-6B1C-4F83-92A5-E7C3B8D1F046")
    m = mk(when, sent_at(when, 4, 10), "mail-pf1-f176.google.example.com", "192.0.2.176", "4DZ2sB5TmHz7",
           "Hiba Elamin <hiba.tckc@gmail.example.com>", subj,
           "<F2A8C6E1-4D9B-4B37-8E05-A1C7D3B9E642@gmail.example.com>", body, extra=[("X-Mailer", APPLE)])
    add(18, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Kezia Mathew", "co-founder and research lead", "Third Culture Kids Collective (TCKC)", ["roundtable"], 4)],
        report_attachments=[M18_FILE],
        notes="both, received 9 February: the report is on time but the speaking request is after 5 February (the "
              "sender says so), so on_time is false. A youth-led report (DOCX, name with an en dash and brackets, "
              "RFC 2231 + RFC 2047); the speaker is named in prose after her title ('our co-founder and research lead "
              "Kezia Mathew'); enthusiastic style with emojis and an IG/TikTok handle; the sender signs 'on behalf "
              "of the TCKC team' and is not the speaker. Apple Mail, Date in UTC+4."))


# ================================================================ 19  FR  other  the Agadir scout leader thanks us from camp (reply to our ack of 13)
def m19():
    when = at("2021-02-10 09:05:37")
    ack = ack_mid(M13_QID)
    quoted = """Madame Salma Idbelkacem,

Le secrétariat vous remercie de votre message « %s » et accuse réception de votre demande d'intervention (1 intervenant·e). Le secrétariat reviendra vers vous au sujet du programme.

Examen régional du Pacte mondial pour les migrations - États arabes""" % M13_SUBJ
    text = """Merciiii beaucoup 😍🙏 désolée pour la réponse tardive, j'étais en camp sans réseau ⛺
Toute l'équipe des Pionniers vous fait un grand salut scout 💚💛

Salma

Le jeu. 4 févr. 2021 à 17:20, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000f8c21d05bb02e7a9", html=android_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-yw1-f181.google.example.com", "192.0.2.181", "4DZQv14JrLz6",
           "Salma Idbelkacem <salma.idbelkacem@gmail.example.com>", re_hdr("Re: ", "Accusé de réception - " + M13_SUBJ),
           "<CAH5nL4xT1mW8vP+q2Kz6Bc9dY3hF7sRe5w@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M13_ID + " " + ack)])
    add(19, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 13,
        notes="a thank-you with emojis answering our acknowledgement of h245-13 six days later (References name "
              "h245-13): it adds nothing new, so no acknowledgement; the quoted acknowledgement repeats the words "
              "'demande d'intervention'. Gmail for Android."))


# ================================================================ 20  AR  report  Taiz foundation: forwarded by a colleague, report in Arabic + English
M20_FILE_AR = "تقرير مؤسسة صناع الأمل - الأطفال المتنقلون في تعز 2021.pdf"
M20_FILE_EN = "Sunnaa Al-Amal Foundation - Children on the Move in Taiz (EN).pdf"


def m20():
    when = at("2021-02-11 14:44:19")
    subj = "التقرير الطوعي لمؤسسة صناع الأمل لحماية الطفولة"
    orig = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية     المحترمون
تحية طيبة وبعد،

يسرنا في مؤسسة صناع الأمل لحماية الطفولة أن نرفق لكم تقريرنا الطوعي حول أوضاع الأطفال المتنقلين في محافظة تعز: الأطفال النازحون داخلياً، والأطفال المهاجرون القادمون من القرن الأفريقي في طريقهم إلى دول الخليج، والأطفال المجندون والعائدون. والتقرير مرفق باللغة العربية ومعه ترجمته الإنجليزية.

نرجو التكرم بإشعارنا بالاستلام.

وتقبلوا خالص التحية والتقدير،

أ. عبدالله محمد الشميري
رئيس المؤسسة
مؤسسة صناع الأمل لحماية الطفولة | Sunnaa Al-Amal Foundation for Child Protection
تعز - الجمهورية اليمنية
"""
    text = """السلام عليكم،

نعيد إليكم رسالة الأستاذ عبدالله أدناه مع مرفقاتها، لأنها وصلت إلى بريدي الشخصي بدل عنوانكم.

مع الشكر،
أسماء عبده سيف
مسؤولة الإعلام والتواصل
مؤسسة صناع الأمل لحماية الطفولة - تعز

---------- Forwarded message ---------
From: عبدالله الشميري <sunnaa.alamal.taiz@gmail.example.com>
Date: الخميس، 11 فبراير 2021 في 10:02 ص
Subject: %s
To: أسماء عبده <asmaa.abdo.saif@gmail.example.com>


""" % subj + orig
    pdf_ar = rep_pdf("Voluntary GCM review report (Arabic)", "Sunnaa Al-Amal Foundation for Child Protection, Taiz",
                     ["Internally displaced children in Taiz", "Children from the Horn of Africa in transit",
                      "Recruited and returning children", "Recommendations"])
    pdf_en = rep_pdf("Children on the Move in Taiz - Voluntary GCM review report (English translation)",
                     "Sunnaa Al-Amal Foundation for Child Protection, Taiz",
                     ["Internally displaced children in Taiz", "Children from the Horn of Africa in transit",
                      "Recruited and returning children", "Recommendations"])
    a = alt(text, "000000000000c5d83a05bb1e6f72", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf_ar, M20_FILE_AR),
                           attach("application/pdf", pdf_en, M20_FILE_EN)], "000000000000c5d83c05bb1e6f74")
    m = mk(when, sent_at(when, 3, 8), "mail-wr1-f49.google.example.com", "192.0.2.149", "4F0Bq28WxNz4",
           addr("أسماء عبده سيف", "asmaa.abdo.saif@gmail.example.com"), re_hdr("Fwd: ", subj),
           "<CAJ6vQ9xN2mR5kT+w1Hz8Lb4pY7cF3dGe0s@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE_AR, M20_FILE_EN],
        notes="a report forwarded by a colleague ('Fwd:', Gmail's English forward header with an Arabic date line) "
              "because the president's message went to her personal address; the forwarder's own signature comes "
              "before the forwarded letter. Two PDFs make up the report: the Arabic report and its English "
              "translation ('مرفق باللغة العربية ومعه ترجمته الإنجليزية'), both listed (Arabic name in RFC 2231 + "
              "RFC 2047). Mixed-language signature; 'أ.' on the president's name, but no speaker is proposed. Date "
              "in UTC+3."))


# ================================================================ 21  EN  other  youth network's campaign toolkit (PDF) - not its report
def m21():
    when = at("2021-02-13 16:20:48")
    subj = "#NotTooYoung – youth campaign toolkit for the Regional Review 📣"
    text = """Hello GCM Regional Review team!

I'm Omar from the Mosaic Youth Migration Network (MYMN), a network of 30+ youth groups and student clubs from 9 Arab countries working on migration 🌍

Ahead of the Regional Review we're launching #NotTooYoung, a social media campaign that asks young people to share in 30-second videos what safe migration means to them. Attached is our campaign toolkit (key messages, hashtags, visuals) - we'd be really grateful if the Network could share it on its pages or with partners 🙏

Just to be clear, this is NOT our voluntary report 🙂 The network's report is still being finalised and we'll send it before the 16 February deadline.

And a quick question: would there be any way to play a 2-minute compilation of the videos during the consultation on 23 Feb?

Cheers,
Omar

Omar Baddour
Campaigns Coordinator
Mosaic Youth Migration Network (MYMN)
Twitter / IG: @MYMNetwork | #NotTooYoung
"""
    kit = make_pdf(["#NotTooYoung - Campaign toolkit", "Mosaic Youth Migration Network (MYMN)", "",
                    "1. Key messages", "2. Hashtags and handles", "3. How to film your 30-second video",
                    "4. Visuals and templates", "5. Posting calendar: 15-25 February 2021"])
    a = alt(text, "000000000000b2e9d405bb4a8c17", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", kit, "NotTooYoung_Campaign_Toolkit_EN.pdf")],
                 "000000000000b2e9d605bb4a8c19")
    m = mk(when, sent_at(when, 2, 7), "mail-qt1-f169.google.example.com", "192.0.2.169", "4F1Tn36GkVz2",
           "Omar Baddour <omar.mymn@gmail.example.com>", hdr(subj),
           "<CAL3wT7xQ1nV9kR+m4Bz2Hd8pY5cF6sJe2r@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a youth network sends its social-media campaign toolkit as a PDF and asks us to share it, with a "
              "question about playing videos on 23 February: the PDF is explicitly 'NOT our voluntary report' (the "
              "report is announced for before 16 February and is not in this set), so nothing is submitted and "
              "report_attachments is empty. Emojis in the subject and body, hashtags and handles."))


# ================================================================ 22  FR  report  Mauritanian network at 21:31 Nouakchott time on the deadline day
M22_FILE = "Rapport_REMPEM_enfants_en_mobilité_février_2021.docx"


def m22():
    when = at("2021-02-16 23:31:09")
    subj = "Rapport volontaire du REMPEM – examen régional du Pacte mondial"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire du Réseau Mauritanien pour la Protection des Enfants en Mobilité (REMPEM), qui regroupe 17 associations de Nouakchott, Nouadhibou, Rosso et Kaédi.

Ce rapport collectif porte sur les enfants talibés venus du Sénégal, du Mali et de Guinée, les enfants des familles de pêcheurs migrants à Nouadhibou, les mineurs interceptés sur la route des Canaries et les enfants sans acte de naissance. Il comprend une partie rédigée par le comité des enfants du réseau (douze enfants de 12 à 17 ans).

Nous nous excusons pour cet envoi tardif : la validation par les associations membres n'a été achevée que ce soir.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pr Ahmed Salem Ould Abdel Wedoud
Coordinateur national du REMPEM
Réseau Mauritanien pour la Protection des Enfants en Mobilité
Nouakchott – Mauritanie
"""
    doc = make_docx(["Reseau Mauritanien pour la Protection des Enfants en Mobilite (REMPEM)",
                     "Rapport volontaire - examen regional du Pacte mondial, fevrier 2021",
                     "1. Les enfants talibes venus des pays voisins", "2. Les enfants des pecheurs migrants a Nouadhibou",
                     "3. Les mineurs sur la route des Canaries", "4. Etat civil et acte de naissance",
                     "5. La parole du comite des enfants", "6. Recommandations"])
    p1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    body = multi("mixed", [p1, attach(DOCX, doc, M22_FILE)], "------------B3E8F1A62C0D94757A1E2C48")
    m = mk(when, sent_at(when, 0, 9), "smtp.rempem.example.mr", "203.0.113.140", "4F3M2Tk8BnZ6",
           "REMPEM Coordination <coordination@rempem.example.mr>", hdr(subj, enc="Q"),
           "<b7e41c2a-95d3-4f86-a0e7-3c8d1f5b2a69@rempem.example.mr>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="on time by 29 minutes: received 23:31 Beirut on 16 February, Date header 21:31 +0000 (Nouakchott); the "
              "sender apologises for 'cet envoi tardif' (the late hour), which is not a late submission. Collective "
              "report with a part written by the network's children's committee; DOCX with an accented name "
              "(RFC 2231 + RFC 2047); 'Pr' in the signature but no speaker. Thunderbird, quoted-printable."))


# ================================================================ 23  AR  report  Baghdad youth team, a day late, iPhone
M23_FILE = "تقرير فريق شباب الكرخ التطوعي 2021.pdf"


def m23():
    when = at("2021-02-17 19:35:12")
    subj = "تقرير فريق شباب الكرخ"
    text = """السلام عليكم
نعتذر كلش على التأخير يوم واحد 🙏 كان عدنا امتحانات نصف السنة بالجامعة وما گدرنا نخلص التقرير قبل.

مرفق تقرير فريق شباب الكرخ التطوعي عن الأطفال والشباب العائدين من تركيا وأوروبا بمناطق الكرخ وأبو غريب، كتبناه احنا الشباب بعد ما سوينا مقابلات ويا ٤٥ شاب وعائلة.

نتمنى ينقبل ويوصل صوتنا 🤍

مصطفى حيدر
فريق شباب الكرخ التطوعي
انستا: @karkh.youth.team

Sent from my iPhone
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Karkh Youth Volunteer Team, Baghdad",
                  ["Children and young people returning from Turkey and Europe", "Karkh and Abu Ghraib",
                   "45 interviews", "What young returnees need"])
    t1 = leaf("text/plain", text, "utf-8", "base64")
    body = multi("mixed", [t1, attach("application/pdf", pdf, M23_FILE)],
                 "Apple-Mail-9E2B7C41-5D3A-4F86-B0C1-7A4E8D2F6C15")
    m = mk(when, sent_at(when, 3, 12), "mr85p00im-hyfv06021401.me.example.com", "198.51.100.188", "4F4Gx71QdMz3",
           addr("Mustafa Haider", "mustafa.haider.karkh@icloud.example.com"), hdr(subj),
           "<C4E7A1B9-3F2D-4E58-9A06-B8D5F1C2E374@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="late (17 February, the day after the report deadline) and says so ('نعتذر كلش على التأخير يوم واحد', "
              "mid-year university exams); a report written by young volunteers, PDF with an Arabic name (RFC 2231 + "
              "RFC 2047); Iraqi colloquial ('كلش', 'عدنا', 'گدرنا', 'سوينا', 'ويا'); Instagram handle. iPhone, "
              "plain text base64 + PDF, Date in UTC+3."))


# ================================================================ 24  FR  other  a student asks how to follow the consultation
def m24():
    when = at("2021-02-19 11:10:20")
    subj = "Suivre la consultation du 23 février ?"
    text = """Bonjour,

Je suis étudiant en master de sociologie à Tunis et membre du club « Jeunes et Migrations » de ma faculté. Je ne demande pas à intervenir (je sais que les délais sont passés 😉), mais avec quelques camarades on aimerait suivre la consultation du 23 février et, si possible, les tables rondes du 24-25.

Est-ce qu'il y aura une retransmission en direct (YouTube, Facebook) ou un lien Zoom ouvert ? Faut-il s'inscrire quelque part ?

Merci d'avance !
Firas Ben Hmida
@firas.bhm

Obtenir Outlook pour Android
"""
    body = alt(text, "_000_HE1PR0102MB3275A9C4E1D7B628_", html=android_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-he1eur01olkn2083.outbound.protection.outlook.example.com",
           "198.51.100.83", "4F5Ls09TzRz8", "Firas Ben Hmida <firas.benhmida@outlook.example.fr>", hdr(subj, enc="Q"),
           "<HE1PR0102MB3275A9C4E1D7B628@HE1PR0102MB3275.eurprd01.prod.exchangelabs.example.com>", body,
           extra=[("X-Mailer", "Outlook for Android"), ("Content-Language", "fr-FR")])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a student asks how to follow the consultation and the roundtables (livestream, Zoom link, "
              "registration) and writes 'Je ne demande pas à intervenir': no speaker although the club, the "
              "sessions and their dates are named. Phone mail (Outlook for Android), emoji, a handle instead of a "
              "signature block."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
