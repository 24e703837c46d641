#!/usr/bin/env python3
"""Write the blind evaluation set holdout292 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets292.py
Theme: children and youth (20 January - 18 February 2021).  A Muscat international school's MUN advisor who first
asks whether pupils under 18 may speak and later proposes two of them (16 and 17) in a reply quoting our answer; a
Syrian mother in Irbid writing in Levantine Arabic for her 16-year-old son, who then writes himself two days later
(no reply headers) to move from the open discussion to the second roundtable; a Casablanca association for
unaccompanied minors sending a report made of a text and the children's drawings (plus a workshop photo that is
not part of it), then an anonymised annex replacing the first; Saida scouts whose report is a film (YouTube link)
with a transcript PDF and a 19-year-old rover as speaker, followed by a thank-you; an Aden centre for
unaccompanied children whose report is a survey designed by the children (PDF + Excel annex); a Sfax association
proposing a former unaccompanied minor, now 19, as rapporteur (its director's Exchange out-of-office answers our
acknowledgement); Gabès scouts in Tunisian Arabic sending a report on 'الحرقة' and their rover leader; an Egyptian
community school teacher proposing two refugee pupils aged 14 and 15 (the school's autoresponder answers); a
17-year-old in Sharjah proposing herself from a school account with her father's consent form (the account
cannot receive outside mail and our acknowledgement bounces); a Salé lycée's comic-book report and a pupil speaker
at 23:41 on the speaker deadline, whose mother withdraws her four days later; Comorian students in Tunis writing
late; a Kuwait girls' school that only wants its pupils to watch; a Beirut students' union report with an
infographic that is part of it; a Libyan children's writing booklet at 23:20 on the report deadline; a youth
advisory board's report a day late; and Nador scouts who send nothing but want to follow online.
Helpers from mailgen.py.
"""
import datetime as dt
import io
import struct
import zipfile

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, make_pdf, make_png, mk, multi, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(292)
add = SET.add
H = "h292-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
YAHOO = "WebService/1.1.17712 YMailNorrin"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- local helpers
def make_jpeg(seed, w=1600, h=1200, size=2400):
    """JPEG-shaped bytes (SOI, JFIF, DQT, SOF0, DHT, SOS, pseudo-random scan data, EOI); deterministic."""
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    dqt = b"\x00" + bytes((i * 7 + seed) % 60 + 2 for i in range(64))
    sof = b"\x08" + struct.pack(">HH", h, w) + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    dht = b"\x00" + bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) + bytes(range(12))
    sos = b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    x, scan = seed * 7919 + 17, bytearray()
    for _ in range(size):
        x = (x * 1664525 + 1013904223) & 0xffffffff
        b = (x >> 24) & 0xff
        scan.append(b)
        if b == 0xff:
            scan.append(0)
    return (b"\xff\xd8" + seg(0xe0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00") + seg(0xdb, dqt)
            + seg(0xc0, sof) + seg(0xc4, dht) + seg(0xda, sos) + bytes(scan) + b"\xff\xd9")


def make_xlsx(rows):
    """A tiny valid XLSX (one sheet of inline strings), fixed timestamps."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    cols = "ABCDEFGH"
    sheet_rows = ""
    for r, row in enumerate(rows, 1):
        cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[c], r, x(v))
                        for c, v in enumerate(row))
        sheet_rows += '<row r="%d">%s</row>' % (r, cells)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + sheet_rows + '</sheetData></worksheet>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 1, 30, 14, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def android_html(text, rtl=False):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s">%s</div></body></html>\n' % ("rtl" if rtl else "auto", inner))


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c2e7a91yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial sur les migrations dans la "
                "région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers vous "
                "au sujet du programme.\n\nExamen régional du PMM - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def pdf_consent(child, parent, school):
    return make_pdf(["PARENTAL / GUARDIAN CONSENT FORM", "", "Student: %s" % child, "School: %s" % school,
                     "I give my consent for my child to take part online in the Regional Review of the",
                     "Global Compact for Migration (Arab region), 23-25 February 2021.",
                     "Parent / guardian: %s" % parent, "Signature: ____signed____   Date: 02/2021"])


# ================================================================ 01  EN  other  Muscat school: may pupils under 18 speak?
M01_ID = "<DB8PR10MB3417A2C95E0F6B71@DB8PR10MB3417.EURPRD10.PROD.OUTLOOK.example.com>"
M01_SUBJ = "Query: can school students (under 18) take part in the GCM regional consultation?"
M01_QID = "4DLb1Xq7HvZ2"
M01_TEXT = """Dear GCM Regional Review team,

I teach Humanities at Al Bustan International School in Muscat and coordinate our Model United Nations Society. A parent who works with a migrant workers' charity passed on your invitation letter, and several of our students have asked whether they could take part.

Before I raise their hopes, could you help me with a few questions?

1. Are secondary school students eligible to be proposed as speakers? The two students who are most interested are 16 and 17 years old.
2. If so, is there a minimum age, and do you require written parental consent? (We would ask for it in any case, under our safeguarding policy.)
3. Would a school count as a stakeholder, or would the students need to be proposed by a youth organisation?
4. I assume the consultation and the conference are online - would a teacher be allowed to sit with the students during their session?

This term our students have been researching the lives of the children of migrant workers in Oman for their MUN committee work, and I think they would have something genuine to say. But I don't want to send you names until I know it is appropriate.

Thank you very much for your time.

Kind regards,

Claire Whitcombe
Head of Humanities | MUN Society Advisor
Al Bustan International School
PO Box 000, PC 000, Muscat, Sultanate of Oman
T +968 2400 0000

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Al Bustan International School is committed to safeguarding and promoting the welfare of children and young people.
"""


def m01():
    when = at("2021-01-20 10:05:31")
    lcid = "image001.png@01D6EF1A.4C2B7E60"
    body = multi("related", [leaf("text/html", outlook_html(M01_TEXT, lang="EN-GB", img_cid=lcid)),
                             logo(lcid, (128, 0, 32))],
                 "_004_DB8PR10MB3417A2C95E0F6B71_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M01_TEXT), body], "_000_DB8PR10MB3417A2C95E0F6B71_")
    m = mk(when, sent_at(when, 4, 8), "mail-db8eur10on0613.outbound.protection.outlook.example.com",
           "198.51.100.13", M01_QID, "Claire Whitcombe <c.whitcombe@albustan-school.example.om>", M01_SUBJ, M01_ID,
           body, extra=outlook(M01_SUBJ, "AQHW7xK3Tq8Lm2Zb5Rc1Nv4Yp9Wd6Hs0Eg==", lang="en-GB", has_attach="no"))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="eligibility and safeguarding questions from a school's MUN advisor before any nomination (may pupils "
              "under 18 speak, minimum age, parental consent, does a school count as a stakeholder, may a teacher sit "
              "with them): 'proposed as speakers', the ages 16 and 17 and 'I don't want to send you names' - nobody "
              "is proposed, so 'other', acknowledged (it needs an answer). Outlook with an inline logo and a "
              "safeguarding disclaimer; Date UTC+4. The two pupils are proposed in h292-11, a reply in this thread."))


# ================================================================ 02  AR  speaker  Syrian mother in Irbid writes for her 16-year-old son
M02_ID = "<CAJx7Rq2Wm9tN4vK+e8Lb3Zc6sP1dHf5gY0@mail.gmail.example.com>"
M02_SUBJ = "طلب مشاركة ابني كرم في النقاش المفتوح"
M02_QID = "4DNf3Kw8TbZ5"
SP02_NAME = "كرم وائل العبدالله"
SP02_TITLE = "رئيس البرلمان الطلابي"
SP02_AFF = "مدرسة اليرموك الثانوية للبنين"


def m02():
    when = at("2021-01-24 21:42:10")
    text = """السلام عليكم ورحمة الله وبركاته

مرحبا، أنا سهى الخطيب، أم كرم. وصلتنا رسالة الدعوة من أستاذ كرم بالمدرسة، وكرم متحمّس كتير إنه يشارك، فحبّيت أكتبلكم أنا لأنه ابني قاصر وعمره 16 سنة.

احنا عيلة سورية من حمص، ساكنين بإربد من سنة 2013. كرم %s ب%s، وهو اللي عمل مع رفقاته حملة «لا تترك مدرستك» السنة الماضية، لما كتير من الولاد السوريين تركوا المدرسة وراحوا يشتغلوا بسبب الكورونا. الحمد لله رجّعوا 23 طالب عالمدرسة.

بدّه يشارك بالنقاش المفتوح يوم 23 شباط، ويحكي عن تجربة الطلاب اللاجئين، وعن حاله كمان.

أنا كوليّة أمره موافقة على مشاركته، وبكون قاعدة جنبه وقت الجلسة إذا بتسمحولي. وإذا بدكم ورقة موافقة موقّعة ببعتلكم ياها.

الاسم الكامل: %s
العمر: 16 سنة
الصف: العاشر

شكراً كتير إلكم، والله يعطيكم العافية

سهى الخطيب (أم كرم)
0790000000
""" % (SP02_TITLE, SP02_AFF, SP02_NAME)
    body = alt(text, "000000000000c4a17e05b9a2f318", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-wm1-f52.google.example.com", "192.0.2.52", M02_QID,
           addr("Suha Alkhatib", "suha.alkhatib83@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp(SP02_NAME, SP02_TITLE, SP02_AFF, ["open_discussion"])],
        notes="a Syrian refugee mother in Irbid writes in Levantine Arabic for her son, a minor ('ابني قاصر وعمره 16 "
              "سنة'), giving her consent as guardian: the sender is not the speaker. The full name is on a labelled "
              "line ('الاسم الكامل:'); title and school in prose ('كرم رئيس البرلمان الطلابي بمدرسة اليرموك الثانوية "
              "للبنين'); age, class ('العاشر'), 2013, 23 pupils are noise; 'بالنقاش المفتوح يوم 23 شباط' = "
              "open_discussion. Latin From name (the mother), Gmail base64. Changed by the boy himself in h292-03."))


# ================================================================ 03  AR  speaker  the boy writes himself: roundtable 2 instead (no reply headers)
def m03():
    when = at("2021-01-26 17:12:45")
    subj = "بخصوص طلب مشاركتي (كرم العبدالله)"
    text = """مرحبا

أنا %s، ماما (سهى الخطيب) بعتتلكم إيميل يوم الأحد إني بدي أشارك بالنقاش المفتوح. بس حكيت مع أستاذ التربية الوطنية تبعي وقرأنا رسالة الدعوة مرة تانية، وقال إنه الأحسن إلي أحكي بالمائدة المستديرة التانية.

فإذا ممكن بدي أغيّر الطلب: مداخلة بالمائدة المستديرة التانية بدل النقاش المفتوح. كل شي تاني متل ما هو: أنا %s ب%s بإربد، وعمري 16 سنة.

ماما موافقة وهي قاعدة جنبي هلأ، وهي اللي قالتلي أكتبلكم 😊

شكراً كتير
كرم
""" % (SP02_NAME, SP02_TITLE, SP02_AFF)
    body = alt(text, "000000000000f2b93c05b9d4e61a", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-pj1-f43.google.example.com", "192.0.2.43", "4DPk7Vc1MwZ9",
           "Karam Alabdullah <karam.alabdullah2004@gmail.example.com>", hdr(subj),
           "<CAPr4Tz8Kn2wQ6xL+b1Vm7Hc3sF9dYg2jU5@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, thread_of=H % 2,
        speakers=[sp(SP02_NAME, SP02_TITLE, SP02_AFF, ["roundtable"], 2)],
        notes="the 16-year-old proposed by his mother in h292-02 writes himself from his own Gmail to change the role: "
              "'مداخلة بالمائدة المستديرة التانية بدل النقاش المفتوح' - roundtable 2 replaces open_discussion (not "
              "added to it). A new message with its own subject, no In-Reply-To/References: the thread is known only "
              "by content (his name and his mother's name and 'يوم الأحد'), so thread_of h292-02. Levantine "
              "colloquial with 'التانية' for the ordinal; the mother's consent is restated ('ماما موافقة'). The "
              "teacher's advice is not a second speaker. Gmail for Android, base64, emoji."))


# ================================================================ 04  FR  report  Casablanca association for unaccompanied minors: text + drawings
M04_ID = "<MR2P264MB0871D4A6C3E92F15@MR2P264MB0871.FRAP264.PROD.OUTLOOK.example.com>"
M04_SUBJ = "Rapport volontaire – APMI (Casablanca) – « Dessine ta route »"
M04_FILES = ["Rapport volontaire APMI – Dessine ta route.docx", "Annexe – Dessins des enfants (APMI).pdf"]
M04_PHOTO = "IMG_20201205_153012.jpg"
M04_TEXT = """Madame, Monsieur,

Au nom de l'Association Passerelles pour les Mineurs Isolés (APMI), j'ai le plaisir de vous transmettre notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a une particularité : il a été construit avec les enfants eux-mêmes. Entre octobre et décembre 2020, 27 mineurs non accompagnés de 11 à 17 ans (Guinée, Côte d'Ivoire, Mali, Cameroun, et quatre jeunes Marocains revenus d'Espagne) ont participé aux ateliers « Dessine ta route », animés par nos éducateurs et une art-thérapeute. Chacun a dessiné son parcours, puis l'a raconté ; nous avons transcrit leurs mots sans les corriger.

Vous trouverez ci-joints :
– le texte du rapport (document Word), qui reprend leurs témoignages et nos recommandations ;
– l'annexe réunissant 18 dessins, en PDF, qui fait partie intégrante du rapport : pour nous, les dessins sont le rapport autant que le texte.

J'ajoute une photo d'un atelier, uniquement pour votre information : merci de ne pas la diffuser, certains visages sont reconnaissables.

Les prénoms des enfants ont été modifiés. Nous restons à votre disposition pour toute précision.

Bien cordialement,

Nadia Chraïbi
Coordinatrice du programme « Dessine ta route »
Association Passerelles pour les Mineurs Isolés (APMI)
14, rue des Orangers – Maârif, Casablanca – Maroc
Tél. : +212 5 22 00 00 00
www.apmi.example.ma
"""


def m04():
    when = at("2021-01-28 11:20:05")
    lcid = "image001.png@01D6F56B.83A1C240"
    doc = make_docx(["APMI - Rapport volontaire - Examen regional du PMM",
                     "Dessine ta route : la parole des mineurs non accompagnes de Casablanca",
                     "1. Le programme et les ateliers", "2. Ce que disent les enfants : la route, l'arrivee, la rue",
                     "3. Ecole, sante, papiers", "4. Recommandations des enfants et de l'APMI"])
    annex = make_pdf(["Annexe - Dessins des enfants (APMI)", "18 dessins, ateliers Dessine ta route, oct.-dec. 2020",
                      "Dessin 1 - 'Le bateau de Mamadou' (13 ans)", "Dessin 2 - 'Ma maison a Conakry' (11 ans)",
                      "Dessin 3 - 'La gare de Casa-Voyageurs' (16 ans)", "..."])
    rel = multi("related", [leaf("text/html", outlook_html(M04_TEXT, lang="FR", img_cid=lcid)),
                            logo(lcid, (230, 120, 20))],
                "_004_MR2P264MB0871D4A6C3E92F15_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M04_TEXT), rel], "_000_MR2P264MB0871D4A6C3E92F15_")
    body = multi("mixed", [a, attach(DOCX, doc, M04_FILES[0]),
                           attach("application/pdf", annex, M04_FILES[1]),
                           attach("image/jpeg", make_jpeg(4), M04_PHOTO)], "_005_MR2P264MB0871D4A6C3E92F15_")
    m = mk(when, sent_at(when, 1, 9), "mail-mr2fra01on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DQh2Nt5WcZ8", addr("Nadia Chraïbi", "n.chraibi@apmi.example.ma", enc="Q"),
           hdr(M04_SUBJ, enc="Q"), M04_ID, body,
           extra=outlook(hdr(M04_SUBJ, enc="Q"), "AQHW9WsKx3Lp7Qm2Nz5Tb8Vc1Rd4Yh6Fg==", lang="fr-FR",
                         has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=list(M04_FILES),
        notes="a report made with 27 unaccompanied minors aged 11-17: two files make it up, the Word text and the PDF "
              "annex of drawings ('fait partie intégrante du rapport'), both listed (en dashes and brackets in the "
              "names, RFC 2231 + RFC 2047). The workshop photo (JPEG, 'uniquement pour votre information', not to be "
              "shared) and the Outlook inline logo are not report files. Ages and counts are noise. Outlook, Date "
              "UTC+1. The drawings annex is replaced by an anonymised version in h292-21."))


# ================================================================ 05  EN  both  Saida scouts: film (link) + transcript PDF + 19-year-old rover
M05_ID = "<CAM5tWq8Nx3pR1vZ+c7Kb2Hd9sL4fGy6jT8@mail.gmail.example.com>"
M05_SUBJ = "Voluntary report (video) + speaker proposal - 3rd Saida Group, Shoreline Scouts"
M05_QID = "4DTm6Qa9RkZ1"
M05_FILE = "SSA_Saida3_TellMeWhereYoureFrom_transcript_summary.pdf"


def m05():
    when = at("2021-02-01 16:35:40")
    text = """Dear GCM Regional Review Secretariat,

Greetings from Saida!

I'm the Group Leader of the 3rd Saida Group of the Shoreline Scouts Association (SSA). Last autumn nine of our scouts and rovers, aged 13 to 19, made a short documentary called "Tell Me Where You're From". They interviewed 22 children and teenagers living in Saida - Lebanese, Syrian, Palestinian, Sudanese and Ethiopian-Lebanese - about school, friends, papers, and what "home" means to them. They did everything themselves: the questions, filming on their phones, editing, subtitles.

We would like to submit this film as our group's voluntary GCM review report. It's 14 minutes long and far too big to attach, so here is an unlisted YouTube link (please don't share it publicly, some of the children can be recognised):
https://youtu.be/xK4r9TqW2mZ

Attached is the written part that goes with it: the full transcript in Arabic and English and a one-page summary of what the kids found, with their recommendations. Please treat the film and this PDF together as our report.

We would also like to propose one of the film's makers as a speaker: Jad Hammoud, 19, Rover Scout and co-director of the film, for a floor intervention in Roundtable 3. Jad was born in Saida to a Lebanese father and a Sudanese mother and only got his ID papers at 15, so the topic is very personal for him. He's an adult, so no consent form needed :)

The poster the younger scouts designed for the film is attached too, just because they insisted!

Thank you, and Be Prepared,

Nabil Haidar
Group Leader, 3rd Saida Group
Shoreline Scouts Association (SSA)
+961 3 000 000
Instagram: @ssa_saida3
"""
    pdf = rep_pdf("Tell Me Where You're From - transcript and summary", "3rd Saida Group, Shoreline Scouts Association",
                  ["One-page summary: what the kids found", "Recommendations of the young film-makers",
                   "Transcript (English)", "Transcript (Arabic)"])
    a = alt(text, "000000000000a3e85105ba2c71d4", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE),
                           attach("image/jpeg", make_jpeg(5, 1080, 1350), "poster_TMWYF.jpg")],
                 "000000000000a3e85305ba2c71d6")
    m = mk(when, sent_at(when, 2, 9), "mail-ed1-f47.google.example.com", "192.0.2.47", M05_QID,
           "Nabil Haidar <nabil.haidar.scouts@gmail.example.com>", M05_SUBJ, M05_ID, body)
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Jad Hammoud", "Rover Scout and co-director of the film", "Shoreline Scouts Association (SSA)",
           ["roundtable"], 3)],
        report_attachments=[M05_FILE],
        notes="both, on time (1 February): the report is a film made by scouts aged 13-19, sent as an unlisted YouTube "
              "link, together with the attached transcript-and-summary PDF ('Please treat the film and this PDF "
              "together as our report'): the PDF is listed, the film has no file. The poster JPEG is a decoy. "
              "Speaker in prose with his age ('Jad Hammoud, 19, Rover Scout and co-director of the film'); the "
              "affiliation is the association (the '3rd Saida Group' is its local unit and the sender's). The sender "
              "(Group Leader) is not the speaker. Gmail. Thanked in h292-06."))


# ================================================================ 06  EN  other  thank-you from the scout leader (iPhone)
def m06():
    when = at("2021-02-02 08:15:27")
    ack = ack_mid(M05_QID)
    quoted = ack_text("en", M05_SUBJ, "your voluntary report and speaker proposal")
    text = """Thank you! Great to know it arrived safely. I've told Jad and the kids - they're thrilled.

We'll wait to hear from you about the programme.

Nabil

Sent from my iPhone

> On 1 Feb 2021, at 16:36, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
""" + gt(quoted) + "\n"
    body = alt(text, "Apple-Mail-2B7E1C94-6F0A-4D38-9C51-E8A3F2D6B047", html=apple_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-ed1-f47.google.example.com", "192.0.2.47", "4DVa1Hs4PmZ6",
           "Nabil Haidar <nabil.haidar.scouts@gmail.example.com>", "Re: Acknowledgement of receipt - " + M05_SUBJ,
           "<9C3E7A51-4B2D-4F86-A0E9-71D5C8B2F3A6@gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(6, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 5,
        notes="a thank-you answering our acknowledgement of h292-05 (References name h292-05): it adds nothing new, "
              "so no acknowledgement; 'Jad and the kids' is no new nomination and the quoted acknowledgement repeats "
              "'voluntary report and speaker proposal'. iPhone (Apple Mail over Gmail)."))


# ================================================================ 07  AR  report  Aden centre for unaccompanied children: survey designed by the children
M07_FILES = ["تقرير مركز الأمان الطوعي - أصوات الأطفال 2021.pdf", "ملحق - نتائج استبيان الأطفال.xlsx"]


def m07():
    when = at("2021-02-02 13:05:12")
    subj = "التقرير الطوعي لمركز الأمان لرعاية الأطفال غير المصحوبين - عدن"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية      المحترمون

تحية طيبة وبعد،

يسرّنا في مركز الأمان لرعاية الأطفال غير المصحوبين والمنفصلين عن ذويهم بعدن أن نرسل إليكم تقريرنا الطوعي في إطار الاستعراض الإقليمي.

أعدّ هذا التقرير الأطفالُ أنفسهم بمساعدة فريق المركز: صمّم أربعة عشر طفلاً وطفلة من المقيمين في المركز، تتراوح أعمارهم بين 12 و17 سنة، استبياناً من 20 سؤالاً، وأجروه بين شهري أكتوبر وديسمبر 2020 مع 163 من أقرانهم من الأطفال المهاجرين القادمين من القرن الأفريقي والأطفال اليمنيين النازحين في عدن ولحج، ثم ناقشوا النتائج في ثلاث جلسات وكتبوا التوصيات بلغتهم.

المرفقات:
1- التقرير الطوعي (PDF).
2- ملحق جداول نتائج الاستبيان (Excel)، وهو جزء لا يتجزأ من التقرير.

علماً بأن الصور الواردة في التقرير رسوم رسمها الأطفال وليست صوراً فوتوغرافية، حرصاً على حمايتهم.

وتفضلوا بقبول فائق الاحترام والتقدير،

منى سالم باحميش
مديرة المركز
مركز الأمان لرعاية الأطفال غير المصحوبين والمنفصلين عن ذويهم
عدن - الجمهورية اليمنية
هاتف: 00967 2 000 000
"""
    pdf = rep_pdf("Al-Aman Centre for Unaccompanied and Separated Children - Aden", "Voices of children 2021",
                  ["How the children designed the survey", "Who answered: 163 children", "Findings",
                   "The children's recommendations"])
    xl = make_xlsx([["Question", "Yes", "No", "No answer"], ["Q1 Do you go to school?", "58", "97", "8"],
                    ["Q2 Do you have papers?", "31", "121", "11"], ["Q3 Do you feel safe at night?", "64", "88", "11"]])
    a = alt(text, "_000_AM0P190MB0738E5B2C1A4D963_", html=outlook_html(text, lang="AR-YE", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M07_FILES[0]), attach(XLSX, xl, M07_FILES[1])],
                 "_004_AM0P190MB0738E5B2C1A4D963_")
    m = mk(when, sent_at(when, 3, 10), "mail-am0eur01olkn0816.outbound.protection.outlook.example.com",
           "198.51.100.216", "4DVq5Lm2XtZ3", addr("مركز الأمان - عدن", "alaman.centre.aden@outlook.example.com"),
           hdr(subj), "<AM0P190MB0738E5B2C1A4D963@AM0P190MB0738.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj), "AQHW+UbQk4Tz9Mv1Lp6Xc3Nr8Wd2Ys5He7==", lang="ar-SA", has_attach="yes"))
    add(7, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=list(M07_FILES),
        notes="a report written by the children of an Aden centre for unaccompanied and separated children (a survey "
              "they designed, 12-17 years old): two files make it up, the PDF and the Excel annex ('جزء لا يتجزأ من "
              "التقرير'), both with Arabic names (RFC 2231 + RFC 2047). Formal letter opening ('السادة/ ... "
              "المحترمون'), numbered 'المرفقات:' list; ages, 20 questions, 163 children are noise. Outlook.com, "
              "base64 parts, Date UTC+3."))


# ================================================================ 08  FR  speaker  Sfax association: former unaccompanied minor (19) as rapporteur
M08_ID = "<5b1e9d3a7c2f4e08a6d4@mail.atamna.example.tn>"
M08_SUBJ = "Proposition d'un rapporteur jeune – ATAMNA"
M08_QID = "4DWc8Rb3KqZ7"


def m08():
    when = at("2021-02-03 10:12:30")
    text = """Bonjour,

Je me permets de vous écrire au nom de l'Association Tunisienne d'Accompagnement des Mineurs Non Accompagnés (ATAMNA), basée à Sfax, suite à votre invitation à l'examen régional du Pacte mondial sur les migrations.

Nous souhaitons proposer M. Mamadou Diaby comme rapporteur, pour présenter les messages clés des parties prenantes. Mamadou a 19 ans. Il est arrivé à Sfax à 15 ans, seul, après avoir traversé le Mali et l'Algérie, et a été accueilli dans notre foyer pendant trois ans. Aujourd'hui majeur, il est pair-éducateur bénévole au sein de l'association et suit en parallèle une formation en boulangerie. Il anime chaque semaine un groupe de parole pour les nouveaux arrivants.

Il parle français, bambara et un peu d'arabe tunisien. Nous pensons qu'il serait important que les messages clés soient portés, au moins une fois, par quelqu'un qui a été lui-même un enfant en migration.

Notre directrice, Mme Faten Jaziri, est en copie.

Cordialement,

Hela Ben Romdhane
Éducatrice spécialisée – Responsable du foyer d'accueil
ATAMNA – Association Tunisienne d'Accompagnement des Mineurs Non Accompagnés
Route de Gremda km 3, Sfax – Tunisie
Tél. : +216 74 000 000
"""
    body = alt(text, "_000_5b1e9d3a7c2f4e08a6d4_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 7), "mail.atamna.example.tn", "203.0.113.74", M08_QID,
           addr("Hela Ben Romdhane", "h.benromdhane@atamna.example.tn"), hdr(M08_SUBJ, enc="Q"), M08_ID, body,
           cc=addr("Faten Jaziri", "f.jaziri@atamna.example.tn"),
           extra=outlook(hdr(M08_SUBJ, enc="Q"), "AdcB+f2Rk7Nx4Tp1Lz8Vm5Qc3Wb6Hy9Js==", lang="fr-FR"))
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mamadou Diaby", "pair-éducateur bénévole",
           "Association Tunisienne d'Accompagnement des Mineurs Non Accompagnés (ATAMNA)", ["rapporteur"])],
        notes="a specialised educator proposes a former unaccompanied minor, now 19, as rapporteur ('pour présenter "
              "les messages clés des parties prenantes'); 'M.' dropped; the title is his role in the association "
              "('pair-éducateur bénévole au sein de l'association'), the bakery training and the weekly group are "
              "background; ages 19 and 15 are noise. The sender and the director in Cc ('Mme Faten Jaziri') are not "
              "speakers. Exchange on premises, Outlook headers, Date UTC+1. The director's out-of-office answers our "
              "acknowledgement (h292-09)."))


# ================================================================ 09  FR  auto_reply  the director's Exchange out-of-office on our acknowledgement of 08
def m09():
    when = at("2021-02-03 10:13:18")
    ack = ack_mid(M08_QID)
    text = """Bonjour,

Je suis absente du bureau jusqu'au lundi 15 février inclus, avec un accès limité à ma messagerie.

Pour toute urgence concernant un mineur accueilli au foyer, merci de contacter Mme Hela Ben Romdhane, responsable du foyer, au +216 74 000 000 ou à h.benromdhane@atamna.example.tn.

Cordialement,
Faten Jaziri
Directrice – ATAMNA
"""
    body = alt(text, "_000_7e4c1a9b3d2f4a65b8c0_", html=outlook_html(text, lang="FR"))
    subj = hdr("Réponse automatique : Accusé de réception - " + M08_SUBJ, enc="Q")
    rows = std_rows(when, "mail.atamna.example.tn", "203.0.113.74", "4DWc9Fn6HsZ2",
                    addr("Faten Jaziri", "f.jaziri@atamna.example.tn"), subj, rfcdate(sent_at(when, 1, 3)),
                    "<7e4c1a9b3d2f4a65b8c0@mail.atamna.example.tn>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M08_ID + " " + ack),
             ("Thread-Topic", hdr("Accusé de réception - " + M08_SUBJ, enc="Q")), ("Content-Language", "fr-FR"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "f.jaziri@atamna.example.tn")]
    add(9, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the director in Cc of h292-08, answering our acknowledgement 48 seconds later "
              "(Auto-Submitted, X-Auto-Response-Suppress, null Return-Path; 'Réponse automatique :'): it names a "
              "person with her title ('Mme Hela Ben Romdhane, responsable du foyer') and a date ('jusqu'au lundi 15 "
              "février'), neither a request nor a deadline. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 10  AR  both  Gabès scouts: report on 'الحرقة' + their rover leader
M10_FILE = "تقرير كشافة الواحة - شبابنا والحرقة 2021.pdf"
SP10_NAME = "ملاك الحاج علي"
SP10_TITLE = "قائدة وحدة الجوالة ومنسّقة فريق البحث"
SP10_AFF = "جمعية كشافة الواحة بقابس"


def m10():
    when = at("2021-02-04 12:44:09")
    subj = "تقرير طوعي + ترشيح متحدثة - %s" % SP10_AFF
    text = """عسلامة،

تحية كشفية من قابس 🌴

نحن %s، جمعية شبابية تأسست سنة 2011. في الخريف اللي فات قرّروا شباب وحدة الجوالة متاعنا (بين 17 و24 سنة) يعملوا بحث على موضوع يمسّهم برشا: الحرقة. ولاية قابس خسرت برشا شباب في البحر، ومنهم أصحابنا.

صمّم الجوالة استبياناً ووزّعوه على 312 شاباً وشابة بين 14 و24 سنة في قابس ومدنين، وأجروا 15 مقابلة مع عائلات مفقودين ومع شباب رجعوا من إيطاليا. النتائج والتوصيات في التقرير المرفق، وهو تقريرنا الطوعي للاستعراض الإقليمي.

كما نرشّح القائدة %s، 22 سنة، %s، لتقديم مداخلة في المائدة المستديرة الأولى يومي 24 و25 فيفري. ملاك طالبة ماجستير في علم الاجتماع بجامعة قابس، وهي اللي نسّقت الخدمة الميدانية الكل.

يعطيكم الصحة، وإن شاء الله نتلاقاو في المؤتمر (ولو عن بعد 😅)

أنيس بن صالح
الكاتب العام
%s
فيسبوك: كشافة الواحة قابس
""" % (SP10_AFF, SP10_NAME, SP10_TITLE, SP10_AFF)
    pdf = rep_pdf("Oasis Scouts of Gabes - Our youth and 'harga' (irregular migration)", "Gabes, Tunisia, 2021",
                  ["How the rovers built the survey", "312 young people aged 14-24", "15 interviews with families",
                   "Recommendations of the rovers"])
    a = alt(text, "0000000000004d2b8f05ba7e13c9", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE)], "0000000000004d2b9105ba7e13cb")
    m = mk(when, sent_at(when, 1, 8), "mail-wr1-f65.google.example.com", "192.0.2.65", "4DXd4Tw9NbZ0",
           addr("Anis Ben Salah", "kachafa.wa7a.gabes@gmail.example.com"), hdr(subj),
           "<CAE9mRt3Vx6nK2pW+d4Lq8Zb1sH7cFy0gN5@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp(SP10_NAME, SP10_TITLE, SP10_AFF, ["roundtable"], 1)],
        report_attachments=[M10_FILE],
        notes="both, on time (4 February): a survey report written by rovers aged 17-24 about irregular migration "
              "('الحرقة'), PDF with an Arabic name (RFC 2231 + RFC 2047); the speaker is introduced with the scout "
              "form of address 'القائدة' (dropped) and her title starts with the same word ('قائدة وحدة الجوالة "
              "ومنسّقة فريق البحث'); 'طالبة ماجستير ... بجامعة قابس' is background, not her affiliation; 22 سنة, "
              "312, 15 are noise; 'المائدة المستديرة الأولى' = 1. Tunisian colloquial ('عسلامة', 'برشا', 'متاعنا', "
              "'فيفري', 'يعطيكم الصحة'), emojis; the sender (secretary general) is not the speaker. Gmail base64, "
              "Date UTC+1."))


# ================================================================ 11  EN  speaker  the Muscat school proposes two pupils (reply to our answer to 01)
def m11():
    when = at("2021-02-04 16:05:27")
    ans = ack_mid(M01_QID)
    answer = """Dear Ms Whitcombe,

Thank you for your message. Young people, including secondary school students under 18, may be proposed as speakers. For minors we ask that the proposal be made by the school or organisation, with the written consent of a parent or guardian, and an accompanying adult may of course be present during the session. Schools are welcome among the stakeholders. Please send the name, title and organisational affiliation of each proposed speaker, with the role requested, by Friday 5 February 2021.

Best regards,
GCM Regional Review - Arab States"""
    text = """Dear colleagues,

Thank you for your very helpful reply of 26 January, and apologies for taking so long to come back to you - we had to wait for the consent forms to come back from both families.

I am pleased to propose two students of Al Bustan International School:

Student 1
Name: Zainab Al-Lawati
Age: 17 (Year 13)
Position: Secretary-General, Model United Nations Society
Organisation: Al Bustan International School, Muscat
Session requested: floor intervention in a plenary session

Student 2
Name: Arjun Nair
Age: 16 (Year 12)
Position: Head Delegate, Model United Nations Society
Organisation: Al Bustan International School, Muscat
Session requested: floor intervention in Roundtable 1 (Roundtable 4 would be our second choice)

Zainab would like to speak about what it means to grow up in the Gulf on a dependant's visa; Arjun about access to school for the children of lower-paid migrant workers, which was the subject of his research this term.

The signed parental consent forms for both students are attached. I will be in the room with them for both sessions as their accompanying teacher, but I do not wish to speak myself.

Kind regards,

Claire Whitcombe
Head of Humanities | MUN Society Advisor
Al Bustan International School
PO Box 000, PC 000, Muscat, Sultanate of Oman
T +968 2400 0000

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Al Bustan International School is committed to safeguarding and promoting the welfare of children and young people.

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: 26 January 2021 11:30
To: Claire Whitcombe <c.whitcombe@albustan-school.example.om>
Subject: RE: %s

%s

________________________________
From: Claire Whitcombe <c.whitcombe@albustan-school.example.om>
Sent: 20 January 2021 12:05
To: gcmrrarabstates@iom.int
Subject: %s

%s""" % (M01_SUBJ, answer, M01_SUBJ, M01_TEXT)
    lcid = "image001.png@01D6FAF3.1E9C5B20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=lcid)),
                            logo(lcid, (128, 0, 32))],
                "_004_DB8PR10MB3417F7C21A9E3D04_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB8PR10MB3417F7C21A9E3D04_")
    school = "Al Bustan International School"
    body = multi("mixed", [a, attach("application/pdf", pdf_consent("Zainab Al-Lawati", "Said Al-Lawati", school),
                                     "Consent form - Z Al-Lawati.pdf"),
                           attach("application/pdf", pdf_consent("Arjun Nair", "Lakshmi Nair", school),
                                  "Consent form - A Nair.pdf")], "_005_DB8PR10MB3417F7C21A9E3D04_")
    subj = "RE: " + M01_SUBJ
    m = mk(when, sent_at(when, 4, 9), "mail-db8eur10on0613.outbound.protection.outlook.example.com",
           "198.51.100.13", "4DXk2Pv7McZ4", "Claire Whitcombe <c.whitcombe@albustan-school.example.om>", subj,
           "<DB8PR10MB3417F7C21A9E3D04@DB8PR10MB3417.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(M01_SUBJ, "AQHW7xK3Tq8Lm2Zb5Rc1Nv4Yp9Wd6Hs0EgAA+kQ3mLAAG7Xw", lang="en-GB", has_attach="yes")
           + [("In-Reply-To", ans), ("References", M01_ID + " " + ans)])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of=H % 1,
        speakers=[sp("Zainab Al-Lawati", "Secretary-General, Model United Nations Society", school, ["plenary"]),
                  sp("Arjun Nair", "Head Delegate, Model United Nations Society", school, ["roundtable"], 1)],
        notes="the two pupils announced in h292-01, proposed in an Outlook reply to the secretariat's answer "
              "(References name h292-01): labelled blocks per student with 'Age:' lines (17, 16; Year 13/12) that "
              "are not part of the name or title; 'Position:' is the title; ', Muscat' after the school is the town. "
              "Roundtable 1 first choice, 4 second. The two PDFs are parental consent forms, not reports; the "
              "teacher (sender) will accompany them but 'do[es] not wish to speak'. The quoted answer repeats "
              "'name, title and organisational affiliation' and the deadline; the quoted first mail its questions."))


# ================================================================ 12  AR  speaker  Egyptian community school: teacher proposes two refugee pupils
M12_ID = "<CAB3nXw6Rt9mK4vQ+f2Lp7Zc1sG8dHy5jV0@mail.gmail.example.com>"
M12_SUBJ = "ترشيح تلميذين من مدرسة الأمل المجتمعية للمشاركة في المؤتمر"
M12_QID = "4DYf1Mq8ZwZ6"
SP12_AFF = "مدرسة الأمل المجتمعية لأطفال اللاجئين"
SP12 = [("ريتاج عبد المنعم آدم", "رئيسة فريق الإذاعة المدرسية"), ("يوسف أحمد الحريري", "رئيس اتحاد الطلاب")]


def m12():
    when = at("2021-02-05 11:31:50")
    text = """صباح الخير،

أنا نجلاء فؤاد، مدرّسة لغة عربية ومشرفة النشاط في %s في مدينة 6 أكتوبر. المدرسة بتخدم حوالي 240 طفل وطفلة من السودان وسوريا وإريتريا وجنوب السودان واليمن.

عرفنا بالمؤتمر من جمعية شريكة لينا، والولاد اتحمسوا جداً. وبعد ما اتكلمنا معاهم ومع أهاليهم، عايزين نرشّح اتنين:

١- %s – 14 سنة – %s – للمشاركة في النقاش المفتوح يوم 23 فبراير
٢- %s – 15 سنة – %s بالمدرسة – مداخلة في المائدة المستديرة التانية

ريتاج سودانية وجت مصر وهي عندها 9 سنين، ويوسف سوري من درعا. الاتنين بيتكلموا كويس جداً وعندهم حاجات كتير عايزين يقولوها عن التعليم والإقامة والتنمّر.

موافقات أولياء الأمور مكتوبة وموقّعة وموجودة معايا، ولو محتاجينها أبعتها فوراً. وأنا هكون معاهم طول الوقت.

سؤال صغير: ينفع يتكلموا بالعامية ولا لازم فصحى؟

شكراً جزيلاً، ومستنيين ردكم

نجلاء فؤاد
%s
6 أكتوبر – الجيزة
""" % (SP12_AFF, SP12[0][0], SP12[0][1], SP12[1][0], SP12[1][1], SP12_AFF)
    body = alt(text, "000000000000b8c41705ba8f25e3", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-qt1-f170.google.example.com", "192.0.2.170", M12_QID,
           addr("Naglaa Fouad", "naglaa.fouad.teacher@gmail.example.com"), hdr(M12_SUBJ), M12_ID, body,
           cc=addr("مدرسة الأمل المجتمعية", "info@amal-communityschool.example.org"))
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp(SP12[0][0], SP12[0][1], SP12_AFF, ["open_discussion"]),
        sp(SP12[1][0], SP12[1][1], SP12_AFF, ["roundtable"], 2)],
        notes="a teacher in Egyptian colloquial ('عايزين', 'اتنين', 'ينفع', 'التانية') proposes two refugee pupils "
              "(14 and 15) in a numbered list with dash-separated fields: name - age - title - role; the ages are not "
              "part of the names; 'بالمدرسة' after the second title and the school named in the first paragraph "
              "give the affiliation. Consent forms are only mentioned, not attached; the closing question (dialect "
              "or fusha) does not make it 'other'. On time (5 February, 11:31). The school's general address in Cc "
              "answers our acknowledgement (h292-13). Latin From name, Gmail base64."))


# ================================================================ 13  AR  auto_reply  the school's autoresponder (mid-year break)
def m13():
    when = at("2021-02-05 11:32:36")
    ack = ack_mid(M12_QID)
    text = """شكراً لتواصلكم مع مدرسة الأمل المجتمعية لأطفال اللاجئين.

المدرسة في إجازة نصف العام من 30 يناير حتى 13 فبراير 2021، وسيتم الرد على رسائلكم بعد العودة.

للاستعلام عن التسجيل في العام الدراسي القادم يرجى زيارة صفحتنا على فيسبوك.
لحالات الطوارئ الخاصة بالطلاب: 01000000000

هذه رسالة آلية، يرجى عدم الرد عليها.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = hdr("رد تلقائي: ")
    subj.append("تأكيد استلام - " + M12_SUBJ, "utf-8")
    rows = std_rows(when, "mail.amal-communityschool.example.org", "203.0.113.166", "4DYf2Ct5QxZ9",
                    addr("مدرسة الأمل المجتمعية", "info@amal-communityschool.example.org"), subj,
                    rfcdate(sent_at(when, 2, 2)), "<autoreply.1612517554.27731@amal-communityschool.example.org>",
                    extra=[("X-Autorespond", "yes"), ("Precedence", "auto_reply")],
                    ret="info@amal-communityschool.example.org")
    rows += [("In-Reply-To", ack), ("References", M12_ID + " " + ack)]
    add(13, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="autoresponder of the school address in Cc of h292-12, answering our acknowledgement 46 seconds later: "
              "'X-Autorespond' and 'Precedence: auto_reply' without Auto-Submitted, normal Return-Path; a holiday "
              "date range (30 يناير - 13 فبراير) and an enrolment notice, 'هذه رسالة آلية'. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 14  EN  speaker  a 17-year-old proposes herself from a school account
M14_ID = "<CAGs5Pn8Tw2xR7mV+k3Hb9Lc4sD1fZy6jQ2@mail.gmail.example.com>"
M14_SUBJ = "Speaking role request - Mariam Tahir (Gulf Bridge Academy)"
M14_QID = "4DYm7Ks3VrZ1"
M14_ADDR = "mariam.tahir@students.gulfbridge.example.ae"


def m14():
    when = at("2021-02-05 14:20:03")
    text = """Dear GCM Regional Review team,

My name is Mariam Tahir, I'm 17 and in Year 12 at Gulf Bridge Academy in Sharjah. I'm writing to ask whether I could take part in the Regional Review as a young speaker. I know today is the deadline, so I hope this still counts!

I was born in Sharjah to Sudanese parents and have lived here my whole life, but I'm not a citizen here and I've only visited Sudan twice. Two years ago I started the Third Culture Kids Club at school for students like me, who grew up between countries. This year we interviewed 60 students about residence visas tied to their parents' jobs, what happens at 18 when you can no longer be on your father's visa, and university fees for "international" students who have never lived anywhere else.

I would love to be considered as a rapporteur, to deliver the stakeholders' key messages. If that role is meant for someone more experienced, I would be just as happy to take the floor in the open discussion on 23 February.

Because I'm under 18, my father has signed a consent form, which is attached, and he is copied on this email. My school counsellor, Ms. Reyes, also knows about it.

Thank you so much for considering this.

Best regards,
Mariam Tahir
Founder & President, Third Culture Kids Club
Gulf Bridge Academy, Sharjah, UAE

--
This email was sent from a Gulf Bridge Academy student account. Student accounts are monitored in line with the Academy's Acceptable Use Policy.
"""
    a = alt(text, "000000000000e1f27a05ba91c4d8", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf_consent("Mariam Tahir", "Osman Tahir",
                                                                    "Gulf Bridge Academy"),
                                     "Parental consent form - Mariam Tahir.pdf")], "000000000000e1f27c05ba91c4da")
    m = mk(when, sent_at(when, 4, 11), "mail-pf1-f182.google.example.com", "192.0.2.182", M14_QID,
           "Mariam Tahir <%s>" % M14_ADDR, M14_SUBJ, M14_ID, body,
           cc="Osman Tahir <osman.tahir.shj@gmail.example.com>")
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mariam Tahir", "Founder & President, Third Culture Kids Club", "Gulf Bridge Academy",
           ["rapporteur", "open_discussion"])],
        notes="a 17-year-old proposes herself from a school Google Workspace account on the deadline day (14:20 "
              "Beirut, Date UTC+4): two roles in order of preference ('considered as a rapporteur ... just as happy "
              "to take the floor in the open discussion'); title and school from her signature ('Sharjah, UAE' is "
              "the place). The attached PDF is her father's consent form, not a report; the father in Cc and the "
              "counsellor 'Ms. Reyes' are not speakers; '60 students', 'at 18' are noise. The student account "
              "refuses outside mail and our acknowledgement bounces (h292-15)."))


# ================================================================ 15  EN  bounce  the student account rejects our acknowledgement
def m15():
    when = at("2021-02-05 14:21:10")
    rcpt = M14_ADDR
    text = POSTFIX_NOTICE + """
<%s>: host aspmx.l.google.example.com[192.0.2.27] said:
    550-5.7.1 <%s>: This account is managed by
    gulfbridge.example.ae and can only receive mail from senders inside its
    organisation. 550 5.7.1 Please contact your administrator. (in reply to
    RCPT TO command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DYm8Bw1LpZ5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.7.1\n"
           "Remote-MTA: dns; aspmx.l.google.example.com\n"
           "Diagnostic-Code: smtp; 550-5.7.1 <%s>: This account is managed by\n"
           "    gulfbridge.example.ae and can only receive mail from senders inside its\n"
           "    organisation. 550 5.7.1 Please contact your administrator.\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), rcpt, rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Mariam Tahir <%s>\n"
            "Cc: Osman Tahir <osman.tahir.shj@gmail.example.com>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, M14_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M14_QID),
                                  M14_ID, M14_ID))
    body = dsn_report(text, dsn, hdrs, "4DYm8Hx6TqZ3.1612527670/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DYm8Hx6TqZ3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205122110.4DYm8Hx6TqZ3@mx1.iom.int>")]
    add(15, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.7.1, policy rejection: a managed student account that only accepts mail from inside "
              "its school) for our acknowledgement of h292-14; the returned headers carry h292-14's 'Speaking role "
              "request' subject and the student's and father's names. The copy to the father in Cc was delivered. "
              "Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 16  FR  both  Salé lycée: comic-book report + pupil speaker at 23:41 on 5 February
M16_ID = "<CAKw2Tn7Rz4pM9xB+h6Vc1Lq3sF8dGy5jP7@mail.gmail.example.com>"
M16_SUBJ = "Rapport volontaire (bande dessinée) et proposition d'intervenante – Club Plumes Libres, Lycée Al Wahda"
M16_FILE = "Passagers – BD du club Plumes Libres.pdf"


def m16():
    when = at("2021-02-05 23:41:22")
    text = """Bonsoir,

Je suis professeure de français au lycée qualifiant Al Wahda de Salé et j'anime le club de lecture et d'écriture « Plumes Libres ». Pardon pour l'heure tardive : nous avons terminé la mise en page ce soir même.

Cette année, les élèves du club (15 à 17 ans) ont choisi de travailler sur la migration telle qu'ils la voient autour d'eux : les jeunes Subsahariens qui vendent des mouchoirs au feu rouge, les cousins partis en Espagne, le voisin revenu de Belgique. Ils en ont fait une bande dessinée de 24 pages, « Passagers », scénarisée, dessinée et coloriée par eux-mêmes, avec une page de recommandations à la fin. Nous vous l'envoyons comme rapport volontaire du club pour l'examen régional.

Nous souhaiterions aussi proposer l'une des élèves pour une intervention à la table ronde n° 4 : Salma Benkirane, 16 ans, élève de 1re année du baccalauréat et scénariste de la BD. Son père nous a donné son accord écrit ; je l'accompagnerai pendant la séance.

En vous remerciant pour cette belle occasion donnée aux jeunes,

Ghizlane Tazi
Professeure de français – Animatrice du club « Plumes Libres »
Lycée qualifiant Al Wahda – Salé
"""
    pdf = rep_pdf("Passagers - bande dessinee du club Plumes Libres", "Lycee qualifiant Al Wahda, Sale",
                  ["Planches 1-8 : Le feu rouge", "Planches 9-16 : Le cousin d'Almeria", "Planches 17-23 : Le retour",
                   "Page 24 : Nos recommandations"])
    a = alt(text, "000000000000c7e3a905ba97f1b2", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)], "000000000000c7e3ab05ba97f1b4")
    m = mk(when, sent_at(when, 1, 12), "mail-wm1-f41.google.example.com", "192.0.2.41", "4DZ0c6Rh2KwZ8",
           "Ghizlane Tazi <ghizlane.tazi.prof@gmail.example.com>", hdr(M16_SUBJ, enc="Q"), M16_ID, body)
    add(16, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Benkirane", "élève de 1re année du baccalauréat et scénariste de la BD", "Lycée qualifiant Al Wahda",
           ["roundtable"], 4)],
        report_attachments=[M16_FILE],
        notes="deadline edge: received 23:41 Beirut on Friday 5 February (Date 22:41 +0100, Salé), so both parts are "
              "on time although the teacher apologises for 'l'heure tardive'. The report is a comic book drawn by "
              "pupils aged 15-17 (PDF, en dash in the name, RFC 2231 + RFC 2047); speaker in prose with her age (16 "
              "ans, not part of the name), title as written, 'de Salé' / '– Salé' is the town; 'table ronde n° 4'. "
              "The teacher (sender) will accompany her, the father's consent is mentioned: neither is a speaker. "
              "Gmail. The pupil's mother withdraws her in h292-19."))


# ================================================================ 17  FR  speaker  Comorian students in Tunis, late (8 February)
def m17():
    when = at("2021-02-08 09:55:40")
    subj = "Demande d'intervention – Association des Étudiants Comoriens de Tunis (AECT)"
    text = """Madame, Monsieur,

L'Association des Étudiants Comoriens de Tunis (AECT) n'a eu connaissance de votre invitation que samedi dernier, par un message relayé dans un groupe WhatsApp d'étudiants africains. Nous savons que la date limite du 5 février est passée, mais nous nous permettons tout de même de vous écrire, au cas où une place serait encore disponible.

Les Comores sont membres de la Ligue des États arabes, et nos étudiants, près de 400 en Tunisie, vivent pourtant les mêmes difficultés que les autres étudiants subsahariens : cartes de séjour délivrées avec des mois de retard, pénalités de dépassement de séjour qui s'accumulent, contrôles au faciès.

Nous proposons notre secrétaire chargée des affaires sociales, Mlle Anissa Saïd Mohamed, 21 ans, étudiante en troisième année de médecine à la Faculté de médecine de Tunis, pour une intervention lors d'une séance plénière.

Avec nos remerciements anticipés,

Pour le bureau de l'AECT,
Ibrahim Ali Soilihi
Président
Association des Étudiants Comoriens de Tunis (AECT)
"""
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "smtp.topnet.example.tn", "203.0.113.95", "4F0Ab3Wk9TzZ",
           "Ibrahim Ali Soilihi <aect.tunis@topnet.example.tn>", hdr(subj, enc="Q"),
           "<e4a1c7f2-3b9d-4e58-a6c0-2d8f5b1e9a73@topnet.example.tn>", tp,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(17, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Anissa Saïd Mohamed", "secrétaire chargée des affaires sociales",
           "Association des Étudiants Comoriens de Tunis (AECT)", ["plenary"])],
        notes="late speaker request (Monday 8 February) that says so ('la date limite du 5 février est passée'). "
              "Speaker in prose after her title ('notre secrétaire chargée des affaires sociales, Mlle ...': 'Mlle' "
              "dropped, three-part name kept whole); age 21 and her medical studies at the Faculté de médecine de "
              "Tunis are background, the association is the affiliation; 'une séance plénière' = plenary. The "
              "president (sender) is not the speaker. Thunderbird, 8bit format=flowed, Date UTC+1."))


# ================================================================ 18  AR  other  Kuwait girls' school: pupils only want to watch
def m18():
    when = at("2021-02-09 13:15:09")
    subj = "طلب متابعة جلسات المؤتمر الإقليمي مع طالبات الصف العاشر"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

السلام عليكم ورحمة الله وبركاته، وبعد،

نحن في مدرسة الريادة ثنائية اللغة للبنات بدولة الكويت ندرّس ضمن مادة المواطنة العالمية وحدة عن الهجرة وحقوق الإنسان، وقد اطّلعت معلمة المادة على الدعوة إلى المؤتمر الإقليمي المنعقد يومي 24 و25 فبراير.

نرغب في أن تتابع طالبات الصف العاشر (28 طالبة تتراوح أعمارهن بين 15 و16 سنة) جانباً من جلسات المؤتمر عن بُعد، بصفة مستمعات فقط، داخل الفصل وبإشراف المعلمة. ولا نرغب في تقديم أي مداخلة، ولن نرسل تقريراً.

ونودّ الاستفسار عمّا يلي:
1- هل الجلسات مفتوحة للمتابعة العامة أو تُبثّ مباشرة؟
2- هل يلزم تسجيل مسبق، وهل يكفي تسجيل المعلمة باسم المدرسة؟
3- هل يتوفر جدول زمني للجلسات بتوقيت الكويت؟

وللعلم، كتبت إحدى طالباتنا، شهد (15 سنة)، كلمة مؤثرة عن زميلاتها من بنات المقيمين ستقرؤها في الإذاعة الصباحية للمدرسة، ويسعدنا أن نرسل إليكم نصّها إن رغبتم.

وتفضلوا بقبول فائق الاحترام والتقدير،

أ. هيفاء عبدالله المطيري
مديرة المدرسة
مدرسة الريادة ثنائية اللغة للبنات - الكويت
"""
    lcid = "image001.png@01D6FEC2.5A3D1F70"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-KW", img_cid=lcid, rtl=True), cte="base64"),
                            logo(lcid, (0, 102, 153))],
                "_004_AS8PR09MB5923C1E7A4F2B860_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_AS8PR09MB5923C1E7A4F2B860_")
    m = mk(when, sent_at(when, 3, 9), "mail-as8eur09on0704.outbound.protection.outlook.example.com",
           "198.51.100.204", "4F1Bd6Xn2RzZ", addr("هيفاء المطيري", "principal@alriyada-girls.example.edu.kw"),
           hdr(subj), "<AS8PR09MB5923C1E7A4F2B860@AS8PR09MB5923.EURPRD09.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj), "AdcA/0v8Lq3Tx6Nm1Pz4Rk7Wb2Yc5Hd9Gs==", lang="ar-KW", has_attach="no"))
    add(18, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a girls' school principal asks whether 28 pupils aged 15-16 may follow the sessions online as "
              "listeners only ('بصفة مستمعات فقط'), with three numbered questions (livestream, registration, "
              "Kuwait-time schedule): 'ولا نرغب في تقديم أي مداخلة، ولن نرسل تقريراً'. A pupil is named with her age "
              "('شهد (15 سنة)') and a speech she will read - at the school's morning assembly, not at the conference; "
              "the offer to send its text is not a report. 'أ.' on the principal's name. Outlook, base64, Date UTC+3."))


# ================================================================ 19  FR  other  the pupil's mother withdraws her (no reply headers, teacher in Cc)
def m19():
    when = at("2021-02-09 20:30:44")
    subj = "Salma Benkirane – retrait de sa participation"
    text = """Bonsoir,

Je suis Houda Lahlou, la mère de Salma Benkirane, élève au lycée Al Wahda de Salé, que sa professeure Mme Tazi vous a proposée vendredi dernier pour intervenir à la table ronde n° 4.

Après en avoir discuté en famille ce week-end, nous avons décidé que Salma ne prendra pas la parole : les 24 et 25 février tombent en pleine semaine d'examens blancs au lycée, et elle préfère s'y consacrer. Elle est un peu déçue, mais c'est sa décision autant que la nôtre.

Je vous demande donc de bien vouloir retirer sa candidature. Mme Tazi, qui est en copie, m'a confirmé que le club ne proposera personne d'autre à sa place. La bande dessinée du club reste bien sûr envoyée comme prévu.

Merci de votre compréhension, et bravo pour cette initiative,

Houda Lahlou
"""
    a = alt(text, "----=_Part_1438829_902716543.1612895440117", html=yahoo_html(text))
    m = mk(when, sent_at(when, 1, 5), "sonic311-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.224",
           "4F1Mn8Qs5VzZ", "Houda Lahlou <houda.lahlou@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1093627415.1438830.1612895440119@mail.yahoo.example.com>", a,
           cc="Ghizlane Tazi <ghizlane.tazi.prof@gmail.example.com>", extra=[("X-Mailer", YAHOO)])
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 16,
        notes="the mother of the pupil proposed in h292-16 withdraws her ('Je vous demande donc de bien vouloir "
              "retirer sa candidature'), and nobody replaces her: no speaker, nothing submitted, so 'other', "
              "acknowledged because it changes the submission. A new message from someone outside the first "
              "exchange (Yahoo, no In-Reply-To/References; the teacher in Cc): the thread is known by the pupil's "
              "name, 'Mme Tazi' and 'vendredi dernier', so thread_of h292-16. The comic-book report 'reste bien sûr "
              "envoyée' (not sent again). 'table ronde n° 4' and the dates are decoys."))


# ================================================================ 20  EN  report  Beirut students' union: PDF + infographic that is part of the report
M20_FILES = ["MLUSU_Voluntary_Report_GCM_2021.pdf", "MLUSU_Report_Infographic.png"]


def m20():
    when = at("2021-02-10 15:02:18")
    subj = "MLUSU voluntary GCM review report - students of migrant and refugee backgrounds"
    text = """Dear Regional Review Secretariat,

On behalf of the Mount Lebanon University Students' Union (MLUSU), please find attached our voluntary GCM review report, "Studying Through the Crisis".

The report is entirely student-led. Between November 2020 and January 2021 our Welfare Committee surveyed 418 students of migrant and refugee backgrounds - Syrian, Palestinian, Iraqi and Sudanese students, and students whose mothers are Lebanese but who cannot inherit her nationality - about tuition fees charged in "fresh dollars", residency renewal, access to scholarships, and online classes during lockdown. 61% of the respondents were 18 to 21 years old.

Two files make up our submission:
1. MLUSU_Voluntary_Report_GCM_2021.pdf - the full report (28 pages);
2. MLUSU_Report_Infographic.png - a one-page infographic of the findings, designed by our students for social media. It is part of the report, not a separate document.

We are not requesting a speaking slot this time; our members will follow the sessions online.

With best regards,

Yara Chidiac
External Affairs Officer
Mount Lebanon University Students' Union (MLUSU)
Students' Activities Building, 2nd floor
"""
    lcid = "image001.png@01D6FFA4.9C2E8B10"
    pdf = rep_pdf("Studying Through the Crisis - MLUSU voluntary GCM review report", "Mount Lebanon University "
                  "Students' Union, February 2021", ["Who we surveyed: 418 students", "Fees in 'fresh dollars'",
                                                      "Residency and scholarships", "Online classes in lockdown",
                                                      "Recommendations"])
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=lcid)),
                            logo(lcid, (0, 120, 60))],
                "_004_PR3P191MB1105B8D3E1C6A572_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR3P191MB1105B8D3E1C6A572_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILES[0]),
                           attach("image/png", make_png(120, 170, (245, 200, 40)), M20_FILES[1])],
                 "_005_PR3P191MB1105B8D3E1C6A572_")
    m = mk(when, sent_at(when, 2, 7), "mail-pr3eur01on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4F1Tz3Hc7NwZ", "Yara Chidiac <external.affairs@mlusu.example.org>", subj,
           "<PR3P191MB1105B8D3E1C6A572@PR3P191MB1105.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW/6Rm2Kx9Tq4Vb1Nz7Lc3Pd8Ws5Yh0Jf==", lang="en-US", has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=list(M20_FILES),
        notes="a students' union report made of two files, and the email says so: the PDF and a PNG infographic ('It "
              "is part of the report, not a separate document'), both listed, while the inline Outlook logo "
              "(image001.png) is not. 'We are not requesting a speaking slot' rules out 'both'. 418, 61%, 18 to 21 "
              "are noise. Outlook, Date UTC+2."))


# ================================================================ 21  FR  report  APMI replaces the drawings annex with an anonymised version
M21_FILE = "Annexe – Dessins des enfants (APMI) – version anonymisée.pdf"


def m21():
    when = at("2021-02-12 09:47:33")
    text = """Madame, Monsieur,

Suite à notre envoi du 28 janvier, une de nos éducatrices s'est rendu compte que deux dessins de l'annexe comportaient encore le vrai prénom de l'enfant et, pour l'un d'eux, le nom de son quartier.

Vous trouverez ci-joint une version anonymisée de l'annexe des dessins. Merci de bien vouloir remplacer l'annexe envoyée le 28 janvier par celle-ci et de supprimer l'ancienne. Le texte du rapport (document Word) reste inchangé ; nous ne le renvoyons pas.

Avec toutes nos excuses,

Nadia Chraïbi
Coordinatrice du programme « Dessine ta route »
Association Passerelles pour les Mineurs Isolés (APMI)
Tél. : +212 5 22 00 00 00

De : Nadia Chraïbi <n.chraibi@apmi.example.ma>
Envoyé : jeudi 28 janvier 2021 10:20
À : gcmrrarabstates@iom.int
Objet : %s

%s""" % (M04_SUBJ, M04_TEXT)
    annex = make_pdf(["Annexe - Dessins des enfants (APMI) - version anonymisee",
                      "18 dessins, ateliers Dessine ta route, oct.-dec. 2020 (prenoms et lieux masques)",
                      "Dessin 1 - 'Le bateau' (13 ans)", "Dessin 2 - 'Ma maison' (11 ans)", "..."])
    lcid = "image001.png@01D70116.2F4B9A80"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=lcid)),
                            logo(lcid, (230, 120, 20))],
                "_004_MR2P264MB0871E9B05F2A7C38_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_MR2P264MB0871E9B05F2A7C38_")
    body = multi("mixed", [a, attach("application/pdf", annex, M21_FILE)], "_005_MR2P264MB0871E9B05F2A7C38_")
    subj = hdr("RE: " + M04_SUBJ, enc="Q")
    m = mk(when, sent_at(when, 1, 8), "mail-mr2fra01on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4F2Cq1Lw6PxZ", addr("Nadia Chraïbi", "n.chraibi@apmi.example.ma", enc="Q"), subj,
           "<MR2P264MB0871E9B05F2A7C38@MR2P264MB0871.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(M04_SUBJ, enc="Q"), "AQHW9WsKx3Lp7Qm2Nz5Tb8Vc1Rd4Yh6FgAFbT2kx", lang="fr-FR",
                         has_attach="yes") + [("In-Reply-To", M04_ID), ("References", M04_ID)])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 4, report_attachments=[M21_FILE],
        notes="revision of h292-04 (Outlook 'RE:' to the sender's own message, In-Reply-To h292-04): an anonymised "
              "drawings annex replaces the first one ('remplacer l'annexe envoyée le 28 janvier'); only the new PDF "
              "is attached and listed, the Word text 'reste inchangé' and is not sent again. The quoted original "
              "(French Outlook header block, not '>'-prefixed) still names both first files and the photo. On time "
              "(12 February)."))


# ================================================================ 22  AR  report  Sabha children's writing booklet at 23:20 on 16 February
M22_FILE = "حكايات من الجنوب - التقرير الطوعي لمبادرة قلم صغير.pdf"


def m22():
    when = at("2021-02-16 23:20:11")
    subj = "التقرير الطوعي - مبادرة قلم صغير (سبها)"
    text = """السلام عليكم ورحمة الله

نعتذروا على التأخير لآخر ليلة، الكهرباء مقطوعة عندنا من العصر وتوّا بس رجعت.

نبعتولكم التقرير الطوعي لمبادرة «قلم صغير» للكتابة الإبداعية في سبها. المبادرة تخدم من 2019 مع تلاميذ المدارس الإعدادية والثانوية (من 12 لين 17 سنة)، ليبيين وأولاد عمال مهاجرين من النيجر وتشاد والسودان في نفس الفصول.

التقرير هو كتيّب اسمه «حكايات من الجنوب»: 31 نص قصير وقصيدة كتبوهم التلاميذ على الطريق والصحراء والأصحاب اللي مشوا، ومع كل نص تعليق قصير من فريق المبادرة، وفي الآخر توصيات صاغوها التلاميذ بروحهم. بدّلنا أسماء الصغار كلها.

الملف مرفق PDF.

بارك الله فيكم
عائشة محمد الزوي
منسقة مبادرة قلم صغير - سبها
"""
    pdf = rep_pdf("Stories from the South - Little Pen initiative, Sabha", "Voluntary report, February 2021",
                  ["31 texts and poems by pupils aged 12-17", "Comments of the initiative team",
                   "Recommendations written by the pupils"])
    a = alt(text, "000000000000f5a29c05bb6d14e7", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "000000000000f5a29e05bb6d14e9")
    m = mk(when, sent_at(when, 2, 14), "mail-lf1-f44.google.example.com", "192.0.2.144", "4F4Vr7Kp2MxZ",
           addr("عائشة الزوي", "aisha.alzawi.sabha@gmail.example.com"), hdr(subj),
           "<CAL1qWz5Nt8vR3xK+m6Hc2Bp9sJ4dFy7gT1@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="deadline edge: received 23:20 Beirut on Tuesday 16 February (Libya is also UTC+2), on time although "
              "the sender apologises for the last night ('نعتذروا على التأخير لآخر ليلة', power cut). A booklet of "
              "texts and poems by pupils aged 12-17 is the report (PDF, long Arabic name with a dash, RFC 2231 + RFC "
              "2047). Libyan colloquial ('نعتذروا', 'توّا', 'نبعتولكم', 'لين', 'بروحهم'); 31, 2019 are noise. Gmail "
              "base64, Arabic From name."))


# ================================================================ 23  EN  report  youth advisory board's report a day late (iPhone)
def m23():
    when = at("2021-02-17 09:48:26")
    subj = "Late submission - Youth Advisory Board report (Safe Harbour Children's Trust)"
    file_ = "YAB report - GCM regional review 2021.pdf"
    text = """Dear colleagues,

I'm sorry this is coming a day after the deadline. Our Youth Advisory Board finished the final edits on Sunday, but the board members are all at school or in vocational training during the week and we could only do the last read-through together last night.

Attached is the voluntary GCM review report written by the Youth Advisory Board of Safe Harbour Children's Trust. The six board members are 15 to 18 years old; all of them arrived in Jordan as unaccompanied or separated children, from Syria, Iraq, Yemen and Sudan. They chose the topics, ran focus groups with 40 other young people in our programmes and wrote the text. Staff only helped with layout and translation.

We very much hope it can still be considered.

Warm regards,
Dalia Nassar
Youth Participation Coordinator
Safe Harbour Children's Trust, Amman

Sent from my iPhone
"""
    pdf = rep_pdf("Youth Advisory Board report - Safe Harbour Children's Trust", "Amman, February 2021",
                  ["Who we are", "Arriving alone", "School, work and papers at 18", "What we ask for"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, file_)], "Apple-Mail-5D8A3F12-B7C4-4E91-A2D6-0F3B9C1E7A54")
    m = mk(when, sent_at(when, 2, 6), "st43p00im-zteg10072101.me.example.com", "192.0.2.101", "4F5Gq2Tb8LvZ",
           "Dalia Nassar <dalia.nassar@icloud.example.com>", subj,
           "<3F7B2C9D-1A54-4E08-B6D3-9E2A5C7F1B80@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[file_],
        notes="late report (Wednesday 17 February, 09:48) that says so ('a day after the deadline'); written by a "
              "youth advisory board of former unaccompanied children aged 15-18. iPhone layout (text/plain then "
              "the PDF), 'Sent from my iPhone'; no speaker."))


# ================================================================ 24  FR  other  Nador scouts: no report, no speaker, want to follow online
def m24():
    when = at("2021-02-18 11:05:52")
    subj = "Éclaireurs de l'Oriental (Nador) – suivre la conférence en ligne ?"
    text = """Bonjour,

Je suis chef du groupe de Nador des Éclaireurs de l'Oriental. Nous avons bien reçu votre invitation par notre fédération, merci.

Pour être honnête, nous n'avons pas eu le temps cette année de préparer un rapport, et nous ne proposerons pas d'intervenant. Mais nos louveteaux et éclaireurs (de 11 à 17 ans) ont beaucoup parlé de migration pendant nos réunions - à Nador, c'est le quotidien - et une dizaine d'entre eux aimeraient suivre la conférence du 24 février en ligne, depuis notre local, avec deux chefs.

Est-ce possible ? Faut-il s'inscrire, et y aura-t-il une interprétation en français ou en arabe ?

Merci d'avance et bonne continuation,

Karim Boudouh
Chef de groupe – Éclaireurs de l'Oriental, groupe de Nador
« Toujours prêts »
"""
    a = alt(text, "0000000000002e8d4f05bba3c7f1", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 7), "mail-ej1-f50.google.example.com", "192.0.2.50", "4F6Jw5Rn3DqZ",
           "Karim Boudouh <karim.boudouh.scout@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAH8vNq3Xt6mW1pR+e9Kz4Lb7sC2dGy5hF0@mail.gmail.example.com>", a)
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="scouts decline both things in one sentence ('nous n'avons pas eu le temps ... de préparer un rapport, "
              "et nous ne proposerons pas d'intervenant') and ask whether ten children aged 11-17 and two leaders "
              "may follow the conference online, with questions about registration and interpretation: 'other', "
              "acknowledged. Written after both deadlines, but 'other' has none. Gmail."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
