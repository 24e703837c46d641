#!/usr/bin/env python3
"""Write the blind evaluation set holdout141 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets141.py
Theme: women's rights and anti-trafficking organisations (shelters, hotlines, feminist collectives,
survivors' networks, lawyers for trafficking survivors) in Lebanon, Jordan, Egypt, Morocco, Tunisia,
Iraq and Kuwait, writing in Arabic, English and French.
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout141")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h141-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ set-141 helpers
def qid(n):
    return "4D%sk%02dTz%d" % ("QRSTUVWXYZ"[n % 10], n * 3, n % 7)


def send(num, when, delay, tzh, host, ip, frm, subject, body, mid, label, extra=None, ret=None, to=BOX,
         cc=None):
    sent = when - dt.timedelta(seconds=delay)
    rows = std_rows(when, host, ip, qid(num), frm, subject, rfcdate(tz(sent, tzh)), mid, to=to, ret=ret)
    if cc:
        rows.insert(5, ("Cc", cc))
    rows += list(extra or [])
    m = top(body, rows)
    add(num, when, m, label)
    return m


def attach(ctype, data, name, style="plain", disp="attachment", extra=None):
    """An attachment leaf; style: plain (quoted ASCII/raw), 2047 (Gmail-style encoded word), 2231."""
    a = Message(policy=POL)
    if style == "2047":
        a["Content-Type"] = '%s; name="%s"' % (ctype, b_word(name))
        a["Content-Disposition"] = '%s; filename="%s"' % (disp, b_word(name))
    elif style == "2231":
        a["Content-Type"] = "%s; name*=%s" % (ctype, rfc2231(name))
        a["Content-Disposition"] = "%s; filename*=%s" % (disp, rfc2231(name))
    elif style == "bare":
        a["Content-Type"] = "%s; name=%s" % (ctype, name)
        a["Content-Disposition"] = "%s; filename=%s" % (disp, name)
    else:
        a["Content-Type"] = '%s; name="%s"' % (ctype, name)
        a["Content-Disposition"] = '%s; filename="%s"' % (disp, name)
    a["Content-Transfer-Encoding"] = "base64"
    for k, v in (extra or []):
        a[k] = v
    a.set_payload(base64.encodebytes(data).decode("ascii"))
    return a


def alt(text, html, boundary, charset="UTF-8", cte="quoted-printable", cte_html=None):
    return multi("alternative", [leaf("text/plain", text, charset, cte),
                                 leaf("text/html", html, charset, cte_html or cte)], boundary)


def gmail_html(text):
    return '<div dir="ltr">' + text2html(text) + "</div>\n"


def rtl_html(text):
    return '<div dir="rtl">' + text2html(text) + "</div>\n"


GMAIL = "mail-wm1-f%d.google.example.com"


# ================================================================ the 24 messages
M01_ID = "<AM6PR08MB4712A1C3E9F04B2D8C15F0A2B7E40@AM6PR08MB4712.eurprd08.prod.outlook.example.com>"
M01_TABLE_TXT = """Name                    | Position                                   | Organisation                        | Session
Mariam Tesfaye Alemu    | Survivor-Advocate and Peer Support Worker  | Dar Al-Aman Women's Shelter (DAWS)  | Plenary (floor intervention)"""


def m01():
    when = at("2021-01-27 10:42:18")
    text = """Dear colleagues at the Regional UN Network on Migration,

Thank you for the invitation to the Regional Review of the GCM in the Arab region.

On behalf of our shelter, I would like to propose Mariam for a floor intervention in one of the plenary sessions on 24-25 February. Mariam came to the shelter in 2017 after escaping an abusive employer under the kafala system, and for the last three years she has been working with us, accompanying newly arrived women and speaking with embassies and the General Security on their behalf. We believe it is important that the voices of survivors are heard directly in the review, and not only through organisations like ours.

Mariam speaks English, Amharic and Arabic. She would need support for travel if the conference is held in person; please let us know.

Her details are in the table below.

""" + M01_TABLE_TXT + """

With many thanks and best regards,

Rita Khoury Nassar
Director | Dar Al-Aman Women's Shelter (DAWS) | Beirut, Lebanon
T +961 1 612 480 | www.daws-lb.example.org

CONFIDENTIALITY: This e-mail may contain information about survivors of violence. If you are not the intended recipient please delete it.
"""
    table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             '<tr style="background:#d9e2f3"><td><b>Name</b></td><td><b>Position</b></td><td><b>Organisation</b></td>'
             '<td><b>Session</b></td></tr>'
             '<tr><td>Mariam Tesfaye Alemu</td><td>Survivor-Advocate and Peer Support Worker</td>'
             '<td>Dar Al-Aman Women&#39;s Shelter (DAWS)</td><td>Plenary (floor intervention)</td></tr></table>')
    before, after = text.split(M01_TABLE_TXT)
    html = html_wrap('<div class="WordSection1">' + text2html(before.strip()) + table
                     + '<p class="MsoNormal">&nbsp;</p>' + text2html(after.strip()) + "</div>", None, "us-ascii")
    body = alt(text, html, "_000_AM6PR08MB4712A1C3E9F04B2D8C15F0A2B7E40AM6PR08MB4712eurp_", "us-ascii")
    send(1, when, 14, 2, "EUR05-AM6-obe.outbound.protection.outlook.example.com", "40.107.22.61",
         '"Rita Khoury Nassar" <director@daws-lb.example.org>',
         "Speaker proposal - survivor-advocate - Dar Al-Aman Women's Shelter", body, M01_ID,
         dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
              speakers=[sp("Mariam Tesfaye Alemu", "Survivor-Advocate and Peer Support Worker",
                           "Dar Al-Aman Women's Shelter (DAWS)", ["plenary"])],
              notes="shelter director proposes a survivor-advocate named only 'Mariam' in the prose; full name, "
                    "position and organisation only in a table below (HTML table, pipe table in text/plain); "
                    "the sender (Director, signature with pipes and city) is not a speaker; plenary given as "
                    "'floor intervention in one of the plenary sessions'."),
         extra=[("Thread-Topic", "Speaker proposal - survivor-advocate - Dar Al-Aman Women's Shelter"),
                ("Thread-Index", "AQHW9Jq1x0Zf3k2mR0u8ZbQm4e7VvA=="), ("Content-Language", "en-GB"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
         ret="director@daws-lb.example.org")


def m02():
    when = at("2021-01-29 16:20:51")
    text = """Bonjour à toutes et à tous,

Nous vous écrivons au nom du Collectif Féministe El Karama (CFK), un collectif autogéré basé à Tunis et Sfax qui accompagne depuis 2015 des travailleuses domestiques migrantes, notamment ivoiriennes, victimes d'exploitation et de confiscation de passeport.

Nous fonctionnons de manière horizontale : pas de présidente, pas de bureau, pas de titres. Après discussion en AG, nous proposons que Salma Jaziri, membre active du collectif, prenne la parole lors de la discussion ouverte de la consultation multipartite du 23 février. Salma a coordonné l'an dernier notre enquête sur les « contrats » signés à Abidjan et jamais respectés à l'arrivée en Tunisie.

Pouvez-vous nous confirmer la bonne réception ? On peut vous envoyer une courte bio si besoin.

Solidairement,
Yosra, une des organisatrices
pour le CFK
"""
    body = alt(text, gmail_html(text), "000000000000b3e51c05ba0f7d22")
    send(2, when, 9, 1, GMAIL % 52, "209.85.128.52",
         "Collectif El Karama <collectif.elkarama@gmail.example.com>",
         hdr("Proposition d'intervenante – consultation du 23 février"), body,
         "<CAHz7Tq2mK0pY4bR8sW1nE5vJ3cL9dF6gU2hX0aZ7kQ4tN8wS1@mail.gmail.example.com>",
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
              speakers=[sp("Salma Jaziri", "membre active", "Collectif Féministe El Karama (CFK)",
                           ["open_discussion"])],
              notes="feminist collective with no formal posts ('pas de titres'); the only descriptor of the "
                    "speaker is 'membre active du collectif', recorded as the title; the sender signs with a "
                    "first name and 'une des organisatrices' and is not a speaker; shared collective mailbox."),
         ret="collectif.elkarama@gmail.example.com")


def m03():
    when = at("2021-02-01 11:05:33")
    name = "Rapport_volontaire_PMM_Tamkine_2021.docx"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association Tamkine pour les Femmes Migrantes dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte principalement sur les objectifs 7 et 10 du Pacte (vulnérabilités et traite des personnes) et s'appuie sur les 214 femmes accompagnées par notre centre d'écoute de Tanger en 2019 et 2020.

Nous restons à votre disposition pour tout complément.

Bien cordialement,

-- 
Hajar Ouazzani
Chargée de programmes
Association Tamkine pour les Femmes Migrantes
Tanger - Maroc
"""
    docx = make_docx(["Association Tamkine pour les Femmes Migrantes",
                      "Rapport volontaire - Examen regional du Pacte mondial sur les migrations (PMM) 2021",
                      "Objectif 7 : reduire les vulnerabilites ; Objectif 10 : prevenir et combattre la traite",
                      "Donnees du centre d'ecoute de Tanger, 2019-2020"])
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, docx, name)], "------------8C2F0A9E7B1D3E5F4A6C2B0D")
    send(3, when, 22, 1, "smtp.tamkine-femmes.example.ma", "41.248.12.90",
         "Hajar Ouazzani <h.ouazzani@tamkine-femmes.example.ma>",
         hdr("Rapport volontaire PMM - Association Tamkine"), body,
         "<5b8e2c1a-3f4d-4e9a-a7b2-0c6d1e8f9a34@tamkine-femmes.example.ma>",
         dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
              report_attachments=[name],
              notes="plain report submission: Thunderbird, format=flowed 8bit, one DOCX; signature has a title "
                    "and organisation but no speaking role is asked for."),
         extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                ("Content-Language", "fr")],
         ret="h.ouazzani@tamkine-femmes.example.ma")


def m04():
    when = at("2021-02-02 13:30:07")
    n1 = "تقرير_حالات_الاتجار_بالبشر_2019-2020.pdf"
    n2 = "ملحق_الإحصائيات_والتوصيات.pdf"
    text = """السادة في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمون
تحية طيبة

نرفق لكم طيّاً تقرير منظمة أمان لمناهضة الاتجار بالبشر الطوعي الخاص بمراجعة الاتفاق العالمي للهجرة، وهو مكون من ملفين:
- التقرير الرئيسي عن حالات الاتجار بالبشر التي وثقتها المنظمة في إقليم كوردستان ومحافظة نينوى خلال عامي 2019 و2020 (67 حالة، أغلبها نساء من إثيوبيا وبنغلادش والفلبين)
- ملحق بالإحصائيات والتوصيات

تم حذف جميع البيانات الشخصية للناجيات حفاظاً على سلامتهن.

يرجى تأكيد الاستلام.

مع التقدير
شيرين عبد الله
مسؤولة قسم الرصد والتوثيق
منظمة أمان لمناهضة الاتجار بالبشر
أربيل - العراق
"""
    html = ('<div dir="rtl">' + text2html(text) +
            '<div><img src="cid:ii_kkm3aman0" alt="Aman logo" width="120" height="40"></div></div>\n')
    a = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
              "000000000000e1a7c905ba5f3b11")
    logo = attach("image/png", make_png(12, 4, (120, 20, 60)), "image001.png", disp="inline",
                  extra=[("Content-ID", "<ii_kkm3aman0>"), ("X-Attachment-Id", "ii_kkm3aman0")])
    rel = multi("related", [a, logo], "000000000000e1a7ca05ba5f3b12")
    p1 = make_pdf(["Aman Organization against Human Trafficking - Erbil, Iraq",
                   "Voluntary GCM review report: documented trafficking cases 2019-2020",
                   "67 cases: Kurdistan Region and Ninewa governorate"])
    p2 = make_pdf(["Annex: statistics and recommendations", "Table 1: cases by nationality",
                   "Table 2: cases by type of exploitation"])
    body = multi("mixed", [rel,
                           attach("application/pdf", p1, n1, "2047", extra=[("X-Attachment-Id", "f_kkm3b1x21")]),
                           attach("application/pdf", p2, n2, "2047", extra=[("X-Attachment-Id", "f_kkm3b1y72")])],
                 "000000000000e1a7cb05ba5f3b13")
    send(4, when, 11, 3, GMAIL % 44, "209.85.128.44",
         addr("شيرين عبد الله", "sh.abdullah.aman@gmail.example.com"),
         hdr("التقرير الطوعي - منظمة أمان لمناهضة الاتجار بالبشر"), body,
         "<CAJ4pV8xN2kR6tY0wB3eH7mQ1sF5dL9gZ2cU4aX8vK0nP6rT3yE@mail.gmail.example.com>",
         dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
              report_attachments=[n1, n2],
              notes="report on trafficking cases sent as two PDFs with Arabic file names (RFC 2047 encoded words "
                    "in name=/filename=, Gmail style); both PDFs make up the report; the inline signature logo "
                    "(image001.png, multipart/related) is not part of it; Date header in UTC+3 (Erbil)."),
         ret="sh.abdullah.aman@gmail.example.com")


def m05():
    when = at("2021-02-02 19:12:44")
    text = """Hello,

I work with Sanad Legal Aid for Migrant Women in Amman. We are thinking about nominating one of the women we represented in a forced labour / trafficking case for a speaking slot at the Regional Review, but before we do, we need to understand a few things:

- Can a survivor speak anonymously? For example using a first name only or a pseudonym, with her camera off if it is online, or with her voice only?
- Will the sessions be recorded, livestreamed or put on YouTube? Will there be photographers if it's in person?
- Would the list of speakers with names be published on the website?

Her case against the recruitment agency is still open and she is worried about her family back home in Sri Lanka. If anonymity is not possible, we will probably ask one of our lawyers to speak about her case instead.

Thanks a lot,
Lana
--
Lana Masri
Case Manager, Sanad Legal Aid for Migrant Women
Jabal Al-Weibdeh, Amman
"""
    body = leaf("text/plain", text, "UTF-8", "7bit", params=[("format", "flowed")])
    send(5, when, 6, 2, "mail.sanad-legal.example.jo", "92.253.7.141",
         "Lana Masri <lana.masri@sanad-legal.example.jo>", "Question: can a survivor speak anonymously?", body,
         "<3a1f5c7e-9b2d-4c08-8e61-7d4a2b9c0f15@sanad-legal.example.jo>",
         dict(category="other", language="en", acknowledge=True, on_time=None,
              notes="question whether a trafficking survivor can speak anonymously (pseudonym, camera off, "
                    "recording, publication of speaker list); a nomination is only being considered, nobody is "
                    "named, so no speaker; the sender's signature (Case Manager) is not a speaker either."),
         extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                ("Content-Language", "en-US")],
         ret="lana.masri@sanad-legal.example.jo")


M06_ID = "<CAE9wQ3rT7yU1iO5pA9sD3fG7hJ1kL5zX9cV3bN7mQ1wE5rT9y@mail.gmail.example.com>"


def m06():
    when = at("2021-02-03 09:15:02")
    text = """السلام عليكم ورحمة الله

الله يعطيكم العافية على الدعوة. حابة أشارك بمداخلة في المائدة المستديرة الثالثة إذا ممكن، ودي أتكلم عن تجربة الخط الساخن مع العاملات المنزليات اللي يتعرضون للعنف أو حجز الجواز أو عدم دفع الرواتب، وشلون نحولهم للإيواء وللمحامين، وعن المشاكل اللي نواجهها مع مكاتب الاستقدام.

بياناتي تحت بالتوقيع.

شاكرة لكم تعاونكم

--
نوف العتيبي
منسقة الخط الساخن لضحايا العنف والاتجار
جمعية سند لحماية العاملات المنزليات (سند)
الكويت
هاتف المكتب: +965 2245 1180
نقال: +965 9987 4412
واتساب (للحالات): +965 6601 2290
الخط الساخن المجاني: 1880
"""
    body = alt(text, rtl_html(text), "0000000000004c9d1e05ba6a0c41", "UTF-8", "base64")
    send(6, when, 8, 3, GMAIL % 47, "209.85.128.47",
         addr("Nouf Al-Otaibi", "nouf.otaibi@sanad-kw.example.org"),
         hdr("طلب مداخلة - المائدة المستديرة الثالثة"), body, M06_ID,
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
              speakers=[sp("نوف العتيبي", "منسقة الخط الساخن لضحايا العنف والاتجار",
                           "جمعية سند لحماية العاملات المنزليات (سند)", ["roundtable"], 3)],
              notes="Gulf (Kuwaiti) colloquial ('حابة', 'ودي', 'شلون'); self-nomination whose name, title and "
                    "organisation are only in the signature ('بياناتي تحت بالتوقيع'); the signature lists three "
                    "phone numbers and the hotline short code 1880 (numbers are not roundtable numbers); "
                    "display name in Latin script, Date header UTC+3."),
         ret="nouf.otaibi@sanad-kw.example.org")


def m07():
    when = at("2021-02-03 09:16:40")
    text = """شكراً لتواصلكم.
أنا خارج المكتب في مهمة عمل حتى يوم الأحد 14 فبراير 2021 ولن أتمكن من الرد على البريد الإلكتروني بشكل منتظم.
للحالات الطارئة يرجى الاتصال بالخط الساخن المجاني 1880 (على مدار الساعة).

Thank you for your email. I am out of the office on mission until Sunday 14 February 2021 with limited access to email.
For emergencies please call our toll-free hotline 1880 (24/7).

نوف العتيبي | Nouf Al-Otaibi
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    send(7, when, 3, 3, GMAIL % 47, "209.85.128.47",
         addr("Nouf Al-Otaibi", "nouf.otaibi@sanad-kw.example.org"),
         re_hdr("Auto: ", "طلب مداخلة - المائدة المستديرة الثالثة"), body,
         "<CAE9wQ3rT7yU1iO5pA9sD3fG7hJ1kL5zX9cV3bN7mQ1wE5rT9y.auto@mail.gmail.example.com>",
         dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
              notes="vacation responder (Auto-Submitted: auto-replied, Precedence: bulk, X-Autoreply) answering "
                    "our acknowledgement of h141-06; Arabic then English; repeats the hotline number and the "
                    "subject of the speaker request; not a follow-up of the submission, never acknowledge."),
         extra=[("In-Reply-To", "<ack-20210203-0214@gcmrr.iom.int>"),
                ("References", "<ack-20210203-0214@gcmrr.iom.int>"),
                ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")],
         ret="")


def m08():
    when = at("2021-02-03 14:02:55")
    text = """Dear colleagues,

A quick update on our proposal below. Mariam has asked whether she could speak in the second thematic roundtable instead of the plenary, as she feels more comfortable in a smaller group. If that is no longer possible, the plenary is still fine with her.

Also, her position has changed since last week: she is now our Survivor Advocacy Lead (no longer peer support worker).

Many thanks and apologies for the back and forth,
Rita

From: Rita Khoury Nassar <director@daws-lb.example.org>
Sent: Wednesday, January 27, 2021 10:42 AM
To: gcmrrarabstates@iom.int
Subject: Speaker proposal - survivor-advocate - Dar Al-Aman Women's Shelter

Dear colleagues at the Regional UN Network on Migration,

Thank you for the invitation to the Regional Review of the GCM in the Arab region.

On behalf of our shelter, I would like to propose Mariam for a floor intervention in one of the plenary sessions on 24-25 February. [...]

Her details are in the table below.

""" + M01_TABLE_TXT + """

With many thanks and best regards,

Rita Khoury Nassar
Director | Dar Al-Aman Women's Shelter (DAWS) | Beirut, Lebanon
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>", None, "us-ascii")
    body = alt(text, html, "_000_AM6PR08MB47129D0E2C4B6F1A3E57C8B0D2F14AM6PR08MB4712eurp_", "us-ascii")
    send(8, when, 17, 2, "EUR05-AM6-obe.outbound.protection.outlook.example.com", "40.107.22.68",
         '"Rita Khoury Nassar" <director@daws-lb.example.org>',
         "RE: Speaker proposal - survivor-advocate - Dar Al-Aman Women's Shelter", body,
         "<AM6PR08MB47129D0E2C4B6F1A3E57C8B0D2F14@AM6PR08MB4712.eurprd08.prod.outlook.example.com>",
         dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
              speakers=[sp("Mariam Tesfaye Alemu", "Survivor Advocacy Lead", "Dar Al-Aman Women's Shelter (DAWS)",
                           ["roundtable"], 2)],
              thread_of="h141-01.eml",
              notes="Outlook top-posted follow-up of h141-01 (In-Reply-To/References): the new text names the "
                    "speaker by first name only and changes her role (second thematic roundtable, plenary only "
                    "as fallback) and her title ('Survivor Advocacy Lead'); the quoted original (not "
                    "'>'-prefixed) still carries the old title and the plenary; full name only in the quoted table."),
         extra=[("In-Reply-To", M01_ID), ("References", M01_ID),
                ("Thread-Topic", "Speaker proposal - survivor-advocate - Dar Al-Aman Women's Shelter"),
                ("Thread-Index", "AQHW9Jq1x0Zf3k2mR0u8ZbQm4e7VvKoBfT3u"), ("Content-Language", "en-GB")],
         ret="director@daws-lb.example.org")


def m09():
    when = at("2021-02-04 10:30:12")
    text = """Madame, Monsieur,

Suite à votre aimable invitation, j'ai le plaisir de vous écrire au nom du Collectif des Avocats pour les Survivantes de la Traite (CAST), basé à Beyrouth, qui assure depuis 2014 la défense gratuite des travailleuses domestiques migrantes et des femmes victimes de traite devant les juridictions libanaises.

Le CAST souhaiterait proposer deux intervenants :

- Me Joëlle Abi Khalil, avocate et membre fondatrice : rôle de rapporteur(e), pour présenter les messages clés des parties prenantes ;
- Me Karim Haddad, responsable du pôle contentieux : intervention dans la quatrième table ronde thématique.

Tous deux maîtrisent parfaitement le français, l'arabe et l'anglais.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nayla Sfeir
Chargée de communication - CAST
Achrafieh, Beyrouth
"""
    html = html_wrap('<div class="WordSection1"><p class="MsoNormal">' +
                     text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>", None, "iso-8859-1")
    body = alt(text.replace("’", "'"), html, "_000_VI1PR0602MB3550E4A1B7C9D2F0A8E6B3C1D5F7VI1PR0602MB3550_",
               "iso-8859-1")
    send(9, when, 25, 2, "EUR02-VE1-obe.outbound.protection.outlook.example.com", "40.107.2.93",
         "Nayla Sfeir <n.sfeir@cast-liban.example.org>",
         hdr("Proposition d'intervenants - CAST (Liban)", "iso-8859-1", "Q"), body,
         "<VI1PR0602MB3550E4A1B7C9D2F0A8E6B3C1D5F7@VI1PR0602MB3550.eurprd06.prod.outlook.example.com>",
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
              speakers=[sp("Joëlle Abi Khalil", "avocate et membre fondatrice",
                           "Collectif des Avocats pour les Survivantes de la Traite (CAST)", ["rapporteur"]),
                        sp("Karim Haddad", "responsable du pôle contentieux",
                           "Collectif des Avocats pour les Survivantes de la Traite (CAST)", ["roundtable"], 4)],
              notes="Lebanese formal French (Outlook, ISO-8859-1 QP); two lawyers with the honorific 'Me' "
                    "(Maître), not part of the name; organisation only in the intro sentence; roundtable as "
                    "'quatrième table ronde'; rapporteur written 'rapporteur(e)'; the sender (communication "
                    "officer) is not a speaker."),
         extra=[("Thread-Topic", "Proposition d'intervenants - CAST (Liban)"),
                ("Thread-Index", "Adb64kq2Lw0cQ8aRTk2oV3bXy1nE5g=="), ("Content-Language", "fr-FR")],
         ret="n.sfeir@cast-liban.example.org")


M10_ID = "<CAN3xK8pQ1wE5rT9yU3iO7pA1sD5fG9hJ3kL7zX1cV5bN9mQ3w@mail.gmail.example.com>"
M10_NAME = "JWATC_GCM_Voluntary_Review_2021.pdf"
M10_TEXT = """Dear GCM Regional Review team,

Please find attached the collective voluntary GCM review report of the Jordanian Women's Anti-Trafficking Coalition (JWATC), prepared together with our 11 member organisations (shelters, legal aid clinics and two hotlines). It covers objectives 7, 10 and 11 and includes data from 2018-2020 on domestic workers and on women in the garment sector in the Qualified Industrial Zones.

I would also like to offer to serve as rapporteur for the multi-stakeholder consultation, to deliver the key messages of civil society. I have done this for the national consultations on the Jordan Response Plan in 2019 and 2020.

Best regards,

Dima Haddadin
Coalition Coordinator
Jordanian Women's Anti-Trafficking Coalition (JWATC)
Amman - Jordan
+962 79 555 0142
"""


def m10():
    when = at("2021-02-04 15:45:21")
    a = alt(M10_TEXT, gmail_html(M10_TEXT), "000000000000f7c2a805ba7b2e90")
    pdf = make_pdf(["Jordanian Women's Anti-Trafficking Coalition (JWATC)",
                    "Collective voluntary GCM review report 2021", "Objectives 7, 10 and 11 - data 2018-2020"])
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_NAME, extra=[("X-Attachment-Id", "f_kkq8w2c40")])],
                 "000000000000f7c2a905ba7b2e92")
    send(10, when, 13, 2, GMAIL % 53, "209.85.128.53",
         "Dima Haddadin <dima.haddadin@jwatc.example.jo>",
         "JWATC voluntary GCM review report + rapporteur", body, M10_ID,
         dict(category="both", language="en", acknowledge=True, on_time=True,
              speakers=[sp("Dima Haddadin", "Coalition Coordinator",
                           "Jordanian Women's Anti-Trafficking Coalition (JWATC)", ["rapporteur"])],
              report_attachments=[M10_NAME],
              notes="one message does both: collective report as PDF and a self-nomination as rapporteur "
                    "('offer to serve as rapporteur'); speaker details only in the signature; 'Coalition "
                    "Coordinator' keeps the generic word for its own body; 'Amman - Jordan' is not part of the "
                    "affiliation; 'objectives 7, 10 and 11' are not roundtable numbers."),
         ret="dima.haddadin@jwatc.example.jo")


def m11():
    when = at("2021-02-05 12:10:36")
    name = "Mohamiyat_GCM_report_2021.pdf"
    html = """<div dir="rtl" style="font-family:Tahoma;font-size:11pt">
<p>السادة الأفاضل،</p>
<p>تحية طيبة وبعد،</p>
<p>مرفق لحضراتكم التقرير الطوعي لشبكة محاميات من أجل الناجيات من الاتجار بالبشر (محاميات) عن تنفيذ الاتفاق العالمي للهجرة في مصر، وبيركز على قضايا الزواج السياحي والاتجار بالفتيات القاصرات والعاملات المنزليات الأجنبيات.</p>
<p>وكمان حابين نرشح اتنين من زميلاتنا للمشاركة في المؤتمر الإقليمي، وبياناتهم في الجدول ده:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;direction:rtl">
<tr><th>م</th><th>الاسم</th><th>الصفة</th><th>الجهة</th><th>نوع المشاركة</th></tr>
<tr><td>1</td><td>الأستاذة/ منى عبد الحميد السيد</td><td>محامية بالنقض، مديرة الوحدة القانونية</td><td>شبكة محاميات من أجل الناجيات من الاتجار بالبشر</td><td>مداخلة في الجلسة العامة</td></tr>
<tr><td>2</td><td>أ. هبة فتحي</td><td>باحثة قانونية</td><td>شبكة محاميات من أجل الناجيات من الاتجار بالبشر</td><td>مداخلة في المائدة المستديرة الثانية</td></tr>
</table>
<p>ياريت تأكدولنا الاستلام، وشكراً جزيلاً.</p>
<p>مع خالص التحية،<br>
سلمى رشدي<br>
منسقة البرامج<br>
شبكة محاميات - القاهرة</p>
</div>
"""
    h = leaf("text/html", html_wrap(html, "rtl"), "UTF-8", "base64")
    pdf = make_pdf(["Mohamiyat - Women Lawyers Network for Trafficking Survivors (Egypt)",
                    "Voluntary GCM review report 2021", "Seasonal marriages, trafficking of minors, migrant domestic workers"])
    body = multi("mixed", [h, attach("application/pdf", pdf, name, "bare")], "=_b4f0e2a7c91d3e5f6a8b0c2d4e6f8a1b")
    send(11, when, 31, 2, "mail.mohamiyat.example.org.eg", "196.219.45.12",
         addr("Salma Roshdy", "programs@mohamiyat.example.org.eg"),
         hdr("التقرير الطوعي + ترشيح متحدثات - شبكة محاميات"), body,
         "<b4f0e2a7c91d3e5f6a8b0c2d4e6f8a1b@mohamiyat.example.org.eg>",
         dict(category="both", language="ar", acknowledge=True, on_time=True,
              speakers=[sp("منى عبد الحميد السيد", "محامية بالنقض، مديرة الوحدة القانونية",
                           "شبكة محاميات من أجل الناجيات من الاتجار بالبشر (محاميات)", ["plenary"]),
                        sp("هبة فتحي", "باحثة قانونية",
                           "شبكة محاميات من أجل الناجيات من الاتجار بالبشر (محاميات)", ["roundtable"], 2)],
              report_attachments=[name],
              notes="HTML-only (Roundcube-style) Egyptian colloquial/MSA mix; report PDF plus two speakers in an "
                    "HTML table with a row-number column; 'السيد' is the speaker's family name here, not the "
                    "honorific (only 'الأستاذة/' and 'أ.' are honorifics); the table gives the organisation "
                    "without the short name, the body gives '(محاميات)': fullest form recorded; the sender "
                    "(programme coordinator) is not a speaker."),
         extra=[("User-Agent", "Roundcube Webmail/1.4.9")],
         ret="programs@mohamiyat.example.org.eg")


def m12():
    when = at("2021-02-05 17:40:03")
    text = """حضرات السادة في أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين
تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وحرصاً منا على تقديم طلبنا قبل الموعد المحدد يوم الجمعة 23 شباط، يسر جمعية تضامن النساء لمناهضة العنف والاتجار بالبشر أن ترشح السيدة رنا الزعبي، رئيسة مجلس الإدارة، لإلقاء مداخلة في الجلسة العامة للمؤتمر، تتناول تجربة الجمعية في إيواء ضحايا الاتجار من العاملات المهاجرات وإعادة إدماجهن.

وتفضلوا بقبول فائق الاحترام والتقدير،

المدير التنفيذي
عمر الخطيب
جمعية تضامن النساء لمناهضة العنف والاتجار بالبشر – عمّان، الأردن
"""
    html = html_wrap('<div class="WordSection1" dir="rtl">' + text2html(text) + "</div>", "rtl", "windows-1256")
    body = alt(text, html, "----=_NextPart_000_0027_01D6FBC4.2E8A1F30", "windows-1256")
    send(12, when, 19, 2, "mail.tadamon-women.example.jo", "212.118.9.30",
         addr("عمر الخطيب", "o.khatib@tadamon-women.example.jo", "windows-1256"),
         hdr("ترشيح متحدثة للجلسة العامة", "windows-1256"), body,
         "<002701d6fbc4$2e8a1f30$8b9e5d90$@tadamon-women.example.jo>",
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
              speakers=[sp("رنا الزعبي", "رئيسة مجلس الإدارة",
                           "جمعية تضامن النساء لمناهضة العنف والاتجار بالبشر", ["plenary"])],
              notes="formal MSA, Outlook windows-1256; cites the Arabic letter's misprinted deadline 'الجمعة 23 "
                    "شباط' but is received on 5 Feb, so on time; 'السيدة' is an honorific; title 'رئيسة مجلس "
                    "الإدارة' keeps the board; signature with the Executive Director (not a speaker), title "
                    "before the name, city/country after a dash."),
         extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW+8QuiosfMJ5bXZC6cE0z1wGnCA=="),
                ("Content-Language", "ar-jo")],
         ret="o.khatib@tadamon-women.example.jo")


M13_ID = "<A7F3C9E1-5B2D-4E8A-9C6F-1D3B5A7E9C02@anafvt.example.ma>"


def m13():
    when = at("2021-02-05 23:56:10")
    text = """Bonsoir,

Je souhaite prendre la parole a la table ronde n°1 lors de la conference regionale du 24-25 fevrier ou, a defaut, la n°3. Notre association accompagne des femmes subsahariennes victimes de traite a Fes et Meknes depuis 2012 et je voudrais temoigner des difficultes d'acces a la justice pour elles.

Dsl pour l'envoi tardif, on a eu une semaine tres chargée.

EL AMRANI Khadija
Présidente
Association Nour pour l'Accompagnement des Femmes Victimes de Traite (ANAFVT) – Fès, Maroc
Tél : +212 6 61 23 45 67

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    send(13, when, 12, 1, "mail.anafvt.example.ma", "105.155.33.18",
         "EL AMRANI Khadija <k.elamrani@anafvt.example.ma>", "Demande intervention table ronde", body, M13_ID,
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
              speakers=[sp("Khadija El Amrani", "Présidente",
                           "Association Nour pour l'Accompagnement des Femmes Victimes de Traite (ANAFVT)",
                           ["roundtable"], 1)],
              notes="deadline edge: received 23:56:10 Beirut on Fri 5 Feb (Date header 22:55:58 +0100), on time "
                    "despite 'Dsl pour l'envoi tardif'; name written SURNAME first in capitals ('EL AMRANI "
                    "Khadija'); iPhone plain text, accents mostly missing; two roundtables, first choice n°1; "
                    "'– Fès, Maroc' after the organisation is not part of it."),
         extra=[("X-Mailer", "iPhone Mail (18C66)")], ret="k.elamrani@anafvt.example.ma")


def m14():
    when = at("2021-02-06 00:04:30")
    text = """Hi there,

Sorry this is so last minute, I'm in London and completely lost track of the time difference.

We'd love for Hawraa Jasim to take part in the open discussion on the 23rd. She's one of our organisers in Basra (we're a horizontal collective so nobody has titles!). She's been running the WhatsApp support group for women who were trafficked to Syria and Turkey after 2014 and then came back, and she can speak about what happens to them when they return, especially with documents and the children.

Her email is hawraa.j@protonmail.example.com if you need to reach her directly.

Thanks so much and stay safe,
Zahraa
Banat Al-Rafidain Feminist Collective
"""
    body = alt(text, gmail_html(text), "0000000000003a6f0d05baa0c3e7")
    send(14, when, 19, 0, GMAIL % 41, "209.85.128.41",
         "Zahraa K <zahraa.k.banat@gmail.example.com>", "open discussion - Banat Al-Rafidain", body,
         "<CAK1mN5bV9cX3zL7kJ1hG5fD9sA3pO7iU1yT5rE9wQ3mN7bV1c@mail.gmail.example.com>",
         dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
              speakers=[sp("Hawraa Jasim", None, "Banat Al-Rafidain Feminist Collective", ["open_discussion"])],
              notes="deadline edge: received 00:04:30 Beirut on Sat 6 Feb, i.e. late, while the Date header says "
                    "Fri 22:04:11 +0000 (sender in London); horizontal feminist collective: 'one of our "
                    "organisers' with 'nobody has titles' -> title null; speaker is not the sender; the "
                    "affiliation is only in the one-line signature; casual tone."),
         ret="zahraa.k.banat@gmail.example.com")


def m15():
    when = at("2021-02-06 10:20:47")
    ack = "<ack-20210205-0391@gcmrr.iom.int>"
    text = """Merci beaucoup pour la confirmation, bonne journée à vous

Envoyé de mon iPhone

> Le 5 févr. 2021 à 22:58, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> 
> Chère Madame, nous accusons réception de votre demande d'intervention.
> 
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    send(15, when, 15, 1, "mail.anafvt.example.ma", "105.155.33.18",
         "EL AMRANI Khadija <k.elamrani@anafvt.example.ma>", "Re: Demande intervention table ronde", body,
         "<0C4E8A2F-6D1B-4F3A-8E7C-5B9D1F3A7E60@anafvt.example.ma>",
         dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h141-13.eml",
              notes="a thank-you reply to our acknowledgement of h141-13 that adds nothing new: do not "
                    "acknowledge; References carries the original request and the acknowledgement."),
         extra=[("X-Mailer", "iPhone Mail (18C66)"), ("In-Reply-To", ack), ("References", "%s %s" % (M13_ID, ack))],
         ret="k.elamrani@anafvt.example.ma")


def m16():
    when = at("2021-02-10 11:00:09")
    text = """مرحبا،

شفنا رسالة الدعوة، ومكتوب فيها إنو آخر موعد لطلب المداخلة هو الجمعة 23 شباط، فحبينا نبعتلكن ترشيحاتنا من هلق.

نحنا شبكة ناجيات من أجل التغيير، شبكة لناجيات من الاتجار والعنف بلبنان، وبدنا نرشح:

1. لمى الحلبي - منسقة مجموعات الدعم النفسي بالشبكة، بدها تحكي بالطاولة المستديرة الرابعة عن الدعم النفسي بعد الخروج من الاستغلال
2. ريم سعادة - محامية متطوعة معنا، للمداخلة بالجلسة العامة

إذا في أي ورقة لازم نعبيها خبرونا.

يعطيكن العافية
جنى
شبكة ناجيات من أجل التغيير – بيروت
"""
    body = alt(text, rtl_html(text), "000000000000a9d4e205bb0f4c18", "UTF-8", "base64")
    send(16, when, 7, 2, GMAIL % 49, "209.85.128.49",
         addr("Jana Survivors Network", "najiat.network@gmail.example.com"),
         hdr("ترشيحات للمداخلات"), body,
         "<CAP6vB0nM4xZ8lK2jH6gF0dS4aP8oI2uY6tR0eW4qM8nB2vC6x@mail.gmail.example.com>",
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
              speakers=[sp("لمى الحلبي", "منسقة مجموعات الدعم النفسي", "شبكة ناجيات من أجل التغيير",
                           ["roundtable"], 4),
                        sp("ريم سعادة", "محامية متطوعة", "شبكة ناجيات من أجل التغيير", ["plenary"])],
              notes="Levantine (Lebanese) colloquial; relies on the Arabic letter's misprinted speaker deadline "
                    "'الجمعة 23 شباط' and is received on 10 Feb: late; two speakers in a numbered list with "
                    "'name - title' and the role in prose ('الطاولة المستديرة الرابعة'); the volunteer lawyer's "
                    "affiliation is the network ('متطوعة معنا'); sender signs with a first name only."),
         ret="najiat.network@gmail.example.com")


def m17():
    when = at("2021-02-11 09:30:27")
    text = """Bonjour Madame, Monsieur,

Je me permets de vous contacter concernant la consultation multipartite du 23 février et la conférence des 24 et 25.

1/ Est-ce que ça va se passer en ligne (Zoom, Webex...) ou en présentiel à Beyrouth ? On a lu les deux sur les réseaux sociaux.
2/ Y aura-t-il une interprétation arabe-français ? Plusieurs de nos bénéficiaires ne parlent pas anglais.
3/ Est-ce qu'on peut s'inscrire comme observatrices sans demander de prise de parole ?

Merci d'avance et bonne journée,

Fatima-Zahra Benjelloun
Centre d'écoute et d'orientation juridique pour femmes (CEOJF), Casablanca
"""
    html = ('<html><head></head><body><div class="ydp2c1f0e8ayahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + text2html(text) + "</div></body></html>\n")
    body = alt(text, html, "----=_Part_2210457_1198034661.1613028627301", "UTF-8", "quoted-printable")
    send(17, when, 5, 1, "sonic305-19.consmr.mail.ir2.yahoo.example.com", "77.238.177.146",
         "Fatima-Zahra Benjelloun <fz_benjelloun@yahoo.example.fr>", "Questions logistiques consultation 23/02",
         body, "<1736452918.2210458.1613028627305@mail.yahoo.example.com>",
         dict(category="other", language="fr", acknowledge=True, on_time=None,
              notes="logistics questions (online or in Beirut, interpretation, registering as observers "
                    "'sans demander de prise de parole'); mentions the consultation and speaking but proposes "
                    "nobody; signature with organisation is not a speaker."),
         extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")], ret="fz_benjelloun@yahoo.example.fr")


def m18():
    when = at("2021-02-12 16:48:52")
    name = "Rapport PMM - ATSVT - fevrier 2021.docx"
    text = """Aslema, bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association Tunisienne de Soutien aux Victimes de la Traite (ATSVT) sur la mise en œuvre du Pacte mondial en Tunisie, avec un focus sur l'application de la loi organique n°2016-61 relative à la prévention et la lutte contre la traite des personnes.

Par ailleurs, notre présidente, Mme Leïla Ben Amor, souhaiterait faire une intervention lors d'une séance plénière de la conférence, si c'est encore possible.

Bien à vous,
Mehdi Trabelsi
Chargé de projet, ATSVT
Sfax
"""
    docx = make_docx(["Association Tunisienne de Soutien aux Victimes de la Traite (ATSVT)",
                      "Rapport volontaire - Pacte mondial sur les migrations - fevrier 2021",
                      "Application de la loi organique n 2016-61"])
    a = alt(text, gmail_html(text), "0000000000005e2f9a05bb2d7c63")
    body = multi("mixed", [a, attach(DOCX, docx, name, "2231")], "0000000000005e2f9b05bb2d7c65")
    send(18, when, 16, 1, GMAIL % 50, "209.85.128.50",
         "Mehdi Trabelsi <mehdi.trabelsi.atsvt@gmail.example.com>", "Rapport volontaire + intervention ATSVT",
         body, "<CAB2cD6fH0jL4nP8rT2vX6zB0dF4hJ8lN2pR6tV0xZ4bD8fH2j@mail.gmail.example.com>",
         dict(category="both", language="fr", acknowledge=True, on_time=False,
              speakers=[sp("Leïla Ben Amor", "présidente",
                           "Association Tunisienne de Soutien aux Victimes de la Traite (ATSVT)", ["plenary"])],
              report_attachments=[name],
              notes="both on 12 Feb: the report is on time but the speaker request is after 5 Feb, so on_time "
                    "false; speaker named in prose for someone else ('notre présidente, Mme ...'), 'Mme' is an "
                    "honorific; DOCX name with spaces in RFC 2231 form; Tunisian 'Aslema'."),
         ret="mehdi.trabelsi.atsvt@gmail.example.com")


def m19():
    when = at("2021-02-14 22:10:41")
    name = "Bar_Alaman_GCM_report_final.docx"
    t1 = leaf("text/plain", "مساء الخير\nمرفق تقرير مؤسسة بر الأمان لدعم النساء الطوعي عن مراجعة الاتفاق العالمي للهجرة\n"
              "معلش اتأخرنا شوية، ياريت تبعتولنا تأكيد إنه وصل\n\nنهى\n\nأُرسلت من الـ iPhone\n", "utf-8", "base64")
    docx = make_docx(["مؤسسة بر الأمان لدعم النساء", "Bar Al-Aman Foundation for Women's Support - Alexandria",
                      "Voluntary GCM review report: irregular migration of young women and trafficking risks"])
    att = attach(DOCX, docx, name, "bare", disp="inline", extra=[("X-Unix-Mode", "0644")])
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-3B7E1A9C-2D4F-4A6B-8C0E-1F3A5B7D9E2C")
    send(19, when, 21, 2, "mail.baralaman.example.org.eg", "41.33.72.105",
         addr("نهى", "noha@baralaman.example.org.eg"), hdr("تقرير"), body,
         "<E2C4A6B8-0D1F-4E3A-9B5C-7D9F1A3C5E70@baralaman.example.org.eg>",
         dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
              report_attachments=[name],
              notes="Egyptian colloquial, very short iPhone message (one-word subject, first name only); "
                    "multipart/mixed[text, DOCX inline, text] with an unquoted file name; apologises for being "
                    "late but the report deadline is 16 Feb."),
         extra=[("X-Mailer", "iPhone Mail (18D52)")], ret="noha@baralaman.example.org.eg")


def m20():
    when = at("2021-02-15 12:00:38")
    name = "JWATC_GCM_Voluntary_Review_2021_v2.pdf"
    quoted = "\n".join(("> " + l) if l else ">" for l in M10_TEXT.rstrip("\n").split("\n"))
    text = """Dear colleagues,

Please find attached a revised version (v2) of our report, which replaces the one I sent on 4 February. We corrected the figures in section 3 (shelter admissions in 2020) and added the contributions of two member organisations that came in late.

Apologies for the inconvenience.

Dima

On Thu, Feb 4, 2021 at 3:45 PM Dima Haddadin <dima.haddadin@jwatc.example.jo> wrote:
""" + quoted + "\n"
    html = ('<div dir="ltr">' + text2html(text.split("On Thu, Feb 4")[0].strip()) +
            '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Feb 4, 2021 at 3:45 PM '
            'Dima Haddadin &lt;<a href="mailto:dima.haddadin@jwatc.example.jo">dima.haddadin@jwatc.example.jo</a>'
            '&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
            'solid rgb(204,204,204);padding-left:1ex">' + gmail_html(M10_TEXT) + "</blockquote></div>\n")
    a = alt(text, html, "000000000000c8e1f305bb5e2a47")
    pdf = make_pdf(["Jordanian Women's Anti-Trafficking Coalition (JWATC)",
                    "Collective voluntary GCM review report 2021 - v2 (revised 15 February 2021)",
                    "Section 3 corrected: shelter admissions 2020"])
    body = multi("mixed", [a, attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kl5r7d2a0")])],
                 "000000000000c8e1f405bb5e2a49")
    send(20, when, 10, 2, GMAIL % 53, "209.85.128.53",
         "Dima Haddadin <dima.haddadin@jwatc.example.jo>", "Re: JWATC voluntary GCM review report + rapporteur",
         body, "<CAN3xK8pQ1wE5rT9yU3iO7pA1sD5fG9hJ3kL7zX1cV5bN9mQ3w+v2@mail.gmail.example.com>",
         dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
              report_attachments=[name], thread_of="h141-10.eml",
              notes="revised report (v2) replacing the PDF of h141-10 (Gmail reply, In-Reply-To/References); the "
                    "quoted original still contains the rapporteur offer, which is not a new speaker request."),
         extra=[("In-Reply-To", M10_ID), ("References", M10_ID)], ret="dima.haddadin@jwatc.example.jo")


M22_ID = "<CAD5eF9hI3jK7lM1nO5pQ9rS3tU7vW1xY5zA9bC3dE7fG1hI5j@mail.gmail.example.com>"


def m21():
    when = at("2021-02-16 23:57:20")
    name = "ANLT_rapport_volontaire_PMM_2021.pdf"
    text = """Bonsoir,

Je vous envoie in extremis, depuis Paris où je suis en mission, le rapport volontaire de l'Association Nisa' Liban contre la Traite (ANLT) pour l'examen régional du PMM. Désolée pour l'heure tardive, la dernière relecture juridique vient juste d'arriver.

Le rapport traite du système de la kafala, des « artistes » sous visa spécial et des femmes syriennes exploitées dans les réseaux de prostitution forcée démantelés en 2016 et 2020.

Merci de bien vouloir en accuser réception.

Carla Menassa
Directrice exécutive
ANLT | Beyrouth
"""
    html = html_wrap(text2html(text), None, "UTF-8")
    a = alt(text, html, "------------A3C5E7F9B1D2046C8E0A2B4D", "UTF-8", "8bit")
    pdf = make_pdf(["Association Nisa' Liban contre la Traite (ANLT)", "Rapport volontaire - examen regional du PMM 2021",
                    "Kafala, visas d'artistes, prostitution forcee"])
    body = multi("mixed", [a, attach("application/pdf", pdf, name)], "------------F0B2D4E6A8C1E3579B1D3F5A")
    send(21, when, 18, 1, "smtp.anlt-liban.example.org", "194.126.10.77",
         "Carla Menassa <c.menassa@anlt-liban.example.org>", "Rapport volontaire ANLT - PMM",
         body, "<8d2f4a6c-1e3b-4d5f-a7c9-0b2d4f6a8c1e@anlt-liban.example.org>",
         dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
              report_attachments=[name],
              notes="deadline edge: received 23:57:20 Beirut on Tue 16 Feb, on time; sender in Paris (Date "
                    "22:57:02 +0100) apologises for the late hour; Thunderbird multipart/alternative 8bit."),
         extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                ("Content-Language", "fr")],
         ret="c.menassa@anlt-liban.example.org")


def m22():
    when = at("2021-02-17 00:03:40")
    name = "rapport_jamiya_warda_2021.pdf"
    text = """السلام عليكم
هاهو التقرير ديالنا على الميثاق العالمي للهجرة، سمحو لينا على التعطال، كان عندنا مشكل فالكونيكسيون هاد الليلة كاملة.
التقرير فيه الحالات ديال النساء المهاجرات اللي تعرضو للاستغلال فالحدود مع الجزائر وفي الضيعات ديال الفراولة.
شكرا بزاف

خديجة بوزيان
جمعية وردة لدعم النساء المهاجرات - وجدة
"""
    a = alt(text, rtl_html(text), "0000000000008b3d6f05bb7a1e52", "UTF-8", "base64")
    pdf = make_pdf(["Association Warda pour le soutien aux femmes migrantes - Oujda",
                    "Rapport volontaire PMM 2021", "Exploitation a la frontiere et dans les exploitations de fraises"])
    body = multi("mixed", [a, attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kl7a2m9q0")])],
                 "0000000000008b3d7005bb7a1e54")
    send(22, when, 25, 1, GMAIL % 45, "209.85.128.45",
         "Khadija Bouziane <warda.oujda@gmail.example.com>", hdr("التقرير ديال جمعية وردة"), body, M22_ID,
         dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
              report_attachments=[name],
              notes="deadline edge: received 00:03:40 Beirut on Wed 17 Feb, late by under four minutes; the Date "
                    "header reads Tue 16 Feb 23:03:15 +0100 (Oujda); Moroccan Darija ('ديالنا', 'سمحو لينا', "
                    "'فالكونيكسيون'); French-transliterated PDF name."),
         ret="warda.oujda@gmail.example.com")


def m23():
    when = at("2021-02-17 00:05:12")
    q = qid(23)
    arr = when - dt.timedelta(seconds=4)
    text = POSTFIX_NOTICE + """
<warda.oujda@gmail.example.com>: host gmail-smtp-in.l.google.example.com[142.250.27.26]
    said: 552-5.2.2 The email account that you tried to reach is over quota.
    552 5.2.2 Please direct the recipient to https://support.google.example.com/mail/?p=OverQuotaPerm
    (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; warda.oujda@gmail.example.com
Original-Recipient: rfc822;warda.oujda@gmail.example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; gmail-smtp-in.l.google.example.com
Diagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is
    over quota. 552 5.2.2 Please direct the recipient to
    https://support.google.example.com/mail/?p=OverQuotaPerm
""" % (q, rfcdate(arr, "EET"))
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <warda.oujda@gmail.example.com>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Khadija Bouziane <warda.oujda@gmail.example.com>
Subject: =?UTF-8?B?UmU6INin2YTYqtmC2LHZitixINiv2YrYp9mEINis2YXYudmK2Kkg2YjYsdiv2Kk=?=
Date: %s
Message-ID: <ack-20210217-0007@gcmrr.iom.int>
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
""" % (q, rfcdate(arr, "EET"), rfcdate(arr), M22_ID, M22_ID)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1613513112/mx1.iom.int" % q,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (q, rfcdate(when, "EET"))
    m["Date"] = rfcdate(when, "EET")
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<20210216220512.%s@mx1.iom.int>" % q
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(23, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report, 552 5.2.2 mailbox over quota) for our acknowledgement of h141-22; "
              "the returned headers quote the Arabic report subject and h141-22's Message-ID; not a follow-up, "
              "never acknowledge."))


def m24():
    when = at("2021-02-18 09:40:15")
    text = """Dear GCM team,

Could you please confirm that you received the revised version of the JWATC report (v2) that my colleague Dima Haddadin sent on Monday 15 February? We have not received any confirmation yet and our member organisations are asking.

Many thanks,

Omar Khasawneh
Programme Officer
Jordanian Women's Anti-Trafficking Coalition (JWATC)

________________________________
From: Dima Haddadin <dima.haddadin@jwatc.example.jo>
Sent: Monday, February 15, 2021 12:00 PM
To: gcmrrarabstates@iom.int
Subject: Re: JWATC voluntary GCM review report + rapporteur

Dear colleagues,

Please find attached a revised version (v2) of our report, which replaces the one I sent on 4 February. [...]
"""
    html = html_wrap('<div dir="ltr">' + text2html(text) + "</div>", None, "UTF-8")
    body = alt(text, html, "_000_HE1PR04MB3161F8A2C4E6B0D1_", "UTF-8", "quoted-printable")
    ref = "%s <CAN3xK8pQ1wE5rT9yU3iO7pA1sD5fG9hJ3kL7zX1cV5bN9mQ3w+v2@mail.gmail.example.com>" % M10_ID
    send(24, when, 11, 2, "EUR04-HE1-obe.outbound.protection.outlook.example.com", "40.107.7.55",
         "Omar Khasawneh <o.khasawneh@jwatc.example.jo>",
         "FW: Re: JWATC voluntary GCM review report + rapporteur", body,
         "<HE1PR04MB3161F8A2C4E6B0D1@HE1PR04MB3161.eurprd04.prod.outlook.example.com>",
         dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h141-10.eml",
              notes="a colleague of the original sender asks whether the revised report (h141-20) arrived; "
                    "Outlook forward of the v2 mail without the attachment: nothing new is submitted; thread "
                    "chain starts at h141-10; the subject still says 'rapporteur' and the signature has a "
                    "title, but nobody is proposed."),
         extra=[("References", ref), ("Thread-Topic", "JWATC voluntary GCM review report + rapporteur"),
                ("Content-Language", "en-US")],
         cc="Dima Haddadin <dima.haddadin@jwatc.example.jo>", ret="o.khasawneh@jwatc.example.jo")


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    if os.path.isdir(OUT):
        for n in os.listdir(OUT):
            p = os.path.join(OUT, n)
            if os.path.isfile(p):
                os.remove(p)
    os.makedirs(OUT, exist_ok=True)
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
