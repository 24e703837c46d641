#!/usr/bin/env python3
"""Write the blind evaluation set holdout150 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets150.py
Theme: local government and cities (mayors and municipal councils, unions of municipalities, governorates,
urban planners, city networks, local development agencies, a municipal social-services department).
Mail-building helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import EvalSet, DOCX, POL, addr, at, attach, b_word, esc, flowed, hdr, html_wrap, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rfc2231_cont, rfcdate, sp, std_rows, text2html, top, tz

SET = EvalSet(150)
add = SET.add

INVITE_EN = "<INV-2021-01-26-EN.0003@gcmrrarabstates.iom.int>"
INVITE_SUBJ = "Invitation: Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region"


# ================================================================ the 24 messages
def m01():
    # Exchange out-of-office of an urban planner, English, to the invitation
    when = at("2021-01-27 11:02:47")
    sent = tz(when - dt.timedelta(seconds=2), 3)
    text = """I am currently out of the office attending the Amman Urban Resilience Workshop and will return on Sunday 31 January 2021.

During my absence please contact Eng. Rana Haddadin (r.haddadin@gam-planning.example.jo) for any urgent matter related to the Strategic Planning Directorate.

Best regards,
Omar Khasawneh
Senior Urban Planner | Strategic Planning Directorate
"""
    html = text2html(text)
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(html))],
                 "_000_AM6PR03MB4127A1B2C3D4E5F6AM6PR03MB4127eurp_")
    rows = std_rows(when, "mail-am6eur03.outbound.protection.example.com", "40.107.3.81", "4DR2hT0b1Mz7",
                    "Omar Khasawneh <o.khasawneh@gam-planning.example.jo>",
                    "Automatic reply: " + INVITE_SUBJ, rfcdate(sent),
                    "<AM6PR03MB4127E9F0A1B2C3D4@AM6PR03MB4127.eurprd03.prod.outlook.example.com>",
                    extra=[("Thread-Topic", INVITE_SUBJ), ("Auto-Submitted", "auto-generated"),
                           ("X-Auto-Response-Suppress", "All"), ("X-MS-Has-Attach", ""),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "o.khasawneh@gam-planning.example.jo")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("In-Reply-To", INVITE_EN))
    rows.append(("References", INVITE_EN))
    rows.append(("Content-Language", "en-US"))
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of an urban planner to the invitation (Auto-Submitted: auto-generated, null "
              "Return-Path); the body names a colleague, a directorate and a return date: nothing to record."))


M02_ID = "<DB8PR09MB2650B7C2E14F9A8D3C1E0F4A9B2@DB8PR09MB2650.eurprd09.prod.outlook.example.com>"


def m02():
    # chef de cabinet proposes the mayor, Outlook, iso-8859-1
    when = at("2021-01-28 15:36:20")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

J'ai l'honneur de vous faire savoir que Monsieur le Président de la Commune, M. Slim Ben Ammar, souhaite prendre la parole lors de la séance plénière de la conférence régionale des 24 et 25 février 2021, afin de présenter l'expérience de la commune en matière d'accueil des travailleurs migrants subsahariens (guichet municipal d'orientation, accès à l'état civil et aux services de proximité).

Pour mémoire :
- Nom : Slim BEN AMMAR
- Qualité : Président de la Commune (Maire)
- Institution : Commune de Ksar Hellal - Gouvernorat de Monastir, Tunisie

Je reste votre interlocutrice pour toute question d'ordre pratique (connexion, horaires, temps de parole).

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Amel Jebali
Chef de cabinet du Président de la Commune
Commune de Ksar Hellal
Tél. : +216 73 475 210
"""
    html = ('<div class=WordSection1><p class=MsoNormal>' + text2html(text).replace("<p>", "<p class=MsoNormal>")
            + '</div>')
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1"),
                                 leaf("text/html", html_wrap(html, charset="iso-8859-1"), "iso-8859-1")],
                 "_000_DB8PR09MB2650B7C2E14F9A8D3C1E0F4A9B2DB8PR09MB2650eurp_")
    m = mk(when, sent, "mail-db8eur09.outbound.protection.example.com", "40.107.21.104", "4DRn5Q2KxLz1",
           addr("Amel Jebali", "cabinet.president@commune-ksarhellal.example.tn"),
           hdr("Demande de prise de parole - Séance plénière - Commune de Ksar Hellal", "iso-8859-1", "Q"),
           M02_ID, body, extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbueQ3kP0z1Xh9rTqW7dQ==")])
    m["Content-Language"] = "fr-FR"
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Slim Ben Ammar", "Président de la Commune (Maire)",
           "Commune de Ksar Hellal - Gouvernorat de Monastir, Tunisie", ["plenary"])],
        notes="sent by the mayor's chief of staff on his behalf (the signatory is not the speaker); name first in prose "
              "with 'Monsieur le Président ... M.' then in capitals in a recap list; ISO-8859-1 Outlook; the speaker "
              "is replaced later (h150-15)."))


def m03():
    # union of municipalities, two speakers, windows-1256 Outlook, formal Arabic
    when = at("2021-01-29 10:14:03")
    sent = when - dt.timedelta(seconds=4)
    text = """حضرة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

بالإشارة إلى كتابكم المؤرخ في 26 كانون الثاني 2021، يتشرف اتحاد بلديات ساحل المتن الجنوبي بترشيح السيدين التاليين للمشاركة بالكلام:

1) السيد وليد نصر الله - رئيس اتحاد بلديات ساحل المتن الجنوبي - للمشاركة في النقاش المفتوح ضمن التشاور مع أصحاب المصلحة المتعددين بتاريخ 23 شباط.

2) السيدة جومانا خوري - رئيسة وحدة الشؤون الاجتماعية والصحية في الاتحاد - لمداخلة في الطاولة المستديرة الموضوعية الثانية.

يضم الاتحاد سبع بلديات تستضيف أعداداً كبيرة من العمال المهاجرين واللاجئين، وقد أطلق عام 2019 مكتباً مشتركاً لتسجيل المقيمين وتنظيم السكن.

وتفضلوا بقبول فائق الاحترام،

أمين سر الاتحاد
طوني عازار
اتحاد بلديات ساحل المتن الجنوبي
هاتف: 01/876543
"""
    html = ('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:13pt">' + text2html(text) + '</div>')
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"),
                                 leaf("text/html", html_wrap(html, "rtl", "windows-1256"), "windows-1256")],
                 "_000_VI1PR08MB5342C9D2E3F40A1B2C3DVI1PR08MB5342eurp_")
    m = mk(when, sent, "mail-vi1eur08.outbound.protection.example.com", "40.107.7.59", "4DS9yL4vHcz3",
           addr("اتحاد بلديات ساحل المتن الجنوبي", "info@sahel-metn-union.example.gov.lb", "windows-1256"),
           hdr("ترشيح متحدثين - اتحاد بلديات ساحل المتن الجنوبي", "windows-1256"),
           "<VI1PR08MB5342C9D2E3F40A1B2C3D@VI1PR08MB5342.eurprd08.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    m["Content-Language"] = "ar-LB"
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وليد نصر الله", "رئيس اتحاد بلديات ساحل المتن الجنوبي", "اتحاد بلديات ساحل المتن الجنوبي",
           ["open_discussion"]),
        sp("جومانا خوري", "رئيسة وحدة الشؤون الاجتماعية والصحية في الاتحاد", "اتحاد بلديات ساحل المتن الجنوبي",
           ["roundtable"], 2)],
        notes="two speakers in numbered prose lines 'honorific name - title - role'; السيد/السيدة are honorifics; the "
              "affiliation of the second speaker is only 'في الاتحاد' (resolved to the union named in the body); "
              "Levantine month names (شباط, كانون الثاني); windows-1256; signed by the union's secretary (not a speaker)."))


def m04():
    # urban planner proposes herself, details only in signature, Gmail
    when = at("2021-01-30 21:47:55")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """Hi,

I'd be keen to take the floor in the third thematic roundtable on the 24th/25th if there is still space. Most of my work over the past four years has been on informal settlements at the edge of secondary cities, where a big share of residents are migrant workers or displaced households, and on how municipalities can plan for them without waiting for national policy. Happy to keep it to 3 minutes.

Let me know what you need from me (bio, photo?).

Thanks,
Nadine

--
Nadine Sfeir, PhD
Urban Planner & Research Associate
Urban Lab, Department of Architecture and Design
American University of the Levant (AUL)
+961 3 112 448
"""
    html = '<div dir="ltr">' + text2html(text).replace("<p>--<br>", '<p><span class="gmail_signature_prefix">-- </span><br>') + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "00000000000071a0c805ba2c4e9d")
    m = mk(when, sent, "mail-ed1-f47.google.example.com", "209.85.208.47", "4DSVw90QbRz5",
           "Nadine Sfeir <nadine.sfeir.urban@gmail.example.com>", "Speaking slot - roundtable 3",
           "<CAHv2Xq8Lm3NpR5tW9kZ1Yb6Dc0Fe4Gh7Ji2KlMn@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nadine Sfeir", "Urban Planner & Research Associate",
           "Urban Lab, Department of Architecture and Design, American University of the Levant (AUL)",
           ["roundtable"], 3)],
        notes="self-nomination; the body gives only a first name, the full name, title and affiliation are only in the "
              "signature ('PhD' is a degree, not part of the name); affiliation spread over two signature lines "
              "(lab/department + university with acronym)."))


def m05():
    # ADL question, French, Thunderbird, format=flowed
    when = at("2021-02-01 12:20:31")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour,

L'Agence de développement local de l'Oriental (ADLO) accompagne une douzaine de communes rurales de la province de Figuig sur les questions de mobilité et de retour des migrants.

Avant d'envoyer quoi que ce soit, nous aurions deux questions :

1. Un rapport volontaire peut-il être présenté conjointement par l'agence et plusieurs conseils communaux, ou faut-il un rapport par institution ?
2. Existe-t-il un canevas ou un nombre de pages indicatif ? Le courrier d'invitation n'en mentionne pas.

Merci d'avance pour votre retour.

Cordialement,
Karima Bouazzaoui
Responsable du pôle Gouvernance territoriale
ADLO - Oujda
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit")
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    m = mk(when, sent, "smtp.adlo.example.ma", "196.200.131.18", "4DTbq07YcFz2",
           "Karima Bouazzaoui <k.bouazzaoui@adlo.example.ma>",
           hdr("Rapport volontaire : questions de forme (ADLO)", enc="Q"),
           "<6c1e0b3a-9f27-4d48-b1c5-0e2a7d9f4b11@adlo.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                  ("Content-Language", "fr")])
    add(5, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about a joint report and a template: keywords 'rapport volontaire', 'conseils communaux', "
              "but nothing is submitted and no speaker proposed; Thunderbird format=flowed 8bit."))


def m06():
    # governorate: report PDF + rapporteur, formal Arabic, Gmail-like but from gov domain
    when = at("2021-02-02 11:05:44")
    sent = tz(when - dt.timedelta(seconds=8), 3)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

نرفق لكم طيه التقرير الطوعي لمحافظة إربد حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية على المستوى المحلي، والذي أعدته مديرية التنمية المحلية بالتعاون مع البلديات التابعة للمحافظة ومنظمات المجتمع المدني.

كما نرشّح المهندس فراس عبد الكريم الزعبي، مدير التنمية المحلية في محافظة إربد، لتولي دور المقرِّر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة.

وتفضلوا بقبول فائق الاحترام والتقدير،

مكتب المحافظ
محافظة إربد - المملكة الأردنية الهاشمية
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    pdf = make_pdf(["Irbid Governorate - Directorate of Local Development",
                    "Voluntary GCM review report - local level", "January 2021"])
    fname = "التقرير الطوعي - محافظة إربد.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                                 "000000000000e4b1a005ba3f88c2"),
                           attach("application/pdf", pdf, fname)],
                 "000000000000e4b1a205ba3f88c4")
    m = mk(when, sent, "mail.irbid-gov.example.jo", "46.185.130.22", "4DTq1s6ZmWz8",
           addr("مكتب محافظ إربد", "governor.office@irbid-gov.example.jo"),
           hdr("التقرير الطوعي لمحافظة إربد وترشيح مقرر"),
           "<20210202090536.51A2C8F04D@mail.irbid-gov.example.jo>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)")])
    add(6, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فراس عبد الكريم الزعبي", "مدير التنمية المحلية في محافظة إربد", "محافظة إربد", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, on time: report PDF with an Arabic file name (RFC 2231) and a rapporteur nomination in prose; "
              "'المهندس' is a professional honorific, not part of the name; the title contains the governorate, "
              "affiliation taken as the governorate; sent by the governor's office (not the speaker)."))


M07_ID = "<0102017766a1b2c3-9f8e7d6c-aci-n.0203@email.acin.example.org>"
ACK07_ID = "<ACK-h150-07.20210202@gcmrrarabstates.iom.int>"


def m07():
    # city network, HTML-only table, two speakers
    when = at("2021-02-02 17:31:09")
    sent = when - dt.timedelta(seconds=3)
    inner = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222">
<p>Dear colleagues,</p>
<p>Further to the invitation, the <b>Arab Cities for Inclusion Network (ACIN)</b> &ndash; 38 member cities in 11 countries &ndash; would like to nominate the two mayors below. Both have agreed and their offices are in copy.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef7"><th>Name</th><th>Position</th><th>City / institution</th><th>Requested slot</th></tr>
<tr><td>Hon. Mounir Lahlou</td><td>Mayor</td><td>Municipality of Saida, Lebanon</td><td>Plenary &ndash; floor intervention</td></tr>
<tr><td>Dr. Huda Al-Rawashdeh</td><td>Deputy Mayor for Social Affairs</td><td>Greater Zarqa Municipality</td><td>Roundtable 1</td></tr>
</table>
<p>We would also be grateful to know whether ACIN can share a short statement in the chat of the roundtables.</p>
<p>Warm regards,</p>
<p><b>Sami Dabbagh</b><br>Programme Officer, Migration &amp; Local Governance<br>Arab Cities for Inclusion Network (ACIN)</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "a8-31.smtp-out.amazonses.example.com", "54.240.8.31", "4DTz8b3RwPz6",
           "ACIN Secretariat <secretariat@acin.example.org>", "ACIN nominations: 2 mayors (plenary + roundtable 1)",
           M07_ID, body, cc="office.mayor@saida-municipality.example.gov.lb, dm.social@zarqa-city.example.jo",
           extra=[("X-SES-Outgoing", "2021.02.02-54.240.8.31")])
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mounir Lahlou", "Mayor", "Municipality of Saida, Lebanon", ["plenary"]),
        sp("Huda Al-Rawashdeh", "Deputy Mayor for Social Affairs", "Greater Zarqa Municipality", ["roundtable"], 1)],
        notes="HTML-only, two speakers in an HTML table; 'Hon.' and 'Dr.' are honorifics; the network nominates mayors "
              "of member cities: affiliation is the city, not ACIN; signatory not a speaker; sent from a shared "
              "mailbox via Amazon SES with the mayors' offices in Cc; extra question about a chat statement."))


def m09():
    # councillor pastes a filled form; two roles; French
    when = at("2021-02-03 09:12:38")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Bonjour,

Je n'arrive pas à ouvrir le formulaire en ligne depuis la mairie (le lien est bloqué par notre pare-feu), je vous colle donc ci-dessous les réponses que j'avais préparées.

----------------------------------------
FORMULAIRE - DEMANDE DE PRISE DE PAROLE
----------------------------------------
Nom et prénom * : EL FASSI Zineb
Fonction * : Conseillère communale, vice-présidente de la commission des affaires sociales et de la solidarité
Organisation * : Conseil communal de Tanger
Pays : Maroc
Rôle(s) souhaité(s) * : [X] Discussion ouverte (consultation du 23/02)   [X] Rapporteur·rice   [ ] Plénière   [ ] Table ronde n° ___
Langue d'intervention : français / arabe
----------------------------------------

Bien cordialement,
Zineb El Fassi

Envoyé depuis mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-pf1-f178.google.example.com", "209.85.210.178", "4DVK3n8xTqz4",
           "Zineb El Fassi <zineb.elfassi.tanger@gmail.example.com>",
           hdr("Formulaire prise de parole", enc="Q"),
           "<A3F0C2B1-7D4E-4F6A-9B8C-1E2D3C4B5A69@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Zineb El Fassi", "Conseillère communale, vice-présidente de la commission des affaires sociales et de la solidarité",
           "Conseil communal de Tanger", ["open_discussion", "rapporteur"])],
        notes="pasted form with checkboxes: two roles ticked ([X]), plenary and roundtable unticked (the 'Table ronde "
              "n° ___' blank must not give a roundtable); surname in capitals first ('EL FASSI Zineb'); iPhone, "
              "mentions an online form the mailbox does not have."))


def m08():
    # Exim bounce of the acknowledgement sent to the Cc of h150-07 (misspelt address)
    when = at("2021-02-02 17:34:51")
    d = tz(when, 3)
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  dm.social@zarqa-city.example.jo
    host mx.zarqa-city.example.jo [212.34.0.77]
    SMTP error from remote mail server after RCPT TO:<dm.social@zarqa-city.example.jo>:
    550 5.1.1 <dm.social@zarqa-city.example.jo>: Recipient address rejected: User unknown in virtual mailbox table
"""
    dsn = ("Reporting-MTA: dns; relay2.gcm-intake.example.net\n\n"
           "Action: failed\n"
           "Final-Recipient: rfc822;dm.social@zarqa-city.example.jo\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.zarqa-city.example.jo\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <dm.social@zarqa-city.example.jo>: Recipient address rejected: User unknown in virtual mailbox table\n")
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review - Arab States <gcmrrarabstates@iom.int>\n"
            "To: ACIN Secretariat <secretariat@acin.example.org>\n"
            "Cc: office.mayor@saida-municipality.example.gov.lb, dm.social@zarqa-city.example.jo\n"
            "Subject: Re: ACIN nominations: 2 mayors (plenary + roundtable 1) [GCM-RR speaker request received]\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "Auto-Submitted: auto-replied\n" % (rfcdate(when - dt.timedelta(minutes=3)), ACK07_ID, M07_ID))
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "1612280091-eximdsn-1804289383",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-formatted message.  If you see this text it means that your\nE-mail software does not support MIME-formatted messages."
    rows = std_rows(when, "relay2.gcm-intake.example.net", "10.8.2.14", "4DTzD02xYkz9",
                    "Mail Delivery System <Mailer-Daemon@relay2.gcm-intake.example.net>",
                    "Mail delivery failed: returning message to sender", rfcdate(d),
                    "<E1l6zQx-0004Rt-8M@relay2.gcm-intake.example.net>",
                    extra=[("X-Failed-Recipients", "dm.social@zarqa-city.example.jo"), ("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(8, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exim DSN (multipart/report) for our acknowledgement of h150-07: the Cc'd deputy mayor's office address "
              "does not exist (5.1.1). The returned headers quote the speaker request subject and In-Reply-To h150-07; "
              "it is still a bounce, not part of that submission (thread_of null)."))


def m10():
    # mayor's office assistant, Levantine dialect, iPhone, on behalf, roundtable 4
    when = at("2021-02-04 13:26:17")
    sent = when - dt.timedelta(seconds=9)
    text = """مرحبا،

معكم رهف من مكتب رئيس بلدية برج حمود. الريّس حابب يشارك بمداخلة بالطاولة المستديرة الرابعة لأنه موضوعها قريب كتير من شغلنا مع العمال الأجانب بالمنطقة.

اسمه: المهندس مارون عيسى الخوري
صفته: رئيس بلدية برج حمود
البلدية: بلدية برج حمود - قضاء المتن

إذا في أي شي لازم نعبيه أو نبعته خبروني ع هالإيميل أو ع رقمي 03/224871

شكراً كتير
رهف

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-qt1-f181.google.example.com", "209.85.160.181", "4DVs7R5wBkz2",
           "Rahaf Merhi <rahaf.bhm.office@gmail.example.com>", hdr("مشاركة رئيس البلدية"),
           "<9B1E47D2-3C5A-4E8F-A6D0-77F2C1B8E903@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مارون عيسى الخوري", "رئيس بلدية برج حمود", "بلدية برج حمود - قضاء المتن", ["roundtable"], 4)],
        notes="Lebanese dialect; sent by an assistant in the mayor's office on his behalf (sender not a speaker); "
              "'المهندس' is an honorific; roundtable as an ordinal word ('الرابعة'); iPhone plain text, base64."))


def m11():
    # municipal social-services department: question, Arabic, HTML+text
    when = at("2021-02-04 16:50:02")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """السلام عليكم،

نحن قسم الخدمات الاجتماعية في بلدية البصرة، ونقدم منذ 2019 خدمات الإرشاد والمساعدة للعائدين والنازحين والعمال الوافدين في المدينة.

وصلتنا دعوتكم عن طريق دائرة المنظمات غير الحكومية، ولدينا استفسار: هل يحق لدائرة حكومية محلية مثلنا أن تقدم تقريراً طوعياً أو تطلب المشاركة بالكلام، أم أن ذلك يقتصر على منظمات المجتمع المدني، ويجب أن تمر مشاركة الجهات الحكومية عبر نقطة الاتصال الوطنية في وزارة الهجرة والمهجرين؟

نرجو التوضيح قبل نهاية الأسبوع إن أمكن.

مع التقدير،
علي حسين الساعدي
مسؤول قسم الخدمات الاجتماعية
بلدية البصرة
"""
    html = '<div dir="rtl" style="font-family:Arial">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html_wrap(html, "rtl"), cte="base64")],
                 "----=_Part_2281734_1039184267.1612450201998")
    m = mk(when, sent, "sonic307-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.180", "4DW0a1c6Nfz7",
           addr("علي حسين الساعدي", "basra.social.dept@yahoo.example.com"),
           hdr("استفسار عن مشاركة الدوائر البلدية"),
           "<1830226153.2281735.1612450201999@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17597 YMailNorrin")])
    add(11, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="eligibility question from a municipal social-services department (may a local government body submit "
              "a report or ask to speak, or must it go through the national focal point?): mentions both a report "
              "and speaking but submits nothing; the sender's name/title/affiliation in the signature are not a "
              "speaker proposal."))


def m12():
    # Tunisian network, two speakers, edge of the deadline, Date +0100
    when = at("2021-02-05 23:41:07")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Au nom du Bureau exécutif du Réseau des communes du Sud tunisien (RCST), et en l'absence de notre président actuellement en déplacement, je vous transmets, avant l'échéance de ce soir, les deux candidatures suivantes :

- Mme Héla Trabelsi, Maire de la Commune de Zarzis, pour une intervention en séance plénière ;
- M. Anis Gharbi, Directeur des affaires sociales et de la coopération décentralisée, Commune de Médenine, pour la table ronde thématique n° 2.

Nous vous prions de bien vouloir excuser l'envoi tardif, dû à la validation par le Bureau ce jour même.

Bien cordialement,

Mohamed Ali Ferjani
Secrétaire général
Réseau des communes du Sud tunisien (RCST)
Médenine - Tunisie
"""
    html = "<div>" + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(html))],
                 "----=_NextPart_000_0041_01D6FC11.A0B3C2D0")
    m = mk(when, sent, "smtp.topnet.example.tn", "197.2.14.66", "4DWqG83tJhz1",
           "RCST <rcst.secretariat@topnet.example.tn>",
           hdr("Candidatures RCST - plénière et table ronde 2", "utf-8", "Q"),
           "<004001d6fc08$f1e2d3c0$d5a87b40$@topnet.example.tn>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW/AjxYz3Kq9lLt0uYp2rXw5m1bQ==")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Héla Trabelsi", "Maire de la Commune de Zarzis", "Commune de Zarzis", ["plenary"]),
        sp("Anis Gharbi", "Directeur des affaires sociales et de la coopération décentralisée", "Commune de Médenine",
           ["roundtable"], 2)],
        notes="deadline edge: received 23:41 Beirut on Fri 5 Feb (Date header 22:41 +0100): on time although the "
              "sender apologises for being 'tardif'; two speakers in a dashed prose list with Mme/M.; network "
              "nominates members of member communes (affiliation = the commune, the mayor's title includes it); "
              "sent by the secretary general on behalf of the bureau."))


def m13():
    # governorate planning dept, late, cites the Arabic misprint
    when = at("2021-02-07 10:18:40")
    sent = tz(when - dt.timedelta(seconds=6), 2)
    text = """السادة المنظمين الكرام،

تحية طيبة،

استناداً إلى نص الدعوة باللغة العربية الذي حدد يوم الجمعة 23 شباط/فبراير 2021 آخر موعد لطلبات المشاركة بالكلام، نرجو قبول ترشيح:

الاسم: د. سهى محمود الشريف
الوظيفة: رئيسة قسم التخطيط الحضري والإقليمي
الجهة: مديرية التخطيط - محافظة الإسكندرية
نوع المشاركة: مداخلة في الجلسة العامة

وتفضلوا بقبول الاحترام،
م. خالد عبد الحميد
مدير مكتب مدير المديرية
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="quoted-printable"),
                                 leaf("text/html", html_wrap(html, "rtl"), cte="quoted-printable")],
                 "=_8c3b1f0e9a27d4c6b5e1f0a9")
    m = mk(when, sent, "mail.alex-gov.example.eg", "41.33.19.205", "4DXVn62PqTz5",
           addr("مديرية التخطيط - محافظة الإسكندرية", "planning.dir@alex-gov.example.eg"),
           hdr("طلب مشاركة بالكلام - الجلسة العامة"),
           "<b3f1c0d2e8a94f76@alex-gov.example.eg>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.8")])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سهى محمود الشريف", "رئيسة قسم التخطيط الحضري والإقليمي", "مديرية التخطيط - محافظة الإسكندرية",
           ["plenary"])],
        notes="LATE (Sun 7 Feb): the sender relies on the Arabic letter's misprinted deadline ('الجمعة 23 شباط'), "
              "but the English/French date (5 Feb) stands; 'د.' honorific; signed by the office manager ('م.' = "
              "engineer), not the speaker; 'الجلسة العامة' = plenary; the From display name spans two RFC 2047 "
              "encoded-words (policy.default shows a stray space: 'ال إسكندرية')."))


def m14():
    # thank-you reply to our acknowledgement of h150-07 (Outlook, quoted ack) -> no ack
    when = at("2021-02-08 09:03:12")
    sent = when - dt.timedelta(seconds=4)
    text = """Many thanks, well received. We will share the connection details with both mayors' offices.

Best,
Sami

Sami Dabbagh
Programme Officer, Migration & Local Governance
Arab Cities for Inclusion Network (ACIN)

From: GCM Regional Review - Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 5:31 PM
To: ACIN Secretariat <secretariat@acin.example.org>
Cc: office.mayor@saida-municipality.example.gov.lb; dm.social@zarqa-city.example.jo
Subject: Re: ACIN nominations: 2 mayors (plenary + roundtable 1) [GCM-RR speaker request received]

Dear Sir/Madam,

Thank you for your message. We confirm receipt of your speaking-role request for the following speakers:
 - Mounir Lahlou, Mayor, Municipality of Saida, Lebanon (plenary)
 - Huda Al-Rawashdeh, Deputy Mayor for Social Affairs, Greater Zarqa Municipality (roundtable 1)

The secretariat will contact you about the programme. Please keep the reference GCM-RR in any reply.

GCM Regional Review - Arab States secretariat
"""
    html = ('<div class=WordSection1>' + text2html(text) + '</div>')
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(html))],
                 "_000_PR3P195MB0613F1A2B3C4D5E6PR3P195MB0613EURP_")
    m = mk(when, sent, "mail-pr3eur02.outbound.protection.example.com", "40.107.1.92", "4DYC0f7HnMz3",
           "ACIN Secretariat <secretariat@acin.example.org>",
           "RE: ACIN nominations: 2 mayors (plenary + roundtable 1) [GCM-RR speaker request received]",
           "<PR3P195MB0613F1A2B3C4D5E6@PR3P195MB0613.EURP195.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ACK07_ID), ("References", M07_ID + " " + ACK07_ID),
                  ("Thread-Topic", "ACIN nominations: 2 mayors (plenary + roundtable 1)")])
    add(14, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h150-07.eml",
        notes="thank-you reply to our acknowledgement of h150-07, adds nothing new: do not acknowledge (no loop); the "
              "quoted acknowledgement lists both speakers with titles and roles, which must not be re-extracted; "
              "Outlook 'From:/Sent:' quote header, not '>' prefixed."))


def m15():
    # replacement speaker for h150-02, late, reply in thread
    when = at("2021-02-08 14:44:29")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

Pour faire suite à notre courriel du 28 janvier, Monsieur le Président de la Commune ne pourra malheureusement pas se libérer le 24 février (session extraordinaire du conseil municipal consacrée au budget).

Il sera remplacé par son premier adjoint, M. Karim Saidane, Premier vice-président de la Commune de Ksar Hellal, chargé des affaires sociales et de la coopération, pour la même intervention en séance plénière.

Nous vous remercions de votre compréhension.

Amel Jebali
Chef de cabinet du Président de la Commune
Commune de Ksar Hellal

-----Message d'origine-----
De : Amel Jebali <cabinet.president@commune-ksarhellal.example.tn>
Envoyé : jeudi 28 janvier 2021 14:36
À : gcmrrarabstates@iom.int
Objet : Demande de prise de parole - Séance plénière - Commune de Ksar Hellal

Madame, Monsieur,

J'ai l'honneur de vous faire savoir que Monsieur le Président de la Commune, M. Slim Ben Ammar, souhaite prendre la parole lors de la séance plénière [...]

- Nom : Slim BEN AMMAR
- Qualité : Président de la Commune (Maire)
- Institution : Commune de Ksar Hellal - Gouvernorat de Monastir, Tunisie
"""
    html = '<div class=WordSection1>' + text2html(text) + '</div>'
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1"),
                                 leaf("text/html", html_wrap(html, charset="iso-8859-1"), "iso-8859-1")],
                 "_000_DB8PR09MB26508A1D0C2E3F4B5A6C7D8E9F0DB8PR09MB2650eurp_")
    m = mk(when, sent, "mail-db8eur09.outbound.protection.example.com", "40.107.21.119", "4DYQ9v2ZsGz6",
           addr("Amel Jebali", "cabinet.president@commune-ksarhellal.example.tn"),
           hdr("RE: Demande de prise de parole - Séance plénière - Commune de Ksar Hellal", "iso-8859-1", "Q"),
           "<DB8PR09MB26508A1D0C2E3F4B5A6C7D8E9F0@DB8PR09MB2650.eurprd09.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID), ("X-Mailer", "Microsoft Outlook 16.0")])
    m["Content-Language"] = "fr-FR"
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of="h150-02.eml", speakers=[
            sp("Karim Saidane", "Premier vice-président de la Commune de Ksar Hellal, chargé des affaires sociales et de la coopération",
               "Commune de Ksar Hellal", ["plenary"])],
        notes="replacement speaker in a reply to h150-02, received 8 Feb: LATE as a message although the original "
              "request was on time; role only by reference ('la même intervention en séance plénière'); the quoted "
              "original (Outlook French '-----Message d'origine-----') still lists the replaced mayor, who must not be "
              "extracted; 'premier adjoint' vs formal title 'Premier vice-président'."))


M16_ID = "<CAB7nR2kPq5Xw9Lm1Zt4Yc8Vd3Fe6Gh0Ji7KlMo@mail.gmail.example.com>"
M16_FNAME = "تقرير اتحاد بلديات الفيحاء - الاتفاق العالمي للهجرة.docx"


def m16():
    # union of municipalities report, DOCX with Arabic name, Gmail RFC 2047 inside quotes
    when = at("2021-02-09 12:31:55")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """مساء الخير،

مرفق تقرير اتحاد بلديات الفيحاء الطوعي حول تنفيذ الاتفاق العالمي للهجرة على المستوى المحلي (طرابلس - الميناء - البداوي - القلمون)، ويتضمن معطيات عن العمال المهاجرين في المرفأ والمناطق الصناعية ومبادرات الاتحاد في مجال الإسكان والخدمات.

نرجو تأكيد الاستلام.

مع الشكر،
ريما الأيوبي
وحدة التخطيط والتنمية - اتحاد بلديات الفيحاء
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    docx = make_docx(["Union of Al-Fayhaa Municipalities", "Voluntary GCM review report - local level",
                      "Tripoli, El Mina, Beddawi, Qalamoun", "February 2021"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(M16_FNAME))],
               disp='attachment; filename="%s"' % b_word(M16_FNAME),
               extra=[("X-Attachment-Id", "f_kkx2q9ab0"), ("Content-ID", "<f_kkx2q9ab0>")])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")], "0000000000003d8e6b05bae5a011"),
                           att], "0000000000003d8e6d05bae5a013")
    m = mk(when, sent, "mail-wr1-f54.google.example.com", "209.85.221.54", "4DZ1m3KtQwz8",
           addr("Rima Ayoubi", "fayhaa.planning@gmail.example.com"),
           re_hdr("", "التقرير الطوعي - اتحاد بلديات الفيحاء"), M16_ID, body)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_FNAME],
        notes="collective local report of a union of four municipalities; Gmail style: Arabic DOCX name RFC 2047-"
              "encoded inside the quoted filename/name parameters; Latin-script display name, Arabic body. A "
              "'did you receive it' follow-up comes later (h150-19)."))


M17_ID = "<AS8PR07MB7014C1D2E3F4A5B6C7D8@AS8PR07MB7014.eurprd07.prod.outlook.example.com>"


def m17():
    # local development agency: PDF report + XLSX-ish annex as DOCX + inline logo decoy, Outlook
    when = at("2021-02-10 15:09:33")
    sent = when - dt.timedelta(seconds=6)
    text = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Mount Lebanon Local Development Agency (MLLDA), prepared with the municipal councils of Aley, Choueifat and Bchamoun, together with an annex containing the municipal service data (2018-2020) referred to in chapter 3.

The report looks at how municipalities have been absorbing the demand for basic services from migrant domestic and construction workers since the economic crisis, and what local authorities need from national and international partners.

Kind regards,

Georges Moawad
Director of Programmes
Mount Lebanon Local Development Agency (MLLDA)
www.mllda.example.org
"""
    html = ('<div class=WordSection1>' + text2html(text) +
            '<p class=MsoNormal><img width=120 height=40 id="Picture_x0020_1" src="cid:image001.png@01D6FFA2.3C1B2A40" alt="MLLDA"></p></div>')
    rel = multi("related", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(html))],
                                  "_000_AS8PR07MB7014C1D2E3F4A5B6C7D8AS8PR07MB7014eurp_"),
                            leaf("image/png", make_png(12, 4, (20, 110, 60)), cte="base64",
                                 params=[("name", '"image001.png"')], disp='inline; filename="image001.png"',
                                 extra=[("Content-ID", "<image001.png@01D6FFA2.3C1B2A40>")])],
                "_005_AS8PR07MB7014C1D2E3F4A5B6C7D8AS8PR07MB7014eurp_", params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Mount Lebanon Local Development Agency (MLLDA)", "Voluntary GCM Review Report", "February 2021"])
    annex = make_docx(["Annex 1 - Municipal service data 2018-2020", "Aley / Choueifat / Bchamoun"])
    body = multi("mixed", [rel, attach("application/pdf", pdf, "MLLDA_GCM_Voluntary_Report_Feb2021.pdf"),
                           attach(DOCX, annex, "Annex1_municipal_service_data.docx")],
                 "_006_AS8PR07MB7014C1D2E3F4A5B6C7D8AS8PR07MB7014eurp_")
    m = mk(when, sent, "mail-as8eur07.outbound.protection.example.com", "40.107.13.66", "4DZgT52JyWz4",
           "Georges Moawad <g.moawad@mllda.example.org>", "MLLDA voluntary GCM review report + annex",
           M17_ID, body, extra=[("X-MS-Has-Attach", "yes"), ("Thread-Topic", "MLLDA voluntary GCM review report + annex")])
    m["Content-Language"] = "en-US"
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=["MLLDA_GCM_Voluntary_Report_Feb2021.pdf", "Annex1_municipal_service_data.docx"],
        notes="report in two files (PDF + DOCX annex), both part of the report; Outlook layout with an inline "
              "signature logo image001.png (decoy, not part of the report); revised later by h150-22."))


def m18():
    # collective report, French, DOCX with accented name, RFC 2231 continuations, Thunderbird flowed
    when = at("2021-02-11 10:27:14")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Bonjour,

Vous trouverez en pièce jointe le rapport volontaire collectif relatif à la mise en œuvre du Pacte mondial sur les migrations au niveau local, élaboré par l'Association des présidents des conseils communaux de la région Souss-Massa (APCC-SM) avec l'appui de l'Agence régionale d'exécution des projets (AREP) et de cinq communes membres : Agadir, Inezgane, Aït Melloul, Tiznit et Taroudant.

Ce rapport a été validé en réunion du bureau de l'association le 9 février 2021.

Nous vous en souhaitons bonne réception et restons à votre disposition pour tout complément.

Cordialement,

--
Youssef Amzil
Chargé de mission coopération décentralisée
APCC Souss-Massa
"""
    fname = "Rapport_volontaire_PMM_communes_Souss-Massa_février_2021.docx"
    docx = make_docx(["Association des presidents des conseils communaux Souss-Massa",
                      "Rapport volontaire collectif - Pacte mondial sur les migrations", "Fevrier 2021"])
    att = leaf(DOCX, docx, cte="base64")
    att.replace_header("Content-Type", DOCX + ";\r\n " + ";\r\n ".join(rfc2231_cont("name", fname, 40)))
    att["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname, 40))
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit")
    tp.replace_header("Content-Type", "text/plain; charset=UTF-8; format=flowed")
    body = multi("mixed", [tp, att], "------------8A2F1C0E5D7B3946A1E0C2D4")
    body.preamble = "This is a multi-part message in MIME format."
    m = mk(when, sent, "smtp.apcc-sm.example.ma", "41.214.160.9", "4F0Bw81VpCz2",
           "Youssef Amzil <y.amzil@apcc-sm.example.ma>",
           hdr("Rapport volontaire collectif - communes de la région Souss-Massa", enc="Q"),
           "<2b7d9e41-6a0c-48f3-9e15-c3a8d2f07b64@apcc-sm.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report (association of council presidents + regional agency + five communes); DOCX name "
              "with 'é' as RFC 2231 continuations for both name*0* and filename*0*; Thunderbird flowed 8bit; "
              "'œ' in the body."))


def m19():
    # did-you-receive follow-up to h150-16, Arabic, Gmail quote
    when = at("2021-02-12 09:40:21")
    sent = tz(when - dt.timedelta(seconds=2), 2)
    text = """صباح الخير،

بعتنالكم التقرير يوم الثلاثاء وما وصلنا أي رد أو تأكيد، فحبينا نتأكد إنه وصلكم الملف وإنه بينفتح عندكم.

شكراً سلفاً،
ريما

On Tue, Feb 9, 2021 at 12:31 PM Rima Ayoubi <fayhaa.planning@gmail.example.com> wrote:
> مساء الخير،
>
> مرفق تقرير اتحاد بلديات الفيحاء الطوعي حول تنفيذ الاتفاق العالمي للهجرة على المستوى المحلي
> (طرابلس - الميناء - البداوي - القلمون)
>
> نرجو تأكيد الاستلام.
>
> مع الشكر،
> ريما الأيوبي
> وحدة التخطيط والتنمية - اتحاد بلديات الفيحاء
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "000000000000a17f2c05bb0e3d52")
    m = mk(when, sent, "mail-wm1-f44.google.example.com", "209.85.128.44", "4F0pK46LdXz9",
           addr("Rima Ayoubi", "fayhaa.planning@gmail.example.com"),
           re_hdr("Re: ", "التقرير الطوعي - اتحاد بلديات الفيحاء"),
           "<CAB7nR2mTq8Yw1Lp4Zs7Xc0Vd6Fe9Gh3Ji1KlNp@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M16_ID), ("References", M16_ID)])
    add(19, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h150-16.eml",
        notes="'did you receive it?' follow-up in Lebanese dialect replying to her own h150-16; no attachment this "
              "time (the quote mentions 'مرفق تقرير'); Gmail 'On ... wrote:' header in English above an Arabic quote."))


def m20():
    # English both: municipal council member, report PDF on time, speaker part late
    when = at("2021-02-13 19:55:48")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """Dear Secretariat,

Sorry to write so late for the speaking part; our council only met on Thursday.

1) Attached is the voluntary report of the Municipal Council of Greater Mosul's Committee on Displacement and Return, on local reintegration of returnees and migrant workers in the old city.

2) The council would also like to propose me as a speaker in the plenary session, or if not possible in roundtable 2.

Name: Ahmed Younis Al-Taie
Title: Member of the Municipal Council, Chair of the Committee on Displacement and Return
Affiliation: Greater Mosul Municipal Council

Regards,
Ahmed Al-Taie

Sent from Yahoo Mail for Android"""
    pdf = make_pdf(["Greater Mosul Municipal Council", "Committee on Displacement and Return",
                    "Voluntary GCM Review Report"])
    fname = "Mosul council report GCM.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(text2html(text)))],
                                 "----=_Part_1931442_722817465.1613238943001"),
                           attach("application/pdf", pdf, fname)],
                 "----=_Part_1931441_1804289383.1613238943001")
    m = mk(when, sent, "sonic314-14.consmr.mail.bf2.yahoo.example.com", "74.6.134.124", "4F1kR08BsJz3",
           "Ahmed Al-Taie <ahmed.altaie.mosul@yahoo.example.com>", "Report + speaker request - Greater Mosul Council",
           "<1677230418.1931443.1613238943002@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YahooMailAndroidMobile")])
    add(20, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ahmed Younis Al-Taie", "Member of the Municipal Council, Chair of the Committee on Displacement and Return",
           "Greater Mosul Municipal Council", ["plenary", "roundtable"], 2)],
        report_attachments=[fname],
        notes="both, received 13 Feb: report part on time, speaker part late, so on_time is false; self-nomination with "
              "a fallback ('plenary, or if not possible roundtable 2'): both roles recorded, roundtable 2; the body's "
              "affiliation wording ('Municipal Council of Greater Mosul's Committee...') differs from the labelled line."))


def m21():
    # urban agency report pasted in an HTML-only body, French
    when = at("2021-02-15 11:12:06")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    inner = """<div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Madame, Monsieur,</p>
<p>Faute de pouvoir joindre un document (notre messagerie institutionnelle limite la taille des envois), l'Agence urbaine de Sousse vous transmet ci-dessous, dans le corps du message, sa contribution volontaire à l'examen régional du Pacte mondial.</p>
<hr>
<h3>Contribution volontaire de l'Agence urbaine de Sousse &ndash; Pacte mondial pour des migrations sûres, ordonnées et régulières</h3>
<p><b>1. Contexte.</b> L'agglomération de Sousse accueille une population migrante croissante (étudiants et travailleurs d'Afrique subsaharienne, travailleurs saisonniers de l'hôtellerie), largement installée dans des quartiers d'habitat spontané en périphérie.</p>
<p><b>2. Actions engagées (objectifs 15 et 16 du Pacte).</b></p>
<ul>
<li>intégration des quartiers d'accueil dans la révision du plan d'aménagement urbain (PAU) 2019-2021 ;</li>
<li>cartographie participative des services de proximité avec trois associations de quartier ;</li>
<li>guichet d'information logement conjoint avec la Commune de Sousse et le Gouvernorat.</li>
</ul>
<p><b>3. Difficultés.</b> Absence de données désagrégées par statut migratoire à l'échelle communale ; compétences en matière de logement partagées entre l'État et les collectivités.</p>
<p><b>4. Recommandations.</b> Associer les agences urbaines et les communes aux plans nationaux de mise en œuvre du Pacte ; financer des observatoires urbains locaux de la mobilité.</p>
<hr>
<p>Avec nos salutations distinguées,</p>
<p>Leïla Mansour<br>Architecte-urbaniste, Chef du service Études et Planification<br>Agence urbaine de Sousse (AUS)</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    m = mk(when, sent, "webmail.aus.example.tn", "193.95.92.41", "4F2sP93ZxVz5",
           addr("Leïla Mansour", "l.mansour@aus.example.tn", enc="Q"),
           hdr("Contribution volontaire - Agence urbaine de Sousse (PMM)", enc="Q"),
           "<20210215101203.Horde.Qx7ZbK1mNvA3pL9sT4eR2w1@webmail.aus.example.tn>", body,
           extra=[("User-Agent", "Horde Application Framework 5")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="report pasted in an HTML-only body (headings, list) because attachments are size-limited: no "
              "report_attachments; called 'contribution volontaire' rather than 'rapport'; Horde webmail."))


def m23():
    # governorate report from an iPhone, two words, 23:52 on 16 Feb (edge, on time)
    when = at("2021-02-16 23:52:40")
    sent = when - dt.timedelta(seconds=7)
    text = "مرفق التقرير\n\nمحافظة البلقاء - وحدة التنمية المحلية\n\nSent from my iPhone\n"
    pdf = make_pdf(["Balqa Governorate - Local Development Unit", "GCM voluntary report 2021"])
    fname = "Balqa_LDU_GCM_report.pdf"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"),
                           attach("application/pdf", pdf, fname)],
                 "Apple-Mail-7D3A1B2C-4E5F-6071-8293-A4B5C6D7E8F9")
    m = mk(when, sent, "mail-oi1-f170.google.example.com", "209.85.167.170", "4F3nB17WqRz1",
           "Balqa LDU <balqa.ldu@gmail.example.com>", "report",
           "<E7C1A9B3-2D4F-4A6B-8C0D-9E1F2A3B4C5D@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="deadline edge: received 23:52:40 Beirut on Tue 16 Feb, on time; almost no text ('مرفق التقرير' + unit "
              "name + English 'Sent from my iPhone'), English one-word subject and English file name: language ar "
              "from the body."))


def m22():
    # revised report v2 in reply to h150-17, on time
    when = at("2021-02-16 16:20:10")
    sent = when - dt.timedelta(seconds=5)
    text = """Dear colleagues,

Apologies for the extra email. Please use the attached version 2 of our report instead of the one sent on 10 February: the figures in section 3.2 (Choueifat) were taken from an older dataset and the executive summary has been shortened. The annex is unchanged, so I have not re-sent it.

Best regards,
Georges

Georges Moawad
Director of Programmes
Mount Lebanon Local Development Agency (MLLDA)

________________________________
From: Georges Moawad <g.moawad@mllda.example.org>
Sent: Wednesday, February 10, 2021 3:09 PM
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Subject: MLLDA voluntary GCM review report + annex

Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Mount Lebanon Local Development Agency (MLLDA), prepared with the municipal councils of Aley, Choueifat and Bchamoun, together with an annex containing the municipal service data (2018-2020) referred to in chapter 3.
"""
    pdf = make_pdf(["Mount Lebanon Local Development Agency (MLLDA)", "Voluntary GCM Review Report - v2",
                    "February 2021 (revised)"])
    fname = "MLLDA_GCM_Voluntary_Report_Feb2021_v2.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(text2html(text)))],
                                 "_000_AS8PR07MB70149F8E7D6C5B4AAS8PR07MB7014eurp_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_AS8PR07MB70149F8E7D6C5B4AAS8PR07MB7014eurp_")
    m = mk(when, sent, "mail-as8eur07.outbound.protection.example.com", "40.107.13.71", "4F3V0d5HkLz7",
           "Georges Moawad <g.moawad@mllda.example.org>", "RE: MLLDA voluntary GCM review report + annex",
           "<AS8PR07MB70149F8E7D6C5B4A@AS8PR07MB7014.eurprd07.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID), ("X-MS-Has-Attach", "yes")])
    m["Content-Language"] = "en-US"
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of="h150-17.eml", report_attachments=[fname],
        notes="revised report (v2) replying to h150-17, replaces the main PDF only; the annex of h150-17 is "
              "explicitly unchanged and not re-sent (not in this message's report_attachments); on time (16 Feb "
              "afternoon); Outlook '____ From:' quote of the original."))


def m24():
    # late both, French, two speakers + DOCX, sent on behalf of the president of an urban community
    when = at("2021-02-17 13:05:52")
    sent = tz(when - dt.timedelta(seconds=4), 0)
    text = """Bonjour,

Sur instruction de Madame la Présidente de la Communauté urbaine de Nouakchott, je vous prie de trouver ci-joint le rapport volontaire de la Communauté urbaine sur la gestion locale des migrations (accueil, état civil, accès aux services de base dans les communes de Nouakchott).

La Communauté urbaine souhaiterait en outre être représentée à la conférence par :
  * Mme Fatimetou Mint Abdel Malick, Présidente de la Communauté urbaine de Nouakchott (CUN) : table ronde thématique 3 ;
  * M. Sidi Mohamed Ould Cheikh, Directeur du développement social, CUN : discussion ouverte de la consultation du 23 février.

Nous sommes conscients que les délais sont dépassés, la validation interne ayant pris plus de temps que prévu, et vous serions reconnaissants de bien vouloir examiner néanmoins cette demande.

Cordialement,

Aïchetou Sall
Assistante de direction - Cabinet de la Présidente
Communauté urbaine de Nouakchott
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    docx = make_docx(["Communaute urbaine de Nouakchott", "Rapport volontaire - gestion locale des migrations",
                      "Fevrier 2021"])
    fname = "Rapport CUN - Pacte mondial migrations.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "000000000000f0a2c105bb8a9e31"),
                           attach(DOCX, docx, fname)], "000000000000f0a2c305bb8a9e33")
    m = mk(when, sent, "mail-wm1-f67.google.example.com", "209.85.128.67", "4F3yH28KcMz4",
           addr("Aïchetou Sall", "cabinet.presidente.cun@gmail.example.com", enc="Q"),
           hdr("Rapport volontaire et demande d'intervention - Communauté urbaine de Nouakchott", enc="Q"),
           "<CAD4pT9nWq2Xr6Lm8Zs1Yc5Vd0Fe3Gh7Ji4KlQr@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Fatimetou Mint Abdel Malick", "Présidente de la Communauté urbaine de Nouakchott (CUN)",
           "Communauté urbaine de Nouakchott (CUN)", ["roundtable"], 3),
        sp("Sidi Mohamed Ould Cheikh", "Directeur du développement social", "Communauté urbaine de Nouakchott (CUN)",
           ["open_discussion"])],
        report_attachments=[fname],
        notes="both, LATE for both parts (17 Feb); sent by an assistant on the president's instruction; two speakers "
              "in a bulleted list with Mme/M.; 'Mint' and 'Ould' are part of Mauritanian names, not honorifics; "
              "title and affiliation separated by ':' for the first, by a comma with the acronym only ('CUN') for the "
              "second: fullest form taken from the body; Date header in UTC (+0000)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
