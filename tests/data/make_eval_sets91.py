#!/usr/bin/env python3
"""Write the blind evaluation set holdout91 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets91.py
Theme: education - schools, teachers' unions, literacy and language NGOs, vocational training centres,
ministries of education (Morocco, Algeria, Jordan, Yemen, Palestine, Mauritania).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout91")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h91-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def alt(text, html, boundary, charset="UTF-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def pdf_att(name, lines, quoted=True, inline=False, extra=None):
    pdf = make_pdf(lines)
    n = '"%s"' % name if quoted else name
    return leaf("application/pdf", pdf, cte="base64", params=[("name", n)],
                disp='%s; filename=%s' % ("inline" if inline else "attachment", n), extra=extra)


def docx_att(name, paras):
    return leaf(DOCX, make_docx(paras), cte="base64", params=[("name", '"%s"' % name)],
                disp='attachment; filename="%s"' % name)


GMAIL_RX = ("mail-wm1-f45.google.example.com", "209.85.128.45")


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-26 10:12:33")
    sent = when - dt.timedelta(seconds=6)
    text = """السادة/ أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة                المحترمون
الموضوع: طلب المشاركة بمداخلة في المراجعة الإقليمية للاتفاق العالمي للهجرة

تحية طيبة وبعد،،،

تهديكم النقابة العامة للمعلمين اليمنيين أطيب تحياتها، وإشارةً إلى رسالة الدعوة الكريمة الخاصة بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، نتشرف بأن نرشح لإلقاء مداخلة في إحدى الجلسات العامة (24-25 فبراير 2021):

الأستاذ/ عبد الرحمن محمد الحُمَيدي
نائب رئيس النقابة لشؤون التعليم في مناطق النزوح

وذلك نظراً لما يضطلع به من متابعة لأوضاع أبناء المهاجرين والنازحين في مدارس محافظتي عدن ولحج، ولما للمعلمين من دور في ضمان حق هؤلاء الأطفال في التعليم.

شاكرين لكم حسن تعاونكم، وتفضلوا بقبول فائق الاحترام والتقدير.

أ. نبيل سعيد باشراحيل
الأمين العام
النقابة العامة للمعلمين اليمنيين
عدن - الجمهورية اليمنية
هاتف: 00967-2-xxxxxx
"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:14pt">'
                     + text2html(text) + "</div>", "rtl", "windows-1256")
    body = alt(text, html, "----=_NextPart_000_0007_01D6F3C2.8A1B4E20", "windows-1256")
    rows = std_rows(when, "mail.ytu-ye.example.org", "134.35.12.90", "4DQ7kT2m1Rz3",
                    addr("النقابة العامة للمعلمين", "gs@ytu-ye.example.org", "windows-1256"),
                    hdr("طلب مشاركة بمداخلة - النقابة العامة للمعلمين اليمنيين", "windows-1256"),
                    rfcdate(tz(sent, 3)), "<000701d6f3c2$8a1b4e20$9e51ea60$@ytu-ye.example.org>",
                    ret="gs@ytu-ye.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdbzwoobTiDmjPq1R3KkYl0t4c2wQA=="),
             ("Content-Language", "ar-ye")]
    add(1, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عبد الرحمن محمد الحُمَيدي", "نائب رئيس النقابة لشؤون التعليم في مناطق النزوح",
                     "النقابة العامة للمعلمين اليمنيين", ["plenary"])],
        notes="formal union letter (Outlook, windows-1256); speaker introduced as 'الأستاذ/' with his title on the "
              "next line; the signatory (General Secretary, 'أ.') is not the speaker; the From display name is the "
              "short union name; 'إحدى الجلسات العامة' = plenary; Date header in UTC+3."))


def m02():
    when = at("2021-01-29 16:40:02")
    sent = when - dt.timedelta(seconds=11)
    text = """Bonjour,

Suite a votre lettre d'invitation relative a l'Examen regional du Pacte mondial sur les migrations, nous avons l'honneur de vous proposer l'intervenante suivante :

BENMANSOUR Karima
Inspectrice de l'education nationale (cycle moyen), chargee de la scolarisation des enfants migrants - Wilaya de Tamanrasset

Elle souhaiterait intervenir lors de la table ronde n° 3.

Elle represente notre syndicat, le Syndicat National Autonome des Professeurs de l'Enseignement Secondaire et Technique (SNAPEST).

Salutations distinguees.

Le charge des relations exterieures
SNAPEST - Alger
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "mx.snapest-dz.example.org", "41.111.200.12", "4DSb7Lq0Zcz2",
                    "SNAPEST Relations exterieures <relext@snapest-dz.example.org>",
                    "Proposition d'intervenante - Examen regional PMM", rfcdate(tz(sent, 1)),
                    "<5f1c2a90.1c69fb81.8d2e.4a7b@snapest-dz.example.org>", ret="relext@snapest-dz.example.org")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF84 (Win)/8.8.15_GA_3953)")]
    add(2, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Karima Benmansour",
                     "Inspectrice de l'education nationale (cycle moyen), chargee de la scolarisation des enfants migrants",
                     "Syndicat National Autonome des Professeurs de l'Enseignement Secondaire et Technique (SNAPEST)",
                     ["roundtable"], 3)],
        notes="Algerian French typed without accents (iso-8859-1 QP, only the degree sign of 'n°' is non-ASCII); name in capitals, surname first ('BENMANSOUR "
              "Karima' -> Karima Benmansour); the wilaya after the dash is a place, not part of the title; "
              "affiliation given in a separate sentence; no personal sender name (unsigned role)."))


def m03():
    when = at("2021-02-01 09:25:47")
    sent = when - dt.timedelta(seconds=4)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello,</p><p>&nbsp;</p>
<p>I saw the invitation for the GCM regional review and I&#8217;d like to ask to take part in the open discussion on 23 February. We run after-school reading clubs for Syrian, Iraqi and Sudanese children in Mafraq and Zarqa and I think the education angle is often missing in these consultations.</p>
<p>&nbsp;</p>
<p>My details: Hadeel Al-Qudah, Programme Manager.</p>
<p>&nbsp;</p><p>Many thanks,</p><p>Hadeel</p><p>&nbsp;</p>
<table cellpadding="0" cellspacing="0" style="border-top:2px solid #e07a1f"><tr>
<td style="padding:6px 10px 0 0"><img src="https://www.readkan-jo.example.org/sig/logo.png" alt="Read Kan - Jordan Children's Literacy Foundation" width="120" height="48"></td>
<td style="padding:6px 0 0 0;font-size:9pt;color:#666">Hadeel Al-Qudah<br>Programme Manager<br>+962 6 5xx xxxx | Amman<br><a href="https://www.readkan-jo.example.org">www.readkan-jo.example.org</a></td>
</tr></table>
</body></html>
"""
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-eopbgr80071.outbound.protection.outlook.example.com", "40.107.8.71", "4DTm0Vx3Ysz9",
                    "Hadeel Al-Qudah <h.alqudah@readkan-jo.example.org>",
                    "Request to join the open discussion - 23 Feb", rfcdate(sent),
                    "<AM6PR03MB4392C1A7D3E2B8F4A1C6E9D2B0@AM6PR03MB4392.eurprd03.prod.outlook.example.com>",
                    ret="h.alqudah@readkan-jo.example.org")
    rows += [("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    add(3, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Hadeel Al-Qudah", "Programme Manager", "Read Kan - Jordan Children's Literacy Foundation",
                     ["open_discussion"])],
        notes="HTML-only Outlook message; the organisation appears nowhere in the prose - only as the alt text "
              "of the signature logo image and in the domain readkan-jo; 'we run after-school reading clubs' "
              "without naming 'we'."))


def m04():
    when = at("2021-02-02 13:05:10")
    sent = when - dt.timedelta(seconds=9)
    text = """Madame, Monsieur,

Je me permets de vous écrire en ma qualité de directrice du Centre de Formation Professionnelle Al Amal – Souss (CFP Al Amal), à Inezgane, qui accueille chaque année une centaine de jeunes, dont de plus en plus de jeunes migrants subsahariens, dans les filières couture, cuisine et électricité du bâtiment.

Je souhaiterais prendre la parole lors d'une séance plénière, pour parler de l'accès des migrants à la formation qualifiante et à la certification. Je voudrais aussi vous proposer une de nos stagiaires, Mlle Aminata Diallo (stagiaire en 2e année, filière cuisine), d'origine guinéenne, pour participer à la discussion ouverte du 23 février : je crois que son témoignage serait plus parlant que tous nos discours ;)

Elle s'exprime très bien en français. Je l'accompagnerai bien sûr.

Dans l'attente de votre retour, veuillez agréer mes salutations distinguées.

Fatima Zahra Ouchen
Directrice
CFP Al Amal – Souss
Inezgane, Maroc
Tél. +212 5 28 xx xx xx
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = alt(text, html, "000000000000a1b2c305ba6f0e1d")
    rows = std_rows(when, GMAIL_RX[0], GMAIL_RX[1], "4DVq1Hr6Mwz4",
                    "CFP Al Amal Souss <cfp.alamal.souss@gmail.example.com>",
                    hdr("Demande d'intervention - Examen régional du PMM", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<CAH7pQ2xR4tY8uI0oP3aS5dF7gH9jK1lZ3xC5vB7nM9qW1eR3@mail.gmail.example.com>",
                    ret="cfp.alamal.souss@gmail.example.com")
    add(4, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Fatima Zahra Ouchen", "Directrice", "Centre de Formation Professionnelle Al Amal – Souss (CFP Al Amal)",
                     ["plenary"]),
                  sp("Aminata Diallo", "stagiaire en 2e année, filière cuisine",
                     "Centre de Formation Professionnelle Al Amal – Souss (CFP Al Amal)", ["open_discussion"])],
        notes="vocational centre director proposes herself (plenary, 'prendre la parole lors d'une séance plénière') "
              "and a trainee (open discussion); 'Mlle' is an honorific; the trainee's affiliation is only implied "
              "('une de nos stagiaires'); the centre name contains an en dash; Gmail account named after the centre; Date in UTC+1 (Morocco)."))


def m05():
    when = at("2021-02-03 11:30:00")
    sent = when - dt.timedelta(seconds=14)
    name = "تقرير_جمعية_أفق_للتربية_على_التعدد_اللغوي.pdf"
    text = """السلام عليكم ورحمة الله،

كنصيفط ليكم فهاد الميساج التقرير الطوعي ديال جمعيتنا حول تنفيذ الاتفاق العالمي للهجرة في مجال تعليم الأطفال المهاجرين بالمغرب (مرفق PDF).

وبغينا حتى نشاركو فالمائدة المستديرة الثانية: كنقترحو رئيسة الجمعية، السيدة خديجة العلوي، أستاذة اللغة العربية للناطقين بغيرها، باش تهضر على تجربة أقسام الدعم اللغوي لي كنديرو مع أطفال المهاجرين فالرباط وسلا.

شكرا بزاف، ونتمناو يوصلكم كلشي مزيان.

يوسف بنعيسى
الكاتب العام
جمعية أفق للتربية على التعدد اللغوي - الرباط
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    att = leaf("application/pdf", make_pdf(["Association Ofok pour l'education au plurilinguisme - Rabat",
                                            "Rapport volontaire sur le PMM 2021 / Voluntary GCM review report",
                                            "Education of migrant children in Morocco: language support classes"]),
               cte="base64", params=[("name", '"%s"' % b_word(name))], disp='attachment; filename="%s"' % b_word(name))
    body = multi("mixed", [t, att], "----=_Part_118204_1739054621.1612344586000")
    rows = std_rows(when, "smtp.ofok-ma.example.org", "105.158.77.20", "4DW3sN0p9Qz6",
                    addr("يوسف بنعيسى", "y.benaissa@ofok-ma.example.org"),
                    hdr("التقرير الطوعي + طلب المشاركة فالمائدة المستديرة"),
                    rfcdate(tz(sent, 1)), "<1739054621.118204.1612344586000@webmail.ofok-ma.example.org>",
                    ret="y.benaissa@ofok-ma.example.org")
    rows += [("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev27")]
    add(5, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("خديجة العلوي", "أستاذة اللغة العربية للناطقين بغيرها",
                     "جمعية أفق للتربية على التعدد اللغوي", ["roundtable"], 2)],
        report_attachments=[name],
        notes="Moroccan Darija written in Arabic script ('كنصيفط', 'بغينا', 'فالمائدة'); report PDF with an "
              "RFC 2047-encoded Arabic file name (non-standard in parameters, as many webmails do); speaker is the "
              "association's president, not the sender; 'السيدة' is an honorific; affiliation only in the signature "
              "(with city after a dash); roundtable as the ordinal 'الثانية'."))


def m06():
    when = at("2021-02-03 19:02:18")
    sent = when - dt.timedelta(seconds=8)
    text = """Bonsoir,

Suite a notre message du 29 janvier, nous vous informons que Mme BENMANSOUR ne pourra malheureusement pas se liberer aux dates de la conference (examens du BEM).

Nous vous proposons a sa place :
HAMIDI Rachid, Professeur principal de francais, membre du bureau national du SNAPEST

pour la meme table ronde (n° 3).

Merci de bien vouloir prendre en compte ce changement.
Cordialement.

Le charge des relations exterieures
SNAPEST - Alger

----- Message d'origine -----
De: "SNAPEST Relations exterieures" <relext@snapest-dz.example.org>
A: gcmrrarabstates@iom.int
Envoye: Vendredi 29 Janvier 2021 15:39:51
Objet: Proposition d'intervenante - Examen regional PMM

Bonjour,

Suite a votre lettre d'invitation relative a l'Examen regional du Pacte mondial sur les migrations, nous avons l'honneur de vous proposer l'intervenante suivante :

BENMANSOUR Karima
Inspectrice de l'education nationale (cycle moyen), chargee de la scolarisation des enfants migrants - Wilaya de Tamanrasset
[...]
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "mx.snapest-dz.example.org", "41.111.200.12", "4DWFq2b8Vkz0",
                    "SNAPEST Relations exterieures <relext@snapest-dz.example.org>",
                    "RE: Proposition d'intervenante - Examen regional PMM", rfcdate(tz(sent, 1)),
                    "<7a30e1bc.4f22aa10.91c3.0d5e@snapest-dz.example.org>", ret="relext@snapest-dz.example.org")
    rows += [("In-Reply-To", "<5f1c2a90.1c69fb81.8d2e.4a7b@snapest-dz.example.org>"),
             ("References", "<5f1c2a90.1c69fb81.8d2e.4a7b@snapest-dz.example.org>"),
             ("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF84 (Win)/8.8.15_GA_3953)")]
    add(6, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Rachid Hamidi", "Professeur principal de francais, membre du bureau national du SNAPEST",
                     "SNAPEST", ["roundtable"], 3)],
        thread_of="h91-02.eml",
        notes="follow-up replacing the speaker of h91-02 (Karima Benmansour withdrawn; she still appears in the "
              "quoted original and in the body as 'Mme BENMANSOUR'); new speaker again surname-first in capitals; "
              "the title contains the affiliation acronym, only the acronym is written in this message; "
              "Zimbra-style '----- Message d'origine -----' quote."))


def m07():
    when = at("2021-02-04 08:47:55")
    sent = when - dt.timedelta(seconds=2)
    text = """مرحبا،

عنا سؤال صغير لو سمحتو. احنا مبادرة صغيرة بتشتغل مع معلمات متطوعات بمخيم الزعتري على محو الأمية للأمهات. بدنا نبعتلكم تقرير طوعي بس مش عارفين:
- لازم يكون بالانجليزي ولا بيمشي بالعربي؟
- في نموذج معين او عدد صفحات محدد؟
- ممكن نبعته مشترك مع جمعيتين تانيين؟

وشكرا كتير إلكم

رنا
مبادرة "اقرأ يا أمي"

Sent from my Galaxy
"""
    html = '<div dir="auto">' + text2html(text) + "</div>"
    body = alt(text, html, "--_com.samsung.android.email_1458329157862210", "UTF-8", "base64")
    rows = std_rows(when, "smtp.iqrai-umi.example.org", "176.29.88.3", "4DWbT7r1Gnz5",
                    addr("Rana S.", "rana@iqrai-umi.example.org"),
                    hdr("استفسار عن التقرير الطوعي"), rfcdate(sent),
                    "<q7b3v1m0x8c2-z5n4k9p6@email.android.example.com>", ret="rana@iqrai-umi.example.org")
    add(7, when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine (Jordanian) colloquial questions about the report (language, template, collective "
              "report) - announces a future report but submits nothing; no attachment; Samsung mail, base64 "
              "text+HTML; the Arabic name of the initiative is in quotes."))


def m08():
    when = at("2021-02-04 15:20:31")
    sent = when - dt.timedelta(seconds=17)
    text = """Monsieur le Coordonnateur,

J'ai l'honneur de vous faire part du souhait du Ministère de l'Éducation nationale et de la Réforme du système éducatif de la République Islamique de Mauritanie de prendre part aux travaux de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

À cet effet, nous proposons Monsieur Mohamed Lemine Ould Sidi Mahmoud, Directeur de l'Enseignement fondamental, pour une intervention lors de la table ronde consacrée à l'accès des migrants aux services de base, notamment l'éducation.

Veuillez agréer, Monsieur le Coordonnateur, l'expression de ma haute considération.

Pour le Secrétaire général,
Le Conseiller chargé de la coopération
Ahmed Salem Ould Boubacar

Ministère de l'Éducation nationale et de la Réforme du système éducatif
Nouakchott – Mauritanie
"""
    t_html = leaf("text/html", html_wrap(text2html(text.replace("–", "-")), None, "iso-8859-1").replace("–", "-"),
                  "iso-8859-1", "quoted-printable")
    body = multi("alternative", [leaf("text/plain", text.replace("–", "-"), "iso-8859-1", "quoted-printable"), t_html],
                 "----=_NextPart_000_0031_01D6FAF1.55C2D0E0")
    rows = std_rows(when, "mail.education.example.gov.mr", "41.188.66.114", "4DWnB3c5Kqz8",
                    hdr("Ahmed Salem Ould Boubacar", "iso-8859-1", "Q"),
                    hdr("Participation du MENRSE - Examen régional du Pacte mondial", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 0)), "<003101d6faf1$55c2d0e0$0148f1a0$@education.example.gov.mr>",
                    ret="cooperation@education.example.gov.mr")
    rows[rows.index(next(r for r in rows if r[0] == "From"))] = (
        "From", "Ahmed Salem Ould Boubacar <cooperation@education.example.gov.mr>")
    rows += [("X-Mailer", "Microsoft Outlook 14.0")]
    add(8, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Mohamed Lemine Ould Sidi Mahmoud", "Directeur de l'Enseignement fondamental",
                     "Ministère de l'Éducation nationale et de la Réforme du système éducatif de la République Islamique de Mauritanie",
                     ["roundtable"])],
        notes="roundtable requested by its topic only ('la table ronde consacrée à l'accès des migrants aux "
              "services de base'), no number -> roundtable null; 'Monsieur' honorific; 'Ould' is part of the name; "
              "the fullest affiliation is in the first paragraph (the signature has the shorter form, the subject "
              "only the acronym MENRSE); iso-8859-1 QP; Date header in UTC+0 (Nouakchott)."))


def m09():
    when = at("2021-02-05 11:05:44")
    sent = when - dt.timedelta(seconds=12)
    name = "Rapport volontaire PMM - Alphabet pour Tous.docx"
    text = """Bonjour l'équipe,

Comme convenu au téléphone avec votre collègue la semaine passée, ci-joint le rapport volontaire de notre association "Alphabet pour Tous - Oujda" sur la mise en oeuvre du PMM, surtout sur l'objectif 15 (accès aux services de base) : cours d'alphabétisation et de darija pour les migrants en transit à Oujda et Berkane.

Aussi, on voudrait bien participer à la discussion ouverte du 23/02. La personne qui parlera:
Nom : El Mansouri
Prénom : Said
Fonction : coordinateur pédagogique

Merci d'avance et bon courage pour l'organisation !

--
Said El Mansouri
Alphabet pour Tous - Oujda
06 61 xx xx xx
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    att = docx_att(name, ["Association Alphabet pour Tous - Oujda", "Rapport volontaire sur la mise en oeuvre du PMM",
                          "Objectif 15 : acces aux services de base (alphabetisation, langue)"])
    body = multi("mixed", [t, att], "------------0A3F5C7E9B1D2F4A6C8E0B1D")
    rows = std_rows(when, "smtp.alphabet-oujda.example.org", "196.200.131.9", "4DX2pF9n0Rz1",
                    "Said El Mansouri <s.elmansouri@alphabet-oujda.example.org>",
                    hdr("Rapport volontaire + discussion ouverte 23/02", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<3c5e7a91-0b2d-4f68-a1c3-e5f7092b4d6f@alphabet-oujda.example.org>",
                    ret="s.elmansouri@alphabet-oujda.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    add(9, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Said El Mansouri", "coordinateur pédagogique", "Alphabet pour Tous - Oujda",
                     ["open_discussion"])],
        report_attachments=[name],
        notes="Thunderbird format=flowed 8bit; report DOCX plus the sender himself as speaker, given as a "
              "'Nom / Prénom / Fonction' form (surname and first name split); 'discussion ouverte du 23/02'; "
              "lowercase title; Maghrebi French ('darija', 'objectif 15')."))


def m10():
    when = at("2021-02-05 21:14:09")
    sent = when - dt.timedelta(seconds=5)
    text = """Hi,

Sorry for writing so late, I only got the invitation today from a friend.

My name is Youssef Aït Lahcen, I am a primary school teacher in Tiznit and for the last four years I've been teaching evening Arabic and French classes for young migrants from Guinea, Mali and Côte d'Ivoire. I'm writing on behalf of the Association Tifawin pour l'Education et la Citoyenneté, where I volunteer as education officer, because our president couldnt make it to write before the deadline. We would really like to have the chance to speak in one of the roundtables, if that is possible (any roundtable is fine for us, maybe the one on integration?).

I can speak English, French or Arabic.

Thank you very much and have a nice weekend
Youssef
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = alt(text, html, "000000000000f3a9c805bab2d471")
    rows = std_rows(when, GMAIL_RX[0], GMAIL_RX[1], "4DXN5wK2Tfz7",
                    "Youssef Ait Lahcen <youssef.aitlahcen87@gmail.example.com>",
                    "speaking request", rfcdate(tz(sent, 1)),
                    "<CAK9dW3eR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9eR1T@mail.gmail.example.com>",
                    ret="youssef.aitlahcen87@gmail.example.com")
    add(10, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Youssef Aït Lahcen", "education officer",
                     "Association Tifawin pour l'Education et la Citoyenneté", ["roundtable"])],
        notes="personal Gmail; the organisation he represents appears only mid-paragraph ('writing on behalf of "
              "the Association Tifawin...'); his job (primary school teacher) differs from his role in the "
              "association (education officer, written lowercase); 'any roundtable' -> no number; the name has Aït "
              "in the body but Ait in the From header; 'sorry for writing so late' although on time (21:14 Beirut)."))


def m11():
    when = at("2021-02-05 23:56:40")
    sent = when - dt.timedelta(seconds=21)
    text = """السلام عليكم

أعتذر عن التأخير، الكهرباء عندنا طافية من العصر وما قدرت أرسل إلا الحين.

نبغى نسجل طلب مداخلة في المائدة المستديرة الرابعة باسم مؤسسة "سنبلة" للتعليم في حالات الطوارئ - صنعاء:

الاسم: د. أروى عبدالله الشامي
الصفة: مديرة برامج التعليم
المؤسسة: مؤسسة سنبلة للتعليم في حالات الطوارئ

وجزاكم الله خير

محمد الشامي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mx.yemen-net.example.ye", "134.35.140.7", "4DXRb8z0Ljz2",
                    addr("Mohammed Alshami", "m.alshami@yemen-net.example.ye"),
                    hdr("طلب مداخلة"), rfcdate(tz(sent, 3)),
                    "<20210206005619.Horde.Qk3p7tXb1Z2s4LmN@webmail.yemen-net.example.ye>",
                    ret="m.alshami@yemen-net.example.ye")
    rows += [("User-Agent", "Horde Application Framework 5")]
    add(11, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("أروى عبدالله الشامي", "مديرة برامج التعليم", "مؤسسة سنبلة للتعليم في حالات الطوارئ",
                     ["roundtable"], 4)],
        notes="deadline edge: received 23:56:40 Beirut Fri 5 Feb (on time) but the Date header is Sat 6 Feb "
              "00:56 +0300 (Sanaa); apologises for being late; Yemeni colloquial ('طافية', 'الحين', 'نبغى'); "
              "sender (Latin display name) proposes a relative/colleague with 'د.'; the intro adds ' - صنعاء' and "
              "quotes the name, the labelled field line has the clean full name."))


def m12():
    when = at("2021-02-06 00:03:12")
    sent = when - dt.timedelta(seconds=40)
    text = """Bonsoir,

Je souhaite intervenir dans la séance plénière du 24 février au nom du Centre de recherche et d'études sur l'éducation et les langues de Béjaïa (CREEL).

Nom : AIT SAADA Meriem
Qualité : Maître de conférences, responsable du projet "École et mobilités"

Merci.

Dr M. Ait Saada
CREEL - Université de Béjaïa
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.univ-bejaia.example.dz", "193.194.83.11", "4DXSh1v4Nkz6",
                    "Meriem Ait Saada <meriem.aitsaada@univ-bejaia.example.dz>",
                    hdr("Demande d'intervention - plénière", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<a9d3f71c-2e58-4b06-9c4a-7e1b3d5f8a20@univ-bejaia.example.dz>",
                    ret="meriem.aitsaada@univ-bejaia.example.dz")
    rows += [("User-Agent", "Roundcube Webmail/1.4.9")]
    add(12, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Meriem Ait Saada", "Maître de conférences, responsable du projet \"École et mobilités\"",
                     "Centre de recherche et d'études sur l'éducation et les langues de Béjaïa (CREEL)", ["plenary"])],
        notes="deadline edge: received 00:03:12 Beirut Sat 6 Feb = late, while the Date header is Fri 5 Feb "
              "23:02:32 +0100 (Algeria), so it looks on time to the sender; surname first in capitals ('AIT SAADA "
              "Meriem'); 'Dr' in the signature only; affiliation is written in prose (full form with acronym) "
              "and differently in the signature ('CREEL - Université de Béjaïa')."))


def m13():
    when = at("2021-02-06 09:00:05")
    sent = when - dt.timedelta(seconds=1)
    text = """شكراً لرسالتكم.
أنا خارج المكتب في إجازة حتى يوم الأحد 14 شباط 2021 ولن أتمكن من الاطلاع على البريد الإلكتروني بشكل منتظم.
للأمور العاجلة يرجى التواصل مع مديرية التخطيط والبحث التربوي على البريد planning@moe.example.gov.jo

Thank you for your email. I am out of the office until Sunday 14 February 2021 with limited access to email.

م. سامر الخوالدة
وزارة التربية والتعليم - المملكة الأردنية الهاشمية
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.moe.example.gov.jo", "212.118.6.40", "4DXhW0c2Pbz3",
                    addr("سامر الخوالدة", "s.khawaldeh@moe.example.gov.jo"),
                    re_hdr("Automatic reply: ", "تذكير: المراجعة الإقليمية للاتفاق العالمي للهجرة"),
                    rfcdate(sent), "<7c1e4a02b9f84d3a8e51c6d0a2f7b913@EXCH01.moe.example.gov.jo>",
                    ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", "<reminder-2021-02-06-0001@gcmrrarabstates.iom.int>"),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "s.khawaldeh@moe.example.gov.jo"),
             ("Content-Language", "ar-JO")]
    add(13, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office, bilingual Arabic/English body (Arabic first), Auto-Submitted: auto-replied, "
              "empty Return-Path; mentions a ministry and a contact address but proposes nothing."))


def m14():
    when = at("2021-02-08 10:15:27")
    sent = when - dt.timedelta(seconds=10)
    name = "TAMER_GCM_Voluntary_Review_2021.pdf"
    text = """Dear colleagues,

On behalf of the Tamer Institute for Community Education (Ramallah), please find attached our voluntary review report on the implementation of the GCM, focusing on the schooling of children of Palestinian returnees and of migrant domestic workers' children in the West Bank.

The statistical annex will follow separately.

With best regards,

Lina Barghouti
Research & Advocacy Coordinator
Tamer Institute for Community Education
Al-Irsal St., Ramallah, Palestine
"""
    html = ('<div style="font-family:Arial;font-size:10pt">' + text2html(text) + "</div>")
    alt_p = alt(text, html_wrap(html), "_000_VI1PR0602MB3581B2C4D6E8F0A1B3C5D7E9VI1PR0602MB3581_")
    att = pdf_att(name, ["Tamer Institute for Community Education", "Voluntary GCM Review Report 2021",
                         "Schooling of returnee and migrant workers' children in the West Bank"])
    body = multi("mixed", [alt_p, att], "_004_VI1PR0602MB3581B2C4D6E8F0A1B3C5D7E9VI1PR0602MB3581_")
    rows = std_rows(when, "mail-db8eur05on2071.outbound.protection.outlook.example.com", "40.107.20.71",
                    "4DYt3Kp7Mcz9", "Lina Barghouti <l.barghouti@tamer-edu.example.ps>",
                    "GCM voluntary review report - Tamer Institute", rfcdate(sent),
                    "<VI1PR0602MB3581B2C4D6E8F0A1B3C5D7E9@VI1PR0602MB3581.eurprd06.prod.outlook.example.com>",
                    ret="l.barghouti@tamer-edu.example.ps")
    rows += [("Content-Language", "en-US")]
    add(14, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="first of two messages: report PDF now, 'the statistical annex will follow separately' (see "
              "h91-15); Outlook multipart/mixed with text+HTML; a straightforward report otherwise."))


def m15():
    when = at("2021-02-08 10:41:03")
    sent = when - dt.timedelta(seconds=7)
    name = "Annex - statistics 2019-2020.xlsx.pdf"
    text = """Hi again,

here is the annex I forgot, sorry! (enrolment and drop-out figures by governorate)

Lina

From: Lina Barghouti
Sent: Monday, February 8, 2021 10:15 AM
To: gcmrrarabstates@iom.int
Subject: GCM voluntary review report - Tamer Institute

Dear colleagues,

On behalf of the Tamer Institute for Community Education (Ramallah), please find attached our voluntary review report on the implementation of the GCM, focusing on the schooling of children of Palestinian returnees and of migrant domestic workers' children in the West Bank.

The statistical annex will follow separately.
"""
    html = ('<div style="font-family:Arial;font-size:10pt">' + text2html(text) + "</div>")
    alt_p = alt(text, html_wrap(html), "_000_VI1PR0602MB35817A9C1E3F5B7D9A1C3E5FVI1PR0602MB3581_")
    att = pdf_att(name, ["Tamer Institute - Annex: statistics 2019-2020",
                         "Enrolment and drop-out by governorate (returnee / migrant workers' children)"])
    body = multi("mixed", [alt_p, att], "_004_VI1PR0602MB35817A9C1E3F5B7D9A1C3E5FVI1PR0602MB3581_")
    first = "<VI1PR0602MB3581B2C4D6E8F0A1B3C5D7E9@VI1PR0602MB3581.eurprd06.prod.outlook.example.com>"
    rows = std_rows(when, "mail-db8eur05on2072.outbound.protection.outlook.example.com", "40.107.20.72",
                    "4DYtd5Qx1Vz4", "Lina Barghouti <l.barghouti@tamer-edu.example.ps>",
                    "RE: GCM voluntary review report - Tamer Institute", rfcdate(sent),
                    "<VI1PR0602MB35817A9C1E3F5B7D9A1C3E5F@VI1PR0602MB3581.eurprd06.prod.outlook.example.com>",
                    ret="l.barghouti@tamer-edu.example.ps")
    rows += [("In-Reply-To", first), ("References", first), ("Content-Language", "en-US")]
    add(15, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h91-14.eml",
        notes="second half of a report sent in two messages ('here is the annex I forgot'); thread_of h91-14; "
              "the annex file name has a double extension '.xlsx.pdf' and spaces; Outlook top-posting with the "
              "original quoted below a 'From:/Sent:' block."))


def m16():
    when = at("2021-02-09 14:03:51")
    orig_mid = "<ack-20210208-0412@gcmrrarabstates.iom.int>"
    t = leaf("text/plain", POSTFIX_NOTICE + """
<info@jordan-vtc-network.example.org>: host
    mail.jordan-vtc-network.example.org[188.247.70.3] said: 552 5.2.2 Mailbox
    full - quota exceeded (in reply to RCPT TO command)
""", "us-ascii", "7bit")
    t["Content-Description"] = "Notification"
    ds = Message(policy=POL)
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4DZ8rT2qLmz1
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Tue,  9 Feb 2021 14:03:47 +0200 (EET)

Final-Recipient: rfc822; info@jordan-vtc-network.example.org
Original-Recipient: rfc822;info@jordan-vtc-network.example.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.jordan-vtc-network.example.org
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded
"""
    from email.parser import Parser
    for blk in dsn.strip("\n").split("\n\n"):
        ds.attach(Parser(policy=POL).parsestr(blk + "\n", headersonly=True))
    rh = leaf("text/rfc822-headers", """Received: from app01.iom.int (app01.iom.int [10.20.4.11])
	by mx1.iom.int (Postfix) with ESMTPS id 4DZ8rT2qLmz1
	for <info@jordan-vtc-network.example.org>; Tue,  9 Feb 2021 14:03:47 +0200 (EET)
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: info@jordan-vtc-network.example.org
Subject: Reminder: voluntary GCM review reports due 16 February 2021
Date: Tue, 9 Feb 2021 14:03:45 +0200
Message-ID: %s
""" % orig_mid, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [t, ds, rh], "4DZ8rV0wXkz2.1612872231/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZ8rV0wXkz2; " + rfcdate(when, "EET")),
            ("Date", rfcdate(when - dt.timedelta(seconds=1)) + " (EET)"),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX),
            ("Auto-Submitted", "auto-replied"), ("Message-ID", "<20210209120350.4DZ8rV0wXkz2@mx1.iom.int>")]
    add(16, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report; delivery-status) for a reminder sent to a vocational training "
              "network; 552 mailbox full; nothing to acknowledge."))


def m17():
    when = at("2021-02-10 12:30:45")
    sent = when - dt.timedelta(seconds=13)
    name = "JVTN - GCM voluntary report (final).docx"
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Jordan Vocational Training Network (JVTN), prepared jointly with our member centres in Irbid, Zarqa and Aqaba.

We would also like to propose two speakers for the conference:

| Name | Position | Role requested |
|---|---|---|
| Eng. Bashar Al-Momani | Director of Programmes, JVTN | Rapporteur (key messages) |
| Ms. Dima Haddad | Head of Skills Certification Unit | Roundtable 1 / or plenary |

We understand the deadline for speakers has passed; we would be grateful if you could still consider them. (Sorry, our mailbox was full last week and we only saw the reminder now.)

Best regards,
Nour Al-Hindi
Communications Officer
Jordan Vocational Training Network (JVTN)
"""
    html = """<div style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear GCM Regional Review Secretariat,</p>
<p>Please find attached the voluntary GCM review report of the Jordan Vocational Training Network (JVTN), prepared jointly with our member centres in Irbid, Zarqa and Aqaba.</p>
<p>We would also like to propose two speakers for the conference:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#1f4e79;color:#fff"><th>Name</th><th>Position</th><th>Role requested</th></tr>
<tr><td>Eng. Bashar Al-Momani</td><td>Director of Programmes, JVTN</td><td>Rapporteur (key messages)</td></tr>
<tr><td>Ms. Dima Haddad</td><td>Head of Skills Certification Unit</td><td>Roundtable 1 / or plenary</td></tr>
</table>
<p>We understand the deadline for speakers has passed; we would be grateful if you could still consider them. (Sorry, our mailbox was full last week and we only saw the reminder now.)</p>
<p>Best regards,<br>Nour Al-Hindi<br>Communications Officer<br>Jordan Vocational Training Network (JVTN)</p>
</div>"""
    alt_p = alt(text, html_wrap(html), "_000_AM0PR06MB52711F3E5A7C9B1D3F5A7C9EAM0PR06MB5271_")
    att = docx_att(name, ["Jordan Vocational Training Network (JVTN)", "Voluntary GCM Review Report 2021",
                          "TVET access for migrant workers and refugees in Irbid, Zarqa and Aqaba"])
    body = multi("mixed", [alt_p, att], "_004_AM0PR06MB52711F3E5A7C9B1D3F5A7C9EAM0PR06MB5271_")
    rows = std_rows(when, "mail-am6eur05on2090.outbound.protection.outlook.example.com", "40.107.22.90",
                    "4DZqP6n2Btz8", "Nour Al-Hindi <info@jordan-vtc-network.example.org>",
                    "JVTN voluntary report and speakers", rfcdate(sent),
                    "<AM0PR06MB52711F3E5A7C9B1D3F5A7C9E@AM0PR06MB5271.eurprd06.prod.outlook.example.com>",
                    ret="info@jordan-vtc-network.example.org")
    add(17, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Bashar Al-Momani", "Director of Programmes", "Jordan Vocational Training Network (JVTN)",
                     ["rapporteur"]),
                  sp("Dima Haddad", "Head of Skills Certification Unit", "Jordan Vocational Training Network (JVTN)",
                     ["roundtable", "plenary"], 1)],
        report_attachments=[name],
        notes="'both' where the report part is on time (10 Feb) but the speaker part is late (after 5 Feb) -> "
              "on_time false; speakers in a table (HTML table, pipe table in text); honorifics 'Eng.' and 'Ms.'; "
              "'Director of Programmes, JVTN' mixes title and acronym; 'Roundtable 1 / or plenary' = two roles, "
              "first choice roundtable 1; the sender (Communications Officer) is not a speaker; same address "
              "whose mailbox bounced in h91-16."))


def m18():
    when = at("2021-02-11 17:12:09")
    sent = when - dt.timedelta(seconds=3)
    text = """Dear Sir/Madam

we are a coalition of 5 teachers unions and education NGOs in Taiz and Aden, Yemen. we want to submit ONE collective report for all of us. Two questions please:

1. do each organisation need to send a separate email or only the lead organisation (Yemeni Coalition for Education for All)?
2. the deadline 16 feb is it Beirut time or Geneva time? we have very bad internet so we want to be sure.

also is it possible to send the report by whatsapp if email is not working?

thanks a lot
Abdulkarim Saleh
YCEA
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "mx.ycea-ye.example.org", "134.35.201.5", "4DZzC1m9Hqz3",
                    "abdulkarim saleh <ycea.coordination@ycea-ye.example.org>",
                    "question about collective report", rfcdate(tz(sent, 3)),
                    "<1612989126.7341.ycea@ycea-ye.example.org>", ret="ycea.coordination@ycea-ye.example.org")
    rows += [("X-Mailer", "Mailbird 2.9.39.0")]
    add(18, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions about a future collective report (who sends, which time zone, WhatsApp) - nothing "
              "submitted yet; non-native English, lowercase sentence starts; Date in UTC+3."))


def m19():
    when = at("2021-02-15 10:20:30")
    sent = when - dt.timedelta(seconds=15)
    name = "Rapport_MENFPESRS_Maroc_Examen_PMM_2021.pdf"
    text = """Madame, Monsieur,

Dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, j'ai l'honneur de vous transmettre, ci-joint, le rapport volontaire du Ministère de l'Éducation nationale, de la Formation professionnelle, de l'Enseignement supérieur et de la Recherche scientifique du Royaume du Maroc, relatif à l'intégration des enfants migrants et réfugiés dans le système éducatif national (Programme d'éducation non formelle et classes passerelles).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hicham Bennani
Chef de la Division de la Coopération internationale
Direction de la Coopération et de la Promotion de l'Enseignement Scolaire Privé
MENFPESRS – Rabat

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
"""
    html = ('<div class="WordSection1" style="font-family:\'Times New Roman\';font-size:12pt">'
            + text2html(text) + "</div>")
    alt_p = alt(text, html_wrap(html, None, "windows-1252"), "----=_NextPart_001_0044_01D7037B.2F1A8C50",
                "windows-1252")
    att = pdf_att(name, ["Royaume du Maroc - MENFPESRS", "Rapport volontaire - Examen regional du PMM 2021",
                         "Integration des enfants migrants dans le systeme educatif"])
    body = multi("mixed", [alt_p, att], "----=_NextPart_000_0043_01D7037B.2F1A8C50")
    rows = std_rows(when, "mail.men.example.gov.ma", "196.200.160.44", "4DfB8xN3Rwz5",
                    hdr("Hicham Bennani", "windows-1252", "Q"),
                    hdr("Transmission du rapport volontaire du Ministère - Examen régional du PMM", "windows-1252", "Q"),
                    rfcdate(tz(sent, 1)), "<004301d7037b$2f1a8c50$8d4fa4f0$@men.example.gov.ma>",
                    ret="h.bennani@men.example.gov.ma")
    rows[[r[0] for r in rows].index("From")] = ("From", '"Hicham Bennani" <h.bennani@men.example.gov.ma>')
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcDey8ajFCiTvq3SXm0RbQ2kLm8Pw=="),
             ("Importance", "High")]
    add(19, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="formal ministry transmittal letter (Outlook, windows-1252 QP, Importance: High); long official "
              "ministry name; confidentiality footer; nobody is proposed as speaker."))


def m20():
    when = at("2021-02-15 22:10:18")
    sent = when - dt.timedelta(seconds=6)
    name = "التقرير الطوعي المشترك - تحالف مدارس المجتمع في الأغوار.docx"
    text = """مساء الخير،

مرفق التقرير الطوعي الجماعي حول تنفيذ الاتفاق العالمي للهجرة، والمقدَّم باسم تحالف مدارس المجتمع في الأغوار الذي يضم:
- مدرسة الأمل المجتمعية - دير علا
- مركز "نور" لتعليم الكبار - الشونة الجنوبية
- جمعية سيدات غور الصافي للتعليم المهني

يركز التقرير على تسرّب أبناء العمال الزراعيين الموسميين من المدارس.

نرجو تأكيد الاستلام.

مع التحية،
سهى العدوان
منسقة التحالف
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt_p = alt(text, html, "000000000000c4e8f205bb5a7d30", "UTF-8", "base64")
    att = leaf(DOCX, make_docx(["Community Schools Alliance - Jordan Valley",
                                "Collective voluntary GCM review report 2021",
                                "Drop-out of seasonal agricultural workers' children"]), cte="base64",
               params=[("name", '"%s"' % b_word(name))],
               disp="attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", name)))
    body = multi("mixed", [alt_p, att], "000000000000c4e8f305bb5a7d32")
    rows = std_rows(when, GMAIL_RX[0], GMAIL_RX[1], "4DfTq3z8Lpz0",
                    addr("Suha Adwan", "suha.adwan.valley@gmail.example.com"),
                    hdr("تقرير طوعي جماعي - الأغوار"), rfcdate(sent),
                    "<CAM5xT7zP1qR3sU5wY7aC9eG1iK3mO5qS7uW9yA1cE3gI5kM7o@mail.gmail.example.com>",
                    ret="suha.adwan.valley@gmail.example.com")
    add(20, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report of three members of a Jordan Valley alliance, sent from a personal Gmail with a "
              "Latin display name; long Arabic DOCX name: RFC 2047 in name=, RFC 2231 continuations in filename*; "
              "member list is not a speaker list."))


def m21():
    when = at("2021-02-16 23:57:10")
    sent = when - dt.timedelta(seconds=25)
    name = "تقرير اتحاد المعلمين.pdf"
    t1 = leaf("text/plain", """السلام عليكم
هذا تقرير الاتحاد العام للمعلمين الفلسطينيين - فرع قطاع غزة، الزملاء ما قدروا يرسلونه من غزة بسبب انقطاع الانترنت فأرسله أنا من الدوحة، إن شاء الله يوصل قبل نهاية المهلة

م. إياد أبو شمالة

مرسل من الـ iPhone
""", "utf-8", "base64")
    att = pdf_att(name, ["General Union of Palestinian Teachers - Gaza Strip Branch",
                         "Voluntary GCM Review Report 2021"], quoted=False, inline=True)
    att.replace_header("Content-Type", "application/pdf; name*=%s" % rfc2231(name))
    att.replace_header("Content-Disposition", "inline; filename*=%s" % rfc2231(name))
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-2B9E4D71-6C3A-4F85-9E0D-1A7B3C5E8F20")
    rows = std_rows(when, "mx.ooredoo-qa.example.net", "37.210.14.88", "4Dg0Aa1Vx7z2",
                    addr("إياد أبو شمالة", "iyad.abushamala@icloud.example.com"),
                    hdr("تقرير الاتحاد - غزة"), rfcdate(tz(sent, 3)),
                    "<E3F1A7C9-2B4D-4E6F-8A0C-1D3E5F7A9B2C@icloud.example.com>",
                    ret="iyad.abushamala@icloud.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(21, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:57:10 Beirut Tue 16 Feb (on time) but the Date header is Wed 17 Feb "
              "00:56:45 +0300 (sent from Doha on behalf of the Gaza branch); Gulf-tinged colloquial ('ما قدروا "
              "يرسلونه'); iPhone mixed[text, inline PDF, text] with an RFC 2231 Arabic file name."))


def m22():
    when = at("2021-02-17 00:04:30")
    sent = when - dt.timedelta(seconds=33)
    name = "GCM report - Mauritania Literacy.pdf"
    text = """Good evening,

Attached please find the voluntary GCM review report of the Mauritanian Association for Literacy and Non-Formal Education (AMAENF), submitted before the 16 February deadline.

The report covers Koranic schools (mahadras) and literacy classes attended by migrants from Senegal and Mali in Nouadhibou.

Best,
Mariem Mint Ahmed Vall
Programme Officer, AMAENF
"""
    t = leaf("text/plain", text, "utf-8", "7bit")
    att = pdf_att(name, ["AMAENF - Mauritanian Association for Literacy and Non-Formal Education",
                         "Voluntary GCM Review Report 2021", "Mahadras and literacy classes for migrants in Nouadhibou"])
    body = multi("mixed", [t, att], "=-Yk9+3bLx2Qd1mR7aWz0Cvg==")
    rows = std_rows(when, "smtp.amaenf-mr.example.org", "41.188.101.17", "4Dg0Gm5Ts2z6",
                    "Mariem Mint Ahmed Vall <mariem.vall@amaenf-mr.example.org>",
                    "Voluntary GCM review report - AMAENF", rfcdate(tz(sent, 0)),
                    "<1613520237.4411.7.camel@amaenf-mr.example.org>", ret="mariem.vall@amaenf-mr.example.org")
    rows += [("X-Mailer", "Evolution 3.36.5-0ubuntu1")]
    add(22, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge: late by 4.5 minutes (received 00:04:30 Beirut Wed 17 Feb), while the Date header "
              "reads Tue 16 Feb 22:03:57 +0000 (Nouakchott) and the body says 'submitted before the deadline'; "
              "Evolution client."))


def m23():
    when = at("2021-02-18 11:45:02")
    sent = when - dt.timedelta(seconds=9)
    text = """Bonjour,

J'espère que vous allez bien. Je suis Rima, je travaille avec l'École des Frères à Bethléem, on avait envoyé notre demande pour la plénière la semaine dernière par le biais du réseau des écoles chrétiennes (je crois que c'est Mme Nasrallah qui vous a écrit).

Juste une question pratique svp: est-ce qu'il y aura une interprétation simultanée arabe-français pendant la conférence ? et est-ce qu'on va recevoir le lien Zoom bientôt, parce qu'ici il faut qu'on s'organise avec la connexion, yaani ce n'est pas toujours évident.

Merci beaucoup, yalla à bientôt !
Rima Khoury
"""
    html = "<div>" + text2html(text) + "</div>"
    body = alt(text, html, "Apple-Mail=_5C1E8B3A-7D2F-4A90-B6E1-3F8C0D2A4E71", "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.freres-bethlehem.example.ps", "213.6.77.140", "4DgcL0r5Wtz1",
                    "Rima Khoury <rima.k@freres-bethlehem.example.ps>",
                    hdr("Question interprétation + lien Zoom", "utf-8", "Q"), rfcdate(sent),
                    "<8E2A0C4F-6B1D-4F39-A7C5-0E2B4D6F8A13@freres-bethlehem.example.ps>",
                    ret="rima.k@freres-bethlehem.example.ps")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    add(23, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Levantine French ('yaani', 'yalla') logistics question (interpretation, Zoom link); mentions a "
              "plenary request made by someone else earlier but proposes nobody -> other, no speakers."))


def m24():
    when = at("2021-02-19 09:31:44")
    sent = when - dt.timedelta(seconds=4)
    text = """ألف شكر ليكم على التأكيد 🙏 ربنا يوفقكم، ولو محتاجين أي حاجة تانية من التحالف احنا موجودين.

سهى

‫في الخميس، 18 فبراير 2021 في 3:12 م، كتب ‪GCM Regional Review Arab States‬‏ <‪gcmrrarabstates@iom.int‬‏>:‬
> شكراً لكم، نؤكد استلام التقرير الطوعي المقدم من تحالف مدارس المجتمع في الأغوار.
> أمانة المراجعة الإقليمية
"""
    html = ('<div dir="rtl">ألف شكر ليكم على التأكيد 🙏 ربنا يوفقكم، ولو محتاجين أي حاجة تانية من التحالف احنا '
            'موجودين.</div><div dir="rtl"><br></div><div dir="rtl">سهى</div><br><div class="gmail_quote">'
            '<div dir="rtl" class="gmail_attr">في الخميس، 18 فبراير 2021 في 3:12 م، كتب GCM Regional Review Arab '
            'States &lt;<a href="mailto:gcmrrarabstates@iom.int">gcmrrarabstates@iom.int</a>&gt;:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex"><div dir="rtl">شكراً لكم، نؤكد استلام التقرير الطوعي المقدم من تحالف مدارس المجتمع '
            'في الأغوار.<br>أمانة المراجعة الإقليمية</div></blockquote></div>\n')
    body = alt(text, html, "000000000000e5a1b705bbb0c2f4", "UTF-8", "base64")
    ack = "<ack-20210218-0533@gcmrrarabstates.iom.int>"
    first = "<CAM5xT7zP1qR3sU5wY7aC9eG1iK3mO5qS7uW9yA1cE3gI5kM7o@mail.gmail.example.com>"
    rows = std_rows(when, GMAIL_RX[0], GMAIL_RX[1], "4DhK7v2Nbsz9",
                    addr("Suha Adwan", "suha.adwan.valley@gmail.example.com"),
                    re_hdr("Re: ", "تأكيد استلام - تقرير طوعي جماعي - الأغوار"), rfcdate(sent),
                    "<CAM5xT7zQ9wE1rT3yU5iO7pA9sD1fG3hJ5kL7zX9cV1bN3mQ5w@mail.gmail.example.com>",
                    ret="suha.adwan.valley@gmail.example.com")
    rows += [("In-Reply-To", ack), ("References", first + " " + ack)]
    add(24, when, top(body, rows), dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="h91-20.eml",
        notes="thank-you reply to our acknowledgement of h91-20, adds nothing new -> no acknowledgement; "
              "Egyptian colloquial ('ألف شكر ليكم', 'ربنا يوفقكم', 'تانية') from the Jordanian sender of h91-20; "
              "emoji; Gmail Arabic attribution line with bidi marks; References chain through the original."))


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
