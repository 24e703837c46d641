#!/usr/bin/env python3
"""Write the blind evaluation set holdout250 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets250.py
Theme: robots that look like people and people that look like robots (25 January - 18 February 2021).  Robots: a
challenge-response anti-spam filter that writes in its owner's first person and name, an Arabic out-of-office in a
warm personal tone with no auto-response header at all (only a null Return-Path and a line at the bottom), a
partner's helpdesk ticket signed by a bot persona with a first name, a Sieve vacation reply whose subject says
nothing automatic, a French Outlook read receipt for our reminder, a French bounce from a full mailbox, a Mailman
digest that quotes the invitation, and an Outlook calendar acceptance carrying one typed line.  People: a Tunisian
association pasting its internal nomination form (field labels, surname in capitals, Roman numeral, the form
plugin's footer), a Somaliland director writing 'out of office this week but here is our speaker', a Sudanese
request sent through the organisation's CiviCRM (VERP Return-Path, List-Unsubscribe, tracking pixel, unsubscribe
footer), a terse one-liner from an iPhone in Kuwait at 00:41 local time, a Yemeni report sent from the office's
no-reply scanning copier with the person's note above the copier's template, a Gmail forward of a report that never
left on the deadline night, and a one-line 'Bien reçu, merci.'  Also: three speakers with Arabic honorifics in one
letter (one title only in a later paragraph), a self-nomination whose name and organisation are only in the
signature, a late Bahraini request for the Chairperson (rapporteur, else Roundtable IV), a 'both' whose speaker part
comes on the report deadline evening, a Doha report and its corrected version, and an Egyptian who only wants to
listen.  Helpers from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, esc, flowed, gmail_html, hdr, html_only, leaf, make_docx,
                     make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo, POL

SET = EvalSet(250)
add = SET.add
H = "h250-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
ROUNDCUBE = "Roundcube Webmail/1.4.9"
OUTLOOK_IOS = "Outlook for iOS"

REMINDER_FR = "<rappel.rapports.20210209.fr@gcmrrarabstates.iom.int>"
REMINDER_FR_SUBJ = "Rappel – Examen régional du PMM : rapports volontaires jusqu'au mardi 16 février 2021"
INVITE_ID = "<consultation.20210223.invite.ar@gcmrrarabstates.iom.int>"
INVITE_SUBJ = "GCM Regional Review – Multi-stakeholder consultation (23 February 2021)"


def apple_html(text):
    inner = "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">')
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def ios_outlook_html(text):
    inner = "".join('<div dir="ltr">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr" style="font-family: Aptos, Calibri, sans-serif; font-size: 11pt;">%s</div>'
            '</body></html>\n' % inner)


def robot_rows(when, host, ip, qid, frm, subject, mid, delay, extra=None, irt=None, refs=None):
    """Headers of a machine answer: null Return-Path, the sender's Date, optional In-Reply-To/References."""
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(sent_at(when, *delay)), mid, extra=extra, ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    if irt:
        rows.append(("In-Reply-To", irt))
    if refs:
        rows.append(("References", refs))
    return rows


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


# ================================================================ 01  FR  speaker  Zarzis association pastes its internal nomination form
M01_ID = "<3c1d7e0a9b52f4e6a81c2d95b7f03e41@ahzmd.example.tn>"
M01_SUBJ = "Demande d'intervention - AHZMD (table ronde III)"
M01_QID = "4DLm7Rw2KpzT"


def m01():
    when = at("2021-01-25 10:14:22")
    text = """Bonjour,

Ci-dessous la candidature retenue hier soir par notre bureau, telle qu'elle nous est parvenue par le formulaire interne de l'association.

=============================================
CANDIDATURES - PRISE DE PAROLE (réseaux et conférences)
=============================================
Civilité : Mme
Nom : BEN ROMDHANE
Prénom : Olfa
Fonction : Chargée de plaidoyer
Organisation : Association Horizons Zarzis pour la Mobilité et les Droits (AHZMD)
Ville / Pays : Zarzis, Tunisie
Courriel : olfa.benromdhane@ahzmd.example.tn
Événement : Examen régional du Pacte mondial sur les migrations - États arabes
Type d'intervention : Intervention dans une table ronde thématique
Table ronde n° : III (à défaut : I)
Langue(s) : arabe, français
Rapport volontaire joint : Non (en cours de rédaction)
---------------------------------------------
Ce message a été envoyé depuis le formulaire « Candidatures » du site ahzmd.example.tn (Contact Form 7).
Date de soumission : 24/01/2021 21:47

Bonne réception,
Slim Bouaziz
Secrétaire général - AHZMD
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 5), "webmail.ahzmd.example.tn", "203.0.113.61", M01_QID,
           "Slim Bouaziz <s.bouaziz@ahzmd.example.tn>", M01_SUBJ, M01_ID, body,
           extra=[("User-Agent", ROUNDCUBE)])
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Olfa Ben Romdhane", "Chargée de plaidoyer",
           "Association Horizons Zarzis pour la Mobilité et les Droits (AHZMD)", ["roundtable"], 3)],
        notes="a person's mail that looks generated: the secretary-general pastes the association's own web-form "
              "notification (field labels, '=====' rules, the Contact Form 7 footer with a submission date) under one "
              "line of his own. The name is split over 'Nom : BEN ROMDHANE' (capitals) and 'Prénom : Olfa', so it "
              "is not written verbatim anywhere (expected check_labels warning): recorded 'Olfa Ben Romdhane'; "
              "'Civilité : Mme' is not part of it. 'Table ronde n° : III (à défaut : I)' = roundtable 3, first "
              "choice. 'Rapport volontaire joint : Non' mentions a report without sending one. The sender is not the "
              "speaker. Roundcube, format=flowed 8bit; Date UTC+1. Our acknowledgement meets a challenge-response "
              "filter (h250-02)."))


# ================================================================ 02  FR  auto_reply  challenge-response filter, written in its owner's first person
def m02():
    when = at("2021-01-25 10:14:58")
    ack = ack_mid(M01_QID)
    text = """Bonjour,

Merci pour votre message. Comme je reçois beaucoup de courriers indésirables, j'utilise un service qui vérifie que chaque nouvel expéditeur est bien une personne.

Pour que votre message me parvienne, il vous suffit de cliquer une fois sur le lien ci-dessous :
https://verif.securimail.example.net/v/7F3A9C2E41B8?l=fr

Cette vérification n'est demandée qu'une seule fois. Sans validation dans les 5 jours, votre message sera supprimé sans avoir été lu.

Merci de votre compréhension, et à bientôt !
Slim Bouaziz

--
Message envoyé par SecuriMail pour le compte de s.bouaziz@ahzmd.example.tn - merci de ne pas y répondre.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="600" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>%s</td></tr>'
            '<tr><td style="padding:16px 0"><a href="https://verif.securimail.example.net/v/7F3A9C2E41B8?l=fr" '
            'style="background:#2a7ae2;color:#fff;padding:10px 18px;text-decoration:none">Je suis une personne, '
            'délivrer mon message</a></td></tr></table></body></html>\n'
            % "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")))
    body = alt(text, "=_SecuriMail_5f1c2a8e03d7", html=html)
    rows = robot_rows(when, "out2.securimail.example.net", "203.0.113.219", "4DLm8Cq5TbzW",
                      "Slim Bouaziz <s.bouaziz@ahzmd.example.tn>",
                      hdr("Re: Accusé de réception - %s [validation requise]" % M01_SUBJ, enc="Q"),
                      "<challenge.7F3A9C2E41B8@securimail.example.net>", (1, 3),
                      extra=[("Auto-Submitted", "auto-generated"), ("X-SecuriMail-Challenge", "7F3A9C2E41B8")],
                      irt=ack, refs=M01_ID + " " + ack)
    add(2, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="challenge-response anti-spam request answering our acknowledgement of h250-01 36 seconds later: it "
              "speaks in the first person, is signed 'Slim Bouaziz' and comes From his own address, so it reads like "
              "his reply; the marks are the null Return-Path, Auto-Submitted: auto-generated, the X-SecuriMail "
              "header, the verification link and the 'pour le compte de' footer. Never acknowledge (nor click); "
              "thread_of null as for auto-replies."))


# ================================================================ 03  AR  speaker  Erbil organisation proposes three speakers with honorifics
M03_ID = "<AM6PR03MB5172E9A4C1B8D362@AM6PR03MB5172.eurprd03.prod.outlook.example.com>"
M03_SUBJ = "ترشيح ثلاثة متحدثين - منظمة جسور الرافدين للإغاثة والتنمية"
M03_QID = "4DQb1Hx6RmzJ"


def m03():
    when = at("2021-01-28 09:02:47")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون،

تحية طيبة،

يسرّ منظمة جسور الرافدين للإغاثة والتنمية، العاملة منذ عام 2014 مع النازحين والعائدين في محافظتي نينوى وصلاح الدين وفي إقليم كردستان، أن ترشح الأشخاص التالية أسماؤهم للمشاركة في أعمال الاستعراض الإقليمي:

- الأستاذة شيرين جلال أمين، مديرة المنظمة، لإلقاء مداخلة في الجلسة العامة للمؤتمر.
- السيد حيدر كاظم الموسوي، مسؤول ملف العائدين، للمداخلة في المائدة المستديرة الثالثة.
- الدكتورة ريام عبد الكريم الجبوري، لتكون مقررةً تنقل الرسائل الرئيسية لأصحاب المصلحة.

وللتعريف بالدكتورة ريام: هي المستشارة القانونية للمنظمة منذ عام 2018، وقد تابعت قضايا الوثائق المدنية للعائدين من مخيمات النزوح ومن خارج العراق، وتتحدث العربية والكردية والإنجليزية.

نرجو إعلامنا إن احتجتم إلى أي معلومات إضافية، علماً بأن الأستاذة شيرين خارج البلاد حتى منتصف شباط، وستشارك عن بعد إن تعذّر عليها الحضور.

مع خالص التقدير،

لانا سردار عثمان
منسقة البرامج
منظمة جسور الرافدين للإغاثة والتنمية
أربيل - العراق
"""
    cid = "image001.png@01D6F54B.2C9E1A70"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-IQ", img_cid=cid, rtl=True), cte="base64"),
                            logo(cid, (20, 110, 90))], "_004_AM6PR03MB5172E9A4C1B8D362_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_AM6PR03MB5172E9A4C1B8D362_")
    m = mk(when, sent_at(when, 3, 8), "mail-am6eur03on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", M03_QID, addr("لانا سردار عثمان", "lana.sardar@jisour-rafidain.example.org"),
           hdr(M03_SUBJ), M03_ID, body,
           extra=outlook(hdr(M03_SUBJ), "AdbzUx3Pq7Rs1Tu5Vw9Xy2Za4Bc6De==", lang="ar-IQ"))
    org = "منظمة جسور الرافدين للإغاثة والتنمية"
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("شيرين جلال أمين", "مديرة المنظمة", org, ["plenary"]),
        sp("حيدر كاظم الموسوي", "مسؤول ملف العائدين", org, ["roundtable"], 3),
        sp("ريام عبد الكريم الجبوري", "المستشارة القانونية", org, ["rapporteur"])],
        notes="three speakers in one letter, each with an honorific to drop ('الأستاذة', 'السيد', 'الدكتورة'); the "
              "third has no title on her line: it comes in a later paragraph ('هي المستشارة القانونية للمنظمة', "
              "'للمنظمة' points back to the organisation, left out of the title). 'الجلسة العامة' = plenary, "
              "'المائدة المستديرة الثالثة' = roundtable 3 in words, 'مقررةً تنقل الرسائل الرئيسية' = rapporteur. The "
              "signer (programme coordinator) is not a speaker; remote participation is not a role. Outlook, "
              "base64 text + related HTML with a logo; Date UTC+3. Her out-of-office answers our acknowledgement "
              "(h250-04)."))


# ================================================================ 04  AR  auto_reply  warm personal out-of-office with no auto-response header
def m04():
    when = at("2021-01-28 09:03:31")
    ack = ack_mid(M03_QID)
    text = """أهلاً وسهلاً،

شكراً على رسالتك، وصلتني وسأقرؤها باهتمام فور عودتي 🙂

أنا في إجازة قصيرة من اليوم حتى يوم الأحد 7 شباط، وبعيدة عن الحاسوب معظم الوقت. إذا كان موضوعك يخص ترشيحات المنظمة للاستعراض الإقليمي أو أي أمر عاجل، فتواصل/ي رجاءً مع زميلي حيدر الموسوي على العنوان haidar.mousawi@jisour-rafidain.example.org أو على الرقم 00964 750 000 0000.

أعتذر عن تأخري في الرد، وأتمنى لك أياماً جميلة.

لانا

--
تصل هذه الرسالة تلقائياً مرة واحدة لكل مرسِل خلال فترة غيابي.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = robot_rows(when, "mail-am6eur03on0614.outbound.protection.outlook.example.com", "198.51.100.114",
                      "4DQb2Kc9WvzL", addr("لانا سردار عثمان", "lana.sardar@jisour-rafidain.example.org"),
                      re_hdr("Re: ", "Acknowledgement of receipt - " + M03_SUBJ),
                      "<AM6PR03MB51720C7D3E2F9A14@AM6PR03MB5172.eurprd03.prod.outlook.example.com>", (3, 2),
                      irt=ack, refs=M03_ID + " " + ack)
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="out-of-office of the sender of h250-03, 44 seconds after our acknowledgement, written like a personal "
              "note ('أهلاً وسهلاً', an emoji, 'أعتذر عن تأخري', signed 'لانا') under a plain 'Re:' subject. No "
              "Auto-Submitted, X-Autoreply or Precedence header at all (expected check_labels warning): the marks are "
              "the null Return-Path, the timing and the last line 'تصل هذه الرسالة تلقائياً'. It names a speaker of "
              "h250-03 and the review. Never acknowledge; thread_of null as for auto-replies."))


# ================================================================ 05  EN  other  Mailman digest quoting the invitation
def m05():
    when = at("2021-01-29 16:40:12")
    lst = "arab-migration-cso@lists.mena-cso.example.org"
    text = """Send Arab-Migration-CSO mailing list submissions to
	arab-migration-cso@lists.mena-cso.example.org

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.mena-cso.example.org/mailman/listinfo/arab-migration-cso
or, via email, send a message with subject or body 'help' to
	arab-migration-cso-request@lists.mena-cso.example.org

You can reach the person managing the list at
	arab-migration-cso-owner@lists.mena-cso.example.org

When replying, please edit your Subject line so it is more specific
than "Re: Contents of Arab-Migration-CSO digest..."


Today's Topics:

   1. GCM Regional Review (Arab region): call for reports and
      speakers (Rim Abi Nader)
   2. Re: GCM Regional Review (Arab region): call for reports and
      speakers (Tarek Fawzy)
   3. Vacancy: field officer, Medenine/Zarzis, 6 months (Hela Mansouri)


----------------------------------------------------------------------

Message: 1
Date: Fri, 29 Jan 2021 09:12:40 +0200
From: Rim Abi Nader <rim.abinader@sawt-network.example.org>
To: arab-migration-cso@lists.mena-cso.example.org
Subject: [Arab-Migration-CSO] GCM Regional Review (Arab region): call
	for reports and speakers
Message-ID: <b41e7c2a-90d3-4f5e-a1c8-2e6d7f0b9a35@sawt-network.example.org>
Content-Type: text/plain; charset="utf-8"

Dear all,

In case it has not reached you yet, here is the gist of the invitation
from the organisers of the Regional Review of the Global Compact for
Migration in the Arab region:

> Stakeholders are invited to send voluntary GCM review reports,
> individual or collective, to gcmrrarabstates@iom.int by Tuesday
> 16 February 2021 (the deadline has been extended).
>
> Those who wish to take a speaking role - the open discussion of the
> multi-stakeholder consultation on 23 February, the rapporteur role,
> or a floor intervention in the plenary or in one of the four thematic
> roundtables on 24-25 February - should write to the same address
> with the speaker's name, title and organizational affiliation by
> Friday 5 February 2021.

Careful: the Arabic version of the letter gives a different date for
the speakers; the English and French say 5 February.

Best,
Rim


------------------------------

Message: 2
Date: Fri, 29 Jan 2021 11:03:17 +0200
From: Tarek Fawzy <tarek.fawzy@alex-dev-forum.example.org>
To: arab-migration-cso@lists.mena-cso.example.org
Subject: Re: [Arab-Migration-CSO] GCM Regional Review (Arab region):
	call for reports and speakers
Message-ID: <CAF9xR2kL7vQ3nT8+pW4bZ1cM6dY0sH5gJe@mail.gmail.example.com>
Content-Type: text/plain; charset="UTF-8"

Thanks Rim. To answer the people who asked me off-list: yes, collective
reports are welcome. Four of us in Alexandria are writing one together
and hope to send it next week, and we will probably put our coordinator
forward for roundtable 3.

Tarek


------------------------------

Message: 3
Date: Fri, 29 Jan 2021 15:58:02 +0100
From: Hela Mansouri <h.mansouri@tunisie-mobilite.example.tn>
To: arab-migration-cso@lists.mena-cso.example.org
Subject: [Arab-Migration-CSO] Vacancy: field officer, Medenine/Zarzis,
	6 months
Message-ID: <5e2f8a1c-3b7d-4e90-8c16-d4a9f0e27b63@tunisie-mobilite.example.tn>
Content-Type: text/plain; charset="utf-8"

Hello all, we are recruiting a field officer (Arabic/French) for our
reception centre programme. Terms of reference on request.

Hela


------------------------------

Subject: Digest Footer

_______________________________________________
Arab-Migration-CSO mailing list
arab-migration-cso@lists.mena-cso.example.org
https://lists.mena-cso.example.org/mailman/listinfo/arab-migration-cso


------------------------------

End of Arab-Migration-CSO Digest, Vol 21, Issue 4
*************************************************
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "lists.mena-cso.example.org", "203.0.113.33", "4DS0Jt4NwYz2",
                    "arab-migration-cso-request@lists.mena-cso.example.org",
                    "Arab-Migration-CSO Digest, Vol 21, Issue 4", rfcdate(sent_at(when, 1, 3)),
                    "<mailman.4817.1611931209.1502.arab-migration-cso@lists.mena-cso.example.org>", to=lst,
                    extra=[("X-BeenThere", lst), ("X-Mailman-Version", "2.1.29"), ("Precedence", "list"),
                           ("Reply-To", lst),
                           ("List-Id", "Civil society on migration in the Arab region <arab-migration-cso.lists.mena-cso.example.org>"),
                           ("List-Unsubscribe", "<https://lists.mena-cso.example.org/mailman/options/arab-migration-cso>, "
                                                "<mailto:arab-migration-cso-request@lists.mena-cso.example.org?subject=unsubscribe>"),
                           ("List-Archive", "<https://lists.mena-cso.example.org/pipermail/arab-migration-cso/>"),
                           ("List-Post", "<mailto:%s>" % lst),
                           ("Errors-To", "arab-migration-cso-bounces+gcmrrarabstates=iom.int@lists.mena-cso.example.org"),
                           ("Sender", '"Arab-Migration-CSO" <arab-migration-cso-bounces+gcmrrarabstates=iom.int@lists.mena-cso.example.org>')],
                    ret="arab-migration-cso-bounces+gcmrrarabstates=iom.int@lists.mena-cso.example.org")
    add(5, when, top(body, rows), dict(category="other", language="en", acknowledge=False, on_time=None,
        notes="Mailman digest of a civil-society list the review address is subscribed to (Precedence: list, "
              "List-Id, To: the list, VERP Return-Path): one member quotes the invitation (both deadlines, the four "
              "roles, the review address, the Arabic misprint), another announces a collective report and a "
              "coordinator for 'roundtable 3' without naming anyone, a third posts a vacancy. List mail: other, "
              "never acknowledged."))


# ================================================================ 06  EN  speaker  'out of office this week but here is our speaker'
M06_ID = "<DB8P191MB0538A7C2E1F9B46D@DB8P191MB0538.EURP191.PROD.OUTLOOK.example.com>"
M06_SUBJ = "Out of office this week - but here is our speaker (GCM review)"
M06_QID = "4DV2Tg8LqRzN"


def m06():
    when = at("2021-02-01 07:55:31")
    text = """Hello GCM team,

I'm out of the office this week (field visit to Berbera and Lughaya, the network comes and goes) and only reading mail at night, but I didn't want us to miss Friday's deadline, so here is our speaker:

Ms Hodan Abdirahman Warsame - our Protection Programme Lead. She works every day with the young people who leave from here along the Eastern Route towards Yemen and Saudi Arabia, and with the ones who come back.

She would like to take the floor at roundtable two. If that one is full, any of the others is fine with her.

For anything you need while I'm away, please write to info@hcyn.example.org (in copy) rather than to me.

Thanks and regards,
Mustafe

Mustafe Jama Gaas
Executive Director
Horn Coastal Youth Network (HCYN)
Hargeisa

Get Outlook for iOS
"""
    body = alt(text, "_000_DB8P191MB0538A7C2E1F9B46D_", html=ios_outlook_html(text))
    m = mk(when, sent_at(when, 3, 11), "mail-db8eur06on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", M06_QID, "Mustafe Jama Gaas <m.jama@hcyn.example.org>", M06_SUBJ, M06_ID, body,
           cc="HCYN Programmes <info@hcyn.example.org>",
           extra=[("Thread-Topic", M06_SUBJ), ("Thread-Index", "AQHW+Ghd2Lk4Mn6Pq8Rs0Tu2Vw4Xy=="),
                  ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-Mailer", OUTLOOK_IOS)])
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hodan Abdirahman Warsame", "Protection Programme Lead", "Horn Coastal Youth Network (HCYN)",
           ["roundtable"], 2)],
        notes="a real request dressed as an out-of-office: subject 'Out of office this week - but ...', 'I'm out of "
              "the office this week', 'for anything you need while I'm away, please write to ...' - but it is typed "
              "by the director from his phone (no auto-response header, Outlook for iOS) and proposes a colleague. "
              "'Ms' dropped; title after a dash ('our Protection Programme Lead'); the affiliation only in the "
              "sender's signature; 'roundtable two' in words, 'any of the others' is no second number. The sender "
              "is not the speaker. Date UTC+3. The Cc'd address is a helpdesk whose ticket robot answers our "
              "acknowledgement (h250-07)."))


# ================================================================ 07  EN  auto_reply  the partner's helpdesk ticket, signed by a bot persona
def m07():
    when = at("2021-02-01 07:56:44")
    ack = ack_mid(M06_QID)
    text = """Hi there,

Thanks for getting in touch with the Horn Coastal Youth Network! My name is Ayaan and I'll make sure your message reaches the right person on our team.

Your request number is #10482. We usually answer within two working days (Saturday to Wednesday). If you write to us again about the same thing, please keep the number in the subject line so we can find your message quickly.

In the meantime, you can read about our work with young people on the move at https://hcyn.example.org.

Warm wishes,
Ayaan
HCYN Community Desk

--------------------------------
You are receiving this message because you wrote to info@hcyn.example.org. HCYN Community Desk - powered by Zammad.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">'
            '<div style="border-top:4px solid #e8912d;padding:12px 0">%s</div></body></html>\n'
            % "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")))
    body = alt(text, "----=_Part_10482_118372940.1612158999", html=html)
    subj = "[HCYN #10482] RE: Acknowledgement of receipt - " + M06_SUBJ
    rows = robot_rows(when, "desk.hcyn.example.org", "203.0.113.87", "4DV2Wk1NsTz4",
                      "HCYN Community Desk <info@hcyn.example.org>", subj,
                      "<desk.10482.1612158999.7d2e@hcyn.example.org>", (3, 4),
                      extra=[("Reply-To", "HCYN Community Desk <info@hcyn.example.org>"),
                             ("Auto-Submitted", "auto-replied"), ("X-Loop", "info@hcyn.example.org"),
                             ("X-Mailer", "Zammad Mail Service")],
                      irt=ack, refs=M06_ID + " " + ack)
    add(7, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="the partner's helpdesk (the info@ address in Cc of h250-06) opens ticket #10482 on our "
              "acknowledgement and answers like a person ('My name is Ayaan', 'Warm wishes'); the marks are the "
              "ticket number in the subject, Auto-Submitted, X-Loop, the null Return-Path and the 'powered by Zammad' "
              "footer. Its References name h250-06. Never acknowledge (an acknowledgement would open a second "
              "ticket); thread_of null as for auto-replies."))


# ================================================================ 08  EN  both  Amman centre: report PDF + a domestic worker as speaker (+ her bio)
M08_REPORT = "TCMWR_GCM_Voluntary_Report_2021.pdf"
M08_BIO = "Rowena Bautista - short bio.docx"


def m08():
    when = at("2021-02-02 14:22:10")
    subj = "Tadamon Centre - voluntary report and a speaker for 23 February"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Tadamon Centre for Migrant Workers' Rights (TCMWR). It draws on interviews we held between October and December 2020 with 64 domestic workers from the Philippines, Sri Lanka, Bangladesh, Uganda and Kenya living in Amman and Zarqa, many of whom lost their jobs or their legal status during the lockdowns.

We would also like one of these women to be heard directly. We propose Ms Rowena Bautista, Community Organiser at TCMWR, to take part in the open discussion of the multi-stakeholder consultation on 23 February. Rowena has lived in Jordan for eleven years, first as a live-in domestic worker, and since 2019 she runs our Sunday support group. Her short bio is attached as well.

We are happy to provide anything else you need.

Kind regards,

Dr. Lina Haddadin
Executive Director
Tadamon Centre for Migrant Workers' Rights (TCMWR)
Jabal Al-Weibdeh, Amman
"""
    pdf = rep_pdf("Voluntary GCM review report", "Tadamon Centre for Migrant Workers' Rights (TCMWR), Amman",
                  ["64 interviews with domestic workers, Oct-Dec 2020", "Jobs and residency lost in the lockdowns",
                   "Recruitment fees and passports kept by employers", "Recommendations"])
    bio = make_docx(["Rowena Bautista", "Community Organiser, TCMWR",
                     "Domestic worker in Jordan since 2010; runs the Sunday support group since 2019."])
    a = alt(text, "=_8f2c41d07e9b6a35c1d2e7f0a4b93c68", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_REPORT), attach(DOCX, bio, M08_BIO)],
                 "=_1a7e3c90d2f54b68e0c9a1d7b3f52e04")
    m = mk(when, sent_at(when, 2, 6), "mail.tadamon-mwr.example.jo", "203.0.113.142", "4DWf3Nq7YbzC",
           "Lina Haddadin <director@tadamon-mwr.example.jo>", subj,
           "<a71c3e5f9b2d4e08c6f1d2a3b4c5e6f7@tadamon-mwr.example.jo>", body, extra=[("User-Agent", ROUNDCUBE)])
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rowena Bautista", "Community Organiser", "Tadamon Centre for Migrant Workers' Rights (TCMWR)",
           ["open_discussion"])],
        report_attachments=[M08_REPORT],
        notes="report and speaker in one message before both deadlines; two attachments but only the PDF is the "
              "report: the DOCX is the speaker's bio. 'Ms' dropped; 'Community Organiser at TCMWR' gives only the "
              "acronym, the fullest form is in the first paragraph and the signature; 'open discussion of the "
              "multi-stakeholder consultation' = open_discussion; 'Dr.' belongs to the sender, who is not a speaker. "
              "Roundcube, Date UTC+2."))


# ================================================================ 09  FR  speaker  self-nomination, name and organisation only in the signature
M09_ID = "<5B2E8D41-7A3C-4F96-B0E1-C9D47F2A6E83@osmmh.example.ma>"
M09_SUBJ = "Demande d'intervention – Observatoire Souss-Massa"
M09_QID = "4DXr6Pm2HczQ"


def m09():
    when = at("2021-02-03 11:30:05")
    text = """Madame, Monsieur,

En tant que coordinateur de l'Observatoire, je me permets de vous adresser ma candidature pour prendre la parole lors de la deuxième table ronde thématique de la Conférence (24-25 février). Nos travaux récents portent sur les jeunes du Souss partis vers les Canaries en 2020 et sur les travailleurs subsahariens des exploitations agricoles de Chtouka Aït Baha ; je crois qu'ils pourraient nourrir la discussion.

Si la deuxième table ronde est déjà complète, une intervention depuis la salle lors d'une séance plénière me conviendrait également.

Ma collègue Nadia Ait Brahim, chargée d'études, est en copie : c'est elle qui a coordonné l'enquête de terrain, mais elle ne sera pas disponible les 24 et 25 février.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pr Driss Oubella
Coordinateur
Observatoire Souss-Massa des Mobilités Humaines (OSMMH)
Faculté des Lettres et des Sciences Humaines – Agadir, Maroc
"""
    a = alt(text, "Apple-Mail=_2D7F4B19-8C3E-4A51-9E60-B1F3D8C27A45", html=apple_html(text))
    m = mk(when, sent_at(when, 1, 7), "mail.osmmh.example.ma", "203.0.113.96", M09_QID,
           "Driss Oubella <d.oubella@osmmh.example.ma>", hdr(M09_SUBJ, enc="Q"), M09_ID, a,
           cc="Nadia Ait Brahim <n.aitbrahim@osmmh.example.ma>", extra=[("X-Mailer", APPLE)])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Driss Oubella", "Coordinateur", "Observatoire Souss-Massa des Mobilités Humaines (OSMMH)",
           ["roundtable", "plenary"], 2)],
        notes="self-nomination in the first person ('ma candidature'): the body says only 'coordinateur de "
              "l'Observatoire'; the name (with 'Pr', dropped), the title and the full name of the observatory with "
              "its acronym are only in the signature; the faculty/city line is the address. 'la deuxième table "
              "ronde' = roundtable 2 in words, with a plenary floor intervention as fallback (both roles). The "
              "colleague in Cc, with her title, is explicitly not available, not a speaker; her vacation reply "
              "follows (h250-10). Apple Mail, Date UTC+1."))


# ================================================================ 10  FR  auto_reply  Sieve vacation reply of the colleague in Cc, subject says nothing
def m10():
    when = at("2021-02-03 11:31:12")
    ack = ack_mid(M09_QID)
    text = """Bonjour,

Merci beaucoup pour votre message ! Je suis en mission de terrain entre Tiznit et Guelmim jusqu'au vendredi 12 février, avec un accès très irrégulier à ma messagerie.

Je vous répondrai dès mon retour. Pour toute question urgente concernant l'Observatoire, vous pouvez écrire à Driss Oubella (d.oubella@osmmh.example.ma).

Belle journée à vous,
Nadia
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    rows = robot_rows(when, "mail.osmmh.example.ma", "203.0.113.96", "4DXr7Bn4JdzS",
                      "Nadia Ait Brahim <n.aitbrahim@osmmh.example.ma>",
                      hdr("En mission jusqu'au 12/02 – réponse différée", enc="Q"),
                      "<dovecot-sieve-1612344671-718224-0@mail.osmmh.example.ma>", (1, 2),
                      extra=[("Auto-Submitted", "auto-replied (vacation)"),
                             ("X-Sieve", "Pigeonhole Sieve 0.5.11 (50f3e1bf)")],
                      irt=ack, refs=M09_ID + " " + ack)
    add(10, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Dovecot Sieve vacation reply of the colleague in Cc of h250-09, answering the copy of our "
              "acknowledgement: its own subject says nothing automatic ('En mission jusqu'au 12/02 – réponse "
              "différée', no 'Re:'), the body is friendly and first-person ('Merci beaucoup pour votre message !'); "
              "the marks are the unusual 'Auto-Submitted: auto-replied (vacation)', X-Sieve and the null "
              "Return-Path. It names the speaker of h250-09. Never acknowledge; thread_of null as for "
              "auto-replies."))


# ================================================================ 11  AR  speaker  request sent through the organisation's CiviCRM
def m11():
    when = at("2021-02-04 12:06:18")
    subj = "ترشيح متحدثة عن منظمة نفير - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    paras = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية،

السلام عليكم ورحمة الله،

بالإشارة إلى دعوتكم الكريمة، تتشرف منظمة نفير للتنمية والهجرة الآمنة (NAFEER) بترشيح الأستاذة إخلاص عوض الكريم بابكر، رئيسة قسم البحوث بالمنظمة، للمشاركة في فعاليات الاستعراض على النحو الآتي:

• المشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 فبراير؛
• والمداخلة في المائدة المستديرة المواضيعية الأولى يومي 24-25 فبراير.

وقد أشرفت الأستاذة إخلاص خلال العامين الماضيين على دراسة عن الشباب السودانيين العابرين نحو ليبيا ومصر، وعلى برنامج للتوعية بمخاطر الهجرة غير النظامية في ولايات دارفور وكردفان.

أرسل إليكم هذه الرسالة من نظام المراسلات الخاص بالمنظمة، ويمكنكم الرد مباشرة على بريدي: hiba.osman@nafeer-sd.example.org

مع وافر التقدير،
هبة عثمان الطيب
مسؤولة الاتصال
منظمة نفير للتنمية والهجرة الآمنة"""
    inner = ('<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">'
             '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Tahoma,Arial,'
             'sans-serif;font-size:15px;line-height:1.7">'
             '<tr><td style="background:#0b5e55;color:#fff;padding:14px 20px;font-size:18px">'
             '<img src="https://crm.nafeer-sd.example.org/sites/default/files/logo-nafeer.png" width="40" height="40" '
             'alt="">&nbsp; منظمة نفير للتنمية والهجرة الآمنة | NAFEER</td></tr>'
             '<tr><td style="padding:20px">%s</td></tr>'
             '<tr><td style="background:#eeeeee;color:#777;font-size:12px;padding:12px 20px">'
             'منظمة نفير للتنمية والهجرة الآمنة - الخرطوم، السودان<br>'
             'وصلتك هذه الرسالة لأن عنوانك مسجّل لدى منظمة نفير. '
             '<a href="https://crm.nafeer-sd.example.org/civicrm/mailing/unsubscribe?reset=1&amp;jid=2291&amp;qid=48817&amp;h=5f3c2a9e1d7b4c60">'
             'لإلغاء الاشتراك اضغط هنا</a></td></tr></table>'
             '<img src="https://crm.nafeer-sd.example.org/civicrm/mailing/open?q=48817" width="1" height="1" alt="">'
             '</td></tr></table>'
             % "".join('<p dir="rtl" style="margin:0 0 12px">%s</p>' % esc(p).replace("\n", "<br>")
                       for p in paras.split("\n\n")))
    body = html_only(inner, rtl=True, b64=True, lang="ar")
    verp = "b.2291.48817.5f3c2a9e1d7b4c60@nafeer-sd.example.org"
    m = mk(when, sent_at(when, 2, 9), "crm.nafeer-sd.example.org", "203.0.113.158", "4DYk0Lw5QfzV",
           addr("منظمة نفير - NAFEER", "info@nafeer-sd.example.org"), hdr(subj),
           "<civicrm.2291.48817.1612433173@nafeer-sd.example.org>", body, ret=verp,
           extra=[("Reply-To", "hiba.osman@nafeer-sd.example.org"), ("X-CiviMail-Bounce", verp),
                  ("List-Unsubscribe", "<mailto:u.2291.48817.5f3c2a9e1d7b4c60@nafeer-sd.example.org>"),
                  ("X-Mailer", "CiviCRM 5.32.2")])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("إخلاص عوض الكريم بابكر", "رئيسة قسم البحوث", "منظمة نفير للتنمية والهجرة الآمنة (NAFEER)",
           ["open_discussion", "roundtable"], 1)],
        notes="a person's request that looks like a mass mailing: sent through the organisation's CiviCRM, with a "
              "VERP Return-Path, X-CiviMail-Bounce, List-Unsubscribe, an HTML-only newsletter template (banner, "
              "grey footer with 'لإلغاء الاشتراك اضغط هنا', a 1-pixel open tracker) and the organisation's info@ address as From. "
              "But it is addressed to the review mailbox alone, has no Precedence or List-Id, and is written and "
              "signed by the communications officer, who asks for replies at her own address (Reply-To): "
              "acknowledge. 'الأستاذة' dropped; the title's trailing 'بالمنظمة' points back to the organisation; two "
              "roles, 'المائدة المستديرة المواضيعية الأولى' = roundtable 1. Base64 HTML, Date UTC+2 (Khartoum)."))


# ================================================================ 12  EN  speaker  terse one-liner from an iPhone, 00:41 in Kuwait = 23:41 Beirut
def m12():
    when = at("2021-02-05 23:41:33")
    text = """Plenary - Dr Faisal Al-Mutairi, Head of Research, Gulf Labour Observatory. Thx

Sent from my iPhone"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent_at(when, 3, 12), "mr85p00im-ztdg06011201.me.example.com", "198.51.100.186", "4F0Bx9Gd1RzH",
           "Faisal <fmutairi.glo@icloud.example.com>", "speaker",
           "<C7E2B9A4-51D8-4F3E-A6C0-2D9E8B7F1A35@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Faisal Al-Mutairi", "Head of Research", "Gulf Labour Observatory", ["plenary"])],
        notes="a terse one-liner from an iPhone that reads like a machine-made record: one-word lower-case subject "
              "'speaker', no greeting, role first, 'Thx'; From display name only 'Faisal' (an iCloud address), "
              "apparently nominating himself. 'Dr' dropped. The Date header says Sat 6 Feb 00:41 (+0300, Kuwait), "
              "but it was received at 23:41 Beirut on Friday 5 February: on time."))


# ================================================================ 13  EN  speaker  late: the office manager writes for the Chairperson (Roundtable IV)
def m13():
    when = at("2021-02-08 10:15:40")
    subj = "Request - speaking role for our Chairperson (late, apologies)"
    text = """Dear Sir/Madam,

I write on behalf of our Chairperson, Mrs. Fatima Ebrahim Al-Sayed, who is travelling this week.

I am aware that the deadline for speaking roles was last Friday, and I apologise: your invitation only reached our office on Sunday through a partner organisation. Should it still be possible, Mrs. Al-Sayed would be honoured to serve as rapporteur and present the key messages of the stakeholders. Failing that, she would like to make a floor intervention at Roundtable IV.

Mrs. Al-Sayed has chaired the Circle since 2012, after twenty years in the nursing profession, and she coordinates our shelter and legal-aid desk for workers who have left abusive employers.

With kind regards,

Joanna Pereira
Office Manager
Migrant Workers Welfare Circle (MWWC)
Manama, Kingdom of Bahrain
"""
    body = alt(text, "_000_VI1PR0602MB3645F2B8D7E1C093_", html=outlook_html(text, lang="EN-GB"))
    m = mk(when, sent_at(when, 3, 9), "mail-vi1eur06on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4F2Cn5Xr8KzD", "Joanna Pereira <office@mwwc-bh.example.org>", subj,
           "<VI1PR0602MB3645F2B8D7E1C093@VI1PR0602MB3645.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcB8Qw2Er4Ty6Ui8Op0As2Df4Gh6Jk==", lang="en-GB"))
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Fatima Ebrahim Al-Sayed", "Chairperson", "Migrant Workers Welfare Circle (MWWC)",
           ["rapporteur", "roundtable"], 4)],
        notes="late (Monday 8 February) and says so; the office manager writes for the Chairperson (not a "
              "speaker herself). 'Mrs.' dropped; the title only in 'our Chairperson'; the organisation only in the "
              "signature ('the Circle' in the body); rapporteur first, 'Roundtable IV' (Roman numeral) as fallback: "
              "both roles, roundtable 4. Twenty years of nursing is background, not a title. Outlook, Date UTC+3."))


# ================================================================ 14  AR  report  sent from the office's no-reply scanning copier, with a person's note
M14_FILE = "20210209131954741.pdf"


def m14():
    when = at("2021-02-09 13:20:12")
    text = """الإخوة الأعزاء في أمانة الاستعراض الإقليمي،
مرفق التقرير الطوعي لمؤسسة عدن للتنمية المجتمعية عن أوضاع المهاجرين القادمين من القرن الأفريقي عبر سواحل لحج وشبوة، والعالقين منهم في عدن.
أرسلناه من آلة التصوير في المكتب لأن الإنترنت على أجهزتنا ضعيف جداً هذه الأيام. يرجى إرسال إشعار الاستلام إلى بريدي nabil.saqqaf@aden-cdf.example.org وليس إلى هذا العنوان.
نبيل السقاف - مدير البرامج

This E-mail was sent from "RICOH IM C3000" (IM C3000).

Scan Date: 02.09.2021 13:19:54 (+0300)
Queries to: scanner-noreply@aden-cdf.example.org
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic, scanned)", "Aden Community Development Foundation",
                  ["Arrivals from the Horn of Africa on the Lahj and Shabwa coasts", "Migrants stranded in Aden",
                   "Detention, smuggling and COVID-19", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"), attach("application/pdf", pdf, M14_FILE)],
                 "=_RICOH_IMC3000_20210209131954_3a8f")
    m = mk(when, sent_at(when, 3, 18), "mail.aden-cdf.example.org", "203.0.113.201", "4F3Dm2Vq6WzB",
           '"RICOH IM C3000" <scanner-noreply@aden-cdf.example.org>', "Scan Data from RICOH IM C3000",
           "<20210209131954.0026738A1F2C@aden-cdf.example.org>", body)
    add(14, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M14_FILE],
        notes="a person's submission that looks like a machine's: From is the office copier's no-reply address, "
              "the subject is the copier's default ('Scan Data from RICOH IM C3000'), the file name is a time stamp, "
              "and the copier's English template closes the body; but above it the programme manager typed a note "
              "submitting the foundation's voluntary report and asking that the acknowledgement go to his own "
              "address, not the copier's (acknowledge him, in Arabic). Base64 text; 'Scan Date' in the copier's "
              "month-first format; Date UTC+3 (Aden)."))


# ================================================================ 15  FR  auto_reply  Outlook read receipt for our French reminder
def m15():
    when = at("2021-02-10 08:47:03")
    reader = "asso.sanabil.oran@outlook.example.com"
    text = """Votre message

  À : %s
  Objet : %s
  Envoyé : mardi 9 février 2021 11:00:14 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 10 février 2021 07:46:58 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""" % (reader, REMINDER_FR_SUBJ)
    p1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    p2 = leaf("message/disposition-notification",
              "Reporting-UA: DESKTOP-7QK2M4L; Microsoft Outlook 16.0\n"
              "Final-Recipient: rfc822;%s\n"
              "Original-Message-ID: %s\n"
              "Disposition: manual-action/MDN-sent-manually; displayed\n" % (reader, REMINDER_FR),
              cte="7bit")
    body = multi("report", [p1, p2], "----=_NextPart_000_0017_01D6FF8A.5C2B3E40",
                 params=[("report-type", "disposition-notification")])
    rows = std_rows(when, "mail-am7eur03olkn2031.outbound.protection.outlook.example.com", "198.51.100.31",
                    "4F4Fq7Tz3HzM", addr("Association Sanabil – Oran", reader, enc="Q"),
                    hdr("Lu : " + REMINDER_FR_SUBJ, enc="Q"), rfcdate(sent_at(when, 1, 4)),
                    "<AM7PR03MB6410B3C9E8D2F51A@AM7PR03MB6410.eurprd03.prod.outlook.example.com>",
                    extra=[("Thread-Topic", REMINDER_FR_SUBJ), ("Thread-Index", "AdcFuK1Xm3Zq5Wn7Pr9Ts1Vx3Zb5=="),
                           ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")],
                    ret="asso.sanabil.oran@outlook.example.com")
    rows += [("In-Reply-To", REMINDER_FR), ("References", REMINDER_FR)]
    add(15, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Outlook read receipt ('Lu : ' + the subject of the secretariat's reminder about the report "
              "deadline): multipart/report; report-type=disposition-notification, sent when an association in Oran "
              "opened the reminder. No Auto-Submitted header (expected check_labels warning) and a normal Return-Path; "
              "the subject and the quoted reminder are full of 'rapports volontaires' and '16 février'. Not covered "
              "by LABELS.md: recorded as auto_reply (generated by the client, nobody wrote it); never acknowledge. "
              "In-Reply-To names the reminder, not a labelled message."))


# ================================================================ 16  FR  report  Nouakchott network: DOCX report + signed cover letter + logo
M16_ID = "<DB9PR02MB7284C1E5A9F3D760@DB9PR02MB7284.eurprd02.prod.outlook.example.com>"
M16_SUBJ = "Rapport volontaire du RMDM – Examen régional du Pacte mondial"
M16_QID = "4F5Hw8Rb2LzP"
M16_REPORT = "Rapport_volontaire_RMDM_PMM_2021.docx"
M16_LETTER = "Lettre de transmission RMDM – signée.pdf"
M16_CC = "sm.ouldbrahim@rmdm.example.mr"


def m16():
    when = at("2021-02-11 15:05:26")
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire du Réseau Mauritanien pour les Droits des Migrants (RMDM) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, accompagné de notre lettre de transmission signée par le Président.

Le rapport rend compte de la situation des migrants ouest-africains à Nouadhibou et à Nouakchott (pêche artisanale, travail domestique, départs vers les Canaries depuis l'automne 2020) et de l'accès aux titres de séjour depuis la réforme de 2019.

Notre Président aurait souhaité intervenir lors de la Conférence, mais nous avons laissé passer la date du 5 février ; nous suivrons donc les travaux en ligne si un lien est communiqué.

Mon collègue Sidi Mohamed Ould Brahim, chargé du suivi, est en copie.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Mariem Mint Ahmed Salem
Secrétaire exécutive
Réseau Mauritanien pour les Droits des Migrants (RMDM)
Tevragh Zeina – Nouakchott
"""
    doc = make_docx(["Reseau Mauritanien pour les Droits des Migrants (RMDM)",
                     "Rapport volontaire - Examen regional du Pacte mondial pour les migrations, 2021",
                     "1. Nouadhibou et Nouakchott : peche artisanale et travail domestique",
                     "2. Les departs vers les Canaries depuis l'automne 2020",
                     "3. Titres de sejour depuis la reforme de 2019", "4. Recommandations"])
    letter = make_pdf(["RMDM - Nouakchott, le 10 fevrier 2021", "Lettre de transmission",
                       "Le President du RMDM a l'honneur de transmettre le rapport volontaire du reseau.",
                       "Signe : le President"])
    cid = "image001.png@01D7007C.4E2A9B10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (200, 140, 30))], "_007_DB9PR02MB7284C1E5A9F3D760_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB9PR02MB7284C1E5A9F3D760_")
    body = multi("mixed", [a, attach(DOCX, doc, M16_REPORT), attach("application/pdf", letter, M16_LETTER)],
                 "_008_DB9PR02MB7284C1E5A9F3D760_")
    m = mk(when, sent_at(when, 0, 8), "mail-db9eur02on0633.outbound.protection.outlook.example.com",
           "198.51.100.133", M16_QID, "Mariem Mint Ahmed Salem <m.mintahmedsalem@rmdm.example.mr>",
           hdr(M16_SUBJ, enc="Q"), M16_ID, body, cc="Sidi Mohamed Ould Brahim <%s>" % M16_CC,
           extra=outlook(hdr(M16_SUBJ, enc="Q"), "AdcAj7Lk9Mn1Bv3Cx5Za7Sd9Fg1Hj==", lang="fr-FR", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M16_REPORT],
        notes="report DOCX plus a signed transmittal letter PDF (accented name with an en dash, RFC 2231 + RFC 2047) "
              "and an inline logo: only the DOCX is the report. 'Notre Président aurait souhaité intervenir' "
              "mentions a speaking role but requests none (they missed 5 February and say they will follow online). "
              "The colleague in Cc with his function is not a speaker; the copy of our acknowledgement to him "
              "bounces (h250-17) and the sender thanks us in one line (h250-18). Outlook related, Date UTC+0."))


# ================================================================ 17  FR  bounce  French DSN: the Cc'd colleague's mailbox is full
def m17():
    when = at("2021-02-11 15:06:02")
    ack = ack_mid(M16_QID)
    notice = """Ceci est un message automatique du serveur de messagerie mail.rmdm.example.mr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il s'agit d'une erreur permanente. L'adresse suivante a échoué :

  %s
    La boîte aux lettres du destinataire est pleine (quota dépassé).
    552 5.2.2 Mailbox full

Les en-têtes du message d'origine figurent ci-dessous.
""" % M16_CC
    p1 = leaf("text/plain", notice, "utf-8", "quoted-printable", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in ("Reporting-MTA: dns; mail.rmdm.example.mr\nArrival-Date: %s\n" % rfcdate(tz_utc(when, -30)),
                  "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.2.2\n"
                  "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n" % M16_CC):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    returned = ("Return-Path: <gcmrrarabstates@iom.int>\n"
                "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                "To: Mariem Mint Ahmed Salem <m.mintahmedsalem@rmdm.example.mr>\n"
                "Cc: Sidi Mohamed Ould Brahim <%s>\n"
                "Subject: %s\n"
                "Date: %s\n"
                "Message-ID: %s\n"
                "In-Reply-To: %s\n"
                "References: %s\n"
                % (M16_CC, hdr("Accusé de réception - " + M16_SUBJ, enc="Q").encode(),
                   rfcdate(when - dt.timedelta(seconds=34)), ack, M16_ID, M16_ID))
    p3 = leaf("text/rfc822-headers", returned, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4F5Hx0Tc9NzR.1613048762/mail.rmdm.example.mr",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mail.rmdm.example.mr (mail.rmdm.example.mr [203.0.113.77])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4F5Hx2Vd1PzT\r\n"
                         "\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(tz_utc(when, -4))),
            ("From", addr("Système de messagerie", "MAILER-DAEMON@mail.rmdm.example.mr", enc="Q")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Subject", hdr("Non distribué : Accusé de réception - " + M16_SUBJ, enc="Q")),
            ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210211130558.4F5Hx0Tc9NzR@mail.rmdm.example.mr>")]
    add(17, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French delivery status notification from the Mauritanian network's own server (552 5.2.2, mailbox "
              "full) for the copy of our acknowledgement of h250-16 sent to the Cc'd colleague; multipart/report "
              "with a UTF-8 French notice, the delivery status and the returned headers (In-Reply-To names h250-16, "
              "the subject names the voluntary report). Never acknowledge; thread_of null as for bounces."))


def tz_utc(when, secs):
    """`when` shifted by `secs` seconds, in UTC (the Mauritanian server's clock)."""
    return (when + dt.timedelta(seconds=secs)).astimezone(dt.timezone.utc)


# ================================================================ 18  FR  other  'Bien reçu, merci.' from a phone: a person who looks like a robot
def m18():
    when = at("2021-02-12 09:12:44")
    ack = ack_mid(M16_QID)
    quoted = """Madame, Monsieur,

Nous accusons bonne réception de votre message « %s » et du rapport volontaire qui l'accompagne. Il sera transmis à l'équipe chargée de l'examen régional.

Le secrétariat de l'examen régional du Pacte mondial pour les migrations - États arabes""" % M16_SUBJ
    t = """Bien reçu, merci.

Envoyé de mon iPhone

> Le 11 févr. 2021 à 13:05, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
""" + gt(quoted) + "\n"
    body = leaf("text/plain", t, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 0, 6), "mail-db9eur02on0633.outbound.protection.outlook.example.com",
           "198.51.100.133", "4F6Jb3Yd7MzW", "Mariem Mint Ahmed Salem <m.mintahmedsalem@rmdm.example.mr>",
           hdr("Re: Accusé de réception - " + M16_SUBJ, enc="Q"),
           "<0E7B1A29-6C4D-4F83-9D25-B8E3A1C7F604@rmdm.example.mr>", body,
           extra=[("In-Reply-To", ack), ("References", M16_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(18, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 16,
        notes="a person who reads like a robot: three words ('Bien reçu, merci.') and 'Envoyé de mon iPhone' under "
              "our quoted acknowledgement of h250-16 - but no auto-response header, a normal Return-Path, sent the "
              "next morning. A thank-you that adds nothing new: other, not acknowledged (not auto_reply). It says "
              "nothing about the bounce of the Cc copy (h250-17). thread_of h250-16."))


# ================================================================ 19  EN  report  Doha collective: Apple Mail, PDF with typographic characters
M19_ID = "<8D4F2A71-C3B6-4E95-A0D8-17E9B5C2F346@dmwsc.example.qa>"
M19_SUBJ = "Voluntary GCM review report – Doha Migrant Women’s Support Collective"
M19_FILE = "Women’s Voices – DMWSC report, Feb 2021.pdf"
M19_T1 = """Dear Review Secretariat,

Attached is the voluntary report of the Doha Migrant Women’s Support Collective (DMWSC) for the Regional Review of the GCM in the Arab region.
"""
M19_T2 = """
We are a volunteer collective of domestic workers, nannies and cleaners from Kenya, Uganda, the Philippines, Nepal and Sri Lanka. The report brings together what 112 women told us between September and December 2020 about the changes to the sponsorship rules, the wage protection system, and what happened to those who were stranded during the lockdown.

Our founder, Esther Nakato, spoke at the regional consultation in 2019 and found it very useful. This year none of us can take time off in February, so we are only sending the report – but we will follow the sessions if they are streamed.

Warm regards,
Grace Wanjiru Mwangi
Coordinator, DMWSC
Doha, Qatar
"""


def m19():
    when = at("2021-02-12 11:48:20")
    pdf = rep_pdf("Women's Voices - voluntary GCM review report", "Doha Migrant Women's Support Collective (DMWSC)",
                  ["112 women, Sept-Dec 2020", "Changes to the sponsorship rules", "Wage protection",
                   "Stranded during the lockdown", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", M19_T1), attach("application/pdf", pdf, M19_FILE, inline=True),
                           leaf("text/plain", M19_T2)], "Apple-Mail=_6A1E9C34-2F7B-4D80-B5E3-D19C4A7F2B58")
    m = mk(when, sent_at(when, 3, 7), "mail.dmwsc.example.qa", "203.0.113.240", "4F6Kc5Ze9NzX",
           "Grace Wanjiru Mwangi <grace.mwangi@dmwsc.example.qa>", hdr(M19_SUBJ, enc="Q"), M19_ID, body,
           extra=[("X-Mailer", APPLE)])
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="Apple Mail layout multipart/mixed [text, PDF with Content-Disposition inline, text]: the inline PDF "
              "is the report; its name has a typographic apostrophe, an en dash and a comma (RFC 2231 + RFC 2047), "
              "and so does the subject. The founder 'spoke at the regional consultation in 2019' and the collective "
              "will 'follow the sessions': a speaking role is mentioned, none requested. Date UTC+3. Replaced by a "
              "corrected version (h250-22)."))


# ================================================================ 20  AR  other  Cairo volunteer who only wants to listen (Egyptian colloquial, phone)
def m20():
    when = at("2021-02-13 19:30:55")
    subj = "استفسار عن الحضور"
    text = """مساء الخير،

أنا مي عبد الرحمن، باحثة متطوعة مع جمعية صغيرة في عين شمس بتشتغل مع اللاجئين السودانيين والجنوب سودانيين، والدعوة وصلتنا عن طريق شبكة الجمعيات.

أنا مش عايزة أتكلم في المؤتمر ومعنديش مداخلة خالص، أنا بس عايزة أحضر وأسمع، خصوصاً المشاورة يوم 23. هل فيه رابط تسجيل للحضور؟ ولو الحضور أونلاين، هيبقى فيه ترجمة للعربي؟

وكمان زميلتي في الجمعية بتكتب تقرير عن شغلنا وإن شاء الله هتبعته قبل يوم 16، فهل لازم نكون متسجلين الأول علشان نبعت التقرير؟

شكراً جداً ليكم
مي
"""
    body = alt(text, "000000000000f3a91c05bb3e7d42", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f54.google.example.com", "192.0.2.54", "4F7Ld1Wf3QzY",
           "Mai Abdelrahman <maiabdelrahman.88@gmail.example.com>", hdr(subj),
           "<CAKq7Vt2Xm9bR4nL+s1Pw6Hc3dZ8yF5gTj0@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="someone who only wants to attend ('مش عايزة أتكلم ... بس عايزة أحضر وأسمع'), with questions about "
              "registration, interpretation and whether one must be registered to send a report; she mentions a "
              "colleague's report to come 'قبل يوم 16' without sending one, and names no speaker. Egyptian "
              "colloquial from Gmail on a phone, Latin display name, base64; Date UTC+2."))


# ================================================================ 21  AR  other  Outlook calendar acceptance with one typed line
def m21():
    when = at("2021-02-15 10:05:09")
    comment = "شكراً على الدعوة، سأكون حاضرة إن شاء الله عبر الرابط.\n\nشيرين"
    subj_ar = "مقبول: "
    text = comment + "\n"
    ics = ics_fold("""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=شيرين جلال أمين:mailto:shirin.jalal@jisour-rafidain.example.org
COMMENT;LANGUAGE=ar-IQ:شكراً على الدعوة، سأكون حاضرة إن شاء الله عبر الرابط.\\n\\nشيرين\\n
SUMMARY;LANGUAGE=ar-IQ:مقبول: %s
DTSTART:20210223T070000Z
DTEND:20210223T140000Z
UID:040000008200E00074C5B7101A82E00800000000B0C9E14E3A03D701000000000000000010000000A2F5C7D3E1B84F9A8C6D0E2B4F7A1C35
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20210215T080505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ar-IQ:Microsoft Teams
END:VEVENT
END:VCALENDAR
""" % INVITE_SUBJ)
    html = outlook_html(comment, lang="AR-IQ", rtl=True)
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64"),
                                 leaf("text/calendar", ics, cte="base64", params=[("method", "REPLY")])],
                 "_000_AM6PR03MB5172A3F8D1C6E29B_")
    m = mk(when, sent_at(when, 3, 6), "mail-am6eur03on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", "4F9Mf6Yh2SzB", addr("شيرين جلال أمين", "shirin.jalal@jisour-rafidain.example.org"),
           hdr(subj_ar + INVITE_SUBJ), "<AM6PR03MB5172A3F8D1C6E29B@AM6PR03MB5172.eurprd03.prod.outlook.example.com>",
           body, extra=[("In-Reply-To", INVITE_ID), ("References", INVITE_ID),
                        ("Thread-Topic", INVITE_SUBJ), ("Thread-Index", "AdcDJo4Qx7Wm2Kp5Lr8Nt1Vz3Bq6Hg=="),
                        ("Content-Language", "ar-IQ"), ("X-MS-Has-Attach", ""),
                        ("Content-class", "urn:content-classes:calendarmessage")])
    add(21, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None,
        notes="Outlook meeting response (multipart/alternative text + HTML + text/calendar METHOD:REPLY, "
              "PARTSTAT=ACCEPTED, 'مقبول:' before the English subject of the secretariat's invitation to the "
              "consultation): produced by the calendar when the plenary speaker of h250-03 clicked Accept, with one "
              "typed line ('سأكون حاضرة إن شاء الله'). It proposes and asks nothing new: other, not acknowledged "
              "(a reply to our invitation, like a thank-you). In-Reply-To names the invitation, not a labelled "
              "message, and it is not a follow-up of the submission (she did not send h250-03): thread_of null. "
              "Date UTC+3."))


# ================================================================ 22  EN  report  corrected version of 19, iPhone reply to her own message
M22_FILE = "Women’s Voices – DMWSC report, Feb 2021 (corrected).pdf"


def m22():
    when = at("2021-02-15 17:22:31")
    t1 = """Hi again,

Please use this corrected version instead of the one I sent on Friday – two figures in the table on page 4 were from 2019. Nothing else has changed.

Sorry for the trouble!
Grace
"""
    t2 = """

Sent from my iPhone

On 12 Feb 2021, at 12:48, Grace Wanjiru Mwangi <grace.mwangi@dmwsc.example.qa> wrote:

""" + gt(M19_T1 + "\n[" + M19_FILE + "]\n" + M19_T2) + "\n"
    pdf = rep_pdf("Women's Voices - voluntary GCM review report (corrected)",
                  "Doha Migrant Women's Support Collective (DMWSC)",
                  ["112 women, Sept-Dec 2020", "Changes to the sponsorship rules", "Wage protection (table corrected)",
                   "Stranded during the lockdown", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", t1, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, M22_FILE, inline=True),
                           leaf("text/plain", t2, "utf-8", "quoted-printable")],
                 "Apple-Mail-9C3E7A15-4B2D-4F68-8E01-A5D7C3B9F2E4")
    m = mk(when, sent_at(when, 3, 10), "mail.dmwsc.example.qa", "203.0.113.240", "4F9Pg8Zj4TzD",
           "Grace Wanjiru Mwangi <grace.mwangi@dmwsc.example.qa>", hdr("Re: " + M19_SUBJ, enc="Q"),
           "<F1A6D3B8-7E2C-4095-B4D7-3C8E1F9A2B60@dmwsc.example.qa>", body,
           extra=[("In-Reply-To", M19_ID), ("References", M19_ID), ("X-Mailer", IPHONE)])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE], thread_of=H % 19,
        notes="corrected version replacing the report of h250-19, sent as an iPhone reply to her own message "
              "(In-Reply-To h250-19); iPhone layout [text, inline PDF, text] with the original quoted below 'Sent "
              "from my iPhone', including the old file name in brackets: only the new PDF (typographic apostrophe, "
              "en dash, '(corrected)') is attached and listed. thread_of h250-19; on time (15 February)."))


# ================================================================ 23  AR  both  Gaziantep centre on the report deadline evening: report on time, speaker late
M23_FILE = "التقرير الطوعي - مركز سنديان - شباط 2021.docx"


def m23():
    when = at("2021-02-16 21:18:40")
    subj = "التقرير الطوعي لمركز سنديان وترشيح للجلسة العامة"
    text = """السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

نرفق لكم التقرير الطوعي لمركز سنديان للدعم النفسي والاجتماعي والتنمية حول أوضاع اللاجئين السوريين في جنوب تركيا والعائدين منهم إلى شمال سوريا، مع التركيز على الصحة النفسية للشباب وعلى لمّ شمل الأسر المشتتة بين تركيا وأوروبا.

كما يسعدنا ترشيح الدكتورة رهف ماجد العطار، رئيسة مجلس إدارة المركز، لإلقاء مداخلة في الجلسة العامة، وإن لم يتسنّ ذلك ففي المائدة المستديرة الرابعة. والدكتورة رهف طبيبة نفسية تعمل مع الناجين من الاعتقال ومن رحلات البحر منذ عام 2015.

ونعتذر مسبقاً إن كان حجم الملف كبيراً.

مع خالص الشكر،
يمان قدور
مسؤول التواصل
مركز سنديان للدعم النفسي والاجتماعي والتنمية
غازي عنتاب - تركيا
"""
    doc = make_docx(["Sindyan Centre for Psychosocial Support and Development - Gaziantep",
                     "Voluntary GCM review report (Arabic)",
                     "1. Syrian refugees in southern Turkey and returnees to northern Syria",
                     "2. Mental health of young people", "3. Families divided between Turkey and Europe",
                     "4. Recommendations"])
    cid = "image001.png@01D704A1.6F3B2C80"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-SA", img_cid=cid, rtl=True),
                                 cte="base64"), logo(cid, (90, 60, 30))], "_004_VI1PR09MB4471D8C2E5B7A316_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_VI1PR09MB4471D8C2E5B7A316_")
    body = multi("mixed", [a, attach(DOCX, doc, M23_FILE)], "_005_VI1PR09MB4471D8C2E5B7A316_")
    m = mk(when, sent_at(when, 3, 14), "mail-vi1eur09on0642.outbound.protection.outlook.example.com",
           "198.51.100.142", "4FBQh3Xk6VzF", addr("يمان قدور", "yaman.kaddour@sindyan-center.example.org"),
           hdr(subj), "<VI1PR09MB4471D8C2E5B7A316@VI1PR09MB4471.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcEq2Ws4Ed6Rf8Tg0Yh2Uj4Ik6Ol8==", lang="ar-SA", has_attach="yes"))
    add(23, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("رهف ماجد العطار", "رئيسة مجلس إدارة المركز", "مركز سنديان للدعم النفسي والاجتماعي والتنمية",
           ["plenary", "roundtable"], 4)],
        report_attachments=[M23_FILE],
        notes="'both' on the report deadline evening (21:18 Beirut, 22:18 in Gaziantep): the report is on time but "
              "the speaker part is eleven days late, and the sender does not say so: on_time false. 'الدكتورة' "
              "dropped; title as written ('رئيسة مجلس إدارة المركز'); 'طبيبة نفسية' in the next sentence is a "
              "profession, not the title given; 'الجلسة العامة' = plenary, else 'المائدة المستديرة الرابعة' = "
              "roundtable 4. Arabic DOCX name with spaces and dashes (RFC 2231 + RFC 2047); inline logo not part of "
              "the report. Outlook, base64."))


# ================================================================ 24  AR  report  late: Gmail forward of the deadline-night mail that never left
M24_FILE = "تقرير جمعية الساحل - نسخة مضغوطة.pdf"


def m24():
    when = at("2021-02-18 08:40:15")
    subj = "التقرير الطوعي - جمعية الساحل للإغاثة والتنمية"
    text = """صباح الخير،

أرسلنا التقرير ليلة 16 فبراير قبل منتصف الليل، لكن وصلتنا أمس رسالة من Gmail بأن الملف أكبر من الحجم المسموح وأنه لم يُرسل، ولم نستطع ضغطه إلا اليوم بسبب انقطاع الكهرباء. أعيد إرساله الآن، وأرجو قبوله فالتأخير لم يكن بيدنا.

مع التحية
سالم الورفلي

---------- Forwarded message ---------
من: ‪سالم الورفلي‬‏ <salem.warfalli.sahel@gmail.example.com>
‪Date:‬ الثلاثاء، 16 فبراير 2021 في 11:47 م
Subject: التقرير الطوعي - جمعية الساحل للإغاثة والتنمية
To: <gcmrrarabstates@iom.int>


السادة أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة،
مرفق التقرير الطوعي لجمعية الساحل للإغاثة والتنمية حول المهاجرين المحتجزين والعالقين في مدن الساحل الغربي الليبي (الزاوية وصبراتة وزوارة).
مع خالص التقدير
سالم الورفلي
منسق المشاريع
جمعية الساحل للإغاثة والتنمية - طرابلس
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic, compressed)", "Sahel Association for Relief and Development, Tripoli",
                  ["Migrants detained and stranded in Zawiya, Sabratha and Zuwara", "Disembarkations and returns",
                   "Access to health care", "Recommendations"])
    a = alt(text, "000000000000b72e4a05bba1c3f9", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "000000000000b72e4c05bba1c3fb")
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f66.google.example.com", "192.0.2.66", "4FCTk7Bm1XzH",
           addr("سالم الورفلي", "salem.warfalli.sahel@gmail.example.com"), re_hdr("Fwd: ", subj),
           "<CAHs4Nq8Wz1cT6vR+k3Lm9Bx2fY7dP5gKa1@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late report (Thursday 18 February) forwarded by Gmail from a mail dated 'الثلاثاء، 16 فبراير 2021 في "
              "11:47 م' that never left the sender's outbox (file too large): the forwarded header shows the "
              "deadline evening, but the mailbox received the report only now: on_time false. 'Fwd:' subject; "
              "Gmail's bidi marks in the forwarded header; the attachment is a compressed copy with an Arabic "
              "name (RFC 2231 + RFC 2047). Not a follow-up of any labelled message: thread_of null. Date UTC+2 "
              "(Tripoli)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
