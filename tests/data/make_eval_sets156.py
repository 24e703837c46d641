#!/usr/bin/env python3
"""Write the blind evaluation set holdout156 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets156.py
Theme: migrant workers writing for themselves and their own groups (domestic, farm and construction workers,
community leaders): informal mail, mixed languages, Arabizi and dialect, phone clients, little punctuation,
forwarded voice-note transcripts and pasted forms.  Mail helpers are imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, esc, hdr, html_wrap, leaf, make_docx, make_pdf,
                     make_png, mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz)

SET = EvalSet(156)
add = SET.add

INVITE_ID = "<INV-2021-01-26-FR.0003@gcmrrarabstates.iom.int>"


def phone_plain(text, charset="utf-8", cte="quoted-printable"):
    return leaf("text/plain", text, charset, cte)


def alt(text, boundary, cte="quoted-printable", rtl=False):
    html = ('<div dir="rtl">' if rtl else '<div dir="ltr">') + text2html(text) + "</div>"
    return multi("alternative", [leaf("text/plain", text, cte=cte), leaf("text/html", html_wrap(html), cte=cte)],
                 boundary)


def dsn_body(when, reporter, rcpt, status, diag, returned_headers, boundary, intro):
    p1 = leaf("text/plain", intro, "us-ascii", "7bit")
    p1["Content-Description"] = "Notification"
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    blocks = ["Reporting-MTA: dns; %s\nArrival-Date: %s" % (reporter, rfcdate(when - dt.timedelta(seconds=3))),
              "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
              "Diagnostic-Code: smtp; %s" % (rcpt, rcpt, status, diag)]
    for b in blocks:
        p2.attach(Parser(policy=POL).parsestr(b + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", returned_headers, "us-ascii", "7bit")
    p3["Content-Description"] = "Undelivered Message Headers"
    body = multi("report", [p1, p2, p3], boundary, params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    return body


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 10:12:40")
    sent = tz(when - dt.timedelta(seconds=2), 1)
    text = """Bonjour,

Je suis absente du bureau jusqu'au lundi 8 février 2021 inclus (mission à Sfax et Médenine).
Pour les urgences concernant les travailleurs migrants (accidents du travail, salaires impayés, expulsions de logement), merci de contacter la permanence juridique au 71 000 111.

Cordialement,
Samia Jebali
Cellule des travailleurs migrants
"""
    body = alt(text, "_000_PR3P192MB0801A6B7C8D9E0F1_")
    rows = std_rows(when, "mail-pr3p192.outbound.protection.example.com", "40.107.21.77", "4DQ9c41LmRz2",
                    addr("Samia Jebali", "s.jebali@syndicat-ouvrier.example.tn"),
                    "Réponse automatique : Invitation – Examen régional du Pacte mondial sur les migrations",
                    rfcdate(sent), "<auto.PR3P192MB0801.7d21@syndicat-ouvrier.example.tn>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    rows = [(k, hdr(v, enc="Q") if k == "Subject" else v) for k, v in rows]
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Content-Language", "fr-FR")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a trade-union migrant workers' desk in reply to the French invitation: "
              "mentions dates in February and migrant workers' issues but is robot mail (Auto-Submitted: "
              "auto-generated, null Return-Path)."))


def m02():
    when = at("2021-01-29 21:47:09")
    sent = when - dt.timedelta(seconds=6)
    text = """good evening po

this is Rowena from the filipina household workers here in Beirut. i saw the invitation from our friend in the NGO. i want to join the open discussion on feb 23 to tell our situation, many of us stranded after the blast and the crisis, no salary since months, amo keep the passport. kaya po gusto namin na marinig kami

i can speak english no need translator

thank u po and God bless

Rowena D. Bautista
President, Filipino Household Service Workers Association - Lebanon (FHSWA-Leb)
+961 70 000 412

Sent from my iPhone"""
    body = phone_plain(text)
    m = mk(when, sent, "sonic321-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.150", "4DSL0f2Yc8z5",
           "Rowena Bautista <rowena.fhswa@yahoo.example.com>", "join open discussion",
           "<F3B1A2C4-9D7E-4C11-8A0B-2F6E1D9C7A55@yahoo.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rowena D. Bautista", "President", "Filipino Household Service Workers Association - Lebanon (FHSWA-Leb)",
           ["open_discussion"])],
        notes="iPhone plain text, lowercase, almost no punctuation, Taglish ('po', 'amo', 'kaya po gusto namin'); "
              "first-person request; title and full affiliation only in the signature; 'open discussion on feb 23'."))


def m03():
    when = at("2021-01-30 13:05:51")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """السلام عليكم

انا اسمي محمود عبد الحميد السيد مصري شغال عامل بنا (مسلح) في عمان من سنة ٢٠٠٩
واحنا مجموعة من العمال المصريين عاملين رابطة بنجمع فيها الناس اللي بتحصلهم اصابات في الشغل ومش بياخدوا حقهم والكفيل بيسيبهم من غير تصريح

عايز اتكلم في الطاولة المستديرة التانية في المؤتمر يوم ٢٤ او ٢٥ فبراير عشان اوصل صوت عمال المعمار، احنا اكتر ناس بتتعب ومحدش بيسمعنا

لو محتاجين اي ورق انا موجود
ورقم الواتس عندكم تحت

محمود عبد الحميد السيد
منسق لجنة ماركا - رابطة العمال المصريين الوافدين بالأردن
واتس: 00962 79 000 3312
"""
    body = alt(text, "00000000000071c2a805ba1f33d0", cte="base64", rtl=True)
    m = mk(when, sent, "mail-ed1-f44.google.example.com", "209.85.208.44", "4DSmK31hQvz7",
           addr("Mahmoud Elsayed", "mahmoud.elsayed.marka@gmail.example.com"),
           hdr("طلب مشاركة في المؤتمر"),
           "<CAH7pQm2Lr9sWx3Nk5Tb8Vc1Zd4Fe6Gh0Jy2Ua7@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود عبد الحميد السيد", "منسق لجنة ماركا", "رابطة العمال المصريين الوافدين بالأردن", ["roundtable"], 2)],
        notes="Egyptian dialect, no punctuation, Latin-script From display name; roundtable as a dialect ordinal "
              "('التانية'); title and affiliation only in the signature, split by a dash; conference days mentioned."))


M04_ID = "<0d8c1e77a3b94f20a1c5e6d7b8f90a12@ctdst-tunis.example.org>"


def m04():
    when = at("2021-01-31 18:30:22")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonsoir,

Suite à l'invitation reçue par le biais de l'association partenaire, nous vous transmettons ci-dessous le formulaire rempli par notre collectif.

---------- FORMULAIRE – DEMANDE DE PRISE DE PAROLE ----------
Intervenant(e) n°1
Nom et prénom : KOUASSI Aya Mireille
Titre / fonction : Porte-parole
Organisation : Collectif des travailleuses domestiques subsahariennes de Tunis (CTDST)
Type d'intervention souhaitée : [X] séance plénière  [ ] table ronde n° __  [ ] discussion ouverte  [ ] rapporteur

Intervenant(e) n°2
Nom et prénom : DIALLO Fatoumata
Titre / fonction : Trésorière
Organisation : idem
Type d'intervention souhaitée : [ ] séance plénière  [ ] table ronde n° __  [ ] discussion ouverte  [X] rapporteur
---------------------------------------------------------------

Les deux intervenantes parlent français. Mme Diallo parle aussi le bambara.

Merci d'avance pour votre retour.

Pour le collectif,
Le bureau
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.ctdst-tunis.example.org", "197.14.52.9", "4DTCq15bMwz3",
           addr("Collectif CTDST", "bureau@ctdst-tunis.example.org"),
           hdr("Demande de prise de parole – Collectif CTDST", enc="Q"), M04_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")])
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("KOUASSI Aya Mireille", "Porte-parole",
           "Collectif des travailleuses domestiques subsahariennes de Tunis (CTDST)", ["plenary"]),
        sp("DIALLO Fatoumata", "Trésorière",
           "Collectif des travailleuses domestiques subsahariennes de Tunis (CTDST)", ["rapporteur"])],
        notes="pasted form with tick boxes '[X]' (unticked options list every role: only the ticked one counts); "
              "surnames in capitals first (names kept as written); second speaker's organisation is 'idem'; "
              "signed by 'Le bureau', no person. Followed up in h156-15."))


def m05():
    when = at("2021-02-01 11:20:37")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """bonjour madame monsieur

je suis ivoirienne je travaille comme domestique a Sfax depuis 3 ans. mon patron a garder mon passeport et ma carte de sejour est expirée, donc je suis sans papier maintenant

une amie m'a parlé de la consultation du 23 fevrier. je veux savoir si je peux suivre sur internet sans probleme, est ce que mon nom et mes informations seront donnés a la police ou aux autorités ? et est ce qu'il y aura traduction en dioula ou seulement français arabe anglais

merci beaucoup de votre reponse
Awa

Envoyé de mon Galaxy"""
    body = phone_plain(text)
    m = mk(when, sent, "mail-wm1-f65.google.example.com", "209.85.128.65", "4DVH2m7rTpz9",
           "awa.kone.sfax@gmail.example.com", "question pour la consultation",
           "<CAE2xQw8Tn1mLp4Vr7Ks0Bz3Yc6Hd9Fg2Ju5Wa8@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions from an undocumented domestic worker (privacy, interpretation into Dioula) about following "
              "the consultation: she does not ask to speak and submits nothing; no display name in From; no "
              "accents in most words."))


ADAM_ADDR = "adam.abakar88@hotmail.example.com"


def m06():
    when = at("2021-02-02 22:14:05")
    sent = when - dt.timedelta(seconds=7)
    text = """salam 3alaykom

ana esmi Adam, sudani, shaghil bel zira3a bel Beqaa men 2013. shefna el da3we 3al whatsapp w 7abbeyna nesha2rek.
bedde e7ke bel niqash el maftou7 yom 23 shbat 3an wade3 el 3ummal el zira3iyyin, ma fi 3a2ed, el ma3ash 2alil ktir w bel dollar ma 7ada byedfa3, w ktir nas ma 3andon iqama.

ma ba3ref ekteb 3arabe 3al telefon mnee7 lahek katabet hek, sorry. fine e7ke 3arabe aw english shwey.

shukran ktir

Adam Ishag Abakar
mnasse2 - lajnet el 3ummal el sudaniyyin bel Beqaa
"""
    html = '<div dir="ltr" style="font-family:Calibri,sans-serif">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(html))],
                 "_000_AM6PR10MB2130E1F2A3B4C5D6AM6PR10MB2130EURP_")
    m = mk(when, sent, "mail-am6eur05.outbound.protection.example.com", "40.107.22.95", "4DVqw80ZsLz1",
           "Adam Abakar <%s>" % ADAM_ADDR, "moucharaka bel niqash",
           "<AM6PR10MB2130E1F2A3B4C5D6@AM6PR10MB2130.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Outlook for Android")])
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Adam Ishag Abakar", "mnasse2", "lajnet el 3ummal el sudaniyyin bel Beqaa", ["open_discussion"])],
        notes="Arabizi (Lebanese/Sudanese Arabic in Latin letters with digits 3, 7, 2): the language is Arabic, "
              "acknowledge in Arabic; the writer apologises for not typing Arabic script; 'el niqash el maftou7 "
              "yom 23 shbat' = open discussion, 23 February (Levantine month name); title and group kept as written "
              "in Arabizi (signature). The acknowledgement to this address bounces (h156-13)."))


M07_ID = "<CAB4nRt6Yq2mWs9Lk3Xp7Vd0Ze5Gc8Hf1Ju4Ia6@mail.gmail.example.com>"
ACK07_ID = "<ACK-20210203-0042.en@gcmrrarabstates.iom.int>"


def m07():
    when = at("2021-02-03 09:02:44")
    sent = tz(when - dt.timedelta(seconds=4), 0)
    text = """Dear Sir/Madam,

Kindly find attached our voluntary report for the GCM Regional Review, prepared by the members of Migrant Domestic Workers Solidarity Group - Amman (MDWSG). We are 40 women from Sri Lanka, Philippines, Bangladesh, Ethiopia and Uganda working in houses in Amman and Zarqa.

We wrote it together in our Friday meetings during December and January. It talks about:
- passports kept by employers and recruitment agencies
- no day off and long hours
- workers who run away and then become "illegal" and cannot go home because of the fines
- COVID time, many lost job with no salary paid

The picture is from our last meeting, just for you to see us.

Thank you
Chamari Perera
for MDWSG
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    pdf = make_pdf(["Migrant Domestic Workers Solidarity Group - Amman (MDWSG)",
                    "Voluntary report - GCM Regional Review, Arab region", "January 2021"])
    fname = "MDWSG voluntary GCM report Feb2021.pdf"
    photo = "IMG-20210129-WA0014.png"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(html))],
                                 "000000000000d1e2f305ba6c9a41"),
                           attach("application/pdf", pdf, fname),
                           attach("image/png", make_png(16, 12, (180, 120, 60)), photo)],
                 "000000000000d1e2f405ba6c9a43")
    m = mk(when, sent, "mail-pl1-f171.google.example.com", "209.85.214.171", "4DW4Tg2kHbz6",
           "Chamari Perera <mdwsg.amman@gmail.example.com>", "MDWSG voluntary report", M07_ID, body)
    add(7, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a self-organised group of domestic workers (PDF); the WhatsApp photo attached "
              "(IMG-...-WA0014.png) is not part of the report; signed 'for MDWSG'. Thanked later (h156-18)."))


def m08():
    when = at("2021-02-03 16:40:18")
    sent = when - dt.timedelta(seconds=3)
    text = """Madame, Monsieur,

Je me permets de vous écrire au nom de Mme Bernadette Ngo Mbock, qui n'a pas d'adresse électronique personnelle et qui m'a demandé de transmettre sa demande.

Mme Ngo Mbock est arrivée au Liban en 2011 comme travailleuse domestique. Elle est aujourd'hui fondatrice du Groupe d'entraide des travailleuses domestiques camerounaises au Liban, qui accompagne une centaine de femmes (hébergement d'urgence, rapatriement, recherche d'employeurs ayant confisqué les documents).

Elle souhaiterait intervenir lors de la troisième table ronde thématique de la conférence (24-25 février). Elle s'exprimera en français.

Vous pouvez me contacter pour toute question ; je transmettrai à Mme Ngo Mbock.

Bien cordialement,

Claire Haddad
Assistante sociale
Centre d'écoute et d'orientation – Achrafieh
Tél. : +961 1 000 287
"""
    body = alt(text, "----=_NextPart_000_0013_01D6FA21.8B3C4D50", cte="quoted-printable")
    m = mk(when, sent, "smtp.ceo-achrafieh.example.org", "185.89.86.30", "4DWHp47VnSz2",
           "Claire Haddad <c.haddad@ceo-achrafieh.example.org>",
           hdr("Demande d'intervention – Mme Bernadette Ngo Mbock (table ronde 3)", enc="Q"),
           "<000f01d6fa21$8b3c4d50$21b4e7f0$@ceo-achrafieh.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdbaIYs8TVCJdbgwQWa0hIJcT0a1Zw==")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Bernadette Ngo Mbock", "fondatrice",
           "Groupe d'entraide des travailleuses domestiques camerounaises au Liban", ["roundtable"], 3)],
        notes="sent on behalf of a domestic worker without e-mail by a social worker (whose own title and centre "
              "are in the signature: she is not the speaker); speaker in third-person prose with 'Mme'; "
              "'troisième table ronde thématique'."))


def m09():
    when = at("2021-02-04 08:15:33")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """Dear GCM Secretariat,

Greetings from Kuwait.

We are the Kenyan Domestic Workers in the Gulf Network (KDWGN), a self-help network of house helps, nannies and cleaners from Kenya working in Kuwait, Saudi Arabia and Qatar. Please find attached our voluntary GCM review report (KDWGN_GCM_Report_2021.docx).

We would also like to request speaking slots for two of our members:

1) Faith Wanjiru Kamau - Chairperson, KDWGN - floor intervention in roundtable 4
2) Mercy Achieng Otieno - Welfare Officer, KDWGN - intervention in the plenary session

Both are current domestic workers, so please note they can only connect in the evening or during their day off (Friday). Faith will speak in English, Mercy in English or Swahili.

Asanteni sana,

Joyce Muthoni
Secretary, KDWGN
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US"><div class="WordSection1">' + text2html(text) + '</div></body></html>\n')
    doc = make_docx(["Kenyan Domestic Workers in the Gulf Network (KDWGN)", "Voluntary GCM Review Report 2021",
                     "1. Who we are", "2. Recruitment fees and debt", "3. Kafala and changing employer"])
    fname = "KDWGN_GCM_Report_2021.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_VI1PR08MB3024AB12CD34EF56VI1PR08MB3024eurp_"),
                           attach(DOCX, doc, fname)],
                 "_004_VI1PR08MB3024AB12CD34EF56VI1PR08MB3024eurp_")
    m = mk(when, sent, "mail-vi1eur04.outbound.protection.example.com", "40.107.8.61", "4DWqL06cGfz8",
           "Joyce Muthoni <kdwgn.secretary@outlook.example.com>",
           "KDWGN - Voluntary Report + Speakers request",
           "<VI1PR08MB3024AB12CD34EF56@VI1PR08MB3024.eurprd08.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
            sp("Faith Wanjiru Kamau", "Chairperson", "Kenyan Domestic Workers in the Gulf Network (KDWGN)",
               ["roundtable"], 4),
            sp("Mercy Achieng Otieno", "Welfare Officer", "Kenyan Domestic Workers in the Gulf Network (KDWGN)",
               ["plenary"])],
        notes="both, on time: DOCX report + two speakers on dash-separated lines where the affiliation is only the "
              "acronym (full name earlier in the body); the secretary who signs is not a speaker; Swahili closing."))


def m10():
    when = at("2021-02-04 19:55:12")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """مرحبا

بعتذر عن الطريقة، بس أبو حسن ما بيعرف يكتب إيميل فبعتلي رسالة صوتية عالواتساب وأنا فرّغتها حرفياً تحت. هو بدو يحكي بالجلسة العامة بالمؤتمر.

المعلومات اللي طلبتوها بالدعوة:
الاسم: حسن عبد الرازق الصعيدي
الصفة: ممثل العمال الزراعيين المصريين في وادي الأردن
الجهة: لجنة عمال مزارع الشونة الجنوبية (مش جمعية مسجلة)

رنا
متطوعة - مبادرة "إيد بإيد" للعمال الزراعيين

---------- Forwarded message ---------
من: ‪Rana Khalil‬ <rana.khalil.vol@gmail.example.com>
Date: الخميس، 4 فبراير 2021 في 7:31 م
Subject: تفريغ الفويس - أبو حسن
To: ‪Rana Khalil‬ <rana.khalil.vol@gmail.example.com>

[تفريغ رسالة صوتية - 2:41 دقيقة]
"السلام عليكم يا أستاذة رنا، أنا حسن عبد الرازق، أبو حسن، من الصعيد، بقالي في الغور خمستاشر سنة. احنا هنا في المزارع حوالي تلتمية عامل مصري، بنشتغل من الفجر للمغرب، والسكن خيم وبركسات، والتصريح الزراعي على اسم صاحب المزرعة ولو زعل منك خلاص بيلغيه. عايزين حد يتكلم عننا قدام الناس الكبار في الجلسة العامة، وأنا مستعد أتكلم، بس بالعربي بتاعنا. وبلغي الجماعة إن التليفون مش دايماً فيه شبكة في المزرعة. ربنا يخليكي."
"""
    body = alt(text, "000000000000b7a9c005ba8e12f7", cte="base64", rtl=True)
    m = mk(when, sent, "mail-qk1-f178.google.example.com", "209.85.222.178", "4DX5n30RyWz4",
           "Rana Khalil <rana.khalil.vol@gmail.example.com>",
           re_hdr("Fwd: ", "تفريغ الفويس - أبو حسن"),
           "<CAN5yUi3Op8aSd1Fg4Hj7Kl0Zx2Cv5Bn8Mq3Wr6@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حسن عبد الرازق الصعيدي", "ممثل العمال الزراعيين المصريين في وادي الأردن",
           "لجنة عمال مزارع الشونة الجنوبية", ["plenary"])],
        notes="a volunteer forwards her own transcript of a farm worker's WhatsApp voice note (Egyptian dialect) "
              "and adds labelled lines in Levantine dialect; the sender is not the speaker; 'الجلسة العامة' = "
              "plenary; affiliation is an unregistered workers' committee: the writer's remark in parentheses "
              "('مش جمعية مسجلة', not a registered association) is not part of the name; kunya 'أبو حسن' is not the name; Gmail bidi marks around the forwarded name."))


def m11():
    when = at("2021-02-05 10:30:47")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Madame, Monsieur,

Objet : Rapport volontaire et demande d'intervention – AOAC

Nous avons l'honneur de vous transmettre, en pièce jointe, le rapport volontaire de l'Association des ouvrières agricoles de Chtouka (AOAC) dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été rédigé à partir de témoignages recueillis auprès de 62 ouvrières saisonnières des exploitations de fruits rouges de la plaine du Souss, dont plusieurs sont parties travailler en Espagne dans le cadre des contrats en origine.

Par ailleurs, nous souhaiterions que notre présidente, Mme Fatima Zahra Ouchen, puisse intervenir lors de la table ronde n°2.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Fatima Zahra Ouchen
Présidente
Association des ouvrières agricoles de Chtouka (AOAC)
Biougra – Chtouka Aït Baha
"""
    doc = make_docx(["Association des ouvrieres agricoles de Chtouka (AOAC)", "Rapport volontaire - PMM 2021",
                     "Temoignages de 62 ouvrieres saisonnieres"])
    fname = "Rapport_AOAC_PMM_2021.docx"
    body = multi("mixed", [alt(text, "----=_Part_1843_20210205093041"), attach(DOCX, doc, fname)],
                 "----=_Part_1842_20210205093041")
    m = mk(when, sent, "smtp04.menara.example.ma", "196.200.131.44", "4DXS8d5WqNz0",
           addr("AOAC Chtouka", "aoac.chtouka@menara.example.ma"),
           hdr("Rapport volontaire + demande d'intervention – AOAC", enc="Q"),
           "<1612517441.1843.aoac@menara.example.ma>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3869)")])
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
            sp("Fatima Zahra Ouchen", "Présidente", "Association des ouvrières agricoles de Chtouka (AOAC)",
               ["roundtable"], 2)],
        notes="both, on time (5 February); administrative French with 'Objet :'; the speaker is the signer, "
              "introduced in the body as 'notre présidente, Mme ...'; 'table ronde n°2'."))


def m12():
    when = at("2021-02-05 23:41:26")
    sent = tz(when - dt.timedelta(seconds=5), 5.75)
    inner = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Sir/Madam,</p>
<p>Namaste from Kathmandu. Sorry for sending at the last hour, we had to wait for our members in Doha to finish their shift to confirm.</p>
<p>The <b>Nepali Construction Workers Forum &ndash; Gulf (NCWF-Gulf)</b> would like to propose the following two speakers:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>Position</th><th>Organization</th><th>Session</th></tr>
<tr><td>Mr. Ram Bahadur Tamang</td><td>General Secretary</td><td>NCWF-Gulf</td><td>Thematic roundtable 1</td></tr>
<tr><td>Ms. Sunita Rai</td><td>Returnee Outreach Coordinator</td><td>Returnee Women Migrant Workers Network Nepal (RWMWN)</td><td>Open discussion (23 Feb)</td></tr>
</table>
<p>Mr. Tamang worked 9 years on construction sites in Qatar and the UAE and will speak about wage theft and heat stress. Ms. Rai will speak on the situation of women who came back from domestic work in the Gulf.</p>
<p>Kind regards,<br>
Bikash Shrestha<br>
Program Officer, NCWF-Gulf (Kathmandu office)</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "mail-sg2apc01.outbound.protection.example.com", "40.107.130.58", "4DXvF29HkPz5",
           "Bikash Shrestha <programs@ncwf-gulf.example.org.np>", "Speakers from NCWF-Gulf",
           "<SG2PR06MB3412C7D8E9F0A1B2@SG2PR06MB3412.apcprd06.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ram Bahadur Tamang", "General Secretary", "Nepali Construction Workers Forum – Gulf (NCWF-Gulf)",
           ["roundtable"], 1),
        sp("Sunita Rai", "Returnee Outreach Coordinator", "Returnee Women Migrant Workers Network Nepal (RWMWN)",
           ["open_discussion"])],
        notes="edge: received 23:41 Beirut on 5 February (on time) while the Date header is already Sat 6 Feb "
              "03:26 +0545 (Nepal); the writer apologises for 'the last hour'. HTML-only with a table; 'Mr.'/'Ms.' "
              "are honorifics; first speaker's table cell has only the acronym, the fullest form is in the prose "
              "(written with '&ndash;'); second speaker from another network."))


def m13():
    when = at("2021-02-06 09:10:03")
    d = when
    intro = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<%s>: host
    hotmail-com.olc.protection.example.com[104.47.58.33] said: 550 5.5.0
    Requested action not taken: mailbox unavailable (in reply to RCPT TO
    command)
""" % ADAM_ADDR
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Adam Abakar <%s>\n"
            "Subject: =?UTF-8?B?2KXYtNi52KfYsSDYqNin2YTYp9iz2KrZhNin2YU=?=\n"
            "Date: %s\n"
            "Message-ID: <ACK-20210206-0071.ar@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: <AM6PR10MB2130E1F2A3B4C5D6@AM6PR10MB2130.EURPRD10.PROD.OUTLOOK.example.com>\n"
            % (ADAM_ADDR, rfcdate(when - dt.timedelta(seconds=40))))
    body = dsn_body(d, "mx1.iom.int", ADAM_ADDR, "5.5.0",
                    "550 5.5.0 Requested action not taken: mailbox unavailable", hdrs,
                    "3F2B81C0A4.1612595403/mx1.iom.int", intro)
    rows = std_rows(when, "mx1.iom.int", "127.0.0.1", "4DXgK03nB2z1",
                    "Mail Delivery System <MAILER-DAEMON@mx1.iom.int>",
                    "Undelivered Mail Returned to Sender", rfcdate(d),
                    "<20210206071003.3F2B81C0A4@mx1.iom.int>", extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(13, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN from the mailbox's own MX returning the Arabic acknowledgement sent to the sender of "
              "h156-06 (5.5.0 mailbox unavailable); the returned headers carry an In-Reply-To to h156-06 but this is "
              "robot mail, not part of that submission."))


M14_ID = "<CAP3sWd8Hn5kLq2Ty7Ue0Ix4Oz9Ac1Vb6Nm3Rf8@mail.gmail.example.com>"


def m14():
    when = at("2021-02-08 12:30:19")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """بسم الله الرحمن الرحيم

الإخوة في أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة
السلام عليكم ورحمة الله

نحن رابطة عمال البناء السودانيين بجدة، وصلتنا دعوتكم باللغة العربية، ونرغب في المشاركة بالحديث. وحسب الخطاب آخر موعد لطلبات المتحدثين هو يوم الجمعة ٢٣ فبراير، فنرجو أن نكون في الوقت.

المتحدث الأول: عثمان الطيب محمد أحمد، رئيس الرابطة، مداخلة في الطاولة المستديرة الأولى
المتحدث الثاني: عوض الكريم بابكر النور، سكرتير الرابطة، المشاركة في النقاش المفتوح يوم التشاور

قضايانا: تأخير الأجور لشهور، نقل الكفالة، العمال الذين انتهت إقاماتهم بسبب الشركات وأصبحوا مخالفين، والحوادث في مواقع العمل بدون تأمين.

ولكم الشكر
عثمان الطيب
رئيس رابطة عمال البناء السودانيين بجدة
"""
    body = alt(text, "0000000000003a91e505bae0c4d2", cte="base64", rtl=True)
    m = mk(when, sent, "mail-wr1-f50.google.example.com", "209.85.221.50", "4DZ0c58JtXz3",
           addr("عثمان الطيب", "osman.eltayeb.jeddah@gmail.example.com"),
           hdr("طلب مشاركة متحدثين - رابطة عمال البناء السودانيين بجدة"), M14_ID, body)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عثمان الطيب محمد أحمد", "رئيس الرابطة", "رابطة عمال البناء السودانيين بجدة", ["roundtable"], 1),
        sp("عوض الكريم بابكر النور", "سكرتير الرابطة", "رابطة عمال البناء السودانيين بجدة", ["open_discussion"])],
        notes="LATE (8 February): the writer relies on the misprinted Arabic deadline ('الجمعة ٢٣ فبراير') and "
              "believes he is on time; the English/French date (5 February) stands. Two speakers on prose lines; "
              "affiliation by reference ('الرابطة') with the full name in the first paragraph and signature; "
              "'النقاش المفتوح يوم التشاور' = open discussion. Follow-up h156-24."))


def m15():
    when = at("2021-02-08 15:05:44")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    quoted = "\n".join("> " + ln if ln else ">" for ln in """Bonsoir,

Suite à l'invitation reçue par le biais de l'association partenaire, nous vous transmettons ci-dessous le formulaire rempli par notre collectif.

---------- FORMULAIRE – DEMANDE DE PRISE DE PAROLE ----------
Intervenant(e) n°1
Nom et prénom : KOUASSI Aya Mireille
Titre / fonction : Porte-parole
Organisation : Collectif des travailleuses domestiques subsahariennes de Tunis (CTDST)
Type d'intervention souhaitée : [X] séance plénière  [ ] table ronde n° __  [ ] discussion ouverte  [ ] rapporteur

Intervenant(e) n°2
Nom et prénom : DIALLO Fatoumata
Titre / fonction : Trésorière
Organisation : idem
Type d'intervention souhaitée : [ ] séance plénière  [ ] table ronde n° __  [ ] discussion ouverte  [X] rapporteur
---------------------------------------------------------------

Pour le collectif,
Le bureau""".split("\n"))
    text = """Bonjour,

Nous n'avons reçu aucune réponse à notre message du 31 janvier (ci-dessous). Pourriez-vous nous confirmer que notre demande a bien été reçue et nous dire quand nous saurons si nos deux intervenantes sont retenues ? Elles doivent demander une autorisation à leurs employeurs pour être libres le 24 février.

Merci,
Le bureau du CTDST

Le 31/01/2021 à 17:30, Collectif CTDST a écrit :
""" + quoted + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.ctdst-tunis.example.org", "197.14.52.9", "4DZ3x92FbKz7",
           addr("Collectif CTDST", "bureau@ctdst-tunis.example.org"),
           hdr("Re: Demande de prise de parole – Collectif CTDST", enc="Q"),
           "<5a1b2c3d4e5f40718293a4b5c6d7e8f9@ctdst-tunis.example.org>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID),
                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")])
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h156-04.eml",
        notes="follow-up asking whether the request h156-04 was received (no acknowledgement was seen by them) and "
              "when selection is known; the quoted form repeats both speakers but nothing new is proposed: other, "
              "not a new speaker request; received after the speaker deadline, which does not matter here."))


def m16():
    when = at("2021-02-09 20:20:58")
    sent = tz(when - dt.timedelta(seconds=6), 4)
    text = """Hi,

I am volunteer with Probashi Shromik Forum Oman (PSFO), we are Bangladeshi workers in Muscat and Sohar (construction, cleaning company, some domestic workers). Our leaders wants to speak in the conference. I am copy-paste from our whatsapp group what they send because they dont use email. Sorry if we are late, we get the invitation only last week.

[08/02/21, 9:14 PM] Jahangir Bhai PSFO: Name- Md. Jahangir Alam, post- Convenor, org- Probashi Shromik Forum Oman. I want speak in plenary session about the salary not paid and passport with company
[08/02/21, 9:16 PM] Jahangir Bhai PSFO: 👍
[08/02/21, 9:40 PM] Shirin Apa: Name: Shirin Akter
Domestic worker & volunteer
same forum (PSFO)
any roundtable ok for me, I talk about housemaid problem
[08/02/21, 9:41 PM] Shirin Apa: Please tell them I speak Bangla, little English

Thank you
Tania Sultana
PSFO volunteer
"""
    body = alt(text, "0000000000009c4e7105bae9f1a3")
    m = mk(when, sent, "mail-oi1-f193.google.example.com", "209.85.167.193", "4DZlQ17dRsz2",
           "Tania Sultana <tania.psfo@gmail.example.com>", "Speakers from PSFO Oman (Bangladeshi workers)",
           "<CAM9wEr2Ty5uIo8Pa1Sd4Fg7Hj0Kl3Zx6Cv9Bn2@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Md. Jahangir Alam", "Convenor", "Probashi Shromik Forum Oman (PSFO)", ["plenary"]),
        sp("Shirin Akter", "Domestic worker & volunteer", "Probashi Shromik Forum Oman (PSFO)", ["roundtable"])],
        notes="LATE (9 February), the volunteer says 'sorry if we are late'; details pasted from a WhatsApp chat "
              "(timestamps, nicknames 'Bhai'/'Apa', an emoji line); sender not a speaker; 'Md.' is part of the name "
              "(Mohammad), not an honorific; second speaker's organisation 'same forum (PSFO)' resolved to the "
              "fullest form; 'any roundtable' gives the role with no roundtable number."))


M17_ID = "<AM0PR03MB5890D4E5F6A7B8C9@AM0PR03MB5890.eurprd03.prod.outlook.example.com>"
ACK17_ID = "<ACK-20210210-0058.ar@gcmrrarabstates.iom.int>"


def m17():
    when = at("2021-02-10 10:45:30")
    sent = when - dt.timedelta(seconds=4)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية المحترمين،

تحية طيبة وبعد،

يسرّ تجمّع العاملات المهاجرات في الخدمة المنزلية في لبنان أن يرسل إليكم طيّه تقريره الطوعي الجماعي حول تنفيذ الاتفاق العالمي، والذي أعدّته عضوات التجمّع من إثيوبيا وسريلانكا وبنغلادش والفلبين وسيراليون، بمساندة متطوعين ومتطوعات لبنانيين في الترجمة.

يتناول التقرير نظام الكفالة، واحتجاز جوازات السفر، وأوضاع العاملات اللواتي تُركن أمام سفاراتهن بعد الأزمة الاقتصادية، وصعوبات العودة الطوعية.

نرجو التكرم بتأكيد الاستلام.

مع فائق الاحترام،

مسكرم تسفاي
منسقة التجمّع
تجمّع العاملات المهاجرات في الخدمة المنزلية في لبنان
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-LB" dir="rtl"><div class="WordSection1">' + text2html(text) + '</div></body></html>\n')
    pdf = make_pdf(["Migrant Domestic Workers Assembly - Lebanon", "Collective voluntary GCM review report",
                    "February 2021 (Arabic)"])
    fname = "التقرير الطوعي - تجمع العاملات.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")],
                                 "_000_AM0PR03MB5890D4E5F6A7B8C9AM0PR03MB5890eurp_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_AM0PR03MB5890D4E5F6A7B8C9AM0PR03MB5890eurp_")
    m = mk(when, sent, "mail-am0eur03.outbound.protection.example.com", "40.107.5.112", "4DZv3T8pMcz0",
           addr("Meskerem Tesfaye", "assembly.mdw.lb@outlook.example.com"),
           hdr("التقرير الطوعي الجماعي - تجمع العاملات المهاجرات في الخدمة المنزلية في لبنان"), M17_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-LB")])
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="formal Arabic (written with volunteer help) from a domestic workers' assembly; Arabic PDF name "
              "(RFC 2231 / RFC 2047); Latin-script From display name. Replaced by a revised version in h156-22."))


def m18():
    when = at("2021-02-11 14:22:08")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """thank u so much for the reply!! we are very happy our report reach you. all the members say thank you

God bless
Chamari

On Wed, Feb 3, 2021 at 2:10 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Chamari Perera,
>
> Thank you for your submission to the Regional Review of the Global Compact for Migration in the Arab
> region. We confirm receipt of your voluntary GCM review report (MDWSG voluntary GCM report Feb2021.pdf).
>
> GCM Regional Review Secretariat
"""
    body = alt(text, "0000000000002b7c8d05bb0f66e2")
    m = mk(when, sent, "mail-pj1-f44.google.example.com", "209.85.216.44", "4Dbd0r6XcVz9",
           "Chamari Perera <mdwsg.amman@gmail.example.com>", "Re: Acknowledgement of receipt",
           "<CAB4nRt9Lp3kWq6Xs1Mv8Yd2Ze7Gc0Hf4Ju5Ib9@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ACK07_ID), ("References", M07_ID + " " + ACK07_ID)])
    add(18, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h156-07.eml",
        notes="thank-you reply to our acknowledgement of h156-07, nothing new: do not acknowledge; the quoted "
              "acknowledgement names the report PDF but nothing is attached."))


def m19():
    when = at("2021-02-12 17:40:15")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonjour

Voici le rapport de notre collectif des ouvriers du bâtiment subsahariens de Bab Ezzouar. On est une trentaine, maliens guinéens camerounais, on travaille sur les chantiers à la journée sans contrat. On a fait le rapport avec l'aide d'un étudiant. C'est en pièce jointe (Word).

Merci de confirmer la réception svp

Moussa Traoré
pour le collectif

Envoyé de mon iPhone"""
    doc = make_docx(["Collectif des ouvriers du batiment subsahariens - Bab Ezzouar",
                     "Rapport pour l'examen regional du Pacte mondial", "Fevrier 2021"])
    fname = "Rapport collectif ouvriers bâtiment.docx"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach(DOCX, doc, fname)],
                 "Apple-Mail-7C1E2A90-4B3D-4F5A-9E21-0D8C6B3A2F17")
    m = mk(when, sent, "mail-ej1-f52.google.example.com", "209.85.218.52", "4Dc3fS2wLkz6",
           addr("Moussa Traoré", "moussa.traore.ml@gmail.example.com", enc="Q"), "Rapport",
           "<8E4D2C1B-3A59-47F6-B0C2-9D1E7F6A5B43@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="iPhone, one-word subject 'Rapport', informal French with little punctuation; DOCX name with 'â' "
              "sent as RFC 2231 (filename*) / RFC 2047 (name); collective of day-labourers without a registered "
              "organisation."))


def m20():
    when = at("2021-02-14 11:03:27")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """مرحبا

منبعتلكم التقرير تبعنا كلجنة عمال البناء السوريين بطرابلس، مرفق PDF. كتبناه من شهادات حوالي ٨٠ عامل عالورش.

وكمان منحب يكون عنا حدا يقرأ الرسائل الرئيسية بالمؤتمر (مقرر)، ومنقترح:
خالد محمود العلي - أمين سر اللجنة

عارفين إنو يمكن تأخرنا عالمتحدثين بس منتمنى تقبلوا.

يعطيكم العافية
خالد العلي
لجنة عمال البناء السوريين - طرابلس
تم الإرسال من هاتف Samsung Galaxy الذكي الخاص بي.
"""
    pdf = make_pdf(["Lajnat ommal al-bina al-souriyin - Tripoli", "Voluntary report (Arabic)", "February 2021"])
    fname = "taqrir_lajnat_al_bina_2021.pdf"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"), attach("application/pdf", pdf, fname)],
                 "--_com.samsung.android.email_1613293407221450")
    m = mk(when, sent, "mail-lf1-f54.google.example.com", "209.85.167.54", "4DcvB06YrHz8",
           addr("خالد العلي", "khaled.ali.tripoli@gmail.example.com"),
           hdr("تقرير + طلب مقرر - لجنة عمال البناء السوريين"),
           "<l2p9x4k1-6b3f-4d7e-a8c5-samsung.20210214.0903@email.android.example.com>", body,
           extra=[("X-Mailer", "Samsung Mail")])
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("خالد محمود العلي", "أمين سر اللجنة", "لجنة عمال البناء السوريين - طرابلس", ["rapporteur"])],
        notes="both, received 14 February: the report is on time but the speaker part is late (the writer says so), "
              "so on_time is false. Levantine dialect from a Samsung phone (Arabic 'sent from' footer); rapporteur "
              "described as 'يقرأ الرسائل الرئيسية (مقرر)'; affiliation resolved from 'اللجنة' to the signature form; "
              "the sender is himself the speaker."))


def m21():
    when = at("2021-02-15 22:30:50")
    sent = tz(when - dt.timedelta(seconds=5), 4)
    text = """Good evening

We are Uganda Domestic Workers Voice UAE, we are 25 ladies working in houses in Dubai, Sharjah and Ajman. We dont have laptop so I type our report here on my phone. This is our voluntary report for GCM please accept it.

OUR REPORT

1. Recruitment: most of us paid agent in Kampala between 1,500,000 and 3,000,000 shillings even if the law say no fees. Some sisters sold land.

2. Contract: the contract we sign in Uganda is not the same we find here. Salary less, work more.

3. Passport: employer keep it, only 3 of us have own passport.

4. Day off: only 6 of us get day off every week. Phone taken in some houses.

5. Covid: some sisters were put in the street, no ticket to go home, they stay with friends without visa.

Some words of our members from voice notes (I typed them):
- "I work from 5 in the morning to midnight, I only want to sleep" (Sharjah)
- "When I was sick madam said go back to agent" (Dubai)
- "We need embassy to answer the phone" (Ajman)

What we ask: no fees for workers, one contract, passport with worker, day off, embassy helpline that answer.

Thank you
Harriet Nakato
coordinator, Uganda Domestic Workers Voice UAE

Sent from Yahoo Mail on Android"""
    body = phone_plain(text)
    m = mk(when, sent, "sonic307-15.consmr.mail.bf2.yahoo.example.com", "74.6.129.122", "4Dd8Wf5TnQz1",
           "Harriet Nakato <harriet.udwv@yahoo.example.com>", "voluntary report Uganda domestic workers",
           "<1613421045.884213.1613421050312@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YahooMailAndroidMobile")])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="the report is typed in the plain-text body on a phone (no attachment): report_attachments empty; "
              "includes transcribed voice-note quotes from members; on time (15 February)."))


def m22():
    when = at("2021-02-16 21:50:04")
    sent = when - dt.timedelta(seconds=5)
    text = """السادة الكرام،

تحية طيبة،

نرسل إليكم النسخة المعدّلة من تقريرنا، بعد أن أضافت عضوات التجمّع من سيراليون وكينيا شهاداتهن. نرجو اعتماد هذه النسخة بدلاً من النسخة المرسلة في ١٠ شباط.

مع الشكر،
مسكرم تسفاي
منسقة التجمّع

________________________________
من: Meskerem Tesfaye <assembly.mdw.lb@outlook.example.com>
تاريخ الإرسال: الأربعاء، 10 فبراير 2021 10:45 ص
إلى: gcmrrarabstates@iom.int
الموضوع: التقرير الطوعي الجماعي - تجمع العاملات المهاجرات في الخدمة المنزلية في لبنان

السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية المحترمين،
يسرّ تجمّع العاملات المهاجرات في الخدمة المنزلية في لبنان أن يرسل إليكم طيّه تقريره الطوعي الجماعي ...
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-LB" dir="rtl"><div class="WordSection1">' + text2html(text) + '</div></body></html>\n')
    pdf = make_pdf(["Migrant Domestic Workers Assembly - Lebanon", "Collective voluntary GCM review report",
                    "Revised version - 16 February 2021"])
    fname = "التقرير الطوعي - تجمع العاملات - نسخة معدلة.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")],
                                 "_000_AM0PR03MB5890F1E2D3C4B5A6AM0PR03MB5890eurp_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_AM0PR03MB5890F1E2D3C4B5A6AM0PR03MB5890eurp_")
    m = mk(when, sent, "mail-am0eur03.outbound.protection.example.com", "40.107.5.119", "4DdQp41KgWz7",
           addr("Meskerem Tesfaye", "assembly.mdw.lb@outlook.example.com"),
           re_hdr("RE: ", "التقرير الطوعي الجماعي - تجمع العاملات المهاجرات في الخدمة المنزلية في لبنان"),
           "<AM0PR03MB5890F1E2D3C4B5A6@AM0PR03MB5890.eurprd03.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID), ("X-MS-Has-Attach", "yes"),
                  ("Content-Language", "ar-LB")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of="h156-17.eml", report_attachments=[fname],
        notes="revised report replacing h156-17 (Outlook reply, In-Reply-To set, Arabic quote header); on time "
              "(21:50 on 16 February, last evening); Levantine month name 'شباط' in the body; long Arabic PDF name."))


def m23():
    when = at("2021-02-17 00:41:10")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire de l'Association des travailleurs migrants du bâtiment – Rabat (ATMB), préparé avec nos membres sénégalais, guinéens et ivoiriens employés sur les chantiers de Rabat-Salé et de Tanger.

Nous l'envoyons ce soir 16 février, dans le délai, après la dernière réunion de validation.

Salutations fraternelles,

Ousmane Ndiaye
Secrétaire général – ATMB
"""
    pdf = make_pdf(["Association des travailleurs migrants du batiment - Rabat (ATMB)",
                    "Rapport volontaire - Examen regional PMM", "16 fevrier 2021"])
    fname = "ATMB_rapport_volontaire_PMM.pdf"
    body = multi("mixed", [alt(text, "b1_9c2e4f7a1d3b5c8e0f2a4c6e8b0d2f4a"), attach("application/pdf", pdf, fname)],
                 "b2_9c2e4f7a1d3b5c8e0f2a4c6e8b0d2f4a")
    m = mk(when, sent, "smtp.atmb-rabat.example.ma", "41.248.19.203", "4DdX1m9RsTz4",
           addr("Ousmane Ndiaye", "sg@atmb-rabat.example.ma"),
           "Rapport volontaire ATMB - Examen regional PMM",
           "<b1e4a7c0d3f6@atmb-rabat.example.ma>", body,
           extra=[("X-Mailer", "PHPMailer 6.1.8 (https://github.com/PHPMailer/PHPMailer)")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE by 41 minutes: Date header Tue 16 Feb 23:41 +0100 (Morocco) and the body says 'ce soir 16 "
              "février, dans le délai', but it was received 00:41 on 17 February Beirut time."))


def m24():
    when = at("2021-02-18 09:58:36")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """السلام عليكم

نرجو إفادتنا هل تم قبول طلبنا بخصوص المتحدثين (الأخ عثمان والأخ عوض الكريم)؟ لم يصلنا أي رد حتى الآن. وعرفنا من أحد الإخوة أن الموعد كان ٥ فبراير وليس ٢٣ كما في الخطاب العربي، فإذا لم يكن ممكناً الحديث نرجو على الأقل أن نحضر الجلسات عبر الإنترنت.

ولكم الشكر
عثمان الطيب

في الاثنين، ٨ فبراير ٢٠٢١ في ١:٣٠ م، عثمان الطيب <osman.eltayeb.jeddah@gmail.example.com> كتب:
> بسم الله الرحمن الرحيم
> الإخوة في أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة
> نحن رابطة عمال البناء السودانيين بجدة، وصلتنا دعوتكم باللغة العربية، ونرغب في المشاركة بالحديث.
> المتحدث الأول: عثمان الطيب محمد أحمد، رئيس الرابطة، مداخلة في الطاولة المستديرة الأولى
> المتحدث الثاني: عوض الكريم بابكر النور، سكرتير الرابطة، المشاركة في النقاش المفتوح يوم التشاور
"""
    body = alt(text, "000000000000e4f5a605bba17c90", cte="base64", rtl=True)
    m = mk(when, sent, "mail-wr1-f47.google.example.com", "209.85.221.47", "4DfJ8q3NvBz5",
           addr("عثمان الطيب", "osman.eltayeb.jeddah@gmail.example.com"),
           re_hdr("Re: ", "طلب مشاركة متحدثين - رابطة عمال البناء السودانيين بجدة"),
           "<CAP3sWd1Rt6yUi9Op2As5Df8Gh1Jk4Lz7Xc0Vb3@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M14_ID), ("References", M14_ID)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h156-14.eml",
        notes="follow-up in the thread of h156-14 asking whether the (late) speakers were accepted and, failing "
              "that, to attend online; the quoted request repeats the speakers but nothing new is proposed: other; "
              "the writer has now learnt the real deadline (5 February)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
