#!/usr/bin/env python3
"""Write the blind evaluation set holdout211 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets211.py
Theme: the world of work writes to the mailbox (1-18 February 2021): trade union confederations and labour
federations, domestic workers' unions, chambers of commerce and employers' bodies, a recruitment agency,
remittance and fintech companies and their CSR/sustainability officers, and the press (journalists asking for
accreditation or an interview, a communications officer asking for the programme).  Corporate signatures with
inline logos and legal disclaimers in two languages, titles such as 'Head of Sustainability, MENA',
'Secrétaire général adjoint chargé des relations internationales' or 'أمين عام الاتحاد'.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, mk, multi, rep_pdf, rfcdate, sent_at, sp, std_rows, top,
                     esc)
from mailgen import outlook_rows as outlook
from mailgen import ack_id as ack_mid, logo

SET = EvalSet(211)
add = SET.add
H = "h211-%02d.eml"

TB = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.6.0"
IPHONE = "iPhone Mail (18C66)"


def corp_body(text, cid, rgb, bnd, files=(), lang="EN-US", rtl=False, disclaimer_html=""):
    """Outlook layout of a company mailbox: mixed > related > (alternative, logo), the logo under the signature."""
    d = ' dir="RTL"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s</p>' % (d, esc(p).replace("\n", "<br>\n"))
                    for p in text.split("\n\n") if p.strip())
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>'
            '<body lang="%s" link="#0563C1"><div class="WordSection1">%s'
            '<p class="MsoNormal"><img width="120" height="60" src="cid:%s" alt="logo"></p>%s</div></body></html>\n'
            % (lang, paras, cid, disclaimer_html))
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "_000_" + bnd)
    rel = multi("related", [a, logo(cid, rgb)], "_004_" + bnd, params=[("type", '"multipart/alternative"')])
    if not files:
        return rel
    return multi("mixed", [rel] + list(files), "_005_" + bnd)


# ================================================================ 01  EN  auto_reply  bilingual out-of-office to the reminder
def m01():
    when = at("2021-02-01 08:05:31")
    text = """Thank you for your email. I am out of the office until Sunday 7 February 2021 with no access to email.
For membership and certificate of origin enquiries please write to members@gulfchamber.example.org.

شكراً لرسالتكم. أنا خارج المكتب حتى يوم الأحد ٧ فبراير ٢٠٢١.
للاستفسارات المتعلقة بالعضوية وشهادات المنشأ يرجى التواصل مع members@gulfchamber.example.org

Rashid Al Mansoori
Senior Officer, International Relations
"""
    body = alt(text, "_000_VI1PR08MB3327OOF01022021_", b64=True)
    rows = std_rows(when, "mail-vi1eur05on2071.outbound.protection.outlook.example.com", "198.51.100.71",
                    "4DTbK83xWqz1", "Rashid Al Mansoori <r.almansoori@gulfchamber.example.org>",
                    "Automatic reply: Reminder - Regional Review of the Global Compact for Migration in the Arab "
                    "Region: voluntary reports and speaking roles",
                    rfcdate(sent_at(when, 4, 2)),
                    "<VI1PR08MB3327A1F0E9C2B4D5OOF@VI1PR08MB3327.eurprd08.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("Content-Language", "en-US"), ("X-MS-Exchange-Inbox-Rules-Loop", "r.almansoori@gulfchamber.example.org")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a chamber of commerce officer answering the reminder mailing; English and "
              "Arabic text (English first, so language en); the subject repeats the reminder, which names both "
              "voluntary reports and speaking roles. Never acknowledge."))


# ================================================================ 02  EN  speaker  remittance company, details only in the signature, RT3
M02_ID = "<AM6PR04MB5639E7B2C10F4A8D@AM6PR04MB5639.eurprd04.prod.outlook.example.com>"
M02_SUBJ = "Floor intervention - Roundtable 3"
M02_TEXT = """Hello,

Further to the invitation circulated by IOM, I'd like to put myself forward for a floor intervention in Roundtable 3 at the Regional Review Conference on 24-25 February.

Wasel Remit processes roughly 1.2 million transfers a month along Gulf - South Asia and Gulf - East Africa corridors, and we have been working with central banks on lowering costs for low-wage workers and getting more of them onto digital wallets. Happy to keep the intervention to the time you allot.

Best,
Karen

Karen Aoun
Head of Sustainability, MENA
Wasel Remit | Dubai, UAE
M +971 50 000 0000

DISCLAIMER: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Wasel Remit is regulated by the Central Bank of the UAE. Nothing in this email constitutes financial advice.
إخلاء مسؤولية: هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط. إذا وصلتك عن طريق الخطأ يرجى إبلاغ المرسل وحذفها.
"""


def m02():
    when = at("2021-02-01 09:40:12")
    body = corp_body(M02_TEXT, "image001.png@01D6F87B.6E1A2C40", (240, 120, 0), "AM6PR04MB5639E7B2C10F4A8D_")
    m = mk(when, sent_at(when, 4, 5), "mail-am6eur04on0619.outbound.protection.outlook.example.com", "198.51.100.19",
           "4DTcR12LpVz4", "Karen Aoun <karen.aoun@waselremit.example.com>", M02_SUBJ, M02_ID, body,
           extra=outlook(M02_SUBJ, "AQHW+G1c7XKz0aB1c2D3e4F5g6H7iA==", has_attach="yes"))
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Karen Aoun", "Head of Sustainability, MENA", "Wasel Remit", ["roundtable"], 3)],
        notes="private sector (remittance company); the sender proposes herself and her name, title and company are "
              "only in the signature; the title contains a comma and a region ('Head of Sustainability, MENA') and "
              "is kept whole; 'Wasel Remit | Dubai, UAE': the place is not part of the affiliation (dev 024). "
              "English + Arabic legal disclaimer and an inline logo image001.png (no attachment)."))


# ================================================================ 03  AR  speaker  on behalf of the union's secretary general, plenary
def m03():
    when = at("2021-02-01 13:15:40")
    text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية نقابية وبعد،

بناءً على الدعوة الكريمة الموجهة إلى الاتحاد العام لنقابات عمال المشرق للمشاركة في المؤتمر الإقليمي للاستعراض، يسرّني أن أعلمكم، بتكليف من الأمانة العامة، برغبة الأخ محمود الزعبي، أمين عام الاتحاد، في إلقاء مداخلة خلال الجلسات العامة للمؤتمر يومي ٢٤ و٢٥ شباط/فبراير ٢٠٢١.

وسيتناول الأخ الأمين العام في مداخلته أوضاع العمال المهاجرين في قطاعي البناء والزراعة، وحقهم في التنظيم النقابي.

نرجو التكرم بإفادتنا بالإجراءات اللازمة لتأكيد المشاركة.

وتفضلوا بقبول فائق الاحترام والتقدير،

ريم الخوالدة
مديرة مكتب الأمين العام
الاتحاد العام لنقابات عمال المشرق
هاتف: ‎+962 6 000 0000
"""
    subj = "ترشيح الأمين العام للاتحاد للحديث في الجلسة العامة"
    body = alt(text, "_000_HE1PR0301MB2281C4A5B6D7E8F9_", rtl=True)
    m = mk(when, sent_at(when, 2, 6), "mail-he1eur03on0630.outbound.protection.outlook.example.com", "198.51.100.30",
           "4DTkY95cHnz7", addr("ريم الخوالدة", "office.sg@gfmlu.example.org"), hdr(subj),
           "<HE1PR0301MB2281C4A5B6D7E8F9@HE1PR0301MB2281.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbE9Xq1w2e3r4t5y6u7i8o9p0A=", lang="ar-JO"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود الزعبي", "أمين عام الاتحاد", "الاتحاد العام لنقابات عمال المشرق", ["plenary"])],
        notes="sent on behalf of the speaker by the office manager (her own title and organisation in the "
              "signature); the speaker is introduced in prose with the trade-union form of address 'الأخ' "
              "('brother'), treated as an honorific and dropped from the name; the title 'أمين عام الاتحاد' is "
              "kept as written; 'الجلسات العامة' = plenary. Not covered by dev: 'الأخ' as a union honorific, "
              "recorded as a secretary would (name without it)."))


# ================================================================ 04  FR  speaker  union confederation, two speakers
def m04():
    when = at("2021-02-02 10:20:07")
    text = """Madame, Monsieur,

La Confédération Démocratique des Travailleurs du Maghreb (CDTM) vous remercie de son invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières et souhaite y prendre la parole. Nous proposons les deux intervenants suivants :

1) Nizar Gharbi
   Secrétaire général adjoint chargé des relations internationales
   Intervention souhaitée : table ronde thématique n° 2 (24-25 février)

2) Khadija Amrani
   Responsable du Département des travailleurs migrants
   Intervention souhaitée : discussion ouverte de la consultation multipartite du 23 février

Les deux intervenants s'exprimeront en français ; M. Gharbi peut également intervenir en arabe.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations syndicales.

--
Khadija Amrani
Département des travailleurs migrants - CDTM
Tunis
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 4), "smtp.cdtm-maghreb.example.org", "203.0.113.48", "4DVKq20pWnz9",
           addr("Khadija Amrani", "k.amrani@cdtm-maghreb.example.org"),
           hdr("Demande de prise de parole - CDTM (2 intervenants)", enc="Q"),
           "<0b7e4d2a-3c19-4f85-a6d0-5e2b9c8f1a37@cdtm-maghreb.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    aff = "Confédération Démocratique des Travailleurs du Maghreb (CDTM)"
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nizar Gharbi", "Secrétaire général adjoint chargé des relations internationales", aff, ["roundtable"], 2),
        sp("Khadija Amrani", "Responsable du Département des travailleurs migrants", aff, ["open_discussion"])],
        notes="two speakers in numbered blocks without labels (name / title / role); the organisation is named once "
              "in the opening sentence with its acronym and applies to both; long title with its mandate kept "
              "whole; 'n° 2' for the roundtable; the sender is the second speaker. Thunderbird format=flowed, 8bit."))


# ================================================================ 05  EN  other  journalist: accreditation + interview
def m05():
    when = at("2021-02-02 15:30:44")
    text = """Hi there,

I'm a freelance journalist based in Amman, currently writing for Gulf Labour Review and a couple of European outlets on labour migration in the region (the kafala reforms, wage protection, that kind of thing).

Two questions:
1. How can I get press accreditation to follow the Regional Review Conference on 24-25 February? Will the online sessions be open to media, or is there a separate link for journalists?
2. Would someone from IOM or from the trade union side be available for a short interview (15-20 min, phone or Zoom) in the week before the conference?

I'm not submitting anything and don't want to speak, just to cover it. Thanks a lot!

Hana Yousef
Freelance journalist
Twitter: @hanayousef_reports
"""
    body = alt(text, "000000000000f3c1a205ba62d0e4", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 3), "mail-ej1-f41.google.example.com", "192.0.2.41", "4DVXc73RfTz2",
           "Hana Yousef <hana.yousef.press@gmail.example.com>", "Press accreditation + interview request",
           "<CAF3kq9Lx2Vb7mN0pQ4rS8tU1wY5zA6bC9dE@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="journalist asking for press accreditation and an interview: a person's question, category other; "
              "she states that she neither submits a report nor asks to speak although 'interview' and the "
              "conference dates are there. Acknowledge (a person wrote it)."))


# ================================================================ 06  AR  report  domestic workers' union, Gmail, Arabic PDF name
M06_FILE = "تقرير نقابة عاملات المنازل - مراجعة الاتفاق العالمي 2021.pdf"


def m06():
    when = at("2021-02-03 11:05:09")
    text = """مرحبا،

مرفق مع هالإيميل التقرير الطوعي تبع نقابة عاملات المنازل المهاجرات عن تطبيق الاتفاق العالمي للهجرة. اشتغلنا عليه مع العضوات بالنقابة خلال شهرين، وفيه شهادات من عاملات من إثيوبيا والفلبين وسريلانكا وبنغلادش.

إذا في أي مشكلة بفتح الملف خبرونا.

شكراً كتير
لينا
النقابة - لجنة المتابعة
"""
    pdf = rep_pdf("Voluntary GCM review - Migrant Domestic Workers Union", "Union of Migrant Domestic Workers",
                  ["Who we are", "Method: testimonies of 40 members", "Kafala and the standard contract",
                   "Access to justice", "Recommendations"])
    a = alt(text, "0000000000007a9e1b05ba71c2d3", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M06_FILE)], "0000000000007a9e1d05ba71c2d5")
    m = mk(when, sent_at(when, 2, 5), "mail-wm1-f67.google.example.com", "192.0.2.67", "4DWGz40kMsz6",
           addr("Lina Hayek", "union.mdw.lb@gmail.example.com"), hdr("التقرير الطوعي - نقابة عاملات المنازل"),
           "<CAK9vR2mWx7Pq0Lz3Nb5Tc8Yd1Fe4Gh6Jk2M@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M06_FILE],
        notes="Levantine dialect ('مرفق مع هالإيميل التقرير الطوعي تبع النقابة'); the From display name is in "
              "Latin script although the body is Arabic: acknowledge in Arabic. Arabic PDF name (RFC 2231 + "
              "RFC 2047); base64 text parts."))


# ================================================================ 07  FR  both  chamber of commerce: DOCX contribution + president in plenary
M07_FILE = "CMCI_Contribution_examen_PMM_2021.docx"


def m07():
    when = at("2021-02-03 16:45:21")
    text = """Madame, Monsieur,

Au nom de la Chambre Maghrébine de Commerce et d'Industrie (CMCI), j'ai l'honneur de vous transmettre ci-joint la contribution volontaire de la Chambre à l'examen régional du Pacte mondial sur les migrations, consacrée à la mobilité de la main-d'œuvre et au recrutement équitable dans les entreprises membres.

Par ailleurs, notre Président, M. Slim Zouari, souhaiterait intervenir lors de l'une des sessions plénières de la Conférence (24-25 février 2021).

Je reste à votre disposition pour toute information complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Inès Belhadj
Chargée des relations institutionnelles
Direction de la coopération internationale
CMCI - Chambre Maghrébine de Commerce et d'Industrie
Tél. : +216 71 000 000

AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur.
DISCLAIMER: This message and its attachments are confidential and intended solely for the addressees. Any unauthorised use or dissemination is prohibited. If you have received this message in error, please notify the sender immediately.
"""
    docx = make_docx(["Contribution volontaire de la CMCI", "Examen regional du Pacte mondial sur les migrations - 2021",
                      "1. Contexte : les entreprises membres et la main-d'oeuvre migrante",
                      "2. Recrutement equitable et couts de recrutement", "3. Reconnaissance des competences",
                      "4. Recommandations du secteur prive"])
    body = corp_body(text, "image001.png@01D6FA2B.1C3D4E50", (0, 70, 130), "DB8PR10MB3012A4B5C6D7E8F9_",
                     files=[attach(DOCX, docx, M07_FILE)], lang="FR")
    m = mk(when, sent_at(when, 1, 7), "mail-db8eur10on0601.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DWRt62bQxz3", addr("Inès Belhadj", "i.belhadj@cmci.example.org", enc="Q"),
           hdr("Contribution de la CMCI et demande d'intervention en plénière", enc="Q"),
           "<DB8PR10MB3012A4B5C6D7E8F9@DB8PR10MB3012.eurprd10.prod.outlook.example.com>", body,
           extra=outlook("Contribution de la CMCI et demande d'intervention en plénière",
                         "AQHW+kP2n3m4b5v6c7x8z9l0k1j2hA==", lang="fr-FR", has_attach="yes"))
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M07_FILE], speakers=[
        sp("Slim Zouari", "Président", "Chambre Maghrébine de Commerce et d'Industrie (CMCI)", ["plenary"])],
        notes="both, on time: a chamber of commerce's contribution (DOCX) and a plenary request for its president, "
              "named in prose ('notre Président, M. ...') by a sender who is not the speaker; French + English "
              "legal disclaimer; the inline logo image001.png is not part of the report. "
              "Affiliation as written in the body, with the acronym."))


# ================================================================ 08  EN  speaker  HTML-only pasted form, two speakers
def m08():
    when = at("2021-02-04 10:10:03")
    rows = [("Full name", "Meseret Tadesse", "Ms. Rowena Santos"),
            ("Position", "Chairperson", "Organizer, Filipino Community Desk"),
            ("Organization", "Migrant Domestic Workers' Union (MDWU)", "Migrant Domestic Workers' Union (MDWU)"),
            ("Session requested", "Rapporteur - key messages", "Thematic roundtable 4"),
            ("Language", "English / Amharic", "English / Tagalog")]
    table = "".join('<tr><td style="background:#eee"><b>%s</b></td><td>%s</td><td>%s</td></tr>' % (esc(a), esc(b), esc(c))
                    for a, b, c in rows)
    inner = ("<div>Dear GCM team,</div><div><br></div>"
             "<div>We filled in the speaker form we found on the partners page but we are not sure it went through, "
             "so I paste our answers below. We would like two of our members to take part.</div><div><br></div>"
             '<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial">'
             "<tr><th></th><th>Speaker 1</th><th>Speaker 2</th></tr>%s</table><div><br></div>"
             "<div>Meseret is a domestic worker herself and has chaired the union since 2018. Rowena runs our "
             "Sunday outreach.</div><div><br></div><div>In solidarity,</div><div>Abeba G.</div>"
             "<div>MDWU volunteer team</div>" % table)
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 2, 4), "smtp.mdwu.example.org", "203.0.113.92", "4DX1m85gHkz5",
           '"MDWU" <contact@mdwu.example.org>', "Speakers form - MDWU",
           "<1612426199.48213.mdwu@webmail.mdwu.example.org>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC87 (Win))")])
    aff = "Migrant Domestic Workers' Union (MDWU)"
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Meseret Tadesse", "Chairperson", aff, ["rapporteur"]),
        sp("Rowena Santos", "Organizer, Filipino Community Desk", aff, ["roundtable"], 4)],
        notes="HTML-only; a pasted speaker form as a three-column table (labels, speaker 1, speaker 2); 'Ms.' "
              "dropped from the second name; the second title is written with its unit and kept whole (dev 012); "
              "the sender (a volunteer, signing 'Abeba G.') is not a speaker; From display name is the acronym."))


# ================================================================ 09  AR  other  chamber communications officer asks for the programme
def m09():
    when = at("2021-02-04 14:30:55")
    inner = """<div>السادة فريق الاستعراض الإقليمي،</div>
<div>تحية طيبة،</div>
<div><br></div>
<div>أنا مسؤول الاتصال والإعلام في غرفة تجارة وصناعة الساحل. وصلتنا دعوتكم عن طريق إدارة العلاقات الدولية، ونودّ التحضير لتغطية المؤتمر على موقع الغرفة وحساباتها.</div>
<div><br></div>
<div>لذلك نرجو تزويدنا بما يلي إن أمكن:</div>
<ul><li>البرنامج التفصيلي للمشاورة (٢٣ فبراير) والمؤتمر (٢٤ و٢٥ فبراير) مع التوقيت؛</li>
<li>هل سيكون هناك بث مباشر يمكن مشاركة رابطه؟</li>
<li>هل توجد صور أو شعارات رسمية يُسمح باستخدامها؟</li></ul>
<div><br></div>
<div>مع الشكر الجزيل،</div>
<div>وليد الصايغ</div>
<div>مسؤول الاتصال والإعلام | غرفة تجارة وصناعة الساحل</div>
"""
    body = html_only(inner, rtl=True, b64=True, lang="ar", newlines=True)
    m = mk(when, sent_at(when, 3, 4), "mail.sahelchamber.example.org", "203.0.113.140", "4DX8w17NcVz0",
           addr("وليد الصايغ", "media@sahelchamber.example.org"), hdr("طلب برنامج المؤتمر"),
           "<20210204153051.5E2A1C0B9D@mail.sahelchamber.example.org>", body)
    add(9, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a chamber's communications officer asks for the programme, a live-stream link and logos: a question, "
              "no submission and no speaker (his own title and organisation are only his signature). HTML-only, "
              "base64, right-to-left, with a list."))


# ================================================================ 10  FR  speaker  recruitment agency, iPhone, on behalf, RT 1 (or 3)
M10_ID = "<E4A1C7B9-2F3D-4B6E-8C0A-9D1F2E3B4C5A@atlasrecrutement.example.ma>"
M10_SUBJ = "Candidature intervenante table ronde"


def m10():
    when = at("2021-02-05 12:00:18")
    text = """Bonjour,

Suite à mon appel de ce matin, je vous confirme la candidature de Mme Salma Berrada, Directrice conformité et recrutement éthique chez Atlas Recrutement International, pour une intervention à la table ronde 1 (à défaut, la 3).

Nous sommes une agence de recrutement privée agréée, et nous plaçons chaque année quelque 600 travailleurs marocains dans le Golfe et en Europe, sans frais de recrutement à leur charge depuis 2019.

Cordialement,
Omar Tazi
Gérant

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 3), "smtp.atlasrecrutement.example.ma", "203.0.113.155", "4DXPn36RkTz8",
           "Omar Tazi <o.tazi@atlasrecrutement.example.ma>", M10_SUBJ, M10_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Berrada", "Directrice conformité et recrutement éthique", "Atlas Recrutement International",
           ["roundtable"], 1)],
        notes="private recruitment agency; speaker proposed in one prose sentence by the manager ('Gérant'), who is "
              "not the speaker; 'Mme' dropped; two roundtables ('table ronde 1 (à défaut, la 3)'): the first "
              "choice, 1. Phone, plain text only. Our acknowledgement to this address bounces (h211-11)."))


# ================================================================ 11  FR  bounce  acknowledgement of 10 returned: mailbox full
def m11():
    when = at("2021-02-05 12:01:02")
    text = """Ceci est le système de messagerie de l'hôte mx1.iom.int.

J'ai le regret de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour toute assistance, veuillez envoyer un message à postmaster.

                   Le système de messagerie

<o.tazi@atlasrecrutement.example.ma> : l'hôte mx.atlasrecrutement.example.ma[203.0.113.156]
    a répondu : 552 5.2.2 <o.tazi@atlasrecrutement.example.ma>: Mailbox full - quota
    exceeded (en réponse à la commande RCPT TO)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXPp02ZsLz1\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; o.tazi@atlasrecrutement.example.ma\n"
           "Original-Recipient: rfc822;o.tazi@atlasrecrutement.example.ma\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.atlasrecrutement.example.ma\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <o.tazi@atlasrecrutement.example.ma>: Mailbox full\n"
           "    - quota exceeded\n" % rfcdate(when - dt.timedelta(seconds=20), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Omar Tazi <o.tazi@atlasrecrutement.example.ma>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Candidature_intervenante_table_ronde?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=25)), ack_mid("4DXPn36RkTz8"), M10_ID))
    text_part = leaf("text/plain", text, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    body = dsn_report("", dsn, hdrs, "4DXPq51TbMz6.1612519262/mx1.iom.int")
    body._payload[0] = text_part
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXPq51TbMz6; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", hdr("Message non remis : retourné à l'expéditeur", enc="Q")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205100102.4DXPq51TbMz6@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="Postfix DSN with a French notice and subject (5.2.2 mailbox full) returning our acknowledgement of h211-10; the "
              "returned headers name h211-10 in In-Reply-To and quote its subject ('Candidature intervenante'). "
              "Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 12  AR  speaker  Gulf labour federation, two speakers
def m12():
    when = at("2021-02-05 18:20:40")
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة الكرام في أمانة الاستعراض الإقليمي،

إشارة إلى دعوتكم للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية، يود اتحاد نقابات عمال الخليج ترشيح كل من:

- الاسم: جاسم المطيري
  الصفة: رئيس قسم العمالة الوافدة
  المشاركة: النقاش المفتوح ضمن مشاورة أصحاب المصلحة يوم ٢٣ فبراير

- الاسم: فاطمة البلوشي
  الصفة: منسقة لجنة المرأة العاملة
  المشاركة: مداخلة في المائدة المستديرة المواضيعية الثالثة

والاثنان من أعضاء المكتب التنفيذي للاتحاد.

نعتذر عن التأخر في الرد، ونأمل أن يصلكم الطلب قبل نهاية اليوم.

مع خالص التحية،
جاسم المطيري
اتحاد نقابات عمال الخليج
"""
    body = alt(text, "000000000000c5d6e705ba84f1a2", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 3, 4), "mail-lf1-f52.google.example.com", "192.0.2.52", "4DXc9r1VwBz4",
           addr("جاسم المطيري", "jassim.almutairi.gftu@gmail.example.com"),
           hdr("ترشيح متحدثين - اتحاد نقابات عمال الخليج"),
           "<CAHp7sT2Wq9Ln4Xv0Bm3Kc6Rd8Ye1Zf5Ag7H@mail.gmail.example.com>", body)
    aff = "اتحاد نقابات عمال الخليج"
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جاسم المطيري", "رئيس قسم العمالة الوافدة", aff, ["open_discussion"]),
        sp("فاطمة البلوشي", "منسقة لجنة المرأة العاملة", aff, ["roundtable"], 3)],
        notes="two speakers in dashed labelled blocks without an affiliation line: the federation is named in the "
              "opening sentence and the signature; the sender is the first speaker; received 18:20 on the last day "
              "(the sender apologises for being late, but it is on time); roundtable as an ordinal word "
              "('الثالثة'); titles written with their unit, kept."))


# ================================================================ 13  EN  speaker  late, CSR officer on behalf of the Group CEO
def m13():
    when = at("2021-02-06 09:15:26")
    text = """Dear Sir/Madam,

I am writing on behalf of Al Rawabi Contracting Group to nominate our Group CEO, Mr. Tarek Haddad, for a floor intervention in one of the plenary sessions of the Regional Review Conference.

I realise the deadline for speaker requests was yesterday; the invitation only reached our department this week through the Chamber, so we hope you can still consider it. Mr. Haddad would speak about our worker welfare standards and the repayment of recruitment fees to 3,400 workers across our sites in 2019-2020.

Kindly let me know if you need his bio or a photo.

Kind regards,

Sneha Pillai
Corporate Social Responsibility Officer
Al Rawabi Contracting Group
P.O. Box 0000, Doha, Qatar

This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Al Rawabi Contracting Group accepts no liability for any damage caused by any virus transmitted by this e-mail.
"""
    body = alt(text, "_000_DOXPR02MB6120B3C4D5E6F7A8_")
    subj = "Speaker nomination - Al Rawabi Contracting Group (plenary)"
    m = mk(when, sent_at(when, 3, 6), "mail-dox-qa.outbound.protection.outlook.example.com", "198.51.100.88",
           "4DY0Fh2TnQz2", '"Pillai, Sneha" <sneha.pillai@alrawabi-group.example.qa>', subj,
           "<DOXPR02MB6120B3C4D5E6F7A8@DOXPR02MB6120.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbNbZ9x8c7v6b5n4m3l2k1j0hGA"))
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Tarek Haddad", "Group CEO", "Al Rawabi Contracting Group", ["plenary"])],
        notes="late (6 February) and says so; a CSR officer nominates the company's CEO in prose ('our Group CEO, "
              "Mr. ...'): 'Mr.' dropped, the sender is not the speaker; From display name 'Last, First'; "
              "'P.O. Box ..., Doha, Qatar' in the signature is not part of the affiliation; legal disclaimer."))


# ================================================================ 14  FR  other  journalist: accreditation, interview with a unionist
def m14():
    when = at("2021-02-07 11:40:00")
    text = """Bonjour,

Je suis journaliste à L'Observateur du Maghreb (service Économie et Société) et je prépare un dossier sur les travailleurs migrants subsahariens employés dans le BTP et l'agriculture au Maroc et en Tunisie.

Je souhaiterais savoir :
- si une accréditation presse est nécessaire pour suivre les travaux des 24 et 25 février, et, le cas échéant, à qui l'adresser ;
- s'il serait possible d'obtenir un entretien avec un représentant de l'OIM ou avec l'un des syndicalistes inscrits comme intervenants.

Je vous remercie par avance de votre retour.

Bien à vous,

Sophie Marchetti
Journaliste - L'Observateur du Maghreb
06 00 00 00 00
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Helvetica,Arial,sans-serif;font-size:10pt">%s</div></body></html>\n'
            % text2html_fr(text))
    body = alt(text, "----=_Part_48213_1180372941.1612690796512", html=html)
    m = mk(when, sent_at(when, 1, 4), "smtp.observateur-maghreb.example.fr", "203.0.113.201", "4DYhW57CqLz9",
           "Sophie Marchetti <s.marchetti@observateur-maghreb.example.fr>",
           hdr("Demande d'accréditation presse et d'entretien", enc="Q"),
           "<1375089412.48214.1612690796512@webmail.observateur-maghreb.example.fr>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.4-Rev14")])
    add(14, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="press: accreditation and an interview request; asks to interview speakers, proposes none. "
              "Category other, acknowledged (a person wrote it)."))


def text2html_fr(t):
    return "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in t.split("\n\n"))


# ================================================================ 15  AR  speaker  late, phone, details only in the signature, rapporteur
def m15():
    when = at("2021-02-08 20:05:13")
    text = """السلام عليكم

حابة شارك كمقررة بالمؤتمر وقدّم الرسائل الأساسية تبع أصحاب المصلحة، خصوصاً اللي بتخص العاملات بالمنازل. بعرف إنو الموعد خلص من كم يوم بس إذا في مجال بكون ممنونة كتير.

الأستاذة نجوى حداد
منسقة البرامج
تجمّع العاملات المنزليات - بيروت

أُرسلت من هاتفي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 3), "mail-pg1-f170.google.example.com", "192.0.2.170", "4DZP3x8YtRz5",
           addr("Najwa Haddad", "najwa.haddad.dw@gmail.example.com"), hdr("مشاركة كمقررة"),
           "<CAMx4Pq8Rt2Yz6Wb1Nc9Vd3Lf5Gh7Jk0Q@mail.gmail.example.com>", body,
           extra=[("X-Mailer", "Gmail for Android")])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("نجوى حداد", "منسقة البرامج", "تجمّع العاملات المنزليات", ["rapporteur"])],
        notes="late (8 February) and says so, in Levantine dialect from a phone; name, title and organisation only "
              "in the signature; 'الأستاذة' is an honorific, dropped; the city after the organisation ('- بيروت') "
              "is not part of the affiliation (dev 004/013); 'مقررة ... الرسائل الأساسية' = rapporteur."))


# ================================================================ 16  EN  report  employers' forum, PDF, Outlook logo, disclaimer
M16_FILE = "AEF-LM_Voluntary_GCM_Review_2021.pdf"


def m16():
    when = at("2021-02-09 09:30:47")
    text = """Dear Colleagues,

Please find attached the voluntary GCM review submitted by the Arab Employers' Forum on Labour Migration (AEF-LM) on behalf of its 14 member federations and chambers.

The review covers Objectives 6 (fair and ethical recruitment), 18 (skills development and mutual recognition) and 20 (remittances), and includes a short employer survey (n=212) carried out in November-December 2020.

We would be grateful for a confirmation of receipt.

With best regards,

Dr. Adel Karam
Senior Policy Adviser, Labour Mobility
Arab Employers' Forum on Labour Migration (AEF-LM)
Beirut | Cairo

------------------------------------------------------------
The information contained in this communication is intended solely for the use of the individual or entity to whom it is addressed and may contain confidential information. If you are not the intended recipient, please notify the sender and delete this message.
"""
    pdf = rep_pdf("Voluntary GCM Review 2021", "Arab Employers' Forum on Labour Migration (AEF-LM)",
                  ["Executive summary", "Objective 6 - Fair and ethical recruitment",
                   "Objective 18 - Skills", "Objective 20 - Remittances", "Employer survey (n=212)",
                   "Recommendations"])
    body = corp_body(text, "image002.png@01D6FEC1.2A3B4C50", (20, 110, 60), "VI1PR05MB4410C1D2E3F4A5B6_",
                     files=[attach("application/pdf", pdf, M16_FILE)])
    subj = "AEF-LM voluntary GCM review"
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur05on0644.outbound.protection.outlook.example.com", "198.51.100.44",
           "4DZdL90HmWz3", "Adel Karam <a.karam@aef-lm.example.org>", subj,
           "<VI1PR05MB4410C1D2E3F4A5B6@VI1PR05MB4410.eurprd05.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHW/r5t6y7u8i9o0p1a2s3d4f5g6A==", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="employers' body report (PDF) on behalf of 14 member federations and chambers; the signature title "
              "is not a speaker request; inline logo image002.png is not part of the report; legal disclaimer."))


# ================================================================ 17  FR  report  domestic workers' union, collective, accented PDF name
M17_FILE = "Rapport_volontaire_SNTD_février2021.pdf"


def m17():
    when = at("2021-02-10 14:12:08")
    text = """Bonjour,

Vous trouverez en pièce jointe le rapport volontaire du Syndicat National des Travailleuses Domestiques (SNTD), rédigé conjointement avec l'association Voix des Femmes Migrantes et le collectif Bayti.

Le rapport porte notamment sur l'application de la loi sur le travail domestique aux travailleuses migrantes, l'accès à la couverture sociale et les recours en cas d'abus.

Merci de bien vouloir en accuser réception.

Salutations syndicales,

Fatima-Zahra Ouazzani
Secrétaire générale du SNTD
"""
    pdf = rep_pdf("Rapport volontaire - examen regional du PMM", "Syndicat National des Travailleuses Domestiques (SNTD)",
                  ["Presentation du SNTD et des partenaires", "Cadre juridique du travail domestique",
                   "Couverture sociale", "Recours et plaintes", "Recommandations"])
    a = alt(text, "000000000000e8f9a005bb0c1d2e", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M17_FILE)], "000000000000e8f9a205bb0c1d30")
    m = mk(when, sent_at(when, 1, 5), "mail-wr1-f49.google.example.com", "192.0.2.49", "4F0Kx21BqPz7",
           "SNTD Maroc <sntd.maroc@gmail.example.com>", hdr("Rapport volontaire PMM - SNTD", enc="Q"),
           "<CAGt5Rw9Nb2Mx7Lq4Pz0Vc8Yd3Kf6Jh1Sa9E@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="collective report (a union with an association and a collective) as a PDF whose name has 'é' "
              "(RFC 2231 + RFC 2047); sent from the union's shared Gmail address, display name = the organisation; "
              "'Secrétaire générale du SNTD' in the signature is not a speaker request."))


# ================================================================ 18  EN  other  thank-you reply to our acknowledgement of 02
def m18():
    when = at("2021-02-11 08:55:19")
    ack = ack_mid("4DTcR12LpVz4")
    text = """Many thanks, well received - looking forward to the programme.

Karen

Karen Aoun
Head of Sustainability, MENA
Wasel Remit

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 11:40 AM
To: Karen Aoun <karen.aoun@waselremit.example.com>
Subject: Acknowledgement of receipt - Floor intervention - Roundtable 3

Dear Karen Aoun,

Thank you for your message "Floor intervention - Roundtable 3". We confirm receipt of your request for a speaking role (1 speaker). The secretariat will contact you about the programme.

GCM Regional Review - Arab States
"""
    subj = "RE: Acknowledgement of receipt - Floor intervention - Roundtable 3"
    body = corp_body(text, "image001.png@01D7003A.5B6C7D80", (240, 120, 0), "AM6PR04MB5639F1A2B3C4D5E6_")
    m = mk(when, sent_at(when, 4, 4), "mail-am6eur04on0619.outbound.protection.outlook.example.com", "198.51.100.19",
           "4F1Bv63KsNz0", "Karen Aoun <karen.aoun@waselremit.example.com>", subj,
           "<AM6PR04MB5639F1A2B3C4D5E6@AM6PR04MB5639.eurprd04.prod.outlook.example.com>", body,
           extra=outlook("Acknowledgement of receipt - Floor intervention - Roundtable 3",
                         "AQHW+G1c7XKz0aB1c2D3e4F5g6H7iIAKc9Qw") + [("In-Reply-To", ack),
                                                                  ("References", M02_ID + " " + ack)])
    add(18, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 2,
        notes="a thank-you answering our acknowledgement of h211-02 ten days later (References names h211-02): "
              "adds nothing, so no acknowledgement (LABELS.md); the quoted acknowledgement says 'speaking role' and "
              "'Roundtable 3' and the signature repeats the speaker's details, which must not make it a new "
              "request."))


# ================================================================ 19  AR  both  union of chambers: PDF + executive director in RT2 (speaker part late)
M19_FILE = "ULCC_GCM_contribution_AR.pdf"


def m19():
    when = at("2021-02-12 10:40:36")
    text = """السادة المنظمة الدولية للهجرة - أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

يسرّ اتحاد غرف التجارة والصناعة في بلاد الشام أن يرفق لكم مساهمته الطوعية في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة، والتي أعدّتها وحدة المسؤولية الاجتماعية للشركات بالتشاور مع الغرف الأعضاء.

كما نودّ اقتراح مشاركة الدكتور سامر النابلسي، المدير التنفيذي للاتحاد، بمداخلة في المائدة المستديرة المواضيعية الثانية، ونعتذر عن تأخرنا في إرسال هذا الطلب.

وتفضلوا بقبول فائق الاحترام،

هبة القاسم
رئيسة وحدة المسؤولية الاجتماعية للشركات
اتحاد غرف التجارة والصناعة في بلاد الشام (ULCC)

تنويه: هذه الرسالة ومرفقاتها سرية ومعدّة لاستخدام المرسل إليه فقط. إذا تلقيتم هذه الرسالة عن طريق الخطأ فيرجى إعلام المرسل وحذفها فوراً.
Disclaimer: This message and its attachments are confidential and intended for the addressee only. If you received it in error, please inform the sender and delete it.
"""
    pdf = rep_pdf("Voluntary contribution to the GCM regional review (Arabic)", "Union of Levant Chambers of Commerce (ULCC)",
                  ["Private sector and labour migration", "Recruitment practices of member companies",
                   "Skills partnerships", "Recommendations"])
    body = corp_body(text, "image001.png@01D70114.3C4D5E60", (120, 20, 90), "AS8PR03MB6711D2E3F4A5B6C7_",
                     files=[attach("application/pdf", pdf, M19_FILE)], lang="AR-SA", rtl=True)
    subj = "مساهمة الاتحاد في الاستعراض الإقليمي + طلب مداخلة"
    m = mk(when, sent_at(when, 2, 5), "mail-as8eur03on0655.outbound.protection.outlook.example.com", "198.51.100.55",
           "4F1m8K4WpXz6", addr("هبة القاسم", "h.alqasem@ulcc.example.org"), hdr(subj),
           "<AS8PR03MB6711D2E3F4A5B6C7@AS8PR03MB6711.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHXAGz1x2c3v4b5n6m7a8s9d0f1gA==", lang="ar-SA", has_attach="yes"))
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M19_FILE], speakers=[
        sp("سامر النابلسي", "المدير التنفيذي للاتحاد", "اتحاد غرف التجارة والصناعة في بلاد الشام (ULCC)",
           ["roundtable"], 2)],
        notes="both; received 12 February: the report is on time, the speaker part late, so on_time false. The "
              "speaker is named in prose with 'الدكتور' (dropped) by the head of the CSR unit; title written as "
              "'المدير التنفيذي للاتحاد' (kept as written, dev 012); affiliation with its Latin acronym as written "
              "in the signature (dev 020/025/029); Arabic + English disclaimer; inline logo is not a report file."))


# ================================================================ 20  FR  report  fintech, RSE, PDF, Outlook logo, disclaimer FR/EN
M20_FILE = "PayMaghreb_contribution_PMM_2021.pdf"


def m20():
    when = at("2021-02-14 16:02:51")
    text = """Madame, Monsieur,

En tant qu'établissement de paiement agréé spécialisé dans les transferts de fonds des diasporas, PayMaghreb SA a le plaisir de vous adresser sa contribution à l'examen régional du PMM (objectif 20 : transferts de fonds plus rapides, plus sûrs et moins coûteux).

Vous trouverez ci-joint notre document de contribution (8 pages), qui présente nos données de coût moyen des envois par corridor et nos propositions en matière d'inclusion financière des travailleurs migrants.

Bien cordialement,

Yasmine Khelifi
Responsable RSE & Inclusion financière
PayMaghreb SA
Alger - Tunis - Casablanca

Ce courriel et ses éventuelles pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le supprimer et d'en informer l'expéditeur. / This e-mail and any attachment are confidential. If you are not the intended recipient, please delete it and notify the sender.
"""
    pdf = rep_pdf("Contribution a l'examen regional du PMM - objectif 20", "PayMaghreb SA",
                  ["Cout moyen des envois par corridor", "Canaux numeriques", "Inclusion financiere",
                   "Propositions"])
    body = corp_body(text, "image003.png@01D702D9.7E8F9A00", (0, 150, 200), "PR3PR09MB5544E3F4A5B6C7D8_",
                     files=[attach("application/pdf", pdf, M20_FILE)], lang="FR")
    subj = "Contribution PayMaghreb - examen régional PMM"
    m = mk(when, sent_at(when, 1, 4), "mail-pr3eur09on0622.outbound.protection.outlook.example.com", "198.51.100.22",
           "4F2wN15RgHz1", "Yasmine Khelifi <y.khelifi@paymaghreb.example.com>", hdr(subj, enc="Q"),
           "<PR3PR09MB5544E3F4A5B6C7D8@PR3PR09MB5544.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHXAmK4h5j6k7l8z9x0c1v2b3n4mA==", lang="fr-FR", has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="a company (payment institution) submits a 'contribution' rather than a 'rapport': a voluntary "
              "report all the same; CSR title in the signature; bilingual disclaimer; inline logo image003.png."))


# ================================================================ 21  AR  report  in the body, windows-1256, transport workers' federation
def m21():
    when = at("2021-02-15 12:30:05")
    text = """إلى أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة

الموضوع: التقرير الطوعي للاتحاد العربي لعمال النقل

نظراً لتعذّر إرفاق الملف بسبب حجمه، ننقل إليكم فيما يلي نص تقريرنا الطوعي:

أولاً: مقدمة
يضم الاتحاد العربي لعمال النقل 11 نقابة وطنية، وتشكل العمالة المهاجرة نحو 40% من سائقي الشاحنات وعمال الموانئ في دول الخليج.

ثانياً: التقدم المحرز
- إدراج سائقي النقل البري في أنظمة حماية الأجور في دولتين.
- توقيع اتفاقية تعاون مع نقابات عمال الموانئ في دول المنشأ.

ثالثاً: التحديات
- احتجاز جوازات السفر وصعوبة تغيير صاحب العمل.
- غياب التأمين الصحي لعمال الشحن والتفريغ المؤقتين.

رابعاً: التوصيات
- تمكين العمال المهاجرين من الانتساب إلى النقابات.
- إشراك النقابات في متابعة تنفيذ الاتفاق العالمي على المستوى الوطني.

مع التحية،
سعيد الدباغ
مسؤول العلاقات الخارجية
الاتحاد العربي لعمال النقل
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    subj = "التقرير الطوعي - الاتحاد العربي لعمال النقل"
    m = mk(when, sent_at(when, 2, 7), "mail.aftw.example.org", "203.0.113.177", "4F3Tb72MvKz8",
           addr("سعيد الدباغ", "relations@aftw.example.org", charset="windows-1256"), hdr(subj, "windows-1256"),
           "<000801d7038a$4c1e2f30$e45a8d90$@aftw.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "ar-eg")])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="report pasted in the body (the sender says the file was too big to attach): no report_attachments; "
              "windows-1256 quoted-printable body, RFC 2047 windows-1256 subject and display name; Western "
              "digits (windows-1256 has no Arabic-Indic ones)."))


# ================================================================ 22  EN  report  union confederation, PDF, received 23:47 on the last day
M22_FILE = "CALU GCM Voluntary Review Report 2021.pdf"


def m22():
    when = at("2021-02-16 23:47:12")
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary review report of the Confederation of Arab Labour Unions (CALU), adopted by our Executive Bureau this evening. Apologies for sending it so close to the deadline.

In solidarity,

Mustafa Rahimi
International Department
CALU
"""
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Confederation of Arab Labour Unions (CALU)",
                  ["Introduction", "Freedom of association for migrant workers", "Wage protection",
                   "Social protection and portability", "Recommendations to governments and employers"])
    a = alt(text, "000000000000b2c3d405bb5e6f70", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "000000000000b2c3d605bb5e6f72")
    m = mk(when, sent_at(when, 3, 9), "mail-io1-f45.google.example.com", "192.0.2.45", "4F4Cn98XwTz2",
           "Mustafa Rahimi <calu.intl.dept@gmail.example.com>", "CALU voluntary review report",
           "<CAJr8Tn4Wx1Mb6Qz3Lp9Vc2Yd7Kf0Hg5Sa8D@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="edge: received 23:47:12 Beirut time on 16 February (on time), while the Date header already reads "
              "17 February 00:47 +0300; PDF name with spaces."))


# ================================================================ 23  FR  speaker  late, employers' federation CSR director, HTML-only, two roles
def m23():
    when = at("2021-02-17 10:05:44")
    inner = """<p>Bonjour,</p>
<p>La F&eacute;d&eacute;ration des Entreprises du Maghreb (FEM) souhaiterait, si cela est encore possible, &ecirc;tre repr&eacute;sent&eacute;e &agrave; la Conf&eacute;rence r&eacute;gionale d'examen des 24 et 25 f&eacute;vrier.</p>
<p><b>Intervenant propos&eacute; :</b> Mehdi Saadi<br>
<b>Fonction :</b> Directeur RSE et D&eacute;veloppement durable<br>
<b>Souhait :</b> une prise de parole en s&eacute;ance pl&eacute;ni&egrave;re et, si possible, en table ronde th&eacute;matique n&deg;2.</p>
<p>Nous avons bien conscience que la date limite est d&eacute;pass&eacute;e et vous remercions de votre compr&eacute;hension.</p>
<p>Cordialement,</p>
<p>Mehdi Saadi<br>Directeur RSE et D&eacute;veloppement durable<br>FEM - F&eacute;d&eacute;ration des Entreprises du Maghreb<br>
<span style="font-size:8pt;color:#888">Pensez &agrave; l'environnement avant d'imprimer ce courriel.</span></p>"""
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent_at(when, 1, 5), "smtp.fem-maghreb.example.org", "203.0.113.66", "4F4Zq30JpNz4",
           "Mehdi Saadi <m.saadi@fem-maghreb.example.org>", hdr("Demande d'intervention - FEM", enc="Q"),
           "<a91f3c2e7b5d4e80@fem-maghreb.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(23, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mehdi Saadi", "Directeur RSE et Développement durable", "Fédération des Entreprises du Maghreb (FEM)",
           ["plenary", "roundtable"], 2)],
        notes="late (17 February) and says so; HTML-only with HTML entities for the accents; one speaker, two roles "
              "(plenary and 'table ronde thématique n°2'); the sender proposes himself; affiliation as written in "
              "the body with the acronym (the signature writes 'FEM - Fédération ...')."))


# ================================================================ 24  AR  both  remittance company, DOCX + compliance manager, all late
M24_FILE = "مساهمة شركة الوسيط للحوالات.docx"


def m24():
    when = at("2021-02-18 13:20:29")
    text = """السادة الكرام،

مرفق لحضراتكم مساهمة شركة الوسيط للصرافة والحوالات المالية في الاستعراض الإقليمي للاتفاق العالمي، وتتناول تكاليف التحويلات إلى مصر والسودان واليمن وأثر المحافظ الرقمية على العمالة المنزلية.

وأودّ كذلك أن أشارك شخصياً في النقاش المفتوح يوم ٢٣ فبراير إن أمكن ذلك رغم فوات المواعيد.

البيانات:
الاسم: حسن العبيدي
الوظيفة: مدير الامتثال ومكافحة غسل الأموال
الشركة: شركة الوسيط للصرافة والحوالات المالية

وتقبلوا تحياتي
حسن العبيدي

Sent from Outlook for Android
"""
    docx = make_docx(["مساهمة شركة الوسيط للصرافة والحوالات المالية", "تكاليف التحويلات حسب الممر",
                      "المحافظ الرقمية والعمالة المنزلية", "التوصيات"])
    a = alt(text, "_000_AM0PR07MB4466A1B2C3D4E5F6_", rtl=True)
    body = multi("mixed", [a, attach(DOCX, docx, M24_FILE)], "_004_AM0PR07MB4466A1B2C3D4E5F6_")
    m = mk(when, sent_at(when, 3, 8), "mail-am0eur07on0611.outbound.protection.outlook.example.com", "198.51.100.111",
           "4F5Hk84DsWz9", addr("حسن العبيدي", "h.alobaidi@alwaseet-exchange.example.com"),
           hdr("مساهمة الوسيط + طلب مشاركة"),
           "<AM0PR07MB4466A1B2C3D4E5F6@AM0PR07MB4466.eurprd07.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("X-Mailer", "Outlook-Android/2.0")])
    add(24, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE], speakers=[
        sp("حسن العبيدي", "مدير الامتثال ومكافحة غسل الأموال", "شركة الوسيط للصرافة والحوالات المالية",
           ["open_discussion"])],
        notes="both, both parts late (18 February; the sender admits it); a remittance company's contribution as a "
              "DOCX with an Arabic name (RFC 2231 + RFC 2047) and the sender proposing himself for the open "
              "discussion with labelled lines (الاسم / الوظيفة / الشركة); Outlook for Android with an English "
              "footer."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
