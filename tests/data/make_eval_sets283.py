#!/usr/bin/env python3
"""Write the blind evaluation set holdout283 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets283.py
Theme: coalitions and networks (26 January - 18 February 2021).  A regional alliance of twelve domestic workers'
unions proposing one nominee from each of four member unions for four different roles (one nominee's Exchange
out-of-office answers our acknowledgement; the alliance later replaces its plenary nominee and another nominee
withdraws), a Jordanian women's rights coalition sending a report co-signed by fourteen members (one of them later
sends its own report separately, then thanks us), a Moroccan national platform sending a collective report and three
nominees from three member associations (a Cc'd member mailbox is full; a member whose people are not among the
nominees writes separately; the platform replaces its DOCX by a PDF with a longer list of signatories and then asks
questions), a Beirut network coordinator forwarding a member's Levantine request, a Tunisian coalition forwarding a
member's rapporteur proposal from Outlook, an Aden coalition asking how co-signing works, an Egyptian union of ten
committees that only wants to attend, a Sudanese national platform sending its report and a table of three nominees
at 22:41 on the speaker deadline (its general mailbox answers automatically), a Doha network of African domestic
workers writing at 00:31 local time (23:31 in Beirut), a Gulf coalition whose report carries one late speaker
sentence, a Sudanese association in Riyadh writing separately after its platform, a national platform registering
fifteen observers (names, titles and organisations that are not speakers), an Iraqi platform at 23:57 on the report
deadline and a Tunisian collective of domestic workers' associations the morning after.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top, exchange_ooo_rows)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(283)
add = SET.add
H = "h283-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.9"
OX = "Open-Xchange Mailer v7.10.4-Rev21"


def yahoo_divs(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s">%s</div>' % (d, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'examen régional du Pacte mondial pour des migrations sûres, "
                "ordonnées et régulières dans la région arabe accuse réception de votre message « %s » et de %s. Le "
                "secrétariat reviendra vers vous au sujet du programme.\n\nExamen régional du PMM - États arabes"
                % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def bounce(when, rcpt, qid, status, diag_lines, remote, orig_to, orig_cc, orig_subj, orig_id, orig_qid, boundary):
    """A Postfix DSN for the copy of our acknowledgement sent to `rcpt`."""
    text = POSTFIX_NOTICE + "\n<%s>: host %s[203.0.113.25] said:\n" % (rcpt, remote) + \
        "\n".join("    " + x for x in diag_lines) + "\n"
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: %s\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: %s\n"
           "Remote-MTA: dns; %s\n"
           "Diagnostic-Code: smtp; %s\n"
           % (qid, rfcdate(when - dt.timedelta(seconds=7), "EET"), rcpt, rcpt, status, remote,
              "\n    ".join(diag_lines)))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s\n"
            "Cc: %s\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (orig_to, orig_cc, orig_subj, rfcdate(when - dt.timedelta(seconds=10)),
                                  ack_mid(orig_qid), orig_id, orig_id))
    body = dsn_report(text, dsn, hdrs, boundary)
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<%s.%s@mx1.iom.int>" % (when.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S"), qid))]
    return top(body, rows)


# ================================================================ 01  EN  speaker  regional alliance of 12 domestic workers' unions: 4 nominees, 4 member unions, 4 roles
M01_ID = "<DB8PR10MB3594A6E21C7F0B58@DB8PR10MB3594.EURPRD10.PROD.OUTLOOK.example.com>"
M01_SUBJ = "RADWU-ME nominations for speaking roles - GCM Regional Review, Arab region"
M01_QID = "4DQ5mK2vTsz1"
M01_CC = ("Rahel Tesfaye <rahel.tesfaye.mdwu@gmail.example.com>, Shanika Jayawardena <shanika.ldwsu@gmail.example.com>, "
          "Marites Dela Cruz <marites.bhwa@outlook.example.com>, Abeba Girma <abeba.girma@edwsg-jo.example.org>")
M01_TEXT = """Dear colleagues,

On behalf of the Regional Alliance of Domestic Workers' Unions – Middle East (RADWU-ME), I am pleased to send you our nominations for speaking roles at the Regional Review of the Global Compact for Migration in the Arab region.

RADWU-ME brings together twelve unions, associations and self-organised groups of migrant domestic workers in seven countries:

- Migrant Domestic Workers' Union – Lebanon (MDWU-L)
- Lanka Domestic Workers' Solidarity Union – Qatar (LDWSU)
- Bayanihan Household Workers' Association – Kuwait (BHWA)
- Ethiopian Domestic Workers' Self-Help Group – Jordan (EDWSG)
- Kenyan Domestic Workers in the Gulf Network (KDWGN)
- Nepali Women Workers' Forum – UAE
- Bangladeshi Domestic Workers' Welfare Committee – Oman
- Cameroonian Women Workers' Association – Lebanon
- Household Workers' Rights Group – Bahrain
- Sudanese Women Domestic Workers' Committee – Jordan
- Malagasy Workers' Solidarity – Lebanon
- Domestic Workers' Voice – Saudi Arabia (informal group)

When our Coordination Committee met in December, members agreed that the Alliance should not speak through its secretariat but through workers themselves, and that each nominee should come from a different member union and take a different role, so that several migration corridors are heard. Our four nominees are:

1. Rahel Tesfaye, General Secretary, Migrant Domestic Workers' Union – Lebanon (MDWU-L): open discussion of the multi-stakeholder consultation on 23 February
2. Shanika Jayawardena, President, Lanka Domestic Workers' Solidarity Union – Qatar (LDWSU): floor intervention in a plenary session
3. Marites Dela Cruz, Organising Secretary, Bayanihan Household Workers' Association – Kuwait (BHWA): rapporteur, to deliver the stakeholders' key messages
4. Abeba Girma, Education Officer, Ethiopian Domestic Workers' Self-Help Group – Jordan (EDWSG): floor intervention in Roundtable 2

All four are domestic workers and elected union leaders. They will join online, and they are copied on this message. As some of them only have a few hours off each week, I would be grateful if practical correspondence about the sessions could come to me as well; I will coordinate with the nominees and their unions.

We are not sending a voluntary report of our own: several of our members contributed to collective reports in their countries of work.

With solidarity and best regards,

Nisreen Abou Chakra
Regional Coordinator
Regional Alliance of Domestic Workers' Unions – Middle East (RADWU-ME)
Hamra, Beirut – Lebanon
T +961 1 000 000 | radwu-me.example.org
Facebook: /RADWU.ME

This e-mail and any attachments are confidential and intended solely for the addressee(s). If you have received it in error, please notify the sender and delete it. RADWU-ME does not accept liability for any changes made to this message after it was sent.
"""


def m01():
    when = at("2021-01-26 10:12:40")
    lcid = "image001.png@01D6F3C8.4A2E9B70"
    rel = multi("related", [leaf("text/html", outlook_html(M01_TEXT, lang="EN-GB", img_cid=lcid)),
                            logo(lcid, (170, 30, 60))],
                "_004_DB8PR10MB3594A6E21C7F0B58_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_DB8PR10MB3594A6E21C7F0B58_")
    m = mk(when, sent_at(when, 2, 8), "mail-db8eur10on0604.outbound.protection.outlook.example.com",
           "198.51.100.64", M01_QID, "Nisreen Abou Chakra <n.abouchakra@radwu-me.example.org>", M01_SUBJ, M01_ID,
           body, cc=M01_CC, extra=outlook(M01_SUBJ, "AQHW89pXk3Rr7Lq2Tm5Nz8Vb1Cw4Ds6Fh==", lang="en-GB",
                                           has_attach="no"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rahel Tesfaye", "General Secretary", "Migrant Domestic Workers' Union – Lebanon (MDWU-L)",
           ["open_discussion"]),
        sp("Shanika Jayawardena", "President", "Lanka Domestic Workers' Solidarity Union – Qatar (LDWSU)",
           ["plenary"]),
        sp("Marites Dela Cruz", "Organising Secretary", "Bayanihan Household Workers' Association – Kuwait (BHWA)",
           ["rapporteur"]),
        sp("Abeba Girma", "Education Officer", "Ethiopian Domestic Workers' Self-Help Group – Jordan (EDWSG)",
           ["roundtable"], 2)],
        notes="a regional alliance of twelve domestic workers' unions lists all its members (bulleted, same "
              "'Name – Country (ACRONYM)' shape as the nominees' affiliations) and then nominates four people, each "
              "from a different member union and each for a different role: every speaker keeps her own union as "
              "affiliation (en dash and country are part of the names as written), not the alliance. The eight other "
              "members are not speakers; the coordinator who writes is not a speaker. 'We are not sending a "
              "voluntary report' is a decoy. Outlook with logo and a confidentiality disclaimer; the four nominees "
              "in Cc (one of them answers with an out-of-office, h283-02). Later: replacement of the plenary nominee "
              "(h283-11), withdrawal of the open-discussion nominee (h283-17)."))


# ================================================================ 02  EN  auto_reply  Exchange out-of-office of a Cc'd nominee of 01
def m02():
    when = at("2021-01-26 10:13:31")
    text = """Hello and thank you for your message.

I am on my annual vacation in the Philippines until 15 February 2021 and I will read my emails when I am back in Kuwait.

For BHWA matters please contact our President, Ms. Gloria Ramos, at bhwa.kuwait@gmail.example.com.

Salamat po!
Marites Dela Cruz
Organising Secretary, BHWA
"""
    body = alt(text, "_000_SG2APC01OOF4B7D9E1C_", html=outlook_html(text, lang="EN-US"))
    rows = exchange_ooo_rows(when, "mail-sg2apc01olkn0812.outbound.protection.outlook.example.com", "198.51.100.12",
                             "4DQ5nB7wKpz3", "Marites Dela Cruz <marites.bhwa@outlook.example.com>",
                             "<SG2APC01MB43179F2A6E0C5D18@SG2APC01MB4317.apcprd01.prod.outlook.example.com>",
                             M01_SUBJ, M01_ID, ack_mid(M01_QID), "en-US", (8, 3))
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange (Outlook.com) out-of-office of one of the four nominees copied on h283-01, answering the copy "
              "of our acknowledgement 51 seconds later (References name h283-01; Auto-Submitted, "
              "X-Auto-Response-Suppress, null Return-Path). It names another member of her union and her own title, "
              "which is neither a new nomination nor a change. Date in UTC+8 (Philippines). Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 03  AR  report  Jordanian women's rights coalition: report co-signed by 14 members
M03_FILE = "التقرير الجماعي لائتلاف كرامة - الاستعراض الإقليمي للاتفاق العالمي للهجرة 2021.pdf"
M03_MEMBERS = ["جمعية تمكين المرأة العاملة - إربد", "مركز سند للمساعدة القانونية", "جمعية نساء الأغوار للتنمية",
               "ملتقى العاملات المنزليات المهاجرات", "جمعية الحقوقيات الشابات", "مبادرة «صوتها» للإعلام النسوي",
               "جمعية النهضة النسائية - الزرقاء", "مركز دراسات العمل والهجرة",
               "جمعية رعاية عاملات المصانع في المناطق الصناعية المؤهلة",
               "لجنة العاملات السوريات في القطاع الزراعي", "جمعية بيت الأمان لحماية النساء",
               "شبكة المحاميات المتطوعات", "جمعية مبادرة أمل - المفرق", "منتدى العاملات في قطاع الألبسة"]


def m03():
    when = at("2021-01-28 12:47:05")
    subj = "التقرير الطوعي الجماعي لائتلاف كرامة لحقوق العاملات المهاجرات"
    members = "\n".join("%d. %s" % (k, n) for k, n in enumerate(M03_MEMBERS, 1))
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

يسرّ ائتلاف كرامة لحقوق العاملات المهاجرات في الأردن أن يرسل إليكم مرفقاً تقريره الطوعي الجماعي في إطار الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية.

أُعدّ التقرير على مدى ثلاثة أشهر من خلال ست ورشات عمل مع عاملات مهاجرات في المنازل والمصانع والمزارع، ويتناول بشكل خاص الهدف السادس (التوظيف العادل وظروف العمل اللائق) والهدف السابع (الحدّ من أوجه الضعف)، وأثر جائحة كوفيد-19 على العاملات اللواتي فقدن عملهن أو عَلِقن دون أجور.

والتقرير موقّع من المنظمات الأعضاء الأربع عشرة في الائتلاف، وهي:

%s

أما بخصوص المداخلات في المشاورة والمؤتمر، فقد اتفقنا في الائتلاف على أن تتواصل المنظمات الأعضاء الراغبة في ذلك معكم مباشرة، كلٌّ باسمها.

وتفضلوا بقبول فائق الاحترام والتقدير،

سلمى العبادي
منسقة ائتلاف كرامة لحقوق العاملات المهاجرات
عمّان - الأردن
هاتف: +962 6 000 0000
""" % members
    pdf = rep_pdf("Karama Coalition for the Rights of Migrant Women Workers - Collective voluntary report",
                  "Amman, January 2021 - signed by 14 member organisations",
                  ["Methodology: six workshops", "Objective 6: fair recruitment and decent work",
                   "Objective 7: reducing vulnerabilities", "COVID-19 and unpaid wages", "Recommendations",
                   "Annex: signatory organisations"])
    lcid = "image001.png@01D6F57A.9C3B1E20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-JO", img_cid=lcid, rtl=True), cte="base64"),
                            logo(lcid, (110, 20, 90))],
                "_004_AM6PR08MB4421C7E93B2A15F0_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_AM6PR08MB4421C7E93B2A15F0_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M03_FILE)], "_005_AM6PR08MB4421C7E93B2A15F0_")
    m = mk(when, sent_at(when, 2, 11), "mail-am6eur08on0620.outbound.protection.outlook.example.com",
           "198.51.100.20", "4DRq3Wv8LmZ5", addr("سلمى العبادي", "coordinator@karama-coalition.example.jo"),
           hdr(subj), "<AM6PR08MB4421C7E93B2A15F0@AM6PR08MB4421.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdbwKx7Rt2Qm5Lz8Np1Vc4Hs9Yb3Fd6Gj==", lang="ar-JO", has_attach="yes"))
    add(3, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M03_FILE],
        notes="a women's rights coalition's collective report co-signed by its fourteen member organisations, listed "
              "in a numbered list in the body (none is a speaker). One sentence settles the speaker question: "
              "members who wish to speak will write 'directly, each in its own name', so no speaker is requested "
              "here (one member sends its own report separately in h283-16). GCM objectives 6 and 7 are not "
              "roundtable numbers. Long Arabic PDF name with a dash and digits (RFC 2231 + RFC 2047); the inline "
              "logo is not part of the report. Outlook, base64 parts."))


# ================================================================ 04  FR  both  Moroccan national platform: collective report (16 co-signatories) + 3 nominees from 3 members
M04_ID = "<3f8c1a62-9d07-4e5b-b1a4-7c2e6d90f3b8@pnmd-maroc.example.ma>"
M04_SUBJ = "PNMD – Rapport collectif et propositions d'intervenant·es – Examen régional du PMM"
M04_QID = "4DS2Hp7KxWz9"
M04_FILE = "Rapport collectif PNMD – Examen régional PMM 2021.docx"
M04_CC = ("AAFM Tanger <aafm.tanger@menara.example.ma>, CDTSS Agadir <cdtss.souss@gmail.example.com>, "
          "REFEMSM <refemsm.rabat@gmail.example.com>")
M04_TEXT = """Madame, Monsieur,

La Plateforme Nationale Migrations et Droits – Maroc (PNMD) a le plaisir de vous adresser, en pièce jointe, son rapport collectif pour l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été rédigé entre octobre et janvier par un groupe de travail de la plateforme et validé par l'assemblée des membres le 23 janvier. Il est cosigné par les seize associations membres suivantes :

– Association Amal pour les Femmes Migrantes (AAFM), Tanger
– Collectif Droits des Travailleurs Saisonniers du Souss (CDTSS), Agadir
– Réseau des Femmes Migrantes Subsahariennes au Maroc (REFEMSM), Rabat
– Association Tiwizi pour les Travailleuses Domestiques (ATTD), Casablanca
– Association Oriental Accueil et Solidarité, Oujda
– Centre Ibn Battouta d'Études sur la Mobilité, Fès
– Association Sanad pour l'Accès au Droit, Rabat
– Collectif des Mères de Migrants Disparus, Béni Mellal
– Association Horizons Jeunes Migrants, Nador
– Union des Travailleuses Agricoles de Berkane
– Association Dar Lkheir pour l'Enfance Migrante, Marrakech
– Comité de Soutien aux Étudiants Étrangers, Kénitra
– Association Assilah Solidarité Migrants, Assilah
– Association des Juristes pour les Droits des Migrants, Casablanca
– Forum des Femmes Rurales du Tafilalet, Errachidia
– Association Ponts Maroc-Sahel, Laâyoune

La PNMD souhaite par ailleurs proposer trois intervenant·es, issu·es chacun·e d'une association membre différente :

1. Mme Fatima-Zahra Ouazzani, présidente de l'Association Amal pour les Femmes Migrantes (AAFM), pour une intervention en séance plénière ;
2. M. Brahim Aït Lahcen, coordinateur juridique du Collectif Droits des Travailleurs Saisonniers du Souss (CDTSS), pour la table ronde n°3 ;
3. Mme Mariam Koné, chargée de plaidoyer au Réseau des Femmes Migrantes Subsahariennes au Maroc (REFEMSM), comme rapporteure chargée de présenter les messages clés des parties prenantes.

Les trois associations concernées sont en copie de ce message.

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,

Salima Berrada
Coordinatrice nationale
Plateforme Nationale Migrations et Droits – Maroc (PNMD)
Rabat – Maroc
Tél. : +212 5 37 00 00 00
"""


def m04():
    when = at("2021-01-29 16:40:22")
    doc = make_docx(["Plateforme Nationale Migrations et Droits - Maroc (PNMD)",
                     "Rapport collectif - Examen regional du Pacte mondial sur les migrations, 2021",
                     "1. Methodologie et processus de validation", "2. Travailleuses saisonnieres et domestiques",
                     "3. Femmes migrantes subsahariennes", "4. Recommandations",
                     "Associations cosignataires : 16"])
    tp = leaf("text/plain", flowed(M04_TEXT), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    body = multi("mixed", [tp, attach(DOCX, doc, M04_FILE)], "------------0B3E8D5A1F7C29460D8E2A71")
    m = mk(when, sent_at(when, 1, 9), "smtp.pnmd-maroc.example.ma", "203.0.113.44", M04_QID,
           "Salima Berrada <coordination@pnmd-maroc.example.ma>", hdr(M04_SUBJ, enc="Q"), M04_ID, body, cc=M04_CC,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(4, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatima-Zahra Ouazzani", "présidente", "Association Amal pour les Femmes Migrantes (AAFM)", ["plenary"]),
        sp("Brahim Aït Lahcen", "coordinateur juridique",
           "Collectif Droits des Travailleurs Saisonniers du Souss (CDTSS)", ["roundtable"], 3),
        sp("Mariam Koné", "chargée de plaidoyer", "Réseau des Femmes Migrantes Subsahariennes au Maroc (REFEMSM)",
           ["rapporteur"])],
        report_attachments=[M04_FILE],
        notes="both, on time (29 January): a national platform's collective report (DOCX, en dash and accents in the "
              "name, RFC 2231 + RFC 2047) co-signed by sixteen member associations listed with their cities, then "
              "three nominees, one from each of three member associations, each for a different role: each keeps "
              "her or his own association as affiliation (the city after the acronym in the list is not part of "
              "it), 'Mme'/'M.' dropped, 'table ronde n°3', 'rapporteure chargée de présenter les messages clés'. "
              "Inclusive writing (intervenant·es). Thunderbird, 8bit format=flowed, Date UTC+1; three member "
              "addresses in Cc (one mailbox is full, h283-05). Followed by a member writing separately (h283-08), "
              "the final PDF (h283-18) and questions (h283-24)."))


# ================================================================ 05  FR  bounce  the Cc copy of our acknowledgement of 04: mailbox full
def m05():
    when = at("2021-01-29 16:41:09")
    rcpt = "aafm.tanger@menara.example.ma"
    m = bounce(when, rcpt, "4DS2Jb1NqVz4", "5.2.2",
               ["552 5.2.2 <%s>: Mailbox full - quota exceeded" % rcpt, "(in reply to RCPT TO command)"],
               "mx.menara.example.ma", "Salima Berrada <coordination@pnmd-maroc.example.ma>", M04_CC,
               hdr("Accusé de réception - " + M04_SUBJ, enc="Q").encode(),
               M04_ID, M04_QID, "4DS2Jb1NqVz4.1611931269/mx1.iom.int")
    add(5, when, m, dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full) for the copy of our acknowledgement of h283-04 sent to the Cc'd "
              "address of the member association AAFM; the returned headers carry the platform's subject about "
              "'propositions d'intervenant·es' and the three member addresses. Never acknowledge; thread_of null "
              "as for dev bounces."))


# ================================================================ 06  AR  speaker  Beirut network coordinator forwards a member's Levantine request
M06_ID = "<CAJ7dNw2Rk5vT8pL+e1Qx4Mb9sZ3cFh6gY0@mail.gmail.example.com>"
M06_QID = "4DTm8Qz2VbZ6"
M06_SUBJ_INNER = "طلب مشاركة جمعية نسوة بالمؤتمر الإقليمي"
M06_SUBJ = "Fwd: " + M06_SUBJ_INNER


def m06():
    when = at("2021-02-01 11:31:50")
    cover = """السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

أعيد إليكم توجيه طلب جمعية نسوة لتمكين المرأة، وهي إحدى الجمعيات الإحدى عشرة الأعضاء في الشبكة اللبنانية لحقوق العاملات في الخدمة المنزلية، للمشاركة بمداخلة في المؤتمر الإقليمي. الشبكة تدعم هذا الطلب بالكامل، وقد ارتأينا ألا نقدّم متحدثاً باسم الشبكة نفسها وأن نترك المجال للجمعيات الأعضاء.

التفاصيل في رسالة الجمعية أدناه.

مع الشكر والتقدير،
ديما الخوري
منسقة الشبكة اللبنانية لحقوق العاملات في الخدمة المنزلية
بيروت
"""
    fwd_head = """---------- الرسالة المُعاد توجيهها ---------
من: Hala Masri <hala.masri.niswa@gmail.example.com>
التاريخ: السبت، 30 يناير 2021 في 7:12 م
الموضوع: %s
إلى: Dima Khoury <dima.khoury.net@gmail.example.com>
""" % M06_SUBJ_INNER
    member = """مرحبا ديما،

كيفك؟ إن شاء الله منيحة.

متل ما حكينا بالاجتماع الأسبوع الماضي، نحنا بجمعية نسوة حابّين يكون إلنا صوت بالمؤتمر الإقليمي، وبما إنو الشبكة هي اللي عم تنسّق مع الأمانة، بترجاكي تبعتيلن طلبنا.

منقترح زميلتنا منى الرفاعي، مسؤولة برنامج الدعم القانوني، تحكي بالمائدة المستديرة التالتة، لأنو هي اللي عم تتابع ملفات العاملات اللي علقوا بطرابلس بعد انفجار المرفأ والأزمة، وما عم يقدروا يرجعوا على بلادن لأنو الكفيل ماسك الباسبور أو لأنو ما في مصاري للتذكرة.

إذا بدّن سيرة ذاتية إلها أو صورة منبعتلن فوراً.

يعطيكي العافية،
هلا المصري
منسقة المشاريع
جمعية نسوة لتمكين المرأة
طرابلس - لبنان
"""
    text = cover + "\n" + fwd_head + "\n" + member
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">%s</div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">%s</div><br>'
            '<div dir="rtl">%s</div></div></body></html>\n'
            % ("<br>".join(esc(x) for x in cover.rstrip("\n").split("\n")),
               "<br>".join(esc(x) for x in fwd_head.rstrip("\n").split("\n")),
               "<br>".join(esc(x) for x in member.rstrip("\n").split("\n"))))
    body = alt(text, "0000000000005e2b8c05ba4d17f3", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-wm1-f52.google.example.com", "192.0.2.52", M06_QID,
           addr("Dima Khoury", "dima.khoury.net@gmail.example.com"), re_hdr("Fwd: ", M06_SUBJ_INNER), M06_ID, body,
           cc="Hala Masri <hala.masri.niswa@gmail.example.com>")
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منى الرفاعي", "مسؤولة برنامج الدعم القانوني", "جمعية نسوة لتمكين المرأة", ["roundtable"], 3)],
        notes="a network coordinator forwards (Gmail 'Fwd:', Arabic forward header) a member association's request "
              "written to her in Lebanese colloquial ('بترجاكي تبعتيلن طلبنا', 'تحكي بالمائدة المستديرة التالتة' = "
              "roundtable 3, 'التالتة' for الثالثة). The speaker is the member's colleague, not the forwarder nor the "
              "member's project coordinator who wrote the inner mail; affiliation from the member's signature "
              "(Tripoli on its own line is a place). The network explicitly proposes no speaker of its own. Cover "
              "in MSA, Latin From name, base64."))


# ================================================================ 07  EN  other  Aden coalition asks how co-signing and nominations work for members
def m07():
    when = at("2021-02-01 15:22:18")
    subj = "Questions from a coalition of 11 organisations - co-signing the report, speakers per member"
    text = """Dear Secretariat,

Greetings from Aden.

I am the coordinator of the Aden Women's Coalition on Migration and Displacement (AWCMD), which brings together eleven women-led organisations working with migrants from the Horn of Africa, internally displaced women and Yemeni returnees from Saudi Arabia. We received the invitation through the Yemen NGO forum and our members are very keen to take part, but before we send anything we would like to understand the rules, as this is the first time our coalition contributes to a UN review.

1) Co-signing. We are preparing one collective report for all eleven members. Is a list of the member organisations at the end of the report enough, or do you need a signed letter or a stamp from each of them? Some members are not officially registered with the authorities in Aden; can they still appear as co-signatories?

2) Speakers. Should a coalition propose one speaker for all its members, or may each member organisation propose its own person? We were thinking of one person per member for the different roles (open discussion, roundtables), but we do not want to flood you with names if there is a limit per coalition.

3) If one member also wants to send a short report of its own on a specific topic (detention of migrants in Lahj), would it be counted as a separate contribution, or should it go inside the coalition's report?

Internet and electricity are unstable here, so if a short call is easier for you, I am available on WhatsApp at the number below.

Once we hear from you we will send the report and the nominations well before the deadlines.

Many thanks,
Afrah Ba-Abbad
Coordinator, Aden Women's Coalition on Migration and Displacement (AWCMD)
Aden, Yemen | WhatsApp +967 7 0000 0000
"""
    body = alt(text, "----=_Part_1184223_950617294.1612185734102", html=yahoo_divs(text))
    m = mk(when, sent_at(when, 3, 6), "sonic309-22.consmr.mail.ne1.yahoo.example.com", "198.51.100.209",
           "4DTs1Lc6PwZ2", "Afrah Ba-Abbad <afrah.baabbad@yahoo.example.com>", subj,
           "<611803927.1184224.1612185734105@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(7, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions before submitting: how co-signing works for a coalition of eleven members, whether each "
              "member may propose a speaker ('We were thinking of one person per member for the different roles', "
              "no one named), whether a member's own report counts separately. Mentions roles, reports and "
              "deadlines but submits and requests nothing yet ('Once we hear from you we will send...'). Yahoo "
              "webmail from Aden, Date UTC+3."))


# ================================================================ 08  FR  speaker  a member of the PNMD writes separately after the platform
def m08():
    when = at("2021-02-03 09:48:33")
    subj = "Proposition d'intervenante – ATTD (association membre de la PNMD)"
    text = """Bonjour,

Je me permets de vous écrire au nom de l'Association Tiwizi pour les Travailleuses Domestiques (ATTD), basée à Casablanca.

Notre association est membre de la Plateforme Nationale Migrations et Droits – Maroc (PNMD), qui vous a transmis le 29 janvier son rapport collectif, que nous avons cosigné, ainsi que trois propositions d'intervenant·es. Aucune de ces trois personnes ne vient toutefois d'une association de travailleuses domestiques, alors que ce sont elles qui ont été les plus touchées par la crise de 2020 (licenciements sans préavis, femmes bloquées chez leur employeur pendant le confinement, retours forcés).

C'est pourquoi, avec l'accord de la coordination de la PNMD (en copie), nous souhaitons proposer en notre nom propre notre présidente, Mme Khadija Benali, pour une intervention lors de la deuxième table ronde thématique. Ancienne travailleuse domestique, elle accompagne depuis dix ans des femmes marocaines et subsahariennes employées à Casablanca et Rabat.

Elle peut intervenir en arabe ou en français, en ligne depuis nos locaux.

Avec mes remerciements,

Naïma Sebbar
Chargée de communication
Association Tiwizi pour les Travailleuses Domestiques (ATTD)
Casablanca
"""
    body = alt(text, "000000000000a41c7e05ba6b3f92", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-ed1-f47.google.example.com", "192.0.2.47", "4DVf6Tn3HsZ8",
           addr("Naïma Sebbar", "attd.casablanca@gmail.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<CAGp4Lx8Vn2qK7wR+b5Hz1Mc6sT9dEy3fW4@mail.gmail.example.com>", body,
           cc="Salima Berrada <coordination@pnmd-maroc.example.ma>")
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Khadija Benali", "présidente", "Association Tiwizi pour les Travailleuses Domestiques (ATTD)",
           ["roundtable"], 2)],
        notes="a member association writes separately after its platform did (h283-04), with the platform's "
              "coordinator in Cc: a new request of its own, not a reply (no In-Reply-To/References), so thread_of "
              "null. It recalls the platform's report it co-signed and the platform's three nominees (not "
              "repeated, not speakers here). 'notre présidente, Mme ...' ('Mme' dropped), 'la deuxième table ronde "
              "thématique' = 2; the sender (communication officer) is not the speaker. Gmail."))


# ================================================================ 09  AR  other  Egyptian union of ten committees only wants to attend
def m09():
    when = at("2021-02-03 19:05:47")
    subj = "تسجيل عضوات الاتحاد لحضور المؤتمر"
    text = """السلام عليكم ورحمة الله وبركاته

أنا عزة محمود، منسقة اتحاد لجان العاملات في الخدمة المنزلية في مصر. الاتحاد عبارة عن عشر لجان في عشر محافظات (القاهرة والجيزة والإسكندرية والمنيا وأسيوط وسوهاج وغيرهم)، وأغلب العضوات ستات اشتغلوا في البيوت هنا أو في الخليج ورجعوا.

شفنا الدعوة بتاعة المؤتمر الإقليمي للاتفاق العالمي للهجرة وحابين نحضر. بصراحة إحنا مش هنطلب كلمة ومش هنبعت تقرير السنة دي، الموضوع جديد علينا، بس عايزين العضوات يسمعوا ويتعلموا ويعرفوا الناس بتتكلم عن إيه.

عايزين نسجّل حوالي 12 عضوة، واحدة أو اتنين من كل لجنة. عندي كام سؤال:
- التسجيل بيكون لكل واحدة لوحدها ولا ينفع أبعتلكم الأسامي كلها في رسالة واحدة؟
- هل فيه ترجمة للعربي في كل الجلسات؟
- أغلب العضوات هيدخلوا من الموبايل، ده ينفع ولا لازم كمبيوتر؟

وشكراً ليكم على المجهود
عزة محمود
منسقة الاتحاد
01000000000
"""
    body = alt(text, "0000000000003f7d1b05ba73c8e4", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 9), "mail-oi1-f170.google.example.com", "192.0.2.170", "4DVt2Xr9KmZ3",
           addr("عزة محمود", "azza.union.eg@gmail.example.com"), hdr(subj),
           "<CAM5tRv1Wq8nL3xK+c9Pb2Hz7sD4fJy6gN1@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a union of ten governorate committees only wants its members to attend ('مش هنطلب كلمة ومش هنبعت "
              "تقرير السنة دي') and asks how to register about twelve of them, about Arabic interpretation and phone "
              "access: registration question in Egyptian colloquial, no speaker, no report. Gmail, base64."))


# ================================================================ 10  FR  speaker  Tunisian coalition coordinator forwards a member's rapporteur proposal (Outlook)
def m10():
    when = at("2021-02-04 10:14:02")
    subj_inner = "Proposition AFEMO pour l'examen régional du PMM"
    subj = "TR: " + subj_inner
    text = """Madame, Monsieur,

Je vous transmets ci-dessous la proposition de l'Association Femmes et Mobilités (AFEMO), l'une des treize associations membres de la Coalition Tunisienne pour les Droits des Femmes Migrantes (CTDFM). La coalition soutient pleinement cette candidature.

Pour mémoire, la coalition elle-même ne demande pas de prise de parole en son nom.

Bien cordialement,

Olfa Zribi
Coordinatrice
Coalition Tunisienne pour les Droits des Femmes Migrantes (CTDFM)
Tunis

De : AFEMO Sfax <afemo.sfax@topnet.example.tn>
Envoyé : jeudi 4 février 2021 08:52
À : Olfa Zribi <coordination@ctdfm.example.tn>
Objet : %s

Chère Olfa,

Comme convenu lors de la réunion de coordination de lundi, l'AFEMO souhaite proposer Mme Awa Diabaté, médiatrice interculturelle à l'AFEMO, pour le rôle de rapporteuse chargée de restituer les messages clés des parties prenantes lors de la conférence des 24 et 25 février.

Awa, Ivoirienne installée à Sfax depuis 2014, accompagne chaque semaine des femmes migrantes employées dans les cafés, les ménages et les usines de la région. Elle parle français, dioula et arabe tunisien.

Peux-tu transmettre notre proposition au secrétariat au nom de la coalition ? La date limite est demain.

Merci et à bientôt,

Hédia Kammoun
Présidente
Association Femmes et Mobilités (AFEMO)
Sfax – Tunisie
""" % subj_inner
    body = alt(text, "_000_PR3P195MB0714B2C6E8F1A034_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 9), "mail-pr3p195cu00201.outbound.protection.outlook.example.com",
           "198.51.100.195", "4DWb5Nk1RtZ7", "Olfa Zribi <coordination@ctdfm.example.tn>", hdr(subj, enc="Q"),
           "<PR3P195MB0714B2C6E8F1A034@PR3P195MB0714.EURP195.PROD.OUTLOOK.example.com>", body,
           cc=addr("AFEMO Sfax", "afemo.sfax@topnet.example.tn"),
           extra=outlook(hdr(subj, enc="Q"), "AQHW+rTq2Lx6Nm9Kp3Vz8Bc1Hs5Wd7Yf4==", lang="fr-FR"))
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Awa Diabaté", "médiatrice interculturelle", "Association Femmes et Mobilités (AFEMO)", ["rapporteur"])],
        notes="a coalition coordinator forwards (Outlook 'TR:', French 'De : / Envoyé : / À : / Objet :' block) a "
              "member association's proposal: the speaker is named only in the member's inner mail ('Mme' dropped; "
              "'médiatrice interculturelle à l'AFEMO'), role 'rapporteuse chargée de restituer les messages clés'. "
              "Neither the coordinator nor the member's president who signs the inner mail is a speaker; the "
              "coalition asks for nothing in its own name. The inner mail's 'La date limite est demain' and the "
              "forward's 08:52 are not the received time. Outlook, Date UTC+1."))


# ================================================================ 11  EN  speaker  the alliance of 01 replaces its plenary nominee (reply to our acknowledgement)
def m11():
    when = at("2021-02-04 11:15:26")
    ack = ack_mid(M01_QID)
    quoted = ack_text("en", M01_SUBJ, "your request for speaking roles")
    text = """Dear colleagues,

I am writing about the nominations of the Regional Alliance of Domestic Workers' Unions – Middle East (RADWU-ME) acknowledged below.

Unfortunately Shanika Jayawardena will not be able to take part: her employer has refused to give her leave on 24 and 25 February, and she cannot risk her job. The Executive Committee of the Lanka Domestic Workers' Solidarity Union – Qatar (LDWSU) has therefore proposed its Vice-President, Nirosha Fernando, to take over Shanika's plenary intervention. Nirosha has been a domestic worker in Doha for eleven years and leads the union's Sunday legal clinic.

The other three nominations are unchanged.

Kind regards,

Nisreen Abou Chakra
Regional Coordinator
Regional Alliance of Domestic Workers' Unions – Middle East (RADWU-ME)
Hamra, Beirut – Lebanon
T +961 1 000 000 | radwu-me.example.org

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, January 26, 2021 10:13 AM
To: Nisreen Abou Chakra <n.abouchakra@radwu-me.example.org>
Cc: %s
Subject: Acknowledgement of receipt - %s

%s
""" % (M01_CC, M01_SUBJ, quoted)
    subj = "RE: Acknowledgement of receipt - " + M01_SUBJ
    body = alt(text, "_000_DB8PR10MB3594F1B7A2C4E069_", html=outlook_html(text, lang="EN-GB"))
    m = mk(when, sent_at(when, 2, 7), "mail-db8eur10on0604.outbound.protection.outlook.example.com",
           "198.51.100.64", "4DWd0Rs7MqZ1", "Nisreen Abou Chakra <n.abouchakra@radwu-me.example.org>", subj,
           "<DB8PR10MB3594F1B7A2C4E069@DB8PR10MB3594.EURPRD10.PROD.OUTLOOK.example.com>", body,
           cc="Shanika Jayawardena <shanika.ldwsu@gmail.example.com>, Nirosha Fernando <nirosha.ldwsu@gmail.example.com>",
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack)]
           + outlook(subj, "AQHW89pXk3Rr7Lq2Tm5Nz8Vb1Cw4Ds6FhgAbT2Q=", lang="en-GB"))
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, speakers=[
            sp("Nirosha Fernando", "Vice-President", "Lanka Domestic Workers' Solidarity Union – Qatar (LDWSU)",
               ["plenary"])],
        notes="the alliance replaces one of the four nominees of h283-01 in an Outlook reply to our acknowledgement "
              "(References name h283-01): only the new nominee is recorded; her role is given by reference ('take "
              "over Shanika's plenary intervention') and her affiliation is the member union named just before, not "
              "the alliance. 'The other three nominations are unchanged' is not a new request. The quoted "
              "acknowledgement's Cc still lists the four original nominees."))


# ================================================================ 12  AR  both  Sudanese national platform: report + table of 3 nominees at 22:41 on the speaker deadline
M12_ID = "<VI1PR02MB6383E4A9C15B2D70@VI1PR02MB6383.eurprd02.prod.outlook.example.com>"
M12_SUBJ = "التقرير الطوعي للمنصة الوطنية السودانية وترشيحات المنظمات الأعضاء للمداخلات"
M12_QID = "4DXc7Lp4WnZ2"
M12_FILE = "تقرير المنصة الوطنية السودانية - الاستعراض الطوعي للاتفاق العالمي للهجرة.pdf"
M12_ROWS = [("الاسم", "الصفة", "المنظمة العضو", "نوع المشاركة"),
            ("أ. عوضية إبراهيم محمد نور", "مديرة البرامج", "جمعية نساء دارفور للتنمية والسلام",
             "مقرّرة لعرض الرسائل الرئيسية لأصحاب المصلحة"),
            ("م. الطاهر عبد الرحمن حسن", "منسق وحدة الرصد", "منظمة العائدين السودانيين للتنمية",
             "مداخلة في المائدة المستديرة الأولى"),
            ("د. سامية عثمان الشيخ", "رئيسة مجلس الأمناء", "مركز الخرطوم لدراسات الهجرة والنوع الاجتماعي",
             "المشاركة في النقاش المفتوح للمشاورة (23 فبراير)")]


def m12():
    when = at("2021-02-05 22:41:13")
    table_txt = "\n".join("\t".join(r) for r in M12_ROWS)
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية المحترمين،

تحية طيبة،

نعتذر عن الإرسال في هذه الساعة المتأخرة من يوم الجمعة؛ فقد اكتمل توقيع آخر المنظمات الأعضاء على التقرير مساء اليوم.

تجدون مرفقاً التقرير الطوعي للمنصة الوطنية لمنظمات المجتمع المدني العاملة في مجال الهجرة - السودان، وهو صادر باسم المنظمات الأعضاء الاثنتي عشرة الموقّعة عليه (قائمتها في الصفحة الأخيرة من التقرير).

كما ترشّح المنصة ثلاثة متحدثين، كلٌّ منهم من منظمة عضو مختلفة ولدور مختلف:

%s

نرجو التكرم بتأكيد الاستلام.

مع خالص التقدير،

منى حسن الأمين
منسقة المنصة الوطنية لمنظمات المجتمع المدني العاملة في مجال الهجرة - السودان
الخرطوم
""" % table_txt
    cell = '<td style="border:1px solid #999;padding:4px 8px">%s</td>'
    trs = "".join("<tr>%s</tr>" % "".join(cell % esc(c) for c in r) for r in M12_ROWS)
    table_html = '<table dir="rtl" style="border-collapse:collapse" border="1">%s</table>' % trs
    parts = text.split(table_txt)
    lcid = "image001.png@01D6FBF1.3E7A2C50"
    html = outlook_html(parts[0] + "TABLEPLACEHOLDER" + parts[1], lang="AR-SA", img_cid=lcid, rtl=True)
    html = html.replace('<p class="MsoNormal" dir="rtl">TABLEPLACEHOLDER<o:p></o:p></p>', table_html)
    assert table_html in html
    pdf = rep_pdf("Sudan National Platform of CSOs working on migration - Voluntary GCM review",
                  "Khartoum, February 2021",
                  ["Context: Sudan as origin, transit and destination", "Returnees and the displaced",
                   "Women migrant workers", "Recommendations", "Signatory member organisations (12)"])
    rel = multi("related", [leaf("text/html", html, cte="base64"), logo(lcid, (0, 110, 60))],
                "_004_VI1PR02MB6383E4A9C15B2D70_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_VI1PR02MB6383E4A9C15B2D70_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M12_FILE)], "_005_VI1PR02MB6383E4A9C15B2D70_")
    m = mk(when, sent_at(when, 2, 10), "mail-vi1eur02on0633.outbound.protection.outlook.example.com",
           "198.51.100.133", M12_QID, addr("منى حسن الأمين", "mona.elamin@sudan-platform.example.org"), hdr(M12_SUBJ),
           M12_ID, body, cc="info@sudan-platform.example.org",
           extra=outlook(hdr(M12_SUBJ), "AQHW/BtR4Km7Vx1Nq8Lp2Hc5Zs9Td3Wb6==", lang="ar-SA", has_attach="yes"))
    add(12, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عوضية إبراهيم محمد نور", "مديرة البرامج", "جمعية نساء دارفور للتنمية والسلام", ["rapporteur"]),
        sp("الطاهر عبد الرحمن حسن", "منسق وحدة الرصد", "منظمة العائدين السودانيين للتنمية", ["roundtable"], 1),
        sp("سامية عثمان الشيخ", "رئيسة مجلس الأمناء", "مركز الخرطوم لدراسات الهجرة والنوع الاجتماعي",
           ["open_discussion"])],
        notes="deadline edge for 'both': received 22:41 Beirut time on Friday 5 February (Date 22:41 +0200, "
              "Khartoum), so the speaker part is on time and the report well before 16 February. A national "
              "platform's report co-signed by twelve members (their list only inside the PDF) and three nominees "
              "from three member organisations in an Outlook HTML table (tab-separated in the text part): "
              "honorifics 'أ.', 'م.', 'د.' dropped; each nominee's affiliation is her or his member organisation, "
              "not the platform; 'مقرّرة لعرض الرسائل الرئيسية' = rapporteur, 'المائدة المستديرة الأولى' = 1, "
              "'النقاش المفتوح للمشاورة' = open_discussion. Long Arabic PDF name (RFC 2231 + RFC 2047); the logo "
              "is not the report. The platform's general mailbox in Cc answers automatically (h283-13)."))


# ================================================================ 13  AR  auto_reply  the Sudanese platform's general mailbox answers our acknowledgement of 12
def m13():
    when = at("2021-02-05 22:41:58")
    ack = ack_mid(M12_QID)
    text = """شكراً لتواصلكم مع المنصة الوطنية لمنظمات المجتمع المدني العاملة في مجال الهجرة - السودان.

تم استلام رسالتكم وسيتم الرد عليها خلال ثلاثة أيام عمل. ساعات العمل من الأحد إلى الخميس، من الساعة 9 صباحاً حتى 3 عصراً بتوقيت الخرطوم.

هذه رسالة آلية، يرجى عدم الرد عليها.

Thank you for contacting the Sudan National Platform. This is an automated message; we will reply within three working days.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = re_hdr("Auto: ", "تأكيد استلام - " + M12_SUBJ)
    rows = std_rows(when, "server.sudan-platform.example.org", "203.0.113.62", "4DXc8Qd1VmZ9",
                    addr("المنصة الوطنية - السودان", "info@sudan-platform.example.org"), subj,
                    rfcdate(sent_at(when, 2, 2)), "<autoreply.1612557716.30518@server.sudan-platform.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autorespond", "8"),
                           ("Precedence", "auto_reply")],
                    ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M12_ID + " " + ack)]
    add(13, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="cPanel-style autoresponder of the platform's general mailbox (Cc of h283-12) answering our "
              "acknowledgement 45 seconds later: Arabic with an English line, 'هذه رسالة آلية', X-Autorespond, "
              "Precedence: auto_reply, Auto-Submitted, null Return-Path, References to h283-12. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 14  FR  speaker  Doha network of African domestic workers at 00:31 local time (23:31 Beirut)
def m14():
    when = at("2021-02-05 23:31:47")
    subj = "Demande d'intervention – RETRADAG (2 associations membres)"
    text = """Bonsoir Madame, Monsieur,

Pardon pour l'heure : il est déjà minuit et demi ici à Doha, donc le 6 février chez nous. Nous espérons de tout cœur que vous accepterez quand même notre demande, nous avons attendu que toutes nos membres sortent du travail pour nous réunir.

Le Réseau des Travailleuses Domestiques Africaines du Golfe (RETRADAG) réunit dix associations de travailleuses domestiques venues du Cameroun, de Côte d'Ivoire, de Madagascar, du Burundi, du Togo et du Bénin, au Qatar, au Koweït, à Bahreïn et aux Émirats. Nous souhaitons proposer deux intervenantes, chacune d'une association membre :

- Mme Clarisse Nkoulou, présidente de l'Association des Camerounaises du Qatar (ACQ), pour une intervention en plénière ;
- Mme Hanta Rakotomalala, trésorière de l'association Fanilo – Solidarité des Malgaches au Koweït, pour la table ronde n° 4.

Les deux parlent français et un peu d'anglais et d'arabe, et se connecteront avec leur téléphone pendant leur jour de repos.

Merci infiniment,

Béatrice Ndayishimiye
Secrétaire du RETRADAG
Doha – Qatar
"""
    body = alt(text, "000000000000c6f29d05ba9e41b7", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 9), "mail-pj1-f65.google.example.com", "192.0.2.65", "4DXd5Wk8TsZ4",
           "Beatrice Ndayishimiye <retradag.golfe@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAPx9Tm4Kq2wV7nL+f8Rb3Hc1sY6dGz5jM0@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Clarisse Nkoulou", "présidente", "Association des Camerounaises du Qatar (ACQ)", ["plenary"]),
        sp("Hanta Rakotomalala", "trésorière", "Fanilo – Solidarité des Malgaches au Koweït", ["roundtable"], 4)],
        notes="deadline edge the other way: the sender writes at 00:31 on 6 February in Doha (Date +0300) and "
              "apologises for being late, but the server received it at 23:31:47 Beirut time on 5 February: on "
              "time. A network of ten associations proposes two nominees, one from each of two members, for two "
              "roles ('en plénière', 'table ronde n° 4'); 'Mme' dropped; the second affiliation is written 'de "
              "l'association Fanilo – Solidarité des Malgaches au Koweït' (lower-case 'association' is not part "
              "of the name). The network's secretary who writes is not a speaker. Gmail app, Latin From name "
              "without the accent."))


# ================================================================ 15  EN  both  Gulf coalition: collective report (10 members) + one late speaker sentence
M15_FILE = "GCMWR_Collective_Report_GCM_Regional_Review_2021.pdf"


def m15():
    when = at("2021-02-08 14:20:09")
    subj = "Collective voluntary GCM review report - Gulf Coalition for Migrant Women's Rights"
    members = [("Tahanan Migrant Women's Centre", "Bahrain"), ("Sampaguita Workers' Circle", "Kuwait"),
               ("Ethiopian Community Women's Group", "Kuwait"), ("Migrant Women's Legal Aid Desk", "Qatar"),
               ("Nepali Sisters' Network", "Qatar"), ("Women Workers' Welfare Forum", "Oman"),
               ("Sri Lankan Women's Association", "United Arab Emirates"),
               ("Indonesian Migrant Women's Union (IMWU)", "Saudi Arabia"),
               ("Kenyan Women in the Gulf", "Saudi Arabia"), ("Safe Return Volunteers", "Bahrain")]
    lines = "\n".join("- %s (%s)" % m for m in members)
    text = """Dear GCM Regional Review secretariat,

Please find attached the collective voluntary GCM review report of the Gulf Coalition for Migrant Women's Rights (GCMWR). It is co-signed by our ten member organisations:

%s

The report brings together what our members saw in 2020: women who lost their jobs and their residence at the same time, women trapped with employers during lockdown, and the first repatriation flights, which many domestic workers could not board because their passports were held by employers or they could not pay the PCR test.

We would also be grateful if Leticia Manalo, Executive Director of Tahanan Migrant Women's Centre, could take the floor in Roundtable 4 - we realise the date for nominations has passed, so we leave it entirely to your discretion.

The images attached are our members' logos, for your website if you publish contributors.

Warm regards,
Priya Menon-Rashid
Secretariat, Gulf Coalition for Migrant Women's Rights (GCMWR)
Manama, Bahrain
""" % lines
    pdf = rep_pdf("Gulf Coalition for Migrant Women's Rights (GCMWR) - Collective voluntary GCM review report",
                  "Co-signed by 10 member organisations - February 2021",
                  ["Losing job and residence at once", "Trapped during lockdown", "Repatriation flights",
                   "Passports and PCR tests", "Recommendations"])
    a = alt(text, "000000000000e71f4a05bad2c683", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M15_FILE),
                           attach("image/png", make_png(60, 20, (200, 90, 40)), "GCMWR members logos.png")],
                 "000000000000e71f4c05bad2c685")
    m = mk(when, sent_at(when, 3, 13), "mail-qk1-f178.google.example.com", "192.0.2.178", "4DZ1Vq6MpWz2",
           "Priya Menon-Rashid <secretariat.gcmwr@gmail.example.com>", subj,
           "<CAF2kWp7Rn4vT1xM+a6Lc9Hb3sQ8dEz5gK2@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Leticia Manalo", "Executive Director", "Tahanan Migrant Women's Centre", ["roundtable"], 4)],
        report_attachments=[M15_FILE],
        notes="'both' that turns on one sentence ('We would also be grateful if Leticia Manalo ... could take the "
              "floor in Roundtable 4'): received 8 February, the report is on time but the speaker part is after "
              "the 5 February deadline (the sender knows it), so on_time false. The ten co-signing members are "
              "listed (one of them is the nominee's centre, her affiliation; the country after it is not part of "
              "it); the PNG of members' logos is an attachment but not part of the report. Gmail, Date UTC+3."))


# ================================================================ 16  AR  report  a member of the Karama coalition (03) sends its own report separately
M16_ID = "<CAK8wNq3Tz6vR1pL+d4Mx7Hc2sB9fGy5jE3@mail.gmail.example.com>"
M16_SUBJ = "تقرير جمعية نساء الأغوار للتنمية - العاملات الزراعيات المهاجرات في وادي الأردن"
M16_QID = "4DZt3Hm9LbZ7"
M16_FILE = "تقرير جمعية نساء الأغوار - العاملات الزراعيات.docx"


def m16():
    when = at("2021-02-09 10:30:44")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

جمعية نساء الأغوار للتنمية من الجمعيات الأربع عشرة الموقّعة على التقرير الجماعي لائتلاف كرامة لحقوق العاملات المهاجرات، الذي أرسلته إليكم منسقة الائتلاف في 28 كانون الثاني.

لكننا رأينا أن وضع العاملات الزراعيات المهاجرات في وادي الأردن لم يأخذ في التقرير الجماعي إلا فقرة واحدة، فأعددنا تقريراً طوعياً مستقلاً باسم جمعيتنا، تجدونه مرفقاً. يتناول التقرير العاملات المصريات والسوريات في المزارع: العمل بلا عقود، والسكن في الخيم وغرف الصفيح، وغياب الضمان الاجتماعي، وما حدث لهن خلال حظر التجول في موسم الحصاد.

وقد أبلغنا الائتلاف بذلك ولا مانع لديه. ولا نطلب مداخلة في المؤتمر.

مع الشكر والتقدير، ويعطيكم العافية،

رنا العدوان
مديرة جمعية نساء الأغوار للتنمية
الشونة الجنوبية - وادي الأردن
"""
    doc = make_docx(["Jordan Valley Women's Development Association - Voluntary GCM review report",
                     "Migrant women agricultural workers in the Jordan Valley",
                     "1. Work without contracts", "2. Housing in tents and tin rooms", "3. No social security",
                     "4. Curfew during the harvest season", "5. Recommendations"])
    a = alt(text, "000000000000b3d92e05bae41c57", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M16_FILE)], "000000000000b3d93005bae41c59")
    m = mk(when, sent_at(when, 2, 8), "mail-ej1-f41.google.example.com", "192.0.2.41", M16_QID,
           addr("Rana Adwan", "nisaa.alaghwar@gmail.example.com"), hdr(M16_SUBJ), M16_ID, body)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="a member of the coalition of h283-03 writes separately after the coalition did: its own independent "
              "report (a new submission from another organisation, not a reply), so thread_of null although it "
              "names the coalition's collective report of 28 January, which it co-signed. 'ولا نطلب مداخلة' rules "
              "out a speaker. Arabic DOCX name with a dash (RFC 2231 + RFC 2047); Latin From name; Gmail base64. "
              "The sender thanks us for the acknowledgement in h283-19."))


# ================================================================ 17  EN  other  a nominee of 01 withdraws (reply to our acknowledgement)
def m17():
    when = at("2021-02-09 16:02:11")
    ack = ack_mid(M01_QID)
    quoted = ack_text("en", M01_SUBJ, "your request for speaking roles")
    text = """Dear Secretariat,

I am Rahel, one of the nominees of RADWU-ME in the email below. I am very sorry but I have to withdraw from the open discussion on 23 February. My madam is travelling that week and I have to go with the family to Dubai, and I will not have a free day or a good connection.

Thank you for the opportunity, and I hope there will be another time. Nisreen (in copy) will let you know if the Alliance proposes someone else from our union.

Best regards,
Rahel Tesfaye
General Secretary, MDWU-L

On Tue, Jan 26, 2021 at 10:13 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000f2a6c105bae6d3e9", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-lf1-f45.google.example.com", "192.0.2.45", "4DZz6Kp2WrZ5",
           "Rahel Tesfaye <rahel.tesfaye.mdwu@gmail.example.com>", "Re: Acknowledgement of receipt - " + M01_SUBJ,
           "<CAB6mTz1Lq9wK4vN+e2Rx7Hc5sP3dFy8gW6@mail.gmail.example.com>", body,
           cc="Nisreen Abou Chakra <n.abouchakra@radwu-me.example.org>",
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack)])
    add(17, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="one of the four nominees of h283-01 declines her own nomination (open discussion) in a Gmail reply to "
              "our acknowledgement (References name h283-01): a withdrawal, not a request, and no replacement is "
              "named ('Nisreen will let you know if the Alliance proposes someone else'), so 'other' with no "
              "speakers, acknowledged because it changes the submission. Her name and union appear in the "
              "signature only as the sender's."))


# ================================================================ 18  FR  report  the PNMD (04) replaces its DOCX with the final PDF and a longer list of signatories
M18_ID = "<a51e7c09-2b84-4f6d-9c3e-8d07f1b2e4a6@pnmd-maroc.example.ma>"
M18_QID = "4F0Kb2Rn7VzZ"
M18_FILE = "Rapport collectif PNMD – version finale (18 signataires).pdf"


def m18():
    when = at("2021-02-10 11:45:37")
    text = """Madame, Monsieur,

Suite à notre envoi du 29 janvier, deux associations ont rejoint la plateforme et souhaité cosigner notre rapport collectif : l'Association Tanmia Femmes du Rif (Al Hoceima) et le Collectif des Travailleuses Migrantes de Fès. Le rapport compte donc désormais dix-huit associations signataires.

Vous trouverez ci-joint la version finale, en PDF, avec la liste complète des signataires et deux corrections de chiffres dans la partie 2. Merci de bien vouloir la considérer comme remplaçant la version Word envoyée le 29 janvier.

Nos trois propositions d'intervenant·es restent inchangées.

Bien cordialement,

Salima Berrada
Coordinatrice nationale – PNMD

Le 29/01/2021 à 15:40, Salima Berrada a écrit :
""" + gt(M04_TEXT) + "\n"
    pdf = rep_pdf("Plateforme Nationale Migrations et Droits - Maroc (PNMD) - Rapport collectif, version finale",
                  "Examen regional du PMM 2021 - 18 associations signataires",
                  ["Methodologie et processus de validation", "Travailleuses saisonnieres et domestiques (chiffres "
                   "corriges)", "Femmes migrantes subsahariennes", "Recommandations", "Liste des 18 signataires"])
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    body = multi("mixed", [tp, attach("application/pdf", pdf, M18_FILE)], "------------7A1C4E9B0D2F83561E0B7C4D")
    m = mk(when, sent_at(when, 1, 8), "smtp.pnmd-maroc.example.ma", "203.0.113.44", M18_QID,
           "Salima Berrada <coordination@pnmd-maroc.example.ma>", hdr("Re: " + M04_SUBJ, enc="Q"), M18_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr"), ("In-Reply-To", M04_ID),
                  ("References", M04_ID)])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 4, report_attachments=[M18_FILE],
        notes="the platform of h283-04 replaces its DOCX by the final PDF (a Thunderbird reply to its own mail, "
              "In-Reply-To h283-04): 'remplaçant la version Word envoyée le 29 janvier', now eighteen signatories. "
              "Only the new PDF is attached and listed (en dash and parentheses in the name). 'Nos trois "
              "propositions d'intervenant·es restent inchangées' is not a new request, and the '>'-quoted original "
              "still carries the three nominees and the DOCX wording: voluntary_report with no speakers. Two new "
              "co-signing associations are not speakers."))


# ================================================================ 19  AR  other  thank-you from the member of 16 for our acknowledgement
def m19():
    when = at("2021-02-10 13:20:52")
    ack = ack_mid(M16_QID)
    quoted = ack_text("ar", M16_SUBJ, "التقرير الطوعي المرفق")
    text = """يعطيكم العافية، وصلنا تأكيد الاستلام امبارح. شكراً كتير إلكم ولكل الفريق.

رنا

في الثلاثاء، 9 فبراير 2021 في 10:31 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "0000000000004c8e1f05baf62a7d", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-pf1-f181.google.example.com", "192.0.2.181", "4F0Mw8Tq3KzZ",
           addr("Rana Adwan", "nisaa.alaghwar@gmail.example.com"), re_hdr("Re: ", "تأكيد استلام - " + M16_SUBJ),
           "<CAK8wNq6Vm2xP9tR+h3Lb5Kc1sZ7dGe4jA8@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M16_ID + " " + ack)])
    add(19, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 16,
        notes="a thank-you in Jordanian colloquial ('يعطيكم العافية', 'امبارح', 'شكراً كتير إلكم') answering our "
              "acknowledgement of h283-16 (References name h283-16): adds nothing new, so no acknowledgement; the "
              "quoted acknowledgement repeats 'التقرير الطوعي المرفق'. Gmail on a phone, base64."))


# ================================================================ 20  EN  other  a national platform registers 15 observers (names, titles, organisations - not speakers)
def m20():
    when = at("2021-02-11 12:30:26")
    subj = "Registration of 15 observers from JNPLM member organisations"
    rows = [("Name", "Title", "Member organisation"),
            ("Hanan Qudah", "Project Officer", "Workers' Rights Centre - Irbid"),
            ("Mahmoud Zoubi", "Legal Adviser", "Sanad Legal Aid Centre"),
            ("Lamia Haddad", "Case Manager", "Women Workers' Empowerment Society"),
            ("Tsion Bekele", "Community Leader", "Ethiopian Community Association in Jordan"),
            ("Ruth Wanjiru", "Volunteer Coordinator", "Kenyan Workers' Welfare Group - Amman"),
            ("Kamala Thapa", "Member", "Nepali Workers' Forum - Jordan"),
            ("Omar Shdeifat", "Researcher", "Centre for Labour and Migration Studies"),
            ("Dana Khatib", "Communications Officer", "Sawtuha Feminist Media Initiative"),
            ("Yousef Abu Rumman", "Programme Manager", "Al-Nahda Women's Association - Zarqa"),
            ("Samar Jabri", "Lawyer", "Volunteer Women Lawyers' Network"),
            ("Marlene Santos", "Shelter Coordinator", "Dar Al-Aman Women's Shelter"),
            ("Ahmad Freihat", "Field Officer", "Mafraq Hope Initiative"),
            ("Nour Masarweh", "Intern", "Jordan National Platform on Labour Migration (JNPLM)"),
            ("Shireen Tell", "Trainer", "Garment Workers' Forum"),
            ("Bilal Rawashdeh", "Monitoring Officer", "Syrian Agricultural Workers' Committee")]
    table_txt = "\n".join("%d. %s - %s - %s" % ((k,) + r) for k, r in enumerate(rows[1:], 1))
    text = """Dear colleagues,

The Jordan National Platform on Labour Migration (JNPLM) would like to register the following fifteen people from its member organisations to attend the multi-stakeholder consultation on 23 February and the conference on 24-25 February as observers. They will follow online and will not take the floor: our member organisations have already sent their own speaker nominations and reports where they wished to.

%s

Could you please send the connection links to each of them at the addresses in the attached sheet, or to me if you prefer to send one link for the group? Two of them (Tsion and Kamala) would need the English channel.

Thank you very much,

Layla Hijazi
Platform Officer
Jordan National Platform on Labour Migration (JNPLM)
Amman, Jordan
""" % table_txt
    cell = "<td style=\"padding:3px 8px;border:1px solid #ccc\">%s</td>"
    trs = "".join("<tr>%s</tr>" % "".join(cell % esc(c) for c in r) for r in rows)
    parts = text.split(table_txt)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s<table style="border-collapse:collapse">%s</table>%s</div></body></html>\n'
            % ("<br>".join(esc(x) for x in parts[0].split("\n")), trs,
               "<br>".join(esc(x) for x in parts[1].split("\n"))))
    csv = "name,title,organisation,email\r\n" + "".join(
        "%s,%s,\"%s\",%s@jnplm-members.example.org\r\n" % (r[0], r[1], r[2], r[0].lower().replace(" ", "."))
        for r in rows[1:])
    a = alt(text, "0000000000008b1d3e05bb0a47c2", html=html)
    body = multi("mixed", [a, attach("text/csv", csv.encode("utf-8"), "JNPLM_observers_contacts.csv")],
                 "0000000000008b1d4005bb0a47c4")
    m = mk(when, sent_at(when, 2, 7), "mail-wr1-f52.google.example.com", "192.0.2.152", "4F1Pc4Vw9MzZ",
           "Layla Hijazi <layla.hijazi.jnplm@gmail.example.com>", subj,
           "<CAN3qRw8Tx5mK2vL+g7Pz4Hb1sC9dFe6jT5@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="registration of fifteen observers in a table of Name / Title / Member organisation (numbered lines in "
              "the text part, an HTML table, a CSV of contacts): it looks like a list of nominees but says 'as "
              "observers ... will not take the floor', so no speaker and no report; 'other' (registration), "
              "acknowledged. The 'English channel' is interpretation, not a role. Gmail."))


# ================================================================ 21  AR  speaker  a Sudanese association in Riyadh writes separately after its platform (late)
def m21():
    when = at("2021-02-12 21:10:38")
    subj = "ترشيح من رابطة السودانيات العاملات بالسعودية"
    text = """السلام عليكم ورحمة الله

معاكم إخلاص من رابطة السودانيات العاملات في المملكة العربية السعودية. الرابطة عضو في المنصة الوطنية السودانية لمنظمات المجتمع المدني العاملة في الهجرة، والمنصة رشّحت ليكم ثلاثة أشخاص يوم الجمعة الماضية، لكن ما في ولا واحد منهم بيمثّل السودانيات الشغّالات في الخليج، ونحن أكتر ناس اتضرّرنا من الجائحة.

عشان كده بنرشّح ليكم، باسم الرابطة براها، رئيسة الرابطة الأستاذة إخلاص عبد الله بشير (أنا) عشان أقدّم مداخلة في المائدة المستديرة التانية. بشتغل معلمة في مدرسة خاصة في الرياض من 2009، وبتابع مع الرابطة مشاكل العاملات في البيوت والمستشفيات.

عارفين إنو الموعد فات، لكن بنتمنى لو في مجال.

وشكراً ليكم
إخلاص عبد الله بشير
رئيسة الرابطة
رابطة السودانيات العاملات في المملكة العربية السعودية
الرياض

مُرسلة من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 8), "mr85p00im-hyfv06021401.me.example.com", "198.51.100.185", "4F2Gd7Nq1XzZ",
           addr("Ikhlas Bashir", "ikhlas.bashir@icloud.example.com"), hdr(subj),
           "<9B4E27D1-6C3A-4F85-A0D2-E71C8B5F3A94@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(21, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("إخلاص عبد الله بشير", "رئيسة الرابطة",
           "رابطة السودانيات العاملات في المملكة العربية السعودية", ["roundtable"], 2)],
        notes="late (12 February) self-nomination by a member association of the platform of h283-12, written "
              "separately in Sudanese colloquial ('عشان كده بنرشّح ليكم، باسم الرابطة براها'), not a reply: "
              "thread_of null. The sender is the nominee ('الأستاذة إخلاص عبد الله بشير (أنا)', 'الأستاذة' "
              "dropped); title 'رئيسة الرابطة' as written in the body and the signature, affiliation the association's "
              "full name from the signature line below it; 'المائدة المستديرة التانية' = 2. Her teaching job is background, not the title. iPhone, "
              "text/plain base64, Latin From name, Date UTC+3."))


# ================================================================ 22  EN  report  Iraqi platform at 23:57 on the report deadline (21 co-signatories)
def m22():
    when = at("2021-02-16 23:57:10")
    subj = "ICSPMD collective voluntary report - GCM Regional Review"
    file_ = "ICSPMD Collective Voluntary GCM Review Report 2021.pdf"
    members = ["Baghdad Women's Association for Development", "Basra Returnees' Rights Organisation",
               "Mosul Legal Aid Clinic", "Kurdistan Migrant Workers' Support Centre (Erbil)",
               "Najaf Humanitarian Society", "Iraqi Al-Amal Association for Displaced Women",
               "Anbar Youth for Return", "Sinjar Women's Solidarity Network", "Iraqi Network for Social Protection",
               "Dohuk Refugee Women's Forum", "Karbala Charitable Organisation", "Kirkuk Civic Dialogue Centre",
               "Sulaymaniyah Domestic Workers' Support Group", "Diyala Peace-building Association",
               "Babil Community Development Foundation", "Iraqi Returnees' Network", "Maysan Rural Women's Union",
               "Wasit Youth Council", "Dhi Qar Human Rights Observatory", "Iraqi Association for Migration Studies",
               "Salahuddin Women's Empowerment Centre"]
    half = (len(members) + 1) // 2
    cols = "\n".join("%-52s %s" % ("%d. %s" % (k + 1, members[k]),
                                   ("%d. %s" % (k + half + 1, members[k + half])) if k + half < len(members) else "")
                     for k in range(half))
    cols = "\n".join(x.rstrip() for x in cols.split("\n"))
    text = """Dear Secretariat,

Please find attached the collective voluntary GCM review report of the Iraqi Civil Society Platform on Migration and Displacement (ICSPMD). I am sorry for sending it so close to midnight - the last signatures came in this evening.

The report is co-signed by the platform's twenty-one member organisations:

%s

Our member organisations' representatives will follow the consultation online; we are not requesting any speaking time.

Best regards,

Zainab Al-Hashimi
Executive Coordinator
Iraqi Civil Society Platform on Migration and Displacement (ICSPMD)
Baghdad, Iraq
""" % cols.rstrip()
    pdf = rep_pdf("Iraqi Civil Society Platform on Migration and Displacement (ICSPMD) - Collective report",
                  "Co-signed by 21 member organisations - Baghdad, February 2021",
                  ["Iraq as a country of origin, return and destination", "Returnees and IDPs",
                   "Migrant workers in the Kurdistan Region", "Recommendations"])
    lcid = "image001.png@01D704A2.6B1F3D80"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=lcid)),
                            logo(lcid, (20, 90, 50))],
                "_004_AM0PR03MB5826A3F7C9E2B140_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM0PR03MB5826A3F7C9E2B140_")
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "_005_AM0PR03MB5826A3F7C9E2B140_")
    m = mk(when, sent_at(when, 3, 12), "mail-am0eur03on0645.outbound.protection.outlook.example.com",
           "198.51.100.145", "4F5Rz3Kc8TzZ", "Zainab Al-Hashimi <z.alhashimi@icspmd-iq.example.org>", subj,
           "<AM0PR03MB5826A3F7C9E2B140@AM0PR03MB5826.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHXBLtZ8Rm3Vq6Nx1Kp4Hc7Ls0Wd2Fb5==", lang="en-US", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[file_],
        notes="deadline edge: received 23:57:10 Beirut time on Tuesday 16 February, on time, while the Date header "
              "(+0300, Baghdad) already reads 17 February 00:56 and the sender apologises. Collective report "
              "co-signed by twenty-one member organisations listed in two fixed-width columns (numbers 1-21 are list "
              "items, not roundtables); 'we are not requesting any speaking time'. The inline logo is not the "
              "report. Outlook."))


# ================================================================ 23  FR  report  Tunisian collective of domestic workers' associations, the morning after (late)
def m23():
    when = at("2021-02-17 09:20:15")
    subj = "Rapport collectif CTTD – examen régional du PMM (envoi tardif)"
    file_ = "CTTD_Rapport_collectif_PMM_2021.docx"
    text = """Bonjour,

Nous vous prions d'excuser ce retard : la dernière des treize associations membres du Collectif Tunisien des Travailleuses Domestiques (CTTD) n'a validé le texte qu'hier à 23 h, et nous n'avons pu finaliser le document que ce matin.

Vous trouverez ci-joint notre rapport collectif, cosigné par les treize associations membres du collectif (la liste figure en page 2). Il porte sur les travailleuses domestiques tunisiennes parties au Golfe et revenues, sur les jeunes filles employées comme « bonnes » dans les villes côtières, et sur les travailleuses subsahariennes employées à Tunis sans contrat ni titre de séjour.

Nous espérons qu'il pourra encore être pris en compte.

Cordialement,

Monia Ben Hassine
Coordinatrice du CTTD
Tunis – Tunisie
"""
    doc = make_docx(["Collectif Tunisien des Travailleuses Domestiques (CTTD) - Rapport collectif",
                     "Associations membres cosignataires (13) - voir liste", "1. Les travailleuses revenues du Golfe",
                     "2. Les jeunes filles employees dans les villes cotieres",
                     "3. Les travailleuses subsahariennes a Tunis", "4. Recommandations"])
    a = alt(text, "----=_Part_48211_1720394816.1613546411522", html=html_wrap_div(text))
    body = multi("mixed", [a, attach(DOCX, doc, file_)], "----=_Part_48210_306715298.1613546411520")
    m = mk(when, sent_at(when, 1, 4), "smtp.gnet.example.tn", "203.0.113.97", "4F6Lp2Wv5QzZ",
           addr("Monia Ben Hassine", "cttd.tunisie@gnet.example.tn"), hdr(subj, enc="Q"),
           "<1103948271.48212.1613546411525@webmail.gnet.example.tn>", body, extra=[("X-Mailer", OX)])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[file_],
        notes="late (17 February, 09:20) and says so: a collective of thirteen member associations whose last "
              "validation came 'hier à 23 h' (before the deadline) but the report only reached us the next morning. "
              "DOCX; the list of co-signatories is inside the report. Open-Xchange webmail, Date UTC+1."))


def html_wrap_div(text):
    inner = "".join("<p style=\"margin:0\">%s</p>" % (esc(x) if x else "&nbsp;") for x in text.rstrip("\n").split("\n"))
    return ('<!doctype html><html><head><meta charset="UTF-8"></head><body><div class="default-style">%s</div>'
            '</body></html>\n' % inner)


# ================================================================ 24  FR  other  the PNMD asks questions in reply to our acknowledgement of 18
def m24():
    when = at("2021-02-18 10:05:41")
    ack = ack_mid(M18_QID)
    quoted = ack_text("fr", "Re: " + M04_SUBJ, "la pièce jointe")
    text = """Madame, Monsieur,

Merci pour votre accusé de réception.

Permettez-moi deux questions, que nos associations membres me posent chaque jour :

1. Pouvez-vous nous confirmer que la version finale en PDF (18 signataires) remplace bien la version Word du 29 janvier dans le dossier des contributions, et que c'est elle qui sera publiée ?
2. Quand saurons-nous si nos trois intervenant·es (Mme Ouazzani, M. Aït Lahcen et Mme Koné) sont retenu·es ? Mme Koné voudrait savoir en particulier si la rapporteure doit préparer un texte écrit à l'avance et combien de temps elle aura.

Avec mes remerciements,

Salima Berrada
Coordinatrice nationale – PNMD

Le 10/02/2021 à 10:46, GCM Regional Review Arab States a écrit :
""" + gt(quoted) + "\n"
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 7), "smtp.pnmd-maroc.example.ma", "203.0.113.44", "4F7Dq8Mh2RzZ",
           "Salima Berrada <coordination@pnmd-maroc.example.ma>",
           hdr("Re: Accusé de réception - Re: " + M04_SUBJ, enc="Q"),
           "<e29b4f71-0c5d-4a38-8e16-b7a3d5c90f12@pnmd-maroc.example.ma>", tp,
           extra=[("User-Agent", TB), ("Content-Language", "fr"), ("In-Reply-To", ack),
                  ("References", M04_ID + " " + M18_ID + " " + ack)])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 4,
        notes="questions in a Thunderbird reply to our acknowledgement of h283-18 (References name h283-04 and "
              "h283-18): does the final PDF replace the DOCX, when will the nominees know, must the rapporteur "
              "prepare a text. It names the three nominees of h283-04 again by surname but submits nothing new: "
              "'other', acknowledged (real questions). thread_of the first message of the chain, h283-04."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
