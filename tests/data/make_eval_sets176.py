#!/usr/bin/env python3
"""Write the blind evaluation set holdout176 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets176.py
Theme: individuals writing for themselves: independent consultants, students, migrants speaking in their own
name, retired officials, researchers between posts.  Personal addresses (webmail, ISP, phone), loose or no
affiliation, people writing on behalf of a relative or of their students.  Helpers imported from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, at, attach, hdr, leaf, make_docx, make_pdf, mk, multi, re_hdr,
                     rfc2231_cont, b_word, flowed, rfcdate, sp, std_rows, text2html, top, tz, esc, sent_at, dsn_report)
from mailgen import POSTFIX_NOTICE

SET = EvalSet(176)
add = SET.add

INVITE_ID = "<INV-2021-01-26-FR.0007@gcmrrarabstates.iom.int>"


# ---------------------------------------------------------------- small local builders
def both_parts(text, boundary, html=None, rtl=False, cte="quoted-printable", charset="utf-8", style=""):
    """text/plain + text/html alternative; the HTML is derived from the text unless given."""
    if html is None:
        d = ' dir="rtl"' if rtl else ""
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                '<body%s><div%s>%s</div></body></html>\n' % (charset, style, d, text2html(text)))
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def page(inner, rtl=False, charset="utf-8"):
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body%s>%s</body></html>\n' % (charset, d, inner))


def pdf(title, who, n=6):
    lines = [title, who, ""]
    lines += ["Section %d - observations and recommendations on GCM implementation." % k for k in range(1, n)]
    return make_pdf(lines)


# ================================================================ the 24 messages
def m01():
    # Roundcube vacation responder of a retired labour inspector, to the French invitation
    when = at("2021-01-27 09:14:22")
    sent = sent_at(when, 1, 2)
    text = """Bonjour,

Je suis absent jusqu'au mercredi 3 février inclus, avec un accès très limité à ma messagerie.
Je prendrai connaissance de votre message à mon retour.

Cordialement,
H. Trabelsi
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp3.planet.example.tn", "197.2.14.33", "4DQ1a96kTbz4",
                    "Habib Trabelsi <htrabelsi@planet.example.tn>",
                    hdr("Absent : Invitation – Examen régional du Pacte mondial pour les migrations – région arabe",
                        enc="Q"),
                    rfcdate(sent), "<3f2a91c0b7e4d5a6.vacation@webmail.planet.example.tn>",
                    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("X-Mailer", "Roundcube Webmail")],
                    ret="htrabelsi@planet.example.tn")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Roundcube vacation reply to the French invitation ('Absent :' subject prefix, Auto-Submitted: "
              "auto-replied (vacation) with a comment); normal Return-Path, personal ISP address. The same person "
              "writes for real in h176-09."))


def m02():
    when = at("2021-01-28 16:03:51")
    sent = sent_at(when, 4, 5)
    text = """Hello,

I would like to put my name forward for a floor intervention in one of the plenary sessions on 24 or 25 February.

Over the last twelve years I have worked on labour migration governance in the Gulf, mostly on short assignments for ministries and UN agencies, and I would speak to the implementation of Objective 6 (fair and ethical recruitment) from a practitioner's point of view: what actually changed for workers between 2018 and now, and what did not.

I am not attached to any organisation at the moment and would be speaking in a personal capacity. I have registered through the online form as well.

Many thanks,
Tariq

--
Tariq Mahmoud
Independent Consultant
Labour migration | Fair recruitment | Wage protection
Muscat, Oman | +968 9120 4471
"""
    html = page('<div dir="ltr">' + text2html(text.split("\n--\n")[0]) +
                '<br clear="all"><div>--<br><div dir="ltr" class="gmail_signature">'
                + "<br>".join(esc(x) for x in text.split("\n--\n")[1].strip().split("\n")) + "</div></div></div>")
    body = both_parts(text, "000000000000b41f0e05b9f3a7c2", html=html)
    m = mk(when, sent, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DRQ9w1Hm4z8",
           "Tariq Mahmoud <tariq.mahmoud.consult@gmail.example.com>", "Speaking slot - plenary (personal capacity)",
           "<CAJm3vTq8RkW2xPbN7LdY4sE0uGh5iC6fA9oZ1tKe@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tariq Mahmoud", "Independent Consultant", None, ["plenary"])],
        notes="independent consultant proposing himself; title only in the Gmail signature, the specialisation line "
              "('Labour migration | Fair recruitment ...') is not part of the title; no organisation ('not attached "
              "to any organisation'): affiliation null; the city line of the signature is not an affiliation."))


M03_ID = "<CAPx7=q2Lw0sUdanAbdo4rYt8Mk1nVb6Hj3Cz9Ee@mail.gmail.example.com>"


def m03():
    when = at("2021-01-29 22:47:10")
    sent = sent_at(when, 2, 8)
    text = """السلام عليكم
انا اسمي عبد الرحيم آدم من السودان وشغال بالاردن من ٢٠١٣ بالمزارع بالاغوار. شفت الدعوة عند واحد صاحبي بالجمعية وحابب احكي بالنقاش المفتوح يوم ٢٣ شباط عن وضع العمال اللي ما معهم تصاريح واللي بيتسفروا بدون ما ياخدو حقوقهم
انا ما بمثل اي منظمة ولا جمعية بحكي عن حالي وعن الشباب اللي معي بالشغل
اذا في مجال ردو علي على هاد الايميل او واتساب ٠٧٩٥٥٥٠١٢٣
وشكرا الكم

مُرسل من هاتف Samsung Galaxy الذكي.
"""
    html = page('<div dir="auto">' + "<br>".join(esc(x) for x in text.strip().split("\n")) + "</div>")
    body = both_parts(text, "--_com.samsung.android.email_1611953222617450", html=html, cte="base64")
    m = mk(when, sent, "mail-pj1-f67.google.example.com", "209.85.216.67", "4DSD6v0Nq7z1",
           "Abdo Sudan <abdo.adam88@gmail.example.com>", hdr("مشاركه"), M03_ID, body,
           extra=[("X-Mailer", "Samsung Email")])
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الرحيم آدم", None, None, ["open_discussion"])],
        notes="migrant farm worker speaking for himself from a phone: Levantine colloquial with Sudanese "
              "speaker, no punctuation, one-word misspelt subject ('مشاركه'); Latin nickname as display name "
              "('Abdo Sudan'); says he represents no organisation ('صاحبي بالجمعية' is where he saw the "
              "invitation, not an affiliation): title and affiliation null; 'النقاش المفتوح يوم ٢٣ شباط' = "
              "open discussion."))


M04_ID = "<DB8P190MB0634A7C2E91F3D5B@DB8P190MB0634.EURP190.PROD.OUTLOOK.example.com>"


def m04():
    when = at("2021-01-31 12:20:33")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

Nous sommes deux étudiantes en master et nous souhaiterions intervenir lors de la deuxième table ronde thématique de la conférence (24-25 février). Nous préparons un mémoire commun sur l'accès aux soins des femmes migrantes subsahariennes à Rabat et à Kénitra, et nous aimerions partager quelques constats de terrain.

Voici nos coordonnées :
1) Salma Berrada – étudiante en Master 2 « Migrations, droits et sociétés », Université Ibn Tofail, Kénitra
2) Inès Kabbaj – étudiante en Master 2 « Migrations, droits et sociétés », Université Ibn Tofail, Kénitra

Nous n'appartenons à aucune association, nous écrivons à titre personnel (avec l'accord de notre directeur de mémoire).

Merci de bien vouloir nous répondre sur mon adresse Gmail (en « répondre à »), je consulte rarement celle-ci.

Bien cordialement,
Salma Berrada
"""
    body = both_parts(text, "_000_DB8P190MB0634A7C2E91F3D5BDB8P190MB0634EURP_",
                      style=' style="font-family:Calibri,Helvetica,sans-serif"')
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.63", "4DT3Wz2Lkrz6",
           "Salma Berrada <salma.berrada@hotmail.example.fr>",
           hdr("Candidature intervention table ronde 2 – étudiantes", enc="Q"), M04_ID, body,
           extra=[("Reply-To", "salma.berrada@gmial.example.com"), ("Content-Language", "fr-FR"),
                  ("X-MS-Has-Attach", ""), ("X-Originating-IP", "[105.66.131.7]")])
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Berrada", "étudiante en Master 2 « Migrations, droits et sociétés »", "Université Ibn Tofail",
           ["roundtable"], 2),
        sp("Inès Kabbaj", "étudiante en Master 2 « Migrations, droits et sociétés »", "Université Ibn Tofail",
           ["roundtable"], 2)],
        notes="two students on numbered dash-separated lines; the city after the university ('Kénitra') is not "
              "part of the affiliation; 'deuxième table ronde' = roundtable 2 for both; 'à titre personnel' but the "
              "university is written on each speaker line, so it is recorded. Reply-To is a misspelt Gmail "
              "domain ('gmial'): the acknowledgement bounces (h176-05)."))


def m05():
    # our own MTA cannot deliver the acknowledgement to the misspelt Reply-To of h176-04
    when = at("2021-01-31 12:21:48")
    text = POSTFIX_NOTICE + """
<salma.berrada@gmial.example.com>: Host or domain name not found. Name service
    error for name=gmial.example.com type=MX: Host not found, try again
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DT3Xb0QcVz9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; salma.berrada@gmial.example.com\n"
           "Original-Recipient: rfc822;salma.berrada@gmial.example.com\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for\n"
           "    name=gmial.example.com type=MX: Host not found, try again\n"
           % rfcdate(when - dt.timedelta(seconds=41), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: salma.berrada@gmial.example.com\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Candidature_intervention_table_ronde_2?=\n"
            "Date: %s\n"
            "Message-ID: <ack.4DT3Wz2Lkrz6@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=42)), M04_ID))
    body = dsn_report(text, dsn, hdrs, "4DT3Xb0QcVz9.1612088508/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DT3YR6kL1z2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210131102148.4DT3YR6kL1z2@mx1.iom.int>")]
    add(5, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN generated by the mailbox's own MTA (5.4.4, domain not found) for the acknowledgement "
              "sent to the misspelt Reply-To of h176-04; only the returned headers (text/rfc822-headers), whose "
              "In-Reply-To names h176-04. The Received line has no 'from' clause. Never acknowledge."))


def m06():
    when = at("2021-02-01 10:41:09")
    sent = sent_at(when, 0, 6)
    text = """Dear Secretariat,

I am a PhD candidate (third year) working on the GCM follow-up process in the Arab region, and I am writing in a personal capacity, not on behalf of my university.

I have a few questions about the call in your letter of 26 January:

1. Can an individual who is not part of any organisation submit a voluntary GCM review report, or is this only for stakeholder organisations and networks?
2. If individuals can submit, is there a template or a maximum length? I would probably send 6-8 pages in English.
3. Will the reports be published on the conference website, and can an author ask for her name to be withheld?
4. Is it possible to follow the consultation on 23 February as an observer without taking the floor?

I am not requesting a speaking role.

Thank you for your time,
Rasha Haddad

--
Rasha Haddad
PhD candidate, Department of Development Studies
SOAS University of London
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit",
                params=[("format", "flowed")])
    m = mk(when, sent, "mail.protonmail.example.ch", "185.70.40.133", "4DTk0y5Rbnz3",
           "Rasha Haddad <r.haddad.phd@protonmail.example.com>", "Question: can individuals submit a report?",
           "<a9Qw4dTn2Lk8vB0mZx6YcE3uR1sP7@protonmail.example.com>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                  ("Content-Language", "en-GB")])
    add(6, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions about whether individuals may submit a voluntary report and attend as observer; "
              "keyword-heavy (voluntary GCM review report, consultation, speaking role) but nothing is submitted "
              "and no speaking role is requested (she says so). Thunderbird, format=flowed, 8bit."))


def m07():
    when = at("2021-02-02 11:30:00")
    sent = sent_at(when, 3, 4)
    text = """السادة الكرام في أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة،
تحية طيبة وبعد،

أكتب إليكم نيابةً عن والدي الأستاذ فؤاد الكردي، الذي لا يستخدم البريد الإلكتروني إلا نادراً، إذ يرغب في المشاركة بصفة مُقرِّر يتولّى عرض الرسائل الرئيسية لأصحاب المصلحة في المؤتمر الإقليمي.

عمل والدي أكثر من ثلاثين عاماً في وزارة العمل، وكان آخر منصب شغله مدير مديرية العمالة الوافدة، وهو متقاعد منذ عام ٢٠١٨ ولا ينتمي حالياً إلى أي جهة رسمية أو أهلية.

بيانات المتحدث:
الاسم: فؤاد الكردي
الصفة: مدير مديرية العمالة الوافدة سابقاً (متقاعد)
الجهة: —

يمكنكم التواصل معي على هذا البريد، وسأنقل إليه كل ما يلزم.

مع الشكر والتقدير،
لينا الكردي
"""
    body = both_parts(text, "0000000000009a2c6d05ba5e1f03", rtl=True, cte="base64")
    m = mk(when, sent, "mail-lf1-f41.google.example.com", "209.85.167.41", "4DVL3s7pGrz0",
           addr("لينا الكردي", "lina.kurdi92@gmail.example.com"),
           hdr("طلب مشاركة بصفة مقرر - فؤاد الكردي"),
           "<CAKd9xR0Qm3yLinaKurdi5tWq7Ve2Hn8Pc4Jb1Az@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فؤاد الكردي", "مدير مديرية العمالة الوافدة سابقاً", None, ["rapporteur"])],
        notes="a daughter writes on behalf of her retired father (the sender is not the speaker); 'الأستاذ' "
              "honorific dropped; formal Arabic labelled lines; title recorded as the secretary would type it "
              "('... سابقاً', without the parenthetical '(متقاعد)'); affiliation line is a dash and the ministry "
              "he left is only in prose: null. 'مُقرِّر ... الرسائل الرئيسية' = rapporteur."))


M08_ID = "<AM0PR83MB0289F5E3A1C7B9D2@AM0PR83MB0289.EURPRD83.prod.outlook.example.com>"
M08_TEXT_HTML = """<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Dear GCM Regional Review Secretariat,</p>
<p>Please find attached an individual voluntary GCM review report, <i>Return and reintegration in practice: notes from Iraq and Jordan, 2019&#8211;2020</i>. It draws on interviews I carried out over the past two years and is written in a personal capacity.</p>
<p>I would also like to request a floor intervention in the <b>fourth thematic roundtable</b>, if there is still room.</p>
<p>For the programme, please list me simply as: Hana Youssef, Independent Researcher. I finished my postdoc in December and start a new position in April, so please do not list any institution.</p>
<p>With best wishes,<br>Hana</p>
<p style="color:rgb(96,96,96);font-size:10pt">Dr. Hana Youssef<br>Independent Researcher | Return migration &amp; reintegration<br>+962 79 612 0044</p>
</div>
"""


def m08():
    when = at("2021-02-03 14:55:12")
    sent = sent_at(when, 2, 5)
    htmlp = leaf("text/html", page(M08_TEXT_HTML), "utf-8", "quoted-printable")
    rep = attach("application/pdf", pdf("Return and reintegration in practice: notes from Iraq and Jordan",
                                         "Individual voluntary GCM review report - H. Youssef - February 2021"),
                 "Youssef_GCM_voluntary_review_individual.pdf")
    body = multi("mixed", [htmlp, rep], "_004_AM0PR83MB0289F5E3A1C7B9D2AM0PR83MB0289EURP_")
    m = mk(when, sent, "mail-am6eur05.outbound.protection.example.com", "40.107.22.105", "4DVpM90Xs2z5",
           "Hana Youssef <hana.youssef@outlook.example.com>",
           "Voluntary review report (individual) + request to speak at Roundtable 4", M08_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hana Youssef", "Independent Researcher", None, ["roundtable"], 4)],
        report_attachments=["Youssef_GCM_voluntary_review_individual.pdf"],
        notes="HTML-only Outlook.com message with a PDF: individual report plus a speaker request, both on time; "
              "researcher between posts who asks not to be listed with any institution: affiliation null; "
              "'Dr.' dropped; 'fourth thematic roundtable' = 4. Followed up in h176-20."))


M09_ID = "<20210203163037.Horde.k2Tr8bQ1xWm4@webmail.planet.example.tn>"
M09_TEXT = """Madame, Monsieur,

Ancien inspecteur divisionnaire du travail, aujourd'hui retraité, je me permets de vous transmettre ci-joint une contribution personnelle à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, sous la forme d'un rapport volontaire.

Ce document (8 pages) porte sur le contrôle des agences de recrutement privées et sur le suivi des travailleurs tunisiens partis en Libye et dans les pays du Golfe, d'après mon expérience de terrain entre 1985 et 2016. Il ne prétend pas à l'exhaustivité ; j'espère qu'il pourra être utile aux rapporteurs.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Habib Trabelsi
Inspecteur divisionnaire du travail (retraité)
Sfax
"""


def m09():
    when = at("2021-02-03 18:30:40")
    sent = sent_at(when, 1, 3)
    t = leaf("text/plain", M09_TEXT, "iso-8859-1", "quoted-printable")
    doc = attach(DOCX, make_docx([
        "Contribution personnelle à l'examen régional du PMM - région arabe",
        "Habib Trabelsi, inspecteur divisionnaire du travail (retraité)",
        "1. Le contrôle des agences de recrutement privées : constats 1985-2016",
        "2. Le suivi des travailleurs partis en Libye et dans les pays du Golfe",
        "3. Recommandations au titre des objectifs 6 et 21 du PMM"]),
        "Contribution_PMM_H_Trabelsi.docx")
    body = multi("mixed", [t, doc], "=_a1c77d2e9f0b4a5c8e1d3f6b")
    m = mk(when, sent, "smtp3.planet.example.tn", "197.2.14.33", "4DVxR42mDqz7",
           "Habib Trabelsi <htrabelsi@planet.example.tn>",
           hdr("Contribution volontaire à l'examen régional du PMM (document joint)", "iso-8859-1", "Q"),
           M09_ID, body, extra=[("User-Agent", "Horde Application Framework 5")],
           ret="htrabelsi@planet.example.tn")
    add(9, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=["Contribution_PMM_H_Trabelsi.docx"],
        notes="individual report from a retired labour inspector, called a 'contribution personnelle ... sous la "
              "forme d'un rapport volontaire'; ISO-8859-1 quoted-printable body and Q-encoded Latin-1 subject; "
              "the signature title is not a speaker request. Thanked in h176-16."))


def m10():
    when = at("2021-02-04 09:02:17")
    sent = sent_at(when, 2, 4)
    text = """Dear colleagues,

Two of my doctoral students would like to take part in the regional review and asked me to send this on their behalf, as they do not yet have university e-mail accounts that work reliably. They filled in the template below themselves; I have only corrected one typo.

-----------------------------------------
SPEAKER 1
Full name: Yasmin Eltayeb
Position/Title: PhD candidate, Department of Political Science
Organisation: University of Khartoum
Preferred session: Open discussion (23 Feb)

SPEAKER 2
Full name: Mohamed Osman Ali
Position/Title: Doctoral researcher
Organisation: Univ. of Khartoum – Migration Research Group (MRG)
Preferred session: Roundtable 1 (or 3 if 1 is full)
-----------------------------------------

I am not requesting a slot for myself. Please copy both of them in your reply: yasmin.eltayeb.uofk@gmail.example.com and mosman.ali@yahoo.example.com.

Best wishes,
Nadia

Nadia Farah, PhD
Associate Professor | Department of Political Science | University of Khartoum
"""
    body = both_parts(text, "000000000000e7a3c105ba7d2b91")
    m = mk(when, sent, "mail-ej1-f45.google.example.com", "209.85.218.45", "4DWPp03jTvz2",
           "Nadia Farah <nadia.farah.uofk@gmail.example.com>", "Speaker nominations - two PhD students (UofK)",
           "<CAFn4rX8Lq0wNadiaF2kTm9bV3yU6cE1pJ7sG5hDz@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Yasmin Eltayeb", "PhD candidate, Department of Political Science", "University of Khartoum",
           ["open_discussion"]),
        sp("Mohamed Osman Ali", "Doctoral researcher", "Univ. of Khartoum – Migration Research Group (MRG)",
           ["roundtable"], 1)],
        notes="a professor sends a pasted registration template on behalf of two students and is not a speaker "
              "herself (her signature title/affiliation are decoys); title written with its department kept as "
              "written (cf. dev 012); second affiliation abbreviated with its research group and acronym, kept "
              "as written; 'Roundtable 1 (or 3 if 1 is full)' = first choice 1."))


def m11():
    when = at("2021-02-04 20:14:55")
    sent = sent_at(when, 2, 6)
    inner = """<div dir="rtl" style="font-family:Tahoma,Arial;font-size:14px">
<p>مرحباً،</p>
<p>أنا طالبة ماجستير وأودّ المشاركة بمداخلة قصيرة في الطاولة المستديرة رقم ٣ خلال المؤتمر، حول الوصول إلى العدالة للعاملات المنزليات المهاجرات، وهو موضوع رسالتي.</p>
<p><b>الاسم الكامل:</b> ريم الحاج<br>
<b>الصفة:</b> طالبة ماجستير في كلية الحقوق والعلوم السياسية<br>
<b>الجامعة:</b> الجامعة اللبنانية</p>
<p>ملاحظة: أشارك بصفتي الشخصية وليس باسم الجامعة.</p>
<p>شكراً جزيلاً لكم،<br>ريم</p>
</div>"""
    body = leaf("text/html", page(inner, rtl=False), "utf-8", "base64")
    m = mk(when, sent, "sonic305-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.210", "4DWmK66cNhz4",
           addr("Reem El Hajj", "reem_elhajj@yahoo.example.com"),
           hdr("طلب مداخلة - الطاولة المستديرة ٣"),
           "<1612462491.7733205.1612462495008@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم الحاج", "طالبة ماجستير في كلية الحقوق والعلوم السياسية", "الجامعة اللبنانية",
           ["roundtable"], 3)],
        notes="HTML-only Yahoo message (base64), Arabic labelled lines in bold; the title carries her faculty (kept "
              "with the title as in dev 012); the university line is recorded although she adds that she speaks "
              "'بصفتي الشخصية'; Latin display name, roundtable number in Arabic-Indic digits ('رقم ٣')."))


def m12():
    when = at("2021-02-05 22:41:06")
    sent = sent_at(when, 1, 5)
    text = """Bonsoir,

Je me permets de vous écrire à la dernière minute, en espérant ne pas être hors délai.

Je suis consultante indépendante (genre et migrations, une quinzaine d'années entre Alger, Tunis et Marseille) et je souhaiterais participer à la discussion ouverte de la consultation multipartite du 23 février. Si vous cherchez encore des rapporteurs ou rapporteuses pour restituer les messages clés des parties prenantes, je suis également volontaire.

Je n'interviendrais au nom d'aucune organisation (je suis adhérente de l'association Femmes Maghrébines en Mouvement, mais sans mandat de sa part).

Bien à vous,

Amina Belkacem
Consultante indépendante

Envoyé de mon iPad"""
    body = leaf("text/plain", flowed(text, 76), "utf-8", "quoted-printable", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent, "smtp6-g21.free.example.fr", "212.27.42.6", "4DXG1d3yPbz9",
           "Amina Belkacem <amina.belkacem@free.example.fr>",
           hdr("Participation discussion ouverte 23/02 + rapporteure", enc="Q"),
           "<7E1A2C94-3B5D-4F6A-9C0E-1D2B3A4C5E6F@free.example.fr>", body,
           extra=[("X-Mailer", "iPad Mail (18D52)")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Amina Belkacem", "Consultante indépendante", None, ["open_discussion", "rapporteur"])],
        notes="on time (22:41 Beirut on 5 Feb; Date header 21:41 +0100); one speaker, two roles (open discussion "
              "and rapporteur, 'rapporteurs ou rapporteuses'); independent consultant: membership of an association "
              "'sans mandat' is not an affiliation, so null; iPad Mail, plain text only."))


def m13():
    when = at("2021-02-06 10:17:33")
    sent = sent_at(when, 2, 9)
    text = """Good morning madam/sir

My name is Grace Wanjiru i am from Kenya, working as domestic worker in Beirut since 2015. Me and my friend Meseret Alemu (from Ethiopia) we want to speak in the conference, in the big session with the ministers (plenary) to tell about kafala and what happen to us and other girls after the explosion in August.

Me i am volunteer and Meseret also volunteer in the Migrant Domestic Workers Alliance (MDWA) it is a group of women from many countries, not registered NGO.

Sorry i know the date was 5 February, i saw the message only yesterday night from a friend.

Thank you
Grace

Sent from my Samsung Galaxy smartphone."""
    body = both_parts(text, "--_com.samsung.android.email_1612599444103881",
                      html=page('<div dir="auto">' + "<br>".join(esc(x) for x in text.split("\n")) + "</div>"),
                      cte="base64")
    m = mk(when, sent, "mail-qk1-f178.google.example.com", "209.85.222.178", "4DXlQ58vRtz1",
           "grace wanjiru <gracewanjiru2015@gmail.example.com>", "speak in conference",
           "<CAGw5kT1nRz0qGrace8mV3bY7pL2xE9cH4uA6sD@mail.gmail.example.com>", body,
           extra=[("X-Mailer", "Samsung Email")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Grace Wanjiru", "Volunteer", "Migrant Domestic Workers Alliance (MDWA)", ["plenary"]),
        sp("Meseret Alemu", "Volunteer", "Migrant Domestic Workers Alliance (MDWA)", ["plenary"])],
        notes="LATE (6 Feb) and says so; migrant domestic worker writing from a phone in simple English for herself "
              "and a friend; 'the big session with the ministers (plenary)' = plenary; both are volunteers of an "
              "unregistered collective, recorded as title 'Volunteer' (secretary's capitalised form of 'volunteer') "
              "and the collective with its acronym as affiliation; nationalities are not affiliations."))


def m14():
    when = at("2021-02-07 13:05:21")
    sent = sent_at(when, 2, 7)
    ack_id = "<ack.4DSD6v0Nq7z1@gcmrrarabstates.iom.int>"
    text = """يعطيكم العافية وصلني ردكم
بدي اسأل اذا لازم اكون ببيروت يوم ٢٣ ولا في اونلاين؟ وانا اقامتي منتهية من ٣ شهور وما بقدر اطلع من الاردن، بصير احكي من التلفون؟
وشكرا

بتاريخ الجمعة، ٢٩ يناير ٢٠٢١ في ١٠:٤٧ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
> شكراً لرسالتكم. تم تسجيل طلبكم للمشاركة بالكلمة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة،
> وسنعود إليكم بالتفاصيل في أقرب وقت.
>
> أمانة المراجعة الإقليمية
"""
    body = both_parts(text, "0000000000003f7b9105bacf4e18", rtl=True, cte="base64")
    m = mk(when, sent, "mail-pj1-f65.google.example.com", "209.85.216.65", "4DYN2b7kWfz6",
           "Abdo Sudan <abdo.adam88@gmail.example.com>", re_hdr("Re: ", "مشاركه"),
           "<CAPx7=q2Lw0sUdanAbdo9hGt4Nc8kPz5Rw2Ys1Ub@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M03_ID, ack_id))])
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h176-03.eml",
        notes="reply to the acknowledgement of h176-03 (References name h176-03): a logistics question (in person or "
              "online, expired residence permit), not a new request and not a mere thank-you, so it is "
              "acknowledged; colloquial Arabic, Gmail Arabic quote header with '>' quoted acknowledgement."))


M15_ID = "<CAMs0wSn7Rq2Lw4Yx8Tb1Vz5Kc3Hd9Ue6Pg0Ja2Nf@mail.gmail.example.com>"


def m15():
    when = at("2021-02-08 17:40:02")
    sent = sent_at(when, 2, 4)
    text = """تحية طيبة وبعد،

أرفق لكم طيّه تقريراً طوعياً فردياً بعنوان «العائدون من الخليج: إعادة الإدماج الاقتصادي للعمال المصريين بعد جائحة كوفيد-١٩»، أعددته بصفتي باحثة مستقلة بين عقدَي عمل، ويستند إلى ٣٤ مقابلة أجريتها في محافظتي أسيوط والمنيا خلال عام ٢٠٢٠.

أرجو التكرم بتأكيد الاستلام، وأنا على استعداد لتقديم أي توضيحات.

مع خالص التقدير،
سوسن المصري
باحثة مستقلة
"""
    alt_ = both_parts(text, "000000000000c21e8f05bad9a6c4", rtl=True, cte="base64")
    fname = "تقرير طوعي - سوسن المصري.pdf"
    rep = leaf("application/pdf", pdf("Returnees from the Gulf: economic reintegration of Egyptian workers",
                                      "Individual voluntary report - Sawsan El Masry - February 2021"),
               cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp='attachment; filename="%s"' % b_word(fname),
               extra=[("Content-ID", "<f_kkw8r1t40>"), ("X-Attachment-Id", "f_kkw8r1t40")])
    body = multi("mixed", [alt_, rep], "000000000000c21e9105bad9a6c6")
    m = mk(when, sent, "mail-wm1-f49.google.example.com", "209.85.128.49", "4DZ8vX0sKmz3",
           addr("سوسن المصري", "sawsan.elmasry.research@gmail.example.com"),
           hdr("تقرير طوعي فردي - المراجعة الإقليمية للاتفاق العالمي للهجرة"), M15_ID, body)
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="individual report from a researcher between contracts; Gmail style: Arabic PDF name as an RFC 2047 "
              "encoded-word inside the quoted filename/name parameters; Arabic-Indic digits; revised later "
              "(h176-24)."))


def m16():
    when = at("2021-02-09 08:12:45")
    sent = sent_at(when, 1, 3)
    ack_id = "<ack.4DVxR42mDqz7@gcmrrarabstates.iom.int>"
    text = """Bien reçu, merci beaucoup.
Bonne continuation à toute l'équipe.

H. Trabelsi

----- Message de GCM Regional Review Arab States <gcmrrarabstates@iom.int> ---------
   Date : Wed, 3 Feb 2021 18:31:12 +0200
     De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Objet : Accusé de réception - Contribution volontaire à l'examen régional du PMM
      À : htrabelsi@planet.example.tn

> Bonjour,
> Nous accusons réception de votre rapport volontaire (Contribution_PMM_H_Trabelsi.docx).
> Il sera transmis à l'équipe de l'examen régional.
> Secrétariat de l'examen régional du PMM
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable", params=[("format", "flowed"), ("DelSp", "Yes")])
    m = mk(when, sent, "smtp3.planet.example.tn", "197.2.14.33", "4DZZ6p1LcHz8",
           "Habib Trabelsi <htrabelsi@planet.example.tn>",
           hdr("Re: Accusé de réception - Contribution volontaire à l'examen régional du PMM", "iso-8859-1", "Q"),
           "<20210209071242.Horde.Zq4mR7cW2kTn@webmail.planet.example.tn>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M09_ID, ack_id)),
                  ("User-Agent", "Horde Application Framework 5")], ret="htrabelsi@planet.example.tn")
    add(16, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h176-09.eml",
        notes="thank-you reply to the acknowledgement of h176-09 that adds nothing new: do not acknowledge; the "
              "Horde-style quoted acknowledgement names the DOCX and the voluntary report."))


def m17():
    when = at("2021-02-10 12:26:50")
    sent = sent_at(when, 1, 5)
    text = """السادة أمانة المراجعة الإقليمية المحترمين،
تحية طيبة،

تجدون في المرفق تقريري الطوعي حول «هجرة الشباب من الجنوب التونسي نحو ليبيا وإيطاليا: قراءة في تنفيذ الأهداف ٥ و٧ و١٠ من الاتفاق العالمي»، وهو عمل فردي لا يلزم أي مؤسسة.

كما أرغب، إن أمكن رغم فوات الموعد المحدد لطلبات الكلمة، في تقديم مداخلة ضمن الطاولة المستديرة الثانية يوم ٢٤ فبراير.

مع فائق الاحترام،

د. خالد بن سالم
باحث في سوسيولوجيا الهجرة
(مستقل حالياً – سابقاً في المرصد الوطني للهجرة)
قابس – تونس
"""
    html = page('<div class="WordSection1" dir="rtl">' + text2html(text) + "</div>")
    alt_ = both_parts(text, "_000_VI1P193MB0411B2C3D4E5F607VI1P193MB0411EURP_", html=html)
    doc = attach(DOCX, make_docx([
        "Youth migration from southern Tunisia towards Libya and Italy",
        "Individual voluntary GCM review report - Khaled Ben Salem",
        "Objectives 5, 7 and 10: findings and recommendations"]),
        "Khaled_BenSalem_GCM_review.docx")
    body = multi("mixed", [alt_, doc], "_004_VI1P193MB0411B2C3D4E5F607VI1P193MB0411EURP_")
    m = mk(when, sent, "mail-vi1eur02.outbound.protection.example.com", "40.107.3.92", "4DbBk27qYvz0",
           addr("خالد بن سالم", "khaled.bensalem@outlook.example.com"),
           hdr("تقرير طوعي + طلب مداخلة (الطاولة المستديرة الثانية)"),
           "<VI1P193MB0411B2C3D4E5F607@VI1P193MB0411.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-TN"),
                  ("X-Mailer", "Microsoft Outlook 16.0")])
    add(17, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("خالد بن سالم", "باحث في سوسيولوجيا الهجرة", None, ["roundtable"], 2)],
        report_attachments=["Khaled_BenSalem_GCM_review.docx"],
        notes="both; 10 February: report part on time, speaker part late (he says so), so on_time false; the "
              "speaker's name and title only in the signature ('د.' dropped); he is independent and names only a "
              "former employer ('سابقاً في المرصد الوطني للهجرة'): affiliation null; city/country line dropped."))


def m18():
    when = at("2021-02-11 15:33:27")
    sent = sent_at(when, 2, 6)
    text = """Hi,

Attached is my voluntary GCM review report for the Arab region consultation. It looks at how the 2019 labour law amendments were applied to Syrian and Egyptian construction workers in Mount Lebanon, based on my thesis fieldwork.

I have also attached a short CV in case you need a profile of the author. I'm a student so I don't represent any organisation - it is an individual submission.

Thanks a lot,
Omar

Omar Saleh
PhD student, Geography
Lebanese American University
"""
    t = leaf("text/plain", text, "us-ascii", "7bit", params=[("format", "flowed")])
    rep = attach("application/pdf", pdf("Labour law amendments and construction workers in Mount Lebanon",
                                        "Voluntary GCM review report - O. Saleh - February 2021", 8),
                 "GCM_voluntary_report_OSaleh_Feb2021.pdf")
    cv = attach("application/pdf", make_pdf(["Omar Saleh - Curriculum vitae", "PhD student, Geography"]),
                "CV_Omar_Saleh_2021.pdf")
    body = multi("mixed", [t, rep, cv], "Apple-Mail=_5B0E7C31-8A2F-4D94-B6E1-3C9D0F2A7E45")
    m = mk(when, sent, "st43p00im-ztfb10073301.me.example.com", "17.58.63.179", "4DbgT31hPxz5",
           "Omar Saleh <omar.saleh.research@icloud.example.com>", "Voluntary GCM review report - individual submission",
           "<6C2F9B7E-1D4A-4E83-A5C0-8B3E2F7D1A96@icloud.example.com>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=["GCM_voluntary_report_OSaleh_Feb2021.pdf"],
        notes="individual report from a PhD student (Apple Mail); a second PDF is his CV, not part of the report; "
              "signature with university is not a speaker request."))


def m19():
    when = at("2021-02-12 11:48:09")
    sent = sent_at(when, 1, 4)
    text = """Mesdames, Messieurs,

Ancien ambassadeur, aujourd'hui à la retraite, je souhaiterais, si le programme le permet encore, prendre la parole lors d'une séance plénière de la Conférence régionale d'examen du Pacte mondial (24-25 février), sur la coopération consulaire et la protection des ressortissants en situation de crise.

Je me permets également de vous proposer mon ancien collègue, M. Slim Gharbi, professeur associé à la Faculté de droit et des sciences politiques, Université de Sousse, pour une intervention dans la table ronde n° 4.

Je mesure que le délai fixé au 5 février est dépassé et vous remercie par avance de votre indulgence.

Veuillez agréer, Mesdames, Messieurs, l'expression de ma haute considération.

Mongi Ben Ammar
Ambassadeur honoraire
"""
    body = both_parts(text, "_000_PAXP190MB1727E4F5A6B7C8D9PAXP190MB1727EURP_",
                      style=' lang="FR" link="#0563C1" vlink="#954F72"')
    m = mk(when, sent, "mail-pa1fra01.outbound.protection.example.com", "40.107.12.71", "4Dc5Hq8sMbz2",
           "BEN AMMAR Mongi <mbenammar@gnet.example.tn>",
           hdr("Demande de prise de parole – séance plénière et table ronde n° 4", enc="Q"),
           "<PAXP190MB1727E4F5A6B7C8D9@PAXP190MB1727.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR"),
                  ("Importance", "high")])
    add(19, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mongi Ben Ammar", "Ambassadeur honoraire", None, ["plenary"]),
        sp("Slim Gharbi", "professeur associé à la Faculté de droit et des sciences politiques",
           "Université de Sousse", ["roundtable"], 4)],
        notes="LATE (12 Feb), the sender admits it; retired diplomat proposes himself (plenary; title only in the "
              "signature, no affiliation) and a former colleague described in prose ('M.' dropped; title written "
              "with the faculty kept as the title, the university as affiliation); From display name in "
              "'SURNAME First' order; 'table ronde n° 4'."))


def m20():
    when = at("2021-02-14 19:02:44")
    sent = sent_at(when, 3, 5)
    inner = """<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Dear Secretariat,</p>
<p>Apologies for chasing. Could you confirm that my report (sent on 3 February, below) was received? I have not had any reply and want to be sure it did not end up in a spam folder.</p>
<p>Also, is there any news about the roundtable 4 slot? I will be in Erbil that week, so one hour ahead of Beirut, in case the timing matters.</p>
<p>Thank you,<br>Hana</p>
</div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Hana Youssef &lt;hana.youssef@outlook.example.com&gt;<br>
<b>Sent:</b> Wednesday, February 3, 2021 2:55 PM<br>
<b>To:</b> gcmrrarabstates@iom.int &lt;gcmrrarabstates@iom.int&gt;<br>
<b>Subject:</b> Voluntary review report (individual) + request to speak at Roundtable 4</font>
<div>&nbsp;</div></div>
""" + M08_TEXT_HTML
    body = leaf("text/html", page(inner), "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-am6eur05.outbound.protection.example.com", "40.107.22.110", "4DdC7n4wFpz6",
           "Hana Youssef <hana.youssef@outlook.example.com>",
           "Re: Voluntary review report (individual) + request to speak at Roundtable 4",
           "<AM0PR83MB0289C9D8E7F6A5B4@AM0PR83MB0289.EURPRD83.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID), ("Content-Language", "en-GB")])
    add(20, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h176-08.eml",
        notes="follow-up to her own h176-08 (In-Reply-To set): asks whether the report arrived and about the "
              "roundtable slot; HTML-only Outlook.com reply quoting the whole original (report announcement and "
              "'fourth thematic roundtable') without '>' prefixes; nothing new is submitted."))


def m21():
    when = at("2021-02-16 21:10:03")
    sent = sent_at(when, 1, 5)
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire rédigé par un groupe de six étudiant·e·s du Master « Migrations et sociétés » de l'Université d'Oran 2, dans le cadre d'un atelier encadré mais à titre individuel (le document n'engage pas l'université).

Il porte sur la situation des migrant·e·s subsaharien·ne·s en transit dans l'Ouest algérien et sur l'accès à l'état civil pour les enfants nés en route.

Nous espérons qu'il arrive dans les délais.

Cordialement,
Yacine Haddad, pour le groupe
"""
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    fname = "Rapport_volontaire_étudiant·e·s_Master_Migrations_Oran.docx"
    data = make_docx(["Rapport volontaire - examen régional du PMM",
                      "Groupe d'étudiant·e·s du Master « Migrations et sociétés »",
                      "Transit dans l'Ouest algérien et accès à l'état civil"])
    disp = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname, 40))
    doc = leaf(DOCX, data, cte="base64", params=[("name", '"%s"' % b_word(fname))], disp=disp)
    body = multi("mixed", [t, doc], "------------8C1E2A4F6B3D5A7C9E0F1B2D")
    m = mk(when, sent, "smtp.laposte.example.net", "160.92.124.66", "4DfTq98nBcz1",
           "Yacine Haddad <yacine.h@laposte.example.net>",
           hdr("Rapport volontaire – groupe d'étudiant·e·s (Oran)", enc="Q"),
           "<b2d9f0c4-7a1e-4c63-9e5b-3f8a2d1c6e07@laposte.example.net>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.1"), ("Content-Language", "fr")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report by a group of students sent by one of them ('pour le groupe'), on the last evening of the "
              "deadline; inclusive-writing middle dots (·) in body, subject and DOCX name; file name in RFC 2231 "
              "continuations (Thunderbird) with an RFC 2047 name parameter."))


def m22():
    when = at("2021-02-17 00:20:05")
    sent = tz(when - dt.timedelta(seconds=4), 3)
    t1 = leaf("text/plain", "السلام عليكم\nمرفق التقرير. آسف على التأخير\n\n", "utf-8", "base64")
    rep = attach("application/pdf", pdf("Egyptian workers in Saudi Arabia: wage theft and exit visas",
                                        "Report by Mahmoud Abdelaal - February 2021"), "report_GCM.pdf", inline=True)
    t2 = leaf("text/plain", "\n\nأُرسلت من الـ iPhone\n", "utf-8", "base64")
    body = multi("mixed", [t1, rep, t2], "Apple-Mail-8E3C1A5F-2B7D-4F90-9A6E-0D4C7B1E3F52")
    m = mk(when, sent, "st43p00im-ztdg10061901.me.example.com", "17.58.63.174", "4DfsZ25pVwz4",
           addr("محمود عبد العال", "m.abdelaal1979@icloud.example.com"), hdr("التقرير"),
           "<A3E6F1C2-9D84-4B27-8E05-7C1F3A9D2B64@icloud.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=["report_GCM.pdf"],
        notes="LATE by 20 minutes: received 00:20 Beirut on 17 Feb (Date header 01:20 +0300, already the 17th for "
              "the sender too); the writer apologises for the delay; iPhone minimal layout [text, inline PDF, "
              "text], generic file name, one-word Arabic subject; migrant worker writing for himself."))


def m23():
    when = at("2021-02-18 10:05:30")
    sent = sent_at(when, 0, 4)
    text = """Madame, Monsieur,

Je vous prie de trouver ci-joint ma contribution volontaire à l'examen régional du Pacte mondial pour les migrations, consacrée à l'insertion professionnelle des migrants subsahariens installés au Maroc depuis la régularisation de 2014.

Je sais que la date limite était le 16 février ; un problème de santé m'a empêché de finaliser le document à temps. J'espère qu'il pourra néanmoins être pris en compte.

Par ailleurs, je serais honoré de servir comme rapporteur pour restituer les messages clés des parties prenantes lors de la conférence, si cette fonction n'est pas encore attribuée.

Avec mes remerciements,

Jean-Baptiste Kaboré
Consultant indépendant
Rabat
"""
    alt_ = both_parts(text, "0000000000005d8e2a05bb9c0f47")
    rep = attach("application/pdf", pdf("Insertion professionnelle des migrants subsahariens au Maroc",
                                        "Contribution volontaire - J.-B. Kabore - fevrier 2021"),
                 "Contribution_volontaire_PMM_JB_Kaboré.pdf")
    body = multi("mixed", [alt_, rep], "0000000000005d8e2d05bb9c0f49")
    m = mk(when, sent, "mail-ed1-f53.google.example.com", "209.85.208.53", "4DgQ3r6tJmz7",
           addr("Jean-Baptiste Kaboré", "jb.kabore.consult@gmail.example.com"),
           hdr("Contribution volontaire PMM + proposition rapporteur", enc="Q"),
           "<CAB3kJ9mT0xQpKabore7Lw2Yn5Rc8Vd1Hs4Ge6Fa@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Jean-Baptiste Kaboré", "Consultant indépendant", None, ["rapporteur"])],
        report_attachments=["Contribution_volontaire_PMM_JB_Kaboré.pdf"],
        notes="both parts LATE (18 Feb): report called 'contribution volontaire' and a rapporteur offer; independent "
              "consultant, no organisation (the city line is not an affiliation); non-ASCII PDF name (RFC 2231 "
              "filename, RFC 2047 name); RFC 2047 display name."))


def m24():
    when = at("2021-02-22 09:45:00")
    sent = sent_at(when, 2, 5)
    text = """تحية طيبة،

أرسل إليكم نسخة منقّحة من تقريري الطوعي بعد تصحيح بعض الأرقام في الجدول ٢ وإضافة خاتمة قصيرة. أرجو اعتماد هذه النسخة بدلاً من السابقة إن أمكن، مع اعتذاري عن التأخير.

مع الشكر،
سوسن

في الاثنين، ٨ فبراير ٢٠٢١ في ٥:٤٠ م، كتب سوسن المصري <sawsan.elmasry.research@gmail.example.com>:
> تحية طيبة وبعد،
>
> أرفق لكم طيّه تقريراً طوعياً فردياً بعنوان «العائدون من الخليج: إعادة الإدماج الاقتصادي للعمال المصريين
> بعد جائحة كوفيد-١٩»، أعددته بصفتي باحثة مستقلة بين عقدَي عمل.
>
> سوسن المصري
> باحثة مستقلة
"""
    alt_ = both_parts(text, "000000000000a7d3f205bbe41c20", rtl=True, cte="base64")
    fname = "تقرير طوعي - سوسن المصري - نسخة منقحة.pdf"
    rep = leaf("application/pdf", pdf("Returnees from the Gulf: economic reintegration of Egyptian workers (rev.)",
                                      "Individual voluntary report - Sawsan El Masry - revised 21 February 2021", 7),
               cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp='attachment; filename="%s"' % b_word(fname),
               extra=[("Content-ID", "<f_kle3v9p20>"), ("X-Attachment-Id", "f_kle3v9p20")])
    body = multi("mixed", [alt_, rep], "000000000000a7d3f505bbe41c22")
    m = mk(when, sent, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DkWn81cQsz9",
           addr("سوسن المصري", "sawsan.elmasry.research@gmail.example.com"),
           re_hdr("Re: ", "تقرير طوعي فردي - المراجعة الإقليمية للاتفاق العالمي للهجرة"),
           "<CAMs0wSn7Rq2Lw4Yx8Tb9Mz1Kc6Hd3Ue0Pg4Ja7Nf@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID)])
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        thread_of="h176-15.eml", report_attachments=[fname],
        notes="revised version of h176-15 replying to her own message (In-Reply-To set) and asking to replace it; "
              "received 22 Feb, after the report deadline, although the original was on time; Gmail Arabic quote "
              "header with Arabic-Indic digits; RFC 2047 encoded-word inside the quoted filename."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
