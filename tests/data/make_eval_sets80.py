#!/usr/bin/env python3
"""Write the blind evaluation set holdout80 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets80.py
Theme: diaspora and returnee associations (France, Belgium, Germany, Italy, UK; returnees in Tunisia,
Morocco, Egypt, Syria, Lebanon).
"""
import datetime as dt
import io
import json
import os
import zipfile
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout80")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h80-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
def zip_of(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 10, 17, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def m01():
    when = at("2021-01-27 13:41:09")
    sent = tz(when - dt.timedelta(seconds=14), 0)
    text = """Hi,

Quick question - we're a small youth-led group of Yemeni diaspora in Greater Manchester (mostly 2nd generation, some recent arrivals). We got the invitation letter through a friend at the Refugee Council.

Are diaspora groups based OUTSIDE the Arab region allowed to send a voluntary review report? The letter talks about stakeholders "in the region" and we werent sure if that includes us. And if yes is there a template or a page limit? We could probably manage 3-4 pages max honestly.

Thanks a lot,
Hana

--
Hana Al-Maqtari
Yemeni Youth Voices Manchester (YYVM)
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    rows = std_rows(when, "mail-ej1-f45.google.example.com", "209.85.218.45", "4DQm2r1Tx9z3",
                    "Hana Al-Maqtari <hana.yyvm@gmail.example.com>",
                    "question about the voluntary report (diaspora group in UK)", rfcdate(sent),
                    "<CAJx7pQ2b_wL9kR4hT0sN3mVyZ8eP5dF1gH6jK2uB7cA0xYq1Rw@mail.gmail.example.com>",
                    ret="hana.yyvm@gmail.example.com")
    add(1, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="eligibility question about the report (template, page limit) from a UK diaspora group; mentions "
              "'voluntary review report' and 'send' but attaches nothing and proposes no speaker: not a submission."))


def m02():
    when = at("2021-01-29 10:22:47")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Madame, Monsieur,

Au nom du Conseil d'administration de l'Association Rives Solidaires Maghreb-Provence, association régie par la loi du 1er juillet 1901 et déclarée à la Préfecture des Bouches-du-Rhône, j'ai l'honneur d'accuser bonne réception de la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, et de vous en remercier.

Notre association, qui fédère depuis 1998 des ressortissants tunisiens, algériens et marocains établis en région Provence-Alpes-Côte d'Azur autour de projets de co-développement avec leurs régions d'origine, souhaiterait vivement apporter sa contribution aux travaux de la Conférence des 24 et 25 février 2021.

À cet effet, j'ai l'honneur de vous proposer la candidature de Madame Marie-Hélène Ben Ammar-Rouvier, Secrétaire générale de notre association, afin qu'elle puisse présenter une intervention depuis la salle lors de l'une des sessions plénières. Mme Ben Ammar-Rouvier conduit notamment nos travaux sur la portabilité des droits sociaux des retraités maghrébins.

Nous nous tenons naturellement à votre entière disposition pour tout renseignement complémentaire que vous jugeriez utile.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Jean-Baptiste Kacem
Président
Association Rives Solidaires Maghreb-Provence (ARSMP)
Association loi 1901 – SIRET 412 335 870 00027
12, rue des Dominicaines – 13001 Marseille
Tél. : +33 4 91 90 12 34
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>",
                     None, "windows-1252")
    body = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "windows-1252")],
                 "----=_NextPart_000_0047_01D6F626.8E1A9B30")
    rows = std_rows(when, "smtp.orange.example.fr", "80.12.242.131", "4DRsY03kPqz5",
                    addr("Jean-Baptiste Kacem", "arsmp.presidence@orange.example.fr"),
                    hdr("Candidature à une intervention – Examen régional du Pacte mondial (ARSMP)", "windows-1252", "Q"),
                    rfcdate(sent), "<004601d6f626$8e1a9b30$aa4fd190$@orange.example.fr>",
                    ret="arsmp.presidence@orange.example.fr")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbgJo4ambMJRB1bTKSBqo1Ri1Ho2w=="),
             ("Content-Language", "fr")]
    add(2, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Marie-Hélène Ben Ammar-Rouvier", "Secrétaire générale",
                     "Association Rives Solidaires Maghreb-Provence (ARSMP)", ["plenary"])],
        notes="very formal loi-1901 letter, windows-1252 Outlook; the President signs, the speaker is the Secretary "
              "General; hyphenated first name + double-barrelled surname ('Marie-Hélène Ben Ammar-Rouvier'), "
              "honorific 'Madame'/'Mme' excluded; 'intervention depuis la salle lors de l'une des sessions "
              "plénières' = plenary floor intervention; fullest affiliation with acronym only in the signature."))


def m03():
    when = at("2021-01-30 19:05:33")
    sent = when - dt.timedelta(seconds=6)
    text = """السلام عليكم ورحمة الله

إزيكم يا جماعة، أنا محمد من جمعية العائدين التعاونية بقرية الشيخ فضل مركز بني مزار المنيا. إحنا جمعية تعاونية صغيرة اتعملت سنة ٢٠١٢ من الشباب اللي رجعوا من ليبيا بعد الأحداث، وبنشتغل في الزراعة وتربية المواشي وبنساعد اللي لسه راجعين يلاقوا شغل.

وصلتنا الدعوة عن طريق الجمعية الأم في المنيا، وإحنا عايزين نشارك في المؤتمر ونحكي تجربتنا. الحاج عبد التواب سيد محمود رئيس مجلس إدارة الجمعية هو اللي هيتكلم إن شاء الله، وهو عايز يتكلم في المائدة المستديرة بتاعة العمالة والعودة وإعادة الإدماج.
هو مش بيعرف يستعمل الإيميل كويس عشان كده أنا اللي ببعت.

لو محتاجين أي ورق تاني قولولنا.
وشكرا ليكم كتير

محمد عبد التواب
جمعية العائدين التعاونية - الشيخ فضل
موبايل ٠١٠٦٥٤٣٢١٨٧

Sent from my Huawei phone
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000f1b2a705ba1c7e33")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DSk8b4Rnmz2",
                    addr("محمد عبد التواب", "mohamed.abdeltawab1990@gmail.example.com"),
                    hdr("طلب مشاركة في المؤتمر"), rfcdate(sent),
                    "<CAM4xk9R3fZu_Lp0vY7nQ2wT8sE1aB5cD6gH9jK3mN0oP4qRs1A@mail.gmail.example.com>",
                    ret="mohamed.abdeltawab1990@gmail.example.com")
    add(3, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عبد التواب سيد محمود", "رئيس مجلس إدارة الجمعية",
                     "جمعية العائدين التعاونية بقرية الشيخ فضل مركز بني مزار المنيا", ["roundtable"])],
        notes="Egyptian colloquial Arabic, base64 Gmail from phone; sender (a relative, same surname pattern) writes "
              "for the speaker; honorific 'الحاج' excluded; roundtable described by theme ('بتاعة العمالة والعودة "
              "وإعادة الإدماج') with no number -> roundtable null; affiliation fullest form is in the prose "
              "(signature shortens it); Eastern Arabic digits in phone number."))


def m04():
    when = at("2021-02-01 12:48:02")
    sent = tz(when - dt.timedelta(seconds=31), 0)
    text = """Dear Colleagues,

I hope this finds you well.

Following the Network's invitation of 18 January, I am writing on behalf of our Board to put forward a speaker for the Regional Review Conference:

Dr Samira El-Khatib – Head of Policy and Research, Arab British Centre for Diaspora Engagement (ABCDE)

Samira would be keen to serve as rapporteur and deliver the stakeholders' key messages, given her work synthesising the consultations we ran with Palestinian, Syrian and Sudanese community groups across London, Birmingham and Glasgow last autumn. If the rapporteur role has already been allocated, she would gladly take a floor intervention in plenary instead.

Her CV is available on request.

With best wishes,

Tom Whitfield
Operations Manager
Arab British Centre for Diaspora Engagement
2nd Floor, 38 Kingsland Road, London E2 8DA
www.abcde-uk.example.org

Registered charity no. 1154321. This email and any attachments are confidential and intended solely for the addressee.
"""
    html = html_wrap('<div class="WordSection1"><p class="MsoNormal">' +
                     text2html(text).replace("<p>", '<p class="MsoNormal">') + "</p></div>", None, "us-ascii")
    html = html.replace("–", "&#8211;")
    body = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "us-ascii")],
                 "_000_DB7PR02MB4523D1E0F2A3B4C5D6E7F8A9DB7PR02MB4523eurp_")
    rows = std_rows(when, "mail-db8eur05on2071.outbound.protection.outlook.example.com", "40.107.20.71",
                    "4DTqZ51sXkz9", "Tom Whitfield <t.whitfield@abcde-uk.example.org>",
                    "ABCDE speaker nomination - GCM Regional Review (Arab States)", rfcdate(sent),
                    "<DB7PR02MB4523D1E0F2A3B4C5D6E7F8A9@DB7PR02MB4523.eurprd02.prod.outlook.example.com>",
                    ret="t.whitfield@abcde-uk.example.org")
    rows += [("Thread-Topic", "ABCDE speaker nomination - GCM Regional Review (Arab States)"),
             ("Content-Language", "en-GB")]
    add(4, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Samira El-Khatib", "Head of Policy and Research",
                     "Arab British Centre for Diaspora Engagement (ABCDE)", ["rapporteur", "plenary"])],
        notes="London charity, Outlook/Exchange windows-1252; speaker line 'Dr Samira El-Khatib – Head of Policy and "
              "Research, Arab British Centre ... (ABCDE)' with title and org after an en-dash; 'Dr' without dot is "
              "an honorific; rapporteur first choice, plenary as fallback (both stated); the sender is not a speaker."))


def m05():
    when = at("2021-02-02 21:17:40")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Bonsoir,

Je voudrais inscrire Naïma Bouzid pour une prise de parole à la conférence régionale. Je vous envoie tous les détails (fonction, association, session) demain, je n'ai pas les infos sous la main ce soir.

Merci et bonne soirée

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-ed1-f52.google.example.com", "209.85.208.52", "4DVb3c0Hq5z1",
                    "Karim Lahlou <karim.lahlou.bxl@gmail.example.com>",
                    "Inscription prise de parole", rfcdate(sent),
                    "<7C1E0B2A-5D4F-4B8A-9E31-2F6A8C0D4E17@gmail.example.com>",
                    ret="karim.lahlou.bxl@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    m.replace_header("MIME-Version", "1.0 (1.0)")
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Naïma Bouzid", None, None, [])],
        notes="first half of a two-message request: iPhone, no signature, only the speaker's name; title, "
              "organisation and session explicitly promised for the next day (see h80-06)."))


def m06():
    when = at("2021-02-03 11:02:15")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonjour,

Comme promis voici les infos pour Naïma :

Nom : BOUZID Naïma
Fonction : présidente
Association : Horizons Retour – Association des Marocains de Belgique pour le retour et le co-développement (HR-AMBRC), Schaerbeek
Session souhaitée : table ronde thématique n°3, et si ce n'est pas possible la discussion ouverte du 23

Elle parlera en français (elle comprend l'arabe mais préfère le français pour les interventions).

Bonne journée,
Karim Lahlou
trésorier HR-AMBRC

Le mar. 2 févr. 2021 à 20:17, Karim Lahlou <karim.lahlou.bxl@gmail.example.com> a écrit :
> Bonsoir,
>
> Je voudrais inscrire Naïma Bouzid pour une prise de parole à la conférence régionale. Je vous envoie tous les détails (fonction, association, session) demain, je n'ai pas les infos sous la main ce soir.
>
> Merci et bonne soirée
>
> Envoyé de mon iPhone
"""
    qhtml = ('<div dir="ltr">' + text2html(text.split("\nLe mar.")[0]) + '</div><br><div class="gmail_quote">'
             '<div dir="ltr" class="gmail_attr">Le mar. 2 févr. 2021 à 20:17, Karim Lahlou &lt;'
             'karim.lahlou.bxl@gmail.example.com&gt; a écrit&nbsp;:<br></div><blockquote class="gmail_quote" '
             'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             'Bonsoir,<br><br>Je voudrais inscrire Naïma Bouzid pour une prise de parole à la conférence régionale. '
             'Je vous envoie tous les détails (fonction, association, session) demain, je n\'ai pas les infos sous '
             'la main ce soir.<br><br>Merci et bonne soirée<br><br>Envoyé de mon iPhone</blockquote></div>\n')
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", qhtml, "UTF-8")],
                 "0000000000004d6e1f05ba5d2c81")
    rows = std_rows(when, "mail-ed1-f47.google.example.com", "209.85.208.47", "4DVx0s2Lm8z6",
                    "Karim Lahlou <karim.lahlou.bxl@gmail.example.com>",
                    "Re: Inscription prise de parole", rfcdate(sent),
                    "<CAF3nW8q0oY2_tZr5pL1xK9vB4cM7dE6fG2hJ8sN0aQ3wR5yU1e@mail.gmail.example.com>",
                    ret="karim.lahlou.bxl@gmail.example.com",
                    extra=[("In-Reply-To", "<7C1E0B2A-5D4F-4B8A-9E31-2F6A8C0D4E17@gmail.example.com>"),
                           ("References", "<7C1E0B2A-5D4F-4B8A-9E31-2F6A8C0D4E17@gmail.example.com>")])
    add(6, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Naïma Bouzid", "présidente",
                     "Horizons Retour – Association des Marocains de Belgique pour le retour et le co-développement (HR-AMBRC)",
                     ["roundtable", "open_discussion"], 3)],
        thread_of="h80-05.eml",
        notes="follow-up to h80-05 with the details, sent as a reply to his own mail; name written 'BOUZID Naïma' "
              "(surname first, capitals); title lower-case; long affiliation with an en-dash and acronym, city "
              "after it; roundtable 'n°3' first choice, open discussion as fallback; sender is treasurer, not speaker."))


def m07():
    when = at("2021-02-03 16:30:52")
    orig_date = tz(when - dt.timedelta(minutes=2, seconds=10), 2)
    dsn_text = POSTFIX_NOTICE + """
<s.elkhatib@abcde-uk.exmple.org>: Host or domain name not found. Name service
    error for name=abcde-uk.exmple.org type=AAAA: Host not found
"""
    status = Message(policy=POL)
    status["Content-Type"] = "message/delivery-status"
    b1 = Message(policy=POL)
    for k, v in (("Reporting-MTA", "dns; mx1.iom.int"), ("X-Postfix-Queue-ID", "4DVzT72bQlz4"),
                 ("X-Postfix-Sender", "rfc822; gcmrrarabstates@iom.int"), ("Arrival-Date", rfcdate(orig_date))):
        b1[k] = v
    b2 = Message(policy=POL)
    for k, v in (("Final-Recipient", "rfc822; s.elkhatib@abcde-uk.exmple.org"),
                 ("Original-Recipient", "rfc822;s.elkhatib@abcde-uk.exmple.org"), ("Action", "failed"),
                 ("Status", "5.4.4"),
                 ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error for\r\n"
                                     "    name=abcde-uk.exmple.org type=AAAA: Host not found")):
        b2[k] = v
    status.set_payload([b1, b2])
    hdrs = Message(policy=POL)
    hdrs["Content-Type"] = "text/rfc822-headers"
    hdrs["Content-Description"] = "Undelivered Message Headers"
    hdrs.set_payload("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\r\n"
                     "To: s.elkhatib@abcde-uk.exmple.org\r\n"
                     "Subject: GCM Regional Review - your speaking role request\r\n"
                     "Date: %s\r\nMessage-ID: <ack.20210203.1428.7f3a@iom.int>\r\n" % rfcdate(orig_date))
    notif = leaf("text/plain", dsn_text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    body = multi("report", [notif, status, hdrs], "4DVzVc0m2Tz7.1612362652/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DVzVc0m2Tz7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX),
            ("Auto-Submitted", "auto-replied"), ("Message-ID", "<20210203143052.4DVzVc0m2Tz7@mx1.iom.int>")]
    add(7, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for an acknowledgement sent to a mistyped address of the h80-04 speaker "
              "('exmple'); multipart/report; must never be acknowledged."))


def m08():
    when = at("2021-02-04 09:12:26")
    sent = when - dt.timedelta(seconds=18)
    intro = """مرحبا،

نحنا "رابطة العائدين من الاغتراب – لبنان" منتشرين بين طرابلس وعكار والبقاع، وأغلب أعضائنا رجعوا من الخليج وأفريقيا بعد الأزمة. حابين نشارك بالمراجعة الإقليمية، وبدنا نرشّح شخصين، التفاصيل بالجدول:"""
    outro = """إذا في أي استمارة لازم نعبّيها خبرونا.
مع الشكر والتقدير،
جورج الحاج
منسق البرامج"""
    rows_t = [("الاسم", "الصفة", "الجهة", "المشاركة المطلوبة"),
              ("ريما فارس الأسمر", "رئيسة الرابطة", "رابطة العائدين من الاغتراب – لبنان", "النقاش المفتوح يوم ٢٣ شباط"),
              ("خالد عمر المرعبي", "مسؤول ملف إعادة الإدماج المهني", "رابطة العائدين من الاغتراب – لبنان (فرع عكار)",
               "الطاولة المستديرة التانية")]
    tbl = '<table border="1" cellpadding="4" style="border-collapse:collapse" dir="rtl">' + "".join(
        "<tr>" + "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % esc(c) for c in r) + "</tr>"
        for i, r in enumerate(rows_t)) + "</table>"
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma">' + text2html(intro) + tbl + "<br>" +
                     text2html(outro) + "</div>", "rtl")
    body = leaf("text/html", html, "UTF-8", "base64")
    rows = std_rows(when, "mail.idm.example.net.lb", "194.126.10.44", "4DWb6Kq3Ynz8",
                    addr("George El Hajj", "george.hajj@idm.example.net.lb"),
                    hdr("ترشيح للمشاركة - رابطة العائدين"), rfcdate(sent),
                    "<1a2b3c4d5e6f7081.RLAL.george.hajj@idm.example.net.lb>",
                    ret="george.hajj@idm.example.net.lb")
    rows += [("User-Agent", "Roundcube Webmail/1.4.9")]
    aff = "رابطة العائدين من الاغتراب – لبنان"
    add(8, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("ريما فارس الأسمر", "رئيسة الرابطة", aff, ["open_discussion"]),
                  sp("خالد عمر المرعبي", "مسؤول ملف إعادة الإدماج المهني", aff + " (فرع عكار)", ["roundtable"], 2)],
        notes="HTML-only (base64) Levantine Arabic, two speakers in an HTML table; roles in colloquial ('النقاش "
              "المفتوح يوم ٢٣ شباط' = open discussion; 'الطاولة المستديرة التانية' = roundtable 2 in dialect "
              "spelling); second speaker's affiliation includes the branch; sender (Latin display name) is not a speaker."))


def m09():
    when = at("2021-02-04 14:37:19")
    sent = tz(when - dt.timedelta(seconds=11), 1)
    text = """Dear colleagues, see below, please register her.
Thanks!
Marco

---------- Forwarded message ---------
From: Layla Mansour <layla.mansour@donnetunisine.example.it>
Date: Wed, 3 Feb 2021 at 18:52
Subject: Re: conferenza GCM / speaking slot
To: Marco Ferrante <m.ferrante@reteaccoglienza.example.it>


Hi Marco,

Yes, happy to do it! I'd prefer the thematic roundtable 4 if there's still room, otherwise any roundtable is ok.
For the form: I'm Programme Coordinator at the Association of Tunisian Women in Italy (ATWI / Associazione Donne Tunisine in Italia), based in Bologna.

Can you send it to the IOM address for me? I'm travelling until Friday with bad connection.

Grazie mille,
Layla

On Wed, 3 Feb 2021 at 16:10, Marco Ferrante <m.ferrante@reteaccoglienza.example.it> wrote:
> Ciao Layla, would you be willing to speak at the Arab States GCM review on
> 24-25 Feb? They need name, title and organisation by Friday.
> M.

--
Marco Ferrante
Rete Accoglienza e Diaspore – Coordinamento nazionale
Via dei Volsci 14, 00185 Roma
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8")],
                 "0000000000007e9a3b05ba82d6f0")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DWjR90tGfz3",
                    "Marco Ferrante <m.ferrante@reteaccoglienza.example.it>",
                    "Fwd: conferenza GCM / speaking slot", rfcdate(sent),
                    "<CAH5rT2k9_pQ0vX3mL8sW1nB6cY4dZ7eF0gJ2hK5uA9oR3tS6wQ@mail.gmail.example.com>",
                    ret="m.ferrante@reteaccoglienza.example.it")
    add(9, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Layla Mansour", "Programme Coordinator",
                     "Association of Tunisian Women in Italy (ATWI / Associazione Donne Tunisine in Italia)",
                     ["roundtable"], 4)],
        notes="forward with only 'see below, please register her' on top; the speaker's details are in the "
              "forwarded reply, in prose ('I'm Programme Coordinator at ...'); the forwarder's Rome network in "
              "the signature is not her affiliation; Italian subject; roundtable 4 first choice."))


def m10():
    when = at("2021-02-04 17:55:03")
    sent = tz(when - dt.timedelta(seconds=40), 1)
    text = """Bonjour à toute l'équipe,

Suite à votre lettre d'invitation, l'Association Tunisienne des Migrants de Retour pour le Développement Local (ATMRDL), basée à Tunis avec des antennes à Médenine et Zarzis, a le plaisir de vous transmettre ci-joint son rapport volontaire d'examen du PMM, préparé collectivement avec 6 associations de la société civile du Sud tunisien.

Par la même occasion nous souhaitons proposer notre vice-président, Si Mourad Ben Hamida, pour une intervention dans la table ronde n°1. Mr Ben Hamida est lui-même migrant de retour (15 ans en Italie) et anime notre programme d'accompagnement des jeunes rapatriés.

Nous restons à votre disposition.
Cordialement,

Sonia Gharbi
Chargée de communication – ATMRDL
Tunis
"""
    pdf_lines = ["ATMRDL - Rapport volontaire d'examen du PMM (region arabe)",
                 "Rapport collectif - Sud tunisien - fevrier 2021", "",
                 "1. Contexte: retours depuis la Libye et l'Italie",
                 "2. Reintegration economique des migrants de retour",
                 "3. Recommandations"]
    docx = make_docx([l for l in pdf_lines if l])
    fname = "Rapport_PMM_ATMRDL_2021.docx"
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "UTF-8"),
                              leaf("text/html", html_wrap(text2html(text)), "UTF-8")], "----=_Part_881_1290358.1612454103"),
        leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % fname)], disp='attachment; filename="%s"' % fname)],
        "----=_Part_880_5521933.1612454103")
    rows = std_rows(when, "smtp.topnet.example.tn", "196.203.13.20", "4DWqH42yRlz1",
                    "Sonia Gharbi <communication@atmrdl.example.tn>",
                    "Rapport volontaire + demande d'intervention ATMRDL", rfcdate(sent),
                    "<1129384756.881.1612454103201@webmail.topnet.example.tn>",
                    ret="communication@atmrdl.example.tn")
    add(10, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Mourad Ben Hamida", "vice-président",
                     "Association Tunisienne des Migrants de Retour pour le Développement Local (ATMRDL)",
                     ["roundtable"], 1)],
        report_attachments=[fname],
        notes="Tunisian French; collective report as DOCX plus a speaker in the same mail; Tunisian honorific "
              "'Si' and 'Mr' are not part of the name; title 'notre vice-président' in prose; sender is "
              "communication officer, not a speaker; 'table ronde n°1'."))


def m11():
    when = at("2021-02-05 15:20:44")
    sent = tz(when - dt.timedelta(seconds=22), 1)
    text = """Dear GCM team,

please find attached the voluntary GCM review report of our network (collective report, endorsed by 11 member organisations in Berlin, Hamburg, Köln and Leipzig).

We would also like to register one speaker:
- Name: Yasmin Darwish
- Organisation: Netzwerk arabischer Diaspora-Organisationen in Deutschland e.V. (NADO)
- Position: Vorstandsmitglied / Board member, responsible for migrant health

Role preference: plenary session, open to any slot.

Best regards / Viele Grüße
Dr. Tarek Sabbagh
Executive Director
NADO e.V. | Oranienstraße 25 | 10999 Berlin
"""
    pdf = make_pdf(["Netzwerk arabischer Diaspora-Organisationen in Deutschland e.V. (NADO)",
                    "Voluntary GCM Review Report - Arab Region 2021", "Collective report - 11 member organisations",
                    "", "Objective 19: diaspora contributions", "Objective 16: inclusion and social cohesion"])
    fname = "NADO_GCM_Voluntary_Review_Report_2021.pdf"
    body = multi("mixed", [leaf("text/plain", text, "UTF-8", params=[("format", "flowed")]),
                           leaf("application/pdf", pdf, cte="base64", params=[("name", fname)],
                                disp='attachment; filename=%s' % fname)],
                 "------------8F2A61C0E3D94B7A5F1E0C92")
    rows = std_rows(when, "mout.gmx.example.net", "212.227.17.22", "4DX5kz0PcMz6",
                    "Tarek Sabbagh <t.sabbagh@nado-ev.example.de>",
                    "GCM Regional Review: NADO report + speaker registration", rfcdate(sent),
                    "<5b3e91a0-7c2d-4f8e-a1b6-0d9c2e4f7a18@nado-ev.example.de>",
                    ret="t.sabbagh@nado-ev.example.de")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "en-US")]
    add(11, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Yasmin Darwish", "Vorstandsmitglied / Board member, responsible for migrant health",
                     "Netzwerk arabischer Diaspora-Organisationen in Deutschland e.V. (NADO)", ["plenary"])],
        report_attachments=[fname],
        notes="Thunderbird from Berlin (+0100), English with German org name and bilingual title; speaker in a "
              "list (Name/Organisation/Position, title after organisation); signer 'Dr. Tarek Sabbagh' is not "
              "the speaker; both parts on time on the speaker deadline day."))


def m12():
    when = at("2021-02-05 23:54:31")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = """Bonsoir,

J'espère que je ne suis pas trop en retard !! Je viens de voir que c'était ce soir la date limite pour les prises de parole.

Je suis franco-algérienne, je travaille depuis 10 ans avec les chibanis et les jeunes binationaux à Saint-Denis, et j'aimerais beaucoup intervenir lors d'une séance plénière sur la question de la protection sociale des migrants âgés et du droit au retour. Si c'est possible bien sûr.

Mes coordonnées en dessous.

Merci infiniment et bonne soirée,

--
Djamila Ait-Mouloud
Coordinatrice du pôle Mémoire et Droits
Collectif Chibanis & Familles 93 (association loi 1901)
06 12 34 56 78
"""
    html = html_wrap('<div style="font-family:Arial">' + text2html(text.split("\n--\n")[0]) +
                     '</div><div class="moz-signature">-- <br>' +
                     "<br>".join(esc(x) for x in text.split("\n--\n")[1].strip().split("\n")) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "------------A4C1E83F0B7D62959E3F1A08")
    rows = std_rows(when, "smtp-out.laposte.example.net", "160.92.124.66", "4DXQm52Hbvz2",
                    "Djamila Ait-Mouloud <djamila.aitmouloud@laposte.example.net>",
                    "demande d'intervention en plénière", rfcdate(sent),
                    "<e2b7c4a1-93f0-4d5e-8b2a-6c1f0e9d3a57@laposte.example.net>",
                    ret="djamila.aitmouloud@laposte.example.net")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1")]
    add(12, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Djamila Ait-Mouloud", "Coordinatrice du pôle Mémoire et Droits",
                     "Collectif Chibanis & Familles 93", ["plenary"])],
        notes="deadline edge: received 23:54 Beirut on 5 Feb (Date header 22:54 +0100), on time although the "
              "sender fears being late; self-nomination, details only in the Thunderbird signature; the "
              "'(association loi 1901)' status is not part of the name; '&' in the affiliation."))


def m13():
    when = at("2021-02-06 00:07:12")
    sent = tz(when - dt.timedelta(seconds=15), 1)
    text = """السادة المحترمين في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،

تحية طيبة،

نحن في "البيت السوري للجالية والعودة الطوعية" في برلين، وهي جمعية مسجلة في ألمانيا تضم لاجئين ومهاجرين سوريين، بعضهم عاد إلى سوريا وبعضهم يفكر بالعودة. قرأنا رسالة الدعوة باللغة العربية وفيها أن آخر موعد لطلبات المداخلات هو الجمعة 23 شباط، ولكن صديقة نبهتني اليوم أن الموعد في النسخة الإنكليزية هو 5 شباط، لذلك أرسل لكم الطلب الآن على عجل.

نرغب بترشيح السيدة لمى حسن العلي، مديرة برنامج العودة الآمنة والكريمة في الجمعية، لتقديم مداخلة في الجلسة العامة أو في إحدى الموائد المستديرة حسب ما ترونه مناسباً.

مع خالص الشكر،
عمر الشامي
عضو الهيئة الإدارية
البيت السوري للجالية والعودة الطوعية e.V. – برلين
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    rows = std_rows(when, "mail-lj1-f173.google.example.com", "209.85.208.173", "4DXRb21vLsz9",
                    addr("عمر الشامي", "omar.alshami.berlin@gmail.example.com"),
                    hdr("طلب مداخلة – البيت السوري برلين"), rfcdate(sent),
                    "<CAK9pX0v4_dQ7mN2rL5sT8wB1cY3eZ6fG9hJ0kA4uR7oP2tV5xE@mail.gmail.example.com>",
                    ret="omar.alshami.berlin@gmail.example.com")
    add(13, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("لمى حسن العلي", "مديرة برنامج العودة الآمنة والكريمة",
                     "البيت السوري للجالية والعودة الطوعية e.V. – برلين", ["plenary", "roundtable"])],
        notes="deadline edge: received 00:07 Beirut on 6 Feb, Date header 'Fri, 5 Feb 2021 23:06:57 +0100' is still "
              "Friday in Berlin -> late; sender cites the Arabic letter's misprinted '23 شباط' deadline; "
              "honorific 'السيدة' excluded; plenary or 'إحدى الموائد المستديرة' (no number); fullest affiliation "
              "is the signature form with 'e.V. – برلين'."))


def m14():
    when = at("2021-02-09 12:31:50")
    sent = tz(when - dt.timedelta(seconds=12), 1)
    text = """السلام عليكم،

سلام عليكم خوتي، كنرسلو ليكم التقرير الطوعي ديال الجمعية ديالنا على تنفيذ الميثاق العالمي للهجرة، فيه التجربة ديال المهاجرين اللي رجعو من إسبانيا وإيطاليا لجهة بني ملال خنيفرة.
التقرير فالملف المرفق (وورد). إلا كان شي مشكل فالفتح عافاكم قولو لينا.

بالتوفيق،
رشيد أوحمو
جمعية العودة والتنمية - الفقيه بن صالح
"""
    fname = "تقرير_الميثاق_العالمي_جمعية_العودة_والتنمية.docx"
    docx = make_docx(["Jam'iyat Al-Awda wa At-Tanmiya - Fquih Ben Salah",
                      "Voluntary GCM review report (Arabic text)", "Return migrants from Spain and Italy"])
    att = leaf(DOCX, docx, cte="base64")
    att["Content-Type"] = DOCX + "; name=\"%s\"" % b_word(fname)
    att.add_header("Content-Disposition", "attachment")
    del att["Content-Disposition"]
    att["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname))
    body = multi("mixed", [leaf("text/plain", text, "UTF-8", "base64"), att], "000000000000a9c47d05bae1f3b2")
    rows = std_rows(when, "mail-wm1-f49.google.example.com", "209.85.128.49", "4DZ8w13pKfz4",
                    addr("Rachid Ouhammou", "rachid.ouhammou@gmail.example.com"),
                    hdr("التقرير الطوعي - جمعية العودة والتنمية"), rfcdate(sent),
                    "<CAP1sR7m3_nK0wY5qL2tX9vB8cZ4dE1fH6gJ3kM0uA7oQ2rT5yW@mail.gmail.example.com>",
                    ret="rachid.ouhammou@gmail.example.com")
    add(14, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Moroccan Darija in Arabic script; Arabic DOCX file name as RFC 2231 continuations (plus an RFC 2047 "
              "name= parameter); Date header in +0100 (Morocco); no speaker."))


def m15():
    when = at("2021-02-10 10:44:08")
    sent = when - dt.timedelta(seconds=3)
    text = """Bonjour Madame, Monsieur,

Merci pour l'invitation. Juste une petite question pratique svp : la conférence du 24-25 sera-t-elle en présentiel à Beyrouth ou bien 100% en ligne (Zoom, Webex…) ? Et est-ce qu'il y aura une interprétation arabe-français ? Plusieurs de nos membres sont des Libanais rentrés d'Afrique de l'Ouest et sont plus à l'aise en français.

On a bien reçu votre accusé de réception pour notre rapport, merci.

Bien à vous,
Rita Sfeir
Association des Libanais de Retour d'Afrique (ALRA)
Achrafieh, Beyrouth
"""
    body = leaf("text/plain", text, "windows-1252", "quoted-printable")
    rows = std_rows(when, "mail.alra.example.org.lb", "91.232.88.10", "4DZw1M0xTqz5",
                    "Rita Sfeir <rita.sfeir@alra.example.org.lb>",
                    "Question pratique - format de la conférence", rfcdate(sent),
                    "<000a01d6ff8c$7b2e1f40$71ca5dc0$@alra.example.org.lb>",
                    ret="rita.sfeir@alra.example.org.lb")
    rows += [("X-Mailer", "Microsoft Outlook 16.0")]
    add(15, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Lebanese French logistics question (in-person/online, interpretation); mentions a report already "
              "acknowledged but sends nothing new; windows-1252 QP with an ellipsis character."))


def m16_parts():
    return "<D4E5F6A7-1B2C-4D3E-8F90-A1B2C3D4E5F6@ardi-italia.example.it>"


def m16():
    when = at("2021-02-11 18:03:27")
    sent = tz(when - dt.timedelta(seconds=26), 1)
    text = """Dear Sir/Madam,

On behalf of the Arab Diaspora Initiative Italy (ARDI), please find attached our voluntary report for the GCM regional review. Because of the size of the annexes our IT volunteer zipped everything, the report itself is the PDF inside.

Kind regards,
Nour Abdelrahman
Secretary, ARDI
Milano
"""
    pdf = make_pdf(["Arab Diaspora Initiative Italy (ARDI)", "Voluntary GCM Review Report - February 2021",
                    "Egyptian, Moroccan and Syrian communities in Lombardy", "", "Summary of findings"])
    z = zip_of([("ARDI_GCM_report_2021/ARDI_voluntary_report_GCM_2021.pdf", pdf),
                ("ARDI_GCM_report_2021/readme.txt", b"Report: ARDI_voluntary_report_GCM_2021.pdf\r\n")])
    fname = "ARDI_GCM_report_2021.zip"
    body = multi("mixed", [leaf("text/plain", text, "us-ascii", "7bit"),
                           leaf("application/zip", z, cte="base64", params=[("name", '"%s"' % fname)],
                                disp='attachment; filename="%s"' % fname)],
                 "Apple-Mail=_3C9E5A21-7F40-4B6D-9A12-5E8D0C4B7F63")
    rows = std_rows(when, "smtp.aruba.example.it", "62.149.156.90", "4F0Gq82WnBz7",
                    "Nour Abdelrahman <segreteria@ardi-italia.example.it>",
                    "GCM voluntary report - ARDI Italy", rfcdate(sent), m16_parts(),
                    ret="segreteria@ardi-italia.example.it")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    add(16, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report delivered as a ZIP archive whose PDF is the report (plus a readme); the attachment to "
              "record is the .zip as sent; revised in h80-20."))


def m17():
    when = at("2021-02-12 08:15:40")
    text = """شكراً لرسالتكم.
أنا خارج المكتب في مهمة ميدانية في الشمال الغربي حتى يوم 19 شباط/فبراير 2021 مع وصول محدود جداً للبريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع الزميلة سلمى على العنوان info@awda-sy.example.org

Thank you for your email. I am out of the office until 19 February with limited access to email.
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    rows = std_rows(when, "mail.awda-sy.example.org", "5.0.27.140", "4F0cT31kGvz2",
                    addr("ماهر القدسي", "maher.qudsi@awda-sy.example.org"),
                    re_hdr("Automatic reply: ", "إشعار استلام – المراجعة الإقليمية"), rfcdate(when - dt.timedelta(seconds=2)),
                    "<auto.20210212061538.maher.qudsi@awda-sy.example.org>",
                    ret="maher.qudsi@awda-sy.example.org")
    rows += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("In-Reply-To", "<ack.20210212.0614.91c2@iom.int>")]
    add(17, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="out-of-office in Arabic with an English line, answering one of our acknowledgements; "
              "Auto-Submitted header; never acknowledge."))


def m18():
    when = at("2021-02-13 15:26:11")
    sent = when - dt.timedelta(seconds=19)
    text = """Dear Regional Network Secretariat,

Please accept below the voluntary review contribution of the Egyptian Returnees Forum for Development (ERFD), Alexandria. We don't have a designed PDF yet so we paste the text here directly.

VOLUNTARY GCM REVIEW – ERFD (Egypt), February 2021

1. Who we are: a forum of 340 returnee members, mainly construction and agriculture workers who came back from Libya, Jordan and the Gulf between 2011 and 2020.
2. Objective 21 (dignified return and sustainable reintegration): returnees still lack recognition of skills gained abroad; we recommend a national skills-certification scheme with the Ministry of Manpower.
3. Objective 20 (remittances): high transfer costs from Libya; informal channels remain dominant.
4. COVID-19: around 60 members returned in 2020 without any end-of-service benefits.
5. Recommendations: (a) a one-stop reintegration desk per governorate, (b) inclusion of returnees' associations in the national GCM follow-up.

We thank you for considering our input.

Ahmed Fawzy Salem
Chairman of the Board, ERFD
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"),
                                 leaf("text/html", html_wrap(text2html(text)), "UTF-8")],
                 "--_NmP-8c2e4a9b1f0d7e36-Part_1")
    rows = std_rows(when, "mta7.yahoo.example.com", "98.137.69.84", "4F16Jk0RsNz8",
                    "Ahmed Fawzy <erfd.alex@yahoo.example.com>",
                    "Voluntary review contribution - ERFD Egypt", rfcdate(sent),
                    "<1402918273.3391.1613222752107@mail.yahoo.example.com>",
                    ret="erfd.alex@yahoo.example.com")
    rows += [("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    add(18, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="report pasted in the body (no attachment) -> report_attachments empty; English from an Egyptian "
              "returnee forum; 'Chairman of the Board' signs but nobody asks to speak."))


def m19():
    when = at("2021-02-14 20:40:05")
    sent = when - dt.timedelta(seconds=30)
    text = """السادة الكرام في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة
تحية طيبة وبعد،

يسرّ "جمعية عودة للتنمية المجتمعية" في ريف حلب أن ترسل إليكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي للهجرة، المرفق بصيغة PDF.

كما نود، إن أمكن، أن يشارك مدير الجمعية المهندس ماهر القدسي في النقاش المفتوح للمشاورة يوم 23 شباط. نعتذر عن التأخر في طلب المداخلة بسبب انقطاع الكهرباء والإنترنت لدينا خلال الأسابيع الماضية.

مع الاحترام،
سلمى العبدالله
مسؤولة التواصل
جمعية عودة للتنمية المجتمعية – حلب
"""
    fname = "Awda_GCM_voluntary_report_AR.pdf"
    pdf = make_pdf(["Awda Association for Community Development - Aleppo countryside",
                    "GCM voluntary review report (Arabic version)", "February 2021"])
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "windows-1256"),
                              leaf("text/html", html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl",
                                                          "windows-1256"), "windows-1256")],
              "----=_NextPart_001_0031_01D7030F.4B9A2C10"),
        leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
             disp='attachment; filename="%s"' % fname)],
        "----=_NextPart_000_0030_01D7030F.4B9A2C10")
    rows = std_rows(when, "mail.awda-sy.example.org", "5.0.27.140", "4F1v8P2tYhz3",
                    addr("سلمى العبدالله", "info@awda-sy.example.org", "windows-1256"),
                    hdr("التقرير الطوعي وطلب مداخلة – جمعية عودة", "windows-1256"), rfcdate(sent),
                    "<003001d7030f$4b9a2c10$e2ce8430$@awda-sy.example.org>", ret="info@awda-sy.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-sy")]
    add(19, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("ماهر القدسي", "مدير الجمعية", "جمعية عودة للتنمية المجتمعية – حلب", ["open_discussion"])],
        report_attachments=[fname],
        notes="both: report on time (14 Feb) but the speaking request is after 5 Feb -> on_time false; Syrian "
              "returnee association, windows-1256 Outlook; honorific 'المهندس' excluded; title 'مدير الجمعية' in "
              "prose; open discussion on 23 Feb."))


def m20():
    when = at("2021-02-15 11:09:37")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """Dear colleagues,

Apologies - in the zip we sent on Thursday the PDF was an old draft (missing the section on Objective 19). Please disregard it and use the attached final version instead, this time as a plain PDF.

Many thanks and sorry for the confusion,
Nour

Il giorno 11 feb 2021, alle ore 17:03, Nour Abdelrahman <segreteria@ardi-italia.example.it> ha scritto:

> Dear Sir/Madam,
>
> On behalf of the Arab Diaspora Initiative Italy (ARDI), please find attached our voluntary report for the GCM regional review. Because of the size of the annexes our IT volunteer zipped everything, the report itself is the PDF inside.
>
> Kind regards,
> Nour Abdelrahman
> Secretary, ARDI
> Milano
"""
    fname = "ARDI_voluntary_report_GCM_2021_FINAL.pdf"
    pdf = make_pdf(["Arab Diaspora Initiative Italy (ARDI)", "Voluntary GCM Review Report - FINAL",
                    "Includes Objective 19 (diaspora contributions)"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           leaf("application/pdf", pdf, cte="base64", params=[("name", fname)],
                                disp="attachment; filename=%s" % fname)],
                 "Apple-Mail=_8B1D4F72-2A6E-4C90-B3D5-7E0F1A9C6B24")
    rows = std_rows(when, "smtp.aruba.example.it", "62.149.156.91", "4F2Lk43dWrz1",
                    "Nour Abdelrahman <segreteria@ardi-italia.example.it>",
                    "Re: GCM voluntary report - ARDI Italy (corrected version)", rfcdate(sent),
                    "<9A0B1C2D-3E4F-4A5B-8C6D-7E8F9A0B1C2D@ardi-italia.example.it>",
                    ret="segreteria@ardi-italia.example.it",
                    extra=[("In-Reply-To", m16_parts()), ("References", m16_parts())])
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(20, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h80-16.eml",
        notes="replaces the report of h80-16 (zip) with a final PDF; Italian-locale iPhone quote header "
              "('Il giorno ... ha scritto'); must be linked to h80-16."))


def m21():
    when = at("2021-02-16 23:52:48")
    sent = tz(when - dt.timedelta(seconds=21), 1)
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire collectif de la Plateforme des associations de la diaspora maghrébine de Belgique (PADMB), rédigé avec nos partenaires de Liège, Anvers et Bruxelles.

Nous vous prions d'excuser cet envoi tardif, le document a été validé ce soir par notre assemblée.

Salutations distinguées,

Abdelkader Mernissi
Coordinateur
PADMB asbl – Bruxelles
"""
    fname = "Rapport volontaire PADMB - examen régional PMM.pdf"
    pdf = make_pdf(["Plateforme des associations de la diaspora maghrebine de Belgique (PADMB)",
                    "Rapport volontaire collectif - Examen regional du PMM", "Fevrier 2021"])
    att = leaf("application/pdf", pdf, cte="base64")
    att["Content-Type"] = 'application/pdf; name="%s"' % b_word(fname)
    att["Content-Disposition"] = "attachment; filename*=%s" % rfc2231(fname)
    html = html_wrap(text2html(text))
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                                 "_000_AM0PR07MB6116A2B3C4D5E6F7A8B9AM0PR07MB6116eurp_"), att],
                 "_004_AM0PR07MB6116A2B3C4D5E6F7A8B9AM0PR07MB6116eurp_")
    rows = std_rows(when, "mail-am6eur05on2112.outbound.protection.outlook.example.com", "40.107.22.112",
                    "4F3Dq71ZmTz6", "Abdelkader Mernissi <a.mernissi@padmb.example.be>",
                    hdr("Rapport volontaire PADMB – Examen régional PMM"), rfcdate(sent),
                    "<AM0PR07MB6116A2B3C4D5E6F7A8B9@AM0PR07MB6116.eurprd07.prod.outlook.example.com>",
                    ret="a.mernissi@padmb.example.be")
    rows += [("Content-Language", "fr-BE")]
    add(21, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="deadline edge: received 23:52 Beirut on 16 Feb (Date 22:52 +0100) -> on time despite 'envoi "
              "tardif'; RFC 2231 file name with accent and spaces."))


def m22():
    when = at("2021-02-17 00:04:19")
    sent = tz(when - dt.timedelta(seconds=13), 0)
    text = """الإخوة الأعزاء في الشبكة الإقليمية،

السلام عليكم ورحمة الله وبركاته،

مرفق لكم التقرير الطوعي لـ "منتدى الجالية اليمنية والخليجية في المملكة المتحدة" عن تنفيذ الميثاق العالمي للهجرة، وهو تقرير مشترك مع ثلاث جمعيات في كارديف وشيفيلد وبرمنغهام.

ترى حاولنا نرسله أبكر بس تأخرت الموافقات من الأعضاء، إن شاء الله يكون لحق على الموعد.

وتقبلوا تحياتنا،
د. فيصل باوزير
رئيس المنتدى
لندن
"""
    fname = "YGF-UK_GCM_Report_2021.pdf"
    pdf = make_pdf(["Yemeni and Gulf Community Forum UK (YGF-UK)", "GCM voluntary review report 2021",
                    "Joint report: Cardiff, Sheffield, Birmingham"])
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                              leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
              "000000000000c3d2e105bb7a11f4"),
        leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
             disp='attachment; filename="%s"' % fname)], "000000000000c3d2e205bb7a11f6")
    rows = std_rows(when, "mail-wr1-f50.google.example.com", "209.85.221.50", "4F3Fb10xQcz3",
                    addr("Faisal Bawazir", "f.bawazir.ygf@gmail.example.com"),
                    hdr("التقرير الطوعي - منتدى الجالية اليمنية والخليجية"), rfcdate(sent),
                    "<CAN2tQ8x5_rM1pZ6vL3sY0wC9dB4eF7gH2jK5mA8uR1oS4tW7zD@mail.gmail.example.com>",
                    ret="f.bawazir.ygf@gmail.example.com")
    add(22, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="deadline edge: Date header 'Tue, 16 Feb 2021 22:04 +0000' (still 16 Feb in London) but received "
              "00:04 Beirut on 17 Feb -> late; MSA with Gulf colloquial ('ترى ... بس ... لحق'); no speaker."))


def m23():
    when = at("2021-02-18 13:20:55")
    sent = when - dt.timedelta(seconds=5)
    text = """ألف شكر ليكم على الرد وربنا يوفقكم، ومستنيين نعرف ميعاد كلمة الحاج عبد التواب.

محمد

في السبت، ٣٠ يناير ٢٠٢١ ٧:٠٥ م، محمد عبد التواب <mohamed.abdeltawab1990@gmail.example.com> كتب:
> السلام عليكم ورحمة الله
>
> إزيكم يا جماعة، أنا محمد من جمعية العائدين التعاونية بقرية الشيخ فضل مركز بني مزار المنيا.
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    ref0 = "<CAM4xk9R3fZu_Lp0vY7nQ2wT8sE1aB5cD6gH9jK3mN0oP4qRs1A@mail.gmail.example.com>"
    ack = "<ack.20210130.1712.3b8e@iom.int>"
    rows = std_rows(when, "mail-wm1-f67.google.example.com", "209.85.128.67", "4F4Wc62nHkz5",
                    addr("محمد عبد التواب", "mohamed.abdeltawab1990@gmail.example.com"),
                    re_hdr("Re: ", "طلب مشاركة في المؤتمر"), rfcdate(sent),
                    "<CAM4xk9R8hWq_Tn2pB5vK0sY7cL3dF1gJ6mA9eR4oU2tX8zQ5bN@mail.gmail.example.com>",
                    ret="mohamed.abdeltawab1990@gmail.example.com",
                    extra=[("In-Reply-To", ack), ("References", ref0 + " " + ack)])
    add(23, when, top(body, rows), dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="h80-03.eml",
        notes="Egyptian colloquial thank-you replying to our acknowledgement of h80-03; adds nothing new "
              "(asks about the time slot only implicitly) -> no acknowledgement; Arabic quote header from Gmail."))


def m24():
    when = at("2021-02-20 16:58:30")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """salam,

svp on a envoyé notre demande pour parler dans la table ronde mais on a rien reçu comme réponse ni lien zoom, c normal? la conférence c'est mardi prochain wlh on sait pas si on est retenus ou pas.
merci de nous dire vite

Youssef - Association Retour & Avenir Oujda
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8")],
                 "000000000000e4f5a605bbd0c27a")
    rows = std_rows(when, "mail-wr1-f43.google.example.com", "209.85.221.43", "4F5Zn24vLdz8",
                    "Youssef Retour&Avenir <retour.avenir.oujda@gmail.example.com>",
                    "pas de reponse??", rfcdate(sent),
                    "<CAB7wP4n1_sQ8vM3xL6tK9rY2cZ5dE0fG4hJ7kA1uB3oR6tS9wX@mail.gmail.example.com>",
                    ret="retour.avenir.oujda@gmail.example.com")
    add(24, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Moroccan French with darija ('salam', 'wlh'), SMS style; asks about an earlier speaker request "
              "not in this set and the Zoom link; no new speaker details -> other, not speaker_request; 'mardi "
              "prochain' is the 23 Feb consultation."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
        assert len(data) < 1024 * 1024, fname
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
