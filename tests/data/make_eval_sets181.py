#!/usr/bin/env python3
"""Write the blind evaluation set holdout181 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets181.py
Theme: health.  Doctors', nurses' and community health workers' associations, clinics serving migrants,
mental-health NGOs: busy people writing between shifts from their phones, and formal letters on letterhead.
Helpers imported from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, hdr, html_only, leaf, make_docx, make_pdf, make_png,
                     mk, multi, re_hdr, rfc2231_cont, b_word, flowed, rfcdate, sp, std_rows, text2html, top,
                     esc, sent_at, dsn_report)
from mailgen import POSTFIX_NOTICE

SET = EvalSet(181)
add = SET.add

INVITE_EN = "<INV-2021-01-26-EN.0112@gcmrrarabstates.iom.int>"
INVITE_FR = "<INV-2021-01-26-FR.0112@gcmrrarabstates.iom.int>"


def page(inner, rtl=False, style=""):
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body%s><div%s>%s</div></body></html>\n' % (style, d, inner))


def report_pdf(title, who, topics):
    lines = [title, who, ""]
    for k, t in enumerate(topics, 1):
        lines.append("%d. %s" % (k, t))
    return make_pdf(lines)


# ================================================================ the 24 messages
def m01():
    # Outlook out-of-office of a hospital doctor, answering the French invitation
    when = at("2021-01-27 10:02:11")
    sent = sent_at(when, 1, 3)
    text = """Bonjour,

Je suis de garde puis en repos de récupération jusqu'au lundi 1er février 2021 et je ne consulte pas ma messagerie.
Pour les questions relatives aux consultations de la permanence d'accès aux soins, merci d'écrire à pass.accueil@chu-oran.example.dz.
En cas d'urgence médicale, appelez le standard de l'hôpital.

Dr Nassima Belkacem
"""
    body = alt(text, "_000_VI1PR0602MB3468B2C0E7F1A9D4VI1PR0602MB3468eurp_")
    rows = std_rows(when, "mail-vi1eur05.outbound.protection.example.com", "40.107.21.77", "4DQ1f2Lq0Sz7",
                    "BELKACEM Nassima <n.belkacem@chu-oran.example.dz>",
                    hdr("Réponse automatique : Invitation – Examen régional du Pacte mondial pour les migrations "
                        "dans la région arabe", enc="Q"),
                    rfcdate(sent), "<VI1PR0602MB3468B2C0E7F1A9D4@VI1PR0602MB3468.eurprd06.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "n.belkacem@chu-oran.example.dz"),
                           ("Content-Language", "fr-FR")], ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_FR), ("References", INVITE_FR)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a hospital doctor to the French invitation ('Réponse automatique :'), "
              "Auto-Submitted + X-Auto-Response-Suppress, null Return-Path; the text names a clinic service and "
              "an address but is not a request. Never acknowledge."))


M02_ID = "<CAGq4nR7eKt2Wp9LmZx0Yb3Vc8Hd1Su6Jf5Ao2Ng@mail.gmail.example.com>"
M02_TEXT = """Dear colleagues,

Following your invitation of 26 January, I would like to request a speaking slot at the regional conference.

Name: Reem Khoury, RN, MSN
Title: Head of Continuing Education Unit
Affiliation: Levant Nurses and Midwives Association (LNMA), Amman - Jordan
Preferred role: floor intervention in thematic roundtable 2

I would speak about migrant and refugee nurses working in private hospitals without licence recognition, and what the Association has learnt from its bridging programme.

Kind regards,
Reem
"""


def m02():
    when = at("2021-01-29 14:37:46")
    sent = sent_at(when, 2, 6)
    body = alt(M02_TEXT, "000000000000f4c1a205ba0c7e11")
    m = mk(when, sent, "mail-ed1-f54.google.example.com", "209.85.208.54", "4DRz2k6bYvz3",
           "Reem Khoury <reem.khoury.lnma@gmail.example.com>", "Speaking slot request - Roundtable 2 - LNMA",
           M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Reem Khoury", "Head of Continuing Education Unit", "Levant Nurses and Midwives Association (LNMA)",
           ["roundtable"], 2)],
        notes="labelled lines; the name line carries professional post-nominals ('RN, MSN'), dropped like "
              "honorifics (not covered by LABELS.md: the register keeps the bare name); the city and country after "
              "the organisation are not part of the affiliation; acronym kept. Followed up in h181-13."))


def m03():
    # community health workers from the Bekaa, colloquial Lebanese, iPhone
    when = at("2021-01-30 21:18:03")
    sent = sent_at(when, 2, 9)
    text = """مرحبا
نحنا فريق من جمعية عافية للصحة المجتمعية بالبقاع، منشتغل مع العيلات السورية بالمخيمات العشوائية (زيارات منزلية، تلقيح، متابعة حوامل)
حابين نشارك:
١- انا زينب حمادة، منسقة فريق الزيارات المنزلية، بدي احكي بالنقاش المفتوح يوم ٢٣ شباط
٢- زميلي خالد العمر، عامل صحي مجتمعي، بالطاولة المستديرة التالتة اذا في مجال، عن اللقاحات ووصول الخدمات للي ما معهم اوراق
سوري عالتأخير بالرد، كنا بالميدان كل الاسبوع
شكرا كتير

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-wr1-f47.google.example.com", "209.85.221.47", "4DSp8c1Wm3z2",
           addr("Zeinab Hamadeh", "zeinab.hmd@gmail.example.com"), hdr("مشاركة جمعية عافية"),
           "<A3F0C2D1-77B4-4E5A-9C1B-2E8D5F6A0B13@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)"), ("Content-Language", "en-us")])
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("زينب حمادة", "منسقة فريق الزيارات المنزلية", "جمعية عافية للصحة المجتمعية", ["open_discussion"]),
        sp("خالد العمر", "عامل صحي مجتمعي", "جمعية عافية للصحة المجتمعية", ["roundtable"], 3)],
        notes="iPhone plain text in colloquial Lebanese, no punctuation, Latin display name and Content-Language "
              "en-us: acknowledge in Arabic. Two speakers in a hand-numbered list, the sender is the first; the "
              "affiliation is written once in the opening line ('بالبقاع' after it is a place, dropped); "
              "'الطاولة المستديرة التالتة' (dialect spelling of الثالثة) = roundtable 3."))


def m04():
    when = at("2021-02-01 09:26:40")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Je me permets de vous écrire au nom du centre de santé de l'association Bayti Sehha à Casablanca, qui assure des consultations gratuites pour les personnes migrantes (médecine générale, suivi de grossesse, écoute psychologique).

Nous souhaitons préparer un rapport volontaire pour l'examen régional du PMM mais nous avons quelques questions avant de commencer :
- le rapport peut-il être rédigé en français, ou faut-il une version anglaise ?
- existe-t-il un modèle ou un nombre de pages maximal ?
- pouvons-nous y inclure des données de fréquentation anonymisées (tableaux) ?

Nous comptons vous l'envoyer avant le 16 février.

Avec mes remerciements,

Hajar Ouazzani
Responsable administrative
Centre de santé Bayti Sehha
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.menara.example.ma", "196.200.131.18", "4DTc3n2Hkpz6",
           "Hajar Ouazzani <h.ouazzani@baytisehha.example.ma>", "Questions sur le rapport volontaire",
           "<7e3c1b2a-4d5f-6a7b-8c9d-0e1f2a3b4c5d@baytisehha.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("Content-Language", "fr")])
    add(4, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions before writing a voluntary report (language, template, anonymised data); announces a "
              "report but nothing is attached or pasted; the signature title is not a speaker request. "
              "Thunderbird, format=flowed, 8bit."))


M05_HTML = """<table width="100%" style="border-bottom:2px solid #0a6e8a"><tr>
<td><img src="cid:image001.png@01D6F8A2.3C1B7E40" width="64" height="64" alt="ANITS"></td>
<td style="font-family:Cambria,serif;color:#0a6e8a"><b>Association Nationale des Infirmiers et Techniciens de Santé</b><br>
<span style="font-size:9pt">Reconnue d'utilité publique &#8211; Siège : 14, rue Ibn Sina, Agdal, Rabat</span></td></tr></table>
<p style="text-align:right">Rabat, le 2 février 2021</p>
<p>Réf. : ANITS/SG/2021-019</p>
<p><b>Objet : Demande de prise de parole &#8211; Conférence régionale d'examen du PMM (24-25 février 2021)</b></p>
<p>Madame, Monsieur,</p>
<p>Suite à votre aimable invitation, l'Association Nationale des Infirmiers et Techniciens de Santé (ANITS) a l'honneur de solliciter une intervention lors de l'une des sessions plénières de la conférence régionale.</p>
<p>L'ANITS y serait représentée par sa Présidente, Mme Khadija Alaoui, qui souhaiterait présenter l'expérience des équipes infirmières des centres de santé de proximité auprès des migrants subsahariens, notamment en matière de vaccination et de santé maternelle.</p>
<p>Vous trouverez ci-joint la version signée de ce courrier.</p>
<p>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<p>Abdellatif Chraïbi<br>Secrétaire général<br>ANITS</p>
"""


def m05():
    when = at("2021-02-02 11:48:27")
    sent = sent_at(when, 1, 7)
    htmlp = leaf("text/html", page(M05_HTML, style=' style="font-family:Calibri,sans-serif"'), "utf-8",
                 "quoted-printable")
    logo = leaf("image/png", make_png(16, 16, (10, 110, 138)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6F8A2.3C1B7E40>")])
    rel = multi("related", [htmlp, logo], "_006_DB7PR04MB5120AA31_related_",
                params=[("type", '"text/html"')])
    letter = attach("application/pdf", make_pdf(["ANITS - Ref. ANITS/SG/2021-019", "Rabat, 2 fevrier 2021",
                                                "Objet : Demande de prise de parole", "Signe : A. Chraibi"]),
                    "Courrier_ANITS_demande_intervention.pdf")
    body = multi("mixed", [rel, letter], "_007_DB7PR04MB5120AA31_mixed_")
    m = mk(when, sent, "mail-db7eur04.outbound.protection.example.com", "40.107.5.92", "4DV0r4Tn9Kz1",
           addr("ANITS Secrétariat général", "sg@anits.example.ma", enc="Q"),
           hdr("Demande de prise de parole – ANITS – séance plénière", enc="Q"),
           "<DB7PR04MB5120AA31C9E2F07B@DB7PR04MB5120.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")])
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Khadija Alaoui", "Présidente",
           "Association Nationale des Infirmiers et Techniciens de Santé (ANITS)", ["plenary"])],
        notes="formal letter on letterhead (HTML-only, multipart/related with the logo image001.png); the "
              "secretary-general writes for the president ('Mme' dropped); the attached PDF is the signed copy of "
              "the same letter, not a voluntary report. Letterhead address (Rabat) is not part of the affiliation."))


M06_ID = "<HE1PR0802MB2251D3A9F0C7E6B5@HE1PR0802MB2251.eurprd08.prod.outlook.example.com>"


def m06():
    when = at("2021-02-03 10:15:52")
    sent = sent_at(when, 3, 6)
    text = """Dear GCM Regional Review team,

On behalf of Dr. Samir Nassar, I am writing to express his interest in serving as rapporteur at the Regional Conference, delivering the stakeholders' key messages.

Dr. Nassar is the Clinical Director of the Arab Network for Mental Health and Psychosocial Support (ANMHPS), where he oversees the psychosocial programmes for migrants in detention and for survivors of trafficking in four countries of the region.

Please copy him (s.nassar@anmhps.example.org) on any correspondence. His short bio can be sent on request.

Best regards,

Maya Sfeir
Programme Assistant - Office of the Clinical Director
Arab Network for Mental Health and Psychosocial Support (ANMHPS)
Beirut | +961 1 345 678
"""
    body = alt(text, "_000_HE1PR0802MB2251D3A9F0C7E6B5HE1PR0802MB2251eurp_")
    m = mk(when, sent, "mail-he1eur02.outbound.protection.example.com", "40.107.1.63", "4DVd7s0Rwmz4",
           "Maya Sfeir <m.sfeir@anmhps.example.org>", "Rapporteur - Dr. Samir Nassar (ANMHPS)", M06_ID, body,
           cc="Samir Nassar <s.nassar@anmhps.example.org>",
           extra=[("Thread-Topic", "Rapporteur - Dr. Samir Nassar (ANMHPS)"), ("Content-Language", "en-US")])
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samir Nassar", "Clinical Director", "Arab Network for Mental Health and Psychosocial Support (ANMHPS)",
           ["rapporteur"])],
        notes="sent on behalf of the speaker by his programme assistant, whose own title and unit are in the "
              "signature (she is not a speaker); speaker details in prose; 'Dr.' dropped; the speaker is in Cc."))


def m07():
    when = at("2021-02-03 18:40:19")
    sent = sent_at(when, 3, 4)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

يسرّ جمعية الأطباء المتطوعين لصحة المهاجرين أن ترفق طيّه تقريرها الطوعي حول تنفيذ الاتفاق العالمي، ويتناول التقرير خبرة عياداتنا المتنقلة في تقديم الرعاية الصحية الأولية للعمال المهاجرين في المناطق الزراعية والصناعية خلال عامي ٢٠١٩ و٢٠٢٠، ولا سيما أثناء جائحة كوفيد-١٩.

كما تودّ الجمعية أن تشارك بمداخلة في الطاولة المستديرة المواضيعية الأولى، ويمثّلها:
الاسم: د. عمر عبد الباقي
الصفة: رئيس الهيئة الإدارية
الجهة: جمعية الأطباء المتطوعين لصحة المهاجرين

وتفضلوا بقبول فائق الاحترام،
د. عمر عبد الباقي
"""
    fname = "التقرير الطوعي - جمعية الأطباء المتطوعين.pdf"
    rep = attach("application/pdf", report_pdf("Voluntary GCM review report - Volunteer Doctors for Migrant Health",
                                               "February 2021", ["Mobile clinics 2019-2020",
                                                                 "Access to primary care", "COVID-19 response",
                                                                 "Recommendations"]), fname)
    body = multi("mixed", [alt(text, "000000000000c21d7b05ba6e2f40", rtl=True, b64=True), rep],
                 "000000000000c21d7e05ba6e2f42")
    m = mk(when, sent, "mail-wm1-f65.google.example.com", "209.85.128.65", "4DVqK31Zg5z8",
           addr("عمر عبد الباقي", "dr.omar.abdelbagi@gmail.example.com"),
           hdr("التقرير الطوعي وطلب مداخلة - جمعية الأطباء المتطوعين لصحة المهاجرين"),
           "<CAF7hT2Rk9LxMq0Wz4Pb8Yc1Nd5Ve3Ug6Js2Ai7Ko@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عمر عبد الباقي", "رئيس الهيئة الإدارية", "جمعية الأطباء المتطوعين لصحة المهاجرين", ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both, on time (3 February): PDF report with an Arabic file name (RFC 2231 filename, RFC 2047 name) "
              "and labelled speaker lines; 'د.' dropped from the name; 'الطاولة المستديرة المواضيعية الأولى' = 1; "
              "the sender is the speaker."))


M08_ID = "<AM6PR10MB2776E1F04B3C9A82@AM6PR10MB2776.EURPRD10.PROD.OUTLOOK.example.com>"


def m08():
    when = at("2021-02-04 13:05:44")
    sent = sent_at(when, 2, 5)
    text = """السادة الأفاضل،

تحية طيبة،

أرغب في التقدّم بطلب للمشاركة بمداخلة في الطاولة المستديرة الرابعة خلال المؤتمر الإقليمي يومي 24 و25 شباط، للحديث عن الصحة النفسية للعاملات في المنازل والناجيات من العنف، وعن صعوبة وصولهن إلى خدمات الدعم النفسي خارج نظام الكفالة.

شاكرة حسن تعاونكم.

مع التحية،
ليلى منصور
أخصائية نفسية إكلينيكية ورئيسة قسم الدعم النفسي والاجتماعي
مؤسسة نفس للصحة النفسية (NAFS)
عمّان - الأردن
"""
    html = page(text2html(text), rtl=True, style=' style="font-family:Arial"')
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html.replace("charset=utf-8", "charset=windows-1256"),
                                      "windows-1256", "quoted-printable")],
                 "_000_AM6PR10MB2776E1F04B3C9A82AM6PR10MB2776EURP_")
    m = mk(when, sent, "mail-am6eur05.outbound.protection.example.com", "40.107.22.41", "4DWK5y7Lbcz0",
           addr("ليلى منصور", "l.mansour@nafs-jo.example.org", charset="windows-1256"),
           hdr("طلب مشاركة - الطاولة المستديرة الرابعة", charset="windows-1256"), M08_ID, body,
           extra=[("Content-Language", "ar-JO")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ليلى منصور", "أخصائية نفسية إكلينيكية ورئيسة قسم الدعم النفسي والاجتماعي",
           "مؤسسة نفس للصحة النفسية (NAFS)", ["roundtable"], 4)],
        notes="the sender proposes herself; name, title and affiliation only in the signature; the title is written "
              "with its unit and kept whole (as dev 012); Latin acronym beside the Arabic organisation kept; the "
              "city line is not part of the affiliation; windows-1256 Outlook. The acknowledgement bounces "
              "(h181-09)."))


def m09():
    # the acknowledgement to h181-08 comes back: mailbox full
    when = at("2021-02-04 13:07:02")
    text = POSTFIX_NOTICE + """
<l.mansour@nafs-jo.example.org>: host mx.nafs-jo.example.org[82.212.64.19] said:
    552 5.2.2 <l.mansour@nafs-jo.example.org>: Mailbox full (quota exceeded)
    (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DWK6x0Prmz5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; l.mansour@nafs-jo.example.org\n"
           "Original-Recipient: rfc822;l.mansour@nafs-jo.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.nafs-jo.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <l.mansour@nafs-jo.example.org>: Mailbox full\n"
           "    (quota exceeded)\n" % rfcdate(when - dt.timedelta(seconds=50), "EET"))
    subj = b_word("إشعار استلام - طلب مشاركة - الطاولة المستديرة الرابعة")
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: l.mansour@nafs-jo.example.org\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: <ack.4DWK6x0Prmz5@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (subj, rfcdate(when - dt.timedelta(seconds=51)), M08_ID))
    body = dsn_report(text, dsn, hdrs, "4DWK6x0Prmz5.1612436822/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWK7Q2hVkz9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210204110702.4DWK7Q2hVkz9@mx1.iom.int>")]
    add(9, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full) for the acknowledgement sent to the sender of h181-08; the "
              "returned headers carry an Arabic acknowledgement subject and In-Reply-To naming h181-08. "
              "Never acknowledge; thread_of stays null for robots."))


def m10():
    when = at("2021-02-05 22:10:37")
    sent = sent_at(when, 1, 6)
    text = """Bonsoir,

Veuillez trouver ci-dessous les fiches de participation de l'Association Tunisienne de Santé Communautaire et Migration (ATSCM) pour la consultation et la conférence régionales. Je les ai recopiées du formulaire interne, désolée pour la mise en forme.

----- Fiche 1 -----
Nom et prénom : BEN SALEM Amel
Fonction : Médecin coordinatrice, pôle santé des migrants
Organisation : ATSCM – Sfax
Rôle souhaité : Discussion ouverte de la consultation multipartite (23/02)

----- Fiche 2 -----
Nom et prénom : DIOP Mamadou
Fonction : Médiateur de santé communautaire
Organisation : ATSCM – Sfax
Rôle souhaité : Intervention – table ronde thématique n° 3

Bien à vous,
Amel Ben Salem
ATSCM
"""
    body = alt(text, "=_a7c2e19f4b0d3e5c8f61ab27d904e3c1")
    m = mk(when, sent, "smtp.topnet.example.tn", "41.228.17.90", "4DWtR80Ybhz3",
           "Amel Ben Salem <amel.bensalem@atscm.example.tn>",
           hdr("Fiches intervenants ATSCM – consultation et conférence régionales", enc="Q"),
           "<a7c2e19f4b0d3e5c8f61ab27d904e3c1@atscm.example.tn>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    aff = "Association Tunisienne de Santé Communautaire et Migration (ATSCM)"
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Amel Ben Salem", "Médecin coordinatrice, pôle santé des migrants", aff, ["open_discussion"]),
        sp("Mamadou Diop", "Médiateur de santé communautaire", aff, ["roundtable"], 3)],
        notes="two speakers in a pasted internal form with 'NOM Prénom' in capitals: recorded as a secretary would "
              "type them ('Amel Ben Salem', 'Mamadou Diop'; the first spelling appears in the signature); the form "
              "gives only 'ATSCM – Sfax', the fullest form is in the opening sentence (city dropped); title written "
              "with its unit kept whole; on time (22:10 on 5 February)."))


def m11():
    # night-shift nurse, phone, a few minutes before the speaker deadline; sender in Kuwait (UTC+3)
    when = at("2021-02-05 23:47:30")
    sent = sent_at(when, 3, 11)
    text = """Hi, sorry for the late email, just got off a 12 hr shift.

I'd like to ask for a chance to speak in one of the thematic roundtables (24-25 Feb), whichever one covers health / access to services, I'm not sure of the number. I can talk about what migrant nurses see in the ER with domestic workers who come in only when it is already an emergency.

Thank you!!

Joy Santos-Reyes
Staff Nurse, Emergency Department
Overseas Filipino Nurses Association (OFNA) - Kuwait

Sent from my Samsung Galaxy smartphone.
"""
    html = page("<div dir=\"auto\">" + "<br>".join(esc(x) for x in text.strip().split("\n")) + "</div>")
    body = alt(text, "--_com.samsung.android.email_1612561639482751", html=html, b64=True)
    m = mk(when, sent, "mail-pl1-f193.google.example.com", "209.85.214.193", "4DWxN51Kqtz7",
           "Joy Santos-Reyes <joysreyes.rn@gmail.example.com>", "Request to speak",
           "<m2fk8sl1ab.fsf@joysreyes.rn.gmail.example.com>", body, extra=[("X-Mailer", "Samsung Email")])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Joy Santos-Reyes", "Staff Nurse, Emergency Department", "Overseas Filipino Nurses Association (OFNA)",
           ["roundtable"])],
        notes="edge: the Date header is Sat 6 Feb 00:47 +0300 but it was received 23:47:30 on 5 February Beirut "
              "time: on time. Roundtable number unknown to the sender ('whichever one covers health'): roundtable "
              "null. Details only in the phone signature; the country after the organisation is dropped."))


def m12():
    when = at("2021-02-06 09:20:15")
    sent = sent_at(when, 2, 5)
    text = """حضرات السادة في أمانة المراجعة الإقليمية المحترمين،

بناءً على توجيهات رئيسة الرابطة، يشرّفني أن أرسل إليكم طلب مشاركتها بمداخلة في إحدى الجلسات العامة للمؤتمر الإقليمي، علماً بأن الموعد النهائي لطلبات المشاركة بحسب الدعوة العربية هو يوم الجمعة ٢٣ شباط.

الاسم: الدكتورة هيام الحاج
الصفة: رئيسة مجلس الإدارة
الجهة: رابطة الممرضين والقابلات القانونيات - بيروت

ستتناول المداخلة أوضاع الممرضات المهاجرات في المستشفيات الخاصة وحمايتهن من الاستغلال.

وتفضلوا بقبول الاحترام،
رنا حدّاد
مديرة المكتب التنفيذي
رابطة الممرضين والقابلات القانونيات
"""
    body = alt(text, "----=_NextPart_000_0021_01D6FC4A.8B3E2D10", rtl=True)
    m = mk(when, sent, "smtp.idm.example.net.lb", "194.126.10.42", "4DXH2t6Pnmz1",
           addr("رنا حداد", "office@rnmw-lb.example.org"), hdr("طلب مشاركة رئيسة الرابطة في الجلسة العامة"),
           "<000c01d6fc4a$8b3e2d10$a1b87830$@rnmw-lb.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbOSos+LRC4n1rPQ7m2WtXo0k3hGg==")])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("هيام الحاج", "رئيسة مجلس الإدارة", "رابطة الممرضين والقابلات القانونيات", ["plenary"])],
        notes="LATE (6 February, 09:20): the sender relies on the misprinted Arabic deadline ('الجمعة ٢٣ شباط') "
              "but the English/French date stands. Sent on behalf of the president by the executive office "
              "director (not a speaker); 'الدكتورة' dropped; city after the organisation dropped."))


def m13():
    when = at("2021-02-08 07:52:09")
    sent = sent_at(when, 2, 4)
    quoted = "\n".join(("> " + x) if x else ">" for x in M02_TEXT.strip().split("\n"))
    text = """Good morning,

Just checking that my request below reached you, as I have not had any reply yet. Do you need a short bio or a photo from me? I can send them today before my afternoon shift.

Thanks,
Reem

On Fri, 29 Jan 2021 at 14:37, Reem Khoury <reem.khoury.lnma@gmail.example.com> wrote:
""" + quoted + "\n"
    body = alt(text, "000000000000a0b9c105bacf3d21")
    m = mk(when, sent, "mail-ej1-f44.google.example.com", "209.85.218.44", "4DYQ0w3Tflz6",
           "Reem Khoury <reem.khoury.lnma@gmail.example.com>", "Re: Speaking slot request - Roundtable 2 - LNMA",
           "<CAGq4nR5Jx8Tb1Ld3Wm7Qz2Vk0Hf9Pc4Ys6Ne1Ro@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(13, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h181-02.eml",
        notes="follow-up to her own h181-02 (In-Reply-To set) asking whether it arrived and whether a bio is "
              "needed; the '>'-quoted original still carries the labelled speaker lines, but nothing new is "
              "requested: other, not a second speaker request."))


M14_ID = "<5B0E9A71-3C2D-4F8E-A1B6-90D7E4C3F2A8@santemigrants-maghreb.example.org>"
M14_FNAME = "Rapport_volontaire_PMM_Collectif_Santé_Migrants_Maghreb.docx"


def m14():
    when = at("2021-02-08 17:31:20")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Au nom du Collectif Santé Migrants Maghreb, qui regroupe sept associations de soignants et de centres de santé au Maroc, en Algérie, en Tunisie et en Mauritanie, nous avons le plaisir de vous transmettre notre rapport volontaire collectif d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte principalement sur l'objectif 15 (accès aux services de base) et présente les obstacles rencontrés par les personnes migrantes pour accéder aux soins, les réponses apportées par nos membres pendant la pandémie, ainsi que nos recommandations.

Membres : AMSS (Oujda), Santé Sans Frontières Intérieures (Oran), ATSCM (Sfax), Centre Bayti Sehha (Casablanca), Réseau Soignants Solidaires (Rabat), Association Nouakchott Santé Pour Tous, Collectif des Psychologues pour l'Exil (Tunis).

Nous restons à votre disposition.

Bien cordialement,

Sophia Lahlou
Chargée de coordination
Collectif Santé Migrants Maghreb
"""
    doc = make_docx(["Collectif Santé Migrants Maghreb", "Rapport volontaire collectif - Examen régional du PMM",
                     "Février 2021", "1. Accès aux soins", "2. Réponse à la pandémie", "3. Recommandations"])
    docpart = leaf(DOCX, doc, cte="base64", params=[("name", '"%s"' % b_word(M14_FNAME))],
                   disp="attachment;\n " + ";\n ".join(rfc2231_cont("filename", M14_FNAME)))
    tp = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    body = multi("mixed", [tp, docpart], "Apple-Mail=_4C1D8E2B-6F7A-4B39-9E05-1A2B3C4D5E6F")
    m = mk(when, sent, "smtp.gandi.example.net", "217.70.183.196", "4DYtL74Fsvz2",
           "Sophia Lahlou <coordination@santemigrants-maghreb.example.org>",
           hdr("Rapport volontaire collectif – Collectif Santé Migrants Maghreb", enc="Q"), M14_ID, body,
           extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M14_FNAME],
        notes="collective report of seven members (acronyms and cities in the member list are not speakers); "
              "Apple Mail, DOCX name with 'é' in RFC 2231 continuations and an RFC 2047 name parameter. A thank-you "
              "to the acknowledgement follows (h181-20)."))


def m15():
    when = at("2021-02-09 12:14:48")
    sent = sent_at(when, 0, 5)
    text = """Bonjour,

Je sais que la date limite pour les demandes d'intervention est passée depuis vendredi, et je vous prie de nous en excuser : nos équipes ont été mobilisées par la campagne de vaccination dans les foyers de travailleurs.

Si c'est encore possible, l'association Sahel Écoute – Santé mentale et exil (ASE) souhaiterait proposer deux intervenants :
- le Dr Ousmane Sy, psychiatre, qui pourrait prendre la parole en séance plénière sur la prise en charge du psychotraumatisme chez les personnes exilées ;
- Mlle Awa Ndiaye, de notre équipe, pour une intervention à la table ronde n°2.

Merci de nous dire si nous devons remplir un formulaire.

Cordialement,
Fatou Kane
Coordinatrice administrative – ASE
Dakar / Nouakchott
"""
    html = page(text2html(text), style=' style="font-family:Verdana;font-size:10pt"')
    body = alt(text, "----=_Part_2241967_1538840266.1612865683127", html=html)
    m = mk(when, sent, "smtp-out.orange.example.sn", "41.82.12.7", "4DZL9p2Mcwz5",
           "Fatou Kane <ase.sahelecoute@orange.example.sn>",
           hdr("Demande d'intervention (hors délai) – ASE", enc="Q"),
           "<1944211077.2241968.1612865683128@mail.orange.example.sn>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev27")])
    aff = "Sahel Écoute – Santé mentale et exil (ASE)"
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Ousmane Sy", "Psychiatre", aff, ["plenary"]),
        sp("Awa Ndiaye", None, aff, ["roundtable"], 2)],
        notes="LATE (9 February) and says so; two speakers in a prose list, written by an administrative "
              "coordinator who is not a speaker; 'Dr' and 'Mlle' dropped; 'psychiatre' in lower case in prose "
              "recorded capitalised as a title; the second speaker has no title ('de notre équipe' is not one): "
              "null. The organisation is 'l'association Sahel Écoute – ...': the common noun 'association' is not "
              "recorded as part of the name (not covered by dev; what a secretary would type)."))


def m16():
    when = at("2021-02-10 11:02:33")
    sent = sent_at(when, 4, 5)
    text = """Dear Secretariat,

Please find attached the voluntary GCM review report of the Gulf Migrant Health Clinics Network (GMHCN), covering our 11 member clinics and their work with low-wage migrant workers between January 2019 and December 2020.

The report focuses on GCM Objectives 7 and 15: access to primary and mental health care regardless of status, the effect of employer-tied health insurance, and the lessons from the COVID-19 lockdowns in labour accommodation.

With kind regards,

Priya Menon
Network Coordinator | GMHCN
Gulf Migrant Health Clinics Network
Dubai, UAE
"""
    html = page(text2html(text.rsplit("\n\n", 1)[0]) + '<p><img src="cid:image001.png@01D6FF9C.2A41B3E0" width="90" '
                'height="30" alt="GMHCN"><br>' + "<br>".join(esc(x) for x in text.rsplit("\n\n", 1)[1].strip()
                                                             .split("\n")) + "</p>")
    a = alt(text, "_000_DB9PR02MB7210C4A1E39F2B6DDB9PR02MB7210eurp_", html=html)
    logo = leaf("image/png", make_png(30, 10, (0, 128, 96)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FF9C.2A41B3E0>")])
    rel = multi("related", [a, logo], "_005_DB9PR02MB7210C4A1E39F2B6DDB9PR02MB7210eurp_",
                params=[("type", '"multipart/alternative"')])
    fname = "GMHCN_Voluntary_GCM_Report_Feb2021.pdf"
    rep = attach("application/pdf", report_pdf("Gulf Migrant Health Clinics Network - Voluntary GCM Review",
                                               "February 2021", ["Member clinics and caseload",
                                                                 "Objective 7 and 15 findings",
                                                                 "COVID-19 in labour accommodation",
                                                                 "Recommendations"]), fname)
    body = multi("mixed", [rel, rep], "_006_DB9PR02MB7210C4A1E39F2B6DDB9PR02MB7210eurp_")
    m = mk(when, sent, "mail-db9eur02.outbound.protection.example.com", "40.107.4.118", "4DZr1d8Wvkz0",
           "Priya Menon <coordinator@gmhcn.example.org>", "GMHCN - Voluntary GCM Review Report",
           "<DB9PR02MB7210C4A1E39F2B6D@DB9PR02MB7210.eurprd02.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook layout multipart/mixed > related > alternative; the inline signature logo image001.png is "
              "not part of the report; signature title is not a speaker request."))


M17_HTML = """<div style="font-family:Tahoma;font-size:11pt">
<p>تحية طيبة وبعد،</p>
<p>نرسل إليكم فيما يلي التقرير الطوعي لمبادرة طمأنينة للدعم النفسي حول تنفيذ الاتفاق العالمي من أجل الهجرة، وقد فضّلنا إدراجه في متن الرسالة لتعذّر إرفاق الملفات من جهازنا.</p>
<h3>أولاً: من نحن</h3>
<p>مبادرة أهلية تضم أخصائيين نفسيين ومرشدين اجتماعيين متطوعين، تقدّم جلسات دعم نفسي فردية وجماعية مجانية للمهاجرين واللاجئين منذ عام ٢٠١٦.</p>
<h3>ثانياً: أبرز الملاحظات (٢٠١٩-٢٠٢٠)</h3>
<ul>
<li>ارتفاع ملحوظ في حالات القلق والاكتئاب بين العمال المهاجرين الذين فقدوا أعمالهم خلال الإغلاق.</li>
<li>غياب خدمات الصحة النفسية باللغات التي يتحدثها المهاجرون، وصعوبة الوصول إليها دون وثائق إقامة سارية.</li>
<li>الوصمة المرتبطة بطلب المساعدة النفسية داخل المجتمعات المهاجرة نفسها.</li>
</ul>
<h3>ثالثاً: التوصيات</h3>
<ol>
<li>إدماج الدعم النفسي الاجتماعي في خدمات الرعاية الصحية الأولية المتاحة للمهاجرين بصرف النظر عن وضعهم القانوني.</li>
<li>تدريب العاملين الصحيين المجتمعيين على الإسعافات النفسية الأولية.</li>
<li>تمويل خطوط دعم هاتفية متعددة اللغات.</li>
</ol>
<p>مع خالص التقدير،<br>فريق مبادرة طمأنينة للدعم النفسي</p>
</div>"""


def m17():
    when = at("2021-02-11 16:45:58")
    sent = sent_at(when, 2, 4)
    body = html_only(M17_HTML, rtl=True, b64=True, lang="ar", newlines=True)
    m = mk(when, sent, "mail.tuma2nina.example.org", "185.34.77.12", "4F0GQ12Ppcz4",
           addr("مبادرة طمأنينة", "info@tuma2nina.example.org"), hdr("التقرير الطوعي - مبادرة طمأنينة للدعم النفسي"),
           "<20210211144554.9f1c2e7a@tuma2nina.example.org>", body)
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="HTML-only Arabic report pasted in the body with headings and lists (no attachment: the sender says "
              "attaching failed); From display name is the organisation; base64 body."))


def m18():
    when = at("2021-02-12 15:20:05")
    sent = sent_at(when, 2, 6)
    text = """Dear colleagues,

Attached please find the voluntary GCM review report of the Migrant Health Workers' Forum (MHWF), a network of doctors, nurses and community health workers who are themselves migrants in the region.

We also realise the deadline for speakers has passed, but we would be very grateful if our Board member could be considered as rapporteur for the key messages:

Dr. Yusuf Karim
Public Health Specialist and Board Member, MHWF

His CV is attached for information.

Best wishes,
Hiba Darwish
Secretary, MHWF
"""
    fname = "MHWF_GCM_Review_2021.pdf"
    rep = attach("application/pdf", report_pdf("Migrant Health Workers' Forum - Voluntary GCM Review 2021",
                                               "MHWF, February 2021", ["Who we are", "Recognition of foreign "
                                                                       "qualifications", "Working conditions",
                                                                       "Recommendations"]), fname)
    cv = attach("application/pdf", make_pdf(["Yusuf Karim, MD, MPH - Curriculum vitae",
                                             "Public Health Specialist"]), "CV_Yusuf_Karim.pdf")
    body = multi("mixed", [alt(text, "0000000000003e8f1a05bb2c9d61"), rep, cv], "0000000000003e8f1d05bb2c9d63")
    m = mk(when, sent, "mail-wr1-f41.google.example.com", "209.85.221.41", "4F0mT45Kbhz8",
           "MHWF Secretariat <mhwf.secretariat@gmail.example.com>",
           "Voluntary report + rapporteur proposal (MHWF)",
           "<CAHb2Lw9Rt4Xq7Mz1Vc5Pk8Yd0Ne3Jf6Ug2Sa9Lo@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Yusuf Karim", "Public Health Specialist and Board Member", "Migrant Health Workers' Forum (MHWF)",
           ["rapporteur"])],
        report_attachments=[fname],
        notes="both; received 12 February: the report is on time but the speaker part is late (the sender says "
              "so), so on_time is false. The attached CV is not part of the report. The speaker line gives only "
              "'MHWF' after the title; the full name is in the first paragraph. 'Dr.' dropped; the sender "
              "(secretary) is not a speaker."))


def m19():
    when = at("2021-02-14 20:03:41")
    sent = sent_at(when, 3, 7)
    text = """مساء الخير
مرفق تقرير تحالف العيادات المجانية للمهاجرين (٥ عيادات)
مع الشكر
د. سلوى

Sent from my iPhone
"""
    fname = "تقرير تحالف العيادات المجانية.pdf"
    rep = leaf("application/pdf", report_pdf("Free Clinics Alliance for Migrants - GCM voluntary report",
                                             "Collective report of 5 clinics - February 2021",
                                             ["Patients served", "Barriers to care", "Recommendations"]),
               cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp='attachment; filename="%s"' % b_word(fname),
               extra=[("Content-ID", "<f_kl5c0x3q0>"), ("X-Attachment-Id", "f_kl5c0x3q0")])
    body = multi("mixed", [alt(text, "000000000000d5f0a105bb5e8c10", b64=True), rep], "000000000000d5f0a305bb5e8c12")
    m = mk(when, sent, "mail-qk1-f170.google.example.com", "209.85.222.170", "4F1qB96Tjmz3",
           "Salwa Hassan <salwa.hassan.md@gmail.example.com>", hdr("تقرير"),
           "<CAN4xP0Lq7Ws2Rt9Mz5Yb1Kd8Hc3Vf6Jg0Ue4Nb@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="almost no text, from a phone (English 'Sent from my iPhone' under two Arabic lines), one-word "
              "subject; collective report of five clinics; Gmail style RFC 2047 encoded-word inside the quoted "
              "filename and name parameters."))


def m20():
    when = at("2021-02-15 08:12:30")
    sent = sent_at(when, 1, 4)
    ack = "<ack.4DYtM02Rbkz6@gcmrrarabstates.iom.int>"
    text = """Bonjour,

Merci beaucoup pour votre accusé de réception, c'est bien noté.

Bonne journée,
Sophia

Le 8 févr. 2021 à 17:32, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

> Madame, Monsieur,
>
> Nous accusons réception de votre rapport volontaire « Rapport_volontaire_PMM_Collectif_Santé_Migrants_Maghreb.docx ».
>
> Le Secrétariat
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "smtp.gandi.example.net", "217.70.183.198", "4F22Xk0Mrwz9",
           "Sophia Lahlou <coordination@santemigrants-maghreb.example.org>",
           hdr("Re: Accusé de réception – Rapport volontaire collectif – Collectif Santé Migrants Maghreb", enc="Q"),
           "<9D1E4C7A-2B3F-4E8D-B5A6-7C0F1E2D3A4B@santemigrants-maghreb.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", "%s %s" % (M14_ID, ack)),
                  ("X-Mailer", "iPhone Mail (18D52)")])
    add(20, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h181-14.eml",
        notes="thank-you reply to our acknowledgement of h181-14 (References names h181-14): adds nothing new, "
              "so no acknowledgement; the quoted acknowledgement names the report file."))


def m21():
    # last minutes of the report deadline; sender in the UAE (UTC+4)
    when = at("2021-02-16 23:41:05")
    sent = sent_at(when, 4, 9)
    text = """Dear GCM team,

Apologies for sending this so close to the deadline - we finalised it after our evening clinic.

Attached is the voluntary review report of the Gulf Community Nurses Network on community-based care for migrant domestic workers, with a short annex of anonymised case summaries (same file).

Regards,
Anita D'Souza
Chair, Gulf Community Nurses Network
"""
    fname = "GCNN voluntary review report FINAL v3.docx"
    doc = attach(DOCX, make_docx(["Gulf Community Nurses Network", "Voluntary GCM review report",
                                  "Community-based care for migrant domestic workers", "Annex: case summaries"]),
                 fname)
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "7bit"), doc], "Apple-Mail=_0B7E3F21-8C4D-4A19-B2E6")
    m = mk(when, sent, "smtp.emirates.example.net.ae", "94.200.77.31", "4F2Wq05Gfxz1",
           "Anita D'Souza <anita.dsouza@gcnn.example.org>", "GCNN report",
           "<B2E6F0A1-3C9D-4E7B-8A52-1D0C9E8F7A63@gcnn.example.org>", body,
           extra=[("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: the Date header is Wed 17 Feb 01:40 +0400 but it was received 23:41:05 on 16 February "
              "Beirut time: on time. DOCX name with spaces; terse subject."))


def m22():
    when = at("2021-02-17 10:05:12")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Avec un peu de retard, dont nous vous prions de bien vouloir nous excuser (notre équipe médicale a été très sollicitée ces dernières semaines), nous vous adressons ci-joint le rapport volontaire du Centre de Soins Médicaux de l'Ouest (CSMO) sur l'accès aux soins des personnes migrantes en situation irrégulière.

Nous espérons qu'il pourra encore être pris en considération.

Veuillez recevoir nos salutations distinguées.

Dr Karim Haddouche
Médecin-chef, CSMO
"""
    fname = "Rapport_CSMO_PMM_2021.pdf"
    rep = attach("application/pdf", report_pdf("Centre de Soins Medicaux de l'Ouest - Rapport volontaire PMM",
                                               "Fevrier 2021", ["Activite 2019-2020", "Obstacles",
                                                                "Recommandations"]), fname)
    html = page(text2html(text), style=' style="font-family:Times New Roman"')
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                                                 leaf("text/html", html.replace("utf-8", "iso-8859-1"),
                                                      "iso-8859-1", "quoted-printable")],
                                 "----=_Part_88_1301127740.1613549107"), rep],
                 "----=_Part_87_1301127739.1613549107")
    m = mk(when, sent, "smtp.djaweb.example.dz", "41.111.136.9", "4F2q7c3Dvbz6",
           addr("Dr Karim Haddouche", "csmo.direction@djaweb.example.dz"),
           hdr("Rapport volontaire CSMO (envoi tardif)", charset="iso-8859-1", enc="Q"),
           "<1613549107123.88.csmo@djaweb.example.dz>", body)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (17 February) and apologises; ISO-8859-1 text and HTML, RFC 2047 Q-encoded Latin-1 subject; "
              "'Dr' in the display name."))


def m23():
    when = at("2021-02-18 13:30:00")
    sent = sent_at(when, 3, 5)
    text = """الإخوة في أمانة المراجعة الإقليمية،
السلام عليكم ورحمة الله،

نعتذر عن التأخر في الإرسال. نرفق لكم التقرير الطوعي لاتحاد جمعيات العاملين الصحيين المجتمعيين (ACHW)، ونرجو إن أمكن إدراج اثنين من أعضائنا ضمن المتحدثين:
- فاطمة الزهراء يحيى / مشرفة ميدانية / جمعية الرعاية الصحية المنزلية - صنعاء / النقاش المفتوح
- أحمد باعباد / مدرّب العاملين الصحيين / اتحاد جمعيات العاملين الصحيين المجتمعيين / الطاولة المستديرة الثانية

مع التحية،
عبد الرحمن الأهدل
الأمين العام للاتحاد
"""
    fname = "تقرير_الاتحاد_الطوعي_2021.docx"
    doc = attach(DOCX, make_docx(["اتحاد جمعيات العاملين الصحيين المجتمعيين", "التقرير الطوعي ٢٠٢١",
                                  "العاملون الصحيون المجتمعيون والمهاجرون"]), fname)
    body = multi("mixed", [alt(text, "----=_NextPart_000_0047_01D705E2.61A0C3B0", rtl=True), doc],
                 "----=_NextPart_000_0046_01D705E2.61A0C3B0")
    m = mk(when, sent, "smtp.yemen.example.net.ye", "134.35.2.17", "4F3Rz64Hnqz2",
           addr("الاتحاد ACHW", "achw.union@yemen.example.net.ye"),
           hdr("التقرير الطوعي وطلب مشاركة متحدثين"),
           "<004701d705e2$61a0c3b0$24e24b10$@yemen.example.net.ye>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0")])
    add(23, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فاطمة الزهراء يحيى", "مشرفة ميدانية", "جمعية الرعاية الصحية المنزلية", ["open_discussion"]),
        sp("أحمد باعباد", "مدرّب العاملين الصحيين", "اتحاد جمعيات العاملين الصحيين المجتمعيين (ACHW)",
           ["roundtable"], 2)],
        report_attachments=[fname],
        notes="both parts LATE (18 February); two speakers on slash-separated lines (name / title / affiliation / "
              "role); the first belongs to a member association ('- صنعاء' after it is a place, dropped); the "
              "second is written without the acronym but the fullest form of the union, with its Latin acronym, "
              "is in the body; the sender (secretary-general) is not a speaker."))


def m24():
    when = at("2021-02-20 10:18:44")
    sent = sent_at(when, 2, 6)
    text = """السادة الأفاضل،

أرسلت إليكم يوم ٤ شباط طلب مشاركة في الطاولة المستديرة الرابعة (الرسالة أدناه) ولم يصلني أي رد حتى الآن، وقد تبيّن لي لاحقاً أن صندوق بريدي كان ممتلئاً في تلك الفترة.

هل تم قبول الطلب؟ وهل ستتوفر ترجمة فورية إلى العربية خلال الطاولات المستديرة؟ وأين يمكنني الحصول على رابط الاتصال؟

مع الشكر،
ليلى منصور

________________________________
من: ليلى منصور
أُرسل: الخميس، ٤ شباط، ٢٠٢١ ١:٠٥ م
إلى: gcmrrarabstates@iom.int
الموضوع: طلب مشاركة - الطاولة المستديرة الرابعة

السادة الأفاضل،
أرغب في التقدّم بطلب للمشاركة بمداخلة في الطاولة المستديرة الرابعة خلال المؤتمر الإقليمي يومي 24 و25 شباط...
"""
    body = alt(text, "_000_AM6PR10MB27760C9D1E2F3A4BAM6PR10MB2776EURP_", rtl=True)
    m = mk(when, sent, "mail-am6eur05.outbound.protection.example.com", "40.107.22.58", "4F4Lh19Kdsz5",
           addr("ليلى منصور", "l.mansour@nafs-jo.example.org"),
           re_hdr("RE: ", "طلب مشاركة - الطاولة المستديرة الرابعة"),
           "<AM6PR10MB27760C9D1E2F3A4B@AM6PR10MB2776.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID), ("Content-Language", "ar-JO")])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h181-08.eml",
        notes="follow-up to her own h181-08 (In-Reply-To set) after our acknowledgement bounced (h181-09): asks "
              "whether the request was accepted, about interpretation and the connection link; the Outlook-style "
              "quoted original (not '>'-prefixed) repeats the roundtable request: other, not a new request."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
