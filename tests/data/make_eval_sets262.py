#!/usr/bin/env python3
"""Write the blind evaluation set holdout262 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets262.py
Theme: detention, deportation and consular protection (25 January - 18 February 2021).  The labour attaché of a
Philippine labour office in Kuwait who first asks whether countries of origin may take part and later nominates his
welfare officer in a reply to the secretariat, a Beirut lawyer who challenges deportation orders asking for
roundtable II himself, a Tunisian observatory of places of detention sending a report and its annex (the Cc'd
volunteer's mistyped domain bounces our acknowledgement; the annex is later replaced), a Sudanese embassy's note
verbale from Riyadh nominating its labour attaché (the embassy's autoresponder answers), a Malagasy domestic worker
deported from Lebanon who asks to speak for herself, an alternatives-to-detention programme in Amman sending a
report and a speaker, a Moroccan lawyers' collective proposing two speakers and later withdrawing one, a Beirut bail
fund asking that its speaker's name not be published (its activity report is not a GCM report), the Sri Lankan
embassy in Riyadh writing after midnight local time but before midnight in Beirut (the nominee's out-of-office
follows), an Algerian network on expulsions writing before midnight local time but after midnight in Beirut (its
report follows as a reply), a Beirut association visiting detention centres and its 'did you receive it?' in
Lebanese dialect, the Bangladeshi labour wing in Amman that only wants to observe, a Kuwaiti fund paying detainees'
fines and tickets (report on time, speaker late), a Yemeni observatory of deportees at 23:58 on the report deadline
(00:58 in Aden; its thank-you follows) and a London detention monitor whose 'today, 16 February' arrives after
midnight in Beirut.  Diplomatic and legal registers (note verbale, 'Me', 'Atty.', 'السيد/', 'المحامي'), Sri Lankan
initials kept in names, a speaker without title or affiliation.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top, exchange_ooo_rows)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(262)
add = SET.add
H = "h262-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.10"
ZIMBRA = "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)"


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp7c2e94a1yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    inner = "".join("<div%s>%s</div>" % (d, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
            'dir="auto">%s</body></html>\n' % inner)


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: times new roman, new york, times, serif; font-size: 12pt; '
            'color: #000000">%s</div></body></html>\n' % inner)


def tb_quote_header(date_str, who):
    return "Le %s, %s a écrit :" % (date_str, who)


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s.\n\nالاستعراض الإقليمي للاتفاق "
                "العالمي للهجرة - المنطقة العربية" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s.\n\nGCM Regional Review - Arab States"
            % (subject, what))


# ================================================================ 01  EN  other  POLO Kuwait: may countries of origin take part?
M01_ID = "<SG2PR06MB3145A7E20C9D4B18@SG2PR06MB3145.apcprd06.prod.outlook.example.com>"
M01_SUBJ = "Query: participation of countries of origin in the GCM Regional Review (Arab region)"
M01_QID = "4DKv7Qm2XsZ9"
M01_FROM = '"Ramon C. Villanueva" <labatt.kuwait@polo-kuwait.example.gov.ph>'
M01_TEXT = """Dear GCM Regional Review Secretariat,

Greetings from the Philippine Overseas Labor Office (POLO) in Kuwait.

The Embassy has received, through colleagues in the Regional United Nations Network on Migration, a copy of the invitation to the Regional Review of the Global Compact for Migration in the Arab region (Multi-Stakeholder Consultation on 23 February and Conference on 24-25 February 2021). Before we take any step, may we respectfully seek your guidance on the following:

1. The invitation is addressed to stakeholders in the Arab region. May officials of countries of origin posted in the region, such as labor attachés and welfare officers, attend the sessions? If so, is registration required, and by when?

2. Would it be possible for a POLO officer to request a floor intervention, or are the speaking roles reserved for non-governmental stakeholders?

3. Does the deadline of 5 February 2021 for speakers also apply to government participants?

For context, since the amnesty period of April 2020 our office, together with the Embassy's Assistance-to-Nationals Section, has assisted more than 11,000 undocumented Filipinos through the deportation process, including some 2,300 who were held in the deportation centre while awaiting exit clearance and flights. We believe this experience may be of interest to the review, in particular under Objective 13 (detention as a measure of last resort) and Objective 21 (safe and dignified return).

Thank you in advance for your kind guidance.

Very truly yours,

ATTY. RAMON C. VILLANUEVA
Labor Attaché
Philippine Overseas Labor Office (POLO) - Kuwait
Embassy of the Republic of the Philippines
Jabriya, State of Kuwait
Tel. +965 2200 0000 | 24/7 Hotline +965 9000 0000

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the use of the addressee(s) and may contain privileged or confidential information. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Any unauthorized review, use, disclosure or distribution is prohibited.
"""


def m01():
    when = at("2021-01-25 10:02:17")
    lcid = "image001.png@01D6F2F1.7B3A9C20"
    html = outlook_html(M01_TEXT, lang="EN-US", img_cid=lcid)
    rel = multi("related", [leaf("text/html", html), logo(lcid, (0, 56, 168))],
                "_004_SG2PR06MB3145A7E20C9D4B18_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_SG2PR06MB3145A7E20C9D4B18_")
    m = mk(when, sent_at(when, 3, 7), "mail-sg2apc01on0711.outbound.protection.outlook.example.com",
           "198.51.100.211", M01_QID, M01_FROM, M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "AdbzDk4Xq7Rm2Ls9Pz1Vb5Nc8Wt3Hg==", lang="en-US", has_attach="yes"))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a labour attaché of a country of origin asks three numbered questions (may officials of countries of "
              "origin attend? may a POLO officer request a floor intervention? does the 5 February deadline apply to "
              "governments?) before doing anything: no speaker is named and nothing is submitted. Decoys: the "
              "speaker deadline, 'floor intervention', GCM objectives 13 and 21 (not roundtable numbers), figures "
              "on deportations. Formal government English, Outlook with a logo and a confidentiality notice; Date "
              "UTC+3 (Kuwait). The nomination follows as a reply in h262-11."))


# ================================================================ 02  AR  speaker  Beirut lawyer challenging deportation orders asks for roundtable II himself
M02_SUBJ = "طلب مداخلة في المائدة المستديرة الثانية - الطعن في قرارات الترحيل"


def m02():
    when = at("2021-01-27 11:40:05")
    text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

اطّلعتُ على الدعوة التي عمّمتها شبكة الأمم المتحدة الإقليمية للهجرة، وأودّ أن أطلب فرصة لتقديم مداخلة من القاعة في المائدة المستديرة الثانية خلال المؤتمر الإقليمي يومي 24 و25 شباط/فبراير. ورغم أن النص العربي للدعوة يذكر يوم 23 شباط موعداً أخيراً، فضّلتُ الإرسال باكراً تحسّباً لأي التباس.

أعمل منذ عام 2015 على الطعن في قرارات الترحيل الإدارية الصادرة بحق عاملات وعمال مهاجرين ولاجئين في لبنان، أمام قضاء الأمور المستعجلة ومجلس شورى الدولة، وعلى متابعة ملفات الاحتجاز المطوّل لأشخاص صدرت بحقهم قرارات ترحيل يتعذّر تنفيذها لعدم توفّر وثائق سفر أو لرفض بلدانهم استقبالهم. في عام 2020 وحده تابع المركز 146 ملفاً من هذا النوع، وحصلنا على 23 قراراً بوقف تنفيذ الترحيل أو بإخلاء السبيل.

أودّ أن أعرض في مداخلتي ما تعلّمناه من هذه الملفات في ضوء الهدف 13 من الاتفاق (اللجوء إلى الاحتجاز كملاذ أخير)، وضرورة الرقابة القضائية الفعلية على قرارات الترحيل، ودور القنصليات في تأمين وثائق السفر دون إبطاء.

وأنا جاهز لتزويدكم بأي معلومات إضافية. ويعطيكم العافية على هذا الجهد.

مع فائق الاحترام،

المحامي رامي نزيه الحلبي
محامٍ بالاستئناف - منسّق وحدة التقاضي الاستراتيجي
مركز رُشد للتقاضي والمساعدة القانونية
بدارو، بيروت - لبنان
هاتف: +961 3 000 000
"""
    body = alt(text, "000000000000a4c17e05b9d2f3b8", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f45.google.example.com", "192.0.2.45", "4DLq2Wn8RcZ4",
           addr("رامي الحلبي", "rami.halabi.law@gmail.example.com"), hdr(M02_SUBJ),
           "<CAJ7mRt4Xp2vN9kW+e5Lc1Qb8sZ3dHy6fG0@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رامي نزيه الحلبي", "محامٍ بالاستئناف - منسّق وحدة التقاضي الاستراتيجي",
           "مركز رُشد للتقاضي والمساعدة القانونية", ["roundtable"], 2)],
        notes="a lawyer who challenges deportation orders asks for himself ('أودّ أن أطلب فرصة لتقديم مداخلة'): his "
              "full name (with 'المحامي' used as an honorific, dropped), title and centre are only in the signature; "
              "the From display name is shorter. 'المائدة المستديرة الثانية' = roundtable 2. Decoys: the Arabic "
              "letter's misprinted '23 شباط', 'الهدف 13', 146 files, 2015/2020. MSA with a Lebanese closing "
              "('ويعطيكم العافية'); Gmail, base64."))


# ================================================================ 03  FR  report  Tunisian observatory of places of detention: report PDF + annex DOCX
M03_ID = "<3f9c2a71-8e4b-4d05-b6a3-91c7e0d4f2b8@otlr-tunisie.example.tn>"
M03_SUBJ = "Rapport volontaire OTLR – examen régional du PMM (région arabe)"
M03_QID = "4DMr6Tc1PwZ3"
M03_FILES = ["OTLR_Rapport_volontaire_PMM_2021.pdf", "Annexe 1 – Grille de visites El Ouardia.docx"]
M03_CC = "h.jlassi@otlr-tunisie.example.tm"
M03_TEXT = """Madame, Monsieur,

L'Observatoire tunisien des lieux de rétention (OTLR) a le plaisir de vous transmettre sa contribution volontaire à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

Le rapport (PDF) rend compte des 31 visites que nos équipes ont pu effectuer entre janvier 2019 et novembre 2020 au centre d'accueil et d'orientation d'El Ouardia et dans deux postes frontaliers du Sud, ainsi que des entretiens menés avec 87 personnes retenues ou récemment libérées. Il est accompagné d'une annexe (grille de visites détaillée, au format Word), qui fait partie intégrante du rapport.

Nous y relevons notamment l'absence de base légale claire à la rétention administrative des étrangers, l'absence d'accès systématique à un avocat et à un interprète, et les difficultés d'accès aux consulats pour les ressortissants d'Afrique de l'Ouest et centrale, qui prolongent la rétention dans l'attente d'un laissez-passer.

Notre bénévole Hamza Jlassi, qui a coordonné la grille de visites, est en copie.

Nous restons à votre disposition pour tout complément.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Olfa Ben Romdhane
Présidente
Observatoire tunisien des lieux de rétention (OTLR)
Tunis – Tunisie
"""


def m03():
    when = at("2021-01-28 15:21:48")
    pdf = rep_pdf("Rapport volontaire - Observatoire tunisien des lieux de retention (OTLR)", "Tunis, janvier 2021",
                  ["Cadre juridique de la retention administrative", "31 visites, 2019-2020",
                   "Acces a l'avocat, a l'interprete et aux consulats", "Duree de retention et laissez-passer",
                   "Recommandations"])
    doc = make_docx(["Annexe 1 - Grille de visites, centre d'El Ouardia et postes frontaliers (2019-2020)",
                     "Date | Lieu | Personnes retenues | Nationalites | Observations",
                     "14/01/2019 | El Ouardia | 46 | CIV, CMR, GIN, MLI | acces avocat refuse",
                     "12/10/2020 | El Ouardia | 58 | CIV, SEN, NGA | quarantaine COVID-19"])
    tp = leaf("text/plain", flowed(M03_TEXT), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    body = multi("mixed", [tp, attach("application/pdf", pdf, M03_FILES[0]), attach(DOCX, doc, M03_FILES[1])],
                 "------------A7C3E10B94F2D85C61E07B3D")
    m = mk(when, sent_at(when, 1, 9), "mail.otlr-tunisie.example.tn", "203.0.113.41", M03_QID,
           "Olfa Ben Romdhane <presidence@otlr-tunisie.example.tn>", hdr(M03_SUBJ, enc="Q"), M03_ID, body,
           cc="Hamza Jlassi <%s>" % M03_CC, extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=M03_FILES,
        notes="report of an observatory visiting places of detention, in two files that both make up the report "
              "('une annexe ... qui fait partie intégrante du rapport'): a PDF and a DOCX whose name has an en dash "
              "(RFC 2231 + RFC 2047). '31 visites', '87 personnes' are figures. Thunderbird, 8bit format=flowed; Date "
              "UTC+1. The Cc'd volunteer's mistyped domain (.tm for .tn) bounces our acknowledgement (h262-04); the "
              "annex is replaced in h262-20."))


# ================================================================ 04  FR  bounce  the Cc copy of our acknowledgement of 03: domain not found
def m04():
    when = at("2021-01-28 15:22:30")
    dom = M03_CC.split("@")[1]
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error for
    name=%s type=AAAA: Host not found
""" % (M03_CC, dom)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DMr7Bx4QyZ6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=%s type=AAAA: Host not found\n"
           % (rfcdate(when - dt.timedelta(seconds=3), "EET"), M03_CC, M03_CC, dom))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Olfa Ben Romdhane <presidence@otlr-tunisie.example.tn>\n"
            "Cc: Hamza Jlassi <%s>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Rapport_volontaire_OTLR_=E2=80=93_examen?=\n"
            " =?utf-8?q?_r=C3=A9gional_du_PMM_=28r=C3=A9gion_arabe=29?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M03_CC, rfcdate(when - dt.timedelta(seconds=4)), ack_mid(M03_QID), M03_ID,
                                  M03_ID))
    body = dsn_report(text, dsn, hdrs, "4DMr7Fz9TkZ2.1611840150/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DMr7Fz9TkZ2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210128132230.4DMr7Fz9TkZ2@mx1.iom.int>")]
    add(4, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.4.4, host or domain name not found: the Cc address of h262-03 has '.tm' for '.tn') for "
              "the copy of our French acknowledgement; the returned headers carry the report's subject (RFC 2047) "
              "and name the sender of h262-03. Nothing reached a person; never acknowledge. Language of the thread "
              "(French); thread_of null as for dev bounces."))


# ================================================================ 05  AR  speaker  Sudanese embassy in Riyadh: note verbale nominating its labour attaché
M05_ID = "<DB7PR02MB4987E5A1C03F62B9@DB7PR02MB4987.eurprd02.prod.outlook.example.com>"
M05_SUBJ = "مذكرة: ترشيح الملحق العمالي للتحدث في المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة"
M05_QID = "4DPb1Hx7MvZ5"
M05_FROM = "labour@sudanembassy-riyadh.example.sd"
M05_FILE = "مذكرة السفارة رقم 37-2021.pdf"


def m05():
    when = at("2021-01-31 10:15:33")
    text = """بسم الله الرحمن الرحيم

سفارة جمهورية السودان - الرياض
القسم العمالي

الرقم: س ر/ق ع/37/2021
التاريخ: 18 جمادى الآخرة 1442هـ الموافق 31 يناير 2021م

تهدي سفارة جمهورية السودان بالرياض أطيب تحياتها إلى أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، وبالإشارة إلى الدعوة الكريمة للمشاركة في المؤتمر الإقليمي الأول لاستعراض الاتفاق المقرر عقده يومي 24 و25 فبراير 2021، تتشرف السفارة بأن ترشح السيد/ الصادق عبد الرحيم إدريس، الملحق العمالي بسفارة جمهورية السودان بالرياض، لتقديم مداخلة في إحدى الجلسات العامة للمؤتمر.

وسيتناول الملحق العمالي في مداخلته تجربة السفارة في متابعة أوضاع المواطنين السودانيين الموقوفين في مراكز الإيواء والترحيل بالمملكة، وتيسير إصدار وثائق السفر الاضطرارية لهم، وتنظيم رحلات العودة منذ بداية جائحة كورونا، والتي شملت أكثر من 4,800 مواطن خلال عام 2020.

مرفق طيه صورة من المذكرة الرسمية الموقعة والمختومة.

وتغتنم سفارة جمهورية السودان بالرياض هذه السانحة لتعرب لأمانة الاستعراض الإقليمي عن فائق تقديرها واحترامها.

القسم العمالي
سفارة جمهورية السودان بالرياض
حي السفارات - الرياض
المملكة العربية السعودية
"""
    pdf = make_pdf(["Embassy of the Republic of the Sudan - Riyadh", "Labour Section",
                    "Ref.: SR/LS/37/2021   Date: 31 January 2021 (18 Jumada II 1442 H)", "",
                    "NOTE VERBALE", "",
                    "The Embassy nominates Mr. Elsadig Abdelrahim Idris, Labour Attache,",
                    "for a floor intervention in a plenary session of the Regional Review",
                    "Conference of the GCM in the Arab region (24-25 February 2021).", "",
                    "[signed and stamped]"])
    lcid = "image001.png@01D6F7C2.3E9A1B60"
    html = outlook_html(text, lang="AR-SA", img_cid=lcid, rtl=True)
    rel = multi("related", [leaf("text/html", html, cte="base64"), logo(lcid, (0, 114, 41))],
                "_004_DB7PR02MB4987E5A1C03F62B9_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_DB7PR02MB4987E5A1C03F62B9_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE)], "_005_DB7PR02MB4987E5A1C03F62B9_")
    m = mk(when, sent_at(when, 3, 10), "mail-db7eur02on0652.outbound.protection.outlook.example.com",
           "198.51.100.152", M05_QID, addr("سفارة جمهورية السودان بالرياض - القسم العمالي", M05_FROM),
           hdr(M05_SUBJ), M05_ID, body,
           extra=outlook(hdr(M05_SUBJ), "AQHW98Tc3Mv7Xq1Nb5Kz2Lp8Rs4Wd0Hg==", lang="ar-SA", has_attach="yes"))
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("الصادق عبد الرحيم إدريس", "الملحق العمالي", "سفارة جمهورية السودان بالرياض", ["plenary"])],
        notes="an embassy's note verbale in the body ('تهدي سفارة ... أطيب تحياتها'), with reference number and Hijri "
              "date: the speaker is nominated by the institution, not the sender; 'السيد/' dropped; title and "
              "affiliation in apposition ('الملحق العمالي بسفارة جمهورية السودان بالرياض'); 'إحدى الجلسات العامة' = "
              "plenary. The attached PDF is the signed note (Arabic name, RFC 2231 + RFC 2047), not a report: no "
              "report_attachments. Sudanese diplomatic phrasing ('هذه السانحة'); Outlook with the embassy's logo, "
              "Date UTC+3. The embassy's autoresponder answers our acknowledgement (h262-06)."))


# ================================================================ 06  AR  auto_reply  the embassy mailbox's autoresponder on our acknowledgement of 05
def m06():
    when = at("2021-01-31 10:16:02")
    ack = ack_mid(M05_QID)
    text = """شكراً لتواصلكم مع سفارة جمهورية السودان بالرياض.

تم استلام رسالتكم وسيتم توجيهها إلى القسم المختص. نظراً لكثرة المراسلات قد يستغرق الرد عدة أيام عمل.

للحالات القنصلية العاجلة (الوفاة، الحوادث، التوقيف والترحيل) يرجى الاتصال بالرقم: 00966 11 000 0000

ساعات العمل: الأحد - الخميس، 8:30 صباحاً - 2:30 ظهراً.

هذه رسالة آلية، الرجاء عدم الرد عليها.

Thank you for contacting the Embassy of the Republic of the Sudan in Riyadh. This is an automatic reply; please do not reply to this message.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = hdr("رد تلقائي: تأكيد استلام - " + M05_SUBJ)
    rows = std_rows(when, "mail-db7eur02on0652.outbound.protection.outlook.example.com", "198.51.100.152",
                    "4DPb1Kq3WsZ8", addr("سفارة جمهورية السودان بالرياض - القسم العمالي", M05_FROM), subj,
                    rfcdate(sent_at(when, 3, 3)),
                    "<DB7PR02MB4987AR0131101559@DB7PR02MB4987.eurprd02.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                           ("Precedence", "auto_reply")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M05_ID + " " + ack)]
    add(6, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="the embassy mailbox's autoresponder (Auto-Submitted, X-Autoreply, Precedence: auto_reply, null "
              "Return-Path) answering our acknowledgement of h262-05 29 seconds later, from the same address and "
              "display name as the note verbale; Arabic with an English line, 'التوقيف والترحيل' among its "
              "emergencies. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 07  FR  speaker  Malagasy domestic worker deported from Lebanon asks to speak for herself
def m07():
    when = at("2021-02-01 09:48:20")
    subj = "demande de parole pour le 23 fevrier"
    text = """Bonjour madame, monsieur,

Je m'appelle Hanitra Rasoanaivo, j'ai 34 ans et je suis malgache. J'ai travaillé au Liban comme employée de maison de 2014 jusqu'à 2020. Je suis partie de chez mon employeur parce qu'il ne me payait plus depuis 8 mois, et la police m'a arrêtée parce qu'il avait gardé mon passeport et déclaré ma fuite. J'ai passé presque 3 mois dans le centre de détention de la Sûreté Générale à Beyrouth, puis j'ai été expulsée vers Madagascar en septembre 2020 par un vol de rapatriement, sans mes salaires et sans mes affaires.

Une amie qui est bénévole dans une association à Beyrouth m'a envoyé votre lettre sur WhatsApp. Je voudrais demander de prendre la parole pendant la discussion ouverte du 23 février, pour raconter ce qui se passe dans le centre de détention et ce qu'on vit quand on rentre au pays les mains vides. Beaucoup de filles sont encore là bas.

Je ne représente aucune association, je parle pour moi et pour elles. Je peux me connecter avec le téléphone (Zoom ou WhatsApp), je parle français, un peu arabe et un peu anglais.

Excusez mes fautes de français.

Merci beaucoup
Hanitra

Antananarivo, Madagascar
+261 34 00 000 00
"""
    body = alt(text, "0000000000009e3b7105ba40c6f2", html=android_html(text))
    m = mk(when, sent_at(when, 3, 11), "mail-io1-f52.google.example.com", "192.0.2.52", "4DQh3Vn9LtZ1",
           "Hanitra Rasoanaivo <hanitra.rasoa85@gmail.example.com>", subj,
           "<CAP4kTz8Wm1qR6vN+c2Hx7Lb3sY9dFe5gJ4@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hanitra Rasoanaivo", None, None, ["open_discussion"])],
        notes="a domestic worker deported from Lebanon to Madagascar asks to speak for herself: 'prendre la parole "
              "pendant la discussion ouverte du 23 février' = open_discussion. No title and, explicitly, no "
              "organisation ('Je ne représente aucune association'): title and affiliation null, the acknowledgement "
              "may ask nothing more. Decoys: detention months, 'septembre 2020', an unnamed association of a friend. "
              "Informal French without accents in the subject, Gmail on Android; Date UTC+3 (Madagascar)."))


# ================================================================ 08  EN  both  alternatives-to-detention programme in Amman: report + speaker
M08_FILE = "Wasl_ATD_Voluntary_GCM_Review_Feb2021.pdf"


def m08():
    when = at("2021-02-01 13:05:54")
    subj = "Voluntary GCM review report and speaker nomination - Wasl Alternatives to Detention Programme"
    text = """Dear colleagues,

On behalf of Wasl Community Support Centre, I am pleased to submit our voluntary GCM review report, attached as a PDF: "Release with support: three years of community-based alternatives to immigration detention in Jordan".

The report draws on our Alternatives to Detention (ATD) programme, which since 2018 has worked with 412 migrant workers and asylum seekers released from administrative detention into case management in Amman, Zarqa and Irbid. 94% of participants remained in contact with the authorities until their case was resolved, at roughly a fifth of the cost of detention. The report reviews progress on GCM Objective 13 and makes nine recommendations, including on screening for vulnerability at the point of arrest and on the role of embassies and labour attachés in issuing travel documents without delay.

We would also like to propose our Senior Case Manager, Samer Odeh, to deliver a floor intervention in Thematic Roundtable 4. Samer has managed the ATD caseload since the programme began and can speak to what makes alternatives work in practice.

Speaker details:
Name: Samer Odeh
Title: Senior Case Manager, Alternatives to Detention Programme
Organisation: Wasl Community Support Centre

Please do not hesitate to contact me if you need anything further.

Kind regards,

Dana Abbadi
Programme Director
Wasl Community Support Centre
Jabal Al-Weibdeh, Amman, Jordan
T +962 6 000 0000 | www.wasl-jo.example.org
"""
    lcid = "image001.png@01D6F88A.4C21D7E0"
    pdf = rep_pdf("Release with support: community-based alternatives to immigration detention in Jordan",
                  "Wasl Community Support Centre, Amman - February 2021",
                  ["The ATD programme 2018-2020", "Who is detained and for how long", "Case management in practice",
                   "Costs compared with detention", "GCM Objective 13: progress and gaps", "Nine recommendations"])
    html = outlook_html(text, lang="EN-GB", img_cid=lcid)
    rel = multi("related", [leaf("text/html", html), logo(lcid, (230, 120, 20))],
                "_004_AM0PR03MB5794B1E6C2A7F380_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM0PR03MB5794B1E6C2A7F380_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILE)], "_005_AM0PR03MB5794B1E6C2A7F380_")
    m = mk(when, sent_at(when, 2, 8), "mail-am0eur03on0603.outbound.protection.outlook.example.com",
           "198.51.100.63", "4DQn8Cz2RkZ7", "Dana Abbadi <d.abbadi@wasl-jo.example.org>", subj,
           "<AM0PR03MB5794B1E6C2A7F380@AM0PR03MB5794.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbYiM2Kq8Tz5Wn1Rc7Lx4Pv9Hs3Fb6==", lang="en-GB", has_attach="yes"))
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samer Odeh", "Senior Case Manager, Alternatives to Detention Programme", "Wasl Community Support Centre",
           ["roundtable"], 4)],
        report_attachments=[M08_FILE],
        notes="both, on time (1 February): the PDF is the report, the inline image001.png the signature logo. The "
              "speaker is proposed by the programme director, with labelled Name/Title/Organisation lines (the "
              "title names the programme, the organisation is the centre); 'Thematic Roundtable 4'. Decoys: GCM "
              "Objective 13, '94%', nine recommendations. Outlook, mixed > alternative > related."))


# ================================================================ 09  FR  speaker  Moroccan lawyers' collective: two speakers (rapporteure + table ronde n° 3)
M09_ID = "<e41b7d9c03a2f586b1c9d0e7a4f23b85@caddm.example.ma>"
M09_SUBJ = "CADDM – propositions d'intervenants (rapporteure + table ronde n° 3)"
M09_TEXT = """Madame, Monsieur,

Le Collectif des Avocats pour la Défense des Droits des Migrants (CADDM), qui regroupe une quarantaine d'avocates et d'avocats des barreaux de Rabat, Casablanca, Tanger, Oujda et Nador, souhaite contribuer aux travaux de la conférence régionale d'examen du PMM.

Depuis 2018, nos membres assurent la défense de personnes migrantes visées par des décisions de reconduite à la frontière ou d'expulsion, et saisissent les tribunaux administratifs contre les déplacements forcés vers le sud du pays. Nous proposons deux intervenants :

1) Me Nadia Bennani – avocate au barreau de Rabat, coordinatrice du pôle contentieux du CADDM – comme rapporteure, pour présenter les messages clés des parties prenantes ;

2) Me Abdelilah Chraïbi – avocat au barreau de Tanger, chargé du suivi des reconduites à la frontière nord – pour une intervention dans la table ronde n° 3.

Nous vous remercions de votre attention et restons à votre disposition.

Bien cordialement,

Me Karim Ouazzani
Coordinateur national
Collectif des Avocats pour la Défense des Droits des Migrants (CADDM)
Rabat – Maroc
"""


def m09():
    when = at("2021-02-02 16:30:11")
    body = leaf("text/plain", flowed(M09_TEXT), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 5), "webmail.caddm.example.ma", "203.0.113.66", "4DRm5Qk8VzZ0",
           "Karim Ouazzani <coordination@caddm.example.ma>", hdr(M09_SUBJ, enc="Q"), M09_ID, body,
           extra=[("User-Agent", ROUNDCUBE)])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Bennani", "avocate au barreau de Rabat, coordinatrice du pôle contentieux du CADDM",
           "Collectif des Avocats pour la Défense des Droits des Migrants (CADDM)", ["rapporteur"]),
        sp("Abdelilah Chraïbi", "avocat au barreau de Tanger, chargé du suivi des reconduites à la frontière nord",
           "Collectif des Avocats pour la Défense des Droits des Migrants (CADDM)", ["roundtable"], 3)],
        notes="a lawyers' collective proposes two colleagues in a numbered list: 'Me' (Maître) dropped from both "
              "names; each title runs between en dashes (bar membership plus role); 'comme rapporteure, pour "
              "présenter les messages clés' = rapporteur; 'table ronde n° 3'. The affiliation is only written in full "
              "in the first sentence and the signature. The sender (also 'Me') is not a speaker. Roundcube, text/plain "
              "only, format=flowed; Date UTC+1. The second speaker is withdrawn in h262-16."))


# ================================================================ 10  EN  speaker  Beirut bail fund: the speaker's name must not be published
M10_FILE = "BBRF_Activity_Report_2020.pdf"


def m10():
    when = at("2021-02-04 11:12:40")
    subj = "Speaker request (name NOT for publication) - Bridges Bail and Release Fund"
    text = """Hello,

I'm writing from the Bridges Bail and Release Fund (BBRF), a small volunteer-run fund in Beirut. Since 2019 we have paid the fines, residency penalties and plane tickets that keep migrant workers - most of them Ethiopian, Sri Lankan and Bangladeshi women - in detention long after a release or deportation decision, and we chase employers, recruitment agencies and consulates to get their papers back. Last year we got 318 people out.

We would like to request a speaking slot for one of the women on our Survivors' Advisory Committee, who was herself detained for five months in 2019 before the Fund paid her penalties. She would like to make a floor intervention in the plenary on 24 February, speaking in Amharic with one of our volunteers interpreting into English (or in English if that's easier for you).

One important request: please DO NOT publish her name anywhere - not in the programme, the list of speakers, the website, social media or the report of the meeting. She still has a pending case in Lebanon and family in Addis Ababa, and she is worried about her former employer. In public materials she can be introduced as "a member of the Survivors' Advisory Committee of the Bridges Bail and Release Fund". Her details below are for your registration only:

Name: Tigist Alemayehu Bekele
Title: Member, Survivors' Advisory Committee
Organisation: Bridges Bail and Release Fund (BBRF)

For background only, I'm attaching our 2020 activity report. It isn't a voluntary GCM review report - we shared our figures with the Lebanon Migrant Rights Platform for their joint submission instead.

Thanks so much, and please let me know if the interpretation is a problem.

Maya Gebara
Co-coordinator, Bridges Bail and Release Fund
Beirut | she/her
Signal/WhatsApp: +961 70 000 000
"""
    pdf = make_pdf(["Bridges Bail and Release Fund (BBRF) - Activity report 2020", "",
                    "318 people released from detention", "Fines and residency penalties paid: USD 61,400",
                    "Plane tickets: 204", "Cases followed with consulates: Ethiopia 141, Sri Lanka 58, Bangladesh 47",
                    "Donors and volunteers - thank you"])
    a = alt(text, "000000000000c7a15f05ba8d3e21", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE)], "000000000000c7a16105ba8d3e23")
    m = mk(when, sent_at(when, 2, 6), "mail-wm1-f47.google.example.com", "192.0.2.47", "4DTd2Rw6NxZ9",
           "Maya Gebara <bridges.bailfund@gmail.example.com>", subj,
           "<CAG9nLw3Tq7xK2mV+d8Pz4Rc1sB6fHy0kM5@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tigist Alemayehu Bekele", "Member, Survivors' Advisory Committee", "Bridges Bail and Release Fund (BBRF)",
           ["plenary"])],
        notes="a bail fund proposes a former detainee and asks that her name NOT be published anywhere (pending case, "
              "fear of the former employer); the name is given 'for your registration only' and is recorded as "
              "given - the non-publication request is for the secretariat to honour in public materials. 'floor "
              "intervention in the plenary on 24 February' = plenary; Amharic with interpretation. The attached "
              "PDF is the fund's 2020 activity report, 'for background only' and explicitly 'not a voluntary GCM "
              "review report': speaker_request, not both, no report_attachments. Gmail."))


# ================================================================ 11  EN  speaker  POLO Kuwait nominates its welfare officer, replying to the secretariat's answer to 01
def m11():
    when = at("2021-02-04 14:55:02")
    ans = ack_mid(M01_QID)
    answer = """Dear Mr Villanueva,

Thank you for your message. Representatives of countries of origin are welcome to follow the consultation and the conference. Requests for a floor intervention may be sent to this address with the name, title and organisational affiliation of the speaker by Friday 5 February 2021; the secretariat will confirm the programme once all requests have been reviewed.

GCM Regional Review - Arab States"""
    text = """Dear Colleagues,

Thank you very much for your prompt and helpful reply.

Pursuant thereto, POLO Kuwait respectfully requests a floor intervention during a plenary session of the Conference, on the experience of a country of origin in assisting its nationals in immigration detention and deportation. We wish to nominate:

Ms. Liza M. Sarmiento
Welfare Officer
Philippine Overseas Labor Office (POLO) - Kuwait

Ms. Sarmiento heads our team at the deportation centre and has handled the cases of our distressed workers since 2017. She is copied on this e-mail.

The undersigned will follow the proceedings online.

Very truly yours,

ATTY. RAMON C. VILLANUEVA
Labor Attaché
Philippine Overseas Labor Office (POLO) - Kuwait
Embassy of the Republic of the Philippines
Jabriya, State of Kuwait

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, January 26, 2021 4:12 PM
To: Ramon C. Villanueva <labatt.kuwait@polo-kuwait.example.gov.ph>
Subject: RE: %s

%s

From: Ramon C. Villanueva <labatt.kuwait@polo-kuwait.example.gov.ph>
Sent: Monday, January 25, 2021 11:02 AM
To: gcmrrarabstates@iom.int
Subject: %s

%s""" % (M01_SUBJ, answer, M01_SUBJ, M01_TEXT)
    lcid = "image001.png@01D6FAF3.1D8E4A50"
    html = outlook_html(text, lang="EN-US", img_cid=lcid)
    rel = multi("related", [leaf("text/html", html), logo(lcid, (0, 56, 168))],
                "_004_SG2PR06MB3145C9D41E07A2B6_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_SG2PR06MB3145C9D41E07A2B6_")
    subj = "RE: " + M01_SUBJ
    m = mk(when, sent_at(when, 3, 8), "mail-sg2apc01on0711.outbound.protection.outlook.example.com",
           "198.51.100.211", "4DTk6Mb1PwZ3", M01_FROM, subj,
           "<SG2PR06MB3145C9D41E07A2B6@SG2PR06MB3145.apcprd06.prod.outlook.example.com>", body,
           cc="Liza M. Sarmiento <welfare1.kuwait@polo-kuwait.example.gov.ph>",
           extra=[("In-Reply-To", ans), ("References", M01_ID + " " + ans)]
           + outlook(M01_SUBJ, "AdbzDk4Xq7Rm2Ls9Pz1Vb5Nc8Wt3HgAHMnQ2wA==", lang="en-US", has_attach="yes"))
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of=H % 1,
        speakers=[sp("Liza M. Sarmiento", "Welfare Officer", "Philippine Overseas Labor Office (POLO) - Kuwait",
                     ["plenary"])],
        notes="the nomination that h262-01 asked about, sent as an Outlook reply to the secretariat's answer "
              "(References name h262-01): thread_of points to the question that opened the exchange. The labour "
              "attaché nominates his welfare officer (Cc) in stacked name/title/office lines; 'Ms.' dropped, middle "
              "initial kept; 'a plenary session' = plenary. 'The undersigned will follow the proceedings' is not a "
              "second speaker. The quoted answer repeats the deadline and 'name, title and organisational "
              "affiliation'; Outlook quotes without '>'."))


# ================================================================ 12  EN  speaker  Sri Lankan embassy in Riyadh after midnight local time (before midnight in Beirut)
M12_ID = "<AS8PR04MB8312F0A7D59C1E24@AS8PR04MB8312.eurprd04.prod.outlook.example.com>"
M12_SUBJ = "Nomination for the open discussion - Embassy of Sri Lanka, Riyadh (Labour Section)"
M12_QID = "4DVc9Lx3TnZ8"


def m12():
    when = at("2021-02-05 23:57:41")
    text = """Dear Sir/Madam,

Regional Review of the Global Compact for Migration in the Arab region

At the outset, we apologise for sending this nomination at such a late hour. It is already past midnight here in Riyadh, and we sincerely hope it can still be considered.

The Labour Section of the Embassy of the Democratic Socialist Republic of Sri Lanka in Riyadh wishes to nominate Mrs. W. A. Dilani Perera, First Secretary (Labour Welfare), to take part in the open discussion of the Multi-Stakeholder Consultation on 23 February 2021.

Mrs. Perera oversees the Embassy's safe house for domestic workers and coordinates with the Saudi authorities on the cases of Sri Lankan nationals held in the deportation centre pending their exit. During 2020 the Section facilitated the return of 3,946 Sri Lankan workers, many of whom had been stranded or detained for months owing to the suspension of flights.

Mrs. Perera is copied on this message.

Thank you.

Yours faithfully,

K. M. Chaminda Wickramasinghe
Minister-Counsellor (Labour)
Embassy of the Democratic Socialist Republic of Sri Lanka
Riyadh, Kingdom of Saudi Arabia
"""
    body = alt(text, "_000_AS8PR04MB8312F0A7D59C1E24_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 3, 8), "mail-as8eur04on0617.outbound.protection.outlook.example.com",
           "198.51.100.87", M12_QID, '"K. M. Chaminda Wickramasinghe" <mc.labour@slembassy-sa.example.lk>',
           M12_SUBJ, M12_ID, body, cc="Dilani Perera <fs.welfare@slembassy-sa.example.lk>",
           extra=outlook(M12_SUBJ, "AdcBxT5Wq2Lm8Rz4Kn1Pv7Hc3Yb9Jd6==", lang="en-US"))
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("W. A. Dilani Perera", "First Secretary (Labour Welfare)",
           "Embassy of the Democratic Socialist Republic of Sri Lanka in Riyadh", ["open_discussion"])],
        notes="deadline edge: the Date header says Sat 6 Feb 00:57 +0300 and the writer apologises that it is 'past "
              "midnight here in Riyadh', but the server received it at 23:57:41 on Friday 5 February Beirut time: "
              "on time. Nominated by the Minister-Counsellor; 'Mrs.' dropped, the Sri Lankan initials 'W. A.' are "
              "part of the name (the Cc display name omits them); 'the open discussion of the Multi-Stakeholder "
              "Consultation' = open_discussion. Her out-of-office answers our acknowledgement (h262-13)."))


# ================================================================ 13  EN  auto_reply  the nominee's Exchange out-of-office on our acknowledgement of 12
def m13():
    when = at("2021-02-05 23:58:05")
    text = """Thank you for your e-mail. I am away from the office on official duty until Monday, 8 February 2021, with limited access to e-mail.

For urgent welfare matters concerning Sri Lankan workers, please contact the Embassy's 24-hour hotline +966 11 000 0000 or labour.riyadh@slembassy-sa.example.lk.

W. A. Dilani Perera
First Secretary (Labour Welfare)
Embassy of the Democratic Socialist Republic of Sri Lanka, Riyadh
"""
    body = alt(text, "_000_AS8PR04MB8312OOF7E1C9A_", html=outlook_html(text, lang="EN-US"))
    rows = exchange_ooo_rows(when, "mail-as8eur04on0617.outbound.protection.outlook.example.com", "198.51.100.87",
                             "4DVcB2Tm6WsZ4", "Dilani Perera <fs.welfare@slembassy-sa.example.lk>",
                             "<AS8PR04MB83127C2E0B4F9A15@AS8PR04MB8312.eurprd04.prod.outlook.example.com>",
                             M12_SUBJ, M12_ID, ack_mid(M12_QID), "en-US", (3, 2))
    add(13, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office ('Automatic reply:') of the Cc'd nominee of h262-12, 24 seconds after our "
              "acknowledgement (References name h262-12; Auto-Submitted, X-Auto-Response-Suppress, null "
              "Return-Path): it repeats her full name and title, which is not a new request. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 14  FR  speaker  Algerian network on expulsions: 23:04 in Oran, 00:04 in Beirut (late)
M14_ID = "<7b2e9f40-c5a1-4d83-9e6b-0f4a2c8d1e57@rvesm.example.dz>"
M14_SUBJ = "Demande d'intervention – Réseau de veille sur les expulsions Sahel-Maghreb (RVESM)"
M14_TEXT = """Bonsoir,

Nous vous écrivons juste avant minuit, dans les délais nous l'espérons : notre conseil d'administration ne s'est réuni que ce soir.

Le Réseau de veille sur les expulsions Sahel-Maghreb (RVESM) documente depuis 2017 les arrestations de migrants subsahariens dans les villes du Nord, leur regroupement dans des centres de transit puis leur reconduite vers la frontière nigérienne, souvent de nuit, jusqu'au lieu-dit « point zéro ».

Nous souhaitons proposer Mme Salima Kaci, coordinatrice de la cellule de veille de Tamanrasset du RVESM, pour une intervention lors de la deuxième table ronde thématique. Elle a recueilli plus de 600 témoignages de personnes refoulées depuis 2018.

Notre rapport volontaire suivra avant le 16 février.

Cordialement,

Farid Hadjadj
Président du RVESM
Oran – Algérie
"""


def m14():
    when = at("2021-02-06 00:04:12")
    tp = leaf("text/plain", flowed(M14_TEXT), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 4), "mail.rvesm.example.dz", "203.0.113.94", "4DVd0Hq5KmZ2",
           "Farid Hadjadj <f.hadjadj@rvesm.example.dz>", hdr(M14_SUBJ, enc="Q"), M14_ID, tp,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Salima Kaci", "coordinatrice de la cellule de veille de Tamanrasset",
           "Réseau de veille sur les expulsions Sahel-Maghreb (RVESM)", ["roundtable"], 2)],
        notes="deadline edge, late: the Date header says Fri 5 Feb 23:04 +0100 and the writer believes he is 'juste "
              "avant minuit, dans les délais', but the server received it at 00:04:12 on Saturday 6 February Beirut "
              "time. 'Mme' dropped; the title ends with 'du RVESM', which names the affiliation; 'la deuxième table "
              "ronde thématique' = 2. The report is only announced ('suivra'), so not 'both'; it arrives as a reply "
              "in h262-18. Thunderbird, 8bit format=flowed, text/plain only."))


# ================================================================ 15  AR  report  Beirut association visiting detention centres: PDF + logo
M15_ID = "<VI1PR08MB4430D2B7E19C6F03@VI1PR08MB4430.eurprd08.prod.outlook.example.com>"
M15_SUBJ = "التقرير الطوعي لجمعية زاد - زيارات أماكن احتجاز المهاجرين في لبنان"
M15_FILE = "تقرير زاد الطوعي - زيارات أماكن الاحتجاز 2018-2020.pdf"
M15_TEXT = """حضرات السيدات والسادة في أمانة الاستعراض الإقليمي،

تحية طيبة،

يسرّ جمعية الزيارة والمواكبة للمحتجزين المهاجرين (زاد) أن ترسل إليكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مرفقاً بصيغة PDF.

يستند التقرير إلى 212 زيارة قام بها متطوعونا بين 2018 و2020 إلى مركز الاحتجاز التابع للمديرية العامة للأمن العام في بيروت وإلى نظارات عدد من المخافر، ويتناول بشكل خاص:
- طول فترات الاحتجاز بانتظار وثائق السفر أو موافقة صاحب العمل أو تذكرة الطيران؛
- دور القنصليات والملحقين العماليين (لا سيما الإثيوبية والسريلانكية والبنغلادشية والسودانية) في تسريع الإجراءات أو إبطائها؛
- أوضاع النساء الحوامل والأطفال وذوي الأمراض المزمنة؛
- أثر جائحة كورونا وانفجار المرفأ على الزيارات وعلى الترحيل.

ونأمل أن يساهم التقرير في النقاش حول الهدفين 13 و21 من الاتفاق.

مع الشكر والتقدير،

ريتا أبو جودة
منسّقة برنامج الزيارات
جمعية الزيارة والمواكبة للمحتجزين المهاجرين (زاد)
الأشرفية، بيروت - لبنان
"""


def m15():
    when = at("2021-02-08 12:20:33")
    lcid = "image001.png@01D6FE0B.8A2C4F10"
    pdf = rep_pdf("ZAD - Voluntary GCM review report: visits to places of immigration detention in Lebanon",
                  "Beirut, February 2021",
                  ["212 visits, 2018-2020", "Waiting for papers, employers and tickets", "Consulates and attaches",
                   "Pregnant women, children, chronic illness", "COVID-19 and the port explosion", "Recommendations"])
    html = outlook_html(M15_TEXT, lang="AR-LB", img_cid=lcid, rtl=True)
    rel = multi("related", [leaf("text/html", html, cte="base64"), logo(lcid, (120, 40, 110))],
                "_004_VI1PR08MB4430D2B7E19C6F03_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M15_TEXT, cte="base64"), rel], "_000_VI1PR08MB4430D2B7E19C6F03_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M15_FILE)], "_005_VI1PR08MB4430D2B7E19C6F03_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur08on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", "4DXf4Nc7HqZ6", "Rita Abou Jaoude <rita.aj@zad-lb.example.org>", hdr(M15_SUBJ), M15_ID,
           body, extra=outlook(hdr(M15_SUBJ), "AQHW/g2Lx8Tm4Rc1Vb7Nz3Kp5Wq9Hs0==", lang="ar-LB", has_attach="yes"))
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M15_FILE],
        notes="report of an association visiting immigration detention in Beirut: the PDF (Arabic name with a dash "
              "and a year range, RFC 2231 + RFC 2047) is the report, image001.png the inline logo. Decoys: '212 "
              "زيارة', 'الهدفين 13 و21' (GCM objectives, not roundtables), the list of consulates. Outlook, base64, "
              "Latin From name. The sender asks whether it arrived in h262-21."))


# ================================================================ 16  FR  other  the lawyers' collective of 09 withdraws its second speaker
def m16():
    when = at("2021-02-09 10:44:10")
    text = """Madame, Monsieur,

Suite à notre message du 2 février, nous vous informons que Me Abdelilah Chraïbi ne pourra finalement pas intervenir lors de la table ronde n° 3 : une audience devant le tribunal administratif de Rabat, dans un dossier de reconduite qu'il suit depuis l'été, a été fixée au 24 février. Nous retirons donc sa candidature et ne proposons personne à sa place.

La proposition de Me Nadia Bennani comme rapporteure est naturellement maintenue.

Avec nos excuses pour ce changement,

Me Karim Ouazzani
Coordinateur national – CADDM

Le 02/02/2021 15:30, Karim Ouazzani a écrit :
""" + gt(M09_TEXT) + "\n"
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "webmail.caddm.example.ma", "203.0.113.66", "4DYg8Tr2WbZ5",
           "Karim Ouazzani <coordination@caddm.example.ma>", re_hdr("Re: ", M09_SUBJ),
           "<9c05e3a7b1d42f68e0a7c3b95d1f4e26@caddm.example.ma>", body,
           extra=[("In-Reply-To", M09_ID), ("References", M09_ID), ("User-Agent", ROUNDCUBE)])
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 9,
        notes="withdrawal of one of the two speakers of h262-09 (Roundcube reply to the sender's own message, "
              "In-Reply-To h262-09): 'Nous retirons donc sa candidature et ne proposons personne à sa place'; the "
              "other nomination is only said to stand ('maintenue'), not made again. No speaker proposed, so "
              "'other' (as earlier withdrawals), acknowledged so that the secretariat strikes the name; the quoted "
              "original still carries both names, roles and 'table ronde n° 3'."))


# ================================================================ 17  EN  other  Bangladeshi labour wing in Amman: observers only
def m17():
    when = at("2021-02-11 09:30:25")
    subj = "Participation as observers - Labour Wing, Embassy of Bangladesh, Amman"
    text = """Dear Sir/Madam,

Greetings from the Labour Wing, Embassy of the People's Republic of Bangladesh, Amman.

This is with reference to the invitation to the Regional Review of the Global Compact for Migration in the Arab region. We are pleased to inform you that the Embassy will follow the Conference on 24-25 February 2021.

Please note that the Embassy will not be proposing any speaker, and the undersigned does not intend to take the floor. We would be grateful if the following officials could be registered to attend the sessions as observers:

1. Md. Rafiqul Islam Chowdhury, Counsellor (Labour)
2. Ms. Nasreen Akter, First Secretary (Labour)

Kindly share the online link and any registration form at your earliest convenience.

It may be mentioned that the Labour Wing is presently assisting more than 900 Bangladeshi workers, mostly from garment factories in the Qualifying Industrial Zones, whose permits have expired and who face detention and deportation. We look forward to learning from the discussions.

With best regards,

Md. Rafiqul Islam Chowdhury
Counsellor (Labour)
Embassy of the People's Republic of Bangladesh
Amman, Jordan
"""
    body = alt(text, "=_c41f9e27b0d3a58e6f12", html=zimbra_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail.bdembassy-jo.example.gov.bd", "203.0.113.172", "4F0Hc3Lp9RzZ",
           '"Labour Wing, Embassy of Bangladesh, Amman" <labour.amman@bdembassy-jo.example.gov.bd>', subj,
           "<1284730912.4471.1613028621455.JavaMail.zimbra@bdembassy-jo.example.gov.bd>", body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "Kx8hQ2mTz7Rv4Lp1Nc5Wb3Ys9Jd6Fa==")])
    add(17, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="an embassy's labour wing only wants two officials registered as observers; the category turns on "
              "'the Embassy will not be proposing any speaker, and the undersigned does not intend to take the "
              "floor', although names, titles and the embassy are listed as for a nomination. Formal South Asian "
              "English ('It may be mentioned', 'Kindly'); the shared mailbox's display name contains commas (quoted). "
              "Zimbra webmail."))


# ================================================================ 18  FR  report  the Algerian network of 14 sends its report as a reply
M18_FILE = "RVESM_Rapport_volontaire_expulsions_2018-2020.pdf"


def m18():
    when = at("2021-02-12 17:02:51")
    text = """Bonjour,

Comme annoncé dans notre message du 5 février, voici le rapport volontaire du Réseau de veille sur les expulsions Sahel-Maghreb (RVESM), en pièce jointe (PDF).

Il s'appuie sur 614 témoignages recueillis entre 2018 et 2020 à Tamanrasset, In Guezzam et Agadez auprès de personnes reconduites vers la frontière nigérienne, et sur le suivi de 27 familles séparées lors des arrestations.

Votre accusé de réception nous a fait comprendre que notre demande d'intervention est arrivée quelques minutes après la clôture, à l'heure de Beyrouth. Nous ne la renouvelons pas et comprenons qu'elle ne pourra pas être retenue.

Cordialement,

Farid Hadjadj
Président du RVESM
Oran – Algérie

""" + tb_quote_header("05/02/2021 à 23:04", "Farid Hadjadj") + "\n" + gt(M14_TEXT) + "\n"
    pdf = rep_pdf("RVESM - Rapport volontaire : expulsions vers la frontiere nigerienne 2018-2020",
                  "Reseau de veille sur les expulsions Sahel-Maghreb, Oran",
                  ["Arrestations dans les villes du Nord", "Centres de transit", "Reconduites au 'point zero'",
                   "Familles separees", "Recommandations"])
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    body = multi("mixed", [tp, attach("application/pdf", pdf, M18_FILE)], "------------5D02B8E7A41C9F63E0B27D14")
    m = mk(when, sent_at(when, 1, 7), "mail.rvesm.example.dz", "203.0.113.94", "4F1Kn6Wv2TzZ",
           "Farid Hadjadj <f.hadjadj@rvesm.example.dz>", re_hdr("Re: ", M14_SUBJ),
           "<c1d8a4e6-2f73-4b90-a5e1-7d3b9f0c6a28@rvesm.example.dz>", body,
           extra=[("In-Reply-To", M14_ID), ("References", M14_ID), ("User-Agent", TB), ("Content-Language", "fr")])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 14, report_attachments=[M18_FILE],
        notes="the report announced in h262-14, sent on 12 February as a Thunderbird reply to the sender's own "
              "late speaker request (In-Reply-To h262-14): on time as a report. The category turns on 'Nous ne la "
              "renouvelons pas': the late speaking request is mentioned, not made again, so not 'both' and no "
              "speaker; the quoted original still names Mme Kaci and 'la deuxième table ronde'. '614 témoignages', "
              "'27 familles' are figures."))


# ================================================================ 19  AR  both  Kuwaiti fund paying detainees' fines and tickets: report on time, speaker late
M19_FILE = "تقرير مبادرة تذكرة وطن - الاستعراض الطوعي 2021.docx"


def m19():
    when = at("2021-02-14 19:40:03")
    subj = "تقرير طوعي وطلب مداخلة - مبادرة تذكرة وطن (الكويت)"
    text = """السلام عليكم ورحمة الله وبركاته،

الإخوة الكرام في أمانة الاستعراض الإقليمي،

نرسل لكم مرفقاً التقرير الطوعي لمبادرة «تذكرة وطن»، وهي مبادرة تطوعية كويتية تأسست عام 2016 لسداد غرامات الإقامة وثمن تذاكر السفر عن العمالة المحتجزة في إدارة الإبعاد ممن صدرت بحقهم قرارات إبعاد ولا يملكون ثمن التذكرة، حتى لا يطول احتجازهم. خلال 2020 ومع توقف الطيران ساعدنا 1,270 شخصاً من 14 جنسية، أغلبهم من بنغلاديش وسريلانكا ومصر والفلبين.

ويتناول التقرير التنسيق مع السفارات والملحقين العماليين، ومدة الاحتجاز بانتظار التذكرة، وأوضاع من يُبعَدون دون أن يستلموا مستحقاتهم.

كما نرغب - إن كان ذلك ممكناً - في ترشيح المستشار القانوني للمبادرة، المحامي فهد ناصر الرشيدي، لتقديم مداخلة في المائدة المستديرة الرابعة، فهو يتابع ملفات المحتجزين لدى إدارة الإبعاد منذ تأسيس المبادرة.

وتقبلوا خالص التحية،

بدرية سالم العنزي
رئيسة مبادرة تذكرة وطن
الكويت
"""
    doc = make_docx(["Tathkarat Watan initiative (Kuwait) - Voluntary GCM review report 2021",
                     "1. Who we are", "2. Fines, tickets and the length of detention",
                     "3. Working with embassies and labour attaches", "4. Deported without their dues",
                     "5. Recommendations"])
    a = alt(text, "----=_Part_4417302_611508924.1613324398671", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M19_FILE)], "----=_Part_4417301_1185046230.1613324398670")
    m = mk(when, sent_at(when, 3, 5), "sonic308-17.consmr.mail.ne1.yahoo.example.com", "198.51.100.218",
           "4F2Rb8Mk4VzZ", addr("بدرية العنزي", "tathkarat.watan@yahoo.example.com"), hdr(subj),
           "<1736629041.4417303.1613324398673@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فهد ناصر الرشيدي", "المستشار القانوني للمبادرة", "مبادرة تذكرة وطن", ["roundtable"], 4)],
        report_attachments=[M19_FILE],
        notes="'both' on 14 February: the report (DOCX, Arabic name, RFC 2231 + RFC 2047) is on time but the speaker "
              "part is after 5 February (only 'إن كان ذلك ممكناً' hints at it), so on_time false. Speaker in prose "
              "proposed by the chairwoman: 'المحامي' dropped as an honorific, title 'المستشار القانوني للمبادرة', "
              "affiliation as written in the signature (the body puts the name in guillemets); 'المائدة المستديرة "
              "الرابعة' = 4. Yahoo webmail from Kuwait (UTC+3), base64."))


# ================================================================ 20  FR  report  the observatory of 03 replaces its annex (v2)
M20_FILE = "Annexe 1 – Grille de visites El Ouardia (v2).docx"


def m20():
    when = at("2021-02-15 11:18:44")
    text = """Madame, Monsieur,

Suite à notre envoi du 28 janvier, vous trouverez ci-joint une version corrigée de l'annexe 1 de notre rapport (grille de visites, v2) : deux visites de novembre 2020 y figuraient avec une date erronée et le nombre de personnes retenues lors de la visite du 12 octobre était inexact.

Merci de bien vouloir remplacer l'annexe 1 initiale par celle-ci. Le rapport principal (PDF) reste inchangé.

Avec nos remerciements,

Olfa Ben Romdhane
Présidente – OTLR

""" + tb_quote_header("28/01/2021 à 14:21", "Olfa Ben Romdhane") + "\n" + gt(M03_TEXT) + "\n"
    doc = make_docx(["Annexe 1 (v2) - Grille de visites, centre d'El Ouardia et postes frontaliers (2019-2020)",
                     "Date | Lieu | Personnes retenues | Nationalites | Observations",
                     "14/01/2019 | El Ouardia | 46 | CIV, CMR, GIN, MLI | acces avocat refuse",
                     "12/10/2020 | El Ouardia | 63 | CIV, SEN, NGA | quarantaine COVID-19 (chiffre corrige)"])
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    body = multi("mixed", [tp, attach(DOCX, doc, M20_FILE)], "------------E93A0C5B72D1F846B3A09C57")
    m = mk(when, sent_at(when, 1, 6), "mail.otlr-tunisie.example.tn", "203.0.113.41", "4F3Sd1Xr7KzZ",
           "Olfa Ben Romdhane <presidence@otlr-tunisie.example.tn>", re_hdr("Re: ", M03_SUBJ),
           "<a8e15c3d-7b90-4f26-8d4e-2c6b0f9a7e13@otlr-tunisie.example.tn>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID), ("User-Agent", TB), ("Content-Language", "fr")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 3, report_attachments=[M20_FILE],
        notes="revision of h262-03 (Thunderbird reply, In-Reply-To h262-03): only the corrected annex (v2, en dash "
              "and brackets in the name, RFC 2231 + RFC 2047) is attached and listed; 'Le rapport principal (PDF) "
              "reste inchangé' and is not re-sent. On time (15 February). The quoted original still describes both "
              "files and names the Cc'd volunteer (not copied this time)."))


# ================================================================ 21  AR  other  'did you receive it?' in Lebanese dialect, about 15
def m21():
    when = at("2021-02-15 16:05:27")
    text = """مرحبا،

بعتنالكن تقرير جمعية زاد نهار الإثنين 8 شباط (الإيميل تحت)، بس ما وصلنا أي تأكيد استلام، لا عالإيميل ولا بالـ spam. فيكن تأكدولنا إذا وصل الملف وإذا كل شي تمام؟ وإذا لازم منرجع منبعتو.

شكراً كتير
ريتا

Sent from my iPhone

> On 8 Feb 2021, at 12:20, Rita Abou Jaoude <rita.aj@zad-lb.example.org> wrote:
>
""" + gt(M15_TEXT) + "\n"
    body = alt(text, "Apple-Mail-3E7B90C2-41D8-4A6F-9C15-B82E0D7F4A61", html=apple_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur08on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", "4F3Tk5Qm0NzZ", "Rita Abou Jaoude <rita.aj@zad-lb.example.org>", re_hdr("Re: ", M15_SUBJ),
           "<4A9D1E36-C7B2-4F80-A1E5-93D6B0C27F48@zad-lb.example.org>", body,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID), ("X-Mailer", IPHONE)])
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 15,
        notes="'did you receive it?' follow-up of h262-15 in Lebanese dialect ('بعتنالكن', 'فيكن تأكدولنا', "
              "'منرجع منبعتو') from an iPhone, In-Reply-To h262-15: nothing is re-sent (no attachment), the quoted "
              "original still says 'مرفقاً بصيغة PDF'. A question to answer, so acknowledged; English 'Sent from my "
              "iPhone' and quote header under an Arabic body."))


# ================================================================ 22  AR  report  Yemeni observatory: 00:58 in Aden, 23:58 in Beirut (on time)
M22_ID = "<CAM5vQx2Lt8nW3rK+b9Hz6Pc1sG4dYf7jE2@mail.gmail.example.com>"
M22_SUBJ = "التقرير الطوعي - مرصد حقوق المرحّلين اليمنيين"
M22_QID = "4F4Vw9Bn3LzZ"
M22_FILE = "تقرير مرصد المرحلين - الاستعراض الطوعي 2021.pdf"


def m22():
    when = at("2021-02-16 23:58:40")
    text = """الإخوة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة،

السلام عليكم ورحمة الله،

نعتذر عن التأخير، الساعة الآن بعد منتصف الليل عندنا في عدن، والكهرباء طفت علينا أكثر من مرة اليوم ونحن نجهز الملف. نأمل أن يُقبل التقرير.

مرفق التقرير الطوعي لمرصد حقوق المرحّلين اليمنيين، ويوثّق أوضاع العمال اليمنيين المرحّلين من دول الجوار عبر منفذ الوديعة خلال 2019 و2020: الاحتجاز قبل الترحيل، ومصادرة الأموال والأوراق، والوصول إلى المنفذ دون أي دعم، في ظل غياب شبه تام للحماية القنصلية بسبب الحرب. ويستند إلى مقابلات مع 143 مرحّلاً في المنفذ وفي حضرموت وعدن.

وشكراً لكم،

عبدالله محمد باوزير
المنسق العام
مرصد حقوق المرحّلين اليمنيين
عدن - اليمن
"""
    pdf = rep_pdf("Yemeni Deportees' Rights Observatory - Voluntary GCM review report",
                  "Aden, February 2021",
                  ["Deportations through the Al-Wadiah crossing, 2019-2020", "Detention before deportation",
                   "Money and papers confiscated", "No consular protection", "Recommendations"])
    a = alt(text, "000000000000e2f91b05bb7c3d48", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "000000000000e2f91d05bb7c3d4a")
    m = mk(when, sent_at(when, 3, 9), "mail-wr1-f42.google.example.com", "192.0.2.142", M22_QID,
           addr("عبدالله باوزير", "a.bawazir.observatory@gmail.example.com"), hdr(M22_SUBJ), M22_ID, body)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="deadline edge, on time: the Date header says Wed 17 Feb 00:58 +0300 and the writer apologises that it "
              "is after midnight in Aden, but the server received it at 23:58:40 on Tuesday 16 February Beirut time. "
              "PDF with an Arabic name (RFC 2231 + RFC 2047); Yemeni colloquial touch ('الكهرباء طفت علينا'). "
              "Gmail, base64. The sender thanks us for the acknowledgement in h262-24."))


# ================================================================ 23  EN  report  London detention monitor: 'today, 16 February' at 22:14 UTC (late)
M23_FILE = "GMDM_Voluntary_GCM_Review_Report_2021.pdf"


def m23():
    when = at("2021-02-17 00:14:09")
    subj = "GMDM voluntary GCM review report - submitted 16 February"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Gulf Migrant Detention Monitor (GMDM), submitted today, 16 February, within the extended deadline.

GMDM is an independent research group of lawyers, researchers and former detainees, based in London with partners in Kuwait, Qatar and the UAE. The report maps what is publicly known about immigration detention and deportation in the six GCC states between 2018 and 2020 - legal grounds, length of detention, access to consular and legal assistance, and mass deportations during COVID-19 - and assesses it against GCM Objectives 13 and 21.

It draws on 96 interviews with former detainees now back in Nepal, India, Bangladesh, Sri Lanka, Ethiopia and Kenya, and on conversations with nine labour and consular attachés of countries of origin, who spoke to us off the record.

Kind regards,

Priya Raghunathan
Research Coordinator
Gulf Migrant Detention Monitor (GMDM)
London, United Kingdom
"""
    lcid = "image001.png@01D704A6.2F9B7C30"
    pdf = rep_pdf("Gulf Migrant Detention Monitor (GMDM) - Voluntary GCM review report",
                  "London, 16 February 2021",
                  ["Immigration detention in the GCC: legal grounds", "Length of detention",
                   "Access to consular and legal assistance", "Mass deportations during COVID-19",
                   "GCM Objectives 13 and 21", "Recommendations"])
    html = outlook_html(text, lang="EN-GB", img_cid=lcid)
    rel = multi("related", [leaf("text/html", html), logo(lcid, (40, 40, 40))],
                "_004_LO2P265MB3021A6D8E1F5C094_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_LO2P265MB3021A6D8E1F5C094_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "_005_LO2P265MB3021A6D8E1F5C094_")
    m = mk(when, sent_at(when, 0, 7), "mail-lo2gbr01on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4F4Wb1Cq8MzZ", "Priya Raghunathan <priya.r@gmdm.example.org.uk>", subj,
           "<LO2P265MB3021A6D8E1F5C094@LO2P265MB3021.GBRP265.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcEtN7Wq4Rz1Lm8Xk2Pv5Hc9Yb3Jd6==", lang="en-GB", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="late by 14 minutes: the Date header says Tue 16 Feb 22:14 +0000 and the body 'submitted today, 16 "
              "February, within the extended deadline', but the server received it at 00:14:09 on 17 February Beirut "
              "time (the deadline is Beirut time). The PDF is the report, image001.png the logo. GCM objectives 13 "
              "and 21, '96 interviews', 'nine ... attachés' are decoys. Outlook from London."))


# ================================================================ 24  AR  other  the Yemeni observatory thanks us for the acknowledgement of 22
def m24():
    when = at("2021-02-18 10:20:15")
    ack = ack_mid(M22_QID)
    quoted = ack_text("ar", M22_SUBJ, "التقرير الطوعي المرفق")
    text = """الله يجزاكم خير، وصلنا تأكيد الاستلام وارتحنا إن التقرير وصلكم 🙏

عبدالله باوزير
مرصد حقوق المرحّلين اليمنيين

في الأربعاء، 17 فبراير 2021 في 12:59 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000f4a83c05bb93e1b7", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-pj1-f65.google.example.com", "192.0.2.165", "4F5Xc6Ht2RzZ",
           addr("عبدالله باوزير", "a.bawazir.observatory@gmail.example.com"),
           re_hdr("Re: ", "تأكيد استلام - " + M22_SUBJ),
           "<CAM5vQx6Np3tR8wL+f1Kz4Hb7sD2cGy9mT5@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M22_ID + " " + ack)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 22,
        notes="a one-line thank-you in Yemeni colloquial ('الله يجزاكم خير', 'ارتحنا') with an emoji, answering our "
              "acknowledgement of h262-22 (References name h262-22): it adds nothing new, so no acknowledgement. "
              "The quoted acknowledgement repeats 'التقرير الطوعي المرفق'. Gmail on a phone, base64, Date UTC+3."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
