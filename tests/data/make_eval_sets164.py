#!/usr/bin/env python3
"""Write the blind evaluation set holdout164 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets164.py
Theme: climate, environment and rural displacement: drought and water NGOs, farmers' and herders' unions,
agricultural research centres, units of environment ministries, disaster-risk agencies, desert/oasis and
coastal communities.  8 Arabic, 8 English, 8 French.  Helpers imported from mailgen.py.
"""
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, rfcdate, sp, std_rows, text2html, top, tz, alt, html_only, sent_at)

SET = EvalSet(164)
add = SET.add

INVITE_ID = "<INV-2021-01-26-AR.0007@gcmrrarabstates.iom.int>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 10:02:19")
    sent = sent_at(when, 2, 1)
    text = """Dear Sender,

I am on field mission in the Azraq and Mafraq areas (well monitoring) until 4 February with very limited access to email. Your message will not be forwarded.

For anything urgent related to the drought response programme, please write to programmes@adwn.example.org or call the office on +962 6 555 0192.

Best,
Tamer Qudah
Field Coordinator | Arab Drylands Water Network (ADWN)
"""
    body = alt(text, "_000_DB8PR03MB5977A0B1C2D3E4F5DB8PR03MB5977eurp_")
    rows = std_rows(when, "mail-db8eur05.outbound.protection.example.com", "40.107.20.63", "4DQk0L2mHtz4",
                    "Tamer Qudah <t.qudah@adwn.example.org>",
                    "Automatic reply: Invitation | Regional Review of the Global Compact for Migration - Arab Region",
                    rfcdate(sent), "<DB8PR03MB5977.autoreply.7c21@adwn.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("Thread-Topic", "Invitation | Regional Review of the Global Compact for Migration - Arab Region")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Content-Language", "en-GB")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office to the invitation (Auto-Submitted: auto-replied, Return-Path <>); mentions "
              "a programme, an address and dates. Never acknowledge."))


M02_ID = "<CAKx7Ld9vQ2mW1pT8rS3nF6yB0hJ4gE5cA9uZ1kR@mail.gmail.example.com>"


def m02():
    when = at("2021-01-28 12:40:51")
    sent = sent_at(when, 3, 6)
    text = """إلى أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المنظمة الدولية للهجرة

تحية طيبة وبعد،

استناداً إلى رسالة الدعوة الكريمة، تود جمعيتنا المشاركة بمداخلة في المائدة المستديرة الثانية من المؤتمر الإقليمي، ونقل معاناة مزارعي الأهوار ومربي الجاموس الذين اضطر الآلاف منهم إلى ترك قراهم بسبب شح المياه وارتفاع الملوحة منذ صيف 2018.

وفيما يلي بيانات المتحدث:
الاسم: السيد جبار كاظم الساعدي
الصفة: رئيس الجمعية
الجهة: جمعية مزارعي ومربي الجاموس في الأهوار / محافظة ميسان

شاكرين تعاونكم.

جبار كاظم الساعدي
رئيس جمعية مزارعي ومربي الجاموس في الأهوار
العمارة - ميسان - العراق
07701234567
"""
    body = alt(text, "000000000000a81c3f05b9f1c2d4", rtl=True, b64=True)
    m = mk(when, sent, "mail-wm1-f53.google.example.com", "209.85.128.53", "4DR2pZ3kLxz9",
           addr("جبار الساعدي", "jabbar.alsaadi.marsh@gmail.example.com"),
           hdr("طلب مشاركة بمداخلة - جمعية مزارعي الأهوار"), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جبار كاظم الساعدي", "رئيس الجمعية", "جمعية مزارعي ومربي الجاموس في الأهوار", ["roundtable"], 2)],
        notes="labelled lines; 'السيد' dropped; the affiliation line ends with '/ محافظة ميسان' (a place, not part "
              "of the affiliation, as in dev 004/013); title recorded as written ('رئيس الجمعية'); roundtable as "
              "an ordinal word ('الثانية'). Gmail, base64 bodies."))


M03_ID = "<AM9P193MB1468B2C3D4E5F6A7@AM9P193MB1468.EURP193.PROD.OUTLOOK.example.com>"
M03_PDF = "Rapport volontaire PMM - ONG Terre et Eau Sahel.pdf"


def m03():
    when = at("2021-01-29 09:15:33")
    sent = sent_at(when, 0, 7)
    text = """Madame, Monsieur,

Nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de l'ONG Terre et Eau Sahel (TES) au titre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) dans la région arabe.

Le rapport porte sur les départs des jeunes agropasteurs du Hodh El Chargui et de l'Assaba vers Nouakchott et vers l'étranger à la suite des sécheresses successives (2017-2020), et sur les mesures d'adaptation soutenues localement (objectifs 2, 5 et 23 du PMM).

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Aminetou Mint Sidi
Secrétaire exécutive
ONG Terre et Eau Sahel (TES)
Nouakchott - Mauritanie
Tél. : +222 45 25 11 90
"""
    pdf = make_pdf(["ONG Terre et Eau Sahel (TES)", "Rapport volontaire - Examen regional du PMM",
                    "Secheresse, mobilite pastorale et migration des jeunes", "Janvier 2021"])
    body = multi("mixed", [alt(text, "_000_AM9P193MB1468B2C3D4E5F6A7AM9P193MB1468EURP_"),
                           attach("application/pdf", pdf, M03_PDF)],
                 "_004_AM9P193MB1468B2C3D4E5F6A7AM9P193MB1468EURP_")
    m = mk(when, sent, "mail-am9eur03.outbound.protection.example.com", "40.107.24.81", "4DRz1q4NwTz6",
           "ONG Terre et Eau Sahel <contact@terre-eau-sahel.example.mr>",
           hdr("Transmission du rapport volontaire - Examen régional PMM (région arabe)", enc="Q"), M03_ID, body,
           cc="secretariat.tes@terre-eau-sahel.example.mr", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M03_PDF],
        notes="administrative French, Outlook; PDF with spaces and a hyphen in its name; the From display name is "
              "the organisation. The acknowledgement to its Cc'd address bounces (h164-09); a corrected version "
              "follows after the deadline (h164-23)."))


M04_ID = "<01a901d6f71c$4e2b8c90$ea82a5b0$@darc-research.example.org>"


def m04():
    when = at("2021-01-30 17:22:08")
    sent = sent_at(when, 2, 4)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear GCM Regional Review Secretariat,</p>
<p>Further to your kind invitation, the <b>Dryland Agriculture Research Centre (DARC)</b> would like to propose two speakers. Our work on rangeland degradation, failed rain-fed seasons and the movement of Bedouin and small farming households towards the cities seems directly relevant to the consultation and to the roundtables.</p>
<ol>
<li><b>Dr. Samir Haddadin</b> &ndash; Senior Scientist, Rangeland and Livestock Programme &ndash; to take part in the open discussion of the multi-stakeholder consultation on 23 February;</li>
<li><b>Ms. Lina Abu-Rish</b> &ndash; Research Associate, Social Science and Gender Unit &ndash; for a floor intervention in thematic roundtable 4.</li>
</ol>
<p>Both are based at our Amman headquarters. Kindly let us know if you need short bios.</p>
<p>With best regards,</p>
<p style="color:#2f5496">Nour Batayneh<br>
Partnerships &amp; Communication Officer<br>
Dryland Agriculture Research Centre (DARC)<br>
Amman, Jordan | www.darc-research.example.org</p>
</div>"""
    body = html_only(inner)
    m = mk(when, sent, "mail.darc-research.example.org", "185.34.112.20", "4DSJ8m1qVcz2",
           "Nour Batayneh <n.batayneh@darc-research.example.org>",
           "DARC speakers - GCM Regional Review consultation & roundtable", M04_ID, body,
           cc="Samir Haddadin <s.haddadin@darc-research.example.org>, Lina Abu-Rish <l.aburish@darc-research.example.org>",
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdbxHE4rjJDqgqWwQ2mkQ1YvN3K1bQ==")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samir Haddadin", "Senior Scientist, Rangeland and Livestock Programme",
           "Dryland Agriculture Research Centre (DARC)", ["open_discussion"]),
        sp("Lina Abu-Rish", "Research Associate, Social Science and Gender Unit",
           "Dryland Agriculture Research Centre (DARC)", ["roundtable"], 4)],
        notes="HTML-only (no text/plain), two speakers in an ordered list with en-dash separators; titles written "
              "with their unit (kept, as dev 012); affiliation only in the opening sentence (with acronym) and the "
              "sender's signature; 'Dr.'/'Ms.' dropped; sender is not a speaker. One speaker replaced by h164-15."))


def m05():
    when = at("2021-02-01 11:08:42")
    sent = sent_at(when, 2, 9)
    text = """السلام عليكم ورحمة الله

معاكم اتحاد الرعاة ومربي الماشية بولاية شمال كردفان. وصلتنا الدعوة عن طريق شبكة المنظمات بالأبيض وعندنا كم سؤال قبل ما نرسل:

1- هل ممكن نرسل التقرير الطوعي باللغة العربية بس؟ ما عندنا زول يترجم للإنجليزي.
2- في نموذج معين أو عدد صفحات محدد؟ التقرير حقنا حوالي 12 صفحة فيه قصص الرعاة الاتحركوا من البادية للمدن بعد موسم الجفاف.
3- ممكن نرفق صور؟ ولا بتكون كبيرة على الإيميل؟

وشكراً ليكم كتير.

عثمان آدم موسى
الأمين العام
اتحاد الرعاة ومربي الماشية - شمال كردفان
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-pj1-f41.google.example.com", "209.85.216.41", "4DTb5w2XqKz1",
           addr("Osman Adam", "osman.adam.pastoral@gmail.example.com"),
           hdr("استفسار عن التقرير الطوعي"), "<CAF3mNq8Yt2wL7rK0pD4vS9xH1cB6jG2eZ5aT3uQ@mail.gmail.example.com>",
           body)
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions before sending a report (language, format/length, photos), Sudanese colloquial Arabic; "
              "mentions the report and its content but nothing is submitted; English display name, Arabic body; "
              "single text/plain part in base64."))


def m06():
    when = at("2021-02-02 10:30:17")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Pour faire suite à votre invitation relative à l'Examen régional du Pacte mondial sur les migrations dans la région arabe, j'ai l'honneur, au nom de M. le Directeur du Changement climatique, de vous proposer la candidature de Mme Nadia Berrada, Cheffe de la Cellule Climat et Mobilité humaine, pour une intervention lors de l'une des sessions plénières de la Conférence (24-25 février 2021).

Mme Berrada coordonne les travaux du Département de l'Environnement sur les déplacements liés à la désertification et à l'érosion côtière.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Hicham Tazi
Cadre - Service de la Coopération
Direction du Changement climatique, de la Biodiversité et de l'Économie verte
Département de l'Environnement
Ministère de la Transition énergétique et du Développement durable
Rabat - Maroc
"""
    body = alt(text, "----=_NextPart_000_0017_01D6F93A.5C2E1B40", charset="iso-8859-1")
    m = mk(when, sent, "smtp.environnement.example.gov.ma", "196.200.131.14", "4DV3kP1nRbz7",
           "Tazi Hicham <h.tazi@environnement.example.gov.ma>",
           hdr("Examen régional PMM - proposition d'intervenante (Département de l'Environnement)", "iso-8859-1", "Q"),
           "<000e01d6f93a$5c2e1b40$148a51c0$@environnement.example.gov.ma>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "fr")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Berrada", "Cheffe de la Cellule Climat et Mobilité humaine", "Département de l'Environnement",
           ["plenary"])],
        notes="sent by an officer on behalf of his director; the speaker is neither of them and is described in "
              "prose ('Mme' dropped); title written with its unit (kept, as dev 012). Her affiliation is only "
              "'Département de l'Environnement' (named in the body); the ministry and directorate appear only in "
              "the sender's signature, so not recorded for her (judgement call: a secretary might add the "
              "ministry). ISO-8859-1 text and HTML; 'l'une des sessions plénières' = plenary."))


M07_ID = "<CAGr5Vn2kP8sY4wM1tQ7xD3bL9fH6jE0cZ2aU8nR@mail.gmail.example.com>"
M07_PDF = "NDCCN_Voluntary_GCM_Review_Report_Feb2021.pdf"


def m07():
    when = at("2021-02-03 08:55:26")
    sent = sent_at(when, 2, 3)
    text = """Dear colleagues,

On behalf of the Nile Delta Coastal Communities Network (NDCCN), please find attached our voluntary GCM review report. It documents how sea-level rise, saltwater intrusion into farmland and the decline of lagoon fisheries around Burullus and Manzala are pushing households from the northern Delta towards Alexandria, Cairo and abroad.

We would also like to nominate our coordinator, Dr. Hoda El-Sayed, to serve as rapporteur and deliver the stakeholders' key messages, if the organisers find this useful. She has facilitated the national pre-consultation with fishers' and farmers' groups.

Speaker: Hoda El-Sayed
Position: Network Coordinator
Organization: Nile Delta Coastal Communities Network (NDCCN)

Many thanks,
Karim Shalaby
Research & Advocacy
NDCCN - Kafr El Sheikh, Egypt
"""
    pdf = make_pdf(["Nile Delta Coastal Communities Network (NDCCN)", "Voluntary GCM Review Report",
                    "Sea-level rise, salinity and mobility in the northern Delta", "February 2021"])
    body = multi("mixed", [alt(text, "000000000000d4e91005ba6b2c31"),
                           attach("application/pdf", pdf, M07_PDF)], "000000000000d4e91205ba6b2c33")
    m = mk(when, sent, "mail-lf1-f46.google.example.com", "209.85.167.46", "4DW1tM8yQbz3",
           "Karim Shalaby <ndccn.egypt@gmail.example.com>", "NDCCN voluntary report + rapporteur nomination",
           M07_ID, body, cc="Hoda El-Sayed <hoda.elsayed.ndccn@gmail.example.com>")
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[M07_PDF], speakers=[
            sp("Hoda El-Sayed", "Network Coordinator", "Nile Delta Coastal Communities Network (NDCCN)",
               ["rapporteur"])],
        notes="both, on time for each part (3 Feb); the speaker is not the sender (in Cc); 'Dr.' dropped; the "
              "place in the sender's signature is not part of the affiliation."))


def m08():
    when = at("2021-02-03 21:14:03")
    sent = sent_at(when, 3, 11)
    text = """السلام عليكم
ارغب بالمشاركة في النقاش المفتوح ضمن المشاورة يوم ٢٣ فبراير، لدينا تجربة في مشاريع حصاد مياه الأمطار للمجتمعات النازحة من تهامة.
شكرا

م. عبدالله الحكيمي
مدير البرامج
مؤسسة مياه اليمن للتنمية المستدامة
صنعاء

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-qk1-f180.google.example.com", "209.85.222.180", "4DWgR0s5Lmz8",
           addr("عبدالله الحكيمي", "a.alhakimi.ywf@gmail.example.com"), hdr("مشاركة"),
           "<4E1C2B7A-93D1-4F0A-8B52-6C1D9E3F7A20@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالله الحكيمي", "مدير البرامج", "مؤسسة مياه اليمن للتنمية المستدامة", ["open_discussion"])],
        notes="iPhone, two-line request; the speaker is the sender and name/title/affiliation are only in the "
              "signature; 'م.' (engineer) honorific dropped; place (صنعاء) not part of the affiliation; one-word "
              "subject; Arabic-Indic digits in the date."))


def m09():
    when = at("2021-02-04 09:02:47")
    d = tz(when, 2)
    ack_sent = at("2021-01-29 09:16:02")
    text = """This is the mail system at host smtp-out2.iom.int.

Your message could not be delivered for 6 days and has been
returned. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<secretariat.tes@terre-eau-sahel.example.mr>: connect to
    mail.terre-eau-sahel.example.mr[197.231.4.18]:25: Connection timed out
"""
    dsn = ("Reporting-MTA: dns; smtp-out2.iom.int\n"
           "X-Postfix-Queue-ID: 4DRz1r0Qk9z6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; secretariat.tes@terre-eau-sahel.example.mr\n"
           "Original-Recipient: rfc822;secretariat.tes@terre-eau-sahel.example.mr\n"
           "Action: failed\n"
           "Status: 4.4.1\n"
           "Diagnostic-Code: X-Postfix; connect to mail.terre-eau-sahel.example.mr[197.231.4.18]:25:\n"
           "    Connection timed out\n" % rfcdate(ack_sent, "EET"))
    returned = ("Return-Path: <gcmrrarabstates@iom.int>\n"
                "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                "To: ONG Terre et Eau Sahel <contact@terre-eau-sahel.example.mr>\n"
                "Cc: secretariat.tes@terre-eau-sahel.example.mr\n"
                "Subject: Accuse de reception - rapport volontaire PMM\n"
                "Date: %s\n"
                "Message-ID: <ACK-2021-01-29-0012@gcmrrarabstates.iom.int>\n"
                "In-Reply-To: %s\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=\"us-ascii\"\n"
                "Content-Transfer-Encoding: 7bit\n\n"
                "Madame, Monsieur,\n\n"
                "Nous accusons reception de votre rapport volontaire dans le cadre de l'examen regional du PMM\n"
                "(date limite : mardi 16 fevrier 2021). Les demandes d'intervention sont a envoyer avant\n"
                "le vendredi 5 fevrier 2021.\n\n"
                "Secretariat de l'examen regional du PMM - region arabe\n" % (rfcdate(ack_sent), M03_ID))
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = Message(policy=POL)
    p3["Content-Description"] = "Undelivered Message"
    p3["Content-Type"] = "message/rfc822"
    p3.attach(Parser(policy=POL).parsestr(returned))
    body = multi("report", [p1, p2, p3], "4DX0b91GhVz5.1612422167/smtp-out2.iom.int",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "smtp-out2.iom.int", "10.40.2.12", "4DX0b91GhVz5",
                    "MAILER-DAEMON@smtp-out2.iom.int (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(d),
                    "<20210204070247.4DX0b91GhVz5@smtp-out2.iom.int>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(9, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN from the IOM outbound relay: the acknowledgement of h164-03, sent on 29 January to the "
              "sender and its Cc'd secretariat address, stayed queued 6 days (4.4.1 connection timed out) and "
              "is returned as message/rfc822 (French text mentioning the report and both deadlines, In-Reply-To "
              "the original). English DSN; never acknowledge; thread_of null as in dev 030."))


def m10():
    when = at("2021-02-04 16:47:55")
    sent = sent_at(when, 1, 8)
    text = """Bonjour,

Ci-dessous les informations demandées pour nos deux intervenants (copie du formulaire rempli par notre bureau) :

---------------------------------------------
FORMULAIRE - DEMANDE D'INTERVENTION
---------------------------------------------
Intervenant n°1
Nom et prénom : BOUAZZAOUI Lahcen
Fonction : Président
Organisation : Fédération des Pasteurs et Éleveurs de l'Oriental (FPEO)
Type d'intervention souhaitée : séance plénière

Intervenant n°2
Nom et prénom : OUHADDOU Fatima
Fonction : Chargée des coopératives féminines
Organisation : FPEO
Type d'intervention souhaitée : table ronde thématique n°3 (à défaut n°1)
---------------------------------------------

Nos membres sont des éleveurs transhumants des Hauts Plateaux qui se sédentarisent de force autour de Bouarfa et de Figuig après la perte de leurs parcours. Nous souhaitons témoigner de cette réalité.

Cordialement,
Le secrétariat de la FPEO
Bouarfa
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent, "smtp.menara.example.ma", "41.248.7.201", "4DXQ2n7DkLz0",
           "FPEO Secretariat <fpeo.oriental@menara.example.ma>",
           hdr("Demande d'intervention - Fédération des Pasteurs (FPEO)", enc="Q"),
           "<20210204154747.3F81C@menara.example.ma>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.8")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Lahcen Bouazzaoui", "Président", "Fédération des Pasteurs et Éleveurs de l'Oriental (FPEO)",
           ["plenary"]),
        sp("Fatima Ouhaddou", "Chargée des coopératives féminines",
           "Fédération des Pasteurs et Éleveurs de l'Oriental (FPEO)", ["roundtable"], 3)],
        notes="pasted form with two speakers; names written 'SURNAME Given name' in capitals: recorded as a "
              "secretary would type them ('Given Surname', normal case) - not covered by LABELS.md; the second "
              "speaker's organisation is the bare acronym 'FPEO', recorded in the fullest form written above; "
              "first-choice roundtable 3 ('à défaut n°1'); signed by the secretariat, no personal sender. "
              "Roundcube, 8bit UTF-8."))


M11_DOCX = "التقرير الجماعي - الشبكة السودانية للمناخ والنزوح.docx"


def m11():
    when = at("2021-02-05 13:20:36")
    sent = sent_at(when, 2, 6)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة – المنظمة الدولية للهجرة
المحترمين

تحية طيبة،

بالإشارة إلى خطاب الدعوة، يسرنا أن نرفق لكم التقرير الطوعي الجماعي الذي أعدته الشبكة السودانية للمناخ والنزوح بالتشاور مع إحدى عشرة منظمة عضو في ولايات دارفور وكردفان والنيل الأبيض، ويتناول النزوح الناتج عن التصحر والفيضانات والنزاعات على الموارد.

كما نرشح د. إسراء الطيب حمد، منسقة برنامج التكيف المجتمعي بالشبكة، للمشاركة بمداخلة في المائدة المستديرة الثالثة.

وتفضلوا بقبول وافر الاحترام،

محمد الأمين بابكر
رئيس مجلس الإدارة
الشبكة السودانية للمناخ والنزوح
الخرطوم – السودان
"""
    doc = make_docx(["Sudanese Network for Climate and Displacement", "Collective voluntary GCM review report",
                     "11 member organisations", "February 2021"])
    body = multi("mixed", [alt(text, "_000_VI1P190MB0398E4D5C6B7A8F9VI1P190MB0398EURP_", rtl=True),
                           attach(DOCX, doc, M11_DOCX)], "_004_VI1P190MB0398E4D5C6B7A8F9VI1P190MB0398EURP_")
    m = mk(when, sent, "mail-vi1eur02.outbound.protection.example.com", "40.107.2.98", "4DY7cV0pMsz2",
           addr("Mohamed Elamin Babiker", "chair@sncd-sudan.example.org"),
           hdr("التقرير الطوعي الجماعي وترشيح متحدثة"),
           "<VI1P190MB0398E4D5C6B7A8F9@VI1P190MB0398.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-SA")])
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M11_DOCX], speakers=[
            sp("إسراء الطيب حمد", "منسقة برنامج التكيف المجتمعي", "الشبكة السودانية للمناخ والنزوح",
               ["roundtable"], 3)],
        notes="both, on the speaker deadline day (5 Feb, 13:20): each part on time; collective report (11 "
              "members), Arabic DOCX name in RFC 2231; speaker described in prose with 'د.' (dropped), her "
              "affiliation given by reference ('بالشبكة') and resolved to the sender's network; English From "
              "display name, Arabic body."))


def m12():
    when = at("2021-02-05 23:41:07")
    sent = sent_at(when, 4, 9)
    text = """Dear Sir/Madam,

I hope this reaches you before the deadline.

The National Centre for Disaster Risk Reduction (NCDRR) would welcome the opportunity to contribute a government perspective on slow-onset hazards (drought, cyclones along the Arabian Sea coast, wadi floods) and planned relocation. We propose:

Eng. Faisal Al-Rawahi
Director, Early Warning and Risk Information Department
NCDRR, Muscat

for a floor intervention in a plenary session or, if the plenary list is full, in Roundtable 1.

Kind regards

Maryam Al-Balushi
International Cooperation Section
National Centre for Disaster Risk Reduction (NCDRR)
Sultanate of Oman
"""
    body = alt(text, "_000_DB9PR10MB5531F6A7B8C9D0E1DB9PR10MB5531EURP_")
    m = mk(when, sent, "mail-db9eur08.outbound.protection.example.com", "40.107.131.14", "4DYy3T6kBcz1",
           "Maryam Al-Balushi <m.albalushi@ncdrr.example.gov.om>",
           "Speaker nomination - NCDRR (plenary / roundtable 1)",
           "<DB9PR10MB5531F6A7B8C9D0E1@DB9PR10MB5531.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Faisal Al-Rawahi", "Director, Early Warning and Risk Information Department",
           "National Centre for Disaster Risk Reduction (NCDRR)", ["plenary", "roundtable"], 1)],
        notes="edge: Date header Sat 6 Feb 01:40 +0400, but received 23:41 on 5 February Beirut time: on time. "
              "'Eng.' dropped; title written with its department; the speaker block gives 'NCDRR, Muscat': "
              "affiliation recorded in the fullest form written (from the first paragraph), city dropped; "
              "plenary with roundtable 1 as fallback: both roles, roundtable 1. Sent on the speaker's behalf."))


def m13():
    when = at("2021-02-06 00:12:30")
    sent = sent_at(when, 1, 12)
    text = """Bonsoir,

Je me permets de vous écrire ce soir, avant la clôture des inscriptions, pour demander à prendre la parole lors de la deuxième table ronde de la Conférence.

Notre association travaille dans l'oasis littorale de Chenini, où le tarissement des sources et l'avancée de l'urbanisation poussent les jeunes agriculteurs à partir vers Tunis ou à tenter la traversée. Nous aimerions porter leur voix.

Mabrouk Ghali
Association de Sauvegarde de l'Oasis de Chenini (ASOC) - Gabès
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.topnet.example.tn", "197.3.9.66", "4DZ0k52sNwz6",
           "Mabrouk Ghali <asoc.chenini@topnet.example.tn>", "Intervention table ronde - ASOC Chenini",
           "<f3a1c9e2-77b4-2d1e-9c05-8e6b0a4d2f13@topnet.example.tn>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mabrouk Ghali", None, "Association de Sauvegarde de l'Oasis de Chenini (ASOC)", ["roundtable"], 2)],
        notes="late by 12 minutes: the Date header (Fri 5 Feb 23:12 +0100) and the text ('ce soir, avant la "
              "clôture') suggest on time, but it was received 00:12:30 on 6 February Beirut time. No title "
              "(null); the place after the organisation ('- Gabès') dropped; Thunderbird format=flowed."))


def m14():
    when = at("2021-02-07 10:05:44")
    sent = sent_at(when, 3, 7)
    ack_id = "<ACK-2021-01-28-0009@gcmrrarabstates.iom.int>"
    text = """شكراً جزيلاً على الرد السريع، ونحن بانتظار التفاصيل الخاصة بالمائدة المستديرة.

مع التقدير
جبار الساعدي

في الخميس، 28 يناير 2021 في 2:55 م، GCM Regional Review Arab States <gcmrrarabstates@iom.int> كتب:
> السيد جبار كاظم الساعدي المحترم،
>
> نشكركم على رسالتكم. نؤكد استلام طلبكم للمشاركة بمداخلة في المائدة المستديرة الثانية،
> وسنوافيكم بالتفاصيل في أقرب وقت.
>
> أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة - المنطقة العربية
"""
    body = alt(text, "000000000000f1a2b305baad9e17", rtl=True, b64=True)
    m = mk(when, sent, "mail-wm1-f49.google.example.com", "209.85.128.49", "4DZqW8r1Hnz4",
           addr("جبار الساعدي", "jabbar.alsaadi.marsh@gmail.example.com"),
           re_hdr("Re: ", "إشعار استلام - طلب مشاركة بمداخلة"),
           "<CAKx7Ld9vQ2mW1pT8rS3nF6yB0hJ4gE5cA9uZ1kT-reply@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M02_ID, ack_id))])
    add(14, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="h164-02.eml",
        notes="thank-you reply to our acknowledgement of h164-02 (Gmail '>' quote of the acknowledgement): adds "
              "nothing new, so no acknowledgement; References carries the original request's Message-ID."))


M15_ID = "<02b401d6fe21$9a0c4d10$ce24e730$@darc-research.example.org>"


def m15():
    when = at("2021-02-08 14:30:12")
    sent = sent_at(when, 2, 5)
    text = """Dear colleagues,

A quick update to our message of 30 January below. Unfortunately Dr. Samir Haddadin will be on a field mission in the Badia during the consultation week and cannot join. In his place we would like to propose Dr. Reem Odeh, Head of the Water and Land Management Programme at DARC, for the same slot (open discussion, 23 February).

Our second speaker (Ms. Lina Abu-Rish, roundtable 4) is unchanged.

Apologies for the late change, and thank you for your understanding.

Nour

Nour Batayneh
Partnerships & Communication Officer
Dryland Agriculture Research Centre (DARC)

From: Nour Batayneh <n.batayneh@darc-research.example.org>
Sent: Saturday, January 30, 2021 5:22 PM
To: gcmrrarabstates@iom.int
Cc: Samir Haddadin <s.haddadin@darc-research.example.org>; Lina Abu-Rish <l.aburish@darc-research.example.org>
Subject: DARC speakers - GCM Regional Review consultation & roundtable

Dear GCM Regional Review Secretariat,

Further to your kind invitation, the Dryland Agriculture Research Centre (DARC) would like to propose two speakers.
1. Dr. Samir Haddadin - Senior Scientist, Rangeland and Livestock Programme - to take part in the open discussion of the multi-stakeholder consultation on 23 February;
2. Ms. Lina Abu-Rish - Research Associate, Social Science and Gender Unit - for a floor intervention in thematic roundtable 4.
"""
    body = alt(text, "----=_NextPart_000_02B5_01D6FE32.5D9A2A10")
    m = mk(when, sent, "mail.darc-research.example.org", "185.34.112.20", "4DbM6x3ZtRz9",
           "Nour Batayneh <n.batayneh@darc-research.example.org>",
           "RE: DARC speakers - GCM Regional Review consultation & roundtable", M15_ID, body,
           cc="Reem Odeh <r.odeh@darc-research.example.org>, Lina Abu-Rish <l.aburish@darc-research.example.org>",
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID), ("X-Mailer", "Microsoft Outlook 15.0")])
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        thread_of="h164-04.eml", speakers=[
            sp("Reem Odeh", "Head of the Water and Land Management Programme",
               "Dryland Agriculture Research Centre (DARC)", ["open_discussion"])],
        notes="late (8 Feb) replacement of one of the two speakers of h164-04; role only by reference ('the same "
              "slot (open discussion...)'); the unchanged second speaker is mentioned but not re-proposed, and "
              "the quoted original lists both old speakers; affiliation 'at DARC' resolved to the full name in "
              "the signature."))


M16_DOCX = "Rapport collectif PMM - Plateforme Oasis & Climat (région Drâa-Tafilalet).docx"


def m16():
    when = at("2021-02-09 11:11:48")
    sent = sent_at(when, 1, 6)
    text = """Bonjour,

Veuillez trouver en pièce jointe le rapport volontaire collectif de la Plateforme Oasis & Climat, préparé avec sept associations membres des vallées du Drâa, du Ziz et du Todgha (coopératives de palmiers-dattiers, associations d'usagers des khettaras, associations de femmes rurales).

Le rapport traite de l'abandon des ksour et des palmeraies sous l'effet de la sécheresse, des incendies d'oasis et de la baisse des nappes, et des mobilités qui en découlent.

Merci d'en accuser réception.

Salutations distinguées,

Khadija Ait Lahcen
Coordinatrice
Plateforme Oasis & Climat
Zagora
"""
    doc = make_docx(["Plateforme Oasis & Climat", "Rapport volontaire collectif - Examen regional du PMM",
                     "7 associations membres", "Fevrier 2021"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit", params=[("format", "flowed")]),
                           attach(DOCX, doc, M16_DOCX)], "------------5A1E7C3B90D24F6A8C0B1D2E")
    m = mk(when, sent, "smtp.gmx.example.net", "212.227.15.19", "4DbzQ1m4Ytz3",
           "Khadija Ait Lahcen <k.aitlahcen@gmx.example.net>", "Rapport volontaire collectif - Oasis & Climat",
           "<7c2e1a94-3b0d-6f58-a1c7-2d9e4b8f0a36@gmx.example.net>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "fr")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M16_DOCX],
        notes="collective report (7 member associations); long DOCX name with '&', parentheses and 'â' in RFC "
              "2231; personal webmail address, Thunderbird 8bit format=flowed."))


def m17():
    when = at("2021-02-10 09:40:05")
    sent = sent_at(when, 2, 8)
    text = """السادة المنظمين،
تحية طيبة،

وصلتنا دعوتكم متأخرة عن طريق إحدى الجمعيات الشريكة، ولاحظنا أن آخر موعد لطلبات المداخلات هو يوم الجمعة 23 فبراير، لذلك نتقدم بطلبنا الآن.

نرشح المهندس يوسف عبد الرحمن، منسق مشروع إدارة المياه الجوفية بجمعية تنمية المجتمع المحلي بواحة سيوة، لتقديم مداخلة في المائدة المستديرة الرابعة، للحديث عن ملوحة الآبار وهجرة الشباب من الواحة.

مع خالص الشكر،
سالم عمر
أمين صندوق الجمعية
سيوة – مطروح
"""
    body = alt(text, "_000_PAXP193MB2156A9B8C7D6E5F4PAXP193MB2156EURP_", rtl=True)
    m = mk(when, sent, "mail-pax01.outbound.protection.example.com", "40.107.14.72", "4Dcp2F8vWqz5",
           addr("سالم عمر", "siwa.cda@outlook.example.com"), hdr("طلب تقديم مداخلة - واحة سيوة"),
           "<PAXP193MB2156A9B8C7D6E5F4@PAXP193MB2156.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "ar-EG")])
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("يوسف عبد الرحمن", "منسق مشروع إدارة المياه الجوفية", "جمعية تنمية المجتمع المحلي بواحة سيوة",
           ["roundtable"], 4)],
        notes="late (10 Feb): the sender relies on the misprinted Arabic deadline ('الجمعة 23 فبراير'); the "
              "English/French date (5 Feb) stands, so on_time false. 'المهندس' dropped; the speaker is not the "
              "sender (treasurer); affiliation written with the preposition 'بجمعية', recorded without it."))


M18_PDF = "التقرير الطوعي - مركز التغيرات المناخية - وزارة البيئة.pdf"


def m18():
    when = at("2021-02-10 15:22:39")
    sent = sent_at(when, 3, 10)
    text = """م/ التقرير الطوعي لمراجعة الاتفاق العالمي من أجل الهجرة

إلى/ المنظمة الدولية للهجرة – أمانة المراجعة الإقليمية للدول العربية

تحية طيبة..

نرفق طياً التقرير الطوعي المعد من قبل قسم التكيف في مركز التغيرات المناخية التابع لوزارة البيئة، والذي يتناول النزوح الداخلي الناتج عن الجفاف وتراجع مناسيب نهري دجلة والفرات وتملح الأراضي الزراعية في محافظات الجنوب، وجهود الوزارة في إدماج التنقل البشري ضمن خطة التكيف الوطنية.

مع التقدير..

د. زينب عبد الأمير
مدير قسم التكيف
مركز التغيرات المناخية / وزارة البيئة
جمهورية العراق – بغداد
"""
    pdf = make_pdf(["Republic of Iraq - Ministry of Environment", "Climate Change Centre - Adaptation Section",
                    "Voluntary GCM review report", "February 2021"])
    body = multi("mixed", [alt(text, "000000000000b7c4e205bafe01d2", rtl=True),
                           attach("application/pdf", pdf, M18_PDF)], "000000000000b7c4e405bafe01d4")
    m = mk(when, sent, "mail-ej1-f52.google.example.com", "209.85.218.52", "4DdB7s0KpLz2",
           addr("مركز التغيرات المناخية", "ccc.moenv.iq@gmail.example.com"), hdr("التقرير الطوعي - وزارة البيئة"),
           "<CAJp4Wd0sM7tR2yQ9nB5vK1xF8hL3gC6eA0zU4mS@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_PDF],
        notes="formal Iraqi administrative style ('م/' subject line, 'نرفق طياً'); ministry unit sending from a "
              "Gmail address whose display name is the unit; Arabic PDF name in RFC 2231 / RFC 2047. The sender's "
              "title in the signature is not a speaker request."))


def m19():
    when = at("2021-02-11 12:00:58")
    sent = sent_at(when, 2, 4)
    text = """Hello,

We are finalising our voluntary review report and have two practical questions:

1) With the maps and the photo annex, the PDF is about 28 MB. Can we send it through a WeTransfer / Google Drive link, or should we split it into several emails?
2) Is there any page limit, or a preferred template for the report?

We aim to send it by Monday at the latest.

Thanks a lot,
Ahmad Shatnawi
Jordan Valley Water Users' Network (JVWUN)
"""
    body = leaf("text/plain", text, "utf-8", "7bit")
    m = mk(when, sent, "mail-io1-f43.google.example.com", "209.85.166.43", "4Ddx1C5tHmz7",
           "Ahmad Shatnawi <ahmad.shatnawi@jvwun.example.org>", "Question - report size / page limit",
           "<CAN8qFe3pT6wK1rL4yM9vS2xD7bH0jG5cZ3aE8nQ@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="practical questions about sending a report (file size, link, page limit); announces the report "
              "but nothing is submitted. The report follows in h164-21 (a new message, not a reply)."))


def m20():
    when = at("2021-02-12 16:35:21")
    sent = sent_at(when, 1, 7)
    text = """Bonjour,

Notre réseau a reçu votre invitation dans sa version arabe, qui indique comme date limite pour les demandes d'intervention le « vendredi 23 février 2021 », alors que la version française mentionne le 5 février. Pourriez-vous nous confirmer quelle date fait foi ?

Si la date du 5 février est la bonne, est-il encore possible de proposer un(e) intervenant(e) pour une table ronde, ou seulement d'assister à la Conférence en tant qu'observateurs ?

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Sidi Mohamed Ould Ahmed
Chargé de programmes
Réseau des Communautés du Littoral Mauritanien (RCLM)
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Arial;font-size:13px">' + text2html(text) + '</div></body></html>\n')
    body = alt(text, "=_9c2f41d7a3b8e06c15f2", html=html)
    m = mk(when, sent, "smtp.orange.example.fr", "80.12.242.10", "4DfW9p2RxSz0",
           "Sidi Mohamed Ould Ahmed <rclm.littoral@orange.example.fr>",
           hdr("Date limite des demandes d'intervention (version arabe : 23 février ?)", enc="Q"),
           "<1613140521.88431.ZmlvLnBhcnQ@wwinf1m17.orange.example.fr>", body,
           extra=[("X-Mailer", "Orange Mail Web")])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about the misprinted Arabic speaker deadline and whether a speaker can still be "
              "proposed; no speaker is named, so other (not a speaker request); signature title not a speaker."))


M21_PDF = "JVWUN - Voluntary GCM Review Report 2021.pdf"


def m21():
    when = at("2021-02-15 18:03:14")
    sent = sent_at(when, 2, 5)
    text = """Dear GCM Regional Review team,

Further to my question last week, and on behalf of our chairperson Eng. Suha Al-Khatib, please find attached the voluntary GCM review report of the Jordan Valley Water Users' Network (JVWUN). We managed to bring the file down to 3 MB, so no link is needed.

The report covers water scarcity, the 2019-2020 agricultural crisis in the Jordan Valley and the situation of seasonal agricultural workers, Jordanian and migrant.

Best regards,

Ahmad Shatnawi
Programme Officer
Jordan Valley Water Users' Network (JVWUN)
Deir Alla, Jordan
[JVWUN logo]
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri;font-size:11pt">' + text2html(text.replace("[JVWUN logo]\n", ""))
            + '<p><img src="cid:image001.png@01D703B4.2E5A7C60" width="120" height="40" alt="JVWUN"></p>'
            '</div></body></html>\n')
    logo = leaf("image/png", make_png(12, 4, (0, 110, 70)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D703B4.2E5A7C60>")])
    related = multi("related", [alt(text, "_000_HE1PR0202MB2715C3D4E5F6A7B8HE1PR0202MB2715eurp_", html=html),
                                logo], "_005_HE1PR0202MB2715C3D4E5F6A7B8HE1PR0202MB2715eurp_",
                    params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Jordan Valley Water Users' Network (JVWUN)", "Voluntary GCM Review Report 2021",
                    "Water scarcity, agriculture and labour mobility"])
    body = multi("mixed", [related, attach("application/pdf", pdf, M21_PDF)],
                 "_006_HE1PR0202MB2715C3D4E5F6A7B8HE1PR0202MB2715eurp_")
    m = mk(when, sent, "mail-he1eur02.outbound.protection.example.com", "40.107.1.57", "4Dh3bX6mQkz8",
           "Ahmad Shatnawi <ahmad.shatnawi@jvwun.example.org>", "JVWUN - Voluntary GCM Review Report",
           "<HE1PR0202MB2715C3D4E5F6A7B8@HE1PR0202MB2715.eurprd02.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M21_PDF],
        notes="Outlook multipart/mixed > related > alternative: the inline signature logo image001.png is not part "
              "of the report; sent on behalf of the chairperson (not a speaker request); refers to the earlier "
              "question h164-19 in words only (no In-Reply-To): thread_of null as it opens the submission."))


M22_PDF = "Rapport_AKDPD_PMM_2021.pdf"


def m22():
    when = at("2021-02-16 22:58:40")
    sent = sent_at(when, 1, 6)
    inner = """<div dir="ltr">Bonsoir,<br><br>
Vous trouverez ci-joint le rapport volontaire de l'Association Kerkennah pour le Développement et la Pêche Durable (AKDPD) sur l'examen du PMM : raréfaction de la ressource halieutique, érosion des côtes de l'archipel, départs des jeunes pêcheurs.<br><br>
Par ailleurs, nous savons que le délai est dépassé, mais si une place se libère, notre vice-présidente, Mme Rim Ben Salem, souhaiterait intervenir à la deuxième table ronde.<br><br>
Bien cordialement,<br>
<br>
-- <br>
<div>Hamza Chaari<br>Secrétaire général - AKDPD<br>Remla, Kerkennah (Sfax)<br>Tél. +216 98 123 456</div></div>
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            + inner + '</body></html>\n')
    pdf = make_pdf(["Association Kerkennah pour le Developpement et la Peche Durable (AKDPD)",
                    "Rapport volontaire - PMM 2021"])
    body = multi("mixed", [leaf("text/html", html, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, M22_PDF)], "000000000000e9a3d105bb7b5c21")
    m = mk(when, sent, "mail-wr1-f66.google.example.com", "209.85.221.66", "4DhkT2y7Wnz4",
           "Hamza Chaari <akdpd.kerkennah@gmail.example.com>", "Rapport PMM AKDPD",
           "<CAOb2Hd6rK9wN3tM8yP1vQ5xS0cJ7gF4eB2aL6uW@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M22_PDF], speakers=[
            sp("Rim Ben Salem", "vice-présidente",
               "Association Kerkennah pour le Développement et la Pêche Durable (AKDPD)", ["roundtable"], 2)],
        notes="both on 16 Feb 22:58: the report is on time but the speaker part is late (the sender says so), so "
              "on_time false. HTML-only body plus PDF; the speaker is not the sender, 'Mme' dropped, title in "
              "lower case as written ('notre vice-présidente'); place in the signature not part of the affiliation."))


def m23():
    when = at("2021-02-17 09:12:03")
    sent = sent_at(when, 0, 9)
    fname = "Rapport volontaire PMM - ONG TES - version corrigée.pdf"
    text = """Madame, Monsieur,

Suite à notre envoi du 29 janvier, nous vous prions de bien vouloir trouver ci-joint une version corrigée de notre rapport volontaire : les chiffres de la section 3 (départs enregistrés dans les communes de l'Assaba) ont été mis à jour avec les données 2020 de la Délégation régionale de l'Environnement. Merci de remplacer la version précédente.

Nous vous prions d'excuser ce léger retard.

Cordialement,

Aminetou Mint Sidi
Secrétaire exécutive
ONG Terre et Eau Sahel (TES)

________________________________
De : ONG Terre et Eau Sahel <contact@terre-eau-sahel.example.mr>
Envoyé : vendredi 29 janvier 2021 07:15
À : gcmrrarabstates@iom.int
Objet : Transmission du rapport volontaire - Examen régional PMM (région arabe)

Madame, Monsieur,

Nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de l'ONG Terre et Eau Sahel (TES) au titre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) dans la région arabe.
"""
    pdf = make_pdf(["ONG Terre et Eau Sahel (TES)", "Rapport volontaire - Examen regional du PMM",
                    "Version corrigee - fevrier 2021"])
    body = multi("mixed", [alt(text, "_000_AM9P193MB1468F7E6D5C4B3A2AM9P193MB1468EURP_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_AM9P193MB1468F7E6D5C4B3A2AM9P193MB1468EURP_")
    m = mk(when, sent, "mail-am9eur03.outbound.protection.example.com", "40.107.24.85", "4Dj0Rm3vNcz1",
           "ONG Terre et Eau Sahel <contact@terre-eau-sahel.example.mr>",
           hdr("RE: Transmission du rapport volontaire - Examen régional PMM (région arabe) - VERSION CORRIGÉE",
               enc="Q"),
           "<AM9P193MB1468F7E6D5C4B3A2@AM9P193MB1468.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Content-Language", "fr-FR")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], thread_of="h164-03.eml",
        notes="corrected version replacing the report of h164-03 (reply to own message, quoted original); "
              "received 17 Feb, after the report deadline, although the first version was on time; "
              "'é' in the PDF name (RFC 2231)."))


def m24():
    when = at("2021-02-18 11:30:26")
    sent = sent_at(when, 3, 8)
    fname = "تقرير جمعية صيادي شط العرب.docx"
    text = """الى / المنظمة الدولية للهجرة

تحية طيبة

نعتذر عن التأخير بسبب انقطاع الانترنت في المنطقة، ونرسل لكم تقرير جمعيتنا الطوعي عن اوضاع الصيادين والمزارعين في شط العرب وقضاء الفاو بعد ارتفاع الملوحة ونفوق الاسماك وترك الكثير من العوائل لقراهم.

نرجو قبوله رغم فوات الموعد.

مع الشكر
حيدر عبد الحسين
رئيس جمعية صيادي شط العرب
البصرة
"""
    doc = make_docx(["Shatt al-Arab Fishermen Association", "Voluntary GCM review report", "February 2021"])
    body = multi("mixed", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                           attach(DOCX, doc, fname)], "----=_NextPart_000_0041_01D705D2.8B3C6E10")
    m = mk(when, sent, "mail.basranet.example.iq", "37.236.14.9", "4DjrP5b8Gwz6",
           addr("حيدر عبد الحسين", "shatt.fishers@basranet.example.iq", "windows-1256"),
           hdr("تقرير الجمعية", "windows-1256"),
           "<004101d705d2$8b3c6e10$a1b54a30$@basranet.example.iq>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0")])
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (18 Feb), sender apologises; windows-1256 body, subject and display name; Arabic DOCX name "
              "(RFC 2231); colloquial spelling without hamza; signature title is not a speaker request."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
