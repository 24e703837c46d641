#!/usr/bin/env python3
"""Write the blind evaluation set holdout174 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets174.py
Theme: collective submissions.  Coalitions and joint platforms sending one report for many members,
several organisations signing one message, long signature blocks that list member bodies, a lead
organisation (or its secretariat / an assistant) writing for the group.  Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, rfcdate, sp, std_rows, top, tz, b_word, rfc2231_cont, alt, html_only, sent_at)

SET = EvalSet(174)
add = SET.add

INVITE_EN = "<INV-2021-01-26-EN.0003@gcmrrarabstates.iom.int>"
INVITE_AR = "<INV-2021-01-26-AR.0001@gcmrrarabstates.iom.int>"


# ================================================================ 01 en speaker, two speakers, Gmail
M01_ID = "<CAJx9kQ1vZ7pGMWA0128aLr5nT2sB8yE4dK6hW3q@mail.gmail.example.com>"
M01_TEXT = """Dear colleagues at the GCM regional review secretariat,

Thank you for the invitation. I am writing as coordinator of the Gulf Migrant Workers Alliance (GMWA), a coalition of 17 community groups, union desks and legal aid providers working with migrant workers across the GCC. After consulting our members last week we would like to put forward two speakers:

1) Ms. Theresa Okafor - Community Organiser, Kuwait Domestic Workers Solidarity Group - for the open discussion of the multi-stakeholder consultation on 23 Feb.

2) Mr. Anil Gurung, Legal Officer at Nepali Workers' Legal Aid Desk (Doha), for a floor intervention in roundtable 2.

Both sit on the Alliance's steering group and will speak for the whole coalition, not only for their own groups. Happy to send short bios if needed.

Best,
Nasser

--
Nasser Al-Khatib
Coordinator | Gulf Migrant Workers Alliance (GMWA)
+965 9 555 0142
Member organisations: Kuwait Domestic Workers Solidarity Group * Nepali Workers' Legal Aid Desk * Migrant Rights Watch Gulf * Bahrain Workers' Forum * Filipino Community Council of the Emirates * Sri Lankan Migrant Welfare Network * Domestic Workers Voice Oman * Kerala Pravasi Support Cell * Ethiopian Community Association Riyadh * and 8 more (list on request)
"""


def m01():
    when = at("2021-01-28 16:05:12")
    sent = sent_at(when, 3, 4)
    body = alt(M01_TEXT, "000000000000a91f2c05ba0e77d3", b64=True)
    m = mk(when, sent, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DRq6T1mYkz4",
           "Nasser Al-Khatib <gmwa.coordination@gmail.example.com>",
           "GMWA nominations - consultation & roundtable 2", M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Theresa Okafor", "Community Organiser", "Kuwait Domestic Workers Solidarity Group", ["open_discussion"]),
        sp("Anil Gurung", "Legal Officer", "Nepali Workers' Legal Aid Desk", ["roundtable"], 2)],
        notes="coalition coordinator (not a speaker) nominates two speakers from member organisations; each "
              "speaker's own organisation is recorded (not the coalition, although they 'speak for the whole "
              "coalition'); '(Doha)' after the organisation is a place, dropped; Ms./Mr. dropped; long member "
              "list in the signature is not a list of speakers. Second speaker replaced later (h174-12)."))


# ================================================================ 02 ar auto-reply to the Arabic invitation
def m02():
    when = at("2021-01-28 16:40:09")
    sent = sent_at(when, 2, 2)
    text = """شكراً لرسالتكم.

مكتب تنسيق الشبكة العربية للتضامن مع المهاجرين مغلق حتى يوم الأحد ٣١ كانون الثاني/يناير ٢٠٢١ بسبب انعقاد الجمعية العامة السنوية للمنظمات الأعضاء. سيتم الرد على رسالتكم فور عودتنا.

للأمور العاجلة يرجى التواصل مع منسق الاتصال: info@arab-solidarity-net.example.org

مع التحية،
مكتب التنسيق
"""
    body = alt(text, "----=_Part_88213_1960227145.1611844809000", rtl=True, b64=True)
    rows = std_rows(when, "smtp.arab-solidarity-net.example.org", "185.12.44.71", "4DRr0y3Hdgz8",
                    addr("مكتب التنسيق - الشبكة العربية للتضامن", "coordination@arab-solidarity-net.example.org"),
                    hdr("رد تلقائي: دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة"),
                    rfcdate(sent), "<autoreply.1611844809.77124@arab-solidarity-net.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_AR), ("References", INVITE_AR)]
    add(2, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic out-of-office of a network's coordination office replying to the Arabic invitation; "
              "mentions the network's member organisations and a contact address; Auto-Submitted: auto-replied, "
              "null Return-Path; the From display name spans two RFC 2047 encoded-words (policy.default leaves a stray "
              "space between them). Never acknowledge."))


# ================================================================ 03 fr speaker, details only in signature
def m03():
    when = at("2021-01-29 11:20:40")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Au nom de la Plateforme et de ses 23 associations membres, je souhaiterais intervenir lors de la table ronde thématique n° 3 de la Conférence régionale d'examen (24-25 février). Notre intervention porterait sur l'accès des personnes migrantes aux services de base au niveau local, sujet sur lequel nos membres ont mené une consultation commune en décembre.

Nous nous sommes inscrits en ligne.

Bien cordialement,

Salma Bennani
Chargée de programme, Pôle Plaidoyer et Politiques publiques
Plateforme Nationale Migrations Maroc (PNMM)
Secrétariat exécutif assuré par l'Association Tanmia Locale
Rabat - Maroc
Tél. : +212 5 37 70 12 34
Membres : Association Chabaka Oriental, Réseau Ajial, Collectif Femmes et Mobilités, Association Nour Tanger, Maison des Migrants Agadir, ... (liste complète sur www.pnmm.example.ma)
"""
    body = alt(text, "_000_MR2P264MB0418A7C6E5D4B3A2MR2P264MB0418FRAP_")
    m = mk(when, sent, "mail-mr2fra01.outbound.protection.example.com", "40.107.9.74", "4DS3mV5Lbsz1",
           "Salma Bennani <s.bennani@pnmm.example.ma>",
           hdr("Demande d'intervention – table ronde 3 – PNMM", enc="Q"),
           "<MR2P264MB0418A7C6E5D4B3A2@MR2P264MB0418.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Bennani", "Chargée de programme, Pôle Plaidoyer et Politiques publiques",
           "Plateforme Nationale Migrations Maroc (PNMM)", ["roundtable"], 3)],
        notes="the sender proposes herself ('je souhaiterais intervenir'); name, title and affiliation only in the "
              "signature; title kept with its unit (as dev 012); the signature also names the association hosting "
              "the platform's secretariat and a member list: the affiliation is the platform; 'Rabat - Maroc' "
              "is a place."))


# ================================================================ 04 ar speaker, HTML table, coalition letter
def m04():
    when = at("2021-01-31 13:02:27")
    sent = sent_at(when, 2, 6)
    inner = """<p>السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،</p>
<p>تحية طيبة وبعد،</p>
<p>إشارةً إلى دعوتكم الكريمة، وبعد التشاور مع المنظمات الأعضاء في التحالف (إحدى وعشرون منظمة في ثمانية بلدان عربية)، يتشرف التحالف العربي لحقوق العمال المهاجرين بترشيح المتحدثَين التاليين:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>الاسم</th><th>الصفة</th><th>الجهة</th><th>الدور المقترح</th></tr>
<tr><td>د. وليد منصور</td><td>رئيس اللجنة التوجيهية</td><td>التحالف العربي لحقوق العمال المهاجرين</td><td>مقرر لعرض الرسائل الرئيسية لأصحاب المصلحة</td></tr>
<tr><td>أ. ريم حداد</td><td>مسؤولة الحملات</td><td>الجمعية الأردنية لحماية العمالة المنزلية (عضو في التحالف)</td><td>مداخلة في الجلسة العامة</td></tr>
</table>
<p>وتفضلوا بقبول فائق الاحترام والتقدير،</p>
<p>سوسن العبيدي<br>
المديرة التنفيذية<br>
التحالف العربي لحقوق العمال المهاجرين<br>
عمّان - الأردن</p>
<p style="font-size:9pt;color:#666">المنظمات الأعضاء: الجمعية الأردنية لحماية العمالة المنزلية | مركز العمل للحقوق - بيروت | اتحاد نقابات العمال المهاجرين بالبحرين | جمعية حماية المهاجرين - تونس | مرصد العمالة الوافدة - الكويت | وغيرها</p>"""
    body = html_only(inner, rtl=True, b64=True, newlines=True)
    m = mk(when, sent, "mail.aamwr.example.org", "91.186.230.18", "4DTN0c2Wq4z6",
           addr("سوسن العبيدي", "s.alobeidi@aamwr.example.org"),
           hdr("ترشيح متحدثين عن التحالف العربي لحقوق العمال المهاجرين"),
           "<0f3a91c2-5d7e-4b18-a6c4-2e8d1b7f9c30@aamwr.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وليد منصور", "رئيس اللجنة التوجيهية", "التحالف العربي لحقوق العمال المهاجرين", ["rapporteur"]),
        sp("ريم حداد", "مسؤولة الحملات", "الجمعية الأردنية لحماية العمالة المنزلية", ["plenary"])],
        notes="HTML-only (base64), RTL table with two speakers; honorifics 'د.' and 'أ.' in the name cells dropped; "
              "'(عضو في التحالف)' after the second organisation is a remark, not part of its name; the sender "
              "(executive director) is not a speaker; member list in the footer."))


# ================================================================ 05 en other, question about joint reports
def m05():
    when = at("2021-02-01 09:47:51")
    sent = sent_at(when, 1, 5)
    text = """Dear Secretariat,

The Mediterranean Migration Platform (MMP) brings together 14 organisations from Tunisia, Libya, Egypt and Lebanon. We are preparing a joint voluntary GCM review report and have a few practical questions before we send it:

- Is a single joint report acceptable, and will all member organisations be recognised as co-authors? Should we list them on the cover page or in the email?
- If a member also wants to submit its own national report, is that a problem (duplication)?
- Is there a maximum number of speakers per coalition, or should each member request a speaking slot separately?

Many thanks in advance for your guidance.

Kind regards,

Jana Moussa
Policy Officer - MMP Secretariat
Mediterranean Migration Platform
Tunis
"""
    body = alt(text, "_000_VI1PR07MB6201B3C4D5E6F7A8VI1PR07MB6201eurp_")
    m = mk(when, sent, "mail-vi1eur04.outbound.protection.example.com", "40.107.8.129", "4DTv1L0HrNz3",
           "Jana Moussa <jana.moussa@medmigplatform.example.org>",
           "Question: joint report by a platform of 14 organisations",
           "<VI1PR07MB6201B3C4D5E6F7A8@VI1PR07MB6201.eurprd07.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-GB")])
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions about collective reports and speaker numbers per coalition; keyword-heavy (joint "
              "voluntary report, speakers) but nothing is submitted and no speaker is proposed."))


# ================================================================ 06 fr both, joint report + spokesperson
M06_ID = "<CAOq2Lw8nCTDM0202rP4kS9xV1bN6mJ3aH7tY5@mail.gmail.example.com>"
M06_TEXT = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport conjoint du Collectif tunisien pour les droits des migrants (CTDM) sur la mise en oeuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières. Le rapport a été élaboré et validé par les neuf associations membres du collectif lors de notre atelier du 28 janvier à Sfax.

Par ailleurs, le collectif souhaite que son porte-parole, M. Hatem Jaziri, puisse prendre la parole lors d'une des séances plénières de la Conférence régionale.

Restant à votre disposition,

Amel Gharbi
Coordinatrice
Collectif tunisien pour les droits des migrants (CTDM)

Associations membres : Association Tunisienne d'Aide aux Migrants - Terre d'Asile Sfax - Association des Jeunes pour la Mobilité - Forum Jeunesse Médenine - Association Femmes et Citoyenneté Kef - Initiative Mobilité Sud - Association Marins du Sud - Ligue de Solidarité Sahel - Association Horizons Gabès
"""


def m06():
    when = at("2021-02-02 18:22:10")
    sent = sent_at(when, 1, 7)
    fname = "Rapport_conjoint_CTDM_PMM_2021.pdf"
    pdf = make_pdf(["Collectif tunisien pour les droits des migrants (CTDM)",
                    "Rapport conjoint - Examen volontaire du PMM 2021", "Version du 2 fevrier 2021"])
    body = multi("mixed", [alt(M06_TEXT, "000000000000c3d81105ba5e91a2", b64=True),
                           attach("application/pdf", pdf, fname)], "000000000000c3d81305ba5e91a4")
    m = mk(when, sent, "mail-ej1-f65.google.example.com", "209.85.218.65", "4DVb3Q1Xs7z9",
           "Amel Gharbi <ctdm.collectif@gmail.example.com>",
           hdr("Rapport conjoint CTDM + demande d'intervention en plénière", enc="Q"), M06_ID, body)
    add(6, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hatem Jaziri", "Porte-parole", "Collectif tunisien pour les droits des migrants (CTDM)", ["plenary"])],
        report_attachments=[fname],
        notes="joint report of nine member associations plus a speaker request for the collective's spokesperson "
              "(third person, 'M.', title 'porte-parole' written lower-case in prose, recorded capitalised); "
              "sender (coordinator) is not the speaker. Revised report follows (h174-17)."))


# ================================================================ 07 en speaker, pasted form, on behalf
def m07():
    when = at("2021-02-03 12:15:33")
    sent = sent_at(when, 2, 4)
    text = """Dear Sir/Madam,

On behalf of the Steering Committee of the Arab Platform for Migrant Domestic Workers (APMDW), please find below the completed speaker form for the Platform's nominee for the rapporteur role. The nomination was agreed by the 11 member organisations at the Committee meeting on 1 February.

------------------ SPEAKER NOMINATION FORM ------------------
Full name (as it should appear on the badge): Dr. Leila Nasrallah
Position / title: Chair, Steering Committee
Organisation / affiliation: Arab Platform for Migrant Domestic Workers (APMDW), Beirut
Proposed role: Rapporteur (delivering the stakeholders' key messages)
Session preference: n/a
Contact: l.nasrallah@apmdw.example.org
--------------------------------------------------------------

Please copy Dr. Nasrallah in any correspondence about the nomination.

Kind regards,

Grace Mwangi
Executive Assistant to the Steering Committee
APMDW Secretariat | Beirut, Lebanon
"""
    body = alt(text, "_000_DB8PR03MB5931C4D5E6F7A8B9DB8PR03MB5931eurp_")
    m = mk(when, sent, "mail-db8eur03.outbound.protection.example.com", "40.107.3.88", "4DW8gN6ZpKz2",
           "APMDW Secretariat <secretariat@apmdw.example.org>",
           "Nomination - Rapporteur - Arab Platform for Migrant Domestic Workers",
           "<DB8PR03MB5931C4D5E6F7A8B9@DB8PR03MB5931.eurprd03.prod.outlook.example.com>", body,
           cc="Leila Nasrallah <l.nasrallah@apmdw.example.org>",
           extra=[("Content-Language", "en-US")])
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Leila Nasrallah", "Chair, Steering Committee", "Arab Platform for Migrant Domestic Workers (APMDW)",
           ["rapporteur"])],
        notes="sent from a shared secretariat mailbox by an assistant on behalf of the platform; details in a "
              "pasted form with long field labels; 'Dr.' dropped; ', Beirut' after the affiliation is a place; "
              "title kept with its unit ('Chair, Steering Committee'); speaker in Cc."))


# ================================================================ 08 ar speaker, Gulf dialect, iPhone
def m08():
    when = at("2021-02-04 22:41:05")
    sent = sent_at(when, 3, 9)
    text = """السلام عليكم ورحمة الله

حبينا نرشح من طرف المنصة الخليجية المشتركة لحقوق المهاجرين شخصين للمؤتمر:

الأخ يوسف البلوشي، منسق البرامج في جمعية التكافل لرعاية العمال، يشارك في النقاش المفتوح يوم ٢٣ فبراير

والأخت مريم الكندي، محامية متطوعة وعضو اللجنة القانونية بالمنصة، تبي تتكلم في الطاولة المستديرة الرابعة

المنصة تضم ١٢ جمعية وفريق تطوعي وكلهم موافقين على الترشيح. إذا تحتاجون أي معلومات ثانية بلغوني

تحياتي
سعيد الهاشمي
المنصة الخليجية المشتركة لحقوق المهاجرين

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-qt1-f181.google.example.com", "209.85.160.181", "4DWq7b1VxLz5",
           addr("Saeed Alhashemi", "saeed.hashemi84@gmail.example.com"),
           hdr("ترشيح من المنصة المشتركة"),
           "<6E3B2A1C-94D7-4F0B-8C55-2A9E71D4B0F3@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("يوسف البلوشي", "منسق البرامج", "جمعية التكافل لرعاية العمال", ["open_discussion"]),
        sp("مريم الكندي", "محامية متطوعة وعضو اللجنة القانونية", "المنصة الخليجية المشتركة لحقوق المهاجرين",
           ["roundtable"], 4)],
        notes="Gulf dialect from an iPhone, plain text only, English display name; two speakers in prose; 'الأخ'/"
              "'الأخت' are forms of address, dropped; the second speaker's affiliation is only given by reference "
              "('بالمنصة') to the platform named above: recorded as the platform's full name, title kept with its "
              "unit; roundtable as ordinal word ('الرابعة'); the sender is not a speaker."))


# ================================================================ 09 fr speaker, co-signed by several associations
M09_ID = "<5f2d8a40.1c69fb81.RSMM.0205@mx.rsmm.example.org>"


def m09():
    when = at("2021-02-05 21:10:05")
    sent = sent_at(when, 0, 8)
    text = """Mesdames et Messieurs les membres du Secrétariat,

Les associations soussignées, membres du Réseau Sahel-Maghreb Migrations (RSMM), proposent conjointement Mme Awa Ndiaye, présidente de l'Association Solidarité Femmes Migrantes (ASFM), pour porter leur voix lors de la discussion ouverte de la consultation multipartite du 23 février 2021.

Mme Ndiaye a coordonné la consultation de nos membres sur la protection des femmes migrantes en transit et présentera les conclusions communes.

Signataires :
- Association Solidarité Femmes Migrantes (ASFM), Nouakchott
- Collectif des Travailleurs Migrants de Sfax
- Association Amal pour l'Enfance en Mobilité, Agadez
- Comité de Vigilance des Droits des Migrants, Oujda
- Réseau Sahel-Maghreb Migrations (RSMM), Secrétariat permanent

Pour les signataires,

Ibrahima Sow
Secrétaire permanent
Réseau Sahel-Maghreb Migrations (RSMM)
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    cc = ("Awa Ndiaye <awa.ndiaye@asfm.example.mr>, ctm.sfax@example.tn, amal.agadez@example.ne, "
          "cvdm.oujda@example.ma")
    m = mk(when, sent, "mx.rsmm.example.org", "196.200.41.12", "4DWv8m4TqPz0",
           "Secretariat RSMM <secretariat@rsmm.example.org>",
           hdr("Proposition conjointe d'oratrice - discussion ouverte 23 février", "iso-8859-1", "Q"),
           M09_ID, body, cc=cc, extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:78.0) Thunderbird/78.7.0")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Awa Ndiaye", "Présidente", "Association Solidarité Femmes Migrantes (ASFM)", ["open_discussion"])],
        notes="one message signed by five bodies proposing one common speaker; the speaker's own association is "
              "recorded (not the network she speaks for); 'présidente' lower-case in prose, recorded capitalised; "
              "Mme dropped; places after the signatories; ISO-8859-1 quoted-printable; Cc to co-signatories; "
              "received 21:10 Beirut on 5 February (Date header 19:10 +0000): on time."))


# ================================================================ 10 fr bounce for the acknowledgement of 09
def m10():
    when = at("2021-02-05 21:11:48")
    text = """Ceci est le programme postfix de la machine mx.rsmm.example.org.

J'ai le regret de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour obtenir de l'aide, veuillez envoyer ce courrier à postmaster.

Si vous le faites, incluez ce rapport de problème. Vous pouvez supprimer
votre propre texte du message renvoyé ci-joint.

                   Le programme postfix

<secretariat@rsmm.example.org> : la boîte aux lettres partagée n'accepte que les
    messages des membres du réseau (réponse du serveur : 550 5.7.1
    <secretariat@rsmm.example.org>: Recipient address rejected: members only)
"""
    dsn = ("Reporting-MTA: dns; mx.rsmm.example.org\n"
           "X-Postfix-Queue-ID: 4DWvB21Kx9z7\n"
           "X-Postfix-Sender: rfc822; " + "gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; secretariat@rsmm.example.org\n"
           "Original-Recipient: rfc822;secretariat@rsmm.example.org\n"
           "Action: failed\n"
           "Status: 5.7.1\n"
           "Diagnostic-Code: smtp; 550 5.7.1 <secretariat@rsmm.example.org>: Recipient address rejected: "
           "members only\n" % rfcdate(tz(when - dt.timedelta(seconds=2), 0)))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Secretariat RSMM <secretariat@rsmm.example.org>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_=3A_demande_d=27intervention?=\n"
            "Date: %s\n"
            "Message-ID: <ACK-2021-02-05-0057@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=80)), M09_ID))
    p1 = leaf("text/plain", text, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4DWvB21Kx9z7.1612552308/mx.rsmm.example.org",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mx.rsmm.example.org", "196.200.41.12", "4DWvB3Zr1Qz2",
                    "MAILER-DAEMON@mx.rsmm.example.org (Mail Delivery System)",
                    "Rapport de non-remise du message", rfcdate(tz(when - dt.timedelta(seconds=1), 0)),
                    "<20210205191147.4DWvB3Zr1Qz2@mx.rsmm.example.org>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(10, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (5.7.1, shared mailbox accepts members only) for the acknowledgement "
              "sent to h174-09's secretariat mailbox; returned headers only; In-Reply-To in the returned headers "
              "names h174-09 but a bounce is not part of that submission. Never acknowledge."))


# ================================================================ 11 ar speaker, late, Levantine, no title
def m11():
    when = at("2021-02-06 10:30:17")
    sent = sent_at(when, 2, 5)
    text = """مرحبا،

نحنا شبكة المنظمات الأهلية في شمال لبنان، بدنا نسجّل اسم زميلتنا سهى دبوسي من جمعية نساء من أجل التنمية (طرابلس) لتحكي بالطاولة المستديرة الأولى.

منعرف إنو آخر مهلة كانت مبارح، بس ما وصلتنا الدعوة إلا من يومين عن طريق إحدى الجمعيات الأعضاء. إذا في مجال تقبلوا الطلب منكون ممنونين كتير.

شكراً سلفاً
زياد المصري
منسق الشبكة

شبكة المنظمات الأهلية في شمال لبنان
الجمعيات الأعضاء: جمعية نساء من أجل التنمية – جمعية الشباب للتنمية والحوار – مركز الإرشاد القانوني – جمعية عكار للتنمية الريفية – نادي التضامن الاجتماعي – جمعية بسمة للأطفال
"""
    body = alt(text, "000000000000f12a6c05baa3c8e0", rtl=True, b64=True)
    m = mk(when, sent, "mail-lf1-f47.google.example.com", "209.85.167.47", "4DX4hR0ZcYz6",
           addr("زياد المصري", "ziad.masri.nln@gmail.example.com"),
           re_hdr("", "طلب مشاركة متحدثة - شبكة المنظمات الأهلية في شمال لبنان"),
           "<CAF8uTn3QpNLN0206zX7cR2wK9vB4mD1eJ6gH5s@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سهى دبوسي", None, "جمعية نساء من أجل التنمية", ["roundtable"], 1)],
        notes="late (6 February) and says so; Levantine dialect; the speaker's title is not given (null); "
              "'(طرابلس)' after the association is a place, dropped; the sender (network coordinator) is not the "
              "speaker; the speaker's association also appears first in the member list of the signature."))


# ================================================================ 12 en speaker, replacement in thread of 01, late
def m12():
    when = at("2021-02-08 14:22:39")
    sent = sent_at(when, 3, 4)
    quoted = "\n".join("> " + ln if ln else ">" for ln in M01_TEXT.rstrip("\n").split("\n"))
    text = """Dear colleagues,

A change to our nominations below: Anil Gurung can no longer take part (he is travelling to Kathmandu for a family emergency). The Alliance would like to propose instead Ms. Maria Santos, Chairperson of the Filipino Community Council of the Emirates, for the same roundtable. Theresa Okafor's nomination for the open discussion is unchanged.

Sorry for the late change, and thanks for your understanding.

Nasser

On Thu, 28 Jan 2021 at 17:05, Nasser Al-Khatib <gmwa.coordination@gmail.example.com> wrote:
""" + quoted + "\n"
    body = alt(text, "000000000000b7e40e05bad6a119", b64=True)
    m = mk(when, sent, "mail-wr1-f49.google.example.com", "209.85.221.49", "4DYb2K7hNwz1",
           "Nasser Al-Khatib <gmwa.coordination@gmail.example.com>",
           "Re: GMWA nominations - consultation & roundtable 2",
           "<CAJx9kQ3mF2GMWA0208dPq8wE5rT1yU7iO4aS6z@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        thread_of="h174-01.eml", speakers=[
            sp("Maria Santos", "Chairperson", "Filipino Community Council of the Emirates", ["roundtable"], 2)],
        notes="reply to own h174-01 replacing one of two speakers; only the new speaker is listed (as dev 021); "
              "the roundtable is given by reference ('the same roundtable') and in the '>'-quoted original, "
              "which still contains both old nominations; sent 8 February, after the speaker deadline."))


# ================================================================ 13 fr report, DOCX + annex, format=flowed
M13_ID = "<8c1e5b3a-2f47-4d90-b6a1-PNMM0209@pnmm.example.ma>"


def m13():
    when = at("2021-02-09 16:40:22")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

J'ai l'honneur de vous transmettre, au nom des 23 associations membres de la Plateforme Nationale Migrations Maroc (PNMM), notre rapport collectif d'examen volontaire de la mise en œuvre du PMM, ainsi que son annexe présentant la liste des associations contributrices et la méthodologie de consultation.

Ce rapport est le fruit de quatre ateliers régionaux (Oujda, Tanger, Agadir, Rabat) tenus entre novembre 2020 et janvier 2021.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

-- 
Driss Alaoui
Président du Conseil d'administration
Plateforme Nationale Migrations Maroc (PNMM)
"""
    f1 = "Rapport_collectif_PNMM_examen_PMM_2021.docx"
    f2 = "Annexe – associations contributrices et méthodologie.pdf"
    rep = make_docx(["Plateforme Nationale Migrations Maroc (PNMM)", "Rapport collectif d'examen volontaire du PMM",
                     "Février 2021"])
    ann = make_pdf(["PNMM - Annexe", "Associations contributrices et methodologie"])
    plain = leaf("text/plain", text, "utf-8", "8bit")
    plain.set_param("format", "flowed")
    body = multi("mixed", [plain, attach(DOCX, rep, f1), attach("application/pdf", ann, f2)],
                 "------------5B1E07A3C2D94F8E1A6B0C3D")
    m = mk(when, sent, "smtp.pnmm.example.ma", "41.214.176.9", "4DZ0w3QmT8z4",
           "Driss Alaoui <d.alaoui@pnmm.example.ma>",
           hdr("Rapport collectif PNMM – examen volontaire du PMM", enc="Q"), M13_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "fr")])
    add(13, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="collective report of a 23-member platform: DOCX report plus a PDF annex (list of contributing "
              "associations and methodology) presented as part of the report; annex name with an en dash and "
              "accents (RFC 2231 / RFC 2047); 8bit format=flowed text; same platform as h174-03 but a separate "
              "submission by another sender."))


# ================================================================ 14 ar report, Gmail, Arabic file name
def m14():
    when = at("2021-02-10 11:05:43")
    sent = sent_at(when, 2, 4)
    text = """الإخوة والأخوات في أمانة الاستعراض الإقليمي،
تحية طيبة،

نيابةً عن المنظمات الخمس عشرة الأعضاء في الائتلاف المدني للهجرة والتنمية، يسرني أن أرفق لكم التقرير الطوعي الجماعي للائتلاف حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في مصر والسودان.

تمت صياغة التقرير بشكل تشاركي عبر ثلاث ورش عمل، واعتمدته الجمعية العمومية للائتلاف بتاريخ ٦ فبراير ٢٠٢١.

ولكم جزيل الشكر،

منى الدسوقي
منسقة الائتلاف
الائتلاف المدني للهجرة والتنمية
------------------------------
المنظمات الأعضاء: مؤسسة القاهرة للتنمية - جمعية الأمل للاجئين - المركز السوداني للهجرة والتنمية - مبادرة سند القانونية - جمعية نساء الصعيد - مؤسسة الجسر للعمالة العائدة - شبكة الشباب للهجرة الآمنة - مركز أسوان لحقوق الإنسان - جمعية الخرطوم للمهاجرين - منظمة رعاية الأطفال المتنقلين - اتحاد العائدين من الخليج - مؤسسة النيل للتنمية - جمعية الإسكندرية للتضامن - مركز بورتسودان للدراسات - مبادرة حماية
"""
    fname = "التقرير الجماعي - الائتلاف المدني للهجرة والتنمية.pdf"
    pdf = make_pdf(["Civil Coalition for Migration and Development", "Collective voluntary GCM review report 2021"])
    body = multi("mixed", [alt(text, "0000000000005e7f0a05bb01d2c6", rtl=True, b64=True),
                           attach("application/pdf", pdf, fname)], "0000000000005e7f0c05bb01d2c8")
    m = mk(when, sent, "mail-ed1-f53.google.example.com", "209.85.208.53", "4DZQ5j2RyMz8",
           addr("Mona Eldesouky", "coalition.migration.dev@gmail.example.com"),
           hdr("التقرير الطوعي الجماعي للائتلاف المدني للهجرة والتنمية"),
           "<CAGm4Rk7sXCCMD0210hY2nB5vL8qT3wE9jP1fA6@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of 15 members; Gmail layout, Arabic file name with spaces (RFC 2047 name + "
              "RFC 2231 filename); English display name, Arabic body; long member list in the signature."))


# ================================================================ 15 en report, HTML-only, inline logo
M15_ID = "<AM9PR02MB7033D5E6F7A8B9C0@AM9PR02MB7033.eurprd02.prod.outlook.example.com>"
M15_HTML = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear GCM Regional Review team,</p>
<p>On behalf of the <b>Joint Platform on Migration in the Mashreq (JPMM)</b>, and as the Platform's lead organisation for 2021, the Lebanese Centre for Migration Studies is pleased to submit the Platform's joint voluntary GCM review report (attached).</p>
<p>The report is co-signed by the six member organisations listed below, each of which contributed a country chapter:</p>
<ul>
<li>Lebanese Centre for Migration Studies (LCMS) &ndash; Lebanon</li>
<li>Tamkeen Legal Aid &ndash; Jordan</li>
<li>Iraqi Network for Returnees &ndash; Iraq</li>
<li>Syrian Women's Resilience Initiative &ndash; Türkiye / Syria</li>
<li>Palestinian Workers' Rights Centre &ndash; Palestine</li>
<li>Mashreq Youth Mobility Forum &ndash; regional</li>
</ul>
<p>Best regards,</p>
<p><b>Rita Khoury</b><br>Research Coordinator<br>Lebanese Centre for Migration Studies (LCMS)<br>Lead organisation, JPMM 2021</p>
<p><img src="cid:image001.jpg@01D70053.8E4C1A20" width="120" height="40" alt="JPMM logo"></p>
</div>"""


def m15():
    when = at("2021-02-11 15:30:04")
    sent = sent_at(when, 2, 5)
    fname = "JPMM_joint_voluntary_report_GCM_2021.pdf"
    pdf = make_pdf(["Joint Platform on Migration in the Mashreq (JPMM)", "Joint voluntary GCM review report 2021"])
    logo = leaf("image/jpeg", make_png(12, 4, (10, 80, 60)), cte="base64", params=[("name", '"image001.jpg"')],
                disp='inline; filename="image001.jpg"', extra=[("Content-ID", "<image001.jpg@01D70053.8E4C1A20>")])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US">' + M15_HTML + '</body></html>\n')
    rel = multi("related", [leaf("text/html", html, "utf-8", "quoted-printable"), logo],
                "_004_AM9PR02MB7033D5E6F7A8B9C0AM9PR02MB7033eurp_", params=[("type", '"text/html"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, fname)],
                 "_005_AM9PR02MB7033D5E6F7A8B9C0AM9PR02MB7033eurp_")
    m = mk(when, sent, "mail-am9eur02.outbound.protection.example.com", "40.107.2.47", "4DZvT81nGpz3",
           "Rita Khoury <r.khoury@lcms.example.org.lb>",
           "JPMM joint voluntary GCM review report", M15_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(15, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="HTML-only (no text/plain); a lead organisation submits for a six-member platform; list of "
              "co-signing organisations in the body is not a speaker list; inline logo (image001.jpg, actually PNG "
              "bytes) in multipart/related is a decoy."))


# ================================================================ 16 ar other, member asks about separate report
def m16():
    when = at("2021-02-12 10:10:31")
    sent = sent_at(when, 2, 3)
    text = """السادة المحترمين،

تحية طيبة وبعد،

جمعيتنا عضو في الائتلاف المدني للهجرة والتنمية، الذي أرسل تقريره الجماعي إليكم هذا الأسبوع. نود الاستفسار عما يلي:

1- هل يمكن لجمعيتنا أن ترسل أيضاً تقريراً طوعياً منفصلاً يتناول عملنا في محافظات الصعيد، أم يكفي التقرير الجماعي؟
2- إذا كان ذلك ممكناً، هل ينطبق عليه نفس الموعد النهائي (16 فبراير)؟

وشكراً لتعاونكم.

نادية عبد الرحيم
مديرة المشروعات
جمعية نساء الصعيد
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    m = mk(when, sent, "mail.nisaa-saeed.example.org.eg", "41.33.150.6", "4DbCq20LhVz5",
           addr("نادية عبد الرحيم", "n.abdelrahim@nisaa-saeed.example.org.eg", "windows-1256"),
           hdr("استفسار بخصوص التقرير الطوعي", "windows-1256"),
           "<000a01d7010e$4f8c2b10$eea48130$@nisaa-saeed.example.org.eg>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcBDkvNm3QkP2t9SzK1aB0xYc7Wgw==")])
    add(16, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a member organisation of the coalition of h174-14 asks whether it may also send its own report: a "
              "question, nothing submitted; not a follow-up of h174-14 (different sender, no thread headers); "
              "windows-1256 quoted-printable (Western digits, as cp1256 has no Arabic-Indic ones); mentions the 16 February deadline."))


# ================================================================ 17 fr report, revised version in thread of 06
def m17():
    when = at("2021-02-13 12:00:58")
    sent = sent_at(when, 1, 6)
    quoted = "\n".join("> " + ln if ln else ">" for ln in M06_TEXT.rstrip("\n").split("\n"))
    text = """Bonjour,

Suite à notre envoi du 2 février, vous trouverez ci-joint la version révisée du rapport conjoint du CTDM. Elle intègre les contributions de deux associations qui ont rejoint le collectif entre-temps (Association Oasis Tozeur et Collectif Solidarité Zarzis), soit désormais onze membres.

Merci de bien vouloir remplacer la version précédente par celle-ci.

Cordialement,
Amel Gharbi

Le mar. 2 févr. 2021 à 17:22, Amel Gharbi <ctdm.collectif@gmail.example.com> a écrit :
""" + quoted + "\n"
    fname = "Rapport_conjoint_CTDM_PMM_2021_v2_revise.pdf"
    pdf = make_pdf(["Collectif tunisien pour les droits des migrants (CTDM)",
                    "Rapport conjoint - Examen volontaire du PMM 2021", "Version revisee du 13 fevrier 2021"])
    body = multi("mixed", [alt(text, "0000000000002ab70305bb3a4f10", b64=True),
                           attach("application/pdf", pdf, fname)], "0000000000002ab70505bb3a4f12")
    m = mk(when, sent, "mail-ej1-f44.google.example.com", "209.85.218.44", "4Dc1Hn5sWqz7",
           "Amel Gharbi <ctdm.collectif@gmail.example.com>",
           hdr("Re: Rapport conjoint CTDM + demande d'intervention en plénière", enc="Q"),
           "<CAOq2Lw9pCTDM0213sQ5lT0yW2cO7nK4bI8uZ6@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID)])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of="h174-06.eml", report_attachments=[fname],
        notes="revised collective report replacing the one in h174-06 (reply with In-Reply-To); the quoted "
              "original still contains the speaker request, which is not repeated: category voluntary_report, "
              "no speakers; new member associations named in the body are not speakers."))


# ================================================================ 18 en both, DOCX + late speaker part
def m18():
    when = at("2021-02-15 17:45:19")
    sent = sent_at(when, 3, 4)
    text = """Dear Secretariat,

Please find attached the joint GCM review report of the East Africa-Gulf Migration Coalition (EAGMC), submitted on behalf of our 12 member organisations in Ethiopia, Kenya, Uganda, Somalia, Saudi Arabia and the UAE.

We also realise we have missed the deadline for speaking roles, but if there is still any space we would be very grateful if our Chair of the Board, Dr. Samuel Bekele, could make a short floor intervention in the fourth thematic roundtable, where the report's findings on return and reintegration would be most relevant.

With thanks and best regards,

Hana Tesfaye
Programme Manager
East Africa-Gulf Migration Coalition (EAGMC)
Addis Ababa | Nairobi | Riyadh
www.eagmc.example.org
"""
    fname = "EAGMC Joint GCM Review Report - Feb 2021.docx"
    rep = make_docx(["East Africa-Gulf Migration Coalition (EAGMC)", "Joint GCM Review Report", "February 2021"])
    body = multi("mixed", [alt(text, "_000_HE1PR09MB3321E6F7A8B9C0D1HE1PR09MB3321eurp_"),
                           attach(DOCX, rep, fname)], "_004_HE1PR09MB3321E6F7A8B9C0D1HE1PR09MB3321eurp_")
    m = mk(when, sent, "mail-he1eur04.outbound.protection.example.com", "40.107.7.131", "4DdLx63cRfz2",
           "Hana Tesfaye <h.tesfaye@eagmc.example.org>",
           "EAGMC joint report + late request for a speaking slot",
           "<HE1PR09MB3321E6F7A8B9C0D1@HE1PR09MB3321.eurprd09.prod.outlook.example.com>", body,
           cc="Samuel Bekele <s.bekele@eagmc.example.org>",
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(18, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Samuel Bekele", "Chair of the Board", "East Africa-Gulf Migration Coalition (EAGMC)", ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both: the report part is on time (15 February) but the speaker part is late, so on_time is false; "
              "speaker described in prose ('our Chair of the Board, Dr. ...'), affiliation by reference ('our'); "
              "roundtable as 'fourth thematic roundtable'; city list after the coalition in the signature."))


# ================================================================ 19 fr other, thank-you to our acknowledgement of 13
def m19():
    when = at("2021-02-15 18:30:02")
    sent = sent_at(when, 1, 5)
    ack_id = "<ACK-2021-02-09-0112@gcmrrarabstates.iom.int>"
    text = """Bien reçu, merci beaucoup.
Bonne continuation à toute l'équipe.

D. Alaoui
PNMM

Le 09/02/2021 à 15:41, GCM Regional Review Arab States a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre rapport d'examen volontaire reçu le
> 9 février 2021. Il sera transmis à l'équipe de la revue régionale.
>
> Secrétariat de la revue régionale du PMM - États arabes
"""
    plain = leaf("text/plain", text, "utf-8", "8bit")
    plain.set_param("format", "flowed")
    m = mk(when, sent, "smtp.pnmm.example.ma", "41.214.176.9", "4DdNf14VtKz0",
           "Driss Alaoui <d.alaoui@pnmm.example.ma>",
           hdr("Re: Accusé de réception : rapport d'examen volontaire", enc="Q"),
           "<b7c4e2a1-9d3f-4e68-a215-PNMM0215@pnmm.example.ma>", plain,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M13_ID, ack_id)),
                  ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    add(19, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h174-13.eml",
        notes="thank-you reply to the service's acknowledgement of h174-13 that adds nothing new: not "
              "acknowledged; References name h174-13; the quoted acknowledgement mentions the voluntary report."))


# ================================================================ 20 ar both, report on time, speakers late
def m20():
    when = at("2021-02-16 20:15:36")
    sent = sent_at(when, 2, 6)
    text = """بسم الله الرحمن الرحيم

السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
المحترمين

تحية طيبة،

نرفق لكم طيه التقرير الطوعي المشترك الصادر عن التحالف السوداني لمنظمات الهجرة، والذي شاركت في إعداده عشر منظمات وطنية وقاعدية من الخرطوم وكسلا والقضارف ونيالا.

كما يرغب التحالف في ترشيح:
١. الأستاذة عائشة عثمان إدريس – مسؤولة الرصد والتوثيق – منظمة شروق للتنمية، للمشاركة في النقاش المفتوح للتشاور متعدد أصحاب المصلحة.
٢. الأستاذ محمد الأمين بابكر – منسق التحالف – التحالف السوداني لمنظمات الهجرة، لمداخلة في المائدة المستديرة الثالثة.

نعتذر عن تأخر الترشيحات بسبب انقطاع الإنترنت لعدة أيام.

وتفضلوا بقبول وافر الاحترام

محمد الأمين بابكر
منسق التحالف السوداني لمنظمات الهجرة
الخرطوم
"""
    fname = "تقرير التحالف السوداني - الاتفاق العالمي للهجرة.pdf"
    pdf = make_pdf(["Sudanese Coalition of Migration Organisations", "Joint voluntary GCM review report 2021"])
    body = multi("mixed", [alt(text, "000000000000d41b7a05bb7e2c95", rtl=True, b64=True),
                           attach("application/pdf", pdf, fname)], "000000000000d41b7c05bb7e2c97")
    m = mk(when, sent, "mail-pj1-f41.google.example.com", "209.85.216.41", "4DfYw72QnBz6",
           addr("محمد الأمين بابكر", "sudan.migration.coalition@gmail.example.com"),
           hdr("التقرير المشترك وترشيحات المتحدثين - التحالف السوداني لمنظمات الهجرة"),
           "<CAHs7Yb2kSCMO0216fR9tN4vX1pL6mQ3cJ8wE5@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عائشة عثمان إدريس", "مسؤولة الرصد والتوثيق", "منظمة شروق للتنمية", ["open_discussion"]),
        sp("محمد الأمين بابكر", "منسق التحالف", "التحالف السوداني لمنظمات الهجرة", ["roundtable"], 3)],
        report_attachments=[fname],
        notes="both: report on time (16 February 20:15) but the speaker part is late, so on_time is false; two "
              "speakers on numbered lines separated by dashes, honorifics 'الأستاذة'/'الأستاذ' dropped; the "
              "sender is himself the second speaker; 'المائدة المستديرة الثالثة' = roundtable 3; Arabic file "
              "name with spaces."))


# ================================================================ 21 en report, co-signed, timezone edge
def m21():
    when = at("2021-02-16 23:20:40")
    sent = sent_at(when, 3, 7)
    text = """Dear GCM Regional Review Secretariat,

Please find attached the joint submission of Iraqi civil society organisations to the regional review of the Global Compact for Migration. Apologies for sending it so close to the deadline - we were collecting the last endorsements tonight.

The submission is endorsed by:
1. Iraqi Network for Returnees (INR), Baghdad
2. Kurdistan Displacement Response Forum, Erbil
3. Basra Labour Rights Centre
4. Women for Safe Mobility - Mosul
5. Iraqi Youth Migration Observatory
6. Nineveh Legal Aid Association
7. Anbar Community Reintegration Initiative
8. Iraqi Association for Migrant Children

Contact person for the joint submission: Haider Al-Jubouri, Iraqi Network for Returnees.

Regards,
Haider

Sent from Outlook for Android
"""
    fname = "Joint_Submission_Iraqi_CSOs_GCM_Review_2021.pdf"
    pdf = make_pdf(["Joint Submission of Iraqi Civil Society Organisations", "GCM Regional Review 2021"])
    body = multi("mixed", [alt(text, "_000_PAXPR01MB8812F7A8B9C0D1E2PAXPR01MB8812eurp_"),
                           attach("application/pdf", pdf, fname)], "_004_PAXPR01MB8812F7A8B9C0D1E2PAXPR01MB8812eurp_")
    m = mk(when, sent, "mail-pax01.outbound.protection.example.com", "40.107.14.62", "4DfgV14kZtz9",
           "Haider Al-Jubouri <haider.jubouri@inr-iraq.example.org>",
           "Joint submission - Iraqi CSOs - GCM regional review",
           "<PAXPR01MB8812F7A8B9C0D1E2@PAXPR01MB8812.eurprd01.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Outlook-Android")])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report endorsed by eight organisations, listed in the body; Outlook for Android; the Date header "
              "(Wed 17 Feb 00:20 +0300) is already 17 February for the sender, but it was received 23:20 on 16 "
              "February Beirut time: on time. 'Contact person' is not a speaker."))


# ================================================================ 22 ar report, late, Apple Mail, Arabic DOCX name
def m22():
    when = at("2021-02-17 09:40:12")
    sent = sent_at(when, 1, 5)
    text = """السادة الكرام،

نرسل لكم مرفقاً تقرير الشبكة المغاربية للهجرة والتنمية حول تنفيذ الاتفاق العالمي للهجرة، وهو تقرير جماعي أعدته الجمعيات الأعضاء في المغرب والجزائر وتونس وموريتانيا.

نعتذر عن التأخير بيوم واحد، فقد تأخر جمع توقيعات الجمعيات الأعضاء على النسخة النهائية.

مع أطيب التحيات،

عبد الكريم بن يوسف
الكاتب العام
الشبكة المغاربية للهجرة والتنمية
الجمعيات الموقعة: جمعية الهجرة والتنمية (تارودانت)، جمعية آفاق الشباب (وهران)، جمعية الأرض للجميع (قابس)، منتدى المهاجرين العائدين (نواذيبو)، الجمعية المغربية لدراسات الهجرة
"""
    fname = "تقرير_الشبكة_المغاربية_للهجرة_والتنمية_2021.docx"
    rep = make_docx(["Maghreb Network for Migration and Development", "Collective GCM review report 2021"])
    part = leaf(DOCX, rep, cte="base64", params=[("name", '"%s"' % b_word(fname))])
    part["Content-Disposition"] = "attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", fname))
    plain = leaf("text/plain", text, "utf-8", "quoted-printable")
    body = multi("mixed", [plain, part], "Apple-Mail=_3F8A1C2E-7B4D-4E91-A0C5-D62E9B1F4A37")
    m = mk(when, sent, "smtp.rmmd.example.ma", "196.217.33.140", "4Dg2Pz6YsLz3",
           addr("عبد الكريم بن يوسف", "a.benyoussef@rmmd.example.ma", enc="Q"),
           hdr("تقرير الشبكة المغاربية للهجرة والتنمية"),
           "<7F1D2C3B-4A5E-4B6C-9D8E-RMMD0217@rmmd.example.ma>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 February 09:40), the sender apologises for one day's delay; collective report of a "
              "network; Apple Mail layout, Arabic DOCX name in RFC 2231 continuations; signatory list with places "
              "in parentheses in the signature; From display name in two Q-encoded words split inside a word "
              "(decode_header joins them, policy.default adds a space)."))


# ================================================================ 23 en other, follow-up on 15
def m23():
    when = at("2021-02-18 11:00:27")
    sent = sent_at(when, 2, 4)
    text = """Dear colleagues,

Following up on the JPMM joint report I sent on 11 February (below): could you confirm that all six co-signing organisations will be credited as authors if the submissions are published on the regional review webpage? Two of our members (Tamkeen Legal Aid and the Palestinian Workers' Rights Centre) have also asked whether they may follow the conference online as observers.

Thank you,

Rita Khoury
Research Coordinator | LCMS
Lead organisation, JPMM 2021

________________________________
From: Rita Khoury <r.khoury@lcms.example.org.lb>
Sent: Thursday, February 11, 2021 3:29 PM
To: gcmrrarabstates@iom.int
Subject: JPMM joint voluntary GCM review report

Dear GCM Regional Review team,

On behalf of the Joint Platform on Migration in the Mashreq (JPMM), and as the Platform's lead organisation for 2021, the Lebanese Centre for Migration Studies is pleased to submit the Platform's joint voluntary GCM review report (attached).
"""
    body = alt(text, "_000_AM9PR02MB7033F8A9B0C1D2E3AM9PR02MB7033eurp_")
    m = mk(when, sent, "mail-am9eur02.outbound.protection.example.com", "40.107.2.51", "4DgmQ83xVhz5",
           "Rita Khoury <r.khoury@lcms.example.org.lb>",
           "RE: JPMM joint voluntary GCM review report",
           "<AM9PR02MB7033F8A9B0C1D2E3@AM9PR02MB7033.eurprd02.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID), ("Content-Language", "en-US")])
    add(23, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h174-15.eml",
        notes="follow-up to h174-15 asking about crediting co-signatories and observer access; new questions, so "
              "acknowledged; Outlook-style quoted original (not '>'-prefixed) says 'pleased to submit ... "
              "report (attached)' but nothing is attached here."))


# ================================================================ 24 fr speaker, late, HTML form, two speakers
def m24():
    when = at("2021-02-19 14:05:50")
    sent = sent_at(when, 1, 6)
    inner = """<div style="font-family:Arial;font-size:10pt">
<p>Bonjour,</p>
<p>Le Bureau exécutif de l'Alliance des Associations de Migrants en Tunisie (AAMT) vous transmet ci-dessous le formulaire de candidature de ses deux orateurs. Nous savons que la date limite est passée et vous remercions par avance de votre bienveillance.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td colspan="2"><b>FORMULAIRE ORATEUR N° 1</b></td></tr>
<tr><td>Nom et prénom</td><td>NGO Marie-Claire</td></tr>
<tr><td>Fonction</td><td>Vice-présidente</td></tr>
<tr><td>Organisation</td><td>Alliance des Associations de Migrants en Tunisie (AAMT)</td></tr>
<tr><td>Rôle souhaité</td><td>Rapporteure (messages clés des parties prenantes)</td></tr>
<tr><td colspan="2"><b>FORMULAIRE ORATEUR N° 2</b></td></tr>
<tr><td>Nom et prénom</td><td>YAO Kouassi</td></tr>
<tr><td>Fonction</td><td>Secrétaire général</td></tr>
<tr><td>Organisation</td><td>Association des Étudiants et Stagiaires Africains en Tunisie (AESAT), membre de l'AAMT</td></tr>
<tr><td>Rôle souhaité</td><td>Intervention &ndash; table ronde thématique 2</td></tr>
</table>
<p>Salutations solidaires,</p>
<p>Pour le Bureau exécutif,<br>Le chargé de communication<br>AAMT &ndash; Tunis</p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent, "smtp.aamt.example.tn", "197.2.14.88", "4DhW5c0JpQz1",
           "AAMT Bureau <bureau@aamt.example.tn>",
           hdr("Candidature orateurs AAMT (hors délai)", enc="Q"),
           "<20210219130544.5E1B2C0F3A@aamt.example.tn>", body,
           extra=[("User-Agent", "Horde Application Framework 5")])
    add(24, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Marie-Claire Ngo", "Vice-présidente", "Alliance des Associations de Migrants en Tunisie (AAMT)",
           ["rapporteur"]),
        sp("Kouassi Yao", "Secrétaire général", "Association des Étudiants et Stagiaires Africains en Tunisie (AESAT)",
           ["roundtable"], 2)],
        notes="late (19 February); HTML-only pasted form as a table, two speakers; names written SURNAME Firstname "
              "in capitals, recorded as a secretary would type them (Firstname Surname, normal case) - not "
              "covered by dev; ', membre de l'AAMT' after the second organisation is a remark, dropped; sent "
              "from a bureau mailbox with no personal name."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
