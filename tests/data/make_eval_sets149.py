#!/usr/bin/env python3
"""Write the blind evaluation set holdout149 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets149.py
Theme: health and migration (hospitals and clinics serving migrants, ministries of health, psychosocial and
mental-health NGOs, nurses' and doctors' syndicates, medical faculties, a health-insurance fund, community
health workers).  Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, esc, flowed, hdr, html_wrap, leaf, make_docx,
                     make_pdf, make_png, mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz)

SET = EvalSet(149)
add = SET.add

INVITE_ID = "<INV-2021-01-26-AR.0001@gcmrrarabstates.iom.int>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 11:05:40")
    sent = tz(when - dt.timedelta(seconds=2), 3)
    text = """مع التحية،

أنا خارج المكتب في مهمة ميدانية إلى مخيمات النازحين في محافظة نينوى حتى يوم الأحد ٧ شباط ٢٠٢١.
للأمور العاجلة المتعلقة بحملات التلقيح أو الإحالات الطبية يرجى مراسلة السيد مهند علي على البريد: m.ali@moh-phd.example.iq

د. زينب حميد الساعدي
معاون مدير دائرة الصحة العامة
"""
    html = '<div dir="rtl" style="font-family:Arial">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "_000_VI1PR08MB5521A7C3E0F1D2B4_")
    rows = std_rows(when, "mail-vi1eur05.outbound.protection.example.com", "40.107.21.77", "4DQB3k1vWsz2",
                    addr("زينب حميد الساعدي", "z.alsaadi@moh-phd.example.iq"),
                    re_hdr("", "رد تلقائي: دعوة للمشاركة في المراجعة الإقليمية للاتفاق العالمي للهجرة"),
                    rfcdate(sent), "<oof.VI1PR08MB5521.7e21@moh-phd.example.iq>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("Thread-Topic", "دعوة للمشاركة")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("In-Reply-To", INVITE_ID))
    rows.append(("Content-Language", "ar-IQ"))
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of an Iraqi public-health official, in reply to the invitation; mentions a "
              "February date, vaccination campaigns and another address; Auto-Submitted + null Return-Path. "
              "Nothing submitted."))


def m02():
    when = at("2021-01-28 14:36:09")
    sent = when - dt.timedelta(seconds=5)
    inner = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1F3864">
<p>Dear colleagues,</p>
<p>Thank you for the kind invitation. The Order of Nurses in Lebanon would like to request two speaking slots. Please see the details below:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#D9E2F3"><th>Name</th><th>Position</th><th>Organization</th><th>Session</th></tr>
<tr><td>Rima Saadeh</td><td>Head of the Public Health Committee</td><td>Order of Nurses in Lebanon (ONL)</td><td>Thematic roundtable 2</td></tr>
<tr><td>Dr. Karim Nassar</td><td>Emergency Nursing Coordinator</td><td>Karantina Governmental Hospital, Beirut</td><td>Plenary (24 Feb)</td></tr>
</table>
<p>Since the port explosion many of the nurses staffing the Karantina emergency department have themselves been migrant domestic workers&#39; first point of care, and we think this perspective is missing from most discussions on access to health.</p>
<p>Best regards,</p>
<p><b>Rima Saadeh</b>, RN, MPH<br>
Head, Public Health Committee<br>
Order of Nurses in Lebanon<br>
Tel +961 1 611 xxx</p>
</div>"""
    plain = """Dear colleagues,

Thank you for the kind invitation. The Order of Nurses in Lebanon would like to request two speaking slots. Please see the details below:

Name | Position | Organization | Session
Rima Saadeh | Head of the Public Health Committee | Order of Nurses in Lebanon (ONL) | Thematic roundtable 2
Dr. Karim Nassar | Emergency Nursing Coordinator | Karantina Governmental Hospital, Beirut | Plenary (24 Feb)

Since the port explosion many of the nurses staffing the Karantina emergency department have themselves been migrant domestic workers' first point of care, and we think this perspective is missing from most discussions on access to health.

Best regards,

Rima Saadeh, RN, MPH
Head, Public Health Committee
Order of Nurses in Lebanon
Tel +961 1 611 xxx
"""
    body = multi("alternative", [leaf("text/plain", plain), leaf("text/html", html_wrap(inner))],
                 "_000_AM6PR10MB2897C4D1E2F3A5B6AM6PR10MB2897EURP_")
    m = mk(when, sent, "mail-am6eur05.outbound.protection.example.com", "40.107.22.95", "4DRk9C2qLhz6",
           "Rima Saadeh <r.saadeh@onl-lb.example.org>", "Speaking slots request - Order of Nurses in Lebanon",
           "<AM6PR10MB2897C4D1E2F3A5B6@AM6PR10MB2897.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rima Saadeh", "Head of the Public Health Committee", "Order of Nurses in Lebanon (ONL)", ["roundtable"], 2),
        sp("Karim Nassar", "Emergency Nursing Coordinator", "Karantina Governmental Hospital, Beirut", ["plenary"])],
        notes="two speakers in an HTML table (plain part flattened with pipes); the sender is also the first speaker; "
              "'Dr.' dropped from the second name; 'RN, MPH' post-nominals in the signature are not part of the name."))


def m03():
    when = at("2021-01-29 19:48:27")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Bonsoir,

Suite à la réception de votre invitation transmise par notre bureau national, je souhaiterais prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février.

Notre syndicat suit de près la situation des médecins étrangers exerçant dans les hôpitaux provinciaux (notamment les médecins subsahariens formés au Maroc et qui n'obtiennent pas l'autorisation d'exercer), ainsi que l'accès aux urgences pour les migrants en situation administrative irrégulière à Oujda et Nador.

Avec mes remerciements anticipés,

-- 
Dr Mehdi Alaoui Ismaili
Secrétaire général adjoint
Syndicat Indépendant des Médecins du Secteur Public (SIMSP)
Rabat - Maroc
"""
    body = leaf("text/plain", flowed(text), cte="8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.menara.example.ma", "196.200.131.45", "4DSH2m0pXrz9",
           "Mehdi Alaoui Ismaili <m.alaouiismaili@simsp.example.ma>",
           hdr("Demande de prise de parole – discussion ouverte 23 février", enc="Q"),
           "<5f1b2c9e-3a7d-4e61-9b02-d4c8a1e7f350@simsp.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mehdi Alaoui Ismaili", "Secrétaire général adjoint",
           "Syndicat Indépendant des Médecins du Secteur Public (SIMSP)", ["open_discussion"])],
        notes="self-nomination written in the first person: name, title and organisation only in the signature "
              "(after '-- '); Thunderbird format=flowed 8bit; compound surname."))


M04_ID = "<CAH9xWq2Lm7ZtRk4NbE1sYv8Pc3FjGd6uTo0AiQ5@mail.gmail.example.com>"


def m04():
    when = at("2021-02-01 10:12:44")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """مرحبا،

تحية طيبة من فريق جمعية نفس للدعم النفسي والاجتماعي في عمّان.

بخصوص دعوتكم للمراجعة الإقليمية، حابين نرشّح شخصين من عنّا ومن شركائنا:

- رنا عبد الهادي، مديرة برامج الصحة النفسية في الجمعية، وبتحب تكون وحدة من المقررين اللي بيقدموا الرسائل الرئيسية لأصحاب المصلحة.
- الدكتور سامر الخطيب، طبيب نفسي استشاري في مستشفى البشير الحكومي (وزارة الصحة)، للمداخلة بالطاولة المستديرة الرابعة.

الدكتور سامر بيشتغل معنا من ٢٠١٥ بعيادة الصحة النفسية للاجئين والعمال المهاجرين، وعنده خبرة كبيرة بموضوع الصدمة والإحالة.

يعطيكم العافية،
هبة الزعبي
منسقة الاتصال - جمعية نفس
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "000000000000b7e2c405ba4f2a61")
    m = mk(when, sent, "mail-ed1-f46.google.example.com", "209.85.208.46", "4DTcQ81wNkz3",
           addr("جمعية نفس", "nafas.psychosocial@gmail.example.com"),
           re_hdr("", "ترشيح متحدثين - جمعية نفس"), M04_ID, body)
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رنا عبد الهادي", "مديرة برامج الصحة النفسية", "جمعية نفس للدعم النفسي والاجتماعي", ["rapporteur"]),
        sp("سامر الخطيب", "طبيب نفسي استشاري", "مستشفى البشير الحكومي (وزارة الصحة)", ["roundtable"], 4)],
        notes="Jordanian dialect prose, two speakers in bullets; 'الدكتور' is an honorific; first speaker's "
              "affiliation only as 'في الجمعية' (full name from the greeting line); rapporteur role described "
              "('تقديم الرسائل الرئيسية'); roundtable as an ordinal word; sender (communications) not a speaker."))


def m05():
    when = at("2021-02-01 16:30:18")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """Hello,

I coordinate a small network of community health workers in Khartoum and Gedaref, most of them Eritrean and Ethiopian refugees who were trained as health promoters in the camps.

Two quick questions before we decide how to take part:

1) Is there a template or a minimum structure for the voluntary review report, or can we send a short narrative (3-4 pages)?
2) Some of our CHWs do not have valid passports. Would online participation in the consultation on 23 February require any ID document for registration?

We would also like to know if the sessions will be recorded, so that those who work shifts can follow later.

Thanks a lot,
Semhar Tesfay
CHW Network Sudan
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                 "0000000000004c91a805ba5311e7")
    m = mk(when, sent, "mail-pj1-f44.google.example.com", "209.85.216.44", "4DTm4s7yHpz1",
           "Semhar Tesfay <chw.network.sd@gmail.example.com>", "Questions on the report format and ID for registration",
           "<CAN4bTr7Wq0Lx3Zk9Pm2Vc5Hs8Jd1Fg6Yu4Eo7Ri@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions only (report format, ID for registration, recordings): mentions the voluntary report and "
              "the 23 February consultation but submits nothing and asks for no speaking role."))


M06_ID = "<DB8P191MB0621E5A4C3B2A1F0@DB8P191MB0621.EURP191.PROD.OUTLOOK.example.com>"


def m06():
    when = at("2021-02-02 09:27:51")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    inner = """<div style="font-family:'Times New Roman',serif;font-size:12pt">
<p>Madame, Monsieur,</p>
<p>D'ordre de Monsieur le Doyen, j'ai l'honneur de vous faire part de la candidature du <b>Pr Hatem Ben Salah</b>, Doyen de la Faculté de Médecine de Sfax (Université de Sfax), pour une intervention lors d'une <b>séance plénière</b> de la conférence régionale des 24 et 25 février 2021.</p>
<p>Le Pr Ben Salah coordonne depuis 2019 le programme de formation continue des médecins de première ligne sur la prise en charge des migrants subsahariens dans le gouvernorat de Sfax, en partenariat avec la Direction régionale de la santé.</p>
<p>Je reste à votre disposition pour tout renseignement complémentaire.</p>
<p>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<p style="color:#555">Nadia Frikha<br>
Secrétariat du Décanat<br>
Faculté de Médecine de Sfax<br>
Route de la Ceinture, 3029 Sfax</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.112", "4DVB7x3qJmz8",
           addr("Secrétariat Décanat FMS", "decanat@medecinesfax.example.tn", enc="Q"),
           hdr("Candidature – intervention en séance plénière – Pr Hatem Ben Salah", enc="Q"),
           M06_ID, body, extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hatem Ben Salah", "Doyen", "Faculté de Médecine de Sfax (Université de Sfax)", ["plenary"])],
        notes="HTML-only (no text/plain); sent on behalf of the Dean by the Dean's office ('D'ordre de Monsieur le "
              "Doyen'); 'Pr' is an honorific; the signer is not a speaker. Replaced later by h149-13."))


def m07():
    when = at("2021-02-03 12:03:15")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    text = """السلام عليكم

مرفق تقرير شبكة عمال الصحة المجتمعية في السودان حول وصول المهاجرين واللاجئين للخدمات الصحية في ولايات دارفور والقضارف وكسلا.

كما نرشح الأستاذة حواء آدم إسماعيل، المنسقة الميدانية للشبكة بولاية شمال دارفور، لتكون مقررة تقدم الرسائل الرئيسية باسم أصحاب المصلحة.

مع الشكر
عثمان الطيب
سكرتير الشبكة

تم الإرسال من هاتفي
"""
    pdf = make_pdf(["Community Health Workers Network - Sudan", "Voluntary GCM Review Report, January 2021",
                    "Access of migrants and refugees to primary health care in Darfur, Gedaref and Kassala"])
    fname = "تقرير الشبكة - الاتفاق العالمي للهجرة.pdf"
    body = multi("mixed", [leaf("text/plain", text, cte="base64"), attach("application/pdf", pdf, fname)],
                 "0000000000008a3f1d05ba6620c4")
    m = mk(when, sent, "mail-wr1-f65.google.example.com", "209.85.221.65", "4DVx1p9sQtz5",
           addr("عثمان الطيب", "chw.sudan.secretary@gmail.example.com"),
           re_hdr("", "تقرير + ترشيح مقررة"), "<CAKq8Vz3Rt6Mw1Lp0Xn4Bd7Gh2Sj9Fc5Ye8Ua3Oi@mail.gmail.example.com>",
           body, extra=[("X-Mailer", "Gmail for Android")])
    add(7, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حواء آدم إسماعيل", "المنسقة الميدانية للشبكة بولاية شمال دارفور",
           "شبكة عمال الصحة المجتمعية في السودان", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, 3 February: report and speaker parts both on time; plain text only from a phone; speaker is "
              "not the sender, affiliation by reference ('للشبكة') to the network named in the first line; "
              "'الأستاذة' is an honorific; Arabic PDF file name (RFC 2231)."))


def m08():
    when = at("2021-02-03 17:41:02")
    d = when
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  clinic.admin@alamal-hospital.example.ly
    host mx.alamal-hospital.example.ly [102.164.9.20]
    SMTP error from remote mail server after RCPT TO:<clinic.admin@alamal-hospital.example.ly>:
    550 5.1.1 <clinic.admin@alamal-hospital.example.ly>: Recipient address rejected: User unknown
"""
    dsn = ("Reporting-MTA: dns; relay2.iom-partners.example.net\n\n"
           "Action: failed\n"
           "Final-Recipient: rfc822;clinic.admin@alamal-hospital.example.ly\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.alamal-hospital.example.ly\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <clinic.admin@alamal-hospital.example.ly>: Recipient address rejected: User unknown\n")
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: clinic.admin@alamal-hospital.example.ly\n"
            "Subject: Re: Voluntary report and speaker request - deadlines\n"
            "Date: %s\n"
            "Message-ID: <RE-2021-02-03-EN.0142@gcmrrarabstates.iom.int>\n" % rfcdate(when - dt.timedelta(minutes=1)))
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "1612366862-eximdsn-1804289383",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "relay2.iom-partners.example.net", "193.108.41.7", "4DW4Zf6kYqz7",
                    "Mail Delivery System <Mailer-Daemon@relay2.iom-partners.example.net>",
                    "Mail delivery failed: returning message to sender", rfcdate(d),
                    "<E1l7Ab2-0004Qx-Tz@relay2.iom-partners.example.net>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "clinic.admin@alamal-hospital.example.ly")])
    rows[0] = ("Return-Path", "<>")
    add(8, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exim-style DSN (multipart/report) for a secretariat reply to a Libyan hospital: 550 5.1.1 user "
              "unknown; the returned headers mention 'voluntary report' and 'speaker request'. Never acknowledge."))


def m09():
    when = at("2021-02-04 08:52:36")
    sent = when - dt.timedelta(seconds=3)
    text = """Hi,

I'd like to ask for a speaking slot in roundtable 3 if possible. Our clinic sees around 900 migrant domestic workers a month, many of them now undocumented after their sponsors left the country, and I would like to speak about continuity of care for chronic conditions (diabetes, TB, HIV) when people fall out of the kafala system.

I can also take part in the open discussion on the 23rd if roundtable 3 is full.

Thanks and regards

Lina

--
Dr. Lina Haddad, MD, MPH
Medical Coordinator
St. Anthony Migrant Health Clinic
Bourj Hammoud, Beirut - Lebanon
+961 3 44x xxx
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                 "000000000000e2b5a905ba79d3f0")
    m = mk(when, sent, "mail-qt1-f171.google.example.com", "209.85.160.171", "4DWX0c2hLnz4",
           "Lina Haddad <lina.haddad.md@gmail.example.com>", "roundtable 3",
           "<CAB7yRu1Ht4Kq9Wm6Pz3Jx0Lc8Vn2Dg5Sa7Fe1Ob@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Lina Haddad", "Medical Coordinator", "St. Anthony Migrant Health Clinic", ["roundtable", "open_discussion"], 3)],
        notes="self-nomination, two-word subject; details only in the signature; roundtable 3 first, open "
              "discussion as fallback (both roles listed, roundtable 3 the first choice); 'Dr.' and 'MD, MPH' "
              "not part of the name; location line not part of the affiliation."))


def m10():
    when = at("2021-02-04 15:19:03")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

Objet : Contribution de la CNAM à l'Examen régional du Pacte mondial sur les migrations

J'ai l'honneur de vous transmettre ci-joint le rapport volontaire de la Caisse Nationale d'Assurance Maladie (CNAM) relatif à la couverture maladie des travailleurs migrants et de leurs ayants droit en Tunisie, accompagné de la lettre de transmission signée par Monsieur le Président Directeur Général.

Par ailleurs, la CNAM souhaiterait être représentée lors de la conférence régionale par :

Mme Sonia Trabelsi
Directrice des Études et de la Prospective
Caisse Nationale d'Assurance Maladie (CNAM) - Tunisie
Intervention souhaitée : table ronde thématique n° 1

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Sonia Trabelsi
Directrice des Études et de la Prospective
CNAM - 12, rue Abou Dhar El Ghaffari, Tunis
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            '<div style="font-family:Arial;font-size:10pt">' + text2html(text) + "</div></body></html>\n")
    rep = make_pdf(["Caisse Nationale d'Assurance Maladie (CNAM) - Tunisie",
                    "Rapport volontaire - Examen regional du PMM 2021",
                    "Couverture maladie des travailleurs migrants et de leurs ayants droit"])
    let = make_pdf(["CNAM - Le President Directeur General", "Lettre de transmission", "Tunis, le 3 fevrier 2021"])
    f1 = "CNAM_Rapport_volontaire_PMM_2021.pdf"
    f2 = "Lettre_transmission_PDG.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "iso-8859-1"),
                                                 leaf("text/html", html, "iso-8859-1")],
                                 "----=_NextPart_001_0011_01D6FAE1.2C4B7E30"),
                           attach("application/pdf", rep, f1), attach("application/pdf", let, f2)],
                 "----=_NextPart_000_0010_01D6FAE1.2C4B7E30")
    m = mk(when, sent, "mail.cnam.example.tn", "197.13.22.8", "4DWj8d5rFtz2",
           "Sonia Trabelsi <s.trabelsi@cnam.example.tn>",
           hdr("Rapport volontaire CNAM + proposition d'intervenante - Examen régional PMM", "iso-8859-1", "Q"),
           "<000f01d6fad8$c41e2a70$4c5a7f50$@cnam.example.tn>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "Adb62MQeKnBMWn9QRJ2xVq8hT0aLsA=="),
                  ("Content-Language", "fr")])
    add(10, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sonia Trabelsi", "Directrice des Études et de la Prospective",
           "Caisse Nationale d'Assurance Maladie (CNAM) - Tunisie", ["roundtable"], 1)],
        report_attachments=[f1],
        notes="both on 4 February (both parts on time); health-insurance fund; the cover letter PDF is not part of "
              "the report; the sender proposes herself (labelled block then signature); latin-1 body and Q-encoded "
              "subject; 'Mme' is an honorific."))


def m11():
    when = at("2021-02-05 23:47:20")
    sent = tz(when - dt.timedelta(seconds=7), 3)
    text = """السادة المحترمون في سكرتارية المراجعة الإقليمية

تحية طيبة،

بتوجيه من السيد مدير عام دائرة الصحة العامة، نرفق أدناه استمارة ترشيح ممثل الوزارة للحديث في المؤتمر. نعتذر عن التأخير بسبب انتظار الموافقات الرسمية.

---------- استمارة الترشيح ----------
الاسم الكامل: أحمد كاظم الربيعي
المنصب / الوظيفة: مدير قسم صحة المهاجرين والنازحين
الجهة: دائرة الصحة العامة - وزارة الصحة / العراق
نوع المشاركة المطلوبة: مداخلة في الجلسة العامة (24-25 شباط)
اللغة: العربية
--------------------------------------

مع التقدير
مكتب مدير عام دائرة الصحة العامة
بغداد

Sent from my iPhone
"""
    body = leaf("text/plain", text, cte="base64")
    m = mk(when, sent, "mail-ot1-f52.google.example.com", "209.85.210.52", "4DXq6G1bWsz0",
           addr("مكتب مدير عام الصحة العامة", "dg.office.phd@gmail.example.com"),
           re_hdr("", "استمارة ترشيح متحدث - وزارة الصحة"),
           "<9C2E7A14-3B5D-4F86-A0C1-D2E3F4A5B6C7@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أحمد كاظم الربيعي", "مدير قسم صحة المهاجرين والنازحين", "دائرة الصحة العامة - وزارة الصحة / العراق",
           ["plenary"])],
        notes="EDGE: received 23:47 Beirut on Friday 5 Feb (on time), but the Date header reads Sat 6 Feb 00:47 "
              "+0300 (Baghdad); the sender even apologises for a delay. Pasted form with labelled Arabic fields; sent "
              "on behalf by the Director-General's office; iPhone plain text."))


def m12():
    when = at("2021-02-06 10:14:55")
    sent = tz(when - dt.timedelta(seconds=4), 0)
    text = """Dear Secretariat,

Apologies, I know we are one day past the deadline - our board only met last night. The Sudanese Doctors Union (Cairo Branch) would like to nominate two speakers:

1. Dr. Omer Abdelrahman - Secretary General, Sudanese Doctors Union, Cairo Branch - roundtable 2
2. Dr. Nafisa El-Badri - Volunteer Physician, SDU free clinic in Ard El-Lewa - open discussion on 23 Feb

Dr. Nafisa runs our weekly clinic for Sudanese and South Sudanese families in Ard El-Lewa and Faisal, and can speak to the barriers to hospital care for refugees and migrants without residency.

If late nominations cannot be considered, we would appreciate knowing so we can at least follow online.

Best,
Tasneem Hamid
Program Officer, SDU Cairo

Sent from Outlook for Android
"""
    body = multi("alternative", [leaf("text/plain", text),
                                 leaf("text/html", html_wrap('<div dir="auto">' + text2html(text) + "</div>"))],
                 "_000_PR3P195MB0884B1C2D3E4F5A6PR3P195MB0884EURP_")
    m = mk(when, sent, "mail-pr3eur01.outbound.protection.example.com", "40.107.14.61", "4DY1fV8mKcz3",
           "Tasneem Hamid <sdu.cairo.programs@outlook.example.com>", "Late nomination - SDU Cairo - 2 speakers",
           "<PR3P195MB0884B1C2D3E4F5A6@PR3P195MB0884.EURP195.PROD.OUTLOOK.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Omer Abdelrahman", "Secretary General", "Sudanese Doctors Union, Cairo Branch", ["roundtable"], 2),
        sp("Nafisa El-Badri", "Volunteer Physician", "SDU free clinic in Ard El-Lewa", ["open_discussion"])],
        notes="LATE (Saturday 6 Feb), sender says so; two speakers on numbered dash lines; 'Dr.' honorifics; "
              "second affiliation uses the acronym SDU defined earlier; sender (programme officer) not a speaker; "
              "Outlook for Android, Date in +0000."))


def m13():
    when = at("2021-02-08 11:40:31")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Faisant suite à notre courriel du 2 février, nous avons le regret de vous informer que Monsieur le Doyen, retenu par le conseil de l'Université les 24 et 25 février, ne pourra pas intervenir.

Il propose qu'il soit remplacé par le Pr Amel Kammoun, Vice-doyenne chargée des stages et de la formation continue, qui interviendra lors de la même séance plénière.

Avec nos excuses pour ce changement, veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Nadia Frikha
Secrétariat du Décanat
Faculté de Médecine de Sfax

________________________________
De : Secrétariat Décanat FMS <decanat@medecinesfax.example.tn>
Envoyé : mardi 2 février 2021 08:27
À : gcmrrarabstates@iom.int
Objet : Candidature – intervention en séance plénière – Pr Hatem Ben Salah

Madame, Monsieur,

D'ordre de Monsieur le Doyen, j'ai l'honneur de vous faire part de la candidature du Pr Hatem Ben Salah, Doyen de la Faculté de Médecine de Sfax (Université de Sfax), pour une intervention lors d'une séance plénière de la conférence régionale des 24 et 25 février 2021.
[...]
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:\'Times New Roman\',serif;font-size:12pt">' + text2html(text) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_DB8P191MB06219F8E7D6C5B4ADB8P191MB0621EURP_")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.118", "4DZ2Lr0tVbz6",
           addr("Secrétariat Décanat FMS", "decanat@medecinesfax.example.tn", enc="Q"),
           hdr("RE: Candidature – intervention en séance plénière – Pr Hatem Ben Salah", enc="Q"),
           "<DB8P191MB06219F8E7D6C5B4A@DB8P191MB0621.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, thread_of="h149-06.eml",
        speakers=[sp("Amel Kammoun", "Vice-doyenne chargée des stages et de la formation continue",
                     "Faculté de Médecine de Sfax", ["plenary"])],
        notes="replacement of the speaker of h149-06 (reply in the same thread), sent 8 Feb: the new nomination is "
              "LATE although the original was on time; the quoted original still names the old speaker, who must "
              "not be listed; role by reference ('la même séance plénière'); affiliation only from the signature."))


def m14():
    when = at("2021-02-08 13:05:12")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """مرحبا مرة تانية،

بس حبينا نتأكد إنه إيميلنا وصلكم بخصوص ترشيح رنا عبد الهادي والدكتور سامر الخطيب، لأنه ما وصلنا أي رد لهلأ.

وإذا في أي معلومات ناقصة خبرونا.

شكراً
هبة

‫في الاثنين، ١ فبراير ٢٠٢١ في ١٠:١٢ ص، كتب جمعية نفس <nafas.psychosocial@gmail.example.com>:‬
> مرحبا،
>
> تحية طيبة من فريق جمعية نفس للدعم النفسي والاجتماعي في عمّان.
>
> بخصوص دعوتكم للمراجعة الإقليمية، حابين نرشّح شخصين من عنّا ومن شركائنا:
> [...]
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "0000000000003d7a1e05bad45c82")
    m = mk(when, sent, "mail-ed1-f41.google.example.com", "209.85.208.41", "4DZ4Hn2sPqz1",
           addr("جمعية نفس", "nafas.psychosocial@gmail.example.com"),
           re_hdr("Re: ", "ترشيح متحدثين - جمعية نفس"),
           "<CAH9xWq5Pt2Lr8Zk1Mc4Vb7Nd0Gs3Jf6Yh9Ea2Ui@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID)])
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h149-04.eml",
        notes="'did you get our email?' follow-up to h149-04 in Levantine dialect; names the two nominees again but "
              "adds nothing new (no new speaker, no role): not a new speaker request; Gmail Arabic quote header "
              "with bidi marks and Arabic-Indic digits."))


M15_ID = "<VI1PR06MB4402A9B8C7D6E5F4@VI1PR06MB4402.EURPRD06.PROD.OUTLOOK.example.com>"
ACK15_ID = "<ACK-2021-02-09-0087@gcmrrarabstates.iom.int>"


def m15():
    when = at("2021-02-09 10:22:47")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of Sanad Centre for Mental Health and Psychosocial Support (Tripoli, Lebanon).

The report covers our work since 2018 with Syrian refugees, migrant domestic workers and returnees in North Lebanon, and focuses on GCM objectives 7 and 15: the mental-health impact of detention and loss of legal status, the gaps in referral pathways to psychiatric care, and the situation of women workers left in shelters after the 2019 crisis.

We remain available for any clarification.

Kind regards,

Maya Kassem
Research and Advocacy Officer
Sanad Centre for MHPSS
"""
    inner = text2html(text).replace("Kind regards,</p>", 'Kind regards,</p>\n<p><img src="cid:image001.png@01D6FEB2.3A1C5D40" width="120" height="40" alt="Sanad"></p>')
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + inner + "</div>")
    logo = make_png(12, 4, (40, 120, 90))
    img = leaf("image/png", logo, cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FEB2.3A1C5D40>")])
    rep = make_pdf(["Sanad Centre for Mental Health and Psychosocial Support", "Voluntary GCM Review Report 2021",
                    "Objectives 7 and 15 - North Lebanon"])
    fname = "Sanad_MHPSS_GCM_voluntary_report_2021.pdf"
    body = multi("mixed", [multi("related", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                                   "_000_VI1PR06MB4402A9B8C7D6E5F4VI1PR06MB4402EURP_"), img],
                                 "_005_VI1PR06MB4402A9B8C7D6E5F4VI1PR06MB4402EURP_", params=[("type", '"multipart/alternative"')]),
                           attach("application/pdf", rep, fname)],
                 "_006_VI1PR06MB4402A9B8C7D6E5F4VI1PR06MB4402EURP_")
    m = mk(when, sent, "mail-vi1eur06.outbound.protection.example.com", "40.107.5.90", "4DZw0K4pMrz9",
           "Maya Kassem <m.kassem@sanad-mhpss.example.org>", "Voluntary GCM review report - Sanad Centre for MHPSS",
           M15_ID, body, extra=[("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(15, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook mixed > related > alternative with an inline logo image001.png (not part of the report); "
              "mental-health NGO; GCM objectives cited."))


def m16():
    when = at("2021-02-10 12:08:19")
    sent = tz(when - dt.timedelta(seconds=5), 0)
    text = """Madame, Monsieur,

Me référant à votre correspondance relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, j'ai l'honneur de vous faire parvenir, ci-joint, le rapport volontaire établi conjointement par le Ministère de la Santé (Direction de la Santé de Base et de la Nutrition) et ses partenaires de la société civile, relatif à l'accès des migrants aux soins de santé primaires en Mauritanie.

Une version révisée du chapitre consacré à Nouadhibou vous sera, le cas échéant, communiquée ultérieurement.

Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

Le Directeur de la Santé de Base et de la Nutrition
P.O. Dr Aïchetou Mint Ahmed Salem
Chef du Service de la Santé communautaire
"""
    docx = make_docx(["REPUBLIQUE ISLAMIQUE DE MAURITANIE - Ministère de la Santé",
                      "Rapport volontaire conjoint - Examen régional du PMM",
                      "Accès des migrants aux soins de santé primaires"])
    fname = "Rapport_volontaire_conjoint_MS_Mauritanie_révisé.docx"
    body = multi("mixed", [leaf("text/plain", text, "iso-8859-1"), attach(DOCX, docx, fname)],
                 "=_b41c7e09d23f5a68c1e2f4a7b9d0e3c5")
    m = mk(when, sent, "mail.sante.example.mr", "41.188.64.21", "4DbJ7n1wTkz4",
           "DSBN - Ministere de la Sante <dsbn@sante.example.mr>",
           hdr("Transmission du rapport volontaire conjoint – Ministère de la Santé", enc="Q"),
           "<a9e4c1b7d3f2e08c5b61@webmail.sante.example.mr>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="administrative French from a ministry of health, signed 'P.O.' (by order) for the Director; joint "
              "(collective) report; DOCX with an accented name (RFC 2231 + RFC 2047); announces a possible later "
              "revision (nothing to wait for); Roundcube plain text latin-1."))


def m17():
    when = at("2021-02-11 14:33:58")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """السادة/ فريق المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المحترمين

تهديكم جمعية التمريض الكويتية أطيب تحياتها، ويسرها أن ترفق لكم تقريرها الطوعي بشأن أوضاع الممرضين والممرضات الوافدين العاملين في القطاع الصحي بدولة الكويت، بما في ذلك ظروف العمل خلال جائحة كوفيد-19، وتجديد الإقامات، ومعادلة الشهادات، ولمّ الشمل الأسري.

وتفضلوا بقبول فائق الاحترام،

Fatemah Al-Enezi, RN, BSN
Board Member & Head of Research Committee
Kuwait Nursing Association
"""
    inner = '<div dir="rtl" style="font-family:Simplified Arabic;font-size:14pt">' + text2html(text.split("\n\nFatemah")[0]) + "</div>"
    inner += '<div dir="ltr" style="font-family:Calibri;font-size:10pt;color:#444">' + text2html("Fatemah" + text.split("\n\nFatemah")[1]) + "</div>"
    rep = make_pdf(["Kuwait Nursing Association", "Voluntary GCM Review Report",
                    "Migrant nurses in the health sector of Kuwait - 2021"])
    fname = "التقرير الطوعي - جمعية التمريض الكويتية 2021.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html_wrap(inner), cte="base64")],
                                 "_000_AS8PR04MB7845C1D2E3F4A5B6AS8PR04MB7845EURP_"),
                           attach("application/pdf", rep, fname)],
                 "_004_AS8PR04MB7845C1D2E3F4A5B6AS8PR04MB7845EURP_")
    m = mk(when, sent, "mail-as8pr04.outbound.protection.example.com", "40.107.8.44", "4DbrY56nGqz8",
           "Fatemah Al-Enezi <research@kna-kw.example.org>",
           re_hdr("", "التقرير الطوعي - جمعية التمريض الكويتية"),
           "<AS8PR04MB7845C1D2E3F4A5B6@AS8PR04MB7845.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-KW")],
           cc="KNA Board <board@kna-kw.example.org>")
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Arabic body with an English signature (language ar); nurses' association report on migrant nurses; "
              "Arabic PDF file name with digits; Cc to the board."))


def m18():
    when = at("2021-02-12 09:01:13")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Many thanks, well received!

Maya

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, 9 February 2021 11:48
To: Maya Kassem <m.kassem@sanad-mhpss.example.org>
Subject: Acknowledgement of receipt - Voluntary GCM review report - Sanad Centre for MHPSS

Dear Maya Kassem,

Thank you for your submission to the Regional Review of the Global Compact for Migration in the Arab region. We confirm receipt of your voluntary GCM review report.

GCM Regional Review Secretariat
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(text2html(text)))],
                 "_000_VI1PR06MB44020B1C2D3E4F5AVI1PR06MB4402EURP_")
    m = mk(when, sent, "mail-vi1eur06.outbound.protection.example.com", "40.107.5.93", "4Dc7Rk3vBpz2",
           "Maya Kassem <m.kassem@sanad-mhpss.example.org>",
           "RE: Acknowledgement of receipt - Voluntary GCM review report - Sanad Centre for MHPSS",
           "<VI1PR06MB44020B1C2D3E4F5A@VI1PR06MB4402.EURPRD06.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ACK15_ID), ("References", M15_ID + " " + ACK15_ID),
                  ("X-Mailer", "Microsoft Outlook 16.0")])
    add(18, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h149-15.eml",
        notes="thank-you reply to our acknowledgement of h149-15, adds nothing: do not acknowledge; the quoted "
              "acknowledgement mentions 'voluntary GCM review report'; References names h149-15."))


def m19():
    when = at("2021-02-12 16:27:40")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour,

Notre association gère deux unités mobiles de soins qui interviennent auprès des migrants subsahariens à Tamanrasset et à Oran. Nous avons commencé la rédaction d'un rapport volontaire mais notre conseil d'administration ne pourra le valider que le samedi 20 février.

Serait-il possible de vous l'adresser à cette date, ou bien faut-il absolument respecter l'échéance du 16 février ? Dans ce cas, pouvons-nous envoyer une version provisoire puis la version validée ?

Merci d'avance pour votre réponse.

Cordialement,
Karima Belhadj
Coordinatrice médicale
Association Soins Sans Frontières Algérie (SSF-DZ)
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                 "00000000000071c2f805bb2e4a9d")
    m = mk(when, sent, "mail-wm1-f67.google.example.com", "209.85.128.67", "4DcKj02xWnz7",
           "Karima Belhadj <ssf.dz.coordination@gmail.example.com>", "Question délai rapport volontaire",
           "<CAM2pQs9Vx4Rt7Lk1Zn6Bh3Wc0Jf8Gd5Ya2Eu9Ko@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question on the report deadline (asks whether a late or provisional version is accepted): nothing "
              "attached, no speaker; keyword-heavy ('rapport volontaire', '16 février')."))


def m20():
    when = at("2021-02-14 20:16:05")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    text = """Dear colleagues,

On behalf of the Department of Family and Community Medicine, Faculty of Medicine, Yarmouk Valley University, I am pleased to share our voluntary GCM review report on primary health care for migrant agricultural workers in the Jordan Valley (attached).

I realise the call for speakers closed on 5 February, but should there be any remaining slot, our Chair, Prof. Tarek Mansour, would be glad to present the findings in roundtable 3. His short CV is attached for your convenience.

With best wishes,

Dr. Dana Obeidat
Assistant Professor of Public Health
Department of Family and Community Medicine
Faculty of Medicine, Yarmouk Valley University
"""
    rep = make_pdf(["Faculty of Medicine, Yarmouk Valley University", "Dept. of Family and Community Medicine",
                    "Voluntary GCM Review Report - Migrant agricultural workers, Jordan Valley"])
    cv = make_pdf(["Prof. Tarek Mansour - Short CV", "Chair, Department of Family and Community Medicine"])
    f1 = "YVU_FCM_GCM_Voluntary_Report_Feb2021.pdf"
    f2 = "CV_Prof_Tarek_Mansour.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                                 "000000000000f0a3b705bb4c81d2"),
                           attach("application/pdf", rep, f1), attach("application/pdf", cv, f2)],
                 "000000000000f0a3b905bb4c81d4")
    m = mk(when, sent, "mail-lf1-f54.google.example.com", "209.85.167.54", "4DdL2w5rQhz6",
           "Dana Obeidat <d.obeidat@yvu.example.edu.jo>", "Voluntary GCM review report - YVU Family & Community Medicine",
           "<CAF7kLm0Qp3Vs6Rt9Wx2Zb5Nc8Hd1Jg4Ye7Ui0Oa@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Tarek Mansour", "Chair", "Department of Family and Community Medicine, Faculty of Medicine, Yarmouk Valley University",
           ["roundtable"], 3)],
        report_attachments=[f1],
        notes="both on 14 Feb: report on time, speaker part late (sender says so), so on_time false; the speaker's "
              "CV PDF is not part of the report; speaker is not the sender, title 'our Chair' and affiliation by "
              "reference to the department named in the first line; 'Prof.' honorific."))


def m21():
    when = at("2021-02-15 11:44:26")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    inner = """<div style="font-family:Traditional Arabic;font-size:14pt">
<p>السادة فريق المراجعة الإقليمية،</p>
<p>نظراً لضعف شبكة الإنترنت لدينا وتعذّر إرفاق الملفات، نرسل لكم نص تقريرنا الطوعي في متن الرسالة.</p>
<h3>التقرير الطوعي لمنظمة "أمان" للصحة النفسية والدعم النفسي الاجتماعي – ليبيا</h3>
<p><b>أولاً: السياق</b><br>
تعمل المنظمة منذ 2017 في مراكز الإيواء ومراكز الاحتجاز في طرابلس ومصراتة وسبها، وقدّمت خلال عام 2020 أكثر من 3,200 جلسة دعم نفسي لمهاجرين من دول أفريقيا جنوب الصحراء.</p>
<p><b>ثانياً: أبرز التحديات</b></p>
<ul>
<li>انعدام خدمات الطب النفسي المتخصصة خارج طرابلس وبنغازي؛</li>
<li>آثار الاحتجاز المطوّل والعنف على الصحة النفسية، خصوصاً لدى القُصّر غير المصحوبين؛</li>
<li>غياب المترجمين المدرّبين على العمل في السياق النفسي.</li>
</ul>
<p><b>ثالثاً: التوصيات</b> (الهدفان 7 و13 من الاتفاق العالمي)</p>
<ol>
<li>إنهاء احتجاز الأطفال المهاجرين واعتماد بدائل مجتمعية؛</li>
<li>إدماج الدعم النفسي الاجتماعي في خدمات الرعاية الصحية الأولية المتاحة للمهاجرين؛</li>
<li>تدريب العاملين الصحيين والمترجمين على الإسعافات النفسية الأولية.</li>
</ol>
<p>مع خالص التحية،<br>
سالمة بن عمران<br>
مديرة البرامج – منظمة أمان</p>
</div>"""
    inner = inner.replace("–", "-")
    body = leaf("text/html", html_wrap(inner, dir_="rtl", charset="windows-1256"), charset="windows-1256", cte="base64")
    m = mk(when, sent, "smtp.libyana.example.ly", "41.252.18.33", "4DdwB43tLkz5",
           addr("منظمة أمان", "aman.mhpss.ly@libyana.example.ly", "windows-1256"),
           hdr("التقرير الطوعي - منظمة أمان للصحة النفسية", "windows-1256"),
           "<20210215094422.3E1A7C04B2@webmail.libyana.example.ly>", body,
           extra=[("User-Agent", "SquirrelMail/1.4.23")])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="HTML-only, windows-1256, base64; the report is in the body (headings, lists), no attachment; the "
              "signer is not a speaker; windows-1256 encoded-word display name and subject."))


def m22():
    when = at("2021-02-16 23:52:09")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """Bonsoir,

Je vous transfère ci-dessous le rapport de notre réseau, que notre coordinatrice n'a pas pu vous envoyer directement (problème d'accès à sa messagerie professionnelle).

Bien cordialement,
Youssef Amrani
Secrétaire général – RASCO

-------- Message transféré --------
De : Fatima-Zahra Benali <fz.benali@rasco.example.ma>
Date : mar. 16 févr. 2021 à 21:40
Objet : Rapport PMM - version finale
À : Youssef Amrani <y.amrani@rasco.example.ma>

Youssef, voici la version finale du rapport volontaire du Réseau des agents de santé communautaire de l'Oriental (RASCO), validée par le bureau. Peux-tu l'envoyer ce soir à l'adresse de l'OIM ? Merci !

FZ
"""
    rep = make_pdf(["Reseau des agents de sante communautaire de l'Oriental (RASCO)",
                    "Rapport volontaire - Examen regional du PMM", "Version finale - 16 fevrier 2021"])
    fname = "RASCO_Rapport_volontaire_PMM_VF.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                                 "000000000000a9c1d205bb6e7f30"),
                           attach("application/pdf", rep, fname)],
                 "000000000000a9c1d405bb6e7f32")
    m = mk(when, sent, "mail-wr1-f48.google.example.com", "209.85.221.48", "4Df81c6mYtz3",
           "Youssef Amrani <rasco.oriental@gmail.example.com>", "Fwd: Rapport PMM - version finale",
           "<CAJ3rTz6Wq9Lm2Vx5Pb8Ks1Hn4Gd7Fc0Yu3Ei6Oa@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="EDGE: received 23:52 on 16 Feb, on time; forwarded ('Fwd:') internal message with the PDF kept as "
              "an attachment of the forward; community health workers' network; the inner 'Date' is an internal "
              "time, not the reception time."))


def m23():
    when = at("2021-02-17 10:31:50")
    sent = tz(when - dt.timedelta(seconds=5), 0)
    text = """بسم الله الرحمن الرحيم

السادة المنظمون المحترمون،

السلام عليكم ورحمة الله،

اطلعنا على الرسالة العربية للدعوة التي تحدد آخر أجل لطلبات الحديث يوم الجمعة 23 فبراير، ولذلك نتقدم بطلبنا في هذا الوقت.

نقترح مشاركة الدكتور محمد الأمين ولد سيدي، أستاذ الصحة العامة بكلية الطب في جامعة نواكشوط العصرية، في النقاش المفتوح للتشاور متعدد الأطراف، وذلك للحديث عن صحة المهاجرين العابرين في نواذيبو وخدمات الأمومة والطفولة لفائدتهم.

وتقبلوا فائق التقدير والاحترام

عن إدارة الكلية
الكاتب العام
سيد أحمد ولد اباه
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "0000000000005b2d6e05bb7a10f9")
    m = mk(when, sent, "mail-io1-f45.google.example.com", "209.85.166.45", "4DfQ9x2kHnz1",
           addr("كلية الطب - جامعة نواكشوط", "fm.una.secretariat@gmail.example.com"),
           re_hdr("", "طلب مشاركة بالحديث - كلية الطب"),
           "<CAE5hRk2Ws8Pt1Lq4Zx7Nb0Vc3Jd6Fg9Ym2Ua5Io@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("محمد الأمين ولد سيدي", "أستاذ الصحة العامة", "كلية الطب في جامعة نواكشوط العصرية", ["open_discussion"])],
        notes="LATE (17 Feb): the sender relies on the misprinted Arabic deadline ('الجمعة 23 فبراير'); the English/"
              "French 5 Feb deadline stands. Sent on behalf by the faculty's secretary-general; 'الدكتور' honorific; "
              "Mauritanian name with 'ولد'."))


def m24():
    when = at("2021-02-18 07:58:33")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association Tunisienne pour la Santé Mentale des Migrants (ATSMM). Nous sommes conscients que le délai est dépassé de deux jours, nous espérons qu'il pourra néanmoins être versé aux travaux.

Merci et bonne journée,

Dr Slim Gharbi
Psychiatre - Président de l'ATSMM

Envoyé de mon smartphone Samsung Galaxy.
"""
    docx = make_docx(["Association Tunisienne pour la Santé Mentale des Migrants (ATSMM)",
                      "Rapport volontaire - Pacte mondial pour les migrations - 2021"])
    fname = "rapport ATSMM PMM 2021.docx"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit"), attach(DOCX, docx, fname)],
                 "--_com.samsung.android.email_4471928305116420")
    m = mk(when, sent, "smtp.gnet.example.tn", "197.3.8.15", "4DfzN75pRwz8",
           "ATSMM <atsmm.tunis@gnet.example.tn>", "Rapport volontaire ATSMM",
           "<rs6f1k2dq7m0xj4v9b3n.atsmm@email.android.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (18 Feb), sender acknowledges it; Samsung Email plain text 8bit; DOCX name with spaces; "
              "the signer (a psychiatrist, president) proposes no speaking role."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
