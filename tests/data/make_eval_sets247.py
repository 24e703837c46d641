#!/usr/bin/env python3
"""Write the blind evaluation set holdout247 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets247.py
Theme: seasonal and circular labour migration (20 January - 18 February 2021).  Moroccan women who pick
strawberries in Huelva under the contracting-in-origin scheme and the associations, unions and cooperatives
around them in the Loukkos, the Gharb and Moulay Bousselham; a Huelva association and a Lepe foundation writing
English with Spanish signatures and legal notices; Tunisian workers in the Sicilian greenhouses of Vittoria (an
Italian association writing French, a report in Italian and in French, an Italian webinar invitation) and a
Tunisian federation of seasonal workers in Nabeul and Sidi Bouzid; Egyptian farm workers in the Jordan Valley
(a labour-rights centre's Outlook table, a licensed recruitment company in Beni Suef, an independent union, an
observatory) and in eastern Libya (returnees of Desouk and Beheira, a village association in Fayoum, an
association in Al Bayda); a Lisbon research centre's policy brief with a Portuguese signature.  The speaker is
often a returnee worker whose details a union officer gives: pasted WhatsApp notes in Darija, a passport
spelling, a name only in an iPhone signature or an attached form, a request forwarded from a regional office.
Darija and Egyptian colloquial, French typed without accents on a phone, an Arabic out-of-office, an Italian/
French vacation reply, a bounce for a mistyped Cc, a thank-you to our acknowledgement, a request completed a
week later, late mail (one trusting the Arabic letter's misprinted date).  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, logo, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid

SET = EvalSet(247)
add = SET.add
H = "h247-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18C66)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.9"


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5e2b7c41yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def mso_paras(text, rtl=False):
    d = ' dir="rtl" style="text-align:right;direction:rtl"' if rtl else ""
    return "".join('<p class="MsoNormal"%s>%s<o:p></o:p></p>\n' % (d, esc(p).replace("\n", "<br>\n"))
                   for p in text.strip("\n").split("\n\n"))


def mso_doc(inner, lang="EN-US", rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--p.MsoNormal{margin:0cm;'
            'font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head><body lang="%s" link="#0563C1" '
            'vlink="#954F72"%s><div class="WordSection1"%s>\n%s</div></body></html>\n' % (lang, d, d, inner))


def mso_grid(headers, rows):
    cell = ('<td width="%d" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt%s">'
            '<p class="MsoNormal">%s<o:p></o:p></p></td>')
    w = 620 // len(headers)
    th = "".join(cell % (w, ";background:#E2EFD9", "<b>%s</b>" % esc(h)) for h in headers)
    trs = "".join("<tr>%s</tr>\n" % "".join(cell % (w, "", esc(c)) for c in r) for r in rows)
    return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
            'border:none">\n<tr>%s</tr>\n%s</table>\n' % (th, trs))


# ================================================================ 01  EN  other  Huelva association: may a Spain-based group report / may a worker speak anonymously?
def m01():
    when = at("2021-01-20 10:12:41")
    subj = "Question about participation of an organisation based in Spain"
    text = """Dear colleagues,

I hope this email finds you well.

My name is Macarena Vázquez and I coordinate the projects of ATSF, a small association in Moguer (Huelva, Spain). Since 2011 we accompany the Moroccan women who come every spring with the contracting-in-origin programme to pick strawberries and red fruits: information on their contracts, medical appointments, translation, and a phone line for when something goes wrong on the farm. Last season many of them stayed blocked here until July because Morocco closed the border.

A partner association in Larache sent us your invitation. Before we start working on it we have two questions, if you allow me:

1. We are based in Spain, not in an Arab country. Can an organisation like ours submit a voluntary report for the Arab regional review, or is it better to send it together with a Moroccan partner under their name?

2. Some of the women would like to tell their story themselves, but they are afraid that if their name is public they will not be called again for the next season. If one of them takes the floor, could she do it with her first name only, or without the video?

Thank you very much in advance, and sorry for my English.

Un saludo / Kind regards,

Macarena Vázquez Garrido
Coordinadora de Proyectos | Project Coordinator
Asociación Temporeras Sin Fronteras (ATSF)
C/ Ribera, 14 – 21800 Moguer (Huelva) – España
Tel. +34 959 00 00 00 | Móvil +34 600 00 00 00

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su comunicación, reproducción o distribución sin la autorización expresa de la Asociación Temporeras Sin Fronteras. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía.
PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos forman parte de un fichero responsabilidad de ATSF con la finalidad de mantener el contacto con usted. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a protecciondedatos@atsf.example.es.
Antes de imprimir este correo electrónico, piense bien si es necesario hacerlo.
"""
    html = outlook_html(text, lang="ES")
    body = alt(text, "_000_DB7PR04MB4122A8E3C1F05D97_", html=html)
    m = mk(when, sent_at(when, 1, 7), "mail-db7eur04on0625.outbound.protection.outlook.example.com",
           "198.51.100.125", "4DKq2V7mRtz3", addr("Macarena Vázquez Garrido", "m.vazquez@atsf.example.es"),
           subj, "<DB7PR04MB4122A8E3C1F05D97@DB7PR04MB4122.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbvG3kR9Tq2Lm5Wz8Xc1Vb4Nn7Aa0Ss==", lang="es-ES"))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions before any submission from a Huelva association working with Moroccan seasonal strawberry "
              "pickers (may a Spain-based group send a voluntary report? may a worker speak with her first name "
              "only?): 'voluntary report', 'takes the floor' and 'submit' appear, but only as questions; nobody is "
              "named as a speaker and nothing is attached. English by a Spanish writer with a bilingual signature "
              "and a long Spanish legal/data-protection notice; Outlook, Date in UTC+1."))


# ================================================================ 02  FR  speaker  Sidi Bouzid association: returnee from the Vittoria greenhouses, phone, no accents, details to follow
M02_ID = "<CAM3kVq8tZr1Lp6+Wn4Yh9xTc2Bd7sRe5fA@mail.gmail.example.com>"
M02_SUBJ = "Proposition intervenante - ouvriere saisonniere de retour d'Italie"
M02_TEXT = """Bonjour,

Suite a l'invitation recue par le reseau des associations de Sidi Bouzid, l'association Rawafed souhaite proposer une intervenante pour la conference.

Il s'agit de Mme Mbarka Dhifallah. Elle a travaille 6 ans dans les serres de tomates a Vittoria (Sicile, province de Raguse) entre 2013 et 2019, sans contrat les premieres annees, puis elle est rentree a Meknassy avec ses deux enfants. Aujourd'hui elle est membre active de l'association et elle anime avec nous un groupe de parole avec les femmes rentrees.

Je vous envoie sa fonction exacte et la session qu'elle choisit apres la reunion du bureau mardi prochain.

Bien a vous
Hamza Ghribi
Charge de plaidoyer
Association Rawafed pour les Travailleuses Saisonnieres (ARTS) - Sidi Bouzid
"""


def m02():
    when = at("2021-01-22 18:14:07")
    body = alt(M02_TEXT, "000000000000a41c7b05b97e2d13", html=android_html(M02_TEXT))
    m = mk(when, sent_at(when, 1, 6), "mail-yb1-f182.google.example.com", "192.0.2.182", "4DMb8Q1wYcz6",
           "Hamza Ghribi <hamza.ghribi.rawafed@gmail.example.com>", M02_SUBJ, M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mbarka Dhifallah", None, "Association Rawafed pour les Travailleuses Saisonnieres (ARTS)", [])],
        notes="Tunisian association in Sidi Bouzid proposing a returnee from the Sicilian greenhouses; French typed "
              "on a phone without accents (Gmail for Android). 'Mme' dropped; 'membre active' and 'elle anime ... un "
              "groupe de parole' describe her, and the sender says her exact function will follow: title null; "
              "'une intervenante pour la conference' names no role: roles empty. Affiliation as written (no "
              "accents) with the acronym, without '- Sidi Bouzid'. Sender is not the speaker. Completed by h247-06."))


# ================================================================ 03  AR  speaker  Loukkos agricultural union: the returnee's WhatsApp notes pasted, passport spelling
M03_ID = "<CAHt5nW2pQx7Kr0+Vb8Lm3zYc6Dd1sFg9eQ@mail.gmail.example.com>"
M03_SUBJ = "اقتراح عاملة موسمية للمشاركة في المائدة المستديرة - USTAL العرائش"
M03_QID = "4DNj6T3xVkz2"


def m03():
    when = at("2021-01-25 20:41:33")
    text = """السلام عليكم ورحمة الله

تحية نضالية،

أنا عبد الواحد الزيتوني، الكاتب العام ديال الاتحاد النقابي لعمال الفلاحة باللوكوس (USTAL) بالعرائش. توصلنا بالدعوة ديالكم عن طريق الاتحاد الجهوي، وبغينا نقترحو وحدة من العاملات الموسميات اللي مشاو لويلفا باش تهضر في المائدة المستديرة الثانية على ظروف الخدمة فالفريز، وعلى العاملات اللي بقاو محبوسين تما فصيف 2020 بلا خدمة وبلا أجرة.

هادي هي المعلومات اللي صيفطات لي فالواتساب، كنلصقها كيف ما هي:

[25/01/2021, 14:07] نعيمة: السلام خويا عبد الواحد
[25/01/2021, 14:07] نعيمة: سميتي نعيمة بنعيسى عندي 41 عام، مشيت لويلفا 4 ديال المواسم من 2016 حتى 2019 مع لانابيك
[25/01/2021, 14:08] نعيمة: دابا انا منسقة لجنة العاملات الموسميات فالنقابة ديالنا
[25/01/2021, 14:09] نعيمة: <تم استبعاد الوسائط>
[25/01/2021, 14:11] نعيمة: واش نقدر نهضر بالدارجة؟ العربية الفصحى ما كنتقنهاش مزيان

ملاحظة: الاسم الكامل ديالها كما فالبطاقة الوطنية هو نعيمة بنعيسى الوزاني، وبالحروف اللاتينية كما فجواز السفر: BENAISSA EL OUAZZANI NAIMA.

ونطلبو منكم إلى كانت الترجمة من الدارجة ممكنة.

مع التحية النضالية،
عبد الواحد الزيتوني
الكاتب العام
الاتحاد النقابي لعمال الفلاحة باللوكوس - USTAL
العرائش - المغرب
الهاتف / واتساب: +212 6 00 00 00 00
"""
    body = alt(text, "000000000000f2d84a05b9b31c88", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 8), "mail-wm1-f43.google.example.com", "192.0.2.143", M03_QID,
           addr("Abdelouahed Zitouni", "ustal.larache@gmail.example.com"), hdr(M03_SUBJ), M03_ID, body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نعيمة بنعيسى الوزاني", "منسقة لجنة العاملات الموسميات", "الاتحاد النقابي لعمال الفلاحة باللوكوس (USTAL)",
           ["roundtable"], 2)],
        notes="Moroccan agricultural union in Larache (Darija); the returnee strawberry picker's details are in "
              "WhatsApp lines pasted by the union's general secretary (timestamps, '<تم استبعاد الوسائط>'): the "
              "short name of the chat is completed by the note with the full name of her ID card, recorded in "
              "Arabic as written in the request (the Latin passport spelling, surname first in capitals, is for "
              "visas); title from her own line without 'فالنقابة ديالنا'; 'لانابيك' (ANAPEC, the recruitment "
              "agency) is background; 'المائدة المستديرة الثانية' = roundtable 2; the interpretation wish is not a "
              "role. Affiliation with its Latin acronym as written in the first paragraph. Latin From name; Gmail "
              "base64; Date in UTC+1. Thanked in h247-17."))


# ================================================================ 04  EN  speaker  Jordan Valley labour-rights centre: three speakers in an Outlook table, Cc the third
M04_ID = "<AM6PR02MB4406C7E19B2A5F38@AM6PR02MB4406.eurprd02.prod.outlook.example.com>"
M04_SUBJ = "GFCLR - nomination of speakers (Egyptian agricultural workers in the Jordan Valley)"
M04_QID = "4DPc1R6tWmz8"


def m04():
    when = at("2021-01-27 12:05:18")
    intro = """Dear GCM Regional Review Secretariat,

Warm greetings from Deir Alla.

The Ghor Fields Centre for Labour Rights (GFCLR) has been working since 2014 with the agricultural workers of the Jordan Valley, most of them Egyptian men who come on seasonal work permits for the vegetable and banana seasons, and increasingly their families. We provide legal counselling on wages and permits, and follow the cases of workers who become undocumented when their sponsor does not renew the permit.

We are pleased to nominate the following three speakers for the Regional Review:"""
    headers = ["Name", "Position", "Organization", "Requested role"]
    rows = [["Mr. Sayed Fathallah Abdel-Aal", "Volunteer Community Focal Point", "GFCLR",
             "Floor intervention - Thematic Roundtable 1"],
            ["Eng. Khaled Suleiman Al-Ghazawi", "Chairman of the Board", "Al-Rawda Agricultural Cooperative Society",
             "Floor intervention - Plenary session"],
            ["Ms. Lina Akroush", "Legal Officer, Labour Rights Unit", "GFCLR",
             "Rapporteur (stakeholders' key messages)"]]
    outro = """Mr. Sayed has worked in the Valley on seasonal permits since 2009 and goes back to his village in Minya every summer; he will speak in Arabic. Eng. Khaled represents 46 farm owners who employ Egyptian workers and has supported our campaign for written contracts. Ms. Lina is copied on this email.

Best regards,

Rania Freihat
Programme Manager
Ghor Fields Centre for Labour Rights (GFCLR)
Deir Alla, Balqa Governorate, Jordan
Tel: +962 5 000 0000 | Mobile: +962 79 000 0000"""
    plain = intro + "\n\n" + "\n\n".join("\n".join(r) for r in [headers] + rows) + "\n\n" + outro + "\n"
    html = mso_doc(mso_paras(intro) + mso_grid(headers, rows) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                   + mso_paras(outro), lang="EN-US")
    body = alt(plain, "_000_AM6PR02MB4406C7E19B2A5F38_", html=html)
    m = mk(when, sent_at(when, 2, 9), "mail-am6eur02on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", M04_QID, "Rania Freihat <r.freihat@gfclr.example.org>", M04_SUBJ, M04_ID, body,
           cc="Lina Akroush <l.akroush@gfclr.example.org>",
           extra=outlook(M04_SUBJ, "AdbzK1Wq5Er7Ty9Ui2Op4As6Df8Gh0Jk==", lang="en-US"))
    g = "Ghor Fields Centre for Labour Rights (GFCLR)"
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Sayed Fathallah Abdel-Aal", "Volunteer Community Focal Point", g, ["roundtable"], 1),
        sp("Khaled Suleiman Al-Ghazawi", "Chairman of the Board", "Al-Rawda Agricultural Cooperative Society",
           ["plenary"]),
        sp("Lina Akroush", "Legal Officer, Labour Rights Unit", g, ["rapporteur"])],
        notes="Jordan Valley labour-rights centre nominating three speakers in an Outlook table (HTML grid; the "
              "text/plain alternative has one cell per line, a blank line between rows); the table gives the "
              "centre only as 'GFCLR', recorded in its fullest written form; the second speaker belongs to a "
              "farmers' cooperative (the employers' side), not to the centre; 'Mr.', 'Eng.', 'Ms.' dropped; the "
              "title with its unit kept whole. The returnee-circular worker (Minya every summer) is the first "
              "speaker. Sender is not a speaker; the third speaker is in Cc and her out-of-office answers our "
              "acknowledgement (h247-05)."))


# ================================================================ 05  AR  auto_reply  the Cc'd legal officer's Arabic/English Exchange out-of-office on our acknowledgement of 04
def m05():
    when = at("2021-01-27 12:06:02")
    ack = ack_mid(M04_QID)
    text = """شكراً لرسالتكم.
أنا في إجازة حتى يوم الأحد 31 كانون الثاني 2021 ولن أتمكن من الرد على البريد الإلكتروني قبل ذلك. للأمور المستعجلة يرجى التواصل مع info@gfclr.example.org أو على الرقم 0000 000 5 962+.

Thank you for your email. I am on leave until Sunday 31 January 2021. For urgent matters please contact info@gfclr.example.org.

لينا عكروش | Lina Akroush
مركز حقول الغور لحقوق العمال | GFCLR
"""
    html = outlook_html(text, lang="AR-JO", rtl=True)
    body = alt(text, "_000_AM6PR02MB4406OOFC7E19B2A_", html=html, b64=True)
    subj = hdr("رد تلقائي: Acknowledgement of receipt - " + M04_SUBJ)
    rows = std_rows(when, "mail-am6eur02on0619.outbound.protection.outlook.example.com", "198.51.100.119",
                    "4DPc2B0nXqz4", "Lina Akroush <l.akroush@gfclr.example.org>", subj,
                    rfcdate(sent_at(when, 2, 3)),
                    "<AM6PR02MB4406OOF2D8A1C7E@AM6PR02MB4406.eurprd02.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M04_ID + " " + ack),
             ("Thread-Topic", "Acknowledgement of receipt - " + M04_SUBJ), ("Content-Language", "ar-JO"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "l.akroush@gfclr.example.org")]
    add(5, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the speaker in Cc of h247-04, Arabic first then English, answering our "
              "acknowledgement 44 seconds later (null Return-Path, Auto-Submitted, References to h247-04); Arabic "
              "'رد تلقائي:' prefix before an English subject; it carries a date ('31 كانون الثاني') and a "
              "bilingual name/organisation signature. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 06  FR  speaker  Rawafed completes 02 a week later (Gmail web, accents back)
def m06():
    when = at("2021-01-28 10:03:26")
    text = """Bonjour,

Comme annoncé, voici les informations complètes après la réunion de notre bureau :

Nom et prénom : Mbarka Dhifallah
Fonction : Animatrice du groupe de parole des femmes rentrées d'Italie
Association : Association Rawafed pour les Travailleuses Saisonnières (ARTS), Sidi Bouzid
Intervention souhaitée : table ronde thématique n° 2 (ou n° 4 si la 2 est complète)
Elle aimerait aussi prendre part à la discussion ouverte de la consultation du 23 février, si c'est possible.

Elle parlera en arabe (dialecte tunisien). Elle n'a pas d'adresse e-mail, merci de passer par moi pour tout contact.

Cordialement,
Hamza Ghribi
Chargé de plaidoyer
Association Rawafed pour les Travailleuses Saisonnières (ARTS)
+216 98 000 000

Le ven. 22 janv. 2021 à 17:14, Hamza Ghribi <hamza.ghribi.rawafed@gmail.example.com> a écrit :

""" + gt(M02_TEXT) + "\n"
    body = alt(text, "000000000000c83e1f05b9f40a6b", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-wr1-f53.google.example.com", "192.0.2.153", "4DQ07Y5kLrz1",
           "Hamza Ghribi <hamza.ghribi.rawafed@gmail.example.com>", "Re: " + M02_SUBJ,
           "<CAM3kVq9uXs4Mn2+Rb7Th0wYc5Ld8pQe3gB@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mbarka Dhifallah", "Animatrice du groupe de parole des femmes rentrées d'Italie",
           "Association Rawafed pour les Travailleuses Saisonnières (ARTS)", ["roundtable", "open_discussion"], 2)],
        thread_of=H % 2,
        notes="reply to the sender's own h247-02 (In-Reply-To) completing it a week later: labelled lines, now with "
              "accents (written from a computer); two roundtables offered, the first choice (2) recorded, and the "
              "open discussion asked for in a separate sentence ('aimerait aussi ... si c'est possible'), so two "
              "roles. ', Sidi Bouzid' after the acronym is the town. The note that she has no e-mail is not a "
              "request. Quoted original below."))


# ================================================================ 07  AR  both  Beni Suef licensed recruitment company: PDF report + speaker, licence scan
M07_FILE = "التقرير الطوعي - شركة بني سويف الدولية لإلحاق العمالة 2021.pdf"
M07_LIC = "صورة ترخيص الشركة.png"


def m07():
    when = at("2021-01-29 11:22:45")
    subj = "تقرير طوعي وطلب مداخلة - شركة بني سويف الدولية لإلحاق العمالة المصرية بالخارج"
    text = """السادة / أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المنظمة الدولية للهجرة - المكتب الإقليمي

تحية طيبة وبعد،،

بالإشارة إلى دعوتكم الكريمة لأصحاب المصلحة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي في المنطقة العربية، يطيب لشركة بني سويف الدولية لإلحاق العمالة المصرية بالخارج (ترخيص وزارة القوى العاملة رقم 1142 لسنة 2008) أن تتقدم لسيادتكم بما يلي:

أولاً: التقرير الطوعي للشركة عن تجربتها في تشغيل العمالة الزراعية الموسمية المصرية في المملكة الأردنية الهاشمية (مواسم الخضار في وادي الأردن) خلال الفترة من 2016 إلى 2020، والإجراءات التي اتخذتها لتطبيق مبدأ "صاحب العمل يتحمل تكاليف الاستقدام" وعدم تحميل العامل أي رسوم، وذلك في الملف المرفق بصيغة PDF.

ثانياً: نرجو التكرم بإتاحة الفرصة للأستاذ/ محمود عبد الباسط الشريف، مدير إدارة التشغيل والتعاقدات الخارجية بالشركة، لإلقاء مداخلة في المائدة المستديرة المواضيعية الرابعة، لعرض تجربة الشركة في الاستقدام العادل والتعاقد الموسمي.

ومرفق أيضاً صورة من ترخيص الشركة للعلم.

وتفضلوا بقبول وافر الاحترام والتقدير،،

عن رئيس مجلس الإدارة
إيمان فتحي عبد الحميد
سكرتارية رئيس مجلس الإدارة
شركة بني سويف الدولية لإلحاق العمالة المصرية بالخارج
14 شارع صلاح سالم - بني سويف - جمهورية مصر العربية
ت: 082 000 0000 - فاكس: 082 000 0001
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)",
                  "Beni Suef International Company for the Placement of Egyptian Workers Abroad",
                  ["Seasonal Egyptian farm workers in the Jordan Valley, 2016-2020", "Employer-pays principle",
                   "Contracts, permits and return", "COVID-19 and the 2020 season", "Recommendations"])
    cid = "image001.png@01D6F62E.3B1A7C50"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-EG", img_cid=cid, rtl=True), cte="base64"),
                            logo(cid, (0, 84, 147))], "_004_VI1PR08MB3261A5C9E7D2B041_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_VI1PR08MB3261A5C9E7D2B041_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M07_FILE),
                           attach("image/png", make_png(40, 56, (236, 232, 220)), M07_LIC)],
                 "_005_VI1PR08MB3261A5C9E7D2B041_")
    m = mk(when, sent_at(when, 2, 10), "mail-vi1eur08on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DQn3X8sGtz5", addr("Eman Fathy", "chairman.office@bsic-placement.example.com.eg"),
           hdr(subj), "<VI1PR08MB3261A5C9E7D2B041@VI1PR08MB3261.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "Adb2Lk7Rt0Yp3Qw6Er9Ty2Ui5Op8As1Dd==", lang="ar-EG", has_attach="yes"))
    add(7, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود عبد الباسط الشريف", "مدير إدارة التشغيل والتعاقدات الخارجية",
           "شركة بني سويف الدولية لإلحاق العمالة المصرية بالخارج", ["roundtable"], 4)],
        report_attachments=[M07_FILE],
        notes="both, on time (29 January); an Egyptian licensed recruitment company sending Egyptian farm workers "
              "to the Jordan Valley; formal Egyptian administrative Arabic ('أولاً/ثانياً', 'الأستاذ/' with a slash, "
              "dropped); title with its department kept without 'بالشركة'; the licence number in brackets after the "
              "company's name is not part of the affiliation; the PNG scan of the licence is not part of the report "
              "(only the PDF is listed, Arabic name with spaces and a dash, RFC 2231 + RFC 2047); written by the "
              "chairman's office secretary ('عن رئيس مجلس الإدارة'), not the speaker. Outlook related part with "
              "the letterhead logo."))


# ================================================================ 08  FR  both  Vittoria association (Italy) writing French: report in Italian and in French + 'Dott.ssa' speaker, Cc her
M08_ID = "<5f3b2c81-9d47-4e0a-b6c3-7a1e04d9f2b8@bracciaeradici.example.it>"
M08_SUBJ = "Rapport volontaire et proposition d'intervenante - Associazione Braccia e Radici (Vittoria, Sicile)"
M08_QID = "4DR4k9Hb2Wz7"
M08_IT = "Rapporto_volontario_GCM_Braccia_e_Radici_2021_IT.pdf"
M08_FR = "Rapport volontaire PMM – Braccia e Radici (version française).pdf"


def m08():
    when = at("2021-01-30 16:37:20")
    text = """Madame, Monsieur,

Je me permets de vous écrire au nom de l'Associazione Braccia e Radici APS, association de Vittoria (province de Raguse, Sicile) qui accompagne depuis 2012 les ouvriers et ouvrières agricoles tunisiens des serres de la « fascia trasformata », la bande côtière entre Vittoria, Acate et Santa Croce Camerina.

Vous trouverez ci-joint notre rapport volontaire pour l'examen régional du Pacte mondial. Nous l'avons rédigé en italien puis traduit en français : les deux versions sont jointes et leur contenu est identique. Il traite des contrats saisonniers et des « decreti flussi », du logement dans les campagnes isolées, de la santé au travail (pesticides, chaleur sous les serres), de la situation des femmes tunisiennes et des retours au pays pendant la pandémie.

Nous souhaiterions également proposer comme intervenante, pour la table ronde thématique n° 1, la Dott.ssa Sonia Mejri, médiatrice interculturelle de notre association. Originaire de Mahdia, elle vit en Sicile depuis 2004 et travaille chaque jour avec les familles tunisiennes des serres ; elle parle arabe, français et italien. Elle est en copie de ce message.

En vous remerciant de votre attention, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Giulia Cannizzaro
Coordinatrice de projets / Coordinatrice progetti
Associazione Braccia e Radici APS
Via Garibaldi 212 – 97019 Vittoria (RG) – Italia
tel. +39 0932 000000 – cell. +39 333 0000000

-- 
Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, le informazioni contenute in questa e-mail e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di darne comunicazione al mittente e di cancellarlo. Grazie.
"""
    it = rep_pdf("Rapporto volontario - Revisione regionale del GCM", "Associazione Braccia e Radici APS, Vittoria (RG)",
                 ["Braccianti tunisini nella fascia trasformata", "Contratti stagionali e decreti flussi",
                  "Alloggio nelle campagne", "Salute sul lavoro: pesticidi e calore", "Donne tunisine nelle serre",
                  "Rientri durante la pandemia"])
    fr = rep_pdf("Rapport volontaire - Examen regional du PMM", "Associazione Braccia e Radici APS, Vittoria (RG)",
                 ["Ouvriers tunisiens de la fascia trasformata", "Contrats saisonniers et decreti flussi",
                  "Logement dans les campagnes", "Sante au travail : pesticides et chaleur", "Femmes tunisiennes",
                  "Retours pendant la pandemie"])
    t = leaf("text/plain", flowed(text), cte="8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach("application/pdf", it, M08_IT), attach("application/pdf", fr, M08_FR)],
                 "------------8A2E1C7F04B93D5E61A0F2C4")
    m = mk(when, sent_at(when, 1, 12), "mx-out02.bracciaeradici.example.it", "203.0.113.84", M08_QID,
           "Giulia Cannizzaro <giulia.cannizzaro@bracciaeradici.example.it>", hdr(M08_SUBJ, enc="Q"), M08_ID, body,
           cc="Sonia Mejri <sonia.mejri@bracciaeradici.example.it>",
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sonia Mejri", "médiatrice interculturelle", "Associazione Braccia e Radici APS", ["roundtable"], 1)],
        report_attachments=[M08_IT, M08_FR],
        notes="both, on time (30 January); a Sicilian association of the Vittoria greenhouses writing French with an "
              "Italian address block and GDPR notice (Thunderbird, 8bit format=flowed). The report comes in two "
              "attachments, the Italian original and its French translation (non-ASCII name with an en dash and "
              "'ç', RFC 2231 + RFC 2047): both make up the report. Italian honorific 'Dott.ssa' dropped; 'APS' is "
              "the Italian legal form, kept as written (no acronym); the speaker is in Cc and her vacation reply "
              "answers our acknowledgement (h247-09). Sender is not the speaker."))


# ================================================================ 09  FR  auto_reply  the Cc'd mediator's French/Italian vacation reply on our acknowledgement of 08
def m09():
    when = at("2021-01-30 16:38:51")
    ack = ack_mid(M08_QID)
    text = """Bonjour,

Je suis en déplacement en Tunisie (Mahdia) jusqu'au 8 février, avec un accès limité à ma messagerie. Pour toute urgence, merci d'écrire à info@bracciaeradici.example.it.

Buongiorno,
sono in trasferta in Tunisia fino all'8 febbraio con accesso limitato alla posta. Per urgenze scrivere a info@bracciaeradici.example.it.

Sonia Mejri
Mediatrice interculturale – Associazione Braccia e Radici APS
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mx-out02.bracciaeradici.example.it", "203.0.113.84", "4DR4m1Pc7Dz0",
                    "Sonia Mejri <sonia.mejri@bracciaeradici.example.it>",
                    hdr("Absente / Fuori sede fino all'8 febbraio", enc="Q"), rfcdate(sent_at(when, 1, 2)),
                    "<autoreply.1612017529.77312@bracciaeradici.example.it>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")],
                    ret="sonia.mejri@bracciaeradici.example.it")
    rows += [("In-Reply-To", ack), ("References", M08_ID + " " + ack)]
    add(9, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="vacation autoresponder (Auto-Submitted, X-Autoreply, Precedence: bulk) of the speaker in Cc of "
              "h247-08, French then Italian, answering our acknowledgement 91 seconds later; its own subject, not "
              "'Re:'; a date ('jusqu'au 8 février') that is not a deadline and a title/organisation line like a "
              "signature. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 10  EN  report  Lisbon research centre: policy brief PDF, Apple Mail, logo, Portuguese signature
M10_FILE = "CIMLAS_Policy-Brief_Circular-Labour_Maghreb-SouthernEurope_2021.pdf"


def m10():
    when = at("2021-02-01 13:48:55")
    subj = "Contribution to the voluntary GCM review - CIMLAS policy brief on circular labour schemes"
    text = """Dear GCM Regional Review team,

Please find attached our contribution to the voluntary GCM review for the Arab region: a 24-page policy brief, "Picking, packing, going home: circular labour schemes between Morocco, Tunisia and Southern Europe (2015-2020)".

The brief compares the Spanish contracting-in-origin scheme that brings Moroccan women to the berry farms of Huelva, the Italian seasonal quotas used by Tunisian workers in Sicily and the Egyptian seasonal workers in Jordan, from the side of the countries of origin. It draws on 63 interviews with workers, recruiters and officials in Huelva, Lepe, Vittoria, Larache and Kenitra (2018-2020) and makes recommendations under GCM Objectives 5, 6 and 21. The fieldwork dataset is not attached but we can share it on request.

Com os melhores cumprimentos / With best wishes,
Joana

--
Joana Rebelo Antunes, PhD
Investigadora Sénior | Senior Researcher
Centro de Investigação em Migrações Laborais e Sazonais (CIMLAS)
Rua da Junqueira 86, 1300-344 Lisboa, Portugal
+351 21 000 0000

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao(s) destinatário(s) indicado(s). Se a recebeu por engano, por favor informe o remetente e apague-a. Pense no ambiente antes de imprimir este e-mail.
"""
    pdf = rep_pdf("Picking, packing, going home: circular labour schemes (policy brief)",
                  "Centro de Investigacao em Migracoes Laborais e Sazonais (CIMLAS), Lisboa",
                  ["Contracting in origin: Morocco - Huelva", "Seasonal quotas: Tunisia - Sicily",
                   "Egyptian seasonal workers in Jordan", "Return and reintegration", "Recommendations (Obj. 5, 6, 21)"])
    cid = "6E1B2A4F-33C7-4D0E-9A5B-C8F1D2E7A904"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.split("\n--\n")[0].split("\n"))
            + '<div><br></div><div>--</div>'
            + "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.split("\n--\n")[1].split("\n"))
            + '<div><img apple-inline="yes" id="%s" src="cid:%s" width="96" height="48"></div></body></html>\n'
            % (cid, cid))
    img = leaf("image/png", make_png(96, 48, (128, 24, 40)), cte="base64",
               params=[("name", '"CIMLAS_logo.png"')], disp='inline; filename="CIMLAS_logo.png"',
               extra=[("Content-Id", "<%s>" % cid)])
    rel = multi("related", [leaf("text/html", html), img], "Apple-Mail=_C2F7A81D-5E34-4B90-8D16-0A3F9E1B7C52",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "Apple-Mail=_4B0D2E97-1A6C-4F83-B5E2-9C7A13D8F046")
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE)],
                 "Apple-Mail=_91E3C5A0-7D28-4B6F-A014-E2F8D37C6B19")
    m = mk(when, sent_at(when, 0, 9), "smtp.cimlas.example.pt", "203.0.113.31", "4DSK8c2RnVz6",
           "Joana Rebelo Antunes <joana.antunes@cimlas.example.pt>", subj,
           "<8D0F4E21-6B93-4C7A-A5E1-3F2C9B7D0A14@cimlas.example.pt>", body, extra=[("X-Mailer", APPLE)])
    add(10, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M10_FILE],
        notes="a Lisbon research centre's 'policy brief' sent as its contribution to the voluntary review (it is the "
              "report); the fieldwork dataset is mentioned but not sent; Apple Mail with an inline signature logo "
              "(not part of the report) inside multipart/related; Portuguese/English signature with 'PhD' after "
              "the name and a Portuguese confidentiality notice; no speaker is proposed; Date in UTC+0."))


# ================================================================ 11  AR  report  Fayoum village association: the report pasted in the body, Yahoo
def m11():
    when = at("2021-02-02 10:30:12")
    subj = "التقرير الطوعي لجمعية تنمية المجتمع بقرية تطون - الفيوم"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين
تحية طيبة وبعد

نظراً لعدم قدرتنا على تجهيز ملف بصيغة مناسبة، نرسل لسيادتكم التقرير الطوعي للجمعية مكتوباً في نص هذه الرسالة، ونرجو قبوله بهذا الشكل.

التقرير الطوعي لجمعية تنمية المجتمع بقرية تطون - مركز إطسا - محافظة الفيوم
الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية 2021

أولاً: عن الجمعية
جمعية أهلية مشهرة برقم 611 لسنة 1994، تعمل في مجال تنمية المجتمع ورعاية أسر العمال المسافرين، ويبلغ عدد أعضائها 420 عضواً.

ثانياً: هجرة أبناء القرية للعمل
يسافر عدد كبير من شباب القرية منذ الثمانينيات للعمل الموسمي في الزراعة، أولاً إلى ليبيا (مزارع المرج والأبيار والكفرة) ثم إلى الأردن (وادي الأردن)، ويعود أغلبهم كل سنة أو سنتين. وفي السنوات الأخيرة اتجه بعض الشباب إلى إيطاليا عن طريق البحر.

ثالثاً: أثر الأوضاع في ليبيا منذ 2011
عاد أكثر من 300 عامل من ليبيا بين 2014 و2020، كثير منهم بدون مستحقاتهم، وتعرض بعضهم للخطف والاحتجاز على طريق السلوم - طبرق. ولا يوجد حتى الآن تأمين أو معاش لهؤلاء العمال.

رابعاً: جائحة كورونا
توقف السفر إلى الأردن في موسم 2020، وتكدست أسر كثيرة في ديون تأشيرات وتصاريح لم تستخدم.

خامساً: التوصيات
1- تنظيم الهجرة الموسمية إلى ليبيا باتفاقيات بين الحكومتين (الهدف 5 من الاتفاق العالمي).
2- منع تحصيل أي رسوم من العامل مقابل التصريح أو التأشيرة (الهدف 6).
3- برنامج لإعادة إدماج العائدين من ليبيا وتعويضهم (الهدف 21).
4- نشر التوعية في القرى عن مخاطر السفر غير النظامي عبر البحر.

وتفضلوا بقبول فائق الاحترام

رئيس مجلس إدارة الجمعية
أ. رجب عبد العظيم قرني
جمعية تنمية المجتمع بقرية تطون - مركز إطسا - الفيوم
"""
    a = alt(text, "----=_Part_904126_1362778025.1612254607214", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "sonic317-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.217",
           "4DSy0Pm4JbZ9", addr("Ragab Karni", "tatoun.development@yahoo.example.com"), hdr(subj),
           "<1612254607214.904127@mail.yahoo.example.com>", a, extra=[("X-Mailer", YAHOO)])
    add(11, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="Fayoum village association whose men work seasons on farms in eastern Libya and the Jordan Valley; "
              "the whole report is pasted in the body (headings 'أولاً' to 'خامساً', recommendations by GCM "
              "objective) because they could not prepare a file, so report_attachments is empty; years, "
              "registration number and member counts are not deadlines; signed by the chairman with 'أ.' but no "
              "speaker is proposed. Yahoo, base64 parts."))


# ================================================================ 12  FR  speaker  returnee cooperative president, iPhone: the speaker only in her signature
def m12():
    when = at("2021-02-03 09:15:40")
    subj = "Demande de prise de parole"
    text = """Bonjour,

Je suis une ancienne ouvrière saisonnière, j'ai fait 5 saisons de fraises à Palos de la Frontera (Huelva) entre 2012 et 2018. Quand on est rentrées, on a créé avec d'autres femmes une coopérative de confitures et de fruits rouges à Moulay Bousselham.

Je souhaite prendre la parole à la table ronde n°1 pour parler des contrats, des logements dans les fincas et du retour. Je peux parler en arabe ou en français.

Merci d'avance pour votre réponse

Saadia Boukhriss
Présidente - Coopérative Féminine Al Bayada des Fruits Rouges (COFAB)
Moulay Bousselham, province de Kénitra
+212 6 61 00 00 00

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 6), "mr85p00im-ztdg06011801.me.example.com", "198.51.100.188", "4DTd5Wq2Nsz8",
           "Saadia B. <saadia.cofab@icloud.example.com>", hdr(subj, enc="Q"),
           "<3C9E7B12-4A8D-4F61-B2E0-D5A6C1F93E87@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Saadia Boukhriss", "Présidente", "Coopérative Féminine Al Bayada des Fruits Rouges (COFAB)",
           ["roundtable"], 1)],
        notes="a returnee strawberry picker asking to speak herself ('Je souhaite prendre la parole'): her full "
              "name, title and cooperative are only in the iPhone signature (the From display name is 'Saadia "
              "B.'); 'ancienne ouvrière saisonnière' is her past, not her title; 'Moulay Bousselham, province de "
              "Kénitra' is the place. Plain text, quoted-printable."))


# ================================================================ 13  EN  speaker  Egyptian rural labour centre: the returnee from Libya only in an attached form
M13_FORM = "Speaker form - ECRLR (returnee from Libya).docx"


def m13():
    when = at("2021-02-03 15:02:10")
    subj = "Speaker nomination - ECRLR"
    text = """Dear Sir/Madam,

Kindly find attached the filled speaker nomination form of the Egyptian Centre for Rural Labour Rights (ECRLR) for the Regional Review.

Our nominee is a former seasonal farm worker from Beheira who spent eleven years between his village and the farms of Al-Marj and Al-Abyar in eastern Libya before coming back for good in 2020. He now works with us in the villages with the families of workers who are still in Libya. He will speak in Arabic.

Please let me know if anything is missing.

Best regards,
Nourhan Magdy Tolba
Programme Assistant, ECRLR
Damanhour, Beheira - Egypt
"""
    form = make_docx(["Speaker nomination form - Regional Review of the Global Compact for Migration, Arab region",
                      "Full name: Ashraf Ramadan Abdel-Ghani El-Sawy",
                      "Title / position: Community Outreach Officer (Returnees Programme)",
                      "Organization: Egyptian Centre for Rural Labour Rights (ECRLR)",
                      "Country: Egypt",
                      "Requested role (tick one):",
                      "[X] Open discussion of the multi-stakeholder consultation (23 February)",
                      "[ ] Rapporteur (key messages)",
                      "[ ] Floor intervention in a plenary session",
                      "[ ] Floor intervention in a thematic roundtable (number: ___)",
                      "Language of intervention: Arabic",
                      "Contact: through Nourhan Magdy Tolba, ECRLR"])
    a = alt(text, "000000000000d91b6e05ba6f3c24", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, form, M13_FORM)], "000000000000d91b7005ba6f3c26")
    m = mk(when, sent_at(when, 2, 7), "mail-ed1-f49.google.example.com", "192.0.2.49", "4DTq9Zc6Hwz3",
           "Nourhan Magdy <nourhan.ecrlr@gmail.example.com>", subj,
           "<CAGy2sX7mKq4Vn9+Tb1Rc6pLw3Hd8zFe0jN@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ashraf Ramadan Abdel-Ghani El-Sawy", "Community Outreach Officer (Returnees Programme)",
           "Egyptian Centre for Rural Labour Rights (ECRLR)", ["open_discussion"])],
        notes="the body describes a returnee from Libyan farms without naming him; his name, title and role are "
              "only in the attached DOCX nomination form (tick box '[X] Open discussion'); the form is not a "
              "report (report_attachments empty). The unit in brackets is part of the title as written. Sender "
              "(programme assistant) is not the speaker; Gmail."))


# ================================================================ 14  FR  other  Souss association: can a worker under contract in Huelva speak by phone? HTML-only
def m14():
    when = at("2021-02-04 11:55:02")
    subj = "Questions pratiques - intervention d'une ouvrière actuellement en Espagne"
    inner = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Je suis chargée de mission à l'Association Ighrem pour les Femmes Rurales du Souss (AIFRS), à Biougra. Nous réfléchissons à proposer une intervenante, mais nous avons d'abord besoin de quelques précisions :</p>
<ol>
<li>La consultation et la conférence auront-elles lieu en ligne ? Si oui, sur quelle plateforme ?</li>
<li>La femme que nous pensons proposer est actuellement sous contrat dans une exploitation de fruits rouges près de Lepe, jusqu'à fin juin. Elle ne peut pas quitter la finca pendant la journée. Pourrait-elle intervenir par téléphone, ou envoyer un message vidéo enregistré à l'avance&nbsp;?</li>
<li>Elle parle tachelhit et darija. Y aura-t-il une interprétation, ou devons-nous prévoir quelqu'un pour traduire&nbsp;?</li>
</ol>
<p>Nous savons que la date limite pour les demandes de prise de parole est demain, merci d'avance pour une réponse rapide.</p>
<p>Bien cordialement,</p>
<p>Hanane Aït Bihi<br>
Chargée de mission<br>
Association Ighrem pour les Femmes Rurales du Souss (AIFRS)<br>
Biougra, Chtouka Aït Baha<br>
<span dir="rtl">جمعية إغرم للنساء القرويات بسوس</span></p>
</div>"""
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent_at(when, 1, 5), "smtp-out.menara.example.ma", "203.0.113.212", "4DVG2Lr7Kbz4",
           addr("Hanane Aït Bihi", "aifrs.biougra@menara.example.ma", enc="Q"), hdr(subj, enc="Q"),
           "<a7f2c1e94b3d58e0.1612432502@menara.example.ma>", body)
    add(14, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="practical questions (online platform, a worker under contract near Lepe speaking by phone or recorded "
              "video, interpretation from Tachelhit/Darija) the day before the speaker deadline: the association "
              "'réfléchit à proposer une intervenante' but names nobody, so not a speaker request; the sender's "
              "title and organisation in the signature (with an Arabic line) are not a nomination. HTML-only mail "
              "with a numbered list, quoted-printable."))


# ================================================================ 15  EN  speaker  Lepe foundation, two speakers at 22:52 Spanish time on the deadline day, mistyped Cc
M15_ID = "<CAPr8Lw3xNz5Qk1+Ty7Vb0mHc4Sd9eJf2gR@mail.gmail.example.com>"
M15_SUBJ = "Speakers nomination - Fundación Cruce de Caminos (Huelva)"
M15_QID = "4DWb7Rk1Tpz9"
M15_CC_BAD = "pilar.mendez@fucruce.example.es"


def m15():
    when = at("2021-02-05 23:52:18")
    text = """Dear colleagues,

I hope it is not too late, I know today is the deadline for speakers. Apologies for the late hour, we had our board meeting this evening to decide.

Fundación Cruce de Caminos (FUNCRUCE) works since 2008 in Lepe and Cartaya (Huelva) and since 2017 also in the Gharb region in Morocco, with the women who come for the strawberry and blueberry campaigns and with those who go back. We would like to nominate two speakers:

1. Khadija El Hamdaoui - Community Promoter in our Morocco programme, based in Souk El Arbaa du Gharb. She worked five campaigns in Cartaya and Lepe (2014-2019) under the contracting-in-origin programme and now visits the women in the douars before and after the season. Floor intervention in Thematic Rountable 3.

2. Dña. Pilar Méndez Orta - Head of the Return and Reintegration Unit, FUNCRUCE - rapporteur presenting the stakeholders' key messages.

Khadija speaks Darija and Spanish, and some French. Pilar is in copy.

Thank you and have a good weekend,

Álvaro Domínguez Rebollo
Responsable del Área de Incidencia | Advocacy Officer
Fundación Cruce de Caminos (FUNCRUCE)
Avda. de la Diputación 7, 21440 Lepe (Huelva)
www.funcruce.example.es

Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, contiene información de carácter confidencial exclusivamente dirigida a su destinatario o destinatarios. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita de la Fundación. En el caso de haber recibido este correo electrónico por error, se ruega notificar inmediatamente esta circunstancia mediante reenvío a la dirección electrónica del remitente.
"""
    body = alt(text, "0000000000007be24105baa9f7c3", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-wr1-f44.google.example.com", "192.0.2.44", M15_QID,
           addr("Álvaro Domínguez Rebollo", "alvaro.dominguez@funcruce.example.es", enc="Q"), hdr(M15_SUBJ, enc="Q"),
           M15_ID, body, cc="Pilar Méndez <%s>" % M15_CC_BAD)
    f = "Fundación Cruce de Caminos (FUNCRUCE)"
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Khadija El Hamdaoui", "Community Promoter", f, ["roundtable"], 3),
        sp("Pilar Méndez Orta", "Head of the Return and Reintegration Unit", f, ["rapporteur"])],
        notes="on time by eight minutes (23:52 Beirut, 22:52 in Spain, Date in UTC+1) although the sender fears it "
              "is late; a Lepe foundation writing English with a Spanish signature and notice; two speakers in "
              "numbered paragraphs: the returnee picker's title is 'Community Promoter' ('in our Morocco programme, "
              "based in ...' is where she works), her history is background; typo 'Rountable 3'; the Spanish "
              "honorific 'Dña.' dropped. Affiliation by reference to the foundation. The Cc address to the second "
              "speaker has a mistyped domain and our acknowledgement's copy bounces (h247-16)."))


# ================================================================ 16  EN  bounce  domain not found for the Cc copy of our acknowledgement of 15
def m16():
    when = at("2021-02-05 23:53:07")
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error for
    name=fucruce.example.es type=AAAA: Host not found
""" % M15_CC_BAD
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DWb7Sx4Mqz2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=fucruce.example.es type=AAAA: Host not found\n"
           % (rfcdate(when - dt.timedelta(seconds=6), "EET"), M15_CC_BAD, M15_CC_BAD))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: =?utf-8?q?=C3=81lvaro_Dom=C3=ADnguez_Rebollo?= <alvaro.dominguez@funcruce.example.es>\n"
            "Cc: =?utf-8?q?Pilar_M=C3=A9ndez?= <%s>\n"
            "Subject: =?utf-8?q?Acknowledgement_of_receipt_-_Speakers_nomination_-_Fundaci?=\n"
            " =?utf-8?q?=C3=B3n_Cruce_de_Caminos_=28Huelva=29?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M15_CC_BAD, rfcdate(when - dt.timedelta(seconds=9)), ack_mid(M15_QID), M15_ID,
                                  M15_ID))
    body = dsn_report(text, dsn, hdrs, "4DWb7Sx4Mqz2.1612561987/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWb7T0bVkz5; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205215307.4DWb7T0bVkz5@mx1.iom.int>")]
    add(16, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.4.4 (domain not found: 'fucruce' for 'funcruce') for the copy of our acknowledgement of "
              "h247-15 sent to the mistyped Cc address; arrives one minute after the request, still on the deadline "
              "day; the returned headers carry the nomination subject and two names. Never acknowledge; thread_of "
              "null as for dev bounces."))


# ================================================================ 17  AR  other  the Loukkos union thanks us for the acknowledgement of 03 (Darija)
def m17():
    when = at("2021-02-06 09:12:44")
    ack = ack_mid(M03_QID)
    q = """في الاثنين، 25 يناير 2021 في 7:42 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + gt("""السيد عبد الواحد الزيتوني المحترم،
تؤكد أمانة الاستعراض الإقليمي استلام رسالتكم "%s" (طلب مشاركة متحدثة واحدة).
سنتواصل معكم لاحقاً بخصوص برنامج الجلسات.
أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية""" % M03_SUBJ)
    text = """السلام عليكم
شكرا بزاف على التأكيد، نعيمة فرحانة بزاف وكتسنى الخبار ديالكم.
الله يعاونكم

عبد الواحد

""" + q + "\n"
    body = alt(text, "0000000000002c9fa105bab3e61d", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 5), "mail-wm1-f43.google.example.com", "192.0.2.143", "4DWt4Fh8Qcz1",
           addr("Abdelouahed Zitouni", "ustal.larache@gmail.example.com"),
           re_hdr("Re: ", "إشعار استلام - " + M03_SUBJ),
           "<CAHt5nW4rSy9Lt2+Xc0Nn5bAd8Fe3uGh1iP@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack)])
    add(17, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="short Darija thank-you ('شكرا بزاف') answering our acknowledgement of h247-03 (References name "
              "h247-03): adds nothing new, so no acknowledgement; it names the speaker by her first name only and "
              "the quoted acknowledgement repeats the request's subject; sent the day after the speaker deadline "
              "but a thank-you has no deadline."))


# ================================================================ 18  AR  speaker  Desouk returnees from Libyan farms, late, trusting the Arabic letter's misprinted date, phone
def m18():
    when = at("2021-02-08 19:25:50")
    subj = "طلب كلمة للرابطة في المؤتمر"
    text = """السلام عليكم ورحمة الله وبركاته

بعد التحية، احنا رابطة العمال الزراعيين العائدين من ليبيا في دسوق - كفر الشيخ، عندنا اكتر من ٣٠٠ عضو اشتغلوا سنين في مزارع المرج والبيضا وطبرق ورجعوا بعد الأحداث وبعد الكورونا.

عرفنا من الخطاب العربي ان آخر ميعاد لطلبات الكلمة يوم الجمعة ٢٣ فبراير، فبنبعت قبل الميعاد ان شاء الله.

بنرشح الحاج عبد الحميد السيد أبو شنب، رئيس الرابطة، عشان يلقي كلمة في الجلسة العامة عن مشاكل العمال في ليبيا: المرتبات اللي ماتدفعتش والخطف على الطريق والترحيل من غير ما ياخدوا حقوقهم.

وجزاكم الله خير
محمد عبد الحميد أبو شنب
سكرتير الرابطة
٠١٠٠٠٠٠٠٠٠٠
"""
    body = alt(text, "000000000000e4a7d205bad0c85f", html=android_html(text))
    m = mk(when, sent_at(when, 2, 8), "mail-qk1-f171.google.example.com", "192.0.2.171", "4DXv3Wk9Lmz7",
           addr("Mohamed Abou Shanab", "mohamed.aboushanab88@gmail.example.com"), hdr(subj),
           "<CAEq7Ry4nTw1Zk8+Pm3Lv6bXc9Hd2sJf5kT@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عبد الحميد السيد أبو شنب", "رئيس الرابطة", "رابطة العمال الزراعيين العائدين من ليبيا", ["plenary"])],
        notes="late (8 February): the sender trusts the Arabic letter's misprinted 'الجمعة ٢٣ فبراير' and believes he "
              "is early; Egyptian colloquial typed on a phone (Gmail for Android), Arabic-Indic digits; 'الحاج' is "
              "an honorific (dropped); 'في دسوق - كفر الشيخ' after the association is the place; 'الجلسة العامة' = "
              "plenary. The sender (secretary, the speaker's son by his name) is not the speaker."))


# ================================================================ 19  EN  other  Italian network invites the secretariat to its webinar on Tunisian greenhouse workers
def m19():
    when = at("2021-02-09 16:20:36")
    subj = "Invitation: webinar \"From Mahdia to the greenhouses of Ragusa\" - 18 February"
    text = """Dear colleagues of the GCM Regional Review,

I am writing on behalf of the Osservatorio Terra e Lavoro, a network of farmworkers' help desks, parishes and researchers in south-eastern Sicily.

On Thursday 18 February 2021, 17:00-18:30 CET, we organise an online webinar, "From Mahdia to the greenhouses of Ragusa: Tunisian seasonal workers one year into COVID-19", with workers, a Tunisian consular officer and two researchers. Interpretation Italian-Arabic-French will be provided.

We would be very glad if someone from the secretariat could say a few words about the Regional Review at the opening, and if you could share the invitation with the stakeholders taking part in the consultation. Registration: https://www.terraelavoro.example.it/webinar-mahdia-ragusa

Many thanks and best regards,

Marco Iacono
Segreteria organizzativa | Organising secretariat
Osservatorio Terra e Lavoro – Sicilia sud-orientale
Piazza del Popolo 9, 97100 Ragusa
tel. +39 0932 000 000

Ai sensi del GDPR (Reg. UE 2016/679), se non desidera ricevere ulteriori comunicazioni può scriverci a privacy@terraelavoro.example.it.
"""
    body = alt(text, "00000000000093f0b805bae18a27", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-ej1-f52.google.example.com", "192.0.2.52", "4DYM1Tq6Fwz0",
           "Marco Iacono <segreteria@terraelavoro.example.it>", subj,
           "<CAKw1Tn6pVz3Ly8+Rc5Mb2qXd7Ge0sHf4jW@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a personal invitation from an Italian network to its own webinar on Tunisian greenhouse workers, "
              "asking the secretariat to speak at the opening and to share the invitation: 'speakers', "
              "'interpretation' and dates appear, but no one is proposed to speak at the Regional Review and nothing "
              "is submitted; written by a person (not a mailing list), so acknowledged. Italian signature and GDPR "
              "line."))


# ================================================================ 20  AR  other  Jordan Valley independent union: may a joint report with an Egyptian committee include scanned testimonies?
def m20():
    when = at("2021-02-10 12:40:15")
    subj = "استفسار حول التقرير الطوعي المشترك"
    text = """حضرة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

نحن نقابة عمال الزراعة المستقلة في وادي الأردن، ونعمل مع لجنة العمال المصريين في دير علا والشونة الجنوبية على إعداد تقرير طوعي مشترك حول أوضاع العمال الزراعيين المصريين الموسميين في الأغوار. ولدينا الاستفسارات التالية قبل الإرسال:

1- هل يمكن تقديم التقرير باسم جهتين (نقابة أردنية ولجنة عمال غير مسجلة رسمياً)؟
2- لدينا شهادات مكتوبة بخط اليد من حوالي 40 عاملاً، هل يمكن إرفاقها ممسوحة ضوئياً كملحق للتقرير؟
3- هل موعد 16 شباط نهائي، أم يمكن إرسال الملحق بعده بأيام قليلة؟

مع الشكر والتقدير،

م. زياد سليمان العدوان
رئيس النقابة
نقابة عمال الزراعة المستقلة في وادي الأردن
الشونة الجنوبية - الأردن
"""
    html = mso_doc(mso_paras(text, rtl=True), lang="AR-JO", rtl=True)
    body = alt(text, "_000_HE1PR03MB2954E7A1C3D5F086_", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-he1eur03on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4DYs6Hb2Rnz5", addr("زياد العدوان", "z.adwan@jv-agri-union.example.jo"), hdr(subj),
           "<HE1PR03MB2954E7A1C3D5F086@HE1PR03MB2954.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcAq8Wd3Es6Rf9Tg2Yh5Uj8Ik1Ol4Pp==", lang="ar-JO"))
    add(20, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions before submitting (a joint report by a Jordanian union and an unregistered Egyptian "
              "workers' committee? scanned handwritten testimonies as an annex? can the annex come after 16 "
              "February?): 'تقرير طوعي' is announced, not sent; the deadline date is a question, not a submission. "
              "Signed 'م.' by the union's president, no speaker. Outlook, base64 parts."))


# ================================================================ 21  FR  both  Tunisian federation: PDF report + a speaker in a forwarded message from its Nabeul office (speaker part late)
M21_FILE = "Rapport FTTSA – travailleurs saisonniers tunisiens en Italie 2021.pdf"


def m21():
    when = at("2021-02-12 17:05:33")
    subj = "Rapport volontaire FTTSA + intervenante"
    fwd = """---------- Message transféré ---------
De : Anis Kchaou <nabeul@fttsa.example.tn>
Date : mer. 10 févr. 2021 à 11:48
Objet : proposition intervenante
À : Secrétariat général FTTSA <sg@fttsa.example.tn>

Bonjour Si Lotfi,

Comme convenu à la réunion de lundi, voici la proposition du bureau régional pour la conférence :

Nom : Me Sarra Laabidi
Qualité : Avocate au barreau de Nabeul, conseillère juridique du bureau régional
Structure : Fédération Tunisienne des Travailleurs Saisonniers et Agricoles (FTTSA) – Bureau régional de Nabeul
Souhait : table ronde thématique 4

Elle suit depuis 2018 les dossiers des travailleurs de la région partis en Sicile et dans les Pouilles avec des contrats saisonniers, et ceux qui sont rentrés sans être payés.

Cordialement,
Anis Kchaou
Secrétaire administratif – Bureau régional de Nabeul
"""
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de la Fédération Tunisienne des Travailleurs Saisonniers et Agricoles (FTTSA) pour l'examen régional du Pacte mondial. Il porte sur les travailleurs tunisiens partis avec des contrats saisonniers en Italie (Sicile, Pouilles, Latium), les intermédiaires et les frais de recrutement, et les retours.

Nous souhaitons aussi proposer une intervenante pour la conférence : voir le message de notre bureau de Nabeul ci-dessous. Nous espérons qu'il n'est pas trop tard pour les interventions.

Salutations syndicales,

Lotfi Ben Messaoud
Secrétaire général
FTTSA – Tunis

""" + fwd
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM",
                  "Federation Tunisienne des Travailleurs Saisonniers et Agricoles (FTTSA)",
                  ["Contrats saisonniers en Italie : Sicile, Pouilles, Latium", "Intermediaires et frais de recrutement",
                   "Salaires impayes et retours", "Recommandations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>'
            + "<br />\n".join(esc(x) for x in text.split(fwd)[0].rstrip("\n").split("\n"))
            + '</p>\n<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">'
            + "<br />\n".join(esc(x) for x in fwd.rstrip("\n").split("\n")) + "</blockquote>\n</body></html>\n")
    a = alt(text, "=_7d1f0c3b9e8a2d45c6f1e0b7a3925d48", html=html)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "=_9a03e5c7b1d84f26e0a7c3b5d1f9e284")
    m = mk(when, sent_at(when, 1, 9), "webmail.fttsa.example.tn", "203.0.113.196", "4DZq8Nc3Vtz6",
           "Lotfi Ben Messaoud <sg@fttsa.example.tn>", subj,
           "<6b2d9e41c7a03f58e1b4d7c29a6e0f13@fttsa.example.tn>", body, extra=[("User-Agent", ROUNDCUBE)])
    add(21, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Sarra Laabidi", "Avocate au barreau de Nabeul, conseillère juridique du bureau régional",
           "Fédération Tunisienne des Travailleurs Saisonniers et Agricoles (FTTSA) – Bureau régional de Nabeul",
           ["roundtable"], 4)],
        report_attachments=[M21_FILE],
        notes="both, received 12 February: the report is on time but the speaker part is a week past 5 February, so "
              "on_time false (the sender half-knows: 'pas trop tard'). The speaker is only in an internal message "
              "forwarded below ('Message transféré', Roundcube) from the regional office to the secretary general; "
              "'Me' dropped; the 'Structure' line with the regional office kept whole; 'Si Lotfi' in the forwarded "
              "greeting is the sender, not a speaker. PDF name with an en dash (RFC 2231 + RFC 2047)."))


# ================================================================ 22  FR  report  Gharb women's network: DOCX report + signed cover letter PDF, Thunderbird 8bit
M22_FILE = "Rapport_RAFG_ouvrières_saisonnières_Huelva_2021.docx"
M22_LETTER = "Lettre_de_transmission_RAFG_signée.pdf"


def m22():
    when = at("2021-02-14 21:33:04")
    subj = "Réseau RAFG – envoi du rapport volontaire (examen régional du PMM)"
    text = """Madame, Monsieur,

Au nom du Réseau des Associations Féminines du Gharb (RAFG), qui regroupe 17 associations de Kénitra, Sidi Slimane, Souk El Arbaa et Mechra Bel Ksiri, j'ai l'honneur de vous transmettre notre rapport volontaire pour l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport (document Word ci-joint) présente la situation des ouvrières agricoles saisonnières de la région recrutées pour les campagnes de fraises et de fruits rouges de Huelva : sélection et conditions de recrutement, contrats et logement, violences et harcèlement, blocage de 2020 et retour, réinsertion. Il se termine par des recommandations adressées au Maroc, à l'Espagne et aux organisations internationales.

Vous trouverez également la lettre de transmission signée par notre présidente, Pr Naïma Moutaouakil, professeure de sociologie à l'Université Ibn Tofaïl.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hasna El Gharbaoui
Coordinatrice du RAFG
Kénitra – Maroc
"""
    doc = make_docx(["Reseau des Associations Feminines du Gharb (RAFG)",
                     "Rapport volontaire - Examen regional du Pacte mondial sur les migrations, region arabe, 2021",
                     "1. Les ouvrieres saisonnieres du Gharb et les campagnes de Huelva",
                     "2. Selection et recrutement", "3. Contrats, logement et sante",
                     "4. Violences et harcelement", "5. Le blocage de 2020 et le retour", "6. Reinsertion",
                     "7. Recommandations"])
    letter = make_pdf(["Reseau des Associations Feminines du Gharb (RAFG)", "Kenitra, le 12 fevrier 2021",
                       "Objet : transmission du rapport volontaire", "", "Madame, Monsieur,",
                       "Nous avons l'honneur de vous transmettre ci-joint notre rapport volontaire.",
                       "La Presidente, Pr Naima Moutaouakil (signature)"])
    t = leaf("text/plain", flowed(text), cte="8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, doc, M22_FILE), attach("application/pdf", letter, M22_LETTER)],
                 "------------3F7A0C2E9B15D84A6E1C0B73")
    m = mk(when, sent_at(when, 1, 10), "smtp.rafg.example.ma", "203.0.113.141", "4F0Dv5Tk1Hz8",
           "Hasna El Gharbaoui <coordination@rafg.example.ma>", hdr(subj, enc="Q"),
           "<e8c4a1d7-2b93-4f06-8a5e-71d3c9b20f46@rafg.example.ma>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="a network of 17 women's associations of the Gharb reporting on the Huelva strawberry campaigns; two "
              "attachments with accented names (RFC 2231 + RFC 2047): the DOCX is the report, the PDF is the signed "
              "cover letter ('lettre de transmission'), not part of it; the president named with 'Pr' and her "
              "university post is not a speaker. Thunderbird, 8bit format=flowed, Sunday evening, Date in UTC+1."))


# ================================================================ 23  AR  report  Jordanian observatory: Arabic PDF report + annex of testimonies (both make up the report)
M23_FILE = "تقرير المرصد الأردني للعمالة الزراعية الوافدة 2021.pdf"
M23_ANNEX = "ملحق 1 - شهادات عمال زراعيين مصريين.pdf"


def m23():
    when = at("2021-02-15 14:18:27")
    subj = "تقرير طوعي - المرصد الأردني للعمالة الزراعية الوافدة"
    text = """حضرات السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

يسرّ المرصد الأردني للعمالة الزراعية الوافدة أن يرفق لكم تقريره الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية فيما يخص العمال الزراعيين المصريين في وادي الأردن والمرتفعات، مع الملحق رقم (1) الذي يضم شهادات 28 عاملاً جُمعت بين أيلول وكانون الأول 2020. التقرير والملحق يشكلان وثيقة واحدة.

يتناول التقرير تصاريح العمل الزراعية وانتقال العامل بين أصحاب العمل، والسكن في المزارع، وأثر الإغلاقات خلال جائحة كورونا على العمال الموسميين الذين لم يتمكنوا من العودة إلى مصر.

نرجو التكرم بتأكيد الاستلام.

مع وافر الاحترام،

م. ديما الخطيب
منسقة البحث الميداني
المرصد الأردني للعمالة الزراعية الوافدة
عمّان - الأردن
"""
    rep = rep_pdf("Voluntary GCM review report (Arabic)", "Jordanian Observatory of Migrant Agricultural Labour",
                  ["Egyptian farm workers in the Jordan Valley and the highlands", "Agricultural work permits",
                   "Housing on farms", "COVID-19 closures and blocked returns", "Recommendations"])
    annex = make_pdf(["Annex 1 - Testimonies of Egyptian agricultural workers (28)", "Collected September-December 2020",
                      "Testimony 1: Deir Alla, vegetables", "Testimony 2: South Shuna, bananas", "..."])
    html = outlook_html(text, lang="AR-JO", rtl=True)
    a = alt(text, "_000_DB6PR07MB3175B8E2D4A6C019_", html=html, b64=True)
    body = multi("mixed", [a, attach("application/pdf", rep, M23_FILE), attach("application/pdf", annex, M23_ANNEX)],
                 "_004_DB6PR07MB3175B8E2D4A6C019_")
    m = mk(when, sent_at(when, 2, 8), "mail-db6eur07on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", "4F0yR2Wn7Bz3", addr("ديما الخطيب", "d.alkhatib@jomal-observatory.example.jo"),
           hdr(subj), "<DB6PR07MB3175B8E2D4A6C019@DB6PR07MB3175.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcDf3Gh6Jk9Lz2Xc5Vb8Nm1Qw4Er7Ty==", lang="ar-JO", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE, M23_ANNEX],
        notes="Jordanian observatory on Egyptian farm workers; two Arabic-named PDFs (RFC 2231 + RFC 2047): the "
              "report and its annex of testimonies, which the sender says form one document, so both are listed; "
              "the months of 2020 in the body are fieldwork dates; signed 'م.' (engineer), no speaker. Outlook, "
              "base64 parts."))


# ================================================================ 24  EN  report  Al Bayda association on Egyptian farm workers in eastern Libya, two days late, power cuts
M24_FILE = "JAAWR_Voluntary_GCM_Report_Egyptian_seasonal_workers_eastern_Libya.pdf"


def m24():
    when = at("2021-02-18 10:05:49")
    subj = "Voluntary report - Jabal Akhdar Association for Agricultural Workers' Rights (late, apologies)"
    text = """Dear Secretariat,

Good morning. Please accept our apologies for sending our voluntary report two days after the deadline. We had long power cuts in Al Bayda since Sunday and the internet came back only this morning.

The report (PDF attached) is about the Egyptian seasonal workers on the farms of the Green Mountain (Al Bayda, Shahat, Al Marj, Al Abyar): how they arrive through Salloum and Musaid, their work without contracts, the wages not paid when the farms lost money in 2020, and the returns during COVID-19. We hope it can still be considered.

With thanks,

Anwar Faraj Elmismari
Executive Director
Jabal Akhdar Association for Agricultural Workers' Rights (JAAWR)
Al Bayda - Libya
جمعية الجبل الأخضر لحقوق العمال الزراعيين
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Jabal Akhdar Association for Agricultural Workers' Rights (JAAWR)",
                  ["Egyptian seasonal workers in the Green Mountain", "Arrival through Salloum and Musaid",
                   "Work without contracts; unpaid wages in 2020", "Returns during COVID-19", "Recommendations"])
    a = alt(text, "0000000000005d2e8b05bba7f41c", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "0000000000005d2e8d05bba7f41e")
    m = mk(when, sent_at(when, 2, 7), "mail-lj1-f179.google.example.com", "192.0.2.179", "4F2Zk6Pr0Xz4",
           "Anwar Elmismari <jaawr.libya@gmail.example.com>", subj,
           "<CAJm5Vx2qLr8Kt4+Wn1Bc7pYd0Hf3sTe6gU@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late (18 February, two days after the report deadline) and says so, blaming power cuts; an "
              "association in Al Bayda on Egyptian seasonal farm workers in eastern Libya; English signature with "
              "the Arabic name of the association on the last line; Gmail, Date in UTC+2."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
