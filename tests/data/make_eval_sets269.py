#!/usr/bin/env python3
"""Write the blind evaluation set holdout269 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets269.py
Theme: the last hours before each deadline and the day after (3-7 February and 14-18 February 2021).  An Amman
centre asking for a few more days to name its speaker, a Basra organisation asking which speaker deadline is right
(the Arabic letter's '23 February'), a Sfax association that will only attend, a Beirut movement whose request is
sent from its office address (our acknowledgement bounces: mailbox full) and again from the director's Gmail, a
Riyadh association writing after midnight local time (23:22 in Beirut, on time) whose office autoresponder answers
our acknowledgement, a Beirut legal clinic's rushed iPhone 'both' at 23:54 completed six minutes after midnight, a
Casablanca association writing at 23:41 local time (00:41 in Beirut: late), an Annaba association asking for an
extension of the report deadline, a Sudanese association in Cairo and a Jordanian network that rely on the
misprinted 23 February, an Irbid association sending a draft and asking for time, a Tripoli association whose
'attached' report is missing (only the signature logo) and follows eleven minutes later, a Paris federation sending
at 22:15 Paris time (its author's vacation reply answers our acknowledgement), a Manila alliance writing at 05:35 on
the 17th (on time in Beirut) and thanking us the next morning, a New York forum writing 'today, February 16' at
17:20 (00:20 on the 17th in Beirut: late), and two late reports that apologise (Fayoum, Djibouti).  Helpers from
mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, make_png, mk, multi, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(269)
add = SET.add
H = "h269-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
TB_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
TB_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
ROUNDCUBE = "Roundcube Webmail/1.4.10"
YAHOO = "WebService/1.1.17712 YMailNorrin"
YAHOO_ANDROID = "WebService/1.1.17712 YahooMailAndroidMobile"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"


def android_html(text, rtl=False):
    d = "rtl" if rtl else "auto"
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s">%s</div></body></html>\n' % (d, inner))


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c2e91a4yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def owa_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.strip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            '%s</div></body></html>\n' % inner)


def mac_outlook_html(text):
    inner = "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="EN-US" link="#0563C1"><div class="WordSection1">%s</div></body></html>\n'
            % inner)


def roundcube_html(text):
    inner = "<br />\n".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\''
            'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>%s</p>\n</body></html>\n' % inner)


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>' % inner)


def tb_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    paras = "".join("<p>%s</p>\n" % "<br>\n".join(esc(x) for x in p.split("\n")) for p in text.strip("\n").split("\n\n"))
    return ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n'
            '  <body%s>\n%s  </body>\n</html>\n' % (d, paras))


def ack_text(lang, subject, what):
    """The acknowledgement the secretariat's service sent, as quoted in replies."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً.\n\n"
                "الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial pour les migrations "
                "(États arabes) accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers "
                "vous.\n\nExamen régional du Pacte mondial pour les migrations - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "in due course.\n\nGCM Regional Review - Arab States" % (subject, what))


def auto_rows(when, host, ip, qid, sender, subject, date, mid, orig_id, ack, extra_auto, ret_null=True):
    rows = std_rows(when, host, ip, qid, sender, subject, date, mid, extra=extra_auto, ret="")
    if ret_null:
        rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack)]


# ================================================================ 01  EN  other  Amman centre: may we name our speaker after the deadline?
def m01():
    when = at("2021-02-03 09:12:37")
    subj = "Speaker nomination - request for a short extension (Tadamon Centre)"
    text = """Dear GCM Regional Review team,

Good morning, and thank you for the invitation to the Regional Review of the Global Compact for Migration.

The Tadamon Centre for Migrant Domestic Workers would very much like to be represented at the conference, ideally with a floor intervention in the roundtable that deals with labour migration and decent work. However, under our by-laws the choice of who speaks on behalf of the Centre at an intergovernmental meeting has to be approved by our Board of Trustees, and the Board only meets next Monday, 8 February.

Would it be possible for us to send you the name, title and affiliation of our speaker by Tuesday 9 February, i.e. a few days after the 5 February deadline? If that is not possible, could we reserve a slot now and confirm the name once the Board has decided?

Many thanks for your understanding, and apologies for the complication.

Kind regards,

Hana Odeh
Programme Coordinator
Tadamon Centre for Migrant Domestic Workers (TCMDW)
Jabal Al-Weibdeh, Amman - Jordan
Tel: +962 6 000 0000 | Mobile: +962 79 000 0000

CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are confidential and intended solely for the use of the addressee. If you have received this e-mail in error, please notify the sender and delete it.
"""
    cid = "image001.png@01D6FA0C.5B2E7D90"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (190, 60, 30))], "_004_VI1PR07MB4528B3E6D1A7C052_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR07MB4528B3E6D1A7C052_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur07on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DVt1Kp63Qz8", "Hana Odeh <h.odeh@tadamon-centre.example.org.jo>", subj,
           "<VI1PR07MB4528B3E6D1A7C052@VI1PR07MB4528.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcABz3Xk7Lp1Qw5Er9Ty3Ui7Op1As==", lang="en-US"))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="asks two days before the speaker deadline whether the speaker's name may follow on 9 February (the "
              "Board meets on Monday 8 February) or whether a slot can be 'reserved': it wants a floor intervention "
              "in a roundtable, but nobody is proposed yet, so it is a question (other), not a speaker request. The "
              "roundtable is described by its subject, without a number; 'name, title and affiliation' quotes the "
              "letter. Outlook with an inline logo and a confidentiality notice."))


# ================================================================ 02  AR  other  Basra: which speaker deadline is right, 23 February or 5 February?
def m02():
    when = at("2021-02-03 14:30:05")
    subj = "استفسار عن آخر موعد لطلبات المداخلات"
    text = """السلام عليكم ورحمة الله

تحية طيبة،

احنا منظمة البصرة لحماية العمال المهاجرين، وصلتنا الدعوة للاستعراض الإقليمي بالنسختين العربية والإنكليزية. بس اكو اختلاف بالتاريخ: بالرسالة العربية مكتوب إن آخر موعد لطلبات أدوار المتحدثين هو يوم الجمعة 23 شباط/فبراير 2021، وبالإنكليزية مكتوب 5 February.

يا هو التاريخ الصحيح؟ لأن الهيئة الإدارية بعدها ما قررت منو راح يحچي باسم المنظمة، وإذا الموعد 5 شباط لازم نلحگ نجتمع هالأسبوع.

وشكراً جزيلاً، وعذراً على الإزعاج

علي كاظم الموسوي
مسؤول العلاقات الخارجية
منظمة البصرة لحماية العمال المهاجرين
البصرة - العراق
"""
    body = alt(text, "000000000000b4c2e105ba6f9a31", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 11), "mail-ej1-f52.google.example.com", "192.0.2.52", "4DVz7Rm20Hz4",
           addr("Ali Kadhim Al-Musawi", "basra.migrantworkers@gmail.example.com"), hdr(subj),
           "<CAG7tZp2Wm9kR4xL+v1Nc6Hd3sQ8bFy5eJ0@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="the Arabic letter's misprint: asks whether the speaker deadline is 'الجمعة 23 شباط/فبراير' (Arabic "
              "text) or '5 February' (English text); the board has not chosen a speaker ('ما قررت منو راح يحچي'), "
              "so nothing is proposed: a question to answer (the English and French date stands). Iraqi dialect "
              "('اكو', 'يا هو', 'نلحگ' with گ and چ); Latin-script From name; Gmail, base64, Date in UTC+3."))


# ================================================================ 03  FR  other  Sfax association: no speaking role, an observer will attend
def m03():
    when = at("2021-02-04 11:05:44")
    subj = "Participation de l'ATAMS à l'examen régional – sans prise de parole"
    text = """Madame, Monsieur,

Nous vous remercions pour l'invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Après discussion au sein de notre bureau, l'Association Tunisienne pour l'Accueil des Migrants Subsahariens (ATAMS) a décidé de ne pas solliciter de prise de parole cette année : nous sommes une petite équipe et la période coïncide avec notre campagne d'accompagnement administratif à Sfax.

Nous souhaitons néanmoins suivre les travaux. M. Moussa Traoré, notre chargé de plaidoyer, assistera à la consultation du 23 février et, si possible, aux deux journées de la conférence, en simple observateur. Pourriez-vous nous indiquer la procédure d'inscription et nous dire si la conférence sera retransmise en ligne ?

Nous vous ferons par ailleurs parvenir notre rapport volontaire avant le 16 février.

Bien cordialement,

Imen Karray
Présidente
Association Tunisienne pour l'Accueil des Migrants Subsahariens (ATAMS)
Route de Gremda km 3, Sfax – Tunisie
"""
    body = alt(text, "=_7c1e4b9a02d35f86e1a4c0b7d2e9f318", html=roundcube_html(text))
    m = mk(when, sent_at(when, 1, 6), "webmail.topnet.example.tn", "41.229.18.40", "4DWc8Fq17Tz2",
           "Imen Karray <contact@atams-sfax.example.tn>", hdr(subj, enc="Q"),
           "<b8e2f41c7a9d03e5c6f1a28d4b7e9c02@atams-sfax.example.tn>", body,
           extra=[("User-Agent", ROUNDCUBE), ("X-Sender", "contact@atams-sfax.example.tn")])
    add(3, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="declines a speaking role in one sentence ('a décidé de ne pas solliciter de prise de parole') but "
              "names a person with his title who will attend 'en simple observateur' and asks how to register: "
              "other, no speaker ('M.' Moussa Traoré must not be read as a proposal). The report is only announced "
              "for later. Roundcube, Date in UTC+1."))


# ================================================================ 04  FR  speaker  Beirut movement, office address: two speakers (its acknowledgement bounces)
M04_ID = "<AM6PR03MB5126D8A2F4C7B913@AM6PR03MB5126.eurprd03.prod.outlook.example.com>"
M04_SUBJ = "Demande de prise de parole – MLDTM (consultation du 23 février et table ronde 3)"
M04_QID = "4DXb3Nv58Kz1"
M04_ADDR = "r.sfeir@mldtm.example.org.lb"


def m04():
    when = at("2021-02-05 16:40:12")
    text = """Madame, Monsieur,

Le Mouvement Libanais pour les Droits des Travailleuses Migrantes (MLDTM) a l'honneur de vous soumettre, dans les délais, sa demande de prise de parole pour l'examen régional du Pacte mondial.

Nous proposons :

1. Mme Tigist Alemu, coordinatrice communautaire au MLDTM, pour une intervention dans la table ronde thématique n° 3. Travailleuse domestique éthiopienne arrivée au Liban en 2009, Tigist anime depuis quatre ans nos groupes de parole à Bourj Hammoud et à Dekwaneh ; elle s'exprimera en anglais.

2. Moi-même, Rita Sfeir, directrice exécutive, pour la discussion ouverte de la consultation multipartite du 23 février.

Nous restons à votre disposition pour toute information complémentaire.

Avec nos salutations les meilleures,

Rita Sfeir
Directrice exécutive
Mouvement Libanais pour les Droits des Travailleuses Migrantes (MLDTM)
Achrafieh, Beyrouth – Liban
Tél. : +961 1 000 000
"""
    cid = "image001.png@01D6FBD2.3A9E5C60"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (120, 30, 110))], "_004_AM6PR03MB5126D8A2F4C7B913_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6PR03MB5126D8A2F4C7B913_")
    m = mk(when, sent_at(when, 2, 10), "mail-am6eur03on0615.outbound.protection.outlook.example.com",
           "198.51.100.115", M04_QID, "Rita Sfeir <%s>" % M04_ADDR, hdr(M04_SUBJ, enc="Q"), M04_ID, body,
           extra=outlook(hdr(M04_SUBJ, enc="Q"), "AdcAxq7Lp3Bz9Vc5Nm1Kj7Hg3Fd9Sa==", lang="fr-FR"))
    mldtm = "Mouvement Libanais pour les Droits des Travailleuses Migrantes (MLDTM)"
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Tigist Alemu", "coordinatrice communautaire", mldtm, ["roundtable"], 3),
        sp("Rita Sfeir", "Directrice exécutive", mldtm, ["open_discussion"])],
        notes="two speakers in a numbered list: a community coordinator for 'la table ronde thématique n° 3' and the "
              "sender herself ('Moi-même, Rita Sfeir, directrice exécutive') for the open discussion of 23 February; "
              "'Mme' dropped; 2009 and 'quatre ans' are history. Our acknowledgement to this office address bounces "
              "(h269-05) and the same request is re-sent from her Gmail (h269-06). Outlook, inline logo."))


# ================================================================ 05  EN  bounce  our acknowledgement of 04: the office mailbox is full
def m05():
    when = at("2021-02-05 16:41:03")
    diag = ("host mail.mldtm.example.org.lb[203.0.113.57] said: 552 5.2.2\n"
            "    <%s>: Recipient address rejected: Mailbox full, quota exceeded\n"
            "    (in reply to RCPT TO command)" % M04_ADDR)
    text = POSTFIX_NOTICE + "\n<%s>: %s\n" % (M04_ADDR, diag)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXb4Cw02Mz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mail.mldtm.example.org.lb\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <%s>: Recipient address rejected: Mailbox full,\n"
           "    quota exceeded\n"
           % (rfcdate(when - dt.timedelta(seconds=3), "EET"), M04_ADDR, M04_ADDR, M04_ADDR))
    ack_subj = hdr("Accusé de réception - " + M04_SUBJ, enc="Q").encode(linesep="\n")
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "Received: from gcm-intake.iom.int (gcm-intake.iom.int [10.20.4.17])\n"
            "\tby mx1.iom.int (Postfix) with ESMTPS id 4DXb4Cw02Mz6\n"
            "\tfor <%s>; %s\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Rita Sfeir <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            "Auto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            % (M04_ADDR, rfcdate(when - dt.timedelta(seconds=3), "EET"), M04_ADDR, ack_subj,
               rfcdate(when - dt.timedelta(seconds=4)), ack_mid(M04_QID), M04_ID, M04_ID))
    body = dsn_report(text, dsn, hdrs, "4DXb4Gh61Pz3.1612536063/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXb4Gh61Pz3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205144103.4DXb4Gh61Pz3@mx1.iom.int>")]
    add(5, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2, mailbox full) for our acknowledgement of h269-04 sent to the movement's office "
              "address, 51 seconds after it arrived; the returned headers carry h269-04's French subject (RFC 2047) "
              "about a speaking role, the consultation and 'table ronde 3'. Never acknowledge; thread_of null as for "
              "dev bounces. Explains the re-sending from another address (h269-06)."))


# ================================================================ 06  FR  speaker  the same request again, from the director's Gmail
def m06():
    when = at("2021-02-05 21:15:30")
    subj = "Demande de prise de parole – MLDTM (2e envoi, adresse personnelle)"
    text = """Bonsoir,

Je me permets de vous renvoyer depuis mon adresse personnelle la demande que j'ai envoyée cet après-midi vers 16h40 depuis l'adresse du Mouvement : je n'ai reçu aucun accusé de réception, et notre informaticien m'a appris que la boîte du bureau était pleine depuis ce matin et refusait les messages entrants. Je crains que votre réponse ne se soit perdue.

Pour rappel, le Mouvement Libanais pour les Droits des Travailleuses Migrantes (MLDTM) propose :
- Tigist Alemu, coordinatrice communautaire : table ronde n° 3 ;
- Rita Sfeir (moi-même), directrice exécutive : discussion ouverte de la consultation du 23 février.

Il s'agit bien de la même demande, et non d'une seconde demande. Merci de me répondre à cette adresse-ci jusqu'à nouvel ordre.

Bonne soirée,
Rita Sfeir
MLDTM – Beyrouth
+961 3 000 000
"""
    body = alt(text, "000000000000d7a3f205baa1c6e4", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 8), "mail-wr1-f47.google.example.com", "192.0.2.147", "4DXm6Rt39Bz5",
           "Rita Sfeir <rita.sfeir.lb@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAM4kW9pZt2xQ7nR+b3Lv8Hc1sJ6dFg0eY5@mail.gmail.example.com>", body)
    mldtm = "Mouvement Libanais pour les Droits des Travailleuses Migrantes (MLDTM)"
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Tigist Alemu", "coordinatrice communautaire", mldtm, ["roundtable"], 3),
        sp("Rita Sfeir", "directrice exécutive", mldtm, ["open_discussion"])],
        thread_of=H % 4,
        notes="the same request as h269-04 sent again as a NEW message (no In-Reply-To/References) from the "
              "director's personal Gmail because the office mailbox is full (our acknowledgement bounced, h269-05); "
              "she says so ('la même demande, et non d'une seconde demande'). Same two speakers, shorter wording; "
              "linked to h269-04 and acknowledged to this address (like dev 041); still on time (21:15 on 5 "
              "February). Must not create two more speakers."))


# ================================================================ 07  AR  speaker  Riyadh association after midnight local time (23:22 in Beirut: on time)
M07_ID = "<DB9PR02MB7290A5E1C3F8D246@DB9PR02MB7290.eurprd02.prod.outlook.example.com>"
M07_SUBJ = "طلب مداخلة في الجلسة العامة - جمعية ملتقى الجاليات للتوعية والإرشاد"
M07_QID = "4DXt2Pk81Wz7"
M07_FROM = "info@multaqa-aljaliyat.example.org.sa"


def m07():
    when = at("2021-02-05 23:22:41")
    text = """بسم الله الرحمن الرحيم

السادة / أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية        المحترمين
السلام عليكم ورحمة الله وبركاته، وبعد:

نعتذر بدايةً عن تأخر إرسال هذا الطلب، فقد تجاوزت الساعة منتصف الليل عندنا في الرياض، وكنا ننتظر اعتماد الترشيح من رئيس مجلس الإدارة الذي لم يصلنا إلا هذا المساء. ونأمل أن يتسع صدركم لقبوله.

تتشرف جمعية ملتقى الجاليات للتوعية والإرشاد بترشيح الأستاذ فهد بن عبدالله الدوسري، المدير التنفيذي للجمعية، لإلقاء مداخلة في الجلسة العامة للمؤتمر الإقليمي يومي 24 و25 فبراير 2021، يعرض فيها تجربة الجمعية في توعية العمالة الوافدة بحقوقها وواجباتها بأكثر من اثنتي عشرة لغة.

وتقبلوا خالص التحية والتقدير،،،

منسق العلاقات العامة
ماجد سعد القحطاني
جمعية ملتقى الجاليات للتوعية والإرشاد
الرياض - المملكة العربية السعودية
هاتف: 011 000 0000
"""
    a = alt(text, "_000_DB9PR02MB7290A5E1C3F8D246_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 8), "mail-db9eur02on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", M07_QID, addr("جمعية ملتقى الجاليات", M07_FROM), hdr(M07_SUBJ), M07_ID, a,
           extra=outlook(hdr(M07_SUBJ), "AdcAyW5Rt8Nk2Lm4Qz7Xc1Vb3Hg6Jd==", lang="ar-SA"))
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فهد بن عبدالله الدوسري", "المدير التنفيذي للجمعية", "جمعية ملتقى الجاليات للتوعية والإرشاد",
           ["plenary"])],
        notes="the sender apologises for writing after midnight in Riyadh (Date header Sat 6 Feb 00:22 +0300), but "
              "the server received it at 23:22 on Friday 5 February Beirut time: on time. 'الأستاذ' dropped, 'بن' "
              "kept in the name; 'الجلسة العامة' = plenary; 'اثنتي عشرة لغة' and 24-25 February are not roles. The "
              "signer (public relations coordinator) is not the speaker; From is the association's general mailbox, "
              "whose office-hours autoresponder answers our acknowledgement (h269-08). Outlook, RTL, base64."))


# ================================================================ 08  AR  auto_reply  the Riyadh association's office-hours autoresponder
def m08():
    when = at("2021-02-05 23:23:04")
    ack = ack_mid(M07_QID)
    text = """شكراً لتواصلكم مع جمعية ملتقى الجاليات للتوعية والإرشاد.

نحيطكم علماً بأن أوقات الدوام الرسمي من الأحد إلى الخميس من الساعة 8:00 صباحاً حتى 4:00 عصراً، وسيتم الرد على رسالتكم في أول يوم عمل.

للحالات العاجلة يرجى الاتصال على الرقم 011 000 0000.

Thank you for contacting Multaqa Al-Jaliyat. Our office hours are Sunday to Thursday, 8:00 am - 4:00 pm. We will reply on the next working day.
"""
    body = alt(text, "_000_DB9PR02MB7290F1B6A4C2E853_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    subj = hdr("رد تلقائي: إشعار استلام - " + M07_SUBJ)
    rows = auto_rows(when, "mail-db9eur02on0621.outbound.protection.outlook.example.com", "198.51.100.121",
                     "4DXt2Sb07Cz2", addr("جمعية ملتقى الجاليات", M07_FROM), subj,
                     rfcdate(sent_at(when, 3, 2)),
                     "<DB9PR02MB7290F1B6A4C2E853@DB9PR02MB7290.eurprd02.prod.outlook.example.com>", M07_ID, ack,
                     [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    rows += [("Thread-Topic", hdr("إشعار استلام - " + M07_SUBJ)), ("Content-Language", "ar-SA"),
             ("X-MS-Exchange-Inbox-Rules-Loop", M07_FROM)]
    add(8, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="office-hours autoresponder of the Riyadh association's general mailbox answering our acknowledgement "
              "of h269-07 23 seconds later (Friday night: 'أوقات الدوام الرسمي من الأحد إلى الخميس'); Arabic "
              "subject prefix 'رد تلقائي:', Auto-Submitted, X-Auto-Response-Suppress, null Return-Path, References "
              "name h269-07; bilingual AR/EN text. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 09  EN  both  Beirut legal clinic, rushed iPhone at 23:54: report + a speaker without details
M09_ID = "<B3E71F0A-8C24-4D9B-A5E6-1F7C29D40B83@amalclinic.example.org>"
M09_SUBJ = "GCM report + speaker - Amal Legal Clinic"
M09_FILE = "ALC_GCM_Report_Feb2021_final.pdf"
M09_TEXT = """Dear all,

Sorry for the last minute email. Attached is the voluntary GCM review report of the Amal Legal Clinic for Migrant Workers.

We would also like to propose Nour Hallak to speak in one of the thematic roundtables on 24-25 Feb, she leads our casework with workers stuck in Lebanon after the port blast and the crisis. I'll send her exact title asap, I don't have it on my phone.

Thanks and sorry again,
Karim"""


def m09():
    when = at("2021-02-05 23:54:02")
    pdf = rep_pdf("Voluntary GCM review report", "Amal Legal Clinic for Migrant Workers, Beirut",
                  ["Our caseload in 2020: 1,180 workers", "Stranded workers after August 2020",
                   "Unpaid wages and withheld passports", "Access to justice and the labour courts",
                   "Recommendations"])
    body = multi("mixed", [leaf("text/plain", M09_TEXT + "\n"),
                           attach("application/pdf", pdf, M09_FILE),
                           leaf("text/plain", "\n\nSent from my iPhone\n", "us-ascii", "7bit")],
                 "Apple-Mail-6A0D2F9B-41C7-4E83-B2D5-8F19C3A7E064")
    m = mk(when, sent_at(when, 2, 7), "smtp.amalclinic.example.org", "203.0.113.88", "4DXw5Lm92Tz0",
           "Karim Nassar <karim.nassar@amalclinic.example.org>", M09_SUBJ, M09_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nour Hallak", None, "Amal Legal Clinic for Migrant Workers", ["roundtable"])],
        report_attachments=[M09_FILE],
        notes="rushed iPhone mail six minutes before the speaker deadline: the report PDF plus a speaker for 'one of "
              "the thematic roundtables' (no number, so roundtable null) whose title is not given ('I'll send her "
              "exact title asap'): title null. Both parts on time (23:54 on 5 February). iPhone structure: "
              "text/plain, the PDF, then a second text/plain with 'Sent from my iPhone'. The details follow after "
              "midnight (h269-10)."))


# ================================================================ 10  EN  speaker  the details of 09's speaker, six minutes after midnight
def m10():
    when = at("2021-02-06 00:06:50")
    text = """Found it: Nour Hallak, Head of Casework, Amal Legal Clinic for Migrant Workers. She'd prefer roundtable 4, if not possible then roundtable 1.
Her email is nour.hallak@amalclinic.example.org

Hope this still counts, it's only a few minutes past midnight!

Karim

Sent from my iPhone

> On 5 Feb 2021, at 23:53, Karim Nassar <karim.nassar@amalclinic.example.org> wrote:
>
""" + gt(M09_TEXT) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 6), "smtp.amalclinic.example.org", "203.0.113.88", "4DXx0Qb47Vz3",
           "Karim Nassar <karim.nassar@amalclinic.example.org>", "Re: " + M09_SUBJ,
           "<7D2C94E1-5A3B-4F08-9C61-E2B8A07F5D19@amalclinic.example.org>", body,
           extra=[("In-Reply-To", M09_ID), ("References", M09_ID), ("X-Mailer", IPHONE)])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Nour Hallak", "Head of Casework", "Amal Legal Clinic for Migrant Workers", ["roundtable"], 4)],
        thread_of=H % 9,
        notes="completes the speaker part of h269-09 (reply to his own message, In-Reply-To set): title 'Head of "
              "Casework' and 'roundtable 4, if not possible then roundtable 1' (first choice 4). Received at 00:06 "
              "on 6 February: on_time follows received_at and is false, although the request it completes was on "
              "time and the sender hopes 'this still counts' (the secretariat may accept it). No attachment; the "
              "quoted original mentions the report, which is not sent again."))


# ================================================================ 11  FR  speaker  Casablanca at 23:41 local time = 00:41 in Beirut: late
def m11():
    when = at("2021-02-06 00:41:19")
    subj = "Proposition d'intervenante – AMJM – séance plénière"
    text = """Bonsoir,

Au nom de l'Association Marocaine Jeunesse et Mobilités (AMJM), j'ai le plaisir de vous proposer la candidature de Mme Hajar Zerouali, chargée de programmes Jeunesse et Migration, pour une intervention en séance plénière lors de la conférence régionale des 24 et 25 février.

Hajar coordonne depuis 2018 notre programme d'accompagnement des jeunes Marocains revenus d'Europe et des jeunes migrants subsahariens installés à Casablanca.

Nous vous envoyons cette proposition ce vendredi soir, avant la clôture des candidatures à minuit, et espérons qu'elle pourra être retenue.

Bien cordialement,

Othmane Bennani
Secrétaire général
Association Marocaine Jeunesse et Mobilités (AMJM)
Casablanca – Maroc
"""
    body = alt(text, "_000_DB8PR10MB3418E2B7A4C1D96F_", html=owa_html(text))
    m = mk(when, sent_at(when, 1, 7), "mail-db8eur05olkn2083.outbound.protection.outlook.example.com",
           "198.51.100.83", "4DXy1Tc65Rz9", "Othmane Bennani <amjm.casablanca@outlook.example.com>",
           hdr(subj, enc="Q"), "<DB8PR10MB3418E2B7A4C1D96F@DB8PR10MB3418.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", hdr(subj, enc="Q")), ("Thread-Index", "AQHW+8Rk2Lp7Xq4Nc1Vb9Zm3Hd6Jf0=="),
                  ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-Originating-IP", "[105.66.141.23]")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Hajar Zerouali", "chargée de programmes Jeunesse et Migration",
           "Association Marocaine Jeunesse et Mobilités (AMJM)", ["plenary"])],
        notes="written at 23:41 on Friday 5 February in Casablanca (Date header +0100, Morocco is UTC+1) 'avant la "
              "clôture des candidatures à minuit', but received at 00:41 on 6 February Beirut time: late by 41 "
              "minutes; the sender counts midnight in his own time zone. 'Mme' dropped; 'séance plénière' = "
              "plenary; 2018 is history. Outlook.com web, the sender (secretary general) is not the speaker."))


# ================================================================ 12  FR  other  Annaba association asks for an extension of the report deadline
def m12():
    when = at("2021-02-14 10:12:33")
    subj = "Demande de délai pour le rapport volontaire – AESA Annaba"
    text = """Bonjour,

Notre association, l'Association Espoir et Solidarité Annaba (AESA), prépare un rapport volontaire sur les jeunes harraga de la côte est algérienne et sur les familles des disparus en mer.

Le texte est rédigé à 80 %, mais il doit être validé par notre bureau, qui ne pourra se réunir que le samedi 20 février à cause du couvre-feu et des restrictions de déplacement. Serait-il possible, à titre exceptionnel, de vous le transmettre le lundi 22 février ?

Si un délai n'est pas envisageable, préférez-vous recevoir une version provisoire avant mardi soir ?

Merci d'avance pour votre réponse.

Cordialement,

Karima Boudiaf
Chargée de projets
Association Espoir et Solidarité Annaba (AESA)
"""
    body = alt(text, "----=_Part_2318840_1174392254.1613290348871", html=yahoo_html(text))
    m = mk(when, sent_at(when, 1, 5), "sonic302-3.consmr.mail.ir2.yahoo.example.com", "198.51.100.202",
           "4F4Ab52Qkz6", "Karima Boudiaf <aesa.annaba@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1613290348871.2318841@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(12, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="asks for an extension of the report deadline (to Monday 22 February) and whether a provisional "
              "version is preferred: 'rapport volontaire', '80 %' and dates abound but nothing is attached or "
              "pasted, so it is a question (other), not a report. Yahoo, Date in UTC+1 (Algeria)."))


# ================================================================ 13  AR  speaker  Sudanese association in Cairo relies on the Arabic '23 February': late
def m13():
    when = at("2021-02-14 18:20:09")
    subj = "ترشيح متحدثة - جمعية النيلين لرعاية المهاجرين السودانيين"
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة الكرام في أمانة الاستعراض الإقليمي،
تحية طيبة وبعد،

نحن جمعية النيلين لرعاية المهاجرين السودانيين بالقاهرة. قرينا خطاب الدعوة العربي وعرفنا منو إنو آخر موعد لطلبات المداخلات هو يوم الجمعة 23 فبراير 2021، عشان كده اتأنينا لحدي ما اجتمع المجلس التنفيذي يوم الخميس الفات واتفقنا على المرشحة.

نرشح الأستاذة آمنة عثمان الطيب، نائبة رئيس الجمعية، للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثانية، عن أوضاع النساء السودانيات العاملات في المنازل في القاهرة والجيزة.

وإن شاء الله بنرسل ليكم التقرير الطوعي بتاعنا قبل يوم 16 زي ما مطلوب.

ولكم جزيل الشكر
عثمان إبراهيم أبكر
السكرتير العام
جمعية النيلين لرعاية المهاجرين السودانيين - القاهرة
"""
    body = alt(text, "000000000000a1f3c805bb4d72e0", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 12), "mail-pf1-f169.google.example.com", "192.0.2.169", "4F4Nq83Cxz1",
           addr("جمعية النيلين", "alnilain.sudanese.cairo@gmail.example.com"), hdr(subj),
           "<CAJ2xR8nTq5wL1mZ+k7Pc4Vb9sH3dGf6uE2@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("آمنة عثمان الطيب", "نائبة رئيس الجمعية", "جمعية النيلين لرعاية المهاجرين السودانيين بالقاهرة",
           ["roundtable"], 2)],
        notes="relies on the Arabic letter's misprint ('آخر موعد لطلبات المداخلات هو يوم الجمعة 23 فبراير') and "
              "sends its speaker on 14 February: late (the deadline was 5 February), though the sender believes it "
              "is early; the acknowledgement should say so kindly. 'الأستاذة' dropped; 'المائدة المستديرة "
              "المواضيعية الثانية' = roundtable 2; the report is only announced ('بنرسل ليكم ... قبل يوم 16'), so "
              "not both. Sudanese colloquial ('قرينا', 'منو', 'اتأنينا', 'الفات'); Gmail from Android, base64."))


# ================================================================ 14  AR  report  Irbid association: a draft, and a request for more time
M14_FILE = "مسودة التقرير الطوعي - جمعية سواعد - 16 شباط.docx"


def m14():
    when = at("2021-02-16 13:05:47")
    subj = "مسودة التقرير الطوعي - جمعية سواعد لحقوق العمال المهاجرين"
    text = """السلام عليكم،

تحية طيبة من إربد،

مرفق لكم مسودة التقرير الطوعي لجمعية سواعد لحقوق العمال المهاجرين، عن أوضاع العمال الزراعيين المصريين والسوريين في وادي الأردن والأغوار الشمالية.

بصراحة التقرير مش نهائي لسا: الأرقام محدّثة لآخر كانون الثاني، بس ناقصه مراجعة لغوية واعتماد مجلس الإدارة اللي اجتماعه يوم الأحد الجاي. عشان هيك بعتناه اليوم حتى ما يفوتنا الموعد، وبنطلب منكم إذا ممكن تعطونا تمديد لغاية الاثنين 22 شباط نبعتلكم النسخة النهائية المعتمدة. وإذا مش ممكن، اعتمدوا هاي المسودة.

يعطيكم العافية

لانا الزعبي
منسقة المشاريع
جمعية سواعد لحقوق العمال المهاجرين - إربد
"""
    doc = make_docx(["جمعية سواعد لحقوق العمال المهاجرين - إربد", "مسودة - التقرير الطوعي للاستعراض الإقليمي",
                     "أولاً: العمال الزراعيون في وادي الأردن", "ثانياً: تصاريح العمل والكفالة",
                     "ثالثاً: السكن والسلامة المهنية", "رابعاً: التوصيات", "(مسودة غير معتمدة)"])
    a = alt(text, "------------A1C4E7093B2D5F8061E9C3A7", html=tb_html(text, rtl=True))
    body = multi("mixed", [a, attach(DOCX, doc, M14_FILE)], "------------5F02B8D7C1E4A3690B7D2E15")
    m = mk(when, sent_at(when, 2, 9), "mail.sawa3ed.example.org.jo", "203.0.113.62", "4F5Tc20Rkz8",
           addr("لانا الزعبي", "lana.zoubi@sawa3ed.example.org.jo"), hdr(subj),
           "<9e3b7c12-4f5a-8d6e-b1a0-27c4f83e95d6@sawa3ed.example.org.jo>", body,
           extra=[("User-Agent", TB_WIN), ("Content-Language", "ar")])
    add(14, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M14_FILE],
        notes="a draft report ('مسودة') sent on the deadline day with a request for an extension to 22 February for "
              "the approved version; one sentence decides: 'وإذا مش ممكن، اعتمدوا هاي المسودة' - the draft is "
              "submitted, so voluntary_report (on time) with the DOCX, and the acknowledgement should also answer "
              "the extension question. Jordanian colloquial ('لسا', 'هيك', 'بعتناه', 'يعطيكم العافية'); Arabic "
              "file name (RFC 2231 + RFC 2047). Thunderbird, RTL HTML."))


# ================================================================ 15  EN  both  Jordanian network: report on time + a rapporteur 'by the Arabic deadline'
M15_FILE = "JNFR_Voluntary_GCM_Review_Report_2021.pdf"


def m15():
    when = at("2021-02-16 16:30:20")
    subj = "JNFR voluntary GCM review report and rapporteur nomination"
    text = """Dear Colleagues,

Please find attached the voluntary GCM review report of the Jordanian Network for Fair Recruitment (JNFR), submitted ahead of today's deadline. It covers recruitment fees and related costs paid by workers from South and South-East Asia who come to Jordan to work in the garment sector and in domestic work, and the complaint mechanisms available to them.

In addition, and since the Arabic version of the invitation letter gives Friday 23 February as the deadline for speaking-role requests, we would like to nominate our Director, Mr. Ziad Khreisat, to serve as rapporteur and deliver the stakeholders' key messages. Ziad chaired the national consultation on fair recruitment held in Amman last November.

Best regards,

Dima Rawashdeh
Research and Advocacy Manager
Jordanian Network for Fair Recruitment (JNFR)
Amman, Jordan
www.jnfr.example.org.jo

DISCLAIMER: The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. Views expressed are those of the author and do not necessarily represent those of JNFR.
"""
    pdf = rep_pdf("Voluntary GCM review report", "Jordanian Network for Fair Recruitment (JNFR), Amman",
                  ["Recruitment fees and related costs", "Garment sector and domestic work",
                   "Complaint mechanisms", "Recommendations (GCM Objective 6)"])
    a = alt(text, "B_3696489020_1845391277", html=mac_outlook_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M15_FILE)], "B_3696489020_1572284012")
    m = mk(when, sent_at(when, 2, 9), "mail-he1eur04on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4F5Wk74Ntz5", "Dima Rawashdeh <d.rawashdeh@jnfr.example.org.jo>", subj,
           "<7A4E2C91-3B58-4D0F-86E1-C9B2F5A7D043@jnfr.example.org.jo>", body,
           extra=[("User-Agent", MAC_OUTLOOK), ("Thread-Topic", subj),
                  ("Thread-Index", "AQHXBHm3Kx9Tq2Wp5Nc8Lv1Zb4Hd7Jf0=="), ("Content-Language", "en-US")])
    add(15, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ziad Khreisat", "Director", "Jordanian Network for Fair Recruitment (JNFR)", ["rapporteur"])],
        report_attachments=[M15_FILE],
        notes="both on the report deadline day: the report is on time, but the rapporteur nomination relies on the "
              "Arabic letter's misprinted 'Friday 23 February' and is eleven days late, so on_time is false. 'Mr.' "
              "dropped; title 'our Director' before the name; 'serve as rapporteur and deliver the stakeholders' key "
              "messages' = rapporteur. The signer (research and advocacy manager) is not the speaker; 'last "
              "November' is history. Mac Outlook, disclaimer."))


# ================================================================ 16  AR  report  Tripoli association: 'attached' but only the signature logo is attached
M16_ID = "<VI1PR08MB3392C6E1A8F4B207@VI1PR08MB3392.eurprd08.prod.outlook.example.com>"
M16_SUBJ = "التقرير الطوعي - جمعية نسائم للنساء اللاجئات والمهاجرات"
M16_TEXT = """حضرة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

تجدون مرفقاً التقرير الطوعي لجمعية نسائم للنساء اللاجئات والمهاجرات في طرابلس - لبنان، ويتناول أوضاع النساء السوريات والفلسطينيات والعاملات المهاجرات في عكار والشمال بعد الأزمة الاقتصادية وانفجار المرفأ، وقد أعدّته لجنة من ثماني متطوعات بعد سلسلة لقاءات مع 140 امرأة.

نعتذر عن إرساله في الساعات الأخيرة.

مع فائق الاحترام،

ريم الأيوبي
مسؤولة المناصرة
جمعية نسائم للنساء اللاجئات والمهاجرات
طرابلس - لبنان
"""


def m16():
    when = at("2021-02-16 22:47:05")
    cid = "image001.png@01D704B9.2C7E8A10"
    rel = multi("related", [leaf("text/html", outlook_html(M16_TEXT, lang="AR-LB", img_cid=cid, rtl=True), cte="base64"),
                            logo(cid, (40, 140, 120))], "_004_VI1PR08MB3392C6E1A8F4B207_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M16_TEXT, cte="base64"), rel], "_000_VI1PR08MB3392C6E1A8F4B207_")
    m = mk(when, sent_at(when, 2, 10), "mail-vi1eur08on0634.outbound.protection.outlook.example.com",
           "198.51.100.134", "4F6Rb18Hkz4", addr("ريم الأيوبي", "r.ayoubi@nasaem.example.org.lb"), hdr(M16_SUBJ),
           M16_ID, body, extra=outlook(hdr(M16_SUBJ), "AdcEoP4Xk1Rt7Lm3Qz9Nc5Vb2Hg8Jd==", lang="ar-LB"))
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="'تجدون مرفقاً التقرير الطوعي' but the report is not attached: the only file is the inline signature "
              "logo (image001.png in a related part), which is not a report. Recorded as a report submission with "
              "no file (report_attachments empty), as for forgotten attachments; the file follows eleven minutes "
              "later (h269-17). 140 women and 'ثماني متطوعات' are not event data. Outlook, RTL, base64."))


# ================================================================ 17  AR  report  the missing PDF of 16, as an Outlook reply
def m17():
    when = at("2021-02-16 22:58:31")
    file_ = "تقرير جمعية نسائم الطوعي - الاتفاق العالمي للهجرة 2021.pdf"
    new = """عذراً، سقط المرفق سهواً من الرسالة السابقة. التقرير مرفق الآن بصيغة PDF.

ريم الأيوبي
مسؤولة المناصرة
جمعية نسائم للنساء اللاجئات والمهاجرات
"""
    quote = ("من: ريم الأيوبي <r.ayoubi@nasaem.example.org.lb>\n"
             "تاريخ الإرسال: الثلاثاء، 16 شباط، 2021 10:46 م\n"
             "إلى: gcmrrarabstates@iom.int\n"
             "الموضوع: " + M16_SUBJ + "\n\n" + M16_TEXT)
    text = new + "\n________________________________\n" + quote
    pdf = rep_pdf("Voluntary GCM review report", "Nasaem Association for Refugee and Migrant Women, Tripoli",
                  ["Who we are", "140 women met in Akkar and the North", "Work, rent and debts after 2019",
                   "Migrant domestic workers in the North", "Recommendations"])
    cid = "image001.png@01D704BA.8F3D1C20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-LB", img_cid=cid, rtl=True), cte="base64"),
                            logo(cid, (40, 140, 120))], "_005_VI1PR08MB33929A4D2E7C1F58_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_VI1PR08MB33929A4D2E7C1F58_")
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "_006_VI1PR08MB33929A4D2E7C1F58_")
    subj = hdr("RE: " + M16_SUBJ)
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur08on0634.outbound.protection.outlook.example.com",
           "198.51.100.134", "4F6Rk62Pnz0", addr("ريم الأيوبي", "r.ayoubi@nasaem.example.org.lb"), subj,
           "<VI1PR08MB33929A4D2E7C1F58@VI1PR08MB3392.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M16_ID), ("References", M16_ID)]
           + outlook(subj, "AdcEoP4Xk1Rt7Lm3Qz9Nc5Vb2Hg8JdAAB3kRw==", lang="ar-LB", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[file_], thread_of=H % 16,
        notes="the forgotten report of h269-16, sent eleven minutes later as an Outlook reply (In-Reply-To set) "
              "quoting the first message under an Arabic header block ('من:', 'تاريخ الإرسال:', 'الموضوع:'): "
              "the PDF (Arabic name, RFC 2231 + RFC 2047) is the report, the inline logo is not. On time (22:58 on "
              "16 February); thread_of h269-16 (it completes that submission)."))


# ================================================================ 18  FR  report  Paris federation at 22:15 Paris time (23:15 Beirut): report + annex
M18_ID = "<3C8E5A21-F7B4-4D96-8E02-B1A9D6C47F35@fasmm.example.fr>"
M18_SUBJ = "Rapport volontaire FASMM – envoi de dernière minute"
M18_QID = "4F6Sx35Dmz7"
M18_DOC = "Rapport_volontaire_FASMM_v3_DEF_relu.docx"
M18_ANNEX = "Annexe 1 – Témoignages.pdf"


def m18():
    when = at("2021-02-16 23:15:52")
    text = """Madame, Monsieur,

Veuillez trouver ci-joints le rapport volontaire de la Fédération des Associations de Solidarité avec les Migrants du Maghreb (FASMM) et son annexe (témoignages recueillis à Paris, Marseille et Lyon).

Pardon pour cet envoi tardif : nous avons terminé la relecture il y a à peine une heure. Il est 22h15 à Paris, donc encore dans les temps chez vous, j'espère !

Le rapport porte sur les jeunes Maghrébins en situation irrégulière en France, les mineurs non accompagnés et les retours forcés vers le Maroc, l'Algérie et la Tunisie.

Bien à vous,

Claire Benhamou
Chargée de mission plaidoyer
FASMM – Fédération des Associations de Solidarité avec les Migrants du Maghreb
75011 Paris
"""
    doc = make_docx(["Fédération des Associations de Solidarité avec les Migrants du Maghreb (FASMM)",
                     "Rapport volontaire – Examen régional du Pacte mondial (États arabes)",
                     "1. Jeunes Maghrébins en situation irrégulière en France", "2. Mineurs non accompagnés",
                     "3. Retours forcés vers le Maroc, l'Algérie et la Tunisie", "4. Recommandations"])
    annex = rep_pdf("Annexe 1 - Temoignages", "FASMM, Paris - Marseille - Lyon",
                    ["Temoignages de jeunes a Paris", "Temoignages a Marseille", "Temoignages a Lyon"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
              "Apple-Mail=_9B4D1E72-0C5A-4F38-A6E3-7D2F81C95B04")
    body = multi("mixed", [a, attach(DOCX, doc, M18_DOC), attach("application/pdf", annex, M18_ANNEX)],
                 "Apple-Mail=_2E8A6C53-D1F9-4B07-93C4-5A0E7B1D8F26")
    m = mk(when, sent_at(when, 1, 7), "smtp.fasmm.example.fr", "212.27.48.19", M18_QID,
           "Claire Benhamou <c.benhamou@fasmm.example.fr>", hdr(M18_SUBJ, enc="Q"), M18_ID, body,
           extra=[("X-Mailer", APPLE)])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M18_DOC, M18_ANNEX],
        notes="rushed last-evening submission: 'Il est 22h15 à Paris, donc encore dans les temps chez vous' - Date "
              "header 22:15 +0100, received 23:15 Beirut time on 16 February: on time. The report is a DOCX with "
              "a working file name ('v3_DEF_relu') plus an annex of testimonies (PDF, en dash and accent, RFC 2231 "
              "+ RFC 2047): both make up the report (like dev 037). Apple Mail. Her vacation reply answers our "
              "acknowledgement (h269-19)."))


# ================================================================ 19  FR  auto_reply  the Paris sender's Sieve vacation reply
def m19():
    when = at("2021-02-16 23:16:30")
    ack = ack_mid(M18_QID)
    text = """Bonjour,

Je suis en congés du 17 février au 1er mars inclus, sans accès à ma messagerie.

Pour toute question concernant le rapport volontaire de la FASMM ou notre participation à l'examen régional, merci de contacter mon collègue Samir Ouali, coordinateur national (s.ouali@fasmm.example.fr).

Claire Benhamou
FASMM
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    subj = hdr("Auto: Accusé de réception - " + M18_SUBJ, enc="Q")
    rows = auto_rows(when, "smtp.fasmm.example.fr", "212.27.48.19", "4F6Sy02Kpz3",
                     "Claire Benhamou <c.benhamou@fasmm.example.fr>", subj, rfcdate(sent_at(when, 1, 1)),
                     "<dovecot-sieve-1613510189-418305-0@mx.fasmm.example.fr>", M18_ID, ack,
                     [("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")])
    add(19, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Dovecot Sieve vacation reply of the sender of h269-18 to our acknowledgement, a minute later ('Auto:' "
              "subject prefix, Auto-Submitted: auto-replied (vacation), Precedence: bulk, References name h269-18): "
              "it names the report and a colleague with his title, which is no new submission or speaker. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 20  EN  report  Manila at 05:35 on the 17th = 23:35 on the 16th in Beirut: on time
M20_ID = "<CAF9mQ3vRt7xK2pW+n5Lc8Zb1sD4hGy6eJ3@mail.gmail.example.com>"
M20_SUBJ = "Voluntary GCM Review Report - Kabalikat Migrant Domestic Workers Alliance (Philippines)"
M20_QID = "4F6Tb71Wcz5"
M20_FILE = "KMDWA Voluntary GCM Review Report - Arab States 2021.pdf"


def m20():
    when = at("2021-02-16 23:35:08")
    text = """Dear Secretariat,

Good morning from Quezon City! It is 5:35 am here on Wednesday, so I hope we are still within your deadline of February 16, Beirut time.

Attached is the voluntary GCM review report of the Kabalikat Migrant Domestic Workers Alliance (KMDWA). Our members are Filipino women who have worked as domestic workers in Lebanon, Jordan, Kuwait, Saudi Arabia and the UAE, many of them repatriated in 2020. The report is based on 63 interviews done by our returnee volunteers over Zoom and Messenger, and focuses on passport confiscation, unpaid salaries at repatriation and the blacklisting of workers who leave abusive employers.

Salamat po and keep safe,

Maricel Dizon
Secretary-General
Kabalikat Migrant Domestic Workers Alliance (KMDWA)
Quezon City, Philippines
+63 917 000 0000
"""
    pdf = rep_pdf("Voluntary GCM review report - Arab States", "Kabalikat Migrant Domestic Workers Alliance (KMDWA)",
                  ["63 interviews with returnee domestic workers", "Passport confiscation",
                   "Unpaid salaries at repatriation", "Blacklisting and 'absconding' cases", "Recommendations"])
    a = alt(text, "000000000000c3e8a705bb7e1f42", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILE)], "000000000000c3e8a905bb7e1f44")
    m = mk(when, sent_at(when, 8, 7), "mail-pj1-f44.google.example.com", "192.0.2.44", M20_QID,
           "Maricel Dizon <kmdwa.ph@gmail.example.com>", M20_SUBJ, M20_ID, body)
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="Date header Wed 17 Feb 05:35 +0800 (Manila), i.e. received at 23:35 on Tuesday 16 February Beirut "
              "time: on time although the writing date is the 17th; the sender reasons in Beirut time herself. PDF "
              "name with spaces and a dash; 63 interviews and 2020 are not event data. Gmail. Thanked in "
              "h269-22."))


# ================================================================ 21  EN  report  New York at 17:20 on the 16th = 00:20 on the 17th in Beirut: late
def m21():
    when = at("2021-02-17 00:20:44")
    subj = "Levant Diaspora Policy Forum - Voluntary GCM Review Report (submitted Feb 16)"
    file_ = "LDPF_GCM_Voluntary_Review_Report_2021.pdf"
    text = """Dear Regional Review Secretariat,

On behalf of the Levant Diaspora Policy Forum (LDPF), I am pleased to submit our voluntary GCM review report, attached, today, Tuesday, February 16 - within the deadline.

LDPF brings together Lebanese, Syrian, Jordanian and Palestinian diaspora professionals in the New York area. Our report looks at the cost of remittances during the Lebanese banking crisis, at diaspora investment schemes and at the recognition of the skills of returnees, with twelve recommendations on Objectives 19 and 20.

Sincerely,

Elias Karam
Policy Director
Levant Diaspora Policy Forum (LDPF)
New York, NY
"""
    pdf = rep_pdf("Voluntary GCM review report", "Levant Diaspora Policy Forum (LDPF), New York",
                  ["Remittances during the banking crisis", "Diaspora investment schemes",
                   "Recognition of returnees' skills", "Twelve recommendations (Objectives 19 and 20)"])
    text_part = leaf("text/plain", flowed(text), "utf-8", "7bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach("application/pdf", pdf, file_)], "------------E4B19D02C7A35F681B0C2D94")
    m = mk(when, sent_at(when, -5, 7), "mail.ldpf.example.org", "203.0.113.201", "4F6Vc09Gtz2",
           "Elias Karam <ekaram@ldpf.example.org>", subj, "<5f1d7a3c-92e4-4b08-a6c1-d83e02b47f95@ldpf.example.org>",
           body, extra=[("User-Agent", TB_MAC), ("Content-Language", "en-US")])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[file_],
        notes="written at 17:20 on Tuesday 16 February in New York (Date header -0500) and announced as 'today, "
              "Tuesday, February 16 - within the deadline', but received at 00:20 on 17 February Beirut time: 20 "
              "minutes late (the deadline is Beirut time). Subject also says 'submitted Feb 16'. Objectives 19 and "
              "20 are not roundtables. Thunderbird, format=flowed."))


# ================================================================ 22  EN  other  Manila: thank-you reply to our acknowledgement of 20
def m22():
    when = at("2021-02-17 09:14:22")
    ack = ack_mid(M20_QID)
    quoted = ack_text("en", M20_SUBJ, "its attachment (%s), received on 16 February 2021 at 23:35 Beirut time"
                      % M20_FILE)
    text = """Thank you so much for confirming!! We were so nervous last night 😅 Salamat po to the whole team.

Maricel

On Wed, Feb 17, 2021, 5:35 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(quoted) + "\n"
    a = alt(text, "000000000000f19b2c05bb8541d0", html=android_html(text))
    m = mk(when, sent_at(when, 8, 7), "mail-pj1-f53.google.example.com", "192.0.2.53", "4F6dZ48Mqz9",
           "Maricel Dizon <kmdwa.ph@gmail.example.com>", "Re: Acknowledgement of receipt - " + M20_SUBJ,
           "<CAF9mQ3vW8nXk5pR+t2Lc7Zb4sD1hGy9eK6@mail.gmail.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M20_ID + " " + ack)])
    add(22, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 20,
        notes="thank-you reply (Gmail on Android, emoji, 'Salamat po') to our acknowledgement of h269-20; adds "
              "nothing new, so no acknowledgement. The quoted acknowledgement names the report file and the "
              "deadline, but nothing is attached. Date in UTC+8."))


# ================================================================ 23  AR  report  Fayoum foundation, a day late, apologising (Yahoo on Android)
M23_FILE = "تقرير سنابل الطوعي 2021.docx"
M23_IMG = "ورشة طامية مع الأهالي.png"


def m23():
    when = at("2021-02-17 11:32:17")
    subj = "التقرير الطوعي لمؤسسة سنابل - متأخر للأسف"
    text = """السلام عليكم ورحمة الله وبركاته

إحنا آسفين جداً على التأخير. التقرير كان جاهز من يوم الأحد، بس النت فصل عندنا في طامية من امبارح الضهر ومرجعش غير النهارده الصبح، وحاولنا نبعته من السايبر في البندر بالليل بس الملف مرضيش يترفع.

مرفق التقرير الطوعي لمؤسسة سنابل للتنمية وحماية المهاجرين بالفيوم، عن الشباب اللي سافروا ليبيا وإيطاليا ورجعوا، ومرفق كمان صورة من ورشة العمل اللي عملناها مع الأهالي.

نتمنى تقبلوه حتى لو متأخر يوم، وجزاكم الله كل خير.

محمود عبد التواب
منسق المشروعات
مؤسسة سنابل للتنمية وحماية المهاجرين - الفيوم

Sent from Yahoo Mail on Android
"""
    doc = make_docx(["مؤسسة سنابل للتنمية وحماية المهاجرين بالفيوم", "التقرير الطوعي 2021",
                     "أولاً: شباب طامية وسنورس في ليبيا", "ثانياً: الهجرة إلى إيطاليا عبر البحر",
                     "ثالثاً: العائدون والأسر", "رابعاً: التوصيات"])
    a = alt(text, "----=_Part_3391207_1650388123.1613554331904", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M23_FILE), attach("image/png", make_png(40, 30, (160, 120, 70)), M23_IMG)],
                 "----=_Part_3391206_977310522.1613554331903")
    m = mk(when, sent_at(when, 2, 8), "sonic311-14.consmr.mail.ne1.yahoo.example.com", "198.51.100.211",
           "4F6hR27Ykz4", addr("Mahmoud Abdeltawab", "sanabel.fayoum@yahoo.example.com"), hdr(subj),
           "<1613554331904.3391208@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="late report (17 February, 11:32) that apologises and explains (internet cut, upload failed at the "
              "cyber café): on_time false, still acknowledged. The DOCX is the report; the workshop photo (Arabic "
              "PNG name) is not. Egyptian colloquial ('امبارح', 'مرجعش', 'مرضيش يترفع', 'البندر'); Yahoo Mail on "
              "Android, base64, Latin-script From name."))


# ================================================================ 24  FR  report  Djibouti association, two days late, apologising
def m24():
    when = at("2021-02-18 09:40:11")
    subj = "Rapport volontaire ADAMT – avec nos excuses pour le retard"
    file_ = "Rapport_ADAMT_PMM_2021.pdf"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association Djiboutienne pour l'Accompagnement des Migrants en Transit (ADAMT), consacré aux migrants éthiopiens et somaliens qui traversent Djibouti en direction du Yémen et de l'Arabie saoudite, ainsi qu'à ceux qui en reviennent.

Nous vous présentons toutes nos excuses pour ce retard de deux jours : notre équipe était mobilisée à Obock pour l'accueil d'un groupe important de migrants refoulés, et la connexion y est quasi inexistante. Nous savons que la date limite était fixée au 16 février et nous comprendrons que le rapport ne puisse être pris en compte qu'à titre informel.

Nous ne sollicitons pas de temps de parole.

Avec nos respectueuses salutations,

Hassan Omar Ali
Secrétaire exécutif
Association Djiboutienne pour l'Accompagnement des Migrants en Transit (ADAMT)
Djibouti
"""
    pdf = rep_pdf("Rapport volontaire - ADAMT", "Association Djiboutienne pour l'Accompagnement des Migrants en Transit",
                  ["La route de l'Est : Ethiopie - Djibouti - Yemen", "Obock et les migrants refoules",
                   "Retours depuis le Yemen et l'Arabie saoudite", "Recommandations"])
    a = alt(text, "=_a84c19e2-7d3f-4b05-9e61-c2f07b3d8a15", html=zimbra_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "=_5e2b9d04-1a7c-4f83-b6d0-e39f4a1c7b28")
    m = mk(when, sent_at(when, 3, 6), "mail.adamt.example.dj", "203.0.113.240", "4F7Lp96Vnz1",
           "Hassan Omar Ali <secretariat@adamt.example.dj>", hdr(subj, enc="Q"),
           "<1942807115.318226.1613630405871.JavaMail.zimbra@adamt.example.dj>", body,
           extra=[("X-Mailer", ZIMBRA), ("X-Originating-IP", "[196.201.7.44]"),
                  ("Thread-Topic", hdr(subj, enc="Q")), ("Thread-Index", "o1xKd4Tn8Rq2Wc6Vb0Zm3Hp7Lf5")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[file_],
        notes="late report (18 February, two days after the deadline) that apologises and says it knows the "
              "deadline: on_time false, still acknowledged. 'Nous ne sollicitons pas de temps de parole' rules out "
              "a speaker; the signer's title is no request. Zimbra webmail, Date in UTC+3 (Djibouti)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
