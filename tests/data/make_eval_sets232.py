#!/usr/bin/env python3
"""Write the blind evaluation set holdout232 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets232.py
Theme: the Gulf (UAE, Qatar, Kuwait, Bahrain, Oman, Saudi Arabia), 25 January - 18 February 2021.  Migrant
domestic workers' self-help groups (a network coordinator in Dubai nominating three speakers from member groups, an
Ethiopian sisters' group in Riyadh writing learner's Arabic), a Nepali workers' welfare society in Doha, a Filipino
community association in Bahrain whose nominee is only in an attached DOCX form, a Kenyan workers' welfare desk in
Riyadh, a Bahraini trade union federation (speakers in an Outlook HTML table), a Qatari university's migration
research unit, a committee of a chamber of commerce in Sohar, a young lawyers' society in Kuwait (a forwarded board
decision), a Saudi volunteer committee in Jeddah, a Senegalese association in Dubai and a Malagasy association in
Kuwait writing French.  Gulf dialect on phones, English from South Asian and East African writers, names in two
scripts, Malagasy and passport-style surnames in capitals, a mail sent after midnight in Doha or Dubai that is
still on time in Beirut, an Arabic and a French out-of-office, a bounce, late mail.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid

SET = EvalSet(232)
add = SET.add
H = "h232-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO_ANDROID = "WebService/1.1.17712 YahooMailAndroidMobile"


def android_html(text, rtl=False):
    d = "rtl" if rtl else "auto"
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s">%s</div></body></html>\n' % (d, inner))


def apple_html(text):
    inner = "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">') for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="'
            'word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">%s</body>'
            '</html>\n' % inner)


def yahoo_html(text):
    lines = "".join('<div dir="ltr">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


# ================================================================ 01  EN  speaker  Nepali workers' welfare society in Doha, very early, passport name
def m01():
    when = at("2021-01-25 10:14:33")
    subj = "Request for speaking role in GCM Regional Review - HWWS Qatar"
    text = """Respected Sir/Madam,

Namaste and warm greetings from Doha, Qatar.

We came to know about the Regional Review of Global Compact for Migration from the circular shared by our Embassy's labour section. Himal Workers' Welfare Society Qatar (HWWS-Q) is a voluntary organization of Nepali migrant workers established in 2014. We have more than 1,800 members mainly working in construction, security, hospitality and cleaning companies in Doha, Al Khor and Mesaieed. We are doing rescue of workers in difficult situation, repatriation of dead bodies, legal counseling about wage theft and awareness on safe migration.

As per the invitation letter, we want to request a speaking role for our General Secretary in the 2nd thematic round table on 24/25 February. He has been handling the cases of Nepali workers who lost job during COVID-19 lockdown and could not get their end of service benefits, so he can share ground reality from workers side.

The details are as follows:

Name: Mr. Tek Bahadur Khadka (as per passport: KHADKA TEK BAHADUR)
Designation: General Secretary
Organization: Himal Workers' Welfare Society Qatar (HWWS-Q)
Mobile/WhatsApp: +974 5500 0000
Email: tek.khadka.hwws@gmail.example.com

Kindly do the needful and let us know if any other documents are required from our side.

With best regards,

Sabin Shrestha
Coordinator, Programme and Communication
Himal Workers' Welfare Society Qatar (HWWS-Q)
हिमाल श्रमिक कल्याण समाज, कतार
Doha, Qatar
"""
    body = alt(text, "000000000000a17e3b05b9b6f0c4", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 8), "mail-pj1-f43.google.example.com", "192.0.2.43", "4DPkW12sBqz5",
           "Sabin Shrestha <sabin.shrestha.hwws@gmail.example.com>", subj,
           "<CAGy6pT4kW9mZ2vR+e8Nc1Hb5qL3dX7sFo0@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tek Bahadur Khadka", "General Secretary", "Himal Workers' Welfare Society Qatar (HWWS-Q)",
           ["roundtable"], 2)],
        notes="Nepali workers' welfare society in Doha writing South Asian English ('Respected Sir/Madam', 'Kindly do the "
              "needful', 'Designation:'); received on 25 January, well before the deadline. 'Mr.' dropped; the "
              "passport spelling in capitals, surname first, repeats the name and is not a second speaker; "
              "'2nd thematic round table' = 2. The sender (coordinator) is not the speaker; the signature adds the "
              "forum's name in Devanagari (a translation, not another organisation). Its report follows in "
              "h232-23 (a separate submission)."))


# ================================================================ 02  AR  speaker  Bahraini trade union federation, Outlook HTML table, 2 speakers
M02_SUBJ = "ترشيح ممثلي الاتحاد الوطني لنقابات عمال البحرين للمشاركة في الاستعراض الإقليمي"


def m02():
    when = at("2021-01-27 11:42:07")
    intro = """الإخوة والأخوات في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية     المحترمين

تحية نقابية وبعد،

بالإشارة إلى الدعوة الكريمة الموجهة إلى منظمات أصحاب المصلحة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي في المنطقة العربية، يسر الاتحاد الوطني لنقابات عمال البحرين أن يؤكد حرصه على المشاركة، انطلاقاً من دوره في الدفاع عن حقوق العمال المهاجرين في المملكة، ولا سيما بعد إنشاء لجنة العمال المهاجرين في الاتحاد عام 2018 وتنظيم أكثر من ثلاثة آلاف عامل مهاجر في النقابات الأعضاء.

ونتشرف بترشيح الزميلين التالية بياناتهما:"""
    outro = """نرجو التكرم بالإحاطة، مع خالص الشكر والتقدير.

ودمتم للنضال النقابي،

عيسى حسن الجمري
الأمين العام
الاتحاد الوطني لنقابات عمال البحرين
National Federation of Bahrain Trade Unions (NFBTU)
المنامة - مملكة البحرين"""
    rows = [("م", "الاسم", "الصفة", "الجهة", "الدور المطلوب"),
            ("1", "الأخ/ عبدالنبي حسن الستراوي", "الأمين العام المساعد للعلاقات العربية والدولية",
             "الاتحاد الوطني لنقابات عمال البحرين", "مقرر لعرض الرسائل الرئيسية لأصحاب المصلحة"),
            ("2", "الأخت/ زهراء علي المرزوق", "نائبة رئيس النقابة",
             "نقابة العاملين في قطاع الضيافة والفنادق (عضو في الاتحاد)", "مداخلة في الجلسة العامة للمؤتمر")]
    # Outlook's plain-text alternative of a table: one cell per line
    plain_rows = "\n\n".join("\n".join(r) for r in rows)
    text = intro + "\n\n" + plain_rows + "\n\n" + outro + "\n"
    cells = "".join(
        "<tr>" + "".join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" dir="rtl">'
                         '%s<o:p></o:p></p></td>' % esc(c) for c in r) + "</tr>" for r in rows)
    para = lambda t: "".join('<p class="MsoNormal" dir="rtl">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                             for p in t.split("\n\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="EN-US" dir="rtl"><div class="WordSection1" '
            'dir="rtl">%s<table class="MsoTableGrid" dir="rtl" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">%s</table><p class="MsoNormal" dir="rtl">&nbsp;</p>%s'
            '</div></body></html>\n' % (para(intro), cells, para(outro)))
    body = alt(text, "_000_DB9PR08MB6713A2C4E8B1F095_", html=html, b64=True)
    m = mk(when, sent_at(when, 3, 9), "mail-db9eur08on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DQzX61dNmz2", addr("Isa Hasan Aljamri", "gs@nfbtu-bh.example.org"), hdr(M02_SUBJ),
           "<DB9PR08MB6713A2C4E8B1F095@DB9PR08MB6713.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(hdr(M02_SUBJ), "AdbzF2Kq8Wt4Rm6Yh0Pc3Nv5Lx7Bz9Ds==", lang="ar-SA"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالنبي حسن الستراوي", "الأمين العام المساعد للعلاقات العربية والدولية",
           "الاتحاد الوطني لنقابات عمال البحرين", ["rapporteur"]),
        sp("زهراء علي المرزوق", "نائبة رئيس النقابة", "نقابة العاملين في قطاع الضيافة والفنادق", ["plenary"])],
        notes="Bahraini trade union federation, union-style formal Arabic ('تحية نقابية', 'ودمتم للنضال النقابي'); "
              "two speakers in an Outlook HTML table whose text/plain alternative puts each cell on its own line "
              "(header row first), base64 parts. 'الأخ/' and 'الأخت/' are union forms of address (dropped). The "
              "second nominee's organisation is a member union of the federation: recorded as written without the "
              "bracketed remark '(عضو في الاتحاد)'; her title 'نائبة رئيس النقابة' refers to that union. The "
              "sender (general secretary) is not a speaker; the English name and acronym in the signature are the "
              "federation's, written after its Arabic name."))


# ================================================================ 03  FR  speaker  Senegalese association in Dubai: the president asks for herself, details in signature
M03_ID = "<5C2A7E91-3B4F-4D8A-9E16-0F7B2D3C8A45@gmail.example.com>"
M03_SUBJ = "Demande de prise de parole - Conférence régionale PMM"
M03_TEXT = """Bonjour Madame, Monsieur,

J'espère que vous allez bien.

C'est avec beaucoup d'intérêt que notre association a reçu l'invitation à l'examen régional du Pacte mondial pour les migrations, transmise par le Consulat général du Sénégal à Dubaï. S.E. l'Ambassadeur du Sénégal à Abou Dhabi nous a d'ailleurs encouragés à y participer lors de sa dernière rencontre avec la communauté.

Notre association regroupe environ 900 Sénégalaises et Sénégalais vivant à Dubaï et à Charjah : agents de sécurité, chauffeurs, commerçants, employées de maison, coiffeuses, et de plus en plus de jeunes diplômés arrivés avec un visa touristique et qui se retrouvent sans contrat.

Je souhaiterais moi-même prendre la parole lors d'une séance plénière de la Conférence (24-25 février), afin de témoigner des difficultés que rencontrent nos compatriotes (documents de séjour, rapatriement des corps, transferts d'argent pendant la fermeture des frontières) et de ce que fait la diaspora pour y répondre.

Je reste à votre disposition pour toute précision.

Jërëjëf et bonne journée,

Coumba Thiam Sèye
Présidente
Association des Sénégalais de Dubaï et Charjah « Mbokk » (ASDC)
Al Qusais 2, Dubaï – Émirats arabes unis
Tél. / WhatsApp : +971 50 000 0000
"""


def m03():
    when = at("2021-01-28 15:26:50")
    body = alt(M03_TEXT, "Apple-Mail=_8D3F1C2B-6A4E-4B79-A0C5-2E9D7F1B3A68", html=apple_html(M03_TEXT))
    m = mk(when, sent_at(when, 4, 6), "mail-wr1-f44.google.example.com", "192.0.2.144", "4DRcN25vHgz7",
           addr("Coumba Thiam Sèye", "coumba.seye.asdc@gmail.example.com", enc="Q"), hdr(M03_SUBJ, enc="Q"),
           M03_ID, body, extra=[("X-Mailer", APPLE)])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Coumba Thiam Sèye", "Présidente", "Association des Sénégalais de Dubaï et Charjah « Mbokk » (ASDC)",
           ["plenary"])],
        notes="the sender asks to speak herself ('Je souhaiterais moi-même prendre la parole'): her name, title and "
              "association are only in the signature. 'S.E. l'Ambassadeur du Sénégal' is mentioned as an "
              "encouragement, not proposed, and has no name. Affiliation in the fullest form written, with the "
              "Wolof word in guillemets and the acronym; the line 'Al Qusais 2, Dubaï' is the address. Wolof "
              "closing 'Jërëjëf'. Apple Mail on a Mac, Date in UTC+4. A second speaker is added by h232-15."))


# ================================================================ 04  EN  both  Qatari university migration research unit: report PDF + annex PDF + speaker
M04_REP = "GMMRU_Working-Paper_GCM-Review_Qatar_Jan2021.pdf"
M04_ANX = "GMMRU_Annex_Worker-Survey-Tables.pdf"


def m04():
    when = at("2021-01-29 13:08:19")
    subj = "GMMRU contribution to the GCM Regional Review: voluntary report + speaker nomination"
    text = """Dear colleagues at the Regional UN Network on Migration,

On behalf of the Gulf Migration and Mobility Research Unit (GMMRU), Al Wakrah University, I am pleased to share our contribution to the Regional Review of the Global Compact for Migration in the Arab region.

1) Voluntary report. Attached please find our voluntary GCM review report, prepared as a working paper ("Labour Mobility Reforms in Qatar 2017-2020: what changed for workers?"), together with its statistical annex (tables from our 2020 survey of 1,142 workers in Doha and Al Khor). The two files should be read together.

2) Speaker. We would like to nominate Dr. Asma Yousuf Al-Kuwari, Assistant Professor of Public Policy and Deputy Head of GMMRU, for a floor intervention in Thematic Roundtable 3. Dr. Al-Kuwari led the fieldwork of the survey and has advised on the minimum wage consultations.

Please do not hesitate to contact me if anything else is needed.

With kind regards,

Prof. Farhan Ali Siddiqui
Professor of Economics and Head
Gulf Migration and Mobility Research Unit (GMMRU)
College of Arts and Social Sciences, Al Wakrah University
P.O. Box 0000, Al Wakrah, State of Qatar
"""
    rep = rep_pdf("Labour Mobility Reforms in Qatar 2017-2020: what changed for workers?",
                  "Gulf Migration and Mobility Research Unit (GMMRU), Al Wakrah University",
                  ["Kafala reforms and the exit permit", "Changing employers without a no-objection certificate",
                   "The non-discriminatory minimum wage", "COVID-19 and unpaid wages", "Recommendations (GCM Obj. 6)"])
    anx = make_pdf(["GMMRU - Statistical annex to the voluntary GCM review report",
                    "Table A1. Respondents by sector (n = 1,142)", "Table A2. Change of employer 2019-2020",
                    "Table A3. Wage delays reported during COVID-19"])
    a = alt(text, "_000_AM0PR06MB4082C1D9F3E7A652_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach("application/pdf", rep, M04_REP), attach("application/pdf", anx, M04_ANX)],
                 "_004_AM0PR06MB4082C1D9F3E7A652_")
    m = mk(when, sent_at(when, 3, 7), "mail-am0eur06on0608.outbound.protection.outlook.example.com",
           "198.51.100.108", "4DRzQ38cWkz4", "Farhan Ali Siddiqui <f.siddiqui@awu.example.edu.qa>", subj,
           "<AM0PR06MB4082C1D9F3E7A652@AM0PR06MB4082.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbyT5Mn2Qa8Wc4Ez6Rv1Tb3Yn7Um9Ik==", lang="en-GB", has_attach="yes"))
    add(4, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Asma Yousuf Al-Kuwari", "Assistant Professor of Public Policy and Deputy Head of GMMRU",
           "Gulf Migration and Mobility Research Unit (GMMRU), Al Wakrah University", ["roundtable"], 3)],
        report_attachments=[M04_REP, M04_ANX],
        notes="both, on time (29 January); university research unit in Qatar. The report is two PDFs that 'should "
              "be read together' (working paper + statistical annex): both listed. Speaker in prose with 'Dr.' "
              "(dropped) and a title that contains the unit's acronym ('Deputy Head of GMMRU', kept as written); "
              "affiliation the unit with its university, as in the first paragraph (the fullest form; the "
              "college is in the signature only). The sender ('Prof.', head of unit) is not the speaker."))


# ================================================================ 05  AR  speaker  Kuwaiti young lawyers' society: forwarded board decision (Thunderbird)
def m05():
    when = at("2021-01-31 10:55:44")
    subj = "Fwd: قرار مجلس الإدارة بشأن المشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    inner = """الزملاء أعضاء مجلس الإدارة المحترمين،

تحية طيبة،

أحيطكم علماً بأن مجلس الإدارة وافق في اجتماعه الرابع لعام 2021 المنعقد يوم الخميس 28/1/2021 على ما يلي:

أولاً: المشاركة في أعمال الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية الذي تنظمه شبكة الأمم المتحدة الإقليمية المعنية بالهجرة.

ثانياً: ترشيح الزميلة المحامية/ دانة فيصل العنزي، رئيسة لجنة قضايا العمالة المنزلية بالجمعية، لتقديم مداخلة في إحدى الموائد المستديرة المواضيعية (ويُفضّل المائدة الثالثة، وإن تعذر فالرابعة)، وذلك لعرض تجربة الجمعية في تقديم الاستشارات القانونية المجانية للعمالة المنزلية أمام إدارة العمالة المنزلية والمحاكم.

ثالثاً: تكليف أمين السر بمخاطبة الجهة المنظمة.

المحامي/ يوسف مشاري الرشيدي
رئيس مجلس الإدارة"""
    text = """السادة/ أمانة الاستعراض الإقليمي     المحترمين

السلام عليكم ورحمة الله وبركاته،

تنفيذاً لقرار مجلس الإدارة المُعاد توجيهه أدناه، نرجو التكرم باعتماد ترشيح الزميلة المحامية دانة العنزي للمداخلة في المائدة المستديرة، وإفادتنا بأي متطلبات إضافية.

مع خالص التحية،

بدر عادل الشمري
أمين السر
الجمعية الكويتية للمحامين الشباب
دولة الكويت - العاصمة

-------- الرسالة المُعاد توجيهها --------
الموضوع: 	قرار مجلس الإدارة بشأن المشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة
التاريخ: 	Thu, 28 Jan 2021 20:14:09 +0300
من: 	يوسف الرشيدي <chairman@kyla-kw.example.org>
إلى: 	board@kyla-kw.example.org



""" + inner + "\n"
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 3, 6), "mx.kyla-kw.example.org", "203.0.113.74", "4DSf7B1mKtz9",
           addr("بدر الشمري", "secretary@kyla-kw.example.org"), hdr(subj),
           "<8a1f4c27-3e9b-4d65-b0a2-7c5e1f9d3b86@kyla-kw.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "ar")])
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("دانة فيصل العنزي", "رئيسة لجنة قضايا العمالة المنزلية", "الجمعية الكويتية للمحامين الشباب",
           ["roundtable"], 3)],
        notes="the society's secretary forwards the board's decision (Thunderbird, Arabic forward header, "
              "format=flowed 8bit): the nominee's full name and title are only in the forwarded decision, the "
              "cover note shortens her name. 'المحامية/' (her profession used as a form of address) dropped; "
              "'بالجمعية' after the title refers to the society, whose name is only in the signature; two "
              "roundtables in order of preference ('ويُفضّل المائدة الثالثة، وإن تعذر فالرابعة'): the first "
              "choice, 3. The board chair who signs the decision and the secretary are not speakers."))


# ================================================================ 06  FR  speaker  Malagasy association in Kuwait: two speakers, phone, surnames first
M06_ID = "<CAM5vQ8nR3kT1wZ+b7Xp2Lc9hY4dG6sFe1k@mail.gmail.example.com>"
M06_SUBJ = "Participation association malgache Koweït"
M06_QID = "4DSxT70pRcz3"


def m06():
    when = at("2021-02-01 08:31:26")
    text = """Bonjour,

Manao ahoana ! Je suis Voahirana, responsable de l'association Vehivavy Malagasy Mifanampy au Koweït (VMMK), l'association des femmes malgaches au Koweït. Nous sommes surtout des femmes travailleuses domestiques, environ 350 membres, nous nous réunissons le vendredi à Salmiya.

Nous voulons participer à la réunion et nous proposons deux personnes pour parler :

1) Nom : RAKOTONIRINA Fanja Harisoa
Fonction : Secrétaire de l'association
Participation : discussion ouverte du 23 février

2) Nom : RANDRIAMAMPIONONA Volatiana
Fonction : Trésorière
Participation : intervention à la table ronde 1

Elles ont un jour de repos seulement le vendredi, alors merci de nous dire l'horaire exact quand vous savez.

Misaotra betsaka
Voahirana Rasoarimanana
VMMK

Envoyé de mon téléphone Samsung Galaxy
"""
    body = alt(text, "000000000000f3a61b05ba3e92c7", html=android_html(text))
    m = mk(when, sent_at(when, 3, 7), "mail-yb1-f181.google.example.com", "192.0.2.181", M06_QID,
           "Voahirana Rasoarimanana <voahirana.vmmk@gmail.example.com>", M06_SUBJ, M06_ID, body)
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fanja Harisoa Rakotonirina", "Secrétaire de l'association", "Vehivavy Malagasy Mifanampy au Koweït (VMMK)",
           ["open_discussion"]),
        sp("Volatiana Randriamampionona", "Trésorière", "Vehivavy Malagasy Mifanampy au Koweït (VMMK)",
           ["roundtable"], 1)],
        notes="Malagasy women domestic workers' association in Kuwait, French typed on a Samsung phone with Malagasy "
              "greetings ('Manao ahoana', 'Misaotra betsaka'). Two speakers in labelled blocks with the surname "
              "first in capitals (recorded first name first, as in earlier sets; so not found verbatim). Titles "
              "as written ('Secrétaire de l'association'); affiliation the association's name (Malagasy words, then "
              "'au Koweït') with its acronym, as written first (the French gloss 'l'association des Malgaches au Koweït' is a "
              "description). The sender is not a speaker; the Friday availability is not a role. Thanked in "
              "h232-12."))


# ================================================================ 07  EN  speaker  network coordinator nominates 3 speakers from member self-help groups
M07_ID = "<CAD2mR7kV9wQ4xT+p1Nb6Hc3sL8eY5fJg0u@mail.gmail.example.com>"
M07_SUBJ = "Nominations from EDWSN member groups - GCM Regional Review speakers"
M07_QID = "4DSzB38gLwz6"


def m07():
    when = at("2021-02-01 14:47:52")
    text = """Dear Secretariat,

Greetings from the Emirates Domestic Workers Self-Help Network (EDWSN).

As coordinator of the network, and after consulting our member groups in our monthly online meeting last Friday, I am sending the nominations of three of our member groups for the Regional Review. Each nominee is a domestic worker and a leader of her own group, so please register them with their groups and not with the network. They are copied on this mail.

  Name                   | Position in group      | Member group                                        | Role requested
  -----------------------+------------------------+-----------------------------------------------------+-------------------------------
  Josefina Lacsamana     | Founder and Leader     | Kasambahay Self-Help Circle Abu Dhabi (KSHC)        | Open discussion, 23 Feb
  Priyanka Rai           | Peer Counsellor        | Sahara Nepali Sisters Group, Dubai                  | Roundtable 4
  Selamawit Getachew Ayele| Coordinator           | Ethiopian Sisters Mutual Aid Group Sharjah (ESMAG)  | Rapporteur (key messages)

All three will need to speak on their day off, so an early confirmation of the date and time would really help them to ask permission from their employers.

Thank you so much for making space for domestic workers' own voices.

Warm regards,
Lakshmi Menon
Coordinator, Emirates Domestic Workers Self-Help Network (EDWSN)
Dubai, UAE | +971 55 000 0000
"""
    body = alt(text, "0000000000002c7d4f05ba45a1e9", html=gmail_html(text))
    cc = ("Josefina Lacsamana <josefina.kshc@gmail.example.com>, Priyanka Rai <priyanka.sahara@gmail.example.com>, "
          "Selamawit Getachew <selamawit.esmag@esmag.example.org>")
    m = mk(when, sent_at(when, 4, 6), "mail-ot1-f52.google.example.com", "192.0.2.52", M07_QID,
           "Lakshmi Menon <coordinator.edwsn@gmail.example.com>", M07_SUBJ, M07_ID, body, cc=cc)
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Josefina Lacsamana", "Founder and Leader", "Kasambahay Self-Help Circle Abu Dhabi (KSHC)",
           ["open_discussion"]),
        sp("Priyanka Rai", "Peer Counsellor", "Sahara Nepali Sisters Group, Dubai", ["roundtable"], 4),
        sp("Selamawit Getachew Ayele", "Coordinator", "Ethiopian Sisters Mutual Aid Group Sharjah (ESMAG)",
           ["rapporteur"])],
        notes="a network coordinator nominates three leaders of member self-help groups in a plain-text table "
              "with '|' columns: each speaker's affiliation is her own group, not the network ('please register "
              "them with their groups and not with the network'). In the third row the name runs into the column "
              "separator ('Ayele|', shifting the row by one character). ', Dubai' is part of the second group's name as written. The sender is not a "
              "speaker; the nominees are in Cc and the copy of our acknowledgement to one of them bounces "
              "(h232-08)."))


# ================================================================ 08  EN  bounce  our acknowledgement of 07, copy to a Cc'd nominee: mailbox full
def m08():
    when = at("2021-02-01 14:49:20")
    text = POSTFIX_NOTICE + """
<selamawit.esmag@esmag.example.org>: host mail.esmag.example.org[203.0.113.91] said:
    552 5.2.2 <selamawit.esmag@esmag.example.org>: Mailbox full, quota exceeded
    (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DSzC02hMvz8\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; selamawit.esmag@esmag.example.org\n"
           "Original-Recipient: rfc822;selamawit.esmag@esmag.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mail.esmag.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <selamawit.esmag@esmag.example.org>: Mailbox full,\n"
           "    quota exceeded\n" % rfcdate(when - dt.timedelta(seconds=5), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Lakshmi Menon <coordinator.edwsn@gmail.example.com>\n"
            "Cc: Josefina Lacsamana <josefina.kshc@gmail.example.com>,\n"
            " Priyanka Rai <priyanka.sahara@gmail.example.com>,\n"
            " Selamawit Getachew <selamawit.esmag@esmag.example.org>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (M07_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M07_QID), M07_ID))
    body = dsn_report(text, dsn, hdrs, "4DSzC3kQnPz1.1612183760/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DSzC3kQnPz1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210201124920.4DSzC3kQnPz1@mx1.iom.int>")]
    add(8, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.2.2 (mailbox full) for the copy of our acknowledgement of h232-07 sent to a Cc'd "
              "nominee; the returned headers quote the subject about speaker nominations and name h232-07 in "
              "In-Reply-To. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 09  AR  speaker  committee of Sohar chamber of commerce, 'م.', bilingual signature
M09_ID = "<PR3P192MB0846E5B2A9C7D143@PR3P192MB0846.EURP192.PROD.OUTLOOK.example.com>"
M09_SUBJ = "طلب مداخلة - لجنة سوق العمل والقوى العاملة الوافدة بغرفة صحار"
M09_QID = "4DTH5c2WqRz0"


def m09():
    when = at("2021-02-02 09:37:15")
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة       المحترمين

السلام عليكم ورحمة الله وبركاته، وبعد،

تهديكم لجنة سوق العمل والقوى العاملة الوافدة بغرفة صحار للتجارة والصناعة أطيب التحيات، ويسرها المشاركة في الاستعراض الإقليمي بوصفها ممثلة لأصحاب العمل في محافظتي شمال وجنوب الباطنة، حيث يعمل في المنشآت الصناعية واللوجستية بميناء صحار والمنطقة الحرة ما يزيد على ستين ألف عامل وافد.

وعليه، نرجو التكرم بإدراج رئيس اللجنة م. خالد بن سالم بن حمد المقبالي ضمن المتحدثين في المائدة المستديرة رقم (3)، لعرض تجربة القطاع الخاص في تطبيق نظام حماية الأجور وتنظيم انتقال العامل بين أصحاب العمل.

وتفضلوا بقبول وافر الاحترام والتقدير،

سعيد بن عبدالله الكلباني
سكرتير اللجنة
غرفة صحار للتجارة والصناعة

Saeed Abdullah Al Kalbani | Committee Secretary
Labour Market and Expatriate Workforce Committee
Sohar Chamber of Commerce and Industry (SCCI)
Sohar, Sultanate of Oman | Tel: +968 2600 0000
"""
    a = alt(text, "_000_PR3P192MB0846E5B2A9C7D143_", html=outlook_html(text, lang="AR-SA", rtl=True))
    m = mk(when, sent_at(when, 4, 8), "mail-pr3p192on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", M09_QID, addr("Saeed Abdullah Al Kalbani", "s.kalbani@scci-om.example.org"),
           hdr(M09_SUBJ), M09_ID, a, extra=outlook(hdr(M09_SUBJ), "AdcJ8Pz3Kr1Wm5Xt7Yq9Bn2Ev4Cs6Du==", lang="ar-SA"))
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد بن سالم بن حمد المقبالي", "رئيس اللجنة", "غرفة صحار للتجارة والصناعة", ["roundtable"], 3)],
        notes="a committee of an Omani chamber of commerce; the speaker is named in prose after his title "
              "('رئيس اللجنة م. خالد ...'): 'م.' (engineer) dropped, the Omani 'بن' chain kept whole; the title as "
              "written ('رئيس اللجنة', the committee named in the first paragraph); affiliation the chamber as in "
              "the Arabic signature (the English signature adds the acronym SCCI, but only to the English name). "
              "The sender (committee secretary) is not the speaker; 'المائدة المستديرة رقم (3)'. Bilingual "
              "signature, Outlook, Date in UTC+4. His out-of-office answers our acknowledgement (h232-10)."))


# ================================================================ 10  AR  auto_reply  the Sohar secretary's bilingual Exchange out-of-office
def m10():
    when = at("2021-02-02 09:38:29")
    ack = ack_mid(M09_QID)
    text = """شكراً لرسالتكم.
أنا خارج المكتب في إجازة سنوية من 2 إلى 11 فبراير 2021 ولن أتمكن من الرد على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع أمانة الغرفة: info@scci-om.example.org أو الهاتف 26000000.

Thank you for your email. I am on annual leave from 2 to 11 February 2021 with no access to email.
For urgent matters please contact the Chamber Secretariat at info@scci-om.example.org.

سعيد الكلباني | Saeed Al Kalbani
"""
    body = alt(text, "_000_PR3P192MB0846OOF5E2B9A7C1_", html=outlook_html(text, lang="AR-SA", rtl=True))
    subj = "رد تلقائي: إشعار استلام - " + M09_SUBJ
    rows = std_rows(when, "mail-pr3p192on0619.outbound.protection.outlook.example.com", "198.51.100.119",
                    "4DTH6f0XsTz2", addr("Saeed Abdullah Al Kalbani", "s.kalbani@scci-om.example.org"), hdr(subj),
                    rfcdate(sent_at(when, 4, 2)),
                    "<PR3P192MB0846OOF4C1E7A2B9@PR3P192MB0846.EURP192.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M09_ID + " " + ack),
             ("Thread-Topic", hdr("إشعار استلام - " + M09_SUBJ)), ("Content-Language", "ar-SA"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "s.kalbani@scci-om.example.org")]
    add(10, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in Arabic then English, with an Arabic subject prefix ('رد تلقائي:'), from the "
              "sender of h232-09 answering our acknowledgement a minute later (References name h232-09). Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 11  EN  other  Kenyan workers' welfare desk in Riyadh: questions on safety and passports
def m11():
    when = at("2021-02-02 17:20:06")
    subj = "Enquiry on participation of domestic workers (safety, documents)"
    text = """Dear Sir / Madam,

Greetings from Riyadh and I hope this finds you well.

My name is Josphat Mwangi Kariuki, I am the coordinator of Harambee Workers Welfare Desk, a volunteer desk of the Kenyan community in Riyadh which assists Kenyan domestic workers who run away from abusive employers, lose their documents or are stuck in the deportation centre.

We have received your invitation through a sister organisation in Nairobi. Before we submit any names we kindly seek clarification on the following:

a) Most of the ladies we assist do not hold their passports, the employer or the office keeps them. Is a passport or ID number required to be registered as a speaker?
b) For their safety, can a worker speak with the camera off, or under a different name? Some of them are afraid that the sponsor will see them online.
c) Will there be any support for internet bundles, since many of them only have prepaid data on the phone?

Your quick response will be highly appreciated since the deadline is this Friday.

Yours faithfully,

Josphat Mwangi Kariuki
Coordinator
Harambee Workers Welfare Desk - Riyadh
+966 55 000 0000 (WhatsApp only)
"""
    body = alt(text, "000000000000b8e1d505ba5c07f3", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 5), "mail-io1-f68.google.example.com", "192.0.2.68", "4DTWn41bGhz5",
           "Josphat Kariuki <harambee.welfare.ryd@gmail.example.com>", subj,
           "<CAE8kP1wT6mR3vN+q9Zb4Hc7sL2dY0fJh5w@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="Kenyan welfare desk in Riyadh asks three practical questions (passport numbers, speaking with the "
              "camera off or under another name, data bundles) before nominating anyone: vocabulary of speaking "
              "and registering, but nobody is proposed; East African formal English ('Yours faithfully', 'kindly "
              "seek clarification'). The sender gives his own name and title, but not as a speaker. The desk's "
              "report comes later (h232-21)."))


# ================================================================ 12  FR  other  Malagasy thanks for our acknowledgement of 06
def m12():
    when = at("2021-02-03 07:12:40")
    ack = ack_mid(M06_QID)
    quoted = """Bonjour Voahirana Rasoarimanana,

Nous vous remercions de votre message « %s ». Le secrétariat accuse réception de votre demande de prise de parole (2 intervenantes). Le secrétariat reviendra vers vous au sujet du programme.

Examen régional du PMM - États arabes""" % M06_SUBJ
    text = """Bonjour,

Misaotra betsaka pour la confirmation ! Fanja et Volatiana sont très contentes, elles attendent l'horaire.

Bonne journée
Voahirana

Envoyé de mon téléphone Samsung Galaxy

Le lun. 1 févr. 2021 à 09:32, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + gt(quoted) + "\n"
    body = alt(text, "0000000000008e4c2a05ba6b51d0", html=android_html(text))
    m = mk(when, sent_at(when, 3, 6), "mail-yb1-f181.google.example.com", "192.0.2.181", "4DTr2M6kWbz9",
           "Voahirana Rasoarimanana <voahirana.vmmk@gmail.example.com>",
           hdr("Re: Accusé de réception - " + M06_SUBJ, enc="Q"),
           "<CAM5vQ9pS4mU2xA+c8Yq3Md0iZ5eH7tGf2m@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M06_ID + " " + ack)])
    add(12, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 6,
        notes="thank-you answering our acknowledgement of h232-06 (References name h232-06), typed on the phone, "
              "with the Malagasy 'Misaotra betsaka': it adds nothing new (the two first names are only mentioned), "
              "so no acknowledgement."))


# ================================================================ 13  EN  speaker  Filipino community association in Bahrain: details only in a DOCX form
M13_FILE = "Speaker Nomination Form - BFCA Bahrain.docx"


def m13():
    when = at("2021-02-03 20:05:58")
    text = """Good day po!

Attached is the filled up speaker nomination form of our association for the GCM review. Pls confirm if received.

Thank you and God bless.

Marivic

Sent from Yahoo Mail on Android
"""
    form = make_docx(["SPEAKER NOMINATION FORM",
                      "Regional Review of the Global Compact for Migration - Arab Region 2021",
                      "Name of nominee: Engr. Rodel Magbanua Santiago",
                      "Position / Title: Vice President for Welfare and Repatriation",
                      "Organization: Bayanihan Filipino Community Association - Bahrain (BFCA-B)",
                      "Speaking role requested (tick one):",
                      "[ ] Open discussion, multi-stakeholder consultation (23 Feb)",
                      "[ ] Rapporteur",
                      "[ ] Plenary session",
                      "[X] Thematic roundtable no. 2",
                      "Contact: +973 3300 0000 / rodel.bfca@yahoo.example.com",
                      "Nominated by: Marivic Dela Paz-Ocampo, Secretary, BFCA-B"])
    a = alt(text, "----=_Part_2291734_1608273517.1612375556102", html=yahoo_html(text))
    body = multi("mixed", [a, attach(DOCX, form, M13_FILE)], "----=_Part_2291733_1411862049.1612375556101")
    m = mk(when, sent_at(when, 3, 4), "sonic310-21.consmr.mail.sg3.yahoo.example.com", "198.51.100.221",
           "4DV8yK5nFdz6", "Marivic Ocampo <marivic.ocampo@yahoo.example.com>", "speaker form",
           "<1612375556102.2291735@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rodel Magbanua Santiago", "Vice President for Welfare and Repatriation",
           "Bayanihan Filipino Community Association - Bahrain (BFCA-B)", ["roundtable"], 2)],
        notes="Filipino community association in Bahrain: a three-line phone mail ('Good day po!', 'filled up "
              "form') whose nominee, title, organisation and role are only in the attached DOCX form (expected "
              "check_labels warnings: not in the message text); the form is not a report. 'Engr.' dropped; the "
              "ticked box '[X] Thematic roundtable no. 2' among unticked ones. The sender (secretary, first name "
              "only in the body) is not the speaker. Yahoo Mail on Android."))


# ================================================================ 14  AR  other  Emirati volunteer asks in dialect about times and attending as a listener
def m14():
    when = at("2021-02-04 12:18:37")
    subj = "استفسار"
    text = """السلام عليكم ورحمة الله
شحالكم؟ عساكم بخير

معاكم مريم الكعبي من مبادرة رفقة لدعم العمالة المساعدة في العين. وصلتنا الدعوة من وحدة من الزميلات وعندي كم سؤال لو سمحتوا:

- الاستشارة يوم ٢٣ فبراير بتكون أونلاين ولا حضوري؟ والتوقيت بتوقيت بيروت ولا الإمارات؟
- نقدر نحضر بس نسمع بدون ما نتكلم؟ ولا لازم نعبي استمارة المتحدثين؟
- ونبا نعرف إذا في ترجمة للإنجليزي لأن أغلب المتطوعات عندنا من الفلبين وسريلانكا

مشكورين مقدماً وما تقصرون
مريم

أُرسلت من الـ iPhone الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 4, 9), "mr85p00im-ztdg06021201.me.example.com", "198.51.100.188", "4DVg3Q8tCmz1",
           addr("Maryam Alkaabi", "maryam.alkaabi@icloud.example.com"), hdr(subj),
           "<9E4B2D71-A3C6-4F85-B1E0-7D2C9A5F3E18@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Emirati dialect typed on an iPhone ('شحالكم', 'عساكم بخير', 'نبا', 'ما تقصرون'), one-word subject, "
              "base64 plain text: questions (online or in person, Beirut or UAE time, attending only to listen, "
              "English interpretation). Mentions the speaker form but proposes nobody and explicitly asks to attend "
              "without speaking."))


# ================================================================ 15  FR  speaker  Senegalese president adds a second speaker, 01:52 in Dubai = on time in Beirut
M15_ID = "<1A7F3C9E-2D5B-4E81-9C04-6B8A0F2E4D71@gmail.example.com>"
M15_SUBJ = "Re: " + M03_SUBJ
M15_QID = "4DW4kR9xTvz3"


def m15():
    when = at("2021-02-05 23:52:18")
    text = """Bonsoir,

Désolée de vous écrire à une heure pareille, il est presque 2h du matin ici à Dubaï et j'espère que ce n'est pas trop tard pour la date limite.

Suite à notre réunion de bureau de ce soir, nous souhaitons ajouter un deuxième intervenant à ma demande ci-dessous : notre conseiller juridique, Me Ousmane Badji, avocat au barreau de Dakar installé à Dubaï, pour une intervention à la table ronde thématique n°1. Il suit bénévolement les dossiers de nos compatriotes en litige avec leurs employeurs.

Je maintiens bien sûr ma propre demande pour la plénière.

Ma collègue la Secrétaire générale est en copie.

Bien cordialement,
Coumba Thiam Sèye
Présidente de l'ASDC

Envoyé de mon iPhone

Le 28 janv. 2021 à 17:26, Coumba Thiam Sèye <coumba.seye.asdc@gmail.example.com> a écrit :

""" + gt(M03_TEXT) + "\n"
    body = alt(text, "Apple-Mail-4B9E2C7A-1F3D-4A86-B0E5-8C2D7F1A9B36", html=apple_html(text))
    m = mk(when, sent_at(when, 4, 7), "mail-pf1-f178.google.example.com", "192.0.2.178", M15_QID,
           addr("Coumba Thiam Sèye", "coumba.seye.asdc@gmail.example.com", enc="Q"), hdr(M15_SUBJ, enc="Q"),
           M15_ID, body, cc=addr("Mame Diarra Guèye", "mamediarra.gueye@outlook.example.com", enc="Q"),
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID), ("X-Mailer", IPHONE)])
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ousmane Badji", "conseiller juridique", "Association des Sénégalais de Dubaï et Charjah « Mbokk » (ASDC)",
           ["roundtable"], 1)],
        thread_of=H % 3,
        notes="iPhone reply to the sender's own h232-03 adding a second speaker. Sent at 01:52 on 6 February in "
              "Dubai (Date +0400) and the sender fears it is too late, but received at 23:52 on 5 February Beirut "
              "time: on time. 'Me' (maître, lawyer) dropped; title 'conseiller juridique' as written ('avocat au "
              "barreau de Dakar installé à Dubaï' describes him); affiliation by reference ('notre') to the "
              "association of the quoted message. Only the added speaker is listed: the president's own request "
              "('Je maintiens ... pour la plénière') is h232-03's. The Cc'd secretary's out-of-office answers our "
              "acknowledgement (h232-16)."))


# ================================================================ 16  FR  auto_reply  Outlook.com out-of-office of the Cc'd secretary-general (15)
def m16():
    when = at("2021-02-05 23:53:41")
    ack = ack_mid(M15_QID)
    text = """Bonjour,

Je suis actuellement en congé au Sénégal et je n'aurai qu'un accès limité à ma messagerie jusqu'au 22 février 2021.

Pour toute urgence concernant l'ASDC, merci de contacter notre présidente, Mme Coumba Thiam Sèye, au +971 50 000 0000.

Cordialement,
Mame Diarra Guèye
Secrétaire générale - ASDC
"""
    body = alt(text, "_000_DB7P191MB0399AUTO3E8F1C6A_", html=outlook_html(text, lang="FR"))
    subj = "Réponse automatique : Accusé de réception - " + M15_SUBJ
    rows = std_rows(when, "mail-db7eur01olkn0812.outbound.protection.outlook.example.com", "198.51.100.212",
                    "4DW4mC3yVwz5", addr("Mame Diarra Guèye", "mamediarra.gueye@outlook.example.com", enc="Q"),
                    hdr(subj, enc="Q"), rfcdate(sent_at(when, 0, 3)),
                    "<DB7P191MB0399AUTO3E8F1C6A@DB7P191MB0399.EURP191.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M03_ID + " " + M15_ID + " " + ack),
             ("Content-Language", "fr-FR"), ("X-MS-Exchange-Inbox-Rules-Loop", "mamediarra.gueye@outlook.example.com")]
    add(16, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Outlook.com out-of-office (Auto-Submitted: auto-replied, null Return-Path) of the secretary-general "
              "copied on h232-15, answering the copy of our acknowledgement; it names the president with 'Mme' and "
              "a phone number, and references h232-03 and h232-15. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 17  AR  speaker  late: Ethiopian sisters' group in Riyadh, learner's Arabic, trusts '23 فبراير'
def m17():
    when = at("2021-02-08 19:44:02")
    subj = "نبغى نشارك في المؤتمر"
    text = """السلام عليكم

انا اسمي مسرت ولدي، انا شغالة في الرياض من ٩ سنة. نحنا مجموعة الأخوات الإثيوبيات للعون الذاتي في الرياض، نساعد البنات الجديد اللي مشكلة مع كفيل او مكتب، كل جمعة نجتمع.

شفنا الرسالة حقكم بالعربي مكتوب آخر يوم للمتحدثين ٢٣ فبراير، عشان كذا الحين نرسل.

نبغى اختنا تتكلم في الجلسة العامه يوم ٢٤ فبراير:
الاسم: ألماز دستا هايلو
هي مسؤولة المجموعة، هي تعرف عربي زين وانجليزي شوي

اذا في ورقة لازم نعبي قولو لنا
شكرا كثير الله يعطيكم العافية

مسرت
"""
    body = alt(text, "000000000000d41f8705bae0c362", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 11), "mail-qk1-f173.google.example.com", "192.0.2.173", "4DXs8Pb2Nkz7",
           "Meseret Woldie <meseretwoldie88@gmail.example.com>", hdr(subj),
           "<CAJ1nV6tR8kQ3wM+z2Xb9Lp4cH7dF5sYe0g@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("ألماز دستا هايلو", "مسؤولة المجموعة", "مجموعة الأخوات الإثيوبيات للعون الذاتي في الرياض", ["plenary"])],
        notes="late (8 February): an Ethiopian domestic worker writes Gulf-flavoured learner's Arabic ('نبغى', "
              "'حقكم', 'البنات الجديد اللي مشكلة', 'العامه') and relies on the Arabic letter's misprinted deadline "
              "('آخر يوم للمتحدثين ٢٣ فبراير'): on_time false all the same. 'الجلسة العامه يوم ٢٤ فبراير' = "
              "plenary; the title 'مسؤولة المجموعة' is in a separate sentence; affiliation the group as written in "
              "the first paragraph (with 'في الرياض', part of how the group names itself); the language remark is "
              "not a title. The sender is not the speaker; Latin-script From name."))


# ================================================================ 18  AR  other  Bahraini union federation asks about the report's format
def m18():
    when = at("2021-02-09 10:03:27")
    subj = "استفسار حول شكل التقرير الطوعي وعدد صفحاته"
    text = """الإخوة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

يعكف الاتحاد الوطني لنقابات عمال البحرين حالياً على إعداد تقريره الطوعي حول تنفيذ الاتفاق العالمي، ونرجو إفادتنا بما يلي قبل اعتماده من المكتب التنفيذي:

1. هل يوجد نموذج أو قالب معتمد للتقرير، أو حد أقصى لعدد الصفحات؟
2. هل يجوز تقديم تقرير مشترك مع جمعيتين أهليتين بحرينيتين تعملان في مجال حقوق العمال المهاجرين، أم يتعين على كل جهة تقديم تقرير منفصل؟
3. هل سيتم نشر التقارير على الموقع الإلكتروني للاستعراض؟

ولكم جزيل الشكر،

أمانة العلاقات العربية والدولية
الاتحاد الوطني لنقابات عمال البحرين
"""
    a = alt(text, "_000_DB9PR08MB6713F7A1C2E4D068_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 8), "mail-db9eur08on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DYC1w5qHfz4", addr("NFBTU International Relations", "intl@nfbtu-bh.example.org"),
           hdr(subj), "<DB9PR08MB6713F7A1C2E4D068@DB9PR08MB6713.eurprd08.prod.outlook.example.com>", a,
           extra=outlook(hdr(subj), "AdcLw2Ht5Np8Qz1Rk3Ym6Vb9Xc4Tf7Gj==", lang="ar-SA"))
    add(18, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="the federation of h232-02 asks about the report (template, length, a joint report, publication) "
              "while it is still being drafted: 'تقريره الطوعي' appears but nothing is attached or submitted. A new "
              "mail, not a reply, from a shared departmental mailbox signed by the department, no person; "
              "thread_of null (it opens no submission and follows none)."))


# ================================================================ 19  FR  other  Senegalese association asks about one collective report for the Gulf
def m19():
    when = at("2021-02-09 21:40:11")
    subj = "Question : rapport collectif des associations sénégalaises du Golfe ?"
    text = """Bonsoir,

Je me permets de vous solliciter à nouveau au nom de l'ASDC.

Plusieurs associations sénégalaises du Golfe (à Doha, Koweït City, Riyad et Mascate) nous proposent de rédiger ensemble un seul rapport volontaire, que nous enverrions au nom de tous. Est-ce possible, ou chaque association doit-elle envoyer son propre rapport ? Et dans le cas d'un rapport collectif, faut-il joindre une lettre signée par chaque association ?

Nous voulons être sûrs avant de commencer, car la date limite du 16 février approche.

Merci d'avance,
Coumba Thiam Sèye
Présidente de l'ASDC
"""
    body = alt(text, "000000000000e6b3a905bafc41d8", html=gmail_html(text))
    m = mk(when, sent_at(when, 4, 6), "mail-wr1-f44.google.example.com", "192.0.2.144", "4DYVf28cMrz0",
           addr("Coumba Thiam Sèye", "coumba.seye.asdc@gmail.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<CAFz3tM8wK1vR6qN+y4Pb7Hd2sL9cX0jGe5@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about a collective report of several Senegalese associations in the Gulf (allowed? "
              "signed letters?) before writing it: mentions 'rapport volontaire' and the deadline but submits "
              "nothing. Same sender as h232-03/15 in a new thread: thread_of null (a question about a future "
              "report, not a follow-up of the speaker request)."))


# ================================================================ 20  AR  both  Jeddah volunteer committee: report on time, speaker late
M20_FILE = "تقرير لجنة التكافل - الاتفاق العالمي للهجرة 2021.pdf"


def m20():
    when = at("2021-02-10 14:27:45")
    subj = "التقرير الطوعي للجنة التكافل لرعاية العمالة المنزلية بجدة + ترشيح متحدثة"
    text = """بسم الله الرحمن الرحيم

سعادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة     حفظهم الله

السلام عليكم ورحمة الله وبركاته،

نرفق لكم التقرير الطوعي للجنة التكافل لرعاية العمالة المنزلية بجدة، وهي لجنة تطوعية نسائية تعمل منذ عام 2016 على إيواء العاملات المنزليات المتضررات مؤقتاً، وتسهيل تسوية أوضاعهن مع مكاتب الاستقدام، ومساعدتهن في إجراءات السفر.

ويتناول التقرير أثر إصلاحات مبادرة تحسين العلاقة التعاقدية على العمالة المنزلية، وأوضاع العاملات العالقات خلال إغلاق المطارات في 2020.

كما نرشح أ. نوف عبدالرحمن الغامدي، منسقة برنامج الإيواء المؤقت في اللجنة، للمداخلة في المائدة المستديرة المواضيعية الرابعة.

وتقبلوا خالص التحية والتقدير،

هيفاء سعد باعشن
رئيسة اللجنة
لجنة التكافل لرعاية العمالة المنزلية - جدة
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Al-Takaful Committee for Domestic Workers' Care, Jeddah",
                  ["Temporary shelter for domestic workers since 2016", "Settling cases with recruitment offices",
                   "The 2021 contractual relationship reforms", "Stranded workers during the 2020 airport closures",
                   "Recommendations"])
    a = alt(text, "0000000000003a9de205bb0b7f14", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILE)], "0000000000003a9de405bb0b7f16")
    m = mk(when, sent_at(when, 3, 7), "mail-ed1-f51.google.example.com", "192.0.2.151", "4DYt6Kc9Hqz2",
           addr("هيفاء باعشن", "takaful.jeddah@gmail.example.com"), hdr(subj),
           "<CAH7rW2mT5kN9xV+q1Lz8Bd4pY6cF3sJe7r@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("نوف عبدالرحمن الغامدي", "منسقة برنامج الإيواء المؤقت", "لجنة التكافل لرعاية العمالة المنزلية بجدة",
           ["roundtable"], 4)],
        report_attachments=[M20_FILE],
        notes="both, received 10 February: the report is on time but the speaker request is five days late and "
              "the mail does not say so, so on_time false. Saudi volunteer committee, formal Arabic ('سعادة ... "
              "حفظهم الله'); speaker in prose with 'أ.' (dropped), 'في اللجنة' after the title refers to the "
              "committee; affiliation as written in the first sentence ('... بجدة'; the signature writes '- جدة'); "
              "ordinal roundtable ('الرابعة'). Arabic PDF name with spaces, a dash and a year (RFC 2231 + "
              "RFC 2047). The sender (committee chair) is not the speaker."))


# ================================================================ 21  EN  report  Kenyan welfare desk: the report in the body, HTML-only
def m21():
    when = at("2021-02-14 16:36:09")
    subj = "Harambee Workers Welfare Desk - Voluntary GCM Review Report"
    paras = [
        ("p", "Dear Sir / Madam,"),
        ("p", "Kindly receive below the voluntary GCM review report of Harambee Workers Welfare Desk - Riyadh. We "
              "were not able to put it in a proper document because our volunteers only have phones, so we are "
              "writing it directly in this email."),
        ("h", "VOLUNTARY GCM REVIEW REPORT - HARAMBEE WORKERS WELFARE DESK, RIYADH (FEBRUARY 2021)"),
        ("h", "1. Who we are"),
        ("p", "A volunteer desk of the Kenyan community in Riyadh, started in 2018 by church members. Between "
              "January 2020 and January 2021 we assisted 412 Kenyan women, most of them domestic workers."),
        ("h", "2. What we saw in 2020"),
        ("p", "- 163 women had left their employers because of unpaid salaries, overwork or abuse.<br>"
              "- 97 had no passport with them because the employer or the recruitment office kept it.<br>"
              "- 58 were in the deportation centre for more than three months waiting for an exit visa and a "
              "ticket.<br>- During the lockdown, many were unable to send money home for four months."),
        ("h", "3. GCM objectives concerned"),
        ("p", "Objective 6 (fair recruitment and decent work), Objective 7 (reducing vulnerabilities), Objective 14 "
              "(consular protection) and Objective 21 (dignified return)."),
        ("h", "4. Our recommendations"),
        ("p", "a) Passports must stay with the worker. b) A hotline in Swahili and English at the labour courts. "
              "c) Faster exit visas and free tickets for stranded workers. d) Pre-departure training in Kenya to "
              "include the real conditions of domestic work in the Gulf."),
        ("p", "We thank you for the opportunity to share the voice of our sisters."),
        ("p", "Yours faithfully,<br>Josphat Mwangi Kariuki<br>Coordinator<br>Harambee Workers Welfare Desk - Riyadh"),
    ]
    inner = "\n".join(('<p style="margin:0 0 10px 0">%s</p>' % t) if k == "p" else
                      ('<p style="margin:14px 0 6px 0"><b>%s</b></p>' % esc(t)) for k, t in paras)
    body = html_only('<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</div>' % inner,
                     newlines=True)
    m = mk(when, sent_at(when, 3, 6), "mail-io1-f68.google.example.com", "192.0.2.68", "4F0bR37wXkz8",
           "Josphat Kariuki <harambee.welfare.ryd@gmail.example.com>", subj,
           "<CAE8kP3xV2nS7wO+r5Ab1Id8tM4eZ6gKi9x@mail.gmail.example.com>", body,
           extra=[("X-Mailer", "Zoho Mail")])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="the report is written in the body (headings, figures, GCM objectives, recommendations) because the "
              "volunteers 'only have phones': no attachment, report_attachments empty. HTML-only message (no "
              "text/plain part), quoted-printable. Same desk as the questions of h232-11 but a new submission "
              "(thread_of null)."))


# ================================================================ 22  FR  report  Senegalese association's report, PDF with accented name, Apple Mail
M22_FILE = "Rapport_volontaire_ASDC_Émirats_PMM_2021.pdf"


def m22():
    when = at("2021-02-15 11:14:52")
    subj = "ASDC - Rapport volontaire (examen régional du Pacte mondial)"
    text = """Bonjour,

Comme suite à votre réponse à ma question du 9 février, dont je vous remercie, vous trouverez ci-joint le rapport volontaire de l'ASDC, rédigé finalement en notre nom seul : les autres associations du Golfe enverront chacune le leur.

Le rapport traite de la situation administrative des Sénégalais aux Émirats (cartes de résident, amnistie de 2018, visas touristiques), des transferts d'argent pendant la crise sanitaire, du rapatriement des corps et de l'accès des femmes employées de maison à la justice.

Bien cordialement,

Coumba Thiam Sèye
Présidente
Association des Sénégalais de Dubaï et Charjah « Mbokk » (ASDC)
"""
    pdf = rep_pdf("Rapport volontaire - ASDC (Dubai et Charjah)", "Association des Senegalais de Dubai et Charjah (ASDC)",
                  ["Situation administrative des Senegalais aux Emirats", "Transferts d'argent et COVID-19",
                   "Rapatriement des corps", "Femmes employees de maison et acces a la justice", "Recommandations"])
    a = alt(text, "Apple-Mail=_2E6B9D4F-7C1A-4F38-A5D2-9B0E3C7F1A84", html=apple_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)],
                 "Apple-Mail=_6A1D8F3C-4B2E-4C97-B8E1-0D5F2A9C7E63")
    m = mk(when, sent_at(when, 4, 7), "mail-wr1-f44.google.example.com", "192.0.2.144", "4F1cT05mRgz6",
           addr("Coumba Thiam Sèye", "coumba.seye.asdc@gmail.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<7D3A1E5C-9B2F-4A60-8E4D-1C6F0B8A2D95@gmail.example.com>", body, extra=[("X-Mailer", APPLE)])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="report of the Senegalese association of h232-03/15/19 in a new mail (not a reply), referring to the "
              "secretariat's answer to its question of 9 February: thread_of null (the report opens its own "
              "submission). PDF name with an accented capital ('Émirats'), RFC 2231 + RFC 2047; Apple Mail, Date "
              "in UTC+4."))


# ================================================================ 23  EN  report  Nepali forum's report after midnight in Doha: on time in Beirut
M23_FILE = "HWWS-Q Voluntary Report GCM 2021 (final).pdf"


def m23():
    when = at("2021-02-16 23:20:41")
    subj = "Voluntary report of HWWS Qatar - sorry for late submission"
    text = """Respected Sir/Madam,

Namaste. Please find attached the voluntary GCM review report of Himal Workers' Welfare Society Qatar (HWWS-Q).

We are very sorry for late submission, it is already past midnight here in Doha. Our team could finish the final editing only tonight after duty hours as all our members are full-time workers. We hope it will still be accepted.

The report covers wage theft and end of service benefits, deaths of young Nepali workers and repatriation of bodies, recruitment fees paid in Nepal, and the changes in labour law in Qatar in 2020.

Thanking you,

Sabin Shrestha
Coordinator, Programme and Communication
Himal Workers' Welfare Society Qatar (HWWS-Q)
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Himal Workers' Welfare Society Qatar (HWWS-Q)",
                  ["Wage theft and end of service benefits", "Deaths of young workers and repatriation of bodies",
                   "Recruitment fees paid in Nepal", "Labour law changes in Qatar, 2020", "Our recommendations"])
    a = alt(text, "00000000000091c5e705bb7a2d3f", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "00000000000091c5e905bb7a2d41")
    m = mk(when, sent_at(when, 3, 9), "mail-pj1-f43.google.example.com", "192.0.2.43", "4F1sH62kPbz3",
           "Sabin Shrestha <sabin.shrestha.hwws@gmail.example.com>", subj,
           "<CAGy6pT7nX2qB5wS+h1Rd4Ke8tM6cZ9uJr3@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="the sender apologises for a late submission 'past midnight here in Doha' (Date Wed, 17 Feb 2021 "
              "00:20 +0300), but the mail reached the server at 23:20 on 16 February Beirut time: on time. PDF name "
              "with spaces and brackets. Same society as h232-01 but a separate submission (a report, not a follow-up "
              "of the speaker request): thread_of null."))


# ================================================================ 24  FR  report  Malagasy association's report, late (18 February), DOCX, Malagasy word in name
M24_FILE = "Tatitra_VMMK_Rapport_volontaire_PMM_Koweït.docx"


def m24():
    when = at("2021-02-18 13:02:26")
    subj = "Rapport volontaire VMMK"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire (tatitra) de l'association Vehivavy Malagasy Mifanampy au Koweït (VMMK).

Nous nous excusons pour le retard. Nous avons rédigé le rapport à la main pendant nos réunions du vendredi, et il a fallu ensuite trouver quelqu'un pour le taper à l'ordinateur, ce qui a pris plus de temps que prévu. Nous espérons que vous pourrez quand même le prendre en compte.

Le rapport parle des conditions de travail des femmes malgaches au Koweït, de l'interdiction de départ depuis Madagascar et des recrutements par des agences non autorisées, et de l'aide aux femmes qui veulent rentrer au pays.

Misaotra betsaka,
Voahirana Rasoarimanana
VMMK
"""
    doc = make_docx(["Vehivavy Malagasy Mifanampy au Koweït (VMMK) - Association des femmes malgaches au Koweit",
                     "Rapport volontaire - examen regional du Pacte mondial sur les migrations, fevrier 2021",
                     "1. Conditions de travail des femmes malgaches au Koweit",
                     "2. Interdiction de depart et agences non autorisees", "3. Retours au pays",
                     "4. Recommandations"])
    a = alt(text, "000000000000c7f2a105bba48e59", html=android_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M24_FILE)], "000000000000c7f2a305bba48e5b")
    m = mk(when, sent_at(when, 3, 8), "mail-yb1-f181.google.example.com", "192.0.2.181", "4F2nJ84wTcz1",
           "Voahirana Rasoarimanana <voahirana.vmmk@gmail.example.com>", subj,
           "<CAM5vQ2rT7oV4yB+d9Zr5Ne1jA6fI8uHg3n@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late (18 February, two days after the report deadline) and says so; Malagasy association of "
              "h232-06 in a new mail (thread_of null: a report, not a follow-up of the speaker request). DOCX whose "
              "name mixes Malagasy ('Tatitra' = report) and French and carries an accented letter ('Koweït'), "
              "RFC 2231 + RFC 2047."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
