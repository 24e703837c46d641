#!/usr/bin/env python3
"""Write the blind evaluation set holdout182 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets182.py
Theme: legal aid: lawyers and bar associations (and their committees), legal clinics of law faculties,
paralegal networks, pro bono practices.  Precise, formal, sometimes pedantic mail: reference numbers,
numbered paragraphs, several attachments (reports, annexes, cover letters, CVs), titles that carry a
committee or unit.  Helpers imported from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, b_word, flowed, rfcdate, sp, std_rows, text2html, top, esc, sent_at, dsn_report)
from mailgen import POSTFIX_NOTICE

SET = EvalSet(182)
add = SET.add

INVITE_EN = "<INV-2021-01-26-EN.0003@gcmrrarabstates.iom.int>"
INVITE_FR = "<INV-2021-01-26-FR.0003@gcmrrarabstates.iom.int>"
INVITE_AR = "<INV-2021-01-26-AR.0003@gcmrrarabstates.iom.int>"


def page(inner, rtl=False, style=""):
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body%s%s>%s</body></html>\n' % (d, style, inner))


def pair(text, boundary, html=None, rtl=False, cte="quoted-printable"):
    if html is None:
        html = page("<div>%s</div>" % text2html(text), rtl=rtl)
    return multi("alternative", [leaf("text/plain", text, "utf-8", cte), leaf("text/html", html, "utf-8", cte)],
                 boundary)


def doc_pdf(title, who, sections):
    lines = [title, who, ""] + ["%d. %s" % (k, s) for k, s in enumerate(sections, 1)]
    return make_pdf(lines)


# ================================================================ the 24 messages
def m01():
    # Exchange out-of-office of a lawyer's chambers, answering the French invitation
    when = at("2021-01-27 10:02:15")
    sent = sent_at(when, 1, 3)
    text = """Bonjour,

Maître Hatem Ben Slimane est en audience à l'extérieur jusqu'au lundi 1er février 2021 et ne consulte pas sa messagerie.

Pour toute urgence relative à un dossier en cours, vous pouvez contacter le secrétariat du cabinet au +216 71 000 418.

Ce message est généré automatiquement ; merci de ne pas y répondre.

Cabinet Ben Slimane – Avocats
"""
    body = pair(text, "_000_VI1PR02MB4410B7E1A0C3D2F9VI1PR02MB4410eurp_")
    rows = std_rows(when, "mail-vi1eur02.outbound.protection.example.com", "40.107.14.71", "4DQ6Lk0b3Fz9",
                    "Hatem Ben Slimane <h.benslimane@cabinet-bs.example.tn>",
                    hdr("Réponse automatique : Invitation – Examen régional du Pacte mondial sur les migrations "
                        "– États arabes", enc="Q"),
                    rfcdate(sent), "<VI1PR02MB4410B7E1A0C3D2F9@VI1PR02MB4410.eurprd02.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "h.benslimane@cabinet-bs.example.tn"),
                           ("Content-Language", "fr-FR")],
                    ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", INVITE_FR), ("References", INVITE_FR), ("Thread-Topic", "Invitation")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a lawyer's chambers ('Réponse automatique :' prefix, Auto-Submitted, "
              "X-Auto-Response-Suppress, null Return-Path) in reply to the French invitation; mentions 'dossier' "
              "and a phone number, nothing else. Never acknowledge."))


M02_ID = "<DB7PR06MB5321C0A9F44E1B28D7E3DB7PR06MB5321@DB7PR06MB5321.eurprd06.prod.outlook.example.com>"
M02_TEXT = """Dear Sir/Madam,

Ref.: ABA/LAC/2021/07
Subject: Nomination of speakers – Regional Review of the GCM in the Arab region (your letter dated 26 January 2021)

With reference to the above-mentioned letter, and in particular to its paragraph on speaking roles, the Legal Aid and Migrants' Rights Committee of the Amman Bar Association wishes to nominate the following two members for the Regional Review Conference of 24-25 February 2021:

1. Name: Adv. Rania Tabbaa
   Title: Chair, Legal Aid and Migrants' Rights Committee
   Organisation: Amman Bar Association (ABA), Jordan
   Requested role: floor intervention in Thematic Roundtable II

2. Name: Adv. Samer Odeh
   Title: Staff Lawyer, Legal Aid Unit
   Organisation: Amman Bar Association (ABA), Jordan
   Requested role: floor intervention in a plenary session

Both nominees have registered through the online registration form (confirmation numbers 10442 and 10443). Should any further information be required, kindly contact the undersigned.

Please note that the Committee does not intend to submit a separate voluntary report; its contribution is included in the collective report being prepared by the national network.

Yours faithfully,

Lama Shahin
Committee Secretary
Legal Aid and Migrants' Rights Committee
Amman Bar Association
Tel. +962 6 000 2271 | Ext. 214
"""


def m02():
    when = at("2021-01-28 09:40:03")
    sent = sent_at(when, 2, 5)
    body = pair(M02_TEXT, "_000_DB7PR06MB5321C0A9F44E1B28D7E3DB7PR06MB5321eurp_",
                html=page("<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">%s</div>"
                          % text2html(M02_TEXT)))
    m = mk(when, sent, "mail-db7eur06.outbound.protection.example.com", "40.107.13.88", "4DR7kq2mTxz3",
           "Lama Shahin <lac.secretary@aba-jo.example.org>",
           "Ref. ABA/LAC/2021/07 - Nomination of speakers - GCM Regional Review", M02_ID, body,
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                  ("Thread-Topic", "Ref. ABA/LAC/2021/07 - Nomination of speakers - GCM Regional Review")])
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Tabbaa", "Chair, Legal Aid and Migrants' Rights Committee", "Amman Bar Association (ABA)",
           ["roundtable"], 2),
        sp("Samer Odeh", "Staff Lawyer, Legal Aid Unit", "Amman Bar Association (ABA)", ["plenary"])],
        notes="committee secretary (not a speaker) nominates two lawyers on numbered labelled lines; 'Adv.' is an "
              "honorific, dropped; titles kept with their committee/unit (dev 012); the country after the "
              "organisation (', Jordan') is not part of the affiliation, the city inside the name ('Amman Bar "
              "Association') is; acronym kept; 'Thematic Roundtable II' = 2. Says explicitly that no report is "
              "sent: speaker_request only."))


def m03():
    when = at("2021-01-29 13:12:44")
    sent = sent_at(when, 3, 6)
    text = """بسم الله الرحمن الرحيم

السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون
تحية طيبة وبعد،

إشارةً إلى كتابكم المؤرخ في ٢٦ كانون الثاني ٢٠٢١ بشأن المراجعة الإقليمية للاتفاق العالمي في المنطقة العربية، أودّ أن أُعرب عن رغبتي في المشاركة في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة المتعددين المقررة يوم ٢٣ شباط ٢٠٢١.

أعمل أستاذاً مساعداً في القانون الجنائي ومشرفاً على العيادة القانونية في كلية القانون بجامعة الكوفة، وتقدّم العيادة منذ عام ٢٠١٧ استشارات قانونية مجانية للعمال المهاجرين وعديمي الجنسية بإشراف أساتذة الكلية ومشاركة طلبة المرحلة الرابعة. وأودّ أن أتناول في مداخلتي معوقات وصول المهاجرين غير النظاميين إلى المحاكم، ولا سيما ما يتعلق بالكفالة وحجز جوازات السفر (الهدف ١٨ من الاتفاق العالمي).

وتفضلوا بقبول فائق الاحترام والتقدير.

أ.م.د. حسام الدين النعيمي
أستاذ مساعد في القانون الجنائي ومشرف العيادة القانونية
كلية القانون – جامعة الكوفة
جمهورية العراق
"""
    body = pair(text, "000000000000c2a91f05ba1d7e38", rtl=True, cte="base64")
    m = mk(when, sent, "mail-ej1-f48.google.example.com", "209.85.218.48", "4DRx5c3vLqz7",
           addr("د. حسام الدين النعيمي", "h.alnuaimi.law@gmail.example.com"),
           hdr("طلب المشاركة في النقاش المفتوح - ٢٣ شباط ٢٠٢١"),
           "<CAF8rKq3Lw0NuaimiZ2xT6yVb1Hc9Sd4Pm7Ej5Ga@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حسام الدين النعيمي", "أستاذ مساعد في القانون الجنائي ومشرف العيادة القانونية",
           "كلية القانون – جامعة الكوفة", ["open_discussion"])],
        notes="formal Iraqi Arabic, the law-clinic supervisor proposes himself in prose; name only in the "
              "signature, after the academic abbreviation 'أ.م.د.' (assistant professor, doctor) and in the "
              "display name after 'د.': both dropped; title kept with the clinic it names (dev 012); the country "
              "line 'جمهورية العراق' is not part of the affiliation; signature form of the faculty recorded. "
              "'النقاش المفتوح ... ٢٣ شباط' = open discussion; a GCM objective number (١٨) is not a roundtable."))


M04_ID = "<5f1e2c7a-93b0-4d61-a8e2-0c6b4f17d3a9@remaj.example.org>"
M04_REPORT = "REMAJ_Rapport_volontaire_PMM_2021.pdf"
M04_ANX1 = "Annexe_1_Tableau_des_affaires_suivies_2019-2020.pdf"
M04_ANX2 = "Annexe_2_Références_juridiques.docx"
M04_COVER = "Lettre_de_transmission_signée.pdf"


def m04():
    when = at("2021-01-31 17:25:09")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

N/Réf. : REMAJ/SE/2021-004
Objet : Transmission du rapport volontaire collectif du REMAJ – Examen régional du PMM

Comme suite à votre courrier du 26 janvier 2021, le Secrétariat exécutif du Réseau maghrébin d'aide juridique aux personnes migrantes (REMAJ) a l'honneur de vous transmettre, au nom de ses quatorze organisations membres, son rapport volontaire collectif sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Vous trouverez en pièces jointes :
  1. le rapport proprement dit (32 pages) ;
  2. l'annexe 1 : tableau anonymisé des affaires suivies en 2019-2020 ;
  3. l'annexe 2 : références juridiques (textes nationaux, jurisprudence citée) ;
  4. la lettre de transmission signée par la Coordinatrice générale.

Les annexes 1 et 2 font partie intégrante du rapport et doivent être lues avec lui. Nous vous saurions gré de bien vouloir nous accuser réception de l'envoi.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour le Secrétariat exécutif,
Imane Belhadj
Chargée de programme
REMAJ – Réseau maghrébin d'aide juridique aux personnes migrantes
Tunis – Alger – Rabat
"""
    alt_ = pair(text, "----=_Part_11204_1843925017.1612106702311")
    atts = [
        attach("application/pdf", doc_pdf("REMAJ - Rapport volontaire collectif - PMM 2021",
                                          "Reseau maghrebin d'aide juridique aux personnes migrantes",
                                          ["Acces a l'aide juridictionnelle", "Detention administrative",
                                           "Recommandations"]), M04_REPORT),
        attach("application/pdf", doc_pdf("Annexe 1 - Tableau des affaires suivies 2019-2020", "REMAJ",
                                          ["Affaires de retention", "Affaires de travail"]), M04_ANX1),
        attach(DOCX, make_docx(["Annexe 2 - Références juridiques", "Textes nationaux", "Jurisprudence citée"]),
               M04_ANX2),
        attach("application/pdf", make_pdf(["REMAJ/SE/2021-004", "Lettre de transmission",
                                            "La Coordinatrice generale"]), M04_COVER),
    ]
    body = multi("mixed", [alt_] + atts, "----=_Part_11203_1180275230.1612106702311")
    m = mk(when, sent, "smtp.remaj.example.org", "196.203.77.12", "4DTJ2r1N6Wz5",
           "REMAJ Secretariat <contact@remaj.example.org>",
           hdr("REMAJ/SE/2021-004 – Rapport volontaire collectif – Examen régional PMM", enc="Q"), M04_ID, body,
           extra=[("User-Agent", "Zimbra 8.8.15_GA (ZimbraWebClient - FF84 (Win)/8.8.15_GA_3953)")])
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M04_REPORT, M04_ANX1, M04_ANX2],
        notes="collective report with four attachments: the report and its two annexes ('font partie intégrante "
              "du rapport') make up the report; the signed cover letter is not recorded (a careful secretary's "
              "choice, not covered by LABELS.md/dev: it transmits the report, it is not part of it). Non-ASCII "
              "DOCX/PDF names (RFC 2231 + RFC 2047). Sent from a shared mailbox whose acknowledgement bounces "
              "(h182-05)."))


def m05():
    when = at("2021-01-31 17:26:02")
    text = POSTFIX_NOTICE + """
<contact@remaj.example.org>: host smtp.remaj.example.org[196.203.77.12] said:
    552 5.2.2 <contact@remaj.example.org>: Mailbox full, quota exceeded (in
    reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DTJ3h0Qk2z1\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; contact@remaj.example.org\n"
           "Original-Recipient: rfc822;contact@remaj.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; smtp.remaj.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <contact@remaj.example.org>: Mailbox full, quota\n"
           "    exceeded\n" % rfcdate(when - dt.timedelta(seconds=46), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: contact@remaj.example.org\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_REMAJ/SE/2021-004?=\n"
            "Date: %s\n"
            "Message-ID: <ack.4DTJ2r1N6Wz5@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=47)), M04_ID))
    body = dsn_report(text, dsn, hdrs, "4DTJ3h0Qk2z1.1612106762/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DTJ3k2Vb7z6; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210131152602.4DTJ3k2Vb7z6@mx1.iom.int>")]
    add(5, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN of the mailbox's own MTA: the acknowledgement of h182-04 was refused by the remote "
              "server (552 5.2.2 mailbox full); returned headers only, In-Reply-To names h182-04. Not a thread "
              "continuation of the submission (thread_of null); never acknowledge."))


M06_HTML = """<div style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Dear Colleagues,</p>
<p>On behalf of <b>Mr. Karim Haddad</b>, President of the Arab Network of Lawyers for Migrant Workers (ANLMW), and further to your invitation of 26 January 2021 (section&nbsp;3, &#8220;Speaking roles&#8221;), I am pleased to convey his interest in serving as <b>rapporteur</b>, delivering the key messages of the stakeholders at the Regional Review Conference.</p>
<p>Mr. Haddad has chaired the ANLMW since 2016 and coordinated its strategic litigation on wage theft and passport confiscation in five countries of the region. His short biography is attached for your convenience.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Speaker</b></td><td>Karim Haddad</td></tr>
<tr><td><b>Position</b></td><td>President</td></tr>
<tr><td><b>Organisation</b></td><td>Arab Network of Lawyers for Migrant Workers (ANLMW)</td></tr>
<tr><td><b>Role requested</b></td><td>Rapporteur (key messages)</td></tr>
</table>
<p>Kindly copy me on any correspondence, as Mr. Haddad travels frequently.</p>
<p>With kind regards,</p>
<p style="color:#44546a">Nour Khoury<br>Executive Assistant to the President<br>ANLMW Secretariat<br>Beirut, Lebanon<br>+961 1 000 735</p>
<p style="font-size:8pt;color:#7f7f7f">CONFIDENTIALITY NOTICE: This e-mail and any attachment may contain privileged or confidential information protected by attorney-client privilege. If you are not the intended recipient, please notify the sender and delete it.</p>
</div>
"""


def m06():
    when = at("2021-02-01 11:05:37")
    sent = sent_at(when, 2, 4)
    htmlp = leaf("text/html", page(M06_HTML), "utf-8", "quoted-printable")
    bio = attach("application/pdf", make_pdf(["Karim Haddad - short biography", "President, ANLMW",
                                             "Lawyer admitted to the Beirut Bar since 1998"]),
                 "Bio_Karim_Haddad_ANLMW.pdf")
    body = multi("mixed", [htmlp, bio], "_005_AS8PR09MB6113A4E21C9BB07F2AS8PR09MB6113eurp_")
    m = mk(when, sent, "mail-as8eur09.outbound.protection.example.com", "40.107.16.91", "4DTkB55fQ9z2",
           "Nour Khoury <secretariat@anlmw.example.org>",
           "ANLMW - Expression of interest: rapporteur (Mr. Karim Haddad)",
           "<AS8PR09MB6113A4E21C9BB07F2@AS8PR09MB6113.eurprd09.prod.outlook.example.com>", body,
           cc="Karim Haddad <k.haddad@anlmw.example.org>",
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Karim Haddad", "President", "Arab Network of Lawyers for Migrant Workers (ANLMW)", ["rapporteur"])],
        notes="HTML-only, sent on behalf of the speaker by his executive assistant (her own title and 'Beirut, "
              "Lebanon' in the signature are not the speaker's); details in an HTML table; 'Mr.' dropped; "
              "acronym kept; the attached PDF is a biography, not a report; legal confidentiality footer."))


def m07():
    when = at("2021-02-02 08:51:20")
    sent = sent_at(when, 2, 5)
    text = """السادة في أمانة المراجعة الإقليمية المحترمين،
تحية طيبة،

نحن "شبكة المساعدين القانونيين المجتمعيين" في لبنان، ونعمل على إعداد تقرير طوعي عن تطبيق الاتفاق العالمي من أجل الهجرة، ونرجو منكم التكرم بالإجابة عن الاستفسارات التالية قبل إرسال التقرير، حرصاً على مطابقته لما ورد في رسالة الدعوة:

١- هل يُقبل التقرير باللغة العربية وحدها، أم يلزم إرفاق ترجمة إنكليزية أو ملخص تنفيذي بالإنكليزية؟
٢- هل هناك حد أقصى لعدد الصفحات أو نموذج معتمد يجب التقيد به؟
٣- هل يجوز إرفاق نسخ من أحكام قضائية بعد حجب أسماء الأطراف، بصفتها ملاحق للتقرير؟ وما هو الحد الأقصى لحجم المرفقات؟
٤- ورد في الفقرة الثالثة من الدعوة أن آخر موعد هو ١٦ شباط؛ هل المقصود نهاية يوم ١٦ بتوقيت بيروت؟

مع جزيل الشكر مسبقاً، ونعتذر عن كثرة الأسئلة.

جنى فرحات
منسقة الشبكة
شبكة المساعدين القانونيين المجتمعيين
"""
    body = pair(text, "000000000000f31b8a05ba5c2d11", rtl=True, cte="base64")
    m = mk(when, sent, "mail-wr1-f49.google.example.com", "209.85.221.49", "4DVC0n8Zq1z4",
           addr("Jana Farhat", "paralegal.network.lb@gmail.example.com"),
           hdr("استفسار بخصوص التقرير الطوعي (اللغة، عدد الصفحات، المرفقات)"),
           "<CAH2qTn5Lw9FarhatX0kR3yVb7Mc1Sd8Pe4Gj6Qa@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="numbered questions (language, length, anonymised judgments as annexes, meaning of the deadline) "
              "before sending a report: keyword-heavy ('تقرير طوعي', '١٦ شباط') but nothing is submitted; Latin "
              "display name on an Arabic message. The report follows in h182-21."))


M08_ID = "<1612272823.518204.1719@webmail.topnet.example.tn>"


def m08():
    when = at("2021-02-02 15:33:48")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Suite à votre aimable invitation, j'ai l'honneur de vous faire part de mon souhait d'intervenir lors de la troisième table ronde thématique de la Conférence régionale d'examen (24-25 février 2021).

Notre commission assure depuis 2015 une permanence d'assistance juridique gratuite au profit des personnes migrantes et demandeuses d'asile à Sfax, et a suivi plus de 600 dossiers (rétention, contentieux du travail, état civil des enfants nés en Tunisie). Mon intervention porterait sur l'accès effectif au juge et à l'aide juridictionnelle.

Je reste à votre disposition pour toute précision.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Me Sonia Ben Ammar
Avocate à la Cour de cassation
Présidente de la Commission « Migrations et asile »
Ordre des avocats de Sfax
Tunisie
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "webmail.topnet.example.tn", "197.14.9.41", "4DVN2p4Yh8z6",
           addr("Sonia Ben Ammar", "me.benammar@topnet.example.tn", "iso-8859-1", "Q"),
           hdr("Demande d'intervention - 3e table ronde", "iso-8859-1", "Q"), M08_ID, body,
           extra=[("User-Agent", "Horde Application Framework 5")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sonia Ben Ammar", "Présidente de la Commission « Migrations et asile »", "Ordre des avocats de Sfax",
           ["roundtable"], 3)],
        notes="name, title and affiliation only in the signature; 'Me' (Maître) is an honorific, dropped; the "
              "signature has two titles: the professional qualification ('Avocate à la Cour de cassation') and "
              "the function in the bar's commission, which is the one recorded (secretary's choice, not in "
              "dev); the city belongs to the bar's name, the country line after it does not; ISO-8859-1 QP; "
              "'troisième table ronde' = 3."))


M09_REPORT = "LegalClinic_VoluntaryReport_GCM_Feb2021.pdf"
M09_SUMMARY = "Executive_Summary_AR.docx"


def m09():
    when = at("2021-02-03 12:17:26")
    sent = sent_at(when, 2, 6)
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Migrant Legal Aid Clinic of the Faculty of Law, University of the Levant, together with an Arabic executive summary of the same report.

The report (28 pp.) covers 214 consultations provided by supervised law students between October 2018 and December 2020 and addresses GCM Objectives 6, 13 and 16. Following the Faculty's citation rules, all case references are anonymised (e.g. "Case LC-2019-041"); the underlying files can be consulted on request under the conditions set out in section 1.4.

In addition, we would like to propose that the Clinic's Director take the floor at the Regional Review Conference, in Roundtable Four:

  Dr. Maha Saadi
  Director, Migrant Legal Aid Clinic
  Faculty of Law, University of the Levant

Her CV and a photograph are attached, as requested by some conference organisers; please disregard them if not needed.

Kind regards,

Yazan Qudah
Teaching Assistant | Migrant Legal Aid Clinic
Faculty of Law, University of the Levant
"""
    alt_ = pair(text, "000000000000a84c9205ba71e5c7")
    atts = [
        attach("application/pdf", doc_pdf("Migrant Legal Aid Clinic - Voluntary GCM Review Report",
                                          "Faculty of Law, University of the Levant - February 2021",
                                          ["Methodology", "Findings on access to justice", "Recommendations"]),
               M09_REPORT),
        attach(DOCX, make_docx(["ملخص تنفيذي", "تقرير المراجعة الطوعية - العيادة القانونية"]), M09_SUMMARY),
        attach("application/pdf", make_pdf(["Curriculum vitae", "Maha Saadi, LL.M., PhD"]), "CV_Maha_Saadi_2021.pdf"),
        attach("image/png", make_png(12, 16, (180, 150, 120)), "Maha_Saadi_photo.png"),
    ]
    body = multi("mixed", [alt_] + atts, "000000000000a84c9405ba71e5c9")
    m = mk(when, sent, "mail-pf1-f175.google.example.com", "209.85.210.175", "4DW4xR1kTcz8",
           "Yazan Qudah <y.qudah@law.levant-univ.example.edu>",
           "Voluntary GCM review report - Migrant Legal Aid Clinic + speaker proposal (Roundtable 4)",
           "<CAL5wQm2Rn8QudahP1tX4yVb6Hc0Sd3Lk9Ej7Fa@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maha Saadi", "Director, Migrant Legal Aid Clinic", "Faculty of Law, University of the Levant",
           ["roundtable"], 4)],
        report_attachments=[M09_REPORT, M09_SUMMARY],
        notes="both, on time; four attachments: the report and its Arabic executive summary are the report, the "
              "CV (PDF) and photo (PNG) are decoys; the sender (teaching assistant) is not the speaker; 'Dr.' "
              "dropped; title kept with the clinic (dev 012), the faculty and university as affiliation; "
              "'Roundtable Four' = 4; GCM objective numbers are not roundtables."))


def m10():
    when = at("2021-02-04 21:08:55")
    sent = sent_at(when, 2, 9)
    text = """مرحبا
بعتذر عالتأخير بالرد، بعتلكم تعبئة الاستمارة اللي طلبتوها عن المتحدثين من شبكتنا، نحنا شبكة مساعدين قانونيين بنشتغل مع العاملات بالمنازل والعمال بالبناء. نسخت المعلومات من الفورم تبعنا متل ما هي:

--- المتحدث/ة ١ ---
الاسم الكامل: ريم حداد
المسمى الوظيفي: منسقة ميدانية
الجهة: شبكة المساعدين القانونيين المجتمعيين
نوع المشاركة: مداخلة بالجلسة العامة

--- المتحدث/ة ٢ ---
الاسم الكامل: جهاد سلامة
المسمى الوظيفي: مساعد قانوني مجتمعي (باراليغال)
الجهة: نفس الشبكة
نوع المشاركة: الطاولة المستديرة التانية (عن الوصول للعدالة)

اذا بدكم اي شي تاني احكوني عالرقم تحت
يعطيكم العافية
ريم

أُرسلت من هاتفي Huawei
"""
    body = pair(text, "--_com.android.email_1612465726003812", rtl=True, cte="base64",
                html=page('<div dir="auto">' + "<br>".join(esc(x) for x in text.strip().split("\n")) + "</div>"))
    m = mk(when, sent, "mail-pg1-f193.google.example.com", "209.85.215.193", "4DWwG0q7Nhz2",
           addr("Reem Haddad", "reem.h.paralegal@gmail.example.com"), hdr("استمارة المتحدثين"),
           "<CAJ0tVq8Lm3HaddadR7xW2yNb5Kc1Sd6Pe9Gf4Ta@mail.gmail.example.com>", body,
           extra=[("X-Mailer", "Android Email")])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم حداد", "منسقة ميدانية", "شبكة المساعدين القانونيين المجتمعيين", ["plenary"]),
        sp("جهاد سلامة", "مساعد قانوني مجتمعي (باراليغال)", "شبكة المساعدين القانونيين المجتمعيين",
           ["roundtable"], 2)],
        notes="Levantine colloquial from a phone; two speakers in a pasted form; the second speaker's affiliation "
              "is 'نفس الشبكة' (same network) and is recorded as the network named above; title kept as written "
              "with the parenthetical 'باراليغال' (secretary's choice); 'الجلسة العامة' = plenary, 'الطاولة "
              "المستديرة التانية' (dialect spelling) = roundtable 2. Same network as h182-07."))


def m11():
    when = at("2021-02-05 09:14:30")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Je vous remercie pour votre accusé de réception, bien reçu.

Je reste naturellement à votre disposition pour vous communiquer une courte biographie si le programme devait en comporter.

Bien confraternellement,

Me Sonia Ben Ammar

----- Message d'origine -----
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
À : Sonia Ben Ammar <me.benammar@topnet.example.tn>
Envoyé : mardi 2 février 2021 15:34
Objet : Accusé de réception - Demande d'intervention - 3e table ronde

> Madame,
>
> Nous accusons réception de votre demande d'intervention, qui sera examinée par le comité
> d'organisation. Vous serez informée de la suite qui lui sera donnée.
>
> Le secrétariat de l'examen régional
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    ack_id = "<ack.4DVN2p4Yh8z6@gcmrrarabstates.iom.int>"
    m = mk(when, sent, "webmail.topnet.example.tn", "197.14.9.41", "4DX8fP3wKmz1",
           addr("Sonia Ben Ammar", "me.benammar@topnet.example.tn", "iso-8859-1", "Q"),
           re_hdr("RE: ", "Accusé de réception - Demande d'intervention - 3e table ronde", "iso-8859-1"),
           "<1612509265.611930.2204@webmail.topnet.example.tn>", body,
           extra=[("User-Agent", "Horde Application Framework 5"), ("In-Reply-To", ack_id),
                  ("References", "%s %s" % (M08_ID, ack_id))])
    add(11, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h182-08.eml",
        notes="thank-you in reply to our acknowledgement of h182-08 (References names both): adds nothing new "
              "(offering a biography 'si le programme devait en comporter' is not a submission), so no "
              "acknowledgement; quoted acknowledgement repeats the request's subject."))


def m12():
    when = at("2021-02-05 23:47:12")
    sent = sent_at(when, 3, 11)
    text = """Dear Sir or Madam,

Pursuant to paragraph 4 of the invitation letter of 26 January 2021, I hereby request a floor intervention in one of the plenary sessions of the Regional Review Conference (24-25 February 2021).

Speaker: Omar Al-Khatib
Title: Senior Legal Officer, Refugee and Migrant Legal Aid Programme
Affiliation: Iraqi Legal Aid Association (ILAA), Erbil office

I would address (i) the implementation of GCM Objective 7 in relation to legal identity documentation, and (ii) the legal aid gaps documented in ILAA's 2020 monitoring (see https://ilaa.example.org/monitoring-2020, pp. 12-19).

I apologise for the late hour of this submission, which is nonetheless made within the deadline of 5 February.

Respectfully,

Omar Al-Khatib
Senior Legal Officer
Iraqi Legal Aid Association (ILAA)
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "mail.ilaa.example.org", "185.84.231.9", "4DXVt92cPbz5",
           "Omar Al-Khatib <o.alkhatib@ilaa.example.org>", "Request for floor intervention - plenary",
           "<e7d41a2c-5b38-4f0e-9c61-2a8f0b93d4e5@ilaa.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("Content-Language", "en-US")])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Omar Al-Khatib", "Senior Legal Officer, Refugee and Migrant Legal Aid Programme",
           "Iraqi Legal Aid Association (ILAA)", ["plenary"])],
        notes="edge: Date header Sat 6 Feb 00:47 +0300 (already the 6th for the sender) but received 23:47:12 on "
              "5 February Beirut time: on time. Title with its programme (dev 012); ', Erbil office' after the "
              "organisation is a place, not part of the affiliation; acronym kept; the signature's shorter title "
              "is not used; GCM objective 7 and page numbers are not roundtables."))


def m13():
    when = at("2021-02-06 10:22:41")
    sent = sent_at(when, 1, 6)
    rows = [("Me Abdelkrim Fassi", "Bâtonnier de l'Ordre", "Ordre des avocats de Rabat", "Session plénière"),
            ("Me Nadia Cherkaoui", "Membre du Conseil de l'Ordre, chargée de l'aide juridictionnelle",
             "Ordre des avocats de Rabat", "Table ronde thématique n° 1")]
    trs = "".join("<tr>%s</tr>" % "".join("<td style=\"padding:3pt\">%s</td>" % esc(c) for c in r) for r in rows)
    html = """<div style="font-family:Times New Roman,serif;font-size:12pt">
<p>Madame, Monsieur,</p>
<p>N/Réf. : ODA-R/SG/2021/117<br>V/Réf. : votre lettre d'invitation du 26 janvier 2021</p>
<p>Sur instruction de Monsieur le Bâtonnier, j'ai l'honneur de vous communiquer ci-après les noms des confrères que l'Ordre des avocats de Rabat souhaite voir intervenir lors de la Conférence régionale d'examen du Pacte mondial pour les migrations :</p>
<table border="1" style="border-collapse:collapse"><tr><th>Nom</th><th>Qualité</th><th>Institution</th><th>Intervention souhaitée</th></tr>%s</table>
<p>Le Conseil de l'Ordre n'ayant pu délibérer qu'en sa séance du jeudi 4 février, cette communication vous parvient au-delà du délai indiqué ; nous vous serions obligés de bien vouloir néanmoins l'examiner.</p>
<p>Veuillez agréer, Madame, Monsieur, l'assurance de notre parfaite considération.</p>
<p>Le Secrétaire général<br>Me Youssef Alaoui<br>Ordre des avocats de Rabat – Palais de justice, Rabat</p>
</div>""" % trs
    body = leaf("text/html", page(html), "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-ve1eur03.outbound.protection.example.com", "40.107.5.112", "4DXm0B6sRqz9",
           addr("Secrétariat général – Ordre des avocats de Rabat", "sg@barreau-rabat.example.ma", enc="Q"),
           hdr("ODA-R/SG/2021/117 – Intervenants proposés – Conférence régionale PMM", enc="Q"),
           "<VE1PR03MB5518F2A7B4C09D13E@VE1PR03MB5518.eurprd03.prod.outlook.example.com>", body,
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Abdelkrim Fassi", "Bâtonnier de l'Ordre", "Ordre des avocats de Rabat", ["plenary"]),
        sp("Nadia Cherkaoui", "Membre du Conseil de l'Ordre, chargée de l'aide juridictionnelle",
           "Ordre des avocats de Rabat", ["roundtable"], 1)],
        notes="LATE (6 February) and says why; HTML-only, two speakers in an HTML table, sent by the bar's "
              "secretary-general on the bâtonnier's instruction (the sender is not a speaker); 'Me' dropped; "
              "'Bâtonnier de l'Ordre' is a title; 'n° 1' = roundtable 1; reference numbers (N/Réf., V/Réf.) are "
              "not roundtables; RFC 2047 Q display name with an en dash."))


M14_WORD = "تقرير لجنة الحريات - المراجعة الطوعية للاتفاق العالمي 2021.docx"
M14_PDF = "تقرير لجنة الحريات - المراجعة الطوعية للاتفاق العالمي 2021.pdf"


def m14():
    when = at("2021-02-08 14:03:19")
    sent = sent_at(when, 2, 5)
    text = """السادة المنظمة الدولية للهجرة / أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة
تحية طيبة وبعد،

الإشارة: ل.ح/٢٠٢١/٣٤
الموضوع: التقرير الطوعي للجنة الحريات العامة وحقوق الإنسان

بالإشارة إلى دعوتكم الكريمة، نرفق لكم طيّه التقرير الطوعي الذي أعدّته لجنة الحريات العامة وحقوق الإنسان في نقابة المحامين حول تطبيق الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ولا سيما ما يتعلق بحق العمال المهاجرين في الوصول إلى العدالة والمساعدة القانونية المجانية (الأهداف ٧ و١٣ و١٧).

وقد أرفقنا نسختين من التقرير ذاته: نسخة Word قابلة للتحرير ونسخة PDF موقّعة، والمضمون واحد في النسختين.

وتفضلوا بقبول فائق الاحترام.

المحامي ناصر العبيدي
مقرر لجنة الحريات العامة وحقوق الإنسان
نقابة المحامين العراقيين – بغداد
"""
    alt_ = pair(text, "_000_AM9PR04MB8231D6A0E5F21C47AM9PR04MB8231eurp_", rtl=True, cte="base64")
    atts = [
        attach(DOCX, make_docx(["التقرير الطوعي", "لجنة الحريات العامة وحقوق الإنسان", "الوصول إلى العدالة"]),
               M14_WORD),
        attach("application/pdf", doc_pdf("Committee on Public Freedoms and Human Rights - Voluntary report",
                                          "Iraqi Bar Association - 2021",
                                          ["Access to justice", "Free legal aid", "Recommendations"]), M14_PDF),
        attach("image/png", make_png(20, 20, (10, 60, 30)), "image001.png", inline=True),
    ]
    body = multi("mixed", [alt_] + atts, "_004_AM9PR04MB8231D6A0E5F21C47AM9PR04MB8231eurp_")
    m = mk(when, sent, "mail-am9eur04.outbound.protection.example.com", "40.107.12.60", "4DZ3sT9kVwz2",
           addr("لجنة الحريات - نقابة المحامين", "freedoms.committee@iraqibar.example.iq"),
           hdr("التقرير الطوعي - لجنة الحريات العامة وحقوق الإنسان - نقابة المحامين"),
           "<AM9PR04MB8231D6A0E5F21C47@AM9PR04MB8231.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-IQ")])
    add(14, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M14_WORD, M14_PDF],
        notes="bar association committee's report sent as two copies (DOCX and signed PDF, 'المضمون واحد'): both "
              "files recorded as the report; inline signature image excluded; long Arabic file names with "
              "spaces and Latin digits (RFC 2231 + RFC 2047); Outlook Arabic; GCM objective numbers in the body."))


def m15():
    when = at("2021-02-09 11:46:05")
    sent = sent_at(when, 2, 4)
    text = """حضرات السادة في أمانة المراجعة الإقليمية
تحية واحتراماً،

بتكليف من الأستاذ المحامي فادي عيتاني، رئيس مجلس إدارة مرصد العدالة للعمال المهاجرين، يسرّني أن أنقل إليكم رغبته في الاضطلاع بدور المقرِّر الذي يتولّى عرض الرسائل الرئيسية لأصحاب المصلحة أمام المؤتمر.

ونحيطكم علماً بأن بيانات المتحدث هي الآتية:
- الاسم: فادي عيتاني
- الصفة: رئيس مجلس الإدارة
- الجهة: مرصد العدالة للعمال المهاجرين – بيروت، لبنان

ونعتذر عن تأخر هذا الطلب عن الموعد المحدد، إذ لم تصلنا الدعوة إلا عن طريق إحدى الجمعيات الشريكة.

مع فائق الاحترام،
كارين نصّار
مديرة مكتب رئيس مجلس الإدارة
"""
    body = pair(text, "----=_NextPart_000_0041_01D6FECA.7E2B1C40", rtl=True)
    m = mk(when, sent, "mail.justice-observatory.example.org.lb", "91.232.100.17", "4DZs1b4LxFz8",
           addr("كارين نصّار", "office@justice-observatory.example.org.lb"),
           hdr("طلب المشاركة بصفة مقرر - مرصد العدالة للعمال المهاجرين"),
           "<000001d6fec9$8a2c1e40$9e845ac0$@justice-observatory.example.org.lb>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW/smKLB5AnoRDSeKbDxy5")])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فادي عيتاني", "رئيس مجلس الإدارة", "مرصد العدالة للعمال المهاجرين", ["rapporteur"])],
        notes="LATE (9 February), apologises; sent on behalf of the speaker by the director of his office "
              "(the sender is not the speaker); 'الأستاذ المحامي' is an honorific plus profession, dropped; the "
              "place after the organisation ('– بيروت، لبنان') is not part of the affiliation; 'المقرِّر ... "
              "الرسائل الرئيسية' = rapporteur. Outlook desktop (Arabic HTML + text)."))


M16_REPORT = "PNDW_GCM_Voluntary_Report_2021_final.pdf"
M16_A = "Annex_A_Methodology_and_Case_Coding.pdf"
M16_B = "Annex_B_Table_of_Legislation.pdf"


def m16():
    when = at("2021-02-10 16:30:50")
    sent = sent_at(when, 3, 7)
    text = """Dear GCM Regional Review team,

On behalf of the Paralegal Network for Domestic Workers (PNDW), I am pleased to submit our voluntary GCM review report for the Regional Review in the Arab region.

Attachments (3):
  - PNDW_GCM_Voluntary_Report_2021_final.pdf (main report, 41 pp.)
  - Annex_A_Methodology_and_Case_Coding.pdf
  - Annex_B_Table_of_Legislation.pdf

A few remarks for the record:
(a) The report has been validated by the Network's steering committee on 8 February 2021 (minutes available on request).
(b) Section 3 relies on the 2020 ILO/OHCHR guidance on access to justice for migrant workers; full references are in the bibliography (pp. 37-41).
(c) Should the file size be an issue, the same documents are available at https://drive.example.com/pndw-gcm-2021 (read-only).

We would be grateful for a short confirmation of receipt.

Best regards,
Aisha Rahman
Legal Programme Lead
Paralegal Network for Domestic Workers (PNDW)
Doha | Kuwait City | Manama
"""
    html = page('<div dir="ltr">' + text2html(text) + "</div>")
    alt_ = pair(text, "0000000000003e9d1f05bb0a4c18", html=html)
    atts = [
        attach("application/pdf", doc_pdf("PNDW - Voluntary GCM Review Report 2021",
                                          "Paralegal Network for Domestic Workers",
                                          ["Context", "Access to justice", "Recommendations"]), M16_REPORT),
        attach("application/pdf", doc_pdf("Annex A - Methodology and case coding", "PNDW", ["Sampling"]), M16_A),
        attach("application/pdf", doc_pdf("Annex B - Table of legislation", "PNDW", ["Labour laws"]), M16_B),
    ]
    body = multi("mixed", [alt_] + atts, "0000000000003e9d2105bb0a4c1a")
    m = mk(when, sent, "mail-qk1-f181.google.example.com", "209.85.222.181", "4DbHk70yNmz3",
           "Aisha Rahman <pndw.legal@gmail.example.com>",
           "[PNDW] Voluntary GCM review report - submission (3 attachments)",
           "<CAM1pXr6Lq0RahmanN8tW3yVb2Hc7Sd5Ke4Gj9Ua@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M16_REPORT, M16_A, M16_B],
        notes="paralegal network's report: main PDF plus two annexes, all listed in the body and all recorded; a "
              "drive link to the same files is not a further attachment; lettered remarks, page references and "
              "a validation date in the body; '[PNDW]' tag in the subject."))


def m17():
    when = at("2021-02-11 10:11:11")
    sent = sent_at(when, 2, 5)
    text = """Dear Sir/Madam,

Ref.: ABA/LAC/2021/07 (follow-up)

Further to our e-mail of 28 January 2021 reproduced below, we should be grateful if you could confirm (i) that the nominations of Adv. Tabbaa and Adv. Odeh have been received, and (ii) the date by which the organisers will notify the speakers selected, so that the Committee may make the necessary arrangements.

We note that we have not received any acknowledgement to date; it may have been filtered by our server.

Yours faithfully,

Lama Shahin
Committee Secretary
Legal Aid and Migrants' Rights Committee
Amman Bar Association

From: Lama Shahin
Sent: Thursday, January 28, 2021 9:40 AM
To: gcmrrarabstates@iom.int
Subject: Ref. ABA/LAC/2021/07 - Nomination of speakers - GCM Regional Review

""" + M02_TEXT
    body = pair(text, "_000_DB7PR06MB53215E0B17A9C3F4DB7PR06MB5321eurp_",
                html=page("<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">%s</div>"
                          % text2html(text)))
    m = mk(when, sent, "mail-db7eur06.outbound.protection.example.com", "40.107.13.90", "4DbqJ36nWvz4",
           "Lama Shahin <lac.secretary@aba-jo.example.org>",
           "RE: Ref. ABA/LAC/2021/07 - Nomination of speakers - GCM Regional Review",
           "<DB7PR06MB53215E0B17A9C3F4@DB7PR06MB5321.eurprd06.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID), ("Content-Language", "en-US"),
                  ("Thread-Topic", "Ref. ABA/LAC/2021/07 - Nomination of speakers - GCM Regional Review")])
    add(17, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h182-02.eml",
        notes="follow-up to h182-02 (In-Reply-To set): asks whether the two nominations were received and when "
              "speakers will be notified; quotes the whole original (Outlook style, not '>'-prefixed) with its "
              "labelled speaker lines: the new text proposes nobody, so no speakers; a question, acknowledge."))


M18_FILE = "REMAJ_Rapport_volontaire_PMM_2021_v2_corrigé.pdf"


def m18():
    when = at("2021-02-12 18:40:27")
    sent = sent_at(when, 1, 8)
    text = """Madame, Monsieur,

N/Réf. : REMAJ/SE/2021-004 bis

En complément de notre envoi du 31 janvier 2021 (réf. REMAJ/SE/2021-004), nous vous prions de bien vouloir trouver ci-joint une version corrigée du rapport volontaire collectif du REMAJ. Les corrections portent sur le tableau 3 (p. 14), dont deux lignes étaient interverties, et sur la note de bas de page n° 27.

Cette version annule et remplace la précédente. Les annexes 1 et 2 demeurent inchangées et ne sont donc pas renvoyées.

Nous avons par ailleurs libéré de l'espace dans notre boîte de réception, votre accusé de réception ne nous étant pas parvenu.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Imane Belhadj
Chargée de programme – REMAJ
"""
    alt_ = pair(text, "----=_Part_30981_447201196.1613148019880")
    rep = attach("application/pdf", doc_pdf("REMAJ - Rapport volontaire collectif - PMM 2021 (version corrigee)",
                                           "Reseau maghrebin d'aide juridique aux personnes migrantes",
                                           ["Acces a l'aide juridictionnelle", "Detention administrative",
                                            "Recommandations", "Tableau 3 corrige"]), M18_FILE)
    body = multi("mixed", [alt_, rep], "----=_Part_30980_1951738302.1613148019880")
    m = mk(when, sent, "smtp.remaj.example.org", "196.203.77.12", "4DcT8m5HqRz7",
           "REMAJ Secretariat <contact@remaj.example.org>",
           hdr("RE: REMAJ/SE/2021-004 – Rapport volontaire collectif – Examen régional PMM", enc="Q"),
           "<0b7c3e19-2f4d-4a86-b1e0-7d5a9c2f6e18@remaj.example.org>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID),
                  ("User-Agent", "Zimbra 8.8.15_GA (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3953)")])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of="h182-04.eml", report_attachments=[M18_FILE],
        notes="corrected version of the report of h182-04 ('annule et remplace'), reply to it, on time; only the "
              "main document is re-sent (annexes unchanged, not recorded here); accented file name (RFC 2231); "
              "mentions the bounced acknowledgement (h182-05)."))


M19_REPORT = "تقرير العيادة القانونية - الاتفاق العالمي للهجرة.pdf"


def m19():
    when = at("2021-02-14 20:19:33")
    sent = sent_at(when, 1, 6)
    text = """السيدات والسادة المحترمون،
سلام تام بوجود مولانا الإمام،

يشرفني أن أوافيكم، باسم العيادة القانونية لكلية العلوم القانونية والاقتصادية والاجتماعية، بتقريرنا الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وهو مرفق بهذه الرسالة في صيغة PDF (٢٢ صفحة)، وقد أعدّه فريق من الطلبة الباحثين تحت إشرافي اعتماداً على ملفات الاستشارات المقدّمة للمهاجرين من دول جنوب الصحراء بين ٢٠١٨ و٢٠٢٠.

كما أتشرف بأن أقترح نفسي للقيام بدور المقرِّرة التي تقدم الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر، إن كان ذلك لا يزال ممكناً، مع علمي بأن أجل طلبات المداخلة قد انقضى.

البيانات:
الاسم: الدكتورة خديجة الإدريسي
الصفة: أستاذة التعليم العالي ومنسقة العيادة القانونية
المؤسسة: كلية العلوم القانونية والاقتصادية والاجتماعية، جامعة محمد الأول – وجدة

وتقبلوا فائق عبارات التقدير والاحترام.

د. خديجة الإدريسي
"""
    alt_ = pair(text, "Apple-Mail=_6F1B2C3D-8E4A-4B7C-9D0E-1F2A3B4C5D6E", rtl=True)
    rep = leaf("application/pdf", doc_pdf("Clinique juridique - rapport volontaire PMM",
                                          "Faculte des sciences juridiques, economiques et sociales - Oujda",
                                          ["Acces a la justice", "Recommandations"]),
               cte="base64", params=[("name", '"%s"' % b_word(M19_REPORT))],
               disp="attachment;\r\n\tfilename*=utf-8''%s" % __import__("urllib.parse").parse.quote(
                   M19_REPORT.encode("utf-8"), safe=""))
    body = multi("mixed", [alt_, rep], "Apple-Mail=_0A9B8C7D-6E5F-4A3B-2C1D-0E9F8A7B6C5D")
    m = mk(when, sent, "st43p00im-zteg10073401.me.example.com", "17.58.63.181", "4DdWq27cLtz1",
           addr("Khadija El Idrissi", "k.elidrissi@ump.example.ma"),
           hdr("تقرير طوعي + اقتراح مقررة - العيادة القانونية"),
           "<8C2E4F61-0A9B-4D3C-B7E5-91F2A6D8C043@ump.example.ma>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("خديجة الإدريسي", "أستاذة التعليم العالي ومنسقة العيادة القانونية",
           "كلية العلوم القانونية والاقتصادية والاجتماعية، جامعة محمد الأول", ["rapporteur"])],
        report_attachments=[M19_REPORT],
        notes="both, received 14 February: report part on time, speaker part late (she says so), so on_time "
              "false; Moroccan formal Arabic opening; 'الدكتورة' dropped; title kept with the clinic (dev 012); "
              "the city after the university ('– وجدة') is not part of the affiliation; Apple Mail, RFC 2231 "
              "filename + RFC 2047 name for the Arabic PDF name; Latin display name."))


def m20():
    when = at("2021-02-15 09:58:02")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Je me permets de vous écrire, avec retard je le sais, pour vous proposer l'intervention de Maître Karim Zouari lors d'une séance plénière de la conférence des 24 et 25 février.

Me Zouari intervient pour l'Association tunisienne d'aide juridique aux étrangers (ATAJE) et pourrait présenter les résultats de notre permanence juridique au port de La Goulette.

Merci de me dire si c'est encore possible.

Cordialement
Skander
ATAJE

________________________________
Envoyé depuis Mail Orange
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent, "smtp-out.orange.example.tn", "41.224.16.3", "4DdqS05gXkz6",
           "skander.ataje@orange.example.tn", "Intervention plénière",
           "<1613375877944.41907@orange.example.tn>", body, extra=[("X-Mailer", "Orange Messagerie 11.3")])
    add(20, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Karim Zouari", None, "Association tunisienne d'aide juridique aux étrangers (ATAJE)", ["plenary"])],
        notes="LATE (15 February) and says so; sent on behalf of the speaker by a member known by first name "
              "only; 'Maître'/'Me' dropped; the speaker's title is not given (being a lawyer is implied by "
              "'Maître' but no title is written): null; bare From address without display name; 8bit body."))


def m21():
    when = at("2021-02-16 23:52:40")
    sent = sent_at(when, 3, 14)
    text = """السادة أمانة المراجعة الإقليمية المحترمين،
تحية طيبة،

إلحاقاً باستفسارنا بتاريخ ٢ شباط، وبما أنه لم يشترط نموذج محدد، نورد فيما يلي نص تقريرنا الطوعي مباشرة في متن الرسالة، تفادياً لأي مشكلة في المرفقات.

التقرير الطوعي لشبكة المساعدين القانونيين المجتمعيين حول تطبيق الاتفاق العالمي من أجل الهجرة (٢٠١٩-٢٠٢٠)

أولاً: نبذة عن الشبكة
تضم الشبكة ٣٤ مساعداً ومساعدة قانونية مجتمعية في بيروت وجبل لبنان والبقاع، يعملون بإشراف محامين متطوعين على توجيه العاملات في الخدمة المنزلية والعمال المهاجرين إلى سبل الانتصاف المتاحة.

ثانياً: أبرز الملاحظات
١- ارتفع عدد الحالات التي تابعتها الشبكة من ٤١٢ حالة في ٢٠١٩ إلى ٩٧٦ حالة في ٢٠٢٠، وتتعلق ٦٢٪ منها بأجور غير مدفوعة.
٢- يتعذر على معظم العاملات الوصول إلى مجالس العمل التحكيمية بسبب احتجاز أوراقهن الثبوتية (الهدف ٤ من الاتفاق).
٣- غياب المساعدة القضائية المجانية في الدعاوى العمالية خارج بيروت.

ثالثاً: التوصيات
١- إدراج المساعدين القانونيين المجتمعيين في آليات الإحالة الرسمية.
٢- تعديل الأصول المتبعة أمام مجالس العمل التحكيمية لتسمح بالتمثيل من قبل جمعيات.
٣- ضمان ترجمة مجانية أمام المحاكم.

المراجع: قانون العمل اللبناني (١٩٤٦)، المادة ٧ منه؛ تقارير الشبكة الفصلية ٢٠١٩-٢٠٢٠.

مع الشكر،
جنى فرحات
منسقة الشبكة
"""
    body = pair(text, "000000000000d29a4e05bb79f3b0", rtl=True, cte="base64")
    m = mk(when, sent, "mail-wr1-f51.google.example.com", "209.85.221.51", "4DfB7z1QwKz3",
           addr("Jana Farhat", "paralegal.network.lb@gmail.example.com"),
           hdr("التقرير الطوعي - شبكة المساعدين القانونيين المجتمعيين"),
           "<CAH2qTn9Rx4FarhatB6mP1yWc3Kd8Se2Lf5Hk7Va@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="edge: received 23:52:40 on 16 February Beirut time (Date header 00:52 +0300 on the 17th): on time. "
              "The report is written in the body (no attachment): report_attachments empty. Refers back to the "
              "question h182-07 but is a new submission, not a follow-up of it (no In-Reply-To): thread_of null "
              "(secretary's choice; the question opened no submission). Numbered sections, GCM objective 4 and "
              "a law article are not roles or roundtables."))


M22_MAIN = "Report – GCM Review – Access to Legal Aid – Final (clean).docx"
M22_ANX = "Annex – Table of Authorities.pdf"


def m22():
    when = at("2021-02-17 08:05:16")
    sent = sent_at(when, 4, 6)
    text = """Dear Secretariat,

Please find attached, for the GCM Regional Review, a voluntary review report prepared by the Pro Bono Practice of Haddad & Mourad LLP together with two partner legal clinics, and its annex (Table of Authorities).

We regret that the report reaches you one day after the 16 February deadline; the final sign-off by the partners' committee took place only last night. We would nonetheless be grateful if it could be taken into account.

For the avoidance of doubt: the attached .docx is the clean final version; no tracked-changes version is being submitted.

Kind regards,

Leila Mourad
Partner, Head of Pro Bono Practice
Haddad & Mourad LLP
Dubai International Financial Centre

This message is confidential and may be privileged. If you have received it in error, please notify the sender immediately and delete it.
"""
    alt_ = pair(text, "_000_DX0PR08MB7741A2C9E0F3B51DDX0PR08MB7741namp_",
                html=page("<div style=\"font-family:Arial,sans-serif;font-size:10pt\">%s</div>" % text2html(text)))
    atts = [attach(DOCX, make_docx(["Access to Legal Aid for Migrant Workers", "Voluntary GCM review report",
                                    "Pro Bono Practice, Haddad & Mourad LLP"]), M22_MAIN),
            attach("application/pdf", make_pdf(["Annex - Table of Authorities", "Statutes", "Cases"]), M22_ANX)]
    body = multi("mixed", [alt_] + atts, "_004_DX0PR08MB7741A2C9E0F3B51DDX0PR08MB7741namp_")
    m = mk(when, sent, "mail-dx0pr08.outbound.protection.example.com", "40.107.95.44", "4DfR0L8pSbz5",
           "\"Mourad, Leila\" <leila.mourad@hm-law.example.ae>",
           "GCM Regional Review - voluntary report (Pro Bono Practice) - late submission",
           "<DX0PR08MB7741A2C9E0F3B51D@DX0PR08MB7741.namprd08.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M22_MAIN, M22_ANX],
        notes="LATE by about 8 hours (17 February), says so; law firm pro bono practice; report DOCX plus its "
              "annex, both recorded; file names with en dashes and parentheses (RFC 2231 + RFC 2047); From in "
              "'Last, First' form; legal confidentiality footer."))


M23_FILE = "Contribution_AJM_examen_regional_PMM.docx"


def m23():
    when = at("2021-02-18 12:37:59")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Objet : contribution volontaire à l'examen régional du PMM et proposition d'intervention

L'association Avocats sans frontières du Maghreb – Aide aux justiciables migrants (ASFM-AJM) vous adresse, en pièce jointe, sa contribution écrite à l'examen régional du Pacte mondial pour les migrations (format Word, 18 pages).

Nous souhaiterions également que notre directrice, Mme Hajer Mansouri, puisse prendre la parole lors de la deuxième table ronde, consacrée à notre connaissance aux droits et à l'accès à la justice.

Nom : Hajer Mansouri
Fonction : Directrice exécutive
Organisation : ASFM-AJM

Nous sommes conscients que les délais sont dépassés et vous remercions par avance de votre compréhension.

Sincères salutations,

Walid Trabelsi
Responsable administratif et financier
Avocats sans frontières du Maghreb – Aide aux justiciables migrants (ASFM-AJM)
"""
    alt_ = pair(text, "000000000000e5b1c705bb8e2a01")
    rep = attach(DOCX, make_docx(["Contribution écrite", "Examen régional du PMM", "ASFM-AJM"]), M23_FILE)
    body = multi("mixed", [alt_, rep], "000000000000e5b1c905bb8e2a03")
    m = mk(when, sent, "mail-ed1-f44.google.example.com", "209.85.208.44", "4DfxC71jPmz9",
           "ASFM-AJM <asfm.ajm@gmail.example.com>",
           hdr("Contribution volontaire PMM + intervention table ronde 2 (ASFM-AJM)", enc="Q"),
           "<CAN7kYq4Lw1TrabelsiM5xR8zVb0Hc2Sd9Pe3Gf6Wa@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Hajer Mansouri", "Directrice exécutive",
           "Avocats sans frontières du Maghreb – Aide aux justiciables migrants (ASFM-AJM)", ["roundtable"], 2)],
        report_attachments=[M23_FILE],
        notes="both parts LATE (18 February); report called 'contribution écrite/volontaire' (DOCX); speaker "
              "on labelled lines ('Nom :') whose organisation line has only the acronym: the fullest form written "
              "(body and signature) is recorded with the acronym; the sender (administrative officer) is not the "
              "speaker; 'Mme' dropped; 'deuxième table ronde' = 2."))


def m24():
    when = at("2021-02-22 10:20:00")
    sent = sent_at(when, 2, 5)
    text = """السادة المحترمين،

نرجو التكرم بإفادتنا عمّا إذا كان تقريرنا الطوعي المرسل بتاريخ ١٦ شباط (النص في متن الرسالة أدناه) قد وصلكم، إذ لم نتلقَّ أي إشعار بالاستلام، وقد يكون ذهب إلى البريد غير المرغوب فيه. كما نود أن نعرف إن كان سيُنشر على الموقع الإلكتروني للمؤتمر.

شكراً سلفاً،
جنى فرحات

---------- Forwarded message ---------
From: Jana Farhat <paralegal.network.lb@gmail.example.com>
Date: Tue, Feb 16, 2021 at 11:52 PM
Subject: التقرير الطوعي - شبكة المساعدين القانونيين المجتمعيين
To: <gcmrrarabstates@iom.int>

السادة أمانة المراجعة الإقليمية المحترمين،
تحية طيبة،

إلحاقاً باستفسارنا بتاريخ ٢ شباط، وبما أنه لم يشترط نموذج محدد، نورد فيما يلي نص تقريرنا الطوعي مباشرة في متن الرسالة، تفادياً لأي مشكلة في المرفقات.

التقرير الطوعي لشبكة المساعدين القانونيين المجتمعيين حول تطبيق الاتفاق العالمي من أجل الهجرة (٢٠١٩-٢٠٢٠)
[...]
"""
    body = pair(text, "000000000000b41c6a05bbe0d7f2", rtl=True, cte="base64")
    orig = "<CAH2qTn9Rx4FarhatB6mP1yWc3Kd8Se2Lf5Hk7Va@mail.gmail.example.com>"
    m = mk(when, sent, "mail-wr1-f47.google.example.com", "209.85.221.47", "4DjKp52sTxz4",
           addr("Jana Farhat", "paralegal.network.lb@gmail.example.com"),
           re_hdr("Fwd: ", "التقرير الطوعي - شبكة المساعدين القانونيين المجتمعيين"),
           "<CAH2qTn3Vb8FarhatQ0pL6yXd1Ke5Sf9Mg2Jh4Wb@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", orig), ("References", orig)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h182-21.eml",
        notes="'did you receive it?' follow-up (Gmail forward of her own message, In-Reply-To set, English "
              "forward header) with a question about publication; the forwarded part repeats the start of the "
              "body report of h182-21 but nothing new is submitted: other, acknowledge, thread_of h182-21."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
