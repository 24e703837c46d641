#!/usr/bin/env python3
"""Write the blind evaluation set holdout177 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets177.py
Theme: the last week of January 2021 (Mon 25 - Sun 31 Jan), before the speaker deadline of 5 February: a
mixed week of every kind of sender (NGOs, trade unions, academics, individuals, partners of UN agencies),
many of them writing in a hurry from a phone.  Everything a person sent that week is on time; two senders
believe they are late.  Helpers imported from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, b_word, dsn_report, esc, flowed, hdr, html_only,
                     leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rfc2231_cont, rfcdate, sent_at, sp,
                     std_rows, text2html, top, tz)

SET = EvalSet(177)
add = SET.add

INVITE_ID = "<INV-AR-2021-0125.114@gcmrrarabstates.iom.int>"
INVITE_SUBJ_EN = "Invitation: Regional Review of the Global Compact for Migration in the Arab Region"


def page(inner, rtl=False, charset="utf-8", body_attrs=""):
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body%s%s>%s</body></html>\n' % (charset, d, body_attrs, inner))


def report_pdf(title, author, topics):
    lines = [title, author, "", "1. Introduction", "2. Methodology"]
    lines += ["3.%d %s" % (k, t) for k, t in enumerate(topics, 1)]
    lines += ["4. Challenges", "5. Recommendations"]
    return make_pdf(lines)


def report_docx(title, author, topics):
    paras = [title, author, "Introduction", "Methodology"]
    paras += ["Progress: %s" % t for t in topics]
    paras += ["Challenges", "Recommendations"]
    return make_docx(paras)


def plain(text, charset="utf-8", cte="quoted-printable", params=None):
    return leaf("text/plain", text, charset, cte, params=params)


# ================================================================ the 24 messages
def m01():
    # Exchange out-of-office, Arabic, to the invitation mailing sent on Monday morning
    when = at("2021-01-25 11:02:17")
    sent = sent_at(when, 3, 1)
    text = """شكراً على رسالتكم.

أنا خارج المكتب في مهمة عمل حتى يوم الأحد ٣١ كانون الثاني/يناير ٢٠٢١، ولن أتمكن من الاطلاع على البريد الإلكتروني بشكل منتظم.
للأمور العاجلة يرجى التواصل مع الزميلة ريم على العنوان reem.office@gfwu.example.org

مع التحية،
جمال الدباغ
"""
    body = alt(text, "_000_VI1PR0801MB2044B6E1D0C4A7F3VI1PR0801MB2044eurp_", rtl=True, b64=True)
    rows = std_rows(when, "mail-vi1eur04.outbound.protection.example.com", "40.107.8.94", "4DPLq62Xv3z1",
                    addr("جمال الدباغ", "j.dabbagh@gfwu.example.org"),
                    hdr("رد تلقائي: " + INVITE_SUBJ_EN),
                    rfcdate(sent), "<VI1PR0801MB2044B6E1D0C4A7F3@VI1PR0801MB2044.eurprd08.prod.outlook.example.com>",
                    extra=[("Thread-Topic", INVITE_SUBJ_EN), ("Auto-Submitted", "auto-replied"),
                           ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop",
                                                                 "j.dabbagh@gfwu.example.org"),
                           ("Content-Language", "ar-IQ"), ("In-Reply-To", INVITE_ID)])
    rows[0] = ("Return-Path", "<>")
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office to the invitation mailing: null Return-Path, Auto-Submitted: auto-replied, "
              "X-Auto-Response-Suppress; Arabic 'رد تلقائي:' prefix on the English invitation subject; the "
              "body names a colleague's address (not a submission)."))


def m02():
    # Exim on a university host: the invitation forwarded by the secretariat could not be stored (over quota)
    when = at("2021-01-25 11:47:05")
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  n.khoury@staff.univ-levant.example.edu
    mailbox is full: retry timeout exceeded

------ This is a copy of the message's headers. ------
"""
    dsn = ("Reporting-MTA: dns; mx2.univ-levant.example.edu\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;n.khoury@staff.univ-levant.example.edu\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: X-Exim; mailbox is full: retry timeout exceeded\n"
           % rfcdate(when - dt.timedelta(hours=1, minutes=26), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review - Arab States <gcmrrarabstates@iom.int>\n"
            "To: n.khoury@staff.univ-levant.example.edu\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n" % (INVITE_SUBJ_EN, rfcdate(when - dt.timedelta(hours=1, minutes=26, seconds=5)), INVITE_ID))
    body = dsn_report(text, dsn, hdrs, "1612266425-eximdsn-1804289383")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mx2.univ-levant.example.edu (mx2.univ-levant.example.edu [198.51.100.23])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4DPLr90mTtz7\r\n"
                         "\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(when, "EET")),
            ("X-Failed-Recipients", "n.khoury@staff.univ-levant.example.edu"),
            ("Auto-Submitted", "auto-replied"),
            ("From", "Mail Delivery System <Mailer-Daemon@mx2.univ-levant.example.edu>"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", "<E1l3yRk-0007Qs-2c@mx2.univ-levant.example.edu>"),
            ("Date", rfcdate(tz(when - dt.timedelta(seconds=3), 2)))]
    add(2, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exim permanent failure (5.2.2 mailbox full) for the invitation: multipart/report with the returned "
              "headers only; the returned subject is the invitation's (mentions the whole review); X-Failed-Recipients."))


def m03():
    # trade union, iPhone, form pasted from Notes
    when = at("2021-01-25 14:15:40")
    sent = sent_at(when, 2, 3)
    text = """Dear colleagues

Following your invitation, our Federation would like to take the floor in the roundtable on labour migration (roundtable 2 if i understood the concept note correctly).

Details below:

Full name: Bassam Odeh
Position: Head, Migrant Workers Desk
Organisation: General Federation of Mashreq Trade Unions (GFMTU), Amman

Regards
Bassam

Sent from my iPhone"""
    body = plain(text, "us-ascii", "7bit")
    m = mk(when, sent, "mail-ot1-f41.google.example.com", "209.85.210.41", "4DPSb41qQNz3",
           "Bassam Odeh <bassam.odeh.gfmtu@gmail.example.com>", "Roundtable - GFMTU",
           "<8F1C2E7A-3B9D-4C60-A2E4-51D7F0B93C18@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Bassam Odeh", "Head, Migrant Workers Desk", "General Federation of Mashreq Trade Unions (GFMTU)",
           ["roundtable"], 2)],
        notes="trade union, iPhone plain text with no closing line break; labelled lines typed as a form; the "
              "city after the acronym ('Amman') is not part of the affiliation; the title includes its unit "
              "('Head, Migrant Workers Desk') and is kept whole; roundtable 2 stated with a hedge."))


def m04():
    # question: the registration form does not work, can one person be proposed for two roundtables?
    when = at("2021-01-25 18:32:09")
    sent = sent_at(when, 1, 4)
    text = """Bonsoir,

Nous avons bien reçu votre invitation, merci.

Deux questions avant d'envoyer notre demande :
- le lien vers le formulaire d'inscription en ligne affiche « page introuvable » depuis ce matin, est-ce normal ?
- une même personne peut-elle être proposée pour deux tables rondes différentes, ou faut-il choisir ?

Nous vous enverrons le nom de notre intervenant dès que nous aurons votre réponse.

Bien à vous,

Hind Belkacem
Chargée de communication
Collectif Migrants Solidaires – Tunis
"""
    body = alt(text, "----=_Part_118830_1554872203.1611592329412")
    m = mk(when, sent, "smtp-out.orange.example.tn", "193.95.66.14", "4DPZGb3sLpz5",
           "Hind Belkacem <h.belkacem@cms-tunis.example.org>", hdr("Question formulaire + tables rondes", enc="Q"),
           "<1187244077.118830.1611592329412@webmail.orange.example.tn>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev34"), ("Importance", "Normal")])
    add(4, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="two questions (broken registration link, one person for two roundtables) before a speaker request "
              "that is announced but not made: no speaker named; the signature's title is the sender's own."))


M05_ID = "<AM6PR04MB5127D3A90C1F4E8B2@AM6PR04MB5127.eurprd04.prod.outlook.example.com>"


def m05():
    # NGO network, Outlook, Arabic PDF name, inline logo decoy
    when = at("2021-01-26 09:05:33")
    sent = sent_at(when, 2, 6)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، يسرّ الشبكة العربية لحقوق العمال المهاجرين أن ترفق طيّه تقريرها الطوعي الجماعي الخاص بمراجعة تنفيذ الاتفاق العالمي في المنطقة العربية، والذي أُعدّ بمشاركة إحدى عشرة منظمة عضواً في سبعة بلدان.

يتناول التقرير بشكل خاص الأهداف ٦ و٧ و١٥ و٢١، مع توصيات موجهة إلى الحكومات وإلى الشركاء الدوليين.

نرجو التكرم بتأكيد الاستلام.

وتفضلوا بقبول فائق الاحترام،

ليلى حمدان
منسقة البرامج
الشبكة العربية لحقوق العمال المهاجرين
"""
    html = page('<div dir="rtl" style="font-family:Arial;font-size:11pt">' + text2html(text) +
                '<p><img width="120" height="40" src="cid:image001.png@01D6F3C1.5A2B8E40" alt="logo"></p></div>')
    alt_ = alt(text, "_000_AM6PR04MB5127D3A90C1F4E8B2AM6PR04MB5127eurp_", html=html, b64=True)
    logo = leaf("image/png", make_png(40, 12, (150, 20, 40)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"',
                extra=[("Content-ID", "<image001.png@01D6F3C1.5A2B8E40>")])
    related = multi("related", [alt_, logo], "_004_AM6PR04MB5127D3A90C1F4E8B2AM6PR04MB5127eurp_",
                    params=[("type", '"multipart/alternative"')])
    fname = "التقرير الطوعي الجماعي - الشبكة العربية لحقوق العمال المهاجرين.pdf"
    rep = attach("application/pdf", report_pdf("Collective voluntary GCM review report",
                                               "Arab Network for Migrant Workers' Rights - January 2021",
                                               ["Objective 6", "Objective 7", "Objective 15", "Objective 21"]), fname)
    body = multi("mixed", [related, rep], "_005_AM6PR04MB5127D3A90C1F4E8B2AM6PR04MB5127eurp_")
    m = mk(when, sent, "mail-am6eur04.outbound.protection.example.com", "40.107.13.77", "4DQ5hN2bRcz8",
           addr("ليلى حمدان", "l.hamdan@anmwr.example.org"), hdr("التقرير الطوعي الجماعي للشبكة"), M05_ID, body,
           extra=[("Thread-Topic", hdr("التقرير الطوعي الجماعي للشبكة")), ("Content-Language", "ar-JO"),
                  ("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(5, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report (11 member organisations) from a network, Outlook: mixed > related > alternative "
              "(base64); the inline logo image001.png is a decoy; long Arabic PDF name as RFC 2231 filename* "
              "with an RFC 2047 name parameter. The sender thanks the service for the acknowledgement in h177-17."))


def m06():
    # assistant writing for her director, Outlook desktop, administrative French
    when = at("2021-01-26 10:20:48")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Suite à votre courrier d'invitation relatif à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, j'ai l'honneur de vous informer, à la demande de M. Abdelkader Zerrouki, Directeur exécutif de l'Observatoire des Droits des Migrants en Afrique du Nord (ODMAN), qu'il souhaiterait intervenir lors de l'une des sessions plénières de la conférence des 24 et 25 février.

M. Zerrouki pourra intervenir en français ou en arabe.

Je reste à votre disposition pour tout complément d'information et vous prie d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Fatiha Ouali
Assistante de direction
Observatoire des Droits des Migrants en Afrique du Nord
Tél. : +212 5 37 00 00 00
"""
    html = page('<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">' +
                text2html(text) + "</div>", body_attrs=' lang="FR" link="#0563C1" vlink="#954F72"')
    body = alt(text, "_000_MR2P264MB0411A2B7C9E15F38MR2P264MB0411FRAP_", html=html)
    m = mk(when, sent, "mail-mr2fra01.outbound.protection.example.com", "40.107.9.62", "4DQ7P05KnJz2",
           "OUALI Fatiha <f.ouali@odman.example.org>",
           hdr("Demande d'intervention – séance plénière – M. Abdelkader Zerrouki", enc="Q"),
           "<MR2P264MB0411A2B7C9E15F38@MR2P264MB0411.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", hdr("Demande d'intervention – séance plénière – M. Abdelkader Zerrouki", enc="Q")),
                  ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelkader Zerrouki", "Directeur exécutif",
           "Observatoire des Droits des Migrants en Afrique du Nord (ODMAN)", ["plenary"])],
        notes="sent by the director's assistant on his behalf: the sender (with her own title in the signature) is "
              "not the speaker; speaker in prose after 'M.'; acronym in parentheses kept; 'l'une des sessions "
              "plénières' = plenary; From display name 'SURNAME First'."))


def m07():
    # Egyptian dialect, phone, two speakers (himself and a colleague)
    when = at("2021-01-26 13:47:26")
    sent = sent_at(when, 2, 9)
    text = """مساء الخير
احنا في مؤسسة بكرة للتنمية وحقوق العمالة بالخارج عايزين نشارك في النقاش المفتوح يوم ٢٣ فبراير
هنكون اتنين:
- انا محمد عبد الحميد منسق مشروعات في المؤسسة
- وزميلتي أسماء فاروق، محامية وباحثة قانونية عندنا برضه
لو محتاجين اي بيانات تانية قولولنا
شكرا

Sent from Yahoo Mail on Android"""
    html = page('<div dir="rtl">' + "<br>".join(esc(x) for x in text.split("\n")) + "</div>")
    body = alt(text, "----=_Part_2204519_806115347.1611661636113", html=html)
    m = mk(when, sent, "sonic309-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.146", "4DQBY04vGtz6",
           "mohamed abdelhamid <m.abdelhamid_1987@yahoo.example.com>", hdr("مشاركة في النقاش"),
           "<1544079342.2204519.1611661636113@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailAndroid")])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد عبد الحميد", "منسق مشروعات", "مؤسسة بكرة للتنمية وحقوق العمالة بالخارج", ["open_discussion"]),
        sp("أسماء فاروق", "محامية وباحثة قانونية", "مؤسسة بكرة للتنمية وحقوق العمالة بالخارج",
           ["open_discussion"])],
        notes="Egyptian colloquial from Yahoo Mail on Android, lower-case Latin display name; two speakers on "
              "dashed lines; the organisation is only named in the first sentence ('احنا في ...') and referred to "
              "as 'المؤسسة'/'عندنا' on the speaker lines, so it is recorded for both; 'النقاش المفتوح يوم ٢٣ "
              "فبراير' = open discussion."))


def m08():
    # academic centre, Gmail: report PDF + director as rapporteur
    when = at("2021-01-26 16:10:02")
    sent = sent_at(when, 2, 7)
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Centre for Migration and Refugee Studies (CMRS) at the University of the Levant. It draws on our 2019-2020 survey of 1,200 migrant domestic workers and on four policy roundtables we held with ministries and employers' associations.

In addition, our Director, Prof. Rania Sfeir, would be glad to serve as rapporteur and deliver the stakeholders' key messages at the Regional Review Conference, if the organisers find it useful. She has done this for the GFMD Civil Society Days in 2019.

With best wishes,

Karim Azar
Research Coordinator
Centre for Migration and Refugee Studies (CMRS)
University of the Levant | Beirut
"""
    alt_ = alt(text, "000000000000f1c9a805b9d22e71")
    fname = "CMRS_Voluntary_GCM_Review_Report_Jan2021.pdf"
    rep = attach("application/pdf", report_pdf("Voluntary GCM Review Report - CMRS", "University of the Levant",
                                               ["Objective 6: fair recruitment", "Objective 16: inclusion",
                                                "Objective 22: social protection"]), fname)
    body = multi("mixed", [alt_, rep], "000000000000f1c9ac05b9d22e73")
    m = mk(when, sent, "mail-wr1-f68.google.example.com", "209.85.221.68", "4DQGc20xKqz4",
           "Karim Azar <karim.azar@cmrs-levant.example.edu>", "CMRS voluntary report + rapporteur proposal",
           "<CAH7wXb2Qn4Rz9LkPv1Jm8Tc0Gy6Ud3Se5Ao2Fi@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Sfeir", "Director", "Centre for Migration and Refugee Studies (CMRS) at the University of the Levant",
           ["rapporteur"])],
        report_attachments=[fname],
        notes="both, on time; the speaker is not the sender: 'our Director, Prof. Rania Sfeir' ('Prof.' dropped); "
              "her title is only the word 'Director' and her affiliation is the centre as written in the first "
              "sentence with its acronym and university (the careful secretary's fullest form); the signature "
              "describes the sender (Research Coordinator), not the speaker."))


M09_ID = "<1311874520.1893462.1611731100584@mail.yahoo.example.com>"
M09_TEXT = """Bonjour,

Je me permets de vous écrire pour proposer mon intervention à la table ronde thématique n° 3 (ou à défaut la n° 1) lors de la conférence régionale des 24-25 février. Notre association accompagne depuis 2015 les migrants subsahariens bloqués à Oran et à Maghnia, notamment pour l'accès aux soins.

Merci d'avance pour votre retour.

Amel Bouziane
Présidente
Association Rahma pour l'aide aux migrants – Oran
"""


def m09():
    # Yahoo mobile, HTML only; details only in the signature
    when = at("2021-01-27 08:45:04")
    sent = sent_at(when, 1, 4)
    inner = '<div class="ydp3f1a yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' \
        + "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in M09_TEXT.split("\n")) + "</div>"
    body = html_only(inner)
    m = mk(when, sent, "sonic304-22.consmr.mail.ir2.yahoo.example.com", "77.238.176.151", "4DQhD74qPbz9",
           "Amel Bouziane <amel.bouziane@yahoo.example.fr>", "intervention table ronde", M09_ID, body,
           extra=[("X-Mailer", "WebService/1.1.17648 YahooMailIosMobile")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Amel Bouziane", "Présidente", "Association Rahma pour l'aide aux migrants", ["roundtable"], 3)],
        notes="HTML-only Yahoo mobile (one <div> per line); first person, name/title/organisation only in the "
              "signature; the city after the dash ('– Oran') is not part of the affiliation; 'n° 3 (ou à défaut la "
              "n° 1)': first choice 3. Followed up in h177-21."))


def m10():
    # partner NGO of a UN agency, report DOCX + cover letter PDF (decoy)
    when = at("2021-01-27 11:30:19")
    sent = sent_at(when, 3, 5)
    text = """Dear Sir/Madam,

On behalf of Mercy Bridges Relief (MBR), an implementing partner of UNHCR and IOM in Iraq and the Kurdistan Region, please find attached our voluntary GCM review report, together with a signed cover letter from our Country Director.

The report covers our work on documentation, returns and access to services in Ninewa, Duhok and Erbil (2019-2020).

Kindly acknowledge receipt.

Best regards,
Shilan Mustafa
Grants & Reporting Officer | Mercy Bridges Relief - Iraq Mission
Erbil, KRI
"""
    alt_ = alt(text, "_000_DB7PR02MB4987C71E2A5F0B3DDB7PR02MB4987eurp_")
    rep_name = "MBR Iraq - Voluntary GCM Review Report - Final.docx"
    rep = attach(DOCX, report_docx("Voluntary GCM Review Report", "Mercy Bridges Relief - Iraq",
                                   ["Objective 4: legal identity and documentation",
                                    "Objective 21: dignified return and reintegration",
                                    "Objective 15: access to basic services"]), rep_name)
    cover_name = "Cover letter - signed.pdf"
    cover = attach("application/pdf", make_pdf(["Mercy Bridges Relief - Iraq Mission", "Erbil, 26 January 2021",
                                                "To: GCM Regional Review Secretariat",
                                                "Subject: Transmission of our voluntary GCM review report",
                                                "Country Director"]), cover_name)
    body = multi("mixed", [alt_, rep, cover], "_004_DB7PR02MB4987C71E2A5F0B3DDB7PR02MB4987eurp_")
    m = mk(when, sent, "mail-db7eur02.outbound.protection.example.com", "40.107.6.88", "4DQmSx3zHcz1",
           "Shilan Mustafa <shilan.mustafa@mbr-relief.example.org>",
           "MBR Iraq - Voluntary GCM Review Report",
           "<DB7PR02MB4987C71E2A5F0B3D@DB7PR02MB4987.eurprd02.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")])
    add(10, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[rep_name],
        notes="NGO that is an implementing partner of UN agencies; the report is the DOCX; the signed cover letter "
              "PDF is a transmittal, not part of the report; names with spaces and a hyphen."))


def m11():
    # formal Arabic, windows-1256, labelled form with two speakers
    when = at("2021-01-27 14:05:55")
    sent = sent_at(when, 3, 6)
    text = """حضرات السادة في أمانة المراجعة الإقليمية المحترمين،
تحية طيبة وبعد،

استجابةً لدعوتكم، يتشرف الاتحاد العام لنقابات عمال السودان – أمانة العمال المهاجرين بترشيح المتحدثين التاليين للمؤتمر الاستعراضي الإقليمي:

أولاً:
الاسم: الأستاذ الطيب عثمان الأمين
الوظيفة: أمين العمال المهاجرين
الجهة: الاتحاد العام لنقابات عمال السودان
الدور المطلوب: مقرر لعرض الرسائل الرئيسية لأصحاب المصلحة

ثانياً:
الاسم: السيدة إخلاص محجوب
الوظيفة: مسؤولة ملف المرأة العاملة
الجهة: الاتحاد العام لنقابات عمال السودان
الدور المطلوب: مداخلة في المائدة المستديرة المواضيعية الرابعة

وتفضلوا بقبول وافر الاحترام والتقدير،

مكتب العلاقات الخارجية
الاتحاد العام لنقابات عمال السودان
الخرطوم
"""
    body = alt(text, "----=_NextPart_000_0017_01D6F4B2.8C3E4A10", rtl=True, charset="windows-1256")
    m = mk(when, sent, "mail.sudanworkers.example.org", "203.0.113.58", "4DQr7b1WsMz5",
           addr("مكتب العلاقات الخارجية", "external.relations@sudanworkers.example.org", "windows-1256"),
           hdr("ترشيح متحدثين - الاتحاد العام لنقابات عمال السودان", "windows-1256"),
           "<000f01d6f4a7$8c3e4a10$a4bade30$@sudanworkers.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdbzpxWm1k0P8t2cQyK9dFh3pZ0bLQ=="),
                  ("Content-Language", "ar-sd")])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("الطيب عثمان الأمين", "أمين العمال المهاجرين", "الاتحاد العام لنقابات عمال السودان", ["rapporteur"]),
        sp("إخلاص محجوب", "مسؤولة ملف المرأة العاملة", "الاتحاد العام لنقابات عمال السودان", ["roundtable"], 4)],
        notes="trade union federation writing from its external-relations mailbox (no person sends it); two "
              "speakers as labelled blocks with honorifics on the name lines ('الأستاذ', 'السيدة' dropped); the "
              "body names 'the federation – its migrant workers' secretariat' but each labelled 'الجهة' line gives "
              "the federation only, which is recorded; windows-1256 text and HTML, RFC 2047 windows-1256 headers; "
              "'الرابعة' = roundtable 4."))


def m12():
    # reply to the invitation with a question; '>' quoting
    when = at("2021-01-27 17:50:30")
    sent = sent_at(when, 4, 5)
    text = """Dear colleagues,

Thanks for this. Two quick questions from our side:

1. We are a private recruitment agency that works with IOM on the CREST fair recruitment pilot. Are private sector partners of UN agencies eligible to request a speaking slot, or is the call only for civil society?
2. Will the consultation on 23 Feb and the conference be fully online given the COVID situation? If so, which platform?

Kind regards,
Priya Nair
Compliance Lead, Gulf Ethical Staffing LLC

On Mon, Jan 25, 2021 at 12:21 PM GCM Regional Review - Arab States <gcmrrarabstates@iom.int> wrote:
> Dear partners,
>
> The Regional Review of the Global Compact for Safe, Orderly and Regular
> Migration in the Arab Region will take place on 23-25 February 2021.
> Stakeholders are invited to submit voluntary GCM review reports and to
> request speaking roles (open discussion, rapporteur, plenary or one of the
> four thematic roundtables) by writing to gcmrrarabstates@iom.int.
> Requests for speaking roles should reach us by Friday 5 February 2021.
>
> Kind regards,
> GCM Regional Review Secretariat
"""
    body = alt(text, "0000000000007a3c1e05b9e6d2f8")
    m = mk(when, sent, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DQx3Q6fRkz8",
           "Priya Nair <priya.nair@gulfethicalstaffing.example.ae>", "Re: " + INVITE_SUBJ_EN,
           "<CAF9kLp3Vm2Xq7Rt0Bn5Wz8Hc1Ys4Jd6Ue9Ga3Qi@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", INVITE_ID), ("References", INVITE_ID)])
    add(12, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="reply to the invitation (In-Reply-To the invitation, which is not in the set) asking about "
              "eligibility of private-sector partners and the format; the '>'-quoted invitation mentions reports, "
              "roles and the speaker deadline, but nothing is submitted or requested."))


def m13():
    # Thunderbird flowed, dashed labelled list, two union speakers
    when = at("2021-01-28 09:15:12")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

La Confédération syndicale maghrébine des travailleurs (CSMT) souhaite proposer deux intervenants pour la Conférence régionale d'examen du Pacte mondial sur les migrations :

- Nom : Lotfi Ben Romdhane
- Fonction : Secrétaire général adjoint chargé des migrations et des travailleurs à l'étranger
- Organisation : CSMT
- Session souhaitée : séance plénière

- Nom : Khadija Amrani
- Fonction : Responsable du département juridique
- Organisation : Fédération marocaine des travailleurs agricoles (FMTA), membre de la CSMT
- Session souhaitée : table ronde n°1

Nous restons à votre disposition.

Salutations syndicales,

--
Département des relations internationales
CSMT – Confédération syndicale maghrébine des travailleurs
"""
    body = plain(flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.csmt.example.org", "192.0.2.114", "4DRH0t2Jbqz3",
           "CSMT Relations internationales <ri@csmt.example.org>",
           hdr("Propositions d'intervenants CSMT – plénière et table ronde 1", enc="Q"),
           "<7e31c0b9-4f2a-4d58-b6e1-92a0d3c5f8e4@csmt.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.6.1"), ("Content-Language", "fr")])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Lotfi Ben Romdhane", "Secrétaire général adjoint chargé des migrations et des travailleurs à l'étranger",
           "Confédération syndicale maghrébine des travailleurs (CSMT)", ["plenary"]),
        sp("Khadija Amrani", "Responsable du département juridique",
           "Fédération marocaine des travailleurs agricoles (FMTA)", ["roundtable"], 1)],
        notes="union department mailbox, Thunderbird format=flowed (long title soft-wrapped); two speakers as dashed "
              "labelled lists with a space before the colon; the first speaker's 'Organisation' line is only the "
              "acronym 'CSMT', recorded in the fullest form written in the message (full name + acronym, from the "
              "first sentence); the second speaker belongs to a member federation: its name and acronym are recorded, "
              "', membre de la CSMT' describes the federation and is left out (not covered by dev: what a secretary "
              "would type)."))


def m14():
    # iPhone minimal, French, inline PDF with accents
    when = at("2021-01-28 12:40:51")
    sent = sent_at(when, 1, 3)
    t1 = plain("Bonjour,\nCi-joint notre rapport volontaire.\nCordialement\nSouad\n\n", "utf-8", "quoted-printable")
    fname = "Rapport volontaire AFD-Sfax janvier 2021.pdf"
    rep = attach("application/pdf", report_pdf("Rapport volontaire - examen regional du PMM",
                                               "Association Femmes et Developpement - Sfax",
                                               ["Objectif 7 : vulnerabilites", "Objectif 16 : inclusion"]),
                 fname, inline=True)
    t2 = plain("\n\nEnvoyé de mon iPhone", "utf-8", "quoted-printable")
    body = multi("mixed", [t1, rep, t2], "Apple-Mail-3D7A9C21-5E48-4F1B-B0C6-8A2E7D4F1390")
    m = mk(when, sent, "st43p00im-zteg10062001.me.example.com", "17.58.63.180", "4DRMn35vCkz6",
           "Souad Trabelsi <souad.afdsfax@icloud.example.com>", "Rapport",
           "<C1A8E5F3-2D79-4B06-9E4C-7F0B3A6D2E81@icloud.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="iPhone minimal layout [text, inline PDF, text]: the PDF has Content-Disposition inline but is the "
              "report; one-word subject; PDF name with spaces (ASCII)."))


def m15():
    # on behalf of, pasted form, sender thinks she is late
    when = at("2021-01-28 15:22:37")
    sent = sent_at(when, 2, 6)
    text = """Dear GCM Regional Review team,

Apologies for the late submission - I only saw the invitation today as it landed in our spam folder.

I am writing on behalf of our Regional Director, who would like to take part in the open discussion of the multi-stakeholder consultation on 23 February. I copy below the details I entered in the online registration form:

-----
Name of the speaker: Dr. Youssef Khalil
Title / position: Regional Director, Middle East and North Africa
Organisation: Horizons Foundation for Displaced Persons - MENA Regional Office
Session: Open discussion - multi-stakeholder consultation (23 Feb)
Language: Arabic / English
-----

Please let me know if you need anything else from our side.

Kind regards,

Maya Hatem
Executive Assistant to the Regional Director
Horizons Foundation for Displaced Persons
"""
    html = page('<div class="WordSection1"><p class="MsoNormal">' +
                text2html(text).replace("<p>", '<p class="MsoNormal">') + "</p></div>",
                body_attrs=' lang="EN-US" link="#0563C1" vlink="#954F72"')
    body = alt(text, "_000_PR3PR08MB5721A0C9E4D2B7F1PR3PR08MB5721eurp_", html=html)
    m = mk(when, sent, "mail-pr3eur08.outbound.protection.example.com", "40.107.14.99", "4DRRt56mPhz2",
           "Maya Hatem <m.hatem@horizons-foundation.example.org>",
           "Speaking role request - Regional Director (open discussion, 23 Feb)",
           "<PR3PR08MB5721A0C9E4D2B7F1@PR3PR08MB5721.eurprd08.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("Importance", "high")])
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Youssef Khalil", "Regional Director, Middle East and North Africa",
           "Horizons Foundation for Displaced Persons - MENA Regional Office", ["open_discussion"])],
        notes="on behalf of the Regional Director, details pasted from the registration form between dashed rules "
              "('Dr.' dropped); the sender apologises for a 'late submission' but it is 28 January, well before 5 "
              "February: on time; the affiliation keeps '- MENA Regional Office' as written on the form line (an "
              "office of the organisation, not a place after it); the title includes its region."))


def m16():
    # Levantine, Gmail, Arabic DOCX name encoded Gmail-style + speaker request for herself
    when = at("2021-01-28 20:05:14")
    sent = sent_at(when, 2, 8)
    text = """مرحبا،

بعتلكم مرفق تقريرنا الطوعي عن تطبيق الاتفاق العالمي للهجرة، حضّرناه بجمعية نساء عبر الحدود بعد سلسلة لقاءات مع عاملات منزليات مهاجرات بلبنان والأردن.

وكمان حابة شارك بمداخلة بالمائدة المستديرة التالتة إذا في إمكانية، عن موضوع الحماية الاجتماعية للعاملات المنزليات.

الاسم: جنى الأيوبي
الصفة: مديرة الجمعية

شكراً كتير وبعتذر إذا الإيميل مش رسمي كفاية، عم اكتب من التلفون
جنى
"""
    alt_ = alt(text, "000000000000c82e4d05b9f81a35", rtl=True, b64=True)
    fname = "تقرير جمعية نساء عبر الحدود.docx"
    rep = leaf(DOCX, report_docx("Voluntary GCM review report", "Women Across Borders Association",
                                 ["Objective 6", "Objective 22: social protection"]), cte="base64",
               params=[("name", '"%s"' % b_word(fname))], disp='attachment; filename="%s"' % b_word(fname),
               extra=[("Content-ID", "<f_kkhv3m2a0>"), ("X-Attachment-Id", "f_kkhv3m2a0")])
    body = multi("mixed", [alt_, rep], "000000000000c82e5005b9f81a37")
    m = mk(when, sent, "mail-qk1-f176.google.example.com", "209.85.222.176", "4DRZ7J3yMnz5",
           addr("Jana Ayoubi", "jana.ayoubi.wab@gmail.example.com"), hdr("تقرير + مشاركة"),
           "<CAKq4nBv7Wm1Rz3Xt9Ls2Pd8Yc5Hf0Ja6Ue4Ko7g@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جنى الأيوبي", "مديرة الجمعية", "جمعية نساء عبر الحدود", ["roundtable"], 3)],
        report_attachments=[fname],
        notes="both, on time; Levantine colloquial written from a phone via Gmail; Latin display name, Arabic "
              "name in the body; labelled name/title lines but no organisation line: the affiliation is the "
              "association named in the first sentence ('بجمعية نساء عبر الحدود', recorded without the 'ب' "
              "preposition); 'التالتة' (dialect spelling of الثالثة) = roundtable 3; Gmail-style RFC 2047 "
              "encoded-word inside the quoted filename."))


def m17():
    # thank-you reply to our acknowledgement of h177-05: adds nothing, no acknowledgement
    when = at("2021-01-29 10:10:44")
    sent = sent_at(when, 2, 5)
    ack_id = "<ack.4DQ5hN2bRcz8@gcmrrarabstates.iom.int>"
    text = """شكراً جزيلاً على التأكيد، وبالتوفيق في التحضير للمؤتمر.

ليلى

________________________________
From: GCM Regional Review - Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, January 26, 2021 9:06 AM
To: ليلى حمدان <l.hamdan@anmwr.example.org>
Subject: إشعار استلام: التقرير الطوعي الجماعي للشبكة

تم استلام تقريركم الطوعي. شكراً لمساهمتكم في المراجعة الإقليمية للاتفاق العالمي للهجرة.
"""
    body = alt(text, "_000_AM6PR04MB51279E1F0A3C2D7B4AM6PR04MB5127eurp_", rtl=True, b64=True)
    m = mk(when, sent, "mail-am6eur04.outbound.protection.example.com", "40.107.13.81", "4DS0Wy7cLtz1",
           addr("ليلى حمدان", "l.hamdan@anmwr.example.org"), re_hdr("RE: ", "إشعار استلام: التقرير الطوعي الجماعي للشبكة"),
           "<AM6PR04MB51279E1F0A3C2D7B4@AM6PR04MB5127.eurprd04.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M05_ID, ack_id)),
                  ("Content-Language", "ar-JO"), ("X-MS-Has-Attach", "")])
    add(17, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="h177-05.eml",
        notes="thank-you reply to the service's acknowledgement of h177-05 (References names h177-05, In-Reply-To "
              "the acknowledgement, whose Message-ID is invented): adds nothing new, so no acknowledgement "
              "(LABELS.md); thread_of points to the submission it follows up; the quoted acknowledgement mentions "
              "the voluntary report."))


def m18():
    # two academics, prose, honorifics, faculty in the title
    when = at("2021-01-29 13:30:08")
    sent = sent_at(when, 2, 4)
    text = """Dear Organizers,

We would like to propose two speakers from our university for the Regional Review Conference:

Prof. Ghassan Nasser, Professor of Labour Economics, Faculty of Economics and Political Science, Nile Valley University, for a floor intervention in one of the plenary sessions, on remittances and the cost of migration;

Dr. Salwa Idris, Assistant Professor in the Department of Social Work, Nile Valley University, for Roundtable IV, on the protection of migrant children.

Both are available on 24 and 25 February.

Thank you and best regards,

Dr. Salwa Idris
Assistant Professor, Dept. of Social Work
Nile Valley University
"""
    inner = text2html(text)
    body = alt(text, "--_NmP-7b1e3c9a5f2d4e80-Part_1", html=page(inner))
    m = mk(when, sent, "mail.nvu.example.edu", "198.51.100.145", "4DS5Fg0pWrz4",
           "Salwa Idris <salwa.idris@nvu.example.edu>", "Proposed speakers - Nile Valley University",
           "<20210129133004.Horde.k3Xb9Qw_Lm2T1vRzPa7YcE8@webmail.nvu.example.edu>", body,
           extra=[("User-Agent", "Horde Application Framework 5")])
    add(18, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ghassan Nasser", "Professor of Labour Economics, Faculty of Economics and Political Science",
           "Nile Valley University", ["plenary"]),
        sp("Salwa Idris", "Assistant Professor in the Department of Social Work", "Nile Valley University",
           ["roundtable"], 4)],
        notes="two academics in prose, comma-separated; 'Prof.' and 'Dr.' dropped; the faculty/department is "
              "written with the title and kept in it (as dev 012 and the 176 convention), the university is the "
              "affiliation; the sender is the second speaker and her signature abbreviates her title ('Dept.'): "
              "the body form is recorded; 'Roundtable IV' = 4. Horde webmail."))


def m19():
    # Outlook for Android, Arabic report PDF + screenshot decoy
    when = at("2021-01-29 16:45:27")
    sent = sent_at(when, 3, 6)
    text = """مرحباً

مرفق تقرير لجنة الجالية اليمنية في المملكة العربية السعودية الطوعي حول الاتفاق العالمي للهجرة. ومرفق كمان صورة من تأكيد التسجيل على الموقع للعلم.

مع الشكر
أحمد باوزير
أمين سر اللجنة

Get Outlook for Android"""
    html = page('<div dir="auto">' + "<br>".join(esc(x) for x in text.split("\n")) + "</div>")
    alt_ = alt(text, "_000_HE1PR0301MB2279F4A3E8C0B6D1HE1PR0301MB2279eurp_", html=html)
    fname = "Yemeni_Community_Committee_KSA_GCM_report.pdf"
    rep = attach("application/pdf", report_pdf("Voluntary GCM review report",
                                               "Yemeni Community Committee - Saudi Arabia",
                                               ["Objective 5: regular pathways", "Objective 18: skills"]), fname)
    shot = attach("image/png", make_png(30, 60, (240, 240, 240)), "Screenshot_20210129-163855.png")
    body = multi("mixed", [alt_, rep, shot], "_004_HE1PR0301MB2279F4A3E8C0B6D1HE1PR0301MB2279eurp_")
    m = mk(when, sent, "mail-he1eur03.outbound.protection.example.com", "40.107.3.105", "4DSB2h4nTvz7",
           "Ahmed Bawazir <ahmed.bawazir@outlook.example.com>", hdr("تقرير الجالية"),
           "<HE1PR0301MB2279F4A3E8C0B6D1@HE1PR0301MB2279.eurprd03.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook for Android: Arabic body, English footer 'Get Outlook for Android', Latin display name and "
              "Content-Language en-US; a phone screenshot of the online registration confirmation is attached "
              "too and is not part of the report; migrant community committee."))


def m20():
    # union federation secretariat, administrative French, DOCX name in RFC 2231 continuations
    when = at("2021-01-30 10:00:36")
    sent = sent_at(when, 1, 5)
    text = """Objet : Transmission du rapport volontaire de la FNTM dans le cadre de l'examen régional du Pacte mondial pour les migrations

Madame, Monsieur,

Faisant suite à votre lettre d'invitation, nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de la Fédération nationale des travailleurs migrants (FNTM), adopté par son bureau exécutif le 28 janvier 2021.

Le rapport porte principalement sur les objectifs 6, 16 et 22 du Pacte mondial.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

P/O le Secrétaire général
Le secrétariat de la FNTM
"""
    t = plain(text, "iso-8859-1", "quoted-printable")
    fname = "Rapport_volontaire_FNTM_Pacte_mondial_migrations_janvier_2021_adopté.docx"
    data = report_docx("Rapport volontaire - Federation nationale des travailleurs migrants",
                       "Adopte par le bureau executif le 28 janvier 2021",
                       ["Objectif 6 : recrutement equitable", "Objectif 16 : inclusion",
                        "Objectif 22 : protection sociale"])
    disp = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname, 45))
    doc = leaf(DOCX, data, cte="base64", params=[("name", '"%s"' % b_word(fname))], disp=disp)
    body = multi("mixed", [t, doc], "------------A41F2C7E9B0D3E5F6A8C1B24")
    m = mk(when, sent, "smtp.fntm.example.org", "192.0.2.201", "4DSZ3m1XrPz2",
           "Secretariat FNTM <secretariat@fntm.example.org>",
           hdr("Transmission du rapport volontaire de la FNTM", "iso-8859-1", "Q"),
           "<2b6e04c1-93af-4f7d-a2c8-5e1d0b9f3a76@fntm.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.0"),
                  ("Content-Language", "fr-FR")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective union report sent by the secretariat mailbox 'P/O le Secrétaire général'; ISO-8859-1 "
              "quoted-printable body with an 'Objet :' line; long accented DOCX name in RFC 2231 continuations "
              "with an RFC 2047 name parameter; no speaker."))


def m21():
    # 'did you receive my request?' follow-up to h177-09, Yahoo mobile, HTML only
    when = at("2021-01-30 12:30:05")
    sent = sent_at(when, 1, 3)
    new = """Bonjour,

Je n'ai reçu aucun accusé de réception pour ma demande d'intervention envoyée mercredi (ci-dessous). Pouvez-vous me confirmer qu'elle a bien été enregistrée ?

Merci,
Amel Bouziane"""
    inner = ('<div class="ydp71c2 yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
             + "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in new.split("\n")) + "</div>"
             '<div id="ydp71c2yahoo_quoted_4410" class="ydp71c2yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
             "<div>Le mercredi 27 janvier 2021, 07:45:00 UTC+1, Amel Bouziane &lt;amel.bouziane@yahoo.example.fr&gt; a écrit :</div><div><br></div>"
             "<blockquote>" + "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in M09_TEXT.split("\n"))
             + "</blockquote></div></div>")
    body = html_only(inner)
    m = mk(when, sent, "sonic317-27.consmr.mail.ir2.yahoo.example.com", "77.238.177.53", "4DScP18GvWz9",
           "Amel Bouziane <amel.bouziane@yahoo.example.fr>", "Re: intervention table ronde",
           "<1908277431.2047751.1611916201870@mail.yahoo.example.com>", body,
           extra=[("In-Reply-To", M09_ID), ("References", M09_ID),
                  ("X-Mailer", "WebService/1.1.17648 YahooMailIosMobile")])
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h177-09.eml",
        notes="'did you receive it?' follow-up to her own h177-09 (In-Reply-To set): HTML-only Yahoo reply quoting "
              "the whole request (speaker signature and 'table ronde n° 3') in a blockquote; nothing new is "
              "submitted."))


def m22():
    # Outlook desktop, report PDF + annex PDF (both part of the report)
    when = at("2021-01-30 19:40:50")
    sent = sent_at(when, 1, 7)
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report submitted by the Mediterranean Seafarers and Fishers Welfare Network (MSFWN), with its Annex (case summaries and methodology).

The main report and the annex should be read together.

Best regards,

Giorgos Papadakis | Policy Officer
Mediterranean Seafarers and Fishers Welfare Network (MSFWN)
Piraeus, Greece
"""
    alt_ = alt(text, "_000_VE1PR07MB6157B9D3A2E04C8FVE1PR07MB6157eurp_")
    f1 = "MSFWN_GCM_Voluntary_Review_2021.pdf"
    f2 = "MSFWN_GCM_Voluntary_Review_2021_Annex.pdf"
    rep = attach("application/pdf", report_pdf("Voluntary GCM Review Report - MSFWN", "January 2021",
                                               ["Objective 6", "Objective 8: saving lives", "Objective 13"]), f1)
    anx = attach("application/pdf", make_pdf(["Annex to the MSFWN Voluntary GCM Review Report",
                                              "A. Methodology", "B. Case summaries 1-14"]), f2)
    body = multi("mixed", [alt_, rep, anx], "_004_VE1PR07MB6157B9D3A2E04C8FVE1PR07MB6157eurp_")
    m = mk(when, sent, "mail-ve1eur03.outbound.protection.example.com", "40.107.5.124", "4DSq4T0vJbz3",
           '"Papadakis, Giorgos" <g.papadakis@msfwn.example.org>', "MSFWN - Voluntary GCM Review Report",
           "<VE1PR07MB6157B9D3A2E04C8F@VE1PR07MB6157.eurprd07.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="report in two files (main PDF + annex PDF), both part of the report; Saturday evening; From "
              "display name 'Last, First' (quoted); the signature title is not a speaker request."))


def m23():
    # Gmail reply quoting the Arabic invitation with the misprinted deadline; details in the signature
    when = at("2021-01-31 11:15:09")
    sent = sent_at(when, 2, 5)
    text = """السلام عليكم ورحمة الله،

نود في المنظمة أن نشارك في النقاش المفتوح ضمن المشاورة المتعددة أصحاب المصلحة. فهمنا من الدعوة أن آخر موعد هو الجمعة ٢٣ فبراير، لكن فضّلنا الإرسال مبكراً.

المتحدثة المقترحة هي أنا، وبياناتي في التوقيع أدناه.

مع خالص الشكر،
--
نادية بن عيسى
مسؤولة المناصرة والتواصل
المنظمة الليبية للهجرة الآمنة (LOSM)
طرابلس - ليبيا

في الاثنين، ٢٥ يناير ٢٠٢١ في ١٠:٢١ ص، كتب GCM Regional Review - Arab States <gcmrrarabstates@iom.int>:
> السادة الشركاء المحترمين،
> تُعقد المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية
> بين ٢٣ و٢٥ فبراير ٢٠٢١. ندعوكم إلى إرسال تقاريركم الطوعية وطلبات المشاركة كمتحدثين إلى العنوان
> gcmrrarabstates@iom.int في موعد أقصاه يوم الجمعة ٢٣ فبراير ٢٠٢١.
"""
    body = alt(text, "000000000000e4a17b05ba3c9d06", rtl=True, b64=True)
    m = mk(when, sent, "mail-lf1-f50.google.example.com", "209.85.167.50", "4DTBk53NhSz6",
           addr("نادية بن عيسى", "nadia.benissa.losm@gmail.example.com"),
           re_hdr("Re: ", "دعوة: المراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية"),
           "<CAN8rTq1Wz5Lm3Xp7Vb0Kc4Hd9Ys2Ge6Fa1Jo8Ru@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", INVITE_ID), ("References", INVITE_ID)])
    add(23, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نادية بن عيسى", "مسؤولة المناصرة والتواصل", "المنظمة الليبية للهجرة الآمنة (LOSM)", ["open_discussion"])],
        notes="Gmail reply to the Arabic invitation quoting (with '>') the misprinted speaker deadline 'الجمعة ٢٣ "
              "فبراير'; the writer repeats the misprint but is on time for the real deadline anyway; name, title "
              "and organisation only in the signature ('المتحدثة المقترحة هي أنا'); Latin acronym kept; the "
              "city/country line is not part of the affiliation."))


def m24():
    # Sunday night, Orange webmail, French 'both': DOCX report + president with two roles
    when = at("2021-01-31 22:50:43")
    sent = sent_at(when, 1, 4)
    text = """Bonsoir,

Au nom de l'association Passerelles Citoyennes Algérie-Sahel (PCAS), je vous adresse en pièce jointe notre rapport volontaire sur la mise en œuvre du Pacte mondial (version finale validée par le CA).

Par ailleurs, notre président, Dr Mahamadou Issoufou Garba, souhaiterait intervenir dans la table ronde thématique 2, ou à défaut en séance plénière.

Je vous remercie par avance et vous souhaite une bonne soirée.

Nassima Hadj-Ali
Secrétaire générale, PCAS
"""
    html = page("<div>" + text2html(text) + "</div>",
                body_attrs=' style="font-family:Arial,sans-serif;font-size:10pt"')
    alt_ = alt(text, "----=_Part_5529_904812331.1612126239510", html=html)
    fname = "PCAS_rapport_volontaire_PMM_VF.docx"
    rep = attach(DOCX, report_docx("Rapport volontaire sur la mise en oeuvre du Pacte mondial",
                                   "Passerelles Citoyennes Algerie-Sahel (PCAS)",
                                   ["Objectif 8", "Objectif 10 : traite", "Objectif 23 : cooperation"]), fname)
    body = multi("mixed", [alt_, rep], "----=_Part_5528_1163937592.1612126239510")
    m = mk(when, sent, "smtp-out.webmail.orange.example.fr", "80.12.242.131", "4DTS9x2LqMz1",
           "Nassima Hadj-Ali <pcas.asso@orange.example.fr>",
           hdr("Rapport volontaire PCAS + demande d'intervention", enc="Q"),
           "<1478925620.5529.1612126239510@wwinf1m17.orange.example.fr>", body,
           extra=[("X-Originating-IP", "[105.235.131.12]"), ("X-WUM-FROM", "|~|"), ("X-Mailer", "Orange Webmail")])
    add(24, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mahamadou Issoufou Garba", "président", "Passerelles Citoyennes Algérie-Sahel (PCAS)",
           ["roundtable", "plenary"], 2)],
        report_attachments=[fname],
        notes="both, on time (Sunday night); the speaker is not the sender (the secretary-general writes): 'notre "
              "président, Dr ...' in prose, 'Dr' dropped, title 'président' and the association named in the first "
              "sentence with its acronym (as dev 043); roundtable 2 with plenary as fallback ('ou à défaut'): both "
              "roles, first choice roundtable 2; 'œ' in the body."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
