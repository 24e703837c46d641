#!/usr/bin/env python3
"""Write the blind evaluation set holdout274 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets274.py
Theme: labour migration in the Gulf and the Mashreq (26 January - 17 February 2021).  Domestic workers'
associations, trade unions and workers' federations, recruitment-reform campaigners: a Nepali workers' network in
Doha proposing three members in bullets (a mistyped Cc address bounces our acknowledgement), a Kuwaiti volunteer
team writing in Gulf dialect from an iPhone (one worker they would like to hear stays anonymous; their thank-you
follows), an Ivorian domestic workers' collective in Lebanon asking questions and later declining, a Kenyan
returnees' network sending a report with an annex, a Gulf federation of unions nominating three people in an
Outlook table (its international secretary's out-of-office answers our acknowledgement), a network of African
domestic workers in the Middle East proposing three speakers in a numbered list (a Cc'd speaker's Gmail vacation
reply, then a replacement by reply), a Beirut domestic workers' league writing in Lebanese dialect with a report
and two speakers, an East African federation that only wants to observe the plenary, a Kerala nurses' and
domestic workers' forum in Kuwait with a table of nominees (Indian English, then its report 'PFA'), a Jordanian
QIZ workers' forum at 23:41 on the speaker deadline, a Ugandan association in Riyadh 12 minutes late, a Malagasy
association's report with a photo, a South Asian zero-recruitment-fees alliance (report on time, speakers late), a
Lebanese anti-kafala campaign's bilingual report and its 'did you get it?' follow-up, a Cameroonian association in
Kuwait at 23:58 on the report deadline and a Beninese association's report one day late.  Several speakers at once
in bullets, numbered lists and tables, with titles or affiliations missing or given for only one of them.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(274)
add = SET.add
H = "h274-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
YAHOO_ANDROID = "WebService/1.1.17712 YahooMailAndroidMobile"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.10"


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c2e81a4yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'dir="auto" style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '%s</body></html>\n' % inner)


def paras_html(text, rtl=False, cls="MsoNormal"):
    d = ' dir="rtl"' if rtl else ""
    return "".join('<p class="%s"%s>%s<o:p></o:p></p>' % (cls, d, esc(p).replace("\n", "<br>\n"))
                   for p in text.strip("\n").split("\n\n"))


def mso_table(rows, rtl=False, head_bg="#D9E2F3"):
    """An Outlook (Word) table: the first row is the header."""
    d = ' dir="rtl"' if rtl else ""
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"%s '
           'style="border-collapse:collapse;border:none">' % d]
    for k, row in enumerate(rows):
        bg = ' style="background:%s;border:solid windowtext 1.0pt;padding:0cm 5.4pt"' % head_bg if k == 0 else \
            ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
        cells = "".join('<td valign="top"%s><p class="MsoNormal"%s>%s%s<o:p></o:p></p></td>'
                        % (bg, d, "<b>" + esc(c) + "</b>" if k == 0 else esc(c), "" if c else "&nbsp;")
                        for c in row)
        out.append("<tr>%s</tr>" % cells)
    out.append("</table>")
    return "".join(out)


def mso_page(inner, lang="EN-US", rtl=False, img_cid=None):
    d = ' dir="rtl"' if rtl else ""
    img = ('<p class="MsoNormal"><img width="120" height="60" src="cid:%s" alt="logo"></p>' % img_cid) if img_cid else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" '
            'content="Microsoft Word 15 (filtered medium)"></head><body lang="%s" link="#0563C1"%s>'
            '<div class="WordSection1"%s>%s%s</div></body></html>\n' % (lang, d, d, inner, img))


def tab_rows(rows):
    """Outlook's text/plain rendering of a table: one line per row, cells separated by tabs."""
    return "\n".join("\t".join(r) for r in rows)


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial pour les migrations dans "
                "la région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers "
                "vous au sujet du programme.\n\nExamen régional du PMM - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def postfix_bounce(when, qid, rcpt, notice_tail, dsn_rcpt, returned, boundary, mid):
    text = POSTFIX_NOTICE + "\n" + notice_tail
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: %s\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n" % (qid, rfcdate(when - dt.timedelta(seconds=5), "EET")) + dsn_rcpt)
    body = dsn_report(text, dsn, returned, boundary)
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", mid)]
    return top(body, rows)


# ================================================================ 01  EN  speaker  Nepali workers' network in Doha: three members in bullets
M01_ID = "<CAJ7kNq3Xr8vT2mW+c5Lp9Ha4sD1fBz6eY0@mail.gmail.example.com>"
M01_SUBJ = "HMWSN - request for speaking roles (GCM Regional Review, Arab region)"
M01_QID = "4DQ0bX7hKlz3"
M01_CC = "bishnu.adhikari@gmial.example.com"
HMWSN = "Himalayan Migrant Workers' Solidarity Network (HMWSN)"


def m01():
    when = at("2021-01-26 09:12:41")
    text = """Dear GCM Regional Review Secretariat,

Namaste and warm greetings from Doha.

The Himalayan Migrant Workers' Solidarity Network (HMWSN) is a network of Nepali migrant workers' groups in Qatar, Kuwait, Saudi Arabia and the UAE, with a help desk in Kathmandu for those who have come back. Most of our members work in construction, security, cleaning and domestic work. We came to know about the Regional Review through the Migrant Forum in Asia mailing list.

We would like to propose the following members to speak at the consultation and the conference:

* Ms. Sunita Gurung - Coordinator, Domestic Workers' Desk - Rapporteur (key messages)
* Bishnu Prasad Adhikari - Roundtable 1 (he worked 9 years on construction sites in Qatar and now runs our wage theft helpline)
* Ram Kumari Tamang - any of the roundtables (she came back from Kuwait in 2019 after 11 years as a domestic worker)

All three are HMWSN members. Sunita and Ram Kumari will join from Kathmandu, Bishnu from Doha. Bishnu ji is in copy.

With regards,

Prakash Shrestha
General Secretary
Himalayan Migrant Workers' Solidarity Network (HMWSN)
Doha, Qatar | +974 5500 0000
"""
    body = alt(text, "000000000000a41c7e05b9cb2d84", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 6), "mail-pj1-f47.google.example.com", "192.0.2.47", M01_QID,
           "Prakash Shrestha <prakash.hmwsn@gmail.example.com>", M01_SUBJ, M01_ID, body,
           cc="Bishnu Adhikari <%s>" % M01_CC)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Sunita Gurung", "Coordinator, Domestic Workers' Desk", HMWSN, ["rapporteur"]),
        sp("Bishnu Prasad Adhikari", None, HMWSN, ["roundtable"], 1),
        sp("Ram Kumari Tamang", None, HMWSN, ["roundtable"])],
        notes="three members of a Nepali workers' network in a bulleted list; a title is given only for the first "
              "('Ms.' dropped); the second is described ('now runs our wage theft helpline') and the third only by "
              "her past work, so their titles are null; the affiliation comes from 'All three are HMWSN members'. "
              "'any of the roundtables' = roundtable role without a number (null). Nine and eleven years, 2019 are "
              "biography; the sender (General Secretary) is not proposed. Gmail, Date in UTC+3; the Cc address is "
              "mistyped (gmial) and our acknowledgement's copy bounces (h274-02)."))


# ================================================================ 02  EN  bounce  copy of our acknowledgement of 01 to the mistyped Cc: domain not found
def m02():
    when = at("2021-01-26 09:13:58")
    tail = """<%s>: Host or domain name not found. Name service error
    for name=gmial.example.com type=AAAA: Host not found
""" % M01_CC
    dsn_rcpt = ("Final-Recipient: rfc822; %s\n"
                "Original-Recipient: rfc822;%s\n"
                "Action: failed\n"
                "Status: 5.4.4\n"
                "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
                "    for name=gmial.example.com type=AAAA: Host not found\n" % (M01_CC, M01_CC))
    returned = ("Return-Path: <gcmrrarabstates@iom.int>\n"
                "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                "To: Prakash Shrestha <prakash.hmwsn@gmail.example.com>\n"
                "Cc: Bishnu Adhikari <%s>\n"
                "Subject: Acknowledgement of receipt - %s\n"
                "Date: %s\n"
                "Message-ID: %s\n"
                "In-Reply-To: %s\n"
                "References: %s\n" % (M01_CC, M01_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M01_QID),
                                      M01_ID, M01_ID))
    m = postfix_bounce(when, "4DQ0dF2yVnz8", M01_CC, tail, dsn_rcpt, returned,
                       "4DQ0dF2yVnz8.1611645238/mx1.iom.int", "<20210126071358.4DQ0dF2yVnz8@mx1.iom.int>")
    add(2, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.4.4, domain not found: 'gmial') for the copy of our acknowledgement of h274-01 sent "
              "to the Cc'd speaker; the returned headers carry the 'request for speaking roles' subject and the "
              "speaker's name. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 03  AR  speaker  Kuwaiti volunteer team, Gulf dialect, iPhone: two names, one anonymous worker
M03_ID = "<9C4E1B72-5A3D-4F8E-B61C-2D7A90E3F415@gmail.example.com>"
M03_SUBJ = "مشاركة فريق سند البيت بالنقاش المفتوح"
M03_QID = "4DQy3Rk8TmZ1"
SANAD = "فريق سند البيت التطوعي"


def m03():
    when = at("2021-01-27 20:31:07")
    text = """السلام عليكم ورحمة الله
هلا والله فيكم

احنا فريق سند البيت التطوعي، فريق كويتي صغير من ٢٠١٧، نساعد العاملات المنزليات اللي يطلعون من بيوت الكفلاء وما عندهم مكان يروحون له، نتابع معاهم المخفر والسفارة وقضايا الرواتب المتأخرة، ونوفر لهم سكن مؤقت لين تخلص أمورهم.

شفنا الدعوة اللي نشرتها إحدى الجمعيات بالانستغرام وحبينا نشارك بالنقاش المفتوح يوم ٢٣ فبراير، ودنا نوصل صوت العاملات اللي نشتغل معاهم.

الأسماء:
- شيخة فهد العنزي، رئيسة الفريق
- دانة يوسف الرشيد

وكان ودنا وحدة من العاملات اللي ساعدناهم تتكلم بنفسها، بس هي للحين خايفة وما تبي ينذكر اسمها، اذا وافقت نرسل لكم اسمها بعدين.

أما التقرير فللأسف ما عندنا وقت نسويه هالسنة 🙏

ومشكورين مقدماً
شيخة

أُرسلت من الـ iPhone الخاص بي
"""
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", apple_html(text), cte="base64")],
                 "Apple-Mail-3E8B51C2-7D04-4A9F-8C26-B1E07F5D9A34")
    m = mk(when, sent_at(when, 3, 9), "mail-qk1-f182.google.example.com", "192.0.2.182", M03_QID,
           addr("Shaikha Al-Enezi", "shaikha.sanad.kw@gmail.example.com"), hdr(M03_SUBJ), M03_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("شيخة فهد العنزي", "رئيسة الفريق", SANAD, ["open_discussion"]),
        sp("دانة يوسف الرشيد", None, SANAD, ["open_discussion"])],
        notes="Kuwaiti dialect from an iPhone (Gmail account, Latin From name): two names in a dashed list under "
              "'الأسماء:', a title only for the first (the sender herself, who signs with her first name); 'النقاش "
              "المفتوح يوم ٢٣ فبراير' = open_discussion for both. A worker they would like to hear is neither named "
              "nor yet willing, so she is not a speaker; 'التقرير ... ما عندنا وقت نسويه' declines a report. "
              "Arabic-Indic digits; ٢٠١٧ is history. Their thank-you follows (h274-16)."))


# ================================================================ 04  FR  other  Ivorian domestic workers' collective in Lebanon: questions before proposing anyone
M04_ID = "<CAE2wPz6Nq1vK8mR+t4Xc7Lb3sJ9dHf0gA5@mail.gmail.example.com>"
M04_SUBJ = "Questions du CTIL sur la participation"
M04_QID = "4DRb6Wn2PqZ5"


def m04():
    when = at("2021-01-28 11:05:22")
    text = """Bonjour Madame, Monsieur,

Je m'appelle Mariam Bamba, je suis la porte-parole du Collectif des Travailleuses Ivoiriennes au Liban (CTIL). Nous sommes une cinquantaine de femmes de Côte d'Ivoire, pour la plupart employées de maison à Beyrouth et au Mont-Liban, et nous nous entraidons depuis 2018 (rapatriements, hébergement d'urgence, cotisations pour les billets d'avion).

Une sœur nous a fait passer votre lettre d'invitation et nous aimerions beaucoup participer. Avant de vous envoyer des noms, nous avons quelques questions :

- Notre collectif n'est pas enregistré officiellement au Liban. Est-ce que nous pouvons quand même proposer des intervenantes ?
- Plusieurs d'entre nous n'ont plus leur passeport (il est gardé par l'employeur) ou n'ont plus de papiers. Est-ce un problème pour participer en ligne ? Faut-il envoyer une pièce d'identité ?
- Est-ce qu'on peut parler en français, ou faut-il parler en anglais ou en arabe ?
- Les sessions sont à quelle heure ? La plupart d'entre nous ne sont libres que le dimanche.

Merci d'avance pour vos réponses. Dès que nous saurons qui peut se libérer, nous vous écrirons.

Mariam Bamba
Porte-parole du CTIL
WhatsApp : +961 70 000 000
"""
    body = alt(text, "000000000000c3e18a05b9e0f7a2", html=android_html(text))
    m = mk(when, sent_at(when, 2, 8), "mail-ua1-f66.google.example.com", "192.0.2.66", M04_QID,
           "Mariam Bamba <mariam.bamba.ctil@gmail.example.com>", M04_SUBJ, M04_ID, body)
    add(4, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions from an Ivorian domestic workers' collective (unregistered association, confiscated "
              "passports, language, session times) before proposing anyone: 'proposer des intervenantes' and "
              "'Avant de vous envoyer des noms' but nobody is named except the sender, who presents herself "
              "(porte-parole) without asking to speak. Gmail on Android. The collective answers our "
              "acknowledgement later to decline (h274-20)."))


# ================================================================ 05  EN  report  Kenyan returnees' network: report + annex, logo (Outlook)
M05_FILE = "SWRN GCM Voluntary Review Report 2021.pdf"
M05_ANNEX = "Annex 1 - Case stories of returnees.pdf"


def m05():
    when = at("2021-01-29 14:22:10")
    subj = "Submission of Voluntary GCM Review Report - Sauti ya Wafanyakazi Returnees Network (SWRN)"
    text = """Dear Sir/Madam,

Greetings from Nairobi.

On behalf of the Sauti ya Wafanyakazi Returnees Network (SWRN), kindly find attached our voluntary GCM review report, together with Annex 1 (case stories of returnees).

SWRN brings together 420 Kenyan women who worked as domestic workers in Saudi Arabia, Qatar, Oman and Lebanon and have since returned home. The report covers what our members went through before departure (training centres and agents in Nairobi and Mombasa), during their contracts (contract substitution, withheld salaries, no days off) and after coming back, when most of them received no reintegration support at all.

We are not putting forward a speaker at this stage. Should our board decide otherwise, we shall write to you separately before the 5th February deadline.

Asanteni sana,

Grace Wanjiru Mwangi
Chairperson
Sauti ya Wafanyakazi Returnees Network (SWRN)
Kilimani, Nairobi - Kenya
Tel: +254 700 000 000
"""
    pdf = rep_pdf("Voluntary GCM review report", "Sauti ya Wafanyakazi Returnees Network (SWRN), Nairobi",
                  ["Who we are: 420 returnee women", "Before departure: agents and training centres",
                   "During the contract: substitution, withheld wages", "After return: reintegration",
                   "Recommendations to Kenya and to countries of destination"])
    annex = rep_pdf("Annex 1 - Case stories of returnees", "SWRN",
                    ["Story of W. (Riyadh, 2016-2019)", "Story of A. (Muscat, 2018-2020)",
                     "Story of J. (Beirut, 2017-2020)"])
    cid = "image001.png@01D6F63A.2C5E8B10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (200, 60, 20))], "_006_VI1PR03MB4528B7E2C0A9D164_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR03MB4528B7E2C0A9D164_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE), attach("application/pdf", annex, M05_ANNEX)],
                 "_007_VI1PR03MB4528B7E2C0A9D164_")
    m = mk(when, sent_at(when, 3, 9), "mail-vi1eur03on0615.outbound.protection.outlook.example.com",
           "198.51.100.115", "4DSm1Qa93Xz6", "Grace Mwangi <chair@swrn-kenya.example.org>", subj,
           "<VI1PR03MB4528B7E2C0A9D164@VI1PR03MB4528.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHW9hT2Lp4Xk7Vn0Bc3Mq6Rw9Ez2Ty5Uo==", lang="en-GB", has_attach="yes"))
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE, M05_ANNEX],
        notes="a Kenyan returnees' network sends its report as two PDFs (the report and 'Annex 1', which the body "
              "says belongs to it); the signature logo is not part of it. 'We are not putting forward a speaker at "
              "this stage' and the mention of the 5 February deadline must not make it 'both'; the Chairperson "
              "signing is not proposed. Outlook, en-GB, Swahili closing ('Asanteni sana')."))


# ================================================================ 06  AR  speaker  Gulf federation of unions: formal letter, three nominees in an Outlook table
M06_ID = "<DB7PR06MB5243E8A1C9D70B36@DB7PR06MB5243.eurprd06.prod.outlook.example.com>"
M06_SUBJ = "ترشيح متحدثين عن الاتحاد - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M06_QID = "4DVj2Hs61Kz8"
GFBSU = "الاتحاد الخليجي لنقابات عمال البناء والخدمات (GFBSU)"


def m06():
    when = at("2021-02-01 10:40:33")
    head = """الاتحاد الخليجي لنقابات عمال البناء والخدمات (GFBSU)
الأمانة العامة - إدارة العلاقات الدولية

المنامة في: 31 يناير 2021
الإشارة: GFBSU/IR/2021/07

السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية     المحترمين

الموضوع: ترشيح متحدثين عن الاتحاد

تحية طيبة وبعد،،

يطيب لنا أن نتقدم إليكم بخالص الشكر على دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي، ويسرنا إفادتكم بأن الاتحاد، الذي يضم أربع عشرة نقابة عمالية في أربع من دول مجلس التعاون ويبلغ عدد أعضائه من العمال الوافدين نحو 38 ألف عضو، يرشح الإخوة والأخوات التالية أسماؤهم للمشاركة في أعمال المؤتمر الإقليمي يومي 24 و25 فبراير 2021:"""
    rows = [["م", "الاسم", "الصفة", "الجهة", "المشاركة المطلوبة"],
            ["1", "الأستاذ/ جاسم محمد الدوسري", "الأمين العام", "الاتحاد", "مداخلة في الجلسة العامة"],
            ["2", "السيدة/ بريا راماتشاندران", "—", "نقابة عمال الفنادق والضيافة - البحرين",
             "مداخلة في المائدة المستديرة الثالثة"],
            ["3", "الأخ/ عبدالله سالم الكعبي", "رئيس لجنة العمال الوافدين", "الاتحاد",
             "مقرر لعرض الرسائل الرئيسية لأصحاب المصلحة"]]
    tail = """ونود الإشارة إلى أن الاتحاد بصدد إعداد تقريره الطوعي، وسيتم إرساله إليكم قبل الموعد المحدد بإذن الله.

وتفضلوا بقبول فائق الاحترام والتقدير،،

حسين علي المرزوق
الأمين العام المساعد للعلاقات الدولية
الاتحاد الخليجي لنقابات عمال البناء والخدمات
المنامة - مملكة البحرين
هاتف: +973 1700 0000"""
    plain = head + "\n\n" + tab_rows(rows) + "\n\n" + tail + "\n"
    cid = "image001.png@01D6F87B.4A1C9E20"
    html = mso_page(paras_html(head, rtl=True) + mso_table(rows, rtl=True) + paras_html(tail, rtl=True),
                    lang="AR-SA", rtl=True, img_cid=cid)
    rel = multi("related", [leaf("text/html", html, cte="base64"), logo(cid, (0, 84, 150))],
                "_004_DB7PR06MB5243E8A1C9D70B36_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", plain, cte="base64"), rel], "_000_DB7PR06MB5243E8A1C9D70B36_")
    m = mk(when, sent_at(when, 3, 10), "mail-db7eur06on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", M06_QID, addr("حسين علي المرزوق", "h.almarzooq@gfbsu.example.org"),
           hdr(M06_SUBJ), M06_ID, body,
           extra=outlook(hdr(M06_SUBJ), "AdbyHk2Pq7Wr4Ts9Vx1Yz3Ab5Cd7Ef==", lang="ar-SA", has_attach="yes"))
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جاسم محمد الدوسري", "الأمين العام", GFBSU, ["plenary"]),
        sp("بريا راماتشاندران", None, "نقابة عمال الفنادق والضيافة - البحرين", ["roundtable"], 3),
        sp("عبدالله سالم الكعبي", "رئيس لجنة العمال الوافدين", GFBSU, ["rapporteur"])],
        notes="formal letter of a Gulf federation of unions ('الإشارة', 'الموضوع') with its nominees in an Outlook "
              "table (tab-separated rows in the text part): honorifics with a slash ('الأستاذ/', 'السيدة/', "
              "'الأخ/') dropped; the second nominee's title cell is a dash (null) and her union differs from the "
              "federation; 'الاتحاد' in the table means the federation named in the letterhead with its Latin "
              "acronym; 'المائدة المستديرة الثالثة' = 3; 'مقرر لعرض الرسائل الرئيسية' = rapporteur. The report is "
              "only promised ('بصدد إعداد تقريره'), so speaker_request. The signer is not a nominee; his "
              "out-of-office answers our acknowledgement (h274-07). Date in UTC+3."))


# ================================================================ 07  AR  auto_reply  the signer's Exchange out-of-office on our acknowledgement of 06
def m07():
    when = at("2021-02-01 10:41:19")
    ack = ack_mid(M06_QID)
    text = """شكراً لرسالتكم.

أنا خارج المكتب في مهمة رسمية إلى جنيف حتى يوم الأحد 7 فبراير 2021، مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع الأخت مريم عبدالرحيم، سكرتيرة الشؤون الدولية، على البريد m.abdulraheem@gfbsu.example.org

Thank you for your email. I am out of the office on an official mission to Geneva until Sunday 7 February 2021, with limited access to email. For urgent matters please contact Ms. Maryam Abdulraheem, International Affairs Secretary (m.abdulraheem@gfbsu.example.org).

حسين علي المرزوق
الأمين العام المساعد للعلاقات الدولية
الاتحاد الخليجي لنقابات عمال البناء والخدمات (GFBSU)
"""
    body = alt(text, "_000_DB7PR06MB5243OOF71C2D9E_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    subj = hdr("رد تلقائي: تأكيد استلام - " + M06_SUBJ)
    sender = addr("حسين علي المرزوق", "h.almarzooq@gfbsu.example.org")
    rows = std_rows(when, "mail-db7eur06on0621.outbound.protection.outlook.example.com", "198.51.100.121",
                    "4DVj3Pc07Qz2", sender, subj, rfcdate(sent_at(when, 3, 3)),
                    "<DB7PR06MB5243A9C1F2E6B480@DB7PR06MB5243.eurprd06.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M06_ID + " " + ack),
             ("Thread-Topic", hdr("تأكيد استلام - " + M06_SUBJ)), ("Content-Language", "ar-SA"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "h.almarzooq@gfbsu.example.org")]
    add(7, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="bilingual Arabic/English Exchange out-of-office of the signer of h274-06 answering our acknowledgement "
              "46 seconds later ('رد تلقائي:' before our subject, References name h274-06): it names a colleague "
              "with her title ('الأخت مريم عبدالرحيم، سكرتيرة الشؤون الدولية'), which is not a nomination. "
              "Auto-Submitted, null Return-Path. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 08  FR  speaker  African domestic workers' network: three speakers in a numbered list (Thunderbird)
M08_ID = "<7b3e91c4-2d58-4f0a-9e16-c85a3d20b7f1@rtdamo.example.org>"
M08_SUBJ = "Propositions d'intervenants – RTDAMO"
M08_QID = "4DWk8Gv35Bz0"
M08_CC = "awa.diallo.rtdamo@gmail.example.com"
RTDAMO = "Réseau des Travailleuses Domestiques Africaines au Moyen-Orient (RTDAMO)"
UTMCL = "Union des Travailleurs Migrants Camerounais au Liban (UTMCL)"


def m08():
    when = at("2021-02-02 16:18:05")
    text = """Madame, Monsieur,

Le Réseau des Travailleuses Domestiques Africaines au Moyen-Orient (RTDAMO) regroupe des associations et des groupes d'entraide de travailleuses venues du Cameroun, de Côte d'Ivoire, du Sénégal, de Madagascar, du Togo et du Bénin, au Liban, en Jordanie et au Koweït.

Suite à votre lettre d'invitation, nous avons le plaisir de vous proposer les intervenants suivants :

1. Mme Aminata Koné, présidente du RTDAMO (Beyrouth) : intervention dans la table ronde thématique n°4 ;
2. M. Jean-Pierre Mbarga, de l'Union des Travailleurs Migrants Camerounais au Liban (UTMCL), notre partenaire : intervention en séance plénière ;
3. Awa Diallo : rapporteuse pour la restitution des messages clés des parties prenantes, si ce rôle est encore ouvert.

Aminata et Awa font toutes deux partie du Réseau. Awa est en copie de ce message.

Nous restons à votre disposition pour tout complément d'information.

Cordialement,

--
Clarisse Ngo Biyong
Secrétaire exécutive
RTDAMO – Réseau des Travailleuses Domestiques Africaines au Moyen-Orient
Beyrouth, Liban
+961 3 000 000
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 2, 7), "mail.rtdamo.example.org", "203.0.113.58", M08_QID,
           "Clarisse Ngo Biyong <secretariat@rtdamo.example.org>", hdr(M08_SUBJ, enc="Q"), M08_ID, body,
           cc="Awa Diallo <%s>" % M08_CC, extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminata Koné", "présidente", RTDAMO, ["roundtable"], 4),
        sp("Jean-Pierre Mbarga", None, UTMCL, ["plenary"]),
        sp("Awa Diallo", None, RTDAMO, ["rapporteur"])],
        notes="numbered list of three speakers with a title only for the first ('présidente du RTDAMO'; 'Mme'/'M.' "
              "dropped); the second belongs to a partner union (full name and acronym in the list), the third's "
              "affiliation comes from 'Aminata et Awa font toutes deux partie du Réseau'; 'table ronde thématique "
              "n°4', 'séance plénière', 'rapporteuse pour la restitution des messages clés'. The sender (secrétaire "
              "exécutive) is not proposed. Thunderbird, format=flowed, 8bit. Awa's Gmail vacation reply follows "
              "(h274-09) and the second speaker is replaced later (h274-12)."))


# ================================================================ 09  FR  auto_reply  the Cc'd speaker's Gmail vacation responder on our acknowledgement of 08
def m09():
    when = at("2021-02-02 16:18:49")
    ack = ack_mid(M08_QID)
    text = """Bonjour,

Je suis en congé à Dakar jusqu'au 10 février et je n'ai pas toujours accès à internet. Je lirai votre message à mon retour à Beyrouth.

Pour toute urgence, merci de contacter Clarisse au secrétariat du Réseau : secretariat@rtdamo.example.org / +961 3 000 000.

Awa Diallo
Chargée de communication – RTDAMO
"""
    body = alt(text, "000000000000f1a93c05ba5e8d27", html=gmail_html(text))
    rows = std_rows(when, "mail-sor-f65.google.example.com", "192.0.2.65", "4DWk9Ym12Cz4",
                    "Awa Diallo <%s>" % M08_CC, hdr("En congé jusqu'au 10 février", enc="Q"),
                    rfcdate(sent_at(when, 0, 3)), "<CAM6tVz2Kp8wN4xR+e1Hc9Lq5sF3dYb7gT0@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M08_ID + " " + ack), ("Precedence", "bulk")]
    add(9, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the third speaker of h274-08 (in Cc), 44 seconds after our acknowledgement "
              "(References name h274-08; Auto-Submitted, Precedence: bulk, null Return-Path; its own subject, not "
              "'Re:'): it signs with a title ('Chargée de communication – RTDAMO') that the request did not give, "
              "but an auto-reply updates nothing. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 10  AR  both  Beirut domestic workers' league, Lebanese dialect: report DOCX + two speakers
M10_FILE = "تقرير الرابطة الطوعي - العاملات المنزليات المهاجرات في لبنان 2021.docx"
RABITA = "رابطة العاملات المنزليات المهاجرات في لبنان"


def m10():
    when = at("2021-02-03 09:02:45")
    subj = "تقرير الرابطة + اقتراح متحدثتين"
    text = """مرحبا،

كيفكن؟ نحنا رابطة العاملات المنزليات المهاجرات بلبنان، رابطة صغيرة بتجمع عاملات من إثيوبيا وسريلانكا والفيليبين وكينيا وسيراليون. منشتغل من 2016 عالتوعية والمساعدة القانونية، وبعد انفجار المرفأ وانهيار الليرة صرنا نساعد كمان بالأكل والإيجار وتذاكر السفر للي بدها ترجع عبلدها.

بعتنالكن مع هالإيميل التقرير الطوعي تبعنا (ملف Word)، كتبناه مع العاملات حالهن بعد خمس جلسات حوار بشهر كانون الثاني.

وكمان حابين نقترح شخصين يحكوا بالمؤتمر:
• Bethlehem Tesfaye – منسّقة مجموعة العاملات الإثيوبيات بالرابطة – بالطاولة المستديرة الرابعة
• Rosa Mendoza من جمعية Kapatiran للعاملات الفلبينيات – بالجلسة العامة إذا في مجال

البنات بيحكوا إنكليزي منيح، وBethlehem بتحكي عربي كمان.

شكراً كتير إلكن، ويعطيكن العافية

ريتا أبو جودة
منسقة البرامج
رابطة العاملات المنزليات المهاجرات في لبنان
"""
    doc = make_docx(["رابطة العاملات المنزليات المهاجرات في لبنان", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة 2021",
                     "أولاً: من نحن", "ثانياً: نظام الكفالة بعد الأزمة الاقتصادية", "ثالثاً: العاملات العالقات والعودة",
                     "رابعاً: ما تطلبه العاملات"])
    a = alt(text, "000000000000d7b24f05ba6c1e93", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M10_FILE)], "000000000000d7b25105ba6c1e95")
    m = mk(when, sent_at(when, 2, 9), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DXb0Rt47Mz9",
           addr("Rita Abou Jaoude", "rabita.mdw.lb@gmail.example.com"), hdr(subj),
           "<CAG9xLp4Rw7nT2kV+d8Mb1Zc6sH3fJq5eU9@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Bethlehem Tesfaye", "منسّقة مجموعة العاملات الإثيوبيات", RABITA, ["roundtable"], 4),
        sp("Rosa Mendoza", None, "جمعية Kapatiran للعاملات الفلبينيات", ["plenary"])],
        report_attachments=[M10_FILE],
        notes="Lebanese dialect ('بعتنالكن', 'حابين نقترح شخصين يحكوا'): a DOCX report (Arabic file name, RFC 2231 "
              "+ RFC 2047) and two speakers in bullets, both on 3 February (on time). The names are in Latin "
              "letters inside the Arabic text; the first's affiliation is 'بالرابطة' (the sender's league, full "
              "name in the signature; the first sentence has the dialect form 'بلبنان'), the second has no title "
              "and belongs to another association with a Latin word in its name; 'الطاولة المستديرة الرابعة' = 4, "
              "'الجلسة العامة إذا في مجال' = plenary. The sender (منسقة البرامج) is not proposed. Gmail, base64."))


# ================================================================ 11  EN  other  East African federation: no speaker, no report, two officials want to observe the plenary
def m11():
    when = at("2021-02-03 13:47:19")
    subj = "EAMWF - participation as observers"
    text = """Dear Colleagues,

Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region, which was shared with us by our affiliate in Muscat.

After consulting our affiliates, the East African Migrant Workers' Federation (EAMWF) has decided that it will not be nominating a speaker and will not be submitting a separate voluntary report; our inputs have already gone into the national consultation led by the Ministry of Labour and Social Protection.

However, our General Secretary, Bro. Joseph Otieno Okoth, and our Women's Desk Coordinator, Sis. Halima Said Mohamed, would very much like to follow the plenary sessions on 24-25 February as observers. Kindly advise whether they need to register and how the link will be shared.

In solidarity,

Peter Kamau Njoroge
Head of International Relations
East African Migrant Workers' Federation (EAMWF)
Nairobi - Kampala - Dar es Salaam
"""
    body = alt(text, "_000_AM0PR10MB2931D4C7A1E8F052_", html=outlook_html(text, lang="EN-GB"))
    m = mk(when, sent_at(when, 3, 6), "mail-am0eur10on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4DXp5Kc28Wz1", "Peter Njoroge <p.njoroge@eamwf.example.org>", subj,
           "<AM0PR10MB2931D4C7A1E8F052@AM0PR10MB2931.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdbyJq4Ws8Er2Ty6Ui0Op4As8Df2Gh==", lang="en-GB"))
    add(11, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a federation declines both a speaker and a report in one sentence, then names two officials with "
              "union honorifics and titles ('Bro. Joseph Otieno Okoth', 'Sis. Halima Said Mohamed') and 'the "
              "plenary sessions on 24-25 February' - but only to follow them as observers: attendance, not a "
              "speaking role, so other (a registration question). Outlook, en-GB."))


# ================================================================ 12  FR  speaker  RTDAMO replaces its second speaker in a reply to our acknowledgement of 08
def m12():
    when = at("2021-02-04 11:30:02")
    ack = ack_mid(M08_QID)
    quoted = ack_text("fr", M08_SUBJ, "votre demande d'intervention")
    text = """Bonjour,

Merci pour votre accusé de réception.

Un changement de notre côté : M. Jean-Pierre Mbarga ne pourra finalement pas participer, il vient de perdre son emploi et doit quitter le Liban ce mois-ci. L'UTMCL propose à sa place M. Serge Ndongo Essomba, secrétaire général de l'Union des Travailleurs Migrants Camerounais au Liban (UTMCL), pour la même intervention en séance plénière.

Rien ne change pour Aminata et Awa.

Bien cordialement,

--
Clarisse Ngo Biyong
Secrétaire exécutive
RTDAMO – Réseau des Travailleuses Domestiques Africaines au Moyen-Orient

Le 02/02/2021 à 16:18, GCM Regional Review Arab States a écrit :
""" + gt(quoted) + "\n"
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 2, 6), "mail.rtdamo.example.org", "203.0.113.58", "4DYc1Fz80Lz3",
           "Clarisse Ngo Biyong <secretariat@rtdamo.example.org>",
           hdr("Re: Accusé de réception - " + M08_SUBJ, enc="Q"),
           "<e4a07d2b-91c6-4b38-a5f2-6d19c3e8b054@rtdamo.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", M08_ID + " " + ack), ("User-Agent", TB),
                  ("Content-Language", "fr")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, thread_of=H % 8,
        speakers=[sp("Serge Ndongo Essomba", "secrétaire général", UTMCL, ["plenary"])],
        notes="replacement of the second speaker of h274-08 in a reply to our acknowledgement (References name "
              "h274-08), on 4 February (on time): only the new speaker is labelled ('M.' dropped, compound "
              "surname); the withdrawn one is named again and 'Rien ne change pour Aminata et Awa' adds nobody. "
              "'pour la même intervention en séance plénière' = plenary. The quoted acknowledgement repeats "
              "'demande d'intervention'. Thunderbird, flowed."))


# ================================================================ 13  EN  speaker  Kerala nurses' and domestic workers' forum in Kuwait: table of three, blanks
M13_ID = "<CAB8mRt5Wn2kX9vL+f3Qc7Hp1sD6gYz4eJ8@mail.gmail.example.com>"
PMNDWF = "Pravasi Malayali Nurses & Domestic Workers Forum (PMNDWF)"


def m13():
    when = at("2021-02-04 15:55:40")
    subj = "Nomination for Speaking Role - PMNDWF Kuwait"
    before = """Respected Sir/Madam,

Greetings from PMNDWF Kuwait!

With reference to the invitation letter for the Regional Review of the Global Compact for Migration in the Arab region, we are hereby nominating the following persons for speaking role on behalf of our Forum. PFB the details:"""
    rows = [["Sl. No.", "Name", "Designation", "Organisation", "Session"],
            ["1", "Mrs. Leela Thomas", "President", "PMNDWF, Kuwait", "Plenary"],
            ["2", "Adv. Anoop Varghese", "", "", "Roundtable - 3"],
            ["3", "Ms. Shiny Joseph", "Joint Secretary", "PMNDWF, Kuwait", "Rapporteur"]]
    after = """Details of Adv. Anoop (our legal volunteer) will be shared shortly.

Kindly do the needful and confirm the receipt of this nomination.

Thanks & Regards,

Biju Mathew
General Secretary
Pravasi Malayali Nurses & Domestic Workers Forum (PMNDWF)
Kuwait
Mob: +965 9900 0000"""
    plain = before + "\n\n" + "\n".join(" ".join(c for c in r if c) for r in rows) + "\n\n" + after + "\n"
    tbl = ['<table border="1" cellspacing="0" cellpadding="0" dir="ltr" style="table-layout:fixed;font-size:10pt;'
           'font-family:Arial;width:0px;border-collapse:collapse;border:none"><colgroup><col width="60"><col width="160">'
           '<col width="120"><col width="130"><col width="120"></colgroup><tbody>']
    for k, r in enumerate(rows):
        style = "border:1px solid #000000;overflow:hidden;padding:2px 3px;vertical-align:bottom"
        if k == 0:
            style += ";background-color:#ffe599;font-weight:bold"
        tbl.append("<tr style=\"height:21px\">%s</tr>" % "".join('<td style="%s">%s</td>' % (style, esc(c)) for c in r))
    tbl.append("</tbody></table>")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s<br><br>%s<br>%s</div></body></html>\n'
            % ("<br>".join(esc(x) for x in before.split("\n")), "".join(tbl),
               "<br>".join(esc(x) for x in after.split("\n"))))
    body = alt(plain, "000000000000b8f29305ba7d4c61", html=html)
    m = mk(when, sent_at(when, 3, 7), "mail-wr1-f43.google.example.com", "192.0.2.43", "4DYq7Mb51Tz6",
           "Biju Mathew <pmndwf.kuwait@gmail.example.com>", subj, M13_ID, body)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Leela Thomas", "President", PMNDWF, ["plenary"]),
        sp("Anoop Varghese", None, None, ["roundtable"], 3),
        sp("Shiny Joseph", "Joint Secretary", PMNDWF, ["rapporteur"])],
        notes="Indian English ('PFB the details', 'Kindly do the needful') with the nominees in a Google-Sheets "
              "table pasted into Gmail (the text part flattens it): honorifics 'Mrs.', 'Ms.' and the lawyer's "
              "'Adv.' dropped; the second row leaves designation and organisation blank and the text says his "
              "details will follow and calls him 'our legal volunteer' (not a title, and not clearly a member): "
              "title and affiliation null. The table writes 'PMNDWF, Kuwait'; the full name with its acronym is in "
              "the signature. 'Roundtable - 3' = 3. The same forum sends its report on 15 February (h274-21)."))


# ================================================================ 14  AR  speaker  Jordanian QIZ workers' forum at 23:41 on the speaker deadline
def m14():
    when = at("2021-02-05 23:41:18")
    subj = "ترشيح من ملتقى عمال المناطق الصناعية المؤهلة"
    text = """مساء الخير،

بعتذر عالتأخير، لسّا مخلصين اجتماع الهيئة التنسيقية هلأ.

ملتقى عمال المناطق الصناعية المؤهلة (إربد - الضليل - السحاب) بيحب يرشّح اثنين للمشاركة بالمؤتمر الإقليمي:

1. محمد رفيق الإسلام – من العمال البنغاليين بالملتقى، بيشتغل بمصانع الألبسة من 2013 – مداخلة بالمائدة المستديرة الأولى
2. سوزان خليل العمري – منسقة برنامج التنظيم النقابي – مداخلة بالجلسة العامة، وإذا ما في مجال فبالمائدة المستديرة الأولى

رفيق بيحكي بنغالي وإنجليزي وشوي عربي، فإذا في ترجمة بيكون أحسن.

مع الشكر
سوزان العمري
ملتقى عمال المناطق الصناعية المؤهلة
"""
    body = alt(text, "000000000000e2c47a05ba9f3b18", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-lf1-f51.google.example.com", "192.0.2.151", "4DZx8Tq63Nz2",
           addr("Suzan Al-Omari", "suzan.omari.qiz@gmail.example.com"), hdr(subj),
           "<CAH1qVw8Lt3pR6mX+b9Kz2Nc5sG7dFy0jW4@mail.gmail.example.com>", body)
    forum = "ملتقى عمال المناطق الصناعية المؤهلة"
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد رفيق الإسلام", None, forum, ["roundtable"], 1),
        sp("سوزان خليل العمري", "منسقة برنامج التنظيم النقابي", forum, ["plenary", "roundtable"], 1)],
        notes="received at 23:41 on 5 February (on time) although the sender apologises for being late; Jordanian "
              "dialect. Numbered list of two: the first has no title ('من العمال البنغاليين بالملتقى، بيشتغل بمصانع "
              "الألبسة' describes him and gives the forum as affiliation); the second is the sender herself (signs "
              "with a shorter name), with a fallback role ('وإذا ما في مجال فبالمائدة المستديرة الأولى'); the "
              "places in brackets after the forum's name are not part of it. 'الأولى' = 1. Gmail on Android, base64; "
              "2013 is history."))


# ================================================================ 15  EN  speaker  Ugandan association in Riyadh, 12 minutes late (Yahoo on Android)
def m15():
    when = at("2021-02-06 00:12:30")
    subj = "REQUEST FOR SPEAKING SLOTS - UMDWA GULF"
    text = """Dear Sir/Madam,

Greetings from Riyadh and I hope this email finds you well.

I am writing on behalf of the Uganda Migrant Domestic Workers' Association - Gulf Chapter (UMDWA-Gulf) to humbly request speaking slots for the following members:

- Sarah Nakato - Chairlady - Rapporteur
- Brian Ssemakula - Welfare Secretary - Open discussion on 23rd February

We only received the invitation this evening from a sister organisation and we have been running around to get the names approved by the executive. I hope we are still within time.

God bless you,

Juliet Namubiru
Secretary General, UMDWA-Gulf

Sent from Yahoo Mail on Android
"""
    body = alt(text, "----=_Part_2418836_1160478231.1612563146571", html=yahoo_html(text))
    m = mk(when, sent_at(when, 3, 4), "sonic309-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.209",
           "4F0Bc29Vkz7", "Juliet Namubiru <julietnamubiru@yahoo.example.com>", subj,
           "<1612563146571.2418837@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    umdwa = "Uganda Migrant Domestic Workers' Association - Gulf Chapter (UMDWA-Gulf)"
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Sarah Nakato", "Chairlady", umdwa, ["rapporteur"]),
        sp("Brian Ssemakula", "Welfare Secretary", umdwa, ["open_discussion"])],
        notes="received at 00:12:30 on 6 February Beirut time (Date 01:12 +0300, Saturday): 12 minutes after the "
              "speaker deadline, so late although the sender hopes it is 'still within time'. Two members in a "
              "dashed list, name - title - role; 'Open discussion on 23rd February' = open_discussion. The signer "
              "(Secretary General) is not proposed. Yahoo Mail on Android; all-caps subject."))


# ================================================================ 16  AR  other  the Kuwaiti team's thank-you to our acknowledgement of 03
def m16():
    when = at("2021-02-08 10:15:36")
    ack = ack_mid(M03_QID)
    quoted = ack_text("ar", M03_SUBJ, "طلب المشاركة بمداخلة")
    text = """مشكورين ما قصرتوا 🌹 وصلنا الإيميل.

بالنسبة للعاملة اللي قلت لكم عنها، للحين ما قررت، واذا تغير شي بنبلغكم.

يعطيكم العافية
شيخة

أُرسلت من الـ iPhone الخاص بي

في ٢٧‏/٠١‏/٢٠٢١، الساعة ٩:٣١ م، كتب ‏GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", apple_html(text), cte="base64")],
                 "Apple-Mail-0B7D2E94-41C8-4F3A-9A51-6E2C8D17B0F3")
    m = mk(when, sent_at(when, 3, 8), "mail-qv1-f45.google.example.com", "192.0.2.145", "4F2Kx61Rbz5",
           addr("Shaikha Al-Enezi", "shaikha.sanad.kw@gmail.example.com"),
           re_hdr("Re: ", "تأكيد استلام - " + M03_SUBJ),
           "<A51F8C3E-2D97-4B06-8E4A-C7139D0B62F8@gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(16, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="Kuwaiti-dialect thank-you answering our acknowledgement of h274-03 (References name h274-03): the "
              "worker they hoped to hear 'للحين ما قررت', so nothing new is proposed and no acknowledgement is due. "
              "iPhone quoting with an Arabic attribution line and Arabic-Indic date."))


# ================================================================ 17  FR  report  Malagasy domestic workers' association: PDF + photo (Yahoo)
M17_FILE = "Rapport_STMLK_PMM_2021.pdf"
M17_IMG = "permanence_dimanche_Beyrouth.png"


def m17():
    when = at("2021-02-09 12:40:27")
    subj = "Rapport volontaire de la STMLK – Examen régional du Pacte mondial"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'association Solidarité des Travailleuses Malgaches au Liban et au Koweït (STMLK) pour l'examen régional du Pacte mondial sur les migrations.

Le rapport s'appuie sur les témoignages de 63 travailleuses malgaches recueillis entre octobre et décembre 2020. Il parle du recrutement par des agences non agréées à Antananarivo, des frais que les femmes paient avant le départ, des passeports confisqués, et des retours au pays pendant la pandémie, souvent sans salaire et sans billet payé par l'employeur.

La photo jointe a été prise lors de notre permanence du dimanche à Beyrouth (les visages sont floutés). Vous pouvez l'utiliser si vous le souhaitez.

Nous ne proposons pas d'intervenante cette fois-ci.

Misaotra betsaka (merci beaucoup) !

Hanitra Rakotomalala
Trésorière, STMLK
"""
    pdf = rep_pdf("Rapport volontaire - STMLK", "Solidarite des Travailleuses Malgaches au Liban et au Koweit",
                  ["63 temoignages (octobre-decembre 2020)", "Agences non agreees et frais de depart",
                   "Passeports confisques", "Retours pendant la pandemie", "Recommandations"])
    a = alt(text, "----=_Part_3105522_884019673.1612867223419", html=yahoo_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M17_FILE),
                           attach("image/png", make_png(64, 40, (180, 150, 120)), M17_IMG)],
                 "----=_Part_3105521_1932174205.1612867223418")
    m = mk(when, sent_at(when, 2, 4), "sonic317-33.consmr.mail.ne1.yahoo.example.com", "198.51.100.217",
           "4F3Mv85Hqz0", "Hanitra Rakotomalala <hanitra.rakoto@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1612867223419.3105523@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="Malagasy domestic workers' association: the PDF is the report; the attached photo of the Sunday "
              "drop-in ('Vous pouvez l'utiliser si vous le souhaitez') is not part of it. 'Nous ne proposons pas "
              "d'intervenante' declines a speaking role. Malagasy closing ('Misaotra betsaka'); 63 testimonies and "
              "2020 are data. Yahoo."))


# ================================================================ 18  EN  both  zero-recruitment-fees alliance: report on time, speakers in a table after the deadline
M18_FILE = "ZFA_GCM_Voluntary_Report_Feb2021.pdf"


def m18():
    when = at("2021-02-10 14:05:51")
    subj = "ZFA voluntary GCM review report and speaker proposal"
    before = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Zero Fees Alliance for Fair Recruitment (ZFA), a coalition of 23 migrant workers' organisations, trade unions and returnee groups in Bangladesh, Sri Lanka and Nepal campaigning for the employer-pays principle in recruitment to the Gulf States and Jordan.

The report draws on a survey of 1,140 outgoing and returning workers in 2020 and shows what they paid to sub-agents, recruitment agencies and "visa traders", how the fees were financed (mostly by informal loans at 5-10% a month) and how long it took to pay them back.

We would also like to propose two speakers for Roundtable 1. We understand that the deadline for speaker requests was last Friday, but we would be grateful if you could still consider them:"""
    rows = [["Name", "Position", "Organisation", "Session"],
            ["Shirin Akter", "Campaign Coordinator", "Zero Fees Alliance for Fair Recruitment (ZFA)", "Roundtable 1"],
            ["Nuwan Perera", "", "Ceylon Migrant Workers' Trade Union (CMWTU)", "Roundtable 1"]]
    after = """Kind regards,

Farhana Rahman
Research and Advocacy Officer
ZFA Secretariat
Mohammadpur, Dhaka-1207, Bangladesh
www.zerofees-alliance.example.org"""
    plain = before + "\n\n" + tab_rows(rows) + "\n\n" + after + "\n"
    cid = "image001.png@01D6FF9C.1B7E4A30"
    html = mso_page(paras_html(before) + mso_table(rows) + paras_html(after), lang="EN-US", img_cid=cid)
    rel = multi("related", [leaf("text/html", html), logo(cid, (20, 120, 60))], "_006_SG2PR06MB3127D9A4E5C1B873_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", plain), rel], "_000_SG2PR06MB3127D9A4E5C1B873_")
    pdf = rep_pdf("Voluntary GCM review report", "Zero Fees Alliance for Fair Recruitment (ZFA)",
                  ["Survey of 1,140 workers (2020)", "Who gets paid: sub-agents, agencies, visa traders",
                   "Financing the fees", "Employer-pays: what governments should do"])
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "_007_SG2PR06MB3127D9A4E5C1B873_")
    m = mk(when, sent_at(when, 6, 9), "mail-sg2apc01on0608.outbound.protection.outlook.example.com",
           "198.51.100.108", "4F4Ps37Kmz2", "Farhana Rahman <farhana.rahman@zerofees-alliance.example.org>", subj,
           "<SG2PR06MB3127D9A4E5C1B873@SG2PR06MB3127.apcprd06.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHW/6kT3Xm9Lp2Vn5Bc8Rq1Wz4Ey7Ui0==", lang="en-US", has_attach="yes"))
    add(18, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Shirin Akter", "Campaign Coordinator", "Zero Fees Alliance for Fair Recruitment (ZFA)", ["roundtable"], 1),
        sp("Nuwan Perera", None, "Ceylon Migrant Workers' Trade Union (CMWTU)", ["roundtable"], 1)],
        report_attachments=[M18_FILE],
        notes="report on time (10 February) but the two speakers come after the 5 February deadline, as the sender "
              "admits ('the deadline ... was last Friday'): both, on_time false. Speakers in an Outlook table (tab "
              "rows in the text part); the second's position cell is empty (null) and his union differs from the "
              "alliance. The signer is not proposed; 1,140 and 5-10% are survey data. Outlook, Date in UTC+6 "
              "(Dhaka), inline logo."))


# ================================================================ 19  AR  report  Lebanese anti-kafala campaign: Arabic + English versions (Outlook)
M19_ID = "<VI1PR08MB3952B3F7A0C4E281@VI1PR08MB3952.eurprd08.prod.outlook.example.com>"
M19_SUBJ = "التقرير الطوعي لحملة عقد عادل"
M19_AR = "تقرير حملة عقد عادل - الاتفاق العالمي للهجرة.pdf"
M19_EN = "Fair Contract Campaign - GCM voluntary report (EN).pdf"
M19_TEXT = """مرحبا،

مرفق التقرير الطوعي لحملة عقد عادل لإصلاح نظام الكفالة، نسخة بالعربي ونسخة بالإنكليزي (نفس المحتوى).

التقرير بيحكي عن عقد العمل الموحّد الجديد للعاملات بالخدمة المنزلية وشو صار فيه بعد الطعن، وعن مكاتب الاستقدام والرسوم اللي بتدفعها العاملات ببلادهن قبل ما يوصلوا عا لبنان، وعن اقتراحاتنا لإلغاء الكفالة خطوة خطوة.

إذا في أي مشكلة بفتح الملفات خبروني.

تحياتي،
كارين صعب
مسؤولة المناصرة
حملة عقد عادل لإصلاح نظام الكفالة
Karine Saab | Advocacy Officer | Fair Contract Campaign
"""


def m19():
    when = at("2021-02-11 09:30:14")
    pdf_ar = rep_pdf("Taqrir Hamlat Aqd Adel (Arabic version)", "Fair Contract Campaign, Beirut",
                     ["Al-aqd al-muwahhad", "Makatib al-istiqdam", "Ilgha al-kafala"])
    pdf_en = rep_pdf("Voluntary GCM review report", "Fair Contract Campaign, Beirut",
                     ["The new standard unified contract and the appeal", "Recruitment agencies and fees",
                      "Abolishing kafala step by step"])
    a = alt(M19_TEXT, "_000_VI1PR08MB3952B3F7A0C4E281_", html=outlook_html(M19_TEXT, lang="AR-LB", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf_ar, M19_AR), attach("application/pdf", pdf_en, M19_EN)],
                 "_004_VI1PR08MB3952B3F7A0C4E281_")
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur08on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4F4Zt09Lbz4", "Karine Saab <karine.saab@aqd-adel.example.org>", hdr(M19_SUBJ),
           M19_ID, body, extra=outlook(hdr(M19_SUBJ), "AQHXAE5Ks2Rm8Vp4Nx7Bq0Lc3Wz6Ty9==", lang="ar-LB",
                                       has_attach="yes"))
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_AR, M19_EN],
        notes="a Lebanese campaign sends one report in two languages ('نفس المحتوى'): both PDFs make up the report "
              "(Arabic name in RFC 2231 + RFC 2047, English name with brackets). Lebanese dialect ('بيحكي', "
              "'خبروني'); English line in the signature. Outlook, base64. The sender asks whether it arrived on the "
              "deadline day (h274-22)."))


# ================================================================ 20  FR  other  the Ivorian collective of 04 declines, promises testimonies
def m20():
    when = at("2021-02-12 18:22:03")
    ack = ack_mid(M04_QID)
    quoted = ack_text("fr", M04_SUBJ, "vos questions")
    text = """Bonsoir,

Merci pour votre message et pour les réponses de votre collègue au téléphone la semaine dernière.

Malheureusement, après en avoir parlé entre nous dimanche, aucune de nos sœurs ne pourra prendre la parole : les patrons ne donnent pas de congé en semaine, et celles qui sont sans papiers ont peur d'apparaître en vidéo. Nous ne proposerons donc pas d'intervenante.

Nous allons plutôt écrire ensemble quelques témoignages, et nous essaierons de vous les envoyer avant le 16 février si ce n'est pas trop tard.

Que Dieu vous bénisse,
Mariam

Le jeu. 28 janv. 2021 à 11:06, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000a7f3d105bb2c9e41", html=android_html(text))
    m = mk(when, sent_at(when, 2, 7), "mail-ua1-f41.google.example.com", "192.0.2.141", "4F5Dk74Wqz8",
           "Mariam Bamba <mariam.bamba.ctil@gmail.example.com>",
           hdr("Re: Accusé de réception - " + M04_SUBJ, enc="Q"),
           "<CAE2wPz9Tq4nM1xK+r7Vb3Lc8sH2dGf6jB1@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack)])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 4,
        notes="the collective of h274-04 answers our acknowledgement (References name h274-04) to decline: 'Nous ne "
              "proposerons donc pas d'intervenante'; the testimonies it may send 'avant le 16 février' are only "
              "promised, nothing is attached: other. New information (a decision), so acknowledged; thread_of the "
              "question that opened the exchange. Gmail on Android."))


# ================================================================ 21  EN  report  the Kerala forum's report 'PFA', PDF and DOCX of the same report
M21_PDF = "PMNDWF_GCM_Report_2021_final.pdf"
M21_DOCX = "PMNDWF_GCM_Report_2021_final.docx"


def m21():
    when = at("2021-02-15 08:47:29")
    subj = "Voluntary GCM Review Report - PMNDWF Kuwait"
    text = """Respected Sir/Madam,

Greetings from PMNDWF Kuwait!

PFA the voluntary GCM review report of our Forum in PDF as well as Word format. The report is based on the experiences of 212 nurses and domestic workers from Kerala working in Kuwait, on the Article 18 / Article 20 visa categories, the non-payment of salaries during the lockdown period and the difficulties faced in repatriation under the Vande Bharat Mission flights.

We request you to kindly acknowledge the receipt of the same.

Thanks & Regards,

Biju Mathew
General Secretary
Pravasi Malayali Nurses & Domestic Workers Forum (PMNDWF)
Kuwait
Mob: +965 9900 0000
"""
    paras = ["Pravasi Malayali Nurses & Domestic Workers Forum (PMNDWF), Kuwait",
             "Voluntary GCM Review Report 2021", "1. Profile of 212 respondents", "2. Visa categories and their impact",
             "3. Wages during the lockdown", "4. Repatriation", "5. Recommendations"]
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "PMNDWF, Kuwait", paras[2:])
    a = alt(text, "000000000000c4d81e05bb5a7f26", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_PDF), attach(DOCX, make_docx(paras), M21_DOCX)],
                 "000000000000c4d82005bb5a7f28")
    m = mk(when, sent_at(when, 3, 6), "mail-wr1-f49.google.example.com", "192.0.2.49", "4F6Qm28Xtz1",
           "Biju Mathew <pmndwf.kuwait@gmail.example.com>", subj,
           "<CAB8mRt7Yq4nZ1xP+h6Kc9Lm3sF2dWv8eT5@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M21_PDF, M21_DOCX],
        notes="Indian English 'PFA' (please find attached): the same report as a PDF and a DOCX, both listed. A new "
              "message from the forum that nominated speakers in h274-13 (no In-Reply-To/References, different "
              "submission): thread_of null. 'Article 18 / Article 20', 212 and 'Vande Bharat Mission' are content, "
              "not dates."))


# ================================================================ 22  AR  other  'did you get it?' on the report deadline day, replying to her own message 19
def m22():
    when = at("2021-02-16 10:12:55")
    text = """مرحبا مجدداً،

بس حبيت أتأكد إنو وصلكن التقرير اللي بعتناه الخميس، لأنو ما شفنا أي رد، يمكن راح عالـ junk عندنا. اليوم آخر يوم وما بدنا يضيع علينا.

إذا ما وصل، خبروني لأبعته مرة تانية أو عبر رابط.

شكراً،
كارين

Karine Saab | Advocacy Officer | Fair Contract Campaign

من: Karine Saab <karine.saab@aqd-adel.example.org>
تاريخ الإرسال: الخميس، 11 شباط، 2021 9:30 ص
إلى: gcmrrarabstates@iom.int
الموضوع: """ + M19_SUBJ + "\n\n" + M19_TEXT
    a = alt(text, "_000_VI1PR08MB3952F0A2C7D9E514_", html=outlook_html(text, lang="AR-LB", rtl=True), b64=True)
    subj = re_hdr("RE: ", M19_SUBJ)
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur08on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4F7Bw53Ncz6", "Karine Saab <karine.saab@aqd-adel.example.org>", subj,
           "<VI1PR08MB3952F0A2C7D9E514@VI1PR08MB3952.eurprd08.prod.outlook.example.com>", a,
           extra=[("In-Reply-To", M19_ID), ("References", M19_ID)] +
           outlook(hdr(M19_SUBJ), "AQHXAE5Ks2Rm8Vp4Nx7Bq0Lc3Wz6TwAIg7kR", lang="ar-LB"))
    add(22, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 19,
        notes="follow-up asking whether the report of h274-19 arrived, as an Outlook reply to her own message "
              "(In-Reply-To h274-19) quoting it unprefixed under an Arabic 'من: / تاريخ الإرسال: / الموضوع:' block: "
              "the quoted text says 'مرفق التقرير' but no file is attached now, and 'اليوم آخر يوم' is not a "
              "submission: other. Lebanese dialect."))


# ================================================================ 23  FR  report  Cameroonian association in Kuwait at 23:58 Beirut (00:58 in Kuwait)
M23_FILE = "Rapport volontaire ACTK – PMM 2021.docx"


def m23():
    when = at("2021-02-16 23:58:40")
    subj = "Rapport volontaire ACTK (Koweït) – examen régional PMM"
    text = """Bonsoir,

Excusez l'heure tardive : il est presque une heure du matin ici au Koweït et je ne sais pas si notre rapport arrive encore à temps. Nous avons dû attendre la validation de notre président, qui travaille de nuit comme agent de sécurité.

Ci-joint le rapport volontaire de l'Association des Camerounais Travailleurs au Koweït (ACTK). Il porte sur les contrats substitués à l'arrivée, les agences de recrutement de Douala et de Yaoundé, la kafala et les difficultés pour changer d'employeur, et sur les compatriotes bloqués ici depuis la fermeture des frontières.

Fraternellement,

Ernest Tchoumi Kamga
Secrétaire général de l'ACTK
Koweït City
"""
    doc = make_docx(["Association des Camerounais Travailleurs au Koweït (ACTK)", "Rapport volontaire – PMM 2021",
                     "1. Contrats substitués", "2. Agences de Douala et de Yaoundé", "3. Kafala et changement d'employeur",
                     "4. Compatriotes bloqués", "5. Recommandations"])
    a = alt(text, "000000000000f5b2a805bb6e4c13", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M23_FILE)], "000000000000f5b2aa05bb6e4c15")
    m = mk(when, sent_at(when, 3, 5), "mail-ej1-f68.google.example.com", "192.0.2.68", "4F7Yv06Jpz3",
           "Ernest Tchoumi <actk.koweit@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAK4vRn2Hq8wL5xT+c1Mb7Zp3sJ9dFe6gY2@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="received at 23:58:40 on 16 February Beirut time, on time, while the Date header reads Wed 17 Feb "
              "00:58 +0300 and the sender fears it is late. DOCX name with an en dash (RFC 2231 + RFC 2047). The "
              "president's night job is not a speaking request; nobody is proposed. Gmail."))


# ================================================================ 24  FR  report  Beninese association one day late, 'comme convenu au téléphone' (iPhone)
M24_FILE = "Rapport AFBTL.pdf"


def m24():
    when = at("2021-02-17 10:20:11")
    subj = "Rapport AFBTL"
    text = """Bonjour,

Comme convenu hier au téléphone avec votre collègue, voici le rapport de notre association, l'Association des Femmes Béninoises Travailleuses au Liban (AFBTL). Elle nous a dit que nous pouvions encore l'envoyer aujourd'hui.

Merci de nous confirmer la bonne réception.

Bonne journée,

Rosine Houngbédji
Présidente AFBTL

Envoyé de mon iPhone
"""
    pdf = rep_pdf("Rapport - AFBTL", "Association des Femmes Beninoises Travailleuses au Liban",
                  ["Nos membres", "Recrutement depuis Cotonou", "Conditions de travail", "Demandes"])
    body = multi("mixed", [leaf("text/plain", text), attach("application/pdf", pdf, M24_FILE)],
                 "Apple-Mail-5D2F8A61-C30B-4E97-B4A8-19E6C7D03F52")
    m = mk(when, sent_at(when, 2, 9), "mail-pl1-f173.google.example.com", "192.0.2.173", "4F8Gc41Rmz9",
           addr("Rosine Houngbédji", "rosine.afbtl@gmail.example.com", enc="Q"), subj,
           "<E8C2A7F1-64B9-4D3E-9F05-3B71D2A8C6E4@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="report received on 17 February, the day after the deadline: on_time false even though the sender "
              "says a colleague agreed on the phone that it could still be sent today (an informal extension is "
              "not the deadline). Short iPhone mail; the body calls it only 'le rapport'. Still acknowledged."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
