#!/usr/bin/env python3
"""Write the blind evaluation set holdout169 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets169.py
Theme: another ordinary week of the mailbox: associations, networks, foundations and unions from every part
of the Arab region (Maghreb, Nile valley, Levant, Gulf, Yemen), writing as such organisations usually do.
Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

import re

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, multi,
                     re_hdr, rfcdate, sp, std_rows, text2html, top, tz, alt, html_only, sent_at)
from mailgen import mk as _mk

SET = EvalSet(169)
add = SET.add

INVITE_ID = "<INV-2021-01-26-AR.0007@gcmrrarabstates.iom.int>"
INVITE_SUBJ = "Invitation - Regional Review of the Global Compact for Migration in the Arab Region"


def mk(when, sent, host, ip, qid, frm, *args, **kw):
    """mailgen.mk with the envelope sender (Return-Path) taken from the From address."""
    if "ret" not in kw:
        kw["ret"] = re.search(r"<([^<>]+)>", str(frm)).group(1)
    return _mk(when, sent, host, ip, qid, frm, *args, **kw)


def report_pdf(org, title, lines=()):
    return make_pdf([org, title, "Regional Review of the Global Compact for Migration - Arab Region, 2021", ""]
                    + ["1. Introduction and methodology", "2. Progress on GCM objectives",
                       "3. Challenges", "4. Recommendations"] + list(lines))


def report_docx(org, title, paras=()):
    return make_docx([org, title, "Regional Review of the GCM - Arab Region 2021",
                      "1. Introduction", "2. Methodology", "3. Progress per GCM objective",
                      "4. Challenges and gaps", "5. Recommendations"] + list(paras))


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-28 16:40:12")
    sent = sent_at(when, 3, 2)
    text = """شكراً لرسالتكم.

أنا خارج المكتب في إجازة سنوية حتى يوم الأحد 7 فبراير 2021، ولن أتمكن من الاطلاع على البريد الإلكتروني بشكل منتظم.
للأمور العاجلة يرجى التواصل مع الزميلة أمل على البريد info@kwt-migrants.example.org

Thank you for your email. I am on annual leave until Sunday 7 February 2021 with limited access to email.

مشاعل الرشيدي
الجمعية الكويتية لمساندة العمالة الوافدة
"""
    body = alt(text, "_000_KWTPR01MB1187C3A9D2E4F5B6_", rtl=True, b64=True)
    rows = std_rows(when, "mail-kw1.outbound.protection.example.com", "40.107.135.12", "4DR2kP0zTmz4",
                    addr("مشاعل الرشيدي", "m.alrashidi@kwt-migrants.example.org"),
                    re_hdr("", "رد تلقائي: " + INVITE_SUBJ), rfcdate(sent),
                    "<KWTPR01MB1187.autoreply.0128@kwt-migrants.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                           ("X-Auto-Response-Suppress", "All")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Content-Language", "ar-KW")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic out-of-office (with an English line) to the invitation: Auto-Submitted: auto-replied + "
              "X-Autoreply, null Return-Path; Arabic 'رد تلقائي:' prefix on the English invitation subject; "
              "contains a colleague's address. Never acknowledge."))


M02_ID = "<CAJx7Tq2pLmN4vB8kR1sW5dY0cF3hG6jA9eZ2uQ@mail.gmail.example.com>"
M02_TEXT = """Madame, Monsieur,

Suite à votre lettre d'invitation relative à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, la Confédération syndicale des travailleurs du Souss (CSTS) a l'honneur de vous proposer deux intervenants :

- moi-même, Lahcen Ouchen, Secrétaire général de la CSTS, pour une prise de parole lors des séances plénières ;
- Mme Khadija Boutaleb, Responsable du département des travailleurs migrants et saisonniers, pour la deuxième table ronde thématique.

Notre confédération suit de près la situation des ouvrières agricoles saisonnières et des travailleurs subsahariens dans la région de Chtouka-Aït Baha.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Lahcen Ouchen
Secrétaire général
Confédération syndicale des travailleurs du Souss (CSTS)
Agadir - Maroc
Tél. +212 5 28 00 00 00
"""


def m02():
    when = at("2021-01-30 11:02:45")
    sent = sent_at(when, 1, 6)
    body = alt(M02_TEXT, "0000000000007d3e2a05ba0c91f3")
    m = mk(when, sent, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DSH2n6YkVz1",
           "CSTS Agadir <csts.agadir@gmail.example.com>",
           hdr("Proposition d'intervenants - CSTS (Agadir)", enc="Q"), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Lahcen Ouchen", "Secrétaire général", "Confédération syndicale des travailleurs du Souss (CSTS)",
           ["plenary"]),
        sp("Khadija Boutaleb", "Responsable du département des travailleurs migrants et saisonniers",
           "Confédération syndicale des travailleurs du Souss (CSTS)", ["roundtable"], 2)],
        notes="union, Gmail with the organisation as display name; two speakers, the first is the sender ('moi-même'), "
              "the second's affiliation only by context; 'Secrétaire général de la CSTS' recorded as the title "
              "without the organisation; 'Agadir - Maroc' after the organisation is a place, not affiliation; "
              "title of the second speaker includes its department (kept, as dev 012); 'Mme' dropped; "
              "'deuxième table ronde' = 2. Followed up by h169-12."))


def m03():
    when = at("2021-02-01 09:15:30")
    sent = sent_at(when, 2, 8)
    text = """Dear Sir/Madam,

Greetings from Khartoum.

With reference to your kind invitation, please find below the speaker request form filled as requested. We apologise for sending it in the body of the email, our scanner is out of order.

------------------------------------------------------------
SPEAKER REQUEST - GCM REGIONAL REVIEW (ARAB STATES) 2021
------------------------------------------------------------
Organization        : Sudanese Network for Migration and Displacement (SNMD)
Speaker full name   : Dr. Awadia Osman Hamid
Position            : Chairperson of the Board
Speaking role       : Rapporteur - to present the key messages of stakeholders
Language            : Arabic / English
Mobile / WhatsApp   : +249 91 000 0000
------------------------------------------------------------

Thank you and best regards,

SNMD Secretariat
Khartoum, Sudan
"""
    body = leaf("text/plain", text, "utf-8", "7bit")
    m = mk(when, sent, "sonic311-14.consmr.mail.bf2.yahoo.example.com", "74.6.131.40", "4DTBq11sHmz7",
           "SNMD Secretariat <snmd.secretariat@yahoo.example.com>", "Speaker request form - SNMD",
           "<1612163722.611408.yahoo.example.com@ymail-bf2.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNodin Mozilla/5.0 (Windows NT 10.0; Win64; x64)")])
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Awadia Osman Hamid", "Chairperson of the Board",
           "Sudanese Network for Migration and Displacement (SNMD)", ["rapporteur"])],
        notes="plain text only (7bit), Yahoo; details in a form pasted into the body with aligned 'Label :' fields "
              "in an unusual order (organisation first); 'Dr.' dropped; sent by the secretariat, not by the speaker; "
              "'Khartoum, Sudan' is the sender's place."))


def m04():
    when = at("2021-02-02 13:27:09")
    sent = sent_at(when, 2, 4)
    inner = """<div style="font-family:'Simplified Arabic',Arial;font-size:14pt">
<p>السادة / أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية</p>
<p>تحية طيبة وبعد،</p>
<p>بالإشارة إلى خطاب الدعوة الكريم، تتشرف <b>جمعية النيل لرعاية المهاجرين واللاجئين</b> بترشيح الأستاذ/ محمود عبد الستار، مدير وحدة الدعم القانوني بالجمعية، للمشاركة في النقاش المفتوح ضمن مشاورة أصحاب المصلحة المتعددين يوم الثلاثاء الموافق 23 فبراير 2021.</p>
<p>ويتمتع الأستاذ محمود بخبرة تزيد على عشر سنوات في تقديم المساعدة القانونية للمهاجرين في صعيد مصر.</p>
<p>وتفضلوا بقبول فائق الاحترام والتقدير،</p>
<p>دعاء فؤاد<br>مسؤولة البرامج<br>جمعية النيل لرعاية المهاجرين واللاجئين - أسوان</p>
</div>"""
    body = html_only(inner, rtl=True)
    m = mk(when, sent, "mail-eg1.outbound.protection.example.com", "40.107.140.33", "4DTs5M2gWbz3",
           addr("Doaa Fouad", "doaa.fouad@nile-migrants.example.org"),
           hdr("ترشيح للمشاركة في النقاش المفتوح - جمعية النيل"),
           "<HE1PR0601MB2245A9C3D1E7F0B2@HE1PR0601MB2245.eurprd06.prod.outlook.example.com>", body,
           extra=[("Content-Language", "ar-EG"), ("X-MS-Has-Attach", "")])
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود عبد الستار", "مدير وحدة الدعم القانوني", "جمعية النيل لرعاية المهاجرين واللاجئين",
           ["open_discussion"])],
        notes="HTML-only formal Arabic from an Egyptian association; the sender (programme officer) proposes a "
              "colleague; 'الأستاذ/' honorific dropped; title written with 'بالجمعية' (= of the association) recorded "
              "without it; the city after the organisation in the signature ('- أسوان') is not part of the "
              "affiliation; English display name."))


def m05():
    when = at("2021-02-03 10:48:51")
    sent = sent_at(when, 3, 7)
    text = """Dear colleagues,

Thank you for the invitation. Before we finalise our contribution, we have a few questions and would be grateful for your guidance:

1. Can the voluntary report be submitted in Arabic only, or is an English version required?
2. Is there a template or a maximum length for the report?
3. Our forum is a coalition of 11 groups. If we send a collective report, do all member organisations need to sign it?
4. Will the roundtables on 24-25 February be held online? We may propose a speaker, but it depends on the format.

Many thanks in advance.

Kind regards,
Maryam Al-Aali
Coordinator
Gulf Forum for Domestic Workers' Rights
Manama | Bahrain
"""
    body = alt(text, "000000000000a8f41e05ba5c0e3d")
    m = mk(when, sent, "mail-pj1-f66.google.example.com", "209.85.216.66", "4DVD7r0cWxz9",
           "Maryam Al-Aali <maryam.gfdwr@gmail.example.com>", "Questions on the voluntary report and roundtables",
           "<CAF3kLw0p9QyT2rN6vX1sB4mE8hJ5dG7aU0cZ3i@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions about the report language, template, collective signatures and the roundtable format; "
              "'we may propose a speaker' but none is proposed: other, not a submission."))


def m06():
    when = at("2021-02-03 15:06:22")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association tunisienne Terre et Mobilité (ATTM) dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Le rapport a été préparé avec quatre associations partenaires de Sfax et de Zarzis, à la suite de deux journées de consultation avec des migrants et des familles de disparus en mer.

Nous restons à votre disposition pour toute information complémentaire.

Cordialement,

Inès Ben Romdhane
Chargée de projets
Association tunisienne Terre et Mobilité (ATTM)
Sfax, Tunisie
"""
    fname = "ATTM_Rapport_volontaire_PMM_2021.docx"
    doc = report_docx("Association tunisienne Terre et Mobilite (ATTM)", "Rapport volontaire d'examen du PMM")
    inner = alt(text, "_000_PR2P264MB0418B7E6D5C4A3F2PR2P264MB0418FRAP_")
    body = multi("mixed", [inner, attach(DOCX, doc, fname)], "_004_PR2P264MB0418B7E6D5C4A3F2PR2P264MB0418FRAP_")
    m = mk(when, sent, "mail-pr2fra01.outbound.protection.example.com", "40.107.12.84", "4DVN0b3TqLz6",
           "=?iso-8859-1?Q?In=E8s_Ben_Romdhane?= <i.benromdhane@attm.example.tn>",
           "Rapport volontaire ATTM - PMM",
           "<PR2P264MB0418B7E6D5C4A3F2@PR2P264MB0418.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", "Rapport volontaire ATTM - PMM"), ("Accept-Language", "fr-FR, en-US"),
                  ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")])
    add(6, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook (multipart/mixed > alternative) with one DOCX report; partner associations mentioned but "
              "no speaker; ISO-8859-1 Q-encoded display name."))


def m07():
    when = at("2021-02-04 20:33:14")
    sent = sent_at(when, 3, 9)
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة في أمانة المراجعة الإقليمية المحترمين

بالإشارة لدعوتكم نرشح من مؤسستنا للمشاركة بالكلمة:

1- م. فهد صالح باعوم - المدير التنفيذي - للمائدة المستديرة الثالثة
2- أ. نجلاء عبده الشرعبي - منسقة برنامج الحماية - للمشاركة في النقاش المفتوح يوم 23 فبراير

الجهة: مؤسسة عدن للتنمية وحماية المهاجرين

وإذا في أي شي ناقص أو تحتاجوا السير الذاتية بلغونا وبنرسلها لكم.
الإنترنت عندنا ضعيف هذه الأيام فالمعذرة إذا تأخرنا في الرد.

مع خالص الشكر
فهد باعوم
عدن - اليمن

تم الإرسال من هاتف Samsung Galaxy الذكي.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-qk1-f178.google.example.com", "209.85.222.178", "4DWm8Q1fZkz5",
           addr("Fahd Baoum", "fahd.baoum.aden@gmail.example.com"),
           hdr("ترشيح متحدثين من مؤسسة عدن"),
           "<k9x2c7wq-7f1e-4b2a-9d3c-5e8a1b6f0c42@email.android.example.com>", body,
           extra=[("X-Mailer", "Samsung Email Android")])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فهد صالح باعوم", "المدير التنفيذي", "مؤسسة عدن للتنمية وحماية المهاجرين", ["roundtable"], 3),
        sp("نجلاء عبده الشرعبي", "منسقة برنامج الحماية", "مؤسسة عدن للتنمية وحماية المهاجرين",
           ["open_discussion"])],
        notes="phone (Samsung Email), plain text base64, Yemeni colloquial mixed with formal Arabic; two speakers on "
              "dash-separated numbered lines, the first is the sender; one shared 'الجهة:' line after the list; "
              "honorifics 'م.' (engineer) and 'أ.' dropped; 'المائدة المستديرة الثالثة' = 3; signature uses a "
              "shorter name form ('فهد باعوم'), the label keeps the full name from the list."))


def m08():
    when = at("2021-02-05 11:19:40")
    sent = sent_at(when, 1, 7)
    text = """Bonjour,

Je me permets de vous écrire afin de me porter candidate au rôle de rapporteure chargée de présenter les messages clés des parties prenantes lors de la Conférence d'examen régional des 24 et 25 février.

Notre association accompagne depuis 2012 les migrants en transit dans l'Ouest algérien, et nous avons participé aux consultations nationales de l'an dernier.

Je reste disponible pour tout échange préalable.

Bien cordialement,

-- 
Souad Merabet
Vice-présidente chargée du plaidoyer
Association algérienne de solidarité avec les migrants (AASM)
Oran - Algérie
"""
    from mailgen import flowed
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.aasm.example.dz", "203.0.113.71", "4DWzK35nBdz8",
           "Souad Merabet <s.merabet@aasm.example.dz>", hdr("Candidature - rapporteure (examen régional PMM)", enc="Q"),
           "<3b7e91c2-5a4d-8f10-c2e6-0d9a4b1f7e53@aasm.example.dz>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n"
                                 " Thunderbird/78.7.0"), ("Content-Language", "fr")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Souad Merabet", "Vice-présidente chargée du plaidoyer",
           "Association algérienne de solidarité avec les migrants (AASM)", ["rapporteur"])],
        notes="Thunderbird plain text format=flowed, 8bit; the sender proposes "
              "herself and name/title/affiliation are only in the signature after '-- '; 'Oran - Algérie' is a "
              "place, not affiliation."))


M09_ID = "<VI1PR10MB2771E4D3C2B1A0F9@VI1PR10MB2771.EURPRD10.PROD.OUTLOOK.example.com>"


def m09():
    when = at("2021-02-05 17:52:03")
    sent = sent_at(when, 2, 6)
    text = """Dear Colleagues,

On behalf of the Federation of Independent Trade Unions in Lebanon (FITUL), please find attached our voluntary GCM review report, prepared with our sectoral unions and the migrant domestic workers' committee.

We would also like to propose our colleague Ms. Nisrine Khalil, Head of the Migrant Domestic Workers Unit at FITUL, as a speaker in Roundtable 1 of the Regional Review Conference.

Best regards,

Georges Saadé
Secretary-General
FITUL - Federation of Independent Trade Unions in Lebanon
Beirut, Lebanon
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri;font-size:11pt">' + text2html(text) +
            '<p><img src="cid:image001.png@01D6FBD2.3C4A1E70" width="120" height="40" alt="FITUL"></p>'
            '</div></body></html>\n')
    logo = leaf("image/png", make_png(24, 8, (180, 20, 30)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"',
                extra=[("Content-ID", "<image001.png@01D6FBD2.3C4A1E70>")])
    related = multi("related", [alt(text, "_000_VI1PR10MB2771E4D3_", html=html), logo], "_005_VI1PR10MB2771E4D3_",
                    params=[("type", '"multipart/alternative"')])
    fname = "FITUL_GCM_Voluntary_Review_Feb2021.pdf"
    pdf = report_pdf("Federation of Independent Trade Unions in Lebanon (FITUL)", "Voluntary GCM Review Report")
    body = multi("mixed", [related, attach("application/pdf", pdf, fname)], "_006_VI1PR10MB2771E4D3_")
    m = mk(when, sent, "mail-vi1eur10.outbound.protection.example.com", "40.107.8.201", "4DX6fL0vRsz2",
           '"Saade, Georges" <g.saade@fitul.example.org>',
           "FITUL voluntary GCM review report and speaker proposal (Roundtable 1)", M09_ID, body,
           extra=[("Thread-Topic", "FITUL voluntary GCM review report and speaker proposal (Roundtable 1)"),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")])
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nisrine Khalil", "Head of the Migrant Domestic Workers Unit",
           "Federation of Independent Trade Unions in Lebanon (FITUL)", ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both on 5 February (speaker part on time, report part on time); Outlook mixed > related > "
              "alternative, inline logo image001.png is not part of the report; speaker is not the sender, "
              "'at FITUL' refers to the federation written in full with its acronym earlier; 'Ms.' dropped; "
              "title with its unit kept; 'Last, First' display name."))


def m10():
    when = at("2021-02-06 09:10:27")
    sent = sent_at(when, 3, 5)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة                المحترمين

تحية طيبة وبعد،،

نود إفادتكم برغبة الجمعية الكويتية لمساندة العمالة الوافدة في ترشيح الدكتور بدر فهد العنزي، نائب رئيس مجلس الإدارة، للقيام بدور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة في المؤتمر الإقليمي.

ونعتذر عن التأخر في إرسال الترشيح نظراً لعطلة نهاية الأسبوع، آملين أن يتم النظر فيه.

وتفضلوا بقبول فائق الاحترام،،

مكتب رئيس مجلس الإدارة
الجمعية الكويتية لمساندة العمالة الوافدة
الكويت
"""
    body = alt(text, "----=_NextPart_000_0041_01D6FC4E.2B9A7C60", rtl=True, charset="windows-1256")
    m = mk(when, sent, "mail-kw2.outbound.protection.example.com", "40.107.135.19", "4DXQ1h4mPvz0",
           addr("مكتب رئيس مجلس الإدارة", "chairman.office@kwt-migrants.example.org", charset="windows-1256"),
           hdr("ترشيح مقرر - الجمعية الكويتية لمساندة العمالة الوافدة", "windows-1256"),
           "<004101d6fc4e$2b9a7c60$82ef7520$@kwt-migrants.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-kw")])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("بدر فهد العنزي", "نائب رئيس مجلس الإدارة", "الجمعية الكويتية لمساندة العمالة الوافدة",
           ["rapporteur"])],
        notes="LATE: received Saturday 6 February 09:10 Beirut and says so (weekend); windows-1256 body, subject "
              "and display name; sent by the chairman's office on behalf of the vice-chair; 'الدكتور' dropped; "
              "'دور المقرر' = rapporteur. Same organisation as the auto-reply h169-01 (unrelated)."))


M11_ID = "<AM0PR08MB4410C7D1E2F3A4B5@AM0PR08MB4410.eurprd08.prod.outlook.example.com>"
M11_TABLE = """<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dbe5f1"><th>Name</th><th>Position</th><th>Organisation</th><th>Requested session</th></tr>
<tr><td>Mr. Ziad Obeidat</td><td>General Coordinator</td><td>ANMWU</td><td>Plenary session</td></tr>
<tr><td>Ms. Hanan Mahjoub</td><td>Gender Focal Point</td><td>Sudan Workers Trade Unions Federation, Khartoum (ANMWU member)</td><td>Thematic Roundtable 4</td></tr>
</table>"""


def m11():
    when = at("2021-02-08 12:44:05")
    sent = sent_at(when, 2, 6)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear GCM Regional Review Secretariat,</p>
<p>The Arab Network of Migrant Workers' Unions (ANMWU) would like to nominate the following speakers for the Regional Review Conference on 24-25 February:</p>
%s
<p>We are aware that the deadline for speaker requests was last Friday; the nominations were only confirmed by our executive bureau yesterday. We would be very grateful if they could still be considered.</p>
<p>With solidarity,</p>
<p>Lubna Tarawneh<br>Programme Officer<br>Arab Network of Migrant Workers' Unions (ANMWU)<br>Amman - Jordan</p>
</div>""" % M11_TABLE
    body = html_only(inner)
    m = mk(when, sent, "mail-am0eur08.outbound.protection.example.com", "40.107.6.122", "4DYg3T1kHnz4",
           "Lubna Tarawneh <l.tarawneh@anmwu.example.org>", "ANMWU nominations - speakers for the Regional Review",
           M11_ID, body, extra=[("Thread-Topic", "ANMWU nominations - speakers for the Regional Review"),
                                ("Content-Language", "en-GB")])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ziad Obeidat", "General Coordinator", "Arab Network of Migrant Workers' Unions (ANMWU)", ["plenary"]),
        sp("Hanan Mahjoub", "Gender Focal Point", "Sudan Workers Trade Unions Federation", ["roundtable"], 4)],
        notes="LATE (8 February) and says so; HTML-only with a table of two speakers; the table gives only the "
              "acronym 'ANMWU' for the first, the full form with acronym is in the body; the second speaker's "
              "organisation is written with a city and a membership remark ('Khartoum (ANMWU member)'), both "
              "left out of the affiliation; 'Mr.'/'Ms.' dropped; the sender is not a speaker. Speaker 1 is "
              "replaced in h169-24."))


def m12():
    when = at("2021-02-09 10:03:33")
    sent = sent_at(when, 1, 5)
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in M02_TEXT.rstrip("\n").split("\n"))
    text = """Bonjour,

Sauf erreur de notre part, nous n'avons pas reçu d'accusé de réception pour notre message ci-dessous du 30 janvier. Pourriez-vous nous confirmer que la proposition de nos deux intervenants a bien été enregistrée ?

Merci d'avance.

L. Ouchen
CSTS

Le sam. 30 janv. 2021 à 10:02, CSTS Agadir <csts.agadir@gmail.example.com> a écrit :

%s
""" % quoted
    body = alt(text, "000000000000f2a91c05bae1d3a7")
    m = mk(when, sent, "mail-wr1-f49.google.example.com", "209.85.221.49", "4DZ2pV6xNcz7",
           "CSTS Agadir <csts.agadir@gmail.example.com>",
           hdr("Re: Proposition d'intervenants - CSTS (Agadir)", enc="Q"),
           "<CAJx7Tq3aRpM0wC9nS2tX6eZ1dG4iH7kB0fA3vR@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(12, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h169-02.eml",
        notes="'did you receive it?' follow-up replying to the sender's own request h169-02 (In-Reply-To set); "
              "the '>'-quoted original contains both speakers and the roles, but nothing new is submitted: "
              "other, not a second speaker request."))


def m13():
    when = at("2021-02-09 16:21:58")
    sent = sent_at(when, 2, 6)
    text = """حضرات الزملاء في أمانة المراجعة الإقليمية،

تحية طيبة،

مرفق طيه التقرير الطوعي للشبكة الفلسطينية لحقوق العمال المهاجرين والعائدين حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وقد أُعدّ بالتشاور مع ست منظمات أعضاء في الضفة الغربية وقطاع غزة.

نرجو التكرم بتأكيد الاستلام.

مع التحية والتقدير،
رامي أبو زيد
منسق الشبكة
رام الله
"""
    fname = "تقرير المراجعة الطوعية - الشبكة الفلسطينية.pdf"
    pdf = report_pdf("Palestinian Network for the Rights of Migrant and Returnee Workers",
                     "Voluntary GCM Review Report (Arabic)")
    body = multi("mixed", [alt(text, "000000000000c41b7e05bafa2e90", rtl=True, b64=True),
                           attach("application/pdf", pdf, fname)], "000000000000c41b8005bafa2e92")
    m = mk(when, sent, "mail-ej1-f65.google.example.com", "209.85.218.65", "4DZKd03RmFz1",
           addr("رامي أبو زيد", "rami.abuzeid.pnmrw@gmail.example.com"),
           hdr("التقرير الطوعي - الشبكة الفلسطينية لحقوق العمال المهاجرين والعائدين"),
           "<CAN8fQz1vRtK5mP2wY7sD0cE3hB6jG9aL4xU1nT@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Gmail, base64 Arabic text; Arabic PDF file name (RFC 2231 filename*, RFC 2047 name) with spaces "
              "and a dash; collective consultation of member organisations, one PDF."))


def m14():
    when = at("2021-02-10 11:37:12")
    sent = sent_at(when, 3, 5)
    text = """Dear Sir / Madam,

Kindly find attached the voluntary GCM review report of the Iraqi Returnees and Migrants Support Network (IRMSN), covering Baghdad, Basra, Erbil and Duhok.

The report focuses on objectives 7 (reducing vulnerabilities), 15 (access to basic services) and 21 (safe and dignified return and reintegration).

Please do not hesitate to contact us should you need any clarification.

Regards,

Zainab Al-Tamimi | Research & Reporting Officer
IRMSN - Iraqi Returnees and Migrants Support Network
Baghdad, Iraq
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri;font-size:11pt">' + text2html(text) +
            '<p><img src="cid:image001.png@01D6FF9A.11B2C3D0" width="90" height="30" alt="IRMSN"></p>'
            '</div></body></html>\n')
    logo = leaf("image/png", make_png(16, 6, (20, 110, 60)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"',
                extra=[("Content-ID", "<image001.png@01D6FF9A.11B2C3D0>")])
    related = multi("related", [alt(text, "_000_DB7PR03MB4921A1_", html=html), logo], "_005_DB7PR03MB4921A1_",
                    params=[("type", '"multipart/alternative"')])
    fname = "IRMSN GCM Voluntary Report 2021 (final).pdf"
    pdf = report_pdf("Iraqi Returnees and Migrants Support Network (IRMSN)", "Voluntary GCM Review Report 2021")
    body = multi("mixed", [related, attach("application/pdf", pdf, fname)], "_006_DB7PR03MB4921A1_")
    m = mk(when, sent, "mail-db7eur03.outbound.protection.example.com", "40.107.4.58", "4DZrX46wDqz5",
           "Zainab Al-Tamimi <z.altamimi@irmsn.example.org>", "Voluntary GCM Review Report - IRMSN",
           "<DB7PR03MB4921A1B2C3D4E5F6@DB7PR03MB4921.eurprd03.prod.outlook.example.com>", body,
           extra=[("Thread-Topic", "Voluntary GCM Review Report - IRMSN"), ("Content-Language", "en-US"),
                  ("X-MS-Has-Attach", "yes")])
    add(14, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook layout with an inline signature logo (image001.png, not part of the report); PDF name with "
              "spaces and parentheses; signature title in 'Name | Title' form is not a speaker request."))


M15_ID = "<1c2d3e4f5a6b7c8d9e0f.aldtm@webmail.aldtm.example.org>"


def m15():
    when = at("2021-02-11 14:55:46")
    sent = sent_at(when, 2, 5)
    text = """Chers collègues,

L'Association libanaise pour les droits des travailleurs migrants (ALDTM) a le plaisir de vous transmettre en pièce jointe son rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations au Liban, dans le contexte de la crise économique et de l'explosion du port de Beyrouth.

Par ailleurs, et si cela est encore possible, nous souhaiterions proposer Mme Joëlle Abi Nader, chargée de programme à l'ALDTM, pour une prise de parole lors de la séance plénière du 24 février.

Avec nos remerciements,

Carole Haddad
Directrice
ALDTM
Beyrouth
"""
    fname = "ALDTM - Rapport PMM - version finale.docx"
    doc = report_docx("Association libanaise pour les droits des travailleurs migrants (ALDTM)",
                      "Rapport volontaire - Pacte mondial pour les migrations")
    body = multi("mixed", [alt(text, "=_alt_6b1f0a3c9d2e4f5a"), attach(DOCX, doc, fname)],
                 "=_mix_6b1f0a3c9d2e4f5a")
    m = mk(when, sent, "webmail.aldtm.example.org", "198.51.100.87", "4F0aB27pXkz3",
           "Carole Haddad <direction@aldtm.example.org>",
           hdr("Rapport volontaire ALDTM + proposition d'intervenante", enc="Q"), M15_ID, body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(15, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Joëlle Abi Nader", "chargée de programme",
           "Association libanaise pour les droits des travailleurs migrants (ALDTM)", ["plenary"])],
        report_attachments=[fname],
        notes="both, received 11 February: report part on time, speaker part late ('si cela est encore possible'), "
              "so on_time false; Roundcube; 'à l'ALDTM' refers to the association written in full with its acronym "
              "earlier; 'Mme' dropped; title in lower case as written; DOCX name with spaces and dashes."))


def m16():
    when = at("2021-02-12 08:30:19")
    sent = sent_at(when, 2, 4)
    ack_id = "<ACK-2021-02-05-0212@gcmrrarabstates.iom.int>"
    text = """Dear colleagues,

Well received, many thanks for the confirmation.

Best,
Georges

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Friday, February 5, 2021 5:53 PM
To: Saade, Georges <g.saade@fitul.example.org>
Subject: Acknowledgement of receipt - FITUL voluntary GCM review report and speaker proposal (Roundtable 1)

Dear Georges Saadé,

Thank you for your message to the Regional Review of the Global Compact for Migration in the Arab region. We confirm receipt of your voluntary GCM review report and of your speaker request.

GCM Regional Review Secretariat
"""
    body = alt(text, "_000_VI1PR10MB2771F5E4D3C2_")
    m = mk(when, sent, "mail-vi1eur10.outbound.protection.example.com", "40.107.8.205", "4F1Dn52hTwz8",
           '"Saade, Georges" <g.saade@fitul.example.org>',
           "RE: Acknowledgement of receipt - FITUL voluntary GCM review report and speaker proposal (Roundtable 1)",
           "<VI1PR10MB2771F5E4D3C2B1A0@VI1PR10MB2771.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", M09_ID + " " + ack_id), ("Content-Language", "en-US")])
    add(16, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h169-09.eml",
        notes="thank-you reply to our acknowledgement of h169-09 that adds nothing new: do not acknowledge; the "
              "Outlook-style quoted acknowledgement (not '>'-prefixed) mentions the report, the speaker request "
              "and Roundtable 1."))


def m17():
    when = at("2021-02-13 19:42:07")
    sent = sent_at(when, 1, 9)
    text1 = """Bonsoir,
Ci-joint le rapport collectif de la Plateforme des associations de migrants de l'Oriental (PAMO), 7 associations membres.
Bien à vous
Hamid Zerouali

"""
    text2 = "\n\nEnvoyé de mon iPhone\n"
    fname = "Rapport PMM PAMO.pdf"
    pdf = report_pdf("Plateforme des associations de migrants de l'Oriental (PAMO)", "Rapport collectif PMM 2021")
    pdfpart = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
                   disp='inline; filename="%s"' % fname)
    body = multi("mixed", [leaf("text/plain", text1, "utf-8", "quoted-printable"), pdfpart,
                           leaf("text/plain", text2, "utf-8", "quoted-printable")],
                 "Apple-Mail-8F2C1D7E-4A3B-4E6F-9D10-2B7C5A1E3F90")
    m = mk(when, sent, "smtp.menara.example.ma", "196.200.131.14", "4F2Pz68cQdz2",
           "Hamid Zerouali <h.zerouali@menara.example.ma>", "Rapport PAMO",
           "<5C9E2A41-7B3D-4F18-A6E0-D2C8B1F47A93@menara.example.ma>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="iPhone Mail: multipart/mixed [text, PDF with Content-Disposition inline, text]; very short body; "
              "collective report of a platform; the inline PDF is the report."))


def m18():
    when = at("2021-02-14 12:12:12")
    sent = sent_at(when, 2, 6)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:13px">
<p>السلام عليكم،</p>
<p>نحن منظمة التضامن لحماية المهاجرين في مصراتة (ليبيا)، ونعمل على إعداد تقريرنا الطوعي حول الاتفاق العالمي للهجرة.</p>
<p>لدينا استفساران:</p>
<ol>
<li>هل يمكن إرسال التقرير كملف صور ممسوح ضوئياً (سكانر) لأنه موقّع بخط اليد، أم يجب أن يكون بصيغة Word أو PDF نصي؟</li>
<li>هل يمكن لممثلين عن المنظمة حضور المؤتمر كمراقبين دون أخذ الكلمة؟</li>
</ol>
<p>وشكراً جزيلاً لكم.</p>
<p>عائشة بن سعود<br>منظمة التضامن لحماية المهاجرين</p>
</div>"""
    text = """السلام عليكم،

نحن منظمة التضامن لحماية المهاجرين في مصراتة (ليبيا)، ونعمل على إعداد تقريرنا الطوعي حول الاتفاق العالمي للهجرة.

لدينا استفساران:
1. هل يمكن إرسال التقرير كملف صور ممسوح ضوئياً (سكانر) لأنه موقّع بخط اليد، أم يجب أن يكون بصيغة Word أو PDF نصي؟
2. هل يمكن لممثلين عن المنظمة حضور المؤتمر كمراقبين دون أخذ الكلمة؟

وشكراً جزيلاً لكم.

عائشة بن سعود
منظمة التضامن لحماية المهاجرين
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body>%s</body></html>\n' % inner)
    body = alt(text, "000000000000d9e83a05bb4a71c2", html=html, b64=True)
    m = mk(when, sent, "mail-lf1-f54.google.example.com", "209.85.167.54", "4F3Bw14kYmz6",
           addr("عائشة بن سعود", "solidarity.misrata@gmail.example.com"),
           hdr("استفسار بخصوص التقرير الطوعي"),
           "<CAG5hRt8nLpX2wK6vM0sQ3cB9dF1jE4aZ7yU5iP@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions (scanned report format, attending as observers without speaking) from a Libyan "
              "organisation preparing its report: keyword-heavy but nothing submitted and no speaker proposed."))


def m19():
    when = at("2021-02-15 10:26:33")
    sent = sent_at(when, 2, 5)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،

تحية طيبة وبعد،

يسر مركز الأردن للعمل اللائق والهجرة أن يرفق لكم تقريره الطوعي حول تنفيذ الاتفاق العالمي في الأردن، والذي يغطي أوضاع العمال المهاجرين في المناطق الصناعية المؤهلة والقطاع الزراعي وقطاع العمل المنزلي.

نسخة إلى: الزميلة ليلى الزعبي للمتابعة.

وتفضلوا بقبول وافر الاحترام،

عمر الخوالدة
مدير البرامج
مركز الأردن للعمل اللائق والهجرة
عمّان - الأردن
"""
    fname = "التقرير الطوعي - مركز الأردن للعمل اللائق والهجرة 2021.docx"
    doc = report_docx("Jordan Centre for Decent Work and Migration", "Voluntary GCM Review Report (Arabic)")
    body = multi("mixed", [alt(text, "_000_AM9PR04MB8211C0D1E2F3_", rtl=True), attach(DOCX, doc, fname)],
                 "_004_AM9PR04MB8211C0D1E2F3_")
    m = mk(when, sent, "mail-am9eur04.outbound.protection.example.com", "40.107.9.77", "4F4Km29sWbz0",
           addr("عمر الخوالدة", "o.khawaldeh@jcdwm.example.jo"),
           hdr("التقرير الطوعي لمركز الأردن للعمل اللائق والهجرة"),
           "<AM9PR04MB8211C0D1E2F3A4B5@AM9PR04MB8211.eurprd04.prod.outlook.example.com>", body,
           cc=addr("ليلى الزعبي", "l.zoubi@jcdwm.example.jo"),
           extra=[("Content-Language", "ar-JO"), ("X-MS-Has-Attach", "yes")])
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook, formal Arabic, one DOCX with a long Arabic name (RFC 2231 filename*, RFC 2047 name); "
              "a colleague in Cc; signature title is not a speaker request."))


def m20():
    when = at("2021-02-16 23:47:50")
    sent = sent_at(when, 2, 11)
    text = """Dear GCM Regional Review team,

Please find attached, just before the deadline, the voluntary GCM review report of the Nile Mobility Foundation (NMF), together with its annex listing the organisations and community groups consulted in Cairo, Alexandria and Aswan.

Apologies for the late hour; the final validation meeting with our partners ended this evening.

Warm regards,
Sherif Mostafa
Head of Policy and Research
Nile Mobility Foundation
"""
    f1 = "NMF_Voluntary_GCM_Report_2021.pdf"
    f2 = "NMF_Annex_Consultation_Participants.pdf"
    pdf1 = report_pdf("Nile Mobility Foundation (NMF)", "Voluntary GCM Review Report 2021")
    pdf2 = make_pdf(["Nile Mobility Foundation (NMF)", "Annex: organisations and community groups consulted",
                     "Cairo - 14 organisations", "Alexandria - 6 organisations", "Aswan - 5 community groups"])
    body = multi("mixed", [alt(text, "0000000000003b7c1905bb6f9e21"), attach("application/pdf", pdf1, f1),
                           attach("application/pdf", pdf2, f2)], "0000000000003b7c1b05bb6f9e23")
    m = mk(when, sent, "mail-oi1-f180.google.example.com", "209.85.167.180", "4F5Xq70dGhz4",
           "Sherif Mostafa <sherif.mostafa@nilemobility.example.org>",
           "NMF Voluntary GCM Review Report + Annex",
           "<CAD2mPw6tQrL9xN3vK1sB7cF4hG0jE5aY8zU2iR@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="received 23:47:50 on 16 February Beirut time: on time, twelve minutes before the report deadline; "
              "the report is two PDFs (main report + annex of consulted organisations), both belong to it."))


M21_ID = "<0f3e2d1c.61ab.4c9e.b7d2.aa19e05c3f71@mail.ftad.example.tn>"


def m21():
    when = at("2021-02-17 09:58:14")
    sent = sent_at(when, 1, 6)
    inner = """<div style="font-family:Verdana;font-size:10pt">
<p>Madame, Monsieur,</p>
<p>Au nom de M. Slim Jaziri, Vice-président chargé des relations extérieures de la Fédération tunisienne des associations de la diaspora (FTAD), nous avons l'honneur de solliciter une prise de parole lors de la table ronde thématique consacrée à la migration de main-d'œuvre et au travail décent (table ronde n° 2).</p>
<p>Nous sommes conscients que le délai fixé au 5 février est dépassé ; M. Jaziri n'a pu confirmer sa disponibilité qu'hier soir.</p>
<p>Merci de bien vouloir adresser votre réponse à M. Jaziri directement (adresse en « Répondre à »).</p>
<p>Veuillez agréer l'expression de nos salutations distinguées.</p>
<p>Le Secrétariat administratif<br>FTAD - Tunis</p>
</div>"""
    body = html_only(inner)
    m = mk(when, sent, "mail.ftad.example.tn", "197.14.52.9", "4F6Rk11vNpz7",
           "Secretariat FTAD <secretariat@ftad.example.tn>",
           hdr("Demande de prise de parole - FTAD - table ronde n° 2", enc="Q"), M21_ID, body,
           extra=[("Reply-To", "s.jaziri@ftad.example.tn"),
                  ("User-Agent", "Zimbra 8.8.15_GA_4059 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_4059)")])
    add(21, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Slim Jaziri", "Vice-président chargé des relations extérieures",
           "Fédération tunisienne des associations de la diaspora (FTAD)", ["roundtable"], 2)],
        notes="LATE (17 February) and says so; HTML-only, sent by the administrative secretariat on behalf of the "
              "vice-president ('Au nom de M. ...', 'M.' dropped); roundtable named by theme with its number; "
              "Reply-To differs from From; the acknowledgement to the Reply-To address bounces (h169-22)."))


def m22():
    when = at("2021-02-17 09:59:02")
    d = tz(when, 1)
    text = """Ceci est le système de messagerie de mail.ftad.example.tn.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il s'agit d'une erreur permanente ; le message ne sera pas renvoyé.

<s.jaziri@ftad.example.tn> : adresse inconnue
    Le serveur distant a répondu : 550 5.1.1 <s.jaziri@ftad.example.tn>:
    Recipient address rejected: User unknown in virtual mailbox table

Pour toute question, veuillez contacter l'administrateur de la messagerie.

                   Le système de messagerie
"""
    dsn = ("Reporting-MTA: dns; mail.ftad.example.tn\n"
           "X-Postfix-Queue-ID: 7A1C2E0B3F\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; s.jaziri@ftad.example.tn\n"
           "Original-Recipient: rfc822;s.jaziri@ftad.example.tn\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Diagnostic-Code: x-unix; user unknown in virtual mailbox table\n" % rfcdate(d - dt.timedelta(seconds=2)))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: s.jaziri@ftad.example.tn\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Demande_de_prise_de_parole_-_FTAD?=\n"
            "Date: %s\n"
            "In-Reply-To: %s\n"
            "Message-ID: <ACK-2021-02-17-0388@gcmrrarabstates.iom.int>\n"
            % (rfcdate(tz(when - dt.timedelta(seconds=20), 2)), M21_ID))
    p1 = leaf("text/plain", text, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "7A1C2E0B3F.1613552340/mail.ftad.example.tn",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail.ftad.example.tn", "197.14.52.9", "4F6RkW3yQtz1",
                    "MAILER-DAEMON@mail.ftad.example.tn (Systeme de messagerie)",
                    hdr("Message non remis : retour à l'expéditeur", enc="Q"), rfcdate(d),
                    "<20210217075900.7A1C2E0B3F@mail.ftad.example.tn>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(22, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="Postfix DSN with a French-localised human-readable part (multipart/report delivery-status, 5.1.1 user "
              "unknown) for our acknowledgement of h169-21 sent to its Reply-To address; the returned headers "
              "name h169-21 in In-Reply-To but a bounce opens no submission: thread_of null. Never acknowledge."))


def m23():
    when = at("2021-02-18 13:05:44")
    sent = sent_at(when, 2, 7)
    text = """الأخوة والأخوات في أمانة المراجعة الإقليمية،

تحية طيبة،

نعتذر عن التأخير في إرسال مساهمتنا بسبب الظروف الصعبة التي تمر بها منظماتنا الأعضاء. مرفق التقرير الطوعي لشبكة المشرق لحماية اللاجئين والمهاجرين، وهو تقرير جماعي أعدته ثماني منظمات من لبنان وسوريا والأردن.

كما نود ترشيح الزميلة ديما الحلبي، مسؤولة المناصرة في الشبكة، للمشاركة في النقاش المفتوح لمشاورة أصحاب المصلحة، أو كمقررة لعرض الرسائل الرئيسية إذا كان ذلك ممكناً.

ولكم جزيل الشكر،
وسيم قبلان
المنسق العام
شبكة المشرق لحماية اللاجئين والمهاجرين
بيروت
"""
    fname = "Mashreq_Network_GCM_Report_2021_AR.pdf"
    pdf = report_pdf("Mashreq Network for the Protection of Refugees and Migrants", "Collective voluntary GCM report")
    body = multi("mixed", [alt(text, "000000000000e6f2a905bb8c4d17", rtl=True),
                           attach("application/pdf", pdf, fname)], "000000000000e6f2ab05bb8c4d19")
    m = mk(when, sent, "mail-wm1-f44.google.example.com", "209.85.128.44", "4F7Cz83bLrz9",
           addr("وسيم قبلان", "w.qublan@mashreq-network.example.org"),
           re_hdr("", "تقرير شبكة المشرق وترشيح متحدثة"),
           "<CAE9pTr4nKqW1xM7vL3sC0dB6hF2jG8aX5zU9iQ@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("ديما الحلبي", "مسؤولة المناصرة", "شبكة المشرق لحماية اللاجئين والمهاجرين",
           ["open_discussion", "rapporteur"])],
        report_attachments=[fname],
        notes="both, received 18 February: both parts late; collective report of eight organisations; speaker "
              "is not the sender, affiliation by reference ('في الشبكة' = the network named earlier); two roles "
              "offered as alternatives ('... أو كمقررة'), both recorded in the order written; 'بيروت' is a place."))


def m24():
    when = at("2021-02-19 15:20:30")
    sent = sent_at(when, 2, 5)
    text = """Dear colleagues,

Further to our email below: unfortunately Mr. Ziad Obeidat will not be able to attend the conference due to travel restrictions. Our Deputy Coordinator, Rami Haddadin, will deliver the plenary intervention in his place.

Ms. Mahjoub's participation in Roundtable 4 remains unchanged.

Thank you for your understanding.

Lubna Tarawneh
Programme Officer
Arab Network of Migrant Workers' Unions (ANMWU)

From: Lubna Tarawneh <l.tarawneh@anmwu.example.org>
Sent: Monday, February 8, 2021 12:44 PM
To: gcmrrarabstates@iom.int
Subject: ANMWU nominations - speakers for the Regional Review

Dear GCM Regional Review Secretariat,

The Arab Network of Migrant Workers' Unions (ANMWU) would like to nominate the following speakers for the Regional Review Conference on 24-25 February:

Name | Position | Organisation | Requested session
Mr. Ziad Obeidat | General Coordinator | ANMWU | Plenary session
Ms. Hanan Mahjoub | Gender Focal Point | Sudan Workers Trade Unions Federation, Khartoum (ANMWU member) | Thematic Roundtable 4

We are aware that the deadline for speaker requests was last Friday; the nominations were only confirmed by our executive bureau yesterday. We would be very grateful if they could still be considered.
"""
    html_new = text2html(text.split("From: Lubna")[0])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">%s</div>'
            '<hr style="display:inline-block;width:98%%">'
            '<div><b>From:</b> Lubna Tarawneh &lt;l.tarawneh@anmwu.example.org&gt;<br><b>Sent:</b> Monday, February '
            '8, 2021 12:44 PM<br><b>To:</b> gcmrrarabstates@iom.int<br><b>Subject:</b> ANMWU nominations - speakers '
            'for the Regional Review</div><div><p>Dear GCM Regional Review Secretariat,</p><p>The Arab Network of '
            'Migrant Workers\' Unions (ANMWU) would like to nominate the following speakers for the Regional Review '
            'Conference on 24-25 February:</p>%s</div></body></html>\n' % (html_new, M11_TABLE))
    body = alt(text, "_000_AM0PR08MB4410D8E9F0A1_", html=html)
    m = mk(when, sent, "mail-am0eur08.outbound.protection.example.com", "40.107.6.131", "4F8Wq25hMxz3",
           "Lubna Tarawneh <l.tarawneh@anmwu.example.org>",
           "RE: ANMWU nominations - speakers for the Regional Review",
           "<AM0PR08MB4410D8E9F0A1B2C3@AM0PR08MB4410.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M11_ID), ("References", M11_ID),
                  ("Thread-Topic", "ANMWU nominations - speakers for the Regional Review"),
                  ("Content-Language", "en-GB")])
    add(24, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        thread_of="h169-11.eml", speakers=[
            sp("Rami Haddadin", "Deputy Coordinator", "Arab Network of Migrant Workers' Unions (ANMWU)",
               ["plenary"])],
        notes="replacement speaker for h169-11 (reply to the sender's own message, Outlook-style quote including "
              "the old table); only the new speaker is recorded, the unchanged second speaker is not re-proposed; "
              "role only by reference ('the plenary intervention in his place'); affiliation by reference ('Our "
              "Deputy Coordinator') to the network in the signature; late (19 February)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
