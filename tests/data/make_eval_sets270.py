#!/usr/bin/env python3
"""Write the blind evaluation set holdout270 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets270.py
Theme: formal Arabic from ministries, embassies, councils and large associations in the Gulf, Iraq and the Levant
(20 January - 18 February 2021), with short dialect follow-ups from the same senders.  An Iraqi ministry's letter
('العدد', 'م/', a Hijri date, 'نسخة منه إلى') naming two officials in an Arabic-Indic numbered list and announcing a
report that is not attached (its officer then asks in Iraqi dialect whether the conference is in person, and sends
the report at 00:52 Baghdad time on 17 February = 23:52 in Beirut); a Nepali embassy's note verbale from Doha; a
Lebanese embassy's French note verbale from Abu Dhabi (and its follow-up asking for the programme, with an
accompanying attachée who will only observe); an Omani family council proposing three officials with honorific
chains (سعادة الشيخة، سعادة الأستاذ الدكتور، الفاضلة), whose office manager's out-of-office answers our
acknowledgement and whose administrative specialist then withdraws the Sheikha in Gulf dialect and moves a
colleague to the plenary; a Qatari committee declining both a speaker and a report; a Beirut federation's report; a
Jordanian association's report and rapporteur ('عطوفة الدكتورة', a former ministry post that is not her title) and
its Levantine thank-you; a Kuwaiti society nominating two people at 00:41 local time (on time); a Lebanese
diaspora council whose nomination is greylisted past midnight (late by 168 seconds); a Bahraini ministry's report
with a statistical annex (the Cc copy of our acknowledgement bounces: mailbox full); a Beirut movement's report and
rapporteur (her university vacation reply follows); an Egyptian association's formal report letter and, in Egyptian
dialect, its late annex; a Kurdistan board registering three delegates who will not speak; a Syrian charity's
report with a brochure; an Emirati association's late 'both' relying on the Arabic letter's misprinted deadline.
Helpers from mailgen.py.
"""
import datetime as dt
import io
import zipfile

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(270)
add = SET.add
H = "h270-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
ROUNDCUBE = "Roundcube Webmail/1.4.11"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (zclient/8.8.15_GA_3869)"
ZOHO = "Zoho Mail"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- local helpers
def make_xlsx(rows):
    """A tiny valid XLSX (one sheet, inline strings and numbers), fixed timestamps."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def col(i):
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]
    srows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, x(v)))
        srows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook %s %s><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, rns)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet %s><sheetData>%s</sheetData></worksheet>' % (ns, "".join(srows))),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def ack_text(lang, subject, what):
    """The acknowledgement the service sent, as the senders quote it."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe Secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, "
                "ordonnées et régulières (États arabes) accuse réception de votre message « %s » et de %s. Le "
                "Secrétariat reviendra vers vous au sujet du programme.\n\nExamen régional du PMM – États arabes"
                % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def owa_page(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.strip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="%s">'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            '%s</div></body></html>\n' % (d, inner))


def zoho_html(text):
    inner = "".join("<div>%s<br></div>" % esc(x) if x else "<div><br></div>" for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body>'
            '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">%s</div>'
            '</body></html>\n' % inner)


# ================================================================ 01  AR  speaker  Iraqi ministry: two officials, numbered list, Hijri date, report only announced
M01_ID = "<c3f1e07a9b2d4f58a61e4d2b7c90f8e3@EXCH02.momd.example.gov.iq>"
M01_SUBJ = "م/ ترشيح - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة"
M01_QID = "4DLb7Qn26Xz4"
M01_FROM = ("زينب فاضل حسون", "io.section@momd.example.gov.iq")
M01_SCAN = "كتاب ترشيح ع ت د 1187.pdf"
MOMD = "وزارة الهجرة والمهجرين"


def m01():
    when = at("2021-01-20 10:42:17")
    text = """السادة أمانة الاستعراض الإقليمي المحترمون
تحية طيبة..

نرفق لكم طياً كتاب وزارتنا المرقم (ع ت د/1187) في 20/1/2021 الخاص بترشيح ممثلي الوزارة، ونورد نصه أدناه لتسهيل الاطلاع.

مع التقدير

————————————————

جمهورية العراق
وزارة الهجرة والمهجرين
دائرة العلاقات والتعاون الدولي
قسم المنظمات الدولية

العدد: ع ت د/1187
التاريخ: 7 جمادى الآخرة 1442هـ
الموافق: 20/1/2021م

إلى/ المنظمة الدولية للهجرة – أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية

م/ ترشيح

تحية طيبة...

إشارة إلى كتاب دعوتكم بخصوص الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، والمشاورة متعددة أصحاب المصلحة المقرر عقدها يوم 23 شباط 2021 والمؤتمر الإقليمي يومي 24 و25 شباط 2021، نود إعلامكم بموافقة معالي السيد الوزير على ترشيح كل من:

١. الأستاذ الدكتور حيدر عبد الأمير الموسوي / المدير العام لدائرة العلاقات والتعاون الدولي في وزارة الهجرة والمهجرين، لإلقاء مداخلة باسم الوزارة في الجلسة العامة.
٢. السيدة سهى كاظم الجبوري / مديرة قسم شؤون العائدين من الخارج في دائرة شؤون الفروع، للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثانية.

يرجى التفضل بالاطلاع وإعلامنا بالترتيبات الخاصة بالمشاركة، علماً أن الوزارة بصدد إعداد تقريرها الطوعي الخاص بتنفيذ الاتفاق العالمي وستوافيكم به حال إنجازه وضمن المدة المحددة.

مع التقدير.

الدكتور
كريم جاسم العبودي
وكيل الوزارة
   /1/2021

نسخة منه إلى:
- مكتب معالي الوزير / للتفضل بالاطلاع ... مع التقدير.
- دائرة شؤون الفروع / للتفضل بالاطلاع وإبلاغ الموظفة المعنية ... مع التقدير.
- قسم المنظمات الدولية / مع الأوليات.
- الصادرة.

————————————————
زينب فاضل حسون
مسؤولة شعبة المنظمات غير الحكومية
قسم المنظمات الدولية – دائرة العلاقات والتعاون الدولي
وزارة الهجرة والمهجرين – بغداد
"""
    scan = make_pdf(["Republic of Iraq - Ministry of Migration and Displaced", "No. 1187  20/1/2021",
                     "(scanned letter, signed and stamped)", "Nominations: 1. Dr. Haider A. Al-Musawi",
                     "2. Ms. Suha K. Al-Jubouri"])
    a = alt(text, "_000_c3f1e07a9b2d4f58a61e4d2b7c90f8e3EXCH02momdexamplegoviq_",
            html=outlook_html(text, lang="AR-IQ", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", scan, M01_SCAN)],
                 "_004_c3f1e07a9b2d4f58a61e4d2b7c90f8e3EXCH02momdexamplegoviq_")
    m = mk(when, sent_at(when, 3, 7), "mail.momd.example.gov.iq", "203.0.113.41", M01_QID, addr(*M01_FROM),
           hdr(M01_SUBJ), M01_ID, body,
           extra=outlook(hdr(M01_SUBJ), "AdbvH2k9Qm3Lr5Tn7Vp9Xs1Zu3Wb5Y==", lang="ar-IQ", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حيدر عبد الأمير الموسوي", "المدير العام لدائرة العلاقات والتعاون الدولي", MOMD, ["plenary"]),
        sp("سهى كاظم الجبوري", "مديرة قسم شؤون العائدين من الخارج في دائرة شؤون الفروع", MOMD, ["roundtable"], 2)],
        notes="Iraqi ministry letter pasted under a short cover note (letterhead, 'العدد', Hijri date with its "
              "Gregorian equivalent, 'م/ ترشيح', 'نسخة منه إلى' lines, 'مع الأوليات'); two nominees in an "
              "Arabic-Indic numbered list with 'name / post' separated by a slash; 'الأستاذ الدكتور' and 'السيدة' "
              "dropped. The first post ends with 'في وزارة الهجرة والمهجرين': the ministry is the affiliation and "
              "the directorate stays in the title; for the second, 'دائرة شؤون الفروع' is a directorate of the same "
              "ministry, so it stays in the title and the affiliation is the ministry of the letterhead. 'شباط' "
              "month names; 'المائدة المستديرة المواضيعية الثانية' = roundtable 2. The report is only announced "
              "('ستوافيكم به حال إنجازه'), so speaker_request, not both. The minister, the signer (وكيل الوزارة) "
              "and the sending officer are not speakers; the attached PDF is the scanned letter, not a report. "
              "Outlook (Exchange), base64, Date in UTC+3. Followed by h270-03 and, as a separate report, h270-21."))


# ================================================================ 02  EN  speaker  Nepali embassy in Doha: note verbale, third roundtable
M02_NV = "NV_2021-EoN-DOH-LAB-017_signed.pdf"


def m02():
    when = at("2021-01-21 13:05:40")
    subj = "Note Verbale No. 2021/EoN-DOH/LAB/017 - Nomination for the GCM Regional Review (Arab States)"
    text = """Dear Sir/Madam,

Please find below, and attached in signed form, the Note Verbale of the Embassy regarding the nomination of its representative for the Regional Review of the Global Compact for Migration in the Arab region.

Kind regards,

Sushila Pandey
Second Secretary
Embassy of Nepal, Doha
Tel: +974 4400 0000 | Fax: +974 4400 0001

--------------------------------------------------

EMBASSY OF NEPAL
DOHA, STATE OF QATAR

Ref. No.: 2021/EoN-DOH/LAB/017

NOTE VERBALE

The Embassy of Nepal in Doha presents its compliments to the Secretariat of the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region, International Organization for Migration, and, with reference to the latter's letter of invitation of January 2021, has the honour to inform that His Excellency the Ambassador has nominated Mr. Bikash Raj Adhikari, Labour Counsellor and Head of the Labour Section of the Embassy, to represent the Embassy at the Regional Conference to be held on 24 and 25 February 2021.

The Embassy would be grateful if Mr. Adhikari could be given the floor in the third thematic roundtable, in order to share the experience of the Embassy's shelter and legal assistance services for Nepali migrant workers in Qatar, including the 4,800 workers assisted in 2020.

The Embassy of Nepal in Doha avails itself of this opportunity to renew to the Secretariat of the Regional Review the assurances of its highest consideration.

Doha, 21 January 2021

(Seal)

The Secretariat of the Regional Review of the Global Compact for Migration in the Arab Region
International Organization for Migration (IOM)
gcmrrarabstates@iom.int
"""
    nv = make_pdf(["EMBASSY OF NEPAL - DOHA", "Ref. No.: 2021/EoN-DOH/LAB/017", "NOTE VERBALE",
                   "Nomination: Mr. Bikash Raj Adhikari, Labour Counsellor", "Doha, 21 January 2021", "(Seal)"])
    a = alt(text, "000000000000a4c81e05b96e2f71", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", nv, M02_NV)], "000000000000a4c82005b96e2f73")
    m = mk(when, sent_at(when, 3, 6), "mail-wr1-f47.google.example.com", "192.0.2.147", "4DLx3Hw58Rz1",
           "Embassy of Nepal Doha <nepembassy.doha@gmail.example.com>", subj,
           "<CAJq4Vn8Yt3wK6pR+m2Xc7Hb0sN5dLf9gT1@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Bikash Raj Adhikari", "Labour Counsellor and Head of the Labour Section", "Embassy of Nepal in Doha",
           ["roundtable"], 3)],
        notes="an embassy's note verbale in the third person ('presents its compliments', 'has the honour to inform', "
              "'avails itself of this opportunity') under a two-line cover note from a Second Secretary, who is not "
              "the speaker, nor is 'His Excellency the Ambassador'; 'Mr.' dropped; the title ends with 'of the "
              "Embassy', recorded without that tail; roundtable as an ordinal word ('the third thematic "
              "roundtable'); 4,800 and 2020 are not event data. The attached PDF is the signed note, not a report. "
              "Gmail, Date in UTC+3."))


# ================================================================ 03  AR  other  the Iraqi officer asks, in Iraqi dialect, whether the conference is in person
def m03():
    when = at("2021-01-27 09:18:05")
    ack = ack_mid(M01_QID)
    quoted = ack_text("ar", M01_SUBJ, "طلب المشاركة بمتحدثَين")
    text = """صباح الخير ست/أستاذ،

شكراً على ردكم. عدنا سؤالين إذا ممكن:

1- المؤتمر راح يكون حضوري ببيروت لو أونلاين؟ لأن إذا حضوري لازم نبدي بمعاملة الإيفاد وموافقة الأمانة العامة لمجلس الوزراء من هسه، والمعاملة تاخذ وكت طويل.
2- ست سهى تكدر تحچي بالعربي بالمائدة المستديرة لو لازم إنگليزي؟ وهل أكو ترجمة فورية؟

وهم حبيت أذكركم إنو التقرير مال الوزارة بعده بالتدقيق، راح ندزه قبل الموعد إن شاء الله.

مع التقدير
زينب
قسم المنظمات الدولية

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تم الإرسال: الأربعاء، 20 كانون الثاني، 2021 11:43 ص
إلى: زينب فاضل حسون <io.section@momd.example.gov.iq>
الموضوع: إشعار استلام - %s

%s
""" % (M01_SUBJ, quoted)
    html = outlook_html(text, lang="AR-IQ", rtl=True).replace("charset=utf-8", "charset=windows-1256")
    body = alt(text, "_000_5a2e9c0d71b84f3e9d06c4a1b7e2f853EXCH02momdexamplegoviq_", html=html,
               charset="windows-1256")
    subj = "رد: إشعار استلام - " + M01_SUBJ
    m = mk(when, sent_at(when, 3, 5), "mail.momd.example.gov.iq", "203.0.113.41", "4DPh1Cs47Tz9", addr(*M01_FROM,
           charset="windows-1256"), hdr(subj, charset="windows-1256"),
           "<5a2e9c0d71b84f3e9d06c4a1b7e2f853@EXCH02.momd.example.gov.iq>", body,
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack)]
           + outlook(hdr("إشعار استلام - " + M01_SUBJ, charset="windows-1256"),
                     "AdbvH2k9Qm3Lr5Tn7Vp9Xs1Zu3Wb5YAAHm2Kwz=", lang="ar-IQ"))
    add(3, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="Iraqi-dialect reply ('عدنا', 'لو' = or, 'هسه', 'وكت', 'تكدر تحچي', 'أكو', 'ندزه', with the Persian "
              "letters چ and گ) to our acknowledgement of h270-01, which it quotes under an Arabic Outlook header "
              "(References name h270-01): two questions (in person or online? may the speaker talk in Arabic, "
              "interpretation?) need an answer, so acknowledged; 'ست سهى' is a speaker already proposed, and the "
              "report is still 'بالتدقيق' (not sent). windows-1256 quoted-printable text and HTML."))


# ================================================================ 04  FR  speaker  Lebanese embassy in Abu Dhabi: note verbale, plenary
M04_ID = "<DB9PR10MB5178E3A0C6F24B19@DB9PR10MB5178.EURPRD10.PROD.OUTLOOK.example.com>"
M04_SUBJ = "Note verbale n° 47/2021 – Participation à l'Examen régional du Pacte mondial pour les migrations"
M04_QID = "4DQc6Mv30Kz2"
M04_FROM = ("Rita Nassar", "ambliban.abudhabi@mfa.example.gov.lb")


def m04():
    when = at("2021-01-28 11:30:52")
    text = """Madame, Monsieur,

Veuillez trouver ci-dessous le texte de la note verbale n° 47/2021 de l'Ambassade, dont l'original vous sera remis par l'intermédiaire de la Mission permanente du Liban à Genève.

Bien cordialement,

Rita Nassar
Attachée administrative
Ambassade du Liban – Abou Dhabi

------------------------------------------------------------

AMBASSADE DU LIBAN
ABOU DHABI

N° 47/2021

L'Ambassade du Liban à Abou Dhabi présente ses compliments au Secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe et, se référant à la lettre d'invitation relative à la Conférence régionale prévue les 24 et 25 février 2021, a l'honneur de l'informer que Son Excellence Monsieur l'Ambassadeur a bien voulu désigner M. Karim Abou Jaoudé, Conseiller, Chef de la Section consulaire et des affaires de la communauté libanaise, pour prendre la parole au nom de l'Ambassade lors de la séance plénière.

M. Abou Jaoudé suit depuis 2017 les dossiers des quelque 100 000 ressortissants libanais établis aux Émirats arabes unis, notamment les questions de transferts de fonds et de retour des travailleurs depuis la crise financière de 2019.

L'Ambassade du Liban à Abou Dhabi saisit cette occasion pour renouveler au Secrétariat de l'Examen régional l'assurance de sa haute considération.

Abou Dhabi, le 27 janvier 2021
"""
    cid = "image001.png@01D6F55A.3B8C2E90"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (0, 122, 61))], "_004_DB9PR10MB5178E3A0C6F24B19_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_DB9PR10MB5178E3A0C6F24B19_")
    m = mk(when, sent_at(when, 4, 8), "mail-db9eur10on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", M04_QID, addr(*M04_FROM), hdr(M04_SUBJ, enc="Q"), M04_ID, body,
           extra=outlook(hdr(M04_SUBJ, enc="Q"), "AdbzDh5Lk8Mn1Pq4Rs7Tu0Vw3Xy6Za==", lang="fr-FR"))
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Abou Jaoudé", "Conseiller, Chef de la Section consulaire et des affaires de la communauté libanaise",
           "Ambassade du Liban à Abou Dhabi", ["plenary"])],
        notes="French note verbale of an embassy ('présente ses compliments', 'a l'honneur de l'informer', 'saisit "
              "cette occasion'), pasted under a cover note by an administrative attachée who is not the speaker, "
              "nor is 'Son Excellence Monsieur l'Ambassadeur'; 'M.' dropped; the title combines a diplomatic rank "
              "and a post ('Conseiller, Chef de la Section consulaire ...'); 'lors de la séance plénière' = plenary; "
              "2017, 100 000 and 2019 are not event data. Outlook with an inline logo, Date in UTC+4. Its follow-up "
              "is h270-24."))


# ================================================================ 05  AR  speaker  Omani family council: three officials with honorific chains
M05_ID = "<AM6PR07MB4712B0D93C5E8A61@AM6PR07MB4712.eurprd07.prod.outlook.example.com>"
M05_SUBJ = "ترشيح ممثلي المجلس للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة"
M05_QID = "4DRj2Wc91Nz7"
M05_FROM = ("مكتب الأمين العام - المجلس الأعلى لشؤون الأسرة", "sg.office@scfcd.example.om")
COUNCIL = "المجلس الأعلى لشؤون الأسرة والتنمية المجتمعية"
M05_LETTER = """المجلس الأعلى لشؤون الأسرة والتنمية المجتمعية
الأمانة العامة

الرقم: م أ أ ت/أ ع/2021/86
التاريخ: 18 جمادى الآخرة 1442هـ
الموافق: 31 يناير 2021م

سعادة/ منسق أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية          المحترم
المنظمة الدولية للهجرة

تحية طيبة وبعد،

الموضوع: ترشيح ممثلي المجلس في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسرني إفادتكم بأن المجلس الأعلى لشؤون الأسرة والتنمية المجتمعية قد رشّح السادة التالية أسماؤهم للمشاركة في أعمال المشاورة والمؤتمر الإقليمي:

1- سعادة الشيخة ميثاء بنت سالم بن حمد آل حارب، الأمين العام المساعد لقطاع السياسات الاجتماعية والأسرية، لإلقاء كلمة المجلس في الجلسة العامة للمؤتمر.
2- سعادة الأستاذ الدكتور عبد العزيز بن محمد الكعبي، مستشار الأمين العام لشؤون العمالة الوافدة والتركيبة السكانية، للمشاركة في النقاش المفتوح للمشاورة متعددة أصحاب المصلحة يوم الثلاثاء 23 فبراير 2021.
3- الفاضلة فاطمة بنت راشد المعمرية، رئيسة قسم البحوث والدراسات بدائرة التخطيط الاستراتيجي، للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثالثة.

يرجى التفضل بالاطلاع، والتكرم بالتنسيق بشأن الترتيبات مع مكتب سعادة الشيخة الأمين العام المساعد عن طريق الفاضل/ يوسف بن علي الرواحي، مدير المكتب (نسخة من هذه الرسالة).

وتفضلوا بقبول فائق الاحترام والتقدير،،،

د. خليفة بن سيف الحوسني
الأمين العام

ص.ب 2241، الرمز البريدي 112، روي – مسقط
هاتف: 00968 2400 0000

إخلاء مسؤولية: هذه الرسالة ومرفقاتها سرية وموجهة للمرسل إليه فقط. إذا وصلتك هذه الرسالة عن طريق الخطأ فيرجى إبلاغ المرسل وحذفها.
Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee.
"""


def m05():
    when = at("2021-01-31 10:12:33")
    cid = "image001.png@01D6F7B4.2A6E9C10"
    rel = multi("related", [leaf("text/html", outlook_html(M05_LETTER, lang="AR-OM", img_cid=cid, rtl=True),
                                 cte="base64"), logo(cid, (140, 30, 40))], "_004_AM6PR07MB4712B0D93C5E8A61_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M05_LETTER, cte="base64"), rel], "_000_AM6PR07MB4712B0D93C5E8A61_")
    m = mk(when, sent_at(when, 4, 9), "mail-am6eur07on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", M05_QID, addr(*M05_FROM), hdr(M05_SUBJ), M05_ID, body,
           cc=addr("يوسف بن علي الرواحي", "y.alrawahi@scfcd.example.om"),
           extra=outlook(hdr(M05_SUBJ), "AdbzKq3Vb6Nm9Lp2Wx5Ce8Rt1Yu4Io==", lang="ar-OM"))
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ميثاء بنت سالم بن حمد آل حارب", "الأمين العام المساعد لقطاع السياسات الاجتماعية والأسرية", COUNCIL,
           ["plenary"]),
        sp("عبد العزيز بن محمد الكعبي", "مستشار الأمين العام لشؤون العمالة الوافدة والتركيبة السكانية", COUNCIL,
           ["open_discussion"]),
        sp("فاطمة بنت راشد المعمرية", "رئيسة قسم البحوث والدراسات بدائرة التخطيط الاستراتيجي", COUNCIL,
           ["roundtable"], 3)],
        notes="formal letter of a Gulf (Omani) council's Secretary-General ('سعادة/ ... المحترم', 'تحية طيبة وبعد', "
              "'الموضوع:', Hijri date with its Gregorian equivalent, 'يرجى التفضل بالاطلاع') proposing three "
              "officials in a numbered list: the honorific chains 'سعادة الشيخة', 'سعادة الأستاذ الدكتور' and the "
              "Omani 'الفاضلة' are dropped, while the patronymic chains ('بنت سالم بن حمد', 'بن محمد') are part of "
              "the names; long compound posts. Roles: 'كلمة المجلس في الجلسة العامة' = plenary, 'النقاش المفتوح "
              "للمشاورة ... 23 فبراير' = open discussion, 'المائدة المستديرة المواضيعية الثالثة' = roundtable 3. The "
              "signer (د. خليفة, Secretary-General) and the office manager 'الفاضل/ يوسف' in Cc are not speakers. "
              "Outlook, base64, inline logo, bilingual disclaimer, Date in UTC+4. The Cc's out-of-office follows "
              "(h270-06) and a change in Gulf dialect (h270-08)."))


# ================================================================ 06  AR  auto_reply  the office manager's out-of-office on our acknowledgement of 05
def m06():
    when = at("2021-01-31 10:13:41")
    ack = ack_mid(M05_QID)
    text = """السلام عليكم ورحمة الله وبركاته،

أشكركم على رسالتكم. أنا في إجازة اعتيادية حتى يوم الأحد 7 فبراير 2021، ولن أتمكن من الاطلاع على البريد الإلكتروني بانتظام.

للأمور المتعلقة بمكتب سعادة الشيخة ميثاء بنت سالم آل حارب، الأمين العام المساعد لقطاع السياسات الاجتماعية والأسرية، يرجى التواصل مع الفاضلة شيماء بنت خميس الهنائية، أخصائية شؤون إدارية، على البريد: s.alhinai@scfcd.example.om

مع خالص التحية،
يوسف بن علي الرواحي
مدير مكتب الأمين العام المساعد لقطاع السياسات الاجتماعية والأسرية
المجلس الأعلى لشؤون الأسرة والتنمية المجتمعية

Thank you for your email. I am on annual leave until Sunday 7 February 2021 with limited access to e-mail. For urgent matters please contact Ms. Shaima Al-Hinai at s.alhinai@scfcd.example.om.
"""
    body = alt(text, "_000_AM6PR07MB4712OOF9D3A61C4_", html=outlook_html(text, lang="AR-OM", rtl=True), b64=True)
    sender = addr("يوسف بن علي الرواحي", "y.alrawahi@scfcd.example.om")
    subj = hdr("رد تلقائي: إشعار استلام - " + M05_SUBJ)
    rows = std_rows(when, "mail-am6eur07on0609.outbound.protection.outlook.example.com", "198.51.100.109",
                    "4DRj3Fk05Pz3", sender, subj, rfcdate(sent_at(when, 4, 3)),
                    "<AM6PR07MB4712C81F0E5B7D24@AM6PR07MB4712.eurprd07.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M05_ID + " " + ack),
             ("Thread-Topic", hdr("إشعار استلام - " + M05_SUBJ)), ("Content-Language", "ar-OM"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "y.alrawahi@scfcd.example.om")]
    add(6, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic/English Exchange out-of-office of the office manager who was in Cc of h270-05, answering our "
              "acknowledgement 68 seconds later ('رد تلقائي:' before our subject, References name h270-05): it names "
              "the Sheikha with her full post and a colleague ('الفاضلة شيماء ... أخصائية شؤون إدارية') with an "
              "address, so it reads like a nomination. Auto-Submitted, null Return-Path. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 07  EN  other  Qatari national committee declines a speaker and a report, asks for the link
def m07():
    when = at("2021-02-01 14:22:09")
    subj = "Regional Review of the GCM - Arab region: reply of the National Committee on Migrant Workers' Rights"
    text = """Dear Sir/Madam,

Subject: Regional Review of the Global Compact for Migration – Arab region

With reference to your letter of invitation, I have been asked by H.E. the Chairperson of the National Committee on Migrant Workers' Rights to thank the Secretariat for the invitation and to inform you that, owing to the Committee's commitments before the Human Rights Council during the same week, the Committee regrets that it will not be in a position to nominate a speaker for the Regional Conference.

The Committee's observations on the implementation of the Compact have been shared with the national focal point and will be reflected in the national voluntary review; the Committee will therefore not submit a separate report.

We would nevertheless be grateful if two members of the Technical Secretariat could follow the proceedings online, and if the connection details could be sent to this address.

Yours faithfully,

Aisha Jassim Al-Mannai
Director, Technical Secretariat
National Committee on Migrant Workers' Rights
Doha – State of Qatar
Tel: +974 4400 0000

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender and delete it.
"""
    body = alt(text, "_000_VI1PR02MB6143A7E2D9C0F58B_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 3, 7), "mail-vi1eur02on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", "4DRx8Tg42Lz6", "Aisha Jassim Al-Mannai <a.almannai@ncmwr.example.gov.qa>", subj,
           "<VI1PR02MB6143A7E2D9C0F58B@VI1PR02MB6143.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbyPq2Rs5Tu8Vw1Xy4Za7Bc0De3Fg==", lang="en-US"))
    add(7, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a national committee declines: 'regrets that it will not be in a position to nominate a speaker' and "
              "'will therefore not submit a separate report' name both deliverables only to refuse them; it asks "
              "for the online connection details for two unnamed staff (a request needing an answer, so "
              "acknowledged). 'H.E. the Chairperson' and the Director of the Technical Secretariat are not "
              "speakers. Outlook with a disclaimer, Date in UTC+3."))


# ================================================================ 08  AR  speaker  Gulf-dialect change from the council: the Sheikha withdraws, a colleague moves to the plenary
def m08():
    when = at("2021-02-03 12:47:15")
    text = """السلام عليكم ورحمة الله وبركاته،
شحالكم، عساكم بخير.

بخصوص ترشيحات المجلس (الرسالة تحت): سعادة الشيخة ميثاء تعتذر عن المشاركة لأن عندها ارتباط رسمي يومي 24 و25 ما تقدر تأجله. وبدالها بيلقي الدكتور عبد العزيز كلمة المجلس في الجلسة العامة، يعني ما بيشارك في النقاش المفتوح يوم 23 مثل ما كان في الكتاب.

السموحة على اللخبطة، ويوسف في إجازة هالأسبوع، فأي شي تحتاجونه كلموني على هذا الإيميل.

تحياتي
شيماء الهنائية
أخصائية شؤون إدارية – مكتب الأمين العام المساعد

________________________________
من: مكتب الأمين العام - المجلس الأعلى لشؤون الأسرة <sg.office@scfcd.example.om>
تم الإرسال: الأحد، 31 يناير، 2021 12:12 م
إلى: gcmrrarabstates@iom.int
نسخة: يوسف بن علي الرواحي <y.alrawahi@scfcd.example.om>
الموضوع: %s

%s""" % (M05_SUBJ, M05_LETTER)
    body = alt(text, "_000_AM6PR07MB4712D2B8E07A9F35_", html=outlook_html(text, lang="AR-OM", rtl=True), b64=True)
    subj = "RE: " + M05_SUBJ
    m = mk(when, sent_at(when, 4, 6), "mail-am6eur07on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4DTm5Rv63Hz8", addr("شيماء بنت خميس الهنائية", "s.alhinai@scfcd.example.om"),
           re_hdr("RE: ", M05_SUBJ), "<AM6PR07MB4712D2B8E07A9F35@AM6PR07MB4712.eurprd07.prod.outlook.example.com>",
           body, cc=addr(*M05_FROM),
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID)]
           + outlook(hdr(M05_SUBJ), "AdbzKq3Vb6Nm9Lp2Wx5Ce8Rt1Yu4IoAFh7Zq3=", lang="ar-OM"))
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد العزيز بن محمد الكعبي", "مستشار الأمين العام لشؤون العمالة الوافدة والتركيبة السكانية", COUNCIL,
           ["plenary"])],
        thread_of=H % 5,
        notes="short Gulf-dialect change ('شحالكم', 'بدالها', 'بيلقي', 'ما تقدر', 'السموحة على اللخبطة', 'هالأسبوع') "
              "answering the council's own letter h270-05, quoted in full under an Arabic Outlook header "
              "(In-Reply-To/References): the Sheikha withdraws (no longer a speaker) and 'الدكتور عبد العزيز' moves "
              "from the open discussion to the plenary ('ما بيشارك في النقاش المفتوح'), so he is labelled with "
              "plenary only; his full name (without 'سعادة الأستاذ الدكتور'), post and the council are only in the "
              "quoted letter. The third nominee is neither mentioned nor changed, so not repeated. Sent by the "
              "colleague named in the out-of-office h270-06; on time (3 February). Outlook, base64."))


# ================================================================ 09  FR  report  Beirut federation of associations: formal letter, PDF, Arabic version only announced
M09_FILE = "FALS - Rapport volontaire PMM 2021.pdf"


def m09():
    when = at("2021-02-04 09:55:30")
    subj = "Réf. FALS/SG/21-019 – Transmission du rapport volontaire de la FALS"
    text = """Fédération des Associations Libanaises de Solidarité (FALS)
Secrétariat général

Beyrouth, le 3 février 2021
Réf. : FALS/SG/21-019

À l'attention du Secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières – États arabes

Objet : Transmission du rapport volontaire de la FALS
P.J. : 1 (rapport, format PDF)

Madame, Monsieur,

Au nom du Bureau exécutif de la Fédération des Associations Libanaises de Solidarité, qui regroupe soixante-quatre associations réparties dans les huit mouhafazats, j'ai l'honneur de vous transmettre ci-joint notre rapport volontaire d'examen de la mise en œuvre du Pacte mondial.

Le rapport s'appuie sur les données recueillies par nos associations membres entre janvier 2019 et décembre 2020. Il porte sur l'accès des travailleuses domestiques migrantes aux centres d'accueil, sur les retours organisés depuis l'explosion du port de Beyrouth et sur l'émigration des jeunes diplômés libanais vers le Golfe et l'Europe. La version arabe du rapport est en cours de relecture et vous sera adressée dès qu'elle sera prête.

Notre Présidente, Mme Mona Hélou-Barakat, suivra les travaux de la Conférence en qualité d'observatrice.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Georges Abi Khalil
Secrétaire général
Fédération des Associations Libanaises de Solidarité (FALS)
Rue Monnot, Achrafieh – Beyrouth, Liban
Tél. : +961 1 000 000
"""
    pdf = rep_pdf("Rapport volontaire - Federation des Associations Libanaises de Solidarite (FALS)",
                  "Beyrouth, fevrier 2021",
                  ["Travailleuses domestiques migrantes et centres d'accueil", "Retours organises depuis aout 2020",
                   "Emigration des jeunes diplomes", "Recommandations"])
    cid = "image001.jpg@01D6FAD1.6E3B0C20"
    logo_part = leaf("image/jpeg", make_png(40, 16, (0, 84, 147)), cte="base64",
                     params=[("name", '"image001.jpg"')], disp='inline; filename="image001.jpg"',
                     extra=[("Content-ID", "<%s>" % cid)])
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)), logo_part],
                "_004_HE1PR0301MB2247C5F8A91D30E6_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_HE1PR0301MB2247C5F8A91D30E6_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M09_FILE)], "_005_HE1PR0301MB2247C5F8A91D30E6_")
    m = mk(when, sent_at(when, 2, 11), "mail-he1eur03on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4DVn0Kp37Wz5", "Georges Abi Khalil <g.abikhalil@fals-liban.example.org>",
           hdr(subj, enc="Q"), "<HE1PR0301MB2247C5F8A91D30E6@HE1PR0301MB2247.eurprd03.prod.outlook.example.com>",
           body, extra=outlook(hdr(subj, enc="Q"), "AdcB2x4Zk7Mw0Pq3Rt6Yv9Bn2Cx5Dz==", lang="fr-FR", has_attach="yes"))
    add(9, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M09_FILE],
        notes="a federation's formal transmittal letter ('Réf. :', 'Objet :', 'P.J. : 1', 'j'ai l'honneur de vous "
              "transmettre'); the PDF (name with spaces and a dash) is the report; the inline signature logo (a "
              "JPEG in a related part) is not. The Arabic version is only announced; the president 'suivra les "
              "travaux ... en qualité d'observatrice' is attendance, not a speaking role. 'soixante-quatre', "
              "'huit mouhafazats', 2019-2020 are not event data. Outlook, Date in UTC+2."))


# ================================================================ 10  AR  both  Jordanian association: report PDF + a rapporteur; CV decoy
M10_ID = "<CAM7xTq2Bn5vR8kW+h3Lp6Zc9sF1dYe4jN0@mail.gmail.example.com>"
M10_SUBJ = "التقرير الطوعي لجمعية العون الأردنية وترشيح مقررة"
M10_QID = "4DWt9Bc14Jz0"
M10_FILE = "التقرير الطوعي - جمعية العون الأردنية 2021.pdf"
M10_CV = "السيرة الذاتية - د. ريم العمري.docx"
AOUN = "جمعية العون الأردنية للتنمية والإغاثة"


def m10():
    when = at("2021-02-05 16:30:12")
    text = """جمعية العون الأردنية للتنمية والإغاثة
مسجلة لدى وزارة التنمية الاجتماعية برقم (ت ج/ 1994/ 211)

الرقم: ج ع/ 2021/ 64
التاريخ: 22 جمادى الآخرة 1442هـ
الموافق: 4/2/2021م

حضرات السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية المحترمين

تحية طيبة وبعد،

الموضوع: التقرير الطوعي للجمعية وترشيح مقررة

يسرنا أن نرفق لحضراتكم التقرير الطوعي لجمعية العون الأردنية للتنمية والإغاثة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتناول التقرير عمل فروع الجمعية الستة عشر في محافظات المفرق وإربد والزرقاء والبلقاء مع العمال المهاجرين واللاجئين العاملين في الزراعة والإنشاءات، ولا سيما ما يتعلق بتصاريح العمل المرنة والضمان الاجتماعي وتسوية أوضاع المتأخرين.

كما يسرنا ترشيح عطوفة الدكتورة ريم عبد الله العمري، نائبة رئيس الهيئة الإدارية للجمعية والأمينة العامة السابقة لوزارة التنمية الاجتماعية، لتكون إحدى المقررين الذين يقدمون الرسائل الرئيسية لأصحاب المصلحة. ونرفق سيرتها الذاتية للاطلاع.

يرجى التفضل بالاطلاع، شاكرين لكم حسن تعاونكم.

وتفضلوا بقبول فائق الاحترام،،،

رئيس الهيئة الإدارية
المهندس سامي توفيق الحياري

المرفقات:
1. التقرير الطوعي للجمعية (PDF).
2. السيرة الذاتية للمرشحة.

--
ليلى النسور
منسقة المشاريع – جمعية العون الأردنية
عمّان – جبل اللويبدة
"""
    pdf = rep_pdf("Voluntary GCM review report", "Jordanian Aoun Association for Development and Relief",
                  ["Sixteen branches in Mafraq, Irbid, Zarqa and Balqa", "Flexible work permits",
                   "Social security for migrant and refugee workers", "Regularisation of overstayers",
                   "Recommendations"])
    cv = make_docx(["السيرة الذاتية", "د. ريم عبد الله العمري", "نائبة رئيس الهيئة الإدارية - جمعية العون الأردنية",
                    "2012-2018: الأمينة العامة لوزارة التنمية الاجتماعية", "دكتوراه في السياسات الاجتماعية"])
    a = alt(text, "000000000000d7e3a405ba9c4e16", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE), attach(DOCX, cv, M10_CV)],
                 "000000000000d7e3a605ba9c4e18")
    m = mk(when, sent_at(when, 2, 9), "mail-ed1-f53.google.example.com", "192.0.2.153", M10_QID,
           addr("جمعية العون الأردنية", "aoun.jordan.assoc@gmail.example.com"), hdr(M10_SUBJ), M10_ID, body)
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم عبد الله العمري", "نائبة رئيس الهيئة الإدارية", AOUN, ["rapporteur"])],
        report_attachments=[M10_FILE],
        notes="both, on the speaker deadline day (Friday 5 February, 16:30): a Jordanian association's letter "
              "(registration number, 'الرقم', Hijri date, 'حضرات السادة ... المحترمين', 'المرفقات:') with its report "
              "and a rapporteur ('إحدى المقررين الذين يقدمون الرسائل الرئيسية'). The Jordanian honorific 'عطوفة "
              "الدكتورة' is dropped; 'الأمينة العامة السابقة لوزارة التنمية الاجتماعية' is a former post, not her "
              "title or affiliation; 'للجمعية' refers to the association of the letterhead. The CV (DOCX, name with "
              "'د.') is not part of the report. The signer ('المهندس', chairman) and the sending coordinator are not "
              "speakers; 'الستة عشر' branches and the 1994 registration are not event data. Gmail, base64. "
              "Thanked in h270-13."))


# ================================================================ 11  EN  speaker  Kuwaiti society: two nominees at 00:41 Kuwait time = 23:41 in Beirut
def m11():
    when = at("2021-02-05 23:41:27")
    subj = "GHDS nominations - Regional Review of the GCM (Arab region)"
    text = """Dear Sir/Madam,

Ref: GHDS/OUT/2021/044
Subject: Nomination of speakers – Regional Review of the GCM, Arab region

With reference to your kind invitation, and further to the decision of the Board of Directors at its meeting of 5 February 2021, the Gulf Human Dignity Society is pleased to nominate the following:

1. Dr. Nasser Fahad Al-Mutairi, Chairman of the Board of Directors – floor intervention in the plenary session.
2. Eng. Hessa Abdullah Al-Rashidi, Head of the Legal Aid and Shelter Committee – floor intervention in Roundtable IV.

Please accept our apologies for sending this at such a late hour; the Board only approved the nominations this evening and I did not want to miss today's deadline.

Sincerely,

Mohammad Al-Enezi
Executive Director
Gulf Human Dignity Society (GHDS)
Kuwait

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 3, 5), "smtp.ghds.example.org.kw", "203.0.113.88", "4DXf2Nq79Sz3",
           "Mohammad Al-Enezi <m.alenezi@ghds.example.org.kw>", subj,
           "<7F3B2A91-C4D8-4E6F-9A05-B1E27D3C8F64@ghds.example.org.kw>", body, extra=[("X-Mailer", IPHONE)])
    ghds = "Gulf Human Dignity Society (GHDS)"
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nasser Fahad Al-Mutairi", "Chairman of the Board of Directors", ghds, ["plenary"]),
        sp("Hessa Abdullah Al-Rashidi", "Head of the Legal Aid and Shelter Committee", ghds, ["roundtable"], 4)],
        notes="sent at 00:41 on Saturday 6 February Kuwait time (Date header in UTC+3) = 23:41 on 5 February in "
              "Beirut: on time although the Date header shows the 6th and the sender speaks of 'such a late "
              "hour'. Numbered list with 'Dr.' and the Gulf honorific 'Eng.' (engineer) dropped; 'Roundtable IV' "
              "as a Roman numeral; the board meeting date is not event data. The executive director who signs is "
              "not a speaker. Formal letter typed on an iPhone, plain text."))


# ================================================================ 12  FR  speaker  Lebanese diaspora council: Date 23:58, greylisted, received 00:02:47 (late)
def m12():
    when = at("2021-02-06 00:02:47")
    subj = "Candidature du CSDL – Examen régional du Pacte mondial (tables rondes)"
    text = """Madame, Monsieur,

Objet : Proposition d'une intervenante du Conseil Supérieur de la Diaspora Libanaise

Faisant suite à votre lettre d'invitation, le Conseil Supérieur de la Diaspora Libanaise (CSDL) a l'honneur de vous proposer la candidature de Me Nadine Kassab-Rizk, Vice-présidente du CSDL, avocate au Barreau de Beyrouth, pour une intervention au cours de l'une des tables rondes thématiques, de préférence la première.

Me Kassab-Rizk préside depuis 2018 la commission juridique du Conseil, qui assiste les familles libanaises de retour d'Afrique de l'Ouest et du Golfe dans leurs démarches d'état civil et de reconnaissance des diplômes.

Nous vous adressons cette candidature in extremis, le Bureau ne s'étant réuni que ce soir ; nous espérons qu'elle pourra encore être retenue.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour le Bureau,
Walid Chidiac
Secrétaire exécutif
Conseil Supérieur de la Diaspora Libanaise (CSDL)
Hamra, Beyrouth
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    sent = sent_at(when, 2, 284)
    inner = ("from [192.168.10.23] (unknown [203.0.113.62])\r\n\tby mail.csdl.example.org.lb (Postfix) with ESMTPSA "
             "id 7A3C21E0B5\r\n\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(sent + dt.timedelta(seconds=3), "EET"))
    m = mk(when, sent, "mail.csdl.example.org.lb", "203.0.113.60", "4DXg0Hv15Rz8",
           "Walid Chidiac <w.chidiac@csdl.example.org.lb>", hdr(subj, enc="Q"),
           "<b41e8c27-93d5-4a06-8f1b-2c7d05e9a3f4@csdl.example.org.lb>", body,
           extra=[("Received", inner), ("User-Agent", TB), ("Content-Language", "fr")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Nadine Kassab-Rizk", "Vice-présidente", "Conseil Supérieur de la Diaspora Libanaise (CSDL)",
           ["roundtable"], 1)],
        notes="late by 168 seconds: the Date header says Friday 5 February 23:58:03 (+0200) and the council's own "
              "server took it at 23:58:06 (second Received header), but our MX received it at 00:02:47 on 6 "
              "February (greylisting retry): on_time follows received_at. 'Me' (Maître, lawyer) dropped; two "
              "descriptions after the name ('Vice-présidente du CSDL, avocate au Barreau de Beyrouth'): the title "
              "in the council is kept; 'l'une des tables rondes thématiques, de préférence la première' = "
              "roundtable 1; 2018 is history; the signer (Secrétaire exécutif) is not a speaker. Thunderbird, "
              "format=flowed, 8bit."))


# ================================================================ 13  AR  other  Levantine thank-you to our acknowledgement of 10
def m13():
    when = at("2021-02-07 10:20:44")
    ack = ack_mid(M10_QID)
    quoted = ack_text("ar", M10_SUBJ, "التقرير الطوعي المرفق وطلب المشاركة بصفة مقرر")
    text = """يعطيكم العافية،
وصلنا الإشعار، شكراً إلكم كتير. الدكتورة ريم بتسلّم عليكم وبتستنى تفاصيل البرنامج لما تجهز.

ليلى

في الجمعة، 5 فبراير 2021 في 4:31 م تمت كتابة ما يلي بواسطة GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "00000000000081c5f205bab7e0d2", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-ua1-f44.google.example.com", "192.0.2.44", "4DYq7Lm52Cz1",
           addr("جمعية العون الأردنية", "aoun.jordan.assoc@gmail.example.com"), re_hdr("Re: ", "إشعار استلام - " + M10_SUBJ),
           "<CAM7xTq2Bn5vR8kW+pJ4sE1Gd9Wc3Xf7yH2@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M10_ID + " " + ack)])
    add(13, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 10,
        notes="Levantine (Jordanian) thank-you from the association of h270-10 answering our acknowledgement "
              "(References name h270-10): 'يعطيكم العافية', 'شكراً إلكم كتير', 'بتستنى تفاصيل البرنامج لما تجهز' is "
              "waiting, not a question; adds nothing new, so no acknowledgement. The quoted acknowledgement "
              "mentions the report and the rapporteur. Gmail for Android with the Arabic quote line."))


# ================================================================ 14  EN  report  Bahraini ministry: report PDF + statistical annex XLSX; Cc the undersecretary's office
M14_ID = "<AS8PR03MB6917B2E4C1D07F5A@AS8PR03MB6917.eurprd03.prod.outlook.example.com>"
M14_SUBJ = "MLSP/ILR/2021/0392 - Voluntary GCM Review Report - Ministry of Labour and Social Protection"
M14_QID = "4DZr4Gk86Mz2"
M14_FILES = ["MLSP_Voluntary_GCM_Review_Report_2021.pdf", "MLSP_GCM_Report_Statistical_Annex.xlsx"]
M14_CC = "uso.office@mlsp.example.gov.bh"


def m14():
    when = at("2021-02-08 11:11:11")
    text = """Dear Sir/Madam,

Ref: MLSP/ILR/2021/0392
Date: 8 February 2021 (26 Jumada Al-Akhirah 1442 AH)

Subject: Voluntary GCM Review Report – Ministry of Labour and Social Protection

I am directed by His Excellency the Undersecretary to transmit herewith the voluntary review report of the Ministry of Labour and Social Protection on the implementation of the Global Compact for Safe, Orderly and Regular Migration, together with its statistical annex.

The report covers the Wage Protection System, the flexible work permit, the unified standard contract for domestic workers and the shelter for victims of trafficking over the period 2018-2020. The statistical annex contains the underlying tables and forms an integral part of the report.

Please note that the Ministry does not intend to nominate a speaker, as the Kingdom will be represented at the Regional Conference by its official delegation.

Best regards,

Fatema Ebrahim Janahi
Head of International Organisations Section
International Labour Relations Directorate
Ministry of Labour and Social Protection
Kingdom of Bahrain
"""
    pdf = rep_pdf("Voluntary GCM review report", "Ministry of Labour and Social Protection - Kingdom of Bahrain",
                  ["Wage Protection System", "Flexible work permit", "Unified standard contract for domestic workers",
                   "Shelter for victims of trafficking", "Statistical annex (separate file)"])
    xl = make_xlsx([["Table", "Indicator", "2018", "2019", "2020"],
                    ["A1", "Workers covered by WPS", 312000, 388500, 401200],
                    ["A2", "Flexible permits issued", 29800, 33100, 27600],
                    ["A3", "Shelter admissions", 412, 386, 295]])
    cid = "image001.png@01D6FE02.8C4A7B30"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (206, 17, 38))], "_006_AS8PR03MB6917B2E4C1D07F5A_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AS8PR03MB6917B2E4C1D07F5A_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M14_FILES[0]), attach(XLSX, xl, M14_FILES[1])],
                 "_007_AS8PR03MB6917B2E4C1D07F5A_")
    m = mk(when, sent_at(when, 3, 10), "mail-as8eur03on0626.outbound.protection.outlook.example.com",
           "198.51.100.126", M14_QID, "Fatema Ebrahim Janahi <f.janahi@mlsp.example.gov.bh>", M14_SUBJ, M14_ID, body,
           cc="Office of the Undersecretary <%s>" % M14_CC,
           extra=outlook(M14_SUBJ, "AdcB9r2Tw5Yz8Bc1Df4Gh7Jk0Lm3Np==", lang="en-US", has_attach="yes"))
    add(14, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=M14_FILES,
        notes="a ministry's report sent 'as directed by His Excellency the Undersecretary' with a reference number "
              "and a Hijri date: the PDF and the XLSX statistical annex ('forms an integral part of the report') "
              "both make up the report; the inline logo does not. 'does not intend to nominate a speaker' rules "
              "out 'both'; 2018-2020 is the period covered. Outlook, Date in UTC+3. The Cc (the undersecretary's "
              "office) makes our acknowledgement bounce (h270-15)."))


# ================================================================ 15  EN  bounce  the Cc copy of our acknowledgement of 14: mailbox full
def m15():
    when = at("2021-02-08 11:11:52")
    diag = "552 5.2.2 STOREDRV.Deliver; mailbox full"
    text = POSTFIX_NOTICE + """
<%s>: host mail.mlsp.example.gov.bh[198.51.100.77] said: %s
    (in reply to end of DATA command)
""" % (M14_CC, diag)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DZr5Bx20Qz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mail.mlsp.example.gov.bh\n"
           "Diagnostic-Code: smtp; %s\n"
           % (rfcdate(when - dt.timedelta(seconds=7), "EET"), M14_CC, M14_CC, diag))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Fatema Ebrahim Janahi <f.janahi@mlsp.example.gov.bh>\n"
            "Cc: Office of the Undersecretary <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M14_CC, M14_SUBJ, rfcdate(when - dt.timedelta(seconds=9)), ack_mid(M14_QID),
                                  M14_ID, M14_ID))
    body = dsn_report(text, dsn, hdrs, "4DZr5Dq41Wz7.1612775512/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZr5Dq41Wz7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210208091152.4DZr5Dq41Wz7@mx1.iom.int>")]
    add(15, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN: the ministry's server refused the Cc copy of our acknowledgement of h270-14 with '552 "
              "5.2.2 mailbox full' (Remote-MTA, in reply to end of DATA); the returned headers carry h270-14's "
              "subject about the voluntary report. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 16  FR  both  Beirut movement: report DOCX + a rapporteur (speaker part late); the rapporteur in Cc
M16_ID = "<9C4E1B27-5A80-4F3D-B6E2-7D1A0C58F493@mesl-levant.example.org>"
M16_SUBJ = "MESL – Rapport volontaire et proposition d'une rapporteure"
M16_QID = "4F1Kc73Pbz5"
M16_FILE = "MESL_Rapport_volontaire_PMM_fevrier2021.docx"
M16_CC = "hiam.saade@usl.example.edu.lb"


def m16():
    when = at("2021-02-10 15:05:20")
    text = """Madame, Monsieur,

Beyrouth, le 10 février 2021

Objet : Rapport volontaire du MESL et proposition d'une rapporteure

Au nom du Mouvement d'Entraide Sociale du Levant (MESL), j'ai le plaisir de vous adresser ci-joint notre rapport volontaire sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières au Liban et en Syrie. Il a été rédigé à partir du travail de nos quarante-deux centres sociaux et porte sur la protection des travailleuses domestiques, la documentation des enfants nés en déplacement et les retours spontanés vers la Syrie.

Nous souhaiterions par ailleurs proposer la Pr Hiam Saadé, Présidente du Comité scientifique du MESL, en qualité de rapporteure, afin de présenter les messages clés des parties prenantes à l'issue de la consultation. La Pr Saadé, professeure de sociologie, a coordonné la rédaction du rapport ; elle est en copie de ce message.

Avec nos remerciements et nos sentiments les meilleurs,

Fouad Tannous
Président
Mouvement d'Entraide Sociale du Levant (MESL)
Rue Mar Elias – Beyrouth
"""
    doc = make_docx(["Mouvement d'Entraide Sociale du Levant (MESL)", "Rapport volontaire – Pacte mondial pour les migrations",
                     "1. Travailleuses domestiques", "2. Enfants nés en déplacement : documentation",
                     "3. Retours spontanés vers la Syrie", "4. Recommandations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
              "Apple-Mail=_5D2A8E61-3B97-4C0F-A1E4-86F2D7C9B053")
    body = multi("mixed", [a, attach(DOCX, doc, M16_FILE)], "Apple-Mail=_0B7E4C19-D2A6-4F85-9E31-C58A6D0F27B4")
    m = mk(when, sent_at(when, 2, 9), "smtp.mesl-levant.example.org", "203.0.113.96", M16_QID,
           "Fouad Tannous <f.tannous@mesl-levant.example.org>", hdr(M16_SUBJ, enc="Q"), M16_ID, body,
           cc="Hiam Saade <%s>" % M16_CC, extra=[("X-Mailer", APPLE)])
    add(16, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Hiam Saadé", "Présidente du Comité scientifique", "Mouvement d'Entraide Sociale du Levant (MESL)",
           ["rapporteur"])],
        report_attachments=[M16_FILE],
        notes="'both' on 10 February: the report is on time but the rapporteur proposal is late (speaker deadline 5 "
              "February) and the sender does not say so; 'la Pr' (professeure) dropped; the title is the one in the "
              "movement ('Présidente du Comité scientifique du MESL'), 'professeure de sociologie' is her "
              "profession; 'en qualité de rapporteure, afin de présenter les messages clés' = rapporteur; "
              "'quarante-deux centres' is not event data. Apple Mail, DOCX report; the Cc display name has no "
              "accent. The rapporteur's vacation reply follows (h270-17)."))


# ================================================================ 17  FR  auto_reply  the rapporteur's university vacation reply (Zimbra) on our acknowledgement of 16
def m17():
    when = at("2021-02-10 15:06:02")
    ack = ack_mid(M16_QID)
    text = """Bonjour,

Je suis absente du 8 au 15 février 2021 (jury de thèse à l'étranger) et je consulte ma messagerie de manière irrégulière.

Pour toute question concernant le département, merci de vous adresser au secrétariat : socio@usl.example.edu.lb.
Pour le MESL, vous pouvez écrire à M. Fouad Tannous, Président (f.tannous@mesl-levant.example.org).

Pr Hiam Saadé
Professeure de sociologie – Département de sociologie et d'anthropologie
Présidente du Comité scientifique du MESL
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    sender = addr("Hiam Saadé", M16_CC, enc="Q")
    subj = hdr("Absente jusqu'au 15 février – Re: Accusé de réception - " + M16_SUBJ, enc="Q")
    rows = std_rows(when, "zimbra.usl.example.edu.lb", "203.0.113.131", "4F1Kd09Xrz2", sender, subj,
                    rfcdate(sent_at(when, 2, 2)), "<1739204558.2261793.1612962360114.JavaMail.zimbra@usl.example.edu.lb>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("X-Autoreply", "yes")],
                    ret=M16_CC)
    rows += [("In-Reply-To", ack), ("References", M16_ID + " " + ack), ("X-Mailer", ZIMBRA)]
    add(17, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation reply of the rapporteur proposed in h270-16 (in Cc there), answering our "
              "acknowledgement 42 seconds later: user-set subject ('Absente jusqu'au 15 février – Re: ...'), "
              "Auto-Submitted 'auto-replied (zimbra; vacation)' and X-Autoreply, normal Return-Path; signed with "
              "'Pr', her titles and the president's name, so it reads like a nomination. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 18  AR  report  Egyptian association's formal letter; annex promised
M18_ID = "<CAE5pLw9Tn2xQ7vK+b4Rm8Hc1sZ6dJf3gW0@mail.gmail.example.com>"
M18_SUBJ = "التقرير الطوعي - الجمعية المصرية لرعاية العاملين بالخارج وأسرهم"
M18_FILE = "التقرير الطوعي - الجمعية المصرية لرعاية العاملين بالخارج.pdf"
M18_TEXT = """بسم الله الرحمن الرحيم

الجمعية المصرية لرعاية العاملين بالخارج وأسرهم
مشهرة برقم 2718 لسنة 1998 – القاهرة

السيد الأستاذ/ منسق أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية
تحية طيبة وبعد،

الموضوع: التقرير الطوعي للجمعية

يتشرف مجلس إدارة الجمعية المصرية لرعاية العاملين بالخارج وأسرهم أن يرفق لسيادتكم التقرير الطوعي للجمعية حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي يتناول أوضاع العاملين المصريين العائدين من ليبيا والأردن والعراق خلال الفترة من 2018 حتى 2020، وأسرهم المقيمة في محافظات سوهاج وأسيوط والمنيا، ومشكلات تحويل المستحقات والتأمينات والوثائق.

وسيتم موافاتكم بالملحق الإحصائي للتقرير فور الانتهاء من مراجعته.

وتفضلوا بقبول وافر الاحترام والتقدير،،،

تحريراً في: 11/2/2021

رئيس مجلس الإدارة
المستشار/ أحمد فهمي الدمرداش

--
هبة سيد عبد العال
مسؤولة البرامج
الجمعية المصرية لرعاية العاملين بالخارج وأسرهم
"""


def m18():
    when = at("2021-02-11 12:40:09")
    pdf = rep_pdf("Voluntary GCM review report", "Egyptian Association for the Care of Workers Abroad and their Families",
                  ["Returnees from Libya, Jordan and Iraq (2018-2020)", "Families in Sohag, Assiut and Minya",
                   "Transfer of dues, insurance and documents", "Recommendations", "Statistical annex: to follow"])
    a = alt(M18_TEXT, "0000000000004b8e2f05bb0a7c31", html=gmail_html(M18_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "0000000000004b8e3105bb0a7c33")
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f52.google.example.com", "192.0.2.52", "4F1Wn38Gtz0",
           addr("هبة سيد", "eacwaf.programs@gmail.example.com"), hdr(M18_SUBJ), M18_ID, body)
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="formal Egyptian association letter in MSA ('بسم الله الرحمن الرحيم', registration number, 'السيد "
              "الأستاذ/', 'يتشرف مجلس الإدارة ... أن يرفق لسيادتكم', 'تحريراً في:') with the report as a PDF with an "
              "Arabic name (Gmail, RFC 2047 in the name parameters); the statistical annex is only promised. "
              "'المستشار/' (a judge's honorific) signs but nobody is proposed to speak; 2718/1998 and 2018-2020 are "
              "not event data. Gmail, base64. The annex follows in Egyptian dialect (h270-22)."))


# ================================================================ 19  EN  other  Kurdistan board registers three delegates who will only attend
def m19():
    when = at("2021-02-14 10:30:27")
    subj = "Registration of the BMRA delegation - Regional Conference 24-25 February"
    text = """Dear Secretariat,

Kurdistan Region – Iraq
Board of Migration and Return Affairs (BMRA)
Ref.: BMRA/IR/2021/73
Date: 14/2/2021

Further to your invitation, the Board of Migration and Return Affairs wishes to register the following delegation to attend the Regional Conference on 24 and 25 February 2021 as participants:

1. Mr. Dilshad Omar Rasul, Director General of Return and Reintegration
2. Ms. Shilan Aziz Mahmoud, Head of the Statistics Division
3. Mr. Karwan Jalal Ahmed, Legal Adviser

The delegation will not be making any statements; we understand that the period for speaking requests has closed.

Could you kindly confirm whether interpretation into Kurdish (Sorani) will be available, or whether the delegation should bring its own interpreter?

Best regards,

Rezan Hama Karim
International Relations Officer
Board of Migration and Return Affairs (BMRA)
Erbil, Kurdistan Region – Iraq
"""
    body = owa_page(text)
    page = leaf("text/html", body, cte="quoted-printable")
    m = mk(when, sent_at(when, 3, 6), "mail.bmra.example.gov.krd", "203.0.113.145", "4F4Dp61Vkz4",
           "Rezan Hama Karim <rezan.karim@bmra.example.gov.krd>", subj,
           "<VI1P190MB0432E8B1D6C4A27F@VI1P190MB0432.EURP190.PROD.OUTLOOK.example.com>", page,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHXAq7Kb2Nm5Qr8Tw1Yz4Bc7Df0Gh=="),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                  ("X-Mailer", "Outlook Web App")])
    add(19, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="registration of a three-person delegation in a numbered list with names, honorifics and titles, but "
              "'to attend ... as participants' and 'will not be making any statements': no speakers. A question on "
              "Kurdish interpretation needs an answer, so acknowledged. Letter-style reference and date lines; "
              "Outlook Web App, HTML-only quoted-printable, Date in UTC+3."))


# ================================================================ 20  FR  report  Syrian charity: report DOCX + institutional brochure PDF (Roundcube)
M20_FILE = "Rapport COSO - Examen régional PMM 2021.docx"
M20_BROCHURE = "COSO_presentation_institutionnelle.pdf"


def m20():
    when = at("2021-02-15 16:45:50")
    subj = "Rapport volontaire du Conseil des Œuvres Sociales d'Orient (COSO)"
    text = """Monsieur le Coordonnateur,
Mesdames et Messieurs les membres du Secrétariat,

J'ai l'honneur de vous faire parvenir, au nom du Conseil des Œuvres Sociales d'Orient (COSO), notre contribution à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, sous la forme d'un rapport volontaire (fichier Word ci-joint).

Le rapport rend compte de l'action de nos dispensaires et de nos foyers à Damas, Homs, Alep et Zahlé auprès des personnes déplacées, des familles séparées par l'émigration et des travailleurs syriens revenus du Liban. Vous trouverez également, pour information, une brochure de présentation de notre institution.

Nous vous remercions de l'attention que vous voudrez bien porter à ce document et vous prions d'agréer, Monsieur le Coordonnateur, Mesdames et Messieurs, l'expression de notre haute considération.

Sœur Marie-Thérèse Khoury
Directrice générale
Conseil des Œuvres Sociales d'Orient (COSO)
Bab Touma – Damas
"""
    doc = make_docx(["Conseil des Œuvres Sociales d'Orient (COSO)", "Rapport volontaire – Examen régional du PMM 2021",
                     "1. Dispensaires et foyers : Damas, Homs, Alep, Zahlé", "2. Familles séparées par l'émigration",
                     "3. Travailleurs syriens revenus du Liban", "4. Recommandations"])
    brochure = make_pdf(["COSO - Conseil des Oeuvres Sociales d'Orient", "Presentation institutionnelle",
                         "Fonde en 1952 - 14 dispensaires - 6 foyers"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n%s\n</body></html>\n'
            % "".join("<p>%s</p>" % esc(p).replace("\n", "<br />") for p in text.strip().split("\n\n")))
    a = multi("alternative", [leaf("text/plain", flowed(text), params=[("format", "flowed")]), leaf("text/html", html)],
              "=_b7f31c0a9e42d85f6c1a3e07b94d2f68")
    body = multi("mixed", [a, attach(DOCX, doc, M20_FILE), attach("application/pdf", brochure, M20_BROCHURE)],
                 "=_4c8e2a6f1d03b95e7a2c0f8d16b3e9a5")
    m = mk(when, sent_at(when, 2, 7), "webmail.coso-orient.example.org", "203.0.113.174", "4F5Lr92Dmz1",
           "COSO Direction <direction@coso-orient.example.org>", hdr(subj, enc="Q"),
           "<2f8d1b6e94c3a0571e2d8c4f6b9a0e37@coso-orient.example.org>", body, extra=[("User-Agent", ROUNDCUBE)])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="formal French of a Syrian charity ('Monsieur le Coordonnateur', 'J'ai l'honneur de vous faire "
              "parvenir', 'haute considération') calling the report a 'contribution ... sous la forme d'un rapport "
              "volontaire (fichier Word)'; the brochure PDF is 'pour information' and not part of the report. "
              "'Sœur' signs, nobody is proposed. Roundcube, format=flowed, DOCX name with spaces and an accent "
              "(RFC 2231 + RFC 2047); Œ in the subject."))


# ================================================================ 21  AR  report  the Iraqi ministry's report at 00:52 Baghdad time = 23:52 in Beirut
M21_FILE = "التقرير الطوعي لوزارة الهجرة والمهجرين - الاتفاق العالمي للهجرة 2021.pdf"


def m21():
    when = at("2021-02-16 23:52:36")
    subj = "م/ التقرير الطوعي لوزارة الهجرة والمهجرين"
    text = """السلام عليكم،
نعتذر على التأخير، هسه خلص التوقيع. التقرير مرفق مثل ما وعدناكم.
زينب

————————————————

جمهورية العراق
وزارة الهجرة والمهجرين
دائرة العلاقات والتعاون الدولي
قسم المنظمات الدولية

العدد: ع ت د/2264
التاريخ: 4 رجب 1442هـ
الموافق: 16/2/2021م

إلى/ المنظمة الدولية للهجرة – أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية

م/ التقرير الطوعي

تحية طيبة...

نرفق لكم طياً التقرير الطوعي لوزارة الهجرة والمهجرين بشأن تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية للفترة 2019–2020، والذي يتضمن محاور العودة الطوعية للمهجرين داخلياً، وإعادة إدماج العائدين من الخارج، وتوثيق المفقودين، والتنسيق مع حكومة إقليم كوردستان.

يرجى التفضل بالاطلاع... مع التقدير.

الدكتور
كريم جاسم العبودي
وكيل الوزارة

نسخة منه إلى:
- مكتب معالي الوزير / للتفضل بالاطلاع ... مع التقدير.
- الصادرة.
"""
    pdf = rep_pdf("Voluntary GCM review report", "Ministry of Migration and Displaced - Republic of Iraq",
                  ["Voluntary return of internally displaced persons", "Reintegration of returnees from abroad",
                   "Documentation of missing persons", "Coordination with the Kurdistan Regional Government"])
    a = alt(text, "_000_e81b4d2a6c9f4e07b3a5d10c8f2e7a94EXCH02momdexamplegoviq_",
            html=outlook_html(text, lang="AR-IQ", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)],
                 "_004_e81b4d2a6c9f4e07b3a5d10c8f2e7a94EXCH02momdexamplegoviq_")
    m = mk(when, sent_at(when, 3, 5), "mail.momd.example.gov.iq", "203.0.113.41", "4F7Bz55Hkz6", addr(*M01_FROM),
           hdr(subj), "<e81b4d2a6c9f4e07b3a5d10c8f2e7a94@EXCH02.momd.example.gov.iq>", body,
           extra=outlook(hdr(subj), "AdcEK7w2Zp5Ns8Qv1Xt4Yb7Rm0Ja3Gc==", lang="ar-IQ", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="sent at 00:52 on 17 February Baghdad time (Date header in UTC+3) = 23:52 on 16 February in Beirut: "
              "on time, although the Date header shows the 17th and the officer apologises for the delay in "
              "Iraqi dialect ('هسه خلص التوقيع'). Same sender as h270-01, which announced this report, but this "
              "is a new message (no In-Reply-To) opening the report submission, and h270-01 was a speaker request: "
              "thread_of null. Letter with a Rajab Hijri date; long Arabic PDF name; 2019–2020 is the period "
              "covered. Outlook, base64."))


# ================================================================ 22  AR  report  the Egyptian association's late annex, in Egyptian dialect, replying to 18
M22_FILE = "الملحق الإحصائي - التقرير الطوعي للجمعية.xlsx"


def m22():
    when = at("2021-02-17 10:05:14")
    text = """صباح الخير،

معلش إحنا اتأخرنا في الملحق الإحصائي اللي قلنا عليه في الجواب اللي فات، المراجعة ما خلصتش غير امبارح بالليل. مرفق الملحق (ملف إكسل)، ويا ريت يتضم للتقرير اللي بعتناه يوم 11.

وآسفين جداً على التأخير.

هبة سيد عبد العال
مسؤولة البرامج – الجمعية المصرية لرعاية العاملين بالخارج وأسرهم

في الخميس، 11 فبراير 2021 في 12:40 م تمت كتابة ما يلي بواسطة هبة سيد <eacwaf.programs@gmail.example.com>:

""" + gt(M18_TEXT) + "\n"
    xl = make_xlsx([["المحافظة", "عدد العائدين 2018", "عدد العائدين 2019", "عدد العائدين 2020"],
                    ["سوهاج", 1840, 2115, 3390], ["أسيوط", 2210, 2460, 4105], ["المنيا", 1575, 1690, 2870]])
    a = alt(text, "000000000000e2b71c05bb8d3f46", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(XLSX, xl, M22_FILE)], "000000000000e2b71e05bb8d3f48")
    m = mk(when, sent_at(when, 2, 7), "mail-wm1-f52.google.example.com", "192.0.2.52", "4F7Rt20Wbz9",
           addr("هبة سيد", "eacwaf.programs@gmail.example.com"), re_hdr("Re: ", M18_SUBJ),
           "<CAE5pLw9Tn2xQ7vK+Vr3Ys6Ng0Bd8Hk1mC4@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M18_ID), ("References", M18_ID)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M22_FILE], thread_of=H % 18,
        notes="Egyptian-dialect follow-up ('معلش', 'اللي قلنا عليه', 'ما خلصتش غير امبارح', 'يتضم', 'بعتناه') "
              "replying to the association's own h270-18 (In-Reply-To/References) with the statistical annex it "
              "promised: the XLSX (Arabic name, RFC 2231 + RFC 2047) completes the report, so voluntary_report "
              "with that file, received on 17 February after the report deadline (on_time false, still "
              "acknowledged); the quoted h270-18 carries the formal letter but no attachment. Gmail, base64."))


# ================================================================ 23  EN  both  Emirati association, late, relying on the Arabic letter's misprinted deadline
M23_FILE = "EAWCC Voluntary GCM Review Report 2021.pdf"


def m23():
    when = at("2021-02-17 14:20:03")
    subj = "EAWCC - voluntary GCM review report and speaker nomination"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Emirates Association for Workers' Welfare and Community Cohesion (EAWCC). We apologise that it reaches you one day after the 16 February date; our Board of Directors approved it only yesterday evening.

We would also like to nominate our Vice-Chairperson, Ms. Amna Saeed Al-Suwaidi, to make a floor intervention in the plenary session. We note that the Arabic version of the invitation letter gives Friday 23 February as the deadline for speaking requests, so we trust that this part is still in time.

The report draws on our welfare visits to 37 labour accommodation sites in Sharjah and Ajman during 2020, including during the COVID-19 lockdown.

With best regards,

Omar Khalid Al-Marzouqi
Programme Manager
Emirates Association for Workers' Welfare and Community Cohesion (EAWCC)
Sharjah, United Arab Emirates
"""
    pdf = rep_pdf("Voluntary GCM review report", "Emirates Association for Workers' Welfare and Community Cohesion (EAWCC)",
                  ["Welfare visits to 37 accommodation sites (2020)", "COVID-19 lockdown", "Recommendations"])
    a = alt(text, "b1_7c2e9a4f0d83b61e5a27c4f9d0e8b3a6", html=zoho_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "b2_7c2e9a4f0d83b61e5a27c4f9d0e8b3a6")
    m = mk(when, sent_at(when, 4, 8), "sender4-op-o12.zoho.example.com", "198.51.100.212", "4F7Yk84Lpz3",
           "Omar Al-Marzouqi <omar.marzouqi@eawcc.example.ae>", subj,
           "<1777c2e9a4f.d83b61e5a27c.4f9d0e8b3a6@eawcc.example.ae>", body, extra=[("X-Mailer", ZOHO)])
    add(23, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Amna Saeed Al-Suwaidi", "Vice-Chairperson",
           "Emirates Association for Workers' Welfare and Community Cohesion (EAWCC)", ["plenary"])],
        report_attachments=[M23_FILE],
        notes="both, both parts late (17 February): the sender admits the report is a day late and believes the "
              "speaker part is on time because the Arabic invitation misprints the speaker deadline as 'Friday 23 "
              "February'; per the letter's English and French dates (5 February) it is late. 'Ms.' dropped; title "
              "given before the name ('our Vice-Chairperson'); 37 sites and 2020 are not event data. Zoho Mail, "
              "Date in UTC+4."))


# ================================================================ 24  FR  other  the Lebanese embassy asks for the programme; an attachée will only observe
def m24():
    when = at("2021-02-18 09:40:38")
    ack = ack_mid(M04_QID)
    quoted = ack_text("fr", M04_SUBJ, "votre demande de prise de parole")
    text = """Madame, Monsieur,

Suite à votre accusé de réception, nous vous saurions gré de bien vouloir nous communiquer le programme définitif de la Conférence ainsi que l'horaire prévu pour l'intervention de M. Abou Jaoudé en séance plénière, afin que l'Ambassade puisse organiser son déplacement.

Nous vous informons par ailleurs que M. Abou Jaoudé sera accompagné de Mme Rania Saab, Attachée à la Section consulaire, qui assistera aux travaux en qualité d'observatrice et ne prendra pas la parole.

Bien cordialement,

Rita Nassar
Attachée administrative
Ambassade du Liban – Abou Dhabi

-----Message d'origine-----
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : jeudi 28 janvier 2021 13:32
À : Rita Nassar <ambliban.abudhabi@mfa.example.gov.lb>
Objet : Accusé de réception - %s

%s
""" % (M04_SUBJ, quoted)
    body = alt(text, "_000_DB9PR10MB5178A0E7C3D52F18_", html=outlook_html(text, lang="FR"))
    subj = "RE: Accusé de réception - " + M04_SUBJ
    m = mk(when, sent_at(when, 4, 6), "mail-db9eur10on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", "4F8Gw37Nqz5", addr(*M04_FROM), hdr(subj, enc="Q"),
           "<DB9PR10MB5178A0E7C3D52F18@DB9PR10MB5178.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack)]
           + outlook(hdr("Accusé de réception - " + M04_SUBJ, enc="Q"), "AdbzDh5Lk8Mn1Pq4Rs7Tu0Vw3Xy6ZaAE9r2Kw=",
                     lang="fr-FR"))
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 4,
        notes="reply to our acknowledgement of h270-04 (References name h270-04) asking for the programme and the "
              "time of the plenary intervention: a question, so acknowledged. The speaker is the one already "
              "proposed; 'Mme Rania Saab, Attachée à la Section consulaire' is announced as an observer who 'ne "
              "prendra pas la parole', so no new speaker. Outlook with the French '-----Message d'origine-----' "
              "quote of our acknowledgement; Date in UTC+4."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
