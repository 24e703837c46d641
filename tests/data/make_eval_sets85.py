#!/usr/bin/env python3
"""Write the blind evaluation set holdout85 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets85.py
Theme: media and journalists covering migration (newspapers, radio/TV, fact-checkers, syndicates,
bloggers, podcasters) in Lebanon, Tunisia, Jordan, Iraq, Morocco, Egypt.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout85")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h85-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def sig_html(t):
    return html_wrap('<div dir="ltr">' + text2html(t) + '</div>')


# ================================================================ the 24 messages
M01_ID = "<CAJx7pQ2mT4vN8wR1kZ0bHc5yE3uLd9sA6fGqW2oPj7Xn4Kr@mail.gmail.com>"


def m01():
    when = at("2021-01-27 10:12:33")
    sent = when - dt.timedelta(seconds=4)
    text = """Hi there,

I'm forwarding you the details of my colleague Rami below. He has covered the migrant domestic workers story for us for years (kafala, the sponsorship transfers, the stranded workers during lockdown) and I think he would be a great voice for the roundtable on labour migration -- a floor intervention if that's how it works.

Happy to answer any questions.

Best,
Hana

--
Hana Masri
Managing Editor | The Jordan Daily Courier
+962 6 555 0190

---------- Forwarded message ---------
From: Rami Haddad <r.haddad@jdcourier.example.com>
Date: Tue, Jan 26, 2021 at 4:02 PM
Subject: card
To: Hana Masri <h.masri@jdcourier.example.com>


here u go

--
Rami Haddad
Deputy Editor \u2013 Migration & Labour Desk
The Jordan Daily Courier (JDC)
Amman, Jordan
M: +962 79 555 0142
Twitter: @ramihaddad_jdc
"""
    html = sig_html(text)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000b7e41205b9d3aa11")
    rows = std_rows(when, "mail-ej1-f47.google.com", "209.85.218.47", "4DQm1s2Yb8z1",
                    "Hana Masri <h.masri@jdcourier.example.com>",
                    "Fwd: card", rfcdate(sent), M01_ID, ret="h.masri@jdcourier.example.com")
    add(1, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Rami Haddad", "Deputy Editor \u2013 Migration & Labour Desk",
                     "The Jordan Daily Courier (JDC)", ["roundtable"])],
        notes="sender (managing editor) is not the speaker; the speaker's name, title and affiliation appear only "
              "in the forwarded signature 'card' (subject 'Fwd: card' says nothing); roundtable named by theme "
              "('labour migration'), no number -> roundtable null; title later corrected in h85-08."))


def m02():
    when = at("2021-01-28 14:40:05")
    sent = when - dt.timedelta(seconds=6)
    text = """Bonjour,

Suite \u00e0 votre lettre d'invitation concernant l'Examen r\u00e9gional du Pacte mondial sur les migrations dans la r\u00e9gion arabe, nous avons l'honneur de vous proposer l'intervenante suivante :

Radio Djerba Horizons, r\u00e9dactrice en chef, Mme Sonia Ben Amor

pour une intervention depuis la salle lors d'une s\u00e9ance pl\u00e9ni\u00e8re (24 ou 25 f\u00e9vrier, selon vos disponibilit\u00e9s). Mme Ben Amor anime depuis 2017 l'\u00e9mission hebdomadaire \u00ab Ghorba \u00bb consacr\u00e9e aux migrants subsahariens et aux familles de harraga de Zarzis et M\u00e9denine.

Nous restons \u00e0 votre disposition pour tout compl\u00e9ment d'info.

Cordialement,

Mehdi Trabelsi
Charg\u00e9 de communication
Radio Djerba Horizons \u2013 98.6 FM
Houmt Souk, Djerba \u2013 Tunisie
T\u00e9l : +216 75 650 000
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=windows-1252"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="FR" link="#0563C1">'
            '<div class="WordSection1">\n'
            + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(p).replace("\n", "<br>") or "&nbsp;")
                        for p in text.split("\n\n"))
            + "\n</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "windows-1252"),
                                 leaf("text/html", html, "windows-1252")],
                 "_000_VI1PR0801MB21447E0C3A9B2F55D1A6C2E4D9B80VI1PR0801MB2144_")
    rows = std_rows(when, "EUR05-VI1-obe.outbound.protection.outlook.com", "40.107.21.93", "4DRS8k0hVQz2",
                    addr("Mehdi Trabelsi", "m.trabelsi@radiodjerbahorizons.example.tn"),
                    hdr("Proposition d'intervenante \u2013 Examen r\u00e9gional PMM", "windows-1252", "Q"),
                    rfcdate(tz(sent, 1)),
                    "<VI1PR0801MB21447E0C3A9B2F55D1A6C2E4D9B80@VI1PR0801MB2144.eurprd08.prod.outlook.com>",
                    ret="m.trabelsi@radiodjerbahorizons.example.tn",
                    extra=[("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")])
    add(2, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Sonia Ben Amor", "r\u00e9dactrice en chef", "Radio Djerba Horizons", ["plenary"])],
        notes="speaker given as 'Organisation, titre, Mme Nom' (title after the organisation, honorific before the "
              "name); sender (communication officer) signs, speaker does not; 'intervention depuis la salle lors "
              "d'une s\u00e9ance pl\u00e9ni\u00e8re' = plenary; windows-1252 Outlook."))


def m03():
    when = at("2021-01-29 09:05:47")
    sent = when - dt.timedelta(seconds=9)
    text = """\u0645\u0631\u062d\u0628\u0627\u060c

\u0646\u062d\u0646\u0627 \u0645\u0648\u0642\u0639 \u00ab\u0632\u0648\u0627\u064a\u0627\u00bb \u0627\u0644\u0625\u062e\u0628\u0627\u0631\u064a \u0645\u0646 \u0628\u064a\u0631\u0648\u062a\u060c \u0639\u0645 \u0646\u0634\u062a\u063a\u0644 \u0639\u0644\u0649 \u062a\u063a\u0637\u064a\u0629 \u062e\u0627\u0635\u0629 \u0639\u0646 \u0627\u0644\u0647\u062c\u0631\u0629 \u0648\u0627\u0644\u0644\u062c\u0648\u0621 \u0628\u0644\u0628\u0646\u0627\u0646 \u0648\u0627\u0644\u0645\u0646\u0637\u0642\u0629. \u062d\u0627\u0628\u064a\u0646 \u0646\u0639\u0631\u0641 \u0625\u0630\u0627 \u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639 \u064a\u0644\u064a \u0631\u062d \u064a\u0635\u064a\u0631 \u0628\u0640 23 \u0648 24 \u0648 25 \u0634\u0628\u0627\u0637 \u0631\u062d \u064a\u0643\u0648\u0646 \u0641\u064a\u0647 \u0628\u062b \u0645\u0628\u0627\u0634\u0631 \u0639\u0627\u0644\u064a\u0648\u062a\u064a\u0648\u0628 \u0623\u0648 \u0627\u0644\u0641\u064a\u0633\u0628\u0648\u0643\u061f \u0648\u0625\u0630\u0627 \u0641\u064a \u0625\u0645\u0643\u0627\u0646\u064a\u0629 \u0646\u0627\u062e\u062f \u0644\u0642\u0637\u0627\u062a \u0645\u0646 \u0627\u0644\u062c\u0644\u0633\u0627\u062a \u0623\u0648 \u0646\u0633\u062c\u0651\u0644 \u0645\u0642\u0627\u0628\u0644\u0627\u062a \u0642\u0635\u064a\u0631\u0629 \u0645\u0639 \u0627\u0644\u0645\u0634\u0627\u0631\u0643\u064a\u0646 \u0628\u0639\u062f \u0627\u0644\u062c\u0644\u0633\u0627\u062a\u061f

\u0648\u0643\u0645\u0627\u0646 \u0645\u0634 \u0648\u0627\u0636\u062d \u0639\u0646\u0627 \u0625\u0630\u0627 \u0627\u0644\u0635\u062d\u0627\u0641\u064a\u064a\u0646 \u0644\u0627\u0632\u0645 \u064a\u0633\u062c\u0644\u0648\u0627 \u0628\u0634\u064a \u0631\u0627\u0628\u0637 \u062e\u0627\u0635 \u0648\u0644\u0627 \u0628\u064a\u0643\u0641\u064a \u0627\u0644\u062a\u0633\u062c\u064a\u0644 \u0627\u0644\u0639\u0627\u062f\u064a.

\u0634\u0643\u0631\u0627\u064b \u0633\u0644\u0641\u0627\u064b
\u0631\u064a\u0645 \u0627\u0644\u062d\u0627\u062c
\u0642\u0633\u0645 \u0627\u0644\u062a\u062d\u0642\u064a\u0642\u0627\u062a - \u0632\u0648\u0627\u064a\u0627

\u0645\u0631\u0633\u0644 \u0645\u0646 Samsung Galaxy \u0627\u0644\u0630\u0643\u064a \u0627\u0644\u062e\u0627\u0635 \u0628\u064a
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    rows = std_rows(when, "mail-wm1-f66.google.com", "209.85.128.66", "4DRtP50m3Fz3",
                    addr("\u0631\u064a\u0645 \u0627\u0644\u062d\u0627\u062c", "reem.elhajj.zawaya@gmail.example.com"),
                    hdr("\u0633\u0624\u0627\u0644 \u0639\u0646 \u0627\u0644\u0628\u062b \u0627\u0644\u0645\u0628\u0627\u0634\u0631 \u0648\u0627\u0644\u062a\u063a\u0637\u064a\u0629 \u0627\u0644\u0625\u0639\u0644\u0627\u0645\u064a\u0629"),
                    rfcdate(sent), "<5f3a9c21.1c69fb81.7e2d4.a0b1@mx.google.com>",
                    ret="reem.elhajj.zawaya@gmail.example.com")
    add(3, when, top(body, rows), dict(
        category="other", language="ar", acknowledge=True, on_time=None,
        notes="Lebanese colloquial (\u0646\u062d\u0646\u0627, \u0639\u0645 \u0646\u0634\u062a\u063a\u0644, \u062d\u0627\u0628\u064a\u0646, \u0645\u0634 \u0648\u0627\u0636\u062d); news site asks about live-streaming, filming and "
              "interviews: logistics question, no speaker proposed even though 'participants' and dates are "
              "mentioned; base64 plain text from Android."))


def m04():
    when = at("2021-02-01 22:31:10")
    sent = when - dt.timedelta(seconds=5)
    text = """hey team,

my name's Karim, i make Min Hon, a podcast (arabic/english) about migrant workers and refugees in lebanon. we just wrapped a 6 episode series on the kafala system and what happened to domestic workers after the port blast.

saw the invitation being shared on twitter. i'd love to take part in the open discussion on the 23rd, mostly to bring in the voices of the workers we interview, who rarely make it into these rooms.

is that possible for someone like me who isn't an NGO? let me know what you need from me, cv, links to episodes etc

thanks!
Karim
@minhonpodcast

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    body.set_param("format", "flowed")
    body.set_param("delsp", "yes")
    rows = std_rows(when, "mail-pj1-f43.google.com", "209.85.216.43", "4DV0Hq3fKcz1",
                    "Karim <minhonpodcast@gmail.example.com>",
                    "open discussion 23 feb", rfcdate(sent),
                    "<3B0F1E7A-8C2D-4E55-9A61-D02C7F4B9E13@gmail.example.com>",
                    ret="minhonpodcast@gmail.example.com",
                    extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(4, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Karim", None, "Min Hon", ["open_discussion"])],
        notes="sender is the speaker and gives only a first name and a social-media handle; affiliation is his "
              "podcast 'Min Hon' (introduced as 'i make Min Hon, a podcast'), no title; all lower case, iPhone; "
              "asks whether a non-NGO may take part (still a request)."))


M05_ID = "<AM6PR03MB4521C8E0F6A3B9D27E1F04C7A2D10@AM6PR03MB4521.eurprd03.prod.outlook.com>"
M05_PDF = "TahaqqaqMasr_GCM_Voluntary_Review_Executive_Summary.pdf"


def m05():
    when = at("2021-02-02 12:18:54")
    sent = when - dt.timedelta(seconds=7)
    text = """السادة الأفاضل في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،
تحية طيبة وبعد،

يسرّ منصة «تحقّق مصر» لتدقيق المعلومات أن تتقدم إليكم بتقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، في إطار الاستعراض الإقليمي للمنطقة العربية. ويركّز التقرير على الهدف 17 (القضاء على جميع أشكال التمييز وتعزيز الخطاب العام القائم على الأدلة) من خلال رصد المعلومات المضللة عن المهاجرين واللاجئين في وسائل الإعلام ومنصات التواصل في مصر خلال عامي 2019 و2020.

تجدون التقرير كاملاً مع ملاحقه (قاعدة بيانات الادعاءات التي جرى التحقق منها، ومنهجية الرصد) على الرابط التالي:
https://drive.google.com/drive/folders/1xQ7mTzK4vRb9Lp2NwE8cJ3sYdA0hUfG5?usp=sharing

كما نرفق طيّه الملخص التنفيذي بصيغة PDF لتسهيل الاطلاع.

وتفضلوا بقبول فائق الاحترام والتقدير،

نهى عبد الحميد
مديرة التحرير
منصة تحقّق مصر لتدقيق المعلومات
القاهرة – جمهورية مصر العربية
"""
    html = html_wrap('<div dir="rtl" style="font-family:Arial;font-size:12pt">' + text2html(text).replace(
        "https://drive.google.com/drive/folders/1xQ7mTzK4vRb9Lp2NwE8cJ3sYdA0hUfG5?usp=sharing",
        '<a href="https://drive.google.com/drive/folders/1xQ7mTzK4vRb9Lp2NwE8cJ3sYdA0hUfG5?usp=sharing">'
        'https://drive.google.com/drive/folders/1xQ7mTzK4vRb9Lp2NwE8cJ3sYdA0hUfG5?usp=sharing</a>') + '</div>')
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_AM6PR03MB4521C8E0F6A3B9D27E1F04C7A2D10AM6PR03MB4521eurp_")
    pdf = make_pdf(["Tahaqqaq Masr - Fact-checking platform", "Voluntary GCM Review - Executive Summary",
                    "Objective 17: misinformation about migrants in Egyptian media 2019-2020",
                    "Full report and annexes: shared folder (see cover email)"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % M05_PDF)],
               disp='attachment; filename="%s"; size=%d' % (M05_PDF, len(pdf)))
    body = multi("mixed", [alt, att], "_004_AM6PR03MB4521C8E0F6A3B9D27E1F04C7A2D10AM6PR03MB4521eurp_")
    rows = std_rows(when, "EUR03-AM5-obe.outbound.protection.outlook.com", "40.107.3.101", "4DVQ7n2TkLz4",
                    addr("نهى عبد الحميد", "noha.abdelhamid@tahaqqaq-masr.example.org"),
                    hdr("التقرير الطوعي لمنصة تحقّق مصر – الاستعراض الإقليمي للاتفاق العالمي للهجرة"),
                    rfcdate(sent), M05_ID, ret="noha.abdelhamid@tahaqqaq-masr.example.org",
                    extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-EG")])
    rows.insert(5, ("Cc", addr("أحمد سامي", "ahmed.samy@tahaqqaq-masr.example.org")))
    add(5, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M05_PDF],
        notes="report given both as a Google Drive link (full report + annexes) and as an attached PDF "
              "(executive summary): the attachment is part of the report; formal MSA; Outlook base64 "
              "multipart/mixed; revised version sent in h85-19."))


def m06():
    when = at("2021-02-03 10:47:02")
    sent = when - dt.timedelta(seconds=12)
    text = """Bonjour Madame, Monsieur,

Je suis journaliste a l'hebdomadaire Le Reporter Marocain (Casablanca), je couvre depuis plusieurs annees les questions migratoires : migrants subsahariens au Maroc, MRE, retours forces, etc...

Je voulais savoir svp s'il y a une procedure d'accreditation presse pour suivre la conference regionale du 24-25 fevrier, vu qu'elle se tient en ligne. Est-ce qu'il faut une carte de presse, ou bien une lettre de la redaction suffit ? Et est-ce que les journalistes peuvent poser des questions pendant les sessions ou seulement suivre ?

Merci d'avance pour votre retour.

Bien a vous
Youssef El Amrani
Journaliste - Le Reporter Marocain
GSM : +212 6 61 55 02 37
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "sonic301-21.consmr.mail.ir2.yahoo.com", "77.238.177.146", "4DVxq91hZpz2",
                    "Youssef El Amrani <y_elamrani@yahoo.example.fr>",
                    "Accreditation presse - conference regionale PMM", rfcdate(tz(sent, 1)),
                    "<1204729531.3318842.1612345610221@mail.yahoo.com>", ret="y_elamrani@yahoo.example.fr",
                    extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(6, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=True, on_time=None,
        notes="press accreditation question from a Moroccan journalist, French typed without accents (7bit); "
              "no speaker request and no report although he describes his beat; Date header in +0100."))


M07_ID = "<DB7PR02MB3977E1F2A4C5D3B6F9A0182C4E770@DB7PR02MB3977.eurprd02.prod.outlook.com>"


def m07():
    when = at("2021-02-03 16:22:19")
    sent = when - dt.timedelta(seconds=3)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"><style>
p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
td{border:solid windowtext 1.0pt;padding:0cm 5.4pt;}
</style></head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Dear GCM Regional Review team,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">On behalf of Cedar News Television (CNT), Beirut, please find below our nominations for the Regional Review conference on 24-25 February. Both colleagues have reported extensively on migrant domestic workers, the Beirut port explosion and return movements to Syria.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Name</b></p></td><td><p class="MsoNormal"><b>Position</b></p></td><td><p class="MsoNormal"><b>Requested role</b></p></td></tr>
<tr><td><p class="MsoNormal">Ms. Joumana Fakhoury</p></td><td><p class="MsoNormal">Senior Anchor and Host of &quot;Crossroads&quot;</p></td><td><p class="MsoNormal">Rapporteur (key messages)</p></td></tr>
<tr><td><p class="MsoNormal">Mr. Ziad Azar</p></td><td><p class="MsoNormal">Investigative Producer, Migration Unit</p></td><td><p class="MsoNormal">Floor intervention &#8211; Roundtable IV</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kindly let us know if you need bios or headshots.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best regards,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Nadine Karam</b><br>Head of Public Affairs<br>Cedar News Television | CNT<br>Hazmieh, Lebanon</p>
</div></body></html>
"""
    body = leaf("text/html", html, "us-ascii", "quoted-printable")
    rows = std_rows(when, "EUR02-DB5-obe.outbound.protection.outlook.com", "40.107.20.57", "4DW5Bc1RrJz3",
                    "Nadine Karam <n.karam@cnt-lb.example.com>",
                    "Nominations - CNT - GCM Regional Review", rfcdate(sent), M07_ID,
                    ret="n.karam@cnt-lb.example.com", extra=[("Content-Language", "en-US")])
    aff = "Cedar News Television (CNT)"
    add(7, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Joumana Fakhoury", "Senior Anchor and Host of \"Crossroads\"", aff, ["rapporteur"]),
                  sp("Ziad Azar", "Investigative Producer, Migration Unit", aff, ["roundtable"], 4)],
        notes="HTML-only Outlook message, two speakers in a table (name/position/role columns) with honorifics "
              "Ms./Mr.; affiliation only in the intro sentence and the sender's signature; roundtable in Roman "
              "numerals ('Roundtable IV'); sender (Head of Public Affairs) is not a speaker."))


def m08():
    when = at("2021-02-04 09:11:40")
    sent = when - dt.timedelta(seconds=4)
    quoted = """Hi there,

I'm forwarding you the details of my colleague Rami below. He has covered the migrant domestic workers story for us for years (kafala, the sponsorship transfers, the stranded workers during lockdown) and I think he would be a great voice for the roundtable on labour migration -- a floor intervention if that's how it works.

Happy to answer any questions.

Best,
Hana

--
Hana Masri
Managing Editor | The Jordan Daily Courier
+962 6 555 0190

---------- Forwarded message ---------
From: Rami Haddad <r.haddad@jdcourier.example.com>
Date: Tue, Jan 26, 2021 at 4:02 PM
Subject: card
To: Hana Masri <h.masri@jdcourier.example.com>


here u go

--
Rami Haddad
Deputy Editor \u2013 Migration & Labour Desk
The Jordan Daily Courier (JDC)
Amman, Jordan
M: +962 79 555 0142
Twitter: @ramihaddad_jdc"""
    text = ("""Hello again,

Small correction to my email below, apologies -- Rami's card is out of date. He is no longer Deputy Editor; since January he is our Senior Correspondent (migration and labour). Could you please use "Senior Correspondent" for him in the programme and anywhere else.

Everything else stands: same person, same roundtable.

Thanks and sorry for the confusion,
Hana

On Wed, Jan 27, 2021 at 10:12 AM Hana Masri <h.masri@jdcourier.example.com> wrote:

""" + "\n".join("> " + l if l else ">" for l in quoted.split("\n")) + "\n")
    html = sig_html(text)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000004c2a9805ba8e01f3")
    rows = std_rows(when, "mail-ed1-f52.google.com", "209.85.208.52", "4DWb2p4CnRz1",
                    "Hana Masri <h.masri@jdcourier.example.com>",
                    "Re: Fwd: card", rfcdate(sent),
                    "<CAJx7pQ0sN3hK7yV2wL5dFg8tB1mRc4eU9iZ6oXa0Pq3Yj5Ts@mail.gmail.com>",
                    ret="h.masri@jdcourier.example.com",
                    extra=[("In-Reply-To", M01_ID), ("References", M01_ID)])
    add(8, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Rami Haddad", "Senior Correspondent", "The Jordan Daily Courier (JDC)", ["roundtable"])],
        thread_of="h85-01.eml",
        notes="follow-up to h85-01 correcting the speaker's title (Deputy Editor -> Senior Correspondent); the "
              "old title is still in the quoted forward; speaker's surname, affiliation and role only in the "
              "quoted text ('same person, same roundtable'); subject 'Re: Fwd: card'."))


def m09():
    when = at("2021-02-04 13:30:00")
    sent = when - dt.timedelta(seconds=15)
    text = """بسم الله الرحمن الرحيم

السادة/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة – المنطقة العربية المحترمين
تحية طيبة وبعد،

إشارةً إلى كتاب الدعوة الخاص بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وحيث إن آخر موعد لتقديم طلبات المشاركة بالكلمات هو يوم الجمعة الموافق 23 شباط 2021 حسب ما ورد في الكتاب، يسرّ نقابة الصحفيين الأردنيين أن ترشّح الزميلين التاليين:

1- الاسم: عمر يوسف الخطيب
   الصفة: رئيس لجنة الحريات الصحفية
   المشاركة المطلوبة: مداخلة من القاعة في الجلسة العامة (24-25 شباط)

2- الاسم: سلمى العبادي
   الصفة: عضو مجلس النقابة
   المشاركة المطلوبة: المشاركة في النقاش المفتوح للمشاورة مع أصحاب المصلحة المتعددين (23 شباط)

ونؤكد اهتمام النقابة بإبراز دور الإعلام في مواجهة خطاب الكراهية ضد اللاجئين والعمال المهاجرين.

وتفضلوا بقبول فائق الاحترام،

المكتب التنفيذي
نقابة الصحفيين الأردنيين
عمّان – جبل اللويبدة
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    rows = std_rows(when, "mail.jpa-syndicate.example.jo", "185.99.12.40", "4DWkS73LmVz2",
                    addr("نقابة الصحفيين الأردنيين", "info@jpa-syndicate.example.jo", "windows-1256", "B"),
                    hdr("ترشيح متحدثين – نقابة الصحفيين الأردنيين", "windows-1256", "B"),
                    rfcdate(sent), "<000c01d6faf2$7b3e1a40$71ba4ec0$@jpa-syndicate.example.jo>",
                    ret="info@jpa-syndicate.example.jo",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adb68nJ2bFqkR4xWQ0OSZbVh3lS9cQ==")])
    aff = "نقابة الصحفيين الأردنيين"
    add(9, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عمر يوسف الخطيب", "رئيس لجنة الحريات الصحفية", aff, ["plenary"]),
                  sp("سلمى العبادي", "عضو مجلس النقابة", aff, ["open_discussion"])],
        notes="formal MSA letter from a syndicate's shared address, windows-1256 QP; quotes the Arabic letter's "
              "misprinted deadline ('الجمعة 23 شباط') but is sent 4 Feb so on time either way; two speakers in a "
              "numbered field list, affiliation only in the intro and the unsigned signature block; "
              "'مداخلة من القاعة في الجلسة العامة' = plenary, 'النقاش المفتوح' = open discussion."))


def m10():
    when = at("2021-02-04 13:31:12")
    sent = when - dt.timedelta(seconds=2)
    text = """Bonjour,

Je suis actuellement en reportage dans la region de l'Oriental (Oujda - Nador) jusqu'au 10 fevrier, avec un acces tres limite a mes emails.

Pour toute urgence, merci de contacter la redaction : redaction@lereportermarocain.example.ma

Cordialement,
Youssef El Amrani

*** Ceci est une reponse automatique ***
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "sonic307-3.consmr.mail.ir2.yahoo.com", "77.238.177.32", "4DWkT85qNbz3",
                    "Youssef El Amrani <y_elamrani@yahoo.example.fr>",
                    hdr("R\u00e9ponse automatique : Re: Accreditation presse - conference regionale PMM", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<1861203447.5520917.1612438270114@mail.yahoo.com>",
                    ret="",
                    extra=[("In-Reply-To", "<ack-20210204-0117@gcmrr.iom.int>"),
                           ("References", "<ack-20210204-0117@gcmrr.iom.int>"),
                           ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    rows[0] = ("Return-Path", "<>")
    add(10, when, top(body, rows), dict(
        category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Yahoo vacation reply (Auto-Submitted: auto-replied, empty Return-Path) from the journalist of h85-06 "
              "answering our acknowledgement; written by a person's template but machine-sent: never acknowledge; "
              "it answers the ack, not the submission, so no thread."))


def m11():
    when = at("2021-02-04 18:02:27")
    sent = when - dt.timedelta(seconds=8)
    fname = "rapport_radio_oujda_PMM_2021.pdf"
    text = """السلام عليكم

حنا راديو وجدة الجمعوي، راديو محلي ف الجهة الشرقية كنخدمو على قضايا المهاجرين اللي كيدوزو من الحدود ومن الناظور. صيفطنا ليكم ف الpièce jointe التقرير ديالنا على الاتفاق العالمي للهجرة، خدمنا عليه مع جمعيات ديال المهاجرين ف المدينة.

وزيد على هادشي، بغينا الزميلة ديالنا خديجة بوزيان، منسقة البرامج، تشارك ف الطاولة المستديرة التالتة (مداخلة من القاعة). هي اللي كتقدم البرنامج "طريق" بالدارجة وبالفرنسية.

إلا خصكم شي معلومات أخرى قولو لينا.
شكرا بزاف وبالتوفيق

عبد الرحيم المرابط
راديو وجدة الجمعوي
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                leaf("text/html", html_wrap('<div dir="rtl">' + text2html(text) + '</div>'), "UTF-8", "base64")],
                "000000000000e81a7305ba91c4d2")
    pdf = make_pdf(["Radio Oujda Associative", "Rapport volontaire - Pacte mondial sur les migrations",
                    "Migrants en transit dans l'Oriental marocain, 2019-2020"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
               disp='attachment; filename="%s"' % fname, extra=[("X-Attachment-Id", "f_kkr8z1c40")])
    body = multi("mixed", [alt, att], "000000000000e81a7505ba91c4d4")
    rows = std_rows(when, "mail-wr1-f41.google.com", "209.85.221.41", "4DWw0Y1pPqz4",
                    addr("عبد الرحيم المرابط", "radio.oujda.asso@gmail.example.com"),
                    hdr("التقرير ديال راديو وجدة + مشاركة"), rfcdate(tz(sent, 1)),
                    "<CAHs0q9Vb2Rk4mT6xJp1eW3nZa8LcY5dF7gQ0uIo2Ks9Nh4Mv@mail.gmail.com>",
                    ret="radio.oujda.asso@gmail.example.com")
    add(11, when, top(body, rows), dict(
        category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("خديجة بوزيان", "منسقة البرامج", "راديو وجدة الجمعوي", ["roundtable"], 3)],
        report_attachments=[fname],
        notes="Moroccan Darija with a French word ('pièce jointe'); report as attached PDF plus a speaker "
              "(colleague, not the sender) for roundtable 'التالتة' (Darija spelling of 'third'); both parts "
              "before 5 Feb; Date header +0100."))


M12_DOCX = "Erbil Dispatch - GCM voluntary review (collective, Iraqi media).docx"


def m12():
    when = at("2021-02-05 17:20:44")
    sent = when - dt.timedelta(seconds=6)
    text = """Dear Regional UN Network on Migration,

Please find attached a collective voluntary GCM review report prepared by The Erbil Dispatch together with four other independent Iraqi outlets (two in Baghdad, one in Mosul, one in Basra). It looks at how Iraqi media covered returns of IDPs, Syrian refugees in the Kurdistan Region and Iraqi migrants stranded on the Turkey-Greece route.

We would also like to request a speaking role for our colleague:

Speaker: Media Salih - Field Reporter (Duhok camps) - The Erbil Dispatch
Role: rapporteur, or otherwise a floor intervention in plenary

Media has spent the last three years reporting from the camps around Duhok and Zakho.

With thanks,

Shvan Aziz
Editor-in-Chief
The Erbil Dispatch
Erbil, Kurdistan Region of Iraq
"""
    text = flowed(text)
    tb = leaf("text/plain", text, "utf-8", "7bit")
    tb.set_param("format", "flowed")
    docx = make_docx(["Collective voluntary GCM review - Iraqi independent media",
                      "Coordinated by The Erbil Dispatch", "1. Coverage of IDP returns", "2. Syrian refugees in the KRI",
                      "3. Iraqi migrants on the Turkey-Greece route"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % M12_DOCX)],
               disp='attachment;\r\n filename="%s"' % M12_DOCX)
    body = multi("mixed", [tb, att], "------------A4E91C0F2B7D3E58C6A0D1F2")
    body.preamble = "This is a multi-part message in MIME format."
    rows = std_rows(when, "mail.erbildispatch.example.com", "185.51.56.14", "4DX8Nf0sWdz1",
                    "Shvan Aziz <shvan.aziz@erbildispatch.example.com>",
                    "GCM voluntary review (collective) + speaker request - The Erbil Dispatch",
                    rfcdate(tz(sent, 3)), "<7c1e2b0a-93d4-4f6e-b1a8-2d5c0e9f4a17@erbildispatch.example.com>",
                    ret="shvan.aziz@erbildispatch.example.com",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                           ("Content-Language", "en-US")])
    add(12, when, top(body, rows), dict(
        category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Media Salih", "Field Reporter (Duhok camps)", "The Erbil Dispatch", ["rapporteur", "plenary"])],
        report_attachments=[M12_DOCX],
        notes="speaker's first name 'Media' (a Kurdish given name) looks like a common noun; speaker is a colleague, "
              "the sender signs as editor-in-chief; name/title/affiliation on one dash-separated line; two roles as "
              "alternatives ('rapporteur, or otherwise ... plenary'); collective report as DOCX with spaces and "
              "parentheses in the file name; Thunderbird format=flowed, Date header +0300; received 5 Feb "
              "17:20 Beirut, before both deadlines."))


def m13():
    when = at("2021-02-05 23:56:40")
    sent = when - dt.timedelta(seconds=9)
    text = """هلو شلونكم

آني حيدر الساعدي، مراسل بقناة البصرة اليوم الفضائية، اشتغل من سنين على ملف العمال الأجانب اللي يجون للبصرة وعلى الشباب اللي يطلعون من العراق بطرق غير شرعية.
ودّي اشارك بالطاولة المستديرة، الثانية اذا ممكن، لان عدنا قصص واجد من الميدان محد يسمع بيها.

هسه شفت الدعوة وكلت الحك قبل لا يخلص الوقت، انشالله مو متأخر. العفو على الاستعجال

حيدر الساعدي
قناة البصرة اليوم الفضائية - البصرة
07701234567
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    rows = std_rows(when, "mail-lf1-f49.google.com", "209.85.167.49", "4DXKz31qHcz2",
                    addr("Haider Al-Saadi", "haider.alsaadi88@gmail.example.com"),
                    hdr("طلب مشاركة"), rfcdate(tz(sent, 3)),
                    "<CAN5mZ8rT1qW6vK3xP0sD9jB4cL2yF7hE5gU1oA8iR6Nt3Qw@mail.gmail.com>",
                    ret="haider.alsaadi88@gmail.example.com")
    add(13, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("حيدر الساعدي", "مراسل", "قناة البصرة اليوم الفضائية", ["roundtable"], 2)],
        notes="Iraqi colloquial (آني، شلونكم، ودّي، هسه، كلت الحك، واجد، محد); deadline edge: received 23:56:40 "
              "Beirut on 5 Feb but the Date header reads Sat 6 Feb 00:56 +0300 (Baghdad), so it looks late and "
              "is not; sender is the speaker; From display name in Latin script, body in Arabic."))


def m14():
    when = at("2021-02-06 00:04:20")
    sent = when - dt.timedelta(seconds=9)
    text = """Bonsoir,

J'esp\u00e8re qu'il n'est pas trop tard (il est 23h passées chez nous \u00e0 Rabat !).

Je souhaiterais me porter candidate pour le r\u00f4le de rapporteuse des messages cl\u00e9s des parties prenantes lors de la conf\u00e9rence r\u00e9gionale. Notre m\u00e9dia suit de pr\u00e8s la mise en \u0153uvre du Pacte de Marrakech depuis son adoption en 2018 et nous avons publi\u00e9 une quarantaine d'enqu\u00eates sur les migrants subsahariens au Maroc et les jeunes marocains qui tentent la travers\u00e9e.

Je reste joignable au +212 6 70 11 42 98 si besoin.

Bien cordialement,

--
Salma Bennani
R\u00e9dactrice en chef adjointe
Migranews.ma \u2013 le m\u00e9dia des mobilit\u00e9s
Rabat, Maroc
"""
    text = text.replace("pass\u00e9es", "pass\u00e9es")
    tb = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    tb.set_param("format", "flowed")
    rows = std_rows(when, "smtp.migranews.example.ma", "41.214.180.22", "4DXL8r2KsPz3",
                    "Salma Bennani <salma.bennani@migranews.example.ma>",
                    "Candidature rapporteuse - Examen r\u00e9gional PMM".encode("utf-8").decode("utf-8"),
                    rfcdate(tz(sent, 1)), "<b3e8d0a1-6c27-4f94-a51e-0f2c7d9e8b36@migranews.example.ma>",
                    ret="salma.bennani@migranews.example.ma",
                    extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    rows = [(k, hdr(v, "utf-8", "Q") if k == "Subject" else v) for k, v in rows]
    add(14, when, top(tb, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Salma Bennani", "R\u00e9dactrice en chef adjointe", "Migranews.ma", ["rapporteur"])],
        notes="deadline edge: Date header Fri 5 Feb 23:04 +0100 (Rabat) looks on time, but it was received 00:04:20 "
              "Beirut on 6 Feb: late; sender proposes herself, identity only in the signature (title before "
              "organisation, slogan after the dash is not part of the name); 'rapporteuse' (feminine) = rapporteur; "
              "Thunderbird format=flowed 8bit."))


def m15():
    when = at("2021-02-08 11:15:36")
    sent = when - dt.timedelta(seconds=5)
    fname = "Contribution_Courrier_du_Levant_PMM.docx"
    text = """Bonjour,

Veuillez trouver ci-joint la contribution du quotidien Le Courrier du Levant \u00e0 l'examen r\u00e9gional du Pacte mondial pour des migrations s\u00fbres, ordonn\u00e9es et r\u00e9guli\u00e8res. Elle porte surtout sur le traitement m\u00e9diatique des travailleuses domestiques migrantes et des r\u00e9fugi\u00e9s syriens au Liban depuis la crise \u00e9conomique et l'explosion du 4 ao\u00fbt.

Par ailleurs, et si c'est encore possible (on sait que c'est un peu tard, d\u00e9sol\u00e9s !), nous aimerions que notre journaliste Maya Achkar, responsable de la rubrique Soci\u00e9t\u00e9, puisse prendre la parole lors de la table ronde n\u00b01.

Merci infiniment et bonne journ\u00e9e,

Carole Sfeir
Secr\u00e9taire de r\u00e9daction
Le Courrier du Levant
Achrafieh, Beyrouth
"""
    html = html_wrap('<div style="font-family:Helvetica">' + text2html(text) + '</div>')
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "Apple-Mail=_3C1B9E55-7A20-4D8F-B6E2-91F0A4C7D2E3")
    docx = make_docx(["Le Courrier du Levant", "Contribution \u00e0 l'examen r\u00e9gional du PMM",
                      "Traitement m\u00e9diatique des migrations au Liban 2019-2020"])
    att = leaf(DOCX, docx, cte="base64", params=[("x-unix-mode", "0644"), ("name", '"%s"' % fname)],
               disp='attachment;\r\n\tfilename="%s"' % fname)
    body = multi("mixed", [alt, att], "Apple-Mail=_8D4F02A6-1E3C-4B59-A7D0-6C2E9B1F8A45")
    rows = std_rows(when, "smtp.courrierdulevant.example.com.lb", "194.126.10.77", "4DZ1Wm6tHyz1",
                    "Carole Sfeir <c.sfeir@courrierdulevant.example.com.lb>",
                    hdr("Contribution PMM + intervention table ronde", "utf-8", "Q"), rfcdate(sent),
                    "<A9F3C2E1-5B7D-4E08-9C61-2D4F8B0A7E35@courrierdulevant.example.com.lb>",
                    ret="c.sfeir@courrierdulevant.example.com.lb",
                    extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add(15, when, top(body, rows), dict(
        category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Maya Achkar", "responsable de la rubrique Soci\u00e9t\u00e9", "Le Courrier du Levant", ["roundtable"], 1)],
        report_attachments=[fname],
        notes="report (DOCX) on time but the speaker part arrives 8 Feb, after the 5 Feb deadline (sender admits "
              "'un peu tard'), so on_time false for 'both'; speaker is a colleague, title after the name "
              "in lower case; 'table ronde n\u00b01'; Apple Mail."))


M16_ID = "<VI1PR06MB5104B2A7E93C1F0D4A68E2B95C3A0@VI1PR06MB5104.eurprd06.prod.outlook.com>"


def m16():
    when = at("2021-02-09 10:02:08")
    sent = when - dt.timedelta(seconds=4)
    fname = "Check Beirut - Voluntary GCM Review 2021 (final).pdf"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of Check Beirut, Lebanon's independent fact-checking platform. The report documents 212 false or misleading claims about refugees and migrant workers that circulated in Lebanese media and on social networks between 2019 and 2020, and makes recommendations under GCM objectives 3 and 17.

The report was prepared collectively with our partner newsrooms, whose names are listed on page 2.

We would be grateful for a confirmation of receipt.

Best regards,

Layal Daou
Programme Manager
Check Beirut
[cid:image001.png@01D6FEB2.5A3C1E40]
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace(
        "[cid:image001.png@01D6FEB2.5A3C1E40]", '<img width="120" height="40" src="cid:image001.png@01D6FEB2.5A3C1E40" alt="Check Beirut logo">')
        + '</div>')
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                "_000_VI1PR06MB5104B2A7E93C1F0D4A68E2B95C3A0VI1PR06MB5104eurp_")
    img = leaf("image/png", make_png(), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FEB2.5A3C1E40>")])
    rel = multi("related", [alt, img], "_004_VI1PR06MB5104B2A7E93C1F0D4A68E2B95C3A0VI1PR06MB5104eurp_",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Check Beirut", "Voluntary GCM Review 2021", "212 claims about refugees and migrant workers",
                    "GCM objectives 3 and 17"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
               disp='attachment; filename="%s"; size=%d' % (fname, len(pdf)))
    body = multi("mixed", [rel, att], "_005_VI1PR06MB5104B2A7E93C1F0D4A68E2B95C3A0VI1PR06MB5104eurp_")
    rows = std_rows(when, "EUR04-VI1-obe.outbound.protection.outlook.com", "40.107.8.119", "4DZtR20bMkz3",
                    "Layal Daou <layal.daou@checkbeirut.example.org>",
                    "Voluntary GCM Review - Check Beirut", rfcdate(sent), M16_ID,
                    ret="layal.daou@checkbeirut.example.org",
                    extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    rows.insert(5, ("Cc", "Newsdesk Check Beirut <newsdsk@checkbeirut.example.org>"))
    add(16, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report PDF with spaces and parentheses in the file name; the inline signature logo (image001.png, "
              "multipart/related) is not part of the report; 'prepared collectively' but one file."))


def m17():
    when = at("2021-02-10 08:45:51")
    sent = when - dt.timedelta(seconds=3)
    ack = "<ack-20210128-0042@gcmrr.iom.int>"
    m02_id = "<VI1PR0801MB21447E0C3A9B2F55D1A6C2E4D9B80@VI1PR0801MB2144.eurprd08.prod.outlook.com>"
    text = """Merci beaucoup pour votre retour ! Mme Ben Amor est ravie. Bonne journ\u00e9e \u00e0 toute l'\u00e9quipe.

Mehdi

Envoy\u00e9 de mon iPhone

> Le 28 janv. 2021 \u00e0 15:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a \u00e9crit :
>
> Bonjour,
>
> Nous accusons r\u00e9ception de votre message et vous en remercions. Votre demande sera examin\u00e9e par le comit\u00e9 d'organisation.
>
> Cordialement,
> Secr\u00e9tariat de l'Examen r\u00e9gional du PMM
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-ot1-f45.google.com", "209.85.210.45", "4F0b6Q1yNdz2",
                    addr("Mehdi Trabelsi", "m.trabelsi@radiodjerbahorizons.example.tn"),
                    hdr("Re: Proposition d'intervenante \u2013 Examen r\u00e9gional PMM", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<6E2A1F09-3B8C-47D5-A0E4-9C1D5B7F2A68@radiodjerbahorizons.example.tn>",
                    ret="m.trabelsi@radiodjerbahorizons.example.tn",
                    extra=[("In-Reply-To", ack), ("References", "%s %s" % (m02_id, ack)),
                           ("X-Mailer", "iPhone Mail (18D52)")])
    add(17, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=False, on_time=None, thread_of="h85-02.eml",
        notes="thank-you reply (iPhone) to our acknowledgement of h85-02: adds nothing new, so no acknowledgement; "
              "mentions the speaker's name but is not a new request; References carries h85-02's Message-ID."))


def m18():
    when = at("2021-02-11 19:30:14")
    sent = when - dt.timedelta(seconds=6)
    fname = "التقرير_الطوعي_شبكة_إعلاميون_من_أجل_الهجرة.docx"
    text = """مساكم الله بالخير

حبيت أرسل لكم التقرير الجماعي مالنا عن الاتفاق العالمي للهجرة، ترانا اشتغلنا عليه قرابة شهرين مع زملاء من البصرة وعمّان وبيروت والقاهرة، وكله عن تغطية الإعلام لقضايا العمالة المهاجرة والكفالة والترحيل.

التقرير مرفق بصيغة وورد، وإذا تبون نسخة PDF أو نسخة بالإنجليزي أرسلها لكم بعدين إن شاء الله.

يعطيكم العافية

فهد الشمري
منسق شبكة «إعلاميون من أجل الهجرة العادلة»
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                leaf("text/html", html_wrap('<div dir="rtl">' + text2html(text) + '</div>'), "UTF-8", "quoted-printable")],
                "0000000000003f0d2105bb1a7c90")
    docx = make_docx(["\u0627\u0644\u062a\u0642\u0631\u064a\u0631 \u0627\u0644\u0637\u0648\u0639\u064a", "Media for Fair Migration network - collective report"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", b_word(fname))],
               disp="attachment; " + "; ".join(rfc2231_cont("filename", fname)),
               extra=[("X-Attachment-Id", "f_kl0x3h2n0")])
    body = multi("mixed", [alt, att], "0000000000003f0d2305bb1a7c92")
    rows = std_rows(when, "mail-qk1-f181.google.com", "209.85.222.181", "4F1Hd70pVsz4",
                    addr("فهد الشمري", "fahad.alshammari.media@gmail.example.com"),
                    hdr("التقرير الجماعي – إعلاميون من أجل الهجرة العادلة"), rfcdate(tz(sent, 3)),
                    "<CAKq8Rz1mW5tY3vN7xB0pL2dH9sF4cJ6eG8uA1oT5iK3Pw7Zr@mail.gmail.com>",
                    ret="fahad.alshammari.media@gmail.example.com")
    add(18, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Gulf colloquial (مساكم الله بالخير، مالنا، ترانا، تبون، يعطيكم العافية); collective report as DOCX "
              "whose Arabic file name is RFC 2231-continued in Content-Disposition and RFC 2047 in name=; "
              "offers a later PDF/English version (not a speaker request)."))


def m19():
    when = at("2021-02-12 12:00:31")
    sent = when - dt.timedelta(seconds=5)
    fname = "TahaqqaqMasr_GCM_Voluntary_Review_Executive_Summary_v2.pdf"
    text = """أهلاً بحضراتكم،

معلش هنبعت تاني الملخص التنفيذي بعد التعديل، لأن كان فيه غلطة في أرقام الجدول رقم 3 (نسب الادعاءات المضللة حسب المنصة). ياريت تعتمدوا النسخة المرفقة دي بدل اللي اتبعتت يوم 2 فبراير. لينك الدرايف زي ما هو ومفيش تغيير في التقرير الكامل.

متشكرين جداً وآسفين على الإزعاج

أحمد سامي
منسق المشروع – منصة تحقّق مصر

________________________________
From: نهى عبد الحميد <noha.abdelhamid@tahaqqaq-masr.example.org>
Sent: Tuesday, February 2, 2021 12:18 PM
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Cc: أحمد سامي <ahmed.samy@tahaqqaq-masr.example.org>
Subject: التقرير الطوعي لمنصة تحقّق مصر – الاستعراض الإقليمي للاتفاق العالمي للهجرة

السادة الأفاضل في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،
تحية طيبة وبعد،

يسرّ منصة «تحقّق مصر» لتدقيق المعلومات أن تتقدم إليكم بتقريرها الطوعي ...
"""
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                leaf("text/html", html_wrap('<div dir="rtl">' + text2html(text) + '</div>'), "utf-8", "base64")],
                "_000_AM6PR03MB45217D2E0B91C4F3A86E05D1B3F24AM6PR03MB4521eurp_")
    pdf = make_pdf(["Tahaqqaq Masr - Fact-checking platform", "Voluntary GCM Review - Executive Summary (v2)",
                    "Table 3 corrected"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
               disp='attachment; filename="%s"; size=%d' % (fname, len(pdf)))
    body = multi("mixed", [alt, att], "_004_AM6PR03MB45217D2E0B91C4F3A86E05D1B3F24AM6PR03MB4521eurp_")
    rows = std_rows(when, "EUR03-AM5-obe.outbound.protection.outlook.com", "40.107.3.88", "4F2Lq45XcTz1",
                    addr("أحمد سامي", "ahmed.samy@tahaqqaq-masr.example.org"),
                    re_hdr("RE: ", "التقرير الطوعي لمنصة تحقّق مصر – الاستعراض الإقليمي للاتفاق العالمي للهجرة"),
                    rfcdate(sent), "<AM6PR03MB45217D2E0B91C4F3A86E05D1B3F24@AM6PR03MB4521.eurprd03.prod.outlook.com>",
                    ret="ahmed.samy@tahaqqaq-masr.example.org",
                    extra=[("In-Reply-To", M05_ID), ("References", M05_ID), ("X-MS-Has-Attach", "yes")])
    add(19, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h85-05.eml",
        notes="Egyptian colloquial (معلش، هنبعت، ياريت، دي، زي ما هو، مفيش) revision of h85-05 from a different "
              "person of the same platform: corrected PDF replaces the earlier one; Outlook top-posted reply "
              "with a 'From/Sent/To' quoted header block."))


def m20():
    when = at("2021-02-12 15:10:47")
    qid = "7A3E91C2D4"
    text = POSTFIX_NOTICE + """
<newsdsk@checkbeirut.example.org>: host mx.checkbeirut.example.org[185.220.14.9]
    said: 550 5.1.1 <newsdsk@checkbeirut.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    arr = when - dt.timedelta(seconds=14)
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; newsdsk@checkbeirut.example.org
Original-Recipient: rfc822;newsdsk@checkbeirut.example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.checkbeirut.example.org
Diagnostic-Code: smtp; 550 5.1.1 <newsdsk@checkbeirut.example.org>: Recipient
    address rejected: User unknown in virtual mailbox table
""" % (qid, rfcdate(arr, "EET"))
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <newsdsk@checkbeirut.example.org>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Layal Daou <layal.daou@checkbeirut.example.org>
Cc: Newsdesk Check Beirut <newsdsk@checkbeirut.example.org>
Subject: Re: Voluntary GCM Review - Check Beirut
Date: %s
Message-ID: <ack-20210212-0291@gcmrr.iom.int>
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
""" % (qid, rfcdate(arr, "EET"), rfcdate(arr), M16_ID, M16_ID)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1613135447/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))
    m["Date"] = rfcdate(when, "EET")
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<20210212131047.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(20, when, m, dict(
        category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for our acknowledgement of h85-16 copied to the sender's mistyped Cc address "
              "(newsdsk@ instead of newsdesk@); the returned headers quote h85-16's subject and Message-ID but "
              "this is not a follow-up; never acknowledge."))


def m21():
    when = at("2021-02-15 11:00:09")
    sent = when - dt.timedelta(seconds=4)
    text = """Bonjour,

Je suis productrice \u00e0 la cha\u00eene LBCI... pardon, \u00e0 la cha\u00eene Tele Sawt el Jabal (TSJ), on pr\u00e9pare un documentaire de 26 min sur les travailleurs migrants au Liban et la kafala, et on voudrait int\u00e9grer quelques s\u00e9quences de la conf\u00e9rence r\u00e9gionale.

Est-ce que ce serait possible :
- d'avoir les enregistrements vid\u00e9o des s\u00e9ances (pl\u00e9ni\u00e8res surtout) apr\u00e8s la conf\u00e9rence ?
- d'interviewer une ou deux personnes de l'OIM ou du R\u00e9seau, en visio, la semaine du 22 ?

Sinon, pourriez-vous me mettre en contact avec le service de presse ? Merci d'avance, vraiment.

Bien \u00e0 vous,
Rita Bou Khalil
Productrice \u2013 TSJ
+961 3 555 210
"""
    text = text.replace("\u00e0 la cha\u00eene LBCI... pardon, ", "")
    html = html_wrap('<div class="WordSection1" style="font-family:Calibri">' + text2html(text) + '</div>')
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_PR3P193MB0765A1C4E28B9F3D07E6C5A1B2D84PR3P193MB0765EURP_")
    rows = std_rows(when, "EUR01-HE1-obe.outbound.protection.outlook.com", "40.107.13.62", "4F5Vn21kRdz2",
                    "Rita Bou Khalil <rita.boukhalil@tsj-tv.example.com.lb>",
                    hdr("Demande : images de la conf\u00e9rence + interviews (documentaire TSJ)", "utf-8", "B"),
                    rfcdate(sent), "<PR3P193MB0765A1C4E28B9F3D07E6C5A1B2D84@PR3P193MB0765.EURP193.PROD.OUTLOOK.COM>",
                    ret="rita.boukhalil@tsj-tv.example.com.lb", extra=[("Content-Language", "fr-FR")])
    add(21, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=True, on_time=None,
        notes="TV producer asks for session recordings and interviews with IOM/Network staff: media logistics, not "
              "a speaking-role request despite 'interviewer', 'pl\u00e9ni\u00e8res' and a list; Outlook base64."))


def m22():
    when = at("2021-02-16 23:58:10")
    sent = when - dt.timedelta(seconds=7)
    f1 = "Rapport_volontaire_SJPRT_Pacte_mondial_migrations_f\u00e9vrier2021.docx"
    f2 = "Annexe - liste des m\u00e9dias signataires.pdf"
    text = """Bonsoir,

Ci-joint le rapport volontaire du Syndicat des journalistes de la presse r\u00e9gionale tunisienne (SJPRT) sur la mise en \u0153uvre du Pacte mondial, r\u00e9dig\u00e9 avec nos correspondants de Sfax, Zarzis, Kasserine et Gafsa, ainsi que son annexe (liste des m\u00e9dias signataires).

D\u00e9sol\u00e9s pour l'envoi tardif, on esp\u00e8re que c'est encore dans les d\u00e9lais (il est 22h58 ici \u00e0 Tunis).

Salutations confraternelles,

Hatem Gharbi
Secr\u00e9taire g\u00e9n\u00e9ral du SJPRT
"""
    tb = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable")
    tb.set_param("format", "flowed")
    docx = make_docx(["Syndicat des journalistes de la presse r\u00e9gionale tunisienne (SJPRT)",
                      "Rapport volontaire - Pacte mondial sur les migrations", "F\u00e9vrier 2021"])
    pdf = make_pdf(["SJPRT - Annexe", "Liste des medias signataires", "Sfax, Zarzis, Kasserine, Gafsa"])
    a1 = leaf(DOCX, docx, cte="base64", params=[("name*", rfc2231(f1))],
              disp="attachment;\r\n filename*=%s" % rfc2231(f1))
    a2 = leaf("application/pdf", pdf, cte="base64", params=[("name*", rfc2231(f2))],
              disp="attachment;\r\n filename*=%s" % rfc2231(f2))
    body = multi("mixed", [tb, a1, a2], "------------0E5B2A9D7C14F3068B1E4A2D")
    body.preamble = "This is a multi-part message in MIME format."
    rows = std_rows(when, "smtp.sjprt.example.tn", "197.14.52.30", "4F6qL08YtKz1",
                    "Hatem Gharbi <sg@sjprt.example.tn>",
                    hdr("Rapport volontaire SJPRT \u2013 Pacte mondial", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<d41f7e0c-2a95-4b3e-8c61-7f0e9a2b5d84@sjprt.example.tn>",
                    ret="sg@sjprt.example.tn",
                    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    add(22, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="deadline edge: sent 22:58 +0100 (Tunis), received 23:58:10 Beirut on 16 Feb: on time; sender "
              "worries it is late; report = DOCX + annex PDF, both with RFC 2231 encoded accented file names."))


def m23():
    when = at("2021-02-17 00:07:30")
    sent = when - dt.timedelta(seconds=5)
    fname = "EMRC_GCM_review_Feb2021.pdf"
    text = """Dear all,

Apologies for sending this at the very last minute (it's just past 10pm here in London, where two of us are based now). Attached is the voluntary GCM review prepared by the Egyptian Migration Reporters Collective (EMRC), a group of 11 Egyptian freelance and staff journalists who cover irregular migration from Egypt, the deaths off the Rosetta coast and the situation of Sudanese and Eritrean refugees in Cairo.

Please do confirm it made it in.

Warmly,
Mostafa Gamal
on behalf of the EMRC

Mostafa Gamal | freelance journalist
"""
    html = html_wrap('<div dir="ltr">' + text2html(text) + '</div>')
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000a3c71805bb6e9f02")
    pdf = make_pdf(["Egyptian Migration Reporters Collective (EMRC)", "Voluntary GCM review - February 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
               disp='attachment; filename="%s"' % fname, extra=[("X-Attachment-Id", "f_kl8q2m9v0")])
    body = multi("mixed", [alt, att], "000000000000a3c71a05bb6e9f04")
    rows = std_rows(when, "mail-wr1-f53.google.com", "209.85.221.53", "4F6qT35HbMz2",
                    "Mostafa Gamal <mostafa.gamal.journo@gmail.example.com>",
                    "EMRC voluntary GCM review", rfcdate(tz(sent, 0)),
                    "<CAF2pK7sY4nT9wQ1vR6mB3xD8hL0cZ5eJ2gU7oA4iN1Pt6Xs@mail.gmail.com>",
                    ret="mostafa.gamal.journo@gmail.example.com")
    add(23, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="deadline edge: Date header Tue 16 Feb 22:07 +0000 (London) looks on time, but received 00:07:30 "
              "Beirut on 17 Feb: late; Egyptian collective writing in English from abroad."))


def m24():
    when = at("2021-02-18 20:14:55")
    sent = when - dt.timedelta(seconds=6)
    inner = """<p>مرحبا،</p>
<p>أنا لينا شمس، مؤسِّسة مدوّنة «بين حدّين» يلي بتحكي عن الهجرة والعاملات المهاجرات بلبنان من 2016.</p>
<p>حسب رسالة الدعوة بالعربي، آخر مهلة لطلبات الكلمات هي الجمعة 23 شباط، فحبيت إبعت قبل ما تخلص المهلة 🙏</p>
<p>بدي شارك بالنقاش المفتوح للمشاورة يوم 23. وإذا في مجال كمان، زميلي جاد نصر (مصوّر صحفي مستقل) عندو شغل كتير مهم عن مراكب الهجرة من طرابلس وحابب يشارك كمان.</p>
<p>شكراً كتير إلكن،<br>لينا</p>
<p style="color:#888">—<br>بين حدّين | Bayn Haddayn<br>binhaddayn.example.blog</p>"""
    body = leaf("text/html", html_wrap(inner, "rtl"), "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-ua1-f48.google.com", "209.85.222.48", "4F7Rm60GqWz3",
                    addr("Lina Chams", "lina@binhaddayn.example.blog"),
                    hdr("طلب مشاركة – مدوّنة بين حدّين"), rfcdate(sent),
                    "<CAGv5bT0wN8qX2kR7mZ1yL4pD6sH3cF9eJ0uB5oA2iK8Qt4Vr@mail.gmail.com>",
                    ret="lina@binhaddayn.example.blog")
    add(24, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("لينا شمس", "مؤسِّسة", "مدوّنة «بين حدّين»", ["open_discussion"]),
                  sp("جاد نصر", "مصوّر صحفي مستقل", None, [])],
        notes="Lebanese colloquial, HTML-only (dir=rtl) with an emoji; relies on the Arabic letter's misprinted "
              "deadline ('الجمعة 23 شباط') and so arrives 18 Feb, late by the real 5 Feb deadline; two speakers: "
              "the blogger (open discussion) and a freelance photojournalist colleague with no affiliation and no "
              "stated role; English name only in the From display name."))


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
