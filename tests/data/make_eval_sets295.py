#!/usr/bin/env python3
"""Write the blind evaluation set holdout295 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets295.py
Theme: academics and think tanks (20 January - 18 February 2021).  A Beirut professor who is also a non-resident
fellow of a policy lab and asks to present a working paper's findings 'in my capacity as' fellow (her research-leave
out-of-office answers our acknowledgement, and she later withdraws in a reply), a Rabat university lab sending a
co-authored report as a WeTransfer link with a four-page 'note de synthèse' attached (then a Dropbox link when the
first one expires), a Jordanian doctoral student asking in Levantine Arabic whether a journal article can count, an
Amman think tank sending its report as a Google Drive chip and its lead author for roundtable 2, a Sousse sociologist
offering a roundtable and the rapporteur role, two co-authors of a Gulf research network (the co-author's old
university address bounces), a Cairo university centre's OneDrive link with an executive summary in Word, a Saudi
economist writing from Outlook for iOS at 00:41 Riyadh time (23:41 in Beirut) on the speaker deadline, a Cairo policy
institute's late request with a policy brief that 'is not our voluntary report', a Marseille centre's report with its
data on Dropbox and two late speakers (one's university out-of-office follows), an Alexandria research assistant's
Egyptian-Arabic questions, a Red Sea observatory's Drive link with the abstract and footnotes in the body (thanked
from an iPhone), a Beirut-Kuwait co-authored report (the Kuwaiti co-author's bilingual out-of-office), an Algiers
economist asking whether a HAL working paper may count and sending the revised version a day late, an Oran lab's
WeTransfer link with an Arabic summary at 23:58 on the report deadline and a Lebanese diaspora centre's late 'both'.
Long signatures with two affiliations, footnotes and citations in the body, co-author lists with honorifics.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook, exchange_ooo_rows
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(295)
add = SET.add
H = "h295-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF84 (Win)/8.8.15_GA_3869)"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"


def ack_text(lang, subject, what):
    """Our acknowledgement, as quoted back in replies."""
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'examen régional du Pacte mondial pour des migrations sûres, "
                "ordonnées et régulières (États arabes) accuse réception de votre message « %s » et %s. Le "
                "secrétariat reviendra vers vous au sujet du programme.\n\nExamen régional du PMM - États arabes"
                % (subject, what))
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s.\n\nالاستعراض الإقليمي للاتفاق "
                "العالمي للهجرة - المنطقة العربية" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5b2e7c1ayahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def mac_outlook_html(text, lang="FR"):
    inner = "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="%s" link="#0563C1"><div class="WordSection1">%s</div></body></html>\n'
            % (lang, inner))


def outlook_ios_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join("<div%s>%s</div>" % (d, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


# ================================================================ 01  EN  speaker  professor + non-resident fellow: 'in my capacity as' fellow, Roundtable 3
M01_ID = "<DB7PR02MB4631E8C2A9F5B017@DB7PR02MB4631.eurprd02.prod.outlook.example.com>"
M01_SUBJ = "Request to present findings in Roundtable 3 - MPL working paper on kafala reform"
M01_QID = "4DLb6Qm31Hz7"
M01_FROM = addr("Tannous, Samira", "s.tannous@uml.example.edu.lb")
M01_SIG = """Samira Tannous, PhD
Associate Professor of Political Economy
Department of Political Studies and Public Administration
University of Mount Lebanon (UML)

Non-Resident Senior Fellow
Mashreq Policy Lab (MPL)

Hamra, Beirut, Lebanon | +961 1 000 000 ext. 4127
ORCID: 0000-0002-1825-0097
Latest: "Changing Employers Without Consent?" (MPL WP 11) - https://mashreqpolicylab.example.org/wp11
"""
UML_DISCLAIMER = """________________________________
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Views expressed in this message are those of the sender and not necessarily those of the University of Mount Lebanon.
"""


def m01():
    when = at("2021-01-20 10:12:37")
    text = """Dear GCM Regional Review Secretariat,

Thank you for the invitation circulated through the regional UN Network on Migration. I am writing to request a floor intervention in thematic Roundtable 3 of the regional conference on 24-25 February.

Over the past eighteen months a small team at the Mashreq Policy Lab (MPL) has been tracking whether the kafala reforms announced in the region since 2017 have actually changed workers' ability to move to a new employer without the current employer's consent. Our working paper[1] draws on 46 semi-structured interviews with recruiters, labour inspectors and workers in Beirut, Amman and Doha, and on a review of 19 ministerial decisions; a shorter version was discussed at the Middle East Migration Studies Association's annual conference in November[2]. I would like to share its three main findings, which speak directly to GCM Objectives 6 and 22, and to suggest two indicators that states could report on in the next review cycle.

To avoid any confusion: I would speak in my capacity as Non-Resident Senior Fellow at MPL, not on behalf of the University, and this is not a voluntary report submission. MPL's institutional position is set out in the paper itself.

I would be grateful to know whether the slot can be confirmed, and in which format (in person or online).

With best regards,

Samira Tannous

[1] S. Tannous and K. Abou Jaoude (2020), "Changing Employers Without Consent? Kafala Reform in Practice", MPL Working Paper No. 11, Beirut, December 2020.
[2] MEMSA Annual Conference (online), 12-14 November 2020, panel 4B "Sponsorship after reform".

""" + M01_SIG + "\n" + UML_DISCLAIMER
    cid = "image001.png@01D6EF1A.4B2C7E30"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (122, 0, 38))], "_004_DB7PR02MB4631E8C2A9F5B017_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_DB7PR02MB4631E8C2A9F5B017_")
    m = mk(when, sent_at(when, 2, 9), "mail-db7eur02on0614.outbound.protection.outlook.example.com",
           "198.51.100.14", M01_QID, M01_FROM, M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "AQHW7xK3pL9vQ2mN8tR4yB6cD1eF5gH7jA==", lang="en-US"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samira Tannous", "Non-Resident Senior Fellow", "Mashreq Policy Lab (MPL)", ["roundtable"], 3)],
        notes="a professor with two affiliations in a long signature (Associate Professor at the University of Mount "
              "Lebanon, Non-Resident Senior Fellow at MPL): the body says she would speak 'in my capacity as "
              "Non-Resident Senior Fellow at MPL, not on behalf of the University', so title and affiliation are the "
              "MPL ones. 'this is not a voluntary report submission'; footnotes [1]/[2] cite a co-author (K. Abou "
              "Jaoude, not a speaker), 2017, 46 interviews, 19 decisions, Objectives 6 and 22 and a November "
              "conference panel '4B' (not a roundtable). 'PhD' is a post-nominal. Outlook with a university logo "
              "and disclaimer; From in 'Last, First' form. Her out-of-office follows (h295-02); she withdraws "
              "later (h295-11)."))


# ================================================================ 02  EN  auto_reply  her research-leave out-of-office on our acknowledgement of 01
def m02():
    when = at("2021-01-20 10:13:29")
    text = """Thank you for your message.

I am on research leave until Monday 1 February 2021 and will be checking email only occasionally. For matters concerning the Department of Political Studies and Public Administration, please write to pspa@uml.example.edu.lb. For anything related to the Mashreq Policy Lab, including our working papers, please contact Karim Abou Jaoude, Research Fellow (k.aboujaoude@mashreqpolicylab.example.org).

Best regards,
Samira Tannous
Associate Professor of Political Economy, University of Mount Lebanon (UML)
Non-Resident Senior Fellow, Mashreq Policy Lab (MPL)
"""
    body = alt(text, "_000_DB7PR02MB46319C1D0E7F2A38_", html=outlook_html(text, lang="EN-US"))
    rows = exchange_ooo_rows(when, "mail-db7eur02on0614.outbound.protection.outlook.example.com", "198.51.100.14",
                             "4DLb7Fz02Kz4", M01_FROM,
                             "<DB7PR02MB46319C1D0E7F2A38@DB7PR02MB4631.eurprd02.prod.outlook.example.com>",
                             M01_SUBJ, M01_ID, ack_mid(M01_QID), "en-US", (2, 3))
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of h295-01's sender answering our acknowledgement 52 seconds later "
              "('Automatic reply:', Auto-Submitted, null Return-Path, References name h295-01): it repeats both of "
              "her affiliations and names a colleague with his title and address, which must not be read as a new "
              "speaker. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 03  FR  report  Rabat lab: co-authored report as a WeTransfer link + 'note de synthèse' PDF
M03_ID = "<1093847561.4418203.1611587107442.JavaMail.zimbra@uib.example.ac.ma>"
M03_SUBJ = "Contribution volontaire du LaMiTS - Examen régional du PMM (lien WeTransfer + note de synthèse)"
M03_FILE = "Note de synthèse – Rapport LaMiTS PMM 2021.pdf"
M03_FROM = addr("Hicham Aït Lahcen", "h.aitlahcen@uib.example.ac.ma", enc="Q")
M03_TEXT = """Madame, Monsieur,

Au nom de l'équipe du Laboratoire de recherche sur les migrations, les territoires et les sociétés (LaMiTS) de l'Université Ibn Battouta de Rabat, j'ai le plaisir de vous transmettre notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport complet (112 pages, 38 Mo avec les annexes cartographiques) dépasse la taille autorisée par la messagerie de l'université ; il est disponible au téléchargement via WeTransfer :

https://wetransfer.example.com/downloads/5c1e9a7b2d40f3e8a6b1c9d27e4f8a3020210125150211/8d2f41

(attention : le lien reste actif sept jours, jusqu'au 1er février)

Vous trouverez également en pièce jointe une note de synthèse de quatre pages qui en reprend les principaux résultats et les recommandations.

Le rapport est cosigné par les membres de l'équipe : Pr Hicham Aït Lahcen, Dr Meryem Chraïbi, Dr Anas Ouazzani-Touhami et Mme Salma Benjelloun (doctorante). Il s'appuie sur une enquête menée entre mars et octobre 2020 auprès de 640 migrants subsahariens à Rabat, Tanger et Oujda¹, ainsi que sur les travaux antérieurs du laboratoire sur les deux campagnes de régularisation de 2014 et de 2017².

Bien cordialement,

Hicham Aït Lahcen

¹ Enquête LaMiTS « Trajectoires et précarités » (2020), n = 640 ; voir l'annexe méthodologique du rapport.
² Aït Lahcen H. et Chraïbi M. (2019), « Après la régularisation : insertion et droits », Revue marocaine des études migratoires, n° 7, p. 45-78.

--
Pr Hicham Aït Lahcen
Professeur de l'enseignement supérieur – Sociologie
Directeur du LaMiTS
Faculté des lettres et des sciences humaines – Université Ibn Battouta de Rabat
Chercheur associé, Centre euro-méditerranéen d'études migratoires (CEMEM), Marseille
Tél. : +212 6 61 00 00 00
"""


def m03():
    when = at("2021-01-25 16:05:11")
    pdf = rep_pdf("Note de synthese - Rapport volontaire du LaMiTS", "Universite Ibn Battouta de Rabat",
                  ["Enquete 2020 : 640 migrants a Rabat, Tanger et Oujda", "Apres les regularisations de 2014 et 2017",
                   "Acces aux droits et au travail", "Recommandations"])
    a = alt(M03_TEXT, "=_3f8a1c2e-7b4d-4e90-a2c6-91d05b7e3f18", html=zimbra_html(M03_TEXT))
    body = multi("mixed", [a, attach("application/pdf", pdf, M03_FILE)], "=_7d2b94e1-0c5a-4f3b-b8e7-2a61c4d9f075")
    m = mk(when, sent_at(when, 1, 6), "zimbra.uib.example.ac.ma", "196.200.141.27", "4DNk2Vh58Tz1", M03_FROM,
           hdr(M03_SUBJ, enc="Q"), M03_ID, body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Topic", hdr(M03_SUBJ, enc="Q")),
                  ("Thread-Index", "XBHmqL7e9tQ2wR4sA1zP0cK8vN5yUg=="), ("X-Originating-IP", "[105.158.22.114]")])
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M03_FILE],
        notes="a university lab's co-authored report: the full report is only a WeTransfer link (expiring on 1 "
              "February, worth flagging) and the attached four-page 'note de synthèse' is the only report file, so "
              "it is listed (file name with an en dash and an accent, RFC 2231 + RFC 2047). Four co-authors with "
              "'Pr', 'Dr', 'Mme' are not speakers; footnotes ¹/² with years, page ranges and 'n = 640'; the "
              "signature has two affiliations (lab director, associate researcher in Marseille). Zimbra webmail, "
              "Date in UTC+1. The link is replaced by a Dropbox link in h295-10."))


# ================================================================ 04  AR  other  Jordanian doctoral student (Levantine): can a journal article count? attend only
def m04():
    when = at("2021-01-26 21:14:40")
    subj = "سؤال: هل بينفع نعتبر مقال محكّم تقرير طوعي؟"
    text = """مرحبا،

أنا طالب دكتوراه بعلم الاجتماع، وعم بشتغل على أطروحة عن العمال المصريين بالزراعة بوادي الأردن. نشرت الشهر الماضي مقال محكّم مع المشرف تبعي بمجلة دراسات الهجرة العربية (المجلد 4، العدد 2، 2020، ص 33-61)، وفيه قسم كامل عن تصاريح العمل الزراعية وظروف السكن بالمزارع.

سؤالي: هل بينفع نبعت هالمقال كتقرير طوعي، ولا لازم التقرير يكون بشكل معيّن أو صادر عن مؤسسة؟ وإذا بينفع، بيكفي نبعتلكم رابط المقال على موقع المجلة ولا لازم نرفق الملف؟ لأنه حقوق النشر للمجلة وما بقدر أبعت الـ PDF بدون إذنهم.

وكمان حابب أعرف إذا بقدر أحضر المؤتمر كمستمع بس، ما بدي أحكي ولا أقدّم إشي.

شكراً كتير إلكم،
عمر

--
عمر خليل الزعبي
طالب دكتوراه – قسم علم الاجتماع
جامعة الشرق للدراسات العليا، عمّان
"""
    body = alt(text, "000000000000a3c81e05b9d4f217", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-ed1-f45.google.example.com", "192.0.2.45", "4DNw8Ls03Bz9",
           addr("Omar Al-Zoubi", "omar.zoubi.phd@gmail.example.com"), hdr(subj),
           "<CAJx4Rt8Mv2kQ7nW+p3Lc9Bz1sH6yDf0gK5@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a doctoral student asks, in Levantine Arabic, whether a peer-reviewed article (journal volume, issue, "
              "year and pages cited) can count as a voluntary report and whether a link would do, because the "
              "journal holds the copyright: nothing is sent, no link is given. 'ما بدي أحكي ولا أقدّم إشي' rules "
              "out a speaking request; his supervisor is unnamed. Gmail on Android, base64, Latin From name."))


# ================================================================ 05  AR  both  Amman think tank: report as a Google Drive chip + lead author, roundtable 2
def m05():
    when = at("2021-01-28 12:40:09")
    subj = "التقرير الطوعي لمركز المشرق للدراسات الاستراتيجية والسياساتية + طلب مداخلة"
    fname = "تقرير مركز المشرق الطوعي - العمالة المهاجرة بعد الجائحة.pdf"
    link = "https://drive.google.example.com/file/d/1Qx7mK2pR9vL4tB8nW3cZ6yH0sJ5dF1gA/view?usp=drive_web"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية – المنطقة العربية المحترمين،
تحية طيبة وبعد،

يسرّ مركز المشرق للدراسات الاستراتيجية والسياساتية أن يقدّم تقريره الطوعي للاستعراض الإقليمي بعنوان «العمالة المهاجرة في الأردن بعد الجائحة: الحماية الاجتماعية وسوق العمل غير المنظم»، وهو ثمرة عمل مشترك بين فريق المركز وقسم الاقتصاد في جامعة عمّان للعلوم التطبيقية.

ونظراً لحجم الملف (27 ميغابايت مع الملاحق الإحصائية) تعذّر إرفاقه بالرسالة، وقد أتحناه للتنزيل على Google Drive:

[image: Google Drive icon]
 %s
<%s>

ويستند التقرير إلى مسح ميداني شمل 1,150 عاملاً وعاملة في قطاعات الزراعة والإنشاءات والعمل المنزلي (¹)، وإلى تحليل بيانات المشتركين غير الأردنيين في الضمان الاجتماعي للفترة 2015–2020 (²).

كما نرجو التكرّم بإتاحة الفرصة للدكتورة هبة فؤاد النمري، الباحثة الرئيسية في المركز والمؤلفة الرئيسية للتقرير، لعرض أبرز نتائجه من خلال مداخلة في المائدة المستديرة الثانية.

وتفضلوا بقبول فائق الاحترام والتقدير،

د. باسل منير العمري
مدير مركز المشرق للدراسات الاستراتيجية والسياساتية
أستاذ مشارك في العلوم السياسية – جامعة عمّان للعلوم التطبيقية
عمّان – الأردن

—————
(¹) المسح الميداني للمركز، أيلول/سبتمبر – تشرين الثاني/نوفمبر 2020.
(²) التقرير الإحصائي السنوي لمؤسسة الضمان الاجتماعي، 2019، الجدول 14.
""" % (fname, link)
    plain_chip = "[image: Google Drive icon]\n %s\n<%s>" % (fname, link)
    chip = ('<div class="gmail_chip gmail_drive_chip" style="width:396px;height:18px;max-height:18px;'
            'background-color:#f5f5f5;padding:5px;color:#222;font-family:arial;font-style:normal;font-weight:bold;'
            'font-size:13px;border:1px solid #ddd;line-height:1"><a href="%s" target="_blank" style="display:'
            'inline-block;max-width:366px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;'
            'text-decoration:none;padding:1px 0;border:none" aria-label="%s"><img style="vertical-align:bottom;'
            'border:none" src="https://ssl.gstatic.example.com/docs/doclist/images/icon_10_pdf_list.png">&nbsp;'
            '<span dir="ltr" style="color:#15c;text-decoration:none;vertical-align:bottom">%s</span></a></div>'
            % (link, esc(fname), esc(fname)))
    before, after = text.split(plain_chip)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">%s<br>%s<br>%s</div></body></html>\n'
            % ("<br>".join(esc(x) for x in before.rstrip("\n").split("\n")), chip,
               "<br>".join(esc(x) for x in after.lstrip("\n").rstrip("\n").split("\n"))))
    body = alt(text, "0000000000006e2a9105b9f8c3d4", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 11), "mail-wm1-f53.google.example.com", "192.0.2.53", "4DQ3sGk71Pz6",
           addr("مركز المشرق للدراسات", "info@mashreq-studies.example.jo"), hdr(subj),
           "<CAB3nQr7Kt1xV8mW+c4Lp2Zd9sF6hJg0yE5@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هبة فؤاد النمري", "الباحثة الرئيسية", "مركز المشرق للدراسات الاستراتيجية والسياساتية", ["roundtable"], 2)],
        notes="both, on time: a think tank's report given only as a Google Drive chip (the Arabic file name is link "
              "text, nothing is attached: report_attachments empty, to be fetched) and one sentence asking that its "
              "lead author present the findings ('لعرض أبرز نتائجه ... في المائدة المستديرة الثانية'). 'الدكتورة' "
              "dropped; title 'الباحثة الرئيسية' with the affiliation only by reference ('في المركز'); 'المؤلفة "
              "الرئيسية للتقرير' is a description. The signer (director and associate professor, two "
              "affiliations) is not a speaker; footnote markers (¹)(²), 1,150 workers, 2015–2020 and 'الجدول 14' "
              "are decoys. Gmail (Workspace), base64 RTL HTML with the chip."))


# ================================================================ 06  FR  speaker  Sousse sociologist: 'deuxième table ronde' + conditional rapporteur
def m06():
    when = at("2021-01-29 09:22:51")
    subj = "Demande d'intervention – table ronde 2 (migrations de retour des Tunisiennes)"
    text = """Bonjour,

Je me permets de vous écrire à la suite de l'appel diffusé pour l'examen régional du Pacte mondial sur les migrations dans la région arabe.

Je suis professeure de sociologie à l'Université Ibn Charaf de Sousse, où je coordonne depuis 2016 un programme de recherche sur les migrations de retour des Tunisiennes parties travailler dans les pays du Golfe et en Italie. Nos premiers résultats, publiés en décembre dans un document de travail collectif¹, montrent notamment que deux femmes de retour sur trois perdent leurs droits à la couverture sociale, et que les dispositifs d'accompagnement au retour ignorent presque tous les travailleuses domestiques².

Je souhaiterais présenter ces résultats lors de la deuxième table ronde thématique. Si le secrétariat cherche encore des rapporteurs pour restituer les messages clés des parties prenantes, je serais également disposée à assumer ce rôle.

Je n'enverrai pas de rapport volontaire : notre document de travail n'a pas été conçu comme tel.

Bien cordialement,

Nadia Zouari

¹ N. Zouari, L. Mejri et R. Ben Amor, « Revenir sans droits ? Les migrantes tunisiennes de retour », Document de travail n° 3, décembre 2020.
² Voir aussi Mejri L. (2019), « Le retour des travailleuses domestiques », Revue tunisienne de sciences sociales, n° 152.

-- 
Nadia Zouari
Professeure de sociologie
Faculté des lettres et des sciences humaines
Université Ibn Charaf de Sousse
Chercheure associée – Observatoire maghrébin des migrations et des mobilités (OMMM), Tunis
https://ommm.example.tn
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 5), "smtp.ibncharaf.example.tn", "197.14.58.36", "4DQr1Xb46Wz2",
           "Nadia Zouari <nadia.zouari@flsh.ibncharaf.example.tn>", hdr(subj, enc="Q"),
           "<a7c2e91f-3b58-4d06-9f1e-6d2b80c4e573@flsh.ibncharaf.example.tn>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Zouari", "Professeure de sociologie", "Université Ibn Charaf de Sousse",
           ["roundtable", "rapporteur"], 2)],
        notes="self-nomination of a sociologist with two affiliations: the body presents her only as professor at "
              "the University (the OMMM associate-researcher line is signature only), so the University is the "
              "affiliation; roundtable as an ordinal word ('la deuxième table ronde thématique') and a second, "
              "conditional role ('Si le secrétariat cherche encore des rapporteurs ... disposée à assumer ce "
              "rôle'). 'Je n'enverrai pas de rapport volontaire' rules out 'both'; footnotes ¹/² cite co-authors "
              "(not speakers), 'n° 3', 'n° 152', 2016, 2019. Thunderbird, format=flowed, 8bit, Date in UTC+1."))


# ================================================================ 07  EN  speaker  two co-authors of a Gulf research network, Roundtable 4; Cc to an old address
M07_ID = "<CAG7pWz4Lm9tR2kX+v5Nb1Qc8sD3yHf6jE0@mail.gmail.example.com>"
M07_SUBJ = "GLMRN request: two co-authors to present in Roundtable 4 (wage protection systems)"
M07_QID = "4DTm5Hc29Rz3"
M07_BADCC = "ikassab@stu.ldu.example.edu.lb"


def m07():
    when = at("2021-02-01 14:30:02")
    text = """Dear colleagues,

On behalf of the Gulf Labour Mobility Research Network (GLMRN), my co-author and I would like to request a speaking slot in Roundtable 4 to present the findings of our recent working paper on wage protection systems and wage theft in the Gulf [1].

The paper compares the Wage Protection Systems of four GCC states using 2,300 complaints filed between 2016 and 2020 and 58 interviews with workers, employers and officials. Among other things, it shows that the systems record late payment reliably but miss most cases of underpayment, unlawful deductions and unpaid end-of-service benefits [2]. We think this speaks directly to GCM Objective 6 and to the discussion on access to justice.

The proposed speakers are:

1. Dr. Rania Mourad - Senior Fellow, Gulf Labour Mobility Research Network (GLMRN)
2. Dr. Imad Kassab - Postdoctoral Researcher, GLMRN

We would speak for the Network, not for our universities. Either of us could take the slot if only one can be offered, though I would be the first choice. Imad is copied.

Many thanks in advance,
Rania

[1] Mourad, R. and Kassab, I. (2021). "Paid on Paper: Wage Protection Systems and Wage Theft in the Gulf". GLMRN Working Paper 2021/02, January 2021.
[2] For earlier estimates see Al-Sayed, F. (2019). "Counting What Is Owed", Journal of Gulf Labour Studies 3(1): 12-39.

--
Rania Mourad, PhD
Associate Professor of Sociology | College of Arts and Social Sciences
Gulf University for Science and Humanities (GUSH), Kuwait
Senior Fellow | Gulf Labour Mobility Research Network (GLMRN)
Twitter: @rmourad_glmrn | Google Scholar: https://scholar.google.example.com/citations?user=Xy7k2L0AAAAJ
"""
    body = alt(text, "000000000000c41f7b05ba46e8d2", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 10), "mail-pj1-f47.google.example.com", "192.0.2.147", M07_QID,
           "Rania Mourad <r.mourad@glmrn.example.org>", M07_SUBJ, M07_ID, body,
           cc="Imad Kassab <%s>" % M07_BADCC)
    glmrn = "Gulf Labour Mobility Research Network (GLMRN)"
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Mourad", "Senior Fellow", glmrn, ["roundtable"], 4),
        sp("Imad Kassab", "Postdoctoral Researcher", glmrn, ["roundtable"], 4)],
        notes="two co-authors proposed in a numbered list ('Dr.' dropped), the second with the acronym only "
              "(affiliation = the fullest form written); 'We would speak for the Network, not for our universities' "
              "settles the affiliation although the signature puts the university first. 'Either of us could take "
              "the slot' keeps both proposed. Citations [1]/[2] with a third author (Al-Sayed, not a speaker), "
              "2016-2020, 2,300 complaints, 58 interviews, 'Working Paper 2021/02', Objective 6. Gmail (Workspace), "
              "Date in UTC+3. The Cc address is the co-author's old university mailbox and the copy of our "
              "acknowledgement bounces (h295-08)."))


# ================================================================ 08  EN  bounce  the Cc copy of our acknowledgement of 07: 550 5.1.1 user unknown
def m08():
    when = at("2021-02-01 14:30:44")
    diag = ("host mx1.ldu.example.edu.lb[203.0.113.25] said: 550 5.1.1\n"
            "    <%s>: Recipient address rejected: User unknown in virtual mailbox\n"
            "    table (in reply to RCPT TO command)" % M07_BADCC)
    text = POSTFIX_NOTICE + "\n<%s>: %s\n" % (M07_BADCC, diag)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DTm5Kp73Wz8\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx1.ldu.example.edu.lb\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n"
           "    unknown in virtual mailbox table\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), M07_BADCC, M07_BADCC, M07_BADCC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Rania Mourad <r.mourad@glmrn.example.org>\n"
            "Cc: Imad Kassab <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M07_BADCC, M07_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M07_QID),
                                  M07_ID, M07_ID))
    body = dsn_report(text, dsn, hdrs, "4DTm5Nq18Xz0.1612182644/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DTm5Nq18Xz0; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210201123044.4DTm5Nq18Xz0@mx1.iom.int>")]
    add(8, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (550 5.1.1 user unknown at the remote university server) for the Cc copy of our "
              "acknowledgement of h295-07, sent to the co-author's old student mailbox; the returned headers carry "
              "h295-07's subject about two co-authors presenting in Roundtable 4. Never acknowledge; thread_of null "
              "as for dev bounces."))


# ================================================================ 09  AR  report  Cairo university centre: OneDrive link + executive summary DOCX
M09_FILE = "الملخص التنفيذي - تقرير القصر غير المصحوبين على طريق المتوسط.docx"


def m09():
    when = at("2021-02-02 11:05:37")
    subj = "التقرير الطوعي لمركز البحوث الاجتماعية والسكانية – الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    link = ("https://cnuhs-my.sharepoint.example.com/:b:/g/personal/srpc_cnuhs_example_edu_eg/"
            "EVk3Tq8mLp2Rw9xB4nC7zH1sJ6dF0gA5yK?e=Qm4tZ1")
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة – المنطقة العربية
تحية طيبة، وبعد

يتشرف مركز البحوث الاجتماعية والسكانية بجامعة القاهرة الجديدة للعلوم الإنسانية بأن يتقدم بتقريره الطوعي في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وعنوانه: «القُصّر غير المصحوبين على طريق المتوسط: دراسة ميدانية في محافظات الصعيد».

ولأن حجم التقرير الكامل (95 صفحة، نحو 41 ميجابايت بسبب الخرائط والصور) يتجاوز الحد المسموح به للمرفقات، فقد أتحناه على OneDrive عبر الرابط التالي:
%s

ونرفق بهذه الرسالة الملخص التنفيذي للتقرير (6 صفحات) بصيغة Word.

وقد أعدّ التقرير فريق بحثي برئاسة أ.د. منى عبد الحليم رشوان، أستاذة علم الاجتماع بالجامعة ومستشارة المركز، وعضوية د. كريم سعد الدين الشاذلي ود. ياسمين فاروق عطية، واعتمد على مقابلات مع 212 أسرة في محافظات أسيوط وسوهاج والمنيا (1)، وعلى مراجعة للتشريعات الوطنية ذات الصلة، ولا سيما قانون مكافحة الهجرة غير الشرعية وتهريب المهاجرين لسنة 2016 (2).

ونحيطكم علماً بأن الفريق لا يطلب المشاركة بمداخلة في المؤتمر.

وتفضلوا بقبول وافر الاحترام،

سلمى إبراهيم الحناوي
منسقة الأبحاث – مركز البحوث الاجتماعية والسكانية
جامعة القاهرة الجديدة للعلوم الإنسانية
باحثة زائرة – المعهد المتوسطي لدراسات الهجرة، فاليتا

ــــــــــــــــ
(1) أُجري العمل الميداني بين يونيو وأكتوبر 2020.
(2) انظر الفصل الرابع من التقرير.

تنويه: هذه الرسالة ومرفقاتها سرية ومخصصة للمرسل إليه فقط. إذا وصلتك هذه الرسالة عن طريق الخطأ فيرجى إبلاغ المرسل وحذفها.
Disclaimer: This message and its attachments are confidential and intended for the addressee only.
""" % link
    doc = make_docx(["مركز البحوث الاجتماعية والسكانية – جامعة القاهرة الجديدة للعلوم الإنسانية",
                     "الملخص التنفيذي", "القُصّر غير المصحوبين على طريق المتوسط: دراسة ميدانية في محافظات الصعيد",
                     "أولاً: المنهجية (212 أسرة)", "ثانياً: أهم النتائج", "ثالثاً: التوصيات"])
    cid = "image001.png@01D6F94B.3E1A7C20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-EG", img_cid=cid, rtl=True), cte="base64"),
                            logo(cid, (0, 70, 120))], "_006_AM6PR02MB4297D3F1B8C5E620_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_AM6PR02MB4297D3F1B8C5E620_")
    body = multi("mixed", [a, attach(DOCX, doc, M09_FILE)], "_007_AM6PR02MB4297D3F1B8C5E620_")
    m = mk(when, sent_at(when, 2, 12), "mail-am6eur02on0629.outbound.protection.outlook.example.com",
           "198.51.100.29", "4DVc8Ry14Nz5", addr("سلمى الحناوي", "s.elhenawy@cnuhs.example.edu.eg"), hdr(subj),
           "<AM6PR02MB4297D3F1B8C5E620@AM6PR02MB4297.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdbzWq2Er4Ty6Ui8Op0As2Df4Gh6Jk==", lang="ar-EG", has_attach="yes"))
    add(9, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M09_FILE],
        notes="a university research centre's report: the full report is only a OneDrive/SharePoint link and the "
              "attached executive summary (DOCX, long Arabic name, RFC 2231 + RFC 2047) is the report file to "
              "list; the signature logo image001.png is not. Three co-authors with 'أ.د.'/'د.' are not speakers and "
              "'لا يطلب المشاركة بمداخلة' rules out a request; footnotes (1)/(2), 95 pages, 41 MB, 212 families, "
              "2016 are decoys. The sender has two affiliations (research coordinator, visiting researcher). "
              "Outlook, base64, RTL, bilingual disclaimer."))


# ================================================================ 10  FR  report  the Rabat lab's WeTransfer link expired: a Dropbox link, in a reply to 03
def m10():
    when = at("2021-02-03 09:47:15")
    subj = "Re: " + M03_SUBJ
    text = """Madame, Monsieur,

Je reviens vers vous au sujet de notre rapport volontaire envoyé le 25 janvier : le lien WeTransfer a expiré le 1er février et je crains que vous n'ayez pas eu le temps de télécharger le fichier.

Voici un lien Dropbox permanent vers le même rapport complet (version du 25 janvier, inchangée) :

https://www.dropbox.example.com/s/q7k2m9x4v1b8n3z/Rapport_LaMiTS_PMM_2021_complet.pdf?dl=0

La note de synthèse jointe à mon premier message reste valable.

Avec mes remerciements,

Hicham Aït Lahcen
Directeur du LaMiTS – Université Ibn Battouta de Rabat

----- Mail original -----
De: "Hicham Aït Lahcen" <h.aitlahcen@uib.example.ac.ma>
À: gcmrrarabstates@iom.int
Envoyé: Lundi 25 Janvier 2021 15:05:05
Objet: """ + M03_SUBJ + "\n\n" + gt(M03_TEXT) + "\n"
    body = alt(text, "=_c19e4a72-5d3b-4f81-b06a-e7f2d8c1a394", html=zimbra_html(text))
    m = mk(when, sent_at(when, 1, 5), "zimbra.uib.example.ac.ma", "196.200.141.27", "4DWq6Jt81Cz3", M03_FROM,
           hdr(subj, enc="Q"), "<2017364958.4571920.1612338430117.JavaMail.zimbra@uib.example.ac.ma>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID), ("X-Mailer", ZIMBRA),
                  ("Thread-Topic", hdr(M03_SUBJ, enc="Q")),
                  ("Thread-Index", "XBHmqL7e9tQ2wR4sA1zP0cK8vN5yUgAJk3Rt"), ("X-Originating-IP", "[105.158.22.114]")])
    add(10, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 3,
        notes="follow-up to h295-03 (Zimbra reply, In-Reply-To): the WeTransfer link expired on 1 February and the "
              "same report is given again as a Dropbox link; nothing is attached (the note de synthèse is only "
              "mentioned and quoted, not re-sent), so report_attachments is empty. A new way to fetch the report, so "
              "acknowledged; on time. The quoted original repeats the co-authors and footnotes."))


# ================================================================ 11  EN  other  the professor of 01 withdraws, in a reply to our acknowledgement
def m11():
    when = at("2021-02-04 17:20:33")
    ack = ack_mid(M01_QID)
    subj = "RE: Acknowledgement of receipt - " + M01_SUBJ
    quoted = ack_text("en", M01_SUBJ, "your request for a speaking role")
    text = """Dear colleagues,

I am afraid I have to withdraw my request for a slot in Roundtable 3. The Faculty has just moved our doctoral examinations to 24-25 February and, as I chair two of the committees, I cannot be away on those days.

MPL is still keen to contribute: my co-author Karim Abou Jaoude is preparing a short voluntary report drawing on the working paper, which he will send you himself before the 16 February deadline.

I would still like to follow the conference online, if registration is possible.

Apologies for the trouble, and many thanks for the quick confirmation.

Best,
Samira

""" + M01_SIG + """
________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, January 20, 2021 10:12 AM
To: Tannous, Samira <s.tannous@uml.example.edu.lb>
Subject: Acknowledgement of receipt - """ + M01_SUBJ + "\n\n" + quoted + "\n\n" + UML_DISCLAIMER
    body = alt(text, "_000_DB7PR02MB4631A5E3C7D9B182_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 2, 8), "mail-db7eur02on0609.outbound.protection.outlook.example.com",
           "198.51.100.9", "4DYf3Cx57Lz2", M01_FROM, subj,
           "<DB7PR02MB4631A5E3C7D9B182@DB7PR02MB4631.eurprd02.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack)]
           + outlook("Acknowledgement of receipt - " + M01_SUBJ, "AQHW7xK3pL9vQ2mN8tR4yB6cD1eF5gH7jAAKs4Tb", lang="en-US"))
    add(11, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="the speaker of h295-01 withdraws her request in an Outlook reply to our acknowledgement (References "
              "name h295-01): no speaker is proposed any more and the co-author's voluntary report is only "
              "announced ('which he will send you himself'), so neither speaker_request nor report; she also asks "
              "to follow online. Not a bare thank-you, so acknowledged; the full two-affiliation signature and the "
              "quoted acknowledgement ('your request for a speaking role') repeat the old request."))


# ================================================================ 12  AR  speaker  Saudi economist, Outlook for iOS, 00:41 Riyadh = 23:41 Beirut on 5 February, plenary
def m12():
    when = at("2021-02-05 23:41:26")
    subj = "طلب مداخلة في الجلسة العامة – ورقة عمل عن التوطين وتحويلات العمالة الوافدة"
    text = """السلام عليكم ورحمة الله وبركاته،

أرجو ألا يكون الوقت قد فات؛ علمت من زميل هذا المساء فقط أن باب طلبات المداخلات يُغلق الليلة.

أود أن أطلب مداخلة في الجلسة العامة لعرض نتائج دراستنا المشتركة حول أثر برامج توطين الوظائف على تحويلات العمالة الوافدة خلال الفترة 2011–2019، الصادرة ضمن سلسلة أوراق عمل مركز الخليج لأبحاث السكان والهجرة (ورقة العمل رقم 9، كانون الأول/ديسمبر 2020)*. وسأتحدث بصفتي زميلاً في المركز، لا بصفتي الجامعية.

البيانات المطلوبة:
الاسم: فيصل ناصر القحطاني
الصفة: زميل أول غير مقيم
الجهة: مركز الخليج لأبحاث السكان والهجرة

* بالاشتراك مع د. لمى عبد العزيز الدوسري ود. أحمد يوسف الفارس.

مع خالص التحية،
د. فيصل القحطاني
أستاذ مشارك – قسم الاقتصاد، جامعة نجد للعلوم والتقنية، الرياض
زميل أول غير مقيم – مركز الخليج لأبحاث السكان والهجرة

احصل على Outlook for iOS
"""
    body = alt(text, "_000_AS1PR10MB5392E1F7C4A2D068_", html=outlook_ios_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-as1eur10on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4DZx9Mh26Gz7", addr("فيصل القحطاني", "f.alqahtani@najd-ust.example.edu.sa"), hdr(subj),
           "<AS1PR10MB5392E1F7C4A2D068@AS1PR10MB5392.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", hdr(subj)), ("Thread-Index", "AQHW/AbC5dE7fG9hI1jK3lM5nO7pQ9rS"),
                  ("Content-Language", "ar-SA"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فيصل ناصر القحطاني", "زميل أول غير مقيم", "مركز الخليج لأبحاث السكان والهجرة", ["plenary"])],
        notes="deadline edge: written from Riyadh, the Date header is Saturday 6 February 00:41 +0300 but it was "
              "received at 23:41 on Friday 5 February in Beirut: on time, although the sender himself fears it is "
              "late. Two affiliations (associate professor at a university, non-resident senior fellow at a "
              "centre): 'سأتحدث بصفتي زميلاً في المركز، لا بصفتي الجامعية' and the labelled lines give the "
              "centre's title and name. 'الجلسة العامة' = plenary; the footnote asterisk names two co-authors with "
              "'د.' (not speakers); 2011–2019 and 'رقم 9' are decoys. Outlook for iOS, base64 RTL."))


# ================================================================ 13  EN  speaker  Cairo policy institute, one day late; the brief 'is not our voluntary report'
def m13():
    when = at("2021-02-06 10:15:48")
    subj = "Late request: presenting NDPI findings on returnees from Libya (Roundtable 1)"
    fname = "NDPI_Policy_Brief_Returnees_from_Libya_Feb2021.pdf"
    text = """Dear GCM Regional Review team,

I realise the deadline for speaking-role requests was yesterday, and I apologise for writing late - our board only approved the findings on Thursday evening.

I would like to request a floor intervention in Roundtable 1 to present the findings of NDPI's study on the reintegration of Egyptian workers who returned from Libya between 2014 and 2020, co-authored with Prof. Tamer Helmy of the Faculty of Economics and Political Science.

I attach our two-page policy brief for background only. This brief is not our voluntary report; the full report will follow separately before 16 February.

Details for the programme:
Name: Dr. Yasmine El-Gohary
Title: Senior Policy Analyst
Organisation: Nile Delta Policy Institute (NDPI), Cairo

Kind regards,
Yasmine

--
Yasmine El-Gohary, PhD
Senior Policy Analyst | Nile Delta Policy Institute (NDPI)
Adjunct Lecturer | Department of Political Science, Cairo Institute of Social Sciences
www.ndpi.example.org | @YElGohary
"""
    pdf = make_pdf(["NDPI Policy Brief No. 4 - February 2021", "Coming home from Libya:",
                    "reintegration of Egyptian returnees 2014-2020", "Y. El-Gohary and T. Helmy",
                    "Key findings (1-3) and recommendations (1-5)"])
    a = alt(text, "000000000000d82b4e05baa3f716", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "000000000000d82b5005baa3f718")
    m = mk(when, sent_at(when, 2, 9), "mail-lj1-f171.google.example.com", "192.0.2.171", "4F0Ck47Tbz1",
           "Yasmine El-Gohary <y.elgohary@ndpi.example.org>", subj,
           "<CAM9sPt2Wk6xR1nV+d8Lq4Bc7zH3yGf5jT0@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Yasmine El-Gohary", "Senior Policy Analyst", "Nile Delta Policy Institute (NDPI)", ["roundtable"], 1)],
        notes="late speaker request (Saturday 6 February, the sender says so). The attached PDF is a policy brief "
              "and one sentence rules it out as a report ('This brief is not our voluntary report; the full report "
              "will follow separately'), so not 'both' and no report_attachments. Labelled lines with 'Dr.' "
              "dropped and ', Cairo' after the organisation (location, not part of the affiliation); the co-author "
              "'Prof. Tamer Helmy' is not proposed; the signature's second affiliation (adjunct lecturer) is not "
              "the one given. 2014-2020 are history. Gmail (Workspace)."))


# ================================================================ 14  FR  both  Marseille centre: PDF report + data on Dropbox; two speakers, late part
M14_ID = "<PR0P264MB1923B7E4C1A9D652@PR0P264MB1923.FRAP264.PROD.OUTLOOK.example.com>"
M14_SUBJ = "CAPMM – Rapport volontaire (examen régional PMM) et proposition d'intervenants"
M14_QID = "4F1Tn62Dqz5"
M14_FILE = "CAPMM_Rapport_volontaire_PMM_2021_Visas_mobilites_etudiantes.pdf"
M14_CLAIRE = "claire.fontanel@univ-provmed.example.fr"


def m14():
    when = at("2021-02-08 15:10:22")
    text = """Madame, Monsieur,

Je vous prie de trouver ci-joint le rapport volontaire du Centre d'analyse des politiques migratoires en Méditerranée (CAPMM) pour l'examen régional du Pacte mondial, intitulé « Visas, mobilités étudiantes et départs de diplômés entre le Maghreb et l'Union européenne (2015-2020) ».

Les annexes statistiques (base de 4 800 parcours d'étudiants et fichiers de codage, environ 210 Mo) ne peuvent pas être jointes à un courriel ; elles sont consultables sur Dropbox :
https://www.dropbox.example.com/sh/k2x9p4m7q1w8z3t/AAB6cT1nR4vY8kL2mX0dQw5Ea?dl=0

Le rapport a été rédigé par Claire Fontanel et Karim Belkacem, avec le concours de nos partenaires universitaires d'Oran et de Rabat.

Nous savons que la date du 5 février est passée pour les demandes de prise de parole, mais nous nous permettons de proposer, si le programme le permet encore :
– M. Karim Belkacem, chargé de recherche au CAPMM, pour présenter les conclusions du rapport lors de la table ronde n° 4 ;
– Mme Claire Fontanel, directrice scientifique du CAPMM et maîtresse de conférences en science politique à l'Université Provence-Méditerranée, pour participer à la discussion ouverte de la consultation du 23 février.

Tous deux sont en copie de ce message.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène Marchetti
Chargée de communication et des publications
CAPMM – Centre d'analyse des politiques migratoires en Méditerranée
2, rue de la République – 13001 Marseille
www.capmm.example.org
"""
    pdf = rep_pdf("Rapport volontaire - CAPMM", "C. Fontanel et K. Belkacem",
                  ["Visas etudiants Maghreb - UE, 2015-2020", "4 800 parcours d'etudiants",
                   "Departs de diplomes et retours", "Recommandations"])
    cid = "image001.png@01D6FE2C.8A4B1D50"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (0, 105, 148))], "_004_PR0P264MB1923B7E4C1A9D652_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR0P264MB1923B7E4C1A9D652_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M14_FILE)], "_005_PR0P264MB1923B7E4C1A9D652_")
    cc = "Karim Belkacem <k.belkacem@capmm.example.org>, %s" % addr("Claire Fontanel", M14_CLAIRE)
    m = mk(when, sent_at(when, 1, 9), "mail-pr0p264cu001.outbound.protection.outlook.example.com",
           "198.51.100.64", M14_QID, addr("Hélène Marchetti", "h.marchetti@capmm.example.org", enc="Q"),
           hdr(M14_SUBJ, enc="Q"), M14_ID, body, cc=cc,
           extra=outlook(hdr(M14_SUBJ, enc="Q"), "AdcAFm3Rt5Yu7Io9Pa1Sd3Fg5Hj7Kl==", lang="fr-FR", has_attach="yes"))
    capmm = "Centre d'analyse des politiques migratoires en Méditerranée (CAPMM)"
    add(14, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Karim Belkacem", "chargé de recherche", capmm, ["roundtable"], 4),
        sp("Claire Fontanel", "directrice scientifique", capmm, ["open_discussion"])],
        notes="'both' on 8 February: the report part is on time but the speakers are late (the sender says so), so "
              "on_time false. The PDF is the report; the annexes are only a Dropbox folder link (nothing to list) "
              "and the logo is not the report. Two co-authors proposed with 'M.'/'Mme' dropped: the second has two "
              "titles with two affiliations ('directrice scientifique du CAPMM et maîtresse de conférences ... à "
              "l'Université Provence-Méditerranée'); she is proposed by the centre, so its title and name. "
              "'table ronde n° 4', 'la discussion ouverte de la consultation du 23 février'. The signer (communication "
              "officer) is not a speaker. Outlook, Date in UTC+1. Claire's university out-of-office follows "
              "(h295-15)."))


# ================================================================ 15  FR  auto_reply  Claire's Zimbra vacation reply on our acknowledgement of 14
def m15():
    when = at("2021-02-08 15:11:02")
    ack = ack_mid(M14_QID)
    text = """Bonjour,

Je suis en congé pour recherches et conversions thématiques (CRCT) jusqu'au 15 février 2021 et je ne consulte ma messagerie que de façon irrégulière.

Pour les questions relatives au master « Migrations et sociétés méditerranéennes », merci d'écrire au secrétariat pédagogique (master.msm@univ-provmed.example.fr). Pour le CAPMM, vous pouvez contacter Karim Belkacem, chargé de recherche (k.belkacem@capmm.example.org).

Cordialement,

Claire Fontanel
Maîtresse de conférences en science politique – Université Provence-Méditerranée
Directrice scientifique du CAPMM
"""
    body = alt(text, "=_b3e1d47a-92c6-4f0e-8d15-5a7c2e9b0f63", html=zimbra_html(text))
    subj = hdr("Absente jusqu'au 15 février – Re: Accusé de réception - " + M14_SUBJ, enc="Q")
    rows = std_rows(when, "zimbra.univ-provmed.example.fr", "193.50.112.44", "4F1Tp08Kmz2",
                    addr("Claire Fontanel", M14_CLAIRE), subj, rfcdate(sent_at(when, 1, 2)),
                    "<1458203967.2209184.1612793460512.JavaMail.zimbra@univ-provmed.example.fr>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M14_ID + " " + ack), ("X-Mailer", "Zimbra 8.8.15_GA_3869")]
    add(15, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation reply of the second speaker of h295-14 (in Cc) to our acknowledgement, 40 seconds "
              "later (Auto-Submitted: auto-replied (zimbra; vacation), Precedence: bulk, null Return-Path, "
              "References name h295-14); the subject starts with her own wording ('Absente jusqu'au 15 février') "
              "and the text repeats her two titles and names a colleague with his title. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 16  AR  other  Alexandria research assistant (Egyptian Arabic): WeTransfer ok? page limit? speaking?
def m16():
    when = at("2021-02-09 13:02:19")
    subj = "كام سؤال قبل ما نبعت التقرير"
    text = """مساء الخير،

أنا رنا، مساعدة بحث مع الدكتور شريف عبد الرازق في وحدة دراسات الهجرة. الدكتور طلب مني أسألكم كام حاجة قبل ما نبعت التقرير:

١- التقرير طالع حوالي 140 صفحة ومعاه ملاحق، والملف حوالي 60 ميجا. ينفع نبعته لينك WeTransfer ولا لازم يتبعت مرفق؟ ولو لينك، هو بيتمسح بعد أسبوع، هل ده هيعمل مشكلة عندكم؟
٢- ينفع التقرير يبقى بالإنجليزي والملخص بس بالعربي؟
٣- الهوامش والمراجع لازم تبقى بنظام معيّن (APA مثلاً) ولا أي نظام؟

وكمان الدكتور عايز يعرف هو ميعاد طلبات الكلمات خلص خلاص ولا لسه؟ لو لسه، هيبعتلكم طلب رسمي بنفسه.

شكراً جداً ومتأسفين على الإزعاج
رنا مجدي

وحدة دراسات الهجرة – مركز الإسكندرية للدراسات الاجتماعية

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 7), "mr85p00im-ztdg06021101.me.example.com", "198.51.100.181", "4F2Bw39Hvz8",
           addr("Rana Magdy", "rana.magdy.ra@icloud.example.com"), hdr(subj),
           "<7F3B1C28-9E4D-4A65-B0C2-5D8E1F6A9B34@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(16, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions in Egyptian colloquial Arabic from a research assistant before sending a report (is a "
              "WeTransfer link acceptable though it expires, English report with an Arabic summary, citation "
              "style): nothing is sent. Her professor ('الدكتور شريف عبد الرازق') is named but not proposed: she "
              "only asks whether the speaker deadline has passed and says he will send a formal request himself "
              "('هيبعتلكم طلب رسمي بنفسه'). Arabic-Indic list numbers, 140 pages, 60 MB; iPhone, text/plain base64, "
              "Latin From name."))


# ================================================================ 17  EN  report  Red Sea observatory: Google Drive link, abstract + footnotes in the body
M17_ID = "<CAH5kRw9Np3vL7mX+t2Bc6Qz1sF8dJg4yU0@mail.gmail.example.com>"
M17_SUBJ = "RSMO voluntary GCM review report - Google Drive link"
M17_QID = "4F3Gx71Lpz4"


def m17():
    when = at("2021-02-10 11:35:09")
    text = """Dear Secretariat,

Please find below the link to our voluntary GCM review report, "Crossing the Bab el-Mandeb: Mixed Migration between the Horn of Africa and Yemen, 2018-2020", co-authored by Dr Abdirahman Warsame, Prof. Mona Al-Sharjabi and myself:

Google Drive (PDF, 54 MB): https://drive.google.example.com/file/d/1bX4nT7qK2mR9wL5vC8zH3sJ0dF6gA1yP/view?usp=sharing

We could not attach it because of the maps and photographs. The abstract is copied below for convenience; the footnote numbering follows the report.

ABSTRACT
Between 2018 and 2020 tens of thousands of people each year left the Horn of Africa for Yemen, most of them young Ethiopians hoping to reach Saudi Arabia[1]. Drawing on 380 interviews conducted in Obock, Bosaso and Aden[2] and on a review of boat-arrival monitoring data, the report documents how the COVID-19 border closures of 2020 stranded thousands of migrants in Yemen and pushed smuggling routes towards more dangerous crossings. It assesses progress on GCM Objectives 8 and 9 and sets out seven recommendations for coastal states, donors and UN agencies.

Keywords: mixed migration; smuggling; Yemen; Horn of Africa; search and rescue

[1] RSMO estimates from monthly arrival counts on the Yemeni coast; see Annex 2 of the report.
[2] Interviews conducted in person and remotely between March 2019 and October 2020.

Please let me know if the link does not open.

Best regards,

Hodan Ali Farah
Research Fellow, Red Sea Mobility Observatory (RSMO)
Lecturer in Development Studies, Horn International University
Amman | Djibouti
https://rsmo.example.org
"""
    body = alt(text, "0000000000004b7e2c05bb03a91f", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 8), "mail-qt1-f170.google.example.com", "192.0.2.170", M17_QID,
           "Hodan Ali Farah <h.farah@rsmo.example.org>", M17_SUBJ, M17_ID, body)
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="a think tank's co-authored report given only as a Google Drive link (54 MB, nothing attached: "
              "report_attachments empty, to be fetched); the abstract, keywords and footnotes [1]/[2] in the body "
              "look like report text but the report is the linked file. Co-authors with 'Dr'/'Prof.' are not "
              "speakers; 2018-2020, 380 interviews, Objectives 8 and 9 and 'seven recommendations' are decoys; "
              "the sender has two affiliations (research fellow, lecturer). Gmail (Workspace). Thanked in "
              "h295-21."))


# ================================================================ 18  AR  report  Beirut-Kuwait co-authored report (PDF), the Kuwaiti co-author in Cc
M18_ID = "<VI1PR08MB3120F4A9B2E6C715@VI1PR08MB3120.eurprd08.prod.outlook.example.com>"
M18_SUBJ = "تقرير طوعي مشترك: عاملات المنازل المهاجرات في الكويت ولبنان"
M18_QID = "4F4Dk26Rwz0"
M18_FILE = "تقرير طوعي مشترك - عاملات المنازل في الكويت ولبنان 2021.pdf"
M18_CC = "m.alenezi@kwmo.example.org.kw"


def m18():
    when = at("2021-02-11 10:20:44")
    text = """حضرات أعضاء أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة وبعد،

يسعدنا أن نرسل إليكم تقريرنا الطوعي المشترك بعنوان «عاملات المنازل المهاجرات في الكويت ولبنان: قراءة مقارنة في أنظمة الكفالة بعد الجائحة»، الذي أعددناه أنا والدكتورة منيرة سعود العنزي من المرصد الكويتي للعمالة الوافدة، في إطار شراكة بحثية بين معهد العلوم الاجتماعية في الجامعة الوطنية في بيروت والمرصد. التقرير مرفق بصيغة PDF.

يعتمد التقرير على مقابلات مع 74 عاملة منزلية في البلدين (1)، وعلى مراجعة لعقود العمل الموحدة المعتمدة منذ 2015 (2)، ويخلص إلى ثماني توصيات موجهة إلى الحكومات ومكاتب الاستقدام.

ولا نطلب مداخلة في المؤتمر، إذ نكتفي بتقديم التقرير.

مع خالص الشكر والتقدير،

د. جاد إلياس معلوف
أستاذ محاضر في علم الاجتماع – معهد العلوم الاجتماعية، الجامعة الوطنية في بيروت
باحث مشارك – مركز دراسات العمل والهجرة، بيروت

ــــــــــــ
(1) أجريت المقابلات بين تموز/يوليو وكانون الأول/ديسمبر 2020، 41 منها في لبنان و33 في الكويت.
(2) انظر الملحق الثاني من التقرير.
"""
    pdf = rep_pdf("Joint voluntary GCM review report", "J. Maalouf (National University of Beirut) and "
                  "M. Al-Enezi (Kuwait Migrant Workers Observatory)",
                  ["Migrant domestic workers in Kuwait and Lebanon", "74 interviews (2020)",
                   "Standard contracts since 2015", "Eight recommendations"])
    a = alt(text, "_000_VI1PR08MB3120F4A9B2E6C715_", html=outlook_html(text, lang="AR-LB", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "_004_VI1PR08MB3120F4A9B2E6C715_")
    m = mk(when, sent_at(when, 2, 10), "mail-vi1eur08on0652.outbound.protection.outlook.example.com",
           "198.51.100.152", M18_QID, addr("Jad Maalouf", "jad.maalouf@nub.example.edu.lb"), hdr(M18_SUBJ), M18_ID,
           body, cc=addr("منيرة العنزي", M18_CC),
           extra=outlook(hdr(M18_SUBJ), "AdcAJn4Rt6Yu8Io0Pa2Sd4Fg6Hj8Kl==", lang="ar-LB", has_attach="yes"))
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="a report co-authored by a university lecturer in Beirut and a Kuwaiti observatory (the co-author, "
              "'الدكتورة منيرة سعود العنزي', in Cc): Arabic PDF name (RFC 2231 + RFC 2047); 'ولا نطلب مداخلة في "
              "المؤتمر' rules out a speaker request. Two affiliations in the signature; footnotes (1)/(2), 74 "
              "interviews, 2015 and 'ثماني توصيات' are decoys. English From name, Outlook, base64 RTL. The "
              "co-author's bilingual out-of-office follows (h295-19)."))


# ================================================================ 19  AR  auto_reply  the Kuwaiti co-author's bilingual out-of-office on our acknowledgement of 18
def m19():
    when = at("2021-02-11 10:21:30")
    ack = ack_mid(M18_QID)
    text = """شكراً لرسالتكم.
أنا خارج المكتب في مهمة بحثية ميدانية حتى 18 فبراير 2021، وسأرد على رسالتكم فور عودتي. للأمور العاجلة يرجى التواصل مع وحدة البحوث في المرصد على research@kwmo.example.org.kw.

Thank you for your email.
I am out of the office on fieldwork until 18 February 2021 and will reply on my return. For urgent matters please contact the Observatory's research unit at research@kwmo.example.org.kw.

د. منيرة سعود العنزي
رئيسة وحدة البحوث – المرصد الكويتي للعمالة الوافدة
Dr. Munira S. Al-Enezi | Head of Research Unit | Kuwait Migrant Workers Observatory
"""
    body = alt(text, "_000_AM0PR03MB5874B1C9E2F7D406_", html=outlook_html(text, lang="AR-KW", rtl=True), b64=True)
    subj = hdr("رد تلقائي: إشعار استلام - " + M18_SUBJ)
    rows = std_rows(when, "mail-am0eur03on0627.outbound.protection.outlook.example.com", "198.51.100.127",
                    "4F4Dm83Tnz6", addr("منيرة العنزي", M18_CC), subj, rfcdate(sent_at(when, 3, 3)),
                    "<AM0PR03MB5874B1C9E2F7D406@AM0PR03MB5874.eurprd03.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M18_ID + " " + ack),
             ("Thread-Topic", hdr("إشعار استلام - " + M18_SUBJ)), ("Content-Language", "ar-KW"),
             ("X-MS-Exchange-Inbox-Rules-Loop", M18_CC)]
    add(19, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="bilingual (Arabic then English) Exchange out-of-office of the co-author of h295-18, answering our "
              "acknowledgement 46 seconds later ('رد تلقائي:', Auto-Submitted, null Return-Path, References name "
              "h295-18); her signature with 'د.'/'Dr.', title and observatory must not be read as a speaker. Arabic "
              "comes first, so ar. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 20  FR  other  Algiers economist: may a HAL working paper count? 'Avant de vous l'envoyer officiellement'
M20_ID = "<1297430865.1982347.1613144645210@mail.yahoo.example.com>"
M20_SUBJ = "Question : un document de travail peut-il tenir lieu de rapport volontaire ?"
M20_QID = "4F5Hr52Ycz9"
M20_FROM = addr("Mourad Benkhelifa", "m.benkhelifa@yahoo.example.fr")
M20_SIG = """Pr Mourad Benkhelifa
Professeur d'économie – École supérieure d'économie d'Alger (ESEA)
Fellow – Cercle d'analyse économique du Maghreb (CAEM)"""


def m20():
    when = at("2021-02-12 16:44:10")
    text = """Bonjour,

Avec deux collègues (Nassima Hadjadj et Lotfi Rahmouni), nous avons publié en janvier un document de travail sur les transferts de fonds des Algériens de l'étranger et le marché parallèle des devises. Il est en accès libre sur HAL :

https://hal.example.fr/hal-03120457/document

Avant de vous l'envoyer officiellement, pourriez-vous nous dire si un document de travail académique peut tenir lieu de rapport volontaire, ou s'il faut l'adapter au canevas proposé (lien avec les objectifs du Pacte, recommandations, etc.) ? Si une adaptation est nécessaire, nous pourrions vous transmettre une version remaniée d'ici le mardi 16.

Merci d'avance pour votre réponse,

""" + M20_SIG + "\n"
    a = alt(text, "----=_Part_1982346_741029385.1613144645209", html=yahoo_html(text))
    m = mk(when, sent_at(when, 1, 5), "sonic302-8.consmr.mail.ir2.yahoo.example.com", "198.51.100.208", M20_QID,
           M20_FROM, hdr(M20_SUBJ, enc="Q"), M20_ID, a, extra=[("X-Mailer", YAHOO)])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a question, not a submission, although the working paper's HAL link is in the message: 'Avant de "
              "vous l'envoyer officiellement, pourriez-vous nous dire si ...' and a revised version is announced "
              "for Tuesday 16. Two co-authors named (not speakers); signature with two affiliations. Yahoo from "
              "Algiers, Date in UTC+1. The revised version comes a day late in a reply to our acknowledgement "
              "(h295-23)."))


# ================================================================ 21  EN  other  thank-you from an iPhone to our acknowledgement of 17
def m21():
    when = at("2021-02-13 08:12:55")
    ack = ack_mid(M17_QID)
    quoted = ack_text("en", M17_SUBJ, "your voluntary GCM review report")
    text = """Many thanks for confirming receipt - much appreciated, and good luck with the preparations.

Best,
Hodan

Sent from my iPhone

> On 10 Feb 2021, at 12:35, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
""" + gt(quoted) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 3, 5), "mail-qk1-f181.google.example.com", "192.0.2.181", "4F5Pz17Kbz3",
           "Hodan Ali Farah <h.farah@rsmo.example.org>", "Re: Acknowledgement of receipt - " + M17_SUBJ,
           "<9C4E2A71-5B3F-4D86-A0E7-1F8B6C3D5E92@rsmo.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", M17_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(21, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 17,
        notes="a one-line thank-you from an iPhone answering our acknowledgement of h295-17 (References name "
              "h295-17): adds nothing new, so no acknowledgement; the quoted acknowledgement mentions the report. "
              "Plain text quoted-printable, Date in UTC+3 (the quote line is in her local time)."))


# ================================================================ 22  AR  report  Oran lab: WeTransfer link + Arabic summary PDF at 23:58 on 16 February
M22_FILE = "ملخص التقرير الطوعي - مخبر الهجرة والتنقل في المتوسط.pdf"


def m22():
    when = at("2021-02-16 23:58:40")
    subj = "التقرير الطوعي لمخبر الهجرة والتنقل في المتوسط – جامعة وهران"
    text = """السلام عليكم،

سمحولنا على الإرسال في آخر لحظة، الإنترنت عندنا ثقيل بزاف الليلة وحاولنا عدة مرات.

يتشرف مخبر الهجرة والتنقل في المتوسط بجامعة وهران للعلوم الاجتماعية بتقديم تقريره الطوعي للاستعراض الإقليمي بعنوان «الحرّاقة: الهجرة غير النظامية للشباب من الساحل الغربي الجزائري 2017–2020». التقرير الكامل (حوالي 35 ميغا) على WeTransfer:

https://wetransfer.example.com/downloads/9a3f7c1e5b2d48e6a0c4f8b1d7e2a59320210216215511/c4e71b

وأرفقنا هنا ملخصه بالعربية (صفحتان).

أعدّ التقرير الأستاذ الدكتور عبد القادر بن يمينة والدكتورة فاطمة الزهراء قويدري، بمشاركة طلبة الدكتوراه في المخبر، واعتمد على 95 مقابلة مع عائلات شباب مفقودين في البحر (1).

تقبلوا فائق التقدير،
د. فاطمة الزهراء قويدري
أستاذة محاضرة – قسم علم الاجتماع، جامعة وهران للعلوم الاجتماعية
عضو المخبر

(1) المقابلات أجريت في وهران وعين تموشنت ومستغانم بين 2019 و2020.
"""
    pdf = rep_pdf("Resume du rapport volontaire (en arabe)", "Laboratoire migrations et mobilites en Mediterranee, Oran",
                  ["Harraga : jeunes de la cote ouest, 2017-2020", "95 entretiens avec des familles",
                   "Recommandations"])
    a = alt(text, "000000000000f5a3c805bb6e2d41", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "000000000000f5a3ca05bb6e2d43")
    m = mk(when, sent_at(when, 1, 9), "mail-wr1-f67.google.example.com", "192.0.2.67", "4F7Jq04Xnz5",
           addr("Fatima Zohra Kouidri", "fz.kouidri.lmm@gmail.example.com"), hdr(subj),
           "<CAK2tWv6Pn8xL3mR+b9Qc1Zd5sH7yFg0jN4@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="deadline edge: received 23:58:40 on 16 February in Beirut (Date 22:58 +0100, Oran): on time although "
              "the sender apologises, in Algerian dialect, for the last minute ('سمحولنا ... ثقيل بزاف'). The full "
              "report is a WeTransfer link; the attached two-page Arabic summary is the report file to list (Arabic "
              "name, RFC 2231 + RFC 2047). Co-authors with 'الأستاذ الدكتور'/'الدكتورة' (one of them the sender) "
              "are not speakers; 2017–2020, 95 interviews and footnote (1) are decoys. Gmail, base64 RTL."))


# ================================================================ 23  FR  report  the Algiers economist's revised paper, a day late, in a reply to our acknowledgement of 20
def m23():
    when = at("2021-02-17 09:31:02")
    ack = ack_mid(M20_QID)
    fname = "Benkhelifa_Hadjadj_Rahmouni_2021_Transferts_PMM_version_remaniée.pdf"
    quoted = ack_text("fr", M20_SUBJ, "de votre question")
    text = """Bonjour,

Faute d'avoir pu obtenir une réponse sur le format, nous avons remanié notre document de travail selon le canevas proposé (une partie sur les objectifs 19 et 20 du Pacte et neuf recommandations). Vous le trouverez en pièce jointe ; c'est notre rapport volontaire.

Nous sommes désolés de ce jour de retard : une coupure d'électricité à l'École nous a empêchés de finaliser hier soir.

Bien cordialement,

""" + M20_SIG + """

Le vendredi 12 février 2021, 15:44:14 UTC+1, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + gt(quoted) + "\n"
    pdf = rep_pdf("Transferts de fonds des Algeriens de l'etranger et marche parallele des devises",
                  "M. Benkhelifa, N. Hadjadj, L. Rahmouni - version remaniee pour l'examen regional",
                  ["Objectifs 19 et 20 du Pacte", "Donnees et methode", "Resultats", "Neuf recommandations"])
    a = alt(text, "----=_Part_2304518_1569283047.1613547055821", html=yahoo_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "----=_Part_2304517_903182745.1613547055820")
    m = mk(when, sent_at(when, 1, 6), "sonic305-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.205",
           "4F7Vc61Mhz2", M20_FROM, hdr("Re: Accusé de réception - " + M20_SUBJ, enc="Q"),
           "<1740283916.2304519.1613547055822@mail.yahoo.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M20_ID + " " + ack), ("X-Mailer", YAHOO)])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], thread_of=H % 20,
        notes="the revised working paper announced in h295-20, sent on 17 February (one day late, the sender says "
              "so) in a Yahoo reply to our acknowledgement of that question (References name h295-20, so thread_of "
              "points to it): 'c'est notre rapport volontaire' makes it the submission; PDF name with an accent "
              "(RFC 2231 + RFC 2047). Objectives 19 and 20 and 'neuf recommandations' are decoys; the quoted "
              "acknowledgement only mentions a question. Date in UTC+1."))


# ================================================================ 24  FR  both  Lebanese diaspora centre, 18 February: OneDrive link + executive summary + speaker
def m24():
    when = at("2021-02-18 12:04:33")
    subj = "Rapport volontaire du CLED (lien OneDrive) et demande d'intervention – table ronde 1"
    fname = "CLED – Résumé exécutif – Diaspora libanaise 2019-2021.pdf"
    link = "https://cled-my.sharepoint.example.com/:b:/g/personal/recherche_cled_example_org/EeR5kT2mQ8pW1xN7vB4zL9cHs?e=W3nPq7"
    text = """Madame, Monsieur,

Nous espérons qu'il n'est pas trop tard pour vous faire parvenir la contribution du Centre libanais d'études sur la diaspora (CLED).

Notre rapport volontaire, « La diaspora libanaise face à l'effondrement : transferts, retours et nouveaux départs depuis 2019 », co-écrit par l'équipe de recherche du Centre, est disponible sur OneDrive (le fichier fait 48 Mo) :
%s

Vous trouverez en pièce jointe son résumé exécutif (5 pages).

Par ailleurs, notre coordinateur scientifique, M. Ziad Khairallah (par ailleurs professeur à l'Université Saint-Maron de Beyrouth), souhaiterait présenter ces résultats lors de la première table ronde, si une place peut encore lui être faite.

Avec nos remerciements et nos excuses pour ce retard, dû à la fermeture de nos bureaux pendant le confinement,

Rita Saadé
Chargée de recherche
Centre libanais d'études sur la diaspora (CLED)
Achrafieh, Beyrouth – Liban
""" % link
    pdf = rep_pdf("CLED - Resume executif", "Centre libanais d'etudes sur la diaspora (CLED)",
                  ["Transferts depuis 2019", "Retours et nouveaux departs", "Recommandations"])
    a = alt(text, "B_3696304512_1209834761", html=mac_outlook_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "B_3696304512_1458201937")
    m = mk(when, sent_at(when, 2, 7), "mail-db5eur03on0612.outbound.protection.outlook.example.com",
           "198.51.100.212", "4F8Bk29Rtz6", addr("Rita Saadé", "r.saade@cled.example.org", enc="Q"),
           hdr(subj, enc="Q"), "<8E5A3C12-F7B4-4D09-9C61-2A0D7E4B8F35@cled.example.org>", body,
           extra=[("User-Agent", MAC_OUTLOOK), ("Thread-Topic", hdr(subj, enc="Q")),
                  ("Thread-Index", "AQHXBfT3kP8mL2vR9xN4bQ7cZ1sW5g=="), ("Content-Language", "fr-FR")])
    add(24, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Ziad Khairallah", "coordinateur scientifique", "Centre libanais d'études sur la diaspora (CLED)",
           ["roundtable"], 1)],
        report_attachments=[fname],
        notes="'both' on 18 February: both parts are late (on_time false), the sender hopes it is not too late. "
              "The full report is a OneDrive/SharePoint link and the attached executive summary (name with en "
              "dashes and accents, RFC 2231 + RFC 2047) is the report file. The speaker is introduced as 'notre "
              "coordinateur scientifique' with his university post in brackets ('par ailleurs professeur à "
              "l'Université Saint-Maron de Beyrouth'): proposed by the centre, so its title and name; 'M.' "
              "dropped; 'la première table ronde'. The signer is not a speaker; 2019 and '5 pages' are decoys. "
              "Outlook for Mac, Date in UTC+2."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
