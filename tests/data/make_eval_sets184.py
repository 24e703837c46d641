#!/usr/bin/env python3
"""Write the blind evaluation set holdout184 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets184.py
Theme: the first half of February 2021, between the speaker deadline (Fri 5 Feb) and the report deadline
(Tue 16 Feb): late speaker requests, reports arriving, corrections and replacements, replies in threads, and
people confused by the Arabic letter's misprinted speaker date ("Friday 23 February").  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, b_word, dsn_report, esc, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfc2231_cont, rfcdate, sent_at, sp,
                     std_rows, text2html, top)
from mailgen import POSTFIX_NOTICE, outlook_rows

SET = EvalSet(184)
add = SET.add

ACK_FROM = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"


# ---------------------------------------------------------------- small local builders
def report_pdf(title, org, sections):
    lines = [title, org, "Regional Review of the Global Compact for Migration - Arab region, 2021", ""]
    for k, s in enumerate(sections, 1):
        lines.append("%d. %s" % (k, s))
    return make_pdf(lines)


def logo(cid, rgb=(20, 110, 70)):
    return leaf("image/png", make_png(12, 12, rgb), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<%s>" % cid)])


def sig_html(lines):
    return "<br>".join(esc(x) for x in lines)


# ================================================================ the 24 messages
M01_ID = "<AM6PR08MB4421C3E07A9D51B6F2E4D0A8C9A20@AM6PR08MB4421.eurprd08.prod.outlook.example.com>"


def m01():
    # two speakers sent by the communications officer; the list gives only the acronym, the signature the full name
    when = at("2021-02-01 09:47:12")
    sent = sent_at(when, 2, 6)
    text = """Dear Secretariat,

On behalf of our organisation, I am pleased to share the names of two colleagues who would like to take the floor at the Regional Review Conference on 24-25 February:

1. Ms. Rania Odeh - Executive Director, MWLAC - floor intervention in Roundtable 2
2. Mr. Suleiman Haddadin - Senior Lawyer, Legal Unit, MWLAC - intervention in the plenary session

Both have already filled in the online registration form. Rania's short bio can be shared if needed.

Kind regards,

Dana Khoury
Communications Officer
Migrant Workers Legal Aid Centre (MWLAC)
Jabal Al Weibdeh, Amman - Jordan
T: +962 6 461 2290 | www.mwlac.example.org
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US"><div class="WordSection1">'
            '<p class="MsoNormal">Dear Secretariat,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">On behalf of our organisation, I am pleased to share the names of two colleagues '
            'who would like to take the floor at the Regional Review Conference on 24-25 February:</p>'
            '<ol><li>Ms. Rania Odeh &#8211; Executive Director, MWLAC &#8211; floor intervention in Roundtable 2</li>'
            '<li>Mr. Suleiman Haddadin &#8211; Senior Lawyer, Legal Unit, MWLAC &#8211; intervention in the plenary '
            'session</li></ol>'
            '<p class="MsoNormal">Both have already filled in the online registration form. Rania&#8217;s short bio '
            'can be shared if needed.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Kind regards,</p>'
            '<p class="MsoNormal"><b>Dana Khoury</b><br>Communications Officer<br>Migrant Workers Legal Aid Centre '
            '(MWLAC)<br>Jabal Al Weibdeh, Amman &#8211; Jordan<br>T: +962 6 461 2290 | www.mwlac.example.org</p>'
            '</div></body></html>\n')
    body = alt(text, "_000_AM6PR08MB4421C3E07A9D51B6F2E4D0A8C9A20AM6PR08MB4421eurp_", html=html)
    m = mk(when, sent, "mail-am6eur05on2091.outbound.protection.outlook.example.com", "40.107.22.91",
           "4DTm2x1Qbfz7", "Dana Khoury <d.khoury@mwlac.example.org>",
           "Speakers - Regional Review Conference (MWLAC)", M01_ID, body,
           extra=outlook_rows("Speakers - Regional Review Conference (MWLAC)", "Adb4Q2n9hXk1c0RmT8e3PwaLq7Zs5A=="))
    aff = "Migrant Workers Legal Aid Centre (MWLAC)"
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Odeh", "Executive Director", aff, ["roundtable"], 2),
        sp("Suleiman Haddadin", "Senior Lawyer, Legal Unit", aff, ["plenary"])],
        notes="two speakers sent by the communications officer (not a speaker); the list names the organisation "
              "only by its acronym 'MWLAC', the full name is in the sender's signature: fullest form recorded; "
              "'Ms.'/'Mr.' dropped; second title written with its unit ('Senior Lawyer, Legal Unit', kept whole as "
              "dev 012); city line of the signature not part of the affiliation."))


def m02():
    # Kuwaiti research centre nominates its head of department as rapporteur; formal MSA, Outlook, base64
    when = at("2021-02-02 11:05:40")
    sent = sent_at(when, 3, 5)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية      المحترمين

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية، يسرّ المركز أن يرشّح أحد أعضاء هيئته البحثية للقيام بدور المقرر الذي يتولى عرض الرسائل الرئيسية لأصحاب المصلحة أمام المؤتمر، وذلك وفق البيانات التالية:

الاسم: د. فيصل عبد الله العنزي
الصفة: أستاذ مشارك ورئيس قسم علم الاجتماع
الجهة: مركز الخليج لدراسات العمالة الوافدة - الكويت

وقد سبق للدكتور فيصل أن شارك في المشاورات الوطنية الخاصة بالاتفاق العالمي عام ٢٠١٩.

وتفضلوا بقبول فائق الاحترام والتقدير،

مكتب مدير المركز
مركز الخليج لدراسات العمالة الوافدة
هاتف: ٢٢٥٥٠٠٠٠ (٩٦٥+)
"""
    body = alt(text, "_000_VI1PR0602MB3597E2B4C1D09F8A6B3C52E7A1C40VI1PR0602MB3597_", rtl=True, b64=True)
    subj = "ترشيح مقرر - المراجعة الإقليمية للاتفاق العالمي للهجرة"
    m = mk(when, sent, "mail-vi1eur06on0120.outbound.protection.outlook.example.com", "40.107.3.120",
           "4DV5Hq2Bn6z3", addr("مكتب مدير المركز", "director.office@gcslm.example.edu.kw"), hdr(subj),
           "<VI1PR0602MB3597E2B4C1D09F8A6B3C52E7A1C40@VI1PR0602MB3597.eurprd06.prod.outlook.example.com>", body,
           extra=outlook_rows(hdr(subj), "AQHW+T3k9m1Lx2p0QkOe7fYcR4b8aA==", lang="ar-KW"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فيصل عبد الله العنزي", "أستاذ مشارك ورئيس قسم علم الاجتماع", "مركز الخليج لدراسات العمالة الوافدة",
           ["rapporteur"])],
        notes="sent by the director's office (not the speaker); labelled lines; 'د.' dropped from the name; title "
              "written with its unit kept whole (dev 012); the country after the organisation ('- الكويت') is not "
              "part of the affiliation (dev 004/013); rapporteur described in words ('عرض الرسائل الرئيسية')."))


M03_ID = "<7c1e4b2a-93d0-4f55-b6e1-2a8d0c9e5f31@aam-maroc.example.ma>"


def m03():
    # Thunderbird, plain text format=flowed; name, title and organisation only in the signature
    when = at("2021-02-02 16:22:09")
    sent = sent_at(when, 1, 3)
    text = """Bonjour,

Suite à l'invitation reçue la semaine dernière par l'intermédiaire de la plateforme des associations, je souhaiterais intervenir lors de la table ronde n° 3 de la conférence des 24 et 25 février, notamment sur l'accès des personnes migrantes subsahariennes aux services de base et à la régularisation.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

-- 
Hind Benjelloun
Chargée de programme – Pôle Migration et Droits
Association Amal pour les Migrants (AAM)
Rabat – Maroc
+212 6 61 23 45 07
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.aam-maroc.example.ma", "41.214.160.22", "4DV6Qz5tJmz1",
           "Hind Benjelloun <h.benjelloun@aam-maroc.example.ma>",
           hdr("Demande d'intervention – table ronde 3", enc="Q"), M03_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("Content-Language", "fr")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hind Benjelloun", "Chargée de programme – Pôle Migration et Droits",
           "Association Amal pour les Migrants (AAM)", ["roundtable"], 3)],
        notes="the sender proposes herself in the first person ('je souhaiterais intervenir'); name, title and "
              "organisation only in the '-- ' signature; title written with its unit (kept whole, dev 012); acronym "
              "kept; 'Rabat – Maroc' is not part of the affiliation; format=flowed 8bit body. Her follow-up is "
              "h184-16."))


def m04():
    # confused by the Arabic letter's misprint; asks which date is right; no speaker named yet
    when = at("2021-02-03 10:18:33")
    sent = sent_at(when, 2, 4)
    text = """مساء الخير حضراتكم،

عندي استفسار بسيط بخصوص آخر موعد لإرسال أسماء المتحدثين. في خطاب الدعوة العربي مكتوب "يوم الجمعة ٢٣ فبراير ٢٠٢١"، لكن ٢٣ فبراير يوم تلات مش جمعة، وفي النسخة الإنجليزية اللي وصلت لزميلتي الموعد ٥ فبراير.
ياريت توضحوا لنا أنهي تاريخ هو الصح علشان نلحق نبعت اسم المتحدثة بتاعتنا في الوقت المناسب.

ولكم جزيل الشكر،
منة الله فؤاد
مسؤولة برامج - مؤسسة النيل لدعم اللاجئين والمهاجرين
القاهرة
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">' + "<br>".join(esc(x) for x in text.strip().split("\n")) + "</div></body></html>\n")
    body = alt(text, "00000000000072c4e605ba6f8d11", html=html, b64=True)
    subj = "استفسار عن موعد ترشيح المتحدثين"
    m = mk(when, sent, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DVVm31c8Xz2",
           addr("Menna Fouad", "menna.fouad.nile@gmail.example.com"), hdr(subj),
           "<CAH8x2=PqL4mVf0nWz7RtK9cYb1Ue6Sd3Jg5Ao2XiMw@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="question about the Arabic letter's misprinted speaker deadline ('الجمعة ٢٣ فبراير') versus the "
              "English 5 February; Egyptian colloquial; she mentions a future speaker ('المتحدثة بتاعتنا') but names "
              "nobody: not a speaker request. Latin display name, Arabic body."))


def m05():
    # collective report, Outlook with inline logo in multipart/related
    when = at("2021-02-03 13:40:00")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Au nom des onze associations membres de la Plateforme tunisienne des droits des migrants (PTDM), j'ai le plaisir de vous transmettre ci-joint notre rapport volontaire collectif dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) pour la région arabe.

Le rapport couvre la période 2019-2020 et porte principalement sur les objectifs 7, 15 et 21 du Pacte. Une version arabe est en cours de finalisation et vous sera adressée séparément si nécessaire.

Nous vous remercions de l'attention portée à cette contribution.

Bien à vous,

Sami Ferchichi
Coordinateur
Plateforme tunisienne des droits des migrants (PTDM)
Tunis
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div class="WordSection1">' + text2html(text.split("\n\nSami")[0]) +
            '<p class="MsoNormal"><img width="48" height="48" src="cid:image001.png@01D6FA21.5B7C3E90" '
            'alt="PTDM"><br><b>Sami Ferchichi</b><br>Coordinateur<br>Plateforme tunisienne des droits des migrants '
            '(PTDM)<br>Tunis</p></div></body></html>\n')
    related = multi("related", [alt(text, "_000_DB7PR02MB46110F3A2C5E8D9B7A40C1F6E8D10DB7PR02MB4611eurp_",
                                    html=html), logo("image001.png@01D6FA21.5B7C3E90")],
                    "_004_DB7PR02MB46110F3A2C5E8D9B7A40C1F6E8D10DB7PR02MB4611eurp_",
                    params=[("type", '"multipart/alternative"')])
    fname = "PTDM_Rapport_volontaire_examen_PMM_2021.pdf"
    rep = attach("application/pdf", report_pdf("Rapport volontaire collectif - examen regional du PMM",
                                               "Plateforme tunisienne des droits des migrants (PTDM)",
                                               ["Contexte national", "Objectif 7 - vulnerabilites",
                                                "Objectif 15 - acces aux services", "Objectif 21 - retour",
                                                "Recommandations"]), fname)
    body = multi("mixed", [related, rep], "_005_DB7PR02MB46110F3A2C5E8D9B7A40C1F6E8D10DB7PR02MB4611eurp_")
    subj = "Rapport volontaire PTDM – Examen régional PMM"
    m = mk(when, sent, "mail-db7eur02on0105.outbound.protection.outlook.example.com", "40.107.8.105",
           "4DVZ0f4Lw8z9", "Sami Ferchichi <coordination@ptdm.example.tn>", hdr(subj, enc="Q"),
           "<DB7PR02MB46110F3A2C5E8D9B7A40C1F6E8D10@DB7PR02MB4611.eurprd02.prod.outlook.example.com>", body,
           extra=outlook_rows(hdr(subj, enc="Q"), "AdcE7k0p2bN9xQ1sR3m5TfVw8yZh4g==", lang="fr-FR",
                              has_attach="yes"))
    add(5, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of eleven member associations; Outlook layout mixed > related > alternative; "
              "the inline signature logo image001.png is not part of the report; an Arabic version is only "
              "announced."))


M06_ID = "<CAKq4eG7nR2wZ9tLm0Pb8Xh1Vc5Dj3Yf6Ns2Ua7QoKe@mail.gmail.example.com>"


def m06():
    # report (DOCX) plus the sender herself for the open discussion, Gmail
    when = at("2021-02-04 09:12:45")
    sent = sent_at(when, 3, 9)
    text = """Hi,

Please find attached the voluntary GCM review report of our network, prepared with member groups in Qatar, Kuwait and Bahrain after a round of online consultations with domestic workers in December and January.

We would also like to request a speaking slot in the open discussion of the multi-stakeholder consultation on 23 February. I would speak myself:
Grace Achieng Otieno - Regional Coordinator, GDWSN

Thanks a lot and regards,
Grace

-- 
Grace Achieng Otieno | Regional Coordinator
Gulf Domestic Workers Solidarity Network (GDWSN)
Doha / Nairobi | +974 5512 0436
"""
    main_, sig = text.split("\n-- \n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="ltr">' + text2html(main_) + '<br clear="all"><div><br>-- <br><div dir="ltr" '
            'class="gmail_signature">' + sig_html(sig.strip().split("\n")) + "</div></div></div></body></html>\n")
    fname = "GDWSN_Voluntary_GCM_Review_2021.docx"
    doc = make_docx(["Gulf Domestic Workers Solidarity Network (GDWSN)",
                     "Voluntary review report - Global Compact for Migration - Arab region 2021",
                     "1. Methodology: online consultations with 140 domestic workers",
                     "2. Objective 6: recruitment fees and contract substitution",
                     "3. Objective 22: access to social protection", "4. Recommendations"])
    body = multi("mixed", [alt(text, "000000000000b8e0a405ba7c2f41", html=html),
                           attach(DOCX, doc, fname)], "000000000000b8e0a705ba7c2f43")
    m = mk(when, sent, "mail-ej1-f54.google.example.com", "209.85.218.54", "4DW1nT6Gxqz4",
           "Grace Otieno <grace.gdwsn@gmail.example.com>",
           "GDWSN voluntary report + request to speak (open discussion 23 Feb)", M06_ID, body)
    add(6, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Grace Achieng Otieno", "Regional Coordinator", "Gulf Domestic Workers Solidarity Network (GDWSN)",
           ["open_discussion"])],
        report_attachments=[fname],
        notes="both, on time (4 Feb): DOCX report plus the sender proposing herself; the request line gives only "
              "the acronym 'GDWSN', the signature gives the full name with acronym (recorded); display name is "
              "shorter than the full name ('Grace Otieno'); 'Doha / Nairobi' not part of the affiliation."))


M07_ID = "<PR1PR07MB5890A1D3B2E4C6F7089E5D4C3B2A1@PR1PR07MB5890.eurprd07.prod.outlook.example.com>"


def m07():
    # two speakers from an Algerian collective, formal administrative French, Outlook
    when = at("2021-02-04 17:55:02")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Faisant suite à votre lettre d'invitation, le Collectif algérien pour la mobilité et les droits (CAMD) a l'honneur de vous proposer les deux intervenants suivants pour la Conférence régionale d'examen des 24 et 25 février 2021 :

- Mme Samia Kaci, Présidente du CAMD, pour une intervention en session plénière ;
- M. Lyes Ouali, Chargé de plaidoyer, pour une intervention dans la table ronde thématique n°1.

Nous vous saurions gré de bien vouloir nous confirmer la bonne réception de la présente.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le Secrétariat du CAMD
Collectif algérien pour la mobilité et les droits
Alger
"""
    body = alt(text, "_000_PR1PR07MB5890A1D3B2E4C6F7089E5D4C3B2A1PR1PR07MB5890eurp_")
    subj = "Proposition d'intervenants – CAMD"
    m = mk(when, sent, "mail-pr1eur07on0131.outbound.protection.outlook.example.com", "40.107.14.131",
           "4DWF3c0yNrz6", addr("Secrétariat CAMD", "secretariat@camd-dz.example.org", enc="Q"),
           hdr(subj, enc="Q"), M07_ID, body,
           extra=outlook_rows(hdr(subj, enc="Q"), "AdcFGt7m2Kx0bQ9nPzR1sW4eVh8uYw==", lang="fr-FR"))
    aff = "Collectif algérien pour la mobilité et les droits (CAMD)"
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Samia Kaci", "Présidente", aff, ["plenary"]),
        sp("Lyes Ouali", "Chargé de plaidoyer", aff, ["roundtable"], 1)],
        notes="two speakers in a dashed list, sent by the organisation's secretariat (no person named as sender); "
              "'Mme'/'M.' dropped; 'Présidente du CAMD' recorded as title 'Présidente' (the 'du CAMD' is the "
              "affiliation); full name with acronym from the first paragraph; 'Alger' not part of the affiliation. "
              "The second speaker is replaced in h184-17."))


def m08():
    # Lebanese association: Arabic-named PDF report + a roundtable speaker, both on time (5 Feb)
    when = at("2021-02-05 12:30:18")
    sent = sent_at(when, 2, 7)
    text = """حضرات أمانة المراجعة الإقليمية المحترمين،

تحية طيبة،

مرفق طيّه التقرير الطوعي لجمعية دروب للتنمية والهجرة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في لبنان، ويتناول بشكل خاص أوضاع العاملات في الخدمة المنزلية ونظام الكفالة بعد انفجار مرفأ بيروت.

كما نرغب في ترشيح السيدة ريم الحسيني، منسقة المشاريع في الجمعية، لمداخلة في الطاولة المستديرة الرابعة خلال المؤتمر يومي ٢٤ و٢٥ شباط.

مع الشكر والتقدير،

جورج نصّار
المدير التنفيذي
جمعية دروب للتنمية والهجرة
بيروت - لبنان
"""
    fname = "تقرير جمعية دروب - المراجعة الطوعية 2021.pdf"
    rep = attach("application/pdf", report_pdf("Voluntary GCM review report - Lebanon (Arabic original)",
                                               "Droub Association for Development and Migration",
                                               ["Kafala and domestic workers", "After the Beirut port explosion",
                                                "Access to justice", "Recommendations"]), fname)
    body = multi("mixed", [alt(text, "_000_HE1PR0301MB2284F0E1D2C3B4A5968778695A4B3HE1PR0301MB2284_", rtl=True,
                               b64=True), rep],
                 "_004_HE1PR0301MB2284F0E1D2C3B4A5968778695A4B3HE1PR0301MB2284_")
    subj = "التقرير الطوعي وترشيح متحدثة - جمعية دروب"
    m = mk(when, sent, "mail-he1eur03on0093.outbound.protection.outlook.example.com", "40.107.13.93",
           "4DWXy83pHfz2", addr("George Nassar", "g.nassar@droub.example.org.lb"), hdr(subj),
           "<HE1PR0301MB2284F0E1D2C3B4A5968778695A4B3@HE1PR0301MB2284.eurprd03.prod.outlook.example.com>", body,
           extra=outlook_rows(hdr(subj), "AdcFz0Q9bLm4Xk2nRt7pWv1eYs3hGA==", lang="ar-LB", has_attach="yes"))
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم الحسيني", "منسقة المشاريع", "جمعية دروب للتنمية والهجرة", ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both, each part on time (5 February, speaker deadline day); the speaker is not the sender and her "
              "affiliation is given by reference ('في الجمعية'): the organisation named in the first sentence; "
              "'السيدة' dropped; roundtable as an ordinal word ('الرابعة'); Arabic PDF name (RFC 2231 + RFC 2047)."))


def m09():
    # iPhone, very late on 5 Feb Beirut time while the Date header already says 6 Feb (+0300)
    when = at("2021-02-05 23:41:07")
    sent = sent_at(when, 3, 11)
    text = """Dear team,

Sorry for the late hour. Please register Dr. Ahmed Yousif, Chair of the Board, Sudan Migration Research Centre, for a floor intervention in the plenary.

And myself for the open discussion on 23 Feb: Nadia Osman, Research Associate at the same centre.

Many thanks
Nadia

Sent from my iPhone
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "mail-pg1-f180.google.example.com", "209.85.215.180", "4DWnV21kQ0z5",
           "Nadia Osman <nadia.osman.smrc@gmail.example.com>", "Speakers - SMRC",
           "<5E2A7C1B-9D34-4F8E-A6B0-3C71D2E9F804@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    aff = "Sudan Migration Research Centre"
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ahmed Yousif", "Chair of the Board", aff, ["plenary"]),
        sp("Nadia Osman", "Research Associate", aff, ["open_discussion"])],
        notes="edge: Date header is Sat 6 Feb 00:40 +0300 but the server received it at 23:41 on 5 February "
              "Beirut time: on time. iPhone plain text, two speakers in prose; the second is the sender, whose "
              "affiliation is only 'the same centre' (recorded as the centre named before); 'Dr.' dropped; the "
              "subject's acronym 'SMRC' never appears beside the full name, so it is not added."))


M10_ID = "<1612598570.382914.1094@mail.hadramout-hdf.example.org>"


def m10():
    # late (6 Feb), relying on the Arabic letter's misprinted date; HTML-only, formal Gulf Arabic
    when = at("2021-02-06 10:02:55")
    sent = sent_at(when, 3, 6)
    inner = """<p>السلام عليكم ورحمة الله وبركاته</p>
<p>الإخوة الأفاضل في أمانة المراجعة الإقليمية حفظهم الله،</p>
<p>إشارةً إلى خطاب الدعوة الذي حدّد <b>يوم الجمعة ٢٣ فبراير ٢٠٢١</b> آخر موعد لاستقبال طلبات المشاركة بالكلمة، يسرّنا ترشيح ممثل عن مؤسستنا للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة، وفق البيانات الآتية:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>الاسم</td><td>الأستاذ/ محمد صالح باعباد</td></tr>
<tr><td>الصفة</td><td>نائب رئيس مجلس الأمناء</td></tr>
<tr><td>الجهة</td><td>مؤسسة حضرموت للتنمية الإنسانية - المكلا</td></tr>
</table>
<p>شاكرين لكم حسن تعاونكم.</p>
<p>عبد الرحمن بن شملان<br>رئيس المؤسسة</p>"""
    body = html_only(inner, rtl=True, lang="ar", newlines=True)
    subj = "ترشيح للمشاركة في النقاش المفتوح"
    m = mk(when, sent, "mail.hadramout-hdf.example.org", "185.80.143.12", "4DX9Lk5Wc2z8",
           addr("مؤسسة حضرموت للتنمية الإنسانية", "info@hadramout-hdf.example.org"), hdr(subj), M10_ID, body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("محمد صالح باعباد", "نائب رئيس مجلس الأمناء", "مؤسسة حضرموت للتنمية الإنسانية", ["open_discussion"])],
        notes="LATE (6 February): the sender relies on the Arabic letter's misprinted deadline ('الجمعة ٢٣ فبراير') "
              "and believes he is on time; the English/French date (5 February) stands. HTML-only, labelled HTML "
              "table; 'الأستاذ/' is an honorific, dropped; city ('- المكلا') not part of the affiliation; the "
              "signing president is not the speaker. The From display name (the organisation) is long enough to be "
              "folded into two RFC 2047 encoded-words (policy.default may leave a stray space between them). "
              "An auto-reply to its acknowledgement follows (h184-11)."))


def m11():
    # Exchange out-of-office of a colleague who receives a copy of the acknowledgement of h184-10
    when = at("2021-02-06 10:03:58")
    sent = sent_at(when, 3, 2)
    text = """شكراً لتواصلكم مع مؤسسة حضرموت للتنمية الإنسانية.
مكاتب المؤسسة مغلقة حتى يوم الأحد ١٤ فبراير ٢٠٢١، وسيتم الرد على رسالتكم فور عودة الفريق. للحالات الطارئة يرجى الاتصال على الرقم ٧٧٧٠٠٠١٢٣ (٩٦٧+).

Thank you for contacting Hadramout Foundation for Human Development. Our offices are closed until Sunday 14 February 2021; your message will be answered when the team is back.
"""
    body = alt(text, "_000_auto_reply_HDF_1612598638_", rtl=True, b64=True)
    ack_id = "<ack.4DX9Lk5Wc2z8@gcmrrarabstates.iom.int>"
    subj = "رد تلقائي: تم استلام طلبكم - ترشيح للمشاركة في النقاش المفتوح"
    rows = std_rows(when, "mail.hadramout-hdf.example.org", "185.80.143.12", "4DX9Mn0Ttbz3",
                    addr("مؤسسة حضرموت", "info@hadramout-hdf.example.org"), hdr(subj), rfcdate(sent),
                    "<1612598636.401127.2231@mail.hadramout-hdf.example.org>",
                    to="GCM Regional Review Arab States <gcmrrarabstates@iom.int>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("Precedence", "auto_reply")], ret="")
    rows = [(k, "<>" if (k == "Return-Path") else v) for k, v in rows]
    rows += [("In-Reply-To", ack_id), ("References", ack_id)]
    add(11, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="bilingual Arabic/English 'office closed' autoresponder of the mailbox that sent h184-10, answering "
              "our acknowledgement one minute later; Auto-Submitted: auto-replied, X-Auto-Response-Suppress, Precedence auto_reply, "
              "null Return-Path; subject 'رد تلقائي:' on the acknowledgement subject. Never acknowledge (loop)."))


M12_ID = "<DM6PR11MB4107B3C2A1F0E9D8C7B6A5F4E3D21@DM6PR11MB4107.namprd11.prod.outlook.example.com>"


def m12():
    # late (7 Feb) and says so; two roundtables in order of preference; Reply-To misspelt (see the bounce h184-13)
    when = at("2021-02-07 19:20:30")
    sent = sent_at(when, 3, 8)
    text = """Dear Colleagues,

We realise that the 5 February deadline has passed - our office only received the invitation through a partner union this week - but we would be grateful if you could still consider our request.

The Gulf Federation of Migrant Workers' Unions (GFMWU) would like to propose Mr. Ravi Shankar Pillai, Head of the International Relations Department, to take the floor in Roundtable 3 or, if that one is full, Roundtable 4. Brother Ravi has coordinated our wage-protection campaign in Bahrain and Kuwait since 2017.

Please send any correspondence to our international relations desk (in copy).

In solidarity,

Fatima Al-Sayed
General Secretary
GFMWU
Manama, Bahrain
"""
    body = alt(text, "_000_DM6PR11MB4107B3C2A1F0E9D8C7B6A5F4E3D21DM6PR11MB4107namp_")
    m = mk(when, sent, "mail-dm6nam11on2112.outbound.protection.outlook.example.com", "40.107.223.112",
           "4DYL7n2Sx5z1", "Fatima Al-Sayed <gensec@gfmwu.example.org>",
           "Late request - speaker for thematic roundtable (GFMWU)", M12_ID, body,
           cc="GFMWU International Relations <intl.relatons@gfmwu.example.org>",
           extra=[("Reply-To", "intl.relatons@gfmwu.example.org")]
           + outlook_rows("Late request - speaker for thematic roundtable (GFMWU)",
                          "AQHW/Xc8rL1m0bNq2Kz9Tf3eYw5hGg==", lang="en-GB"))
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ravi Shankar Pillai", "Head of the International Relations Department",
           "Gulf Federation of Migrant Workers' Unions (GFMWU)", ["roundtable"], 3)],
        notes="LATE (7 February) and says so; roundtable '3 or, if that one is full, 4': first choice 3; trade-union "
              "style ('Brother Ravi', 'In solidarity'); 'Mr.' dropped; title with its department kept whole; the "
              "General Secretary signing is not the speaker. Reply-To (misspelt 'relatons') differs from From: the "
              "acknowledgement to it bounces (h184-13)."))


def m13():
    # Postfix DSN: the acknowledgement of h184-12 sent to its misspelt Reply-To
    when = at("2021-02-07 19:21:41")
    text = POSTFIX_NOTICE + """
<intl.relatons@gfmwu.example.org>: host mx.gfmwu.example.org[196.29.12.40]
    said: 550 5.1.1 <intl.relatons@gfmwu.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DYL8c4Wq9z7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; intl.relatons@gfmwu.example.org\n"
           "Original-Recipient: rfc822;intl.relatons@gfmwu.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.gfmwu.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <intl.relatons@gfmwu.example.org>: Recipient\n"
           "    address rejected: User unknown in virtual mailbox table\n"
           % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: intl.relatons@gfmwu.example.org\n"
            "Subject: Acknowledgement of receipt - Late request - speaker for thematic roundtable (GFMWU)\n"
            "Date: %s\n"
            "Message-ID: <ack.4DYL7n2Sx5z1@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=4)), M12_ID))
    body = dsn_report(text, dsn, hdrs, "4DYL8c4Wq9z7.1612718501/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DYL8f0Hk3z2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210207172141.4DYL8f0Hk3z2@mx1.iom.int>")]
    add(13, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN from the mailbox's own MTA, permanent failure 5.1.1 (user unknown) for the "
              "acknowledgement sent to the misspelt Reply-To of h184-12; only the returned headers, whose "
              "In-Reply-To names h184-12. Never acknowledge; the secretariat may write to the From address."))


def m14():
    # Mauritanian network, Yahoo: report (PDF, on time) + rapporteur (late) in one message
    when = at("2021-02-08 08:58:14")
    sent = sent_at(when, 0, 9)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Réseau mauritanien pour la migration et le développement (REMMID) sur la mise en oeuvre du Pacte mondial en Mauritanie, notamment sur la situation des migrants en transit à Nouadhibou.

Par ailleurs, nous savons que le délai pour les demandes d'intervention est dépassé, mais le REMMID souhaiterait que son Secrétaire exécutif, M. Sidi Mohamed Ould Ahmedou, puisse assurer le rôle de rapporteur pour présenter les messages clés des parties prenantes, s'il reste une possibilité.

Cordialement,

Aminetou Mint Sidi
Chargée de communication
REMMID - Nouakchott
"""
    fname = "REMMID_rapport_volontaire_PMM_2021.pdf"
    rep = attach("application/pdf", report_pdf("Rapport volontaire - Pacte mondial pour les migrations",
                                               "Reseau mauritanien pour la migration et le developpement (REMMID)",
                                               ["Migrants en transit a Nouadhibou", "Acces aux documents",
                                                "Retours et reintegration", "Recommandations"]), fname)
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + text2html(text) + '</div></body></html>\n')
    body = multi("mixed", [alt(text, "----=_Part_2281904_1457392016.1612767484012", html=html), rep],
                 "----=_Part_2281903_1066851734.1612767484011")
    subj = "Rapport volontaire REMMID + proposition de rapporteur"
    m = mk(when, sent, "sonic312-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.148", "4DYp1g3Vm8z4",
           "Aminetou Mint Sidi <aminetou.remmid@yahoo.example.fr>", subj,
           "<1480276593.2281905.1612767484013@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(14, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Sidi Mohamed Ould Ahmedou", "Secrétaire exécutif",
           "Réseau mauritanien pour la migration et le développement (REMMID)", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, received 8 February: the report part is on time, the speaker part is late and the sender "
              "says so, so on_time is false; speaker described in prose ('son Secrétaire exécutif, M. ...'), not "
              "the sender; rapporteur described in words; 'Nouakchott' not part of the affiliation. Sender types "
              "'oe' for 'œ'."))


M15_ID = "<BYAPR04MB5432D1E2F3A4B5C6D7E8F9A0B1C2D@BYAPR04MB5432.namprd04.prod.outlook.example.com>"


def m15():
    # research centre report, Outlook; revised later (h184-21)
    when = at("2021-02-08 14:33:41")
    sent = sent_at(when, 2, 5)
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Arab Centre for Labour Migration Policy (ACLMP). The report reviews progress on Objectives 5, 6 and 18 in Jordan, Lebanon and Egypt, drawing on our 2020 survey of 1,200 returning and outgoing workers.

We would be happy to answer any questions the Secretariat may have.

With best regards,

Omar Nasser, PhD
Director of Research
Arab Centre for Labour Migration Policy (ACLMP)
Amman | Beirut | Cairo
"""
    fname = "ACLMP_GCM_Voluntary_Review_Report.pdf"
    rep = attach("application/pdf", report_pdf("Voluntary GCM Review Report",
                                               "Arab Centre for Labour Migration Policy (ACLMP)",
                                               ["Objective 5 - regular pathways", "Objective 6 - fair recruitment",
                                                "Objective 18 - skills recognition", "Table 3 - survey results",
                                                "Recommendations"]), fname)
    related = multi("related", [alt(text, "_000_BYAPR04MB5432D1E2F3A4B5C6D7E8F9A0B1C2DBYAPR04MB5432namp_"),
                                logo("image001.png@01D6FE0B.7A3C1D20", (150, 30, 40))],
                    "_004_BYAPR04MB5432D1E2F3A4B5C6D7E8F9A0B1C2DBYAPR04MB5432namp_",
                    params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [related, rep], "_005_BYAPR04MB5432D1E2F3A4B5C6D7E8F9A0B1C2DBYAPR04MB5432namp_")
    subj = "ACLMP - Voluntary GCM Review Report"
    m = mk(when, sent, "mail-by2nam04on0710.outbound.protection.outlook.example.com", "40.107.94.71",
           "4DYyQ03mTrz9", "Omar Nasser <o.nasser@aclmp.example.org>", subj, M15_ID, body,
           extra=outlook_rows(subj, "AdcGFn3Kq8bZ0mWx1Tr4pYv7eS2hLA==", has_attach="yes"))
    add(15, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="plain case: PDF report with an inline logo decoy (image001.png in multipart/related); the "
              "signature's 'Director of Research' is not a speaker request. Replaced by a corrected version "
              "(h184-21)."))


def m16():
    # Thunderbird follow-up to her own h184-03: did you receive it? ('>'-quoted original)
    when = at("2021-02-09 11:47:20")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Je me permets de revenir vers vous au sujet de ma demande d'intervention ci-dessous, envoyée le 2 février. Je n'ai reçu aucun accusé de réception (j'ai vérifié mes courriers indésirables) : pourriez-vous me confirmer qu'elle a bien été enregistrée ?

Merci d'avance,
Hind Benjelloun

Le 02/02/2021 à 15:22, Hind Benjelloun a écrit :
> Bonjour,
>
> Suite à l'invitation reçue la semaine dernière par l'intermédiaire de la plateforme des associations, je souhaiterais intervenir lors de la table ronde n° 3 de la conférence des 24 et 25 février, notamment sur l'accès des personnes migrantes subsahariennes aux services de base et à la régularisation.
>
> Je reste à votre disposition pour tout complément d'information.
>
> Bien cordialement,
>
> -- 
> Hind Benjelloun
> Chargée de programme – Pôle Migration et Droits
> Association Amal pour les Migrants (AAM)
> Rabat – Maroc

-- 
Hind Benjelloun
Chargée de programme – Pôle Migration et Droits
Association Amal pour les Migrants (AAM)
Rabat – Maroc
+212 6 61 23 45 07
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.aam-maroc.example.ma", "41.214.160.22", "4DZHd71rWqz5",
           "Hind Benjelloun <h.benjelloun@aam-maroc.example.ma>",
           hdr("Re: Demande d'intervention – table ronde 3", enc="Q"),
           "<b39d2f70-1a4c-4e8b-9f25-6c0e7d1a8b42@aam-maroc.example.ma>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID),
                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.1"), ("Content-Language", "fr")])
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h184-03.eml",
        notes="follow-up to her own request h184-03 (In-Reply-To set), asking whether it was received: the new text "
              "is a question, not a new or changed request, although the '>'-quoted original still holds the "
              "whole request and her signature; received after the speaker deadline but nothing new is submitted."))


def m17():
    # replacement of the second speaker of h184-07; Outlook reply, original quoted without '>'
    when = at("2021-02-09 16:05:05")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Pour des raisons de santé, M. Lyes Ouali ne pourra malheureusement pas participer à la conférence. Le CAMD souhaite proposer à sa place Mme Amel Rahmani, Juriste au sein du Collectif, pour la même table ronde.

L'intervention de notre Présidente en session plénière reste inchangée.

Avec nos remerciements et nos excuses pour ce changement tardif,

Le Secrétariat du CAMD
Collectif algérien pour la mobilité et les droits (CAMD)
Alger

________________________________
De : Secrétariat CAMD <secretariat@camd-dz.example.org>
Envoyé : jeudi 4 février 2021 16:54
À : gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Objet : Proposition d'intervenants – CAMD

Madame, Monsieur,

Faisant suite à votre lettre d'invitation, le Collectif algérien pour la mobilité et les droits (CAMD) a l'honneur de vous proposer les deux intervenants suivants pour la Conférence régionale d'examen des 24 et 25 février 2021 :

- Mme Samia Kaci, Présidente du CAMD, pour une intervention en session plénière ;
- M. Lyes Ouali, Chargé de plaidoyer, pour une intervention dans la table ronde thématique n°1.

Nous vous saurions gré de bien vouloir nous confirmer la bonne réception de la présente.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le Secrétariat du CAMD
"""
    body = alt(text, "_000_PR1PR07MB58907E6D5C4B3A2918F0E1D2C3B4APR1PR07MB5890eurp_")
    subj = "RE: Proposition d'intervenants – CAMD"
    m = mk(when, sent, "mail-pr1eur07on0131.outbound.protection.outlook.example.com", "40.107.14.131",
           "4DZR0x6Hbcz2", addr("Secrétariat CAMD", "secretariat@camd-dz.example.org", enc="Q"),
           hdr(subj, enc="Q"),
           "<PR1PR07MB58907E6D5C4B3A2918F0E1D2C3B4A@PR1PR07MB5890.eurprd07.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M07_ID), ("References", M07_ID)]
           + outlook_rows(hdr("Proposition d'intervenants – CAMD", enc="Q"),
                          "AdcFGt7m2Kx0bQ9nPzR1sW4eVh8uYwDCqf9Q", lang="fr-FR"))
    add(17, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of="h184-07.eml", speakers=[
            sp("Amel Rahmani", "Juriste", "Collectif algérien pour la mobilité et les droits (CAMD)",
               ["roundtable"], 1)],
        notes="replaces the second speaker of h184-07 (In-Reply-To set): only the new speaker is recorded; the "
              "roundtable is given by reference ('la même table ronde' = n°1 of the quoted original, which still "
              "holds both old speakers); the unchanged plenary speaker is not re-proposed. Received 9 February, "
              "after the speaker deadline, so on_time false although the original was on time (as dev 053 for "
              "reports). 'Mme' dropped; 'Juriste au sein du Collectif' -> title 'Juriste'."))


M18_ID = "<CAF3kPz9Lq1Wm7Rt0Yb4Xe8Vn2Hc5Js6Dg1Uo9NiAw@mail.gmail.example.com>"
M18_TEXT = """السلام عليكم،

مرفق لكم التقرير الطوعي لملتقى الأردن لحقوق العمال الوافدين حول تنفيذ الاتفاق العالمي للهجرة، ويركّز على عمال الزراعة والعاملات في المنازل خلال فترة الإغلاق.

نرجو التكرم بتأكيد الاستلام.

مع الاحترام،
ليلى الزعبي
منسقة البرامج
ملتقى الأردن لحقوق العمال الوافدين
"""


def m18():
    # "attached" but nothing attached (Gmail): the file follows 11 minutes later (h184-19)
    when = at("2021-02-10 10:30:00")
    sent = sent_at(when, 2, 5)
    body = alt(M18_TEXT, "000000000000e1a7c905baf0c3d2", rtl=True, b64=True)
    subj = "التقرير الطوعي - ملتقى الأردن لحقوق العمال الوافدين"
    m = mk(when, sent, "mail-wm1-f53.google.example.com", "209.85.128.53", "4DZpX54Nvbz6",
           addr("Layla Al-Zoubi", "layla.zoubi.jfmwr@gmail.example.com"), hdr(subj), M18_ID, body)
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="says the report is attached ('مرفق لكم التقرير') but nothing is attached and the report is not in the "
              "body: a report submission with nothing to file (report_attachments empty; flag for the "
              "secretariat); the file arrives 11 minutes later in h184-19."))


def m19():
    # the forgotten attachment, replying to h184-18
    when = at("2021-02-10 10:41:12")
    sent = sent_at(when, 2, 6)
    text = """عذراً، نسيت إرفاق الملف في الرسالة السابقة. التقرير مرفق هنا.

ليلى

في الأربعاء، ١٠ فبراير ٢٠٢١ في ١٠:٢٩ ص، كتب Layla Al-Zoubi <layla.zoubi.jfmwr@gmail.example.com>:
""" + "".join("> " + x + "\n" if x else ">\n" for x in M18_TEXT.strip("\n").split("\n"))
    fname = "التقرير الطوعي - ملتقى الأردن لحقوق العمال الوافدين.docx"
    doc = make_docx(["ملتقى الأردن لحقوق العمال الوافدين", "التقرير الطوعي - الاتفاق العالمي للهجرة 2021",
                     "أولاً: عمال الزراعة في الأغوار", "ثانياً: العاملات في المنازل خلال الإغلاق", "ثالثاً: التوصيات"])
    rep = leaf(DOCX, doc, cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp='attachment; filename="%s"' % b_word(fname),
               extra=[("Content-ID", "<f_kkz3q1m70>"), ("X-Attachment-Id", "f_kkz3q1m70")])
    body = multi("mixed", [alt(text, "000000000000a4f2d305baf0eb17", rtl=True, b64=True), rep],
                 "000000000000a4f2d505baf0eb19")
    m = mk(when, sent, "mail-wm1-f53.google.example.com", "209.85.128.53", "4DZpmQ0Lgfz1",
           addr("Layla Al-Zoubi", "layla.zoubi.jfmwr@gmail.example.com"),
           re_hdr("Re: ", "التقرير الطوعي - ملتقى الأردن لحقوق العمال الوافدين"),
           "<CAF3kPz9Lq1Wm7Rt0Yb4Xe8Vn2Hc5Js6Dg1Uo9NiAw+r1@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M18_ID), ("References", M18_ID)])
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of="h184-18.eml", report_attachments=[fname],
        notes="the forgotten attachment of h184-18, as a Gmail reply (In-Reply-To set) quoting the first message; "
              "Arabic DOCX name RFC 2047-encoded inside the quoted filename/name parameters (Gmail style); Gmail "
              "Arabic quote header with Arabic-Indic digits."))


def m20():
    # thank-you reply to the acknowledgement of h184-01: nothing new, do not acknowledge
    when = at("2021-02-11 12:12:12")
    sent = sent_at(when, 2, 5)
    ack_id = "<ack.4DTm2x1Qbfz7@gcmrrarabstates.iom.int>"
    text = """Well received, many thanks!

Best,
Dana

Dana Khoury
Communications Officer
Migrant Workers Legal Aid Centre (MWLAC)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, 1 February 2021 09:48
To: Dana Khoury <d.khoury@mwlac.example.org>
Subject: Acknowledgement of receipt - Speakers - Regional Review Conference (MWLAC)

Dear Dana Khoury,

Thank you for your message. Your request for speaking roles at the Regional Review of the Global Compact for Migration in the Arab region has been registered:
- Rania Odeh (Roundtable 2)
- Suleiman Haddadin (plenary)

The Secretariat will come back to you with further details.

GCM Regional Review Secretariat
"""
    body = alt(text, "_000_AM6PR08MB4421F9E8D7C6B5A4E3D2C1B0A9F88AM6PR08MB4421eurp_")
    subj = "RE: Acknowledgement of receipt - Speakers - Regional Review Conference (MWLAC)"
    m = mk(when, sent, "mail-am6eur05on2091.outbound.protection.outlook.example.com", "40.107.22.91",
           "4Db9Tg2Yxmz3", "Dana Khoury <d.khoury@mwlac.example.org>", subj,
           "<AM6PR08MB4421F9E8D7C6B5A4E3D2C1B0A9F88@AM6PR08MB4421.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M01_ID, ack_id))]
           + outlook_rows("Acknowledgement of receipt - Speakers - Regional Review Conference (MWLAC)",
                          "AQHW+Aq0Lm9bXc2Rz1Nt8eYp4Wf7hGAB"))
    add(20, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h184-01.eml",
        notes="a thank-you reply to our acknowledgement of h184-01 (References name h184-01): adds nothing new, so "
              "no acknowledgement (LABELS.md); the quoted acknowledgement lists the speakers and roles again but "
              "they are not a new request. Sent ten days later."))


def m21():
    # corrected report replacing h184-15, Outlook reply with the original quoted
    when = at("2021-02-12 09:20:44")
    sent = sent_at(when, 2, 7)
    text = """Dear Secretariat,

Further to my message below, please find attached a corrected version of our report. Two figures in Table 3 (recruitment fees paid by Egyptian workers) were transposed in the first version. Kindly replace the earlier file with this one; the rest of the report is unchanged.

Apologies for the inconvenience.

Best regards,
Omar

Omar Nasser, PhD
Director of Research
Arab Centre for Labour Migration Policy (ACLMP)

From: Omar Nasser <o.nasser@aclmp.example.org>
Sent: Monday, February 8, 2021 2:33 PM
To: gcmrrarabstates@iom.int
Subject: ACLMP - Voluntary GCM Review Report

Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Arab Centre for Labour Migration Policy (ACLMP). The report reviews progress on Objectives 5, 6 and 18 in Jordan, Lebanon and Egypt, drawing on our 2020 survey of 1,200 returning and outgoing workers.
"""
    fname = "ACLMP_GCM_Voluntary_Review_Report_v2_corrected.pdf"
    rep = attach("application/pdf", report_pdf("Voluntary GCM Review Report (corrected version, 12 Feb 2021)",
                                               "Arab Centre for Labour Migration Policy (ACLMP)",
                                               ["Objective 5 - regular pathways", "Objective 6 - fair recruitment",
                                                "Objective 18 - skills recognition",
                                                "Table 3 - survey results (corrected)", "Recommendations"]), fname)
    body = multi("mixed", [alt(text, "_000_BYAPR04MB5432A9B8C7D6E5F4A3B2C1D0E9F8ABYAPR04MB5432namp_"), rep],
                 "_004_BYAPR04MB5432A9B8C7D6E5F4A3B2C1D0E9F8ABYAPR04MB5432namp_")
    subj = "RE: ACLMP - Voluntary GCM Review Report"
    m = mk(when, sent, "mail-by2nam04on0710.outbound.protection.outlook.example.com", "40.107.94.71",
           "4DbWc51Pkrz8", "Omar Nasser <o.nasser@aclmp.example.org>", subj,
           "<BYAPR04MB5432A9B8C7D6E5F4A3B2C1D0E9F8A@BYAPR04MB5432.namprd04.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID)]
           + outlook_rows("ACLMP - Voluntary GCM Review Report", "AdcGFn3Kq8bZ0mWx1Tr4pYv7eS2hLAC1mQ3b",
                          has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of="h184-15.eml", report_attachments=[fname],
        notes="corrected version replacing h184-15 (In-Reply-To set), on time (12 February); the quoted original "
              "is not '>'-prefixed; the new file supersedes the old one."))


def m22():
    # Lebanese research centre, Roundcube, ISO-8859-1 plain text; DOCX name with accents (RFC 2231 continuations)
    when = at("2021-02-13 11:00:03")
    sent = sent_at(when, 2, 4)
    text = """Madame, Monsieur,

Le Centre libanais d'études sur les migrations (CLEM) a l'honneur de vous adresser, en pièce jointe, sa contribution volontaire à l'examen régional du Pacte mondial sur les migrations pour la région arabe.

Cette contribution porte sur le retour et la réintégration des travailleurs libanais du Golfe depuis la crise financière de 2019, ainsi que sur la situation des travailleuses domestiques migrantes au Liban.

Restant à votre disposition pour tout échange,

Dr Joëlle Abi Nader
Directrice
CLEM - Centre libanais d'études sur les migrations
Beyrouth
"""
    fname = "CLEM - Contribution à l'examen régional du PMM.docx"
    doc = make_docx(["Centre libanais d'etudes sur les migrations (CLEM)",
                     "Contribution volontaire - examen regional du PMM, region arabe, fevrier 2021",
                     "1. Retour des travailleurs libanais du Golfe", "2. Travailleuses domestiques migrantes",
                     "3. Recommandations"])
    cont = rfc2231_cont("filename", fname)
    rep = leaf(DOCX, doc, cte="base64", params=[("name", '"CLEM - Contribution a l\'examen regional du PMM.docx"')],
               disp="attachment;\r\n " + ";\r\n ".join(cont))
    body = multi("mixed", [leaf("text/plain", flowed(text), "iso-8859-1", "quoted-printable", params=[("format", "flowed")]),
                           rep], "=_8f1d2c7e4a0b93d65e1f0a2b7c4d9e31")
    m = mk(when, sent, "webmail.clem-liban.example.org", "194.126.18.77", "4DbyF73qZsz4",
           addr("Joëlle Abi Nader", "j.abinader@clem-liban.example.org", charset="iso-8859-1", enc="Q"),
           hdr("Contribution volontaire du CLEM - Examen régional PMM", "iso-8859-1", "Q"),
           "<6c0e1b7d9a2f4e83b5d1c9a07f2e6b48@clem-liban.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="called 'contribution volontaire', not 'rapport'; Roundcube, ISO-8859-1 quoted-printable body; DOCX "
              "name with accents as RFC 2231 continuations (filename*0*/filename*1*) while the name= parameter is "
              "an ASCII-folded variant: the decoded filename is recorded; RFC 2047 ISO-8859-1 display name."))


def m23():
    # Iraqi NGO, late (14 Feb), misprint-confused, two speakers pasted from the registration form
    when = at("2021-02-14 20:15:37")
    sent = sent_at(when, 3, 9)
    text = """هلو، مساء الخير

اعتذر على التأخير، الدعوة ما وصلتنا الا قبل كم يوم عن طريق شبكة المنظمات، وبالدعوة العربية مكتوب آخر موعد يوم الجمعة ٢٣ شباط فگلنا بعد عدنا وقت 🙂
هاي بيانات المتحدثين مثل ما عبيناها بالفورم:

---------------------------------
الاسم الكامل: زينب حسن الموسوي
المسمى الوظيفي: مديرة البرامج
المنظمة: منظمة بيت السلام للإغاثة والتنمية
البلد: العراق
المشاركة المطلوبة: النقاش المفتوح (٢٣ شباط)
---------------------------------
الاسم الكامل: علي كاظم الجبوري
المسمى الوظيفي:
المنظمة: منظمة بيت السلام للإغاثة والتنمية
البلد: العراق
المشاركة المطلوبة: مداخلة بالطاولة المستديرة ٢
---------------------------------

تحياتي
حيدر
بيت السلام - بغداد
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">' + "<br>".join(esc(x) for x in text.strip().split("\n")) + "</div></body></html>\n")
    body = alt(text, "--_com.samsung.android.email_1613326528194721", html=html, b64=True)
    m = mk(when, sent, "mail-ed1-f65.google.example.com", "209.85.208.65", "4DcPh21TkXz6",
           addr("حيدر بيت السلام", "baitalsalam.iq@gmail.example.com"), hdr("متحدثين - بيت السلام"),
           "<d7t1q8hk9w2m4xz0-samsung@gmail.example.com>", body, extra=[("X-Mailer", "Samsung Email")])
    aff = "منظمة بيت السلام للإغاثة والتنمية"
    add(23, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("زينب حسن الموسوي", "مديرة البرامج", aff, ["open_discussion"]),
        sp("علي كاظم الجبوري", None, aff, ["roundtable"], 2)],
        notes="LATE (14 February): the sender relies on the Arabic letter's misprinted date ('الجمعة ٢٣ شباط'); "
              "Iraqi colloquial, emoji, Samsung phone client; two speakers pasted from the registration form "
              "between dashed rules; the second speaker's title field is empty (null); the 'البلد' line is not part "
              "of the affiliation; the sender (Haidar) is not a speaker."))


def m24():
    # question on the misprint + whether a speaker can still be proposed; no name given
    when = at("2021-02-16 17:30:26")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Un collègue qui a lu la version arabe de la lettre d'invitation nous indique que la date limite pour les demandes d'intervention serait le « vendredi 23 février », alors que la version française mentionne le vendredi 5 février. Pourriez-vous nous confirmer la bonne date ?

Si le délai n'est pas encore dépassé, notre association souhaiterait proposer un(e) intervenant(e) pour l'une des tables rondes thématiques ; nous vous enverrions alors ses coordonnées.

Par ailleurs, notre rapport volontaire est en cours de relecture et devrait vous parvenir ce soir.

Cordialement,

Khadija Ouazzani
Association Migration Solidarité Souss (AMSS)
Agadir
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="ltr">' + text2html(text) + "</div></body></html>\n")
    body = alt(text, "0000000000009c1b3705bb76a4e2", html=html)
    m = mk(when, sent, "mail-lf1-f47.google.example.com", "209.85.167.47", "4DfQ2s8Wnyz1",
           "Khadija Ouazzani <amss.souss@gmail.example.com>",
           hdr("Date limite pour les intervenants ? (version arabe : 23 février)", enc="Q"),
           "<CAN9y5Rw2Kq0Lm8Tz3Xb1Pe7Vh4Ds6Yf2Uj0Ao5GcQ@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about the Arabic letter's misprinted speaker deadline, from a French-writing association; "
              "a speaker is only contemplated ('un(e) intervenant(e)', no name) and the report only announced: "
              "neither is submitted, so 'other' with no speakers; keyword-heavy subject."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
