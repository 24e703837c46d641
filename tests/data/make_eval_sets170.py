#!/usr/bin/env python3
"""Write the blind evaluation set holdout170 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets170.py
Theme: countries of origin and their people in the Gulf and the Levant: embassies' labour and social
attachés, welfare societies and community associations of Ethiopian, Kenyan, Filipino, Nepali, Sri Lankan,
Bangladeshi, Sudanese, Yemeni, Somali, Malagasy, Senegalese, Comorian... workers, many writing in a second
language.  Helpers imported from mailgen.py.
"""
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, rfcdate, sp, std_rows, text2html, top, tz, html_only, sent_at)

SET = EvalSet(170)
add = SET.add

INVITATION = "<INV-2021-01-26-EN.0003@gcmrrarabstates.iom.int>"


# ---------------------------------------------------------------- small local builders
def plain_and_html(text, bnd, rtl=False, cte="quoted-printable", font="Calibri"):
    """multipart/alternative whose HTML part is derived from the plain text."""
    style = 'style="font-family:%s,sans-serif"' % font
    direction = ' dir="rtl"' if rtl else ""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div%s %s>%s</div></body></html>\n' % (direction, style, text2html(text)))
    return multi("alternative", [leaf("text/plain", text, "utf-8", cte), leaf("text/html", page, "utf-8", cte)],
                 bnd)


def gmail_quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))


def dsn_part(fields):
    """message/delivery-status from blank-line separated field groups."""
    p = Message(policy=POL)
    p["Content-Type"] = "message/delivery-status"
    for group in fields.strip("\n").split("\n\n"):
        p.attach(Parser(policy=POL).parsestr(group + "\n", headersonly=True))
    return p


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 09:41:17")
    sent = sent_at(when, 3, 2)
    text = """Good day!

Thank you for your email. I am on official leave until 4 February 2021 with no access to my mailbox.

For assistance to distressed OFWs, please call the POLO hotline or email polo.welfare@dole-polo.example.ph. For verification of employment contracts, please contact the Verification Section.

Mabuhay!

Leo R. Santos
Labor Attaché
Philippine Overseas Labor Office (POLO)
"""
    body = plain_and_html(text, "_000_SG2PR04MB3115AB12CD34EF56SG2PR04MB3115apcp_")
    rows = std_rows(when, "mail-sg2apc01.outbound.protection.example.com", "40.107.131.52", "4DQn0H2fKpz1",
                    '"Santos, Leo R." <leo.santos@dole-polo.example.ph>',
                    "Automatic reply: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(sent), "<SG2PR04MB3115.autoreply.0127@dole-polo.example.ph>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "leo.santos@dole-polo.example.ph")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITATION), ("References", INVITATION), ("Content-Language", "en-US")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a labour attaché to the invitation; signature with a title and an "
              "organisation acronym, a hotline address; Auto-Submitted: auto-replied, null Return-Path. Never "
              "acknowledge."))


M02_ID = "<CAFk3pV8aQ1nZr7Tb2mW6yH0eJ4uL9sD5cX8gN3o@mail.gmail.example.com>"
M02_TEXT = """مرحبا،

انا اسمي بانشي ديميسي (Banchi Demissie)، من اثيوبيا وعايشة بلبنان من 14 سنة. نحنا مجموعة ستات اثيوبيات منساعد العاملات بالمنازل يلي عندهن مشاكل مع الكفيل او يلي بدهن يرجعو عالبلد.

شفنا الدعوة عالفيسبوك من جمعية صديقة. بدي اطلب احكي بالطاولة المستديرة التانية بالمؤتمر، لان بدنا صوت العاملات نفسهن يكون موجود مش بس الجمعيات الكبيرة.

عربيتي مش كتير منيحة بالكتابة، سامحوني عالغلطات.

شكرا كتير
بانشي ديميسي
منسقة - مجموعة ماسيرات للعاملات الاثيوبيات
بيروت، لبنان
"""


def m02():
    when = at("2021-01-28 13:15:52")
    sent = sent_at(when, 2, 6)
    body = plain_and_html(M02_TEXT, "00000000000093ab7105b9f2c418", rtl=True, cte="base64", font="Arial")
    m = mk(when, sent, "mail-wr1-f53.google.example.com", "209.85.221.53", "4DRb5t1xQmz3",
           "Banchi Demissie <banchi.masirat@gmail.example.com>", hdr("طلب مشاركة بالكلام"), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("بانشي ديميسي", "منسقة", "مجموعة ماسيرات للعاملات الاثيوبيات", ["roundtable"], 2)],
        notes="Ethiopian community leader writing Lebanese colloquial Arabic as a second language (spelling "
              "without hamza, 'التانية' = second roundtable); the speaker is the sender; name, title and "
              "affiliation from the signature ('منسقة - ...'), the place line 'بيروت، لبنان' is not part of the "
              "affiliation; the Latin form of the name in the body is not recorded. Followed up late by h170-15."))


def m03():
    when = at("2021-01-29 11:02:09")
    sent = sent_at(when, 3, 7)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt;color:#1F3864">
<p>Dear Sir/Madam,</p>
<p>Greetings from the Kenyan Diaspora Welfare Association (KDWA) in the Kingdom of Saudi Arabia.</p>
<p>We acknowledge receipt of your invitation to the Regional Review of the GCM and we are glad to nominate the following two members to take speaking roles:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#D9E2F3"><th>S/No</th><th>Name</th><th>Title</th><th>Organization</th><th>Session</th></tr>
<tr><td>1</td><td>Mr. Peter Kamau Njoroge</td><td>Chairman</td><td>KDWA</td><td>Thematic Roundtable 3</td></tr>
<tr><td>2</td><td>Ms. Grace Wanjiru Mwangi</td><td>Welfare Secretary</td><td>KDWA</td><td>Open discussion (23rd Feb)</td></tr>
</table>
<p>Mr. Njoroge has been assisting stranded Kenyan domestic workers at the deportation centre since 2017 and Ms. Mwangi runs our shelter referrals and the WhatsApp help line.</p>
<p>We are looking forward to your positive response.</p>
<p>Yours faithfully,</p>
<p><b>Daniel Otieno Ouma</b><br>Secretary General<br>Kenyan Diaspora Welfare Association (KDWA)<br>Riyadh, KSA<br>+966 5x xxx xxxx</p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent, "mail-am7eur03.outbound.protection.example.com", "40.107.3.92", "4DS0cW5yTrz7",
           "KDWA Secretary General <secretary@kdwa-ksa.example.org>",
           "Nomination of Speakers - GCM Regional Review (KDWA)",
           "<AM7PR03MB6561B2C3D4E5F6A7@AM7PR03MB6561.eurprd03.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Peter Kamau Njoroge", "Chairman", "Kenyan Diaspora Welfare Association (KDWA)", ["roundtable"], 3),
        sp("Grace Wanjiru Mwangi", "Welfare Secretary", "Kenyan Diaspora Welfare Association (KDWA)",
           ["open_discussion"])],
        notes="HTML-only Outlook message with a table of two speakers; the table gives only the acronym 'KDWA' as "
              "organisation, the fullest form (name + acronym) is in the body and signature; 'Mr.'/'Ms.' dropped; "
              "the signer (Secretary General) is not a speaker; 'Riyadh, KSA' is a place, not affiliation."))


M04_ID = "<002a01d6f87c$3e5b1d20$bb115760$@ctml-liban.example.org>"


def m04():
    when = at("2021-02-01 10:30:44")
    sent = sent_at(when, 2, 5)
    text = """Madame, Monsieur,

Suite à votre lettre d'invitation du 26 janvier, le Collectif des travailleuses malgaches au Liban (CTML) a l'honneur de vous faire parvenir ci-joint son rapport volontaire sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été préparé avec nos membres à Beyrouth, Jounieh et Saïda, à partir de témoignages de travailleuses domestiques. Il est rédigé en français ; une version malgache existe si besoin.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hanta Rasoanirina
Secrétaire générale du CTML
"""
    fname = "Rapport volontaire CTML - PMM 2021.docx"
    doc = make_docx(["Collectif des travailleuses malgaches au Liban (CTML)",
                     "Rapport volontaire - Examen regional du PMM", "Janvier 2021",
                     "1. Contexte  2. Recrutement et documents  3. Retour et reintegration"])
    body = multi("mixed", [plain_and_html(text, "----=_NextPart_001_002B_01D6F88D.01E48D20"),
                           attach(DOCX, doc, fname)], "----=_NextPart_000_002A_01D6F88D.01E48D20")
    m = mk(when, sent, "smtp.terra.example.net.lb", "185.84.234.17", "4DTS2f0kHbz5",
           addr("CTML Secrétariat", "contact@ctml-liban.example.org"),
           hdr("Rapport volontaire du CTML - Examen régional du PMM", enc="Q"), M04_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")])
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="formal administrative French from a Malagasy workers' collective; DOCX report with spaces in the "
              "file name; followed up by h170-17."))


def m05():
    when = at("2021-02-01 16:45:03")
    sent = sent_at(when, 3, 9)
    text = """السلام عليكم ورحمة الله

انا محمد رفيق الاسلام من بنغلاديش، مسؤول في جمعية العمال البنغاليين في الكويت. وصلنا رسالة دعوة المراجعة الاقليمية من صديق.

عندي سؤال: التقرير الطوعي لازم يكون باللغة العربية او الانجليزي؟ اعضاء الجمعية يكتبو بالبنغالي، ممكن نرسل تقرير بالبنغالي مع ملخص انجليزي؟ وكم صفحة التقرير؟

وشكرا جزيلا لكم
محمد رفيق الاسلام
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "sonic309-22.consmr.mail.ne1.yahoo.example.com", "66.163.186.147", "4DTdK81wZsz2",
           "Md Rafiqul Islam <rafiq.bwak@yahoo.example.com>", hdr("سؤال عن التقرير"),
           "<1612190694.2291745.yahoo.example.com@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17576 YMailNodin")])
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Bangladeshi community officer writing simple Arabic as a second language, English display name; "
              "question about the language and length of the voluntary report (Bengali + English summary): "
              "nothing submitted, no speaker; plain text base64."))


M06_ID = "<1612250391.664102.1612250398521@mail.yahoo.example.com>"


def m06():
    when = at("2021-02-02 09:20:05")
    sent = sent_at(when, 4, 7)
    text = """Dear Sir/Madam,

Warm greetings from Muscat!

On behalf of our President I am sending herewith the speaker information as per your invitation letter. Kindly do the needful and confirm.

---------- pasted form ----------
GCM REGIONAL REVIEW 2021 - SPEAKER INFORMATION

Full Name       : Mrs. W. A. Chandrika Perera
Designation     : President
Organization    : Sri Lankan Migrant Workers' Welfare Society (SLMWWS)
Country         : Sultanate of Oman
Speaking role   : Rapporteur - delivering key messages of stakeholders
Contact         : +968 9xxx xxxx
---------------------------------

Thanking you,

Yours sincerely,
K. M. Nimal Jayasuriya
Hony. Secretary
SLMWWS - Oman
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "sonic312-19.consmr.mail.ne1.yahoo.example.com", "66.163.189.80", "4DV1pP6cJwz9",
           "Nimal Jayasuriya <slmwws.oman@yahoo.example.com>", "Speaker information - SLMWWS Oman", M06_ID, body,
           extra=[("X-Mailer", "WebService/1.1.17576 YMailNodin")])
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("W. A. Chandrika Perera", "President", "Sri Lankan Migrant Workers' Welfare Society (SLMWWS)",
           ["rapporteur"])],
        notes="sent by the honorary secretary on behalf of the president; details only in a pasted form with "
              "padded labels ('Designation', 'Country'); 'Mrs.' dropped but the initials 'W. A.' are part of the "
              "Sri Lankan name as written; the country line is not part of the affiliation. The acknowledgement "
              "to this Yahoo address bounces (h170-14)."))


def m07():
    when = at("2021-02-02 15:10:38")
    sent = sent_at(when, 2, 11)
    text = """السادة / أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المنظمة الدولية للهجرة - المكتب الإقليمي

تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة الكريم المؤرخ 26 يناير 2021، أتشرف بإبداء رغبتي في تقديم مداخلة خلال إحدى الجلسات العامة للمؤتمر الإقليمي يومي 24 و25 فبراير 2021، أتناول فيها جهود المكتب في حماية حقوق العمالة المصرية بالمملكة وتسوية النزاعات العمالية وآليات الشكاوى.

وتفضلوا بقبول فائق الاحترام والتقدير،،،

أحمد سمير عبد العال
المستشار العمالي ورئيس المكتب العمالي
سفارة جمهورية مصر العربية
الرياض - المملكة العربية السعودية
"""
    body = plain_and_html(text, "_000_DB7PR02MB4792F0E1D2C3B4A5DB7PR02MB4792eurp_", rtl=True, cte="base64",
                          font="Simplified Arabic")
    m = mk(when, sent, "mail-db7eur02.outbound.protection.example.com", "40.107.2.118", "4DVG7j2mPcz6",
           addr("أحمد سمير عبد العال", "labour.office@egyemb-riyadh.example.eg"),
           hdr("طلب المشاركة بمداخلة - المراجعة الإقليمية للاتفاق العالمي للهجرة"),
           "<DB7PR02MB4792F0E1D2C3B4A5@DB7PR02MB4792.eurprd02.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-EG")])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أحمد سمير عبد العال", "المستشار العمالي ورئيس المكتب العمالي", "سفارة جمهورية مصر العربية",
           ["plenary"])],
        notes="labour attaché of an embassy in very formal Arabic; first-person request, details only in the "
              "signature; title written with its unit ('... ورئيس المكتب العمالي') kept whole as in dev 012; "
              "'الرياض - المملكة العربية السعودية' is a place line, not part of the affiliation; "
              "'إحدى الجلسات العامة' = plenary."))


def m08():
    when = at("2021-02-03 12:05:26")
    sent = sent_at(when, 2, 4)
    inner = """<div style="font-family:'Times New Roman',serif;font-size:12pt">
<p>Madame, Monsieur,</p>
<p>Faisant suite à la lettre d'invitation relative à l'Examen régional du Pacte mondial pour les migrations dans la région arabe, j'ai l'honneur de solliciter l'opportunité de prendre la parole lors de la session plénière de la Conférence (24-25 février 2021).</p>
<p>Mon intervention porterait sur l'assistance consulaire aux ressortissants ivoiriens, en particulier aux travailleuses domestiques, et sur les retours volontaires organisés depuis 2020.</p>
<p>Je reste à votre disposition pour tout complément d'information et vous prie d'agréer, Madame, Monsieur, l'assurance de ma considération distinguée.</p>
<p>&nbsp;</p>
<p style="font-size:10pt"><b>Jean-Baptiste Kouassi N'Guessan</b><br>
Conseiller chargé des Affaires sociales et de la Diaspora<br>
Ambassade de la République de Côte d'Ivoire<br>
Beyrouth – Liban<br>
Tél. : +961 1 xxx xxx</p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent, "mail-vi1eur02.outbound.protection.example.com", "40.107.5.71", "4DVxN32hKqz4",
           "Ambassade de Cote d'Ivoire - Affaires sociales <social@ambaci-liban.example.org>",
           hdr("Demande de prise de parole - Session plénière", enc="Q"),
           "<VI1PR02MB5620C1D2E3F4A5B6@VI1PR02MB5620.eurprd02.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Jean-Baptiste Kouassi N'Guessan", "Conseiller chargé des Affaires sociales et de la Diaspora",
           "Ambassade de la République de Côte d'Ivoire", ["plenary"])],
        notes="HTML-only, embassy social counsellor writing for himself; details only in the signature; "
              "'Beyrouth – Liban' is a place line after the organisation (dropped, as in dev 013/043); the title "
              "with its portfolio kept whole; From display name without accents."))


M09_ID = "<CAKx9wP2rT5nB8vQ1mZ4yE7uJ0hG3sD6fA9cL2k@mail.gmail.example.com>"


def m09():
    when = at("2021-02-03 20:30:12")
    sent = sent_at(when, 3, 8)
    text = """Namaste and greetings from Doha,

Dear respected Secretariat,

With reference to your kind invitation, Nepali Migrant Workers' Solidarity Network (NMWSN) is pleased to submit our voluntary GCM review report, which is attached herewith. The report is prepared with the inputs from our volunteers in Qatar, UAE, Kuwait and Saudi Arabia and also returnee workers in Nepal.

Also we would like to request speaking opportunity in the 4th round table for our Programme Coordinator Ms. Sita Kumari Gurung. She is working with the families of workers who died in the Gulf and with the compensation claims.

Please let us know if anything more is required from our side.

With best regards,
Ram Bahadur Thapa
General Secretary
Nepali Migrant Workers' Solidarity Network (NMWSN)
Kathmandu | Doha
"""
    fname = "NMWSN_GCM_Voluntary_Report_Feb2021.pdf"
    pdf = make_pdf(["Nepali Migrant Workers' Solidarity Network (NMWSN)", "Voluntary GCM Review Report",
                    "February 2021", "Objectives 2, 6, 7, 21"])
    body = multi("mixed", [plain_and_html(text, "0000000000007c2f8e05ba7b3d51", font="Arial"),
                           attach("application/pdf", pdf, fname)], "0000000000007c2f9005ba7b3d53")
    m = mk(when, sent, "mail-oi1-f170.google.example.com", "209.85.167.170", "4DWK0r4bXnz8",
           "NMWSN Nepal <nmwsn.secretariat@gmail.example.com>",
           "Submission of Voluntary Report and Request for Speaking Role - NMWSN", M09_ID, body)
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Sita Kumari Gurung", "Programme Coordinator", "Nepali Migrant Workers' Solidarity Network (NMWSN)",
           ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both (report PDF + one speaker), 3 Feb so both parts on time; '4th round table' = 4; the speaker's "
              "affiliation is implied ('our Programme Coordinator') = the network named in full; 'Ms.' dropped; "
              "signer is not the speaker. A thank-you to the acknowledgement follows (h170-19)."))


def m10():
    when = at("2021-02-04 10:50:33")
    sent = sent_at(when, 3, 6)
    text = """بسم الله الرحمن الرحيم

السادة/ المنظمة الدولية للهجرة - أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة
المحترمين

الموضوع: ترشيح متحدثين

تهديكم الجمعية السودانية لرعاية العاملين في الخليج أطيب تحياتها، وبالإشارة إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية، يسرنا ترشيح كل من:

1/ الأستاذ عثمان الطيب محمد أحمد، رئيس الجمعية، لتقديم مداخلة في الجلسة العامة.
2/ الدكتورة إخلاص عبد الرحيم بابكر، مسؤولة الشؤون الاجتماعية والرعاية بالجمعية، للقيام بدور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة.

ولكم جزيل الشكر والتقدير.

عبد المنعم حسن إدريس
الأمين العام
الجمعية السودانية لرعاية العاملين في الخليج
الدوحة - قطر
"""
    body = plain_and_html(text, "_000_HE1PR07MB3145A9B8C7D6E5F4HE1PR07MB3145eurp_", rtl=True, cte="base64",
                          font="Traditional Arabic")
    m = mk(when, sent, "mail-he1eur04.outbound.protection.example.com", "40.107.7.45", "4DWd3Q8tLvz1",
           addr("الجمعية السودانية لرعاية العاملين", "info@sudanese-welfare-gulf.example.org"),
           hdr("ترشيح متحدثين - الجمعية السودانية لرعاية العاملين في الخليج"),
           "<HE1PR07MB3145A9B8C7D6E5F4@HE1PR07MB3145.eurprd07.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-SA")])
    aff = "الجمعية السودانية لرعاية العاملين في الخليج"
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عثمان الطيب محمد أحمد", "رئيس الجمعية", aff, ["plenary"]),
        sp("إخلاص عبد الرحيم بابكر", "مسؤولة الشؤون الاجتماعية والرعاية", aff, ["rapporteur"])],
        notes="Sudanese formal letter style ('1/', 'السادة/'); two speakers with honorifics 'الأستاذ' and "
              "'الدكتورة' (dropped); affiliation by reference ('رئيس الجمعية', 'بالجمعية') = the association named "
              "in full; 'رئيس الجمعية' kept as written (the title names the unit it heads, cf. dev 012); "
              "signer (secretary-general) is not a speaker; 'الدوحة - قطر' is a place line. The From display "
              "name spans two RFC 2047 encoded-words (policy.default shows a doubled space)."))


def m11():
    when = at("2021-02-04 18:25:49")
    sent = sent_at(when, 2, 12)
    text = """Bonsoir,

Je voudrais prendre part à la discussion ouverte de la consultation multipartite le 23 février. Je peux parler de la situation des femmes africaines sans papiers au Liban depuis la crise et l'explosion du port, beaucoup ne peuvent plus payer le billet retour.

Merci de bien vouloir me confirmer.

Cordialement

--
Christelle MBALLA ATEBA
Présidente
Association Solidarité des Femmes Camerounaises (ASFC)
Beyrouth, Liban
WhatsApp +961 7x xxx xxx
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "sonic305-8.consmr.mail.ir2.yahoo.example.com", "77.238.178.41", "4DWqH63yFtz5",
           "christelle mballa <christelle.mballa@yahoo.example.fr>", "discussion ouverte 23 fevrier",
           "<1612455937.1187306.1612455943210@mail.yahoo.example.fr>", body,
           extra=[("X-Mailer", "WebService/1.1.17576 YMailNorrin Mozilla/5.0 (Linux; Android 10)")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Christelle MBALLA ATEBA", "Présidente", "Association Solidarité des Femmes Camerounaises (ASFC)",
           ["open_discussion"])],
        notes="first-person request, name/title/affiliation only in the signature (surname in capitals, kept as "
              "written); 'Beyrouth, Liban' dropped; lower-case display name and unaccented subject from a phone."))


def m12():
    when = at("2021-02-05 11:40:57")
    sent = sent_at(when, 3, 9)
    text = """Bonjour,

L'Association des Sénégalais du Koweït (ASK) vous transmet en pièce jointe son rapport volontaire dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Nous proposons aussi que Mme Aïssatou Ndiaye, chargée des affaires sociales de l'ASK, intervienne à la table ronde n°2 de la conférence. Elle suit les dossiers de nos compatriotes en situation irrégulière et les rapatriements.

Merci et bonne réception.

Ousmane Sarr
Président ASK
Koweït City
"""
    fname = "Rapport_ASK_Pacte_mondial_migrations_février_2021.pdf"
    pdf = make_pdf(["Association des Senegalais du Koweit (ASK)", "Rapport volontaire - Pacte mondial",
                    "Fevrier 2021"])
    body = multi("mixed", [plain_and_html(text, "000000000000d61a3a05ba9512f7", font="Verdana"),
                           attach("application/pdf", pdf, fname)], "000000000000d61a3c05ba9512f9")
    m = mk(when, sent, "mail-lj1-f193.google.example.com", "209.85.208.193", "4DX9vB0sRgz3",
           addr("Ousmane Sarr", "ask.koweit@gmail.example.com"),
           hdr("Rapport volontaire ASK + proposition d'intervenante", enc="Q"),
           "<CAGq7nS1pF4zR8vW2kL5mB9tY3xH6cJ0dA4eU7iO@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aïssatou Ndiaye", "chargée des affaires sociales", "Association des Sénégalais du Koweït (ASK)",
           ["roundtable"], 2)],
        report_attachments=[fname],
        notes="both on 5 February (both parts on time); PDF with an accented name (RFC 2231 + RFC 2047 name); "
              "speaker in prose, 'Mme' dropped, 'de l'ASK' = the association named in full; 'table ronde n°2'."))


def m13():
    when = at("2021-02-06 00:07:41")
    sent = sent_at(when, 3, 4)
    text = """Good evening po,

Sorry for the late email, we just finished our Friday meeting in the shelter and I was told deadline is today.

I would like to request to speak in the plenary session of the conference on Feb 24-25 for our association. I can share the experience of Filipina household service workers who were not paid during the pandemic and the runaway cases.

Name: Ma. Luisa Dela Cruz
Position: Founder & President
Organization: Bayanihan Migrant Workers Association (BMWA)

Thank you very much and God bless!

Sent from my iPhone
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "mail-pg1-f182.google.example.com", "209.85.215.182", "4DXZs31gMwz0",
           "Luisa Dela Cruz <bmwa.kuwait@gmail.example.com>", "Request to speak - BMWA",
           "<8C3F1A2E-5B7D-4E90-A6C1-2D9F0E4B7A13@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ma. Luisa Dela Cruz", "Founder & President", "Bayanihan Migrant Workers Association (BMWA)",
           ["plenary"])],
        notes="LATE by 8 minutes: Date header Sat 6 Feb 01:07 +0300 (Kuwait), received 00:07:41 Beirut on 6 "
              "February, although the writer believes 'deadline is today'; 'Ma.' is the usual Filipino "
              "abbreviation of Maria, part of the name, not an honorific; Filipino English ('po')."))


def m14():
    when = at("2021-02-06 09:12:30")
    d = tz(when, 4)
    ack_id = "<ACK-2021-02-02-0061@gcmrrarabstates.iom.int>"
    text = """This is the mail system at host mx2.omantel-mail.example.om.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<slmwws.oman@yahoo.example.com>: host mta6.am0.yahoodns.example.net[67.195.204.73]
    said: 552 1 Requested mail action aborted, mailbox full (in reply to
    RCPT TO command)
"""
    fields = """Reporting-MTA: dns; mx2.omantel-mail.example.om
X-Postfix-Queue-ID: 7B21C40A3F
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; slmwws.oman@yahoo.example.com
Original-Recipient: rfc822;slmwws.oman@yahoo.example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mta6.am0.yahoodns.example.net
Diagnostic-Code: smtp; 552 1 Requested mail action aborted, mailbox full
""" % rfcdate(tz(at("2021-02-06 09:11:58"), 4))
    returned = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Nimal Jayasuriya <slmwws.oman@yahoo.example.com>
Subject: Acknowledgement of your speaking-role request / Speaker information - SLMWWS Oman
Date: %s
Message-ID: %s
In-Reply-To: %s
""" % (rfcdate(at("2021-02-06 09:11:50")), ack_id, M06_ID)
    body = multi("report", [leaf("text/plain", text, "us-ascii", "7bit"), dsn_part(fields),
                            leaf("text/rfc822-headers", returned, "us-ascii", "7bit")],
                 "7B21C40A3F.1612595550/mx2.omantel-mail.example.om", params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mx2.omantel-mail.example.om", "85.154.10.22", "4DXnL95pCdz2",
                    "MAILER-DAEMON@mx2.omantel-mail.example.om (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(d),
                    "<20210206071230.7B21C40A3F@mx2.omantel-mail.example.om>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(14, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.2.2 mailbox full) returning the headers of the service's acknowledgement to the "
              "sender of h170-06; the returned subject mentions a speaking-role request. Never acknowledge."))


def m15():
    when = at("2021-02-08 10:05:14")
    sent = sent_at(when, 2, 6)
    text = """سلام،

نسيت قلكن بالايميل الاول انو رفيقتي تيغيست أليمايهو كمان بدها تحكي، هي مسؤولة التواصل بمجموعتنا وبتحكي عربي منيح. اذا في مجال تحكي بالجلسة العامة يوم 24.
عارفة انو تأخرنا، سامحونا، كان عنا كتير شغل مع البنات يلي بالشارع.

شكرا
بانشي

On Thu, Jan 28, 2021 at 1:15 PM Banchi Demissie <banchi.masirat@gmail.example.com> wrote:
%s
""" % gmail_quote(M02_TEXT)
    body = plain_and_html(text, "0000000000004e8d1f05bad07c62", rtl=True, cte="base64", font="Arial")
    m = mk(when, sent, "mail-wm1-f45.google.example.com", "209.85.128.45", "4DYx7K2wHpz6",
           "Banchi Demissie <banchi.masirat@gmail.example.com>", re_hdr("Re: ", "طلب مشاركة بالكلام"),
           "<CAFk3pV9bR2oAs8Uc3nX7zI1fK5vM0tE6dY9hP4q@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        thread_of="h170-02.eml", speakers=[
            sp("تيغيست أليمايهو", "مسؤولة التواصل", "مجموعة ماسيرات للعاملات الاثيوبيات", ["plenary"])],
        notes="LATE (8 Feb) addition of a second speaker in the thread of h170-02 (reply to her own message, "
              "Gmail '>' quote holding the first request): only the new speaker is recorded; her affiliation is "
              "given by reference ('بمجموعتنا') = the group named in the quoted signature; 'الجلسة العامة' = "
              "plenary. Register entry typed by the secretary, not covered by dev."))


def m16():
    when = at("2021-02-08 14:40:22")
    sent = sent_at(when, 4, 8)
    text = """Madame, Monsieur,

Pour le compte du Président de l'Association Comorienne des Émirats (ACE), qui est en déplacement, je vous prie de bien vouloir enregistrer les intervenants suivants :

- M. Saïd Ahmed Mohamed Soilihi, Président de l'ACE : intervention en séance plénière ;
- Mme Fatima Ali Mzé, Secrétaire générale adjointe de l'ACE : table ronde thématique 1.

Nous sommes conscients que le délai du 5 février est dépassé ; l'invitation nous a été transmise tardivement par le Consulat. Nous espérons que notre demande pourra être prise en considération.

Veuillez agréer, Madame, Monsieur, nos salutations respectueuses.

Pour le Président,
Nadjma Abdallah
Chargée du secrétariat
Association Comorienne des Émirats (ACE)
Dubaï / Sharjah
"""
    body = plain_and_html(text, "_000_DX0PR01MB6744E3F2A1B0C9D8DX0PR01MB6744apcp_")
    m = mk(when, sent, "mail-dx0apc01.outbound.protection.example.com", "40.107.140.33", "4DZ3qT6vNcz4",
           addr("Secrétariat ACE", "secretariat@ace-emirats.example.org"),
           hdr("Intervenants ACE - Examen régional PMM (demande tardive)", enc="Q"),
           "<DX0PR01MB6744E3F2A1B0C9D8@DX0PR01MB6744.apcprd01.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    aff = "Association Comorienne des Émirats (ACE)"
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Saïd Ahmed Mohamed Soilihi", "Président", aff, ["plenary"]),
        sp("Fatima Ali Mzé", "Secrétaire générale adjointe", aff, ["roundtable"], 1)],
        notes="LATE (8 Feb) and says so; 'pour le compte du Président' by the secretariat officer; two speakers, "
              "'M.'/'Mme' dropped; 'Président de l'ACE' recorded as 'Président' with the affiliation in full; "
              "'Dubaï / Sharjah' is a place line."))


def m17():
    when = at("2021-02-09 09:55:03")
    sent = sent_at(when, 2, 7)
    text = """Bonjour,

Nous vous avons envoyé le 1er février notre rapport volontaire (voir ci-dessous) mais nous n'avons pas reçu d'accusé de réception. Pourriez-vous nous confirmer qu'il vous est bien parvenu ?

Par ailleurs, plusieurs de nos membres souhaiteraient suivre la conférence du 24 février : sera-t-elle retransmise en ligne ? La plupart n'ont qu'un téléphone.

Merci d'avance,
Hanta Rasoanirina
CTML

-----Message d'origine-----
De : CTML Secrétariat <contact@ctml-liban.example.org>
Envoyé : lundi 1 février 2021 10:30
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire du CTML - Examen régional du PMM

Madame, Monsieur,

Suite à votre lettre d'invitation du 26 janvier, le Collectif des travailleuses malgaches au Liban (CTML) a l'honneur de vous faire parvenir ci-joint son rapport volontaire sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.
[...]
"""
    body = plain_and_html(text, "----=_NextPart_000_0041_01D6FEC2.8A7D1B90")
    m = mk(when, sent, "smtp.terra.example.net.lb", "185.84.234.17", "4DZPbH1rQkz8",
           addr("CTML Secrétariat", "contact@ctml-liban.example.org"),
           hdr("RE: Rapport volontaire du CTML - Examen régional du PMM", enc="Q"),
           "<004101d6febd$8a7d1b90$9f7752b0$@ctml-liban.example.org>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(17, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h170-04.eml",
        notes="follow-up to h170-04 (reply to own sent message, Outlook quote with the first paragraph of the "
              "report message): asks for confirmation of receipt and about online streaming; no new "
              "attachment: other, threaded."))


def m18():
    when = at("2021-02-10 11:20:36")
    sent = sent_at(when, 2, 5)
    text = """Dear Sir / Madam,

Assalamu Alaikum.

We are Bangladeshi Workers Welfare Forum (BWWF), working with Bangladeshi garment workers in the Qualifying Industrial Zones of Jordan (Irbid, Al-Hassan, Sahab). Please find the attached our Voluntary Report for the GCM Regional Review.

The report was made by our committee members after meeting with the workers in the dormitories. Main issues are recruitment fees, passports kept by employer, and access to health during COVID-19.

We will be grateful if you kindly acknowledge the receiving.

Best Regards
Abul Kalam Azad
President, BWWF
Bangladeshi Workers Welfare Forum
Irbid, Jordan
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) +
            '<p><img src="cid:image001.png@01D6FF9A.5E2C3B40" width="90" height="40" alt="BWWF"></p>'
            '</div></body></html>\n')
    alt = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                "_000_AS8PR02MB7230D4C3B2A1F0E9AS8PR02MB7230eurp_")
    logo = leaf("image/png", make_png(12, 6, (0, 106, 78)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FF9A.5E2C3B40>")])
    related = multi("related", [alt, logo], "_006_AS8PR02MB7230D4C3B2A1F0E9AS8PR02MB7230eurp_",
                    params=[("type", '"multipart/alternative"')])
    fname = "BWWF Jordan - GCM Voluntary Report 2021.pdf"
    pdf = make_pdf(["Bangladeshi Workers Welfare Forum (BWWF)", "Voluntary Report - GCM Regional Review",
                    "Jordan, February 2021"])
    body = multi("mixed", [related, attach("application/pdf", pdf, fname)],
                 "_007_AS8PR02MB7230D4C3B2A1F0E9AS8PR02MB7230eurp_")
    m = mk(when, sent, "mail-as8eur02.outbound.protection.example.com", "40.107.14.90", "4DZsW04mTbz1",
           "Abul Kalam Azad <bwwf.jordan@outlook.example.com>", "Voluntary Report of BWWF (Jordan)",
           "<AS8PR02MB7230D4C3B2A1F0E9@AS8PR02MB7230.eurprd02.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook layout mixed > related > alternative with an inline logo image001.png (not part of the "
              "report); South-Asian English; the signature's 'President, BWWF' is not a speaker request."))


def m19():
    when = at("2021-02-10 17:35:48")
    sent = sent_at(when, 3, 6)
    ack_id = "<ACK-2021-02-03-0088@gcmrrarabstates.iom.int>"
    text = """Dear Secretariat,

Thank you so much for the confirmation. We are very much happy. Sita ji is also thanking you.

Regards,
Ram Bahadur Thapa
NMWSN

On Wed, Feb 3, 2021 at 9:31 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Ram Bahadur Thapa,
>
> We acknowledge receipt of your voluntary GCM review report and of your
> request for a speaking role for Sita Kumari Gurung (thematic roundtable 4).
> The secretariat will contact you regarding the programme.
>
> GCM Regional Review - Arab States
"""
    body = plain_and_html(text, "0000000000002b6e4105bb05a8d4", font="Arial")
    m = mk(when, sent, "mail-oi1-f172.google.example.com", "209.85.167.172", "4Db0Ym7cJsz5",
           "NMWSN Nepal <nmwsn.secretariat@gmail.example.com>",
           "Re: Acknowledgement - Submission of Voluntary Report and Request for Speaking Role - NMWSN",
           "<CAKx9wP3sU6oC9wR2nA5zF8vK1iH4tE7gB0dM3l@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M09_ID, ack_id))])
    add(19, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h170-09.eml",
        notes="thank-you reply to the service's acknowledgement of h170-09 (References carry both ids), adds "
              "nothing new: other, no acknowledgement (LABELS.md). The quoted acknowledgement repeats the report "
              "and the speaking role."))


def m20():
    when = at("2021-02-11 12:00:19")
    sent = sent_at(when, 3, 10)
    text = """الإخوة الأعزاء في أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة
السلام عليكم ورحمة الله وبركاته

نرفق لكم طيّه التقرير الطوعي لرابطة العمالة اليمنية المغتربة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي أعددناه بالتشاور مع فروع الرابطة في عدد من مدن المملكة.

كما نرجو التكرم بقبول ترشيح المهندس فؤاد ناصر العولقي، نائب الرئيس، ليكون ضمن المقررين الذين سيقدّمون الرسائل الرئيسية لأصحاب المصلحة في المؤتمر، علماً بأننا لم نتمكن من إرسال الترشيح قبل الموعد المحدد بسبب انقطاع الاتصالات.

وتقبلوا خالص التحية،
صالح عبده الحكيمي
رئيس رابطة العمالة اليمنية المغتربة
"""
    fname = "تقرير رابطة العمالة اليمنية المغتربة 2021.pdf"
    pdf = make_pdf(["Yemeni Expatriate Workers League", "Voluntary GCM review report (Arabic)", "2021"])
    body = multi("mixed", [plain_and_html(text, "000000000000a4c72905bb0c61e0", rtl=True, cte="base64",
                                          font="Arial"),
                           attach("application/pdf", pdf, fname)], "000000000000a4c72b05bb0c61e2")
    m = mk(when, sent, "mail-ed1-f67.google.example.com", "209.85.208.67", "4DbNx20hWqz9",
           addr("صالح الحكيمي", "yemeni.workers.league@gmail.example.com"),
           hdr("التقرير الطوعي وترشيح مقرر - رابطة العمالة اليمنية المغتربة"),
           "<CAJt4mR7wQ0nE3vZ6pB9yK2uH5sG8fD1cL4xA7o@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فؤاد ناصر العولقي", "نائب الرئيس", "رابطة العمالة اليمنية المغتربة", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, received 11 Feb: the report part is on time but the speaker part is late, so on_time is "
              "false (the sender admits the delay); 'المهندس' (Eng.) used as an honorific, dropped; affiliation "
              "from the report sentence / signature; Arabic PDF name (RFC 2231)."))


def m21():
    when = at("2021-02-14 13:30:02")
    sent = sent_at(when, 2, 7)
    text = """تحية طيبة وبعد،

يسر ملتقى العمال المصريين بالخارج أن يرسل إليكم التقرير الطوعي الجماعي الخاص بالمراجعة الإقليمية للاتفاق العالمي للهجرة، والذي شاركت في إعداده سبع جمعيات وروابط للعمال المصريين في الكويت والسعودية والأردن ولبنان.

يتناول التقرير: تكاليف الاستقدام، وتحويلات العاملين، وأوضاع العائدين بعد جائحة كورونا، مع توصيات لكل من دول المنشأ ودول المقصد.

نرجو التكرم بتأكيد الاستلام.

مع خالص الشكر،
منسقة الملتقى
نجلاء فاروق
"""
    fname = "التقرير الطوعي الجماعي - ملتقى العمال المصريين بالخارج.docx"
    doc = make_docx(["Egyptian Workers Abroad Forum", "Collective voluntary report - GCM regional review",
                     "Members: 7 associations (Kuwait, KSA, Jordan, Lebanon)"])
    body = multi("mixed", [plain_and_html(text, "000000000000f3b8d205bb4a91c6", rtl=True, cte="base64",
                                          font="Tahoma"),
                           attach(DOCX, doc, fname)], "000000000000f3b8d405bb4a91c8")
    m = mk(when, sent, "mail-wr1-f66.google.example.com", "209.85.221.66", "4DcZ1s5kPmz3",
           addr("نجلاء فاروق", "egy.workers.forum@gmail.example.com"),
           hdr("التقرير الطوعي الجماعي - ملتقى العمال المصريين بالخارج"),
           "<CAHu8kN2qP5sX0vC3mW7zD6tR9yF1gJ4eB8iL2n@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of seven associations; long Arabic DOCX name with spaces and a dash; the "
              "signature 'منسقة الملتقى' is not a speaker request."))


def m22():
    when = at("2021-02-15 19:45:10")
    sent = sent_at(when, 3, 8)
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Bonjour,</p>
<p>Nous n'avons pas pu mettre en forme un document, nous vous envoyons donc notre contribution directement dans ce message.</p>
<h3>Rapport volontaire - Association des ressortissants burkinabè en Arabie saoudite (ARBAS)</h3>
<p><b>1. Présentation</b><br>L'ARBAS regroupe environ 1 200 membres, principalement à Djeddah, La Mecque et Riyad. La plupart travaillent dans le nettoyage, la sécurité et le commerce.</p>
<p><b>2. Difficultés constatées</b></p>
<ul>
<li>Absence de représentation consulaire à Djeddah : les démarches (passeport, laissez-passer) prennent plusieurs mois ;</li>
<li>Confiscation des documents par certains employeurs et difficultés de changement d'employeur ;</li>
<li>Coût élevé des transferts d'argent vers le Burkina Faso.</li>
</ul>
<p><b>3. Recommandations (objectifs 4, 19 et 20 du PMM)</b></p>
<ol>
<li>Ouverture de permanences consulaires mobiles ;</li>
<li>Information des travailleurs avant le départ sur leurs droits ;</li>
<li>Réduction des frais de transfert par des accords avec les opérateurs.</li>
</ol>
<p>Avec nos salutations,<br>Le Bureau exécutif de l'ARBAS<br>Djeddah</p>
</div>"""
    body = html_only(inner, b64=True, newlines=True)
    m = mk(when, sent, "mail-pl1-f176.google.example.com", "209.85.214.176", "4Dd27g3xLsz7",
           "ARBAS Bureau <arbas.bureau@gmail.example.com>", "Contribution ARBAS - Pacte mondial migrations",
           "<CAMs2pL8vN1qT4xY7bK0zG3wE6hR9uC2fJ5dA8m@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="HTML-only (base64) message: the report is written in the body with headings and lists, no "
              "attachment, so report_attachments is empty; signed by the executive bureau, no person named."))


def m23():
    when = at("2021-02-16 22:58:35")
    sent = sent_at(when, 3, 3)
    text = """مرفق التقرير

Sent from my iPhone
"""
    text2 = "\n"
    fname = "Somali_Workers_Network_GCM_report.pdf"
    pdf = make_pdf(["Somali Workers Network in the Gulf", "GCM voluntary report", "February 2021"])
    pdf_part = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
                    disp='inline; filename="%s"' % fname)
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"), pdf_part,
                           leaf("text/plain", text2, "us-ascii", "7bit")],
                 "Apple-Mail-4F2B8C1D-7E3A-4D19-9B56-0C8E2A7F1D34")
    m = mk(when, sent, "mail-pj1-f41.google.example.com", "209.85.216.41", "4Ddfp64tBnz2",
           addr("شبكة العمال الصوماليين", "somali.workers.gulf@gmail.example.com"), hdr("تقرير"),
           "<A7D3E9F1-2C4B-4A8E-B0D6-5F1C9E3A7B20@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="iPhone: two Arabic words and an English 'Sent from my iPhone'; PDF with Content-Disposition "
              "inline between two text parts is the report; Date header Tue 16 Feb 23:58 +0300 = 22:58 Beirut, "
              "on time (about an hour before the deadline)."))


def m24():
    when = at("2021-02-17 09:15:27")
    sent = sent_at(when, 4, 6)
    text = """Bonjour Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de la Fédération des associations togolaises du Golfe (FATG) sur le Pacte mondial pour les migrations.

Nous nous excusons pour le retard : le document devait être validé par les bureaux des six pays membres et la dernière signature nous est parvenue hier soir.

Respectueusement,

Kossi Mensah AGBEKO
Coordonnateur régional - FATG
Abu Dhabi

Obtenir Outlook pour Android
"""
    fname = "FATG_Rapport_volontaire_PMM.docx"
    doc = make_docx(["Federation des associations togolaises du Golfe (FATG)", "Rapport volontaire PMM",
                     "Fevrier 2021"])
    body = multi("mixed", [plain_and_html(text, "_000_PAXPR04MB8110C7B6A5F4E3D2PAXPR04MB8110eurp_"),
                           attach(DOCX, doc, fname)], "_004_PAXPR04MB8110C7B6A5F4E3D2PAXPR04MB8110eurp_")
    m = mk(when, sent, "mail-pax04.outbound.protection.example.com", "40.107.15.81", "4DdwM17rQfz6",
           "Kossi Mensah AGBEKO <k.agbeko@fatg-golfe.example.org>", "Rapport volontaire FATG - PMM",
           "<PAXPR04MB8110C7B6A5F4E3D2@PAXPR04MB8110.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Outlook-iOS-Android")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (17 Feb 09:15 Beirut), the sender apologises; Outlook for Android; Date header in +0400 "
              "(Abu Dhabi)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
