#!/usr/bin/env python3
"""Write the blind evaluation set holdout163 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets163.py
Theme: the private sector and labour recruitment: recruitment agencies and their federations, chambers of
commerce and industry, employers' organisations, ethical-recruitment initiatives, corporate HR and CSR
departments, insurers of migrant workers.  Helpers imported from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, rfcdate, sp, std_rows, text2html, top, tz, html_only, sent_at, dsn_report)

SET = EvalSet(163)
add = SET.add

INVITE_ID = "<INV-2021-01-26-AR.0001@gcmrrarabstates.iom.int>"
INVITE_SUBJ_AR = "دعوة - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية"


def alt(text, boundary, html=None, rtl=False, b64=False, charset="utf-8"):
    if html is None:
        d = ' dir="rtl"' if rtl else ""
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                '<body><div%s style="font-family:Calibri,Arial,sans-serif">%s</div></body></html>\n'
                % (charset, d, text2html(text)))
    cte = "base64" if b64 else "quoted-printable"
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def report_pdf(org, title, extra=()):
    return make_pdf([org, title, "Regional Review of the Global Compact for Migration - Arab region", "",
                     "1. Introduction and scope", "2. Methodology: consultation of member companies",
                     "3. Progress on GCM objectives 6 (fair recruitment) and 7",
                     "4. Challenges: recruitment fees, contract substitution, insurance coverage",
                     "5. Recommendations to governments and employers"] + list(extra))


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 09:41:05")
    sent = sent_at(when, 3, 2)
    text = """شكراً لرسالتكم.

أنا حالياً في إجازة سنوية حتى يوم الأحد 7 فبراير 2021، ولن أتمكن من الاطلاع على البريد الإلكتروني بشكل منتظم.
للأمور العاجلة المتعلقة بالتوظيف والاستقدام يرجى التواصل مع قسم الموارد البشرية على hr@alwaha-manpower.example.com

مع التحية،
خالد المطيري
مدير الموارد البشرية - شركة الواحة للقوى العاملة
"""
    body = alt(text, "_000_DB9PR02MB7180AB12CD34EF56_", rtl=True)
    rows = std_rows(when, "mail-db9eur03.outbound.protection.example.com", "40.107.14.52", "4DQw7k1Hbyz2",
                    addr("خالد المطيري", "k.almutairi@alwaha-manpower.example.com"),
                    hdr("رد تلقائي: " + INVITE_SUBJ_AR),
                    rfcdate(sent), "<DB9PR02MB7180.ooo.7a21c@alwaha-manpower.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                           ("X-Auto-Response-Suppress", "All")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Content-Language", "ar-KW")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic out-of-office of an HR manager of a manpower company, in reply to the Arabic invitation "
              "(Auto-Submitted: auto-replied, X-Autoreply, null Return-Path); gives a return date and another "
              "address. Never acknowledge."))


M02_ID = "<CAJx8Rk2pQ7nV4tW1mZ9bY3cL6dF0gH5sA2eU8iO@mail.gmail.example.com>"


def m02():
    when = at("2021-01-28 16:03:27")
    sent = sent_at(when, 2, 6)
    text = """Dear GCM Regional Review team,

Following the invitation letter of 26 January, the Arab Employers' Network for Fair Recruitment (AENFR) would like to put forward two speakers. Details below:

1) Name: Ms. Layla Darwish
   Title: Director of Programmes
   Organization: AENFR
   Role: floor intervention in Roundtable 2

2) Name: Mark Ellison
   Title: Senior Adviser, Private Sector Engagement
   Organization: AENFR
   Role: open discussion of the multi-stakeholder consultation (23 Feb)

Both can join online or in person, whichever format is decided. Happy to send short bios if useful.

Best,
Jad Haddad
Communications Associate
Arab Employers' Network for Fair Recruitment (AENFR)
www.aenfr.example.org
"""
    body = alt(text, "000000000000a41c2f05b9f0e8d1")
    m = mk(when, sent, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DR2jN0fKcz8",
           "Jad Haddad <jad.haddad@aenfr.example.org>", "AENFR speakers - GCM regional review", M02_ID, body,
           cc="Layla Darwish <l.darwish@aenfr.example.org>")
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Layla Darwish", "Director of Programmes", "Arab Employers' Network for Fair Recruitment (AENFR)",
           ["roundtable"], 2),
        sp("Mark Ellison", "Senior Adviser, Private Sector Engagement",
           "Arab Employers' Network for Fair Recruitment (AENFR)", ["open_discussion"])],
        notes="two speakers on labelled lines where the organisation is only the acronym 'AENFR'; the full name "
              "is in the opening sentence and the sender's signature, so the fullest form (with acronym) is "
              "recorded; 'Ms.' dropped; second title written with its unit, kept whole; sender is not a speaker."))


M03_ID = "<000001d6f6b2$4c8e1a20$e5aa4e60$@fnarep.example.ma>"


def m03():
    when = at("2021-01-29 11:27:48")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

J'ai bien reçu la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, et je vous en remercie.

Les agences de recrutement privées sont en première ligne sur la question du recrutement équitable, et notre fédération a engagé depuis 2019 une démarche de labellisation de ses membres. C'est pourquoi je souhaiterais, si possible, intervenir lors de la séance plénière de la conférence pour partager cette expérience.

Je reste à votre disposition pour tout renseignement complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Rachid BENJELLOUN
Président
Fédération Nationale des Agences de Recrutement et d'Emploi Privé (FNAREP)
Casablanca – Maroc
Tél. : +212 5 22 00 11 22
"""
    body = alt(text, "----=_NextPart_000_0001_01D6F6B2.4C8E1A20", charset="windows-1252")
    m = mk(when, sent, "smtp.menara.example.ma", "196.200.131.18", "4DRfV13yQkz5",
           "Rachid BENJELLOUN <president@fnarep.example.ma>",
           hdr("Demande d'intervention - Examen régional PMM (séance plénière)", enc="Q"), M03_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbwskyOGiDlqk5gQ2yWb0Xz1A=="),
                  ("Content-Language", "fr")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rachid Benjelloun", "Président",
           "Fédération Nationale des Agences de Recrutement et d'Emploi Privé (FNAREP)", ["plenary"])],
        notes="the sender is the speaker; his name, title and federation appear only in the signature (surname in "
              "capitals, recorded in normal case); the city/country line after the federation is not part of the "
              "affiliation; 'la séance plénière' = plenary."))


def m04():
    when = at("2021-01-31 10:18:02")
    sent = sent_at(when, 3, 7)
    text = """السادة / أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين
المنظمة الدولية للهجرة

تحية طيبة وبعد،

إشارةً إلى دعوتكم الكريمة المؤرخة في 26 كانون الثاني 2021، يسرّنا في غرفة تجارة وصناعة الرافدين أن نرشح سعادة الأستاذ فيصل عبد الرزاق النعيمي، نائب رئيس مجلس الإدارة، ليكون أحد المقررين الذين يتولون عرض الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر.

وتؤكد الغرفة اهتمامها بمحور الاستقدام العادل وحماية العمالة الوافدة في القطاع الخاص، واستعدادها للمساهمة في إنجاح أعمال المراجعة.

وتفضلوا بقبول فائق الاحترام والتقدير،

مكتب الأمين العام
غرفة تجارة وصناعة الرافدين - بغداد
هاتف: 964 1 700 0000+
"""
    body = alt(text, "_000_HE1PR0601MB2266C3B4A5D6E7F8_", rtl=True, b64=True)
    m = mk(when, sent, "mail.rcci.example.iq", "185.20.110.9", "4DSQz65gWnz1",
           addr("مكتب الأمين العام - غرفة الرافدين", "sg.office@rcci.example.iq"),
           hdr("ترشيح مقرر لعرض الرسائل الرئيسية - المراجعة الإقليمية للاتفاق العالمي للهجرة"),
           "<HE1PR0601MB2266C3B4A5D6E7F8@HE1PR0601MB2266.eurprd06.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-IQ")])
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فيصل عبد الرزاق النعيمي", "نائب رئيس مجلس الإدارة", "غرفة تجارة وصناعة الرافدين", ["rapporteur"])],
        notes="formal Arabic letter sent by the secretary-general's office (no personal signature) on behalf of the "
              "vice-chair; honorific 'سعادة الأستاذ' dropped; 'أحد المقررين ... عرض الرسائل الرئيسية' = rapporteur; "
              "city after the chamber in the signature is not part of the affiliation; Iraqi month name. The From display "
              "name spans two RFC 2047 encoded-words (policy.default shows a stray space inside a word)."))


def m05():
    when = at("2021-02-01 14:52:36")
    sent = sent_at(when, 4, 5)
    text = """Hello,

I work in the Group HR team of a construction and facilities management company with around 14,000 employees in the Gulf, most of them migrant workers recruited through agencies in South Asia and East Africa. Our CSR colleagues forwarded us your invitation.

A few quick questions before we decide how to engage:

1. Can a private company submit a voluntary GCM review report directly, or should this go through our national employers' federation?
2. Is there a template or page limit for the report?
3. If we want someone to speak at one of the roundtables, do we need to register for the consultation separately?

Thanks in advance, and apologies if this is covered somewhere I missed.

Kind regards,
Priyanka Menon
Manager, Employee Relations & Welfare | Group Human Resources
Al Bayan Contracting & Facilities Management LLC
"""
    body = alt(text, "_000_BN8PR12MB3458F0E1D2C3B4A5BN8PR12MB3458namp_")
    m = mk(when, sent, "mail-bn8nam12.outbound.protection.example.com", "40.107.237.81", "4DTkC05bVmz9",
           "Priyanka Menon <priyanka.menon@albayan-cfm.example.ae>",
           "Query - private sector participation in GCM review",
           "<BN8PR12MB3458F0E1D2C3B4A5@BN8PR12MB3458.namprd12.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions from a corporate HR department (can a company submit a report, template, how to get a "
              "roundtable slot): mentions both the voluntary report and speaking roles but submits and proposes "
              "nothing."))


M06_ID = "<VI1PR09MB4020A1B2C3D4E5F6@VI1PR09MB4020.eurprd09.prod.outlook.example.com>"
M06_PDF = "Rapport_volontaire_UPTEM_PMM_2021.pdf"


def m06():
    when = at("2021-02-02 12:09:51")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

Comme suite à votre invitation, l'Union patronale tunisienne pour l'emploi et la mobilité (UPTEM) a l'honneur de vous transmettre ci-joint sa contribution à l'examen régional : un rapport volontaire sur la mise en œuvre du Pacte mondial dans le secteur privé tunisien, en particulier sur le recrutement équitable et la mobilité des compétences.

Nous souhaiterions également que Mme Sonia Ben Amor, Directrice des affaires sociales et de la formation à l'UPTEM, puisse prendre la parole lors de la troisième table ronde thématique.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Hichem Jaziri
Secrétaire général
UPTEM
Immeuble Les Berges du Lac, Tunis
"""
    pdf = report_pdf("Union patronale tunisienne pour l'emploi et la mobilite (UPTEM)",
                     "Rapport volontaire d'examen du Pacte mondial pour les migrations - fevrier 2021")
    logo = attach("image/png", make_png(24, 10, (200, 30, 40)), "image001.png", inline=True)
    logo["Content-ID"] = "<image001.png@01D6F96B.0A1B2C30>"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">%s<p><img src="cid:image001.png@01D6F96B.0A1B2C30" '
            'width="120" height="50" alt="UPTEM"></p></div></body></html>\n' % text2html(text))
    related = multi("related", [alt(text, "_000_VI1PR09MB4020A1B2C3D4E5F6_alt_", html=html), logo],
                    "_004_VI1PR09MB4020A1B2C3D4E5F6_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [related, attach("application/pdf", pdf, M06_PDF)], "_005_VI1PR09MB4020A1B2C3D4E5F6_")
    m = mk(when, sent, "mail-vi1eur09.outbound.protection.example.com", "40.107.9.120", "4DT9mK2cRsz7",
           "Hichem Jaziri <sg@uptem.example.tn>",
           hdr("UPTEM - rapport volontaire PMM et proposition d'intervenante", enc="Q"), M06_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(6, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sonia Ben Amor", "Directrice des affaires sociales et de la formation",
           "Union patronale tunisienne pour l'emploi et la mobilité (UPTEM)", ["roundtable"], 3)],
        report_attachments=[M06_PDF],
        notes="both: report PDF plus a speaker, 2 February so both parts on time; the speaker's organisation is "
              "written 'à l'UPTEM' and in full in the first paragraph (fullest form recorded); 'troisième table "
              "ronde' = 3; inline PNG logo in the signature is not part of the report; signer is not the speaker."))


def m07():
    when = at("2021-02-03 08:36:14")
    sent = sent_at(when, 2, 9)
    text = """السلام عليكم ورحمة الله

بعد إذن حضراتكم، دي بيانات المرشحين من الجمعية للمشاركة في المراجعة الإقليمية، زي ما طلبتوا في الدعوة:

الاسم: محمود سعيد عبد الفتاح
الصفة: رئيس مجلس الإدارة
الجهة: جمعية شركات إلحاق العمالة المصرية بالخارج - القاهرة
المشاركة: المناقشة المفتوحة يوم 23 فبراير

الاسم: م. هالة يوسف منصور
الصفة: مديرة الامتثال والتوظيف الأخلاقي
الجهة: شركة النيل للتوظيف الدولي (عضو الجمعية)
المشاركة: مداخلة في المائدة المستديرة الرابعة

ولو محتاجين أي حاجة تانية بلغونا.
شكراً

أحمد رضا
السكرتير التنفيذي للجمعية

مرسل من الـ iPhone الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-qt1-f170.google.example.com", "209.85.160.170", "4DTw2n4vHxz3",
           addr("Ahmed Reda", "ahmed.reda.eaea@gmail.example.com"),
           re_hdr("", "ترشيحات الجمعية للمراجعة الإقليمية"),
           "<6B2F0E91-4C7A-4D3B-9E15-8A0C2D7F1B34@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود سعيد عبد الفتاح", "رئيس مجلس الإدارة", "جمعية شركات إلحاق العمالة المصرية بالخارج",
           ["open_discussion"]),
        sp("هالة يوسف منصور", "مديرة الامتثال والتوظيف الأخلاقي", "شركة النيل للتوظيف الدولي", ["roundtable"], 4)],
        notes="iPhone plain text, Egyptian colloquial; two speakers in a pasted form; 'م.' (engineer) honorific "
              "dropped; '- القاهرة' after the association is a place, not part of the affiliation; the "
              "parenthetical '(عضو الجمعية)' after the company is a remark, not part of its name (secretary's "
              "judgement); 'المائدة المستديرة الرابعة' = 4; sender (executive secretary) is not a speaker."))


def m08():
    when = at("2021-02-03 13:15:40")
    d = tz(when, 3)
    text = """This is the mail system at host mx.gulfstaffing.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<recruitment@gulfstaffing.example.net>: host
    127.0.0.1[127.0.0.1] said: 550 5.1.1 <recruitment@gulfstaffing.example.net>:
    Recipient address rejected: User unknown in virtual mailbox table (in reply
    to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx.gulfstaffing.example.net\n"
           "X-Postfix-Queue-ID: 7F1A23C0452\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; recruitment@gulfstaffing.example.net\n"
           "Original-Recipient: rfc822;recruitment@gulfstaffing.example.net\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; 127.0.0.1\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <recruitment@gulfstaffing.example.net>: Recipient address rejected: "
           "User unknown in virtual mailbox table\n" % rfcdate(d - dt.timedelta(seconds=2)))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: recruitment@gulfstaffing.example.net\n"
            "Subject: RE: Speaking role request - Gulf Staffing Solutions\n"
            "Date: %s\n"
            "Message-ID: <SEC-2021-02-03-0087@gcmrrarabstates.iom.int>\n" % rfcdate(when - dt.timedelta(seconds=40)))
    body = dsn_report(text, dsn, hdrs, "7F1A23C0452.1612350940/mx.gulfstaffing.example.net")
    rows = std_rows(when, "mx.gulfstaffing.example.net", "198.51.100.73", "4DTy0s1LqWz6",
                    "MAILER-DAEMON@gulfstaffing.example.net (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(d),
                    "<20210203111540.7F1A23C0452@mx.gulfstaffing.example.net>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(8, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.1 user unknown) for one of the secretariat's replies to a staffing agency; the "
              "returned headers mention a speaking role request. Never acknowledge."))


def m09():
    when = at("2021-02-04 10:02:33")
    sent = sent_at(when, 2, 5)
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt;color:#222">
<p>Bonjour,</p>
<p>Au nom de M. Antoine Khoury, Directeur général adjoint de la Compagnie Libanaise d'Assurance des Travailleurs (CLAT), j'ai le plaisir de vous confirmer son souhait de participer à la <b>discussion ouverte de la consultation multipartite du 23 février</b>.</p>
<p>M. Khoury souhaiterait y présenter brièvement l'expérience de la CLAT en matière de couverture santé et accidents du travail pour les travailleurs domestiques migrants.</p>
<p>Merci de bien vouloir adresser toute correspondance à M. Khoury, avec ma personne en copie.</p>
<p>Bien cordialement,</p>
<table style="font-size:9pt;color:#555"><tr><td style="border-left:3px solid #0a5c8a;padding-left:8px">
<b>Maya Saadé</b><br>Assistante de direction – Direction générale<br>CLAT s.a.l.<br>Achrafieh, Beyrouth – Liban<br>
T +961 1 200 300</td></tr></table>
<p style="font-size:8pt;color:#999">Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.</p>
</div>"""
    body = html_only(inner)
    m = mk(when, sent, "mail.clat.example.lb", "203.0.113.45", "4DVP8c3mNtz4",
           addr("Maya Saadé", "m.saade@clat.example.lb", enc="Q"),
           hdr("Participation de M. Antoine Khoury – discussion ouverte du 23 février", enc="Q"),
           "<7c1e5b0a9f2d4e3b8a6c1d0e2f3a4b5c@clat.example.lb>", body,
           cc="Antoine Khoury <a.khoury@clat.example.lb>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Antoine Khoury", "Directeur général adjoint", "Compagnie Libanaise d'Assurance des Travailleurs (CLAT)",
           ["open_discussion"])],
        notes="HTML-only, sent by the executive assistant 'au nom de' the deputy director general of an insurer of "
              "migrant workers; her own title and 'CLAT s.a.l.' are in the signature table (decoys); 'M.' dropped; "
              "'discussion ouverte de la consultation multipartite' = open_discussion."))


M10_ID = "<AM0PR02MB5571B6C7D8E9F0A1@AM0PR02MB5571.eurprd02.prod.outlook.example.com>"


def m10():
    when = at("2021-02-04 15:44:09")
    sent = sent_at(when, 3, 6)
    text = """Dear Colleagues,

Thank you for the invitation to the Regional Review of the GCM in the Arab region. The Federation of GCC Employers would welcome the opportunity to contribute the employers' perspective.

We would like to propose:

- Dr. Hamad Al-Suwaidi, Secretary General of the Federation, to serve as one of the rapporteurs delivering the stakeholders' key messages; and
- our colleague Ms. Grace Njoroge, to make a floor intervention in one of the plenary sessions, focusing on skills recognition and employer-paid recruitment.

Please do not hesitate to contact me for any further information.

With best regards,

Omar Farouk
Policy & Partnerships Manager
Federation of GCC Employers (FGE) | Manama, Kingdom of Bahrain
T: +973 1700 0000 | www.fge.example.org
"""
    body = alt(text, "_000_AM0PR02MB5571B6C7D8E9F0A1AM0PR02MB5571eurp_")
    m = mk(when, sent, "mail-am0eur02.outbound.protection.example.com", "40.107.12.63", "4DVZh73kDnz2",
           "Omar Farouk <o.farouk@fge.example.org>", "FGE - proposed speakers / GCM Regional Review", M10_ID, body,
           cc="Hamad Al-Suwaidi <sg@fge.example.org>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hamad Al-Suwaidi", "Secretary General", "Federation of GCC Employers (FGE)", ["rapporteur"]),
        sp("Grace Njoroge", None, "Federation of GCC Employers (FGE)", ["plenary"])],
        notes="two speakers in prose bullets; 'Secretary General of the Federation' recorded as the title, the "
              "federation named in full (with acronym) only in the sender's signature; second speaker has no title "
              "(null, 'our colleague'); 'Dr.'/'Ms.' dropped; the place after the federation in the signature is not "
              "part of the affiliation."))


def m11():
    when = at("2021-02-05 23:47:10")
    sent = sent_at(when, 3, 8)
    text = """السلام عليكم ورحمة الله وبركاته،

الإخوة والأخوات في أمانة المراجعة الإقليمية،

أرجو قبول طلبي للمشاركة بمداخلة في المائدة المستديرة الأولى ضمن أعمال المؤتمر يومي 24 و25 فبراير، وذلك قبل انتهاء المهلة المحددة في رسالتكم (الجمعة 23 فبراير). وأود الحديث عن تجربة الشركة في تطبيق مبدأ "صاحب العمل يدفع" وإلغاء رسوم الاستقدام على العمال.

وتقبلوا خالص التحية،

نوف بنت سعد القحطاني
مديرة إدارة الموارد البشرية
شركة الخليج الوطنية للاستقدام
الرياض - المملكة العربية السعودية
"""
    body = alt(text, "000000000000f3d9e105ba9a5c10", rtl=True, b64=True)
    m = mk(when, sent, "mail-pj1-f66.google.example.com", "209.85.216.66", "4DX0Bf1vLyz8",
           addr("نوف القحطاني", "nouf.alqahtani@gnr-recruitment.example.sa"),
           re_hdr("", "طلب مشاركة بمداخلة - المائدة المستديرة الأولى"),
           "<CAK3mP7rQ1sT9uV5wX2yZ8aB4cD6eF0gH1iJ3kL@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نوف بنت سعد القحطاني", "مديرة إدارة الموارد البشرية", "شركة الخليج الوطنية للاستقدام",
           ["roundtable"], 1)],
        notes="edge: received 23:47 on Friday 5 February Beirut time; the Date header (+0300) already reads Saturday "
              "6 February 00:47: on time. Quotes the misprinted Arabic deadline ('الجمعة 23 فبراير'), which does "
              "not apply. Sender is the speaker, details only in the signature (city line dropped); the From "
              "display name is shorter than the signature name (full signature form recorded)."))


def m12():
    when = at("2021-02-06 10:14:55")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Avec un peu de retard (toutes nos excuses, la lettre d'invitation ne nous est parvenue que jeudi via notre tutelle), la Chambre souhaite proposer l'intervenante suivante :

Nom : Karima HADJ-ALI
Fonction : Cheffe du service Mobilité et compétences, Direction des relations internationales
Organisme : Chambre Algérienne de Commerce et d'Industrie (CACI), Alger
Session souhaitée : table ronde n°2

En espérant qu'il sera encore possible d'en tenir compte.

Cordialement,
Nassim Ferhat
Direction des relations internationales - CACI
"""
    body = alt(text, "0000000000007e21c905baa1b7f3")
    m = mk(when, sent, "mail-lf1-f45.google.example.com", "209.85.167.45", "4DXJwq0tPfz1",
           "Nassim Ferhat <n.ferhat.caci@gmail.example.com>", "Proposition d'intervenante - CACI",
           "<CAF9dL2sW6xY0zA4bC8eG1hJ5kM9nP3qR7tV1wX5@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Karima Hadj-Ali", "Cheffe du service Mobilité et compétences, Direction des relations internationales",
           "Chambre Algérienne de Commerce et d'Industrie (CACI)", ["roundtable"], 2)],
        notes="late (Saturday 6 February) and says so; labelled lines with a space before the colon; the title is "
              "written with its service and directorate (kept whole, as dev 012); ', Alger' after the chamber is a "
              "place, dropped; surname in capitals recorded in normal case; sender is not the speaker."))


def m13():
    when = at("2021-02-07 19:31:22")
    sent = sent_at(when, 3, 11)
    text = """Hi,

Sorry, I know the deadline for speakers was Friday - I was travelling and only just saw the invitation. If there is still space, I'd like to request a floor intervention in roundtable 3. Our coalition works with 40+ recruitment agencies and employers on the Employer Pays Principle and we have some fresh data on fees paid by workers in the corridor to the Gulf.

Thanks for considering,

Tomasz Nowak
Programme Lead, Ethical Recruitment
Responsible Recruitment Coalition (RRC)

Sent from my Samsung Galaxy smartphone.
"""
    body = leaf("text/plain", text, "utf-8", "7bit")
    m = mk(when, sent, "mail-oi1-f180.google.example.com", "209.85.167.180", "4DXsK31pZbz0",
           "Tomasz Nowak <t.nowak@rrcoalition.example.org>", "Late request - roundtable 3 speaker",
           "<s7ktb3-x9q2vf-4m1p8d@email.android.example.com>", body,
           extra=[("X-Mailer", "Android Email")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Tomasz Nowak", "Programme Lead, Ethical Recruitment", "Responsible Recruitment Coalition (RRC)",
           ["roundtable"], 3)],
        notes="late (Sunday 7 February) and says so; phone, plain text; the sender is the speaker, details only "
              "in the signature; title written with its area ('..., Ethical Recruitment'), kept whole."))


M14_ID = "<VI1PR09MB4020C7D8E9F0A1B2@VI1PR09MB4020.eurprd09.prod.outlook.example.com>"


def m14():
    when = at("2021-02-08 09:20:17")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

Sauf erreur de notre part, nous n'avons pas reçu d'accusé de réception de notre envoi du 2 février (rapport volontaire de l'UPTEM et proposition d'intervention de Mme Ben Amor).

Pourriez-vous nous confirmer sa bonne réception ? Nous aimerions par ailleurs connaître les modalités pratiques de la table ronde (présentiel ou en ligne, durée des interventions) afin que Mme Ben Amor puisse se préparer.

Avec nos remerciements,

Hichem Jaziri
Secrétaire général
UPTEM

________________________________
De : Hichem Jaziri <sg@uptem.example.tn>
Envoyé : mardi 2 février 2021 11:09
À : gcmrrarabstates@iom.int
Objet : UPTEM - rapport volontaire PMM et proposition d'intervenante

Madame, Monsieur,

Comme suite à votre invitation, l'Union patronale tunisienne pour l'emploi et la mobilité (UPTEM) a l'honneur de vous transmettre ci-joint sa contribution à l'examen régional : un rapport volontaire sur la mise en œuvre du Pacte mondial dans le secteur privé tunisien, en particulier sur le recrutement équitable et la mobilité des compétences.

Nous souhaiterions également que Mme Sonia Ben Amor, Directrice des affaires sociales et de la formation à l'UPTEM, puisse prendre la parole lors de la troisième table ronde thématique.
[...]
"""
    body = alt(text, "_000_VI1PR09MB4020C7D8E9F0A1B2_")
    m = mk(when, sent, "mail-vi1eur09.outbound.protection.example.com", "40.107.9.124", "4DYQ5t0bHcz5",
           "Hichem Jaziri <sg@uptem.example.tn>",
           hdr("RE: UPTEM - rapport volontaire PMM et proposition d'intervenante", enc="Q"), M14_ID, body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Content-Language", "fr-FR")])
    add(14, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h163-06.eml",
        notes="'did you receive it?' follow-up to h163-06 plus a logistics question; the Outlook-quoted original "
              "(not '>'-prefixed) repeats the report and speaker wording, but nothing new is submitted and no file "
              "is attached."))


M15_ID = "<DB7PR03MB4972E1F2A3B4C5D6@DB7PR03MB4972.eurprd03.prod.outlook.example.com>"
M15_DOCX = "التقرير الطوعي - الاتحاد العربي لمكاتب الاستقدام 2021.docx"


def m15():
    when = at("2021-02-09 13:05:48")
    sent = sent_at(when, 3, 5)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

يتشرف الاتحاد العربي لمكاتب الاستقدام والتوظيف بأن يرفق لكم تقريره الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي أُعدّ بمشاركة اثنتي عشرة جمعية وطنية لمكاتب الاستقدام في ثماني دول عربية، ويتناول بشكل خاص الهدف السادس (تيسير التوظيف العادل والأخلاقي) والهدف السابع.

نأمل أن يسهم التقرير في إثراء النقاش خلال المراجعة الإقليمية.

مع فائق الاحترام،

د. عادل الشمري
الأمين العام
الاتحاد العربي لمكاتب الاستقدام والتوظيف
"""
    doc = make_docx(["الاتحاد العربي لمكاتب الاستقدام والتوظيف",
                     "التقرير الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة - فبراير 2021",
                     "أولاً: المقدمة والمنهجية", "ثانياً: التقدم المحرز في الهدفين 6 و7",
                     "ثالثاً: التحديات", "رابعاً: التوصيات"])
    body = multi("mixed", [alt(text, "_000_DB7PR03MB4972E1F2A3B4C5D6_", rtl=True), attach(DOCX, doc, M15_DOCX)],
                 "_004_DB7PR03MB4972E1F2A3B4C5D6_")
    m = mk(when, sent, "mail-db7eur03.outbound.protection.example.com", "40.107.15.97", "4DZ2pW6rMkz3",
           addr("الاتحاد العربي لمكاتب الاستقدام", "secretariat@afrea.example.org"),
           hdr("التقرير الطوعي للاتحاد العربي لمكاتب الاستقدام والتوظيف"), M15_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-SA")])
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M15_DOCX],
        notes="collective report of a federation of recruitment agencies as DOCX with an Arabic file name (RFC 2231 "
              "filename*, RFC 2047 name); on time (9 February); the signer's 'د.' is not relevant (no speaker). The "
              "From display name spans two RFC 2047 encoded-words (policy.default shows a stray space)."))


M16_ID = "<SN6PR11MB3120A9B8C7D6E5F4@SN6PR11MB3120.namprd11.prod.outlook.example.com>"
M16_PDF = "SHG_GCM_Voluntary_Review_2021.pdf"


def m16():
    when = at("2021-02-10 11:38:26")
    sent = sent_at(when, 4, 5)
    text = """Dear GCM Regional Review Secretariat,

On behalf of Sahara Hospitality Group, please find attached our voluntary GCM review report. It summarises what we have done since 2019 across our 38 hotels in the region on responsible recruitment of migrant workers (no-fees policy, supplier audits of our recruitment agencies, grievance mechanism in 9 languages) and where we still fall short.

We would be grateful if you could confirm receipt.

Warm regards,

Sophie Laurent
Head of Corporate Social Responsibility
Sahara Hospitality Group
Dubai, UAE
"""
    pdf = report_pdf("Sahara Hospitality Group - Corporate Social Responsibility",
                     "Voluntary GCM Review Report 2021")
    logo = attach("image/png", make_png(30, 12, (180, 120, 40)), "image002.png", inline=True)
    logo["Content-ID"] = "<image002.png@01D6FF8A.3E4F5A60>"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Segoe UI,sans-serif;font-size:10pt">%s<p><img src="cid:image002.png@01D6FF8A.3E4F5A60" '
            'width="160" height="60" alt="Sahara Hospitality Group"></p></div></body></html>\n' % text2html(text))
    related = multi("related", [alt(text, "_000_SN6PR11MB3120A9B8C7D6E5F4_alt_", html=html), logo],
                    "_004_SN6PR11MB3120A9B8C7D6E5F4_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [related, attach("application/pdf", pdf, M16_PDF)], "_005_SN6PR11MB3120A9B8C7D6E5F4_")
    m = mk(when, sent, "mail-sn6nam11.outbound.protection.example.com", "40.107.223.70", "4DZbN05xTqz8",
           "Sophie Laurent <sophie.laurent@saharahospitality.example.com>",
           "Sahara Hospitality Group - Voluntary GCM Review Report", M16_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M16_PDF],
        notes="report from a company's CSR department (PDF) with an inline PNG logo in the signature (not part of "
              "the report); on time."))


M17_PDF = "Aman_Takaful_GCM_Report_2021.pdf"


def m17():
    when = at("2021-02-11 09:26:40")
    sent = sent_at(when, 4, 6)
    text = """السادة الكرام في أمانة المراجعة الإقليمية،

تحية طيبة،

مرفق طيه التقرير الطوعي لشركة الأمان للتأمين التكافلي حول مساهمة قطاع التأمين في تنفيذ الاتفاق العالمي للهجرة، ولا سيما برامج التأمين الصحي الإلزامي وتأمين حماية الأجور للعمالة الوافدة.

كما نقترح، إن أمكن، أن يتولى زميلنا الأستاذ سامر حداد، رئيس قسم تأمين العمالة الوافدة في الشركة، دور المقرر لعرض الرسائل الرئيسية لأصحاب المصلحة، نظراً لخبرته في هذا المجال. ونعتذر عن التأخر في إرسال هذا الترشيح.

مع خالص التحيات،

ريم العبدالله
مديرة الاستدامة والمسؤولية المجتمعية
شركة الأمان للتأمين التكافلي - دبي
"""
    pdf = report_pdf("Al Aman Takaful Insurance Co.", "Voluntary report on the GCM - insurance of migrant workers")
    body = multi("mixed", [alt(text, "000000000000c2a81b05bb0d9e47", rtl=True, b64=True),
                           attach("application/pdf", pdf, M17_PDF)], "000000000000c2a81d05bb0d9e49")
    m = mk(when, sent, "mail-ua1-f49.google.example.com", "209.85.222.49", "4F0Lr87cVdz2",
           addr("ريم العبدالله", "reem.alabdullah@amantakaful.example.ae"),
           hdr("التقرير الطوعي - شركة الأمان للتأمين التكافلي"),
           "<CAN5bT1qW7eR3yU9iO2pA6sD0fG4hJ8kL1zX5cV7@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سامر حداد", "رئيس قسم تأمين العمالة الوافدة", "شركة الأمان للتأمين التكافلي", ["rapporteur"])],
        report_attachments=[M17_PDF],
        notes="both, from an insurer of migrant workers: the report (11 February) is on time but the speaker part "
              "is late, so on_time is false; speaker's organisation only by reference ('في الشركة'), named in the "
              "first paragraph; honorific 'الأستاذ' dropped; 'دور المقرر' = rapporteur; signer is not the speaker."))


M18_ID = "<8d3f2a61-5b7c-4e90-a1d2-c3b4e5f60718@pere-an.example.org>"
M18_DOCX = "Rapport PMM – Plateforme employeurs recrutement équitable.docx"


def m18():
    when = at("2021-02-12 17:48:03")
    sent = sent_at(when, 1, 7)
    text = """Bonjour,

Veuillez trouver en pièce jointe le rapport volontaire collectif de la Plateforme des employeurs pour un recrutement équitable en Afrique du Nord (PERE-AN), au titre de l'examen régional du Pacte mondial pour les migrations.

Ce rapport a été élaboré avec nos 23 entreprises membres (BTP, agro-industrie, textile) et deux fédérations d'agences d'emploi privées, à partir d'un questionnaire et de deux ateliers en ligne.

Bien cordialement,

--
Claire Mercier
Coordinatrice
PERE-AN – Plateforme des employeurs pour un recrutement équitable
"""
    doc = make_docx(["Plateforme des employeurs pour un recrutement equitable en Afrique du Nord (PERE-AN)",
                     "Rapport volontaire collectif - Examen regional du Pacte mondial pour les migrations",
                     "1. Introduction", "2. Methodologie", "3. Progres realises (objectifs 6, 7 et 18)",
                     "4. Difficultes", "5. Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit", params=[("format", "flowed")]),
                           attach(DOCX, doc, M18_DOCX)], "------------A7C2E95F1B3D40681E2F9C0A")
    m = mk(when, sent, "smtp.pere-an.example.org", "192.0.2.88", "4F1Cq40nXgz6",
           "Claire Mercier <coordination@pere-an.example.org>",
           hdr("Rapport volontaire collectif PERE-AN - Pacte mondial", enc="Q"), M18_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "fr")])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M18_DOCX],
        notes="Thunderbird, plain text 8bit format=flowed; collective report DOCX whose file name has an en dash "
              "and accents (RFC 2231); on time. Revised by h163-21."))


M19_PDF = "ZFRA_GCM_voluntary_report_Feb2021.pdf"


def m19():
    when = at("2021-02-15 16:12:57")
    sent = sent_at(when, 0, 6)
    inner = """<div dir="ltr">Dear colleagues,<div><br></div>
<div>Please find attached the voluntary GCM review report of the <b>Zero Fees Recruitment Alliance (ZFRA)</b>, a multi-stakeholder initiative of employers, brands and licensed recruiters working towards the Employer Pays Principle in Gulf and Levant labour corridors.</div><div><br></div>
<div>We also realise the speaker deadline has passed, but in case there is still flexibility we would like to propose:</div>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:small">
<tr><th>Speaker</th><th>Position</th><th>Session</th></tr>
<tr><td>Aisha Rahman</td><td>Executive Director, ZFRA</td><td>Plenary</td></tr>
<tr><td>David Okafor</td><td>Research Manager</td><td>Roundtable 4</td></tr>
</table><div><br></div>
<div>Many thanks,</div>
<div>Aisha</div><div><br></div>
<div>-- <br><div dir="ltr">Aisha Rahman | Executive Director<br>Zero Fees Recruitment Alliance<br>London / Amman</div></div>
</div>"""
    pdf = report_pdf("Zero Fees Recruitment Alliance (ZFRA)", "Voluntary GCM Review Report - February 2021")
    body = multi("mixed", [html_only(inner), attach("application/pdf", pdf, M19_PDF)], "0000000000008e5b3705bb5c2a91")
    m = mk(when, sent, "mail-ed1-f53.google.example.com", "209.85.208.53", "4F3hT26kWbz4",
           "Aisha Rahman <aisha@zfra.example.org>", "ZFRA voluntary report + speakers (late, sorry!)",
           "<CAP2kF8rT4sU0vW6xY3zA9bC5dE1fG7hJ2iK8lM4@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Aisha Rahman", "Executive Director", "Zero Fees Recruitment Alliance (ZFRA)", ["plenary"]),
        sp("David Okafor", "Research Manager", "Zero Fees Recruitment Alliance (ZFRA)", ["roundtable"], 4)],
        report_attachments=[M19_PDF],
        notes="both, HTML-only Gmail with an HTML table of two speakers; report on time (15 February), speakers "
              "late, so on_time false; the sender is the first speaker; the table writes 'Executive Director, "
              "ZFRA' (title + acronym) and gives no organisation for the second speaker, whose affiliation is the "
              "alliance named in the body (secretary's reading)."))


def m20():
    when = at("2021-02-16 23:52:30")
    sent = sent_at(when, 4, 14)
    text = """السلام عليكم
مرفق تقرير الغرفة الطوعي حول الاتفاق العالمي للهجرة
مع الشكر

م. يوسف الزعابي
إدارة الدراسات - غرفة تجارة وصناعة الساحل الشرقي

أُرسلت من الـ iPhone
"""
    pdf = report_pdf("East Coast Chamber of Commerce and Industry (ECCI)", "Voluntary GCM review report - final")
    fname = "ECCI-GCM-report-final.pdf"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, fname)], "Apple-Mail-3F9A1C2E-7B4D-4E60-9A1F-2C3D4E5F6A7B")
    m = mk(when, sent, "mail-pl1-f173.google.example.com", "209.85.214.173", "4F4Dx17mQsz9",
           addr("يوسف الزعابي", "y.alzaabi@ecci.example.ae"), hdr("تقرير الغرفة"),
           "<A3C1E5F7-2B4D-4F6A-8C0E-1D3F5A7B9C2E@ecci.example.ae>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:52 on 16 February Beirut time, on time, although the Date header (+0400) reads "
              "17 February 01:52; iPhone, three-line body, bare subject ('تقرير الغرفة'), chamber of commerce."))


def m21():
    when = at("2021-02-17 11:03:41")
    sent = sent_at(when, 1, 6)
    text = """Bonjour,

Suite à une relecture par nos membres, nous vous adressons une version corrigée de notre rapport (v2), qui remplace celle envoyée le 12 février : les données de la section 3 sur les frais de recrutement ont été mises à jour et une recommandation a été ajoutée.

Merci de bien vouloir tenir compte de cette nouvelle version.

Bien cordialement,

--
Claire Mercier
Coordinatrice
PERE-AN – Plateforme des employeurs pour un recrutement équitable

Le 12/02/2021 à 16:48, Claire Mercier a écrit :
> Bonjour,
>
> Veuillez trouver en pièce jointe le rapport volontaire collectif de la Plateforme des employeurs pour un recrutement équitable en Afrique du Nord (PERE-AN), au titre de l'examen régional du Pacte mondial pour les migrations.
>
> Ce rapport a été élaboré avec nos 23 entreprises membres (BTP, agro-industrie, textile) et deux fédérations d'agences d'emploi privées, à partir d'un questionnaire et de deux ateliers en ligne.
>
> Bien cordialement,
"""
    doc = make_docx(["Plateforme des employeurs pour un recrutement equitable en Afrique du Nord (PERE-AN)",
                     "Rapport volontaire collectif - version 2 (17 fevrier 2021)",
                     "1. Introduction", "2. Methodologie", "3. Progres realises (donnees mises a jour)",
                     "4. Difficultes", "5. Recommandations (6 recommandations)"])
    fname = "Rapport PMM – Plateforme employeurs recrutement équitable v2.docx"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit", params=[("format", "flowed")]),
                           attach(DOCX, doc, fname)], "------------0B8D3F6A2C9E41705D1A8B3C")
    m = mk(when, sent, "smtp.pere-an.example.org", "192.0.2.88", "4F4kP52sLdz1",
           "Claire Mercier <coordination@pere-an.example.org>",
           hdr("Re: Rapport volontaire collectif PERE-AN - Pacte mondial (version corrigée)", enc="Q"),
           "<2e9a7c15-0f4b-4d63-b8e2-9a1c5d7f3e20@pere-an.example.org>", body,
           extra=[("In-Reply-To", M18_ID), ("References", M18_ID),
                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "fr")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], thread_of="h163-18.eml",
        notes="revised report (v2) replacing h163-18, a reply to the sender's own message with '>'-quoted original; "
              "received 17 February, after the report deadline, although the first version was on time."))


def m22():
    when = at("2021-02-18 14:27:09")
    sent = sent_at(when, 3, 5)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Sir / Madam,</p>
<p>Apologies that this comes after the 16 February deadline. Our Group HR function has prepared a short voluntary contribution to the GCM regional review; as our legal team has not cleared a formal document, we are sharing the text in the body of this email.</p>
<h3>Orion Workforce Solutions – Voluntary GCM review contribution (2021)</h3>
<p><b>1. About us.</b> Licensed private employment agency placing about 9,000 workers a year from Nepal, the Philippines, Kenya and Uganda with employers in Qatar, Kuwait and Oman.</p>
<p><b>2. Progress (GCM objective 6).</b> Since 2020 we charge no recruitment fees to workers; employment contracts are signed in the country of origin in the worker's language; passports stay with the workers.</p>
<p><b>3. Challenges.</b> Sub-agents in origin countries still charge informal fees; contract substitution on arrival; limited access to health insurance for workers between contracts.</p>
<p><b>4. Recommendations.</b> Bilateral recognition of licensed agencies; a regional public register of sub-agents; mandatory end-of-service insurance paid by employers.</p>
<p>Kind regards,<br>
Samira Haddad<br>
Group HR Director<br>
Orion Workforce Solutions W.L.L., Doha</p>
</div>"""
    body = html_only(inner)
    m = mk(when, sent, "mail-pr2eur06.outbound.protection.example.com", "40.107.14.88", "4F5Qn03yHtz7",
           "Samira Haddad <s.haddad@orionworkforce.example.qa>",
           "Voluntary GCM review contribution - Orion Workforce Solutions",
           "<PR2PR06MB6014A2B3C4D5E6F7@PR2PR06MB6014.eurprd06.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        notes="late (18 February) and says so; HTML-only; the report of a private recruitment agency's HR "
              "department is written in the body (no attachment), so report_attachments is empty."))


def m23():
    when = at("2021-02-19 10:40:12")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Je me permets de revenir vers vous, au nom de M. Benjelloun, concernant sa demande d'intervention ci-dessous.

Pourriez-vous nous indiquer à quelle séance plénière et à quelle heure son intervention est prévue, ainsi que la durée allouée ? Merci également de nous transmettre le lien de connexion si la conférence se tient en ligne.

Bien cordialement,

Fatima-Zahra Alaoui
Assistante du Président - FNAREP

-----Message d'origine-----
De : Rachid BENJELLOUN <president@fnarep.example.ma>
Envoyé : vendredi 29 janvier 2021 10:27
À : gcmrrarabstates@iom.int
Objet : Demande d'intervention - Examen régional PMM (séance plénière)

Madame, Monsieur,

J'ai bien reçu la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, et je vous en remercie.
[...]
"""
    body = alt(text, "----=_NextPart_000_0014_01D7069E.5B2C3D40")
    m = mk(when, sent, "smtp.menara.example.ma", "196.200.131.18", "4F6bW35rKpz2",
           "FNAREP Assistante <assistante@fnarep.example.ma>",
           hdr("RE: Demande d'intervention - Examen régional PMM (séance plénière)", enc="Q"),
           "<000f01d7069e$5b2c3d40$1184b7c0$@fnarep.example.ma>", body,
           cc="Rachid BENJELLOUN <president@fnarep.example.ma>",
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Content-Language", "fr")])
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h163-03.eml",
        notes="logistics follow-up by the president's assistant on h163-03 (which session, time, link): quotes the "
              "original request ('-----Message d'origine-----') but proposes no new speaker; 'au nom de' here does "
              "not introduce a speaker request."))


ACK15_ID = "<ACK-2021-02-09-0231@gcmrrarabstates.iom.int>"


def m24():
    when = at("2021-02-22 09:14:36")
    sent = sent_at(when, 3, 4)
    text = """شكراً جزيلاً على التأكيد، وبالتوفيق في أعمال المراجعة.

عادل الشمري

في الثلاثاء، 9 فبراير 2021 في 3:40 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
> السيد عادل الشمري المحترم،
>
> نشكركم على مساهمتكم في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية، ونؤكد استلام تقريركم الطوعي.
>
> أمانة المراجعة الإقليمية
"""
    body = alt(text, "000000000000d7e4a205bbeb3c18", rtl=True, b64=True)
    m = mk(when, sent, "mail-vs1-f54.google.example.com", "209.85.217.54", "4F8Rk60tYbz5",
           addr("عادل الشمري", "a.alshammari.afrea@gmail.example.com"),
           re_hdr("Re: ", "تأكيد الاستلام - التقرير الطوعي للاتحاد العربي لمكاتب الاستقدام والتوظيف"),
           "<CAQ7nM3pR9sT5uV1wX7yZ3aB9cD5eF1gH7iJ3kL9@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ACK15_ID), ("References", M15_ID + " " + ACK15_ID)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h163-15.eml",
        notes="thank-you reply to our acknowledgement of h163-15 (report), from the secretary-general's personal "
              "Gmail address, adds nothing new: do not acknowledge; the quoted acknowledgement mentions the "
              "voluntary report."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
