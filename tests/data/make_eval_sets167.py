#!/usr/bin/env python3
"""Write the blind evaluation set holdout167 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets167.py
Theme: the sea and the coast: search-and-rescue NGOs, seafarers' and fishermen's unions, port welfare centres,
coastguard liaison, shipping companies' welfare officers, Mediterranean city networks.  8 Arabic, 8 English,
8 French messages.  Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, rfcdate, sp, std_rows, text2html, top, tz, html_only, sent_at)

SET = EvalSet(167)
add = SET.add

INVITE_ID = "<INV-2021-01-25-AR.0007@gcmrrarabstates.iom.int>"
INVITE_SUBJ = "Invitation - Regional Review of the Global Compact for Migration in the Arab Region"


def alt(text, boundary, html=None, rtl=False, b64=False, charset="utf-8"):
    """text/plain + text/html of the same text."""
    if html is None:
        d = ' dir="rtl"' if rtl else ""
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                '<body><div%s style="font-family:Calibri,sans-serif">%s</div></body></html>\n'
                % (charset, d, text2html(text)))
    cte = "base64" if b64 else "quoted-printable"
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def plain(text, charset="utf-8", cte="quoted-printable"):
    return leaf("text/plain", text, charset, cte)


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 09:02:18")
    sent = sent_at(when, 2, 3)
    text = """Hello,

Thanks for your email. I am away from the office on vessel visits in Piraeus and Limassol until 3 February, with patchy signal on board. I will reply when I am back ashore.

For anything urgent concerning crew welfare or crew changes please write to crewcare@levantml.example.com (24/7 desk).

Mira Aziz
Crew Welfare Officer
Levant Maritime Lines
"""
    body = plain(text)
    rows = std_rows(when, "mail-qk1-f170.google.example.com", "209.85.222.170", "4DQk1v2Hbnz3",
                    "Mira Aziz <mira.aziz.lml@gmail.example.com>",
                    "Re: " + INVITE_SUBJ, rfcdate(sent),
                    "<CAFv9qO1x3RkZt0aGw8b2yN7pL4eD6sH1mQ5cJ8@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Gmail vacation responder (Auto-Submitted: auto-replied, 'Re:' + the invitation subject, plain text "
              "like a person's reply); gives a name, title and company in the signature but proposes nothing. "
              "The same officer writes for real in h167-09."))


M02_ID = "<CAJ4tYh8QmK2pV6wX0bN3rD7sF1gL5zA9cE2uR4@mail.gmail.example.com>"


def m02():
    when = at("2021-01-29 21:14:52")
    sent = sent_at(when, 1, 6)
    text = """عسلامة،

بعد التحية، نحبو نعلموكم اللي نقابة البحارة والصيادين الحرفيين قرات الدعوة متاعكم ونحبو نشاركو في المراجعة الإقليمية، خاطر البحارة متاعنا هوما أول من يلقى الناس في البحر وبرشا مرات يهزوا الغرقى قبل ما يوصل الحرس البحري.

نقترحو زوز:
١) الحبيب الغربي، الكاتب العام للنقابة، باش يشارك في النقاش المفتوح متاع التشاور نهار 23 فيفري.
٢) سنية بن عمر، مسؤولة ملف البحارة المهاجرين، باش تعمل مداخلة في الطاولة المستديرة الثانية.

كان تحبو معلومات أخرى أحنا موجودين.

يعيشكم،
سنية بن عمر
نقابة البحارة والصيادين الحرفيين - جرجيس
"""
    body = alt(text, "000000000000a1c4e705ba0f3b9d", rtl=True, b64=True)
    m = mk(when, sent, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DRz8Q3kLmz1",
           addr("Sonia Ben Omar", "syndicat.marins.zarzis@gmail.example.com"),
           re_hdr("", "مشاركة نقابة البحارة والصيادين الحرفيين"), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("الحبيب الغربي", "الكاتب العام للنقابة", "نقابة البحارة والصيادين الحرفيين", ["open_discussion"]),
        sp("سنية بن عمر", "مسؤولة ملف البحارة المهاجرين", "نقابة البحارة والصيادين الحرفيين", ["roundtable"], 2)],
        notes="Tunisian dialect ('نحبو', 'زوز', 'باش', 'فيفري'); two speakers on numbered lines with Arabic-Indic "
              "numerals; the affiliation is only in the signature, where the town ('- جرجيس') follows the "
              "organisation and is left out as in dev 004/013; the sender is also the second speaker; title "
              "'الكاتب العام للنقابة' recorded as written. Speaker 2 replaced later by h167-24."))


M03_ID = "<DB9PR07MB8834E1A2B3C4D5E6@DB9PR07MB8834.eurprd07.prod.outlook.example.com>"


def m03():
    when = at("2021-02-01 10:41:07")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

J'ai bien reçu l'invitation transmise par notre coordination. Je souhaiterais intervenir lors d'une session plénière de la conférence des 24 et 25 février, pour apporter le point de vue des équipes de sauvetage sur la prise en charge des rescapés au moment du débarquement (accès aux soins, identification des personnes vulnérables, recherche des disparus).

Je reste à votre disposition pour toute précision.

Bien cordialement,

Claire Benali
Responsable des opérations à terre
SOS Rivages Solidaires (SRS)
Antenne de Tunis
+216 71 000 412
"""
    body = alt(text, "_000_DB9PR07MB8834E1A2B3C4D5E6DB9PR07MB8834eurp_")
    m = mk(when, sent, "mail-db9eur07.outbound.protection.example.com", "40.107.15.90", "4DS3pK1vQwz6",
           "Claire Benali <c.benali@rivages-solidaires.example.org>",
           hdr("Demande d'intervention – session plénière", enc="Q"), M03_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Claire Benali", "Responsable des opérations à terre", "SOS Rivages Solidaires (SRS)", ["plenary"])],
        notes="the sender is the speaker; name, title and affiliation only in the signature; 'Antenne de Tunis' "
              "(a branch office = a place) is not part of the affiliation; the body's 'rescapés', 'disparus' are "
              "theme words, not roles."))


def m04():
    when = at("2021-02-02 13:27:45")
    sent = sent_at(when, 2, 9)
    text = """Dear IOM team,

I'm writing on behalf of Revd. Thomas Okafor, Port Chaplain and Centre Manager at the Aqaba Seafarers' Welfare Centre (ASWC). He saw your invitation and would be glad to serve as one of the rapporteurs who deliver the stakeholders' key messages at the conference.

He's on a ship visit most of this week so please copy him in any reply: t.okafor@aswc.example.jo

Many thanks
Lina

Lina Haddadin
Volunteer, ASWC

Sent from my iPhone
"""
    body = plain(text)
    m = mk(when, sent, "mail-pj1-f44.google.example.com", "209.85.216.44", "4DSm0B2yTrz4",
           "Lina Haddadin <lina.haddadin@gmail.example.com>", "Rapporteur - Aqaba Seafarers Centre",
           "<6B2F1D0A-3C47-4E9B-A1D5-77E0C2B84F19@gmail.example.com>", body,
           cc="t.okafor@aswc.example.jo", extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Thomas Okafor", "Port Chaplain and Centre Manager", "Aqaba Seafarers' Welfare Centre (ASWC)",
           ["rapporteur"])],
        notes="iPhone plain text from a volunteer's personal address, on behalf of the speaker (in Cc); the "
              "clerical honorific 'Revd.' is dropped like Dr./Mme; the double title is kept whole; the sender "
              "is not a speaker."))


def m05():
    when = at("2021-02-03 11:09:33")
    sent = sent_at(when, 2, 4)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،

تحية طيبة وبعد،

نحن بصدد إعداد تقرير طوعي مشترك بين ثلاث نقابات بحرية ومركز رعاية البحارة بميناء الإسكندرية، ونود الاستفسار عن الآتي:

1- هل يجوز أن يُقدَّم التقرير باسم تحالف يضم عدة جهات، أم يتعين على كل جهة أن ترسل تقريرها منفصلاً؟
2- هل يوجد نموذج أو قالب معتمد للتقرير، أو حد أقصى لعدد الصفحات؟
3- هل الموعد النهائي لتقديم التقارير ما زال يوم 16 فبراير بعد التمديد؟

وتفضلوا بقبول فائق الاحترام والتقدير،

محمود عبد الفتاح
مدير مركز رعاية البحارة
ميناء الإسكندرية
"""
    body = alt(text, "----=_NextPart_000_0041_01D6FA1C.2E7B4D60", rtl=True)
    m = mk(when, sent, "smtp.link.example.net.eg", "196.219.40.17", "4DT6wH0rNcz8",
           addr("مركز رعاية البحارة", "seafarers.alex@link.example.net.eg"),
           hdr("استفسار بخصوص التقرير الطوعي المشترك"),
           "<004101d6fa1c$2e7b4d60$8b71e820$@link.example.net.eg>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "ar-eg")])
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="formal Arabic questions about a joint (collective) report, a template and the extended deadline; "
              "nothing attached and no speaker proposed: other, not a report."))


M06_ID = "<PAXPR02MB7262A9B8C7D6E5F4@PAXPR02MB7262.eurprd02.prod.outlook.example.com>"
ACK06_ID = "<ACK-20210204-0097.fr@gcmrrarabstates.iom.int>"
M06_FROM = "secretariat@rmvc-medcities.example.org"


def m06():
    when = at("2021-02-03 17:52:10")
    sent = sent_at(when, 1, 6)
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Madame, Monsieur,</p>
<p>Comme suite à votre lettre d'invitation, le Réseau Méditerranéen des Villes Côtières (RMVC) a le plaisir de
vous communiquer ci-dessous le formulaire de demande d'intervention, complété pour ses deux représentants.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1f4e79;color:#ffffff"><td><b>Nom et prénom</b></td><td><b>Fonction</b></td>
<td><b>Organisation</b></td><td><b>Type d'intervention souhaité</b></td></tr>
<tr><td>Mme Samia GHARBI</td><td>Vice-présidente</td><td>Réseau Méditerranéen des Villes Côtières (RMVC)</td>
<td>Discussion ouverte – consultation multipartite du 23 février</td></tr>
<tr><td>M. Anis BELHADJ</td><td>Chargé de mission migrations, Secrétariat technique</td>
<td>Réseau Méditerranéen des Villes Côtières (RMVC)</td><td>Table ronde thématique IV</td></tr>
</table>
<p>Nous restons à votre disposition pour tout complément d'information.</p>
<p>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<p style="color:#1f4e79">Secrétariat technique du RMVC<br>
Marseille – Sfax – Tanger<br>
<a href="https://rmvc-medcities.example.org">rmvc-medcities.example.org</a></p>
</div>"""
    body = html_only(inner)
    m = mk(when, sent, "mail-pax02.outbound.protection.example.com", "40.107.26.51", "4DTPb61fGsz2",
           "RMVC Secretariat <%s>" % M06_FROM,
           hdr("Formulaire de demande d'intervention – RMVC", enc="Q"), M06_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook Web App"), ("Content-Language", "fr-FR")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Samia Gharbi", "Vice-présidente", "Réseau Méditerranéen des Villes Côtières (RMVC)",
           ["open_discussion"]),
        sp("Anis Belhadj", "Chargé de mission migrations, Secrétariat technique",
           "Réseau Méditerranéen des Villes Côtières (RMVC)", ["roundtable"], 4)],
        notes="HTML-only message with a pasted table form, two speakers; surnames in capitals in the table "
              "('GHARBI', 'BELHADJ') recorded in normal case as a secretary would type them; 'Mme'/'M.' dropped; "
              "title with its unit kept whole (dev 012); roundtable in Roman numerals ('IV'); the signature is "
              "a secretariat with three city names, no person."))


def m07():
    when = at("2021-02-04 08:16:29")
    d = tz(when, 1)
    text = """Ceci est le programme de messagerie du serveur mail.rmvc-medcities.example.org.

Nous sommes désolés de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour obtenir de l'aide, veuillez contacter <postmaster@rmvc-medcities.example.org>.

                   Le programme de messagerie

<a.belhadj@rmvc-medcities.example.org>: host mail.rmvc-medcities.example.org[local]
    said: 552 5.2.2 <a.belhadj@rmvc-medcities.example.org>: boîte aux lettres pleine
    (Mailbox full / quota exceeded)
"""
    dsn = ("Reporting-MTA: dns; mail.rmvc-medcities.example.org\n"
           "X-Postfix-Queue-ID: 7F3A21C0B4\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; a.belhadj@rmvc-medcities.example.org\n"
           "Original-Recipient: rfc822;a.belhadj@rmvc-medcities.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: x-unix; 552 5.2.2 mailbox full\n" % rfcdate(d - dt.timedelta(seconds=2)))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s\n"
            "Cc: a.belhadj@rmvc-medcities.example.org\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_demande_d=27intervention?=\n"
            "Date: %s\n"
            "Message-ID: %s\n" % (M06_FROM, rfcdate(tz(when - dt.timedelta(minutes=3), 2)), ACK06_ID))
    p1 = leaf("text/plain", text, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "7F3A21C0B4.1612419389/mail.rmvc-medcities.example.org",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail.rmvc-medcities.example.org", "51.91.12.203", "4DTw2S4mXkz5",
                    "MAILER-DAEMON@rmvc-medcities.example.org (Mail Delivery System)",
                    "Non remis : Accusé de réception - demande d'intervention", rfcdate(d),
                    "<20210204061629.7F3A21C0B4@mail.rmvc-medcities.example.org>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    rows = [(k, hdr(v, enc="Q") if k == "Subject" else v) for k, v in rows]
    add(7, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (multipart/report, 5.2.2 mailbox full) for our acknowledgement of "
              "h167-06 sent in Cc to the second speaker; the returned headers mention 'demande d'intervention'. "
              "Never acknowledge; thread_of left null as for dev 030."))


M08_ID = "<1612450921.77310.ar-mail@webmail.ports-union.example.lb>"


def m08():
    when = at("2021-02-04 17:02:11")
    sent = sent_at(when, 2, 10)
    inner = """<div dir="rtl" style="font-family:'Traditional Arabic',serif;font-size:14pt">
<p>حضرات السادة المحترمين في أمانة المراجعة الإقليمية،</p>
<p>بعد التحية،</p>
<p>يطيب لي، بالإشارة إلى رسالة الدعوة الكريمة، أن أعرب عن رغبتي في تقديم مداخلة خلال الطاولة المستديرة
الثالثة من المؤتمر الاستعراضي الإقليمي، أتناول فيها أوضاع العمال المهاجرين في الموانئ البحرية وعلى متن
سفن الصيد، ولا سيما مسألة الأجور المتأخرة وحجز جوازات السفر.</p>
<p>وتفضلوا بقبول فائق الاحترام،</p>
<p>&nbsp;</p>
<p style="color:#555555">د. وليد شمص<br>
أمين السر العام<br>
الاتحاد العام لنقابات عمال الموانئ البحرية – بيروت<br>
هاتف: 01-580123 +961</p>
</div>"""
    body = html_only(inner, rtl=True, b64=True)
    m = mk(when, sent, "webmail.ports-union.example.lb", "185.89.88.14", "4DV8jL0wPcz7",
           addr("وليد شمص", "w.chamas@ports-union.example.lb"),
           hdr("طلب مداخلة - الطاولة المستديرة الثالثة"), M08_ID, body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وليد شمص", "أمين السر العام", "الاتحاد العام لنقابات عمال الموانئ البحرية", ["roundtable"], 3)],
        notes="HTML-only (base64) Roundcube message; the speaker is the sender, details only in the signature; "
              "'د.' dropped; the city after the dash ('– بيروت') is not part of the affiliation; roundtable "
              "as an ordinal word ('الثالثة'). Followed up by h167-18."))


M09_ID = "<VI1PR03MB4456C2D3E4F5A6B7@VI1PR03MB4456.eurprd03.prod.outlook.example.com>"


def m09():
    when = at("2021-02-05 15:12:36")
    sent = sent_at(when, 2, 5)
    text = """Dear GCM Regional Review Secretariat,

Following your invitation of late January, please find attached a short voluntary GCM review submission from Levant Maritime Lines on the welfare of migrant seafarers serving on our fleet (crew changes and repatriation during COVID-19, seafarers stranded on board, rescue at sea by merchant vessels and disembarkation).

We would also like to request a floor intervention in one of the plenary sessions on 24-25 February. The proposed speaker is myself:

Capt. Mira Aziz
Crew Welfare Officer, Marine Personnel Department
Levant Maritime Lines (LML)

Thank you and kind regards,

Capt. Mira Aziz
Crew Welfare Officer, Marine Personnel Department
Levant Maritime Lines (LML) | Beirut Port, Lebanon
T +961 1 445 220

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""
    fname = "LML - GCM voluntary review submission - Feb 2021.pdf"
    pdf = make_pdf(["Levant Maritime Lines (LML)", "Voluntary GCM review submission",
                    "Welfare of migrant seafarers - February 2021"])
    body = multi("mixed", [alt(text, "_000_VI1PR03MB4456C2D3E4F5A6B7VI1PR03MB4456eurp_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_VI1PR03MB4456C2D3E4F5A6B7VI1PR03MB4456eurp_")
    m = mk(when, sent, "mail-vi1eur03.outbound.protection.example.com", "40.107.3.121", "4DVtq10nHbz9",
           "Mira Aziz <m.aziz@levantml.example.com>",
           "LML voluntary review submission + plenary speaking request", M09_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes")])
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mira Aziz", "Crew Welfare Officer, Marine Personnel Department", "Levant Maritime Lines (LML)",
           ["plenary"])],
        report_attachments=[fname],
        notes="private sector (shipping company) sends a report and asks for a plenary slot in one message, "
              "both before their deadlines; the rank 'Capt.' is treated as an honorific and dropped from the "
              "name (a careful secretary would not type it as part of the name; not covered by LABELS.md); "
              "title with its department kept whole (dev 012); place after '|' left out; confidentiality footer."))


def m10():
    when = at("2021-02-05 23:47:31")
    sent = sent_at(when, 1, 7)
    text = """Bonsoir,

Désolé pour l'heure tardive, je rentre du port.

La Fédération des Marins Pêcheurs Artisans du Souss (FMPAS) souhaite qu'une personne intervienne dans une des tables rondes thématiques, peu importe laquelle. Nous proposons notre président, M. Lahcen Ait Brahim, Président de la FMPAS. Il parlera des pêcheurs migrants subsahariens embauchés sur les barques et des naufrages au large de Tarfaya.

Merci et bonne soirée

Rachid Oubella
Secrétaire général adjoint FMPAS
Agadir

Envoyé de mon iPhone
"""
    body = plain(text)
    m = mk(when, sent, "smtp.menara.example.ma", "196.200.131.5", "4DWfR73bJmz0",
           "Rachid Oubella <fmpas.agadir@menara.example.ma>", "tables rondes FMPAS",
           "<A7D3E21C-5F40-4B8E-9D12-C6F8A0B3E7D5@menara.example.ma>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Lahcen Ait Brahim", "Président", "Fédération des Marins Pêcheurs Artisans du Souss (FMPAS)",
           ["roundtable"])],
        notes="edge: received 23:47:31 Beirut on 5 Feb (Date 22:47 +0100, Morocco): on time; 'peu importe "
              "laquelle' = no roundtable number (null, as dev 024); the speaker's title is written with the "
              "acronym only ('Président de la FMPAS') and the full name of the federation appears in the first "
              "sentence: affiliation recorded in its fullest form; sender (deputy secretary-general) is not the "
              "speaker; iPhone plain text."))


def m11():
    when = at("2021-02-06 01:12:40")
    sent = sent_at(when, 1, 8)
    text = """Dear colleagues,

Sorry this comes a little after midnight - our crew only got back from rotation tonight. MedRescue Watch would like to propose two speakers. Details as in your form:

Speaker 1
Name of speaker: Dr. Hannah Vogel
Title: Medical Coordinator
Organization: MedRescue Watch (MRW)
Session: open discussion, multi-stakeholder consultation (23 Feb)

Speaker 2
Name of speaker: Youssef Trabelsi
Title: SAR Liaison Officer (coastguard and MRCC liaison)
Organization: MedRescue Watch (MRW) - Tunis liaison office
Session: thematic roundtable 1

Both can join online if travel is not possible.

Best,
Jonas Keller
Advocacy & Partnerships, MRW
"""
    body = alt(text, "0000000000008d4f2b05baa1c6e3")
    m = mk(when, sent, "mail-ej1-f53.google.example.com", "209.85.218.53", "4DX1Hc5tWqz3",
           "Jonas Keller <advocacy@medrescuewatch.example.org>", "Speakers MRW - GCM regional review",
           "<CAK8vQ2wE5rT9yU3iO7pA1sD5fG9hJ3kL7zX1cV5@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Hannah Vogel", "Medical Coordinator", "MedRescue Watch (MRW)", ["open_discussion"]),
        sp("Youssef Trabelsi", "SAR Liaison Officer (coastguard and MRCC liaison)", "MedRescue Watch (MRW)",
           ["roundtable"], 1)],
        notes="LATE: received Saturday 6 Feb 01:12 Beirut (Date 00:12 +0100), and the sender says so; search-and-"
              "rescue NGO, two speakers in a pasted form; 'Dr.' dropped; '- Tunis liaison office' is a branch/"
              "place after the organisation, left out; the title's parenthesis kept as written."))


def m12():
    when = at("2021-02-07 12:33:05")
    sent = sent_at(when, 1, 5)
    text = """بسم الله الرحمن الرحيم

إلى السادة المشرفين على المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة

سلام تام بوجود مولانا الإمام،

وبعد، فاعتماداً على ما ورد في النسخة العربية من رسالتكم، والتي حددت أجل إرسال طلبات المشاركة بالكلمة في يوم الجمعة 23 فبراير 2021، يشرفني باسم جمعية أمواج للبحارة الصيادين التقليديين (العرائش) أن أقترح عليكم السيد عبد السلام الريفي للقيام بدور المقرر الذي يتولى تقديم الرسائل الرئيسية لأصحاب المصلحة.

والسيد الريفي بحار سابق وله تجربة طويلة في مواكبة أسر المفقودين في البحر.

والسلام.

عن الجمعية
الكاتب العام: مصطفى الزياني
"""
    body = alt(text, "000000000000c2b7e105bab6a9f2", rtl=True, b64=True)
    m = mk(when, sent, "mail-lj1-f49.google.example.com", "209.85.208.49", "4DXqM41sBkz6",
           addr("جمعية أمواج", "amwaj.larache@gmail.example.com"),
           re_hdr("", "اقتراح مقرر - جمعية أمواج"),
           "<CAP5zU9vI3oP7aS1dF5gH9jK3lZ7xC1vB5nM9qW3@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عبد السلام الريفي", None, "جمعية أمواج للبحارة الصيادين التقليديين", ["rapporteur"])],
        notes="LATE (Sunday 7 Feb): relies on the Arabic letter's misprinted deadline ('الجمعة 23 فبراير'); the "
              "English/French date stands. Moroccan formal style; 'السيد' = Mr., dropped; no title given for the "
              "speaker (null: 'بحار سابق' is a description, not a title); town in parentheses after the "
              "organisation left out; sent by the secretary-general, who is not the speaker."))


M13_ID = "<AM9PR05MB8123F4E5D6C7B8A9@AM9PR05MB8123.eurprd05.prod.outlook.example.com>"
ACK13_ID = "<ACK-20210208-0203.en@gcmrrarabstates.iom.int>"


def m13():
    when = at("2021-02-08 14:05:51")
    sent = sent_at(when, 1, 6)
    text = """Dear colleagues,

On behalf of the nine member organisations of the Coalition for Safe Passage (CSP), I am pleased to submit our collective voluntary GCM review report, focusing on Objective 8 (save lives and establish coordinated international efforts on missing migrants) in the Central and Eastern Mediterranean.

The submission consists of two files:
- the report itself (PDF, 18 pages);
- Annex 1, the incident and disembarkation data tables 2019-2020 that the report refers to (Word).

The list of member organisations is on page 2 of the report.

Kind regards,

Elena Russo
Policy Coordinator
Coalition for Safe Passage (CSP)
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-GB">'
            '<div class="WordSection1">' + text2html(text)
            + '<p><img width="120" height="30" src="cid:image001.png@01D6FE1A.0C3B5D70" alt="CSP - Coalition for Safe Passage"></p>'
            '</div></body></html>\n')
    logo = leaf("image/png", make_png(12, 3, (0, 70, 140)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FE1A.0C3B5D70>")])
    f1 = "CSP_Voluntary_GCM_Review_2021_Objective8.pdf"
    f2 = "CSP_Annex1_incident_data_2019-2020.docx"
    body = multi("mixed", [
        multi("related", [alt(text, "_000_AM9PR05MB8123F4E5D6C7B8A9AM9PR05MB8123eurp_", html=html), logo],
              "_005_AM9PR05MB8123F4E5D6C7B8A9AM9PR05MB8123eurp_", params=[("type", '"multipart/alternative"')]),
        attach("application/pdf", make_pdf(["Coalition for Safe Passage (CSP)", "Collective voluntary GCM review",
                                            "Objective 8 - Central and Eastern Mediterranean"]), f1),
        attach(DOCX, make_docx(["CSP - Annex 1", "Incident and disembarkation data 2019-2020"]), f2)],
        "_006_AM9PR05MB8123F4E5D6C7B8A9AM9PR05MB8123eurp_")
    m = mk(when, sent, "mail-am9eur05.outbound.protection.example.com", "40.107.21.83", "4DYT5n2kCvz4",
           "Elena Russo <e.russo@safepassage-coalition.example.org>",
           "CSP collective voluntary GCM review report (Objective 8)", M13_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(13, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="collective report of a coalition of search-and-rescue NGOs; two files, both part of the submission "
              "(report + data annex); inline signature logo image001.png is not an attachment of the report. "
              "Thanked in h167-16."))


M14_ID = "<MR1P264MB2987A1B2C3D4E5F6@MR1P264MB2987.FRAP264.PROD.OUTLOOK.example.com>"


def m14():
    when = at("2021-02-09 10:22:17")
    sent = sent_at(when, 0, 5)
    text = """Madame, Monsieur,

J'ai l'honneur de vous transmettre, au nom du Bureau de l'association Escale Solidaire Nouadhibou, notre rapport volontaire dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport porte sur l'accueil des marins étrangers en escale et des pêcheurs migrants au port de Nouadhibou (accès aux soins, salaires impayés, navires abandonnés, rapatriement des équipages).

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Aminata Sy
Coordinatrice
Escale Solidaire Nouadhibou – Centre d'accueil des gens de mer
"""
    fname = "Rapport volontaire PMM – Escale Solidaire.docx"
    doc = make_docx(["Escale Solidaire Nouadhibou", "Rapport volontaire - Examen regional du PMM", "Fevrier 2021"])
    body = multi("mixed", [alt(text, "_000_MR1P264MB2987A1B2C3D4E5F6MR1P264MB2987FRAP_"), attach(DOCX, doc, fname)],
                 "_004_MR1P264MB2987A1B2C3D4E5F6MR1P264MB2987FRAP_")
    m = mk(when, sent, "mail-mr1fra01.outbound.protection.example.com", "40.107.9.66", "4DZ2sF4hTpz1",
           "Escale Solidaire <contact@escale-nouadhibou.example.mr>",
           hdr("Transmission du rapport volontaire – Escale Solidaire Nouadhibou", enc="Q"), M14_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="port welfare centre (Mauritania, UTC+0); administrative French; DOCX whose name has an en dash "
              "(RFC 2231 / RFC 2047 encoded). Replaced by a corrected version in h167-20."))


def m15():
    when = at("2021-02-10 09:48:02")
    sent = sent_at(when, 2, 6)
    text = """مرفق تقرير النقابة عن الاتفاق العالمي للهجرة.
مع التحية

أُرسلت من الـ iPhone
"""
    fname = "تقرير النقابة العامة للعاملين بالنقل البحري.pdf"
    pdf = make_pdf(["General Union of Maritime Transport Workers", "Voluntary GCM review report (Arabic)"])
    body = multi("mixed", [plain(text, cte="base64"), attach("application/pdf", pdf, fname)],
                 "Apple-Mail-3F7A0C1D-88B2-4E6A-9D0F-1B2C3D4E5F60")
    m = mk(when, sent, "mail-pf1-f181.google.example.com", "209.85.210.181", "4DZmW02xDrz8",
           addr("أحمد سالم", "ahmed.salem.maritime@gmail.example.com"),
           hdr("التقرير"), "<3F7A0C1D-88B2-4E6A-9D0F-1B2C3D4E5F60@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="iPhone, one-line body, one-word subject 'التقرير'; the organisation appears only in the Arabic "
              "PDF file name; no signature."))


def m16():
    when = at("2021-02-10 16:31:44")
    sent = sent_at(when, 1, 4)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">Many thanks, well received - and thank you for the very quick reply!<br><br>Elena</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt;<br>
<b>Sent:</b> Monday, February 8, 2021 1:20 PM<br>
<b>To:</b> Elena Russo &lt;e.russo@safepassage-coalition.example.org&gt;<br>
<b>Subject:</b> Acknowledgement of receipt - CSP collective voluntary GCM review report (Objective 8)</font></div>
<div>Dear Elena Russo,<br><br>Thank you for your submission to the Regional Review of the Global Compact for Migration in the Arab region. We confirm receipt of your voluntary GCM review report (2 files).<br><br>GCM Regional Review Secretariat</div>"""
    body = html_only(inner)
    m = mk(when, sent, "mail-am9eur05.outbound.protection.example.com", "40.107.21.90", "4DZzK15vNfz2",
           "Elena Russo <e.russo@safepassage-coalition.example.org>",
           "RE: Acknowledgement of receipt - CSP collective voluntary GCM review report (Objective 8)",
           "<AM9PR05MB8123A0B1C2D3E4F5@AM9PR05MB8123.eurprd05.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ACK13_ID), ("References", M13_ID + " " + ACK13_ID),
                  ("X-Mailer", "Microsoft Outlook Web App")])
    add(16, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h167-13.eml",
        notes="HTML-only Outlook Web thank-you to our acknowledgement of h167-13, adds nothing new: do not "
              "acknowledge; the quoted acknowledgement mentions the report."))


def m17():
    when = at("2021-02-11 18:40:26")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Veuillez trouver en pièce jointe la contribution du Réseau des Femmes de la Pêche Artisanale du Maghreb (REFPAM) à l'examen régional du PMM : il s'agit de notre rapport volontaire, rédigé à partir d'ateliers avec les femmes ramasseuses de palourdes et les épouses de pêcheurs disparus en mer à Sfax, Nador et Chlef.

Par ailleurs, si c'est encore possible, nous aimerions que notre coordinatrice régionale, Fatima Zahra Lamrani, puisse intervenir lors de la deuxième table ronde thématique.

Avec nos remerciements,

Fatima Zahra Lamrani
Coordinatrice régionale
REFPAM
"""
    fname = "REFPAM_rapport_PMM_2021.docx"
    doc = make_docx(["Reseau des Femmes de la Peche Artisanale du Maghreb (REFPAM)", "Rapport volontaire PMM 2021"])
    body = multi("mixed", [alt(text, "000000000000e4a9c305bb1d2f70"), attach(DOCX, doc, fname)],
                 "000000000000e4a9c505bb1d2f72")
    m = mk(when, sent, "mail-wm1-f54.google.example.com", "209.85.128.54", "4Dbb1p3yXsz7",
           "REFPAM <refpam.maghreb@gmail.example.com>", "Contribution REFPAM - examen regional PMM",
           "<CAQ6aV0wO4pA8sD2fG6hJ0kL4zX8cV2bN6mQ0wE4@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Fatima Zahra Lamrani", "Coordinatrice régionale",
           "Réseau des Femmes de la Pêche Artisanale du Maghreb (REFPAM)", ["roundtable"], 2)],
        report_attachments=[fname],
        notes="report on time (11 Feb) but the speaker part comes after 5 Feb ('si c'est encore possible'): "
              "on_time false; the sender is the speaker; signature has only the acronym, the full name is in the "
              "body: affiliation in its fullest form with the acronym; 'deuxième table ronde' = 2."))


def m18():
    when = at("2021-02-12 11:18:39")
    sent = sent_at(when, 2, 6)
    text = """حضرات السادة،

تحية طيبة،

أرسلت إليكم بتاريخ 4 شباط طلباً لتقديم مداخلة في الطاولة المستديرة الثالثة، ولم يصلني حتى اليوم أي إشعار بالاستلام. أرجو التكرم بتأكيد وصول الطلب وإعلامي إذا كانت هناك أي معلومات إضافية مطلوبة.

مع الشكر،
وليد شمص
أمين السر العام

-----Original Message-----
From: وليد شمص <w.chamas@ports-union.example.lb>
Sent: Thursday, February 4, 2021 5:02 PM
To: gcmrrarabstates@iom.int
Subject: طلب مداخلة - الطاولة المستديرة الثالثة

حضرات السادة المحترمين في أمانة المراجعة الإقليمية،
بعد التحية،
يطيب لي، بالإشارة إلى رسالة الدعوة الكريمة، أن أعرب عن رغبتي في تقديم مداخلة خلال الطاولة المستديرة الثالثة من المؤتمر الاستعراضي الإقليمي...
د. وليد شمص
أمين السر العام
الاتحاد العام لنقابات عمال الموانئ البحرية – بيروت
"""
    body = plain(text, cte="base64")
    m = mk(when, sent, "webmail.ports-union.example.lb", "185.89.88.14", "4DcJ7t0mRhz5",
           addr("وليد شمص", "w.chamas@ports-union.example.lb"),
           re_hdr("RE: ", "طلب مداخلة - الطاولة المستديرة الثالثة"),
           "<1613121519.80442.ar-mail@webmail.ports-union.example.lb>", body,
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID), ("User-Agent", "Roundcube Webmail/1.4.9")])
    add(18, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h167-08.eml",
        notes="did-you-receive follow-up to h167-08 (as dev 040): the new text is a question; the quoted original "
              "still carries the speaker request and signature, which must not be recorded again."))


def m19():
    when = at("2021-02-13 20:55:03")
    sent = sent_at(when, 2, 7)
    inner = """<div style="font-family:Georgia,serif;font-size:12pt">
<p>Dear Secretariat,</p>
<p>Please accept the text below as the voluntary GCM review contribution of the <b>Maritime Rescue Liaison Network (MRLN)</b>,
a network of volunteers who liaise between fishing communities, NGO rescue vessels and the coastguard in the Eastern Mediterranean.
We have no designer to produce a PDF, so we paste it here.</p>
<h3>1. Context</h3>
<p>Since 2019 our volunteers have relayed 214 distress alerts from fishermen to the competent rescue coordination centres.
Delays in the designation of a place of safety remain the main cause of prolonged suffering on board.</p>
<h3>2. Progress on GCM Objective 8</h3>
<p>Joint trainings of coastguard officers and fishermen on first aid at sea; a shared hotline in two coastal governorates.</p>
<h3>3. Gaps</h3>
<ul><li>No systematic identification of the dead and no information to families.</li>
<li>Fishermen fear prosecution after assisting boats in distress.</li>
<li>No data sharing between neighbouring rescue centres.</li></ul>
<h3>4. Recommendations</h3>
<ol><li>Guarantee that rescue at sea is never criminalised.</li>
<li>Create a regional mechanism for missing migrants and their families.</li>
<li>Fund community-based first responders in fishing ports.</li></ol>
<p>With thanks,<br>Nikos Papadakis<br>Coordinator, MRLN</p>
</div>"""
    body = html_only(inner)
    m = mk(when, sent, "mail-ot1-f41.google.example.com", "209.85.210.41", "4DcyV23fLgz0",
           "Nikos Papadakis <mrln.coordination@gmail.example.com>", "MRLN - voluntary GCM review contribution",
           "<CAR7bW1xP5qS9tD3gH7jK1lM5zX9cV3bN7mQ1wE5@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="HTML-only message whose body is the report (headings, lists); no attachment, so "
              "report_attachments is empty; coastguard-liaison volunteer network."))


def m20():
    when = at("2021-02-15 12:06:48")
    sent = sent_at(when, 0, 5)
    text = """Madame, Monsieur,

Suite à notre envoi du 9 février, nous vous prions de bien vouloir trouver ci-joint une version révisée de notre rapport volontaire : les chiffres relatifs aux navires abandonnés (section 3) ont été mis à jour et la liste des partenaires complétée. Cette version annule et remplace la précédente.

Veuillez agréer nos salutations distinguées.

Aminata Sy
Coordinatrice
Escale Solidaire Nouadhibou

________________________________
De : Escale Solidaire <contact@escale-nouadhibou.example.mr>
Envoyé : mardi 9 février 2021 08:22
À : gcmrrarabstates@iom.int
Objet : Transmission du rapport volontaire – Escale Solidaire Nouadhibou

Madame, Monsieur,

J'ai l'honneur de vous transmettre, au nom du Bureau de l'association Escale Solidaire Nouadhibou, notre rapport volontaire dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.
"""
    fname = "Rapport volontaire PMM – Escale Solidaire – version révisée.docx"
    doc = make_docx(["Escale Solidaire Nouadhibou", "Rapport volontaire - version revisee", "15 fevrier 2021"])
    body = multi("mixed", [alt(text, "_000_MR1P264MB2987B7C8D9E0F1A2MR1P264MB2987FRAP_"), attach(DOCX, doc, fname)],
                 "_004_MR1P264MB2987B7C8D9E0F1A2MR1P264MB2987FRAP_")
    m = mk(when, sent, "mail-mr1fra01.outbound.protection.example.com", "40.107.9.70", "4DdqP56jWsz3",
           "Escale Solidaire <contact@escale-nouadhibou.example.mr>",
           hdr("RE: Transmission du rapport volontaire – version révisée", enc="Q"),
           "<MR1P264MB2987B7C8D9E0F1A2@MR1P264MB2987.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M14_ID), ("References", M14_ID), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h167-14.eml",
        notes="revised version that replaces the report of h167-14 ('annule et remplace'); reply to its own sent "
              "message with the Outlook quoted header; accented file name; on time (15 Feb)."))


def m21():
    when = at("2021-02-17 00:20:14")
    sent = sent_at(when, 1, 6)
    text = """السادة الكرام،

تحية طيبة،

نعتذر عن التأخر في الإرسال بسبب انقطاع الإنترنت في مقر التحالف مساء اليوم. نرفق لكم التقرير الطوعي لتحالف البلديات الساحلية المتوسطية حول استقبال المهاجرين الناجين من الغرق في المدن الساحلية.

كما نقترح مشاركة متحدثين باسم التحالف:
- رشيد التمسماني، رئيس التحالف: مداخلة في الجلسة العامة.
- هدى بنسليمان، منسقة برنامج الهجرة والمدن: مداخلة في الطاولة المستديرة الرابعة.

مع فائق التقدير،
هدى بنسليمان
منسقة برنامج الهجرة والمدن
تحالف البلديات الساحلية المتوسطية
"""
    fname = "التقرير الطوعي - تحالف البلديات الساحلية المتوسطية.pdf"
    pdf = make_pdf(["Alliance of Mediterranean Coastal Municipalities", "Voluntary GCM review report (Arabic)"])
    body = multi("mixed", [alt(text, "0000000000005e1f9a05bb7c3d11", rtl=True, b64=True),
                           attach("application/pdf", pdf, fname)], "0000000000005e1f9c05bb7c3d13")
    m = mk(when, sent, "mail-wr1-f47.google.example.com", "209.85.221.47", "4DfR2k0qYtz6",
           addr("هدى بنسليمان", "alliance.coastalcities@gmail.example.com"),
           re_hdr("", "التقرير الطوعي وطلب مشاركة - تحالف البلديات الساحلية"),
           "<CAS8cX2yQ6rT0uE4hJ8kL2mN6zX0cV4bN8mQ2wE6@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("رشيد التمسماني", "رئيس التحالف", "تحالف البلديات الساحلية المتوسطية", ["plenary"]),
        sp("هدى بنسليمان", "منسقة برنامج الهجرة والمدن", "تحالف البلديات الساحلية المتوسطية", ["roundtable"], 4)],
        report_attachments=[fname],
        notes="LATE on both counts: received 17 Feb 00:20 Beirut (Date 16 Feb 23:20 +0100, still the 16th for "
              "the sender), after the report deadline and long after the speaker deadline; two speakers in dashed "
              "lines, the affiliation only in the signature ('باسم التحالف'); 'الجلسة العامة' = plenary."))


def m22():
    when = at("2021-02-18 10:37:55")
    sent = sent_at(when, 3, 6)
    text = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Red Sea Seafarers' Centre. I know the deadline was 16 February; our board only approved the text yesterday, so we hope it can still be considered.

I have also attached a photo of our drop-in centre at the port, in case you prepare a slideshow.

Regards,
Joseph Mathai
Centre Manager
Red Sea Seafarers' Centre (RSSC), Jeddah Islamic Port
"""
    f1 = "RSSC GCM voluntary review report.pdf"
    f2 = "RSSC_dropin_centre.png"
    body = multi("mixed", [alt(text, "_000_HE1PR09MB3301C4D5E6F7A8B9HE1PR09MB3301_"),
                           attach("application/pdf", make_pdf(["Red Sea Seafarers' Centre (RSSC)",
                                                               "Voluntary GCM review report"]), f1),
                           attach("image/png", make_png(16, 10, (30, 120, 170)), f2)],
                 "_004_HE1PR09MB3301C4D5E6F7A8B9HE1PR09MB3301_")
    m = mk(when, sent, "mail-he1eur09.outbound.protection.example.com", "40.107.6.77", "4DgC6m1rZvz9",
           "Joseph Mathai <manager@rssc-jeddah.example.org>", "Voluntary report - Red Sea Seafarers' Centre (late)",
           "<HE1PR09MB3301C4D5E6F7A8B9@HE1PR09MB3301.eurprd09.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[f1],
        notes="LATE report (18 Feb) and the sender says so; the PNG photo is a decoy, not part of the report; "
              "Date header in +0300 (Jeddah)."))


ACK06_SENT_ID = "<ACK-20210204-0097.fr@gcmrrarabstates.iom.int>"


def m23():
    when = at("2021-02-19 09:14:27")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Merci pour votre accusé de réception. Nos deux intervenants souhaiteraient connaître les modalités pratiques :
- à quelle adresse le lien de connexion pour la consultation du 23 février sera-t-il envoyé ?
- une interprétation français/arabe est-elle prévue pour la table ronde IV ?
- faut-il transmettre à l'avance le texte des interventions, et si oui, de quelle longueur ?

Merci également de noter que la boîte de M. Belhadj était saturée début février ; merci d'utiliser désormais l'adresse anis.belhadj.rmvc@gmail.example.com.

Bien cordialement,
Secrétariat technique du RMVC

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : jeudi 4 février 2021 07:13
À : %s
Objet : Accusé de réception - demande d'intervention

Madame, Monsieur,
Nous accusons réception de votre demande d'intervention ...
""" % M06_FROM
    body = alt(text, "_000_PAXPR02MB7262D1E2F3A4B5C6PAXPR02MB7262eurp_")
    m = mk(when, sent, "mail-pax02.outbound.protection.example.com", "40.107.26.58", "4DgxQ85tHbz1",
           "RMVC Secretariat <%s>" % M06_FROM,
           hdr("RE: Accusé de réception - demande d'intervention – modalités pratiques", enc="Q"),
           "<PAXPR02MB7262D1E2F3A4B5C6@PAXPR02MB7262.eurprd02.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ACK06_SENT_ID), ("References", M06_ID + " " + ACK06_SENT_ID),
                  ("X-Mailer", "Microsoft Outlook Web App")])
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h167-06.eml",
        notes="reply to our acknowledgement of h167-06 that adds new logistics questions (connection link, "
              "interpretation, length) and a new address for a speaker: it needs an answer, so acknowledge "
              "(unlike a bare thank-you); no new speaker or role; thread_of the original request."))


def m24():
    when = at("2021-02-20 13:45:09")
    sent = sent_at(when, 1, 6)
    text = """عسلامة مرة أخرى،

نعلموكم اللي سنية بن عمر ما تنجمش تشارك خاطر عندها ظرف عائلي. عوضها باش يحكي في نفس الطاولة المستديرة زميلنا مروان الشابي، المكلف بالإعلام في النقابة. الحبيب الغربي يبقى كيف ما هو في النقاش المفتوح.

سامحونا على التغيير في آخر وقت.

يعيشكم
نقابة البحارة والصيادين الحرفيين

‫في الجمعة، 29 جانفي 2021 في 8:14 م، كتب‬ Sonia Ben Omar <syndicat.marins.zarzis@gmail.example.com>:
> عسلامة،
> نقترحو زوز:
> ١) الحبيب الغربي، الكاتب العام للنقابة، باش يشارك في النقاش المفتوح متاع التشاور نهار 23 فيفري.
> ٢) سنية بن عمر، مسؤولة ملف البحارة المهاجرين، باش تعمل مداخلة في الطاولة المستديرة الثانية.
"""
    body = alt(text, "000000000000b3e62a05bbc94f08", rtl=True, b64=True)
    m = mk(when, sent, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DhT0v6wPkz2",
           addr("Sonia Ben Omar", "syndicat.marins.zarzis@gmail.example.com"),
           re_hdr("Re: ", "مشاركة نقابة البحارة والصيادين الحرفيين"),
           "<CAJ4tYh9RnL3qW7xY1cO4sE8tG2hM6aB0dF3vS5@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(24, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        thread_of="h167-02.eml", speakers=[
            sp("مروان الشابي", "المكلف بالإعلام في النقابة", "نقابة البحارة والصيادين الحرفيين", ["roundtable"], 2)],
        notes="replacement speaker for h167-02 (Gmail reply to its own message, Tunisian dialect); only the new "
              "speaker is recorded (the unchanged first speaker is confirmed, not proposed again); the roundtable "
              "is given by reference ('نفس الطاولة المستديرة' = the second, from the quoted original); late (20 "
              "Feb); the organisation is only in the closing line; title recorded as written."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
