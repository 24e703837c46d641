#!/usr/bin/env python3
"""Write the blind evaluation set holdout299 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets299.py
Theme: diaspora and return migration (25 January - 18 February 2021).  Diaspora associations in Paris, Brussels,
Berlin and Milan writing about the Arab region, returnees' groups in Nador and elsewhere, people with two
nationalities.  A Paris collective of French-Algerian dual nationals asking for 'table ronde n° 2' and later
withdrawing (its office's vacation autoresponder answers our acknowledgement), a Tunisian returnee from Milan who
only wants to listen, a Brussels diaspora network nominating a rapporteur and a roundtable speaker with cities after
the organisation names (the Cc'd speaker's mailbox is full, and she is replaced a week later 'in the same
roundtable'), a Berlin Syrian association writing Arabic from a German-language Outlook (its coordinator's
German/English out-of-office follows), a Franco-Lebanese association sending its activity report 'pour information',
an Egyptian community in Milan sending report and speaker, a Brussels returnees' association with a report and a
plenary speaker (then a thank-you), an Iraqi-Belgian at 22:51 CET and a Comorian federation at 23:24 CET on the
speaker deadline (on time and late in Beirut), a Libyan-Italian researcher asking whether late requests are
considered, a Berlin returnee entrepreneurs' network sending a DOCX then its final PDF, a Nador returnees'
association and its 'did you receive it?', a Libyan platform's report with a late speaker, a Milan Tunisian
association at 22:47 CET and a Paris Algerian association at 23:12 CET on the report deadline, and a German-Jordanian
returnee who wants to attend.  Addresses and cities after organisation names; French-Arabic-English (and German,
Italian) signatures.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(299)
add = SET.add
H = "h299-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
YAHOO = "WebService/1.1.17648 YMailNorrin"
OX = "Open-Xchange Mailer v7.10.3-Rev34"


def subj(s):
    """A Subject: plain when ASCII, else an RFC 2047 Q-encoded word (as Thunderbird, Outlook and Gmail do)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return hdr(s, enc="Q")


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_divs(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c1e7a2ayahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def mac_outlook_html(text):
    inner = "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="EN-US" link="#0563C1"><div class="WordSection1">%s</div></body></html>\n'
            % inner)


def ox_html(text):
    """Orange webmail (Open-Xchange): one <p> per line, empty paragraphs as &nbsp;."""
    inner = "".join("<p>%s</p>" % (esc(x) if x else "&nbsp;") for x in text.strip("\n").split("\n"))
    return ('<!doctype html>\n<html><head><meta charset="UTF-8"></head><body><div class="default-style">%s</div>'
            '</body></html>\n' % inner)


def outlook_related(text, lang, cid, rgb, bnd, rtl=False):
    """Outlook's multipart/alternative: text/plain + multipart/related (HTML + the signature logo)."""
    rel = multi("related", [leaf("text/html", outlook_html(text, lang=lang, img_cid=cid, rtl=rtl)), logo(cid, rgb)],
                "_004_" + bnd, params=[("type", '"text/html"')])
    return multi("alternative", [leaf("text/plain", text), rel], "_000_" + bnd)


# Our acknowledgements, as the senders quote them back.
def ack_fr(subject, what):
    return """Madame, Monsieur,

Nous avons bien reçu votre message « %s » (%s) et vous en remercions. Le secrétariat de l'examen régional du Pacte mondial pour les migrations dans la région arabe reviendra vers vous pour la suite.

Secrétariat de l'examen régional du PMM – États arabes""" % (subject, what)


def outlook_quote_head_fr(frm, sent, to, subject):
    return "De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n" % (frm, sent, to, subject)


def ooo_rows(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


# ================================================================ 01  FR  speaker  Paris collective of French-Algerian dual nationals, 'table ronde n° 2'
M01_ID = "<3f7a9c2e-51d8-4b6e-a0f4-8c2d19e7b5a3@cbfa-asso.example.fr>"
M01_SUBJ = "Demande d'intervention – CBFA – table ronde n° 2"
M01_QID = "4DKr7Wn2QbZ5"
M01_SIG = """-- 
Nadia Kerbouche-Morel
Présidente
Collectif des Binationaux Franco-Algériens (CBFA)
تجمّع مزدوجي الجنسية الفرنسية الجزائرية
14, rue des Vinaigriers – 75010 Paris
Tél. : +33 6 00 00 00 00
"""
M01_TEXT = """Madame, Monsieur,

Je me permets de vous écrire à la suite de la diffusion, par notre fédération, de la lettre d'invitation à l'Examen régional du Pacte mondial sur les migrations pour la région arabe.

Je suis Nadia Kerbouche-Morel, présidente du Collectif des Binationaux Franco-Algériens (CBFA), 14 rue des Vinaigriers, 75010 Paris. Notre collectif, fondé en 2013, rassemble environ 450 adhérents qui ont, comme moi, les deux nationalités, et dont un nombre croissant s'est installé en Algérie ou envisage de le faire, parfois pour quelques années seulement.

Nous travaillons sur des sujets très concrets : la reconnaissance en Algérie des diplômes obtenus en France, le service national des jeunes binationaux, la transférabilité des droits à la retraite, la scolarisation des enfants qui arrivent sans parler arabe, le sort des biens et des comptes bancaires de part et d'autre de la Méditerranée.

Je souhaiterais intervenir lors de la table ronde thématique n° 2 de la conférence des 24 et 25 février, pour témoigner de ce que signifie un « retour » quand on appartient aux deux rives.

Je reste à votre disposition pour tout renseignement complémentaire et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

""" + M01_SIG


def m01():
    when = at("2021-01-25 11:02:37")
    body = leaf("text/plain", flowed(M01_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "smtp.cbfa-asso.example.fr", "203.0.113.41", M01_QID,
           "Nadia Kerbouche-Morel <nadia.kerbouche@cbfa-asso.example.fr>", subj(M01_SUBJ), M01_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Kerbouche-Morel", "Présidente", "Collectif des Binationaux Franco-Algériens (CBFA)",
           ["roundtable"], 2)],
        notes="self-nomination of the president of a Paris collective of French-Algerian dual nationals: the "
              "organisation is followed by its street address in the body ('(CBFA), 14 rue des Vinaigriers, 75010 "
              "Paris'), which is not part of the affiliation; the signature adds the Arabic name of the collective "
              "and the address again. 'table ronde thématique n° 2' = roundtable 2; '24 et 25 février', 2013 and 450 "
              "are not event data. Thunderbird, format=flowed, 8bit, Date in UTC+1. Withdrawn in h299-15."))


# ================================================================ 02  AR  other  Tunisian returnee from Milan (dual national) only wants to listen
def m02():
    when = at("2021-01-26 19:40:12")
    s = "سؤال على الحضور في المؤتمر"
    text = """السلام عليكم،

اسمي حمدي بن صالح، عمري 41 سنة، رجعت لتونس (لصفاقس) في سبتمبر اللي فات بعد 14 عام خدمة في ميلانو، وعندي الجنسية الإيطالية زادة من 2015. سمعت بالمؤتمر متاعكم من صاحبي اللي يخدم في جمعية في تونس العاصمة.

حبيت نسأل:
- ينجم واحد كيفي يحضر بصفة شخصية، موش باسم جمعية؟
- الجلسات باش تكون بالعربي ولا بالانڨليزية برك؟ فما ترجمة؟
- نسجل بالباسبور التونسي ولا الإيطالي؟ ما نعرفش كيفاش يتعاملو مع اللي عندهم زوز جنسيات.

ما نحبش نحكي في الجلسات ولا نقدم حتى شي، نحب نسمع ونفهم برك، خاطر الرجوع كان صعيب برشا ونحب نعرف شنوة تعمل الدول في الموضوع هذا.

يعيشكم
حمدي

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 1, 5), "mail-wr1-f43.google.example.com", "192.0.2.43", "4DLb2Hq8TmZ1",
           "Hamdi Ben Salah <hamdi.bs.sfax@gmail.example.com>", hdr(s),
           "<6E1B9D27-4C3A-4F85-B0E2-7A5D19C3F846@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(2, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="an individual returnee (back in Sfax after 14 years in Milan, Italian and Tunisian nationality) asking "
              "whether individuals may attend, about interpretation and which passport to register with; 'ما "
              "نحبش نحكي في الجلسات ولا نقدم حتى شي' says he neither speaks nor submits. Tunisian dialect from an "
              "iPhone set to French ('Envoyé de mon iPhone'), text/plain base64, Latin From name, Date in UTC+1."))


# ================================================================ 03  EN  speaker  Brussels diaspora network: rapporteur + 4th roundtable, cities after the names
M03_ID = "<AM6PR02MB4423B7E15C9A0D36@AM6PR02MB4423.eurprd02.prod.outlook.example.com>"
M03_SUBJ = "EMDN speaker nominations – GCM Regional Review, Arab region (rapporteur + roundtable 4)"
M03_QID = "4DLy5Kc3RwZ8"
M03_SIG = """Marwa El-Sayed
Programme Coordinator | Coordinatrice de programme
Euro-Mediterranean Diaspora Network (EMDN) – Réseau euro-méditerranéen des diasporas
الشبكة الأورو-متوسطية للجاليات
Rue du Marché aux Herbes 61, 1000 Brussels, Belgium
T +32 2 000 00 00 | www.emdn.example.eu
"""
M03_TEXT = """Dear colleagues,

Further to the invitation letter for the Regional Review of the Global Compact for Migration in the Arab region, the Euro-Mediterranean Diaspora Network (EMDN) would like to nominate the following two speakers:

1. Rapporteur (key messages of the stakeholders): Dr. Hicham Bouzid – Director, Euro-Mediterranean Diaspora Network (EMDN), Brussels
2. Floor intervention, 4th thematic roundtable: Ms. Sara Abdelrahim Osman – Youth Officer, Sudanese Diaspora Youth Collective (SDYC), Antwerp

EMDN brings together 31 diaspora and returnee organisations from the Maghreb, the Mashreq, Sudan and Yemen based in Belgium, France, the Netherlands, Germany and Italy. Hicham has coordinated our work on the GCM since 2019 and would bring together the messages of the diaspora groups taking part. Sara, who holds Belgian and Sudanese nationality, leads the SDYC's mentoring programme for young people who went back to Khartoum with their families in 2019-2020 and are now trying to continue their studies there.

Sara is copied on this message. Please do not hesitate to contact me if you need anything else, e.g. short bios or photos.

Kind regards,

""" + M03_SIG


def m03():
    when = at("2021-01-27 10:31:05")
    cid = "image001.png@01D6F48A.3C2E7B10"
    body = outlook_related(M03_TEXT, "EN-GB", cid, (0, 70, 140), "AM6PR02MB4423B7E15C9A0D36_")
    m = mk(when, sent_at(when, 1, 9), "mail-am6eur02on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", M03_QID, addr("El-Sayed, Marwa", "m.elsayed@emdn.example.eu"), subj(M03_SUBJ),
           M03_ID, body, cc="Sara Abdelrahim Osman <sara.osman@skynet.example.be>",
           extra=outlook(subj(M03_SUBJ), "AdbznQ2Wc8Xv4Lp6Tr1Ks9Mb3Ny7Qa==", lang="en-GB"))
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hicham Bouzid", "Director", "Euro-Mediterranean Diaspora Network (EMDN)", ["rapporteur"]),
        sp("Sara Abdelrahim Osman", "Youth Officer", "Sudanese Diaspora Youth Collective (SDYC)",
           ["roundtable"], 4)],
        notes="a Brussels diaspora network nominates two speakers in a numbered list, 'role: honorific name – title, "
              "organisation (ACRONYM), city': the cities ('Brussels', 'Antwerp') follow the organisations and are "
              "not part of the affiliations; the second speaker belongs to a member organisation, not to the "
              "sender's network. 'Dr.'/'Ms.' dropped; '4th thematic roundtable' = 4. The sender (From 'El-Sayed, "
              "Marwa', trilingual signature with address) is not a speaker; 31 organisations and '2019-2020' are "
              "background. Outlook with inline logo, Date in UTC+1. Sara is in Cc: the copy of our acknowledgement "
              "bounces (h299-04), and she is replaced in h299-11."))


# ================================================================ 04  EN  bounce  our acknowledgement of 03 to the Cc'd speaker: mailbox full
def m04():
    when = at("2021-01-27 10:31:58")
    rcpt = "sara.osman@skynet.example.be"
    text = POSTFIX_NOTICE + """
<%s>: host mx.skynet.example.be[203.0.113.205] said: 552 5.2.2
    <%s>: Mailbox full - quota exceeded (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DLy6Bt0PwZ2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.skynet.example.be\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <%s>: Mailbox full - quota exceeded\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), rcpt, rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: \"El-Sayed, Marwa\" <m.elsayed@emdn.example.eu>\n"
            "Cc: Sara Abdelrahim Osman <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            % (rcpt, hdr("EMDN speaker nominations – GCM Regional Review, Arab region (rapporteur + roundtable 4)",
                         enc="Q").encode(), rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M03_QID), M03_ID, M03_ID))
    body = dsn_report(text, dsn, hdrs, "4DLy6Dk4SmZ7.1611736318/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DLy6Dk4SmZ7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210127083158.4DLy6Dk4SmZ7@mx1.iom.int>")]
    add(4, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full) for the Cc copy of our acknowledgement of h299-03 sent to the "
              "proposed roundtable speaker; the returned headers carry h299-03's subject ('speaker nominations', "
              "'roundtable 4') and both addresses. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 05  AR  speaker  Berlin Syrian association, Arabic body from a German-language Outlook
M05_ID = "<FR2P281MB0342D4A7B19E5C60@FR2P281MB0342.DEUP281.PROD.OUTLOOK.example.com>"
M05_SUBJ = "ترشيح رئيس رابطة المغتربين السوريين في برلين للمشاركة في المائدة المستديرة"
M05_QID = "4DMc1Vr6LxZ3"


def m05():
    when = at("2021-01-29 14:12:44")
    text = """السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

أكتب إليكم باسم رابطة المغتربين السوريين في برلين، وهي جمعية مسجّلة في ألمانيا منذ عام 2016 (Sonnenallee 84، 12045 برلين)، تضم أكثر من 600 عضو من السوريين المقيمين في ألمانيا، وكثير منهم يحملون اليوم الجنسيتين السورية والألمانية.

يسعدنا أن نرشّح الدكتور عمار سليمان الأتاسي، رئيس مجلس الإدارة، لتقديم مداخلة في المائدة المستديرة المواضيعية الأولى خلال المؤتمر يومي 24 و25 شباط/فبراير. الدكتور عمار طبيب أطفال في أحد مستشفيات برلين، ويعمل منذ سنوات مع الأطباء السوريين في المهجر على برامج الاستشارات الطبية عن بُعد، كما تابع عن قرب تجارب عدد من الأسر التي قررت العودة ثم اضطرت إلى الرجوع إلى ألمانيا.

سيتحدث بالعربية، ويمكنه عند الحاجة التحدث بالإنجليزية أو الألمانية.

مع فائق الاحترام،

رهف قصّاب
منسقة المشاريع | Projektkoordinatorin
رابطة المغتربين السوريين في برلين – Verein Syrische Diaspora Berlin e.V.
Sonnenallee 84, 12045 Berlin, Deutschland
Tel.: +49 30 0000000
"""
    cid = "image001.png@01D6F63B.8E1A4C20"
    body = outlook_related(text, "DE", cid, (200, 30, 40), "FR2P281MB0342D4A7B19E5C60_", rtl=True)
    m = mk(when, sent_at(when, 1, 8), "mail-fr2deu01on0605.outbound.protection.outlook.example.com",
           "198.51.100.105", M05_QID, "Rahaf Kassab <r.kassab@syrische-diaspora-berlin.example.de>", hdr(M05_SUBJ),
           M05_ID, body, extra=outlook(hdr(M05_SUBJ), "AdbyC7Pq2Lm4Zx8Vb6Nc1Kd3Wf5Ht==", lang="de-DE"))
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عمار سليمان الأتاسي", "رئيس مجلس الإدارة", "رابطة المغتربين السوريين في برلين", ["roundtable"], 1)],
        notes="Arabic body sent from an Outlook whose language is German (Content-Language de-DE, body lang DE, "
              "German job title in the signature): acknowledge in Arabic. 'الدكتور' dropped; the title is his "
              "board office ('رئيس مجلس الإدارة'), his profession (طبيب أطفال) is background; the Latin address in "
              "parentheses after the name and the German legal name 'Verein Syrische Diaspora Berlin e.V.' are not "
              "the affiliation as written in the body. 'المائدة المستديرة المواضيعية الأولى' = roundtable 1. The "
              "sender is not the speaker; her out-of-office answers our acknowledgement (h299-06)."))


# ================================================================ 06  EN  auto_reply  the coordinator's German/English out-of-office on our acknowledgement of 05
def m06():
    when = at("2021-01-29 14:13:30")
    ack = ack_mid(M05_QID)
    text = """Vielen Dank für Ihre Nachricht. Ich bin vom 29. Januar bis einschließlich 5. Februar 2021 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@syrische-diaspora-berlin.example.de.

Thank you for your message. I am out of the office from 29 January until 5 February 2021 inclusive, with limited access to e-mail. For urgent matters, please contact info@syrische-diaspora-berlin.example.de.

Rahaf Kassab
Projektkoordinatorin | Project Coordinator
Verein Syrische Diaspora Berlin e.V.
"""
    body = alt(text, "_000_FR2P281MB0342OOF7C1D2E9_", html=outlook_html(text, lang="DE"))
    s = hdr("Automatische Antwort: إشعار استلام - " + M05_SUBJ)
    rows = ooo_rows(when, "mail-fr2deu01on0605.outbound.protection.outlook.example.com", "198.51.100.105",
                    "4DMc2Tb9KqZ6", "Rahaf Kassab <r.kassab@syrische-diaspora-berlin.example.de>",
                    "<FR2P281MB03429A6E2C5B1F47@FR2P281MB0342.DEUP281.PROD.OUTLOOK.example.com>", s,
                    hdr("إشعار استلام - " + M05_SUBJ), M05_ID, ack, "de-DE", (1, 3))
    add(6, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="German Exchange out-of-office ('Automatische Antwort:' before our Arabic acknowledgement subject) in "
              "German then English, answering our acknowledgement of h299-05 46 seconds later; the deadline-like "
              "date '5. Februar 2021' is her return date. Auto-Submitted, null Return-Path. Never acknowledge; "
              "language en as the only one of ar/en/fr it is written in; thread_of null as for dev auto-replies."))


# ================================================================ 07  FR  other  Franco-Lebanese association: activity report 'pour information', questions
def m07():
    when = at("2021-02-01 16:05:10")
    s = "Présentation de l'AFLRE et question sur le rapport volontaire"
    fname = "AFLRE_Rapport_activite_2020.pdf"
    text = """Madame, Monsieur,

L'Association Franco-Libanaise pour le Retour et l'Entraide (AFLRE), 8 rue de la Roquette, 75011 Paris, accompagne depuis 2008 les Libanais de France et les binationaux franco-libanais qui souhaitent s'installer au Liban, ou qui en reviennent. Depuis l'explosion du 4 août, nous recevons surtout des familles qui font le chemin inverse.

Pour vous présenter notre travail, vous trouverez ci-joint notre rapport d'activité 2020. Il ne s'agit pas de notre contribution à l'examen régional : notre rapport volontaire est en cours de rédaction et devrait vous parvenir avant le 16 février.

À ce propos, deux questions :
1. Le rapport volontaire peut-il être rédigé en français, ou faut-il une version anglaise ou arabe ?
2. Existe-t-il un modèle ou un nombre de pages à respecter ?

Avec nos remerciements,

Hélène Abou Jaoudé
Secrétaire générale
AFLRE – Association Franco-Libanaise pour le Retour et l'Entraide
الجمعية الفرنسية اللبنانية للعودة والتعاضد
8, rue de la Roquette – 75011 Paris
"""
    pdf = make_pdf(["AFLRE - Association Franco-Libanaise pour le Retour et l'Entraide", "Rapport d'activite 2020",
                    "1. Vie associative : 312 adherents, 4 salaries, 40 benevoles",
                    "2. Permanences d'accueil (Paris 11e) : 1 146 entretiens",
                    "3. Aide d'urgence apres le 4 aout 2020", "4. Comptes 2020 et budget previsionnel 2021"])
    a = alt(text, "----=_Part_52817_1402934718.1612188306441", html=ox_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "----=_Part_52816_1839027455.1612188306440")
    m = mk(when, sent_at(when, 1, 4), "smtp-out.orange.example.fr", "193.252.22.71", "4DRp4Fw7NcZ0",
           addr("Hélène Abou Jaoudé", "aflre.paris@orange.example.fr", enc="Q"), subj(s),
           "<1846203957.52818.1612188306442@wwinf1p17.orange.example.fr>", body,
           extra=[("X-Mailer", OX), ("X-Originating-IP", "[82.64.118.20]")])
    add(7, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a Franco-Lebanese association sends its 2020 activity report 'pour vous présenter notre travail' and "
              "says in so many words that it is not its contribution ('Il ne s'agit pas de notre contribution à "
              "l'examen régional : notre rapport volontaire est en cours de rédaction'): a PDF called 'Rapport' is "
              "attached but nothing is submitted; two questions (language, template). Address after the name; "
              "Arabic name in the signature. Orange webmail (Open-Xchange), Date in UTC+1."))


# ================================================================ 08  AR  both  Egyptian community association in Milan: DOCX report + open discussion
M08_FILE = "تقرير رابطة الجالية المصرية في لومبارديا - الاستعراض الطوعي 2021.docx"


def m08():
    when = at("2021-02-02 21:18:26")
    s = "التقرير الطوعي لرابطة الجالية المصرية في لومبارديا + ترشيح للنقاش المفتوح"
    text = """السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة،

باسم رابطة الجالية المصرية في لومبارديا (ميلانو - إيطاليا) يسعدنا أن نرسل لحضراتكم تقريرنا الطوعي عن تنفيذ الاتفاق العالمي للهجرة من وجهة نظر المصريين في إيطاليا، في الملف المرفق (Word).

التقرير بيتكلم عن تلات حاجات أساسية: تجديد الباسبورات والأوراق من القنصلية في ميلانو أثناء الإغلاق، وتحويل الفلوس لمصر بعد ما البنوك قفلت حسابات كتير من العمالة غير النظامية، والشباب اللي رجعوا مصر في 2020 ومش لاقيين شغل ولا قادرين يرجعوا إيطاليا.

وكمان بنرشح الأستاذ شريف منصور عبد العال، أمين الصندوق في الرابطة، للمشاركة في النقاش المفتوح خلال مشاورة أصحاب المصلحة يوم 23 فبراير. الأستاذ شريف عايش في ميلانو من 1998 ومعاه الجنسية الإيطالية، وهو اللي بيتابع ملف العائدين مع الجمعيات في الفيوم والغربية.

وتفضلوا بقبول وافر الاحترام،

محمود عبد الغفار
السكرتير العام
رابطة الجالية المصرية في لومبارديا
Associazione della Comunità Egiziana in Lombardia
Via Padova 120, 20127 Milano – Italia
Cell. +39 333 000 0000
"""
    doc = make_docx(["Associazione della Comunita Egiziana in Lombardia - Rapporto volontario / Voluntary GCM review",
                     "1. Consular services in Milan during the lockdown", "2. Remittances and closed bank accounts",
                     "3. Young returnees to Egypt in 2020", "4. Recommendations"])
    a = alt(text, "000000000000a3c71e05ba6d0f42", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M08_FILE)], "000000000000a3c72005ba6d0f44")
    m = mk(when, sent_at(when, 1, 7), "mail-ed1-f48.google.example.com", "192.0.2.48", "4DSx8Lm1ZpZ4",
           "Comunita Egiziana Lombardia <comunita.egiziana.lombardia@gmail.example.com>", hdr(s),
           "<CAJm5Rz8Pq3wK7vN+e2Tb6Xc9sD1fHy4gL0@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("شريف منصور عبد العال", "أمين الصندوق", "رابطة الجالية المصرية في لومبارديا", ["open_discussion"])],
        report_attachments=[M08_FILE],
        notes="both, on time (2 February): an Egyptian community association in Milan sends its report (DOCX, long "
              "Arabic name, RFC 2231 + RFC 2047) and proposes its treasurer for 'النقاش المفتوح خلال مشاورة أصحاب "
              "المصلحة يوم 23 فبراير' = open_discussion. 'الأستاذ' dropped; 'في الرابطة' after the title points back "
              "to the association; '(ميلانو - إيطاليا)' after the name is a place. The signer (السكرتير العام) is "
              "not the speaker; Egyptian colloquial Arabic, Arabic/Italian signature, Gmail base64, UTC+1."))


# ================================================================ 09  FR  both  Brussels returnees' association: PDF report + plenary speaker
M09_ID = "<DB9PR03MB7218E6C4A0B25F91@DB9PR03MB7218.eurprd03.prod.outlook.example.com>"
M09_SUBJ = "AMRF – Rapport volontaire et demande d'intervention en plénière"
M09_QID = "4DTm3Qs5WbZ9"
M09_FILE = "AMRF - Rapport volontaire PMM 2021.pdf"


def m09():
    when = at("2021-02-03 12:44:51")
    text = """Madame, Monsieur,

Au nom de l'Association des Migrants de Retour et de leurs Familles (AMRF), dont le siège est établi Chaussée de Gand 152, 1080 Molenbeek-Saint-Jean (Bruxelles), avec une antenne à Nador, j'ai le plaisir de vous transmettre en pièce jointe notre rapport volontaire sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport s'appuie sur l'accompagnement, depuis 2015, de 380 familles belgo-marocaines rentrées s'installer dans le Rif et l'Oriental, et sur une enquête menée à l'automne 2020 auprès de 112 d'entre elles. Il traite de la réintégration scolaire des enfants, de l'accès aux soins et aux droits sociaux acquis en Belgique, et des retours précipités par la crise sanitaire.

Par ailleurs, nous souhaiterions que M. Driss Amrani, vice-président chargé des relations avec le Maroc, puisse faire une intervention en séance plénière lors de la conférence régionale. M. Amrani, lui-même rentré à Nador en 2017 après trente ans à Bruxelles, coordonne notre antenne marocaine.

Nous vous remercions de l'attention portée à notre demande et vous prions d'agréer, Madame, Monsieur, nos salutations les meilleures.

Fatiha Zeroual
Présidente
Association des Migrants de Retour et de leurs Familles (AMRF)
جمعية المهاجرين العائدين وأسرهم
Chaussée de Gand 152 – 1080 Molenbeek-Saint-Jean – Belgique
Antenne Maroc : Boulevard Mohammed V, Nador
"""
    pdf = rep_pdf("Association des Migrants de Retour et de leurs Familles (AMRF)",
                  "Rapport volontaire - Bruxelles / Nador, fevrier 2021",
                  ["Qui sommes-nous", "Methodologie : 380 familles suivies, enquete aupres de 112",
                   "Scolarite des enfants rentres", "Soins et droits sociaux acquis en Belgique",
                   "Retours precipites par la crise sanitaire", "Recommandations"])
    cid = "image001.png@01D6FA1C.5B3E2D70"
    a = outlook_related(text, "FR-BE", cid, (0, 120, 90), "DB9PR03MB7218E6C4A0B25F91_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M09_FILE)], "_007_DB9PR03MB7218E6C4A0B25F91_")
    m = mk(when, sent_at(when, 1, 10), "mail-db9eur03on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", M09_QID, "Fatiha Zeroual <f.zeroual@amrf-asbl.example.be>", subj(M09_SUBJ), M09_ID,
           body, extra=outlook(subj(M09_SUBJ), "AdbyF3Rt8Wq1Ly5Kx7Mn2Bv4Cz6Pj==", lang="fr-BE", has_attach="yes"))
    add(9, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Driss Amrani", "vice-président chargé des relations avec le Maroc",
           "Association des Migrants de Retour et de leurs Familles (AMRF)", ["plenary"])],
        report_attachments=[M09_FILE],
        notes="both, on time: a Brussels returnees' association sends its PDF report and asks a plenary floor "
              "intervention for its vice-president (named in prose with 'M.', dropped; affiliation only by the "
              "earlier 'Au nom de l'...'). The seat address and 'avec une antenne à Nador' follow the name; the "
              "signature has the Arabic name and two addresses. Inline logo image001.png is not part of the report. "
              "The signer is not the speaker. Outlook, fr-BE, UTC+1. Thanked in h299-10."))


# ================================================================ 10  FR  other  thank-you to our acknowledgement of 09
def m10():
    when = at("2021-02-03 15:20:07")
    ack = ack_mid(M09_QID)
    ack_subj = "Accusé de réception - " + M09_SUBJ
    text = """Bonjour,

Merci beaucoup pour cet accusé de réception rapide. Nous attendons la suite avec intérêt.

Bien cordialement,
Fatiha Zeroual

""" + outlook_quote_head_fr("GCM Regional Review Arab States <gcmrrarabstates@iom.int>",
                            "mercredi 3 février 2021 11:44", "Fatiha Zeroual <f.zeroual@amrf-asbl.example.be>",
                            ack_subj) + "\n" + ack_fr(M09_SUBJ, "votre rapport volontaire et votre demande "
                                                                 "d'intervention") + "\n"
    body = alt(text, "_000_DB9PR03MB72183A9F1C6E04B2_", html=outlook_html(text, lang="FR-BE"))
    m = mk(when, sent_at(when, 1, 6), "mail-db9eur03on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DTs0Hn2KcZ1", "Fatiha Zeroual <f.zeroual@amrf-asbl.example.be>",
           subj("RE: " + ack_subj), "<DB9PR03MB72183A9F1C6E04B2@DB9PR03MB7218.eurprd03.prod.outlook.example.com>",
           body, extra=[("In-Reply-To", ack), ("References", M09_ID + " " + ack)]
           + outlook(subj(ack_subj), "AdbyF3Rt8Wq1Ly5Kx7Mn2Bv4Cz6PjAAB3kQ==", lang="fr-BE"))
    add(10, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 9,
        notes="thank-you answering our acknowledgement of h299-09 (In-Reply-To our acknowledgement, References name "
              "h299-09): adds nothing new, so no acknowledgement. Outlook quote header ('De : / Envoyé : / Objet :', "
              "not '>'-prefixed) whose quoted acknowledgement repeats 'rapport volontaire' and 'demande "
              "d'intervention'."))


# ================================================================ 11  EN  speaker  EMDN replaces its roundtable speaker 'in the same roundtable'
def m11():
    when = at("2021-02-04 09:56:33")
    text = """Dear colleagues,

A quick update on our nominations below. Unfortunately Sara Abdelrahim Osman is no longer available on 24-25 February (which may also explain why your acknowledgement to her address bounced - she has changed provider).

In her place, we would like to propose Yassin Ben Ammar, Policy Officer at the Euro-Mediterranean Diaspora Network (EMDN), for a floor intervention in the same roundtable. Yassin is Belgian-Tunisian and follows our work on return and reintegration in Tunisia and Libya.

Many thanks, and apologies for the change.

Kind regards,
Marwa

""" + M03_SIG + """
From: El-Sayed, Marwa <m.elsayed@emdn.example.eu>
Sent: Wednesday, 27 January 2021 09:30
To: gcmrrarabstates@iom.int
Cc: Sara Abdelrahim Osman <sara.osman@skynet.example.be>
Subject: """ + M03_SUBJ + "\n\n" + M03_TEXT
    cid = "image001.png@01D6FACE.1F7B9A30"
    body = outlook_related(text, "EN-GB", cid, (0, 70, 140), "AM6PR02MB4423C1F8D2706A5E_")
    s = subj("RE: " + M03_SUBJ)
    m = mk(when, sent_at(when, 1, 7), "mail-am6eur02on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4DVd7Nq0HrZ5", addr("El-Sayed, Marwa", "m.elsayed@emdn.example.eu"), s,
           "<AM6PR02MB4423C1F8D2706A5E@AM6PR02MB4423.eurprd02.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID)]
           + outlook(subj(M03_SUBJ), "AdbznQ2Wc8Xv4Lp6Tr1Ks9Mb3Ny7QaAB1xYq==", lang="en-GB"))
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of=H % 3, speakers=[
            sp("Yassin Ben Ammar", "Policy Officer", "Euro-Mediterranean Diaspora Network (EMDN)", ["roundtable"], 4)],
        notes="replacement speaker in an Outlook reply to the network's own h299-03 (In-Reply-To): the roundtable is "
              "given only by reference ('the same roundtable') and resolves to the 4th through the quoted original, "
              "which still carries the old speaker's and the rapporteur's lines (not re-proposed here). 'Belgian-"
              "Tunisian' is nationality, not a title; the bounce (h299-04) is mentioned. Outlook quote header not "
              "'>'-prefixed; on time (4 February)."))


# ================================================================ 12  AR  speaker  Iraqi-Belgian at 22:51 CET on the speaker deadline (23:51 Beirut): on time, no title
def m12():
    when = at("2021-02-05 23:51:18")
    s = "طلب مشاركة كمقررة - ملتقى العراقيين العائدين والمغتربين"
    text = """مساء الخير،

أعتذر على التأخير، هسه انتبهت إنو آخر موعد لطلبات المداخلات هو اليوم.

اسمي زينب كاظم الموسوي، عراقية بلجيكية، وأكتب إليكم باسم ملتقى العراقيين العائدين والمغتربين (بروكسل). الملتقى يجمع عراقيين عايشين بأوروبا وعراقيين رجعوا للعراق بعد 2017، خصوصاً لبغداد والبصرة وأربيل، ونشتغل على مشاكل الوثائق والاعتراف بالشهادات وتسجيل الأطفال اللي انولدوا برّا.

أرغب أن أكون ضمن المقررين الذين سيعرضون الرسائل الرئيسية لأصحاب المصلحة في المؤتمر. شاركت السنة الماضية بالمشاورات الوطنية للجاليات العراقية في أوروبا، وعندي خبرة بصياغة التوصيات.

رقم الواتساب: +32 470 00 00 00

مع التقدير،
زينب

Sent from my Galaxy
"""
    body = alt(text, "000000000000e84b2705baa1c6d3", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 1, 7), "mail-wm1-f53.google.example.com", "192.0.2.53", "4DXq9Rk2MsZ7",
           "Zainab Al-Musawi <zainab.almusawi.bxl@gmail.example.com>", hdr(s),
           "<CAK7pTw3Mx9qL2vR+f6Hn4Bc8sZ1dJy5eW2@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("زينب كاظم الموسوي", None, "ملتقى العراقيين العائدين والمغتربين", ["rapporteur"])],
        notes="deadline edge: Date Fri 5 Feb 22:51 +0100 (Brussels), received 23:51 Beirut time: on time although "
              "she apologises for being late. Self-nomination as rapporteur in words ('ضمن المقررين الذين سيعرضون "
              "الرسائل الرئيسية'); no job title is given ('عراقية بلجيكية' is nationality): title null; '(بروكسل)' "
              "after the name is the city, not part of the affiliation. Iraqi dialect, Gmail on Android, base64, "
              "Latin From name."))


# ================================================================ 13  FR  speaker  Comorian federation at 23:24 CET on 5 February (00:24 Beirut): late
def m13():
    when = at("2021-02-06 00:24:40")
    s = "Demande de prise de parole - UACIF"
    text = """Bonsoir,

Désolé pour l'heure tardive, j'espère que mon message arrive dans les délais (il n'est pas encore minuit à Paris !).

Je soussigné Ahmed Saïd Youssouf, secrétaire général de l'Union des Associations Comoriennes d'Île-de-France (UACIF), 27 rue de Paris, 93100 Montreuil, souhaite prendre la parole lors de la discussion ouverte du 23 février. Si c'est possible, je voudrais aussi faire une courte intervention en plénière le 24 ou le 25.

Les Comores sont membres de la Ligue des États arabes et notre diaspora en France, très nombreuse, est souvent oubliée dans ces discussions. Je voudrais parler des transferts d'argent, qui font vivre une grande partie des familles dans les îles, et du « retour » des jeunes nés en France qui partent s'installer à Moroni.

Merci d'avance,

Ahmed Saïd Youssouf
Secrétaire général – UACIF
Montreuil

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 6), "smtp-out.free.example.fr", "212.27.42.3", "4DXr1Gc5TwZ2",
           addr("Ahmed Saïd Youssouf", "uacif.sg@free.example.fr", enc="Q"), s,
           "<9A3E72C1-5D84-4B0F-8E16-C2F74B9D0A35@free.example.fr>", body, extra=[("X-Mailer", IPHONE)])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Ahmed Saïd Youssouf", "Secrétaire général", "Union des Associations Comoriennes d'Île-de-France (UACIF)",
           ["open_discussion", "plenary"])],
        notes="late by 25 minutes: Date Fri 5 Feb 23:24 +0100 and 'il n'est pas encore minuit à Paris', but received "
              "at 00:24 on 6 February Beirut time, where the deadline is set. Self-nomination ('Je soussigné'), "
              "two roles (discussion ouverte du 23 février + a conditional plenary), street address after the "
              "organisation; title lowercase in the body, capitalised in the signature. iPhone, plain text."))


# ================================================================ 14  EN  other  Libyan-Italian researcher in Milan: are late requests considered at all?
def m14():
    when = at("2021-02-08 13:07:55")
    s = "Late speaker request - is it still possible?"
    text = """Dear GCM Regional Review team,

I'm a Libyan-Italian researcher based in Milan and I only learned about the regional review last week, from a colleague in Tripoli. I see from the invitation letter that requests for speaking roles were due on 5 February.

Before I send anything formal, could you let me know whether late requests are considered at all, for instance if a roundtable still has room? I wouldn't want to clog your inbox with a full request if the list is already closed. If there is any flexibility, I'll send my details and a short proposal right away.

My work is on the return of Libyan professionals who left after 2011 and on dual nationals moving between Italy and Libya, so the third roundtable would be the natural fit - but I'm equally happy to simply follow the discussions.

Thank you, and apologies for the short notice.

Best regards,
Amal Elfitouri

--
Amal Elfitouri, PhD
Postdoctoral Researcher
Istituto di Studi Euromediterranei (ISEM)
Via Conservatorio 7, 20122 Milano
"""
    body = alt(text, "000000000000c61f9a05bae0d1b8", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-ej1-f41.google.example.com", "192.0.2.41", "4DZk6Pv3BnZ8",
           "Amal Elfitouri <amal.elfitouri@gmail.example.com>", s,
           "<CAM2qRx7Tb4nK9wL+c5Zp3Hd8sV1fGy6jM4@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="hard case turning on 'Before I send anything formal, could you let me know whether late requests are "
              "considered at all': a question after the speaker deadline, not a request; she mentions the third "
              "roundtable and has her full name, title and institute in the signature, but proposes nothing yet "
              "('If there is any flexibility, I'll send my details'). Gmail, Date in UTC+1."))


# ================================================================ 15  FR  other  the Paris collective withdraws its speaker request (reply to 01, Cc office)
M15_ID = "<b2d84e17-9c3a-4f61-8e05-7a1c6d92f3b8@cbfa-asso.example.fr>"
M15_SUBJ = "Re: " + M01_SUBJ
M15_QID = "4F0b2Sx8LqZ3"


def m15():
    when = at("2021-02-09 18:33:02")
    text = """Madame, Monsieur,

Je reviens vers vous au sujet de ma demande d'intervention ci-dessous. Je dois malheureusement la retirer : je serai à Alger du 20 au 28 février pour des raisons familiales, avec une connexion trop incertaine pour participer à une table ronde en ligne. Le CBFA ne proposera pas d'autre intervenant·e cette fois-ci.

Notre rapport volontaire, en revanche, est presque prêt et vous parviendra avant le 16 février.

Je mets en copie l'adresse générale du collectif.

Bien cordialement,

""" + M01_SIG + """
Le 25/01/2021 à 10:02, Nadia Kerbouche-Morel a écrit :
""" + gt(M01_TEXT) + "\n"
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 7), "smtp.cbfa-asso.example.fr", "203.0.113.41", M15_QID,
           "Nadia Kerbouche-Morel <nadia.kerbouche@cbfa-asso.example.fr>", subj(M15_SUBJ), M15_ID, body,
           cc="CBFA <contact@cbfa-asso.example.fr>",
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID), ("User-Agent", TB), ("Content-Language", "fr")])
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="withdrawal of the speaker request of h299-01 (Thunderbird reply, In-Reply-To h299-01): 'Je dois "
              "malheureusement la retirer' and no other speaker is proposed, so not a speaker request although the "
              "quoted original (with '>') still asks for 'table ronde thématique n° 2'; a report is only announced. "
              "A person's new information: acknowledge. The collective's office address in Cc answers our "
              "acknowledgement with a vacation message (h299-16)."))


# ================================================================ 16  FR  auto_reply  the collective's office: Sieve vacation, French and Arabic
def m16():
    when = at("2021-02-09 18:33:41")
    ack = ack_mid(M15_QID)
    text = """Bonjour,

Le bureau du Collectif des Binationaux Franco-Algériens est fermé pendant les vacances d'hiver, du 6 au 21 février 2021. Votre message sera traité à notre retour.

Pour une urgence, vous pouvez joindre notre présidente, Nadia Kerbouche-Morel, au +33 6 00 00 00 00.

مكتب الجمعية مغلق من 6 إلى 21 فبراير 2021، وسنرد على رسالتكم بعد عودتنا.

L'équipe du CBFA
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    s = hdr("Auto: Accusé de réception - " + M15_SUBJ, enc="Q")
    rows = std_rows(when, "smtp.cbfa-asso.example.fr", "203.0.113.41", "4F0b3Wd1RmZ6",
                    "CBFA <contact@cbfa-asso.example.fr>", s, rfcdate(sent_at(when, 1, 2)),
                    "<sieve.1612888419.17342.contact@cbfa-asso.example.fr>",
                    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"),
                           ("X-Sieve", "Pigeonhole Sieve 0.5.11")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M15_ID + " " + ack)]
    add(16, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Sieve vacation reply (Auto-Submitted: auto-replied (vacation), Precedence: bulk, null Return-Path, "
              "subject 'Auto: ...') of the collective's office address, Cc'd on h299-15, answering our "
              "acknowledgement 39 seconds later; French then Arabic, names the president with her phone number. "
              "Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 17  EN  report  Berlin returnee entrepreneurs' network: DOCX, laid-out PDF announced
M17_ID = "<F3A81C5D-6E29-4B7D-9C04-2D58E1B7A9F6@nore-network.example.de>"
M17_SUBJ = "Voluntary GCM review report – Network of Returnee Entrepreneurs (NoRE)"
M17_FILE = "NoRE_GCM_Voluntary_Report_2021_text.docx"
M17_SIG = """Dina Haddad
Managing Director | Geschäftsführerin
Network of Returnee Entrepreneurs (NoRE) e.V.
Köpenicker Straße 154, 10997 Berlin
Amman office: Rainbow Street 33, Jabal Amman
"""
M17_TEXT = """Dear Secretariat,

Please find attached the voluntary GCM review report of the Network of Returnee Entrepreneurs (NoRE), Berlin & Amman.

NoRE is a network of about 170 entrepreneurs who studied or worked in Germany and have since set up businesses in Jordan, Lebanon, Iraq and Palestine - or are preparing to. The report looks at what helps and what blocks 'return with a project': recognition of German qualifications back home, access to credit for returnees without a local credit history, double taxation, and the role of dual nationality when things go wrong.

The attached Word file is the complete text. Our designer is still working on a laid-out PDF version with the charts, which we will send before the 16 February deadline; the content will not change.

Best regards,

""" + M17_SIG


def m17():
    when = at("2021-02-10 11:25:19")
    doc = make_docx(["Network of Returnee Entrepreneurs (NoRE) - Voluntary GCM review report 2021",
                     "1. Who we are", "2. Method: survey of 96 members, 14 interviews",
                     "3. Recognition of qualifications", "4. Credit and banking for returnees",
                     "5. Double taxation", "6. Dual nationality and consular protection", "7. Recommendations"])
    a = multi("alternative", [leaf("text/plain", M17_TEXT), leaf("text/html", mac_outlook_html(M17_TEXT))],
              "B_3695625919_1482736015")
    body = multi("mixed", [a, attach(DOCX, doc, M17_FILE)], "B_3695625919_1936458201")
    m = mk(when, sent_at(when, 1, 8), "mail.nore-network.example.de", "203.0.113.88", "4F1c5Hm7VpZ0",
           "Dina Haddad <d.haddad@nore-network.example.de>", subj(M17_SUBJ), M17_ID, body,
           extra=[("Thread-Topic", subj(M17_SUBJ)), ("Thread-Index", "AQHW/3p5Kz8Lq2Mx7TcR4bNv1dWfYg=="),
                  ("Content-Language", "en-US"), ("User-Agent", MAC_OUTLOOK)])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="a Berlin/Amman network of returnee entrepreneurs sends its report as a DOCX and announces a laid-out "
              "PDF with the same content 'before the 16 February deadline' (h299-21). 'NoRE, Berlin & Amman' and "
              "the 'e.V.' + two addresses in the signature; 170 entrepreneurs is background. Outlook for Mac, Date "
              "in UTC+1; no speaker."))


# ================================================================ 18  AR  report  Nador returnees' association: PDF with an Arabic name, Yahoo
M18_ID = "<1287459031.2219874.1613062964511@mail.yahoo.example.com>"
M18_SUBJ = "التقرير الطوعي لجمعية الأمل للمهاجرين العائدين بالناظور"
M18_FILE = "التقرير الطوعي - جمعية الأمل للمهاجرين العائدين.pdf"
M18_TEXT = """السلام عليكم ورحمة الله،

السادة أعضاء أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،

يشرفنا في جمعية الأمل للمهاجرين العائدين بالناظور أن نبعث إليكم تقريرنا الطوعي في الملف المرفق.

جمعيتنا تأسست سنة 2012 على يد مهاجرين رجعوا من هولندا وبلجيكا وإسبانيا، وكتواكب اليوم أكثر من 250 أسرة عائدة في إقليم الناظور والدريوش. التقرير كيتكلم على مشاكل المتقاعدين اللي رجعوا وما زال كيتسناو معاشاتهم من أوروبا، وعلى الولاد اللي تزادو فأوروبا ورجعوا مع والديهم وما كيعرفوش يقراو بالعربية، وعلى العائدين بسبب أزمة كورونا اللي فقدو خدمتهم فإسبانيا.

نتمنى أن يكون التقرير مفيداً لأشغالكم.

والسلام،

عبد الكريم أزواغ
رئيس الجمعية
جمعية الأمل للمهاجرين العائدين – الناظور
Association Al Amal des Migrants de Retour – Nador
حي لعري الشيخ، الناظور 62000 – المغرب
"""


def m18():
    when = at("2021-02-11 20:02:48")
    pdf = rep_pdf("Association Al Amal des Migrants de Retour - Nador", "Rapport volontaire / Voluntary report, 2021",
                  ["Presentation", "Retraites rentres et pensions europeennes", "Enfants nes en Europe et ecole",
                   "Retours lies a la crise du Covid-19", "Recommandations"])
    a = alt(M18_TEXT, "----=_Part_2219873_905318274.1613062964510", html=yahoo_divs(M18_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "----=_Part_2219872_1672043918.1613062964509")
    m = mk(when, sent_at(when, 1, 4), "sonic309-22.consmr.mail.ir2.yahoo.example.com", "198.51.100.209",
           "4F2d8Kw4XbZ2", "Abdelkarim Azouagh <amal.retour.nador@yahoo.example.fr>", hdr(M18_SUBJ), M18_ID, body,
           extra=[("X-Mailer", YAHOO)])
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="a Nador association of returnees from the Netherlands, Belgium and Spain sends its report as a PDF "
              "with an Arabic name (RFC 2231 + RFC 2047); MSA framing with Moroccan darija in the middle paragraph; "
              "signature in Arabic and French with the address after the name. Yahoo, base64, Date in UTC+1 "
              "(Morocco). Followed by 'did you receive it?' (h299-20)."))


# ================================================================ 19  EN  both  Libyan diaspora platform (Brussels): report on time, speaker after 5 February
def m19():
    when = at("2021-02-12 17:45:10")
    s = "LDPE voluntary report + request for our Chair to speak (roundtable 3)"
    fname = "LDPE_Voluntary_GCM_Review_Report_Feb2021.pdf"
    text = """Dear colleagues,

On behalf of the Libyan Diaspora Platform Europe (LDPE), I am pleased to share our voluntary GCM review report, attached as a PDF. It is the result of an online consultation with 240 Libyans living in Belgium, France, Italy, Malta and Germany, many of whom hold a second nationality, and of eleven interviews with people who have gone back to Tripoli, Benghazi and Misrata since 2019.

I realise the deadline for speaking roles was last week, but I would still like to ask, in case there is any room left: our Chair, Dr. Mohamed Fathi Elwarfalli, would very much like to take the floor in roundtable 3. He has led our work on the return of Libyan doctors and engineers since 2016.

Many thanks for considering this.

Warm regards,

Reem Gheriani
Communications and Advocacy Officer
Libyan Diaspora Platform Europe (LDPE)
منصة الجالية الليبية في أوروبا
Avenue de la Toison d'Or 77, 1060 Brussels
"""
    pdf = rep_pdf("Libyan Diaspora Platform Europe (LDPE) - Voluntary GCM review report",
                  "Brussels, February 2021",
                  ["Method: online consultation (240) and eleven interviews", "Dual nationals and consular services",
                   "Returns to Tripoli, Benghazi and Misrata", "Skills of the diaspora", "Recommendations"])
    a = alt(text, "0000000000004e2d8a05bb2f61c7", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "0000000000004e2d8c05bb2f61c9")
    m = mk(when, sent_at(when, 1, 9), "mail-wr1-f52.google.example.com", "192.0.2.52", "4F3f1Zq6NcZ4",
           "Reem Gheriani <ldpe.brussels@gmail.example.com>", s,
           "<CAH8wRn2Vq5tM7xK+b4Lc9Pz1sF6dGy3hT8@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Mohamed Fathi Elwarfalli", "Chair", "Libyan Diaspora Platform Europe (LDPE)", ["roundtable"], 3)],
        report_attachments=[fname],
        notes="both; received 12 February: the report part is on time but the speaker part comes after 5 February "
              "(the sender knows it: 'the deadline for speaking roles was last week'), so on_time is false. 'our "
              "Chair, Dr. ...' gives the title before the name ('Dr.' dropped); affiliation only through 'our' "
              "and the signature. The signer is not the speaker; 240, eleven and 2016 are not event data. Gmail, "
              "UTC+1, Arabic line and Brussels address in the signature."))


# ================================================================ 20  AR  other  Nador association: did you receive our report? (reply to 18)
def m20():
    when = at("2021-02-13 10:14:29")
    text = """السلام عليكم،

صيفطنا لكم التقرير ديالنا نهار الخميس 11 فبراير، ولكن ما توصلناش بحتى شي تأكيد ديال الاستلام. واش وصلكم الملف PDF؟ إلى ما وصلش نعاودو نصيفطوه، ولا نبعثوه بشي طريقة أخرى.

شكراً
عبد الكريم أزواغ
جمعية الأمل للمهاجرين العائدين – الناظور


في الخميس، 11 فبراير 2021، 07:02:44 م غرينتش+1، كتب Abdelkarim Azouagh <amal.retour.nador@yahoo.example.fr>:

""" + gt(M18_TEXT) + "\n"
    body = alt(text, "----=_Part_2461205_338190467.1613204065120", html=yahoo_divs(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 4), "sonic305-19.consmr.mail.ir2.yahoo.example.com", "198.51.100.205",
           "4F3x4Lb9TkZ7", "Abdelkarim Azouagh <amal.retour.nador@yahoo.example.fr>", re_hdr("Re: ", M18_SUBJ),
           "<1563024871.2461206.1613204065121@mail.yahoo.example.com>", body,
           extra=[("In-Reply-To", M18_ID), ("References", M18_ID), ("X-Mailer", YAHOO)])
    add(20, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 18,
        notes="'did you receive it?' in Moroccan darija, a Yahoo reply to the association's own h299-18 (In-Reply-To): "
              "nothing is re-attached and the quoted original still says 'نبعث إليكم تقريرنا الطوعي في الملف "
              "المرفق'; a question, so 'other', acknowledged, thread_of the report."))


# ================================================================ 21  EN  report  NoRE's final laid-out PDF replacing the DOCX of 17
def m21():
    when = at("2021-02-15 16:40:03")
    fname = "NoRE_GCM_Voluntary_Report_2021_FINAL.pdf"
    text = """Dear Secretariat,

As announced, please find attached the final, laid-out version of our voluntary report (PDF). The text is the same as in the Word file we sent on 10 February, with the charts and an executive summary added. Please use this version for the compilation.

Best regards,

""" + M17_SIG + """
From: Dina Haddad <d.haddad@nore-network.example.de>
Date: Wednesday, 10 February 2021 at 10:25
To: "gcmrrarabstates@iom.int" <gcmrrarabstates@iom.int>
Subject: """ + M17_SUBJ + "\n\n" + M17_TEXT
    pdf = rep_pdf("Network of Returnee Entrepreneurs (NoRE) - Voluntary GCM review report 2021 (final)",
                  "Berlin / Amman, February 2021",
                  ["Executive summary", "Who we are", "Recognition of qualifications", "Credit and banking",
                   "Double taxation", "Dual nationality and consular protection", "Recommendations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", mac_outlook_html(text))],
              "B_3696942003_1028374615")
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "B_3696942003_1597302846")
    s = subj("Re: " + M17_SUBJ)
    m = mk(when, sent_at(when, 1, 8), "mail.nore-network.example.de", "203.0.113.88", "4F4g6Rt2WxZ9",
           "Dina Haddad <d.haddad@nore-network.example.de>", s,
           "<0B7E4D92-3A1F-4C68-B5E2-8F19C6A3D704@nore-network.example.de>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID), ("Thread-Topic", subj(M17_SUBJ)),
                  ("Thread-Index", "AQHW/3p5Kz8Lq2Mx7TcR4bNv1dWfYqi6Ln3Q"), ("Content-Language", "en-US"),
                  ("User-Agent", MAC_OUTLOOK)])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 17, report_attachments=[fname],
        notes="final laid-out PDF replacing the DOCX of h299-17 ('Please use this version'), in an Outlook for Mac "
              "reply to the sender's own message (In-Reply-To h299-17) whose quoted original still says 'Please "
              "find attached'; only the new PDF is attached and listed. On time (15 February)."))


# ================================================================ 22  FR  report  Tunisian association in Milan at 22:47 CET on 16 February (23:47 Beirut): on time
def m22():
    when = at("2021-02-16 23:47:21")
    s = "Rapport volontaire – Association des Tunisiens en Lombardie (ATL)"
    fname = "Rapport_volontaire_ATL_2021.pdf"
    text = """Bonsoir,

Il est presque 23 h à Milan et nous finissons à peine : veuillez trouver ci-joint le rapport volontaire de l'Association des Tunisiens en Lombardie (ATL), Viale Monza 45, 20125 Milano.

Le rapport porte sur la situation des Tunisiens d'Italie pendant la pandémie : renouvellement des titres de séjour, emplois perdus dans la restauration et le bâtiment, et surtout les retours, volontaires ou non, vers Sfax, Mahdia et Médenine au printemps 2020. Une partie est consacrée aux jeunes binationaux italo-tunisiens qui « rentrent » dans un pays qu'ils ne connaissent que pendant les vacances.

Merci pour votre travail, et bonne soirée.

Leila Ferchichi
Segretaria generale / Secrétaire générale
Associazione dei Tunisini in Lombardia – Association des Tunisiens en Lombardie (ATL)
جمعية التونسيين بلومبارديا
Viale Monza 45 – 20125 Milano
"""
    pdf = rep_pdf("Association des Tunisiens en Lombardie (ATL) - Rapport volontaire", "Milan, 16 fevrier 2021",
                  ["Titres de sejour pendant la pandemie", "Emplois perdus", "Retours vers la Tunisie au printemps 2020",
                   "Jeunes binationaux italo-tunisiens", "Recommandations"])
    a = alt(text, "0000000000007b1f3c05bb7e92d4", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "0000000000007b1f3e05bb7e92d6")
    m = mk(when, sent_at(when, 1, 10), "mail-ed1-f44.google.example.com", "192.0.2.44", "4F5h9Mc3PdZ1",
           "ATL Milano <atl.lombardia@gmail.example.com>", subj(s),
           "<CAF9nKw4Rz2qL8vT+d5Mb7Xc3sH1gJy6eP9@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="deadline edge the other way: Date Tue 16 Feb 22:47 +0100 ('presque 23 h à Milan'), received 23:47 "
              "Beirut time: on time. Address after the association's name in the body; Italian-French-Arabic "
              "signature; From display name is the association. Gmail."))


# ================================================================ 23  AR  report  Paris Algerian association at 23:12 CET on 16 February (00:12 Beirut): late
def m23():
    when = at("2021-02-17 00:12:09")
    s = "التقرير الطوعي لجمعية الكفاءات الجزائرية في فرنسا - Rapport volontaire ACAF"
    fname = "Rapport ACAF - التقرير الطوعي 2021.pdf"
    text = """السادة المحترمون في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

نرسل إليكم قبل انتهاء الأجل المحدد اليوم 16 فبراير التقرير الطوعي لجمعية الكفاءات الجزائرية في فرنسا (ACAF)، الكائن مقرها في 45 boulevard de Belleville، 75011 باريس.

يتناول التقرير مساهمة الكفاءات الجزائرية المقيمة في فرنسا في التنمية، سواء عبر العودة الدائمة أو ما نسميه «العودة الافتراضية» (التدريس عن بعد في الجامعات الجزائرية، الاستشارات، الاستثمار)، والعقبات التي تواجه مزدوجي الجنسية في الاعتراف بسنوات العمل والشهادات عند العودة.

ورئيس الجمعية مستعد لتقديم عرض موجز عن نتائج التقرير إذا رأت الأمانة ذلك مفيداً.

مع خالص التحية،

مراد بلقاسمي
أمين عام الجمعية | Secrétaire général
Association des Compétences Algériennes de France (ACAF)
جمعية الكفاءات الجزائرية في فرنسا
45, boulevard de Belleville – 75011 Paris
"""
    pdf = rep_pdf("Association des Competences Algeriennes de France (ACAF)", "Rapport volontaire - Paris, fevrier 2021",
                  ["Les competences de la diaspora", "Retour durable et 'retour virtuel'",
                   "Reconnaissance des diplomes et des annees de travail", "Binationaux", "Recommandations"])
    cid = "image001.png@01D704B6.2E9C5A10"
    a = outlook_related(text, "FR", cid, (0, 110, 60), "PR2P264MB0471B3E8D1C6A259_", rtl=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "_007_PR2P264MB0471B3E8D1C6A259_")
    m = mk(when, sent_at(when, 1, 11), "mail-pr2fra01on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", "4F5j2Tn7KwZ6", "Mourad Belkacemi <m.belkacemi@acaf-france.example.fr>", hdr(s),
           "<PR2P264MB0471B3E8D1C6A259@PR2P264MB0471.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(s), "AdcE4Rm7Tq2Xw9Lp5Kz1Nb3Vc8Hy6J==", lang="fr-FR", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late by 12 minutes: 'قبل انتهاء الأجل المحدد اليوم 16 فبراير' and Date Tue 16 Feb 23:12 +0100 "
              "(Paris), but received at 00:12 on 17 February Beirut time. The offer 'رئيس الجمعية مستعد لتقديم عرض "
              "موجز ... إذا رأت الأمانة ذلك مفيداً' names nobody and asks for no role: not 'both'. Arabic body from a "
              "French Outlook (fr-FR), mixed Arabic/French file name and subject, inline logo not part of the "
              "report; Latin address inside the Arabic sentence."))


# ================================================================ 24  AR  other  German-Jordanian returnee in Amman who only wants to attend
def m24():
    when = at("2021-02-18 12:31:46")
    s = "بدي أحضر المؤتمر"
    text = """مرحبا،

أنا اسمي يزن الخوالدة، رجعت على عمّان الصيف الماضي بعد ما عشت 9 سنين بألمانيا (درست هندسة بآخن واشتغلت بشتوتغارت)، ومعي هلأ الجنسيتين الأردنية والألمانية.

شفت على صفحة وحدة من جمعيات المغتربين إنو في مؤتمر إقليمي عن الهجرة يوم 24 و25 شباط. أنا مش تبع أي جمعية ومش رح أحكي ولا عندي تقرير، بس حابب أحضر وأسمع، لأنو تجربة الرجعة كانت أصعب بكثير مما توقعت وحابب أعرف شو الحكي عن الموضوع.

كيف بقدر أسجل؟ وهل في رابط للمتابعة أونلاين؟

شكراً كتير
يزن

Von meinem Samsung Galaxy Smartphone gesendet.
"""
    body = alt(text, "000000000000f5a9d205bb9c3e71", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-pj1-f47.google.example.com", "192.0.2.147", "4F6k7Bq1HsZ3",
           "Yazan Khawaldeh <yazan.khawaldeh@gmail.example.com>", hdr(s),
           "<CAPz6Tq1Lw8mR3xV+g7Kd2Nc5sB9fHy4jE1@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a returnee from Germany with Jordanian and German nationality who only wants to attend ('مش رح أحكي "
              "ولا عندي تقرير'), asking how to register and for an online link; Jordanian dialect, Samsung phone "
              "set to German ('Von meinem Samsung Galaxy Smartphone gesendet'), Latin From name, UTC+2; written "
              "after both deadlines, but 'other' has none."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
