#!/usr/bin/env python3
"""Write the blind evaluation set holdout205 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets205.py
Theme: refugees and displaced people.  Popular committees of Palestinian camps, a women's committee in a
Syrian refugee camp written from a phone in dialect, Iraqi IDP host-community associations pasting a Word
table, a Yemeni refugee committee writing from a shared account, Sudanese refugee community groups, legal
aid clinics that help with residency papers, English from volunteers, administrative French, names given
with their kunya (Abu/Umm X) beside the full name, signatures that carry the camp or the district.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr, html_only,
                     leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     text2html, top)
from mailgen import POSTFIX_NOTICE, outlook_rows as outlook
from mailgen import quote_block as quoted, ack_id as ack_mid

SET = EvalSet(205)
add = SET.add


# ================================================================ 01  AR  speaker  camp popular committee, kunya, formal
M01_ID = "<AM0PR06MB4417C2E9A1B3D5F7@AM0PR06MB4417.eurprd06.prod.outlook.example.com>"
M01_SUBJ = "طلب مشاركة في النقاش المفتوح - اللجنة الشعبية لمخيم البداوي"


def m01():
    when = at("2021-02-01 10:20:14")
    sent = sent_at(when, 2, 6)
    text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

بناءً على الدعوة الموجهة إلى منظمات المجتمع المدني، تتشرف اللجنة الشعبية لمخيم البداوي بأن تطلب إتاحة الفرصة لممثلها للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم الثلاثاء ٢٣ شباط/فبراير ٢٠٢١، لنقل أوضاع اللاجئين الفلسطينيين والنازحين من سوريا المقيمين في المخيم.

بيانات المتحدث:
الاسم: الحاج محمود عيسى (أبو خالد)
الصفة: أمين سر اللجنة
الجهة: اللجنة الشعبية لمخيم البداوي

نرجو التكرم بتأكيد الاستلام وإفادتنا بالترتيبات التقنية للمشاركة عن بعد.

وتفضلوا بقبول فائق الاحترام،

مكتب اللجنة الشعبية
مخيم البداوي - شمال لبنان
هاتف: ٠٦ ٠٠٠ ٠٠٠
"""
    body = alt(text, "_000_AM0PR06MB4417C2E9A1B3D5F7_", rtl=True)
    m = mk(when, sent, "mail-am0eur06on0611.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DTqW21Mk8z3", addr("اللجنة الشعبية - البداوي", "lajna.baddawi@outlook.example.com"), hdr(M01_SUBJ),
           M01_ID, body, extra=outlook(M01_SUBJ, "AdcoY1Kq2Lm3Nn4Oo5Pp6Qq7Rr8Ssw==", lang="ar-LB"))
    add(1, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود عيسى", "أمين سر اللجنة", "اللجنة الشعبية لمخيم البداوي", ["open_discussion"])],
        notes="formal Arabic, labelled lines; the name line carries the honorific 'الحاج' (dropped) and the kunya "
              "'(أبو خالد)' in brackets beside the full name. Not covered by LABELS.md/dev: a secretary registers the "
              "full name without the kunya (the kunya is a by-name, not part of the civil name). The camp is part of "
              "the committee's own name, so it stays in the affiliation; 'مخيم البداوي - شمال لبنان' in the "
              "signature is the address. Sent from the committee's account, no personal signature."))


# ================================================================ 02  AR  auto_reply  to our acknowledgement of 01
def m02():
    when = at("2021-02-01 10:21:02")
    sent = sent_at(when, 2, 1)
    text = """شكراً لتواصلكم.
مكتب اللجنة مغلق حالياً بسبب إجراءات الإغلاق العام، وسيتم الرد على رسائلكم فور استئناف الدوام.
للحالات الطارئة في المخيم يرجى الاتصال بالهاتف المدرج أدناه.

Thank you for your message. The committee office is closed due to the lockdown; we will reply as soon as possible.

اللجنة الشعبية - مخيم البداوي
"""
    body = alt(text, "_000_AM0PR06MB4417D3F0B2C4E6A8_", rtl=True)
    rows = std_rows(when, "mail-am0eur06on0611.outbound.protection.outlook.example.com", "198.51.100.61",
                    "4DTqX03Pn1z6", addr("اللجنة الشعبية - البداوي", "lajna.baddawi@outlook.example.com"),
                    re_hdr("Automatic reply: ", "تأكيد استلام: " + M01_SUBJ), rfcdate(sent),
                    "<AM0PR06MB4417D3F0B2C4E6A8@AM0PR06MB4417.eurprd06.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="lajna.baddawi@outlook.example.com")
    rows += [("In-Reply-To", ack_mid("4DTqW21Mk8z3")), ("References", M01_ID + " " + ack_mid("4DTqW21Mk8z3")),
             ("Content-Language", "ar-LB")]
    add(2, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Outlook automatic reply from the committee account of h205-01, 48 seconds after it, answering our "
              "acknowledgement (In-Reply-To the acknowledgement, References the request); Arabic text with an "
              "English line; 'Automatic reply:' before an Arabic subject naming the request. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 03  EN  report  volunteer, Gmail, PDF
M03_ID = "<CAJx8Rm2Pq5Vt7Nw0Lb3Kd6Yh9Fs1Zc4Ue8G@mail.gmail.example.com>"
M03_SUBJ = "Voluntary report - Mafraq Syrian community centre"
M03_TEXT = """Hello,

My name is Tom Whitaker, I volunteer with the Syrian community centre in Mafraq (Jordan). The centre's coordinator asked me to send you our voluntary GCM review report, as her English is not very confident and the form of the email matters less than the content, she says :)

The report is attached as a PDF. It is short (the centre has no paid staff), but it is based on three community meetings held in January with refugee families from Mafraq and the informal settlements around it, mainly about civil documentation, work permits and school access for the children.

If anything is missing please write back to me and I will pass it on.

Best wishes,
Tom

--
Tom Whitaker (volunteer)
Mafraq Community Centre for Syrian Refugees
"""


def m03():
    when = at("2021-02-02 14:05:37")
    sent = sent_at(when, 2, 8)
    fname = "Mafraq_CC_GCM_voluntary_report_2021.pdf"
    pdf = rep_pdf("Voluntary GCM Review Report", "Mafraq Community Centre for Syrian Refugees",
                  ["Who we are", "How we consulted the community", "Civil documentation and residency",
                   "Work permits", "Access to school", "Recommendations"])
    body = multi("mixed", [alt(M03_TEXT, "000000000000b7c1d205ba5e8f10", html=gmail_html(M03_TEXT)),
                           attach("application/pdf", pdf, fname)], "000000000000b7c1d405ba5e8f12")
    m = mk(when, sent, "mail-wm1-f45.google.example.com", "192.0.2.45", "4DVcT52Wr7z1",
           "Tom Whitaker <tom.whitaker.vol@gmail.example.com>", M03_SUBJ, M03_ID, body)
    add(3, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="volunteer writing for a refugee community centre, casual English with an emoticon; PDF report; the "
              "centre's coordinator is mentioned but not named and nobody asks to speak."))


# ================================================================ 04  FR  speaker  legal aid clinic, two speakers
def m04():
    when = at("2021-02-02 16:40:51")
    sent = sent_at(when, 2, 7)
    text = """Madame, Monsieur,

La Clinique juridique pour les réfugiés et les déplacés (CJRD), qui accompagne depuis 2013 les réfugiés syriens, irakiens et soudanais au Liban dans leurs démarches de régularisation du séjour et d'enregistrement des naissances, souhaite proposer deux intervenants pour la Conférence régionale des 24 et 25 février :

1. Me Rania Abi Nader, avocate, coordinatrice du pôle « séjour et documents d'état civil » de la CJRD : intervention lors de la table ronde thématique n° 2 ;
2. M. Georges Haddad, directeur exécutif de la CJRD : si ce rôle est encore disponible, présentation des messages clés des parties prenantes en qualité de rapporteur.

Nous tenons à votre disposition leurs CV succincts.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Nadine Karam
Chargée de communication
Clinique juridique pour les réfugiés et les déplacés (CJRD)
Badaro, Beyrouth
"""
    body = alt(text, "_000_DB7PR02MB5129E4A6C8D0F2B3_")
    subj = "Proposition d'intervenants - CJRD"
    m = mk(when, sent, "mail-db7eur02on0642.outbound.protection.outlook.example.com", "198.51.100.42",
           "4DVgH84Yq2z0", "Nadine Karam <n.karam@cjrd-liban.example.org>", hdr(subj, enc="Q"),
           "<DB7PR02MB5129E4A6C8D0F2B3@DB7PR02MB5129.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcpZ0Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hhw==", lang="fr-FR"))
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rania Abi Nader", "avocate, coordinatrice du pôle « séjour et documents d'état civil » de la CJRD",
           "Clinique juridique pour les réfugiés et les déplacés (CJRD)", ["roundtable"], 2),
        sp("Georges Haddad", "directeur exécutif de la CJRD",
           "Clinique juridique pour les réfugiés et les déplacés (CJRD)", ["rapporteur"])],
        notes="two speakers proposed by the communication officer (not a speaker); 'Me' (Maître) and 'M.' dropped. "
              "Titles recorded whole as written with their unit and 'de la CJRD' (as dev 012 keeps a title with its "
              "unit); affiliation is the full name + acronym from the first paragraph/signature. 'Badaro, Beyrouth' "
              "is the address. Rapporteur 'si ce rôle est encore disponible' is still a request for that role."))


# ================================================================ 05  AR  speaker  Syrian dialect, phone, details in signature, Umm X
def m05():
    when = at("2021-02-03 21:15:09")
    sent = sent_at(when, 2, 10)
    text = """مرحبا

انا من لجنة النسوان بمخيم الزعتري، شفنا الدعوة عالفيسبوك عن طريق وحدة من المتطوعات. بدنا نحكي بالطاولة المستديرة التالتة عن وضع الستات اللي ما عندهن أوراق وولادهن ما انسجلوا، لأنو هاد الموضوع ما حدا بيحكي فيه.

ما بعرف اذا لازم نعبي شي استمارة، اذا في شي ناقص ابعتولي عالايميل او عالواتس.

يعطيكن العافية

سعاد الحريري - أم أحمد
منسقة لجنة المرأة
لجنة المرأة في مخيم الزعتري
القطاع ٨ - مخيم الزعتري - المفرق

Sent from my Samsung Galaxy smartphone.
"""
    body = alt(text, "000000000000d4e5f605ba6c1a23", html=gmail_html(text, rtl=True))
    m = mk(when, sent, "mail-pl1-f181.google.example.com", "192.0.2.181", "4DWQn37Ht6z9",
           addr("Umm Ahmad", "ummahmad.zaatari@gmail.example.com"), hdr("مشاركة"),
           "<CAN4tWq9Lr2Xk7Bz1Pd5Mh8Yc3Vs0Jf6Ga2E@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سعاد الحريري", "منسقة لجنة المرأة", "لجنة المرأة في مخيم الزعتري", ["roundtable"], 3)],
        notes="Syrian (Hourani) dialect from a phone, one-word subject, From display name is the kunya in Latin "
              "letters ('Umm Ahmad'). Name, title and committee only in the signature; the kunya after ' - ' is "
              "not part of the civil name (not covered by dev: recorded as a secretary would, full name only). "
              "The body's 'لجنة النسوان' is the colloquial form: the signature's formal name is recorded. The "
              "sector/camp/city line is the address; roundtable as a dialect ordinal ('التالتة' = 3)."))


# ================================================================ 06  EN  both  Sudanese community association, PDF + plenary, on behalf
def m06():
    when = at("2021-02-04 11:02:33")
    sent = sent_at(when, 2, 6)
    text = """Dear GCM Regional Review team,

On behalf of the Sudanese Refugee Community Association in Egypt (SRCAE), please find attached our voluntary report on the implementation of the Global Compact in relation to Sudanese and South Sudanese refugees and asylum seekers living in Greater Cairo.

Our Chairperson would also like to request a floor intervention in one of the plenary sessions of the conference (24-25 February). Her details:

Name: Dr. Amal Osman Idris
Title: Chairperson, Board of Trustees
Organization: Sudanese Refugee Community Association in Egypt (SRCAE)

I am a volunteer with the association and handle its English correspondence, so please copy me on any reply.

Kind regards,

Sarah Lindqvist
Volunteer, External Relations
SRCAE - Ard El Lewa, Giza
"""
    fname = "SRCAE voluntary report GCM 2021.pdf"
    pdf = rep_pdf("Voluntary GCM Review Report", "Sudanese Refugee Community Association in Egypt (SRCAE)",
                  ["Background", "Registration and residency renewal", "Livelihoods", "Education",
                   "Protection concerns", "Recommendations"])
    body = multi("mixed", [alt(text, "_000_VI1PR08MB3326A1C4E7F9B2D5_"), attach("application/pdf", pdf, fname)],
                 "_004_VI1PR08MB3326A1C4E7F9B2D5_")
    subj = "SRCAE - voluntary report + speaker request"
    m = mk(when, sent, "mail-vi1eur08on0627.outbound.protection.outlook.example.com", "198.51.100.27",
           "4DWs4T90Bn2z", "Sarah Lindqvist <sarah.lindqvist@outlook.example.com>", subj,
           "<VI1PR08MB3326A1C4E7F9B2D5@VI1PR08MB3326.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcqA8Bb9Cc0Dd1Ee2Ff3Gg4Hh5Iiw==", has_attach="yes"),
           cc="SRCAE <srcae.cairo@gmail.example.com>")
    add(6, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, report_attachments=[fname],
        speakers=[sp("Amal Osman Idris", "Chairperson, Board of Trustees",
                     "Sudanese Refugee Community Association in Egypt (SRCAE)", ["plenary"])],
        notes="both, on time (4 February); a volunteer writes from a personal address on behalf of the association "
              "and its chairperson (labelled lines, 'Dr.' dropped); the volunteer is not a speaker. PDF name with "
              "spaces. 'Ard El Lewa, Giza' in the signature is the district."))


# ================================================================ 07  FR  other  question: report in Arabic only? which deadline?
def m07():
    when = at("2021-02-04 15:30:12")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Notre association accompagne les familles libyennes et syriennes déplacées installées dans le gouvernorat de Médenine. Nous préparons un rapport volontaire pour l'examen régional et nous avons deux questions :

1) Le rapport peut-il être rédigé uniquement en arabe, ou faut-il joindre une traduction en français ou en anglais ?
2) La lettre d'invitation en arabe indique le « vendredi 23 février » pour les demandes d'intervention, alors que la version française parle du vendredi 5 février. Quelle date faut-il retenir ? Nous hésitons encore à proposer un intervenant.

Merci par avance pour vos précisions.

Cordialement,

Amel Ben Hassine
Association Solidarité Sud-Est pour les déplacés
Médenine, Tunisie
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.topnet.example.tn", "203.0.113.141", "4DWyF62Kx0z7",
           "Amel Ben Hassine <amel.benhassine@topnet.example.tn>", hdr("Questions - rapport volontaire et délai", enc="Q"),
           "<7b2e4c91-0d3f-4a6b-9e1c-5f8a2d7c3b40@topnet.example.tn>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("Content-Language", "fr")])
    add(7, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="two questions (language of the report; the Arabic letter's misprinted speaker date '23 février'): "
              "'rapport volontaire' and 'intervenant' appear but nothing is submitted and no speaker is proposed. "
              "Thunderbird, format=flowed."))


# ================================================================ 08  AR  speaker  Iraqi host-community association, pasted Word table, 2 speakers
M08_ID = "<DU2PR04MB8790B5D7F1A3C9E2@DU2PR04MB8790.eurprd04.prod.outlook.example.com>"
M08_SUBJ = "طلب مداخلة في المؤتمر الإقليمي - جمعية التآخي للمجتمعات المضيفة"


def m08():
    when = at("2021-02-04 18:44:20")
    sent = sent_at(when, 3, 9)
    rows_ = [("ت", "الاسم الكامل", "المنصب", "الجهة", "نوع المشاركة المطلوبة"),
             ("١", "م. هيفاء عبد الكريم الجبوري", "رئيسة الجمعية", "جمعية التآخي للمجتمعات المضيفة والنازحين",
              "مداخلة في الجلسة العامة"),
             ("٢", "السيد سيروان أحمد رشيد", "مسؤول ملف الإيواء والعودة", "جمعية التآخي للمجتمعات المضيفة والنازحين",
              "مداخلة في المائدة المستديرة الأولى")]
    text = """السادة المحترمون،

تحية طيبة،

نرفق أدناه استمارة طلب المداخلة الخاصة بجمعيتنا كما تم ملؤها (نسخة من ملف الوورد):

""" + "\n".join("\t".join(r) for r in rows_) + """

علماً أن الجمعية تعمل مع العوائل النازحة من نينوى وصلاح الدين والمجتمعات المضيفة لها في محافظة دهوك منذ عام ٢٠١٤.

مع التقدير،

سيروان أحمد رشيد
مسؤول ملف الإيواء والعودة
جمعية التآخي للمجتمعات المضيفة والنازحين
دهوك - حي مالطا
"""
    cells = "\n".join("<tr>" + "".join('<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p dir="RTL">%s</p></td>' % c
                                       for c in r) + "</tr>" for r in rows_)
    intro, rest = text.split("\n".join("\t".join(r) for r in rows_))
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="AR-IQ" dir="rtl"><div class="WordSection1">' + text2html(intro.strip("\n"))
            + '\n<table class="MsoTableGrid" dir="rtl" border="1" cellspacing="0" cellpadding="0" '
              'style="border-collapse:collapse;border:none">\n' + cells + '\n</table>\n'
            + text2html(rest.strip("\n")) + '</div></body></html>\n')
    body = alt(text, "_000_DU2PR04MB8790B5D7F1A3C9E2_", html=html)
    m = mk(when, sent, "mail-du2eur04on0659.outbound.protection.outlook.example.com", "198.51.100.59",
           "4DX3cK85Mw1z", addr("Sirwan Ahmed Rasheed", "sirwan.rasheed@taakhi-duhok.example.org"), hdr(M08_SUBJ),
           M08_ID, body, extra=outlook(M08_SUBJ, "AdcqC3Dd4Ee5Ff6Gg7Hh8Ii9Jj0Kkw==", lang="ar-IQ"))
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هيفاء عبد الكريم الجبوري", "رئيسة الجمعية", "جمعية التآخي للمجتمعات المضيفة والنازحين", ["plenary"]),
        sp("سيروان أحمد رشيد", "مسؤول ملف الإيواء والعودة", "جمعية التآخي للمجتمعات المضيفة والنازحين",
           ["roundtable"], 1)],
        notes="speaker details pasted from a Word form: a table (HTML table in the HTML part, tab-separated cells "
              "in the text part); two speakers, the sender is the second. Honorifics 'م.' (engineer) and 'السيد' "
              "dropped. Sender in UTC+3 (Date 19:44 +0300). 'دهوك - حي مالطا' is the district in the signature. "
              "From display name in Latin letters."))


# ================================================================ 09  EN  speaker  shared account, signed by another person
def m09():
    when = at("2021-02-05 17:58:46")
    sent = sent_at(when, 3, 7)
    text = """Dear Sir/Madam,

Greetings from the Yemeni Refugee Community Committee in Markazi camp, Obock.

We kindly request that our committee be given the chance to take part in the open discussion of the multi-stakeholder consultation on 23 February. We also wish to be considered for the rapporteur role to deliver the key messages, as the voice of refugees from Yemen is rarely heard in the region.

Our proposed speaker is our deputy chairman, Abdulrahman Saleh Ba-Wazir (Abu Ammar), who coordinates the camp's education and documentation committee.

Please note this email account is shared by the committee members. For any follow-up you may reply here or contact Abdulrahman directly on +253 00 00 00 00 (WhatsApp).

Regards,

Fatima Al-Aqel
Secretary, Yemeni Refugee Community Committee (YRCC)
Markazi Camp, Obock - Djibouti
"""
    body = html_only('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + '</div>',
                     newlines=True)
    m = mk(when, sent, "sonic305-9.consmr.mail.bf2.yahoo.example.com", "192.0.2.205", "4DXKb19Tp6z4",
           "YRCC Markazi <yrcc.markazi@yahoo.example.com>", "Request - open discussion and rapporteur",
           "<1290457716.3381904.1612540719022@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNodin")])
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdulrahman Saleh Ba-Wazir", "deputy chairman", "Yemeni Refugee Community Committee (YRCC)",
           ["open_discussion", "rapporteur"])],
        notes="sent from the committee's shared Yahoo account (display name 'YRCC Markazi') and signed by the "
              "secretary, who is not the speaker; the speaker is named in prose with his kunya '(Abu Ammar)' "
              "(kunya left out, not covered by dev). Title only in prose ('our deputy chairman', recorded as "
              "written); affiliation in its fullest form, with the acronym of the signature ('in Markazi camp, "
              "Obock' and 'Markazi Camp, Obock - Djibouti' are places). HTML-only. Two roles."))


# ================================================================ 10  FR  speaker  Tunis, 23:57 on the deadline day, Sudanese refugees
def m10():
    when = at("2021-02-05 23:57:40")
    sent = sent_at(when, 1, 9)
    text = """Bonsoir,

Au nom du Collectif des réfugiés soudanais en Tunisie, je sollicite la possibilité d'intervenir lors de la table ronde thématique 4 ou, à défaut, de la table ronde 3, afin de présenter la situation des réfugiés soudanais arrivés de Libye depuis 2019 (accès au statut, titres de séjour, travail informel).

Intervenant :
Adam Yacoub Abakar, porte-parole du Collectif des réfugiés soudanais en Tunisie

Merci de votre compréhension pour cet envoi de dernière minute.

Adam Y. Abakar
La Marsa, Tunis
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent, "mail-ej1-f52.google.example.com", "192.0.2.152", "4DXWp40Cr9z3",
           "Adam Abakar <adam.abakar.crst@gmail.example.com>", hdr("Demande d'intervention – table ronde 4", enc="Q"),
           "<CAM2yTn5Kw8Qb1Xr4Lz7Pd0Vf3Hs6Jc9Ng1A@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Adam Yacoub Abakar", "porte-parole", "Collectif des réfugiés soudanais en Tunisie", ["roundtable"], 4)],
        notes="received 23:57:40 on 5 February Beirut time (Date 22:57 +0100): on time by two minutes. Roundtable 4, "
              "otherwise 3: first choice recorded. Name, title and organisation on one line ('X, porte-parole du "
              "Collectif ...'); the affiliation is the collective named after 'du'. Plain text 8bit."))


# ================================================================ 11  AR  speaker  late, believes the Arabic misprint, on behalf, 2 speakers
def m11():
    when = at("2021-02-07 12:10:05")
    sent = sent_at(when, 2, 6)
    text = """الأخوة الكرام في أمانة الاستعراض الإقليمي،

تحية طيبة،

استناداً إلى الدعوة باللغة العربية التي حددت يوم الجمعة ٢٣ شباط/فبراير موعداً أخيراً لطلبات المداخلة، نتقدم باسم رئيس جمعية أهالي وادي خالد لدعم المجتمع المضيف بطلب مشاركة اثنين من أعضاء الجمعية في المؤتمر:

- الأستاذ عمر حسين العلي (أبو حسين)، رئيس الجمعية: مداخلة في الجلسة العامة يوم ٢٤ شباط.
- السيدة ريم خضر، منسقة برنامج التماسك الاجتماعي بين اللاجئين السوريين والمجتمع المضيف: مداخلة في المائدة المستديرة الثانية.

نشكر لكم حسن تعاونكم.

عن الجمعية
خالد المحمد
أمين الصندوق
جمعية أهالي وادي خالد لدعم المجتمع المضيف
عكار - وادي خالد - لبنان
"""
    body = alt(text, "----=_Part_449120_1783012236.1612692599811", rtl=True)
    m = mk(when, sent, "smtp.ogero.example.lb", "203.0.113.88", "4DYGd77Rv5z2",
           addr("خالد المحمد", "wadikhaled.assoc@ogero.example.lb"), hdr("طلب مداخلة - جمعية أهالي وادي خالد"),
           "<1532907811.449121.1612692599812@webmail.ogero.example.lb>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عمر حسين العلي", "رئيس الجمعية", "جمعية أهالي وادي خالد لدعم المجتمع المضيف", ["plenary"]),
        sp("ريم خضر", "منسقة برنامج التماسك الاجتماعي بين اللاجئين السوريين والمجتمع المضيف",
           "جمعية أهالي وادي خالد لدعم المجتمع المضيف", ["roundtable"], 2)],
        notes="late (Sunday 7 February): the sender relies on the Arabic letter's misprint ('الجمعة ٢٣ شباط'), but the "
              "English/French date (5 February) stands, so on_time false. Sent by the treasurer on behalf of the "
              "association; two speakers in a dashed list, 'الأستاذ' and 'السيدة' dropped, kunya '(أبو حسين)' left "
              "out (not covered by dev). The affiliation is only in the signature, taken for both speakers as the "
              "association sending the request ('أعضاء الجمعية'); 'عكار - وادي خالد - لبنان' is the place."))


# ================================================================ 12  EN  other  thank-you reply to our acknowledgement of 03
def m12():
    when = at("2021-02-08 09:25:50")
    sent = sent_at(when, 0, 5)
    ack_text = """Dear Tom Whitaker,

Thank you for your message. We confirm that your voluntary GCM review report has been received.

GCM Regional Review - Arab States"""
    text = """Great, thanks a lot! I've let the centre know.

Tom

On Tue, 2 Feb 2021 at 12:06, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + quoted(ack_text) + "\n"
    body = alt(text, "000000000000a9b8c705bae4d6f7", html=gmail_html(text))
    m = mk(when, sent, "mail-wr1-f49.google.example.com", "192.0.2.49", "4DYq1Z53Hk8z",
           "Tom Whitaker <tom.whitaker.vol@gmail.example.com>", "Re: Acknowledgement of receipt - " + M03_SUBJ,
           "<CAJx8Rm2Pq9Wb3Mz6Lk0Xd4Yh7Fs2Tc5Ve1K@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack_mid("4DVcT52Wr7z1")), ("References", M03_ID + " " + ack_mid("4DVcT52Wr7z1"))])
    add(12, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h205-03.eml",
        notes="thank-you reply to our acknowledgement of h205-03 (References name h205-03): adds nothing new, so "
              "no acknowledgement (LABELS.md); thread_of the report it follows up. Sender in UTC+0 (UK volunteer)."))


# ================================================================ 13  FR  report  legal aid NGO, DOCX, Roundcube
def m13():
    when = at("2021-02-08 14:47:03")
    sent = sent_at(when, 2, 6)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association pour l'accès aux droits des réfugiés (AADR) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte principalement sur l'objectif 4 (preuve d'identité légale et documents adéquats) et sur les obstacles rencontrés par les réfugiés syriens et palestiniens de Syrie pour renouveler leur titre de séjour au Liban. Il s'appuie sur 640 dossiers suivis par notre permanence juridique en 2020.

Bien à vous,

Joëlle Sfeir
Directrice
AADR – Tripoli (Liban)
"""
    fname = "AADR_rapport_volontaire_PMM_fev2021.docx"
    docx = make_docx(["Association pour l'accès aux droits des réfugiés (AADR)",
                      "Rapport volontaire - examen régional du PMM, février 2021", "1. Contexte",
                      "2. Méthodologie : 640 dossiers de la permanence juridique",
                      "3. Objectif 4 : documents d'identité et titres de séjour", "4. Difficultés", "5. Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach(DOCX, docx, fname)],
                 "=_a41f7c2d9e0b3a5c8d6e1f2b4c7a9d0e")
    m = mk(when, sent, "webmail.aadr-liban.example.org", "203.0.113.63", "4DYx7M26Qs3z",
           "=?UTF-8?Q?Jo=C3=ABlle_Sfeir?= <j.sfeir@aadr-liban.example.org>",
           hdr("Rapport volontaire AADR - examen régional PMM", enc="Q"),
           "<c83b5e1f0a2d4c6e8b9a7f3d1e5c0b2a@aadr-liban.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(13, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="plain report submission with a DOCX; the director's signature is not a speaker request; 'Tripoli "
              "(Liban)' after the acronym is a place."))


# ================================================================ 14  AR  report  DOCX with a long Arabic file name (RFC 2231 continuations)
M14_ID = "<AS4PR09MB5563E8B1D2F4A6C9@AS4PR09MB5563.eurprd09.prod.outlook.example.com>"
M14_SUBJ = "التقرير الطوعي لملتقى اللاجئين العراقيين في عمّان"
M14_FNAME = ("التقرير الطوعي لملتقى اللاجئين العراقيين في عمان حول تنفيذ الاتفاق العالمي من أجل الهجرة "
             "الآمنة والمنظمة والنظامية - شباط 2021 - النسخة النهائية.docx")


def m14():
    when = at("2021-02-09 11:33:28")
    sent = sent_at(when, 2, 7)
    text = """السادة القائمين على الاستعراض الإقليمي للاتفاق العالمي للهجرة،

السلام عليكم ورحمة الله،

يسرنا أن نرسل إليكم مرفقاً التقرير الطوعي لملتقى اللاجئين العراقيين في عمّان، والذي أعددناه بمشاركة ممثلين عن العوائل العراقية المسيحية والمندائية والمسلمة المقيمة في أحياء ماركا والهاشمي الشمالي وجبل النزهة.

يركز التقرير على صعوبات تجديد الإقامات وتصاريح العمل، وعلى طول انتظار إعادة التوطين.

نرجو إشعارنا بالاستلام.

مع الاحترام،

د. نبيل يوحنا متي
منسق الملتقى
ملتقى اللاجئين العراقيين - عمّان، الهاشمي الشمالي
"""
    docx = make_docx(["ملتقى اللاجئين العراقيين في عمّان", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة ٢٠٢١",
                      "أولاً: المقدمة", "ثانياً: المنهجية", "ثالثاً: الإقامة وتصاريح العمل",
                      "رابعاً: إعادة التوطين", "خامساً: التوصيات"])
    from mailgen import b_word, rfc2231_cont
    disp = "attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", M14_FNAME))
    part = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(M14_FNAME))], disp=disp)
    body = multi("mixed", [alt(text, "_000_AS4PR09MB5563E8B1D2F4A6C9_", rtl=True), part],
                 "_004_AS4PR09MB5563E8B1D2F4A6C9_")
    m = mk(when, sent, "mail-as4eur09on0604.outbound.protection.outlook.example.com", "198.51.100.104",
           "4DZ6kR31Vt9z", addr("Nabil Matti", "nabil.matti@iraqi-forum-amman.example.org"), hdr(M14_SUBJ), M14_ID, body,
           extra=outlook(M14_SUBJ, "AdcrE5Ff6Gg7Hh8Ii9Jj0Kk1Ll2Mmw==", lang="ar-JO", has_attach="yes"))
    add(14, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M14_FNAME],
        notes="report as a DOCX whose Arabic file name is very long (over 150 characters, spaces, hyphens, digits): "
              "RFC 2231 filename*0*/filename*1*... continuations in Content-Disposition and an RFC 2047 encoded "
              "name parameter. The coordinator's signature ('د.') is not a speaker request."))


# ================================================================ 15  EN  bounce  acknowledgement of 14 rejected
def m15():
    when = at("2021-02-09 11:34:19")
    text = POSTFIX_NOTICE + """
<nabil.matti@iraqi-forum-amman.example.org>: host
    mx.iraqi-forum-amman.example.org[203.0.113.171] said: 550 5.7.1 Message
    rejected: sender domain is not in the recipient's allow list (in reply to
    end of DATA command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DZ6lS42Wv0z\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; nabil.matti@iraqi-forum-amman.example.org\n"
           "Original-Recipient: rfc822;nabil.matti@iraqi-forum-amman.example.org\n"
           "Action: failed\n"
           "Status: 5.7.1\n"
           "Remote-MTA: dns; mx.iraqi-forum-amman.example.org\n"
           "Diagnostic-Code: smtp; 550 5.7.1 Message rejected: sender domain is not in the\n"
           "    recipient's allow list\n" % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Nabil Matti <nabil.matti@iraqi-forum-amman.example.org>\n"
            "Subject: =?utf-8?b?2KXYtNi52KfYsSDYqNin2YTYp9iz2KrZhNin2YU=?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=6)), ack_mid("4DZ6kR31Vt9z"), M14_ID))
    body = dsn_report(text, dsn, hdrs, "4DZ6lU53Xw2z.1612863259/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZ6lU53Xw2z; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210209093419.4DZ6lU53Xw2z@mx1.iom.int>")]
    add(15, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, permanent failure 5.7.1 (the recipient's server only accepts allow-listed domains) for "
              "our acknowledgement of h205-14; the returned headers carry an Arabic encoded subject and "
              "In-Reply-To h205-14. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 16  FR  both  PDF report + roundtable 4, speaker part late
M16_ID = "<PR1PR05MB6650F1A3C5E7B9D2@PR1PR05MB6650.eurprd05.prod.outlook.example.com>"
M16_SUBJ = "Centre Al-Amal - rapport volontaire et demande d'intervention"


def m16():
    when = at("2021-02-10 10:06:15")
    sent = sent_at(when, 2, 8)
    text = """Madame, Monsieur,

Le Centre communautaire Al-Amal pour les réfugiés irakiens a l'honneur de vous faire parvenir, en pièce jointe, sa contribution à l'examen régional du Pacte mondial sur les migrations (rapport volontaire, 12 pages).

Nous souhaiterions en outre, malgré l'échéance du 5 février que nous avons manquée, que notre directrice adjointe, Mme Mireille Khoury, puisse intervenir lors de la quatrième table ronde thématique :

Nom et prénom : KHOURY Mireille
Fonction : Directrice adjointe, chargée des programmes de protection
Organisme : Centre communautaire Al-Amal pour les réfugiés irakiens

Nous vous remercions de l'attention portée à notre demande.

Cordialement,

Père Antoine Gemayel
Président
Centre communautaire Al-Amal pour les réfugiés irakiens
Dekwaneh – Beyrouth
"""
    fname = "Al-Amal_Rapport_volontaire_PMM_2021.pdf"
    pdf = rep_pdf("Rapport volontaire - examen regional du PMM", "Centre communautaire Al-Amal pour les refugies irakiens",
                  ["Presentation du Centre", "Methodologie", "Protection et documentation",
                   "Acces aux services", "Recommandations"])
    body = multi("mixed", [alt(text, "_000_PR1PR05MB6650F1A3C5E7B9D2_"), attach("application/pdf", pdf, fname)],
                 "_004_PR1PR05MB6650F1A3C5E7B9D2_")
    m = mk(when, sent, "mail-pr1eur05on0618.outbound.protection.outlook.example.com", "198.51.100.118",
           "4DZbH96Nq4z1", "Centre Al-Amal <contact@centre-alamal.example.org>", hdr(M16_SUBJ, enc="Q"), M16_ID, body,
           extra=outlook(M16_SUBJ, "AdcsF7Gg8Hh9Ii0Jj1Kk2Ll3Mm4Nnw==", lang="fr-FR", has_attach="yes"))
    add(16, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, report_attachments=[fname],
        speakers=[sp("Mireille Khoury", "Directrice adjointe, chargée des programmes de protection",
                     "Centre communautaire Al-Amal pour les réfugiés irakiens", ["roundtable"], 4)],
        notes="both, received 10 February: report on time, speaker part late (the sender says so), so on_time "
              "false. Form-style lines with the surname in capitals first ('KHOURY Mireille'); the name is recorded "
              "as the prose writes it ('Mme Mireille Khoury', 'Mme' dropped). Sent from the "
              "centre's contact address and signed by its president ('Père' is a clerical title), who is not "
              "the speaker. 'Dekwaneh – Beyrouth' is the address."))


# ================================================================ 17  EN  speaker  late, HTML-only, volunteer for a Shatila youth centre, 2 speakers
def m17():
    when = at("2021-02-10 16:52:38")
    sent = sent_at(when, 1, 6)
    inner = """<div dir="ltr">Hi there,<br><br>
I know we're past the 5 Feb deadline (sorry!! the centre only agreed on the names at Monday's meeting), but we'd love to have two young people from the camp speak at the conference:<br><br>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>Position</th><th>Organisation</th><th>Session</th></tr>
<tr><td>Layal Abu Hamdeh</td><td>Youth Committee coordinator</td><td>Shatila Youth &amp; Children Centre (SYCC)</td><td>Roundtable 3</td></tr>
<tr><td>Khaled Mansour</td><td>Volunteer peer educator</td><td>Shatila Youth &amp; Children Centre (SYCC)</td><td>Plenary (24 Feb if possible)</td></tr>
</table>
<br>
Both are Palestinian refugees born in Shatila; Layal would speak about young people's access to work, Khaled about the kids who came from Yarmouk in Syria and still have no papers here.<br><br>
Thanks so much,<br>
Marie<br><br>
<span style="color:#888">--<br>
Marie Lefèvre<br>
International volunteer | SYCC, Shatila camp, Beirut</span></div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent, "mail-ed1-f67.google.example.com", "192.0.2.67", "4DZmP03Lx6z8",
           "=?UTF-8?Q?Marie_Lef=C3=A8vre?= <marie.lefevre.sycc@gmail.example.com>",
           "Two youth speakers from Shatila (late, sorry)",
           "<CAF9qLm3Wt6Zp1Nx4Rb7Kc0Yd2Hv5Js8Ge1O@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Layal Abu Hamdeh", "Youth Committee coordinator", "Shatila Youth & Children Centre (SYCC)",
           ["roundtable"], 3),
        sp("Khaled Mansour", "Volunteer peer educator", "Shatila Youth & Children Centre (SYCC)", ["plenary"])],
        notes="late (10 February) and says so; HTML-only from a French volunteer writing English; the speakers are in "
              "an HTML table ('&amp;' in the organisation, decoded '&'). 'Abu Hamdeh' is a family name here, not a "
              "kunya: keep it. The volunteer signing is not a speaker; 'Shatila camp, Beirut' is the place."))


# ================================================================ 18  AR  speaker  replaces the first speaker of 08 (reply, late)
def m18():
    when = at("2021-02-11 09:14:52")
    sent = sent_at(when, 3, 8)
    orig = """السادة المحترمون،

تحية طيبة،

نرفق أدناه استمارة طلب المداخلة الخاصة بجمعيتنا كما تم ملؤها (نسخة من ملف الوورد):
[...]

سيروان أحمد رشيد
مسؤول ملف الإيواء والعودة"""
    text = """السادة المحترمون،

إلحاقاً برسالتنا السابقة، نعلمكم بأن رئيسة الجمعية السيدة هيفاء الجبوري تعتذر عن المشاركة لظرف صحي، ونقترح بدلاً عنها في مداخلة الجلسة العامة:

الاسم: نادية يونس سليمان
المنصب: نائبة رئيسة الجمعية
الجهة: جمعية التآخي للمجتمعات المضيفة والنازحين

أما مشاركتي في المائدة المستديرة الأولى فتبقى كما هي.

مع الشكر والتقدير،
سيروان أحمد رشيد
جمعية التآخي - دهوك

________________________________
From: Sirwan Ahmed Rasheed <sirwan.rasheed@taakhi-duhok.example.org>
Sent: Thursday, February 4, 2021 7:44 PM
To: gcmrrarabstates@iom.int
Subject: """ + M08_SUBJ + "\n\n" + orig + "\n"
    body = alt(text, "_000_DU2PR04MB8790C6E8A2B4D0F3_", rtl=True)
    m = mk(when, sent, "mail-du2eur04on0659.outbound.protection.outlook.example.com", "198.51.100.59",
           "4F0aS18Kp2z5", addr("Sirwan Ahmed Rasheed", "sirwan.rasheed@taakhi-duhok.example.org"),
           re_hdr("RE: ", M08_SUBJ), "<DU2PR04MB8790C6E8A2B4D0F3@DU2PR04MB8790.eurprd04.prod.outlook.example.com>",
           body, extra=outlook("RE: " + M08_SUBJ, "AdcqC3Dd4Ee5Ff6Gg7Hh8Ii9Jj0KkwABCdEfG==", lang="ar-IQ")
           + [("In-Reply-To", M08_ID), ("References", M08_ID)])
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        thread_of="h205-08.eml", speakers=[
            sp("نادية يونس سليمان", "نائبة رئيسة الجمعية", "جمعية التآخي للمجتمعات المضيفة والنازحين", ["plenary"])],
        notes="reply to h205-08 replacing its first speaker (withdrawn for health reasons) by another for the same "
              "plenary intervention; the second speaker of h205-08 stays and is only mentioned, not proposed again, "
              "so only the new speaker is listed (as dev 021). Received 11 February: late. The quoted original is "
              "shortened with '[...]'."))


# ================================================================ 19  FR  report  collective PDF + inline logo, Thunderbird
def m19():
    when = at("2021-02-12 13:20:09")
    sent = sent_at(when, 2, 5)
    text = """Mesdames, Messieurs,

Au nom du Collectif des associations syriennes de la Békaa (CASB), qui réunit neuf comités de camps informels et associations de réfugiés de la plaine de la Békaa, j'ai le plaisir de vous transmettre notre rapport volontaire collectif pour l'examen régional du PMM.

Le rapport a été rédigé en arabe puis traduit en français ; la version arabe pourra vous être transmise sur demande.

Nous vous prions d'agréer, Mesdames, Messieurs, nos salutations les meilleures.

Hassan Al-Hamoud
Coordinateur du CASB
Bar Elias, Békaa
"""
    fname = "CASB - rapport collectif PMM 2021.pdf"
    pdf = rep_pdf("Rapport volontaire collectif - examen regional du PMM",
                  "Collectif des associations syriennes de la Bekaa (CASB)",
                  ["Les neuf membres du Collectif", "Methodologie", "Sejour et documentation",
                   "Conditions dans les campements informels", "Recommandations"])
    logo = leaf("image/png", make_png(24, 12, (20, 110, 60)), cte="base64", params=[("name", '"casb_logo.png"')],
                disp='inline; filename="casb_logo.png"', extra=[("Content-ID", "<part1.8C2D4F6A.3B5E7A9C@casb.example.org>")])
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
            + text2html(text) + '<p><img src="cid:part1.8C2D4F6A.3B5E7A9C@casb.example.org" alt=""></p></body></html>\n')
    rel = multi("related", [leaf("text/html", html), logo], "------------3E1C5A7B9D2F4A6C8E0B1D3F")
    al = multi("alternative", [leaf("text/plain", flowed(text), params=[("format", "flowed")]), rel],
               "------------7A9C1E3B5D7F9A2C4E6B8D0F")
    body = multi("mixed", [al, attach("application/pdf", pdf, fname)], "------------0F2B4D6A8C1E3A5C7E9B1D3F")
    m = mk(when, sent, "smtp.casb.example.org", "203.0.113.36", "4F0tN69Jr1z2",
           "Hassan Al-Hamoud <coordination@casb.example.org>", hdr("Rapport volontaire collectif – CASB", enc="Q"),
           "<4a7e2c90-3b1d-4f58-a6c2-9e0d7b3f1a85@casb.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.1"), ("Content-Language", "fr")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a grouping of camp committees; Thunderbird multipart/mixed > alternative > related "
              "with an inline logo (casb_logo.png, not a report file); PDF name with spaces and a hyphen; an Arabic "
              "version is only offered."))


# ================================================================ 20  EN  report  PDF report + PDF annex, Outlook, Erbil legal aid
def m20():
    when = at("2021-02-13 10:41:27")
    sent = sent_at(when, 3, 6)
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Tadamon Legal Aid Centre (TLAC), together with its statistical annex (Annex 1 - caseload data 2019-2020), which is part of the report.

TLAC provides free legal counselling to IDPs and Syrian refugees in Erbil and Duhok governorates, mostly on civil documentation, residency cards and housing, land and property issues.

Kind regards,

Shilan Omar
Head of Legal Programmes | Tadamon Legal Aid Centre (TLAC)
Ainkawa, Erbil - Kurdistan Region of Iraq
M: +964 750 000 0000

This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    f1 = "TLAC_GCM_Voluntary_Review_Report_2021.pdf"
    f2 = "TLAC_Report_Annex1_caseload_data.pdf"
    pdf1 = rep_pdf("Voluntary GCM Review Report", "Tadamon Legal Aid Centre (TLAC)",
                   ["Context", "Methodology", "Civil documentation (Objective 4)", "Residency and HLP",
                    "Recommendations"])
    pdf2 = rep_pdf("Annex 1 - Caseload data 2019-2020", "Tadamon Legal Aid Centre (TLAC)",
                   ["Cases by governorate", "Cases by type", "Outcomes"])
    body = multi("mixed", [alt(text, "_000_AM9PR07MB7218D4F6A8C0E2B1_"), attach("application/pdf", pdf1, f1),
                           attach("application/pdf", pdf2, f2)], "_004_AM9PR07MB7218D4F6A8C0E2B1_")
    subj = "TLAC voluntary GCM review report"
    m = mk(when, sent, "mail-am9eur07on0690.outbound.protection.outlook.example.com", "198.51.100.190",
           "4F1F3b72Kw8z", "Shilan Omar <s.omar@tlac-iraq.example.org>", subj,
           "<AM9PR07MB7218D4F6A8C0E2B1@AM9PR07MB7218.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcuG1Hh2Ii3Jj4Kk5Ll6Mm7Nn8Oow==", lang="en-GB", has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="report in two PDFs: the main report and a statistical annex the sender says is part of the report "
              "(both listed); confidentiality footer; the head of programme's signature is not a speaker request."))


# ================================================================ 21  AR  other  Iraqi dialect: did you receive our report? (after 15's bounce)
def m21():
    when = at("2021-02-14 19:08:33")
    sent = sent_at(when, 2, 7)
    text = """مساء الخير

شلونكم؟ دزينا التقرير مالتنا يوم التسعة بالشهر بس ما وصلنا أي رد منكم، والجماعة بالملتقى دا يسألون اذا وصل لو لا. ممكن تأكدولنا؟ وإذا أكو مشكلة بالملف نكدر ندزه مرة ثانية بصيغة PDF.

وشكراً

نبيل متي
ملتقى اللاجئين العراقيين - عمّان

________________________________
From: Nabil Matti <nabil.matti@iraqi-forum-amman.example.org>
Sent: Tuesday, February 9, 2021 11:33 AM
To: gcmrrarabstates@iom.int
Subject: """ + M14_SUBJ + """

السادة القائمين على الاستعراض الإقليمي للاتفاق العالمي للهجرة،

السلام عليكم ورحمة الله،

يسرنا أن نرسل إليكم مرفقاً التقرير الطوعي لملتقى اللاجئين العراقيين في عمّان ...
"""
    body = alt(text, "_000_AS4PR09MB5563F9C2E3A5B7D0_", rtl=True)
    m = mk(when, sent, "mail-as4eur09on0604.outbound.protection.outlook.example.com", "198.51.100.104",
           "4F1n6D15Lm3z", addr("Nabil Matti", "nabil.matti@iraqi-forum-amman.example.org"),
           re_hdr("RE: ", M14_SUBJ), "<AS4PR09MB5563F9C2E3A5B7D0@AS4PR09MB5563.eurprd09.prod.outlook.example.com>",
           body, extra=outlook("RE: " + M14_SUBJ, "AdcrE5Ff6Gg7Hh8Ii9Jj0Kk1Ll2MmwAHk3rTQ==", lang="ar-JO")
           + [("In-Reply-To", M14_ID), ("References", M14_ID)])
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h205-14.eml",
        notes="Iraqi colloquial Arabic ('شلونكم', 'دزينا', 'نكدر'): asks whether the report of h205-14 arrived "
              "(our acknowledgement bounced, h205-15); Outlook reply quoting the start of the original without "
              "the attachment; offers to resend as PDF but sends nothing new."))


# ================================================================ 22  FR  both  DOCX report + open discussion, speaker late; Outlook mobile
def m22():
    when = at("2021-02-15 20:31:47")
    sent = sent_at(when, 2, 9)
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire du Comité de soutien aux réfugiés palestiniens de Syrie (CSRPS), basé à Saïda.

Nous savons que la date limite pour les interventions est passée, mais si une place restait disponible dans la discussion ouverte du 23 février, notre vice-présidente, Mme Samar Kassem (Oum Tarek), souhaiterait y prendre la parole au nom des familles de Yarmouk réfugiées au Liban.

Bien à vous,

Walid Dakroub
Secrétaire général, CSRPS
Camp d'Ain el-Héloué, Saïda

Obtenir Outlook pour Android
"""
    fname = "Rapport CSRPS PMM 2021.docx"
    docx = make_docx(["Comité de soutien aux réfugiés palestiniens de Syrie (CSRPS)",
                      "Rapport volontaire - examen régional du PMM 2021", "Introduction", "Les familles de Yarmouk au Liban",
                      "Statut juridique et séjour", "Recommandations"])
    body = multi("mixed", [alt(text, "_000_HE1PR0601MB2284A0C2E4F6B8D1_"), attach(DOCX, docx, fname)],
                 "_004_HE1PR0601MB2284A0C2E4F6B8D1_")
    m = mk(when, sent, "mail-he1eur06on0633.outbound.protection.outlook.example.com", "198.51.100.133",
           "4F27qX04Nb5z", "Walid Dakroub <walid.dakroub@outlook.example.com>", "Rapport CSRPS",
           "<HE1PR0601MB2284A0C2E4F6B8D1@HE1PR0601MB2284.eurprd06.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Outlook for Android"), ("Content-Language", "fr-FR")])
    add(22, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, report_attachments=[fname],
        speakers=[sp("Samar Kassem", "vice-présidente", "Comité de soutien aux réfugiés palestiniens de Syrie (CSRPS)",
                     ["open_discussion"])],
        notes="both, received 15 February 20:31: report on time (deadline 16 February), speaker part late, so "
              "on_time false. The speaker is named in prose with 'Mme' (dropped) and her kunya '(Oum Tarek)' "
              "(left out, not covered by dev); title only as 'notre vice-présidente', recorded as written; the "
              "affiliation is the committee of the first paragraph ('basé à Saïda' and the camp line are places). "
              "Outlook for Android, two-word subject."))


# ================================================================ 23  EN  report  late by 21 minutes, volunteer, Gmail
def m23():
    when = at("2021-02-17 00:21:05")
    sent = sent_at(when, 2, 9)
    text = """Dear team,

I'm really sorry, I know the deadline was yesterday - we had a power cut in the afternoon and I only got the final version from the committee an hour ago. Attached is the voluntary report of the Yarmouk Displaced Families Committee in Amman. I hope it can still be considered.

Hamza

Hamza Odeh
Volunteer translator
Yarmouk Displaced Families Committee - Jabal Al-Hussein, Amman
"""
    fname = "YDFC report GCM review (EN).pdf"
    pdf = rep_pdf("Voluntary GCM Review Report", "Yarmouk Displaced Families Committee",
                  ["About the committee", "Legal status of Palestinian refugees from Syria in Jordan",
                   "Access to services", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000e2f3a405bb6d8e9f", html=gmail_html(text)),
                           attach("application/pdf", pdf, fname)], "000000000000e2f3a605bb6d8ea1")
    m = mk(when, sent, "mail-lj1-f171.google.example.com", "192.0.2.171", "4F2hV17Tr2z6",
           "Hamza Odeh <hamza.odeh.tr@gmail.example.com>", "Voluntary report - YDFC (late, apologies)",
           "<CAB6wNr1Xq4Tm8Ld2Pk5Zs9Vg3Hc7Jy0Fe4I@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="received 00:21:05 on 17 February Beirut time: late by 21 minutes (deadline 16 February 23:59:59). "
              "Volunteer translator sends the committee's report; PDF name with spaces and brackets."))


# ================================================================ 24  FR  other  question after the late both of 16 (reply to our acknowledgement)
def m24():
    when = at("2021-02-18 11:40:26")
    sent = sent_at(when, 2, 6)
    ack = """Madame, Monsieur,

Nous accusons réception de votre message. Votre rapport volontaire a bien été reçu. Votre demande d'intervention nous est parvenue après la date limite du 5 février 2021.

Examen régional du PMM - États arabes"""
    text = """Bonjour,

Merci pour votre accusé de réception. Pourriez-vous nous indiquer si la demande d'intervention de Mme Khoury pour la table ronde 4 pourra malgré tout être retenue, ou si elle peut au moins assister à la conférence en tant qu'observatrice ? Dans ce cas, faut-il s'inscrire sur la plateforme ?

Cordialement,

Secrétariat du Centre communautaire Al-Amal

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mercredi 10 février 2021 10:06
À : Centre Al-Amal <contact@centre-alamal.example.org>
Objet : Accusé de réception - """ + M16_SUBJ + "\n\n" + ack + "\n"
    body = alt(text, "_000_PR1PR05MB6650A2B4D6F8C0E3_")
    subj = "RE: Accusé de réception - " + M16_SUBJ
    m = mk(when, sent, "mail-pr1eur05on0618.outbound.protection.outlook.example.com", "198.51.100.118",
           "4F33kL28Mv6z", "Centre Al-Amal <contact@centre-alamal.example.org>", hdr(subj, enc="Q"),
           "<PR1PR05MB6650A2B4D6F8C0E3@PR1PR05MB6650.eurprd05.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcsF7Gg8Hh9Ii0Jj1Kk2Ll3Mm4NnwAJq8kXw==", lang="fr-FR")
           + [("In-Reply-To", ack_mid("4DZbH96Nq4z1")), ("References", M16_ID + " " + ack_mid("4DZbH96Nq4z1"))])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h205-16.eml",
        notes="reply to our acknowledgement of h205-16 (References name h205-16) that is not a mere thank-you: it "
              "asks whether the late speaker can still be accepted and about attending as an observer, so it is "
              "acknowledged; no new speaker or report (Mme Khoury was already proposed in h205-16)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
