#!/usr/bin/env python3
"""Write the blind evaluation set holdout166 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets166.py
Theme: culture, arts and sport: theatre companies, film festivals, artists' collectives, museums, sports clubs
and federations working with migrants, cultural centres of diasporas.  8 Arabic, 8 English, 8 French messages:
voluntary reports, speaker requests (two speakers, on behalf, late, details in a signature or a pasted form),
messages doing both, questions/thanks/follow-ups, an out-of-office and a bounce.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, rfcdate, sp, std_rows, text2html, top, tz, alt, html_only, sent_at, dsn_report)

SET = EvalSet(166)
add = SET.add

INVITE_ID = "<INV-2021-01-26-FR.0007@gcmrrarabstates.iom.int>"
INVITE_SUBJ_FR = "Invitation - Examen régional du Pacte mondial sur les migrations dans la région arabe"


# ================================================================ 01 auto-reply (fr)
def m01():
    when = at("2021-01-27 09:41:05")
    d = sent_at(when, 1, 2)
    text = """Bonjour,

Je suis absente du musée jusqu'au lundi 1er février inclus (congés). Votre message ne sera pas transféré.

Pour toute question relative aux expositions et à la médiation, merci d'écrire à mediation@musee-memoires.example.fr ; pour la presse : presse@musee-memoires.example.fr.

Cordialement,
Claire Mercier
Responsable des publics
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp-out.musee-memoires.example.fr", "193.51.24.17", "4DQj2k1Lbvz4",
                    "Claire Mercier <c.mercier@musee-memoires.example.fr>",
                    hdr("Réponse automatique : " + INVITE_SUBJ_FR, enc="Q"), rfcdate(d),
                    "<zimbra.auto.88213.1611736863@musee-memoires.example.fr>",
                    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("X-Mailer", "Zimbra 8.8.15_GA_3869")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation reply to the French invitation (Auto-Submitted: auto-replied (vacation), Precedence: "
              "bulk, null Return-Path); a museum 'Responsable des publics' signs it: not a speaker request. "
              "Never acknowledge."))


# ================================================================ 02 speaker, labelled lines (en)
M02_ID = "<CAK9f2pZrT0q=Hh5xWm3Vd7bN1sYc8uQeL4aG6oJ@mail.gmail.example.com>"


def m02():
    when = at("2021-01-28 13:17:52")
    d = sent_at(when, 2, 6)
    text = """Hello,

We received your invitation through the Jordanian NGO coalition, thank you. Our company works with young refugees and migrant workers through forum theatre, in Arabic, Urdu and Amharic, and we would really like to bring that experience to the conference.

We'd like to request a floor intervention in thematic roundtable 2:

Name: Laith Haddadin
Title: Artistic Director
Organisation: Pavement Theatre Company (PTC), Amman

If roundtable 2 is full we are happy to take another slot.

Thanks a lot,
Laith

--
Laith Haddadin
Artistic Director | Pavement Theatre Company
Jabal al-Weibdeh, Amman
"""
    body = alt(text, "000000000000a91c0e05b9f1c2d4")
    m = mk(when, d, "mail-wr1-f53.google.example.com", "209.85.221.53", "4DR3nS0gkHz1",
           "Laith Haddadin <laith.ptc@gmail.example.com>", "Speaking request - roundtable 2 - Pavement Theatre",
           M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Laith Haddadin", "Artistic Director", "Pavement Theatre Company (PTC)", ["roundtable"], 2)],
        notes="labelled lines; the organisation line is followed by the city ('(PTC), Amman'): the place is not "
              "part of the affiliation, the acronym is kept; 'another slot' if full does not make roundtable null."))


# ================================================================ 03 speaker, two speakers, sport (ar)
def m03():
    when = at("2021-01-29 20:06:31")
    d = sent_at(when, 3, 5)
    text = """السادة/ أمانة المراجعة الإقليمية للميثاق العالمي للهجرة      المحترمين
السلام عليكم ورحمة الله وبركاته

إشارة إلى دعوتكم الكريمة، يود نادي الجاليات الرياضي - الدوحة أن يشارك في أعمال المؤتمر الإقليمي، حيث ينظم النادي منذ 2015 دوري كرة القدم للعمال الوافدين بمشاركة أكثر من 60 فريقاً.

ونرشح للكلمة كلاً من:
1) السيد/ عبدالعزيز المهندي - رئيس مجلس إدارة النادي - للمداخلة في الجلسة العامة.
2) الكابتن جوزيف أوتينو - مدرب فريق الشباب ومسؤول البرامج المجتمعية - للمداخلة في المائدة المستديرة الرابعة.

وتفضلوا بقبول فائق الاحترام والتقدير،

إدارة العلاقات العامة
نادي الجاليات الرياضي
الدوحة - قطر
"""
    body = alt(text, "_000_DB8PR10MB3291A0B1C2D3E4F5DB8PR10MB3291EURP_", rtl=True, b64=True)
    m = mk(when, d, "mail-db8eur05.outbound.protection.example.com", "40.107.20.81", "4DRw9b3kQpz6",
           addr("نادي الجاليات الرياضي", "pr@communities-sc.example.qa"),
           hdr("ترشيح متحدثين - نادي الجاليات الرياضي"),
           "<DB8PR10MB3291A0B1C2D3E4F5@DB8PR10MB3291.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-QA")])
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالعزيز المهندي", "رئيس مجلس إدارة النادي", "نادي الجاليات الرياضي", ["plenary"]),
        sp("جوزيف أوتينو", "مدرب فريق الشباب ومسؤول البرامج المجتمعية", "نادي الجاليات الرياضي", ["roundtable"], 4)],
        notes="two speakers on numbered lines, name - title - role; honorifics 'السيد/' and the sports honorific "
              "'الكابتن' (coach/captain, used as a form of address) dropped from the names; the affiliation is the "
              "club named in the body ('نادي الجاليات الرياضي - الدوحة': the city is not part of it); sent by the PR "
              "department, not by a speaker; 'المائدة المستديرة الرابعة' = roundtable 4."))


# ================================================================ 04 report, collective, PDF (fr)
M04_ID = "<000a01d6f6a3$5e2b7c10$1a826430$@collectif-traverses.example.org>"


def m04():
    when = at("2021-01-30 17:22:48")
    d = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

Au nom du Collectif d'artistes Traverses et des sept structures culturelles associées (ateliers d'arts plastiques, compagnies de danse et de conte de Tunis, Sousse et Médenine), nous avons l'honneur de vous adresser ci-joint notre rapport volontaire commun sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte principalement sur l'objectif 16 (inclusion et cohésion sociale) et l'objectif 17 (lutte contre la discrimination et discours public), à partir de nos résidences artistiques menées avec des migrants subsahariens depuis 2018.

La liste des structures signataires figure en page 2.

Nous restons à votre disposition pour tout complément.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Inès Gharbi
Coordinatrice
Collectif d'artistes Traverses
"""
    fname = "Rapport_volontaire_PMM_Collectif_Traverses_janv2021.pdf"
    pdf = make_pdf(["Collectif d'artistes Traverses", "Rapport volontaire commun - Pacte mondial sur les migrations",
                    "Objectifs 16 et 17 - janvier 2021"])
    body = multi("mixed", [alt(text, "----=_NextPart_001_000B_01D6F6A3.5E2DE410"),
                           attach("application/pdf", pdf, fname)], "----=_NextPart_000_000A_01D6F6A3.5E2DE410")
    m = mk(when, d, "smtp.collectif-traverses.example.org", "102.156.8.40", "4DSH5t2cXvz2",
           addr("Inès Gharbi", "ines.gharbi@collectif-traverses.example.org", enc="Q"),
           hdr("Rapport volontaire - Collectif d'artistes Traverses", enc="Q"), M04_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbzpF4rQ9a0k1mGTk2Qy8vB4sLw1A=="),
                  ("Content-Language", "fr")])
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective voluntary report (artists' collective + seven cultural structures) as a PDF; formal "
              "administrative French; mentions GCM objectives. Followed up by h166-19."))


# ================================================================ 05 speaker on behalf, HTML only (en)
def m05():
    when = at("2021-02-01 10:33:19")
    d = sent_at(when, 2, 5)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear GCM Regional Review Secretariat,</p>
<p>I am writing on behalf of <b>Ms. Rania Saadeh</b>, Director of the Beirut Migrant Film Days, who would be honoured to act as one of the <b>rapporteurs</b> delivering the stakeholders&#39; key messages at the Regional Review Conference on 24&ndash;25 February.</p>
<p>For your records:</p>
<ul>
<li>Rania Saadeh &ndash; Festival Director, Beirut Migrant Film Days (BMFD)</li>
</ul>
<p>Rania has been moderating our community screenings with domestic workers&#39; groups since 2017 and is used to summing up long discussions in a few minutes! She is travelling this week, so please copy me on any correspondence.</p>
<p>Warm regards,</p>
<p style="color:#555">Joelle Azar<br>
Programme &amp; Partnerships Coordinator<br>
<b>Beirut Migrant Film Days</b><br>
Mar Mikhael, Beirut<br>
<a href="https://bmfd.example.org">bmfd.example.org</a></p>
</div>"""
    body = html_only(inner)
    m = mk(when, d, "mail-he1eur02.outbound.protection.example.com", "40.107.1.66", "4DTJq71mVbz8",
           "Joelle Azar <joelle@bmfd.example.org>", "Rapporteur nomination - Beirut Migrant Film Days",
           "<HE1PR0301MB2214F0E1D2C3B4A5@HE1PR0301MB2214.eurprd03.prod.outlook.example.com>", body,
           cc="Rania Saadeh <rania@bmfd.example.org>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Saadeh", "Festival Director", "Beirut Migrant Film Days (BMFD)", ["rapporteur"])],
        notes="HTML-only; the sender (programme coordinator, own title in the signature) writes on behalf of the "
              "festival director, who is in Cc; 'Ms.' dropped; two titles are written for her ('Director of the "
              "Beirut Migrant Film Days' in prose, 'Festival Director' in the list): the label takes the list form."))


# ================================================================ 06 other: question (ar)
def m06():
    when = at("2021-02-01 15:48:40")
    d = sent_at(when, 2, 7)
    text = """مرحبا،

احنا اتحاد رياضي للجاليات بلبنان وبدنا نبعتلكم تقرير طوعي عن شغلنا مع الشباب المهاجرين، بس عنا كم سؤال قبل:
- فينا نكتب التقرير بالعربي ولا لازم يكون بالإنجليزي؟
- في عدد صفحات محدد أو نموذج لازم نلتزم فيه؟
- وإذا بعتناه كفيديو قصير مع ملخص مكتوب، بيتقبل؟

شكراً كتير وبانتظار ردكم
ميشال
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, d, "mail-lj1-f182.google.example.com", "209.85.208.182", "4DTQx60pNmz3",
           addr("Michel Khoury", "michel.khoury.sport@gmail.example.com"), hdr("استفسار عن التقرير الطوعي"),
           "<CAF3n7tQ8wP2yK4=eR6mB0cV9xZ1hJ5dL7gS3aU@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions in Lebanese colloquial Arabic about the language, length and format of a voluntary report "
              "(announced, not submitted); display name in Latin script, body in Arabic: reply in Arabic."))


# ================================================================ 07 both: museum, PDF + roundtable 3 (en)
M07_ID = "<AM7PR02MB5592D1E2F3A4B5C6@AM7PR02MB5592.eurprd02.prod.outlook.example.com>"


def m07():
    when = at("2021-02-02 11:09:27")
    d = sent_at(when, 2, 4)
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Museum of Migration Heritage (MoMH), covering our oral history archive, the "Arriving Voices" exhibition and our school programme with refugee pupils (2018-2020).

We would also like to propose our curator for a floor intervention in the third thematic roundtable:

Dr. Nadine Abou Jaoude, Chief Curator, Oral History and Collections Department, Museum of Migration Heritage (MoMH)

Please let me know if you need a short bio.

Kind regards,

Samer Tannous
Director
Museum of Migration Heritage (MoMH)
Byblos, Lebanon
T +961 9 540 000
"""
    fname = "MoMH_Voluntary_GCM_Review_Report_2021.pdf"
    pdf = make_pdf(["Museum of Migration Heritage (MoMH)", "Voluntary GCM Review Report", "February 2021"])
    body = multi("mixed", [alt(text, "_000_AM7PR02MB5592D1E2F3A4B5C6AM7PR02MB5592eurp_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_AM7PR02MB5592D1E2F3A4B5C6AM7PR02MB5592eurp_")
    m = mk(when, d, "mail-am7eur03.outbound.protection.example.com", "40.107.3.92", "4DV0pH4rWcz5",
           "Samer Tannous <director@momh.example.org>", "MoMH - voluntary report and roundtable speaker",
           M07_ID, body, extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes")])
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nadine Abou Jaoude", "Chief Curator, Oral History and Collections Department",
           "Museum of Migration Heritage (MoMH)", ["roundtable"], 3)],
        report_attachments=[fname],
        notes="report PDF and a speaker request in one message, both on time; the speaker is not the sender; "
              "'Dr.' dropped; her title is written with its department and kept whole (as dev 012); "
              "'third thematic roundtable' = 3. Thanked in h166-15."))


# ================================================================ 08 speaker, pasted form (fr)
M08_ID = "<5f3c2a9e-1b7d-4e8a-9c0f-6d2e1a4b8c73@maisondesdiasporas.example.fr>"


def m08():
    when = at("2021-02-02 18:55:03")
    d = sent_at(when, 1, 6)
    text = """Bonjour,

Suite à notre inscription en ligne, je vous recopie ci-dessous la fiche d'intervention remplie par notre association, le formulaire ne nous ayant pas permis de joindre ces informations.

----------------------------------------
FICHE INTERVENANT(E)
Nom : Konaté
Prénom : Aminata
Fonction : Chargée de mission culture et citoyenneté
Structure : Maison des Diasporas Africaines de Marseille (MDAM)
Type d'intervention souhaitée : discussion ouverte - consultation multipartite du 23/02
Thème : la place des artistes migrants dans les politiques culturelles locales
----------------------------------------

Bien cordialement,

Le secrétariat de la MDAM
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, d, "smtp.maisondesdiasporas.example.fr", "62.210.16.63", "4DVBx32TqLz7",
           "MDAM Secretariat <contact@maisondesdiasporas.example.fr>",
           hdr("Fiche intervenant(e) - Maison des Diasporas Africaines", enc="Q"), M08_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminata Konaté", "Chargée de mission culture et citoyenneté",
           "Maison des Diasporas Africaines de Marseille (MDAM)", ["open_discussion"])],
        notes="speaker details in a pasted registration form with surname and first name on separate lines "
              "('Nom : Konaté' / 'Prénom : Aminata'): the secretary records 'Aminata Konaté' (not verbatim in the "
              "text); sent by the association's secretariat; 'discussion ouverte - consultation multipartite' = "
              "open_discussion. Speaker replaced (late) by h166-16."))


# ================================================================ 09 speaker, signature only, phone (ar)
def m09():
    when = at("2021-02-03 12:14:56")
    d = sent_at(when, 2, 9)
    text = """صباح الخير

انا عايز اشارك في المناقشة المفتوحة بتاعة يوم 23 فبراير، عندنا تجربة مع ولاد اللاجئين السودانيين والاريتريين في عين شمس من خلال ورش المسرح والحكي، وحابب اتكلم عن ازاي الفن بيساعد في الاندماج وفي الصحة النفسية.

سجلت على الرابط امبارح.

شكرا

محمود الجزار
مخرج مسرحي ومؤسس
فرقة حكاوي الشارع المسرحية
القاهرة

مرسل من هاتف Samsung Galaxy الذكي الخاص بي
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">' + text2html(text).replace("\n", "") + '</div></body></html>\n')
    body = alt(text, "--_com.samsung.android.email_1612347296123450", html=html, b64=True)
    m = mk(when, d, "mail-pj1-f49.google.example.com", "209.85.216.49", "4DVmR41yHsz9",
           addr("Mahmoud Elgazzar", "mahmoud.elgazzar88@gmail.example.com"), hdr("المناقشة المفتوحة"),
           "<wd2c6ftyk1ohp4bxsd0q3ej7.1612347296123@email.android.example.com>", body)
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود الجزار", "مخرج مسرحي ومؤسس", "فرقة حكاوي الشارع المسرحية", ["open_discussion"])],
        notes="Egyptian colloquial, Samsung phone client (signature line 'مرسل من هاتف Samsung'); name, title and "
              "affiliation only in the signature (city on its own line, not part of the affiliation); the sender "
              "is the speaker; display name in Latin script."))


# ================================================================ 10 bounce (en)
def m10():
    when = at("2021-02-03 16:02:37")
    text = """This is the mail system at host mx.bmfd.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<rania@bmfd.example.org>: host mailstore.bmfd.example.org[10.0.4.12] said: 552
    5.2.2 <rania@bmfd.example.org>: Recipient address rejected: Mailbox full
    (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx.bmfd.example.org\n"
           "X-Postfix-Queue-ID: 7C1A23E0451\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; rania@bmfd.example.org\n"
           "Original-Recipient: rfc822;rania@bmfd.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mailstore.bmfd.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <rania@bmfd.example.org>: Recipient address rejected: Mailbox full\n"
           % rfcdate(when - dt.timedelta(seconds=4)))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Joelle Azar <joelle@bmfd.example.org>\n"
            "Cc: Rania Saadeh <rania@bmfd.example.org>\n"
            "Subject: Acknowledgement of receipt - Rapporteur nomination - Beirut Migrant Film Days\n"
            "Date: %s\n"
            "Message-ID: <ACK-2021-02-03-0042@gcmrrarabstates.iom.int>\n" % rfcdate(when - dt.timedelta(seconds=9)))
    body = dsn_report(text, dsn, hdrs, "7C1A23E0451.1612360957/mx.bmfd.example.org")
    rows = std_rows(when, "mx.bmfd.example.org", "185.18.148.22", "4DVtB70gKnz2",
                    "MAILER-DAEMON@mx.bmfd.example.org (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(tz(when, 2)),
                    "<20210203140237.7C1A23E0451@mx.bmfd.example.org>", extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(10, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full) for the acknowledgement of h166-05 copied to the festival "
              "director; the returned headers name the speaker request. Never acknowledge."))


# ================================================================ 11 speaker, federation, two speakers (fr)
def m11():
    when = at("2021-02-04 09:27:14")
    d = sent_at(when, 1, 5)
    text = """Objet : Désignation de représentants – Conférence régionale d'examen du PMM

Madame, Monsieur,

Faisant suite à votre aimable invitation, j'ai l'honneur de vous faire part de la désignation des représentants de la Fédération Tunisienne du Sport pour Tous (FTST) – Tunis aux travaux de la Conférence régionale d'examen du Pacte mondial sur les migrations (24-25 février 2021) :

- M. Hatem Ben Salah, Président de la Fédération, pour une intervention en séance plénière ;
- Mme Olfa Triki, Directrice technique nationale, en qualité de rapporteure chargée de présenter les messages clés des parties prenantes.

Mme Triki pilote depuis 2019 le programme « Sport, quartiers et migrations » mené avec des clubs de Sfax et de l'Ariana.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

P/ Le Président
Le Secrétaire général
Nabil Jaziri
"""
    body = alt(text, "=_a7e34c1b9d2f0e5a8b6c4d3e2f1a0b9c")
    m = mk(when, d, "smtp.ftst.example.tn", "41.229.0.118", "4DWL5c2yPfz6",
           addr("FTST - Secrétariat général", "sg@ftst.example.tn", enc="Q"),
           hdr("Désignation de représentants – Conférence régionale d'examen du PMM", enc="Q"),
           "<6b1e0f2a9c7d4e3b@ftst.example.tn>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hatem Ben Salah", "Président", "Fédération Tunisienne du Sport pour Tous (FTST)", ["plenary"]),
        sp("Olfa Triki", "Directrice technique nationale", "Fédération Tunisienne du Sport pour Tous (FTST)",
           ["rapporteur"])],
        notes="administrative letter ('Objet :' line in the body, 'P/ Le Président'), sent by the secretary "
              "general who is not a speaker; two speakers with different roles; 'M.'/'Mme' dropped; the "
              "president's title 'Président de la Fédération' recorded as 'Président' (the organisation is the "
              "affiliation); '(FTST) – Tunis': city not part of the affiliation; 'rapporteure' (feminine)."))


# ================================================================ 12 report, DOCX, Arabic file name (ar)
M12_ID = "<CAM8xQ1bR5tY2=wP9kN3vH6cJ0dZ4fL7sE1gA8uT@mail.gmail.example.com>"
F12 = "التقرير الطوعي - البيت الثقافي السوداني.docx"


def m12():
    when = at("2021-02-04 14:40:22")
    d = sent_at(when, 2, 8)
    text = """الإخوة والأخوات في أمانة المراجعة الإقليمية،
تحية طيبة،

مرفق طيه التقرير الطوعي للبيت الثقافي السوداني بالقاهرة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتناول التقرير أنشطتنا الثقافية مع أبناء الجالية (الموسيقى والمكتبة والدروس الليلية) والصعوبات التي تواجه اللاجئين والمهاجرين في الحصول على الإقامة والتعليم.

نأمل أن يكون مفيداً في أعمال المراجعة.

مع الشكر،
آمنة عثمان
سكرتيرة البيت الثقافي السوداني
"""
    doc = make_docx(["Sudanese Cultural House - Cairo", "Voluntary GCM review report", "February 2021"])
    body = multi("mixed", [alt(text, "000000000000e4b7a805ba81d3f2", rtl=True, b64=True), attach(DOCX, doc, F12)],
                 "000000000000e4b7a905ba81d3f4")
    m = mk(when, d, "mail-ed1-f66.google.example.com", "209.85.208.66", "4DWTv36jRmz1",
           addr("آمنة عثمان", "amna.osman.sch@gmail.example.com"), hdr("التقرير الطوعي - البيت الثقافي السوداني"),
           M12_ID, body)
    add(12, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[F12],
        notes="Gmail, Arabic attachment name (RFC 2231 + RFC 2047); diaspora cultural centre; revised by h166-21."))


# ================================================================ 13 speaker, edge on time, phone, two roles (en)
def m13():
    when = at("2021-02-05 23:41:09")
    d = sent_at(when, 3, 11)
    text = """Dear GCM team,

Apologies for the last-minute message. Goal Together Foundation would like to propose our founder and CEO, Mariam Yusuf, to speak at the conference. She would like to join the open discussion on 23 February and, if possible, also make a short intervention in roundtable 1.

Goal Together runs mixed football and netball leagues for migrant domestic workers and refugee girls in Kuwait and Jordan.

Many thanks,
Peter Okello
Communications, Goal Together Foundation

Sent from my Galaxy
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, d, "mail-oi1-f170.google.example.com", "209.85.167.170", "4DXmN23cVtz8",
           "Peter Okello <peter.okello@goaltogether.example.org>", "Speaker proposal - Goal Together Foundation",
           "<1a6f3e2c-99b0-4d1e-a7c3-5e8f20b4d6a1@goaltogether.example.org>", body,
           extra=[("X-Mailer", "Android")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mariam Yusuf", "Founder and CEO", "Goal Together Foundation", ["open_discussion", "roundtable"], 1)],
        notes="edge: the Date header (Sat 6 Feb 00:40 +0300) is already 6 February for the sender, but the server "
              "received it at 23:41 on 5 February Beirut time: on time. Sent from a phone by a communications "
              "officer; speaker given in prose ('our founder and CEO, Mariam Yusuf'): title recorded as 'Founder "
              "and CEO' (not verbatim: 'founder and CEO'); two roles, roundtable 1."))


# ================================================================ 14 speaker, late by minutes (ar)
def m14():
    when = at("2021-02-06 00:14:38")
    d = sent_at(when, 3, 6)
    text = """السادة المنظمين،
تحية طيبة،

نرجو قبول ترشيحنا للمشاركة بصفة مقرر لعرض الرسائل الرئيسية لأصحاب المصلحة في المؤتمر الإقليمي، مع اعتذارنا عن التأخير بسبب انقطاع الكهرباء والإنترنت مساء اليوم.

الاسم: رامي حداد
الصفة: منسق المشاريع الفنية
الجهة: تجمع فنون بلا حدود، غازي عنتاب

نحن مجموعة من الفنانين التشكيليين والموسيقيين السوريين والأتراك نعمل مع الأطفال اللاجئين منذ 2016.

مع الاحترام،
رامي حداد
"""
    body = alt(text, "----=_Part_409113_1520371811.1612563272000", rtl=True, b64=True)
    m = mk(when, d, "sonic305-20.consmr.mail.ir2.yahoo.example.com", "77.238.176.149", "4DXqC51fGkz3",
           addr("رامي حداد", "rami.haddad.art@yahoo.example.com"), hdr("ترشيح مقرر - تجمع فنون بلا حدود"),
           "<1027364519.409114.1612563272000@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("رامي حداد", "منسق المشاريع الفنية", "تجمع فنون بلا حدود", ["rapporteur"])],
        notes="late by 15 minutes: received 00:14 on 6 February Beirut time (Date header 01:14 +0300); apologises "
              "for the delay; labelled Arabic lines with the city after the organisation ('، غازي عنتاب': not "
              "part of the affiliation); 'بصفة مقرر' = rapporteur."))


# ================================================================ 15 other: thanks to our acknowledgement (en)
ACK07_ID = "<ACK-2021-02-02-0031@gcmrrarabstates.iom.int>"


def m15():
    when = at("2021-02-07 10:52:30")
    d = sent_at(when, 2, 4)
    text = """Thank you, well received. Nadine will send her bio this week.

Best,
Samer

Get Outlook for iOS
________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 11:12 AM
To: Samer Tannous <director@momh.example.org>
Subject: Acknowledgement of receipt - MoMH - voluntary report and roundtable speaker

Dear Samer Tannous,

Thank you for your message to the Regional Review of the Global Compact for Migration in the Arab region. We confirm receipt of your voluntary GCM review report and of your speaker request for the thematic roundtable.

GCM Regional Review Secretariat
"""
    body = alt(text, "_000_AM7PR02MB55920A1B2C3D4E5FAM7PR02MB5592eurp_")
    m = mk(when, d, "mail-am7eur03.outbound.protection.example.com", "40.107.3.97", "4DYb0k6tFsz4",
           "Samer Tannous <director@momh.example.org>",
           "Re: Acknowledgement of receipt - MoMH - voluntary report and roundtable speaker",
           "<AM7PR02MB55920A1B2C3D4E5F@AM7PR02MB5592.eurprd02.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ACK07_ID), ("References", M07_ID + " " + ACK07_ID),
                  ("X-Mailer", "Outlook-iOS-Android")])
    add(15, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h166-07.eml",
        notes="Outlook iOS thank-you to our acknowledgement of h166-07; announces a bio but adds nothing to the "
              "submission: do not acknowledge. The quoted acknowledgement mentions the report and the speaker request."))


# ================================================================ 16 speaker replaced, late (fr)
def m16():
    when = at("2021-02-08 16:30:45")
    d = sent_at(when, 1, 5)
    text = """Bonjour,

Mme Konaté ne sera malheureusement pas disponible le 23 février. Nous souhaiterions la remplacer par M. Ibrahima Sow, responsable des projets artistiques de la MDAM, pour la même discussion ouverte.

Désolés pour ce changement tardif.

Bien cordialement,
Le secrétariat de la MDAM

Le 02/02/2021 à 18:54, MDAM Secretariat a écrit :
> Bonjour,
>
> Suite à notre inscription en ligne, je vous recopie ci-dessous la fiche d'intervention remplie par notre association, le formulaire ne nous ayant pas permis de joindre ces informations.
>
> ----------------------------------------
> FICHE INTERVENANT(E)
> Nom : Konaté
> Prénom : Aminata
> Fonction : Chargée de mission culture et citoyenneté
> Structure : Maison des Diasporas Africaines de Marseille (MDAM)
> Type d'intervention souhaitée : discussion ouverte - consultation multipartite du 23/02
> Thème : la place des artistes migrants dans les politiques culturelles locales
> ----------------------------------------
>
> Bien cordialement,
>
> Le secrétariat de la MDAM
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, d, "smtp.maisondesdiasporas.example.fr", "62.210.16.63", "4DZ2wQ0hXvz5",
           "MDAM Secretariat <contact@maisondesdiasporas.example.fr>",
           hdr("Re: Fiche intervenant(e) - Maison des Diasporas Africaines", enc="Q"),
           "<9a0d4b7c-2e61-4f38-b5a9-c1e7f3d08b24@maisondesdiasporas.example.fr>", body,
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID),
                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of="h166-08.eml", speakers=[
            sp("Ibrahima Sow", "Responsable des projets artistiques",
               "Maison des Diasporas Africaines de Marseille (MDAM)", ["open_discussion"])],
        notes="replacement speaker for h166-08 (Thunderbird reply to own message, '>'-quoted form still holds the "
              "old speaker's lines); received 8 February, after the speaker deadline: on_time false; role only by "
              "reference ('la même discussion ouverte'); affiliation only as the acronym 'MDAM' in the new text, "
              "recorded in its full written form from the quoted form; title capitalised as a register entry "
              "('responsable des projets artistiques' in prose)."))


# ================================================================ 17 report, network of festivals, PDF + poster (en)
def m17():
    when = at("2021-02-09 13:05:58")
    d = sent_at(when, 1, 7)
    text = """Dear Regional Review team,

On behalf of the eleven member festivals of MEFFIN, I am pleased to submit our collective voluntary GCM review report (attached, PDF). It draws on two years of touring screenings and post-screening debates with migrant and host communities in Morocco, Tunisia, Lebanon and Jordan, and focuses on objectives 16 and 17.

I also attach the poster of our 2020 screening tour, just for your information - it is not part of the report.

Best wishes,

Sofia Marchetti
Network Coordinator
Mediterranean Film Festivals for Inclusion Network (MEFFIN)
Palermo | Tunis
"""
    f1 = "MEFFIN collective voluntary GCM review report.pdf"
    f2 = "MEFFIN_tour_2020_poster.png"
    pdf = make_pdf(["Mediterranean Film Festivals for Inclusion Network (MEFFIN)",
                    "Collective voluntary GCM review report", "February 2021"])
    body = multi("mixed", [alt(text, "00000000000071d0c305baf2a6b1"), attach("application/pdf", pdf, f1),
                           attach("image/png", make_png(12, 18, (230, 120, 20)), f2)],
                 "00000000000071d0c505baf2a6b3")
    m = mk(when, d, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DZnX12bYqz7",
           "Sofia Marchetti <coordination@meffin.example.org>",
           "Collective voluntary GCM review report - MEFFIN", "<CAJ0rV3pX8nB=uT2yH5kM9cQ1wE6fD4sZ7aL0gN@mail.gmail.example.com>",
           body)
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1],
        notes="collective report of a network of film festivals; a poster image is attached 'not part of the "
              "report'; the sender is an Italian coordinator writing in English."))


# ================================================================ 18 both, report on time, speaker late (ar)
def m18():
    when = at("2021-02-10 11:47:03")
    d = sent_at(when, 3, 5)
    text = """السادة الكرام في فريق المراجعة الإقليمية،
تحية طيبة وبعد،

يسرنا أن نرفق لكم التقرير الطوعي للاتحاد العربي للرياضة المجتمعية حول دور الرياضة في دمج المهاجرين واللاجئين، وهو حصيلة عمل الأندية الأعضاء في الأردن والعراق ولبنان خلال عامي 2019 و2020.

كما نود، إن أمكن، ترشيح الأستاذة ليلى النمري، مديرة برنامج الرياضة للجميع في الاتحاد، للمداخلة في المائدة المستديرة رقم ٢، ونعتذر عن تأخرنا في إرسال الترشيح.

وتفضلوا بقبول فائق الاحترام،

خالد العبادي
المدير التنفيذي
الاتحاد العربي للرياضة المجتمعية (ACSF)
عمّان - الأردن
"""
    fname = "ACSF_Voluntary_Report_GCM_2021_AR.pdf"
    pdf = make_pdf(["Arab Community Sport Federation (ACSF)", "Voluntary GCM review report - Arabic", "2021"])
    body = multi("mixed", [alt(text, "_000_VI1PR08MB4110B7C8D9E0F1A2VI1PR08MB4110eurp_", rtl=True, b64=True),
                           attach("application/pdf", pdf, fname)], "_004_VI1PR08MB4110B7C8D9E0F1A2VI1PR08MB4110eurp_")
    m = mk(when, d, "mail-vi1eur05.outbound.protection.example.com", "40.107.21.70", "4DbH3m6wLcz2",
           addr("خالد العبادي", "k.alabbadi@acsf.example.jo"),
           hdr("التقرير الطوعي وترشيح متحدثة - الاتحاد العربي للرياضة المجتمعية"),
           "<VI1PR08MB4110B7C8D9E0F1A2@VI1PR08MB4110.eurprd08.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-JO")])
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("ليلى النمري", "مديرة برنامج الرياضة للجميع", "الاتحاد العربي للرياضة المجتمعية (ACSF)", ["roundtable"], 2)],
        report_attachments=[fname],
        notes="both, received 10 February: the report part is on time, the speaker part is late, so on_time is "
              "false. Speaker is not the sender, 'الأستاذة' dropped; her affiliation only by reference ('في "
              "الاتحاد'), recorded in the fullest written form (signature, with the Latin acronym; the city is "
              "not part of it); roundtable in Arabic-Indic digit ('رقم ٢')."))


# ================================================================ 19 other: did you receive our report? (fr)
def m19():
    when = at("2021-02-11 10:19:34")
    d = sent_at(when, 1, 4)
    text = """Bonjour,

Pourriez-vous nous confirmer la bonne réception de notre rapport volontaire envoyé le 30 janvier ? Nous n'avons reçu aucun accusé de réception et nos partenaires nous posent la question.

Merci d'avance,
Inès Gharbi
Collectif d'artistes Traverses

-----Message d'origine-----
De : Inès Gharbi <ines.gharbi@collectif-traverses.example.org>
Envoyé : samedi 30 janvier 2021 16:22
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire - Collectif d'artistes Traverses

Madame, Monsieur,

Au nom du Collectif d'artistes Traverses et des sept structures culturelles associées (ateliers d'arts plastiques, compagnies de danse et de conte de Tunis, Sousse et Médenine), nous avons l'honneur de vous adresser ci-joint notre rapport volontaire commun sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.
[...]
"""
    body = alt(text, "----=_NextPart_001_0031_01D70055.1C4A2B90")
    m = mk(when, d, "smtp.collectif-traverses.example.org", "102.156.8.40", "4Dc0r85kMpz9",
           addr("Inès Gharbi", "ines.gharbi@collectif-traverses.example.org", enc="Q"),
           hdr("RE: Rapport volontaire - Collectif d'artistes Traverses", enc="Q"),
           "<003101d70055$1c4a2b90$54de82b0$@collectif-traverses.example.org>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h166-04.eml",
        notes="follow-up asking whether the report of h166-04 was received (the PDF is not re-sent); Outlook "
              "'-----Message d'origine-----' quote of the original, which still says 'ci-joint notre rapport'."))


# ================================================================ 20 report, iPhone minimal, DOCX (fr)
def m20():
    when = at("2021-02-12 21:36:12")
    d = sent_at(when, 1, 9)
    text = """Bonsoir,
Ci-joint le rapport du ciné-club pour l'examen régional.
Bonne soirée
Karim

Envoyé de mon iPhone
"""
    fname = "Rapport PMM Ciné-club Horizons Croisés.docx"
    doc = make_docx(["Cine-club Horizons Croises (Oran)", "Contribution volontaire a l'examen regional du PMM"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach(DOCX, doc, fname)],
                 "Apple-Mail-4F2B8C1D-7E3A-4B9F-A6D0-2C5E8F1B3A97")
    m = mk(when, d, "smtp.horizons-croises.example.dz", "105.235.130.9", "4DcZ6t1jNhz4",
           "Karim Bouziane <k.bouziane@horizons-croises.example.dz>", "Rapport",
           "<8E3C1F4A-2B7D-4A6E-9F0C-5D1B3E7A2C84@horizons-croises.example.dz>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="minimal iPhone message, subject just 'Rapport'; the attachment name has accents (RFC 2231/2047) and "
              "is the only hint of the organisation; 'examen régional' ties it to the review."))


# ================================================================ 21 report revised, reply to own message (ar)
F21 = "التقرير الطوعي - البيت الثقافي السوداني - نسخة معدلة.pdf"


def m21():
    when = at("2021-02-15 12:08:47")
    d = sent_at(when, 2, 6)
    text = """تحية طيبة،

نرسل لكم نسخة معدلة من تقريرنا بعد إضافة قسم عن الأطفال غير المصحوبين وتصحيح بعض الأرقام، نرجو اعتماد هذه النسخة بدلاً من السابقة.

شكراً لكم
آمنة عثمان
البيت الثقافي السوداني

‫في الخميس، 4 فبراير 2021 في 2:40 م، كتب آمنة عثمان <amna.osman.sch@gmail.example.com>:‬
> الإخوة والأخوات في أمانة المراجعة الإقليمية،
> تحية طيبة،
>
> مرفق طيه التقرير الطوعي للبيت الثقافي السوداني بالقاهرة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.
"""
    pdf = make_pdf(["Sudanese Cultural House - Cairo", "Voluntary GCM review report - revised", "15 February 2021"])
    body = multi("mixed", [alt(text, "000000000000f2c9d105bb5e8a17", rtl=True, b64=True),
                           attach("application/pdf", pdf, F21)], "000000000000f2c9d305bb5e8a19")
    m = mk(when, d, "mail-ed1-f67.google.example.com", "209.85.208.67", "4DfB2s0qTwz6",
           addr("آمنة عثمان", "amna.osman.sch@gmail.example.com"),
           re_hdr("Re: ", "التقرير الطوعي - البيت الثقافي السوداني"),
           "<CAM8xQ1bR5tY2=aC4vN7kT0hJ3dW9fL2sG6gB1uX@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M12_ID), ("References", M12_ID)])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of="h166-12.eml", report_attachments=[F21],
        notes="revised report replacing h166-12 (Gmail reply to own message, now PDF instead of DOCX), still "
              "before the report deadline; Arabic attachment name."))


# ================================================================ 22 report, edge on time, Word + PDF (en)
def m22():
    when = at("2021-02-16 23:59:21")
    d = sent_at(when, 1, 14)
    text = """Hi,

Just in time I hope! Attached is the voluntary report of Stage Without Borders on our theatre work with refugee and migrant youth in Beirut and Tripoli (2019-2020). I'm sending both the Word and the PDF versions of the same report in case one doesn't open.

Thanks and sorry for the late hour,
Hana

Hana Dib
Executive Director, Stage Without Borders (SWB)
"""
    f1 = "SWB voluntary report GCM.docx"
    f2 = "SWB voluntary report GCM.pdf"
    doc = make_docx(["Stage Without Borders (SWB)", "Voluntary GCM review report"])
    pdf = make_pdf(["Stage Without Borders (SWB)", "Voluntary GCM review report"])
    body = multi("mixed", [alt(text, "0000000000009b7e4f05bb78c1d2"), attach(DOCX, doc, f1),
                           attach("application/pdf", pdf, f2)], "0000000000009b7e5105bb78c1d4")
    m = mk(when, d, "mail-wr1-f45.google.example.com", "209.85.221.45", "4Dfz8v3mQkz1",
           "Hana Dib <hana.dib@stagewithoutborders.example.org>", "Voluntary report - Stage Without Borders",
           "<CAGp4rT7yN1x=bK8mW2cF5vH0dQ3sJ9eL6aZ4uR@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="edge: received 23:59:21 on 16 February Beirut time (Date header 22:59 +0100): on time by 38 seconds; "
              "the same report attached twice (DOCX and PDF): both files make up the submission."))


# ================================================================ 23 both, late (fr)
def m23():
    when = at("2021-02-17 09:12:40")
    d = sent_at(when, 0, 5)
    text = """Bonjour,

Avec un peu de retard, veuillez trouver ci-joint le rapport de l'Association Sportive et Culturelle des Migrants de Nouakchott (ASCMN) sur l'accès des migrants ouest-africains aux activités sportives et culturelles en Mauritanie.

Si cela est encore possible, notre président, M. Oumar Ba, souhaiterait également prendre la parole lors de la séance plénière du 24 février.

Avec nos remerciements,

Aïssata Kane
Secrétaire générale
ASCMN – Association Sportive et Culturelle des Migrants de Nouakchott
"""
    fname = "ASCMN_rapport_PMM_2021.pdf"
    pdf = make_pdf(["Association Sportive et Culturelle des Migrants de Nouakchott (ASCMN)", "Rapport PMM 2021"])
    body = multi("mixed", [alt(text, "_000_PAXPR05MB8710C2D3E4F5A6B7PAXPR05MB8710eurp_"),
                           attach("application/pdf", pdf, fname)], "_004_PAXPR05MB8710C2D3E4F5A6B7PAXPR05MB8710eurp_")
    m = mk(when, d, "mail-pax05.outbound.protection.example.com", "40.107.14.58", "4Dg9F52nHrz3",
           addr("Aïssata Kane", "ascmn.nouakchott@outlook.example.com", enc="Q"),
           "Rapport PMM + intervention - ASCMN",
           "<PAXPR05MB8710C2D3E4F5A6B7@PAXPR05MB8710.eurprd05.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(23, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Oumar Ba", "Président", "Association Sportive et Culturelle des Migrants de Nouakchott (ASCMN)",
           ["plenary"])],
        report_attachments=[fname],
        notes="both, both parts late (17 February); speaker in prose ('notre président, M. Oumar Ba'): title "
              "'Président' from the prose, 'M.' dropped; the acronym is written before the name in the signature "
              "('ASCMN – Association ...') and beside it in the body: recorded as in the body, 'Name (ACRONYM)'."))


# ================================================================ 24 other: film screening question, HTML only (ar)
def m24():
    when = at("2021-02-18 14:25:16")
    d = sent_at(when, 2, 5)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:10pt">
<p>السلام عليكم،</p>
<p>نحن في مهرجان عمان لأفلام الهجرة أنتجنا فيلماً قصيراً (7 دقائق) مع عاملات منزليات مهاجرات بعنوان &laquo;بيت بلا مفتاح&raquo;. هل هناك إمكانية لعرضه خلال المؤتمر الإقليمي يومي 24 و25 فبراير، أو مشاركة رابطه مع المشاركين في المحادثة الإلكترونية؟</p>
<p>لا نطلب كلمة، فقط نود معرفة إن كان ذلك ممكناً وما هي الإجراءات.</p>
<p>مع التحية،<br>دانة الصمادي<br>منسقة المهرجان</p>
</div>"""
    body = html_only(inner, rtl=True, b64=True)
    m = mk(when, d, "mail-db3eur04.outbound.protection.example.com", "40.107.6.52", "4Dgw1c7pBtz5",
           addr("دانة الصمادي", "dana@amff.example.jo"), hdr("استفسار عن عرض فيلم خلال المؤتمر"),
           "<DB3PR04MB9021E5F6A7B8C9D0@DB3PR04MB9021.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-JO")])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="HTML-only question about screening a short film during the conference; says explicitly it does not "
              "ask for a speaking slot ('لا نطلب كلمة'), although a name and title are in the signature."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
