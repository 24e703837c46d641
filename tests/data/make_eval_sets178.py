#!/usr/bin/env python3
"""Write the blind evaluation set holdout178 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets178.py
Theme: universities, research centres and think tanks: professors, researchers, PhD students, lab heads and
their assistants; long formal mail, many-line signatures with titles and units, papers and policy briefs sent
as voluntary reports.  Helpers imported from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, rfc2231_cont, b_word, flowed, rfcdate, sp, std_rows, text2html, top, tz, esc,
                     sent_at, dsn_report)

SET = EvalSet(178)
add = SET.add

INVITE_EN = "<INV-2021-01-26-EN.0031@gcmrrarabstates.iom.int>"


def page(inner, rtl=False, charset="utf-8", style=""):
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body%s%s>%s</body></html>\n' % (charset, d, style, inner))


def two(text, boundary, html=None, rtl=False, cte="quoted-printable", charset="utf-8"):
    if html is None:
        html = page("<div>%s</div>" % text2html(text), rtl=rtl, charset=charset)
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def paper(title, who, n=5):
    lines = [title, who, ""]
    lines += ["%d. Findings and policy recommendations (GCM objectives), part %d." % (k, k) for k in range(1, n)]
    return make_pdf(lines)


def logo(cid, rgb=(120, 20, 40)):
    return leaf("image/png", make_png(12, 12, rgb), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<%s>" % cid)])


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 10:02:41")
    sent = sent_at(when, 2, 3)
    text = """Thank you for your email.

I am on research leave until Monday 15 February 2021 and will have only intermittent access to my mailbox. Your message will not be forwarded.

For matters concerning the Institute for Migration Studies, please write to ims@lau-north.example.edu. For PhD supervision and thesis submissions, please contact the Graduate Studies Office.

Prof. Karim Nassar
"""
    body = two(text, "_000_VI1PR02MB5582OOO_")
    rows = std_rows(when, "mail-eopbgr80091.outbound.protection.example.com", "40.107.8.91", "4DQ2b71hZkz3",
                    '"Nassar, Karim" <karim.nassar@lau-north.example.edu>',
                    "Automatic reply: Invitation - Regional Review of the Global Compact for Migration in the "
                    "Arab Region (23-25 February 2021)",
                    rfcdate(sent), "<VI1PR02MB55823F0A1B2C@VI1PR02MB5582.eurprd02.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "karim.nassar@lau-north.example.edu")],
                    ret="")
    rows = [(k, "<>" if (k == "Return-Path") else v) for k, v in rows]
    rows += [("In-Reply-To", INVITE_EN), ("References", INVITE_EN)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a professor on research leave, answering the English invitation "
              "('Automatic reply:' + the invitation subject, which names the whole review and its dates); "
              "Auto-Submitted: auto-replied, null Return-Path; mentions 'PhD supervision and thesis submissions'."))


def m02():
    when = at("2021-01-28 11:47:09")
    sent = sent_at(when, 2, 4)
    text = """Dear GCM Regional Review Secretariat,

Further to your kind invitation of 26 January, I am writing on behalf of Dr. Nadim Sfeir and Dr. Reem Aziz of the Levant Policy Institute, who would both like to contribute to the Regional Review Conference on 24-25 February.

Their details are as follows:

1. Dr. Nadim Sfeir
   Senior Fellow and Head, Migration and Displacement Programme
   Levant Policy Institute (LPI), Beirut
   Requested role: floor intervention in thematic Roundtable 2

2. Dr. Reem Aziz
   Non-Resident Fellow
   Levant Policy Institute (LPI)
   Requested role: floor intervention in one of the plenary sessions

Dr. Sfeir led our 2020 study on labour mobility corridors between the Levant and the Gulf, and Dr. Aziz works on the legal identity of children born in displacement. Short bios can be shared if needed. Both have registered online.

Please copy me on any correspondence, as I coordinate their calendars.

With many thanks and kind regards,

Maya Khoury
Research Assistant | Migration and Displacement Programme
Levant Policy Institute (LPI)
Badaro Street, Sami Solh Building, 4th floor | Beirut, Lebanon
T +961 1 385 214 | www.levantpolicy.example.org
Follow us on Twitter @LPI_Levant

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail.levantpolicy.example.org", "185.12.77.40", "4DQp3s1RkVz8",
           "Maya Khoury <mkhoury@levantpolicy.example.org>",
           "Speaker nominations - Levant Policy Institute (Roundtable 2 / Plenary)",
           "<01d6f55a$8c2e1b40$a48a51c0$@levantpolicy.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbyVaT0l3R8mPb0QZ2XkL1fGh8x4w=="),
                  ("Content-Language", "en-us")],
           cc="Nadim Sfeir <nsfeir@levantpolicy.example.org>")
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nadim Sfeir", "Senior Fellow and Head, Migration and Displacement Programme",
           "Levant Policy Institute (LPI)", ["roundtable"], 2),
        sp("Reem Aziz", "Non-Resident Fellow", "Levant Policy Institute (LPI)", ["plenary"])],
        notes="a research assistant writes on behalf of two fellows (the sender, whose own title and unit fill "
              "a long signature, is not a speaker); 'Dr.' dropped; title written with its unit kept whole (as "
              "dev 012); 'Beirut' after the organisation is a place, not part of the affiliation; acronym kept; "
              "one speaker Cc'd; confidentiality footer."))


def m03():
    when = at("2021-01-29 20:15:33")
    sent = sent_at(when, 1, 6)
    text = """السادة القائمون على المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،
تحية طيبة وبعد،

أنا محمد الأمين بوزيد، طالب دكتوراه في علم اجتماع الهجرة بجامعة وهران 2 محمد بن أحمد، وأُعدّ أطروحتي حول مسارات المهاجرين من دول جنوب الصحراء العابرين للغرب الجزائري وأشكال التضامن المحلي معهم.

اطّلعتُ على رسالة الدعوة التي عمّمها علينا مشرفي، وأودّ أن أعبّر عن رغبتي في المشاركة في النقاش المفتوح خلال المشاورة متعددة أصحاب المصلحة يوم 23 فبراير 2021، لأطرح بعض الملاحظات الميدانية المتعلقة بالهدفين 7 و8 من الاتفاق العالمي.

وقد سجّلتُ في الاستمارة الإلكترونية كما هو مطلوب.

تقبّلوا فائق الاحترام والتقدير،

محمد الأمين بوزيد
طالب دكتوراه – السنة الثالثة
قسم علم الاجتماع، كلية العلوم الاجتماعية
جامعة وهران 2 محمد بن أحمد – الجزائر
"""
    body = two(text, "000000000000c2a1f405ba0e7d31", rtl=True, cte="base64")
    m = mk(when, sent, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DR8Tq6Jx1z2",
           addr("Mohamed Lamine Bouzid", "ml.bouzid.doc@gmail.example.com"),
           hdr("طلب المشاركة في النقاش المفتوح - 23 فبراير"),
           "<CAH7pQ2xLm9Bz4RkTw1Yd8Nc3Ve6Jf0Sa5Gu2Ho@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد الأمين بوزيد", "طالب دكتوراه في علم اجتماع الهجرة", "جامعة وهران 2 محمد بن أحمد",
           ["open_discussion"])],
        notes="PhD student proposing himself in formal first-person prose (as dev 011: title and university taken "
              "from the sentence 'طالب دكتوراه في ... بجامعة ...'); the signature repeats it over four lines with "
              "year, department and faculty and the country after the university (not part of the affiliation); "
              "Latin-script display name; 'مشرفي' circulated the invitation."))


def m04():
    when = at("2021-01-30 12:08:55")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Je me permets de vous écrire au sujet de l'appel à rapports volontaires mentionné dans votre lettre d'invitation du 26 janvier 2021.

Notre laboratoire a publié en décembre dernier, dans une revue à comité de lecture, un article consacré à la mise en œuvre de l'objectif 15 du Pacte mondial (accès aux services de base) au Maroc. Nous nous interrogeons sur les points suivants :

  - un article scientifique déjà publié peut-il être transmis tel quel au titre de rapport volontaire, ou faut-il le reprendre sous une autre forme ?
  - existe-t-il un canevas ou un nombre de pages recommandé ?
  - le rapport peut-il être rédigé en français, ou l'anglais est-il préférable pour la synthèse régionale ?

Par ailleurs, deux de nos doctorantes envisagent de proposer une intervention lors des tables rondes ; nous reviendrons vers vous à ce sujet une fois leur disponibilité confirmée.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

--
Pr Leïla Mansouri
Directrice du Laboratoire d'Études sur les Migrations et la Citoyenneté (LEMIC)
Faculté des Sciences Juridiques, Économiques et Sociales – Aïn Chock
Université Hassan II de Casablanca
Tél. : +212 5 22 23 xx xx (secrétariat)
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.univh2c.example.ma", "196.200.131.18", "4DRk0c2VQ7z5",
           addr("Leïla Mansouri", "l.mansouri@univh2c.example.ma", enc="Q"),
           hdr("Question – appel à rapports volontaires (article déjà publié ?)", enc="Q"),
           "<6a1f2c9e-30d4-4b8e-9c2a-71e5d0b4f8a3@univh2c.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.6.1"), ("Content-Language", "fr")])
    add(4, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions from a lab director about the voluntary-report call (can a published article be sent "
              "as is, template, language); announces that two PhD students 'envisagent de proposer' a roundtable "
              "intervention later, without names: not a speaker request; nothing attached."))


M05_ID = "<AM6PR10MB2471D3E8A04C1F5B@AM6PR10MB2471.EURPRD10.PROD.OUTLOOK.example.com>"
M05_FILE = "موجز سياسات - العمالة الوافدة والاتفاق العالمي للهجرة.pdf"


def m05():
    when = at("2021-02-01 09:26:14")
    sent = sent_at(when, 3, 5)
    text = """السادة في أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية المحترمين،
تحية طيبة وبعد،

استجابةً لدعوتكم الكريمة، يسرّ مركز الخليج لأبحاث السكان والهجرة أن يرفق لكم طيّه موجز السياسات الذي أعدّه فريق المركز بعنوان «العمالة الوافدة في دول الخليج العربية وتنفيذ الاتفاق العالمي: ما الذي تغيّر منذ 2018؟»، ونرجو اعتباره مساهمةً من المركز في إطار التقارير الطوعية للمراجعة الإقليمية.

يتناول الموجز ثلاثة محاور: إصلاحات نظام الكفالة، وحماية الأجور، وأوضاع العمال الوافدين خلال جائحة كوفيد-19، ويختم بتوصيات عملية موجّهة إلى الحكومات ومنظمات أصحاب العمل.

نشكر لكم حسن تعاونكم، ونبقى على استعداد لتقديم أي إيضاحات.

وتفضلوا بقبول فائق الاحترام،

د. هند العتيبي
مديرة المركز
مركز الخليج لأبحاث السكان والهجرة
هاتف: +965 2 248 xxxx
"""
    html = page('<div dir="rtl" style="font-family:Arial,sans-serif;font-size:11pt">' + text2html(text)
                + '<p><img src="cid:image001.png@01D6F87A.3C2B1E40" width="120" height="40" alt="logo"></p></div>')
    rel = multi("related", [two(text, "_000_AM6PR10MB2471D3E8A04C1F5B_", html=html, rtl=True, cte="base64"),
                            logo("image001.png@01D6F87A.3C2B1E40")],
                "_005_AM6PR10MB2471D3E8A04C1F5B_", params=[("type", '"multipart/alternative"')])
    rep = attach("application/pdf", paper("Migrant workers in the Gulf and GCM implementation since 2018",
                                          "Policy brief - Gulf Centre for Population and Migration Research"),
                 M05_FILE)
    body = multi("mixed", [rel, rep], "_006_AM6PR10MB2471D3E8A04C1F5B_")
    m = mk(when, sent, "mail-he1eur04.outbound.protection.example.com", "40.107.7.120", "4DTZ1m3QsWz0",
           addr("هند العتيبي", "h.alotaibi@gcpmr.example.org.kw"),
           hdr("مساهمة مركز الخليج لأبحاث السكان والهجرة - تقرير طوعي (موجز سياسات)"), M05_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-KW"),
                  ("Thread-Topic", hdr("مساهمة مركز الخليج - تقرير طوعي"))])
    add(5, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE],
        notes="a research centre sends a policy brief ('موجز سياسات') as its voluntary report; Outlook layout "
              "mixed > related > alternative with the inline logo image001.png (decoy); Arabic PDF name (RFC 2231 "
              "filename, RFC 2047 name); the director's signature is not a speaker request. Thanked in h178-17."))


def m06():
    when = at("2021-02-01 16:40:27")
    sent = sent_at(when, 2, 4)
    text = """Dear Colleagues,

Please find attached a policy brief prepared by our Centre for Migration and Refugee Studies, "Missing migrants and the families left behind: GCM Objective 8 in North Africa", which we would like to submit as our voluntary GCM review report for the regional review.

The brief is based on the Centre's fieldwork in Egypt, Libya and Tunisia in 2019-2020 and on consultations with families of missing migrants. It is co-authored by myself and two of our postdoctoral researchers.

In addition, I would be glad to serve as one of the rapporteurs presenting the key messages from stakeholders at the conference, if the organisers find this useful. I have some experience in this role from the 2019 Rabat process meetings.

Best wishes,
Sami

--
Prof. Sami Hamdan, PhD
Director, Centre for Migration and Refugee Studies (CMRS)
School of Humanities and Social Sciences
Nile Valley University, Cairo
cmrs.nvu.example.edu.eg | @CMRS_NVU
"""
    alt_ = two(text, "000000000000e5b3a805ba4c1d90")
    fname = "CMRS_Policy_Brief_GCM_Obj8_2021.pdf"
    rep = attach("application/pdf", paper("Missing migrants and the families left behind: GCM Objective 8",
                                          "CMRS policy brief - Nile Valley University - January 2021"), fname)
    body = multi("mixed", [alt_, rep], "000000000000e5b3ab05ba4c1d92")
    m = mk(when, sent, "mail-ej1-f48.google.example.com", "209.85.218.48", "4DTmK35nRvz9",
           "Sami Hamdan <sami.hamdan@nvu.example.edu.eg>",
           "CMRS voluntary report (policy brief) and offer to act as rapporteur",
           "<CAF2bW7rQx8Lp0Hm3Tz6Yc9Nd1Kv4Ge5Ja7Us2Bo@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Sami Hamdan", "Director, Centre for Migration and Refugee Studies (CMRS)", "Nile Valley University",
           ["rapporteur"])],
        report_attachments=[fname],
        notes="both, on time: a policy brief submitted as the voluntary report plus a rapporteur offer by the "
              "sender himself; details only in the signature: 'Prof.' and ', PhD' dropped; the title line carries "
              "its unit (kept whole, as dev 012), the school line is skipped, and 'Cairo' after the university is a "
              "place; university-hosted Google mail."))


M07_ID = "<1425913887.20457.1612260122531.JavaMail.zimbra@univ-sfax.example.tn>"
M07_TEXT = """Madame, Monsieur,

Au nom du Professeur Hédi Ben Salem, directeur du Laboratoire Mobilités, Territoires et Sociétés (LMTS), j'ai l'honneur de vous transmettre ci-dessous les candidatures de deux membres du laboratoire pour une intervention lors de la Conférence régionale d'examen du Pacte mondial sur les migrations (24-25 février 2021).

Les informations ont été saisies selon le formulaire d'inscription :

===== Intervenant 1 =====
Nom et prénom : BEN SALEM Hédi
Fonction : Professeur, directeur du laboratoire LMTS
Organisme : Laboratoire Mobilités, Territoires et Sociétés (LMTS) – Faculté des Lettres et Sciences Humaines de Sfax
Rôle souhaité : intervention en séance plénière

===== Intervenant 2 =====
Nom et prénom : CHAARI Amel
Fonction : Doctorante en géographie humaine
Organisme : idem
Rôle souhaité : intervention à la table ronde thématique n° 1

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Samia Feki
Secrétariat du LMTS
Faculté des Lettres et Sciences Humaines de Sfax
Route de l'Aéroport km 4 – 3000 Sfax
"""


def m07():
    when = at("2021-02-02 12:02:09")
    sent = sent_at(when, 1, 7)
    html = page('<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + text2html(M07_TEXT) + "</div>")
    body = two(M07_TEXT, "=_b3d1f0a2-6c4e-4a19-8e57-2f9d0c3b7a61", html=html)
    m = mk(when, sent, "zimbra.univ-sfax.example.tn", "193.95.66.21", "4DTx9n2CqHz1",
           '"Secrétariat LMTS" <lmts.secretariat@univ-sfax.example.tn>'.replace(
               '"Secrétariat LMTS"', "=?utf-8?Q?Secr=C3=A9tariat_LMTS?="),
           hdr("Candidatures d'intervenants – LMTS (séance plénière / table ronde 1)", enc="Q"), M07_ID, body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF84 (Win)/8.8.15_GA_3953)"),
                  ("Thread-Topic", "Candidatures d'intervenants LMTS")])
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hédi Ben Salem", "Professeur, directeur du laboratoire LMTS",
           "Laboratoire Mobilités, Territoires et Sociétés (LMTS) – Faculté des Lettres et Sciences Humaines de Sfax",
           ["plenary"]),
        sp("Amel Chaari", "Doctorante en géographie humaine",
           "Laboratoire Mobilités, Territoires et Sociétés (LMTS) – Faculté des Lettres et Sciences Humaines de Sfax",
           ["roundtable"], 1)],
        notes="lab secretariat writes on behalf of the director (sender not a speaker); pasted registration-form "
              "blocks with names as 'SURNAME Given name' (recorded in natural order, as a secretary would type "
              "them); second speaker's organisation is 'idem' = the first one's; 'Sfax' is inside the faculty's "
              "own name, so kept. The acknowledgement bounces (h178-08); Amel Chaari is replaced in h178-15."))


def m08():
    when = at("2021-02-02 12:03:31")
    text = """Ceci est le système de messagerie de l'hôte mx.univ-sfax.example.tn.

Nous sommes désolés de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires. Les en-têtes du message
sont joints ci-dessous.

<lmts.secretariat@univ-sfax.example.tn> : la boîte aux lettres du
    destinataire est pleine (quota dépassé) et ne peut pas recevoir de
    nouveaux messages pour le moment.

                   Le système de messagerie
"""
    dsn = ("Reporting-MTA: dns; mx.univ-sfax.example.tn\n"
           "X-Postfix-Queue-ID: 5B1C2E0A4F\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; lmts.secretariat@univ-sfax.example.tn\n"
           "Original-Recipient: rfc822;lmts.secretariat@univ-sfax.example.tn\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: x-unix; mailbox quota exceeded (over quota)\n"
           % rfcdate(tz(when - dt.timedelta(seconds=40), 1)))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: lmts.secretariat@univ-sfax.example.tn\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Candidatures_d=27intervenants_LMTS?=\n"
            "Date: %s\n"
            "Message-ID: <ack.4DTx9n2CqHz1@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=44)), M07_ID))
    body = dsn_report("(notification)\n", dsn, hdrs, "5B1C2E0A4F.1612260211/mx.univ-sfax.example.tn")
    # the human-readable part is localised (French, UTF-8 quoted-printable), not us-ascii
    body.get_payload()[0] = leaf("text/plain", text, "utf-8", "quoted-printable",
                                 extra=[("Content-Description", "Notification")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mx.univ-sfax.example.tn (mx.univ-sfax.example.tn [193.95.66.20])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4DTxBb0mWkz4\r\n"
                         "\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(tz(when - dt.timedelta(seconds=2), 1))),
            ("From", "MAILER-DAEMON@mx.univ-sfax.example.tn (Systeme de messagerie)"),
            ("Subject", hdr("Message non délivré retourné à l'expéditeur", enc="Q")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202100329.8E4A1E0B2C@mx.univ-sfax.example.tn>")]
    add(8, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN from the university's MTA (5.2.2 mailbox over quota) for the "
              "acknowledgement sent to the lab secretariat of h178-07; returned headers only, whose In-Reply-To "
              "names h178-07 (thread_of stays null: a bounce opens no submission). Never acknowledge."))


M09_ID = "<CAL4mR8xTq2Wd7Ks0Vb3Nh6Yc1Pz9Fe5Ga8Jo3Lu@mail.gmail.example.com>"
M09_TEXT = """مرحبا
هاي معلوماتي متل ما طلبتو بالدعوة، نسختها من الفورم اللي عبيتو عالموقع. حابة شارك بمداخلة بالطاولة المستديرة الرابعة اذا في مجال 🙏

---------- نسخة من استمارة التسجيل ----------
الاسم الكامل: ديما سليمان الحوراني
المسمى الوظيفي: باحثة مساعدة
المؤسسة: مركز الدراسات الاستراتيجية – الجامعة الأردنية (CSS)
البلد: الأردن
الدور المطلوب: مداخلة في المائدة المستديرة الموضوعية الرابعة
نوع المشاركة: عن بُعد
----------------------------------------------

شكرا كتير
ديما

Sent from my Huawei phone
"""


def m09():
    when = at("2021-02-03 22:51:06")
    sent = sent_at(when, 2, 9)
    html = page('<div dir="auto">' + "<br>".join(esc(x) for x in M09_TEXT.strip().split("\n")) + "</div>")
    body = two(M09_TEXT, "000000000000f8e2c105ba6a9b14", html=html, cte="base64")
    m = mk(when, sent, "mail-qt1-f172.google.example.com", "209.85.160.172", "4DVk7c1PjWz3",
           "Dima Hourani <dima.hourani.css@gmail.example.com>", hdr("مشاركة بالطاولة المستديرة ٤"), M09_ID, body)
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ديما سليمان الحوراني", "باحثة مساعدة", "مركز الدراسات الاستراتيجية – الجامعة الأردنية (CSS)",
           ["roundtable"], 4)],
        notes="Levantine colloquial note from a phone, details only in a pasted copy of the online registration "
              "form (labelled lines, plus country and 'remote' lines that are not part of the label); "
              "affiliation recorded as written, with the university and the acronym; roundtable as an ordinal "
              "word ('الرابعة') and a digit in the subject; emoji; Latin display name. Followed up in h178-24."))


def m10():
    when = at("2021-02-04 09:37:44")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Veuillez trouver ci-joint la note d'orientation de l'Institut Maghrébin de Prospective intitulée « Mobilités de travail dans le Maghreb : où en est la mise en œuvre du Pacte mondial ? », que nous soumettons comme rapport volontaire dans le cadre de l'examen régional.

J'en suis l'autrice principale et je souhaiterais également, si possible, intervenir lors de la deuxième table ronde thématique de la conférence (24-25 février), pour en présenter les principales recommandations. Je joins aussi mon CV, au cas où.

Bien cordialement,

Sarah Benmoussa
Chercheuse associée
Institut Maghrébin de Prospective (IMP)
Tunis
"""
    alt_ = two(text, "0000000000007a41d305ba7f3c58")
    f1 = "Note_orientation_IMP_PMM_fev2021.pdf"
    f2 = "CV_Sarah_Benmoussa_2021.pdf"
    rep = attach("application/pdf", paper("Mobilites de travail dans le Maghreb et Pacte mondial",
                                          "Note d'orientation - Institut Maghrebin de Prospective - fevrier 2021"), f1)
    cv = attach("application/pdf", make_pdf(["Curriculum vitae", "Sarah Benmoussa", "Chercheuse associee, IMP"]),
                f2)
    body = multi("mixed", [alt_, rep, cv], "0000000000007a41d705ba7f3c5a")
    m = mk(when, sent, "mail-wr1-f45.google.example.com", "209.85.221.45", "4DWR2f8sKmz6",
           "Sarah Benmoussa <s.benmoussa.imp@gmail.example.com>",
           hdr("Note d'orientation IMP (rapport volontaire) + demande d'intervention table ronde 2", enc="Q"),
           "<CAM9xR1tPq4Wb8Hz2Lv7Yc0Nd3Ks6Ge5Ja1Tu9Bo@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sarah Benmoussa", "Chercheuse associée", "Institut Maghrébin de Prospective (IMP)", ["roundtable"], 2)],
        report_attachments=[f1],
        notes="both, on time: a think-tank 'note d'orientation' as voluntary report and the author asking for "
              "'la deuxième table ronde'; the attached CV is not part of the report; 'Tunis' after the institute "
              "is a place."))


def m11():
    when = at("2021-02-04 14:22:18")
    sent = sent_at(when, 3, 4)
    inner = """<div dir="ltr"><div>Dear Organizing Team,</div><div><br></div>
<div>I hope this finds you well. My name is Yara Mansour and I am a doctoral researcher working on the governance of labour migration in the GCC, with a focus on the kafala reforms adopted in Qatar in 2020.</div><div><br></div>
<div>I would be very grateful for the opportunity to make a short floor intervention in <b>the third thematic roundtable</b> on 24 or 25 February. My supervisor, Dr. Tamer Said, has kindly agreed that I take part in my own name as a student researcher.</div><div><br></div>
<div>Thank you in advance for considering my request.</div><div><br></div>
<div>Warm regards,</div>
<div><br></div>-- <br><div dir="ltr" class="gmail_signature"><div dir="ltr"><b>Yara Mansour</b><div>PhD Candidate in Public Policy</div><div>Doha Institute for Graduate Studies</div><div>Doha, Qatar</div><div><span style="color:rgb(136,136,136)">Pronouns: she/her</span></div></div></div></div>"""
    body = leaf("text/html", page(inner), "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-io1-f41.google.example.com", "209.85.166.41", "4DWZ8k0LrTz2",
           "Yara Mansour <yara.mansour.phd@gmail.example.com>", "Request - floor intervention, third roundtable",
           "<CAK3vY0pQm7Rz1Lw5Tb8Hc2Nd6Ks9Fe4Ga0Jx3Mi@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Yara Mansour", "PhD Candidate in Public Policy", "Doha Institute for Graduate Studies",
           ["roundtable"], 3)],
        notes="HTML-only Gmail (no text/plain); PhD candidate proposing herself, title and institution only in the "
              "signature; 'the third thematic roundtable' = 3; the supervisor named in the body is not a speaker; "
              "'Doha, Qatar' after the institution is a place."))


def m12():
    when = at("2021-02-04 17:05:50")
    sent = sent_at(when, 3, 6)
    text = """حضرات السادة في أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في المؤتمر الاستعراضي الإقليمي، يتشرف مركز المشرق للدراسات والأبحاث (MCSR) بترشيح كلٍّ من:

1- الأستاذ الدكتور خليل إبراهيم الزعبي، رئيس المركز، للمشاركة بصفة مقرّر يتولى تقديم الرسائل الرئيسية لأصحاب المصلحة.
2- الدكتورة سهى عبد الهادي، باحثة رئيسية في وحدة دراسات الهجرة والسكان، لتقديم مداخلة في المائدة المستديرة المواضيعية الأولى.

ويمكننا موافاتكم بالسيرة الذاتية المختصرة لكلٍّ منهما عند الطلب.

وتفضلوا بقبول فائق الاحترام والتقدير،

رولا حداد
مديرة مكتب رئيس المركز
مركز المشرق للدراسات والأبحاث (MCSR)
عمّان – المملكة الأردنية الهاشمية
"""
    html = page('<div dir="rtl" style="font-family:Simplified Arabic;font-size:14pt">' + text2html(text)
                + "</div>", charset="windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "----=_NextPart_000_0031_01D6FB0C.6A1E2F40")
    m = mk(when, sent, "mail.mcsr.example.jo", "82.212.80.14", "4DWh3t5VnXz8",
           addr("رولا حداد", "r.haddad@mcsr.example.jo", "windows-1256"),
           hdr("ترشيح متحدثين من مركز المشرق للدراسات والأبحاث", "windows-1256"),
           "<000001d6faf3$7a3c1e20$6eb45a60$@mcsr.example.jo>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-jo")])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خليل إبراهيم الزعبي", "رئيس المركز", "مركز المشرق للدراسات والأبحاث (MCSR)", ["rapporteur"]),
        sp("سهى عبد الهادي", "باحثة رئيسية في وحدة دراسات الهجرة والسكان", "مركز المشرق للدراسات والأبحاث (MCSR)",
           ["roundtable"], 1)],
        notes="think tank nominating two speakers in a numbered list (name, title, role comma-separated after "
              "honorifics 'الأستاذ الدكتور' / 'الدكتورة', dropped); the affiliation is the nominating centre, "
              "written once before the list, acronym kept; title with its unit kept whole (dev 012); sender is the "
              "office manager, not a speaker; windows-1256 Outlook; CVs only offered, none attached."))


def m13():
    when = at("2021-02-05 23:41:12")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

Suite à la lettre d'invitation relayée par notre doyen, je souhaiterais prendre part à la discussion ouverte de la consultation multipartite du 23 février, et, si le programme le permet, intervenir depuis la salle lors d'une séance plénière de la conférence.

Mes travaux portent sur le cadre juridique du séjour des migrants en Algérie et sur la coopération en matière de retour ; je pourrais apporter un éclairage sur les objectifs 4 et 21 du Pacte.

Avec mes remerciements anticipés, et mes excuses pour cet envoi tardif dans la soirée,

Bien respectueusement,

Dr Hamza Zerrouki
Maître de conférences HDR en droit public
Laboratoire de recherche sur les migrations internationales (LARMI) – Université Alger 1
Membre associé, Chaire UNESCO « Migrations et droits humains »
Tél. : +213 (0)5 xx xx xx xx
"""
    body = two(text, "----=_Part_2291_117364205.1612564867003")
    m = mk(when, sent, "smtp.univ-alger.example.dz", "193.194.83.11", "4DX7fN6qRtz1",
           "Hamza Zerrouki <h.zerrouki@univ-alger.example.dz>",
           hdr("Demande de participation – discussion ouverte du 23 février / séance plénière", enc="Q"),
           "<1318072694.1522.1612564867003@webmail.univ-alger.example.dz>", body,
           extra=[("X-Mailer", "Zimbra 8.8.12_GA_3794")])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hamza Zerrouki", "Maître de conférences HDR en droit public",
           "Laboratoire de recherche sur les migrations internationales (LARMI) – Université Alger 1",
           ["open_discussion", "plenary"])],
        notes="edge: received 23:41:12 Beirut on 5 February (Date header 22:41 +0100): on time. One speaker, two "
              "roles; details only in the signature ('Dr' dropped); the lab line already includes the university, "
              "recorded as written; the associate-membership line of a UNESCO chair is a second affiliation the "
              "secretary would not type as the main one."))


def m14():
    when = at("2021-02-06 00:14:37")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Hi,
Apologies for the late note, I only saw the call tonight. I'd like to be considered for a floor intervention at any of the thematic roundtables, ideally whichever one covers labour migration and skills partnerships. Happy to send a short bio.
Thanks,
Omar

Dr Omar Al-Tal
Research Fellow, Migration Governance
Arab Policy Research Forum (APRF)
Paris | Amman

Get Outlook for iOS
"""
    html = page('<div dir="ltr">' + "<br>".join(esc(x) for x in text.strip().split("\n")[:5]) + "</div>"
                '<div dir="ltr"><br>Dr Omar Al-Tal<br>Research Fellow, Migration Governance<br>'
                'Arab Policy Research Forum (APRF)<br>Paris | Amman</div><div><br></div>'
                '<div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>')
    body = two(text, "_000_PR3P192MB0717B2C4E6A8D0F1_", html=html)
    m = mk(when, sent, "mail-vi1eur05.outbound.protection.example.com", "40.107.21.77", "4DX8Rw2TsKz6",
           "Omar Al-Tal <o.altal@aprf.example.org>", "Roundtable - floor intervention request (late, sorry)",
           "<PR3P192MB0717B2C4E6A8D0F1@PR3P192MB0717.EURP192.PROD.OUTLOOK.example.com>", body,
           extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-GB")])
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Omar Al-Tal", "Research Fellow, Migration Governance", "Arab Policy Research Forum (APRF)",
           ["roundtable"])],
        notes="LATE by 15 minutes: Date header Fri 5 Feb 23:14 +0100 but received 00:14:37 on 6 February Beirut "
              "time; phone (Outlook for iOS); 'any of the thematic roundtables' with only a topic preference: "
              "roundtable null; details only in the signature ('Dr' dropped, 'Paris | Amman' are places)."))


def m15():
    when = at("2021-02-07 11:18:02")
    sent = sent_at(when, 1, 4)
    quoted = "\n".join(("> " + x) if x else ">" for x in M07_TEXT.strip().split("\n"))
    text = """Madame, Monsieur,

Suite à notre message du 2 février (ci-dessous), nous vous informons que Mme Amel Chaari ne pourra malheureusement pas participer à la conférence pour raisons de santé.

Le laboratoire propose de la remplacer par M. Walid Kammoun, doctorant en géographie du même laboratoire, pour la même table ronde. La candidature du Pr Ben Salem est maintenue sans changement.

Nous vous prions de nous excuser pour ce changement tardif. Merci de bien vouloir utiliser désormais l'adresse lmts.sfax@gmail.example.com, notre boîte institutionnelle étant saturée.

Cordialement,
Samia Feki
Secrétariat du LMTS

----- Mail original -----
De: "Secrétariat LMTS" <lmts.secretariat@univ-sfax.example.tn>
À: gcmrrarabstates@iom.int
Envoyé: Mardi 2 Février 2021 11:02:02
Objet: Candidatures d'intervenants – LMTS (séance plénière / table ronde 1)

""" + quoted + "\n"
    body = two(text, "=_e7a2c4d9-1b3f-4e6a-8c05-9d2f7b1a3e48")
    m = mk(when, sent, "mail-pg1-f177.google.example.com", "209.85.215.177", "4DY1sT7bLmz0",
           '"Secretariat LMTS" <lmts.sfax@gmail.example.com>',
           hdr("RE: Candidatures d'intervenants – LMTS – remplacement d'une intervenante", enc="Q"),
           "<CAN5tQ8wRm1Lz4Kp7Yb0Hc3Vd6Xs9Ge2Fa5Ju8Ni@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M07_ID), ("References", M07_ID)])
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of="h178-07.eml", speakers=[
            sp("Walid Kammoun", "doctorant en géographie",
               "Laboratoire Mobilités, Territoires et Sociétés (LMTS) – Faculté des Lettres et Sciences Humaines "
               "de Sfax", ["roundtable"], 1)],
        notes="replacement of the second speaker of h178-07 (In-Reply-To set), received 7 February, after the "
              "speaker deadline: on_time false although the original was on time; sent from a different (Gmail) "
              "address because the institutional box is full; the new speaker's affiliation and roundtable are "
              "given by reference ('du même laboratoire', 'la même table ronde'); the maintained plenary speaker "
              "and the quoted '>' form (with the old speaker) are not new requests."))


M16_ID = "<DB7PR08MB3916A2F1C8E0B4D7@DB7PR08MB3916.eurprd08.prod.outlook.example.com>"
M16_FILE = "AGMRN_Working_Paper_07_GCM_Regional_Review.pdf"


def m16():
    when = at("2021-02-08 13:30:25")
    sent = sent_at(when, 4, 5)
    text = """Dear GCM Regional Review team,

On behalf of the research team of the Arab Gulf Migration Research Network (AGMRN), I am pleased to submit the attached Working Paper No. 7, "Recruitment costs, wage protection and access to justice for migrant workers in the GCC: a GCM implementation review", as the Network's voluntary contribution to the regional review.

The paper was written by Dr. Faisal Al-Rashid, Dr. Priya Menon and Ms. Huda Kassem, and reviewed by the Network's Academic Board. A shorter policy brief version will be published on our website next month.

Please do not hesitate to contact me should you need any further information.

Kind regards,

Nour El-Din Saleh
Communications and Outreach Officer
Arab Gulf Migration Research Network (AGMRN)
Secretariat hosted by the Institute of Social Research, Dubai
T: +971 4 xxx xxxx | E: n.saleh@agmrn.example.org | www.agmrn.example.org
[AGMRN logo]
"""
    html = page('<div style="font-family:Calibri,sans-serif;font-size:11pt">'
                + text2html(text.replace("[AGMRN logo]\n", ""))
                + '<p><img src="cid:image001.png@01D6FE12.9A0B4C30" alt="AGMRN"></p></div>')
    rel = multi("related", [two(text, "_000_DB7PR08MB3916A2F1C8E0B4D7_", html=html),
                            logo("image001.png@01D6FE12.9A0B4C30", (0, 110, 90))],
                "_004_DB7PR08MB3916A2F1C8E0B4D7_", params=[("type", '"multipart/alternative"')])
    rep = attach("application/pdf", paper("Recruitment costs, wage protection and access to justice in the GCC",
                                          "AGMRN Working Paper No. 7 - February 2021", 7), M16_FILE)
    body = multi("mixed", [rel, rep], "_005_DB7PR08MB3916A2F1C8E0B4D7_")
    m = mk(when, sent, "mail-am5eur02.outbound.protection.example.com", "40.107.0.58", "4DYmB30xNqz4",
           "Nour El-Din Saleh <n.saleh@agmrn.example.org>",
           "AGMRN Working Paper No. 7 - voluntary GCM review contribution", M16_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="research network sends a working paper as its voluntary contribution, through its communications "
              "officer (authors named in the body, none of them proposed as speakers); Outlook mixed > related > "
              "alternative with the inline logo image001.png (decoy). Revised in h178-23."))


def m17():
    when = at("2021-02-09 10:12:40")
    sent = sent_at(when, 3, 4)
    text = """شكراً جزيلاً على التأكيد، ونتمنى لكم التوفيق في تنظيم المؤتمر.

مع خالص التحية،
هند العتيبي

-----Original Message-----
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 9:27 AM
To: هند العتيبي <h.alotaibi@gcpmr.example.org.kw>
Subject: إشعار استلام - مساهمة مركز الخليج لأبحاث السكان والهجرة - تقرير طوعي (موجز سياسات)

تم استلام تقريركم الطوعي بعنوان الملف: """ + M05_FILE + """
سيتم إدراجه ضمن مساهمات أصحاب المصلحة في المراجعة الإقليمية.
"""
    body = two(text, "_000_AM6PR10MB2471E4F9B15D2A6C_", rtl=True, cte="base64")
    ack_id = "<ack.4DTZ1m3QsWz0@gcmrrarabstates.iom.int>"
    m = mk(when, sent, "mail-he1eur04.outbound.protection.example.com", "40.107.7.133", "4DZ6wQ1cHsz7",
           addr("هند العتيبي", "h.alotaibi@gcpmr.example.org.kw"),
           re_hdr("RE: ", "إشعار استلام - مساهمة مركز الخليج لأبحاث السكان والهجرة - تقرير طوعي (موجز سياسات)"),
           "<AM6PR10MB2471E4F9B15D2A6C@AM6PR10MB2471.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M05_ID, ack_id)),
                  ("Content-Language", "ar-KW")])
    add(17, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="h178-05.eml",
        notes="thank-you reply to our acknowledgement of h178-05 that adds nothing new: no acknowledgement "
              "(LABELS.md); In-Reply-To names our acknowledgement, References also h178-05; the quoted "
              "acknowledgement repeats the report file name and the word 'تقرير طوعي'; nothing attached."))


def m18():
    when = at("2021-02-10 15:44:19")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Au nom du comité de coordination du Réseau de chercheur·es sur les migrations en Méditerranée occidentale (REMIGRA), j'ai le plaisir de vous adresser en pièce jointe notre rapport volontaire collectif pour l'examen régional du Pacte mondial.

Ce rapport a été élaboré entre novembre 2020 et janvier 2021 par onze chercheur·es de sept institutions (Algérie, Maroc, Tunisie, Mauritanie, Libye), à partir de leurs terrains respectifs. Il est structuré autour de quatre chapitres : gouvernance des frontières, accès aux droits, mobilités étudiantes et données statistiques.

Le document n'engage que ses auteur·es et non les universités de rattachement.

Je reste à votre disposition pour toute question.

Très cordialement,

Nadia Ferhat
Coordinatrice du réseau REMIGRA
Professeure de démographie, Institut National de la Statistique et de l'Économie Appliquée (INSEA)
Rabat
"""
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    fname = "Rapport_volontaire_collectif_REMIGRA_février_2021.docx"
    data = make_docx(["Rapport volontaire collectif - REMIGRA",
                      "Examen régional du Pacte mondial pour les migrations - région arabe",
                      "1. Gouvernance des frontières", "2. Accès aux droits", "3. Mobilités étudiantes",
                      "4. Données statistiques"])
    disp = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname, 48))
    doc = leaf(DOCX, data, cte="base64", params=[("name", '"%s"' % b_word(fname))], disp=disp)
    body = multi("mixed", [t, doc], "------------3A7C1E5B9D2F4A6C8E0B1D3F")
    m = mk(when, sent, "smtp.insea.example.ma", "196.200.156.9", "4DZx4L7qWnz2",
           "Nadia Ferhat <n.ferhat@insea.example.ma>",
           hdr("Rapport volontaire collectif – réseau REMIGRA", enc="Q"),
           "<e4c1a9d7-2b60-4f3e-8a15-c7d9b2e0f6a1@insea.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("Content-Language", "fr-FR")])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a researchers' network (eleven researchers, seven institutions); "
              "inclusive-writing middle dots; DOCX name with 'é' in RFC 2231 continuations and an RFC 2047 name "
              "parameter; format=flowed 8bit; the coordinator's long signature is not a speaker request."))


def m19():
    when = at("2021-02-11 08:55:03")
    sent = sent_at(when, 2, 4)
    text = """Dear Sir/Madam,

I teach a graduate seminar on international migration governance at the Faculty of Economics and Political Science, and my students have been following the GCM regional review process closely this term.

Would it be possible for a group of about twelve MA students to follow the multi-stakeholder consultation on 23 February and the conference sessions as observers, without taking the floor? If so, should each of them register individually through the online form, or can I send you a list?

Could you also tell us whether the voluntary reports received will be made public after the conference? The students would like to use some of them for their term papers.

To be clear, none of us is requesting a speaking role.

Many thanks in advance,

Rania El-Sayed, PhD
Associate Professor of Political Science
Faculty of Economics and Political Science
Delta National University
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mx.dnu.example.edu.eg", "41.33.120.7", "4F0Lk18mVrz5",
           "Rania El-Sayed <relsayed@feps.dnu.example.edu.eg>",
           "Graduate students as observers / publication of voluntary reports",
           "<4f8e1b2c-9a7d-4c3e-b6f0-2d1a5e9c8b74@feps.dnu.example.edu.eg>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(19, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="professor asks whether her MA students may attend as observers and whether voluntary reports "
              "will be published; keyword-heavy (consultation, voluntary reports, speaking role) but she states "
              "no one requests a speaking role; long academic signature."))


def m20():
    when = at("2021-02-12 11:36:48")
    sent = sent_at(when, 2, 5)
    text = """حضرة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمة،
تحية طيبة،

نرفق لكم ربطاً التقرير الطوعي الذي أعدّه فريق البحث في معهد العلوم الاجتماعية حول تطبيق الاتفاق العالمي للهجرة في لبنان، ولا سيما ما يتعلق بالعاملات في الخدمة المنزلية وبالطلاب الأجانب.

كما يرغب عميد المعهد، الأستاذ الدكتور فيصل عبد الرحمن الشامي، في تقديم مداخلة في إحدى الجلسات العامة للمؤتمر. ونعتذر عن تأخرنا في إرسال هذا الطلب، إذ لم تصلنا الدعوة إلا عبر رئاسة الجامعة في الأسبوع الماضي.

بيانات المتحدث:
الاسم: أ.د. فيصل عبد الرحمن الشامي
الصفة: عميد معهد العلوم الاجتماعية
الجهة: الجامعة اللبنانية

مع فائق الاحترام،
د. جنى مرعي
منسقة وحدة الأبحاث – معهد العلوم الاجتماعية
الجامعة اللبنانية – الحدث، بيروت
"""
    alt_ = two(text, "Apple-Mail=_5C2E8A1F-3D7B-4F60-9E14-A0B2C4D6E8F1", rtl=True, cte="quoted-printable")
    fname = "تقرير معهد العلوم الاجتماعية - الاتفاق العالمي للهجرة.docx"
    data = make_docx(["التقرير الطوعي - معهد العلوم الاجتماعية - الجامعة اللبنانية",
                      "تطبيق الاتفاق العالمي للهجرة في لبنان", "العاملات في الخدمة المنزلية", "الطلاب الأجانب"])
    disp = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname, 60))
    doc = leaf(DOCX, data, cte="base64", params=[("name", '"%s"' % b_word(fname))], disp=disp)
    body = multi("mixed", [alt_, doc], "Apple-Mail=_9B4D6F08-1A3C-4E5F-8072-B1C3D5E7F902")
    m = mk(when, sent, "smtp.ul.example.edu.lb", "185.89.12.44", "4F0t6H2cNqz8",
           addr("Jana Merhi", "j.merhi@ul.example.edu.lb"),
           hdr("تقرير طوعي + طلب مداخلة في الجلسة العامة - معهد العلوم الاجتماعية", enc="Q"),
           "<8C1F5A3E-7B2D-4E96-A0C4-5D9E1F3B7A26@ul.example.edu.lb>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فيصل عبد الرحمن الشامي", "عميد معهد العلوم الاجتماعية", "الجامعة اللبنانية", ["plenary"])],
        report_attachments=[fname],
        notes="both, received 12 February: the report part is on time but the speaker part is late, so on_time is "
              "false (the sender apologises for the delay); the speaker is the dean, not the sender; 'أ.د.' and "
              "'الأستاذ الدكتور' dropped from the name; title written with its unit kept whole (dev 012); Apple "
              "Mail, RFC 2231 continuations for the Arabic DOCX name; Q-encoded Arabic subject."))


def m21():
    when = at("2021-02-14 19:02:11")
    sent = sent_at(when, 1, 4)
    inner = """<div style="font-family:Georgia,serif;font-size:11pt">
<p>Madame, Monsieur,</p>
<p>Le Centre d'Études et de Recherches en Sciences Sociales (CERSS) vous transmet ci-dessous, dans le corps du message, sa note de synthèse au titre des rapports volontaires de l'examen régional du Pacte mondial. Notre serveur refusant les pièces jointes volumineuses, nous avons préféré la coller ici.</p>
<h3>Note de synthèse – La migration de retour des diplômés en Tunisie et au Maroc (2018-2020)</h3>
<h4>1. Constats</h4>
<ul>
<li>Hausse des retours de diplômés depuis l'Europe en 2020, liée à la pandémie ;</li>
<li>faible reconnaissance des qualifications acquises à l'étranger ;</li>
<li>absence de dispositifs d'accompagnement à la réinsertion professionnelle hors des grandes villes.</li>
</ul>
<h4>2. Lien avec les objectifs du Pacte</h4>
<p>Les constats relèvent principalement des objectifs 18 (développement des compétences et reconnaissance mutuelle des qualifications) et 21 (retour et réintégration durable).</p>
<h4>3. Recommandations</h4>
<ol>
<li>Créer des guichets uniques de reconnaissance des diplômes dans les régions ;</li>
<li>associer les universités aux programmes de réintégration ;</li>
<li>produire des statistiques annuelles sur les retours, ventilées par sexe et niveau d'études.</li>
</ol>
<p>Nous vous remercions de l'attention portée à cette contribution.</p>
<p>Pour le CERSS,<br>
<b>Mehdi Lahlou</b><br>
Chargé d'études<br>
Centre d'Études et de Recherches en Sciences Sociales (CERSS)<br>
Rabat – Maroc</p>
</div>"""
    body = leaf("text/html", page(inner), "utf-8", "quoted-printable")
    m = mk(when, sent, "smtp.cerss.example.ma", "105.159.248.30", "4F1w9Z3kTpz5",
           '"CERSS - Centre d\'Etudes et de Recherches en Sciences Sociales" <contact@cerss.example.ma>',
           hdr("Rapport volontaire du CERSS – note de synthèse (dans le corps du message)", enc="Q"),
           "<20210214170207.3E9A1C2B@cerss.example.ma>", body,
           extra=[("X-Mailer", "Roundcube Webmail/1.4.10")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="HTML-only message; a research centre's 'note de synthèse' pasted in the body (headings and lists) "
              "as its voluntary report, no attachment; From display name is the centre; the author's signature is "
              "not a speaker request."))


def m22():
    when = at("2021-02-16 22:50:10")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """تحية طيبة،

مرفق التقرير الطوعي لوحدة أبحاث الهجرة والتنقل في كلية الآداب، جامعة الموصل، حول أوضاع العائدين والنازحين داخلياً في محافظة نينوى وعلاقتها بأهداف الاتفاق العالمي.

نأمل أن يصلكم قبل انتهاء المهلة، ونعتذر عن الإرسال في هذا الوقت المتأخر بسبب انقطاع الكهرباء.

مع التقدير،
م.م. عمر يونس الطائي
مدرس مساعد – وحدة أبحاث الهجرة والتنقل

Sent from Outlook for Android
"""
    alt_ = two(text, "_000_HE1P195MB0331A8D2F7C4E9B1_", rtl=True, cte="base64")
    fname = "التقرير الطوعي - وحدة أبحاث الهجرة - جامعة الموصل.pdf"
    rep = attach("application/pdf", paper("Returnees and IDPs in Nineveh and the GCM objectives",
                                          "Voluntary report - Migration and Mobility Research Unit, Univ. of Mosul"),
                 fname)
    body = multi("mixed", [alt_, rep], "_004_HE1P195MB0331A8D2F7C4E9B1_")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.89", "4F3hQ62vLmz1",
           addr("عمر يونس", "omar.younis@uomosul.example.edu.iq"),
           hdr("التقرير الطوعي - جامعة الموصل"),
           "<HE1P195MB0331A8D2F7C4E9B1@HE1P195MB0331.EURP195.PROD.OUTLOOK.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="last evening of the report deadline: received 22:50 Beirut on 16 February (Date header 23:50 +0300, "
              "close to midnight for the sender): on time; Outlook for Android; Arabic PDF name (RFC 2231 / RFC "
              "2047); academic rank abbreviation 'م.م.' in the signature."))


def m23():
    when = at("2021-02-18 09:20:45")
    sent = sent_at(when, 4, 5)
    text = """Dear GCM Regional Review team,

Further to my message of 8 February, please find attached a revised version of AGMRN Working Paper No. 7. The authors corrected the recruitment-cost figures in Table 3 (Nepal-Qatar corridor) and added a short annex on data sources.

We would be grateful if this version could replace the one sent earlier. Apologies for sending it after the 16 February deadline.

Kind regards,

Nour El-Din Saleh
Communications and Outreach Officer
Arab Gulf Migration Research Network (AGMRN)

________________________________
From: Nour El-Din Saleh <n.saleh@agmrn.example.org>
Sent: Monday, 8 February 2021 15:30
To: gcmrrarabstates@iom.int
Subject: AGMRN Working Paper No. 7 - voluntary GCM review contribution

Dear GCM Regional Review team,

On behalf of the research team of the Arab Gulf Migration Research Network (AGMRN), I am pleased to submit the attached Working Paper No. 7 [...] as the Network's voluntary contribution to the regional review.
"""
    alt_ = two(text, "_000_DB7PR08MB3916F0C2A4E6B8D1_")
    fname = "AGMRN_Working_Paper_07_GCM_Regional_Review_rev1.pdf"
    rep = attach("application/pdf", paper("Recruitment costs, wage protection and access to justice in the GCC",
                                          "AGMRN Working Paper No. 7 - revised 17 February 2021", 8), fname)
    body = multi("mixed", [alt_, rep], "_004_DB7PR08MB3916F0C2A4E6B8D1_")
    m = mk(when, sent, "mail-am5eur02.outbound.protection.example.com", "40.107.0.61", "4F4nC85sWtz3",
           "Nour El-Din Saleh <n.saleh@agmrn.example.org>",
           "RE: AGMRN Working Paper No. 7 - voluntary GCM review contribution (REVISED)",
           "<DB7PR08MB3916F0C2A4E6B8D1@DB7PR08MB3916.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M16_ID), ("References", M16_ID), ("X-MS-Has-Attach", "yes")])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        thread_of="h178-16.eml", report_attachments=[fname],
        notes="revised version of h178-16 (In-Reply-To set), asking to replace the earlier file; received 18 "
              "February, after the report deadline, although the original was on time; Outlook quote header "
              "not '>'-prefixed."))


def m24():
    when = at("2021-02-19 13:07:29")
    sent = sent_at(when, 2, 6)
    quoted = "\n".join(("> " + x) if x else ">" for x in M09_TEXT.strip().split("\n"))
    text = """مرحبا مرة تانية،
بعتلكم طلب مشاركة بالطاولة المستديرة الرابعة يوم ٣ شباط ولهلأ ما وصلني أي رد. بس حابة اتأكد إذا الطلب وصل وإذا رح يكون في برنامج بالأسماء قبل المؤتمر، لأنه لازم خبّر المركز.
شكراً سلفاً
ديما

في الأربعاء، ٣ فبراير ٢٠٢١ في ١٠:٥١ م، كتب Dima Hourani <dima.hourani.css@gmail.example.com>:
""" + quoted + "\n"
    html = page('<div dir="auto">' + "<br>".join(esc(x) for x in text.strip().split("\n")) + "</div>")
    body = two(text, "0000000000003c7e9a05bbb1d4f6", html=html, cte="base64")
    m = mk(when, sent, "mail-qv1-f49.google.example.com", "209.85.219.49", "4F5Jq20nXkz7",
           "Dima Hourani <dima.hourani.css@gmail.example.com>",
           re_hdr("Re: ", "مشاركة بالطاولة المستديرة ٤"),
           "<CAL4mR8xTq2Wd7Ks0Vb3Nh6Yc1Pz9Fe5Ga8Jo9Zz@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M09_ID), ("References", M09_ID)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h178-09.eml",
        notes="follow-up to her own h178-09 (In-Reply-To set) asking whether it arrived and whether a programme "
              "will be published; Gmail Arabic quote header with Arabic-Indic digits, the quoted part still holds "
              "the full pasted form (speaker, roundtable 4): no new request, not a speaker_request."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
