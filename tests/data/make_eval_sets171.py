#!/usr/bin/env python3
"""Write the blind evaluation set holdout171 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets171.py
Theme: national human rights institutions, ombudsperson offices, human-rights commissions and their migration
units writing to the review mailbox: formal institutional letters with reference numbers, notes verbales,
cover letters attached as PDF, messages sent by a cabinet or a secretariat on behalf of the head of the
institution, pasted nomination forms, plus the usual robots and follow-ups.  Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, rfc2231_cont, rfcdate, sp, std_rows, text2html, top, tz, flowed, esc, sent_at)

SET = EvalSet(171)
add = SET.add

ACK_DOMAIN = "gcmrrarabstates.iom.int"


def two(text, bnd, html=None, rtl=False, cte="quoted-printable", charset="utf-8"):
    """multipart/alternative text + HTML; HTML derived from the text when not given."""
    if html is None:
        d = ' dir="rtl" style="text-align:right"' if rtl else ""
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                '<body><div%s style="font-family:Calibri,sans-serif;font-size:11pt">%s</div></body></html>\n'
                % (charset, d, text2html(text)))
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)], bnd)


def page(inner, rtl=False, charset="utf-8"):
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<style>p{margin:0 0 8pt 0}</style></head><body%s lang="%s">\n%s\n</body></html>\n'
            % (charset, d, "AR-SA" if rtl else "EN-GB", inner))


def logo(cid, name="image001.png", rgb=(20, 70, 130)):
    p = leaf("image/png", make_png(24, 12, rgb), cte="base64", params=[("name", '"%s"' % name)],
             disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])
    return p


def ack_id(n):
    return "<ack.171-%02d.%s@%s>" % (n, "x7f", ACK_DOMAIN)


# ================================================================ 1. EN speakers, note-verbale style, HTML only
M01_ID = "<DB8PR04MB6971A3F2C0E94B1C@DB8PR04MB6971.eurprd04.prod.outlook.example.com>"


def m01():
    when = at("2021-02-01 10:14:37")
    sent = sent_at(when, 2, 6)
    inner = """<div style="font-family:'Times New Roman',serif;font-size:12pt">
<p align="right">Ref.: NCHR/IRD/2021/0047<br>Date: 31 January 2021</p>
<p>To: The Secretariat of the Regional Review of the Global Compact for Migration in the Arab Region<br>
International Organization for Migration (IOM), Regional Office for the Middle East and North Africa</p>
<p><b><u>Subject: Nomination of speakers &ndash; Regional Review Conference, 24-25 February 2021</u></b></p>
<p>The National Commission for Human Rights (NCHR) presents its compliments to the Secretariat of the Regional
Review and, with reference to the invitation letter received on 26 January 2021, has the honour to nominate
the following members of its staff for speaking roles at the Regional Review Conference:</p>
<ol>
<li>H.E. Dr. Samir Al-Khatib, Commissioner-General &ndash; floor intervention in the plenary session on
24 February 2021;</li>
<li>Ms. Rasha Obeidat, Head of the Migrant Workers Unit, Complaints and Monitoring Department &ndash; floor
intervention in thematic Roundtable 2.</li>
</ol>
<p>The Commission would be grateful if the Secretariat could confirm the allocation of these speaking slots to
the focal point copied on this message.</p>
<p>The National Commission for Human Rights avails itself of this opportunity to renew to the Secretariat the
assurances of its highest consideration.</p>
<p>&nbsp;</p>
<p><b>International Relations Department</b><br>National Commission for Human Rights<br>
Tel. +962 6 000 0147 | intl.relations@nchr-hr.example.org</p>
<p style="font-size:8pt;color:#888">This e-mail and any attachments are confidential and intended solely for
the addressee. If you have received it in error, please notify the sender and delete it.</p>
</div>"""
    body = leaf("text/html", page(inner), cte="quoted-printable")
    m = mk(when, sent, "mail-db8eur04.outbound.protection.example.com", "40.107.6.71", "4DTk0q1b8Lz4",
           "NCHR International Relations <intl.relations@nchr-hr.example.org>",
           "Nomination of speakers - NCHR - Ref. NCHR/IRD/2021/0047", M01_ID, body,
           cc="Rasha Obeidat <r.obeidat@nchr-hr.example.org>",
           extra=[("Thread-Topic", "Nomination of speakers - NCHR - Ref. NCHR/IRD/2021/0047"),
                  ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
                  ("X-Originating-IP", "[192.0.2.147]")])
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samir Al-Khatib", "Commissioner-General", "National Commission for Human Rights (NCHR)", ["plenary"]),
        sp("Rasha Obeidat", "Head of the Migrant Workers Unit, Complaints and Monitoring Department",
           "National Commission for Human Rights (NCHR)", ["roundtable"], 2)],
        notes="HTML-only note-verbale style letter with a reference number, sent from an institutional shared "
              "mailbox (the sender is a department, not a speaker); two speakers in an ordered list; 'H.E. Dr.' "
              "and 'Ms.' dropped; the second speaker's title is written with her unit and department (kept as "
              "the title, as dev 012); affiliation not repeated on the speaker lines: the institution named in "
              "the letter, in its fullest form with the acronym '(NCHR)'."))


# ================================================================ 2. FR speaker, cabinet on behalf, letter PDF decoy
M02_ID = "<PR1P264MB1839E2A4B7C90D15@PR1P264MB1839.FRAP264.PROD.OUTLOOK.example.com>"


def m02():
    when = at("2021-02-01 16:40:09")
    sent = sent_at(when, 0, 4)
    text = """Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint la lettre N/Réf. : MR/CAB/2021/0113 du 29 janvier 2021, par laquelle le Médiateur de la République, M. Ahmedou Ould Sidi, fait part de son souhait de prendre la parole lors de la séance plénière de la Conférence régionale d'examen du Pacte mondial pour les migrations, le 24 février 2021.

L'intervention porterait sur le traitement des réclamations des travailleurs migrants par les institutions de médiation.

Je reste à votre disposition pour toute précision et vous saurais gré de bien vouloir accuser réception de la présente.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Mamadou Sy
Chef de Cabinet
Institution du Médiateur de la République
Tél. : +222 45 00 00 13
"""
    fname = "Lettre_MR_CAB_2021-0113.pdf"
    letter = make_pdf(["INSTITUTION DU MEDIATEUR DE LA REPUBLIQUE", "Le Mediateur de la Republique",
                       "N/Ref. : MR/CAB/2021/0113        Nouakchott, le 29 janvier 2021",
                       "A Madame la Directrice regionale de l'OIM",
                       "Objet : Conference regionale d'examen du PMM - demande d'intervention",
                       "Madame la Directrice regionale,",
                       "J'ai l'honneur de vous faire part de mon souhait d'intervenir en seance pleniere.",
                       "Veuillez agreer, Madame, l'expression de ma haute consideration.",
                       "Ahmedou Ould Sidi"])
    body = multi("mixed", [two(text, "_000_PR1P264MB1839E2A4B7C90D15PR1P264MB1839FRAP_"),
                           attach("application/pdf", letter, fname)],
                 "_004_PR1P264MB1839E2A4B7C90D15PR1P264MB1839FRAP_")
    m = mk(when, sent, "mail-pr1fra01.outbound.protection.example.com", "40.107.12.39", "4DTvM62yHcz1",
           addr("Cabinet du Médiateur", "cabinet@mediateur-rim.example.org", enc="Q"),
           hdr("Transmission lettre N/Réf. MR/CAB/2021/0113 - Conférence régionale PMM", enc="Q"), M02_ID, body,
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes"),
                  ("Thread-Topic", "Transmission lettre N/Réf. MR/CAB/2021/0113")])
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ahmedou Ould Sidi", "Médiateur de la République", "Institution du Médiateur de la République",
           ["plenary"])],
        notes="the head of cabinet writes on behalf of the Ombudsman; the attached PDF is the official letter "
              "(a speaker request, not a voluntary report: no report_attachments); the title and the "
              "institution share the words 'Médiateur de la République'; affiliation taken from the sender's "
              "signature (the institution's name); 'M.' dropped."))


# ================================================================ 3. AR speaker, formal letter, Outlook + logo
M03_ID = "<AM0PR06MB5218B1C9F3D2E7A4@AM0PR06MB5218.eurprd06.prod.outlook.example.com>"


def m03():
    when = at("2021-02-02 09:05:22")
    sent = sent_at(when, 2, 7)
    text = """الرقم: ل.و.ح.إ/ع د/2021/156
التاريخ: 1 شباط/فبراير 2021

السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين
المنظمة الدولية للهجرة

الموضوع: ترشيح متحدثة في المؤتمر الإقليمي للمراجعة

تهديكم اللجنة الوطنية لحقوق الإنسان أطيب تحياتها، وبالإشارة إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية، يسرّ اللجنة أن ترشح السيدة سهى الزعبي، رئيسة وحدة حقوق العمال المهاجرين في إدارة الشكاوى والرصد، لتقديم مداخلة في المائدة المستديرة المواضيعية الثالثة خلال المؤتمر المنعقد يومي 24 و25 شباط/فبراير 2021.

وتجدون عنوان بريدها الإلكتروني في النسخة لغايات التنسيق.

وتفضلوا بقبول فائق الاحترام والتقدير،

د. عادل الرواشدة
الأمين العام
اللجنة الوطنية لحقوق الإنسان – عمّان
"""
    html = page('<div style="font-family:Simplified Arabic,serif;font-size:13pt">%s'
                '<p><img src="cid:image001.png@01D6F8A2.5C3B7E10" width="120" height="60" alt="شعار اللجنة"></p>'
                '</div>' % text2html(text), rtl=True)
    alt_ = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "_000_AM0PR06MB5218B1C9F3D2E7A4AM0PR06MB5218eurp_")
    body = multi("related", [alt_, logo("image001.png@01D6F8A2.5C3B7E10")],
                 "_005_AM0PR06MB5218B1C9F3D2E7A4AM0PR06MB5218eurp_", params=[("type", '"multipart/alternative"')])
    m = mk(when, sent, "mail-am0eur06.outbound.protection.example.com", "40.107.14.52", "4DVBn23kPwz8",
           addr("الأمين العام - اللجنة الوطنية لحقوق الإنسان", "sg@nchr-hr.example.org"),
           hdr("ترشيح متحدثة - كتاب رقم ل.و.ح.إ/ع د/2021/156"), M03_ID, body,
           cc="s.zoubi@nchr-hr.example.org",
           extra=[("Content-Language", "ar-JO"), ("X-MS-Has-Attach", "")])
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سهى الزعبي", "رئيسة وحدة حقوق العمال المهاجرين في إدارة الشكاوى والرصد", "اللجنة الوطنية لحقوق الإنسان",
           ["roundtable"], 3)],
        notes="formal Arabic letter with a reference number and date; the Secretary-General signs and is not the "
              "speaker; 'السيدة' dropped; title written with its unit and department (kept whole, as dev 012); "
              "roundtable as an ordinal word ('الثالثة'); the place after the institution in the signature "
              "('– عمّان') is not part of the affiliation; inline logo image001.png is a decoy; the long Arabic "
              "From display name spans two RFC 2047 encoded-words (policy.default shows a stray space)."))


# ================================================================ 4. AR auto-reply to our acknowledgement of 3
def m04():
    when = at("2021-02-02 09:06:41")
    sent = sent_at(when, 2, 3)
    text = """شكراً لرسالتكم.

أنا حالياً في مهمة رسمية خارج المكتب حتى يوم الأحد 7 شباط/فبراير 2021، مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع مكتب الأمين العام على الرقم 0148 000 6 962+ أو عبر البريد office.sg@nchr-hr.example.org.

د. عادل الرواشدة
الأمين العام
"""
    body = two(text, "_000_AM0PR06MB5218OOF0F1E2D3AM0PR06MB5218eurp_", rtl=True, cte="base64")
    rows = std_rows(when, "mail-am0eur06.outbound.protection.example.com", "40.107.14.53", "4DVBpN0sQvz2",
                    addr("الأمين العام - اللجنة الوطنية لحقوق الإنسان", "sg@nchr-hr.example.org"),
                    re_hdr("", "رد تلقائي: تم استلام طلبكم - ترشيح متحدثة - كتاب رقم ل.و.ح.إ/ع د/2021/156"),
                    rfcdate(sent), "<AM0PR06MB5218OOF0F1E2D3@AM0PR06MB5218.eurprd06.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "sg@nchr-hr.example.org")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", ack_id(3)), ("References", ack_id(3)), ("Content-Language", "ar-JO")]
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office reply to the service's acknowledgement of h171-03 (null Return-Path, "
              "Auto-Submitted: auto-replied); the subject still carries the speaker-nomination subject and the "
              "letter reference. Never acknowledge (loop)."))


# ================================================================ 5. EN question: may an NHRI report in its own name?
def m05():
    when = at("2021-02-02 13:20:04")
    sent = sent_at(when, 3, 4)
    text = """Dear colleagues,

I am writing from the Migration and Asylum Desk of the Office of the Parliamentary Ombudsman. We received your invitation of 26 January with thanks.

Before we start drafting, could you kindly clarify three points for us:

1. Our Office is an A-status national human rights institution and is independent from the Government. May we submit a voluntary GCM review report in our own name, or are NHRIs expected to feed into the national report prepared by the Ministry of Interior?
2. Can the report be submitted in Arabic only, or is an English translation required?
3. Is there a suggested length or template?

We may also wish to propose a speaker later, but we need internal clearance first, so please do not register anyone from our Office for now.

Many thanks in advance,

Yousra Al-Mahdi
Legal Researcher, Migration and Asylum Desk
Office of the Parliamentary Ombudsman
"""
    body = leaf("text/plain", flowed(text), cte="8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.ombudsman-parl.example.net", "198.51.100.23", "4DVL8w3xTdz6",
           "Yousra Al-Mahdi <y.almahdi@ombudsman-parl.example.net>",
           "Question on voluntary reports by NHRIs", "<5f2a9c1e-7d34-4b80-a1c2-9e0d3b6f7a15@ombudsman-parl.example.net>",
           body, extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                      "Thunderbird/78.7.0"), ("Content-Language", "en-GB")])
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="keyword-heavy question (voluntary report, national report, speaker) from an ombudsperson office: "
              "nothing is submitted and the sender explicitly asks not to register a speaker yet; Thunderbird "
              "format=flowed, 8bit."))


# ================================================================ 6. FR both (DOCX report + rapporteur), on time
M06_ID = "<MRZP264MB2047C5D1A8E3F906@MRZP264MB2047.FRAP264.PROD.OUTLOOK.example.com>"


def m06():
    when = at("2021-02-03 11:02:50")
    sent = sent_at(when, 0, 5)
    text = """Réf. : CNDH/P/2021/027
Nouakchott, le 2 février 2021

Objet : Contribution de la CNDH à l'examen régional du Pacte mondial pour les migrations

Madame, Monsieur,

Faisant suite à votre lettre d'invitation, la Commission nationale des droits de l'homme (CNDH) a l'honneur de vous transmettre, en pièce jointe, son rapport volontaire sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières, adopté par son Assemblée plénière le 28 janvier 2021.

Par ailleurs, la CNDH souhaiterait que Mme Salma Mint Ahmed, Rapporteure de la sous-commission Migrations et Asile, soit retenue comme rapporteur chargé de présenter les messages clés des parties prenantes lors de la conférence des 24 et 25 février.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour le Président et par délégation,
Cheikh Ould Mohamed Lemine
Secrétaire général
Commission nationale des droits de l'homme
"""
    fname = "Rapport_volontaire_CNDH_PMM_2021.docx"
    rep = make_docx(["Commission nationale des droits de l'homme (CNDH)",
                     "Rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations",
                     "1. Introduction et méthodologie : visites de centres de rétention, plaintes reçues (2019-2020).",
                     "2. Progrès par objectif : objectifs 7, 13 et 15 (vulnérabilités, détention, services de base).",
                     "3. Défis : accès à la justice, documentation des migrants en transit.",
                     "4. Recommandations aux autorités et aux partenaires."])
    body = multi("mixed", [two(text, "_000_MRZP264MB2047C5D1A8E3F906MRZP264MB2047FRAP_"),
                           attach(DOCX, rep, fname)], "_004_MRZP264MB2047C5D1A8E3F906MRZP264MB2047FRAP_")
    m = mk(when, sent, "mail-mrz264.outbound.protection.example.com", "40.107.15.19", "4DW4sR7nYgz3",
           addr("Secrétariat général CNDH", "sg@cndh-rim.example.org", enc="Q"),
           hdr("Réf. CNDH/P/2021/027 - Rapport volontaire et proposition de rapporteur", enc="Q"), M06_ID, body,
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")])
    add(6, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Salma Mint Ahmed", "Rapporteure de la sous-commission Migrations et Asile",
                     "Commission nationale des droits de l'homme (CNDH)", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, on time (3 February); administrative letter with reference, place and date; the report is "
              "the DOCX, the speaker is proposed in prose ('Mme' dropped); her title contains the word "
              "'Rapporteure' and the role is 'rapporteur chargé de présenter les messages clés'; affiliation "
              "with the acronym as written in the letter; the signatory is not a speaker."))


# ================================================================ 7. AR Gulf dialect, phone, pasted internal form, 2 speakers
def m07():
    when = at("2021-02-03 17:45:18")
    sent = sent_at(when, 4, 9)
    text = """السلام عليكم

معكم محمد من مكتب أمين المظالم، قسم شؤون العمالة الوافدة. المدير طلب مني أرسل لكم أسماء المشاركين من عندنا، نسخت لكم البيانات من الاستمارة الداخلية حقتنا:

الاسم الكامل: خالد سعيد المهيري
المسمى الوظيفي: مدير إدارة العمالة الوافدة
الجهة: مكتب أمين المظالم
المشاركة المطلوبة: النقاش المفتوح يوم ٢٣ فبراير

الاسم الكامل: ريم عبدالله الشامسي
المسمى الوظيفي: باحثة قانونية أولى
الجهة: مكتب أمين المظالم
المشاركة المطلوبة: مداخلة في الطاولة المستديرة رقم ٤

ياليت تأكدون لنا الاستلام على نفس الإيميل.
وشكراً لكم

محمد

مرسلة من هاتفي
"""
    html = page('<div dir="rtl">%s</div>' % text2html(text), rtl=True)
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "000000000000e3b7a405ba6c1f44")
    m = mk(when, sent, "mail-pl1-f180.google.example.com", "209.85.214.180", "4DWH0c5mVrz9",
           addr("محمد الكتبي", "m.alketbi.omb@gmail.example.com"),
           hdr("أسماء المشاركين - مكتب أمين المظالم"),
           "<CAJx8Vn2qR5tY7uP1oA3sD9fG2hK6lZ4xC8vB0nM@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد سعيد المهيري", "مدير إدارة العمالة الوافدة", "مكتب أمين المظالم", ["open_discussion"]),
        sp("ريم عبدالله الشامسي", "باحثة قانونية أولى", "مكتب أمين المظالم", ["roundtable"], 4)],
        notes="Gulf dialect, Gmail from a phone, personal address; the sender (a staff member writing for his "
              "director) is not a speaker; two speakers in a pasted internal form with labelled lines; "
              "roundtable in Arabic-Indic digits ('رقم ٤'); open discussion given by its date."))


# ================================================================ 8. EN speaker, details only in the signature
def m08():
    when = at("2021-02-04 10:30:55")
    sent = sent_at(when, 2, 4)
    text = """Hello,

I would like to take part in the open discussion of the multi-stakeholder consultation on 23 Feb. Our office now receives a steady flow of complaints from migrant domestic workers (confiscated passports, unpaid wages, sponsorship transfers), and I think an ombudsperson perspective would be useful in the discussion.

I registered through the online link yesterday.

Thanks a lot,
Nadine

--
Nadine Karam
Senior Legal Officer, Migrants' Rights Unit
Office of the Ombudsperson for Human Rights
Beirut, Lebanon
"""
    body = two(text, "0000000000007f22c105ba7d93e1")
    m = mk(when, sent, "mail-wm1-f47.google.example.com", "209.85.128.47", "4DWl3b6Qxpz5",
           "Nadine Karam <nadine.karam.ohr@gmail.example.com>", "open discussion 23 Feb",
           "<CAK3mT8nW1pQ5rS9uV2xY4zA6bC8dE0fG1hI3jL5@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nadine Karam", "Senior Legal Officer, Migrants' Rights Unit", "Office of the Ombudsperson for Human Rights",
           ["open_discussion"])],
        notes="the sender proposes herself; name, title and affiliation only in the signature; title written "
              "with its unit (kept whole, as dev 012); the city/country line after the institution is not "
              "part of the affiliation (dev 004); short lowercase subject; personal Gmail address."))


# ================================================================ 9. FR speakers, pasted nomination form (table), 2 speakers
def m09():
    when = at("2021-02-04 15:12:30")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Réf. : INDH/SG/21-0042

Suite à votre courrier d'invitation relatif à l'examen régional du Pacte mondial sur les migrations, nous avons l'honneur de vous communiquer ci-dessous le formulaire de désignation des intervenants de l'Instance, tel que validé par le Bureau du Conseil.

FORMULAIRE DE DÉSIGNATION DES INTERVENANTS

Intervenant 1
Nom et prénom :\tPr Hédi Ben Ammar
Fonction :\tMembre du Conseil, point focal Migration
Institution :\tInstance nationale des droits humains (INDH)
Rôle souhaité :\tIntervention en séance plénière

Intervenant 2
Nom et prénom :\tMme Ines Gharbi
Fonction :\tCheffe de l'Unité Migration et Asile
Institution :\tInstance nationale des droits humains (INDH)
Rôle souhaité :\tTable ronde n° 1 (gouvernance des migrations de travail)

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Le Secrétariat général
Instance nationale des droits humains
Tunis
"""
    rows_html = ""
    for n, (nm, fn, inst, role) in enumerate([
            ("Pr Hédi Ben Ammar", "Membre du Conseil, point focal Migration",
             "Instance nationale des droits humains (INDH)", "Intervention en séance plénière"),
            ("Mme Ines Gharbi", "Cheffe de l'Unité Migration et Asile",
             "Instance nationale des droits humains (INDH)",
             "Table ronde n° 1 (gouvernance des migrations de travail)")], 1):
        rows_html += ('<tr><td colspan="2" style="background:#dde6f0"><b>Intervenant %d</b></td></tr>'
                      '<tr><td>Nom et prénom :</td><td>%s</td></tr><tr><td>Fonction :</td><td>%s</td></tr>'
                      '<tr><td>Institution :</td><td>%s</td></tr><tr><td>Rôle souhaité :</td><td>%s</td></tr>'
                      % (n, esc(nm), esc(fn), esc(inst), esc(role)))
    intro, rest = text.split("FORMULAIRE DE DÉSIGNATION DES INTERVENANTS")
    outro = rest.split("Nous restons")[1]
    inner = ('<div style="font-family:Arial,sans-serif;font-size:10pt">%s<p><b>FORMULAIRE DE DÉSIGNATION DES '
             'INTERVENANTS</b></p><table border="1" cellspacing="0" cellpadding="4">%s</table>%s</div>'
             % (text2html(intro.strip()), rows_html, text2html("Nous restons" + outro)))
    body = two(text, "----=_NextPart_000_0017_01D6FAF1.3C2B8A40", html=page(inner))
    m = mk(when, sent, "smtp.indh.example.tn", "203.0.113.41", "4DWxy54HqRz1",
           addr("INDH - Secrétariat général", "secretariat@indh.example.tn", enc="Q"),
           hdr("Désignation des intervenants de l'INDH - Réf. INDH/SG/21-0042", enc="Q"),
           "<000f01d6faf1$3c2b8a40$b482bec0$@indh.example.tn>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbpR7Xk2mVqL0n3Sg+yTq5hW1aB8Q=="),
                  ("Content-Language", "fr")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hédi Ben Ammar", "Membre du Conseil, point focal Migration", "Instance nationale des droits humains (INDH)",
           ["plenary"]),
        sp("Ines Gharbi", "Cheffe de l'Unité Migration et Asile", "Instance nationale des droits humains (INDH)",
           ["roundtable"], 1)],
        notes="a nomination form pasted into the message: tab-separated labelled lines in the text part, an "
              "HTML table in the HTML part; honorifics 'Pr' and 'Mme' are inside the name cells and dropped; "
              "'Table ronde n° 1' with a space after n°; sent by the secretariat (no person signs)."))


# ================================================================ 10. AR voluntary report, Outlook, Arabic PDF name + logo
def m10():
    when = at("2021-02-05 12:00:14")
    sent = sent_at(when, 3, 5)
    text = """الرقم: م.و.ح.إ/ص/2021/388
التاريخ: 23 جمادى الآخرة 1442هـ الموافق 5 فبراير 2021م

سعادة منسق المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المنظمة الدولية للهجرة
تحية طيبة وبعد،

تهديكم المؤسسة الوطنية لحقوق الإنسان أطيب تحياتها، ونرفق لكم طيه التقرير الطوعي للمؤسسة بشأن متابعة تنفيذ الاتفاق العالمي من أجل الهجرة، والذي يتناول أوضاع العمالة الوافدة وآليات تلقي الشكاوى والزيارات الميدانية لمراكز الإيواء خلال عامي 2019 و2020.

ونحيطكم علماً بأن رئيس المؤسسة سيحضر أعمال المؤتمر بصفة مشارك، ولا نطلب دوراً في الكلمات.

وتقبلوا خالص التحية والتقدير،

إدارة التعاون الدولي
المؤسسة الوطنية لحقوق الإنسان
"""
    cid = "image001.jpg@01D6FB8E.1A2C4D60"
    html = page('<div style="font-family:Traditional Arabic,serif;font-size:14pt">%s'
                '<p><img width="160" height="54" src="cid:%s"></p></div>' % (text2html(text), cid), rtl=True)
    alt_ = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "_000_VI1PR10MB2931D7E8F9A0B1C2VI1PR10MB2931EURP_")
    rel = multi("related", [alt_, logo(cid, "image001.png", (120, 20, 40))],
                "_005_VI1PR10MB2931D7E8F9A0B1C2VI1PR10MB2931EURP_", params=[("type", '"multipart/alternative"')])
    fname = "تقرير المؤسسة الوطنية لحقوق الإنسان - الاتفاق العالمي للهجرة 2021.pdf"
    rep = make_pdf(["National Human Rights Institution", "Voluntary GCM review report 2021 (Arabic original)",
                    "1. Introduction  2. Methodology: complaints, field visits to shelters",
                    "3. Progress by GCM objective (6, 7, 12, 16)  4. Challenges  5. Recommendations"])
    body = multi("mixed", [rel, attach("application/pdf", rep, fname)],
                 "_006_VI1PR10MB2931D7E8F9A0B1C2VI1PR10MB2931EURP_")
    m = mk(when, sent, "mail-vi1eur10.outbound.protection.example.com", "40.107.2.93", "4DXK9f1tMbz6",
           addr("إدارة التعاون الدولي", "intl.coop@nhri-hr.example.org"),
           hdr("التقرير الطوعي للمؤسسة الوطنية لحقوق الإنسان - م.و.ح.إ/ص/2021/388"),
           "<VI1PR10MB2931D7E8F9A0B1C2@VI1PR10MB2931.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "ar-SA"), ("X-MS-Has-Attach", "yes")])
    add(10, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="formal letter with reference and Hijri + Gregorian dates; long Arabic PDF name (RFC 2231 "
              "filename*, RFC 2047 name); the president 'will attend as a participant' and no speaking role "
              "is requested (not 'both'); inline logo (cid says .jpg, file is image001.png) is a decoy."))


# ================================================================ 11. EN speaker, edge: Date already 6 Feb (+03), received 5 Feb 23:47
def m11():
    when = at("2021-02-05 23:47:12")
    sent = sent_at(when, 3, 8)
    text = """Dear Secretariat,

Further to your invitation (our ref. HRC/MAT/21/019), the Human Rights Commission (HRC) wishes to request a speaking slot in Roundtable IV.

Proposed speaker: Mr. Faisal Al-Dosari, Head of the Migration and Anti-Trafficking Unit, Human Rights Commission.

He would speak on the Commission's monitoring of recruitment practices and of the kafala reforms announced last year.

Apologies for the late hour of this message, the nomination was only cleared this evening.

Regards,
Faisal Al-Dosari

Sent from my iPhone"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "mail-qt1-f170.hrc-gov.example.net", "198.51.100.170", "4DXfqk2WcJz7",
           "Faisal Al-Dosari <f.aldosari@hrc-gov.example.net>", "HRC speaking slot - Roundtable IV",
           "<8E1A5C2D-4F7B-4A3E-9C61-B2D07F3E9A14@hrc-gov.example.net>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Faisal Al-Dosari", "Head of the Migration and Anti-Trafficking Unit", "Human Rights Commission (HRC)",
           ["roundtable"], 4)],
        notes="edge: Date header Sat 6 Feb 00:47 +0300 but received 23:47:12 on 5 February Beirut time: on "
              "time; 'Roundtable IV' = 4; the speaker line gives the institution without acronym, the first "
              "sentence gives 'Human Rights Commission (HRC)' (fullest form kept); the sender proposes himself; "
              "iPhone plain text, 'Mr.' dropped."))


# ================================================================ 12. FR speaker, late by minutes, Reply-To with a typo
M12_ID = "<a3f1c9e27b5d48e6@webmail.mediateur-adm.example.tn>"


def m12():
    when = at("2021-02-06 00:03:05")
    sent = tz(when - dt.timedelta(seconds=14), 1)
    text = """Bonsoir,

Je vous prie de bien vouloir enregistrer ma demande de participation au débat ouvert de la consultation multipartite du 23 février 2021 et, si cela est possible, à la table ronde 3 de la conférence.

Notre délégation régionale traite chaque année plusieurs centaines de réclamations déposées par des migrants subsahariens (accès aux soins, régularisation, litiges avec les employeurs) et souhaiterait partager cette expérience.

Avec mes remerciements et mes excuses pour l'heure tardive,

Slim Trabelsi
Chargé de mission migrations
Instance du Médiateur administratif – Sfax
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent, "webmail.mediateur-adm.example.tn", "203.0.113.88", "4DXgB31kTsz4",
           "Slim Trabelsi <s.trabelsi@mediateur-adm.example.tn>",
           hdr("Demande d'intervention - débat ouvert du 23 février", enc="Q"), M12_ID, body,
           extra=[("Reply-To", "s.trabelsi@mediateur-adm.example.tm"), ("User-Agent", "Roundcube Webmail/1.4.10")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Slim Trabelsi", "Chargé de mission migrations", "Instance du Médiateur administratif",
           ["open_discussion", "roundtable"], 3)],
        notes="late by 3 minutes: Date header Fri 5 Feb 23:02:51 +0100 (before the deadline for the sender) but "
              "received 00:03:05 on 6 February Beirut time; two roles (open discussion + table ronde 3); "
              "details only in the signature, whose place after the institution ('– Sfax') is not part of the "
              "affiliation (dev 013/043); Roundcube plain 8bit. Reply-To has a typo (.tm): the acknowledgement "
              "to it bounces (h171-13)."))


# ================================================================ 13. FR bounce of the acknowledgement of 12
def m13():
    when = at("2021-02-06 00:04:27")
    text = """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

Destinataire : s.trabelsi@mediateur-adm.example.tm
Raison : le domaine du destinataire est introuvable (aucun enregistrement MX ou A pour mediateur-adm.example.tm).

Ceci est un message généré automatiquement par le système de messagerie ; merci de ne pas y répondre.

----- Informations de diagnostic pour les administrateurs -----
Serveur de génération : mx1.iom.int
<s.trabelsi@mediateur-adm.example.tm>: Host or domain name not found. Name service error for name=mediateur-adm.example.tm type=MX: Host not found
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXgC0r2Vbz9\n"
           "X-Postfix-Sender: rfc822; %s\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; s.trabelsi@mediateur-adm.example.tm\n"
           "Original-Recipient: rfc822;s.trabelsi@mediateur-adm.example.tm\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for "
           "name=mediateur-adm.example.tm type=MX: Host not found\n"
           % ("gcmrrarabstates@iom.int", rfcdate(when - dt.timedelta(seconds=70), "EET")))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: s.trabelsi@mediateur-adm.example.tm\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_=3A_Demande_d=27intervention?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=71)), ack_id(12), M12_ID))
    p1 = leaf("text/plain", text, "utf-8", "8bit")
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "4DXgD1s8Hqz2.1612562667/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXgD1s8Hqz2; %s" % rfcdate(when, "EET")),
            ("Auto-Submitted", "auto-replied"),
            ("From", addr("Système de messagerie", "MAILER-DAEMON@mx1.iom.int", enc="Q")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Subject", hdr("Non remis : Accusé de réception : Demande d'intervention", enc="Q")),
            ("Date", rfcdate(when)),
            ("Message-ID", "<20210205220427.4DXgD1s8Hqz2@mx1.iom.int>")]
    add(13, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN generated by the review's own server: the acknowledgement of h171-12 "
              "was sent to its misspelt Reply-To domain (5.4.4, host not found); the returned headers name the "
              "speaker request. Never acknowledge."))


# ================================================================ 14. EN both: report on time, speaker part late
def m14():
    when = at("2021-02-08 11:20:40")
    sent = sent_at(when, 4, 6)
    text = """Dear Sir/Madam,

Our ref.: OMB/EXT/2021/112

On behalf of the Ombudsman, please find attached the voluntary GCM review report of the Office of the Ombudsman (Diwan Al Mazalim), covering complaints lodged by migrant workers and the Office's own-motion inquiries into labour accommodation in 2019-2020.

We would also be grateful if the Deputy Ombudsman, Ms. Huda Al-Ansari, could deliver a floor intervention in one of the plenary sessions of the conference. We understand that the call for speakers closed on 5 February and hope that an exception can still be considered.

The Ombudsman's Office remains at your disposal for any clarification.

Kind regards,

Tariq Saeed
External Relations Section
Office of the Ombudsman (Diwan Al Mazalim)
Muscat
"""
    fname = "OMB_GCM_Voluntary_Review_Report_2021.pdf"
    rep = make_pdf(["Office of the Ombudsman (Diwan Al Mazalim)", "Voluntary GCM Review Report 2021",
                    "Introduction - Methodology - Progress on Objectives 6, 7, 17 and 23",
                    "Challenges - Recommendations"])
    body = multi("mixed", [two(text, "_000_DXBP281MB0152A1D2E3F4A5B6DXBP281MB0152ARE_"),
                           attach("application/pdf", rep, fname)],
                 "_004_DXBP281MB0152A1D2E3F4A5B6DXBP281MB0152ARE_")
    m = mk(when, sent, "mail-dxb281.outbound.protection.example.com", "40.107.130.152", "4DYq7r0pLkz3",
           "Tariq Saeed <t.saeed@ombudsman-office.example.om>",
           "Voluntary GCM report and speaker request - Office of the Ombudsman (OMB/EXT/2021/112)",
           "<DXBP281MB0152A1D2E3F4A5B6@DXBP281MB0152.AREP281.PROD.OUTLOOK.example.com>", body,
           cc="Huda Al-Ansari <h.alansari@ombudsman-office.example.om>",
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")])
    add(14, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Huda Al-Ansari", "Deputy Ombudsman", "Office of the Ombudsman (Diwan Al Mazalim)", ["plenary"])],
        report_attachments=[fname],
        notes="both, received 8 February: the report part is on time but the speaker part is late (the sender "
              "says so), so on_time is false; sent by a staff member on behalf of the Ombudsman; the speaker's "
              "title precedes her name in prose ('the Deputy Ombudsman, Ms. ...'); affiliation keeps the "
              "parenthesised transliterated name '(Diwan Al Mazalim)' as written beside the institution."))


# ================================================================ 15. AR other: did you receive our letter (about 3)?
def m15():
    when = at("2021-02-09 10:00:36")
    sent = sent_at(when, 2, 4)
    text = """السادة أمانة المراجعة الإقليمية المحترمين،

تحية طيبة،

بالإشارة إلى كتابنا رقم ل.و.ح.إ/ع د/2021/156 تاريخ 1/2/2021 بشأن ترشيح السيدة سهى الزعبي للمشاركة في المائدة المستديرة الثالثة، نرجو التكرم بإفادتنا عمّا إذا تمت الموافقة على المشاركة، وبموعد انعقاد المائدة المستديرة بالتحديد (يوم 24 أم 25 شباط)، وذلك لغايات ترتيب السفر أو المشاركة عن بُعد.

مع الشكر والتقدير،

لانا حدادين
سكرتيرة الأمين العام
اللجنة الوطنية لحقوق الإنسان
"""
    body = two(text, "_000_AM0PR06MB5218C4B5A6D7E8F9AM0PR06MB5218eurp_", rtl=True, cte="base64")
    m = mk(when, sent, "mail-am0eur06.outbound.protection.example.com", "40.107.14.57", "4DZP5v3gNxz0",
           addr("لانا حدادين", "office.sg@nchr-hr.example.org"),
           hdr("استفسار بخصوص كتابنا رقم ل.و.ح.إ/ع د/2021/156"),
           "<AM0PR06MB5218C4B5A6D7E8F9@AM0PR06MB5218.eurprd06.prod.outlook.example.com>", body,
           cc="sg@nchr-hr.example.org, s.zoubi@nchr-hr.example.org",
           extra=[("Content-Language", "ar-JO")])
    add(15, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        thread_of="h171-03.eml",
        notes="follow-up on the nomination letter of h171-03, sent as a new message (no In-Reply-To) by "
              "another person from the same institution: it quotes the reference number, names the speaker and "
              "the roundtable but proposes nothing new; a question about confirmation and the date."))


# ================================================================ 16. FR voluntary report, DOCX, Thunderbird, RFC 2231 continuations
def m16():
    when = at("2021-02-10 14:30:08")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

L'Unité Migration et Asile de l'Instance nationale des droits humains (INDH) a le plaisir de vous adresser, en pièce jointe, la contribution de l'Instance à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport volontaire a été validé par le Conseil de l'Instance lors de sa session du 8 février 2021. Il s'appuie sur les visites de lieux de privation de liberté effectuées en 2020 et sur les plaintes reçues de personnes migrantes.

Nous vous saurions gré de bien vouloir nous en accuser réception.

Bien cordialement,

--
Ines Gharbi
Cheffe de l'Unité Migration et Asile
Instance nationale des droits humains (INDH)
"""
    fname = "Rapport_INDH_mise_en_œuvre_PMM_février_2021.docx"
    rep = make_docx(["Instance nationale des droits humains (INDH)",
                     "Rapport volontaire - examen régional du Pacte mondial pour les migrations",
                     "Introduction ; méthodologie ; progrès par objectif (13, 15, 21) ; défis ; recommandations."])
    p_att = leaf(DOCX, rep, cte="base64",
                 params=[("", "\r\n " + ";\r\n ".join(rfc2231_cont("name", fname, 40)))],
                 disp="attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname, 40)))
    p_att.replace_header("Content-Type", p_att["Content-Type"].replace("; =", ";"))
    txt = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [txt, p_att], "------------8B1C3E0A9F2D4C7B6E5A1D20")
    m = mk(when, sent, "smtp.indh.example.tn", "203.0.113.42", "4DZzH16bWmz5",
           "Ines Gharbi <i.gharbi@indh.example.tn>",
           hdr("Contribution de l'INDH - rapport volontaire PMM", enc="Q"),
           "<7c0e2b19-5a3d-4f86-b1e4-2d9f8a6c3b05@indh.example.tn>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "fr")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Thunderbird format=flowed 8bit; DOCX name with 'œ' and 'é' in RFC 2231 continuations for both "
              "name and filename; the sender was also named as a speaker in h171-09 (signature title/affiliation "
              "here are not a new speaker request)."))


# ================================================================ 17. EN report: HTML only, cover letter PDF + report PDF + logo
M17_ID = "<SG2PR01MB3187F0E1D2C3B4A5@SG2PR01MB3187.apcprd01.prod.outlook.example.com>"
F17 = "NHRC_Voluntary_GCM_Review_Report_2021.pdf"


def m17():
    when = at("2021-02-11 12:15:49")
    sent = sent_at(when, 3, 7)
    cid = "image002.png@01D70062.8E4F1A30"
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Colleagues,</p>
<p>With reference to the invitation of the International Organization for Migration to contribute to the
Regional Review of the Global Compact for Migration in the Arab Region, the National Human Rights Committee is
pleased to submit its voluntary GCM review report, together with the covering letter of the Chairperson
(Ref. NHRC/CH/2021/0214).</p>
<p>The report presents the Committee's findings from its complaints mechanism and monitoring visits to
deportation centres, organised around the GCM guiding principles and objectives 7, 13 and 21.</p>
<p>Kindly acknowledge receipt.</p>
<p>Best regards,</p>
<p><b>Mariam Al-Sulaiti</b><br>Researcher, Legal Affairs Department<br>National Human Rights Committee (NHRC)<br>
<img src="cid:%s" width="140" height="48" alt="NHRC"></p>
</div>""" % cid
    html = leaf("text/html", page(inner), cte="quoted-printable")
    rel = multi("related", [html, logo(cid, "image002.png", (140, 30, 50))],
                "_005_SG2PR01MB3187F0E1D2C3B4A5SG2PR01MB3187apcp_", params=[("type", '"text/html"')])
    cover = "Cover_Letter_NHRC-CH-2021-0214.pdf"
    pdf_cover = make_pdf(["NATIONAL HUMAN RIGHTS COMMITTEE - Office of the Chairperson",
                          "Ref.: NHRC/CH/2021/0214     Date: 10 February 2021",
                          "Subject: Submission of the NHRC voluntary GCM review report",
                          "The Committee has the honour to transmit herewith its voluntary report."])
    rep = make_pdf(["National Human Rights Committee (NHRC)", "Voluntary GCM Review Report - February 2021",
                    "1. Introduction 2. Methodology 3. Progress by objective 4. Challenges 5. Recommendations"])
    body = multi("mixed", [rel, attach("application/pdf", pdf_cover, cover), attach("application/pdf", rep, F17)],
                 "_006_SG2PR01MB3187F0E1D2C3B4A5SG2PR01MB3187apcp_")
    m = mk(when, sent, "mail-sg2apc01.outbound.protection.example.com", "40.107.131.87", "4DbB2m8rXvz6",
           "Mariam Al-Sulaiti <m.alsulaiti@nhrc-committee.example.org>",
           "Submission of NHRC voluntary GCM review report (Ref. NHRC/CH/2021/0214)", M17_ID, body,
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[F17],
        notes="HTML-only Outlook message with an inline signature logo (decoy); two PDFs: the Chairperson's "
              "covering letter (a transmittal, not part of the report: a secretary would file only the report "
              "itself — a judgement call not covered by dev) and the report. Revised later by h171-21."))


# ================================================================ 18. AR speaker, late, rapporteur, windows-1256, honorifics
def m18():
    when = at("2021-02-12 09:40:11")
    sent = sent_at(when, 4, 6)
    text = """بسم الله الرحمن الرحيم

الرقم: د.م/ع.د/2021/61
التاريخ: 11/2/2021م

المحترمين/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة - المنظمة الدولية للهجرة

تحية طيبة وبعد،،

يتشرف ديوان المظالم وحقوق الإنسان بترشيح سعادة الأستاذ/ ناصر بن حمد العبري، عضو مجلس الديوان ورئيس لجنة حقوق المهاجرين، للقيام بدور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة أمام المؤتمر الإقليمي يومي 24 و25 فبراير 2021.

ونعتذر عن تأخر إرسال هذا الترشيح لارتباطه بموافقة مجلس الديوان في اجتماعه المنعقد بتاريخ 10 فبراير.

وتفضلوا بقبول فائق الاحترام،،،

مدير مكتب الرئيس
ديوان المظالم وحقوق الإنسان
"""
    body = two(text, "_000_4E1B_01D7010A.9C3F2E80", rtl=True, charset="windows-1256")
    m = mk(when, sent, "mail.diwan-hr.example.net", "198.51.100.61", "4DbZ0n5qWcz2",
           addr("ديوان المظالم وحقوق الإنسان", "president.office@diwan-hr.example.net", "windows-1256"),
           hdr("ترشيح مقرر - المراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256"),
           "<004e01d7010a$9c3f2e80$d4bd8b80$@diwan-hr.example.net>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-om")])
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("ناصر بن حمد العبري", "عضو مجلس الديوان ورئيس لجنة حقوق المهاجرين", "ديوان المظالم وحقوق الإنسان",
           ["rapporteur"])],
        notes="late (12 February) and apologises; formal letter with basmala, reference and date; windows-1256 "
              "body and RFC 2047 windows-1256 headers; honorifics 'سعادة الأستاذ/' dropped; compound title "
              "kept whole; rapporteur described as 'المقرر الذي يعرض الرسائل الرئيسية'; signed only by an "
              "office (no person)."))


# ================================================================ 19. FR thank-you reply to our acknowledgement of 16
def m19():
    when = at("2021-02-12 15:02:33")
    sent = sent_at(when, 1, 4)
    text = """Merci beaucoup pour cet accusé de réception, bien noté.

Bonne journée,
Ines Gharbi

Le 10/02/2021 à 13:31, GCM Regional Review Arab States a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre rapport volontaire
> « Rapport_INDH_mise_en_œuvre_PMM_février_2021.docx », reçu le 10 février 2021
> à 14:30 (heure de Beyrouth). Il sera transmis à l'équipe de l'examen régional.
>
> Secrétariat de l'examen régional du PMM - États arabes
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.indh.example.tn", "203.0.113.42", "4DbkW27fGnz8",
           "Ines Gharbi <i.gharbi@indh.example.tn>",
           hdr("Re: Accusé de réception : Contribution de l'INDH - rapport volontaire PMM", enc="Q"),
           "<e41b7d02-3c5a-4e98-8f16-0b2a9d7c5e31@indh.example.tn>", body,
           extra=[("In-Reply-To", ack_id(16)), ("References", "<7c0e2b19-5a3d-4f86-b1e4-2d9f8a6c3b05@indh.example.tn> "
                                                              + ack_id(16)),
                  ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "fr")])
    add(19, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h171-16.eml",
        notes="a thank-you reply to the service's acknowledgement of h171-16 that adds nothing new: not "
              "acknowledged (LABELS.md); References names both the original report message and the "
              "acknowledgement; quoted acknowledgement mentions the report and the file name."))


# ================================================================ 20. AR report from a phone, almost no text
def m20():
    when = at("2021-02-15 21:05:47")
    sent = sent_at(when, 2, 9)
    t1 = "مساء الخير\nمرفق تقرير الهيئة حسب كتابنا المرسل لكم سابقاً.\nمع التحية\n"
    t2 = "\nمرسل من الـ iPhone\n"
    fname = "HRC-GCM-report-AR-final.pdf"
    rep = make_pdf(["Independent Commission for Human Rights", "Voluntary GCM review report (Arabic)",
                    "Introduction / Methodology / Objectives 5, 6, 7 / Challenges / Recommendations"])
    body = multi("mixed", [leaf("text/plain", t1, cte="base64"),
                           attach("application/pdf", rep, fname, inline=True),
                           leaf("text/plain", t2, cte="base64")], "Apple-Mail-3B7E1C90-5A2D-4F61-8E0B-7C9D1A4F2E63")
    m = mk(when, sent, "mail-qk1-f173.example.net", "198.51.100.173", "4Dd9Lq7bMtz1",
           addr("لمى حداد", "lama.haddad.ihrc@icloud.example.com"), hdr("تقرير"),
           "<6A0D2F4B-1E87-4C39-A5B2-9F3E7D1C8B46@icloud.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="iPhone: three-line Arabic text, PDF with Content-Disposition inline between two text parts; "
              "one-word subject; refers to 'our earlier letter' that is not in this set (thread_of null); "
              "personal iCloud address. The same person is later proposed as a speaker in h171-23."))


# ================================================================ 21. EN revised report replacing 17, on time
def m21():
    when = at("2021-02-16 22:10:03")
    sent = sent_at(when, 3, 5)
    text = """Dear Colleagues,

Further to my e-mail of 11 February, please find attached a corrected version of the NHRC voluntary report. The table on page 4 (complaints by nationality) contained an error in the 2020 figures. Kindly replace the earlier file with this one; the covering letter remains unchanged.

Apologies for the inconvenience.

Best regards,
Mariam Al-Sulaiti
Researcher, Legal Affairs Department
National Human Rights Committee (NHRC)

From: Mariam Al-Sulaiti
Sent: Thursday, February 11, 2021 1:15 PM
To: gcmrrarabstates@iom.int
Subject: Submission of NHRC voluntary GCM review report (Ref. NHRC/CH/2021/0214)

Dear Colleagues,

With reference to the invitation of the International Organization for Migration to contribute to the Regional Review of the Global Compact for Migration in the Arab Region, the National Human Rights Committee is pleased to submit its voluntary GCM review report, together with the covering letter of the Chairperson (Ref. NHRC/CH/2021/0214).
"""
    fname = "NHRC_Voluntary_GCM_Review_Report_2021_rev1.pdf"
    rep = make_pdf(["National Human Rights Committee (NHRC)", "Voluntary GCM Review Report - February 2021 (rev. 1)",
                    "Table 2 (p. 4) corrected: complaints by nationality, 2020"])
    body = multi("mixed", [two(text, "_000_SG2PR01MB3187A9B8C7D6E5F4SG2PR01MB3187apcp_"),
                           attach("application/pdf", rep, fname)],
                 "_004_SG2PR01MB3187A9B8C7D6E5F4SG2PR01MB3187apcp_")
    m = mk(when, sent, "mail-sg2apc01.outbound.protection.example.com", "40.107.131.88", "4DdYt93cKpz4",
           "Mariam Al-Sulaiti <m.alsulaiti@nhrc-committee.example.org>",
           "RE: Submission of NHRC voluntary GCM review report (Ref. NHRC/CH/2021/0214)",
           "<SG2PR01MB3187A9B8C7D6E5F4@SG2PR01MB3187.apcprd01.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID), ("Content-Language", "en-US"),
                  ("X-MS-Has-Attach", "yes")])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h171-17.eml",
        notes="revised report replacing the one of h171-17 (In-Reply-To set, Outlook-style quoted original), "
              "received 22:10 on 16 February: on time; the covering letter is not re-sent."))


# ================================================================ 22. FR report, late, Gmail
def m22():
    when = at("2021-02-17 09:30:26")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Veuillez trouver ci-joint la contribution écrite du Conseil consultatif des droits de l'Homme (CCDH) à l'examen régional du Pacte mondial sur les migrations, sous forme de rapport volontaire.

Nous sommes conscients que le délai fixé au 16 février est dépassé et vous prions de nous en excuser : la version finale n'a pu être adoptée qu'hier soir en réunion de bureau.

Cordialement,

Leïla Ziani
Chargée d'études, Département Migrations
CCDH
"""
    fname = "CCDH_Contribution_examen_regional_PMM.pdf"
    rep = make_pdf(["Conseil consultatif des droits de l'Homme (CCDH)",
                    "Rapport volontaire - examen regional du PMM - fevrier 2021",
                    "Introduction - Methodologie - Progres par objectif - Defis - Recommandations"])
    body = multi("mixed", [two(text, "0000000000003d9e4805bb81a7c2", cte="base64"),
                           attach("application/pdf", rep, fname)], "0000000000003da05105bb81a7c4")
    m = mk(when, sent, "mail-ej1-f65.google.example.com", "209.85.218.65", "4Dds5G2hLqz7",
           "Leila Ziani <ccdh.migrations@gmail.example.com>",
           hdr("Contribution CCDH – examen régional PMM (envoi tardif)"),
           "<CAM9pL3kR7tV1xZ5bN8mQ2wE6rT0yU4iO7pA1sD3@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 February 09:30) and says so; Gmail base64 text parts; subject with an en dash in "
              "RFC 2047 B encoding; From display name without the diaeresis of the signature."))


# ================================================================ 23. AR both, late: PDF report + 2 speakers in an HTML table
def m23():
    when = at("2021-02-18 11:00:52")
    sent = sent_at(when, 2, 7)
    intro = """حضرات أمانة المراجعة الإقليمية المحترمين،

تحية طيبة وبعد،

إشارة إلى كتابنا رقم هـ.م.ح.إ/2021/302، ترفق الهيئة المستقلة لحقوق الإنسان (ديوان المظالم) تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة، وهو نفس التقرير الذي أرسلته زميلتنا مساء يوم 15 شباط من هاتفها، مرفقاً هذه المرة بكتاب رسمي.

كما نرغب في ترشيح ممثلَين عن الهيئة للمشاركة في أعمال المؤتمر، مع علمنا بانتهاء موعد الترشيح، وذلك على النحو الآتي:"""
    rows = [("د. عمر الطيبي", "المفوض العام", "الهيئة المستقلة لحقوق الإنسان (ديوان المظالم)",
             "مداخلة في الجلسة العامة"),
            ("أ. لمى حداد", "منسقة ملف الهجرة واللجوء", "الهيئة المستقلة لحقوق الإنسان (ديوان المظالم)",
             "مداخلة في المائدة المستديرة الثانية")]
    outro = """نأمل أن تتمكنوا من استيعاب هذا الطلب رغم التأخير.

مع وافر الاحترام،
دائرة العلاقات العامة والدولية
الهيئة المستقلة لحقوق الإنسان (ديوان المظالم)
رام الله"""
    table = ('<table border="1" cellpadding="5" cellspacing="0" dir="rtl"><tr><th>الاسم</th><th>المسمى الوظيفي'
             '</th><th>الجهة</th><th>الدور المطلوب</th></tr>' +
             "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in rows) + "</table>")
    html = page('<div style="font-family:Arial,sans-serif">%s%s%s</div>' % (text2html(intro), table,
                                                                            text2html(outro)), rtl=True)
    plain = intro + "\n\n" + "الاسم\tالمسمى الوظيفي\tالجهة\tالدور المطلوب\n" + \
        "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    fname = "التقرير الطوعي - الهيئة المستقلة لحقوق الإنسان.pdf"
    rep = make_pdf(["Independent Commission for Human Rights (Diwan Al Mazalim)",
                    "Voluntary GCM review report (Arabic) - with official cover letter ref. 2021/302"])
    fcover = "كتاب رسمي 302.pdf"
    cover = make_pdf(["Independent Commission for Human Rights", "Ref. 2021/302 - official cover letter"])
    body = multi("mixed", [two(plain, "_000_HE1PR07MB3322B5C6D7E8F9A0HE1PR07MB3322eurp_", html=html, cte="base64"),
                           attach("application/pdf", cover, fcover), attach("application/pdf", rep, fname)],
                 "_004_HE1PR07MB3322B5C6D7E8F9A0HE1PR07MB3322eurp_")
    m = mk(when, sent, "mail-he1eur07.outbound.protection.example.com", "40.107.7.33", "4DfK1x8vRmz0",
           addr("العلاقات العامة والدولية - الهيئة", "pr@ichr-pal.example.org"),
           hdr("التقرير الطوعي وترشيح ممثلين - كتاب رقم هـ.م.ح.إ/2021/302"),
           "<HE1PR07MB3322B5C6D7E8F9A0@HE1PR07MB3322.eurprd07.prod.outlook.example.com>", body,
           cc="lama.haddad.ihrc@icloud.example.com", extra=[("Content-Language", "ar-PS"), ("X-MS-Has-Attach", "yes")])
    add(23, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عمر الطيبي", "المفوض العام", "الهيئة المستقلة لحقوق الإنسان (ديوان المظالم)", ["plenary"]),
        sp("لمى حداد", "منسقة ملف الهجرة واللجوء", "الهيئة المستقلة لحقوق الإنسان (ديوان المظالم)",
           ["roundtable"], 2)],
        report_attachments=[fname], thread_of="h171-20.eml",
        notes="both, late in both parts (18 February); re-sends the report of h171-20 (same person in Cc) under "
              "a new file name with an official cover letter ('كتاب رسمي 302.pdf', not part of the report, as in "
              "h171-17): thread_of h171-20 (a re-send, as dev 041) — judgement call; two speakers in an HTML "
              "table (tab-separated in the text part); honorifics 'د.' and 'أ.' dropped; the parenthesised "
              "alternative name '(ديوان المظالم)' kept with the affiliation; the city under the signature is "
              "not part of it."))


# ================================================================ 24. EN other: logistics question after the deadlines
def m24():
    when = at("2021-02-22 14:06:18")
    sent = sent_at(when, 2, 4)
    text = """Dear organisers,

Our Commissioner-General will follow the conference on 24-25 February as an observer only. Could you please let us know:

- whether Arabic-English interpretation will be available in the roundtables;
- whether the Zoom links will be sent to registered participants or to the institution's focal point;
- whether the voluntary reports received will be published on the conference web page.

Thank you,

Hadeel Nsour
Focal Point for Migration
National Commission for Human Rights (NCHR)
"""
    body = two(text, "_000_DB8PR04MB6971C1D2E3F4A5B6DB8PR04MB6971eurp_")
    m = mk(when, sent, "mail-db8eur04.outbound.protection.example.com", "40.107.6.74", "4DhN5t2pQsz9",
           "Hadeel Nsour <h.nsour@nchr-hr.example.org>", "Conference logistics - interpretation and links",
           "<DB8PR04MB6971C1D2E3F4A5B6@DB8PR04MB6971.eurprd04.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-GB")])
    add(24, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics questions (interpretation, links, publication of reports) from the institution of "
              "h171-01; the Commissioner-General will attend 'as an observer only': no speaker is proposed; "
              "asks about the conference, not about a submission (thread_of null, as dev 057)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
