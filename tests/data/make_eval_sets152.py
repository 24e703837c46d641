#!/usr/bin/env python3
"""Write the blind evaluation set holdout152 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets152.py
Theme: parliaments, justice and the law (parliamentary committees and members of parliament, bar associations,
judges and prosecutors, law faculties and legal-aid clinics, a national human-rights institution, an ombudsman).
Mail-building helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, flowed, hdr, html_wrap, leaf, make_docx, make_pdf,
                     make_png, mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz)

SET = EvalSet(152)
add = SET.add

INVITE_ID = "<INV-2021-01-25-FR.0003@gcmrrarabstates.iom.int>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 11:05:47")
    sent = tz(when - dt.timedelta(seconds=2), 1)
    text = """Bonjour,

Je suis absente du bureau du 26 janvier au 5 février 2021 inclus (audiences hors juridiction).
Pour toute affaire urgente concernant le parquet, merci de vous adresser au secrétariat du Procureur de la République : secretariat.parquet@justice-tn.example.org

Cordialement,
Sonia Ben Romdhane
Substitut du Procureur de la République
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "mail.justice-tn.example.org", "197.14.50.22", "4DQ9xv3Lmzz7",
                    addr("Sonia Ben Romdhane", "s.benromdhane@justice-tn.example.org"),
                    hdr("Réponse automatique : Invitation - Examen régional du Pacte mondial sur les migrations (PMM) - région arabe",
                        "iso-8859-1", "Q"),
                    rfcdate(sent), "<4f1a0c92e7b3.ooo.20210127@mail.justice-tn.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("In-Reply-To", INVITE_ID))
    add(1, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="out-of-office of a deputy public prosecutor (Latin-1, QP subject), replying to the French invitation; "
              "gives a name, a title and an address in the body and mentions 5 February, but submits nothing."))


M02_ID = "<DB8PR06MB6250C3E1A9F04D7B2E55A1C7D4209@DB8PR06MB6250.eurprd06.prod.outlook.example.com>"


def m02():
    when = at("2021-01-28 14:32:10")
    sent = when - dt.timedelta(seconds=5)
    text = """Dear Colleagues,

I am writing on behalf of H.E. Ms. Rania Khoury, MP, Chair of the Parliamentary Committee on Women, Children and Youth of the Lebanese Parliament, in response to your kind invitation.

Ms. Khoury would be pleased to take the floor during one of the plenary sessions of the conference on 24-25 February 2021, to share the Committee's work on the draft law on combating trafficking and the protection of migrant domestic workers.

Please note that all correspondence regarding her participation should be copied to me.

With best regards,

Joëlle Abi Nader
Parliamentary Advisor
Office of MP Rania Khoury
Parliament of Lebanon - Nejmeh Square, Beirut
T: +961 1 982 000 ext. 214
"""
    html = ('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(html))],
                 "_000_DB8PR06MB6250C3E1A9F04D7B2E55A1C7D4209DB8PR06MB6250eurp_")
    m = mk(when, sent, "mail-db8eur06.outbound.protection.example.com", "40.107.22.91", "4DRb3y0Kq2z6",
           addr("Joëlle Abi Nader", "j.abinader@lp.example.gov.lb"),
           "Speaker request - MP Rania Khoury - GCM Regional Review", M02_ID, body,
           cc="Rania Khoury <r.khoury@lp.example.gov.lb>",
           extra=[("Thread-Topic", "Speaker request - MP Rania Khoury - GCM Regional Review"),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")])
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Khoury",
           "Chair of the Parliamentary Committee on Women, Children and Youth",
           "Lebanese Parliament", ["plenary"])],
        notes="sent on behalf of an MP by her parliamentary advisor (whose own title and office are in the signature); "
              "honorifics 'H.E. Ms.' and 'MP' are not part of the name; the speaker is in Cc; 'Parliament of Lebanon' "
              "in the signature is the advisor's line, the speaker's body text says 'Lebanese Parliament'."))


M03_ID = "<CAGh7rT0pXk3Lm9Qv2Yb8Nd4Zs1Wc6Ef5Ju0Ia7Ko@mail.gmail.example.com>"


def m03():
    when = at("2021-01-29 10:18:54")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """حضرات القائمين على المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

استجابةً لدعوتكم الكريمة، تتشرف لجنة الحريات العامة وحقوق الإنسان في نقابة المحامين الأردنيين بترشيح الزميلين التاليين للحديث:

أولاً: الأستاذ المحامي عمر يوسف الخطيب
رئيس لجنة الحريات العامة وحقوق الإنسان
نقابة المحامين الأردنيين
الدور المقترح: المشاركة في المناقشة المفتوحة للتشاور مع أصحاب المصلحة المتعددين (23 شباط)

ثانياً: المحامية دانة سمير العبادي
عضو اللجنة ومنسقة برنامج العون القانوني للعمال المهاجرين
الدور المقترح: مداخلة في المائدة المستديرة الموضوعية الثانية

وتفضلوا بقبول فائق الاحترام،

أمين سر اللجنة
المحامي زيد الحوراني
"""
    html = '<div dir="rtl" style="font-family:Arial">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "000000000000c81d9505ba0f1e22")
    m = mk(when, sent, "mail-wr1-f66.google.example.com", "209.85.221.66", "4DS3mK1hTbz9",
           addr("لجنة الحريات - نقابة المحامين", "jba.freedoms.committee@gmail.example.com"),
           re_hdr("", "ترشيح متحدثين عن نقابة المحامين الأردنيين"), M03_ID, body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عمر يوسف الخطيب", "رئيس لجنة الحريات العامة وحقوق الإنسان", "نقابة المحامين الأردنيين", ["open_discussion"]),
        sp("دانة سمير العبادي", "عضو اللجنة ومنسقة برنامج العون القانوني للعمال المهاجرين",
           "نقابة المحامين الأردنيين", ["roundtable"], 2)],
        notes="two speakers of the Jordan Bar Association in formal Arabic, each as a short block without field labels; "
              "'الأستاذ المحامي' / 'المحامية' are professional honorifics, not part of the name; the affiliation of the "
              "second speaker is only implied ('عضو اللجنة'); the signer (committee secretary) is not a speaker; "
              "Levantine month name 'شباط'; the From display name spans two RFC 2047 encoded-words (policy.default "
              "shows a stray space inside 'المحامين')."))


def m04():
    when = at("2021-01-30 18:47:03")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Bonsoir,

Je suis enseignant-chercheur à la Faculté de droit et des sciences politiques de Sousse, où j'encadre un master en droits de l'Homme et droit des étrangers.

Deux questions au sujet de votre invitation :
- mes étudiants de master peuvent-ils suivre les travaux du 24 et 25 février en tant qu'observateurs, sans prendre la parole ?
- un rapport volontaire rédigé en français est-il recevable, ou faut-il le traduire en anglais ou en arabe ?

Merci d'avance pour votre retour.

Mehdi Trabelsi
Maître-assistant, FDSP Sousse

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-pj1-f41.google.example.com", "209.85.216.41", "4DSnT2c5Hqz3",
           "Mehdi Trabelsi <mehdi.trabelsi.fdsp@gmail.example.com>", "Questions - observateurs et langue du rapport",
           "<5C1E7B9A-2D43-4F8E-A1B6-90C3D7E2F514@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(4, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="two questions from a law lecturer (students as observers, language of a report): nothing is "
              "submitted and nobody asks to speak ('sans prendre la parole'); plain text from an iPhone, no final newline."))


M05_ID = "<VI1PR09MB4158A7D2E6C1B30F9A84E2C5B1D63@VI1PR09MB4158.eurprd09.prod.outlook.example.com>"


def m05():
    when = at("2021-02-01 09:12:36")
    sent = when - dt.timedelta(seconds=6)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Sir/Madam,</p>
<p>Please find attached the voluntary report of the <b>National Centre for Human Rights (NCHR)</b> of Jordan, prepared for the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region.</p>
<p>The report covers the Centre's monitoring of detention of migrants pending deportation, complaints received from migrant workers in the Qualifying Industrial Zones, and our recommendations to the Ministry of Labour and to the Lower House Labour Committee.</p>
<p>We would be grateful for a confirmation of receipt.</p>
<p>Best regards,<br>
Lina Haddadin<br>
Head, Monitoring and Investigation Unit<br>
National Centre for Human Rights &ndash; Amman</p>
</div>"""
    pdf = make_pdf(["National Centre for Human Rights (NCHR) - Jordan",
                    "Voluntary report - GCM Regional Review, Arab region",
                    "1. Immigration detention  2. Complaints from migrant workers  3. Recommendations"])
    fname = "NCHR_GCM_Voluntary_Report_2021.pdf"
    alt = multi("alternative", [leaf("text/plain", "Dear Sir/Madam,\n\nPlease find attached the voluntary report of "
                                     "the National Centre for Human Rights (NCHR) of Jordan.\n\nBest regards,\nLina Haddadin\n"),
                                leaf("text/html", html_wrap(inner))], "_000_VI1PR09MB4158alt_")
    body = multi("mixed", [alt, attach("application/pdf", pdf, fname)], "_004_VI1PR09MB4158mixed_")
    m = mk(when, sent, "mail-vi1eur09.outbound.protection.example.com", "40.107.5.112", "4DTN8w2Rcvz1",
           "Lina Haddadin <l.haddadin@nchr.example.org.jo>", "NCHR voluntary report - GCM Regional Review",
           M05_ID, body, extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="national human-rights institution report as PDF; the HTML part has more text than the short plain "
              "alternative; mentions a parliamentary committee but proposes no speaker."))


M06_ID = "<a81c3e6f-94d2-4b07-b5e1-2f0c9d7a6b33@mediateur.example.ma>"


def m06():
    when = at("2021-02-01 16:40:22")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """Madame, Monsieur,

Faisant suite à votre aimable invitation, je souhaiterais prendre la parole lors de la table ronde thématique III, consacrée à l'accès des migrants à la justice et aux services publics, afin de présenter l'expérience de notre institution dans le traitement des plaintes déposées par des personnes migrantes à l'encontre de l'administration.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

--
Karima El Alaoui
Directrice du Pôle de la médiation et des droits des usagers
Institution du Médiateur du Royaume du Maroc
Rabat
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.mediateur.example.ma", "196.200.131.18", "4DTb0Q6sXkz5",
           addr("El Alaoui Karima", "k.elalaoui@mediateur.example.ma"),
           hdr("Demande d'intervention – table ronde III", enc="Q"), M06_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karima El Alaoui", "Directrice du Pôle de la médiation et des droits des usagers",
           "Institution du Médiateur du Royaume du Maroc", ["roundtable"], 3)],
        notes="ombudsman institution; first person, the speaker's name, title and institution are only in the "
              "signature (after '--', not the standard '-- '); the From display name has the surname first; "
              "roundtable in Roman numerals ('table ronde thématique III'); format=flowed. Speaker replaced "
              "later (h152-19)."))


def m07():
    when = at("2021-02-02 12:26:09")
    sent = when - dt.timedelta(seconds=11)
    text = """مساء الخير يا جماعة
احنا من العيادة القانونية بكلية الحقوق جامعة القاهرة وحابين نشارك في المراجعة الإقليمية
هنرشح اتنين:
- د. أحمد سامح عبد الفتاح، مدرس القانون الدولي الخاص والمشرف على العيادة، ياريت يكون مقرر (يقدم الرسائل الرئيسية)
- أ. مريم جمال الشاذلي، محامية متطوعة بالعيادة، للطاولة المستديرة الأولى

لو محتاجين أي بيانات تانية قولولنا
شكرا جدا

مرسل من هاتفي Huawei"""
    body = multi("alternative", [leaf("text/plain", text, cte="base64"),
                                 leaf("text/html", '<div dir="auto">' + text2html(text) + "</div>", cte="base64")],
                 "--_com.huawei.email_1612261569000")
    m = mk(when, sent, "mail-ed1-f54.google.example.com", "209.85.208.54", "4DTqV1yB0gz2",
           addr("Legal Clinic - FLCU", "legalclinic.flcu@gmail.example.com"),
           re_hdr("", "مشاركة العيادة القانونية"), "<qv7d0m3z9k2a.hm.1612261569@email.huawei.example.com>", body)
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أحمد سامح عبد الفتاح", "مدرس القانون الدولي الخاص والمشرف على العيادة",
           "العيادة القانونية بكلية الحقوق جامعة القاهرة", ["rapporteur"]),
        sp("مريم جمال الشاذلي", "محامية متطوعة بالعيادة", "العيادة القانونية بكلية الحقوق جامعة القاهرة",
           ["roundtable"], 1)],
        notes="Egyptian colloquial from a phone, no signature; two speakers in dashed lines; 'د.' and 'أ.' are "
              "honorifics; rapporteur role only described ('يقدم الرسائل الرئيسية'); the affiliation is only in the "
              "opening sentence; English-named sender, Arabic text."))


M08_ID = "<CAOx2Lq9Rt4Vn7Kp1Ym5Hb8Wc3Ds6Fz0Ge4Ju2Ia@mail.gmail.example.com>"


def m08():
    when = at("2021-02-02 19:55:41")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """Dear GCM Review team,

Greetings from the Arab Parliamentary Network on Migration and Mobility (APNMM).

1) Please find attached our collective voluntary report, "Parliaments and the GCM in the Arab region: legislative follow-up 2019-2020", drafted with members from seven national parliaments. Draft v1 - we may send a corrected version before the deadline.

2) We would also like to request a floor intervention for our Coordinator in a plenary session:
Name: Tarek Al-Mahmoud
Position: Network Coordinator, former member of the Kuwait National Assembly
Organization: Arab Parliamentary Network on Migration and Mobility (APNMM)

Thanks a lot and looking forward,
Nour

--
Nour Al-Sabah | Programme Officer | APNMM Secretariat
Kuwait City
"""
    docx = make_docx(["Arab Parliamentary Network on Migration and Mobility (APNMM)",
                      "Parliaments and the GCM in the Arab region: legislative follow-up 2019-2020",
                      "Collective voluntary report - draft v1"])
    fname = "APNMM collective report GCM - draft v1.docx"
    alt = multi("alternative", [leaf("text/plain", text), leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                "000000000000f41b7205ba4e9c31")
    body = multi("mixed", [alt, attach(DOCX, docx, fname)], "000000000000f41b7405ba4e9c33")
    m = mk(when, sent, "mail-io1-f47.google.example.com", "209.85.166.47", "4DTz7p0Mhsz4",
           "Nour Al-Sabah <apnmm.secretariat@gmail.example.com>", "APNMM: voluntary report + speaker request",
           M08_ID, body)
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Tarek Al-Mahmoud", "Network Coordinator, former member of the Kuwait National Assembly",
                     "Arab Parliamentary Network on Migration and Mobility (APNMM)", ["plenary"])],
        report_attachments=[fname],
        notes="both in one message, numbered 1) report, 2) speaker; collective report of a parliamentary network as "
              "DOCX marked 'draft v1' (a revision follows in h152-20); the sender signs with first name only and is "
              "not the speaker."))


def m09():
    when = at("2021-02-03 08:14:27")
    d = when
    text = """Delivery has failed to these recipients or groups:

secretariat@barreau-justice.example.org
The email address you entered couldn't be found. Please check the recipient's email address and try to send the message again. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX02.barreau-justice.example.org

secretariat@barreau-justice.example.org
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    dsn = ("Reporting-MTA: dns;EX02.barreau-justice.example.org\n"
           "Received-From-MTA: dns;mx1.iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;secretariat@barreau-justice.example.org\n"
           "Action: failed\n"
           "Status: 5.1.10\n"
           "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
           % rfcdate(d - dt.timedelta(seconds=3)))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: secretariat@barreau-justice.example.org\n"
            "Subject: Re: Demande d'informations - participation du barreau\n"
            "Date: %s\n"
            "Message-ID: <REP-2021-02-03-FR.0112@gcmrrarabstates.iom.int>\n" % rfcdate(when - dt.timedelta(minutes=1)))
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p1 = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                               leaf("text/html", html_wrap(text2html(text), charset="us-ascii"), "us-ascii", "7bit")],
               "_001_bounce_alt_EX02_")
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "_000_EX02barreaujusticeexampleorg_",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "EX02.barreau-justice.example.org", "41.230.18.77", "4DTvB3k9Qwz8",
                    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@barreau-justice.example.org>",
                    "Undeliverable: Re: Demande d'informations - participation du barreau", rfcdate(d),
                    "<d6e2b1f0-77a4-4c1b-9e3a-5f8d20c1ab94@EX02.barreau-justice.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("Content-Language", "en-US"))
    add(9, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exchange NDR (multipart/report with a text+HTML human part), 5.1.10 recipient not found, for a reply "
              "of the secretariat to a bar association; English NDR about a French thread. Never acknowledge."))


def m10():
    when = at("2021-02-03 15:31:18")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    form = """<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr><td colspan="2"><b>FORMULAIRE – DEMANDE DE PRISE DE PAROLE</b></td></tr>
<tr><td>Nom et prénom</td><td>Maître BELHAJ Sami</td></tr>
<tr><td>Qualité</td><td>Membre du Conseil de l'Ordre, président de la commission des droits de l'Homme</td></tr>
<tr><td>Organisme</td><td>Ordre National des Avocats de Tunisie (ONAT)</td></tr>
<tr><td>Session souhaitée</td><td>Séance plénière</td></tr>
<tr><td colspan="2">&nbsp;</td></tr>
<tr><td>Nom et prénom</td><td>Maître JAZIRI Amel</td></tr>
<tr><td>Qualité</td><td>Avocate à la Cour de cassation, coordinatrice de la cellule d'aide juridictionnelle aux migrants</td></tr>
<tr><td>Organisme</td><td>ONAT</td></tr>
<tr><td>Session souhaitée</td><td>Rapporteur (messages clés)</td></tr>
</table>"""
    inner = """<div style="font-family:Arial;font-size:10pt">
<p>Madame, Monsieur,</p>
<p>J'ai l'honneur de vous transmettre, au nom du Bâtonnier de l'Ordre National des Avocats de Tunisie, la contribution de l'Ordre à l'examen régional du Pacte mondial (rapport volontaire en pièce jointe), ainsi que le formulaire de demande de prise de parole rempli ci-dessous.</p>
%s
<p>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<p>P/ Le Bâtonnier<br>Le Secrétariat général<br>Ordre National des Avocats de Tunisie<br>Palais de Justice, Bd Bab Benat, Tunis</p>
</div>""" % form
    pdf = make_pdf(["Ordre National des Avocats de Tunisie (ONAT)",
                    "Contribution a l'examen regional du Pacte mondial sur les migrations",
                    "Acces des migrants a la defense et a l'aide juridictionnelle"])
    fname = "Contribution ONAT - Pacte mondial migrations.pdf"
    body = multi("mixed", [leaf("text/html", html_wrap(inner)), attach("application/pdf", pdf, fname)],
                 "----=_NextPart_000_0017_01D6FA3C.9B2E4F10")
    m = mk(when, sent, "smtp.topnet.example.tn", "193.95.66.14", "4DV1Zx8Tn3z6",
           addr("Secrétariat ONAT", "secretariat.onat@topnet.example.tn", enc="Q"),
           hdr("Contribution de l'ONAT et demande de prise de parole", enc="Q"),
           "<000001d6fa3c$9b2e4f10$d18aed30$@topnet.example.tn>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW+jybLk9QfE3vS0aVtJZ0Xh2c4g==")])
    add(10, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Sami Belhaj", "Membre du Conseil de l'Ordre, président de la commission des droits de l'Homme",
                     "Ordre National des Avocats de Tunisie (ONAT)", ["plenary"]),
                  sp("Amel Jaziri",
                     "Avocate à la Cour de cassation, coordinatrice de la cellule d'aide juridictionnelle aux migrants",
                     "Ordre National des Avocats de Tunisie (ONAT)", ["rapporteur"])],
        report_attachments=[fname],
        notes="HTML-only (no text/plain) with the speakers in a pasted form table; names written 'Maître SURNAME "
              "First' (honorific dropped, order normalised to first name + surname); second affiliation given only as "
              "the acronym 'ONAT' (fullest form from the first row); sent on behalf of the Bâtonnier by the secretariat."))


def m11():
    when = at("2021-02-04 11:02:45")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """تحية طيبة،

إلحاقاً برسالتنا المؤرخة 29/1/2021 بشأن ترشيح الزميلين عمر الخطيب ودانة العبادي، نرجو التكرم بإعلامنا:
- هل ستكون المشاركة حضورية في بيروت أم عبر الإنترنت؟
- وهل تتوفر ترجمة فورية إلى العربية في جلسات المائدة المستديرة؟

مع الشكر،
زيد الحوراني
أمين سر لجنة الحريات العامة وحقوق الإنسان
نقابة المحامين الأردنيين

في الجمعة، 29 يناير 2021 في 10:18 ص، كتب لجنة الحريات - نقابة المحامين <jba.freedoms.committee@gmail.example.com>:
> حضرات القائمين على المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
> تحية طيبة وبعد،
>
> استجابةً لدعوتكم الكريمة، تتشرف لجنة الحريات العامة وحقوق الإنسان في نقابة المحامين الأردنيين بترشيح الزميلين التاليين للحديث:
> ...
"""
    body = multi("alternative", [leaf("text/plain", text, cte="base64"),
                                 leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>", cte="base64")],
                 "000000000000d2e61405ba7a0b88")
    m = mk(when, sent, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DVPq6Gm2fz1",
           addr("لجنة الحريات - نقابة المحامين", "jba.freedoms.committee@gmail.example.com"),
           re_hdr("Re: ", "ترشيح متحدثين عن نقابة المحامين الأردنيين"),
           "<CAGh7rT3wLp0Xq8Nd2Zs5Vb9Kc1Ef4Hj7Ua6Io3Ym@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID)])
    add(11, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h152-03.eml",
        notes="follow-up in the thread of h152-03 (Gmail reply to their own message, quoted with '>'): logistics "
              "questions only; names the two speakers again but proposes nobody new."))


def m12():
    when = at("2021-02-04 21:37:12")
    sent = tz(when - dt.timedelta(seconds=6), 2)
    text = """Hello,

My name is Hiba Al-Masri and I sit as a judge at the Amman Court of First Instance. I'm also a founding member of the Jordanian chapter of the Arab Women Judges Forum (AWJF).

I would like to ask for a speaking slot in roundtable IV. Over the past three years I have handled many cases involving migrant domestic workers (passport withholding, unpaid wages, "absconding" complaints), and I think a judge's perspective on access to courts for migrants would be useful to that discussion.

I can speak in English or Arabic.

Kind regards,
Judge Hiba Al-Masri
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "mail-yb1-f179.google.example.com", "209.85.219.179", "4DVn0W3Rbpz7",
           "Hiba Al-Masri <hiba.almasri.jo@gmail.example.com>", "Request to speak - roundtable IV",
           "<CAPq8Xz1Ws6Lm3Rt9Yb0Nk4Hd7Fc2Jv5Eg8Ao1Iu@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hiba Al-Masri", "Judge, Amman Court of First Instance",
           "Jordanian chapter of the Arab Women Judges Forum (AWJF)", ["roundtable"], 4)],
        notes="first-person prose, plain 7bit; two affiliations (court where she sits and the judges' association); "
              "title assembled from the prose ('sit as a judge at the Amman Court of First Instance'); 'Judge' in the "
              "sign-off is an honorific; 'roundtable IV' in Roman numerals."))


def m13():
    when = at("2021-02-05 23:41:19")
    sent = tz(when - dt.timedelta(seconds=8), 3)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي بشأن الهجرة
المحترمين

تهديكم اللجنة الوطنية لحقوق الإنسان في دولة قطر أطيب تحياتها، وبالإشارة إلى خطاب الدعوة الذي حدد يوم الجمعة موعداً نهائياً لطلبات المشاركة بالحديث، يسرنا إفادتكم برغبة اللجنة في المشاركة في المناقشة المفتوحة ضمن التشاور مع أصحاب المصلحة يوم 23 فبراير 2021، ويمثلها:

السيد/ خالد راشد المري
مدير إدارة الشؤون القانونية
اللجنة الوطنية لحقوق الإنسان - قطر

وتفضلوا بقبول وافر الاحترام والتقدير،،

إدارة التعاون الدولي
اللجنة الوطنية لحقوق الإنسان
الدوحة
"""
    html = ('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:14pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html_wrap(html, "rtl", "windows-1256"), "windows-1256", "quoted-printable")],
                 "_000_AM0PR02MB5412NHRCqa_")
    m = mk(when, sent, "mail-am0eur02.outbound.protection.example.com", "40.107.3.57", "4DWd9Yv1Lqz4",
           addr("International Cooperation - NHRC", "intl.coop@nhrc.example.qa"),
           hdr("طلب مشاركة - اللجنة الوطنية لحقوق الإنسان", "windows-1256", "B"),
           "<AM0PR02MB5412E9D3B7A1C4F06B28D5E1A7C94@AM0PR02MB5412.eurprd02.prod.outlook.example.com>", body,
           extra=[("Content-Language", "ar-QA")])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد راشد المري", "مدير إدارة الشؤون القانونية", "اللجنة الوطنية لحقوق الإنسان - قطر", ["open_discussion"])],
        notes="ON TIME by 18 minutes: received 5 Feb 23:41 Beirut, but the Date header (Doha, +03:00) reads Saturday "
              "6 Feb 00:41; windows-1256 text and HTML; 'السيد/' is an honorific; sent by the international "
              "cooperation department of the NHRI, not by the speaker."))


def m14():
    when = at("2021-02-06 10:12:50")
    sent = when - dt.timedelta(seconds=4)
    text = """Madame, Monsieur,

Avec un peu de retard, dont nous vous prions de bien vouloir nous excuser, la Commission parlementaire des droits de l'Homme de la Chambre des députés libanaise souhaite proposer deux intervenants :

- M. le député Fadi Karam, rapporteur de la Commission, pour une intervention en séance plénière ;
- Mme Nada Sfeir, conseillère juridique de la Commission, pour la table ronde n° 2 (ou à défaut la n° 4).

Nous espérons que ces candidatures pourront encore être retenues.

Bien cordialement,

Élie Haddad
Secrétaire de la Commission des droits de l'Homme
Chambre des députés – Liban
"""
    html = '<div style="font-family:Calibri;font-size:11pt">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html_wrap(html, charset="windows-1252"), "windows-1252")],
                 "_000_PR3P195MB0618LBparl_")
    m = mk(when, sent, "mail-pr3eur01.outbound.protection.example.com", "40.107.14.70", "4DWsX4nP8cz2",
           addr("Élie Haddad", "e.haddad@lp.example.gov.lb", "iso-8859-1", "Q"),
           "Intervenants - Commission parlementaire des droits de l'Homme (Liban)",
           "<PR3P195MB06182F7A9C0D14E3B6A5E8D2C1F07@PR3P195MB0618.EURP195.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "fr-FR")])
    aff = "Commission parlementaire des droits de l'Homme de la Chambre des députés libanaise"
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Fadi Karam", "rapporteur de la Commission", aff, ["plenary"]),
        sp("Nada Sfeir", "conseillère juridique de la Commission", aff, ["roundtable"], 2)],
        notes="LATE (Saturday 6 Feb), the sender apologises for the delay; two speakers in one sentence each; "
              "'M. le député' and 'Mme' are honorifics; the MP's title 'rapporteur de la Commission' is not the "
              "rapporteur role (he asks for the plenary); roundtable first choice 2, fallback 4; windows-1252 (en dash in the signature)."))


def m15():
    when = at("2021-02-07 13:20:04")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    inner = """<div dir="rtl" style="font-family:Arial;font-size:12pt">
<p>السادة المنظمين المحترمين</p>
<p>تحية طيبة</p>
<p>بناءً على توجيه السيد رئيس لجنة حقوق الإنسان النيابية في مجلس النواب العراقي، نرجو تسجيل مشاركة <b>النائب الدكتور حيدر عبد الكريم الساعدي</b>، رئيس اللجنة، في الجلسة العامة (مداخلة من القاعة) خلال المؤتمر يومي 24 و25 شباط.</p>
<p>علماً أننا نرسل الطلب ضمن المدة المحددة في كتاب الدعوة (الجمعة 23 شباط 2021).</p>
<p>مع التقدير</p>
<p>مدير مكتب رئيس لجنة حقوق الإنسان النيابية<br>علي حسين الجبوري</p>
</div>"""
    body = multi("alternative", [leaf("text/plain", "السادة المنظمين المحترمين\n\nنرجو تسجيل مشاركة النائب الدكتور حيدر عبد الكريم الساعدي، رئيس لجنة حقوق الإنسان النيابية، في الجلسة العامة.\n\nعلي حسين الجبوري\n", cte="base64"),
                                 leaf("text/html", html_wrap(inner, "rtl"), cte="base64")],
                 "----=_Part_412337_1093817204.1612696799000")
    m = mk(when, sent, "sonic311-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.146", "4DX6rT0Jcnz9",
           addr("علي الجبوري", "ali.aljubouri.office@yahoo.example.com"),
           re_hdr("", "طلب مشاركة رئيس لجنة حقوق الإنسان النيابية"),
           "<1093817204.412337.1612696799000@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("حيدر عبد الكريم الساعدي", "رئيس لجنة حقوق الإنسان النيابية",
           "لجنة حقوق الإنسان النيابية في مجلس النواب العراقي", ["plenary"])],
        notes="LATE (7 Feb): the sender relies on the misprinted Arabic deadline ('الجمعة 23 شباط'), which does not "
              "apply; on behalf of an Iraqi MP by his office director; 'النائب الدكتور' are honorifics; the plain "
              "part is a shorter summary of the HTML part; Yahoo webmail."))


def m16():
    when = at("2021-02-08 17:08:33")
    sent = tz(when - dt.timedelta(seconds=9), 2)
    text = """Bonjour,

Veuillez trouver en pièce jointe le rapport volontaire de la Clinique juridique de la Faculté de droit et des sciences politiques de l'Université Saint-Joseph (FDSP-USJ) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport s'appuie sur les consultations gratuites assurées en 2020 par nos étudiants, sous la supervision d'avocats du Barreau de Beyrouth, auprès de travailleuses domestiques migrantes et de réfugiés (kafala, rétention de documents, recours devant le juge des référés).

Avec nos meilleures salutations,

Pr Marie-Claude Najm Kobeh
Responsable de la Clinique juridique
FDSP – Université Saint-Joseph de Beyrouth
"""
    docx = make_docx(["Clinique juridique FDSP-USJ", "Rapport volontaire - Pacte mondial sur les migrations",
                      "Consultations 2020 : kafala, retention de documents, refere"])
    fname = "Rapport_volontaire_Clinique_juridique_USJ_févr2021.docx"
    body = multi("mixed", [leaf("text/plain", text), attach(DOCX, docx, fname)], "------------A1C83E0F5D2B94E7160B3C9D")
    m = mk(when, sent, "smtp.usj.example.edu.lb", "194.126.10.33", "4DXW2jN7Kmz5",
           addr("Clinique juridique FDSP", "clinique.juridique@usj.example.edu.lb"),
           "Rapport volontaire - Clinique juridique USJ",
           "<7e0b2c94-1f5a-4d3e-8a6b-c2d9e0f41a57@usj.example.edu.lb>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="legal-aid clinic of a law faculty; DOCX whose name has an accented letter (RFC 2231 filename*, RFC 2047 "
              "name); 'Pr' honorific in the signature; mentions the Beirut Bar but no speaker."))


def m17():
    when = at("2021-02-09 09:45:16")
    sent = when - dt.timedelta(seconds=3)
    ack_id = "<ACK-2021-02-01-EN.0031@gcmrrarabstates.iom.int>"
    text = """Well received, many thanks.

Best,
Lina

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 8, 2021 4:02 PM
To: Lina Haddadin <l.haddadin@nchr.example.org.jo>
Subject: RE: NCHR voluntary report - GCM Regional Review

Dear Ms. Haddadin,

We confirm receipt of the voluntary report of the National Centre for Human Rights (NCHR). It will be considered in the preparation of the Regional Review.

GCM Regional Review Secretariat
"""
    html = '<div style="font-family:Calibri;font-size:11pt">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(html))], "_000_VI1PR09MB4158thx_")
    m = mk(when, sent, "mail-vi1eur09.outbound.protection.example.com", "40.107.5.118", "4DY3Hq8Wpfz0",
           "Lina Haddadin <l.haddadin@nchr.example.org.jo>", "RE: NCHR voluntary report - GCM Regional Review",
           "<VI1PR09MB41581B3E7F0A29C6D8E4B5A2F3C10@VI1PR09MB4158.eurprd09.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M05_ID, ack_id)), ("Content-Language", "en-GB")])
    add(17, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h152-05.eml",
        notes="one-line thank-you to our acknowledgement of h152-05 (quoted below in Outlook style): adds nothing, must "
              "not be acknowledged again; In-Reply-To names our acknowledgement, References also the original."))


def m18():
    when = at("2021-02-10 14:03:27")
    sent = tz(when - dt.timedelta(seconds=6), 2)
    text = """السادة في أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة،

تحية واحتراماً،

ترفق الهيئة المستقلة لحقوق الإنسان "ديوان المظالم" تقريرها الطوعي حول أوضاع العمال الفلسطينيين المتنقلين والمهاجرين العائدين، بما في ذلك الشكاوى التي تلقتها الهيئة خلال عام 2020 بشأن الاحتجاز والحرمان من الأجور ووثائق السفر.

نأمل التكرم بتأكيد الاستلام.

مع الاحترام،
وحدة الشكاوى والتحقيقات
الهيئة المستقلة لحقوق الإنسان "ديوان المظالم"
رام الله – فلسطين
"""
    pdf = make_pdf(["Independent Commission for Human Rights (ICHR) - Diwan Al-Mazalem",
                    "Voluntary report - GCM Regional Review 2021"])
    fname = "التقرير الطوعي - الهيئة المستقلة لحقوق الإنسان.pdf"
    body = multi("mixed", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                           attach("application/pdf", pdf, fname)],
                 "----=_NextPart_000_0042_01D6FFB2.3A1C9E80")
    m = mk(when, sent, "mail.ichr.example.ps", "213.244.94.10", "4DYvR5mC2kz3",
           addr("وحدة الشكاوى - الهيئة المستقلة", "complaints@ichr.example.ps", "windows-1256"),
           hdr("التقرير الطوعي للهيئة المستقلة لحقوق الإنسان", "windows-1256", "B"),
           "<000201d6ffb2$3a1c9e80$ae55db80$@ichr.example.ps>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-ps")])
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="NHRI that also acts as ombudsman ('ديوان المظالم'); windows-1256 plain text; PDF with an Arabic file "
              "name (RFC 2231 / RFC 2047); signed by a unit, no person."))


def m19():
    when = at("2021-02-11 10:27:58")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """Madame, Monsieur,

Pour des raisons d'agenda, je ne pourrai malheureusement pas intervenir le 24 février. Avec votre accord, je serai remplacée à la table ronde par mon collègue :

M. Youssef Bennani, Chef de la Division des études et de la coopération, Institution du Médiateur du Royaume.

Avec mes excuses pour ce changement tardif.

--
Karima El Alaoui
Directrice du Pôle de la médiation et des droits des usagers
Institution du Médiateur du Royaume du Maroc

Le 01/02/2021 à 15:40, El Alaoui Karima a écrit :
> Madame, Monsieur,
>
> Faisant suite à votre aimable invitation, je souhaiterais prendre la parole lors de la table ronde thématique III, consacrée à l'accès des migrants à la justice et aux services publics, afin de présenter l'expérience de notre institution dans le traitement des plaintes déposées par des personnes migrantes à l'encontre de l'administration.
>
> Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.mediateur.example.ma", "196.200.131.18", "4DZF1b7Vxqz8",
           addr("El Alaoui Karima", "k.elalaoui@mediateur.example.ma"),
           hdr("Re: Demande d'intervention – table ronde III", enc="Q"),
           "<3c9e1d27-0b6f-4a85-9d42-e71f8a0c5b96@mediateur.example.ma>", body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID),
                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    add(19, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of="h152-06.eml", speakers=[
            sp("Youssef Bennani", "Chef de la Division des études et de la coopération",
               "Institution du Médiateur du Royaume", ["roundtable"], 3)],
        notes="replaces the speaker of h152-06 after the speaker deadline (LATE although the original request was on "
              "time); the roundtable number is only in the subject and the quoted original ('table ronde III'); the "
              "replacement's affiliation is the short form written in the body; the sender is no longer a speaker."))


def m20():
    when = at("2021-02-14 20:11:05")
    sent = tz(when - dt.timedelta(seconds=4), 3)
    text = """Dear GCM Review team,

As announced, please find attached the final version (v2) of the APNMM collective report, which replaces the draft we sent on 2 February. Two more parliaments (Tunisia and Morocco) have joined and section 3 on legislative follow-up was updated.

Kindly disregard the v1.

Best regards,
Nour

--
Nour Al-Sabah | Programme Officer | APNMM Secretariat
Kuwait City

On Tue, Feb 2, 2021 at 8:55 PM Nour Al-Sabah <apnmm.secretariat@gmail.example.com> wrote:
> Dear GCM Review team,
>
> Greetings from the Arab Parliamentary Network on Migration and Mobility (APNMM).
>
> 1) Please find attached our collective voluntary report, "Parliaments and the GCM in the Arab region: legislative follow-up 2019-2020", drafted with members from seven national parliaments. Draft v1 - we may send a corrected version before the deadline.
>
> 2) We would also like to request a floor intervention for our Coordinator in a plenary session:
> Name: Tarek Al-Mahmoud
> Position: Network Coordinator, former member of the Kuwait National Assembly
> Organization: Arab Parliamentary Network on Migration and Mobility (APNMM)
"""
    docx = make_docx(["Arab Parliamentary Network on Migration and Mobility (APNMM)",
                      "Parliaments and the GCM in the Arab region: legislative follow-up 2019-2020",
                      "Collective voluntary report - final version (v2), nine parliaments"])
    fname = "APNMM collective report GCM - FINAL v2.docx"
    alt = multi("alternative", [leaf("text/plain", text), leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                "0000000000007a3e9105bb51d0f2")
    body = multi("mixed", [alt, attach(DOCX, docx, fname)], "0000000000007a3e9305bb51d0f4")
    m = mk(when, sent, "mail-io1-f52.google.example.com", "209.85.166.52", "4Dbh0F2Kzwz6",
           "Nour Al-Sabah <apnmm.secretariat@gmail.example.com>", "Re: APNMM: voluntary report + speaker request",
           "<CAOx2Lq4Kd8Wm1Zs7Pb3Nf6Yc0Ht9Jv2Eg5Ia8Uo@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID)])
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of="h152-08.eml", report_attachments=[fname],
        notes="revised report (v2) replacing the draft sent with h152-08, in reply to it; the quoted original still "
              "contains the speaker request, which is not repeated: category voluntary_report only, no speakers."))


def m21():
    when = at("2021-02-15 12:49:31")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:11pt">
<p>حضرة أمانة المراجعة الإقليمية المحترمة،</p>
<p>نرفق طيّه التقرير الطوعي لمركز المعونة القضائية في نقابة المحامين في بيروت عن عام 2020، ويتناول المساعدة القانونية المجانية المقدّمة لعاملات المنازل المهاجرات والموقوفين الأجانب في نظارات الأمن العام.</p>
<p>كما يرغب حضرة النقيب بالمشاركة بمداخلة في الجلسة العامة للمؤتمر، وفي حال تعذّر ذلك في المائدة المستديرة الرابعة:</p>
<p>الاسم: ملحم خلف<br>الصفة: نقيب المحامين في بيروت<br>الجهة: نقابة المحامين في بيروت</p>
<p>نعتذر عن التأخر في إرسال طلب المشاركة بسبب الإقفال العام.</p>
<p>مع فائق الاحترام،<br>ريتا نصر<br>منسقة مركز المعونة القضائية<br>نقابة المحامين في بيروت – قصر العدل</p>
</div>"""
    docx = make_docx(["Beirut Bar Association - Legal Aid Centre",
                      "Voluntary report 2020 - GCM Regional Review"])
    fname = "BBA Legal Aid Centre - GCM voluntary report.docx"
    logo = make_png(16, 16, (120, 20, 30))
    rel = multi("related", [leaf("text/html", html_wrap(inner, "rtl"), cte="base64"),
                            leaf("image/png", logo, cte="base64", params=[("name", '"image001.png"')],
                                 disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D70399.5C1F2E30>")])],
                "_005_related_BBA_", params=[("type", '"text/html"')])
    body = multi("mixed", [rel, attach(DOCX, docx, fname)], "_006_mixed_BBA_")
    m = mk(when, sent, "mail-he1eur04.outbound.protection.example.com", "40.107.7.99", "4DbzN7xQ3gz1",
           addr("ريتا نصر", "legalaid@beirutbar.example.org.lb"),
           re_hdr("", "التقرير الطوعي لمركز المعونة القضائية وطلب مشاركة حضرة النقيب"),
           "<HE1PR04MB3097A4C2D8E1F05B7C63A9E0D2B48@HE1PR04MB3097.eurprd04.prod.outlook.example.com>", body,
           extra=[("Content-Language", "ar-LB"), ("X-MS-Has-Attach", "yes")])
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("ملحم خلف", "نقيب المحامين في بيروت", "نقابة المحامين في بيروت", ["plenary", "roundtable"], 4)],
        report_attachments=[fname],
        notes="both: report on time (15 Feb) but the speaker part is LATE (after 5 Feb), so on_time is false; "
              "HTML-only with an inline signature logo (image001.png, not part of the report); 'حضرة النقيب' is a "
              "form of address, the speaker's title is 'نقيب المحامين في بيروت'; plenary first choice, roundtable 4 as "
              "fallback ('وفي حال تعذّر ذلك'): both roles recorded, roundtable 4."))


def m22():
    when = at("2021-02-16 23:58:40")
    sent = tz(when - dt.timedelta(seconds=7), 3)
    text = """الأخوة الأعزاء في أمانة المراجعة الإقليمية

تحية طيبة

مرفق لكم التقرير الطوعي لمشروع العيادة القانونية للهجرة واللجوء في كلية القانون / جامعة بغداد، مع ملحق بجداول القضايا التي تابعتها العيادة أمام محاكم بغداد والبصرة.

نعتذر عن الإرسال في آخر لحظة، وشكراً لتفهمكم.

م.د. سارة فاضل التميمي
مديرة العيادة القانونية
كلية القانون – جامعة بغداد
"""
    pdf = make_pdf(["University of Baghdad - College of Law - Legal Clinic on Migration and Asylum",
                    "Voluntary GCM report - February 2021"])
    annex = make_docx(["Annex 1 - Cases followed before the courts of Baghdad and Basra, 2019-2020"])
    f1 = "Baghdad_Law_Clinic_GCM_report.pdf"
    f2 = "Annex1_cases_table.docx"
    body = multi("mixed", [leaf("text/plain", text, cte="base64"), attach("application/pdf", pdf, f1),
                           attach(DOCX, annex, f2)], "Apple-Mail=_5B3E8A21-7C4D-4F90-B6A2-1D9E0C3F7A58")
    m = mk(when, sent, "mail-ot1-f45.google.example.com", "209.85.210.45", "4Dcg9Lq0Rsz7",
           addr("سارة التميمي", "sara.altamimi.law@gmail.example.com"),
           re_hdr("", "التقرير الطوعي - العيادة القانونية - جامعة بغداد"),
           "<8F2D1C7A-3E94-4B05-A6D8-0C1B9E4F2A73@gmail.example.com>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="ON TIME by 79 seconds: received 16 Feb 23:58:40 Beirut while the Date header (Baghdad, +03:00) reads "
              "17 Feb 00:58; report PDF plus an annex DOCX, both part of the report; Iraqi academic honorific 'م.د.'."))


def m23():
    when = at("2021-02-17 16:34:12")
    sent = tz(when - dt.timedelta(seconds=4), 3)
    inner = """<div style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<p>Good afternoon,</p>
<p>Apologies for missing yesterday's deadline. On behalf of the Office of the Public Prosecution's Human Rights Section, please find attached our short voluntary contribution on the prosecution of trafficking-in-persons cases involving migrant workers (2019&ndash;2020 figures, cooperation with the National Committee to Combat Human Trafficking).</p>
<p>If it can still be considered, we would be grateful.</p>
<p>Regards,</p>
<p><b>Abdulaziz Al-Harbi</b><br>
Senior Prosecutor | Human Rights Section<br>
Office of the Public Prosecution<br>
<span style="color:#888">This e-mail and any attachments are confidential and intended solely for the addressee.</span></p>
</div>"""
    pdf = make_pdf(["Office of the Public Prosecution - Human Rights Section",
                    "Voluntary contribution - trafficking in persons cases involving migrant workers"])
    fname = "PP-HRS contribution GCM review (Feb 2021).pdf"
    body = multi("mixed", [leaf("text/html", html_wrap(inner)), attach("application/pdf", pdf, fname)],
                 "_004_DB7PR02MB4920PPHRS_")
    m = mk(when, sent, "mail-db7eur02.outbound.protection.example.com", "40.107.21.83", "4Dd31Fv6Xhz2",
           "Al-Harbi, Abdulaziz <a.alharbi@pp.example.gov.sa>",
           "Late submission - voluntary contribution - Public Prosecution",
           "<DB7PR02MB4920C5A0E7D2F3B19A6E4C8D0B1F5@DB7PR02MB4920.eurprd02.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US"), ("Importance", "High")])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE report (17 Feb), the sender says so; HTML-only Outlook with a confidentiality footer; From "
              "display name 'Surname, First' in quotes; attachment name with parentheses."))


def m24():
    when = at("2021-02-18 10:06:39")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour,

Dans le cadre de la préparation de la conférence des 24 et 25 février, M. le Juge Rachid Benali, juge des mineurs au Tribunal de première instance d'Alger, souhaiterait y assister en tant que participant.

Pourriez-vous nous indiquer la procédure d'inscription et nous communiquer le lien de connexion ? Il ne demande pas à intervenir.

Avec nos remerciements,

Le secrétariat
Direction des affaires pénales et des grâces
Ministère de la Justice - Alger
"""
    body = leaf("text/plain", text, "iso-8859-1", "8bit")
    m = mk(when, sent, "mail.mjustice.example.dz", "41.111.130.5", "4Dds8Gc3Tnz4",
           "=?iso-8859-1?Q?Secr=E9tariat_DAPG?= <dapg.secretariat@mjustice.example.dz>",
           "=?iso-8859-1?Q?Inscription_=E0_la_conf=E9rence_des_24-25_f=E9vrier?=",
           "<20210218090633.5A7C21E04F@mail.mjustice.example.dz>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)")])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="registration/logistics request for a juvenile judge who wants to attend only ('Il ne demande pas à "
              "intervenir'): name, title and court are given but he is not a proposed speaker; Latin-1 8bit body, "
              "hand-written RFC 2047 headers."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
