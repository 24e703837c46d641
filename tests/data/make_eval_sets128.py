#!/usr/bin/env python3
"""Write the blind evaluation set holdout128 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets128.py
Theme: diaspora associations in Europe (Italy, France, Germany, Spain, Belgium, Sweden) active on the Arab region.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout128")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h128-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
def gmail_alt(text, b1, b2=None, html=None, cte="quoted-printable"):
    html = html or ('<div dir="ltr">' + text2html(text) + "</div>\n")
    return multi("alternative", [leaf("text/plain", text, "UTF-8", cte), leaf("text/html", html, "UTF-8", cte)], b1)


def m01():
    when = at("2021-02-01 10:12:40")
    sent = tz(when - dt.timedelta(seconds=21), 1)
    text = """Dear colleagues of the Regional UN Network on Migration,

Thank you very much for the invitation to the Regional Review of the GCM in the Arab region, which we received through the EuroMed diaspora mailing list.

I am writing on behalf of the Deutsch-Arabischer Verein f\u00fcr Migration und Entwicklung e.V. (DAVME), a Berlin-based association that has been working since 2009 with migrants and returnees from Syria, Iraq, Lebanon and Palestine, and with their families in the region.

We would like to propose our Chair of the Board, Dr. Samir Abou Khalil, for a floor intervention in one of the plenary sessions on 24-25 February. Dr. Abou Khalil would speak about remittances and diaspora investment in post-conflict recovery, and about the role of associations like ours in safe return and reintegration.

Please let us know if you need a short bio or any other information.

With kind regards / Mit freundlichen Gr\u00fc\u00dfen

Jana K\u00f6hler
Projektkoordinatorin / Project Coordinator
DAVME e.V. | Oranienstra\u00dfe 12, 10999 Berlin, Germany
Tel. +49 30 5550 1234
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="DE" link="#0563C1">\n'
            '<div class="WordSection1">\n' +
            "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % ("<br>".join(esc(l) for l in p.split("\n")) or "&nbsp;")
                      for p in text.split("\n\n")) + "\n</div></body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_AM0PR07MB4417C2B1E9A0D3F6A1B2C3D4AM0PR07MB4417eurp_")
    rows = std_rows(when, "mail-am6eur05on2105.outbound.protection.outlook.example.com", "40.107.22.105",
                    "4DTk2q1Mzvz3", addr("K\u00f6hler, Jana", "j.koehler@davme-berlin.example.de", enc="Q"),
                    "Speaker proposal - GCM Regional Review Arab region (DAVME e.V., Berlin)", rfcdate(sent),
                    "<AM0PR07MB4417C2B1E9A0D3F6A1B2C3D4@AM0PR07MB4417.eurprd07.prod.outlook.example.com>",
                    ret="j.koehler@davme-berlin.example.de",
                    extra=[("Received", "from AM0PR07MB4417.eurprd07.prod.outlook.example.com ([fe80::5d1c:9a2e]) by "
                            "AM0PR07MB4417.eurprd07.prod.outlook.example.com with mapi id 15.20.3784.17; "
                            + rfcdate(tz(sent + dt.timedelta(seconds=2), 0)))])
    rows += [("Thread-Topic", "Speaker proposal - GCM Regional Review Arab region (DAVME e.V., Berlin)"),
             ("Accept-Language", "de-DE, en-US"), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
    add(1, when, top(alt, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Samir Abou Khalil", "Chair of the Board",
                     "Deutsch-Arabischer Verein f\u00fcr Migration und Entwicklung e.V. (DAVME)", ["plenary"])],
        notes="German-based association writing English with its German name; the sender (project coordinator, "
              "signature 'DAVME e.V. | address, Berlin') is not the speaker: the proposed speaker is the Chair of "
              "the Board, named in prose with 'Dr.' and the particle 'Abou'; From display name 'K\u00f6hler, Jana' "
              "(surname first, RFC 2047 Q); Outlook multipart/alternative."))


def m02():
    when = at("2021-02-01 17:30:18")
    sent = tz(when - dt.timedelta(seconds=14), 1)
    text = """السلام عليكم

عافاكم، قريت الرسالة ديال الدعوة بالعربية وكاين فيها بلي آخر أجل باش نطلبو مداخلة هو الجمعة 23 فبراير، ولكن فالنسخة بالفرنسية مكتوب 5 فبراير. شنو هو التاريخ الصحيح؟ حيت 23 فبراير هو نهار الاستشارة براسها.

ولا بغينا نشاركو كجمعية من بلجيكا، واش خاصنا نتسجلو فشي رابط ولا غير نصيفطو إيميل؟

الله يجازيكم بخير
سعاد
جمعية الأمل للمغاربة المقيمين ببروكسل
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = gmail_alt(text, "0000000000007a1c4305ba46b2d1", html=html, cte="base64")
    rows = std_rows(when, "mail-ej1-f52.google.example.com", "209.85.218.52", "4DTvN02kFcz1",
                    addr("Souad B.", "souad.amal.bxl@gmail.example.com"),
                    hdr("سؤال على آخر أجل"), rfcdate(sent),
                    "<CAH7dR2kP0s9Lq3v+XyZ1mN8bT6wQe4uJf5gA2c@mail.gmail.example.com>",
                    ret="souad.amal.bxl@gmail.example.com")
    add(2, when, top(alt, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="question in Moroccan darija about the Arabic letter's misprinted speaker deadline ('الجمعة 23 فبراير' "
              "vs 5 February in French) and about registration; mentions 'مداخلة' and dates but proposes no speaker "
              "and submits nothing; Gmail base64 multipart/alternative."))


def m03():
    when = at("2021-02-02 11:05:44")
    sent = tz(when - dt.timedelta(seconds=33), 1)
    text = """السلام عليكم,
Madame, Monsieur,

Suite \u00e0 la lettre d'invitation du R\u00e9seau r\u00e9gional des Nations Unies sur les migrations, veuillez trouver ci-dessous notre demande d'intervention pour l'examen r\u00e9gional du Pacte mondial sur les migrations (PMM).

NOM : EL HARRAK
Pr\u00e9nom : Nadia
Fonction : Charg\u00e9e de mission plaidoyer
Organisme : F\u00e9d\u00e9ration des Associations Marocaines de France (FAMF)
Adresse : 14, rue du Landy - 93200 Saint-Denis
Intervention souhait\u00e9e : table ronde n\u00b03
Langue d'intervention : fran\u00e7ais (ou arabe)

Je suis joignable au 06 12 34 56 78 pour toute pr\u00e9cision.

Veuillez agr\u00e9er, Madame, Monsieur, l'expression de nos salutations distingu\u00e9es.

N. El Harrak
FAMF
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.famf-asso.example.fr", "80.12.66.41", "4DVF5c3Yq8z6",
                    "Nadia El Harrak <n.elharrak@famf-asso.example.fr>",
                    "Demande d'intervention - Table ronde 3 - FAMF", rfcdate(sent),
                    "<5f1c2a9e-7b3d-4e08-a1c6-93d2b7e40f15@famf-asso.example.fr>",
                    ret="n.elharrak@famf-asso.example.fr")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    add(3, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Nadia El Harrak", "Charg\u00e9e de mission plaidoyer",
                     "F\u00e9d\u00e9ration des Associations Marocaines de France (FAMF)", ["roundtable"], 3)],
        notes="French administrative form with 'NOM : EL HARRAK / Pr\u00e9nom : Nadia' fields (surname in capitals, "
              "recorded given name first) and an 'Adresse' field that is not part of the affiliation; opens with an "
              "Arabic greeting; roundtable written 'table ronde n\u00b03'; Thunderbird format=flowed 8bit."))


def m04():
    when = at("2021-02-02 19:20:09")
    sent = tz(when - dt.timedelta(seconds=17), 1)
    name = "تقرير جمعية الجالية المصرية في تورينو - الميثاق العالمي للهجرة.pdf"
    text = """مساء الخير،

إزيكم؟ إحنا جمعية الجالية المصرية في تورينو (إيطاليا)، ومبعتين لحضراتكم التقرير الطوعي بتاعنا عن تنفيذ الميثاق العالمي للهجرة، مرفق PDF.

التقرير بيتكلم عن أوضاع العمال المصريين في شمال إيطاليا، وموضوع تجديد الإقامات وقت الكورونا، والتحويلات لأهاليهم في مصر. عملناه مع شوية جمعيات صغيرة في ميلانو وجنوا.

لو في أي حاجة ناقصة قولولنا.

شكراً جداً
محمود سليمان
سكرتير الجمعية
"""
    alt = gmail_alt(text, "000000000000b3f40c05ba5d0e72", html='<div dir="rtl">' + text2html(text) + "</div>\n",
                    cte="base64")
    pdf = make_pdf(["Associazione della Comunita Egiziana di Torino", "Voluntary GCM Review Report - February 2021",
                    "Egyptian workers in northern Italy: residence permits, COVID-19, remittances"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment; filename="%s"' % b_word(name), extra=[("X-Attachment-Id", "f_kkp3x9a10")])
    body = multi("mixed", [alt, att], "000000000000b3f40d05ba5d0e74")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DVYh62Ttbz2",
                    addr("Mahmoud Soliman", "egyptcommunity.torino@gmail.example.com"),
                    hdr("التقرير الطوعي - الجالية المصرية تورينو"), rfcdate(sent),
                    "<CAB9vX3nQ7e-3Fk2W0r8pLm1sD5tYh6uZa4oC=x@mail.gmail.example.com>",
                    ret="egyptcommunity.torino@gmail.example.com")
    add(4, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Egyptian colloquial Arabic from an Italy-based community association; collective report as a PDF whose "
              "Arabic file name is RFC 2047 encoded inside the name/filename parameters (Gmail style); base64 body."))


def m05():
    when = at("2021-02-03 09:47:31")
    sent = tz(when - dt.timedelta(seconds=25), 1)
    text = """Bonjour \u00e0 toute l'\u00e9quipe,

En ma qualit\u00e9 de coordinatrice de la PEMAD, je vous transmets ci-dessous les demandes de deux de nos associations membres, qui m'ont demand\u00e9 de centraliser leurs candidatures :

1) Association Jasmin Solidarit\u00e9 (Li\u00e8ge) : M. BEN SALEM Karim, pr\u00e9sident, souhaite intervenir dans la table ronde 2. L'association accompagne depuis 2012 les jeunes Tunisiens arriv\u00e9s en Belgique et travaille avec des partenaires \u00e0 Sfax et Zarzis.

2) Collectif des Mauritaniens de Belgique (CMB) : Mme OULD CHEIKH Mariem, secr\u00e9taire g\u00e9n\u00e9rale, souhaiterait prendre la parole lors de la discussion ouverte du 23 f\u00e9vrier (consultation multipartite).

Les deux intervenants peuvent s'exprimer en fran\u00e7ais et en arabe. N'h\u00e9sitez pas \u00e0 me contacter si vous avez besoin de leurs coordonn\u00e9es directes.

Bien cordialement,

--
Hafsa Tahiri
Coordinatrice
Plateforme Euro-Maghr\u00e9bine des Associations de la Diaspora (PEMAD)
Rue de la Victoire 98, 1060 Bruxelles
"""
    alt = gmail_alt(text, "00000000000059e6a105ba6b7c20")
    rows = std_rows(when, "mail-wr1-f66.google.example.com", "209.85.221.66", "4DW9kL0pNsz4",
                    "Hafsa Tahiri <coordination@pemad.example.be>",
                    hdr("Demandes d'intervention \u2013 associations membres de la PEMAD", enc="Q"), rfcdate(sent),
                    "<CAMx8tP1wJ4vN9yHq0eK2rZ7bG3cF6sD5aL1oU8iE=mQ@mail.gmail.example.com>",
                    ret="coordination@pemad.example.be")
    add(5, when, top(alt, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Karim Ben Salem", "pr\u00e9sident", "Association Jasmin Solidarit\u00e9", ["roundtable"], 2),
                  sp("Mariem Ould Cheikh", "secr\u00e9taire g\u00e9n\u00e9rale",
                     "Collectif des Mauritaniens de Belgique (CMB)", ["open_discussion"])],
        notes="a network coordinator (signature: Coordinatrice, PEMAD) forwards two member associations' requests "
              "in one numbered list: two speakers with different affiliations and roles; names written 'SURNAME "
              "Given' in capitals with particles (BEN SALEM, OULD CHEIKH) and 'M.'/'Mme'; the city '(Li\u00e8ge)' "
              "after the first association is not part of it; the coordinator is not a speaker."))


def m06():
    when = at("2021-02-03 14:02:57")
    sent = tz(when - dt.timedelta(seconds=12), 1)
    text = """مرحبا،

نحنا رابطة السوريين في السويد، حابين نقترح مشاركة رئيسة الرابطة د. هالة الشامي بالطاولة المستديرة الرابعة، إذا في مجال.

د. هالة عم تشتغل من أكتر من عشر سنين على موضوع لمّ الشمل وأوضاع العائلات السورية يلي عالقة بين لبنان وتركيا والسويد، وعندها كتير شغلات تحكيها.

إذا بدكن سيرة ذاتية أو أي معلومات تانية خبرونا.

تحياتي
عمر قطّان
أمين سر الرابطة
مالمو، السويد
"""
    alt = gmail_alt(text, "0000000000003d8e2f05ba6f1a93", html='<div dir="rtl">' + text2html(text) + "</div>\n",
                    cte="base64")
    rows = std_rows(when, "mail-lf1-f45.google.example.com", "209.85.167.45", "4DWHq85vGpz9",
                    addr("Omar Kattan", "omar.kattan.se@gmail.example.com"),
                    hdr("مشاركة بالطاولة المستديرة"), rfcdate(sent),
                    "<CAF2yT8hRk5+vN1mZq7wE0xL3bJ9cA6dS4uG2pH=k@mail.gmail.example.com>",
                    ret="omar.kattan.se@gmail.example.com")
    add(6, when, top(alt, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("هالة الشامي", "رئيسة الرابطة", "رابطة السوريين في السويد", ["roundtable"], 4)],
        notes="Levantine colloquial Arabic ('حابين', 'عم تشتغل', 'بدكن'); the sender (أمين سر الرابطة) proposes "
              "the association's president, whose title 'رئيسة الرابطة' uses the generic word for the body and "
              "whose name carries 'د.'; roundtable given as an ordinal word ('الرابعة')."))


def m07():
    when = at("2021-02-04 08:31:06")
    sent = tz(when - dt.timedelta(seconds=19), 1)
    text = """Salam alaykum and good morning,

I am a volunteer with the Comunit\u00e0 Palestinese di Roma e del Lazio. We received your invitation letter from a partner in Amman and we have some questions before deciding how to take part:

1. Can associations based in Europe (we are in Italy) submit a voluntary GCM review report, or is it only for organisations based in the Arab region?
2. Will the consultation and the conference be online? Will there be interpretation into Arabic and French?
3. Is there a registration link for participants, separate from the email for reports and speakers?

We may send a speaker proposal later depending on your answer.

Thank you and best regards,
Khaled Shaath
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtpout.aruba.example.it", "62.149.156.12", "4DWrS27Hnkz0",
                    "Khaled Shaath <k.shaath@comunitapalestinese-roma.example.it>",
                    "Questions - GCM regional review (diaspora associations in Europe)", rfcdate(sent),
                    "<20210204073047.3f9a1c2e@webmail.comunitapalestinese-roma.example.it>",
                    ret="k.shaath@comunitapalestinese-roma.example.it")
    rows += [("User-Agent", "Roundcube Webmail/1.4.10")]
    add(7, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions about eligibility of Europe-based associations, online format/interpretation and "
              "registration; mentions 'voluntary GCM review report' and 'speaker proposal' but submits nothing "
              "('may send a speaker proposal later'); Arabic greeting in Latin script."))


def m08():
    when = at("2021-02-04 12:15:23")
    sent = tz(when - dt.timedelta(seconds=40), 1)
    text = """Bonjour Madame, Monsieur,

Suite \u00e0 votre invitation je me permets de proposer ma candidature pour pr\u00e9senter les messages cl\u00e9s des parties prenantes en tant que rapporteur, lors de la consultation.
Notre ASBL travaille avec des jeunes issus de la diaspora marocaine, alg\u00e9rienne et tunisienne \u00e0 Bruxelles, et nous avons anim\u00e9 en janvier trois ateliers de pr\u00e9paration sur le PMM avec eux.

Bien \u00e0 vous,

Dr EL OUAZZANI Mehdi
Responsable des programmes jeunesse
Maison des Jeunes Maghr\u00e9bins de Bruxelles ASBL (MJMB) | Bruxelles

Envoy\u00e9 de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.mjmb-asbl.example.be", "91.183.48.12", "4DX0mT3bWqz5",
                    "Mehdi El Ouazzani <m.elouazzani@mjmb-asbl.example.be>",
                    "Candidature rapporteur", rfcdate(sent),
                    "<8C0A3E2B-41D7-4F9A-B6E5-2D9C7A1F3B88@mjmb-asbl.example.be>",
                    ret="m.elouazzani@mjmb-asbl.example.be")
    rows += [("X-Mailer", "iPhone Mail (18D52)"), ("Content-Language", "fr")]
    add(8, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Mehdi El Ouazzani", "Responsable des programmes jeunesse",
                     "Maison des Jeunes Maghr\u00e9bins de Bruxelles ASBL (MJMB)", ["rapporteur"])],
        notes="iPhone plain text; the sender proposes himself as rapporteur ('rapporteur', 'messages cl\u00e9s'); "
              "name only in the signature, written 'Dr EL OUAZZANI Mehdi' (surname first in capitals with the "
              "particle El); '| Bruxelles' after the organisation is a city, not part of the affiliation."))


def m09():
    when = at("2021-02-04 15:40:02")
    sent = tz(when - dt.timedelta(seconds=22), 1)
    orig_date = "Monday, 1 February 2021 09:12"
    quoted = """
________________________________
From: K\u00f6hler, Jana <j.koehler@davme-berlin.example.de>
Sent: %s
To: gcmrrarabstates@iom.int
Subject: Speaker proposal - GCM Regional Review Arab region (DAVME e.V., Berlin)

Dear colleagues of the Regional UN Network on Migration,

Thank you very much for the invitation to the Regional Review of the GCM in the Arab region, which we received through the EuroMed diaspora mailing list.

I am writing on behalf of the Deutsch-Arabischer Verein f\u00fcr Migration und Entwicklung e.V. (DAVME), a Berlin-based association that has been working since 2009 with migrants and returnees from Syria, Iraq, Lebanon and Palestine, and with their families in the region.

We would like to propose our Chair of the Board, Dr. Samir Abou Khalil, for a floor intervention in one of the plenary sessions on 24-25 February. [...]
""" % orig_date
    text = """Dear colleagues,

A short update on our request below: unfortunately Dr. Abou Khalil will be travelling on 24-25 February and cannot take part.

We would therefore like to propose instead our Policy Officer, Ms Leila van Dijk-Haddad, for the same plenary slot. Leila coordinates our remittances and return programme and has worked closely with Dr. Abou Khalil on the topic.

Apologies for the change and many thanks,

Jana K\u00f6hler
Projektkoordinatorin / Project Coordinator
DAVME e.V. | Oranienstra\u00dfe 12, 10999 Berlin, Germany
""" + quoted
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="DE">\n<div class="WordSection1">' + text2html(text) + "</div></body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_AM0PR07MB44179F3E0B7C1D2A4E5F6A7BAM0PR07MB4417eurp_")
    first = "<AM0PR07MB4417C2B1E9A0D3F6A1B2C3D4@AM0PR07MB4417.eurprd07.prod.outlook.example.com>"
    rows = std_rows(when, "mail-am6eur05on2112.outbound.protection.outlook.example.com", "40.107.22.112",
                    "4DX6pF0hT1z8", addr("K\u00f6hler, Jana", "j.koehler@davme-berlin.example.de", enc="Q"),
                    "RE: Speaker proposal - GCM Regional Review Arab region (DAVME e.V., Berlin)", rfcdate(sent),
                    "<AM0PR07MB44179F3E0B7C1D2A4E5F6A7B@AM0PR07MB4417.eurprd07.prod.outlook.example.com>",
                    ret="j.koehler@davme-berlin.example.de")
    rows += [("References", first), ("In-Reply-To", first),
             ("Thread-Topic", "Speaker proposal - GCM Regional Review Arab region (DAVME e.V., Berlin)"),
             ("Accept-Language", "de-DE, en-US"), ("Content-Language", "en-US"), ("X-Mailer", "Microsoft Outlook 16.0")]
    add(9, when, top(alt, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Leila van Dijk-Haddad", "Policy Officer",
                     "Deutsch-Arabischer Verein f\u00fcr Migration und Entwicklung e.V. (DAVME)", ["plenary"])],
        thread_of="h128-01.eml",
        notes="follow-up replacing the speaker of h128-01 (In-Reply-To/References set, Outlook 'RE:'); the role is "
              "only given by reference ('the same plenary slot'); the new speaker has the particle 'van' and a "
              "double surname; the old speaker (Dr. Abou Khalil) is named but withdrawn; the full association name "
              "appears only in the quoted original (new text and signature say 'DAVME e.V.')."))


def m10():
    when = at("2021-02-04 20:10:48")
    sent = tz(when - dt.timedelta(seconds=29), 1)
    name = "التقرير الطوعي - تنسيقية الجمعيات الجزائرية في فرنسا.pdf"
    text = """السادة أعضاء شبكة الأمم المتحدة الإقليمية المعنية بالهجرة المحترمون،
تحية طيبة وبعد،

يسرّنا أن نوافيكم مرفقاً بالتقرير الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، الذي أعدّته تنسيقية الجمعيات الجزائرية في فرنسا بالاشتراك مع إحدى عشرة جمعية عضواً في مرسيليا وليون وباريس.

كما نتشرّف بترشيح الأستاذ عبد القادر بن يحيى، رئيس مجلس الإدارة، لإلقاء مداخلة في المائدة المستديرة الثانية يومي 24 و25 فبراير.

وتفضّلوا بقبول فائق الاحترام والتقدير.

فاطمة الزهراء بوعلام
الأمينة العامة
تنسيقية الجمعيات الجزائرية في فرنسا – مرسيليا
"""
    png = make_png(12, 12, (0, 122, 61))
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl" style="font-family:Simplified Arabic">\n' + text2html(text) +
            '\n<p><img src="cid:image001.png@01D6FB2E.5A8C3F10" width="60" height="60" alt="logo"></p>\n</body></html>\n')
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_PR3PR02MB6122A7E5C1D9B84F3E2A6C1D9PR3PR02MB6122eurp_")
    img = leaf("image/png", png, cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FB2E.5A8C3F10>")])
    rel = multi("related", [alt, img], "_006_PR3PR02MB6122A7E5C1D9B84F3E2A6C1D9PR3PR02MB6122eurp_",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Coordination des associations algeriennes en France", "Rapport volontaire collectif - PMM",
                    "Examen regional 2021 - region arabe"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name*", rfc2231(name))],
               disp="attachment; filename*=%s" % rfc2231(name))
    body = multi("mixed", [rel, att], "_007_PR3PR02MB6122A7E5C1D9B84F3E2A6C1D9PR3PR02MB6122eurp_")
    rows = std_rows(when, "mail-pr3fra01on2049.outbound.protection.outlook.example.com", "40.107.9.49",
                    "4DXK3n5RcLz7", addr("فاطمة الزهراء بوعلام", "f.boualem@cajf.example.fr"),
                    hdr("تقرير طوعي جماعي وطلب مداخلة - تنسيقية الجمعيات الجزائرية في فرنسا"), rfcdate(sent),
                    "<PR3PR02MB6122A7E5C1D9B84F3E2A6C1D9@PR3PR02MB6122.eurprd02.prod.outlook.example.com>",
                    ret="f.boualem@cajf.example.fr")
    rows += [("Accept-Language", "ar-SA, fr-FR"), ("Content-Language", "ar-SA"), ("X-MS-Has-Attach", "yes")]
    add(10, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عبد القادر بن يحيى", "رئيس مجلس الإدارة", "تنسيقية الجمعيات الجزائرية في فرنسا",
                     ["roundtable"], 2)],
        report_attachments=[name],
        notes="formal MSA from a France-based coordination: collective report (PDF, Arabic RFC 2231 file name) "
              "and a speaker proposal in one message; speaker named with 'الأستاذ', title keeps the board "
              "('رئيس مجلس الإدارة'); '– مرسيليا' after the organisation in the signature is a city; inline logo "
              "image001.png is not part of the report; the signer is not the speaker."))


def m11():
    when = at("2021-02-05 11:25:37")
    sent = tz(when - dt.timedelta(seconds=18), 1)
    text = """أحيل إليكم طلب الأخ يوسف، مع خالص التحية.

محمد الإدريسي

________________________________
From: Youssef BENOMAR <y.benomar@amc-catalunya.example.es>
Sent: Thursday, February 4, 2021 9:14 PM
To: Mohamed Idrissi <m.idrissi@fedamar.example.es>
Subject: طلب مداخلة

السلام عليكم خويا محمد،

بغيت نشارك بمداخلة فالجلسة العامة ديال المؤتمر ديال المراجعة الإقليمية، باسم جمعية المهاجرين المغاربة بكتالونيا، أنا أمين المال ديالها. ما عنديش الإيميل ديال المنظمين، واش تقدر تصيفط لهم هاد الطلب؟

بغيت نهضر على المشاكل ديال العمال الموسميين فالفلاحة.

شكرا بزاف
يوسف
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl">\n' + text2html(text) + "\n</body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_VI1PR06MB5210B3C4D5E6F7A8B9C0D1E2VI1PR06MB5210eurp_")
    rows = std_rows(when, "mail-vi1eur02on2071.outbound.protection.outlook.example.com", "40.107.2.71",
                    "4DXhb52FvSz1", addr("Mohamed Idrissi", "m.idrissi@fedamar.example.es"),
                    re_hdr("RV: ", "طلب مداخلة"), rfcdate(sent),
                    "<VI1PR06MB5210B3C4D5E6F7A8B9C0D1E2@VI1PR06MB5210.eurprd06.prod.outlook.example.com>",
                    ret="m.idrissi@fedamar.example.es")
    rows += [("Accept-Language", "es-ES, ar-MA"), ("Content-Language", "ar-MA")]
    add(11, when, top(alt, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("Youssef Benomar", "أمين المال", "جمعية المهاجرين المغاربة بكتالونيا", ["plenary"])],
        notes="forward (Spanish Outlook 'RV:') with one added line by the forwarder; the speaker's full name only in "
              "the forwarded header block ('From: Youssef BENOMAR', surname in capitals), signed just 'يوسف'; "
              "title and affiliation in Moroccan darija prose ('أنا أمين المال ديالها'); the forwarder is not the "
              "speaker."))


def m12():
    when = at("2021-02-05 13:02:11")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """Bonjour,

Je suis absente du bureau jusqu'au lundi 15 f\u00e9vrier inclus, avec un acc\u00e8s limit\u00e9 \u00e0 ma messagerie.

Pour toute urgence, merci d'\u00e9crire \u00e0 secretariat@pemad.example.be.

Cordialement,
Hafsa Tahiri
Coordinatrice - PEMAD
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    ack = "<ack-20210205110158.7d2e91@gcmrr.iom.int>"
    rows = std_rows(when, "mail-wr1-f54.google.example.com", "209.85.221.54", "4DXkQ03Zdwz6",
                    "Hafsa Tahiri <coordination@pemad.example.be>",
                    hdr("R\u00e9ponse automatique : Accus\u00e9 de r\u00e9ception \u2013 Examen r\u00e9gional du PMM", enc="Q"),
                    rfcdate(sent), "<CAMx8tP3vacation.5f2a71@mail.gmail.example.com>", ret=None)
    rows = [("Return-Path", "<>")] + rows[1:]
    rows += [("In-Reply-To", ack), ("References", ack), ("Auto-Submitted", "auto-replied"),
             ("X-Autoreply", "yes"), ("Precedence", "bulk")]
    add(12, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Gmail vacation responder (Auto-Submitted: auto-replied, null Return-Path) answering our acknowledgement "
              "of h128-05; same sender as a real request, French."))


def m13():
    when = at("2021-02-05 22:30:26")
    sent = tz(when - dt.timedelta(seconds=24), 1)
    name = "ADAI_Voluntary_GCM_Review_2021.pdf"
    text = """Marhaba, dear organizers,

please find attached the voluntary GCM review report of our association, prepared with women's groups in Bologna, Modena and Palermo. It focuses on domestic and care workers from Morocco, Tunisia and Egypt in Italy and on access to regular status.

I would also like to volunteer to deliver the stakeholders' key messages as rapporteur, if that role is still open - otherwise I would be happy to make a floor intervention in a plenary session.

Shukran and best wishes from Bologna,

Sara El Amrani
Associazione Donne Arabe in Italia (ADAI), Vice President
Bologna, Italy
"""
    alt = gmail_alt(text, "000000000000e8c41a05ba9d3f51")
    pdf = make_pdf(["Associazione Donne Arabe in Italia (ADAI)", "Voluntary GCM Review Report 2021",
                    "Domestic and care workers from the Arab region in Italy"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kks0d1v70")])
    body = multi("mixed", [alt, att], "000000000000e8c41b05ba9d3f53")
    rows = std_rows(when, "mail-ed1-f48.google.example.com", "209.85.208.48", "4DY5Gx1kRcz3",
                    "Sara El Amrani <sara.elamrani@adai-italia.example.it>",
                    "ADAI report + rapporteur", rfcdate(sent),
                    "<CAJp4sW9eH2kVr+0nLq6Xc3Zt8aB1yF5mD7gN=u@mail.gmail.example.com>",
                    ret="sara.elamrani@adai-italia.example.it")
    add(13, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Sara El Amrani", "Vice President", "Associazione Donne Arabe in Italia (ADAI)",
                     ["rapporteur", "plenary"])],
        report_attachments=[name],
        notes="report PDF plus a self-proposal with two roles in order of preference (rapporteur, otherwise plenary); "
              "the signature puts the organisation before the title ('ADAI), Vice President') and the city on the "
              "next line; Arabic greetings in Latin script; received 22:30 Beirut on 5 Feb (both parts on time)."))


def m14():
    when = at("2021-02-05 23:56:40")
    sent = tz(when - dt.timedelta(seconds=31), 1)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td {border:1px solid #999; padding:3px 6px; font-family:Calibri,sans-serif; font-size:11pt}</style></head>
<body>
<p>Dear GCM Regional Review team,</p>
<p>Apologies for the last-minute email, I hope this still makes it for today's deadline. The Iraqi Diaspora Forum Sweden (IDFS) would like to propose the following speakers:</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td><b>Position</b></td><td><b>Organisation</b></td><td><b>Preferred session</b></td></tr>
<tr><td>Dr. Zainab AL-RUBAIE</td><td>Board Member</td><td>IDFS</td><td>Roundtable 1</td></tr>
<tr><td>Haider Jabbar</td><td>Youth Coordinator</td><td>IDFS &ndash; Gothenburg branch</td><td>Plenary (floor intervention)</td></tr>
</table>
<p>Both can speak Arabic and English. Contact details can be sent on request.</p>
<p>Best regards,<br>
Ali Hassan Mahdi<br>
Secretary, IDFS<br>
Stockholm</p>
</body></html>
"""
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-db8eur05on2089.outbound.protection.outlook.example.com", "40.107.20.89",
                    "4DYB9t0m6Wz2", "Ali Hassan Mahdi <ali.mahdi@idfs.example.se>",
                    "IDFS speakers - GCM Arab region review", rfcdate(sent),
                    "<DB8PR10MB3321E4F5A6B7C8D9E0F1A2B3@DB8PR10MB3321.eurprd10.prod.outlook.example.com>",
                    ret="ali.mahdi@idfs.example.se")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "sv-SE")]
    add(14, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Zainab Al-Rubaie", "Board Member", "Iraqi Diaspora Forum Sweden (IDFS)", ["roundtable"], 1),
                  sp("Haider Jabbar", "Youth Coordinator", "Iraqi Diaspora Forum Sweden (IDFS)", ["plenary"])],
        notes="deadline edge: received 23:56:40 Beirut on Fri 5 Feb, Date header 22:56 +0100 (Stockholm); HTML-only "
              "table with two speakers; the table gives only 'IDFS' ('IDFS \u2013 Gothenburg branch': branch not part "
              "of the affiliation), the full name is in the body; surname in capitals 'AL-RUBAIE'; the sender "
              "(Secretary) is not a speaker."))


def m15():
    when = at("2021-02-06 00:03:12")
    sent = tz(when - dt.timedelta(seconds=17), 1)
    text = """Bonsoir,

J'esp\u00e8re que ce n'est pas trop tard... on a eu notre r\u00e9union de bureau ce soir et on vient de d\u00e9cider.

Nous souhaiterions proposer notre pr\u00e9sidente, Mme Rita ABOU JAOUD\u00c9, pour intervenir lors de la discussion ouverte de la consultation du 23 f\u00e9vrier. Rita est tr\u00e8s engag\u00e9e sur la question des travailleuses domestiques migrantes au Liban depuis l'explosion du port, elle a beaucoup \u00e0 partager.

Merci d'avance et yalla, bon courage \u00e0 toute l'\u00e9quipe !

Georges Haddad, tr\u00e9sorier
Association C\u00e8dres et Passerelles - Lyon
"""
    alt = gmail_alt(text, "000000000000f0a2c905ba9e8b11")
    rows = std_rows(when, "mail-wm1-f53.google.example.com", "209.85.128.53", "4DYBm35Kx9z4",
                    "Georges Haddad <georges.haddad.lyon@gmail.example.com>",
                    hdr("Intervention \u2013 discussion ouverte du 23/02", enc="Q"), rfcdate(sent),
                    "<CAK1zP7yHs3+nBq4Wv9Xe2Tm6cR0aD8fL5gJ=p@mail.gmail.example.com>",
                    ret="georges.haddad.lyon@gmail.example.com")
    add(15, when, top(alt, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Rita Abou Jaoud\u00e9", "pr\u00e9sidente", "Association C\u00e8dres et Passerelles",
                     ["open_discussion"])],
        notes="late by a few minutes: received 00:03:12 Beirut on Sat 6 Feb, Date header 'Fri, 5 Feb 2021 23:02 "
              "+0100' (Lyon); Lebanese diaspora French with 'yalla'; speaker proposed by the treasurer, surname in "
              "capitals with accent and the particle Abou; '- Lyon' after the association is a city."))


def m16():
    when = at("2021-02-06 09:14:55")
    sent = tz(when - dt.timedelta(seconds=20), 1)
    first = "<PR3PR02MB6122A7E5C1D9B84F3E2A6C1D9@PR3PR02MB6122.eurprd02.prod.outlook.example.com>"
    ack = "<ack-20210204181104.3c9f0a@gcmrr.iom.int>"
    text = """شكراً جزيلاً على تأكيد الاستلام، وبالتوفيق لكم جميعاً في التحضير للمؤتمر.

فاطمة الزهراء بوعلام

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, February 4, 2021 7:11 PM
To: f.boualem@cajf.example.fr
Subject: Re: تقرير طوعي جماعي وطلب مداخلة - تنسيقية الجمعيات الجزائرية في فرنسا

نشكركم على رسالتكم. تم استلام التقرير الطوعي وطلب المداخلة، وسيتواصل معكم الفريق لاحقاً.
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl">\n' + text2html(text) + "\n</body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_PR3PR02MB61220C1D2E3F4A5B6C7D8E9FPR3PR02MB6122eurp_")
    rows = std_rows(when, "mail-pr3fra01on2061.outbound.protection.outlook.example.com", "40.107.9.61",
                    "4DYQr11TfMz9", addr("فاطمة الزهراء بوعلام", "f.boualem@cajf.example.fr"),
                    re_hdr("RE: ", "تقرير طوعي جماعي وطلب مداخلة - تنسيقية الجمعيات الجزائرية في فرنسا"),
                    rfcdate(sent),
                    "<PR3PR02MB61220C1D2E3F4A5B6C7D8E9F@PR3PR02MB6122.eurprd02.prod.outlook.example.com>",
                    ret="f.boualem@cajf.example.fr")
    rows += [("References", first + "\r\n " + ack), ("In-Reply-To", ack),
             ("Accept-Language", "ar-SA, fr-FR"), ("Content-Language", "ar-SA")]
    add(16, when, top(alt, rows), dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="h128-10.eml",
        notes="thank-you reply to our acknowledgement of h128-10 (In-Reply-To = our acknowledgement, References "
              "include the original): adds nothing new, so no acknowledgement; the quoted acknowledgement mentions "
              "'التقرير الطوعي' and 'طلب المداخلة'."))


def m17():
    when = at("2021-02-08 10:40:33")
    sent = tz(when - dt.timedelta(seconds=26), 1)
    text = """Hello,

We are three members of the Asociaci\u00f3n Sociocultural Ibn Battuta in Barcelona and we would like to follow the conference on 24-25 February as observers only (we are not asking to speak).

- Is there a link to register?
- Will it be on Zoom or another platform?
- Will the documents and the voluntary reports be published somewhere afterwards?

Many thanks,
Nour Benali
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.ibnbattuta-bcn.example.es", "85.58.12.90", "4DZcS43wNpz1",
                    "Nour Benali <nour.benali@ibnbattuta-bcn.example.es>",
                    "registration as observers?", rfcdate(sent),
                    "<2a7f0c1e-9d4b-4b3a-8e61-5c2f9a7d0b13@ibnbattuta-bcn.example.es>",
                    ret="nour.benali@ibnbattuta-bcn.example.es")
    rows += [("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")]
    add(17, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics question from a Barcelona association: attend as observers 'not asking to speak'; mentions "
              "voluntary reports (publication) without submitting anything."))


def m18():
    when = at("2021-02-08 10:41:52")
    ack_id = "<ack-20210208084046.91be27@gcmrr.iom.int>"
    ack_date = "Mon, 8 Feb 2021 10:40:46 +0200"
    text = """This is the mail system at host mail.ibnbattuta-bcn.example.es.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<nour.benali@ibnbattuta-bcn.example.es>: maildrop: maildir over quota.
"""
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blocks = [[("Reporting-MTA", "dns; mail.ibnbattuta-bcn.example.es"),
               ("X-Postfix-Queue-ID", "4DZcT20qLmz3"),
               ("X-Postfix-Sender", "rfc822; gcmrrarabstates@iom.int"),
               ("Arrival-Date", "Mon,  8 Feb 2021 09:40:49 +0100 (CET)")],
              [("Final-Recipient", "rfc822; nour.benali@ibnbattuta-bcn.example.es"),
               ("Original-Recipient", "rfc822;nour.benali@ibnbattuta-bcn.example.es"),
               ("Action", "failed"), ("Status", "5.2.2"),
               ("Diagnostic-Code", "x-unix; maildrop: maildir over quota.")]]
    parts = []
    for b in blocks:
        bm = Message(policy=POL)
        for k, v in b:
            bm[k] = v
        parts.append(bm)
    ds.set_payload(parts)
    rh = Message(policy=POL)
    rh["Content-Description"] = "Undelivered Message Headers"
    rh["Content-Type"] = "text/rfc822-headers"
    rh.set_payload("Return-Path: <gcmrrarabstates@iom.int>\n"
                   "Received: from mx1.iom.int (mx1.iom.int [193.108.172.10])\n"
                   "\tby mail.ibnbattuta-bcn.example.es (Postfix) with ESMTPS id 4DZcT20qLmz3\n"
                   "\tfor <nour.benali@ibnbattuta-bcn.example.es>; Mon,  8 Feb 2021 09:40:49 +0100 (CET)\n"
                   "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                   "To: nour.benali@ibnbattuta-bcn.example.es\n"
                   "Subject: Re: registration as observers?\n"
                   "Date: %s\nMessage-ID: %s\n"
                   "In-Reply-To: <2a7f0c1e-9d4b-4b3a-8e61-5c2f9a7d0b13@ibnbattuta-bcn.example.es>\n"
                   "Auto-Submitted: auto-replied\n" % (ack_date, ack_id))
    body = multi("report", [p1, ds, rh], "4DZcT40rZmz5.1612773712/mail.ibnbattuta-bcn.example.es",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail.ibnbattuta-bcn.example.es", "85.58.12.91", "4DZcT51sQnz7",
                    "Mail Delivery System <MAILER-DAEMON@mail.ibnbattuta-bcn.example.es>",
                    "Undelivered Mail Returned to Sender", rfcdate(tz(when - dt.timedelta(seconds=1), 1)),
                    "<20210208094151.4DZcT40rZmz5@mail.ibnbattuta-bcn.example.es>")
    rows = [("Return-Path", "<>")] + rows[1:]
    rows += [("Auto-Submitted", "auto-replied")]
    add(18, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status, 5.2.2 over quota) for our acknowledgement of h128-17; "
              "the returned headers quote the human subject 'registration as observers?'."))


def m19():
    when = at("2021-02-10 18:05:14")
    sent = tz(when - dt.timedelta(seconds=36), 1)
    name = "CAP-B_Contribution_examen_regional_PMM_2021.docx"
    text = """Madame, Monsieur,

Au nom du Collectif des Associations Palestiniennes de Belgique (CAP-B), veuillez trouver ci-joint notre contribution collective \u00e0 l'examen r\u00e9gional du Pacte mondial pour des migrations s\u00fbres, ordonn\u00e9es et r\u00e9guli\u00e8res dans la r\u00e9gion arabe. Elle a \u00e9t\u00e9 r\u00e9dig\u00e9e avec sept associations membres \u00e0 Bruxelles, Anvers et Charleroi.

Par ailleurs, nous souhaiterions proposer Mme Yasmina DE BACKER-ODEH, charg\u00e9e de projets au sein du Collectif, pour une intervention dans la table ronde n\u00b0 4. Nous savons que la date du 5 f\u00e9vrier est d\u00e9pass\u00e9e pour les interventions, mais si une place se lib\u00e8re elle serait ravie de participer.

Avec nos salutations les meilleures,

Samer Awad
Pr\u00e9sident du Collectif
CAP-B asbl \u2013 Avenue de Stalingrad 40, 1000 Bruxelles
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=iso-8859-1"></head><body lang="FR-BE">\n<div class="WordSection1">' +
            text2html(text).replace("\u2013", "&#8211;") + "</div></body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text.replace("\u2013", "-"), "iso-8859-1"),
                                leaf("text/html", html.replace("\u2013", "-"), "iso-8859-1")],
                "_000_AM9PR03MB7251D4E5F6A7B8C9D0E1F2A3AM9PR03MB7251eurp_")
    docx = make_docx(["Collectif des Associations Palestiniennes de Belgique (CAP-B)",
                      "Contribution collective a l'examen regional du PMM - region arabe, 2021",
                      "1. Contexte", "2. Regroupement familial et protection", "3. Recommandations"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(docx)))
    body = multi("mixed", [alt, att], "_004_AM9PR03MB7251D4E5F6A7B8C9D0E1F2A3AM9PR03MB7251eurp_")
    rows = std_rows(when, "mail-am9eur03on2120.outbound.protection.outlook.example.com", "40.107.9.120",
                    "4Db6Hk2pVbz8", "Samer Awad <president@cap-b.example.be>",
                    hdr("Contribution CAP-B - examen r\u00e9gional PMM (+ proposition d'intervenante)", "iso-8859-1", "Q"),
                    rfcdate(sent),
                    "<AM9PR03MB7251D4E5F6A7B8C9D0E1F2A3@AM9PR03MB7251.eurprd03.prod.outlook.example.com>",
                    ret="president@cap-b.example.be")
    rows += [("Accept-Language", "fr-BE, en-US"), ("Content-Language", "fr-BE"), ("X-MS-Has-Attach", "yes")]
    add(19, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Yasmina De Backer-Odeh", "charg\u00e9e de projets",
                     "Collectif des Associations Palestiniennes de Belgique (CAP-B)", ["roundtable"], 4)],
        report_attachments=[name],
        notes="'both' received 10 Feb: the report part is on time but the speaker part is after 5 Feb (the sender "
              "says so), so on_time is false; Outlook ISO-8859-1 QP; speaker given name first with a double "
              "surname in capitals and the particle 'DE'; title followed by 'au sein du Collectif'; signer is the "
              "president, not the speaker; address after the dash in the signature."))


def m20():
    when = at("2021-02-11 12:00:47")
    sent = tz(when - dt.timedelta(seconds=15), 1)
    name = "SDMA_GCM_report_AR.docx"
    text = """السادة المحترمون في فريق المراجعة الإقليمية،

تحية طيبة،

نرفق لكم طيّه التقرير الطوعي للجمعية السودانية للتنمية والهجرة في السويد (SDMA) حول تنفيذ الاتفاق العالمي للهجرة، ويتناول أوضاع المهاجرين السودانيين في السويد وعلاقتهم بمجتمعاتهم في دارفور وكردفان، إضافة إلى تجارب العودة الطوعية.

نرجو التكرم بتأكيد الاستلام.

مع فائق التقدير،
د. عوض الكريم محمد أحمد
رئيس الجمعية
أوبسالا – السويد
"""
    body_t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    docx = make_docx(["Sudanese Development and Migration Association in Sweden (SDMA)",
                      "Voluntary GCM review report (Arabic version)", "Sudanese migrants in Sweden; return; remittances"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment;\r\n filename="%s"' % name)
    body = multi("mixed", [body_t, att], "------------8B2D4F6A1C3E5B7D9F0A2C4E")
    rows = std_rows(when, "smtp.sdma-sverige.example.se", "95.143.200.17", "4DbT0z5NkHz2",
                    addr("عوض الكريم محمد أحمد", "awad.ahmed@sdma-sverige.example.se"),
                    hdr("التقرير الطوعي - الجمعية السودانية للتنمية والهجرة في السويد"), rfcdate(sent),
                    "<3d9e7a21-5c4b-4f8e-b0a2-6e1d9c3f7b54@sdma-sverige.example.se>",
                    ret="awad.ahmed@sdma-sverige.example.se")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "ar")]
    add(20, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="formal MSA from a Sweden-based Sudanese association; DOCX with an ASCII name; Thunderbird "
              "format=flowed 8bit UTF-8; asks for an acknowledgement; first message of a thread revised in h128-21."))


def m21():
    when = at("2021-02-12 09:30:21")
    sent = tz(when - dt.timedelta(seconds=22), 1)
    name = "SDMA_GCM_report_AR_v2_final.docx"
    prev = "<3d9e7a21-5c4b-4f8e-b0a2-6e1d9c3f7b54@sdma-sverige.example.se>"
    text = """عذراً على الإزعاج،

تبيّن لنا أن النسخة التي أرسلناها أمس لم تكن النسخة النهائية (كان ينقصها الفصل الخاص بالتوصيات). مرفق النسخة المعدّلة، نرجو اعتمادها بدلاً من السابقة.

مع الشكر،
عوض الكريم

في 11/02/2021 11:00 ص، كتب عوض الكريم محمد أحمد:
> السادة المحترمون في فريق المراجعة الإقليمية،
>
> تحية طيبة،
>
> نرفق لكم طيّه التقرير الطوعي للجمعية السودانية للتنمية والهجرة في السويد (SDMA) حول تنفيذ الاتفاق العالمي للهجرة، ويتناول أوضاع المهاجرين السودانيين في السويد وعلاقتهم بمجتمعاتهم في دارفور وكردفان، إضافة إلى تجارب العودة الطوعية.
>
> نرجو التكرم بتأكيد الاستلام.
>
> مع فائق التقدير،
> د. عوض الكريم محمد أحمد
> رئيس الجمعية
> أوبسالا – السويد
"""
    body_t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    docx = make_docx(["Sudanese Development and Migration Association in Sweden (SDMA)",
                      "Voluntary GCM review report (Arabic version) - final", "Chapter 5: Recommendations"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment;\r\n filename="%s"' % name)
    body = multi("mixed", [body_t, att], "------------0C2E4A6B8D1F3E5A7C9B0D2F")
    rows = std_rows(when, "smtp.sdma-sverige.example.se", "95.143.200.17", "4DbxK71QpRz6",
                    addr("عوض الكريم محمد أحمد", "awad.ahmed@sdma-sverige.example.se"),
                    re_hdr("Re: ", "التقرير الطوعي - الجمعية السودانية للتنمية والهجرة في السويد"), rfcdate(sent),
                    "<8f4b2c19-a0e3-4d7b-9c51-2b6e8d0f4a97@sdma-sverige.example.se>",
                    ret="awad.ahmed@sdma-sverige.example.se")
    rows += [("In-Reply-To", prev), ("References", prev),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "ar")]
    add(21, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h128-20.eml",
        notes="revised report replacing h128-20 (reply to own message, In-Reply-To/References); Thunderbird "
              "'>'-quoted original; new DOCX name v2_final."))


def m22():
    when = at("2021-02-14 17:45:09")
    sent = tz(when - dt.timedelta(seconds=27), 1)
    name = "RASE - GCM voluntary review (Spain) Feb2021.pdf"
    text = """Dear Sir or Madam,

On behalf of the Red de Asociaciones Sirias en Espa\u00f1a (RASE), a network of 14 Syrian associations in Madrid, Barcelona, Valencia and Granada, I am pleased to submit our voluntary GCM review report for the Regional Review in the Arab region.

The report covers family reunification, recognition of qualifications and the situation of Syrian students in Spain, and includes recommendations addressed to both Spanish and Arab-region authorities.

Kind regards,

Lina Al-Masri
Coordinadora general | General Coordinator
RASE \u2013 Red de Asociaciones Sirias en Espa\u00f1a
Madrid
"""
    png = make_png(16, 8, (206, 17, 38))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n' +
            text2html(text) + '\n<p><img src="cid:logo_rase@rase.example.es" width="80" height="40"></p>\n</body></html>\n')
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "Apple-Mail=_5E1B3A7C-9D2F-4E6A-8B0C-1D3F5A7B9C2E")
    img = leaf("image/png", png, cte="base64", params=[("name", "logo_rase.png")],
               disp="inline; filename=logo_rase.png", extra=[("Content-ID", "<logo_rase@rase.example.es>")])
    rel = multi("related", [alt, img], "Apple-Mail=_7A9C1E3B-5D7F-4A2C-8E0B-3F5A7C9E1B4D",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Red de Asociaciones Sirias en Espana (RASE)", "Voluntary GCM Review Report - Spain",
                    "Family reunification, qualifications, students"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name)
    body = multi("mixed", [rel, att], "Apple-Mail=_2C4E6A8B-0D1F-4B3D-9E5A-7C9B1D3F5A6E")
    rows = std_rows(when, "smtp.rase.example.es", "81.47.199.30", "4DcgW61xJsz4",
                    "Lina Al-Masri <coordinacion@rase.example.es>",
                    "RASE voluntary report - GCM Regional Review", rfcdate(sent),
                    "<F3A1C5E7-2B4D-4F6A-8C0E-9D1B3F5A7C2E@rase.example.es>",
                    ret="coordinacion@rase.example.es")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    add(22, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Spain-based Syrian network with a Spanish name writing English; Apple Mail multipart/mixed[related"
              "[alternative, logo], PDF]; PDF name with spaces and parentheses; inline logo is not part of the report."))


def m23():
    when = at("2021-02-16 23:57:30")
    sent = tz(when - dt.timedelta(seconds=32), 1)
    name = "Rapport PMM - Association Al Amal des Marocains d'Andalousie - février 2021.docx"
    text = """Bonsoir,

Ci-joint le rapport volontaire de notre association sur la mise en \u0153uvre du PMM. D\u00e9sol\u00e9 pour l'heure tardive, on a eu des soucis avec la traduction jusqu'\u00e0 la derni\u00e8re minute.

Bon courage \u00e0 toute l'\u00e9quipe, barak Allahou fikoum.

Rachid Ouahbi
Association Al Amal des Marocains d'Andalousie (AMA)
M\u00e1laga
"""
    body_t = leaf("text/plain", text, "utf-8", "quoted-printable")
    docx = make_docx(["Association Al Amal des Marocains d'Andalousie (AMA)",
                      "Rapport volontaire - Pacte mondial sur les migrations", "Travailleurs saisonniers a Huelva"])
    att = leaf(DOCX, docx, cte="base64", params=rfc2231_cont_params("name", name),
               disp="attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name)))
    body = multi("mixed", [body_t, att], "=-kXq3n9Ls0vR2bT5yW8zA1c")
    rows = std_rows(when, "smtp.ama-andalucia.example.es", "88.27.114.3", "4Dd7Bv30GLz5",
                    "Rachid Ouahbi <r.ouahbi@ama-andalucia.example.es>",
                    "rapport", rfcdate(sent), "<f2c1b7e09a4d3e5c6b8a@ama-andalucia.example.es>",
                    ret="r.ouahbi@ama-andalucia.example.es")
    rows += [("X-Mailer", "Evolution 3.36.5-0ubuntu1")]
    add(23, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:57:30 Beirut on Tue 16 Feb (on time), Date header 22:56 +0100 (M\u00e1laga); "
              "one-word subject 'rapport'; apologises for the late hour; Maghrebi French with 'barak Allahou fikoum'; "
              "long accented DOCX name in RFC 2231 continuations."))


def m24():
    when = at("2021-02-17 00:06:50")
    sent = tz(when - dt.timedelta(seconds=30), 1)
    name = "AITP_rapporto_volontario_PMM_2021.pdf"
    text = """Bonsoir chers amis,

Avec un peu de retard (la journ\u00e9e a \u00e9t\u00e9 longue !), voici le rapport volontaire de l'Associazione Italo-Tunisina Ponti (AITP) pour l'examen r\u00e9gional du PMM. Il porte sur les travailleurs tunisiens en Sicile et en Ligurie et sur les mineurs non accompagn\u00e9s.

J'esp\u00e8re qu'il pourra quand m\u00eame \u00eatre pris en compte.

Cordiali saluti / Cordialement
Mounir Trabelsi
AITP \u2013 Roma

Inviato da Outlook per Android
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">' + text2html(text) + "</div></body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_HE1PR0902MB1763A2B4C6D8E0F1A3B5C7D9HE1PR0902MB1763eurp_")
    pdf = make_pdf(["Associazione Italo-Tunisina Ponti (AITP)", "Rapport volontaire - PMM 2021",
                    "Travailleurs tunisiens en Sicile et en Ligurie; mineurs non accompagnes"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(pdf)))
    body = multi("mixed", [alt, att], "_004_HE1PR0902MB1763A2B4C6D8E0F1A3B5C7D9HE1PR0902MB1763eurp_")
    rows = std_rows(when, "mail-he1eur02on2093.outbound.protection.outlook.example.com", "40.107.1.93",
                    "4Dd7PQ4hDSz0", "Mounir Trabelsi <mounir.trabelsi@aitp-ponti.example.it>",
                    "Rapport volontaire AITP", rfcdate(sent),
                    "<HE1PR0902MB1763A2B4C6D8E0F1A3B5C7D9@HE1PR0902MB1763.eurprd09.prod.outlook.example.com>",
                    ret="mounir.trabelsi@aitp-ponti.example.it")
    rows += [("Content-Language", "it-IT"), ("X-MS-Has-Attach", "yes")]
    add(24, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by about seven minutes: received 00:06:50 Beirut on Wed 17 Feb, Date header 'Tue, 16 Feb 2021 "
              "23:06:20 +0100' (Rome, CET); Italian-Tunisian association writing French with an Italian "
              "sign-off, Italian file name and 'Inviato da Outlook per Android'; Content-Language it-IT."))


def rfc2231_cont_params(param, name):
    return [tuple(p.split("=", 1)) for p in rfc2231_cont(param, name)]


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    if os.path.isdir(OUT):
        for n in sorted(os.listdir(OUT)):
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
