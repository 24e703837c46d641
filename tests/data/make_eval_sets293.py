#!/usr/bin/env python3
"""Write the blind evaluation set holdout293 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets293.py
Theme: busy mailboxes (26 January - 17 February 2021).  Senders who write twice or three times on the same day: an
Amman youth forum's programme manager nominating a colleague in three lines from her iPhone and completing it from
Outlook forty-five minutes later as a new message; a Tripoli association correcting its roundtable and adding a
missing title in a Gmail reply to itself (the Cc'd rapporteur's vacation reply answers our acknowledgement); a Doha
health collaborative sending a plenary request at 23:41 and its completion, with the report, 26 minutes later, after
midnight; a Nador association whose report comes without its file, then with 'Voir pièce jointe', then corrected in
the afternoon while our acknowledgement to its dead mail server sits in the queue (a Postfix delay warning); a Basra
returnees' league sending the report from an iPhone at 22:10 and the annexes at 23:54.  Replies that say little more
than 'see attached' or 'as discussed': a joint report sent as 'Please see attached.' under the secretariat's answer
to the question that opened the exchange, a Kuwaiti society nominating a speaker 'كما اتفقنا هاتفياً' in a
reply-all to an IOM colleague (the copy of our acknowledgement, which quotes the message, comes back from the
speaker's full mailbox in an Arabic Exchange NDR), a Sfax collective sending 'comme convenu' a registration form for
two attendees only.  Calendar replies to the secretariat's speakers' briefing (an Outlook acceptance with no text, a
Google Calendar decline with a question in its note), two list digests (a Sympa digest in French, a Google Groups
digest in Arabic) that mention the review among other news, and a late 'both' from Nouadhibou whose Cc'd speaker
answers with a Zimbra out-of-office.  Helpers from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, POL, addr, alt, at, attach, b_word, dsn_report, esc, flowed, gmail_html, hdr, leaf,
                     make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, serialize, sp, std_rows, top)
from mailgen import DOCX, outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(293)
add = SET.add
H = "h293-%02d.eml"

IPHONE = "iPhone Mail (18C66)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3869)"
UTC = dt.timezone.utc

INVITE_ID = "<briefing.rt.20210218.invite@gcmrrarabstates.iom.int>"
INVITE_SUBJ = "Technical briefing for roundtable speakers - GCM Regional Review, Arab States"
INVITE_UID = "040000008200E00074C5B7101A82E00800000000D4A7C2F1B9FCD60100000000000000001000000093B1E5D7C2A84F6E9B0D3A5C7E1F2B48"


def apple_html(text):
    inner = "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">')
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def android_outlook_html(text):
    inner = "".join('<div dir="ltr">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto" style="font-family: Calibri, sans-serif; font-size: 11pt;">%s</div></body></html>\n'
            % inner)


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>' % inner)


def ics_fold(text):
    """iCalendar content lines folded at 75 octets (continuation lines start with a space)."""
    out = []
    for line in text.strip("\n").split("\n"):
        cur, n = "", 0
        for ch in line:
            b = len(ch.encode("utf-8"))
            if n + b > 75:
                out.append(cur)
                cur, n = " ", 1
            cur += ch
            n += b
        out.append(cur)
    return "\n".join(out) + "\n"


def ar_digits(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def robot_rows(when, host, ip, qid, frm, subject, mid, delay, extra=None, irt=None, refs=None):
    """Headers of a machine answer: null Return-Path, the sender's Date, optional In-Reply-To/References."""
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(sent_at(when, *delay)), mid, extra=extra, ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    if irt:
        rows.append(("In-Reply-To", irt))
    if refs:
        rows.append(("References", refs))
    return rows


# ================================================================ 01  EN  speaker  Amman youth forum: three lines from an iPhone, no title, no roundtable number
M01_ID = "<7C41E2B9-05D3-4F8A-9B6E-2A1D8F3C5E70@lymf.example.org>"
M01_SUBJ = "Speaker nomination"


def m01():
    when = at("2021-01-26 09:41:17")
    text = """Dear GCM team,

Quick note from my phone so it doesn't slip: LYMF would like to nominate Yara Dabbas to speak in one of the thematic roundtables. I'll send her title and the roundtable we prefer from my laptop later today.

Thanks!
Mira

Sent from my iPhone
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail-5E2C90A7-41B3-4D6F-8A1C-93E7B0D2F465")
    m = mk(when, sent_at(when, 2, 7), "mail-eopbgr80091.outbound.protection.outlook.example.com", "198.51.100.91",
           "4DQ3kT7bLzz4", "Mira Saleh <mira.saleh@lymf.example.org>", M01_SUBJ, M01_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Yara Dabbas", None, "LYMF", ["roundtable"])],
        notes="first of two messages the same morning: a three-line iPhone note that nominates a named person 'to "
              "speak in one of the thematic roundtables' and promises the title and the roundtable later. It is a "
              "speaker request as it stands (name given, role = roundtable, number null, title null); the only "
              "affiliation written is the acronym 'LYMF' (the expansion is only in the domain), so that is "
              "recorded. The sender (Mira) is not the speaker. Completed 46 minutes later by a new message, not a "
              "reply (h293-02). Date UTC+2 (Amman)."))


# ================================================================ 02  EN  speaker  the same sender completes it from Outlook as a NEW message (no In-Reply-To)
def m02():
    when = at("2021-01-26 10:27:03")
    subj = "Speaker nomination - Yara Dabbas (LYMF) - Roundtable 2"
    text = """Dear colleagues,

Further to my short email from my phone this morning, please find below the complete details of our nominee. Please use these rather than the first message.

Name: Yara Dabbas
Title: Regional Programme Coordinator, Youth Mobility
Organisation: Levant Youth Mobility Forum (LYMF)
Session: Thematic Roundtable 2 (floor intervention)

Yara leads our work with young Syrian, Iraqi and Jordanian graduates who leave for the Gulf on short contracts, and she coordinated our 2020 tracer study of 410 returnees. She is copied on this email.

Kind regards,

Mira Saleh
Partnerships Manager | Levant Youth Mobility Forum (LYMF)
Jabal Al Weibdeh, Amman 11191, Jordan
T +962 6 000 0000 | www.lymf.example.org

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. LYMF does not accept liability for any views expressed that are not those of the organisation.
"""
    cid = "image001.png@01D6F3C8.4B2E7A10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (200, 90, 20))], "_004_VI1PR02MB4390C5A7E21D9F83_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR02MB4390C5A7E21D9F83_")
    m = mk(when, sent_at(when, 2, 8), "mail-eopbgr80092.outbound.protection.outlook.example.com", "198.51.100.92",
           "4DQ4rM2vXzz1", "Mira Saleh <mira.saleh@lymf.example.org>", subj,
           "<VI1PR02MB4390C5A7E21D9F83@VI1PR02MB4390.eurprd02.prod.outlook.example.com>", body,
           cc="Yara Dabbas <yara.dabbas@lymf.example.org>",
           extra=outlook(subj, "AdbzvE1Tq7Gk3Lm9Nw5Px2Rb8Sy4Zc==", lang="en-GB"))
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of=H % 1,
        speakers=[sp("Yara Dabbas", "Regional Programme Coordinator, Youth Mobility",
                     "Levant Youth Mobility Forum (LYMF)", ["roundtable"], 2)],
        notes="completes h293-01 ('Further to my short email from my phone this morning ... use these rather than "
              "the first message') as a NEW Outlook message with a new subject and no In-Reply-To/References: the "
              "link is the same sender, the same day and that sentence, so thread_of h293-01. Labelled lines; the "
              "title contains a comma and is kept whole; 'Thematic Roundtable 2'. The signature (Partnerships "
              "Manager) is the sender's, not the speaker's; 2020, 410 returnees and the disclaimer are noise; "
              "inline logo. The speaker, in Cc, later accepts the secretariat's briefing invitation (h293-17)."))


# ================================================================ 03  FR  other  Sympa digest of a Maghreb migration list, the review is one item among five
def m03():
    when = at("2021-01-28 07:00:12")
    lst = "migrations-maghreb@listes.rmtm.example.org"
    text = """Compilation de la liste migrations-maghreb
Réseau Migrations et Territoires au Maghreb (RMTM)

Sommaire :
  1. Séminaire « Mobilités et frontières » – Tunis, 11-12 mars (Leïla Ferchichi)
  2. Examen régional du Pacte mondial – rappel des dates (Olivier Marchal)
  3. Re: Examen régional du Pacte mondial – rappel des dates (Nadia Zerrouki)
  4. Offre de stage – observatoire des migrations, Rabat (Hicham Alaoui)
  5. Parution : Cahiers des migrations n° 14 (Secrétariat RMTM)

----------------------------------------------------------------------

Date:    Wed, 27 Jan 2021 09:14:22 +0100
De:      Leïla Ferchichi <l.ferchichi@univ-tunis.example.tn>
Objet:   Séminaire « Mobilités et frontières » – Tunis, 11-12 mars

Chères et chers collègues,

Le séminaire annuel du laboratoire se tiendra en ligne les 11 et 12 mars. L'appel à communications est ouvert jusqu'au 15 février (résumé d'une page).

Leïla

------------------------------

Date:    Wed, 27 Jan 2021 11:02:48 +0100
De:      Olivier Marchal <olivier.marchal@cimade-sud.example.fr>
Objet:   Examen régional du Pacte mondial – rappel des dates

Bonjour à toutes et à tous,

Pour celles et ceux qui l'auraient manquée, la lettre d'invitation à l'examen régional du Pacte mondial pour les migrations (région arabe) indique :
- rapports volontaires, individuels ou collectifs : à envoyer à gcmrrarabstates@iom.int avant le mardi 16 février 2021 (délai prolongé) ;
- demandes de prise de parole (discussion ouverte du 23 février, rapporteur, intervention en plénière ou dans l'une des quatre tables rondes thématiques des 24 et 25 février) : à la même adresse avant le vendredi 5 février 2021, avec le nom, la fonction et l'organisation de la personne.

Bonne journée,
Olivier

------------------------------

Date:    Wed, 27 Jan 2021 16:37:05 +0100
De:      Nadia Zerrouki <nadia.zerrouki@oriental-solidaire.example.ma>
Objet:   Re: Examen régional du Pacte mondial – rappel des dates

Merci Olivier. Chez nous, nous pensons proposer notre présidente pour la table ronde 2 et envoyer un rapport collectif ; si d'autres associations de l'Oriental veulent s'y associer, écrivez-moi hors liste.

Nadia

------------------------------

Date:    Wed, 27 Jan 2021 18:20:11 +0100
De:      Hicham Alaoui <h.alaoui@omr.example.ma>
Objet:   Offre de stage – observatoire des migrations, Rabat

Stage de six mois (master 2, sociologie ou droit), à partir d'avril. Fiche de poste sur demande.

------------------------------

Date:    Wed, 27 Jan 2021 21:05:40 +0100
De:      Secrétariat RMTM <secretariat@rmtm.example.org>
Objet:   Parution : Cahiers des migrations n° 14

Le numéro 14 des Cahiers, consacré aux mineurs non accompagnés, est en ligne sur le site du réseau.

----------------------------------------------------------------------
Fin de la compilation migrations-maghreb
Pour vous désabonner : mailto:sympa@listes.rmtm.example.org?subject=unsubscribe%20migrations-maghreb
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    extra = [("List-Id", "<migrations-maghreb.listes.rmtm.example.org>"),
             ("List-Unsubscribe", "<mailto:sympa@listes.rmtm.example.org?subject=unsubscribe%20migrations-maghreb>"),
             ("List-Post", "<mailto:%s>" % lst), ("Precedence", "list"), ("X-Loop", lst),
             ("X-Sympa-To", "gcmrrarabstates@iom.int")]
    m = mk(when, sent_at(when, 1, 25), "listes.rmtm.example.org", "203.0.113.38", "4DR8fW1cQzz6",
           "migrations-maghreb <%s>" % lst, hdr("Compilation de la liste migrations-maghreb (n° 2021-07)", enc="Q"),
           "<sympa.1611813587.digest.migrations-maghreb@listes.rmtm.example.org>", body, to=lst, extra=extra,
           ret="migrations-maghreb-owner@listes.rmtm.example.org")
    add(3, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        notes="Sympa plain-text digest of a research/NGO list the review address is subscribed to (Precedence: list, "
              "List-Id, X-Loop, To: the list): the review is one item among five. One post restates both deadlines, "
              "the four roles and 'nom, fonction et organisation'; a reply says 'nous pensons proposer notre "
              "présidente pour la table ronde 2 et envoyer un rapport collectif' without naming anyone or sending "
              "anything. List mail: other, never acknowledged."))


# ================================================================ 04  AR  speaker  Tripoli association, Lebanese dialect: two speakers, one without title
M04_ID = "<CAJ8v2Rm5Xq0Lp7Tn3Wc9Bd6Hf1Ks4Gy8Zu@mail.gmail.example.com>"
M04_SUBJ = "ترشيح من جمعية سنديان"
M04_TEXT = """مرحبا،

حابين نرشّح من جمعيتنا الأستاذ وسيم خضر، منسق برنامج سبل العيش في جمعية سنديان للتنمية - طرابلس، لمداخلة بالمائدة المستديرة التانية.

ومنرشّح كمان زميلتنا ليال عيسى كمقرّرة.

شكراً كتير،
رنا
"""


def m04():
    when = at("2021-01-31 11:20:08")
    body = alt(M04_TEXT, "0000000000007a3e9105ba2c41d8", html=gmail_html(M04_TEXT, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-qt1-f172.google.example.com", "192.0.2.172", "4DTm9Xc35Hz2",
           "Rana Halabi <rana.halabi@sindyan.example.org>", hdr(M04_SUBJ), M04_ID, body)
    sind = "جمعية سنديان للتنمية"
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وسيم خضر", "منسق برنامج سبل العيش", sind, ["roundtable"], 2),
        sp("ليال عيسى", None, sind, ["rapporteur"])],
        notes="short first message in Lebanese Arabic ('حابين نرشّح', 'التانية', 'منرشّح كمان'), corrected 1 h 42 "
              "later by a reply to itself (h293-05). As written here: 'الأستاذ' dropped, '- طرابلس' is the city, "
              "'المائدة المستديرة التانية' = roundtable 2 (dialect spelling of الثانية), the second person has no "
              "title ('زميلتنا' is not one) and her affiliation is the same association ('زميلتنا'); 'كمقرّرة' = "
              "rapporteur. Signed with a first name only. Gmail on a Workspace domain, base64; Date UTC+2."))


# ================================================================ 05  AR  speaker  the same sender corrects it (roundtable 4, missing title) in a Gmail reply to herself
M05_ID = "<CAJ8v2Rk1Wn6Tq3Lp9Xc4Bd7Hf2Ms5Gy0Zv@mail.gmail.example.com>"
M05_QID = "4DTp2Lf80Wz7"
M05_SUBJ = "Re: " + M04_SUBJ


def m05():
    when = at("2021-01-31 13:02:10")
    text = """عفواً على الرسالتين بنفس النهار 🙏

بعتت الرسالة الأولى من التلفون على السريع وطلع فيها غلطة: المائدة المستديرة يلي بدنا ياها لوسيم هي الرابعة مش التانية، ونسيت إكتب صفة ليال. هيدي المعلومات الكاملة والصحيحة، اعتمدوها بدل الأولى:

١- وسيم خضر - منسق برنامج سبل العيش - جمعية سنديان للتنمية المجتمعية - مداخلة في المائدة المستديرة الرابعة
٢- ليال عيسى - مسؤولة المناصرة والتواصل - جمعية سنديان للتنمية المجتمعية - مقرّرة (تقديم الرسائل الرئيسية)

ليال معنا بالنسخة.

رنا الحلبي
أمينة السر
جمعية سنديان للتنمية المجتمعية
طرابلس - لبنان
+961 6 000 000

في الأحد، ٣١ يناير ٢٠٢١ في ١١:٢٠ ص، كتب Rana Halabi <rana.halabi@sindyan.example.org>:

""" + gt(M04_TEXT) + "\n"
    body = alt(text, "000000000000c41f6e05ba2dab92", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-qt1-f178.google.example.com", "192.0.2.178", M05_QID,
           "Rana Halabi <rana.halabi@sindyan.example.org>", re_hdr("Re: ", M04_SUBJ), M05_ID, body,
           cc=addr("ليال عيسى", "layal.issa@sindyan.example.org"),
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID)])
    sind = "جمعية سنديان للتنمية المجتمعية"
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, thread_of=H % 4,
        speakers=[sp("وسيم خضر", "منسق برنامج سبل العيش", sind, ["roundtable"], 4),
                  sp("ليال عيسى", "مسؤولة المناصرة والتواصل", sind, ["rapporteur"])],
        notes="correction of h293-04 by a Gmail reply to her own message (In-Reply-To h293-04), the same day: the "
              "roundtable changes from 2 to 4 ('الرابعة مش التانية') and the rapporteur's missing title is added; "
              "both speakers are restated in dash lines with Arabic-Indic numbering and the association's full "
              "name, so both are recorded with the corrected values. The '>'-quoted original still says "
              "'التانية' and the short name. 'تقديم الرسائل الرئيسية' confirms rapporteur. The rapporteur is in Cc "
              "and her vacation reply answers our acknowledgement (h293-06). Emoji; base64."))


# ================================================================ 06  AR  auto_reply  the Cc'd rapporteur's vacation reply to our acknowledgement of 05
def m06():
    when = at("2021-01-31 13:02:51")
    ack = ack_mid(M05_QID)
    text = """شكراً على رسالتك.

أنا في إجازة حتى يوم الاثنين 8 شباط 2021 ولن أتمكن من الاطلاع على بريدي بانتظام. للأمور العاجلة يمكنكم التواصل مع رنا الحلبي على العنوان rana.halabi@sindyan.example.org.

Thank you for your email. I am on leave until Monday 8 February 2021 with limited access to email.

ليال عيسى
مسؤولة المناصرة والتواصل
جمعية سنديان للتنمية المجتمعية
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = hdr("رد تلقائي: إشعار استلام - " + M05_SUBJ)
    rows = robot_rows(when, "mail.sindyan.example.org", "203.0.113.61", "4DTp3Qa12Nz5",
                      addr("ليال عيسى", "layal.issa@sindyan.example.org"), subj,
                      "<sieve-vacation.1612090970.7731@mail.sindyan.example.org>", (2, 3),
                      extra=[("Auto-Submitted", "auto-replied (vacation)"), ("X-Autoreply", "yes")],
                      irt=ack, refs=M05_ID + " " + ack)
    add(6, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Sieve vacation reply of the rapporteur proposed in h293-05 (she was in Cc), 41 seconds after our "
              "acknowledgement (In-Reply-To our acknowledgement, References h293-05): signed with her name, the "
              "title and the association exactly as in the nomination, and it names a colleague with her address, "
              "so it looks like a speaker's message. Auto-Submitted: auto-replied (vacation), X-Autoreply, null "
              "Return-Path. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 07  EN  other  joint report by three organisations: three questions
M07_ID = "<CAMx4Tq8Rv2Wn7Lc5Bz9Pd3Hk6Js1Gf0Ye@mail.gmail.example.com>"
M07_SUBJ = "Joint voluntary report by three organisations - a few questions"
M07_TEXT = """Dear Secretariat,

I coordinate the Sudanese Women Migrant Workers Network (SWMN). Together with Al-Kafala Dialogue (AKD) in Beirut and the Tadamon Workers' Association (TWA) in Amman we are writing one joint voluntary GCM review report, and before we finalise it we have three questions:

1. Can one report be submitted jointly, in the name of the three organisations, or should each of us send it separately?
2. Is there a page limit or a template we should follow?
3. We have an annex of anonymised case summaries (about 40 pages). Should it go in the same email as the report, or separately?

We are not planning to ask for a speaking slot this time.

Many thanks,
Hana Yousif
Coordinator, Sudanese Women Migrant Workers Network (SWMN)
Riyadh / Khartoum
"""


def m07():
    when = at("2021-02-02 15:20:44")
    body = alt(M07_TEXT, "000000000000e5a1c805ba4f7b36", html=gmail_html(M07_TEXT))
    m = mk(when, sent_at(when, 3, 9), "mail-ed1-f45.google.example.com", "192.0.2.45", "4DVx6Hn29Tz3",
           "Hana Yousif <hana.yousif.swmn@gmail.example.com>", M07_SUBJ, M07_ID, body)
    add(7, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions before a joint report (joint submission? template or page limit? annex in the same email?): "
              "full of 'voluntary GCM review report', three organisations with acronyms and a signature title, but "
              "nothing is sent and 'We are not planning to ask for a speaking slot'. Acknowledged (a person's "
              "question). Opens the exchange that ends with the report sent as 'Please see attached.' under the "
              "secretariat's answer (h293-19). Gmail, Date UTC+3 (Riyadh)."))


# ================================================================ 08  AR  speaker  Kuwaiti society: 'كما اتفقنا هاتفياً' in a reply-all to an IOM colleague
M08_ID = "<DB9PR03MB7340A6E1C8F24B57@DB9PR03MB7340.eurprd03.prod.outlook.example.com>"
M08_QID = "4DWk1Pz63Rz8"
M08_SUBJ = "RE: الاستعراض الإقليمي للاتفاق العالمي للهجرة - ترشيح مشارك"
M08_NEW = """الأخت الكريمة ديما،
تحية طيبة وبعد،

كما اتفقنا في المكالمة الهاتفية صباح اليوم، نؤكد لكم ترشيح الجمعية للدكتور فهد بدر الرشيدي، رئيس لجنة الرصد والتوثيق في الجمعية، للمشاركة في النقاش المفتوح للتشاور متعدد أصحاب المصلحة يوم الثلاثاء 23 فبراير.

ونرجو التكرم بإرسال رابط المشاركة إلى بريده الإلكتروني المذكور في النسخة.

مع خالص التحية والتقدير،

منيرة عبدالله السالم
مديرة المكتب التنفيذي
الجمعية الكويتية لحقوق العمالة الوافدة
الكويت - هاتف: 00965 2200 0000
"""
M08_CC = "fahad.alrashidi@kswmw.example.org.kw"


def m08():
    when = at("2021-02-04 12:35:29")
    quoted = """من: ديما نصرالله <dima.nasrallah@iom.example.int>
تاريخ الإرسال: الخميس، 4 فبراير 2021 10:52 ص
إلى: منيرة عبدالله السالم <m.alsalem@kswmw.example.org.kw>
الموضوع: الاستعراض الإقليمي للاتفاق العالمي للهجرة - ترشيح مشارك

الأستاذة منيرة المحترمة،

شكراً على المكالمة. كما ذكرت لكِ، يرجى إرسال اسم المرشح ومسماه الوظيفي والجهة التي ينتمي إليها إلى العنوان gcmrrarabstates@iom.int قبل يوم الجمعة 5 فبراير 2021، مع تحديد الدور المطلوب: المشاركة في النقاش المفتوح (23 فبراير)، أو دور المقرر، أو مداخلة في الجلسة العامة أو في إحدى الموائد المستديرة المواضيعية الأربع (24-25 فبراير).

مع التحية،
ديما نصرالله
المنظمة الدولية للهجرة
"""
    text = M08_NEW + "\n" + quoted
    html = outlook_html(M08_NEW, lang="AR-KW", rtl=True).replace(
        "</div></body>", '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        + "".join('<p class="MsoNormal" dir="rtl">%s</p>' % esc(x) for x in quoted.split("\n") if x)
        + "</div></div></body>")
    body = alt(text, "_000_DB9PR03MB7340A6E1C8F24B57_", html=html, b64=True)
    ref = "<DB8PR09MB3420E2D7A41C9B65@DB8PR09MB3420.eurprd09.prod.outlook.example.com>"
    m = mk(when, sent_at(when, 3, 10), "mail-db9eur03on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", M08_QID, addr("منيرة عبدالله السالم", "m.alsalem@kswmw.example.org.kw"),
           hdr(M08_SUBJ), M08_ID, body,
           cc="Dima Nasrallah <dima.nasrallah@iom.example.int>, "
              "Fahad Al-Rashidi <%s>" % M08_CC,
           extra=[("In-Reply-To", ref), ("References", ref)]
           + outlook(hdr(M08_SUBJ), "AQHW+uB2Kp7Lm3Nq9Rt5Vx1Zb4Dc8Fg6AAe4Qw2=", lang="ar-KW"))
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فهد بدر الرشيدي", "رئيس لجنة الرصد والتوثيق", "الجمعية الكويتية لحقوق العمالة الوافدة",
           ["open_discussion"])],
        notes="reply-all ('RE:') to an IOM colleague's email, with the review address in To: the new text starts "
              "'كما اتفقنا في المكالمة الهاتفية صباح اليوم' and is addressed to the colleague, but it is the "
              "nomination the colleague asked for. 'الدكتور' dropped; 'في الجمعية' refers to the society named in "
              "full only in the signature; 'النقاش المفتوح للتشاور متعدد أصحاب المصلحة' = open discussion. The "
              "quoted colleague's mail lists every role and the deadline (decoys). In-Reply-To names a message "
              "outside the set: thread_of null. The sender is not the speaker; the copy of our acknowledgement to "
              "the speaker's Cc'd mailbox bounces (h293-09). Outlook, base64, Date UTC+3."))


# ================================================================ 09  AR  bounce  Arabic Exchange NDR: the speaker's mailbox is full; our acknowledgement, which quotes 08, returned whole
def m09():
    when = at("2021-02-04 12:36:14")
    ack = ack_mid(M08_QID)
    ack_sent = at("2021-02-04 12:35:41")
    ack_subj = "إشعار استلام - " + M08_SUBJ
    ack_text = """السيدة/السيد المحترم،

تؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (الدول العربية) استلام رسالتكم «%s» بتاريخ 4 فبراير 2021 الساعة 12:35 بتوقيت بيروت، وطلب المشاركة بكلمة الوارد فيها. سيتم التواصل معكم بشأن برنامج الجلسات.

هذه رسالة آلية، يرجى عدم الرد عليها.

الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية
gcmrrarabstates@iom.int

-------- نص رسالتكم --------
%s
""" % (M08_SUBJ, gt(M08_NEW))
    inner = top(leaf("text/plain", ack_text, "utf-8", "base64"), [
        ("Return-Path", "<gcmrrarabstates@iom.int>"),
        ("Received", "from mx1.iom.int (mx1.iom.int [192.0.2.10])\r\n\tby mail.kswmw.example.org.kw "
                     "(EXCH01.kswmw.example.org.kw) with Microsoft SMTP Server id 15.1.2176.2;\r\n\t%s"
                     % rfcdate(tz_(ack_sent, 3))),
        ("From", "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"),
        ("To", addr("منيرة عبدالله السالم", "m.alsalem@kswmw.example.org.kw")),
        ("Cc", "Dima Nasrallah <dima.nasrallah@iom.example.int>, Fahad Al-Rashidi <%s>" % M08_CC),
        ("Subject", hdr(ack_subj)), ("Date", rfcdate(ack_sent)), ("Message-ID", ack),
        ("In-Reply-To", M08_ID), ("References", M08_ID), ("Auto-Submitted", "auto-replied")])
    inner_txt = serialize(inner).decode("ascii").replace("\r\n", "\n")
    notice = """تعذر تسليم رسالتك إلى %s

صندوق بريد المستلم ممتلئ ولا يمكنه قبول رسائل جديدة في الوقت الحالي. حاول إعادة إرسال الرسالة لاحقاً، أو اتصل بالمستلم مباشرة.

معلومات تشخيصية للمسؤولين:

Generating server: EXCH01.kswmw.example.org.kw

%s
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

الرسالة الأصلية مرفقة.
""" % (M08_CC, M08_CC)
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl"><p><b><font color="#000066" size="3" face="Arial">تعذر تسليم رسالتك إلى %s</font></b>'
            '</p><p>صندوق بريد المستلم ممتلئ ولا يمكنه قبول رسائل جديدة في الوقت الحالي. حاول إعادة إرسال الرسالة '
            'لاحقاً، أو اتصل بالمستلم مباشرة.</p><p dir="ltr"><b>Diagnostic information for administrators:</b><br>'
            'Generating server: EXCH01.kswmw.example.org.kw<br>%s<br>Remote Server returned \'554 5.2.2 mailbox '
            'full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\'</p>'
            '<p>الرسالة الأصلية مرفقة.</p></body></html>\n' % (M08_CC, M08_CC))
    p1 = alt(notice, "_000_EXCH01kswmwexampleorgkw_", html=html, b64=True)
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for b in ["Reporting-MTA: dns;EXCH01.kswmw.example.org.kw\nReceived-From-MTA: dns;mx1.iom.int\n"
              "Arrival-Date: %s\n" % rfcdate(ack_sent.astimezone(UTC) + dt.timedelta(seconds=3)),
              "Original-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException."
              "MapiExceptionShutoffQuotaExceeded\n" % (M08_CC, M08_CC)]:
        p2.attach(Parser(policy=POL).parsestr(b, headersonly=True))
    p3 = Message(policy=POL)
    p3["Content-Type"] = "message/rfc822"
    p3.attach(Parser(policy=POL).parsestr(inner_txt))
    body = multi("report", [p1, p2, p3], "_004_EXCH01kswmwexampleorgkw_", params=[("report-type", "delivery-status")])
    subj = hdr("غير قابل للتسليم: " + ack_subj)
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mail.kswmw.example.org.kw (mail.kswmw.example.org.kw [203.0.113.84])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4DWk2Cv07Bz1\r\n\tfor <gcmrrarabstates@iom.int>; %s"
                         % rfcdate(when, "EET")),
            ("From", "Microsoft Outlook\r\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kswmw.example.org.kw>"),
            ("To", "gcmrrarabstates@iom.int"), ("Date", rfcdate((when - dt.timedelta(seconds=4)).astimezone(UTC))),
            ("Subject", subj),
            ("Message-ID", "<8c2f1e7a40b94d5fa3e6b1c9d0a27e54@EXCH01.kswmw.example.org.kw>"),
            ("In-Reply-To", ack), ("References", ack), ("Content-Language", "ar-KW"),
            ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-Has-Attach", "yes"),
            ("X-MS-TNEF-Correlator", "")]
    add(9, when, top(body, rows), dict(category="bounce", language="ar", acknowledge=False, on_time=None,
        notes="Arabic-localised Exchange NDR (multipart/report: base64 text+HTML notice, delivery-status 5.2.2 "
              "mailbox full, and the WHOLE returned acknowledgement as message/rfc822) for the copy of our "
              "acknowledgement of h293-08 sent to the speaker's Cc'd mailbox. The returned acknowledgement says "
              "'طلب المشاركة بكلمة' and quotes the original message, so the speaker's name, title, society and "
              "'النقاش المفتوح' all appear inside: still a bounce, never acknowledged; thread_of null as for dev "
              "bounces."))


def tz_(d, hours):
    return d.astimezone(dt.timezone(dt.timedelta(hours=hours)))


# ================================================================ 10  FR  other  'Comme convenu': a registration form for two attendees only, on the speaker deadline day
def m10():
    when = at("2021-02-05 16:10:37")
    subj = "Consultation du 23 février – fiche d'inscription RSAE (comme convenu)"
    fname = "Fiche_inscription_participants_RSAE.pdf"
    text = """Bonjour,

Comme convenu lors de notre échange téléphonique de ce matin avec M. Anis Boukadida (OIM Tunis), veuillez trouver ci-joint la fiche d'inscription de nos deux participants à la consultation multipartite du 23 février.

Ils y assisteront en tant que simples participants, sans prise de parole. Notre rapport volontaire vous parviendra avant le 16 février.

Bien cordialement,

Imen Ghorbel
Chargée de communication
Réseau Sfaxien d'Accueil et d'Entraide (RSAE)
Sfax – Tunisie
"""
    pdf = make_pdf(["Fiche d'inscription - Consultation multipartite du 23 fevrier 2021",
                    "Organisation : Réseau Sfaxien d'Accueil et d'Entraide (RSAE)",
                    "1. Aminata Diallo - benevole, permanence juridique - participante",
                    "2. Walid Trabelsi - tresorier - participant",
                    "Participation : en ligne, sans prise de parole"])
    a = alt(text, "=_4f1c2a7e-9b3d-4c60-8e15-a2d7b9f03c41", html=zimbra_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "=_9a0e5d3b-17c4-4f2a-b6d8-3e51c7a9f026")
    m = mk(when, sent_at(when, 1, 6), "zimbra.topnet.example.tn", "41.229.14.77", "4DXr5Gm41Kz0",
           "Imen Ghorbel <imen.ghorbel@rsae-sfax.example.tn>", hdr(subj, enc="Q"),
           "<1284467031.2201873.1612534231547.JavaMail.zimbra@rsae-sfax.example.tn>", body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "x3WpQ0Ke7Bz5Lm1Rt8Yc2Vn6Jd4Fh9==")])
    add(10, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="'Comme convenu' with an IOM colleague by phone, a PDF attached on the speaker-deadline day, but the "
              "PDF is a registration form for two attendees and the one sentence that decides says 'en tant que "
              "simples participants, sans prise de parole'; the report is only announced ('vous parviendra avant le "
              "16 février'). Not a speaker request, not a report: other, acknowledged. 'M. Anis Boukadida (OIM "
              "Tunis)' is the IOM contact. Zimbra webmail, Date UTC+1."))


# ================================================================ 11  EN  speaker  Doha health alliance: 23:41 from Outlook for Android, details 'shortly'
M11_ID = "<AM0PR03MB6172E4B9A1C05D38@AM0PR03MB6172.eurprd03.prod.outlook.example.com>"
M11_SUBJ = "Speaking role request - DMHC"
M11_TEXT = """Dear Secretariat,

Just before the deadline: the Doha Migrant Health Collaborative would like to request a speaking role in the plenary for our Executive Director, Dr. Amal Rashid Al-Mannai. I will send her full details and our voluntary report from my laptop shortly.

Regards,
Tariq

Get Outlook for Android
"""


def m11():
    when = at("2021-02-05 23:41:52")
    body = alt(M11_TEXT, "_000_AM0PR03MB6172E4B9A1C05D38_", html=android_outlook_html(M11_TEXT))
    m = mk(when, sent_at(when, 3, 5), "mail-am0eur03on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", "4DYb8Rw14Mz6", "Tariq Benhamida <t.benhamida@dmhc.example.qa>", M11_SUBJ, M11_ID, body,
           extra=[("Thread-Topic", M11_SUBJ), ("Thread-Index", "AQHW+x7Kc3Rm9Tp2Lw5Nb8Qz1Vd4Gh=="),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Amal Rashid Al-Mannai", "Executive Director", "Doha Migrant Health Collaborative", ["plenary"])],
        notes="deadline edge: received 23:41 Beirut on Friday 5 February, on time, although the Date header is "
              "already Saturday 00:41 +0300 (Doha). A complete request in one sentence (name after 'Dr.', title, "
              "organisation, plenary) although it promises 'full details' and a report 'shortly': the report is "
              "not sent here. Signed 'Tariq' only, Outlook for Android. The completion arrives 26 minutes later, "
              "after midnight (h293-12)."))


# ================================================================ 12  EN  both  the completion + the report, 00:07 on 6 February: speaker part late
M12_FILE = "DMHC_Voluntary_GCM_Review_Report_2021.pdf"


def m12():
    when = at("2021-02-06 00:07:33")
    subj = "RE: " + M11_SUBJ
    text = """Dear Secretariat,

As promised, please find below the full details of our nominee (apologies for the two emails so close together):

Name: Dr. Amal Rashid Al-Mannai
Title: Executive Director
Organisation: Doha Migrant Health Collaborative (DMHC), Qatar
Requested role: floor intervention in a plenary session (24 or 25 February); if the plenary is full, Roundtable 3 instead.

Please also find attached the voluntary GCM review report of DMHC, based on the records of our three partner clinics for 2019-2020 and on interviews with 85 migrant workers who lost their health cover when their contracts ended.

Best regards,

Tariq Benhamida
Policy Officer
Doha Migrant Health Collaborative (DMHC)
Doha, Qatar

From: Tariq Benhamida <t.benhamida@dmhc.example.qa>
Sent: Saturday, February 6, 2021 12:41 AM
To: gcmrrarabstates@iom.int
Subject: """ + M11_SUBJ + "\n\n" + M11_TEXT
    pdf = rep_pdf("Voluntary GCM review report", "Doha Migrant Health Collaborative (DMHC), Doha",
                  ["Health cover tied to the employment contract", "Records of three partner clinics 2019-2020",
                   "Interviews with 85 workers who lost their cover", "Recommendations"])
    a = alt(text, "_000_AM0PR03MB61729C2E7B4A1F05_", html=outlook_html(text, lang="EN-US"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M12_FILE)], "_004_AM0PR03MB61729C2E7B4A1F05_")
    m = mk(when, sent_at(when, 3, 9), "mail-am0eur03on0623.outbound.protection.outlook.example.com",
           "198.51.100.123", "4DYc4Tn90Fz2", "Tariq Benhamida <t.benhamida@dmhc.example.qa>", subj,
           "<AM0PR03MB61729C2E7B4A1F05@AM0PR03MB6172.eurprd03.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M11_ID), ("References", M11_ID)]
           + outlook(subj, "AQHW+x7Kc3Rm9Tp2Lw5Nb8Qz1Vd4GhAACd7Ew=", lang="en-US", has_attach="yes"))
    add(12, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, thread_of=H % 11,
        speakers=[sp("Amal Rashid Al-Mannai", "Executive Director", "Doha Migrant Health Collaborative (DMHC)",
                     ["plenary", "roundtable"], 3)],
        report_attachments=[M12_FILE],
        notes="completion of h293-11 (Outlook reply to his own message, In-Reply-To h293-11) 26 minutes later: "
              "labelled lines restate the speaker ('Dr.' dropped, ', Qatar' is the country) and add Roundtable 3 as a "
              "fallback to the plenary, and the report is attached. Received 00:07 on Saturday 6 February Beirut "
              "time: the report part is on time but the speaker part is late, so 'both' with on_time false, "
              "although the same request was on time 26 minutes earlier and the sender says nothing of lateness. "
              "The quoted 'Sent: Saturday, February 6, 2021 12:41 AM' is Doha time of the on-time message. 2019-2020 "
              "and 85 are report data."))


# ================================================================ 13  FR  report  Nador association: 'ci-joint' but no file (Thunderbird)
M13_ID = "<3e9a7c15-b2d4-4f08-91c6-7d5e0a2b8f43@ajdm.example.ma>"
M13_QID = "4F0Hc27Nqz5"
M13_SUBJ = "Rapport volontaire AJDM – examen régional PMM"
M13_TEXT = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association Jisr pour les Droits des Migrants (AJDM), basée à Nador, dans le cadre de l'examen régional du Pacte mondial pour les migrations.

Le rapport porte sur l'accès aux soins et à l'état civil des migrants subsahariens installés dans la province de Nador, et sur les déplacements forcés vers le sud du pays.

Bien cordialement,

Salma Ouchen
Chargée de projets – AJDM
Nador, Maroc
"""
M13_SENT = "09/02/2021 à 09:12"


def m13():
    when = at("2021-02-09 10:12:05")
    body = leaf("text/plain", flowed(M13_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "smtp.menara.example.ma", "196.200.131.17", M13_QID,
           "Salma Ouchen <s.ouchen@ajdm.example.ma>", hdr(M13_SUBJ, enc="Q"), M13_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(13, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="'Veuillez trouver ci-joint le rapport volontaire' but nothing is attached (forgotten): a voluntary "
              "report with no file, as dev 049 / h200-09 (nothing to file; the secretariat should ask for it). "
              "First of three messages from this sender on 9 February: 'Voir pièce jointe' with the PDF seven "
              "minutes later (h293-14), then a corrected version in the afternoon (h293-16). Our acknowledgement "
              "to her association's server stays in the queue (delay warning h293-15). Thunderbird, format=flowed "
              "8bit, Date UTC+1."))


# ================================================================ 14  FR  report  'Voir pièce jointe, désolée !' seven minutes later, reply to herself
M14_FILE = "Rapport_volontaire_AJDM_PMM_2021.pdf"


def m14():
    when = at("2021-02-09 10:19:48")
    text = """Voir pièce jointe, désolée !

Salma

Le %s, Salma Ouchen a écrit :
%s
""" % (M13_SENT, gt(M13_TEXT))
    pdf = rep_pdf("Rapport volontaire - Association Jisr pour les Droits des Migrants (AJDM)", "Nador, fevrier 2021",
                  ["Acces aux soins des migrants subsahariens", "Etat civil et naissances non enregistrees",
                   "Deplacements forces vers le sud", "Recommandations"])
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach("application/pdf", pdf, M14_FILE)], "------------A41F7C02E9B35D68C1E0F274")
    m = mk(when, sent_at(when, 1, 7), "smtp.menara.example.ma", "196.200.131.17", "4F0Hk81Rwz3",
           "Salma Ouchen <s.ouchen@ajdm.example.ma>", hdr("Re: " + M13_SUBJ, enc="Q"),
           "<5b1d8e62-0f3a-4c97-a2e4-91c7b6d03f58@ajdm.example.ma>", body,
           extra=[("In-Reply-To", M13_ID), ("References", M13_ID), ("User-Agent", TB), ("Content-Language", "fr")])
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 13, report_attachments=[M14_FILE],
        notes="the forgotten file of h293-13, seven minutes later, as a Thunderbird reply to her own message: the "
              "new text is only 'Voir pièce jointe, désolée !'; everything else is the '>'-quoted first message. "
              "The PDF is the report. thread_of h293-13. format=flowed 8bit."))


# ================================================================ 15  EN  bounce  Postfix delay warning for our acknowledgement of 13 (association's MX down)
def m15():
    when = at("2021-02-09 14:12:40")
    rcpt = "s.ouchen@ajdm.example.ma"
    ack = ack_mid(M13_QID)
    ack_sent = at("2021-02-09 10:12:19")
    text = """This is the mail system at host mx1.iom.int.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: connect to mail.ajdm.example.ma[196.200.140.52]:25:
    Connection timed out
""" % rcpt
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4F0Hd05Kbz9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: delayed\n"
           "Status: 4.4.1\n"
           "Diagnostic-Code: X-Postfix; connect to mail.ajdm.example.ma[196.200.140.52]:25:\n"
           "    Connection timed out\n"
           "Will-Retry-Until: %s\n"
           % (rfcdate(ack_sent, "EET"), rcpt, rcpt, rfcdate(ack_sent + dt.timedelta(days=5), "EET")))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Salma Ouchen <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            "Auto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n"
            % (rcpt, b_word("Accusé de réception - " + M13_SUBJ), rfcdate(ack_sent), ack, M13_ID, M13_ID))
    body = dsn_report(text, dsn, hdrs, "4F0Q7Zt63Mz1.1612872760/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F0Q7Zt63Mz1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Delayed Mail (still being retried)"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210209121240.4F0Q7Zt63Mz1@mx1.iom.int>")]
    add(15, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix delay warning ('THIS IS A WARNING ONLY', Action: delayed, 4.4.1 connection timed out) four "
              "hours after our acknowledgement of h293-13: the association's own mail server is down. Returned "
              "headers only, with the French acknowledgement subject naming the voluntary report and In-Reply-To "
              "h293-13. Not a failure but a delivery status notification all the same: never acknowledged, "
              "thread_of null as for dev bounces. The sender mentions the missing acknowledgement in h293-16."))


# ================================================================ 16  FR  report  third message of the day: corrected version as a NEW message, Reply-To Gmail; the president 'aurait aimé intervenir'
M16_FILE = "Rapport_volontaire_AJDM_PMM_2021_v2_corrige.pdf"


def m16():
    when = at("2021-02-09 17:48:22")
    subj = "Rapport volontaire AJDM – version corrigée (annule et remplace)"
    text = """Bonjour,

Troisième message de notre part aujourd'hui, toutes nos excuses. Notre présidente a relevé deux erreurs dans le tableau de la page 3 (nombre de naissances non enregistrées en 2020) : voici la version corrigée du rapport, qui annule et remplace celle envoyée ce matin.

Par ailleurs, nous n'avons reçu aucun accusé de réception : le serveur de messagerie de l'association est en panne depuis ce matin et ne reçoit plus rien. Pourriez-vous nous répondre à mon adresse personnelle (salma.ouchen.pro@gmail.example.com) ?

Notre présidente, Mme Fatiha Lamrini, aurait aimé intervenir lors de la conférence, mais nous savons que la date limite du 5 février est passée et nous ne le demandons donc pas.

Bien cordialement,

Salma Ouchen
Chargée de projets – AJDM
Nador, Maroc
"""
    pdf = rep_pdf("Rapport volontaire - AJDM (version corrigee)", "Nador, fevrier 2021",
                  ["Acces aux soins des migrants subsahariens", "Etat civil : tableau p. 3 corrige",
                   "Deplacements forces vers le sud", "Recommandations"])
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach("application/pdf", pdf, M16_FILE)], "------------0D5C93B7E21A4F68B3C07E15")
    m = mk(when, sent_at(when, 1, 8), "smtp.menara.example.ma", "196.200.131.17", "4F0Wv39Dsz8",
           "Salma Ouchen <s.ouchen@ajdm.example.ma>", hdr(subj, enc="Q"),
           "<a07e4c91-6d2b-4e3f-8c15-b9f2d7a64e0c@ajdm.example.ma>", body,
           extra=[("Reply-To", "Salma Ouchen <salma.ouchen.pro@gmail.example.com>"), ("User-Agent", TB),
                  ("Content-Language", "fr")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 13, report_attachments=[M16_FILE],
        notes="third message of the day from the same sender, a NEW message (no In-Reply-To, new subject 'version "
              "corrigée (annule et remplace)') replacing the report of h293-14: thread_of is the first message of "
              "the submission, h293-13. Only the v2 PDF is listed. Reply-To is her personal Gmail because the "
              "association's server is down (the delay warning h293-15): the acknowledgement should go there. The "
              "one sentence about the president ('aurait aimé intervenir ... nous ne le demandons donc pas') is "
              "not a speaker request, so not 'both'. 'page 3' and 2020 are not event data."))


# ================================================================ 17  EN  other  Outlook acceptance of the secretariat's briefing, no text (the speaker of 02)
def m17():
    when = at("2021-02-10 09:05:11")
    subj = "Accepted: " + INVITE_SUBJ
    ics = ics_fold("""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Yara Dabbas:mailto:yara.dabbas@lymf.example.org
SUMMARY;LANGUAGE=en-GB:Accepted: %s
DTSTART:20210218T120000Z
DTEND:20210218T130000Z
UID:%s
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20210210T070505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""" % (INVITE_SUBJ, INVITE_UID))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1"><p class="MsoNormal"><o:p>&nbsp;</o:p></p></div>'
            '</body></html>\n')
    body = multi("alternative", [leaf("text/plain", "\n"), leaf("text/html", html),
                                 leaf("text/calendar", ics, cte="base64", params=[("method", "REPLY")])],
                 "_000_VI1PR02MB5128D3A1F7E4B260_")
    m = mk(when, sent_at(when, 2, 6), "mail-eopbgr80093.outbound.protection.outlook.example.com", "198.51.100.93",
           "4F1Cq52Jtz0", "Yara Dabbas <yara.dabbas@lymf.example.org>", subj,
           "<VI1PR02MB5128D3A1F7E4B260@VI1PR02MB5128.eurprd02.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Thread-Topic", INVITE_SUBJ),
                  ("Thread-Index", "AdcAMn4Kx8Rq2Tv6Pw1Lz9Bc3Yh5Ng=="), ("Content-Language", "en-GB"),
                  ("X-MS-Has-Attach", ""), ("Content-class", "urn:content-classes:calendarmessage")])
    add(17, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        notes="Outlook meeting response (text + HTML + text/calendar METHOD:REPLY, PARTSTAT=ACCEPTED, 'Accepted:' "
              "before the secretariat's invitation to a speakers' briefing) with no typed text, produced when the "
              "roundtable speaker of h293-02 clicked Accept. It asks and proposes nothing: other, not acknowledged "
              "(as h250-21). In-Reply-To names the invitation, not a labelled message, and she did not send "
              "h293-01/02 herself: thread_of null. The subject says 'roundtable speakers'."))


# ================================================================ 18  FR  other  Google Calendar decline with a note that asks a question
def m18():
    when = at("2021-02-10 11:32:50")
    who = "Youssef Tahiri"
    me = "youssef.tahiri.mtl@gmail.example.com"
    note = ("Bonjour, je ne pourrai malheureusement pas me connecter jeudi : 14 h à Beyrouth, c'est 7 h à Montréal "
            "et je donne un cours à cette heure-là. Y aura-t-il un enregistrement, ou une seconde séance plus tard "
            "dans la journée ? Je confirme par ailleurs ma participation à la table ronde 1 le 24. Youssef")
    when_txt = "jeu. 18 févr. 2021 07:00 - 08:00 (HNE)"
    subj = "Refusé : %s @ %s (gcmrrarabstates@iom.int)" % (INVITE_SUBJ, when_txt)
    text = """%s a refusé cette invitation et a ajouté une note :
« %s »

%s
Quand
jeudi 18 févr. 2021 07:00 – 08:00 Heure normale de l'Est - Montréal

Participants
gcmrrarabstates@iom.int - organisateur
%s - refusé

Invitation de Google Agenda - https://calendar.google.example.com/calendar/

Vous recevez ce courrier électronique à l'adresse gcmrrarabstates@iom.int, car vous êtes l'organisateur de cet événement.
""" % (who, note, INVITE_SUBJ, who)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px"><p><b>%s</b> a refusé cette '
            'invitation et a ajouté une note :</p><blockquote>%s</blockquote><h3>%s</h3><p>jeudi 18 févr. 2021 07:00 '
            '– 08:00 Heure normale de l\'Est - Montréal</p><p>Participants<br>gcmrrarabstates@iom.int - organisateur'
            '<br>%s - refusé</p><p style="color:#777">Invitation de Google Agenda</p></div></body></html>\n'
            % (esc(who), esc(note), esc(INVITE_SUBJ), esc(who)))
    comment = note.replace(",", "\\,").replace(";", "\\;")
    ics = ics_fold("""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20210218T120000Z
DTEND:20210218T130000Z
DTSTAMP:20210210T093245Z
ORGANIZER;CN=GCM Regional Review Arab States:mailto:gcmrrarabstates@iom.int
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=%s;X-NUM-GUESTS=0:mailto:%s
COMMENT;X-COMMENTER=mailto:%s:%s
CREATED:20210209T081500Z
LAST-MODIFIED:20210210T093245Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:%s
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""" % (INVITE_UID, who, me, me, comment, INVITE_SUBJ))
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", html),
                              leaf("text/calendar", ics, cte="base64",
                                   params=[("method", "REPLY")])], "000000000000a7e2c105bb0e4f19")
    ics_att = leaf("application/ics", ics, cte="base64", params=[("name", '"invite.ics"')],
                   disp='attachment; filename="invite.ics"')
    body = multi("mixed", [a, ics_att], "000000000000a7e2c305bb0e4f1b")
    m = mk(when, sent_at(when, -5, 5), "mail-qk1-f201.google.example.com", "192.0.2.201", "4F1Gn06Pxz4",
           "%s <%s>" % (who, me), hdr(subj, enc="Q"), "<000000000000a7e2b905bb0e4f17@google.example.com>", body,
           extra=[("Sender", "Google Agenda <calendar-notification@google.example.com>"),
                  ("In-Reply-To", INVITE_ID), ("References", INVITE_ID)])
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Google Calendar decline (text + HTML + text/calendar METHOD:REPLY PARTSTAT=DECLINED, invite.ics) of "
              "the secretariat's speakers' briefing, by a roundtable speaker registered earlier (not in this set), "
              "with a typed note in French: unlike the bare acceptance h293-17, the note asks a question (is there "
              "a recording or a second session?), so a person needs an answer: other, acknowledged, in French. "
              "'Je confirme par ailleurs ma participation à la table ronde 1 le 24' confirms an existing role and "
              "proposes nothing new: not a speaker request. Times shown in Montréal time (HNE, UTC-5)."))


# ================================================================ 19  EN  report  'Please see attached.' under the secretariat's answer to 07: joint report + annex
M19_FILES = ["SWMN-AKD-TWA_Joint_GCM_Voluntary_Report_2021.pdf", "Annex - anonymised case summaries.docx"]


def m19():
    when = at("2021-02-11 14:20:06")
    ans_id = "<DB8PR09MB3420F1A6C93E7D20@DB8PR09MB3420.eurprd09.prod.outlook.example.com>"
    answer = """Dear Ms Yousif,

Thank you for your questions.

1. A joint report is very welcome: please send it once, naming the three organisations.
2. There is no template and no page limit.
3. Please attach the annex to the same message as the report, so that both are filed together.

The deadline for voluntary reports is Tuesday 16 February 2021.

Best regards,
GCM Regional Review Secretariat - Arab States"""
    text = """Please see attached.

Hana

On Wed, Feb 3, 2021 at 11:48 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(answer) + "\n>\n> On Tue, Feb 2, 2021 at 4:20 PM Hana Yousif <hana.yousif.swmn@gmail.example.com> wrote:\n" + \
        "\n".join("> " + x if x else ">" for x in gt(M07_TEXT).split("\n")) + "\n"
    pdf = rep_pdf("Joint voluntary GCM review report", "SWMN - AKD - TWA",
                  ["Women domestic workers from Sudan in the Gulf", "Kafala and changing employers",
                   "Wage theft at the end of contracts", "Recommendations"])
    doc = make_docx(["Annex - anonymised case summaries", "Case 1 (Riyadh, 2019)", "Case 2 (Beirut, 2020)",
                     "Case 3 (Amman, 2020)"])
    a = alt(text, "000000000000b9d47205bb1c3e85", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILES[0]), attach(DOCX, doc, M19_FILES[1])],
                 "000000000000b9d47405bb1c3e87")
    m = mk(when, sent_at(when, 3, 11), "mail-ed1-f48.google.example.com", "192.0.2.48", "4F2Mz73Xbz6",
           "Hana Yousif <hana.yousif.swmn@gmail.example.com>", "Re: " + M07_SUBJ,
           "<CAMx4Tq9Sw3Xo8Md6Ca0Qe4Il7Kt2Hg1Zf@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ans_id), ("References", M07_ID + " " + ans_id)])
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 7, report_attachments=M19_FILES,
        notes="the whole new text is 'Please see attached.' and a first name: a Gmail reply to the secretariat's "
              "answer (outside the set; References name h293-07) with the joint report PDF and the case-summaries "
              "annex DOCX, which the quoted answer asked to send in the same message: both are the report. "
              "thread_of h293-07, the question that opened the exchange. The twice-quoted question still says "
              "'before we finalise it' and 'We are not planning to ask for a speaking slot'. On time (11 "
              "February), Date UTC+3."))


# ================================================================ 20  AR  other  Google Groups digest of an Arab civil-society group: the review among other news
def m20():
    when = at("2021-02-12 06:00:41")
    grp = "arab-cso-migration@googlegroups.example.com"
    text = """ملخص لـ arab-cso-migration@googlegroups.example.com - 5 تحديثات في 3 مواضيع

- ورشة افتراضية: حماية العاملات المنزليات خلال الجائحة - تحديث واحد
- الاستعراض الإقليمي للاتفاق العالمي للهجرة: من أرسل تقريره؟ - 3 تحديثات
- فرصة عمل: منسق/ة مشروع في عمّان - تحديث واحد

ورشة افتراضية: حماية العاملات المنزليات خلال الجائحة
سوسن القاضي: Feb 11 10:14AM +0200

الزملاء الأعزاء، ندعوكم إلى ورشة افتراضية يوم الخميس 18 شباط الساعة الخامسة مساءً بتوقيت عمّان حول حماية العاملات المنزليات خلال الجائحة. التسجيل عبر الرابط في الموقع.

الاستعراض الإقليمي للاتفاق العالمي للهجرة: من أرسل تقريره؟
مراد بن علي: Feb 11 12:40PM +0100

هل أرسل أحد تقريره الطوعي للاستعراض الإقليمي؟ الموعد الأخير الثلاثاء 16 فبراير، وما زلنا نراجع المسودة.

نهى الشريف: Feb 11 02:05PM +0200

أرسلنا تقريرنا يوم الأحد على gcmrrarabstates@iom.int ووصلنا إشعار الاستلام بعد دقيقة. أما طلبات المداخلة فقد انتهى موعدها في 5 فبراير.

عادل يوسف: Feb 11 08:31PM +0300

نحن سنرسل تقريرنا الجماعي يوم الإثنين إن شاء الله، وكنا قد رشّحنا الأستاذة سلمى للمائدة المستديرة الثالثة قبل انتهاء الموعد.

فرصة عمل: منسق/ة مشروع في عمّان
رابطة تضامن للعمال: Feb 11 09:02PM +0200

نبحث عن منسق/ة مشروع بدوام كامل لمدة سنة. الشروط والمراجع على الموقع.

--
لقد تلقيت هذه الرسالة لأنك مشترك في المجموعة "شبكة منظمات المجتمع المدني العربية للهجرة" في مجموعات Google.
لإلغاء الاشتراك في هذه المجموعة وإيقاف تلقي الرسائل الإلكترونية منها، أرسل رسالة إلكترونية إلى arab-cso-migration+unsubscribe@googlegroups.example.com.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="rtl">'
            '<div style="font-family:Arial,sans-serif">%s</div></body></html>\n'
            % "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")))
    body = alt(text, "0000000000004c8e1a05bb2d9f60", html=html, b64=True)
    extra = [("Mailing-list", "list %s; contact arab-cso-migration+owners@googlegroups.example.com" % grp),
             ("List-ID", "<arab-cso-migration.googlegroups.example.com>"),
             ("List-Archive", "<https://groups.google.example.com/group/arab-cso-migration>"),
             ("List-Unsubscribe", "<mailto:googlegroups-manage+381204+unsubscribe@googlegroups.example.com>, "
                                  "<https://groups.google.example.com/group/arab-cso-migration/subscribe>"),
             ("Precedence", "list"), ("X-Google-Group-Id", "381204119675")]
    m = mk(when, sent_at(when, 0, 20), "mail-sor-f69.google.example.com", "192.0.2.69", "4F2Wq18Bmz3",
           "arab-cso-migration@googlegroups.example.com", hdr("ملخص لـ arab-cso-migration@googlegroups.example.com - "
                                                              "5 تحديثات في 3 مواضيع"),
           "<0000000000004c8e1805bb2d9f5e@google.example.com>", body, to="Digest recipients <%s>" % grp, extra=extra,
           ret="arab-cso-migration+bncBDL4R7Q2XMGRB5XK@googlegroups.example.com")
    add(20, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None,
        notes="Google Groups digest in Arabic (Mailing-list, List-ID, Precedence: list, To: 'Digest recipients'): "
              "the review is one of three topics. Members say they sent a report to the review address, that "
              "speaker requests closed on 5 February, and that they 'had nominated الأستاذة سلمى for roundtable "
              "3' (no full name, nothing submitted here); a workshop and a vacancy share the digest. List mail: "
              "other, never acknowledged."))


# ================================================================ 21  AR  report  Basra returnees' league: iPhone at 22:10, annexes 'in a second message'
M21_ID = "<E5A2C9F7-3B18-4D6E-A0C4-8F1D7B2E9A63@basra-returnees.example.iq>"
M21_SUBJ = "تقرير الرابطة"
M21_FILE = "تقرير رابطة العائدين والمهجرين - البصرة 2021.pdf"
M21_TEXT = """مساء الخير،

هذا تقرير رابطة العائدين والمهجّرين في البصرة للاستعراض الإقليمي للاتفاق العالمي للهجرة. الملاحق راح أدزها برسالة ثانية لأن الحجم جبير وما رضى ينرسل ويا التقرير.

مع التقدير
مرتضى الساعدي
أمين سر الرابطة
"""


def m21():
    when = at("2021-02-16 22:10:33")
    pdf = rep_pdf("Voluntary report - Basra League of Returnees and Displaced Persons", "Basra, February 2021",
                  ["Returnees from Iran, Syria and the Gulf", "Civil documentation", "Housing and land",
                   "Recommendations"])
    body = multi("mixed", [leaf("text/plain", M21_TEXT), attach("application/pdf", pdf, M21_FILE, inline=True),
                           leaf("text/plain", "\n\nأُرسلت من الـ iPhone\n")],
                 "Apple-Mail-3D9F1C52-7E4A-4B08-9C61-A2E5F0B7D384")
    m = mk(when, sent_at(when, 3, 8), "mail.basra-returnees.example.iq", "185.81.15.40", "4F6Bd52Lwz1",
           addr("مرتضى الساعدي", "murtadha.alsaadi@basra-returnees.example.iq"), hdr(M21_SUBJ), M21_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="first of two messages the same evening: an iPhone mail in Iraqi Arabic ('راح أدزها', 'جبير', 'ويا') "
              "with the report PDF inline between two text parts (iPhone layout) and the annexes announced for "
              "a second message (h293-22). On time (22:10 Beirut, 23:10 in Basra); two-word subject ('تقرير الرابطة'); Arabic "
              "PDF name with spaces, a dash and a year (RFC 2231 + RFC 2047)."))


# ================================================================ 22  AR  report  'وهاي الملاحق' at 23:54 (00:54 on the 17th in Basra), reply to himself
M22_FILES = ["الملحق 1 - جداول الاستبيان.pdf", "الملحق 2 - شهادات العائدين.pdf"]


def m22():
    when = at("2021-02-16 23:54:18")
    quote = "في %s، الساعة %s م، كتب مرتضى الساعدي <murtadha.alsaadi@basra-returnees.example.iq>:" % (
        ar_digits("16‏/02‏/2021"), ar_digits("11:10"))
    tail = "\n\nأُرسلت من الـ iPhone\n\n" + quote + "\n\n" + gt(M21_TEXT) + "\n"
    a1 = make_pdf(["Annex 1 - Survey tables", "Basra League of Returnees and Displaced Persons",
                   "Table 1: returnees by year of return", "Table 2: documents missing"])
    a2 = make_pdf(["Annex 2 - Testimonies of returnees", "12 testimonies collected in January 2021"])
    body = multi("mixed", [leaf("text/plain", "وهاي الملاحق، الله يخليكم.\n"),
                           attach("application/pdf", a1, M22_FILES[0], inline=True),
                           attach("application/pdf", a2, M22_FILES[1], inline=True),
                           leaf("text/plain", tail)], "Apple-Mail-8B0E4D17-C5A2-49F3-B6D1-0E7C3A9F2D58")
    m = mk(when, sent_at(when, 3, 9), "mail.basra-returnees.example.iq", "185.81.15.40", "4F6Fh28Tnz5",
           addr("مرتضى الساعدي", "murtadha.alsaadi@basra-returnees.example.iq"), re_hdr("Re: ", M21_SUBJ),
           "<1F7B3E0A-9C42-4A85-B1D6-5E2F8C0A7D39@basra-returnees.example.iq>", body,
           extra=[("In-Reply-To", M21_ID), ("References", M21_ID), ("X-Mailer", IPHONE)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 21, report_attachments=M22_FILES,
        notes="the annexes announced in h293-21, as an iPhone reply to his own message: the new text is three "
              "words ('وهاي الملاحق، الله يخليكم'), the two PDF annexes (Arabic names with a digit and a dash, RFC "
              "2231 + RFC 2047) are inline and both belong to the report. Received 23:54 Beirut on 16 February, on "
              "time, although the Date header already says Wednesday 17 February 00:54 +0300. thread_of h293-21; "
              "Arabic-Indic digits in the quote line."))


# ================================================================ 23  FR  both  Nouadhibou collective: late report + a speaker, both parts late; speaker in Cc
M23_ID = "<PR3P192MB0874B2E5A9C16D47@PR3P192MB0874.EURP192.PROD.OUTLOOK.example.com>"
M23_QID = "4F6Tq83Mgz2"
M23_SUBJ = "Rapport volontaire du CAMOAN et proposition d'intervenant (avec nos excuses pour le retard)"
M23_FILE = "Rapport_volontaire_CAMOAN_PMM_2021.pdf"


def m23():
    when = at("2021-02-17 09:26:45")
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire du Collectif des Associations de Migrants Ouest-Africains de Nouadhibou (CAMOAN) pour l'examen régional du Pacte mondial sur les migrations.

Nous sommes conscients que ce rapport vous parvient après la date limite du 16 février : la coupure d'Internet qui a touché Nouadhibou la semaine dernière a retardé sa validation par nos onze associations membres. Nous espérons qu'il pourra néanmoins être pris en compte.

Le CAMOAN souhaiterait par ailleurs proposer M. Cheikh Tidiane Sow, coordinateur du pôle juridique, pour une intervention lors de la table ronde thématique n° 2, s'il reste de la place. M. Sow est en copie de ce message.

Avec nos remerciements,

Khadijetou Mint Brahim
Secrétaire exécutive
Collectif des Associations de Migrants Ouest-Africains de Nouadhibou (CAMOAN)
Nouadhibou – Mauritanie
"""
    pdf = rep_pdf("Rapport volontaire - CAMOAN", "Nouadhibou, fevrier 2021",
                  ["Les migrants ouest-africains a Nouadhibou", "Peche artisanale et travail informel",
                   "Interpellations et refoulements", "Recommandations"])
    cid = "image001.jpg@01D70513.6A2B4C80"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (0, 110, 60), "image001.jpg")], "_004_PR3P192MB0874B2E5A9C16D47_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR3P192MB0874B2E5A9C16D47_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "_007_PR3P192MB0874B2E5A9C16D47_")
    m = mk(when, sent_at(when, 0, 9), "mail-pr3p192on2061.outbound.protection.outlook.example.com",
           "198.51.100.161", M23_QID, "Khadijetou Mint Brahim <secretariat@camoan.example.mr>", hdr(M23_SUBJ, enc="Q"),
           M23_ID, body, cc="Cheikh Tidiane Sow <ct.sow@camoan.example.mr>",
           extra=outlook(hdr(M23_SUBJ, enc="Q"), "AdcFCb2Tq8Lm4Rw7Nx1Pz5Vc9Bh3Kg==", lang="fr-FR", has_attach="yes"))
    add(23, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Cheikh Tidiane Sow", "coordinateur du pôle juridique",
           "Collectif des Associations de Migrants Ouest-Africains de Nouadhibou (CAMOAN)", ["roundtable"], 2)],
        report_attachments=[M23_FILE],
        notes="both, both parts late (17 February 09:26 Beirut): the report a day after its deadline (the sender "
              "says so) and the speaker twelve days after his, which the sender does not mention ('s'il reste de "
              "la place'). 'M.' dropped; 'coordinateur du pôle juridique' right after the name, the collective "
              "named in full only in the first sentence and the signature; 'table ronde thématique n° 2'. The "
              "inline logo (image001.jpg) is not a report file; 'onze associations' is not event data. Outlook, "
              "Date UTC+0. The speaker, in Cc, answers our acknowledgement with a Zimbra out-of-office (h293-24)."))


# ================================================================ 24  FR  auto_reply  the speaker's Zimbra out-of-office on our acknowledgement of 23
def m24():
    when = at("2021-02-17 09:27:31")
    ack = ack_mid(M23_QID)
    text = """Bonjour,

Je suis en mission à Dakar jusqu'au lundi 1er mars 2021 et je consulte mes messages de façon irrégulière.

Pour toute question juridique urgente, merci de contacter le secrétariat du CAMOAN : secretariat@camoan.example.mr.

Cordialement,

Cheikh Tidiane Sow
Coordinateur du pôle juridique
CAMOAN – Nouadhibou
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = robot_rows(when, "zimbra.camoan.example.mr", "41.188.64.21", "4F6Tr41Bkz9",
                      "Cheikh Tidiane Sow <ct.sow@camoan.example.mr>", hdr("Absence du bureau", enc="Q"),
                      "<1704482215.3381.1613546850722.JavaMail.zimbra@camoan.example.mr>", (0, 1),
                      extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("X-Mailer", ZIMBRA)],
                      irt=ack, refs=M23_ID + " " + ack)
    add(24, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation reply of the speaker proposed in h293-23 (in Cc), 46 seconds after our "
              "acknowledgement: subject only 'Absence du bureau', Auto-Submitted: auto-replied (zimbra; vacation), "
              "null Return-Path, In-Reply-To our acknowledgement. Signed with his name and title as in the "
              "proposal, and 'mission à Dakar jusqu'au 1er mars' is not event data. Never acknowledge; thread_of "
              "null as for dev auto-replies."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
