#!/usr/bin/env python3
"""Write the blind evaluation set holdout210 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets210.py
Theme: governments, parliaments, local authorities and national human rights institutions (1-17 February 2021).
Ministries' focal points writing on behalf of their Director-General, municipalities (بلدية) with formal
'الموضوع / المرجع' letters, an ombudsman's private office ('D'ordre de Son Excellence'), parliamentary
committees, permanent missions (a note verbale PDF next to the report PDF, an Ambassador and a First Secretary
proposed late on the last evening), long Cc lists, a protocol question, a focal point asking whether the
Director-General may send a deputy, a ministry that trusted the Arabic letter's misprinted deadline, an
out-of-office, a French Exchange NDR, and a thank-you to our acknowledgement.  Helpers from mailgen.py.
"""
import datetime as dt
from email.charset import Charset, QP, BASE64
from email.header import Header

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, mk, multi, re_hdr, rep_pdf, make_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(210)
add = SET.add
H = "h210-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"


def outlook_html(text, cid=None, lang="EN-US", rtl=False):
    """Word-generated HTML of an Outlook message, optionally with a signature logo."""
    d = ' dir="RTL"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s</p>' % (d, p.replace("&", "&amp;").replace("<", "&lt;")
                                                        .replace(">", "&gt;").replace("\n", "<br>"))
                    for p in text.strip("\n").split("\n\n"))
    img = '<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p>' % cid if cid else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '</head><body lang="%s" link="#0563C1"><div class="WordSection1">%s%s</div></body></html>\n'
            % (lang, paras, img))


def addr_list(pairs):
    """An address list as Outlook writes it: ASCII names as they are (quoted when needed), each other name as
    one Q encoded-word, joined by ', '."""
    out = []
    for name, email_addr in pairs:
        if name is None:
            out.append(email_addr)
            continue
        try:
            name.encode("ascii")
            shown = '"%s"' % name if any(c in name for c in ',.;:()') else name
        except UnicodeEncodeError:
            cs = Charset("utf-8")
            cs.header_encoding = QP if name.encode("latin-1", "replace").count(b"?") == 0 else BASE64
            shown = Header(name, cs, maxlinelen=200).encode()
        out.append("%s <%s>" % (shown, email_addr))
    return ", ".join(out)


# ================================================================ 01  EN  speaker  ministry focal point for the Director-General, Cc list
M01_ID = "<AM6PR04MB5382D1E7C0B94A2F@AM6PR04MB5382.eurprd04.prod.outlook.example.com>"
M01_SUBJ = "Request for speaking role - Ministry of Labour and Social Development - Plenary"
M01_TEXT = """Dear Regional Review Secretariat,

With reference to your kind invitation to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region, I am writing on behalf of H.E. the Director-General of Labour Mobility, who would be honoured to deliver a statement in one of the plenary sessions of the Regional Review Conference on 24-25 February 2021.

Please find his details below:

Name: H.E. Mr. Faisal Abdulla Al-Mannai
Title: Director-General, Labour Mobility Directorate
Organization: Ministry of Labour and Social Development, Kingdom of Bahrain

The statement would focus on the reform of the sponsorship system and the Flexible Work Permit (GCM objectives 6 and 22).

I remain at your disposal as the GCM focal point of the Ministry for any further information.

With best regards,

Noura Al-Hashimi
GCM Focal Point | Office of the Director-General
Labour Mobility Directorate
Ministry of Labour and Social Development
Tel: +973 0000 0000
"""
M01_CC = ("Faisal Al-Mannai <dg.labourmobility@mlsd.example.org>, \"Al-Sayed, Hamad\" <h.alsayed@mlsd.example.org>, "
          "Protocol Office <protocol@mlsd.example.org>, International Relations <intl.relations@mlsd.example.org>, "
          "Mariam Janahi <m.janahi@mofa-bh.example.org>")


def m01():
    when = at("2021-02-01 10:20:14")
    body = alt(M01_TEXT, "_000_AM6PR04MB5382D1E7C0B94A2F_", html=outlook_html(M01_TEXT))
    m = mk(when, sent_at(when, 3, 6), "mail-am6eur04on0711.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DTq8m1Vxkz4", "Noura Al-Hashimi <n.alhashimi@mlsd.example.org>", M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "AQHW+HpLr2c3kV9xS0qB7wZ1aD4eFg=="), cc=M01_CC)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Faisal Abdulla Al-Mannai", "Director-General, Labour Mobility Directorate",
           "Ministry of Labour and Social Development", ["plenary"])],
        notes="focal point writing on behalf of the Director-General (her own title in the signature is not a "
              "speaker); 'H.E. Mr.' dropped from the name; title written with its unit, kept whole (as dev 012); the "
              "country after the ministry ('Kingdom of Bahrain') is not part of the affiliation (as dev 004/024). "
              "Five addresses in Cc, one of them the speaker himself."))


# ================================================================ 02  AR  speaker  municipality, formal letter, two speakers
M02_SUBJ = "ترشيح متحدثين - المؤتمر الاستعراضي الإقليمي للاتفاق العالمي من أجل الهجرة"
M02_TEXT = """بلدية الميناء
مكتب رئيس البلدية

المرجع: ب.م/ر.ب/٢٠٢١/٣٧
التاريخ: ١ شباط ٢٠٢١

الموضوع: ترشيح متحدثين للمؤتمر الاستعراضي الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية

حضرات السادة في أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية، يسرّ بلدية الميناء أن تعلمكم برغبتها في المشاركة الفاعلة في أعمال المؤتمر، وترشّح لهذه الغاية كلاً من:

أولاً:
الاسم: المهندس أحمد كمال الدين
الصفة: رئيس البلدية
الجهة: بلدية الميناء - لبنان
الدور المطلوب: مداخلة في إحدى الجلسات العامة

ثانياً:
الاسم: السيدة ريما الأيوبي
الصفة: رئيسة دائرة الشؤون الاجتماعية والصحية
الجهة: بلدية الميناء
الدور المطلوب: مداخلة في المائدة المستديرة المواضيعية الثانية

وستتناول المداخلتان تجربة البلدية في إدماج العمال المهاجرين واللاجئين في الخدمات المحلية خلال جائحة كورونا.

وتفضلوا بقبول فائق الاحترام والتقدير،

عن رئيس البلدية
أمين السر
خليل الزعبي
"""


def m02():
    when = at("2021-02-01 15:42:30")
    body = alt(M02_TEXT, "_000_VI1PR02MB6071A2C43E5B9D10_", html=outlook_html(M02_TEXT, lang="AR-LB", rtl=True))
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur02on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DTzK71Cq0z9", addr("بلدية الميناء", "mairie@elmina-municipality.example.org"), hdr(M02_SUBJ),
           "<VI1PR02MB6071A2C43E5B9D10@VI1PR02MB6071.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(M02_SUBJ, "AQHW+J2cM0t5qP8vXnR4bY6zL1eKuw==", lang="ar-LB"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أحمد كمال الدين", "رئيس البلدية", "بلدية الميناء", ["plenary"]),
        sp("ريما الأيوبي", "رئيسة دائرة الشؤون الاجتماعية والصحية", "بلدية الميناء", ["roundtable"], 2)],
        notes="formal municipal letter (المرجع / التاريخ / الموضوع) pasted as the body; two speakers in labelled "
              "blocks numbered أولاً/ثانياً; 'المهندس' and 'السيدة' are courtesy titles, dropped from the names "
              "(المهندس is not listed in LABELS.md: a secretary would not type it into the register); the country "
              "after the first affiliation ('- لبنان') is dropped; roundtable as an ordinal word ('الثانية'). Sent "
              "by the municipal secretary (أمين السر), who is not a speaker; From display name is the municipality."))


# ================================================================ 03  FR  speaker  ombudsman's private office, « D'ordre de Son Excellence »
M03_ID = "<7b1e4c2a-93d0-4f85-a6c1-2e8d5f0b9a73@mediateur-rdj.example.org>"
M03_SUBJ = "Objet : Participation de l'Institution du Médiateur - consultation multipartite du 23 février"
M03_TEXT = """Madame, Monsieur,

Objet : Demande de prise de parole - Consultation multipartite du 23 février 2021
Réf. : Votre lettre d'invitation relative à l'examen régional du PMM

D'ordre de Son Excellence Monsieur le Médiateur de la République, j'ai l'honneur de vous faire part du souhait de notre Institution de prendre part à la discussion ouverte de la consultation multipartite qui se tiendra le 23 février 2021, en amont de la Conférence régionale d'examen.

L'Institution y sera représentée par M. Houmed Ali Daoud, Conseiller principal chargé des droits des migrants et des réfugiés à l'Institution du Médiateur de la République. Son intervention portera sur le traitement des réclamations des migrants en transit et l'accès aux mécanismes de recours non juridictionnels.

Nous vous saurions gré de bien vouloir nous confirmer la bonne réception de la présente demande.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Pour le Médiateur de la République et par ordre,
Fatouma Hassan Robleh
Assistante de direction - Secrétariat particulier
Institution du Médiateur de la République
Djibouti
"""


def m03():
    when = at("2021-02-02 09:31:05")
    body = leaf("text/plain", flowed(M03_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 3, 5), "mail.mediateur-rdj.example.org", "203.0.113.58", "4DVH1s2Jm5z1",
           addr("Secrétariat particulier du Médiateur", "secretariat@mediateur-rdj.example.org", enc="Q"),
           hdr(M03_SUBJ, enc="Q"), M03_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")],
           cc="Houmed Ali Daoud <h.alidaoud@mediateur-rdj.example.org>, cabinet@mediateur-rdj.example.org")
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Houmed Ali Daoud", "Conseiller principal chargé des droits des migrants et des réfugiés",
           "Institution du Médiateur de la République", ["open_discussion"])],
        notes="sent by the ombudsman's private office 'd'ordre de Son Excellence'; the Médiateur himself is not the "
              "speaker: the speaker is named in prose ('représentée par M. ...', 'M.' dropped); affiliation taken "
              "without the 'à l'' (as dev 029) and without the place of the signature; the subject starts with "
              "'Objet :'. Thunderbird format=flowed, 8bit."))


# ================================================================ 04  EN  auto_reply  out of office of a permanent mission counsellor (reminder of the call)
def m04():
    when = at("2021-02-02 11:05:48")
    text = """Thank you for your message.

I am out of the office until 8 February 2021 with no access to e-mail. For urgent matters please contact the Chancery of the Permanent Mission at mission.geneva@mofa-om.example.org or +41 00 000 00 00.

Salim Al-Harthy
Counsellor
Permanent Mission of the Sultanate of Oman, Geneva
"""
    body = alt(text, "_000_DB8PR09MB3356OOF0202_", html=outlook_html(text))
    rows = std_rows(when, "mail-db8eur09on0625.outbound.protection.outlook.example.com", "198.51.100.25",
                    "4DVN3qZ0wGz5", "Salim Al-Harthy <s.alharthy@mofa-om.example.org>",
                    "Automatic reply: REMINDER - Regional Review of the GCM in the Arab Region - call for "
                    "voluntary reports and speakers",
                    rfcdate(sent_at(when, 1, 2)),
                    "<DB8PR09MB3356F2A1C0E7@DB8PR09MB3356.eurprd09.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", "<reminder.20210202.gcmrr@iom.int>"), ("References", "<reminder.20210202.gcmrr@iom.int>"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Inbox-Rules-Loop",
                                                                        "s.alharthy@mofa-om.example.org")]
    add(4, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office answering the reminder of the call (subject names voluntary reports and "
              "speakers); Auto-Submitted: auto-replied, null Return-Path. The signature gives a title and a "
              "permanent mission but nobody is proposed."))


# ================================================================ 05  AR  report  national human rights committee, formal letter, PDF + logo
M05_ID = "<DX2PR08MB4417B6E0A2C95F31@DX2PR08MB4417.eurprd08.prod.outlook.example.com>"
M05_SUBJ = "موافاتكم بالتقرير الطوعي للجنة الوطنية لحقوق الإنسان - الاتفاق العالمي من أجل الهجرة"
M05_FILE = "تقرير اللجنة الوطنية لحقوق الإنسان - الاتفاق العالمي للهجرة 2021.pdf"
M05_TEXT = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية      المحترمين
المنظمة الدولية للهجرة - المكتب الإقليمي للشرق الأوسط وشمال أفريقيا

المرجع: ل.و.ح.إ/ر.م/١٤٢/٢٠٢١
الموضوع: التقرير الطوعي للجنة الوطنية لحقوق الإنسان

تحية طيبة وبعد،

بناءً على توجيهات سعادة رئيس اللجنة الوطنية لحقوق الإنسان، وإشارةً إلى دعوتكم الكريمة للمساهمة في الاستعراض الإقليمي، نتشرف بأن نرفق لكم طيّه التقرير الطوعي للجنة حول تنفيذ الاتفاق العالمي من أجل الهجرة للفترة ٢٠١٨-٢٠٢٠، والذي يتناول على وجه الخصوص أوضاع العمالة المنزلية، وآليات تلقي الشكاوى، وبدائل الاحتجاز.

شاكرين لكم حسن تعاونكم، ومتطلعين إلى مشاركتنا في أعمال المؤتمر.

وتقبلوا خالص التحية والتقدير،

إدارة الرصد والتقارير
اللجنة الوطنية لحقوق الإنسان
"""


def m05():
    when = at("2021-02-02 13:15:40")
    pdf = rep_pdf("National Human Rights Committee - Voluntary GCM Review Report 2021", "NHRC (Arabic original)",
                  ["Introduction", "Methodology", "Domestic workers and complaint mechanisms (objectives 6, 16)",
                   "Alternatives to detention (objective 13)", "Challenges", "Recommendations"])
    cid = "image001.png@01D6F95C.7A1B2E30"
    rel = multi("related", [leaf("text/html", outlook_html(M05_TEXT, cid=cid, lang="AR-QA", rtl=True)),
                            logo(cid, (0, 110, 70), name="image001.png")],
                "_004_DX2PR08MB4417B6E0A2C95F31_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M05_TEXT), rel], "_000_DX2PR08MB4417B6E0A2C95F31_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE)], "_005_DX2PR08MB4417B6E0A2C95F31_")
    m = mk(when, sent_at(when, 3, 8), "mail-dx2eur08on0655.outbound.protection.outlook.example.com", "198.51.100.55",
           "4DVR7t3Lp2z6", addr("إدارة الرصد والتقارير - اللجنة الوطنية لحقوق الإنسان", "monitoring@nhrc-qa.example.org"),
           hdr(M05_SUBJ), M05_ID, body,
           extra=outlook(M05_SUBJ, "AdcpNq7rS1b2c3d4e5f6g7h8i9j0kQ==", lang="ar-QA", has_attach="yes"),
           cc=addr_list([("رئيس اللجنة", "chairman.office@nhrc-qa.example.org"), (None, "legal@nhrc-qa.example.org")]))
    add(5, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE],
        notes="formal letter (المرجع / الموضوع) as a short cover note for the report PDF; Arabic file name with "
              "digits and dashes (RFC 2231 + RFC 2047); inline logo image001.png in multipart/related is not a "
              "report file. A follow-up asks whether it arrived (h210-18)."))


# ================================================================ 06  FR  both  parliamentary committee: DOCX contribution + its chair, long Cc
M06_FILE = "Contribution_CASM_examen_régional_PMM_2021.docx"
M06_TEXT = """Madame, Monsieur,

Objet : Contribution de la Commission des affaires sociales et de la migration à l'examen régional du Pacte mondial sur les migrations

Au nom de Madame la Présidente de la Commission des affaires sociales et de la migration (CASM) de l'Assemblée des Représentants du Peuple, j'ai l'honneur de vous transmettre ci-joint la contribution volontaire de la Commission à l'examen régional du PMM, adoptée lors de sa réunion du 28 janvier 2021.

Par ailleurs, Madame la Présidente souhaiterait prendre la parole lors de la table ronde thématique III de la Conférence régionale d'examen (24-25 février). Vous trouverez ci-dessous la fiche de l'intervenante :

Nom et prénom : Mme Hela Ben Slimane
Qualité : Députée, Présidente de la Commission
Institution : Assemblée des Représentants du Peuple - Tunis

Je reste à votre disposition pour tout renseignement complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Mehdi Trabelsi
Administrateur conseiller
Secrétariat de la Commission des affaires sociales et de la migration
Assemblée des Représentants du Peuple
"""
M06_CC = addr_list([("Hela Ben Slimane", "h.benslimane@arp-tn.example.org"),
                    ("Gharbi, Sonia", "s.gharbi@arp-tn.example.org"),
                    ("Direction des relations extérieures", "relations.exterieures@arp-tn.example.org"),
                    ("Bureau d'ordre", "bureau.ordre@arp-tn.example.org"), ("Karim Jlassi", "k.jlassi@arp-tn.example.org"),
                    ("Amel Dridi", "a.dridi@arp-tn.example.org"), (None, "commission.casm@arp-tn.example.org")])


def m06():
    when = at("2021-02-03 10:12:00")
    doc = make_docx(["Contribution volontaire a l'examen regional du PMM - 2021",
                     "Commission des affaires sociales et de la migration (CASM), Assemblee des Representants du Peuple",
                     "1. Introduction", "2. Methodologie (auditions, visites de terrain)",
                     "3. Cadre legislatif : objectifs 6, 7 et 23", "4. Defis", "5. Recommandations au Parlement"])
    a = alt(M06_TEXT, "_000_PR3PR01MB6842E0A7C1B2D94F_", html=outlook_html(M06_TEXT, lang="FR"))
    body = multi("mixed", [a, attach(DOCX, doc, M06_FILE)], "_005_PR3PR01MB6842E0A7C1B2D94F_")
    subj = "Contribution de la CASM + demande d'intervention (table ronde III)"
    m = mk(when, sent_at(when, 1, 6), "mail-pr3eur01on0699.outbound.protection.outlook.example.com", "198.51.100.99",
           "4DW2bR4Fs1z8", addr("Mehdi Trabelsi", "m.trabelsi@arp-tn.example.org"), subj,
           "<PR3PR01MB6842E0A7C1B2D94F@PR3PR01MB6842.eurprd01.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcqA8b1c2d3e4f5g6h7i8j9k0lMnA==", lang="fr-FR", has_attach="yes"), cc=M06_CC)
    add(6, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hela Ben Slimane", "Députée, Présidente de la Commission", "Assemblée des Représentants du Peuple",
           ["roundtable"], 3)],
        report_attachments=[M06_FILE],
        notes="both, on time (3 February); the committee's contribution as DOCX with an accented file name (RFC "
              "2231) plus a pasted 'fiche de l'intervenante' for the committee chair; 'Mme' dropped; the city after "
              "the institution ('- Tunis') dropped; roundtable as a Roman numeral ('III'); the sender (committee "
              "administrator) is not a speaker; seven addresses in Cc."))


# ================================================================ 07  EN  other  may the Director-General send a deputy? (reply to our acknowledgement of 01)
def m07():
    when = at("2021-02-03 14:47:22")
    ack = ack_mid("4DTq8m1Vxkz4")
    text = """Dear colleagues,

Thank you for the acknowledgement.

We have just been informed that H.E. the Director-General may have to accompany H.E. the Minister to a Cabinet session on 24 February. In that case, would it be acceptable for him to be represented by his deputy, the Assistant Director-General, who would deliver the same statement? Or does the speaking slot remain reserved for the person originally nominated?

We would be grateful for your guidance so that we can confirm internally before the end of the week. We will of course send the deputy's details if this is possible.

Best regards,
Noura

Noura Al-Hashimi
GCM Focal Point | Office of the Director-General
Ministry of Labour and Social Development

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 10:20 AM
To: Noura Al-Hashimi <n.alhashimi@mlsd.example.org>
Subject: Acknowledgement of receipt - Request for speaking role - Ministry of Labour and Social Development - Plenary

Dear Noura Al-Hashimi,

We confirm receipt of your request for a speaking role. The Secretariat will be in touch regarding the programme.

GCM Regional Review Secretariat
"""
    subj = "RE: Acknowledgement of receipt - " + M01_SUBJ
    body = alt(text, "_000_AM6PR04MB53829C04F7E1A6B2_", html=outlook_html(text))
    m = mk(when, sent_at(when, 3, 5), "mail-am6eur04on0711.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DWBqf2Xnwz3", "Noura Al-Hashimi <n.alhashimi@mlsd.example.org>", subj,
           "<AM6PR04MB53829C04F7E1A6B2@AM6PR04MB5382.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHW+HpLr2c3kV9xS0qB7wZ1aD4eFgAB0cQx") + [("In-Reply-To", ack),
                                                                          ("References", M01_ID + " " + ack)],
           cc="\"Al-Sayed, Hamad\" <h.alsayed@mlsd.example.org>, Protocol Office <protocol@mlsd.example.org>")
    add(7, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="a question, not a change: may the Director-General nominated in h210-01 be represented by his deputy? "
              "The deputy is named only by function ('the Assistant Director-General'), no name, so no speaker; the "
              "nomination of h210-01 stands. Reply to our acknowledgement (In-Reply-To; References names h210-01), "
              "but it asks something new, so it is acknowledged."))


# ================================================================ 08  AR  speaker  parliamentary committee, HTML-only form, written by the chair's office
def m08():
    when = at("2021-02-03 19:05:10")
    rows = [("الاسم", "سعادة النائب الأستاذ الدكتور عادل الزعبي"),
            ("الصفة", "رئيس لجنة العمل والتنمية الاجتماعية والسكان"),
            ("الجهة", "مجلس النواب - المملكة الأردنية الهاشمية"),
            ("الدور المطلوب", "المشاركة في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة المتعددين (٢٣ شباط/فبراير ٢٠٢١)"),
            ("البريد الإلكتروني", "labour.committee@parliament-jo.example.org")]
    table = "".join('<tr><td style="border:1px solid #999;padding:4px"><b>%s</b></td>'
                    '<td style="border:1px solid #999;padding:4px">%s</td></tr>' % r for r in rows)
    inner = ("<div>السادة الأفاضل في أمانة الاستعراض الإقليمي،</div><div>تحية طيبة وبعد،</div><div><br></div>"
             "<div>بتوجيه من سعادة رئيس لجنة العمل والتنمية الاجتماعية والسكان في مجلس النواب، أرجو التكرم "
             "بتسجيل سعادته للمشاركة في المؤتمر وفق البيانات المبينة في الجدول أدناه:</div><div><br></div>"
             '<table dir="rtl" style="border-collapse:collapse">%s</table><div><br></div>'
             "<div>علماً بأن سعادته سيتحدث عن التشريعات الناظمة لعمل العمال المهاجرين والتعديلات المقترحة على "
             "قانون العمل.</div><div><br></div><div>مع الاحترام،</div>"
             "<div>هيفاء العمري</div><div>مديرة مكتب رئيس اللجنة</div>"
             "<div>لجنة العمل والتنمية الاجتماعية والسكان - مجلس النواب</div>" % table)
    body = html_only(inner, rtl=True, lang="ar", newlines=True)
    m = mk(when, sent_at(when, 2, 4), "mail.parliament-jo.example.org", "203.0.113.88", "4DWL0c5Yt7z2",
           addr("هيفاء العمري", "h.alomari@parliament-jo.example.org"),
           hdr("تسجيل مشاركة رئيس لجنة العمل - النقاش المفتوح ٢٣ شباط"),
           "<20210203170506.51C2A3E0@mail.parliament-jo.example.org>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عادل الزعبي", "رئيس لجنة العمل والتنمية الاجتماعية والسكان", "مجلس النواب", ["open_discussion"])],
        notes="HTML-only (no text/plain) with the details in a two-column table; the name cell stacks honorifics "
              "('سعادة النائب الأستاذ الدكتور'), all dropped (النائب used here as a form of address for an MP, as "
              "a secretary would not type it before the name); the country after the parliament is dropped; title "
              "written with the committee's name, kept whole (as dev 012). Written by the chair's office director, "
              "who is not a speaker."))


# ================================================================ 09  FR  speaker  public office, two speakers in a pasted form, Cc
M09_ID = "<DB9PR06MB7723C4F10A2E@DB9PR06MB7723.eurprd06.prod.outlook.example.com>"
M09_SUBJ = "OTE - Demande de prise de parole / Conférence régionale d'examen du PMM"
M09_TEXT = """Madame, Monsieur,

Suite à votre aimable invitation, l'Office des Tunisiens à l'Étranger souhaite proposer les deux intervenants suivants pour la Conférence régionale d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières :

--- Intervenant n° 1 ---
Nom : M. Slim Ben Rhouma
Fonction : Directeur général
Organisme : Office des Tunisiens à l'Étranger (OTE)
Rôle souhaité : rapporteur chargé de présenter les messages clés

--- Intervenant n° 2 ---
Nom : Mme Emna Tlili
Fonction : Chargée de mission auprès du Directeur général
Organisme : Office des Tunisiens à l'Étranger (OTE)
Rôle souhaité : intervention à la table ronde thématique n° 1

Nous vous remercions de bien vouloir nous confirmer la prise en compte de ces candidatures.

Cordialement,

Bureau des relations extérieures et de la coopération
Office des Tunisiens à l'Étranger
Ministère des Affaires sociales
"""


def m09():
    when = at("2021-02-04 09:16:33")
    body = alt(M09_TEXT, "_000_DB9PR06MB7723C4F10A2E_", html=outlook_html(M09_TEXT, lang="FR"))
    m = mk(when, sent_at(when, 1, 7), "mail-db9eur06on0604.outbound.protection.outlook.example.com", "198.51.100.64",
           "4DWgXn0Hb3z5", addr("Bureau Relations Extérieures OTE", "relations.ext@ote-tn.example.org", enc="Q"),
           M09_SUBJ, M09_ID, body, extra=outlook(M09_SUBJ, "AdcqtH2Kd9e8f7g6h5i4j3k2l1mNoP==", lang="fr-FR"),
           cc="s.benrhouma@ote-tn.example.org, \"Tlili, Emna\" <e.tlili@ote-tn.example.org>, "
              "cabinet@social-tn.example.org")
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Slim Ben Rhouma", "Directeur général", "Office des Tunisiens à l'Étranger (OTE)", ["rapporteur"]),
        sp("Emna Tlili", "Chargée de mission auprès du Directeur général", "Office des Tunisiens à l'Étranger (OTE)",
           ["roundtable"], 1)],
        notes="two speakers in a pasted form ('--- Intervenant n° 1 ---'), 'M.'/'Mme' on the name lines dropped; "
              "acronym kept beside the organisation (as dev 020/025/029); sent from a departmental mailbox, signed by "
              "the office, not by a person. Our acknowledgement to this mailbox bounces (h210-10)."))


# ================================================================ 10  FR  bounce  Exchange NDR in French for our acknowledgement of 09
def m10():
    when = at("2021-02-04 09:17:02")
    ack_subj = "Accusé de réception - " + M09_SUBJ
    text_ascii = "Delivery has failed to these recipients or groups.\n"
    r = dsn_report(text_ascii,
                   ("Reporting-MTA: dns;DB9PR06MB7723.eurprd06.prod.outlook.example.com\n"
                    "Received-From-MTA: dns;mx1.iom.int\n"
                    "Arrival-Date: %s\n\n"
                    "Final-Recipient: rfc822;relations.ext@ote-tn.example.org\n"
                    "Action: failed\n"
                    "Status: 5.7.1\n"
                    "Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required "
                    "[Stage: CreateMessage]\n" % rfcdate(when - dt.timedelta(seconds=20))),
                   ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                    "To: Bureau Relations Exterieures OTE <relations.ext@ote-tn.example.org>\n"
                    "Subject: %s\n"
                    "Date: %s\n"
                    "Message-ID: %s\n"
                    "In-Reply-To: %s\n") % (ack_subj.replace("é", "e").replace("É", "E"),
                                           rfcdate(when - dt.timedelta(seconds=25)),
                                           ack_mid("4DWgXn0Hb3z5"), M09_ID),
                   "_000_DB9PR06MB77230NDR20210204_")
    fr = """Votre message n'a pas pu être remis aux destinataires suivants :

relations.ext@ote-tn.example.org
Le groupe relations.ext n'accepte que les messages provenant d'expéditeurs de l'organisation. Votre message n'a pas été remis.

Diagnostic pour les administrateurs :
Serveur de rapport : DB9PR06MB7723.eurprd06.prod.outlook.example.com
Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'

Objet du message d'origine : %s
""" % ack_subj
    r._payload[0] = leaf("text/plain", fr, "utf-8", "quoted-printable")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mail-db9eur06on0604.outbound.protection.outlook.example.com "
                         "(mail-db9eur06on0604.outbound.protection.outlook.example.com [198.51.100.64])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4DWgYJ3Tq8z1\r\n"
                         "\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(when, "EET")),
            ("From", "postmaster@ote-tn.example.org"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Date", rfcdate(sent_at(when, 1, 3))),
            ("Subject", hdr("Non remis : " + ack_subj, enc="Q")),
            ("Message-ID", "<6f2a1d0c-8b7e-4c3f-9a5d-0e1f2b3c4d5e@DB9PR06MB7723.eurprd06.prod.outlook.example.com>"),
            ("In-Reply-To", ack_mid("4DWgXn0Hb3z5")), ("References", ack_mid("4DWgXn0Hb3z5")),
            ("Content-Language", "fr-FR"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]
    add(10, when, top(r, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="Exchange NDR localised in French (5.7.1: the departmental group accepts internal senders only) for "
              "our acknowledgement of h210-09; multipart/report whose human part is French, returned headers name "
              "h210-09 in In-Reply-To. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 11  EN  report  permanent mission: cover email + note verbale PDF + report PDF
M11_NV = "NV_047-2021_GCM_Regional_Review.pdf"
M11_REP = "Oman_National_Voluntary_GCM_Review_2021.pdf"


def m11():
    when = at("2021-02-04 12:33:48")
    text = """Dear Sir/Madam,

Please find attached Note Verbale No. 047/2021 of the Permanent Mission of the Sultanate of Oman and its enclosure, the national voluntary review of the implementation of the Global Compact for Migration.

Kindly acknowledge receipt.

Best regards,

Registry
Permanent Mission of the Sultanate of Oman
to the United Nations Office and other International Organizations at Geneva
"""
    nv = make_pdf(["PERMANENT MISSION OF THE SULTANATE OF OMAN - GENEVA", "Ref: 047/2021", "",
                   "The Permanent Mission of the Sultanate of Oman to the United Nations Office and other",
                   "International Organizations at Geneva presents its compliments to the International",
                   "Organization for Migration, Regional Office for the Middle East and North Africa, and",
                   "has the honour to transmit herewith the national voluntary review of the implementation",
                   "of the Global Compact for Safe, Orderly and Regular Migration.", "",
                   "The Permanent Mission avails itself of this opportunity to renew to the IOM the",
                   "assurances of its highest consideration.", "", "Geneva, 3 February 2021"])
    rep = rep_pdf("National Voluntary Review of the GCM - Sultanate of Oman", "Government (inter-ministerial)",
                  ["Introduction and national context", "Methodology (inter-ministerial committee)",
                   "Progress on objectives 5, 6, 18 and 22", "Challenges", "Next steps"])
    t = leaf("text/plain", text, "us-ascii", "7bit")
    body = multi("mixed", [t, attach("application/pdf", nv, M11_NV), attach("application/pdf", rep, M11_REP)],
                 "_005_ZR0P278MB0457A1E3_")
    subj = "Note Verbale 047/2021 - GCM Regional Review"
    m = mk(when, sent_at(when, 1, 6), "mail-zr0che01on0611.outbound.protection.outlook.example.com", "198.51.100.111",
           "4DWmcQ1Bx2z7", "\"Registry - PM Oman Geneva\" <mission.geneva@mofa-om.example.org>", subj,
           "<ZR0P278MB0457A1E3F6C2@ZR0P278MB0457.CHEP278.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcqzR1A2b3C4d5E6f7G8h9I0jKlMw==", has_attach="yes"),
           cc="Salim Al-Harthy <s.alharthy@mofa-om.example.org>, gcm.focalpoint@mofa-om.example.org")
    add(11, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M11_REP],
        notes="short cover email from a permanent mission's registry with two PDFs: the note verbale (diplomatic "
              "cover letter transmitting the report) and the report itself; only the report is a report file. "
              "Plain text only, 7bit."))


# ================================================================ 12  AR  speaker  Lebanese dialect, municipality office, phone
def m12():
    when = at("2021-02-04 18:02:15")
    text = """مسا الخير،

حابين نسجل رئيس البلدية الأستاذ عاطف منصور ليحكي بالطاولة المستديرة رقم ٤ بمؤتمر ٢٤-٢٥ شباط. البلدية عندا تجربة كبيرة مع العمال الأجانب واللاجئين بالمنطقة وبدنا نحكي عن الخدمات المحلية وقت الكورونا.

الريس منصور صفته رئيس بلدية برج البراجنة من ٢٠١٦.

اذا في فورم لازم نعبيه ابعتولنا ياه لو سمحتو.

شكرا كتير
رامي
مكتب رئيس البلدية - بلدية برج البراجنة

أُرسلت من هاتف Galaxy"""
    body = alt(text, "000000000000b7c8d905ba7e1f3a", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 11), "mail-ed1-f67.google.example.com", "192.0.2.67", "4DWwK32Sr9z4",
           addr("Rami Baz", "rami.baz.bbmun@gmail.example.com"), hdr("تسجيل متحدث - بلدية برج البراجنة"),
           "<CAF8kLp0w+Qz3Rt7vYx1bN2mC4dS5eU6hJ9@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عاطف منصور", "رئيس البلدية", "بلدية برج البراجنة", ["roundtable"], 4)],
        notes="Lebanese dialect from a phone (Gmail, base64, Latin display name); the sender (office staff, first "
              "name only) is not the speaker; 'الأستاذ' dropped; title and municipality given separately ('رئيس "
              "البلدية', and later 'رئيس بلدية برج البراجنة'): the register takes the title without the place and "
              "the municipality as affiliation (not covered by dev); roundtable 'رقم ٤' in Arabic-Indic digits."))


# ================================================================ 13  FR  other  minister's private office: questions on form and language
def m13():
    when = at("2021-02-05 11:04:09")
    text = """Madame, Monsieur,

Le Cabinet de Son Excellence Monsieur le Ministre prépare actuellement la contribution nationale à l'examen régional du PMM. Avant de vous la transmettre, nous souhaiterions obtenir quelques précisions :

1. Le rapport volontaire peut-il être soumis en français uniquement, ou une version arabe ou anglaise est-elle requise ?
2. Le rapport doit-il être accompagné d'une note verbale ou d'une lettre signée par le Ministre, ou un simple courriel du point focal suffit-il ?
3. Existe-t-il un nombre maximal de pages ?

Nous vous remercions par avance de votre retour.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Karim Bouzid
Chargé de mission
Cabinet du Ministre
Ministère de la Communauté nationale à l'étranger
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 4), "mx.mcne-dz.example.org", "203.0.113.140", "4DXFm70Pq1z2",
           "Karim Bouzid <k.bouzid@mcne-dz.example.org>", hdr("Demande de précisions - rapport volontaire PMM", enc="Q"),
           "<1612515845.7713.k.bouzid@mcne-dz.example.org>", body,
           extra=[("X-Mailer", "Zimbra 8.8.12_GA_3794 (ZimbraWebClient - FF85 (Win)/8.8.12_GA_3794)")])
    add(13, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions from a minister's private office about the report's language, form (note verbale or signed "
              "letter) and length: keyword-heavy ('rapport volontaire', 'contribution nationale') but nothing is "
              "submitted; the writer's title (Chargé de mission) is not a speaker."))


# ================================================================ 14  EN  speaker  permanent mission, two speakers, last evening (Geneva time)
def m14():
    when = at("2021-02-05 23:41:27")
    inner = """<div>Dear Secretariat,</div><div><br></div>
<div>The Permanent Mission of the Hashemite Kingdom of Jordan to the United Nations Office at Geneva presents its compliments to the Secretariat of the Regional Review of the Global Compact for Migration in the Arab Region and has the honour to propose the following speakers for the Regional Review Conference (24-25 February 2021):</div><div><br></div>
<ol>
<li>H.E. Ms. Dana Haddadin, Ambassador and Permanent Representative &ndash; statement in the opening plenary session;</li>
<li>Mr. Omar Tarawneh, First Secretary &ndash; floor intervention in thematic Roundtable II.</li>
</ol>
<div>Both speakers belong to the Permanent Mission. A formal note verbale will follow through the usual channels.</div><div><br></div>
<div>With apologies for the late hour, and best regards,</div><div><br></div>
<div>Lina Qudah</div>
<div>Attach&eacute; | Protocol and Administration</div>
<div>Permanent Mission of the Hashemite Kingdom of Jordan to the United Nations Office at Geneva</div>"""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB">%s</body></html>\n' % inner)
    text = """Dear Secretariat,

The Permanent Mission of the Hashemite Kingdom of Jordan to the United Nations Office at Geneva presents its compliments to the Secretariat of the Regional Review of the Global Compact for Migration in the Arab Region and has the honour to propose the following speakers for the Regional Review Conference (24-25 February 2021):

1. H.E. Ms. Dana Haddadin, Ambassador and Permanent Representative - statement in the opening plenary session;
2. Mr. Omar Tarawneh, First Secretary - floor intervention in thematic Roundtable II.

Both speakers belong to the Permanent Mission. A formal note verbale will follow through the usual channels.

With apologies for the late hour, and best regards,

Lina Qudah
Attaché | Protocol and Administration
Permanent Mission of the Hashemite Kingdom of Jordan to the United Nations Office at Geneva
"""
    body = alt(text, "_000_GV0P278MB0319B2F4_", html=page)
    subj = "Speakers - Permanent Mission of Jordan, Geneva"
    m = mk(when, sent_at(when, 1, 5), "mail-gv0che01on0640.outbound.protection.outlook.example.com", "198.51.100.140",
           "4DXYt83Rn6z9", "Lina Qudah <l.qudah@jordanmission-gva.example.org>", subj,
           "<GV0P278MB0319B2F4A7E1@GV0P278MB0319.CHEP278.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW+8xZ0a1b2c3d4e5f6g7h8i9j0k==", lang="en-GB"),
           cc="Dana Haddadin <ambassador@jordanmission-gva.example.org>, "
              "Omar Tarawneh <o.tarawneh@jordanmission-gva.example.org>, "
              "GCM Focal Point MoFA <gcm.fp@mfa-jo.example.org>")
    aff = "Permanent Mission of the Hashemite Kingdom of Jordan to the United Nations Office at Geneva"
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Dana Haddadin", "Ambassador and Permanent Representative", aff, ["plenary"]),
        sp("Omar Tarawneh", "First Secretary", aff, ["roundtable"], 2)],
        notes="received 23:41 on 5 February Beirut time (Date header 22:41 +0100, Geneva): on time. Two speakers in "
              "a numbered list, name and title comma-separated, affiliation only in the mission's opening formula "
              "and the signature ('Both speakers belong to the Permanent Mission'); 'H.E. Ms.' / 'Mr.' dropped; "
              "'Roundtable II'. Sent by the protocol attaché, not a speaker. 'A note verbale will follow' is not a "
              "report."))


# ================================================================ 15  AR  speaker  late, trusting the misprinted Arabic deadline; windows-1256 Outlook
M15_TEXT = """معالي المنسق الإقليمي للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترم

المرجع: كتابكم المؤرخ في كانون الثاني 2021
الموضوع: ترشيح ممثل الوزارة في المؤتمر الاستعراضي الإقليمي

تحية طيبة،

إلحاقاً بكتابكم المشار إليه أعلاه، وضمن الموعد المحدد في النسخة العربية من الدعوة (يوم الجمعة 23 شباط/فبراير 2021)، يسرّنا إعلامكم بأن معالي الوزير قد وجّه بترشيح الممثل التالي للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثالثة:

الاسم: المستشار الأول السيد حسام الدين الربيعي
الصفة: مستشار أول - مدير قسم الهجرة واللجوء
الجهة: وزارة الخارجية - جمهورية العراق

يرجى التفضل بتأكيد استلام الترشيح.

مع فائق الاحترام والتقدير،

مكتب الوكيل الأقدم
وزارة الخارجية
"""


def m15():
    when = at("2021-02-06 10:30:02")
    body = alt(M15_TEXT, "_000_AS8PR02MB7014E9C1B3_", charset="windows-1256",
               html=outlook_html(M15_TEXT, lang="AR-IQ", rtl=True).replace("charset=utf-8", "charset=windows-1256"))
    subj = "ترشيح ممثل وزارة الخارجية - المائدة المستديرة الثالثة"
    m = mk(when, sent_at(when, 3, 6), "mail-as8eur02on0630.outbound.protection.outlook.example.com", "198.51.100.30",
           "4DYCw51Kt0z3", addr("مكتب الوكيل الأقدم", "senior.undersecretary@mofa-iq.example.org", charset="windows-1256"),
           hdr(subj, "windows-1256"), "<AS8PR02MB7014E9C1B3D2@AS8PR02MB7014.eurprd02.prod.outlook.example.com>",
           body, extra=outlook(subj, "AdcsY3Qw1e2r3t4y5u6i7o8p9a0sDf==", lang="ar-IQ"),
           cc="h.alrubaie@mofa-iq.example.org, human.rights.dept@mofa-iq.example.org, "
              "protocol@mofa-iq.example.org, iraq.mission.geneva@mofa-iq.example.org")
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("حسام الدين الربيعي", "مستشار أول - مدير قسم الهجرة واللجوء", "وزارة الخارجية", ["roundtable"], 3)],
        notes="late (6 February): the writer relies on the Arabic letter's misprinted deadline ('يوم الجمعة 23 شباط/فبراير 2021', Western digits as windows-1256 has no Arabic-Indic ones) and "
              "believes it is on time; the English/French date stands. Name line stacks a rank and a courtesy title "
              "('المستشار الأول السيد'), both dropped from the name (the rank is in the title line); country after "
              "the ministry dropped; roundtable 'الثالثة'. windows-1256 body and headers; written by the senior "
              "under-secretary's office ('معالي' addresses the coordinator, not a speaker)."))


# ================================================================ 16  FR  report  national human rights council, DOCX, Réf., long Cc
def m16():
    when = at("2021-02-08 09:02:44")
    fname = "Contribution_CNDH_Examen_régional_PMM_février_2021.docx"
    text = """Madame, Monsieur,

Réf. : CNDH/DPPDH/2021/0219
Objet : Contribution volontaire du Conseil national des droits de l'Homme à l'examen régional du PMM

J'ai l'honneur de vous faire parvenir, ci-jointe, la contribution volontaire du Conseil national des droits de l'Homme (CNDH) à l'examen régional de la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

Ce document s'appuie sur les visites effectuées par nos commissions régionales dans les centres d'accueil, sur les plaintes reçues en 2019-2020 et sur les recommandations adressées aux autorités en matière d'accès à la justice et aux soins des personnes migrantes.

Nous vous prions de bien vouloir en accuser réception.

Veuillez agréer, Madame, Monsieur, l'assurance de notre haute considération.

Anas El Fassi
Chargé de mission
Direction de la protection et de la promotion des droits de l'Homme
Conseil national des droits de l'Homme
"""
    doc = make_docx(["Contribution volontaire du CNDH - Examen regional du PMM, fevrier 2021",
                     "1. Introduction et mandat", "2. Methodologie (visites, plaintes, auditions)",
                     "3. Acces a la justice et aux soins (objectifs 7, 15 et 16)", "4. Defis",
                     "5. Recommandations"])
    a = alt(text, "_000_MR2P264MB0817D5E3_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "_005_MR2P264MB0817D5E3_")
    subj = "Contribution volontaire du CNDH - examen régional du PMM"
    cc = addr_list([("Bennani, Salma", "s.bennani@cndh-ma.example.org"),
                    ("Direction de la protection", "dppdh@cndh-ma.example.org"),
                    ("Cabinet de la Présidente", "cabinet@cndh-ma.example.org"),
                    ("Commission régionale Oriental", "crdh.oriental@cndh-ma.example.org"),
                    ("Commission régionale Souss-Massa", "crdh.soussmassa@cndh-ma.example.org"),
                    ("Youssef Amrani", "y.amrani@cndh-ma.example.org"), ("Nadia Lahlou", "n.lahlou@cndh-ma.example.org"),
                    (None, "archives@cndh-ma.example.org")])
    m = mk(when, sent_at(when, 1, 7), "mail-mr2fra01on0612.outbound.protection.outlook.example.com", "198.51.100.112",
           "4DZ4kT7Gy2z6", addr("El Fassi Anas", "a.elfassi@cndh-ma.example.org"), hdr(subj, enc="Q"),
           "<MR2P264MB0817D5E3A9F0@MR2P264MB0817.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcvR9b8c7d6e5f4g3h2i1j0kLmNoA==", lang="fr-FR", has_attach="yes"),
           cc=cc)
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="national human rights institution; 'Réf. :' and 'Objet :' lines; DOCX with accented file name "
              "(RFC 2231 + RFC 2047); eight addresses in an RFC 2047-encoded Cc; From display name 'Last First'. "
              "The sender's title in the signature is not a speaker."))


# ================================================================ 17  EN  both  municipality: PDF report on time + deputy mayor (speaker part late)
def m17():
    when = at("2021-02-09 13:21:05")
    fname = "Zarqa_Municipality_Local_GCM_Review_2021.pdf"
    text = """Dear GCM Regional Review team,

Good afternoon. Please find attached the voluntary review prepared by Zarqa Municipality on the local implementation of the GCM, with a focus on access of migrant workers and refugees to municipal services and on our joint employment programme with the chamber of industry.

I would also like to request a floor intervention in Roundtable 1 of the conference, to present the findings. I understand the speakers' deadline was last Friday; I hope an exception can be considered, as our municipal council only approved the participation yesterday.

Thank you and kind regards,

Eng. Samer Obeidat
Deputy Mayor
Zarqa Municipality | Hashemite Kingdom of Jordan
Tel. +962 0 000 0000
"""
    pdf = rep_pdf("Zarqa Municipality - Local Voluntary Review of the GCM", "Zarqa Municipality",
                  ["Introduction", "Methodology", "Municipal services for migrants (objectives 15 and 16)",
                   "Employment programme (objective 18)", "Challenges", "Recommendations"])
    a = alt(text, "000000000000d4e5f605baee2c81", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "000000000000d4e5f505baee2c7f")
    m = mk(when, sent_at(when, 2, 4), "mail-wm1-f43.google.example.com", "192.0.2.43", "4DZr2M6Xc1z8",
           "Samer Obeidat <s.obeidat.zarqamun@gmail.example.com>", "Zarqa Municipality - GCM voluntary review + speaker",
           "<CAK3mQ9r+Tz4Lp1xWv8bN0cD2eF5gH7jK6s@mail.gmail.example.com>", body,
           cc="Zarqa Municipality International Cooperation <intl.coop.zarqa@gmail.example.com>")
    add(17, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Samer Obeidat", "Deputy Mayor", "Zarqa Municipality", ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both; received 9 February: the report part is on time, the speaker part is late (and says so), so "
              "on_time is false. The sender proposes himself; name, title and affiliation only in the signature; "
              "'Eng.' dropped; the country after the municipality ('| Hashemite Kingdom of Jordan') dropped."))


# ================================================================ 18  AR  other  did our report arrive? (Outlook reply quoting 05)
def m18():
    when = at("2021-02-10 10:01:30")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

نرجو التكرم بإفادتنا بما إذا كان التقرير الطوعي للجنة الوطنية لحقوق الإنسان المرسل إليكم بتاريخ ٢ فبراير قد وصلكم بشكل سليم، إذ لم يصلنا أي إشعار بالاستلام حتى تاريخه، وقد استفسر مكتب سعادة الرئيس عن ذلك.

مع خالص الشكر والتقدير،

إدارة الرصد والتقارير
اللجنة الوطنية لحقوق الإنسان

________________________________
من: إدارة الرصد والتقارير - اللجنة الوطنية لحقوق الإنسان <monitoring@nhrc-qa.example.org>
تم الإرسال: الثلاثاء، ٢ فبراير ٢٠٢١ ٢:١٥ م
إلى: gcmrrarabstates@iom.int
نسخة: رئيس اللجنة <chairman.office@nhrc-qa.example.org>; legal@nhrc-qa.example.org
الموضوع: """ + M05_SUBJ + "\n\n" + M05_TEXT
    body = alt(text, "_000_DX2PR08MB44170F7E3B_", html=outlook_html(text, lang="AR-QA", rtl=True))
    subj = "رد: " + M05_SUBJ
    m = mk(when, sent_at(when, 3, 6), "mail-dx2eur08on0655.outbound.protection.outlook.example.com", "198.51.100.55",
           "4F0dT18Wm4z0", addr("إدارة الرصد والتقارير - اللجنة الوطنية لحقوق الإنسان", "monitoring@nhrc-qa.example.org"),
           hdr(subj), "<DX2PR08MB44170F7E3B5A@DX2PR08MB4417.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcpNq7rS1b2c3d4e5f6g7h8i9j0kQAA/xYz", lang="ar-QA") +
           [("In-Reply-To", M05_ID), ("References", M05_ID)])
    add(18, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 5,
        notes="'did you receive our report?' as an Outlook reply to h210-05 (In-Reply-To set), quoting the whole "
              "cover letter under an Arabic Outlook header block (من / تم الإرسال / الموضوع), without the PDF: "
              "a question, not a new submission."))


# ================================================================ 19  EN  report  ombudsman, HTML-only, report in two PDFs
def m19():
    when = at("2021-02-11 15:34:12")
    f1 = "Ombudsman_GCM_Voluntary_Report_Part1.pdf"
    f2 = "Ombudsman_GCM_Voluntary_Report_Part2_Annexes.pdf"
    inner = ("<div>Dear Sir or Madam,</div><div><br></div>"
             "<div>On behalf of the Office of the Ombudsman (Diwan Al Madhalim), I have the pleasure to submit our "
             "voluntary contribution to the Regional Review of the Global Compact for Migration. Because of the size "
             "limit of our mail server, the report is sent in two parts:</div>"
             "<ul><li>Part 1 &ndash; main report (findings and recommendations);</li>"
             "<li>Part 2 &ndash; annexes (statistics of complaints received from migrant workers, 2018-2020).</li></ul>"
             "<div>Both parts together form one report. Kindly confirm receipt.</div><div><br></div>"
             "<div>Yours faithfully,</div><div><br></div>"
             "<div><b>Dr. Reem Al-Fakhri</b></div><div>Head of the Complaints and Investigations Department</div>"
             "<div>Office of the Ombudsman (Diwan Al Madhalim)</div>"
             "<div style=\"color:#888;font-size:9pt\">This e-mail and any attachments are confidential and intended "
             "solely for the addressee.</div>")
    p1 = rep_pdf("Office of the Ombudsman - Voluntary GCM Review Report (Part 1)", "Office of the Ombudsman",
                 ["Mandate and introduction", "Methodology", "Complaints by migrant workers (objectives 6, 7 and 16)",
                  "Findings", "Recommendations"])
    p2 = rep_pdf("Office of the Ombudsman - Voluntary GCM Review Report (Part 2: Annexes)", "Office of the Ombudsman",
                 ["Annex A: complaints 2018-2020 by nationality", "Annex B: complaints by sector",
                  "Annex C: outcomes"])
    body = multi("mixed", [html_only(inner, newlines=True), attach("application/pdf", p1, f1),
                           attach("application/pdf", p2, f2)], "_005_HE1PR05MB3321A0B7_")
    subj = "Voluntary GCM review report - Office of the Ombudsman"
    m = mk(when, sent_at(when, 2, 5), "mail-he1eur05on0633.outbound.protection.outlook.example.com", "198.51.100.133",
           "4F1gQ03Nk7z5", "\"Al-Fakhri, Reem\" <r.alfakhri@ombudsman.example.org>", subj,
           "<HE1PR05MB3321A0B7C5D4@HE1PR05MB3321.eurprd05.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcAbC1d2E3f4G5h6I7j8K9l0mNoPq==", has_attach="yes"),
           cc="Ombudsman's Office <office@ombudsman.example.org>, complaints@ombudsman.example.org")
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="HTML-only body (no text/plain); the report is split into two PDFs that together form one report "
              "(both listed, as dev 037); confidentiality footer; From display name 'Last, First'."))


# ================================================================ 20  FR  speaker  late, iPhone, details only in the signature
def m20():
    when = at("2021-02-12 11:47:55")
    text = """Bonjour,

Je me permets de vous écrire avec un peu de retard : je souhaiterais, si cela est encore possible, intervenir lors de la discussion ouverte de la consultation multipartite du 23 février, afin de présenter le dispositif d'accompagnement des migrants de retour mis en place par notre département.

Je sais que la date limite était fixée au 5 février, je m'en excuse.

Bien à vous,

Salma Benkirane
Chargée de mission auprès du Secrétaire général
Ministère délégué chargé des Marocains Résidant à l'Étranger
Rabat - Royaume du Maroc

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 4), "mail-pj1-f52.google.example.com", "192.0.2.152", "4F2KbX5Jp3z1",
           "Salma Benkirane <salma.benkirane.mre@gmail.example.com>",
           hdr("Demande d'intervention - discussion ouverte 23 février", enc="Q"),
           "<9B2E4F61-7C3A-4D8E-A1B0-5F6E7D8C9A0B@gmail.example.com>", body,
           extra=[("X-Mailer", IPHONE)])
    add(20, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Salma Benkirane", "Chargée de mission auprès du Secrétaire général",
           "Ministère délégué chargé des Marocains Résidant à l'Étranger", ["open_discussion"])],
        notes="late (12 February) and says so; the sender proposes herself in the first person; name, title and "
              "ministry only in the signature (the place line 'Rabat - Royaume du Maroc' is not part of the "
              "affiliation); personal Gmail from an iPhone, plain text."))


# ================================================================ 21  AR  report  ministry directorate, Gmail, DOCX with Arabic file name
M21_ID = "<CAM7wE2q+Bn5Yt0pLx9cV3dR8sU1fG4hK6j@mail.gmail.example.com>"
M21_SUBJ = "التقرير الوطني الطوعي - الاتفاق العالمي من أجل الهجرة"
M21_FILE = "التقرير الوطني الطوعي - الاتفاق العالمي للهجرة.docx"
M21_TEXT = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

بتوجيه من معالي وزير الخارجية والمغتربين، وبالتنسيق مع الوزارات والجهات المعنية، يسرّ مديرية شؤون المغتربين أن ترفق لحضراتكم التقرير الوطني الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

نعتذر عن إرسال التقرير من هذا العنوان بسبب عطل مؤقت في البريد الرسمي للوزارة.

وتفضلوا بقبول فائق الاحترام،

د. مها الحسيني
مديرة مديرية شؤون المغتربين
وزارة الخارجية والمغتربين
"""


def m21():
    when = at("2021-02-15 16:03:20")
    doc = make_docx(["التقرير الوطني الطوعي - الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية ٢٠٢١",
                     "١. مقدمة", "٢. منهجية إعداد التقرير (لجنة وطنية مشتركة)", "٣. التقدم المحرز حسب الأهداف",
                     "٤. التحديات", "٥. الخطوات المقبلة"])
    a = alt(M21_TEXT, "000000000000f1a2b305bb5d3e9c", html=gmail_html(M21_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M21_FILE)], "000000000000f1a2b205bb5d3e9a")
    m = mk(when, sent_at(when, 2, 6), "mail-lf1-f49.google.example.com", "192.0.2.49", "4F3Dk26Zr8z2",
           addr("مها الحسيني", "maha.hussaini.mofa@gmail.example.com"), hdr(M21_SUBJ), M21_ID, body,
           cc="expatriates.dir@mofa-example.example.org")
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="government report sent from a director's personal Gmail (the writer explains why); 'معالي' names "
              "the minister, nobody is proposed to speak; Arabic DOCX file name (RFC 2231 + RFC 2047), base64 text "
              "parts. A thank-you to our acknowledgement follows (h210-24)."))


# ================================================================ 22  FR  both  municipality: PDF report (on time) + its president (late)
def m22():
    when = at("2021-02-16 22:31:40")
    fname = "Rapport_Municipalite_Medenine_PMM_2021.pdf"
    text = """Madame, Monsieur,

Objet : Rapport volontaire de la Municipalité de Médenine et demande d'intervention

J'ai l'honneur de vous transmettre ci-joint, au nom de Monsieur le Président de la Municipalité, le rapport volontaire de la Municipalité de Médenine sur la mise en œuvre locale du Pacte mondial pour les migrations, notamment l'accueil des migrants subsahariens et l'accès aux services municipaux.

Monsieur le Président souhaiterait également, si le programme le permet encore, présenter ces résultats lors d'une séance plénière de la Conférence régionale (24-25 février).

Intervenant proposé : M. Nabil Gharsallah
Fonction : Maire (Président du conseil municipal)
Institution : Municipalité de Médenine

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Lotfi Hammami
Secrétaire général de la Municipalité
Municipalité de Médenine
"""
    pdf = rep_pdf("Rapport volontaire - Municipalite de Medenine", "Municipalite de Medenine",
                  ["Introduction", "Methodologie", "Accueil et services municipaux (objectifs 15 et 16)",
                   "Defis", "Recommandations"])
    a = alt(text, "_000_VI1P190MB0312B4C5_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "_004_VI1P190MB0312B4C5_")
    m = mk(when, sent_at(when, 1, 8), "mail-vi1eur04on0680.outbound.protection.outlook.example.com", "198.51.100.180",
           "4F3tV54Hb9z6", addr("Lotfi Hammami", "sg@commune-medenine.example.org"),
           hdr("Rapport volontaire PMM - Municipalité de Médenine", enc="Q"),
           "<VI1P190MB0312B4C5D6E7@VI1P190MB0312.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")],
           cc="president@commune-medenine.example.org")
    add(22, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Nabil Gharsallah", "Maire (Président du conseil municipal)", "Municipalité de Médenine", ["plenary"])],
        report_attachments=[fname],
        notes="both, received 22:31 on 16 February: the report part is on time, the speaker part (deadline 5 "
              "February) is late, so on_time is false. Speaker proposed by the municipality's secretary-general in three "
              "labelled lines ('Intervenant proposé :' / 'Fonction :' / 'Institution :'; 'M.' dropped); the title "
              "keeps its parenthesis as written ('Maire (Président du conseil municipal)'); the sender is not the "
              "speaker."))


# ================================================================ 23  EN  report  parliamentary committee, Date before the deadline, received after
def m23():
    when = at("2021-02-17 00:20:11")
    fname = "NA_Committee_Contribution_GCM_Regional_Review.pdf"
    text = """Dear Secretariat,

On behalf of the Chairman of the Committee on Human Rights, Labour and Migration of the National Assembly, please find attached the Committee's contribution to the voluntary GCM review, submitted today within the deadline.

The contribution summarises the Committee's hearings of 2020 on the domestic workers law and on the recruitment of migrant workers.

Best regards,

Abdulaziz Al-Enezi
Senior Researcher, Committees Department
National Assembly Secretariat General
"""
    pdf = rep_pdf("Contribution to the Voluntary GCM Review", "Committee on Human Rights, Labour and Migration",
                  ["Introduction", "Hearings 2020", "Domestic workers law (objective 6)", "Recruitment (objective 6)",
                   "Recommendations"])
    a = alt(text, "_000_AM0PR10MB2483E7F1_", html=outlook_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "_005_AM0PR10MB2483E7F1_")
    subj = "Committee contribution - voluntary GCM review"
    sent = dt.datetime(2021, 2, 16, 23, 48, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    m = mk(when, sent, "mail-am0eur10on0616.outbound.protection.outlook.example.com", "198.51.100.216",
           "4F3xB21Lm0z4", "Abdulaziz Al-Enezi <a.alenezi@kna.example.org>", subj,
           "<AM0PR10MB2483E7F1C9@AM0PR10MB2483.eurprd10.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcE9f8G7h6I5j4K3l2M1n0OpQrStU==", has_attach="yes"),
           cc="Committees Department <committees@kna.example.org>, hr.committee@kna.example.org")
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late: the Date header says 16 February 23:48 +0300 (22:48 Beirut time, before the deadline) and the "
              "body says 'submitted today within the deadline', but the server received it at 00:20 on 17 February "
              "(held in the sender's outbox); on_time follows received_at (as dev 026/052)."))


# ================================================================ 24  AR  other  thank-you to our acknowledgement of 21 (no acknowledgement)
def m24():
    when = at("2021-02-17 10:12:00")
    ack = ack_mid("4F3Dk26Zr8z2")
    text = """شكراً جزيلاً على الإفادة بالاستلام، ونتمنى لكم التوفيق في أعمال المؤتمر.

مع التحية،
مها الحسيني

في الاثنين، ١٥ فبراير ٢٠٢١ في ٤:٠٣ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + gt("""السيدة مها الحسيني المحترمة،

نؤكد استلام تقريركم الطوعي "التقرير الوطني الطوعي - الاتفاق العالمي للهجرة.docx". شكراً لمساهمتكم.

أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة""") + "\n"
    body = alt(text, "000000000000a9b8c705bb6f0d12", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 3), "mail-lf1-f49.google.example.com", "192.0.2.49", "4F4C0q7Nx5z3",
           addr("مها الحسيني", "maha.hussaini.mofa@gmail.example.com"),
           re_hdr("Re: ", "إشعار استلام - " + M21_SUBJ),
           "<CAM7wE2q+Ty8Ui3oPa6sDf1gHj4kLz7xCv@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M21_ID + " " + ack)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 21,
        notes="a thank-you replying to our acknowledgement of h210-21 (In-Reply-To the acknowledgement, References "
              "name h210-21): adds nothing new, so no acknowledgement (LABELS.md) although a person wrote it; the "
              "quoted acknowledgement repeats the report's file name but nothing is attached."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
