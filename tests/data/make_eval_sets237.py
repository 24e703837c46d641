#!/usr/bin/env python3
"""Write the blind evaluation set holdout237 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets237.py
Theme: diaspora, faith-based and cultural groups (18 January - 20 February 2021).  Moroccan, Algerian, Tunisian,
Lebanese, Syrian, Egyptian and Sudanese diaspora associations in France, Belgium, Italy, Germany and Canada; a
mosque's zakat committee in Milan and a mosque's social committee in Brussels, a Coptic parish near Toronto, a
Maronite parish in Marseille, a Syriac Orthodox parish in Wiesbaden, an interfaith sponsorship circle in Montreal,
a Syrian artists' collective in Berlin and a football club for migrant youth.  Heavily mixed languages (an
English body with a French signature, French bodies opened and closed with Arabic greetings, an Arabic + English
bilingual nomination, Egyptian, Levantine, Tunisian and Sudanese colloquial Arabic, German words), vCard (.vcf)
attachments and signature images, phone mail (iPhone, Gmail and Outlook for Android), an internal Google Form
answer pasted into the body, a speaker proposed with a CV, a speaker only in an attached form, a report split in
two attachments, a report in the body, a nomination first sent to a mistyped address and forwarded after the
deadline, a thank-you and a question answering our acknowledgements, a French out-of-office and a bounce.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(237)
add = SET.add
H = "h237-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
OX = "Open-Xchange Mailer v7.10.3-Rev34"


def android_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div%s>%s</div></body></html>\n' % (d, inner))


def apple_html(text, img_cid=None):
    inner = "".join('<div>%s</div>' % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    img = ('<div><img apple-inline="yes" id="4F1C2A7B-0E9D-4B36-8C51-7A2E9D0F3B64" src="cid:%s" class=""></div>'
           % img_cid) if img_cid else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s%s</body></html>\n' % (inner, img))


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5a7e2c41yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def vcard(ctype, text, fname, cte):
    """A contact card attached the way the client does it (Thunderbird: text/x-vcard QP; Outlook: text/vcard)."""
    return leaf(ctype, text.replace("\n", "\r\n"), "utf-8", cte, params=[("name", '"%s"' % fname)],
                disp='attachment; filename="%s"' % fname)


def exch_ooo_rows(when, host, ip, qid, sender, mid, subject, orig_id, ack, delay, extra):
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid, ret="",
                    extra=extra)
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack)]


# ================================================================ 01  FR  speaker  Moroccan association in Liège, Arabic greetings, sender's vCard
M01_ID = "<7c2e9a41-5b3d-4f08-a6e1-0d94b7c3f258@skynet.example.be>"
M01_SUBJ = "Proposition d'intervenante - ATML (Liège)"
M01_QID = "4DKb2Q7mWtz1"


def m01():
    when = at("2021-01-18 10:12:37")
    text = """السلام عليكم ورحمة الله

Madame, Monsieur,

L'Association Tighremt des Marocains de Liège (ATML) a bien reçu votre invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, que nous a transmise le Conseil consultatif des Marocains de la Province de Liège. Nous vous en remercions.

Notre association accompagne depuis 1998 les familles marocaines de Liège et de Seraing : cours d'arabe et de tamazight pour les enfants, permanence sociale pour les pensionnés qui partagent leur vie entre la Belgique et le Rif, et rapatriement des défunts au pays grâce à notre caisse de solidarité.

Nous souhaitons vous proposer une intervenante :

Nom : Naïma Ait Oubella
Fonction : Vice-présidente, responsable du pôle jeunesse
Association : Association Tighremt des Marocains de Liège (ATML)
Intervention souhaitée : table ronde thématique n° 3 (24-25 février)
Langues : français, arabe, tarifit

Vous trouverez ma carte de visite en pièce jointe pour tout contact.

Bien cordialement, وبارك الله فيكم

-- 
Rachid El Ouafi
Secrétaire général – ATML asbl
Rue Saint-Léonard 000, 4020 Liège
+32 470 00 00 00
"""
    card = """BEGIN:VCARD
VERSION:3.0
N:El Ouafi;Rachid;;;
FN:Rachid El Ouafi
ORG:Association Tighremt des Marocains de Liège (ATML)
TITLE:Secrétaire général
TEL;TYPE=CELL:+32 470 00 00 00
EMAIL;TYPE=INTERNET:rachid.elouafi@skynet.example.be
ADR;TYPE=WORK:;;Rue Saint-Léonard 000;Liège;;4020;Belgique
END:VCARD
"""
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           vcard("text/x-vcard", card, "rachid_el_ouafi.vcf", "quoted-printable")],
                 "------------A3E08F51C2D94B7E6F1A0C58")
    m = mk(when, sent_at(when, 1, 6), "relay-out3.skynet.example.be", "203.0.113.31", M01_QID,
           "Rachid El Ouafi <rachid.elouafi@skynet.example.be>", hdr(M01_SUBJ, enc="Q"), M01_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Naïma Ait Oubella", "Vice-présidente, responsable du pôle jeunesse",
           "Association Tighremt des Marocains de Liège (ATML)", ["roundtable"], 3)],
        notes="Moroccan diaspora association in Liège; French body opened with 'السلام عليكم ورحمة الله' and closed "
              "with 'وبارك الله فيكم' on the same line as 'Bien cordialement': acknowledge in French. Labelled "
              "lines ('Nom :', 'Fonction :', 'table ronde thématique n° 3', '24-25 février' = the conference days, "
              "not a deadline). The attached .vcf is the sender's contact card (text/x-vcard), not a report, and "
              "its ORG/TITLE are the sender's, who is not the speaker. Thunderbird, 8bit format=flowed, Date "
              "UTC+1. Followed up by h237-17."))


# ================================================================ 02  EN  other  Sudanese association in Ottawa: are diaspora groups eligible?
def m02():
    when = at("2021-01-20 17:05:12")
    subj = "Question: can diaspora associations in Canada take part?"
    text = """Good morning,

I hope this email finds you well.

My name is Awadia Elnour Babiker and I am the secretary of the Sudanese Community Association of Ottawa-Gatineau (SCAOG). One of our members, who works in Khartoum, shared with us the invitation to the Regional Review of the Global Compact for Migration in the Arab region.

Before we go further we have a few questions, because our situation is a bit unusual:

- Our association is registered in Canada, not in an Arab country. Are diaspora organizations outside the region eligible to submit a voluntary report or to request a speaking role?
- If we request a role, will the sessions be online only? Most of our members work during the day and the time difference with Beirut is 7 hours.
- Could a report be written jointly with two sister associations (the Sudanese associations of Montreal and Toronto)?

Our board meets on 30 January to decide, so an answer before that date would help us a lot.

Thank you in advance and best regards,

Awadia Elnour Babiker
Secretary, SCAOG
Ottawa, Ontario
"""
    body = alt(text, "_000_YT1PR01MB35524C0E9A7D2F16B3_", html=outlook_html(text, lang="EN-CA"))
    m = mk(when, sent_at(when, -5, 7), "mail-yt1can01olkn2031.outbound.protection.outlook.example.com",
           "198.51.100.231", "4DLJ8v2RkXz6", "Awadia Babiker <awadia.babiker@hotmail.example.com>", subj,
           "<YT1PR01MB35524C0E9A7D2F16B3@YT1PR01MB3552.CANPRD01.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW7zQ4mK2b9Vx1Tk6Ynw3Lp8Rd5A==", lang="en-CA"))
    add(2, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="Sudanese diaspora association in Canada asking whether diaspora groups outside the region are "
              "eligible, whether sessions are online, and whether a joint report is allowed: every submission "
              "keyword is there ('submit a voluntary report', 'request a speaking role') but only as questions; "
              "nothing is submitted and nobody is proposed. Outlook.com, Date in UTC-5; '30 January' is a board "
              "meeting."))


# ================================================================ 03  AR  speaker  Egyptian mosque zakat committee near Milan, phone, Cc a mistyped address
M03_ID = "<CAHs2mW9xQ4kV7nT+p1Lz8Bc3dY6eRf0gJu@mail.gmail.example.com>"
M03_SUBJ = "ترشيح متحدث - لجنة الزكاة والتكافل بمسجد التوحيد - ميلانو"
M03_QID = "4DPm3T8bXvz4"


def m03():
    when = at("2021-01-25 13:40:09")
    text = """السلام عليكم ورحمة الله وبركاته
حضرات السادة القائمين على الاستعراض الإقليمي، تحية طيبة

معاكم محمود السيد عبد الغفار، سكرتير لجنة الزكاة والتكافل بمسجد التوحيد في سيستو سان جوفاني (ميلانو). اللجنة بتخدم الجالية المصرية والعربية هنا من ٢٠٠٩: شنطة غذائية كل شهر، مساعدة في أوراق الإقامة (permesso di soggiorno)، ونقل جثامين المتوفين لمصر، وده زاد جداً السنة اللي فاتت بسبب الكورونا.

حابين نرشح رئيس اللجنة عشان يتكلم في الجلسة العامة للمؤتمر يوم ٢٤ أو ٢٥ فبراير:

الحاج/ سيد عبد الحكيم البنهاوي (Sayed Abdelhakim El Banhawy)
رئيس اللجنة

الحاج سيد مقيم في إيطاليا من سنة ١٩٩١ وعارف مشاكل الجالية كويس جداً، وبيتكلم عربي وإيطالي.

برجاء التأكيد على الإيميل ده وعلى إيميل اللجنة اللي في النسخة.

وجزاكم الله خيراً
محمود السيد
"""
    body = alt(text, "000000000000b3d51e05b9a4c217", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 6), "mail-ed1-f43.google.example.com", "192.0.2.43", M03_QID,
           addr("Mahmoud Abdelghaffar", "mahmoud.abdelghaffar78@gmail.example.com"), hdr(M03_SUBJ), M03_ID, body,
           cc=addr("لجنة الزكاة - مسجد التوحيد", "zakat.tawhid.sesto@libero.example.it"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سيد عبد الحكيم البنهاوي", "رئيس اللجنة", "لجنة الزكاة والتكافل بمسجد التوحيد", ["plenary"])],
        notes="Egyptian colloquial Arabic from a mosque's zakat committee near Milan, typed on a phone (Gmail app, "
              "base64); Italian words in brackets. The speaker's name on its own line after the honorific "
              "'الحاج/' (dropped) with a Latin transliteration in brackets (the Arabic form is recorded); title "
              "'رئيس اللجنة' kept as written, the committee named by the sender in the first paragraph is the "
              "affiliation (without 'في سيستو سان جوفاني (ميلانو)', the place). 'الجلسة العامة' = plenary; the "
              "sender (secretary) is not the speaker. The Cc address is mistyped: our acknowledgement bounces "
              "(h237-04)."))


# ================================================================ 04  EN  bounce  our acknowledgement of 03 to the Cc'd committee address
def m04():
    when = at("2021-01-25 13:40:51")
    bad = "zakat.tawhid.sesto@libero.example.it"
    text = POSTFIX_NOTICE + """
<%s>: host smtp-in.libero.example.it[203.0.113.140] said: 550
    5.1.1 <%s>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""" % (bad, bad)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DPm4B1cYwz7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; smtp-in.libero.example.it\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), bad, bad, bad))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Mahmoud Abdelghaffar <mahmoud.abdelghaffar78@gmail.example.com>\n"
            "Cc: %s\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (bad, hdr("إشعار استلام - " + M03_SUBJ).encode(),
                                  rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M03_QID), M03_ID, M03_ID))
    body = dsn_report(text, dsn, hdrs, "4DPm4F6dZqz9.1611574851/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DPm4F6dZqz9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210125114051.4DPm4F6dZqz9@mx1.iom.int>")]
    add(4, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 (user unknown) for the copy of our acknowledgement of h237-03 sent to the "
              "committee address the sender put in Cc; the returned headers carry an Arabic RFC 2047 subject "
              "naming a speaker nomination. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 05  EN  speaker  Lebanese association in Brussels: English body, French signature, herself
M05_ID = "<9E3B7A2C-41D6-4F85-B0C9-6D1E8F2A5C37@ablps.example.be>"
M05_SUBJ = "Request to take part - GCM regional review"
M05_QID = "4DQw7N1hKcz2"


def m05():
    when = at("2021-01-27 15:22:48")
    text = """Dear GCM Regional Review team,

I am writing on behalf of our association, which brings together Lebanese families living in Brussels and Wallonia. Since the port explosion in August, many young Lebanese have arrived in Belgium on student visas or through family reunification, and we have been helping them with housing, university enrolment and psychological support, with very little means.

I would like to take part personally in the open discussion of the multi-stakeholder consultation on 23 February and, if there is still space, to make a short floor intervention in roundtable 2 on the 24th or 25th. I can speak in English, French or Arabic.

My details are below. Please do not hesitate to call me if anything is missing.

Kind regards,
Nour

--
Nour Sfeir-Daou
Secrétaire générale
Association Belgo-Libanaise Phénicia Solidarité (ABLPS)
Avenue de la Couronne 000 – 1050 Ixelles
+32 485 00 00 00
"""
    cid = "8A2F5C1E-3B7D-4E90-9C64-1F0A7D3B2E58@home"
    rel = multi("related", [leaf("text/html", apple_html(text, img_cid=cid)),
                            logo(cid, (150, 30, 40), name="signature-ablps.png")],
                "Apple-Mail=_C47E1B92-5A3D-4F06-8E21-9B0D6C3A7F15", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "Apple-Mail=_0B6D2F84-7C1A-4E39-A5D7-3E8F1C9B2A60")
    m = mk(when, sent_at(when, 1, 8), "smtp-out.ablps.example.be", "203.0.113.92", M05_QID,
           "Nour Sfeir-Daou <nour.sfeir@ablps.example.be>", M05_SUBJ, M05_ID, body, extra=[("X-Mailer", APPLE)])
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nour Sfeir-Daou", "Secrétaire générale", "Association Belgo-Libanaise Phénicia Solidarité (ABLPS)",
           ["open_discussion", "roundtable"], 2)],
        notes="Lebanese association in Brussels: English body, French signature block; the sender proposes herself "
              "('I would like to take part personally') and her name, title and affiliation are only in the "
              "signature (recorded as written there, in French; hyphenated double surname kept whole; the body is "
              "signed with the first name only). Two roles: open discussion and, 'if there is still space', "
              "roundtable 2. Apple Mail with a signature image in a related part (not an attachment to list). "
              "Thanked in h237-06."))


# ================================================================ 06  EN  other  thank-you from 05 to our acknowledgement, iPhone in French locale
def m06():
    when = at("2021-01-28 09:14:26")
    ack = ack_mid(M05_QID)
    quoted = """Dear Nour Sfeir-Daou,

Thank you for your message "%s". The secretariat confirms receipt of your speaker request (1 speaker). The secretariat will contact you about the programme.

GCM Regional Review - Arab States""" % M05_SUBJ
    text = """Thank you so much for the quick confirmation, well noted! Looking forward to the 23rd.

Bien à vous,
Nour

Envoyé de mon iPhone

> Le 27 janv. 2021 à 14:23, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> 
""" + gt(quoted) + "\n"
    body = alt(text, "Apple-Mail-2D8E4B17-6F3A-4C09-B5E1-7A9C0D2F6E48", html=apple_html(text))
    m = mk(when, sent_at(when, 1, 9), "smtp-out.ablps.example.be", "203.0.113.92", "4DRP2k6sLvz0",
           "Nour Sfeir-Daou <nour.sfeir@ablps.example.be>", "Re: Acknowledgement of receipt - " + M05_SUBJ,
           "<5C1A8E3F-2B9D-47E6-A0F4-8D3C6B1E9A72@ablps.example.be>", body,
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(6, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 5,
        notes="thank-you from the sender of h237-05 answering our acknowledgement (References name h237-05): adds "
              "nothing, so no acknowledgement. English text with a French closing, 'Envoyé de mon iPhone' and a "
              "French quote header (phone in French); the quoted acknowledgement repeats 'speaker request'."))


# ================================================================ 07  FR  both  Tunisian association in Nice: report PDF + speaker only in an attached form
M07_REP = "Rapport_volontaire_ATAMS_Pacte_mondial_2021.pdf"
M07_FORM = "Fiche_intervenante_ATAMS.docx"


def m07():
    when = at("2021-01-29 11:18:26")
    subj = "ATAMS - Rapport volontaire et fiche intervenante"
    text = """Bonjour,

Au nom du bureau de l'Association des Tunisiens des Alpes-Maritimes pour la Solidarité (ATAMS), je vous prie de trouver ci-joint :

- notre rapport volontaire sur la mise en œuvre du Pacte mondial, consacré aux jeunes Tunisiens arrivés par Lampedusa et Vintimille depuis 2017 et à l'accès aux droits des retraités tunisiens de la Côte d'Azur ;
- la fiche de l'intervenante que nous proposons pour l'une des tables rondes thématiques.

Nous restons à votre disposition pour toute précision.

Bien cordialement,

Me Leïla Chaouch-Ferjani
Avocate au Barreau de Nice
Présidente de l'ATAMS
06 00 00 00 00
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du Pacte mondial",
                  "Association des Tunisiens des Alpes-Maritimes pour la Solidarite (ATAMS)",
                  ["Jeunes arrives par Lampedusa et Vintimille depuis 2017", "Mineurs non accompagnes a Nice",
                   "Retraites tunisiens : acces aux droits et allers-retours", "Objectifs 15 et 22 du Pacte",
                   "Recommandations"])
    form = make_docx(["Fiche intervenant(e) - Examen regional du Pacte mondial (region arabe)",
                      "Nom et prénom : Hédia Mabrouk",
                      "Fonction : Trésorière, responsable de l'accueil des mineurs non accompagnés",
                      "Organisation : Association des Tunisiens des Alpes-Maritimes pour la Solidarité (ATAMS)",
                      "Type d'intervention : Table ronde thématique n° 2",
                      "Langues : arabe (tunisien), français, italien",
                      "Téléphone : 07 00 00 00 00"])
    a = alt(text, "_000_PR0P264MB1946E7B2A5C1D38F_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M07_REP), attach(DOCX, form, M07_FORM)],
                 "_004_PR0P264MB1946E7B2A5C1D38F_")
    m = mk(when, sent_at(when, 1, 7), "mail-pr0fra01on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4DSg5W9pHmz3", addr("Leïla Chaouch-Ferjani", "l.chaouch@atams06.example.fr", enc="Q"),
           subj, "<PR0P264MB1946E7B2A5C1D38F@PR0P264MB1946.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdbuM3Tq5Wx7Ez9Rc1Vb3Yn5Uk7Ii9Op==", lang="fr-FR", has_attach="yes"))
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hédia Mabrouk", "Trésorière, responsable de l'accueil des mineurs non accompagnés",
           "Association des Tunisiens des Alpes-Maritimes pour la Solidarité (ATAMS)", ["roundtable"], 2)],
        report_attachments=[M07_REP],
        notes="both, on time (29 January): the body only says an intervenante is proposed 'pour l'une des tables "
              "rondes'; her name, title and the roundtable number (2) are only in the attached DOCX form, which "
              "is a nomination form, not part of the report (only the PDF is listed). The sender ('Me', a lawyer "
              "and the president) is not the speaker. Outlook, Date in UTC+1."))


# ================================================================ 08  AR  speaker  Syrian artists' collective in Berlin, HTML-only, table, names in two scripts
def m08():
    when = at("2021-02-01 19:34:50")
    subj = "طلب مشاركة – تجمع زيزفون للفنون (برلين)"
    inner = """<div>مرحبا،</div>
<div><br></div>
<div>نحن تجمع زيزفون للفنون (Zaizafoun Kollektiv)، مجموعة من الفنانين والفنانات السوريين في برلين: مسرح وموسيقى وفنون بصرية. من 2016 عم نعمل ورشات مسرح وموسيقى مع الأطفال والمراهقين اللي وصلوا لألمانيا، والسنة الماضية قدمنا مسرحية «شنطة» عن رحلة العيل من حلب لإزمير لبرلين.</div>
<div><br></div>
<div>حابين يكون صوت الفنانين موجود بالاستعراض الإقليمي، ومنقترح الاسمين التاليين:</div>
<div><br></div>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>الاسم</th><th>الصفة</th><th>المشاركة المطلوبة</th></tr>
<tr><td>لمى عدنان سكّر<br>Lama Adnan Sukkar</td><td>مؤسِّسة التجمع ومخرجة مسرحية</td><td>النقاش المفتوح ضمن المشاورة يوم 23 شباط</td></tr>
<tr><td>غيث مروان العبدالله<br>Ghaith Marwan Alabdallah</td><td>موسيقي ومنسق ورشات الأطفال</td><td>مداخلة بالطاولة المستديرة الأولى</td></tr>
</table>
<div><br></div>
<div>التنين بيحكوا عربي وألماني وإنكليزي.</div>
<div><br></div>
<div>مع التحية والشكر،</div>
<div>زينة حداد</div>
<div>تجمع زيزفون للفنون – Zaizafoun Kollektiv e.V.</div>
<div>Berlin-Kreuzberg</div>"""
    body = html_only(inner, rtl=True, lang="ar", newlines=True)
    m = mk(when, sent_at(when, 1, 5), "mout.web.example.de", "203.0.113.217", "4DTz6H3qNbz8",
           addr("Zeina Haddad", "zaizafoun.kollektiv@web.example.de"), hdr(subj),
           "<trinity-3f8a1c57-9e2d-4b60-a7c4-d51e0b92f6a3-1612200885432@3c-app-webde-bap41>", body,
           extra=[("X-UI-Message-Type", "mail"), ("X-Priority", "3"), ("Importance", "normal"),
                  ("Sensitivity", "Normal")])
    aff = "تجمع زيزفون للفنون (Zaizafoun Kollektiv)"
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("لمى عدنان سكّر", "مؤسِّسة التجمع ومخرجة مسرحية", aff, ["open_discussion"]),
        sp("غيث مروان العبدالله", "موسيقي ومنسق ورشات الأطفال", aff, ["roundtable"], 1)],
        notes="Syrian artists' collective in Berlin, Levantine Arabic ('عم نعمل', 'منقترح', 'التنين بيحكوا'); "
              "HTML-only (web.de-style webmail), no text/plain; two speakers in an HTML table whose name cells "
              "hold the Arabic name and its Latin form on two lines (Arabic recorded, shadda kept as typed). The "
              "Latin name in brackets is the collective's German name, kept as written with the Arabic one; "
              "'e.V.' and the district in the signature are not part of it. 'الطاولة المستديرة الأولى' = 1; "
              "'يوم 23 شباط' = open discussion. The signer is not a speaker."))


# ================================================================ 09  EN  speaker  Coptic parish near Toronto: CV attached, logo, priest named
M09_CV = "CV - Dr Mina Girgis (2021).pdf"


def m09():
    when = at("2021-02-02 16:05:33")
    subj = "Speaker nomination - St. Athanasius Coptic Orthodox Church (Mississauga)"
    text = """Dear Sir/Madam,

Greetings from St. Athanasius Coptic Orthodox Church in Mississauga, Ontario.

Our parish serves more than 900 Egyptian and Sudanese Coptic families in the Greater Toronto Area. Over the last five years our Newcomers Settlement Committee has welcomed over 300 families who arrived from Egypt, Sudan and Libya, helping them with housing, English classes, recognition of professional diplomas and the first months of employment.

With the blessing of our parish priest, Fr. Abanoub Shenouda, we would like to nominate Dr. Mina Farid Girgis, Chair of the Newcomers Settlement Committee, for a floor intervention in one of the plenary sessions of the Conference on 24-25 February. Dr. Mina is a family physician who came to Canada himself in 2008 and has accompanied many newcomer families through the recognition of their medical and nursing qualifications.

Please find his CV attached for your reference.

With gratitude and best regards,

Marianne Tadros
Outreach Coordinator
St. Athanasius Coptic Orthodox Church
Mississauga, Ontario, Canada
T: +1 905 000 0000
"""
    cv = make_pdf(["Mina Farid Girgis, MD, CCFP", "Curriculum vitae - February 2021", "",
                   "Family physician, Mississauga (since 2014)",
                   "Chair, Newcomers Settlement Committee, St. Athanasius Coptic Orthodox Church (since 2016)",
                   "MB BCh, Ain Shams University, Cairo (2004)", "Languages: Arabic, English"])
    cid = "image001.png@01D6F95A.3C7E2B40"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-CA", img_cid=cid)),
                            logo(cid, (110, 20, 30))], "_006_YQBPR0101MB5318A2C7E4F91B06_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_YQBPR0101MB5318A2C7E4F91B06_")
    body = multi("mixed", [a, attach("application/pdf", cv, M09_CV)], "_007_YQBPR0101MB5318A2C7E4F91B06_")
    m = mk(when, sent_at(when, -5, 8), "mail-yqbcan01on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", "4DVQ2c8LtKz5", "Marianne Tadros <outreach@stathanasius-mississauga.example.ca>",
           subj, "<YQBPR0101MB5318A2C7E4F91B06@YQBPR0101MB5318.CANPRD01.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcDs4Fg6Hj8Kl0Zx2Cv4Bn6Mq8Wr1Ty==", lang="en-CA", has_attach="yes"))
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mina Farid Girgis", "Chair of the Newcomers Settlement Committee", "St. Athanasius Coptic Orthodox Church",
           ["plenary"])],
        notes="Egyptian/Sudanese Coptic parish near Toronto; speaker in prose with 'Dr.' (dropped), title as "
              "written after his name ('a family physician' is his profession, not the post he speaks in); "
              "'Fr. Abanoub Shenouda', the parish priest who gives his blessing, is not proposed; the sender "
              "(outreach coordinator) is not the speaker. The attached PDF is his CV, not a report (a speaker "
              "request, not 'both'); image001.png is the Outlook signature logo. Date in UTC-5."))


# ================================================================ 10  FR  speaker  Algerian coordination in Lyon: internal Google Form answer pasted, Cc president
M10_ID = "<CAOq5nV2tR8xK1mW+c7Hz4Lb9sP3dYe6fJk@mail.gmail.example.com>"
M10_SUBJ = "Demande de prise de parole - CAAR (Lyon)"
M10_QID = "4DWC7t3RmFz1"


def m10():
    when = at("2021-02-03 10:22:15")
    text = """Bonjour,

Suite à votre invitation, relayée auprès des associations par le Consulat général d'Algérie à Lyon, nous avons recueilli les candidatures de nos associations membres par un formulaire en ligne. Le bureau a retenu la candidature ci-dessous, que je vous copie telle quelle :

----------
Horodateur : 02/02/2021 21:47:03
Adresse e-mail : m.saadi.caar@gmail.example.com
Nom et prénom de l'intervenant(e) : Mourad SAADI
Fonction / titre : Vice-président chargé des chibanis et de l'accès aux droits
Association / structure : Coordination des Associations Algériennes du Rhône (CAAR)
Type d'intervention souhaitée : Rapporteur (restitution des messages clés des parties prenantes)
Langue(s) d'intervention : Français, Arabe
Disponibilités : 23, 24 et 25 février
Commentaire : Fils de chibani, je peux porter la parole des anciens travailleurs immigrés et de leurs familles.
----------

Notre président, M. Farid Bouchareb, est en copie de ce message.

Cordialement,

Sabrina Khelifi
Chargée de mission
Coordination des Associations Algériennes du Rhône (CAAR)
Vénissieux
"""
    body = alt(text, "000000000000e4a62c05ba6b1f93", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f68.google.example.com", "192.0.2.168", M10_QID,
           addr("Sabrina Khelifi", "caar.rhone@gmail.example.com"), hdr(M10_SUBJ, enc="Q"), M10_ID, body,
           cc="Farid Bouchareb <president@caar-rhone.example.fr>")
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mourad SAADI", "Vice-président chargé des chibanis et de l'accès aux droits",
           "Coordination des Associations Algériennes du Rhône (CAAR)", ["rapporteur"])],
        notes="Algerian diaspora coordination in Lyon pasting the answer of its own online form between dashed "
              "lines: the form's timestamp ('Horodateur : 02/02/2021') and e-mail field are not the message's "
              "date or sender; name written 'Mourad SAADI' (surname in capitals, recorded as written). The "
              "president 'M. Farid Bouchareb' in Cc is not proposed; his out-of-office answers our "
              "acknowledgement (h237-11). Gmail, Date in UTC+1."))


# ================================================================ 11  FR  auto_reply  the Cc'd president's vacation notice on our acknowledgement of 10
def m11():
    when = at("2021-02-03 10:23:30")
    ack = ack_mid(M10_QID)
    text = """Bonjour,

Je suis absent jusqu'au lundi 15 février inclus (déplacement familial à Tizi Ouzou), avec un accès très limité à ma messagerie.

Pour tout ce qui concerne l'examen régional du Pacte mondial, merci de vous adresser à Sabrina Khelifi, chargée de mission (caar.rhone@gmail.example.com).

السلام عليكم، أنا في سفر إلى غاية 15 فيفري.

Farid Bouchareb
Président de la CAAR
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    subj = hdr("Absence : Accusé de réception - " + M10_SUBJ, enc="Q")
    rows = exch_ooo_rows(when, "mo6.mail-out.ovh.example.net", "203.0.113.66", "4DWC8m1SnGz6",
                         "Farid Bouchareb <president@caar-rhone.example.fr>",
                         "<sieve-vacation.1612340610.4411@mx.caar-rhone.example.fr>", subj, M10_ID, ack, (1, 1),
                         extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")])
    add(11, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Sieve vacation notice (Auto-Submitted: auto-replied (vacation), Precedence: bulk) of the president "
              "copied on h237-10, answering our acknowledgement 75 seconds later; French with an Arabic line "
              "('فيفري', Algerian month name), a return date, a colleague's name and a title-like signature. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 12  AR  speaker  Syrian-Canadian society: Arabic then English, self-nomination, bilingual signature
def m12():
    when = at("2021-02-04 02:15:44")
    subj = hdr("طلب مشاركة / Speaker request - Yasmeen Syrian Canadian Society")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،
تحية طيبة وبعد،

تتشرف جمعية الياسمين السورية الكندية (YSCS) في مدينة لندن بمقاطعة أونتاريو بترشيح رئيسة مجلس إدارتها المهندسة ريم فايز الشامي لتكون مقررة تعرض الرسائل الرئيسية لأصحاب المصلحة في الاستعراض الإقليمي. تأسست الجمعية عام 2016 على يد عائلات سورية وصلت إلى كندا ضمن برنامج إعادة التوطين، وتعمل اليوم مع أكثر من 400 عائلة في مجالات تعلم اللغة والتوظيف ولمّ الشمل.

(English below)

Dear GCM Regional Review Secretariat,

The Yasmeen Syrian Canadian Society (YSCS) in London, Ontario, is honoured to nominate the Chair of its Board, Eng. Reem Fayez Al-Shami, to serve as rapporteur delivering the stakeholders' key messages at the Regional Review. The Society was founded in 2016 by Syrian families resettled in Canada and today works with more than 400 families on language learning, employment and family reunification.

مع خالص التقدير / With best regards,

م. ريم فايز الشامي | Eng. Reem Fayez Al-Shami
رئيسة مجلس الإدارة | Chair of the Board
جمعية الياسمين السورية الكندية | Yasmeen Syrian Canadian Society (YSCS)
London, Ontario, Canada
"""
    body = alt(text, "000000000000f2b8c405ba7d3e61", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, -5, 6), "mail-qt1-f177.google.example.com", "192.0.2.177", "4DWn0Y5fQrz8",
           "Reem Al-Shami <yasmeen.scs.london@gmail.example.com>", subj,
           "<CAMx8rT1vN5kW3qP+z9Hb6Lc2dY7eF4sGj0@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم فايز الشامي", "رئيسة مجلس الإدارة", "جمعية الياسمين السورية الكندية (YSCS)", ["rapporteur"])],
        notes="bilingual: the same nomination in Arabic, then '(English below)' in English, and a bilingual "
              "signature; English From name and an English half in the subject. Arabic comes first and the "
              "English is announced as a translation, so acknowledge in Arabic and record the Arabic forms "
              "('المهندسة' / 'م.' / 'Eng.' dropped; the acronym written in the Arabic sentence kept). One speaker, "
              "not two; she nominates herself in the third person (she signs). Sent on 3 February 19:15 in "
              "Ontario (UTC-5), received 4 February in Beirut."))


# ================================================================ 13  EN  speaker  football club for migrant youth in Berlin, iPhone, German touches
def m13():
    when = at("2021-02-04 23:10:41")
    subj = "speaker for 23rd feb"
    text = """Hi,

My name is Tarek, I'm a coach at SC Ankommen Wedding, a football club in Berlin for refugee and migrant kids (most of them from Syria, Sudan, Iraq, Afghanistan and Eritrea). A friend from the Sudanese association sent us your invitation.

We would like to propose Abdelaziz Haroun Adam for the open discussion on 23 Feb. He is 22, came alone from Darfur through Libya and Italy in 2015, played in our U19 team and now he is our assistant coach and youth mentor. He speaks Arabic, German and good English.

His number is +49 152 0000 0000 if you need him directly.

Thanks a lot!!

Mit sportlichen Grüßen
Tarek Ghandour
SC Ankommen Wedding e.V.

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 9), "mout.gmx.example.net", "203.0.113.212", "4DXJ5s2WdCz3",
           addr("Tarek Ghandour", "tarek.ghandour.coach@gmx.example.de"), subj,
           "<E7A1C93B-4D2F-4B58-9E06-2C8F1A7D5B34@gmx.example.de>", body, extra=[("X-Mailer", IPHONE)])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdelaziz Haroun Adam", "assistant coach and youth mentor", "SC Ankommen Wedding e.V.",
           ["open_discussion"])],
        notes="football club for refugee and migrant youth in Berlin; short iPhone mail with a lower-case subject, "
              "German closing ('Mit sportlichen Grüßen'); speaker in prose with his age and story; the club is "
              "named 'SC Ankommen Wedding' in the body and with 'e.V.' in the signature (fullest form recorded); "
              "'open discussion on 23 Feb'. The sender (coach) is not the speaker; 'the Sudanese association' is "
              "not an affiliation."))


# ================================================================ 14  FR  speaker  Maronite parish in Marseille, HTML-only, 12 minutes before the deadline
def m14():
    when = at("2021-02-05 23:47:12")
    subj = "Paroisse Saint-Maron de Marseille - demande d'intervention (dernière minute !)"
    inner = """<div>Bonsoir,</div>
<div><br></div>
<div>J'espère qu'il n'est pas trop tard, nous sortons à l'instant de la réunion du conseil pastoral.</div>
<div><br></div>
<div>La Paroisse maronite Saint-Maron de Marseille accueille depuis 2019 de nombreuses familles libanaises et syriennes arrivées dans la région : hébergement chez des paroissiens, aide alimentaire, cours de français et accompagnement des demandes d'asile. Avec la bénédiction de S.E. Mgr Antoine-Marie Karam, évêque de l'éparchie, nous souhaitons proposer deux intervenants :</div>
<div><br></div>
<div>1) le Père Joseph Bassil, curé de la paroisse, pour une intervention en séance plénière ;</div>
<div>2) Mme Carla Moawad-Rizk, coordinatrice bénévole de l'accueil des familles, pour la discussion ouverte de la consultation du 23 février.</div>
<div><br></div>
<div>Merci de bien vouloir nous confirmer la bonne réception.</div>
<div><br></div>
<div>Fraternellement,</div>
<div>Georges Sayegh</div>
<div>Secrétaire du conseil pastoral</div>
<div>Paroisse maronite Saint-Maron - Marseille</div>"""
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent_at(when, 1, 7), "smtp-out.orange.example.fr", "203.0.113.180", "4DXq9L4vTnz2",
           addr("Georges Sayegh", "georges.sayegh13@orange.example.fr"), hdr(subj, enc="Q"),
           "<1327495880.118342.1612561625417@wwinf1m19>", body, extra=[("X-Mailer", OX)])
    par = "Paroisse maronite Saint-Maron de Marseille"
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Joseph Bassil", "curé de la paroisse", par, ["plenary"]),
        sp("Carla Moawad-Rizk", "coordinatrice bénévole de l'accueil des familles", par, ["open_discussion"])],
        notes="on time by 12 minutes (23:47 Beirut; Date header 22:47 +0100); the subject says 'dernière minute'. "
              "HTML-only Orange webmail. Maronite parish: two speakers on numbered lines with 'le Père' and 'Mme' "
              "(dropped); the bishop 'S.E. Mgr Antoine-Marie Karam' gives his blessing and is not proposed; the "
              "sender (secretary of the parish council) is not a speaker. Affiliation by reference to the parish "
              "named in the paragraph above."))


# ================================================================ 15  EN  speaker  Egyptian youth in Turin forward a 4 February mail sent to a mistyped address
def m15():
    when = at("2021-02-08 12:05:44")
    subj = "Fwd: Speaker nomination - Egyptian Youth in Piedmont Association (EYPA)"
    text = """Dear Secretariat,

I sent the message below on Thursday 4 February, but today I noticed that I had typed your address wrong (gcmrr.arabstates with a dot), so I think it never reached you. I did not receive any error message.

We hope you can still consider our nomination since it was written before the deadline.

Many thanks and apologies,
Youssef

---------- Forwarded message ---------
From: Youssef Hany Abdelmoneim <youssef.abdelmoneim.eypa@gmail.example.com>
Date: Thu, Feb 4, 2021 at 6:12 PM
Subject: Speaker nomination - Egyptian Youth in Piedmont Association (EYPA)
To: <gcmrr.arabstates@iom.int>


Dear Sir or Madam,

The Egyptian Youth in Piedmont Association (EYPA) is a volunteer association of young Egyptians and Italian-Egyptians in Turin. We help newly arrived young Egyptians, many of whom came to Italy as unaccompanied minors, with Italian classes, apprenticeships and legal orientation.

We would like to nominate the following speaker:

Name: Salma Ashraf Elkady
Position: Vice-President and Youth Programme Coordinator
Organization: Egyptian Youth in Piedmont Association (EYPA), Turin, Italy
Requested role: floor intervention in Thematic Roundtable 4

Salma came to Turin alone at 16 and is now a law student at the University of Turin.

Best regards,
Youssef Hany Abdelmoneim
President, EYPA
"""
    body = alt(text, "0000000000007c3e9105bacf2d84", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-ej1-f52.google.example.com", "192.0.2.52", "4DZ1Kv7bPsz5",
           "Youssef Hany Abdelmoneim <youssef.abdelmoneim.eypa@gmail.example.com>", subj,
           "<CAD3wK8pT5nR2xV+m6Lz9Hc1sY4dF7qBe2u@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Salma Ashraf Elkady", "Vice-President and Youth Programme Coordinator",
           "Egyptian Youth in Piedmont Association (EYPA)", ["roundtable"], 4)],
        notes="late: the Gmail forward of a nomination dated 4 February that went to a mistyped address "
              "('gcmrr.arabstates@iom.int') and never reached the mailbox; received 8 February, after the speaker "
              "deadline, so on_time false although the forwarded Date is before it (the secretariat may still "
              "decide to accept it). The request is only in the forwarded part; ', Turin, Italy' after the "
              "acronym is the place. The sender (president) is not the speaker."))


# ================================================================ 16  AR  speaker  Moroccan mosque's social committee in Brussels, late, trusts the Arabic misprint
def m16():
    when = at("2021-02-09 11:48:20")
    subj = "ترشيح متدخل - لجنة العمل الاجتماعي بمسجد الرحمة والإحسان ببروكسيل"
    text = """بسم الله الرحمن الرحيم

إلى السادة المشرفين على الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
تحية طيبة، وبعد،

فبناءً على رسالة الدعوة التي توصلنا بها باللغة العربية، والتي حددت يوم الجمعة 23 فبراير 2021 آخر أجل لطلبات المشاركة بكلمة، يشرفنا أن نقترح عليكم مشاركة الأستاذ عبد الإله بنعيسى الوزاني، منسق لجنة العمل الاجتماعي بمسجد الرحمة والإحسان بأندرلخت، بمداخلة في المائدة المستديرة الموضوعاتية الثالثة.

ويشرف الأستاذ الوزاني منذ سنوات على مواكبة الشباب المغاربة الوافدين حديثاً على بروكسيل، ومنهم قاصرون غير مصحوبين، وعلى دعم الأسر في قضايا الإقامة والتمدرس، كما ينسق مع الجمعيات البلجيكية في إطار برامج الاندماج.

وتقبلوا فائق عبارات التقدير والاحترام.

عن مكتب اللجنة
حسن أمزيان
الكاتب العام
Mosquée Rahma wal Ihsane asbl – Comité d'action sociale
Chaussée de Mons 000 – 1070 Anderlecht
"""
    cid = "image001.jpg@01D6FED2.8A41C930"
    img = leaf("image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9",
               cte="base64", params=[("name", '"image001.jpg"')], disp='inline; filename="image001.jpg"',
               extra=[("Content-ID", "<%s>" % cid)])
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-MA", img_cid=cid, rtl=True), cte="base64"),
                            img], "_004_DB7PR05MB4473C1E8A2F9D650_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_DB7PR05MB4473C1E8A2F9D650_")
    m = mk(when, sent_at(when, 1, 7), "mail-db7eur05on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4DZdR5wKmTz9", addr("Hassan Amziane", "social@mosquee-rahma.example.be"), hdr(subj),
           "<DB7PR05MB4473C1E8A2F9D650@DB7PR05MB4473.eurprd05.prod.outlook.example.com>", a,
           extra=outlook(hdr(subj), "AdcE1kQ3Wr5Ty7Ui9Op1As3Df5Gh7Jk==", lang="fr-BE"))
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عبد الإله بنعيسى الوزاني", "منسق لجنة العمل الاجتماعي", "مسجد الرحمة والإحسان", ["roundtable"], 3)],
        notes="late (9 February): the sender trusts the Arabic letter's misprinted 'الجمعة 23 فبراير'; the "
              "English and French date (5 February) stands. Moroccan formal Arabic from a Brussels mosque's social "
              "committee; speaker in prose with 'الأستاذ' (dropped); title 'منسق لجنة العمل الاجتماعي' with the "
              "mosque as affiliation ('بأندرلخت' is the place, as h231-05 keeps the committee in the title); "
              "'المائدة المستديرة الموضوعاتية الثالثة' = 3. French signature lines and an Outlook logo "
              "(image001.jpg); Content-Language fr-BE on an Arabic body. The signer is not the speaker."))


# ================================================================ 17  FR  other  ATML answers our acknowledgement of 01 with questions and a new number
def m17():
    when = at("2021-02-09 19:30:02")
    ack = ack_mid(M01_QID)
    quoted = """Madame, Monsieur,

Le secrétariat vous remercie pour votre message « %s » et accuse réception de votre demande d'intervention (1 intervenant(e)). Le secrétariat reviendra vers vous au sujet du programme.

Examen régional du PMM - États arabes""" % M01_SUBJ
    text = """Bonjour,

Merci pour votre accusé de réception.

Deux petites questions de la part de Mme Ait Oubella :
1. Pourra-t-elle intervenir en arabe ? Elle est plus à l'aise en darija qu'en arabe classique. Y aura-t-il une interprétation arabe-français pendant la table ronde ?
2. Faut-il envoyer son intervention écrite à l'avance, et si oui avant quelle date ?

Par ailleurs, son numéro de téléphone a changé : +32 471 00 00 00.

Bien à vous, وشكرا جزيلا

-- 
Rachid El Ouafi
Secrétaire général – ATML asbl

Le 18/01/2021 à 09:13, GCM Regional Review Arab States a écrit :
""" + gt(quoted) + "\n"
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "relay-out3.skynet.example.be", "203.0.113.31", "4DZxW8nLqBz2",
           "Rachid El Ouafi <rachid.elouafi@skynet.example.be>",
           hdr("Re: Accusé de réception - " + M01_SUBJ, enc="Q"),
           "<1b8d4e62-93a7-4c15-bf20-6e7a9d3c0f41@skynet.example.be>", body,
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack), ("User-Agent", TB),
                  ("Content-Language", "fr")])
    add(17, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="reply to our acknowledgement of h237-01 (References name h237-01) with two questions "
              "(interpretation from Darija/Arabic, written statement in advance) and the speaker's new phone "
              "number: acknowledged, unlike a plain thank-you; no new speaker or role (the speaker is named only "
              "as 'Mme Ait Oubella'). French with an Arabic thanks; Thunderbird 8bit."))


# ================================================================ 18  AR  report  Sudanese community in Bavaria, Outlook for Android, Arabic DOCX + vCard
M18_FILE = "تقرير الجالية السودانية في بافاريا - الاتفاق العالمي للهجرة 2021.docx"


def m18():
    when = at("2021-02-11 14:26:37")
    subj = "التقرير الطوعي - الجالية السودانية في بافاريا"
    text = """السلام عليكم ورحمة الله

الإخوة الكرام في أمانة الاستعراض الإقليمي،

نرفق لكم التقرير الطوعي للجالية السودانية في ولاية بافاريا حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية. ويتناول التقرير أوضاع طالبي اللجوء السودانيين في مراكز الاستقبال (AnkER-Zentren)، وطول إجراءات لم الشمل، والشباب الذين وصلوا عبر ليبيا والبحر المتوسط، ومساهمة الجالية في دعم الأسر في السودان بعد فيضانات سبتمبر الماضي.

كما أرفقت بطاقة الاتصال الخاصة بي لأي استفسار.

مع وافر التقدير،

د. الطيب عبد الرحيم حمد النيل
الأمين العام
الجالية السودانية في بافاريا – Sudanesische Gemeinschaft in Bayern e.V.
ميونخ

احصل على Outlook for Android
"""
    doc = make_docx(["الجالية السودانية في بافاريا", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة 2021",
                     "1. طالبو اللجوء في مراكز الاستقبال", "2. لم الشمل", "3. الشباب القادمون عبر ليبيا",
                     "4. التحويلات ودعم الأسر بعد الفيضانات", "5. التوصيات"])
    card = """BEGIN:VCARD
VERSION:3.0
N:Hamadelnil;Eltayeb Abdelrahim;;Dr.;
FN:Dr. Eltayeb Abdelrahim Hamadelnil
ORG:Sudanesische Gemeinschaft in Bayern e.V.
TITLE:Generalsekretär
TEL;TYPE=CELL:+49 176 0000 0000
EMAIL;TYPE=INTERNET:sudan.bayern@outlook.example.de
ADR;TYPE=HOME:;;;München;;;Deutschland
END:VCARD
"""
    a = alt(text, "_000_AM0PR10MB2963F5A1C8E7B24D_", html=android_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M18_FILE),
                           vcard("text/vcard", card, "Eltayeb Hamadelnil.vcf", "base64")],
                 "_004_AM0PR10MB2963F5A1C8E7B24D_")
    m = mk(when, sent_at(when, 1, 10), "mail-am0eur10olkn2044.outbound.protection.outlook.example.com",
           "198.51.100.144", "4F0bT6kRwMz7", addr("الطيب حمد النيل", "sudan.bayern@outlook.example.de"), hdr(subj),
           "<AM0PR10MB2963F5A1C8E7B24D@AM0PR10MB2963.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", hdr(subj)), ("Thread-Index", "AQHXAGk2r5Tq8Wn1Ymc3Bv6Lz9Kd0A=="),
                  ("Content-Language", "ar-SA"), ("X-MS-Has-Attach", "yes")])
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="Sudanese diaspora community in Bavaria, formal Arabic with German terms; Outlook for Android "
              "('احصل على Outlook for Android'), base64 parts; the report is the DOCX with a long Arabic name "
              "(RFC 2231 + RFC 2047); the .vcf is the sender's contact card in German ('Generalsekretär'), not "
              "part of the report. Signed with 'د.' but nobody is proposed as a speaker."))


# ================================================================ 19  EN  report  Montreal interfaith sponsorship circle, report in the body, logo
def m19():
    when = at("2021-02-12 17:40:05")
    subj = "Voluntary GCM review - contribution of the Montreal Interfaith Welcome Circle"
    text = """Dear Regional Review Secretariat,

We are a small volunteer group without a communications team, so we are sending our voluntary report directly in the body of this email rather than as a document. We hope this is acceptable.

VOLUNTARY GCM REVIEW - MONTREAL INTERFAITH WELCOME CIRCLE (MIWC)

1. Who we are
The Montreal Interfaith Welcome Circle brings together volunteers from Saint-Luc Anglican Parish, the Arabic-speaking Evangelical Church of Montreal and the Côte-des-Neiges Islamic Community Centre. Since 2015 we have privately sponsored 41 refugee families from Syria, Iraq and Sudan, most of whom had lived for years in Lebanon, Jordan or Egypt before resettlement.

2. What we do (GCM Objectives 5, 15 and 16)
- Private sponsorship: each family is accompanied by a group of five volunteers for its first year (housing, school enrolment, health card, bank account).
- French classes and job search support, with a mentoring network of Arabic-speaking professionals.
- Family reunification files for relatives still in Lebanon and Jordan.

3. What we have learned
- Waiting times for sponsored families grew from 12 to more than 30 months between 2017 and 2020, and COVID-19 travel restrictions stopped arrivals for most of 2020.
- Families who waited years in Lebanon arrive with no savings since the Lebanese banking crisis.
- Faith communities can mobilise quickly, but volunteers burn out without training and support.

4. Recommendations
- To States of the Arab region: keep documents and civil registration accessible to refugees waiting for resettlement, including birth registration of children born in exile.
- To resettlement countries: shorter processing times and family reunification that includes adult children.
- To all: involve faith-based and diaspora groups in the follow-up of the Global Compact.

Respectfully submitted,

Rev. Catherine Whitmore and Samir Touma
Co-chairs, Montreal Interfaith Welcome Circle (MIWC)
Montréal, Québec
"""
    cid = "image001.png@01D7014B.2E9A6C70"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-CA", img_cid=cid)),
                            logo(cid, (30, 90, 140))], "_004_YTOPR0101MB2274D9B3A6E1C508_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_YTOPR0101MB2274D9B3A6E1C508_")
    m = mk(when, sent_at(when, -5, 8), "mail-yto01can01on0633.outbound.protection.outlook.example.com",
           "198.51.100.133", "4F0yH2tVcLz4", "Samir Touma <samir.touma@miwc-montreal.example.ca>", subj,
           "<YTOPR0101MB2274D9B3A6E1C508@YTOPR0101MB2274.CANPRD01.PROD.OUTLOOK.example.com>", a,
           extra=outlook(subj, "AdcBHm6Ty8Ui0Op2As4Df6Gh8Jk0Lz2Xc==", lang="en-CA"))
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="interfaith refugee-sponsorship circle in Montreal (two churches and an Islamic centre) sending its "
              "report in the body ('rather than as a document'), with numbered sections and recommendations: no "
              "report attachment to list; the only other part is the Outlook signature logo (image001.png). Two "
              "co-chairs sign ('Rev.'); years and waiting times in the body are not dates. Date in UTC-5."))


# ================================================================ 20  AR  other  Syriac Orthodox parish in Wiesbaden: report in German? extension?
def m20():
    when = at("2021-02-13 10:02:55")
    subj = "استفسار بخصوص التقرير الطوعي"
    text = """السلام والنعمة،

حضرات القائمين على الاستعراض الإقليمي المحترمين،

أكتب إليكم باسم لجنة الخدمة الاجتماعية في رعية مار يعقوب للسريان الأرثوذكس في فيسبادن. معظم أبناء رعيتنا وصلوا إلى ألمانيا من القامشلي والحسكة وحلب بين 2013 و2016، ونحن نعمل حالياً على تقرير طوعي عن تجربتهم في الاندماج ولمّ الشمل.

لدينا سؤالان قبل الإرسال:
١. التقرير مكتوب بالألمانية لأن الشباب الذين أعدّوه درسوا هنا، فهل يُقبل بالألمانية مع ملخص عربي من صفحتين؟
٢. هل يمكن تمديد المهلة لنا حتى 20 شباط، لأن الترجمة لن تنتهي قبل ذلك؟

نشكر تعاونكم، والرب يبارككم.

الشماس إلياس حنا كورية
أمين سر لجنة الخدمة الاجتماعية
رعية مار يعقوب للسريان الأرثوذكس – فيسبادن
"""
    body = alt(text, "----=_Part_730418_1650293847.1613203371120", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 4), "sonic311-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.211",
           "4F1KcN8pXqz6", addr("Elias Korie", "elias.korie@yahoo.example.de"), hdr(subj),
           "<1613203371120.730419@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(20, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Syriac Orthodox parish committee in Wiesbaden asking, before the report deadline, whether a report "
              "in German with an Arabic summary is accepted and whether it may be sent by 20 February: a report "
              "is announced ('نعمل حالياً على تقرير طوعي') but nothing is attached or submitted. Christian "
              "greeting 'السلام والنعمة', 'الشماس' (deacon) in the signature; Yahoo, base64."))


# ================================================================ 21  FR  report  Moroccan association in Montreal, report split in two PDFs
M21_P1 = "RMQE_Rapport_volontaire_partie_1_état_des_lieux.pdf"
M21_P2 = "RMQE_Rapport_volontaire_partie_2_recommandations_et_annexes.pdf"


def m21():
    when = at("2021-02-14 21:05:18")
    subj = "Rapport volontaire RMQE - envoi en 2 parties (pièces jointes)"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Regroupement des Marocains du Québec pour l'entraide (RMQE) dans le cadre de l'examen régional du Pacte mondial pour les migrations.

Le fichier complet dépassait la taille permise par notre messagerie, nous l'avons donc divisé en deux :
- partie 1 : état des lieux (travailleurs agricoles temporaires, étudiants internationaux, reconnaissance des diplômes) ;
- partie 2 : recommandations et annexes (témoignages, données de notre permanence juridique).

Les deux fichiers forment un seul et même rapport.

Merci de nous confirmer la bonne réception des deux pièces jointes.

Salutations distinguées,

Pr Abdelhak Berrada
Président du RMQE
Professeur associé, Département de sociologie, UQAM
Montréal (Québec)
"""
    p1 = rep_pdf("Rapport volontaire RMQE - partie 1/2 : etat des lieux",
                 "Regroupement des Marocains du Quebec pour l'entraide (RMQE)",
                 ["Travailleurs agricoles temporaires", "Etudiants internationaux",
                  "Reconnaissance des diplomes et des competences", "Suite en partie 2"])
    p2 = rep_pdf("Rapport volontaire RMQE - partie 2/2 : recommandations et annexes",
                 "Regroupement des Marocains du Quebec pour l'entraide (RMQE)",
                 ["Recommandations", "Annexe A : temoignages", "Annexe B : donnees de la permanence juridique"])
    a = alt(text, "000000000000a6d13f05bb5e8c42", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", p1, M21_P1), attach("application/pdf", p2, M21_P2)],
                 "000000000000a6d14105bb5e8c44")
    m = mk(when, sent_at(when, -5, 7), "mail-qk1-f171.google.example.com", "192.0.2.171", "4F2Tb7qMwJz1",
           addr("RMQE Montréal", "rmqe.entraide@gmail.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<CAPr6tV1nK9wQ3xM+s5Bz2Hc8dL4eYf7gRa@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M21_P1, M21_P2],
        notes="Moroccan diaspora association in Montreal: one report split into two PDFs (both listed, they form "
              "one report), names with an accented letter (RFC 2231 + RFC 2047); From display name is the "
              "acronym and city; signed 'Pr' with a university title, but nobody is proposed as a speaker. Sent "
              "14:05 in Montreal (UTC-5)."))


# ================================================================ 22  AR  report  Tunisian association in Lombardy, phone, 28 minutes before the deadline
M22_FILE = "تقرير ATLS - الاتفاق العالمي للهجرة.pdf"


def m22():
    when = at("2021-02-16 23:31:48")
    subj = "تقرير جمعية التونسيين بلومبارديا"
    text = """السلام عليكم،

عسلامة، نبعثولكم التقرير الطوعي متاع جمعية التونسيين بلومبارديا للتضامن (ATLS) على الاتفاق العالمي للهجرة. سامحونا على التأخير، كملناه الليلة هذي.

التقرير يحكي على الشباب اللي وصلوا لإيطاليا في 2020 من صفاقس والمهدية، ومراكز الاحتجاز متاع الترحيل (CPR)، وحالة الخدامة التوانسة في الفلاحة في الجنوب الإيطالي.

يعطيكم الصحة
وليد بن صالح
رئيس الجمعية
"""
    pdf = rep_pdf("Rapport volontaire - ATLS (Associazione dei Tunisini in Lombardia per la Solidarieta)",
                  "Voluntary GCM review 2021",
                  ["Arrivees de 2020 depuis Sfax et Mahdia", "Centres de retention (CPR)",
                   "Travailleurs agricoles du sud de l'Italie", "Recommandations"])
    a = alt(text, "000000000000d83f2a05bb7f1c96", html=android_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "000000000000d83f2c05bb7f1c98")
    m = mk(when, sent_at(when, 1, 9), "mail-wr1-f49.google.example.com", "192.0.2.149", "4F3Fx9mWkRz3",
           addr("Walid Ben Salah", "walid.bensalah.atls@gmail.example.com"), hdr(subj),
           "<CAK9vN4tR7mX2wQ+p5Hz1Lb8cY3dF6sJe9h@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="Tunisian association in Lombardy, Tunisian dialect ('عسلامة', 'نبعثولكم', 'متاع', 'يعطيكم "
              "الصحة'), from the Gmail app; on time by 28 minutes (23:31 Beirut, Date 22:31 +0100) although the "
              "sender apologises for the delay ('سامحونا على التأخير'); PDF name mixing Arabic and a Latin acronym "
              "(RFC 2231 + RFC 2047)."))


# ================================================================ 23  FR  report  Lebanese association in Laval (Québec), still 16 Feb at home, late in Beirut
M23_FILE = "Rapport_MLEL_examen_régional_PMM_2021.docx"


def m23():
    when = at("2021-02-17 00:30:41")
    subj = "Rapport volontaire - Maison libanaise d'entraide de Laval"
    text = """Bonjour,

Vous trouverez ci-joint, avant l'échéance d'aujourd'hui, le rapport volontaire de la Maison libanaise d'entraide de Laval (MLEL) pour l'examen régional du Pacte mondial.

Notre rapport porte sur l'arrivée au Québec, depuis l'automne 2019, de familles libanaises qui fuient l'effondrement économique puis les suites de l'explosion du port de Beyrouth : visas de visiteur, demandes de résidence permanente, enfants scolarisés en attente de statut, et la solidarité des paroisses et des mosquées de la communauté.

Avec nos remerciements,

Rima Kanaan-Hobeika
Coordonnatrice
Maison libanaise d'entraide de Laval (MLEL)
Laval (Québec)
"""
    doc = make_docx(["Maison libanaise d'entraide de Laval (MLEL)",
                     "Rapport volontaire - examen regional du Pacte mondial, region arabe, 2021",
                     "1. Les arrivees depuis 2019", "2. Statut et residence permanente",
                     "3. Enfants scolarises en attente de statut", "4. Solidarite communautaire",
                     "5. Recommandations"])
    a = alt(text, "Apple-Mail=_6E1F3A9C-0B5D-4827-9C3E-A4D8F2B7C150", html=apple_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M23_FILE)], "Apple-Mail=_3B7C9E21-8D4A-4F60-B1E5-2C9A7F0D4E83")
    m = mk(when, sent_at(when, -5, 11), "smtp.videotron.example.ca", "203.0.113.124", "4F3Rq2cHvNz8",
           addr("Rima Kanaan-Hobeika", "rima.kanaan@videotron.example.ca"), subj,
           "<A9D4C2E7-5B18-4F3A-8E60-1C7B9D2F4A35@videotron.example.ca>", body, extra=[("X-Mailer", APPLE)])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="late by 31 minutes: sent Tuesday 16 February 17:30 in Laval (Date header -0500, 'avant l'échéance "
              "d'aujourd'hui'), received 17 February 00:30 in Beirut, after 23:59:59 Beirut time. Lebanese "
              "association in Québec; Apple Mail; DOCX with an accented name (RFC 2231 + RFC 2047)."))


# ================================================================ 24  AR  other  Sudanese poet in Cologne asks to follow the sessions
def m24():
    when = at("2021-02-20 12:15:09")
    subj = "استفسار عن حضور الجلسات"
    text = """السلام عليكم ورحمة الله

معاكم سارة عوض الكريم، شاعرة وناشطة سودانية مقيمة في كولونيا بألمانيا، وعضوة في منتدى السودانيات في المهجر. سمعت بالاستعراض الإقليمي من صديقات في الجالية السودانية في بافاريا.

عارفة إنو مواعيد طلبات الكلمة والتقارير انتهت، لكن حابة أحضر كمستمعة بس:
- هل في رابط للحضور عن بعد أيام 23 و24 و25 فبراير، وكيف أسجل؟
- وهل الجلسات حتكون مسجلة ومتاحة بعد المؤتمر؟

شكراً جزيلاً ليكم
سارة
"""
    body = alt(text, "000000000000c71e4b05bbd2a739", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 5), "mail-ed1-f54.google.example.com", "192.0.2.54", "4F5Bk3sPtDz5",
           addr("Sara Awadelkarim", "sara.awadelkarim.poetry@gmail.example.com"), hdr(subj),
           "<CAFn2xR6tW9kM4vQ+b8Lz1Hc5sY7dP3eJg4@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="after both deadlines, in Sudanese colloquial Arabic: a person who only wants to follow the sessions "
              "('أحضر كمستمعة بس') asks for a remote link and recordings; she mentions 'طلبات الكلمة والتقارير' "
              "only to say they are closed. Not a speaker request, no deadline applies."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
